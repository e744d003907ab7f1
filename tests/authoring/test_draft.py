"""The editor's draft: re-anchoring, writing sources, reading them back (no Qt involved)."""

from __future__ import annotations

import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.conftest import STARTER, write_article

from spotit.authoring.draft import (
    EXACT,
    FUZZY,
    MOVED,
    ORPHANED,
    ArticleDraft,
    LoadError,
    add_annotation,
    add_article,
    add_category,
    confirm_annotation,
    delete_category,
    duplicate_article,
    file_names,
    load_source_folder,
    move_article,
    move_category,
    new_pack,
    new_uid,
    pack_article,
    rendered,
    replace_article,
    source_layout,
    source_span,
    span_problem,
    synced,
    taxonomy_base,
    update_annotation,
    update_category,
)
from spotit.content.source import read_pack_source
from spotit.core.model import ArticleMeta, PackMeta
from spotit.core.taxonomy import default_taxonomy


def article_with(body: str, headline: str = "Headline") -> ArticleDraft:
    meta = ArticleMeta("demo", headline)
    return ArticleDraft(new_uid(), meta, body, rendered(headline, body).text)


def annotate(article: ArticleDraft, quote: str, category: str = "vague-source"):
    start = article.text.index(quote)
    return add_annotation(article, start, start + len(quote), category)


def edited(article: ArticleDraft, old: str, new: str) -> ArticleDraft:
    return synced(replace(article, body=article.body.replace(old, new)))


def write_files(folder: Path, files: dict[str, str]) -> Path:
    for rel, text in files.items():
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_text(text, encoding="utf-8")
    return folder


# -- re-anchoring as the author types --------------------------------------------------------


BODY = "Experts say the river will run dry by next summer. The minister denied it on Monday."


def test_text_added_before_an_annotation_moves_it_onto_the_same_words():
    article, uid = annotate(article_with(BODY), "the river will run dry")
    after = edited(article, "Experts say", "Many experts say, loudly,")
    ann = after.annotation(uid)
    assert ann.status == MOVED
    assert after.text[ann.start : ann.end] == "the river will run dry"
    assert ann.prefix.endswith("loudly, ")


def test_an_edit_elsewhere_leaves_an_annotation_exact():
    article, uid = annotate(article_with(BODY), "the river will run dry")
    after = edited(article, "on Monday", "on Tuesday")
    assert after.annotation(uid).status == EXACT


def test_a_changed_word_inside_the_quote_proposes_a_passage_and_keeps_the_confirmed_quote():
    article, uid = annotate(article_with(BODY), "the river will run dry by next summer")
    after = edited(article, "next summer", "next autumn")
    ann = after.annotation(uid)
    assert ann.status == FUZZY and 0.8 <= ann.similarity < 1
    assert ann.quote == "the river will run dry by next summer"
    assert after.text[ann.start : ann.end] == "the river will run dry by next autumn"
    confirmed = confirm_annotation(after, uid).annotation(uid)
    assert (confirmed.status, confirmed.quote) == (EXACT, "the river will run dry by next autumn")


def test_a_deleted_passage_orphans_its_annotation_and_keeps_everything_the_author_wrote():
    article, uid = annotate(article_with(BODY), "The minister denied it")
    article = update_annotation(article, uid, explanation="Who?", hint="Which minister?")
    after = edited(article, " The minister denied it on Monday.", "")
    ann = after.annotation(uid)
    assert ann.status == ORPHANED and not ann.has_span
    assert (ann.quote, ann.explanation, ann.hint) == (
        "The minister denied it",
        "Who?",
        "Which minister?",
    )
    # Typing the passage back brings the annotation back onto it.
    back = synced(replace(after, body=BODY))
    assert back.annotation(uid).status in (EXACT, MOVED)


