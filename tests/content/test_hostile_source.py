"""Hostile and unusual pack sources: each is read or reported in one line, never a traceback."""

from pathlib import Path

import pytest
from tests.conftest import make_source

from spotit.content.source import read_pack_source, read_pack_source_files, source_files

MANIFEST = 'id = "demo"\ntitle = "Demo pack"\nversion = "1.0"\n'
ARTICLE = (
    "+++\n"
    'id = "rocket"\n'
    'headline = "Rocket scientists stunned"\n'
    "\n"
    "[[flags]]\n"
    'quote = "stunned"\n'
    'category = "sensational-headline"\n'
    'explanation = "Compare the headline with the body."\n'
    "+++\n"
    "Yesterday, experts say, a rocket flew.\n"
    "\n"
    "A second paragraph.\n"
)


def files_of(folder: Path) -> dict[str, str]:
    return {rel: (folder / rel).read_text(encoding="utf-8") for rel in source_files(folder)}


def write_pack(folder: Path, manifest: str, article: str, newline: str, bom: str) -> Path:
    (folder / "articles").mkdir(parents=True)
    for rel, text in (("pack.toml", manifest), ("articles/01-rocket.md", article)):
        (folder / rel).write_bytes((bom + text.replace("\n", newline)).encode("utf-8"))
    return folder


ENDINGS = {"lf": "\n", "crlf": "\r\n", "cr": "\r"}


@pytest.mark.parametrize("bom", ["", "\ufeff"], ids=["no-bom", "bom"])
@pytest.mark.parametrize("ending", sorted(ENDINGS))
def test_byte_order_mark_and_any_line_ending_are_read_alike(tmp_path, ending, bom):
    folder = write_pack(tmp_path / "p", MANIFEST, ARTICLE, ENDINGS[ending], bom)
    from_disk = read_pack_source(folder)
    assert from_disk.problems == []
    assert from_disk.meta.id == "demo"
    (article,) = from_disk.articles
    assert article.meta.id == "rocket" and len(article.annotations) == 1
    assert article.text == "Rocket scientists stunned\nYesterday, experts say, a rocket flew.\n" + (
        "A second paragraph."
    )
    # The same texts handed over in memory (as the editor does) read the same.
    raw = {rel: (folder / rel).read_bytes().decode("utf-8") for rel in source_files(folder)}
    assert read_pack_source_files(raw).problems == []


@pytest.mark.parametrize("bom", ["", "\ufeff"], ids=["no-bom", "bom"])
@pytest.mark.parametrize("ending", sorted(ENDINGS))
def test_line_numbers_stay_right_after_a_mark_or_lone_cr(tmp_path, ending, bom):
    manifest = MANIFEST.replace('version = "1.0"\n', 'version = "1.0"\nauthors = "Ann"\n')
    article = ARTICLE.replace('quote = "stunned"', 'quote = "amazed"')
    folder = write_pack(tmp_path / "p", manifest, article, ENDINGS[ending], bom)
    found = sorted(str(p).replace(str(folder), "") for p in read_pack_source(folder).problems)
    assert found == [
        "/articles/01-rocket.md:6: flag 1: quote not found in the article text: 'amazed'",
        "/pack.toml:4: field 'authors' must be a list of names",
    ]


def test_a_toml_error_after_a_mark_names_its_real_line(tmp_path):
    folder = write_pack(
        tmp_path / "p",
        MANIFEST + "title = \n",
        ARTICLE.replace("[[flags]]", "[[flags]"),
        "\r",
        "\ufeff",
    )
    found = sorted(str(p).replace(str(folder), "") for p in read_pack_source(folder).problems)
    assert found[0].startswith("/articles/01-rocket.md:5: front matter is not valid TOML")
    assert any(m.startswith("/pack.toml:4: not valid TOML") for m in found)


