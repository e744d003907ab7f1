"""Agreement between two authors' answer keys: measures, category table, disagreements."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spotit.core.model import Annotation
from spotit.core.scoring import trim
from spotit.interop.agreement import (
    BOUNDARY,
    CATEGORY,
    ONLY_A,
    ONLY_B,
    CategoryAgreement,
    compare_packs,
    disagreements,
    matched_pairs,
)
from spotit.interop.model import Document, Parsed, Span
from spotit.interop.packs import import_documents
from spotit.store.pack import open_pack

TEXT = "Experts say the cure works. Officials deny it. Sources claim 90% agree."


def span(quote, label, text=TEXT):
    start = text.index(quote)
    return Span(start, start + len(quote), label)


A_SPANS = [
    span("Experts say", "vague"),
    span("the cure works", "claim"),
    span("Officials deny it", "vague"),
    span("90%", "number"),
]
B_SPANS = [
    span("Experts say", "vague"),
    span("the cure works.", "loaded"),  # the full stop is trimmed: the same span
    span("Officials deny", "vague"),
    span("Sources claim", "vague"),
]


def pack(tmp_path, name, documents):
    out = tmp_path / f"{name}.spotit"
    import_documents(Parsed(documents=documents), out, format_name="test")
    return out


@pytest.fixture
def two_authors(tmp_path):
    a = pack(
        tmp_path,
        "a",
        [
            Document("cure", TEXT, A_SPANS),
            Document("only-a", "Only here.", []),
            Document("edited", "Version one.", []),
        ],
    )
    b = pack(
        tmp_path,
        "b",
        [
            Document("cure", TEXT, B_SPANS),
            Document("edited", "Version two.", []),
            Document("only-b", "Only there.", []),
        ],
    )
    return a, b


def test_articles_are_matched_by_id_and_identical_text(two_authors):
    with open_pack(two_authors[0]) as a, open_pack(two_authors[1]) as b:
        report = compare_packs(a, b)
    assert report.compared == ["cure"]
    assert report.only_in_a == ["only-a"] and report.only_in_b == ["only-b"]
    assert report.text_differs == ["edited"]


def test_disagreements_are_listed_in_text_order_with_quotes_and_categories(two_authors):
    with open_pack(two_authors[0]) as a, open_pack(two_authors[1]) as b:
        report = compare_packs(a, b)
    found = [
        (d.kind, d.a and (d.a.quote, d.a.category), d.b and (d.b.quote, d.b.category))
        for d in report.disagreements
    ]
    assert found == [
        (CATEGORY, ("the cure works", "claim"), ("the cure works.", "loaded")),
        (BOUNDARY, ("Officials deny it", "vague"), ("Officials deny", "vague")),
        (ONLY_B, None, ("Sources claim", "vague")),
        (ONLY_A, ("90%", "number"), None),
    ]
    assert {d.article for d in report.disagreements} == {"cure"}


def test_category_table_counts_each_author_and_matched_pairs(two_authors):
    with open_pack(two_authors[0]) as a, open_pack(two_authors[1]) as b:
        report = compare_packs(a, b)
    assert report.categories == [
        CategoryAgreement("claim", "Claim", 1, 0, 0),
        CategoryAgreement("loaded", "Loaded", 0, 1, 0),
        CategoryAgreement("number", "Number", 1, 0, 0),
        CategoryAgreement("vague", "Vague", 2, 3, 2),
    ]


def test_both_directions_use_the_scoring_metric(two_authors):
    with open_pack(two_authors[0]) as a, open_pack(two_authors[1]) as b:
        report = compare_packs(a, b)
    forward, backward = report.a_as_gold, report.b_as_gold
    # Swapping the answer key swaps precision and recall; F1 stays.
    assert forward.spotted.precision == pytest.approx(backward.spotted.recall)
    assert forward.named.recall == pytest.approx(backward.named.precision)
    assert forward.named.f1 == pytest.approx(backward.named.f1)
    # B (learner) against A (key), label-blind: B's spans "Experts say", "the cure works",
    # "Officials deny", "Sources claim"; three lie wholly on A's spans, one on none.
    assert forward.spotted.precision == pytest.approx(3 / 4)
    (article,) = report.articles
    assert (article.article, article.a, article.b) == ("cure", 4, 4)
    assert article.a_as_gold == forward


def test_pack_measures_pool_all_articles(tmp_path):
    # Article 1: both flag the same word. Article 2: only A flags one.
    a = pack(
        tmp_path,
        "a",
        [
            Document("one", "alpha beta", [Span(0, 5, "x")]),
            Document("two", "gamma", [Span(0, 5, "x")]),
        ],
    )
    b = pack(
        tmp_path,
        "b",
        [Document("one", "alpha beta", [Span(0, 5, "x")]), Document("two", "gamma", [])],
    )
    with open_pack(a) as pa, open_pack(b) as pb:
        report = compare_packs(pa, pb)
    # Over the corpus: B has 1 span, all on A's; A has 2 spans, one covered.
    assert report.a_as_gold.spotted.precision == pytest.approx(1.0)
    assert report.a_as_gold.spotted.recall == pytest.approx(0.5)
    assert report.a_as_gold.spotted.f1 == pytest.approx(2 / 3)
    assert [(d.article, d.kind) for d in report.disagreements] == [("two", ONLY_A)]


def test_no_articles_in_common(tmp_path):
    a = pack(tmp_path, "a", [Document("one", "alpha", [])])
    b = pack(tmp_path, "b", [Document("two", "alpha", [])])
    with open_pack(a) as pa, open_pack(b) as pb:
        report = compare_packs(pa, pb)
    assert report.compared == [] and report.a_as_gold is None
    assert report.as_json()["a_as_gold"] is None


def test_matched_pairs_are_one_to_one():
    text = "one two three four"
    a = [Annotation(0, 7, "x", "one two", ""), Annotation(4, 13, "x", "two three", "")]
    b = [Annotation(0, 13, "x", "one two three", "")]
    # Both A spans hit B's span; only one may pair with it, the larger overlap first.
    assert matched_pairs(text, a, b) == [(1, 0)]


# -- properties over random answer keys ------------------------------------------------

WORDS = "Experts say the dam is safe but critics and officials disagree about it today".split()
ARTICLE = " ".join(WORDS)
BOUNDS = [i for i in range(len(ARTICLE) + 1) if i in (0, len(ARTICLE)) or ARTICLE[i] == " "]


@st.composite
def answer_keys(draw):
    annotations = []
    for _ in range(draw(st.integers(0, 6))):
        i = draw(st.integers(0, len(BOUNDS) - 2))
        j = draw(st.integers(i + 1, len(BOUNDS) - 1))
        start = BOUNDS[i] + (1 if i else 0)
        end = BOUNDS[j]
        category = draw(st.sampled_from(["vague", "claim"]))
        annotations.append(Annotation(start, end, category, ARTICLE[start:end], ""))
    return annotations


def spans_of(annotations):
    return [trim(ARTICLE, x.start, x.end) for x in annotations]


@settings(max_examples=300, deadline=None)
@given(answer_keys(), answer_keys())
def test_every_annotation_is_agreed_or_listed_and_kinds_are_consistent(a, b):
    found = disagreements("art", ARTICLE, a, b)
    spans_a, spans_b = spans_of(a), spans_of(b)
    agreed_a = {(s, x.category) for s, x in zip(spans_a, a, strict=True)} & {
        (s, y.category) for s, y in zip(spans_b, b, strict=True)
    }
    listed_a = {id(d.a) for d in found if d.a is not None}
    listed_b = {id(d.b) for d in found if d.b is not None}
    for s, x in zip(spans_a, a, strict=True):
        assert (s, x.category) in agreed_a or id(x) in listed_a
    for s, y in zip(spans_b, b, strict=True):
        assert (s, y.category) in agreed_a or id(y) in listed_b
    for d in found:
        if d.kind == ONLY_A:
            sa = trim(ARTICLE, d.a.start, d.a.end)
            assert all(min(sa[1], t[1]) <= max(sa[0], t[0]) for t in spans_b)
        elif d.kind == ONLY_B:
            sb = trim(ARTICLE, d.b.start, d.b.end)
            assert all(min(sb[1], t[1]) <= max(sb[0], t[0]) for t in spans_a)
        else:
            sa, sb = trim(ARTICLE, d.a.start, d.a.end), trim(ARTICLE, d.b.start, d.b.end)
            assert min(sa[1], sb[1]) > max(sa[0], sb[0])  # they overlap
            if d.kind == CATEGORY:
                assert sa == sb and d.a.category != d.b.category
            else:
                assert d.kind == BOUNDARY and sa != sb


@settings(max_examples=200, deadline=None)
@given(answer_keys())
def test_an_author_agrees_with_themself(a):
    assert disagreements("art", ARTICLE, a, a) == []
    distinct = {(x.start, x.end, x.category) for x in a}
    assert len(matched_pairs(ARTICLE, a, a)) >= len(distinct)
