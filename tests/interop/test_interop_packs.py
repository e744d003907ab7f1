"""Imported documents become articles whose canonical text is the original text, exactly."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spotit.content.blocks import canonical_text
from spotit.content.render import render
from spotit.core.anchoring import context
from spotit.core.taxonomy import DEFAULT_TAXONOMY, Category
from spotit.interop.model import Document, InputError, Parsed, Span
from spotit.interop.packs import (
    PALETTE,
    article_blocks,
    categories_for_new_pack,
    categories_in_pack,
    documents_from_pack,
    import_documents,
    markdown_line,
)
from spotit.store.pack import MAX_ANNOTATIONS_PER_ARTICLE, MAX_FIELD_CHARS, open_pack

# Everything Markdown or Qt would be tempted to change: CRLF, blank lines, runs of spaces,
# tabs, leading spaces, emoji, Markdown and HTML syntax.
raw_char = st.one_of(
    st.sampled_from(["\r\n", "\n", "\r", "  ", "\t", " ", "🚀", "é", "*", "<b>", "&amp;", "#"]),
    st.characters(exclude_categories=("Cs",)),
)
raw_texts = st.lists(raw_char, max_size=30).map("".join)


@settings(max_examples=300, deadline=None)
@given(raw_texts, st.booleans())
def test_blocks_spell_the_text_exactly(text, headline_line):
    blocks = article_blocks(text, headline_line)
    assert canonical_text(blocks) == text
    assert blocks[0].kind == ("headline" if headline_line else "paragraph")
    assert all(b.kind == "paragraph" for b in blocks[1:])


# A plain line Markdown cannot mangle beyond what it always does: one space between words,
# none at the edges.
clean_word = st.text(
    st.one_of(
        st.sampled_from("*_`[]<>&#+-.!()1\\|=~"), st.characters(categories=("L", "N", "P", "S"))
    ),
    min_size=1,
    max_size=8,
).filter(lambda w: w.strip() == w)
clean_lines = st.lists(
    st.lists(clean_word, min_size=1, max_size=6).map(" ".join), min_size=1, max_size=4
)


@settings(max_examples=300, deadline=None)
@given(clean_lines)
def test_markdown_body_renders_back_to_the_same_lines(lines):
    body = "\n\n".join(markdown_line(line) for line in lines) + "\n"
    assert [b.text for b in render("", body).blocks] == lines


def doc(text, spans, **kw):
    return Document(kw.pop("key", "doc"), text, spans, kw.pop("where", "input:1"), **kw)


def build(tmp_path, documents, **kw):
    out = tmp_path / "imported.spotit"
    parsed = Parsed(documents=documents)
    result = import_documents(parsed, out, format_name="test", **kw)
    return result, open_pack(out)


TEXT = "Rocket 🚀 scientists stunned\r\n\r\nExperts say   it failed.\n\tIndented line."


def test_imported_article_keeps_text_spans_and_context(tmp_path):
    start = TEXT.index("Experts say")
    spans = [Span(start, start + 11, "Vague source", "Who?"), Span(0, 14, "Loud headline")]
    result, pack = build(tmp_path, [doc(TEXT, spans, key="Launch Report")], title="Imported")
    article = pack.article("launch-report")
    assert article.text == TEXT
    assert [(a.start, a.end, a.category, a.quote, a.explanation) for a in article.annotations] == [
        (0, 14, "loud-headline", "Rocket 🚀 scien", ""),
        (start, start + 11, "vague-source", "Experts say", "Who?"),
    ]
    ann = article.annotations[1]
    assert (ann.prefix, ann.suffix) == context(TEXT, start, start + 11)
    assert article.meta.headline == "Rocket 🚀 scientists stunned"  # first line, no title given
    assert article.meta.kind == "misinformation"
    assert [b.kind for b in article.blocks] == ["paragraph"] * 4
    assert pack.meta.title == "Imported" and pack.taxonomy_base == "none"
    assert [(c.id, c.name, c.color) for c in pack.categories] == [
        ("vague-source", "Vague source", PALETTE[0]),
        ("loud-headline", "Loud headline", PALETTE[1]),
    ]
    assert result.articles == ["launch-report"] and result.annotations == 2
    pack.close()


def test_a_title_equal_to_the_first_line_becomes_the_headline_block(tmp_path):
    title = "Rocket 🚀 scientists stunned"
    text = f"{title}\nBody line."
    _, pack = build(tmp_path, [doc(text, [], title=title)])
    article = pack.article("doc")
    assert [b.kind for b in article.blocks] == ["headline", "paragraph"]
    assert article.meta.kind == "credible"  # no red flags
    assert article.body == "Body line.\n"
    pack.close()


def test_spotit_metadata_is_restored(tmp_path):
    meta = {
        "id": "rocket",
        "headline": "Rocket!",
        "outlet": "Daily",
        "difficulty": 3,
        "kind": "satire",
        "tags": ["space"],
        "headline_in_text": False,
    }
    _, pack = build(tmp_path, [doc("Rocket!\nBody", [], title="Rocket!", article=meta)])
    article = pack.article("rocket")
    assert (article.meta.outlet, article.meta.difficulty, article.meta.kind, article.meta.tags) == (
        "Daily",
        3,
        "satire",
        ("space",),
    )
    assert article.blocks[0].kind == "paragraph"  # the export said the headline is not in the text
    pack.close()


def test_duplicates_are_kept_once_and_oversized_spans_reported(tmp_path):
    text = "x" * (MAX_FIELD_CHARS + 10)
    spans = [Span(0, 5, "a"), Span(0, 5, "a"), Span(0, MAX_FIELD_CHARS + 1, "a", where="f:9")]
    result, pack = build(tmp_path, [doc(text, spans)])
    assert len(pack.article("doc").annotations) == 1
    assert result.notes == [
        "input:1: 1 duplicate annotation(s) (same span, same category) kept once"
    ]
    assert [str(u) for u in result.unplaced] == [
        f"f:9: not placed: span longer than {MAX_FIELD_CHARS} characters "
        f"(label 'a', text '{'x' * 77}...')"
    ]
    pack.close()


def test_too_many_annotations_in_one_article_are_reported(tmp_path):
    text = "word " * 2000
    spans = [Span(i, i + 1 + (i % 3), "a") for i in range(MAX_ANNOTATIONS_PER_ARTICLE + 2)]
    result, pack = build(tmp_path, [doc(text, spans)])
    assert len(pack.article("doc").annotations) == MAX_ANNOTATIONS_PER_ARTICLE
    assert len(result.unplaced) == 2
    assert (
        result.unplaced[0].reason
        == f"more than {MAX_ANNOTATIONS_PER_ARTICLE} annotations in one article"
    )
    pack.close()


def test_new_pack_categories():
    to_id, cats = categories_for_new_pack(
        ["Vague source", "vague-source", "Claim", "Claim 2", "filler"],
        {"Claim 2": "claim-x", "Claim": "claim-x"},
    )
    assert to_id == {
        "Vague source": "vague-source",
        "vague-source": "vague-source-2",
        "Claim": "claim-x",
        "Claim 2": "claim-x",
        "filler": "filler",
    }
    default_filler = next(c for c in DEFAULT_TAXONOMY if c.id == "filler")
    assert cats == [
        Category("vague-source", "Vague source", "", "", PALETTE[0]),
        Category("vague-source-2", "vague-source", "", "", PALETTE[1]),
        Category("claim-x", "Claim", "", "", PALETTE[2]),
        default_filler,  # SpotIt's own exports label with category ids
    ]
    with pytest.raises(InputError, match="--map A=Not Valid: 'Not Valid' is not a category id"):
        categories_for_new_pack(["A"], {"A": "Not Valid"})


EXISTING = [
    Category("vague-source", "Vague or anonymous source", "", "", "#000000"),
    Category("loaded-language", "Loaded language", "", "", "#000000"),
]


def test_labels_fit_an_existing_pack_by_id_slug_name_or_map():
    to_id = categories_in_pack(
        ["vague-source", "Loaded Language", "VAGUE SOURCE", "Emotive"],
        {"Emotive": "loaded-language"},
        EXISTING,
        "p",
    )
    assert to_id == {
        "vague-source": "vague-source",
        "Loaded Language": "loaded-language",
        "VAGUE SOURCE": "vague-source",
        "Emotive": "loaded-language",
    }


def test_unmapped_labels_are_refused_and_listed():
    with pytest.raises(InputError) as error:
        categories_in_pack(["Emotive", "vague-source", "Hype"], {}, EXISTING, "p.spotit")
    assert str(error.value) == (
        "p.spotit has no category for the label(s) 'Emotive', 'Hype': add --map LABEL=CATEGORY "
        "for each (categories: loaded-language, vague-source)"
    )
    with pytest.raises(InputError, match="--map Emotive=nope: p has no category 'nope'"):
        categories_in_pack(["Emotive"], {"Emotive": "nope"}, EXISTING, "p")


def test_import_into_an_existing_pack_adds_articles_and_keeps_everything(tmp_path, built_pack):
    with open_pack(built_pack) as pack:
        before = pack.article("rocket")
        categories = pack.categories
    text = "Rocket news: experts say so."
    start = text.index("experts say")
    documents = [doc(text, [Span(start, start + 11, "Vague or anonymous source")], key="rocket")]
    out = tmp_path / "merged.spotit"
    result = import_documents(Parsed(documents=documents), out, format_name="t", into=built_pack)
    assert result.notes == ["input:1: article id 'rocket' was taken; imported as 'rocket-2'"]
    with open_pack(out) as merged:
        assert merged.article_ids() == ["rocket", "rocket-2"]
        assert merged.article("rocket") == before
        assert merged.categories == categories and merged.meta.id == "demo"
        assert [a.category for a in merged.article("rocket-2").annotations] == ["vague-source"]


def test_import_into_refuses_unmapped_labels_and_writes_nothing(tmp_path, built_pack):
    out = tmp_path / "merged.spotit"
    with pytest.raises(InputError, match="no category for the label"):
        import_documents(
            Parsed(documents=[doc("abc", [Span(0, 1, "Hype")])]),
            out,
            format_name="t",
            into=built_pack,
        )
    assert not out.exists()


def test_a_pack_without_labels_still_has_a_category(tmp_path):
    _, pack = build(tmp_path, [doc("A credible text.", [])])
    assert [c.id for c in pack.categories] == ["flag"]
    assert pack.article("doc").meta.kind == "credible"
    pack.close()


def test_documents_from_a_pack_carry_its_metadata(built_pack):
    with open_pack(built_pack) as pack:
        (document,) = documents_from_pack(pack)
        article = pack.article("rocket")
    assert document.text == article.text and document.key == "rocket"
    assert [(s.start, s.end, s.label, s.note) for s in document.spans] == [
        (a.start, a.end, a.category, a.explanation) for a in article.annotations
    ]
    assert document.article["headline_in_text"] is True
    assert document.article["difficulty"] == 2 and document.article["tags"] == ["science"]


random_text = st.text(
    st.one_of(st.sampled_from("ab \n\r🚀é."), st.characters(exclude_categories=("Cs",))),
    min_size=1,
    max_size=50,
)


@st.composite
def documents(draw):
    docs = []
    for n in range(draw(st.integers(1, 3))):
        text = draw(random_text)
        spans = []
        for _ in range(draw(st.integers(0, 5))):
            start = draw(st.integers(0, len(text) - 1))
            end = draw(st.integers(start + 1, len(text)))
            spans.append(Span(start, end, draw(st.sampled_from(["Claim", "Vague source", "Ünï"]))))
        docs.append(Document(f"d{n}", text, spans, f"f:{n}"))
    return docs


@settings(max_examples=40, deadline=None)
@given(documents())
def test_any_imported_pack_opens_and_holds_the_exact_texts_and_spans(tmp_path_factory, docs):
    out = tmp_path_factory.mktemp("imp") / "p.spotit"
    import_documents(Parsed(documents=docs), out, format_name="t")
    with open_pack(out) as pack:
        for document, article_id in zip(docs, pack.article_ids(), strict=True):
            article = pack.article(article_id)  # checks blocks, offsets and quotes
            assert article.text == document.text
            expected = sorted({(s.start, s.end, s.label) for s in document.spans})
            names = {c.id: c.name for c in pack.categories}
            assert (
                sorted((a.start, a.end, names[a.category]) for a in article.annotations) == expected
            )
