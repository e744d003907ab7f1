"""Pack format 5: source pages, their links and answer keys' checks, built and read back.

Older packs open unchanged (no pages, a search finds nothing); a pack whose pages, links or
search index were tampered with is refused with one line.
"""

import shutil
import sqlite3
import textwrap
from pathlib import Path

import pytest
from tests.conftest import write_article
from tests.store.test_pack_format2 import as_format_1

from spotit.content.source import read_pack_source
from spotit.core.model import CheckPointer
from spotit.store.pack import FORMAT_VERSION, PackError, build_pack, open_pack, validate_pack

ARTICLE_FRONT = """
id = "tea"
headline = "Professor backs miracle tea"
outlet = "The Daily Truth"

[[flags]]
quote = "Professor Anton Lisko"
category = "false-authority"
explanation = "His profile says his field is medieval poetry."
check = "source:anton-lisko"
check_quote = "medieval poetry"

[[notes]]
quote = "the Varn council"
note = "A named body you can look up."
check = "source:varn-university"
"""
ARTICLE_BODY = (
    "Professor Anton Lisko says the [tea](source:anton-lisko) cures colds, and the Varn"
    " council agrees.\n"
)
#: Invented pages for training, by file name.
PAGES = {
    "10-daily-truth.md": """
        +++
        id = "daily-truth"
        kind = "outlet"
        title = "The Daily Truth"
        names = ["Daily Truth", "dailytruth.example"]
        address = "dailytruth.example/about"
        +++
        Registered last month. No staff are listed.
        """,
    "20-lisko.md": """
        +++
        id = "anton-lisko"
        kind = "person"
        title = "Anton Lisko"
        names = ["Anton Lisko", "Dr Anton Lisko"]
        address = "varn.example/people/anton-lisko"
        +++
        Anton Lisko is a lecturer in **medieval poetry** at the
        [University of Varn](source:varn-university). He is quoted in
        [this article](article:tea).
        """,
    "30-varn.md": """
        +++
        id = "varn-university"
        kind = "organisation"
        title = "University of Varn"
        names = ["University of Varn"]
        +++
        Its staff include [Anton Lisko](source:anton-lisko), who teaches poetry.
        """,
    "40-result.md": """
        +++
        id = "result-tea"
        kind = "search-result"
        title = "Miracle tea claims checked"
        names = ["miracle tea"]
        +++
        A [fact-check](source:anton-lisko) of the tea claims.
        """,
}


def web_source(folder: Path) -> Path:
    folder.mkdir(parents=True)
    (folder / "pack.toml").write_text('id = "web"\ntitle = "Web"\nversion = "1"\n', "utf-8")
    write_article(folder, "01-tea.md", ARTICLE_FRONT, ARTICLE_BODY)
    (folder / "sources").mkdir()
    for name, text in PAGES.items():
        (folder / "sources" / name).write_text(textwrap.dedent(text).lstrip(), "utf-8")
    return folder


def built(tmp_path: Path):
    source = read_pack_source(web_source(tmp_path / "src"))
    assert source.problems == []
    return source, build_pack(source, tmp_path / "web.spotit")


@pytest.fixture(scope="module")
def good(tmp_path_factory) -> Path:
    return built(tmp_path_factory.mktemp("good"))[1]


def test_pages_links_and_checks_come_back_from_the_built_pack_as_they_were_read(tmp_path):
    source, path = built(tmp_path)
    assert FORMAT_VERSION == 5
    with open_pack(path) as pack:
        assert pack.format_version == 5
        assert pack.sources() == [p.summary for p in source.sources]
        assert [s.id for s in pack.sources()] == [
            "daily-truth",
            "anton-lisko",
            "varn-university",
            "result-tea",
        ]
        for expected in source.sources:
            assert pack.source(expected.id) == expected
        lisko = pack.source("anton-lisko")
        assert lisko.summary.address == "varn.example/people/anton-lisko"
        assert [(link.address, lisko.text[link.start : link.end]) for link in lisko.links] == [
            ("source:varn-university", "University of Varn"),
            ("article:tea", "this article"),
        ]
        assert pack.source("nobody") is None
        article = pack.article("tea")
    (flag,) = article.annotations
    start = lisko.text.index("medieval poetry")
    assert flag.check == CheckPointer("anton-lisko", "medieval poetry", start, start + 15)
    (note,) = article.notes
    assert note.check == CheckPointer("varn-university")
    assert validate_pack(path).sources == 4


