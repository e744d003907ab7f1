"""Scoring a learner's flags against an article's answer key (spotit.core.scoring)."""

from dataclasses import replace

import pytest

from spotit.core.model import Anchor, Annotation, Flag, PassageNote
from spotit.core.scoring import (
    CLOSE_FLAG_COST,
    CREDIBLE_FLAG_COST,
    FOUND_WORD_SHARE,
    HINT_COST,
    HIT_OVERLAP,
    NOT_A_RED_FLAG_COST,
    SHORT_RED_FLAG_WORDS,
    SPREAD_WEIGHT,
    TOO_BROAD_FACTOR,
    TOO_BROAD_WORDS,
    CategorySummary,
    FlagVerdict,
    GoldVerdict,
    Prf,
    learner_score,
    merge,
    named_prf,
    score,
    sentences,
    spotted_prf,
    trim,
    words,
)
from spotit.core.taxonomy import Category

# A short invented article used by most tests.
TEXT = "Sources say the miracle cure works for everyone, doctors confirm."


def at(text: str, quote: str) -> tuple[int, int]:
    """Offsets of the only occurrence of ``quote`` (tests must not depend on a wrong match)."""
    start = text.index(quote)
    assert text.find(quote, start + 1) == -1, f"{quote!r} is not unique in the test text"
    return start, start + len(quote)


def gold(quote: str, category: str, text: str = TEXT) -> Annotation:
    start, end = at(text, quote)
    return Annotation(start, end, category, quote, explanation="(test)")


def flag(quote: str, category: str, text: str = TEXT) -> Flag:
    start, end = at(text, quote)
    return Flag(start, end, category)


def shared(a: Annotation | Flag, b: Annotation | Flag) -> int:
    return max(0, min(a.end, b.end) - max(a.start, b.start))


# -- the published metric -------------------------------------------------------------------------

SEMEVAL_LEARNER = [(0, 50), (161, 172), (0, 10), (115, 167)]
SEMEVAL_GOLD = [(0, 59), (171, 181), (0, 9), (115, 167), (740, 759)]


def test_semeval_2020_task11_reference_vector():
    """The worked example published with the SemEval-2020 Task 11 span-identification scorer."""
    prf = spotted_prf(SEMEVAL_LEARNER, SEMEVAL_GOLD)
    assert prf.precision == pytest.approx(1.929825 / 2, abs=1e-6)
    assert prf.recall == pytest.approx(1.947458 / 4, abs=1e-6)
    assert prf.f1 == pytest.approx(0.647181, abs=1e-6)


def test_semeval_vector_through_score_and_with_one_label():
    # With a single category the label-aware score equals the label-blind one.
    text = "a" * 800  # no trimmable characters, so spans reach score() unchanged
    report = score(
        text,
        [Flag(s, e, "vague-source") for s, e in SEMEVAL_GOLD],
        [Flag(s, e, "vague-source") for s, e in SEMEVAL_LEARNER],
    )
    for prf in (report.spotted, report.named):
        assert prf.precision == pytest.approx(1.929825 / 2, abs=1e-6)
        assert prf.recall == pytest.approx(1.947458 / 4, abs=1e-6)
        assert prf.f1 == pytest.approx(0.647181, abs=1e-6)
    assert report.score == 65


def test_f1_is_the_harmonic_mean():
    prf = spotted_prf([(0, 10)], [(0, 5)])  # P = 0.5, R = 1
    assert prf == Prf(0.5, 1.0, pytest.approx(2 / 3))


# -- merging -------------------------------------------------------------------------------------


def test_merge_joins_overlapping_and_nested_spans_and_sorts():
    assert merge([(20, 30), (0, 6), (5, 12), (7, 9)]) == [(0, 12), (20, 30)]


def test_merge_keeps_adjacent_spans_apart():
    # Half-open spans that only touch share no position.
    assert merge([(0, 5), (5, 8)]) == [(0, 5), (5, 8)]


def test_overlapping_learner_flags_count_as_one_span():
    # Gold [0,10). Flags [0,6) and [5,20) overlap: one span [0,20), P = 10/20.
    assert spotted_prf([(0, 6), (5, 20)], [(0, 10)]) == Prf(0.5, 1.0, pytest.approx(2 / 3))
    # Flags [0,5) and [5,20) only touch: two spans, P = (5/5 + 5/15) / 2.
    prf = spotted_prf([(0, 5), (5, 20)], [(0, 10)])
    assert prf.precision == pytest.approx((1 + 5 / 15) / 2)
    assert prf.recall == pytest.approx(1.0)


