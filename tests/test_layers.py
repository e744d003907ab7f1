"""The Qt-free layers must never import Qt (DEVELOPERS.md, STYLE.md)."""

import ast
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "spotit"
QT_FREE = ("core", "content", "store", "interop")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


@pytest.mark.parametrize("layer", QT_FREE)
def test_layer_source_never_imports_qt(layer):
    folder = SRC / layer
    offenders = [
        f"{p.relative_to(SRC)} imports {name}"
        for p in folder.rglob("*.py")
        for name in _imports(p)
        if name.split(".")[0] in {"PySide6", "shiboken6", "PyQt5", "PyQt6"}
        or name.startswith("spotit.gui")
    ]
    assert offenders == []


def test_importing_qt_free_layers_loads_no_qt():
    """Importing every Qt-free module, transitively, must not pull PySide6 in."""
    modules = [
        "spotit." + ".".join(p.relative_to(SRC).with_suffix("").parts)
        for layer in QT_FREE
        if (SRC / layer).is_dir()
        for p in (SRC / layer).rglob("*.py")
    ]
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
