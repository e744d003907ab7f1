"""File › Import annotations… and File › Export annotations…: other tools' formats in the app.

The dialogs are thin: reading, mapping labels, building and writing are
``spotit.interop`` (the same code as ``spotit pack import`` / ``export --to``).
Reading and writing run in a worker thread (``run_in_background``, the shape of
Anki's ``CollectionOp``: work off the GUI thread, then a success or a failure
callback on it) while a busy bar shows. Problems are one line naming the file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
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
    QListWidget,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from spotit.core.taxonomy import Category
from spotit.interop import export
from spotit.interop.export import ExportResult
from spotit.interop.formats import get_format
from spotit.interop.model import InputError, Parsed
from spotit.interop.packs import (
    ImportResult,
    categories_in_pack,
    import_documents,
)
from spotit.store.pack import PACK_SUFFIX, PackError, open_pack

#: The formats, in menu order: (key, what the author sees, file filter for the inputs).
FORMATS = (
    ("doccano", "doccano (JSONL)", "doccano JSONL (*.jsonl *.json)"),
    ("labelstudio", "Label Studio (JSON export)", "Label Studio JSON (*.json)"),
    ("brat", "brat standoff (.txt + .ann)", "brat files (*.ann *.txt)"),
    ("w3c", "W3C Web Annotation (JSON / JSON-LD)", "Web Annotation (*.json *.jsonld)"),
)
#: File name ending suggested for an export (brat writes a folder).
EXPORT_SUFFIX = {"doccano": ".jsonl", "labelstudio": ".json", "w3c": ".jsonld", "brat": ""}
OFFSET_CHOICES = (
    ("auto", "Automatic (recommended): code points, or UTF-16 where only that fits"),
    ("code-points", "Code points (Python, SpotIt)"),
    ("utf-16", "UTF-16 code units (JavaScript, Java)"),
)
PACK_FILTER = f"SpotIt packs (*{PACK_SUFFIX});;All files (*)"


# -- work off the GUI thread ---------------------------------------------------------------


def problem_line(exc: BaseException) -> str:
    """One line for the author: the message of an expected error, never a traceback."""
    if isinstance(exc, InputError | PackError):
        return str(exc)
    if isinstance(exc, OSError):
        where = exc.filename or "file"
        return f"{where}: {exc.strerror or exc}"
    return f"unexpected problem: {type(exc).__name__}: {exc}"


class _Outcome(QObject):
    """Carries a worker's result to the GUI thread (signals from another thread are queued)."""

    succeeded = Signal(object)
    failed = Signal(str)


class _Job(QRunnable):
    def __init__(self, work: Callable[[], object], outcome: _Outcome) -> None:
        super().__init__()
        self.work, self.outcome = work, outcome

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # noqa: BLE001 - every failure becomes one line for the author
            self.outcome.failed.emit(problem_line(exc))
            return
        self.outcome.succeeded.emit(result)


def run_in_background(
    pool: QThreadPool,
    work: Callable[[], object],
    success: Callable[[object], None],
    failure: Callable[[str], None],
) -> _Outcome:
    """Run ``work()`` in ``pool``; then ``success(result)`` or ``failure(line)`` on the GUI
    thread. Keep the returned object until it has reported."""
    outcome = _Outcome()
    outcome.succeeded.connect(success)
    outcome.failed.connect(failure)
    pool.start(_Job(work, outcome))
    return outcome


# -- the work itself (no widgets) -------------------------------------------------------------


@dataclass
class ImportRequest:
    """Everything the import dialog asks for."""

    format: str
    inputs: list[Path]
    out: Path
    into: Path | None = None
    offsets: str = "auto"
    title: str = ""
    texts: dict[str, Path] = field(default_factory=dict)  # W3C: source IRI -> text file
    default_text: Path | None = None  # W3C: the text of the one source without one


@dataclass
class ReadInputs:
    """The inputs read, and what an import into an existing pack still needs."""

    parsed: Parsed
    categories: list[Category]  # the existing pack's ("into"), else empty
    unmapped: list[str]  # labels no category of the existing pack fits


