"""Choosing a learner profile, and keeping one profile open in one window only."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
)

from spotit.core.i18n import translate
from spotit.core.progress import Learner
from spotit.gui.plain import plain_message, set_plain
from spotit.store.progress import Progress

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket


class ProfileLock(QObject):
    """A per-profile QLockFile, plus a local socket so a second copy can bring this one forward."""

    raise_requested = Signal()

    def __init__(self, data_dir: Path, learner: Learner, parent: QObject | None = None) -> None:
        super().__init__(parent)
        digest = hashlib.sha1(str(data_dir.resolve()).encode()).hexdigest()[:12]
        locks = data_dir / "locks"
        try:
            locks.mkdir(parents=True, exist_ok=True)
        except OSError:
            # A data folder that cannot be written (practice without saving): the lock
            # still keeps one window per profile, from the temporary folder.
            import tempfile

            locks = Path(tempfile.gettempdir()) / f"spotit-{digest}-locks"
            locks.mkdir(parents=True, exist_ok=True)
        self.lock = QLockFile(str(locks / f"learner-{learner.id}.lock"))
        self.lock.setStaleLockTime(0)  # stale only when the owning process is gone
        self.server_name = f"spotit-{digest}-learner-{learner.id}"
        self.server: QLocalServer | None = None

    def acquire(self) -> bool:
        """Hold the profile; call :meth:`listen` once the window is on screen."""
        return self.lock.tryLock(200)

    def listen(self) -> None:
        """Answer a second copy that asks this one to come forward.

        Called after the window shows: QtNetwork is not needed to draw the library, and a
        second copy that asks before then is told the profile is open, just not raised.
        """
        from PySide6.QtNetwork import QLocalServer

        if self.server is not None or not self.lock.isLocked():
            return
        QLocalServer.removeServer(self.server_name)
        self.server = QLocalServer(self)
        self.server.newConnection.connect(self._incoming)
        self.server.listen(self.server_name)

    def owner_pid(self) -> int | None:
        info = self.lock.getLockInfo()  # PySide6: (pid, hostname, appname), or a falsy value
        return info[0] if isinstance(info, tuple) and info and info[0] > 0 else None

    def ask_owner_to_raise(self) -> bool:
        from PySide6.QtNetwork import QLocalSocket

        socket = QLocalSocket()
        socket.connectToServer(self.server_name)
        if not socket.waitForConnected(500):
            return False
        socket.write(b"raise\n")
        socket.flush()
        socket.waitForBytesWritten(500)
        socket.disconnectFromServer()
        return True

    def _incoming(self) -> None:
        while self.server is not None and self.server.hasPendingConnections():
            connection = self.server.nextPendingConnection()
            connection.readyRead.connect(lambda c=connection: self._read(c))

    def _read(self, connection: QLocalSocket) -> None:
        if bytes(connection.readAll()).startswith(b"raise"):
            self.raise_requested.emit()
        connection.disconnectFromServer()

    def release(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None
        self.lock.unlock()


class ProfileDialog(QDialog):
    """Pick a learner or create one. No passwords: this is a shared classroom computer."""

    def __init__(self, progress: Progress, last_learner_id: int | None = None, parent=None) -> None:
        super().__init__(parent)
        self.progress = progress
        self.chosen: Learner | None = None
        self.setWindowTitle(self.tr("Who is learning?"))
        self.setMinimumWidth(420)
        intro = QLabel(
            self.tr(
                "Choose your profile, or type your name to create one. "
                "Progress is kept on this computer."
            )
        )
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Learner profiles"))
        self.list.itemActivated.connect(lambda _item: self.accept())
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("New learner's name"))
        self.name.setAccessibleName(self.tr("New learner's name"))
        self.name.returnPressed.connect(self.create)
        self.name.setMaxLength(60)
        create = QPushButton(self.tr("&Create"))
        create.clicked.connect(self.create)
        self.error = QLabel()
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons

        new_row = QHBoxLayout()
        label = QLabel(self.tr("&New:"))
        label.setBuddy(self.name)
        new_row.addWidget(label)
        new_row.addWidget(self.name, 1)
        new_row.addWidget(create)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addLayout(new_row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._fill(last_learner_id)

    def _fill(self, select_id: int | None) -> None:
        self.list.clear()
        for learner in self.progress.learners():
            item = QListWidgetItem(learner.name)
            item.setData(Qt.ItemDataRole.UserRole, learner)
            self.list.addItem(item)
            if learner.id == select_id:
                self.list.setCurrentItem(item)
        if self.list.count() and self.list.currentItem() is None:
            self.list.setCurrentRow(0)
        has = self.list.count() > 0
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(has)
        (self.list if has else self.name).setFocus()

    def create(self) -> None:
        try:
            learner = self.progress.add_learner(self.name.text())
        except ValueError as exc:
            problem = str(exc)
            set_plain(
                self.error,
                self.tr("⚠ {problem}.").format(problem=problem[:1].upper() + problem[1:]),
            )
            return
        self.error.clear()
        self.name.clear()
        self._fill(learner.id)

    def accept(self) -> None:
        if self.name.hasFocus() and self.name.text().strip():
            self.create()
            return
        item = self.list.currentItem()
        if item is None:
            self.error.setText(self.tr("⚠ Choose a profile or create one first."))
            return
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        super().accept()


def explain_locked(parent, learner: Learner, lock: ProfileLock) -> None:
    raised = lock.ask_owner_to_raise()
    pid = lock.owner_pid()
    # Whole sentences for each case: word order differs between languages.
    if pid and raised:
        message = translate(
            "ProfileDialog",
            "{name}'s profile is already open in another SpotIt window (process {pid}). "
            "That window has been brought to the front.",
        )
    elif pid:
        message = translate(
            "ProfileDialog",
            "{name}'s profile is already open in another SpotIt window (process {pid}). "
            "Close it there first, or choose another profile.",
        )
    elif raised:
        message = translate(
            "ProfileDialog",
            "{name}'s profile is already open in another SpotIt window. "
            "That window has been brought to the front.",
        )
    else:
        message = translate(
            "ProfileDialog",
            "{name}'s profile is already open in another SpotIt window. "
            "Close it there first, or choose another profile.",
        )
    plain_message(
        parent,
        translate("ProfileDialog", "Profile in use"),
        message.format(name=learner.name, pid=pid),
        QMessageBox.Icon.Information,
    )
