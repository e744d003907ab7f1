"""Check runs in the progress database (migration m008_checks): enrolment order, runs,
responses, one transaction each, and what the database itself refuses."""

from __future__ import annotations

import contextlib
import sqlite3

import pytest

from spotit.store.progress import Progress, ProgressError, recover_progress

KEY = "starter|ana author"
AT = "2026-03-02T09:00:00+00:00"


@pytest.fixture
def progress(tmp_path):
    store = Progress(tmp_path / "progress.db")
    yield store
    store.close()


def start(progress, learner_id, wave="pre", form=None, order=("a1", "a2"), check="disc"):
    return progress.start_check_run(
        learner_id,
        pack_id="starter",
        pack_key=KEY,
        pack_version="1.0",
        check_id=check,
        wave=wave,
        form=form or (lambda position: "ABC"[position % 3]),
        item_order=lambda chosen: list(order),
        started_at=AT,
        attempts_before=2,
    )


def test_learners_are_enrolled_in_the_order_their_first_run_starts(progress):
    ids = [progress.add_learner(name).id for name in ("Ana", "Ben", "Cleo", "Dev")]
    seen_positions = []
    for learner_id in reversed(ids):  # Dev starts first
        start(progress, learner_id, form=lambda p: seen_positions.append(p) or "ABC"[p % 3])
    assert seen_positions == [0, 1, 2, 3]
    assert [progress.check_enrolment(i, KEY, "disc") for i in ids] == [3, 2, 1, 0]
    assert progress.check_enrolled(KEY, "disc") == 4
    # Another check, or another pack's check of the same id, counts from 0 again.
    assert progress.check_enrolled(KEY, "other") == 0
    assert progress.check_enrolment(ids[0], "starter|someone else", "disc") is None
    # A second run keeps the enrolment (and its order).
    start(progress, ids[3], wave="post", form=lambda p: "B")
    assert progress.check_enrolment(ids[3], KEY, "disc") == 0
    assert progress.check_enrolled(KEY, "disc") == 4


def test_a_run_keeps_its_form_order_and_responses_in_the_order_given(progress):
    ana = progress.add_learner("Ana").id
    run_id = start(progress, ana, order=("b2", "a1", "c3"))
    progress.answer_check_item(
        run_id, "b2", position=0, truth="misleading", rating=2, rt_ms=4100, answered_at=AT
    )
    progress.answer_check_item(
        run_id, "a1", position=1, truth="credible", rating=6, rt_ms=2300, answered_at=AT
    )
    (run,) = progress.check_runs(ana, KEY, "disc")
    assert (run.wave, run.form, run.item_order, run.attempts_before) == (
        "pre",
        "A",
        ("b2", "a1", "c3"),
        2,
    )
    assert run.finished_at is None
    assert [(r.item_id, r.truth, r.rating, r.rt_ms) for r in run.responses] == [
        ("b2", "misleading", 2, 4100),
        ("a1", "credible", 6, 2300),
    ]
    progress.finish_check_run(run_id, "2026-03-02T09:05:00+00:00")
    progress.finish_check_run(run_id, "2026-03-09T09:05:00+00:00")  # the first finish stays
    assert progress.check_runs(ana, KEY, "disc")[0].finished_at == "2026-03-02T09:05:00+00:00"


def test_an_item_is_answered_once(progress):
    ana = progress.add_learner("Ana").id
    run_id = start(progress, ana)
    progress.answer_check_item(
        run_id, "a1", position=0, truth="credible", rating=4, rt_ms=900, answered_at=AT
    )
    with pytest.raises(ProgressError, match="could not keep the answer"):
        progress.answer_check_item(
            run_id, "a1", position=1, truth="credible", rating=1, rt_ms=900, answered_at=AT
        )
    assert [r.rating for r in progress.check_runs(ana, KEY, "disc")[0].responses] == [4]


def test_no_learner_takes_a_form_or_a_wave_twice(progress):
    ana = progress.add_learner("Ana").id
    start(progress, ana, wave="pre", form=lambda p: "A")
    with pytest.raises(ProgressError, match="could not start the check"):
        start(progress, ana, wave="post", form=lambda p: "A")
    with pytest.raises(ProgressError, match="could not start the check"):
        start(progress, ana, wave="pre", form=lambda p: "B")
    assert [(r.wave, r.form) for r in progress.check_runs(ana, KEY, "disc")] == [("pre", "A")]


def test_starting_is_one_transaction_a_failure_leaves_no_enrolment(progress):
    ana = progress.add_learner("Ana").id

    def broken(chosen):
        raise RuntimeError("the pack went away")

    with pytest.raises(RuntimeError):
        progress.start_check_run(
            ana,
            pack_id="starter",
            pack_key=KEY,
            pack_version="1.0",
            check_id="disc",
            wave="pre",
            form=lambda p: "A",
            item_order=broken,
            started_at=AT,
        )
    assert progress.check_enrolment(ana, KEY, "disc") is None
    assert progress.check_runs(ana, KEY, "disc") == []
    assert progress.check_enrolled(KEY, "disc") == 0


def test_attempt_times_are_the_packs_of_that_identity(progress):
    ana = progress.add_learner("Ana").id
    rows = [
        ("starter", KEY, "2026-03-03T10:00:00+00:00"),
        ("starter", None, "2026-03-01T10:00:00+00:00"),  # from before identities
        ("starter", "starter|someone else", "2026-03-02T10:00:00+00:00"),
        ("other", KEY, "2026-03-02T11:00:00+00:00"),
    ]
    for pack_id, key, at in rows:
        progress.db["attempts"].insert(
            {
                "learner_id": ana,
                "pack_id": pack_id,
                "pack_key": key,
                "article_id": "x",
                "submitted_at": at,
                "score": 1,
            }
        )
    assert progress.attempt_times(ana, "starter", KEY) == [
        "2026-03-01T10:00:00+00:00",
        "2026-03-03T10:00:00+00:00",
    ]


def test_a_recovered_database_keeps_the_check_runs(tmp_path):
    path = tmp_path / "progress.db"
    progress = Progress(path)
    ana = progress.add_learner("Ana").id
    run_id = start(progress, ana)
    progress.answer_check_item(
        run_id, "a1", position=0, truth="credible", rating=5, rt_ms=1200, answered_at=AT
    )
    progress.close()
    recover_progress(path)
    again = Progress(path)
    try:
        (run,) = again.check_runs(ana, KEY, "disc")
        assert [(r.item_id, r.rating) for r in run.responses] == [("a1", 5)]
        assert again.check_enrolment(ana, KEY, "disc") == 0
    finally:
        again.close()
    with contextlib.closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT count(*) FROM check_responses").fetchone() == (1,)
