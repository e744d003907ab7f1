"""The study window: what a participant sees on a lab machine (`spotit study start`).

Kiosk-like: no library, history, editor or profile menus. A participant starts as new
(and is shown their code to write down) or gives the code they were given; then the
participant session (:mod:`spotit.practice.study`) says each step, and this window only
draws it: a check on the app's check page, flag practice in the app's reader (with a
Continue once the feedback shows), a plain reading view for the reading arm, and the
end of a session with its completion code. Done goes back to the welcome for the next
participant. Every text from the pack or the study file is shown as plain text.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QElapsedTimer, QLocale, QSettings, Qt
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from spotit.core.i18n import QT_TRANSLATE_NOOP, translate
from spotit.gui.app import create_app
from spotit.gui.check_page import CheckDriver, CheckPage
from spotit.gui.document import display_text
from spotit.gui.i18n import number
from spotit.gui.plain import plain_label, plain_message, plain_title, set_plain
from spotit.gui.reader import ArticleView, ReaderPage
from spotit.gui.settings import settings_file
from spotit.gui.theme import Appearance, scaled_font
from spotit.gui.windows import resize_to_fit
from spotit.practice import PracticeError
from spotit.practice.checks import CheckRun
from spotit.practice.study import (
    CheckStep,
    NotYet,
    ParticipantSession,
    PracticeStep,
    SessionDone,
    StudyComplete,
    StudyDesk,
    StudyError,
    planned_sessions,
)
from spotit.store.pack import PackError
from spotit.store.progress import ProgressError

ZOOM_STEP = 1.15

#: What can go wrong below, each said in one line.
STUDY_ERRORS = (StudyError, PracticeError, ProgressError, PackError)

TRAINING_NOTICE = QT_TRANSLATE_NOOP(
    "StudyWindow", "Training material: every article and item in this study is invented."
)

LEAVE_CHECK = QT_TRANSLATE_NOOP(
    "StudyWindow",
    "Leave the check? Your answers so far are kept: give your participant code "
    "again to go on from where you stopped.",
)


def date_in_words(when: datetime) -> str:
    """ "Wednesday 9 December 2026": the local date, with the names of the UI's locale."""
    local = when.astimezone()
    day = QDate(local.year, local.month, local.day)
    # The order of day, month and year is the translator's to choose.
    return QLocale().toString(day, translate("StudyWindow", "dddd d MMMM yyyy"))


def _big(label: QLabel, scale: float, bold: bool = True) -> QLabel:
    label.setFont(scaled_font(label.font(), scale, bold))
    return label


class _Screen(QWidget):
    """A page of the window: a column of widgets at the top, the rest left free."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.column = QVBoxLayout(self)
        self.column.setContentsMargins(32, 24, 32, 24)
        self.column.setSpacing(12)

    def title(self, scale: float = 1.6) -> QLabel:
        label = _big(plain_label(), scale)
        label.setWordWrap(True)
        self.column.addWidget(label)
        return label

    def text(self) -> QLabel:
        label = plain_label()
        label.setWordWrap(True)
        self.column.addWidget(label)
        return label

    def button(self, text: str) -> QPushButton:
        button = QPushButton(text)
        button.setDefault(True)  # Enter presses it when it has the focus
        self.column.addWidget(button, 0, Qt.AlignmentFlag.AlignLeft)
        return button

    def code(self) -> QLabel:
        """A completion or participant code: large, selectable, in a fixed-width face."""
        label = _big(plain_label(), 2.6)
        font = label.font()
        font.setFamilies(["DejaVu Sans Mono", "Consolas", "Menlo", "monospace"])
        font.setStyleHint(QFont.StyleHint.Monospace)
        label.setFont(font)
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.column.addWidget(label)
        return label


class WelcomeScreen(_Screen):
    """The study's title; start as a new participant, or give a participant code."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = self.title()
        self.heading.setAccessibleName(self.tr("Study"))
        self.intro = self.text()
        self.intro.setText(
            self.tr(
                "Welcome. If this is your first session, start as a new participant. "
                "If you were given a participant code, type it below and press Enter."
            )
        )
        self.new_button = self.button(self.tr("&Start as a new participant"))
        self.column.addSpacing(12)
        self.code_label = QLabel(self.tr("I have a participant &code:"))
        self.column.addWidget(self.code_label)
        row = QHBoxLayout()
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText(self.tr("for example K7M-R4X"))
        self.code_edit.setMaxLength(20)
        self.code_edit.setAccessibleName(self.tr("Participant code"))
        self.code_label.setBuddy(self.code_edit)
        self.go_button = QPushButton(self.tr("&Go on"))
        row.addWidget(self.code_edit, 1)
        row.addWidget(self.go_button)
        row.addStretch(2)
        self.column.addLayout(row)
        self.problem = self.text()
        self.problem.setAccessibleName(self.tr("Problem with the code"))
        self.problem.hide()
        self.column.addStretch(1)

    def reset(self, title: str) -> None:
        set_plain(self.heading, display_text(title))
        self.code_edit.clear()
        self.say("")
        self.new_button.setFocus()

    def say(self, problem: str) -> None:
        # Said in words with a sign, not by colour alone.
        set_plain(self.problem, self.tr("⚠ {problem}").format(problem=problem) if problem else "")
        self.problem.setVisible(bool(problem))


