"""Live validation: the draft is written as source files in memory and read back by the same
code as ``spotit pack validate``, so the editor shows exactly the command's messages and the
rules live in one place (``spotit.content.source``). Nothing is written to disk.

Each problem comes back structured (what it is about, which field, which flag),
and is tied here to the place the author fixes it: a pack field, a category, an
article field, an annotation or a line of an article's Markdown.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

from spotit.authoring.draft import PackDraft, SourceLayout, source_layout
from spotit.content.checks import CHECK, CHECKS
from spotit.content.lessons import LESSON, LESSONS
from spotit.content.source import (
    ARTICLE,
    BODY,
    CATEGORY,
    FLAG,
    MANIFEST,
    NOTE,
    PACK,
    Problem,
    read_pack_source_files,
)
from spotit.content.sources import SOURCE, SOURCES


@dataclass(frozen=True)
class Target:
    """Where a problem is fixed.

    ``kind`` is "pack" (a field of the pack), "category" (``field`` holds its id),
    "articles" (the article list), "article" (a field of an article), "annotation"
    (``field`` is "quote", "category", "explanation", "hint", "also", "core" or
    "anchors"), "note" (``note`` is its index in the article's notes, ``field`` "quote",
    "note", "hint", "check" or "check_quote") or "body" (``line`` is the 0-based line of the article's Markdown).
    For "anchors", ``anchor`` is the index of the other place at fault, if one is; for
    "also", ``category`` is the accepted category at fault. "lesson" is a lesson (``lesson``
    is its uid, ``field`` "category", "title", "order" or "body", and for "body" ``line`` is
    the 0-based line of its Markdown); "lessons" is the list of lessons. "check" is a check
    file (``file`` is its path, ``checks/<id>.toml``; ``line`` the 0-based line of the file,
    ``field`` the key at fault), "checks" the list of checks. "source" is a source page's
    file (``file`` is its path, ``sources/<name>.md``; ``line`` the 0-based line of the file,
    ``field`` the key at fault or "body"), "sources" the list of pages.
    """

    kind: str
    field: str = ""
    article: int | None = None
    annotation: int | None = None
    line: int | None = None
    note: int | None = None
    anchor: int | None = None
    category: str | None = None
    lesson: int | None = None
    file: str = ""


@dataclass(frozen=True)
class Issue:
    """One problem: the ``spotit pack validate`` message, and where to fix it."""

    message: str
    target: Target


#: The fields of a flag the editor has a place for; any other (occurrence, prefix...) is its quote.
FLAG_FIELDS = ("category", "explanation", "hint", "also", "core", "anchors", "check", "check_quote")
#: The keys of a note the editor can take the author to (any other: its passage).
NOTE_FIELDS = ("note", "hint", "check", "check_quote")


def check(
    draft: PackDraft,
    file_names: dict[int, str],
    previous_files: Mapping[str, str] | None = None,
) -> list[Issue]:
    """Every problem of the draft, as the command would list them for the saved folder.

    ``file_names`` and ``previous_files`` are what ``source_layout`` takes: the
    files are laid out exactly as a save would write them, so lines match.
    """
    layout = source_layout(draft, file_names, previous_files)
    source = read_pack_source_files(layout.files)
    return [Issue(str(p), target(p, layout)) for p in source.problems]


def target(problem: Problem, layout: SourceLayout) -> Target:
    """The place in the editor where ``problem`` (read from ``layout``'s files) is fixed."""
    if problem.rel == MANIFEST or problem.kind in (PACK, CATEGORY):
        if problem.kind == CATEGORY:
            return Target("category", problem.category or "")
        return Target("pack", problem.field)
    if problem.kind == LESSON or problem.rel.startswith(f"{LESSONS}/") or problem.rel == LESSONS:
        lesson = layout.lessons.get(problem.rel)
        if lesson is None:
            return Target("lessons")
        if problem.field == "body":
            line = (problem.line or 0) - layout.body_lines[problem.rel]
            return Target("lesson", "body", line=max(0, line), lesson=lesson)
        field = problem.field if problem.field in ("category", "title", "order") else ""
        return Target("lesson", field, lesson=lesson)
    if problem.kind == CHECK or problem.rel.startswith(f"{CHECKS}/") or problem.rel == CHECKS:
        # The check files are edited as they are written: a problem's line is the file's.
        if problem.rel not in layout.files:
            return Target("checks", problem.field)
        line = max(0, (problem.line or 1) - 1)
        return Target("check", problem.field, line=line, file=problem.rel)
    if problem.kind == SOURCE or problem.rel.startswith(f"{SOURCES}/") or problem.rel == SOURCES:
        # Pages are edited as their files, like checks: a problem's line is the file's.
        if problem.rel not in layout.files:
            return Target("sources", problem.field)
        line = max(0, (problem.line or 1) - 1)
        return Target("source", problem.field, line=line, file=problem.rel)
    uid = layout.articles.get(problem.rel)
    if uid is None:
        return Target("articles")
    if problem.kind == FLAG:
        flags = layout.flags[problem.rel]
        n = problem.flag if problem.flag is not None else -1
        annotation = flags[n] if 0 <= n < len(flags) else None
        field = problem.field if problem.field in FLAG_FIELDS else "quote"
        return Target(
            "annotation",
            field,
            uid,
            annotation,
            anchor=problem.anchor if field == "anchors" else None,
            category=problem.category if field == "also" else None,
        )
    if problem.kind == NOTE:
        count = layout.notes.get(problem.rel, 0)
        n = problem.note if problem.note is not None and 0 <= problem.note < count else None
        field = problem.field if problem.field in NOTE_FIELDS else "quote"
        return Target("note", field, uid, note=n)
    if problem.kind == BODY:
        line = (problem.line or 0) - layout.body_lines[problem.rel]
        return Target("body", article=uid, line=max(0, line))
    if problem.kind == ARTICLE:
        return Target("article", problem.field, uid)
    return Target("article", "", uid)
