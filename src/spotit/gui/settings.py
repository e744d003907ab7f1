"""The app's settings file, as Qt reads and writes it (see ``spotit.practice.settings``)."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from spotit.practice.settings import settings_path


def settings_file() -> QSettings:
    """Settings live beside the learner data, so SPOTIT_DATA_DIR moves them too."""
    return QSettings(str(settings_path()), QSettings.Format.IniFormat)
