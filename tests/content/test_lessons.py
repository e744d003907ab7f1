"""Lessons in pack sources: reading, the marks' offsets, and every problem with file and line."""

from __future__ import annotations

import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from markdown.test_tools import TestCase as MarkdownTestCase
from tests.conftest import make_source

from spotit.content.lessons import LESSON, lesson_source, read_lesson_text
from spotit.content.render import MarkExtension, render, render_lesson
from spotit.content.source import read_pack_source, read_pack_source_files, source_files

GOOD = """\
## What it is

A vague source is one nobody could look up.

## Example

> Tap water is unsafe, ==according to experts== at a conference.

Which experts? Nothing in the marked words can be searched.

## How to check

Look for a name, an institution and a date.
"""


def lesson(front: str, body: str = GOOD) -> str:
    return f"+++\n{textwrap.dedent(front).strip()}\n+++\n{body}"


def write_lesson(folder: Path, name: str, text: str) -> Path:
    path = folder / "lessons" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def read(body: str = GOOD, front: str = 'category = "vague-source"\ntitle = "Vague sources"'):
    problems: list = []
    found = read_lesson_text(
        lesson(front, body), "lessons/x.md", {"vague-source", "filler"}, problems, "lessons/x.md"
    )
    return found, problems


def lines_of(problems) -> list[tuple[int | None, str]]:
    return [(p.line, p.message) for p in problems]


# -- the mark extension, tested the Python-Markdown way -----------------------------


class TestMarkExtension(MarkdownTestCase):
    default_kwargs = {"extensions": [MarkExtension()]}

    def test_marks_words(self):
        self.assertMarkdownRenders("a ==red flag== here", "<p>a <mark>red flag</mark> here</p>")

    def test_inline_markup_inside_and_around(self):
        self.assertMarkdownRenders(
            "==**all** of it== and **==bold mark==**",
            "<p><mark><strong>all</strong> of it</mark> and <strong><mark>bold mark</mark></strong></p>",
        )

    def test_spaces_inside_the_marks_are_no_mark(self):
        self.assertMarkdownRenders("x == y and a ==b ==", "<p>x == y and a ==b ==</p>")

    def test_code_spans_keep_their_equals(self):
        self.assertMarkdownRenders("`a==b==c`", "<p><code>a==b==c</code></p>")

    def test_the_tag_is_configurable(self):
        self.assertMarkdownRenders(
            "==x==", "<p><span>x</span></p>", extensions=[MarkExtension(tag="span")]
        )


# -- offsets --------------------------------------------------------------------------


def test_marks_are_code_point_spans_of_the_canonical_text_without_the_equals():
    rendered = render_lesson(
        "Title 🚀", "## Example\n\n> He said 🚀 ==*nobody* knows== it, ==really==.\n"
    )
    assert rendered.text == "Title 🚀\nExample\nHe said 🚀 nobody knows it, really."
    assert [rendered.text[a:b] for a, b in rendered.marks] == ["nobody knows", "really"]
    assert "==" not in rendered.text


def test_a_mark_wrapping_a_line_and_inside_a_list_item():
    rendered = render_lesson("T", "- one ==marked\n  words== here\n- 𝒳 ==two==\n")
    assert [rendered.text[a:b] for a, b in rendered.marks] == ["marked words", "two"]


def test_a_lesson_without_marks_renders_exactly_as_an_article():
    body = "## What it is\n\nText with *style*, a [link](https://example.org) and `code`.\n"
    assert render_lesson("T", body).blocks == render("T", body).blocks


def test_noncharacters_in_the_source_never_become_marks():
    rendered = render_lesson("T", "a \ufdd0b\ufdd1 c")
    assert rendered.marks == ()
    assert rendered.text == "T\na \ufffdb\ufffd c"


_WORD = st.text(
    alphabet=st.sampled_from(list("abcxyz") + ["é", "🚀", "𝒳", "中", "&"]), min_size=1, max_size=6
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(_WORD, st.booleans(), st.sampled_from(["", "*", "**"])), min_size=1))
def test_every_mark_spans_exactly_its_words(words):
    """Whatever words, emphasis and astral characters: each mark spells what was marked."""
    parts, wanted = [], []
    for word, marked, style in words:
        shown = f"{style}{word}{style}"
        parts.append(f"=={shown}==" if marked else shown)
        if marked:
            wanted.append(word)
    body = "> " + " ".join(parts) + "\n"
    rendered = render_lesson("Title", body)
    assert [rendered.text[a:b] for a, b in rendered.marks] == wanted
    plain = render("Title", " ".join(f"{s}{w}{s}" for w, _, s in words))
    assert rendered.text == plain.text


# -- reading ----------------------------------------------------------------------------


def test_a_good_lesson_reads_with_its_marks_and_blocks():
    found, problems = read()
    assert problems == []
    assert (found.category, found.title, found.order) == ("vague-source", "Vague sources", None)
    assert found.text.startswith("Vague sources\nWhat it is\n")
    assert [found.text[a:b] for a, b in found.marks] == ["according to experts"]
    assert found.body == GOOD


