"""Scoring a learner's flags against an article's answer key.

The span metric is the one of Da San Martino et al. (EMNLP 2019), used by
SemEval-2020 Task 11. With S the learner spans, T the gold spans and
C(s, t, h) = |s ∩ t| / h × δ(label(s), label(t)):

    P = (1/|S|) Σs Σt C(s, t, |s|)    R = (1/|T|) Σs Σt C(s, t, |t|)    F1 = 2PR / (P + R)

It is reported twice: *spotted* (label-blind, δ ≡ 1) and *named* (label-aware).
It stays exactly as published; the learner's 0–100 score is a separate function,
:func:`learner_score`, computed from verdicts a teacher would give (found, too broad,
close, ...). docs/scoring.md explains both, every verdict and every threshold.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Protocol

from spotit.core import i18n
from spotit.core.i18n import COUNT, QT_TRANSLATE_NOOP, counted, translate
from spotit.core.model import PassageNote
from spotit.core.taxonomy import DEFAULT_TAXONOMY, Category

Interval = tuple[int, int]

#: Punctuation trimmed (with any whitespace) from both ends of a span before scoring,
#: as in the reference corpus.
TRIM_PUNCTUATION = frozenset(".,:;")

#: Two authors' spans *hit* each other when they share at least this share of the shorter
#: one (interop.agreement pairs two answer keys with it; learner verdicts use the rules below).
HIT_OVERLAP = 0.5
#: Points a learner loses for each flag on a credible article (an article with no gold flags).
CREDIBLE_FLAG_COST = 20


# -- verdicts a teacher would give (docs/scoring.md, "Verdicts") -------------------------

#: A word: letters/digits, with inner apostrophes, dots, commas or hyphens ("don't",
#: "3,000", "U.S"), and a trailing per cent sign ("300%").
_WORD = re.compile(r"\w+(?:['’.,\-]\w+)*%?")
#: Words that alone never identify a red flag (a flag of just "the" finds nothing).
STOPWORDS = frozenset(
    """a an and are as at be been but by for from had has have he her his i if in into is it
    its of on or our she so than that the their them then there these they this those to
    was we were what when which who will with would you your""".split()
)
#: A red flag with no core is found when learner flags cover this share of its meaningful
#: (non-stopword) words ...
FOUND_WORD_SHARE = 0.5
#: ... or, in a red flag of at most this many words, one meaningful (non-stopword) word.
SHORT_RED_FLAG_WORDS = 4
#: A flag is *too broad* for a red flag it overlaps when it has more than this many words
#: and more than TOO_BROAD_FACTOR times the words of that red flag's anchor.
TOO_BROAD_WORDS = 25
TOO_BROAD_FACTOR = 3
#: The learner score's credit per red flag, by verdict (a whole red flag found is 1).
CREDIT = {
    "found": 1.0,
    "found-wrong-category": 0.5,
    "found-too-broad": 0.5,  # 0.25 when none of the flags around it has an accepted category
    "partly-found": 0.25,
    "missed": 0.0,
}
TOO_BROAD_WRONG_CATEGORY_CREDIT = 0.25
#: Points a flag that is not a red flag costs on an article with red flags.
NOT_A_RED_FLAG_COST = 10
#: Points a flag in the right sentence but on the wrong words costs (half a wrong flag).
CLOSE_FLAG_COST = 5
#: Points each hint the learner asked for costs.
HINT_COST = 5
#: The credit is multiplied by 1 − SPREAD_WEIGHT × spread, where spread is the share of the
#: article's words outside every red flag that the learner's flags cover: flagging all the
#: text that is fine halves the credit, flagging none of it keeps it whole.
SPREAD_WEIGHT = 0.5
#: The summary sentence mentions the spread from this share on.
SPREAD_NOTED = 0.25
#: Where a sentence ends: . ! ? (with closing quotes or brackets) before white space, or a
#: line break (the headline and every block of the body end one).
_SENTENCE_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s)|\n")


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


_GOLD_LABELS = {
    "found": QT_TRANSLATE_NOOP("Feedback", "found"),
    "found-wrong-category": QT_TRANSLATE_NOOP("Feedback", "found, wrong category"),
    "found-too-broad": QT_TRANSLATE_NOOP("Feedback", "found inside a flag too broad"),
    "partly-found": QT_TRANSLATE_NOOP("Feedback", "partly found"),
    "missed": QT_TRANSLATE_NOOP("Feedback", "missed"),
}
_FLAG_LABELS = {
    "correct": QT_TRANSLATE_NOOP("Feedback", "correct"),
    "wrong-category": QT_TRANSLATE_NOOP("Feedback", "wrong category"),
    "too-broad": QT_TRANSLATE_NOOP("Feedback", "too broad"),
    "close": QT_TRANSLATE_NOOP("Feedback", "close"),
    "not-a-red-flag": QT_TRANSLATE_NOOP("Feedback", "not a red flag"),
}


def english_singular(shown: str, n: int, one: str) -> str:
    """``shown``, a "%n … were …" text translated for ``n``; English's singular ``one``
    ("1 of your flags was …") where no translation gave the forms (the command line, a
    translation not built yet) and the source came back read for 1 ("… were …")."""
    untranslated = shown == one.replace(" was ", " were ", 1)
    return one if n == 1 and untranslated else shown


class GoldVerdict(StrEnum):
    """What became of one red flag of the answer key."""

    FOUND = "found"
    WRONG_CATEGORY = "found-wrong-category"
    TOO_BROAD = "found-too-broad"
    PARTLY_FOUND = "partly-found"
    MISSED = "missed"

    @property
    def label(self) -> str:
        return translate("Feedback", _GOLD_LABELS[self.value])


class FlagVerdict(StrEnum):
    """What one of the learner's flags turned out to be."""

    CORRECT = "correct"
    WRONG_CATEGORY = "wrong-category"
    TOO_BROAD = "too-broad"
    CLOSE = "close"
    NOT_A_RED_FLAG = "not-a-red-flag"

    @property
    def label(self) -> str:
        return translate("Feedback", _FLAG_LABELS[self.value])


