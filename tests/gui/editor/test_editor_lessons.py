"""The editor's Lessons tab, driven with real key events as an instructor would."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextCursor
from PySide6.QtWidgets import QMessageBox
from tests.conftest import make_source
from tests.content.test_lessons import GOOD, lesson, write_lesson
from tests.gui.editor.conftest import ALT, CTRL, SHIFT, key, row_texts

from spotit.content.source import read_pack_source
from spotit.gui.editor.lessons_page import LessonsPage


@pytest.fixture
def folder(tmp_path) -> Path:
    folder = make_source(tmp_path / "src")
    write_lesson(folder, "vague.md", lesson('category = "vague-source"\ntitle = "Vague"'))
    return folder


def lessons_tab(editor, qtbot, folder: Path) -> LessonsPage:
    assert editor.open_path(folder)
    key(editor.article_page.preview, Qt.Key.Key_9, CTRL)
    page = editor.lessons_page
    assert editor.tabs.currentWidget() is page and page.table.hasFocus()
    return page


def marked_formats(page: LessonsPage) -> list[tuple[str, bool, int]]:
    """(text, underlined, weight) of each mark, as the preview's document formats it."""
    document = page.preview.document()
    text = page.preview.toPlainText()
    found = []
    for start, end in page.marks:
        u16 = len(text[:start].encode("utf-16-le")) // 2
        cursor = QTextCursor(document)
        cursor.setPosition(u16 + 1)  # the format of the character before the position
        fmt = cursor.charFormat()
        found.append((text[start:end], fmt.fontUnderline(), fmt.fontWeight()))
    # Nothing outside the marks is underlined.
    cursor = QTextCursor(document)
    cursor.setPosition(1)
    assert not cursor.charFormat().fontUnderline()
    return found


def test_the_tab_lists_the_lessons_and_previews_the_marks(editor, qtbot, folder):
    page = lessons_tab(editor, qtbot, folder)
    assert row_texts(page.table) == ["Vague or anonymous source"]
    assert page.title.text() == "Vague" and page.source.toPlainText() == GOOD
    assert "according to experts" in page.preview.toPlainText()
    assert "==" not in page.preview.toPlainText()
    # Marks are bold and underlined, not only tinted, and named in words under the preview.
    assert marked_formats(page) == [("according to experts", True, QFont.Weight.Bold.value)]
    assert page.marked.text().endswith("“according to experts”")


def test_adding_a_lesson_by_keyboard_then_undo_and_redo(editor, qtbot, folder):
    page = lessons_tab(editor, qtbot, folder)
    key(page.table, Qt.Key.Key_Insert)
    assert page.new_category.hasFocus()
    offered = [page.new_category.itemData(i) for i in range(page.new_category.count())]
    assert "vague-source" not in offered and "filler" in offered
    assert page.new_category.currentData() == offered[0]  # one is chosen, ready to add
    page.new_category.setCurrentIndex(page.new_category.findData("filler"))
    key(page.new_category, Qt.Key.Key_D, ALT)  # "Add lesson" (a mnemonic clicks after a moment)
    qtbot.waitUntil(page.title.hasFocus, timeout=3000)
    new = editor.draft.lesson_for("filler")
    assert new is not None and page.current == new.uid
    qtbot.keyClicks(page.title, "Padding that says nothing")
    assert editor.draft.lesson(new.uid).title == "Padding that says nothing"
    assert len(row_texts(page.table)) == 2
    key(page.title, Qt.Key.Key_Z, CTRL)  # the typing, in one step
    assert editor.draft.lesson(new.uid).title != "Padding that says nothing"
    key(page.title, Qt.Key.Key_Z, CTRL)  # the new lesson
    assert editor.draft.lesson_for("filler") is None
    assert row_texts(page.table) == ["Vague or anonymous source"]
    key(page.table, Qt.Key.Key_Z, CTRL | SHIFT)
    key(page.table, Qt.Key.Key_Z, CTRL | SHIFT)
    assert editor.draft.lesson(new.uid).title == "Padding that says nothing"
    assert page.title.text() == "Padding that says nothing"