def test_overlapping_gold_spans_are_merged_for_spotted():
    # Two gold spans that overlap are one passage; flagging it exactly is perfect.
    assert spotted_prf([(0, 15)], [(0, 10), (5, 15)]) == Prf(1.0, 1.0, 1.0)


def test_overlapping_flags_merge_in_score_too():
    # "the miracle cure" and "cure works" overlap on "cure": one learner span.
    g = [gold("miracle cure works for everyone", "unsupported-claim")]
    flags = [flag("the miracle cure", "unsupported-claim"), flag("cure works", "unsupported-claim")]
    report = score(TEXT, g, flags)
    union = len("the miracle cure works")
    covered = len("miracle cure works")
    assert report.spotted.precision == pytest.approx(covered / union)
    assert report.spotted.recall == pytest.approx(covered / len("miracle cure works for everyone"))


# -- label-aware (named) scoring ----------------------------------------------------------------


def test_named_counts_only_spans_of_the_same_category():
    g = [gold("Sources say", "vague-source"), gold("miracle cure", "unsupported-claim")]
    flags = [flag("Sources say", "vague-source"), flag("miracle cure", "loaded-language")]
    report = score(TEXT, g, flags)
    assert report.spotted == Prf(1.0, 1.0, 1.0)
    assert report.named == Prf(0.5, 0.5, 0.5)
    assert report.score == 75  # mean of 1.0 and 0.5


def test_named_merges_gold_of_the_same_category():
    # An answer key that repeats itself must not push recall or precision past 1.
    prf = named_prf([(0, 15, "a")], [(0, 10, "a"), (5, 15, "a")])
    assert prf == Prf(1.0, 1.0, 1.0)


def test_named_keeps_gold_of_different_categories_apart():
    # One passage with two red flags: naming one of them recalls half.
    prf = named_prf([(0, 10, "a")], [(0, 10, "a"), (0, 10, "b")])
    assert prf == Prf(1.0, 0.5, pytest.approx(2 / 3))
    assert spotted_prf([(0, 10)], [(0, 10), (0, 10)]) == Prf(1.0, 1.0, 1.0)


def test_named_does_not_merge_learner_flags_of_different_categories():
    # Two overlapping learner flags with different categories stay two spans.
    prf = named_prf([(0, 10, "a"), (5, 15, "b")], [(0, 10, "a")])
    assert prf.precision == pytest.approx(0.5)
    assert prf.recall == pytest.approx(1.0)


# -- empty sides ----------------------------------------------------------------------------------


def test_nothing_to_find_and_nothing_flagged_is_perfect():
    assert spotted_prf([], []) == Prf(1.0, 1.0, 1.0)
    assert named_prf([], []) == Prf(1.0, 1.0, 1.0)
    report = score(TEXT, [], [])
    assert report.spotted == report.named == Prf(1.0, 1.0, 1.0)
    assert report.score == 100


def test_no_flags_on_an_article_with_red_flags_scores_zero():
    g = [gold("Sources say", "vague-source"), gold("doctors confirm", "false-authority")]
    report = score(TEXT, g, [])
    assert report.spotted == report.named == Prf(0.0, 0.0, 0.0)
    assert report.score == 0
    assert [r.verdict for r in report.gold] == [GoldVerdict.MISSED, GoldVerdict.MISSED]


def test_flags_on_a_credible_article_have_zero_precision():
    report = score(TEXT, [], [flag("miracle cure", "unsupported-claim")])
    assert report.spotted == report.named == Prf(0.0, 0.0, 0.0)
    assert report.score == 100 - CREDIBLE_FLAG_COST


# -- trimming -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "raw",
    [
        " miracle cure ",
        "\tmiracle cure\n",
        "\u00a0miracle cure\u00a0",
        ", miracle cure.",
        ";:miracle cure,;.",
        ". \n miracle cure : ",
    ],
)
def test_trim_removes_whitespace_and_light_punctuation_at_the_ends(raw):
    text = f"Is the{raw}real?"
    start = text.index(raw)
    assert trim(text, start, start + len(raw)) == at(text, "miracle cure")