def test_backlinks_name_every_article_and_page_linking_to_a_page_in_pack_order(good):
    with open_pack(good) as pack:
        assert pack.backlinks("source:anton-lisko") == [
            "article:tea",
            "source:varn-university",
            "source:result-tea",
        ]
        assert pack.backlinks("article:tea") == ["source:anton-lisko"]
        assert pack.backlinks("source:daily-truth") == []
        for wrong in ("anton-lisko", "http://x.example", "source:", "source:a b", ""):
            assert pack.backlinks(wrong) == []


@pytest.mark.parametrize(
    "outlet",
    ["The Daily Truth", "  the daily   TRUTH ", "Ｄａｉｌｙ Ｔｒｕｔｈ", "dailytruth.example"],
)
def test_an_article_outlet_finds_its_outlet_page_whatever_its_case_spacing_or_form(good, outlet):
    with open_pack(good) as pack:
        assert pack.outlet_source(outlet).id == "daily-truth"


def test_only_outlet_pages_answer_for_an_outlet(good):
    with open_pack(good) as pack:
        assert pack.outlet_source("Anton Lisko") is None  # a profile, not an outlet
        assert pack.outlet_source("") is None
        assert pack.outlet_source("The Daily Lie") is None


def test_the_built_tables_read_with_plain_sql_as_the_docs_show(good):
    conn = sqlite3.connect(good)
    try:
        assert conn.execute(
            "SELECT id, kind FROM sources ORDER BY position LIMIT 2"
        ).fetchall() == [
            ("daily-truth", "outlet"),
            ("anton-lisko", "person"),
        ]
        found = conn.execute(
            "SELECT id FROM sources_fts WHERE sources_fts MATCH 'lisko'"
            " ORDER BY bm25(sources_fts, 0, 10, 8, 1)"
        ).fetchall()
        assert found[0] == ("anton-lisko",)
        assert conn.execute(
            "SELECT from_kind, from_id FROM source_links WHERE target_id = 'varn-university'"
        ).fetchall() == [("source", "anton-lisko")]
        checks = conn.execute("SELECT check_source, check_quote FROM annotations").fetchall()
        assert checks == [("anton-lisko", "medieval poetry")]
    finally:
        conn.close()


def as_format(path: Path, version: int) -> None:
    """What a SpotIt of an older format wrote: none of format 5's tables and columns."""
    conn = sqlite3.connect(path)
    conn.executescript(
        "DROP TABLE sources; DROP TABLE source_links; DROP TABLE sources_fts;"
        " DROP TABLE source_words;"
        + "".join(
            f" ALTER TABLE {table} DROP COLUMN {column};"
            for table in ("annotations", "notes")
            for column in ("check_source", "check_quote", "check_start", "check_end")
        )
        + f" UPDATE pack SET format_version = {version}; PRAGMA user_version = {version};"
    )
    if version < 4:
        conn.executescript("DROP TABLE check_items; DROP TABLE checks;")
    if version < 3:
        conn.executescript("DROP TABLE lessons;")
    conn.close()
    if version < 2:
        as_format_1(path)


@pytest.mark.parametrize("version", [4, 3, 2, 1])
def test_packs_of_older_formats_open_unchanged_with_no_pages(tmp_path, version):
    _, path = built(tmp_path)
    as_format(path, version)
    with open_pack(path) as pack:
        assert pack.format_version == version
        assert pack.sources() == [] and pack.source("anton-lisko") is None
        assert pack.search("Anton Lisko").hits == ()
        assert pack.backlinks("source:anton-lisko") == []
        assert pack.outlet_source("The Daily Truth") is None
        article = pack.article("tea")
        assert article.annotations[0].check is None
        assert all(n.check is None for n in article.notes)
    assert validate_pack(path).sources == 0


