"""Reading source pages (sources/*.md): fields, rendering, problems, hostile input, writing back.

Every page here is invented training material.
"""

from __future__ import annotations

import time
from urllib.parse import urlsplit

import pytest
from hypothesis import given
from hypothesis import strategies as st
from tests.conftest import make_source
from tests.content.sources_pack import article, page, problems, read

from spotit.content import sources as sources_module
from spotit.content.render import LINK_SCHEMES, TOO_DEEP, render
from spotit.content.source import (
    MAX_ARTICLE_BYTES,
    read_pack_source,
    read_pack_source_files,
    source_files,
)
from spotit.content.sources import (
    MAX_PAGE_BYTES,
    SOURCE,
    page_links,
    source_file_name,
    source_page_file,
)
from spotit.core.sources import Link, SourceSummary
from spotit.store.bundled import source_hash

LISKO = page(
    "anton-lisko",
    "Anton Lisko is a lecturer in **medieval  poetry** at the\n"
    "[University of Varn](source:varn-university).\n\n"
    "He is quoted in [this article](article:survey).\n",
    title="Anton Lisko",
    names=["Anton Lisko", "Dr Anton Lisko", "A. Lisko"],
    address="varn.example/people/anton-lisko",
)
VARN = page("varn-university", "A university in Varn.\n", kind="organisation", names=["Varn"])


def test_a_page_is_read_with_its_fields_its_rendering_and_its_links():
    source = read({"sources/lisko.md": LISKO, "sources/varn.md": VARN})
    assert problems(source) == []
    lisko, varn = source.sources  # in file-name order
    assert lisko.summary == SourceSummary(
        "anton-lisko",
        "person",
        "Anton Lisko",
        ("Anton Lisko", "Dr Anton Lisko", "A. Lisko"),
        "varn.example/people/anton-lisko",
    )
    assert varn.id == "varn-university" and varn.kind == "organisation"
    # The one rendering: the title is the headline, and the text is the canonical text.
    assert lisko.blocks[0].kind == "headline" and lisko.blocks[0].text == "Anton Lisko"
    assert lisko.text == render("Anton Lisko", lisko.body).text
    assert lisko.text.startswith(
        "Anton Lisko\nAnton Lisko is a lecturer in medieval poetry at the University of Varn."
    )
    assert lisko.body.startswith("Anton Lisko is a lecturer")
    assert [link.address for link in lisko.links] == ["source:varn-university", "article:survey"]
    assert [lisko.text[link.start : link.end] for link in lisko.links] == [
        "University of Varn",
        "this article",
    ]


def test_names_and_address_are_optional():
    raw = '+++\nid = "v"\nkind = "event"\ntitle = "V"\n+++\nText [v](article:survey).\n'
    source = read({"sources/v.md": raw, "articles/02-v.md": article("v", "See [v](source:v).\n")})
    assert problems(source) == []
    (v,) = source.sources
    assert v.summary.names == () and v.summary.address == ""


def test_source_files_list_the_pages_after_the_checks_and_leave_out_dot_files(tmp_path):
    folder = make_source(tmp_path / "p")
    (folder / "checks").mkdir()
    (folder / "checks" / "c.toml").write_text("", encoding="utf-8")
    (folder / "sources").mkdir()
    for name in ("b.md", "a.md", ".a.md.swp", "notes.txt"):
        (folder / "sources" / name).write_text(VARN, encoding="utf-8")
    (folder / "sources" / ".hidden").mkdir()
    (folder / "sources" / ".hidden" / "c.md").write_text(VARN, encoding="utf-8")
    assert source_files(folder)[-3:] == ["checks/c.toml", "sources/a.md", "sources/b.md"]


def test_the_fingerprint_of_a_bundled_pack_covers_its_pages(tmp_path):
    folder = make_source(tmp_path / "p")
    (folder / "sources").mkdir()
    (folder / "sources" / "v.md").write_text(VARN, encoding="utf-8")
    before = source_hash(folder)
    (folder / "sources" / "v.md").write_text(VARN + "More text.\n", encoding="utf-8")
    assert source_hash(folder) != before
    (folder / "sources" / ".v.md.swp").write_text("swap", encoding="utf-8")
    assert source_hash(folder) == source_hash(folder)


def test_a_folder_with_pages_reads_like_its_files(tmp_path):
    folder = make_source(tmp_path / "p")
    (folder / "sources").mkdir()
    (folder / "sources" / "v.md").write_text(VARN, encoding="utf-8")
    source = read_pack_source(folder)
    assert problems(source) == []
    assert [p.id for p in source.sources] == ["varn-university"]


