"""The starter pack's lessons, read straight from their Markdown files.

A learner meets a category's lesson before the first article that contains it, so
every category the starter articles use needs one, and each lesson must teach the
same way: what the red flag is, a worked example with the red flag marked, how to
check it. These tests read ``content/starter/lessons/*.md`` with tomllib and simple
patterns, independently of the pack reader, so a broken lesson is named here even
when the reader's own checks change.

Lessons must not reuse the articles' words: a lesson that shares a five-word run
with an article teaches the answer to that article instead of the skill. Nor
should two lessons share one, which would be a stock phrase the learner hears
over and over.
"""

from __future__ import annotations

import re
import tomllib
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path

import pytest
from tests.content.test_starter_tells import PHRASE_WORDS, WORD

from spotit.core.taxonomy import DEFAULT_TAXONOMY

ROOT = Path(__file__).resolve().parents[2]
STARTER = ROOT / "content" / "starter"
LESSONS = STARTER / "lessons"

SECTIONS = ("What it is", "Example", "How to check")
MIN_WORDS, MAX_WORDS = 100, 300
MARK = re.compile(r"==(.+?)==")
STEP = re.compile(r"^\d+\. \S")
ALL_CAPS = re.compile(r"\b[A-Z]{2,}\b")


@dataclass(frozen=True)
class LessonFile:
    """One lesson source as written: front matter, and the body cut into sections."""

    path: Path
    meta: dict
    sections: dict[str, str]  # heading -> text under it, in file order
    headings: list[str]  # every heading line of the body, in order

    @property
    def body(self) -> str:
        return "\n".join(self.sections.values())

    def words(self) -> list[str]:
        """The words a learner reads in the body (marks and headings left out)."""
        return WORD.findall(self.body.replace("==", " "))


def split_front_matter(text: str) -> tuple[str, str]:
    lines = text.split("\n")
    assert lines[0] == "+++", "front matter must open with +++ on the first line"
    end = lines.index("+++", 1)
    return "\n".join(lines[1:end]), "\n".join(lines[end + 1 :])


def read_lesson(path: Path) -> LessonFile:
    front, body = split_front_matter(path.read_text(encoding="utf-8"))
    sections: dict[str, str] = {}
    headings: list[str] = []
    current: list[str] | None = None
    for line in body.split("\n"):
        if line.startswith("#"):
            headings.append(line)
            current = sections.setdefault(line.removeprefix("## ").strip(), [])  # type: ignore[assignment]
        elif current is not None:
            current.append(line)
        else:
            assert not line.strip(), f"{path.name}: text before the first section: {line!r}"
    return LessonFile(
        path,
        tomllib.loads(front),
        {name: "\n".join(lines).strip() for name, lines in sections.items()},
        headings,
    )


def article_sources() -> dict[str, str]:
    """Each starter article's headline and body as written, by file name."""
    texts = {}
    for path in sorted((STARTER / "articles").glob("*.md")):
        front, body = split_front_matter(path.read_text(encoding="utf-8"))
        texts[path.name] = tomllib.loads(front)["headline"] + "\n" + body
    return texts


def article_categories() -> set[str]:
    """Every category a red flag of a starter article is filed under."""
    used = set()
    for path in (STARTER / "articles").glob("*.md"):
        front, _ = split_front_matter(path.read_text(encoding="utf-8"))
        used |= {flag["category"] for flag in tomllib.loads(front).get("flags", [])}
    return used


def pack_categories() -> set[str]:
    pack = tomllib.loads((STARTER / "pack.toml").read_text(encoding="utf-8"))
    extra = {c["id"] for c in pack.get("categories", [])}
    return extra | (
        {c.id for c in DEFAULT_TAXONOMY} if pack.get("taxonomy") == "default" else set()
    )


def phrases(text: str, n: int = PHRASE_WORDS) -> set[str]:
    words = WORD.findall(text.replace("==", " ").lower().replace("’", "'"))
    return {" ".join(words[i : i + n]) for i in range(len(words) - n + 1)}


def sentences(text: str) -> int:
    return len(re.findall(r"[.?!](?:[\"”)]*)(?=\s|$)", text))


@pytest.fixture(scope="module")
def lessons() -> list[LessonFile]:
    return [read_lesson(path) for path in sorted(LESSONS.glob("*.md"))]


def test_every_category_the_articles_use_has_exactly_one_lesson(lessons):
    categories = [lesson.meta.get("category") for lesson in lessons]
    assert len(categories) == len(set(categories)), sorted(categories)
    assert article_categories() - set(categories) == set()
    assert set(categories) <= pack_categories()


def test_lesson_files_are_named_after_their_category(lessons):
    assert [lesson.path.stem for lesson in lessons] == [
        lesson.meta["category"] for lesson in lessons
    ]


def test_front_matter_has_a_title_and_a_distinct_teaching_order(lessons):
    for lesson in lessons:
        assert set(lesson.meta) <= {"category", "title", "order"}, lesson.path.name
        assert isinstance(lesson.meta.get("title"), str), lesson.path.name
        assert lesson.meta["title"].strip(), lesson.path.name
        assert type(lesson.meta.get("order")) is int, lesson.path.name
    orders = [lesson.meta["order"] for lesson in lessons]
    # Ties would leave the order new categories are offered in to the pack's category order.
    assert len(orders) == len(set(orders)), sorted(orders)


