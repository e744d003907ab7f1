"""The reader, the flag list, the feedback and the investigation pane in German.

The German comes from the reader's own partial translation (tools/i18n-parts), compiled
here with pyside6-lrelease: the shipped .qm holds it only once the parts are merged. The
translator is removed again after each test, and the texts go back to English.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from spotit.core import i18n
from spotit.core.taxonomy import default_taxonomy, shown_categories
from spotit.gui import i18n as gui_i18n

ROOT = Path(__file__).resolve().parents[2]
PARTS = ROOT / "tools" / "i18n-parts"
#: The default categories' German is in the main window's part (the Taxonomy context).
TAXONOMY_PART = PARTS / "main.de.ts"


def lrelease() -> str | None:
    local = Path(sys.executable).with_name("pyside6-lrelease")
    return str(local) if local.exists() else shutil.which("pyside6-lrelease")


@pytest.fixture
def german(qapp: QApplication, tmp_path):
    tool = lrelease()
    assert tool is not None, "pyside6-lrelease is missing (make test installs it)"
    parts = [PARTS / "reader.de.ts"]
    if TAXONOMY_PART.exists() and "<name>Taxonomy</name>" in TAXONOMY_PART.read_text("utf-8"):
        parts.append(TAXONOMY_PART)
    qm = tmp_path / "reader_de.qm"
    subprocess.run([tool, "-silent", *map(str, parts), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QLocale.setDefault(QLocale("de"))
    QCoreApplication.installTranslator(translator)
    i18n.install(QCoreApplication.translate, gui_i18n.number)
    try:
        yield len(parts) > 1
    finally:
        QCoreApplication.removeTranslator(translator)
        i18n.install(None, None)
        QLocale.setDefault(QLocale("en"))


def test_the_flag_list_and_its_plurals_are_german(german, qtbot):
    from spotit.gui.flag_list import FlagListPanel

    panel = FlagListPanel()
    qtbot.addWidget(panel)
    assert panel.submit_button.text() == "Markierungen a&bgeben"
    assert panel.credible_button.text() == "Dieser Artikel wirkt &glaubwürdig"
    panel.show_hints([], 3)
    assert panel.hint_button.text() == "Brauchst du einen &Tipp?"
    panel.show_hints(["Look at the date."], 3)
    assert panel.hint_button.text() == "Noch ein &Tipp (2 übrig)"
    assert panel.hint_text.text().startswith("Tipp 1 von 3: ")


def test_the_reader_page_notices_and_verdicts_are_german(german, qtbot):
    from spotit.gui.document import bidi_notice, missing_glyphs_notice
    from spotit.gui.feedback_panel import score_line, score_sentence, your_flag
    from spotit.gui.marks import VERDICT_STYLES
    from spotit.gui.reader import ReaderPage, offer_text

    page = ReaderPage(None)
    qtbot.addWidget(page)
    assert page.undo_action.text() == "&Rückgängig"
    assert page.submit_action.text() == "Markierungen a&bgeben"
    assert page.accessibleName() == "Lesen"
    assert VERDICT_STYLES["missed"].label == "Übersehen"
    assert VERDICT_STYLES["close"].label == "Knapp daneben"
    assert your_flag("not-a-red-flag") == "Deine Markierung: kein Warnsignal"
    assert score_line(2) == "Erkannt {spotted} · Benannt {named} · 2 Tipps genutzt"
    assert score_sentence(0).startswith("{score} von 100 Punkten.")
    assert "1 verborgenes Zeichen, das" in bidi_notice(1)
    assert "3 verborgene Zeichen, die" in bidi_notice(3)
    assert "leere Kästchen" in missing_glyphs_notice(["\ue000", "\ue001"])
    assert offer_text(["A", "B"]).startswith("Bevor du anfängst: Lektionen zu 2 Warnsignalen")


def test_the_investigation_pane_speaks_german_to_a_screen_reader(german, qtbot):
    from spotit.gui.investigate import InvestigationPane

    pane = InvestigationPane()
    qtbot.addWidget(pane)
    assert pane.accessibleName() == "Recherchieren: die Quellen dieses Pakets"
    assert pane.search_box.accessibleName() == "Quellen dieses Pakets durchsuchen"
    assert pane.back_button.accessibleName() == "Zurück"
    assert pane.forward_button.accessibleName() == "Vor"
    assert pane.close_button.text() == "Schließen"
    assert pane.notice.text().startswith("⚠ Für die Übung erfunden")


def test_the_reader_shows_the_default_categories_in_german(german, qtbot):
    assert german, "the default categories' German (main.de.ts) is missing"
    from spotit.gui.reader import ReaderPage

    english = default_taxonomy()
    shown = shown_categories(english)
    assert [c.id for c in shown] == [c.id for c in english]
    assert any(a.name != b.name for a, b in zip(shown, english, strict=True))
    page = ReaderPage(None)
    qtbot.addWidget(page)
    page.current = SimpleNamespace(pack=SimpleNamespace(categories=english))
    assert [c.name for c in page.categories] == [c.name for c in shown]
    first = english[0].id
    assert page.category(first).name == shown[0].name


def test_english_again_after_the_german_tests(qtbot):
    from spotit.gui.flag_list import FlagListPanel

    panel = FlagListPanel()
    qtbot.addWidget(panel)
    assert panel.submit_button.text() == "&Submit flags"
    assert i18n.translate("ReaderPage", "Not saved") == "Not saved"
