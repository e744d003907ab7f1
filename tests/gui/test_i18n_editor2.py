"""The editor's Articles and Sources pages, the agreement view and Compare the coverage in
German: their texts come from the translation (tools/i18n-parts/editor2.de.ts), plurals
and numbers follow the locale, and the packs' own category names stay as written (the
editor edits them; an instructor compares what two authors wrote)."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, QTranslator
from PySide6.QtWidgets import QAbstractButton, QLabel
from tests.authoring.test_sources_round_trip import write_web
from tests.conftest import make_source
from tests.gui.editor.conftest import editor  # noqa: F401 (a fixture)
from tests.gui.test_agreement_view import compared, packs

from spotit.core import i18n as core_i18n
from spotit.gui import i18n as gui_i18n
from spotit.gui.agreement_view import AgreementView
from spotit.gui.compare import CoverageDialog
from spotit.store.pack import open_pack

ROOT = Path(__file__).resolve().parents[2]
PART = ROOT / "tools" / "i18n-parts" / "editor2.de.ts"
#: The editor window's own German (its menus), where that part is there.
WINDOW_PART = ROOT / "tools" / "i18n-parts" / "editor.de.ts"
FILES = [
    ROOT / "src" / "spotit" / "gui" / "editor" / "article_page.py",
    ROOT / "src" / "spotit" / "gui" / "editor" / "sources_page.py",
    ROOT / "src" / "spotit" / "gui" / "agreement_view.py",
    ROOT / "src" / "spotit" / "gui" / "compare.py",
]
#: A default category's German, so that a pack's name left as written shows.
TAXONOMY = """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context><name>Taxonomy</name>
<message><source>Sensational headline</source>
<translation>Reißerische Überschrift</translation></message>
</context>
</TS>
"""


def _tool():
    spec = importlib.util.spec_from_file_location(
        "spotit_i18n_tool_editor2", ROOT / "tools" / "i18n.py"
    )
    tool = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = tool  # dataclasses look their module up there
    spec.loader.exec_module(tool)
    return tool


@pytest.fixture
def german(qapp, tmp_path):
    """This area's German (and one default category's) installed, the German locale, and
    the Qt-free layers' texts routed through Qt; all English again after."""
    taxonomy = tmp_path / "taxonomy.ts"
    taxonomy.write_text(TAXONOMY, encoding="utf-8")
    qm = tmp_path / "editor2_de.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    parts = [str(WINDOW_PART)] if WINDOW_PART.exists() else []
    subprocess.run(
        [str(lrelease), "-silent", *parts, str(PART), str(taxonomy), "-qm", str(qm)], check=True
    )
    translator = QTranslator()
    assert translator.load(str(qm))
    # Windows of earlier tests waiting for deleteLater go first: the LanguageChange the
    # translator sends must not reach a window that is half gone.
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    before = QLocale()
    QLocale.setDefault(QLocale("de"))
    QCoreApplication.installTranslator(translator)
    core_i18n.install(QCoreApplication.translate, gui_i18n.number)
    yield
    core_i18n.install(None, None)
    QCoreApplication.removeTranslator(translator)
    QLocale.setDefault(before)


def test_no_text_of_these_files_bypasses_translation():
    assert _tool().lint(FILES) == []


def test_the_part_file_translates_every_text_of_these_files():
    tool = _tool()
    assert tool.check_part(PART) == []
    plurals = [m for m in tool.read_ts(PART) if "%n" in m.source]
    assert plurals and all(m.numerus and len(m.forms) == 2 for m in plurals)


