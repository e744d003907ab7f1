"""The editor's Sources tab, driven from the keyboard: a page added from its kind's template,
its text edited with the preview following, a broken link that takes the author to its line,
"Linked from" leading to the article and the answer key, and undo.
Every page here is invented training material; a page of markup is shown as its characters."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QMessageBox
from tests.authoring.test_sources_round_trip import write_web
from tests.conftest import make_source
from tests.gui.editor.conftest import ALT, CTRL, SHIFT, key, row_texts
from tests.gui.hostile import HOSTILE, assert_plain, assert_plain_tooltip

from spotit.content.source import read_pack_source

PROFILE = "sources/mara-okafor.md"
OUTLET = "sources/lakeside-courier.md"


@pytest.fixture
def folder(tmp_path) -> Path:
    return write_web(tmp_path / "src")


def open_sources(editor, qtbot, folder: Path):
    assert editor.open_path(folder)
    key(editor.article_page.preview, Qt.Key.Key_W, CTRL | SHIFT)
    page = editor.sources_page
    assert editor.tabs.currentWidget() is page and page.table.hasFocus()
    return page


def choose(page, rel: str) -> None:
    """Walk the list with the arrow keys to the page ``rel``."""
    key(page.table, Qt.Key.Key_Home)
    while page.current != rel:
        before = page.current
        key(page.table, Qt.Key.Key_Down)
        assert page.current != before, f"{rel} is not in the list"


def test_a_page_added_by_keyboard_is_edited_with_its_preview_and_undone(editor, qtbot, folder):
    page = open_sources(editor, qtbot, folder)
    assert row_texts(page.table) == ["lakeside-courier", "mara-okafor"]
    key(page.table, Qt.Key.Key_Insert)  # to the kind of the new page
    assert page.new_kind.hasFocus()
    key(page.new_kind, Qt.Key.Key_Down)  # outlet page -> profile
    assert page.new_kind.currentData() == "person"
    key(page.new_kind, Qt.Key.Key_D, ALT)  # Add page (a mnemonic clicks after a moment)
    qtbot.waitUntil(lambda: page.current == "sources/new-person.md")
    assert page.source.hasFocus()
    assert row_texts(page.table) == ["lakeside-courier", "mara-okafor", "new-person"]
    assert editor.validate_now() == []  # the template is a page that builds
    qtbot.waitUntil(lambda: page.preview.toPlainText().startswith("New person"))
    # Typed at the end of its text: the preview renders it (bold, not asterisks).
    key(page.source, Qt.Key.Key_End, CTRL)
    qtbot.keyClicks(page.source, "She counts **river birds** for the survey.")
    qtbot.waitUntil(lambda: "She counts river birds for the survey." in page.preview.toPlainText())
    assert "**" not in page.preview.toPlainText()
    assert page.preview_note.text().startswith(
        "Kind: profile. Names a search finds it by: New person"
    )
    assert "river birds" in dict(editor.draft.sources)["sources/new-person.md"]
    # One undo takes the typing back, the next the page itself; redo brings both back.
    key(page.source, Qt.Key.Key_Z, CTRL)
    assert "river birds" not in page.source.toPlainText()
    qtbot.waitUntil(lambda: "river birds" not in page.preview.toPlainText())
    key(page.source, Qt.Key.Key_Z, CTRL)
    assert row_texts(page.table) == ["lakeside-courier", "mara-okafor"]
    key(page.table, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    key(page.table, Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert "river birds" in dict(editor.draft.sources)["sources/new-person.md"]
    assert editor.save_to(folder)
    saved = {p.id: p for p in read_pack_source(folder).sources}
    assert "river birds" in saved["new-person"].text and saved["new-person"].kind == "person"


def test_a_broken_link_is_a_problem_that_takes_the_author_to_its_line(editor, qtbot, folder):
    page = open_sources(editor, qtbot, folder)
    choose(page, PROFILE)
    # Select the link's target in the text and type a misspelt one over it.
    text = page.source.toPlainText()
    cursor = page.source.textCursor()
    cursor.setPosition(text.index("lakeside-courier)"))
    cursor.movePosition(
        QTextCursor.MoveOperation.Right, QTextCursor.MoveMode.KeepAnchor, len("lakeside-courier")
    )
    page.source.setTextCursor(cursor)
    qtbot.keyClicks(page.source, "lakeside-courrier")
    issues = editor.validate_now()
    wanted = f"{PROFILE}:10: link to unknown source 'lakeside-courrier'"
    assert wanted in [i.message for i in issues]
    # The page's own list has it; Enter there puts the caret on the line and marks it.
    assert wanted in [row.message for row in page.problem_rows.rows]
    page.page_problems.setFocus()
    row = [r.message for r in page.problem_rows.rows].index(wanted)
    page.page_problems.setCurrentIndex(page.problem_rows.index(row, 0))
    key(page.page_problems, Qt.Key.Key_Return)
    assert page.source.hasFocus()
    assert page.source.textCursor().blockNumber() == 9
    assert page.source.textCursor().block().text().startswith("She writes a column")
    assert len(page.source.extraSelections()) == 1
    assert page.place.text() == f"▶ line 10: {wanted}"
    # The list counts the page's problems (the outlet is still reached: a note checks it).
    counts = {row_texts(page.table)[n]: page.rows.index(n, 3).data() for n in range(2)}
    assert counts == {"mara-okafor": "⚠ 1", "lakeside-courier": ""}
    # From the Problems list at the bottom too, after looking elsewhere.
    key(page.source, Qt.Key.Key_1, CTRL)
    editor.problems.setFocus()
    messages = [i.message for i in editor.issues]
    editor.problems.setCurrentIndex(editor.problem_rows.index(messages.index(wanted), 0))
    key(editor.problems, Qt.Key.Key_Return)
    assert editor.tabs.currentWidget() is page and page.current == PROFILE
    assert page.source.hasFocus() and page.source.textCursor().blockNumber() == 9
    # Fixed by typing: no problems left.
    key(page.source, Qt.Key.Key_Z, CTRL)
    assert editor.validate_now() == []
    assert page.problem_rows.rows == [] and page.rows.index(1, 3).data() == ""


def test_linked_from_leads_to_the_article_and_the_answer_key(editor, qtbot, folder):
    page = open_sources(editor, qtbot, folder)
    survey = editor.draft.articles[1]
    choose(page, PROFILE)
    labels = row_texts(page.linked)
    assert len(labels) == 2 and page.rows.index(1, 4).data() == "2"
    assert labels[0].startswith("Article “River survey finds clear water”: its text links")
    assert labels[1] == (
        "Red flag “a leading expert” in “River survey finds clear water”: its check"
    )
    # Enter on the answer key: the Articles tab with that red flag selected.
    key(page.table, Qt.Key.Key_K, ALT)
    assert page.linked.hasFocus()
    page.linked.setCurrentIndex(page.linked_rows.index(1, 0))
    key(page.linked, Qt.Key.Key_Return)
    assert editor.tabs.currentWidget() is editor.article_page
    assert editor.session.current_uid == survey.uid
    assert editor.session.current_annotation == survey.annotations[0].uid
    # The outlet is linked from the profile: Enter shows the profile at the link's line.
    key(editor.article_page.preview, Qt.Key.Key_W, CTRL | SHIFT)
    choose(page, OUTLET)
    assert row_texts(page.linked)[1].startswith("Page “Dr Mara Okafor” (sources/mara-okafor.md)")
    page.linked.setFocus()
    page.linked.setCurrentIndex(page.linked_rows.index(1, 0))
    key(page.linked, Qt.Key.Key_Return)
    assert page.current == PROFILE and page.source.textCursor().blockNumber() == 9
    # A link in the preview opens its page in the editor, from the keyboard.
    page.preview.setFocus()
    key(page.preview, Qt.Key.Key_Tab)
    key(page.preview, Qt.Key.Key_Return)
    assert page.current == OUTLET


def test_deleting_a_page_from_the_list_is_undone(editor, qtbot, folder):
    page = open_sources(editor, qtbot, folder)
    key(page.table, Qt.Key.Key_Delete)
    assert row_texts(page.table) == ["mara-okafor"]
    assert f"{PROFILE}:10: link to unknown source 'lakeside-courier'" in [
        i.message for i in editor.validate_now()
    ]
    key(page.table, Qt.Key.Key_Z, CTRL)
    assert row_texts(page.table) == ["lakeside-courier", "mara-okafor"]
    assert editor.validate_now() == []


def test_a_pack_without_pages_says_so(editor, qtbot, tmp_path):
    page = open_sources(editor, qtbot, make_source(tmp_path / "plain"))
    assert row_texts(page.table) == [] and not page.details.isEnabled()
    assert not page.empty.isHidden()


def test_a_page_of_markup_is_shown_as_its_characters(editor, qtbot, folder, monkeypatch):
    (folder / "sources" / "hostile.md").write_text(
        f"+++\nid = \"hostile\"\nkind = '{HOSTILE}'\ntitle = '{HOSTILE}'\n"
        f"names = ['{HOSTILE}']\n+++\nA page that says {HOSTILE} in its text.\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(QMessageBox, "exec", lambda box: 0)  # the problems said at opening
    page = open_sources(editor, qtbot, folder)
    choose(page, "sources/hostile.md")
    row = row_texts(page.table).index("hostile")
    assert page.rows.index(row, 2).data() == HOSTILE  # the title, as its characters
    assert_plain_tooltip(page.rows.index(row, 1).data(Qt.ItemDataRole.ToolTipRole))
    assert_plain(page.preview_note)
    assert page.preview.toPlainText().startswith(HOSTILE)
    assert "<img" not in page.preview.toHtml() and "<b>" not in page.preview.toHtml()
    (issue,) = [i for i in editor.validate_now() if i.target.file == "sources/hostile.md"]
    page.go_to_line(issue.target.file, issue.target.line, issue.message)
    assert_plain(page.place)
    assert page.source.textCursor().block().text().startswith("kind = ")
