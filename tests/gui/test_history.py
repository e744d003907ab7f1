"""The History page: summary, attempts table, categories, chart, empty state, keyboard."""

from __future__ import annotations

import math
import re
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from spotit.core.model import Annotation, Flag
from spotit.core.scoring import score
from spotit.gui.history import AttemptsModel, CategoryModel, HistoryPage
from spotit.gui.i18n import datetime_text
from spotit.practice import Practice
from spotit.store.progress import Progress

TEXT = (
    'Experts say the tea cures colds. "It works," a source said. '
    "Sales rose 300% in a week. The shop opened in 2019."
)


def _span(quote: str, category: str) -> tuple[int, int, str]:
    start = TEXT.index(quote)
    return start, start + len(quote), category


VAGUE = _span("Experts say", "vague-source")
QUOTE = _span('"It works," a source said', "unsourced-quote")
NUMBER = _span("300% in a week", "misleading-number")
NOT_A_FLAG = _span("The shop opened in 2019", "loaded-language")
GOLD = [Annotation(s, e, c, TEXT[s:e], "why") for s, e, c in (VAGUE, QUOTE, NUMBER)]

#: (article id, flagged spans, seconds spent) per attempt, oldest first.
PLAN = [
    ("a1", [VAGUE], 65),
    ("a2", [VAGUE, NUMBER], 125),
    ("a3", [VAGUE, QUOTE, NUMBER], 59),
    ("a1", [VAGUE, NOT_A_FLAG], 600),
]


def _pct(f1: float) -> str:
    return str(math.floor(100 * f1 + 0.5))


@pytest.fixture
def progress(tmp_path):
    store = Progress(tmp_path / "progress.db")
    yield store
    store.close()


def submit(progress, learner, article_id, spans, seconds, gold=GOLD, headline=None, moves=()):
    flags = [Flag(s, e, c) for s, e, c in spans]
    report = score(TEXT, gold, flags)
    progress.submit(
        learner.id,
        pack_id="demo",
        pack_version="1.0",
        article_id=article_id,
        headline=headline or f"Headline {article_id}",
        text=TEXT,
        text_hash="hash",
        annotations=gold,
        flags=flags,
        report=report,
        seconds_spent=seconds,
        moves=moves,
    )
    return report


@pytest.fixture
def populated(qtbot, progress):
    learner = progress.add_learner("Ana")
    reports = [
        submit(progress, learner, art, spans, secs, headline=f"Headline {n}")
        for n, (art, spans, secs) in enumerate(PLAN, start=1)
    ]
    page = HistoryPage()
    qtbot.addWidget(page)
    page.show_learner(Practice(progress, learner))
    page.resize(1000, 700)
    return page, learner, reports


def cell(model, row, column, role=Qt.ItemDataRole.DisplayRole):
    return model.data(model.index(row, column), role)


def test_summary_line_counts_attempts_articles_and_recent_scores(populated):
    page, _, reports = populated
    scores = [r.score for r in reports]
    average = math.floor(sum(scores) / len(scores) + 0.5)
    assert page.heading.text() == "Ana"
    assert page.summary.text() == (
        f"4 attempts · 3 articles tried · last 4 attempts: average {average}, best {max(scores)}"
    )


def test_summary_uses_only_the_last_ten_attempts(qtbot, progress):
    learner = progress.add_learner("Ben")
    for n in range(12):
        submit(progress, learner, f"a{n}", [VAGUE, QUOTE, NUMBER] if n < 2 else [], 30)
    page = HistoryPage()
    qtbot.addWidget(page)
    page.show_learner(Practice(progress, learner))
    # The two perfect attempts are older than the last ten, which all scored 0.
    assert (
        page.summary.text()
        == "12 attempts · 12 articles tried · last 10 attempts: average 0, best 0"
    )


