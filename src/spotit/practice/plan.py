"""Today's practice: a short set of articles chosen from the learner's cards.

Plain data in, plain data out (no database, no scheduler): ``Practice.todays_practice``
gathers the open packs' articles, the learner's cards and when each article was last
done, and :func:`choose` picks. The rules (docs/practice.md):

- the categories due first are covered first (most overdue first); with none due, new
  categories (no card yet) come first, in the order of their lessons, then the ones due
  soonest;
- at least one credible article in three (⌊size/3⌋ of them, at least one when the set
  has three or more), one more when the calibration card is due;
- never an article done in the last week if another article fits.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from spotit.core.i18n import QT_TRANSLATE_NOOP, translate
from spotit.practice.boosters import CardDue, is_due

DEFAULT_SIZE = 5
MAX_SIZE = 20
#: An article done more recently than this is chosen only when no other fits.
RECENT = timedelta(days=7)


@dataclass(frozen=True)
class PlanItem:
    """One article of today's practice and why it was chosen ("due: vague source")."""

    pack_id: str
    article_id: str
    reason: str

    @property
    def key(self) -> tuple[str, str]:
        return (self.pack_id, self.article_id)


@dataclass(frozen=True)
class PracticeSet:
    """Today's practice: the articles in order, the cards due now, when the next falls due."""

    items: list[PlanItem]
    due: list[CardDue] = field(default_factory=list)  # most overdue first
    next_due: datetime | None = None  # the earliest card not yet due, if any

    @property
    def categories_due(self) -> list[str]:
        """The ids of the categories due now (the calibration card left out)."""
        return [c.category for c in self.due if c.category]


@dataclass(frozen=True)
class PlanArticle:
    """What choosing needs of an article: where it is, its kind, its red flags' categories."""

    pack_id: str
    article_id: str
    position: int  # its place in its pack
    categories: tuple[str, ...]  # of its answer key, in text order; () for a credible article
    difficulty: int = 1

    @property
    def credible(self) -> bool:
        return not self.categories


def _short(name: str) -> str:
    """A category's name as it reads inside a sentence: "Vague source" -> "vague source"."""
    if len(name) > 1 and name[0].isupper() and not name[1].isupper():
        return name[0].lower() + name[1:]
    return name


def credible_slots(size: int, calibration_due: bool) -> int:
    """How many credible articles a set of ``size`` has."""
    slots = size // 3 if size >= 3 else 0
    return min(size, slots + (1 if calibration_due else 0))


