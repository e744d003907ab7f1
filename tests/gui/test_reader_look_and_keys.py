"""The reader in the dark theme, its undo while feedback or another page shows, the picker."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QComboBox, QInputDialog

from spotit.gui.contrast import contrast_ratio as contrast
from spotit.gui.main_window import MainWindow
from spotit.gui.theme import Appearance


@pytest.fixture
def appearance(qapp):
    appearance = Appearance(qapp)
    yield appearance
    appearance.set_dark(False)


def test_the_training_banner_is_readable_in_both_themes(
    qtbot, qapp, progress, learner, starter_pack_path, appearance
):
    win = MainWindow(progress, learner, appearance)
    qtbot.addWidget(win)
    win.add_pack(starter_pack_path)
    win.show()
    win.open_article("starter", "miracle-tea")  # built in the light theme, then switched
    badge, reader = win.reader.badge, win.reader
    for _ in range(2):
        win.dark_action.trigger()
        qapp.processEvents()
        text = badge.palette().color(badge.foregroundRole())
        behind = reader.palette().color(QPalette.ColorRole.Window)
        assert contrast(text, behind) >= 4.5, (appearance.dark, text.name(), behind.name())


def flag_something(reader) -> None:
    start = reader.view.text.index("a leading doctor")
    reader.view.select_span(start, start + len("a leading doctor"))
    assert reader.flag_selection("false-authority")


def test_undo_is_off_while_feedback_or_another_page_shows(window):
    window.open_article("starter", "miracle-tea")
    reader = window.reader
    flag_something(reader)
    assert reader.undo_action.isEnabled()
    reader.submit()
    assert reader.side.currentIndex() == 1
    assert not reader.undo_action.isEnabled() and not reader.redo_action.isEnabled()
    QTest.keyClick(reader.verdict_list, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert len(reader.flags) == 1  # nothing changed behind the feedback
    window.show_history()
    assert not reader.undo_action.isEnabled()
    window.open_article("starter", "miracle-tea")
    flag_something(reader)
    assert reader.undo_action.isEnabled()
    window.show_library()
    assert not reader.undo_action.isEnabled()


def test_the_full_flag_list_picks_a_category_by_its_first_letters(window, monkeypatch):
    window.open_article("starter", "miracle-tea")
    reader = window.reader
    start = reader.view.text.index("Big Pharma")
    reader.view.select_span(start, start + len("Big Pharma"))

    def type_ahead(dialog):
        (combo,) = dialog.findChildren(QComboBox)
        dialog.show()
        combo.setFocus()
        QTest.keyClicks(combo, "fals")  # "False authority", tenth in the list: no number key
        return QInputDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QInputDialog, "exec", type_ahead)
    monkeypatch.setattr(QInputDialog, "getItem", lambda *_a, **_k: pytest.fail("blocking dialog"))
    reader.pick_category()
    assert [(f.start, f.category) for f in reader.flags] == [(start, "false-authority")]


def test_the_full_flag_list_picks_the_category_chosen_when_two_share_a_name(window, monkeypatch):
    """Chosen by position, not by its text: a pack may give two categories one name."""
    import dataclasses

    window.open_article("starter", "miracle-tea")
    reader = window.reader
    tenth, eleventh = reader.categories[9], reader.categories[10]
    reader.categories[10] = dataclasses.replace(eleventh, name=tenth.name)
    start = reader.view.text.index("Big Pharma")
    reader.view.select_span(start, start + len("Big Pharma"))

    def choose_the_second(dialog):
        (combo,) = dialog.findChildren(QComboBox)
        combo.setCurrentIndex(10)
        return QInputDialog.DialogCode.Accepted.value

    monkeypatch.setattr(QInputDialog, "exec", choose_the_second)
    reader.pick_category()
    assert [f.category for f in reader.flags] == [eleventh.id]