def test_attempts_table_lists_every_attempt_newest_first_with_its_values(populated, progress):
    page, learner, reports = populated
    model = page.attempts_model
    assert model.rowCount() == 4
    assert model.columnCount() == 9
    headlines = [cell(model, row, AttemptsModel.ARTICLE) for row in range(4)]
    assert headlines == ["Headline 4", "Headline 3", "Headline 2", "Headline 1"]

    stored = progress.attempts(learner.id)
    for row, (report, attempt) in enumerate(zip(reversed(reports), reversed(stored), strict=True)):
        local = datetime.fromisoformat(attempt.submitted_at).astimezone()
        assert cell(model, row, AttemptsModel.DATE) == datetime_text(local)
        assert cell(model, row, AttemptsModel.SCORE) == str(report.score)
        assert cell(model, row, AttemptsModel.SPOTTED) == _pct(report.spotted.f1)
        assert cell(model, row, AttemptsModel.NAMED) == _pct(report.named.f1)
    # The locale's short form ("12/2/26 6:45 PM" in English).
    assert re.fullmatch(
        r"\d{1,2}/\d{1,2}/\d{2},? \d{1,2}:\d{2}\s?[AP]M", cell(model, 0, AttemptsModel.DATE)
    )

    found = [cell(model, row, AttemptsModel.FOUND) for row in range(4)]
    assert found == ["1 of 3", "3 of 3", "2 of 3", "1 of 3"]
    invented = [cell(model, row, AttemptsModel.INVENTED) for row in range(4)]
    assert invented == ["1", "0", "0", "0"]
    times = [cell(model, row, AttemptsModel.TIME) for row in range(4)]
    assert times == ["10:00", "0:59", "2:05", "1:05"]
    # The perfect attempt (third, so second row) is shown as such.
    assert cell(model, 1, AttemptsModel.SCORE) == "100"
    assert cell(model, 1, AttemptsModel.SPOTTED) == "100"
    assert cell(model, 1, AttemptsModel.NAMED) == "100"
    assert cell(model, 0, AttemptsModel.TIME, Qt.ItemDataRole.AccessibleTextRole) == (
        "10 minutes 0 seconds"
    )


