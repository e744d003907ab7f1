"""Today's practice in the library: what is due, Start, the set's list, Next article following it.

A learner on the starter pack with a fixed clock; earlier attempts are made through
``Practice`` (as the app makes them), the ones in the test with the reader and the keys.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from tests.conftest import Clock, answer_all_but

from spotit.gui.library import DONE_MARK, NEXT, TO_DO, due_phrase
from spotit.practice import Practice

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def clock(window):
    clock = Clock()
    window.practice.clock = clock
    return clock


answer = answer_all_but


def shown_library(qtbot, window):
    """Back to the library, once today's practice has been chosen (after the window shows)."""
    window.show_library()
    library = window.library
    qtbot.waitUntil(lambda: not library._plan_pending)
    return library


def set_rows(library) -> list[list[str]]:
    model = library.set_model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def submit_in_reader(window) -> None:
    """Ctrl+Enter in the reader: with no flags, the article is submitted as credible."""
    QTest.keyClick(window.reader.view, Qt.Key.Key_Return, CTRL)
    assert window.reader.report is not None


def test_due_phrases_read_as_a_learner_says_them():
    now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    assert due_phrase(now - timedelta(hours=2), now) == "due now"
    assert due_phrase(now, now) == "due now"
    assert due_phrase(now + timedelta(minutes=20), now) == "in 20 minutes"
    assert due_phrase(now + timedelta(hours=1, minutes=1), now) == "in 1 hour"
    assert due_phrase(now + timedelta(hours=5, minutes=40), now) == "in 6 hours"
    # Within half a day it is hours, whatever the local date: never "tomorrow" at 23:00.
    assert due_phrase(now + timedelta(hours=11), now) == "in 11 hours"
    assert due_phrase(now + timedelta(days=1), now) == "tomorrow"
    assert due_phrase(now + timedelta(days=3), now) == "in 3 days"
    assert due_phrase(now + timedelta(days=21), now) == "in 3 weeks"
    assert due_phrase(now + timedelta(days=91), now) == "in 3 months"


def test_a_new_learner_is_told_nothing_is_due_and_meets_new_red_flags(qtbot, window, clock):
    library = shown_library(qtbot, window)
    assert library.practice_panel.isVisible()
    assert library.due_label.text() == (
        "Nothing to review yet: today's practice brings you red flags you have not met."
    )
    planned = window.practice.todays_practice().items
    rows = set_rows(library)
    assert len(rows) == 5  # the default size
    assert [r[2] for r in rows] == [item.reason for item in planned]
    assert all(r[3] == TO_DO for r in rows)
    # New categories first; one credible article in three.
    assert rows[0][2].startswith("new: ") and rows[2][2] == "credible check"
    headlines = {e.article_id: e.headline for e in library.model.rows}
    assert rows[0][1] == headlines[planned[0].article_id]


def test_the_due_line_counts_the_red_flags_due_and_says_when_the_next_is(qtbot, window, clock):
    met = answer(window.practice, "miracle-tea", miss={"vague-source"})
    library = shown_library(qtbot, window)
    assert library.due_label.text() == "Nothing is due for review · next one tomorrow"

    clock.days(1)  # the missed category comes back first
    library = shown_library(qtbot, window)
    assert library.due_label.text() == "1 red-flag kind is due for review · next one tomorrow"
    assert set_rows(library)[0][2] == "due: vague or anonymous source"
    assert "Due now: Vague or anonymous source" in library.due_label.toolTip()

    clock.days(1)  # and every one met the day before yesterday is due now
    library = shown_library(qtbot, window)
    assert library.due_label.text() == f"{len(met)} red-flag kinds are due for review"


