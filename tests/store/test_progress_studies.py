"""Studies in a progress database (migration m009_studies): registration, enrolment places,
sessions, readings, each write one transaction."""

from __future__ import annotations

import sqlite3

import pytest

from spotit.store.progress import Progress, ProgressError

AT = "2026-03-02T09:00:00+00:00"
LATER = "2026-03-02T09:30:00+00:00"
TEXT = 'id = "pilot"\n'


@pytest.fixture
def progress(tmp_path):
    store = Progress(tmp_path / "pilot.db")
    store.register_study("pilot", title="Pilot", source_text=TEXT, seed=7, registered_at=AT)
    yield store
    store.close()


def alternate(position: int) -> str:
    return ("flag", "read")[position % 2]


def test_a_study_is_registered_once_and_keeps_its_first_file(progress):
    again = progress.register_study(
        "pilot", title="Other", source_text="changed", seed=8, registered_at=LATER
    )
    assert (again.title, again.source_text, again.seed, again.registered_at) == (
        "Pilot",
        TEXT,
        7,
        AT,
    )
    assert progress.study("nope") is None


def test_enrolment_counts_places_in_the_study_and_in_the_arm(progress):
    made = [
        progress.enrol_participant("pilot", code, alternate, AT)
        for code in ("AAA-AAA", "CCC-CCC", "DDD-DDD", "EEE-EEE", "FFF-FFF")
    ]
    assert [(p.position, p.arm, p.arm_index) for p in made] == [
        (0, "flag", 0),
        (1, "read", 0),
        (2, "flag", 1),
        (3, "read", 1),
        (4, "flag", 2),
    ]
    # The learner row is named by the code: no name is stored.
    assert [learner.name for learner in progress.learners()] == [p.code for p in made]
    assert progress.participants("pilot") == made
    assert progress.participant("CCC-CCC") == made[1]
    assert progress.participant("ZZZ-ZZZ") is None


def test_a_taken_code_is_refused_and_nothing_is_kept(progress):
    progress.enrol_participant("pilot", "AAA-AAA", alternate, AT)
    with pytest.raises(ProgressError, match="taken"):
        progress.enrol_participant("pilot", "AAA-AAA", alternate, AT)
    assert len(progress.learners()) == 1
    assert len(progress.participants("pilot")) == 1


def test_an_enrolment_that_fails_keeps_no_learner(progress):
    def broken(position: int) -> str:
        raise RuntimeError("arm assignment failed")

    with pytest.raises(RuntimeError):
        progress.enrol_participant("pilot", "AAA-AAA", broken, AT)
    assert progress.learners() == []
    assert progress.participants("pilot") == []


def test_a_session_starts_with_its_articles_and_finishes_with_its_code(progress):
    progress.enrol_participant("pilot", "AAA-AAA", alternate, AT)
    started = progress.start_study_session("AAA-AAA", 1, day=0, started_at=AT, articles=["a", "b"])
    assert (started.status, started.started_at, started.articles) == ("open", AT, ("a", "b"))
    progress.finish_study_session("AAA-AAA", 1, finished_at=LATER, completion_code="QX-1")
    (done,) = progress.study_sessions("AAA-AAA")
    assert (done.status, done.finished_at, done.completion_code) == ("finished", LATER, "QX-1")
    # A finished session is not missed afterwards, nor started again.
    progress.miss_study_session("AAA-AAA", 1, day=0)
    assert progress.study_sessions("AAA-AAA")[0].status == "finished"
    with pytest.raises(ProgressError):
        progress.start_study_session("AAA-AAA", 1, day=0, started_at=LATER)


def test_a_session_that_fails_to_start_its_check_is_not_kept(progress):
    progress.enrol_participant("pilot", "AAA-AAA", alternate, AT)

    def failing_check():
        raise RuntimeError("no check")

    with pytest.raises(RuntimeError):
        progress.start_study_session("AAA-AAA", 1, day=0, started_at=AT, then=failing_check)
    assert progress.study_sessions("AAA-AAA") == []


def test_missed_sessions_are_kept_whether_started_or_not(progress):
    progress.enrol_participant("pilot", "AAA-AAA", alternate, AT)
    progress.start_study_session("AAA-AAA", 1, day=0, started_at=AT)
    progress.miss_study_session("AAA-AAA", 1, day=0)
    progress.miss_study_session("AAA-AAA", 2, day=7)
    one, two = progress.study_sessions("AAA-AAA")
    assert (one.status, one.started_at) == ("missed", AT)
    assert (two.status, two.started_at, two.day) == ("missed", None, 7)


def test_a_reading_keeps_its_start_and_is_finished_once(progress):
    progress.enrol_participant("pilot", "AAA-AAA", alternate, AT)
    progress.record_reading("AAA-AAA", 1, "art", started_at=AT)
    (reading,) = progress.readings("AAA-AAA")
    assert (reading.started_at, reading.finished_at, reading.seconds) == (AT, None, None)
    progress.record_reading("AAA-AAA", 1, "art", started_at=LATER)  # begun again: same start
    progress.record_reading("AAA-AAA", 1, "art", started_at=LATER, finished_at=LATER, seconds=90)
    progress.record_reading("AAA-AAA", 1, "art", started_at=LATER, finished_at=LATER, seconds=5)
    (reading,) = progress.readings("AAA-AAA")
    assert (reading.started_at, reading.finished_at, reading.seconds) == (AT, LATER, 90)


def test_the_database_refuses_two_participants_in_one_place(progress, tmp_path):
    progress.enrol_participant("pilot", "AAA-AAA", alternate, AT)
    learner = progress.add_learner("someone").id
    with pytest.raises(sqlite3.IntegrityError):
        progress.conn.execute(
            "INSERT INTO study_participants VALUES ('BBB-BBB', 'pilot', ?, 'flag', 0, 5, ?)",
            [learner, AT],
        )
