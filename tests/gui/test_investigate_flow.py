"""Issue 15's learner flow in the real window: read laterally, flag, and see it credited.

Select a name in the article, Investigate (Ctrl+Shift+I, or the context menu), open the
profile from the results, follow its link, come back, flag the name, submit: the
feedback says "You checked Anton Lisko before flagging it.", and a red flag that was
missed offers "You could have checked:" with a link that opens its page in the pane.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from tests.gui.investigate_pack import ARTICLE_ID, EXPERT, build, click_text

from spotit.gui.main_window import MainWindow

CTRL, SHIFT, ALT = (
    Qt.KeyboardModifier.ControlModifier,
    Qt.KeyboardModifier.ShiftModifier,
    Qt.KeyboardModifier.AltModifier,
)


@pytest.fixture
def web_window(qtbot, progress, learner, tmp_path):
    win = MainWindow(progress, learner)
    qtbot.addWidget(win)
    win.add_pack(build(tmp_path))
    win.show()
    qtbot.waitExposed(win)
    win.open_article("demo", ARTICLE_ID)
    return win


def select_words(view, start: int, words: int) -> None:
    """Put the caret at ``start`` and select ``words`` words with Ctrl+Shift+Right."""
    cursor = view.textCursor()
    cursor.setPosition(view.to_qt(start))
    view.setTextCursor(cursor)
    view.setFocus()
    for _ in range(words):
        QTest.keyClick(view, Qt.Key.Key_Right, CTRL | SHIFT)


def test_investigate_then_flag_then_see_the_credit(web_window, progress):
    reader = web_window.reader
    view, pane = reader.view, reader.pane
    assert not pane.isVisible() and reader.investigate_button.isVisible()
    start = view.text.index(EXPERT)
    select_words(view, start, 3)
    assert view.selected_span() == (start, start + len(EXPERT))

    # Investigate selection: from the shortcut, the pane opens with the results.
    QTest.keyClick(view, Qt.Key.Key_I, CTRL | SHIFT)
    assert pane.isVisible()
    assert pane.search_box.text() == EXPERT
    assert pane.results.hits[0].id == "anton-lisko"
    assert pane.focusWidget() is pane.search_box

    # Open the profile from the results, with the keyboard.
    QTest.keyClick(pane.search_box, Qt.Key.Key_Down)
    QTest.keyClick(pane.results_view, Qt.Key.Key_Return)
    assert pane.shown_address == "source:anton-lisko"
    assert pane.address_field.text() == "varn-university.example/people/anton-lisko"
    assert "medieval poetry" in pane.shown_text

    # Follow the profile's link, then come back.
    click_text(pane.page_view, "University of Varn")
    assert pane.shown_address == "source:varn-university"
    QTest.keyClick(pane.page_view, Qt.Key.Key_Left, ALT)
    assert pane.shown_address == "source:anton-lisko"

    # Flag the name: the selection is still the article's.
    select_words(view, start, 3)
    assert reader.flag_selection("false-authority")
    QTest.keyClick(view, Qt.Key.Key_Return, CTRL)  # submit
    assert reader.report is not None

    feedback = reader.feedback
    summary = feedback.investigation_label.text()
    assert feedback.investigation_label.isVisible()
    assert summary.startswith("You ran 1 search and opened 2 pages")
    rows = [feedback.verdict_model.row(feedback.verdict_model.index(n, 0)) for n in range(2)]
    assert [(r.kind, r.verdict) for r in rows] == [("gold", "found"), ("gold", "missed")]
    feedback.verdict_list.setCurrentIndex(feedback.verdict_model.index(0, 0))
    explanation = feedback.explanation.toPlainText()
    assert "You checked Anton Lisko before flagging it." in explanation

    # The red flag missed: what could have been checked, a link that opens it in the pane.
    feedback.verdict_list.setFocus()
    QTest.keyClick(feedback.verdict_list, Qt.Key.Key_Down)
    assert "You could have checked: Fact-check: there was no Varn Health Summit (fact-check)." in (
        feedback.explanation.toPlainText()
    )
    click_text(feedback.explanation, "there was no Varn Health Summit")
    assert pane.isVisible() and pane.shown_address == "source:fc-varn-summit"
    assert pane.focusWidget() is pane.page_view

    # The moves were kept with the attempt.
    (attempt,) = progress.attempts(reader.learner.id)
    kept = [(m.kind, m.target or m.query, m.via) for m in progress.attempt_moves(attempt.id)]
    assert kept == [
        ("searched", EXPERT, ""),
        ("opened", "source:anton-lisko", "selection"),
        ("opened", "source:varn-university", "link"),
        ("opened", "source:anton-lisko", "back"),
        ("flagged", "", ""),
    ]


def test_the_profile_credits_its_passage_when_opened_from_feedback(web_window):
    reader = web_window.reader
    QTest.keyClick(reader.view, Qt.Key.Key_Return, CTRL | SHIFT)  # credible: nothing flagged
    feedback = reader.feedback
    feedback.verdict_list.setCurrentIndex(feedback.verdict_model.index(0, 0))
    assert "You could have checked: Anton Lisko (profile)." in feedback.explanation.toPlainText()
    assert not feedback.investigation_label.isVisible()  # nothing was looked up
    click_text(feedback.explanation, "Anton Lisko")
    pane = reader.pane
    assert pane.shown_address == "source:anton-lisko"
    marked = pane.marked_span()
    assert marked is not None and pane.shown_text[marked[0] : marked[1]] == "medieval poetry"


def test_the_context_menu_offers_investigate_selection(web_window, qtbot):
    reader = web_window.reader
    view = reader.view
    start = view.text.index("Varn Health Summit")
    select_words(view, start, 3)
    from PySide6.QtWidgets import QMenu

    menu = QMenu()
    reader._fill_context_menu(menu)
    (action,) = [a for a in menu.actions() if a.text() == "In&vestigate selection"]
    assert action.shortcut().toString() == "Ctrl+Shift+I"
    action.trigger()
    assert reader.pane.isVisible()
    assert reader.pane.results.hits[0].id == "fc-varn-summit"
    # Closing the pane gives the article the keyboard again.
    reader.pane.close_button.click()
    assert not reader.pane.isVisible() and view.hasFocus()


def test_an_article_link_into_the_pack_opens_in_the_pane(web_window):
    reader = web_window.reader
    click_text(reader.view, "Lisko at Varn")
    assert reader.pane.isVisible()
    assert reader.pane.shown_address == "source:anton-lisko"


def test_a_resumed_draft_keeps_its_moves(web_window, progress):
    reader = web_window.reader
    reader.investigate()
    reader.pane.search("Anton Lisko")
    reader.pane.open_address("source:anton-lisko", via="search")
    start = reader.view.text.index(EXPERT)
    reader.view.select_span(start, start + len(EXPERT))
    reader.flag_selection("false-authority")  # saves the draft, with the moves so far
    web_window.show_library()
    web_window.open_article("demo", ARTICLE_ID)
    reader = web_window.reader
    assert not reader.pane.isVisible()  # hidden until used again
    moves = [(m.kind, m.target or m.query) for m in reader.investigation.moves()]
    assert moves[:2] == [("searched", "Anton Lisko"), ("opened", "source:anton-lisko")]
    assert moves[-1][0] == "flagged"


def test_no_pane_for_a_pack_without_sources(qtbot, progress, learner, tmp_path):
    from tests.conftest import make_source

    from spotit.content.source import read_pack_source
    from spotit.store.pack import build_pack

    win = MainWindow(progress, learner)
    qtbot.addWidget(win)
    win.add_pack(
        build_pack(read_pack_source(make_source(tmp_path / "bare")), tmp_path / "b.spotit")
    )
    win.show()
    win.open_article("demo", "rocket")
    reader = win.reader
    view = reader.view
    select_words(view, 0, 1)
    QTest.keyClick(view, Qt.Key.Key_I, CTRL | SHIFT)
    assert reader.investigation is None
    assert not reader.pane.isVisible() and not reader.investigate_button.isVisible()


def test_a_checked_note_is_credited_as_sound(web_window):
    reader = web_window.reader
    reader.investigate()
    QTest.keyClicks(reader.pane.search_box, "Varn University")
    QTest.keyClick(reader.pane.search_box, Qt.Key.Key_Return)
    click_text(reader.pane.results_view, "University of Varn")
    assert reader.pane.shown_address == "source:varn-university"
    QTest.keyClick(reader.view, Qt.Key.Key_Return, CTRL | SHIFT)  # credible: nothing flagged
    feedback = reader.feedback
    model = feedback.verdict_model
    (note_row,) = [
        n for n in range(model.rowCount()) if model.row(model.index(n, 0)).kind == "note"
    ]
    feedback.verdict_list.setCurrentIndex(model.index(note_row, 0))
    assert "You checked University of Varn, which shows this passage is sound." in (
        feedback.explanation.toPlainText()
    )


def test_help_lists_the_keys_the_investigation_really_has(web_window):
    from spotit.gui.main_window import shortcuts_help

    reader = web_window.reader
    for action in (reader.investigate_action, reader.pane.back_action, reader.pane.forward_action):
        assert f"<b>{action.shortcut().toString()}</b>" in shortcuts_help(), action.text()


def test_each_move_is_kept_with_the_draft_as_it_is_made(web_window, progress):
    # Searching and opening a page, with no flag made yet, is already in the stored draft:
    # if the app is killed now, the resumed article has the investigation so far.
    reader = web_window.reader
    reader.investigate()
    reader.pane.search("Anton Lisko")
    reader.pane.open_address("source:anton-lisko", via="search")
    learner_id = reader.practice.learner.id
    draft = progress.draft(learner_id, "demo", ARTICLE_ID, reader.current.article.text_hash)
    kept = [(m.kind, m.target or m.query) for m in draft.moves]
    assert kept == [("searched", "Anton Lisko"), ("opened", "source:anton-lisko")]
