"""The reader: read an article, flag red flags, submit, learn from the feedback."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtCore import QElapsedTimer, QEvent, QPoint, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QDesktopServices,
    QKeySequence,
    QPainter,
    QPalette,
    QPen,
    QPolygon,
    QTextCursor,
    QUndoStack,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from spotit.core.article import PackArticle
from spotit.core.i18n import COUNT, QT_TRANSLATE_NOOP, counted, translate
from spotit.core.model import Annotation, Flag, PassageNote
from spotit.core.progress import Learner
from spotit.core.selection import snap_to_words
from spotit.core.sources import parse_address
from spotit.core.taxonomy import Category, shown_categories
from spotit.core.textpos import Utf16Map
from spotit.gui.announce import announce
from spotit.gui.document import (
    bidi_notice,
    build_document,
    display_text,
    hidden_controls,
    missing_glyphs_notice,
    undrawable,
)
from spotit.gui.feedback_panel import FeedbackPanel
from spotit.gui.flag_list import NUMBER_KEYS, FlagListPanel, swatch
from spotit.gui.i18n import number
from spotit.gui.investigate import InvestigationPane
from spotit.gui.marks import VERDICT_STYLES, highlight_format
from spotit.gui.plain import choose_item, plain_input, plain_message, plain_question, set_plain
from spotit.gui.undo import OwnedCommand
from spotit.practice import OpenArticle, Practice, Submission, score_flags
from spotit.practice.session import PackLike, article_hints
from spotit.store.progress import ProgressError

if TYPE_CHECKING:
    from spotit.core.scoring import Report
    from spotit.practice.investigation import Investigation

#: Also used by the editor and the class host, which draw articles and categories the same way.
__all__ = ["NUMBER_KEYS", "ArticleView", "ReaderPage", "swatch"]


# -- the article view -------------------------------------------------------------

#: The keys that move the caret: with a mark set, they stretch the selection from it.
CARET_KEYS = {
    Qt.Key.Key_Left,
    Qt.Key.Key_Right,
    Qt.Key.Key_Up,
    Qt.Key.Key_Down,
    Qt.Key.Key_Home,
    Qt.Key.Key_End,
    Qt.Key.Key_PageUp,
    Qt.Key.Key_PageDown,
}

VIEW_DESCRIPTION = QT_TRANSLATE_NOOP(
    "ArticleView",
    "Select a passage with Shift and the arrow keys, or mark where it starts with Ctrl+M "
    "and move the caret, then press a number key to flag it.",
)


class ArticleView(QTextBrowser):
    """The article text: selectable by mouse and keyboard, never loading anything remote."""

    number_pressed = Signal(int)  # 1..9
    picker_pressed = Signal()
    delete_pressed = Signal()
    #: A mark was set or cleared (see :meth:`set_mark`).
    mark_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFrameShape(QFrame.Shape.NoFrame)
        # translate() with the context, not self.tr(): the class host's HeatView subclasses this.
        self.setAccessibleName(translate("ArticleView", "Article text"))
        self.setAccessibleDescription(translate("ArticleView", VIEW_DESCRIPTION))
        self.anchorClicked.connect(self._confirm_link)
        self.text = ""
        self._map = Utf16Map("")
        self._document = None
        #: Where a keyboard selection starts (code points), set with Ctrl+M: the caret's
        #: moves then select from it, with no key held down (WCAG 2.5.7). None: no mark.
        self.mark: int | None = None
        self.menu_builder = None  # callable(QMenu) supplied by the page
        #: Opens a link inside the pack (``source:ID``, ``article:ID``) in the investigation
        #: pane; True when it did. Supplied by the page when the pack has sources.
        self.open_inside: Callable[[str], bool] | None = None

    def set_article(self, article: PackArticle) -> None:
        self.set_content(article.text, article.blocks)

    def set_content(self, text: str, blocks: list) -> None:
        """Show rendered ``blocks`` whose canonical text is ``text`` (an article, a lesson)."""
        self.text = text
        self._map = Utf16Map(text)
        self.clear_mark()  # a mark is in the text it was set in
        self.setExtraSelections([])  # before the swap: clearing afterwards re-lays the new text
        document = build_document(blocks, self)
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

    # the mark ----------------------------------------------------------------
    def set_mark(self) -> None:
        """Mark the caret as where a selection starts; moving the caret then selects."""
        cursor = self.textCursor()
        cursor.clearSelection()
        self.setTextCursor(cursor)
        self.mark = self.caret()
        self.viewport().update()
        self.mark_changed.emit()

    def clear_mark(self) -> None:
        """Forget the mark (the selection it made stays)."""
        if self.mark is None:
            return
        self.mark = None
        self.viewport().update()
        self.mark_changed.emit()

    def _stretch_from_mark(self) -> None:
        cursor = self.textCursor()
        caret = cursor.position()
        cursor.setPosition(self.to_qt(self.mark))
        cursor.setPosition(caret, QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()

    def event(self, event) -> bool:
        # Escape clears the mark before any window shortcut on Escape gets it.
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and self.mark is not None
            and event.key() == Qt.Key.Key_Escape
        ):
            event.accept()
            return True
        return super().event(event)

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        if self.mark is None:
            return
        # Shown by a shape, not by colour alone: a bar with a flag at its top, in the
        # text's own colour, where the selection starts.
        rect = self.cursorRect(self.span_cursor(self.mark, self.mark))
        color = self.palette().color(QPalette.ColorRole.Text)
        painter = QPainter(self.viewport())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(color, 2))
        x, top, bottom = rect.center().x(), rect.top() - 2, rect.bottom() + 2
        painter.drawLine(x, top, x, bottom)
        size = max(6, rect.height() // 2)
        painter.setBrush(color)
        painter.drawPolygon(
            QPolygon([QPoint(x, top), QPoint(x + size, top + size // 2), QPoint(x, top + size)])
        )
        painter.end()

    # input ---------------------------------------------------------------------
    def keyPressEvent(self, event) -> None:  # noqa: N802
        mods = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        if self.mark is not None and event.key() == Qt.Key.Key_Escape:
            self.clear_mark()
            cursor = self.textCursor()
            cursor.clearSelection()
            self.setTextCursor(cursor)
            return
        if self.mark is not None and event.key() in CARET_KEYS:
            # Move from the caret, not from an end of the selection, then select from the mark.
            cursor = self.textCursor()
            cursor.clearSelection()
            self.setTextCursor(cursor)
            super().keyPressEvent(event)
            self._stretch_from_mark()
            return
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
        copy = menu.addAction(translate("ArticleView", "Copy"))
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        copy.setEnabled(self.textCursor().hasSelection())
        copy.triggered.connect(self.copy)
        menu.exec(event.globalPos())

    def _confirm_link(self, url: QUrl) -> None:
        # Seeing where a link really goes is itself a skill: show the address first.
        address = url.toString()
        if parse_address(address) is not None:
            # A link to a page of the pack's own web: never a browser's business.
            if self.open_inside is None or not self.open_inside(address):
                plain_message(
                    self,
                    translate("ArticleView", "A page of this pack"),
                    translate(
                        "ArticleView",
                        "This link goes to {address}, a page of this pack's sources, "
                        "which cannot be opened here.",
                    ).format(address=address),
                    QMessageBox.Icon.Information,
                )
            return
        answer = plain_question(
            self,
            translate("ArticleView", "Open link?"),
            translate(
                "ArticleView", "This link goes to:\n\n{address}\n\nOpen it in your web browser?"
            ).format(address=address),
            QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Open and url.scheme() in (
            "http",
            "https",
            "mailto",
        ):
            QDesktopServices.openUrl(url)


# -- the lesson offer -------------------------------------------------------------


def offer_text(names: Sequence[str]) -> str:
    """What the bar above an article says when it offers lessons on ``names`` (in order).

    Only the first is named: the offer runs up to a red flag of the article, so naming
    the last would give that one away.
    """
    if len(names) == 1:
        return translate(
            "ReaderPage", "Before you start: a lesson on a red flag you have not met yet, {name}."
        ).format(name=names[0])
    return counted.translate(
        "ReaderPage",
        "Before you start: lessons on %n red flags you have not met yet, "
        "starting with {name}. Read them in any order.",
        "",
        COUNT,
        len(names),
    ).format(name=names[0])


# -- undoable flag edits ----------------------------------------------------------


class FlagCommand(OwnedCommand):
    """Replace the whole flag list; simple, and every edit undoes exactly."""

    def __init__(
        self,
        set_flags: Callable[..., None],
        before: list[Flag],
        after: list[Flag],
        text: str,
        focus: Flag | None = None,
    ) -> None:
        super().__init__(set_flags, text)
        self.before, self.after, self.focus = before, after, focus

    def redo(self) -> None:
        self.apply(self.after, True, self.focus)

    def undo(self) -> None:
        self.apply(self.before)


# -- the page ---------------------------------------------------------------------


class ReaderPage(QWidget):
    """Flagging, then feedback, for one article at a time.

    The page works through a :class:`~spotit.practice.Practice` (or a stand-in
    with ``open_article``, ``save_draft`` and ``submit``, as the class view has):
    it never scores or stores anything itself.
    """

    library_requested = Signal()
    next_requested = Signal()
    submitted = Signal(int)  # attempt id
    #: The learner asked for the lesson on a category ("": the list of lessons).
    lesson_requested = Signal(str)

    def __init__(self, practice: Practice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.practice = practice
        self.current: OpenArticle | None = None
        self.flags: list[Flag] = []
        self.report: Report | None = None
        # Where a submission goes instead of local scoring (classroom sessions): called with
        # (flags, seconds spent); the answer key arrives later through show_result().
        self.submit_handler: Callable[[list[Flag], int], None] | None = None
        self.awaiting_result = False
        #: The open article's hints, and how many of them the learner has been shown.
        self.hints: list[str] = []
        self.hints_used = 0
        #: Where an opened article's hints come from: None means none are offered at all
        #: (a class whose instructor turned them off), and the hint button is not shown.
        #: A class's articles come without their answer key, so the class sets its own.
        self.hint_source: Callable[[PackArticle], list[str] | None] = article_hints
        self.hints_offered = True
        #: Which categories of a pack have a lesson (set by the main window; a class's or
        #: the editor's reader has none, and offers no lessons).
        self.lessons_for: Callable[[PackLike], set[str]] | None = None
        self.lesson_categories: set[str] = set()
        self._offered: list[str] = []  # the categories of the lessons the bar offers
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(500)
        self._timer = QElapsedTimer()
        self._seconds_before = 0
        #: What the learner looks up in the investigation pane for the open article (None
        #: when its pack has no sources, or the page is not working through a Practice).
        self.investigation: Investigation | None = None
        self.investigation_shown = None  # the checks credited in the feedback shown
        #: Whether a pack with sources gets the investigation pane (a study whose arms must
        #: not differ in it can turn it off).
        self.investigation_offered = True
        self._build()

    def hideEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        # Leaving the reader (to the library, or closing its window) ends the undo history:
        # coming back always reopens an article, which starts a new one. Emptying it here,
        # while everything is alive, also frees the Python undo commands in a safe order;
        # left to the garbage collector with the page, they crashed it.
        if not event.spontaneous():  # a minimised window keeps its history
            self.undo_stack.clear()
            if self.investigation is not None:
                self.investigation.closed()  # the page in the pane is no longer being read
        super().hideEvent(event)
        self._update_undo()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().showEvent(event)
        self._update_undo()

    def _update_undo(self, *_args) -> None:
        """Undo and redo only while the flags they change are on screen and editable."""
        usable = self.editable and self.isVisible()
        stack = self.undo_stack
        self.undo_action.setEnabled(usable and stack.canUndo())
        self.redo_action.setEnabled(usable and stack.canRedo())
        undo, redo = stack.undoText(), stack.redoText()
        self.undo_action.setText(
            self.tr("&Undo {action}").format(action=undo) if undo else self.tr("&Undo")
        )
        self.redo_action.setText(
            self.tr("&Redo {action}").format(action=redo) if redo else self.tr("&Redo")
        )

    def _undo(self) -> None:
        if self.editable:
            self.undo_stack.undo()

    def _redo(self) -> None:
        if self.editable:
            self.undo_stack.redo()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        kind = event.type()
        if getattr(self, "lesson_bar", None) is not None:  # not while being built
            if kind in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
                self._style_badge()
            elif kind == QEvent.Type.FontChange:
                # A styled label keeps the font it was polished with: zoom it with the page.
                styled = (
                    self.badge,
                    self.text_notice,
                    self.lesson_offer_label,
                    self.read_lesson_button,
                    self.not_now_button,
                )
                for label in styled:
                    label.setFont(self.font())
        super().changeEvent(event)

    def _style_badge(self) -> None:
        # A style sheet fixes a label's palette when it is applied: naming the colours of
        # the palette now, and again when it changes (dark theme), keeps the text readable.
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText).name()
        mid = palette.color(QPalette.ColorRole.Mid).name()
        style = (
            f"QLabel {{ color: {text}; border: 2px dashed {mid}; border-radius: 4px; "
            "padding: 4px 8px; }"
        )
        for label in (self.badge, self.text_notice):
            if label.styleSheet() != style:
                label.setStyleSheet(style)
        bar = (
            f"QFrame#lessonOffer {{ border: 2px solid {text}; border-radius: 4px; }}"
            f" QLabel {{ color: {text}; }}"
        )
        if self.lesson_bar.styleSheet() != bar:
            self.lesson_bar.setStyleSheet(bar)

    @property
    def learner(self) -> Learner | None:
        return getattr(self.practice, "learner", None)

    # layout ------------------------------------------------------------------------
    def _build(self) -> None:
        self.view = ArticleView()
        self.view.menu_builder = self._fill_context_menu
        self.view.number_pressed.connect(self._number_key)
        self.view.picker_pressed.connect(self.pick_category)
        self.view.delete_pressed.connect(self.delete_flag_at_caret)
        self.view.cursorPositionChanged.connect(self._caret_moved)
        self.view.mark_changed.connect(self._mark_changed)

        self.meta_label = QLabel()
        self.meta_label.setWordWrap(True)
        self.meta_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.badge = QLabel()
        self.badge.setWordWrap(True)
        self.badge.setAccessibleName(self.tr("Training example notice"))
        # Said in words, once, above the article: its bidi controls are shown, not obeyed,
        # and which of its characters no font here can draw.
        self.text_notice = QLabel()
        self.text_notice.setWordWrap(True)
        self.text_notice.setAccessibleName(self.tr("Notes on the article's characters"))
        self.text_notice.hide()
        # Lessons the learner has not met yet, offered once, above the article: never forced.
        self.lesson_bar = QFrame()
        self.lesson_bar.setObjectName("lessonOffer")
        self.lesson_bar.setAccessibleName(self.tr("Lessons offered"))
        bar_layout = QHBoxLayout(self.lesson_bar)
        bar_layout.setContentsMargins(8, 4, 8, 4)
        self.lesson_offer_label = QLabel()
        self.lesson_offer_label.setWordWrap(True)
        bar_layout.addWidget(self.lesson_offer_label, 1)
        self.read_lesson_button = QPushButton(self.tr("&Read the lesson"))
        self.read_lesson_button.clicked.connect(self._read_offered)
        self.not_now_button = QPushButton(self.tr("Not n&ow"))
        self.not_now_button.clicked.connect(self.dismiss_lesson_offer)
        bar_layout.addWidget(self.read_lesson_button)
        bar_layout.addWidget(self.not_now_button)
        self.lesson_bar.hide()
        self._style_badge()
        article_column = QWidget()
        col = QVBoxLayout(article_column)
        col.setContentsMargins(0, 0, 0, 0)
        col.addWidget(self.lesson_bar)
        col.addWidget(self.badge)
        col.addWidget(self.text_notice)
        meta_row = QHBoxLayout()
        col.addLayout(meta_row)  # before its widgets: see gui/investigate.py's rows
        meta_row.addWidget(self.meta_label, 1)
        # Lateral reading: leave the article and look its source up (shown when the pack
        # has sources to look up).
        # No Alt key of its own: Alt+V is the View menu; Ctrl+Shift+I is the shortcut.
        self.investigate_button = QPushButton(self.tr("Investigate…"))
        self.investigate_button.setToolTip(
            self.tr(
                "Search this pack's sources for the words selected, or for anything (Ctrl+Shift+I)"
            )
        )
        self.investigate_button.clicked.connect(self.investigate)
        self.investigate_button.hide()
        meta_row.addWidget(self.investigate_button, 0, Qt.AlignmentFlag.AlignTop)
        col.addWidget(self.view, 1)
        self.view.open_inside = self._open_inside

        self.pane = InvestigationPane()
        self.pane.close_requested.connect(self.hide_pane)
        # Each move is kept with the draft as it is made: the app may be killed mid-search.
        self.pane.moved.connect(self.save_draft)
        self.pane.setMinimumWidth(300)
        self.pane.hide()

        self.side = QStackedWidget()
        self.flag_panel = panel = FlagListPanel(self.side)
        panel.category_clicked.connect(self.flag_selection)
        panel.flag_selected.connect(self._flag_row_selected)
        panel.number_pressed.connect(self._number_on_list)
        panel.delete_requested.connect(self.delete_selected)
        panel.recategorise_requested.connect(self.recategorise_selected)
        panel.note_requested.connect(self.edit_note_selected)
        panel.submit_requested.connect(self.submit)
        panel.credible_requested.connect(self.submit_credible)
        panel.hint_requested.connect(self.show_hint)
        panel.menu_requested.connect(self._flag_list_menu)
        panel.lesson_requested.connect(self.lesson_requested)
        self.flag_list = panel.view
        self.submit_button, self.credible_button = panel.submit_button, panel.credible_button
        self.hint_button = panel.hint_button

        self.feedback = FeedbackPanel(self.view._confirm_link, self.side)
        self.feedback.passage_chosen.connect(self._passage_chosen)
        self.feedback.try_again_requested.connect(self.try_again)
        self.feedback.next_requested.connect(self.next_requested)
        self.feedback.library_requested.connect(self.library_requested)
        self.feedback.lesson_requested.connect(self.lesson_requested)
        self.feedback.check_requested.connect(self.open_check)
        self.verdict_list = self.feedback.verdict_list
        self.explanation = self.feedback.explanation
        self.score_label, self.summary_label = (
            self.feedback.score_label,
            self.feedback.summary_label,
        )
        self.category_table = self.feedback.category_table
        self.next_button = self.feedback.next_button

        self.side.addWidget(panel)
        self.side.addWidget(self.feedback)
        self.side.setMinimumWidth(320)

        self.splitter = splitter = QSplitter()
        splitter.addWidget(article_column)
        splitter.addWidget(self.pane)
        splitter.addWidget(self.side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 3)
        splitter.setStretchFactor(2, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        self.setAccessibleName(self.tr("Reader"))

        # Our own actions, not the stack's: those stay enabled whenever the stack can undo,
        # also under the feedback and on other pages, where an undo changes unseen flags.
        self.undo_action = QAction(self.tr("&Undo"), self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.undo_action.triggered.connect(self._undo)
        self.redo_action = QAction(self.tr("&Redo"), self)
        self.redo_action.triggered.connect(self._redo)
        for changed in (
            self.undo_stack.canUndoChanged,
            self.undo_stack.canRedoChanged,
            self.undo_stack.undoTextChanged,
            self.undo_stack.redoTextChanged,
        ):
            changed.connect(self._update_undo)
        self._update_undo()
        redo_keys = QKeySequence.keyBindings(QKeySequence.StandardKey.Redo)
        if QKeySequence("Ctrl+Shift+Z") not in redo_keys:  # Windows binds only Ctrl+Y
            redo_keys.append(QKeySequence("Ctrl+Shift+Z"))
        self.redo_action.setShortcuts(redo_keys)
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.submit_action = QAction(self.tr("&Submit flags"), self)
        self.submit_action.setShortcut(QKeySequence("Ctrl+Return"))
        self.submit_action.triggered.connect(self.submit)
        self.credible_action = QAction(self.tr("This article looks &credible"), self)
        self.credible_action.setShortcut(QKeySequence("Ctrl+Shift+Return"))
        self.credible_action.triggered.connect(self.submit_credible)
        self.try_again_action = QAction(self.tr("&Try again"), self)
        self.try_again_action.setShortcut(QKeySequence("Ctrl+R"))
        self.try_again_action.triggered.connect(self.try_again)
        self.hint_action = QAction(self.tr("Need a h&int?"), self)
        self.hint_action.setShortcut(QKeySequence("Ctrl+I"))
        self.hint_action.triggered.connect(self.show_hint)
        # F1 is the window's Help › Keyboard shortcuts: the lesson is Shift+F1 ("help on this").
        self.lesson_action = QAction(self.tr("&About this red flag"), self)
        self.lesson_action.setShortcut(QKeySequence("Shift+F1"))
        self.lesson_action.triggered.connect(self.request_lesson)
        self.lesson_action.setEnabled(False)
        # Ctrl+I is the hint; Ctrl+Shift+I looks the selection up in the pack's sources.
        self.investigate_action = QAction(self.tr("In&vestigate selection"), self)
        self.investigate_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.investigate_action.triggered.connect(self.investigate)
        self.investigate_action.setEnabled(False)
        # Selecting without holding a key down (WCAG 2.5.7): mark the start, move the caret.
        self.mark_action = QAction(self.tr("&Mark selection start"), self)
        self.mark_action.setShortcut(QKeySequence("Ctrl+M"))
        self.mark_action.triggered.connect(self.set_mark)
        for action in (
            self.mark_action,
            self.submit_action,
            self.credible_action,
            self.hint_action,
            self.try_again_action,
            self.lesson_action,
            self.investigate_action,
        ):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)

    # opening -----------------------------------------------------------------------
    @property
    def categories(self) -> list[Category]:
        """The pack's categories as the learner reads them (defaults in the UI language)."""
        return shown_categories(self.current.pack.categories) if self.current else []

    def category(self, category_id: str) -> Category:
        found = next((c for c in self.categories if c.id == category_id), None)
        return found or Category(category_id, category_id, "", "", "#888888")

    @property
    def editable(self) -> bool:
        """Flags can change: an article is open, not submitted, not waiting for a result."""
        return self.current is not None and self.report is None and not self.awaiting_result

    def open_article(self, pack: PackLike, article: PackArticle, fresh: bool = False) -> None:
        """Show an article for flagging; its saved draft comes back unless ``fresh``."""
        self.save_draft()
        self.show_opened(self.practice.open_article(pack, article, fresh=fresh))

    def show_opened(self, opened: OpenArticle) -> None:
        """Show an article the practice layer opened, with its draft."""
        self.current = opened
        self.report = None
        self.awaiting_result = False
        pack, article, draft = opened.pack, opened.article, opened.draft
        meta = article.meta
        # A pack whose author wrote no notice (an import, say) claims nothing about its articles.
        notice = pack.meta.training_notice.strip()
        set_plain(self.badge, display_text(f"⚠ {notice}"))
        self.badge.setVisible(bool(notice))
        details = " · ".join(x for x in (meta.outlet, meta.byline, meta.date) if x)
        set_plain(
            self.meta_label, display_text(details) or self.tr("No outlet, author or date given")
        )
        notes = [
            bidi_notice(hidden_controls(article.text, details)),
            missing_glyphs_notice(undrawable(article.text + details)),
        ]
        set_plain(self.text_notice, "\n".join(f"⚠ {note}" for note in notes if note))
        self.text_notice.setVisible(any(notes))
        self.view.set_article(article)
        self.lesson_bar.hide()  # an offer is for the article it was made over
        self._offered = []
        self.lesson_categories = set(self.lessons_for(pack)) if self.lessons_for else set()
        self.lesson_action.setEnabled(bool(self.lesson_categories))
        self.flag_panel.lesson_categories = self.lesson_categories
        self.feedback.lesson_categories = self.lesson_categories
        self.flag_panel.set_categories(self.categories)
        self.undo_stack.clear()
        self.flags = []
        self._seconds_before = draft.seconds_spent if draft else 0
        hints = self.hint_source(article)
        self.hints_offered = hints is not None
        self.hints = list(hints or [])
        # A resumed draft shows again the hints already given (and already paid for).
        self.hints_used = min(draft.hints_used, len(self.hints)) if draft else 0
        self._show_hints()
        self._set_flags(draft.flags if draft else [], save=False)
        self.side.setCurrentIndex(0)
        self._update_undo()
        self._timer.start()
        self._start_investigation(opened)
        self.view.setFocus()
        self._status(
            self.tr(
                "Select a suspicious passage and press its red flag's number; Ctrl+Enter submits."
            )
        )

    # flags ---------------------------------------------------------------------------
    # Flags are named by the Flag itself, never by a row number: a row number goes stale
    # as soon as a flag is added above it, undone or redone.
    def _set_flags(self, flags: list[Flag], save: bool = True, focus: Flag | None = None) -> None:
        keep = focus if focus is not None else self.selected_flag()
        self.flags = sorted(flags, key=lambda f: (f.start, f.end))
        self._refresh_flags(keep)
        if save:
            self.save_draft()

    def _edit(self, after: list[Flag], text: str, focus: Flag | None = None) -> None:
        self.undo_stack.push(
            FlagCommand(self._set_flags, list(self.flags), after, text, focus=focus)
        )

    # investigating ----------------------------------------------------------------
    def _start_investigation(self, opened: OpenArticle) -> None:
        """A new investigation for a newly opened article (a resumed draft's moves go on)."""
        from spotit.practice.investigation import Investigation, has_sources

        if self.investigation is not None:
            self.investigation.closed()
        pack, draft = opened.pack, opened.draft
        # Only a real Practice stores moves: the tour's practice run and a class's
        # stand-in keep nothing, and their packs show no pane.
        offered = self.investigation_offered and isinstance(self.practice, Practice)
        if offered and has_sources(pack):
            self.investigation = Investigation(
                self._investigation_clock, getattr(draft, "moves", ()) if draft else ()
            )
            self.pane.set_library(pack, self.investigation, self._article_text)
        else:
            self.investigation = None
            self.pane.set_library(None, None)
        self.pane.hide()
        usable = self.investigation is not None
        self.investigate_button.setVisible(usable)
        self.investigate_action.setEnabled(usable)

    def _investigation_clock(self) -> float:
        """Seconds since the article was opened (going on from a resumed draft's time)."""
        running = self._timer.elapsed() / 1000 if self._timer.isValid() else 0.0
        return self._seconds_before + running

    def _article_text(self, article_id: str) -> PackArticle | None:
        pack = self.current.pack if self.current else None
        if pack is None or article_id not in pack.article_ids():
            return None
        return pack.article(article_id)

    def show_pane(self) -> None:
        """Show the investigation pane beside the article (when the pack has sources)."""
        if self.investigation is None or self.pane.isVisible():
            return
        self.pane.show()
        if self.pane.shown_address:  # the page it still shows is read again
            self.investigation.reopened()
        self._balance()

    def _balance(self) -> None:
        """Share the width among the article, the pane and the flags (or the feedback)."""
        if not self.pane.isVisible():
            return
        total = sum(self.splitter.sizes())
        if total > 0:
            # The article keeps the most room; the flags give the pane some of theirs. The
            # feedback, with its table and explanation, keeps a third.
            share = 3 if self.report is not None else 4
            side = max(self.side.minimumWidth(), total // share)
            rest = max(total - side, 0)
            article = rest * 11 // 20
            self.splitter.setSizes([article, rest - article, side])

    def hide_pane(self) -> None:
        """Close the pane; the article has the keyboard again."""
        if self.investigation is not None:
            self.investigation.closed()
        self.pane.hide()
        self.view.setFocus()

    def investigate(self) -> None:
        """Search the pack's sources for the selected words, or open the pane to search."""
        if self.investigation is None:
            self._status(self.tr("This pack has no sources to investigate."))
            return
        span = self.view.selected_span()
        self.show_pane()
        if span is not None and span[1] > span[0]:
            self.pane.search(self.view.text[span[0] : span[1]], via="selection")
        self.pane.focus_search()

    def _open_inside(self, address: str) -> bool:
        if self.investigation is None:
            return False
        self.show_pane()
        return self.pane.open_address(address, via="link")

    def open_check(self, address: str, start: int, end: int) -> None:
        """Open the page a feedback link names, its passage marked (``start`` < 0: none)."""
        if self.investigation is None:
            return
        self.show_pane()
        quote = (start, end) if 0 <= start < end else None
        if self.pane.open_address(address, via="feedback", quote=quote):
            self.pane.page_view.setFocus()

    def flag_selection(self, category_id: str) -> bool:
        """Flag the selected passage (snapped to whole words) with a category."""
        if not self.editable:
            return False
        span = self.view.selected_span()
        if span is None:
            self._status(self.tr("Select a passage first (mouse, or Shift and the arrow keys)."))
            return False
        start, end = span
        same = [f for f in self.flags if (f.start, f.end) == (start, end)]
        if same:
            made = replace(same[0], category=category_id)
            after = [made if f == same[0] else f for f in self.flags]
            self._edit(after, self.tr("Change category"), focus=made)
        else:
            made = Flag(start, end, category_id)
            self._edit(self.flags + [made], self.tr("Add flag"), focus=made)
            if self.investigation is not None:
                self.investigation.flagged(start, end)
        self.view.clear_mark()
        self._status(
            self.tr("Flagged “{passage}” as {category}.").format(
                passage=self.passage(made), category=display_text(self.category(category_id).name)
            ),
            announce_it=True,
        )
        cursor = self.view.textCursor()
        cursor.clearSelection()
        cursor.setPosition(self.view.to_qt(end))
        self.view.setTextCursor(cursor)
        return True

    def flag_at_caret(self) -> Flag | None:
        caret = self.view.caret()
        for flag in self.flags:
            if flag.start <= caret < flag.end or (caret == flag.end and flag.end > flag.start):
                return flag
        return None

    def _number_key(self, number: int) -> None:
        if not self.editable or number > len(self.categories):
            return
        category_id = self.categories[number - 1].id
        if self.view.textCursor().hasSelection():
            self.flag_selection(category_id)
            return
        flag = self.flag_at_caret()
        if flag is not None:
            self.set_category(flag, category_id)
        else:
            self._status(self.tr("Select a passage first (mouse, or Shift and the arrow keys)."))

    def _choose_category(self, title: str, label: str, current: int = 0) -> str | None:
        """Ask for a category from the full list; its id, or None if cancelled."""
        # The name comes first, so that typing its first letters picks it (type-ahead);
        # the number key follows. Chosen by position: two categories may share a name.
        names = [
            display_text(f"{c.name}   ({n + 1})" if n < 9 else c.name)
            for n, c in enumerate(self.categories)
        ]
        index = choose_item(self, title, label, names, current if 0 <= current < len(names) else 0)
        return None if index is None else self.categories[index].id

    def passage(self, flag: Flag) -> str:
        """The words ``flag`` marks, as a dialog quotes them."""
        text = " ".join(display_text(self.view.text[flag.start : flag.end]).split())
        return text if len(text) <= 80 else text[:79] + "…"

    def pick_category(self) -> None:
        """The full list of categories, for keyboard users and for categories past 9."""
        if not self.editable:
            return
        has_selection = self.view.textCursor().hasSelection()
        flag = None if has_selection else self.flag_at_caret()
        if not has_selection and flag is None:
            self._status(self.tr("Select a passage first (mouse, or Shift and the arrow keys)."))
            return
        label = (
            self.tr("Red flag:")
            if flag is None
            else self.tr("Red flag for “{passage}”:").format(passage=self.passage(flag))
        )
        category_id = self._choose_category(self.tr("Flag as"), label)
        if category_id is None:
            return
        if has_selection:
            self.flag_selection(category_id)
        elif flag is not None:
            self.set_category(flag, category_id)

    def _find(self, flag: Flag) -> int | None:
        # A flag that is no longer there (an undo ran since) is left alone.
        return self.flags.index(flag) if flag in self.flags else None

    def set_category(self, flag: Flag, category_id: str) -> None:
        index = self._find(flag)
        if not self.editable or index is None or flag.category == category_id:
            return
        after = list(self.flags)
        after[index] = made = replace(flag, category=category_id)
        self._edit(after, self.tr("Change category"), focus=made)

    def delete_flag(self, flag: Flag) -> None:
        index = self._find(flag)
        if not self.editable or index is None:
            return
        self._edit(self.flags[:index] + self.flags[index + 1 :], self.tr("Delete flag"))

    def set_note(self, flag: Flag, note: str) -> None:
        index = self._find(flag)
        if not self.editable or index is None:
            return
        after = list(self.flags)
        after[index] = made = replace(flag, note=note.strip())
        self._edit(after, self.tr("Edit note"), focus=made)

    def selected_flag(self) -> Flag | None:
        """The flag selected in the list, if it is still one of the flags."""
        flag = self.flag_panel.selected()
        return flag if flag is not None and flag in self.flags else None

    def delete_selected(self) -> None:
        if (flag := self.selected_flag()) is not None:
            self.delete_flag(flag)

    def delete_flag_at_caret(self) -> None:
        if self.report is None and (flag := self.flag_at_caret()) is not None:
            self.delete_flag(flag)

    def recategorise_selected(self) -> None:
        flag = self.selected_flag()
        if flag is None or not self.editable:
            return
        ids = [c.id for c in self.categories]
        category_id = self._choose_category(
            self.tr("Change category"),
            self.tr("Red flag for “{passage}”:").format(passage=self.passage(flag)),
            ids.index(flag.category) if flag.category in ids else 0,
        )
        if category_id is not None:
            self.set_category(flag, category_id)

    def edit_note_selected(self) -> None:
        flag = self.selected_flag()
        if flag is None or not self.editable:
            return
        dialog = plain_input(
            self,
            self.tr("Why I think so"),
            self.tr("Your note on “{passage}”:").format(passage=self.passage(flag)),
        )
        dialog.setTextValue(flag.note)
        if dialog.exec() == QInputDialog.DialogCode.Accepted.value:
            self.set_note(flag, dialog.textValue())

    def _refresh_flags(self, current: Flag | None = None) -> None:
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
        self.flag_panel.show_flags(self.flags, self.view.text, self.category, current)

    def _flag_row_selected(self, flag: Flag) -> None:
        if self.report is None and flag in self.flags:
            self.view.select_span(flag.start, flag.end)

    def _number_on_list(self, number: int) -> None:
        flag = self.selected_flag()
        if flag is not None and number <= len(self.categories):
            self.set_category(flag, self.categories[number - 1].id)

    def _caret_moved(self) -> None:
        if not self.editable or self.view.textCursor().hasSelection():
            return
        flag = self.flag_at_caret()
        if flag is not None:
            self.flag_panel.select(flag)

    def _fill_context_menu(self, menu: QMenu) -> None:
        has_selection = self.view.textCursor().hasSelection()
        if self.investigation is not None and has_selection:
            menu.addAction(self.investigate_action)
        if not self.editable:
            return
        menu.addAction(self.mark_action)
        if self.view.mark is not None:
            menu.addAction(self.tr("Clear the mark (Escape)"), self._clear_mark)
        flag = None if has_selection else self.flag_at_caret()
        if has_selection:
            sub = menu.addMenu(self.tr("Flag as"))
        elif flag is not None:
            sub = menu.addMenu(self.tr("Change red flag to"))
        else:
            return
        for n, category in enumerate(self.categories):
            action = sub.addAction(swatch(category.color), display_text(category.name))
            if n < 9:
                action.setShortcut(QKeySequence(str(n + 1)))
            if has_selection:
                action.triggered.connect(lambda _=False, c=category.id: self.flag_selection(c))
            else:
                action.triggered.connect(
                    lambda _=False, c=category.id, f=flag: self.set_category(f, c)
                )
        if flag is not None:
            delete = menu.addAction(self.tr("Delete this flag"))
            delete.triggered.connect(lambda: self.delete_flag(flag))

    def _clear_mark(self) -> None:
        self.view.clear_mark()
        cursor = self.view.textCursor()
        cursor.clearSelection()
        self.view.setTextCursor(cursor)

    def _flag_list_menu(self, where) -> None:
        if self.selected_flag() is None or not self.editable:
            return
        menu = QMenu(self)
        menu.addAction(self.tr("Change category…"), self.recategorise_selected)
        menu.addAction(self.tr("Note…"), self.edit_note_selected)
        menu.addAction(self.tr("Delete"), self.delete_selected)
        menu.exec(where)

    def _status(self, message: str, announce_it: bool = False) -> None:
        """Show ``message`` in the window's status bar; ``announce_it``: say it to a
        screen reader too (a status bar change is not read out by itself)."""
        window = self.window()
        bar = window.statusBar() if hasattr(window, "statusBar") else None
        if bar is not None:
            bar.showMessage(message, 5000)
        if announce_it:
            announce(bar if bar is not None else self, message)

    # the mark ------------------------------------------------------------------------
    def set_mark(self) -> None:
        """Mark the caret as where a passage starts (Ctrl+M): moving the caret selects."""
        if not self.editable:
            return
        self.view.set_mark()
        self.view.setFocus()
        following = display_text(self.view.text[self.view.mark :][:60]).split()
        if following:
            message = self.tr(
                "Selection starts here at “{word}”. Move the caret, then press a red flag's "
                "number; Escape clears the mark."
            ).format(word=following[0][:40])
        else:
            message = self.tr(
                "Selection starts here. Move the caret, then press a red flag's number; "
                "Escape clears the mark."
            )
        self._status(message, announce_it=True)

    def _mark_changed(self) -> None:
        marked = self.view.mark is not None
        self.view.setAccessibleDescription(
            self.tr(
                "Mark set: moving the caret selects from it. Press a number key to flag the "
                "selection, Escape to clear the mark."
            )
            if marked
            else translate("ArticleView", VIEW_DESCRIPTION)
        )

    # lessons -------------------------------------------------------------------------
    def offer_lessons(self, categories: list[str]) -> None:
        """Offer the lessons on ``categories`` in the bar above the article (once: the
        caller notes them as offered)."""
        categories = [c for c in categories if c in self.lesson_categories]
        if not categories:
            return
        self._offered = categories
        names = [display_text(self.category(c).name) for c in categories]
        set_plain(self.lesson_offer_label, offer_text(names))
        self.read_lesson_button.setText(
            self.tr("&Read the lesson") if len(categories) == 1 else self.tr("&Read the lessons")
        )
        self.lesson_bar.show()

    def _read_offered(self) -> None:
        first = self._offered[0] if self._offered else ""
        self.lesson_bar.hide()
        self.lesson_requested.emit(first)

    def dismiss_lesson_offer(self) -> None:
        self.lesson_bar.hide()
        self.view.setFocus()

    def highlighted_category(self) -> str | None:
        """The category the learner is pointing at: a palette button, the verdict chosen in
        the feedback, the flag under the caret or chosen in the list."""
        if self.report is not None:
            return self.feedback.current_category()
        highlighted = self.flag_panel.highlighted_category()
        if highlighted is not None:
            return highlighted
        flag = self.selected_flag() if self.flag_list.hasFocus() else self.flag_at_caret()
        return flag.category if flag is not None else None

    def request_lesson(self) -> None:
        """The lesson on the highlighted category (Shift+F1), or the list of lessons."""
        if not self.lesson_categories:
            return
        category = self.highlighted_category()
        self.lesson_requested.emit(category if category in self.lesson_categories else "")

    # hints ---------------------------------------------------------------------------
    def show_hint(self) -> None:
        """Reveal the next of the article's hints (each used one costs a little)."""
        if not self.editable or self.hints_used >= len(self.hints):
            return
        self.hints_used += 1
        self._show_hints()
        self.save_draft()
        left = len(self.hints) - self.hints_used
        hint = " ".join(display_text(self.hints[self.hints_used - 1]).split())
        if left:
            message = counted.translate(
                "ReaderPage",
                "Hint {used} of {total}: {hint} (%n more if you need it.)",
                "",
                COUNT,
                int(left),
            )
        else:
            message = self.tr("Hint {used} of {total}: {hint} (That was the last one.)")
        self._status(
            message.format(used=number(self.hints_used), total=number(len(self.hints)), hint=hint),
            announce_it=True,
        )

    def _show_hints(self) -> None:
        self.flag_panel.show_hints(self.hints[: self.hints_used], len(self.hints))
        self.flag_panel.hint_button.setVisible(self.hints_offered)
        self.hint_action.setEnabled(
            self.hints_offered and self.editable and self.hints_used < len(self.hints)
        )

    # drafts, submitting --------------------------------------------------------------
    def seconds_spent(self) -> int:
        running = self._timer.elapsed() // 1000 if self._timer.isValid() else 0
        return self._seconds_before + int(running)

    def save_draft(self) -> None:
        if self.current is None or self.report is not None:
            return
        more = {} if self.investigation is None else {"moves": self.investigation.moves()}
        try:
            self.practice.save_draft(
                self.current, self.flags, self.seconds_spent(), hints_used=self.hints_used, **more
            )
        except (ProgressError, OSError) as exc:  # the reader goes on; the status bar says why
            self._status(self.tr("Could not save your draft: {error}").format(error=exc))

    def submit_credible(self) -> None:
        if not self.editable:
            return
        if flags := self.flags:
            answer = QMessageBox.question(
                self,
                self.tr("Submit as credible?"),
                counted.translate(
                    "ReaderPage",
                    "Submit this article as credible? Your %n flag(s) will not count.",
                    "",
                    COUNT,
                    len(flags),
                ),
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
            self.view.clear_mark()
            self.awaiting_result = True
            self._update_undo()
            self._show_hints()
            self.submit_handler(flags, self.seconds_spent())
            return
        more = {} if self.investigation is None else {"moves": self.investigation.moves()}
        try:
            done = self.practice.submit(
                Submission(self.current, flags, self.seconds_spent(), self.hints_used, **more)
            )
        except (ProgressError, OSError) as exc:
            plain_message(
                self,
                self.tr("Not saved"),
                self.tr("Your attempt could not be saved, so it stays open:\n{error}").format(
                    error=exc
                ),
                QMessageBox.Icon.Critical,
            )
            return
        self.flags = flags
        self.report = done.report
        self.view.clear_mark()
        self.show_feedback(getattr(done, "investigation", None))
        self.submitted.emit(done.attempt_id)

    def show_result(
        self,
        annotations: list[Annotation],
        notes: tuple[PassageNote, ...] = (),
        hints_used: int | None = None,
    ) -> Report:
        """Score the submitted flags against an answer key that arrived later, and show it.

        ``notes`` are the author's notes that came with it; ``hints_used`` the hints the
        scorer is to count (the ones shown here unless given).
        """
        article = replace(self.current.article, annotations=list(annotations), notes=tuple(notes))
        self.current = replace(self.current, article=article)
        if hints_used is not None:
            self.hints_used = hints_used
        self.report = score_flags(
            article, self.flags, self.hints_used, self.current.pack.categories
        )
        self.awaiting_result = False
        self.show_feedback()
        return self.report

    def try_again(self) -> None:
        if self.current is not None:
            if self.report is None and self.flags:
                answer = QMessageBox.question(
                    self, self.tr("Start again?"), self.tr("Discard your flags and start again?")
                )
                if answer != QMessageBox.StandardButton.Yes:
                    return
            self.report = None
            self.show_opened(self.practice.retry(self.current))

    # feedback --------------------------------------------------------------------------
    def take_over(self, old: ReaderPage) -> None:
        """Show what ``old`` showed: the window was made anew in another language.

        A draft comes back from where ``old.leave()`` saved it. Feedback on screen is
        scored again from the same flags, so that its words are in the new language.
        """
        opened = old.current
        if old.report is None:
            self.show_opened(self.practice.open_article(opened.pack, opened.article))
            return
        self.show_opened(replace(opened, draft=None))  # submitted: its draft is gone
        self.hints_used = old.hints_used
        self.flags = list(old.flags)
        self._refresh_flags()
        self.report = score_flags(
            opened.article, self.flags, self.hints_used, opened.pack.categories
        )
        self.show_feedback(old.investigation_shown)

    def show_feedback(self, investigation=None) -> None:
        """Draw the report; ``investigation`` (an InvestigationFeedback) credits the checks."""
        self.investigation_shown = investigation
        report, article = self.report, self.current.article
        selections = []
        for result in report.gold:
            style = VERDICT_STYLES[result.verdict.value]
            # Every place the red flag may be flagged (a headline and the body's claim, say).
            for anchor in article.annotations[result.index].anchors:
                selection = QTextEdit.ExtraSelection()
                selection.cursor = self.view.span_cursor(anchor.start, anchor.end)
                selection.format = style.text_format()
                selections.append(selection)
        for result in report.flags:
            # Flags on no red flag's words are marked where they are; the others show
            # through the red flag they found.
            if result.verdict.value in ("not-a-red-flag", "close"):
                style = VERDICT_STYLES[result.verdict.value]
                selection = QTextEdit.ExtraSelection()
                selection.cursor = self.view.span_cursor(result.start, result.end)
                selection.format = style.text_format()
                selection.format.setFontStrikeOut(False)
                selections.append(selection)
        # The passages the author says are fine, tinted without an underline: nothing to fix.
        style = VERDICT_STYLES["note"]
        for note in article.notes:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self.view.span_cursor(note.start, note.end)
            selection.format = style.text_format()
            selections.insert(0, selection)  # beneath the verdicts where they overlap
        self.view.setExtraSelections(selections)
        self.side.setCurrentIndex(1)
        self._balance()
        self._update_undo()
        self._show_hints()
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().clearMessage()  # the flagging hint no longer applies
        self.feedback.show_report(
            report,
            article,
            self.categories,
            hints_used=self.hints_used,
            investigation=investigation,
        )
        self.verdict_list.setFocus()

    def _passage_chosen(self, start: int, end: int) -> None:
        if self.report is not None:
            self.view.select_span(start, end)

    def leave(self) -> None:
        """The page is being left: keep the draft."""
        self.save_draft()
