"""The instructor's pack editor: write a pack without a text editor or the command line.

``PackEditor`` is the window: menus, actions, the Problems dock, dialogs. The
pack being edited, its undo stack, the selection and validation live in an
``EditorSession`` (``session.py``); the pages (``article_page.py``,
``pack_page.py``, ``categories_page.py``, ``lessons_page.py``, ``checks_page.py``,
``sources_page.py``) subscribe to it and call it, and none of them knows this
window (the Sources page asks for a place to be shown with its ``go_to`` signal).
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QDockWidget,
    QFileDialog,
    QLabel,
    QListView,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from spotit.authoring.draft import LoadedPack, LoadError, load_pack_file, load_source_folder
from spotit.authoring.draft import new_pack as new_pack_draft
from spotit.authoring.saving import SaveError, interrupted_save, restore_backup
from spotit.authoring.validation import Issue, Target
from spotit.core.i18n import QT_TRANSLATE_NOOP, translate
from spotit.core.naming import slugify
from spotit.gui.editor.article_page import ArticlePage
from spotit.gui.editor.categories_page import CategoriesPage
from spotit.gui.editor.checks_page import ChecksPage
from spotit.gui.editor.commands import Focus
from spotit.gui.editor.lessons_page import LessonsPage
from spotit.gui.editor.pack_page import PackPage
from spotit.gui.editor.session import EditorSession
from spotit.gui.editor.sources_page import SourcesPage
from spotit.gui.editor.widgets import UndoRouter
from spotit.gui.i18n import number
from spotit.gui.itemmodels import Column, RowsModel
from spotit.gui.plain import (
    Button,
    Icon,
    no_mnemonic,
    plain_message,
    plain_question,
    plain_title,
)
from spotit.gui.windows import resize_to_fit
from spotit.store.pack import PACK_SUFFIX, PackError

ZOOM_STEP = 1.15
#: Go to the Checks and the Sources tab (never Ctrl+Alt: that is AltGr on many layouts).
CHECKS_KEY, SOURCES_KEY = "Ctrl+Shift+T", "Ctrl+Shift+W"


def _keys(standard: QKeySequence.StandardKey, extra: str) -> list[QKeySequence]:
    """The platform's keys for ``standard``, and ``extra`` if they lack it."""
    keys = QKeySequence.keyBindings(standard)
    if QKeySequence(extra) not in keys:
        keys.append(QKeySequence(extra))
    return keys


#: Help › Keyboard shortcuts (our own rich text: it quotes nothing from the pack).
SHORTCUTS_HELP = QT_TRANSLATE_NOOP(
    "PackEditor",
    """
<h3>Pack editor keys</h3>
<table cellpadding=3>
<tr><td><b>Shift+arrows</b> in the preview</td><td>select a passage</td></tr>
<tr><td><b>1</b>–<b>9</b> in the preview</td><td>annotate the selection with that category
(or change the category of the annotation under the caret)</td></tr>
<tr><td><b>0</b> or <b>F</b> in the preview</td><td>choose from every category</td></tr>
<tr><td><b>Ctrl+Shift+A</b></td><td>annotate the selection (preview or Markdown)</td></tr>
<tr><td><b>Ctrl+Shift+C</b></td><td>change the selected annotation's category</td></tr>
<tr><td><b>Ctrl+Shift+E</b> / <b>Ctrl+Shift+H</b></td><td>edit its explanation / hint
(Esc returns to the preview)</td></tr>
<tr><td><b>Ctrl+Shift+Y</b></td><td>accept the new passage proposed for a changed quote</td></tr>
<tr><td><b>Ctrl+Shift+R</b></td><td>move the selected annotation to the selection</td></tr>
<tr><td><b>Ctrl+Shift+L</b></td><td>the categories also accepted for it (Space ticks one)</td></tr>
<tr><td><b>Ctrl+Shift+K</b></td><td>make the selected words its core</td></tr>
<tr><td><b>Ctrl+Shift+P</b></td><td>add the selection as another place of it (Delete in the
list removes one)</td></tr>
<tr><td><b>Ctrl+Shift+O</b></td><td>add a note on the selection: a passage that is fine
(Delete in the notes list removes one)</td></tr>
<tr><td><b>Delete</b> (preview, list) or <b>Ctrl+Shift+Delete</b></td><td>delete the annotation</td></tr>
<tr><td><b>F8</b> / <b>Shift+F8</b></td><td>next / previous annotation</td></tr>
<tr><td><b>Ctrl+F8</b></td><td>next annotation that needs you (changed or orphaned)</td></tr>
<tr><td><b>F4</b></td><td>go to the next problem</td></tr>
<tr><td><b>F5</b></td><td>try the article as a learner</td></tr>
<tr><td><b>Ctrl+Shift+N</b> / <b>Ctrl+Shift+D</b></td><td>add / duplicate an article</td></tr>
<tr><td><b>Alt+Shift+Up</b> / <b>Alt+Shift+Down</b></td><td>move the article up / down</td></tr>
<tr><td><b>Ctrl+1</b> … <b>Ctrl+9</b></td><td>article list, Markdown, preview, annotations,
problems, pack details, categories, notes, lessons</td></tr>
<tr><td><b>Delete</b> in the lessons list</td><td>delete the lesson (Insert: choose a category
for a new one)</td></tr>
<tr><td><b>Ctrl+Shift+T</b></td><td>the checks (Insert / Delete in their list adds / deletes
one)</td></tr>
<tr><td><b>Ctrl+Shift+W</b></td><td>the source pages, the pack's invented web (Delete in their
list deletes one, Insert chooses the kind of a new one)</td></tr>
<tr><td><b>Ctrl+Tab</b> / <b>Ctrl+Shift+Tab</b>, <b>Ctrl+PgDown</b> / <b>Ctrl+PgUp</b></td>
<td>next / previous tab (Articles, Pack details, Categories, Lessons, Checks, Sources)</td></tr>
<tr><td><b>Alt+Q</b> / <b>Alt+J</b> in an annotation's or a note's details</td><td>its check:
the source page that settles it / the passage of that page</td></tr>
<tr><td><b>Ctrl+Z</b> / <b>Ctrl+Shift+Z</b></td><td>undo / redo (text and annotations, in order)</td></tr>
<tr><td><b>Ctrl+S</b> / <b>Ctrl+E</b></td><td>save / export as .spotit</td></tr>
</table>
<p>No key uses Ctrl+Alt: on many keyboards (German, Polish, French…) that is AltGr, which
types characters such as [ ] { } @.</p>
""",
)


