"""What a screen reader finds in the reader, walked through Qt's accessibility interfaces."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QTextCursor
from PySide6.QtTest import QTest

from spotit.gui.marks import VERDICT_STYLES

Text = QAccessible.Text
Role = QAccessible.Role
NAMED_ROLES = {Role.Button, Role.CheckBox, Role.List, Role.Tree, Role.Table, Role.PageTab}


def interface(widget):
    found = QAccessible.queryAccessibleInterface(widget)
    assert found is not None and found.isValid(), widget
    return found


def shown(node) -> list:
    """``node`` and every node under it that is on screen."""
    if node.state().invisible:
        return []
    found = [node]
    for k in range(node.childCount()):
        child = node.child(k)
        if child is not None and child.isValid():
            found += shown(child)
    return found


def unnamed(reader) -> list[str]:
    """The buttons, lists and panels on screen that a screen reader has no name for."""
    panels = {reader, reader.flag_panel, reader.feedback, reader.pane, reader.lesson_bar}
    missing = []
    for node in shown(interface(reader)):
        widget = node.object()
        if node.role() in NAMED_ROLES or widget in panels:
            if not node.text(Text.Name).strip():
                missing.append(f"{node.role()} {type(widget).__name__}")
    return missing


def cells(view) -> list[list]:
    """The rows of a list view as a screen reader meets them: its cells, row by row."""
    node = interface(view)
    children = [node.child(k) for k in range(node.childCount())]
    columns = sum(1 for c in children if c.role() == Role.ColumnHeader)
    items = [c for c in children if c.role() == Role.TreeItem]
    assert columns and len(items) % columns == 0
    return [items[k : k + columns] for k in range(0, len(items), columns)]


@pytest.fixture
def announced(monkeypatch) -> list[str]:
    """The messages said to assistive technology (through spotit.gui.announce)."""
    said: list[str] = []
    real = QAccessible.updateAccessibility

    def record(event) -> None:
        if event.type() == QAccessible.Event.Announcement:
            said.append(event.message())
        real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", record)
    return said


def flag(reader, words: str, category: str) -> None:
    start = reader.view.text.index(words)
    reader.view.select_span(start, start + len(words))
    assert reader.flag_selection(category)


def test_the_article_text_is_read_through_the_text_interface(window):
    window.open_article("starter", "miracle-tea")
    view = window.reader.view
    node = interface(view)
    assert node.text(Text.Name) == "Article text"
    assert node.role() in (Role.StaticText, Role.EditableText)
    assert node.state().readOnly
    text = node.textInterface()
    assert text.characterCount() == len(view.text.encode("utf-16-le")) // 2
    assert text.text(0, text.characterCount()) == view.text  # the canonical text, whole
    start = view.text.index("a leading doctor")
    cursor = QTextCursor(view.document())
    cursor.setPosition(view.to_qt(start))
    view.setTextCursor(cursor)
    assert text.cursorPosition() == view.to_qt(start) and text.selectionCount() == 0
    view.select_span(start, start + len("a leading doctor"))
    assert text.selectionCount() == 1
    # A screen reader's own selection, in the interface's offsets, is the reader's selection.
    other = view.text.index("Big Pharma")
    text.setSelection(0, view.to_qt(other), view.to_qt(other + len("Big Pharma")))
    assert view.selected_span() == (other, other + len("Big Pharma"))
    text.setCursorPosition(view.to_qt(start))
    assert view.caret() == start


def test_every_button_list_and_panel_has_a_name_while_flagging_and_after(window):
    window.open_article("starter", "miracle-tea")
    reader = window.reader
    assert unnamed(reader) == []
    assert interface(reader.flag_panel).text(Text.Name) == "Flagging"
    flag(reader, "a leading doctor", "false-authority")
    reader.submit()
    assert reader.side.currentIndex() == 1
    assert unnamed(reader) == []
    assert interface(reader.feedback).text(Text.Name) == "Feedback"


def test_each_flag_is_read_with_its_red_flag_and_passage(window):
    window.open_article("starter", "miracle-tea")
    reader = window.reader
    flag(reader, "a leading doctor", "false-authority")
    flag(reader, "Big Pharma", "loaded-language")
    reader.set_note(reader.flags[1], "a villain with no name")
    rows = cells(reader.flag_list)
    assert len(rows) == 2
    expected = [
        ("False authority", "a leading doctor", ""),
        (reader.category("loaded-language").name, "Big Pharma", "a villain with no name"),
    ]
    for row, (category, passage, note) in zip(rows, expected, strict=True):
        assert [cell.text(Text.Name) for cell in row] == [category, passage, note]
        for cell in row:  # whichever cell has the focus, the whole flag is described
            description = cell.text(Text.Description)
            assert category in description and f"“{passage}”" in description
            assert note in description


def test_each_verdict_row_reads_its_verdict_in_words(window):
    window.open_article("starter", "miracle-tea")
    reader = window.reader
    flag(reader, "a leading doctor", "false-authority")
    flag(reader, "written for SpotIt", "loaded-language")  # on no red flag's words
    reader.submit()
    rows = cells(reader.verdict_list)
    model_rows = reader.feedback.verdict_model.rows
    assert len(rows) == len(model_rows) > 2
    verdicts = set()
    for row, shown_row in zip(rows, model_rows, strict=True):
        label = VERDICT_STYLES[shown_row.verdict].label
        verdicts.add(shown_row.verdict)
        assert label.lower() in row[0].text(Text.Name).lower()  # "✓ Found": words, not a mark
        for cell in row:
            assert label.lower() in cell.text(Text.Description).lower()
    assert {"found", "not-a-red-flag"} <= verdicts, verdicts


def test_the_score_the_flags_made_and_the_hints_are_announced(window, announced):
    window.open_article("starter", "river-betrayal")
    reader = window.reader
    QTest.keyClick(reader.view, Qt.Key.Key_I, Qt.KeyboardModifier.ControlModifier)
    (hint,) = reader.hints
    assert announced[-1].startswith(f"Hint 1 of 1: {' '.join(hint.split())}")
    flag(reader, "Kestria has been sold out", reader.categories[0].id)
    category = reader.categories[0].name
    assert announced[-1] == f"Flagged “Kestria has been sold out” as {category}."
    reader.submit()
    report = reader.report
    last = announced[-1]
    assert last.startswith(f"Score {report.score} out of 100.")
    assert " ".join(report.summary.split()) in last


def test_without_announcement_events_the_message_becomes_a_live_description(window, monkeypatch):
    """An older Qt has no announcement event: the status bar's description says it."""
    import spotit.gui.announce as announce_module

    monkeypatch.setattr(announce_module, "_EVENT", None)
    window.open_article("starter", "miracle-tea")
    reader = window.reader
    flag(reader, "a leading doctor", "false-authority")
    bar = interface(window.statusBar())
    assert bar.text(Text.Description) == "Flagged “a leading doctor” as False authority."
