"""The one atomic file writer: whole files or none, the user's umask, the folder synced."""

from __future__ import annotations

import os
import stat

import pytest

from spotit.core.files import replacing, write_atomic


def test_writes_text_and_bytes(tmp_path):
    write_atomic(tmp_path / "a.txt", "héllo\r\n")
    write_atomic(tmp_path / "b.bin", b"\x00\x01")
    assert (tmp_path / "a.txt").read_bytes() == "héllo\r\n".encode()
    assert (tmp_path / "b.bin").read_bytes() == b"\x00\x01"


def test_creates_missing_folders(tmp_path):
    write_atomic(tmp_path / "deep" / "er" / "x.txt", "x")
    assert (tmp_path / "deep" / "er" / "x.txt").read_text() == "x"


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
@pytest.mark.parametrize("mask", [0o022, 0o077, 0o002])
def test_new_file_follows_the_umask(tmp_path, mask):
    old = os.umask(mask)
    try:
        write_atomic(tmp_path / "x.txt", "x")
    finally:
        os.umask(old)
    assert stat.S_IMODE((tmp_path / "x.txt").stat().st_mode) == 0o666 & ~mask


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX")
def test_replacing_keeps_the_mode_of_the_file_it_replaces(tmp_path):
    target = tmp_path / "x.txt"
    target.write_text("old")
    target.chmod(0o640)
    write_atomic(target, "new")
    assert target.read_text() == "new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o640


def test_a_failed_write_leaves_the_old_file_and_no_temporary(tmp_path):
    target = tmp_path / "x.txt"
    target.write_text("old")
    with pytest.raises(RuntimeError), replacing(target) as tmp:
        tmp.write_text("half")
        raise RuntimeError("disk full")
    assert target.read_text() == "old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["x.txt"]


def test_replacing_gives_a_path_in_the_same_folder(tmp_path):
    target = tmp_path / "pack.spotit"
    with replacing(target) as tmp:
        assert tmp.parent == tmp_path and tmp != target
        tmp.write_bytes(b"db")
    assert target.read_bytes() == b"db"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pack.spotit"]
