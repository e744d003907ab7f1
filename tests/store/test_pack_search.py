"""Searching a built pack's source pages: ranking, snippets, near matches, any query is safe."""

import sqlite3
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.conftest import make_source

from spotit.content.render import render
from spotit.content.source import read_pack_source
from spotit.core.sources import SourcePage, SourceSummary
from spotit.store import search
from spotit.store.pack import PackError, build_pack, open_pack

#: Invented pages for training: (id, kind, title, names, body).
PAGES = [
    (
        "harvest-summit",
        "event",
        "Harvest Summit of Varn",
        (),
        "The summit's programme lists Anton Lisko twice. Anton Lisko opens it; Anton Lisko"
        " closes it with a reading. Tickets from the council office.",
    ),
    (
        "anton-lisko",
        "person",
        "Anton Lisko",
        ("Anton Lisko", "Dr Anton Lisko", "Tony Lisko"),
        "A lecturer in **medieval poetry** at the University of Varn since 2011.",
    ),
    (
        "varn-university",
        "organisation",
        "University of Varn",
        ("University of Varn", "Varn University"),
        "A small university in the town of Varn, with a department of poetry.",
    ),
    (
        "lakeside-courier",
        "outlet",
        "The Lakeside Courier",
        ("Lakeside Courier",),
        "A weekly paper. Corrections are printed on page two. Marked \ue000Varn\ue001 by a forger.",
    ),
    (
        "result-lisko-cure",
        "search-result",
        "Lisko denies endorsing the tea",
        (),
        "Anton Lisko says he never tested any tea.",
    ),
]


def page(page_id: str, kind: str, title: str, names: tuple[str, ...], body: str) -> SourcePage:
    rendered = render(title, body)
    return SourcePage(
        SourceSummary(page_id, kind, title, names), tuple(rendered.blocks), rendered.text, body
    )


@pytest.fixture(scope="module")
def pack(tmp_path_factory):
    root: Path = tmp_path_factory.mktemp("search")
    source = read_pack_source(make_source(root / "src"))
    assert source.problems == []
    source.sources = [page(*p) for p in PAGES]
    with open_pack(build_pack(source, root / "web.spotit")) as opened:
        yield opened


def ids(results) -> list[str]:
    return [hit.id for hit in results.hits]


def test_a_page_named_so_ranks_above_pages_that_mention_the_name_in_their_text(pack):
    results = pack.search("Anton Lisko")
    # The summit's text says "Anton Lisko" three times; his profile is named so.
    assert ids(results)[0] == "anton-lisko"
    assert set(ids(results)) == {"anton-lisko", "harvest-summit", "result-lisko-cure"}
    assert results.corrected == ""


def test_a_title_beats_a_body_mention(pack):
    assert ids(pack.search("varn"))[0] == "varn-university"


def test_a_page_is_found_by_a_name_its_text_does_not_use_and_shows_its_text(pack):
    (hit,) = pack.search("Tony Lisko").hits
    assert hit.id == "anton-lisko"
    # The snippet is the page's description, not its list of names.
    assert hit.snippet == (
        ("A lecturer in medieval poetry at the University of Varn since 2011.", False),
    )


def test_case_and_accents_do_not_matter(pack):
    assert ids(pack.search("LÍSKÓ"))[0] == "anton-lisko"


def test_snippets_mark_the_matched_words_as_pieces(pack):
    hit = next(h for h in pack.search("programme").hits if h.id == "harvest-summit")
    assert ("programme", True) in hit.snippet
    assert hit.snippet_text.startswith("The summit's programme lists Anton Lisko")
    assert "\n" not in hit.snippet_text


def test_match_markers_forged_in_a_page_are_not_shown_as_matches(pack):
    (hit,) = pack.search("corrections").hits
    assert hit.id == "lakeside-courier"
    assert [text for text, matched in hit.snippet if matched] == ["Corrections"]
    assert "Varn" in hit.snippet_text and "\ue000" not in hit.snippet_text


def test_text_in_quotes_is_searched_as_a_phrase(pack):
    assert ids(pack.search('"medieval poetry"')) == ["anton-lisko"]
    assert ids(pack.search('"poetry medieval"')) == []


def test_a_typo_of_an_invented_name_finds_his_profile_and_says_what_was_searched(pack):
    results = pack.search("Anton Lsko")
    assert ids(results)[0] == "anton-lisko"
    assert results.corrected == "Anton Lisko"
    assert results.query == "Anton Lsko"


@pytest.mark.parametrize(
    ("typed", "corrected"),
    [
        ("anton lsiko", "anton lisko"),  # two letters swapped
        ("ANTON LISKOO", "ANTON LISKO"),  # one too many
        ("Medeival poertry", "Medieval poetry"),  # longer words: two edits each
        ("Vrn", "Varn"),  # a short word: one edit
    ],
)
def test_near_matches_keep_the_way_the_query_was_typed(pack, typed, corrected):
    results = pack.search(typed)
    assert results.hits and results.corrected == corrected


def test_no_correction_when_the_words_as_typed_find_pages(pack):
    assert pack.search("Lisko").corrected == ""


def test_a_word_too_far_from_every_indexed_word_finds_nothing(pack):
    results = pack.search("Qzxwv")
    assert (results.hits, results.corrected) == ((), "")


def test_a_short_word_is_not_corrected_two_edits_away(pack):
    assert pack.search("Vxrx").hits == ()


def test_when_no_page_has_every_word_pages_with_some_of_them_are_found(pack):
    results = pack.search("Lisko ticket office Ulm")
    # No page says Ulm or "ticket" (only "tickets"): pages holding the other words as typed
    # are found, and the two words are named as missing, as a search engine does.
    assert ids(results)[0] == "harvest-summit"
    assert (results.partial, results.missing, results.corrected) == (
        True,
        ("ticket", "Ulm"),
        "",
    )


