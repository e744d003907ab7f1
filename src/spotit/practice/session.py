"""The Practice front door: one learner, the open packs, the progress database."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from spotit.core.article import PackArticle
from spotit.core.model import Annotation, Flag, PackMeta
from spotit.core.progress import Draft, Learner, utc_now
from spotit.core.taxonomy import DEFAULT_TAXONOMY, Category
from spotit.practice.library import LibraryEntry, library_entries
from spotit.store.pack import Pack
from spotit.store.progress import Progress, pack_identity

if TYPE_CHECKING:
    from spotit.core.scoring import Report
    from spotit.practice.history import History


class PracticeError(Exception):
    """What the learner asked for cannot be done; the message is one line."""


class PackLike(Protocol):
    """What practising needs of a pack: a built one, a class's or the editor's preview."""

    meta: PackMeta
    categories: list[Category]

    def category(self, category_id: str) -> Category | None: ...


@dataclass(frozen=True)
class OpenArticle:
    """An article opened for flagging: its pack, its text and key, and the saved draft."""

    pack: PackLike
    article: PackArticle
    draft: Draft | None = None
    started_at: str = ""  # UTC, when it was opened

    @property
    def key(self) -> tuple[str, str]:
        return (self.pack.meta.id, self.article.meta.id)


@dataclass(frozen=True)
class Submission:
    """The learner's answer: the flags on an open article, the time spent, the hints shown."""

    opened: OpenArticle
    flags: Sequence[Flag]
    seconds_spent: int
    hints_used: int = 0


@dataclass(frozen=True)
class Submitted:
    """A stored attempt and its feedback."""

    attempt_id: int
    report: Report


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return a == b


def identity(pack: PackLike) -> str:
    """What the learner's progress on ``pack`` is kept by: its id and its authors."""
    return pack_identity(pack.meta.id, pack.meta.authors)


def article_hints(article: PackArticle) -> list[str]:
    """The hints of an article's red flags and passage notes, in the order of the text.

    Notes give hints too, so a credible article offers them like a misinformation one
    and having hints gives no kind away. Text order gives nothing away that reading would
    not; a hint two passages share is given once.
    """
    hints: list[str] = []
    passages = [*article.annotations, *article.notes]
    for passage in sorted(passages, key=lambda p: (p.start, p.end)):
        hint = " ".join(passage.hint.split())
        if hint and hint not in hints:
            hints.append(hint)
    return hints


def score_flags(
    article: PackArticle,
    flags: Sequence[Flag],
    hints_used: int = 0,
    categories: Sequence[Category] = DEFAULT_TAXONOMY,
) -> Report:
    """The feedback on ``flags`` against the article's answer key and passage notes.

    ``hints_used``: how many of the article's hints the learner asked for (each costs a little);
    ``categories``: the pack's, which the feedback names.
    """
    from spotit.core.scoring import score  # loaded at the first submission, not at start-up

    return score(
        article.text, article.annotations, list(flags), article.notes, hints_used, categories
    )


