"""Saving a source folder: atomic files, a backup of the previous version, crashes mid-save."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from spotit.authoring import saving
from spotit.authoring.saving import (
    BACKUP_DIR,
    SaveError,
    export_pack_file,
    interrupted_save,
    restore_backup,
    write_source,
)
from spotit.content.source import read_pack_source
from spotit.store.pack import open_pack

MANIFEST = 'id = "p"\ntitle = "P"\nversion = "1"\n'


def article(article_id: str, body: str) -> str:
    return f'+++\nid = "{article_id}"\nheadline = "About {article_id}"\nkind = "opinion"\n+++\n{body}\n'


OLD = {
    "pack.toml": MANIFEST,
    "articles/010-a.md": article("a", "Old text of a."),
    "articles/020-b.md": article("b", "Old text of b."),
}
NEW = {
    "pack.toml": MANIFEST.replace('"P"', '"P, revised"'),
    "articles/010-a.md": article("a", "New text of a."),
    "articles/030-c.md": article("c", "Text of c."),
}


def contents(folder: Path) -> dict[str, str]:
    """Every file under ``folder`` except the backup, by relative path."""
    return {
        p.relative_to(folder).as_posix(): p.read_text(encoding="utf-8")
        for p in folder.rglob("*")
        if p.is_file() and BACKUP_DIR not in p.relative_to(folder).parts
    }


@pytest.fixture
def saved_once(tmp_path) -> Path:
    folder = tmp_path / "pack"
    write_source(folder, OLD)
    return folder


def test_a_first_save_writes_the_files_and_needs_no_backup(saved_once):
    assert contents(saved_once) == OLD
    assert not (saved_once / BACKUP_DIR).exists()
    assert read_pack_source(saved_once).problems == []


def test_a_second_save_keeps_the_previous_version_in_the_backup(saved_once):
    write_source(saved_once, NEW)
    assert contents(saved_once) == NEW  # b is gone, c is new
    assert contents(saved_once / BACKUP_DIR) == OLD
    assert not interrupted_save(saved_once)
    # The backup is never read as part of the pack.
    assert [a.meta.id for a in read_pack_source(saved_once).articles] == ["a", "c"]


def test_saving_the_same_files_again_touches_nothing(saved_once):
    before = {p: p.stat().st_mtime_ns for p in saved_once.rglob("*.md")}
    write_source(saved_once, OLD)
    assert {p: p.stat().st_mtime_ns for p in saved_once.rglob("*.md")} == before
    assert not (saved_once / BACKUP_DIR).exists()


def test_a_failing_replace_on_the_second_file_leaves_the_previous_files_intact(
    saved_once, monkeypatch
):
    real_replace, calls = os.replace, []

    def replace_failing_on_second_file(src, dst):
        if not any(p.startswith(BACKUP_DIR) for p in Path(dst).parts):  # count pack files only
            calls.append(dst)
        if len(calls) == 2:
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(saving.os, "replace", replace_failing_on_second_file)
    with pytest.raises(SaveError) as error:
        write_source(saved_once, NEW)
    message = str(error.value)
    assert "No space left on device" in message and "previous version is unchanged" in message
    assert str(saved_once) in message and "\n" not in message
    assert contents(saved_once) == OLD  # the first file, already replaced, was put back
    assert not interrupted_save(saved_once)
    assert contents(saved_once).keys() == OLD.keys()  # no temporary files left behind


def test_a_crash_during_the_commit_leaves_whole_files_and_a_backup_to_restore(
    saved_once, monkeypatch
):
    real_replace, calls = os.replace, []

    class Killed(BaseException):
        """The process dies: nothing after this point runs."""

    def dies_on_second_file(src, dst):
        if not any(p.startswith(BACKUP_DIR) for p in Path(dst).parts):  # count pack files only
            calls.append(dst)
        if len(calls) == 2:
            raise Killed
        return real_replace(src, dst)

    monkeypatch.setattr(saving, "_roll_back", lambda *a: False)  # a dead process rolls nothing back
    monkeypatch.setattr(saving.os, "replace", dies_on_second_file)
    with pytest.raises(Killed):
        write_source(saved_once, NEW)
    monkeypatch.setattr(saving.os, "replace", real_replace)
    # Every pack file is whole: either its old or its new version.
    for rel, text in contents(saved_once).items():
        assert text in (OLD.get(rel), NEW.get(rel)), rel
    assert interrupted_save(saved_once)
    restore_backup(saved_once)
    assert contents(saved_once) == OLD and not interrupted_save(saved_once)


def test_a_save_after_an_interrupted_one_keeps_the_good_backup(saved_once):
    write_source(saved_once, NEW)
    (saved_once / BACKUP_DIR / saving.SAVING_MARKER).write_text("interrupted", encoding="utf-8")
    third = dict(NEW, **{"articles/040-d.md": article("d", "Text of d.")})
    write_source(saved_once, third)
    assert contents(saved_once / BACKUP_DIR) == OLD
    assert contents(saved_once) == third and not interrupted_save(saved_once)


def test_an_unwritable_folder_gives_one_line_naming_it(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(SaveError) as error:
        write_source(blocker / "pack", OLD)
    assert str(blocker) in str(error.value) and "\n" not in str(error.value)


def test_export_builds_a_pack_and_refuses_one_with_problems(tmp_path):
    out = tmp_path / "p.spotit"
    export_pack_file(OLD, out)
    with open_pack(out) as pack:
        assert pack.article_ids() == ["a", "b"] and pack.meta.title == "P"
    broken = dict(OLD, **{"articles/010-a.md": article("a", "")})
    with pytest.raises(SaveError, match=r"1 problem\(s\)"):
        export_pack_file(broken, tmp_path / "broken.spotit")
    assert not (tmp_path / "broken.spotit").exists()


def test_export_writes_the_pack_and_nothing_else(tmp_path, monkeypatch):
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    out = tmp_path / "out" / "p.spotit"
    out.parent.mkdir()
    export_pack_file(OLD, out)
    assert [p.name for p in out.parent.iterdir()] == ["p.spotit"]
    assert list((tmp_path / "tmp").iterdir()) == []  # no scratch copy of the sources
