"""The instructor's class sessions in the progress database (spotit.store.class_results)."""

from __future__ import annotations

import pytest

from spotit.core.model import Flag
from spotit.core.progress import ClassResult
from spotit.store.class_results import ClassResults
from spotit.store.progress import Progress, ProgressError


def result(student: str, position: int, article_id: str, **changes) -> ClassResult:
    values = dict(
        student=student,
        position=position,
        article_id=article_id,
        headline=f"Headline {article_id}",
        status="submitted",
        score=80,
        spotted_f1=0.5,
        named_f1=0.25,
        gold_count=2,
        found_count=1,
        named_count=1,
        partly_count=0,
        missed_count=1,
        invented_count=0,
        flag_count=1,
        seconds_spent=30,
        submitted_at="2026-03-04T10:00:00+00:00",
        categories=({"category": "vague-source", "gold": 1, "found": 1, "missed": 0},),
        flags=(Flag(3, 9, "vague-source", "Which experts? 🤔"),),
    )
    values.update(changes)
    return ClassResult(**values)


@pytest.fixture
def progress(tmp_path):
    db = Progress(tmp_path / "progress.db")
    yield db
    db.close()


def test_sessions_and_results_round_trip_newest_session_first(progress):
    records = ClassResults(progress)
    first = records.start_session("ABC234", "starter", "1", "Starter", ["tea", "storm"])
    second = records.start_session("XYZ789", "starter", "1", "Starter", ["storm"])
    rows = [
        result("Zoë", 1, "storm"),
        result("Ana", 0, "tea", status="absent", score=None, flags=(), seconds_spent=None),
        result("Ana", 1, "storm", flags=(Flag(0, 4, "filler"),)),
    ]
    records.save(first, rows)
    assert [r.id for r in records.sessions()] == [second, first]
    stored = records.results(first)
    # In article order, then by student; every field as it was saved.
    assert [(r.position, r.student) for r in stored] == [(0, "Ana"), (1, "Ana"), (1, "Zoë")]
    assert stored == [rows[1], rows[2], rows[0]]
    assert records.results(second) == []


def test_saving_the_same_rows_again_replaces_them(progress):
    records = ClassResults(progress)
    sid = records.start_session("ABC234", "starter", "1", "Starter", ["tea"])
    records.save(sid, [result("Ana", 0, "tea", status="auto-submitted", score=40)])
    records.save(sid, [result("Ana", 0, "tea", score=90)])
    (stored,) = records.results(sid)
    assert (stored.status, stored.score) == ("submitted", 90)


def test_ending_a_session_records_when(progress):
    records = ClassResults(progress)
    sid = records.start_session("ABC234", "starter", "1", "Starter", ["tea"])
    assert records.sessions()[0].ended_at == ""  # still running, or the host stopped
    records.end_session(sid)
    (record,) = records.sessions()
    assert record.ended_at.endswith("+00:00") and record.started_at.endswith("+00:00")


def test_damaged_json_in_a_row_is_dropped_not_raised(progress):
    records = ClassResults(progress)
    sid = records.start_session("ABC234", "starter", "1", "Starter", ["tea"])
    records.save(sid, [result("Ana", 0, "tea")])
    with progress.conn:
        progress.conn.execute(
            'UPDATE class_results SET flags = \'[{"start": -1}, {"start": 1, "end": 2,'
            ' "category": "filler"}]\', categories = \'{oops\''
        )
        progress.conn.execute("UPDATE class_sessions SET article_ids = 'not json'")
    (stored,) = records.results(sid)
    assert stored.flags == (Flag(1, 2, "filler"),) and stored.categories == ()
    assert records.sessions()[0].article_ids == []


def test_a_database_that_fails_gives_one_line_progress_errors(progress):
    records = ClassResults(progress)
    sid = records.start_session("ABC234", "starter", "1", "Starter", ["tea"])
    with progress.conn:
        progress.conn.execute(
            "CREATE TRIGGER full BEFORE INSERT ON class_results WHEN NEW.student = 'Ben'"
            " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
        )
    with pytest.raises(ProgressError) as caught:
        records.save(sid, [result("Ana", 0, "tea"), result("Ben", 0, "tea")])
    assert str(caught.value) == (
        f"{progress.path}: could not save the class results (database or disk is full)"
    )
    assert records.results(sid) == []  # one transaction: Ana's row went too
    with progress.conn:
        progress.conn.execute("DROP TABLE class_results")
    with pytest.raises(ProgressError, match="could not read the class results"):
        records.results(sid)