@dataclass(frozen=True)
class GoldResult:
    """One red flag of the answer key, scored."""

    index: int  # position in the answer key given to score()
    verdict: GoldVerdict
    coverage: float  # share of the gold span covered by any learner flag (best anchor)
    flags: tuple[int, ...]  # learner flags that overlap one of its anchors
    #: For a red flag found with a category the key accepts but does not prefer: why the
    #: key prefers its primary category. Empty otherwise.
    note: str = ""
    #: Named right: found (or contained in a too-broad flag) with an accepted category.
    named: bool = False
    #: What it earns in the learner score (CREDIT), 0 to 1.
    credit: float = 0.0


@dataclass(frozen=True)
class FlagResult:
    """One of the learner's flags, scored."""

    index: int  # position in the learner's flags given to score()
    start: int  # after trimming
    end: int
    category: str
    verdict: FlagVerdict
    annotations: tuple[int, ...]  # gold flags whose anchors it overlaps
    #: For a *close* flag: the red flags in its sentence, the words to flag instead.
    near: tuple[int, ...] = ()
    #: A sentence for the learner: "narrow it down", the right words of a close flag, or
    #: the author's note on the passage a flag that is not a red flag lies on.
    note: str = ""


@dataclass(frozen=True)
class CategorySummary:
    """One category's counts in a report: red flags there were, found, missed, flagged."""

    category: str
    gold: int = 0
    found: int = 0  # found with the right category
    missed: int = 0  # missed: no flag touched it
    flagged: int = 0  # learner flags with this category
    invented: int = 0  # learner flags with this category that were not red flags
    partly: int = 0  # partly found (touched, not enough of it), counted apart from missed


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
    #: Share of the article's words outside every red flag that the flags cover, 0 to 1.
    spread: float = 0.0


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


