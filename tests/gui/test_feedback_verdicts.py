"""The feedback's verdicts (issue 12): too broad, close, accepted readings, partly found."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from spotit.core.model import Annotation, ArticleMeta, Flag
from spotit.core.scoring import FlagVerdict, GoldVerdict, score
from spotit.core.taxonomy import DEFAULT_TAXONOMY
from spotit.gui.feedback_panel import FeedbackPanel
from spotit.gui.marks import VERDICT_STYLES
from spotit.store.pack import PackArticle

PARAGRAPH = (
    "Shoppers queued from dawn on Tuesday at the new market hall in Orsby, where the stall "
    "holders, most of them farmers from the valley, said the first week had gone better than "
    "any of them had hoped, and sales of the herbal tonic rose 300% in a week, the organisers "
    "claimed."
)
TEXT = (
    "Tonic sales soar at Orsby market hall. "
    f"{PARAGRAPH} "
    "Doctors are clearly afraid of the tonic. "
    "The hall opened in 2019, the town register says."
)
CATEGORIES = {c.id: c for c in DEFAULT_TAXONOMY}


def span(quote: str) -> tuple[int, int]:
    start = TEXT.index(quote)
    return start, start + len(quote)


NUMBER = Annotation(
    *span("rose 300% in a week"),
    "misleading-number",
    "rose 300% in a week",
    "Of what? From one bottle to four is 300%.",
    core=span("300%"),
)
MIND_READING = Annotation(
    *span("Doctors are clearly afraid of the tonic"),
    "loaded-language",
    "Doctors are clearly afraid of the tonic",
    "Nobody can know what doctors feel.",
    also=("unsupported-claim",),
)
GOLD = [NUMBER, MIND_READING]
ARTICLE = PackArticle(ArticleMeta("tonic", "Tonic"), [], TEXT, "h", GOLD, "")


def shown(qtbot, flags):
    panel = FeedbackPanel(lambda url: None)
    qtbot.addWidget(panel)
    panel.show_report(score(TEXT, GOLD, flags), ARTICLE, CATEGORIES.values())
    model = panel.verdict_model
    rows = [model.row(model.index(r, 0)) for r in range(model.rowCount())]
    return panel, rows


def explain(panel, row: int) -> str:
    panel.verdict_list.setCurrentIndex(panel.verdict_model.index(row, 0))
    return panel.explanation.toPlainText()


def test_every_verdict_the_scorer_gives_has_a_symbol_and_a_label_of_its_own():
    for verdicts in (list(GoldVerdict), list(FlagVerdict)):
        styles = [VERDICT_STYLES[v.value] for v in verdicts]
        assert len({s.symbol for s in styles}) == len(styles)
        assert len({s.label for s in styles}) == len(styles)
        assert len({s.underline for s in styles}) == len(styles)  # colour is never alone


def test_a_whole_paragraph_around_a_red_flag_is_found_but_too_broad(qtbot):
    panel, rows = shown(qtbot, [Flag(*span(PARAGRAPH), "misleading-number")])
    assert [(r.kind, r.text) for r in rows] == [
        ("gold", "⊃ Found, flag too broad"),  # the flag itself is listed once, here
        ("gold", "✗ Missed"),
    ]
    explained = explain(panel, 0)
    assert "Narrow it down: which words are the red flag?" in explained
    assert "From one bottle to four" in explained
    colour = panel.verdict_model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert colour == QColor(VERDICT_STYLES["found-too-broad"].color)


def test_a_too_broad_flag_on_a_red_flag_found_otherwise_gets_its_own_row(qtbot):
    flags = [Flag(*span(PARAGRAPH), "filler"), Flag(*span("300%"), "misleading-number")]
    panel, rows = shown(qtbot, flags)
    texts = [r.text for r in rows]
    assert texts[0] == "✓ Found"
    row = texts.index("⊃ Your flag: too broad")
    explained = explain(panel, row)
    assert "Narrow it down" in explained and CATEGORIES["misleading-number"].name in explained


def test_a_flag_on_other_words_of_a_red_flags_sentence_is_close(qtbot):
    panel, rows = shown(qtbot, [Flag(*span("the organisers claimed"), "vague-source")])
    texts = [r.text for r in rows]
    row = texts.index("↔ Your flag: close")
    assert "Not a red flag" not in " ".join(texts)
    explained = explain(panel, row)
    assert "rose 300% in a week" in explained  # it points at the right words


def test_an_accepted_category_is_found_and_says_why_the_key_prefers_its_own(qtbot):
    flags = [Flag(*span("Doctors are clearly afraid of the tonic"), "unsupported-claim")]
    panel, rows = shown(qtbot, flags)
    assert rows[1].text == "✓ Found"
    explained = explain(panel, 1)
    assert "Accepted: “Unsupported claim” fits too" in explained
    assert "files it under “Loaded or emotional language”: words chosen" in explained


def test_a_wrong_category_flag_is_listed_once_unless_its_red_flag_was_found_otherwise(qtbot):
    wrong = Flag(*span("300% in a week"), "loaded-language")
    _, rows = shown(qtbot, [wrong])
    assert [r.text for r in rows] == ["≈ Found, wrong category", "✗ Missed"]
    right = Flag(*span("rose 300%"), "misleading-number")
    _, rows = shown(qtbot, [wrong, right])
    assert [r.text for r in rows] == ["✓ Found", "✗ Missed", "≈ Your flag: wrong category"]


def test_the_category_table_counts_partly_found_apart_from_missed(qtbot):
    flags = [Flag(*span("of the tonic"), "loaded-language")]
    panel, rows = shown(qtbot, flags)
    assert rows[1].text == "◐ Partly found"
    table = panel.category_model
    header = [table.headerData(c, Qt.Orientation.Horizontal) for c in range(table.columnCount())]
    assert header == ["Category", "Red flags", "Found", "Partly found", "Missed", "Not red flags"]
    counts = {
        table.index(r, 0).data(): [table.index(r, c).data() for c in range(1, 6)]
        for r in range(table.rowCount())
    }
    assert counts[CATEGORIES["loaded-language"].name] == ["1", "0", "1", "0", "0"]
    assert counts[CATEGORIES["misleading-number"].name] == ["1", "0", "0", "1", "0"]


def test_a_too_broad_flag_with_another_category_says_which_it_was_given(qtbot):
    panel, rows = shown(qtbot, [Flag(*span(PARAGRAPH), "filler")])
    assert rows[0].text == "⊃ Found, flag too broad"
    assert f"You flagged it as: {CATEGORIES['filler'].name}." in explain(panel, 0)
