"""Bundled packs are built into the data folder once, and again only when sources change."""

from tests.conftest import make_source

from spotit.content.source import source_files
from spotit.store.bundled import bundled_packs, data_dir, ensure_built, files_hash, source_hash
from spotit.store.pack import open_pack


def test_bundled_starter_packs_are_built_into_the_data_folder():
    paths = bundled_packs()
    assert all(path.parent == data_dir() / "packs" for path in paths)
    languages = {}
    for path in paths:
        with open_pack(path) as pack:
            assert pack.articles()
            languages[pack.meta.id] = pack.meta.language
    # The English starter pack first (the tour guides through it), and one in German.
    assert paths[0].name.startswith("starter.") and languages["starter"] == "en"
    assert languages.get("starter-de") == "de"


def test_rebuilt_only_when_sources_change(tmp_path):
    source = make_source(tmp_path / "demo")
    out_dir = tmp_path / "built"
    first = ensure_built(source, out_dir)
    stamp = first.stat().st_mtime_ns
    assert ensure_built(source, out_dir).stat().st_mtime_ns == stamp  # unchanged: not rebuilt
    article = source / "articles" / "01-rocket.md"
    article.write_text(article.read_text().replace("flew *very* high", "flew high"))
    rebuilt = ensure_built(source, out_dir)
    assert rebuilt.stat().st_mtime_ns != stamp
    with open_pack(rebuilt) as pack:
        assert "flew high" in pack.article("rocket").text


def test_damaged_earlier_build_is_replaced(tmp_path):
    source = make_source(tmp_path / "demo")
    out_dir = tmp_path / "built"
    built = ensure_built(source, out_dir)
    built.write_bytes(b"garbage")
    with open_pack(ensure_built(source, out_dir)) as pack:
        assert pack.meta.id == "demo"


def test_the_fingerprint_covers_what_the_reader_reads_and_nothing_else(tmp_path):
    source = make_source(tmp_path / "demo")
    first = source_hash(source)
    # Dot-files (an editor's swap file, the editor's backup) and other files are no part of it.
    (source / "articles" / ".editor-swap.md").write_text("+++\nid = 'x'\n+++\n", encoding="utf-8")
    (source / ".backup").mkdir()
    (source / ".backup" / "pack.toml").write_text("old", encoding="utf-8")
    (source / "notes.txt").write_text("author's notes", encoding="utf-8")
    assert source_hash(source) == first
    # A new article, or a changed pack.toml, is.
    (source / "articles" / "02-more.md").write_text("+++\nid = 'more'\n+++\n", encoding="utf-8")
    second = source_hash(source)
    assert second != first
    (source / "pack.toml").write_text((source / "pack.toml").read_text() + "\n", encoding="utf-8")
    assert source_hash(source) != second
    files = {rel: (source / rel).read_bytes() for rel in source_files(source)}
    assert files_hash(files) == source_hash(source)
