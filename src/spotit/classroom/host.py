"""Running a class as the instructor: session, server, saved results, automatic pacing.

Shared by the headless ``spotit class host`` and the host window. Results go into the
instructor's progress database at every reveal (so a crash loses at most the article
under way) and at the end; the gradebook CSV is written on request.
"""

from __future__ import annotations

import statistics
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal

from spotit.classroom.discovery import Announcer
from spotit.classroom.gradebook import write_gradebook
from spotit.classroom.live import describe
from spotit.classroom.lrs import class_statements, send_pending
from spotit.classroom.server import ClassServer, ServerError
from spotit.classroom.session import ClassSession, Phase, SessionEvent
from spotit.classroom.web import StudentPageServer
from spotit.core.i18n import translate
from spotit.store.class_results import ClassResults
from spotit.store.progress import Progress, ProgressError


class HostController(QObject):
    """The instructor's side of a running class."""

    #: A log line for every session event (drafts excluded: too many to read).
    logged = Signal(str)
    #: Anything changed: the roster, a draft, the phase. Screens refresh (throttled).
    changed = Signal()
    #: The session ended (results saved; the gradebook may still be written).
    finished = Signal()
    #: Results could not be saved to the progress database: a one-line message.
    storage_failed = Signal(str)
    #: The session's statements for the school's LRS are in the outbox (how many):
    #: time to send them (``send_statements``, off the GUI thread).
    statements_queued = Signal(int)

    def __init__(
        self,
        session: ClassSession,
        progress: Progress | None = None,
        auto: bool = False,
        pause_seconds: float = 5.0,
        parent: QObject | None = None,
        grace_seconds: float = 3.0,
    ) -> None:
        super().__init__(parent)
        self.session = session
        self.progress = progress
        self.records = ClassResults(progress) if progress is not None else None
        self.auto = auto
        self.pause_seconds = pause_seconds
        self.grace_seconds = grace_seconds
        self.server = ClassServer(session, self)
        self.server.changed.connect(self.changed)
        self.announcer: Announcer | None = None
        self.page: StudentPageServer | None = None
        self.record_id: int | None = None
        self.gradebook_path: Path | None = None
        # Automatic pacing waits until everyone has been done for a moment, so a class
        # that is still arriving is not revealed to by its first student's submission.
        self._auto_timer = QTimer(self)
        self._auto_timer.setSingleShot(True)
        self._auto_timer.timeout.connect(self._auto_reveal)
        session.subscribe(self._on_event)

    # -- starting -----------------------------------------------------------------------
    def start(
        self, address: str, port: int, announce: bool = False, web_port: int | None = None
    ) -> None:
        """Listen for students (ServerError if the address or port cannot be used).

        ``web_port``: also serve the student page for browsers there (None: no page). If
        that port is taken, the page goes on a free one (the address shown says which).
        """
        self.server.listen(address, port)
        if web_port is not None:
            self._serve_page(web_port)
        if self.records is not None:
            self._store(
                lambda: setattr(
                    self,
                    "record_id",
                    self.records.start_session(
                        self.session.code,
                        self.session.pack.id,
                        self.session.pack.version,
                        self.session.pack.title,
                        [a.meta.id for a in self.session.articles],
                    ),
                )
            )
        if announce:
            self.announcer = Announcer(
                self.server.address, self.server.port, self.session.pack.title, parent=self
            )
            self.announcer.start()

    def _serve_page(self, web_port: int) -> None:
        page = StudentPageServer(self)
        try:
            page.listen(self.server.address, web_port, self.server.port)
        except ServerError:
            if web_port == 0:
                self.server.close()
                raise
            try:
                page.listen(self.server.address, 0, self.server.port)
            except ServerError:
                self.server.close()
                raise
            self.logged.emit(
                translate(
                    "HostController", "Port {taken} was taken: the student page is on {url}"
                ).format(taken=web_port, url=page.url)
            )
        self.page = page
        self.server.web_origins = page.origins

    @property
    def page_url(self) -> str | None:
        """The address students open in a browser, or None when no page is served."""
        return self.page.url if self.page is not None else None

    @property
    def join_address(self) -> str:
        return self.server.address

    @property
    def port(self) -> int:
        return self.server.port

    # -- the instructor's actions (SessionStateError when they do not fit) ----------------
    def reveal(self) -> None:
        """Reveal the current article to everyone and save its results."""
        self.server.apply(self.session.reveal())
        self._save([self.session.index])
        self.changed.emit()
        if self.auto:
            QTimer.singleShot(int(self.pause_seconds * 1000), self._auto_advance)

    def next_article(self) -> None:
        """Move the class to the next article."""
        self.server.apply(self.session.next_article())
        self.changed.emit()

    def end(self) -> None:
        """End the session, save every result, stop announcing; emits ``finished``."""
        if self.session.phase is Phase.ENDED:
            return
        self.server.apply(self.session.end())
        queued = self._finish()
        if self.announcer is not None:
            self.announcer.stop()
        # Let the ended messages go out before the sockets are dropped.
        QTimer.singleShot(500, self.server.close)
        if self.page is not None:
            self.page.close()
        self.changed.emit()
        self.finished.emit()
        if queued:
            self.statements_queued.emit(queued)

    def send_statements(self):
        """Send the outbox to the school's LRS now: a ``SendReport``, or None (no LRS).

        Blocking (bounded by the client's timeouts) and safe off the GUI thread: it uses
        its own connection to the progress file. What cannot be sent stays queued for the
        app's background sender or ``spotit lrs push``.
        """
        if self.progress is None:
            return None
        return send_pending(self.progress.path)

    def save_gradebook(self, path: Path | str) -> Path:
        """Write the gradebook CSV (OSError if it cannot be written)."""
        self.gradebook_path = write_gradebook(
            path, self.session.code, self.session.results(), self.session.categories
        )
        return self.gradebook_path

    # -- figures --------------------------------------------------------------------------
    def latency_ms(self) -> tuple[float, float]:
        """Median and 95th percentile of the host's message-handling time, in ms."""
        samples = list(self.server.handling_ms)
        if len(samples) < 2:
            value = samples[0] if samples else 0.0
            return value, value
        cuts = statistics.quantiles(samples, n=100, method="inclusive")
        return statistics.median(samples), cuts[94]

    # -- internals -------------------------------------------------------------------------
    def _on_event(self, event: SessionEvent) -> None:
        if event.kind != "draft":
            self.logged.emit(describe(event, self.session))
        if not self.auto or self.session.phase is not Phase.FLAGGING:
            return
        if event.kind in ("submitted", "left", "joined", "rejoined", "cannot-show"):
            if self.session.all_submitted():
                self._auto_timer.start(int(self.grace_seconds * 1000))  # (re)starts the wait
            else:
                self._auto_timer.stop()  # someone (maybe a newcomer) still has work to do

    def _auto_reveal(self) -> None:
        if self.session.phase is Phase.FLAGGING and self.session.all_submitted():
            self.reveal()

    def _auto_advance(self) -> None:
        if self.session.phase is not Phase.REVEALED:
            return
        if self.session.is_last_article:
            self.end()
        else:
            self.next_article()

    def _save(self, indices: list[int] | None) -> None:
        if self.records is None or self.record_id is None:
            return
        results = self.session.results(indices)
        self._store(lambda: self.records.save(self.record_id, results))

    def _finish(self) -> int:
        """Save the results, the end and the LRS statements in one transaction; how many queued."""
        if self.records is None or self.record_id is None:
            return 0
        results = self.session.results()
        batches: list = []
        try:
            settings = self.progress.lrs_settings()
            if settings is not None:
                installation = self.progress.installation_id()
                batches = class_statements(self.session, installation, settings, self.record_id)
        except (ProgressError, ValueError) as exc:
            self.logged.emit(f"warning: no statements for the school's LRS: {exc}")
            batches = []
        queued: list[int] = []
        if batches and self._store(
            lambda: queued.append(self.records.finish(self.record_id, results, batches)),
            quiet=True,
        ):
            return queued[0]
        # Without statements (none to queue, or the outbox refused them): results come first.
        self._store(lambda: self.records.finish(self.record_id, results))
        return 0

    def _store(self, work, quiet: bool = False) -> bool:
        try:
            work()
        except ProgressError as exc:
            message = str(exc)  # names the database and what could not be done
        except OSError as exc:
            message = translate(
                "HostWindow", "could not save the class results to {path}: {problem}"
            ).format(path=self.progress.path, problem=exc)
        else:
            return True
        self.logged.emit(f"warning: {message}")
        if not quiet:
            self.storage_failed.emit(message)
        return False
