"""Properties of scoring that must hold for any answer key and any set of learner flags."""

import random

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from spotit.core.model import Anchor, Annotation, Flag
from spotit.core.scoring import FlagVerdict, GoldVerdict, merge, score, sentences, trim

TEXT = (
    "Doctors Stunned: Grandmother's Mountain Tea Melts Away Diabetes in 7 Days\n"
    "Recently, a leading doctor revealed a secret that Big Pharma does not want you to know: "
    "a simple tea brewed from three mountain herbs. In a small group of volunteers, blood sugar "
    'fell by 300% after just one week. "I threw away my pills," one happy grandmother told us.'
)
CATEGORIES = ["vague-source", "misleading-number", "loaded-language", "unsupported-claim"]

# Small counts keep the whole file to a few seconds.
SETTINGS = settings(max_examples=150, deadline=None)


@st.composite
def spans(draw, max_len: int = 60) -> tuple[int, int]:
    start = draw(st.integers(0, len(TEXT) - 1))
    end = draw(st.integers(start + 1, min(len(TEXT), start + max_len)))
    return start, end


@st.composite
def flags(draw, min_size: int = 0, max_size: int = 6) -> list[Flag]:
    items = draw(
        st.lists(
            st.tuples(spans(), st.sampled_from(CATEGORIES)), min_size=min_size, max_size=max_size
        )
    )
    return [Flag(s, e, c) for (s, e), c in items]


@st.composite
def gold_spans(draw, min_size: int = 0, max_size: int = 5) -> list[Flag]:
    """Answer-key spans, untrimmed, but not made only of spaces and ``.,:;``: a learner flag
    like that is dropped, so no answer could match it."""
    return [
        f
        for f in draw(flags(min_size=min_size, max_size=max_size))
        if trim(TEXT, f.start, f.end) is not None
    ]


@SETTINGS
@given(gold_spans())
def test_perfect_answer_scores_full_marks(gold):
    report = score(TEXT, gold, list(gold))
    assert report.spotted.f1 == pytest.approx(1.0)
    assert report.named.f1 == pytest.approx(1.0)
    assert report.score == 100
    assert all(g.verdict is GoldVerdict.FOUND for g in report.gold)
    assert all(f.verdict is FlagVerdict.CORRECT for f in report.flags)


@SETTINGS
@given(flags(max_size=5), flags(max_size=8), st.randoms(use_true_random=False))
def test_flag_order_does_not_matter(gold, learner, rnd: random.Random):
    perm = list(range(len(learner)))
    rnd.shuffle(perm)
    a = score(TEXT, gold, learner)
    b = score(TEXT, gold, [learner[p] for p in perm])
    # Named sums per category in set order, so allow for the last bit of a float.
    for x, y in ((a.spotted, b.spotted), (a.named, b.named)):
        assert x.as_dict() == pytest.approx(y.as_dict(), rel=1e-12, abs=1e-15)
    assert a.score == b.score
    assert a.summary == b.summary
    assert a.categories == b.categories
    # Same verdicts, once the shuffled flag indices are mapped back to the original ones.
    assert [(g.verdict, g.coverage) for g in a.gold] == [(g.verdict, g.coverage) for g in b.gold]
    assert [g.flags for g in a.gold] == [tuple(sorted(perm[i] for i in g.flags)) for g in b.gold]
    back = sorted((perm[f.index], f.start, f.end, f.verdict, f.annotations) for f in b.flags)
    assert [(f.index, f.start, f.end, f.verdict, f.annotations) for f in a.flags] == back