def test_typing_markdown_updates_the_preview_and_the_marks(editor, qtbot, folder):
    rocket = GOOD.replace("at a conference", "🚀 at a conference")
    write_lesson(folder, "vague.md", lesson('category = "vague-source"\ntitle = "Vague"', rocket))
    page = lessons_tab(editor, qtbot, folder)
    source = page.source
    source.setFocus()
    cursor = source.textCursor()
    # The caret after the rocket: Qt counts it as two positions, Python as one.
    cursor.setPosition(len(rocket[: rocket.index("at a conference")].encode("utf-16-le")) // 2)
    source.setTextCursor(cursor)
    qtbot.keyClicks(source, "==somewhere== ")
    qtbot.waitUntil(lambda: len(marked_formats(page)) == 2, timeout=3000)
    assert [text for text, _, _ in marked_formats(page)] == ["according to experts", "somewhere"]
    assert editor.draft.lessons[0].body.count("==") == 4
    # Removing every mark says so in words.
    text = source.toPlainText()
    ends = [i + 2 for i in range(len(text)) if text.startswith("==", i)][::-1]
    for end in ends:  # from the last, so earlier positions stay put
        cursor = source.textCursor()
        cursor.setPosition(len(text[:end].encode("utf-16-le")) // 2)
        source.setTextCursor(cursor)
        key(source, Qt.Key.Key_Backspace, times=2)
    assert "==" not in editor.draft.lessons[0].body
    qtbot.waitUntil(lambda: marked_formats(page) == [], timeout=3000)
    assert page.marked.text().startswith("⚠ Nothing is marked yet")


def test_a_lesson_problem_takes_the_author_to_its_line(editor, qtbot, folder, monkeypatch):
    broken = GOOD.replace("==according to experts==", "according to experts")
    write_lesson(folder, "vague.md", lesson('category = "vague-source"\ntitle = "Vague"', broken))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    assert editor.open_path(folder)
    assert "no mark in '## Example'" in shown[0]  # said when the pack opens
    issues = editor.validate_now()
    (issue,) = issues
    assert "no mark in '## Example'" in issue.message
    editor.go_to(issue.target)
    page = editor.lessons_page
    assert editor.tabs.currentWidget() is page and page.source.hasFocus()
    assert page.source.textCursor().block().text() == "## Example"
    # The list says which lesson has problems, with a sign and a count, not a colour.
    assert page.rows.index(0, 3).data() == "⚠ 1"


def test_deleting_a_lesson_with_the_delete_key_and_saving(editor, qtbot, folder):
    write_lesson(folder, "f.md", lesson('category = "filler"\ntitle = "Filler"'))
    page = lessons_tab(editor, qtbot, folder)
    assert len(row_texts(page.table)) == 2
    page.table.setCurrentIndex(page.rows.index(1, 0))
    gone = page.current
    key(page.table, Qt.Key.Key_Delete)
    assert editor.draft.lesson(gone) is None and len(row_texts(page.table)) == 1
    assert editor.save_to(folder)
    source = read_pack_source(folder)
    assert source.problems == [] and len(source.lessons) == 1
    assert len(list((folder / "lessons").glob("*.md"))) == 1


def test_changing_a_lessons_category_offers_only_free_ones(editor, qtbot, folder):
    page = lessons_tab(editor, qtbot, folder)
    offered = [page.category.itemData(i) for i in range(page.category.count())]
    assert offered == [c.id for c in editor.draft.categories]  # its own, and every free one
    write_lesson(folder, "f.md", lesson('category = "filler"\ntitle = "Filler"'))
    page = lessons_tab(editor, qtbot, folder)
    offered = [page.category.itemData(i) for i in range(page.category.count())]
    assert "filler" not in offered and "vague-source" in offered
    page.table.setCurrentIndex(page.rows.index(0, 0))
    assert editor.draft.lesson(page.current).category == "vague-source"
    (folder / "lessons" / "f.md").unlink()
    page = lessons_tab(editor, qtbot, folder)
    key(page.table, Qt.Key.Key_G, ALT)  # "Category"
    assert page.category.hasFocus()
    for _ in range(page.category.count()):
        if page.category.currentData() == "filler":
            break
        key(page.category, Qt.Key.Key_Down)
    (only,) = editor.draft.lessons
    assert only.category == "filler"
    assert row_texts(page.table) == ["Filler that supports nothing"]


def test_markup_in_a_lesson_is_shown_as_its_characters(editor, qtbot, folder):
    from tests.gui.hostile import HOSTILE, assert_plain

    title = HOSTILE.replace('"', "'")
    hostile_body = GOOD.replace("according to experts", f"according to {HOSTILE}")
    write_lesson(
        folder, "vague.md", lesson(f'category = "vague-source"\ntitle = "{title}"', hostile_body)
    )
    page = lessons_tab(editor, qtbot, folder)
    assert page.rows.index(0, 1).data() == title
    assert page.title.text() == title
    heading, body = page.preview.toPlainText().split("\n", 1)
    assert heading == title  # the title is text, not an image and a link
    assert "according to xB" in body and "<img" not in body  # the body is sanitised Markdown
    assert_plain(page.marked, "according to xB")
