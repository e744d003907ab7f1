"""The library: every article of the open packs, with this learner's progress."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QModelIndex, QSortFilterProxyModel, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from spotit.store.pack import Pack
from spotit.store.progress import Learner, Progress

COLUMNS = (
    "Headline",
    "Outlet",
    "Difficulty",
    "Tags",
    "Status",
    "Best score",
    "Last attempt",
    "Pack",
)
HEADLINE, OUTLET, DIFFICULTY, TAGS, STATUS, BEST, LAST, PACK = range(len(COLUMNS))
KEY_ROLE = Qt.ItemDataRole.UserRole + 1  # (pack_id, article_id)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
DIFFICULTY_LABELS = {1: "●○○ Easy", 2: "●●○ Medium", 3: "●●● Hard"}
NEW, IN_PROGRESS, DONE = "New", "In progress", "Done"


def readable_time(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso


class LibraryFilter(QSortFilterProxyModel):
    """Difficulty, tag and status filters over the library model."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.difficulty = 0
        self.tag = ""
        self.status = ""
        self.setSortRole(SORT_ROLE)

    def set_filters(self, difficulty: int, tag: str, status: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.10; invalidateFilter() is deprecated there
            self.beginFilterChange()
            self.difficulty, self.tag, self.status = difficulty, tag, status
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.difficulty, self.tag, self.status = difficulty, tag, status
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        if (
            self.difficulty
            and model.index(row, DIFFICULTY, parent).data(SORT_ROLE) != self.difficulty
        ):
            return False
        if self.tag and self.tag not in (model.index(row, TAGS, parent).data(SORT_ROLE) or ()):
            return False
        return not self.status or model.index(row, STATUS, parent).data() == self.status


class LibraryPage(QWidget):
    open_requested = Signal(str, str)  # pack id, article id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.packs: dict[str, Pack] = {}
        self.progress: Progress | None = None
        self.learner: Learner | None = None
        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels(COLUMNS)
        self.proxy = LibraryFilter(self)
        self.proxy.setSourceModel(self.model)

        self.greeting = QLabel()
        self.greeting.setWordWrap(True)
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
        filters.addWidget(self.next_button)

        self.table = QTreeView()
        self.table.setModel(self.proxy)
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setUniformRowHeights(True)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAccessibleName("Articles")
        self.table.header().setSectionResizeMode(HEADLINE, QHeaderView.ResizeMode.Stretch)
        self.table.header().setStretchLastSection(False)
        self.table.activated.connect(self._activated)
        self.count_label = QLabel()

        layout = QVBoxLayout(self)
        layout.addWidget(self.greeting)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)

    def show_library(self, packs: dict[str, Pack], progress: Progress, learner: Learner) -> None:
        self.packs, self.progress, self.learner = packs, progress, learner
        self.greeting.setText(
            f"<b>Hello, {learner.name}.</b> Pick an article and look for its red flags. "
            "Some articles are credible: flag only what you could not check."
        )
        self.reload()

    def reload(self) -> None:
        """Rebuild the rows from the packs and this learner's progress."""
        self.model.removeRows(0, self.model.rowCount())
        tags: set[str] = set()
        for pack in self.packs.values():
            status = (
                self.progress.article_status(self.learner.id, pack.meta.id) if self.progress else {}
            )
            drafts = (
                self.progress.drafted_articles(self.learner.id, pack.meta.id)
                if self.progress
                else set()
            )
            for position, summary in enumerate(pack.articles()):
                meta = summary.meta
                tags.update(meta.tags)
                done = status.get(meta.id)
                state = DONE if done else IN_PROGRESS if meta.id in drafts else NEW
                cells = [
                    (meta.headline, position),
                    (meta.outlet, meta.outlet.lower()),
                    (DIFFICULTY_LABELS.get(meta.difficulty, str(meta.difficulty)), meta.difficulty),
                    (", ".join(meta.tags), meta.tags),
                    (state, state),
                    (str(done.best_score) if done else "—", done.best_score if done else -1),
                    (
                        readable_time(done.last_submitted_at) if done else "—",
                        done.last_submitted_at if done else "",
                    ),
                    (pack.meta.title, pack.meta.title),
                ]
                row = []
                for text, sort_value in cells:
                    item = QStandardItem(text)
                    item.setEditable(False)
                    item.setData(sort_value, SORT_ROLE)
                    item.setData((pack.meta.id, meta.id), KEY_ROLE)
                    row.append(item)
                if done and done.attempts > 1:
                    row[STATUS].setToolTip(f"Submitted {done.attempts} times")
                row[HEADLINE].setToolTip(meta.headline)
                self.model.appendRow(row)
        current_tag = self.tag_box.currentData()
        self.tag_box.blockSignals(True)
        self.tag_box.clear()
        self.tag_box.addItem("Any topic", "")
        for tag in sorted(tags):
            self.tag_box.addItem(tag.replace("-", " "), tag)
        index = self.tag_box.findData(current_tag)
        self.tag_box.setCurrentIndex(max(0, index))
        self.tag_box.blockSignals(False)
        self._filters_changed()
        for column in range(1, len(COLUMNS)):
            self.table.resizeColumnToContents(column)
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def _filters_changed(self) -> None:
        self.proxy.set_filters(
            self.difficulty_box.currentData() or 0,
            self.tag_box.currentData() or "",
            self.status_box.currentData() or "",
        )
        total = self.model.rowCount()
        done = sum(self.model.item(r, STATUS).text() == DONE for r in range(total))
        self.count_label.setText(
            f"Showing {self.proxy.rowCount()} of {total} articles · {done} done · "
            "Enter opens the selected article."
        )

    def _activated(self, index: QModelIndex) -> None:
        key = index.data(KEY_ROLE)
        if key:
            self.open_requested.emit(*key)

    def next_article(self) -> tuple[str, str] | None:
        """An article not tried yet (in the shown order), else the one with the lowest best score."""
        rows = [self.proxy.index(r, 0) for r in range(self.proxy.rowCount())]
        for index in rows:
            if self.proxy.index(index.row(), STATUS).data(SORT_ROLE) != DONE:
                return index.data(KEY_ROLE)
        if not rows:
            return None
        worst = min(rows, key=lambda i: self.proxy.index(i.row(), BEST).data(SORT_ROLE))
        return worst.data(KEY_ROLE)

    def open_next(self) -> None:
        key = self.next_article()
        if key:
            self.open_requested.emit(*key)

    def focus_table(self) -> None:
        self.table.setFocus()
