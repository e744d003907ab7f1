"""A check taken in the app with the keyboard only: the library's due line, Start, the
number keys 1-6 for every item, Esc asking before leaving, resuming, the finish screen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox


def _press(qtbot, widget, key):
    qtbot.keyClick(widget, key)


def test_a_check_is_taken_with_number_keys_only(qtbot, window, monkeypatch):
    library = window.library
    if window.tour_offer.isVisible():  # a new profile: Esc declines the tour first
        _press(qtbot, library.table, Qt.Key.Key_Escape)
    assert not window.tour_offer.isVisible()
    qtbot.waitUntil(lambda: library.check_line.isVisible())
    assert library.check_label.text() == "Check due: Credible or not? (before you start)"
    library.check_button.setFocus()
    _press(qtbot, library.check_button, Qt.Key.Key_Space)
    page = window.check_page
    assert window.pages.currentWidget() is page
    assert page.screens.currentWidget() is page.intro
    _press(qtbot, page.begin_button, Qt.Key.Key_Return)
    assert page.on_item
    total = len(page.run.items)
    assert page.counter.text() == f"Item 1 of {total}"
    # Three answers, then Esc: asked, and "Leave" keeps them.
    for key in (Qt.Key.Key_1, Qt.Key.Key_6, Qt.Key.Key_3):
        _press(qtbot, QApplication.focusWidget() or page, key)
    assert page.counter.text() == f"Item 4 of {total}"
    asked = []

    def answer(box):
        asked.append(box.text())
        next(b for b in box.buttons() if b.text() == "&Leave").click()

    monkeypatch.setattr(QMessageBox, "exec", answer)
    _press(qtbot, QApplication.focusWidget() or page, Qt.Key.Key_Escape)
    assert asked and "answers so far are kept" in asked[0]
    assert window.pages.currentWidget() is library
    qtbot.waitUntil(lambda: library.check_label.text().startswith("Check to go on with:"))
    assert library.check_label.text() == "Check to go on with: Credible or not? (before you start)"
    library.check_button.setFocus()
    _press(qtbot, library.check_button, Qt.Key.Key_Space)
    assert "3 answered" in page.intro_wave.text()
    _press(qtbot, page.begin_button, Qt.Key.Key_Return)
    assert page.counter.text() == f"Item 4 of {total}"
    ratings = [1, 6, 3]
    while page.on_item:
        item = page.run.next_item
        rating = 2 if item.truth == "misleading" else 5
        _press(qtbot, QApplication.focusWidget() or page, getattr(Qt.Key, f"Key_{rating}"))
        ratings.append(rating)
    assert page.screens.currentWidget() is page.finish_screen
    assert "d′" in page.finish_text.text() and "AUC" in page.finish_text.text()
    (result,) = window.practice.check_results(page.run.pack_id, page.run.check.id)
    assert (
        result.wave == "pre" and result.measures.n_misleading + result.measures.n_credible == total
    )
    stored = window.progress.check_runs(
        window.learner.id,
        __import__("spotit.practice.session", fromlist=["identity"]).identity(
            window.practice.packs[page.run.pack_id]
        ),
        page.run.check.id,
    )[0]
    assert [r.rating for r in stored.responses] == ratings
    _press(qtbot, page.done_button, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is library
    qtbot.waitUntil(lambda: not library.check_line.isVisible())