@pytest.mark.parametrize(
    ("front", "expected"),
    [
        ('kind = "person"\ntitle = "T"', "sources/x.md:2: missing 'id'"),
        ('id = "x"\ntitle = "T"', "sources/x.md:2: missing 'kind'"),
        ('id = "x"\nkind = "person"', "sources/x.md:2: missing 'title'"),
        (
            'id = "x"\nkind = "blog"\ntitle = "T"',
            "sources/x.md:3: 'kind' 'blog' is not one of outlet, person, organisation, "
            "event, fact-check, report, search-result",
        ),
        (
            'id = "Anton Lisko"\nkind = "person"\ntitle = "T"',
            "sources/x.md:2: field 'id' must be lower-case letters, digits and dashes: "
            "'Anton Lisko'",
        ),
        (
            'id = ""\nkind = "person"\ntitle = "T"',
            "sources/x.md:2: field 'id' must be non-empty text",
        ),
        (
            'id = "x"\nkind = "person"\ntitle = 5',
            "sources/x.md:4: field 'title' must be non-empty text",
        ),
        (
            'id = "x"\nkind = "person"\ntitle = "' + "T" * 201 + '"',
            "sources/x.md:4: field 'title' is longer than 200 characters",
        ),
        (
            'id = "x"\nkind = "person"\ntitle = "Two\\nlines"',
            "sources/x.md:4: field 'title' holds a line break: write it as one line of text",
        ),
        (
            'id = "x"\nkind = "person"\ntitle = "T"\nnames = "Anton"',
            "sources/x.md:5: field 'names' must be a list of names (text), or []",
        ),
        (
            'id = "x"\nkind = "person"\ntitle = "T"\nnames = ["A", " "]',
            "sources/x.md:5: field 'names': name 2 is empty",
        ),
        (
            'id = "x"\nkind = "person"\ntitle = "T"\nnames = ["A", "' + "n" * 201 + '"]',
            "sources/x.md:5: field 'names': name 2 is longer than 200 characters",
        ),
        (
            'id = "x"\nkind = "person"\ntitle = "T"\naddress = 3',
            "sources/x.md:5: field 'address' must be text",
        ),
        (
            'id = "x"\nkind = "person"\ntitle = "T"\naddress = "varn.ac.uk/people"',
            "sources/x.md:5: field 'address' must be an invented address on a reserved domain "
            "(.example, .test, .invalid) without spaces, like 'name.example/page', not "
            "'varn.ac.uk/people'",
        ),
        (
            'id = "x"\nkind = "person"\ntitle = "T"\naddress = "https://varn.example/a"',
            "sources/x.md:5: field 'address' must be an invented address on a reserved domain "
            "(.example, .test, .invalid) without spaces, like 'name.example/page', not "
            "'https://varn.example/a'",
        ),
        (
            'id = "x"\nkind = "person"\ntitle = "T"\nurl = "varn.example"',
            "sources/x.md:5: unknown field 'url': a source page has 'id', 'kind', 'title', "
            "'names' and 'address'",
        ),
    ],
)
def test_each_wrong_field_is_one_problem_with_its_line(front, expected):
    raw = f"+++\n{front}\n+++\nSome text.\n"
    source = read({"sources/x.md": raw, "articles/02-x.md": article("x", "See [x](source:x).\n")})
    mine = [p for p in source.problems if p.rel == "sources/x.md"]
    assert [str(p) for p in mine] == [expected]
    (problem,) = mine
    assert problem.kind == SOURCE and problem.rel == "sources/x.md"
    assert problem.field in expected


def test_every_problem_of_a_page_is_listed():
    raw = '+++\nkind = "blog"\ntitle = ""\nnames = [1]\n+++\n'
    assert problems(read({"sources/x.md": raw})) == [
        "sources/x.md:2: missing 'id'",
        "sources/x.md:2: 'kind' 'blog' is not one of outlet, person, organisation, event, "
        "fact-check, report, search-result",
        "sources/x.md:3: field 'title' must be non-empty text",
        "sources/x.md:4: field 'names' must be a list of names (text), or []",
        "sources/x.md:6: empty page: there is no text after the front matter",
    ]


def test_a_duplicate_id_names_the_first_file_and_keeps_the_first_page():
    source = read(
        {
            "sources/a.md": page("anton-lisko", names=["A"], title="First"),
            "sources/b.md": page("anton-lisko", names=["B"], title="Second"),
        }
    )
    assert problems(source) == ["sources/b.md:2: duplicate source id 'anton-lisko' (also in a.md)"]
    assert [p.title for p in source.sources] == ["First"]