def words(text: str, start: int, end: int) -> list[Interval]:
    """The words of ``text[start:end]`` as spans; a span with no word is one word."""
    found = [(m.start(), m.end()) for m in _WORD.finditer(text, start, end)]
    return found or [(start, end)]


def sentences(text: str) -> list[Interval]:
    """The article's sentences as spans (the headline and each block end one)."""
    spans, start = [], 0
    for m in _SENTENCE_END.finditer(text):
        if m.end() > start:
            spans.append((start, m.end()))
        start = m.end()
    if start < len(text):
        spans.append((start, len(text)))
    return spans


def _word_covered(union: list[Interval], starts: list[int], word: Interval) -> bool:
    # Half a word is enough: a mouse selection often stops a letter short.
    return 2 * _covered(union, starts, *word) >= word[1] - word[0]


def _meaningful(text: str, word: Interval) -> bool:
    return text[word[0] : word[1]].lower() not in STOPWORDS


@dataclass
class _Anchor:
    """One trimmed anchor of a red flag, with its words and (primary only) core words."""

    start: int
    end: int
    words: list[Interval]
    core: list[Interval] | None


def _finds(text: str, union: list[Interval], anchor: _Anchor) -> bool:
    """Whether flags covering ``union`` find the red flag on ``anchor`` (the found rule)."""
    if not union:
        return False
    starts = [s for s, _ in union]
    if anchor.core is not None:
        return all(_word_covered(union, starts, w) for w in anchor.core)
    # Count the words that carry meaning ("the", "of" neither find a red flag nor hide one);
    # an anchor made only of such words counts all of them.
    meaningful = [w for w in anchor.words if _meaningful(text, w)] or anchor.words
    covered = sum(_word_covered(union, starts, w) for w in meaningful)
    if len(anchor.words) <= SHORT_RED_FLAG_WORDS and covered:
        return True
    return covered >= FOUND_WORD_SHARE * len(meaningful)


def _anchors_of(text: str, gold: Labelled) -> list[_Anchor]:
    places = getattr(gold, "anchors", None) or (gold,)
    core = getattr(gold, "core", None)
    result = []
    for n, place in enumerate(places):
        # Gold spans are trimmed like learner spans, so flagging exactly a gold sentence
        # (which an author may have quoted with its full stop) is a perfect answer.
        t0, t1 = trim(text, place.start, place.end) or (place.start, place.end)
        core_words = None
        if n == 0 and core is not None:
            c0, c1 = trim(text, *core) or core
            core_words = words(text, c0, c1)
        result.append(_Anchor(t0, t1, words(text, t0, t1), core_words))
    return result


def _accepts(gold: Labelled, category: str) -> bool:
    accepts = getattr(gold, "accepts", None)
    return accepts(category) if accepts is not None else category == gold.category


def _spoken(category: str) -> str:
    return category.replace("-", " ")


def accepted_note(yours: str, primary: str, categories: Sequence[Category]) -> str:
    """Why the key prefers ``primary`` when the learner chose ``yours``, an accepted other.

    The reason is the primary category's own definition, from the pack's taxonomy.
    """
    by_id = {c.id: c for c in categories}
    mine, key = by_id.get(yours), by_id.get(primary)
    if mine:
        said = translate("Feedback", "“{name}”").format(name=mine.name)
    else:
        said = _spoken(yours)
    if key is None:
        return translate(
            "Feedback", "Accepted: {yours} fits too, but the answer key files it under {key}."
        ).format(yours=said, key=_spoken(primary))
    definition = " ".join(key.description.split()).rstrip(".")
    if definition[:2].istitle():  # "The headline says…", not "EU rules…"
        definition = definition[0].lower() + definition[1:]
    if not definition:
        return translate(
            "Feedback", "Accepted: {yours} fits too, but the answer key files it under “{key}”."
        ).format(yours=said, key=key.name)
    return translate(
        "Feedback",
        "Accepted: {yours} fits too, but the answer key files it under “{key}”: {definition}.",
    ).format(yours=said, key=key.name, definition=definition)


