"""Small widgets and helpers the editor's pages share."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from PySide6.QtCore import QEvent, QKeyCombination, QObject, QSize, Qt
from PySide6.QtGui import QKeySequence, QTextCursor, QTextFormat, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSizePolicy,
    QSplitter,
    QTextBrowser,
    QTextEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from spotit.core.i18n import translate
from spotit.core.taxonomy import Category
from spotit.gui.itemmodels import Column, RowsModel, rows_view
from spotit.gui.reader import swatch

REDO_EXTRA = QKeyCombination(
    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_Z
)


def is_undo(event) -> bool:
    return event.matches(QKeySequence.StandardKey.Undo)


def is_redo(event) -> bool:
    return event.matches(QKeySequence.StandardKey.Redo) or event.keyCombination() == REDO_EXTRA


class UndoRouter(QObject):
    """Sends a text field's undo and redo (keys and context menu) to the editor's one stack.

    Text fields keep their own undo history by default; the editor needs one
    history, so that a typing change and an annotation change undo in order.
    """

    def __init__(self, stack: QUndoStack, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stack = stack

    def watch(self, widget: QWidget) -> None:
        if isinstance(widget, QPlainTextEdit):
            widget.setUndoRedoEnabled(False)
        widget.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        kind = event.type()
        if kind == QEvent.Type.ShortcutOverride and (is_undo(event) or is_redo(event)):
            event.accept()  # deliver it to us as a key press rather than to the field's own undo
            return True
        if kind == QEvent.Type.KeyPress and (is_undo(event) or is_redo(event)):
            self.stack.undo() if is_undo(event) else self.stack.redo()
            return True
        if kind == QEvent.Type.ContextMenu and hasattr(obj, "createStandardContextMenu"):
            menu = obj.createStandardContextMenu()
            for action in menu.actions():
                if action.objectName() in ("edit-undo", "edit-redo"):
                    undo = action.objectName() == "edit-undo"
                    action.triggered.disconnect()
                    action.triggered.connect(self.stack.undo if undo else self.stack.redo)
                    action.setEnabled(self.stack.canUndo() if undo else self.stack.canRedo())
            menu.exec(event.globalPos())
            menu.deleteLater()
            return True
        return False


class TextArea(QPlainTextEdit):
    """A multi-line text field (Markdown or plain) whose undo goes to the editor's stack."""

    def __init__(
        self, accessible_name: str, placeholder: str = "", lines: int = 0, parent=None
    ) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setPlaceholderText(placeholder)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.lines = lines
        if lines:
            # At most ``lines`` lines tall, in the current font: it grows with the text size.
            self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)

    def sizeHint(self) -> QSize:  # noqa: N802 (Qt naming)
        hint = super().sizeHint()
        if self.lines:
            margins = self.contentsMargins()
            height = self.fontMetrics().lineSpacing() * self.lines
            height += margins.top() + margins.bottom() + 2 * self.document().documentMargin()
            hint.setHeight(int(height))
        return hint

    def set_text_quietly(self, text: str) -> None:
        """Show ``text`` with the fewest changes, keeping the caret where it makes sense."""
        old = self.toPlainText()
        if old == text:
            return
        head = 0
        limit = min(len(old), len(text))
        while head < limit and old[head] == text[head]:
            head += 1
        tail = 0
        while tail < limit - head and old[-1 - tail] == text[-1 - tail]:
            tail += 1
        cursor = self.textCursor()
        document = self.document()
        blocked = self.blockSignals(True)
        try:
            # Positions in the document are UTF-16; count them from the strings we have.
            start16 = len(old[:head].encode("utf-16-le")) // 2
            end16 = start16 + len(old[head : len(old) - tail].encode("utf-16-le")) // 2
            cursor = type(cursor)(document)
            cursor.setPosition(start16)
            cursor.setPosition(end16, cursor.MoveMode.KeepAnchor)
            cursor.insertText(text[head : len(text) - tail])
            self.setTextCursor(cursor)
        finally:
            self.blockSignals(blocked)


def field_label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def set_line_text(widget: QLineEdit, text: str) -> None:
    """Show a value in a line edit without firing edit signals or moving the caret needlessly."""
    if widget.text() != text:
        blocked = widget.blockSignals(True)
        widget.setText(text)
        if not widget.hasFocus():
            widget.setCursorPosition(0)  # show the start of a long value, not its end
        widget.blockSignals(blocked)


def fill_categories(combo: QComboBox, categories: tuple[Category, ...], current: str) -> None:
    """The combo lists the categories (number key, swatch, name); an unknown id is shown as such."""
    blocked = combo.blockSignals(True)
    combo.clear()
    for n, category in enumerate(categories):
        key = f"{n + 1}  " if n < 9 else "    "
        combo.addItem(swatch(category.color), f"{key}{category.name}", category.id)
    index = combo.findData(current)
    if index < 0 and current:
        combo.addItem(
            translate("PackEditor", "⚠ unknown category: {category}").format(category=current),
            current,
        )
        index = combo.count() - 1
    combo.setCurrentIndex(index)
    combo.blockSignals(blocked)


