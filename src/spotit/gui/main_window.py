"""The main window: the library of packs and their articles."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from spotit.store.pack import PACK_SUFFIX, Pack, PackError, open_pack

COLUMNS = ("Headline", "Outlet", "Kind", "Difficulty", "Red flags")


class MainWindow(QMainWindow):
    def __init__(self) -> None:
        super().__init__()
        self.setWindowTitle("SpotIt")
        self.resize(1100, 720)
        self.packs: list[Pack] = []
        self.model = QStandardItemModel(0, len(COLUMNS), self)
        self.model.setHorizontalHeaderLabels(COLUMNS)
        self.tree = QTreeView()
        self.tree.setModel(self.model)
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.tree.header().setStretchLastSection(False)
        self.tree.setAccessibleName("Library of packs and articles")
        self.status = QLabel()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addWidget(self.tree)
        layout.addWidget(self.status)
        self.setCentralWidget(central)
        open_action = QAction("&Open pack…", self)
        open_action.setShortcut(QKeySequence.StandardKey.Open)
        open_action.triggered.connect(self.choose_pack_file)
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu = self.menuBar().addMenu("&File")
        file_menu.addAction(open_action)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)

    def add_pack(self, path: Path) -> Pack:
        """Open a pack and list it; PackError propagates for the caller to show."""
        pack = open_pack(path)
        self.packs.append(pack)
        header = QStandardItem(f"{pack.meta.title} ({pack.meta.version})")
        header.setToolTip(pack.meta.training_notice)
        font = header.font()
        font.setBold(True)
        header.setFont(font)
        row = [header] + [QStandardItem("") for _ in COLUMNS[1:]]
        for summary in pack.articles():
            meta = summary.meta
            cells = [
                meta.headline,
                meta.outlet,
                meta.kind,
                str(meta.difficulty),
                str(summary.annotations),
            ]
            items = [QStandardItem(c) for c in cells]
            items[0].setData((pack.meta.id, meta.id), Qt.ItemDataRole.UserRole)
            for item in items:
                item.setEditable(False)
            header.appendRow(items)
        for item in row:
            item.setEditable(False)
        self.model.appendRow(row)
        self.tree.expandAll()
        for col in range(1, len(COLUMNS)):
            self.tree.resizeColumnToContents(col)
        count = sum(len(p.article_ids()) for p in self.packs)
        self.status.setText(f"{len(self.packs)} pack(s), {count} articles. {pack.meta.training_notice}")
        return pack

    def open_pack_file(self, path: Path) -> None:
        try:
            self.add_pack(path)
        except PackError as exc:
            QMessageBox.warning(self, "Cannot open pack", str(exc))

    def choose_pack_file(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, "Open pack", "", f"SpotIt packs (*{PACK_SUFFIX});;All files (*)"
        )
        if name:
            self.open_pack_file(Path(name))

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        for pack in self.packs:
            pack.close()
        super().closeEvent(event)
