"""The lesson viewer: a pack's lesson on one red flag, and the list of every lesson.

A lesson is drawn through the reader's own document building (``gui.document``), so
its text is plain, its bidi controls are shown and not obeyed, and it zooms with the
rest of the app. The example's red flag is marked three ways at once: a tint, an
underline and a ⚑ before it, with the marked words also named under the lesson, so the
mark never rests on colour alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QFont, QKeySequence, QPalette, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from spotit.core.model import Lesson
from spotit.core.taxonomy import Category
from spotit.core.textpos import Utf16Map
from spotit.gui.document import display_text
from spotit.gui.marks import highlight_format
from spotit.gui.plain import plain_title, set_plain
from spotit.gui.windows import resize_to_fit

#: Drawn before each marked red flag of an example (with a tint and an underline).
MARK_SYMBOL = "⚑"


@dataclass(frozen=True)
class LessonEntry:
    """A lesson as the viewer lists it: with its pack and its category."""

    pack_id: str
    pack_title: str
    lesson: Lesson
    category: Category

    @property
    def key(self) -> tuple[str, str]:
        return (self.pack_id, self.lesson.category)


def mark_format(color: str) -> QTextCharFormat:
    """A marked red flag in an example: tinted and underlined (after its ⚑)."""
    return highlight_format(color, QTextCharFormat.UnderlineStyle.SingleUnderline)


class LessonWindow(QDialog):
    """Every lesson of the open packs: the list on the left, the chosen lesson beside it.

    Not modal: the learner may keep it open beside an article. Escape closes it.
    """

    lesson_shown = Signal(str, str)  # pack id, category id

    def __init__(
        self,
        parent: QWidget | None = None,
        zoom: Callable[[float | None], None] | None = None,
    ) -> None:
        super().__init__(parent)
        from spotit.gui.reader import ArticleView  # the reader's view: the same drawing

        self.setWindowTitle(self.tr("Lessons — SpotIt"))
        self.setModal(False)
        self.entries: list[LessonEntry] = []
        self.current: LessonEntry | None = None
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Lessons"))
        self.list.setAccessibleDescription(self.tr("Choose a lesson with the arrow keys."))
        self.list.currentRowChanged.connect(self._row_changed)
        # Long titles wrap rather than being cut; the list keeps room for a few words a line.
        self.list.setWordWrap(True)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view = ArticleView()
        self.view.setAccessibleName(self.tr("Lesson"))
        self.view.setAccessibleDescription(
            self.tr(
                "What the red flag is, an invented example with the red flag marked {mark}, "
                "and how to check it."
            ).format(mark=MARK_SYMBOL)
        )
        self.marked = QLabel()
        self.marked.setWordWrap(True)
        self.marked.setAccessibleName(self.tr("The red flag in the example"))
        self.marked.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        lesson_box = QWidget()
        lesson_layout = QVBoxLayout(lesson_box)
        lesson_layout.setContentsMargins(0, 0, 0, 0)
        lesson_layout.addWidget(self.view, 1)
        lesson_layout.addWidget(self.marked)
        list_box = QWidget()
        list_layout = QVBoxLayout(list_box)
        list_layout.setContentsMargins(0, 0, 0, 0)
        heading = QLabel(self.tr("&Lessons"))
        heading.setBuddy(self.list)
        list_layout.addWidget(heading)
        list_layout.addWidget(self.list, 1)
        splitter = QSplitter()
        splitter.addWidget(list_box)
        splitter.addWidget(lesson_box)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        notice = QLabel(self.tr("Every example in a lesson is invented training material."))
        notice.setWordWrap(True)
        row = QHBoxLayout()
        row.addWidget(notice, 1)
        row.addWidget(buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(row)
        # Zoom as in the reader: the app's one text size, so both follow it.
        if zoom is not None:
            for keys, factor in (
                (
                    [
                        *QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomIn),
                        QKeySequence("Ctrl+="),
                    ],
                    1.15,
                ),
                (QKeySequence.keyBindings(QKeySequence.StandardKey.ZoomOut), 1 / 1.15),
                ([QKeySequence("Ctrl+0")], None),
            ):
                action = QAction(self)
                action.setShortcuts(keys)
                action.triggered.connect(lambda _=False, f=factor: zoom(f))
                self.addAction(action)
        resize_to_fit(self, 1000, 700)
        self.splitter = splitter

    def _fit_list(self) -> None:
        """The list as wide as its longest title, within a third of the window."""
        metrics = self.list.fontMetrics()
        widest = max(
            (metrics.horizontalAdvance(self.list.item(n).text()) for n in range(self.list.count())),
            default=0,
        )
        room = self.list.verticalScrollBar().sizeHint().width() + 4 * self.list.frameWidth() + 16
        width = min(widest + room, max(self.width() // 3, metrics.averageCharWidth() * 20))
        self.list.setMinimumWidth(min(width, metrics.averageCharWidth() * 20))
        total = sum(self.splitter.sizes()) or self.width()
        self.splitter.setSizes([width, max(total - width, 1)])

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        # The ⚑ marks are drawn in the text's colour: draw them again for a new theme.
        current = getattr(self, "current", None)  # None while being built
        if event.type() == QEvent.Type.PaletteChange and current is not None:
            self._draw(current)
        super().changeEvent(event)

    # -- what it shows -------------------------------------------------------------------
    def set_entries(self, entries: Sequence[LessonEntry]) -> None:
        """List ``entries`` (in order); the shown lesson stays if it is still among them."""
        keep = self.current.key if self.current else None
        self.entries = list(entries)
        several_packs = len({e.pack_id for e in self.entries}) > 1
        self.list.blockSignals(True)
        try:
            self.list.clear()
            for entry in self.entries:
                title = display_text(entry.lesson.title)
                if several_packs:
                    title = self.tr("{lesson} ({pack})").format(
                        lesson=title, pack=display_text(entry.pack_title)
                    )
                item = QListWidgetItem(title)  # an item's text is always plain
                item.setToolTip("")
                self.list.addItem(item)
        finally:
            self.list.blockSignals(False)
        self._fit_list()
        keys = [e.key for e in self.entries]
        if keep in keys:
            self.list.setCurrentRow(keys.index(keep))
        elif self.entries:
            self.list.setCurrentRow(0)
            self._row_changed(0)

    def show_lesson(self, category_id: str, pack_id: str | None = None) -> bool:
        """Show the lesson on ``category_id`` (of ``pack_id``, or the first pack that has
        one); False if there is none."""
        for row, entry in enumerate(self.entries):
            if entry.lesson.category == category_id and pack_id in (None, entry.pack_id):
                if self.list.currentRow() == row:
                    self._row_changed(row)
                else:
                    self.list.setCurrentRow(row)
                return True
        return False

    def _row_changed(self, row: int) -> None:
        if not 0 <= row < len(self.entries):
            return
        entry = self.current = self.entries[row]
        self._draw(entry)
        self.lesson_shown.emit(entry.pack_id, entry.lesson.category)

    def _draw(self, entry: LessonEntry) -> None:
        lesson, color = entry.lesson, entry.category.color
        self.setWindowTitle(
            plain_title(
                self.tr("{lesson} — Lessons — SpotIt").format(lesson=display_text(lesson.title))
            )
        )
        self.view.set_content(lesson.text, lesson.blocks)
        document = self.view.document()
        utf16 = Utf16Map(lesson.text)
        symbol = QTextCharFormat()
        symbol.setFontWeight(QFont.Weight.Bold)
        # In the text's own colour: readable on the light and the dark theme alike.
        symbol.setForeground(self.view.palette().color(QPalette.ColorRole.Text))
        selections = []
        inserted = 0  # the symbols put in so far, before the marks still to come
        for start, end in sorted(lesson.marks):
            at = utf16.to_utf16(start) + inserted
            cursor = QTextCursor(document)
            cursor.setPosition(at)
            cursor.insertText(f"{MARK_SYMBOL}\u00a0", symbol)
            inserted += 2
            selection = QTextEdit.ExtraSelection()
            selection.cursor = QTextCursor(document)
            selection.cursor.setPosition(utf16.to_utf16(start) + inserted)
            selection.cursor.setPosition(
                utf16.to_utf16(end) + inserted, QTextCursor.MoveMode.KeepAnchor
            )
            selection.format = mark_format(color)
            selections.append(selection)
        self.view.setExtraSelections(selections)
        words = [" ".join(display_text(lesson.text[a:b]).split()) for a, b in lesson.marks]
        said = "; ".join(self.tr("“{words}”").format(words=w) for w in words)
        set_plain(
            self.marked,
            self.tr(
                "{mark} The red flag in the example (marked {mark}, tinted, underlined): {words}"
            ).format(mark=MARK_SYMBOL, words=said)
            if words
            else "",
        )
        self.marked.setVisible(bool(words))
