"""The Practice front door: one learner, the open packs, the progress database."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from spotit.core.article import PackArticle
from spotit.core.i18n import COUNT, counted, translate
from spotit.core.model import Flag, Lesson, PackMeta
from spotit.core.progress import CardReview, Draft, Learner, moment, utc_now
from spotit.core.taxonomy import DEFAULT_TAXONOMY, Category, shown_categories
from spotit.practice.library import LibraryEntry, library_entries
from spotit.store.pack import Pack
from spotit.store.progress import Progress, pack_identity

if TYPE_CHECKING:
    from spotit.core.model import Check
    from spotit.core.scoring import Report
    from spotit.core.sources import Move
    from spotit.practice.boosters import CardDue
    from spotit.practice.checks import CheckDue, CheckRun, WaveResult
    from spotit.practice.history import History
    from spotit.practice.investigation import InvestigationFeedback
    from spotit.practice.plan import PlanArticle, PracticeSet
    from spotit.practice.today import RunningSet

#: What "now" comes from: a function giving a moment as stored text (``utc_now``) or an
#: aware datetime. Tests, ``--at`` and the replay give a fixed or stepping one.
Clock = Callable[[], "str | datetime"]


class PracticeError(Exception):
    """What the learner asked for cannot be done; the message is one line."""


class PackLike(Protocol):
    """What practising needs of a pack: a built one, a class's or the editor's preview."""

    meta: PackMeta
    categories: list[Category]

    def category(self, category_id: str) -> Category | None: ...

    def lessons(self) -> list[Lesson]:
        """Its lessons in the order learners meet them (none for a class's or a preview)."""
        ...


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
    """The learner's answer: the flags on an open article, the time spent, the hints shown,
    and what was looked up in the pack's sources (``Investigation.moves``)."""

    opened: OpenArticle
    flags: Sequence[Flag]
    seconds_spent: int
    hints_used: int = 0
    moves: tuple[Move, ...] = ()


@dataclass(frozen=True)
class Submitted:
    """A stored attempt and its feedback."""

    attempt_id: int
    report: Report
    #: The spaced-review cards the attempt reviewed, as they are after (docs/practice.md).
    reviews: tuple[CardReview, ...] = ()
    #: The credit for checking sources (docs/practice.md, "Investigating: the SIFT moves");
    #: None when the pack has no sources to investigate.
    investigation: InvestigationFeedback | None = None


def iso_of(when: datetime) -> str:
    """A moment as every stored moment is written: UTC with its offset, to the second."""
    return when.astimezone(UTC).isoformat(timespec="seconds")


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

    # The feedback quotes the categories: default ones the pack kept, in the UI language.
    shown = shown_categories(categories)
    return score(article.text, article.annotations, list(flags), article.notes, hints_used, shown)


class Practice:
    """One learner practising on the open packs; the learner's widgets ask it and draw."""

    def __init__(
        self,
        progress: Progress,
        learner: Learner,
        packs: Mapping[str, Pack] | None = None,
        clock: Clock = utc_now,
    ) -> None:
        self.progress = progress
        self.learner = learner
        #: Where every "now" comes from (opening, drafts, submitting, today's practice).
        self.clock = clock
        self._scheduler = None
        self._plan_index: dict[str, tuple[object, list[PlanArticle], list[str]]] = {}
        #: The open packs by id, in the order they were opened.
        self.packs: dict[str, Pack] = {}
        #: Today's practice chooses from the packs in this language ("de", "en-GB"; any
        #: tag of the same language counts), or from all of them when it is "".
        self.practice_language = ""
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
        names = {c.id: c.name for c in shown_categories(DEFAULT_TAXONOMY)}
        names.update(
            {
                c.id: c.name
                for pack in self.packs.values()
                for c in shown_categories(pack.categories)
            }
        )
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
        return OpenArticle(pack, article, draft, self.now_text())

    def retry(self, opened: OpenArticle) -> OpenArticle:
        """The same article again, from no flags (earlier attempts stay in the history)."""
        return self.open_article(opened.pack, opened.article, fresh=True)

    def save_draft(
        self,
        opened: OpenArticle,
        flags: Sequence[Flag],
        seconds_spent: int,
        hints_used: int = 0,
        moves: Sequence[Move] = (),
    ) -> None:
        """Keep the flags made so far (the hints shown, the investigation's moves), so the
        article resumes there."""
        self.progress.save_draft(
            self.learner.id,
            opened.pack.meta.id,
            opened.article.meta.id,
            opened.article.text_hash,
            flags,
            seconds_spent,
            identity(opened.pack),
            hints_used=hints_used,
            updated_at=self.now_text(),
            moves=moves,
        )

    def submit(self, submission: Submission) -> Submitted:
        """Score the flags, store the attempt, drop the draft and review the cards.

        One transaction: the attempt, its investigation's moves, its draft gone, and every
        card it reviewed (one per category of the article's answer key, or the calibration
        card for a credible article; see docs/practice.md) are kept together or not at all.
        On a pack with sources, the feedback credits the moves (``Submitted.investigation``).
        With an LRS configured, its statements (the attempt, and today's practice when
        this finishes it; ``spotit.practice.lrs``) are queued in that transaction too.
        """
        from spotit.core.review import card_ratings
        from spotit.practice import lrs
        from spotit.practice.boosters import review_cards

        opened = submission.opened
        pack, article = opened.pack.meta, opened.article
        report = score_flags(
            article, submission.flags, submission.hints_used, opened.pack.categories
        )
        ratings = card_ratings(
            article.annotations,
            report,
            hints_used=submission.hints_used,
            seconds_spent=submission.seconds_spent,
            text=article.text,
        )
        now = self.now()
        scheduler = self.scheduler()
        reviewed: list[CardReview] = []

        def review(cards):  # inside the attempt's transaction
            reviewed[:] = review_cards(scheduler, cards, ratings, now, submission.seconds_spent)
            return reviewed

        sender = lrs.sender_for(self.progress, self.learner)
        statements: Callable[[int], list[dict]] | tuple = ()
        if sender is not None:
            finished = self._set_finished_by(opened)

            def queued(attempt_id: int) -> list[dict]:  # inside the transaction too
                return lrs.statements_for_attempt(
                    self.progress,
                    self.learner,
                    submission,
                    attempt_id,
                    report,
                    iso_of(now),
                    finished_set=finished,
                    sender=sender,
                )

            statements = queued

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
            submitted_at=iso_of(now),
            review=review,
            moves=submission.moves,
            statements=statements,
        )
        return Submitted(
            attempt_id, report, tuple(reviewed), self._investigation(submission, report)
        )

    def _set_finished_by(self, opened: OpenArticle) -> RunningSet | None:
        """Today's practice, if submitting ``opened`` finishes it (its last article not
        done, on that very pack)."""
        from spotit.practice.lrs import finishes_set

        pack = self.packs.get(opened.pack.meta.id)
        if pack is None or identity(pack) != identity(opened.pack):
            return None
        running = self.running_set()
        return running if finishes_set(running, *opened.key) else None

    def _investigation(self, submission: Submission, report: Report):
        from spotit.practice.investigation import has_sources, investigation_feedback

        pack = submission.opened.pack
        if not has_sources(pack):
            return None
        return investigation_feedback(
            submission.opened.article,
            report,
            submission.moves,
            pack,  # type: ignore[arg-type]  # has_sources: it is a SourceLibrary
        )

    # -- time -----------------------------------------------------------------------------
    def now(self) -> datetime:
        """Now, from the clock, as an aware UTC datetime."""
        value = self.clock()
        when = value if isinstance(value, datetime) else moment(value)
        if when is None:
            raise PracticeError(f"The clock gave {value!r}, which is not a moment.")
        if when.tzinfo is None:
            when = when.astimezone()
        return when.astimezone(UTC)

    def now_text(self) -> str:
        return iso_of(self.now())

    # -- spaced boosters and today's practice (docs/practice.md) ---------------------------
    def scheduler(self):
        """The FSRS scheduler with the parameters stored in the progress database."""
        if self._scheduler is None:
            from spotit.practice.boosters import scheduler_from

            self._scheduler = scheduler_from(self.progress.scheduler_parameters())
        return self._scheduler

    def retention(self) -> list[CardDue]:
        """Every card the learner has, with how well it is retained now and when it is due.

        Soonest due first; the calibration card is among them (``is_calibration``).
        """
        from spotit.practice.boosters import card_due

        now, scheduler = self.now(), self.scheduler()
        cards = [card_due(scheduler, c, now) for c in self.progress.cards(self.learner.id)]
        return sorted(cards, key=lambda c: (c.due, c.card))

    @property
    def practice_size(self) -> int:
        """How many articles today's practice has (the learner's setting; 5 by default)."""
        from spotit.practice.plan import DEFAULT_SIZE, MAX_SIZE

        raw = self.progress.setting(self.learner.id, "practice_size")
        try:
            size = int(raw) if raw is not None else DEFAULT_SIZE
        except ValueError:
            size = DEFAULT_SIZE
        return min(max(size, 1), MAX_SIZE)

    @practice_size.setter
    def practice_size(self, size: int) -> None:
        from spotit.practice.plan import MAX_SIZE

        if not isinstance(size, int) or isinstance(size, bool) or not 1 <= size <= MAX_SIZE:
            raise PracticeError(f"Today's practice has 1 to {MAX_SIZE} articles, not {size!r}.")
        self.progress.set_setting(self.learner.id, "practice_size", str(size))
        running = self.running_set()
        if running is not None and running.finished:
            # A set done is put away: the next one is chosen with the new size. A set
            # being worked through keeps its articles.
            from spotit.practice.today import SETTING

            self.progress.set_setting(self.learner.id, SETTING, "")

    def todays_practice(self, size: int | None = None) -> PracticeSet:
        """What to practise now: a short set of articles, the cards due, the next due.

        Chosen afresh each time from the cards and the attempts, so an article done drops
        out and the next one moves up (see ``spotit.practice.plan`` for the rules).
        """
        from spotit.practice.boosters import is_due
        from spotit.practice.plan import PracticeSet, choose

        now = self.now()
        cards = self.retention()
        articles: list[PlanArticle] = []
        order: list[str] = []
        wanted = self.practice_language.split("-")[0].lower()
        for pack in self.packs.values():
            if wanted and pack.meta.language.split("-")[0].lower() != wanted:
                continue
            pack_articles, pack_order = self._articles_for_plan(pack)
            articles += pack_articles
            order += pack_order
        items = choose(
            articles,
            cards,
            order,
            self.category_names(),
            self._last_done(),
            now,
            self.practice_size if size is None else size,
        )
        due = sorted((c for c in cards if is_due(c, now)), key=lambda c: c.due)
        later = [c.due for c in cards if not is_due(c, now)]
        return PracticeSet(items, due, min(later) if later else None)

    def _last_done(self) -> dict[tuple[str, str], datetime]:
        """When each article of the open packs was last submitted (by this pack's identity)."""
        last_done: dict[tuple[str, str], datetime] = {}
        keys = {pack_id: identity(pack) for pack_id, pack in self.packs.items()}
        for pack_id, pack_key, article_id, submitted in self.progress.last_attempts(
            self.learner.id
        ):
            if pack_id not in keys or pack_key not in (None, keys[pack_id]):
                continue
            when = moment(submitted)
            if when is not None:
                key = (pack_id, article_id)
                last_done[key] = max(when, last_done.get(key, when))
        return last_done

    def _articles_for_plan(self, pack: Pack) -> tuple[list[PlanArticle], list[str]]:
        """A pack's articles as choosing needs them, and its categories in lesson order.

        Read once per open pack (a built pack never changes while it is open).
        """
        from spotit.practice.plan import PlanArticle

        cached = self._plan_index.get(pack.meta.id)
        if cached is not None and cached[0] is pack:
            return cached[1], cached[2]
        listed = getattr(pack, "article_categories", None)
        by_article = listed() if callable(listed) else None
        articles = []
        for n, summary in enumerate(pack.articles()):
            meta = summary.meta
            if not summary.annotations:
                categories: tuple[str, ...] = ()
            elif by_article is not None:
                categories = by_article.get(meta.id, ())
            else:  # a pack-like without the one query: read the article
                full = pack.article(meta.id)
                categories = tuple(dict.fromkeys(a.category for a in full.annotations))
            articles.append(PlanArticle(pack.meta.id, meta.id, n, categories, meta.difficulty))
        # Lessons give the order new categories come in; a pack without them, its own order.
        order = [lesson.category for lesson in pack.lessons()]
        order += [c.id for c in pack.categories if c.id not in order]
        self._plan_index[pack.meta.id] = (pack, articles, order)
        return articles, order

    # -- today's practice while it is worked through (spotit.practice.today) ----------------
    def _stored_set(self):
        from spotit.practice.today import SETTING, StoredSet

        return StoredSet.from_json(self.progress.setting(self.learner.id, SETTING))

    def running_set(self) -> RunningSet | None:
        """Today's practice being worked through, if the learner started one today.

        Kept in the progress database, so a new session (a restart) goes on with it; each
        article is done (submitted since the set started), next (the first not done) or
        to do; an article whose pack is not open is left out. A set from an earlier day
        is None: today brings a new one.
        """
        from spotit.practice.today import running_set_of

        def available(pack_id: str, pack_key: str, article_id: str) -> bool:
            pack = self.packs.get(pack_id)
            if pack is None or identity(pack) != pack_key:
                return False
            return any(a.article_id == article_id for a in self._articles_for_plan(pack)[0])

        return running_set_of(self._stored_set(), self.now(), available, self._last_done())

    def start_todays_practice(self, shown: PracticeSet | None = None) -> RunningSet | None:
        """Start today's practice, or go on with the one running; None if there is nothing
        to practise.

        A set running and not finished goes on as it is. Otherwise the set is ``shown``
        (the one the learner was shown) or chosen now, and it runs from now on.
        """
        from spotit.practice.today import SETTING, StoredSet

        running = self.running_set()
        if running is not None and not running.finished:
            return running
        chosen = self.todays_practice() if shown is None else shown
        items = tuple(i for i in chosen.items if i.pack_id in self.packs)
        if not items:
            return None
        keys = tuple(identity(self.packs[i.pack_id]) for i in items)
        started = self.now().replace(microsecond=0)
        stored = StoredSet(started, items, keys)
        self.progress.set_setting(self.learner.id, SETTING, stored.to_json())
        return self.running_set()

    def next_article(self, entries: Sequence[LibraryEntry] | None = None) -> LibraryEntry | None:
        """What "Next article" opens.

        While today's practice is running (started today, not finished), its next article
        not done, whatever ``entries`` show (the set was chosen for the learner).
        Otherwise, among ``entries`` (the library's rows as shown, filtered and sorted;
        all of them by default), the library's own rule: the first not done, else the
        lowest best score.
        """
        from spotit.practice.library import next_article as library_next

        running = self.running_set() if self.packs else None
        upcoming = running.next if running is not None else None
        shown = list(self.library() if entries is None else entries)
        if upcoming is not None:
            by_key = {e.key: e for e in shown}
            if upcoming.key not in by_key:
                by_key = {e.key: e for e in self.library()}
            if upcoming.key in by_key:
                return by_key[upcoming.key]
        return library_next(shown)

    # -- lessons offered before an article (spotit.practice.lessons) ------------------------
    def lessons_to_offer(self, opened: OpenArticle) -> list[str]:
        """The categories whose lessons to offer above ``opened``, in lesson order.

        Its pack's lessons the learner was never offered, from the first up to the last
        on a red flag of the article, at least three while so many are left (see
        ``spotit.practice.lessons``); empty: offer nothing. Shown, they are noted with
        :meth:`lessons_offered`.
        """
        from spotit.practice.lessons import lessons_to_offer, offered_key

        order = [lesson.category for lesson in opened.pack.lessons()]
        if not order:
            return []
        offered = [c for c in order if self.has_seen(offered_key(c))]
        article_categories = {a.category for a in opened.article.annotations}
        return lessons_to_offer(order, article_categories, offered)

    def lessons_offered(self, categories: Iterable[str]) -> None:
        """Note that the lessons on ``categories`` were offered: never offered again."""
        from spotit.practice.lessons import offered_key

        self.progress.mark_seen(
            self.learner.id, [offered_key(c) for c in categories], self.now_text()
        )

    def has_seen(self, key: str) -> bool:
        """Whether a one-time event has happened to this learner ("tour",
        "lesson-offered:<category>", "lesson-opened:<category>")."""
        return self.progress.has_seen(self.learner.id, key)

    def mark_seen(self, key: str) -> None:
        """Note a one-time event (the first time is kept)."""
        self.progress.mark_seen(self.learner.id, key, self.now_text())

    # -- checks of discernment (spotit.practice.checks, docs/practice.md) -------------------
    @property
    def post_check(self) -> bool:
        """Whether the immediate post-check is offered after practice (on by default)."""
        from spotit.practice.checks import POST_SETTING

        return self.progress.setting(self.learner.id, POST_SETTING) != "off"

    @post_check.setter
    def post_check(self, on: bool) -> None:
        from spotit.practice.checks import POST_SETTING

        self.progress.set_setting(self.learner.id, POST_SETTING, "on" if on else "off")

    @property
    def check_delays(self) -> tuple[int, ...]:
        """The days after practice began when the delayed checks are due (7 and 30)."""
        from spotit.practice.checks import DELAYS_SETTING, parse_delays

        return parse_delays(self.progress.setting(self.learner.id, DELAYS_SETTING))

    @check_delays.setter
    def check_delays(self, days: Sequence[int]) -> None:
        from spotit.practice.checks import DELAYS_SETTING, MAX_DELAY

        if any(
            isinstance(d, bool) or not isinstance(d, int) or not 1 <= d <= MAX_DELAY for d in days
        ):
            raise PracticeError(
                f"A delayed check comes 1 to {MAX_DELAY} days on, not {list(days)!r}."
            )
        text = ",".join(str(d) for d in sorted(set(days)))
        self.progress.set_setting(self.learner.id, DELAYS_SETTING, text)

    def _check(self, pack_id: str, check_id: str) -> tuple[Pack, Check]:
        pack = self.packs.get(pack_id)
        if pack is None:
            raise PracticeError(f"The pack {pack_id!r} is not open.")
        check = pack.check(check_id)
        if check is None:
            raise PracticeError(f"The pack {pack_id!r} has no check {check_id!r}.")
        return pack, check

    def _next_check_wave(self, pack: Pack, check: Check, runs) -> tuple[str, datetime] | None:
        from spotit.practice.checks import moment_of, next_wave

        now = self.now()
        taken = [r.wave for r in runs]
        anchor, finished = None, False
        pre_done = moment_of(runs[0].finished_at) if runs else None
        if pre_done is not None:
            key = identity(pack)
            times = (
                moment_of(t)
                for t in self.progress.attempt_times(self.learner.id, pack.meta.id, key)
            )
            anchor = min((t for t in times if t is not None and t >= pre_done), default=None)
            running = self.running_set()
            finished = (
                running is not None
                and running.finished
                and running.started >= pre_done
                and any(i.item.pack_id == pack.meta.id for i in running.items)
            )
        return next_wave(
            taken,
            len(check.forms),
            post_on=self.post_check,
            delays=self.check_delays,
            anchor=anchor,
            practice_finished=finished,
            now=now,
        )

    def checks_due(self) -> list[CheckDue]:
        """The next wave of every check of the open packs, with when it is due.

        A wave started and not finished comes back (``resume``) with the moment it was
        started; a wave not known yet (no practice since the pre) and a check taken as
        many times as it has forms are not listed. Soonest due first; ``CheckDue.is_due``
        says whether it can be taken now.
        """
        from spotit.practice.checks import CheckDue, form_order, moment_of

        dues: list[CheckDue] = []
        for pack in self.packs.values():
            key = identity(pack)
            for check in pack.checks():
                runs = self.progress.check_runs(self.learner.id, key, check.id)
                ids = (pack.meta.id, check.id)
                open_run = next((r for r in runs if r.finished_at is None), None)
                if open_run is not None:
                    started = moment_of(open_run.started_at) or self.now()
                    dues.append(
                        CheckDue(*ids, open_run.wave, open_run.form, started, check.title, True)
                    )
                    continue
                wave = self._next_check_wave(pack, check, runs)
                if wave is None:
                    continue
                position = self.progress.check_enrolment(self.learner.id, key, check.id)
                if position is None:
                    position = self.progress.check_enrolled(key, check.id)
                form = form_order(check.forms, position)[len(runs)]
                dues.append(CheckDue(*ids, wave[0], form, wave[1], check.title))
        return sorted(dues, key=lambda d: d.due)

    def start_check(
        self,
        pack_id: str,
        check_id: str,
        *,
        wave: str | None = None,
        row: int | None = None,
    ) -> CheckRun:
        """Start the check's wave that is due now, or go on with the one started.

        The learner is enrolled at their first wave (their order among the check's
        learners picks their row of the Latin square of forms); the form is the next of
        that row, its items in the learner's shuffled order. One transaction.

        A study decides for itself (``spotit.practice.study``): ``wave`` given starts that
        wave now, whatever the learner's settings and what is due, or goes on with its run
        if started (a run of another wave left unfinished stays as it is); ``row`` given is
        the learner's row of the Latin square instead of their enrolment order (a
        participant's place within their arm, so each arm is balanced on its own).
        """
        from spotit.practice.checks import form_order, item_order, learner_seed, run_of

        pack, check = self._check(pack_id, check_id)
        key = identity(pack)
        runs = self.progress.check_runs(self.learner.id, key, check.id)
        if wave is None:
            open_run = next((r for r in runs if r.finished_at is None), None)
        else:
            same = next((r for r in runs if r.wave == wave), None)
            if same is not None and same.finished_at is not None:
                raise PracticeError(
                    translate(
                        "Practice", "The wave {wave} of the check '{title}' is taken."
                    ).format(wave=wave, title=check.title)
                )
            open_run = same
        if open_run is None:
            if wave is None:
                due = self._next_check_wave(pack, check, runs)
                if due is None or due[1] > self.now():
                    raise PracticeError(
                        translate("Practice", "No wave of the check '{title}' is due now.").format(
                            title=check.title
                        )
                    )
                wave = due[0]
            if len(runs) >= len(check.forms):
                raise PracticeError(
                    translate(
                        "Practice", "Every form of the check '{title}' is taken; no wave is left."
                    ).format(title=check.title)
                )

            def form(position: int) -> str:
                return form_order(check.forms, position if row is None else row)[len(runs)]

            def order(chosen: str) -> Sequence[str]:
                items = check.form_items(chosen)
                return item_order(learner_seed(self.learner.id, key, check.id, chosen), items)

            self.progress.start_check_run(
                self.learner.id,
                pack_id=pack.meta.id,
                pack_key=key,
                pack_version=pack.meta.version,
                check_id=check.id,
                wave=wave,
                form=form,
                item_order=order,
                started_at=self.now_text(),
                attempts_before=len(
                    self.progress.attempt_times(self.learner.id, pack.meta.id, key)
                ),
            )
            runs = self.progress.check_runs(self.learner.id, key, check.id)
            open_run = runs[-1]
        return run_of(pack.meta.id, check, open_run)

    def answer(self, run: CheckRun, item_id: str, rating: int, rt_ms: int) -> CheckRun:
        """Keep the learner's rating (1 sure not credible .. 6 sure credible) of the run's
        next item and how long it took; the run as it is now. No feedback is given."""
        from dataclasses import replace

        from spotit.store.progress import CheckResponseRecord

        if run.finished:
            raise PracticeError(
                translate("Practice", "This check is finished; its answers cannot change.")
            )
        item = run.next_item
        if item is None or item.id != item_id:
            expected = "none" if item is None else repr(item.id)
            raise PracticeError(f"The item to answer is {expected}, not {item_id!r}.")
        if isinstance(rating, bool) or not isinstance(rating, int) or not 1 <= rating <= 6:
            raise PracticeError(f"A rating is 1 to 6, not {rating!r}.")
        if isinstance(rt_ms, bool) or not isinstance(rt_ms, int) or rt_ms < 0:
            raise PracticeError(f"A response time is a whole number of ms, not {rt_ms!r}.")
        at = self.now_text()
        from spotit.practice.lrs import statements_for_answer

        self.progress.answer_check_item(
            run.id,
            item.id,
            position=run.answered,
            truth=item.truth,
            rating=rating,
            rt_ms=rt_ms,
            answered_at=at,
            statements=statements_for_answer(
                self.progress, self.learner, run, item.id, item.truth, rating, rt_ms, at
            ),
        )
        response = CheckResponseRecord(item.id, item.truth, rating, rt_ms, at)
        return replace(run, responses=(*run.responses, response))

    def finish_check(self, run: CheckRun) -> WaveResult:
        """Close the run (every item answered) and give its measures, for the finish screen."""
        from spotit.practice.checks import WaveResult, measures_of

        if not run.complete:
            left = len(run.items) - run.answered
            raise PracticeError(
                counted.translate(
                    "Practice",
                    "%n of the check's items are not answered yet.",
                    "",
                    COUNT,
                    int(left),
                )
            )
        at = run.finished_at or self.now_text()
        measures = measures_of(run.responses)
        if not run.finished:
            from spotit.practice.lrs import statements_for_wave

            statements = statements_for_wave(
                self.progress,
                self.learner,
                run,
                measures.as_dict() if measures is not None else None,
                at,
            )
            self.progress.finish_check_run(run.id, at, statements)
        return WaveResult(run.wave, run.form, at, measures)

    def check_results(self, pack_id: str, check_id: str) -> list[WaveResult]:
        """The learner's finished waves of a check, in the order taken, with their measures."""
        from spotit.practice.checks import WaveResult, measures_of

        pack, check = self._check(pack_id, check_id)
        runs = self.progress.check_runs(self.learner.id, identity(pack), check.id)
        return [
            WaveResult(r.wave, r.form, r.finished_at, measures_of(r.responses))
            for r in runs
            if r.finished_at is not None
        ]

    # -- looking back -------------------------------------------------------------------------
    def history(self, category_names: Mapping[str, str] | None = None) -> History:
        """Attempts, per-category record and summary; ``category_names`` add or rename."""
        from spotit.practice.history import history_of  # the History page only, not start-up

        names = self.category_names()
        names.update(category_names or {})
        colors = {c.id: c.color for c in DEFAULT_TAXONOMY}
        colors.update({c.id: c.color for pack in self.packs.values() for c in pack.categories})
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