def test_category_table_puts_the_most_missed_first(populated):
    page, _, _ = populated
    model = page.category_model
    rows = [
        [cell(model, row, column) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]
    assert [r[CategoryModel.NAME] for r in rows] == [
        "Unsourced quote",
        "Misleading number or statistic",
        "Vague or anonymous source",
    ]
    # Met, found, mislabelled, missed.
    assert [r[1:5] for r in rows] == [
        ["4", "1", "0", "3"],
        ["4", "2", "0", "2"],
        ["4", "4", "0", "0"],
    ]
    # The rate is a number and a text bar, so colour is never the only cue.
    assert [r[CategoryModel.RATE] for r in rows] == [
        "██░░░░░░  25 %",
        "████░░░░  50 %",
        "████████  100 %",
    ]
    assert page.most_missed.text() == "You most often miss: Unsourced quote (3 of 4)."
    # Known categories carry their colour as a swatch next to the name.
    swatch = cell(model, 0, CategoryModel.NAME, Qt.ItemDataRole.DecorationRole)
    assert isinstance(swatch, QColor) and swatch.name() == "#edae49"


def test_pack_categories_use_the_given_name_or_fall_back_to_the_id(qtbot, progress):
    learner = progress.add_learner("Cleo")
    gold = [*GOLD, Annotation(*NOT_A_FLAG[:2], "pack-only", "The shop opened in 2019", "why")]
    submit(progress, learner, "a1", [VAGUE, QUOTE, NUMBER], 30, gold=gold)
    page = HistoryPage()
    qtbot.addWidget(page)

    page.show_learner(Practice(progress, learner))
    assert cell(page.category_model, 0, CategoryModel.NAME) == "pack-only"
    assert page.most_missed.text() == "You most often miss: pack-only (1 of 1)."
    assert cell(page.category_model, 0, CategoryModel.NAME, Qt.ItemDataRole.DecorationRole) is None

    page.show_learner(
        Practice(progress, learner), {"pack-only": "Shop history", "vague-source": "Vague"}
    )
    assert cell(page.category_model, 0, CategoryModel.NAME) == "Shop history"
    names = {cell(page.category_model, r, 0) for r in range(page.category_model.rowCount())}
    assert "Vague" in names


def test_chart_has_a_point_per_attempt_and_a_rolling_average(populated):
    page, _, reports = populated
    scores = [r.score for r in reports]
    assert page.score_series.count() == 4
    assert page.score_series.pointsVisible()
    assert [p.y() for p in page.score_series.points()] == scores
    assert [p.x() for p in page.score_series.points()] == [1, 2, 3, 4]
    assert page.average_series.count() == 4
    assert page.average_series.points()[-1].y() == pytest.approx(sum(scores) / 4)
    assert page.x_axis.titleText() and page.y_axis.titleText()
    assert (page.y_axis.min(), page.y_axis.max()) == (0, 100)
    assert "4 scores" in page.chart_view.accessibleDescription()


def test_no_attempts_shows_a_friendly_explanation_instead_of_the_chart(qtbot, progress):
    learner = progress.add_learner("Dee")
    page = HistoryPage()
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    assert "Choose a learner" in page.empty_label.text()
    assert not page.chart_view.isVisible()

    page.show_learner(Practice(progress, learner))
    assert page.stack.currentWidget() is page.empty_page
    assert page.empty_label.isVisible() and not page.chart_view.isVisible()
    text = page.empty_label.text()
    assert "No attempts yet" in text and "submit" in text and "TODO" not in text
    assert page.heading.text() == "Dee"
    assert not page.summary.isVisible()  # the message already says there are no attempts
    assert page.score_series.count() == 0

    submit(progress, learner, "a1", [VAGUE], 10)
    page.refresh()
    assert page.stack.currentWidget() is page.scroll
    assert page.chart_view.isVisible() and page.summary.isVisible()
    assert page.score_series.count() == 1
    assert page.attempts_model.rowCount() == 1
    assert page.summary.text().startswith("1 attempt · 1 article tried · last score ")


def test_enter_on_a_row_opens_that_attempt(qtbot, populated):
    page, _, _ = populated
    page.show()
    qtbot.waitExposed(page)
    view = page.attempts_view
    view.setFocus()
    # Refreshing makes the newest attempt current; Down moves to the one before it.
    assert view.currentIndex().row() == 0
    QTest.keyClick(view, Qt.Key.Key_Down)
    assert view.currentIndex().row() == 1
    with qtbot.waitSignal(page.open_attempt, timeout=1000) as blocker:
        QTest.keyClick(view, Qt.Key.Key_Return)
    assert blocker.args == ["demo", "a3"]

    view.setCurrentIndex(page.attempts_model.index(3, AttemptsModel.SCORE))
    with qtbot.waitSignal(page.open_attempt, timeout=1000) as blocker:
        QTest.keyClick(view, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert blocker.args == ["demo", "a1"]


def test_double_click_on_a_row_opens_that_attempt(qtbot, populated):
    page, _, _ = populated
    page.show()
    qtbot.waitExposed(page)
    view = page.attempts_view
    centre = view.visualRect(page.attempts_model.index(2, AttemptsModel.ARTICLE)).center()
    with qtbot.waitSignal(page.open_attempt, timeout=1000) as blocker:
        QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
        QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    assert blocker.args == ["demo", "a2"]


def test_keyboard_reaches_chart_and_both_tables_with_accessible_names(qtbot, populated):
    page, _, _ = populated
    page.show()
    qtbot.waitExposed(page)
    for widget in (page.chart_view, page.category_view, page.attempts_view):
        assert widget.accessibleName()
        assert widget.focusPolicy() & Qt.FocusPolicy.TabFocus
    assert not page.attempts_view.tabKeyNavigation()  # Tab leaves the table
    with qtbot.waitActive(page):
        page.activateWindow()
    page.chart_view.setFocus()
    assert QApplication.focusWidget() is page.chart_view
    order = []
    for _ in range(2):
        QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        order.append(QApplication.focusWidget())
    assert order == [page.category_view, page.attempts_view]


def test_follows_palette_and_font_changes(qtbot, populated):
    page, _, _ = populated
    dark = QPalette(page.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#eeeeee"))
    page.setPalette(dark)
    assert page.chart.backgroundBrush().color() == QColor("#1e1e1e")
    assert page.x_axis.labelsColor() == QColor("#eeeeee")

    font = page.font()
    font.setPointSizeF(font.pointSizeF() * 2)
    page.setFont(font)
    assert page.heading.font().pointSizeF() == pytest.approx(font.pointSizeF() * 1.5)
    assert page.x_axis.labelsFont().pointSizeF() == pytest.approx(font.pointSizeF())


def test_rich_text_in_a_name_is_shown_as_typed(qtbot, progress):
    learner = progress.add_learner("<b>Eve</b>")
    page = HistoryPage()
    qtbot.addWidget(page)
    page.show_learner(Practice(progress, learner))
    assert page.heading.textFormat() == Qt.TextFormat.PlainText
    assert page.heading.text() == "<b>Eve</b>"


def test_attempts_table_says_how_much_each_attempt_was_investigated(qtbot, progress):
    from spotit.core.sources import Move

    learner = progress.add_learner("Ines")
    looked = (
        Move("searched", 1.0, query="Anton Lisko", results=2),
        Move("opened", 2.0, target="source:anton-lisko", via="search", seconds=40.0),
        Move("opened", 43.0, target="source:varn-university", via="link", seconds=20.0),
        Move("opened", 64.0, target="source:anton-lisko", via="back", seconds=5.0),
        Move("opened", 90.0, target="source:fc-tea", via="feedback", seconds=9.0),
    )
    submit(progress, learner, "a1", [], 60)
    submit(progress, learner, "a2", [], 90, moves=looked)
    page = HistoryPage()
    qtbot.addWidget(page)
    page.show_learner(Practice(progress, learner))
    model = page.attempts_model
    # Newest first; a page shown twice counts once, and one opened from the feedback
    # (after submitting) is not part of the investigation.
    assert [cell(model, row, AttemptsModel.INVESTIGATED) for row in range(2)] == ["2 pages", "—"]
    tip = Qt.ItemDataRole.ToolTipRole
    assert "You ran 1 search and opened 2 pages, for 1 min 5 s." in (
        cell(model, 0, AttemptsModel.INVESTIGATED, tip)
    )
    spoken = Qt.ItemDataRole.AccessibleTextRole
    assert cell(model, 1, AttemptsModel.INVESTIGATED, spoken) == "You did not investigate."