@pytest.mark.parametrize("edge", ['"', "'", "!", "?", "(", ")", "-", "\u2019", "%"])
def test_trim_removes_nothing_else(edge):
    text = f"They said {edge}miracle cure{edge} again"
    start = text.index(edge)
    end = text.rindex(edge) + 1
    assert trim(text, start, end) == (start, end)


def test_trim_keeps_inner_punctuation_and_clips_to_the_text():
    s, e = at(TEXT, "everyone, doctors")
    assert trim(TEXT, s, e) == (s, e)
    assert trim(TEXT, -5, 7) == (0, 7)
    assert trim(TEXT, len(TEXT) - 8, len(TEXT) + 10) == (len(TEXT) - 8, len(TEXT) - 1)


def test_span_of_only_punctuation_and_space_is_dropped():
    s, e = at(TEXT, ", ")
    assert trim(TEXT, s, e) is None
    assert trim(TEXT, 3, 3) is None


def test_score_uses_trimmed_flags_and_drops_empty_ones():
    g = [gold("miracle cure", "unsupported-claim")]
    s, e = at(TEXT, " miracle cure ")
    comma = at(TEXT, ", ")
    report = score(
        TEXT,
        g,
        [Flag(*comma, "loaded-language"), Flag(s, e, "unsupported-claim")],
    )
    # The flag of only ", " is gone: it neither lowers precision nor appears in the report.
    assert [(f.index, f.start, f.end) for f in report.flags] == [(1, s + 1, e - 1)]
    assert report.spotted == report.named == Prf(1.0, 1.0, 1.0)
    assert report.score == 100


def test_gold_spans_are_trimmed_too():
    # "doctors confirm." counts as the 15 characters of "doctors confirm".
    g = [gold("doctors confirm.", "false-authority")]
    report = score(TEXT, g, [flag("doctors", "false-authority")])
    assert report.gold[0].coverage == pytest.approx(7 / 15)
    assert report.spotted.recall == pytest.approx(7 / 15)


def test_gold_span_of_only_punctuation_is_kept_as_it_is():
    # Trimming never makes a red flag of the answer key disappear.
    report = score(TEXT, [gold(", ", "filler")], [])
    assert report.gold[0].verdict is GoldVerdict.MISSED
    assert report.summary == "You found 0 of 1 red flag."
    assert report.score == 0


def test_a_dropped_flag_costs_nothing_on_a_credible_article():
    report = score(TEXT, [], [Flag(*at(TEXT, ", "), "loaded-language")])
    assert report.score == 100
    assert report.flags == []


# -- the found rule (words, core, short red flags) -----------------------------------------------

# Three sentences, so a flag can be in a red flag's sentence or elsewhere.
STORY = (
    "Officials in Harlow Mere opened the new clinic on Monday. "
    "Insiders say the miracle cure works for everyone who tries it. "
    "The clinic opens at eight."
)


def test_thresholds_are_the_documented_ones():
    assert HIT_OVERLAP == 0.5
    assert CREDIBLE_FLAG_COST == 20
    assert (FOUND_WORD_SHARE, SHORT_RED_FLAG_WORDS) == (0.5, 4)
    assert (TOO_BROAD_WORDS, TOO_BROAD_FACTOR) == (25, 3)
    assert (NOT_A_RED_FLAG_COST, CLOSE_FLAG_COST, HINT_COST) == (10, 5, 5)


def test_words_keep_numbers_and_per_cent_signs_whole():
    text = "It rose by 300% to 3,000 in the U.S, they don't say."
    assert [text[s:e] for s, e in words(text, 0, len(text))] == [
        "It", "rose", "by", "300%", "to", "3,000", "in", "the", "U.S", "they", "don't", "say",
    ]  # fmt: skip


