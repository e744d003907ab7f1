"""Gradebook layouts an LMS imports as they are (Moodle, Canvas), beside SpotIt's own.

The rows come from a real session (students joining, submitting, one arriving late);
the expectations follow what Moodle's CSV grade import and Canvas's gradebook importer
read (docs/classroom-protocol.md, "Gradebooks").
"""

from __future__ import annotations

import csv
import dataclasses
import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
from tests.classroom.conftest import CODE, LOOPBACK, Pupil
from tests.classroom.harness import Wire, flag_on
from tests.classroom.test_network import until
from tests.classroom.test_results import finished_session

from spotit.classroom import cli, protocol
from spotit.classroom.gradebook import (
    CANVAS_STUDENT_COLUMNS,
    FORMULA_STARTS,
    ITEM_TITLE_LIMIT,
    LAYOUTS,
    GradebookFile,
    default_gradebook_name,
    gradebook_csv,
    item_title,
    layout_named,
    safe_cell,
    write_gradebook,
)

GOLDEN = Path(__file__).with_name("gradebook_layouts_spotit.csv")
SUBMITTED_AT = "2026-03-04T10:15:00+00:00"
TEA = "SpotIt ABC234 · 1. Miracle tea 🍵 cures everything, experts say"
COUNCIL = "SpotIt ABC234 · 2. Council approves new bus timetable"
HOSTILE = ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "  =1+1", "   @cmd", " -2+3"]


def parse(text: str) -> list[list[str]]:
    return list(csv.reader(io.StringIO(text, newline="")))


def read_file(path: Path) -> list[list[str]]:
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM: Moodle and Canvas both skip it
    return parse(raw[3:].decode("utf-8"))


def fixed_times(results):
    """The session's results with a fixed submission time, so files compare byte for byte."""
    return [
        dataclasses.replace(r, submitted_at="" if r.status == "absent" else SUBMITTED_AT)
        for r in results
    ]


def late_session(session, names=("Ana", "Ben", "Cleo")):
    """Ana submits the tea article, Ben leaves it to the reveal, Cleo arrives for the second."""
    wire = Wire(session)
    ana = wire.join(names[0], peer="10.0.0.1")[0]
    wire.join(names[1], peer="10.0.0.2")
    text = session.articles[0].text
    wire.send(
        ana,
        protocol.submit_message(
            "tea",
            [
                flag_on(text, "a leading doctor", "false-authority"),
                flag_on(text, "90% of drinkers", "loaded-language"),
            ],
            5,
        ),
    )
    wire.act(session.reveal())
    wire.act(session.next_article())
    cleo = wire.join(names[2], peer="10.0.0.3")[0]
    wire.send(cleo, protocol.submit_message("council", [], 2))
    wire.send(ana, protocol.submit_message("council", [], 2))
    wire.act(session.end())
    return session


def scores(session) -> dict[tuple[str, str], int | None]:
    return {(r.student, r.article_id): r.score for r in session.results()}


# -- SpotIt's own layout stays what it was ---------------------------------------------------


def test_the_spotit_layout_is_the_default_and_byte_identical_to_before(session, tmp_path):
    results = fixed_times(finished_session(session).results())
    # The golden file was written by the gradebook before layouts existed.
    default = write_gradebook(tmp_path / "a.csv", CODE, results, session.categories)
    named = write_gradebook(tmp_path / "b.csv", CODE, results, session.categories, "spotit")
    assert default.read_bytes() == GOLDEN.read_bytes()
    assert named.read_bytes() == GOLDEN.read_bytes()


# -- Moodle ------------------------------------------------------------------------------------


def test_the_moodle_layout_is_a_user_column_then_one_column_per_grade_item(session, tmp_path):
    late_session(session)
    path = write_gradebook(
        tmp_path / "m.csv", CODE, session.results(), session.categories, "moodle"
    )
    rows = read_file(path)
    assert rows[0] == ["Username", TEA, COUNCIL]
    got = scores(session)
    assert rows[1:] == [
        ["Ana", str(got["Ana", "tea"]), str(got["Ana", "council"])],
        ["Ben", str(got["Ben", "tea"]), str(got["Ben", "council"])],
        # Cleo was not there for the tea article: an empty cell, Moodle's "no grade".
        ["Cleo", "", str(got["Cleo", "council"])],
    ]
    assert got["Ana", "tea"] not in (0, 100, None)  # a real partial score went through
    # Moodle refuses grades above its maximum (100 unless raised) and reads plain numbers.
    assert all(0 <= int(c) <= 100 for row in rows[1:] for c in row[1:] if c)


