"""The library: every article of the open packs, with this learner's progress."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from spotit.gui.document import display_text
from spotit.gui.itemmodels import Column, RowRole, RowsModel, SortRole, rows_view
from spotit.gui.plain import escape, plain_label, plain_tooltip, set_plain
from spotit.practice import DONE, IN_PROGRESS, NEW, LibraryEntry, Practice, next_article
from spotit.practice.library import DIFFICULTY_LABELS, same_story, tags_of
from spotit.store.progress import ProgressError

COLUMNS: list[Column[LibraryEntry]] = [
    Column(
        "Headline",
        lambda e: display_text(e.headline),  # bidi controls shown as marks, never obeyed
        sort=lambda e: e.position,
        tooltip=lambda e: display_text(e.headline),
    ),
    Column("Outlet", lambda e: display_text(e.outlet), sort=lambda e: e.outlet.lower()),
    Column("Difficulty", lambda e: e.difficulty_label, sort=lambda e: e.difficulty),
    Column("Tags", lambda e: ", ".join(e.tags)),
    Column(
        "Status",
        lambda e: e.status,
        tooltip=lambda e: f"Submitted {e.attempts} times" if e.attempts > 1 else "",
    ),
    Column(
        "Best score",
        lambda e: "—" if e.best_score is None else str(e.best_score),
        sort=lambda e: -1 if e.best_score is None else e.best_score,
    ),
    Column("Last attempt", lambda e: e.last_attempt_text, sort=lambda e: e.last_attempt),
    Column("Pack", lambda e: e.pack_title),
]
HEADLINE, OUTLET, DIFFICULTY, TAGS, STATUS, BEST, LAST, PACK = range(len(COLUMNS))


class LibraryFilter(QSortFilterProxyModel):
    """Difficulty, tag and status filters over the library model."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.difficulty = 0
        self.tag = ""
        self.status = ""
        self.setSortRole(SortRole)

    def set_filters(self, difficulty: int, tag: str, status: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.10; invalidateFilter() is deprecated there
            self.beginFilterChange()
            self.difficulty, self.tag, self.status = difficulty, tag, status
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.difficulty, self.tag, self.status = difficulty, tag, status
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802
        entry: LibraryEntry | None = self.sourceModel().index(row, 0, parent).data(RowRole)
        if entry is None:
            return False
        if self.difficulty and entry.difficulty != self.difficulty:
            return False
        if self.tag and self.tag not in entry.tags:
            return False
        return not self.status or entry.status == self.status

    def entries(self) -> list[LibraryEntry]:
        """The entries shown, in the order shown."""
        return [self.index(r, 0).data(RowRole) for r in range(self.rowCount())]


class LibraryPage(QWidget):
    open_requested = Signal(str, str)  # pack id, article id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.practice: Practice | None = None
        self.model: RowsModel[LibraryEntry] = RowsModel(COLUMNS, self)
        self.proxy = LibraryFilter(self)
        self.proxy.setSourceModel(self.model)

        self.greeting = QLabel()
        self.greeting.setWordWrap(True)
        self.problem = plain_label()  # why results are missing, when they cannot be read
        self.problem.setWordWrap(True)
        self.problem.hide()
        self.difficulty_box = QComboBox()
        self.difficulty_box.addItem("Any difficulty", 0)
        for level, label in DIFFICULTY_LABELS.items():
            self.difficulty_box.addItem(label, level)
        self.tag_box = QComboBox()
        self.status_box = QComboBox()
        for label, value in (
            ("Any status", ""),
            (NEW, NEW),
            (IN_PROGRESS, IN_PROGRESS),
            (DONE, DONE),
        ):
            self.status_box.addItem(label, value)
        for box, name in (
            (self.difficulty_box, "Filter by difficulty"),
            (self.tag_box, "Filter by topic"),
            (self.status_box, "Filter by status"),
        ):
            box.setAccessibleName(name)
            box.currentIndexChanged.connect(self._filters_changed)
        self.next_button = QPushButton("&Next article")
        self.next_button.setToolTip("Open an article you have not tried yet (Ctrl+N)")
        self.next_button.clicked.connect(self.open_next)
        self.compare_button = QPushButton("Compare the c&overage")
        self.compare_button.setToolTip(
            "Read this article side by side with another outlet's report of the same event"
        )
        self.compare_button.clicked.connect(self.compare_coverage)
        self.compare_button.setEnabled(False)

        filters = QHBoxLayout()
        for label, box in (
            ("&Difficulty:", self.difficulty_box),
            ("&Topic:", self.tag_box),
            ("&Status:", self.status_box),
        ):
            caption = QLabel(label)
            caption.setBuddy(box)
            filters.addWidget(caption)
            filters.addWidget(box)
        filters.addStretch(1)
        filters.addWidget(self.compare_button)
        filters.addWidget(self.next_button)

        self.table = rows_view(self.proxy, "Articles")
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        # The headline takes the room the other columns leave, but never less than a
        # readable share: at large text sizes the table scrolls sideways instead.
        self.table.header().setStretchLastSection(False)
        self.table.header().installEventFilter(self)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().currentChanged.connect(self._current_changed)
        self.count_label = QLabel()

        layout = QVBoxLayout(self)
        layout.addWidget(self.greeting)
        layout.addWidget(self.problem)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

    def show_library(self, practice: Practice) -> None:
        """Show ``practice``'s library, greeting its learner."""
        self.practice = practice
        self.greeting.setText(
            f"<b>Hello, {escape(practice.learner.name)}.</b> Pick an article and look for its red flags. "
            "Some articles are credible: flag only what you could not check."
        )
        self.reload()

    def reload(self) -> None:
        """Show the library again, as the practice layer reports it now.

        If the learner's results cannot be read, the articles are listed without them
        and one line above the table says why (never a traceback, never a box per reload).
        """
        if self.practice is None:
            self.show_entries([])
            return
        try:
            entries = self.practice.library()
        except ProgressError as exc:
            entries = self.practice.library(with_status=False)
            set_plain(
                self.problem,
                f"⚠ Your results cannot be shown: {exc}. Restart SpotIt: it offers to "
                "recover what can still be read.",
            )
            self.problem.show()
        else:
            self.problem.hide()
        self.show_entries(entries)

    def show_entries(self, entries: Sequence[LibraryEntry]) -> None:
        """Show ``entries``; filters, sort order and the topic list follow."""
        if list(entries) == self.model.rows and self.model.rowCount():
            # Nothing changed (back from the reader without submitting, or the second
            # call at start-up): keep the table, but start from the top as a refill would.
            self.table.setCurrentIndex(self.proxy.index(0, 0))
            return
        self.model.set_rows(entries)
        current_tag = self.tag_box.currentData()
        self.tag_box.blockSignals(True)
        self.tag_box.clear()
        self.tag_box.addItem("Any topic", "")
        for tag in tags_of(entries):
            self.tag_box.addItem(tag.replace("-", " "), tag)
        index = self.tag_box.findData(current_tag)
        self.tag_box.setCurrentIndex(max(0, index))
        self.tag_box.blockSignals(False)
        self._filters_changed()
        self._fit_columns()
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def _fit_columns(self) -> None:
        """Every column but the headline as wide as its widest text.

        Measured from the rows' texts: ``resizeColumnToContents`` asks the model for
        every role of every cell, which costs tens of milliseconds at start-up.
        """
        metrics = self.table.fontMetrics()
        # Room for the view's text margins (about 3 px a side), with some to spare so
        # rounding never elides; one letter's width grows with the zoom. (Asking the style
        # for its margin would load all of QStyle's enums at start-up, about 7 ms.)
        padding = metrics.horizontalAdvance("M")
        header = self.table.header()
        for number in range(1, len(COLUMNS)):
            column = COLUMNS[number]
            widest = max(
                (metrics.horizontalAdvance(column.text(entry)) for entry in self.model.rows),
                default=0,
            )
            header.resizeSection(number, max(widest + padding, header.sectionSizeHint(number)))
        self._fit_headline()

    def _fit_headline(self) -> None:
        header = self.table.header()
        others = sum(header.sectionSize(n) for n in range(len(COLUMNS)) if n != HEADLINE)
        readable = 30 * self.table.fontMetrics().averageCharWidth()
        # The header spans the view's viewport (asking for the viewport itself would make
        # PySide build its QWidget type at start-up, about 10 ms of enums).
        header.resizeSection(HEADLINE, max(readable, header.width() - others))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.FontChange:  # zoomed: the texts changed width
            self._fit_columns()
        super().changeEvent(event)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt naming)
        # The header is as wide as the viewport: it resizes with the window and when the
        # vertical scroll bar comes or goes.
        if watched is self.table.header() and event.type() == QEvent.Type.Resize:
            self._fit_headline()
        return super().eventFilter(watched, event)

    def _filters_changed(self) -> None:
        self.proxy.set_filters(
            self.difficulty_box.currentData() or 0,
            self.tag_box.currentData() or "",
            self.status_box.currentData() or "",
        )
        total = self.model.rowCount()
        done = sum(entry.status == DONE for entry in self.model.rows)
        self.count_label.setText(
            f"Showing {self.proxy.rowCount()} of {total} articles · {done} done · "
            "Enter opens the selected article."
        )

    def current_entry(self) -> LibraryEntry | None:
        """The article selected in the table, if any."""
        index = self.table.currentIndex()
        return index.data(RowRole) if index.isValid() else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = current.data(RowRole) if current.isValid() else None
        others = same_story(entry, self.model.rows) if entry is not None else []
        self.compare_button.setEnabled(bool(others))
        if others:
            names = "; ".join(display_text(e.outlet or e.headline) for e in others)
            self.compare_button.setToolTip(
                plain_tooltip(f"The same event as reported by: {names}. Read them side by side.")
            )

    def compare_coverage(self) -> None:
        """Open the selected article beside the others that report its event."""
        entry = self.current_entry()
        if entry is None or self.practice is None:
            return
        others = same_story(entry, self.model.rows)
        if not others:
            return
        from spotit.gui.compare import CoverageDialog

        pack = self.practice.packs[entry.pack_id]
        articles = [pack.article(e.article_id) for e in (entry, *others)]
        dialog = CoverageDialog(entry.pack_id, articles, self)
        dialog.practise_requested.connect(self.open_requested.emit)
        dialog.exec()
        dialog.deleteLater()

    def _activated(self, index: QModelIndex) -> None:
        entry = index.data(RowRole)
        if entry is not None:
            self.open_requested.emit(*entry.key)

    def next_article(self) -> tuple[str, str] | None:
        """What "Next article" opens, among the articles shown (see practice.next_article)."""
        entry = next_article(self.proxy.entries())
        return entry.key if entry else None

    def open_next(self) -> None:
        key = self.next_article()
        if key:
            self.open_requested.emit(*key)

    def focus_table(self) -> None:
        self.table.setFocus()
