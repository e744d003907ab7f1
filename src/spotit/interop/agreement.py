"""How far two authors agree on the red flags of the same articles.

Each author's annotations are scored against the other's with SpotIt's own metric
(docs/scoring.md): once with author A as the answer key and B as the "learner", once
the other way round, both label-blind (*spotted*) and label-aware (*named*). Spans are
trimmed as the scorer trims them. A per-category table counts each author's
annotations and the pairs they share, and a list of disagreements (a span only one
author flagged, the same span with different categories, spans that overlap only
partly) is what a curator goes through. Pure Python, no Qt: the command line and the
pack editor both show it.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from spotit.core.article import PackArticle
from spotit.core.model import Annotation
from spotit.core.scoring import HIT_OVERLAP, Prf, score, trim
from spotit.core.taxonomy import Category
from spotit.store.pack import Pack, open_pack


class PackLike(Protocol):
    """What comparing needs of a pack: its categories and its articles by id."""

    categories: list[Category]

    def article_ids(self) -> list[str]: ...

    def article(self, article_id: str) -> PackArticle: ...


#: Kinds of disagreement, in the order a curator usually settles them.
ONLY_A, ONLY_B, CATEGORY, BOUNDARY = "only-a", "only-b", "category", "boundary"


@dataclass(frozen=True)
class Direction:
    """One author's annotations scored with the other author's as the answer key."""

    spotted: Prf
    named: Prf

    def as_json(self) -> dict:
        return {"spotted": self.spotted.as_dict(), "named": self.named.as_dict()}


@dataclass(frozen=True)
class Disagreement:
    """A passage the two authors did not flag the same way."""

    article: str
    kind: str  # ONLY_A, ONLY_B, CATEGORY (same span) or BOUNDARY (partial overlap)
    a: Annotation | None
    b: Annotation | None

    def as_json(self) -> dict:
        def side(ann: Annotation | None) -> dict | None:
            if ann is None:
                return None
            return {
                "start": ann.start,
                "end": ann.end,
                "category": ann.category,
                "quote": ann.quote,
            }

        return {"article": self.article, "kind": self.kind, "a": side(self.a), "b": side(self.b)}


@dataclass(frozen=True)
class CategoryAgreement:
    """How often each author used a category, and how many of those they share."""

    category: str
    name: str
    a: int
    b: int
    matched: int  # one-to-one pairs of A and B annotations of this category that overlap


@dataclass(frozen=True)
class ArticleAgreement:
    article: str
    a: int  # annotations by A
    b: int
    a_as_gold: Direction
    b_as_gold: Direction


@dataclass
class AgreementReport:
    """Everything ``spotit pack agree`` shows."""

    compared: list[str] = field(default_factory=list)
    only_in_a: list[str] = field(default_factory=list)
    only_in_b: list[str] = field(default_factory=list)
    text_differs: list[str] = field(default_factory=list)
    a_as_gold: Direction | None = None
    b_as_gold: Direction | None = None
    articles: list[ArticleAgreement] = field(default_factory=list)
    categories: list[CategoryAgreement] = field(default_factory=list)
    disagreements: list[Disagreement] = field(default_factory=list)

    def as_json(self) -> dict:
        return {
            "articles": {
                "compared": self.compared,
                "only_in_a": self.only_in_a,
                "only_in_b": self.only_in_b,
                "text_differs": self.text_differs,
            },
            "a_as_gold": self.a_as_gold.as_json() if self.a_as_gold else None,
            "b_as_gold": self.b_as_gold.as_json() if self.b_as_gold else None,
            "per_article": [
                {
                    "id": x.article,
                    "a": x.a,
                    "b": x.b,
                    "a_as_gold": x.a_as_gold.as_json(),
                    "b_as_gold": x.b_as_gold.as_json(),
                }
                for x in self.articles
            ],
            "categories": [c.__dict__ for c in self.categories],
            "disagreements": [d.as_json() for d in self.disagreements],
        }


def _direction(text: str, gold: Sequence[Annotation], other: Sequence[Annotation]) -> Direction:
    report = score(text, gold, other)
    return Direction(report.spotted, report.named)


def _span(text: str, ann: Annotation) -> tuple[int, int]:
    return trim(text, ann.start, ann.end) or (ann.start, ann.end)


def _overlap(x: tuple[int, int], y: tuple[int, int]) -> int:
    return max(0, min(x[1], y[1]) - max(x[0], y[0]))


def _hits(x: tuple[int, int], y: tuple[int, int]) -> bool:
    """Overlap by at least half the shorter span: the scorer's rule for a flag hitting a red flag."""
    shared = _overlap(x, y)
    return shared > 0 and shared >= HIT_OVERLAP * min(x[1] - x[0], y[1] - y[0])