def test_sentences_end_at_stops_and_line_breaks():
    text = 'Headline here\nOne. Two! Three? "Four." Five'
    assert [text[s:e].strip() for s, e in sentences(text)] == [
        "Headline here", "One.", "Two!", "Three?", '"Four."', "Five",
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("quotes_and_categories", "verdict"),
    [
        # 2 of its 4 meaningful words ("for" is a stopword) with the right category: found.
        ([("miracle cure", "unsupported-claim")], GoldVerdict.FOUND),
        ([("works for everyone", "unsupported-claim")], GoldVerdict.FOUND),
        # 1 of 4: only partly found.
        ([("miracle", "unsupported-claim")], GoldVerdict.PARTLY_FOUND),
        ([("for everyone", "unsupported-claim")], GoldVerdict.PARTLY_FOUND),
        # Half with a category the key does not accept: found, wrong category.
        ([("miracle cure works", "loaded-language")], GoldVerdict.WRONG_CATEGORY),
        # Two flags of the right category add up to half the words.
        ([("miracle", "unsupported-claim"), ("works for", "unsupported-claim")], GoldVerdict.FOUND),
        # Half of a word counts for that word (a mouse selection stops a letter short).
        ([("miracle cu", "unsupported-claim")], GoldVerdict.FOUND),
        ([("miracle c", "unsupported-claim")], GoldVerdict.PARTLY_FOUND),
        # Nothing on it.
        ([("Harlow Mere", "unsupported-claim")], GoldVerdict.MISSED),
    ],
    ids=[
        "two-of-four-meaningful",
        "the-other-two",
        "one-of-four",
        "one-of-four-and-a-stopword",
        "other-category",
        "two-flags",
        "half-a-word",
        "less-than-half-a-word",
        "untouched",
    ],  # fmt: skip
)
def test_a_red_flag_without_core_is_found_by_half_its_words(quotes_and_categories, verdict):
    g = [gold("miracle cure works for everyone", "unsupported-claim", STORY)]
    flags = [flag(q, c, STORY) for q, c in quotes_and_categories]
    (result,) = score(STORY, g, flags).gold
    assert result.verdict is verdict


def test_stopwords_neither_find_a_red_flag_nor_hide_one():
    text = "He said it was to be in the papers by the end of May. Nothing else."
    g = [gold("it was to be in the papers by the end of May", "unsupported-claim", text)]
    # Its meaningful words are "papers", "end" and "May"; the rest are stopwords.
    for quote, verdict in [
        ("it was to be in the", GoldVerdict.PARTLY_FOUND),  # 6 stopwords of 12 words
        ("papers", GoldVerdict.PARTLY_FOUND),  # 1 of 3
        ("end of May", GoldVerdict.FOUND),  # 2 of 3
    ]:
        report = score(text, g, [flag(quote, "unsupported-claim", text)])
        assert report.gold[0].verdict is verdict, quote


def test_an_anchor_of_only_stopwords_counts_all_its_words():
    text = "They said it was what it is and that was that. Nothing else."
    g = [gold("it was what it is and that was that", "loaded-language", text)]  # 9 words
    assert score(text, g, [flag("it was what it", "loaded-language", text)]).gold[0].verdict is (
        GoldVerdict.PARTLY_FOUND
    )
    assert score(text, g, [flag("it was what it is", "loaded-language", text)]).gold[0].verdict is (
        GoldVerdict.FOUND
    )


def test_in_a_short_red_flag_one_meaningful_word_is_enough():
    g = [gold("a leading doctor", "false-authority", DOCTOR)]
    assert score(DOCTOR, g, [flag("leading", "false-authority", DOCTOR)]).gold[0].verdict is (
        GoldVerdict.FOUND
    )
    # A stopword alone is not.
    assert score(DOCTOR, g, [flag("a le", "false-authority", DOCTOR)]).gold[0].verdict is (
        GoldVerdict.PARTLY_FOUND
    )


DOCTOR = "Recently, a leading doctor revealed a secret. In a small group of volunteers, blood sugar fell by 300% after just one week of drinking."


def number_key(core: bool = True) -> Annotation:
    s, e = at(DOCTOR, "blood sugar fell by 300%")
    c = at(DOCTOR, "300%") if core else None
    return Annotation(s, e, "misleading-number", "blood sugar fell by 300%", "x", core=c)


def test_flagging_exactly_the_core_finds_the_red_flag():
    report = score(DOCTOR, [number_key()], [flag("300%", "misleading-number", DOCTOR)])
    assert report.gold[0].verdict is GoldVerdict.FOUND
    assert report.flags[0].verdict is FlagVerdict.CORRECT
    assert report.score == 100


def test_a_flag_over_the_core_and_past_the_anchor_finds_it_and_is_no_stray():
    # The "300% after just one week of drinking": found, nothing marked wrong.
    report = score(
        DOCTOR,
        [number_key()],
        [flag("300% after just one week of drinking", "misleading-number", DOCTOR)],
    )
    assert report.gold[0].verdict is GoldVerdict.FOUND
    assert [f.verdict for f in report.flags] == [FlagVerdict.CORRECT]