def read_inputs(request: ImportRequest) -> ReadInputs:
    """Read the input files and find the labels an existing pack has no category for."""
    parsed = get_format(request.format).read(
        request.inputs, request.offsets, request.texts, request.default_text
    )
    if not parsed.documents:
        raise InputError(f"{', '.join(map(str, request.inputs))}: no documents found")
    if request.into is None:
        return ReadInputs(parsed, [], [])
    with open_pack(request.into) as pack:
        categories = list(pack.categories)
    labels = list(dict.fromkeys(s.label for d in parsed.documents for s in d.spans))
    unmapped = []
    for label in labels:
        try:  # the back-end's own rules decide which labels fit a category
            categories_in_pack([label], {}, categories, request.into)
        except InputError:
            unmapped.append(label)
    return ReadInputs(parsed, categories, unmapped)


def label_examples(parsed: Parsed, label: str) -> tuple[int, str]:
    """How many annotations carry ``label``, and the first passage one covers."""
    count, example = 0, ""
    for doc in parsed.documents:
        for span in doc.spans:
            if span.label == label:
                count += 1
                example = example or doc.text[span.start : span.end]
    return count, example


def export_pack(pack_path: Path, fmt: str, out: Path) -> ExportResult:
    """As `spotit pack export --to`; the dialog has already asked before overwriting."""
    return export.export_pack(pack_path, fmt, out, overwrite=True)


# -- shared widgets ------------------------------------------------------------------------


def error_label() -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName("Problem")
    label.hide()
    return label


def show_error(label: QLabel, line: str) -> None:
    # The warning sign and the word "Problem" carry the message; colour only adds to them.
    label.setText(f"<b style='color:#c62828'>⚠ Problem:</b> {_escape(line)}")
    label.show()


def _escape(text: str) -> str:
    from html import escape

    return escape(text)


def busy_bar() -> QProgressBar:
    bar = QProgressBar()
    bar.setRange(0, 0)  # an indeterminate "working" bar
    bar.setTextVisible(False)
    bar.setAccessibleName("Working")
    bar.setMaximumHeight(bar.fontMetrics().height())
    bar.hide()
    return bar


def _path_row(field: QWidget, button: QPushButton) -> QWidget:
    """A field with its button beside it, as one form row."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(field, 1)
    layout.addWidget(button)
    return row


def _pack_picker(
    packs: list[tuple[str, Path]], accessible_name: str, choose_other
) -> tuple[QComboBox, QPushButton, QWidget]:
    """The open packs in a combo box, plus "Other pack file…" for one that is not open."""
    box = QComboBox()
    box.setAccessibleName(accessible_name)
    for title, path in packs:
        box.addItem(f"{title} — {path.name}", str(path))
    other = QPushButton("Other pack &file…")
    other.clicked.connect(choose_other)
    return box, other, _path_row(box, other)


class _WorkerDialog(QDialog):
    """A dialog that runs jobs in its own thread pool and waits for them before closing."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._outcome: _Outcome | None = None
        #: what is disabled while a job runs (the form and its buttons)
        self.working_controls: list[QWidget] = []
        self.busy = busy_bar()
        self.error = error_label()

    @property
    def working(self) -> bool:
        return self._outcome is not None

    def _start(self, message: str, work, success) -> None:
        self.error.hide()
        self.busy.show()
        self.busy.setToolTip(message)
        self.status.setText(message)
        self._set_working(True)

        def done(result) -> None:
            self._outcome = None
            self.busy.hide()
            self._set_working(False)
            success(result)

        def failed(line: str) -> None:
            self._outcome = None
            self.busy.hide()
            self.status.setText("")
            self._set_working(False)
            show_error(self.error, line)

        self._outcome = run_in_background(self.pool, work, done, failed)

    def _set_working(self, working: bool) -> None:
        for widget in self.working_controls:
            widget.setEnabled(not working)

    def done(self, result: int) -> None:
        self.pool.waitForDone()  # a job never outlives the dialog it reports to
        super().done(result)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        self.pool.waitForDone()
        super().closeEvent(event)


