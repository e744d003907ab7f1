"""A class session, without sockets: roster, tokens, phases, drafts, scoring, reveal, results.

The transport (spotit.classroom.server) numbers its connections and hands every
incoming text to :meth:`ClassSession.receive`; the session answers with a list of
:class:`Send` (which connection gets which message, and whether to close it). The
instructor's actions (:meth:`reveal`, :meth:`next_article`, :meth:`end`) answer the
same way. Screens and logs subscribe to :class:`SessionEvent`. No Qt here.

Phases of the current article: ``flagging`` -> ``revealed`` -> (next article) ``flagging``
... and finally ``ended``. The answer key is scored on the host and leaves it only in
``reveal`` messages.
"""

from __future__ import annotations

import secrets
import time
from collections import defaultdict, deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum

from spotit.classroom import protocol
from spotit.core.article import PackArticle
from spotit.core.i18n import QT_TRANSLATE_NOOP, translate
from spotit.core.model import Flag, PackMeta
from spotit.core.progress import ClassResult, utc_now
from spotit.core.scoring import FlagVerdict, GoldVerdict, Report, merge, score
from spotit.core.taxonomy import Category
from spotit.practice.session import article_hints
from spotit.store.pack import Pack

#: A connection that has not joined after this many seconds is closed.
JOIN_TIMEOUT = 30.0
MAX_STUDENTS = 200
#: A plain name for the texts that count articles (lupdate skips ``protocol.MAX_ARTICLES``).
MAX_ARTICLES = protocol.MAX_ARTICLES
#: Why a session the instructor ended is over. Sent in English (the students' apps may show
#: another language): a student's window translates it when it is this very text.
ENDED_BY_INSTRUCTOR = QT_TRANSLATE_NOOP("ClassSession", "The instructor ended the session.")
#: Open connections, joined or not (students reconnecting briefly hold two). When they
#: are all taken, the oldest connection that has not joined makes room for a new one, so
#: connections that never join cannot keep a class out.
MAX_CONNECTIONS = 400
#: Connections from one address that have not joined yet. A whole class behind one
#: address (a school's NAT, `spotit class simulate`) connects at once and each WebSocket
#: handshake takes a moment, so this is a class's worth; the oldest-waiting rule above is
#: what keeps a flood from keeping a class out.
MAX_WAITING_PER_PEER = MAX_STUDENTS // 2
#: Wrong join codes (or unknown tokens) allowed per peer address within the window.
WRONG_CODE_LIMIT = 5
WRONG_CODE_WINDOW = 60.0
#: Past its limit an address gets one more try this long after its last failure: guessing
#: from it slows to a crawl, but real students sharing the address (a school's NAT, one
#: computer) are not locked out for the whole window.
LIMITED_RETRY_SECONDS = 10.0
#: Wrong codes allowed across the whole session within the window, from any addresses;
#: past it every address waits this long after the last failure before its code is tried,
#: so spreading guesses over many addresses gains nothing.
SESSION_WRONG_CODE_LIMIT = 30
SESSION_RETRY_SECONDS = 1.0
#: Messages per second a connection may send on average, and in a burst.
MESSAGE_RATE = 20.0
MESSAGE_BURST = 60.0


class Phase(StrEnum):
    """Where the current article stands."""

    FLAGGING = "flagging"
    REVEALED = "revealed"
    ENDED = "ended"


class SessionStateError(Exception):
    """An instructor action that does not fit the session's phase; one-line message."""


@dataclass(frozen=True)
class Send:
    """A message for one connection; ``message`` None with ``close`` just closes it."""

    conn: int
    message: dict | None
    close: bool = False


@dataclass(frozen=True)
class SessionEvent:
    """Something the instructor's screen or log shows.

    ``kind``: joined, rejoined, left, draft, submitted, revealed, advanced, ended, rejected,
    lookalike (``detail``: the names the newcomer's looks like), cannot-show (``detail``:
    the student's reason).
    """

    kind: str
    student: str = ""
    detail: str = ""