def test_lessons_are_ordered_by_order_then_by_category(tmp_path):
    folder = make_source(tmp_path / "src")
    write_lesson(folder, "a.md", lesson('category = "filler"\ntitle = "Filler"'))
    write_lesson(folder, "b.md", lesson('category = "vague-source"\ntitle = "Vague"'))
    write_lesson(
        folder, "c.md", lesson('category = "unsourced-quote"\ntitle = "Quotes"\norder = 5')
    )
    source = read_pack_source(folder)
    assert source.problems == []
    ids = [c.id for c in source.categories]
    rest = sorted(["filler", "vague-source"], key=ids.index)
    assert [x.category for x in source.lessons] == ["unsourced-quote", *rest]
    assert "lessons/a.md" in source_files(folder)


def test_dot_files_and_other_folders_are_not_lessons(tmp_path):
    folder = make_source(tmp_path / "src")
    write_lesson(folder, ".swap.md", "not a lesson")
    (folder / "lessons" / "notes.txt").write_text("no", encoding="utf-8")
    source = read_pack_source(folder)
    assert source.problems == [] and source.lessons == []


def test_lesson_source_round_trips_and_keeps_comments():
    written = lesson_source("vague-source", "Vague sources", GOOD, order=3)
    found, problems = read_lesson_text(written, "x", {"vague-source"}, [], "lessons/x.md"), []
    assert found.order == 3 and found.body == GOOD
    previous = '+++\n# the author\'s note\ncategory = "vague-source"\ntitle = "Old"\n+++\n' + GOOD
    again = lesson_source("vague-source", "New", GOOD, previous=previous)
    assert "# the author's note" in again and 'title = "New"' in again
    assert problems == []


# -- problems, each with its file and line ---------------------------------------------

BODY_LINE = 5  # front matter of two keys: lines 1-4, the body starts on line 5


@pytest.mark.parametrize(
    ("front", "line", "words"),
    [
        ('category = "nope"\ntitle = "T"', 2, "unknown category 'nope'"),
        ('title = "T"\nsummary = "x"', 2, "field 'category' must be"),
        ('category = "vague-source"\ntitle = "  "', 3, "field 'title' must be non-empty"),
        ('category = "vague-source"\ntitle = "T"\norder = "first"', 4, "'order' must be a whole"),
        ('category = "vague-source"\ntitle = "T"\nlevel = 2', 4, "unknown field 'level'"),
        ('category = "vague-source"\ntitle = "T\u202e"', 3, "bidi control U+202E"),
    ],
)
def test_front_matter_problems(front, line, words):
    found, problems = read(front=front)
    assert found is None
    assert any(p.line == line and words in p.message for p in problems), lines_of(problems)
    assert all(p.kind == LESSON and p.file == "lessons/x.md" for p in problems)


def test_no_front_matter_or_bad_toml():
    problems: list = []
    assert read_lesson_text("## What it is\n", "f.md", set(), problems) is None
    assert lines_of(problems) == [(1, lines_of(problems)[0][1])]
    assert "missing front matter" in problems[0].message
    problems = []
    assert read_lesson_text("+++\ncategory = \n+++\n", "f.md", set(), problems) is None
    assert problems[0].line == 2 and "not valid TOML" in problems[0].message


def body_problems(body: str) -> list[tuple[int | None, str]]:
    found, problems = read(body)
    assert found is None
    assert all(p.kind == LESSON and p.field == "body" for p in problems)
    assert all(p.category == "vague-source" for p in problems)
    return lines_of(problems)


def test_a_missing_section():
    body = GOOD.replace("## How to check\n\nLook for a name, an institution and a date.\n", "")
    assert body_problems(body) == [
        (BODY_LINE, "missing section '## How to check': a lesson has '## What it is', "
         "'## Example', '## How to check'")
    ]  # fmt: skip


def test_an_extra_section_names_its_line():
    body = GOOD + "\n## Further reading\n\nMore.\n"
    ((line, message),) = body_problems(body)
    assert line == BODY_LINE + GOOD.count("\n") + 1
    assert message.startswith("extra section '## Further reading'")


def test_a_level_three_heading_inside_a_section_is_fine():
    found, problems = read(GOOD.replace("## How to check\n", "## How to check\n\n### Steps\n"))
    assert problems == [] and found is not None


def test_sections_out_of_order():
    what, example, check = GOOD.split("\n\n## ")
    body = f"## {example}\n\n{what}\n\n## {check}"
    lines = body_problems(body)
    assert lines == [
        (BODY_LINE + 6, "section '## What it is' is out of order: the sections are "
         "'## What it is', '## Example', '## How to check', in that order")
    ]  # fmt: skip


