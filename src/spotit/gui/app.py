"""Starting SpotIt: choose a learner, open the bundled packs, show the window."""

from __future__ import annotations

import gc
import sys
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from spotit import __version__
from spotit.core.i18n import translate
from spotit.gui.i18n import LANGUAGE_SETTING, languages
from spotit.gui.plain import Icon, plain_message
from spotit.gui.settings import settings_file
from spotit.gui.theme import Appearance
from spotit.practice.startup import StartProblem, open_progress
from spotit.store.bundled import bundled_packs, data_dir
from spotit.store.pack import PackError
from spotit.store.progress import Progress, ProgressError

ICON = Path(__file__).with_name("icons") / "spotit.png"


def create_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("SpotIt")
    app.setApplicationDisplayName("SpotIt")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("SpotIt")
    # Lets Wayland match windows to the installed menu entry and its icon.
    app.setDesktopFileName("org.spotit.SpotIt")
    if ICON.is_file():
        app.setWindowIcon(QIcon(str(ICON)))
    # The language chosen last on this computer (the profile list is shown in it), else
    # the system's; the learner's own choice follows once they are chosen (run_app).
    languages().use(str(settings_file().value(LANGUAGE_SETTING, "")))
    return app  # type: ignore[return-value]


class _FileOpenFilter(QObject):
    """macOS delivers a double-clicked pack as a FileOpen event, not as an argument."""

    def __init__(self, open_path) -> None:
        super().__init__()
        from PySide6.QtCore import QEvent  # made on macOS only: QEvent's enums cost start-up time

        self.open_path = open_path
        self.file_open = QEvent.Type.FileOpen

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if event.type() == self.file_open and event.file():
            self.open_path(Path(event.file()))
            return True
        return False


def run_app(
    pack_to_open: str | None = None, learner_name: str | None = None, exit_when_ready: bool = False
) -> int:
    from spotit.gui.main_window import MainWindow
    from spotit.gui.profiles import ProfileDialog, ProfileLock, explain_locked

    app = create_app()
    settings = settings_file()
    appearance = Appearance(app)
    appearance.set_dark(settings.value("dark", False, type=bool))
    appearance.set_zoom(settings.value("zoom", 1.0, type=float))
    try:
        opened = open_progress(data_dir() / "progress.db", ask_at_start)
    except ProgressError as exc:
        plain_message(
            None,
            "SpotIt",
            translate("App", "Your progress cannot be opened:\n{problem}").format(problem=exc),
            QMessageBox.Icon.Critical,
        )
        return 1
    if opened is None:
        return 0  # the learner chose to quit, and nothing was changed
    progress = opened.progress
    try:
        packs = bundled_packs()
    except PackError as exc:
        plain_message(
            None,
            "SpotIt",
            translate("App", "The bundled content could not be prepared:\n{problem}").format(
                problem=exc
            ),
            QMessageBox.Icon.Critical,
        )
        packs = []

    status = 0
    while True:
        learner = _named_learner(progress, learner_name) if learner_name else None
        learner_name = None  # only for the first window; "Switch learner" asks
        if learner is None:
            dialog = ProfileDialog(progress, settings.value("learner", None, type=int))
            if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
                break
            learner = dialog.chosen
        lock = ProfileLock(data_dir(), learner)
        if not lock.acquire():
            explain_locked(None, learner, lock)
            continue
        settings.setValue("learner", learner.id)
        try:  # the learner's own language, else the system's
            languages().use(progress.setting(learner.id, LANGUAGE_SETTING) or "")
        except ProgressError:
            pass  # unreadable progress says nothing about the language: keep the one shown
        window = MainWindow(progress, learner, appearance, settings)
        lock.raise_requested.connect(
            lambda w=window: (w.showNormal(), w.raise_(), w.activateWindow())
        )
        # An application-wide filter sees every event of every widget; only macOS sends
        # FileOpen, so elsewhere it would slow every event down for nothing.
        file_open = _FileOpenFilter(window.open_pack_file) if sys.platform == "darwin" else None
        if file_open is not None:
            app.installEventFilter(file_open)
        for path in packs:
            window.open_pack_file(path)
        if pack_to_open:
            window.open_pack_file(Path(pack_to_open))
            pack_to_open = None
        window.show()
        window.show_library()
        if opened.note:  # what became of a damaged or read-only database: said once
            window.statusBar().showMessage(opened.note, 60000)
            opened = replace(opened, note="")
        # What start-up built lives as long as the window: keep the collector off it.
        gc.freeze()
        gc.enable()
        QTimer.singleShot(0, lock.listen)
        if exit_when_ready:
            QTimer.singleShot(0, window.close)
        status = app.exec()
        if file_open is not None:
            app.removeEventFilter(file_open)
        lock.release()
        if not getattr(window, "_switch_requested", False):
            break
    progress.close()
    return status


def ask_at_start(problem: StartProblem) -> str:
    """Ask ``problem``'s question in one plain-text dialog; the key of the choice made.

    Closing the dialog (Escape) is the last choice, which is always the one that
    changes nothing (quit).
    """
    keys = [choice.key for choice in problem.choices]
    labels = [choice.label for choice in problem.choices]
    box = QMessageBox(
        Icon.Warning, problem.title, problem.text, QMessageBox.StandardButton.NoButton
    )
    box.setTextFormat(Qt.TextFormat.PlainText)  # the text quotes a path and SQLite's words
    buttons = [box.addButton(label, QMessageBox.ButtonRole.ActionRole) for label in labels]
    box.setDefaultButton(buttons[keys.index(problem.default)])
    box.setEscapeButton(buttons[-1])
    box.exec()
    clicked = box.clickedButton()
    return keys[buttons.index(clicked)] if clicked in buttons else keys[-1]


def _named_learner(progress: Progress, name: str):
    """The learner called ``name``, created if new; None (with a message) if the name is unusable."""
    wanted = " ".join(name.split()).casefold()
    for learner in progress.learners():
        if learner.name.casefold() == wanted:
            return learner
    try:
        return progress.add_learner(name)
    except ValueError as exc:
        plain_message(
            None,
            "SpotIt",
            translate("App", "Cannot use the learner name {name}: {problem}.").format(
                name=repr(name), problem=exc
            ),
        )
        return None
