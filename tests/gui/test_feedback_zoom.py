"""The feedback's explanation is readable at any text size, in a 1280x800 window.

At 200% it used to get about three lines: the verdicts and the results per category
took their share first. It keeps at least MIN_EXPLANATION_LINES lines now, at any zoom,
and when even that cannot fit the whole feedback scrolls instead of squeezing it.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from spotit.gui.feedback_panel import MIN_EXPLANATION_LINES


@pytest.fixture
def feedback_window(qtbot, progress, learner, starter_pack_path, qapp):
    from spotit.gui.main_window import MainWindow
    from spotit.gui.theme import Appearance

    appearance = Appearance(qapp)
    win = MainWindow(progress, learner, appearance)
    qtbot.addWidget(win)
    win.add_pack(starter_pack_path)
    win.resize(1280, 800)
    win.show()
    qtbot.waitExposed(win)
    # The article with the most red flags: the longest list of verdicts above the pane.
    pack = next(iter(win.packs.values()))
    article = max((pack.article(a) for a in pack.article_ids()), key=lambda a: len(a.annotations))
    win.open_article(pack.meta.id, article.meta.id)
    win.reader.submit_credible()
    yield win, appearance
    appearance.set_zoom(1.0)
    qapp.processEvents()


def lines_shown(browser) -> float:
    return browser.viewport().height() / browser.fontMetrics().lineSpacing()


@pytest.mark.parametrize("zoom", [1.0, 1.5, 2.0, 3.0])
def test_the_explanation_shows_enough_lines_at_any_zoom(feedback_window, qapp, zoom):
    win, appearance = feedback_window
    appearance.set_zoom(zoom)
    for _ in range(3):  # the new font, then the layouts it asks for, then the scroll area's
        qapp.processEvents()
    feedback = win.reader.feedback
    assert feedback.isVisible() and feedback.explanation.isVisible()
    assert lines_shown(feedback.explanation) >= MIN_EXPLANATION_LINES
    # The verdicts above it still show some rows, and every button can be reached.
    verdicts = feedback.verdict_list
    assert verdicts.viewport().height() >= 2 * verdicts.sizeHintForRow(0)
    # The results per category show whole names (scrolling sideways for the counts).
    table = feedback.category_table
    names = [table.model().index(r, 0).data() for r in range(table.model().rowCount())]
    widest = max(table.fontMetrics().horizontalAdvance(n) for n in names)
    assert table.header().sectionSize(0) > widest
    # Tabbing to a button below the fold scrolls it into view.
    feedback.try_again_button.setFocus()
    QTest.keyClick(feedback.try_again_button, Qt.Key.Key_Tab)
    qapp.processEvents()
    assert feedback.next_button.hasFocus()
    area = feedback.scroll_area
    where = feedback.next_button.mapTo(area.viewport(), feedback.next_button.rect().bottomLeft())
    assert 0 <= where.y() <= area.viewport().height()