def choose(
    articles: Sequence[PlanArticle],
    cards: Sequence[CardDue],
    order: Sequence[str],
    names: Mapping[str, str],
    last_done: Mapping[tuple[str, str], datetime],
    now: datetime,
    size: int = DEFAULT_SIZE,
) -> list[PlanItem]:
    """Today's practice set (see the module's rules), at most ``size`` articles.

    ``cards``: every card of the learner; ``order``: the categories in the order their
    lessons come (then the packs' own order); ``last_done``: when each (pack id, article
    id) was last submitted.
    """
    if size <= 0 or not articles:
        return []
    named = {c: _short(names.get(c, c)) for a in articles for c in a.categories}
    place = {a: n for n, a in enumerate(articles)}  # packs in the order opened, then pack order
    practicable = set(named)
    by_card = {c.card: c for c in cards}
    calibration = next((c for c in cards if c.is_calibration), None)
    calibration_due = calibration is not None and is_due(calibration, now)

    seen_order = list(dict.fromkeys([*order, *(c for a in articles for c in a.categories)]))
    lesson_rank = {c: n for n, c in enumerate(seen_order)}

    def by_due(c: CardDue) -> tuple:  # ties (cards reviewed together) in lesson order
        return (c.due, lesson_rank.get(str(c.category), len(lesson_rank)))

    due = sorted((c for c in cards if c.category in practicable and is_due(c, now)), key=by_due)
    later = sorted(
        (c for c in cards if c.category in practicable and not is_due(c, now)), key=by_due
    )
    new = [c for c in seen_order if c in practicable and c not in by_card]
    targets: list[tuple[str, str]] = [(str(c.category), "due") for c in due]
    targets += [(c, "new") for c in new]
    targets += [(str(c.category), "due soon") for c in later]
    due_set = {c for c, kind in targets if kind == "due"}
    new_set = set(new)

    def fresh(a: PlanArticle) -> bool:
        done = last_done.get((a.pack_id, a.article_id))
        return done is None or now - done >= RECENT

    def last(a: PlanArticle) -> datetime:
        return last_done.get((a.pack_id, a.article_id)) or datetime.min.replace(tzinfo=now.tzinfo)

    misinformation = [a for a in articles if not a.credible]
    credible = [a for a in articles if a.credible]
    wanted_credible = credible_slots(size, calibration_due)
    slots = size - min(wanted_credible, len(credible))

    chosen: list[tuple[PlanArticle, str]] = []
    covered: set[str] = set()
    for category, kind in targets:
        if len(chosen) >= slots:
            break
        if category in covered:
            continue
        taken = {a for a, _ in chosen}
        fits = [a for a in misinformation if category in a.categories and a not in taken]
        if not fits:
            continue
        pool = [a for a in fits if fresh(a)] or fits
        if kind == "new":
            # Meet one new category at a time: fewest other new ones, easier first.
            best = min(
                pool,
                key=lambda a: (
                    len((set(a.categories) & new_set) - covered - {category}),
                    a.difficulty,
                    last(a),
                    place[a],
                ),
            )
        else:
            # Cover as many of the other due categories as possible in one article.
            best = min(
                pool,
                key=lambda a: (
                    -len((set(a.categories) & due_set) - covered),
                    last(a),
                    place[a],
                ),
            )
        chosen.append((best, f"{kind}: {named[category]}"))
        covered.update(best.categories)

    # Slots left (every category covered): more of what is due soonest, least recent first.
    rank = {c: n for n, (c, _) in enumerate(targets)}
    taken = {a for a, _ in chosen}
    spare = sorted(
        (a for a in misinformation if a not in taken),
        key=lambda a: (
            not fresh(a),
            min((rank.get(c, len(rank)) for c in a.categories), default=len(rank)),
            last(a),
            place[a],
        ),
    )
    for a in spare[: max(0, slots - len(chosen))]:
        first = min(a.categories, key=lambda c: rank.get(c, len(rank)))
        chosen.append((a, f"practice: {named[first]}"))

    credible_pool = sorted(credible, key=lambda a: (not fresh(a), last(a), place[a]))
    credible_picks = credible_pool[: size - len(chosen)]
    items = [PlanItem(a.pack_id, a.article_id, reason) for a, reason in chosen]
    # One credible article in every three: the third, sixth, ... place; the calibration
    # card's check, when due, where its overdueness puts it among the due categories.
    check = credible_picks[:1] if calibration_due and calibration is not None else []
    for n, a in enumerate(credible_picks[len(check) :]):
        items.insert(
            min(3 * n + 2, len(items)), PlanItem(a.pack_id, a.article_id, "credible check")
        )
    if check and calibration is not None:
        place = sum(1 for c in due if c.due < calibration.due)
        a = check[0]
        items.insert(
            min(place, len(items)), PlanItem(a.pack_id, a.article_id, "due: over-flagging check")
        )
    return items[:size]


#: The reasons an item is chosen for, as stored with today's set (in English: it is data)
#: and as the learner reads them: see :func:`shown_reason`.
_FIXED_REASONS = {
    "credible check": QT_TRANSLATE_NOOP("TodaysPractice", "credible check"),
    "due: over-flagging check": QT_TRANSLATE_NOOP("TodaysPractice", "due: over-flagging check"),
}
_CATEGORY_REASONS = {
    "due": QT_TRANSLATE_NOOP("TodaysPractice", "due: {category}"),
    "new": QT_TRANSLATE_NOOP("TodaysPractice", "new: {category}"),
    "due soon": QT_TRANSLATE_NOOP("TodaysPractice", "due soon: {category}"),
    "practice": QT_TRANSLATE_NOOP("TodaysPractice", "practice: {category}"),
}


def shown_reason(reason: str) -> str:
    """A :class:`PlanItem`'s reason in the user's language ("new: Unsourced quote");
    a reason of another kind as it is."""
    if reason in _FIXED_REASONS:
        return translate("TodaysPractice", _FIXED_REASONS[reason])
    kind, colon, category = reason.partition(": ")
    if colon and kind in _CATEGORY_REASONS:
        return translate("TodaysPractice", _CATEGORY_REASONS[kind]).format(category=category)
    return reason
