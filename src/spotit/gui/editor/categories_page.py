"""The Categories page: the pack's red-flag taxonomy, in palette order."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QColorDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from spotit.authoring.draft import PackDraft
from spotit.core.i18n import translate
from spotit.core.taxonomy import Category
from spotit.gui.editor.session import EditorSession
from spotit.gui.editor.widgets import TextArea, field_label, set_line_text
from spotit.gui.i18n import number
from spotit.gui.itemmodels import Column, RowsModel, rows_view
from spotit.gui.plain import Icon, choose_item, plain_label, plain_message, plain_title, set_plain
from spotit.gui.reader import swatch

#: One row of the table: (position in the palette, category, annotations using it).
CategoryRow = tuple[int, Category, int]


class CategoriesPage(QWidget):
    """List and details of the categories; every edit is an undoable change."""

    def __init__(self, session: EditorSession) -> None:
        super().__init__()
        self.session = session
        self.current: str | None = None
        self._quiet = False
        splitter = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(
            self.tr(
                "The palette learners flag with. The first nine categories get the number keys "
                "1–9, in this order."
            )
        )
        intro.setWordWrap(True)
        left_layout.addWidget(intro)
        self.rows = RowsModel(
            [
                Column(self.tr("Key"), lambda r: str(r[0] + 1) if r[0] < 9 else ""),
                Column(
                    self.tr("Name"),
                    lambda r: r[1].name,
                    tooltip=lambda r: r[1].description,
                    decoration=lambda r: swatch(r[1].color),
                ),
                Column(self.tr("Used by"), lambda r: number(r[2])),
                Column(self.tr("Id"), lambda r: r[1].id),
            ],
            parent=self,
        )
        self.table = rows_view(self.rows, self.tr("Categories"))
        self.table.setToolTip(self.tr("Alt+Up / Alt+Down move the category; Delete deletes it."))
        header = self.table.header()
        for column in (0, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.resizeSection(3, self.fontMetrics().horizontalAdvance("x" * 18))
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.installEventFilter(self)
        left_layout.addWidget(field_label(self.tr("Categorie&s"), self.table))
        left_layout.addWidget(self.table, 1)
        buttons = QGridLayout()
        self.add_button = QPushButton(self.tr("A&dd category"))
        self.add_button.clicked.connect(self.add_category)
        self.up_button = QPushButton(self.tr("Move &up"))
        self.up_button.clicked.connect(lambda: self.move_category(-1))
        self.down_button = QPushButton(self.tr("Move do&wn"))
        self.down_button.clicked.connect(lambda: self.move_category(1))
        self.delete_button = QPushButton(self.tr("De&lete…"))
        self.delete_button.clicked.connect(self.delete_category)
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
        self.name.setAccessibleName(self.tr("Category name"))
        self.name.textEdited.connect(lambda t: self._edited("name", t.strip()))
        self.category_id = QLineEdit()
        self.category_id.setAccessibleName(self.tr("Category id"))
        self.category_id.setToolTip(
            self.tr("Lower-case letters, digits and dashes. Changing it updates every annotation.")
        )
        self.category_id.editingFinished.connect(self._id_finished)
        self.id_note = plain_label()
        self.id_note.setWordWrap(True)
        self.description = TextArea(
            self.tr("Description"), self.tr("What this red flag is, in one sentence."), lines=4
        )
        self.description.setTabChangesFocus(True)
        self.description.textChanged.connect(
            lambda: self._edited("description", self.description.toPlainText().strip())
        )
        self.how_to_check = TextArea(
            self.tr("How to check"), self.tr("What a learner can do to check it."), lines=4
        )
        self.how_to_check.setTabChangesFocus(True)
        self.how_to_check.textChanged.connect(
            lambda: self._edited("how_to_check", self.how_to_check.toPlainText().strip())
        )
        colour_row = QHBoxLayout()
        self.colour_button = QPushButton(self.tr("C&olour…"))
        self.colour_button.clicked.connect(self.recolour_category)
        colour_row.addWidget(self.colour_button)
        colour_row.addStretch(1)
        form.addRow(self.tr("&Name"), self.name)
        form.addRow(self.tr("&Id"), self.category_id)
        form.addRow("", self.id_note)
        form.addRow(self.tr("Des&cription"), self.description)
        form.addRow(self.tr("How to chec&k"), self.how_to_check)
        form.addRow(self.tr("Colour"), colour_row)
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
        session.draft_changed.connect(self._draft_changed)

    def _draft_changed(self, old, focus, _typing: bool) -> None:
        # Uses are counted across articles: refreshed when the categories change or show.
        draft = self.session.draft
        if old is None or old.categories != draft.categories or self.isVisible():
            self.show_categories(draft, focus.category or self.current)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().showEvent(event)
        self.show_categories(self.session.draft, self.current)

    def widget_for(self, field: str) -> QWidget:
        """The field that edits ``field`` of a category (the table for anything else)."""
        return {
            "name": self.name,
            "id": self.category_id,
            "description": self.description,
            "how_to_check": self.how_to_check,
            "color": self.colour_button,
        }.get(field, self.table)

    def show_categories(self, draft: PackDraft, current: str | None) -> None:
        """The table of categories, with ``current`` (or the first) selected and shown."""
        self.current = current if draft.category(current or "") else None
        if self.current is None and draft.categories:
            self.current = draft.categories[0].id
        self._quiet = True
        try:
            self.rows.set_rows(
                [(n, c, draft.uses_of(c.id)) for n, c in enumerate(draft.categories)]
            )
            ids = [c.id for c in draft.categories]
            if self.current in ids:
                self.table.setCurrentIndex(self.rows.index(ids.index(self.current), 0))
        finally:
            self._quiet = False
        self.show_details(draft, draft.category(self.current or ""))

    def show_details(self, draft: PackDraft, category: Category | None) -> None:
        """The selected category's fields and how much it is used."""
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
        used = translate(
            "CategoriesPage", "Used by %n annotation(s) in {articles}.", "", uses
        ).format(articles=translate("CategoriesPage", "%n article(s)", "", articles))
        if position < 9:
            note = self.tr("Number key {key}. {used}").format(key=position + 1, used=used)
        else:
            note = self.tr("No number key (after the ninth). {used}").format(used=used)
        self.usage_note.setText(note)
        if self.name.text().strip() != category.name:
            set_line_text(self.name, category.name)
        if not self.category_id.hasFocus():
            set_line_text(self.category_id, category.id)
        if self.description.toPlainText().strip() != category.description:
            self.description.set_text_quietly(category.description)
        if self.how_to_check.toPlainText().strip() != category.how_to_check:
            self.how_to_check.set_text_quietly(category.how_to_check)
        self.colour_button.setText(self.tr("C&olour… {color}").format(color=category.color))
        self.colour_button.setIcon(swatch(category.color))

    def _edited(self, field: str, value: str) -> None:
        if self.current is not None:
            self.session.change_category(self.current, field, value)

    def _id_finished(self) -> None:
        if self.current is None:
            return
        wanted = self.category_id.text().strip()
        if wanted == self.current:
            self.id_note.setText("")
            return
        problem = self.session.rename_category_id(self.current, wanted)
        set_plain(self.id_note, f"⚠ {problem}" if problem else "")
        if problem:
            set_line_text(self.category_id, self.current)

    def _row_changed(self, index, _previous=None) -> None:
        row = self.rows.row(index)
        if row is not None and not self._quiet:
            self.current = row[1].id
            self.id_note.setText("")
            draft = self.session.draft
            self.show_details(draft, draft.category(self.current))

    # -- changing the palette ----------------------------------------------------------------
    def add_category(self) -> None:
        """Add a category and put the focus in its name."""
        category_id = self.session.add_category()
        self.show_categories(self.session.draft, category_id)
        self.name.setFocus()
        self.name.selectAll()

    def move_category(self, step: int) -> None:
        """Move the selected category ``step`` places in the palette."""
        if self.current is not None:
            self.session.move_category(self.current, step)

    def recolour_category(self) -> None:
        """Choose the selected category's colour."""
        category = self.session.draft.category(self.current or "")
        if category is None:
            return
        color = QColorDialog.getColor(
            QColor(category.color),
            self,
            self.tr("Colour of {category}").format(category=plain_title(category.name)),
        )
        if color.isValid():
            self.session.change_category(category.id, "color", color.name())

    def delete_category(self) -> None:
        """Delete the selected category; if annotations use it, ask where they go (or cancel)."""
        draft = self.session.draft
        category = draft.category(self.current or "")
        if category is None:
            return
        uses = draft.uses_of(category.id)
        move_to = None
        if uses:
            others = [c for c in draft.categories if c.id != category.id]
            if not others:
                plain_message(
                    self,
                    self.tr("Delete category"),
                    translate(
                        "CategoriesPage",
                        "%n annotation(s) use “{category}” and there is no other category "
                        "to move them to. Add one first.",
                        "",
                        uses,
                    ).format(category=category.name),
                    Icon.Information,
                )
                return
            choice = choose_item(
                self,
                self.tr("Delete category"),
                translate(
                    "CategoriesPage", "%n annotation(s) use “{category}”.\nMove them to:", "", uses
                ).format(category=category.name),
                [c.name for c in others],
            )
            if choice is None:
                return
            move_to = others[choice].id
        after = self.session.delete_category(category.id, move_to)
        self.show_categories(self.session.draft, after)
        if move_to:
            self.session.status.emit(
                translate(
                    "CategoriesPage", "Deleted “{category}”; its %n annotation(s) moved.", "", uses
                ).format(category=category.name)
            )

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if obj is self.table and event.type() == QEvent.Type.KeyPress:
            key, mods = event.key(), event.modifiers()
            if mods == Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.move_category(-1 if key == Qt.Key.Key_Up else 1)
                return True
            if mods == Qt.KeyboardModifier.NoModifier and key == Qt.Key.Key_Delete:
                self.delete_category()
                return True
            if mods == Qt.KeyboardModifier.NoModifier and key == Qt.Key.Key_Insert:
                self.add_category()
                return True
        return False
