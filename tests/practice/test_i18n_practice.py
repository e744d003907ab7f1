"""The practice layer's sentences come out through the installed translator.

The layers below the GUI never import Qt: the GUI installs Qt's translator into
``spotit.core.i18n``. Here a fake translator stands in for it, so every sentence a
learner reads from these layers is seen to go through it (and English stays as it was
once it is removed).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from spotit.core import i18n
from spotit.core.measures import Measures
from spotit.core.model import Annotation, Flag
from spotit.core.scoring import FlagVerdict, GoldVerdict, score
from spotit.core.sources import KIND_NAMES, OPENED, SEARCHED, Move
from spotit.core.taxonomy import DEFAULT_TAXONOMY
from spotit.practice.checks import wave_phrase
from spotit.practice.history import most_missed_sentence, summary_text
from spotit.practice.investigation import moves_summary
from spotit.practice.plan import shown_reason
from spotit.practice.report import CheckRow, check_report
from spotit.practice.session import score_flags
from spotit.practice.startup import damaged_problem, read_only_problem
from spotit.store.progress import ProgressDamaged, ProgressReadOnly

STORY = (
    "Miracle cure found, insiders say\n"
    "Insiders say the new pill works for everyone. Officials in Harlow Mere opened a clinic."
)


def at(quote: str) -> tuple[int, int]:
    start = STORY.index(quote)
    return start, start + len(quote)


def fake(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """German stands in as "DE:" before the text; %n replaced as Qt does."""
    return "DE:" + (text.replace("%n", str(n)) if n >= 0 else text)


@pytest.fixture
def translated():
    i18n.install(fake, lambda value, decimals=0: f"<{value:.{decimals}f}>")
    yield
    i18n.install(None, None)


def test_the_feedback_report_speaks_through_the_translator(translated):
    key = [Annotation(*at("Insiders say"), "vague-source", "Insiders say", explanation="x")]
    report = score(STORY, key, [Flag(*at("works for everyone"), "vague-source")])
    (result,) = report.flags
    assert result.verdict is FlagVerdict.CLOSE
    assert result.note == "DE:Close: the red flag in this sentence is “Insiders say”."
    assert report.summary.startswith("DE:You found <0> of 1 red flag")
    assert "DE:; 1 of your flags were close" in report.summary  # the translation's plural
    assert GoldVerdict.MISSED.label == "DE:missed"
    assert FlagVerdict.CLOSE.label == "DE:close"


def test_a_credible_article_and_the_accepted_note_are_translated(translated):
    credible = score(STORY, [], [])
    assert credible.summary == "DE:This article is credible and you flagged nothing: well judged."
    # The accepted note quotes the categories as the learner reads them (shown_categories).
    key = [
        Annotation(
            *at("Insiders say the new pill"),
            "vague-source",
            "Insiders say the new pill",
            explanation="x",
            also=("unsupported-claim",),
        )
    ]

    class Article:
        text, annotations, notes = STORY, key, ()

    flags = [Flag(*at("Insiders say the new pill"), "unsupported-claim")]
    report = score_flags(Article(), flags, categories=DEFAULT_TAXONOMY)
    note = report.gold[0].note
    assert note.startswith("DE:Accepted: DE:“DE:Unsupported claim”")
    assert "DE:Vague or anonymous source" in note


def test_a_start_up_problem_speaks_through_the_translator(translated, tmp_path: Path):
    damaged = damaged_problem(ProgressDamaged(tmp_path / "progress.db", "malformed"))
    assert damaged.title == "DE:Your progress is damaged"
    assert damaged.text.startswith("DE:Your saved progress is damaged")
    assert "progress.db.damaged-(date and time)" in damaged.text  # placeholders filled
    assert [c.label for c in damaged.choices] == [
        "DE:&Recover what can be read",
        "DE:Start &fresh",
        "DE:&Quit",
    ]
    read_only = read_only_problem(ProgressReadOnly(tmp_path / "progress.db", "read-only"))
    assert read_only.title == "DE:Progress cannot be saved"
    assert read_only.choices[0].label == "DE:&Practise without saving"


def test_investigation_history_and_plan_sentences_are_translated(translated):
    moves = [Move(SEARCHED, 1.0, query="pill", results=2), Move(OPENED, 2.0, target="source:a")]
    assert moves_summary(moves) == "DE:You ran DE:1 search and opened DE:1 page."
    assert summary_text([]) == "DE:No attempts yet."
    assert most_missed_sentence([]).startswith("DE:No red flags met yet")
    assert wave_phrase("delayed-7") == "DE:7 days on"
    assert KIND_NAMES["outlet"] == "DE:outlet page"
    assert shown_reason("new: Unsourced quote") == "DE:new: Unsourced quote"


def _measures(d: float, c: float) -> Measures:
    return Measures(
        n_misleading=4, n_credible=4, hit_rate=0.75, false_alarm_rate=0.25, d_prime=d, c=c,
        auc=0.7, r=3, f=3, V=6, d=0, n=0,
    )  # fmt: skip


def test_the_check_reports_reading_is_translated(translated):
    rows = [
        CheckRow("g", f"p{n}", wave, _measures(d, 0.0))
        for n in range(3)
        for wave, d in (("pre", 0.5 + n / 10), ("post", 1.5 + n / 5))
    ]
    report = check_report(rows)
    assert report.title == "DE:Check report"
    assert report.reading[0].startswith("DE:g: DE:d′ rose from <0.60>")
    assert "DE:d′ rose from" in report.reading[0]
    assert "DE:3 participants" in report.reading[0]


def test_english_stays_without_a_translator():
    key = [Annotation(*at("Insiders say"), "vague-source", "Insiders say", explanation="x")]
    report = score(STORY, key, [Flag(*at("works for everyone"), "vague-source")])
    assert report.summary == (
        "You found 0 of 1 red flag; 1 of your flags was close: right sentence, other words."
    )
    assert wave_phrase("delayed-1") == "1 day on" and wave_phrase("delayed-7") == "7 days on"