def test_a_section_twice_and_an_empty_section():
    body = GOOD + "\n## Example\n\n> ==again==\n"
    assert body_problems(body) == [
        (BODY_LINE + GOOD.count("\n") + 1, "section '## Example' appears twice")
    ]
    empty = GOOD.replace("Look for a name, an institution and a date.\n", "")
    assert body_problems(empty) == [(BODY_LINE + 10, "section '## How to check' is empty")]


def test_text_before_the_first_section():
    ((line, message),) = body_problems("An introduction.\n\n" + GOOD)
    assert line == BODY_LINE and message.startswith("text before the first section")


def test_no_mark_in_the_example():
    body = GOOD.replace("==according to experts==", "according to experts")
    assert body_problems(body) == [
        (BODY_LINE + 4, "no mark in '## Example': mark the red flag in the passage ==like this==")
    ]


def test_a_mark_outside_the_example():
    body = GOOD.replace("nobody could look up", "==nobody== could look up")
    assert body_problems(body) == [
        (
            BODY_LINE + 2,
            "a mark (==…==) outside '## Example': mark the red flag only in the example",
        )
    ]


def test_an_unclosed_mark():
    body = GOOD.replace("Which experts?", "Which ==experts?")
    assert body_problems(body) == [
        (BODY_LINE + 8, "an unclosed mark: '==' opens a mark that no '==' closes")
    ]


def test_a_mark_in_a_code_span_is_text_not_a_mark_or_a_problem():
    found, problems = read(GOOD.replace("Look for", "Search `x ==y==` and look for"))
    assert problems == [] and len(found.marks) == 1


def test_a_raw_html_mark_is_refused():
    body = GOOD.replace("Which experts?", "Which <mark>experts</mark>?")
    assert body_problems(body) == [
        (BODY_LINE + 8, "write marks as ==words==, not as an HTML <mark> tag")
    ]


def test_bidi_controls_in_the_body_name_their_line():
    body = GOOD.replace("Look for", "Look\u2066 for")
    ((line, message),) = body_problems(body)
    assert line == BODY_LINE + 12 and "U+2066" in message


def test_markdown_beyond_the_limits_is_a_problem_with_its_line():
    body = GOOD + "\n" + ">" * 30 + " deep\n"
    lines = body_problems(body)
    assert lines[0][0] == BODY_LINE + GOOD.count("\n") + 1 and "nests" in lines[0][1]


def test_two_lessons_for_one_category(tmp_path):
    folder = make_source(tmp_path / "src")
    write_lesson(folder, "a.md", lesson('category = "vague-source"\ntitle = "One"'))
    write_lesson(folder, "b.md", lesson('title = "Two"\ncategory = "vague-source"'))
    source = read_pack_source(folder)
    (problem,) = source.problems
    assert (problem.file, problem.line) == (str(folder / "lessons" / "b.md"), 3)
    assert "a second lesson for category 'vague-source' (the first is a.md)" in problem.message
    assert [x.title for x in source.lessons] == ["One"]


def test_an_unreadable_or_huge_lesson(tmp_path):
    folder = make_source(tmp_path / "src")
    path = write_lesson(folder, "a.md", "")
    path.write_bytes(b"\xff\xfe not utf-8")
    (problem,) = read_pack_source(folder).problems
    assert problem.file.endswith("a.md") and problem.message == "not UTF-8 text"
    path.write_text("x" * 2_000_001, encoding="utf-8")
    (problem,) = read_pack_source(folder).problems
    assert "larger than" in problem.message


def test_problems_are_printed_as_validate_prints_them():
    files = {
        "pack.toml": 'id = "p"\ntitle = "P"\nversion = "1"\n',
        "articles/a.md": '+++\nid = "a"\nheadline = "H"\nkind = "credible"\n+++\nText.\n',
        "lessons/x.md": lesson('category = "vague-source"\ntitle = "T"', "## Example\n"),
    }
    source = read_pack_source_files(files)
    printed = [str(p) for p in source.problems]
    assert "lessons/x.md:5: section '## Example' is empty" in printed
    assert any(p.startswith("lessons/x.md:5: missing section '## What it is'") for p in printed)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["## What it is", "## Example", "## How to check", "## Other", "# Top", "", "text",
             "> ==mark==", "==open", "close==", "`==x==`", "```", "- ==item==", "<mark>x</mark>",
             "  ==a\u202e==", "🚀 ==𝒳=="]
        ),
        max_size=14,
    )
)  # fmt: skip
def test_any_body_is_read_or_reported_never_raised(lines):
    """Whatever the Markdown, reading gives a lesson or problems with lines inside the file."""
    body = "\n".join(lines) + "\n"
    found, problems = read(body)
    total = lesson('category = "vague-source"\ntitle = "T"', body).count("\n") + 1
    assert (found is None) == bool(problems)
    assert all(p.line is not None and 1 <= p.line <= total for p in problems)
    if found is not None:
        assert found.marks and all(0 <= a < b <= len(found.text) for a, b in found.marks)
