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