# -- import ------------------------------------------------------------------------------------


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
            f"<p><b>{len(labels)} label(s) fit none of the categories of {_escape(pack.name)}.</b></p>"
            "<p>Each label must be mapped onto one of the pack's categories before the import "
            "can go on; nothing is dropped. (To keep a label as a category of its own, import "
            "into a new pack, or add the category in the pack editor first.)</p>"
        )
        intro.setWordWrap(True)
        self.table = QTableWidget(len(labels), 4)
        self.table.setHorizontalHeaderLabels(["Label", "Annotations", "For example", "Category"])
        self.table.setAccessibleName("Labels to map")
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.combos: dict[str, QComboBox] = {}
        for row, label in enumerate(labels):
            count, example = label_examples(parsed, label)
            self.table.setItem(row, 0, QTableWidgetItem(label))
            self.table.setItem(row, 1, QTableWidgetItem(str(count)))
            shown = example if len(example) <= 60 else example[:57] + "…"
            self.table.setItem(row, 2, QTableWidgetItem(f"“{shown}”"))
            combo = QComboBox()
            combo.setAccessibleName(f"Category for the label {label}")
            combo.addItem("— choose a category —", None)
            for category in categories:
                combo.addItem(f"{category.name} ({category.id})", category.id)
            combo.currentIndexChanged.connect(self._update)
            self.table.setCellWidget(row, 3, combo)
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
        self.resize(760, 380)
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


