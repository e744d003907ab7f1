"""The rating an attempt gives each card (spotit.core.review), case by case (docs/practice.md)."""

from __future__ import annotations

import pytest

from spotit.core.model import Annotation, Flag
from spotit.core.review import (
    CALIBRATION,
    QUICK_MIN_SECONDS,
    CardRating,
    Rating,
    card_ratings,
    is_quick,
    quick_limit,
)
from spotit.core.scoring import (
    FlagResult,
    FlagVerdict,
    GoldResult,
    GoldVerdict,
    Prf,
    Report,
    score,
)

# Invented training text: 60 words, so "quickly" is at most 30 s (the floor).
TEXT = (
    "Experts say the new canal in Wexbury will flood every home by spring. "
    "Everyone knows the council hid the survey. A spokesperson for the council said the "
    "survey is published on its website and that the canal has passed two inspections. "
    "Residents interviewed on Tuesday were divided about the works, which are due to finish "
    "in June after a delay of four months."
)


def gold(quote: str, category: str) -> Annotation:
    start = TEXT.index(quote)
    return Annotation(start, start + len(quote), category, quote, "Why it is a red flag.")


KEY = [
    gold("Experts say", "vague-source"),
    gold("Everyone knows the council hid the survey", "unsupported-claim"),
    gold("will flood every home by spring", "unsupported-claim"),
]
NONE = Prf(0, 0, 0)


def report(verdicts: list[GoldVerdict], flags: list[FlagVerdict] = ()) -> Report:
    gold = [GoldResult(n, v, 1.0, ()) for n, v in enumerate(verdicts)]
    mine = [FlagResult(n, 0, 1, "vague-source", v, ()) for n, v in enumerate(flags)]
    return Report(NONE, NONE, 0, gold, mine)


def rated(verdicts, flags=(), hints=0, seconds=0, key=KEY):
    return {
        r.card: (r.rating, r.reason)
        for r in card_ratings(
            key, report(verdicts, list(flags)), hints_used=hints, seconds_spent=seconds, text=TEXT
        )
    }


F, W, B, P, M = (
    GoldVerdict.FOUND,
    GoldVerdict.WRONG_CATEGORY,
    GoldVerdict.TOO_BROAD,
    GoldVerdict.PARTLY_FOUND,
    GoldVerdict.MISSED,
)


@pytest.mark.parametrize(
    ("verdict", "rating", "reason"),
    [
        (M, Rating.AGAIN, "missed"),
        (P, Rating.HARD, "partly found"),
        (B, Rating.HARD, "found inside a flag too broad"),
        (W, Rating.HARD, "found with the wrong category"),
        (F, Rating.GOOD, "found"),
    ],
)
def test_each_verdict_rates_its_category(verdict, rating, reason):
    got = rated([verdict, F, F], seconds=600)
    assert got["vague-source"] == (rating, reason)
    assert got["unsupported-claim"] == (Rating.GOOD, "found")


@pytest.mark.parametrize(
    ("second", "third", "rating"),
    [
        (F, F, Rating.GOOD),
        (F, P, Rating.HARD),
        (B, W, Rating.HARD),
        (P, M, Rating.AGAIN),
        (M, F, Rating.AGAIN),
    ],
)
def test_the_worst_verdict_of_a_category_decides(second, third, rating):
    assert rated([F, second, third], seconds=600)["unsupported-claim"][0] == rating


def test_two_red_flags_of_a_category_missed_says_how_many():
    assert rated([F, M, F])["unsupported-claim"] == (Rating.AGAIN, "missed (1 of 2)")


def test_found_quickly_with_no_flag_that_was_not_a_red_flag_is_easy():
    assert rated([F, F, F], seconds=25)["vague-source"] == (Rating.EASY, "found quickly")


def test_quick_but_with_a_flag_that_was_not_a_red_flag_is_only_good():
    got = rated([F, F, F], [FlagVerdict.CORRECT, FlagVerdict.NOT_A_RED_FLAG], seconds=25)
    assert got["vague-source"] == (Rating.GOOD, "found")


def test_slow_or_unmeasured_is_good_not_easy():
    assert rated([F, F, F], seconds=31)["vague-source"][0] == Rating.GOOD
    assert rated([F, F, F], seconds=0)["vague-source"][0] == Rating.GOOD  # not measured


@pytest.mark.parametrize(
    ("verdict", "seconds", "rating"),
    [(F, 25, Rating.HARD), (F, 600, Rating.HARD), (P, 600, Rating.HARD), (M, 25, Rating.AGAIN)],
)
def test_a_hint_caps_the_rating_at_hard(verdict, seconds, rating):
    assert rated([verdict, F, F], hints=1, seconds=seconds)["vague-source"][0] == rating
    if verdict == F:
        assert rated([verdict, F, F], hints=1)["vague-source"][1] == "found, after a hint"


def test_only_the_categories_of_the_key_are_reviewed_in_key_order():
    ratings = card_ratings(KEY, report([F, F, F]), text=TEXT)
    assert [r.card for r in ratings] == ["vague-source", "unsupported-claim"]
    assert CALIBRATION not in {r.card for r in ratings}


def test_a_credible_article_reviews_the_calibration_card():
    assert card_ratings([], report([]), text=TEXT) == [
        CardRating(CALIBRATION, Rating.GOOD, "credible, no flags")
    ]
    flagged = card_ratings([], report([], [FlagVerdict.NOT_A_RED_FLAG] * 2), text=TEXT)
    assert flagged == [CardRating(CALIBRATION, Rating.AGAIN, "credible, 2 flags")]
    # Hints do not change it: the calibration card asks only whether anything was flagged.
    assert card_ratings([], report([]), hints_used=2, text=TEXT)[0].rating == Rating.GOOD


def test_quickly_is_0_4_seconds_a_word_with_a_floor():
    assert quick_limit("word " * 10) == QUICK_MIN_SECONDS
    assert quick_limit("word " * 300) == pytest.approx(120)
    assert is_quick(120, "word " * 300) and not is_quick(121, "word " * 300)
    assert not is_quick(0, "word " * 300)


def test_the_ratings_are_fsrs_ratings():
    import fsrs

    assert {r.name: int(r) for r in Rating} == {r.name.upper(): int(r) for r in fsrs.Rating}


def test_with_the_real_scorer():
    flags = [
        Flag(KEY[0].start, KEY[0].end, "vague-source"),
        Flag(KEY[2].start, KEY[2].end, "loaded-language"),
    ]
    result = score(TEXT, KEY, flags)
    assert [g.verdict for g in result.gold] == [F, M, W]
    got = {r.card: r.rating for r in card_ratings(KEY, result, seconds_spent=20, text=TEXT)}
    assert got == {"vague-source": Rating.EASY, "unsupported-claim": Rating.AGAIN}
