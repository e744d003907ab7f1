"""The library shows each pack's language and filters by it: a filter that appears only
with packs in more than one language, defaults to the UI language's packs, and keeps the
learner's choice for the session."""

from __future__ import annotations

import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtTest import QTest
from tests.conftest import make_source

from spotit.content.source import read_pack_source
from spotit.core import i18n
from spotit.core.taxonomy import DEFAULT_TAXONOMY
from spotit.gui import library as library_module
from spotit.gui.history import HistoryPage
from spotit.gui.i18n import language_name
from spotit.gui.i18n import number as gui_number
from spotit.gui.library import LANGUAGE, due_phrase
from spotit.gui.main_window import MainWindow
from spotit.practice import Practice
from spotit.store.pack import build_pack


def pack_in(tmp_path, pack_id: str, language: str):
    """A one-article pack (make_source's) in ``language``."""
    folder = make_source(
        tmp_path / pack_id,
        f'id = "{pack_id}"\ntitle = "Pack {pack_id}"\nversion = "1.0"\n'
        f'language = "{language}"\nauthors = ["Tester"]\n',
    )
    source = read_pack_source(folder)
    assert not source.problems, source.problems
    return build_pack(source, tmp_path / f"{pack_id}.spotit")


@pytest.fixture(autouse=True)
def fresh_session(monkeypatch):
    """Each test starts a new session (no choice remembered) in the test's locale."""
    monkeypatch.setattr(library_module, "_session_language", None)
    before = QLocale()
    yield
    QLocale.setDefault(before)


@pytest.fixture
def two_packs(tmp_path):
    return [
        pack_in(tmp_path, "english", "en"),
        pack_in(tmp_path, "german", "de"),
    ]


def library_of(qtbot, progress, learner, packs):
    win = MainWindow(progress, learner)
    qtbot.addWidget(win)
    for path in packs:
        win.add_pack(path)
    win.show()
    win.show_library()
    return win.library


def shown_packs(library) -> set[str]:
    return {entry.pack_id for entry in library.proxy.entries()}


def test_the_filter_appears_defaults_to_the_ui_language_and_filters(
    qtbot, progress, learner, two_packs
):
    library = library_of(qtbot, progress, learner, two_packs)
    box = library.language_box
    assert box.isVisible() and library.language_caption.isVisible()
    assert box.itemText(0) == "All languages"
    assert {box.itemText(i) for i in range(1, box.count())} == {
        language_name("de"),
        language_name("en"),
    }
    # An English UI (the tests' C locale reads English): the English pack's articles.
    assert box.currentData() == "en"
    assert shown_packs(library) == {"english"}
    box.setCurrentIndex(box.findData("de"))
    assert shown_packs(library) == {"german"}
    box.setCurrentIndex(box.findData(""))
    assert shown_packs(library) == {"english", "german"}
    # Each article says its pack's language.
    assert not library.table.isColumnHidden(LANGUAGE)
    languages = {
        library.proxy.index(row, LANGUAGE).data(): library.proxy.entries()[row].pack_id
        for row in range(library.proxy.rowCount())
    }
    assert languages == {language_name("en"): "english", language_name("de"): "german"}


def test_the_filter_has_a_label_with_a_mnemonic_and_works_from_the_keyboard(
    qtbot, progress, learner, two_packs
):
    library = library_of(qtbot, progress, learner, two_packs)
    box = library.language_box
    caption = library.language_caption
    assert caption.text() == "Lan&guage:" and caption.buddy() is box
    assert box.accessibleName() == "Filter by language"
    assert box.focusPolicy() & Qt.FocusPolicy.TabFocus
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_Home)  # All languages
    assert shown_packs(library) == {"english", "german"}
    assert library_module._session_language == ""


def test_the_choice_is_kept_for_the_session(qtbot, progress, learner, two_packs):
    library = library_of(qtbot, progress, learner, two_packs)
    box = library.language_box
    box.setFocus()
    QTest.keyClick(box, Qt.Key.Key_End)  # the last language, chosen by the learner
    chosen = box.currentData()
    assert chosen in ("de", "en")
    QTest.keyClick(box, Qt.Key.Key_Home)  # every language
    QTest.keyClick(box, Qt.Key.Key_End)
    again = library_of(qtbot, progress, learner, two_packs)  # a rebuilt library
    assert again.language_box.currentData() == chosen
    assert shown_packs(again) == {"english" if chosen == "en" else "german"}


