"""A learner's progress as every layer sees it: learners, drafts, attempts, class results.

Plain values: ``spotit.store.progress`` persists them, ``spotit.practice`` and
``spotit.classroom`` work with them, the widgets draw them. Moments are ISO 8601
text in UTC with an offset (``2026-03-04T13:05:00+00:00``); :func:`moment` reads
them back, and also the naive local times that older versions wrote.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime

from spotit.core.model import Flag
from spotit.core.sources import Move


def utc_now() -> str:
    """Now, in UTC with its offset, to the second: how every stored moment is written."""
    return datetime.now(UTC).isoformat(timespec="seconds")


def moment(iso: str | None) -> datetime | None:
    """A stored moment as an aware datetime; None if it cannot be read.

    A stamp without an offset was written by an older version as local time
    (``started_at`` was), so it is read as local time.
    """
    try:
        value = datetime.fromisoformat(iso or "")
    except (TypeError, ValueError):
        return None
    return value.astimezone() if value.tzinfo is None else value


def local_time_text(iso: str | None) -> str:
    """ "2025-03-04 14:05" in the local time zone: readable and the same in every locale."""
    value = moment(iso)
    return value.astimezone().strftime("%Y-%m-%d %H:%M") if value else (iso or "")


@dataclass(frozen=True)
class Learner:
    """A profile on this computer: one person's drafts and attempts."""

    id: int
    name: str


@dataclass(frozen=True)
class Draft:
    """Flags not yet submitted, kept with the text they were made on."""

    text_hash: str
    flags: list[Flag]
    seconds_spent: int
    hints_used: int = 0  # hints already shown: a resumed article shows them again
    #: What the learner looked up and opened so far (spotit.practice.investigation).
    moves: tuple[Move, ...] = ()


@dataclass(frozen=True)
class Attempt:
    """A submitted article: what the learner flagged and how it scored."""

    id: int
    pack_id: str
    pack_version: str
    article_id: str
    headline: str
    submitted_at: str
    seconds_spent: int
    score: int
    spotted_f1: float
    named_f1: float
    gold_count: int
    found_count: int
    invented_count: int
    flags: list[Flag]
    categories: list[dict]
    started_at: str = ""
    pack_key: str | None = None  # the pack's identity (store.progress.pack_identity)
    hints_used: int = 0  # hints the learner asked for before submitting
    #: The investigation's moves (searched, opened, flagged), in order.
    moves: tuple[Move, ...] = ()


@dataclass(frozen=True)
class ArticleStatus:
    """One article's record for one learner: how often submitted, best score, last time."""

    attempts: int
    best_score: int
    last_submitted_at: str


@dataclass(frozen=True)
class ClassResult:
    """One student's result on one article of a class session (a gradebook row)."""

    student: str
    position: int  # the article's place in the session, from 0
    article_id: str
    headline: str
    status: str  # "submitted" | "auto-submitted" (draft taken at the reveal) | "absent"
    score: int | None
    spotted_f1: float | None
    named_f1: float | None
    gold_count: int
    found_count: int  # red flags found, any category
    named_count: int  # red flags found with the right category
    partly_count: int
    missed_count: int
    invented_count: int  # flags that were not red flags
    flag_count: int
    seconds_spent: int | None
    submitted_at: str
    categories: tuple[dict, ...] = ()  # per category: category, gold, found, missed, ...
    flags: tuple[Flag, ...] = ()
    hints_used: int = 0  # hints the student asked for (each cost points, as in practice)


@dataclass(frozen=True)
class ClassSessionRecord:
    """A class session an instructor hosted on this computer."""

    id: int
    code: str
    pack_id: str
    pack_version: str
    pack_title: str
    article_ids: list[str]
    started_at: str
    ended_at: str  # "" while the session runs (or if the host stopped without ending it)


@dataclass(frozen=True)
class ReviewCard:
    """One of a learner's spaced-review cards: a category (or the calibration card) and
    where the scheduler has put it (the fields of ``fsrs.Card``; moments as UTC text)."""

    card: str  # a category id, or spotit.core.review.CALIBRATION
    state: int  # fsrs.State: 1 learning, 2 review, 3 relearning
    step: int | None
    stability: float | None
    difficulty: float | None
    due: str
    last_review: str | None = None
    reviews: int = 0  # how many attempts have reviewed it
    id: int | None = None  # its row in the progress database (None before it is stored)


@dataclass(frozen=True)
class CardReview:
    """A card reviewed by an attempt: the card as it is after, the rating and why."""

    card: ReviewCard
    rating: int  # spotit.core.review.Rating
    reason: str
    reviewed_at: str
    duration_ms: int | None = None


@dataclass(frozen=True)
class ReviewRecord:
    """A stored review: which attempt reviewed which card, how, and when it fell due next."""

    card: str
    attempt_id: int
    rating: int
    reason: str
    reviewed_at: str
    due: str
