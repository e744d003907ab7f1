"""What the import, export and agreement dialogs share: the problem line, the busy bar,
a field with its button, and a dialog that runs its work as an ``Operation``."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QProgressBar, QWidget

from spotit.core.i18n import QT_TRANSLATE_NOOP, translate
from spotit.gui.itemmodels import Column, RowsModel
from spotit.gui.operations import Operation, expect
from spotit.gui.plain import plain_label
from spotit.interop.formats import Format
from spotit.interop.model import InputError
from spotit.store.pack import PACK_SUFFIX

# An import's or export's InputError is one line written for the author: show it as it is.
expect(InputError)

PACK_FILTER_TEXT = QT_TRANSLATE_NOOP("OperationDialog", "SpotIt packs ({pattern});;All files (*)")
#: The English filter, for callers that have not moved to :func:`pack_filter` yet.
PACK_FILTER = PACK_FILTER_TEXT.format(pattern=f"*{PACK_SUFFIX}")


def pack_filter() -> str:
    """The file-dialog filter for pack files, in the user's language."""
    return translate("OperationDialog", PACK_FILTER_TEXT).format(pattern=f"*{PACK_SUFFIX}")


#: What the format registry (spotit.interop.formats) says to authors, marked here so that
#: lupdate finds it: the registry holds English; the dialogs show it through format_text().
#: tests/gui/test_i18n_dialogs.py checks that every format's texts are in this list.
FORMAT_TEXTS = (
    QT_TRANSLATE_NOOP("Format", "doccano (JSONL)"),
    QT_TRANSLATE_NOOP("Format", "Label Studio (JSON export)"),
    QT_TRANSLATE_NOOP("Format", "brat standoff (.txt + .ann)"),
    QT_TRANSLATE_NOOP("Format", "W3C Web Annotation (JSON / JSON-LD)"),
    QT_TRANSLATE_NOOP("Format", "doccano JSONL"),
    QT_TRANSLATE_NOOP("Format", "Label Studio JSON"),
    QT_TRANSLATE_NOOP("Format", "brat files"),
    QT_TRANSLATE_NOOP("Format", "Web Annotation"),
    QT_TRANSLATE_NOOP(
        "Format", "Offsets are written in code points; labels are the pack's category ids."
    ),
    QT_TRANSLATE_NOOP(
        "Format",
        "brat writes a folder: ID.txt and ID.ann for each article, and annotation.conf.",
    ),
)


def format_text(text: str) -> str:
    """One of the registry's texts (a format's label, files or export note), translated."""
    return translate("Format", text)


def format_label(fmt: Format) -> str:
    """What the format menus show, e.g. "doccano (JSONL)"."""
    return format_text(fmt.label)


def format_file_filter(fmt: Format) -> str:
    """``Format.file_filter`` with the files' name translated."""
    return fmt.file_filter.replace(fmt.files, format_text(fmt.files), 1)


def error_label() -> QLabel:
    """A hidden label for one problem line (selectable, named for screen readers)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName(translate("OperationDialog", "Problem"))
    label.hide()
    return label


def show_error(label: QLabel, line: str) -> None:
    """Show ``line`` in an :func:`error_label`."""
    # The warning sign and the word "Problem" carry the message; colour only adds to them.
    from spotit.gui.marks import VERDICT_STYLES

    # Readable on this theme's window (WCAG 4.5:1, tests/gui/test_contrast_palettes.py).
    red = VERDICT_STYLES["missed"].color_on(label.palette().color(QPalette.ColorRole.Window))
    text = translate("OperationDialog", "<b style='color:{color}'>⚠ Problem:</b> {line}")
    label.setText(text.format(color=red, line=escape(line)))
    label.show()


def busy_bar() -> QProgressBar:
    """A hidden, indeterminate "working" bar for an ``Operation`` to show."""
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setAccessibleName(translate("OperationDialog", "Working"))
    bar.setMaximumHeight(bar.fontMetrics().height())
    bar.hide()
    return bar


def path_row(field: QWidget, button: QWidget) -> QWidget:
    """A field with its button beside it, as one form row."""
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addWidget(field, 1)
    layout.addWidget(button)
    return row


def notes_model(parent: QObject | None = None) -> RowsModel[str]:
    """One row per note, as an import or export gave them."""
    return RowsModel(
        [
            Column(
                translate("OperationDialog", "Note"), lambda note: note, tooltip=lambda note: note
            )
        ],
        parent,
    )


class OperationDialog(QDialog):
    """A dialog whose work (reading, building, writing) runs as an ``Operation``.

    While it runs, the busy bar shows, ``working_controls`` are disabled and the dialog
    does not close, so the work always has its dialog to report to.
    """

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self._operation: Operation | None = None
        #: what is disabled while work runs (the form and its buttons)
        self.working_controls: list[QWidget] = []
        self.busy = busy_bar()
        self.error = error_label()
        # It quotes file paths and lines from the layers below: never read as HTML.
        self.status = plain_label()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

    @property
    def working(self) -> bool:
        return self._operation is not None and not self._operation.done

    def run_operation(
        self,
        message: str,
        work: Callable[[], Any],
        success: Callable[[Any], None],
        disable: list[QWidget] | None = None,
    ) -> None:
        """Run ``work`` off the GUI thread; ``success(result)`` or a problem line after.

        ``disable`` is what to disable meanwhile (default: ``working_controls``).
        """
        self.error.hide()
        self.busy.setToolTip(message)
        self.status.setText(message)

        def failed(line: str) -> None:
            self.status.setText("")
            show_error(self.error, line)

        self._operation = (
            Operation(work, parent=self)
            .busy(self.busy, disable=self.working_controls if disable is None else disable)
            .success(success)
            .failure(failed)
            .run()
        )

    def reject(self) -> None:
        if not self.working:  # Escape while working: the work reports first
            super().reject()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if self.working:
            event.ignore()
            return
        super().closeEvent(event)
