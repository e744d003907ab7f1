"""Packaging fixtures: the repository's packaging/ folder and the PyInstaller spec, parsed."""

from __future__ import annotations

import ast
import importlib.util
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"
SPEC = PACKAGING / "spotit.spec"
LINUX = PACKAGING / "linux"
APP_ID = "org.spotit.SpotIt"


def spec_literals(path: Path = SPEC) -> dict[str, object]:
    """Every top-level ``NAME = <literal>`` of the spec, without running PyInstaller."""
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
    found = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = node.targets[0]
            if isinstance(target, ast.Name):
                try:
                    found[target.id] = ast.literal_eval(node.value)
                except ValueError:
                    continue  # computed at build time (paths, version)
    return found


@pytest.fixture(scope="session")
def spec() -> dict[str, object]:
    return spec_literals()


@pytest.fixture(scope="session")
def render_icons():
    """packaging/render_icons.py as a module (packaging/ is not a package)."""
    module_spec = importlib.util.spec_from_file_location(
        "render_icons", PACKAGING / "render_icons.py"
    )
    module = importlib.util.module_from_spec(module_spec)
    module_spec.loader.exec_module(module)
    return module


def run_spotit(*args: str, env: dict[str, str] | None = None, code: str | None = None):
    """Run ``python -m spotit.cli ARGS`` (or ``python -c CODE``) from the source tree."""
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})}
    command = [sys.executable, "-c", code] if code else [sys.executable, "-m", "spotit.cli"]
    return subprocess.run(
        [*command, *args],
        cwd=ROOT,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=180,
    )
