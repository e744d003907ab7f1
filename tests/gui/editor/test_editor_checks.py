"""The editor's Checks tab: a check is edited as its TOML file; a check problem takes the
author to the file and line, not to the article list; edits undo and save like the rest."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from tests.conftest import make_source
from tests.content.test_checks import edited, line, write_check
from tests.gui.editor.conftest import ALT, CTRL, SHIFT, key, row_texts

from spotit.content.source import read_pack_source

WRONG_TRUTH = {(1, "truth"): 'truth = "maybe"'}


@pytest.fixture
def folder(tmp_path) -> Path:
    folder = make_source(tmp_path / "src")
    write_check(folder, edited({}))
    return folder


def test_a_check_problem_goes_to_its_file_and_line(editor, qtbot, folder, monkeypatch):
    write_check(folder, edited(WRONG_TRUTH))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)  # the problems said at opening
    assert editor.open_path(folder)
    (issue,) = editor.validate_now()
    assert issue.message.startswith(f"checks/disc.toml:{line(1, 'truth')}: item 'a01'")
    assert (issue.target.kind, issue.target.file) == ("check", "checks/disc.toml")
    assert issue.target.line == line(1, "truth") - 1
    # Chosen in the Problems list with the keyboard, as an author would.
    editor.problems.setFocus()
    editor.problems.setCurrentIndex(editor.problem_rows.index(0, 0))
    key(editor.problems, Qt.Key.Key_Return)
    page = editor.checks_page
    assert editor.tabs.currentWidget() is page and page.source.hasFocus()
    assert page.source.textCursor().block().text() == 'truth = "maybe"'
    assert page.source.textCursor().blockNumber() == line(1, "truth") - 1
    assert len(page.source.extraSelections()) == 1  # the line is marked
    # ... and said in words, not only by the mark's colour.
    assert page.place.text() == f"▶ line {line(1, 'truth')}: {issue.message}"
    key(page.source, Qt.Key.Key_Down)  # off the line: the caret's place, plainly
    assert page.place.text() == f"checks/disc.toml, line {line(1, 'truth') + 1}"
    assert page.rows.index(0, 2).data() == "⚠ 1"


def test_f4_goes_to_a_check_problem_too(editor, qtbot, folder, monkeypatch):
    write_check(folder, edited(WRONG_TRUTH))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    assert editor.open_path(folder)
    editor.validate_now()
    key(editor.article_page.preview, Qt.Key.Key_F4)
    assert editor.tabs.currentWidget() is editor.checks_page
    assert editor.checks_page.source.textCursor().block().text() == 'truth = "maybe"'


def test_fixing_the_check_in_the_tab_clears_the_problem_and_saves_it(
    editor, qtbot, folder, monkeypatch
):
    write_check(folder, edited(WRONG_TRUTH))
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)
    assert editor.open_path(folder)
    (issue,) = editor.validate_now()
    editor.go_to(issue.target, issue.message)
    source = editor.checks_page.source
    # Select the bad value on the line and type the right one.
    key(source, Qt.Key.Key_End, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(source, 'truth = "misleading"')
    assert editor.validate_now() == []
    assert editor.session.is_dirty()
    key(source, Qt.Key.Key_Z, CTRL)
    assert dict(editor.draft.checks)["checks/disc.toml"] == edited(WRONG_TRUTH)
    key(source, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert editor.save_to(folder)
    assert (folder / "checks" / "disc.toml").read_text(encoding="utf-8") == edited({})
    assert read_pack_source(folder).problems == []


def test_the_tab_is_reached_from_the_keyboard_and_adds_a_check(editor, qtbot, folder):
    assert editor.open_path(folder)
    key(editor.article_page.preview, Qt.Key.Key_T, CTRL | SHIFT)
    page = editor.checks_page
    assert editor.tabs.currentWidget() is page and page.table.hasFocus()
    assert row_texts(page.table) == ["disc"]
    key(page.table, Qt.Key.Key_X, ALT)  # the text's mnemonic, and back to the list
    assert page.source.hasFocus()
    key(page.source, Qt.Key.Key_K, ALT)
    assert page.table.hasFocus()
    key(page.table, Qt.Key.Key_Insert)
    assert row_texts(page.table) == ["disc", "new-check"]
    assert page.source.hasFocus() and page.current == "checks/new-check.toml"
    assert editor.validate_now() == []  # the template is a check that builds
    page.table.setFocus()
    key(page.table, Qt.Key.Key_Delete)
    assert row_texts(page.table) == ["disc"]
    key(page.table, Qt.Key.Key_Z, CTRL)
    assert row_texts(page.table) == ["disc", "new-check"]
    assert editor.save_to(folder)
    assert [c.id for c in read_pack_source(folder).checks] == ["disc", "new-check"]


def test_a_pack_without_checks_says_so(editor, qtbot, tmp_path):
    assert editor.open_path(make_source(tmp_path / "plain"))
    page = editor.checks_page
    assert row_texts(page.table) == [] and not page.details.isEnabled()
    assert not page.empty.isHidden()