def test_a_format_4_pack_that_still_holds_pages_shows_none_of_them(tmp_path):
    _, path = built(tmp_path)
    conn = sqlite3.connect(path)
    conn.executescript("UPDATE pack SET format_version = 4; PRAGMA user_version = 4;")
    conn.close()
    with open_pack(path) as pack:
        assert pack.sources() == [] and pack.search("lisko").hits == ()
        assert pack.article("tea").annotations[0].check is None


# -- hostile packs ---------------------------------------------------------------------

#: What opening the pack refuses: (SQL run on a good pack, words of the one-line error).
AT_OPENING = {
    "the index made with other options": (
        "DROP TABLE sources_fts; CREATE VIRTUAL TABLE sources_fts USING fts5(id, title, names,"
        " text)",
        "table 'sources_fts' is a virtual table",
    ),
    "the word table of another module": (
        "DROP TABLE source_words; CREATE VIRTUAL TABLE source_words USING fts4(word, docs, padded)",
        "table 'source_words' is a virtual table",
    ),
    "an extra virtual table": (
        "CREATE VIRTUAL TABLE extra USING fts5(x)",
        "table 'extra' is a virtual table",
    ),
    "no search index": ("DROP TABLE sources_fts", "its search index lacks 'sources_fts'"),
    "no word table": ("DROP TABLE source_words", "its search index lacks 'source_words'"),
    "a shadow table dropped": (
        "DROP TABLE sources_fts_docsize",
        "its search index lacks 'sources_fts_docsize'",
    ),
    "a shadow table a view": (
        "DROP TABLE source_words_config; CREATE VIEW source_words_config AS SELECT 1 AS k, 4 AS v",
        "holds a view ('source_words_config')",
    ),
    "a shadow table made otherwise": (
        "DROP TABLE sources_fts_idx; CREATE TABLE sources_fts_idx AS SELECT 1 AS segid",
        "table 'sources_fts_idx' is not a search index",
    ),
    "no sources table": ("DROP TABLE sources", "table 'sources' is missing"),
    "no links table": ("DROP TABLE source_links", "table 'source_links' is missing"),
    "links without spans": (
        'ALTER TABLE source_links DROP COLUMN "end"',
        "table 'source_links' lacks end",
    ),
    "annotations without checks": (
        "ALTER TABLE annotations DROP COLUMN check_quote",
        "table 'annotations' lacks check_quote",
    ),
}
#: What reading refuses: (SQL, what is read, words of the error).
ON_READING = {
    "a kind that is none": (
        "UPDATE sources SET kind = 'blog' WHERE id = 'anton-lisko'",
        "sources",
        "source page 'anton-lisko' has kind 'blog'",
    ),
    "an id that is none": (
        "UPDATE sources SET id = 'Not An Id' WHERE id = 'result-tea'",
        "sources",
        "source page id 'Not An Id'",
    ),
    "names not a list": (
        "UPDATE sources SET names = '\"Anton\"' WHERE id = 'anton-lisko'",
        "sources",
        "names are not a list of names",
    ),
    "names not JSON": (
        "UPDATE sources SET names = '[\"Anton' WHERE id = 'anton-lisko'",
        "sources",
        "names are not JSON",
    ),
    "names nested deep": (
        f"UPDATE sources SET names = '{'[' * 5000}{']' * 5000}' WHERE id = 'anton-lisko'",
        "sources",
        "names is nested too deeply",
    ),
    "more pages than a pack may hold": (
        "WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r WHERE n < 10000)"
        " INSERT INTO sources SELECT 'extra-' || n, 100 + n, kind, title, names, address, body,"
        " blocks, text FROM sources, r WHERE sources.id = 'daily-truth'",
        "sources",
        "more than 10000 source pages",
    ),
    "a title that is no text": (
        "UPDATE sources SET title = X'4142' WHERE id = 'anton-lisko'",
        "sources",
        "title is not text",
    ),
    "text that is not its blocks": (
        "UPDATE sources SET text = text || ' and more' WHERE id = 'anton-lisko'",
        "page",
        "text does not match its blocks",
    ),
    "blocks that are not blocks": (
        "UPDATE sources SET blocks = '[{\"kind\": \"script\"}]' WHERE id = 'anton-lisko'",
        "page",
        "invalid pack",
    ),
    "a link to a page it does not hold": (
        "UPDATE source_links SET target_id = 'ghost' WHERE from_id = 'anton-lisko'",
        "page",
        "links to source:ghost, which it does not hold",
    ),
    "a link of another kind": (
        "UPDATE source_links SET target_kind = 'http' WHERE from_id = 'anton-lisko'",
        "page",
        "has a link of kind 'http'",
    ),
    "a link outside its page": (
        "UPDATE source_links SET \"end\" = 100000 WHERE from_id = 'anton-lisko'",
        "page",
        "has a link outside its text",
    ),
    "a link from nothing": (
        "UPDATE source_links SET from_id = 'ghost' WHERE from_kind = 'source'"
        " AND from_id = 'varn-university'",
        "backlinks",
        "links to source:ghost, which it does not hold",
    ),
    "a check of no page": (
        "UPDATE annotations SET check_source = 'ghost'",
        "article",
        "annotation 1 checks 'ghost', no source page",
    ),
    "a check quote not in the page": (
        "UPDATE annotations SET check_quote = 'modern physics'",
        "article",
        "offsets do not match its quote 'modern physics'",
    ),
    "a check place outside the page": (
        "UPDATE notes SET check_quote = 'x', check_start = 5000, check_end = 5001",
        "article",
        "note 1 check has offsets out of range",
    ),
    "a check quote but no check": (
        "UPDATE notes SET check_source = NULL, check_quote = 'poetry'",
        "article",
        "has a check quote but no check",
    ),
    "an index naming a page it does not hold": (
        "UPDATE sources_fts_content SET c0 = 'ghost'",
        "search",
        "its search index names a page it does not hold",
    ),
    # SQLite 3.44 and later find these on opening, in the integrity check.
    "an index whose data is cut short": (
        "UPDATE sources_fts_data SET block = substr(block, 1, 3) WHERE id > 10",
        "search",
        ("damaged or unreadable pack", "damaged pack (integrity check: malformed inverted index"),
    ),
    "an index with no config": (
        "DELETE FROM sources_fts_config",
        "search",
        "damaged or unreadable pack",
    ),
}