def test_no_front_matter_and_bad_toml_name_the_line():
    source = read(
        {
            "sources/a.md": "Just text, no front matter.\n",
            "sources/b.md": '+++\nid = "b"\nkind = "person\n+++\nText.\n',
        }
    )
    messages = problems(source)
    assert messages[0] == (
        "sources/a.md:1: missing front matter: the file must start with a '+++' line and "
        "close it with another"
    )
    assert messages[1].startswith("sources/b.md:3: front matter is not valid TOML:")
    assert len(messages) == 2 and source.sources == []


def test_bidi_controls_in_fields_and_body_are_reported_with_their_line():
    raw = page(
        "x", "Fine line.\nA \u202eturned\u202c line.\n", title="Anton \u2067Lisko", names=["n"]
    )
    assert problems(read({"sources/x.md": raw})) == [
        "sources/x.md:4: field 'title' holds the bidi control U+2067 RIGHT-TO-LEFT ISOLATE, "
        "which can show the text in another order than it is written: remove it",
        "sources/x.md:8: the text holds the bidi control U+202E RIGHT-TO-LEFT OVERRIDE, "
        "which can show the text in another order than it is written: remove it",
        "sources/x.md:8: the text holds the bidi control U+202C POP DIRECTIONAL FORMATTING, "
        "which can show the text in another order than it is written: remove it",
    ]


def test_markdown_beyond_the_limits_is_a_body_problem_and_renders_as_plain_text():
    deep = "Intro.\n\n" + "> " * 30 + "deep\n"
    source = read({"sources/x.md": page("x", deep, names=["n"])})
    (problem,) = source.problems
    assert problem.message == TOO_DEEP and problem.field == "body" and problem.line >= 8
    (x,) = source.sources
    assert all(block.kind in ("headline", "paragraph") for block in x.blocks)


