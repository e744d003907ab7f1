"""Checks in pack sources: reading ``checks/*.toml``, every problem with file and line.

The balance rules (docs/content-pack.md, "Checks") are what makes the forms parallel, so
each one has a test that breaks exactly it and finds the line to fix.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import make_source

from spotit.content.checks import CHECK, check_source, read_check_text
from spotit.content.source import read_pack_source, read_pack_source_files, source_files
from spotit.core.model import Check

NAME = "checks/disc.toml"
#: Line of the first [[items]] header, and how many lines each item takes.
FIRST, STEP = 6, 10
#: Offsets of each key below its item's [[items]] header.
KEY = {"id": 1, "form": 2, "truth": 3, "topic": 4, "difficulty": 5, "headline": 6, "lede": 7,
       "outlet": 8}  # fmt: skip


def check_lines(forms: tuple[str, ...] = ("A", "B"), check_id: str = "disc") -> list[str]:
    """A balanced check's file, as lines: per form a credible and a misleading item on
    health at difficulty 1, then the same on science at difficulty 2."""
    lines = [
        f'id = "{check_id}"',
        'title = "Credible or not?"',
        'instructions = "Judge each item. Training material: every item is invented."',
        "forms = [" + ", ".join(f'"{f}"' for f in forms) + "]",
        "",
    ]
    for form in forms:
        for k in range(4):
            lines += [
                "[[items]]",
                f'id = "{form.lower()}{k:02d}"',
                f'form = "{form}"',
                f'truth = "{"credible" if k % 2 == 0 else "misleading"}"',
                f'topic = "{"health" if k < 2 else "science"}"',
                f"difficulty = {1 if k < 2 else 2}",
                f'headline = "Invented headline {form}{k} about the town of Exampleton"',
                f'lede = "An invented lede for item {form}{k}: training material."',
                'outlet = "The Example Courier"',
                "",
            ]
    return lines


def line(item: int, key: str = "") -> int:
    """The file line (1-based) of item ``item``'s key, or of its [[items]] header."""
    return FIRST + STEP * item + KEY.get(key, 0)


def edited(changes: dict[tuple[int, str], str], lines: list[str] | None = None) -> str:
    """The check with item ``n``'s ``key`` line replaced by the given TOML text."""
    lines = list(lines or check_lines())
    for (n, key), text in changes.items():
        lines[line(n, key) - 1] = text
    return "\n".join(lines) + "\n"


def read(text: str, headlines: dict[str, str] | None = None) -> tuple[Check | None, list]:
    problems: list = []
    return read_check_text(text, NAME, problems, NAME, headlines), problems


def found(text: str) -> list[tuple[int | None, str]]:
    return [(p.line, p.message) for p in read(text)[1]]


def has(text: str, at: int | None, words: str) -> None:
    listed = found(text)
    assert any(n == at and words in message for n, message in listed), listed


def write_check(folder: Path, text: str, name: str = "disc.toml") -> Path:
    path = folder / "checks" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_a_balanced_check_reads_with_its_forms_and_items():
    check, problems = read(edited({}))
    assert problems == []
    assert check.id == "disc" and check.title == "Credible or not?"
    assert check.forms == ("A", "B")
    assert [i.id for i in check.form_items("B")] == ["b00", "b01", "b02", "b03"]
    first = check.items[0]
    assert (first.form, first.truth, first.topic, first.difficulty) == (
        "A",
        "credible",
        "health",
        1,
    )
    assert first.outlet == "The Example Courier" and first.body == "" and first.text == ""
    assert check.form_items("Z") == ()


def test_an_item_may_carry_a_whole_article_rendered_by_the_one_rendering():
    text = edited({(0, "outlet"): 'body = """\nA *whole* invented article.\n\n- one point\n"""'})
    check, problems = read(text)
    assert problems == []
    item = check.items[0]
    assert item.outlet == ""  # the line that said it now holds the body
    assert item.text.startswith("Invented headline A0") and "A whole invented article." in item.text
    assert [b.kind for b in item.blocks][0] == "headline"


def test_the_outlet_is_optional():
    check, problems = read(edited({(3, "outlet"): ""}))
    assert problems == [] and check.items[3].outlet == ""


