"""The instructor's pack editor: write a pack without a text editor or the command line.

``PackEditor`` holds one ``PackDraft`` (an immutable value) and one undo stack.
Every edit makes a new draft and pushes a command holding the drafts before and
after, so undo restores text and annotations together, in order. The pages show
the draft and report edits; they never change it themselves.
"""

from __future__ import annotations

import threading
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, Qt, QTimer, Signal, Slot
from PySide6.QtGui import QAction, QColor, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QApplication,
    QColorDialog,
    QDockWidget,
    QFileDialog,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from spotit.authoring import draft as d
from spotit.authoring.saving import (
    SaveError,
    export_pack_file,
    interrupted_save,
    restore_backup,
    write_source,
)
from spotit.authoring.validation import Issue, Target, check
from spotit.core.naming import slugify
from spotit.core.taxonomy import CATEGORY_ID
from spotit.core.textpos import Utf16Map
from spotit.gui.editor.article_page import ArticlePage
from spotit.gui.editor.categories_page import CategoriesPage
from spotit.gui.editor.commands import DraftCommand, Focus
from spotit.gui.editor.pack_page import PackPage
from spotit.gui.editor.widgets import UndoRouter
from spotit.store.pack import PACK_SUFFIX, PackError

#: Re-render the preview and re-anchor annotations this long after the author stops typing.
RENDER_DELAY_MS = 300
#: Validate this long after the last change (in a worker thread).
VALIDATE_DELAY_MS = 500
ZOOM_STEP = 1.15

SHORTCUTS_HELP = """
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
<tr><td><b>Delete</b> (preview, list) or <b>Ctrl+Shift+Delete</b></td><td>delete the annotation</td></tr>
<tr><td><b>F8</b> / <b>Shift+F8</b></td><td>next / previous annotation</td></tr>
<tr><td><b>Ctrl+F8</b></td><td>next annotation that needs you (changed or orphaned)</td></tr>
<tr><td><b>F4</b></td><td>go to the next problem</td></tr>
<tr><td><b>F5</b></td><td>try the article as a learner</td></tr>
<tr><td><b>Ctrl+Shift+N</b> / <b>Ctrl+Shift+D</b></td><td>add / duplicate an article</td></tr>
<tr><td><b>Alt+Shift+Up</b> / <b>Alt+Shift+Down</b></td><td>move the article up / down</td></tr>
<tr><td><b>Ctrl+1</b> … <b>Ctrl+6</b></td><td>article list, Markdown, preview, annotations,
problems, pack details</td></tr>
<tr><td><b>Ctrl+Z</b> / <b>Ctrl+Shift+Z</b></td><td>undo / redo (text and annotations, in order)</td></tr>
<tr><td><b>Ctrl+S</b> / <b>Ctrl+E</b></td><td>save / export as .spotit</td></tr>
</table>
"""


