"""Spaced boosters: the learner's cards reviewed with FSRS (the ``fsrs`` package).

One card per learner and red-flag category, plus the calibration card for credible
articles (``spotit.core.review``). This module turns the stored cards into
``fsrs.Card``s and back, reviews them with ``fsrs.Scheduler.review_card`` and tells
how well each is retained now (``get_card_retrievability``). The scheduler's
parameters are the ones stored in the progress database. See docs/practice.md.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import fsrs

from spotit.core.progress import CardReview, ReviewCard
from spotit.core.review import CALIBRATION, CardRating

#: A card due within this much of now counts as due now: practising a little earlier in
#: the day than last time does not leave yesterday's one-day card out.
DUE_AHEAD = timedelta(hours=6)


def iso(moment: datetime) -> str:
    """A moment as stored: UTC, with its offset, to the second."""
    return moment.astimezone(UTC).isoformat(timespec="seconds")


def parse(text: str) -> datetime:
    return datetime.fromisoformat(text).astimezone(UTC)


def scheduler_from(parameters_json: str) -> fsrs.Scheduler:
    """The scheduler with the stored parameters (fsrs's defaults if none are stored)."""
    if parameters_json:
        try:
            return fsrs.Scheduler.from_json(parameters_json)
        except (ValueError, KeyError, TypeError):
            pass  # damaged or from another version: the defaults below, not a crash
    from spotit.store.progress import SCHEDULER_SETTINGS

    return fsrs.Scheduler(**SCHEDULER_SETTINGS)


def to_fsrs(card: ReviewCard) -> fsrs.Card:
    return fsrs.Card(
        card_id=card.id or 0,
        state=fsrs.State(card.state),
        step=card.step,
        stability=card.stability,
        difficulty=card.difficulty,
        due=parse(card.due),
        last_review=parse(card.last_review) if card.last_review else None,
    )


def new_card(key: str, now: datetime) -> ReviewCard:
    """A card never reviewed: learning, due now."""
    return ReviewCard(key, int(fsrs.State.Learning), 0, None, None, iso(now))


def review_cards(
    scheduler: fsrs.Scheduler,
    current: Mapping[str, ReviewCard],
    ratings: Sequence[CardRating],
    now: datetime,
    seconds_spent: int = 0,
) -> list[CardReview]:
    """Each rated card reviewed at ``now``: the cards as they are after, with their logs."""
    now = now.astimezone(UTC)
    duration = seconds_spent * 1000 if seconds_spent > 0 else None
    reviewed = []
    for rating in ratings:
        before = current.get(rating.card) or new_card(rating.card, now)
        after, _log = scheduler.review_card(
            to_fsrs(before), fsrs.Rating(int(rating.rating)), now, duration
        )
        card = ReviewCard(
            card=rating.card,
            state=int(after.state),
            step=after.step,
            stability=after.stability,
            difficulty=after.difficulty,
            due=iso(after.due),
            last_review=iso(after.last_review or now),
            reviews=before.reviews + 1,
            id=before.id,
        )
        reviewed.append(CardReview(card, int(rating.rating), rating.reason, iso(now), duration))
    return reviewed


@dataclass(frozen=True)
class CardDue:
    """One card of the learner: when it is due and how well it is retained now (0..1)."""

    card: str  # a category id, or CALIBRATION
    category: str | None  # the category id; None for the calibration card
    due: datetime  # UTC
    retrievability: float
    reviews: int = 0

    @property
    def is_calibration(self) -> bool:
        return self.card == CALIBRATION

    def as_json(self) -> dict:
        """As ``spotit practice plan --json`` prints it."""
        return {
            "card": "calibration" if self.is_calibration else self.card,
            "category": self.category,
            "due": iso(self.due),
            "retrievability": round(self.retrievability, 4),
        }


def card_due(scheduler: fsrs.Scheduler, card: ReviewCard, now: datetime) -> CardDue:
    fsrs_card = to_fsrs(card)
    return CardDue(
        card=card.card,
        category=None if card.card == CALIBRATION else card.card,
        due=fsrs_card.due,
        retrievability=float(scheduler.get_card_retrievability(fsrs_card, now.astimezone(UTC))),
        reviews=card.reviews,
    )


def is_due(card: CardDue, now: datetime) -> bool:
    return card.due <= now + DUE_AHEAD