def test_with_a_core_the_other_words_alone_do_not_find_it():
    report = score(
        DOCTOR, [number_key()], [flag("blood sugar fell by", "misleading-number", DOCTOR)]
    )
    assert report.gold[0].verdict is GoldVerdict.PARTLY_FOUND


def test_without_a_core_the_number_alone_is_one_word_of_five():
    report = score(DOCTOR, [number_key(core=False)], [flag("300%", "misleading-number", DOCTOR)])
    assert report.gold[0].verdict is GoldVerdict.PARTLY_FOUND


# -- accepted categories and other anchors --------------------------------------------------------

HEADLINE = (
    "Council Doubles Bus Fares Overnight\n"
    "The council met on Tuesday. It agreed to review bus fares next year. No date was set."
)


def mismatch_key() -> Annotation:
    s, e = at(HEADLINE, "It agreed to review bus fares next year")
    hs, he = at(HEADLINE, "Council Doubles Bus Fares Overnight")
    return Annotation(
        s, e, "headline-mismatch", HEADLINE[s:e], "x",
        also=("missing-context",),
        alternatives=(Anchor(hs, he, HEADLINE[hs:he]),),
    )  # fmt: skip


def test_a_flag_on_another_anchor_finds_the_red_flag_once():
    key = [mismatch_key()]
    report = score(
        HEADLINE, key, [flag("Council Doubles Bus Fares Overnight", "headline-mismatch", HEADLINE)]
    )
    assert report.gold[0].verdict is GoldVerdict.FOUND
    assert report.flags[0].verdict is FlagVerdict.CORRECT
    assert report.score == 100
    both = score(
        HEADLINE,
        key,
        [
            flag("Council Doubles Bus Fares Overnight", "headline-mismatch", HEADLINE),
            flag("It agreed to review bus fares next year", "headline-mismatch", HEADLINE),
        ],
    )
    assert len(both.gold) == 1 and both.gold[0].flags == (0, 1)
    assert both.score == 100
    assert both.summary == "You found 1 of 1 red flag and named 1 of them right."


def test_an_accepted_category_is_found_with_a_sentence_on_the_primary():
    report = score(
        HEADLINE,
        [mismatch_key()],
        [flag("It agreed to review bus fares next year", "missing-context", HEADLINE)],
    )
    (result,) = report.gold
    assert result.verdict is GoldVerdict.FOUND and result.named
    # The reason is the primary category's own definition, in the learner's words.
    assert result.note == (
        "Accepted: “Missing or misleading date or context” fits too, but the answer key "
        "files it under “Headline–body mismatch”: the headline says something the body does "
        "not support or even contradicts."
    )
    assert report.flags[0].verdict is FlagVerdict.CORRECT
    assert report.score == 100
    # The primary category itself needs no such sentence.
    exact = score(
        HEADLINE,
        [mismatch_key()],
        [flag("It agreed to review bus fares next year", "headline-mismatch", HEADLINE)],
    )
    assert exact.gold[0].note == ""


def test_the_accepted_sentence_names_the_packs_own_categories():
    ours = [
        Category(
            "headline-mismatch",
            "Headline lies",
            "EU rules say the body must back it.",
            "",
            "#000000",
        ),
        Category("missing-context", "No context", "", "", "#000000"),
    ]
    said = [flag("It agreed to review bus fares next year", "missing-context", HEADLINE)]
    note = score(HEADLINE, [mismatch_key()], said, categories=ours).gold[0].note
    # An acronym keeps its capitals; a pack category without a definition gets none.
    assert note == (
        "Accepted: “No context” fits too, but the answer key files it under “Headline lies”: "
        "EU rules say the body must back it."
    )
    flipped = [replace(mismatch_key(), category="missing-context", also=("headline-mismatch",))]
    said = [flag("It agreed to review bus fares next year", "headline-mismatch", HEADLINE)]
    note = score(HEADLINE, flipped, said, categories=ours).gold[0].note
    assert (
        note
        == "Accepted: “Headline lies” fits too, but the answer key files it under “No context”."
    )
    # Categories the pack does not list are spoken as their ids.
    note = score(HEADLINE, flipped, said, categories=[]).gold[0].note
    assert note == (
        "Accepted: headline mismatch fits too, but the answer key files it under missing context."
    )