def test_start_opens_the_first_article_and_next_article_follows_the_set(qtbot, window, clock):
    answer(window.practice, "miracle-tea", miss={"vague-source"})
    clock.days(1)
    library = shown_library(qtbot, window)
    planned = [item.key for item in window.practice.todays_practice().items]

    assert library.next_button.toolTip() == "Open an article you have not tried yet (Ctrl+N)"
    qtbot.mouseClick(library.start_button, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.reader
    assert window.reader.current.key == planned[0]
    assert library.next_button.toolTip() == "Open the next article of today's practice (Ctrl+N)"

    for n in range(1, len(planned)):
        submit_in_reader(window)
        QTest.keyClick(window, Qt.Key.Key_N, CTRL)  # Next article
        assert window.reader.current.key == planned[n]

    # Back in the library: the set is marked as far as it went.
    library = shown_library(qtbot, window)
    states = [r[3] for r in set_rows(library)]
    assert states == [DONE_MARK] * (len(planned) - 1) + [NEXT]
    assert library.set_caption.text() == f"Today's &articles ({len(planned) - 1} of 5 done):"
    assert library.start_button.text() == "Go on with today's &practice"

    # Alt+P goes on with the set: its last article (a mnemonic clicks the button after a
    # moment, as it shows the button pressed).
    library.table.setFocus()
    QTest.keyClick(window, Qt.Key.Key_P, ALT)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is window.reader)
    assert window.reader.current.key == planned[-1]
    submit_in_reader(window)

    # The set is done: the library says so, and Next article goes back to its own order.
    library = shown_library(qtbot, window)
    assert [r[3] for r in set_rows(library)] == [DONE_MARK] * len(planned)
    assert library.due_label.text().startswith("✓ Today's practice is done. ")
    assert library.start_button.text() == "Start another &practice set"
    first_not_done = next(e for e in library.proxy.entries() if e.status != "Done")
    QTest.keyClick(window, Qt.Key.Key_N, CTRL)
    assert window.reader.current.key == first_not_done.key

    # Another set is chosen afresh: none of the articles just done is in it.
    library = shown_library(qtbot, window)
    qtbot.mouseClick(library.start_button, Qt.MouseButton.LeftButton)
    again = [r.key for r in library.set_model.rows]
    assert again and not set(again) & set(planned)
    assert window.reader.current.key == again[0]


def test_before_a_set_is_started_next_article_keeps_the_library_order(qtbot, window, clock):
    library = shown_library(qtbot, window)
    first_shown = library.proxy.entries()[0]
    assert library.set_model.rows[0].key != first_shown.key  # the set starts elsewhere
    QTest.keyClick(window, Qt.Key.Key_N, CTRL)
    assert window.reader.current.key == first_shown.key


def test_an_article_of_the_set_opens_from_its_list_with_enter(qtbot, window, clock):
    library = shown_library(qtbot, window)
    second = library.set_model.rows[1].key
    library.set_view.setFocus()
    QTest.keyClick(library.set_view, Qt.Key.Key_Home)
    QTest.keyClick(library.set_view, Qt.Key.Key_Down)
    QTest.keyClick(library.set_view, Qt.Key.Key_Return)
    assert window.reader.current.key == second
    submit_in_reader(window)
    # Opening one from the list starts the set: Next article goes to the first not done.
    QTest.keyClick(window, Qt.Key.Key_N, CTRL)
    assert window.reader.current.key == library.set_model.rows[0].key


def test_the_set_size_is_kept_for_the_learner(qtbot, window, clock, progress, learner):
    library = shown_library(qtbot, window)
    assert library.size_box.value() == 5
    library.size_box.setFocus()
    QTest.keyClick(library.size_box, Qt.Key.Key_Up)
    QTest.keyClick(library.size_box, Qt.Key.Key_Up)
    assert len(set_rows(library)) == 7
    assert Practice(progress, learner).practice_size == 7  # another session reads it
    # Alt+Z reaches the box from anywhere in the library.
    library.table.setFocus()
    QTest.keyClick(window, Qt.Key.Key_Z, ALT)
    assert library.size_box.hasFocus()
    QTest.keyClick(library.size_box, Qt.Key.Key_Down)
    assert len(set_rows(library)) == 6


def test_every_control_of_the_panel_has_a_name_and_a_place_in_the_tab_order(qtbot, window, clock):
    library = shown_library(qtbot, window)
    assert library.practice_panel.accessibleName() == "Today's practice"
    assert library.size_box.accessibleName() == "Articles in a practice set"
    assert library.set_view.accessibleName() == "Articles of today's practice"
    assert library.due_label.accessibleName() == "What is due for review"
    # Tab goes top to bottom: the panel's button, its list, then the filters.
    library.start_button.setFocus()
    QTest.keyClick(library.start_button, Qt.Key.Key_Tab)
    assert library.set_view.hasFocus()
    QTest.keyClick(library.set_view, Qt.Key.Key_Tab)
    assert library.difficulty_box.hasFocus()