def test_editing_the_headline_re_anchors_the_body_annotations():
    article, uid = annotate(article_with(BODY), "The minister denied it")
    longer = synced(replace(article, meta=replace(article.meta, headline="A much longer headline")))
    ann = longer.annotation(uid)
    assert ann.status == MOVED and longer.text[ann.start : ann.end] == "The minister denied it"


def test_a_passage_across_paragraphs_or_with_edge_spaces_cannot_be_an_annotation():
    article = article_with("One paragraph.\n\nAnother paragraph.")
    across = article.text.index("paragraph.\nAnother")
    assert "paragraphs" in span_problem(article.text, across, across + 18)
    start = article.text.index(" paragraph")
    assert "spaces" in span_problem(article.text, start, start + 5)
    assert span_problem(article.text, start + 1, start + 10) is None


@settings(max_examples=60, deadline=None)
@given(
    words=st.lists(st.text("abcdefghij", min_size=1, max_size=6), min_size=3, max_size=30),
    data=st.data(),
)
def test_a_selection_in_plain_markdown_maps_to_the_same_words_in_the_preview(words, data):
    body = " ".join(words) + "."
    article = article_with(body)
    first = data.draw(st.integers(0, len(words) - 1))
    last = data.draw(st.integers(first, len(words) - 1))
    start = len(" ".join(words[:first])) + (1 if first else 0)
    end = len(" ".join(words[: last + 1]))
    mapped = source_span(article, start, end)
    # The same words, and the occurrence the author selected when they repeat.
    assert article.text[mapped[0] : mapped[1]] == body[start:end]
    assert mapped[0] == len(article.meta.headline) + 1 + start


def test_a_selection_over_markup_maps_to_the_text_learners_see():
    article = article_with("The rocket flew *very* high, [they said](https://example.org).")
    body = article.body
    start = body.index("*very*")
    span = source_span(article, start, body.index(" high") + len(" high"))
    assert article.text[span[0] : span[1]] == "very high"
    start = body.index("[they")
    span = source_span(article, start, body.index(")") + 1)
    assert article.text[span[0] : span[1]] == "they said"
    with pytest.raises(ValueError, match="preview"):
        source_span(article, body.index("](") + 2, body.index(")"))


def test_a_repeated_phrase_selected_in_markdown_maps_to_that_occurrence():
    article = article_with("They said yes.\n\nLater, they said no.\n\nThen they said maybe.")
    at = article.body.index("they said maybe")
    span = source_span(article, at, at + len("they said"))
    assert span[0] == article.text.index("they said maybe")


# -- writing and reading the source folder ------------------------------------------------------


@pytest.fixture
def starter_copy(tmp_path) -> Path:
    return Path(shutil.copytree(STARTER, tmp_path / "starter"))


def test_the_starter_pack_round_trips_through_the_editor_unchanged(starter_copy, tmp_path):
    loaded = load_source_folder(starter_copy)
    assert loaded.problems == [] and loaded.dropped == []
    layout = source_layout(loaded.draft, loaded.file_names)
    assert sorted(layout.files) == sorted(
        [
            "pack.toml",
            *(f"articles/{p.name}" for p in (starter_copy / "articles").glob("*.md")),
            *(f"lessons/{p.name}" for p in (starter_copy / "lessons").glob("*.md")),
            *(f"checks/{p.name}" for p in (starter_copy / "checks").glob("*.toml")),
            *(f"sources/{p.name}" for p in (starter_copy / "sources").glob("*.md")),
        ]
    )
    again = read_pack_source(write_files(tmp_path / "again", layout.files))
    original = read_pack_source(starter_copy)
    assert again.problems == []
    assert again.meta == original.meta and again.categories == original.categories
    assert [(a.meta, a.text, a.annotations, a.notes, a.event) for a in again.articles] == [
        (a.meta, a.text, a.annotations, a.notes, a.event) for a in original.articles
    ]
    assert again.lessons and [(x.category, x.text, x.marks) for x in again.lessons] == [
        (x.category, x.text, x.marks) for x in original.lessons
    ]
    assert again.checks and again.checks == original.checks
    # The web too, and every answer key that names its check (kept through the draft).
    assert again.sources and again.sources == original.sources
    assert any(a.check for x in original.articles for a in (*x.annotations, *x.notes))