def _overlaps(a0: int, a1: int, b0: int, b1: int) -> bool:
    return min(a1, b1) > max(a0, b0)


def overlapping_pairs(first: Sequence[tuple], second: Sequence[tuple]) -> list[tuple]:
    """Every (key of first, key of second) whose half-open spans overlap.

    Items are ``(start, end, key)`` with start < end. A sweep in start order keeps the
    spans still open on each side; each one met while it is open is a pair, so the work
    is O((n + m) log(n + m) + pairs), not n × m.
    """
    items = sorted(
        [(s, e, 0, n) for n, (s, e, _) in enumerate(first)]
        + [(s, e, 1, n) for n, (s, e, _) in enumerate(second)]
    )
    open_spans: tuple[list[tuple[int, int]], list[tuple[int, int]]] = ([], [])
    pairs = []
    for start, end, side, n in items:
        other = open_spans[1 - side]
        other[:] = [(e, m) for e, m in other if e > start]
        for _, m in other:
            pairs.append((first[n][2], second[m][2]) if side == 0 else (first[m][2], second[n][2]))
        open_spans[side].append((end, n))
    return pairs


def score(
    text: str,
    gold: Sequence[Labelled],
    flags: Sequence[Labelled],
    notes: Sequence[PassageNote] = (),
    hints_used: int = 0,
    categories: Sequence[Category] = DEFAULT_TAXONOMY,
) -> Report:
    """Score learner ``flags`` against the answer key ``gold`` of an article with ``text``.

    ``notes`` are the article's passage notes (a flag that is not a red flag gets the note
    of a passage it overlaps as its reason); ``hints_used`` is how many hints the learner
    asked for, each costing HINT_COST points; ``categories`` are the pack's, whose names
    and descriptions the feedback quotes.
    """
    trimmed: list[tuple[int, int, int, str]] = []  # (index, start, end, category)
    for index, flag in enumerate(flags):
        span = trim(text, flag.start, flag.end)
        if span is not None:
            trimmed.append((index, span[0], span[1], flag.category))
    anchors = [_anchors_of(text, g) for g in gold]
    primary = [(a[0].start, a[0].end, g.category) for a, g in zip(anchors, gold, strict=True)]

    # The published metric, on the primary anchors exactly as before.
    spotted = spotted_prf([(s, e) for _, s, e, _ in trimmed], [(s, e) for s, e, _ in primary])
    named = named_prf([(s, e, c) for _, s, e, c in trimmed], primary)

    n_words = {i: len(words(text, s, e)) for i, s, e, _ in trimmed}
    by_index = {t[0]: t for t in trimmed}
    # overlapping[k]: learner flags overlapping an anchor of red flag k, with too-broadness.
    overlapping: dict[int, list[tuple[int, int, int, str, bool]]] = defaultdict(list)
    # hits[flag index]: {red flag k: whether the flag is too broad for it}
    hits: dict[int, dict[int, bool]] = defaultdict(dict)
    # Which anchors each flag overlaps, by a sweep (not every flag against every anchor:
    # 10,000 of each took a minute that way).
    touched: dict[tuple[int, int], list[_Anchor]] = defaultdict(list)  # (k, flag) -> anchors
    for (k, n), index in overlapping_pairs(
        [
            (a.start, a.end, (k, n))
            for k, places in enumerate(anchors)
            for n, a in enumerate(places)
        ],
        [(s, e, index) for index, s, e, _ in trimmed],
    ):
        touched[(k, index)].append(anchors[k][n])
    for (k, index), places in sorted(touched.items()):
        _, s, e, cat = by_index[index]
        widest = max(len(a.words) for a in places)
        broad = n_words[index] > max(TOO_BROAD_WORDS, TOO_BROAD_FACTOR * widest)
        overlapping[k].append((index, s, e, cat, broad))
        hits[index][k] = broad

    gold_results: list[GoldResult] = []
    for k, (g, places) in enumerate(zip(gold, anchors, strict=True)):
        near = overlapping.get(k, [])
        tight = [(s, e, c) for _, s, e, c, broad in near if not broad]
        broad_flags = [(s, e, c) for _, s, e, c, broad in near if broad]

        def found_by(spans: list[tuple[int, int, str]], places: list[_Anchor] = places) -> bool:
            u = merge((s, e) for s, e, _ in spans)
            return any(_finds(text, u, a) for a in places)

        note, is_named, credit = "", False, 0.0
        if found_by([f for f in tight if f[2] == g.category]):
            verdict, is_named = GoldVerdict.FOUND, True
        elif found_by([f for f in tight if _accepts(g, f[2])]):
            verdict, is_named = GoldVerdict.FOUND, True
            yours = next(c for _, _, c in tight if _accepts(g, c) and c != g.category)
            note = accepted_note(yours, g.category, categories)
        elif found_by(tight):
            verdict = GoldVerdict.WRONG_CATEGORY
        elif found_by(tight + broad_flags):
            verdict = GoldVerdict.TOO_BROAD
            is_named = any(_accepts(g, c) for _, _, c in broad_flags)
        elif near:
            verdict = GoldVerdict.PARTLY_FOUND
        else:
            verdict = GoldVerdict.MISSED
        credit = CREDIT[verdict.value]
        if verdict is GoldVerdict.TOO_BROAD and not is_named:
            credit = TOO_BROAD_WRONG_CATEGORY_CREDIT
        union_all = merge((s, e) for _, s, e, _, _ in near)
        starts_all = [s for s, _ in union_all]
        coverage = (
            max(
                (_covered(union_all, starts_all, a.start, a.end) / (a.end - a.start))
                for a in places
                if a.end > a.start
            )
            if any(a.end > a.start for a in places)
            else 0.0
        )
        flags_of = tuple(sorted({i for i, *_ in near}))
        gold_results.append(GoldResult(k, verdict, coverage, flags_of, note, is_named, credit))

    sentence_spans = sentences(text)
    sentence_starts = [s for s, _ in sentence_spans]

    def sentences_of(s: int, e: int) -> set[int]:
        first = max(0, bisect_right(sentence_starts, s) - 1)
        out = set()
        for n in range(first, len(sentence_spans)):
            if sentence_spans[n][0] >= e:
                break
            if _overlaps(s, e, *sentence_spans[n]):
                out.add(n)
        return out

    anchor_sentences = [[sentences_of(a.start, a.end) for a in places] for places in anchors]
    red_flags_in_sentence: dict[int, set[int]] = defaultdict(set)  # sentence -> red flags
    for k, per_anchor in enumerate(anchor_sentences):
        for sentence_set in per_anchor:
            for n in sentence_set:
                red_flags_in_sentence[n].add(k)
    flag_results: list[FlagResult] = []
    for index, s, e, cat in trimmed:
        mine_hits = hits.get(index, {})
        note, near_to = "", ()
        if any(not broad and _accepts(gold[k], cat) for k, broad in mine_hits.items()):
            verdict = FlagVerdict.CORRECT
        elif any(not broad for broad in mine_hits.values()):
            verdict = FlagVerdict.WRONG_CATEGORY
        elif mine_hits:
            verdict = FlagVerdict.TOO_BROAD
            note = translate("Feedback", "Narrow it down: which words are the red flag?")
        else:
            mine = sentences_of(s, e)
            near_to = tuple(sorted({k for n in mine for k in red_flags_in_sentence.get(n, ())}))
            if near_to:
                verdict = FlagVerdict.CLOSE
                # The words to flag instead: the first such red flag's anchor in this sentence.
                k = near_to[0]
                n = next(n for n, x in enumerate(anchor_sentences[k]) if x & mine)
                quote = " ".join(text[anchors[k][n].start : anchors[k][n].end].split())
                note = translate(
                    "Feedback", "Close: the red flag in this sentence is “{quote}”."
                ).format(quote=quote)
            else:
                verdict = FlagVerdict.NOT_A_RED_FLAG
                reason = next((n for n in notes if _overlaps(s, e, n.start, n.end)), None)
                if reason is not None:
                    note = reason.text
        flag_results.append(
            FlagResult(index, s, e, cat, verdict, tuple(sorted(mine_hits)), near_to, note)
        )

    categories = _category_summaries(primary, gold_results, flag_results)
    spread = _spread(text, anchors, [(s, e) for _, s, e, _ in trimmed]) if gold else 0.0
    points = learner_score(gold_results, flag_results, hints_used, spread)
    return Report(
        spotted,
        named,
        points,
        gold_results,
        flag_results,
        categories,
        summary_sentence(gold_results, flag_results, spread),
        spread,
    )


