"""Built packs: what is written can be read back, and only through the checks."""

import os
import shutil
import sqlite3
import stat
import time

import pytest

from spotit.content.source import read_pack_source
from spotit.store.pack import (
    APPLICATION_ID,
    FORMAT_VERSION,
    Pack,
    PackError,
    build_pack,
    open_pack,
)


def test_build_then_open_gives_the_same_articles(source_dir, built_pack):
    source = read_pack_source(source_dir)
    with open_pack(built_pack) as pack:
        assert pack.meta == source.meta
        assert [c.id for c in pack.categories] == [c.id for c in source.categories]
        (summary,) = pack.articles()
        assert summary.meta == source.articles[0].meta and summary.annotations == 2
        article = pack.article("rocket")
        assert article.text == source.articles[0].text
        assert article.blocks == source.articles[0].blocks
        assert article.annotations == source.articles[0].annotations


def test_pack_is_plain_sqlite_with_documented_tables(built_pack):
    conn = sqlite3.connect(built_pack)
    assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"pack", "categories", "articles", "annotations"} <= tables
    assert conn.execute("SELECT format_version FROM pack").fetchone()[0] == FORMAT_VERSION
    fks = conn.execute("PRAGMA foreign_key_list(annotations)").fetchall()
    assert {(fk[2], fk[3]) for fk in fks} == {
        ("articles", "article_id"),
        ("categories", "category"),
    }
    conn.execute("PRAGMA foreign_keys = ON")
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []


def test_pack_opens_read_only(built_pack):
    os.chmod(built_pack, stat.S_IREAD)  # a pack on a read-only share still opens
    try:
        with open_pack(built_pack) as pack:
            assert pack.article("rocket").text
            with pytest.raises(sqlite3.OperationalError):
                pack._conn.execute("DELETE FROM annotations")
    finally:
        os.chmod(built_pack, stat.S_IREAD | stat.S_IWRITE)


def test_build_replaces_atomically_and_leaves_no_temporary_files(source_dir, tmp_path):
    out = tmp_path / "out" / "demo.spotit"
    build_pack(read_pack_source(source_dir), out)
    first = out.read_bytes()
    build_pack(read_pack_source(source_dir), out)
    assert out.read_bytes() == first  # builds are reproducible
    assert [p.name for p in out.parent.iterdir()] == ["demo.spotit"]


def test_a_built_pack_gets_the_users_usual_permissions(source_dir, tmp_path):
    out = tmp_path / "demo.spotit"
    old = os.umask(0o027)
    try:
        build_pack(read_pack_source(source_dir), out)
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == 0o640  # not the 0600 of a temporary file
    os.chmod(out, 0o644)
    build_pack(read_pack_source(source_dir), out)  # a rebuild keeps the pack's mode
    assert stat.S_IMODE(out.stat().st_mode) == 0o644


def test_a_failed_build_leaves_the_old_pack_untouched(source_dir, tmp_path, monkeypatch):
    import spotit.store.pack as pack_module

    out = tmp_path / "packs" / "demo.spotit"
    build_pack(read_pack_source(source_dir), out)
    before = out.read_bytes()

    def broken(*_args):
        raise OSError("disk full")

    monkeypatch.setattr(pack_module, "_create_schema", broken)
    with pytest.raises(OSError):
        build_pack(read_pack_source(source_dir), out)
    assert out.read_bytes() == before
    assert [p.name for p in out.parent.iterdir()] == ["demo.spotit"]


def test_a_source_with_problems_is_never_built(tmp_path, source_dir):
    (source_dir / "pack.toml").write_text('id = "x"\n')
    with pytest.raises(ValueError):
        build_pack(read_pack_source(source_dir), tmp_path / "x.spotit")
    assert not (tmp_path / "x.spotit").exists()


