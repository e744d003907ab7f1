"""One rendering for every way into a pack.

For every registered format: import -> `spotit pack export` (a source folder) -> `spotit
pack build` gives the same canonical text, offsets and categories, and the exported
folder validates. For every bundled article: export to each format and import back
gives the same text, offsets and categories.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from tests.conftest import STARTER

from spotit.cli import main
from spotit.content.source import read_pack_source
from spotit.interop.export import export_pack
from spotit.interop.formats import FORMATS
from spotit.interop.model import Document, Parsed, Span
from spotit.interop.packs import import_documents
from spotit.store.pack import build_pack, open_pack

# Texts with what Markdown would mangle if it were not escaped or normalised.
TRICKY = (
    "Rocket 🚀 scientists stunned\r\n"
    "Experts say   the *launch* failed_badly [1].\r\n"
    "\r\n"
    "# Not a heading, 1. not a list, <b>not bold</b> & not an &amp; entity\n"
    "\t> not a quote \\ nor `code`"
)
ONE_LINE = "Tea cures diabetes, a leading doctor revealed. Officials deny it."
TITLED = "Officials deny it.\nThe doctor is unnamed."


def spans_of(text: str, *quotes: tuple[str, str, str]) -> list[Span]:
    spans = []
    for quote, label, note in quotes:
        start = text.index(quote)
        spans.append(Span(start, start + len(quote), label, note))
    return spans


DOCUMENTS = [
    Document(
        "tricky",
        TRICKY,
        spans_of(
            TRICKY,
            ("stunned", "hype", ""),  # no explanation: the import gives one
            ("Experts say   the", "vague-source", "Which experts?"),
            ("failed_badly [1]", "hype", "Loaded."),
            ("<b>not bold</b> & not", "claim", "Markup is text here."),
            ("`code`", "claim", "Backticks."),
        ),
        article={"id": "tricky"},
    ),
    Document(
        "one-line",
        ONE_LINE,
        spans_of(ONE_LINE, ("a leading doctor", "claim", "Who?")),
        article={"id": "one-line"},
    ),
    Document(
        "titled",
        TITLED,
        spans_of(TITLED, ("unnamed", "vague-source", "No name.")),
        title="Tea and the doctor",
        article={"id": "titled", "headline": "Tea and the doctor"},
    ),
]


def run(*args) -> int:
    return main([str(a) for a in args])


def answer_keys(path: Path) -> dict:
    """Per article: its canonical text, headline and (start, end, category) of each flag."""
    with open_pack(path) as pack:
        keys = {}
        for article_id in pack.article_ids():
            a = pack.article(article_id)
            flags = [(x.start, x.end, x.category) for x in a.annotations]
            keys[article_id] = (a.text, a.meta.headline, flags)
        categories = [(c.id, c.name) for c in pack.categories]
    return {"articles": keys, "categories": categories}


def source_round_trip(pack: Path, folder: Path) -> Path:
    """`spotit pack export PACK -o FOLDER`, `pack validate FOLDER`, `pack build`."""
    assert run("pack", "export", pack, "-o", folder) == 0
    source = read_pack_source(folder)
    assert [str(p) for p in source.problems] == []
    assert run("pack", "validate", folder) == 0
    rebuilt = folder.with_suffix(".spotit")
    assert run("pack", "build", folder, "-o", rebuilt) == 0
    return rebuilt


@pytest.mark.parametrize("name", FORMATS.names())
def test_import_then_source_export_then_build_changes_nothing(tmp_path, capsys, name):
    fmt = FORMATS[name]
    written = tmp_path / f"in{fmt.export_suffix}"
    fmt.write(DOCUMENTS, written, collection="lab")
    parsed = fmt.read([written])  # W3C: SpotIt's writer embeds the texts
    imported = tmp_path / "imported.spotit"
    result = import_documents(parsed, imported, format_name=fmt.title)
    assert result.unplaced == [] and result.annotations == 7
    rebuilt = source_round_trip(imported, tmp_path / "source")
    assert answer_keys(rebuilt) == answer_keys(imported)
    keys = answer_keys(imported)["articles"]
    # What Markdown can hold is kept; the rest was normalised once, at import.
    assert keys["titled"][0] == "Tea and the doctor\n" + TITLED
    assert keys["one-line"][0].endswith("\n" + ONE_LINE)
    text = keys["tricky"][0]
    assert text == (
        "Rocket 🚀 scientists stunned\n"
        "Experts say the *launch* failed_badly [1].\n"
        "\n"
        "# Not a heading, 1. not a list, <b>not bold</b> & not an &amp; entity\n"
        "> not a quote \\ nor `code`"
    )
    quotes = [text[s:e] for s, e, _ in keys["tricky"][2]]
    assert quotes == [
        "stunned",
        "Experts say the",
        "failed_badly [1]",
        "<b>not bold</b> & not",
        "`code`",
    ]


def test_the_reproduced_doccano_fault_is_gone(tmp_path, capsys):
    # Import a doccano file, `pack export`, `pack build`: the first line used to appear
    # twice, whitespace collapsed, an offset moved from 38 to 66 and the folder failed
    # validation (no explanation).
    text = "Miracle cure found, say scientists\nA so-called study claims it works."
    start = text.index("so-called")
    assert start == 37
    source = tmp_path / "project.jsonl"
    record = {"id": 1, "text": text, "label": [[start, start + 9, "Loaded"]]}
    source.write_text(json.dumps(record) + "\n", encoding="utf-8")
    imported = tmp_path / "imported.spotit"
    assert run("pack", "import", "--from", "doccano", source, "-o", imported) == 0
    rebuilt = source_round_trip(imported, tmp_path / "exported")
    for path in (imported, rebuilt):
        ((article_text, headline, flags),) = answer_keys(path)["articles"].values()
        assert article_text == text and headline == "Miracle cure found, say scientists"
        assert flags == [(start, start + 9, "loaded")]
    assert "no explanation" in capsys.readouterr().err


@pytest.fixture(scope="module")
def starter(tmp_path_factory) -> Path:
    """The bundled starter pack, built once for the module."""
    source = read_pack_source(STARTER)
    assert len(source.articles) >= 33  # every bundled article, however many the pack grows to
    return build_pack(source, tmp_path_factory.mktemp("starter") / "starter.spotit")


@pytest.mark.parametrize("name", FORMATS.names())
def test_every_bundled_article_survives_each_format_and_a_source_export(
    tmp_path, capsys, starter, name
):
    fmt = FORMATS[name]
    out = fmt.suggested_output(tmp_path / "starter.spotit")
    export_pack(starter, name, out)
    parsed = fmt.read([out])
    assert parsed.unplaced == []
    again = tmp_path / "again.spotit"
    result = import_documents(Parsed(parsed.documents), again, format_name=fmt.title)
    assert result.unplaced == [] and len(result.articles) == len(read_pack_source(STARTER).articles)
    original, back = answer_keys(starter), answer_keys(again)
    assert back["articles"] == original["articles"]
    assert (
        answer_keys(source_round_trip(again, tmp_path / "source"))["articles"]
        == (original["articles"])
    )