def test_a_flag_that_no_longer_anchors_is_kept_and_written_back(tmp_path):
    folder = tmp_path / "pack"
    folder.mkdir()
    (folder / "pack.toml").write_text('id = "p"\ntitle = "P"\nversion = "1"\n', encoding="utf-8")
    write_article(
        folder,
        "01-a.md",
        """
        id = "a"
        headline = "Headline"

        [[flags]]
        quote = "words that are gone"
        category = "vague-source"
        explanation = "Kept."
        hint = "Still here."

        [[flags]]
        quote = "is here"
        category = "filler"
        explanation = "Fine."

        [[flags]]
        category = "filler"
        """,
        "The text is here.\n",
    )
    loaded = load_source_folder(folder)
    (article,) = loaded.draft.articles
    states = {a.quote: a.status for a in article.annotations}
    assert states == {"words that are gone": ORPHANED, "is here": EXACT}
    assert loaded.dropped == [
        f"{folder / 'articles' / '01-a.md'}: flag 3 has no quote and was left out"
    ]
    assert any("quote not found" in p for p in loaded.problems)
    files = source_layout(loaded.draft, loaded.file_names).files
    assert 'quote = "words that are gone"' in files["articles/01-a.md"]
    assert 'hint = "Still here."' in files["articles/01-a.md"]


def test_an_article_file_that_cannot_be_parsed_refuses_to_open(tmp_path):
    folder = tmp_path / "pack"
    folder.mkdir()
    (folder / "pack.toml").write_text('id = "p"\ntitle = "P"\nversion = "1"\n', encoding="utf-8")
    (folder / "articles").mkdir()
    (folder / "articles" / "01-a.md").write_text("+++\nid = \n+++\nBody\n", encoding="utf-8")
    with pytest.raises(LoadError, match=r"01-a\.md: front matter is not valid TOML"):
        load_source_folder(folder)
    (folder / "pack.toml").write_text("id = [", encoding="utf-8")
    with pytest.raises(LoadError, match=r"pack\.toml: cannot be read"):
        load_source_folder(folder)


def test_file_names_are_kept_new_articles_slot_in_and_reordering_renumbers():
    draft = new_pack("p", "P")
    first = draft.articles[0]
    draft, second = add_article(draft)
    names = {first.uid: "010-first.md", second: "020-second.md"}
    assert file_names(draft, names) == names
    draft, third = add_article(draft, at=1)
    assert file_names(draft, names)[third] == "011-new-article-3.md"
    moved = move_article(draft, second, -2)
    renumbered = file_names(moved, names)
    assert [renumbered[a.uid] for a in moved.articles] == [
        "010-new-article-2.md",
        "020-new-article.md",
        "030-new-article-3.md",
    ]


def test_reordered_default_categories_are_written_with_taxonomy_none(tmp_path):
    draft = new_pack("p", "P")
    assert taxonomy_base(draft) == "default"
    draft, added = add_category(draft)
    assert taxonomy_base(draft) == "default"
    draft = move_category(draft, added, -100)
    assert taxonomy_base(draft) == "none"
    article = replace(draft.articles[0], body="Some text here.")
    draft = replace_article(draft, synced(article))
    files = source_layout(draft, {}).files
    read = read_pack_source(write_files(tmp_path / "p", files))
    assert [c.id for c in read.categories] == [c.id for c in draft.categories]


def test_deleting_a_category_in_use_needs_a_destination():
    draft = new_pack("p", "P")
    article, uid = annotate(article_with(BODY), "The minister denied it", "filler")
    draft = replace(draft, articles=(article,))
    with pytest.raises(ValueError, match="in use"):
        delete_category(draft, "filler", None)
    after = delete_category(draft, "filler", "vague-source")
    assert after.category("filler") is None
    assert after.articles[0].annotation(uid).category == "vague-source"


