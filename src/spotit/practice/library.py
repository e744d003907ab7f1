"""The library as one learner sees it: every article of the open packs with its status."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from spotit.core.i18n import QT_TRANSLATE_NOOP
from spotit.core.progress import Learner, local_time_text
from spotit.core.sources import TranslatedTable
from spotit.store.pack import Pack
from spotit.store.progress import Progress, pack_identity

NEW, IN_PROGRESS, DONE = "New", "In progress", "Done"
#: Read in the user's language (``DIFFICULTY_LABELS[level]``, ``.get``, ``.items()``).
DIFFICULTY_LABELS = TranslatedTable(
    "LibraryPage",
    {
        1: QT_TRANSLATE_NOOP("LibraryPage", "●○○ Easy"),
        2: QT_TRANSLATE_NOOP("LibraryPage", "●●○ Medium"),
        3: QT_TRANSLATE_NOOP("LibraryPage", "●●● Hard"),
    },
)


@dataclass(frozen=True)
class LibraryEntry:
    """One article of an open pack, with this learner's record on it."""

    pack_id: str
    pack_title: str
    article_id: str
    position: int  # the article's place in its pack
    headline: str
    outlet: str
    difficulty: int
    tags: tuple[str, ...]
    status: str  # NEW, IN_PROGRESS or DONE
    attempts: int = 0
    best_score: int | None = None
    last_attempt: str = ""  # when last submitted (UTC, ISO 8601); "" if never
    event: str = ""  # the invented event it reports; others sharing it cover the same story

    @property
    def key(self) -> tuple[str, str]:
        """(pack id, article id): what opens the article."""
        return (self.pack_id, self.article_id)

    @property
    def difficulty_label(self) -> str:
        return DIFFICULTY_LABELS.get(self.difficulty, str(self.difficulty))

    @property
    def last_attempt_text(self) -> str:
        """The last attempt in local time, or "—"."""
        return local_time_text(self.last_attempt) if self.last_attempt else "—"


def library_entries(
    packs: Mapping[str, Pack], progress: Progress | None, learner: Learner
) -> list[LibraryEntry]:
    """Every article of ``packs`` in pack order, with ``learner``'s status on each.

    Without ``progress`` (when it cannot be read) every article is listed as new.
    """
    entries = []
    for pack in packs.values():
        key = pack_identity(pack.meta.id, pack.meta.authors)
        status = progress.article_status(learner.id, pack.meta.id, key) if progress else {}
        drafts = progress.drafted_articles(learner.id, pack.meta.id, key) if progress else set()
        for position, summary in enumerate(pack.articles()):
            meta = summary.meta
            done = status.get(meta.id)
            entries.append(
                LibraryEntry(
                    pack_id=pack.meta.id,
                    pack_title=pack.meta.title,
                    article_id=meta.id,
                    position=position,
                    headline=meta.headline,
                    outlet=meta.outlet,
                    difficulty=meta.difficulty,
                    tags=tuple(meta.tags),
                    status=DONE if done else IN_PROGRESS if meta.id in drafts else NEW,
                    attempts=done.attempts if done else 0,
                    best_score=done.best_score if done else None,
                    last_attempt=(done.last_submitted_at or "") if done else "",
                    event=summary.event,
                )
            )
    return entries


def same_story(entry: LibraryEntry, entries: Iterable[LibraryEntry]) -> list[LibraryEntry]:
    """The other articles of ``entry``'s pack that report the same invented event.

    Coverage pairs: one outlet reports the event credibly, another does not. Only within
    one pack, where the event ids are the author's.
    """
    if not entry.event:
        return []
    return [
        e
        for e in entries
        if e.event == entry.event and e.pack_id == entry.pack_id and e.key != entry.key
    ]


def tags_of(entries: Iterable[LibraryEntry]) -> list[str]:
    """Every topic tag of the entries, sorted."""
    return sorted({tag for entry in entries for tag in entry.tags})


def next_article(entries: Sequence[LibraryEntry]) -> LibraryEntry | None:
    """What "Next article" opens, from the entries in the order shown.

    The first article not done yet (new or in progress); when all are done,
    the one with the lowest best score (the first of those, on a tie).
    """
    for entry in entries:
        if entry.status != DONE:
            return entry
    if not entries:
        return None
    return min(entries, key=lambda e: -1 if e.best_score is None else e.best_score)
