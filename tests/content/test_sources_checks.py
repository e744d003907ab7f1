"""Answer keys that name a check: ``check``/``check_quote`` on flags and notes.

Placed in the page's canonical text, reported when they name nothing, and written back by
``article_source`` (with the author's comments kept). Every text here is invented.
"""

from __future__ import annotations

import dataclasses

import pytest
from tests.content.sources_pack import MANIFEST, article, page, problems, read

from spotit.content.source import (
    FLAG,
    NOTE,
    article_source,
    read_article_text,
    read_pack_source_files,
)
from spotit.core.model import CheckPointer

LISKO_BODY = (
    "Anton Lisko is a lecturer in **medieval\npoetry** at the University of Varn.\n\n"
    "He has written on poetry, not on medicine.\n"
)
LISKO = page("anton-lisko", LISKO_BODY, title="Anton Lisko", names=["Anton Lisko"])
TEA_BODY = (
    "Dr Anton Lisko, a leading medical expert, says the tea cures diabetes. Figures from "
    "the Harlow Mere council show 40 cases this year.\n"
)


def flag(check: str = 'check = "source:anton-lisko"', more: str = "") -> str:
    return (
        '\n[[flags]]\nquote = "a leading medical expert"\ncategory = "false-authority"\n'
        f'explanation = "His profile shows his field is medieval poetry."\n{check}\n{more}'
    )


def note(check: str = 'check = "source:harlow-council"', more: str = "") -> str:
    return (
        '\n[[notes]]\nquote = "Figures from the Harlow Mere council"\n'
        f'note = "A named, checkable source."\n{check}\n{more}'
    )


COUNCIL = page(
    "harlow-council",
    "The Harlow Mere council publishes its health figures each month.\n",
    kind="organisation",
    names=["Harlow Mere council"],
)


def tea(keys: str, pages: dict[str, str] | None = None):
    files = {"articles/030-tea.md": article("tea", TEA_BODY, keys, kind="misinformation")}
    files.update(
        {"sources/lisko.md": LISKO, "sources/council.md": COUNCIL} if pages is None else pages
    )
    return read(files, with_article=False)


def test_a_flags_check_and_quote_become_a_pointer_into_the_pages_text():
    source = tea(flag(more='check_quote = "medieval   poetry"'))
    assert problems(source) == []
    (ann,) = source.articles[0].annotations
    lisko = next(p for p in source.sources if p.id == "anton-lisko")
    # Matched like a quote: the bold markup is gone and the line break is one space.
    assert ann.check is not None and ann.check.source == "anton-lisko"
    assert ann.check.quote == "medieval poetry"
    assert lisko.text[ann.check.start : ann.check.end] == "medieval poetry"
    assert ann.as_json()["check"] == "anton-lisko"


def test_a_check_without_a_quote_points_at_the_whole_page():
    (ann,) = tea(flag()).articles[0].annotations
    assert ann.check == CheckPointer("anton-lisko", "", 0, 0)


def test_a_notes_check_becomes_a_pointer_too():
    source = tea(flag() + note(more='check_quote = "health figures"'))
    assert problems(source) == []
    (passage,) = source.articles[0].notes
    council = next(p for p in source.sources if p.id == "harlow-council")
    assert passage.check is not None and passage.check.source == "harlow-council"
    assert council.text[passage.check.start : passage.check.end] == "health figures"
    assert passage.as_json()["check"] == "harlow-council"


def test_flags_and_notes_without_a_check_have_none():
    source = tea(flag(check="") + note(check=""))
    assert source.articles[0].annotations[0].check is None
    assert source.articles[0].notes[0].check is None
    assert source.articles[0].notes[0].as_json()["check"] is None


