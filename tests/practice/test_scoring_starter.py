"""Over-flagging through Practice on the starter pack: it never pays (issue 12).

Flagging every paragraph of a misinformation article, each with the best category, scores
at most 50; flagging every sentence of one whose sentences are mostly free of red flags
scores at most 30; neither beats a careful answer, and the summary says what went wrong.
"""

from __future__ import annotations

from collections import Counter

import pytest

from spotit.core.model import Flag
from spotit.core.scoring import FlagVerdict, sentences, trim
from spotit.practice import Submission
from spotit.store.pack import open_pack


def paragraphs(text: str) -> list[tuple[int, int]]:
    """The headline and every block of the body: the canonical text's lines."""
    spans, start = [], 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans


def best_category(article, start: int, end: int) -> str:
    """The category most of the red flags the span touches have (any, if it touches none).

    On a credible article, which has none, every flag says "unsupported claim".
    """
    touched = Counter(
        ann.category
        for ann in article.annotations
        if any(min(end, a.end) > max(start, a.start) for a in ann.anchors)
    )
    if touched:
        return touched.most_common(1)[0][0]
    return article.annotations[0].category if article.annotations else "unsupported-claim"


def over_flag(article, spans) -> list[Flag]:
    return [Flag(s, e, best_category(article, s, e)) for s, e in spans if trim(article.text, s, e)]


def careful(article) -> list[Flag]:
    return [Flag(a.start, a.end, a.category) for a in article.annotations]


def mostly_free(article) -> bool:
    """Whether most of the article's sentences hold no red flag."""
    spans = sentences(article.text)
    flagged = sum(
        any(min(e, a.end) > max(s, a.start) for ann in article.annotations for a in ann.anchors)
        for s, e in spans
    )
    return flagged * 2 < len(spans)


@pytest.fixture(scope="module")
def misinformation(starter_path):
    with open_pack(starter_path) as pack:
        return [pack.article(i) for i in pack.article_ids() if pack.article(i).annotations]


def submit(practice, article, flags):
    opened = practice.open("starter", article.meta.id, fresh=True)
    assert opened.article.text == article.text
    return practice.submit(Submission(opened, flags, 120)).report


def test_every_paragraph_with_the_best_category_scores_at_most_50(practice, misinformation):
    assert len(misinformation) >= 3
    for article in misinformation:
        report = submit(practice, article, over_flag(article, paragraphs(article.text)))
        best = submit(practice, article, careful(article))
        assert report.score <= 50, (article.meta.id, report.score, report.summary)
        assert report.score < best.score == 100, article.meta.id


def test_every_sentence_of_a_mostly_clean_article_scores_at_most_30(practice, misinformation):
    mostly_clean = [a for a in misinformation if mostly_free(a)]
    assert len(mostly_clean) >= 3
    for article in mostly_clean:
        report = submit(practice, article, over_flag(article, sentences(article.text)))
        assert report.score <= 30, (article.meta.id, report.score, report.summary)
        assert any(f.verdict is FlagVerdict.NOT_A_RED_FLAG for f in report.flags)


def test_flagging_everything_as_one_passage_never_beats_a_careful_answer(practice, misinformation):
    for article in misinformation[:3]:
        everything = [Flag(0, len(article.text), best_category(article, 0, len(article.text)))]
        report = submit(practice, article, everything)
        assert report.score <= 50, (article.meta.id, report.score)
        assert "covered far more than the red flag" in report.summary
        assert "of the text that was fine" in report.summary


def test_the_summary_says_the_paragraphs_were_too_broad(practice, misinformation):
    # A paragraph around a short red flag is too broad, and the sentence says how many.
    said = 0
    for article in misinformation:
        report = submit(practice, article, over_flag(article, paragraphs(article.text)))
        broad = sum(f.verdict is FlagVerdict.TOO_BROAD for f in report.flags)
        if broad:
            said += 1
            assert (
                f", but {broad} of your {len(report.flags)} flags covered far more than the "
                "red flag" in report.summary
            ), report.summary
    assert said >= 3


def test_nothing_flagged_scores_zero_and_says_so(practice, misinformation):
    for article in misinformation[:3]:
        report = submit(practice, article, [])
        assert report.score == 0
        assert report.summary == f"You found 0 of {len(article.annotations)} red flags."


def flag_on(article, quote: str, category: str) -> Flag:
    start = article.text.index(quote)
    return Flag(start, start + len(quote), category)


def test_the_phrase_the_explanation_quotes_is_close_not_a_stray(practice, starter_path):
    # Issue 12: "Dragan, at the time still leader of the opposition" was "not a red flag"
    # though the missed red flag's explanation quotes exactly that phrase.
    with open_pack(starter_path) as pack:
        article = pack.article("meridian-expulsion")
    phrase = "Dragan, at the time still leader of the opposition"
    report = submit(practice, article, [flag_on(article, phrase, "missing-context")])
    (result,) = report.flags
    assert result.verdict in (FlagVerdict.CLOSE, FlagVerdict.CORRECT)
    if result.verdict is FlagVerdict.CLOSE:
        near = article.annotations[result.near[0]]
        assert "at the time still leader of the opposition" in near.explanation
        assert result.note.startswith("Close: the red flag in this sentence is")


def test_the_number_itself_and_the_number_with_its_sentence_are_no_strays(practice, starter_path):
    # Issue 12: "300%" was only partly found; "300% after just one week of drinking" was
    # partly found plus "not a red flag".
    with open_pack(starter_path) as pack:
        article = pack.article("miracle-tea")
    (k,) = [i for i, a in enumerate(article.annotations) if "300%" in a.quote]
    for quote in ("300%", "300% after just one week of drinking"):
        report = submit(practice, article, [flag_on(article, quote, "misleading-number")])
        assert report.flags[0].verdict is FlagVerdict.CORRECT, quote
        assert report.flags[0].annotations == (k,)
        if article.annotations[k].core is not None:  # once the key names the number its core
            assert report.gold[k].verdict.value == "found", quote


def score_table(article_ids: list[str]) -> str:
    """The learner score of a careful answer, every paragraph, every sentence and nothing."""
    import tempfile
    from pathlib import Path

    from tests.conftest import STARTER

    from spotit.content.source import read_pack_source
    from spotit.core.scoring import score
    from spotit.store.pack import build_pack

    with tempfile.TemporaryDirectory() as tmp:
        path = build_pack(read_pack_source(STARTER), Path(tmp) / "starter.spotit")
        rows = [
            f"{'article':28} {'careful':>8} {'every paragraph':>16} {'every sentence':>15} {'nothing':>8}"
        ]
        with open_pack(path) as pack:
            for article_id in article_ids:
                a = pack.article(article_id)
                answers = [
                    careful(a),
                    over_flag(a, paragraphs(a.text)),
                    over_flag(a, sentences(a.text)),
                    [],
                ]
                s = [score(a.text, a.annotations, f, a.notes).score for f in answers]
                rows.append(f"{article_id:28} {s[0]:>8} {s[1]:>16} {s[2]:>15} {s[3]:>8}")
    return "\n".join(rows)


if __name__ == "__main__":  # python -m tests.practice.test_scoring_starter [ARTICLE_ID ...]
    import sys

    print(score_table(sys.argv[1:] or ["miracle-tea", "coast-underwater-2030", "summit-ultimatum"]))