class ImportDialog(_WorkerDialog):
    """Import annotated texts from doccano, Label Studio, brat or W3C into a new or existing pack.

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
        self.status = QLabel()
        self.status.setWordWrap(True)
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
        self.resize(820, 640)

    # -- building ---------------------------------------------------------------------------
    def _build_form(self, packs: list[tuple[str, Path]]) -> QWidget:
        page = QWidget()
        form = QFormLayout()
        self.format_box = QComboBox()
        for key, text, _ in FORMATS:
            self.format_box.addItem(text, key)
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

        # W3C annotations do not carry their texts: a table of source -> text file.
        self.texts_box = QGroupBox("Texts of the annotated documents (W3C only)")
        texts_layout = QVBoxLayout(self.texts_box)
        hint = QLabel(
            "Give each source as the annotations' <tt>target.source</tt> names it. One file may "
            "leave the source empty: it is the text of the only source that has none otherwise. "
            "SpotIt's own W3C exports carry their texts."
        )
        hint.setWordWrap(True)
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
        self.pack_box, self.other_pack_button, pack_row = _pack_picker(
            packs, "Pack to import into", self.choose_into_pack
        )
        self.pack_box.currentIndexChanged.connect(self._pack_changed)
        dest.addRow("   &Pack:", pack_row)
        self.out_edit = QLineEdit()
        self.out_edit.setAccessibleName("Pack file to write")
        self.out_edit.textEdited.connect(self._out_edited)
        self.out_button = QPushButton("&Browse…")
        self.out_button.clicked.connect(self.choose_output)
        dest.addRow("&Write the pack to:", _path_row(self.out_edit, self.out_button))
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
        self.unplaced_list = QTreeWidget()
        self.unplaced_list.setHeaderLabels(["File and line (or record)", "Label", "Text", "Why"])
        self.unplaced_list.setAccessibleName("Annotations not placed")
        self.unplaced_list.setRootIsDecorated(False)
        self.unplaced_list.setWordWrap(True)
        self.unplaced_list.setAlternatingRowColors(True)
        self.unplaced_list.header().setStretchLastSection(True)
        self.notes_label = QLabel("Notes:")
        self.notes_list = QListWidget()
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
        self.add_folder_button.setEnabled(self.format == "brat")
        self.texts_box.setVisible(self.format == "w3c")

    def _destination_changed(self) -> None:
        into = self.into_radio.isChecked()
        self.title_edit.setEnabled(not into)
        self.pack_box.setEnabled(into)
        self.other_pack_button.setEnabled(into)
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
        data = self.pack_box.currentData()
        return Path(data) if data else None

    def choose_inputs(self) -> None:
        filters = dict((key, f) for key, _, f in FORMATS)[self.format]
        names, _ = QFileDialog.getOpenFileNames(
            self, "Files to import", "", f"{filters};;All files (*)"
        )
        self.add_inputs([Path(n) for n in names])

    def choose_input_folder(self) -> None:
        name = QFileDialog.getExistingDirectory(self, "Folder of brat .txt and .ann files")
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
        name, _ = QFileDialog.getOpenFileName(self, "Pack to import into", "", PACK_FILTER)
        if not name:
            return
        path = Path(name)
        index = self.pack_box.findData(str(path))
        if index < 0:
            self.pack_box.addItem(path.name, str(path))
            index = self.pack_box.count() - 1
        self.pack_box.setCurrentIndex(index)
        self._pack_changed()

    def choose_output(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, "Write the pack to", self.out_edit.text(), PACK_FILTER
        )
        if not name:
            return
        out = Path(name)
        if out.suffix != PACK_SUFFIX:
            out = out.with_name(out.name + PACK_SUFFIX)
        self.out_edit.setText(str(out))
        self._confirmed_out = out  # the save dialog already asked before replacing a file
        self._out_follows_pack = False

    def _out_edited(self, _text: str) -> None:
        self._confirmed_out = None
        self._out_follows_pack = False

    def _texts(self) -> tuple[dict[str, Path], Path | None]:
        texts: dict[str, Path] = {}
        default: Path | None = None
        for row in range(self.texts_table.rowCount()):
            source = (self.texts_table.item(row, 0).text() or "").strip()
            file = Path(self.texts_table.item(row, 1).text())
            if source:
                texts[source] = file
            elif default is None:
                default = file
            else:
                raise InputError(
                    f"{file}: only one text file may leave its source empty; "
                    "give the source it belongs to"
                )
        return texts, default

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
        out = Path(text)
        if out.suffix != PACK_SUFFIX:
            out = out.with_name(out.name + PACK_SUFFIX)
        texts, default = self._texts() if self.format == "w3c" else ({}, None)
        return ImportRequest(
            format=self.format,
            inputs=inputs,
            out=out,
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
            answer = QMessageBox.question(
                self, "Replace file?", f"{request.out} already exists. Replace it?"
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self._request = request
        self._start("Reading the files…", lambda: read_inputs(request), self._inputs_read)

    def _inputs_read(self, read: ReadInputs) -> None:
        self._read = read
        if not read.unmapped:
            self._build({})
            return
        assert self._request is not None and self._request.into is not None
        self.status.setText("Some labels need a category: map them to go on.")
        self.mapping_dialog = LabelMappingDialog(
            read.parsed, read.unmapped, read.categories, self._request.into, self
        )
        self.mapping_dialog.accepted.connect(lambda: self._build(self.mapping_dialog.mapping()))
        self.mapping_dialog.rejected.connect(
            lambda: self.status.setText("Import cancelled: the labels were not mapped.")
        )
        self.mapping_dialog.open()

    def _build(self, mapping: dict[str, str]) -> None:
        request, read = self._request, self._read
        assert request is not None and read is not None

        def work() -> ImportResult:
            return import_documents(
                read.parsed,
                request.out,
                format_name=request.format,
                into=request.into,
                mapping=mapping,
                title=request.title,
            )

        self._start("Building the pack…", work, self._imported)

    def _imported(self, result: ImportResult) -> None:
        self.result_info = result
        self.status.setText("")
        verb = "Added" if self._request and self._request.into else "Imported"
        lines = [
            f"<p><b>{verb} {len(result.articles)} article(s) with {result.annotations} "
            f"annotation(s)</b> to {_escape(str(result.path))}.</p>"
        ]
        if result.new_categories:
            names = ", ".join(_escape(c.name) for c in result.new_categories)
            lines.append(f"<p>Categories: {names}</p>")
        self.summary.setText("".join(lines))
        self.unplaced_list.clear()
        for item in result.unplaced:
            row = QTreeWidgetItem([item.where, item.label, item.text, item.reason])
            row.setToolTip(2, item.text)
            row.setToolTip(3, item.reason)
            self.unplaced_list.addTopLevelItem(row)
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
        self.notes_list.clear()
        self.notes_list.addItems(result.notes)
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


# -- export ------------------------------------------------------------------------------------


class ExportDialog(_WorkerDialog):
    """Export a pack's articles and answer keys to doccano, Label Studio, brat or W3C."""

    def __init__(
        self, parent: QWidget | None = None, packs: list[tuple[str, Path]] | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle("Export annotations")
        self.result_info: ExportResult | None = None
        self._confirmed_out: Path | None = None
        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        self.pack_box, self.other_pack_button, pack_row = _pack_picker(
            packs or [], "Pack to export", self.choose_pack
        )
        form.addRow("&Pack:", pack_row)
        self.format_box = QComboBox()
        for key, text, _ in FORMATS:
            self.format_box.addItem(text, key)
        self.format_box.currentIndexChanged.connect(self._suggest_output)
        self.pack_box.currentIndexChanged.connect(self._suggest_output)
        form.addRow("&Format:", self.format_box)
        self.out_edit = QLineEdit()
        self.out_edit.setAccessibleName("File or folder to write")
        self.out_edit.textEdited.connect(lambda _t: setattr(self, "_confirmed_out", None))
        self.out_button = QPushButton("&Browse…")
        self.out_button.clicked.connect(self.choose_output)
        form.addRow("&Write to:", _path_row(self.out_edit, self.out_button))
        self.format_note = QLabel()
        self.format_note.setWordWrap(True)
        form.addRow(self.format_note)
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.notes_list = QListWidget()
        self.notes_list.setAccessibleName("Notes")
        self.notes_list.setWordWrap(True)
        self.notes_list.hide()
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            "&Export", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start_export)
        self.close_button.clicked.connect(self.reject)
        self.working_controls = [self.form, self.export_button, self.close_button]
        layout = QVBoxLayout(self)
        layout.addWidget(self.form)
        layout.addWidget(self.error)
        layout.addWidget(self.status)
        layout.addWidget(self.notes_list, 1)
        layout.addWidget(self.busy)
        layout.addStretch(0)
        layout.addWidget(self.buttons)
        self._suggest_output()
        self.resize(720, 360)

    @property
    def format(self) -> str:
        return self.format_box.currentData()

    def set_format(self, key: str) -> None:
        self.format_box.setCurrentIndex(self.format_box.findData(key))

    def pack_path(self) -> Path | None:
        data = self.pack_box.currentData()
        return Path(data) if data else None

    def choose_pack(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, "Pack to export", "", PACK_FILTER)
        if name:
            index = self.pack_box.findData(name)
            if index < 0:
                self.pack_box.addItem(Path(name).name, name)
                index = self.pack_box.count() - 1
            self.pack_box.setCurrentIndex(index)

    def _suggest_output(self) -> None:
        self.format_note.setText(
            "brat writes a folder: ID.txt and ID.ann for each article, and annotation.conf."
            if self.format == "brat"
            else "Offsets are written in code points; labels are the pack's category ids."
        )
        pack = self.pack_path()
        if pack is None or self._confirmed_out is not None:
            return
        stem = pack.with_suffix("")
        suggested = (
            stem.with_name(stem.name + "-brat")
            if self.format == "brat"
            else stem.with_name(stem.name + EXPORT_SUFFIX[self.format])
        )
        self.out_edit.setText(str(suggested))

    def choose_output(self) -> None:
        if self.format == "brat":
            name = QFileDialog.getExistingDirectory(self, "Folder for the brat files")
        else:
            key = self.format
            filters = dict((k, f) for k, _, f in FORMATS)[key]
            name, _ = QFileDialog.getSaveFileName(self, "Export to", self.out_edit.text(), filters)
        if name:
            self.out_edit.setText(name)
            self._confirmed_out = Path(name)

    def start_export(self) -> None:
        pack = self.pack_path()
        text = self.out_edit.text().strip()
        if pack is None:
            show_error(self.error, "choose the pack to export (Other pack file…)")
            return
        if not text:
            show_error(self.error, "choose where to write the export (Browse…)")
            return
        out, fmt = Path(text), self.format
        replacing = out.is_dir() and any(out.glob("*.ann")) if fmt == "brat" else out.is_file()
        if replacing and out != self._confirmed_out:
            answer = QMessageBox.question(
                self, "Replace?", f"{out} already holds an export. Replace it?"
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.notes_list.hide()
        self._start("Exporting…", lambda: export_pack(pack, fmt, out), self._exported)

    def _exported(self, result: ExportResult) -> None:
        self.result_info = result
        self.status.setText(
            f"✓ Exported {result.articles} article(s) with {result.annotations} annotation(s) "
            f"to {result.out}."
        )
        self.notes_list.clear()
        self.notes_list.addItems(result.notes)
        self.notes_list.setVisible(bool(result.notes))
        self.close_button.setFocus()
