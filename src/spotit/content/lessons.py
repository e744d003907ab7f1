"""Lessons in a pack source: ``lessons/*.md``, one per red-flag category.

A lesson teaches one category before the learner meets it: what the red flag is, a
worked example with the red flag marked ``==like this==``, and how to check it. Each
file is Markdown with TOML front matter between ``+++`` lines, like an article
(docs/content-pack.md, "Lessons"). It renders through the one rendering
(``spotit.content.render.render_lesson``), so it has blocks and a canonical text like
an article, and its marks are code-point spans of that text.

Reading never raises for bad content: each problem is collected with its file and
line, with ``kind`` "lesson" and ``category`` the lesson's category as written.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spotit.content.frontmatter import (
    FRONT_MATTER,
    Problem,
    Unreadable,
    _bidi_in_fields,
    _bidi_message,
    _front_matter,
    _Lines,
    _set_fields,
    bidi_controls,
    in_folder,
    read_front_matter,
    split_front_matter,
)

if TYPE_CHECKING:
    from spotit.core.blocks import Block

LESSONS = "lessons"
#: What a lesson problem is about (``Problem.kind``); ``field`` is "category", "title",
#: "order" or "body" (the Markdown after the front matter).
LESSON = "lesson"
#: The level-2 sections every lesson has, in this order.
SECTIONS = ("What it is", "Example", "How to check")
#: The section whose passage carries the marks.
EXAMPLE = "Example"
MAX_LESSONS = 1000
MAX_TITLE_CHARS = 200

_HEADING = re.compile(r"^(#{1,6})(?:[ \t]+(.*?))?[ \t#]*$")
_FENCE = re.compile(r"^[ \t]{0,3}(`{3,}|~{3,})")
_CODE_SPAN = re.compile(r"(`+).+?\1")
_PAIR = re.compile(r"==(?![\s=]).+?(?<![\s=])==")
_RAW_MARK = re.compile(r"<\s*/?\s*mark\b", re.IGNORECASE)


@dataclass
class SourceLesson:
    """One lesson as read from its file."""

    category: str
    title: str
    #: ``order`` as written, or None: lessons are listed by it, then by category order
    order: int | None
    body: str  # the Markdown body, as written
    blocks: list[Block]
    text: str
    marks: tuple[tuple[int, int], ...]
    path: str = ""
    rel: str = ""


def is_lesson_file(rel: str) -> bool:
    """True for a relative path that names a lesson of a pack source (not a dot-file)."""
    return in_folder(rel, LESSONS)


def lesson_file_name(category: str) -> str:
    """The conventional file of a category's lesson: ``lessons/<category>.md``."""
    return f"{LESSONS}/{category or 'lesson'}.md"


def read_lessons(
    files: Mapping[str, str | Unreadable],
    where: Callable[[str], str],
    categories: list[str],
    problems: list[Problem],
) -> list[SourceLesson]:
    """Every usable lesson of ``files``, in the order learners meet them.

    ``categories`` are the pack's category ids in palette order. Lessons with an
    ``order`` come first, by it; then the others, by their category's place.
    """
    names = sorted(rel for rel in files if is_lesson_file(rel))
    if len(names) > MAX_LESSONS:
        problems.append(
            Problem(where(LESSONS), None, f"more than {MAX_LESSONS} lessons", rel=LESSONS)
        )
        names = names[:MAX_LESSONS]
    known = set(categories)
    lessons: list[SourceLesson] = []
    seen: dict[str, str] = {}
    for rel in names:
        lesson = read_lesson_text(files[rel], where(rel), known, problems, rel)
        if lesson is None:
            continue
        if lesson.category in seen:
            problems.append(
                Problem(
                    where(rel),
                    _key_line(files[rel], "category"),
                    f"a second lesson for category {lesson.category!r} (the first is "
                    f"{seen[lesson.category]}): a category has at most one lesson",
                    LESSON,
                    "category",
                    category=lesson.category,
                    rel=rel,
                )
            )
            continue
        seen[lesson.category] = rel.rsplit("/", 1)[-1]
        lessons.append(lesson)
    place = {c: i for i, c in enumerate(categories)}
    lessons.sort(key=lambda s: (s.order is None, s.order or 0, place.get(s.category, len(place))))
    return lessons


