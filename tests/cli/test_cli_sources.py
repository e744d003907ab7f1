"""`spotit pack sources`, `pack search`, and what show, info, build, validate and export say
of a pack's source pages."""

import json
import sqlite3

import pytest
from tests.cli.test_cli import run
from tests.store.test_pack_sources import built, web_source

from spotit.content.source import read_pack_source


@pytest.fixture
def pack(tmp_path):
    return built(tmp_path)[1]


def test_sources_json_lists_every_page_in_pack_order(capsys, pack):
    status, out, _ = run(capsys, "pack", "sources", pack, "--json")
    assert status == 0
    pages = json.loads(out)["sources"]
    assert [p["id"] for p in pages] == [
        "daily-truth",
        "anton-lisko",
        "varn-university",
        "result-tea",
    ]
    assert pages[1] == {
        "id": "anton-lisko",
        "kind": "person",
        "title": "Anton Lisko",
        "names": ["Anton Lisko", "Dr Anton Lisko"],
    }


def test_sources_as_text_is_a_table_of_id_kind_and_title(capsys, pack):
    status, out, _ = run(capsys, "pack", "sources", pack)
    lines = out.splitlines()
    assert status == 0 and lines[0].split() == ["id", "kind", "title"]
    assert lines[2].split() == ["anton-lisko", "person", "Anton", "Lisko"]
    assert len(lines) == 5


def test_a_pack_without_pages_says_so(capsys, built_pack):
    status, out, _ = run(capsys, "pack", "sources", built_pack)
    assert (status, out) == (0, "This pack has no source pages.\n")
    status, out, _ = run(capsys, "pack", "search", built_pack, "rocket", "--json")
    assert json.loads(out) == {
        "query": "rocket",
        "corrected": "",
        "partial": False,
        "missing": [],
        "results": [],
    }


def test_search_json_gives_the_ranked_results_and_the_query_searched_instead(capsys, pack):
    status, out, _ = run(capsys, "pack", "search", pack, "Anton Lsko", "--json")
    data = json.loads(out)
    assert status == 0
    assert (data["query"], data["corrected"]) == ("Anton Lsko", "Anton Lisko")
    first = data["results"][0]
    assert set(first) == {"id", "title", "snippet"}
    assert (first["id"], first["title"]) == ("anton-lisko", "Anton Lisko")
    assert first["snippet"].startswith("Anton Lisko is a lecturer in medieval poetry")


def test_search_as_text_brackets_the_matched_words(capsys, pack):
    status, out, _ = run(capsys, "pack", "search", pack, "Anton Lsko")
    lines = out.splitlines()
    assert status == 0 and lines[0] == "Showing results for Anton Lisko"
    assert lines[1] == "  1. Anton Lisko (anton-lisko, person)"
    assert lines[2].strip().startswith("[Anton] [Lisko] is a lecturer in medieval poetry")


def test_search_that_finds_nothing_says_so(capsys, pack):
    status, out, _ = run(capsys, "pack", "search", pack, "qzxwv")
    assert (status, out) == (0, "No results for 'qzxwv'.\n")


def test_search_limit(capsys, pack):
    status, out, _ = run(capsys, "pack", "search", pack, "lisko", "--limit", "1", "--json")
    assert status == 0 and len(json.loads(out)["results"]) == 1
    status, _, err = run(capsys, "pack", "search", pack, "lisko", "--limit", "0")
    assert status == 2 and "--limit must be a whole number ≥ 1" in err


def test_search_of_a_tampered_index_is_one_error_line(capsys, pack):
    conn = sqlite3.connect(pack)
    conn.execute("UPDATE sources_fts_content SET c0 = 'ghost'")
    conn.commit()
    conn.close()
    status, out, err = run(capsys, "pack", "search", pack, "lisko")
    assert status == 2 and out == ""
    assert err.count("\n") == 1 and "its search index names a page it does not hold" in err


def test_a_hostile_title_cannot_reach_the_terminal_as_control_characters(capsys, pack):
    conn = sqlite3.connect(pack)
    conn.execute("UPDATE sources SET title = 'Anton' || char(27) || '[2J' || char(10) || 'x'")
    conn.commit()
    conn.close()
    status, out, _ = run(capsys, "pack", "sources", pack)
    assert status == 0 and "\x1b" not in out and len(out.splitlines()) == 5


def test_show_json_gives_outlet_byline_date_and_the_checks(capsys, pack):
    status, out, _ = run(capsys, "pack", "show", pack, "tea", "--json")
    data = json.loads(out)
    assert status == 0
    assert (data["outlet"], data["byline"], data["date"]) == ("The Daily Truth", "", "")
    assert [a["check"] for a in data["annotations"]] == ["anton-lisko"]
    assert [n["check"] for n in data["notes"]] == ["varn-university"]


def test_show_as_text_names_each_check(capsys, pack):
    status, out, _ = run(capsys, "pack", "show", pack, "tea")
    assert status == 0
    assert "check: source:anton-lisko ('medieval poetry')" in out
    assert "check: source:varn-university\n" in out


def test_build_validate_and_info_count_the_pages(capsys, tmp_path):
    folder = web_source(tmp_path / "src")
    status, out, _ = run(capsys, "pack", "build", folder, "-o", tmp_path / "w.spotit")
    assert status == 0 and out.rstrip().endswith(", 4 source pages")
    for target in (folder, tmp_path / "w.spotit"):
        status, out, _ = run(capsys, "pack", "validate", target)
        assert status == 0 and "4 source pages)" in out
    status, out, _ = run(capsys, "pack", "info", tmp_path / "w.spotit", "--json")
    assert status == 0 and json.loads(out)["sources"] == 4
    status, out, _ = run(capsys, "pack", "info", tmp_path / "w.spotit")
    assert "Source pages: 4" in out


def test_export_writes_the_pages_back_and_building_the_export_gives_the_same_pack(capsys, tmp_path):
    source, pack = built(tmp_path)
    out_dir = tmp_path / "exported"
    status, out, _ = run(capsys, "pack", "export", pack, "-o", out_dir)
    assert status == 0 and "and 4 source pages" in out
    assert sorted(p.name for p in (out_dir / "sources").iterdir()) == [
        "anton-lisko.md",
        "daily-truth.md",
        "result-tea.md",
        "varn-university.md",
    ]
    again = read_pack_source(out_dir)
    assert again.problems == []
    by_id = {p.id: p for p in source.sources}
    assert sorted(again.sources, key=lambda p: p.id) == sorted(by_id.values(), key=lambda p: p.id)
    (article,) = again.articles
    assert article.annotations == source.articles[0].annotations  # the checks as well
    assert article.notes == source.articles[0].notes


def test_export_again_removes_pages_the_pack_no_longer_holds(capsys, tmp_path):
    _, pack = built(tmp_path)
    out_dir = tmp_path / "exported"
    assert run(capsys, "pack", "export", pack, "-o", out_dir)[0] == 0
    stale = out_dir / "sources" / "old-page.md"
    stale.write_text((out_dir / "sources" / "daily-truth.md").read_text(), "utf-8")
    status, out, _ = run(capsys, "pack", "export", pack, "-o", out_dir, "--force")
    assert status == 0 and "removed 1 the pack no longer holds" in out
    assert not stale.exists()
