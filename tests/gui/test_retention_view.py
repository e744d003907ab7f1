"""History's retention view: how well each red flag is retained now, when it is due, its lesson.

A learner on the starter pack with a fixed clock, whose attempts are made through
``Practice`` (so they review the cards, as in the app).
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from tests.conftest import Clock, answer_all_but

from spotit.gui.history import CALIBRATION_NAME, NO_CARDS_TEXT, HistoryPage, RetentionModel
from spotit.practice import Practice
from spotit.store.pack import open_pack


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def practice(progress, learner, starter_pack_path, clock):
    pack = open_pack(starter_pack_path)
    yield Practice(progress, learner, {pack.meta.id: pack}, clock=clock)
    pack.close()


answer = answer_all_but


@pytest.fixture
def page(qtbot, practice, clock):
    """Ana missed the vague source in one article and left a credible one unflagged, a day ago."""
    answer(practice, "miracle-tea", miss={"vague-source"})
    answer(practice, "clinic-trial")  # credible: the over-flagging check
    clock.now += timedelta(days=1)
    page = HistoryPage()
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show_learner(practice)
    page.show()
    return page


def table(page) -> list[list[str]]:
    model = page.retention_model
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def test_the_table_lists_every_card_soonest_due_first_with_its_numbers(page, practice):
    names = practice.category_names()
    cards = practice.retention()
    rows = table(page)
    assert [r[RetentionModel.NAME] for r in rows] == [
        CALIBRATION_NAME if c.is_calibration else names[c.category] for c in cards
    ]
    met = {a.category for a in practice.packs["starter"].article("miracle-tea").annotations}
    assert len(rows) == len(met) + 1  # every red-flag kind met, and the over-flagging check
    percents = {c.card: round(100 * c.retrievability) for c in cards}
    for row, card in zip(rows, cards, strict=True):
        assert row[RetentionModel.RETAINED].endswith(f"  {percents[card.card]} %")
        assert row[RetentionModel.REVIEWS] == "1"
    # The one missed yesterday is due now and retained less than those found.
    first = rows[0]
    assert first[RetentionModel.NAME] == "Vague or anonymous source"
    assert first[RetentionModel.DUE] == "due now"
    assert percents["vague-source"] < min(v for k, v in percents.items() if k != "vague-source")
    assert {r[RetentionModel.DUE] for r in rows[1:]} == {"tomorrow"}
    # Lessons: every starter category has one; the over-flagging check has none.
    lessons = {r[RetentionModel.NAME]: r[RetentionModel.LESSON] for r in rows}
    assert lessons.pop(CALIBRATION_NAME) == "—"
    assert set(lessons.values()) == {"available"}
    assert page.retention_note.text() == (
        f"In your reviews: {len(met)} red flags and the over-flagging check · 1 due now. "
        "Select a red flag and press Enter to read its lesson."
    )


def test_the_chart_has_a_bar_per_card_with_the_same_numbers(qtbot, page, practice):
    names = practice.category_names()
    cards = practice.retention()
    assert page.retention_chart_view.isVisible()
    # Top to bottom as the table (a horizontal bar chart counts from the bottom).
    values = [page.retention_set.at(i) for i in range(page.retention_set.count())]
    assert values[::-1] == [round(100 * c.retrievability) for c in cards]
    labels = [label.replace("\u200b", "") for label in page.retention_y.categories()][::-1]
    assert labels == [CALIBRATION_NAME if c.is_calibration else names[c.category] for c in cards]
    # Each bar is named in full at 1280×800: no "…" for a long category name.
    qtbot.waitUntil(lambda: page.retention_chart.plotArea().height() > 0)
    assert not page.retention_y.labelsTruncated()
    description = page.retention_chart_view.accessibleDescription()
    vague = round(100 * cards[0].retrievability)
    assert f"Vague or anonymous source {vague} %, due now" in description


def test_two_days_on_everything_met_is_due_and_retained_less(qtbot, page, practice, clock):
    before = {r[0]: r[1] for r in table(page)}
    clock.now += timedelta(days=1)
    page.refresh()
    rows = table(page)
    assert {r[RetentionModel.DUE] for r in rows} == {"due now"}
    for name, retained in ((r[0], r[1]) for r in rows):
        assert int(retained.split()[-2]) < int(before[name].split()[-2])


def test_enter_the_button_and_alt_r_ask_for_the_lesson(qtbot, page):
    view = page.retention_view
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)  # the first row
    with qtbot.waitSignal(page.lesson_requested) as emitted:
        QTest.keyClick(view, Qt.Key.Key_Return)
    assert emitted.args == ["vague-source"]

    QTest.keyClick(view, Qt.Key.Key_Down)
    second = page.retention_model.retention_row(view.currentIndex().row()).category
    with qtbot.waitSignal(page.lesson_requested) as emitted:
        qtbot.mouseClick(page.lesson_button, Qt.MouseButton.LeftButton)
    assert emitted.args == [second]

    QTest.keyClick(view, Qt.Key.Key_Down)
    third = page.retention_model.retention_row(view.currentIndex().row()).category
    with qtbot.waitSignal(page.lesson_requested) as emitted:
        QTest.keyClick(page, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    assert emitted.args == [third]


def test_the_over_flagging_check_has_no_lesson_to_ask_for(qtbot, page):
    view = page.retention_view
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_End, Qt.KeyboardModifier.ControlModifier)  # the last row
    row = page.retention_model.retention_row(view.currentIndex().row())
    assert row.name == CALIBRATION_NAME
    assert not page.lesson_button.isEnabled() and not page.lesson_action.isEnabled()
    with qtbot.assertNotEmitted(page.lesson_requested):
        QTest.keyClick(view, Qt.Key.Key_Return)
        qtbot.mouseClick(page.lesson_button, Qt.MouseButton.LeftButton)


def test_a_category_name_is_shown_as_written_in_the_table_and_the_chart(page, practice):
    page.show_learner(practice, {"vague-source": "<b>Vague</b> & <img src=x>"})
    assert table(page)[0][0] == "<b>Vague</b> & <img src=x>"
    # The chart draws its axis labels as rich text: the name arrives escaped.
    labels = page.retention_y.categories()
    assert "&lt;b&gt;Vague&lt;/b&gt; &amp; &lt;img src=x&gt;" in labels[-1]


def test_attempts_without_cards_say_nothing_is_scheduled(qtbot, progress, starter_pack_path):
    from tests.gui.test_history import GOLD, TEXT

    from spotit.core.scoring import score

    learner = progress.add_learner("Ben")
    progress.submit(  # as attempts made before spaced review were stored: no cards
        learner.id,
        pack_id="demo",
        pack_version="1.0",
        article_id="a1",
        headline="Headline",
        text=TEXT,
        text_hash="hash",
        annotations=GOLD,
        flags=[],
        report=score(TEXT, GOLD, []),
        seconds_spent=30,
    )
    page = HistoryPage()
    qtbot.addWidget(page)
    page.show_learner(Practice(progress, learner))
    page.show()
    assert page.retention_note.text() == NO_CARDS_TEXT
    assert page.retention_model.rowCount() == 0
    assert not page.retention_chart_view.isVisible() and not page.retention_view.isVisible()
    assert page.attempts_model.rowCount() == 1  # the rest of the history is there


def test_in_the_app_enter_on_a_red_flag_opens_its_lesson(qtbot, window):
    clock = Clock()
    window.practice.clock = clock
    answer(window.practice, "miracle-tea", miss={"vague-source"})
    clock.now += timedelta(days=1)
    window.show_history()
    view = window.history.retention_view
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Home, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClick(view, Qt.Key.Key_Return)
    lessons = window.lesson_window
    assert lessons is not None and lessons.isVisible()
    assert lessons.current.lesson.category == "vague-source"
