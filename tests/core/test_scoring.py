"""Scoring a learner's flags against an article's answer key (spotit.core.scoring)."""

import pytest

from spotit.core.model import Annotation, Flag
from spotit.core.scoring import (
    CREDIBLE_FLAG_COST,
    FOUND_COVERAGE,
    HIT_OVERLAP,
    CategorySummary,
    FlagVerdict,
    GoldVerdict,
    Prf,
    learner_score,
    merge,
    named_prf,
    score,
    spotted_prf,
    trim,
)

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


# -- gold verdicts (FOUND_COVERAGE) ----------------------------------------------------------------

MIRACLE = gold("miracle cure", "unsupported-claim")  # 12 characters


def test_thresholds_are_the_documented_ones():
    assert FOUND_COVERAGE == 0.5
    assert HIT_OVERLAP == 0.5
    assert CREDIBLE_FLAG_COST == 20


@pytest.mark.parametrize(
    ("quotes_and_categories", "verdict", "coverage"),
    [
        # Half of "miracle cure" with the right category: found.
        ([("miracl", "unsupported-claim")], GoldVerdict.FOUND, 6 / 12),
        # Just below half: only partly found, whatever the category.
        ([("mirac", "unsupported-claim")], GoldVerdict.PARTLY_FOUND, 5 / 12),
        ([("mirac", "loaded-language")], GoldVerdict.PARTLY_FOUND, 5 / 12),
        # Half with another category: found, wrong category.
        ([("miracl", "loaded-language")], GoldVerdict.WRONG_CATEGORY, 6 / 12),
        # Fully covered, but less than half by the right category: wrong category.
        (
            [("mirac", "unsupported-claim"), ("le cure", "loaded-language")],
            GoldVerdict.WRONG_CATEGORY,
            1.0,
        ),
        # Half by the right category, the rest by another: found.
        (
            [("miracl", "loaded-language"), ("e cure", "unsupported-claim")],
            GoldVerdict.FOUND,
            1.0,
        ),
        # Two touching flags of the right category add up to half.
        (
            [("mir", "unsupported-claim"), ("acl", "unsupported-claim")],
            GoldVerdict.FOUND,
            6 / 12,
        ),
        # Nothing on it: missed.
        ([("doctors confirm", "unsupported-claim")], GoldVerdict.MISSED, 0.0),
    ],
    ids=[
        "half-right-category",
        "below-half-right-category",
        "below-half-other-category",
        "half-other-category",
        "full-but-right-category-below-half",
        "half-right-category-rest-other",
        "two-touching-flags-make-half",
        "untouched",
    ],
)
def test_gold_verdicts_at_and_below_the_coverage_threshold(
    quotes_and_categories, verdict, coverage
):
    flags = [flag(q, c) for q, c in quotes_and_categories]
    (result,) = score(TEXT, [MIRACLE], flags).gold
    assert result.verdict is verdict
    assert result.coverage == pytest.approx(coverage)


def test_coverage_uses_trimmed_flags():
    # " miracl" trims to "miracl": the space before the gold span adds nothing.
    s, e = at(TEXT, " miracl")
    (result,) = score(TEXT, [MIRACLE], [Flag(s, e, "unsupported-claim")]).gold
    assert result.coverage == pytest.approx(0.5)


def test_gold_result_lists_the_flags_that_hit_it():
    flags = [
        flag("doctors confirm", "false-authority"),
        flag("miracl", "unsupported-claim"),
        flag("e cure", "loaded-language"),
    ]
    (result,) = score(TEXT, [MIRACLE], flags).gold
    assert result.index == 0
    assert result.flags == (1, 2)


# -- learner verdicts (HIT_OVERLAP) ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("quote", "n_shared", "hits"),
    [
        # The gold span (12) is the shorter one: a hit needs 6 shared characters.
        ("say the miracl", 6, True),
        ("say the mirac", 5, False),
        # The flag is the shorter one: a hit needs half of the flag.
        ("the mira", 4, True),  # 4 of 8
        ("the mir", 3, False),  # 3 of 7
    ],
)
def test_flag_hits_at_and_below_the_overlap_threshold(quote, n_shared, hits):
    f = flag(quote, "unsupported-claim")
    assert shared(f, MIRACLE) == n_shared
    (result,) = score(TEXT, [MIRACLE], [f]).flags
    expected = FlagVerdict.CORRECT if hits else FlagVerdict.NOT_A_RED_FLAG
    assert result.verdict is expected
    assert result.annotations == ((0,) if hits else ())


def test_flag_with_the_wrong_category():
    (result,) = score(TEXT, [MIRACLE], [flag("miracle cure", "loaded-language")]).flags
    assert result.verdict is FlagVerdict.WRONG_CATEGORY
    assert result.annotations == (0,)


def test_flag_hitting_two_red_flags_is_correct_if_either_category_matches():
    g = [gold("Sources say", "vague-source"), MIRACLE]
    f = flag("Sources say the miracle cure", "unsupported-claim")
    (result,) = score(TEXT, g, [f]).flags
    assert result.verdict is FlagVerdict.CORRECT
    assert result.annotations == (0, 1)


def test_small_flag_inside_a_red_flag_is_correct_but_the_red_flag_only_partly_found():
    report = score(TEXT, [MIRACLE], [flag("cure", "unsupported-claim")])
    assert report.flags[0].verdict is FlagVerdict.CORRECT
    assert report.gold[0].verdict is GoldVerdict.PARTLY_FOUND