class Practice:
    """One learner practising on the open packs; the learner's widgets ask it and draw."""

    def __init__(
        self, progress: Progress, learner: Learner, packs: Mapping[str, Pack] | None = None
    ) -> None:
        self.progress = progress
        self.learner = learner
        #: The open packs by id, in the order they were opened.
        self.packs: dict[str, Pack] = {}
        for pack in (packs or {}).values():
            self.add_pack(pack)

    # -- packs ------------------------------------------------------------------------
    def add_pack(self, pack: Pack) -> None:
        """List ``pack``; a pack with the same id is closed and replaced.

        Results kept by pack id alone (made before packs had an identity) become this
        pack's if no pack of that id has taken them yet.
        """
        old = self.packs.get(pack.meta.id)
        if old is not None and old is not pack:
            old.close()
        self.packs[pack.meta.id] = pack
        self.progress.claim(pack.meta.id, identity(pack))

    def clash(self, pack: Pack) -> Pack | None:
        """The open pack ``pack`` would replace although it is another file, if any.

        Only one pack of an id is open at a time: the learner decides (see
        ``MainWindow.open_pack_file``). Results are kept by :func:`identity`, so
        another author's pack with the same id does not show the open one's.
        """
        old = self.packs.get(pack.meta.id)
        if old is None or old is pack or _same_file(old.path, pack.path):
            return None
        return old

    def close_packs(self) -> None:
        for pack in self.packs.values():
            pack.close()
        self.packs.clear()

    def category_names(self) -> dict[str, str]:
        """Every known category's name by id: the default taxonomy, then the open packs'."""
        names = {c.id: c.name for c in DEFAULT_TAXONOMY}
        names.update({c.id: c.name for pack in self.packs.values() for c in pack.categories})
        return names

    # -- the library --------------------------------------------------------------------
    def library(self, with_status: bool = True) -> list[LibraryEntry]:
        """Every article of the open packs with this learner's status, in pack order.

        ``with_status=False`` lists them all as new without reading progress (for when
        it cannot be read: the articles can still be practised).
        """
        return library_entries(self.packs, self.progress if with_status else None, self.learner)

    # -- working on an article ------------------------------------------------------------
    def open(self, pack_id: str, article_id: str, fresh: bool = False) -> OpenArticle:
        """Open an article of an open pack (PackError if the pack cannot give it)."""
        pack = self.packs.get(pack_id)
        if pack is None:
            raise PracticeError(f"The pack {pack_id!r} is not open.")
        return self.open_article(pack, pack.article(article_id), fresh=fresh)

    def open_article(
        self, pack: PackLike, article: PackArticle, fresh: bool = False
    ) -> OpenArticle:
        """Open ``article`` with its saved draft, or ``fresh`` (the draft is dropped)."""
        key = (self.learner.id, pack.meta.id, article.meta.id)
        if fresh:
            self.progress.discard_draft(*key, identity(pack))
            draft = None
        else:
            draft = self.progress.draft(*key, article.text_hash, identity(pack))
        return OpenArticle(pack, article, draft, utc_now())

    def retry(self, opened: OpenArticle) -> OpenArticle:
        """The same article again, from no flags (earlier attempts stay in the history)."""
        return self.open_article(opened.pack, opened.article, fresh=True)

    def save_draft(
        self,
        opened: OpenArticle,
        flags: Sequence[Flag],
        seconds_spent: int,
        hints_used: int = 0,
    ) -> None:
        """Keep the flags made so far (and the hints shown), so the article resumes there."""
        self.progress.save_draft(
            self.learner.id,
            opened.pack.meta.id,
            opened.article.meta.id,
            opened.article.text_hash,
            flags,
            seconds_spent,
            identity(opened.pack),
            hints_used=hints_used,
        )

    def submit(self, submission: Submission) -> Submitted:
        """Score the flags, store the attempt and drop the draft (one transaction)."""
        opened = submission.opened
        pack, article = opened.pack.meta, opened.article
        report = score_flags(
            article, submission.flags, submission.hints_used, opened.pack.categories
        )
        attempt_id = self.progress.submit(
            self.learner.id,
            pack_id=pack.id,
            pack_version=pack.version,
            article_id=article.meta.id,
            headline=article.meta.headline,
            text=article.text,
            text_hash=article.text_hash,
            annotations=article.annotations,
            flags=submission.flags,
            report=report,
            seconds_spent=submission.seconds_spent,
            started_at=opened.started_at,
            pack_key=identity(opened.pack),
            hints_used=submission.hints_used,
        )
        return Submitted(attempt_id, report)

    # -- looking back -------------------------------------------------------------------------
    def history(self, category_names: Mapping[str, str] | None = None) -> History:
        """Attempts, per-category record and summary; ``category_names`` add or rename."""
        from spotit.practice.history import history_of  # the History page only, not start-up

        names = self.category_names()
        names.update(category_names or {})
        colors = {c.id: c.color for c in DEFAULT_TAXONOMY}
        # An attempt on another pack that shares an open pack's id is not that pack's
        # result: it would open (and read as) the open pack's article of that id.
        open_keys = {pack_id: identity(pack) for pack_id, pack in self.packs.items()}
        attempts = [
            a
            for a in self.progress.attempts(self.learner.id)
            if a.pack_id not in open_keys or a.pack_key in (None, open_keys[a.pack_id])
        ]
        rates = self.progress.category_rates(self.learner.id, attempts)
        return history_of(attempts, rates, names, colors)
