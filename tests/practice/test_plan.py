"""Today's practice rules (spotit.practice.plan.choose), on invented articles and cards.

Size, the credible share, the last-week rule, due categories first (most overdue first),
new categories in the order of their lessons, and the reason of every item.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from types import SimpleNamespace

import pytest

from spotit.core.review import CALIBRATION
from spotit.practice import Practice
from spotit.practice.boosters import CardDue
from spotit.practice.plan import PlanArticle, choose, credible_slots

NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
NAMES = {
    "vague": "Vague source",
    "number": "Misleading number",
    "filler": "Filler",
    "quote": "Unsourced quote",
}
ORDER = ["vague", "number", "filler", "quote"]


def art(article_id, *categories, difficulty=1, pack="p"):
    return PlanArticle(pack, article_id, 0, tuple(categories), difficulty)


ARTICLES = [
    art("a1", "vague", "number"),
    art("a2", "number"),
    art("a3", "filler", "vague", "number"),
    art("a4", "quote"),
    art("a5", "vague"),
    art("a6", "filler"),
    art("c1"),
    art("c2"),
    art("c3"),
]
CREDIBLE = {"c1", "c2", "c3"}


def card(category, days_from_now, retrievability=0.8):
    key = category or CALIBRATION
    return CardDue(key, category, NOW + timedelta(days=days_from_now), retrievability)


def plan(cards=(), last_done=None, size=5, articles=ARTICLES, order=ORDER):
    return choose(articles, list(cards), order, NAMES, last_done or {}, NOW, size)


@pytest.mark.parametrize("size", [1, 2, 3, 4, 5, 6, 7, 8, 9])
def test_size_and_one_credible_article_in_three(size):
    items = plan(size=size)
    assert len(items) == size
    assert len({i.key for i in items}) == size  # never the same article twice
    credible = [i for i in items if i.article_id in CREDIBLE]
    assert len(credible) == (size // 3 if size >= 3 else 0) == credible_slots(size, False)
    assert all(i.reason == "credible check" for i in credible)
    for n, item in enumerate(items):
        if item.article_id in CREDIBLE:
            assert (n + 1) % 3 == 0  # the third, sixth, ninth place


def test_due_categories_come_first_most_overdue_first():
    cards = [card("vague", 3), card("number", -1), card("filler", -4), card("quote", 10)]
    items = plan(cards)
    assert items[0].reason == "due: filler"
    # a3 has filler, vague and number: the most of what is due; number is covered by it,
    # so the next article is for what is due soonest after.
    assert items[0].article_id == "a3"
    assert items[1].reason == "due soon: unsourced quote"
    assert [c.card for c in sorted(cards, key=lambda c: c.due)][:2] == ["filler", "number"]
    without_a3 = plan(cards, articles=[a for a in ARTICLES if a.article_id != "a3"])
    assert [i.reason for i in without_a3[:2]] == ["due: filler", "due: misleading number"]


def test_an_article_covering_more_due_categories_is_preferred():
    cards = [card("vague", -2), card("number", -1), card("filler", 5), card("quote", 6)]
    first = plan(cards)[0]
    assert first.reason == "due: vague source"
    assert first.article_id in ("a1", "a3")  # both vague and number, not a5 (vague alone)


def test_with_nothing_due_new_categories_come_first_in_lesson_order():
    cards = [card("vague", 5)]
    items = [
        i
        for i in plan(cards, order=["quote", "filler", "number", "vague"])
        if i.article_id not in CREDIBLE
    ]
    assert [i.reason for i in items][:3] == [
        "new: unsourced quote",
        "new: filler",
        "new: misleading number",
    ]
    # One new category at a time: for filler, a6 (filler alone) rather than a3 (with number).
    assert items[1].article_id == "a6"


def test_new_categories_follow_the_given_order_not_the_articles():
    first = plan(order=["number", "vague", "filler", "quote"])[0]
    assert first.reason == "new: misleading number" and first.article_id == "a2"


def test_an_article_done_in_the_last_week_is_not_chosen_if_another_fits():
    cards = [card("vague", -1), card("number", 5), card("filler", 5), card("quote", 5)]
    recent = {("p", "a1"): NOW - timedelta(days=2), ("p", "a3"): NOW - timedelta(days=6)}
    first = plan(cards, recent)[0]
    assert first.reason == "due: vague source" and first.article_id == "a5"
    # Eight days ago is not "the last week": a3 then fits, and a5 (yesterday) does not.
    older = {**recent, ("p", "a3"): NOW - timedelta(days=8), ("p", "a5"): NOW - timedelta(days=1)}
    assert plan(cards, older)[0].article_id == "a3"


def test_an_article_done_this_week_is_chosen_when_no_other_fits():
    cards = [card("quote", -1)]
    done = {("p", "a4"): NOW - timedelta(hours=3)}
    items = plan(cards, done)
    assert items[0].key == ("p", "a4") and items[0].reason == "due: unsourced quote"


def test_recent_credible_articles_come_last():
    done = {("p", "c1"): NOW - timedelta(days=1), ("p", "c2"): NOW - timedelta(days=20)}
    credible = [i.article_id for i in plan(size=9, last_done=done) if i.article_id in CREDIBLE]
    assert credible == ["c3", "c2", "c1"]  # never done, done long ago, done yesterday


def test_a_due_calibration_card_adds_a_credible_article_where_it_is_due():
    cards = [card("vague", -1), card("number", -3), card(None, -2)]
    items = plan(cards)
    credible = [(n, i.reason) for n, i in enumerate(items) if i.article_id in CREDIBLE]
    assert len(credible) == 2 == credible_slots(5, True)
    assert credible[0] == (1, "due: over-flagging check")  # after number (3 days), before vague
    assert credible[1][1] == "credible check"
    # Not due: one credible article, the plain check.
    calm = plan([card("vague", -1), card(None, 20)])
    assert [i.reason for i in calm if i.article_id in CREDIBLE] == ["credible check"]


def test_every_item_has_a_short_reason():
    items = plan([card("vague", -1)], size=9)
    assert all(i.reason and len(i.reason) < 40 for i in items)
    kinds = {i.reason.split(":")[0] for i in items}
    assert kinds <= {"due", "new", "due soon", "practice", "credible check"}


def test_few_articles_give_a_shorter_set():
    assert len(plan(articles=[art("x", "vague"), art("c")], size=5)) == 2
    assert plan(articles=[], size=5) == []
    assert plan(size=0) == []


def test_a_card_due_within_six_hours_counts_as_due():
    items = plan([card("quote", 0.2), card("vague", 0.3)])
    assert items[0].reason == "due: unsourced quote"
    assert plan([card("quote", 0.3)])[0].reason != "due: unsourced quote"


class WithLessons:
    """A built pack that also has lessons, in an order of the test's choosing."""

    def __init__(self, pack, order):
        self._pack, self._order = pack, order

    def __getattr__(self, name):
        return getattr(self._pack, name)

    def lessons(self):
        return [SimpleNamespace(category=c) for c in self._order]