def test_flag_elsewhere_is_not_a_red_flag():
    report = score(TEXT, [MIRACLE], [flag("doctors confirm", "false-authority")])
    assert report.flags[0].verdict is FlagVerdict.NOT_A_RED_FLAG
    assert report.flags[0].annotations == ()


def test_verdict_labels_for_the_learner():
    assert [v.label for v in GoldVerdict] == [
        "found",
        "found, wrong category",
        "partly found",
        "missed",
    ]
    assert [v.label for v in FlagVerdict] == ["correct", "wrong category", "not a red flag"]


# -- the 0-100 score ------------------------------------------------------------------------------


def test_score_is_the_mean_of_spotted_and_named_f1():
    # Spotted: the flag covers "miracle cure works" of the 31-character gold span, exactly.
    g = [gold("miracle cure works for everyone", "unsupported-claim")]
    report = score(TEXT, g, [flag("miracle cure works", "loaded-language")])
    spotted_f1 = 2 * 1.0 * (18 / 31) / (1.0 + 18 / 31)
    assert report.spotted.f1 == pytest.approx(spotted_f1)
    assert report.named.f1 == 0.0
    assert report.score == round(100 * spotted_f1 / 2) == 37


@pytest.mark.parametrize(("n_flags", "points"), [(0, 100), (1, 80), (2, 60), (4, 20), (5, 0)])
def test_credible_article_costs_twenty_points_per_flag(n_flags, points):
    quotes = ["Sources", "miracle", "everyone", "doctors", "confirm"][:n_flags]
    report = score(TEXT, [], [flag(q, "vague-source") for q in quotes])
    assert report.score == points


def test_credible_article_score_never_goes_below_zero():
    assert learner_score(Prf(0, 0, 0), Prf(0, 0, 0), n_gold=0, n_flags=6) == 0
    assert learner_score(Prf(0, 0, 0), Prf(0, 0, 0), n_gold=0, n_flags=50) == 0


def test_learner_score_with_red_flags_ignores_the_flag_count():
    perfect = Prf(1.0, 1.0, 1.0)
    assert learner_score(perfect, perfect, n_gold=3, n_flags=9) == 100
    assert learner_score(perfect, Prf(0.6, 0.6, 0.6), n_gold=3, n_flags=9) == 80


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
    flag("Secret memo proves the election was stolen", "unsupported-claim", ELECTION),
    flag("insiders say", "loaded-language", ELECTION),
    flag("300%", "misleading-number", ELECTION),
    flag("in one town", "loaded-language", ELECTION),
]


def test_every_verdict_on_one_article():
    report = score(ELECTION, ELECTION_GOLD, ELECTION_FLAGS)
    assert [g.verdict for g in report.gold] == [
        GoldVerdict.MISSED,
        GoldVerdict.FOUND,
        GoldVerdict.WRONG_CATEGORY,
        GoldVerdict.PARTLY_FOUND,
    ]
    assert [f.verdict for f in report.flags] == [
        FlagVerdict.CORRECT,
        FlagVerdict.WRONG_CATEGORY,
        FlagVerdict.CORRECT,
        FlagVerdict.NOT_A_RED_FLAG,
    ]


def test_category_summaries():
    report = score(ELECTION, ELECTION_GOLD, ELECTION_FLAGS)
    assert report.categories == [
        # Two flags tagged loaded language: one on a red flag of another kind, one invented.
        CategorySummary("loaded-language", gold=0, found=0, missed=0, flagged=2, invented=1),
        # Only partly found counts as missed.
        CategorySummary("misleading-number", gold=1, found=0, missed=1, flagged=1, invented=0),
        CategorySummary("sensational-headline", gold=1, found=0, missed=1, flagged=0, invented=0),
        CategorySummary("unsupported-claim", gold=1, found=1, missed=0, flagged=1, invented=0),
        # Found with the wrong category: neither found (named) nor missed.
        CategorySummary("vague-source", gold=1, found=0, missed=0, flagged=0, invented=0),
    ]


def test_summary_sentence_with_everything():
    report = score(ELECTION, ELECTION_GOLD, ELECTION_FLAGS)
    assert report.summary == (
        "You found 2 of 4 red flags and named 1 of them right, 1 more partly; "
        "1 of your flags was not a red flag."
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
            [("miracle cure", "unsupported-claim"), ("Sources say", "vague-source")],
            [("cure", "unsupported-claim")],
            "You found 0 of 2 red flags, 1 more partly.",
        ),
        (
            [("miracle cure", "unsupported-claim")],
            [("miracle cure", "loaded-language"), ("everyone", "x"), ("doctors", "x")],
            "You found 1 of 1 red flag and named 0 of them right; "
            "2 of your flags were not a red flag.",
        ),
    ],
)
def test_summary_sentence(gold_quotes, flag_quotes, sentence):
    g = [gold(q, c) for q, c in gold_quotes]
    flags = [flag(q, c) for q, c in flag_quotes]
    assert score(TEXT, g, flags).summary == sentence


def test_results_keep_the_callers_indices():
    report = score(ELECTION, ELECTION_GOLD, ELECTION_FLAGS)
    assert [g.index for g in report.gold] == [0, 1, 2, 3]
    assert [f.index for f in report.flags] == [0, 1, 2, 3]
    assert report.gold[1].flags == (0,)
    assert report.flags[2].annotations == (3,)
    assert (report.flags[2].start, report.flags[2].end) == at(ELECTION, "300%")


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
