"""View › Language: the window redraws in the language chosen, and what the learner was
doing comes back; the choice is kept with the profile."""

from __future__ import annotations

import importlib.util
import re
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QAbstractButton, QLabel

from spotit.gui import i18n as gui_i18n
from spotit.gui.i18n import LANGUAGE_SETTING, languages

ROOT = Path(__file__).resolve().parents[2]
_spec = importlib.util.spec_from_file_location("spotit_i18n_tool", ROOT / "tools" / "i18n.py")
tool = importlib.util.module_from_spec(_spec)
sys.modules[_spec.name] = tool
_spec.loader.exec_module(tool)


@pytest.fixture(autouse=True)
def shipped(qapp, tmp_path_factory, monkeypatch):
    """The translations compiled as `make` does; English again after each test."""
    folder = tmp_path_factory.mktemp("qm")
    tool.compile_all(folder)
    monkeypatch.setattr(gui_i18n, "TRANSLATIONS", folder)
    yield
    languages().reset()
    languages().use("en")  # as every test starts (tests/conftest.py)


def menu_titles(window) -> list[str]:
    return [a.text() for a in window.menuBar().actions()]


def language_action(window, label: str):
    return next(a for a in window.language_menu.actions() if a.text() == label)


def switch(qtbot, window, label: str, title: str) -> None:
    language_action(window, label).trigger()
    qtbot.waitUntil(lambda: title in menu_titles(window), timeout=5000)


def mnemonics(texts: list[str]) -> list[str]:
    return [m.group(1).lower() for t in texts if (m := re.search(r"&([^&])", t))]


def test_the_language_menu_offers_the_system_language_and_each_shipped_one(window):
    labels = [a.text() for a in window.language_menu.actions() if not a.isSeparator()]
    assert labels == ["&System language (English)", "English", "Deutsch"]
    assert [a.isChecked() for a in window.language_menu.actions() if not a.isSeparator()] == [
        True,
        False,
        False,
    ]


def test_choosing_german_redraws_the_window_and_english_brings_it_back(
    qtbot, window, progress, learner
):
    assert menu_titles(window)[0] == "&File"
    switch(qtbot, window, "Deutsch", "&Datei")
    assert menu_titles(window) == [
        "&Datei",
        "&Bearbeiten",
        "&Markieren",
        "&Ansicht",
        "&Unterricht",
        "&Gehe zu",
        "&Hilfe",
    ]
    assert window.statusBar().currentMessage() == "Sprache: Deutsch"
    assert QLocale().name().startswith("de")
    # Every menu's mnemonics stay unique in German (Alt+letter reaches each entry).
    for action in window.menuBar().actions():
        entries = [a.text() for a in action.menu().actions() if not a.isSeparator()]
        letters = mnemonics(entries)
        assert len(letters) == len(set(letters)), entries
    assert len(set(mnemonics(menu_titles(window)))) == len(menu_titles(window))
    # The library was made anew: what it shows is German, none of it the English of before.
    shown = [w.text() for w in window.library.findChildren(QLabel) if w.isVisible()]
    shown += [w.text() for w in window.library.findChildren(QAbstractButton) if w.isVisible()]
    assert shown and not any("practice" in t.lower() for t in shown), shown
    assert progress.setting(learner.id, LANGUAGE_SETTING) == "de"
    assert language_action(window, "Deutsch").isChecked()

    switch(qtbot, window, "English", "&File")
    assert window.statusBar().currentMessage() == "Language: English"
    assert progress.setting(learner.id, LANGUAGE_SETTING) == "en"


def test_the_choice_is_the_learners_own(qtbot, window, progress, learner):
    other = progress.add_learner("Ben")
    switch(qtbot, window, "Deutsch", "&Datei")
    assert progress.setting(learner.id, LANGUAGE_SETTING) == "de"
    assert progress.setting(other.id, LANGUAGE_SETTING) is None  # Ben follows the system


def test_an_article_being_flagged_comes_back_with_its_flags(qtbot, window):
    window.open_article("starter", "miracle-tea")
    old_reader = window.reader
    old_reader.view.select_span(0, 7)  # "Doctors"
    assert old_reader.flag_selection("sensational-headline")
    flagged = [(f.start, f.end, f.category) for f in old_reader.flags]
    switch(qtbot, window, "Deutsch", "&Datei")
    reader = window.reader
    assert reader is not old_reader  # made anew, in German
    assert window.pages.currentWidget() is reader
    assert reader.current.article.meta.id == "miracle-tea"
    assert [(f.start, f.end, f.category) for f in reader.flags] == flagged
    assert flagged == [(0, 7, "sensational-headline")]
    # The default categories a pack took unchanged read in German.
    assert reader.category("sensational-headline").name == "Reißerische Überschrift"
    assert "Markieren" in [a.text().replace("&", "") for a in window.menuBar().actions()]
    assert reader.submit_action in window.flag_menu.actions()


def test_feedback_on_screen_is_shown_again_after_the_switch(qtbot, window):
    window.open_article("starter", "miracle-tea")
    reader = window.reader
    article = reader.current.article
    first = article.annotations[0].anchors[0]
    reader.view.select_span(first.start, first.end)
    assert reader.flag_selection(article.annotations[0].category)
    reader.submit()
    qtbot.waitUntil(lambda: window.reader.report is not None, timeout=5000)
    found = [r.verdict for r in window.reader.report.gold]
    switch(qtbot, window, "Deutsch", "&Datei")
    assert window.reader.report is not None
    assert [r.verdict for r in window.reader.report.gold] == found
    assert window.reader.side.currentIndex() == 1  # the feedback, not the flag list
    assert not window.reader.editable


def test_the_history_page_comes_back_in_german(qtbot, window):
    window.show_history()
    switch(qtbot, window, "Deutsch", "&Datei")
    assert window.pages.currentWidget() is window.history
    assert window.windowTitle() == "Verlauf — Ana"
