"""Live validation says what `spotit pack validate` says, and knows where each problem is."""

from __future__ import annotations

from dataclasses import replace

import pytest

from spotit.authoring.draft import (
    PackDraft,
    add_annotation,
    add_article,
    delete_article,
    new_pack,
    replace_article,
    source_layout,
    synced,
    update_annotation,
)
from spotit.authoring.validation import Target, check
from spotit.cli import main
from spotit.content.source import read_pack_source_files
from spotit.core.taxonomy import Category


def body_article(draft: PackDraft, uid: int, body: str) -> PackDraft:
    return replace_article(draft, synced(replace(draft.article(uid), body=body)))


@pytest.fixture
def broken() -> tuple[PackDraft, dict[str, int]]:
    """A draft with one problem of each kind, and the uids to find them by."""
    draft = new_pack("p", "P")
    draft = replace(draft, meta=replace(draft.meta, title=""))
    draft = replace(draft, categories=(*draft.categories, Category("extra", "", "", "", "#123456")))
    first = draft.articles[0].uid
    draft = body_article(draft, first, "The minister denied it. Experts say so.")
    article = draft.article(first)
    start = article.text.index("The minister")
    article, unexplained = add_annotation(article, start, start + 12, "vague-source")
    start = article.text.index("Experts say")
    article, unknown = add_annotation(article, start, start + 11, "filler")
    article = update_annotation(article, unknown, category="no-such-category", explanation="x")
    draft = replace_article(draft, article)
    draft, empty = add_article(draft)  # no text at all
    draft, twin = add_article(draft)
    draft = body_article(draft, twin, "Some text.")
    twin_article = draft.article(twin)
    draft = replace_article(
        draft, replace(twin_article, meta=replace(twin_article.meta, id="new-article"))
    )
    draft = body_article(draft, twin, "Some text.")
    orphan_article = draft.article(twin)
    start = orphan_article.text.index("Some text")
    orphan_article, orphan = add_annotation(orphan_article, start, start + 9, "filler")
    orphan_article = update_annotation(orphan_article, orphan, explanation="x")
    orphan_article = synced(replace(orphan_article, body="Other words."))
    draft = replace_article(draft, orphan_article)
    uids = dict(
        first=first, unexplained=unexplained, unknown=unknown, empty=empty, twin=twin, orphan=orphan
    )
    return draft, uids


def test_messages_are_the_commands_messages_for_the_saved_folder(broken, tmp_path, capsys):
    draft, _ = broken
    issues = check(draft, {})
    layout = source_layout(draft, {})
    folder = tmp_path / "saved"
    for rel, text in layout.files.items():
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_text(text, encoding="utf-8")
    assert main(["pack", "validate", str(folder)]) == 1
    printed = capsys.readouterr().out.splitlines()[:-1]  # the last line is the count
    assert printed == [f"{folder}/{issue.message}" for issue in issues]


def test_each_problem_points_at_the_place_to_fix_it(broken):
    draft, uid = broken
    targets = {issue.message.split(": ", 1)[1]: issue.target for issue in check(draft, {})}
    expected = {
        "field 'title' must be non-empty text": Target("pack", "title"),
        "category 'extra': missing 'name'": Target("category", "extra"),
        "flag 1: missing explanation (quote 'The minister')": Target(
            "annotation", "explanation", uid["first"], uid["unexplained"]
        ),
        "flag 2: unknown category 'no-such-category' (quote 'Experts say')": Target(
            "annotation", "category", uid["first"], uid["unknown"]
        ),
        "empty article: there is no text after the front matter": Target(
            "body", article=uid["empty"], line=0
        ),
        "flag 1: quote not found in the article text: 'Some text'": Target(
            "annotation", "quote", uid["twin"], uid["orphan"]
        ),
    }
    for message, target in expected.items():
        assert targets.pop(message) == target, message
    (duplicate,) = [t for m, t in targets.items() if m.startswith("duplicate article id")]
    assert duplicate == Target("article", "id", uid["twin"])


def test_a_clean_draft_has_no_problems_and_checking_writes_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TMPDIR", str(tmp_path))
    draft = new_pack("p", "P")
    draft = body_article(draft, draft.articles[0].uid, "Text.")
    first = draft.articles[0]  # an opinion piece: clean without flags
    draft = replace_article(draft, replace(first, meta=replace(first.meta, kind="opinion")))
    draft, extra = add_article(draft)
    assert [i.target for i in check(draft, {})] == [Target("body", article=extra, line=0)]
    assert check(delete_article(draft, extra), {}) == []
    assert list(tmp_path.iterdir()) == []  # no scratch folder, no temporary files


def test_problems_are_structured_where_they_are_found(broken):
    """The editor reads what a problem is about from its fields, never from its words."""
    draft, _ = broken
    layout = source_layout(draft, {})
    problems = {p.message: p for p in read_pack_source_files(layout.files).problems}
    title = problems["field 'title' must be non-empty text"]
    assert (title.kind, title.field, title.rel, title.file) == (
        "pack",
        "title",
        "pack.toml",
        "pack.toml",
    )
    extra = problems["category 'extra': missing 'name'"]
    assert (extra.kind, extra.category, extra.field) == ("category", "extra", "name")
    unknown = problems["flag 2: unknown category 'no-such-category' (quote 'Experts say')"]
    assert (unknown.kind, unknown.flag, unknown.field) == ("flag", 1, "category")
    assert unknown.rel.startswith("articles/") and unknown.line is not None
    empty = next(p for m, p in problems.items() if m.startswith("empty article"))
    assert empty.kind == "body" and empty.line == layout.body_lines[empty.rel]
    duplicate = next(p for m, p in problems.items() if m.startswith("duplicate article id"))
    assert (duplicate.kind, duplicate.field) == ("article", "id")