# -- Canvas ------------------------------------------------------------------------------------


def test_the_canvas_layout_has_the_student_columns_and_a_points_possible_row(session, tmp_path):
    late_session(session)
    path = write_gradebook(
        tmp_path / "c.csv", CODE, session.results(), session.categories, "canvas"
    )
    rows = read_file(path)
    # Canvas's importer: Student and ID first, SIS User ID then SIS Login ID, Section last.
    assert rows[0] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section", TEA, COUNCIL]
    assert rows[0][:5] == CANVAS_STUDENT_COLUMNS
    assert rows[1] == ["Points Possible", "", "", "", "", "100", "100"]
    got = scores(session)
    assert rows[2:] == [
        ["Ana", "", "", "Ana", "", str(got["Ana", "tea"]), str(got["Ana", "council"])],
        ["Ben", "", "", "Ben", "", str(got["Ben", "tea"]), str(got["Ben", "council"])],
        ["Cleo", "", "", "Cleo", "", "", str(got["Cleo", "council"])],
    ]


def test_an_empty_session_still_has_the_headers_each_importer_looks_for():
    assert parse(gradebook_csv(CODE, [], [], "moodle")) == [["Username"]]
    assert parse(gradebook_csv(CODE, [], [], "canvas")) == [
        CANVAS_STUDENT_COLUMNS,
        ["Points Possible", "", "", "", ""],
    ]


def test_assignment_names_never_look_like_a_canvas_assignment_id():
    # Canvas reads a header "Title (123)" as assignment 123 of the course.
    title = item_title("ABC234", 0, "Unemployment falls again (2024)")
    assert title == "SpotIt ABC234 · 1. Unemployment falls again [2024]"
    long = item_title("ABC234", 4, "Word " * 60 + "\nend")
    assert len(long) <= ITEM_TITLE_LIMIT and long.endswith("…") and "\n" not in long
    assert item_title("ABC234", 1, "Two\nlines  here") == "SpotIt ABC234 · 2. Two lines here"


# -- every layout: formulas, quoting ------------------------------------------------------------


def hostile_results(session, value: str):
    """A real session's results with a student name and a headline that look like formulas."""
    finished_session(session, names=("Ana", "Ben"))
    return [
        dataclasses.replace(r, student=value + r.student, headline=value + r.headline)
        for r in session.results()
    ]


@pytest.mark.parametrize("layout", list(LAYOUTS))
@pytest.mark.parametrize("value", HOSTILE)
def test_no_cell_of_any_layout_can_run_as_a_formula(session, layout, value):
    results = hostile_results(session, value)
    rows = parse(gradebook_csv(CODE, results, session.categories, layout))
    cells = [c for row in rows for c in row]
    assert cells, layout
    for c in cells:
        assert c.startswith("'") or not (
            c.startswith(FORMULA_STARTS) or c.lstrip().startswith(FORMULA_STARTS)
        ), (layout, c)
    # The names are still there, as text.
    assert "'" + value + "Ana" in cells and "'" + value + "Ben" in cells


def test_safe_cell_catches_formulas_after_leading_spaces_and_leaves_the_rest():
    assert safe_cell("  =HYPERLINK(1)") == "'  =HYPERLINK(1)"
    assert safe_cell("\u00a0@x") == "'\u00a0@x"
    assert safe_cell("Ana-Maria") == "Ana-Maria" and safe_cell(" Ana") == " Ana"
    assert safe_cell(-3) == -3 and safe_cell("") == ""


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_a_name_with_commas_quotes_and_newlines_reads_back_whole(session, layout, tmp_path):
    finished_session(session, names=("Ana",))
    name = 'Zoë, "the"\nbest, Ünal'
    results = [dataclasses.replace(r, student=name) for r in session.results()]
    rows = read_file(write_gradebook(tmp_path / "g.csv", CODE, results, [], layout))
    column = rows[0].index("Student" if layout != "moodle" else "Username")
    names = {row[column] for row in rows[1:] if row[0] != "Points Possible"}
    assert names == {name}


# -- choosing a layout ------------------------------------------------------------------------


def test_a_gradebook_file_carries_its_layout_through_the_hosts_controller(session, tmp_path):
    late_session(session)
    target = GradebookFile(tmp_path / "x.csv", "canvas")
    written = write_gradebook(target, CODE, session.results(), session.categories)
    assert written == tmp_path / "x.csv" and str(target) == str(written)
    assert read_file(written)[1][0] == "Points Possible"


