"""The discernment measures: edge cases, and a second implementation over random response sets."""

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spotit.core.measures import Response, measures


def responses(misleading: list[int], credible: list[int]) -> list[Response]:
    return [Response(f"m{i}", "misleading", x) for i, x in enumerate(misleading)] + [
        Response(f"c{i}", "credible", x) for i, x in enumerate(credible)
    ]


# -- a second implementation, written from the definitions, sharing no code ----------


def z(p: float) -> float:
    """The standard normal quantile by bisection on the error function."""
    lo, hi = -10.0, 10.0
    for _ in range(200):
        mid = (lo + hi) / 2
        if 0.5 * (1 + math.erf(mid / math.sqrt(2))) < p:
            lo = mid
        else:
            hi = mid
    return (lo + hi) / 2


def auc_by_pairs(misleading: list[int], credible: list[int]) -> float:
    """P(a misleading item is rated lower than a credible one), ties half."""
    wins = sum(1.0 if m < c else 0.5 if m == c else 0.0 for m in misleading for c in credible)
    return wins / (len(misleading) * len(credible))


def d_prime_and_c(misleading: list[int], credible: list[int]) -> tuple[float, float]:
    h = (len([x for x in misleading if x in (1, 2, 3)]) + 0.5) / (len(misleading) + 1)
    f = (len([x for x in credible if x in (1, 2, 3)]) + 0.5) / (len(credible) + 1)
    return z(h) - z(f), -(z(h) + z(f)) / 2


ratings = st.lists(st.integers(1, 6), min_size=1, max_size=30)


@settings(max_examples=300, deadline=None)
@given(ratings, ratings)
def test_auc_is_the_mann_whitney_probability(misleading, credible):
    assert measures(responses(misleading, credible)).auc == pytest.approx(
        auc_by_pairs(misleading, credible), abs=1e-12
    )


@settings(max_examples=300, deadline=None)
@given(ratings, ratings)
def test_d_prime_and_c_match_the_direct_formula(misleading, credible):
    m = measures(responses(misleading, credible))
    d, c = d_prime_and_c(misleading, credible)
    assert m.d_prime == pytest.approx(d, abs=1e-9)
    assert m.c == pytest.approx(c, abs=1e-9)


@settings(max_examples=200, deadline=None)
@given(ratings, ratings)
def test_the_mist_counts_add_up(misleading, credible):
    m = measures(responses(misleading, credible))
    misses = sum(1 for x in misleading if x >= 4)
    false_alarms = sum(1 for x in credible if x <= 3)
    assert m.V == m.r + m.f == len(misleading) + len(credible) - misses - false_alarms
    assert m.n - m.d == misses - false_alarms  # the MIST's single distrust-naivety score
    assert m.d == 0 or m.n == 0
    assert 0 <= m.d <= len(credible) and 0 <= m.n <= len(misleading)


@settings(max_examples=200, deadline=None)
@given(ratings, ratings)
def test_reversing_the_scale_mirrors_auc_and_c(misleading, credible):
    m = measures(responses(misleading, credible))
    flipped = measures(responses([7 - x for x in misleading], [7 - x for x in credible]))
    assert flipped.auc == pytest.approx(1 - m.auc, abs=1e-12)
    # 1-3 and 4-6 swap: hits become misses and false alarms correct acceptances
    assert flipped.hit_rate == pytest.approx(1 - m.hit_rate)
    assert flipped.false_alarm_rate == pytest.approx(1 - m.false_alarm_rate)
    assert flipped.d_prime == pytest.approx(-m.d_prime, abs=1e-9)
    assert flipped.c == pytest.approx(-m.c, abs=1e-9)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.integers(2, 6), min_size=1, max_size=20), st.lists(st.integers(2, 6), min_size=1)
)
def test_doubting_everything_one_step_more_leaves_auc_alone(misleading, credible):
    """Shifting every rating down keeps their order, so discrimination by AUC is unchanged
    while c can only fall or stay (more sceptical)."""
    before = measures(responses(misleading, credible))
    after = measures(responses([x - 1 for x in misleading], [x - 1 for x in credible]))
    assert after.auc == pytest.approx(before.auc, abs=1e-12)
    assert after.c <= before.c + 1e-12


# -- edge cases ---------------------------------------------------------------------


