"""How a submitted attempt rates the learner's spaced-review cards (see docs/practice.md).

Each learner has one card per red-flag category and one *calibration* card for
credible articles. An attempt on an article with red flags reviews the card of every
category in its answer key; the worst verdict among that category's red flags decides
the rating. An attempt on a credible article (no red flags) reviews the calibration
card. The ratings mirror the four of FSRS (``fsrs.Rating``), which
``spotit.practice.boosters`` hands to the scheduler; this module needs no scheduler.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from enum import IntEnum
from typing import TYPE_CHECKING, Protocol

from spotit.core.scoring import FlagVerdict, GoldVerdict

if TYPE_CHECKING:
    from spotit.core.scoring import Report

#: The card reviewed by credible articles. Category ids are lower-case letters, digits
#: and dashes, so this key can never be a category's.
CALIBRATION = "~calibration"

#: "Quickly": at most this many seconds per word of the article's text (150 words a
#: minute: an ordinary reading pace, with little time left over for hesitating) ...
QUICK_SECONDS_PER_WORD = 0.4
#: ... and never less than this, so a very short article is not "slow" after half a minute.
QUICK_MIN_SECONDS = 30


class Rating(IntEnum):
    """How well a card was recalled; the values are ``fsrs.Rating``'s."""

    AGAIN = 1
    HARD = 2
    GOOD = 3
    EASY = 4

    @property
    def label(self) -> str:
        return self.name.capitalize()


class _Keyed(Protocol):
    category: str


@dataclass(frozen=True)
class CardRating:
    """One card an attempt reviews, its rating and why (in a few words)."""

    card: str  # a category id, or CALIBRATION
    rating: Rating
    reason: str


def quick_limit(text: str) -> float:
    """The most seconds an attempt on ``text`` may take to count as quick."""
    return max(QUICK_MIN_SECONDS, QUICK_SECONDS_PER_WORD * len(text.split()))


def is_quick(seconds_spent: int, text: str) -> bool:
    """Whether the attempt was quick; 0 seconds means "not measured", never quick."""
    return 0 < seconds_spent <= quick_limit(text)


#: The verdicts that rate a card Hard, and the words the reason uses for them.
_HARD = {
    GoldVerdict.PARTLY_FOUND: "partly found",
    GoldVerdict.TOO_BROAD: "found inside a flag too broad",
    GoldVerdict.WRONG_CATEGORY: "found with the wrong category",
}


def card_ratings(
    annotations: Sequence[_Keyed],
    report: Report,
    *,
    hints_used: int = 0,
    seconds_spent: int = 0,
    text: str = "",
) -> list[CardRating]:
    """The cards an attempt reviews, in the order their categories first appear in the key.

    ``annotations`` is the article's answer key as given to the scorer (``report.gold``
    indexes it); ``text`` the article's canonical text, whose length sets "quickly".

    - credible article (no red flags): the calibration card, Good with no flags, Again
      with any;
    - per category of the key, the worst verdict among its red flags: missed → Again;
      partly found, too broad or wrong category → Hard; found → Good, or Easy when the
      attempt was quick and had no flag that was not a red flag;
    - a hint used on the attempt makes every Good or Easy a Hard (Again stays Again).
    """
    if not annotations:
        if report.flags:
            n = len(report.flags)
            return [CardRating(CALIBRATION, Rating.AGAIN, f"credible, {n} flag{'s' * (n > 1)}")]
        return [CardRating(CALIBRATION, Rating.GOOD, "credible, no flags")]
    verdicts: dict[str, list[GoldVerdict]] = {}
    for result in sorted(report.gold, key=lambda g: g.index):
        verdicts.setdefault(annotations[result.index].category, []).append(result.verdict)
    invented = any(f.verdict == FlagVerdict.NOT_A_RED_FLAG for f in report.flags)
    quick = is_quick(seconds_spent, text)
    ratings = []
    for category, found in verdicts.items():
        if GoldVerdict.MISSED in found:
            missed = found.count(GoldVerdict.MISSED)
            of = f" ({missed} of {len(found)})" if len(found) > 1 else ""
            ratings.append(CardRating(category, Rating.AGAIN, f"missed{of}"))
            continue
        hard = next((_HARD[v] for v in found if v in _HARD), None)
        if hard:
            ratings.append(CardRating(category, Rating.HARD, hard))
        elif hints_used > 0:
            ratings.append(CardRating(category, Rating.HARD, "found, after a hint"))
        elif quick and not invented:
            ratings.append(CardRating(category, Rating.EASY, "found quickly"))
        else:
            ratings.append(CardRating(category, Rating.GOOD, "found"))
    return ratings
