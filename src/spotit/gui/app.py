"""Starting the SpotIt window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication, QMessageBox

from spotit import __version__
from spotit.store.bundled import bundled_packs
from spotit.store.pack import PackError


def create_app(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv or sys.argv[:1])
    app.setApplicationName("SpotIt")
    app.setApplicationDisplayName("SpotIt")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("SpotIt")
    return app  # type: ignore[return-value]


def run_app(pack_to_open: str | None = None) -> int:
    from spotit.gui.main_window import MainWindow

    app = create_app()
    window = MainWindow()
    try:
        for path in bundled_packs():
            window.add_pack(path)
    except PackError as exc:
        QMessageBox.critical(window, "SpotIt", f"The bundled content could not be prepared:\n{exc}")
    if pack_to_open:
        window.open_pack_file(Path(pack_to_open))
    window.show()
    return app.exec()
