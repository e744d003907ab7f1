"""Fixtures for driving the pack editor with real key events."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from spotit.gui.editor import PackEditor

CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def key(widget, k, mods=Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
    for _ in range(times):
        QTest.keyClick(widget, k, mods)


def on_next_dialog(action) -> list[str]:
    """Run ``action(dialog)`` on the next modal dialog that opens; returns the text it showed."""
    seen: list[str] = []

    def handle() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, handle)
            return
        seen.append(dialog.text() if hasattr(dialog, "text") else dialog.labelText())
        action(dialog)

    QTimer.singleShot(0, handle)
    return seen


def select_in_preview(editor: PackEditor, text: str, words: int) -> None:
    """Put the preview's caret before ``text`` with arrow keys, then Shift+Ctrl+Right ``words`` times."""
    view = editor.article_page.preview
    view.setFocus()
    cursor = view.textCursor()
    cursor.setPosition(0)
    view.setTextCursor(cursor)
    key(view, Qt.Key.Key_Right, times=view.to_qt(view.text.index(text)))
    key(view, Qt.Key.Key_Right, CTRL | SHIFT, words)


def row_texts(view) -> list[str]:
    """What each row of a list or table view shows (its first column)."""
    model = view.model()
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def wait_active(qtbot, window) -> None:
    """Wait until ``window`` is the active window (window shortcuts only reach that one)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)


@pytest.fixture
def editor(qtbot):
    window = PackEditor()
    qtbot.addWidget(window, before_close_func=lambda w: setattr(w, "ask_before_closing", False))
    window.show()
    qtbot.waitExposed(window)
    wait_active(qtbot, window)
    return window


def write_hostile_source(folder: Path) -> Path:
    """A valid pack source whose every free-text field is ``HOSTILE`` markup.

    Pack title, version, licence, authors, description and notice (the language is a
    tag, checked as such: markup there is a validation problem); a
    category's name, description and how-to-check; an article's headline, outlet,
    byline, date and tag; a flag's explanation and hint; and markup in the body.
    """
    from tests.conftest import write_article
    from tests.gui.hostile import HOSTILE as H

    folder.mkdir(parents=True, exist_ok=True)
    (folder / "pack.toml").write_text(
        f"""id = "hostile"
title = '{H}'
version = '{H}'
language = 'en'
licence = '{H}'
authors = ['{H}', 'Second author']
description = '{H}'
training_notice = '{H}'

[[categories]]
id = "hostile"
name = '{H}'
description = '{H}'
how_to_check = '{H}'
color = "#2a9d8f"
""",
        encoding="utf-8",
    )
    write_article(
        folder,
        "01-hostile.md",
        f"""
        id = "hostile"
        headline = '{H}'
        outlet = '{H}'
        byline = '{H}'
        date = '{H}'
        tags = ['{H}']

        [[flags]]
        quote = "experts say"
        category = "hostile"
        explanation = '{H}'
        hint = '{H}'
        """,
        f"Yesterday, experts say, {H} a rocket flew [high](https://example.org/<b>x</b>).\n",
    )
    return folder


@pytest.fixture
def hostile_source(tmp_path) -> Path:
    """A pack source with hostile markup in every text field, in a folder whose name is markup."""
    return write_hostile_source(tmp_path / HOSTILE_FOLDER)


#: A folder name that is markup (no "/", so it can be a file name): paths are untrusted too.
HOSTILE_FOLDER = '<img src="x.png"><b>B'
