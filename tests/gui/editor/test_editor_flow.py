"""Writing a pack in the editor, driven with real key events as an instructor would."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QColorDialog, QFileDialog, QMessageBox
from tests.conftest import STARTER
from tests.gui.editor.conftest import (
    ALT,
    CTRL,
    SHIFT,
    key,
    on_next_dialog,
    row_texts,
    select_in_preview,
    wait_active,
)

from spotit.authoring import saving
from spotit.authoring.draft import (
    EXACT,
    FUZZY,
    MOVED,
    ORPHANED,
    source_layout,
)
from spotit.content.source import read_pack_source
from spotit.gui.editor import PackEditor
from spotit.store.bundled import data_dir
from spotit.store.pack import open_pack

BODY = "Experts say the river will run dry by next summer. The minister denied it."


def box_texts(monkeypatch, into: list[str]) -> None:
    """Message boxes shown from now on put their text in ``into`` (and are answered OK)."""

    def exec_(box):
        into.append(box.text())
        return QMessageBox.StandardButton.Ok.value

    monkeypatch.setattr(QMessageBox, "exec", exec_)


def type_body(editor: PackEditor, qtbot, text: str) -> None:
    source = editor.article_page.source
    source.setFocus()
    qtbot.keyClicks(source, text)
    editor.flush()


def caret_after(editor: PackEditor, text: str) -> None:
    """Put the Markdown editor's caret right after ``text``."""
    source = editor.article_page.source
    cursor = source.textCursor()
    cursor.setPosition(source.toPlainText().index(text) + len(text))
    source.setTextCursor(cursor)
    source.setFocus()


def states(editor: PackEditor) -> dict[str, str]:
    article = editor.current_article()
    return {a.quote: a.status for a in article.annotations}


def state_column(editor: PackEditor) -> list[str]:
    """The state each annotation shows in the list (the second line, before the category)."""
    shown = editor.article_page.annotation_list
    return [text.split("\n")[1].split(" · ")[0] for text in row_texts(shown)]


@pytest.fixture
def starter_copy(tmp_path) -> Path:
    return Path(shutil.copytree(STARTER, tmp_path / "starter"))


@pytest.fixture
def new_pack(editor, tmp_path) -> Path:
    folder = tmp_path / "river-pack"
    assert editor.new_pack(folder)
    return folder


def test_write_annotate_and_save_a_new_pack_with_the_keyboard(editor, qtbot, new_pack):
    page = editor.article_page
    assert editor.windowTitle().startswith("River pack")
    page.headline.setFocus()
    page.headline.selectAll()
    qtbot.keyClicks(page.headline, "River to run dry, experts say")
    page.source.setFocus()
    qtbot.keyClicks(page.source, BODY)
    # The preview follows after a pause in typing, not at every key.
    assert "minister" not in page.preview.text
    qtbot.waitUntil(lambda: "minister" in page.preview.text, timeout=3000)
    assert page.preview.text.startswith("River to run dry, experts say\nExperts say the river")

    select_in_preview(editor, "Experts say the", 2)
    key(page.preview, Qt.Key.Key_3)  # the third category: vague or anonymous source
    article = editor.current_article()
    (annotation,) = article.annotations
    assert (annotation.quote, annotation.category) == ("Experts say", "vague-source")
    assert page.explanation.hasFocus()
    qtbot.keyClicks(page.explanation, "Which experts? Look for a name.")
    key(page.explanation, Qt.Key.Key_Escape)
    assert page.preview.hasFocus()
    assert editor.current_article().annotations[0].explanation == "Which experts? Look for a name."
    assert row_texts(page.annotation_list) == [
        "Experts say\n✓ on its quote · Vague or anonymous source"
    ]
    (highlight,) = page.preview.extraSelections()
    assert highlight.format.underlineStyle() != highlight.format.UnderlineStyle.NoUnderline

    # The caret in the highlighted passage selects its annotation; F8 walks the list.
    select_in_preview(editor, "The minister", 4)
    key(page.preview, Qt.Key.Key_Right)  # the caret stays in the new annotation's reach
    editor.article_page.preview.setFocus()
    key(page.preview, Qt.Key.Key_A, CTRL | SHIFT)  # annotate with the last category
    assert [a.quote for a in editor.current_article().annotations] == ["Experts say"]
    select_in_preview(editor, "The minister", 4)
    key(page.preview, Qt.Key.Key_A, CTRL | SHIFT)
    assert [a.quote for a in editor.current_article().annotations] == [
        "Experts say",
        "The minister denied it",
    ]
    qtbot.keyClicks(page.explanation, "Which minister?")
    page.preview.setFocus()
    cursor = page.preview.textCursor()
    cursor.setPosition(page.preview.to_qt(page.preview.text.index("Experts") + 3))
    page.preview.setTextCursor(cursor)
    assert editor.selected_annotation().quote == "Experts say"
    key(page.preview, Qt.Key.Key_F8)
    assert editor.selected_annotation().quote == "The minister denied it"

    key(page.preview, Qt.Key.Key_S, CTRL)
    assert not editor.isWindowModified()
    source = read_pack_source(new_pack)
    assert source.problems == []
    (saved,) = source.articles
    assert saved.meta.headline == "River to run dry, experts say"
    assert [(a.quote, a.category, a.explanation) for a in saved.annotations] == [
        ("Experts say", "vague-source", "Which experts? Look for a name."),
        ("The minister denied it", "vague-source", "Which minister?"),
    ]


