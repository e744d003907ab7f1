"""A session's results: the gradebook CSV and the instructor's progress database."""

from __future__ import annotations

import csv
import io

import pytest
from tests.classroom.conftest import CODE
from tests.classroom.harness import Wire, flag_on

from spotit.classroom import protocol
from spotit.classroom.gradebook import (
    BASE_COLUMNS,
    default_gradebook_name,
    gradebook_csv,
    safe_cell,
    write_gradebook,
)
from spotit.store.class_results import ClassResults
from spotit.store.progress import Progress


def finished_session(session, names=("Ana", '=HYPERLINK("http://x")', 'Zoë, "the" best')):
    wire = Wire(session)
    conns = [wire.join(name, peer=f"10.0.0.{n}")[0] for n, name in enumerate(names)]
    text = session.articles[0].text
    wire.send(
        conns[0],
        protocol.submit_message(
            "tea",
            [
                flag_on(text, "a leading doctor", "false-authority"),
                flag_on(text, "90% of drinkers", "loaded-language"),
                flag_on(text, "40 euros a box", "filler"),
            ],
            5,
        ),
    )
    wire.act(session.reveal())
    wire.act(session.next_article())
    wire.send(conns[0], protocol.submit_message("council", [], 1))
    wire.act(session.end())
    return session


def read_back(path):
    raw = path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM spreadsheets look for
    return list(csv.reader(io.StringIO(raw[3:].decode("utf-8"), newline="")))


def test_the_gradebook_has_one_row_per_student_and_article(session, tmp_path):
    finished_session(session)
    path = write_gradebook(tmp_path / "grades.csv", CODE, session.results(), session.categories)
    rows = read_back(path)
    header, body = rows[0], rows[1:]
    assert header[: len(BASE_COLUMNS)] == BASE_COLUMNS
    # Category columns only for what the session's answer keys hold, in pack order.
    assert header[len(BASE_COLUMNS) :] == [
        "Found: Sensational headline",
        "Missed: Sensational headline",
        "Found: Misleading number or statistic",
        "Missed: Misleading number or statistic",
        "Found: False authority",
        "Missed: False authority",
    ]
    assert len(body) == 3 * 2
    col = {name: header.index(name) for name in header}
    ana = body[0]
    assert ana[col["Student"]] == "Ana" and ana[col["Article id"]] == "tea"
    assert ana[col["Status"]] == "submitted"
    assert ana[col["Red flags"]] == "3" and ana[col["Found"]] == "2"
    assert ana[col["Named right"]] == "1" and ana[col["Missed"]] == "1"
    assert ana[col["Not red flags"]] == "1" and ana[col["Flags raised"]] == "3"
    assert ana[col["Found: False authority"]] == "1"
    assert ana[col["Missed: Sensational headline"]] == "1"
    assert ana[col["Found: Misleading number or statistic"]] == "0"  # wrong category
    assert int(ana[col["Score"]]) == session.results()[0].score
    council = [r for r in body if r[col["Article id"]] == "council"]
    assert [r[col["Status"]] for r in council] == ["submitted", "auto-submitted", "auto-submitted"]
    assert [r[col["Article number"]] for r in council] == ["2", "2", "2"]


def test_names_cannot_inject_formulas_and_survive_quoting(session, tmp_path):
    finished_session(session)
    rows = read_back(write_gradebook(tmp_path / "g.csv", CODE, session.results(), []))
    students = [r[1] for r in rows[1:4]]
    assert students == ["Ana", '\'=HYPERLINK("http://x")', 'Zoë, "the" best']


@pytest.mark.parametrize("value", ["=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1"])
def test_cells_a_spreadsheet_would_evaluate_are_turned_into_text(value):
    assert safe_cell(value) == "'" + value


def test_numbers_and_plain_text_are_left_alone():
    assert safe_cell(-3) == -3 and safe_cell("Ana") == "Ana" and safe_cell("") == ""


def test_the_csv_uses_crlf_line_ends():
    text = gradebook_csv(CODE, [], [])
    assert text.endswith("\r\n") and text.count("\r\n") == 1


def test_writing_is_atomic_and_leaves_no_temporary_files(session, tmp_path):
    finished_session(session)
    target = tmp_path / "grades.csv"
    target.write_text("old")
    write_gradebook(target, CODE, session.results(), session.categories)
    assert [f.name for f in tmp_path.iterdir()] == ["grades.csv"]
    assert target.stat().st_mode & 0o044  # readable by others, like any exported file


def test_writing_into_a_missing_folder_fails_cleanly(session, tmp_path):
    with pytest.raises(OSError):
        write_gradebook(tmp_path / "nope" / "g.csv", CODE, [], [])


def test_default_name_sorts_by_date():
    assert default_gradebook_name("starter", "ABC234", "2025-03-04T10:00:00+00:00") == (
        "gradebook-starter-2025-03-04-ABC234.csv"
    )


def test_results_are_kept_in_the_instructors_progress_database(session, tmp_path):
    finished_session(session)
    progress = Progress(tmp_path / "progress.db")
    records = ClassResults(progress)
    try:
        sid = records.start_session(
            CODE, "class", "2", "Class pack", [a.meta.id for a in session.articles]
        )
        records.save(sid, session.results([0]))
        (record,) = records.sessions()
        assert record.ended_at == ""  # saved as the session goes, so a crash loses nothing
        records.save(sid, session.results())  # the same rows again: replaced
        records.end_session(sid)
        (record,) = records.sessions()
        assert record.code == CODE and record.article_ids == ["tea", "council", "storm"]
        assert record.ended_at
        stored = records.results(sid)
        assert len(stored) == 6
        by_key = {(r.student, r.article_id): r for r in stored}
        for result in session.results():
            assert by_key[(result.student, result.article_id)] == result
    finally:
        progress.close()
