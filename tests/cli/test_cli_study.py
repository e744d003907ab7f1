"""`spotit study start|export|report|simulate`: what a researcher types, and every error
in one line."""

from __future__ import annotations

import contextlib
import csv
import io
import json
from collections import Counter, defaultdict

import pytest
from tests.cli.test_cli import run
from tests.conftest import study_toml

from spotit.cli import main
from spotit.store.bundled import data_dir

STUDY = study_toml("sim-study", title="SpotIt pilot: practice vs reading", articles=2)


def study_file(tmp_path, text=STUDY, name="study.toml"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def one_line_error(status, out, err, *parts):
    """The command failed with exit 2 and one line on stderr naming every part."""
    assert status == 2 and out == ""
    assert err.startswith("spotit: error: ") and err.count("\n") == 1, err
    for part in parts:
        assert part in err, err


# -- start ---------------------------------------------------------------------------------


def test_check_validates_and_registers_nothing(tmp_path, capsys):
    three_sessions = STUDY.replace("delays = [7]", "delays = [7, 30]").replace(
        "post = true", "post = false"
    )
    path = study_file(tmp_path, three_sessions)
    status, out, err = run(capsys, "study", "start", path, "--check")
    assert (status, err) == (0, "")
    assert out == f"{path}: ok (2 arms, 3 sessions, check discernment with forms A, B, C)\n"
    assert not (data_dir() / "studies").exists()


@pytest.mark.parametrize(
    ("edit", "where"),
    [
        (("practice_articles = 2", "practice_articles = 2\nbreaks = 3"), "study.toml:12:"),
        (('practice = "read"', 'practice = "skim"'), "study.toml:22:"),
        (("seed = 20270115\n", ""), "study.toml"),
    ],
    ids=["unknown key", "bad practice", "no seed"],
)
def test_a_bad_study_file_is_one_line_naming_file_and_line(tmp_path, capsys, edit, where):
    path = study_file(tmp_path, STUDY.replace(*edit))
    for extra in (["--check"], []):
        status, out, err = run(capsys, "study", "start", path, *extra)
        one_line_error(status, out, err, where)
    assert not (data_dir() / "studies" / "sim-study.db").exists()


def test_a_schedule_needing_more_forms_than_the_check_has_is_refused(tmp_path, capsys):
    path = study_file(tmp_path, STUDY.replace("delays = [7]", "delays = [7, 30]"))
    status, out, err = run(capsys, "study", "start", path, "--check")
    one_line_error(status, out, err, "study.toml", "3 forms", "needs 4")


def test_start_without_a_file_or_with_a_folder(tmp_path, capsys):
    status, out, err = run(capsys, "study", "start", tmp_path / "nope.toml")
    one_line_error(status, out, err, "nope.toml: no such file")
    status, out, err = run(capsys, "study", "start", tmp_path, "--check")
    one_line_error(status, out, err, "not a file")


def test_start_registers_the_study_then_says_why_no_window_can_open(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("spotit.preflight.qt_problem", lambda: "no display (set DISPLAY)")
    path = study_file(tmp_path)
    status, out, err = run(capsys, "study", "start", path)
    assert (status, out, err) == (1, "", "spotit: no display (set DISPLAY)\n")
    # Registered: the study's own database, which export and report find by id.
    assert (data_dir() / "studies" / "sim-study.db").is_file()
    status, out, err = run(capsys, "study", "report", "sim-study")
    assert status == 0 and err == ""
    assert out.startswith("Check report: SpotIt pilot: practice vs reading: ")
    assert "No finished checks to report on yet." in out
    status, out, err = run(capsys, "study", "export", "sim-study", "-o", tmp_path / "out")
    assert status == 0 and err == ""
    assert (tmp_path / "out" / "study.toml").read_text(encoding="utf-8") == STUDY


def test_start_opens_the_study_window_on_the_registered_study(tmp_path, capsys, monkeypatch):
    seen = []

    def window(desk):
        seen.append((desk.study.id, desk.study.source_text, len(desk.participants())))
        return 0

    monkeypatch.setattr("spotit.cli._run_study_window", window)
    status, out, err = run(capsys, "study", "start", study_file(tmp_path))
    assert (status, err) == (0, "")
    assert seen == [("sim-study", STUDY, 0)]


def test_the_window_is_the_study_window_of_the_gui(tmp_path, capsys, monkeypatch):
    study_window = pytest.importorskip("spotit.gui.study")
    seen = []
    monkeypatch.setattr("spotit.preflight.qt_problem", lambda: None)
    monkeypatch.setattr(study_window, "run_study_window", lambda desk: seen.append(desk) or 3)
    status, out, err = run(capsys, "study", "start", study_file(tmp_path))
    assert (status, out, err) == (3, "", "")  # the window's exit status is the command's
    assert [d.study.id for d in seen] == ["sim-study"]


def test_the_same_id_with_another_file_is_refused(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr("spotit.preflight.qt_problem", lambda: "no display")
    run(capsys, "study", "start", study_file(tmp_path))
    other = study_file(tmp_path, STUDY.replace("seed = 20270115", "seed = 1"), "other.toml")
    status, out, err = run(capsys, "study", "start", other)
    one_line_error(status, out, err, "sim-study", "already registered")


# -- simulate, export, measures, report -------------------------------------------------------


def simulate(data, tmp_path, *args):
    """Run `spotit study simulate` into the data folder ``data``: (status, out, err)."""
    out, err = io.StringIO(), io.StringIO()
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("SPOTIT_DATA_DIR", str(data))
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            status = main(["study", "simulate", str(study_file(tmp_path)), *map(str, args)])
    return status, out.getvalue(), err.getvalue()


@pytest.fixture(scope="module")
def simulated(tmp_path_factory):
    """12 participants simulated with a clear effect (d′ +1.5 in the first arm)."""
    data = tmp_path_factory.mktemp("simulated")
    folder = tmp_path_factory.mktemp("study-file")
    result = simulate(data, folder, "--participants", 12, "--seed", 4, "--effect", 1.5)
    return data, result


@pytest.fixture
def in_simulated(simulated, monkeypatch):
    data, result = simulated
    monkeypatch.setenv("SPOTIT_DATA_DIR", str(data))
    return result


def read_csv(path):
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_simulate_says_what_it_did_and_where_the_data_is(simulated):
    data, (status, out, err) = simulated
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].startswith(
        "simulated 12 participants of the study sim-study (6 spotit, 6 control): 24 sessions"
    )
    # 8 enrol on the first day and 4 on the second; each is back 7 days on: days 0-8.
    assert "over 9 days" in lines[0] and "576 check answers, 24 practice articles" in lines[0]
    assert f"data: {data / 'studies' / 'sim-study.db'}" in lines


def test_export_round_trips_through_spotit_measures(in_simulated, tmp_path, capsys):
    out_dir = tmp_path / "export"
    status, out, err = run(capsys, "study", "export", "sim-study", "-o", out_dir)
    assert status == 0 and err == "" and str(out_dir) in out
    names = {"responses.csv", "practice.csv", "sessions.csv", "codebook.md", "study.toml"}
    assert names <= {p.name for p in out_dir.iterdir()}
    responses = read_csv(out_dir / "responses.csv")
    assert len(responses) == 12 * 3 * 16
    header = list(responses[0])[:9]
    assert header == "participant,arm,wave,form,item,truth,rating,rt_ms,timestamp".split(",")

    status, out, err = run(capsys, "measures", out_dir / "responses.csv", "--json")
    assert status == 0 and err == ""
    waves = json.loads(out)
    by_participant = defaultdict(list)
    for w in waves:
        assert (w["n_misleading"], w["n_credible"]) == (8, 8)
        by_participant[w["participant"]].append(w["wave"])
    assert len(by_participant) == 12
    assert all(sorted(v) == ["delayed-7", "post", "pre"] for v in by_participant.values())
    # Each participant saw each form once (no item twice).
    forms = defaultdict(set)
    for row in responses:
        forms[row["participant"]].add((row["wave"], row["form"]))
    assert all(len({form for _, form in f}) == 3 for f in forms.values())
    items = Counter((row["participant"], row["item"]) for row in responses)
    assert max(items.values()) == 1

    sessions = read_csv(out_dir / "sessions.csv")
    assert len(sessions) == 24 and {s["status"] for s in sessions} == {"finished"}
    assert all(s["completion_code"] for s in sessions)
    practice = read_csv(out_dir / "practice.csv")
    kinds = Counter((row["arm"], row["kind"]) for row in practice)
    assert kinds == {("spotit", "flag"): 12, ("control", "read"): 12}


def test_report_shows_the_first_arm_discriminating_better_and_the_second_not(in_simulated, capsys):
    status, out, err = run(capsys, "study", "report", "sim-study", "--json")
    assert status == 0 and err == ""
    report = json.loads(out)
    d = report_means(report, "d_prime")
    c = report_means(report, "c")
    assert d["spotit"]["post"] - d["spotit"]["pre"] > 0.8
    assert abs(d["control"]["post"] - d["control"]["pre"]) < 0.5
    # The control arm only became more sceptical: its criterion went down at the post.
    assert c["control"]["post"] - c["control"]["pre"] < -0.3
    changes = {(x["group"], x["to"]): x for x in report["changes"]}
    assert changes["spotit", "post"]["d_prime"]["low"] > 0
    control = changes["control", "post"]["d_prime"]
    assert control["low"] < 0 < control["high"]
    (post,) = [x for x in report["differences"] if x["to"] == "post"]
    assert (post["first"], post["second"]) == ("spotit", "control") and post["estimate"]["low"] > 0
    status, text, err = run(capsys, "study", "report", "sim-study")
    assert status == 0 and err == ""
    assert "better discrimination, not just more sceptical" in text
    assert "more sceptical, not better discrimination" in text


def report_means(report, measure):
    """{arm: {wave: mean of the measure}} from `study report --json`."""
    means = defaultdict(dict)
    for row in report["by_wave"]:
        means[row["group"]][row["wave"]] = row[measure]["mean"]
    return means


def test_the_same_seed_gives_the_same_data(simulated, tmp_path, capsys, monkeypatch):
    again = tmp_path / "again"
    status, _, err = simulate(again, tmp_path, "--participants", 12, "--seed", 4, "--effect", 1.5)
    assert (status, err) == (0, "")
    other = tmp_path / "other"
    simulate(other, tmp_path, "--participants", 12, "--seed", 8, "--effect", 1.5)

    def answers(data):
        monkeypatch.setenv("SPOTIT_DATA_DIR", str(data))
        out = tmp_path / f"export-{len(list(tmp_path.iterdir()))}"
        assert run(capsys, "study", "export", "sim-study", "-o", out)[0] == 0
        rows = read_csv(out / "responses.csv")
        # Participant codes are drawn at random (never guessable); the rest is the seed's.
        keys = ("position", "arm", "wave", "form", "item", "rating", "rt_ms", "timestamp")
        return sorted(tuple(r[k] for k in keys) for r in rows)

    assert answers(simulated[0]) == answers(again)
    assert answers(simulated[0]) != answers(other)


def test_simulate_refuses_a_data_folder_that_has_the_study(simulated, tmp_path):
    data, _ = simulated
    status, out, err = simulate(data, tmp_path, "--participants", 2, "--seed", 1)
    one_line_error(status, out, err, "sim-study.db already exists", "SPOTIT_DATA_DIR")


@pytest.mark.parametrize(
    ("args", "part"),
    [
        (["--participants", 0, "--seed", 1], "--participants 0"),
        (["--participants", "ten", "--seed", 1], "--participants ten: not a whole number"),
        (["--participants", 2, "--seed", "x"], "--seed x: not a whole number"),
        (["--participants", 2, "--seed", 1, "--effect", "nan"], "--effect nan: not a number"),
        (["--participants", 2, "--seed", 1, "--base", 9], "--base 9.0"),
    ],
)
def test_simulate_bad_arguments_are_one_line(tmp_path, args, part):
    status, out, err = simulate(tmp_path / "data", tmp_path, *args)
    one_line_error(status, out, err, part)
    assert not (tmp_path / "data" / "studies").exists()


def test_export_refuses_a_folder_that_is_not_empty_unless_forced(in_simulated, tmp_path, capsys):
    out_dir = tmp_path / "export"
    out_dir.mkdir()
    (out_dir / "notes.txt").write_text("mine", encoding="utf-8")
    status, out, err = run(capsys, "study", "export", "sim-study", "-o", out_dir)
    one_line_error(status, out, err, "is not empty", "--force")
    assert [p.name for p in out_dir.iterdir()] == ["notes.txt"]
    status, out, err = run(capsys, "study", "export", "sim-study", "-o", out_dir, "--force")
    assert status == 0 and (out_dir / "responses.csv").is_file()
    assert (out_dir / "notes.txt").read_text(encoding="utf-8") == "mine"


def test_export_to_a_file_is_one_line(in_simulated, tmp_path, capsys):
    target = tmp_path / "file.csv"
    target.write_text("", encoding="utf-8")
    status, out, err = run(capsys, "study", "export", "sim-study", "-o", target)
    one_line_error(status, out, err, "file.csv: not a folder")


@pytest.mark.parametrize("command", [["export", "-o", "OUT"], ["report"], ["report", "--json"]])
@pytest.mark.parametrize(
    ("study_id", "part"),
    [
        ("no-such-study", "no study 'no-such-study' is registered here"),
        ("../progress", "'../progress' is not a study id"),
        ("Pilot", "'Pilot' is not a study id"),
    ],
)
def test_an_unknown_study_id_is_one_line(tmp_path, capsys, command, study_id, part):
    (data_dir() / "progress.db").parent.mkdir(parents=True, exist_ok=True)
    (data_dir() / "progress.db").write_bytes(b"")  # never opened through a study id
    args = [str(tmp_path / a) if a == "OUT" else a for a in command]
    status, out, err = run(capsys, "study", command[0], study_id, *args[1:])
    one_line_error(status, out, err, part)
    assert not (tmp_path / "OUT").exists()
    assert (data_dir() / "progress.db").read_bytes() == b""
