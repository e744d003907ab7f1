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