def test_a_category_the_key_does_not_accept_is_still_wrong():
    report = score(
        HEADLINE,
        [mismatch_key()],
        [flag("It agreed to review bus fares next year", "vague-source", HEADLINE)],
    )
    assert report.gold[0].verdict is GoldVerdict.WRONG_CATEGORY
    assert report.flags[0].verdict is FlagVerdict.WRONG_CATEGORY


# -- too broad, close, not a red flag -------------------------------------------------------------

LONG = (
    "The mayor of Tarvik spoke for an hour at the harbour on Friday about the new ferry, the "
    "timetable for the winter, the cost of fuel and the plans for the old warehouse, and then "
    "said that everyone knows the ferry company is lying about the repairs to the pier. "
    "The ferry runs twice a day."
)


def test_a_paragraph_around_one_clause_is_too_broad():
    key = [gold("everyone knows", "unsupported-claim", LONG)]
    whole = LONG[: LONG.index(" The ferry runs")]
    report = score(LONG, key, [flag(whole, "unsupported-claim", LONG)])
    assert report.gold[0].verdict is GoldVerdict.TOO_BROAD and report.gold[0].named
    assert report.gold[0].credit == 0.5
    assert report.flags[0].verdict is FlagVerdict.TOO_BROAD
    assert report.flags[0].note == "Narrow it down: which words are the red flag?"
    assert report.summary.startswith(
        "You found 1 of 1 red flag and named 1 of them right, but your flag covered "
        "far more than the red flag"
    )
    assert report.score < 50
    wrong = score(LONG, key, [flag(whole, "vague-source", LONG)])
    assert wrong.gold[0].verdict is GoldVerdict.TOO_BROAD and wrong.gold[0].credit == 0.25


def test_a_flag_of_up_to_25_words_around_a_red_flag_is_not_too_broad():
    key = [gold("everyone knows", "unsupported-claim", LONG)]
    report = score(
        LONG,
        key,
        [flag("said that everyone knows the ferry company is lying", "unsupported-claim", LONG)],
    )
    assert report.gold[0].verdict is GoldVerdict.FOUND
    assert report.flags[0].verdict is FlagVerdict.CORRECT


def test_a_flag_in_a_red_flags_sentence_is_close_and_points_at_the_words():
    key = [gold("Insiders say", "vague-source", STORY)]
    report = score(STORY, key, [flag("works for everyone", "vague-source", STORY)])
    (result,) = report.flags
    assert result.verdict is FlagVerdict.CLOSE
    assert result.near == (0,)
    assert result.note == "Close: the red flag in this sentence is “Insiders say”."
    assert report.gold[0].verdict is GoldVerdict.MISSED
    assert report.summary == (
        "You found 0 of 1 red flag; 1 of your flags was close: right sentence, other words."
    )
    assert report.score == 0


def test_a_flag_elsewhere_is_not_a_red_flag_with_the_authors_reason():
    key = [gold("Insiders say", "vague-source", STORY)]
    s, e = at(STORY, "Officials in Harlow Mere")
    note = PassageNote(s, e, STORY[s:e], "Named officials of a named town: you can check it.")
    report = score(STORY, key, [flag("Harlow Mere", "vague-source", STORY)], notes=[note])
    (result,) = report.flags
    assert result.verdict is FlagVerdict.NOT_A_RED_FLAG and result.annotations == ()
    assert result.note == "Named officials of a named town: you can check it."
    # Without a note that covers it, no reason is made up.
    plain = score(STORY, key, [flag("The clinic opens", "vague-source", STORY)], notes=[note])
    assert plain.flags[0].verdict is FlagVerdict.NOT_A_RED_FLAG and plain.flags[0].note == ""


def test_verdict_labels_for_the_learner():
    assert [v.label for v in GoldVerdict] == [
        "found",
        "found, wrong category",
        "found inside a flag too broad",
        "partly found",
        "missed",
    ]
    assert [v.label for v in FlagVerdict] == [
        "correct", "wrong category", "too broad", "close", "not a red flag",
    ]  # fmt: skip


def test_a_small_flag_inside_a_red_flag_is_correct_though_it_only_partly_finds_it():
    report = score(STORY, [gold("miracle cure works for everyone", "unsupported-claim", STORY)],
                   [flag("cure", "unsupported-claim", STORY)])  # fmt: skip
    assert report.flags[0].verdict is FlagVerdict.CORRECT
    assert report.gold[0].verdict is GoldVerdict.PARTLY_FOUND


