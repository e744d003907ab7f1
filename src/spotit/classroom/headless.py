"""``spotit class host``: a class session without a window, driven from the terminal.

The first line printed is ``code: XXXXXX``. Commands typed on standard input:
``reveal``, ``next``, ``end``, ``status``, ``help``. Standard input is read by a
thread that hands each line to the Qt event loop, so the host never blocks on it.
"""

from __future__ import annotations

import signal
import sys
import threading
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from spotit.classroom import protocol
from spotit.classroom.gradebook import default_gradebook_name
from spotit.classroom.host import HostController
from spotit.classroom.session import ClassSession, Phase, SessionStateError
from spotit.core.scoring import HINT_COST
from spotit.store.progress import Progress

HELP = "commands: reveal, next, end, status, help"


class _StdinReader(QObject):
    """Reads lines on a plain thread and delivers them, queued, to the Qt thread."""

    line = Signal(str)

    def start(self, stream: TextIO) -> None:
        thread = threading.Thread(target=self._run, args=(stream,), daemon=True)
        thread.start()

    def _run(self, stream: TextIO) -> None:
        try:
            for line in stream:
                self.line.emit(line)
        except (OSError, ValueError):
            return  # stdin closed under us: commands end, the host keeps running


class HeadlessHost(QObject):
    """Runs one class session until ``end`` (typed, automatic, or a signal)."""

    def __init__(
        self,
        session: ClassSession,
        progress: Progress | None,
        gradebook: Path | None,
        auto: bool,
        pause_seconds: float,
        out: TextIO = sys.stdout,
        grace_seconds: float = 3.0,
    ) -> None:
        super().__init__()
        self.session = session
        self.out = out
        self.gradebook = gradebook or Path(
            default_gradebook_name(session.pack.id, session.code, session.started_at)
        )
        self.controller = HostController(
            session, progress, auto, pause_seconds, self, grace_seconds=grace_seconds
        )
        self.controller.logged.connect(self.say)
        self.controller.finished.connect(self._finished)
        self.controller.statements_queued.connect(self._note_queued)
        self.queued = 0  # statements for the school's LRS this session put in the outbox
        self.status = 0
        self._reader = _StdinReader()
        self._reader.line.connect(self.command)

    def say(self, text: str) -> None:
        print(text, file=self.out, flush=True)

    def start(
        self,
        address: str,
        port: int,
        announce: bool,
        stdin: TextIO | None,
        web_port: int | None = None,
    ) -> None:
        """Listen and print the code first, then how to join (ServerError if it cannot listen)."""
        self.controller.start(address, port, announce, web_port)
        s = self.session
        self.say(f"code: {s.code}")
        self.say(f"address: {self.controller.join_address} port {self.controller.port}")
        self.say(
            f"students: Class > Join a class..., host {self.controller.join_address}, "
            f"port {self.controller.port}, code {protocol.format_code(s.code)}"
        )
        if self.controller.page_url is not None:
            self.say(f"page: {self.controller.page_url} (students in a browser open it)")
        cost = f"on (each one used costs {HINT_COST} points)"
        self.say(f"hints: {cost if s.hints_offered else 'off'}")
        self.say(f"article 1/{len(s.articles)}: {s.article.meta.headline}")
        if self.controller.announcer is not None:
            where = self.controller.announcer.target or "nowhere (no broadcast address)"
            self.say(f"announcing on {where} port {self.controller.announcer.discovery_port}")
        self.say(HELP)
        if stdin is not None:
            self._reader.start(stdin)

    def command(self, line: str) -> None:
        """One typed command."""
        word = line.strip().lower()
        if not word:
            return
        try:
            if word == "reveal":
                self.controller.reveal()
            elif word == "next":
                self.controller.next_article()
            elif word == "end":
                self.controller.end()
            elif word == "status":
                self.print_status()
            elif word in ("help", "?"):
                self.say(HELP)
            else:
                self.say(f"unknown command {word!r}; {HELP}")
        except SessionStateError as exc:
            self.say(f"cannot {word}: {exc}")

    def print_status(self) -> None:
        s = self.session
        roster = s.roster()
        low, high = self.controller.latency_ms()
        self.say(
            f"status: article {s.index + 1}/{len(s.articles)} ({s.phase.value}), "
            f"{sum(e.connected for e in roster)} connected, {len(roster)} joined, "
            f"{s.submission_count()} submitted; handling p50 {low:.2f} ms, p95 {high:.2f} ms"
        )
        for entry in roster:
            where = "" if entry.connected else ", offline"
            score = "" if entry.score is None else f", score {entry.score}"
            used = entry.hints_used
            hints = f", {used} hint{'' if used == 1 else 's'}" if used else ""
            self.say(f"  {entry.name}: {entry.state}, {entry.flags} flags{hints}{score}{where}")

    def _finished(self) -> None:
        try:
            path = self.controller.save_gradebook(self.gradebook)
            self.say(f"gradebook: {path}")
        except OSError as exc:
            print(
                f"spotit: error: cannot write the gradebook {self.gradebook}: {exc.strerror or exc}",
                file=sys.stderr,
                flush=True,
            )
            self.status = 1
        if self.controller.progress is not None and self.controller.record_id is not None:
            self.say(f"results saved in {self.controller.progress.path}")
        # Give the "ended" messages time to leave before sending and stopping.
        QTimer.singleShot(600, self._leave)

    def _note_queued(self, count: int) -> None:
        self.queued = count

    def _leave(self) -> None:
        if self.queued:
            self.send_statements()
        QCoreApplication.quit()

    def send_statements(self) -> None:
        """Send the outbox to the school's LRS before exiting; what fails stays queued."""
        self.say(f"lrs: sending {self.queued} statements of this session")
        try:
            report = self.controller.send_statements()
        except Exception as exc:  # noqa: BLE001 - the results are saved; sending is a bonus
            line = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            self.say(f"lrs: not sent ({line}); they stay queued: spotit lrs push sends them")
            return
        if report is None:
            self.say("lrs: no school results server configured (spotit lrs configure)")
            return
        self.say(lrs_report_line(report))

    def end_on_signal(self, *_args) -> None:
        if self.session.phase is not Phase.ENDED:
            self.say("stopping: ending the session")
            QTimer.singleShot(0, self.controller.end)


