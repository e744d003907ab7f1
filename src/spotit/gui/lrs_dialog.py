"""File › School results server (LRS)…: where results go, and the sender in the background.

:class:`LrsDialog` enters the school's Learning Record Store (docs/school-deployment.md):
its xAPI address, key and secret (a password field that never shows the saved secret
back), and the school's homepage that names learners' accounts; *Test connection* asks
the LRS with what is typed; the status shows what the outbox holds and the last error.

:class:`LrsSender` sends the outbox in the background: an ``Operation`` every minute and
soon after each submit, only when settings exist, one at a time. It never blocks the
window and never opens a dialog: problems go to the status bar and this dialog.

The HTTP client (``spotit.interop``) loads only when something is sent or tested, so
start-up does not pay for it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from spotit.core.i18n import translate
from spotit.gui.i18n import number
from spotit.gui.operations import Operation, expect
from spotit.gui.plain import plain_label, set_plain
from spotit.store.progress import Progress, ProgressError

#: The background sender's rhythm: the first run soon after start-up (what a restart left
#: queued goes out), then every minute; after a submit, a moment later.
FIRST_SEND_MS = 15_000
SEND_EVERY_MS = 60_000
AFTER_SUBMIT_MS = 2_000

expect(ProgressError)  # its message names the file and what could not be done


def _expect_lrs_errors() -> None:
    from spotit.interop.lrs import LrsError  # one line written for the user

    expect(LrsError)


def send_now(path) -> Any:
    """Send the outbox of the progress file at ``path`` (off the GUI thread): a
    ``SendReport``, or None when no LRS is configured."""
    from spotit.classroom.lrs import send_pending  # its own connection to the file

    return send_pending(path)


def status_line(counts: dict[str, int]) -> str:
    """The outbox in words: "3 waiting to be sent, 120 sent, 1 refused by the LRS"."""
    return translate(
        "LrsDialog", "{queued} waiting to be sent, {sent} sent, {rejected} refused by the LRS"
    ).format(
        queued=number(counts.get("queued", 0)),
        sent=number(counts.get("sent", 0)),
        rejected=number(counts.get("rejected", 0)),
    )


class LrsSender(QObject):
    """Sends the outbox in an ``Operation``, every minute and after each submit."""

    #: A run finished: the SendReport (None: nothing configured).
    sent = Signal(object)
    #: A run could not be made at all: one line (the file, the settings).
    failed = Signal(str)

    def __init__(
        self,
        progress: Progress,
        parent: QObject | None = None,
        every_ms: int = SEND_EVERY_MS,
        first_ms: int = FIRST_SEND_MS,
        work: Callable[[Any], Any] = send_now,
    ) -> None:
        super().__init__(parent)
        self.progress = progress
        self.work = work
        self.running: Operation | None = None
        self._again = False  # asked while a run was going: one more when it ends
        self._timer = QTimer(self)
        self._timer.setInterval(every_ms)
        self._timer.timeout.connect(self.send)
        self._soon = QTimer(self)
        self._soon.setSingleShot(True)
        self._soon.timeout.connect(self.send)
        self._first_ms = first_ms

    def start(self) -> None:
        """Begin sending in the background (the first run after ``first_ms``)."""
        self._timer.start()
        self._soon.start(self._first_ms)

    def stop(self) -> None:
        self._timer.stop()
        self._soon.stop()

    def send_soon(self, delay_ms: int = AFTER_SUBMIT_MS) -> None:
        """Send a moment from now (after a submit, a class session's end)."""
        self._soon.start(delay_ms)

    def wanted(self) -> bool:
        """Whether there is an LRS to send to (one quick query; never raises)."""
        from spotit.store.progress import ProgressError

        if not getattr(self.progress, "saving", True) or str(self.progress.path) == ":memory:":
            return False  # a copy that is not saved: nothing it marks as sent would be kept
        try:
            return self.progress.lrs_settings() is not None
        except ProgressError:
            return False

    def send(self) -> bool:
        """Start a run now unless one is going or nothing is configured; whether it started."""
        if self.running is not None and not self.running.done:
            self._again = True
            return False
        if not self.wanted():
            return False
        _expect_lrs_errors()
        path = self.progress.path
        self.running = (
            Operation(lambda: self.work(path), parent=self)
            .success(self._sent)
            .failure(self._failed)
            .run()
        )
        return True

    @property
    def busy(self) -> bool:
        return self.running is not None and not self.running.done

    def _sent(self, report) -> None:
        self.sent.emit(report)
        self._after()

    def _failed(self, line: str) -> None:
        self.failed.emit(line)
        self._after()

    def _after(self) -> None:
        if self._again:
            self._again = False
            self._soon.start(0)


class LrsDialog(QDialog):
    """The school's LRS: settings, a connection test, what the outbox holds."""

    def __init__(
        self, progress: Progress, sender: LrsSender | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.progress = progress
        self.sender = sender
        self._test: Operation | None = None
        self.setWindowTitle(self.tr("School results server (LRS)"))
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * 48)

        intro = QLabel(
            self.tr(
                "Results made on this computer can also go to your school's Learning Record "
                "Store (xAPI), where teachers see every classroom's. Your school's IT gives "
                "you these. Learners are named by their profile name as an account on the "
                "school's homepage, never by an e-mail address."
            )
        )
        intro.setWordWrap(True)

        self.endpoint = QLineEdit()
        self.endpoint.setPlaceholderText(
            "https://lrs.school.example/xAPI/"
        )  # not translated: a URL
        self.endpoint.setAccessibleName(self.tr("LRS address"))
        self.key = QLineEdit()
        self.key.setAccessibleName(self.tr("Key"))
        self.secret = QLineEdit()
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setAccessibleName(self.tr("Secret"))
        # Never filled from what is saved: a secret shown back could be read over a
        # shoulder or copied out of the field.
        self.secret.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        self.homepage = QLineEdit()
        self.homepage.setPlaceholderText("https://school.example")  # not translated: a URL
        self.homepage.setAccessibleName(self.tr("School homepage"))
        # Off unless the school asks: learners are accounts, never e-mail addresses.
        self.use_email = QCheckBox(
            self.tr(
                "Name a learner whose profile name is an e-mail address by that e-&mail address"
            )
        )
        self.use_email.setAccessibleName(self.tr("Send e-mail addresses"))

        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.addRow(self.tr("&Address (xAPI endpoint):"), self.endpoint)
        form.addRow(self.tr("&Key:"), self.key)
        form.addRow(self.tr("S&ecret:"), self.secret)
        form.addRow(self.tr("School &homepage:"), self.homepage)
        form.addRow("", self.use_email)

        self.test_button = QPushButton(self.tr("&Test connection"))
        self.test_button.clicked.connect(self.test_connection)
        self.send_button = QPushButton(self.tr("Send &now"))
        self.send_button.clicked.connect(self.send_now)
        self.forget_button = QPushButton(self.tr("&Forget these settings"))
        self.forget_button.clicked.connect(self.forget)
        actions = QHBoxLayout()
        actions.addWidget(self.test_button)
        actions.addWidget(self.send_button)
        actions.addStretch(1)
        actions.addWidget(self.forget_button)

        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setTextVisible(False)
        self.busy.setAccessibleName(self.tr("Working"))
        self.busy.setMaximumHeight(self.fontMetrics().height())
        self.busy.hide()
        # What the LRS, the file or the checks said: plain text, whatever it holds.
        self.message = plain_label()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.setAccessibleName(self.tr("Result"))

        status_box = QGroupBox(self.tr("What is waiting"))
        status = QFormLayout(status_box)
        status.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.queued_label = plain_label()
        self.sent_label = plain_label()
        self.rejected_label = plain_label()
        self.error_label = plain_label()
        self.error_label.setWordWrap(True)
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        status.addRow(self.tr("Waiting to be sent:"), self.queued_label)
        status.addRow(self.tr("Sent:"), self.sent_label)
        status.addRow(self.tr("Refused by the LRS:"), self.rejected_label)
        status.addRow(self.tr("Last error:"), self.error_label)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Close
        )
        save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save_button.clicked.connect(self.save)
        # Enter in a field saves; the other buttons take Enter only when focused.
        for button in (self.test_button, self.send_button, self.forget_button):
            button.setAutoDefault(False)
        save_button.setDefault(True)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        # Never smaller than what it holds: at 200% the wrapped texts need the room.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetMinimumSize)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.busy)
        layout.addWidget(self.message)
        layout.addWidget(status_box)
        layout.addStretch(1)
        layout.addWidget(self.buttons)

        if sender is not None:
            sender.sent.connect(self._sender_reported)
            sender.failed.connect(self._sender_failed)
        self.load()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        # Qt sizes a new window to at most 2/3 of the screen, which squeezes the wrapped
        # texts at 200%: take the room they ask for, as far as the screen has it.
        if not getattr(self, "_sized", False):
            self._sized = True
            hint, room = self.sizeHint(), self.screen().availableGeometry().size()
            self.resize(min(hint.width(), room.width()), min(hint.height(), room.height()))
        super().showEvent(event)

    # -- what is saved -------------------------------------------------------------------
    def load(self) -> None:
        """Fill the fields from the saved settings (never the secret) and the status."""
        try:
            settings = self.progress.lrs_settings()
            has_secret = bool(self.progress.lrs_secret())
        except ProgressError as exc:
            settings, has_secret = None, False
            self._say(str(exc))
        self.saved = settings
        self.endpoint.setText(settings.endpoint if settings else "")
        self.key.setText(settings.key if settings else "")
        self.homepage.setText(settings.homepage if settings else "")
        self.use_email.setChecked(bool(settings and settings.use_email))
        self.secret.clear()
        self.secret.setPlaceholderText(
            self.tr("kept on this computer; type a new one to replace it") if has_secret else ""
        )
        self.forget_button.setEnabled(settings is not None)
        self.send_button.setEnabled(settings is not None)
        self.refresh_status()

    def refresh_status(self) -> None:
        """Show what the outbox holds now, and its last error."""
        try:
            counts = self.progress.outbox_counts()
            last = self.progress.outbox_last_error()
        except ProgressError as exc:
            counts, last = {}, str(exc)
        self.queued_label.setText(number(counts.get("queued", 0)))
        self.sent_label.setText(number(counts.get("sent", 0)))
        self.rejected_label.setText(number(counts.get("rejected", 0)))
        self.error_label.setText(last or self.tr("none"))

    def _say(self, text: str) -> None:
        set_plain(self.message, text)

    # -- reading the form ----------------------------------------------------------------
    def typed_settings(self):
        """(LrsSettings, secret) from the fields, or (None, the first problem)."""
        from spotit.core.xapi import LrsSettings
        from spotit.interop.lrs import endpoint_problem

        endpoint = self.endpoint.text().strip()
        key = self.key.text().strip()
        homepage = self.homepage.text().strip().rstrip("/")
        if not endpoint:
            return None, self.tr("Give the LRS's address (its xAPI endpoint).")
        problem = endpoint_problem(endpoint)
        if problem:
            return None, self.tr("The address: {problem}.").format(problem=problem)
        if endpoint.rstrip("/").endswith("/statements"):
            return None, self.tr("Give the xAPI endpoint without “statements” at the end.")
        if not key:
            return None, self.tr("Give the key your school's IT gave you.")
        if not homepage:
            return None, self.tr("Give the school's homepage (it names the learners' accounts).")
        if endpoint_problem(homepage):
            return None, self.tr("The school's homepage must be an http:// or https:// address.")
        secret = self.secret.text()
        if not secret:
            try:
                secret = self.progress.lrs_secret() or ""
            except ProgressError as exc:
                return None, str(exc)
        if not secret:
            return None, self.tr("Give the secret that goes with the key.")
        if any(c in secret for c in "\r\n\0"):
            return None, self.tr("The secret cannot hold a line break.")
        base = self.saved if self.saved is not None else LrsSettings(endpoint, key, homepage)
        typed = replace(
            base,
            endpoint=endpoint,
            key=key,
            homepage=homepage,
            use_email=self.use_email.isChecked(),
        )
        return typed, secret

    # -- actions -------------------------------------------------------------------------
    def save(self) -> bool:
        """Keep the settings (the secret in its user-only file); whether they were kept."""
        settings, secret = self.typed_settings()
        if settings is None:
            self._say(secret)
            return False
        try:
            if self.secret.text():
                self.progress.save_lrs_secret(secret)
            self.progress.set_lrs_settings(settings)
        except (ProgressError, ValueError) as exc:
            self._say(str(exc))
            return False
        self.load()
        self._say(self.tr("Saved. Results are sent in the background from now on."))
        if self.sender is not None:
            self.sender.send_soon()
        return True

    def forget(self) -> None:
        """Stop sending: the settings and the secret go; what is queued stays queued."""
        try:
            self.progress.set_lrs_settings(None)
        except ProgressError as exc:
            self._say(str(exc))
            return
        self.load()
        self._say(
            self.tr(
                "Forgotten: nothing is sent any more. What was waiting stays here, to go "
                "if settings are given again."
            )
        )

    def test_connection(self) -> None:
        """Ask the LRS, with what is typed, for one statement (an Operation)."""
        settings, secret = self.typed_settings()
        if settings is None:
            self._say(secret)
            return
        _expect_lrs_errors()
        from spotit.interop.lrs import LrsClient

        def work() -> str:
            return LrsClient(settings, secret, timeout=10.0).test_connection()

        self._say(self.tr("Asking {endpoint}…").format(endpoint=settings.endpoint))
        self._test = (
            Operation(work, parent=self)
            .busy(self.busy, disable=[self.test_button, self.send_button])
            .success(lambda line: self._say(self.tr("Connected: {line}.").format(line=line)))
            .failure(lambda line: self._say(self.tr("Not connected: {line}").format(line=line)))
            .run()
        )

    def send_now(self) -> None:
        """Send what is waiting now (the background sender's run, started at once)."""
        if self.sender is None:
            self.sender = LrsSender(self.progress, self)
            self.sender.sent.connect(self._sender_reported)
            self.sender.failed.connect(self._sender_failed)
        if self.sender.send():
            self._say(self.tr("Sending…"))
        elif self.sender.busy:
            self._say(self.tr("Sending already; what is left goes next."))

    def _sender_reported(self, report) -> None:
        self.refresh_status()
        if report is None:
            return
        self._say(
            self.tr("Sent {sent}; {waiting} waiting; {rejected} refused.").format(
                sent=number(report.sent),
                waiting=number(report.retry_later),
                rejected=number(report.rejected),
            )
        )

    def _sender_failed(self, line: str) -> None:
        self.refresh_status()
        self._say(self.tr("Could not send: {line}").format(line=line))