def test_a_name_no_page_holds_finds_nothing_not_a_near_word(pack):
    # "Summer" is two edits from the summit's "summit", but no page names "Summer Ulm":
    # an invented person who does not exist must find nothing (the lesson), not a page
    # holding a word one letter away.
    assert pack.search("summit Ulm").missing == ("Ulm",)
    results = pack.search("Summer Ulm")
    assert (results.hits, results.partial) == ((), False)


@pytest.mark.parametrize(
    "query",
    [
        '"lisko',
        'lisko"',
        '""lisko"',
        "lisko*",
        "-lisko",
        "^lisko",
        "title:lisko",
        "names : lisko",
        "(lisko",
        "lisko)",
        "{lisko}",
        "lisko'",
        "lisko\x00",
        "\\lisko",
        "%lisko_",
        "lisko 🚀",
    ],
)
def test_fts5_syntax_characters_and_quotes_around_a_word_are_not_syntax(pack, query):
    assert ids(pack.search(query))[0] == "anton-lisko"


@pytest.mark.parametrize(
    "query",
    [
        "NEAR(lisko varn)",
        "lisko NEAR/2",
        "lisko AND",
        "OR lisko",
        "NOT lisko",
        "lisko + varn",
        "lisko; DROP TABLE sources; --",
        "lisko' OR '1'='1",
        'title:"lisko" OR names:*',
    ],
)
def test_fts5_operators_in_a_query_are_words_and_never_raise(pack, query):
    results = pack.search(query)
    assert results.query == query
    assert all(hit.id in {s.id for s in pack.sources()} for hit in results.hits)


@pytest.mark.parametrize(
    "query", ["", "   ", '"', '""', '"""', '" "', "!!!", "🚀", "\x00", "-", "*", "^:()"]
)
def test_a_query_without_words_finds_nothing(pack, query):
    assert pack.search(query).hits == ()


def test_a_very_long_query_is_cut_short_and_still_searched(pack):
    results = pack.search("lisko " * 500)
    assert "anton-lisko" in ids(results)
    assert len(results.query) == search.MAX_QUERY_CHARS


def test_limit_bounds_the_results(pack):
    assert len(pack.search("lisko", limit=1).hits) == 1
    assert len(pack.search("lisko", limit=0).hits) == 1


def test_parse_query_quotes_every_word_so_nothing_reaches_fts5_as_syntax():
    terms = search.parse_query('NEAR(a "b c" d* ^e')
    assert terms == [("NEAR",), ("a",), ("b", "c"), ("d",), ("e",)]
    assert search.match_expression(terms) == '"NEAR" AND "a" AND "b c" AND "d" AND "e"'
    assert len(search.parse_query("w " * 100)) == search.MAX_QUERY_WORDS


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [
        ("lisko", "lisko", 0),
        ("lsko", "lisko", 1),
        ("lsiko", "lisko", 1),
        ("lasko", "lisko", 1),
        ("lisk", "lisko", 1),
        ("liskoo", "lisko", 1),
        ("lizkoo", "lisko", 2),
        ("poetry", "pastry", 2),
        ("abc", "xyzxyz", 3),  # beyond the limit of 2: limit + 1
    ],
)
def test_edit_distance_counts_inserts_deletes_replacements_and_swaps(a, b, distance):
    assert search.edit_distance(a, b, 2) == distance
    assert search.edit_distance(b, a, 2) == distance


#: Queries built of FTS5's syntax, quotes and words the pack holds.
QUERY_TEXT = st.lists(
    st.sampled_from(
        list("\"*^:()+-. '\\{}[]")
        + ["NEAR", "OR", "NOT", "AND", "lisko", "varn", "é", "🚀", "\x00"]
    ),
    max_size=30,
).map("".join)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(query=QUERY_TEXT | st.text(max_size=300))
def test_any_query_finds_pages_of_the_pack_with_snippets_in_pieces(pack, query):
    results = pack.search(query)
    held = {s.id: s for s in pack.sources()}
    for hit in results.hits:
        assert (hit.kind, hit.title) == (held[hit.id].kind, held[hit.id].title)
        assert all(text for text, _ in hit.snippet)
        # Neighbouring pieces differ: matched and not matched alternate.
        assert all(a[1] != b[1] for a, b in zip(hit.snippet, hit.snippet[1:], strict=False))
    assert len(set(ids(results))) == len(results.hits)
    if results.corrected:
        assert results.hits


def test_an_sqlite_without_the_trigram_tokenizer_searches_without_near_matches(pack):
    def rows(sql, params):
        if "source_words" in sql:
            raise sqlite3.OperationalError("no such tokenizer: trigram")
        return pack._rows(sql, params)

    assert search.nearest_word(rows, "lsko") is None
    found = search.search(rows, "Anton Lsko")  # pages with any of the words, as typed
    assert found.corrected == "" and found.rows[0][0] == "anton-lisko"


def test_building_on_an_sqlite_that_cannot_index_says_so_in_one_line(tmp_path, monkeypatch):
    def unavailable(conn):
        raise search.IndexUnavailable("this Python's SQLite 3.31.1 cannot build a pack's index")

    monkeypatch.setattr(search, "create_index", unavailable)
    source = read_pack_source(make_source(tmp_path / "src"))
    with pytest.raises(PackError, match="SQLite 3.31.1 cannot build"):
        build_pack(source, tmp_path / "p.spotit")
    assert not (tmp_path / "p.spotit").exists()