def test_beginners_meet_the_loud_red_flags_before_the_subtle_ones(lessons):
    order = {lesson.meta["category"]: lesson.meta["order"] for lesson in lessons}
    first = ("sensational-headline", "vague-source", "unsourced-quote")
    last = ("missing-context", "misleading-number", "logical-fallacy", "filler")
    assert max(order[c] for c in first) < min(order[c] for c in order if c not in first)
    assert min(order[c] for c in last) > max(order[c] for c in order if c not in last)


def test_each_lesson_has_the_three_sections_in_order_and_nothing_else(lessons):
    for lesson in lessons:
        assert lesson.headings == [f"## {name}" for name in SECTIONS], lesson.path.name
        assert all(lesson.sections[name] for name in SECTIONS), lesson.path.name


def test_what_it_is_explains_in_two_to_four_sentences(lessons):
    for lesson in lessons:
        count = sentences(lesson.sections["What it is"])
        assert 2 <= count <= 4, (lesson.path.name, count)


def test_each_example_is_a_quoted_passage_with_the_red_flag_marked(lessons):
    for lesson in lessons:
        example = lesson.sections["Example"].split("\n")
        quoted = [line for line in example if line.startswith(">")]
        after = [line for line in example if line.strip() and not line.startswith(">")]
        assert quoted and example[0].startswith(">"), lesson.path.name
        marks = [m for line in quoted for m in MARK.findall(line)]
        assert marks, f"{lesson.path.name}: the example marks no passage"
        assert all(m.strip() == m and WORD.search(m) for m in marks), (lesson.path.name, marks)
        # Every == opens and closes a mark within one line of the quoted passage.
        for line in quoted:
            assert MARK.sub("", line).count("==") == 0, (lesson.path.name, line)
        # After the passage, one or two sentences say why the marked words are the red
        # flag, and perhaps one more what a credible version would say instead.
        assert after and not any("==" in line for line in after), lesson.path.name
        assert 1 <= sentences(" ".join(after)) <= 3, (lesson.path.name, after)


def test_marks_appear_only_in_the_example(lessons):
    for lesson in lessons:
        for name in ("What it is", "How to check"):
            assert "==" not in lesson.sections[name], (lesson.path.name, name)


def test_how_to_check_gives_two_to_four_numbered_steps(lessons):
    for lesson in lessons:
        lines = [line for line in lesson.sections["How to check"].split("\n") if line.strip()]
        assert all(STEP.match(line) for line in lines), (lesson.path.name, lines)
        assert 2 <= len(lines) <= 4, (lesson.path.name, len(lines))


def test_lessons_are_100_to_300_words(lessons):
    for lesson in lessons:
        assert MIN_WORDS <= len(lesson.words()) <= MAX_WORDS, (
            lesson.path.name,
            len(lesson.words()),
        )


def test_no_all_caps_shouting(lessons):
    for lesson in lessons:
        assert ALL_CAPS.findall(lesson.body) == [], lesson.path.name


def test_no_five_word_phrase_is_shared_with_an_article():
    articles = {name: phrases(text) for name, text in article_sources().items()}
    shared = {}
    for path in sorted(LESSONS.glob("*.md")):
        own = phrases(read_lesson(path).body)
        for name, theirs in articles.items():
            if own & theirs:
                shared[(path.name, name)] = sorted(own & theirs)
    assert shared == {}


def test_no_five_word_phrase_is_repeated_across_lessons(lessons):
    where: dict[str, set[str]] = defaultdict(set)
    for lesson in lessons:
        for phrase in phrases(lesson.body):
            where[phrase].add(lesson.path.name)
    assert {p: sorted(names) for p, names in where.items() if len(names) > 1} == {}


def test_the_readers_helpers_catch_a_broken_lesson(tmp_path):
    # The checks above read files with simple patterns; make sure those patterns can fail.
    broken = tmp_path / "filler.md"
    broken.write_text(
        '+++\ncategory = "filler"\ntitle = "Filler"\n+++\n\n'
        "## What it is\n\nWords. ==Marked here.==\n\n## How to check\n\n- one\n",
        encoding="utf-8",
    )
    lesson = read_lesson(broken)
    assert lesson.headings == ["## What it is", "## How to check"]
    assert MARK.findall(lesson.sections["What it is"]) == ["Marked here."]
    assert not STEP.match(lesson.sections["How to check"])
    assert phrases("one two three four five six") == {
        "one two three four five",
        "two three four five six",
    }
    assert sentences('He said "no." Then "yes?" she asked. Done') == 3


def test_the_pack_reader_finds_the_marked_words_of_every_lesson(lessons):
    # The same files through the pack's own reader: no problems, and each lesson's
    # marks are exactly the words between == in its file, in order.
    from spotit.content.source import read_pack_source

    source = read_pack_source(STARTER)
    assert [str(p) for p in source.problems] == []
    read = {lesson.category: lesson for lesson in source.lessons}
    assert sorted(read) == sorted(lesson.meta["category"] for lesson in lessons)
    for lesson in lessons:
        got = read[lesson.meta["category"]]
        assert got.title == lesson.meta["title"]
        marked = [got.text[start:end] for start, end in got.marks]
        assert marked == MARK.findall(lesson.sections["Example"]), lesson.path.name
    assert [lesson.category for lesson in source.lessons] == [
        lesson.meta["category"] for lesson in sorted(lessons, key=lambda x: x.meta["order"])
    ]
