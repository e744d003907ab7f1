"""An answer key's check in the editor, from the keyboard: the source page that settles a red
flag (or shows a note's passage fine) and the passage of that page, each change one undo step,
saved as check / check_quote; a check's problem taking the author to its field; hostile page
titles as their characters. And the editor's keys: none is Ctrl+Alt (AltGr on many layouts
types "[" "]" with it), and Ctrl+Tab / Ctrl+PgDown switch tabs wherever the focus is.
Every page and article here is invented training material."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtTest import QTest
from tests.authoring.test_sources_round_trip import write_web
from tests.gui.editor.conftest import ALT, CTRL, SHIFT, key
from tests.gui.hostile import HOSTILE, assert_plain, assert_plain_tooltip, capture_boxes

from spotit.authoring.validation import Target
from spotit.content.source import read_pack_source
from spotit.core.model import CheckPointer
from spotit.gui.editor.window import SHORTCUTS_HELP

SURVEY = "articles/02-survey.md"
COURIER = "lakeside-courier — The Lakeside Courier, outlet page"
OKAFOR = "mara-okafor — Dr Mara Okafor, profile"


@pytest.fixture
def folder(tmp_path) -> Path:
    return write_web(tmp_path / "src")


def items(combo) -> list[str]:
    return [combo.itemText(k) for k in range(combo.count())]


def select_flag(editor, quote: str) -> None:
    """F8 in the preview until the annotation on ``quote`` is selected."""
    for _ in range(len(editor.current_article().annotations)):
        key(editor.article_page.preview, Qt.Key.Key_F8)
        if editor.selected_annotation().quote == quote:
            return
    raise AssertionError(f"no annotation on {quote!r}")


def front_matter(path: Path) -> str:
    return path.read_text(encoding="utf-8").split("+++")[1]


def test_a_red_flags_check_is_chosen_and_quoted_by_keyboard_undone_and_saved(editor, folder):
    assert editor.open_path(folder)
    page, fields = editor.article_page, editor.article_page.check_fields
    select_flag(editor, "experts say")  # in the first article: which experts?
    key(page.preview, Qt.Key.Key_Q, ALT)  # the chooser's mnemonic
    assert fields.page.hasFocus()
    assert items(fields.page) == ["(none)", COURIER, OKAFOR]
    assert fields.page.currentText() == "(none)" and not fields.quote.isEnabled()
    assert fields.state.text() == "No check: feedback names no page for this red flag."
    key(fields.page, Qt.Key.Key_Down)
    assert editor.selected_annotation().check == CheckPointer("lakeside-courier")
    assert fields.state.text().startswith("✓ Feedback offers the whole page.")
    key(fields.page, Qt.Key.Key_J, ALT)  # the passage's mnemonic
    assert fields.quote.hasFocus()
    QTest.keyClicks(fields.quote, "corrections every Fridya")
    assert fields.state.text() == "⚠ the passage is not in the page 'lakeside-courier'."
    key(fields.quote, Qt.Key.Key_Backspace, times=2)
    QTest.keyClicks(fields.quote, "ay")
    check = editor.selected_annotation().check
    assert check == CheckPointer("lakeside-courier", "corrections every Friday")
    assert fields.state.text().startswith("✓ The passage is in the page once")
    # One undo takes the typing back, the next the page; redo brings both back.
    key(fields.quote, Qt.Key.Key_Z, CTRL)
    assert editor.selected_annotation().check == CheckPointer("lakeside-courier")
    assert fields.quote.text() == ""
    key(fields.quote, Qt.Key.Key_Z, CTRL)
    assert editor.selected_annotation().check is None
    assert fields.page.currentText() == "(none)"
    key(page.preview, Qt.Key.Key_Z, CTRL | SHIFT, times=2)
    assert editor.selected_annotation().check == check
    assert fields.quote.text() == "corrections every Friday"
    assert editor.save_to(folder)
    written = front_matter(folder / "articles" / "01-rocket.md")
    assert 'check = "source:lakeside-courier"' in written
    assert 'check_quote = "corrections every Friday"' in written
    assert read_pack_source(folder).problems == []


def test_a_notes_check_is_changed_and_cleared_by_keyboard(editor, folder):
    assert editor.open_path(folder)
    editor.select_article(editor.draft.articles[1].uid)
    page, fields = editor.article_page, editor.article_page.note_check_fields
    key(page.preview, Qt.Key.Key_8, CTRL)  # the notes
    assert page.note_list.hasFocus()
    key(page.note_list, Qt.Key.Key_Down)
    assert editor.session.selected_note().quote == "the water was clear"
    key(page.note_list, Qt.Key.Key_Q, ALT)
    assert fields.page.hasFocus() and fields.page.currentText() == COURIER
    assert fields.state.text() == "✓ Feedback offers the whole page." + (
        " Give its words above to have them highlighted when the learner opens it."
    )
    key(fields.page, Qt.Key.Key_Down)  # another page
    assert editor.session.selected_note().check == CheckPointer("mara-okafor")
    key(fields.page, Qt.Key.Key_Home)  # no check
    assert editor.session.selected_note().check is None
    assert fields.state.text() == "No check: feedback names no page for this note."
    assert not fields.quote.isEnabled()
    key(fields.page, Qt.Key.Key_Z, CTRL)
    assert editor.session.selected_note().check == CheckPointer("mara-okafor")
    assert editor.save_to(folder)
    front = front_matter(folder / SURVEY)
    assert front.count('check = "source:mara-okafor"') == 2  # the flag's, and now the note's


def write_check(folder: Path, old: str, new: str) -> None:
    path = folder / SURVEY
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")


def test_a_checks_problem_takes_the_author_to_its_field(editor, qtbot, folder, monkeypatch):
    write_check(folder, 'check_quote = "a hydrologist"', 'check_quote = "medieval poetry"')
    write_check(folder, 'check = "source:lakeside-courier"', 'check = "source:nobody"')
    boxes = capture_boxes(monkeypatch)
    assert editor.open_path(folder)  # it opens, and says what is wrong
    assert boxes[0][0] == "Opened with problems"
    qtbot.waitUntil(lambda: len(editor.issues) == 2)
    page = editor.article_page
    by_field = {issue.target.field: issue for issue in editor.issues}
    editor.go_to(by_field["check_quote"].target, by_field["check_quote"].message)
    assert page.check_fields.quote.hasFocus()
    assert page.check_fields.quote.text() == "medieval poetry"
    assert page.check_fields.state.text() == "⚠ the passage is not in the page 'mara-okafor'."
    # A note's check at fault: the chooser, showing the page it names is missing.
    survey = editor.draft.articles[1]
    editor.go_to(Target("note", "check", survey.uid, note=0))
    assert page.note_check_fields.page.hasFocus()
    assert page.note_check_fields.page.currentText() == "⚠ no such page: nobody"
    assert page.note_check_fields.state.text() == "⚠ there is no source page 'nobody'."


def test_a_hostile_page_title_is_listed_as_its_characters(editor, folder, monkeypatch):
    (folder / "sources" / "zz-hostile.md").write_text(
        f'+++\nid = "zz-hostile"\nkind = "report"\ntitle = \'{HOSTILE}\u202e\'\n'
        'names = ["Hostile report"]\n+++\nAn invented report, made up for training.\n',
        encoding="utf-8",
    )
    write_check(folder, 'check = "source:lakeside-courier"', 'check = "source:zz-hostile"')
    boxes = capture_boxes(monkeypatch)  # the bidi control is a problem validation reports
    assert editor.open_path(folder)
    assert [b[0] for b in boxes] == ["Opened with problems"]
    editor.select_article(editor.draft.articles[1].uid)
    editor.session.select_note(0)
    fields = editor.article_page.note_check_fields
    shown = f"zz-hostile — {HOSTILE}⇆, report"  # the bidi control drawn as a mark
    assert fields.page.currentText() == shown
    assert_plain_tooltip(
        fields.page.itemData(fields.page.currentIndex(), Qt.ItemDataRole.ToolTipRole)
    )
    assert_plain(fields.state, "✓ Feedback offers the whole page.")


def test_no_editor_key_is_ctrl_alt_so_altgr_types_brackets_in_the_markdown(editor, folder):
    ctrl_alt = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
    keys = [
        (thing.text() if isinstance(thing, QAction) else "shortcut", sequence[k])
        for thing in editor.findChildren(QAction) + editor.findChildren(QShortcut)
        for sequence in (thing.shortcuts() if isinstance(thing, QAction) else [thing.key()])
        for k in range(sequence.count())
    ]
    assert len(keys) > 30
    assert [
        (name, combo) for name, combo in keys if combo.keyboardModifiers() & ctrl_alt == ctrl_alt
    ] == []
    assert "Ctrl+Alt+" not in SHORTCUTS_HELP.replace("No key uses Ctrl+Alt", "")
    # AltGr+8 and AltGr+9 on a German keyboard under Windows: Ctrl+Alt with the digit's key.
    assert editor.open_path(folder)
    source = editor.article_page.source
    source.setFocus()
    source.moveCursor(source.textCursor().MoveOperation.End)
    QTest.sendKeyEvent(QTest.KeyAction.Click, source, Qt.Key.Key_8, "[", ctrl_alt)
    QTest.keyClicks(source, "link")
    QTest.sendKeyEvent(QTest.KeyAction.Click, source, Qt.Key.Key_9, "]", ctrl_alt)
    assert editor.tabs.currentWidget() is editor.article_page
    assert source.toPlainText().endswith("[link]")


def test_ctrl_tab_and_ctrl_page_keys_switch_tabs_wherever_the_focus_is(editor, folder):
    assert editor.open_path(folder)
    page = editor.article_page
    names = [editor.tabs.tabText(k) for k in range(editor.tabs.count())]
    assert names == ["Articles", "Pack details", "Categories", "Lessons", "Checks", "Sources"]

    def shown() -> str:
        return editor.tabs.tabText(editor.tabs.currentIndex())

    key(page.preview, Qt.Key.Key_8, CTRL)  # in the notes: a tab widget of its own
    key(page.note_list, Qt.Key.Key_Tab, CTRL)
    assert shown() == "Pack details" and page.key_tabs.currentIndex() == 1
    editor.focusWidget().setFocus()
    key(editor.focusWidget(), Qt.Key.Key_PageDown, CTRL)
    assert shown() == "Categories"
    key(editor.focusWidget(), Qt.Key.Key_PageUp, CTRL, times=3)  # round the start
    assert shown() == "Sources" and editor.sources_page.table.hasFocus()
    key(editor.focusWidget(), Qt.Key.Key_Backtab, CTRL | SHIFT)
    assert shown() == "Checks"
    key(editor.focusWidget(), Qt.Key.Key_PageDown, CTRL, times=2)
    assert shown() == "Articles" and page.preview.hasFocus()
    page.source.setFocus()  # typing in the Markdown: the keys still switch
    key(page.source, Qt.Key.Key_PageDown, CTRL)
    assert shown() == "Pack details"
    for words in ("Ctrl+Tab", "Ctrl+PgDown", "Ctrl+PgUp", "Ctrl+Shift+T", "Ctrl+Shift+W"):
        assert words in SHORTCUTS_HELP
    texts = {a.text(): a.shortcut() for a in editor.findChildren(QAction)}
    assert texts["Chec&ks"] == QKeySequence("Ctrl+Shift+T")
    assert texts["&Source pages"] == QKeySequence("Ctrl+Shift+W")


def test_each_mnemonic_on_the_articles_tab_leads_to_one_field(editor, qtbot, folder):
    """Alt+Q and Alt+J are letters nothing else in sight uses, with either answer-key tab
    shown (the note's hint had Alt+I, the article's Id too: now Alt+W)."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    assert editor.open_path(folder)
    page = editor.article_page
    for tab in (0, 1):
        page.show_key_tab(tab)
        qtbot.waitUntil(lambda tab=tab: page.key_tabs.currentIndex() == tab)
        seen: dict[str, list[str]] = {}
        shown = [
            w.text()
            for w in editor.findChildren(QLabel) + editor.findChildren(QAbstractButton)
            if w.isVisible()
        ]
        for text in shown + [a.text() for a in editor.menuBar().actions()]:
            if found := re.search(r"&([^&])", text):
                seen.setdefault(found.group(1).lower(), []).append(text)
        assert {k: v for k, v in seen.items() if len(v) > 1} == {}
        assert "q" in seen and "j" in seen
    editor.select_article(editor.draft.articles[1].uid)
    editor.session.select_note(0)
    key(page.note_list, Qt.Key.Key_W, ALT)
    assert page.note_hint.hasFocus()
    key(page.note_hint, Qt.Key.Key_J, ALT)
    assert page.note_check_fields.quote.hasFocus()
