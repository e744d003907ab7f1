"""The PyInstaller spec, read without building: content, exclusions, macOS document type.

Building the bundle takes half a minute, so `make test` does not; `make bundle-check`
builds it and runs the self-test inside it.
"""

from __future__ import annotations

import ast
import fnmatch
import re
import subprocess
import sys
from importlib import metadata
from pathlib import Path

import pytest
from tests.packaging.conftest import APP_ID, PACKAGING, ROOT

import spotit.store.bundled as bundled

#: Qt modules SpotIt uses (its README and the classroom protocol); none may be excluded.
USED_QT_MODULES = {
    "QtCore",
    "QtGui",
    "QtWidgets",
    "QtNetwork",
    "QtCharts",
    "QtWebSockets",
    "QtHttpServer",
    "QtConcurrent",  # PySide6.QtHttpServer imports it when it loads
}


def _qt_modules_imported_by_spotit() -> set[str]:
    """Every PySide6 module any file of src/spotit imports, found by parsing the code."""
    found = set()
    for path in (ROOT / "src" / "spotit").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = []
            if isinstance(node, ast.ImportFrom) and node.module:
                names = [node.module] + [f"{node.module}.{a.name}" for a in node.names]
            elif isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            for name in names:
                parts = name.split(".")
                if parts[0] == "PySide6" and len(parts) > 1 and parts[1].startswith("Qt"):
                    found.add(parts[1])
    return found


def test_the_content_goes_where_the_frozen_app_looks_for_it(spec):
    # bundled.content_dir() looks for `_content` beside the spotit package.
    package_dir = Path(bundled.__file__).resolve().parents[1]
    assert package_dir.name == "spotit"
    assert ("content", "spotit/_content") in spec["CONTENT"]
    for source, dest in spec["CONTENT"]:
        assert (ROOT / source).exists(), source
        if dest == "spotit/_content":
            assert (ROOT / source / "starter" / "pack.toml").is_file()
    # The window icon travels inside the package, where gui/app.py loads it from.
    assert ("src/spotit/gui/icons", "spotit/gui/icons") in spec["CONTENT"]
    # So does the student page the class host serves (spotit.classroom.web.page_files).
    assert ("src/spotit/classroom/web", "spotit/classroom/web") in spec["CONTENT"]


def test_content_dir_finds_the_bundled_layout(tmp_path, monkeypatch):
    """The layout the spec produces is the one content_dir() picks, before any checkout."""
    fake_store = tmp_path / "_internal" / "spotit" / "store"
    fake_store.mkdir(parents=True)
    (tmp_path / "_internal" / "spotit" / "_content" / "starter").mkdir(parents=True)
    monkeypatch.delenv("SPOTIT_CONTENT_DIR", raising=False)
    monkeypatch.setattr(bundled, "__file__", str(fake_store / "bundled.py"))
    assert bundled.content_dir() == tmp_path / "_internal" / "spotit" / "_content"


@pytest.mark.parametrize(
    "heavy",
    [
        "PySide6.QtWebEngineCore",
        "PySide6.QtWebEngineWidgets",
        "PySide6.Qt3DCore",
        "PySide6.QtMultimedia",
        "PySide6.QtQuick",
        "PySide6.QtQml",
        "PySide6.QtPdf",
        "PySide6.QtTest",
    ],
)
def test_heavy_unused_qt_modules_are_excluded(spec, heavy):
    assert heavy in spec["EXCLUDED_QT_MODULES"]


def test_no_qt_module_spotit_uses_is_excluded(spec):
    used = USED_QT_MODULES | _qt_modules_imported_by_spotit()
    excluded = {name.split(".")[1] for name in spec["EXCLUDED_QT_MODULES"]}
    assert used & excluded == set()
    assert {"QtCore", "QtWidgets", "QtNetwork", "QtCharts"} <= _qt_modules_imported_by_spotit()


def test_lazily_imported_qt_modules_are_hidden_imports(spec):
    # QtCharts loads only when the history page opens; classroom code may load
    # QtWebSockets and QtHttpServer late too: PyInstaller must be told.
    late = {
        "PySide6.QtCharts",
        "PySide6.QtWebSockets",
        "PySide6.QtHttpServer",
        "PySide6.QtConcurrent",
    }
    assert late <= set(spec["HIDDEN_IMPORTS"])


