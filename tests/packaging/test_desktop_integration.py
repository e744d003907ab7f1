"""Linux desktop integration: the menu entry, AppStream metadata and the .spotit file type.

The files are checked with the freedesktop tools themselves (appstreamcli,
desktop-file-validate); `make test` installs them first (packaging/require-tools.sh).
"""

from __future__ import annotations

import configparser
import os
import shutil
import sqlite3
import subprocess
import sys
import tomllib
import xml.etree.ElementTree as ET

from tests.packaging.conftest import APP_ID, LINUX, ROOT

from spotit.store.pack import APPLICATION_ID, PACK_SUFFIX

DESKTOP = LINUX / f"{APP_ID}.desktop"
METAINFO = LINUX / f"{APP_ID}.metainfo.xml"
MIME = LINUX / f"{APP_ID}.mime.xml"
MIME_NS = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
PACK_MIME = "application/x-spotit-pack"


def _tool(name: str) -> str:
    path = shutil.which(name)
    assert path, (
        f"{name} is missing: run `make test`, which installs it (packaging/require-tools.sh)"
    )
    return path


def _desktop_entry() -> configparser.SectionProxy:
    parser = configparser.ConfigParser(interpolation=None, delimiters=("=",))
    parser.optionxform = str  # keys are case-sensitive in desktop files
    parser.read(DESKTOP, encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_file_validates():
    result = subprocess.run(
        [_tool("desktop-file-validate"), str(DESKTOP)], capture_output=True, text=True
    )
    assert result.returncode == 0 and result.stdout.strip() == "", result.stdout + result.stderr


def test_desktop_file_opens_packs_with_the_app():
    entry = _desktop_entry()
    assert entry["Exec"].split() == ["spotit", "%f"]  # `spotit PACK.spotit`, one file
    assert PACK_MIME in entry["MimeType"].split(";")
    assert entry["Icon"] == APP_ID
    assert "Education" in entry["Categories"].split(";")
    assert entry["Terminal"] == "false"


def test_metainfo_validates():
    result = subprocess.run(
        [_tool("appstreamcli"), "validate", "--no-net", str(METAINFO)],
        capture_output=True,
        text=True,
    )
    problems = [
        line for line in result.stdout.splitlines() if line.startswith(("E:", "W:"))
    ]  # infos and pedantic hints are fine
    assert result.returncode == 0 and problems == [], result.stdout + result.stderr


def test_metainfo_matches_the_desktop_file_and_the_project():
    root = ET.parse(METAINFO).getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("id") == APP_ID
    assert root.findtext("launchable") == DESKTOP.name
    assert root.findtext("name") == _desktop_entry()["Name"]
    assert PACK_MIME in [m.text for m in root.iterfind("provides/mediatype")]
    assert "spotit" in [b.text for b in root.iterfind("provides/binary")]
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert root.findtext("project_license") == project["license"]


def _mime_type() -> ET.Element:
    root = ET.parse(MIME).getroot()  # raises on malformed XML
    (mime_type,) = root.findall("m:mime-type", MIME_NS)
    return mime_type


def test_mime_type_declares_the_pack_glob():
    mime_type = _mime_type()
    assert mime_type.get("type") == PACK_MIME
    globs = [g.get("pattern") for g in mime_type.findall("m:glob", MIME_NS)]
    assert globs == [f"*{PACK_SUFFIX}"]
    assert mime_type.find("m:sub-class-of", MIME_NS).get("type") == "application/vnd.sqlite3"


def test_mime_magic_needs_spotits_application_id_not_just_sqlite():
    """SQLite's header alone would claim every database: the magic also needs "SPOT"."""
    (outer,) = _mime_type().findall("m:magic/m:match", MIME_NS)
    assert (outer.get("offset"), outer.get("value")) == ("0", "SQLite format 3\\0")
    (inner,) = outer.findall("m:match", MIME_NS)
    # SQLite keeps PRAGMA application_id big-endian at byte 68 of the header.
    assert inner.get("offset") == "68"
    assert inner.get("value").encode("ascii") == APPLICATION_ID.to_bytes(4, "big")


def test_the_desktop_recognises_packs(tmp_path, built_pack):
    """Qt reads shared-mime-info like every desktop: a pack is a pack, a database is not."""
    share = tmp_path / "share"
    (share / "mime" / "packages").mkdir(parents=True)
    shutil.copy(MIME, share / "mime" / "packages" / f"{APP_ID}.xml")
    subprocess.run([_tool("update-mime-database"), str(share / "mime")], check=True)
    renamed = tmp_path / "pack-with-no-extension"
    shutil.copy(built_pack, renamed)
    other_db = tmp_path / "other-database"
    with sqlite3.connect(other_db) as conn:
        conn.execute("CREATE TABLE t (x)")
    code = (
        "import sys\n"
        "from PySide6.QtCore import QMimeDatabase\n"
        "db = QMimeDatabase()\n"
        "for path in sys.argv[1:]: print(db.mimeTypeForFile(path).name())\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code, str(built_pack), str(renamed), str(other_db)],
        env={
            **os.environ,
            "XDG_DATA_DIRS": f"{share}:/usr/share",
            "XDG_DATA_HOME": str(tmp_path / "home"),
        },
        capture_output=True,
        text=True,
        check=True,
    )
    assert result.stdout.split() == [PACK_MIME, PACK_MIME, "application/vnd.sqlite3"]