@pytest.mark.parametrize(
    ("changes", "at", "words"),
    [
        ({(0, "truth"): 'truth = "maybe"'}, line(0, "truth"), "'truth' must be \"credible\""),
        ({(2, "difficulty"): "difficulty = 4"}, line(2, "difficulty"), "must be 1, 2 or 3"),
        ({(2, "difficulty"): "difficulty = true"}, line(2, "difficulty"), "must be 1, 2 or 3"),
        ({(1, "topic"): 'topic = "Health Care"'}, line(1, "topic"), "'topic' must be a tag"),
        ({(5, "form"): 'form = "C"'}, line(5, "form"), "'form' must be one of 'forms' ('A', 'B')"),
        ({(4, "id"): 'id = "a01"'}, line(4, "id"), "duplicate item id 'a01' (also item 2)"),
        ({(6, "id"): 'id = "B 2"'}, line(6, "id"), "'id' must be lower-case letters"),
        ({(3, "headline"): 'headline = " "'}, line(3, "headline"), "'headline' must be non-empty"),
        ({(7, "lede"): "lede = 3"}, line(7, "lede"), "item 'b03': 'lede' must be non-empty text"),
        ({(0, "outlet"): 'source = "x"'}, line(0, "outlet"), "unknown field 'source'"),
        (
            {(5, "headline"): 'headline = "Invented headline A0 about the town of EXAMPLETON"'},
            line(5, "headline"),
            "the same headline as item 'a00'",
        ),
        (
            {(2, "headline"): 'headline = "Two\\nlines"'},
            line(2, "headline"),
            "holds a line break",
        ),
        (
            {(2, "outlet"): 'outlet = "The\\u0007Courier"'},
            line(2, "outlet"),
            "the control character U+0007",
        ),
    ],
)
def test_each_item_problem_names_its_line(changes, at, words):
    has(edited(changes), at, words)
    assert read(edited(changes))[0] is None  # a check with a problem is not built


@pytest.mark.parametrize(
    ("number", "at", "words"),
    [
        (0, 1, "field 'id' must be lower-case letters"),
        (1, 2, "field 'title' must be non-empty text"),
        (3, 4, "field 'forms' must be a non-empty list of form ids"),
        (4, 5, "unknown field 'version'"),
    ],
)
def test_each_check_problem_names_its_line(number, at, words):
    lines = check_lines()
    lines[number] = {
        0: 'id = "Disc!"',
        1: 'title = ""',
        3: "forms = []",
        4: 'version = "1"',
    }[number]
    has("\n".join(lines), at, words)


def test_a_form_listed_twice_is_a_problem():
    lines = check_lines()
    lines[3] = 'forms = ["A", "B", "A"]'
    has("\n".join(lines), 4, "lists the form 'A' twice")


def test_the_id_must_be_the_file_name():
    has("\n".join(check_lines(check_id="other")), 1, "the file is disc.toml")


def test_not_toml_names_the_line():
    lines = check_lines()
    lines[12] = "headline = unquoted words"
    assert found("\n".join(lines))[0][0] == 13
    assert "not valid TOML" in found("\n".join(lines))[0][1]


def test_a_check_without_items_says_so():
    has("\n".join(check_lines()[:5]), 1, "the check has no items")


# -- the balance rules, each broken alone ------------------------------------------------


def test_a_form_must_be_half_credible_half_misleading():
    # b00 turns misleading: form B has 1 credible and 3 misleading items.
    text = edited({(4, "truth"): 'truth = "misleading"'})
    has(text, line(4), "form 'B' has 1 credible and 3 misleading items: each form is half")


def test_every_form_has_the_same_number_of_items():
    lines = check_lines()
    extra = lines[FIRST - 1 + STEP * 4 : FIRST - 1 + STEP * 6]  # b00 and b01 once more
    extra = [
        x.replace('id = "b00"', 'id = "b10"').replace('id = "b01"', 'id = "b11"') for x in extra
    ]
    extra = [x.replace("headline B", "headline Bx") for x in extra]
    text = "\n".join(lines + extra)
    has(text, line(4), "form 'B' has 6 items and form 'A' 4: every form has the same number")


def test_forms_match_in_truth_and_difficulty():
    # b01 (misleading, 1) becomes (misleading, 3): the counts stay balanced, difficulty does not.
    text = edited({(5, "difficulty"): "difficulty = 3"})
    has(
        text,
        line(5),
        "form 'B' does not match form 'A' in (truth, difficulty): it has 1 more misleading "
        "items of difficulty 3, 1 fewer misleading items of difficulty 1",
    )
    assert len(found(text)) == 1


