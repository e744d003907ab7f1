"""Qt item models over plain rows that the Qt-free layers return.

The shape follows napari's ``_qt/containers``: the data is a plain Python
sequence (library entries, attempts, roster lines, problems) that knows
nothing of Qt; a :class:`RowsModel` adapts it for a ``QTableView``,
``QTreeView`` or ``QListView``. A widget gives the model new rows when the
layer below reports a change, and never fills cells by hand.

    model = RowsModel([
        Column("Headline", lambda e: e.headline),
        Column("Best", lambda e: f"{e.best}" if e.best is not None else "–",
               sort=lambda e: e.best or -1, align=Qt.AlignmentFlag.AlignRight),
    ])
    view.setModel(model)
    model.set_rows(practice.library())
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtWidgets import QAbstractItemView, QTreeView

from spotit.gui.plain import plain_tooltip

Row = TypeVar("Row")

#: The role under which every cell also answers with its row's object.
RowRole = Qt.ItemDataRole.UserRole + 1
#: The role a QSortFilterProxyModel sorts by (set ``proxy.setSortRole(SortRole)``).
SortRole = Qt.ItemDataRole.UserRole + 2


@dataclass(frozen=True)
class Column(Generic[Row]):
    """One column: its header and how a row shows in it."""

    header: str
    text: Callable[[Row], str]
    #: a value to sort by, where the text does not sort right (numbers, dates)
    sort: Callable[[Row], Any] | None = None
    tooltip: Callable[[Row], str] | None = None
    #: an icon, colour swatch or other decoration
    decoration: Callable[[Row], Any] | None = None
    #: what a screen reader says, where the text alone is not enough
    accessible: Callable[[Row], str] | None = None
    align: Qt.AlignmentFlag | None = None


class RowsModel(QAbstractTableModel, Generic[Row]):
    """A read-only table model over a sequence of rows (see the module docstring)."""

    def __init__(self, columns: Sequence[Column[Row]], parent=None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self._rows: list[Row] = []

    # -- the data ------------------------------------------------------------------
    @property
    def rows(self) -> list[Row]:
        return list(self._rows)

    def set_rows(self, rows: Sequence[Row]) -> None:
        """Show ``rows`` instead of what was shown (views keep their sort order)."""
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def merge_rows(self, rows: Sequence[Row], key: Callable[[Row], object]) -> None:
        """Show ``rows``, telling views only what changed when the old rows are their start.

        Rows of the same ``key`` in the same places are updated in place (and only when
        they differ), new ones appended: a live list that grows as people join does not
        make its view measure every row again at each refresh. Anything else resets.
        """
        old = self._rows
        if len(rows) < len(old) or any(key(a) != key(b) for a, b in zip(old, rows, strict=False)):
            self.set_rows(rows)
            return
        changed = [n for n, (a, b) in enumerate(zip(old, rows, strict=False)) if a != b]
        if changed:
            # One signal for the lot: a view re-measures once, not once a row.
            first, last = changed[0], changed[-1]
            self._rows[first : last + 1] = rows[first : last + 1]
            right = len(self.columns) - 1
            self.dataChanged.emit(self.index(first, 0), self.index(last, right))
        if len(rows) > len(old):
            self.beginInsertRows(QModelIndex(), len(old), len(rows) - 1)
            self._rows.extend(rows[len(old) :])
            self.endInsertRows()

    def update_row(self, row: int, value: Row) -> None:
        """Replace one row in place (selection and scroll position stay)."""
        self._rows[row] = value
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.columns) - 1))

    def row(self, index: QModelIndex | QPersistentModelIndex | int) -> Row | None:
        """The row object behind ``index`` (a model index of this model, or a row number)."""
        number = index if isinstance(index, int) else index.row()
        return self._rows[number] if 0 <= number < len(self._rows) else None

    # -- QAbstractTableModel -----------------------------------------------------------
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802 (Qt naming)
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.DisplayRole
            and 0 <= section < len(self.columns)
        ):
            return self.columns[section].header
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        # Views ask for a dozen roles a cell; most are answered None at once (a live
        # roster is measured many times a second while a class joins).
        if role not in _ANSWERED_ROLES or not index.isValid():
            return None
        if not 0 <= index.row() < len(self._rows):
            return None
        row, column = self._rows[index.row()], self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == SortRole:
            return column.sort(row) if column.sort else column.text(row)
        if role == RowRole:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            # Cells show pack, article and student text: a tooltip would guess it is HTML.
            return plain_tooltip(column.tooltip(row))
        if role == Qt.ItemDataRole.DecorationRole and column.decoration:
            return column.decoration(row)
        if role == Qt.ItemDataRole.AccessibleTextRole and column.accessible:
            return column.accessible(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align is not None:
            return int(column.align | Qt.AlignmentFlag.AlignVCenter)
        return None


_ANSWERED_ROLES = frozenset(
    {
        Qt.ItemDataRole.DisplayRole,
        SortRole,
        RowRole,
        Qt.ItemDataRole.ToolTipRole,
        Qt.ItemDataRole.DecorationRole,
        Qt.ItemDataRole.AccessibleTextRole,
        Qt.ItemDataRole.TextAlignmentRole,
    }
)


def rows_view(
    model: QAbstractItemModel, accessible_name: str, *, uniform_rows: bool = True
) -> QTreeView:
    """A flat list of rows over ``model``: one row selected at a time, read-only, keyboard-driven.

    ``uniform_rows=False`` where rows wrap their text and may differ in height.
    """
    view = QTreeView()
    view.setModel(model)
    view.setRootIsDecorated(False)
    view.setItemsExpandable(False)
    view.setUniformRowHeights(uniform_rows)
    view.setWordWrap(not uniform_rows)
    view.setAlternatingRowColors(True)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAccessibleName(accessible_name)
    return view