def run_headless(
    session: ClassSession,
    address: str,
    port: int,
    gradebook: Path | None,
    auto: bool,
    pause_seconds: float,
    announce: bool,
    progress: Progress | None,
    grace_seconds: float = 3.0,
    web_port: int | None = None,
) -> int:
    """Run the host until the session ends; the exit status."""
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    host = HeadlessHost(
        session, progress, gradebook, auto, pause_seconds, grace_seconds=grace_seconds
    )
    # Handlers first: a supervisor may send SIGTERM as soon as it reads the port line.
    previous = {s: signal.getsignal(s) for s in (signal.SIGINT, signal.SIGTERM)}
    for sig in previous:
        signal.signal(sig, host.end_on_signal)
    # Python runs signal handlers only between bytecodes: wake it now and then.
    wake = QTimer()
    wake.timeout.connect(lambda: None)
    try:
        host.start(address, port, announce, sys.stdin, web_port)
        wake.start(200)
        app.exec()
    finally:
        wake.stop()
        for sig, handler in previous.items():
            signal.signal(sig, handler)
    return host.status


def lrs_report_line(report) -> str:
    """One line about a ``SendReport``: what was sent, what waits, and why."""
    line = f"lrs: {report.sent} sent, {report.rejected} rejected, {report.retry_later} waiting"
    if report.retry_later or report.rejected:
        line += f" (last error: {report.last_error or 'none given'})"
    if report.retry_later:
        line += "; spotit lrs push sends what waits"
    return line
