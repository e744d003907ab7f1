"""Scoring a learner's flags against an article's answer key.

The span metric is the one of Da San Martino et al. (EMNLP 2019), used by
SemEval-2020 Task 11. With S the learner spans, T the gold spans and
C(s, t, h) = |s ∩ t| / h × δ(label(s), label(t)):

    P = (1/|S|) Σs Σt C(s, t, |s|)    R = (1/|T|) Σs Σt C(s, t, |t|)    F1 = 2PR / (P + R)

It is reported twice: *spotted* (label-blind, δ ≡ 1) and *named* (label-aware).
docs/scoring.md explains it, the verdict thresholds and the 0–100 score.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

Interval = tuple[int, int]

#: Punctuation trimmed (with any whitespace) from both ends of a span before scoring,
#: as in the reference corpus.
TRIM_PUNCTUATION = frozenset(".,:;")

#: A gold flag is *found* when learner flags cover at least this share of it.
FOUND_COVERAGE = 0.5
#: A learner flag *hits* a gold flag when they share at least this share of the shorter one.
HIT_OVERLAP = 0.5
#: Points a learner loses for each flag on a credible article (an article with no gold flags).
CREDIBLE_FLAG_COST = 20


class Labelled(Protocol):
    """Anything with a span and a category: a learner's Flag or an answer key's Annotation."""

    start: int
    end: int
    category: str


@dataclass(frozen=True)
class Prf:
    """Precision, recall and F1 of one comparison (spotted: spans only; named: with category)."""

    precision: float
    recall: float
    f1: float

    def as_dict(self) -> dict[str, float]:
        return {"precision": self.precision, "recall": self.recall, "f1": self.f1}


class GoldVerdict(StrEnum):
    """What became of one red flag of the answer key."""

    FOUND = "found"
    WRONG_CATEGORY = "found-wrong-category"
    PARTLY_FOUND = "partly-found"
    MISSED = "missed"

    @property
    def label(self) -> str:
        return {
            "found": "found",
            "found-wrong-category": "found, wrong category",
            "partly-found": "partly found",
            "missed": "missed",
        }[self.value]


class FlagVerdict(StrEnum):
    """What one of the learner's flags turned out to be."""

    CORRECT = "correct"
    WRONG_CATEGORY = "wrong-category"
    NOT_A_RED_FLAG = "not-a-red-flag"

    @property
    def label(self) -> str:
        return {
            "correct": "correct",
            "wrong-category": "wrong category",
            "not-a-red-flag": "not a red flag",
        }[self.value]


@dataclass(frozen=True)
class GoldResult:
    """One red flag of the answer key, scored."""

    index: int  # position in the answer key given to score()
    verdict: GoldVerdict
    coverage: float  # share of the gold span covered by any learner flag
    flags: tuple[int, ...]  # learner flags that hit it


@dataclass(frozen=True)
class FlagResult:
    """One of the learner's flags, scored."""

    index: int  # position in the learner's flags given to score()
    start: int  # after trimming
    end: int
    category: str
    verdict: FlagVerdict
    annotations: tuple[int, ...]  # gold flags it hits


@dataclass(frozen=True)
class CategorySummary:
    """One category's counts in a report: red flags there were, found, missed, flagged."""

    category: str
    gold: int = 0
    found: int = 0  # found with the right category
    missed: int = 0  # not found at all (missed or only partly found)
    flagged: int = 0  # learner flags with this category
    invented: int = 0  # learner flags with this category that were not red flags


@dataclass(frozen=True)
class Report:
    """Everything the feedback shows about one submission (see docs/scoring.md)."""

    spotted: Prf
    named: Prf
    score: int
    gold: list[GoldResult]
    flags: list[FlagResult]
    categories: list[CategorySummary] = field(default_factory=list)
    summary: str = ""


def trim(text: str, start: int, end: int) -> Interval | None:
    """The span without leading/trailing whitespace and ``.,:;``; None if nothing is left."""
    start, end = max(0, start), min(len(text), end)
    while start < end and (text[start].isspace() or text[start] in TRIM_PUNCTUATION):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in TRIM_PUNCTUATION):
        end -= 1
    return (start, end) if start < end else None


def merge(intervals: Iterable[Interval]) -> list[Interval]:
    """Sorted union of intervals; overlapping ones (sharing a position) become one."""
    merged: list[list[int]] = []
    for start, end in sorted(intervals):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(s, e) for s, e in merged]


