"""A pack's checks are read and checked once: the library asks for them on every refresh."""

import sqlite3

import pytest
from tests.store.test_pack_checks import built

from spotit.store.pack import PackError, open_pack


def counted(pack) -> list[str]:
    """Every SQL statement the pack runs from now on (SQLite's trace callback)."""
    seen: list[str] = []
    pack._conn.set_trace_callback(seen.append)
    return seen


def test_checks_twice_reads_the_database_once(tmp_path):
    with open_pack(built(tmp_path)) as pack:
        statements = counted(pack)
        first = pack.checks()
        reads = len(statements)
        assert reads >= 2 and any("check_items" in s for s in statements)
        again = pack.checks()
        assert pack.check("disc") is first[0]
        assert pack.check("nope") is None
        assert len(statements) == reads  # nothing more was asked of the database
    assert again == first


def test_cached_checks_outlive_the_connection(tmp_path):
    pack = open_pack(built(tmp_path))
    checks = pack.checks()
    pack.close()
    # A closed connection raises on any query: these come from what was read already.
    assert pack.checks() == checks
    assert pack.check("disc").forms == ("A", "B")


def test_the_list_handed_out_is_a_copy(tmp_path):
    with open_pack(built(tmp_path)) as pack:
        pack.checks().clear()
        assert [c.id for c in pack.checks()] == ["disc"]


def test_a_refused_check_is_refused_every_time(tmp_path):
    path = built(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE check_items SET truth = 'maybe' WHERE id = 'a01'")
    conn.commit()
    conn.close()
    with open_pack(path) as pack:
        for _ in range(2):  # not cached as "no checks" after the first refusal
            with pytest.raises(PackError, match="has truth 'maybe'"):
                pack.checks()
        with pytest.raises(PackError, match="has truth 'maybe'"):
            pack.check("disc")
