"""The layers hold: import-linter checks the contracts, and the Qt-free layers really load no Qt.

The contracts live in ``pyproject.toml`` (``[tool.importlinter]``), with a comment on
each; ``make test`` and ``make lint`` run ``lint-imports`` too.
"""

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import grimp

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "spotit"
#: Packages that never import Qt, and the classroom modules that do not either.
QT_FREE = ("core", "content", "store", "interop", "practice", "authoring")
QT_FREE_CLASSROOM = ("protocol", "session", "live", "gradebook")
QT = ("PySide6", "shiboken6")


def _contracts() -> list[dict]:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    return config["tool"]["importlinter"]["contracts"]


def _modules(layer: str) -> list[str]:
    folder = SRC / layer
    return [
        "spotit." + ".".join(p.relative_to(SRC).with_suffix("").parts).removesuffix(".__init__")
        for p in sorted(folder.rglob("*.py"))
    ]


def test_the_import_contracts_hold():
    """lint-imports: layers, no Qt below the widgets, SQL only in the store, no cycles."""
    lint = Path(sys.executable).with_name("lint-imports")
    done = subprocess.run(
        [str(lint), "--no-cache"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stdout[-4000:] + done.stderr[-2000:]


def test_the_contracts_catch_qt_below_the_widgets_sql_outside_the_store_and_upward_imports(
    tmp_path,
):
    """The same contracts over a copy of the code with three violations planted in it."""
    copy = tmp_path / "spotit"
    shutil.copytree(SRC, copy, ignore=shutil.ignore_patterns("__pycache__"))
    (copy / "core" / "planted_qt.py").write_text("import PySide6.QtCore\n", encoding="utf-8")
    (copy / "content" / "planted_sql.py").write_text("import sqlite3\n", encoding="utf-8")
    (copy / "store" / "planted_up.py").write_text("import spotit.gui.theme\n", encoding="utf-8")
    (copy / "planted_package").mkdir()  # a new package must be given its place in the layers
    (copy / "planted_package" / "__init__.py").write_text("", encoding="utf-8")
    lint = Path(sys.executable).with_name("lint-imports")
    done = subprocess.run(
        [str(lint), "--no-cache", str(ROOT / "pyproject.toml")],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(tmp_path)},
        capture_output=True,
        text=True,
        check=False,
    )
    out = " ".join(done.stdout.split())
    assert done.returncode == 1, out
    assert "spotit.core.planted_qt -> PySide6" in out
    assert "spotit.content.planted_sql -> sqlite3" in out
    assert "spotit.store.planted_up -> spotit.gui.theme" in out
    assert "not listed as layers: - spotit.planted_package" in out


def test_every_qt_free_module_is_under_the_no_qt_contract():
    (sources,) = [
        c["source_modules"]
        for c in _contracts()
        if c["type"] == "forbidden" and set(c["forbidden_modules"]) == set(QT)
    ]
    wanted = {f"spotit.{layer}" for layer in QT_FREE} | {"spotit.preflight"}
    wanted |= {f"spotit.classroom.{name}" for name in QT_FREE_CLASSROOM}
    assert wanted <= set(sources)


def test_no_module_under_gui_is_qt_free():
    """A module of gui/ that needs no Qt belongs in a layer below (authoring, practice...)."""
    graph = grimp.build_graph("spotit", include_external_packages=True)
    qt_free = [
        module
        for module in sorted(graph.find_descendants("spotit.gui"))
        if not (SRC.parent / module.replace(".", "/") / "__init__.py").exists()  # packages
        and not any(graph.chain_exists(module, qt) for qt in QT if qt in graph.modules)
    ]
    assert qt_free == []


def test_importing_qt_free_layers_loads_no_qt():
    """Importing every Qt-free module, transitively, must not pull PySide6 in."""
    modules = [m for layer in QT_FREE if (SRC / layer).is_dir() for m in _modules(layer)]
    modules += [f"spotit.classroom.{name}" for name in QT_FREE_CLASSROOM]
    modules.append("spotit.preflight")  # runs before Qt loads, to explain a missing library
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "import spotit.cli\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_starting_the_app_loads_no_markdown_packs_tools_or_network_code():
    """Building the command line (done at every start) must stay light: start-up is measured."""
    code = (
        "import sys\n"
        "from spotit.cli import _parser\n"
        "_parser()\n"
        "heavy = [m for m in sys.modules if m.split('.')[0] in ('markdown', 'nh3', 'sqlite_utils')"
        " or m.startswith(('spotit.interop.packs', 'spotit.interop.export', 'spotit.classroom.protocol',"
        " 'PySide6.QtWebSockets', 'PySide6.QtCharts'))]\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
