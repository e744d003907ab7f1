"""Hostile Markdown: every source is read to a clean result or to problems, never an exception.

Each case is an article body run through ``read_pack_source``, as ``spotit pack validate``
and ``spotit pack build`` read it. Whatever renders keeps no raw HTML, loads nothing and
links only to http, https and mailto (docs/content-pack.md), so the reader and a class
client (which rejects other links) never meet anything else.
"""

import re
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from tests.conftest import make_source, write_article

from spotit.content.render import (
    CROWDED,
    LINK_SCHEMES,
    MAX_NESTING,
    TOO_DEEP,
    markdown_to_html,
    render,
)
from spotit.content.source import read_pack_source


def nested_list(depth: int, marker: str = "-") -> str:
    return "".join("    " * i + f"{marker} level {i}\n" for i in range(depth))


#: Bodies nested past MAX_NESTING: validation reports each, naming the article file.
TOO_DEEP_CASES = {
    "list 250 deep": nested_list(250),
    "list 600 deep": nested_list(600),
    "ordered list 300 deep": nested_list(300, "1."),
    "list markers on one line": "- " * 600 + "x\n",
    "list just past the limit": nested_list(MAX_NESTING + 1),
    "quotes 5000 deep": "> " * 5000 + "x\n",
    "quotes without spaces": ">" * 3000 + " x\n",
    "quotes and lists": "> - " * 400 + "x\n",
    "tab-indented list": "".join("\t" * i + "- x\n" for i in range(300)),
    "emphasis 30 deep": "".join("*a _a " for _ in range(15)) + "x" + " b_ b*" * 15,
    "strong 30 deep": "**a " * 30 + "x" + " b**" * 30,
    "raw html styles 100 deep": "<b><i>" * 50 + "x" + "</i></b>" * 50,
    "unclosed raw html styles": "<b>x " * 100,
    "raw html lists 300 deep": "<ul><li>" * 300 + "x" + "</li></ul>" * 300,
    "raw html quotes 300 deep": "<blockquote>" * 300 + "x" + "</blockquote>" * 300,
    "links in styles": '<em><a href="https://example.org">' * 30 + "x" + "</a></em>" * 30,
}

#: Paragraphs with more markup than Python-Markdown handles in reasonable time (its inline
#: pass is quadratic in one paragraph's markup: these took seconds to minutes).
CROWDED_CASES = {
    "emphasis 5000 deep": "".join("*a _a " for _ in range(2500)) + "x" + " b_ b*" * 2500,
    "raw html styles 5000 deep": "<b><i>" * 2500 + "x" + "</i></b>" * 2500,
    "html tags in one paragraph": "<b>x</b> " * 200_000,
    "entities in one paragraph": "&amp; " * 300_000,
    "links in one paragraph": " ".join(f"[l{i}](https://example.org/{i})" for i in range(50_000)),
    "markdown syntax soup": "*_`[<>]`_*" * 5000 + "\n",
    "soft-wrapped paragraph": "a *b* c\n" * 100_000,
}

#: Bodies that are odd but fine: they read cleanly, every text kept as text.
CLEAN_CASES = {
    "list at the limit": nested_list(MAX_NESTING),
    "huge single line": "word " * 300_000 + "\n",
    "many links": "\n\n".join(f"[l{i}](https://example.org/{i})" for i in range(5_000)),
    "much markup, many paragraphs": "<b>x</b> *y* &amp;\n\n" * 5_000,
    "markdown syntax pinch": "*_`[<>]`_*" * 100 + "\n",
    "many paragraphs": "para\n\n" * 20_000,
    "long code line": "    " + "x" * 500_000 + "\n",
    "raw html": (
        'Hi <script>alert(1)</script><img src="http://evil.example/x.png" onerror="x()">'
        '<iframe src="http://evil.example/"></iframe><object data="file:///etc/passwd"></object>'
        '<embed src="x.swf"><style>body{background:url(http://evil.example/)}</style>'
        '<svg onload="alert(1)"><image href="http://evil.example/i.png"/></svg>'
        '<form action="http://evil.example/"><input name="q"></form>'
        '<link rel="stylesheet" href="http://evil.example/s.css"><base href="http://evil.example/">'
        '<p style="background:url(//evil.example/p)" onclick="x()">there</p>\n'
    ),
    "markdown images": (
        "![remote](http://evil.example/x.png) ![local](file:///etc/passwd) "
        '![share](//server/share/x.png) ![ref][i]\n\n[i]: http://evil.example/r.png "t"\n'
    ),
    "dangerous schemes": (
        "[a](javascript:alert(1)) [b](data:text/html;base64,PHNjcmlwdD4=) [c](file:///etc/passwd) "
        "[d](vbscript:msgbox) [e](JaVaScRiPt:alert(1)) [f](java&#115;cript:alert(1)) "
        '<a href="&#106;avascript:alert(1)">g</a> <a href=" javascript:alert(1)">h</a> '
        "<javascript:alert(1)> <file:///etc/passwd> [i][bad]\n\n[bad]: javascript:alert(1)\n"
    ),
    "relative links": (
        "[notes](#notes) [about](/about) [page](page.html) [up](../x) [proto](//evil.example/x) "
        "[empty]() [query](?q=1) [share](\\\\server\\share) <a href='#top'>top</a>\n"
    ),
    "good links": (
        "[web](https://example.org/a?b=1#c) [plain](http://example.org) "
        "[mail](mailto:desk@example.org) <https://example.org/auto>\n"
    ),
    "nul and control characters": "nul\x00here, bell\x07, escape\x1b[31mred, del\x7f, c1\x85.\n",
    "noncharacters and a stray byte-order mark": "odd \ufffe \uffff \U0010ffff \ufeff end\n",
    "html comments and cdata": "a <!-- <script>x</script> --> b <![CDATA[ <img src=x> ]]> c\n",
    "unclosed tags": "<b><i><a href='https://example.org'>open <p>para <div>div\n",
    "entities": "&lt;script&gt; &amp;amp; &#0; &#x110000; &#xD800; &nonsense; &#9999999999;\n",
}


