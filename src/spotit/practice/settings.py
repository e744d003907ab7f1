"""Where the app keeps its settings: beside the learner data, so SPOTIT_DATA_DIR moves them too."""

from __future__ import annotations

from pathlib import Path

from spotit.store.bundled import data_dir


def settings_path() -> Path:
    """The settings file (INI) of this data folder."""
    return data_dir() / "settings.ini"