def matched_pairs(
    text: str, a: Sequence[Annotation], b: Sequence[Annotation]
) -> list[tuple[int, int]]:
    """One-to-one pairs (index in a, index in b) of the same category that hit each other,
    the largest overlaps paired first."""
    spans_a = [_span(text, x) for x in a]
    spans_b = [_span(text, y) for y in b]
    candidates = sorted(
        (-_overlap(spans_a[i], spans_b[j]), i, j)
        for i in range(len(a))
        for j in range(len(b))
        if a[i].category == b[j].category and _hits(spans_a[i], spans_b[j])
    )
    used_a: set[int] = set()
    used_b: set[int] = set()
    pairs = []
    for _, i, j in candidates:
        if i not in used_a and j not in used_b:
            used_a.add(i)
            used_b.add(j)
            pairs.append((i, j))
    return pairs


def _best_partner(
    span: tuple[int, int], category: str, others: Sequence[Annotation], spans: list[tuple[int, int]]
) -> int | None:
    """The other author's annotation that best matches ``span``: the same span first, then
    the same category, then the largest overlap; None if none overlaps."""
    overlapping = [k for k in range(len(others)) if _overlap(span, spans[k]) > 0]
    if not overlapping:
        return None
    return max(
        overlapping,
        key=lambda k: (
            spans[k] == span,
            others[k].category == category,
            _overlap(span, spans[k]),
            -k,
        ),
    )


def disagreements(
    article: str, text: str, a: Sequence[Annotation], b: Sequence[Annotation]
) -> list[Disagreement]:
    """Every passage the authors flagged differently, in text order."""
    spans_a = [_span(text, x) for x in a]
    spans_b = [_span(text, y) for y in b]
    keys_a = {(spans_a[i], x.category) for i, x in enumerate(a)}
    keys_b = {(spans_b[j], y.category) for j, y in enumerate(b)}
    found: dict[tuple[int | None, int | None], str] = {}
    for i, ann in enumerate(a):
        if (spans_a[i], ann.category) in keys_b:
            continue  # both flagged it the same way
        j = _best_partner(spans_a[i], ann.category, b, spans_b)
        if j is None:
            found[(i, None)] = ONLY_A
        else:
            found[(i, j)] = CATEGORY if spans_a[i] == spans_b[j] else BOUNDARY
    reported_b = {j for _, j in found}
    for j, ann in enumerate(b):
        if (spans_b[j], ann.category) in keys_a or j in reported_b:
            continue
        i = _best_partner(spans_b[j], ann.category, a, spans_a)
        if i is None:
            found[(None, j)] = ONLY_B
        else:
            found[(i, j)] = CATEGORY if spans_a[i] == spans_b[j] else BOUNDARY

    def start(pair: tuple[int | None, int | None]) -> tuple[int, int, int]:
        i, j = pair
        starts = ([spans_a[i][0]] if i is not None else []) + (
            [spans_b[j][0]] if j is not None else []
        )
        return min(starts), -1 if i is None else i, -1 if j is None else j

    return [
        Disagreement(
            article,
            found[pair],
            None if pair[0] is None else a[pair[0]],
            None if pair[1] is None else b[pair[1]],
        )
        for pair in sorted(found, key=start)
    ]