# -- the learner score ----------------------------------------------------------------------------


def test_learner_score_is_the_mean_credit_less_the_costs():
    key = [
        gold("Insiders say", "vague-source", STORY),
        gold("miracle cure works for everyone", "unsupported-claim", STORY),
    ]
    found_one = score(STORY, key, [flag("Insiders say", "vague-source", STORY)])
    assert found_one.score == 50
    wrong = score(STORY, key, [flag("Insiders say", "loaded-language", STORY)])
    assert wrong.score == 25  # half credit for one of two
    partly = score(STORY, key, [flag("miracle", "unsupported-claim", STORY)])
    assert partly.score == round(100 * 0.25 / 2)
    # A stray flag elsewhere costs NOT_A_RED_FLAG_COST and a little spread.
    stray = score(
        STORY, key, [flag("Insiders say", "vague-source", STORY), flag("eight", "x", STORY)]
    )
    assert stray.score == round(50 * (1 - SPREAD_WEIGHT * stray.spread) - NOT_A_RED_FLAG_COST)
    assert stray.score < found_one.score


def test_learner_score_has_a_floor_and_hints_cost():
    key = [gold("Insiders say", "vague-source", STORY)]
    perfect = [flag("Insiders say", "vague-source", STORY)]
    assert score(STORY, key, perfect).score == 100
    assert score(STORY, key, perfect, hints_used=2).score == 100 - 2 * HINT_COST
    assert score(STORY, key, [], hints_used=3).score == 0
    assert score(STORY, [], [], hints_used=1).score == 100 - HINT_COST


def test_learner_score_is_not_the_span_f1():
    # The published metric stays as it was; the learner score is the separate function.
    key = [gold("miracle cure works for everyone", "unsupported-claim", STORY)]
    report = score(STORY, key, [flag("miracle cure works", "unsupported-claim", STORY)])
    assert report.spotted.f1 == pytest.approx(2 * (18 / 31) / (1 + 18 / 31))
    assert report.score == 100
    assert learner_score(report.gold, report.flags) == 100


@pytest.mark.parametrize(("n_flags", "points"), [(0, 100), (1, 80), (2, 60), (4, 20), (5, 0)])
def test_credible_article_costs_twenty_points_per_flag(n_flags, points):
    quotes = ["Sources", "miracle", "everyone", "doctors", "confirm"][:n_flags]
    report = score(TEXT, [], [flag(q, "vague-source") for q in quotes])
    assert report.score == points


def test_credible_article_score_never_goes_below_zero():
    flags = [
        flag(q, "vague-source")
        for q in ["Sources", "miracle", "everyone", "doctors", "confirm", "cure"]
    ]
    assert score(TEXT, [], flags).score == 0


# -- per-category summaries and the summary sentence ----------------------------------------------

ELECTION = (
    "BREAKING: Secret memo proves the election was stolen, insiders say. "
    "Turnout rose by 300% in one town."
)
ELECTION_GOLD = [
    gold("BREAKING", "sensational-headline", ELECTION),
    gold("Secret memo proves the election was stolen", "unsupported-claim", ELECTION),
    gold("insiders say", "vague-source", ELECTION),
    gold("rose by 300%", "misleading-number", ELECTION),
]
ELECTION_FLAGS = [
    flag("Secret memo proves the election", "unsupported-claim", ELECTION),
    flag("insiders say", "loaded-language", ELECTION),
    flag("rose", "misleading-number", ELECTION),
    flag("in one town", "loaded-language", ELECTION),
    flag("Turnout", "filler", ELECTION),
]


def test_every_verdict_on_one_article():
    report = score(ELECTION, ELECTION_GOLD, ELECTION_FLAGS)
    assert [g.verdict for g in report.gold] == [
        GoldVerdict.MISSED,
        GoldVerdict.FOUND,
        GoldVerdict.WRONG_CATEGORY,
        GoldVerdict.FOUND,  # one meaningful word of a three-word red flag
    ]
    assert [f.verdict for f in report.flags] == [
        FlagVerdict.CORRECT,
        FlagVerdict.WRONG_CATEGORY,
        FlagVerdict.CORRECT,
        FlagVerdict.CLOSE,
        FlagVerdict.CLOSE,
    ]


