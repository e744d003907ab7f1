"""Imported documents become articles through the one rendering every article goes through:
the text Markdown can hold is kept exactly, the rest is normalised once and spans move with it."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spotit.content.render import render
from spotit.core.anchoring import context, normalise_quote
from spotit.core.taxonomy import DEFAULT_TAXONOMY, Category, category_problem
from spotit.interop.model import Document, InputError, Parsed, Span
from spotit.interop.packs import (
    PALETTE,
    categories_for_new_pack,
    categories_in_pack,
    documents_from_pack,
    import_documents,
    markdown_line,
    render_import,
)
from spotit.store.pack import MAX_ANNOTATIONS_PER_ARTICLE, MAX_FIELD_CHARS, open_pack

# Everything Markdown or Qt would be tempted to change: CRLF, blank lines, runs of spaces,
# tabs, leading spaces, emoji, Markdown and HTML syntax, control characters.
raw_char = st.one_of(
    st.sampled_from(["\r\n", "\n", "\r", "  ", "\t", " ", "🚀", "é", "*", "<b>", "&amp;", "#"]),
    st.characters(exclude_categories=("Cs",)),
)
raw_texts = st.lists(raw_char, max_size=30).map("".join)


def visible(text: str) -> str:
    """What no rendering may change: the characters that are not whitespace or controls."""
    return "".join(c for c in text if c.isprintable() and not c.isspace())


@settings(max_examples=300, deadline=None)
@given(raw_texts, st.text(max_size=10))
def test_rendering_an_imported_text_keeps_every_visible_character(text, title):
    rendered = render_import(Document("k", text, [], "in:1", title))
    if rendered is None:  # nothing left to read
        assert not visible(text)
        return
    assert rendered.text == render(rendered.headline, rendered.body).text
    assert visible(rendered.text) == visible(rendered.text[: rendered.added] + text)
    kept = [p for p in rendered.kept if p >= 0]
    assert kept == sorted(set(kept))  # characters stay in order


clean_line = st.lists(
    st.text(st.characters(categories=("L", "N", "P", "S")), min_size=1, max_size=8).filter(
        lambda w: visible(w) == w
    ),
    min_size=1,
    max_size=5,
).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(st.lists(clean_line, min_size=2, max_size=5), st.lists(st.integers(1, 3), min_size=4))
def test_a_text_markdown_can_hold_is_kept_exactly(lines, breaks):
    # Lines without edge spaces, runs of spaces, CRs or control characters, joined by one
    # or more line ends: the rendered text is the text, so every offset stays.
    text = lines[0] + "\n" + lines[1]  # the headline is a block of its own: one line end
    for line, n in zip(lines[2:], breaks, strict=False):
        text += "\n" * n + line
    rendered = render_import(Document("k", text, [], "in:1"))
    assert rendered.text == text and rendered.added == 0 and -1 not in rendered.kept


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


def test_imported_article_is_normalised_once_and_its_spans_move_with_it(tmp_path):
    start = TEXT.index("Experts say")
    spans = [Span(start, start + 11, "Vague source", "Who?"), Span(0, 14, "Loud headline")]
    result, pack = build(tmp_path, [doc(TEXT, spans, key="Launch Report")], title="Imported")
    article = pack.article("launch-report")
    # The first line is the headline; CRLF, the blank line after the headline, the run of
    # spaces and the tab are what Markdown cannot keep.
    text = "Rocket 🚀 scientists stunned\nExperts say it failed.\nIndented line."
    assert article.text == text
    moved = text.index("Experts say")
    assert [(a.start, a.end, a.category, a.quote, a.explanation) for a in article.annotations] == [
        (
            0,
            14,
            "loud-headline",
            "Rocket 🚀 scien",
            "Marked “Loud headline” in test; no explanation was given.",
        ),
        (moved, moved + 11, "vague-source", "Experts say", "Who?"),
    ]
    ann = article.annotations[1]
    assert (ann.prefix, ann.suffix) == context(text, moved, moved + 11)
    assert article.meta.headline == "Rocket 🚀 scientists stunned"  # first line, no title given
    assert article.meta.kind == "misinformation"
    assert [b.kind for b in article.blocks] == ["headline", "paragraph", "paragraph"]
    assert pack.meta.title == "Imported" and pack.taxonomy_base == "none"
    assert [(c.id, c.name, c.color) for c in pack.categories] == [
        ("vague-source", "Vague source", PALETTE[0]),
        ("loud-headline", "Loud headline", PALETTE[1]),
    ]
    assert result.articles == ["launch-report"] and result.annotations == 2
    assert result.notes == [
        "input:1: Markdown keeps no CR line ends, runs of spaces, tabs, blank lines at the "
        "edges or control characters: the text was normalised once (6 character(s) dropped "
        "or made one space) and 1 annotation(s) moved with it",
        "input:1: 1 annotation(s) had no explanation and were given one naming their label; "
        "write real ones in the pack editor",
    ]
    pack.close()


def test_blank_lines_between_paragraphs_are_kept_as_line_breaks(tmp_path):
    text = "Headline\nFirst *paragraph*.\n\n\n# Not a heading\n1. Not a list"
    start = text.index("# Not")
    _, pack = build(tmp_path, [doc(text, [Span(start, start + 5, "Claim", "Why")])])
    article = pack.article("doc")
    assert article.text == text
    assert [(a.start, a.quote) for a in article.annotations] == [(start, "# Not")]
    assert [b.kind for b in article.blocks] == ["headline", "paragraph", "paragraph"]
    assert article.body == (
        "First \\*paragraph\\*.<br /><br /><br />\\# Not a heading\n\n1\\. Not a list\n"
    )
    pack.close()


def test_a_one_line_text_gets_a_headline_before_it_and_the_offsets_move(tmp_path):
    text = "Tea cures diabetes, a doctor said."
    result, pack = build(tmp_path, [doc(text, [Span(0, 3, "Claim", "Says who?")], title="Tea")])
    article = pack.article("doc")
    assert article.text == "Tea\n" + text
    assert [(a.start, a.end, a.quote) for a in article.annotations] == [(4, 7, "Tea")]
    assert result.notes == [
        "input:1: the text holds no headline line; 'Tea' was put before it, so its offsets are 4 higher"
    ]
    pack.close()


def test_spans_a_pack_cannot_hold_are_reported_not_placed(tmp_path):
    text = "Headline\nOne line.\nTwo line.\n\t\nEnd."
    spans = [Span(text.index("line."), text.index("Two") + 3, "Claim", "x"), Span(28, 30, "Claim")]
    result, pack = build(tmp_path, [doc(text, spans)])
    assert pack.article("doc").annotations == []
    assert [u.reason for u in result.unplaced] == [
        "runs across a line break; a pack's red flags stay within one paragraph",
        "covers only spaces, line breaks or control characters",
    ]
    pack.close()


def test_a_text_with_nothing_to_read_is_not_imported(tmp_path):
    result, pack = build(tmp_path, [doc("Kept\nbody", []), doc(" \r\n\x00 ", [], key="empty")])
    assert pack.article_ids() == ["doc"]
    assert "input:1: no text to read; not imported" in result.skipped
    pack.close()


def test_a_text_too_crowded_with_markup_is_skipped_with_a_note_and_the_rest_imported(tmp_path):
    # 1,500 "*a*" pairs in one line: Markdown is not rendered for that much markup, so the
    # text cannot become an article; the other documents of the file still do.
    crowded = doc("Title\n" + "*a* " * 1500, [], key="crowded")
    result, pack = build(tmp_path, [doc("Kept\nbody", []), crowded])
    assert pack.article_ids() == ["doc"]
    assert any("markup characters" in n and n.endswith("not imported") for n in result.skipped)
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
    # The export said the headline is not in the text: it is put before it.
    assert article.text == "Rocket!\nRocket!\nBody"
    assert (article.meta.outlet, article.meta.difficulty, article.meta.kind, article.meta.tags) == (
        "Daily",
        3,
        "satire",
        ("space",),
    )
    assert [b.kind for b in article.blocks] == ["headline", "paragraph", "paragraph"]
    pack.close()


def test_duplicates_are_kept_once_and_oversized_spans_reported(tmp_path):
    text = "x" * (MAX_FIELD_CHARS + 10)
    spans = [Span(0, 5, "a"), Span(0, 5, "a"), Span(0, MAX_FIELD_CHARS + 1, "a", where="f:9")]
    result, pack = build(tmp_path, [doc(text, spans)])
    assert len(pack.article("doc").annotations) == 1
    assert "input:1: 1 duplicate annotation(s) (same span, same category) kept once" in result.notes
    assert [str(u) for u in result.unplaced] == [
        f"f:9: not placed: span longer than {MAX_FIELD_CHARS} characters "
        f"(label 'a', text '{'x' * 77}...')"
    ]
    pack.close()


def test_too_many_annotations_in_one_article_are_reported(tmp_path):
    text = "w" * 10_000
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
    assert [(c.id, c.name, c.color) for c in cats] == [
        ("vague-source", "Vague source", PALETTE[0]),
        # reads like "Vague source": kept as written, so the two can be told apart
        ("vague-source-2", "vague-source", PALETTE[1]),
        ("claim-x", "Claim", PALETTE[2]),
        ("filler", default_filler.name, default_filler.color),
    ]
    assert cats[3] == default_filler  # SpotIt's own exports label with category ids
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
    assert result.notes[0] == "input:1: article id 'rocket' was taken; imported as 'rocket-2'"
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
def test_any_imported_pack_opens_and_keeps_what_each_span_covers(tmp_path_factory, docs):
    out = tmp_path_factory.mktemp("imp") / "p.spotit"
    result = import_documents(Parsed(documents=docs), out, format_name="t")
    not_placed = {(u.label, u.text) for u in result.unplaced}
    with open_pack(out) as pack:
        names = {c.id: c.name for c in pack.categories}
        for article_id in pack.article_ids():
            article = pack.article(article_id)  # checks blocks, offsets and quotes
            document = docs[int(article_id.removeprefix("d"))]
            assert visible(article.text).endswith(visible(document.text))
            for a in article.annotations:
                # A pack's quote has no edge spaces and no line break (a source could not
                # anchor it), and covers the visible characters of an imported span.
                assert a.quote == normalise_quote(a.quote)
                assert any(
                    names[a.category] == s.label
                    and visible(document.text[s.start : s.end]) == visible(a.quote)
                    for s in document.spans
                )
            for s in document.spans:
                covered = document.text[s.start : s.end]
                placed = any(
                    names[a.category] == s.label and visible(a.quote) == visible(covered)
                    for a in article.annotations
                )
                assert placed or (s.label, covered) in not_placed


def test_an_unmapped_label_becomes_a_readable_category_of_its_own():
    labels = ["Appeal_to_Authority", "APPEAL_TO_FEAR", "sensational-headline", "WHO_quote"]
    labels += [f"label_{n}" for n in range(30)]  # more labels than the palette has colours
    to_id, cats = categories_for_new_pack(labels, {}, "Label Studio")
    by_id = {c.id: c for c in cats}
    assert to_id["Appeal_to_Authority"] == "appeal-to-authority"
    assert by_id["appeal-to-authority"].name == "Appeal to authority"
    assert by_id["appeal-to-fear"].name == "Appeal to fear"
    assert by_id["who-quote"].name == "WHO quote"
    assert by_id["label-0"].name == "Label 0"
    colors = [c.color.lower() for c in cats]
    assert len(set(colors)) == len(cats)  # a default's colour is not given to another
    for c in cats:
        assert c.description.strip() and c.how_to_check.strip(), c
        assert category_problem(c.id, c.color) is None
    appeal = by_id["appeal-to-authority"]
    assert "“Appeal_to_Authority” in Label Studio" in appeal.description
    assert "import" in appeal.how_to_check


def test_a_pack_of_unlabelled_texts_gets_a_category_with_no_empty_field(tmp_path):
    docs = [Document("d", "Head\nA calm report.", [], "in:1")]
    out = tmp_path / "plain.spotit"
    import_documents(Parsed(documents=docs), out, format_name="doccano")
    with open_pack(out) as pack:
        (category,) = pack.categories
    assert category.name == "Red flag"
    assert category.description.strip() and category.how_to_check.strip()
