"""The reader's flagging panel: the red-flag palette, the learner's flags, the submit buttons.

It draws what the reader gives it and reports what the learner asks for with
signals; the reader owns the flags and the undo stack.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QStyle,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from spotit.core.i18n import COUNT, QT_TRANSLATE_NOOP, counted, translate
from spotit.core.model import Flag
from spotit.core.taxonomy import Category
from spotit.gui.document import display_text
from spotit.gui.i18n import number
from spotit.gui.itemmodels import Column, RowsModel, rows_view
from spotit.gui.plain import no_mnemonic, set_plain, set_plain_tooltip

#: The hint button while there are hints left to show (Alt+I; Ctrl+I is the reader's shortcut).
HINT_BUTTON = QT_TRANSLATE_NOOP("FlagListPanel", "Need a h&int?")
HINT_TIP = QT_TRANSLATE_NOOP(
    "FlagListPanel",
    "Show one of this article's hints (Ctrl+I). Each hint you use costs a few points.",
)

NUMBER_KEYS = {getattr(Qt.Key, f"Key_{n}"): n for n in range(1, 10)}


@lru_cache(maxsize=256)
def swatch(color: str, size: int = 14) -> QIcon:
    """A small rounded square of ``color``, beside a category's name."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor(color))
    painter.setPen(QColor(color).darker(140))
    painter.drawRoundedRect(1, 1, size - 2, size - 2, 3, 3)
    painter.end()
    return QIcon(pixmap)


@dataclass(frozen=True)
class FlagRow:
    """One of the learner's flags as the list shows it."""

    index: int  # in the reader's flag list
    flag: Flag
    category: Category
    passage: str  # as shown (display_text): the flag's offsets are the truth


def flag_columns() -> list[Column[FlagRow]]:
    """The flag list's columns, their headers in the language shown now."""
    return [
        Column(
            translate("FlagListPanel", "Red flag"),
            lambda r: display_text(r.category.name),
            decoration=lambda r: swatch(r.category.color),
        ),
        Column(
            translate("FlagListPanel", "Passage"), lambda r: r.passage, tooltip=lambda r: r.passage
        ),
        Column(translate("FlagListPanel", "Why I think so"), lambda r: display_text(r.flag.note)),
    ]


def flag_description(row: FlagRow) -> str:
    """A flag in words, for a screen reader on any of its cells."""
    category = display_text(row.category.name)
    passage = " ".join(row.passage.split())
    note = " ".join(display_text(row.flag.note).split())
    if note:
        return translate("FlagModel", "{category}: “{passage}”. Why: {note}").format(
            category=category, passage=passage, note=note
        )
    return translate("FlagModel", "{category}: “{passage}”").format(
        category=category, passage=passage
    )