def _spread(text: str, anchors: list[list[_Anchor]], flagged: list[Interval]) -> float:
    """Share of the words outside every red flag's anchors that the flags cover."""
    red = merge((a.start, a.end) for places in anchors for a in places)
    union = merge(flagged)
    every = words(text, 0, len(text))
    clean = [w for w, inside in zip(every, _covered_each(every, red), strict=True) if not inside]
    if not clean or not union:
        return 0.0
    # Half a word is enough, as for finding (see _word_covered).
    covered = sum(
        2 * inside >= w[1] - w[0]
        for w, inside in zip(clean, _covered_each(clean, union), strict=True)
    )
    return covered / len(clean)


def _covered_each(spans: list[Interval], union: list[Interval]) -> Iterator[int]:
    """For each of sorted disjoint ``spans``, how many of its positions ``union`` covers.

    One walk along both (a whole article's words against the flags, in linear time).
    """
    k = 0
    for start, end in spans:
        while k < len(union) and union[k][1] <= start:
            k += 1
        total, j = 0, k
        while j < len(union) and union[j][0] < end:
            total += min(end, union[j][1]) - max(start, union[j][0])
            j += 1
        yield total


def learner_score(
    gold: Sequence[GoldResult],
    flags: Sequence[FlagResult],
    hints_used: int = 0,
    spread: float = 0.0,
) -> int:
    """The 0–100 score shown to the learner, from the verdicts (not from the span F1).

    Articles with red flags: 100 × the mean credit per red flag (CREDIT), times
    1 − SPREAD_WEIGHT × ``spread``, minus NOT_A_RED_FLAG_COST per flag that is not a red
    flag and CLOSE_FLAG_COST per close flag. Credible articles (no red flags): 100, minus CREDIBLE_FLAG_COST per flag. Both
    lose HINT_COST per hint used; the score is a whole number from 0 to 100.
    """
    hint_cost = HINT_COST * max(0, hints_used)
    if not gold:
        return max(0, 100 - CREDIBLE_FLAG_COST * len(flags) - hint_cost)
    credit = 100 * sum(g.credit for g in gold) / len(gold)
    credit *= 1 - SPREAD_WEIGHT * min(1.0, max(0.0, spread))
    invented = sum(f.verdict is FlagVerdict.NOT_A_RED_FLAG for f in flags)
    close = sum(f.verdict is FlagVerdict.CLOSE for f in flags)
    points = credit - NOT_A_RED_FLAG_COST * invented - CLOSE_FLAG_COST * close - hint_cost
    return max(0, min(100, round(points)))