def tampered(good: Path, tmp_path: Path, sql: str) -> Path:
    bad = tmp_path / "bad.spotit"
    shutil.copy(good, bad)
    conn = sqlite3.connect(bad)
    conn.executescript(sql)
    conn.commit()
    conn.close()
    return bad


def one_line(exc: pytest.ExceptionInfo) -> str:
    message = str(exc.value)
    assert "\n" not in message and "Traceback" not in message
    return message


@pytest.mark.parametrize("case", AT_OPENING, ids=list(AT_OPENING))
def test_a_pack_whose_index_or_tables_are_tampered_with_is_refused_on_opening(good, tmp_path, case):
    sql, words = AT_OPENING[case]
    bad = tampered(good, tmp_path, sql)
    with pytest.raises(PackError) as exc:
        open_pack(bad)
    assert words in one_line(exc)


READ = {
    "sources": lambda pack: pack.sources(),
    "page": lambda pack: pack.source("anton-lisko"),
    "backlinks": lambda pack: pack.backlinks("source:anton-lisko"),
    "article": lambda pack: pack.article("tea"),
    "search": lambda pack: pack.search("Lisko"),
}


@pytest.mark.parametrize("case", ON_READING, ids=list(ON_READING))
def test_a_pack_whose_pages_links_or_index_are_tampered_with_gives_one_error_line(
    good, tmp_path, case
):
    sql, what, words = ON_READING[case]
    bad = tampered(good, tmp_path, sql)
    with pytest.raises(PackError) as exc, open_pack(bad) as pack:
        READ[what](pack)
    message = one_line(exc)
    assert any(w in message for w in ((words,) if isinstance(words, str) else words))
    assert message.startswith(f"{bad}: ")


@pytest.mark.parametrize("case", ON_READING)
def test_validate_pack_finds_what_reading_would(good, tmp_path, case):
    sql, _, _ = ON_READING[case]
    with pytest.raises(PackError) as exc:
        validate_pack(tampered(good, tmp_path, sql))
    one_line(exc)
