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


def _start_check(qtbot, window):
    library = window.library
    qtbot.waitUntil(lambda: library.check_line.isVisible())
    library.check_button.setFocus()
    _press(qtbot, library.check_button, Qt.Key.Key_Space)
    return window.check_page


def test_the_tour_offer_steps_aside_for_a_check_and_esc_is_the_checks(qtbot, window, monkeypatch):
    from spotit.gui.tour import TOUR_KEY

    assert window.tour_offer.isVisible()  # a new learner is offered the tour
    page = _start_check(qtbot, window)
    assert window.pages.currentWidget() is page
    assert not window.tour_offer.isVisible()  # not above the check
    _press(qtbot, page.begin_button, Qt.Key.Key_Return)
    _press(qtbot, QApplication.focusWidget() or page, Qt.Key.Key_2)
    choices = iter(["&Stay", "&Leave"])
    asked = []

    def answer(box):
        asked.append(box.text())
        label = next(choices)
        next(b for b in box.buttons() if b.text() == label).click()

    monkeypatch.setattr(QMessageBox, "exec", answer)
    # Esc is the check's alone: it asks (Stay keeps the item), it does not decline the tour.
    _press(qtbot, QApplication.focusWidget() or page, Qt.Key.Key_Escape)
    assert len(asked) == 1 and page.on_item and page.counter.text().startswith("Item 2 of")
    _press(qtbot, QApplication.focusWidget() or page, Qt.Key.Key_Escape)
    assert len(asked) == 2 and window.pages.currentWidget() is window.library
    assert not window.practice.has_seen(TOUR_KEY)
    assert window.tour_offer.isVisible()  # back in the library, the offer is still open


def test_an_item_without_a_body_is_a_card_the_size_of_its_text(qtbot, window):
    from dataclasses import replace

    from spotit.content.render import render

    page = _start_check(qtbot, window)
    window.resize(1280, 800)
    _press(qtbot, page.begin_button, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.card.height() > 0)
    QApplication.processEvents()
    item = page.run.next_item
    assert not item.blocks and page.body.isHidden()
    # The card holds the outlet, headline and lede, with the scale right under it.
    text_bottom = page.lede.geometry().bottom()
    assert page.card.height() - text_bottom < 40
    under = page.buttons[0].mapTo(page, page.buttons[0].rect().topLeft()).y()
    card_bottom = page.card.mapTo(page, page.card.rect().bottomLeft()).y()
    assert 0 < under - card_bottom < 80
    # An item with its whole article gets the room instead.
    rendered = render(item.headline, "A first paragraph.\n\nA second one, *in full*.")
    long_item = replace(item, blocks=tuple(rendered.blocks), text=rendered.text)
    items = (long_item, *page.run.items[1:])
    page.show_run(replace(page.run, items=items))
    page.begin()
    QApplication.processEvents()
    assert page.body.isVisible()
    assert page.card.height() > page.height() // 2
