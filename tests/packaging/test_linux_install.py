"""packaging/linux/install.sh, run on an app folder laid out as the spec lays out dist/SpotIt."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest
from tests.packaging.conftest import APP_ID, ROOT

ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


@pytest.fixture
def app_folder(tmp_path, spec) -> Path:
    """A stand-in for dist/SpotIt: the spec's desktop files, and a SpotIt that echoes."""
    folder = tmp_path / "unpacked" / "SpotIt"
    folder.mkdir(parents=True)
    for src, dest in spec["LINUX_DESKTOP_FILES"]:
        target = folder / dest
        target.parent.mkdir(parents=True, exist_ok=True)
        if (ROOT / src).is_dir():
            shutil.copytree(ROOT / src, target)
        else:
            shutil.copy2(ROOT / src, target)
    program = folder / "SpotIt"
    program.write_text('#!/bin/sh\necho "stand-in SpotIt $*"\n', encoding="utf-8")
    program.chmod(0o755)
    (folder / "_internal").mkdir()
    (folder / "_internal" / "libexample.so").write_bytes(b"library")
    return folder


def install(folder: Path, *args: str, home: Path | None = None):
    env = {**os.environ, "HOME": str(home or folder.parent)}
    return subprocess.run(
        ["sh", str(folder / "install.sh"), *args], env=env, capture_output=True, text=True
    )


def installed_files(prefix: Path) -> set[str]:
    return {
        p.relative_to(prefix).as_posix()
        for p in prefix.rglob("*")
        if (p.is_file() or p.is_symlink()) and "/mime/" not in f"/{p.relative_to(prefix)}/"[:-1]
    }


def test_install_puts_the_app_menu_entry_icons_and_file_type_in_place(app_folder, tmp_path):
    prefix = tmp_path / "school apps"  # a space: paths must be quoted everywhere
    result = install(app_folder, "--prefix", str(prefix))
    assert result.returncode == 0, result.stderr
    command = prefix / "bin" / "spotit"
    assert subprocess.run([command, "x.spotit"], capture_output=True, text=True).stdout == (
        "stand-in SpotIt x.spotit\n"
    )
    assert (prefix / "lib" / "spotit" / "_internal" / "libexample.so").read_bytes() == b"library"
    desktop = prefix / "share" / "applications" / f"{APP_ID}.desktop"
    text = desktop.read_text(encoding="utf-8")
    # The menu entry names the command by full path: PREFIX/bin need not be on PATH.
    assert f'Exec="{command}" %f' in text.splitlines()
    assert f"TryExec={command}" in text.splitlines()
    validate = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True)
    assert validate.returncode == 0, validate.stdout
    assert (prefix / "share" / "metainfo" / f"{APP_ID}.metainfo.xml").is_file()
    for size in ICON_SIZES:
        assert (prefix / f"share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png").is_file()
    assert (prefix / f"share/icons/hicolor/scalable/apps/{APP_ID}.svg").is_file()
    # update-mime-database ran: the desktop now knows the pack type.
    assert (prefix / "share" / "mime" / "application" / "x-spotit-pack.xml").is_file()


def test_reinstall_replaces_the_old_version(app_folder, tmp_path):
    prefix = tmp_path / "prefix"
    assert install(app_folder, "--prefix", str(prefix)).returncode == 0
    stale = prefix / "lib" / "spotit" / "_internal" / "only-in-the-old-version.so"
    stale.write_bytes(b"old")
    assert install(app_folder, f"--prefix={prefix}").returncode == 0
    assert not stale.exists()
    assert (prefix / "lib" / "spotit" / "SpotIt").is_file()
    assert not (prefix / "lib" / "spotit.new").exists()
    assert not (prefix / "lib" / "spotit.old").exists()


def test_uninstall_removes_what_install_added_and_nothing_else(app_folder, tmp_path):
    prefix = tmp_path / "prefix"
    (prefix / "share" / "applications").mkdir(parents=True)
    other = prefix / "share" / "applications" / "someone-else.desktop"
    other.write_text("[Desktop Entry]\n", encoding="utf-8")
    before = installed_files(prefix)
    assert install(app_folder, "--prefix", str(prefix)).returncode == 0
    assert installed_files(prefix) > before
    result = install(app_folder, "--uninstall", "--prefix", str(prefix))
    assert result.returncode == 0, result.stderr
    assert installed_files(prefix) - {"share/applications/mimeinfo.cache"} == before
    assert not (prefix / "share" / "mime" / "application" / "x-spotit-pack.xml").exists()
    assert other.read_text(encoding="utf-8") == "[Desktop Entry]\n"


def test_default_prefix_for_a_user_is_home_local(app_folder):
    """Without --prefix and without root, everything goes under ~/.local."""
    # Root (CI) runs the script as `nobody`, in a folder nobody may enter.
    shared = Path(tempfile.mkdtemp(prefix="spotit-install-"))
    try:
        shared.chmod(0o777)
        folder = shared / "SpotIt"
        shutil.copytree(app_folder, folder, symlinks=True)
        home = shared / "home"
        home.mkdir()
        home.chmod(0o777)
        command = ["sh", str(folder / "install.sh")]
        if os.geteuid() == 0:
            command = ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", *command]
        env = {**os.environ, "HOME": str(home)}
        result = subprocess.run(command, env=env, capture_output=True, text=True)
        assert result.returncode == 0, result.stderr
        assert os.readlink(home / ".local" / "bin" / "spotit") == str(
            home / ".local" / "lib" / "spotit" / "SpotIt"
        )
        assert (home / ".local" / "share" / "applications" / f"{APP_ID}.desktop").is_file()
    finally:
        shutil.rmtree(shared)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--frobnicate"], "unknown option --frobnicate"),
        (["--prefix"], "--prefix needs a folder"),
        (["--prefix", '/tmp/a"b'], "may not contain quotes"),
    ],
)
def test_bad_options_fail_with_one_line(app_folder, args, message):
    result = install(app_folder, *args)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and message in result.stderr


def test_incomplete_folder_is_refused(app_folder, tmp_path):
    (app_folder / "SpotIt").unlink()
    result = install(app_folder, "--prefix", str(tmp_path / "prefix"))
    assert result.returncode == 1
    assert "SpotIt is missing" in result.stderr
    assert not (tmp_path / "prefix" / "lib" / "spotit").exists()
