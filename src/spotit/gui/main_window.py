"""The main window: library, reader and history for one learner."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from spotit import __version__
from spotit.core.progress import Learner
from spotit.gui.announce import announce
from spotit.gui.library import LibraryPage
from spotit.gui.lrs_dialog import LrsSender
from spotit.gui.plain import plain_message, plain_question, plain_title
from spotit.gui.theme import Appearance
from spotit.gui.tour import TOUR_KEY, TourOfferBar
from spotit.gui.windows import resize_to_fit
from spotit.practice import Practice, PracticeError
from spotit.practice.session import identity
from spotit.store.pack import FORMAT_VERSION, PACK_SUFFIX, Pack, PackError, open_pack
from spotit.store.progress import Progress, ProgressError

ZOOM_STEP = 1.15

SHORTCUTS_HELP = """
<h3>Keyboard</h3>
<table cellpadding=3>
<tr><td><b>Shift+arrows</b>, <b>Shift+Ctrl+arrows</b></td><td>select text (by character, by word)</td></tr>
<tr><td><b>Ctrl+M</b></td><td>mark selection start: then the arrow keys select from the mark, with no key held down (<b>Escape</b> clears the mark)</td></tr>
<tr><td><b>1</b>–<b>9</b></td><td>flag the selection with that red flag (or change the flag under the caret)</td></tr>
<tr><td><b>0</b> or <b>F</b></td><td>choose from every red flag</td></tr>
<tr><td><b>Delete</b></td><td>delete the flag under the caret (or the one selected in the list)</td></tr>
<tr><td><b>Ctrl+Z</b> / <b>Ctrl+Shift+Z</b></td><td>undo / redo</td></tr>
<tr><td><b>Ctrl+Enter</b></td><td>submit your flags</td></tr>
<tr><td><b>Ctrl+Shift+Enter</b></td><td>this article looks credible (submit with no flags)</td></tr>
<tr><td><b>Ctrl+I</b></td><td>need a hint? (shows the next of the article's hints; each costs a little)</td></tr>
<tr><td><b>Ctrl+Shift+I</b></td><td>investigate: search this pack's sources for the selected words (or open the pane to search)</td></tr>
<tr><td><b>Down</b>, <b>Tab</b>, <b>Enter</b></td><td>in the investigation pane: from the search box to the results and links, and open one</td></tr>
<tr><td><b>Alt+Left</b> / <b>Alt+Right</b></td><td>in the investigation pane: back / forward</td></tr>
<tr><td><b>Ctrl+R</b></td><td>try the article again</td></tr>
<tr><td><b>Ctrl+N</b></td><td>next article</td></tr>
<tr><td><b>Ctrl+L</b> / <b>Ctrl+H</b></td><td>library / history</td></tr>
<tr><td><b>Alt+P</b></td><td>in the library: start (or go on with) today's practice</td></tr>
<tr><td><b>Alt+Z</b></td><td>in the library: the number of articles in today's practice</td></tr>
<tr><td><b>Alt+R</b></td><td>in the history: read the lesson on the red flag chosen in the retention table</td></tr>
<tr><td><b>Ctrl+Shift+R</b></td><td>the check report (pre vs post vs delayed checks)</td></tr>
<tr><td><b>Ctrl+Plus</b> / <b>Ctrl+Minus</b> / <b>Ctrl+0</b></td><td>larger / smaller / normal text</td></tr>
<tr><td><b>Shift+F10</b> or the menu key</td><td>the flag menu for the selection</td></tr>
<tr><td><b>Shift+F1</b></td><td>the lesson on the red flag you are pointing at (a palette button, the flag under the caret, the verdict chosen in the feedback)</td></tr>
<tr><td><b>Escape</b></td><td>clear the selection mark; close a lesson; skip the tour</td></tr>
<tr><td><b>F6</b></td><td>during the tour: from the tour's box to the widget it points at, and back</td></tr>
</table>
"""


class MainWindow(QMainWindow):
    def __init__(
        self,
        progress: Progress,
        learner: Learner,
        appearance: Appearance | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__()
        self.progress, self.learner = progress, learner
        self.practice = Practice(progress, learner)
        self.appearance, self.settings = appearance, settings
        self.editors: list = []  # open pack editors, kept alive here
        self.host_window = None  # the instructor's class session, when hosting
        self._set_title("SpotIt")
        resize_to_fit(self, 1280, 800)
        self.setAcceptDrops(True)

        self.library = LibraryPage()
        self._reader = None  # built when the first article opens: it is costly at start-up
        self.history = None  # built on first use: QtCharts is slow to load
        self.pages = QStackedWidget()
        self.pages.addWidget(self.library)
        self.tour = None  # the first-run tour, built when taken
        self.lesson_window = None  # the lesson viewer, built when first opened
        # A new profile is offered the tour once, above whatever page shows (never modal).
        self.tour_offer = TourOfferBar()
        self.tour_offer.accepted.connect(self.take_tour)
        self.tour_offer.declined.connect(self.decline_tour)
        self.tour_offer.hide()
        self._offer_escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self._offer_escape.setContext(Qt.ShortcutContext.WindowShortcut)
        self._offer_escape.activated.connect(self.decline_tour)
        self._offer_escape.setEnabled(False)
        self._offer_paused = False  # hidden over a check; offered again back in the library
        central = QWidget()
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.tour_offer)
        column.addWidget(self.pages, 1)
        self.setCentralWidget(central)
        self.library.open_requested.connect(self.open_article)
        self.library.check_requested.connect(self.open_check)
        self.check_page = None  # the check page, built when a check is first taken
        self._build_menus()
        # Results to the school's LRS go out in the background (only once it is configured).
        self.lrs_sender = LrsSender(progress, self)
        self.lrs_sender.sent.connect(self._lrs_reported)
        self.lrs_sender.failed.connect(self._lrs_failed)
        self.lrs_sender.start()
        self.lrs_dialog = None
        self.statusBar().showMessage("Select an article and press Enter to start.", 8000)
        self._offer_tour_if_new()

    def _set_title(self, what: str) -> None:
        # Practising on a copy in memory (progress cannot be saved) is said in every title.
        saving = getattr(self.progress, "saving", True)
        title = f"{what} — {self.learner.name}{'' if saving else ' (not saving)'}"
        self.setWindowTitle(plain_title(title))  # a headline's "[*]" is shown, not eaten

    # menus ------------------------------------------------------------------------
    def _action(self, menu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            if isinstance(shortcut, list):
                action.setShortcuts(shortcut)
            else:
                action.setShortcut(shortcut)
        action.triggered.connect(slot)
        menu.addAction(action)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu("&File")
        self._action(file_menu, "&Open pack…", self.choose_pack_file, QKeySequence.StandardKey.Open)
        file_menu.addSeparator()
        self._action(file_menu, "&New pack…", self.new_pack_in_editor)
        self._action(file_menu, "&Edit pack…", self.edit_pack_in_editor)
        self._action(file_menu, "&Switch learner…", self.switch_learner)
        file_menu.addSeparator()
        self._action(file_menu, "&Import annotations…", self.import_annotations)
        self._action(file_menu, "E&xport annotations…", self.export_annotations)
        self._action(file_menu, "&Compare two packs…", self.compare_packs)
        file_menu.addSeparator()
        self._action(file_menu, "School &results server (LRS)…", self.show_lrs_settings)
        file_menu.addSeparator()
        self._action(file_menu, "&Quit", self.close, QKeySequence.StandardKey.Quit)

        # Filled with the reader's own actions when the first article opens.
        self.edit_menu = bar.addMenu("&Edit")
        self.flag_menu = bar.addMenu("F&lag")
        for menu in (self.edit_menu, self.flag_menu):
            hint = menu.addAction("Open an article to flag it")
            hint.setEnabled(False)

        view_menu = bar.addMenu("&View")
        self._action(
            view_menu,
            "Zoom &in",
            lambda: self.zoom(ZOOM_STEP),
            [*QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")],
        )
        self._action(
            view_menu,
            "Zoom &out",
            lambda: self.zoom(1 / ZOOM_STEP),
            QKeySequence.StandardKey.ZoomOut,
        )
        self._action(view_menu, "&Normal size", lambda: self.zoom(None), QKeySequence("Ctrl+0"))
        view_menu.addSeparator()
        self.dark_action = self._action(view_menu, "&Dark theme", self.toggle_dark)
        self.dark_action.setCheckable(True)
        self.dark_action.setChecked(bool(self.appearance and self.appearance.dark))
        view_menu.addSeparator()
        self._action(
            view_menu, "Check &report…", self.show_check_report, QKeySequence("Ctrl+Shift+R")
        )

        class_menu = bar.addMenu("&Class")
        self._action(class_menu, "&Host a class session…", self.host_class)
        self._action(class_menu, "&Join a class…", self.join_class)

        go_menu = bar.addMenu("&Go")
        self._action(go_menu, "&Library", self.show_library, QKeySequence("Ctrl+L"))
        self._action(go_menu, "&Next article", self.next_article, QKeySequence("Ctrl+N"))
        self._action(go_menu, "&History", self.show_history, QKeySequence("Ctrl+H"))

        help_menu = bar.addMenu("&Help")
        self._action(help_menu, "Take the &tour", self.take_tour)
        self._action(help_menu, "&Lessons…", lambda: self.open_lesson(""))
        self._action(
            help_menu,
            "&Keyboard shortcuts",
            self.show_shortcuts,
            QKeySequence.StandardKey.HelpContents,
        )
        self._action(help_menu, "&About SpotIt", self.show_about)
        self._action(help_menu, "About &Qt", lambda: QMessageBox.aboutQt(self, "About Qt"))

    # packs ------------------------------------------------------------------------
    @property
    def packs(self) -> dict[str, Pack]:
        """The open packs by id (the practice layer holds them)."""
        return self.practice.packs

    def add_pack(self, path: Path) -> Pack | None:
        """Open a pack and list it; PackError propagates for the caller to show.

        None when it has the id of another open pack and the learner keeps that one.
        """
        pack = open_pack(path)
        pack.articles()  # fail now, not later, on a pack whose list is unreadable
        old = self.practice.clash(pack)
        if old is not None and not self._replace_clashing(old, pack):
            pack.close()
            return None
        self.practice.add_pack(pack)
        self.library.show_library(self.practice)
        return pack

    def _replace_clashing(self, old: Pack, new: Pack) -> bool:
        """Ask whether ``new`` replaces ``old``, an open pack with the same id."""

        def described(pack: Pack) -> str:
            by = ", ".join(pack.meta.authors) or "no author given"
            return f"“{pack.meta.title}” version {pack.meta.version} by {by}\n({pack.path})"

        if identity(old) == identity(new):
            results = (
                "Both have the same authors, so they are versions of one pack: your results "
                "carry over to the new one."
            )
        else:
            results = (
                "Their authors differ, so they are different packs: your results on the open "
                "pack are kept, but not shown against the new pack's articles. They show "
                "again when you open that pack."
            )
        answer = plain_question(
            self,
            "Two packs with one id",
            f"A pack with the id “{new.meta.id}” is already open:\n{described(old)}\n\n"
            f"The pack you are opening has the same id:\n{described(new)}\n\n"
            f"{results}\n\nReplace the open pack with the new one?",
            default=QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def open_pack_file(self, path: Path) -> bool:
        try:
            pack = self.add_pack(path)
        except PackError as exc:
            plain_message(self, "Cannot open pack", str(exc))
            return False
        if pack is None:
            self.statusBar().showMessage("Kept the pack that was open.", 5000)
            return False
        self.statusBar().showMessage(f"Opened {pack.meta.title}.", 5000)
        self.show_library()
        return True

    def choose_pack_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, "Open pack", "", f"SpotIt packs (*{PACK_SUFFIX});;All files (*)"
        )
        if name:
            self.open_pack_file(Path(name))

    # the reader ---------------------------------------------------------------------
    @property
    def reader(self):
        """The reader page, built on first use."""
        if self._reader is None:
            from spotit.gui.reader import ReaderPage

            reader = self._reader = ReaderPage(self.practice)
            self.pages.addWidget(reader)
            reader.library_requested.connect(self.show_library)
            reader.next_requested.connect(self.next_article)
            reader.submitted.connect(lambda _id: self.library.reload())
            reader.submitted.connect(lambda _id: self.lrs_sender.send_soon())
            reader.lessons_for = self.lesson_categories_of
            reader.lesson_requested.connect(self.open_lesson)
            self.edit_menu.clear()
            self.edit_menu.addAction(reader.undo_action)
            self.edit_menu.addAction(reader.redo_action)
            self.flag_menu.clear()
            self._action(self.flag_menu, "Flag selection as…", reader.pick_category)
            self.flag_menu.addSeparator()
            for action in (
                reader.submit_action,
                reader.credible_action,
                reader.hint_action,
                reader.investigate_action,
                reader.mark_action,
                reader.try_again_action,
            ):
                self.flag_menu.addAction(action)
            self.flag_menu.addSeparator()
            self.flag_menu.addAction(reader.lesson_action)
        return self._reader

    def _leave_reader(self) -> None:
        if self._reader is not None:
            self._reader.leave()  # keeps the draft

    # classroom --------------------------------------------------------------------
    def host_class(self) -> None:
        from spotit.gui.classroom_host import HostWindow  # networking loads only when used

        if self.host_window is not None and self.host_window.isVisible():
            self.host_window.raise_()
            self.host_window.activateWindow()
            return
        if not self.packs:
            QMessageBox.information(self, "Host a class", "Open a pack first (File › Open pack…).")
            return
        self.host_window = HostWindow(self.packs, self.progress, parent=self)
        self.host_window.show()

    def join_class(self) -> None:
        from spotit.gui.classroom_student import open_join_dialog

        self._leave_reader()
        open_join_dialog(self, self.progress, self.learner)

    # the school's results server ---------------------------------------------------
    def show_lrs_settings(self) -> None:
        """File › School results server (LRS)…: settings, a connection test, the outbox."""
        from spotit.gui.lrs_dialog import LrsDialog

        if self.lrs_dialog is None:
            self.lrs_dialog = LrsDialog(self.progress, self.lrs_sender, parent=self)
        else:
            self.lrs_dialog.load()
        self.lrs_dialog.show()
        self.lrs_dialog.raise_()
        self.lrs_dialog.activateWindow()
        self.lrs_dialog.endpoint.setFocus()

    def _lrs_reported(self, report) -> None:
        # Quiet when all went out; a problem is one line in the status bar, never a dialog.
        if report is not None and report.last_error:
            waiting = report.retry_later
            self.statusBar().showMessage(
                f"School results server: {report.sent} sent, {waiting} waiting "
                f"({report.last_error})",
                10000,
            )

    def _lrs_failed(self, line: str) -> None:
        self.statusBar().showMessage(f"School results server: {line}", 10000)

    # authoring --------------------------------------------------------------------
    def _editor(self):
        from spotit.gui.editor import PackEditor  # the editor loads only when used

        editor = PackEditor(appearance=self.appearance)
        editor.exported.connect(lambda path: self.open_pack_file(Path(path)))
        editor.destroyed.connect(
            lambda _=None, e=editor: self.editors.remove(e) if e in self.editors else None
        )
        self.editors.append(editor)
        return editor

    def new_pack_in_editor(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, "Folder for the new pack")
        if folder:
            editor = self._editor()
            if editor.new_pack(Path(folder)):
                editor.show()

    def edit_pack_in_editor(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            "Edit pack",
            "",
            f"SpotIt packs (*{PACK_SUFFIX} pack.toml);;All files (*)",
        )
        if not name:
            return
        path = Path(name)
        editor = self._editor()
        if editor.open_path(path.parent if path.name == "pack.toml" else path):
            editor.show()

    def _open_pack_files(self) -> list[tuple[str, Path]]:
        return [(pack.meta.title, pack.path) for pack in self.packs.values()]

    def import_annotations(self) -> None:
        from spotit.gui.import_dialog import ImportDialog

        self.import_dialog = ImportDialog(self, self._open_pack_files(), self.open_pack_file)
        self.import_dialog.open()

    def export_annotations(self) -> None:
        from spotit.gui.export_dialog import ExportDialog

        self.export_dialog = ExportDialog(self, self._open_pack_files())
        self.export_dialog.open()

    def compare_packs(self) -> None:
        from spotit.gui.agreement_view import AgreementView

        self.agreement_view = AgreementView(self)
        self.agreement_view.show()

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if any(url.isLocalFile() for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        for url in event.mimeData().urls():
            if url.isLocalFile():
                self.open_pack_file(Path(url.toLocalFile()))
        event.acceptProposedAction()

    # navigation -------------------------------------------------------------------
    def open_article(self, pack_id: str, article_id: str) -> None:
        self._leave_reader()  # the draft being left is saved before another one opens
        try:
            opened = self.practice.open(pack_id, article_id)
        except PracticeError as exc:
            plain_message(self, "Pack not open", str(exc), QMessageBox.Icon.Information)
            return
        except (PackError, ProgressError) as exc:
            plain_message(self, "Cannot open article", str(exc))
            return
        self.reader.show_opened(opened)
        self.pages.setCurrentWidget(self.reader)
        self._offer_lessons(opened)
        from spotit.gui.document import display_text  # bidi controls shown, never obeyed

        self._set_title(display_text(f"{opened.article.meta.headline} — SpotIt"))

    def open_check(self, pack_id: str, check_id: str) -> None:
        """Take the check's wave due now (or go on with the one started)."""
        self._leave_reader()
        if self.check_page is None:
            from spotit.gui.check_page import CheckPage

            self.check_page = CheckPage(self.practice)
            self.check_page.library_requested.connect(self.show_library)
            self.pages.addWidget(self.check_page)
        if self.check_page.start(pack_id, check_id):
            self.pages.setCurrentWidget(self.check_page)
            # Not over a check: it has nothing to do with the tour, and both would want Esc.
            if not self.tour_offer.isHidden():
                self._close_offer()
                self._offer_paused = True
            self._set_title("Check — SpotIt")

    def show_library(self) -> None:
        self._leave_reader()
        if self._offer_paused:
            self._offer_paused = False
            self._offer_tour_if_new()
        self.library.reload()
        self.pages.setCurrentWidget(self.library)
        self.statusBar().clearMessage()
        self._set_title("SpotIt")
        self.library.focus_table()

    def next_article(self) -> None:
        self._leave_reader()
        self.library.reload()
        key = self.library.next_article()
        if key is None:
            self.statusBar().showMessage("No article matches the library's filters.", 5000)
            self.show_library()
            return
        self.open_article(*key)

    def show_history(self) -> None:
        self._leave_reader()
        if self.history is None:
            from spotit.gui.history import HistoryPage

            self.history = HistoryPage()
            self.history.open_attempt.connect(self.open_article)
            self.history.lesson_requested.connect(self.open_lesson)
            self.pages.addWidget(self.history)
        self.history.show_learner(self.practice)
        self.pages.setCurrentWidget(self.history)
        self.statusBar().clearMessage()
        self._set_title("History — SpotIt")

    def switch_learner(self) -> None:
        self._switch_requested = True
        self.close()

    # the tour ---------------------------------------------------------------------
    def _offer_tour_if_new(self) -> None:
        try:
            new = not self.practice.has_seen(TOUR_KEY)
        except ProgressError:
            new = False  # progress that cannot be read says nothing about being new
        if new:
            self.tour_offer.show()
            self._offer_escape.setEnabled(True)

    def _close_offer(self) -> None:
        self.tour_offer.hide()
        self._offer_escape.setEnabled(False)

    def decline_tour(self) -> None:
        """Not now: the offer goes for good (Help › Take the tour is always there)."""
        self._close_offer()
        self._mark_seen(TOUR_KEY)
        self.statusBar().showMessage("Help › Take the tour shows it whenever you like.", 8000)

    def take_tour(self) -> None:
        """Start the tour (again), on this window's own widgets."""
        from spotit.gui.tour import Tour

        self._close_offer()
        if self.tour is None:
            self.tour = Tour(self, self.practice)
        if not self.tour.running:
            self.tour.start()

    def _mark_seen(self, key: str) -> None:
        try:
            self.practice.mark_seen(key)
        except ProgressError as exc:  # the app goes on; it may be offered again
            self.statusBar().showMessage(f"Could not note it in your progress: {exc}", 8000)

    # lessons ------------------------------------------------------------------------
    def lesson_categories_of(self, pack) -> set[str]:
        """The categories ``pack`` has a lesson on (none if its lessons cannot be read)."""
        try:
            return {lesson.category for lesson in pack.lessons()}
        except PackError:
            return set()

    def _lesson_entries(self) -> list:
        from spotit.gui.lessons import LessonEntry

        entries = []
        for pack in self.packs.values():
            try:
                lessons = pack.lessons()
            except PackError as exc:
                self.statusBar().showMessage(str(exc), 8000)
                continue
            for lesson in lessons:
                category = pack.category(lesson.category)
                if category is not None:
                    entries.append(LessonEntry(pack.meta.id, pack.meta.title, lesson, category))
        return entries

    def open_lesson(self, category_id: str = "", pack_id: str | None = None) -> None:
        """Show the lesson on ``category_id`` ("": the list, at the lesson shown last)."""
        entries = self._lesson_entries()
        if not entries:
            plain_message(
                self,
                "Lessons",
                "None of the open packs has lessons.",
                QMessageBox.Icon.Information,
            )
            return
        if self.lesson_window is None:
            from spotit.gui.lessons import LessonWindow

            self.lesson_window = LessonWindow(self, zoom=self.zoom)
            self.lesson_window.lesson_shown.connect(
                lambda _pack, category: self._mark_seen(f"lesson-opened:{category}")
            )
        if pack_id is None and self._reader is not None and self._reader.current is not None:
            pack_id = self._reader.current.pack.meta.id  # the article's own pack first
        window = self.lesson_window
        window.set_entries(entries)
        if category_id and not window.show_lesson(category_id, pack_id):
            window.show_lesson(category_id)
        window.show()
        window.raise_()
        window.activateWindow()
        window.list.setFocus()

    def _offer_lessons(self, opened) -> None:
        """Offer the lessons the practice layer chooses, once (Practice.lessons_to_offer)."""
        try:
            chosen = self.practice.lessons_to_offer(opened)
        except (PackError, ProgressError):
            return
        if not chosen:
            return
        self.reader.offer_lessons(chosen)
        try:
            self.practice.lessons_offered(chosen)
        except ProgressError as exc:  # the app goes on; they may be offered again
            self.statusBar().showMessage(f"Could not note it in your progress: {exc}", 8000)

    # appearance -------------------------------------------------------------------
    def zoom(self, factor: float | None) -> None:
        if self.appearance is None:
            return
        self.appearance.set_zoom(1.0 if factor is None else self.appearance.zoom * factor)
        if self.settings is not None:
            self.settings.setValue("zoom", self.appearance.zoom)
        message = f"Text size {round(self.appearance.zoom * 100)}%"
        self.statusBar().showMessage(message, 3000)
        announce(self.statusBar(), message)  # a screen reader does not read the bar by itself

    def toggle_dark(self) -> None:
        if self.appearance is None:
            return
        self.appearance.set_dark(self.dark_action.isChecked())
        if self.settings is not None:
            self.settings.setValue("dark", self.appearance.dark)
        # Flags are drawn with translucent colours: redraw them on the new background.
        if self._reader is not None and self._reader.report is not None:
            self._reader.show_feedback()

    def show_check_report(self) -> None:
        """The instructor's check report: this computer's learners, or a study here."""
        from shiboken6 import isValid

        from spotit.gui.check_report import open_check_report  # QtCharts loads only when used
        from spotit.store.bundled import data_dir

        shown = getattr(self, "check_report_window", None)
        if shown is not None and isValid(shown) and shown.isVisible():
            shown.load()  # one report window, with what was taken since
            shown.raise_()
            shown.activateWindow()
            return
        self.check_report_window = open_check_report(self, self.progress, self.packs, data_dir())

    def show_shortcuts(self) -> None:
        QMessageBox.information(self, "Keyboard shortcuts", SHORTCUTS_HELP)

    def show_about(self) -> None:
        import html  # the About box only; not needed to draw the library

        import PySide6
        from PySide6.QtCore import qVersion

        from spotit.store.bundled import data_dir

        pyside = getattr(PySide6, "__version__", "") or qVersion()
        QMessageBox.about(
            self,
            "About SpotIt",
            f"<h3>SpotIt {__version__}</h3><p>Learn to spot misinformation by flagging red flags "
            "in invented training articles.</p>"
            f"<p>Reads content packs of format {FORMAT_VERSION}. Licence: MIT. "
            "Bundled articles are training material, licensed CC-BY-4.0.</p>"
            f"<p>Built with Qt {qVersion()} and Qt for Python (PySide6) {pyside}, "
            "used under the GNU LGPL v3 (Help › About Qt).</p>"
            f"<p>Your progress and settings are kept in:<br><tt>{html.escape(str(data_dir()))}</tt></p>",
        )

    def closeEvent(self, event) -> None:  # noqa: N802
        # A running class session ends properly first (it asks, and tells the students).
        if self.host_window is not None and self.host_window.isVisible():
            if not self.host_window.close():
                event.ignore()
                return
        for editor in list(self.editors):
            if editor.isVisible() and not editor.close():
                event.ignore()  # the author cancelled an unsaved-changes prompt
                return
        self._leave_reader()
        self.lrs_sender.stop()  # a run under way finishes on its own connection
        self.practice.close_packs()
        super().closeEvent(event)