def _overlap_sums(learner: list[Interval], gold: list[Interval]) -> tuple[float, float]:
    """Σ|s∩t|/|s| and Σ|s∩t|/|t| over two sorted lists of disjoint intervals, in linear time."""
    p_sum = r_sum = 0.0
    i = j = 0
    while i < len(learner) and j < len(gold):
        (s0, s1), (t0, t1) = learner[i], gold[j]
        inter = min(s1, t1) - max(s0, t0)
        if inter > 0:
            p_sum += inter / (s1 - s0)
            r_sum += inter / (t1 - t0)
        if s1 <= t1:
            i += 1
        else:
            j += 1
    return p_sum, r_sum


def _prf(p_sum: float, n_learner: int, r_sum: float, n_gold: int) -> Prf:
    if n_learner == 0 and n_gold == 0:
        return Prf(1.0, 1.0, 1.0)
    # Float sums of exact shares can land a hair above 1.
    precision = min(1.0, p_sum / n_learner) if n_learner else 0.0
    recall = min(1.0, r_sum / n_gold) if n_gold else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision and recall else 0.0
    return Prf(precision, recall, f1)


def spotted_prf(learner: Iterable[Interval], gold: Iterable[Interval]) -> Prf:
    """Label-blind P/R/F1: overlapping spans on each side are merged first."""
    s, t = merge(learner), merge(gold)
    p_sum, r_sum = _overlap_sums(s, t)
    return _prf(p_sum, len(s), r_sum, len(t))


def named_prf(learner: Iterable[tuple[int, int, str]], gold: Iterable[tuple[int, int, str]]) -> Prf:
    """Label-aware P/R/F1: overlapping spans are merged within each category.

    Merging gold spans of the same category keeps P and R within [0, 1] when an
    answer key repeats itself; gold spans of different categories stay apart.
    """
    by_cat_s: dict[str, list[Interval]] = defaultdict(list)
    by_cat_t: dict[str, list[Interval]] = defaultdict(list)
    for start, end, cat in learner:
        by_cat_s[cat].append((start, end))
    for start, end, cat in gold:
        by_cat_t[cat].append((start, end))
    p_sum = r_sum = 0.0
    n_s = n_t = 0
    for cat in sorted(by_cat_s.keys() | by_cat_t.keys()):  # sorted: same sums, same floats
        s, t = merge(by_cat_s.get(cat, ())), merge(by_cat_t.get(cat, ()))
        n_s, n_t = n_s + len(s), n_t + len(t)
        ps, rs = _overlap_sums(s, t)
        p_sum, r_sum = p_sum + ps, r_sum + rs
    return _prf(p_sum, n_s, r_sum, n_t)


def _covered(union: list[Interval], starts: list[int], start: int, end: int) -> int:
    """How many positions of [start, end) lie in a sorted disjoint union."""
    total = 0
    k = max(0, bisect_right(starts, start) - 1)
    while k < len(union) and union[k][0] < end:
        total += max(0, min(end, union[k][1]) - max(start, union[k][0]))
        k += 1
    return total