@pytest.fixture(scope="module")
def hostile_pack(tmp_path_factory):
    """A pack whose category "hostile", headlines and outlets are markup."""
    from tests.gui.editor.conftest import write_hostile_source

    from spotit.content.source import read_pack_source
    from spotit.store.pack import build_pack

    root = tmp_path_factory.mktemp("hostile-practice")
    source = read_pack_source(write_hostile_source(root / "src"))
    assert not source.problems, source.problems
    return build_pack(source, root / "hostile.spotit")


def test_a_pack_category_named_in_markup_reads_as_written_in_the_set(qtbot, progress, hostile_pack):
    from tests.gui.hostile import HOSTILE, assert_plain_tooltip

    from spotit.gui.main_window import MainWindow
    from spotit.store.pack import open_pack

    win = MainWindow(progress, progress.add_learner("Dee"))
    qtbot.addWidget(win)
    win.add_pack(hostile_pack)
    win.show()
    library = shown_library(qtbot, win)
    with open_pack(hostile_pack) as pack:
        category = pack.category("hostile")
    assert HOSTILE in category.name
    reasons = [row.item.reason for row in library.set_model.rows]
    row = reasons.index(f"new: {category.name}")
    model = library.set_model
    assert HOSTILE in model.index(row, 2).data()  # an item view draws its text as it is
    assert_plain_tooltip(model.index(row, 2).data(Qt.ItemDataRole.ToolTipRole))
    assert_plain_tooltip(model.index(row, 1).data(Qt.ItemDataRole.ToolTipRole))


def test_the_next_day_brings_a_new_set(qtbot, window, clock):
    library = shown_library(qtbot, window)
    qtbot.mouseClick(library.start_button, Qt.MouseButton.LeftButton)
    submit_in_reader(window)
    library = shown_library(qtbot, window)
    assert library.start_button.text() == "Go on with today's &practice"
    started = [r.key for r in library.set_model.rows]

    clock.days(1)
    library = shown_library(qtbot, window)
    assert library.start_button.text() == "Start today's &practice"
    assert all(r[3] == TO_DO for r in set_rows(library))
    assert [r.key for r in library.set_model.rows] != started
    # Not running: Next article keeps the library's order again.
    first_not_done = next(e for e in library.proxy.entries() if e.status != "Done")
    QTest.keyClick(window, Qt.Key.Key_N, CTRL)
    assert window.reader.current.key == first_not_done.key


def test_the_size_box_goes_as_far_as_the_plan_allows():
    from spotit.gui.library import MAX_SET_SIZE
    from spotit.practice.plan import MAX_SIZE

    assert MAX_SET_SIZE == MAX_SIZE


def test_a_restart_the_same_day_goes_on_with_the_set(
    qtbot, window, clock, progress, learner, starter_pack_path
):
    from spotit.gui.main_window import MainWindow

    library = shown_library(qtbot, window)
    qtbot.mouseClick(library.start_button, Qt.MouseButton.LeftButton)
    submit_in_reader(window)
    QTest.keyClick(window, Qt.Key.Key_N, CTRL)
    submit_in_reader(window)
    started = [r.key for r in shown_library(qtbot, window).set_model.rows]
    window.close()

    clock.now += timedelta(hours=2)  # back after lunch: a new window, the same profile
    again = MainWindow(progress, learner)
    qtbot.addWidget(again)
    again.practice.clock = clock
    again.add_pack(starter_pack_path)
    again.show()
    library = shown_library(qtbot, again)
    assert [r.key for r in library.set_model.rows] == started
    assert [r[3] for r in set_rows(library)] == [DONE_MARK, DONE_MARK, NEXT, TO_DO, TO_DO]
    assert library.set_caption.text() == "Today's &articles (2 of 5 done):"
    assert library.start_button.text() == "Go on with today's &practice"
    QTest.keyClick(again, Qt.Key.Key_N, CTRL)  # Next article goes on with it
    assert again.reader.current.key == started[2]
