"""The reader's two panels as models and widgets of their own."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from spotit.core.model import Annotation, ArticleMeta, Flag
from spotit.core.scoring import score
from spotit.core.taxonomy import DEFAULT_TAXONOMY, Category
from spotit.gui.feedback_panel import FeedbackPanel, verdict_rows
from spotit.gui.flag_list import FlagListPanel
from spotit.gui.itemmodels import RowRole
from spotit.gui.marks import VERDICT_STYLES
from spotit.store.pack import PackArticle

TEXT = "Experts say the tea cures colds. Sales rose 300% in a week. The shop opened in 2019."
CATEGORIES = {c.id: c for c in DEFAULT_TAXONOMY}


def category(category_id: str) -> Category:
    return CATEGORIES.get(category_id) or Category(category_id, category_id, "", "", "#888888")


def span(quote: str) -> tuple[int, int]:
    start = TEXT.index(quote)
    return start, start + len(quote)


GOLD = [
    Annotation(*span("Experts say"), "vague-source", "Experts say", "Which experts?"),
    Annotation(*span("300% in a week"), "misleading-number", "300% in a week", "Of what?"),
]
ARTICLE = PackArticle(ArticleMeta("tea", "Tea"), [], TEXT, "hash", GOLD, "")


def test_verdicts_list_every_red_flag_then_the_flags_worth_a_word():
    flags = [
        Flag(*span("Experts say"), "vague-source"),
        Flag(*span("300% in a week"), "loaded-language"),
        Flag(*span("The shop opened in 2019"), "filler"),
    ]
    rows = verdict_rows(score(TEXT, GOLD, flags), ARTICLE, category)
    assert [(r.kind, r.text, r.passage) for r in rows] == [
        ("gold", "✓ Found", "Experts say"),
        ("gold", "≈ Found, wrong category", "300% in a week"),  # the flag is listed once
        ("flag", "⚐ Your flag: not a red flag", "The shop opened in 2019"),
    ]


def test_feedback_panel_colours_verdicts_and_explains_the_first(qtbot):
    panel = FeedbackPanel(lambda url: None)
    qtbot.addWidget(panel)
    chosen = []
    panel.passage_chosen.connect(lambda start, end: chosen.append((start, end)))
    panel.show_report(
        score(TEXT, GOLD, [Flag(*span("Experts say"), "vague-source")]),
        ARTICLE,
        CATEGORIES.values(),
    )
    model = panel.verdict_model
    assert model.rowCount() == 2
    assert model.index(1, 0).data() == "✗ Missed"
    colour = model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert colour == QColor(VERDICT_STYLES["missed"].color)
    assert chosen == [span("Experts say")]  # the first verdict is selected and shown
    assert "Which experts?" in panel.explanation.toPlainText()
    table = panel.category_model
    per_category = {
        table.index(r, 0).data(): [table.index(r, c).data() for c in range(1, 6)]
        for r in range(table.rowCount())
    }
    # Red flags, found, partly found, missed, not red flags.
    assert per_category[CATEGORIES["vague-source"].name] == ["1", "1", "0", "0", "0"]
    assert per_category[CATEGORIES["misleading-number"].name] == ["1", "0", "0", "1", "0"]


def test_credible_feedback_says_so_when_there_is_nothing_to_list(qtbot):
    panel = FeedbackPanel(lambda url: None)
    qtbot.addWidget(panel)
    credible = PackArticle(ArticleMeta("ok", "Fine"), [], TEXT, "hash", [], "")
    panel.show_report(score(TEXT, [], []), credible, CATEGORIES.values())
    assert panel.verdict_model.rowCount() == 0
    assert "credible" in panel.explanation.toPlainText()


def test_flag_list_keeps_the_selected_flag_and_reports_keys(qtbot):
    panel = FlagListPanel()
    qtbot.addWidget(panel)
    flags = [
        Flag(0, 11, "vague-source", "who?"),
        Flag(*span("300% in a week"), "misleading-number"),
    ]
    panel.show_flags(flags, TEXT, category, None)
    assert panel.selected() is None and not panel.empty_hint.isVisibleTo(panel)
    panel.select(flags[1])
    panel.show_flags(flags, TEXT, category, panel.selected())  # a redraw keeps the selection
    assert panel.selected() == flags[1]
    # A flag added above it: the selection stays on the same flag, not on the same row.
    added = Flag(12, 15, "vague-source")
    panel.show_flags([flags[0], added, flags[1]], TEXT, category, panel.selected())
    assert panel.selected() == flags[1]
    panel.show_flags(flags, TEXT, category, panel.selected())
    row = panel.model.index(0, 0).data(RowRole)
    assert (row.passage, row.flag.note) == ("Experts say", "who?")
    assert panel.model.index(1, 1).data() == "300% in a week"
    numbers = []
    panel.number_pressed.connect(numbers.append)
    qtbot.keyClick(panel.view, Qt.Key.Key_2)
    assert numbers == [2]
    with qtbot.waitSignal(panel.delete_requested):
        qtbot.keyClick(panel.view, Qt.Key.Key_Delete)
    panel.show_flags([], TEXT, category, flags[1])
    assert panel.selected() is None and panel.empty_hint.isVisibleTo(panel)
    assert not panel.delete_button.isEnabled()
