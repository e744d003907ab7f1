"""The author's notes in the feedback (issue 12): why a passage is fine, whatever was flagged."""

from __future__ import annotations

from PySide6.QtGui import QColor

from spotit.core.model import Annotation, ArticleMeta, Flag, PassageNote
from spotit.core.scoring import score
from spotit.core.taxonomy import DEFAULT_TAXONOMY
from spotit.gui.feedback_panel import FeedbackPanel, verdict_rows
from spotit.gui.marks import VERDICT_STYLES
from spotit.store.pack import PackArticle

TEXT = (
    "Experts say the tea cures colds. "
    "Sales rose 12% in March, the shop's accounts show. "
    "The shop opened in 2019, the town register says."
)
CATEGORIES = {c.id: c for c in DEFAULT_TAXONOMY}


def span(quote: str) -> tuple[int, int]:
    start = TEXT.index(quote)
    return start, start + len(quote)


def note(quote: str, text: str) -> PassageNote:
    return PassageNote(*span(quote), quote, text)


NOTES = (
    note("Sales rose 12% in March, the shop's accounts show", "A number with its period."),
    note("the town register says", "A public record anyone can look up."),
)
GOLD = [Annotation(*span("Experts say"), "vague-source", "Experts say", "Which experts?")]
MISINFORMATION = PackArticle(ArticleMeta("tea", "Tea"), [], TEXT, "h", GOLD, "", notes=NOTES)
CREDIBLE = PackArticle(ArticleMeta("shop", "Shop"), [], TEXT, "h", [], "", notes=NOTES)


def panel_showing(qtbot, article, flags):
    panel = FeedbackPanel(lambda url: None)
    qtbot.addWidget(panel)
    chosen: list[tuple[int, int]] = []
    panel.passage_chosen.connect(lambda start, end: chosen.append((start, end)))
    report = score(TEXT, article.annotations, flags, article.notes)
    panel.show_report(report, article, CATEGORIES.values())
    return panel, chosen


def choose(panel, row: int) -> str:
    panel.verdict_list.setCurrentIndex(panel.verdict_model.index(row, 0))
    return panel.explanation.toPlainText()


def test_notes_follow_the_verdicts_whatever_was_flagged():
    for flags in ([], [Flag(*span("Experts say"), "vague-source")]):
        rows = verdict_rows(score(TEXT, GOLD, flags), MISINFORMATION, CATEGORIES.get)
        assert [(r.kind, r.text, r.passage) for r in rows[-2:]] == [
            ("note", "ℹ Holds up", NOTES[0].quote),
            ("note", "ℹ Holds up", NOTES[1].quote),
        ]
        assert rows[0].kind == "gold"


def test_a_credible_article_opens_on_its_first_note_and_selecting_one_shows_its_passage(qtbot):
    panel, chosen = panel_showing(qtbot, CREDIBLE, [])
    model = panel.verdict_model
    assert [model.index(r, 1).data() for r in range(model.rowCount())] == ["—", "—"]
    assert chosen == [span(NOTES[0].quote)]
    assert "A number with its period." in panel.explanation.toPlainText()
    assert "A public record anyone can look up." in choose(panel, 1)
    assert chosen[-1] == span(NOTES[1].quote)
    colour = model.index(1, 0).data(0x0009)  # ForegroundRole
    assert colour == QColor(VERDICT_STYLES["note"].color)


def test_flagging_a_noted_passage_gives_the_authors_reason(qtbot):
    flag = Flag(*span("the town register says"), "vague-source")
    panel, _ = panel_showing(qtbot, MISINFORMATION, [flag])
    texts = [panel.verdict_model.index(r, 0).data() for r in range(panel.verdict_model.rowCount())]
    row = texts.index("⚐ Your flag: not a red flag")
    explained = choose(panel, row)
    assert "not one of the article's red flags" in explained
    assert "A public record anyone can look up." in explained


def test_a_flag_on_no_noted_passage_gets_the_general_advice(qtbot):
    bare = PackArticle(ArticleMeta("tea", "Tea"), [], TEXT, "h", GOLD, "")
    panel, _ = panel_showing(qtbot, bare, [Flag(*span("The shop opened in 2019"), "filler")])
    explained = choose(panel, 1)
    assert "named source, a date or a place" in explained


def test_the_bundled_credible_articles_explain_themselves_in_the_reader(window):
    window.open_article("starter", "vessa-bridge-closure")
    reader = window.reader
    notes = reader.current.article.notes
    assert len(notes) >= 3
    reader.submit_credible()
    model = reader.feedback.verdict_model
    rows = [model.row(model.index(r, 0)) for r in range(model.rowCount())]
    assert [r.kind for r in rows] == ["note"] * len(notes)
    # The first note's passage is selected in the article, and every note's is tinted.
    cursor = reader.view.textCursor()
    first = notes[0]
    assert (
        reader.view.from_qt(cursor.selectionStart()),
        reader.view.from_qt(cursor.selectionEnd()),
    ) == (
        first.start,
        first.end,
    )
    tinted = {
        (
            reader.view.from_qt(s.cursor.selectionStart()),
            reader.view.from_qt(s.cursor.selectionEnd()),
        )
        for s in reader.view.extraSelections()
    }
    assert {(n.start, n.end) for n in notes} <= tinted
    reader.verdict_list.setCurrentIndex(model.index(2, 0))
    assert notes[2].text.split()[0] in reader.explanation.toPlainText()