def test_read_only_uri_for_local_paths_and_windows_shares():
    from pathlib import PurePosixPath, PureWindowsPath

    from spotit.store.pack import read_only_uri

    assert (
        read_only_uri(PurePosixPath("/srv/packs/a b.spotit"))
        == "file:///srv/packs/a%20b.spotit?mode=ro&immutable=1"
    )
    assert (
        read_only_uri(PureWindowsPath(r"C:\Packs\x.spotit"))
        == "file:///C:/Packs/x.spotit?mode=ro&immutable=1"
    )
    assert (
        read_only_uri(PureWindowsPath(r"\\school\share\x.spotit"))
        == "file:////school/share/x.spotit?mode=ro&immutable=1"
    )


def _wal_pack_with_hostile_wal(pack):
    """Turn ``pack`` into a WAL-mode pack with a -wal beside it that retitles it."""
    conn = sqlite3.connect(pack)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.close()
    twin = pack.with_name("twin.spotit")
    shutil.copy(pack, twin)
    writer = sqlite3.connect(twin)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE pack SET title = 'Hostile'")
    writer.commit()
    shutil.copy(twin.with_name("twin.spotit-wal"), pack.with_name(pack.name + "-wal"))
    writer.close()
    for leftover in pack.parent.glob("twin.spotit*"):
        leftover.unlink()


def test_a_wal_pack_opens_without_making_files_or_reading_its_wal(built_pack):
    _wal_pack_with_hostile_wal(built_pack)
    before = sorted(p.name for p in built_pack.parent.iterdir())
    assert "demo.spotit-wal" in before
    with open_pack(built_pack) as pack:
        assert pack.meta.title != "Hostile"  # the pages in the file, not the -wal's
        assert pack.article("rocket").text
        assert sorted(p.name for p in built_pack.parent.iterdir()) == before  # no -shm


def test_a_pack_in_a_read_only_folder_opens_and_creates_nothing(built_pack):
    _wal_pack_with_hostile_wal(built_pack)
    (built_pack.parent / "demo.spotit-wal").unlink()
    folder = built_pack.parent
    before = sorted(p.name for p in folder.iterdir())
    os.chmod(folder, 0o555)
    try:
        with open_pack(built_pack) as pack:
            assert pack.article("rocket").annotations
        assert sorted(p.name for p in folder.iterdir()) == before
    finally:
        os.chmod(folder, 0o755)


def test_every_query_of_a_pack_has_a_time_budget(built_pack, monkeypatch):
    import spotit.store.pack as pack_module

    conn = sqlite3.connect(built_pack)
    conn.executescript(
        "CREATE TABLE real_pack AS SELECT * FROM pack; DROP TABLE pack;"
        " CREATE VIEW pack AS WITH RECURSIVE r(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM r)"
        " SELECT real_pack.* FROM real_pack, r"
    )
    conn.close()
    # Behind the refusal of views: a query SQLite cannot finish is stopped all the same.
    monkeypatch.setattr(Pack, "_check_objects", lambda self: None)
    monkeypatch.setattr(pack_module, "QUERY_SECONDS", 0.3)
    start = time.monotonic()
    with pytest.raises(PackError, match="reading it takes too long"):
        open_pack(built_pack)
    assert time.monotonic() - start < 5


@pytest.mark.parametrize(
    ("table", "column", "read"),
    [
        ("pack", "authors", lambda pack: None),
        ("articles", "tags", lambda pack: pack.articles()),
        ("articles", "blocks", lambda pack: pack.article("rocket")),
    ],
)
def test_json_nested_10000_deep_is_a_broken_pack(built_pack, table, column, read):
    conn = sqlite3.connect(built_pack)
    conn.execute(f"UPDATE {table} SET {column} = ?", ("[" * 10_000 + "]" * 10_000,))
    conn.commit()
    conn.close()
    with pytest.raises(PackError, match=f"{column} is nested too deeply") as caught:
        with open_pack(built_pack) as pack:
            read(pack)
    assert "\n" not in str(caught.value) and str(built_pack) in str(caught.value)
