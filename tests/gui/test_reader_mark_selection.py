"""Selecting with the keyboard and no key held down (WCAG 2.2, 2.5.7): mark, move, flag."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QTextCursor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QMenu

from spotit.core.selection import snap_to_words
from spotit.gui.main_window import shortcuts_help

CTRL = Qt.KeyboardModifier.ControlModifier


def caret_at(view, position: int) -> None:
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.to_qt(position))
    view.setTextCursor(cursor)
    view.setFocus()


def keys(view, key, times: int = 1, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    for _ in range(times):
        QTest.keyClick(view, key, modifier)


def flagged(reader) -> list[tuple[str, str]]:
    return [(reader.view.text[f.start : f.end], f.category) for f in reader.flags]


def test_mark_then_move_by_words_then_a_number_flags_from_the_mark_to_the_caret(window):
    window.open_article("starter", "miracle-tea")
    reader, view = window.reader, window.reader.view
    start = view.text.index("a leading doctor")
    caret_at(view, start)
    QTest.keyClick(view, Qt.Key.Key_M, CTRL)
    assert view.mark == start
    keys(view, Qt.Key.Key_Right, 3, CTRL)  # to the start of "revealed": no key held down
    QTest.keyClick(view, Qt.Key.Key_1)
    assert flagged(reader) == [("a leading doctor", reader.categories[0].id)]
    assert view.mark is None  # one mark, one flag
    assert not view.textCursor().hasSelection()


def test_the_mark_works_backwards_and_snaps_to_words_like_a_dragged_selection(window):
    window.open_article("starter", "miracle-tea")
    reader, view = window.reader, window.reader.view
    text = view.text
    end = text.index("Big Pharma") + len("Big Pha")  # inside a word
    caret_at(view, end)
    QTest.keyClick(view, Qt.Key.Key_M, CTRL)
    keys(view, Qt.Key.Key_Left, 16)  # back into the middle of "secret"
    caret = view.caret()
    assert caret < end
    QTest.keyClick(view, Qt.Key.Key_2)
    (flag,) = reader.flags
    assert (flag.start, flag.end) == snap_to_words(text, caret, end)
    assert (flag.start, flag.end) == snap_to_words(text, end, caret)
    # The same passage dragged with the mouse (a selection) gives the same flag.
    view.select_span(caret, end)
    assert view.selected_span() == (flag.start, flag.end)
    assert text[flag.start : flag.end].endswith("Big Pharma")
    assert flag.category == reader.categories[1].id


def test_moving_the_caret_with_a_mark_selects_and_the_lines_move_too(window):
    window.open_article("starter", "miracle-tea")
    view = window.reader.view
    caret_at(view, 0)
    QTest.keyClick(view, Qt.Key.Key_M, CTRL)
    headline_end = view.text.index("\n")
    for _ in range(10):  # down the headline's lines (it wraps) into the body
        keys(view, Qt.Key.Key_Down)
        assert view.from_qt(view.textCursor().selectionStart()) == 0
        assert view.from_qt(view.textCursor().selectionEnd()) == view.caret() > 0
        if view.caret() > headline_end:
            break
    assert view.caret() > headline_end
    assert view.selected_span()[0] == 0


def test_escape_clears_the_mark_and_a_number_then_flags_nothing(window):
    window.open_article("starter", "miracle-tea")
    reader, view = window.reader, window.reader.view
    caret_at(view, view.text.index("a leading doctor"))
    QTest.keyClick(view, Qt.Key.Key_M, CTRL)
    keys(view, Qt.Key.Key_Right, 2, CTRL)
    assert view.textCursor().hasSelection()
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert view.mark is None and not view.textCursor().hasSelection()
    keys(view, Qt.Key.Key_Right, 2, CTRL)  # plain caret moves again
    assert not view.textCursor().hasSelection()
    QTest.keyClick(view, Qt.Key.Key_1)
    assert reader.flags == []


def test_the_mark_is_drawn_as_a_shape_and_said_in_words(window, tmp_path: Path):
    window.open_article("starter", "miracle-tea")
    reader, view = window.reader, window.reader.view
    caret_at(view, view.text.index("a leading doctor"))
    view.setCursorWidth(0)  # the blinking caret aside: only the mark may differ
    before = view.viewport().grab().toImage()
    QTest.keyClick(view, Qt.Key.Key_M, CTRL)
    marked = view.viewport().grab()
    assert marked.toImage() != before  # drawn even with nothing selected yet
    marked.save(str(tmp_path / "mark.png"))
    assert "Mark set" in view.accessibleDescription()
    assert "Selection starts here at “a”" in window.statusBar().currentMessage()
    QTest.keyClick(view, Qt.Key.Key_Escape)
    assert view.viewport().grab().toImage() == before
    assert "Mark set" not in view.accessibleDescription()
    # Mark, move, flag by its palette button: the button flags the marked passage too.
    caret_at(view, view.text.index("Big Pharma"))
    QTest.keyClick(view, Qt.Key.Key_M, CTRL)
    keys(view, Qt.Key.Key_Right, 2, CTRL)
    reader.flag_panel.palette_buttons[2].click()
    assert flagged(reader) == [("Big Pharma", reader.categories[2].id)]


def test_the_context_menu_offers_the_mark_and_clearing_it(window):
    window.open_article("starter", "miracle-tea")
    reader, view = window.reader, window.reader.view
    caret_at(view, view.text.index("a leading doctor"))
    menu = QMenu()
    reader._fill_context_menu(menu)
    assert reader.mark_action in menu.actions()
    reader.mark_action.trigger()
    assert view.mark == view.text.index("a leading doctor")
    keys(view, Qt.Key.Key_Right, 3, CTRL)
    menu = QMenu()
    reader._fill_context_menu(menu)
    texts = [a.text() for a in menu.actions()]
    assert "Flag as" in texts and "Clear the mark (Escape)" in texts
    next(a for a in menu.actions() if a.text() == "Clear the mark (Escape)").trigger()
    assert view.mark is None and not view.textCursor().hasSelection()


def test_ctrl_m_is_free_and_in_the_help_table(window):
    window.open_article("starter", "miracle-tea")
    reader = window.reader
    assert reader.mark_action.shortcut() == QKeySequence("Ctrl+M")
    assert f"<b>{reader.mark_action.shortcut().toString()}</b></td><td>mark selection start" in (
        shortcuts_help()
    )
    taken = [
        a.text()
        for a in window.findChildren(QAction)
        if a is not reader.mark_action and QKeySequence("Ctrl+M") in a.shortcuts()
    ]
    assert taken == []


def test_no_mark_after_submitting(window):
    window.open_article("starter", "miracle-tea")
    reader, view = window.reader, window.reader.view
    caret_at(view, view.text.index("a leading doctor"))
    QTest.keyClick(view, Qt.Key.Key_M, CTRL)
    reader.submit_credible()
    assert view.mark is None
    reader.mark_action.trigger()  # the feedback: flags no longer change
    assert view.mark is None