def test_a_page_larger_than_the_article_limit_is_refused(tmp_path):
    assert MAX_PAGE_BYTES == MAX_ARTICLE_BYTES
    huge = page("x", "word " * (MAX_PAGE_BYTES // 5 + 1), names=["n"])
    started = time.monotonic()
    source = read({"sources/x.md": huge})
    assert problems(source) == [f"sources/x.md: file is larger than {MAX_PAGE_BYTES} bytes"]
    assert time.monotonic() - started < 10
    folder = make_source(tmp_path / "p")
    (folder / "sources").mkdir()
    (folder / "sources" / "x.md").write_text(huge, encoding="utf-8")
    source = read_pack_source(folder)
    assert [p.message for p in source.problems] == [f"file is larger than {MAX_PAGE_BYTES} bytes"]


def test_a_page_that_is_not_utf8_is_one_problem(tmp_path):
    folder = make_source(tmp_path / "p")
    (folder / "sources").mkdir()
    (folder / "sources" / "x.md").write_bytes(b'+++\nid = "x"\n+++\n\xff\xfe broken')
    (problem,) = read_pack_source(folder).problems
    assert problem.message == "not UTF-8 text" and problem.rel == "sources/x.md"


def test_more_pages_than_the_limit_is_one_problem_and_the_rest_are_read(monkeypatch):
    monkeypatch.setattr(sources_module, "MAX_SOURCES", 3)
    files = {f"sources/{n}.md": page(f"p{n}", names=["n"]) for n in range(5)}
    source = read(files)
    assert problems(source) == ["sources: more than 3 source pages"]
    assert [p.id for p in source.sources] == ["p0", "p1", "p2"]


REMOTE = "http://127.0.0.1:9/tracker.png"


def test_images_in_a_page_are_dropped_and_their_address_kept_nowhere():
    body = (
        f'<img src="{REMOTE}"> Before. <img src={REMOTE} onerror="alert(1)">\n\n'
        f"![a chart]({REMOTE}) and [the profile ![x]({REMOTE})](source:anton-lisko)\n\n"
        '<script src="http://127.0.0.1:9/x.js">alert(1)</script><iframe src="http://127.0.0.1:9/">'
        "</iframe> After.\n\n"
        "[Outside](http://127.0.0.1:9/page) and [bad](javascript:alert(1)) and "
        "[file](file:///etc/passwd).\n"
    )
    source = read({"sources/x.md": page("x", body, names=["n"])})
    assert problems(source) == ["sources/x.md:9: link to unknown source 'anton-lisko'"]
    (x,) = source.sources
    links = [run.link for block in x.blocks for run in block.runs if run.link]
    # A web link is kept as a link outside the pack (the pane never follows it); no image,
    # script or frame address survives, as text or as a link.
    assert links == ["source:anton-lisko", "http://127.0.0.1:9/page"]
    assert all(urlsplit(link).scheme in LINK_SCHEMES for link in links)
    assert "tracker" not in x.text and "x.js" not in x.text and "alert" not in x.text
    assert "127.0.0.1" not in x.text
    assert [link.address for link in x.links] == ["source:anton-lisko"]
    assert "Before." in x.text and "After." in x.text and "Outside and bad and file." in x.text


def test_hostile_text_in_fields_never_becomes_markup():
    raw = page("x", "Body.\n", title="<b>Bold</b> & <img src=x>", names=["<script>n</script>"])
    (x,) = read({"sources/x.md": raw}).sources
    # A title is plain text: the headline shows it as written, nothing in it is rendered.
    assert x.title == "<b>Bold</b> & <img src=x>"
    assert x.blocks[0].text == "<b>Bold</b> & <img src=x>" and not x.blocks[0].runs[0].link
    assert x.summary.names == ("<script>n</script>",)


def test_page_links_merge_the_runs_of_one_link_and_count_every_block():
    rendered = render(
        "Title",
        "First [**Dr** Lisko](source:anton-lisko) and [web](https://example.org).\n\n"
        "- item [two](article:survey)\n",
    )
    text = rendered.text
    links = page_links(rendered.blocks)
    assert links == (
        Link("source", "anton-lisko", text.index("Dr Lisko"), text.index("Dr Lisko") + 8),
        Link("article", "survey", text.index("two"), text.index("two") + 3),
    )


def test_an_article_keeps_its_links_inside_the_pack():
    body = (
        "Led by [Dr Mara Okafor](source:mara-okafor) (see [the earlier report](article:other) "
        "and [elsewhere](https://example.org)).\n"
    )
    source = read(
        {
            "articles/01-survey.md": article(body=body),
            "articles/02-other.md": article("other", "Earlier [Okafor](source:mara-okafor).\n"),
            "sources/mara.md": page("mara-okafor", names=["Mara Okafor"]),
        },
        with_article=False,
    )
    assert problems(source) == []
    first = source.articles[0]
    assert [(link.address, first.text[link.start : link.end]) for link in first.links] == [
        ("source:mara-okafor", "Dr Mara Okafor"),
        ("article:other", "the earlier report"),
    ]


def test_source_file_name_is_the_id():
    assert source_file_name("anton-lisko") == "sources/anton-lisko.md"


@pytest.mark.parametrize(
    "raw",
    [
        LISKO,
        VARN,
        page("q", 'Quotes "and" \\ backslashes\n\n> quoted\n', title='Say "hi" \\ there', names=[]),
        page("e", "Émoji 🚀 and é.\n\n\n", kind="search-result", names=["Ünïcode 🚀"]),
    ],
)
def test_a_page_written_back_reads_as_the_same_page(raw):
    (original,) = read({"sources/a.md": raw}).sources
    written = source_page_file(original)
    again = read_pack_source_files(
        {
            "pack.toml": 'id = "w"\ntitle = "W"\nversion = "1"\n',
            "articles/01-survey.md": article(),
            source_file_name(original.id): written,
        }
    )
    assert again.sources == [original]
    assert source_page_file(again.sources[0]) == written


def test_writing_back_over_the_authors_file_keeps_its_comments():
    raw = page("varn-university", "A university.\n", names=["Varn"]).replace(
        'kind = "person"', 'kind = "person"   # a person? no: fix me'
    )
    (varn,) = read({"sources/v.md": raw}).sources
    written = source_page_file(varn, previous=raw)
    assert "# a person? no: fix me" in written
    assert written == raw


WORD = st.text(alphabet="abcXYZ019é🚀ü", min_size=1, max_size=8)
PHRASE = st.lists(WORD, min_size=1, max_size=4).map(" ".join)
TARGET = st.sampled_from(
    ["source:anton-lisko", "article:survey", "source:varn", "https://a.example"]
)


@given(
    st.lists(
        st.lists(st.tuples(PHRASE, st.none() | TARGET), min_size=1, max_size=6),
        min_size=1,
        max_size=4,
    )
)
def test_every_link_span_holds_exactly_the_link_text(paragraphs):
    body = "\n\n".join(
        " ".join(text if target is None else f"[{text}]({target})" for text, target in pieces)
        for pieces in paragraphs
    )
    rendered = render("A 🚀 title", body)
    expected = [
        (target, text)
        for pieces in paragraphs
        for text, target in pieces
        if target is not None and not target.startswith("https:")
    ]
    links = page_links(rendered.blocks)
    got = [(link.address, rendered.text[link.start : link.end]) for link in links]
    # Two links to the same page with only a space between them stay two links.
    assert got == expected