def _gaps(taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Stretches of TEXT covered by none of ``taken``."""
    gaps, at = [], 0
    for s, e in merge(taken):
        if s > at:
            gaps.append((at, s))
        at = max(at, e)
    if at < len(TEXT):
        gaps.append((at, len(TEXT)))
    return gaps


@SETTINGS
@given(flags(max_size=5), flags(max_size=6), st.sampled_from(CATEGORIES), st.data())
def test_a_flag_on_no_red_flag_never_raises_precision(gold, learner, category, data):
    # The extra flag also overlaps no other learner flag: a flag that bridges two learner
    # flags merges them into one span, which can raise precision: gold [2,3), flags [0,1) and
    # [1,3) give P = 0.25; adding [0,2) merges everything into [0,3) and P = 1/3.
    taken = [(g.start, g.end) for g in gold]
    taken += [s for f in learner if (s := trim(TEXT, f.start, f.end)) is not None]
    gaps = _gaps(taken)
    assume(gaps)  # rarely false: short spans on a long text
    g0, g1 = data.draw(st.sampled_from(gaps))
    start = data.draw(st.integers(g0, g1 - 1))
    end = data.draw(st.integers(start + 1, g1))
    before = score(TEXT, gold, learner)
    after = score(TEXT, gold, [*learner, Flag(start, end, category)])
    assert after.spotted.precision <= before.spotted.precision
    assert after.named.precision <= before.named.precision


@SETTINGS
@given(flags(max_size=6), flags(max_size=8))
def test_measures_stay_within_bounds(gold, learner):
    report = score(TEXT, gold, learner)
    for prf in (report.spotted, report.named):
        for value in prf.as_dict().values():
            # Sums of fractions like 1/26 + 6/26 + ... may land one ulp above 1.
            assert 0.0 <= value <= 1.0 + 1e-12
    assert 0 <= report.score <= 100
    for g in report.gold:
        assert 0.0 <= g.coverage <= 1.0


# -- the learner's verdicts and score (issue 12) --------------------------------------------------


def _trimmed(span: tuple[int, int]) -> bool:
    return trim(TEXT, *span) is not None


@st.composite
def answer_keys(draw, max_size: int = 4) -> list[Annotation]:
    """Answer keys with accepted categories, other anchors and cores."""
    key = []
    for _ in range(draw(st.integers(1, max_size))):
        s, e = draw(spans().filter(_trimmed))
        core = None
        if draw(st.booleans()):
            c0 = draw(st.integers(s, e - 1))
            c1 = draw(st.integers(c0 + 1, e))
            core = (c0, c1) if _trimmed((c0, c1)) else None
        others = draw(st.lists(spans().filter(_trimmed), max_size=2))
        category = draw(st.sampled_from(CATEGORIES))
        also = draw(st.lists(st.sampled_from([c for c in CATEGORIES if c != category]), max_size=2))
        key.append(
            Annotation(
                s,
                e,
                category,
                TEXT[s:e],
                "(property)",
                also=tuple(dict.fromkeys(also)),
                alternatives=tuple(Anchor(a, b, TEXT[a:b]) for a, b in others),
                core=core,
            )
        )
    return key


@SETTINGS
@given(answer_keys(), st.data())
def test_flagging_exactly_an_anchor_or_its_core_with_an_accepted_category_finds_it(key, data):
    k = data.draw(st.integers(0, len(key) - 1))
    ann = key[k]
    places = [(a.start, a.end) for a in ann.anchors]
    if ann.core is not None:
        places.append(ann.core)
    start, end = data.draw(st.sampled_from(places))
    category = data.draw(st.sampled_from([ann.category, *ann.also]))
    report = score(TEXT, key, [Flag(start, end, category)])
    assert report.gold[k].verdict is GoldVerdict.FOUND
    assert report.gold[k].named
    assert report.flags[0].verdict is FlagVerdict.CORRECT


@SETTINGS
@given(answer_keys(), flags(max_size=8))
def test_no_learner_flag_is_both_found_and_not_a_red_flag(key, learner):
    report = score(TEXT, key, learner)
    stray = {f.index for f in report.flags if f.verdict is FlagVerdict.NOT_A_RED_FLAG}
    for g in report.gold:
        assert not stray & set(g.flags)
    for f in report.flags:
        if f.verdict is FlagVerdict.NOT_A_RED_FLAG:
            assert f.annotations == () and f.near == ()


@SETTINGS
@given(answer_keys(), flags(max_size=6), st.sampled_from(CATEGORIES), st.data())
def test_a_flag_that_is_not_a_red_flag_never_raises_the_learner_score(key, learner, cat, data):
    gaps = _gaps([(a.start, a.end) for ann in key for a in ann.anchors])
    assume(gaps)
    g0, g1 = data.draw(st.sampled_from(gaps))
    start = data.draw(st.integers(g0, g1 - 1))
    end = data.draw(st.integers(start + 1, g1))
    hints = data.draw(st.integers(0, 3))
    before = score(TEXT, key, learner, hints_used=hints)
    after = score(TEXT, key, [*learner, Flag(start, end, cat)], hints_used=hints)
    assert after.score <= before.score
    assert [g.verdict for g in after.gold] == [g.verdict for g in before.gold]


@SETTINGS
@given(answer_keys(), st.sampled_from(CATEGORIES), st.data())
def test_flagging_everything_never_beats_a_careful_answer(key, category, data):
    careful = score(TEXT, key, [Flag(a.start, a.end, a.category) for a in key])
    assert careful.score == 100
    whole = score(TEXT, key, [Flag(0, len(TEXT), category)])
    per_sentence = score(
        TEXT,
        key,
        [Flag(s, e, data.draw(st.sampled_from(CATEGORIES))) for s, e in sentences(TEXT)],
    )
    assert whole.score <= careful.score and per_sentence.score <= careful.score


@SETTINGS
@given(answer_keys(), flags(max_size=8), st.integers(0, 4))
def test_the_learner_score_stays_within_bounds_and_hints_never_help(key, learner, hints):
    report = score(TEXT, key, learner, hints_used=hints)
    assert 0 <= report.score <= 100
    assert 0.0 <= report.spread <= 1.0
    assert report.score <= score(TEXT, key, learner).score
    for g in report.gold:
        assert 0.0 <= g.credit <= 1.0
