"""What the import, export and agreement dialogs share: the problem line, the busy bar,
a field with its button, and a dialog that runs its work as an ``Operation``."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QDialog, QHBoxLayout, QLabel, QProgressBar, QWidget

from spotit.gui.itemmodels import Column, RowsModel
from spotit.gui.operations import Operation, expect
from spotit.gui.plain import plain_label
from spotit.interop.model import InputError
from spotit.store.pack import PACK_SUFFIX

# An import's or export's InputError is one line written for the author: show it as it is.
expect(InputError)

PACK_FILTER = f"SpotIt packs (*{PACK_SUFFIX});;All files (*)"


def error_label() -> QLabel:
    """A hidden label for one problem line (selectable, named for screen readers)."""
    label = QLabel()
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setAccessibleName("Problem")
    label.hide()
    return label


def show_error(label: QLabel, line: str) -> None:
    """Show ``line`` in an :func:`error_label`."""
    # The warning sign and the word "Problem" carry the message; colour only adds to them.
    from spotit.gui.marks import VERDICT_STYLES

    # Readable on this theme's window (WCAG 4.5:1, tests/gui/test_contrast_palettes.py).
    red = VERDICT_STYLES["missed"].color_on(label.palette().color(QPalette.ColorRole.Window))
    label.setText(f"<b style='color:{red}'>⚠ Problem:</b> {escape(line)}")
    label.show()


def busy_bar() -> QProgressBar:
    """A hidden, indeterminate "working" bar for an ``Operation`` to show."""
    bar = QProgressBar()
    bar.setRange(0, 0)
    bar.setTextVisible(False)
    bar.setAccessibleName("Working")
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
    return RowsModel([Column("Note", lambda note: note, tooltip=lambda note: note)], parent)


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