def test_the_agreement_view_in_german_keeps_the_packs_category_names(german, qtbot, tmp_path):
    alice, bob = packs(tmp_path)
    view = AgreementView(a_path=alice, b_path=bob)
    qtbot.addWidget(view)
    view.show()
    compared(qtbot, view)

    assert view.windowTitle() == "Übereinstimmung zwischen zwei Autor:innen"
    assert view.compare_button.text() == "&Vergleichen"
    assert "Verglichene Artikel: 1" in view.articles_label.text()
    assert "Nur in A: only-alice" in view.articles_label.text()
    assert view.tabs.tabText(1) == "Ab&weichungen (3)"
    measures = view.measures.model()
    assert measures.index(0, 0).data() == "B gemessen an der Lösung von A"
    # Measures with three decimals, the German way.
    values = [measures.index(0, c).data() for c in range(1, 7)]
    assert all("," in v and "." not in v for v in values), values
    shown = view.disagreement_list.model()
    first = [shown.index(0, c).data() for c in range(6)]
    # The kind in German, each author's category as the pack names it.
    assert first[1] == "◐ teilweise Überlappung"
    assert first[2] == first[4] == "Vague"
    legend = view.legend.text()
    assert "<b>A</b> (durchgezogen unterstrichen, getönt): Vague – „Officials deny it“" in legend
    assert "<b>B</b> (wellig unterstrichen, mit Linie darüber): Vague – „Officials deny“" in legend

    out = tmp_path / "curation.csv"
    assert view.export_csv(out)
    assert view.status.text() == f"✓ 3 Abweichungen in {out} geschrieben."


def test_the_editor_pages_in_german_edit_the_packs_own_category_names(
    german,
    editor,  # noqa: F811 (the fixture)
    qtbot,
    tmp_path,
):
    assert editor.open_path(make_source(tmp_path / "pack"))
    page = editor.article_page
    assert page.key_tabs.tabText(0) == "Annotationen (2)"
    assert page.accept_button.text() == "Neue Textstelle übernehmen"
    tip = page.article_rows.index(0, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert "Schwierigkeit 2 · 2 Annotationen" in tip
    # The category chooser lists the pack's name, not the default category's German.
    names = [page.category.itemText(k) for k in range(page.category.count())]
    assert any("Sensational headline" in n for n in names), names
    assert not any("Reißerische" in n for n in names)
    assert QCoreApplication.translate("Taxonomy", "Sensational headline") != "Sensational headline"

    sources = editor.sources_page
    assert sources.empty.text() == (
        "Dieses Paket hat noch keine Quellenseiten. „Seite hinzufügen“ legt eine an."
    )
    assert sources.add_button.text() == "Seite hin&zufügen"


def test_compare_the_coverage_in_german(german, qtbot, starter_pack_path):
    pack = open_pack(starter_pack_path)
    try:
        ids = [s.meta.id for s in pack.articles() if s.event == "vessa-bridge-closure"]
        articles = [pack.article(i) for i in ids]
    finally:
        pack.close()
    dialog = CoverageDialog("starter", articles)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle().startswith("Berichterstattung vergleichen")
    assert [b.text() for b in dialog.buttons] == ["Artikel &1 üben", "Artikel &2 üben"]
    assert dialog.views[0].accessibleName().startswith("Artikel 1: ")


def _mnemonic(text: str) -> str | None:
    found = re.search(r"&(?!&)(\w)", text)
    return found.group(1).lower() if found else None


@pytest.mark.parametrize("tab", ["article_page", "sources_page"])
def test_the_german_tab_gives_each_key_once(german, editor, qtbot, tmp_path, tab):  # noqa: F811
    """Alt+letter of a label or button on the Articles (or Sources) tab is neither another
    one's nor a menu's (the German menus have their own letters)."""
    assert WINDOW_PART.exists(), "the editor window's German is missing"
    assert editor.open_path(write_web(tmp_path / "src"))
    page = getattr(editor, tab)
    editor.tabs.setCurrentWidget(page)
    letters = [_mnemonic(a.text()) for a in editor.menuBar().actions()]
    for widget in page.findChildren(QLabel) + page.findChildren(QAbstractButton):
        if widget.isVisibleTo(editor):
            letters.append(_mnemonic(widget.text()))
    letters = [x for x in letters if x]
    assert len(letters) > 10
    assert sorted(x for x in set(letters) if letters.count(x) > 1) == []
