"""The first-run tour, driven as a new learner would: offered once, taken, skipped, repeated."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtTest import QTest

from spotit.gui.main_window import MainWindow
from spotit.gui.tour import TOUR_KEY
from spotit.practice import Practice
from spotit.practice.library import NEW

NO_MODS = Qt.KeyboardModifier.NoModifier
SHIFT_CTRL = Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier


def click(widget) -> None:
    QTest.mouseClick(widget, Qt.MouseButton.LeftButton)


def step_title(window) -> str:
    return window.tour.callout.title.text()


def reopened(qtbot, progress, learner, starter_pack_path) -> MainWindow:
    """The app started again for the same learner."""
    again = MainWindow(progress, learner)
    qtbot.addWidget(again)
    again.add_pack(starter_pack_path)
    again.show()
    again.show_library()
    return again


def test_a_new_profile_is_offered_the_tour_once(
    qtbot, window, progress, learner, starter_pack_path
):
    assert window.tour_offer.isVisible()
    assert "nothing in it is saved" in window.tour_offer.label.text()
    click(window.tour_offer.not_now_button)
    assert not window.tour_offer.isVisible()
    assert Practice(progress, learner).has_seen(TOUR_KEY)
    assert "Help › Take the tour" in window.statusBar().currentMessage()
    window.close()
    # Started again: not offered a second time.
    again = reopened(qtbot, progress, learner, starter_pack_path)
    assert not again.tour_offer.isVisible()
    # Another, new profile is offered it.
    other = MainWindow(progress, progress.add_learner("Bo"))
    qtbot.addWidget(other)
    other.show()
    assert other.tour_offer.isVisible()


def test_escape_declines_the_offer(window, progress, learner):
    QTest.keyClick(window.library.table, Qt.Key.Key_Escape)
    assert not window.tour_offer.isVisible()
    assert Practice(progress, learner).has_seen(TOUR_KEY)
    assert window.tour is None  # declined: no tour started


def test_the_whole_tour_with_real_keys_stores_nothing(qtbot, window, progress, learner):
    click(window.tour_offer.take_button)
    tour = window.tour
    callout = tour.callout
    assert tour.running and callout.isVisible() and not window.tour_offer.isVisible()
    assert step_title(window) == "Welcome to SpotIt"
    body = callout.body.text()
    assert "invented training material" in body and "credible on purpose" in body
    assert callout.counter.text().startswith("Tour: step 1 of ")
    assert not callout.back_button.isEnabled()
    # The first step waits for nothing: Enter on the focused Next goes on.
    assert callout.next_button.hasFocus()
    QTest.keyClick(callout.next_button, Qt.Key.Key_Space)

    # The practice article: the real reader, the starter's easiest article.
    assert step_title(window) == "A practice article"
    reader = tour.reader
    assert window.pages.currentWidget() is reader
    assert reader.current.article.meta.difficulty == 1
    guided = reader.current.article.meta.id
    assert "not saved" in callout.body.text()
    assert tour.ring.isVisible() and tour.ring.target_rect.contains(
        reader.view.mapTo(window, QPoint(5, 5))
    )
    click(callout.next_button)

    # Select: the tour waits, Next is off until there is a selection.
    assert step_title(window) == "Select a passage"
    assert not callout.next_button.isEnabled()
    assert "Waiting for you" in callout.waiting.text()
    view = reader.view
    assert view.hasFocus()  # the step hands the keyboard to the article
    start = view.text.index("Yesterday, at the international conference")
    cursor = view.textCursor()
    cursor.setPosition(view.to_qt(start))
    view.setTextCursor(cursor)
    for _ in range(6):
        QTest.keyClick(view, Qt.Key.Key_Right, SHIFT_CTRL)
    qtbot.waitUntil(lambda: step_title(window) == "Flag it")

    # Flag it with its number key (3 is vague or anonymous source), in the article.
    assert view.hasFocus()
    QTest.keyClick(view, Qt.Key.Key_3)
    assert [f.category for f in reader.flags] == ["vague-source"]
    qtbot.waitUntil(lambda: step_title(window) == "Submit")
    assert tour.ring.target_rect.contains(reader.submit_button.mapTo(window, QPoint(3, 3)))

    # Submit with Ctrl+Enter: the feedback shows, scored from the article's key.
    QTest.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: step_title(window) == "Read the feedback")
    assert reader.report is not None and reader.side.currentIndex() == 1
    rows = reader.feedback.verdict_model.rowCount()
    assert rows > 1
    # Reading it: the arrow keys move through the verdicts and their explanations.
    QTest.keyClick(reader.verdict_list, Qt.Key.Key_Down)
    assert reader.verdict_list.currentIndex().row() == 1
    assert "How to check" in reader.explanation.toPlainText()
    # F6 reaches the tour's box from the feedback, and goes back.
    QTest.keyClick(reader.verdict_list, Qt.Key.Key_F6)
    assert callout.next_button.hasFocus()
    QTest.keyClick(callout.next_button, Qt.Key.Key_F6)
    assert reader.verdict_list.hasFocus()
    click(callout.next_button)

    # Where to practise: back in the library, pointing at Today's practice.
    assert step_title(window) == "Where to practise"
    assert window.pages.currentWidget() is window.library
    assert "Next article (Ctrl+N)" in callout.body.text()
    click(callout.next_button)
    assert step_title(window) == "History, lessons and classes"
    assert "Class › Join a class" in callout.body.text()
    assert "Help › Lessons" in callout.body.text()
    assert callout.next_button.text() == "Finish"
    click(callout.next_button)

    assert not tour.running and not callout.isVisible() and not tour.ring.isVisible()
    practice = Practice(progress, learner)
    assert practice.has_seen(TOUR_KEY)
    # A practice run: no attempt, no draft, no review card; the article is still new.
    assert progress.attempts(learner.id) == []
    assert progress.cards(learner.id) == []
    assert reader.current is None  # the run is over
    statuses = {e.article_id: e.status for e in window.practice.library()}
    assert statuses[guided] == NEW and set(statuses.values()) == {NEW}


def test_back_returns_to_a_done_step_and_its_action_stays_done(qtbot, window):
    window.take_tour()
    tour, callout = window.tour, window.tour.callout
    click(callout.next_button)
    click(callout.next_button)
    view = tour.reader.view
    # Select with the mouse: a drag across the first words of the body.
    start = view.text.index("Yesterday")
    rect_a = view.cursorRect(view.span_cursor(start, start))
    rect_b = view.cursorRect(view.span_cursor(start + 9, start + 9))
    viewport = view.viewport()
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, NO_MODS, rect_a.center())
    QTest.mouseMove(viewport, rect_b.center())
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, NO_MODS, rect_b.center())
    assert view.textCursor().hasSelection()
    qtbot.waitUntil(lambda: step_title(window) == "Flag it")
    click(callout.back_button)
    assert step_title(window) == "Select a passage"
    assert callout.next_button.isEnabled() and "✓ Done" in callout.waiting.text()


def test_escape_skips_the_tour_and_help_repeats_it(qtbot, window, progress, learner):
    window.take_tour()
    tour = window.tour
    click(tour.callout.next_button)
    assert window.pages.currentWidget() is tour.reader
    QTest.keyClick(tour.reader.view, Qt.Key.Key_Escape)
    assert not tour.running and not tour.callout.isVisible()
    assert window.pages.currentWidget() is window.library
    assert Practice(progress, learner).has_seen(TOUR_KEY)
    assert progress.attempts(learner.id) == []

    # Help › Take the tour: from the start again, with a fresh article.
    action = next(a for a in window.menuBar().actions() if a.text() == "&Help").menu().actions()[0]
    assert action.text() == "Take the &tour"
    action.trigger()
    assert tour.running and step_title(window) == "Welcome to SpotIt"
    click(tour.callout.next_button)
    assert tour.reader.flags == [] and tour.reader.report is None
    click(tour.callout.skip_button)
    assert not tour.running


def test_leaving_the_article_for_another_page_ends_the_tour(qtbot, window):
    window.take_tour()
    tour = window.tour
    click(tour.callout.next_button)
    QTest.keyClick(tour.reader.view, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert window.pages.currentWidget() is window.history
    assert not tour.running and not tour.callout.isVisible()


def test_the_callout_stays_inside_the_window_at_double_size(qtbot, window, qapp):
    from spotit.gui.theme import Appearance

    appearance = Appearance(qapp)
    try:
        appearance.set_zoom(2.0)
        window.take_tour()
        tour = window.tour
        window.resize(1280, 800)
        for _ in range(2):
            qapp.processEvents()
            geometry = tour.callout.geometry()
            assert window.rect().contains(geometry), (geometry, window.rect())
            # Nothing of the step's text is cut off: every label wraps to its width.
            for label in (tour.callout.counter, tour.callout.title, tour.callout.body):
                assert label.wordWrap(), label.accessibleName()
            if tour.ring.isVisible():
                # The step pointing at the article does not cover the article it points at.
                assert not geometry.intersects(tour.ring.target_rect), step_title(window)
            click(tour.callout.next_button)
    finally:
        appearance.set_zoom(1.0)
        qapp.processEvents()


def test_the_offer_is_taken_with_its_alt_key(qtbot, window):
    # Alt+U: the tour's own key, clear of the library's Alt+T (Topic).
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window.library.table, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.tour is not None)  # a mnemonic clicks after a moment
    assert window.tour.running
    assert not window.tour_offer.isVisible()


def test_a_new_learner_takes_the_tour_reads_a_lesson_and_starts_todays_practice(
    qtbot, window, progress, learner
):
    """The first minutes of a new profile, with real keys and clicks only."""
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    QTest.keyClick(window.library.table, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: window.tour is not None)
    tour = window.tour
    callout = tour.callout
    click(callout.next_button)  # welcome
    click(callout.next_button)  # the practice article
    view = tour.reader.view
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Down)  # into the body
    for _ in range(3):
        QTest.keyClick(view, Qt.Key.Key_Right, SHIFT_CTRL)
    qtbot.waitUntil(lambda: step_title(window) == "Flag it")
    QTest.keyClick(view, Qt.Key.Key_5)
    qtbot.waitUntil(lambda: step_title(window) == "Submit")
    QTest.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: step_title(window) == "Read the feedback")
    # The feedback's own Library button goes on with the tour, in the library.
    click(tour.reader.feedback.library_button)
    assert step_title(window) == "Where to practise"
    click(callout.next_button)
    click(callout.next_button)  # Finish
    assert not tour.running and progress.attempts(learner.id) == []

    # Today's practice: its first article, with lessons offered above it.
    library = window.library
    qtbot.waitUntil(lambda: library.practice_set is not None and library.start_button.isEnabled())
    first = library.practice_set.items[0].key
    click(library.start_button)
    reader = window.reader
    assert window.pages.currentWidget() is reader and reader.current.key == first
    assert reader.lesson_bar.isVisible()
    click(reader.read_lesson_button)
    lessons = window.lesson_window
    assert lessons.isVisible() and lessons.current.lesson.category == "sensational-headline"
    QTest.keyClick(lessons.list, Qt.Key.Key_Down)
    QTest.keyClick(lessons, Qt.Key.Key_Escape)
    assert not lessons.isVisible()

    # Flag, submit: this one is kept, and Next article follows today's set.
    view = reader.view
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_Down)
    for _ in range(2):
        QTest.keyClick(view, Qt.Key.Key_Right, SHIFT_CTRL)
    QTest.keyClick(view, Qt.Key.Key_1)
    assert reader.flags
    QTest.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert reader.report is not None
    assert [a.article_id for a in progress.attempts(learner.id)] == [first[1]]
    assert progress.cards(learner.id)  # the attempt reviewed its red flags' cards
    QTest.keyClick(reader.verdict_list, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert reader.current.key == library.practice_set.items[1].key
