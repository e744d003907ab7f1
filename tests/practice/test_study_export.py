"""The study export end to end: six participants through every session, exported, and the
responses read back by ``spotit.interop.responses`` and ``spotit measures``
(spotit.practice.study_export)."""

from __future__ import annotations

import csv
import json
import math
import re

import pytest
from tests.conftest import Clock
from tests.practice.test_study_run import run_study, study_text

from spotit.core.measures import Response, measures
from spotit.interop.responses import COLUMNS as RESPONSE_COLUMNS
from spotit.interop.responses import read_responses, wave_measures
from spotit.practice.session import identity
from spotit.practice.study import StudyDesk
from spotit.practice.study_export import COLUMNS, codebook, columns_of, export_study

FILES = ("responses.csv", "practice.csv", "sessions.csv")


@pytest.fixture(scope="module")
def exported(tmp_path_factory, starter_path):
    """A study of 6 participants run to the end on a stepping clock, and its export."""
    folder = tmp_path_factory.mktemp("study")
    study_file = folder / "study.toml"
    study_file.write_text(study_text(starter_path, articles=2), encoding="utf-8")
    clock = Clock()
    desk = StudyDesk.open(study_file, folder / "data", clock=clock)
    people = [desk.enrol() for _ in range(6)]
    run_study(desk, clock, people)
    out = folder / "out"
    summary = export_study(desk, out)
    yield desk, people, out, summary, study_file
    desk.close()


def rows(path):
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_the_export_writes_every_file_with_the_columns_the_codebook_lists(exported):
    desk, people, out, summary, study_file = exported
    assert sorted(p.name for p in out.iterdir()) == sorted([*FILES, "codebook.md", "study.toml"])
    assert (out / "study.toml").read_text(encoding="utf-8") == study_file.read_text("utf-8")
    book = (out / "codebook.md").read_text(encoding="utf-8")
    assert book == codebook(desk.study.id)
    for name in FILES:
        raw = (out / name).read_bytes()
        assert b"\r\n" not in raw and not raw.startswith(b"\xef\xbb\xbf")
        header = raw.decode("utf-8").splitlines()[0].split(",")
        assert header == columns_of(name)
        # Every column written is in the codebook under its file, and nothing else is.
        section = book.split(f"## {name}")[1].split("\n## ")[0]
        assert re.findall(r"^\| `([a-z_]+)` \|", section, re.M) == header
    assert {c.file for c in COLUMNS} == set(FILES)
    assert summary.participants == 6
    assert summary.responses == 6 * 3 * 16  # pre, post, delayed-7
    assert summary.sessions == 6 * 2


def test_responses_start_with_the_columns_spotit_measures_reads(exported):
    desk, people, out, _, _ = exported
    table = rows(out / "responses.csv")
    assert list(table[0])[: len(RESPONSE_COLUMNS)] == list(RESPONSE_COLUMNS)
    assert len(table) == 6 * 48
    arms = {p.code: p.arm.id for p in people}
    for row in table:
        assert row["arm"] == arms[row["participant"]]
        assert row["truth"] in ("credible", "misleading")
        assert 1 <= int(row["rating"]) <= 6
        assert row["timestamp"].endswith("+00:00")
        assert row["check"] == "discernment" and row["pack"] == "starter"
    session_of = {"pre": "1", "post": "1", "delayed-7": "2"}
    assert {row["wave"]: row["session"] for row in table} == session_of
    first = [r for r in table if r["participant"] == people[0].code and r["wave"] == "pre"]
    assert [int(r["position"]) for r in first] == list(range(1, 17))


def test_the_responses_round_trip_through_spotit_measures(exported, capsys):
    from spotit.cli import main

    desk, people, out, _, _ = exported
    read = read_responses(out / "responses.csv")
    assert len(read) == 6 * 48
    assert main(["measures", str(out / "responses.csv"), "--json"]) == 0
    printed = json.loads(capsys.readouterr().out)
    by_key = {(r["participant"], r["wave"]): r for r in printed}
    assert len(by_key) == 6 * 3
    from_csv = {(w.participant, w.wave): w.measures for w in wave_measures(read)}
    key = identity(desk.pack)
    for p in people:
        for run in desk.progress.check_runs(p.learner_id, key, "discernment"):
            stored = measures([Response(r.item_id, r.truth, r.rating) for r in run.responses])
            got = by_key[(p.code, run.wave)]
            assert math.isclose(got["d_prime"], stored.d_prime, abs_tol=1e-9)
            assert math.isclose(got["auc"], stored.auc, abs_tol=1e-9)
            assert from_csv[(p.code, run.wave)].d_prime == pytest.approx(stored.d_prime)


def test_practice_rows_are_the_attempts_and_the_readings(exported):
    desk, people, out, _, _ = exported
    table = rows(out / "practice.csv")
    by_person = {p.code: [r for r in table if r["participant"] == p.code] for p in people}
    for p in people:
        mine = by_person[p.code]
        assert len(mine) == 2  # practice_articles = 2, one practice day
        assert {r["session"] for r in mine} == {"1"}
        if p.arm.practice == "read":
            assert {r["kind"] for r in mine} == {"read"}
            assert {r["article_truth"] for r in mine} == {"credible"}
            assert all(r["flags"] == "" and r["seconds"] == "90" for r in mine)
        else:
            assert {r["kind"] for r in mine} == {"flag"}
            attempts = desk.progress.attempts(p.learner_id)
            assert [r["learner_score"] for r in mine] == [str(a.score) for a in attempts]
            for r, a in zip(mine, attempts, strict=True):
                assert int(r["found"]) + int(r["missed"]) == a.gold_count


def test_sessions_rows_carry_status_and_the_completion_codes(exported):
    desk, people, out, _, _ = exported
    table = rows(out / "sessions.csv")
    assert len(table) == 12
    assert {r["status"] for r in table} == {"finished"}
    assert [r["day"] for r in table[:2]] == ["0", "7"]
    for p in people:
        stored = {s.number: s.completion_code for s in desk.progress.study_sessions(p.code)}
        mine = [r for r in table if r["participant"] == p.code]
        assert {int(r["session"]): r["completion_code"] for r in mine} == stored
        assert all(r["opens"] and r["started"] >= r["opens"] for r in mine)


def test_a_participant_who_has_not_come_back_shows_as_not_yet(tmp_path, starter_path):
    study_file = tmp_path / "study.toml"
    study_file.write_text(study_text(starter_path), encoding="utf-8")
    desk = StudyDesk.open(study_file, tmp_path / "data", clock=Clock())
    try:
        desk.enrol()
        summary = export_study(desk, tmp_path / "out")
        table = rows(tmp_path / "out" / "sessions.csv")
        assert [r["status"] for r in table] == ["not-yet"] * 2
        assert all(r["opens"] == "" for r in table)
        assert summary.responses == 0
        assert rows(tmp_path / "out" / "responses.csv") == []
    finally:
        desk.close()