@dataclass(frozen=True)
class Submission:
    """A student's scored result on one article."""

    flags: tuple[Flag, ...]
    status: str  # "submitted" or "auto-submitted"
    seconds: int  # measured by the host, from when the article reached the student
    submitted_at: str
    report: Report
    hints_used: int = 0  # counted in the report's score, as in practice


@dataclass
class Student:
    """Everything the host keeps about one student (never sent to other students)."""

    name: str
    token: str
    peer: str
    order: int
    conn: int | None = None
    first_seen: dict[int, float] = field(default_factory=dict)  # article index -> clock
    drafts: dict[int, tuple[Flag, ...]] = field(default_factory=dict)
    draft_seconds: dict[int, int] = field(default_factory=dict)
    #: Article index -> how many of its hints the student has been shown (never goes down).
    hints_used: dict[int, int] = field(default_factory=dict)
    submissions: dict[int, Submission] = field(default_factory=dict)
    #: Other students whose names could be taken for this one (UTS #39 confusables).
    looks_like: list[str] = field(default_factory=list)
    #: Article index -> why the student's app could not show that article.
    cannot_show: dict[int, str] = field(default_factory=dict)
    #: When the student first joined (UTC with its offset), for the school's LRS.
    joined_at: str = ""

    @property
    def connected(self) -> bool:
        return self.conn is not None


@dataclass
class _Connection:
    peer: str
    opened: float
    token: str | None = None
    allowance: float = MESSAGE_BURST
    last: float = 0.0
    warned: float = -1.0


@dataclass(frozen=True)
class RosterEntry:
    """A student as the instructor's roster shows them, for the current article."""

    name: str
    connected: bool
    state: str  # "reading" (no flags yet), "flagging", "submitted", "auto-submitted", "absent",
    # or "cannot-show" (the student's app could not show the article; see ``problem``)
    flags: int
    score: int | None
    looks_like: tuple[str, ...] = ()
    problem: str = ""
    hints_used: int = 0  # on the current article


@dataclass(frozen=True)
class HeatSegment:
    """A stretch of the article flagged by ``count`` students."""

    start: int
    end: int
    count: int


def flagged_passages(segments: Sequence[HeatSegment]) -> list[HeatSegment]:
    """Touching heat segments joined into passages, each with its highest count."""
    passages: list[HeatSegment] = []
    for segment in sorted(segments, key=lambda s: s.start):
        last = passages[-1] if passages else None
        if last is not None and segment.start <= last.end:
            passages[-1] = HeatSegment(
                last.start, max(last.end, segment.end), max(last.count, segment.count)
            )
        else:
            passages.append(segment)
    return passages


