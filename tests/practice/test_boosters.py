"""Spaced boosters through Practice, with a fixed clock (docs/practice.md).

What a learner relies on: what they keep missing comes back sooner than what they find,
what they keep finding moves out (days, then weeks), and over-flagging credible articles
brings credible articles back.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest
from tests.conftest import START

from spotit.core.model import Flag
from spotit.core.progress import moment
from spotit.core.review import CALIBRATION, Rating
from spotit.practice import Practice, PracticeError, Submission


def answer(practice, pack_id, article_id, miss=(), seconds=600, extra=(), hints=0):
    """Flag every red flag exactly, with its category, except those of ``miss``."""
    opened = practice.open(pack_id, article_id)
    flags = [
        Flag(a.start, a.end, a.category)
        for a in opened.article.annotations
        if a.category not in miss
    ]
    return practice.submit(Submission(opened, [*flags, *extra], seconds, hints))


def due_of(practice) -> dict[str, datetime]:
    return {c.card: c.due for c in practice.retention()}


def articles_with(practice, category):
    pack = practice.packs["starter"]
    return [
        s.meta.id
        for s in pack.articles()
        if category in {a.category for a in pack.article(s.meta.id).annotations}
    ]


def credible_ids(practice):
    return [s.meta.id for s in practice.packs["starter"].articles() if not s.annotations]


def test_submit_reviews_one_card_per_category_of_the_key(learner, clock):
    submitted = answer(learner, "starter", "miracle-tea", miss={"vague-source"})
    article = learner.packs["starter"].article("miracle-tea")
    categories = list(dict.fromkeys(a.category for a in article.annotations))
    assert [r.card.card for r in submitted.reviews] == categories
    ratings = {r.card.card: r.rating for r in submitted.reviews}
    assert ratings["vague-source"] == Rating.AGAIN
    assert {ratings[c] for c in categories if c != "vague-source"} == {Rating.GOOD}
    # Stored with the attempt, at the clock's time.
    (attempt,) = learner.progress.attempts(learner.learner.id)
    assert moment(attempt.submitted_at) == START
    reviews = learner.progress.reviews(learner.learner.id)
    assert {r.attempt_id for r in reviews} == {submitted.attempt_id}
    assert [r.card for r in reviews] == categories
    stored = {replace(c, id=None) for c in learner.progress.cards(learner.learner.id)}
    assert stored == {r.card for r in submitted.reviews}  # a new card has no id yet


def test_the_clock_gives_every_moment(learner, clock):
    opened = learner.open("starter", "miracle-tea")
    assert moment(opened.started_at) == START
    clock.days(0.01)
    learner.submit(Submission(opened, [], 60))
    (attempt,) = learner.progress.attempts(learner.learner.id)
    assert moment(attempt.started_at) == START
    assert moment(attempt.submitted_at) == START + timedelta(days=0.01)
    learner.mark_seen("tour")
    assert learner.progress.conn.execute("SELECT at FROM learner_seen").fetchone()[0] == (
        (START + timedelta(days=0.01)).isoformat()
    )


def test_a_category_missed_again_and_again_comes_back_sooner_than_those_found(learner, clock):
    for _day in range(12):
        for item in learner.todays_practice().items:
            answer(learner, *item.key, miss={"vague-source"})
        clock.days(1)
    due = due_of(learner)
    missed = due.pop("vague-source")
    assert missed <= clock.now + timedelta(days=1)
    found = {c: d for c, d in due.items() if c != CALIBRATION}
    assert len(found) >= 8
    assert all(d > missed + timedelta(days=3) for d in found.values()), found
    retained = {c.card: c.retrievability for c in learner.retention()}
    assert retained["vague-source"] < min(v for k, v in retained.items() if k != "vague-source")
    # ... and today's practice starts with it.
    plan = learner.todays_practice()
    assert plan.due[0].card == "vague-source"
    assert plan.items[0].reason == "due: vague or anonymous source"
    first = learner.packs["starter"].article(plan.items[0].article_id)
    assert "vague-source" in {a.category for a in first.annotations}


def test_a_category_found_each_time_it_is_due_moves_out_by_days_then_weeks(learner, clock):
    intervals = []
    tea = "miracle-tea"  # has a false-authority red flag
    assert tea in articles_with(learner, "false-authority")
    for _ in range(4):
        submitted = answer(learner, "starter", tea)
        (card,) = [r.card for r in submitted.reviews if r.card.card == "false-authority"]
        due = moment(card.due)
        intervals.append((due - clock.now).days)
        clock.now = due
    assert 1 <= intervals[0] <= 6  # days
    assert intervals == sorted(intervals) and len(set(intervals)) == 4
    assert intervals[2] >= 14  # weeks
    assert intervals == [2, 11, 46, 163]  # fsrs 6's defaults, desired retention 0.9


def test_quick_and_clean_moves_out_further_than_slow(learner, practice, clock):
    quick = answer(learner, "starter", "miracle-tea", seconds=30)
    assert {r.rating for r in quick.reviews} == {Rating.EASY}
    other = Practice(
        practice.progress, practice.progress.add_learner("Bo"), practice.packs, clock=clock
    )
    slow = answer(other, "starter", "miracle-tea", seconds=600)
    assert {r.rating for r in slow.reviews} == {Rating.GOOD}
    assert min(r.card.due for r in quick.reviews) > max(r.card.due for r in slow.reviews)
    hinted = answer(other, "starter", "lithium-triple", seconds=30, hints=1)
    assert {r.rating for r in hinted.reviews} == {Rating.HARD}


def test_the_calibration_card_brings_credible_articles_back_to_an_over_flagger(practice, clock):
    over = Practice(practice.progress, practice.learner, practice.packs, clock=clock)
    calm = Practice(
        practice.progress, practice.progress.add_learner("Calm"), practice.packs, clock=clock
    )
    for _day in range(10):
        for who, overflags in ((over, True), (calm, False)):
            for item in who.todays_practice().items:
                article = who.packs["starter"].article(item.article_id)
                extra = (
                    [Flag(0, 5, "loaded-language")] if overflags and not article.annotations else []
                )
                answer(who, *item.key, extra=extra)
        clock.days(1)
    over_due, calm_due = due_of(over)[CALIBRATION], due_of(calm)[CALIBRATION]
    assert over_due <= clock.now + timedelta(days=1) < calm_due - timedelta(days=7)
    credible = set(credible_ids(practice))
    over_plan, calm_plan = over.todays_practice(), calm.todays_practice()
    over_credible = [i for i in over_plan.items if i.article_id in credible]
    calm_credible = [i for i in calm_plan.items if i.article_id in credible]
    assert len(over_credible) == 2 and len(calm_credible) == 1
    assert "due: over-flagging check" in {i.reason for i in over_credible}
    assert [i.reason for i in calm_credible] == ["credible check"]
    assert any(c.is_calibration for c in over_plan.due)
    assert not any(c.is_calibration for c in calm_plan.due)


def test_a_credible_article_reviews_only_the_calibration_card(learner):
    credible = credible_ids(learner)[0]
    clean = answer(learner, "starter", credible)
    assert [(r.card.card, r.rating) for r in clean.reviews] == [(CALIBRATION, Rating.GOOD)]
    flagged = answer(learner, "starter", credible, extra=[Flag(0, 5, "loaded-language")])
    assert [(r.card.card, r.rating) for r in flagged.reviews] == [(CALIBRATION, Rating.AGAIN)]
    assert [r.card.reviews for r in flagged.reviews] == [2]


def test_retention_lists_every_card_with_how_well_it_is_retained(learner, clock):
    assert learner.retention() == []
    answer(learner, "starter", "miracle-tea", miss={"vague-source"})
    clock.days(1)
    cards = {c.card: c for c in learner.retention()}
    assert cards["vague-source"].retrievability < cards["false-authority"].retrievability <= 1
    assert all(c.category == c.card and not c.is_calibration for c in cards.values())
    json = cards["vague-source"].as_json()
    assert json == {
        "card": "vague-source",
        "category": "vague-source",
        "due": "2026-03-03T09:00:00+00:00",
        "retrievability": round(cards["vague-source"].retrievability, 4),
    }


def test_the_scheduler_parameters_come_from_the_progress_database(learner):
    import fsrs

    scheduler = learner.scheduler()
    assert scheduler.desired_retention == 0.9
    assert scheduler.parameters == tuple(fsrs.Scheduler().parameters)
    tuned = fsrs.Scheduler(desired_retention=0.8, learning_steps=(), relearning_steps=())
    learner.progress.set_scheduler_parameters(tuned.to_json(), "a test optimiser")
    again = Practice(learner.progress, learner.learner, learner.packs, clock=learner.clock)
    assert again.scheduler().desired_retention == 0.8


def test_one_time_events_are_kept_per_learner(learner, practice):
    assert not learner.has_seen("tour")
    learner.mark_seen("tour")
    learner.mark_seen("tour")
    learner.mark_seen("lesson-offered:vague-source")
    assert learner.has_seen("tour") and learner.has_seen("lesson-offered:vague-source")
    assert not learner.has_seen("lesson-opened:vague-source")
    other = Practice(practice.progress, practice.progress.add_learner("Bo"), practice.packs)
    assert not other.has_seen("tour")


def test_practice_size_is_the_learners_setting(learner, practice):
    assert learner.practice_size == 5
    assert len(learner.todays_practice().items) == 5
    learner.practice_size = 7
    again = Practice(practice.progress, practice.learner, practice.packs)
    assert again.practice_size == 7 and len(again.todays_practice().items) == 7
    assert len(again.todays_practice(3).items) == 3
    for wrong in (0, 21, "5", True):
        with pytest.raises(PracticeError, match="1 to 20"):
            learner.practice_size = wrong
    other = Practice(practice.progress, practice.progress.add_learner("Bo"), practice.packs)
    assert other.practice_size == 5


def test_next_article_follows_todays_practice_once_it_is_started(learner):
    plan = learner.todays_practice()
    entries = learner.library()
    # Not started: the library's own rule (the first article not done).
    assert learner.next_article().key == entries[0].key
    assert learner.next_article(entries[1:]).key == entries[1].key
    learner.start_todays_practice()
    assert learner.next_article().key == plan.items[0].key
    without_first = [e for e in entries if e.key != plan.items[0].key]
    assert learner.next_article(without_first).key == plan.items[0].key  # whatever is shown
    answer(learner, *plan.items[0].key)
    assert learner.next_article().key == plan.items[1].key
    assert learner.next_article([]).key == plan.items[1].key