def test_default_names_say_the_layout_except_spotits_own():
    started = "2025-03-04T10:00:00+00:00"
    assert default_gradebook_name("starter", "ABC234", started) == (
        "gradebook-starter-2025-03-04-ABC234.csv"
    )
    assert default_gradebook_name("starter", "ABC234", started, "moodle") == (
        "gradebook-starter-2025-03-04-ABC234-moodle.csv"
    )


def test_an_unknown_layout_is_one_line_naming_the_choices():
    with pytest.raises(ValueError) as caught:
        layout_named("xml")
    assert str(caught.value) == "not a gradebook format (choose spotit, moodle or canvas)"
    assert layout_named(" Canvas ").name == "canvas"


def test_the_cli_lists_the_same_formats_as_the_gradebook():
    assert cli.GRADEBOOK_FORMATS == tuple(LAYOUTS)


def run_host(*args: str, cwd: Path | None = None, **kwargs) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1")
    return subprocess.Popen(
        [sys.executable, "-m", "spotit.cli", "class", "host", *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=cwd,
        **kwargs,
    )


def test_a_bad_gradebook_format_is_a_one_line_error(class_pack_path):
    proc = run_host("--pack", str(class_pack_path), "--gradebook-format", "excel")
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 2 and out == ""
    assert err == (
        "spotit: error: --gradebook-format excel: not a gradebook format "
        "(choose spotit, moodle or canvas)\n"
    )


class Lines:
    """A host process's output lines, read as they come."""

    def __init__(self, proc: subprocess.Popen) -> None:
        import threading

        self.proc, self.lines = proc, []
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.append(line.rstrip("\n"))

    def value(self, qtbot, prefix: str) -> str:
        qtbot.waitUntil(lambda: any(x.startswith(prefix) for x in self.lines), timeout=20_000)
        return next(x for x in self.lines if x.startswith(prefix)).removeprefix(prefix)


@pytest.mark.parametrize("layout", ["moodle", "canvas"])
def test_the_headless_host_writes_the_chosen_layout(qtbot, class_pack_path, tmp_path, layout):
    proc = run_host(
        "--pack", str(class_pack_path), "--articles", "tea,storm", "--port", "0",
        "--bind", LOOPBACK, "--auto", "--pause", "0", "--grace", "0.2", "--no-save",
        "--gradebook-format", layout, cwd=tmp_path,
    )  # fmt: skip
    try:
        out = Lines(proc)
        code = out.value(qtbot, "code: ")
        port = int(out.value(qtbot, "address: ").split(" port ")[1])
        pupil = Pupil(port)
        pupil.client.article_offered.connect(
            lambda offer: pupil.client.submit(offer.article.meta.id, [], 1)
        )
        pupil.client.join(code, "Solo")
        until(qtbot, lambda: pupil.ended)
        assert proc.wait(30) == 0
        # No --gradebook: the default name, in the current folder, says the layout.
        path = Path(out.value(qtbot, "gradebook: "))
        assert path.name.endswith(f"-{code}-{layout}.csv")
        rows = read_file(tmp_path / path)
        first = "Username" if layout == "moodle" else "Student"
        assert rows[0][0] == first and len(rows[0]) == (3 if layout == "moodle" else 7)
        assert rows[-1][0] == "Solo" and rows[-1][-2:] == ["0", "0"]  # no flags: all missed
        pupil.client.close()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait()


# -- the worked examples of docs/classroom-protocol.md -----------------------------------------

DOC = Path(__file__).parents[2] / "docs" / "classroom-protocol.md"


def doc_example(layout: str) -> str:
    """The first ```csv block after the heading of ``layout`` in the Gradebooks section."""
    text = DOC.read_text(encoding="utf-8")
    section = text[text.index("## Gradebooks") :]
    after = section[section.index(f"### `{layout}`") :]
    start = after.index("```csv\n") + len("```csv\n")
    return after[start : after.index("```", start)]


@pytest.mark.parametrize("layout", list(LAYOUTS))
def test_the_documented_example_is_what_the_gradebook_writes(session, layout):
    late_session(session, ("ana.silva", "ben.okafor", "cleo.r"))
    written = gradebook_csv(CODE, fixed_times(session.results()), session.categories, layout)
    assert written == doc_example(layout).replace("\n", "\r\n")
