"""The import and export dialogs and the shared GUI helpers in German.

The German comes from the dialogs' partial translation (tools/i18n-parts/dialogs.de.ts),
compiled here, so the test does not wait for the merge into the shipped spotit_de.ts.
"""

from __future__ import annotations

import ast
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from spotit.core import i18n as core_i18n
from spotit.gui.export_dialog import ExportDialog
from spotit.gui.import_dialog import ImportDialog, _annotations, _labels, _quoted
from spotit.gui.interop_forms import FORMAT_TEXTS, pack_filter
from spotit.gui.operations import problem_line
from spotit.interop.formats import FORMATS, Format

ROOT = Path(__file__).resolve().parents[2]
GUI = ROOT / "src" / "spotit" / "gui"
PARTS = ROOT / "tools" / "i18n-parts"
#: The files whose texts dialogs.de.ts holds.
SOURCES = [
    GUI / name
    for name in (
        "import_dialog.py",
        "export_dialog.py",
        "interop_forms.py",
        "operations.py",
        "pack_picker.py",
        "itemmodels.py",
        "windows.py",
        "plain.py",
        "theme.py",
        "selftest.py",
        "contrast.py",
        "settings.py",
        "__init__.py",
    )
]
BIN = Path(sys.executable).parent


def _tool(name: str) -> str:
    return str(BIN / name) if (BIN / name).exists() else name


def _messages(ts: Path) -> dict[tuple[str, str], bool]:
    """(context, source) -> whether it is a plural message."""
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message.get("numerus") == "yes"
    return found


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> dict[tuple[str, str], bool]:
    """The texts lupdate finds in the dialogs' files today."""
    ts = tmp_path_factory.mktemp("lupdate") / "dialogs.de.ts"
    subprocess.run(
        [_tool("pyside6-lupdate"), "-silent", "-no-obsolete", "-locations", "none"]
        + ["-source-language", "en", "-target-language", "de"]
        + [str(p) for p in SOURCES]
        + ["-ts", str(ts)],
        check=True,
        timeout=120,
    )
    return _messages(ts)


def test_every_format_text_the_dialogs_show_is_marked_for_translation():
    texts = set(FORMAT_TEXTS)
    for fmt in FORMATS:
        assert {fmt.label, fmt.files, fmt.export_note} <= texts, fmt.name
    assert Format.export_note in texts  # the default note, for a format that has no own


def test_lupdate_finds_every_counted_text(extracted):
    # lupdate skips a translate() whose number is an expression; tools/i18n.py makes every
    # text with %n a plural (lupdate itself marks none).
    counted = set()
    for path in SOURCES:
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and getattr(node.func, "id", getattr(node.func, "attr", "")) == "translate"
                and len(node.args) == 4
            ):
                counted.add(tuple(ast.literal_eval(a) for a in node.args[:2]))
    assert len(counted) >= 9
    assert counted <= set(extracted)


def test_the_part_files_are_up_to_date_and_finished(extracted):
    part = _messages(PARTS / "dialogs.de.ts")
    assert set(part) == set(extracted)
    plurals = {key for key in extracted if "%n" in key[1]}
    assert {key for key, numerus in part.items() if numerus} == plurals
    assert _messages(PARTS / "dialogs.en.ts") == dict.fromkeys(plurals, True)
    result = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "i18n.py"), "check-part"]
        + [str(PARTS / "dialogs.de.ts"), str(PARTS / "dialogs.en.ts")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout.strip() == "every message is translated", result.stdout


@pytest.fixture
def german(qapp, tmp_path):
    """The dialogs' German installed, as View › Language does; English again afterwards."""
    qm = tmp_path / "dialogs_de.qm"
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(PARTS / "dialogs.de.ts"), "-qm", str(qm)],
        check=True,
        timeout=60,
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    before = core_i18n._translator, core_i18n._number
    qapp.installTranslator(translator)
    core_i18n.install(QCoreApplication.translate, None)
    yield
    qapp.removeTranslator(translator)
    core_i18n._translator, core_i18n._number = before


def test_the_import_dialog_speaks_german(german, qtbot):
    dialog = ImportDialog(None, [])
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Annotationen importieren"
    assert dialog.next_button.text() == "&Kategorien wählen ›"
    assert dialog.add_files_button.text() == "&Dateien hinzufügen…"
    assert dialog.pack_picker.other.text() == "&Andere Paketdatei…"
    assert dialog.offsets_box.itemText(0).startswith("Automatisch (empfohlen)")
    labels = [dialog.format_box.itemText(i) for i in range(dialog.format_box.count())]
    assert "brat-Standoff (.txt + .ann)" in labels
    assert "Lernende" in dialog.notice_hint.text()
    dialog.start_import()  # no files yet: the problem line says so, in German
    assert "füge die zu importierenden Dateien hinzu" in dialog.error.text()
    assert "Problem:" in dialog.error.text()
    assert _quoted("Tee heilt") == "„Tee heilt“"


def test_the_export_dialog_speaks_german(german, qtbot):
    dialog = ExportDialog(None, [])
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Annotationen exportieren"
    assert dialog.export_button.text() == "&Exportieren"
    dialog.set_format("brat")
    assert dialog.format_note.text().startswith("brat schreibt einen Ordner")
    dialog.set_format("doccano")
    assert dialog.format_note.text().startswith("Offsets werden in Codepunkten geschrieben")
    dialog.start_export()
    assert "wähle das zu exportierende Paket" in dialog.error.text()


def test_counts_take_the_german_plural(german):
    for n, expected in ((1, "1 Annotation"), (2, "2 Annotationen")):
        assert _annotations(n) == expected
    assert _labels(3) == "3 Labels"


def test_problem_lines_and_file_filters_in_german(german):
    assert problem_line(KeyError("k")) == "unerwartetes Problem: KeyError: 'k'"
    assert pack_filter().startswith("SpotIt-Pakete (*.spotit);;Alle Dateien")


def test_english_is_unchanged_without_a_translation():
    assert problem_line(KeyError("k")) == "unexpected problem: KeyError: 'k'"
    assert pack_filter() == "SpotIt packs (*.spotit);;All files (*)"
    assert _quoted("Tea cures") == "“Tea cures”"