def test_through_practice_new_categories_come_in_the_order_of_the_packs_lessons(practice):
    pack = practice.packs["starter"]
    order = ["filler", "logical-fallacy", "genre-signal"]
    with_lessons = Practice(
        practice.progress, practice.learner, {"starter": WithLessons(pack, order)}
    )
    names = practice.category_names()
    full = [*order, *(c.id for c in pack.categories if c.id not in order)]
    rank = {f"new: {names[c][0].lower()}{names[c][1:]}": n for n, c in enumerate(full)}
    reasons = [i.reason for i in with_lessons.todays_practice().items if i.reason in rank]
    assert len(reasons) >= 3 and reasons[0] == "new: filler that supports nothing"
    assert reasons == sorted(reasons, key=rank.get)  # in lesson order
    # Without lessons (a pack of format 1 or 2), the pack's own category order.
    without = Practice(practice.progress, practice.learner, {"starter": WithLessons(pack, [])})
    plain = [i.reason for i in without.todays_practice().items if i.reason != "credible check"]
    first = pack.categories[0]
    assert plain[0] == f"new: {first.name[0].lower()}{first.name[1:]}"


def test_the_packs_one_query_gives_each_articles_categories_as_its_answer_key(practice):
    pack = practice.packs["starter"]
    listed = pack.article_categories()
    for summary in pack.articles():
        key = pack.article(summary.meta.id).annotations
        assert listed.get(summary.meta.id, ()) == tuple(dict.fromkeys(a.category for a in key))
