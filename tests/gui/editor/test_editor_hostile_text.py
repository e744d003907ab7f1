"""The pack editor shows what a pack source says as written: markup is never drawn.

A pack source is untrusted (it may come from anyone), and so are the problems,
paths and names quoted from it. Every label, box, dialog and title of the editor
shows them as their characters.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QColorDialog, QComboBox, QInputDialog, QLabel, QMessageBox, QWidget
from tests.gui.editor.conftest import HOSTILE_FOLDER, write_hostile_source
from tests.gui.hostile import (
    HOSTILE,
    assert_plain,
    assert_plain_box,
    assert_plain_tooltip,
    capture_boxes,
)

from spotit.authoring.saving import SaveError

Button = QMessageBox.StandardButton


def shown_title(title: str) -> str:
    """The title a window set to ``title`` really shows (Qt reads "[*]" in it)."""
    widget = QWidget()
    widget.setWindowTitle(title)
    widget.winId()  # the native window, whose title is the one shown
    shown = widget.windowHandle().title()
    widget.deleteLater()
    return shown


@pytest.fixture
def inputs(monkeypatch):
    """Input dialogs shown from now on, as (title, label, label formats, items); each picks
    ``inputs.answer`` (an index, or None to cancel)."""

    class Shown(list):
        answer: int | None = 0

    shown = Shown()

    def exec_(dialog):
        labels = dialog.findChildren(QLabel)
        combo = dialog.findChild(QComboBox)
        items = [combo.itemText(n) for n in range(combo.count())] if combo else []
        shown.append(
            (dialog.windowTitle(), dialog.labelText(), [x.textFormat() for x in labels], items)
        )
        if shown.answer is None:
            return QInputDialog.DialogCode.Rejected.value
        combo.setCurrentIndex(shown.answer)
        return QInputDialog.DialogCode.Accepted.value

    def static(*args, **_kwargs):
        raise AssertionError(f"a static QInputDialog guesses its label is HTML: {args[2]!r}")

    monkeypatch.setattr(QInputDialog, "exec", exec_)
    monkeypatch.setattr(QInputDialog, "getItem", static)
    return shown


def assert_plain_input(shown: tuple, hostile: str = HOSTILE) -> None:
    _title, label, formats, _items = shown
    assert hostile in label and formats and all(f == Qt.TextFormat.PlainText for f in formats), (
        shown
    )


def test_every_page_shows_a_hostile_source_as_written(editor, hostile_source, monkeypatch):
    shown = capture_boxes(monkeypatch)
    assert editor.open_path(hostile_source)
    assert not shown  # a valid source opens without a box
    # Pack details: where it is saved (a folder whose name is markup).
    editor.tabs.setCurrentWidget(editor.pack_page)
    assert_plain(editor.pack_page.folder_label, HOSTILE_FOLDER)
    assert editor.pack_page.lines["title"].text() == HOSTILE
    # Articles: the list's tooltip and line, the annotation's state, tooltip and category.
    page = editor.article_page
    editor.tabs.setCurrentWidget(page)
    annotations = page.annotation_rows
    assert_plain_tooltip(annotations.index(0, 0).data(Qt.ItemDataRole.ToolTipRole))
    editor.session.select_annotation(editor.current_article().annotations[0].uid)
    assert page.state_label.textFormat() == Qt.TextFormat.PlainText
    assert HOSTILE in page.category.currentText()
    assert page.explanation.toPlainText() == HOSTILE
    assert "<img" not in page.preview.toHtml()
    # Categories: a name in the table, its description as the row's tooltip.
    categories = editor.categories_page
    editor.tabs.setCurrentWidget(categories)
    categories.show_categories(editor.draft, "hostile")
    row = [
        r for r in range(categories.rows.rowCount()) if categories.rows.row(r)[1].id == "hostile"
    ]
    tip = categories.rows.index(row[0], 1).data(Qt.ItemDataRole.ToolTipRole)
    assert_plain_tooltip(tip)


def test_a_category_id_that_cannot_be_used_is_quoted_as_written(editor, hostile_source):
    assert editor.open_path(hostile_source)
    categories = editor.categories_page
    editor.tabs.setCurrentWidget(categories)
    categories.show_categories(editor.draft, "hostile")
    categories.category_id.setFocus()
    categories.category_id.setText(editor.draft.categories[0].id)  # taken by another category
    categories.category_id.editingFinished.emit()
    note = categories.id_note
    assert note.text().startswith("⚠") and note.textFormat() == Qt.TextFormat.PlainText


def test_problems_found_on_opening_are_listed_in_plain_text(editor, tmp_path, monkeypatch):
    folder = write_hostile_source(tmp_path / "src")
    article = folder / "articles" / "01-hostile.md"
    # A flag whose category is markup: the problem quotes it.
    article.write_text(
        article.read_text(encoding="utf-8").replace(
            'category = "hostile"', f"category = '{HOSTILE}'"
        ),
        encoding="utf-8",
    )
    shown = capture_boxes(monkeypatch)
    assert editor.open_path(folder)
    (box,) = shown
    assert box[0] == "Opened with problems"
    assert_plain_box(box)
    # The Problems list says it as written too.
    editor.validate_now()
    lines = [editor.problem_rows.index(r, 0).data() for r in range(editor.problem_rows.rowCount())]
    assert any(HOSTILE in line for line in lines), lines


def test_a_pack_that_cannot_open_is_named_in_plain_text(editor, tmp_path, monkeypatch):
    shown = capture_boxes(monkeypatch)
    assert not editor.open_path(tmp_path / HOSTILE_FOLDER)
    (box,) = shown
    assert box[0] == "Cannot open pack"
    assert_plain_box(box, HOSTILE_FOLDER)


def test_questions_about_an_article_and_the_pack_quote_them_as_written(
    editor, hostile_source, monkeypatch
):
    assert editor.open_path(hostile_source)
    shown = capture_boxes(monkeypatch, Button.Cancel)
    editor.delete_article()
    assert_plain_box(shown[-1])
    assert len(editor.draft.articles) == 1  # cancelled: kept
    editor.pack_page.lines["title"].setFocus()
    editor.pack_page.lines["title"].textEdited.emit(HOSTILE + "!")
    assert not editor._may_discard()
    assert shown[-1][0] == "Unsaved changes"
    assert_plain_box(shown[-1])


def test_save_and_export_errors_are_quoted_as_written(
    editor, hostile_source, monkeypatch, tmp_path
):
    assert editor.open_path(hostile_source)

    def refuse(*_args, **_kwargs):
        raise SaveError(f"{HOSTILE}: cannot write")

    monkeypatch.setattr(editor.session, "save_to", refuse)
    monkeypatch.setattr(editor.session, "export_pack", refuse)
    monkeypatch.setattr(editor.session, "validate_now", lambda: [])
    shown = capture_boxes(monkeypatch)
    assert not editor.save_to(tmp_path / "out")
    assert not editor.export_pack(tmp_path / "out.spotit")
    assert [box[0] for box in shown] == ["Not saved", "Not exported"]
    for box in shown:
        assert_plain_box(box)


def test_choosing_a_category_quotes_names_as_written(editor, hostile_source, inputs):
    assert editor.open_path(hostile_source)
    # Delete the hostile category: its annotation moves to the one chosen.
    categories = editor.categories_page
    editor.tabs.setCurrentWidget(categories)
    categories.show_categories(editor.draft, "hostile")
    inputs.answer = 1
    categories.delete_category()
    (asked,) = inputs
    assert asked[0] == "Delete category"
    assert_plain_input(asked)
    second = editor.draft.categories[1].id
    assert [a.category for a in editor.current_article().annotations] == [second]
    # The full list of categories, from the preview: names listed as written.
    editor.undo_stack.undo()
    page = editor.article_page
    editor.tabs.setCurrentWidget(page)
    editor.session.select_annotation(editor.current_article().annotations[0].uid)
    inputs.answer = None
    page.pick_category()
    assert any(HOSTILE in item for item in inputs[-1][3])
    assert all(f == Qt.TextFormat.PlainText for f in inputs[-1][2])


def test_deleting_the_only_category_in_use_says_so_in_plain_text(editor, tmp_path, monkeypatch):
    folder = write_hostile_source(tmp_path / "src")
    pack = folder / "pack.toml"
    # The hostile category alone: the defaults are not included.
    pack.write_text(
        pack.read_text(encoding="utf-8").replace(
            'id = "hostile"', 'id = "hostile"\ntaxonomy = "none"', 1
        ),
        encoding="utf-8",
    )
    assert editor.open_path(folder)
    assert [c.id for c in editor.draft.categories] == ["hostile"]
    categories = editor.categories_page
    editor.tabs.setCurrentWidget(categories)
    shown = capture_boxes(monkeypatch)
    categories.delete_category()
    (box,) = shown
    assert box[0] == "Delete category"
    assert_plain_box(box)


def test_the_colour_dialog_names_the_category_as_written(editor, hostile_source, monkeypatch):
    assert editor.open_path(hostile_source)
    categories = editor.categories_page
    editor.session.change_category("hostile", "name", "Quiz [*]")
    categories.show_categories(editor.draft, "hostile")
    titles = []

    def get_color(initial, _parent, title, *_args):
        titles.append(title)
        return initial

    monkeypatch.setattr(QColorDialog, "getColor", get_color)
    categories.recolour_category()
    assert shown_title(titles[0]) == "Colour of Quiz [*]"


def test_trying_an_article_names_it_as_written(editor, hostile_source):
    assert editor.open_path(hostile_source)
    editor.try_as_learner()
    dialog = editor.try_dialog
    assert_plain(dialog.note)
    assert_plain(dialog.reader.badge)  # the training notice, as learners see it
    dialog.reject()


def test_the_window_title_keeps_a_pack_title_with_the_modified_marker_in_it(editor, tmp_path):
    folder = write_hostile_source(tmp_path / "src")
    pack = folder / "pack.toml"
    pack.write_text(
        pack.read_text(encoding="utf-8").replace(f"title = '{HOSTILE}'", "title = 'Quiz [*] 1'"),
        encoding="utf-8",
    )
    assert editor.open_path(folder)
    editor.winId()
    title = editor.windowHandle().title()
    assert title.startswith("Quiz [*] 1 — ") and "*" not in title.replace("[*]", ""), title
    # Once changed, the window's own marker shows, and the pack's title is still as written.
    editor.session.change_pack_meta("version", "2")
    title = editor.windowHandle().title()
    assert title.startswith("Quiz [*] 1* — "), title


def test_a_window_title_shows_untrusted_text_as_written(qtbot):
    from spotit.gui.plain import plain_title

    for text in ("Quiz [*]", "[*][*]", "a[*]b[*]", "[*", "*]", "[[*]]", HOSTILE):
        assert shown_title(plain_title(text)) == text
        assert shown_title(plain_title(text) + "[*]") == text  # with the marker after it
    assert shown_title("Quiz [*]") == "Quiz "  # what Qt does to a title not escaped


def test_choose_item_returns_the_index_of_an_item_shown_twice(qtbot, inputs):
    from spotit.gui.plain import choose_item

    inputs.answer = 1
    assert choose_item(None, "T", HOSTILE, ["Same", "Same"]) == 1
    assert_plain_input(inputs[0])
    inputs.answer = None
    assert choose_item(None, "T", HOSTILE, ["Same"]) is None


def test_two_categories_with_one_name_move_annotations_to_the_one_chosen(
    editor, hostile_source, inputs
):
    assert editor.open_path(hostile_source)
    first, second = editor.draft.categories[0], editor.draft.categories[1]
    editor.session.change_category(second.id, "name", first.name)
    categories = editor.categories_page
    categories.show_categories(editor.draft, "hostile")
    # The others are listed in palette order: the hostile one first, so index 1 is `second`.
    others = [c.id for c in editor.draft.categories if c.id != "hostile"]
    inputs.answer = others.index(second.id)
    categories.delete_category()
    assert [a.category for a in editor.current_article().annotations] == [second.id]


def test_replacing_a_folder_that_holds_a_pack_names_it_as_written(editor, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    folder = write_hostile_source(tmp_path / HOSTILE_FOLDER)
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *_a, **_k: str(folder))
    shown = capture_boxes(monkeypatch, Button.No)
    assert editor._ask_folder("Save pack sources to folder") is None
    assert_plain_box(shown[0], str(Path(folder)))


def test_a_category_with_an_ampersand_is_named_as_written_in_the_annotate_menu(
    editor, hostile_source
):
    from PySide6.QtGui import QKeySequence
    from PySide6.QtWidgets import QMenu
    from tests.gui.editor.conftest import select_in_preview

    assert editor.open_path(hostile_source)
    editor.session.change_category("hostile", "name", "Q&A")
    editor.flush()
    select_in_preview(editor, "rocket", 1)
    menu = QMenu()
    editor.fill_annotation_menu(menu)
    (sub,) = [a.menu() for a in menu.actions() if a.menu() is not None]
    (action,) = [a for a in sub.actions() if "Q" in a.text()]
    # Shown as "Q&A" (Qt draws "&&" as "&"), and no Alt+A shortcut taken from the window.
    assert action.text().replace("&&", "&") == "Q&A"
    assert QKeySequence.mnemonic(action.text()).isEmpty()
