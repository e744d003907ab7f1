"""Which lessons are offered before an article, through Practice (docs/tour-and-lessons.md).

What a learner relies on: each lesson is offered before the first article with its red
flag, once and never again (not after a restart either), and an offer never tells which
red flags the article has.
"""

from __future__ import annotations

import pytest
from tests.conftest import make_source

from spotit.content.source import read_pack_source
from spotit.practice import Practice
from spotit.practice.lessons import lessons_to_offer
from spotit.store.pack import build_pack, open_pack

ORDER = ["a", "b", "c", "d", "e", "f"]


def test_an_offer_runs_from_the_first_new_lesson_to_the_articles_last():
    assert lessons_to_offer(ORDER, {"a", "e"}, []) == ["a", "b", "c", "d", "e"]
    # Never fewer than three while three are left, whatever the article holds.
    assert lessons_to_offer(ORDER, {"a"}, []) == ["a", "b", "c"]
    assert lessons_to_offer(ORDER, set(), []) == ["a", "b", "c"]  # a credible article
    # What was offered once is never offered again.
    assert lessons_to_offer(ORDER, {"a", "e"}, ["a", "b", "c"]) == ["d", "e", "f"]
    assert lessons_to_offer(ORDER, {"f"}, ["a", "b", "c", "d"]) == ["e", "f"]
    assert lessons_to_offer(ORDER, {"b"}, ["a", "b", "c", "d", "e"]) == ["f"]  # one left
    assert lessons_to_offer(ORDER, {"a"}, ORDER) == []


@pytest.fixture
def order(practice) -> list[str]:
    """The starter's lessons, in lesson order."""
    return [lesson.category for lesson in practice.packs["starter"].lessons()]


def offer(practice: Practice, article_id: str) -> list[str]:
    """What is offered above the article, noted as offered as the app does."""
    chosen = practice.lessons_to_offer(practice.open("starter", article_id))
    practice.lessons_offered(chosen)
    return chosen


def test_a_new_learner_is_offered_every_lesson_up_to_the_articles_last(practice, order):
    # housing-miracle's red flags: headline mismatch, misleading number, false authority,
    # wrong fact; misleading number comes last among the lessons.
    assert offer(practice, "housing-miracle") == order[: order.index("misleading-number") + 1]
    for category in order[: order.index("misleading-number") + 1]:
        assert practice.has_seen(f"lesson-offered:{category}")
    assert not practice.has_seen("lesson-offered:filler")


def test_a_credible_article_is_offered_lessons_too(practice, order):
    assert offer(practice, "clinic-trial") == order[:3]


def test_the_next_article_is_offered_only_the_lessons_left(practice, order):
    offer(practice, "clinic-trial")
    # miracle-tea has red flags of nearly every kind, the last lesson's (filler) too.
    assert offer(practice, "miracle-tea") == order[3:]
    assert offer(practice, "miracle-tea") == []
    assert offer(practice, "clinic-trial") == []


def test_a_lesson_offered_is_never_offered_again_after_a_restart(practice, order):
    offer(practice, "clinic-trial")
    again = Practice(practice.progress, practice.learner, practice.packs)
    assert again.lessons_to_offer(again.open("starter", "clinic-trial")) == order[3:6]
    # Asking is not offering: nothing was noted, so the same is asked for again.
    assert again.lessons_to_offer(again.open("starter", "clinic-trial")) == order[3:6]
    # Another learner starts from the first lesson.
    bo = Practice(practice.progress, practice.progress.add_learner("Bo"), practice.packs)
    assert bo.lessons_to_offer(bo.open("starter", "clinic-trial")) == order[:3]


def test_a_pack_without_lessons_offers_none(practice, tmp_path):
    path = build_pack(read_pack_source(make_source(tmp_path / "src")), tmp_path / "demo.spotit")
    with open_pack(path) as demo:
        learner = Practice(practice.progress, practice.learner, {"demo": demo})
        assert learner.lessons_to_offer(learner.open("demo", "rocket")) == []
