"""Hostile strings for widgets, and how to check a widget shows them as plain text."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox

#: Markup that, read as HTML, loads a local file, makes a link and changes the font.
HOSTILE = '<img src="file:///etc/passwd"><a href="https://x">x</a><b>B</b>'


def assert_plain(label: QLabel, hostile: str = HOSTILE) -> None:
    """``label`` shows ``hostile`` as its characters: plain text, or escaped in rich text."""
    text = label.text()
    if label.textFormat() == Qt.TextFormat.PlainText:
        assert hostile in text, text
    else:
        assert escape(hostile) in text and "<img" not in text and "<a " not in text, text


def assert_plain_tooltip(tooltip: str, hostile: str = HOSTILE) -> None:
    """A tooltip that shows ``hostile`` literally (escaped inside forced rich text)."""
    assert escape(hostile) in tooltip and "<img" not in tooltip and "<a " not in tooltip, tooltip


def capture_boxes(monkeypatch, answer=QMessageBox.StandardButton.Ok) -> list[tuple]:
    """Message boxes shown from now on, as (title, text, text format); each answers ``answer``."""
    shown: list[tuple] = []

    def exec_(box):
        shown.append((box.windowTitle(), box.text(), box.textFormat()))
        return int(answer.value)

    def static(*args, **_kwargs):
        raise AssertionError(f"a static QMessageBox guesses its text is HTML: {args[2]!r}")

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, static)
    return shown


def assert_plain_box(box: tuple, hostile: str = HOSTILE) -> None:
    _title, text, fmt = box
    assert fmt == Qt.TextFormat.PlainText and hostile in text, box
