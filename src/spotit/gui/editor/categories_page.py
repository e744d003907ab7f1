"""The Categories page: the pack's red-flag taxonomy, in palette order."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from spotit.authoring.draft import PackDraft
from spotit.core.taxonomy import Category
from spotit.gui.editor.widgets import TextArea, field_label, set_line_text
from spotit.gui.reader import swatch

if TYPE_CHECKING:
    from spotit.gui.editor.window import PackEditor


class CategoriesPage(QWidget):
    """List and details of the categories; every edit is an undoable change."""

    def __init__(self, editor: PackEditor) -> None:
        super().__init__()
        self.editor = editor
        self.current: str | None = None
        splitter = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(
            "The palette learners flag with. The first nine categories get the number keys "
            "1–9, in this order."
        )
        intro.setWordWrap(True)
        left_layout.addWidget(intro)
        self.table = QTreeWidget()
        self.table.setHeaderLabels(["Key", "Name", "Used by", "Id"])
        self.table.setRootIsDecorated(False)
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName("Categories")
        self.table.setToolTip("Alt+Up / Alt+Down move the category; Delete deletes it.")
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.header()
        for column in (0, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.resizeSection(3, self.fontMetrics().horizontalAdvance("x" * 18))
        self.table.currentItemChanged.connect(self._row_changed)
        self.table.installEventFilter(self)
        left_layout.addWidget(field_label("Categorie&s", self.table))
        left_layout.addWidget(self.table, 1)
        buttons = QGridLayout()
        self.add_button = QPushButton("A&dd category")
        self.add_button.clicked.connect(editor.add_category)
        self.up_button = QPushButton("Move &up")
        self.up_button.clicked.connect(lambda: editor.move_category(-1))
        self.down_button = QPushButton("Move do&wn")
        self.down_button.clicked.connect(lambda: editor.move_category(1))
        self.delete_button = QPushButton("De&lete…")
        self.delete_button.clicked.connect(editor.delete_category)
        for n, button in enumerate(
            (self.add_button, self.up_button, self.down_button, self.delete_button)
        ):
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            buttons.addWidget(button, n // 2, n % 2)
        left_layout.addLayout(buttons)
        splitter.addWidget(left)

        right = QWidget()
        form = QFormLayout(right)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = QLineEdit()
        self.name.setAccessibleName("Category name")
        self.name.textEdited.connect(lambda t: self._edited("name", t.strip()))
        self.category_id = QLineEdit()
        self.category_id.setAccessibleName("Category id")
        self.category_id.setToolTip(
            "Lower-case letters, digits and dashes. Changing it updates every annotation."
        )
        self.category_id.editingFinished.connect(self._id_finished)
        self.id_note = QLabel()
        self.id_note.setWordWrap(True)
        self.description = TextArea(
            "Description", "What this red flag is, in one sentence.", lines=4
        )
        self.description.setTabChangesFocus(True)
        self.description.textChanged.connect(
            lambda: self._edited("description", self.description.toPlainText().strip())
        )
        self.how_to_check = TextArea("How to check", "What a learner can do to check it.", lines=4)
        self.how_to_check.setTabChangesFocus(True)
        self.how_to_check.textChanged.connect(
            lambda: self._edited("how_to_check", self.how_to_check.toPlainText().strip())
        )
        colour_row = QHBoxLayout()
        self.colour_button = QPushButton("C&olour…")
        self.colour_button.clicked.connect(editor.recolour_category)
        colour_row.addWidget(self.colour_button)
        colour_row.addStretch(1)
        form.addRow("&Name", self.name)
        form.addRow("&Id", self.category_id)
        form.addRow("", self.id_note)
        form.addRow("Des&cription", self.description)
        form.addRow("How to chec&k", self.how_to_check)
        form.addRow("Colour", colour_row)
        self.usage_note = QLabel()
        self.usage_note.setWordWrap(True)
        form.addRow("", self.usage_note)
        self.details = right
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)

    def widget_for(self, field: str) -> QWidget:
        return {
            "name": self.name,
            "id": self.category_id,
            "description": self.description,
            "how_to_check": self.how_to_check,
            "color": self.colour_button,
        }.get(field, self.table)

    def show_categories(self, draft: PackDraft, current: str | None) -> None:
        self.current = current if draft.category(current or "") else None
        if self.current is None and draft.categories:
            self.current = draft.categories[0].id
        blocked = self.table.blockSignals(True)
        self.table.clear()
        for n, category in enumerate(draft.categories):
            uses = draft.uses_of(category.id)
            item = QTreeWidgetItem(
                [str(n + 1) if n < 9 else "", category.name, str(uses), category.id]
            )
            item.setIcon(1, swatch(category.color))
            item.setData(0, Qt.ItemDataRole.UserRole, category.id)
            item.setToolTip(1, category.description)
            self.table.addTopLevelItem(item)
            if category.id == self.current:
                self.table.setCurrentItem(item)
        self.table.blockSignals(blocked)
        self.show_details(draft, draft.category(self.current or ""))

    def show_details(self, draft: PackDraft, category: Category | None) -> None:
        self.details.setEnabled(category is not None)
        for button in (self.up_button, self.down_button, self.delete_button):
            button.setEnabled(category is not None)
        if category is None:
            self.usage_note.setText("")
            return
        position = draft.categories.index(category)
        uses = draft.uses_of(category.id)
        articles = sum(
            1 for a in draft.articles if any(n.category == category.id for n in a.annotations)
        )
        key = (
            f"Number key {position + 1}. " if position < 9 else "No number key (after the ninth). "
        )
        self.usage_note.setText(f"{key}Used by {uses} annotation(s) in {articles} article(s).")
        if self.name.text().strip() != category.name:
            set_line_text(self.name, category.name)
        if not self.category_id.hasFocus():
            set_line_text(self.category_id, category.id)
        if self.description.toPlainText().strip() != category.description:
            self.description.set_text_quietly(category.description)
        if self.how_to_check.toPlainText().strip() != category.how_to_check:
            self.how_to_check.set_text_quietly(category.how_to_check)
        self.colour_button.setText(f"C&olour… {category.color}")
        self.colour_button.setIcon(swatch(category.color))

    def _edited(self, field: str, value: str) -> None:
        if self.current is not None:
            self.editor.change_category(self.current, field, value)

    def _id_finished(self) -> None:
        if self.current is None:
            return
        wanted = self.category_id.text().strip()
        if wanted == self.current:
            self.id_note.setText("")
            return
        problem = self.editor.rename_category_id(self.current, wanted)
        self.id_note.setText(f"⚠ {problem}" if problem else "")
        if problem:
            set_line_text(self.category_id, self.current)

    def _row_changed(self, item: QTreeWidgetItem | None, _previous=None) -> None:
        if item is not None:
            self.current = item.data(0, Qt.ItemDataRole.UserRole)
            self.id_note.setText("")
            self.show_details(self.editor.draft, self.editor.draft.category(self.current))

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if obj is self.table and event.type() == QEvent.Type.KeyPress:
            key, mods = event.key(), event.modifiers()
            if mods == Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.editor.move_category(-1 if key == Qt.Key.Key_Up else 1)
                return True
            if mods == Qt.KeyboardModifier.NoModifier and key == Qt.Key.Key_Delete:
                self.editor.delete_category()
                return True
            if mods == Qt.KeyboardModifier.NoModifier and key == Qt.Key.Key_Insert:
                self.editor.add_category()
                return True
        return False