class CodeScreen(_Screen):
    """A new participant's code, to be written down."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = self.title()
        self.heading.setText(self.tr("Your participant code"))
        self.code_label = self.code()
        self.code_label.setAccessibleName(self.tr("Your participant code"))
        self.note = self.text()
        self.note.setText(self.tr("Write this code down: you need it for the next session."))
        self.continue_button = self.button(self.tr("&Continue"))
        self.column.addStretch(1)


class ReadingScreen(_Screen):
    """The reading arm's practice: one article, read-only, timed; no flags, no feedback."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.counter = self.text()
        self.counter.setAccessibleName(self.tr("Which article"))
        self.instructions = self.text()
        self.instructions.setText(
            self.tr(
                "Read this article as you would any news story. When you have finished, "
                "press the button below it."
            )
        )
        self.meta = self.text()
        self.meta.setAccessibleName(self.tr("Outlet, author and date"))
        self.view = ArticleView()
        self.view.setAccessibleDescription(self.tr("The article to read."))
        self.view.setTabChangesFocus(True)
        self.column.addWidget(self.view, 1)
        self.finished_button = self.button(self.tr("I have &finished reading"))
        self.timer = QElapsedTimer()

    def show_article(self, article, index: int, total: int) -> None:
        set_plain(
            self.counter,
            self.tr("Article {index} of {total}").format(index=number(index), total=number(total)),
        )
        meta = article.meta
        details = " · ".join(x for x in (meta.outlet, meta.byline, meta.date) if x)
        set_plain(self.meta, display_text(details))
        self.meta.setVisible(bool(details))
        self.view.set_article(article)
        self.view.setFocus()
        self.timer.start()

    def seconds(self) -> int:
        return int(self.timer.elapsed() // 1000) if self.timer.isValid() else 0


class EndScreen(_Screen):
    """The end of a session (its completion code), a session not open yet, or thanks."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = self.title()
        self.lead = self.text()
        self.code_label = self.code()
        self.code_label.setAccessibleName(self.tr("Your completion code"))
        self.next_text = self.text()
        self.done_button = self.button(self.tr("&Done"))
        self.column.addStretch(1)

    def show_end(self, heading: str, lead: str, code: str | None, after: str) -> None:
        set_plain(self.heading, heading)
        set_plain(self.lead, lead)
        set_plain(self.code_label, display_text(code or ""))
        self.code_label.setVisible(bool(code))
        set_plain(self.next_text, after)
        self.next_text.setVisible(bool(after))
        self.done_button.setFocus()


class StudyWindow(QMainWindow):
    """A study on this machine, one participant after another."""

    def __init__(
        self,
        desk: StudyDesk,
        appearance: Appearance | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__()
        self.desk, self.appearance, self.settings = desk, appearance, settings
        self.session: ParticipantSession | None = None
        self.step = None  # the step shown
        self.setWindowTitle(
            plain_title(
                self.tr("SpotIt study: {title}").format(title=display_text(desk.study.title))
            )
        )
        resize_to_fit(self, 1280, 800)

        self.welcome = WelcomeScreen()
        self.welcome.new_button.clicked.connect(self.new_participant)
        self.welcome.code_edit.returnPressed.connect(self.returning_participant)
        self.welcome.go_button.clicked.connect(self.returning_participant)
        self.code_screen = CodeScreen()
        self.code_screen.continue_button.clicked.connect(self.next_step)
        self.check_page = CheckPage(
            driver=CheckDriver(self._answer, translate("StudyWindow", LEAVE_CHECK))
        )
        self.check_page.library_requested.connect(self.show_welcome)
        self.reading = ReadingScreen()
        self.reading.finished_button.clicked.connect(self.finish_reading)
        self.end = EndScreen()
        self.end.done_button.clicked.connect(self.show_welcome)
        self.reader: ReaderPage | None = None  # one per participant: it holds their practice

        self.pages = QStackedWidget()
        for page in (self.welcome, self.code_screen, self.check_page, self.reading, self.end):
            self.pages.addWidget(page)
        self.step_label = plain_label()
        self.step_label.setAccessibleName(self.tr("Where you are"))
        self.step_label.setContentsMargins(12, 6, 12, 0)
        self.step_label.hide()
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.step_label)
        column.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.notice = QLabel(
            self.tr("⚠ {notice}").format(notice=translate("StudyWindow", TRAINING_NOTICE))
        )
        self.notice.setAccessibleName(self.tr("Training material notice"))
        self.statusBar().addPermanentWidget(self.notice, 1)
        self.statusBar().setSizeGripEnabled(False)
        self._build_menus()
        self.show_welcome()

    # menus: the text size and the theme only ------------------------------------------
    def _build_menus(self) -> None:
        view = self.menuBar().addMenu(self.tr("&View"))

        def add(text: str, slot, keys) -> QAction:
            action = QAction(text, self)
            action.setShortcuts(keys if isinstance(keys, list) else [keys])
            action.triggered.connect(slot)
            view.addAction(action)
            return action

        zoom_in = [*QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomIn)]
        zoom_in.append(QKeySequence("Ctrl+="))
        add(self.tr("Zoom &in"), lambda: self.zoom(ZOOM_STEP), zoom_in)
        add(
            self.tr("Zoom &out"),
            lambda: self.zoom(1 / ZOOM_STEP),
            QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomOut),
        )
        add(self.tr("&Normal size"), lambda: self.zoom(None), QKeySequence("Ctrl+0"))
        view.addSeparator()
        self.dark_action = QAction(self.tr("&Dark theme"), self)
        self.dark_action.setCheckable(True)
        self.dark_action.setChecked(bool(self.appearance and self.appearance.dark))
        self.dark_action.triggered.connect(self.toggle_dark)
        view.addAction(self.dark_action)

    def zoom(self, factor: float | None) -> None:
        if self.appearance is None:
            return
        self.appearance.set_zoom(1.0 if factor is None else self.appearance.zoom * factor)
        if self.settings is not None:
            self.settings.setValue("zoom", self.appearance.zoom)

    def toggle_dark(self) -> None:
        if self.appearance is None:
            return
        self.appearance.set_dark(self.dark_action.isChecked())
        if self.settings is not None:
            self.settings.setValue("dark", self.appearance.dark)
        if self.reader is not None and self.reader.report is not None:
            self.reader.show_feedback()  # flags are drawn in colours of the old background

    # participants ------------------------------------------------------------------
    def show_welcome(self) -> None:
        """The welcome, empty, for the next participant."""
        self._leave_reader()
        self.session, self.step = None, None
        self.step_label.hide()
        self.welcome.reset(self.desk.study.title)
        self.pages.setCurrentWidget(self.welcome)
        self.welcome.new_button.setFocus()

    def new_participant(self) -> None:
        try:
            participant = self.desk.enrol()
            self.session = self.desk.session_for(participant)
        except STUDY_ERRORS as exc:
            self.welcome.say(str(exc))
            return
        set_plain(self.code_screen.code_label, participant.code)
        self.pages.setCurrentWidget(self.code_screen)
        self.code_screen.continue_button.setFocus()

    def returning_participant(self) -> None:
        typed = self.welcome.code_edit.text().strip()
        if not typed:
            self.welcome.say(self.tr("Type your participant code first, for example K7M-R4X."))
            return
        try:
            participant = self.desk.find(typed)
            if participant is None:
                self.welcome.say(
                    self.tr(
                        "No participant has that code in this study: check it and type it again."
                    )
                )
                self.welcome.code_edit.selectAll()
                self.welcome.code_edit.setFocus()
                return
            self.session = self.desk.session_for(participant)
        except STUDY_ERRORS as exc:
            self.welcome.say(str(exc))
            return
        self.next_step()

    # steps -----------------------------------------------------------------------------
    def next_step(self) -> None:
        """Ask the participant's session what comes next, and show it."""
        if self.session is None:
            return
        self._leave_reader()
        try:
            step = self.session.next_step()
        except STUDY_ERRORS as exc:
            self._failed(exc)
            return
        self.show_step(step)

    def _send_to_lrs(self) -> None:
        """A session is done: send what the study queued for the school's LRS, off the
        GUI thread (a study sends only with ``lrs = true``; what fails stays queued)."""
        from spotit.classroom.lrs import can_send, send_pending
        from spotit.gui.operations import Operation

        progress = self.desk.progress
        if not self.desk.study.lrs or not can_send(progress):
            return
        path, secret = progress.path, progress.lrs_secret_path
        Operation(lambda: send_pending(path, secret), parent=self).run()

    def show_step(self, step) -> None:
        self.step = step
        total = len(planned_sessions(self.desk.study))
        if isinstance(step, CheckStep):
            self._where(
                self.tr("Session {session} of {total} · check").format(
                    session=number(step.session), total=number(total)
                )
            )
            self.pages.setCurrentWidget(self.check_page)  # first: focus goes to shown widgets
            self.check_page.show_run(step.run)
        elif isinstance(step, PracticeStep):
            self._show_practice(step, total)
        elif isinstance(step, SessionDone):
            self._send_to_lrs()
            self.step_label.hide()
            after = (
                self.tr("Your next session opens on {date}.").format(
                    date=date_in_words(step.next_opens)
                )
                if step.next_opens is not None
                else self.tr("That was the last session of this study. Thank you for taking part.")
            )
            self.end.show_end(
                self.tr("Thank you"),
                self.tr("Session {session} of {total} complete. Your completion code is:").format(
                    session=number(step.session), total=number(total)
                ),
                step.completion_code,
                after,
            )
            self.pages.setCurrentWidget(self.end)
            self.end.done_button.setFocus()
        elif isinstance(step, NotYet):
            self.step_label.hide()
            self.end.show_end(
                self.tr("Not open yet"),
                self.tr("Your next session (session {session} of {total}) opens on {date}.").format(
                    session=number(step.session),
                    total=number(total),
                    date=date_in_words(step.opens),
                ),
                None,
                self.tr("Please come back then, with your participant code."),
            )
            self.pages.setCurrentWidget(self.end)
            self.end.done_button.setFocus()
        elif isinstance(step, StudyComplete):
            self.step_label.hide()
            self.end.show_end(
                self.tr("Thank you"),
                self.tr("You have taken every session of this study. Your last completion code is:")
                if step.completion_code
                else self.tr("You have taken every session of this study."),
                step.completion_code,
                "",
            )
            self.pages.setCurrentWidget(self.end)
            self.end.done_button.setFocus()

    def _where(self, text: str) -> None:
        set_plain(self.step_label, text)
        self.step_label.show()

    def _failed(self, exc: Exception) -> None:
        plain_message(self, self.tr("SpotIt study"), str(exc))
        self.show_welcome()

    # checks ----------------------------------------------------------------------------
    def _answer(self, run: CheckRun, item_id: str, rating: int, rt_ms: int) -> CheckRun | None:
        """The check page's answers go to the participant's session."""
        step = self.step
        if self.session is None or not isinstance(step, CheckStep):
            return None
        try:
            after = self.session.answer(step, item_id, rating, rt_ms)
        except STUDY_ERRORS as exc:
            plain_message(self, self.tr("The answer cannot be kept"), str(exc))
            return run  # the same item again
        if isinstance(after, CheckStep) and after.run.id == run.id:
            self.step = after
            return after.run
        self.show_step(after)  # the run is over: the next check, practice, or the end
        return None

    # practice --------------------------------------------------------------------------
    def _show_practice(self, step: PracticeStep, total: int) -> None:
        if step.kind == "flag":
            where = self.tr("Session {session} of {total} · practice: article {index} of {count}")
        else:
            where = self.tr("Session {session} of {total} · reading: article {index} of {count}")
        self._where(
            where.format(
                session=number(step.session),
                total=number(total),
                index=number(step.index),
                count=number(step.total),
            )
        )
        try:
            if step.kind == "read":
                article = self.desk.pack.article(step.article_id)  # the study's one pack
                self.session.begin_reading(step)
                self.pages.setCurrentWidget(self.reading)
                self.reading.show_article(article, step.index, step.total)
                return
            opened = self.session.practice.open(step.pack_id, step.article_id)
        except STUDY_ERRORS as exc:
            self._failed(exc)
            return
        reader = self._reader_for(self.session)
        self.pages.setCurrentWidget(reader)
        reader.show_opened(opened)

    def _reader_for(self, session: ParticipantSession) -> ReaderPage:
        """The reader on ``session``'s practice: the app's, with Continue after the feedback."""
        if self.reader is not None and self.reader.practice is session.practice:
            return self.reader
        if self.reader is not None:
            self.pages.removeWidget(self.reader)
            self.reader.deleteLater()
        reader = self.reader = ReaderPage(session.practice)
        # The investigation pane only where the study's arm asks for it (docs/research-mode.md).
        reader.investigation_offered = session.participant.arm.investigate
        # The study sets the articles: no trying again, no library; Continue goes on.
        reader.removeAction(reader.try_again_action)
        reader.try_again_action.setEnabled(False)
        feedback = reader.feedback
        for button in (feedback.try_again_button, feedback.library_button):
            button.hide()
        feedback.next_button.setText(self.tr("&Continue"))
        reader.next_requested.connect(self.next_step)
        self.pages.addWidget(reader)
        return reader

    def finish_reading(self) -> None:
        step = self.step
        if self.session is None or not isinstance(step, PracticeStep) or step.kind != "read":
            return
        try:
            after = self.session.finish_reading(step, self.reading.seconds())
        except STUDY_ERRORS as exc:
            plain_message(self, self.tr("SpotIt study"), str(exc))
            return
        self.show_step(after)

    def _leave_reader(self) -> None:
        if self.reader is not None and self.pages.currentWidget() is self.reader:
            self.reader.leave()  # keeps the draft of an article not submitted

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if self.session is not None and isinstance(self.step, (CheckStep, PracticeStep)):
            answer = QMessageBox.question(
                self,
                self.tr("Close the study?"),
                self.tr(
                    "A participant is in a session. What they did so far is kept, and they "
                    "go on with their code. Close the study window?"
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
            if answer != QMessageBox.StandardButton.Yes:
                event.ignore()
                return
        self._leave_reader()
        self.session, self.step = None, None  # asked once: closing again does not ask
        super().closeEvent(event)


def run_study_window(desk: StudyDesk) -> int:
    """Show the study window for ``desk`` until it is closed; the exit status.

    The desk stays open: its caller closes it.
    """
    app = create_app()
    settings = settings_file()
    appearance = Appearance(app)
    appearance.set_dark(settings.value("dark", False, type=bool))
    appearance.set_zoom(settings.value("zoom", 1.0, type=float))
    window = StudyWindow(desk, appearance, settings)
    window.show()
    return app.exec()