def _key_line(raw: str | Unreadable, key: str) -> int | None:
    split = split_front_matter(raw) if isinstance(raw, str) else None
    return _Lines(split[0], 2).of(key) if split else None


def read_lesson_text(
    raw: str | Unreadable,
    name: str,
    known_categories: set[str],
    problems: list[Problem],
    rel: str = "",
) -> SourceLesson | None:
    """Read one lesson from its text; problems (naming ``name``) go to ``problems``.

    None if it cannot be used (no front matter, no known category or title, or any
    problem at all: a lesson with problems is not built).
    """
    from spotit.content.render import render_lesson  # Markdown: only when read

    category: str | None = None

    def problem(line: int | None, message: str, key: str = "") -> None:
        problems.append(Problem(name, line, message, LESSON, key, category=category, rel=rel))

    read = read_front_matter(raw, problem)
    if read is None:
        return None
    data, body, body_line, lines = read.data, read.body, read.body_line, read.lines
    before = len(problems)
    value = data.get("category")
    if isinstance(value, str) and value.strip():
        category = value.strip()
        if category not in known_categories:
            problem(
                lines.of("category"),
                f"unknown category {category!r}: a lesson teaches one of the pack's categories",
                "category",
            )
    else:
        problem(
            lines.of("category") if "category" in data else 2,
            "field 'category' must be the id of one of the pack's categories",
            "category",
        )
    title = data.get("title")
    if not isinstance(title, str) or not title.strip():
        problem(
            lines.of("title") if "title" in data else 2,
            "field 'title' must be non-empty text",
            "title",
        )
        title = ""
    elif len(title.strip()) > MAX_TITLE_CHARS:
        problem(
            lines.of("title"), f"field 'title' is longer than {MAX_TITLE_CHARS} characters", "title"
        )
    title = title.strip()
    order = data.get("order")
    if order is not None and (not isinstance(order, int) or isinstance(order, bool)):
        problem(lines.of("order"), f"field 'order' must be a whole number, not {order!r}", "order")
        order = None
    for key in data:
        if key not in ("category", "title", "order"):
            problem(
                lines.of(key),
                f"unknown field {key!r}: a lesson has 'category', 'title' and 'order'",
                key,
            )

    def bidi(line: int, message: str, key: str, table: str, n: int | None) -> None:
        problem(line, message, key)

    _bidi_in_fields(data, lines, bidi)
    for i, char in bidi_controls(body):
        problem(body_line + body.count("\n", 0, i), _bidi_message("the text", char), "body")
    rendered = render_lesson(title, body)
    if rendered.problem:
        problem(body_line + (rendered.problem_line or 0), rendered.problem, "body")
    else:
        _check_body(body, body_line, rendered, problem)
    if len(problems) > before or category is None:
        return None
    return SourceLesson(
        category, title, order, body, rendered.blocks, rendered.text, rendered.marks, name, rel
    )


@dataclass
class _Section:
    title: str
    line: int  # file line of its heading
    lines: list[tuple[int, str]] = field(default_factory=list)  # (file line, text) outside code


def _outline(body: str, body_line: int) -> tuple[list[_Section], list[tuple[int, int, str]]]:
    """The level-2 sections of ``body``, and every heading as (file line, level, title).

    Lines inside fenced code are not headings and are left out of the sections' lines.
    """
    sections: list[_Section] = [_Section("", body_line)]  # what comes before any section
    headings = []
    fence = ""
    for n, line in enumerate(body.split("\n")):
        number = body_line + n
        opened = _FENCE.match(line)
        if fence:
            if opened and opened.group(1)[0] == fence[0] and len(opened.group(1)) >= len(fence):
                fence = ""
            continue
        if opened:
            fence = opened.group(1)
            continue
        heading = _HEADING.match(line)
        if heading:
            level, text = len(heading.group(1)), (heading.group(2) or "").strip()
            headings.append((number, level, text))
            if level <= 2:
                sections.append(_Section(text if level == 2 else f"# {text}", number))
                continue
        sections[-1].lines.append((number, line))
    return sections, headings