def test_a_german_ui_shows_the_german_packs_first(qtbot, progress, learner, two_packs):
    QLocale.setDefault(QLocale("de"))
    library = library_of(qtbot, progress, learner, two_packs)
    assert library.language_box.currentData() == "de"
    assert shown_packs(library) == {"german"}


def test_a_ui_language_without_packs_shows_them_all(qtbot, progress, learner, two_packs):
    QLocale.setDefault(QLocale("fr"))
    library = library_of(qtbot, progress, learner, two_packs)
    assert library.language_box.currentData() == ""
    assert shown_packs(library) == {"english", "german"}


def test_a_regional_tag_is_named_whole_and_matches_its_language(qtbot, progress, learner, tmp_path):
    packs = [
        pack_in(tmp_path, "english", "en"),
        pack_in(tmp_path, "swiss", "de-CH"),
    ]
    QLocale.setDefault(QLocale("de"))
    library = library_of(qtbot, progress, learner, packs)
    box = library.language_box
    assert box.itemText(box.findData("de-CH")) == language_name("de-CH")
    assert box.currentData() == "de-CH"
    assert shown_packs(library) == {"swiss"}


def test_no_filter_with_one_language(qtbot, progress, learner, tmp_path):
    packs = [
        pack_in(tmp_path, "one", "en"),
        pack_in(tmp_path, "two", "en"),
    ]
    library = library_of(qtbot, progress, learner, packs)
    assert not library.language_box.isVisibleTo(library)
    assert not library.language_caption.isVisibleTo(library)
    assert library.table.isColumnHidden(LANGUAGE)
    assert shown_packs(library) == {"one", "two"}


# -- in German ------------------------------------------------------------------------------
PART = Path(__file__).resolve().parents[2] / "tools" / "i18n-parts" / "library.de.ts"


@pytest.fixture
def german(qapp, tmp_path):
    """This area's German part file compiled and installed, as View › Language does."""
    qm = tmp_path / "library_de.qm"
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    subprocess.run([str(lrelease), "-silent", str(PART), "-qm", str(qm)], check=True)
    translator = QTranslator()
    assert translator.load(str(qm))
    QLocale.setDefault(QLocale("de"))
    qapp.installTranslator(translator)
    i18n.install(QCoreApplication.translate, gui_number)
    yield
    qapp.removeTranslator(translator)
    i18n.install(None, None)


def test_the_library_speaks_german(qtbot, progress, learner, two_packs, german):
    library = library_of(qtbot, progress, learner, two_packs)
    box = library.language_box
    assert box.itemText(0) == "Alle Sprachen"
    assert library.language_caption.text() == "S&prache:"
    assert box.accessibleName() == "Nach Sprache filtern"
    assert box.currentData() == "de"  # a German UI: the German pack first
    assert library.count_label.text().startswith("1 von 2 Artikeln angezeigt · 0 erledigt")
    headers = [library.model.headerData(n, Qt.Orientation.Horizontal) for n in range(3)]
    assert headers == ["Überschrift", "Medium", "Schwierigkeit"]
    now = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
    assert due_phrase(now + timedelta(minutes=1), now) == "in 1 Minute"
    assert due_phrase(now + timedelta(days=3), now) == "in 3 Tagen"
    assert due_phrase(now, now) == "jetzt fällig"


def test_the_history_names_default_categories_in_the_ui_language(qtbot, progress, learner):
    """Through shown_categories: an untouched default category comes translated."""
    i18n.install(lambda context, text, _d=None, _n=-1: f"DE:{text}", None)
    try:
        page = HistoryPage()
        qtbot.addWidget(page)
        page.show_learner(Practice(progress, learner))
        names = page._shown_names()
    finally:
        i18n.install(None, None)
    vague = next(c for c in DEFAULT_TAXONOMY if c.id == "vague-source")
    assert names["vague-source"] == f"DE:{vague.name}"