def _category_summaries(
    gold_spans: list[tuple[int, int, str]],
    gold_results: list[GoldResult],
    flag_results: list[FlagResult],
) -> list[CategorySummary]:
    counts: dict[str, dict[str, int]] = defaultdict(
        lambda: {"gold": 0, "found": 0, "missed": 0, "flagged": 0, "invented": 0, "partly": 0}
    )
    for (_, _, cat), result in zip(gold_spans, gold_results, strict=True):
        counts[cat]["gold"] += 1
        if result.verdict is GoldVerdict.FOUND:
            counts[cat]["found"] += 1
        elif result.verdict is GoldVerdict.PARTLY_FOUND:
            counts[cat]["partly"] += 1
        elif result.verdict is GoldVerdict.MISSED:
            counts[cat]["missed"] += 1
    for flag in flag_results:
        counts[flag.category]["flagged"] += 1
        if flag.verdict is FlagVerdict.NOT_A_RED_FLAG:
            counts[flag.category]["invented"] += 1
    return [CategorySummary(cat, **c) for cat, c in sorted(counts.items())]


def summary_sentence(gold: list[GoldResult], flags: list[FlagResult], spread: float = 0.0) -> str:
    """One plain-language sentence about the attempt."""
    invented = sum(f.verdict is FlagVerdict.NOT_A_RED_FLAG for f in flags)
    if not gold:
        if not flags:
            return translate(
                "Feedback", "This article is credible and you flagged nothing: well judged."
            )
        return counted.translate(
            "Feedback",
            "This article is credible: %n flag(s) raised where there was no red flag.",
            "",
            COUNT,
            len(flags),
        )
    found_kinds = (GoldVerdict.FOUND, GoldVerdict.WRONG_CATEGORY, GoldVerdict.TOO_BROAD)
    found = sum(g.verdict in found_kinds for g in gold)
    named = sum(g.named for g in gold)
    partly = sum(g.verdict is GoldVerdict.PARTLY_FOUND for g in gold)
    broad = sum(f.verdict is FlagVerdict.TOO_BROAD for f in flags)
    close = sum(f.verdict is FlagVerdict.CLOSE for f in flags)
    # Each clause is translated whole (with its punctuation); they follow one another.
    n_gold = len(gold)
    if found:
        sentence = counted.translate(
            "Feedback",
            "You found {found} of %n red flag(s) and named {named} of them right",
            "",
            COUNT,
            int(n_gold),
        ).format(found=i18n.number(found), named=i18n.number(named))
    else:
        sentence = counted.translate(
            "Feedback", "You found {found} of %n red flag(s)", "", COUNT, int(n_gold)
        ).format(found=i18n.number(found))
    if partly:
        sentence += counted.translate("Feedback", ", %n more partly", "", COUNT, int(partly))
    if broad:
        if broad == len(flags) == 1:
            sentence += translate("Feedback", ", but your flag covered far more than the red flag")
        elif broad == len(flags):
            sentence += counted.translate(
                "Feedback",
                ", but all %n of your flags covered far more than the red flag",
                "",
                COUNT,
                int(broad),
            )
        else:
            sentence += counted.translate(
                "Feedback",
                ", but {broad} of your %n flags covered far more than the red flag",
                "",
                COUNT,
                len(flags),
            ).format(broad=i18n.number(broad))
    if close:
        sentence += english_singular(
            counted.translate(
                "Feedback",
                "; %n of your flags were close: right sentence, other words",
                "",
                COUNT,
                int(close),
            ),
            close,
            "; 1 of your flags was close: right sentence, other words",
        )
    if invented:
        sentence += english_singular(
            counted.translate(
                "Feedback", "; %n of your flags were not a red flag", "", COUNT, int(invented)
            ),
            invented,
            "; 1 of your flags was not a red flag",
        )
    if spread >= SPREAD_NOTED:
        sentence += translate(
            "Feedback", "; your flags covered {percent}% of the text that was fine"
        ).format(percent=i18n.number(round(100 * spread)))
    return sentence + "."