def test_forms_match_in_topics():
    text = edited({(6, "topic"): 'topic = "health"'})
    has(
        text, line(4), "form 'B' does not match form 'A' in topics: it has 1 more items on 'health'"
    )
    assert len(found(text)) == 1


def test_a_form_listed_without_items_is_a_problem():
    lines = check_lines()
    lines[3] = 'forms = ["A", "B", "C"]'
    has("\n".join(lines), 4, "form 'C' has no items")


def test_an_item_is_never_one_of_the_packs_articles(tmp_path):
    folder = make_source(tmp_path / "src")
    text = edited(
        {
            (1, "headline"): 'headline = "rocket 🚀   Scientists stunned"',
            (6, "lede"): 'lede = "Rocket 🚀 scientists stunned"',
        }
    )
    write_check(folder, text)
    source = read_pack_source(folder)
    shown = [str(p) for p in source.problems]
    where = folder / NAME
    assert (
        f"{where}:{line(1, 'headline')}: item 'a01': its headline is the headline of the "
        "article 'rocket': a check's items are never one of the pack's articles" in shown
    )
    assert any(s.startswith(f"{where}:{line(6, 'lede')}: item 'b02': its lede") for s in shown)
    assert all(p.kind == CHECK and p.rel == NAME for p in source.problems)
    assert source.checks == []


# -- hostile text ----------------------------------------------------------------------------


def test_bidi_controls_in_plain_fields_and_the_body_are_refused():
    text = edited(
        {
            (0, "headline"): 'headline = "Vaccine \u202eefas si\u202c today"',
            (1, "outlet"): 'body = """A body \u2067hidden\u2069 here."""',
        }
    )
    has(text, line(0, "headline"), "U+202E RIGHT-TO-LEFT OVERRIDE")
    has(text, line(1, "outlet"), "item 'a01': 'body' holds the bidi control U+2067")


def test_huge_values_are_one_line_each_not_a_crash():
    text = edited(
        {(2, "lede"): f'lede = "{"word " * 50_000}"', (3, "headline"): f'headline = "{"h" * 400}"'}
    )
    has(text, line(2, "lede"), "'lede' is longer than 1200 characters")
    has(text, line(3, "headline"), "'headline' is longer than 300 characters")
    assert all(len(message) < 300 for _, message in found(text))


def test_a_huge_file_is_refused_before_it_is_parsed():
    check, problems = read("# " + "x" * 2_100_000)
    assert check is None and [p.message for p in problems] == ["file is larger than 2000000 bytes"]


def test_markup_in_plain_fields_stays_plain_text():
    text = edited(
        {
            (0, "headline"): 'headline = "<b>Bold</b> claim & <script>alert(1)</script>"',
            (0, "lede"): 'lede = "*Not emphasis* and [a link](http://example.invalid)"',
        }
    )
    check, problems = read(text)
    assert problems == []
    assert check.items[0].headline == "<b>Bold</b> claim & <script>alert(1)</script>"
    assert check.items[0].lede == "*Not emphasis* and [a link](http://example.invalid)"


# -- the pack source -------------------------------------------------------------------------


def test_checks_are_part_of_the_source_files_but_dot_files_are_not(tmp_path):
    folder = make_source(tmp_path / "src")
    write_check(folder, edited({}))
    write_check(folder, "junk", ".disc.toml.swp")
    write_check(folder, "junk", "notes.md")
    assert source_files(folder)[-1] == NAME
    assert [f for f in source_files(folder) if f.startswith("checks/")] == [NAME]
    source = read_pack_source(folder)
    assert source.problems == [] and [c.id for c in source.checks] == ["disc"]


def test_a_source_without_checks_has_none(tmp_path):
    source = read_pack_source(make_source(tmp_path / "src"))
    assert source.problems == [] and source.checks == []


def test_what_export_writes_reads_back_as_the_same_check():
    check, _ = read(edited({(0, "outlet"): 'body = """\nA *whole* article.\n"""'}))
    again, problems = read(check_source(check))
    assert problems == [] and again == check


def test_checks_are_read_from_a_mapping_of_files_too(tmp_path):
    folder = make_source(tmp_path / "src")
    files = {rel: (folder / rel).read_text(encoding="utf-8") for rel in source_files(folder)}
    files[NAME] = edited({(0, "truth"): 'truth = "maybe"'})
    source = read_pack_source_files(files)
    assert [str(p) for p in source.problems] == [
        f"{NAME}:{line(0, 'truth')}: item 'a00': 'truth' must be \"credible\" or \"misleading\""
    ]
