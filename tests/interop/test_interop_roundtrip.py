"""Export -> import gives back the same texts, spans, labels and explanations, in every format."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.conftest import STARTER

from spotit.content.source import read_pack_source
from spotit.interop import brat, doccano, labelstudio, w3c
from spotit.interop.model import Document, Span
from spotit.interop.packs import documents_from_pack, import_documents
from spotit.store.pack import build_pack, open_pack

FORMATS = {"doccano": doccano, "labelstudio": labelstudio, "brat": brat, "w3c": w3c}

# Texts with what breaks naive tools: CRLF and lone CR, emoji (two UTF-16 units),
# accents, the line separator, tabs and runs of spaces.
text_char = st.one_of(
    st.sampled_from(["\r\n", "\n", "\r", "🚀", "😀", "é", "\u2028", "\t", "  ", " ", "\\", '"']),
    st.characters(exclude_categories=("Cs",)),
)
texts = st.lists(text_char, min_size=1, max_size=40).map("".join)
labels = st.sampled_from(["vague-source", "claim", "x1"])  # exports label with category ids
notes = st.sampled_from(["", "Who says so?", "Two lines:\nsee the **source**."])


@st.composite
def documents(draw, single_line_notes=False):
    docs = []
    for n in range(draw(st.integers(1, 3))):
        text = draw(texts)
        spans = []
        for _ in range(draw(st.integers(0, 6))):  # overlapping and repeated spans included
            start = draw(st.integers(0, len(text) - 1))
            end = draw(st.integers(start + 1, len(text)))
            note = draw(notes)
            if single_line_notes:
                note = note.replace("\n", " ")
            spans.append(Span(start, end, draw(labels), note))
        article = {"id": f"article-{n}", "headline": f"Headline {n}"}
        docs.append(Document(f"article-{n}", text, spans, title=f"Headline {n}", article=article))
    return docs


def same(docs, back):
    assert [d.text for d in back] == [d.text for d in docs]
    for original, read in zip(docs, back, strict=True):
        assert [(s.start, s.end, s.label, s.note) for s in read.spans] == [
            (s.start, s.end, s.label, s.note) for s in original.spans
        ]
        assert read.article == original.article


@pytest.mark.parametrize("name", ["doccano", "labelstudio", "w3c"])
@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(docs=documents())
def test_round_trip(tmp_path, name, docs):
    out = tmp_path / f"export.{name}"
    FORMATS[name].write(docs, out)
    parsed = FORMATS[name].read([out])
    assert parsed.unplaced == []
    same(docs, parsed.documents)


def brat_can_hold(span: Span, text: str) -> bool:
    # brat's lines cannot hold a line break at a span's edge (docs/authoring.md).
    return text[span.start] not in "\r\n" and text[span.end - 1] not in "\r\n"


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(docs=documents(single_line_notes=True))
def test_brat_round_trip(tmp_path, docs):
    for d in docs:
        d.spans = [s for s in d.spans if brat_can_hold(s, d.text)]
    out = tmp_path / "brat"
    for old in out.glob("*") if out.exists() else ():
        old.unlink()
    assert brat.write(docs, out) == []
    parsed = brat.read([out])
    assert parsed.unplaced == []
    same(docs, parsed.documents)


line_text = st.text(
    st.one_of(st.sampled_from("ab 🚀é\t"), st.characters(exclude_categories=("Cs",))), min_size=1
).map(lambda t: t.replace("\r", "").replace("\n", "") or "x")


@settings(
    max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(line_text, st.sampled_from(["\n", "\r\n", "\r", "\n\n", "\r\n\r\n"]), line_text, st.data())
def test_brat_keeps_a_span_across_lines_as_one_span(tmp_path, left, breaks, right, data):
    text = left + breaks + right
    start = data.draw(st.integers(0, len(left) - 1))
    end = data.draw(st.integers(len(left) + len(breaks) + 1, len(text)))
    out = tmp_path / "brat"
    for old in out.glob("*") if out.exists() else ():
        old.unlink()
    brat.write([Document("d", text, [Span(start, end, "claim")])], out)
    parsed = brat.read([out])
    assert [(s.start, s.end) for s in parsed.documents[0].spans] == [(start, end)]
    assert parsed.notes == [] and parsed.unplaced == []


@pytest.fixture(scope="module")
def starter(tmp_path_factory):
    source = read_pack_source(STARTER)
    return build_pack(source, tmp_path_factory.mktemp("starter") / "starter.spotit")


@pytest.mark.parametrize("name", list(FORMATS))
def test_the_starter_pack_survives_export_and_import(tmp_path, starter, name):
    out = tmp_path / ("brat" if name == "brat" else f"starter.{name}")
    with open_pack(starter) as pack:
        docs = documents_from_pack(pack)
        ids = pack.article_ids()
        originals = [pack.article(i) for i in ids]
        FORMATS[name].write(docs, out)
    parsed = FORMATS[name].read([out])
    result = import_documents(parsed, tmp_path / "again.spotit", format_name=name)
    assert result.unplaced == [] and result.articles == ids
    with open_pack(tmp_path / "again.spotit") as again:
        for original in originals:
            article = again.article(original.meta.id)
            assert article.text == original.text
            assert article.meta == original.meta
            assert [b.kind for b in article.blocks][:1] == ["headline"]
            assert [(a.start, a.end, a.category, a.explanation) for a in article.annotations] == [
                (a.start, a.end, a.category, a.explanation) for a in original.annotations
            ]
        names = {c.id: c.name for c in again.categories}
        assert names["vague-source"] == "Vague or anonymous source"
