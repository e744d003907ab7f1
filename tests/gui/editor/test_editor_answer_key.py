"""The whole answer key in the pack editor: accepted categories, core, other places and
passage notes, edited with real keys, undone, saved, built and shown by `spotit pack show`."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCharFormat
from PySide6.QtTest import QTest
from tests.authoring.test_draft_answer_keys import source
from tests.gui.editor.conftest import CTRL, SHIFT, key, row_texts, select_in_preview
from tests.gui.editor.test_editor_flow import box_texts, click_problem, wait_for_problems
from tests.gui.editor.test_editor_hostile_text import inputs  # noqa: F401 (a fixture)
from tests.gui.hostile import HOSTILE

from spotit.cli import main

Underline = QTextCharFormat.UnderlineStyle


def marks(editor) -> dict[str, set]:
    """The preview's marks: the words each one covers, with its underline style."""
    view = editor.article_page.preview
    found: dict[str, set] = {}
    for selection in view.extraSelections():
        cursor = selection.cursor
        words = view.text[
            view.from_qt(cursor.selectionStart()) : view.from_qt(cursor.selectionEnd())
        ]
        found.setdefault(words, set()).add(selection.format.underlineStyle())
    return found


def click_row(view, row: int) -> None:
    rect = view.visualRect(view.model().index(row, 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


@pytest.fixture
def tea(editor, tmp_path):
    """The format 2 test article (two flags, two notes) opened in the editor."""
    folder = source(tmp_path)
    assert editor.open_path(folder)
    return folder


def shown_json(folder, tmp_path, capsys) -> dict:
    out = tmp_path / "built.spotit"
    assert main(["pack", "build", str(folder), "-o", str(out)]) == 0
    capsys.readouterr()
    assert main(["pack", "show", str(out), "tea", "--json"]) == 0
    return json.loads(capsys.readouterr().out)


def test_each_part_of_the_key_edited_with_keys_is_saved_and_built(
    editor,
    qtbot,
    tea,
    tmp_path,
    capsys,
    inputs,  # noqa: F811 (the fixture)
):
    page, view = editor.article_page, editor.article_page.preview
    # The core: select a word of the doctor's passage (the caret there selects it), Ctrl+Shift+K.
    select_in_preview(editor, "leading doctor", 1)
    assert editor.selected_annotation().quote == "a leading doctor"
    key(view, Qt.Key.Key_K, CTRL | SHIFT)
    assert editor.selected_annotation().core == "leading"
    assert page.core.text() == "leading" and page.core_state.text().startswith("✓")
    assert Underline.DashDotLine in marks(editor)["leading"]

    # Accepted categories: Ctrl+Shift+L, arrows to "Vague or anonymous source", Space ticks it.
    key(view, Qt.Key.Key_L, CTRL | SHIFT)
    assert page.also_list.hasFocus()
    assert "False authority" not in " ".join(row_texts(page.also_list))  # its own category
    key(page.also_list, Qt.Key.Key_Down, times=2)
    key(page.also_list, Qt.Key.Key_Space)
    assert editor.selected_annotation().also == ("vague-source",)
    key(page.also_list, Qt.Key.Key_Z, CTRL)
    assert editor.selected_annotation().also == ()
    key(page.also_list, Qt.Key.Key_Z, CTRL | SHIFT)
    assert editor.selected_annotation().also == ("vague-source",)

    # Another place: select a passage, Ctrl+Shift+P, and say which red flag it belongs to.
    select_in_preview(editor, "after one week", 3)
    inputs.answer = 1  # the doctor (annotations are listed in text order)
    key(view, Qt.Key.Key_P, CTRL | SHIFT)
    (asked,) = inputs
    assert asked[0] == "Add place" and len(asked[3]) == 2 and "a leading doctor" in asked[3][1]
    doctor = editor.selected_annotation()
    assert doctor.quote == "a leading doctor"
    assert [a.quote for a in doctor.anchors] == ["after one week"]
    assert row_texts(page.places) == ["↗ “after one week”"]
    assert Underline.DashUnderline in marks(editor)["after one week"]

    # A place removed: the number's second one ("cured"), with Delete in its list.
    page.key_tabs.setCurrentIndex(0)
    click_row(page.annotation_list, 0)
    assert editor.selected_annotation().quote == "blood sugar fell by 300%"
    assert row_texts(page.places) == ["↗ “Melts Away Diabetes”", "↗ “cured”"]
    page.places.setFocus()
    key(page.places, Qt.Key.Key_Down, times=2)
    key(page.places, Qt.Key.Key_Delete)
    assert [a.quote for a in editor.selected_annotation().anchors] == ["Melts Away Diabetes"]
    key(page.places, Qt.Key.Key_Z, CTRL)  # undo brings it back, redo removes it again
    assert row_texts(page.places) == ["↗ “Melts Away Diabetes”", "↗ “cured”"]
    key(page.places, Qt.Key.Key_Z, CTRL | SHIFT)
    assert row_texts(page.places) == ["↗ “Melts Away Diabetes”"]

    # A note: select a passage that is fine, Ctrl+Shift+O, type why; Tab to its hint.
    select_in_preview(editor, "That is what", 3)
    key(view, Qt.Key.Key_O, CTRL | SHIFT)
    assert page.key_tabs.currentIndex() == 1 and page.note_text.hasFocus()
    qtbot.keyClicks(page.note_text, "Training note: it says where the figures come from.")
    key(page.note_text, Qt.Key.Key_Tab)
    assert page.note_hint.hasFocus()
    qtbot.keyClicks(page.note_hint, "Whose figures?")
    article = editor.current_article()
    assert [n.quote for n in article.notes][0] == "That is what"
    assert article.notes[0].text == "Training note: it says where the figures come from."
    assert article.notes[0].hint == "Whose figures?"
    assert row_texts(page.note_list)[0].startswith("That is what\nℹ fine · Training note")
    assert Underline.DotLine in marks(editor)["That is what"]
    assert page.key_tabs.tabText(1) == "Notes (3)"
    key(page.note_hint, Qt.Key.Key_Z, CTRL)  # the hint typed is one undo step
    assert editor.current_article().notes[0].hint == ""
    key(page.note_hint, Qt.Key.Key_Z, CTRL | SHIFT)
    assert editor.current_article().notes[0].hint == "Whose figures?"

    # The last note deleted from its list (Ctrl+8 goes there), then saved with Ctrl+S.
    key(view, Qt.Key.Key_8, CTRL)
    assert page.note_list.hasFocus()
    key(page.note_list, Qt.Key.Key_End)
    key(page.note_list, Qt.Key.Key_Delete)
    assert [n.quote for n in editor.current_article().notes] == [
        "That is what",
        "figures published by the Harlow Mere council on 3 March",
    ]
    key(page.note_list, Qt.Key.Key_S, CTRL)
    assert not editor.isWindowModified()

    shown = shown_json(tea, tmp_path, capsys)
    number, doctor = shown["annotations"]
    assert doctor["also"] == ["vague-source"]
    assert shown["text"][doctor["core"]["start"] : doctor["core"]["end"]] == "leading"
    assert [a["quote"] for a in doctor["anchors"]] == ["a leading doctor", "after one week"]
    assert [a["quote"] for a in number["anchors"]] == [
        "blood sugar fell by 300%",
        "Melts Away Diabetes",
    ]
    assert [(n["quote"], n["text"], n["hint"]) for n in shown["notes"]] == [
        ("That is what", "Training note: it says where the figures come from.", "Whose figures?"),
        (
            "figures published by the Harlow Mere council on 3 March",
            "A named source with a date: you can check it.",
            "",
        ),
    ]


def test_a_place_or_note_that_breaks_a_rule_is_refused_with_the_reason(
    editor,
    qtbot,
    tea,
    inputs,  # noqa: F811 (the fixture)
):
    page, view = editor.article_page, editor.article_page.preview
    said: list[str] = []
    editor.session.status.connect(said.append)
    select_in_preview(editor, "figures published", 2)
    key(view, Qt.Key.Key_P, CTRL | SHIFT)
    assert said[-1].startswith("Cannot add the place: a note is on 'figures published")
    select_in_preview(editor, "a leading doctor", 3)
    key(view, Qt.Key.Key_O, CTRL | SHIFT)
    assert said[-1].startswith("Cannot add a note: that passage overlaps the red flag")
    select_in_preview(editor, "after one week", 3)
    key(view, Qt.Key.Key_K, CTRL | SHIFT)
    assert said[-1] == "Cannot set the core: select words inside the passage of an annotation."
    assert [len(a.anchors) for a in editor.current_article().annotations] == [2, 0]
    assert len(editor.current_article().notes) == 2 and not editor.isWindowModified()
    assert page.core.text() == "300%"  # the number's core stays as it was


def test_problems_of_an_also_a_place_a_core_and_a_note_go_to_that_item(
    editor, qtbot, tmp_path, monkeypatch
):
    opened: list[str] = []
    box_texts(monkeypatch, opened)
    folder = source(tmp_path)
    path = next((folder / "articles").glob("*.md"))
    text = path.read_text(encoding="utf-8")
    text = text.replace('also = ["unsupported-claim", "missing-context"]', 'also = ["nope"]')
    text = text.replace('{ quote = "cured", occurrence = 2 }', '{ quote = "healed" }')
    text = text.replace(
        'category = "false-authority"', 'category = "false-authority"\ncore = "nurse"'
    )
    text = text.replace('note = "It says what is not known yet."', 'note = ""')
    path.write_text(text, encoding="utf-8")
    assert editor.open_path(folder)
    page = editor.article_page
    wait_for_problems(editor, qtbot)
    assert len(editor.issues) == 4, editor.issues

    click_problem(editor, qtbot, "unknown category 'nope' in 'also'")
    assert editor.selected_annotation().quote == "blood sugar fell by 300%"
    assert page.also_list.hasFocus()
    assert page.also_list.currentItem().text() == "⚠ unknown category: nope"
    assert page.also_list.currentItem().checkState() == Qt.CheckState.Checked
    key(page.also_list, Qt.Key.Key_Space)  # untick it: the problem goes
    assert editor.selected_annotation().also == ()

    click_problem(editor, qtbot, "anchor 2: quote not found")
    assert page.places.hasFocus() and page.places.currentRow() == 1
    assert page.places.currentItem().text() == "⚠ not found in the text: “healed”"

    click_problem(editor, qtbot, "'core' 'nurse'")
    assert editor.selected_annotation().quote == "a leading doctor" and page.core.hasFocus()
    assert page.core_state.text().startswith("⚠ 'nurse' is not inside the quote")
    page.core.selectAll()
    qtbot.keyClicks(page.core, "doctor")
    assert editor.selected_annotation().core == "doctor"

    click_problem(editor, qtbot, "note 2: missing 'note'")
    assert page.key_tabs.currentIndex() == 1 and page.note_text.hasFocus()
    assert editor.session.current_note == 1
    qtbot.keyClicks(page.note_text, "It says what is not known yet.")
    messages = wait_for_problems(editor, qtbot)
    assert messages == [
        "articles/01-tea.md:10: flag 1, anchor 2: quote not found in the article text: 'healed'"
    ]


def test_note_and_place_text_from_a_pack_is_shown_as_written(editor, qtbot, tmp_path):
    folder = source(tmp_path)
    path = next((folder / "articles").glob("*.md"))
    text = path.read_text(encoding="utf-8")
    text = text.replace(
        'note = "A named source with a date: you can check it."', f"note = '{HOSTILE}'"
    )
    path.write_text(text, encoding="utf-8")
    assert editor.open_path(folder)
    page = editor.article_page
    page.key_tabs.setCurrentIndex(1)
    click_row(page.note_list, 0)
    assert page.note_text.toPlainText() == HOSTILE
    assert HOSTILE.split("\n")[0] in row_texts(page.note_list)[0]
    assert page.note_state.textFormat() == Qt.TextFormat.PlainText
    assert page.core_state.textFormat() == Qt.TextFormat.PlainText