def score(text: str, gold: Sequence[Labelled], flags: Sequence[Labelled]) -> Report:
    """Score learner ``flags`` against the answer key ``gold`` of an article with ``text``."""
    trimmed: list[tuple[int, int, int, str]] = []  # (index, start, end, category)
    for index, flag in enumerate(flags):
        span = trim(text, flag.start, flag.end)
        if span is not None:
            trimmed.append((index, span[0], span[1], flag.category))
    # Gold spans are trimmed like learner spans, so flagging exactly a gold sentence
    # (which an author may have quoted with its full stop) is a perfect answer.
    gold_spans = [(*(trim(text, g.start, g.end) or (g.start, g.end)), g.category) for g in gold]

    spotted = spotted_prf([(s, e) for _, s, e, _ in trimmed], [(s, e) for s, e, _ in gold_spans])
    named = named_prf([(s, e, c) for _, s, e, c in trimmed], gold_spans)

    # Which learner flags hit which gold flags. Gold is sorted by start; a gold span that
    # overlaps [s, e) starts before e and no earlier than s - (longest gold span).
    order = sorted(range(len(gold_spans)), key=lambda k: gold_spans[k][0])
    sorted_starts = [gold_spans[k][0] for k in order]
    longest = max((e - s for s, e, _ in gold_spans), default=0)
    hits_of_flag: dict[int, list[int]] = {}
    flags_of_gold: dict[int, list[int]] = defaultdict(list)
    flag_results: list[FlagResult] = []
    for index, s, e, cat in trimmed:
        hits: list[int] = []
        lo, hi = bisect_left(sorted_starts, s - longest), bisect_left(sorted_starts, e)
        for k in order[lo:hi]:
            t0, t1, _ = gold_spans[k]
            inter = min(e, t1) - max(s, t0)
            if inter > 0 and inter >= HIT_OVERLAP * min(e - s, t1 - t0):
                hits.append(k)
                flags_of_gold[k].append(index)
        hits_of_flag[index] = hits
        if any(gold_spans[k][2] == cat for k in hits):
            verdict = FlagVerdict.CORRECT
        elif hits:
            verdict = FlagVerdict.WRONG_CATEGORY
        else:
            verdict = FlagVerdict.NOT_A_RED_FLAG
        flag_results.append(FlagResult(index, s, e, cat, verdict, tuple(sorted(hits))))

    # Gold verdicts from how much of each gold span the learner covered.
    union_all = merge((s, e) for _, s, e, _ in trimmed)
    starts_all = [s for s, _ in union_all]
    union_by_cat: dict[str, tuple[list[Interval], list[int]]] = {}
    for cat in {c for _, _, _, c in trimmed}:
        u = merge((s, e) for _, s, e, c in trimmed if c == cat)
        union_by_cat[cat] = (u, [s for s, _ in u])
    gold_results: list[GoldResult] = []
    for k, (t0, t1, cat) in enumerate(gold_spans):
        length = t1 - t0
        any_cov = _covered(union_all, starts_all, t0, t1) / length if length else 0.0
        u, st = union_by_cat.get(cat, ([], []))
        same_cov = _covered(u, st, t0, t1) / length if length else 0.0
        if same_cov >= FOUND_COVERAGE:
            verdict = GoldVerdict.FOUND
        elif any_cov >= FOUND_COVERAGE:
            verdict = GoldVerdict.WRONG_CATEGORY
        elif any_cov > 0:
            verdict = GoldVerdict.PARTLY_FOUND
        else:
            verdict = GoldVerdict.MISSED
        gold_results.append(GoldResult(k, verdict, any_cov, tuple(sorted(flags_of_gold[k]))))

    categories = _category_summaries(gold_spans, gold_results, flag_results)
    points = learner_score(spotted, named, len(gold_spans), len(trimmed))
    return Report(
        spotted,
        named,
        points,
        gold_results,
        flag_results,
        categories,
        summary_sentence(gold_results, flag_results),
    )


def learner_score(spotted: Prf, named: Prf, n_gold: int, n_flags: int) -> int:
    """The 0–100 score shown to the learner.

    Articles with red flags: the mean of spotted F1 and named F1, times 100.
    Credible articles (no red flags): 100, minus CREDIBLE_FLAG_COST per flag, at least 0.
    """
    if n_gold == 0:
        return max(0, 100 - CREDIBLE_FLAG_COST * n_flags)
    return round(100 * (spotted.f1 + named.f1) / 2)


def _category_summaries(
    gold_spans: list[tuple[int, int, str]],
    gold_results: list[GoldResult],
    flag_results: list[FlagResult],
) -> list[CategorySummary]:
    counts: dict[str, dict[str, int]] = defaultdict(
        lambda: {"gold": 0, "found": 0, "missed": 0, "flagged": 0, "invented": 0}
    )
    for (_, _, cat), result in zip(gold_spans, gold_results, strict=True):
        counts[cat]["gold"] += 1
        if result.verdict is GoldVerdict.FOUND:
            counts[cat]["found"] += 1
        elif result.verdict in (GoldVerdict.MISSED, GoldVerdict.PARTLY_FOUND):
            counts[cat]["missed"] += 1
    for flag in flag_results:
        counts[flag.category]["flagged"] += 1
        if flag.verdict is FlagVerdict.NOT_A_RED_FLAG:
            counts[flag.category]["invented"] += 1
    return [CategorySummary(cat, **c) for cat, c in sorted(counts.items())]


def _plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def summary_sentence(gold: list[GoldResult], flags: list[FlagResult]) -> str:
    """One plain-language sentence about the attempt."""
    invented = sum(f.verdict is FlagVerdict.NOT_A_RED_FLAG for f in flags)
    if not gold:
        if not flags:
            return "This article is credible and you flagged nothing: well judged."
        return (
            f"This article is credible: {_plural(len(flags), 'flag', 'flags')} "
            "raised where there was no red flag."
        )
    found = sum(g.verdict in (GoldVerdict.FOUND, GoldVerdict.WRONG_CATEGORY) for g in gold)
    named = sum(g.verdict is GoldVerdict.FOUND for g in gold)
    partly = sum(g.verdict is GoldVerdict.PARTLY_FOUND for g in gold)
    parts = [f"You found {found} of {_plural(len(gold), 'red flag', 'red flags')}"]
    if found:
        parts[0] += f" and named {named} of them right"
    if partly:
        parts.append(f"{partly} more partly")
    sentence = ", ".join(parts)
    if invented:
        was = "was" if invented == 1 else "were"
        sentence += f"; {invented} of your flags {was} not a red flag"
    return sentence + "."
