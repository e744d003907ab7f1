"""Live validation says what `spotit pack validate` says, and knows where each problem is."""

from __future__ import annotations

from dataclasses import replace

import pytest

from spotit.cli import main
from spotit.core.taxonomy import Category
from spotit.gui.editor import draft as d
from spotit.gui.editor.validation import Target, Validator


def body_article(draft: d.PackDraft, uid: int, body: str) -> d.PackDraft:
    return d.replace_article(draft, d.synced(replace(draft.article(uid), body=body)))


@pytest.fixture
def validator():
    checker = Validator()
    yield checker
    checker.close()


@pytest.fixture
def broken() -> tuple[d.PackDraft, dict[str, int]]:
    """A draft with one problem of each kind, and the uids to find them by."""
    draft = d.new_pack("p", "P")
    draft = replace(draft, meta=replace(draft.meta, title=""))
    draft = replace(draft, categories=(*draft.categories, Category("extra", "", "", "", "#123456")))
    first = draft.articles[0].uid
    draft = body_article(draft, first, "The minister denied it. Experts say so.")
    article = draft.article(first)
    start = article.text.index("The minister")
    article, unexplained = d.add_annotation(article, start, start + 12, "vague-source")
    start = article.text.index("Experts say")
    article, unknown = d.add_annotation(article, start, start + 11, "filler")
    article = d.update_annotation(article, unknown, category="no-such-category", explanation="x")
    draft = d.replace_article(draft, article)
    draft, empty = d.add_article(draft)  # no text at all
    draft, twin = d.add_article(draft)
    draft = body_article(draft, twin, "Some text.")
    twin_article = draft.article(twin)
    draft = d.replace_article(
        draft, replace(twin_article, meta=replace(twin_article.meta, id="new-article"))
    )
    draft = body_article(draft, twin, "Some text.")
    orphan_article = draft.article(twin)
    start = orphan_article.text.index("Some text")
    orphan_article, orphan = d.add_annotation(orphan_article, start, start + 9, "filler")
    orphan_article = d.update_annotation(orphan_article, orphan, explanation="x")
    orphan_article = d.synced(replace(orphan_article, body="Other words."))
    draft = d.replace_article(draft, orphan_article)
    uids = dict(
        first=first, unexplained=unexplained, unknown=unknown, empty=empty, twin=twin, orphan=orphan
    )
    return draft, uids


def test_messages_are_the_commands_messages_for_the_saved_folder(
    validator, broken, tmp_path, capsys
):
    draft, _ = broken
    issues = validator.check(draft, {})
    layout = d.source_layout(draft, {})
    folder = tmp_path / "saved"
    for rel, text in layout.files.items():
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        (folder / rel).write_text(text, encoding="utf-8")
    assert main(["pack", "validate", str(folder)]) == 1
    printed = capsys.readouterr().out.splitlines()[:-1]  # the last line is the count
    assert printed == [f"{folder}/{issue.message}" for issue in issues]


def test_each_problem_points_at_the_place_to_fix_it(validator, broken):
    draft, uid = broken
    targets = {
        issue.message.split(": ", 1)[1]: issue.target for issue in validator.check(draft, {})
    }
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


def test_a_clean_draft_has_no_problems_and_the_scratch_folder_follows_deletions(validator):
    draft = d.new_pack("p", "P")
    draft = body_article(draft, draft.articles[0].uid, "Text.")
    draft, extra = d.add_article(draft)
    assert [i.target for i in validator.check(draft, {})] == [Target("body", article=extra, line=0)]
    assert validator.check(d.delete_article(draft, extra), {}) == []
    assert sorted(p.name for p in (validator.folder / "articles").iterdir()) == [
        "001-new-article.md"
    ]
