"""Links of a pack's web: broken, self, cyclic and unreachable pages; what makes a page reachable.

Every page and article here is invented training material.
"""

from __future__ import annotations

import time

from tests.content.sources_pack import article, page, problems, read

from spotit.content.source import BODY
from spotit.content.sources import SOURCE

UNREACHABLE = (
    "not reachable: no article or reachable page links to it, and it has no names to be found by"
)


def test_a_link_to_an_unknown_page_names_the_body_line_of_the_link():
    body = (
        "Anton Lisko teaches poetry.\n\nHe works at the\n[University of Varn](source:varn-uni).\n"
    )
    source = read({"sources/lisko.md": page("anton-lisko", body, names=["Anton Lisko"])})
    assert problems(source) == ["sources/lisko.md:10: link to unknown source 'varn-uni'"]
    (problem,) = source.problems
    assert (problem.kind, problem.field, problem.rel) == (SOURCE, "body", "sources/lisko.md")


def test_a_link_to_an_unknown_article_is_reported_from_pages_and_articles():
    source = read(
        {
            "articles/030-tea.md": article(
                "tea", "Intro.\n\nAs [we reported](article:tee), and [her](source:nobody).\n"
            ),
            "sources/lisko.md": page(
                "anton-lisko", "Quoted in [the piece](article:tea2).\n", names=["A"]
            ),
        }
    )
    assert problems(source) == [
        "articles/030-tea.md:9: link to unknown article 'tee'",
        "articles/030-tea.md:9: link to unknown source 'nobody'",
        "sources/lisko.md:7: link to unknown article 'tea2'",
    ]
    assert source.problems[0].kind == BODY and source.problems[0].rel == "articles/030-tea.md"


def test_each_unknown_target_is_reported_once_per_file():
    body = "[One](source:gone), [two](source:gone) and [three](source:gone).\n"
    assert problems(read({"sources/a.md": page("a", body, names=["A"])})) == [
        "sources/a.md:7: link to unknown source 'gone'"
    ]


def test_links_that_look_inside_the_pack_but_are_malformed_are_reported():
    body = "[Upper](SOURCE:anton-lisko) and [rooted](source:/etc/passwd) and [Cap](article:Tea).\n"
    assert problems(read({"sources/a.md": page("a", body, names=["A"])})) == [
        "sources/a.md:7: link 'SOURCE:anton-lisko' must be 'source:ID' or 'article:ID' (an id "
        "of lower-case letters, digits and dashes)",
        "sources/a.md:7: link 'source:/etc/passwd' must be 'source:ID' or 'article:ID' (an id "
        "of lower-case letters, digits and dashes)",
        "sources/a.md:7: link 'article:Tea' must be 'source:ID' or 'article:ID' (an id "
        "of lower-case letters, digits and dashes)",
    ]


def test_links_outside_the_pack_are_not_problems():
    body = "See [the web](https://example.org/a) or [mail](mailto:desk@example.org).\n"
    source = read({"sources/a.md": page("a", body, names=["A"])})
    assert problems(source) == []
    assert source.sources[0].links == ()


def test_a_page_that_links_to_itself_is_reported_at_the_link():
    body = "Anton Lisko.\n\nMore about [Anton Lisko](source:anton-lisko).\n"
    assert problems(read({"sources/lisko.md": page("anton-lisko", body, names=["A"])})) == [
        "sources/lisko.md:9: the page links to itself"
    ]


def test_pages_that_link_in_a_cycle_are_fine_and_reading_ends():
    files = {
        "articles/02-a.md": article("a", "See [the first page](source:p0).\n"),
    }
    count = 400
    for n in range(count):  # p0 -> p1 -> ... -> p399 -> p0, none with names
        files[f"sources/p{n}.md"] = page(f"p{n}", f"Next: [page](source:p{(n + 1) % count}).\n")
    started = time.monotonic()
    source = read(files)
    assert time.monotonic() - started < 30
    assert problems(source) == []
    assert len(source.sources) == count