def read_body(tmp_path: Path, body: str):
    folder = make_source(tmp_path / "p")
    front = 'id = "hostile"\nheadline = "Headline"\nkind = "opinion"'  # opinion: no flags needed
    write_article(folder, "02-hostile.md", front, body)
    source = read_pack_source(folder)
    mine = [p for p in source.problems if p.rel == "articles/02-hostile.md"]
    assert len(mine) == len(source.problems), [str(p) for p in source.problems]
    article = next((a for a in source.articles if a.meta.id == "hostile"), None)
    return article, mine


def check_safe(article) -> None:
    for block in article.blocks:
        for run in block.runs:
            assert run.link == "" or urlsplit(run.link).scheme.lower() in LINK_SCHEMES, run.link


@pytest.mark.parametrize("case", sorted(TOO_DEEP_CASES))
def test_too_deep_markdown_is_one_problem_naming_the_file(tmp_path, case):
    started = time.monotonic()
    article, problems = read_body(tmp_path, TOO_DEEP_CASES[case])
    assert time.monotonic() - started < 30  # no hang
    assert [p.message for p in problems] == [TOO_DEEP]
    (problem,) = problems
    assert str(problem).startswith(f"{tmp_path / 'p' / 'articles' / '02-hostile.md'}:")
    assert problem.kind == "body" and problem.line >= 6  # the body starts at line 6
    check_safe(article)


@pytest.mark.parametrize("case", sorted(CROWDED_CASES))
def test_a_paragraph_with_too_much_markup_is_one_problem_and_no_hang(tmp_path, case):
    started = time.monotonic()
    article, problems = read_body(tmp_path, "Intro.\n\n" + CROWDED_CASES[case])
    assert time.monotonic() - started < 30
    assert [(p.message, p.line) for p in problems] == [(CROWDED, 6 + 2)]
    check_safe(article)


def test_the_problem_names_the_line_that_nests_too_deep(tmp_path):
    _, (problem,) = read_body(tmp_path, "Intro.\n\n" + nested_list(MAX_NESTING + 5))
    assert problem.line == 6 + 2 + MAX_NESTING  # body at line 6, two intro lines, then 0-based


@pytest.mark.parametrize("case", sorted(CLEAN_CASES))
def test_odd_markdown_reads_cleanly_and_safely(tmp_path, case):
    started = time.monotonic()
    article, problems = read_body(tmp_path, CLEAN_CASES[case])
    assert time.monotonic() - started < 30  # no hang
    assert problems == []
    check_safe(article)


@pytest.mark.parametrize("case", sorted(CLEAN_CASES))
def test_sanitised_html_keeps_no_active_content(case):
    html = markdown_to_html(CLEAN_CASES[case]).lower()
    for tag in ("<script", "<img", "<iframe", "<object", "<embed", "<style", "<svg", "<form",
                "<input", "<link", "<base", "<image"):  # fmt: skip
        assert tag not in html
    for href in re.findall(r"href=\"([^\"]*)\"", html):
        assert urlsplit(href).scheme in LINK_SCHEMES, href
    assert not re.search(r"<[^>]*\s(?:on\w+|style|src|data|action)=", html)


def test_only_web_and_mail_links_survive():
    article = render("H", CLEAN_CASES["relative links"] + "\n" + CLEAN_CASES["good links"])
    links = [run.link for block in article.blocks for run in block.runs if run.link]
    assert links == [
        "https://example.org/a?b=1#c",
        "http://example.org",
        "mailto:desk@example.org",
        "https://example.org/auto",
    ]
    # The text of a dropped link stays, as plain text.
    assert article.blocks[1].text.startswith("notes about page up proto")


def test_too_deep_markdown_renders_as_plain_paragraphs():
    article = render("H", "First.\n\n" + "- " * 300 + "x\n\n<b>bold</b> *em*")
    assert article.problem == TOO_DEEP and article.problem_line == 2
    assert [b.kind for b in article.blocks] == ["headline", "paragraph", "paragraph", "paragraph"]
    assert all(not r.bold and not r.link for b in article.blocks[1:] for r in b.runs)
    assert markdown_to_html("- " * 300 + "<script>x</script>").startswith("<p>- - ")
    assert "<script>" not in markdown_to_html("- " * 300 + "<script>x</script>")


def test_validate_and_build_report_a_250_deep_list_in_one_line(tmp_path, capsys):
    from spotit.cli import main

    folder = make_source(tmp_path / "p")
    front = 'id = "hostile"\nheadline = "Headline"\nkind = "opinion"'
    write_article(folder, "02-hostile.md", front, nested_list(250))
    for args in (["pack", "validate", folder], ["pack", "build", folder, "-o", tmp_path / "x"]):
        status = main([str(a) for a in args])
        out, err = capsys.readouterr()
        assert status != 0 and "Traceback" not in out + err
        assert f"{folder / 'articles' / '02-hostile.md'}:{6 + MAX_NESTING}: {TOO_DEEP}" in out + err
    assert not (tmp_path / "x").exists()