class ClassSession:
    """One class session on the host: the single source of truth for everything in it."""

    def __init__(
        self,
        pack: PackMeta,
        categories: Sequence[Category],
        articles: Sequence[PackArticle],
        code: str | None = None,
        clock: Callable[[], float] = time.monotonic,
        hints: bool = True,
    ) -> None:
        """``hints``: whether students may ask for the articles' hints (each costs points,
        as in practice); an instructor running a test turns them off."""
        if not articles:
            raise ValueError(
                translate("ClassSession", "a class session needs at least one article")
            )
        if len(articles) > protocol.MAX_ARTICLES:
            raise ValueError(
                translate(
                    "ClassSession",
                    "a class session can have at most %n article(s)",
                    "",
                    MAX_ARTICLES,
                )
            )
        _check_students_can_join(pack, categories, len(articles))
        self.pack = pack
        self.categories = list(categories)
        self.category_ids = {c.id for c in self.categories}
        self.articles = list(articles)
        self.hints_offered = hints
        # The hints of each article as text alone: the red flag or note each comes from
        # stays here until the reveal.
        self._hints = [article_hints(a) if hints else [] for a in self.articles]
        self.code = code or protocol.new_join_code()
        self.clock = clock
        self.index = 0
        self.phase = Phase.FLAGGING
        self.started_at = utc_now()
        self.ended_at = ""
        self._students: dict[str, Student] = {}  # by token, in join order
        self._conns: dict[int, _Connection] = {}
        self._failures: dict[str, deque[float]] = defaultdict(deque)
        self._session_failures: deque[float] = deque()
        self._listeners: list[Callable[[SessionEvent], None]] = []
        self._live_reports: dict[tuple[str, int], tuple[tuple[Flag, ...], Report]] = {}
        protocol.load_confusables()  # compared at every join: read it before the class arrives

    # -- observers ------------------------------------------------------------------
    def subscribe(self, listener: Callable[[SessionEvent], None]) -> None:
        """Call ``listener`` with every SessionEvent from now on."""
        self._listeners.append(listener)

    def _emit(self, kind: str, student: str = "", detail: str = "") -> None:
        event = SessionEvent(kind, student, detail)
        for listener in list(self._listeners):
            listener(event)

    # -- what the instructor sees --------------------------------------------------------
    @property
    def article(self) -> PackArticle:
        """The current article (with its answer key: this is the host)."""
        return self.articles[self.index]

    @property
    def is_last_article(self) -> bool:
        return self.index == len(self.articles) - 1

    def students(self) -> list[Student]:
        return list(self._students.values())

    def hints(self, index: int | None = None) -> list[str]:
        """The hints students may ask for on an article (the current one by default)."""
        return list(self._hints[self.index if index is None else index])

    def _hints_used(self, student: Student, index: int) -> int:
        sub = student.submissions.get(index)
        return sub.hints_used if sub is not None else student.hints_used.get(index, 0)

    def roster(self) -> list[RosterEntry]:
        """Every student who joined, in join order, with their state on the current article."""
        entries = []
        for s in self._students.values():
            sub = s.submissions.get(self.index)
            if sub is not None:
                state, flags, points = sub.status, len(sub.flags), None
                if self.phase is not Phase.FLAGGING:
                    points = sub.report.score
            elif self.index in s.cannot_show:
                state, flags, points = "cannot-show", 0, None
            elif self.index not in s.first_seen:
                state, flags, points = "absent", 0, None
            else:
                draft = s.drafts.get(self.index, ())
                state, flags, points = ("flagging" if draft else "reading"), len(draft), None
            entries.append(
                RosterEntry(
                    s.name,
                    s.connected,
                    state,
                    flags,
                    points,
                    tuple(s.looks_like),
                    s.cannot_show.get(self.index, ""),
                    self._hints_used(s, self.index),
                )
            )
        return entries

    def _current_flags(self, student: Student, index: int) -> tuple[Flag, ...] | None:
        """A student's flags on an article: the submission, else the draft; None if not seen."""
        if index in student.submissions:
            return student.submissions[index].flags
        if index not in student.first_seen:
            return None
        return student.drafts.get(index, ())

    def heat(self) -> tuple[list[HeatSegment], int]:
        """Where students flagged the current article, and how many students are working on it.

        Each student counts once per position, however many of their flags overlap there.
        """
        changes: dict[int, int] = defaultdict(int)
        working = 0
        for s in self._students.values():
            flags = self._current_flags(s, self.index)
            if flags is None:
                continue
            working += 1
            for start, end in merge((f.start, f.end) for f in flags):
                changes[start] += 1
                changes[end] -= 1
        segments, count, previous = [], 0, None
        for position in sorted(changes):
            if count > 0 and previous is not None and position > previous:
                segments.append(HeatSegment(previous, position, count))
            count += changes[position]
            previous = position
        return segments, working

    def _report(self, student: Student, index: int) -> Report | None:
        if index in student.submissions:
            return student.submissions[index].report
        flags = self._current_flags(student, index)
        if flags is None:
            return None
        key = (student.token, index)
        cached = self._live_reports.get(key)
        if cached is not None and cached[0] == flags:
            return cached[1]
        article = self.articles[index]
        report = score(article.text, article.annotations, flags, categories=self.categories)
        self._live_reports[key] = (flags, report)
        return report

    def gold_tally(self, live: bool = True) -> list[protocol.GoldTally]:
        """For each red flag of the current article, how many students found it.

        ``live``: from everyone's current flags (drafts included); otherwise from
        submissions only, as shown at the reveal.
        """
        tallies = [
            {"found": 0, "wrong_category": 0, "partly": 0, "missed": 0}
            for _ in self.article.annotations
        ]
        keys = {
            GoldVerdict.FOUND: "found",
            GoldVerdict.WRONG_CATEGORY: "wrong_category",
            GoldVerdict.PARTLY_FOUND: "partly",
            GoldVerdict.TOO_BROAD: "partly",  # inside a flag far too long: part credit
            GoldVerdict.MISSED: "missed",
        }
        for s in self._students.values():
            if live:
                report = self._report(s, self.index)
            else:
                sub = s.submissions.get(self.index)
                report = sub.report if sub else None
            if report is None:
                continue
            for result in report.gold:
                tallies[result.index][keys[result.verdict]] += 1
        return [protocol.GoldTally(**t) for t in tallies]

    def all_submitted(self) -> bool:
        """True when at least one student is connected and every connected student is done.

        Done: submitted, or their app reported it cannot show the article (they have
        nothing to submit, and the class should not wait for them).
        """
        connected = [s for s in self._students.values() if s.connected]
        return bool(connected) and all(
            self.index in s.submissions or self.index in s.cannot_show for s in connected
        )

    def submission_count(self) -> int:
        return sum(self.index in s.submissions for s in self._students.values())

    # -- connections ------------------------------------------------------------------
    def open_connection(self, conn: int, peer: str) -> list[Send]:
        """A new connection from ``peer`` (an address): it must join or resume next."""
        if self.phase is Phase.ENDED:
            return self._refuse(conn, "session-ended", "the session has ended")
        waiting = [n for n, c in self._conns.items() if c.token is None]
        if sum(self._conns[n].peer == peer for n in waiting) >= MAX_WAITING_PER_PEER:
            self._emit("rejected", "", f"too many waiting connections from {peer}")
            return self._refuse(
                conn, "rate-limited", "too many connections from this address; try again soon"
            )
        sends = []
        if len(self._conns) >= MAX_CONNECTIONS:
            if not waiting:
                return self._refuse(conn, "session-full", "the session has too many connections")
            oldest = min(waiting, key=lambda n: self._conns[n].opened)
            sends = self._refuse(oldest, "session-full", "the session has too many connections")
        now = self.clock()
        self._conns[conn] = _Connection(peer, now, last=now)
        return sends

    def close_connection(self, conn: int) -> None:
        """The connection is gone (closed by either side, or lost)."""
        c = self._conns.pop(conn, None)
        if c is None or c.token is None:
            return
        student = self._students.get(c.token)
        if student is not None and student.conn == conn:
            student.conn = None
            self._emit("left", student.name)

    def expire(self) -> list[Send]:
        """Close connections that never joined; forget old wrong-code records. Call it now and then."""
        now = self.clock()
        sends = []
        for conn, c in list(self._conns.items()):
            if c.token is None and now - c.opened > JOIN_TIMEOUT:
                sends += self._refuse(conn, "join-timeout", "no join within the time allowed")
        for peer in list(self._failures):
            self._prune(peer, now)
            if not self._failures[peer]:
                del self._failures[peer]
        return sends

    def _refuse(self, conn: int, code: str, message: str) -> list[Send]:
        self._conns.pop(conn, None)
        return [Send(conn, protocol.error_message(code, message, fatal=True), close=True)]

    def _prune(self, peer: str, now: float) -> None:
        failures = self._failures[peer]
        while failures and now - failures[0] > WRONG_CODE_WINDOW:
            failures.popleft()

    def _rate_limited(self, peer: str) -> bool:
        """Whether ``peer`` must wait before its code (or token) is even looked at.

        Checked before the code, so a guesser learns nothing while limited; a right code
        waits like a wrong one.
        """
        now = self.clock()
        self._prune(peer, now)
        while self._session_failures and now - self._session_failures[0] > WRONG_CODE_WINDOW:
            self._session_failures.popleft()
        mine = self._failures[peer]
        if len(mine) >= WRONG_CODE_LIMIT and now - mine[-1] < LIMITED_RETRY_SECONDS:
            return True
        everyone = self._session_failures
        return (
            len(everyone) >= SESSION_WRONG_CODE_LIMIT and now - everyone[-1] < SESSION_RETRY_SECONDS
        )

    def receive(self, conn: int, raw: str | bytes) -> list[Send]:
        """Handle one message from a connection; never raises for anything a peer can send."""
        c = self._conns.get(conn)
        if c is None:
            return []
        if self.phase is Phase.ENDED:
            return self._refuse(conn, "session-ended", "the session has ended")
        now = self.clock()
        c.allowance = min(MESSAGE_BURST, c.allowance + (now - c.last) * MESSAGE_RATE)
        c.last = now
        if c.allowance < 1:
            if now - c.warned < 1.0:
                return []  # one warning a second, not one reply per flooding message
            c.warned = now
            return [Send(conn, protocol.error_message("too-fast", "too many messages; slow down"))]
        c.allowance -= 1
        try:
            message = protocol.parse_client_message(raw)
            return self._dispatch(conn, c, message)
        except protocol.ProtocolError as exc:
            if exc.fatal:
                self._conns.pop(conn, None)
                if c.token is not None and (s := self._students.get(c.token)) is not None:
                    if s.conn == conn:
                        s.conn = None
                        self._emit("left", s.name)
            return [
                Send(conn, protocol.error_message(exc.code, str(exc), exc.fatal), close=exc.fatal)
            ]

    def _dispatch(self, conn: int, c: _Connection, message: protocol.ClientMessage) -> list[Send]:
        if isinstance(message, protocol.Join):
            return self._join(conn, c, message)
        if isinstance(message, protocol.Resume):
            return self._resume(conn, c, message)
        if c.token is None or (student := self._students.get(c.token)) is None:
            raise protocol.ProtocolError("not-joined", "join the session first")
        if isinstance(message, protocol.DraftUpdate):
            return self._draft(student, message)
        if isinstance(message, protocol.Submit):
            return self._submit(conn, student, message)
        if isinstance(message, protocol.CannotShow):
            return self._cannot_show(student, message)
        # Leave: the token stays valid, so the student can come back.
        self._conns.pop(conn, None)
        if student.conn == conn:
            student.conn = None
            self._emit("left", student.name)
        return [Send(conn, None, close=True)]

    def _fail(self, peer: str, code: str, message: str) -> protocol.ProtocolError:
        self._failures[peer].append(self.clock())
        self._session_failures.append(self.clock())
        self._emit("rejected", "", f"{code} from {peer}")
        return protocol.ProtocolError(code, message, fatal=True)

    def _join(self, conn: int, c: _Connection, message: protocol.Join) -> list[Send]:
        if c.token is not None:
            raise protocol.ProtocolError("already-joined", "this connection has joined already")
        # Checked before the code, so a guesser learns nothing while limited.
        if self._rate_limited(c.peer):
            self._emit("rejected", "", f"rate-limited {c.peer}")
            raise protocol.ProtocolError(
                "rate-limited", "too many wrong codes; wait a minute and try again", fatal=True
            )
        # surrogatepass: a lone surrogate in a guess is one more wrong code, not an exception.
        guess = message.code.encode("utf-8", "surrogatepass")
        if not secrets.compare_digest(guess, self.code.encode()):
            raise self._fail(c.peer, "wrong-code", "that is not this session's join code")
        # One key for "the same name": NFC, case folded, emoji joiners aside.
        key = protocol.name_key(message.name)
        if any(protocol.name_key(s.name) == key for s in self._students.values()):
            raise protocol.ProtocolError(
                "name-taken", f"someone in the class is already called {message.name}", fatal=True
            )
        if len(self._students) >= MAX_STUDENTS:
            raise protocol.ProtocolError("session-full", "the class is full", fatal=True)
        token = protocol.new_token()
        student = Student(
            message.name, token, c.peer, len(self._students), conn, joined_at=utc_now()
        )
        # A look-alike name joins (it may be a real namesake) but the instructor is told.
        for other in self._students.values():
            if protocol.look_alike(other.name, student.name):
                other.looks_like.append(student.name)
                student.looks_like.append(other.name)
        self._students[token] = student
        c.token = token
        self._emit("joined", student.name, f"{len(self._students)} in the class")
        if student.looks_like:
            self._emit("lookalike", student.name, ", ".join(student.looks_like))
        return [self._welcome(conn, student), *self._offer(student)]

    def _resume(self, conn: int, c: _Connection, message: protocol.Resume) -> list[Send]:
        if c.token is not None:
            raise protocol.ProtocolError("already-joined", "this connection has joined already")
        if self._rate_limited(c.peer):
            self._emit("rejected", "", f"rate-limited {c.peer}")
            raise protocol.ProtocolError(
                "rate-limited", "too many failed attempts; wait a minute", fatal=True
            )
        student = self._students.get(message.token)
        if student is None:
            raise self._fail(c.peer, "unknown-token", "this session does not know that token")
        sends = []
        if student.conn is not None and student.conn != conn:
            old = student.conn
            self._conns.pop(old, None)
            sends.append(
                Send(
                    old,
                    protocol.error_message(
                        "taken-over", "you joined from another connection", True
                    ),
                    close=True,
                )
            )
        student.conn = conn
        student.peer = c.peer
        c.token = student.token
        self._emit("rejoined", student.name)
        return [*sends, self._welcome(conn, student), *self._offer(student)]

    def _welcome(self, conn: int, student: Student) -> Send:
        return Send(
            conn,
            protocol.welcome_message(
                student.token, student.name, self.pack, self.categories, len(self.articles)
            ),
        )

    def _offer(self, student: Student) -> list[Send]:
        """The current article for a student, with their draft or submission and any reveal."""
        if student.conn is None:
            return []
        index = self.index
        if self.phase is Phase.FLAGGING and index not in student.first_seen:
            student.first_seen[index] = self.clock()
        sub = student.submissions.get(index)
        draft = sub.flags if sub else student.drafts.get(index)
        reveal = self._reveal_for(student) if self.phase is Phase.REVEALED else None
        return [
            Send(
                student.conn,
                protocol.article_message(
                    index,
                    len(self.articles),
                    self.article,
                    self.phase.value,
                    draft,
                    student.draft_seconds.get(index, 0),
                    sub is not None,
                    reveal,
                    self._hints[index] if self.hints_offered else None,
                    self._hints_used(student, index),
                ),
            )
        ]

    def _draft(self, student: Student, message: protocol.DraftUpdate) -> list[Send]:
        if message.article != self.article.meta.id:
            if any(a.meta.id == message.article for a in self.articles):
                return []  # sent just before the class moved on: nothing to keep
            raise protocol.ProtocolError("not-this-article", f"no article {message.article!r} here")
        if self.phase is not Phase.FLAGGING or self.index in student.submissions:
            return []  # a draft racing its own submission or the reveal: already settled
        protocol.check_flags_fit(message.flags, len(self.article.text), self.category_ids)
        self._check_hints(message.hints_used)
        student.drafts[self.index] = message.flags
        student.draft_seconds[self.index] = message.seconds
        # A hint once shown stays shown (and paid for): a lower count changes nothing.
        used = max(student.hints_used.get(self.index, 0), message.hints_used)
        student.hints_used[self.index] = used
        self._emit("draft", student.name, f"{len(message.flags)} flags")
        return []

    def _check_hints(self, hints_used: int) -> None:
        """ProtocolError ``bad-hints`` unless the count fits the hints this article offers."""
        offered = len(self._hints[self.index])
        if not 0 <= hints_used <= offered:
            detail = (
                "hints are off in this session"
                if not self.hints_offered
                else (f"this article has {offered} hint{'' if offered == 1 else 's'}")
            )
            raise protocol.ProtocolError("bad-hints", f"'hints_used' is {hints_used}, but {detail}")

    def _submit(self, conn: int, student: Student, message: protocol.Submit) -> list[Send]:
        if message.article != self.article.meta.id:
            raise protocol.ProtocolError(
                "not-this-article",
                "the class has moved on; that article can no longer be submitted",
            )
        index = self.index
        previous = student.submissions.get(index)
        if previous is not None:  # a resent submission (after a reconnect): same receipt
            return [Send(conn, protocol.submitted_message(message.article, len(previous.flags)))]
        if self.phase is not Phase.FLAGGING:
            raise protocol.ProtocolError(
                "revealed", "the answers were revealed; submissions are closed"
            )
        protocol.check_flags_fit(message.flags, len(self.article.text), self.category_ids)
        self._check_hints(message.hints_used)
        hints_used = max(student.hints_used.get(index, 0), message.hints_used)
        self._record(student, index, message.flags, "submitted", hints_used)
        detail = f"{len(message.flags)} flags"
        if hints_used:
            detail += f", {hints_used} hint{'' if hints_used == 1 else 's'}"
        self._emit("submitted", student.name, detail)
        return [Send(conn, protocol.submitted_message(message.article, len(message.flags)))]

    def _cannot_show(self, student: Student, message: protocol.CannotShow) -> list[Send]:
        if message.article != self.article.meta.id:
            if any(a.meta.id == message.article for a in self.articles):
                return []  # about an article the class has left: nothing to act on
            raise protocol.ProtocolError("not-this-article", f"no article {message.article!r} here")
        if student.cannot_show.get(self.index) == message.reason:
            return []  # said again after a reconnection: already shown
        student.cannot_show[self.index] = message.reason
        self._emit("cannot-show", student.name, message.reason)
        return []

    def _record(
        self,
        student: Student,
        index: int,
        flags: tuple[Flag, ...],
        status: str,
        hints_used: int = 0,
    ) -> None:
        article = self.articles[index]
        seen = student.first_seen.get(index, self.clock())
        student.submissions[index] = Submission(
            flags,
            status,
            max(0, round(self.clock() - seen)),
            utc_now(),
            # Scored as practice scores it: the notes give reasons, each hint costs.
            score(
                article.text,
                article.annotations,
                flags,
                article.notes,
                hints_used,
                self.categories,
            ),
            hints_used,
        )
        student.drafts[index] = flags
        student.hints_used[index] = hints_used

    # -- the instructor's actions ------------------------------------------------------
    def reveal(self) -> list[Send]:
        """Close submissions on the current article and show every student their feedback.

        Students who saw the article but did not submit have their latest draft
        submitted for them ("auto-submitted"), except those whose app could not show
        it: they stay "absent" rather than score nothing.
        """
        if self.phase is not Phase.FLAGGING:
            raise SessionStateError(
                translate("ClassSession", "the answers are already revealed")
                if self.phase is Phase.REVEALED
                else translate("ClassSession", "the session has ended")
            )
        for s in self._students.values():
            if (
                self.index in s.first_seen
                and self.index not in s.submissions
                and self.index not in s.cannot_show
            ):
                self._record(
                    s,
                    self.index,
                    s.drafts.get(self.index, ()),
                    "auto-submitted",
                    s.hints_used.get(self.index, 0),
                )
        self.phase = Phase.REVEALED
        self._emit("revealed", "", self.article.meta.id)
        return [Send(s.conn, self._reveal_for(s)) for s in self._students.values() if s.connected]

    def _reveal_for(self, student: Student) -> dict:
        sub = student.submissions.get(self.index)
        tallies = self.gold_tally(live=False)
        return protocol.reveal_payload(
            self.article,
            sub.status if sub else "absent",
            sub.flags if sub else (),
            sub.report.score if sub else None,
            self.submission_count(),
            tallies,
            sub.hints_used if sub else 0,
            sub.report if sub else None,
        )

    def next_article(self) -> list[Send]:
        """Move everyone to the next article (after the reveal)."""
        if self.phase is Phase.ENDED:
            raise SessionStateError(translate("ClassSession", "the session has ended"))
        if self.phase is not Phase.REVEALED:
            raise SessionStateError(
                translate("ClassSession", "reveal the answers to this article first")
            )
        if self.is_last_article:
            raise SessionStateError(
                translate("ClassSession", "this is the last article; end the session")
            )
        self.index += 1
        self.phase = Phase.FLAGGING
        self._emit("advanced", "", f"{self.index + 1} of {len(self.articles)}")
        sends = []
        for s in self._students.values():
            sends += self._offer(s)
        return sends

    def end(self, reason: str = ENDED_BY_INSTRUCTOR) -> list[Send]:
        """End the session: reveal the current article if need be, then tell everyone."""
        if self.phase is Phase.ENDED:
            return []
        sends = []
        if self.phase is Phase.FLAGGING and any(
            self.index in s.first_seen for s in self._students.values()
        ):
            sends += self.reveal()
        self.phase = Phase.ENDED
        self.ended_at = utc_now()
        for conn in list(self._conns):
            sends.append(Send(conn, protocol.ended_message(reason), close=True))
        self._conns.clear()
        for s in self._students.values():
            s.conn = None
        self._emit("ended", "", reason)
        return sends

    # -- results ------------------------------------------------------------------------
    def reached(self) -> int:
        """How many articles the class has worked on (the current one included)."""
        return self.index + 1

    def results(self, indices: Sequence[int] | None = None) -> list[ClassResult]:
        """Gradebook rows: one per student and article reached (or per ``indices``)."""
        if indices is None:
            indices = range(self.reached())
        rows = []
        for index in indices:
            article = self.articles[index]
            for s in self._students.values():
                rows.append(self._result(s, index, article))
        return rows

    def _result(self, student: Student, index: int, article: PackArticle) -> ClassResult:
        sub = student.submissions.get(index)
        gold = len(article.annotations)
        if sub is None:
            categories = tuple(
                {"category": c, "gold": n, "found": 0, "missed": n, "flagged": 0, "invented": 0}
                for c, n in sorted(_gold_counts(article).items())
            )
            return ClassResult(
                student.name,
                index,
                article.meta.id,
                article.meta.headline,
                "absent",
                None,
                None,
                None,
                gold,
                0,
                0,
                0,
                gold,
                0,
                0,
                None,
                "",
                categories,
                (),
                0,
            )
        report = sub.report
        verdicts = [g.verdict for g in report.gold]
        return ClassResult(
            student.name,
            index,
            article.meta.id,
            article.meta.headline,
            sub.status,
            report.score,
            report.spotted.f1,
            report.named.f1,
            gold,
            sum(v in (GoldVerdict.FOUND, GoldVerdict.WRONG_CATEGORY) for v in verdicts),
            sum(v is GoldVerdict.FOUND for v in verdicts),
            sum(v is GoldVerdict.PARTLY_FOUND for v in verdicts),
            sum(v is GoldVerdict.MISSED for v in verdicts),
            sum(f.verdict is FlagVerdict.NOT_A_RED_FLAG for f in report.flags),
            len(sub.flags),
            sub.seconds,
            sub.submitted_at,
            tuple(dict(c.__dict__) for c in report.categories),
            sub.flags,
            sub.hints_used,
        )


