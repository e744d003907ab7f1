"""Hints (issue 12): which an article gives, in what order, and how they are kept."""

from __future__ import annotations

import dataclasses

from spotit.core.model import Annotation, Flag
from spotit.practice import Submission
from spotit.practice.session import article_hints


def with_hints(article, *hints_at: tuple[int, str]):
    """``article`` keyed with one ten-character red flag per (start, hint)."""
    annotations = [
        Annotation(
            start,
            start + 10,
            "loaded-language",
            article.text[start : start + 10],
            "Why.",
            hint=hint,
        )
        for start, hint in hints_at
    ]
    return dataclasses.replace(article, annotations=annotations)


def test_hints_come_in_the_order_of_their_red_flags_in_the_text(practice):
    article = practice.open("starter", "river-betrayal").article
    keyed = with_hints(article, (300, "  Second\nhint "), (20, "First hint"), (300, ""))
    assert article_hints(keyed) == ["First hint", "Second hint"]


def test_a_hint_two_red_flags_share_is_given_once(practice):
    article = practice.open("starter", "river-betrayal").article
    keyed = with_hints(article, (20, "Who says so?"), (300, "Who says so?"))
    assert article_hints(keyed) == ["Who says so?"]


def test_the_starter_articles_with_hints_give_them(practice):
    article = practice.open("starter", "river-betrayal").article
    assert article_hints(article) == ["Read the headline, then hunt for its proof."]
    assert article_hints(practice.open("starter", "miracle-tea").article) == [
        "Who is this doctor?",
        "What would a fall of 300% mean?",
    ]


def test_a_credible_article_gives_the_hints_of_its_notes(practice):
    article = practice.open("starter", "vessa-bridge-closure").article
    assert article.meta.kind == "credible" and article.annotations == []
    assert article_hints(article) == ["Who says the bridge must close, and would they know?"]


def test_flag_and_note_hints_come_together_in_text_order(practice):
    import dataclasses as dc

    from spotit.core.model import PassageNote

    article = practice.open("starter", "river-betrayal").article
    keyed = with_hints(article, (300, "Flag hint"))
    text = keyed.text
    keyed = dc.replace(
        keyed,
        notes=(
            PassageNote(400, 410, text[400:410], "Fine.", "Late note hint"),
            PassageNote(20, 30, text[20:30], "Fine.", "Early note hint"),
            PassageNote(40, 50, text[40:50], "Fine."),
        ),
    )
    assert article_hints(keyed) == ["Early note hint", "Flag hint", "Late note hint"]


def test_a_draft_remembers_the_hints_shown_and_the_attempt_records_them(practice, progress):
    opened = practice.open("starter", "river-betrayal")
    practice.save_draft(opened, [], 12, hints_used=1)
    again = practice.open("starter", "river-betrayal")
    assert again.draft is not None and again.draft.hints_used == 1
    practice.submit(Submission(again, [], 20, hints_used=1))
    (attempt,) = progress.attempts(practice.learner.id)
    assert attempt.hints_used == 1
    # Trying again starts from no hints shown.
    assert practice.retry(again).draft is None


def test_an_attempt_without_hints_records_none(practice, progress):
    opened = practice.open("starter", "miracle-tea")
    practice.submit(Submission(opened, [], 5))
    (attempt,) = progress.attempts(practice.learner.id)
    assert attempt.hints_used == 0


def test_each_hint_used_costs_a_little(practice):
    from spotit.core.scoring import HINT_COST

    opened = practice.open("starter", "river-betrayal")
    article = opened.article
    careful = [Flag(a.start, a.end, a.category) for a in article.annotations]
    without = practice.submit(Submission(opened, careful, 60)).report.score
    with_one = practice.submit(Submission(practice.retry(opened), careful, 60, 1)).report.score
    assert without - with_one == HINT_COST > 0
