"""A table model over plain rows: views show, sort and hand back the rows themselves."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QSortFilterProxyModel, Qt

from spotit.gui.itemmodels import Column, RowRole, RowsModel, SortRole
from spotit.gui.plain import plain_tooltip


@dataclass(frozen=True)
class Entry:
    title: str
    best: int | None


def model() -> RowsModel:
    return RowsModel(
        [
            Column("Title", lambda e: e.title, tooltip=lambda e: f"Open {e.title}"),
            Column(
                "Best",
                lambda e: "–" if e.best is None else str(e.best),
                sort=lambda e: -1 if e.best is None else e.best,
                accessible=lambda e: "not tried" if e.best is None else f"{e.best} out of 100",
                align=Qt.AlignmentFlag.AlignRight,
            ),
        ]
    )


def test_rows_headers_and_roles(qtmodeltester):
    m = model()
    m.set_rows([Entry("b", 9), Entry("a", None)])
    qtmodeltester.check(m)
    assert (m.rowCount(), m.columnCount()) == (2, 2)
    assert m.headerData(1, Qt.Orientation.Horizontal) == "Best"
    assert m.data(m.index(1, 1)) == "–"
    assert m.data(m.index(1, 1), Qt.ItemDataRole.AccessibleTextRole) == "not tried"
    # Tooltips are escaped rich text: a cell never draws the markup it holds.
    assert m.data(m.index(0, 0), Qt.ItemDataRole.ToolTipRole) == plain_tooltip("Open b")
    assert m.data(m.index(0, 1), RowRole) == Entry("b", 9)
    assert m.row(m.index(1, 0)) == Entry("a", None) and m.row(5) is None


def test_numbers_sort_as_numbers():
    m = model()
    m.set_rows([Entry("x", 10), Entry("y", 9), Entry("z", None)])
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(m)
    proxy.setSortRole(SortRole)
    proxy.sort(1)
    assert [proxy.data(proxy.index(r, 0)) for r in range(3)] == ["z", "y", "x"]


def test_update_row_changes_one_row_in_place():
    m = model()
    m.set_rows([Entry("x", 1), Entry("y", 2)])
    changed = []
    m.dataChanged.connect(lambda a, b: changed.append((a.row(), b.row(), b.column())))
    m.update_row(1, Entry("y", 80))
    assert m.data(m.index(1, 1)) == "80" and changed == [(1, 1, 1)]


def test_merging_rows_tells_views_only_what_changed(qtmodeltester):
    m = model()
    m.set_rows([Entry("a", 1), Entry("b", 2)])
    qtmodeltester.check(m)
    signals: list[str] = []
    m.modelReset.connect(lambda: signals.append("reset"))
    m.rowsInserted.connect(lambda _p, first, last: signals.append(f"inserted {first}-{last}"))
    m.dataChanged.connect(lambda top, bottom: signals.append(f"changed {top.row()}-{bottom.row()}"))
    title = lambda e: e.title  # noqa: E731

    m.merge_rows([Entry("a", 1), Entry("b", 2)], key=title)
    assert signals == []  # nothing changed: nothing to redraw
    m.merge_rows([Entry("a", 5), Entry("b", 2), Entry("c", None)], key=title)
    assert signals == ["changed 0-0", "inserted 2-2"]
    assert m.rows == [Entry("a", 5), Entry("b", 2), Entry("c", None)]
    signals.clear()
    # Rows gone or in another order: the view starts again.
    m.merge_rows([Entry("b", 2), Entry("a", 5)], key=title)
    assert signals == ["reset"] and m.rows == [Entry("b", 2), Entry("a", 5)]
    qtmodeltester.check(m)
