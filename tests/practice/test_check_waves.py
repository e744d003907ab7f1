"""Taking checks of discernment through Practice: the waves and when each is due, the
Latin square of forms across learners, the learner's item order, resuming, and storing.

The check here is made in the test (three forms of eight invented items), put on the
starter pack, so the schedule is tested apart from the starter's own check content.
"""

from __future__ import annotations

import itertools
from collections import Counter
from datetime import timedelta

import pytest
from tests.conftest import Clock, answer_all_but

from spotit.core.model import Check, CheckItem
from spotit.practice import Practice, PracticeError
from spotit.practice import checks as checks_module
from spotit.practice.checks import (
    DEFAULT_DELAYS,
    POST,
    PRE,
    day_start,
    delayed,
    form_order,
    next_wave,
)
from spotit.store.pack import open_pack

FORMS = ("A", "B", "C")
TOPICS = ("health", "science", "politics", "local")


def make_check() -> Check:
    items = []
    for form in FORMS:
        for n in range(8):
            truth = "credible" if n % 2 else "misleading"
            items.append(
                CheckItem(
                    id=f"{form.lower()}{n + 1:02}",
                    form=form,
                    truth=truth,
                    topic=TOPICS[n // 2],
                    difficulty=1 + n % 3,
                    headline=f"Invented headline {form}{n + 1}",
                    lede=f"An invented lede for item {form}{n + 1}, training material.",
                    outlet="The Example Courier" if n % 3 else "",
                )
            )
    return Check("disc", "Credible or not?", "Judge each item.", FORMS, tuple(items))


CHECK = make_check()
TRUTH = {item.id: item.truth for item in CHECK.items}


class CheckedPack:
    """The built starter pack with the test's check (and only it)."""

    def __init__(self, pack, check: Check = CHECK) -> None:
        self._pack, self._check = pack, check

    def __getattr__(self, name):
        return getattr(self._pack, name)

    def checks(self) -> list[Check]:
        return [self._check]

    def check(self, check_id: str) -> Check | None:
        return self._check if check_id == self._check.id else None


@pytest.fixture
def pack(starter_path):
    opened = open_pack(starter_path)
    yield CheckedPack(opened)
    opened.close()


def learner_named(progress, pack, name: str, clock: Clock) -> Practice:
    return Practice(progress, progress.add_learner(name), {"starter": pack}, clock=clock)


@pytest.fixture
def ana(progress, pack, clock):
    return learner_named(progress, pack, "Ana", clock)


def take(practice: Practice, rate=lambda item: 2 if item.truth == "misleading" else 5):
    """Take the wave due now, every item rated by ``rate``; the run and its result."""
    run = practice.start_check("starter", "disc")
    while run.next_item is not None:
        run = practice.answer(run, run.next_item.id, rate(run.next_item), 1500)
    return run, practice.finish_check(run)


def practise_today(practice: Practice) -> None:
    """Today's practice of one article, finished."""
    practice.practice_size = 1
    running = practice.start_todays_practice()
    answer_all_but(practice, running.next.item.article_id)
    assert practice.running_set().finished


def due_now(practice: Practice):
    now = practice.now()
    return [d for d in practice.checks_due() if d.is_due(now)]


# -- the Latin square -------------------------------------------------------------------------


@pytest.mark.parametrize("forms", [("A",), ("A", "B"), FORMS, ("A", "B", "C", "D", "E")])
def test_the_rows_form_a_latin_square(forms):
    square = [form_order(forms, p) for p in range(len(forms))]
    for row in square:
        assert sorted(row) == sorted(forms)  # every form once per learner
    for wave in zip(*square, strict=True):
        assert sorted(wave) == sorted(forms)  # every form once per wave
    # A learner's row is their enrolment order modulo the number of forms.
    assert form_order(forms, len(forms) + 1) == square[1 % len(forms)]


def test_over_a_multiple_of_the_square_every_order_comes_equally_often(progress, pack, clock):
    orders: Counter[tuple[str, ...]] = Counter()
    by_wave: dict[str, Counter[str]] = {}
    learners = [learner_named(progress, pack, f"Learner {n}", clock) for n in range(12)]
    for n, practice in enumerate(learners):  # enrolled in this order: the pre starts it
        run, _ = take(practice)
        assert run.wave == PRE
        assert progress.check_enrolment(practice.learner.id, _key(practice), "disc") == n
    for practice in learners:
        practise_today(practice)
        assert take(practice)[0].wave == POST
    clock.days(7)
    for practice in learners:
        assert take(practice)[0].wave == delayed(7)
        assert practice.checks_due() == []  # three forms: three waves, and no more
    for practice in learners:
        results = practice.check_results("starter", "disc")
        waves = tuple(r.wave for r in results)
        forms = tuple(r.form for r in results)
        assert waves == (PRE, POST, delayed(7))
        assert sorted(forms) == list(FORMS)  # each form once
        orders[forms] += 1
        for wave, form in zip(waves, forms, strict=True):
            by_wave.setdefault(wave, Counter())[form] += 1
        seen = [
            r.item_id
            for run in progress.check_runs(practice.learner.id, _key(practice), "disc")
            for r in run.responses
        ]
        assert len(seen) == 24 == len(set(seen))  # no item twice
    assert orders == {("A", "B", "C"): 4, ("B", "C", "A"): 4, ("C", "A", "B"): 4}
    assert all(counts == {"A": 4, "B": 4, "C": 4} for counts in by_wave.values())


def _key(practice: Practice) -> str:
    from spotit.practice.session import identity

    return identity(practice.packs["starter"])


def test_the_learners_row_is_their_enrolment_order_not_their_profiles(progress, pack, clock):
    # Profiles made A, B, C; the check started by C, then A, then B.
    a, b, c = (learner_named(progress, pack, n, clock) for n in "ABC")
    for practice, expected in ((c, "A"), (a, "B"), (b, "C")):
        due = practice.checks_due()[0]
        assert (due.wave, due.form) == (PRE, expected)
        assert take(practice)[0].form == expected


# -- the schedule -------------------------------------------------------------------------------


def test_the_waves_come_due_on_a_fixed_clock(ana, clock):
    (due,) = ana.checks_due()
    assert (due.wave, due.title, due.resume) == (PRE, "Credible or not?", False)
    assert due.is_due(clock.now)
    take(ana)
    assert ana.checks_due() == []  # nothing known until the learner practises
    with pytest.raises(PracticeError, match="No wave of the check 'Credible or not\\?' is due"):
        ana.start_check("starter", "disc")

    ana.practice_size = 2
    running = ana.start_todays_practice()
    answer_all_but(ana, running.next.item.article_id)
    first_practice = clock.now
    assert due_now(ana) == []  # today's practice is not finished: no post yet
    later = ana.checks_due()
    assert [(d.wave, d.due) for d in later] == [(delayed(7), day_start(first_practice, 7))]
    answer_all_but(ana, ana.running_set().next.item.article_id)
    (post,) = due_now(ana)
    assert post.wave == POST
    take(ana)

    (week,) = ana.checks_due()
    assert week.wave == delayed(7) and not week.is_due(clock.now)
    clock.now = day_start(first_practice, 7) - timedelta(minutes=1)
    assert due_now(ana) == []
    clock.now = day_start(first_practice, 7)
    assert [d.wave for d in due_now(ana)] == [delayed(7)]
    take(ana)
    clock.days(30)
    assert ana.checks_due() == []  # a fourth wave would need a fourth form


def test_without_the_post_check_the_delayed_waves_follow(ana, clock):
    assert ana.post_check and ana.check_delays == DEFAULT_DELAYS == (7, 30)
    ana.post_check = False
    take(ana)
    practise_today(ana)
    start = clock.now
    assert due_now(ana) == []
    clock.now = day_start(start, 7) + timedelta(hours=10)
    assert take(ana)[0].wave == delayed(7)
    (month,) = ana.checks_due()
    assert (month.wave, month.due) == (delayed(30), day_start(start, 30))
    clock.now = day_start(start, 30)
    assert take(ana)[0].wave == delayed(30)
    assert [r.wave for r in ana.check_results("starter", "disc")] == [PRE, delayed(7), delayed(30)]


def test_delays_are_a_setting_and_a_late_learner_takes_the_latest_wave_due(ana, clock):
    ana.check_delays = [14, 3]
    assert ana.check_delays == (3, 14)
    for bad in ([0], [400], [True], ["7"]):
        with pytest.raises(PracticeError, match="1 to 365 days"):
            ana.check_delays = bad
    assert ana.check_delays == (3, 14)
    take(ana)
    practise_today(ana)
    start = clock.now
    clock.days(20)  # both delayed waves are due: the earlier is missed
    (due,) = due_now(ana)
    assert due.wave == delayed(14)  # and the post is not offered so late
    assert take(ana)[0].wave == delayed(14)
    assert ana.checks_due() == []
    assert clock.now >= day_start(start, 14)


def test_the_post_follows_todays_practice_started_after_the_pre(ana, clock):
    practise_today(ana)  # practice first (before the pack had a check, say)
    clock.now += timedelta(minutes=5)
    (due,) = ana.checks_due()
    assert due.wave == PRE  # the pre is still offered: the first wave is the baseline
    run, _ = take(ana)
    assert ana.progress.check_runs(ana.learner.id, _key(ana), "disc")[0].attempts_before == 1
    assert due_now(ana) == []  # the finished set began before the pre
    clock.days(1)
    practise_today(ana)
    assert [d.wave for d in due_now(ana)] == [POST]


def test_next_wave_rules_on_their_own(clock):
    now = clock.now
    rules = dict(post_on=True, delays=(7, 30), now=now)
    assert next_wave([], 3, anchor=None, practice_finished=False, **rules) == (PRE, now)
    assert next_wave([PRE], 3, anchor=None, practice_finished=False, **rules) is None
    assert next_wave([PRE], 3, anchor=now, practice_finished=True, **rules) == (POST, now)
    assert (
        next_wave([PRE, POST, delayed(7)], 3, anchor=now, practice_finished=True, **rules) is None
    )
    later = next_wave([PRE, POST], 4, anchor=now, practice_finished=False, **rules)
    assert later == (delayed(7), day_start(now, 7))


# -- a run: order, answers, resuming, results ---------------------------------------------------


def test_items_come_in_a_shuffled_order_fixed_per_learner(progress, pack, clock):
    ana = learner_named(progress, pack, "Ana", clock)
    ben = learner_named(progress, pack, "Ben", clock)
    ana_run = ana.start_check("starter", "disc")
    assert ana_run.form == "A"
    written = [i.id for i in CHECK.form_items("A")]
    shown = [i.id for i in ana_run.items]
    assert sorted(shown) == sorted(written) and shown != written
    # The same learner's order is the same order again (a restart, a new Practice).
    again = Practice(progress, ana.learner, {"starter": pack}, clock=clock)
    assert [i.id for i in again.start_check("starter", "disc").items] == shown
    # Another learner taking form A (the fourth enrolled) gets another order.
    for name in ("Cleo", "Dev"):
        learner_named(progress, pack, name, clock).start_check("starter", "disc")
    eve = learner_named(progress, pack, "Eve", clock).start_check("starter", "disc")
    ben.start_check("starter", "disc")
    assert eve.form == "A" and [i.id for i in eve.items] != shown
    assert checks_module.item_order("seed", CHECK.form_items("A")) == checks_module.item_order(
        "seed", CHECK.form_items("A")
    )


def test_a_check_left_half_way_resumes_where_it_was(progress, pack, clock):
    ana = learner_named(progress, pack, "Ana", clock)
    run = ana.start_check("starter", "disc")
    for rating in (1, 6, 3):
        run = ana.answer(run, run.next_item.id, rating, 2000)
    restarted = Practice(progress, ana.learner, {"starter": pack}, clock=clock)
    (due,) = restarted.checks_due()
    assert (due.wave, due.form, due.resume) == (PRE, "A", True)
    resumed = restarted.start_check("starter", "disc")
    assert resumed.id == run.id and resumed.answered == 3
    assert resumed.items == run.items and resumed.next_item == run.items[3]
    assert [r.rating for r in resumed.responses] == [1, 6, 3]
    with pytest.raises(PracticeError, match="5 of the check's items are not answered"):
        restarted.finish_check(resumed)


def test_answers_keep_rating_time_and_truth_and_bad_ones_are_refused(ana, clock):
    run = ana.start_check("starter", "disc")
    first, second = run.items[0], run.items[1]
    for rating in (0, 7, True, "3", 2.5):
        with pytest.raises(PracticeError, match="A rating is 1 to 6"):
            ana.answer(run, first.id, rating, 100)
    for rt in (-1, 1.5, None):
        with pytest.raises(PracticeError, match="response time"):
            ana.answer(run, first.id, 4, rt)
    with pytest.raises(PracticeError, match=f"The item to answer is '{first.id}'"):
        ana.answer(run, second.id, 4, 100)
    run = ana.answer(run, first.id, 4, 3210)
    with pytest.raises(PracticeError):
        ana.answer(run, first.id, 5, 100)  # answered once
    (stored,) = ana.progress.check_runs(ana.learner.id, _key(ana), "disc")
    assert [(r.item_id, r.truth, r.rating, r.rt_ms, r.answered_at) for r in stored.responses] == [
        (first.id, first.truth, 4, 3210, "2026-03-02T09:00:00+00:00")
    ]


def test_finishing_gives_the_measures_and_the_run_is_then_closed(ana, clock):
    def perfect(item):
        return 1 if item.truth == "misleading" else 6

    run, result = take(ana, perfect)
    assert (result.wave, result.form) == (PRE, "A")
    m = result.measures
    assert (m.n_misleading, m.n_credible, m.V, m.d, m.n) == (4, 4, 8, 0, 0)
    assert m.auc == 1.0 and m.d_prime > 2 and abs(m.c) < 1e-9
    closed = ana.start_check  # nothing due now
    with pytest.raises(PracticeError):
        closed("starter", "disc")
    with pytest.raises(PracticeError, match="finished"):
        ana.answer(dataclass_replace(run, finished_at=result.finished_at), run.items[0].id, 3, 1)
    (kept,) = ana.check_results("starter", "disc")
    assert kept.measures == m and kept.finished_at == "2026-03-02T09:00:00+00:00"


def dataclass_replace(run, **changes):
    from dataclasses import replace

    return replace(run, **changes)


def test_every_rating_is_stored_as_given(ana):
    ratings = itertools.cycle([1, 2, 3, 4, 5, 6])
    run, result = take(ana, lambda item: next(ratings))
    (stored,) = ana.progress.check_runs(ana.learner.id, _key(ana), "disc")
    assert [r.rating for r in stored.responses] == [1, 2, 3, 4, 5, 6, 1, 2]
    assert [r.item_id for r in stored.responses] == [i.id for i in run.items]
    assert all(r.truth == TRUTH[r.item_id] for r in stored.responses)


def test_a_start_that_fails_half_way_leaves_the_learner_unenrolled(ana, monkeypatch):
    def broken(seed, items):
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(checks_module, "item_order", broken)
    with pytest.raises(RuntimeError):
        ana.start_check("starter", "disc")
    monkeypatch.undo()
    assert ana.progress.check_enrolled(_key(ana), "disc") == 0
    (due,) = ana.checks_due()
    assert (due.wave, due.resume) == (PRE, False)
    assert ana.start_check("starter", "disc").answered == 0


def test_a_pack_or_check_that_is_not_there_is_one_line(ana):
    with pytest.raises(PracticeError, match="The pack 'nope' is not open"):
        ana.start_check("nope", "disc")
    with pytest.raises(PracticeError, match="has no check 'other'"):
        ana.start_check("starter", "other")
