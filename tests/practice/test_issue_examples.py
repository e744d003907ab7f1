"""The answers issue 12 found marked wrong, replayed through Practice on the starter pack.

Each was a sensible answer a teacher would accept; each now gets the verdict a teacher
would give.
"""

from __future__ import annotations

import pytest

from spotit.core.model import Flag
from spotit.core.scoring import FlagVerdict, GoldVerdict
from spotit.practice import Submission
from spotit.store.pack import open_pack


@pytest.fixture(scope="module")
def articles(starter_path):
    with open_pack(starter_path) as pack:
        return {i: pack.article(i) for i in pack.article_ids()}


def flag_on(article, quote: str, category: str) -> Flag:
    start = article.text.index(quote)
    return Flag(start, start + len(quote), category)


def submit(practice, article, flags):
    opened = practice.open("starter", article.meta.id, fresh=True)
    return practice.submit(Submission(opened, flags, 60)).report


def only_verdicts(report):
    """(the learner flag's verdict, the verdict of the red flag it found)."""
    (flag,) = report.flags
    assert len(flag.annotations) == 1, flag
    return flag.verdict, report.gold[flag.annotations[0]]


@pytest.mark.parametrize(
    ("article_id", "quote", "category"),
    [
        # The headline of "Meridian Council…" as headline–body mismatch: its own description
        # says "the headline says something the body does not support".
        (
            "meridian-expulsion",
            "Meridian Council votes to expel Marrovia after election dispute",
            "headline-mismatch",
        ),
        # The phrase the missed red flag's explanation quotes.
        (
            "meridian-expulsion",
            "Dragan, at the time still leader of the opposition",
            "missing-context",
        ),
        # The misleading number itself, and the number with the rest of its clause.
        ("miracle-tea", "300%", "misleading-number"),
        ("miracle-tea", "300% after just one week of drinking", "misleading-number"),
    ],
)
def test_a_sensible_flag_finds_its_red_flag(practice, articles, article_id, quote, category):
    article = articles[article_id]
    verdict, gold = only_verdicts(submit(practice, article, [flag_on(article, quote, category)]))
    assert verdict is FlagVerdict.CORRECT, quote
    assert gold.verdict is GoldVerdict.FOUND, quote


@pytest.mark.parametrize(
    ("quote", "category", "keyed"),
    [
        # "Which conference, in which city, on which date?": missing context is a fair reading.
        ("Yesterday, at the international conference", "missing-context", "vague-source"),
        # Mind-reading ("clearly afraid"): an unsupported claim about his mind is defensible.
        ("clearly afraid", "unsupported-claim", "loaded-language"),
    ],
)
def test_a_defensible_second_category_is_found_and_says_why_the_key_prefers_its_own(
    practice, articles, quote, category, keyed
):
    article = articles["summit-ultimatum"]
    verdict, gold = only_verdicts(submit(practice, article, [flag_on(article, quote, category)]))
    assert verdict is FlagVerdict.CORRECT, quote
    assert gold.verdict is GoldVerdict.FOUND
    assert article.annotations[gold.index].category == keyed
    assert gold.note  # one sentence on why the key files it under its own category


def test_flagging_the_headline_as_a_mismatch_finds_every_mismatch_red_flag(practice, articles):
    """Its own description says "the headline says something the body does not support":
    in every starter article with that red flag, the headline is one of its places."""
    checked = 0
    for article in articles.values():
        headline = article.meta.headline
        mismatches = [
            n for n, a in enumerate(article.annotations) if a.category == "headline-mismatch"
        ]
        if not mismatches:
            continue
        start = article.text.index(headline)
        flag = Flag(start, start + len(headline), "headline-mismatch")
        report = submit(practice, article, [flag])
        assert report.flags[0].verdict is FlagVerdict.CORRECT, article.meta.id
        for n in mismatches:
            assert report.gold[n].verdict is GoldVerdict.FOUND, article.meta.id
        checked += 1
    assert checked >= 12


@pytest.mark.parametrize(
    ("quote", "category", "keyed"),
    [
        # The contradiction in the deadline, flagged at either end of it.
        ("five days", "wrong-fact", "wrong-fact"),
        ("within 72 hours", "wrong-fact", "wrong-fact"),
        # The date stamp that gives the old video away, and the video itself.
        ("2022", "missing-context", "missing-context"),
        ("A video now circulating online shows Raskin", "missing-context", "missing-context"),
        # The number alone, and the chain of sources by its two telling words.
        ("8 million", "misleading-number", "misleading-number"),
        ("diplomatic sources", "vague-source", "vague-source"),
        # Either half of the false choice, and the plea to forward by its urgency.
        ("there is no third road", "logical-fallacy", "logical-fallacy"),
        ("tomorrow could be too late", "unsupported-claim", "loaded-language"),
    ],
)
def test_the_first_article_accepts_what_a_teacher_would(practice, articles, quote, category, keyed):
    # summit-ultimatum is the first article a new learner meets: the obvious flags on it
    # must find their red flags.
    article = articles["summit-ultimatum"]
    verdict, gold = only_verdicts(submit(practice, article, [flag_on(article, quote, category)]))
    assert verdict is FlagVerdict.CORRECT, quote
    assert gold.verdict is GoldVerdict.FOUND, quote
    assert article.annotations[gold.index].category == keyed, quote


def test_the_first_article_explains_what_is_fine_and_what_is_close(practice, articles):
    article = articles["summit-ultimatum"]
    honest = "The wording of the letter has not been published"
    outlet = "The Lowmoor Courier"
    report = submit(
        practice,
        article,
        [flag_on(article, honest, "vague-source"), flag_on(article, outlet, "vague-source")],
    )
    fine, near = report.flags
    # The honest sentence is not a red flag, and the author's note says why.
    assert fine.verdict is FlagVerdict.NOT_A_RED_FLAG
    assert fine.note.startswith("An honest sentence")
    # The named paper is not the problem; the number it is quoted for is.
    assert near.verdict is FlagVerdict.CLOSE
    assert "8 million" in near.note
    assert all(g.verdict is GoldVerdict.MISSED for g in report.gold)