def annotated_pack(editor, qtbot) -> None:
    """The body, with two annotations made in the preview by keyboard."""
    type_body(editor, qtbot, BODY)
    page = editor.article_page
    select_in_preview(editor, "the river will", 8)
    key(page.preview, Qt.Key.Key_6)  # unsupported claim
    qtbot.keyClicks(page.explanation, "No evidence.")
    select_in_preview(editor, "The minister", 4)
    key(page.preview, Qt.Key.Key_4)  # wrong fact
    qtbot.keyClicks(page.explanation, "Which minister?")
    assert states(editor) == {
        "the river will run dry by next summer": EXACT,
        "The minister denied it": EXACT,
    }


def test_annotations_move_become_fuzzy_or_orphaned_and_the_author_resolves_them(
    editor, qtbot, new_pack
):
    annotated_pack(editor, qtbot)
    page = editor.article_page
    claim, minister = "the river will run dry by next summer", "The minister denied it"

    # Text typed before both annotations moves them onto the same words.
    page.source.setFocus()
    key(page.source, Qt.Key.Key_Home, CTRL)
    qtbot.keyClicks(page.source, "Yesterday, ")
    editor.flush()
    assert states(editor) == {claim: MOVED, minister: MOVED}
    assert state_column(editor) == ["↪ moved", "↪ moved"]

    # A changed word inside a quote proposes the changed passage for the author to confirm.
    caret_after(editor, "next summer")
    key(page.source, Qt.Key.Key_Backspace, times=len("summer"))
    qtbot.keyClicks(page.source, "autumn")
    editor.flush()
    assert states(editor) == {claim: FUZZY, minister: EXACT}
    assert state_column(editor)[0] == "≈ check: quote changed"
    key(page.preview, Qt.Key.Key_Home, CTRL)
    key(page.source, Qt.Key.Key_F8, CTRL)  # next annotation that needs the author
    assert editor.selected_annotation().quote == claim
    assert "the closest passage now is “the river will run dry by next autumn”" in (
        page.state_label.text()
    )
    key(page.annotation_list, Qt.Key.Key_Y, CTRL | SHIFT)  # accept the proposed passage
    assert states(editor) == {"the river will run dry by next autumn": EXACT, minister: EXACT}

    # Deleting a quoted passage orphans its annotation; it is listed, not dropped.
    caret_after(editor, "The minister denied it.")
    key(page.source, Qt.Key.Key_Backspace, times=len(" The minister denied it."))
    editor.flush()
    assert states(editor)[minister] == ORPHANED
    assert "⚠ orphaned" in state_column(editor)
    assert len(page.preview.extraSelections()) == 1  # nothing to highlight for the orphan
    key(page.source, Qt.Key.Key_F8, CTRL)
    assert editor.selected_annotation().quote == minister
    assert page.state_label.text().startswith("⚠ Orphaned: “The minister denied it” is no longer")

    # The author writes the passage again and re-selects it for the annotation.
    qtbot.keyClicks(page.source, " The mayor denied it.")
    editor.flush()
    select_in_preview(editor, "The mayor", 4)
    key(page.preview, Qt.Key.Key_R, CTRL | SHIFT)
    fixed = editor.selected_annotation()
    assert (fixed.quote, fixed.status, fixed.explanation) == (
        "The mayor denied it",
        EXACT,
        "Which minister?",
    )

    # Undo walks back through annotation and text changes in order; redo walks forward.
    key(page.preview, Qt.Key.Key_Z, CTRL)  # the re-selection
    assert states(editor)[minister] == ORPHANED
    key(page.preview, Qt.Key.Key_Z, CTRL)  # typing " The mayor denied it."
    assert "mayor" not in editor.current_article().body
    key(page.preview, Qt.Key.Key_Z, CTRL)  # deleting the sentence
    assert states(editor)[minister] == EXACT
    key(page.preview, Qt.Key.Key_Z, CTRL)  # accepting the proposed passage
    assert states(editor)[claim] == FUZZY
    key(page.preview, Qt.Key.Key_Z, CTRL | SHIFT)
    key(page.preview, Qt.Key.Key_Z, CTRL | SHIFT)
    assert states(editor)[minister] == ORPHANED
    # Undo from inside the Markdown editor uses the same history.
    page.source.setFocus()
    key(page.source, Qt.Key.Key_Z, CTRL)
    assert states(editor)[minister] == EXACT
    assert "The minister denied it." in page.source.toPlainText()


