"""File › Import annotations…: doccano, Label Studio, brat or W3C into a new or existing pack.

The dialog is thin: reading, mapping labels and building are ``spotit.interop.plan``
(the same code as ``spotit pack import``), run as an ``Operation`` while a busy bar
shows. Problems are one line naming the file.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from spotit.core.taxonomy import Category
from spotit.gui.interop_forms import (
    PACK_FILTER,
    OperationDialog,
    notes_model,
    path_row,
    show_error,
)
from spotit.gui.itemmodels import Column, RowsModel, rows_view
from spotit.gui.pack_picker import PackPicker
from spotit.gui.plain import plain_question
from spotit.gui.windows import resize_to_fit
from spotit.interop.formats import FORMATS, get_format
from spotit.interop.model import InputError, Parsed, Unplaced
from spotit.interop.packs import ImportResult
from spotit.interop.plan import (
    ImportRequest,
    LabelUse,
    ReadInputs,
    build_import,
    label_uses,
    pack_file,
    read_inputs,
    texts_from_rows,
)

OFFSET_CHOICES = (
    ("auto", "Automatic (recommended): code points, or UTF-16 where only that fits"),
    ("code-points", "Code points (Python, SpotIt)"),
    ("utf-16", "UTF-16 code units (JavaScript, Java)"),
)


def _shortened(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "…"


class LabelMappingDialog(QDialog):
    """Asks which of an existing pack's categories each unknown label becomes.

    Every label must be mapped: the import never drops an annotation silently.
    """

    def __init__(
        self, parsed: Parsed, labels: list[str], categories: list[Category], pack: Path, parent=None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Map labels to categories")
        self.labels = labels
        self.intro = intro = QLabel(
            f"<p><b>{len(labels)} label(s) fit none of the categories of {escape(pack.name)}.</b></p>"
            "<p>Each label must be mapped onto one of the pack's categories before the import "
            "can go on; nothing is dropped. (To keep a label as a category of its own, import "
            "into a new pack, or add the category in the pack editor first.)</p>"
        )
        intro.setWordWrap(True)
        self.model: RowsModel[LabelUse] = RowsModel(
            [
                Column("Label", lambda u: u.label),
                Column(
                    "Annotations",
                    lambda u: str(u.count),
                    sort=lambda u: u.count,
                    align=Qt.AlignmentFlag.AlignRight,
                ),
                Column(
                    "For example",
                    lambda u: f"“{_shortened(u.example)}”",
                    tooltip=lambda u: u.example,
                ),
                Column("Category", lambda u: ""),  # a combo box sits in this column
            ],
            self,
        )
        self.model.set_rows(label_uses(parsed, labels))
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName("Labels to map")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for column, mode in enumerate(
            (
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.ResizeToContents,
                QHeaderView.ResizeMode.Stretch,
                QHeaderView.ResizeMode.ResizeToContents,
            )
        ):
            header.setSectionResizeMode(column, mode)
        self.combos: dict[str, QComboBox] = {}
        for row, label in enumerate(labels):
            combo = QComboBox()
            combo.setAccessibleName(f"Category for the label {label}")
            combo.addItem("— choose a category —", None)
            for category in categories:
                combo.addItem(f"{category.name} ({category.id})", category.id)
            combo.currentIndexChanged.connect(self._update)
            self.table.setIndexWidget(self.model.index(row, 3), combo)
            self.combos[label] = combo
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText("Import with this mapping")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.missing = QLabel()
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.missing)
        layout.addWidget(self.buttons)
        self._update()
        resize_to_fit(self, 760, 380)
        if labels:
            self.combos[labels[0]].setFocus()

    def mapping(self) -> dict[str, str]:
        """Label -> category id for every label mapped so far."""
        return {
            label: combo.currentData()
            for label, combo in self.combos.items()
            if combo.currentData() is not None
        }

    def _update(self) -> None:
        left = len(self.labels) - len(self.mapping())
        self.ok_button.setEnabled(left == 0)
        self.missing.setText(
            f"Still to map: {left} label(s)." if left else "Every label has a category."
        )


class ImportDialog(OperationDialog):
    """Import annotated texts from another tool's format into a new or existing pack.

    ``packs`` are the packs open in the library as (title, file); ``open_pack`` is
    called with the written pack file when the author asks to open it.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        packs: list[tuple[str, Path]] | None = None,
        open_pack: Callable[[Path], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Import annotations")
        self.open_pack_callback = open_pack
        self.result_info: ImportResult | None = None
        self.mapping_dialog: LabelMappingDialog | None = None
        self._confirmed_out: Path | None = None
        self._out_follows_pack = True  # until the author picks the output file
        self._request: ImportRequest | None = None
        self._read: ReadInputs | None = None

        self.pages = QStackedWidget()
        self.pages.addWidget(self._build_form(packs or []))
        self.pages.addWidget(self._build_report())
        self.buttons = QDialogButtonBox()
        self.import_button = self.buttons.addButton(
            "&Import", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button = self.buttons.addButton(
            "&Open in library", QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.import_button.setDefault(True)
        self.import_button.clicked.connect(self.start_import)
        self.open_button.clicked.connect(self.open_in_library)
        self.close_button.clicked.connect(self.reject)
        self.open_button.hide()
        self.working_controls = [self.pages, self.import_button, self.close_button]
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self._format_changed()
        self._destination_changed()
        resize_to_fit(self, 820, 640)

    # -- building -------------------------------------------------------------------------
    def _build_form(self, packs: list[tuple[str, Path]]) -> QWidget:
        page = QWidget()
        form = QFormLayout()
        self.format_box = QComboBox()
        for fmt in FORMATS:
            self.format_box.addItem(fmt.label, fmt.name)
        self.format_box.currentIndexChanged.connect(self._format_changed)
        form.addRow("&Format:", self.format_box)

        self.input_list = QListWidget()
        self.input_list.setAccessibleName("Files to import")
        self.input_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.input_list.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.add_files_button = QPushButton("Add &files…")
        self.add_folder_button = QPushButton("Add f&older…")
        self.remove_input_button = QPushButton("&Remove")
        self.add_files_button.clicked.connect(self.choose_inputs)
        self.add_folder_button.clicked.connect(self.choose_input_folder)
        self.remove_input_button.clicked.connect(self._remove_inputs)
        inputs = QWidget()
        row = QHBoxLayout(inputs)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.input_list, 1)
        side = QVBoxLayout()
        for button in (self.add_files_button, self.add_folder_button, self.remove_input_button):
            side.addWidget(button)
        side.addStretch(1)
        row.addLayout(side)
        files_label = QLabel("Fi&les:")
        files_label.setBuddy(self.input_list)
        form.addRow(files_label, inputs)

        # Some formats' annotations do not carry their texts: a table of source -> text file.
        needing = ", ".join(f.title for f in FORMATS if f.needs_texts)
        self.texts_box = QGroupBox(f"Texts of the annotated documents ({needing} only)")
        texts_layout = QVBoxLayout(self.texts_box)
        hint = QLabel(
            "Give each source as the annotations' <tt>target.source</tt> names it. One file may "
            "leave the source empty: it is the text of the only source that has none otherwise. "
            "SpotIt's own W3C exports carry their texts."
        )
        hint.setWordWrap(True)
        # An editable form (the author types the sources), not a view of domain data.
        self.texts_table = QTableWidget(0, 2)
        self.texts_table.setHorizontalHeaderLabels(["Source (target.source)", "Text file"])
        self.texts_table.setAccessibleName("Text files for the W3C sources")
        self.texts_table.verticalHeader().hide()
        self.texts_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.texts_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.texts_table.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        self.add_text_button = QPushButton("Add &text file…")
        self.add_text_button.clicked.connect(self.choose_text_files)
        remove_text = QPushButton("Remove text")
        remove_text.clicked.connect(
            lambda: self.texts_table.removeRow(self.texts_table.currentRow())
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_text_button)
        buttons.addWidget(remove_text)
        buttons.addStretch(1)
        texts_layout.addWidget(hint)
        texts_layout.addWidget(self.texts_table)
        texts_layout.addLayout(buttons)

        destination = QGroupBox("Import into")
        dest = QFormLayout(destination)
        self.new_radio = QRadioButton("a &new pack")
        self.into_radio = QRadioButton("an &existing pack (its categories are kept)")
        self.new_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.new_radio)
        group.addButton(self.into_radio)
        self.new_radio.toggled.connect(self._destination_changed)
        dest.addRow(self.new_radio)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText("default: the file name")
        self.title_edit.setAccessibleName("Title of the new pack")
        dest.addRow("   Pack &title:", self.title_edit)
        dest.addRow(self.into_radio)
        self.pack_picker = PackPicker(packs, "Pack to import into", "Pack to import into")
        self.pack_box, self.other_pack_button = self.pack_picker.box, self.pack_picker.other
        self.pack_box.currentIndexChanged.connect(self._pack_changed)
        self.pack_picker.picked.connect(self._pack_changed)
        dest.addRow("   &Pack:", self.pack_picker)
        self.out_edit = QLineEdit()
        self.out_edit.setAccessibleName("Pack file to write")
        self.out_edit.textEdited.connect(self._out_edited)
        self.out_button = QPushButton("&Browse…")
        self.out_button.clicked.connect(self.choose_output)
        dest.addRow("&Write the pack to:", path_row(self.out_edit, self.out_button))
        self.out_note = QLabel()
        self.out_note.setWordWrap(True)
        dest.addRow(self.out_note)

        self.advanced_check = QCheckBox("Show &advanced options")
        self.advanced_box = QGroupBox("Advanced")
        adv = QFormLayout(self.advanced_box)
        self.offsets_box = QComboBox()
        for key, text in OFFSET_CHOICES:
            self.offsets_box.addItem(text, key)
        adv.addRow("Offsets &count:", self.offsets_box)
        self.advanced_box.setVisible(False)
        self.advanced_check.toggled.connect(self.advanced_box.setVisible)

        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addWidget(self.texts_box)
        layout.addWidget(destination)
        layout.addWidget(self.advanced_check)
        layout.addWidget(self.advanced_box)
        layout.addStretch(1)
        return page

    def _build_report(self) -> QWidget:
        page = QWidget()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.unplaced_label = QLabel()
        self.unplaced_label.setWordWrap(True)
        self.unplaced_model: RowsModel[Unplaced] = RowsModel(
            [
                Column("File and line (or record)", lambda u: u.where),
                Column("Label", lambda u: u.label),
                Column("Text", lambda u: u.text, tooltip=lambda u: u.text),
                Column("Why", lambda u: u.reason, tooltip=lambda u: u.reason),
            ],
            self,
        )
        self.unplaced_list = rows_view(
            self.unplaced_model, "Annotations not placed", uniform_rows=False
        )
        self.unplaced_list.header().setStretchLastSection(True)
        self.notes_label = QLabel("Notes:")
        self.notes_model = notes_model(self)
        self.notes_list = QListView()
        self.notes_list.setModel(self.notes_model)
        self.notes_list.setAccessibleName("Notes")
        self.notes_list.setWordWrap(True)
        self.notes_label.setBuddy(self.notes_list)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.unplaced_label)
        layout.addWidget(self.unplaced_list, 2)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.notes_list, 1)
        return page

    # -- form ---------------------------------------------------------------------------------
    @property
    def format(self) -> str:
        return self.format_box.currentData()

    def set_format(self, key: str) -> None:
        self.format_box.setCurrentIndex(self.format_box.findData(key))

    def inputs(self) -> list[Path]:
        return [Path(self.input_list.item(i).text()) for i in range(self.input_list.count())]

    def add_inputs(self, paths: list[Path]) -> None:
        present = set(self.inputs())
        for path in paths:
            if path not in present:
                self.input_list.addItem(str(path))
                present.add(path)

    def _remove_inputs(self) -> None:
        for item in self.input_list.selectedItems():
            self.input_list.takeItem(self.input_list.row(item))

    def _format_changed(self) -> None:
        fmt = get_format(self.format)
        self.add_folder_button.setEnabled(fmt.reads_folders)
        self.texts_box.setVisible(fmt.needs_texts)

    def _destination_changed(self) -> None:
        into = self.into_radio.isChecked()
        self.title_edit.setEnabled(not into)
        self.pack_picker.setEnabled(into)
        if into:
            self._pack_changed()
        else:
            self.out_note.setText("")

    def _pack_changed(self) -> None:
        pack = self.into_pack()
        if pack is None:
            self.out_note.setText("Choose the pack to import into.")
            return
        if self._out_follows_pack or not self.out_edit.text().strip():
            # Importing into a pack updates that pack unless the author chooses another file.
            self.out_edit.setText(str(pack))
        self.out_note.setText(
            "Writing to the pack's own file replaces it with the pack plus the imported "
            "articles; choose another file to keep the pack as it is."
        )

    def into_pack(self) -> Path | None:
        return self.pack_picker.path()

    def choose_inputs(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, "Files to import", "", f"{get_format(self.format).file_filter};;All files (*)"
        )
        self.add_inputs([Path(n) for n in names])

    def choose_input_folder(self) -> None:
        title = f"Folder of {get_format(self.format).files}"
        name = QFileDialog.getExistingDirectory(self, title)
        if name:
            self.add_inputs([Path(name)])

    def choose_text_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self, "Texts of the annotated documents", "", "Texts (*.txt);;All files (*)"
        )
        for name in names:
            self.add_text(Path(name))

    def add_text(self, path: Path, source: str = "") -> None:
        row = self.texts_table.rowCount()
        self.texts_table.insertRow(row)
        self.texts_table.setItem(row, 0, QTableWidgetItem(source))
        file_item = QTableWidgetItem(str(path))
        file_item.setFlags(file_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.texts_table.setItem(row, 1, file_item)

    def choose_into_pack(self) -> None:
        self.pack_picker.choose_other()

    def choose_output(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, "Write the pack to", self.out_edit.text(), PACK_FILTER
        )
        if not name:
            return
        out = pack_file(name)
        self.out_edit.setText(str(out))
        self._confirmed_out = out  # the save dialog already asked before replacing a file
        self._out_follows_pack = False

    def _out_edited(self, _text: str) -> None:
        self._confirmed_out = None
        self._out_follows_pack = False

    def _text_rows(self) -> list[tuple[str, Path]]:
        return [
            (self.texts_table.item(row, 0).text() or "", Path(self.texts_table.item(row, 1).text()))
            for row in range(self.texts_table.rowCount())
        ]

    def request(self) -> ImportRequest:
        """The import the form describes; InputError (one line) when something is missing."""
        inputs = self.inputs()
        if not inputs:
            raise InputError("add the files to import (Add files…)")
        into = self.into_pack() if self.into_radio.isChecked() else None
        if self.into_radio.isChecked() and into is None:
            raise InputError("choose the pack to import into")
        text = self.out_edit.text().strip()
        if not text:
            raise InputError("choose the pack file to write (Browse…)")
        needs_texts = get_format(self.format).needs_texts
        texts, default = texts_from_rows(self._text_rows()) if needs_texts else ({}, None)
        return ImportRequest(
            format=self.format,
            inputs=inputs,
            out=pack_file(text),
            into=into,
            offsets=self.offsets_box.currentData(),
            title=self.title_edit.text().strip() if into is None else "",
            texts=texts,
            default_text=default,
        )

    # -- importing ----------------------------------------------------------------------------
    def start_import(self) -> None:
        """Check the form, then read the inputs in the background."""
        try:
            request = self.request()
        except InputError as exc:
            show_error(self.error, str(exc))
            return
        replacing = request.out.exists() and request.out != request.into
        if replacing and request.out != self._confirmed_out:
            answer = plain_question(
                self, "Replace file?", f"{request.out} already exists. Replace it?"
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._request = request
        self.run_operation("Reading the files…", lambda: read_inputs(request), self._inputs_read)

    def _inputs_read(self, read: ReadInputs) -> None:
        self._read = read
        request = self._request
        if not read.unmapped or request is None or request.into is None:
            self._build({})
            return
        self.status.setText("Some labels need a category: map them to go on.")
        prompt = LabelMappingDialog(read.parsed, read.unmapped, read.categories, request.into, self)
        self.mapping_dialog = prompt
        prompt.accepted.connect(lambda: self._build(prompt.mapping()))
        prompt.rejected.connect(
            lambda: self.status.setText("Import cancelled: the labels were not mapped.")
        )
        prompt.open()

    def _build(self, mapping: dict[str, str]) -> None:
        request, read = self._request, self._read
        if request is None or read is None:
            return  # nothing was read: nothing to build
        self.run_operation(
            "Building the pack…", lambda: build_import(request, read, mapping), self._imported
        )

    def _imported(self, result: ImportResult) -> None:
        self.result_info = result
        self.status.setText("")
        verb = "Added" if self._request and self._request.into else "Imported"
        lines = [
            f"<p><b>{verb} {len(result.articles)} article(s) with {result.annotations} "
            f"annotation(s)</b> to {escape(str(result.path))}.</p>"
        ]
        if result.new_categories:
            names = ", ".join(escape(c.name) for c in result.new_categories)
            lines.append(f"<p>Categories: {names}</p>")
        self.summary.setText("".join(lines))
        self.unplaced_model.set_rows(result.unplaced)
        if result.unplaced:
            self.unplaced_label.setText(
                f"<b>⚠ {len(result.unplaced)} annotation(s) could not be placed</b> and are not "
                "in the pack. Each is listed with where it came from:"
            )
        else:
            self.unplaced_label.setText("✓ Every annotation was placed.")
        self.unplaced_list.setVisible(bool(result.unplaced))
        for column in range(3):
            self.unplaced_list.resizeColumnToContents(column)
        self.notes_model.set_rows(result.notes)
        self.notes_label.setVisible(bool(result.notes))
        self.notes_list.setVisible(bool(result.notes))
        self.pages.setCurrentIndex(1)
        self.import_button.hide()
        self.open_button.setVisible(self.open_pack_callback is not None)
        if self.open_pack_callback is not None:
            self.open_button.setDefault(True)
            self.open_button.setFocus()
        else:
            self.close_button.setFocus()

    def open_in_library(self) -> None:
        if self.result_info is not None and self.open_pack_callback is not None:
            self.open_pack_callback(self.result_info.path)
            self.accept()
