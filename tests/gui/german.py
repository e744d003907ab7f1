"""The shipped German, compiled once per test session, for tests that read SpotIt in German."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from spotit.gui import i18n as gui_i18n
from spotit.gui.i18n import languages

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("spotit_i18n_tool", ROOT / "tools" / "i18n.py")
tool = sys.modules.get(_spec.name) or importlib.util.module_from_spec(_spec)
if _spec.name not in sys.modules:
    sys.modules[_spec.name] = tool  # dataclasses look their module up there
    _spec.loader.exec_module(tool)


@pytest.fixture(scope="session")
def compiled_translations(tmp_path_factory) -> Path:
    """spotit_de.qm and spotit_en.qm, built from the shipped .ts files as `make` does."""
    folder = tmp_path_factory.mktemp("qm")
    tool.compile_all(folder)
    return folder


@pytest.fixture
def german(qapp, compiled_translations, monkeypatch):
    """SpotIt in German, as View › Language shows it; English again afterwards."""
    monkeypatch.setattr(gui_i18n, "TRANSLATIONS", compiled_translations)
    languages().use("de")
    yield
    languages().reset()
    languages().use("en")
