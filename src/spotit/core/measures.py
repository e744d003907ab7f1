"""Discernment measures of one learner's responses to one form of a check.

Each item is an invented headline (with its lede) that is either *credible* or
*misleading*; the learner rates it on a 6-point scale, 1 = sure not credible ...
6 = sure credible, and 1-3 counts as judging it not credible. Signal detection
treats spotting a misleading item as the signal:

- a **hit** is a misleading item judged not credible, a **false alarm** a credible
  item judged not credible;
- H = (hits + 0.5) / (misleading items + 1) and F = (false alarms + 0.5) /
  (credible items + 1): the log-linear correction (Hautus 1995), applied to every
  cell so that 0 and 1 never reach the z transform and every learner is treated alike;
- d' = z(H) - z(F) (discrimination) and c = -(z(H) + z(F)) / 2 (criterion: negative
  = quick to call things not credible, "more sceptical");
- AUC: the area under the ROC curve the six ratings trace, misleading items as the
  positive class, a lower rating counting as more confident "not credible"; it equals
  the probability that a random misleading item was rated lower than a random credible
  one, ties counted half;
- the MIST counts of Maertens et al. (2024): r, f, V, d and n (see :class:`Measures`).

docs/measures.md explains each one with worked examples; tests check them.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass
from statistics import NormalDist

CREDIBLE = "credible"
MISLEADING = "misleading"
TRUTHS = (CREDIBLE, MISLEADING)
#: The rating scale: 1 = sure not credible ... 6 = sure credible.
RATINGS = range(1, 7)
#: Ratings up to this one judge the item not credible.
NOT_CREDIBLE_UP_TO = 3

_Z = NormalDist().inv_cdf


@dataclass(frozen=True)
class Response:
    """One item answered: its id, whether it is credible or misleading, and the rating."""

    item: str
    truth: str  # "credible" or "misleading"
    rating: int  # 1 = sure not credible ... 6 = sure credible

    @property
    def judged_not_credible(self) -> bool:
        return self.rating <= NOT_CREDIBLE_UP_TO


@dataclass(frozen=True)
class Measures:
    """The measures of one set of responses (one learner, one form).

    Rates, d', c and AUC are None when they cannot be computed: H without misleading
    items, F without credible items, d', c and AUC without both kinds. The counts are
    always given.
    """

    n_misleading: int
    n_credible: int
    hit_rate: float | None  # H, corrected
    false_alarm_rate: float | None  # F, corrected
    d_prime: float | None
    c: float | None
    auc: float | None
    r: int  # real-news detection: credible items judged credible
    f: int  # fake-news detection: misleading items judged not credible
    V: int  # veracity discernment: r + f, the items judged right
    d: int  # distrust: judgements "not credible" beyond the misleading items there are
    n: int  # naivety: judgements "credible" beyond the credible items there are

    def as_dict(self) -> dict[str, int | float | None]:
        """The fields by name, in the order of the JSON output of ``spotit measures``."""
        return {
            "n_misleading": self.n_misleading,
            "n_credible": self.n_credible,
            "hit_rate": self.hit_rate,
            "false_alarm_rate": self.false_alarm_rate,
            "d_prime": self.d_prime,
            "c": self.c,
            "auc": self.auc,
            "r": self.r,
            "f": self.f,
            "V": self.V,
            "d": self.d,
            "n": self.n,
        }


def corrected_rate(count: int, total: int) -> float | None:
    """(count + 0.5) / (total + 1), the log-linear correction; None when total is 0."""
    if total == 0:
        return None
    return (count + 0.5) / (total + 1)


def auc(misleading_ratings: Iterable[int], credible_ratings: Iterable[int]) -> float | None:
    """The trapezoidal area under the ROC curve over the cumulative rating thresholds.

    The threshold k (1..6) calls an item misleading when its rating is at most k; the
    curve runs from (0, 0) through (false-alarm share, hit share) at each k to (1, 1).
    None when either list is empty.
    """
    mis, cred = list(misleading_ratings), list(credible_ratings)
    if not mis or not cred:
        return None
    area, tpr0, fpr0 = 0.0, 0.0, 0.0
    for k in RATINGS:
        tpr = sum(1 for x in mis if x <= k) / len(mis)
        fpr = sum(1 for x in cred if x <= k) / len(cred)
        area += (fpr - fpr0) * (tpr + tpr0) / 2
        tpr0, fpr0 = tpr, fpr
    return area


def _check(responses: Iterable[Response]) -> list[Response]:
    checked, seen = [], set()
    for r in responses:
        if r.truth not in TRUTHS:
            raise ValueError(
                f"item {r.item!r}: truth must be credible or misleading, not {r.truth!r}"
            )
        if isinstance(r.rating, bool) or not isinstance(r.rating, int) or r.rating not in RATINGS:
            raise ValueError(
                f"item {r.item!r}: rating must be a whole number 1-6, not {r.rating!r}"
            )
        if r.item in seen:
            raise ValueError(f"item {r.item!r} answered twice")
        seen.add(r.item)
        checked.append(r)
    return checked


def measures(responses: Iterable[Response]) -> Measures:
    """All the measures of one learner's responses to one form.

    ValueError (one line naming the item) for a truth other than credible/misleading,
    a rating outside 1-6, or an item answered twice.
    """
    rs = _check(responses)
    mis = [r.rating for r in rs if r.truth == MISLEADING]
    cred = [r.rating for r in rs if r.truth == CREDIBLE]
    hits = sum(1 for x in mis if x <= NOT_CREDIBLE_UP_TO)
    false_alarms = sum(1 for x in cred if x <= NOT_CREDIBLE_UP_TO)
    h = corrected_rate(hits, len(mis))
    fa = corrected_rate(false_alarms, len(cred))
    d_prime = c = None
    if h is not None and fa is not None:
        zh, zf = _Z(h), _Z(fa)
        # + 0.0 turns -0.0 into 0.0, so an unbiased learner's c prints as 0.
        d_prime, c = zh - zf + 0.0, -(zh + zf) / 2 + 0.0
    r = len(cred) - false_alarms
    f = hits
    judged_not_credible = hits + false_alarms
    judged_credible = len(rs) - judged_not_credible
    return Measures(
        n_misleading=len(mis),
        n_credible=len(cred),
        hit_rate=h,
        false_alarm_rate=fa,
        d_prime=d_prime,
        c=c,
        auc=auc(mis, cred),
        r=r,
        f=f,
        V=r + f,
        d=max(0, judged_not_credible - len(mis)),
        n=max(0, judged_credible - len(cred)),
    )


# -- averages over learners: means with 95% confidence intervals ----------------------------
@dataclass(frozen=True)
class Estimate:
    """A mean over ``n`` values with its 95% confidence interval [low, high].

    low and high are None when there is no interval to give (one value, or a
    difference with a side of fewer than two values).
    """

    mean: float
    low: float | None
    high: float | None
    n: int

    def as_dict(self) -> dict[str, float | int | None]:
        return {"mean": self.mean, "low": self.low, "high": self.high, "n": self.n}

    @property
    def excludes_zero(self) -> bool:
        """The interval lies wholly above or wholly below 0 (False without an interval)."""
        if self.low is None or self.high is None:
            return False
        return self.low > 0 or self.high < 0


def _t_cornish_fisher(p: float, df: float) -> float:
    # Abramowitz & Stegun 26.7.5: the t quantile as z plus terms in 1/df.
    z = _Z(p)
    g1 = (z**3 + z) / 4
    g2 = (5 * z**5 + 16 * z**3 + 3 * z) / 96
    g3 = (3 * z**7 + 19 * z**5 + 17 * z**3 - 15 * z) / 384
    g4 = (79 * z**9 + 776 * z**7 + 1482 * z**5 - 1920 * z**3 - 945 * z) / 92160
    return z + g1 / df + g2 / df**2 + g3 / df**3 + g4 / df**4


def _beta_fraction(a: float, b: float, x: float) -> float:
    # The continued fraction of the regularised incomplete beta (modified Lentz).
    tiny, eps = 1e-300, 1e-15
    c, d = 1.0, 1.0 - (a + b) * x / (a + 1)
    d = 1 / (d if abs(d) > tiny else tiny)
    h = d
    for m in range(1, 300):
        for num in (
            m * (b - m) * x / ((a + 2 * m - 1) * (a + 2 * m)),
            -(a + m) * (a + b + m) * x / ((a + 2 * m) * (a + 2 * m + 1)),
        ):
            d = 1 + num * d
            d = 1 / (d if abs(d) > tiny else tiny)
            c = 1 + num / c
            c = c if abs(c) > tiny else tiny
            h *= d * c
        if abs(d * c - 1) < eps:
            break
    return h


def _t_upper_tail(t: float, df: float) -> float:
    """P(T > t) for t >= 0: half the regularised incomplete beta I_x(df/2, 1/2)."""
    x = df / (df + t * t)
    a, b = df / 2, 0.5
    log_front = (
        math.lgamma(a + b) - math.lgamma(a) - math.lgamma(b) + a * math.log(x) + b * math.log1p(-x)
    )
    if x < (a + 1) / (a + b + 2):
        ibeta = math.exp(log_front) * _beta_fraction(a, b, x) / a
    else:  # the symmetric relation converges faster here
        ibeta = 1 - math.exp(log_front) * _beta_fraction(b, a, 1 - x) / b
    return ibeta / 2


def _t_density(t: float, df: float) -> float:
    log_k = math.lgamma((df + 1) / 2) - math.lgamma(df / 2) - 0.5 * math.log(df * math.pi)
    return math.exp(log_k - (df + 1) / 2 * math.log1p(t * t / df))


def t_quantile(p: float, df: float) -> float:
    """The p-quantile of Student's t with ``df`` degrees of freedom (df > 0, any real).

    Exact closed forms for df 1 and 2; otherwise the Cornish-Fisher expansion in z
    (within 0.5 % for df >= 3), then Newton steps on the t distribution itself (from the
    incomplete beta function), so table values come out to their printed decimals
    without scipy.
    """
    if not 0 < p < 1:
        raise ValueError(f"p must be between 0 and 1, not {p!r}")
    if not df > 0:
        raise ValueError(f"degrees of freedom must be above 0, not {df!r}")
    if p < 0.5:
        return -t_quantile(1 - p, df)
    if p == 0.5:
        return 0.0
    if df == 1:
        return math.tan(math.pi * (p - 0.5))
    if df == 2:
        return (2 * p - 1) / math.sqrt(2 * p * (1 - p))
    t = _t_cornish_fisher(p, df) if df >= 3 else _t_cornish_fisher(p, 3)
    for _ in range(50):
        step = (_t_upper_tail(t, df) - (1 - p)) / _t_density(t, df)
        t = max(t + step, t / 2)  # never past 0: the tail formula needs t >= 0
        if abs(step) < 1e-12 * max(1.0, t):
            break
    return t


#: The level of every interval the report gives.
CONFIDENCE = 0.95


def mean_ci(values: Iterable[float]) -> Estimate:
    """The mean of ``values`` with its 95% confidence interval, by Student's t.

    mean ± t(0.975, n − 1) · s / √n, s the sample standard deviation. One value gives
    no interval (low = high = None). ValueError for no values or a value that is not a
    finite number.
    """
    xs = [float(v) for v in values]
    if not xs:
        raise ValueError("no values to average")
    if not all(math.isfinite(x) for x in xs):
        raise ValueError("every value must be a finite number")
    n = len(xs)
    mean = math.fsum(xs) / n
    if n == 1:
        return Estimate(mean, None, None, 1)
    sd = math.sqrt(math.fsum((x - mean) ** 2 for x in xs) / (n - 1))
    half = t_quantile(1 - (1 - CONFIDENCE) / 2, n - 1) * sd / math.sqrt(n)
    return Estimate(mean, mean - half, mean + half, n)


def welch_difference(
    first: Iterable[float], second: Iterable[float]
) -> tuple[Estimate, float | None]:
    """mean(first) − mean(second) with its 95% interval by Welch's t, and the df.

    The degrees of freedom are Welch–Satterthwaite's: (a + b)² / (a²/(n₁−1) + b²/(n₂−1))
    with a = s₁²/n₁ and b = s₂²/n₂. No interval (and df None) when a side has fewer
    than two values; when both sides have no spread the interval is the point itself.
    ``n`` of the estimate is n₁ + n₂. ValueError if a side is empty.
    """
    xs, ys = [float(v) for v in first], [float(v) for v in second]
    if not xs or not ys:
        raise ValueError("each side needs at least one value")
    one, two = mean_ci(xs), mean_ci(ys)
    diff = one.mean - two.mean
    n = len(xs) + len(ys)
    if len(xs) < 2 or len(ys) < 2:
        return Estimate(diff, None, None, n), None
    a = math.fsum((x - one.mean) ** 2 for x in xs) / (len(xs) - 1) / len(xs)
    b = math.fsum((y - two.mean) ** 2 for y in ys) / (len(ys) - 1) / len(ys)
    if a + b == 0:
        return Estimate(diff, diff, diff, n), None
    df = (a + b) ** 2 / (a * a / (len(xs) - 1) + b * b / (len(ys) - 1))
    half = t_quantile(1 - (1 - CONFIDENCE) / 2, df) * math.sqrt(a + b)
    return Estimate(diff, diff - half, diff + half, n), df
