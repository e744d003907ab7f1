"""File › Import annotations…: doccano, Label Studio, brat or W3C into a new or existing pack.

Three steps: the form; the labels (each label's category, with a preview of the
categories and a sample article rendered as the pack will hold it); the report (what
was imported, skipped, not placed, and the notes). The dialog is thin: reading,
planning the categories and building are ``spotit.interop.plan`` (the same code as
``spotit pack import``, so a mapping chosen here makes the pack ``--map`` and ``--new``
make), run as an ``Operation`` while a busy bar shows. Problems are one line naming
the file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
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
    QScrollArea,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from spotit.content.source import SourceArticle
from spotit.core.i18n import QT_TRANSLATE_NOOP, translate
from spotit.core.taxonomy import DEFAULT_TAXONOMY, Category
from spotit.core.textpos import Utf16Map
from spotit.gui.document import build_document
from spotit.gui.i18n import number
from spotit.gui.interop_forms import (
    OperationDialog,
    format_file_filter,
    format_label,
    notes_model,
    pack_filter,
    path_row,
    show_error,
)
from spotit.gui.itemmodels import Column, RowsModel, rows_view
from spotit.gui.marks import highlight_format
from spotit.gui.pack_picker import PackPicker
from spotit.gui.plain import (
    escape,
    plain_label,
    plain_question,
    set_plain,
    set_plain_tooltip,
)
from spotit.gui.windows import resize_to_fit
from spotit.interop.formats import FORMATS, get_format
from spotit.interop.model import MAX_LABEL_CHARS, InputError, Unplaced
from spotit.interop.packs import ImportResult, readable_name
from spotit.interop.plan import (
    ImportRequest,
    LabelUse,
    ReadInputs,
    build_import,
    category_choices,
    pack_file,
    planned_categories,
    read_inputs,
    sample_article,
    texts_from_rows,
)
from spotit.store.pack import MAX_FIELD_CHARS

OFFSET_CHOICES = (
    (
        "auto",
        QT_TRANSLATE_NOOP(
            "ImportDialog", "Automatic (recommended): code points, or UTF-16 where only that fits"
        ),
    ),
    ("code-points", QT_TRANSLATE_NOOP("ImportDialog", "Code points (Python, SpotIt)")),
    ("utf-16", QT_TRANSLATE_NOOP("ImportDialog", "UTF-16 code units (JavaScript, Java)")),
)


def _shortened(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "…"


#: The category choice that makes a category of the label's own.
NEW_CATEGORY = ""


@dataclass
class LabelRow:
    """One label's row in the mapping step: the category it becomes, and a new one's name."""

    use: LabelUse
    combo: QComboBox
    name_edit: QLineEdit
    default_name: str = ""  # the name the import gives the new category unless edited


@dataclass(frozen=True)
class PlannedLabel:
    """A row of the preview: a label and the category its annotations will have."""

    label: str
    count: int
    category: Category | None
    new: bool


@dataclass(frozen=True)
class SampleFlag:
    """A red flag of the sample article, as the import will make it."""

    quote: str
    label: str
    category: Category | None


def _category_text(category: Category | None) -> str:
    if category is None:
        return translate("ImportDialog", "— not mapped yet —")
    return f"{category.name} ({category.id})"


class ImportDialog(OperationDialog):
    """Import annotated texts from another tool's format into a new or existing pack.

    Three steps: the form (files, format, destination, training notice), the labels
    (each label's category, with a preview of the categories and a sample article), and
    the report. ``packs`` are the packs open in the library as (title, file);
    ``open_pack`` is called with the written pack file when the author asks to open it.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        packs: list[tuple[str, Path]] | None = None,
        open_pack: Callable[[Path], object] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import annotations"))
        self.open_pack_callback = open_pack
        self.result_info: ImportResult | None = None
        self._confirmed_out: Path | None = None
        self._out_follows_pack = True  # until the author picks the output file
        self._request: ImportRequest | None = None
        self._read: ReadInputs | None = None
        self.label_rows: dict[str, LabelRow] = {}
        self.planned: dict[str, Category | None] = {}
        self.sample: SourceArticle | None = None
        self._sample_wanted = 0  # the document the sample shows (a later pick wins)
        self._sample_doc: QTextDocument | None = None

        self.pages = QStackedWidget()
        self.form_page = self._build_form(packs or [])
        self.labels_page = self._build_labels()
        self.report_page = self._build_report()
        for page in (self.form_page, self.labels_page, self.report_page):
            self.pages.addWidget(page)
        self.buttons = QDialogButtonBox()
        self.back_button = self.buttons.addButton(
            self.tr("‹ &Back"), QDialogButtonBox.ButtonRole.ResetRole
        )
        self.next_button = self.buttons.addButton(
            self.tr("Choose &categories ›"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button = self.buttons.addButton(
            self.tr("&Open in library"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.next_button.clicked.connect(self.start_import)
        self.back_button.clicked.connect(self.go_back)
        self.import_button.clicked.connect(self.finish_import)
        self.open_button.clicked.connect(self.open_in_library)
        self.close_button.clicked.connect(self.reject)
        self.working_controls = [
            self.pages,
            self.back_button,
            self.next_button,
            self.import_button,
            self.close_button,
        ]
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(self.busy)
        layout.addWidget(self.buttons)
        self._format_changed()
        self._destination_changed()
        self._show_page(self.form_page)
        # Sized in lines of text, so that a larger text size gets a larger window.
        line = self.fontMetrics().height()
        resize_to_fit(self, line * 64, line * 50)

    # -- building -------------------------------------------------------------------------
    def _build_form(self, packs: list[tuple[str, Path]]) -> QWidget:
        page = QWidget()
        form = QFormLayout()
        self.format_box = QComboBox()
        for fmt in FORMATS:
            self.format_box.addItem(format_label(fmt), fmt.name)
        self.format_box.currentIndexChanged.connect(self._format_changed)
        form.addRow(self.tr("&Format:"), self.format_box)

        self.input_list = QListWidget()
        self.input_list.setAccessibleName(self.tr("Files to import"))
        self.input_list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.input_list.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.add_files_button = QPushButton(self.tr("Add &files…"))
        self.add_folder_button = QPushButton(self.tr("Add f&older…"))
        self.remove_input_button = QPushButton(self.tr("&Remove"))
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
        files_label = QLabel(self.tr("Fi&les:"))
        files_label.setBuddy(self.input_list)
        form.addRow(files_label, inputs)

        # Some formats' annotations do not carry their texts: a table of source -> text file.
        needing = ", ".join(f.title for f in FORMATS if f.needs_texts)
        self.texts_box = QGroupBox(
            self.tr("Texts of the annotated documents ({formats} only)").format(formats=needing)
        )
        texts_layout = QVBoxLayout(self.texts_box)
        hint = QLabel(
            self.tr(
                "Give each source as the annotations' <tt>target.source</tt> names it. One file "
                "may leave the source empty: it is the text of the only source that has none "
                "otherwise. SpotIt's own W3C exports carry their texts."
            )
        )
        hint.setWordWrap(True)
        # An editable form (the author types the sources), not a view of domain data.
        self.texts_table = QTableWidget(0, 2)
        self.texts_table.setHorizontalHeaderLabels(
            [self.tr("Source (target.source)"), self.tr("Text file")]
        )
        self.texts_table.setAccessibleName(self.tr("Text files for the W3C sources"))
        self.texts_table.verticalHeader().hide()
        self.texts_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.texts_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.texts_table.setMaximumHeight(self.fontMetrics().lineSpacing() * 6)
        self.add_text_button = QPushButton(self.tr("Add &text file…"))
        self.add_text_button.clicked.connect(self.choose_text_files)
        remove_text = QPushButton(self.tr("Remove text"))
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

        destination = QGroupBox(self.tr("Import into"))
        dest = QFormLayout(destination)
        self.new_radio = QRadioButton(self.tr("a &new pack"))
        self.into_radio = QRadioButton(self.tr("an &existing pack (its categories are kept)"))
        self.new_radio.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.new_radio)
        group.addButton(self.into_radio)
        self.new_radio.toggled.connect(self._destination_changed)
        dest.addRow(self.new_radio)
        self.title_edit = QLineEdit()
        self.title_edit.setPlaceholderText(self.tr("default: the file name"))
        self.title_edit.setAccessibleName(self.tr("Title of the new pack"))
        dest.addRow(self.tr("   Pack &title:"), self.title_edit)
        dest.addRow(self.into_radio)
        self.pack_picker = PackPicker(
            packs, self.tr("Pack to import into"), self.tr("Pack to import into")
        )
        self.pack_box, self.other_pack_button = self.pack_picker.box, self.pack_picker.other
        self.pack_box.currentIndexChanged.connect(self._pack_changed)
        self.pack_picker.picked.connect(self._pack_changed)
        dest.addRow(self.tr("   &Pack:"), self.pack_picker)
        self.out_edit = QLineEdit()
        self.out_edit.setAccessibleName(self.tr("Pack file to write"))
        self.out_edit.textEdited.connect(self._out_edited)
        self.out_button = QPushButton(self.tr("&Browse…"))
        self.out_button.clicked.connect(self.choose_output)
        dest.addRow(self.tr("&Write the pack to:"), path_row(self.out_edit, self.out_button))
        self.out_note = QLabel()
        self.out_note.setWordWrap(True)
        dest.addRow(self.out_note)

        # A false provenance label misleads more than none: empty unless the author writes one.
        self.notice_edit = QLineEdit()
        self.notice_edit.setMaxLength(MAX_FIELD_CHARS)
        self.notice_edit.setAccessibleName(self.tr("Training notice"))
        notice_label = QLabel(self.tr("Trainin&g notice:"))
        notice_label.setBuddy(self.notice_edit)
        dest.addRow(notice_label, self.notice_edit)
        self.notice_hint = QLabel()
        self.notice_hint.setWordWrap(True)
        dest.addRow(self.notice_hint)

        self.advanced_check = QCheckBox(self.tr("Show &advanced options"))
        self.advanced_box = QGroupBox(self.tr("Advanced"))
        adv = QFormLayout(self.advanced_box)
        self.offsets_box = QComboBox()
        for key, text in OFFSET_CHOICES:
            self.offsets_box.addItem(translate("ImportDialog", text), key)
        adv.addRow(self.tr("Offsets co&unt:"), self.offsets_box)
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
        return _scrolling(page)

    def _build_labels(self) -> QWidget:
        page = QWidget()
        self.labels_intro = QLabel()
        self.labels_intro.setWordWrap(True)
        mapping_box = QGroupBox(self.tr("&Labels and the categories they become"))
        self.label_grid_host = QWidget()
        self.label_grid = QGridLayout(self.label_grid_host)
        self.label_scroll = QScrollArea()
        self.label_scroll.setWidgetResizable(True)
        self.label_scroll.setWidget(self.label_grid_host)
        self.label_scroll.setFrameShape(QFrame.Shape.NoFrame)
        QVBoxLayout(mapping_box).addWidget(self.label_scroll)
        self.mapping_note = QLabel()
        self.mapping_note.setWordWrap(True)

        preview = QGroupBox(self.tr("Pre&view: what the import will make"))
        self.plan_model: RowsModel[PlannedLabel] = RowsModel(
            [
                Column(self.tr("Label"), lambda p: p.label, tooltip=lambda p: p.label),
                Column(
                    self.tr("Uses"),
                    lambda p: number(p.count),
                    sort=lambda p: p.count,
                    align=Qt.AlignmentFlag.AlignRight,
                ),
                Column(
                    self.tr("Becomes"),
                    lambda p: p.category.name if p.category else _category_text(None),
                    tooltip=lambda p: _category_text(p.category),
                    decoration=lambda p: QColor(p.category.color) if p.category else None,
                ),
                Column(self.tr("Kind"), lambda p: _kind(p, self._request)),
            ],
            self,
        )
        self.plan_view = rows_view(self.plan_model, self.tr("Categories after the import"))
        self.sample_box = QComboBox()
        self.sample_box.setAccessibleName(self.tr("Sample article"))
        self.sample_box.currentIndexChanged.connect(self._sample_chosen)
        sample_label = QLabel(self.tr("Sample a&rticle:"))
        sample_label.setBuddy(self.sample_box)
        self.sample_view = QTextEdit()
        self.sample_view.setReadOnly(True)
        self.sample_view.setAccessibleName(self.tr("The sample article with its red flags marked"))
        self.sample_view.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByKeyboard
            | Qt.TextInteractionFlag.TextSelectableByMouse
        )
        self.sample_note = plain_label()
        self.sample_note.setWordWrap(True)
        self.sample_flags_model: RowsModel[SampleFlag] = RowsModel(
            [
                Column(
                    self.tr("Red flag"),
                    lambda f: _quoted(_shortened(f.quote)),
                    tooltip=lambda f: f.quote,
                ),
                Column(self.tr("Label"), lambda f: f.label, tooltip=lambda f: f.label),
                Column(
                    self.tr("Category"),
                    lambda f: _category_text(f.category),
                    decoration=lambda f: QColor(f.category.color) if f.category else None,
                ),
            ],
            self,
        )
        self.sample_flags = rows_view(
            self.sample_flags_model, self.tr("Red flags of the sample article")
        )
        sample_row = QHBoxLayout()
        sample_row.addWidget(sample_label)
        sample_row.addWidget(self.sample_box, 1)
        left = QVBoxLayout()
        left.addWidget(self.plan_view)
        right = QVBoxLayout()
        right.addLayout(sample_row)
        right.addWidget(self.sample_view, 3)
        right.addWidget(self.sample_note)
        right.addWidget(self.sample_flags, 2)
        columns = QHBoxLayout(preview)
        columns.addLayout(left, 1)
        columns.addLayout(right, 1)

        # At large text sizes the page outgrows a laptop screen: it scrolls, and each part
        # keeps room for a few lines rather than shrinking to nothing.
        lines = self.fontMetrics().lineSpacing()
        self.label_scroll.setMinimumHeight(lines * 5)
        self.plan_view.setMinimumHeight(lines * 5)
        self.sample_view.setMinimumHeight(lines * 7)
        self.sample_flags.setMinimumHeight(lines * 5)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.labels_intro)
        layout.addWidget(mapping_box, 2)
        layout.addWidget(self.mapping_note)
        layout.addWidget(preview, 3)
        return _scrolling(page)

    def _build_report(self) -> QWidget:
        page = QWidget()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.skipped_label = plain_label()
        self.skipped_label.setWordWrap(True)
        self.skipped_model = notes_model(self)
        self.skipped_list = QListView()
        self.skipped_list.setModel(self.skipped_model)
        self.skipped_list.setAccessibleName(self.tr("Files and texts not imported"))
        self.skipped_list.setWordWrap(True)
        self.unplaced_label = QLabel()
        self.unplaced_label.setWordWrap(True)
        self.unplaced_model: RowsModel[Unplaced] = RowsModel(
            [
                Column(self.tr("File and line (or record)"), lambda u: u.where),
                Column(self.tr("Label"), lambda u: u.label),
                Column(self.tr("Text"), lambda u: u.text, tooltip=lambda u: u.text),
                Column(self.tr("Why"), lambda u: u.reason, tooltip=lambda u: u.reason),
            ],
            self,
        )
        self.unplaced_list = rows_view(
            self.unplaced_model, self.tr("Annotations not placed"), uniform_rows=False
        )
        self.unplaced_list.header().setStretchLastSection(True)
        self.notes_label = QLabel(self.tr("Notes:"))
        self.notes_model = notes_model(self)
        self.notes_list = QListView()
        self.notes_list.setModel(self.notes_model)
        self.notes_list.setAccessibleName(self.tr("Notes"))
        self.notes_list.setWordWrap(True)
        self.notes_label.setBuddy(self.notes_list)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.skipped_label)
        layout.addWidget(self.skipped_list, 1)
        layout.addWidget(self.unplaced_label)
        layout.addWidget(self.unplaced_list, 2)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.notes_list, 1)
        return page

    def _show_page(self, page: QWidget) -> None:
        self.pages.setCurrentWidget(page)
        on_form, on_labels = page is self.form_page, page is self.labels_page
        self.next_button.setVisible(on_form)
        self.back_button.setVisible(on_labels)
        self.import_button.setVisible(on_labels)
        (self.next_button if on_form else self.import_button).setDefault(True)
        self.open_button.setVisible(
            page is self.report_page and self.open_pack_callback is not None
        )

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
            self.notice_edit.setPlaceholderText(self.tr("empty: the pack keeps its own notice"))
            self.notice_hint.setText(
                self.tr(
                    "Learners see the notice above every article. Left empty, the pack keeps its "
                    "own: check that it holds for the imported texts too."
                )
            )
            self._pack_changed()
        else:
            self.notice_edit.setPlaceholderText(self.tr("empty: no notice"))
            self.notice_hint.setText(
                self.tr(
                    "Learners see it above every article, e.g. “Real news stories from the X "
                    "corpus”. Leave it empty unless you know where the texts come from: a wrong "
                    "notice (say, “every article is invented” over real news) misleads learners."
                )
            )
            self.out_note.setText("")

    def _pack_changed(self) -> None:
        pack = self.into_pack()
        if pack is None:
            self.out_note.setText(self.tr("Choose the pack to import into."))
            return
        if self._out_follows_pack or not self.out_edit.text().strip():
            # Importing into a pack updates that pack unless the author chooses another file.
            self.out_edit.setText(str(pack))
        self.out_note.setText(
            self.tr(
                "Writing to the pack's own file replaces it with the pack plus the imported "
                "articles; choose another file to keep the pack as it is."
            )
        )

    def into_pack(self) -> Path | None:
        return self.pack_picker.path()

    def choose_inputs(self) -> None:
        filters = self.tr("{format_files};;All files (*)").format(
            format_files=format_file_filter(get_format(self.format))
        )
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Files to import"), "", filters)
        self.add_inputs([Path(n) for n in names])

    def choose_input_folder(self) -> None:
        files = translate("Format", get_format(self.format).files)
        title = self.tr("Folder of {files}").format(files=files)
        name = QFileDialog.getExistingDirectory(self, title)
        if name:
            self.add_inputs([Path(name)])

    def choose_text_files(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Texts of the annotated documents"),
            "",
            self.tr("Texts (*.txt);;All files (*)"),
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
            self, self.tr("Write the pack to"), self.out_edit.text(), pack_filter()
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
            raise InputError(self.tr("add the files to import (Add files…)"))
        into = self.into_pack() if self.into_radio.isChecked() else None
        if self.into_radio.isChecked() and into is None:
            raise InputError(self.tr("choose the pack to import into"))
        text = self.out_edit.text().strip()
        if not text:
            raise InputError(self.tr("choose the pack file to write (Browse…)"))
        needs_texts = get_format(self.format).needs_texts
        texts, default = texts_from_rows(self._text_rows()) if needs_texts else ({}, None)
        notice = self.notice_edit.text().strip()
        return ImportRequest(
            format=self.format,
            inputs=inputs,
            out=pack_file(text),
            into=into,
            offsets=self.offsets_box.currentData(),
            title=self.title_edit.text().strip() if into is None else "",
            texts=texts,
            default_text=default,
            # A new pack has no notice unless one is written; an existing one keeps its own.
            notice=notice if notice or into is None else None,
        )

    # -- reading, then the labels -------------------------------------------------------------
    def start_import(self) -> None:
        """Check the form, then read the inputs in the background and show their labels."""
        try:
            request = self.request()
        except InputError as exc:
            show_error(self.error, str(exc))
            return
        replacing = request.out.exists() and request.out != request.into
        if replacing and request.out != self._confirmed_out:
            answer = plain_question(
                self,
                self.tr("Replace file?"),
                self.tr("{path} already exists. Replace it?").format(path=request.out),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
            self._confirmed_out = request.out
        self._request = request
        fmt = get_format(request.format).name

        def work() -> tuple[ReadInputs, SourceArticle | None]:
            read = read_inputs(request)
            return read, sample_article(read, _first_flagged(read), fmt)

        self.run_operation(self.tr("Reading the files…"), work, self._inputs_read)

    def _inputs_read(self, got: tuple[ReadInputs, SourceArticle | None]) -> None:
        read, sample = got
        self._read = read
        self.status.setText("")
        self._fill_labels(read)
        docs = read.parsed.documents
        self.sample_box.blockSignals(True)
        self.sample_box.clear()
        for doc in docs:
            title = _shortened(doc.title or doc.text.strip().split("\n", 1)[0] or doc.key, 50)
            spans = len(doc.spans)
            shown = translate("ImportDialog", "{title} (%n annotation(s))", "", spans)
            self.sample_box.addItem(shown.format(title=title))
        self._sample_wanted = _first_flagged(read)
        self.sample_box.setCurrentIndex(self._sample_wanted)
        self.sample_box.blockSignals(False)
        self._show_sample(sample)
        self._show_page(self.labels_page)
        first = next(iter(self.label_rows.values()), None)
        (first.combo if first else self.import_button).setFocus()

    def _fill_labels(self, read: ReadInputs) -> None:
        request = self._request
        assert request is not None
        while self.label_grid.count():
            item = self.label_grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.label_rows = {}
        docs, uses = read.parsed.documents, read.labels
        spans = sum(u.count for u in uses)
        into = request.into
        counts = self.tr("{articles} with {annotations} using {labels}.").format(
            articles=_articles(len(docs)),
            annotations=_annotations(spans),
            labels=_labels(len(uses)),
        )
        if into:
            intro = self.tr(
                "<p><b>{counts}</b> Choose the category each label becomes in the categories of "
                "{pack}; the preview below shows the result before anything is written.</p>"
            ).format(counts=counts, pack=escape(into.name))
        else:
            intro = self.tr(
                "<p><b>{counts}</b> Choose the category each label becomes in a new pack; the "
                "preview below shows the result before anything is written.</p>"
            ).format(counts=counts)
        self.labels_intro.setText(intro)
        headers = (
            self.tr("Label"),
            self.tr("Uses"),
            self.tr("For example"),
            self.tr("Category"),
            self.tr("Name"),
        )
        for column, header in enumerate(headers):
            head = QLabel(self.tr("<b>{header}</b>").format(header=header))
            self.label_grid.addWidget(head, 0, column)
        if not uses:
            none = QLabel(
                self.tr(
                    "No annotations: the texts are imported as articles without red flags "
                    "(credible ones)."
                )
            )
            none.setWordWrap(True)
            self.label_grid.addWidget(none, 1, 0, 1, 5)
        choices = category_choices(read)
        planned = planned_categories(request, read, {})
        for row, use in enumerate(uses, 1):
            combo = QComboBox()
            combo.setAccessibleName(
                self.tr("Category for the label {label}").format(label=use.label)
            )
            # Long category names would push the name field off a small screen.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(18)
            if into is not None:  # an unfitting label is chosen for, never guessed
                combo.addItem(self.tr("— choose a category —"), None)
            combo.addItem(self.tr("New category"), NEW_CATEGORY)
            for category in choices:
                combo.addItem(f"{category.name} ({category.id})", category.id)
            target = planned.get(use.label)
            is_new = into is None and not _is_default(target, use.label)
            found = -1 if is_new or target is None else combo.findData(target.id)
            combo.setCurrentIndex(max(found, 0))  # else the first: new, or "choose"
            name_edit = QLineEdit()
            name_edit.setAccessibleName(
                self.tr("Name of the new category for the label {label}").format(label=use.label)
            )
            name_edit.setMaxLength(MAX_LABEL_CHARS)
            default_name = target.name if is_new and target is not None else ""
            name_edit.setText(default_name)
            name_edit.setPlaceholderText(readable_name(use.label))
            label = plain_label(_shortened(use.label, 40))
            set_plain_tooltip(label, use.label)
            example = plain_label(_quoted(_shortened(use.example, 30)))
            set_plain_tooltip(example, use.example)
            count = plain_label(number(use.count))
            count.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            for column, widget in enumerate((label, count, example, combo, name_edit)):
                self.label_grid.addWidget(widget, row, column)
            label_row = LabelRow(use, combo, name_edit, default_name)
            self.label_rows[use.label] = label_row
            combo.currentIndexChanged.connect(lambda _i, r=label_row: self._choice_changed(r))
            name_edit.textChanged.connect(self._mapping_changed)
        for column, stretch in ((2, 1), (3, 2), (4, 2)):
            self.label_grid.setColumnStretch(column, stretch)
        self.label_grid.setRowStretch(len(uses) + 1, 1)
        # Tab goes along each row, then down: category, then the new category's name.
        previous: QWidget | None = None
        for label_row in self.label_rows.values():
            for widget in (label_row.combo, label_row.name_edit):
                if previous is not None:
                    QWidget.setTabOrder(previous, widget)
                previous = widget
        self._mapping_changed()

    def _choice_changed(self, row: LabelRow) -> None:
        if row.combo.currentData() == NEW_CATEGORY and not row.name_edit.text().strip():
            row.default_name = readable_name(row.use.label)
            row.name_edit.blockSignals(True)
            row.name_edit.setText(row.default_name)
            row.name_edit.blockSignals(False)
        self._mapping_changed()

    def new_labels(self) -> list[str]:
        """Labels the author made categories of their own in an existing pack
        (``spotit pack import --into ... --new LABEL``)."""
        if self._request is None or self._request.into is None:
            return []  # in a new pack every unmapped label is one anyway
        return [
            label
            for label, row in self.label_rows.items()
            if row.combo.currentData() == NEW_CATEGORY
        ]

    def mapping(self) -> dict[str, str]:
        """Label -> category id for each label the author sent to an existing category
        (what ``spotit pack import --map LABEL=CATEGORY`` says)."""
        return {
            label: row.combo.currentData()
            for label, row in self.label_rows.items()
            if row.combo.currentData() not in (None, NEW_CATEGORY)
        }

    def names(self) -> dict[str, str]:
        """Label -> the name the author gave the new category made from it."""
        return {
            label: row.name_edit.text().strip()
            for label, row in self.label_rows.items()
            if row.combo.currentData() == NEW_CATEGORY
            and row.name_edit.text().strip()
            and row.name_edit.text().strip() != row.default_name
        }

    def _mapping_changed(self) -> None:
        request, read = self._request, self._read
        if request is None or read is None:
            return
        for row in self.label_rows.values():
            row.name_edit.setEnabled(row.combo.currentData() == NEW_CATEGORY)
        try:
            self.planned = planned_categories(
                request, read, self.mapping(), self.names(), self.new_labels()
            )
        except InputError as exc:
            show_error(self.error, str(exc))
            self.import_button.setEnabled(False)
            return
        self.error.hide()
        new = {
            label
            for label, row in self.label_rows.items()
            if row.combo.currentData() == NEW_CATEGORY
            and not _is_default(self.planned.get(label), label)
        }
        self.plan_model.set_rows(
            [
                PlannedLabel(use.label, use.count, self.planned.get(use.label), use.label in new)
                for use in read.labels
            ]
        )
        for column in range(4):
            self.plan_view.resizeColumnToContents(column)
        unmapped = [label for label, category in self.planned.items() if category is None]
        self.import_button.setEnabled(not unmapped)
        if unmapped:
            left = len(unmapped)
            self.mapping_note.setText(
                translate(
                    "ImportDialog",
                    "⚠ Still to map: %n label(s). Each must become one of the pack's "
                    "categories, or a new one, before the import can go on; nothing is dropped.",
                    "",
                    left,
                )
            )
        elif request.into is None:
            self.mapping_note.setText(
                self.tr(
                    "A new category gets the name shown (edit it if you like), a colour of its "
                    "own and a description saying it came from this import."
                )
            )
        else:
            self.mapping_note.setText(
                self.tr(
                    "✓ Every label has a category. A new one is added to the pack's, with the "
                    "name shown, a colour of its own and a description saying it came from this "
                    "import."
                )
            )
        self._mark_sample()

    # -- the sample article ---------------------------------------------------------------------
    def _sample_chosen(self, index: int) -> None:
        read = self._read
        if read is None or index < 0:
            return
        self._sample_wanted = index
        fmt = get_format(self.format).name
        # Nothing is disabled: the author keeps choosing with the keyboard meanwhile.
        self.run_operation(
            self.tr("Rendering the sample…"),
            lambda: (index, sample_article(read, index, fmt)),
            self._sample_rendered,
            disable=[],
        )

    def _sample_rendered(self, got: tuple[int, SourceArticle | None]) -> None:
        index, sample = got
        if not self.working:  # the import may have started meanwhile: its message stays
            self.status.setText("")
        if index == self._sample_wanted:  # an earlier pick rendered late: not shown
            self._show_sample(sample)

    def _show_sample(self, sample: SourceArticle | None) -> None:
        self.sample = sample
        if sample is None:
            self.sample_view.clear()
            set_plain(
                self.sample_note,
                self.tr(
                    "This text cannot become an article (nothing to read, or too much markup); "
                    "the import skips it and says so."
                ),
            )
            self.sample_note.show()
        else:
            old, self._sample_doc = self._sample_doc, build_document(sample.blocks, self)
            self.sample_view.setDocument(self._sample_doc)
            if old is not None:
                old.deleteLater()
            self.sample_note.hide()
        self._mark_sample()

    def _mark_sample(self) -> None:
        sample = self.sample
        if sample is None:
            self.sample_view.setExtraSelections([])
            self.sample_flags_model.set_rows([])
            return
        positions = Utf16Map(sample.text)
        selections = []
        flags = []
        for ann in sample.annotations:
            category = self.planned.get(ann.category)  # the sample's categories are labels
            flags.append(SampleFlag(ann.quote, ann.category, category))
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(self.sample_view.document())
            cursor.setPosition(positions.to_utf16(ann.start))
            cursor.setPosition(positions.to_utf16(ann.end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            # The list below names every flag's category: the colour only adds to it.
            color = category.color if category is not None else "#7f7f7f"
            selection.format = highlight_format(
                color, QTextCharFormat.UnderlineStyle.SingleUnderline
            )
            selections.append(selection)
        self.sample_view.setExtraSelections(selections)
        self.sample_flags_model.set_rows(flags)
        for column in range(2):
            self.sample_flags.resizeColumnToContents(column)

    # -- importing ----------------------------------------------------------------------------
    def go_back(self) -> None:
        """Back to the form (the files are read again when the author goes on)."""
        self.error.hide()
        self._show_page(self.form_page)
        self.next_button.setFocus()

    def finish_import(self) -> None:
        """Build the pack with the categories chosen for the labels."""
        request, read = self._request, self._read
        if request is None or read is None or not self.import_button.isEnabled():
            return
        mapping, names, new = self.mapping(), self.names(), self.new_labels()
        self.run_operation(
            self.tr("Building the pack…"),
            lambda: build_import(request, read, mapping, names, new),
            self._imported,
        )

    def _imported(self, result: ImportResult) -> None:
        self.result_info = result
        self.status.setText("")
        request = self._request
        articles = _articles(len(result.articles))
        annotations = _annotations(result.annotations)
        path = escape(str(result.path))
        if request and request.into:
            done = self.tr("<p><b>Added {articles} with {annotations}</b> to {path}.</p>")
        else:
            done = self.tr("<p><b>Imported {articles} with {annotations}</b> to {path}.</p>")
        lines = [done.format(articles=articles, annotations=annotations, path=path)]
        if result.new_categories:
            names = ", ".join(escape(c.name) for c in result.new_categories)
            lines.append(self.tr("<p>Categories: {names}</p>").format(names=names))
        if request is not None and request.notice is not None:
            notice = escape(request.notice) if request.notice else self.tr("none")
            lines.append(self.tr("<p>Training notice: {notice}</p>").format(notice=notice))
        self.summary.setText("".join(lines))
        skipped = result.skipped
        skipped_count = len(skipped)
        self.skipped_model.set_rows(skipped)
        set_plain(
            self.skipped_label,
            translate(
                "ImportDialog",
                "⚠ %n file(s) or text(s) were skipped and are not in the pack:",
                "",
                skipped_count,
            )
            if skipped
            else "",
        )
        self.skipped_label.setVisible(bool(skipped))
        self.skipped_list.setVisible(bool(skipped))
        self.unplaced_model.set_rows(result.unplaced)
        unplaced = len(result.unplaced)
        if unplaced:
            self.unplaced_label.setText(
                translate(
                    "ImportDialog",
                    "<b>⚠ %n annotation(s) could not be placed</b> and are not in the pack. "
                    "Each is listed with where it came from:",
                    "",
                    unplaced,
                )
            )
        else:
            self.unplaced_label.setText(self.tr("✓ Every annotation was placed."))
        self.unplaced_list.setVisible(bool(result.unplaced))
        for column in range(3):
            self.unplaced_list.resizeColumnToContents(column)
        self.notes_model.set_rows(result.notes)
        self.notes_label.setVisible(bool(result.notes))
        self.notes_list.setVisible(bool(result.notes))
        self._show_page(self.report_page)
        if self.open_pack_callback is not None:
            self.open_button.setDefault(True)
            self.open_button.setFocus()
        else:
            self.close_button.setFocus()

    def open_in_library(self) -> None:
        if self.result_info is not None and self.open_pack_callback is not None:
            self.open_pack_callback(self.result_info.path)
            self.accept()


DEFAULTS_BY_ID = {c.id for c in DEFAULT_TAXONOMY}


def _is_default(category: Category | None, label: str) -> bool:
    """Whether a label becomes a default category by its own id (SpotIt's exports)."""
    return category is not None and category.id == label and category.id in DEFAULTS_BY_ID


def _kind(planned: PlannedLabel, request: ImportRequest | None) -> str:
    if planned.category is None:
        return ""
    if planned.new:
        return translate("ImportDialog", "new", "the kind of category a label becomes")
    if request is not None and request.into is not None:
        return translate("ImportDialog", "the pack's", "the kind of category a label becomes")
    return translate("ImportDialog", "default", "the kind of category a label becomes")


def _quoted(text: str) -> str:
    return translate("ImportDialog", "“{quote}”").format(quote=text)


# Counted noun phrases, so that each sentence around them is translated whole.
def _articles(count: int) -> str:
    return translate("ImportDialog", "%n article(s)", "", count)


def _annotations(count: int) -> str:
    return translate("ImportDialog", "%n annotation(s)", "", count)


def _labels(count: int) -> str:
    return translate("ImportDialog", "%n label(s)", "", count)


def _first_flagged(read: ReadInputs) -> int:
    """The first document with annotations (the sample worth looking at), else the first."""
    docs = read.parsed.documents
    return next((i for i, doc in enumerate(docs) if doc.spans), 0)


def _scrolling(page: QWidget) -> QScrollArea:
    """``page`` in a frameless scroll area: at large text sizes the form outgrows the screen."""
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setFrameShape(QFrame.Shape.NoFrame)
    area.setWidget(page)
    return area