def test_line_separators_inside_values_do_not_shift_line_numbers(tmp_path):
    """TOML counts lines by "\\n" only; U+2028 and friends inside a string are not line breaks."""
    folder = make_source(tmp_path / "p")
    article = ARTICLE.replace(
        'headline = "Rocket scientists stunned"',
        'headline = "Rocket\u2028scientists\x85stunned\u2029"',
    ).replace('quote = "stunned"', 'quote = "amazed"')
    (folder / "articles" / "01-rocket.md").write_text(article, encoding="utf-8")
    (problem,) = read_pack_source(folder).problems
    assert problem.line == 6 and "quote not found" in problem.message


RLO, PDF, RLI, PDI, RLM = "\u202e", "\u202c", "\u2067", "\u2069", "\u200f"


def test_bidi_controls_anywhere_in_an_article_are_reported_with_line_and_code_point(tmp_path):
    folder = make_source(tmp_path / "p")
    article = (
        "+++\n"
        'id = "spoof"\n'
        f'headline = "vaccine {RLO}desab-ecneics{PDF} is safe"\n'
        f'byline = "By {RLI}someone{PDI}"\n'
        'outlet = "The \\u202aDaily\\u202c"\n'  # a TOML escape is the same character
        "\n"
        "[[flags]]\n"
        'quote = "Plain first"\n'
        'category = "sensational-headline"\n'
        f'explanation = "Look {RLM}closely"\n'
        "+++\n"
        "Plain first line.\n"
        "\n"
        f"They say it is {RLO}safe{PDF}.\n"
    )
    (folder / "articles" / "02-spoof.md").write_text(article, encoding="utf-8")
    found = [p for p in read_pack_source(folder).problems if p.rel == "articles/02-spoof.md"]
    codes = sorted((p.line, p.message.split("U+")[1].split(" ")[0]) for p in found)
    assert codes == [
        (3, "202C"), (3, "202E"), (4, "2067"), (4, "2069"), (5, "202A"), (5, "202C"),
        (10, "200F"), (14, "202C"), (14, "202E"),
    ]  # fmt: skip
    assert all(str(p).startswith(f"{folder}/articles/02-spoof.md:") for p in found)
    by_line = {(p.line, p.kind, p.field, p.flag) for p in found}
    assert by_line == {
        (3, "article", "headline", None),
        (4, "article", "byline", None),
        (5, "article", "outlet", None),
        (10, "flag", "explanation", 0),
        (14, "body", "", None),
    }
    override = next(p for p in found if "U+202E" in p.message and p.kind == "article")
    assert str(override) == (
        f"{folder}/articles/02-spoof.md:3: field 'headline' holds the bidi control U+202E "
        "RIGHT-TO-LEFT OVERRIDE, which can show the text in another order than it is written: "
        "remove it"
    )


def test_bidi_controls_in_pack_toml_are_reported(tmp_path):
    manifest = (
        'id = "demo"\n'
        f'title = "Demo {RLO}kcap"\n'
        'version = "1.0"\n'
        "\n"
        "[[categories]]\n"
        'id = "rumour"\n'
        f'name = "Rum{RLI}our"\n'
    )
    folder = make_source(tmp_path / "p", manifest)
    found = sorted(read_pack_source(folder).problems, key=lambda p: p.line or 0)
    assert [(p.line, p.kind, p.field, p.category) for p in found] == [
        (2, "pack", "title", None),
        (7, "category", "name", "rumour"),
    ]
    assert "category 1: 'name' holds the bidi control U+2067" in found[1].message


def test_the_starter_pack_has_no_bidi_controls():
    from tests.conftest import STARTER

    assert read_pack_source(STARTER).problems == []


def test_the_editor_opens_a_source_with_a_mark_and_lone_cr(tmp_path):
    from spotit.authoring.draft import load_source_folder

    loaded = load_source_folder(write_pack(tmp_path / "p", MANIFEST, ARTICLE, "\r", "\ufeff"))
    assert loaded.problems == [] and loaded.draft.meta.id == "demo"
    (article,) = loaded.draft.articles
    assert article.meta.id == "rocket" and len(article.annotations) == 1
