"""Untrusted text in widgets: shown as the characters it is, never read as HTML.

Qt labels, tooltips and message boxes guess whether a string is HTML
(``Qt.TextFormat.AutoText``), so a pack's notice, an article's byline, a student's
name, what a class host sends or an error quoting a file could draw images from
local files or open links. Every widget that shows such text goes through here:
``set_plain`` and ``plain_label`` for labels, ``plain_tooltip`` for tooltips,
``plain_message`` for message boxes, ``plain_input`` and ``choose_item`` for input
dialogs, ``plain_title`` for window titles, ``no_mnemonic`` for buttons and menu
items, and ``escape`` for the untrusted parts of text that really is rich.
"""

from __future__ import annotations

import html

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QDialog, QInputDialog, QLabel, QMessageBox, QWidget

Button = QMessageBox.StandardButton
Icon = QMessageBox.Icon


def escape(text: object) -> str:
    """``text`` safe to place inside rich text: markup shows as its characters."""
    return html.escape(str(text), quote=True)


#: What Qt's window titles read as the "modified" marker (shown as "*" or not at all).
MODIFIED_MARKER = "[*]"


def plain_title(text: object) -> str:
    """``text`` for a window title, shown as written.

    Qt removes "[*]" from a title (or shows "*" for unsaved changes) and shows "[*][*]"
    as "[*]", so a pack called "Quiz [*]" would lose its brackets unless doubled.
    """
    return str(text).replace(MODIFIED_MARKER, MODIFIED_MARKER * 2)


def no_mnemonic(text: object) -> str:
    """``text`` for a button, menu item or tab, every "&" shown as itself.

    Qt reads "&x" in such text as an Alt+x shortcut and hides the "&": a category
    called "Q&A" would read "QA" and take Alt+A from the window.
    """
    return str(text).replace("&", "&&")


def set_plain(label: QLabel, text: str) -> None:
    """Show ``text`` in ``label`` as plain characters, whatever it contains."""
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)


def plain_label(text: str = "") -> QLabel:
    """A label that never reads its text as HTML."""
    label = QLabel()
    set_plain(label, text)
    return label


def plain_tooltip(text: str) -> str:
    """A tooltip showing ``text`` literally (tooltips have no text format of their own)."""
    if not text:
        return ""
    # Forced rich text with every character escaped: the only way a tooltip shows "<b>".
    return f"<p style='white-space:pre-wrap'>{escape(text)}</p>"


def set_plain_tooltip(widget: QWidget, text: str) -> None:
    """``text`` as ``widget``'s tooltip, shown literally, and as its accessible description
    in plain words: Qt would otherwise hand screen readers the tooltip's markup."""
    widget.setToolTip(plain_tooltip(text))
    widget.setAccessibleDescription(text)


def plain_message(
    parent: QWidget | None,
    title: str,
    text: str,
    icon: QMessageBox.Icon = Icon.Warning,
    buttons: QMessageBox.StandardButton = Button.Ok,
    default: QMessageBox.StandardButton = Button.NoButton,
) -> QMessageBox.StandardButton:
    """A modal message box whose text is plain; returns the button pressed."""
    box = QMessageBox(icon, plain_title(title), text, buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    if default != Button.NoButton:
        box.setDefaultButton(default)
    return Button(box.exec())


def plain_question(
    parent: QWidget | None,
    title: str,
    text: str,
    buttons: QMessageBox.StandardButton = Button.Yes | Button.No,
    default: QMessageBox.StandardButton = Button.NoButton,
) -> QMessageBox.StandardButton:
    """A plain-text question (Yes/No unless other ``buttons`` are given)."""
    return plain_message(parent, title, text, Icon.Question, buttons, default)


def plain_input(parent: QWidget | None, title: str, label: str) -> QInputDialog:
    """An input dialog whose label (which may quote a pack) is plain; the caller fills and runs it."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(plain_title(title))
    dialog.setLabelText(label)
    for child in dialog.findChildren(QLabel):
        child.setTextFormat(Qt.TextFormat.PlainText)
        child.setWordWrap(True)  # a long name wraps instead of widening the dialog off screen
    return dialog


def choose_item(
    parent: QWidget | None, title: str, label: str, items: list[str], current: int = 0
) -> int | None:
    """Ask for one of ``items`` (a plain-text ``QInputDialog.getItem``): its index, or None.

    The index, not the text: two items may read the same (two categories with one name).
    """
    dialog = plain_input(parent, title, label)
    dialog.setComboBoxItems(items)
    dialog.setComboBoxEditable(False)
    if 0 <= current < len(items):
        dialog.setTextValue(items[current])
    if dialog.exec() != QDialog.DialogCode.Accepted.value:
        return None
    combo = dialog.findChild(QComboBox)
    index = combo.currentIndex() if combo is not None else items.index(dialog.textValue())
    return index if 0 <= index < len(items) else None
