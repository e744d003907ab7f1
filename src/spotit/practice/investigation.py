"""Investigating an article: the SIFT moves a learner makes, and the credit feedback gives.

While an article is open, the reader's investigation pane searches the pack's sources and
opens its pages (``spotit.core.sources``). :class:`Investigation` records what the learner
did there (what they searched for, which pages they opened, how, and for how long, and when
they flagged a passage) as :class:`~spotit.core.sources.Move` values; the reader saves them
with the draft and the attempt. :func:`investigation_feedback` reads them back against the
article's answer key once it is scored: for each red flag (and passage note) whose key
names the page that reveals it, whether the learner checked that page, and whether before
or after flagging the passage; and for the attempt, a line on what was looked up and, on a
credible article rightly left unflagged, the check of its outlet. docs/practice.md,
"Investigating: the SIFT moves", lists every sentence.

No Qt; the pane draws what this module says.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

from spotit.core.i18n import COUNT, QT_TRANSLATE_NOOP, counted, translate
from spotit.core.sources import (
    FLAGGED,
    KIND_NAMES,
    OPENED,
    SEARCHED,
    SOURCE_SCHEME,
    VIA,
    Move,
    SearchResults,
    SourcePage,
    SourceSummary,
    parse_address,
)

if TYPE_CHECKING:
    from spotit.core.article import PackArticle
    from spotit.core.scoring import Report

#: The longest search query kept with a move (what ``Move.from_json`` accepts back).
MAX_QUERY = 1000
#: Pages opened this way are not part of the investigation made before submitting.
_NOT_INVESTIGATING = ("feedback",)
#: What feedback says of a checked page, by what became of its passage: flagged and
#: checked before the first flag on it, flagged and checked after, flagged with no flag
#: recorded (flags from a draft older than moves), not flagged. Not checked: NOT_CHECKED.
#: Marked for translation; feedback shows them through translate("Investigation", …).
FLAG_SENTENCES = (
    QT_TRANSLATE_NOOP("Investigation", "You checked {title} before flagging it."),
    QT_TRANSLATE_NOOP(
        "Investigation", "You checked {title} after flagging it, and it confirms the red flag."
    ),
    QT_TRANSLATE_NOOP("Investigation", "You checked {title}, and it confirms the red flag."),
    QT_TRANSLATE_NOOP(
        "Investigation", "You opened {title}, which shows this red flag, but did not flag it."
    ),
)
_NOTE_FLAGGED = QT_TRANSLATE_NOOP(
    "Investigation", "You opened {title}, which shows this passage is sound, but flagged it anyway."
)
#: The same for a passage note's check (a passage that is fine): flagging it is the slip.
NOTE_SENTENCES = (
    _NOTE_FLAGGED,
    _NOTE_FLAGGED,
    _NOTE_FLAGGED,
    QT_TRANSLATE_NOOP("Investigation", "You checked {title}, which shows this passage is sound."),
)
NOT_CHECKED = QT_TRANSLATE_NOOP("Investigation", "You could have checked: {title}.")
_CORRECTIONS = re.compile(r"\bcorrections?\b", re.IGNORECASE)


class SourceLibrary(Protocol):
    """What the investigation pane needs of a pack: ``spotit.store.pack.Pack`` offers it.

    A pack without these methods (a class session's pack, the editor's preview) has no
    investigation; see :func:`has_sources`.
    """

    def sources(self) -> list[SourceSummary]: ...

    def source(self, source_id: str) -> SourcePage | None: ...

    def search(self, query: str, limit: int = 20) -> SearchResults: ...

    def outlet_source(self, outlet: str) -> SourceSummary | None: ...

    def backlinks(self, address: str) -> list[str]: ...


_LIBRARY_METHODS = ("sources", "source", "search", "outlet_source", "backlinks")


def has_sources(pack: object) -> bool:
    """Whether ``pack`` can be investigated: it offers a :class:`SourceLibrary` and has pages.

    False for a pack that lacks the methods (a class session's, the editor's preview), for
    one without source pages (packs of format 1 to 4), and for one whose pages cannot be
    read (a damaged pack: the article can still be practised without the pane).
    """
    from spotit.store.pack import PackError

    if not all(callable(getattr(pack, name, None)) for name in _LIBRARY_METHODS):
        return False
    try:
        return bool(pack.sources())  # type: ignore[attr-defined]
    except PackError:
        return False


class Investigation:
    """What a learner does in the investigation pane for one open article.

    ``clock()`` gives seconds since the article was opened (the reader passes its own
    timer, which goes on from the draft's time when an article is resumed). ``moves`` are
    those made before, from a resumed draft: they are kept, and the browsing history is
    rebuilt from them (nothing is being shown until the pane opens a page again).

    The history works like a browser's: opening a page drops the pages ahead of the
    current one and adds it; :meth:`back` and :meth:`forward` move in it. Every page
    shown is an ``opened`` move, timed until the next page is shown or the pane is
    :meth:`closed`.
    """

    def __init__(self, clock: Callable[[], float], moves: Sequence[Move] = ()) -> None:
        self._clock = clock
        self._moves: list[Move] = list(moves)
        self._history: list[str] = []
        self._position = -1
        #: The index in ``_moves`` of the page being shown and the clock when it was shown.
        self._shown: tuple[int, float] | None = None
        for move in self._moves:
            if move.kind == OPENED:
                self._replay(move)

    # -- the browsing history --------------------------------------------------------
    def _replay(self, move: Move) -> None:
        if move.via == "back" and self.can_back:
            self._position -= 1
        elif move.via == "forward" and self.can_forward:
            self._position += 1
        elif move.via not in ("back", "forward"):
            self._push(move.target)

    def _push(self, target: str) -> None:
        if self.current == target:
            return  # shown again (the pane reopened on it): no second entry
        del self._history[self._position + 1 :]
        self._history.append(target)
        self._position = len(self._history) - 1

    @property
    def current(self) -> str | None:
        """The address the pane shows (or showed last, while it is hidden); None before any."""
        return self._history[self._position] if self._position >= 0 else None

    @property
    def can_back(self) -> bool:
        return self._position > 0

    @property
    def can_forward(self) -> bool:
        return self._position < len(self._history) - 1

    @property
    def showing(self) -> bool:
        """Whether a page is being shown (and timed) now."""
        return self._shown is not None

    # -- what the learner does -----------------------------------------------------------
    def _now(self) -> float:
        now = float(self._clock())
        last = self._moves[-1].at if self._moves else 0.0
        return max(now, last, 0.0)  # moves stay in order, whatever a restarted clock says

    def _stop_timing(self) -> None:
        if self._shown is None:
            return
        index, since = self._shown
        self._shown = None
        move = self._moves[index]
        seconds = max(float(self._clock()) - since, 0.0)
        self._moves[index] = _with_seconds(move, move.seconds + seconds)

    def searched(self, query: str, results: int) -> None:
        """The learner searched the pack's sources for ``query``; ``results`` hits came back."""
        self._moves.append(Move(SEARCHED, self._now(), query=query[:MAX_QUERY], results=results))

    def opened(self, target: str, via: str) -> None:
        """The pane shows ``target`` (``source:ID`` or ``article:ID``), reached ``via``.

        ``via`` is one of ``core.sources.VIA``. The page shown before stops being timed;
        the new one is added to the history unless ``via`` is "back" or "forward" (the
        history already has it). ``ValueError`` for an address outside the pack or an
        unknown ``via``.
        """
        if parse_address(target) is None:
            raise ValueError(f"{target!r} is not a source: or article: address")
        if via not in VIA:
            raise ValueError(f"{via!r} is not one of " + ", ".join(VIA))
        self._stop_timing()
        if via not in ("back", "forward"):
            self._push(target)
        at = self._now()
        self._moves.append(Move(OPENED, at, target=target, via=via))
        self._shown = (len(self._moves) - 1, float(self._clock()))

    def back(self) -> str | None:
        """Show the page before in the history (an ``opened`` move via "back"); its address.

        None, and nothing recorded, when there is no page before.
        """
        if not self.can_back:
            return None
        self._position -= 1
        target = self._history[self._position]
        self.opened(target, "back")
        return target

    def forward(self) -> str | None:
        """Show the page after in the history (via "forward"); its address, or None."""
        if not self.can_forward:
            return None
        self._position += 1
        target = self._history[self._position]
        self.opened(target, "forward")
        return target

    def closed(self) -> None:
        """The pane was hidden: the page it showed stops being timed."""
        self._stop_timing()

    def reopened(self) -> None:
        """The pane is shown again with the page it showed when hidden: timing goes on,
        added to that page's last ``opened`` move (no new move: nothing new was opened)."""
        if self._shown is not None or self.current is None:
            return
        for index in range(len(self._moves) - 1, -1, -1):
            move = self._moves[index]
            if move.kind == OPENED:
                if move.target == self.current:
                    self._shown = (index, float(self._clock()))
                return

    def flagged(self, start: int, end: int) -> None:
        """The learner flagged ``[start, end)`` of the article (feedback compares the times)."""
        if start < 0 or end < start:
            raise ValueError(f"({start}, {end}) is not a span of the article")
        self._moves.append(Move(FLAGGED, self._now(), start=start, end=end))

    def moves(self) -> tuple[Move, ...]:
        """Every move so far, in order; the page being shown counts its seconds up to now."""
        moves = list(self._moves)
        if self._shown is not None:
            index, since = self._shown
            move = moves[index]
            moves[index] = _with_seconds(move, move.seconds + max(self._clock() - since, 0.0))
        return tuple(moves)


def _with_seconds(move: Move, seconds: float) -> Move:
    return Move(move.kind, move.at, target=move.target, via=move.via, seconds=seconds)


# -- feedback ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class CheckCredit:
    """What feedback says about the check an answer key names for one passage.

    ``target`` is the page's address (``source:ID``); ``checked`` whether the learner
    opened it before submitting; ``before_flagging`` whether that was before the first
    flag on the passage (None if the passage was not flagged, the page not checked, or
    the order cannot be told). ``text`` is one plain sentence; ``quote`` the span of the
    page's text to highlight when it is opened from feedback (None for the whole page).
    """

    target: str
    title: str
    kind: str
    checked: bool
    before_flagging: bool | None
    text: str
    quote: tuple[int, int] | None = None

    @property
    def kind_name(self) -> str:
        """The kind in words ("profile"), "" when the page is not in the pack."""
        return KIND_NAMES.get(self.kind, "")


@dataclass(frozen=True)
class InvestigationFeedback:
    """The investigation's part of an attempt's feedback.

    ``flags`` maps the index of a red flag of the answer key (as in ``Report.gold``) to its
    credit, for the red flags whose key names a check; ``notes`` the same for passage notes
    (index in ``PackArticle.notes``). ``summary`` are sentences for the whole attempt.
    """

    flags: dict[int, CheckCredit] = field(default_factory=dict)
    notes: dict[int, CheckCredit] = field(default_factory=dict)
    summary: tuple[str, ...] = ()
    moves: tuple[Move, ...] = ()


def _overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return a0 < b1 and b0 < a1


def _first_opened(moves: Sequence[Move]) -> dict[str, float]:
    """Each address opened while investigating, with when it was first opened."""
    first: dict[str, float] = {}
    for move in moves:
        if move.kind == OPENED and move.via not in _NOT_INVESTIGATING:
            first.setdefault(move.target, move.at)
    return first


def _first_flag(moves: Sequence[Move], spans: Sequence[tuple[int, int]]) -> float | None:
    """When the learner first flagged a passage overlapping one of ``spans``, if recorded."""
    for move in moves:
        if move.kind == FLAGGED and any(_overlaps(move.start, move.end, s, e) for s, e in spans):
            return move.at
    return None


def _page(library: SourceLibrary, source_id: str) -> SourcePage | None:
    from spotit.store.pack import PackError

    try:
        return library.source(source_id)
    except PackError:
        return None


def _duration(seconds: float) -> str:
    whole = round(seconds)
    minutes, rest = divmod(whole, 60)
    if not minutes:
        return translate("Investigation", "{seconds} s").format(seconds=rest)
    if rest:
        return translate("Investigation", "{minutes} min {seconds} s").format(
            minutes=minutes, seconds=rest
        )
    return translate("Investigation", "{minutes} min").format(minutes=minutes)


@dataclass(frozen=True)
class InvestigationCounts:
    """An attempt's investigation in three numbers (the history, the study export)."""

    searches: int
    pages: int  # distinct pages opened, however often each was shown
    seconds: float  # how long pages were shown in the pane


def investigation_counts(moves: Sequence[Move]) -> InvestigationCounts:
    """How many searches, how many pages, how long; pages opened from the feedback (after
    submitting) are not part of the investigation."""
    opened = [m for m in moves if m.kind == OPENED and m.via not in _NOT_INVESTIGATING]
    return InvestigationCounts(
        sum(m.kind == SEARCHED for m in moves),
        len({m.target for m in opened}),
        sum(m.seconds for m in opened),
    )


def moves_summary(moves: Sequence[Move]) -> str:
    """One sentence on what was looked up ("You ran 2 searches and opened 3 pages, for 1
    min 20 s."); "" when the learner did not investigate.

    Pages are counted once however often they were shown; the time is how long pages
    were shown in the pane, to the second.
    """
    counts = investigation_counts(moves)
    searches, pages, seconds = counts.searches, counts.pages, counts.seconds
    if not searches and not pages:
        return ""
    timed = bool(pages and round(seconds) > 0)
    if not pages:
        return counted.translate(
            "Investigation", "You ran %n search(es).", "", COUNT, int(searches)
        )
    if not searches:
        if timed:
            return counted.translate(
                "Investigation", "You opened %n page(s), for {time}.", "", COUNT, int(pages)
            ).format(time=_duration(seconds))
        return counted.translate("Investigation", "You opened %n page(s).", "", COUNT, int(pages))
    counts = {
        "searches": counted.translate("Investigation", "%n search(es)", "", COUNT, int(searches)),
        "pages": counted.translate("Investigation", "%n page(s)", "", COUNT, int(pages)),
    }
    if timed:
        return translate(
            "Investigation", "You ran {searches} and opened {pages}, for {time}."
        ).format(time=_duration(seconds), **counts)
    return translate("Investigation", "You ran {searches} and opened {pages}.").format(**counts)


def investigation_feedback(
    article: PackArticle,
    report: Report,
    moves: Sequence[Move],
    library: SourceLibrary,
) -> InvestigationFeedback:
    """Credit the learner's ``moves`` on ``article`` against its answer key, once scored.

    ``report`` is the attempt's (``Report.gold`` is in the order of
    ``article.annotations``). See docs/practice.md for every sentence.
    """
    from spotit.core.scoring import FlagVerdict, GoldVerdict

    moves = tuple(moves)
    opened = _first_opened(moves)
    pages: dict[str, SourcePage | None] = {}

    def page_of(source_id: str) -> SourcePage | None:
        if source_id not in pages:
            pages[source_id] = _page(library, source_id)
        return pages[source_id]

    def credit(check, spans, flagged: bool, sentences) -> CheckCredit:
        target = f"{SOURCE_SCHEME}:{check.source}"
        page = page_of(check.source)
        title = page.title if page is not None else check.source
        kind = page.kind if page is not None else ""
        quote = (check.start, check.end) if check.quote and check.end > check.start else None
        checked_at = opened.get(target)
        if checked_at is None:
            text = translate("Investigation", NOT_CHECKED).format(title=title)
            return CheckCredit(target, title, kind, False, None, text, quote)
        before = None
        if flagged:
            flag_at = _first_flag(moves, spans)
            before = None if flag_at is None else checked_at <= flag_at
        before_text, after_text, unknown_text, unflagged_text = sentences
        if not flagged:
            text = unflagged_text
        elif before is None:
            text = unknown_text
        else:
            text = before_text if before else after_text
        text = translate("Investigation", text).format(title=title)
        return CheckCredit(target, title, kind, True, before, text, quote)

    flag_credits: dict[int, CheckCredit] = {}
    for result in report.gold:
        if not 0 <= result.index < len(article.annotations):
            continue
        annotation = article.annotations[result.index]
        if annotation.check is None:
            continue
        spans = [(a.start, a.end) for a in annotation.anchors]
        flagged = result.verdict is not GoldVerdict.MISSED
        flag_credits[result.index] = credit(
            annotation.check,
            spans,
            flagged,
            FLAG_SENTENCES,
        )

    wrong = [f for f in report.flags if f.verdict is FlagVerdict.NOT_A_RED_FLAG]
    note_credits: dict[int, CheckCredit] = {}
    for index, note in enumerate(article.notes):
        if note.check is None:
            continue
        flagged = any(_overlaps(f.start, f.end, note.start, note.end) for f in wrong)
        note_credits[index] = credit(
            note.check,
            [(note.start, note.end)],
            flagged,
            NOTE_SENTENCES,
        )

    summary: list[str] = []
    if not article.annotations and not report.flags:
        line = _credible_line(article, library, opened, note_credits, page_of)
        if line:
            summary.append(line)
    line = moves_summary(moves)
    if line:
        summary.append(line)
    return InvestigationFeedback(flag_credits, note_credits, tuple(summary), moves)


def _credible_line(article, library, opened, note_credits, page_of) -> str:
    """On a credible article left unflagged: the outlet page or a note's check, if opened."""
    from spotit.store.pack import PackError

    outlet = None
    if article.meta.outlet:
        try:
            outlet = library.outlet_source(article.meta.outlet)
        except PackError:
            outlet = None
    if outlet is not None and f"{SOURCE_SCHEME}:{outlet.id}" in opened:
        page = page_of(outlet.id)
        policy = page is not None and _CORRECTIONS.search(page.text) is not None
        if policy:
            return translate(
                "Investigation",
                "You checked the outlet ({outlet}) and its corrections policy, and rightly "
                "left it unflagged.",
            ).format(outlet=outlet.title)
        return translate(
            "Investigation", "You checked the outlet ({outlet}), and rightly left it unflagged."
        ).format(outlet=outlet.title)
    checked = next((c for c in note_credits.values() if c.checked), None)
    if checked is not None:
        return translate(
            "Investigation", "You checked {title}, and rightly left the article unflagged."
        ).format(title=checked.title)
    return ""


__all__ = [
    "CheckCredit",
    "Investigation",
    "InvestigationFeedback",
    "SourceLibrary",
    "has_sources",
    "investigation_feedback",
    "moves_summary",
]