def test_all_hits_and_no_false_alarms_give_a_finite_d_prime():
    m = measures(responses([1, 1, 2, 3], [4, 5, 6, 6]))
    assert m.hit_rate == pytest.approx(4.5 / 5)
    assert m.false_alarm_rate == pytest.approx(0.5 / 5)
    assert m.d_prime == pytest.approx(2 * z(0.9), abs=1e-9)
    assert m.c == 0.0
    assert m.auc == 1.0
    assert (m.r, m.f, m.V, m.d, m.n) == (4, 4, 8, 0, 0)


def test_no_false_alarms_but_misses_is_a_cautious_trusting_learner():
    m = measures(responses([2, 4, 5, 5], [4, 4, 6, 6]))
    assert m.false_alarm_rate == pytest.approx(0.1)
    assert m.hit_rate == pytest.approx(1.5 / 5)
    assert m.c > 0  # says "credible" readily
    assert (m.d, m.n) == (0, 3)


def test_every_misleading_item_trusted_more_than_every_credible_one():
    m = measures(responses([6, 6, 5], [1, 2, 2]))
    assert m.auc == 0.0
    assert m.d_prime < 0


@pytest.mark.parametrize("rating", range(1, 7))
def test_all_one_rating_is_no_discrimination(rating):
    m = measures(responses([rating] * 8, [rating] * 8))
    assert m.d_prime == 0.0
    assert m.auc == 0.5
    assert m.hit_rate == m.false_alarm_rate
    assert m.c < 0 if rating <= 3 else m.c > 0  # all "not credible": sceptical
    assert m.V == 8
    assert (m.d, m.n) == ((8, 0) if rating <= 3 else (0, 8))


def test_one_item_of_each_kind():
    m = measures(responses([2], [5]))
    assert (m.hit_rate, m.false_alarm_rate) == (0.75, 0.25)
    assert m.d_prime == pytest.approx(2 * z(0.75), abs=1e-9)
    assert m.auc == 1.0
    assert (m.n_misleading, m.n_credible, m.V) == (1, 1, 2)


def test_no_credible_items_leaves_f_d_prime_c_and_auc_undefined():
    m = measures(responses([1, 4], []))
    assert m.hit_rate == pytest.approx(1.5 / 3)
    assert (m.false_alarm_rate, m.d_prime, m.c, m.auc) == (None, None, None, None)
    assert (m.n_misleading, m.n_credible, m.r, m.f, m.V, m.d, m.n) == (2, 0, 0, 1, 1, 0, 1)


def test_no_misleading_items_leaves_h_d_prime_c_and_auc_undefined():
    m = measures(responses([], [3, 6, 6]))
    assert m.false_alarm_rate == pytest.approx(1.5 / 4)
    assert (m.hit_rate, m.d_prime, m.c, m.auc) == (None, None, None, None)
    assert (m.r, m.f, m.V, m.d, m.n) == (2, 0, 2, 1, 0)


def test_no_responses_at_all():
    m = measures([])
    assert m.as_dict() == {
        "n_misleading": 0,
        "n_credible": 0,
        "hit_rate": None,
        "false_alarm_rate": None,
        "d_prime": None,
        "c": None,
        "auc": None,
        "r": 0,
        "f": 0,
        "V": 0,
        "d": 0,
        "n": 0,
    }


def test_an_unbiased_criterion_is_plain_zero():
    m = measures(responses([1, 4], [3, 6]))
    assert m.c == 0.0 and math.copysign(1, m.c) == 1.0


@pytest.mark.parametrize(
    "bad, message",
    [
        (Response("x1", "true", 3), "item 'x1': truth must be credible or misleading, not 'true'"),
        (Response("x1", "credible", 0), "item 'x1': rating must be a whole number 1-6, not 0"),
        (Response("x1", "credible", 7), "item 'x1': rating must be a whole number 1-6, not 7"),
        (Response("x1", "credible", 2.0), "item 'x1': rating must be a whole number 1-6, not 2.0"),
        (
            Response("x1", "credible", True),
            "item 'x1': rating must be a whole number 1-6, not True",
        ),
        (Response("m0", "credible", 4), "item 'm0' answered twice"),
    ],
)
def test_bad_responses_are_refused_with_the_item_named(bad, message):
    with pytest.raises(ValueError) as error:
        measures([*responses([2], [5]), bad])
    assert str(error.value) == message