def test_a_cycle_that_nothing_reaches_is_not_reachable():
    source = read(
        {
            "sources/a.md": page("a", "To [b](source:b).\n"),
            "sources/b.md": page("b", "To [a](source:a).\n"),
        }
    )
    assert problems(source) == [f"sources/a.md:1: {UNREACHABLE}", f"sources/b.md:1: {UNREACHABLE}"]
    assert all(p.kind == SOURCE and p.field == "names" for p in source.problems)


def test_a_page_with_names_is_reachable_and_so_is_what_it_links_to():
    source = read(
        {
            "sources/a.md": page("a", "To [b](source:b).\n", names=["Page A"]),
            "sources/b.md": page("b", "To [c](source:c).\n"),
            "sources/c.md": page("c", "The end.\n"),
            "sources/d.md": page("d", "Alone, with a link to [c](source:c).\n"),
        }
    )
    # d links to c, but nothing reaches d: a link from an unreachable page reaches nothing.
    assert problems(source) == [f"sources/d.md:1: {UNREACHABLE}"]


def test_a_page_an_article_links_to_is_reachable():
    source = read(
        {
            "articles/01-survey.md": article(body="Led by [Dr Okafor](source:mara-okafor).\n"),
            "sources/mara.md": page("mara-okafor", "Her [department](source:ecology).\n"),
            "sources/eco.md": page("ecology", "A department.\n", kind="organisation"),
        }
    )
    assert problems(source) == []


def test_a_page_an_answer_key_checks_is_reachable():
    flag = (
        '\n[[flags]]\nquote = "Dr Mara Okafor"\ncategory = "false-authority"\n'
        'explanation = "Her field is river ecology, not medicine."\ncheck = "source:mara-okafor"\n'
    )
    note = (
        '\n[[notes]]\nquote = "the water was clear"\nnote = "The council published it."\n'
        'check = "source:council"\n'
    )
    source = read(
        {
            "articles/01-survey.md": article(keys=flag + note, kind="misinformation"),
            "sources/mara.md": page("mara-okafor", "A river ecologist.\n"),
            "sources/council.md": page("council", "The council.\n", kind="organisation"),
            "sources/zz.md": page("zz", "Nobody checks this.\n"),
        }
    )
    assert problems(source) == [f"sources/zz.md:1: {UNREACHABLE}"]


def test_a_link_to_a_broken_page_is_not_also_a_link_to_an_unknown_page():
    broken = page("varn", "", kind="organisation")  # empty: a problem of its own
    source = read(
        {
            "sources/a.md": page("a", "At [Varn](source:varn).\n", names=["A"]),
            "sources/varn.md": broken,
        }
    )
    assert problems(source) == [
        "sources/varn.md:7: empty page: there is no text after the front matter"
    ]


def test_a_link_to_a_page_whose_id_is_a_duplicate_resolves_to_the_first():
    source = read(
        {
            "sources/a.md": page("a", "See [b](source:b).\n", names=["A"]),
            "sources/b1.md": page("b", "First b.\n"),
            "sources/b2.md": page("b", "Second b.\n"),
        }
    )
    assert problems(source) == ["sources/b2.md:2: duplicate source id 'b' (also in b1.md)"]


def test_an_article_may_link_to_another_article():
    source = read(
        {
            "articles/02-other.md": article("other", "See [the survey](article:survey).\n"),
        }
    )
    assert problems(source) == []
    (link,) = source.articles[1].links
    assert link.address == "article:survey"


def test_a_pack_without_pages_reports_links_to_pages_as_unknown():
    source = read({"articles/02-other.md": article("other", "See [her](source:mara-okafor).\n")})
    assert problems(source) == ["articles/02-other.md:7: link to unknown source 'mara-okafor'"]


def test_a_page_with_thousands_of_broken_links_is_read_quickly():
    paragraphs = (
        " ".join(f"[l{p}-{n}](source:gone-{p}-{n})" for n in range(500)) for p in range(40)
    )
    body = "\n\n".join(paragraphs) + "\n"
    started = time.monotonic()
    source = read({"sources/a.md": page("a", body, names=["A"])})
    assert time.monotonic() - started < 20
    found = problems(source)
    assert len(found) == 20_000
    assert found[0] == "sources/a.md:7: link to unknown source 'gone-0-0'"
    assert found[-1] == "sources/a.md:85: link to unknown source 'gone-39-499'"