def test_a_new_category_id_is_carried_to_its_annotations():
    draft = new_pack("p", "P")
    article, uid = annotate(article_with(BODY), "The minister denied it", "filler")
    draft = replace(draft, articles=(article,))
    renamed = update_category(draft, "filler", id="padding")
    assert renamed.articles[0].annotation(uid).category == "padding"
    assert [c.id for c in renamed.categories][-1] == "padding"


def test_the_reader_gets_only_confirmed_annotations():
    article, kept = annotate(article_with(BODY), "The minister denied it")
    article, changed = annotate(article, "the river will run dry by next summer")
    article = edited(article, "next summer", "next autumn")
    shown = pack_article(article)
    assert [a.quote for a in shown.annotations] == ["The minister denied it"]
    assert shown.text == article.text


def test_duplicating_an_article_gives_fresh_ids():
    draft = new_pack("p", "P")
    article, _ = annotate(article_with(BODY), "The minister denied it")
    draft = replace(draft, articles=(article,))
    copy_draft, uid = duplicate_article(draft, article.uid)
    copy = copy_draft.article(uid)
    assert copy.meta.id == "demo-copy" and copy_draft.articles[1] is copy
    assert {a.uid for a in copy.annotations}.isdisjoint({a.uid for a in article.annotations})


def test_a_new_pack_has_the_default_categories_and_one_article():
    draft = new_pack("my-pack", "My pack")
    assert draft.meta == PackMeta("my-pack", "My pack", "1.0.0")
    assert list(draft.categories) == default_taxonomy() and len(draft.articles) == 1


@settings(max_examples=80, deadline=None)
@given(
    words=st.lists(
        st.sampled_from(["river", "dry", "minister", "said", "the", "à", "🚀"]),
        min_size=4,
        max_size=24,
    ),
    data=st.data(),
)
def test_after_any_edit_no_annotation_is_lost_and_anchored_ones_sit_on_their_quote(words, data):
    body = " ".join(words)
    article = article_with(body)
    offset = len(article.meta.headline) + 1
    for _ in range(data.draw(st.integers(1, 3))):
        first = data.draw(st.integers(0, len(words) - 1))
        last = data.draw(st.integers(first, min(first + 3, len(words) - 1)))
        start = offset + len(" ".join(words[:first])) + (1 if first else 0)
        end = offset + len(" ".join(words[: last + 1]))
        article, _ = add_annotation(article, start, end, "filler")
    cut = sorted(data.draw(st.lists(st.integers(0, len(body)), min_size=2, max_size=2)))
    inserted = data.draw(st.text(" abcàé🚀", max_size=12))
    after = synced(replace(article, body=body[: cut[0]] + inserted + body[cut[1] :]))
    assert {a.uid for a in after.annotations} == {a.uid for a in article.annotations}
    for annotation in after.annotations:
        if annotation.anchored:
            assert after.text[annotation.start : annotation.end] == annotation.quote
        elif annotation.status == FUZZY:
            assert 0 <= annotation.start < annotation.end <= len(after.text)
        assert annotation.quote in article.text  # the confirmed quote is never rewritten by a guess


def test_opening_a_folder_leaves_out_dot_files(starter_copy):
    articles = starter_copy / "articles"
    real = sorted(articles.glob("*.md"))[0]
    (articles / ".editor-swap.md").write_text(real.read_text(encoding="utf-8"), encoding="utf-8")
    loaded = load_source_folder(starter_copy)
    assert loaded.problems == []  # the swap file is no duplicate of the real article
    assert ".editor-swap.md" not in loaded.file_names.values()
    assert len(loaded.draft.articles) == len(list(articles.glob("[!.]*.md")))
