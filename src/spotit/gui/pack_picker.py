"""One pack picker for the import and export dialogs: the open packs, or another file."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QFileDialog, QHBoxLayout, QPushButton, QWidget

from spotit.gui.interop_forms import pack_filter


class PackPicker(QWidget):
    """The packs open in the library in a combo box, plus "Other pack file…" for one that is
    not open. ``picked`` is emitted when the author chose a file that way."""

    picked = Signal()

    def __init__(
        self,
        packs: list[tuple[str, Path]],
        accessible_name: str,
        title: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.title = title
        self.box = QComboBox()
        self.box.setAccessibleName(accessible_name)
        for name, path in packs:
            self.box.addItem(f"{name} — {path.name}", str(path))
        self.other = QPushButton(self.tr("Other pack &file…"))
        self.other.clicked.connect(self.choose_other)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.box, 1)
        layout.addWidget(self.other)

    def path(self) -> Path | None:
        """The chosen pack file, if any."""
        data = self.box.currentData()
        return Path(data) if data else None

    def add(self, path: Path) -> None:
        """Choose ``path``, adding it to the list if it is not there yet."""
        index = self.box.findData(str(path))
        if index < 0:
            self.box.addItem(path.name, str(path))
            index = self.box.count() - 1
        self.box.setCurrentIndex(index)

    def choose_other(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.title, "", pack_filter())
        if name:
            self.add(Path(name))
            self.picked.emit()
