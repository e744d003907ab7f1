"""The pack editor in German: its texts go through translation, and it reads German.

The window is built with the shipped German (spotit_de.ts) installed, as View › Language does.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from tests.gui.german import compiled_translations, german  # noqa: F401 (fixtures)

from spotit.authoring.validation import Issue, Target
from spotit.gui.editor import PackEditor

ROOT = Path(__file__).resolve().parents[3]
EDITOR = ROOT / "src" / "spotit" / "gui" / "editor"
OWN_FILES = [
    EDITOR / name
    for name in (
        "window.py",
        "session.py",
        "pack_page.py",
        "categories_page.py",
        "checks_page.py",
        "lessons_page.py",
        "commands.py",
        "tryout.py",
        "widgets.py",
        "__init__.py",
    )
]


def _tool(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, str(ROOT / "tools" / "i18n.py"), *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
    )


def test_every_editor_text_shown_goes_through_translation():
    done = _tool("lint", *map(str, OWN_FILES))
    assert done.returncode == 0, done.stdout


@pytest.fixture
def german_editor(german, qtbot):  # noqa: F811 (the fixture)
    window = PackEditor()
    window.ask_before_closing = False
    qtbot.addWidget(window)
    return window


def test_menus_tabs_and_title_are_german(german_editor):
    editor = german_editor
    menus = [action.text() for action in editor.menuBar().actions()]
    assert menus == ["&Datei", "&Bearbeiten", "&Artikel", "Anno&tation", "A&nsicht", "&Hilfe"]
    tabs = [editor.tabs.tabText(n) for n in range(editor.tabs.count())]
    assert tabs == ["Artikel", "Paketdetails", "Kategorien", "Lektionen", "Tests", "Quellen"]
    assert editor.windowTitle().endswith(" — SpotIt-Paketeditor")
    assert editor.save_action.text() == "&Speichern"


def test_undo_names_the_step_in_german(german_editor):
    editor = german_editor
    assert editor.undo_action.text() == "&Rückgängig"
    editor.session.add_category()
    assert editor.undo_action.text() == "&Rückgängig: Kategorie hinzufügen"
    editor.session.undo_stack.undo()
    assert editor.redo_action.text() == "&Wiederholen: Kategorie hinzufügen"
    assert editor.undo_action.text() == "&Rückgängig"


def test_problem_counts_take_the_german_plural(german_editor):
    editor = german_editor
    editor._show_issues([Issue("one", Target("pack"))])
    assert editor.problems_label.text().startswith("1 Problem, wie „spotit pack validate“")
    editor._show_issues([Issue("one", Target("pack")), Issue("two", Target("pack"))])
    assert editor.problems_label.text().startswith("2 Probleme, wie „spotit pack validate“")
    assert editor.problems_dock.windowTitle() == "Probleme (2)"
    editor._show_issues([])
    assert editor.problems_label.text().startswith("✓ Keine Probleme")


def test_the_editor_shows_the_packs_own_category_names(german_editor):
    # The editor edits the pack's text: default categories are not shown in the UI language.
    editor = german_editor
    names = [c.name for c in editor.draft.categories]
    rows = editor.categories_page.rows
    shown = [rows.index(n, 1).data() for n in range(rows.rowCount())]
    assert shown == names


def test_english_undo_texts_stay_as_written(qtbot):
    editor = PackEditor()
    editor.ask_before_closing = False
    qtbot.addWidget(editor)
    editor.session.add_category()
    assert editor.undo_action.text() == "&Undo Add category"
    editor.session.change_category(editor.draft.categories[-1].id, "name", "Loaded words")
    assert editor.undo_action.text() == "&Undo Edit category name"