@pytest.mark.parametrize(
    ("keys", "expected", "kind", "key"),
    [
        (
            flag('check = "source:nobody"'),
            "articles/030-tea.md:10: flag 1: 'check' 'source:nobody' names no source page",
            FLAG,
            "check",
        ),
        (
            flag(more='check_quote = "medicine cures"'),
            "articles/030-tea.md:11: flag 1: 'check_quote' 'medicine cures' is not in the page "
            "'anton-lisko'",
            FLAG,
            "check_quote",
        ),
        (
            flag(more='check_quote = "poetry"'),
            "articles/030-tea.md:11: flag 1: 'check_quote' 'poetry' appears 2 times in the page "
            "'anton-lisko': give words that occur in it once",
            FLAG,
            "check_quote",
        ),
        (
            flag('check = "anton-lisko"'),
            "articles/030-tea.md:10: flag 1: 'check' must be 'source:ID', not 'anton-lisko'",
            FLAG,
            "check",
        ),
        (
            flag('check = "article:tea"'),
            "articles/030-tea.md:10: flag 1: 'check' must be 'source:ID', not 'article:tea'",
            FLAG,
            "check",
        ),
        (
            flag("check = 5"),
            "articles/030-tea.md:10: flag 1: 'check' must be 'source:ID', not 5",
            FLAG,
            "check",
        ),
        (
            flag("", 'check_quote = "medieval poetry"'),
            "articles/030-tea.md:11: flag 1: 'check_quote' needs a 'check' (the page it "
            'quotes), like check = "source:ID"',
            FLAG,
            "check_quote",
        ),
        (
            flag(more='check_quote = " "'),
            "articles/030-tea.md:11: flag 1: 'check_quote' must be text: the passage of the page "
            "that shows it",
            FLAG,
            "check_quote",
        ),
        (
            flag() + note('check = "source:harlow"'),
            "articles/030-tea.md:15: note 1: 'check' 'source:harlow' names no source page",
            NOTE,
            "check",
        ),
        (
            flag() + note(more='check_quote = "weekly figures"'),
            "articles/030-tea.md:16: note 1: 'check_quote' 'weekly figures' is not in the page "
            "'harlow-council'",
            NOTE,
            "check_quote",
        ),
        (
            flag() + note("check = []"),
            "articles/030-tea.md:15: note 1: 'check' must be 'source:ID', not []",
            NOTE,
            "check",
        ),
    ],
)
def test_a_wrong_check_is_one_problem_naming_the_flag_or_note_and_the_key(
    keys, expected, kind, key
):
    source = tea(keys)
    assert problems(source) == [expected]
    (problem,) = source.problems
    assert (problem.kind, problem.field, problem.rel) == (kind, key, "articles/030-tea.md")
    assert (problem.flag, problem.note) == ((0, None) if kind == FLAG else (None, 0))


def test_a_check_of_a_broken_page_reports_only_the_page():
    broken = page("anton-lisko", "", title="Anton Lisko", names=["Anton Lisko"])
    source = tea(flag(more='check_quote = "poetry"'), {"sources/lisko.md": broken})
    assert problems(source) == [
        "sources/lisko.md:7: empty page: there is no text after the front matter"
    ]


def test_an_article_read_on_its_own_keeps_its_check_unplaced():
    found: list = []
    raw = article(
        "tea", TEA_BODY, flag(more='check_quote = "medieval  poetry"'), kind="misinformation"
    )
    read_article = read_article_text(raw, "030-tea.md", {"false-authority"}, found)
    assert found == []
    assert read_article.annotations[0].check == CheckPointer("anton-lisko", "medieval poetry")


def test_checks_are_written_back_and_read_the_same():
    source = tea(
        flag(more='check_quote = "medieval poetry"') + note(more='check_quote = "health figures"')
    )
    (tea_article,) = source.articles
    written = article_source(
        tea_article.meta,
        tea_article.body,
        tea_article.text,
        tea_article.annotations,
        notes=tea_article.notes,
    )
    assert 'check = "source:anton-lisko"' in written
    assert 'check_quote = "medieval poetry"' in written
    assert 'check = "source:harlow-council"' in written
    again = read_pack_source_files(
        {
            "pack.toml": MANIFEST,
            "articles/030-tea.md": written,
            "sources/lisko.md": LISKO,
            "sources/council.md": COUNCIL,
        }
    )
    assert problems(again) == []
    assert again.articles[0].annotations == tea_article.annotations
    assert again.articles[0].notes == tea_article.notes


def test_editing_a_check_keeps_the_authors_comments_and_removing_it_removes_the_keys():
    raw = article(
        "tea",
        TEA_BODY,
        flag('check = "source:anton-lisko"   # his profile', 'check_quote = "medieval poetry"'),
        kind="misinformation",
    )
    source = read_pack_source_files(
        {"pack.toml": MANIFEST, "articles/030-tea.md": raw, "sources/lisko.md": LISKO}
    )
    assert problems(source) == []
    (tea_article,) = source.articles
    args = (tea_article.meta, tea_article.body, tea_article.text)
    kept = article_source(*args, tea_article.annotations, previous=raw)
    assert "# his profile" in kept and kept == raw
    without = [dataclasses.replace(a, check=None) for a in tea_article.annotations]
    removed = article_source(*args, without, previous=raw)
    assert "check" not in removed
    again = read_pack_source_files(
        {"pack.toml": MANIFEST, "articles/030-tea.md": removed, "sources/lisko.md": LISKO}
    )
    assert again.articles[0].annotations[0].check is None


def test_the_starter_packs_checks_point_into_its_pages():
    from tests.conftest import STARTER

    from spotit.content.source import read_pack_source

    source = read_pack_source(STARTER)
    pages = {p.id: p for p in source.sources}
    for art in source.articles:
        for item in (*art.annotations, *art.notes):
            if item.check is None:
                continue
            assert item.check.source in pages, (art.meta.id, item.check)
            if item.check.quote:
                text = pages[item.check.source].text
                assert text[item.check.start : item.check.end] == item.check.quote
