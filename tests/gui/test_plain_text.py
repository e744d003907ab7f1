"""Untrusted text (packs, articles, categories, errors) shows as its characters, never as HTML."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from tests.gui.hostile import (
    HOSTILE,
    assert_plain,
    assert_plain_box,
    assert_plain_tooltip,
    capture_boxes,
)

from spotit.gui.itemmodels import Column, RowsModel
from spotit.gui.plain import plain_message, plain_tooltip, set_plain
from spotit.store.pack import PackError

CATEGORY = f"""
[[categories]]
id = "hostile"
name = '{HOSTILE}'
description = '{HOSTILE}'
how_to_check = '{HOSTILE}'
color = "#2a9d8f"
"""


@pytest.fixture
def hostile_pack(tmp_path):
    from tests.conftest import make_source, write_article

    from spotit.content.source import read_pack_source
    from spotit.store.pack import build_pack

    manifest = (
        'id = "hostile"\ntitle = "Hostile pack"\nversion = "1.0"\nauthors = ["Tester"]\n'
        f"training_notice = '{HOSTILE}'\n{CATEGORY}"
    )
    folder = make_source(tmp_path / "hostile-src", manifest)
    (folder / "articles" / "01-rocket.md").unlink()
    write_article(
        folder,
        "01-hostile.md",
        f"""
        id = "hostile"
        headline = '{HOSTILE}'
        outlet = '{HOSTILE}'
        byline = "by"
        date = "2026-03-01"

        [[flags]]
        quote = "experts say"
        category = "hostile"
        explanation = "Which experts?"
        """,
        "Yesterday, experts say, a rocket flew [high](https://example.org/<b>x</b>).\n",
    )
    source = read_pack_source(folder)
    assert not source.problems, source.problems
    return build_pack(source, tmp_path / "hostile.spotit")


def open_any_article(window):
    entry = window.practice.library()[0]
    window.open_article(entry.pack_id, entry.article_id)
    return window.reader


def test_the_helpers_show_markup_as_characters(qtbot):
    from PySide6.QtWidgets import QLabel

    label = QLabel()
    qtbot.addWidget(label)
    set_plain(label, HOSTILE)
    assert_plain(label)
    assert_plain_tooltip(plain_tooltip(HOSTILE))
    assert plain_tooltip("") == ""
    model = RowsModel([Column("A", str, tooltip=str)])
    model.set_rows([HOSTILE])
    assert_plain_tooltip(model.data(model.index(0, 0), Qt.ItemDataRole.ToolTipRole))


def test_plain_message_is_plain_and_returns_the_answer(monkeypatch):
    shown = capture_boxes(monkeypatch, QMessageBox.StandardButton.Yes)
    answer = plain_message(None, "T", HOSTILE, buttons=QMessageBox.StandardButton.Yes)
    assert answer == QMessageBox.StandardButton.Yes
    assert_plain_box(shown[0])


def test_pack_article_and_category_fields_show_as_plain_text(window, hostile_pack):
    window.add_pack(hostile_pack)
    library = window.library
    # The headline's tooltip in the library.
    model = library.table.model()
    tips = [
        model.index(r, 0).data(Qt.ItemDataRole.ToolTipRole) or "" for r in range(model.rowCount())
    ]
    assert [t for t in tips if "&lt;img" in t], tips
    for tip in tips:
        assert "<img" not in tip
    window.open_article("hostile", "hostile")
    reader = window.reader
    assert_plain(reader.badge)  # the training notice
    assert_plain(reader.meta_label)  # outlet, byline, date
    # The category's palette button: its description and how to check it.
    (button,) = [b for b in reader.flag_panel.palette_buttons if HOSTILE in b.text()]
    assert_plain_tooltip(button.toolTip())
    # A link's address, shown when hovering it.
    block = reader.view.document().begin()
    tips = []
    while block.isValid():
        for fragment in (block.begin(),):
            while not fragment.atEnd():
                f = fragment.fragment()
                if f.charFormat().isAnchor():
                    tips.append(f.charFormat().toolTip())
                fragment += 1
        block = block.next()
    assert tips and all("<b>" not in t for t in tips), tips
    # The flag list's passage tooltip, and the feedback's category name.
    window.reader.view.setFocus()
    window.reader._submit([])
    assert "<img" not in reader.explanation.toHtml()


def test_a_bad_packs_error_is_quoted_as_plain_text(window, tmp_path, monkeypatch):
    import spotit.gui.main_window as main_window

    def refuse(path):
        raise PackError(f"{path}: the pack id {HOSTILE!r} is not valid")

    monkeypatch.setattr(main_window, "open_pack", refuse)
    shown = capture_boxes(monkeypatch)
    assert not window.open_pack_file(tmp_path / "x.spotit")
    (box,) = shown
    assert box[0] == "Cannot open pack"
    assert_plain_box(box)


def test_an_article_that_cannot_open_says_so_in_plain_text(window, monkeypatch):
    from spotit.practice import PracticeError

    def refuse(*_args):
        raise PracticeError(HOSTILE)

    monkeypatch.setattr(window.practice, "open", refuse)
    shown = capture_boxes(monkeypatch)
    window.open_article("starter", "x")
    assert_plain_box(shown[0])


def test_a_learner_name_with_markup_is_greeted_as_written(qtbot, progress, starter_pack_path):
    from spotit.gui.main_window import MainWindow

    learner = progress.add_learner("Ana <b>B</b>")
    win = MainWindow(progress, learner)
    qtbot.addWidget(win)
    win.add_pack(starter_pack_path)
    assert_plain(win.library.greeting, "Ana <b>B</b>")


def test_the_score_chart_tooltip_shows_the_headline_as_written(qtbot, window, monkeypatch):
    from dataclasses import replace

    from PySide6.QtCore import QPointF
    from PySide6.QtWidgets import QToolTip

    reader = open_any_article(window)
    reader.submit_credible()
    window.show_history()
    page = window.history
    page._attempts = [replace(a, headline=HOSTILE) for a in page._attempts]
    shown = []
    monkeypatch.setattr(QToolTip, "showText", lambda _pos, text, *_a: shown.append(text))
    page._hovered(QPointF(1, 50), True)
    (tip,) = shown
    assert_plain_tooltip(tip)


def test_link_confirmation_shows_the_address_as_plain_text(window, monkeypatch):
    from PySide6.QtCore import QUrl

    reader = window.reader if window._reader else None
    from spotit.gui.reader import ArticleView

    view = reader.view if reader else ArticleView()
    shown = capture_boxes(monkeypatch, QMessageBox.StandardButton.Cancel)
    view._confirm_link(QUrl(f"https://example.org/?q={HOSTILE}"))
    (box,) = shown
    assert box[2] == Qt.TextFormat.PlainText and "example.org" in box[1]


def test_import_and_export_status_lines_are_plain(qtbot, tmp_path):
    from spotit.gui.interop_forms import OperationDialog, error_label, show_error

    dialog = OperationDialog(None)
    qtbot.addWidget(dialog)
    dialog.status.setText(HOSTILE)
    assert_plain(dialog.status)
    label = error_label()
    qtbot.addWidget(label)
    show_error(label, HOSTILE)
    assert_plain(label)


def test_a_profile_name_quoted_by_an_error_shows_as_written(qtbot, progress):
    from PySide6.QtTest import QTest

    from spotit.gui.profiles import ProfileDialog

    progress.add_learner("Zed <b>B</b>")
    dialog = ProfileDialog(progress)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setFocus()
    QTest.keyClicks(dialog.name, "zed <b>b</b>")
    QTest.keyClick(dialog.name, Qt.Key.Key_Return)
    assert_plain(dialog.error, "already a learner called Zed <b>B</b>")


def test_a_profile_in_use_names_its_learner_as_written(monkeypatch, learner, progress):
    from spotit.gui.profiles import explain_locked

    class Lock:
        def ask_owner_to_raise(self):
            return False

        def owner_pid(self):
            return 42

    zed = progress.add_learner("Zed <b>B</b>")
    shown = capture_boxes(monkeypatch)
    explain_locked(None, zed, Lock())
    assert_plain_box(shown[0], "Zed <b>B</b>")
