"""Means with 95% confidence intervals: the t quantile against the printed table, a
worked example by hand, Welch's interval, and the t quantile against a second
implementation (the density integrated numerically)."""

import math
from statistics import NormalDist

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spotit.core.measures import Estimate, mean_ci, t_quantile, welch_difference

# t(0.975, df) as printed in every statistics textbook's table.
TABLE = [(1, 12.706), (2, 4.303), (5, 2.571), (9, 2.262), (29, 2.045), (100, 1.984)]


@pytest.mark.parametrize(("df", "printed"), TABLE)
def test_t_quantile_matches_the_table_to_three_decimals(df, printed):
    assert round(t_quantile(0.975, df), 3) == printed


@pytest.mark.parametrize(
    ("p", "df", "printed"),
    [(0.995, 3, 5.841), (0.95, 4, 2.132), (0.9, 7, 1.415), (0.99, 20, 2.528), (0.975, 3, 3.182)],
)
def test_other_levels_of_the_table(p, df, printed):
    assert round(t_quantile(p, df), 3) == printed


def test_t_is_symmetric_and_near_z_for_many_degrees_of_freedom():
    assert t_quantile(0.025, 9) == pytest.approx(-t_quantile(0.975, 9))
    assert t_quantile(0.5, 4) == 0.0
    assert t_quantile(0.975, 100_000) == pytest.approx(NormalDist().inv_cdf(0.975), abs=1e-4)


def test_closed_forms_for_one_and_two_degrees_of_freedom():
    assert t_quantile(0.975, 1) == pytest.approx(math.tan(math.pi * 0.475), rel=1e-12)
    assert t_quantile(0.975, 2) == pytest.approx(0.95 / math.sqrt(2 * 0.975 * 0.025), rel=1e-12)


@pytest.mark.parametrize(("p", "df"), [(1.0, 5), (0.0, 5), (0.9, 0), (0.9, -1)])
def test_bad_arguments_are_refused(p, df):
    with pytest.raises(ValueError):
        t_quantile(p, df)


def t_tail_by_integration(t: float, df: float, steps: int = 4000) -> float:
    """P(T > t), a second implementation: 1/2 minus Simpson's rule over the density."""
    k = math.gamma((df + 1) / 2) / (math.sqrt(df * math.pi) * math.gamma(df / 2))

    def density(x: float) -> float:
        return k * (1 + x * x / df) ** (-(df + 1) / 2)

    h = t / steps
    total = density(0) + density(t)
    total += sum((4 if i % 2 else 2) * density(i * h) for i in range(1, steps))
    return 0.5 - total * h / 3


@settings(max_examples=60, deadline=None)
@given(
    st.floats(min_value=0.6, max_value=0.995),
    st.floats(min_value=1.0, max_value=200.0),
)
def test_t_quantile_has_the_tail_it_should(p, df):
    t = t_quantile(p, df)
    assert t_tail_by_integration(t, df) == pytest.approx(1 - p, abs=1e-6)


def test_worked_example():
    # 1, 2, 3, 4, 5: mean 3, s = √2.5, standard error √2.5 / √5 = √0.5 ≈ 0.7071,
    # t(0.975, 4) = 2.7764, so 3 ± 1.9632 = [1.0368, 4.9632] (R: t.test(1:5)).
    e = mean_ci([1, 2, 3, 4, 5])
    assert e.n == 5 and e.mean == 3
    assert e.low == pytest.approx(1.036757, abs=1e-6)
    assert e.high == pytest.approx(4.963243, abs=1e-6)


def test_second_worked_example_with_decimals():
    # d′ changes of six learners: mean 0.5, squared deviations 4 × 0.16 = 0.64, so
    # s = √(0.64 / 5) = 0.35777; se = 0.35777 / √6 = 0.14606; t(0.975, 5) = 2.5706;
    # half-width 0.37546, so [0.1245, 0.8755].
    values = [0.9, 0.1, 0.5, 0.9, 0.1, 0.5]
    e = mean_ci(values)
    assert e.mean == pytest.approx(0.5)
    assert e.low == pytest.approx(0.124542, abs=1e-5)
    assert e.high == pytest.approx(0.875458, abs=1e-5)
    assert e.excludes_zero


def test_one_value_has_no_interval_and_equal_values_a_point():
    assert mean_ci([0.7]) == Estimate(0.7, None, None, 1)
    assert not mean_ci([0.7]).excludes_zero
    point = mean_ci([0.4, 0.4, 0.4])
    assert point.n == 3
    assert (point.mean, point.low, point.high) == pytest.approx((0.4, 0.4, 0.4), abs=1e-12)


def test_an_interval_that_includes_zero_does_not_exclude_it():
    assert not mean_ci([-1, 1, 0.5, -0.5]).excludes_zero
    assert mean_ci([-1, -2, -1.5]).excludes_zero


@pytest.mark.parametrize("values", [[], [1.0, math.nan], [math.inf]])
def test_no_values_or_not_numbers_are_refused(values):
    with pytest.raises(ValueError):
        mean_ci(values)


def test_welch_worked_example():
    # 1..4 against 2, 4, ..., 10: difference −3.5; s₁²/n₁ = 0.41667, s₂²/n₂ = 2;
    # df = 2.41667² / (0.41667²/3 + 2²/4) = 5.5208; t(0.975, 5.5208) · √2.41667 = 3.8854
    # (R: t.test(1:4, c(2, 4, 6, 8, 10)) gives −7.385368 to 0.385368).
    e, df = welch_difference([1, 2, 3, 4], [2, 4, 6, 8, 10])
    assert e.mean == pytest.approx(-3.5)
    assert df == pytest.approx(5.520788, abs=1e-5)
    assert e.low == pytest.approx(-7.385368, abs=1e-5)
    assert e.high == pytest.approx(0.385368, abs=1e-5)
    assert e.n == 9


def test_welch_with_equal_spreads_and_sizes_has_the_pooled_df():
    e, df = welch_difference([1, 2, 3], [4, 5, 6])
    assert df == pytest.approx(4.0)
    assert e.mean == -3 and e.high - e.low == pytest.approx(
        2 * t_quantile(0.975, 4) * math.sqrt(2 / 3)
    )


def test_welch_without_enough_values_gives_no_interval():
    e, df = welch_difference([1.0], [2.0, 3.0])
    assert (e.mean, e.low, e.high, df) == (-1.5, None, None, None)
    with pytest.raises(ValueError):
        welch_difference([], [1.0])