def compare_packs(pack_a: PackLike, pack_b: PackLike) -> AgreementReport:
    """Compare the answer keys of the articles the two packs share (same id, same text)."""
    report = AgreementReport()
    ids_a, ids_b = pack_a.article_ids(), pack_b.article_ids()
    in_b = set(ids_b)
    report.only_in_a = [i for i in ids_a if i not in in_b]
    report.only_in_b = [i for i in ids_b if i not in set(ids_a)]
    names = {c.id: c.name for c in pack_b.categories} | {c.id: c.name for c in pack_a.categories}
    # All compared articles end to end (a line break between two never lies in a span):
    # the pack-wide measures are the metric over the whole corpus, as SemEval computes it.
    corpus: list[str] = []
    corpus_a: list[Annotation] = []
    corpus_b: list[Annotation] = []
    offset = 0
    counts: dict[str, list[int]] = {}
    for article_id in ids_a:
        if article_id not in in_b:
            continue
        article_a, article_b = pack_a.article(article_id), pack_b.article(article_id)
        if article_a.text != article_b.text:
            report.text_differs.append(article_id)
            continue
        text, a, b = article_a.text, article_a.annotations, article_b.annotations
        report.compared.append(article_id)
        report.articles.append(
            ArticleAgreement(
                article_id, len(a), len(b), _direction(text, a, b), _direction(text, b, a)
            )
        )
        report.disagreements += disagreements(article_id, text, a, b)
        for ann in a:
            counts.setdefault(ann.category, [0, 0, 0])[0] += 1
        for ann in b:
            counts.setdefault(ann.category, [0, 0, 0])[1] += 1
        for i, _ in matched_pairs(text, a, b):
            counts[a[i].category][2] += 1
        corpus.append(text)
        corpus_a += [_shifted(x, offset) for x in a]
        corpus_b += [_shifted(x, offset) for x in b]
        offset += len(text) + 1
    if report.compared:
        whole = "\n".join(corpus)
        report.a_as_gold = _direction(whole, corpus_a, corpus_b)
        report.b_as_gold = _direction(whole, corpus_b, corpus_a)
    report.categories = [
        CategoryAgreement(cid, names.get(cid, cid), *counts[cid]) for cid in sorted(counts)
    ]
    return report


def _shifted(ann: Annotation, offset: int) -> Annotation:
    return Annotation(ann.start + offset, ann.end + offset, ann.category, ann.quote, "")


# -- what the agreement view shows ---------------------------------------------------------

#: The columns of the disagreements CSV, for a curator's spreadsheet.
CSV_COLUMNS = (
    "article",
    "kind",
    "a_start",
    "a_end",
    "a_category",
    "a_quote",
    "b_start",
    "b_end",
    "b_category",
    "b_quote",
)


@dataclass
class Comparison:
    """A report and what showing its disagreements needs."""

    report: AgreementReport
    articles: dict[str, PackArticle]  # the compared articles (same text in both packs)
    names: dict[str, str]  # category id -> name, from both packs


def compare(a: Path | PackLike, b_path: Path) -> Comparison:
    """Compare pack A (a pack file, or anything that reads like a pack, such as an
    editor's draft) with the pack file ``b_path``."""
    with open_pack(b_path) as pack_b:
        if isinstance(a, Path):
            with open_pack(a) as pack_a:
                return _comparison(pack_a, pack_b)
        return _comparison(a, pack_b)


def _comparison(pack_a: PackLike, pack_b: Pack) -> Comparison:
    report = compare_packs(pack_a, pack_b)
    articles = {i: pack_a.article(i) for i in report.compared}
    names = {c.id: c.name for c in pack_b.categories} | {c.id: c.name for c in pack_a.categories}
    return Comparison(report, articles, names)


def disagreements_csv(disagreements: list[Disagreement]) -> str:
    """The disagreements as CSV, one row each, for a curator's spreadsheet."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for d in disagreements:
        row: list[object] = [d.article, d.kind]
        for side in (d.a, d.b):
            row += (
                ["", "", "", ""]
                if side is None
                else [side.start, side.end, side.category, side.quote]
            )
        writer.writerow(row)
    return out.getvalue()