class ReflowGrid(QWidget):
    """Cells (a button, or a label and its field) laid out as many to a row as fit.

    At large text sizes a row of three label-field pairs no longer fits, so the
    pairs flow onto more rows instead of squeezing their fields unreadably.
    ``wide`` rows (a label and a field) always take a whole row, first ``top`` of
    them above the cells and the rest below.
    """

    def __init__(
        self,
        cells: list[tuple[QWidget, ...]],
        most_per_row: int,
        field_chars: int = 0,
        wide: list[tuple[QWidget, QWidget]] = (),
        top: int = 0,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.cells, self.most, self.field_chars = cells, most_per_row, field_chars
        self.wide, self.top = list(wide), top
        self.grid = QGridLayout(self)
        self.grid.setContentsMargins(0, 0, 0, 0)
        self.per_row = 0
        self._place(most_per_row)

    def _cell_width(self) -> int:
        widest = 0
        for cell in self.cells:
            width = sum(w.sizeHint().width() for w in cell[:-1]) if len(cell) > 1 else 0
            last = cell[-1]
            if self.field_chars and len(cell) > 1:
                width += last.fontMetrics().horizontalAdvance("x" * self.field_chars)
            else:
                width += last.sizeHint().width()
            widest = max(widest, width + self.grid.spacing() * len(cell))
        return widest

    def fitting(self, width: int) -> int:
        """How many cells fit side by side in ``width`` pixels (at least one)."""
        need = self._cell_width()
        return max(1, min(self.most, (width + self.grid.spacing()) // max(1, need)))

    def _place(self, per_row: int) -> None:
        if per_row == self.per_row:
            return
        self.per_row = per_row
        for cell in self.cells:
            for widget in cell:
                self.grid.removeWidget(widget)
        for label, field in self.wide:
            self.grid.removeWidget(label)
            self.grid.removeWidget(field)
        span = len(self.cells[0]) if self.cells else 1
        columns = span * per_row
        row = 0
        for label, field in self.wide[: self.top]:
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(field, row, 1, 1, columns - 1)
            row += 1
        for n, cell in enumerate(self.cells):
            for k, widget in enumerate(cell):
                self.grid.addWidget(widget, row + n // per_row, (n % per_row) * span + k)
        row += (len(self.cells) + per_row - 1) // per_row
        for label, field in self.wide[self.top :]:
            self.grid.addWidget(label, row, 0)
            self.grid.addWidget(field, row, 1, 1, columns - 1)
            row += 1
        for column in range(self.grid.columnCount()):
            field_column = span == 1 or column % span == span - 1
            self.grid.setColumnStretch(column, 1 if field_column and column < columns else 0)

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        self._place(self.fitting(event.size().width()))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._place(self.fitting(self.width()))


# -- what the list-and-text pages share (lessons, checks, source pages) ---------------------


def problem_column(header: str, counts: Callable[[], Mapping], key: Callable) -> Column:
    """The "Problems" column of a page's list: ⚠ and a count, said in words to screen readers.

    ``counts()`` gives the counts of the last validation by ``key(row)``.
    """

    def text(row) -> str:
        found = counts().get(key(row))
        return f"⚠ {found}" if found else ""

    def accessible(row) -> str:
        found = counts().get(key(row))
        if not found:
            return translate("PackEditor", "no problems")
        return translate("PackEditor", "%n problem(s)", "", found)

    return Column(header, text, accessible=accessible)


def list_table(model: RowsModel, name: str, stretch: int, first_chars: int) -> QTreeView:
    """A page's list of items: column ``stretch`` takes the room left, the first starts
    ``first_chars`` wide, the others fit their contents."""
    table = rows_view(model, name)
    header = table.header()
    for column in range(model.columnCount()):
        mode = QHeaderView.ResizeMode.ResizeToContents
        if column == stretch:
            mode = QHeaderView.ResizeMode.Stretch
        elif column == 0:
            mode = QHeaderView.ResizeMode.Interactive
        header.setSectionResizeMode(column, mode)
    header.setStretchLastSection(False)
    header.resizeSection(0, table.fontMetrics().horizontalAdvance("x" * first_chars))
    return table


class ListKeys(QObject):
    """Delete and Insert in a page's list: delete the selected item, add one."""

    def __init__(self, view: QWidget, delete: Callable[[], None], insert: Callable[[], None]):
        super().__init__(view)
        self.delete, self.insert = delete, insert
        view.installEventFilter(self)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.KeyPress:
            if event.modifiers() == Qt.KeyboardModifier.NoModifier:
                if event.key() == Qt.Key.Key_Delete:
                    self.delete()
                    return True
                if event.key() == Qt.Key.Key_Insert:
                    self.insert()
                    return True
        return False


class LineMark:
    """A file edited as its text (a check, a source page): the line a problem was gone to.

    Going to a problem puts the caret at the start of its line and marks the line in the
    selection's colours (readable in the light and the dark palette alike); ``place``
    under the text repeats the problem after a "▶", so the place is never shown by colour
    alone. Elsewhere ``place`` says where the caret is: ``sources/lisko.md, line 8``.
    """

    def __init__(self, text: QPlainTextEdit, place: QLabel) -> None:
        self.text, self.place = text, place
        #: the file shown, and the 0-based line a problem was gone to in it (if any)
        self.file: str | None = None
        self.line: int | None = None
        self.message = ""
        place.setTextFormat(Qt.TextFormat.PlainText)  # the message quotes the file
        place.setWordWrap(True)
        text.cursorPositionChanged.connect(self.show_place)

    def go_to(self, line: int, message: str = "") -> None:
        """The caret at the start of 0-based ``line``, the line marked, ``message`` said."""
        block = self.text.document().findBlockByNumber(max(0, line))
        if not block.isValid():
            block = self.text.document().lastBlock()
        self.line, self.message = block.blockNumber(), message
        cursor = self.text.textCursor()
        cursor.setPosition(block.position())
        self.text.setTextCursor(cursor)
        self.text.centerCursor()
        mark = QTextEdit.ExtraSelection()
        palette = self.text.palette()
        mark.format.setBackground(palette.highlight().color())
        mark.format.setForeground(palette.highlightedText().color())
        mark.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        # The whole block, every line it wraps onto (a cursor alone marks only its own line).
        whole = QTextCursor(block)
        whole.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
        mark.cursor = whole
        self.text.setExtraSelections([mark])
        self.show_place()
        self.text.setFocus()

    def clear(self) -> None:
        """No line marked (the text changed, or another file is shown)."""
        if self.line is not None:
            self.line = None
            self.text.setExtraSelections([])

    def show_place(self) -> None:
        if self.file is None:
            self.place.setText("")
            return
        line = self.text.textCursor().blockNumber() + 1
        said = translate("LineMark", "{file}, line {line}").format(file=self.file, line=line)
        if self.line is not None and line == self.line + 1 and self.message:
            # the message names the file
            said = translate("LineMark", "▶ line {line}: {problem}").format(
                line=line, problem=self.message
            )
        self.place.setText(said)


def list_and_details(page: QWidget, left: QWidget, right: QWidget, ems: tuple[int, int]) -> None:
    """Lay ``page`` out as its list (``left``) beside the selected item (``right``).

    A splitter the author can move, sized in the current font's ``x`` widths so that it
    grows with the text size; neither side collapses away.
    """
    splitter = QSplitter()
    splitter.addWidget(left)
    splitter.addWidget(right)
    splitter.setStretchFactor(0, 2)
    splitter.setStretchFactor(1, 3)
    splitter.setChildrenCollapsible(False)
    em = page.fontMetrics().horizontalAdvance("x")
    splitter.setSizes([ems[0] * em, ems[1] * em])
    QVBoxLayout(page).addWidget(splitter)


def _preview_name(what: str) -> str:
    """The accessible name of the preview of ``what`` ("lesson", "page")."""
    names = {
        "lesson": translate("PackEditor", "Lesson preview: the lesson as learners see it"),
        "page": translate("PackEditor", "Page preview: the page as learners see it"),
        "article": translate("PackEditor", "Article preview: the article as learners see it"),
    }
    if what in names:
        return names[what]
    return translate("PackEditor", "{name} preview: the {what} as learners see it").format(
        name=what.capitalize(), what=what
    )


def preview_pane(what: str, note_name: str) -> tuple[QWidget, QTextBrowser, QLabel]:
    """A preview of ``what`` as learners see it, with a plain-text line under it.

    The browser follows no link itself (a page decides what a link does) and loads
    nothing; returns the box to lay out, the browser and the line (named ``note_name``).
    """
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    browser = QTextBrowser()
    browser.setOpenLinks(False)
    browser.setFrameShape(QFrame.Shape.StyledPanel)
    browser.setAccessibleName(_preview_name(what))
    label = field_label(translate("PackEditor", "&Preview: what learners see"), browser)
    label.setWordWrap(True)
    layout.addWidget(label)
    layout.addWidget(browser, 1)
    note = QLabel()
    note.setWordWrap(True)
    note.setTextFormat(Qt.TextFormat.PlainText)
    note.setAccessibleName(note_name)
    layout.addWidget(note)
    return box, browser, note


def list_pane(intro: str) -> tuple[QWidget, QVBoxLayout, QLabel]:
    """The list side of a page: a box, its layout, and the page's introduction at the top."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    label = QLabel(intro)
    label.setWordWrap(True)
    layout.addWidget(label)
    return box, layout, label