def _runtime_modules() -> set[str]:
    """Top-level modules of SpotIt's runtime dependencies, followed transitively."""
    seen, todo, modules = set(), ["spotit"], set()
    while todo:
        dist_name = todo.pop()
        if dist_name.lower() in seen:
            continue
        seen.add(dist_name.lower())
        try:
            dist = metadata.distribution(dist_name)
        except metadata.PackageNotFoundError:
            continue  # an optional dependency for another platform
        modules.update((dist.read_text("top_level.txt") or "").split())
        for file in dist.files or ():
            top = file.parts[0]
            if top.endswith(".py"):
                modules.add(top[:-3])
            elif "." not in top and not top.endswith("-info"):
                modules.add(top)
        for requirement in dist.requires or ():
            if "extra ==" in requirement:
                continue
            todo.append(re.split(r"[\s;<>=!~\[(]", requirement, maxsplit=1)[0])
    return modules


def test_no_runtime_dependency_is_excluded(spec):
    """sqlite-utils needs pluggy, for one: excluding it broke the first bundle."""
    runtime = _runtime_modules()
    assert {"spotit", "markdown", "nh3", "platformdirs", "sqlite_utils", "pluggy"} <= runtime
    # sqlite-utils lists pip for its own `sqlite-utils install` command only.
    assert runtime & set(spec["EXCLUDED_PYTHON"]) <= {"pip"}


def test_the_app_never_imports_pip():
    code = (
        "import sys, sqlite_utils, spotit.cli, spotit.store.bundled, spotit.content.source\n"
        "assert 'pip' not in sys.modules, 'pip was imported'\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def _excluded_plugin(spec, path: str) -> bool:
    return any(fnmatch.fnmatch(path, pattern) for pattern in spec["EXCLUDED_QT_PLUGINS"])


@pytest.mark.parametrize(
    "plugin",
    [
        "platforms/libqxcb.so",
        "platforms/libqwayland.so",
        "platforms/libqoffscreen.so",
        "platforms/qwindows.dll",
        "platforms/libqcocoa.dylib",
        "platformthemes/libqxdgdesktopportal.so",
        "imageformats/libqsvg.so",
        "iconengines/libqsvgicon.so",
        "tls/libqopensslbackend.so",
        "xcbglintegrations/libqxcb-glx-integration.so",
    ],
)
def test_plugins_the_app_needs_are_kept(spec, plugin):
    assert not _excluded_plugin(spec, plugin)


@pytest.mark.parametrize(
    "plugin",
    [
        "platforminputcontexts/libqtvirtualkeyboardplugin.so",
        "imageformats/libqpdf.so",
        "imageformats/qpdf.dll",
        "platforms/libqeglfs.so",
        "platformthemes/libqgtk3.so",
    ],
)
def test_plugins_that_drag_in_unused_qt_modules_are_dropped(spec, plugin):
    assert _excluded_plugin(spec, plugin)


def test_only_the_qt_translations_in_use_are_kept(spec):
    kept = spec["KEPT_QT_TRANSLATIONS"]
    assert any(fnmatch.fnmatch("qtbase_de.qm", p) for p in kept)
    assert not any(fnmatch.fnmatch("qtwebengine_de.qm", p) for p in kept)
    assert not any(fnmatch.fnmatch("assistant_de.qm", p) for p in kept)


def test_macos_bundle_opens_spotit_files(spec):
    plist = spec["MACOS_INFO_PLIST"]
    (doc_type,) = plist["CFBundleDocumentTypes"]
    (uti,) = plist["UTExportedTypeDeclarations"]
    assert doc_type["LSItemContentTypes"] == [uti["UTTypeIdentifier"]]
    assert uti["UTTypeIdentifier"].startswith(APP_ID)
    assert uti["UTTypeTagSpecification"]["public.filename-extension"] == ["spotit"]
    assert uti["UTTypeTagSpecification"]["public.mime-type"] == ["application/x-spotit-pack"]
    # PyInstaller copies the .app icon into Resources under its own file name.
    assert (PACKAGING / "icons" / doc_type["CFBundleTypeIconFile"]).is_file()


def test_linux_desktop_files_all_exist(spec):
    dests = {dest for _src, dest in spec["LINUX_DESKTOP_FILES"]}
    assert {
        "install.sh",
        f"share/applications/{APP_ID}.desktop",
        f"share/metainfo/{APP_ID}.metainfo.xml",
        f"share/mime/packages/{APP_ID}.xml",
        "share/icons/hicolor",
    } == dests
    for src, _dest in spec["LINUX_DESKTOP_FILES"]:
        assert (ROOT / src).exists(), src