def _gold_counts(article: PackArticle) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for a in article.annotations:
        counts[a.category] += 1
    return counts


def session_for(
    pack: Pack,
    article_ids: Sequence[str] | None = None,
    code: str | None = None,
    hints: bool = True,
) -> ClassSession:
    """A ClassSession on ``pack`` with these articles (all of them by default).

    ``hints``: whether students may ask for hints. ValueError naming the first unknown id.
    """
    known = pack.article_ids()
    ids = article_ids or known
    unknown = [i for i in ids if i not in known]
    if unknown:
        raise ValueError(
            translate("ClassSession", "the pack has no article {article}").format(
                article=repr(unknown[0])
            )
        )
    if len(ids) > protocol.MAX_ARTICLES:
        raise ValueError(
            translate(
                "ClassSession",
                "a session can have at most %n article(s)",
                "",
                MAX_ARTICLES,
            )
        )
    return ClassSession(
        pack.meta, pack.categories, [pack.article(i) for i in ids], code=code, hints=hints
    )


def _check_students_can_join(pack: PackMeta, categories: Sequence[Category], count: int) -> None:
    """Refuse, before anyone joins, a pack whose welcome every student's app would refuse.

    An article a student cannot show is reported and the class goes on; a welcome they
    cannot read would turn every student away, so it is checked here with the students'
    own parser.
    """
    welcome = protocol.welcome_message("check", "Check", pack, categories, count)
    try:
        protocol.parse_host_message(protocol.encode(welcome), protocol.HostContext())
    except protocol.ProtocolError as exc:
        raise ValueError(
            translate(
                "ClassSession", "students could not join a session of this pack: {problem}"
            ).format(problem=exc)
        ) from None
