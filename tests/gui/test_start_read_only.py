"""A data folder or progress.db that cannot be written: said once at start, in words.

The tests run as root, where chmod stops no write, so "read-only" is made the way the
operating system would show it to SpotIt: SQLite opens the file with ``mode=ro``, and
making a file or folder there raises PermissionError. The app finds out by trying.
"""

from __future__ import annotations

import sqlite3
import tempfile
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMainWindow
from tests.gui.test_start_damaged_progress import answer_with, status_messages
from tests.store.test_progress_damaged import digest, real_database

from spotit.gui import app as app_module
from spotit.practice.startup import QUIT, UNSAVED, open_progress, read_only_problem
from spotit.store.bundled import data_dir
from spotit.store.progress import Progress, ProgressReadOnly

REAL_CONNECT = sqlite3.connect
REAL_MKSTEMP = tempfile.mkstemp
REAL_MKDIR = Path.mkdir


def inside(path, folder: Path) -> bool:
    try:
        return Path(path).resolve().is_relative_to(folder.resolve())
    except (TypeError, ValueError):
        return False


def read_only_file(monkeypatch, db: Path) -> None:
    """SQLite may read ``db`` but not write it (as for a file without write permission)."""

    def connect(database, *args, **kwargs):
        if not kwargs.get("uri") and str(database) != ":memory:" and inside(database, db):
            kwargs["uri"] = True
            database = f"file:{Path(database).resolve()}?mode=ro"
        return REAL_CONNECT(database, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", connect)


def read_only_folder(monkeypatch, folder: Path) -> None:
    """Nothing can be made inside ``folder``; what is there can be read."""

    def connect(database, *args, **kwargs):
        if not kwargs.get("uri") and str(database) != ":memory:" and inside(database, folder):
            kwargs["uri"] = True
            database = f"file:{Path(database).resolve()}?mode=ro"
        return REAL_CONNECT(database, *args, **kwargs)

    def mkstemp(*args, dir=None, **kwargs):  # noqa: A002 (tempfile's own name)
        if dir is not None and inside(dir, folder):
            raise PermissionError(13, "Permission denied", str(dir))
        return REAL_MKSTEMP(*args, dir=dir, **kwargs)

    def mkdir(path, *args, **kwargs):
        if inside(path, folder) and not path.exists():
            raise PermissionError(13, "Permission denied", str(path))
        return REAL_MKDIR(path, *args, **kwargs)

    monkeypatch.setattr(sqlite3, "connect", connect)
    monkeypatch.setattr(tempfile, "mkstemp", mkstemp)
    monkeypatch.setattr(Path, "mkdir", mkdir)


def made_in(folder: Path) -> list[str]:
    """What is in ``folder``, but SQLite's -wal and -shm (made by reading a WAL database)
    and Qt's settings.ini (QSettings writes it itself, past this simulation; in a folder
    that is really read-only it fails quietly)."""
    return sorted(
        str(p)
        for p in folder.rglob("*")
        if not p.name.endswith(("-wal", "-shm")) and p.name != "settings.ini"
    )


@pytest.fixture
def saved_db() -> Path:
    return real_database(data_dir() / "progress.db", attempts=12, pack_id="starter")


def test_a_read_only_progress_file_is_found_by_trying_and_practised_in_memory(
    monkeypatch, saved_db
):
    before = digest(saved_db)
    read_only_file(monkeypatch, saved_db)
    asked = []
    opened = open_progress(saved_db, lambda p: asked.append(p) or UNSAVED)

    (problem,) = asked
    assert problem.title == "Progress cannot be saved"
    assert str(saved_db.parent) in problem.text and saved_db.name in problem.text
    assert "attempt to write a readonly database" in problem.text
    progress = opened.progress
    try:
        assert not progress.saving and "Not saving" in opened.note
        ada = next(x for x in progress.learners() if x.name == "Ada")
        assert len(progress.attempts(ada.id)) == 6  # earlier results are there to see
        # Practice goes on: drafts and attempts are kept for the session, in memory.
        progress.save_draft(ada.id, "starter", "a1", "h", [], 5)
        assert progress.drafted_articles(ada.id, "starter") == {"a1", "tap-water"}
        progress.add_learner("Zoë")
    finally:
        progress.close()
    assert digest(saved_db) == before


def test_quitting_at_the_read_only_question_opens_nothing(monkeypatch, saved_db):
    read_only_file(monkeypatch, saved_db)
    assert open_progress(saved_db, lambda p: QUIT) is None


def test_a_writable_database_asks_nothing(saved_db):
    opened = open_progress(saved_db, lambda p: pytest.fail(f"asked {p.title}"))
    assert opened.progress.saving and opened.note == ""
    opened.progress.close()


def test_the_read_only_error_is_one_line_naming_the_file(monkeypatch, saved_db):
    read_only_file(monkeypatch, saved_db)
    with pytest.raises(ProgressReadOnly) as caught:
        Progress(saved_db)
    assert str(caught.value).startswith(f"{saved_db}: the progress database cannot be saved")
    assert "\n" not in str(caught.value)


def test_a_read_only_data_folder_starts_once_told(qtbot, monkeypatch, saved_db):
    folder = data_dir()
    before = made_in(folder)
    read_only_folder(monkeypatch, folder)
    asked = []
    monkeypatch.setattr(app_module, "ask_at_start", lambda p: asked.append(p) or UNSAVED)
    notes = status_messages(monkeypatch)
    titles = []
    real_title = QMainWindow.setWindowTitle
    monkeypatch.setattr(
        QMainWindow, "setWindowTitle", lambda w, t: titles.append(t) or real_title(w, t)
    )

    assert app_module.run_app(learner_name="Ada", exit_when_ready=True) == 0

    assert [p.title for p in asked] == ["Progress cannot be saved"]  # once, in words
    assert any(n.startswith("Opened ") for n in notes)  # the bundled pack opened anyway
    assert any(n.startswith("Not saving:") for n in notes)
    assert titles and all(t.endswith("Ada (not saving)") for t in titles)
    assert made_in(folder) == before  # nothing made in the folder


def test_a_new_learner_in_a_read_only_folder_that_holds_nothing_yet(qtbot, monkeypatch):
    folder = data_dir() / "fresh"
    REAL_MKDIR(folder)
    monkeypatch.setenv("SPOTIT_DATA_DIR", str(folder))
    read_only_folder(monkeypatch, folder)
    asked = []
    monkeypatch.setattr(app_module, "ask_at_start", lambda p: asked.append(p) or UNSAVED)
    assert app_module.run_app(learner_name="Ana", exit_when_ready=True) == 0
    assert [p.title for p in asked] == ["Progress cannot be saved"]
    assert made_in(folder) == []


@pytest.mark.parametrize("keys, choice", [("P", UNSAVED), ("Q", QUIT), ("Escape", QUIT)])
def test_the_read_only_dialog_is_plain_and_keyboard_driven(qtbot, qapp, keys, choice, tmp_path):
    from spotit.gui.theme import Appearance

    problem = read_only_problem(
        ProgressReadOnly(
            Path("/media/ana/USB STICK/SpotIt/progress.db"), "attempt to write a readonly database"
        )
    )
    appearance = Appearance(qapp)
    try:
        for zoom in (1.0, 2.0):
            appearance.set_zoom(zoom)
            boxes: list = []
            answer_with(qtbot, keys, boxes, shot=f"read-only-{int(zoom * 100)}")
            assert app_module.ask_at_start(problem) == choice
            assert [b.text() for b in boxes[0].buttons()] == ["&Practise without saving", "&Quit"]
    finally:
        appearance.set_zoom(1.0)


def test_another_spotit_writing_at_that_moment_is_not_read_only(monkeypatch, saved_db):
    # Two learners on one computer run two SpotIts on one database: a write under way in
    # the other is no reason to call the file read-only.
    other = REAL_CONNECT(saved_db, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    monkeypatch.setattr(
        sqlite3,
        "connect",
        lambda *args, **kwargs: REAL_CONNECT(*args, **{**kwargs, "timeout": 0.1}),
    )
    try:
        progress = Progress(saved_db)
        assert progress.saving
        progress.close()
    finally:
        other.rollback()
        other.close()
