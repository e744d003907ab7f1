"""GUI fixtures: a real main window on a fresh progress database and the starter pack."""

from __future__ import annotations

import pytest

from spotit.gui.main_window import MainWindow
from spotit.store.bundled import content_dir, data_dir, ensure_built
from spotit.store.progress import Progress


@pytest.fixture
def progress():
    db = Progress(data_dir() / "progress.db")
    yield db
    db.close()


@pytest.fixture
def learner(progress):
    return progress.add_learner("Ana")


@pytest.fixture(scope="session")
def starter_pack_path(tmp_path_factory):
    import os

    old = os.environ.get("SPOTIT_DATA_DIR")
    os.environ["SPOTIT_DATA_DIR"] = str(tmp_path_factory.mktemp("starter-build"))
    try:
        # The English starter pack only (the tests read its articles), built as the app does.
        path = ensure_built(content_dir() / "starter", data_dir() / "packs")
    finally:
        if old is not None:
            os.environ["SPOTIT_DATA_DIR"] = old
    return path


@pytest.fixture
def window(qtbot, progress, learner, starter_pack_path):
    win = MainWindow(progress, learner)
    qtbot.addWidget(win)
    win.add_pack(starter_pack_path)
    win.show()
    win.show_library()
    return win
