"""The main window: library, reader and history for one learner."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QMainWindow,
    QMenuBar,
    QMessageBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from spotit import __version__
from spotit.core.i18n import QT_TRANSLATE_NOOP, translate
from spotit.core.progress import Learner
from spotit.gui.announce import announce
from spotit.gui.i18n import (
    LANGUAGE_SETTING,
    language_name,
    languages,
    number,
    percent,
    shipped_languages,
    system_language,
)
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

#: Help › Keyboard shortcuts: (keys, what they do), translated when shown.
SHORTCUTS = (
    (
        QT_TRANSLATE_NOOP("MainWindow", "<b>Shift+arrows</b>, <b>Shift+Ctrl+arrows</b>"),
        QT_TRANSLATE_NOOP("MainWindow", "select text (by character, by word)"),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "<b>Ctrl+M</b>"),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "mark selection start: then the arrow keys select from the mark, with no key held down (<b>Escape</b> clears the mark)",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "<b>1</b>–<b>9</b>"),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "flag the selection with that red flag (or change the flag under the caret)",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "<b>0</b> or <b>F</b>"),
        QT_TRANSLATE_NOOP("MainWindow", "choose from every red flag"),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "<b>Delete</b>"),
        QT_TRANSLATE_NOOP(
            "MainWindow", "delete the flag under the caret (or the one selected in the list)"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "<b>Ctrl+Z</b> / <b>Ctrl+Shift+Z</b>"),
        QT_TRANSLATE_NOOP("MainWindow", "undo / redo"),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "<b>Ctrl+Enter</b>"),
        QT_TRANSLATE_NOOP("MainWindow", "submit your flags"),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "<b>Ctrl+Shift+Enter</b>"),
        QT_TRANSLATE_NOOP("MainWindow", "this article looks credible (submit with no flags)"),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "<b>Ctrl+I</b>"),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "need a hint? (shows the next of the article's hints; each costs a little)",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "<b>Ctrl+Shift+I</b>"),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "investigate: search this pack's sources for the selected words (or open the pane to search)",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "<b>Down</b>, <b>Tab</b>, <b>Enter</b>"),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "in the investigation pane: from the search box to the results and links, and open one",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "<b>Alt+Left</b> / <b>Alt+Right</b>"),
        QT_TRANSLATE_NOOP("MainWindow", "in the investigation pane: back / forward"),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "<b>Ctrl+R</b>"),
        QT_TRANSLATE_NOOP("MainWindow", "try the article again"),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "<b>Ctrl+N</b>"),
        QT_TRANSLATE_NOOP("MainWindow", "next article"),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "<b>Ctrl+L</b> / <b>Ctrl+H</b>"),
        QT_TRANSLATE_NOOP("MainWindow", "library / history"),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "<b>Alt+P</b>"),
        QT_TRANSLATE_NOOP("MainWindow", "in the library: start (or go on with) today's practice"),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "<b>Alt+Z</b>"),
        QT_TRANSLATE_NOOP(
            "MainWindow", "in the library: the number of articles in today's practice"
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "<b>Alt+R</b>"),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "in the history: read the lesson on the red flag chosen in the retention table",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "<b>Ctrl+Shift+R</b>"),
        QT_TRANSLATE_NOOP("MainWindow", "the check report (pre vs post vs delayed checks)"),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "<b>Ctrl+Plus</b> / <b>Ctrl+Minus</b> / <b>Ctrl+0</b>"),
        QT_TRANSLATE_NOOP("MainWindow", "larger / smaller / normal text"),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "<b>Shift+F10</b> or the menu key"),
        QT_TRANSLATE_NOOP("MainWindow", "the flag menu for the selection"),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "<b>Shift+F1</b>"),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "the lesson on the red flag you are pointing at (a palette button, the flag under the caret, the verdict chosen in the feedback)",
        ),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "<b>Escape</b>"),
        QT_TRANSLATE_NOOP("MainWindow", "clear the selection mark; close a lesson; skip the tour"),
    ),
    (
        QT_TRANSLATE_NOOP("MainWindow", "<b>F6</b>"),
        QT_TRANSLATE_NOOP(
            "MainWindow",
            "during the tour: from the tour's box to the widget it points at, and back",
        ),
    ),
)


def shortcuts_help() -> str:
    """The Help › Keyboard shortcuts table, in the user's language."""
    rows = "".join(
        f"<tr><td>{translate('MainWindow', keys)}</td><td>{translate('MainWindow', what)}</td></tr>"
        for keys, what in SHORTCUTS
    )
    title = translate("MainWindow", "Keyboard")
    return f"<h3>{title}</h3>\n<table cellpadding=3>\n{rows}\n</table>\n"


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
        self._set_title(self.tr("Library"))
        resize_to_fit(self, 1280, 800)
        self.setAcceptDrops(True)

        self.library = self._make_library()
        self._reader = None  # built when the first article opens: it is costly at start-up
        self.history = None  # built on first use: QtCharts is slow to load
        self.pages = QStackedWidget()
        self.pages.addWidget(self.library)
        self.pages.currentChanged.connect(self._page_changed)
        self.tour = None  # the first-run tour, built when taken
        self.lesson_window = None  # the lesson viewer, built when first opened
        # A new profile is offered the tour once, above whatever page shows (never modal).
        self.tour_offer = self._make_tour_offer()
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
        self.check_page = None  # the check page, built when a check is first taken
        self._rebuild_pending = False  # a language change's rebuild is queued
        self._build_menus()
        # Results to the school's LRS go out in the background (only once it is configured).
        self.lrs_sender = LrsSender(progress, self)
        self.lrs_sender.sent.connect(self._lrs_reported)
        self.lrs_sender.failed.connect(self._lrs_failed)
        self.lrs_sender.start()
        self.lrs_dialog = None
        self.statusBar().showMessage(self.tr("Select an article and press Enter to start."), 8000)
        self._offer_tour_if_new()

    def _set_title(self, what: str) -> None:
        # Qt adds " — SpotIt" (the application's display name) where the system shows it.
        # Practising on a copy in memory (progress cannot be saved) is said in every title.
        saving = getattr(self.progress, "saving", True)
        if saving:
            title = self.tr("{page} — {learner}")
        else:
            title = self.tr("{page} — {learner} (not saving)")
        title = title.format(page=what, learner=self.learner.name)
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
        file_menu = bar.addMenu(self.tr("&File"))
        self._action(
            file_menu, self.tr("&Open pack…"), self.choose_pack_file, QKeySequence.StandardKey.Open
        )
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&New pack…"), self.new_pack_in_editor)
        self._action(file_menu, self.tr("&Edit pack…"), self.edit_pack_in_editor)
        self._action(file_menu, self.tr("&Switch learner…"), self.switch_learner)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Import annotations…"), self.import_annotations)
        self._action(file_menu, self.tr("E&xport annotations…"), self.export_annotations)
        self._action(file_menu, self.tr("&Compare two packs…"), self.compare_packs)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("School &results server (LRS)…"), self.show_lrs_settings)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        # Filled with the reader's own actions when the first article opens.
        self.edit_menu = bar.addMenu(self.tr("&Edit"))
        self.flag_menu = bar.addMenu(self.tr("F&lag"))
        for menu in (self.edit_menu, self.flag_menu):
            hint = menu.addAction(self.tr("Open an article to flag it"))
            hint.setEnabled(False)

        view_menu = bar.addMenu(self.tr("&View"))
        self._action(
            view_menu,
            self.tr("Zoom &in"),
            lambda: self.zoom(ZOOM_STEP),
            [*QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomIn), QKeySequence("Ctrl+=")],
        )
        self._action(
            view_menu,
            self.tr("Zoom &out"),
            lambda: self.zoom(1 / ZOOM_STEP),
            QKeySequence.StandardKey.ZoomOut,
        )
        self._action(
            view_menu, self.tr("&Normal size"), lambda: self.zoom(None), QKeySequence("Ctrl+0")
        )
        view_menu.addSeparator()
        self.dark_action = self._action(view_menu, self.tr("&Dark theme"), self.toggle_dark)
        self.dark_action.setCheckable(True)
        self.dark_action.setChecked(bool(self.appearance and self.appearance.dark))
        self.language_menu = view_menu.addMenu(self.tr("&Language"))
        self._fill_language_menu()
        view_menu.addSeparator()
        self._action(
            view_menu,
            self.tr("Check &report…"),
            self.show_check_report,
            QKeySequence("Ctrl+Shift+R"),
        )

        class_menu = bar.addMenu(self.tr("&Class"))
        self._action(class_menu, self.tr("&Host a class session…"), self.host_class)
        self._action(class_menu, self.tr("&Join a class…"), self.join_class)

        go_menu = bar.addMenu(self.tr("&Go"))
        self._action(go_menu, self.tr("&Library"), self.show_library, QKeySequence("Ctrl+L"))
        self._action(go_menu, self.tr("&Next article"), self.next_article, QKeySequence("Ctrl+N"))
        self._action(go_menu, self.tr("&History"), self.show_history, QKeySequence("Ctrl+H"))

        help_menu = bar.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("Take the &tour"), self.take_tour)
        self._action(help_menu, self.tr("&Lessons…"), lambda: self.open_lesson(""))
        self._action(
            help_menu,
            self.tr("&Keyboard shortcuts"),
            self.show_shortcuts,
            QKeySequence.StandardKey.HelpContents,
        )
        self._action(help_menu, self.tr("&About SpotIt"), self.show_about)
        self._action(
            help_menu, self.tr("About &Qt"), lambda: QMessageBox.aboutQt(self, self.tr("About Qt"))
        )

    def _make_library(self) -> LibraryPage:
        library = LibraryPage()
        library.open_requested.connect(self.open_article)
        library.check_requested.connect(self.open_check)
        return library

    def _make_tour_offer(self) -> TourOfferBar:
        offer = TourOfferBar()
        offer.accepted.connect(self.take_tour)
        offer.declined.connect(self.decline_tour)
        return offer

    def _page_changed(self, _index: int) -> None:
        # A check measures response times: its language does not change under it.
        menu = getattr(self, "language_menu", None)
        if menu is not None:
            taking_check = self.check_page is not None and (
                self.pages.currentWidget() is self.check_page
            )
            menu.setEnabled(not taking_check)

    def _pack_filter(self, patterns: str) -> str:
        """A file dialog's filter for packs (``patterns``: "*.spotit pack.toml"), then all files."""
        return self.tr("SpotIt packs ({patterns});;All files (*)").format(patterns=patterns)

    # the language -------------------------------------------------------------------
    def _language_choice(self) -> str:
        """The learner's choice of language ("" follows the system)."""
        try:
            return self.progress.setting(self.learner.id, LANGUAGE_SETTING) or ""
        except ProgressError:
            return ""

    def _fill_language_menu(self) -> None:
        """View › Language: the system's language, then each language SpotIt ships."""
        group = QActionGroup(self.language_menu)
        chosen = self._language_choice()
        system = self.tr("&System language ({language})").format(
            language=language_name(system_language())
        )
        entries = [("", system)] + [(code, language_name(code)) for code in shipped_languages()]
        for code, label in entries:
            action = self.language_menu.addAction(label)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            action.setData(code)
            group.addAction(action)
            action.triggered.connect(lambda _checked=False, c=code: self.choose_language(c))
            if not code:
                self.language_menu.addSeparator()

    def choose_language(self, code: str) -> None:
        """Show SpotIt in ``code`` ("": the system's language), kept with the profile."""
        try:
            self.progress.set_setting(self.learner.id, LANGUAGE_SETTING, code)
        except ProgressError as exc:  # shown all the same, only not remembered
            self.statusBar().showMessage(
                self.tr("Could not note it in your progress: {problem}").format(problem=exc), 8000
            )
        if self.settings is not None:
            self.settings.setValue(LANGUAGE_SETTING, code)  # the profile list, at the next start
        languages().use(code)  # a new language sends LanguageChange: see changeEvent

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        # Each translator installed sends one event: rebuild once, when they are all in.
        if event.type() == QEvent.Type.LanguageChange and not self._rebuild_pending:
            self._rebuild_pending = True
            QTimer.singleShot(0, self, self._rebuild_in_language)
        super().changeEvent(event)

    def _rebuild_in_language(self) -> None:
        """Every text of this window again, in the language now installed.

        The pages are made anew rather than each relabelled: one place that cannot miss a
        text. What the learner was doing comes back (a draft is saved and reopened, a
        reader showing feedback shows it again). Editors and a class session's window
        keep their language until they are next opened.
        """
        self._rebuild_pending = False
        if not self.isVisible():
            return  # closed (or closing): nothing to redraw
        showing = self.pages.currentWidget()
        old_reader = self._reader if showing is self._reader and self._reader else None
        was_history = showing is not None and showing is self.history
        if old_reader is not None:
            old_reader.leave()  # the draft is saved
        if self.tour is not None:
            self.tour.dispose()  # ends a tour under way; taken again from Help
            self.tour = None
        self.setMenuBar(QMenuBar(self))  # the old bar and its menus go with it
        self._build_menus()
        for name in ("_reader", "history", "check_page"):
            page = getattr(self, name)
            if page is not None:
                self.pages.removeWidget(page)
                if page is not old_reader:
                    page.deleteLater()
                setattr(self, name, None)
        old_library, self.library = self.library, self._make_library()
        self.pages.insertWidget(0, self.library)
        self.pages.removeWidget(old_library)
        old_library.deleteLater()
        offered = not self.tour_offer.isHidden()
        old_offer, self.tour_offer = self.tour_offer, self._make_tour_offer()
        self.centralWidget().layout().replaceWidget(old_offer, self.tour_offer)
        old_offer.deleteLater()
        self.tour_offer.setVisible(offered)
        lesson_shown = self.lesson_window is not None and self.lesson_window.isVisible()
        for name in ("lesson_window", "lrs_dialog"):
            window = getattr(self, name)
            if window is not None:
                window.close()
                window.deleteLater()
                setattr(self, name, None)
        self.library.show_library(self.practice)
        if old_reader is not None and old_reader.current is not None:
            try:
                self.reader.take_over(old_reader)
            except (PackError, ProgressError) as exc:  # the draft is kept; open it again
                old_reader.deleteLater()
                self.show_library()
                plain_message(self, self.tr("Cannot open article"), str(exc))
                return
            old_reader.deleteLater()
            self.pages.setCurrentWidget(self.reader)
            from spotit.gui.document import display_text

            headline = display_text(self.reader.current.article.meta.headline)
            self._set_title(headline)
        elif was_history:
            self.show_history()
        else:
            self.show_library()
        if lesson_shown:
            self.open_lesson("")
        self.statusBar().showMessage(
            self.tr("Language: {language}").format(language=language_name(languages().current)),
            5000,
        )

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
            by = ", ".join(pack.meta.authors) or self.tr("no author given")
            return self.tr("“{title}” version {version} by {authors}\n({path})").format(
                title=pack.meta.title, version=pack.meta.version, authors=by, path=pack.path
            )

        if identity(old) == identity(new):
            results = self.tr(
                "Both have the same authors, so they are versions of one pack: your results "
                "carry over to the new one."
            )
        else:
            results = self.tr(
                "Their authors differ, so they are different packs: your results on the open "
                "pack are kept, but not shown against the new pack's articles. They show "
                "again when you open that pack."
            )
        answer = plain_question(
            self,
            self.tr("Two packs with one id"),
            self.tr(
                "A pack with the id “{id}” is already open:\n{open}\n\n"
                "The pack you are opening has the same id:\n{new}\n\n"
                "{results}\n\nReplace the open pack with the new one?"
            ).format(id=new.meta.id, open=described(old), new=described(new), results=results),
            default=QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def open_pack_file(self, path: Path) -> bool:
        try:
            pack = self.add_pack(path)
        except PackError as exc:
            plain_message(self, self.tr("Cannot open pack"), str(exc))
            return False
        if pack is None:
            self.statusBar().showMessage(self.tr("Kept the pack that was open."), 5000)
            return False
        self.statusBar().showMessage(self.tr("Opened {title}.").format(title=pack.meta.title), 5000)
        self.show_library()
        return True

    def choose_pack_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open pack"), "", self._pack_filter(f"*{PACK_SUFFIX}")
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
            QMessageBox.information(
                self, self.tr("Host a class"), self.tr("Open a pack first (File › Open pack…).")
            )
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
                self.tr("School results server: {sent} sent, {waiting} waiting ({problem})").format(
                    sent=number(report.sent), waiting=number(waiting), problem=report.last_error
                ),
                10000,
            )

    def _lrs_failed(self, line: str) -> None:
        self.statusBar().showMessage(
            self.tr("School results server: {problem}").format(problem=line), 10000
        )

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
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the new pack"))
        if folder:
            editor = self._editor()
            if editor.new_pack(Path(folder)):
                editor.show()

    def edit_pack_in_editor(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Edit pack"),
            "",
            self._pack_filter(f"*{PACK_SUFFIX} pack.toml"),
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
            plain_message(self, self.tr("Pack not open"), str(exc), QMessageBox.Icon.Information)
            return
        except (PackError, ProgressError) as exc:
            plain_message(self, self.tr("Cannot open article"), str(exc))
            return
        self.reader.show_opened(opened)
        self.pages.setCurrentWidget(self.reader)
        self._offer_lessons(opened)
        from spotit.gui.document import display_text  # bidi controls shown, never obeyed

        self._set_title(display_text(opened.article.meta.headline))

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
            self._set_title(self.tr("Check"))

    def show_library(self) -> None:
        self._leave_reader()
        if self._offer_paused:
            self._offer_paused = False
            self._offer_tour_if_new()
        self.library.reload()
        self.pages.setCurrentWidget(self.library)
        self.statusBar().clearMessage()
        self._set_title(self.tr("Library"))
        self.library.focus_table()

    def next_article(self) -> None:
        self._leave_reader()
        self.library.reload()
        key = self.library.next_article()
        if key is None:
            self.statusBar().showMessage(self.tr("No article matches the library's filters."), 5000)
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
        self._set_title(self.tr("History"))

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
        self.statusBar().showMessage(
            self.tr("Help › Take the tour shows it whenever you like."), 8000
        )

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
            self.statusBar().showMessage(
                self.tr("Could not note it in your progress: {problem}").format(problem=exc), 8000
            )

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
                self.tr("Lessons"),
                self.tr("None of the open packs has lessons."),
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
            self.statusBar().showMessage(
                self.tr("Could not note it in your progress: {problem}").format(problem=exc), 8000
            )

    # appearance -------------------------------------------------------------------
    def zoom(self, factor: float | None) -> None:
        if self.appearance is None:
            return
        self.appearance.set_zoom(1.0 if factor is None else self.appearance.zoom * factor)
        if self.settings is not None:
            self.settings.setValue("zoom", self.appearance.zoom)
        message = self.tr("Text size {percent}").format(percent=percent(self.appearance.zoom))
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
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), shortcuts_help())

    def show_about(self) -> None:
        import html  # the About box only; not needed to draw the library

        import PySide6
        from PySide6.QtCore import qVersion

        from spotit.store.bundled import data_dir

        pyside = getattr(PySide6, "__version__", "") or qVersion()
        QMessageBox.about(
            self,
            self.tr("About SpotIt"),
            self.tr(
                "<h3>SpotIt {version}</h3><p>Learn to spot misinformation by flagging red flags "
                "in invented training articles.</p>"
                "<p>Reads content packs of format {format}. Licence: MIT. "
                "Bundled articles are training material, licensed CC-BY-4.0.</p>"
                "<p>Built with Qt {qt} and Qt for Python (PySide6) {pyside}, "
                "used under the GNU LGPL v3 (Help › About Qt).</p>"
                "<p>Your progress and settings are kept in:<br><tt>{folder}</tt></p>"
            ).format(
                version=__version__,
                format=FORMAT_VERSION,
                qt=qVersion(),
                pyside=pyside,
                folder=html.escape(str(data_dir())),
            ),
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
