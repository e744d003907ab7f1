"""Source pages through the editor's model: kept byte for byte when untouched (CRLF and
comments too), written as held when edited, their problems on the file's line, what links
to each, and a built pack that comes back (as a draft, then built again) with the same web.
Every page and article here is invented training material."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from tests.conftest import make_source, write_article

from spotit.authoring.draft import (
    add_source,
    change_source,
    delete_source,
    linked_from,
    load_pack_file,
    load_source_folder,
    source_layout,
    synced,
)
from spotit.authoring.saving import export_pack_file, write_source
from spotit.authoring.validation import Target, check
from spotit.content.source import read_pack_source, read_pack_source_files
from spotit.core.model import CheckPointer
from spotit.core.sources import SOURCE_KINDS
from spotit.store.pack import open_pack

#: A profile as an author keeps it: a comment, CRLF line ends, a link to the outlet's page.
PROFILE = (
    "+++\r\n"
    "# Checked against the survey's own report.\r\n"
    'id = "mara-okafor"\r\n'
    'kind = "person"\r\n'
    'title = "Dr Mara Okafor"\r\n'
    'names = ["Mara Okafor", "Dr Mara Okafor"]\r\n'
    "+++\r\n"
    "Mara Okafor is a hydrologist at the invented Lakeside Institute.\r\n"
    "\r\n"
    "She writes a column for [the Courier](source:lakeside-courier).\r\n"
)
#: An outlet page with no names: only the profile's link reaches it.
OUTLET = """+++
id = "lakeside-courier"
kind = "outlet"
title = "The Lakeside Courier"
names = []
address = "lakesidecourier.example/about"
+++
An invented local paper, founded in 1998. It publishes corrections every Friday.
"""


@pytest.fixture
def folder(tmp_path) -> Path:
    return write_web(tmp_path / "src")


def write_web(folder: Path) -> Path:
    """A valid pack source whose second article links to a profile that links to an outlet."""
    folder = make_source(folder)
    write_article(
        folder,
        "02-survey.md",
        """
        id = "survey"
        headline = "River survey finds clear water"

        [[flags]]
        quote = "a leading expert"
        category = "false-authority"
        explanation = "Her profile says what her field is."
        check = "source:mara-okafor"
        check_quote = "a hydrologist"

        [[notes]]
        quote = "the water was clear"
        note = "The survey's figures are published."
        check = "source:lakeside-courier"
        """,
        "The survey, said [Dr Mara Okafor](source:mara-okafor), a leading expert, "
        "showed that the water was clear.\n",
    )
    (folder / "sources").mkdir()
    (folder / "sources" / "mara-okafor.md").write_bytes(PROFILE.encode("utf-8"))
    (folder / "sources" / "lakeside-courier.md").write_text(OUTLET, encoding="utf-8")
    assert read_pack_source(folder).problems == []
    return folder


def test_untouched_pages_are_saved_byte_for_byte_and_an_edited_one_as_written(folder):
    profile = folder / "sources" / "mara-okafor.md"
    before = profile.read_bytes()
    loaded = load_source_folder(folder)
    assert loaded.problems == []
    assert [rel for rel, _ in loaded.draft.sources] == [
        "sources/lakeside-courier.md",
        "sources/mara-okafor.md",
    ]
    # An edit elsewhere in the pack, then a save: neither page is rewritten.
    article = loaded.draft.articles[0]
    draft = replace(
        loaded.draft,
        articles=(replace(article, meta=replace(article.meta, outlet="Another Outlet")),
                  *loaded.draft.articles[1:]),
    )  # fmt: skip
    write_source(folder, source_layout(draft, loaded.file_names, loaded.files).files)
    assert profile.read_bytes() == before and b"\r\n" in before
    assert "Another Outlet" in (folder / "articles" / "01-rocket.md").read_text(encoding="utf-8")
    # One page edited: written as the editor holds it (LF), the other left as it was.
    again = load_source_folder(folder)
    outlet_before = (folder / "sources" / "lakeside-courier.md").read_bytes()
    text = dict(again.draft.sources)["sources/mara-okafor.md"]
    draft = change_source(again.draft, "sources/mara-okafor.md", text.replace("1998", "x"))
    assert draft == again.draft  # "1998" is not in the profile: nothing changed
    edited = text.replace("hydrologist", "hydrologist and lecturer")
    draft = change_source(again.draft, "sources/mara-okafor.md", edited)
    write_source(folder, source_layout(draft, again.file_names, again.files).files)
    written = profile.read_bytes()
    assert b"\r" not in written and b"# Checked against" in written
    assert (folder / "sources" / "lakeside-courier.md").read_bytes() == outlet_before
    (page,) = [p for p in read_pack_source(folder).sources if p.id == "mara-okafor"]
    assert "hydrologist and lecturer" in page.text


def test_a_deleted_page_is_removed_and_its_links_reported(folder):
    loaded = load_source_folder(folder)
    draft = delete_source(loaded.draft, "sources/lakeside-courier.md")
    messages = [i.message for i in check(draft, loaded.file_names, loaded.files)]
    assert "sources/mara-okafor.md:10: link to unknown source 'lakeside-courier'" in messages
    write_source(folder, source_layout(draft, loaded.file_names, loaded.files).files)
    assert not (folder / "sources" / "lakeside-courier.md").exists()


def test_answer_keys_keep_their_check_through_an_edit_of_the_article(folder):
    loaded = load_source_folder(folder)
    article = loaded.draft.articles[1]
    (flag,) = article.annotations
    assert flag.check == CheckPointer("mara-okafor", "a hydrologist")
    assert article.notes[0].check == CheckPointer("lakeside-courier")
    # Text added before both passages: the flag and the note move, their checks with them.
    moved = synced(replace(article, body="In spring, " + article.body))
    assert moved.notes[0].start > article.notes[0].start
    draft = replace(loaded.draft, articles=(loaded.draft.articles[0], moved))
    write_source(folder, source_layout(draft, loaded.file_names, loaded.files).files)
    read = read_pack_source(folder)
    assert read.problems == []
    (survey,) = [a for a in read.articles if a.meta.id == "survey"]
    quote_at = next(p.text for p in read.sources if p.id == "mara-okafor").index("a hydrologist")
    assert survey.annotations[0].check == CheckPointer(
        "mara-okafor", "a hydrologist", quote_at, quote_at + len("a hydrologist")
    )
    assert survey.notes[0].check == CheckPointer("lakeside-courier")


def test_a_broken_link_is_a_problem_on_the_line_of_the_page_file(folder):
    loaded = load_source_folder(folder)
    rel = "sources/mara-okafor.md"
    text = dict(loaded.draft.sources)[rel].replace("source:lakeside-courier", "source:courrier")
    issues = check(change_source(loaded.draft, rel, text), loaded.file_names, loaded.files)
    by_message = {i.message: i.target for i in issues}
    # Line 10 of the file (front matter, comment and all), 0-based 9 in the editor's text.
    assert by_message[f"{rel}:10: link to unknown source 'courrier'"] == Target(
        "source", "body", line=9, file=rel
    )
    assert text.split("\n")[9].startswith("She writes a column")


def test_linked_from_names_the_article_the_page_and_the_answer_keys(folder):
    loaded = load_source_folder(folder)
    survey = loaded.draft.articles[1]
    links = linked_from(loaded.draft)
    profile = links["mara-okafor"]
    assert [(x.kind, x.article) for x in profile] == [
        ("article", survey.uid),
        ("flag", survey.uid),
    ]
    assert profile[1].annotation == survey.annotations[0].uid
    assert "River survey finds clear water" in profile[0].label
    outlet = links["lakeside-courier"]
    assert [(x.kind, x.file, x.line, x.note) for x in outlet] == [
        ("note", "", 0, 0),
        ("source", "sources/mara-okafor.md", 9, None),
    ]
    assert "rocket" not in links


@pytest.mark.parametrize("kind", SOURCE_KINDS)
def test_a_page_added_from_its_template_validates_as_it_is(folder, kind):
    loaded = load_source_folder(folder)
    draft, rel = add_source(loaded.draft, kind)
    assert rel == f"sources/new-{kind}.md"
    assert check(draft, loaded.file_names, loaded.files) == []
    draft, second = add_source(draft, kind)
    assert second == f"sources/new-{kind}-2.md"
    assert check(draft, loaded.file_names, loaded.files) == []
    layout = source_layout(draft, loaded.file_names, loaded.files)
    pages = {p.id: p for p in read_pack_source_files(layout.files).sources}
    assert pages[f"new-{kind}"].kind == kind and pages[f"new-{kind}"].summary.names


def test_a_built_pack_opens_with_its_pages_and_builds_to_the_same_web(folder, tmp_path):
    loaded = load_source_folder(folder)
    first = tmp_path / "first.spotit"
    export_pack_file(source_layout(loaded.draft, loaded.file_names, loaded.files).files, first)
    from_pack = load_pack_file(first)
    assert [rel for rel, _ in from_pack.draft.sources] == [
        "sources/lakeside-courier.md",
        "sources/mara-okafor.md",
    ]
    assert check(from_pack.draft, from_pack.file_names) == []
    assert from_pack.draft.articles[1].annotations[0].check.source == "mara-okafor"
    second = tmp_path / "second.spotit"
    export_pack_file(source_layout(from_pack.draft, from_pack.file_names).files, second)
    with open_pack(first) as a, open_pack(second) as b:
        assert a.sources() == b.sources() and len(a.sources()) == 2
        for summary in a.sources():
            assert a.source(summary.id) == b.source(summary.id)
        assert [x.check for x in b.article("survey").annotations] == [
            x.check for x in a.article("survey").annotations
        ]


def test_the_first_page_of_a_pack_is_saved_into_a_new_sources_folder(tmp_path):
    folder = make_source(tmp_path / "plain")
    loaded = load_source_folder(folder)
    assert loaded.draft.sources == ()
    draft, rel = add_source(loaded.draft, "outlet")
    write_source(folder, source_layout(draft, loaded.file_names, loaded.files).files)
    assert (folder / rel).read_text(encoding="utf-8") == dict(draft.sources)[rel]
    read = read_pack_source(folder)
    assert read.problems == [] and [p.id for p in read.sources] == ["new-outlet"]
