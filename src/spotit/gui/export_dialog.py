"""File › Export annotations…: a pack's articles and answer keys in another tool's format.

Writing is ``spotit.interop.export`` (the same as ``spotit pack export --to``), run as
an ``Operation``; what each format needs comes from the format registry.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from spotit.core.i18n import translate
from spotit.gui.interop_forms import (
    OperationDialog,
    format_file_filter,
    format_label,
    format_text,
    notes_model,
    path_row,
    show_error,
)
from spotit.gui.pack_picker import PackPicker
from spotit.gui.plain import plain_question
from spotit.gui.windows import resize_to_fit
from spotit.interop.export import ExportResult
from spotit.interop.formats import FORMATS, Format, get_format
from spotit.interop.plan import export_to


class ExportDialog(OperationDialog):
    """Export a pack's articles and answer keys to another tool's format."""

    def __init__(
        self, parent: QWidget | None = None, packs: list[tuple[str, Path]] | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export annotations"))
        self.result_info: ExportResult | None = None
        self._confirmed_out: Path | None = None
        self.form = QWidget()
        form = QFormLayout(self.form)
        form.setContentsMargins(0, 0, 0, 0)
        self.pack_picker = PackPicker(
            packs or [], self.tr("Pack to export"), self.tr("Pack to export")
        )
        self.pack_box, self.other_pack_button = self.pack_picker.box, self.pack_picker.other
        form.addRow(self.tr("&Pack:"), self.pack_picker)
        self.format_box = QComboBox()
        for fmt in FORMATS:
            self.format_box.addItem(format_label(fmt), fmt.name)
        self.format_box.currentIndexChanged.connect(self._suggest_output)
        self.pack_box.currentIndexChanged.connect(self._suggest_output)
        form.addRow(self.tr("&Format:"), self.format_box)
        self.out_edit = QLineEdit()
        self.out_edit.setAccessibleName(self.tr("File or folder to write"))
        self.out_edit.textEdited.connect(lambda _t: setattr(self, "_confirmed_out", None))
        self.out_button = QPushButton(self.tr("&Browse…"))
        self.out_button.clicked.connect(self.choose_output)
        form.addRow(self.tr("&Write to:"), path_row(self.out_edit, self.out_button))
        self.format_note = QLabel()
        self.format_note.setWordWrap(True)
        form.addRow(self.format_note)
        self.notes_model = notes_model(self)
        self.notes_list = QListView()
        self.notes_list.setModel(self.notes_model)
        self.notes_list.setAccessibleName(self.tr("Notes"))
        self.notes_list.setWordWrap(True)
        self.notes_list.hide()
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
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
        resize_to_fit(self, 720, 360)

    @property
    def format(self) -> str:
        return self.format_box.currentData()

    @property
    def chosen_format(self) -> Format:
        return get_format(self.format)

    def set_format(self, key: str) -> None:
        self.format_box.setCurrentIndex(self.format_box.findData(key))

    def pack_path(self) -> Path | None:
        return self.pack_picker.path()

    def choose_pack(self) -> None:
        self.pack_picker.choose_other()

    def _suggest_output(self) -> None:
        fmt = self.chosen_format
        self.format_note.setText(format_text(fmt.export_note))
        pack = self.pack_path()
        if pack is None or self._confirmed_out is not None:
            return
        self.out_edit.setText(str(fmt.suggested_output(pack)))

    def choose_output(self) -> None:
        fmt = self.chosen_format
        if fmt.writes_folder:
            title = self.tr("Folder for the {format} files").format(format=fmt.title)
            name = QFileDialog.getExistingDirectory(self, title)
        else:
            name, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export to"), self.out_edit.text(), format_file_filter(fmt)
            )
        if name:
            self.out_edit.setText(name)
            self._confirmed_out = Path(name)

    def start_export(self) -> None:
        pack = self.pack_path()
        text = self.out_edit.text().strip()
        if pack is None:
            show_error(self.error, self.tr("choose the pack to export (Other pack file…)"))
            return
        if not text:
            show_error(self.error, self.tr("choose where to write the export (Browse…)"))
            return
        out, fmt = Path(text), self.chosen_format
        if fmt.holds_export(out) and out != self._confirmed_out:
            answer = plain_question(
                self,
                self.tr("Replace?"),
                self.tr("{path} already holds an export. Replace it?").format(path=out),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return
        self.notes_list.hide()
        self.run_operation(
            self.tr("Exporting…"), lambda: export_to(pack, fmt.name, out), self._exported
        )

    def _exported(self, result: ExportResult) -> None:
        self.result_info = result
        articles, annotations = result.articles, result.annotations
        articles_text = translate("ExportDialog", "%n article(s)", "", articles)
        annotations_text = translate("ExportDialog", "%n annotation(s)", "", annotations)
        self.status.setText(
            self.tr("✓ Exported {articles} with {annotations} to {path}.").format(
                articles=articles_text, annotations=annotations_text, path=result.out
            )
        )
        self.notes_model.set_rows(result.notes)
        self.notes_list.setVisible(bool(result.notes))
        self.close_button.setFocus()