class FlagModel(RowsModel[FlagRow]):
    """The learner's flags; each cell also describes its whole flag to a screen reader."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and index.isValid():
            row = self.row(index)
            return flag_description(row) if row else None
        return super().data(index, role)


class FlagListPanel(QWidget):
    """Palette, flag list and buttons; signals say what the learner asked for."""

    category_clicked = Signal(str)  # a palette button: flag the selection as this category
    flag_selected = Signal(object)  # the list's current flag changed (the Flag)
    number_pressed = Signal(int)  # 1..9 with a flag selected in the list
    delete_requested = Signal()
    recategorise_requested = Signal()
    note_requested = Signal()
    submit_requested = Signal()
    credible_requested = Signal()
    hint_requested = Signal()
    menu_requested = Signal(QPoint)  # a context menu on the list, at this global position
    #: The lesson on a category was asked for ("": the list of lessons).
    lesson_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._quiet = False
        self.palette_buttons: list[QToolButton] = []
        self._categories: list[Category] = []
        #: The categories the pack has a lesson on (the reader sets them with each article).
        self.lesson_categories: set[str] = set()
        self._pointed: str | None = None  # the palette button that last had the focus
        self.setAccessibleName(self.tr("Flagging"))
        layout = QVBoxLayout(self)
        # Rows join their parent layout before they get widgets: a row filled first owns
        # its items on the Python side, and freeing the panel then frees them twice.
        intro_row = QHBoxLayout()
        layout.addLayout(intro_row)
        intro = QLabel(
            self.tr(
                "Select a suspicious passage, then choose its red flag "
                "(or press its number key; 0 or F for the full list)."
            )
        )
        intro.setWordWrap(True)
        intro_row.addWidget(intro, 1)
        self.lesson_button = QToolButton()
        self.lesson_button.setText(self.tr("? Lessons"))
        self.lesson_button.setAccessibleName(self.tr("Lessons on the red flags"))
        self.lesson_button.setToolTip(
            self.tr(
                "The lessons on the red flags. Right-click a red flag below, or press Shift+F1 "
                "on it, for its own lesson."
            )
        )
        self.lesson_button.clicked.connect(self._lesson_button_clicked)
        self.lesson_button.hide()
        intro_row.addWidget(self.lesson_button, 0, Qt.AlignmentFlag.AlignTop)
        self.palette_box = QWidget()
        self.palette_box.installEventFilter(self)  # reflow the buttons when its width changes
        self.palette_grid = QGridLayout(self.palette_box)
        self.palette_grid.setContentsMargins(0, 0, 0, 0)
        # Palette above, flags below, in a splitter: at large text sizes both stay usable.
        palette_scroll = QScrollArea()
        palette_scroll.setWidget(self.palette_box)
        palette_scroll.setWidgetResizable(True)
        palette_scroll.setFrameShape(QFrame.Shape.NoFrame)
        palette_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        flags_box = QWidget()
        flags_layout = QVBoxLayout(flags_box)
        flags_layout.setContentsMargins(0, 0, 0, 0)
        self.flag_split = QSplitter(Qt.Orientation.Vertical)
        self.flag_split.addWidget(palette_scroll)
        self.flag_split.addWidget(flags_box)
        self.flag_split.setChildrenCollapsible(False)
        self.flag_split.setStretchFactor(1, 1)
        self.flag_split.installEventFilter(self)
        layout.addWidget(self.flag_split, 1)

        flags_layout.addWidget(QLabel(self.tr("<b>Your flags</b>")))
        self.model: RowsModel[FlagRow] = FlagModel(flag_columns(), self)
        self.view = rows_view(self.model, self.tr("Your flags"))
        # The category column is sized from the category names (see set_categories):
        # sizing it to its contents would ask every flag's cells after every edit.
        self.view.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.view.selectionModel().currentRowChanged.connect(self._current_changed)
        self.view.installEventFilter(self)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        # A bound method, not a lambda over self: PySide holds a lambda strongly from the
        # C++ side, which kept the panel's wrapper alive past its widget and crashed the
        # garbage collector when a reader page was let go.
        self.view.customContextMenuRequested.connect(self._context_menu_requested)
        flags_layout.addWidget(self.view, 1)
        self.empty_hint = QLabel(self.tr("No flags yet."))
        flags_layout.addWidget(self.empty_hint)

        row = QHBoxLayout()
        flags_layout.addLayout(row)
        self.recategorise_button = QPushButton(self.tr("C&hange category…"))
        self.recategorise_button.clicked.connect(self.recategorise_requested)
        self.note_button = QPushButton(self.tr("&Note…"))
        self.note_button.clicked.connect(self.note_requested)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(self.delete_requested)
        for button in (self.recategorise_button, self.note_button, self.delete_button):
            row.addWidget(button)

        # The hints shown so far, in plain text, just above the buttons that ask for them.
        self.hint_text = QLabel()
        self.hint_text.setWordWrap(True)
        self.hint_text.setFrameShape(QFrame.Shape.StyledPanel)
        self.hint_text.setContentsMargins(6, 4, 6, 4)
        self.hint_text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.hint_text.setAccessibleName(self.tr("Hints"))
        self.hint_text.hide()
        layout.addWidget(self.hint_text)
        self.hint_button = QPushButton(translate("FlagListPanel", HINT_BUTTON))
        self.hint_button.clicked.connect(self.hint_requested)
        layout.addWidget(self.hint_button)

        self.submit_button = QPushButton(self.tr("&Submit flags"))
        self.submit_button.setDefault(True)
        self.submit_button.clicked.connect(self.submit_requested)
        self.submit_button.setToolTip("Ctrl+Enter")  # not translated: a key
        self.credible_button = QPushButton(self.tr("This article looks &credible"))
        self.credible_button.clicked.connect(self.credible_requested)
        self.credible_button.setToolTip(self.tr("Submit with no flags (Ctrl+Shift+Enter)"))
        layout.addWidget(self.submit_button)
        layout.addWidget(self.credible_button)

    # -- what the reader shows ---------------------------------------------------------

    def _context_menu_requested(self, pos) -> None:
        self.menu_requested.emit(self.view.viewport().mapToGlobal(pos))

    def set_categories(self, categories: Sequence[Category]) -> None:
        """One palette button per category, numbered 1 to 9 in order."""
        for button in self.palette_buttons:
            self.palette_grid.removeWidget(button)
            button.deleteLater()
        self.palette_buttons = []
        self._categories = list(categories)
        self._pointed = None
        self.lesson_button.setVisible(bool(self.lesson_categories))
        for n, category in enumerate(categories):
            key = f"{n + 1}  " if n < 9 else "     "
            button = QToolButton()
            name = display_text(category.name)
            button.setText(no_mnemonic(f"{key}{name}"))  # "Q&A" reads so and takes no Alt key
            button.setIcon(swatch(category.color))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            tip = self.tr("{description}\nHow to check: {how_to_check}").format(
                description=category.description, how_to_check=category.how_to_check
            )
            if category.id in self.lesson_categories:
                tip += "\n" + self.tr("Shift+F1 or right-click: the lesson on this red flag")
            set_plain_tooltip(button, display_text(tip))
            button.setAccessibleName(self.tr("Flag as {category}").format(category=name))
            button.clicked.connect(lambda _=False, c=category.id: self.category_clicked.emit(c))
            button.setProperty("category", category.id)
            button.installEventFilter(self)  # which one is pointed at, and its context menu
            self.palette_buttons.append(button)
        self._reflow_palette()
        self._fit_category_column(categories)

    def _fit_category_column(self, categories: Sequence[Category]) -> None:
        style, header = self.view.style(), self.view.header()
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.view) + 2
        icon = style.pixelMetric(QStyle.PixelMetric.PM_SmallIconSize, None, self.view)
        metrics = self.view.fontMetrics()
        widest = max(
            (metrics.horizontalAdvance(display_text(c.name)) for c in categories), default=0
        )
        indent = self.view.indentation() if self.view.rootIsDecorated() else 0
        header.resizeSection(0, max(header.sectionSizeHint(0), widest + icon + 4 * margin + indent))

    def show_flags(
        self,
        flags: Sequence[Flag],
        text: str,
        category: Callable[[str], Category],
        current: Flag | None,
    ) -> None:
        """List ``flags`` (passages taken from ``text``), with flag ``current`` selected.

        The selection follows the flag, not its row: with a flag added above it, the
        row number would now name another flag.
        """
        rows = [
            FlagRow(index, flag, category(flag.category), display_text(text[flag.start : flag.end]))
            for index, flag in enumerate(flags)
        ]
        self._quiet = True
        try:
            self.model.set_rows(rows)
            if current is not None:
                self.select(current)
        finally:
            self._quiet = False
        has = bool(rows)
        self.empty_hint.setVisible(not has)
        for button in (self.recategorise_button, self.note_button, self.delete_button):
            button.setEnabled(has)

    def show_hints(self, shown: Sequence[str], total: int) -> None:
        """Show the hints given so far (``shown``) of the article's ``total``.

        The button asks for the next one while there is one; otherwise it says why not
        and is disabled.
        """
        lines = [
            self.tr("Hint {number} of {total}: {hint}").format(
                number=number(n), total=number(total), hint=hint
            )
            for n, hint in enumerate(shown, 1)
        ]
        set_plain(self.hint_text, display_text("\n\n".join(lines)))
        self.hint_text.setVisible(bool(lines))
        left = total - len(shown)
        if total == 0:
            text = self.tr("No hints for this article")
            tip = self.tr("This article comes with no hints.")
        elif left <= 0:
            text = self.tr("No more hints")
            tip = self.tr("You have seen every hint this article has.")
        elif shown:
            text = counted.translate(
                "FlagListPanel", "Another h&int (%n left)", "", COUNT, int(left)
            )
            tip = translate("FlagListPanel", HINT_TIP)
        else:
            text = translate("FlagListPanel", HINT_BUTTON)
            tip = translate("FlagListPanel", HINT_TIP)
        self.hint_button.setText(text)
        self.hint_button.setToolTip(tip)
        self.hint_button.setEnabled(left > 0)

    def selected(self) -> Flag | None:
        """The flag selected in the list, if any."""
        row = (
            self.model.row(self.view.currentIndex()) if self.view.currentIndex().isValid() else None
        )
        return None if row is None else row.flag

    def select(self, flag: Flag) -> None:
        """Make ``flag`` the list's current row, without reporting it back."""
        number = next((n for n, r in enumerate(self.model.rows) if r.flag == flag), None)
        if number is None:
            return
        quiet, self._quiet = self._quiet, True
        try:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(number, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        finally:
            self._quiet = quiet

    # -- events ------------------------------------------------------------------------
    def _current_changed(self, current, _previous) -> None:
        if not self._quiet and current.isValid() and (row := self.model.row(current)):
            self.flag_selected.emit(row.flag)

    def highlighted_category(self) -> str | None:
        """The category of the palette button with the keyboard focus, or else under the
        mouse; None when the palette is not being pointed at."""
        for button in self.palette_buttons:
            if button.hasFocus() or button.underMouse():
                return button.property("category")
        return None

    def _lesson_button_clicked(self) -> None:
        category = self._pointed if self._pointed in self.lesson_categories else ""
        self.lesson_requested.emit(category or "")

    def _palette_menu(self, button: QToolButton, where: QPoint) -> None:
        category = button.property("category")
        menu = QMenu(self)
        flag = menu.addAction(self.tr("Flag the selection as this red flag"))
        flag.triggered.connect(lambda: self.category_clicked.emit(category))
        about = menu.addAction(self.tr("About this red flag (lesson)"))
        about.setShortcut("Shift+F1")  # not translated: a key
        about.setEnabled(category in self.lesson_categories)
        about.triggered.connect(lambda: self.lesson_requested.emit(category))
        menu.exec(where)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if isinstance(obj, QToolButton) and obj in self.palette_buttons:
            kind = event.type()
            if kind == QEvent.Type.FocusIn:
                self._pointed = obj.property("category")
            elif kind == QEvent.Type.ContextMenu:
                self._palette_menu(obj, event.globalPos())
                return True
            return False
        if obj is self.palette_box and event.type() == QEvent.Type.Resize:
            if event.oldSize().width() != event.size().width():
                self._reflow_palette()
            return False
        # The filter is installed while the panel is being built: look attributes up softly.
        if obj is getattr(self, "flag_split", None) and event.type() == QEvent.Type.Resize:
            if event.oldSize().height() != event.size().height():
                self._reflow_palette()
            return False
        if obj is getattr(self, "view", None) and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.delete_requested.emit()
                return True
            if key in NUMBER_KEYS and self.selected() is not None:
                self.number_pressed.emit(NUMBER_KEYS[key])
                return True
        return super().eventFilter(obj, event)

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