class _Results(QObject):
    """Carries validation results from the worker thread to the window (a queued signal)."""

    ready = Signal(int, object)


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
        self.draft = d.new_pack("new-pack", "New pack")
        self.path: Path | None = None
        self.file_names: dict[int, str] = {}
        self.files: dict[str, str] = {}
        self.current_uid: int | None = None
        self.current_annotation: int | None = None
        self.issues: list[Issue] = []
        self.ask_before_closing = True
        self._preview_focused = True
        self._last_category: str | None = None
        self._generation = 0
        self._validation: threading.Thread | None = None
        self._validate_again = False
        self._results = _Results()
        self._results.ready.connect(self._validation_ready)

        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(1000)
        self.undo_stack.cleanChanged.connect(self._clean_changed)
        self.router = UndoRouter(self.undo_stack, self)
        self._render_timer = QTimer(self, singleShot=True, interval=RENDER_DELAY_MS)
        self._render_timer.timeout.connect(self.flush)
        self._validate_timer = QTimer(self, singleShot=True, interval=VALIDATE_DELAY_MS)
        self._validate_timer.timeout.connect(self._start_validation)

        self._build_actions()
        self.article_page = ArticlePage(self)
        self.pack_page = PackPage(self)
        self.categories_page = CategoriesPage(self)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.article_page, "Articles")
        self.tabs.addTab(self.pack_page, "Pack details")
        self.tabs.addTab(self.categories_page, "Categories")
        self.setCentralWidget(self.tabs)
        self.tabs.currentChanged.connect(self._tab_changed)
        self._build_problems()
        self._build_menus()
        for widget in (
            self.article_page.source,
            self.article_page.explanation,
            self.article_page.hint,
            self.pack_page.description,
            self.pack_page.notice,
            self.categories_page.name,
            self.categories_page.description,
            self.categories_page.how_to_check,
            *self.pack_page.lines.values(),
            self.article_page.headline,
            self.article_page.article_id,
            self.article_page.date,
            self.article_page.byline,
            self.article_page.outlet,
            self.article_page.tags,
        ):
            self.router.watch(widget)
        self.resize(1280, 800)
        self._load(d.LoadedPack(self.draft), None)

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
        self.new_action = a("&New pack…", self.choose_new_pack)
        self.open_action = a("&Open pack…", self.choose_open, QKeySequence.StandardKey.Open)
        self.save_action = a("&Save", self.save, QKeySequence.StandardKey.Save)
        self.save_as_action = a("Save to &folder…", self.choose_save_folder, "Ctrl+Shift+S")
        self.export_action = a("&Export as .spotit…", self.choose_export_pack, "Ctrl+E")
        self.export_source_action = a("Export as source fol&der…", self.choose_export_source)
        self.close_action = a("&Close", self.close, QKeySequence.StandardKey.Close)
        self.agreement_action = a(
            "Compare with another &pack (agreement)…",
            self.compare_with_pack,
            tip="How far this pack's answer keys agree with another author's .spotit file",
        )

        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Shift+Z") not in redo_keys:
            redo_keys.append(QKeySequence("Ctrl+Shift+Z"))
        self.redo_action.setShortcuts(redo_keys)
        self.addAction(self.undo_action)
        self.addAction(self.redo_action)

        self.add_article_action = a("&Add article", self.add_article, "Ctrl+Shift+N")
        self.duplicate_article_action = a(
            "&Duplicate article", self.duplicate_article, "Ctrl+Shift+D"
        )
        self.delete_article_action = a("De&lete article…", self.delete_article)
        self.move_article_up_action = a(
            "Move article &up", lambda: self.move_article(-1), "Alt+Shift+Up"
        )
        self.move_article_down_action = a(
            "Move article do&wn", lambda: self.move_article(1), "Alt+Shift+Down"
        )
        self.try_action = a("&Try as learner", self.try_as_learner, "F5")

        self.annotate_action = a("&Annotate selection", lambda: self.annotate(), "Ctrl+Shift+A")
        self.change_category_action = a("Change &category…", self.pick_category, "Ctrl+Shift+C")
        self.edit_explanation_action = a(
            "Edit &explanation", lambda: self._focus_detail("explanation"), "Ctrl+Shift+E"
        )
        self.edit_hint_action = a("Edit &hint", lambda: self._focus_detail("hint"), "Ctrl+Shift+H")
        self.accept_annotation_action = a(
            "Accept the new &passage", self.accept_annotation, "Ctrl+Shift+Y"
        )
        self.reselect_annotation_action = a(
            "&Move annotation to selection", self.reselect_annotation, "Ctrl+Shift+R"
        )
        self.delete_annotation_action = a(
            "&Delete annotation", self.delete_annotation, "Ctrl+Shift+Del"
        )
        self.next_annotation_action = a("&Next annotation", lambda: self.step_annotation(1), "F8")
        self.previous_annotation_action = a(
            "P&revious annotation", lambda: self.step_annotation(-1), "Shift+F8"
        )
        self.next_orphan_action = a(
            "Next annotation that needs &you", self.next_needing_author, "Ctrl+F8"
        )
        self.next_problem_action = a("Next p&roblem", self.next_problem, "F4")

    def _build_problems(self) -> None:
        self.problems = QListWidget()
        self.problems.setAccessibleName("Problems")
        self.problems.setWordWrap(True)
        self.problems.itemActivated.connect(self._problem_chosen)
        self.problems.itemClicked.connect(self._problem_chosen)
        self.problems_label = QLabel()
        self.problems_label.setWordWrap(True)
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(4, 0, 4, 4)
        layout.addWidget(self.problems_label)
        layout.addWidget(self.problems, 1)
        self.problems_dock = QDockWidget("Problems", self)
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
        file_menu = bar.addMenu("&File")
        for action in (self.new_action, self.open_action, None, self.save_action):
            file_menu.addSeparator() if action is None else file_menu.addAction(action)
        for action in (self.save_as_action, self.export_action, self.export_source_action):
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(self.agreement_action)
        file_menu.addSeparator()
        file_menu.addAction(self.close_action)
        edit_menu = bar.addMenu("&Edit")
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        article_menu = bar.addMenu("&Article")
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
        annotation_menu = bar.addMenu("Anno&tation")
        self.fill_annotation_menu(annotation_menu, everything=True)
        view_menu = bar.addMenu("&View")
        places = (
            ("Article list", "Ctrl+1", lambda: self._go("list")),
            ("Markdown", "Ctrl+2", lambda: self._go("source")),
            ("Preview", "Ctrl+3", lambda: self._go("preview")),
            ("Annotations", "Ctrl+4", lambda: self._go("annotations")),
            ("Problems", "Ctrl+5", lambda: self._go("problems")),
            ("Pack details", "Ctrl+6", lambda: self._go("pack")),
            ("Categories", "Ctrl+7", lambda: self._go("categories")),
        )
        for text, key, slot in places:
            view_menu.addAction(self._action(text, slot, key))
        if self.appearance is not None:
            view_menu.addSeparator()
            view_menu.addAction(
                self._action(
                    "Zoom &in", lambda: self._zoom(ZOOM_STEP), QKeySequence.StandardKey.ZoomIn
                )
            )
            view_menu.addAction(
                self._action(
                    "Zoom &out", lambda: self._zoom(1 / ZOOM_STEP), QKeySequence.StandardKey.ZoomOut
                )
            )
            view_menu.addAction(self._action("&Normal size", lambda: self._zoom(None), "Ctrl+0"))
        help_menu = bar.addMenu("&Help")
        help_menu.addAction(
            self._action(
                "&Keyboard shortcuts",
                lambda: QMessageBox.information(self, "Pack editor keys", SHORTCUTS_HELP),
                QKeySequence.StandardKey.HelpContents,
            )
        )

    def fill_annotation_menu(self, menu: QMenu, everything: bool = False) -> None:
        """The annotation actions (also the preview's context menu, where only usable ones show)."""
        annotation = self.selected_annotation()
        if everything or self.article_page.preview.textCursor().hasSelection():
            menu.addAction(self.annotate_action)
        if not everything and self.article_page.preview.textCursor().hasSelection():
            sub = menu.addMenu("Annotate as")
            for n, category in enumerate(self.draft.categories):
                action = sub.addAction(category.name)
                if n < 9:
                    action.setShortcut(QKeySequence(str(n + 1)))
                action.triggered.connect(lambda _=False, c=category.id: self.annotate(c))
        if everything or annotation is not None:
            for action in (
                self.change_category_action,
                self.edit_explanation_action,
                self.edit_hint_action,
                self.accept_annotation_action,
                self.reselect_annotation_action,
                self.delete_annotation_action,
            ):
                menu.addAction(action)
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
            QMessageBox.warning(
                self,
                "New pack",
                f"{folder} already holds a pack (pack.toml). Open it to edit it instead.",
            )
            return False
        name = folder.name or "New pack"
        draft = d.new_pack(slugify(name, "new-pack"), name.replace("-", " ").capitalize())
        self._load(d.LoadedPack(draft), folder)
        self._status(f"New pack: it will be saved in {folder}.")
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
                loaded, folder = d.load_source_folder(path), path
            elif path.is_file():
                loaded, folder = d.load_pack_file(path), None
            else:
                raise d.LoadError(f"{path}: no such file or folder")
        except (d.LoadError, PackError, SaveError) as exc:
            QMessageBox.warning(self, "Cannot open pack", str(exc))
            return False
        self._load(loaded, folder)
        notes = [*loaded.problems, *loaded.dropped]
        if notes:
            QMessageBox.information(
                self,
                "Opened with problems",
                "The pack had these problems when it was opened; the Problems list shows what "
                "is still wrong as you edit:\n\n" + "\n".join(notes[:30]),
            )
        if folder is None:
            self._status("Opened a built pack: File › Save chooses a folder for its sources.")
        return True

    def _ask_restore(self, folder: Path) -> bool:
        answer = QMessageBox.question(
            self,
            "Interrupted save",
            f"The last save into {folder} was interrupted. Put back the version from before "
            "that save (kept in .backup)?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def _load(self, loaded: d.LoadedPack, folder: Path | None) -> None:
        self._render_timer.stop()
        self.undo_stack.clear()
        self.draft = loaded.draft
        self.file_names = dict(loaded.file_names)
        self.files = dict(loaded.files)
        self.path = folder
        self.current_uid = self.draft.articles[0].uid if self.draft.articles else None
        self.current_annotation = None
        self.issues = []
        self._refresh_everything()
        self._update_title()
        self.tabs.setCurrentWidget(self.article_page)
        self.article_page.preview.setFocus()
        self._schedule_validation()

    # -- the draft and its changes -----------------------------------------------------------
    def current_article(self) -> d.ArticleDraft | None:
        return self.draft.article(self.current_uid) if self.current_uid is not None else None

    def selected_annotation(self) -> d.DraftAnnotation | None:
        article = self.current_article()
        if article is None or self.current_annotation is None:
            return None
        return article.annotation(self.current_annotation)

    def is_dirty(self) -> bool:
        """True when there are changes that no save has written yet."""
        return not self.undo_stack.isClean()

    def change(
        self, after: d.PackDraft, text: str, focus: Focus, merge_key: tuple | None = None
    ) -> None:
        """Make ``after`` the draft, as one undoable step."""
        if after == self.draft:
            return
        self.undo_stack.push(DraftCommand(self, self.draft, after, text, focus, merge_key))

    def change_article(
        self,
        new: d.ArticleDraft,
        text: str,
        merge_key: tuple | None = None,
        annotation: int | None = None,
    ) -> None:
        self.change(
            d.replace_article(self.draft, new),
            text,
            Focus("articles", new.uid, annotation),
            merge_key,
        )

    def show_draft(self, draft: d.PackDraft, focus: Focus, typing: bool) -> None:
        """Show a draft (called by commands): while typing, the preview follows after a pause."""
        old = self.draft
        self.draft = draft
        if focus.article is not None and draft.article(focus.article) is not None:
            self.current_uid = focus.article
        elif self.current_uid is None or draft.article(self.current_uid) is None:
            index = old.article_index(self.current_uid) if self.current_uid is not None else 0
            articles = draft.articles
            self.current_uid = (
                articles[min(index or 0, len(articles) - 1)].uid if articles else None
            )
        if focus.annotation is not None:
            self.current_annotation = focus.annotation
        if not typing:
            page = {
                "articles": self.article_page,
                "pack": self.pack_page,
                "categories": self.categories_page,
            }
            self.tabs.setCurrentWidget(page[focus.page])
        self._refresh_everything(old, typing, focus.category)
        self._update_title()
        self._schedule_validation()

    def _refresh_everything(
        self, old: d.PackDraft | None = None, typing: bool = False, category: str | None = None
    ) -> None:
        draft = self.draft
        if old is None or old.meta != draft.meta:
            self.pack_page.show_meta(draft.meta, str(self.path or ""))
        # The category page counts uses across articles: refresh it only when it shows.
        on_categories = self.tabs.currentWidget() is self.categories_page
        if old is None or old.categories != draft.categories or on_categories:
            self.categories_page.show_categories(draft, category or self.categories_page.current)
        self._show_list()
        article = self.current_article()
        self.article_page.show_article(article)
        if typing:
            self._render_timer.start()
            # Annotation edits while typing an explanation show at once; the text waits.
            if article is not None and self.article_page.preview_is_current(article):
                self._show_annotations(article)
        else:
            self.flush()

    def _tab_changed(self, _index: int) -> None:
        if self.tabs.currentWidget() is self.categories_page:
            self.categories_page.show_categories(self.draft, self.categories_page.current)

    def _show_list(self) -> None:
        """The article list, each article marked with how many things in it need the author."""
        places: dict[int, set] = {}
        for n, issue in enumerate(self.issues):
            target = issue.target
            if target.article is not None:
                # An annotation counts once, however many problems it has.
                place = ("annotation", target.annotation) if target.annotation else ("issue", n)
                places.setdefault(target.article, set()).add(place)
        for article in self.draft.articles:
            for annotation in article.annotations:
                if annotation.status in d.NEEDS_AUTHOR:
                    places.setdefault(article.uid, set()).add(("annotation", annotation.uid))
        marks = {uid: len(found) for uid, found in places.items()}
        self.article_page.show_list(self.draft, self.current_uid, marks)

    def _show_annotations(self, article: d.ArticleDraft) -> None:
        if (
            self.current_annotation is not None
            and article.annotation(self.current_annotation) is None
        ):
            self.current_annotation = None
        self.article_page.show_annotations(article, self.draft.categories, self.current_annotation)
        self.article_page.show_highlights(article, self.draft.categories, self.current_annotation)

    def flush(self) -> d.ArticleDraft | None:
        """Re-render the current article now and re-anchor its annotations (not an undo step)."""
        self._render_timer.stop()
        article = self.current_article()
        if article is None:
            self.article_page.show_preview(None, (), None)
            self.article_page.show_annotations(None, self.draft.categories, None)
            return None
        current = d.synced(article)
        if current is not article:
            self.draft = d.replace_article(self.draft, current)
            self._show_list()
            self._schedule_validation()
        if (
            self.current_annotation is not None
            and current.annotation(self.current_annotation) is None
        ):
            self.current_annotation = None
        self.article_page.show_preview(current, self.draft.categories, self.current_annotation)
        self.article_page.show_annotations(current, self.draft.categories, self.current_annotation)
        return current

    @Slot(bool)
    def _clean_changed(self, _clean: bool) -> None:
        self._update_title()

    def _update_title(self) -> None:
        name = self.draft.meta.title or self.draft.meta.id or "Untitled pack"
        where = f" — {self.path}" if self.path else ""
        self.setWindowTitle(f"{name}[*]{where} — SpotIt pack editor")
        self.setWindowModified(self.is_dirty())

    def _status(self, message: str) -> None:
        self.statusBar().showMessage(message, 8000)

    # -- pack and categories ------------------------------------------------------------------
    def change_pack_meta(self, field: str, value) -> None:
        meta = replace(self.draft.meta, **{field: value})
        self.change(
            replace(self.draft, meta=meta),
            f"Edit pack {field.replace('_', ' ')}",
            Focus("pack"),
            ("pack", field),
        )

    def change_category(self, category_id: str, field: str, value: str) -> None:
        self.change(
            d.update_category(self.draft, category_id, **{field: value}),
            f"Edit category {field.replace('_', ' ')}",
            Focus("categories", category=category_id),
            ("category", category_id, field),
        )

    def rename_category_id(self, old: str, new: str) -> str | None:
        """Give a category a new id (its annotations follow); the reason it cannot, or None."""
        if not CATEGORY_ID.match(new):
            return "an id is lower-case letters, digits and dashes"
        if self.draft.category(new) is not None:
            return f"another category already has the id {new!r}"
        self.change(
            d.update_category(self.draft, old, id=new),
            "Change category id",
            Focus("categories", category=new),
        )
        return None

    def add_category(self) -> None:
        draft, category_id = d.add_category(self.draft)
        self.change(draft, "Add category", Focus("categories", category=category_id))
        self.categories_page.show_categories(self.draft, category_id)
        self.categories_page.name.setFocus()
        self.categories_page.name.selectAll()

    def move_category(self, step: int) -> None:
        current = self.categories_page.current
        if current is None:
            return
        self.change(
            d.move_category(self.draft, current, step),
            "Move category",
            Focus("categories", category=current),
        )

    def recolour_category(self) -> None:
        category = self.draft.category(self.categories_page.current or "")
        if category is None:
            return
        color = QColorDialog.getColor(QColor(category.color), self, f"Colour of {category.name}")
        if color.isValid():
            self.change_category(category.id, "color", color.name())

    def delete_category(self) -> None:
        """Delete the selected category; if annotations use it, ask where they go (or cancel)."""
        category = self.draft.category(self.categories_page.current or "")
        if category is None:
            return
        uses = self.draft.uses_of(category.id)
        move_to = None
        if uses:
            others = [c for c in self.draft.categories if c.id != category.id]
            if not others:
                QMessageBox.information(
                    self,
                    "Delete category",
                    f"{uses} annotation(s) use “{category.name}” and there is no other category "
                    "to move them to. Add one first.",
                )
                return
            choice, ok = QInputDialog.getItem(
                self,
                "Delete category",
                f"{uses} annotation(s) use “{category.name}”.\nMove them to:",
                [c.name for c in others],
                0,
                False,
            )
            if not ok:
                return
            move_to = next(c.id for c in others if c.name == choice)
        index = self.draft.categories.index(category)
        draft = d.delete_category(self.draft, category.id, move_to)
        after = (
            draft.categories[min(index, len(draft.categories) - 1)].id if draft.categories else None
        )
        self.change(draft, "Delete category", Focus("categories", category=after))
        self.categories_page.show_categories(self.draft, after)
        if move_to:
            self._status(f"Deleted “{category.name}”; its {uses} annotation(s) moved.")

    # -- articles ------------------------------------------------------------------------------
    def select_article(self, uid: int) -> None:
        if uid == self.current_uid:
            return
        self.flush()
        self.current_uid = uid
        self.current_annotation = None
        self.article_page.show_article(self.current_article())
        self.flush()
        self._show_list()

    def change_article_meta(self, field: str, value) -> None:
        article = self.current_article()
        if article is None:
            return
        new = replace(article, meta=replace(article.meta, **{field: value}))
        self.change_article(new, f"Edit {field}", ("article", article.uid, field))

    def change_body(self, body: str) -> None:
        article = self.current_article()
        if article is None or article.body == body:
            return
        self.change_article(replace(article, body=body), "Typing", ("body", article.uid))

    def add_article(self) -> None:
        self.flush()
        index = self.draft.article_index(self.current_uid) if self.current_uid is not None else None
        draft, uid = d.add_article(self.draft, None if index is None else index + 1)
        self.change(draft, "Add article", Focus("articles", uid))
        self.tabs.setCurrentWidget(self.article_page)
        self.article_page.headline.setFocus()
        self.article_page.headline.selectAll()

    def duplicate_article(self) -> None:
        if self.current_uid is None:
            return
        self.flush()
        draft, uid = d.duplicate_article(self.draft, self.current_uid)
        self.change(draft, "Duplicate article", Focus("articles", uid))

    def delete_article(self) -> None:
        article = self.current_article()
        if article is None:
            return
        answer = QMessageBox.question(
            self,
            "Delete article",
            f"Delete “{article.meta.headline or article.meta.id}” and its "
            f"{len(article.annotations)} annotation(s)? Undo (Ctrl+Z) brings it back.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self.change(d.delete_article(self.draft, article.uid), "Delete article", Focus("articles"))

    def move_article(self, step: int) -> None:
        if self.current_uid is None:
            return
        self.change(
            d.move_article(self.draft, self.current_uid, step),
            "Move article",
            Focus("articles", self.current_uid),
        )

    # -- annotations -----------------------------------------------------------------------------
    def text_widget_focused(self, preview: bool) -> None:
        self._preview_focused = preview
        if preview:
            self.flush()  # selections in the preview must index the current text

    def _selected_span(self, article: d.ArticleDraft) -> tuple[int, int] | str:
        """The passage selected in the preview (or the Markdown), or why there is none."""
        page = self.article_page
        if self._preview_focused or not page.source.textCursor().hasSelection():
            if page.preview.text != article.text:
                return "the preview was out of date; select the passage again"
            span = page.preview.selected_span()
            if span is None:
                return "select a passage in the preview first (Shift+arrows or the mouse)"
            return span
        cursor = page.source.textCursor()
        positions = Utf16Map(article.body)
        try:
            return d.source_span(
                article,
                positions.to_code_point(cursor.selectionStart()),
                positions.to_code_point(cursor.selectionEnd()),
            )
        except ValueError as exc:
            return str(exc)

    def annotate(self, category: str | None = None) -> int | None:
        """Annotate the selected passage; the new annotation's explanation gets the focus."""
        article = self.flush()
        if article is None:
            return None
        span = self._selected_span(article)
        if isinstance(span, str):
            self._status(f"Cannot annotate: {span}.")
            return None
        problem = d.span_problem(article.text, *span)
        if problem:
            self._status(f"Cannot annotate: {problem}.")
            return None
        if category is None:
            category = self._last_category
            if self.draft.category(category or "") is None:
                if not self.draft.categories:
                    self._status("Cannot annotate: the pack has no categories; add one first.")
                    return None
                category = self.draft.categories[0].id
        same = [
            a for a in article.annotations if (a.start, a.end) == span and a.category == category
        ]
        if same:
            self.select_annotation(same[0].uid)
            self._status("That passage already has this annotation.")
            return same[0].uid
        new, uid = d.add_annotation(article, *span, category)
        self._last_category = category
        self.current_annotation = uid
        self.change_article(new, "Annotate", annotation=uid)
        self.select_annotation(uid, show=False)
        self.article_page.explanation.setFocus()
        self._status("Annotated. Type the explanation; Esc goes back to the preview.")
        return uid

    def select_annotation(self, uid: int | None, show: bool = True) -> None:
        """Select an annotation in the list and highlight it in the preview."""
        article = self.current_article()
        if article is None:
            return
        self.current_annotation = uid
        annotation = article.annotation(uid) if uid is not None else None
        page = self.article_page
        page.show_annotations(article, self.draft.categories, uid)
        page.show_highlights(article, self.draft.categories, uid)
        if (
            show
            and annotation is not None
            and annotation.has_span
            and page.preview.text == article.text
        ):
            blocked = page.preview.blockSignals(True)
            page.preview.select_span(annotation.start, annotation.end)
            page.preview.blockSignals(blocked)

    def caret_moved_in_preview(self, position: int) -> None:
        """The caret in a highlighted passage selects its annotation.

        Not while an annotation that needs the author is selected and the caret moves by
        keyboard: the author is then selecting its new passage, across other highlights.
        """
        article = self.current_article()
        if article is None or self.article_page.preview.text != article.text:
            return
        pinned = self.selected_annotation()
        by_mouse = QApplication.mouseButtons() != Qt.MouseButton.NoButton
        if pinned is not None and pinned.status in d.NEEDS_AUTHOR and not by_mouse:
            return
        hit = d.annotation_at(article, position)
        if hit is not None and hit.uid != self.current_annotation:
            self.select_annotation(hit.uid, show=False)

    def change_selected_annotation(self, field: str, value: str) -> None:
        article, annotation = self.current_article(), self.selected_annotation()
        if article is None or annotation is None or getattr(annotation, field) == value:
            return
        if field == "category":
            self._last_category = value
        new = d.update_annotation(article, annotation.uid, **{field: value})
        merge = ("annotation", annotation.uid, field) if field != "category" else None
        self.change_article(new, f"Edit {field}", merge, annotation.uid)

    def number_key(self, number: int) -> None:
        if number > len(self.draft.categories):
            self._status(f"There is no category {number}.")
            return
        category = self.draft.categories[number - 1].id
        if self.article_page.preview.textCursor().hasSelection():
            self.annotate(category)
        else:
            self.set_category_by_number(number, at_caret=True)

    def set_category_by_number(self, number: int, at_caret: bool = False) -> None:
        if number > len(self.draft.categories):
            return
        if at_caret:
            article = self.current_article()
            hit = d.annotation_at(article, self.article_page.preview.caret()) if article else None
            if hit is None:
                self._status("Select a passage first (Shift+arrows), then press its number.")
                return
            self.current_annotation = hit.uid
        self.change_selected_annotation("category", self.draft.categories[number - 1].id)

    def pick_category(self) -> None:
        """Choose from every category: for the selection, or the selected annotation."""
        names = [
            f"{n + 1 if n < 9 else ' '}  {c.name}" for n, c in enumerate(self.draft.categories)
        ]
        if not names:
            return
        has_selection = self.article_page.preview.textCursor().hasSelection()
        current = self.selected_annotation()
        start = 0
        if current is not None and not has_selection:
            ids = [c.id for c in self.draft.categories]
            start = ids.index(current.category) if current.category in ids else 0
        choice, ok = QInputDialog.getItem(
            self, "Category", "Red-flag category:", names, start, False
        )
        if not ok:
            return
        category = self.draft.categories[names.index(choice)].id
        if has_selection:
            self.annotate(category)
        elif current is not None:
            self.change_selected_annotation("category", category)

    def accept_annotation(self) -> None:
        article, annotation = self.current_article(), self.selected_annotation()
        if annotation is None or annotation.status != d.FUZZY:
            self._status("Only an annotation whose quote changed has a new passage to accept.")
            return
        self.change_article(
            d.confirm_annotation(article, annotation.uid),
            "Accept new passage",
            None,
            annotation.uid,
        )

    def reselect_annotation(self) -> None:
        article, annotation = self.flush(), self.selected_annotation()
        if article is None or annotation is None:
            self._status("Select the annotation to move first (F8 or the list).")
            return
        span = self._selected_span(article)
        if isinstance(span, str):
            self._status(f"Cannot move the annotation: {span}.")
            return
        problem = d.span_problem(article.text, *span)
        if problem:
            self._status(f"Cannot move the annotation: {problem}.")
            return
        self.change_article(
            d.move_annotation(article, annotation.uid, *span),
            "Move annotation",
            None,
            annotation.uid,
        )

    def delete_annotation(self) -> None:
        article, annotation = self.current_article(), self.selected_annotation()
        if annotation is None:
            self._status("Select an annotation first (F8 or the list).")
            return
        index = article.index_of(annotation.uid)
        new = d.delete_annotation(article, annotation.uid)
        following = (
            new.annotations[min(index, len(new.annotations) - 1)].uid if new.annotations else None
        )
        self.current_annotation = following
        self.change_article(new, "Delete annotation", None, following)
        self._status("Annotation deleted; Ctrl+Z brings it back.")

    def delete_annotation_at_caret(self) -> None:
        article = self.current_article()
        hit = d.annotation_at(article, self.article_page.preview.caret()) if article else None
        if hit is not None:
            self.current_annotation = hit.uid
            self.delete_annotation()

    def step_annotation(self, step: int) -> None:
        article = self.flush()
        if article is None or not article.annotations:
            self._status("This article has no annotations yet.")
            return
        index = article.index_of(self.current_annotation) if self.current_annotation else None
        index = (
            (0 if step > 0 else -1) if index is None else (index + step) % len(article.annotations)
        )
        self.select_annotation(article.annotations[index].uid)
        self.article_page.preview.setFocus()

    def next_needing_author(self) -> None:
        """The next annotation, in this article or the following ones, that is fuzzy or orphaned."""
        self.flush()
        articles = self.draft.articles
        if not articles:
            return
        start = self.draft.article_index(self.current_uid) or 0
        current = self.current_article()
        after = (
            current.index_of(self.current_annotation) if current and self.current_annotation else -1
        )
        for offset in range(len(articles) + 1):
            article = articles[(start + offset) % len(articles)]
            for n, annotation in enumerate(article.annotations):
                if offset == 0 and n <= (after if after is not None else -1):
                    continue
                if annotation.status in d.NEEDS_AUTHOR:
                    self.tabs.setCurrentWidget(self.article_page)
                    self.select_article(article.uid)
                    self.select_annotation(annotation.uid)
                    self.article_page.annotation_list.setFocus()
                    return
        self._status("No annotation needs you: every one is on its quote.")

    def _focus_detail(self, field: str) -> None:
        if self.selected_annotation() is None:
            self._status("Select an annotation first (F8 or the list).")
            return
        self.tabs.setCurrentWidget(self.article_page)
        widget = self.article_page.explanation if field == "explanation" else self.article_page.hint
        widget.setFocus()

    # -- problems -------------------------------------------------------------------------------
    def _schedule_validation(self) -> None:
        self._generation += 1
        self._validate_timer.start()

    def _start_validation(self) -> None:
        if self._validation is not None and self._validation.is_alive():
            self._validate_again = True
            return
        self._validate_again = False
        draft, names, generation = self.draft, dict(self.file_names), self._generation
        files = dict(self.files)
        self._validation = threading.Thread(
            target=self._validate_in_background, args=(generation, draft, names, files), daemon=True
        )
        self._validation.start()

    def _validate_in_background(self, generation: int, draft: d.PackDraft, names, files) -> None:
        try:
            issues = check(draft, names, files)
        except Exception as exc:  # noqa: BLE001 - shown to the author, never a crash
            issues = [Issue(f"the pack could not be checked: {exc}", Target("pack"))]
        self._results.ready.emit(generation, issues)

    def _validation_ready(self, generation: int, issues: list[Issue]) -> None:
        if self._validate_again:
            self._start_validation()
        if generation != self._generation:
            return  # the draft changed meanwhile; a newer check is on its way
        self._show_issues(issues)

    def validate_now(self) -> list[Issue]:
        """Check the draft now, in this thread, and show the result."""
        self._validate_timer.stop()
        if self._validation is not None:
            self._validation.join()
        self.flush()
        issues = check(self.draft, self.file_names, self.files)
        self._show_issues(issues)
        return issues

    def _show_issues(self, issues: list[Issue]) -> None:
        current = self.problems.currentItem()
        visited = current.text() if current is not None else None
        self.issues = issues
        blocked = self.problems.blockSignals(True)
        self.problems.clear()
        for issue in issues:
            item = QListWidgetItem(f"⚠ {issue.message}")
            item.setData(Qt.ItemDataRole.UserRole, issue.target)
            self.problems.addItem(item)
        # F4 goes on from the problem last visited, if it is still there; else from the top.
        texts = [self.problems.item(row).text() for row in range(self.problems.count())]
        self.problems.setCurrentRow(texts.index(visited) if visited in texts else -1)
        self.problems.blockSignals(blocked)
        count = len(issues)
        self.problems_dock.setWindowTitle(f"Problems ({count})" if count else "Problems")
        self.problems_label.setText(
            f"{count} problem(s), as “spotit pack validate” reports them. Click one (or press "
            "F4) to go to it."
            if count
            else "✓ No problems: the pack is ready to export."
        )
        self._show_list()
        self.validated.emit(issues)

    def _problem_chosen(self, item: QListWidgetItem) -> None:
        self.go_to(item.data(Qt.ItemDataRole.UserRole))

    def next_problem(self) -> None:
        if not self.issues:
            self._status("No problems.")
            return
        row = (self.problems.currentRow() + 1) % len(self.issues)
        self.problems.setCurrentRow(row)
        self.go_to(self.issues[row].target)

    def go_to(self, target: Target) -> None:
        """Show the place a problem is fixed at, with the focus in the right field."""
        if target.kind == "pack":
            self.tabs.setCurrentWidget(self.pack_page)
            (self.pack_page.widget_for(target.field) or self.pack_page.lines["id"]).setFocus()
            return
        if target.kind == "category":
            self.tabs.setCurrentWidget(self.categories_page)
            self.categories_page.show_categories(self.draft, target.field or None)
            self.categories_page.table.setFocus()
            return
        self.tabs.setCurrentWidget(self.article_page)
        page = self.article_page
        if target.kind == "articles" or target.article is None:
            page.article_list.setFocus()
            return
        self.select_article(target.article)
        if target.kind == "annotation" and target.annotation is not None:
            self.select_annotation(target.annotation)
            widget = {
                "category": page.category,
                "explanation": page.explanation,
                "hint": page.hint,
            }.get(target.field, page.annotation_list)
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

    # -- saving -----------------------------------------------------------------------------------
    def save(self) -> bool:
        """Save into the pack's source folder (asking for one the first time)."""
        if self.path is None:
            return self.choose_save_folder()
        return self.save_to(self.path)

    def save_to(self, folder: Path, as_copy: bool = False) -> bool:
        """Write the source folder (atomically, with a backup); False (after saying why) if not."""
        self.flush()
        layout = d.source_layout(self.draft, self.file_names, self.files)
        try:
            write_source(Path(folder), layout.files)
        except SaveError as exc:
            QMessageBox.warning(self, "Not saved", str(exc))
            return False
        if as_copy:
            self._status(f"Exported the source folder to {folder}.")
            return True
        self.file_names = {uid: Path(rel).name for rel, uid in layout.articles.items()}
        self.files = dict(layout.files)
        self.path = Path(folder)
        self.undo_stack.setClean()
        self.pack_page.show_meta(self.draft.meta, str(self.path))
        self._update_title()
        self._status(f"Saved to {folder}. The previous version is in {folder}/.backup.")
        self.saved.emit(self.path)
        return True

    def _ask_folder(self, title: str) -> Path | None:
        name = QFileDialog.getExistingDirectory(self, title, str(self.path or Path.home()))
        if not name:
            return None
        folder = Path(name)
        if folder != self.path and (folder / "pack.toml").exists():
            answer = QMessageBox.question(
                self,
                title,
                f"{folder} already holds a pack. Replace it? (Its current files go to .backup.)",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
        return folder

    def choose_save_folder(self) -> bool:
        folder = self._ask_folder("Save pack sources to folder")
        return self.save_to(folder) if folder else False

    def choose_export_source(self) -> bool:
        folder = self._ask_folder("Export pack sources to folder")
        return self.save_to(folder, as_copy=True) if folder else False

    def export_pack(self, out: Path) -> bool:
        """Build the draft into a .spotit file to share; refused while the pack has problems."""
        issues = self.validate_now()
        if issues:
            self.problems_dock.show()
            QMessageBox.warning(
                self,
                "Not exported",
                f"The pack has {len(issues)} problem(s). Fix them first: they are listed under "
                "Problems.",
            )
            return False
        layout = d.source_layout(self.draft, self.file_names, self.files)
        try:
            export_pack_file(layout.files, Path(out))
        except SaveError as exc:
            QMessageBox.warning(self, "Not exported", str(exc))
            return False
        self._status(f"Exported {out}.")
        self.exported.emit(Path(out))
        return True

    def choose_export_pack(self) -> bool:
        suggested = str((self.path or Path.home()) / f"{self.draft.meta.id or 'pack'}{PACK_SUFFIX}")
        name, _ = QFileDialog.getSaveFileName(
            self, "Export as .spotit", suggested, f"SpotIt packs (*{PACK_SUFFIX})"
        )
        if not name:
            return False
        out = Path(name)
        if out.suffix != PACK_SUFFIX:
            out = out.with_name(out.name + PACK_SUFFIX)
        return self.export_pack(out)

    def choose_new_pack(self) -> bool:
        name = QFileDialog.getExistingDirectory(self, "New pack: choose an empty folder")
        return self.new_pack(Path(name)) if name else False

    def choose_open(self) -> bool:
        name, _ = QFileDialog.getOpenFileName(
            self,
            "Open pack (a .spotit file, or the pack.toml of a source folder)",
            "",
            f"Packs (*{PACK_SUFFIX} pack.toml);;All files (*)",
        )
        if not name:
            return False
        path = Path(name)
        return self.open_path(path.parent if path.name == "pack.toml" else path)

    def compare_with_pack(self) -> None:
        """Open the Agreement view: this draft (author A) against another .spotit file (B)."""
        name, _ = QFileDialog.getOpenFileName(
            self, "Compare with another author's pack", "", f"SpotIt packs (*{PACK_SUFFIX})"
        )
        if not name:
            return
        self.flush()
        from spotit.gui.agreement_view import AgreementView

        self.agreement_view = AgreementView(self, draft=self.draft, b_path=Path(name))
        self.agreement_view.show()

    # -- try as learner ---------------------------------------------------------------------------
    def try_as_learner(self) -> None:
        article = self.flush()
        if article is None:
            return
        from spotit.gui.editor.tryout import TryAsLearnerDialog

        self.try_dialog = TryAsLearnerDialog(self.draft, article.uid, self)
        self.try_dialog.open()

    # -- moving around ----------------------------------------------------------------------------
    def _go(self, place: str) -> None:
        page = self.article_page
        if place in ("pack", "categories"):
            self.tabs.setCurrentWidget(self.pack_page if place == "pack" else self.categories_page)
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
        }[place]
        widget.setFocus()

    def _zoom(self, factor: float | None) -> None:
        self.appearance.set_zoom(1.0 if factor is None else self.appearance.zoom * factor)

    # -- closing ------------------------------------------------------------------------------------
    def _may_discard(self) -> bool:
        """True when the current pack may be replaced: saved, or the author says so."""
        if not self.ask_before_closing or not self.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            "Unsaved changes",
            f"Save the changes to “{self.draft.meta.title or self.draft.meta.id}”?",
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        return answer == QMessageBox.StandardButton.Discard

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if not self._may_discard():
            event.ignore()
            return
        self._validate_timer.stop()
        self._render_timer.stop()
        if self._validation is not None:
            self._validation.join()
        super().closeEvent(event)