def _check_body(body: str, body_line: int, rendered, problem) -> None:
    """The lesson's shape: the three sections in order, marks exactly in the example."""
    sections, _ = _outline(body, body_line)
    wanted = ", ".join(f"'## {s}'" for s in SECTIONS)
    intro = [n for n, text in sections[0].lines if text.strip()]
    if intro:
        problem(
            intro[0], f"text before the first section: a lesson is {wanted}, in that order", "body"
        )
    found: list[_Section] = []
    for section in sections[1:]:
        if section.title not in SECTIONS:
            shown = section.title if section.title.startswith("#") else f"## {section.title}"
            problem(
                section.line,
                f"extra section '{shown}': a lesson has exactly {wanted}, in that order "
                "(use '###' for a heading inside a section)",
                "body",
            )
        elif any(s.title == section.title for s in found):
            problem(section.line, f"section '## {section.title}' appears twice", "body")
        else:
            if found and SECTIONS.index(section.title) < SECTIONS.index(found[-1].title):
                problem(
                    section.line,
                    f"section '## {section.title}' is out of order: the sections are {wanted}, "
                    "in that order",
                    "body",
                )
            found.append(section)
    titles = [s.title for s in found]
    for title in SECTIONS:
        if title not in titles:
            problem(body_line, f"missing section '## {title}': a lesson has {wanted}", "body")
    for section in found:
        if not any(text.strip() for _, text in section.lines):
            problem(section.line, f"section '## {section.title}' is empty", "body")
    # Marks, by where they render: the rendered sections match the source's one by one
    # (both split at headings of level 1 and 2), the first being what comes before any.
    spans = _section_spans(rendered.blocks)
    example = next((s for s in found if s.title == EXAMPLE), None)
    marked_example = False
    for start, _end in rendered.marks:
        n = next((i for i, (a, b) in enumerate(spans) if a <= start < b), 0)
        section = sections[n] if n < len(sections) else sections[-1]
        if section.title == EXAMPLE:
            marked_example = marked_example or section is example
            continue  # a second Example is reported as that
        problem(
            _first_line_with(section, "==") or section.line,
            f"a mark (==…==) outside '## {EXAMPLE}': mark the red flag only in the example",
            "body",
        )
    if example is not None and not marked_example:
        problem(
            example.line,
            f"no mark in '## {EXAMPLE}': mark the red flag in the passage ==like this==",
            "body",
        )
    for section in sections:
        for number, text in section.lines:
            stripped = _PAIR.sub("", _CODE_SPAN.sub("", text))
            if "==" in stripped and not _closed_across_lines(section, number):
                problem(number, "an unclosed mark: '==' opens a mark that no '==' closes", "body")
                break
            if _RAW_MARK.search(_CODE_SPAN.sub("", text)):
                problem(number, "write marks as ==words==, not as an HTML <mark> tag", "body")
                break


def _closed_across_lines(section: _Section, number: int) -> bool:
    """Whether the '==' left on line ``number`` pairs up within its paragraph (a mark may wrap)."""
    paragraph: list[str] = []
    inside = False
    for n, text in section.lines:
        if not text.strip():
            if inside:
                break
            paragraph = []
            continue
        paragraph.append(_CODE_SPAN.sub("", text))
        inside = inside or n == number
    joined = "\n".join(paragraph)
    return "==" not in _PAIR.sub("", joined.replace("\n", " "))


def _first_line_with(section: _Section, needle: str) -> int | None:
    return next((n for n, text in section.lines if needle in _CODE_SPAN.sub("", text)), None)


def _section_spans(blocks: list[Block]) -> list[tuple[int, int]]:
    """(start, end) in the canonical text of what comes before the first heading of level 1
    or 2, then of each such heading's section, in order (the title block is in none)."""
    spans: list[tuple[int, int]] = []
    offset = begun = 0
    for block in blocks:
        if block.kind == "headline":
            begun = offset + len(block.text) + 1
        elif block.kind == "heading" and block.level <= 2:
            spans.append((begun, offset))
            begun = offset + len(block.text) + 1
        offset += len(block.text) + 1
    spans.append((begun, offset))
    return spans


def lesson_source(
    category: str, title: str, body: str, order: int | None = None, previous: str | None = None
) -> str:
    """The Markdown file of one lesson; with ``previous``, its front matter is edited in place."""
    import tomlkit

    front = _front_matter(previous)
    _set_fields(front, {"category": category, "title": title, "order": order}, None)
    written = tomlkit.dumps(front)
    if written and not written.endswith("\n"):
        written += "\n"
    return f"{FRONT_MATTER}\n{written}{FRONT_MATTER}\n{body}"