def test_undo_of_an_annotation_and_then_of_the_text_it_was_made_on(editor, qtbot, new_pack):
    type_body(editor, qtbot, BODY)
    page = editor.article_page
    select_in_preview(editor, "The minister", 4)
    key(page.preview, Qt.Key.Key_2)
    assert len(editor.current_article().annotations) == 1
    key(page.preview, Qt.Key.Key_Z, CTRL)
    assert editor.current_article().annotations == ()
    assert editor.current_article().body == BODY
    key(page.preview, Qt.Key.Key_Z, CTRL)
    assert editor.current_article().body == ""
    assert page.source.toPlainText() == ""
    key(page.preview, Qt.Key.Key_Z, CTRL | SHIFT)
    key(page.preview, Qt.Key.Key_Z, CTRL | SHIFT)
    assert page.source.toPlainText() == BODY
    assert [a.quote for a in editor.current_article().annotations] == ["The minister denied it"]


def click_problem(editor, qtbot, fragment: str) -> None:
    problems = editor.problems
    for row, text in enumerate(row_texts(problems)):
        if fragment in text:
            rect = problems.visualRect(problems.model().index(row, 0))
            QTest.mouseClick(problems.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
            return
    raise AssertionError(f"no problem mentions {fragment!r}: {editor.issues}")


def wait_for_problems(editor, qtbot) -> list[str]:
    with qtbot.waitSignal(editor.validated, timeout=5000):
        pass
    return [issue.message for issue in editor.issues]


def test_problems_are_listed_like_the_command_and_jump_to_their_place(editor, qtbot, new_pack):
    messages = wait_for_problems(editor, qtbot)
    assert messages == [
        "articles/001-new-article.md:8: empty article: there is no text after the front matter"
    ]
    page = editor.article_page
    type_body(editor, qtbot, BODY)
    key(page.source, Qt.Key.Key_N, CTRL | SHIFT)  # a second, empty article
    assert editor.current_article().meta.id == "new-article-2"
    select_first = editor.draft.articles[0].uid
    editor.select_article(select_first)
    select_in_preview(editor, "The minister", 4)
    key(page.preview, Qt.Key.Key_4)
    page.preview.setFocus()  # no explanation typed
    messages = wait_for_problems(editor, qtbot)
    assert (
        "articles/001-new-article.md:11: flag 1: missing explanation "
        "(quote 'The minister denied it')" in messages
    )
    assert editor.problems_dock.windowTitle() == "Problems (2)"
    assert "⚠ 1" in row_texts(page.article_list)[1]

    click_problem(editor, qtbot, "empty article")
    assert editor.current_article().meta.id == "new-article-2" and page.source.hasFocus()
    click_problem(editor, qtbot, "missing explanation")
    assert editor.current_article().uid == select_first
    assert editor.selected_annotation().quote == "The minister denied it"
    assert page.explanation.hasFocus()
    qtbot.keyClicks(page.explanation, "Which minister? Check the government's page.")
    messages = wait_for_problems(editor, qtbot)
    assert len(messages) == 1 and "empty article" in messages[0]

    # A pack field: the title cleared on the Pack details page; F4 goes to the next problem.
    editor.tabs.setCurrentWidget(editor.pack_page)
    title = editor.pack_page.lines["title"]
    title.setFocus()
    title.selectAll()
    key(title, Qt.Key.Key_Delete)
    messages = wait_for_problems(editor, qtbot)
    assert "pack.toml:2: field 'title' must be non-empty text" in messages
    assert messages[0].startswith("pack.toml")  # the command lists the manifest's first
    editor.tabs.setCurrentWidget(editor.article_page)
    page.article_list.setFocus()
    key(page.article_list, Qt.Key.Key_F4)
    assert editor.tabs.currentWidget() is editor.pack_page and title.hasFocus()
    key(title, Qt.Key.Key_F4)
    assert editor.tabs.currentWidget() is page and page.source.hasFocus()
    assert editor.current_article().meta.id == "new-article-2"


def test_save_then_reopen_gives_the_same_pack_with_a_backup(editor, qtbot, starter_copy):
    originals = {p.name: p.read_text(encoding="utf-8") for p in starter_copy.rglob("*.md")}
    assert editor.open_path(starter_copy)
    assert not editor.isWindowModified()
    page = editor.article_page
    editor.select_article(editor.draft.articles[2].uid)
    assert editor.current_article().meta.id == "miracle-tea"
    select_in_preview(editor, "simple tea", 2)
    key(page.preview, Qt.Key.Key_6)
    qtbot.keyClicks(page.explanation, "A simple tea that cures? Ask for the trial.")
    assert editor.isWindowModified()
    key(page.preview, Qt.Key.Key_S, CTRL)
    assert not editor.isWindowModified()

    again = PackEditor()
    qtbot.addWidget(again)
    assert again.open_path(starter_copy)
    mine = source_layout(editor.draft, editor.file_names).files
    theirs = source_layout(again.draft, again.file_names).files
    assert mine == theirs
    tea = next(a for a in again.draft.articles if a.meta.id == "miracle-tea")
    assert "simple tea" in [a.quote for a in tea.annotations]
    # The backup holds the files as they were before this save.
    backup = starter_copy / saving.BACKUP_DIR
    assert {p.name: p.read_text(encoding="utf-8") for p in backup.rglob("*.md")} == originals
    assert (backup / "pack.toml").read_text(encoding="utf-8") == (STARTER / "pack.toml").read_text(
        encoding="utf-8"
    )


def test_a_save_that_fails_midway_keeps_the_previous_files_and_the_changes(
    editor, qtbot, starter_copy, monkeypatch
):
    assert editor.open_path(starter_copy)
    page = editor.article_page
    before = {p: p.read_bytes() for p in starter_copy.rglob("*") if p.is_file()}

    def pack_files():
        return {
            p: p.read_bytes()
            for p in starter_copy.rglob("*")
            if p.is_file() and saving.BACKUP_DIR not in p.parts
        }

    editor.tabs.setCurrentWidget(editor.pack_page)
    title = editor.pack_page.lines["title"]
    title.setFocus()
    key(title, Qt.Key.Key_End)
    qtbot.keyClicks(title, " (second edition)")
    editor.tabs.setCurrentWidget(page)
    page.source.setFocus()
    key(page.source, Qt.Key.Key_End, CTRL)
    key(page.source, Qt.Key.Key_Return)
    qtbot.keyClicks(page.source, "A new closing line.")

    real_replace, calls, warnings = os.replace, [], []

    def fail_on_second_file(src, dst):
        if not any(p.startswith(saving.BACKUP_DIR) for p in Path(dst).parts):  # pack files only
            calls.append(dst)
        if len(calls) == 2:
            raise OSError(5, "Input/output error")
        return real_replace(src, dst)

    monkeypatch.setattr(saving.os, "replace", fail_on_second_file)
    box_texts(monkeypatch, warnings)
    key(page.source, Qt.Key.Key_S, CTRL)
    assert len(warnings) == 1 and "Input/output error" in warnings[0]
    assert "previous version is unchanged" in warnings[0]
    assert pack_files() == before
    assert editor.isWindowModified()  # nothing is lost: the changes are still there to save
    monkeypatch.setattr(saving.os, "replace", real_replace)
    key(page.source, Qt.Key.Key_S, CTRL)
    assert read_pack_source(starter_copy).meta.title == "SpotIt starter pack (second edition)"


def test_try_as_learner_opens_the_reader_on_the_article_and_records_nothing(
    editor, qtbot, starter_copy
):
    assert editor.open_path(starter_copy)
    editor.select_article(editor.draft.articles[2].uid)
    page = editor.article_page
    page.preview.setFocus()
    key(page.preview, Qt.Key.Key_F5)
    dialog = editor.try_dialog
    wait_active(qtbot, dialog)
    reader = dialog.reader
    assert reader.current.article.meta.id == "miracle-tea"
    assert reader.current.article.text == editor.current_article().text
    view = reader.view
    view.setFocus()
    cursor = view.textCursor()
    cursor.setPosition(0)
    view.setTextCursor(cursor)
    key(view, Qt.Key.Key_Right, times=view.to_qt(view.text.index("Recently")))
    key(view, Qt.Key.Key_Right, CTRL | SHIFT)
    key(view, Qt.Key.Key_8)  # missing or misleading date or context
    key(view, Qt.Key.Key_Return, CTRL)
    assert reader.report is not None and reader.report.score > 0
    model = reader.verdict_list.model()
    verdicts = [model.index(i, 0).data() for i in range(model.rowCount())]
    assert "✓ Found" in verdicts
    assert not (data_dir() / "progress.db").exists()
    dialog.accept()


def test_articles_are_added_duplicated_reordered_and_deleted(editor, qtbot, new_pack):
    page = editor.article_page
    type_body(editor, qtbot, BODY)
    select_in_preview(editor, "The minister", 4)
    key(page.preview, Qt.Key.Key_4)
    page.article_list.setFocus()
    key(page.article_list, Qt.Key.Key_D, CTRL | SHIFT)
    ids = [a.meta.id for a in editor.draft.articles]
    assert ids == ["new-article", "new-article-copy"]
    assert len(editor.current_article().annotations) == 1
    page.article_list.setFocus()
    key(page.article_list, Qt.Key.Key_Insert)
    assert [a.meta.id for a in editor.draft.articles][2] == "new-article-2"
    page.article_list.setFocus()
    key(page.article_list, Qt.Key.Key_Up, ALT)
    key(page.article_list, Qt.Key.Key_Up, ALT)
    assert [a.meta.id for a in editor.draft.articles] == [
        "new-article-2",
        "new-article",
        "new-article-copy",
    ]
    assert page.article_list.currentIndex().row() == 0

    # Delete asks first; Cancel keeps the article, Yes deletes it, and undo brings it back.
    on_next_dialog(lambda box: key(box, Qt.Key.Key_Escape))
    key(page.article_list, Qt.Key.Key_Delete)
    assert len(editor.draft.articles) == 3
    seen = on_next_dialog(lambda box: box.button(QMessageBox.StandardButton.Yes).click())
    key(page.article_list, Qt.Key.Key_Delete)
    assert "Delete “New article”" in seen[0]
    assert [a.meta.id for a in editor.draft.articles] == ["new-article", "new-article-copy"]
    wait_active(qtbot, editor)
    key(page.article_list, Qt.Key.Key_Z, CTRL)
    assert [a.meta.id for a in editor.draft.articles][0] == "new-article-2"


def test_categories_are_added_renamed_recoloured_reordered_and_deleted_with_care(
    editor, qtbot, new_pack, monkeypatch
):
    page = editor.article_page
    type_body(editor, qtbot, BODY)
    select_in_preview(editor, "The minister", 4)
    key(page.preview, Qt.Key.Key_1)  # sensational headline
    editor.tabs.setCurrentWidget(editor.categories_page)
    categories = editor.categories_page
    table = categories.table
    table.setFocus()
    key(table, Qt.Key.Key_Insert)
    assert categories.name.hasFocus()
    qtbot.keyClicks(categories.name, "Genre signal")
    assert editor.draft.categories[-1].name == "Genre signal"

    monkeypatch.setattr(QColorDialog, "getColor", lambda *a: QColor("#2a9d8f"))
    categories.colour_button.setFocus()
    key(categories.colour_button, Qt.Key.Key_Space)
    assert editor.draft.categories[-1].color == "#2a9d8f"

    table.setFocus()
    key(table, Qt.Key.Key_Up, ALT)
    assert [c.id for c in editor.draft.categories][-2:] == ["new-category", "filler"]
    key(table, Qt.Key.Key_Z, CTRL)
    assert editor.draft.categories[-1].id == "new-category"

    # A category in use asks where its annotations go; Escape cancels.
    table.setCurrentIndex(table.model().index(0, 0))
    on_next_dialog(lambda dialog: key(dialog, Qt.Key.Key_Escape))
    key(table, Qt.Key.Key_Delete)
    assert editor.draft.category("sensational-headline") is not None
    seen = on_next_dialog(lambda dialog: key(dialog, Qt.Key.Key_Return))  # first offered: next one
    key(table, Qt.Key.Key_Delete)
    assert "1 annotation uses “Sensational headline”" in seen[0]
    assert editor.draft.category("sensational-headline") is None
    (annotation,) = editor.draft.articles[0].annotations
    assert annotation.category == "unsourced-quote"
    wait_active(qtbot, editor)
    key(table, Qt.Key.Key_Z, CTRL)
    assert editor.draft.articles[0].annotations[0].category == "sensational-headline"


def test_closing_with_unsaved_changes_asks(editor, qtbot, new_pack):
    editor.ask_before_closing = True
    type_body(editor, qtbot, BODY)
    seen = on_next_dialog(lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    assert not editor.close()
    assert editor.isVisible() and "Save the changes" in seen[0]
    on_next_dialog(lambda box: box.button(QMessageBox.StandardButton.Discard).click())
    assert editor.close()
    assert not new_pack.exists()  # discarded: nothing was written


def test_a_built_pack_opens_and_saves_as_a_source_folder(
    editor, qtbot, built_pack, tmp_path, monkeypatch
):
    assert editor.open_path(built_pack)
    assert [a.meta.id for a in editor.draft.articles] == ["rocket"]
    assert editor.path is None and not editor.isWindowModified()
    page = editor.article_page
    page.headline.setFocus()
    qtbot.keyClicks(page.headline, "!")
    assert editor.isWindowModified()
    folder = tmp_path / "from-built"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(folder))
    key(editor.article_page.preview, Qt.Key.Key_S, CTRL)
    assert editor.path == folder and not editor.isWindowModified()
    source = read_pack_source(folder)
    assert source.problems == []
    assert [a.quote for a in source.articles[0].annotations] == ["stunned", "experts say"]


def test_opening_a_broken_source_folder_says_why_and_keeps_the_pack(editor, tmp_path, monkeypatch):
    folder = tmp_path / "broken"
    (folder / "articles").mkdir(parents=True)
    (folder / "pack.toml").write_text('id = "b"\ntitle = "B"\nversion = "1"\n', encoding="utf-8")
    (folder / "articles" / "01-x.md").write_text("no front matter\n", encoding="utf-8")
    shown = []
    box_texts(monkeypatch, shown)
    before = editor.draft
    assert not editor.open_path(folder)
    assert shown == [
        f"{folder / 'articles' / '01-x.md'}:1: missing front matter, fix it in a text editor first"
    ]
    assert editor.draft is before


def test_export_as_spotit_is_refused_while_there_are_problems(
    editor, qtbot, new_pack, tmp_path, monkeypatch
):
    warnings = []
    box_texts(monkeypatch, warnings)
    out = tmp_path / "river.spotit"
    assert not editor.export_pack(out)  # the only article is empty
    assert "1 problem." in warnings[0] and not out.exists()
    type_body(editor, qtbot, BODY)
    select_in_preview(editor, "The minister", 4)
    key(editor.article_page.preview, Qt.Key.Key_4)
    qtbot.keyClicks(editor.article_page.explanation, "Which minister?")
    with qtbot.waitSignal(editor.exported) as exported:
        assert editor.export_pack(out)
    assert exported.args == [out]
    with open_pack(out) as pack:
        (article,) = [pack.article(i) for i in pack.article_ids()]
    assert [(a.quote, a.category) for a in article.annotations] == [
        ("The minister denied it", "wrong-fact")
    ]


def test_a_new_pack_is_never_started_over_an_existing_one(editor, starter_copy, monkeypatch):
    shown = []
    box_texts(monkeypatch, shown)
    assert not editor.new_pack(starter_copy)
    assert "already holds a pack" in shown[0]


def test_after_an_interrupted_save_opening_offers_the_backup(editor, starter_copy, monkeypatch):
    original = (starter_copy / "pack.toml").read_text(encoding="utf-8")
    backup = starter_copy / saving.BACKUP_DIR
    backup.mkdir()
    (backup / "pack.toml").write_text(original, encoding="utf-8")
    shutil.copytree(starter_copy / "articles", backup / "articles")
    (backup / saving.SAVING_MARKER).write_text("", encoding="utf-8")
    (starter_copy / "pack.toml").write_text(
        original.replace("starter pack", "half"), encoding="utf-8"
    )
    asked = []

    def answer_yes(box):
        asked.append(box.text())
        return QMessageBox.StandardButton.Yes.value

    monkeypatch.setattr(QMessageBox, "exec", answer_yes)
    assert editor.open_path(starter_copy)
    assert "was interrupted" in asked[0]
    assert editor.draft.meta.title == "SpotIt starter pack"
    assert (starter_copy / "pack.toml").read_text(encoding="utf-8") == original