class PackEditor(QMainWindow):
    """The pack editor window.

    Use ``new_pack(folder)`` or ``open_path(path)`` (a source folder or a built
    ``.spotit`` file), then ``show()``. Both return False, after telling the
    author why, when nothing was opened.
    """

    #: Emitted after each validation with the problems found (a list of Issue).
    validated = Signal(object)
    #: Emitted after a save with the folder saved to.
    saved = Signal(object)
    #: Emitted after "Export as .spotit" with the pack file written.
    exported = Signal(object)

    def __init__(self, parent: QWidget | None = None, appearance=None) -> None:
        super().__init__(parent)
        self.appearance = appearance
        self.ask_before_closing = True
        self.session = session = EditorSession(self)
        session.draft_changed.connect(self._draft_changed)
        session.problems_changed.connect(self._show_issues)
        session.saved.connect(self._saved)
        session.status.connect(self._status)
        session.undo_stack.cleanChanged.connect(self._clean_changed)
        self.router = UndoRouter(session.undo_stack, self)

        self._build_actions()
        actions = {
            "add_article": self.add_article_action,
            "duplicate_article": self.duplicate_article_action,
            "delete_article": self.delete_article_action,
            "try": self.try_action,
            "move_article_up": self.move_article_up_action,
            "move_article_down": self.move_article_down_action,
            "accept_annotation": self.accept_annotation_action,
            "reselect_annotation": self.reselect_annotation_action,
            "delete_annotation": self.delete_annotation_action,
            "set_core": self.set_core_action,
            "add_place": self.add_place_action,
            "add_note": self.add_note_action,
            "fill_menu": self.fill_annotation_menu,
        }
        self.article_page = ArticlePage(session, actions)
        self.pack_page = PackPage(session)
        self.categories_page = CategoriesPage(session)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.article_page, self.tr("Articles"))
        self.tabs.addTab(self.pack_page, self.tr("Pack details"))
        self.tabs.addTab(self.categories_page, self.tr("Categories"))
        self.lessons_page = LessonsPage(session)
        self.tabs.addTab(self.lessons_page, self.tr("Lessons"))
        self.checks_page = ChecksPage(session)
        self.tabs.addTab(self.checks_page, self.tr("Checks"))
        self.sources_page = SourcesPage(session)
        self.sources_page.go_to.connect(self.go_to)
        self.tabs.addTab(self.sources_page, self.tr("Sources"))
        self.setCentralWidget(self.tabs)
        self._build_problems()
        self._build_menus()
        for widget in (
            self.article_page.source,
            self.article_page.explanation,
            self.article_page.hint,
            self.article_page.core,
            self.article_page.note_text,
            self.article_page.note_hint,
            self.article_page.check_fields.quote,
            self.article_page.note_check_fields.quote,
            self.pack_page.description,
            self.pack_page.notice,
            self.categories_page.name,
            self.categories_page.description,
            self.categories_page.how_to_check,
            self.lessons_page.title,
            self.lessons_page.source,
            self.checks_page.source,
            self.sources_page.source,
            *self.pack_page.lines.values(),
            self.article_page.headline,
            self.article_page.article_id,
            self.article_page.date,
            self.article_page.byline,
            self.article_page.outlet,
            self.article_page.tags,
        ):
            self.router.watch(widget)
        resize_to_fit(self, 1280, 800)
        self._load(LoadedPack(session.draft), None)

    # -- what the session holds (for callers that know the window) ----------------------
    @property
    def draft(self):
        """The pack as edited now (a ``PackDraft``)."""
        return self.session.draft

    @property
    def path(self) -> Path | None:
        """The source folder the pack is saved in (None until the first save)."""
        return self.session.path

    @property
    def file_names(self) -> dict[int, str]:
        """The file name of each article in the source folder, by article uid."""
        return self.session.file_names

    @property
    def issues(self) -> list[Issue]:
        """The problems found by the last validation."""
        return self.session.issues

    @property
    def undo_stack(self):
        """The one undo history of text and annotations."""
        return self.session.undo_stack

    def current_article(self):
        """The article being edited (an ``ArticleDraft``), or None."""
        return self.session.current_article()

    def selected_annotation(self):
        """The annotation selected in the current article, or None."""
        return self.session.selected_annotation()

    def flush(self):
        """Re-render the current article now (see ``EditorSession.flush``)."""
        return self.session.flush()

    def select_article(self, uid: int) -> None:
        """Show the article ``uid``."""
        self.session.select_article(uid)

    def is_dirty(self) -> bool:
        """True when there are changes that no save has written yet."""
        return self.session.is_dirty()

    def validate_now(self) -> list[Issue]:
        """Check the draft now, in this thread, and show the result."""
        return self.session.validate_now()

    # -- building -------------------------------------------------------------------------
    def _action(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setStatusTip(tip)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _build_actions(self) -> None:
        a = self._action
        self.new_action = a(self.tr("&New pack…"), self.choose_new_pack)
        self.open_action = a(
            self.tr("&Open pack…"), self.choose_open, QKeySequence.StandardKey.Open
        )
        self.save_action = a(self.tr("&Save"), self.save, QKeySequence.StandardKey.Save)
        self.save_as_action = a(
            self.tr("Save to &folder…"), self.choose_save_folder, "Ctrl+Shift+S"
        )
        self.export_action = a(self.tr("&Export as .spotit…"), self.choose_export_pack, "Ctrl+E")
        self.export_source_action = a(
            self.tr("Export as source fol&der…"), self.choose_export_source
        )
        self.close_action = a(self.tr("&Close"), self.close, QKeySequence.StandardKey.Close)
        self.agreement_action = a(
            self.tr("Compare with another &pack (agreement)…"),
            self.compare_with_pack,
            tip=self.tr("How far this pack's answer keys agree with another author's .spotit file"),
        )

        stack = self.session.undo_stack
        self.undo_action = stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = stack.createRedoAction(self, self.tr("&Redo"))
        # Qt glues its prefix and the step ("&Undo Typing"); a whole sentence lets German
        # say "&Rückgängig: Tippen". Connected after the action's own update, so it wins.
        stack.undoTextChanged.connect(self._undo_text)
        stack.redoTextChanged.connect(self._redo_text)
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Shift+Z") not in redo_keys:
            redo_keys.append(QKeySequence("Ctrl+Shift+Z"))
        self.redo_action.setShortcuts(redo_keys)
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)

        self.add_article_action = a(self.tr("&Add article"), self.add_article, "Ctrl+Shift+N")
        self.duplicate_article_action = a(
            self.tr("&Duplicate article"), self.session.duplicate_article, "Ctrl+Shift+D"
        )
        self.delete_article_action = a(self.tr("De&lete article…"), self.delete_article)
        self.move_article_up_action = a(
            self.tr("Move article &up"), lambda: self.session.move_article(-1), "Alt+Shift+Up"
        )
        self.move_article_down_action = a(
            self.tr("Move article do&wn"), lambda: self.session.move_article(1), "Alt+Shift+Down"
        )
        self.try_action = a(self.tr("&Try as learner"), self.try_as_learner, "F5")

        self.annotate_action = a(
            self.tr("&Annotate selection"), lambda: self.article_page.annotate(), "Ctrl+Shift+A"
        )
        self.change_category_action = a(
            self.tr("Change &category…"),
            lambda: self.article_page.pick_category(),
            "Ctrl+Shift+C",
        )
        self.edit_explanation_action = a(
            self.tr("Edit &explanation"), lambda: self._focus_detail("explanation"), "Ctrl+Shift+E"
        )
        self.edit_hint_action = a(
            self.tr("Edit &hint"), lambda: self._focus_detail("hint"), "Ctrl+Shift+H"
        )
        self.accept_annotation_action = a(
            self.tr("Accept the new &passage"),
            lambda: self.article_page.accept_annotation(),
            "Ctrl+Shift+Y",
        )
        self.reselect_annotation_action = a(
            self.tr("&Move annotation to selection"),
            lambda: self.article_page.reselect_annotation(),
            "Ctrl+Shift+R",
        )
        self.delete_annotation_action = a(
            self.tr("&Delete annotation"),
            lambda: self.article_page.delete_annotation(),
            "Ctrl+Shift+Del",
        )
        self.edit_also_action = a(
            self.tr("Also &accepted categories"), self._focus_also, "Ctrl+Shift+L"
        )
        self.set_core_action = a(
            self.tr("Set c&ore from selection"),
            lambda: self._on_articles(self.article_page.set_core_from_selection),
            "Ctrl+Shift+K",
        )
        self.add_place_action = a(
            self.tr("Add selection as another p&lace"),
            lambda: self._on_articles(self.article_page.add_place),
            "Ctrl+Shift+P",
        )
        self.add_note_action = a(
            self.tr("Add &note on selection (a passage that is fine)"),
            lambda: self._on_articles(self.article_page.add_note),
            "Ctrl+Shift+O",
        )
        self.next_annotation_action = a(
            self.tr("&Next annotation"), lambda: self.article_page.step_annotation(1), "F8"
        )
        self.previous_annotation_action = a(
            self.tr("P&revious annotation"),
            lambda: self.article_page.step_annotation(-1),
            "Shift+F8",
        )
        self.next_orphan_action = a(
            self.tr("Next annotation that needs &you"), self.next_needing_author, "Ctrl+F8"
        )
        self.next_problem_action = a(self.tr("Next p&roblem"), self.next_problem, "F4")
        # A window shortcut, so it works wherever the focus is: a QTabWidget's own Ctrl+Tab
        # would reach the annotations' and notes' tabs first, and it has no Ctrl+PgDown.
        self.next_tab_action = a(self.tr("Nex&t tab"), lambda: self._step_tab(1))
        self.next_tab_action.setShortcuts(_keys(QKeySequence.StandardKey.NextChild, "Ctrl+PgDown"))
        self.previous_tab_action = a(self.tr("&Previous tab"), lambda: self._step_tab(-1))
        self.previous_tab_action.setShortcuts(
            _keys(QKeySequence.StandardKey.PreviousChild, "Ctrl+PgUp")
        )

    def _build_problems(self) -> None:
        self.problem_rows = RowsModel(
            [Column(self.tr("Problem"), lambda issue: f"⚠ {issue.message}")], parent=self
        )
        self.problems = QListView()
        self.problems.setModel(self.problem_rows)
        self.problems.setAccessibleName(self.tr("Problems"))
        self.problems.setWordWrap(True)
        self.problems.activated.connect(self._problem_chosen)
        self.problems.clicked.connect(self._problem_chosen)
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(4, 0, 4, 4)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems, 1)
        self.problems_dock = QDockWidget(self.tr("Problems"), self)
        self.problems_dock.setObjectName("problems")
        self.problems_dock.setWidget(box)
        self.problems_dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems_dock)
        self.resizeDocks(
            [self.problems_dock], [self.fontMetrics().lineSpacing() * 4], Qt.Orientation.Vertical
        )

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        for action in (self.new_action, self.open_action, None, self.save_action):
            file_menu.addSeparator() if action is None else file_menu.addAction(action)
        for action in (self.save_as_action, self.export_action, self.export_source_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.agreement_action)
        file_menu.addSeparator()
        file_menu.addAction(self.close_action)
        edit_menu = bar.addMenu(self.tr("&Edit"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        article_menu = bar.addMenu(self.tr("&Article"))
        for action in (
            self.add_article_action,
            self.duplicate_article_action,
            self.delete_article_action,
            self.move_article_up_action,
            self.move_article_down_action,
        ):
            article_menu.addAction(action)
        article_menu.addSeparator()
        article_menu.addAction(self.try_action)
        annotation_menu = bar.addMenu(self.tr("Anno&tation"))
        self.fill_annotation_menu(annotation_menu, everything=True)
        view_menu = bar.addMenu(self.tr("&View"))
        places = (
            (self.tr("Article list"), "Ctrl+1", lambda: self._go("list")),
            (self.tr("Markdown"), "Ctrl+2", lambda: self._go("source")),
            (self.tr("Preview"), "Ctrl+3", lambda: self._go("preview")),
            (self.tr("Annotations"), "Ctrl+4", lambda: self._go("annotations")),
            (self.tr("Problems"), "Ctrl+5", lambda: self._go("problems")),
            (self.tr("Pack details"), "Ctrl+6", lambda: self._go("pack")),
            (self.tr("Categories"), "Ctrl+7", lambda: self._go("categories")),
            (self.tr("Notes"), "Ctrl+8", lambda: self._go("notes")),
            (self.tr("Lessons"), "Ctrl+9", lambda: self._go("lessons")),
        )
        for text, key, slot in places:
            view_menu.addAction(self._action(text, slot, key))
        # The number keys are taken, and Ctrl+Alt is AltGr on many layouts (AltGr+8 and 9
        # type "[" and "]", which Markdown links need): Ctrl+Shift and a letter, or Alt+V, K / S.
        view_menu.addAction(
            self._action(self.tr("Chec&ks"), lambda: self._go("checks"), CHECKS_KEY)
        )
        view_menu.addAction(
            self._action(self.tr("&Source pages"), lambda: self._go("sources"), SOURCES_KEY)
        )
        view_menu.addSeparator()
        view_menu.addAction(self.next_tab_action)
        view_menu.addAction(self.previous_tab_action)
        if self.appearance is not None:
            view_menu.addSeparator()
            view_menu.addAction(
                self._action(
                    self.tr("Zoom &in"),
                    lambda: self._zoom(ZOOM_STEP),
                    QKeySequence.StandardKey.ZoomIn,
                )
            )
            view_menu.addAction(
                self._action(
                    self.tr("Zoom &out"),
                    lambda: self._zoom(1 / ZOOM_STEP),
                    QKeySequence.StandardKey.ZoomOut,
                )
            )
            view_menu.addAction(
                self._action(self.tr("&Normal size"), lambda: self._zoom(None), "Ctrl+0")
            )
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(
            self._action(
                self.tr("&Keyboard shortcuts"),
                self.show_shortcuts,
                QKeySequence.StandardKey.HelpContents,
            )
        )

    def fill_annotation_menu(self, menu: QMenu, everything: bool = False) -> None:
        """The annotation actions (also the preview's context menu, where only usable ones show)."""
        annotation = self.session.selected_annotation()
        if everything or self.article_page.preview.textCursor().hasSelection():
            menu.addAction(self.annotate_action)
        if not everything and self.article_page.preview.textCursor().hasSelection():
            sub = menu.addMenu(self.tr("Annotate as"))
            for n, category in enumerate(self.session.draft.categories):
                action = sub.addAction(no_mnemonic(category.name))
                if n < 9:
                    action.setShortcut(QKeySequence(str(n + 1)))
                action.triggered.connect(
                    lambda _=False, c=category.id: self.article_page.annotate(c)
                )
        if everything or annotation is not None:
            for action in (
                self.change_category_action,
                self.edit_explanation_action,
                self.edit_hint_action,
                self.accept_annotation_action,
                self.reselect_annotation_action,
                self.edit_also_action,
                self.set_core_action,
                self.add_place_action,
                self.delete_annotation_action,
            ):
                menu.addAction(action)
        if everything or self.article_page.preview.textCursor().hasSelection():
            menu.addAction(self.add_note_action)
        if everything:
            menu.addSeparator()
            for action in (
                self.next_annotation_action,
                self.previous_annotation_action,
                self.next_orphan_action,
                self.next_problem_action,
            ):
                menu.addAction(action)

    # -- opening ---------------------------------------------------------------------------
    def new_pack(self, folder: Path) -> bool:
        """Start a new pack that will be saved in ``folder`` (which must not hold a pack yet)."""
        if not self._may_discard():
            return False
        folder = Path(folder)
        if (folder / "pack.toml").exists():
            plain_message(
                self,
                self.tr("New pack"),
                self.tr(
                    "{folder} already holds a pack (pack.toml). Open it to edit it instead."
                ).format(folder=folder),
            )
            return False
        name = folder.name or self.tr("New pack")
        draft = new_pack_draft(slugify(name, "new-pack"), name.replace("-", " ").capitalize())
        self._load(LoadedPack(draft), folder)
        self._status(self.tr("New pack: it will be saved in {folder}.").format(folder=folder))
        return True

    def open_path(self, path: Path) -> bool:
        """Open a pack source folder or a built .spotit pack for editing."""
        if not self._may_discard():
            return False
        path = Path(path)
        try:
            if path.is_dir():
                if interrupted_save(path) and self._ask_restore(path):
                    restore_backup(path)
                loaded, folder = load_source_folder(path), path
            elif path.is_file():
                loaded, folder = load_pack_file(path), None
            else:
                raise LoadError(self.tr("{path}: no such file or folder").format(path=path))
        except (LoadError, PackError, SaveError) as exc:
            plain_message(self, self.tr("Cannot open pack"), str(exc))
            return False
        self._load(loaded, folder)
        notes = [*loaded.problems, *loaded.dropped]
        if notes:
            plain_message(
                self,
                self.tr("Opened with problems"),
                self.tr(
                    "The pack had these problems when it was opened; the Problems list shows "
                    "what is still wrong as you edit:\n\n{problems}"
                ).format(problems="\n".join(notes[:30])),
                Icon.Information,
            )
        if folder is None:
            self._status(
                self.tr("Opened a built pack: File › Save chooses a folder for its sources.")
            )
        return True

    def _ask_restore(self, folder: Path) -> bool:
        answer = plain_question(
            self,
            self.tr("Interrupted save"),
            self.tr(
                "The last save into {folder} was interrupted. Put back the version from before "
                "that save (kept in .backup)?"
            ).format(folder=folder),
        )
        return answer == Button.Yes

    def _load(self, loaded: LoadedPack, folder: Path | None) -> None:
        self.session.load(loaded, folder)
        self._update_title()
        self.tabs.setCurrentWidget(self.article_page)
        self.article_page.preview.setFocus()

    # -- following the session -----------------------------------------------------------------
    def _draft_changed(self, old, focus: Focus, typing: bool) -> None:
        if old is not None and not typing:
            page = {
                "articles": self.article_page,
                "pack": self.pack_page,
                "categories": self.categories_page,
                "lessons": self.lessons_page,
                "checks": self.checks_page,
                "sources": self.sources_page,
            }
            self.tabs.setCurrentWidget(page[focus.page])
        self._update_title()

    @Slot(bool)
    def _clean_changed(self, _clean: bool) -> None:
        self._update_title()

    def _saved(self, folder: Path) -> None:
        self._update_title()
        self.saved.emit(folder)

    def _update_title(self) -> None:
        meta = self.session.draft.meta
        name = plain_title(meta.title or meta.id or self.tr("Untitled pack"))
        if self.session.path:
            title = self.tr("{name}[*] — {folder} — SpotIt pack editor").format(
                name=name, folder=plain_title(self.session.path)
            )
        else:
            title = self.tr("{name}[*] — SpotIt pack editor").format(name=name)
        self.setWindowTitle(title)
        self.setWindowModified(self.session.is_dirty())

    def _status(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    def _undo_text(self, step: str) -> None:
        self.undo_action.setText(
            self.tr("&Undo {step}").format(step=step) if step else self.tr("&Undo")
        )

    def _redo_text(self, step: str) -> None:
        self.redo_action.setText(
            self.tr("&Redo {step}").format(step=step) if step else self.tr("&Redo")
        )

    # -- articles and annotations ----------------------------------------------------------------
    def add_article(self) -> None:
        """Add an article after the current one and put the focus in its headline."""
        self.session.add_article()
        self.tabs.setCurrentWidget(self.article_page)
        self.article_page.headline.setFocus()
        self.article_page.headline.selectAll()

    def delete_article(self) -> None:
        """Delete the current article, once the author says so."""
        article = self.session.current_article()
        if article is None:
            return
        annotations = len(article.annotations)
        answer = plain_question(
            self,
            self.tr("Delete article"),
            translate(
                "PackEditor",
                "Delete “{article}” and its %n annotation(s)? Undo (Ctrl+Z) brings it back.",
                "",
                annotations,
            ).format(article=article.meta.headline or article.meta.id),
            Button.Yes | Button.Cancel,
            Button.Cancel,
        )
        if answer == Button.Yes:
            self.session.delete_article(article.uid)

    def next_needing_author(self) -> None:
        """The next annotation, in this article or the following ones, that is fuzzy or orphaned."""
        if self.session.next_needing_author() is not None:
            self.tabs.setCurrentWidget(self.article_page)
        self.article_page.next_needing_author()

    def _on_articles(self, slot) -> None:
        self.tabs.setCurrentWidget(self.article_page)
        slot()

    def _focus_also(self) -> None:
        if self.session.selected_annotation() is not None:
            self.tabs.setCurrentWidget(self.article_page)
        self.article_page.focus_also()

    def _focus_detail(self, field: str) -> None:
        if self.session.selected_annotation() is not None:
            self.tabs.setCurrentWidget(self.article_page)
        self.article_page.focus_detail(field)

    # -- problems -------------------------------------------------------------------------------
    def _show_issues(self, issues: list[Issue]) -> None:
        current = self.problem_rows.row(self.problems.currentIndex())
        visited = current.message if current is not None else None
        self.problem_rows.set_rows(issues)
        # F4 goes on from the problem last visited, if it is still there; else from the top.
        messages = [issue.message for issue in issues]
        if visited in messages:
            self.problems.setCurrentIndex(self.problem_rows.index(messages.index(visited), 0))
        count = len(issues)
        self.problems_dock.setWindowTitle(
            self.tr("Problems ({count})").format(count=number(count))
            if count
            else self.tr("Problems")
        )
        self.problems_label.setText(
            translate(
                "PackEditor",
                "%n problem(s), as “spotit pack validate” reports them. Click one (or press "
                "F4) to go to it.",
                "",
                count,
            )
            if count
            else self.tr("✓ No problems: the pack is ready to export.")
        )
        self.validated.emit(issues)

    def _problem_chosen(self, index) -> None:
        issue = self.problem_rows.row(index)
        if issue is not None:
            self.go_to(issue.target, issue.message)

    def next_problem(self) -> None:
        """Go to the problem after the one last visited."""
        issues = self.session.issues
        if not issues:
            self._status(self.tr("No problems."))
            return
        row = (self.problems.currentIndex().row() + 1) % len(issues)
        self.problems.setCurrentIndex(self.problem_rows.index(row, 0))
        self.go_to(issues[row].target, issues[row].message)

    def go_to(self, target: Target, message: str = "") -> None:
        """Show the place a problem is fixed at, with the focus in the right field.

        ``message`` is the problem's, shown beside a check file's line (a check is edited
        as its text, which has no field to put the focus in).
        """
        if target.kind == "pack":
            self.tabs.setCurrentWidget(self.pack_page)
            (self.pack_page.widget_for(target.field) or self.pack_page.lines["id"]).setFocus()
            return
        if target.kind == "category":
            self.tabs.setCurrentWidget(self.categories_page)
            self.categories_page.show_categories(self.session.draft, target.field or None)
            self.categories_page.table.setFocus()
            return
        if target.kind in ("lesson", "lessons"):
            self._go_to_lesson(target)
            return
        if target.kind in ("check", "checks"):
            self._go_to_file(self.checks_page, target, message)
            return
        if target.kind in ("source", "sources"):
            self._go_to_file(self.sources_page, target, message)
            return
        self.tabs.setCurrentWidget(self.article_page)
        page = self.article_page
        if target.kind == "articles" or target.article is None:
            page.article_list.setFocus()
            return
        self.session.select_article(target.article)
        if target.kind == "annotation" and target.annotation is not None:
            page.show_key_tab(0)
            self.session.select_annotation(target.annotation)
            widget = {
                "category": page.category,
                "explanation": page.explanation,
                "hint": page.hint,
                "also": page.also_list,
                "core": page.core,
                "anchors": page.places,
                "check": page.check_fields.page,
                "check_quote": page.check_fields.quote,
            }.get(target.field, page.annotation_list)
            if target.field == "anchors" and target.anchor is not None:
                page.places.setCurrentRow(target.anchor)
            if target.field == "also" and target.category is not None:
                for row in range(page.also_list.count()):
                    if page.also_list.item(row).data(Qt.ItemDataRole.UserRole) == target.category:
                        page.also_list.setCurrentRow(row)
            page.details_scroll.ensureWidgetVisible(widget)
            widget.setFocus()
        elif target.kind == "note":
            page.show_key_tab(1)
            self.session.select_note(target.note)
            widget = {
                "note": page.note_text,
                "hint": page.note_hint,
                "check": page.note_check_fields.page,
                "check_quote": page.note_check_fields.quote,
            }.get(target.field, page.note_list)
            if target.note is None:
                widget = page.note_list
            page.note_scroll.ensureWidgetVisible(widget)
            widget.setFocus()
        elif target.kind == "body":
            block = page.source.document().findBlockByNumber(target.line or 0)
            cursor = page.source.textCursor()
            cursor.setPosition(block.position())
            page.source.setTextCursor(cursor)
            page.source.setFocus()
        else:
            fields = {
                "id": page.article_id,
                "headline": page.headline,
                "byline": page.byline,
                "outlet": page.outlet,
                "date": page.date,
                "difficulty": page.difficulty,
                "kind": page.kind,
                "tags": page.tags,
            }
            fields.get(target.field, page.headline).setFocus()

    def _go_to_file(self, page, target: Target, message: str) -> None:
        """A check's or a source page's problem: its line in the file, or the list."""
        self.tabs.setCurrentWidget(page)
        if target.kind in ("checks", "sources") or not target.file:
            page.table.setFocus()
            return
        page.go_to_line(target.file, target.line or 0, message)

    def _go_to_lesson(self, target: Target) -> None:
        page = self.lessons_page
        self.tabs.setCurrentWidget(page)
        if target.lesson is None:
            page.table.setFocus()
            return
        page.show_lessons(self.session.draft, target.lesson)
        page.update_preview()
        widget = page.widget_for(target.field)
        if target.field == "body":
            block = page.source.document().findBlockByNumber(target.line or 0)
            cursor = page.source.textCursor()
            cursor.setPosition(block.position())
            page.source.setTextCursor(cursor)
            page.source.centerCursor()
        widget.setFocus()

    # -- saving -----------------------------------------------------------------------------------
    def save(self) -> bool:
        """Save into the pack's source folder (asking for one the first time)."""
        if self.session.path is None:
            return self.choose_save_folder()
        return self.save_to(self.session.path)

    def save_to(self, folder: Path, as_copy: bool = False) -> bool:
        """Write the source folder (atomically, with a backup); False (after saying why) if not."""
        try:
            self.session.save_to(Path(folder), as_copy)
        except SaveError as exc:
            plain_message(self, self.tr("Not saved"), str(exc))
            return False
        if as_copy:
            self._status(self.tr("Exported the source folder to {folder}.").format(folder=folder))
        else:
            self._status(
                self.tr("Saved to {folder}. The previous version is in {folder}/.backup.").format(
                    folder=folder
                )
            )
        return True

    def _ask_folder(self, title: str) -> Path | None:
        current = self.session.path
        name = QFileDialog.getExistingDirectory(self, title, str(current or Path.home()))
        if not name:
            return None
        folder = Path(name)
        if folder != current and (folder / "pack.toml").exists():
            answer = plain_question(
                self,
                title,
                self.tr(
                    "{folder} already holds a pack. Replace it? (Its current files go to .backup.)"
                ).format(folder=folder),
            )
            if answer != Button.Yes:
                return None
        return folder

    def choose_save_folder(self) -> bool:
        """Ask for a folder and save the pack's sources there."""
        folder = self._ask_folder(self.tr("Save pack sources to folder"))
        return self.save_to(folder) if folder else False

    def choose_export_source(self) -> bool:
        """Ask for a folder and write a copy of the pack's sources there."""
        folder = self._ask_folder(self.tr("Export pack sources to folder"))
        return self.save_to(folder, as_copy=True) if folder else False

    def export_pack(self, out: Path) -> bool:
        """Build the draft into a .spotit file to share; refused while the pack has problems."""
        issues = self.session.validate_now()
        problems = len(issues)
        if issues:
            self.problems_dock.show()
            plain_message(
                self,
                self.tr("Not exported"),
                translate(
                    "PackEditor",
                    "The pack has %n problem(s). Fix them first: they are listed under Problems.",
                    "",
                    problems,
                ),
            )
            return False
        try:
            self.session.export_pack(Path(out))
        except SaveError as exc:
            plain_message(self, self.tr("Not exported"), str(exc))
            return False
        self._status(self.tr("Exported {file}.").format(file=out))
        self.exported.emit(Path(out))
        return True

    def choose_export_pack(self) -> bool:
        """Ask for a file name and export the pack as .spotit."""
        folder = self.session.path or Path.home()
        suggested = str(folder / f"{self.session.draft.meta.id or 'pack'}{PACK_SUFFIX}")
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export as .spotit"),
            suggested,
            self.tr("SpotIt packs ({pattern})").format(pattern=f"*{PACK_SUFFIX}"),
        )
        if not name:
            return False
        out = Path(name)
        if out.suffix != PACK_SUFFIX:
            out = out.with_name(out.name + PACK_SUFFIX)
        return self.export_pack(out)

    def choose_new_pack(self) -> bool:
        """Ask for an empty folder and start a new pack there."""
        name = QFileDialog.getExistingDirectory(self, self.tr("New pack: choose an empty folder"))
        return self.new_pack(Path(name)) if name else False

    def choose_open(self) -> bool:
        """Ask for a pack (a .spotit file or a source folder's pack.toml) and open it."""
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open pack (a .spotit file, or the pack.toml of a source folder)"),
            "",
            self.tr("Packs ({pattern})").format(pattern=f"*{PACK_SUFFIX} pack.toml")
            + ";;"
            + self.tr("All files (*)"),
        )
        if not name:
            return False
        path = Path(name)
        return self.open_path(path.parent if path.name == "pack.toml" else path)

    def compare_with_pack(self) -> None:
        """Open the Agreement view: this draft (author A) against another .spotit file (B)."""
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Compare with another author's pack"),
            "",
            self.tr("SpotIt packs ({pattern})").format(pattern=f"*{PACK_SUFFIX}"),
        )
        if not name:
            return
        self.session.flush()
        from spotit.gui.agreement_view import AgreementView

        self.agreement_view = AgreementView(self, draft=self.session.draft, b_path=Path(name))
        self.agreement_view.show()

    # -- try as learner ---------------------------------------------------------------------------
    def try_as_learner(self) -> None:
        """Open the current article in the learner's reader, recording nothing."""
        article = self.session.flush()
        if article is None:
            return
        from spotit.gui.editor.tryout import TryAsLearnerDialog

        self.try_dialog = TryAsLearnerDialog(self.session.draft, article.uid, self)
        self.try_dialog.open()

    # -- moving around ----------------------------------------------------------------------------
    def _go(self, place: str) -> None:
        page = self.article_page
        if place in ("checks", "sources"):
            page = self.checks_page if place == "checks" else self.sources_page
            self.tabs.setCurrentWidget(page)
            page.table.setFocus()
            return
        if place in ("pack", "categories", "lessons"):
            self.tabs.setCurrentWidget(
                {"pack": self.pack_page, "categories": self.categories_page}.get(
                    place, self.lessons_page
                )
            )
            if place == "lessons":
                self.lessons_page.table.setFocus()
            return
        if place == "problems":
            self.problems_dock.show()
            self.problems.setFocus()
            return
        self.tabs.setCurrentWidget(page)
        widget = {
            "list": page.article_list,
            "source": page.source,
            "preview": page.preview,
            "annotations": page.annotation_list,
            "notes": page.note_list,
        }[place]
        if place in ("annotations", "notes"):
            page.show_key_tab(0 if place == "annotations" else 1)
        widget.setFocus()

    def _step_tab(self, step: int) -> None:
        """Show the next (or previous) tab, round the end, with the focus in it."""
        index = (self.tabs.currentIndex() + step) % self.tabs.count()
        self.tabs.setCurrentIndex(index)
        page = self.tabs.widget(index)
        focus = {
            self.article_page: self.article_page.preview,
            self.categories_page: self.categories_page.table,
            self.lessons_page: self.lessons_page.table,
            self.checks_page: self.checks_page.table,
            self.sources_page: self.sources_page.table,
        }.get(page)
        if focus is not None:
            focus.setFocus()
        else:
            page.setFocus()
            page.focusNextChild()

    def show_shortcuts(self) -> None:
        """The editor's keys, in a box (our own rich text: it quotes nothing from the pack)."""
        box = QMessageBox(
            Icon.Information,
            self.tr("Pack editor keys"),
            translate("PackEditor", SHORTCUTS_HELP),
            Button.Ok,
            self,
        )
        box.setTextFormat(Qt.TextFormat.RichText)
        box.exec()

    def _zoom(self, factor: float | None) -> None:
        self.appearance.set_zoom(1.0 if factor is None else self.appearance.zoom * factor)

    # -- closing ------------------------------------------------------------------------------------
    def _may_discard(self) -> bool:
        """True when the current pack may be replaced: saved, or the author says so."""
        if not self.ask_before_closing or not self.session.is_dirty():
            return True
        meta = self.session.draft.meta
        answer = plain_question(
            self,
            self.tr("Unsaved changes"),
            self.tr("Save the changes to “{title}”?").format(title=meta.title or meta.id),
            Button.Save | Button.Discard | Button.Cancel,
            Button.Save,
        )
        if answer == Button.Save:
            return self.save()
        return answer == Button.Discard

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if not self._may_discard():
            event.ignore()
            return
        self.session.close()
        super().closeEvent(event)