def test_category_summaries_count_partly_apart_from_missed():
    flags = [
        flag("Secret memo", "unsupported-claim", ELECTION),  # 2 of 7 words: partly found
        flag("insiders say", "loaded-language", ELECTION),  # found, wrong category
        flag("Secret", "x", ELECTION),
    ]
    report = score(ELECTION, ELECTION_GOLD, flags)
    assert report.categories == [
        CategorySummary("loaded-language", flagged=1),
        CategorySummary("misleading-number", gold=1, missed=1),
        CategorySummary("sensational-headline", gold=1, missed=1),
        CategorySummary("unsupported-claim", gold=1, partly=1, flagged=1),
        # Found with the wrong category: neither found (named) nor missed.
        CategorySummary("vague-source", gold=1),
        CategorySummary("x", flagged=1),
    ]


def test_summary_sentence_with_everything():
    report = score(ELECTION, ELECTION_GOLD, ELECTION_FLAGS)
    assert report.summary.startswith(
        "You found 3 of 4 red flags and named 2 of them right; "
        "2 of your flags were close: right sentence, other words"
    )


@pytest.mark.parametrize(
    ("gold_quotes", "flag_quotes", "sentence"),
    [
        ([], [], "This article is credible and you flagged nothing: well judged."),
        (
            [],
            [("miracle cure", "unsupported-claim")],
            "This article is credible: 1 flag raised where there was no red flag.",
        ),
        (
            [],
            [("miracle cure", "unsupported-claim"), ("Sources say", "vague-source")],
            "This article is credible: 2 flags raised where there was no red flag.",
        ),
        ([("miracle cure", "unsupported-claim")], [], "You found 0 of 1 red flag."),
        (
            [("miracle cure", "unsupported-claim"), ("Sources say", "vague-source")],
            [("miracle cure", "unsupported-claim"), ("Sources say", "vague-source")],
            "You found 2 of 2 red flags and named 2 of them right.",
        ),
        (
            [
                ("miracle cure works for everyone", "unsupported-claim"),
                ("Sources say", "vague-source"),
            ],
            [("cure", "unsupported-claim")],
            "You found 0 of 2 red flags, 1 more partly.",
        ),
    ],
)
def test_summary_sentence(gold_quotes, flag_quotes, sentence):
    g = [gold(q, c) for q, c in gold_quotes]
    flags = [flag(q, c) for q, c in flag_quotes]
    assert score(TEXT, g, flags).summary == sentence


def test_summary_sentence_counts_stray_flags_and_the_spread():
    key = [gold("Insiders say", "vague-source", STORY)]
    flags = [
        flag("Insiders say", "loaded-language", STORY),
        flag("Officials in Harlow Mere opened the new clinic on Monday", "x", STORY),
        flag("The clinic opens at eight", "x", STORY),
    ]
    report = score(STORY, key, flags)
    assert report.summary == (
        "You found 1 of 1 red flag and named 0 of them right; 2 of your flags were not a red "
        f"flag; your flags covered {round(100 * report.spread)}% of the text that was fine."
    )
    assert report.spread > 0.5


def test_results_keep_the_callers_indices():
    report = score(ELECTION, ELECTION_GOLD, ELECTION_FLAGS)
    assert [g.index for g in report.gold] == [0, 1, 2, 3]
    assert [f.index for f in report.flags] == [0, 1, 2, 3, 4]
    assert report.gold[1].flags == (0,)
    assert report.flags[2].annotations == (3,)
    assert (report.flags[2].start, report.flags[2].end) == at(ELECTION, "rose")


def test_flagging_exactly_a_gold_sentence_is_perfect():
    # Authors quote whole sentences with their full stop; gold is trimmed like flags.
    text = "Talks resumed on Monday. Marrovia's response was swift. Nothing else happened."
    g = [gold("Marrovia's response was swift.", "loaded-language", text)]
    report = score(text, g, [flag("Marrovia's response was swift.", "loaded-language", text)])
    assert report.spotted == report.named == Prf(1.0, 1.0, 1.0)
    assert report.score == 100


def test_precision_never_exceeds_one_when_a_flag_covers_touching_red_flags():
    touching = [(21, 26), (7, 14), (0, 1), (14, 20), (1, 3), (3, 7), (20, 21)]
    prf = spotted_prf([(0, 26)], touching)
    assert prf.precision <= 1.0
    assert prf.f1 <= 1.0
