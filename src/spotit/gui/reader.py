"""The reader: read an article, flag red flags, submit, learn from the feedback."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import lru_cache
from html import escape
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QDesktopServices,
    QIcon,
    QKeySequence,
    QPainter,
    QPixmap,
    QTextCursor,
    QUndoCommand,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QTextEdit,
    QToolButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from spotit.core.model import Annotation, Flag
from spotit.core.selection import snap_to_words
from spotit.core.taxonomy import Category
from spotit.core.textpos import Utf16Map
from spotit.gui.document import build_document
from spotit.gui.theme import VERDICT_STYLES, highlight_format
from spotit.store.pack import Pack, PackArticle
from spotit.store.progress import Learner, Progress, ProgressError

if TYPE_CHECKING:
    from spotit.core.scoring import Report

NUMBER_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}


@lru_cache(maxsize=256)
def swatch(color: str, size: int = 14) -> QIcon:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(color))
    painter.setPen(QColor(color).darker(140))
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    painter.end()
    return QIcon(pixmap)


# -- the article view -------------------------------------------------------------


class ArticleView(QTextBrowser):
    """The article text: selectable by mouse and keyboard, never loading anything remote."""

    number_pressed = Signal(int)  # 1..9
    picker_pressed = Signal()
    delete_pressed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName("Article text")
        self.setAccessibleDescription(
            "Select a passage with Shift and the arrow keys, then press a number key to flag it."
        )
        self.anchorClicked.connect(self._confirm_link)
        self.text = ""
        self._map = Utf16Map("")
        self._document = None
        self.menu_builder = None  # callable(QMenu) supplied by the page

    def set_article(self, article: PackArticle) -> None:
        self.text = article.text
        self._map = Utf16Map(article.text)
        self.setExtraSelections([])  # before the swap: clearing afterwards re-lays the new text
        document = build_document(article.blocks, self)
        document.setDocumentMargin(24)
        self.setDocument(document)
        if self._document is not None:
            self._document.deleteLater()  # ours to free: Qt frees only the document it made itself
        self._document = document
        cursor = self.textCursor()
        cursor.setPosition(0)
        self.setTextCursor(cursor)

    def loadResource(self, kind: int, url: QUrl) -> object:  # noqa: N802 (Qt naming)
        return None  # the reader never fetches anything, local or remote

    # positions -----------------------------------------------------------------
    def to_qt(self, position: int) -> int:
        return self._map.to_utf16(position)

    def from_qt(self, position: int) -> int:
        return self._map.to_code_point(position)

    def selected_span(self) -> tuple[int, int] | None:
        """The selection in code points, snapped to whole words; None if nothing is selected."""
        cursor = self.textCursor()
        if not cursor.hasSelection():
            return None
        return snap_to_words(
            self.text, self.from_qt(cursor.selectionStart()), self.from_qt(cursor.selectionEnd())
        )

    def caret(self) -> int:
        return self.from_qt(self.textCursor().position())

    def select_span(self, start: int, end: int) -> None:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.to_qt(start))
        cursor.setPosition(self.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def span_cursor(self, start: int, end: int) -> QTextCursor:
        cursor = QTextCursor(self.document())
        cursor.setPosition(self.to_qt(start))
        cursor.setPosition(self.to_qt(end), QTextCursor.MoveMode.KeepAnchor)
        return cursor

    # input ---------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: N802
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if mods == Qt.KeyboardModifier.NoModifier:
            if event.key() in NUMBER_KEYS:
                self.number_pressed.emit(NUMBER_KEYS[event.key()])
                return
            if event.key() in (Qt.Key.Key_0, Qt.Key.Key_F):
                self.picker_pressed.emit()
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.delete_pressed.emit()
                return
        super().keyPressEvent(event)

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        menu = QMenu(self)
        if self.menu_builder is not None:
            self.menu_builder(menu)
            menu.addSeparator()
        copy = menu.addAction("Copy")
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setEnabled(self.textCursor().hasSelection())
        copy.triggered.connect(self.copy)
        menu.exec(event.globalPos())

    def _confirm_link(self, url: QUrl) -> None:
        # Seeing where a link really goes is itself a skill: show the address first.
        address = url.toString()
        answer = QMessageBox.question(
            self,
            "Open link?",
            f"This link goes to:\n\n{address}\n\nOpen it in your web browser?",
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Open and url.scheme() in (
            "http",
            "https",
            "mailto",
        ):
            QDesktopServices.openUrl(url)


# -- undoable flag edits ----------------------------------------------------------


class FlagCommand(QUndoCommand):
    """Replace the whole flag list; simple, and every edit undoes exactly."""

    def __init__(self, page: ReaderPage, before: list[Flag], after: list[Flag], text: str) -> None:
        super().__init__(text)
        self.page, self.before, self.after = page, before, after

    def redo(self) -> None:
        self.page._set_flags(self.after)

    def undo(self) -> None:
        self.page._set_flags(self.before)


@dataclass
class OpenArticle:
    pack: Pack
    article: PackArticle


# -- the page ---------------------------------------------------------------------


class ReaderPage(QWidget):
    """Flagging, then feedback, for one article at a time."""

    library_requested = Signal()
    next_requested = Signal()
    submitted = Signal(int)  # attempt id

    def __init__(self, progress: Progress, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.progress = progress
        self.learner: Learner | None = None
        self.current: OpenArticle | None = None
        self.flags: list[Flag] = []
        self.report: Report | None = None
        # Where a submission goes instead of local scoring (classroom sessions): called with
        # (flags, seconds spent); the answer key arrives later through show_result().
        self.submit_handler: Callable[[list[Flag], int], None] | None = None
        self.awaiting_result = False
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(500)
        self._timer = QElapsedTimer()
        self._seconds_before = 0
        self._started_at = ""
        self._build()

    # layout ------------------------------------------------------------------------
    def _build(self) -> None:
        self.view = ArticleView()
        self.view.menu_builder = self._fill_context_menu
        self.view.number_pressed.connect(self._number_key)
        self.view.picker_pressed.connect(self.pick_category)
        self.view.delete_pressed.connect(self.delete_flag_at_caret)
        self.view.cursorPositionChanged.connect(self._caret_moved)

        self.meta_label = QLabel()
        self.meta_label.setWordWrap(True)
        self.meta_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.badge = QLabel()
        self.badge.setWordWrap(True)
        self.badge.setAccessibleName("Training example notice")
        self.badge.setStyleSheet(
            "QLabel { border: 2px dashed palette(mid); border-radius: 4px; padding: 4px 8px; }"
        )
        article_column = QWidget()
        col = QVBoxLayout(article_column)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.badge)
        col.addWidget(self.meta_label)
        col.addWidget(self.view, 1)

        self.side = QStackedWidget()
        self.side.addWidget(self._build_flag_panel())
        self.side.addWidget(self._build_feedback_panel())
        self.side.setMinimumWidth(320)

        splitter = QSplitter()
        splitter.addWidget(article_column)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

        self.undo_action = self.undo_stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, "&Redo")
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Shift+Z") not in redo_keys:  # Windows binds only Ctrl+Y
            redo_keys.append(QKeySequence("Ctrl+Shift+Z"))
        self.redo_action.setShortcuts(redo_keys)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.submit_action = QAction("&Submit flags", self)
        self.submit_action.setShortcut(QKeySequence("Ctrl+Return"))
        self.submit_action.triggered.connect(self.submit)
        self.credible_action = QAction("This article looks &credible", self)
        self.credible_action.setShortcut(QKeySequence("Ctrl+Shift+Return"))
        self.credible_action.triggered.connect(self.submit_credible)
        self.try_again_action = QAction("&Try again", self)
        self.try_again_action.setShortcut(QKeySequence("Ctrl+R"))
        self.try_again_action.triggered.connect(self.try_again)
        for action in (self.submit_action, self.credible_action, self.try_again_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    def _build_flag_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        intro = QLabel(
            "Select a suspicious passage, then choose its red flag "
            "(or press its number key; 0 or F for the full list)."
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.palette_box = QWidget()
        self.palette_box.installEventFilter(self)  # reflow the buttons when its width changes
        self.palette_buttons: list[QToolButton] = []
        self.palette_grid = QGridLayout(self.palette_box)
        self.palette_grid.setContentsMargins(0, 0, 0, 0)
        # Palette above, flags below, in a splitter: at large text sizes both stay usable.
        palette_scroll = QScrollArea()
        palette_scroll.setWidget(self.palette_box)
        palette_scroll.setWidgetResizable(True)
        palette_scroll.setFrameShape(QFrame.Shape.NoFrame)
        palette_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        flags_box = QWidget()
        outer_layout, layout = layout, QVBoxLayout(flags_box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.flag_split = split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(palette_scroll)
        split.addWidget(flags_box)
        split.setChildrenCollapsible(False)
        split.setStretchFactor(1, 1)
        split.installEventFilter(self)
        outer_layout.addWidget(split, 1)

        heading = QLabel("<b>Your flags</b>")
        layout.addWidget(heading)
        self.flag_list = QTreeWidget()
        self.flag_list.setHeaderLabels(["Red flag", "Passage", "Why I think so"])
        self.flag_list.setRootIsDecorated(False)
        self.flag_list.setAlternatingRowColors(True)
        self.flag_list.setAccessibleName("Your flags")
        self.flag_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.flag_list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.flag_list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.flag_list.currentItemChanged.connect(self._flag_row_selected)
        self.flag_list.installEventFilter(self)
        self.flag_list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.flag_list.customContextMenuRequested.connect(self._flag_list_menu)
        layout.addWidget(self.flag_list, 1)
        self.empty_hint = QLabel("No flags yet.")
        layout.addWidget(self.empty_hint)

        row = QHBoxLayout()
        self.recategorise_button = QPushButton("C&hange category…")
        self.recategorise_button.clicked.connect(self.recategorise_selected)
        self.note_button = QPushButton("&Note…")
        self.note_button.clicked.connect(self.edit_note_selected)
        self.delete_button = QPushButton("&Delete")
        self.delete_button.clicked.connect(self.delete_selected)
        for button in (self.recategorise_button, self.note_button, self.delete_button):
            row.addWidget(button)
        layout.addLayout(row)

        self.submit_button = QPushButton("&Submit flags")
        self.submit_button.setDefault(True)
        self.submit_button.clicked.connect(self.submit)
        self.submit_button.setToolTip("Ctrl+Enter")
        self.credible_button = QPushButton("This article looks &credible")
        self.credible_button.clicked.connect(self.submit_credible)
        self.credible_button.setToolTip("Submit with no flags (Ctrl+Shift+Enter)")
        outer_layout.addWidget(self.submit_button)
        outer_layout.addWidget(self.credible_button)
        return panel

    def _build_feedback_panel(self) -> QWidget:
        panel = QWidget()
        layout = QVBoxLayout(panel)
        self.score_label = QLabel()
        self.score_label.setAccessibleName("Score")
        self.score_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.score_label)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName("Summary")
        layout.addWidget(self.summary_label)

        self.verdict_list = QTreeWidget()
        self.verdict_list.setHeaderLabels(["Verdict", "Red flag", "Passage"])
        self.verdict_list.setRootIsDecorated(False)
        self.verdict_list.setAlternatingRowColors(True)
        self.verdict_list.setAccessibleName("Red flags and your flags, with verdicts")
        self.verdict_list.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.verdict_list.header().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.verdict_list.header().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.verdict_list.currentItemChanged.connect(self._verdict_selected)
        layout.addWidget(self.verdict_list, 2)

        self.explanation = QTextBrowser()
        self.explanation.setOpenLinks(False)
        self.explanation.setAccessibleName("Explanation")
        self.explanation.anchorClicked.connect(self.view._confirm_link)
        layout.addWidget(self.explanation, 1)

        self.category_table = QTreeWidget()
        self.category_table.setHeaderLabels(
            ["Category", "Red flags", "Found", "Missed", "Not red flags"]
        )
        self.category_table.setRootIsDecorated(False)
        self.category_table.setAccessibleName("Results per category")
        self.category_table.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        layout.addWidget(self.category_table, 1)

        row = QHBoxLayout()
        again = QPushButton("&Try again")
        again.clicked.connect(self.try_again)
        self.next_button = QPushButton("&Next article")
        self.next_button.clicked.connect(self.next_requested)
        library = QPushButton("&Library")
        library.clicked.connect(self.library_requested)
        for button in (again, self.next_button, library):
            row.addWidget(button)
        layout.addLayout(row)
        return panel

    # opening -----------------------------------------------------------------------
    @property
    def categories(self) -> list[Category]:
        return self.current.pack.categories if self.current else []

    def category(self, category_id: str) -> Category:
        found = self.current.pack.category(category_id) if self.current else None
        return found or Category(category_id, category_id, "", "", "#888888")

    @property
    def editable(self) -> bool:
        """Flags can change: an article is open, not submitted, not waiting for a result."""
        return self.current is not None and self.report is None and not self.awaiting_result

    def open_article(
        self, learner: Learner | None, pack: Pack, article: PackArticle, fresh: bool = False
    ) -> None:
        """Show an article for flagging; its saved draft comes back unless ``fresh``."""
        self.save_draft()
        self.learner, self.current = learner, OpenArticle(pack, article)
        self.report = None
        self.awaiting_result = False
        meta = article.meta
        self.badge.setText(f"⚠ {pack.meta.training_notice}")
        details = " · ".join(x for x in (meta.outlet, meta.byline, meta.date) if x)
        self.meta_label.setText(details or "No outlet, author or date given")
        self.view.set_article(article)
        self._rebuild_palette()
        draft = (
            None
            if fresh or learner is None
            else self.progress.draft(learner.id, pack.meta.id, article.meta.id, article.text_hash)
        )
        if fresh and learner is not None:
            self.progress.discard_draft(learner.id, pack.meta.id, article.meta.id)
        self.undo_stack.clear()
        self.flags = []
        self._seconds_before = draft.seconds_spent if draft else 0
        self._started_at = time.strftime("%Y-%m-%dT%H:%M:%S")
        self._set_flags(draft.flags if draft else [], save=False)
        self.side.setCurrentIndex(0)
        self._timer.start()
        self.view.setFocus()
        self._status(
            "Select a suspicious passage and press its red flag's number; Ctrl+Enter submits."
        )

    def _rebuild_palette(self) -> None:
        for button in self.palette_buttons:
            self.palette_grid.removeWidget(button)
            button.deleteLater()
        self.palette_buttons = []
        for n, category in enumerate(self.categories):
            key = f"{n + 1}  " if n < 9 else "     "
            button = QToolButton()
            button.setText(f"{key}{category.name}")
            button.setIcon(swatch(category.color))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            button.setToolTip(f"{category.description}\nHow to check: {category.how_to_check}")
            button.setAccessibleName(f"Flag as {category.name}")
            button.clicked.connect(lambda _=False, c=category.id: self.flag_selection(c))
            self.palette_buttons.append(button)
        self._reflow_palette()

    def _reflow_palette(self) -> None:
        """Two columns when the names fit side by side, one when text is large or space is short."""
        if not self.palette_buttons:
            return
        widest = max(b.sizeHint().width() for b in self.palette_buttons)
        columns = 2 if self.palette_box.width() >= 2 * widest + self.palette_grid.spacing() else 1
        for n, button in enumerate(self.palette_buttons):
            self.palette_grid.addWidget(button, n // columns, n % columns)
        # Give the palette the height it needs, up to 60% of the panel; the list gets the rest.
        total = sum(self.flag_split.sizes())
        if total > 0:
            want = self.palette_grid.sizeHint().height() + 2
            top = min(want, int(total * 0.6))
            self.flag_split.setSizes([top, total - top])

    # flags ---------------------------------------------------------------------------
    def _set_flags(self, flags: list[Flag], save: bool = True) -> None:
        self.flags = sorted(flags, key=lambda f: (f.start, f.end))
        self._refresh_flags()
        if save:
            self.save_draft()

    def _edit(self, after: list[Flag], text: str) -> None:
        self.undo_stack.push(FlagCommand(self, list(self.flags), after, text))

    def flag_selection(self, category_id: str) -> bool:
        """Flag the selected passage (snapped to whole words) with a category."""
        if not self.editable:
            return False
        span = self.view.selected_span()
        if span is None:
            self._status("Select a passage first (mouse, or Shift and the arrow keys).")
            return False
        start, end = span
        same = [f for f in self.flags if (f.start, f.end) == (start, end)]
        if same:
            after = [replace(f, category=category_id) if f in same else f for f in self.flags]
            self._edit(after, "Change category")
        else:
            self._edit(self.flags + [Flag(start, end, category_id)], "Add flag")
        cursor = self.view.textCursor()
        cursor.clearSelection()
        cursor.setPosition(self.view.to_qt(end))
        self.view.setTextCursor(cursor)
        return True

    def flag_at_caret(self) -> int | None:
        caret = self.view.caret()
        for index, flag in enumerate(self.flags):
            if flag.start <= caret < flag.end or (caret == flag.end and flag.end > flag.start):
                return index
        return None

    def _number_key(self, number: int) -> None:
        if not self.editable or number > len(self.categories):
            return
        category_id = self.categories[number - 1].id
        if self.view.textCursor().hasSelection():
            self.flag_selection(category_id)
            return
        index = self.flag_at_caret()
        if index is not None:
            self.set_category(index, category_id)
        else:
            self._status("Select a passage first (mouse, or Shift and the arrow keys).")

    def pick_category(self) -> None:
        """The full list of categories, for keyboard users and for categories past 9."""
        if not self.editable:
            return
        names = [f"{n + 1 if n < 9 else ' '}  {c.name}" for n, c in enumerate(self.categories)]
        choice, ok = QInputDialog.getItem(self, "Flag as", "Red flag:", names, 0, False)
        if not ok:
            return
        category_id = self.categories[names.index(choice)].id
        if self.view.textCursor().hasSelection():
            self.flag_selection(category_id)
        elif (index := self.flag_at_caret()) is not None:
            self.set_category(index, category_id)

    def set_category(self, index: int, category_id: str) -> None:
        if not self.editable or self.flags[index].category == category_id:
            return
        after = list(self.flags)
        after[index] = replace(after[index], category=category_id)
        self._edit(after, "Change category")

    def delete_flag(self, index: int) -> None:
        if not self.editable:
            return
        after = [f for i, f in enumerate(self.flags) if i != index]
        self._edit(after, "Delete flag")

    def set_note(self, index: int, note: str) -> None:
        if not self.editable:
            return
        after = list(self.flags)
        after[index] = replace(after[index], note=note.strip())
        self._edit(after, "Edit note")

    def selected_flag(self) -> int | None:
        item = self.flag_list.currentItem()
        return None if item is None else item.data(0, Qt.ItemDataRole.UserRole)

    def delete_selected(self) -> None:
        if (index := self.selected_flag()) is not None:
            self.delete_flag(index)

    def delete_flag_at_caret(self) -> None:
        if self.report is None and (index := self.flag_at_caret()) is not None:
            self.delete_flag(index)

    def recategorise_selected(self) -> None:
        index = self.selected_flag()
        if index is None:
            return
        names = [c.name for c in self.categories]
        current = self.category(self.flags[index].category).name
        choice, ok = QInputDialog.getItem(
            self,
            "Change category",
            "Red flag:",
            names,
            names.index(current) if current in names else 0,
            False,
        )
        if ok:
            self.set_category(index, self.categories[names.index(choice)].id)

    def edit_note_selected(self) -> None:
        index = self.selected_flag()
        if index is None:
            return
        note, ok = QInputDialog.getText(
            self, "Why I think so", "Your note on this flag:", text=self.flags[index].note
        )
        if ok:
            self.set_note(index, note)

    def _refresh_flags(self) -> None:
        selections = []
        for flag in self.flags:
            category = self.category(flag.category)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self.view.span_cursor(flag.start, flag.end)
            selection.format = highlight_format(
                category.color, selection.format.UnderlineStyle.SingleUnderline
            )
            selections.append(selection)
        self.view.setExtraSelections(selections)
        current = self.selected_flag()
        self.flag_list.blockSignals(True)
        self.flag_list.clear()
        for index, flag in enumerate(self.flags):
            category = self.category(flag.category)
            item = QTreeWidgetItem(
                [category.name, self.view.text[flag.start : flag.end], flag.note]
            )
            item.setIcon(0, swatch(category.color))
            item.setData(0, Qt.ItemDataRole.UserRole, index)
            item.setToolTip(1, self.view.text[flag.start : flag.end])
            self.flag_list.addTopLevelItem(item)
        if current is not None and self.flags:
            self.flag_list.setCurrentItem(
                self.flag_list.topLevelItem(min(current, len(self.flags) - 1))
            )
        self.flag_list.blockSignals(False)
        has = bool(self.flags)
        self.empty_hint.setVisible(not has)
        for button in (self.recategorise_button, self.note_button, self.delete_button):
            button.setEnabled(has)

    def _flag_row_selected(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        if item is not None and self.report is None:
            flag = self.flags[item.data(0, Qt.ItemDataRole.UserRole)]
            self.view.select_span(flag.start, flag.end)

    def _caret_moved(self) -> None:
        if not self.editable or self.view.textCursor().hasSelection():
            return
        index = self.flag_at_caret()
        if index is not None and index < self.flag_list.topLevelItemCount():
            self.flag_list.blockSignals(True)
            self.flag_list.setCurrentItem(self.flag_list.topLevelItem(index))
            self.flag_list.blockSignals(False)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
        if obj is self.palette_box and event.type() == QEvent.Type.Resize:
            if event.oldSize().width() != event.size().width():
                self._reflow_palette()
            return False
        if obj is getattr(self, "flag_split", None) and event.type() == QEvent.Type.Resize:
            if event.oldSize().height() != event.size().height():
                self._reflow_palette()
            return False
        if obj is getattr(self, "flag_list", None) and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.delete_selected()
                return True
            if key in NUMBER_KEYS and (index := self.selected_flag()) is not None:
                if NUMBER_KEYS[key] <= len(self.categories):
                    self.set_category(index, self.categories[NUMBER_KEYS[key] - 1].id)
                return True
        return super().eventFilter(obj, event)

    def _fill_context_menu(self, menu: QMenu) -> None:
        if not self.editable:
            return
        has_selection = self.view.textCursor().hasSelection()
        index = None if has_selection else self.flag_at_caret()
        if has_selection:
            sub = menu.addMenu("Flag as")
        elif index is not None:
            sub = menu.addMenu("Change red flag to")
        else:
            return
        for n, category in enumerate(self.categories):
            action = sub.addAction(swatch(category.color), category.name)
            if n < 9:
                action.setShortcut(QKeySequence(str(n + 1)))
            if has_selection:
                action.triggered.connect(lambda _=False, c=category.id: self.flag_selection(c))
            else:
                action.triggered.connect(
                    lambda _=False, c=category.id, i=index: self.set_category(i, c)
                )
        if index is not None:
            delete = menu.addAction("Delete this flag")
            delete.triggered.connect(lambda: self.delete_flag(index))

    def _flag_list_menu(self, pos) -> None:
        if self.selected_flag() is None or not self.editable:
            return
        menu = QMenu(self)
        menu.addAction("Change category…", self.recategorise_selected)
        menu.addAction("Note…", self.edit_note_selected)
        menu.addAction("Delete", self.delete_selected)
        menu.exec(self.flag_list.viewport().mapToGlobal(pos))

    def _status(self, message: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(message, 5000)

    # drafts, submitting --------------------------------------------------------------
    def seconds_spent(self) -> int:
        running = self._timer.elapsed() // 1000 if self._timer.isValid() else 0
        return self._seconds_before + int(running)

    def save_draft(self) -> None:
        if self.current is None or self.learner is None or self.report is not None:
            return
        try:
            self.progress.save_draft(
                self.learner.id,
                self.current.pack.meta.id,
                self.current.article.meta.id,
                self.current.article.text_hash,
                self.flags,
                self.seconds_spent(),
            )
        except Exception as exc:  # noqa: BLE001 - never lose the reader over a draft
            self._status(f"Could not save your draft: {exc}")

    def submit_credible(self) -> None:
        if not self.editable:
            return
        if self.flags:
            answer = QMessageBox.question(
                self,
                "Submit as credible?",
                f"Submit this article as credible? Your {len(self.flags)} flag(s) will not count.",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._submit([])

    def submit(self) -> None:
        if not self.editable:
            return
        if not self.flags:
            self.submit_credible()
            return
        self._submit(list(self.flags))

    def _submit(self, flags: list[Flag]) -> None:
        if self.submit_handler is not None:
            self.flags = flags
            self._refresh_flags()
            self.awaiting_result = True
            self.submit_handler(flags, self.seconds_spent())
            return
        pack, article = self.current.pack, self.current.article
        from spotit.core.scoring import score  # loaded at the first submission, not at start

        report = score(article.text, article.annotations, flags)
        try:
            attempt_id = self.progress.submit(
                self.learner.id,
                pack.meta.id,
                pack.meta.version,
                article.meta.id,
                article.meta.headline,
                article.text,
                article.text_hash,
                article.annotations,
                flags,
                report,
                self.seconds_spent(),
                self._started_at,
            )
        except (ProgressError, OSError, Exception) as exc:  # noqa: BLE001
            QMessageBox.critical(
                self, "Not saved", f"Your attempt could not be saved, so it stays open:\n{exc}"
            )
            return
        self.flags = flags
        self.report = report
        self.show_feedback()
        self.submitted.emit(attempt_id)

    def show_result(self, annotations: list[Annotation]) -> Report:
        """Score the submitted flags against an answer key that arrived later, and show it."""
        article = replace(self.current.article, annotations=list(annotations))
        self.current = OpenArticle(self.current.pack, article)
        from spotit.core.scoring import score

        self.report = score(article.text, article.annotations, self.flags)
        self.awaiting_result = False
        self.show_feedback()
        return self.report

    def try_again(self) -> None:
        if self.current is not None and self.learner is not None:
            if self.report is None and self.flags:
                answer = QMessageBox.question(
                    self, "Start again?", "Discard your flags and start again?"
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return
            self.report = None
            self.open_article(self.learner, self.current.pack, self.current.article, fresh=True)

    # feedback --------------------------------------------------------------------------
    def show_feedback(self) -> None:
        report, article = self.report, self.current.article
        spotted, named = round(report.spotted.f1 * 100), round(report.named.f1 * 100)
        self.score_label.setText(
            f"<span style='font-size:xx-large; font-weight:bold'>{report.score}</span>"
            f"<span style='font-size:large'> / 100</span><br>"
            f"Spotted {spotted} · Named {named}"
        )
        self.summary_label.setText(report.summary)
        selections = []
        self.verdict_list.clear()
        for result in report.gold:
            ann = article.annotations[result.index]
            style = VERDICT_STYLES[result.verdict.value]
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self.view.span_cursor(ann.start, ann.end)
            selection.format = highlight_format(style.color, style.underline)
            selections.append(selection)
            item = QTreeWidgetItem(
                [f"{style.symbol} {style.label}", self.category(ann.category).name, ann.quote]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, ("gold", result.index))
            item.setForeground(0, QColor(style.color))
            item.setIcon(1, swatch(self.category(ann.category).color))
            self.verdict_list.addTopLevelItem(item)
        for result in report.flags:
            if result.verdict.value == "correct":
                continue  # shown through the red flag it found
            style = VERDICT_STYLES[result.verdict.value]
            if result.verdict.value == "not-a-red-flag":
                selection = QTextEdit.ExtraSelection()
                selection.cursor = self.view.span_cursor(result.start, result.end)
                selection.format = highlight_format(style.color, style.underline)
                selection.format.setFontStrikeOut(False)
                selections.append(selection)
            item = QTreeWidgetItem(
                [
                    f"{style.symbol} Your flag: {style.label.lower()}",
                    self.category(result.category).name,
                    article.text[result.start : result.end],
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, ("flag", result.index))
            item.setForeground(0, QColor(style.color))
            self.verdict_list.addTopLevelItem(item)
        self.view.setExtraSelections(selections)
        self.category_table.clear()
        for summary in report.categories:
            item = QTreeWidgetItem(
                [
                    self.category(summary.category).name,
                    str(summary.gold),
                    str(summary.found),
                    str(summary.missed),
                    str(summary.invented),
                ]
            )
            item.setIcon(0, swatch(self.category(summary.category).color))
            self.category_table.addTopLevelItem(item)
        self.side.setCurrentIndex(1)
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().clearMessage()  # the flagging hint no longer applies
        if self.verdict_list.topLevelItemCount():
            self.verdict_list.setCurrentItem(self.verdict_list.topLevelItem(0))
        else:
            self.explanation.setHtml(
                "<p>This article is credible: it names its sources, dates and places, "
                "and states what is uncertain. Not flagging it was the right call.</p>"
            )
        self.verdict_list.setFocus()

    def _verdict_selected(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        if item is None or self.report is None:
            return
        from spotit.content.render import markdown_to_html  # loaded on first feedback, not at start

        kind, index = item.data(0, Qt.ItemDataRole.UserRole)
        article = self.current.article
        if kind == "gold":
            ann = article.annotations[index]
            result = self.report.gold[index]
            style = VERDICT_STYLES[result.verdict.value]
            category = self.category(ann.category)
            self.view.select_span(ann.start, ann.end)
            yours = ", ".join(
                self.category(
                    self.report.flags[[f.index for f in self.report.flags].index(i)].category
                ).name
                for i in result.flags
                if i in [f.index for f in self.report.flags]
            )
            html = (
                f"<p><b>{style.symbol} {style.label}</b> — {escape(category.name)}</p>"
                f"{markdown_to_html(ann.explanation)}"
                f"<p><i>How to check:</i> {escape(category.how_to_check)}</p>"
            )
            if result.verdict.value == "found-wrong-category" and yours:
                html += f"<p>You flagged it as: {escape(yours)}.</p>"
        else:
            result = next(f for f in self.report.flags if f.index == index)
            style = VERDICT_STYLES[result.verdict.value]
            self.view.select_span(result.start, result.end)
            if result.verdict.value == "not-a-red-flag":
                html = (
                    f"<p><b>{style.symbol} {style.label}</b></p><p>This passage is not one of the "
                    "article's red flags. Ask yourself what you could check about it; if the "
                    "answer is a named source, a date or a place, it is doing its job.</p>"
                )
            else:
                names = ", ".join(
                    self.category(article.annotations[i].category).name for i in result.annotations
                )
                html = (
                    f"<p><b>{style.symbol} {style.label}</b></p>"
                    f"<p>You found a red flag here, but it is: {escape(names)}.</p>"
                )
        self.explanation.setHtml(html)

    def leave(self) -> None:
        """The page is being left: keep the draft."""
        self.save_draft()
