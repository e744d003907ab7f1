"""Palettes and zoom for the whole application (flag and verdict looks: ``gui.marks``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QColor, QFont, QFontDatabase, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

MIN_ZOOM, MAX_ZOOM = 0.8, 3.0

#: Emoji fonts that come with a platform or are often installed, best first. Qt falls
#: back to one of them by itself for characters the text font does not have.
PLATFORM_EMOJI_FONTS = (
    "Segoe UI Emoji",
    "Apple Color Emoji",
    "Noto Color Emoji",
    "Twemoji",
    "Twitter Color Emoji",
    "JoyPixels",
    "EmojiOne Color",
    "OpenMoji Color",
    "Noto Emoji",
)
#: Google's monochrome Noto Emoji (SIL Open Font License, OFL.txt beside it), for machines
#: with none of the above (a plain Linux desktop has only DejaVu: emoji were empty boxes).
SHIPPED_EMOJI_FONT = Path(__file__).with_name("fonts") / "NotoEmoji-Regular.ttf"
_emoji_family: list[str | None] = []  # the answer, once found


def emoji_family() -> str | None:
    """The family emoji are drawn in: the platform's emoji font, else the one SpotIt ships.

    The shipped font is registered with Qt only where the platform has none; Qt's own font
    fallback then draws every emoji the text font lacks in it (labels, lists and the
    reader alike). None if neither is there (the reader then names what it cannot draw).
    """
    if not _emoji_family:
        installed = set(QFontDatabase.families())
        family = next((f for f in PLATFORM_EMOJI_FONTS if f in installed), None)
        if family is None:
            font_id = QFontDatabase.addApplicationFont(str(SHIPPED_EMOJI_FONT))
            families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
            family = families[0] if families else None
        _emoji_family.append(family)
    return _emoji_family[0]


def light_palette(standard: QPalette) -> QPalette:
    """The style's own light palette with the colours that fail WCAG contrast replaced.

    Fusion's selection blue under white text is 3.7:1, its placeholder text is black at
    half strength (4:1 on white) and its visited links magenta (3.1:1); text needs 4.5:1.
    """
    p = QPalette(standard)
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, QPalette.ColorRole.Highlight, QColor("#1f6fb2"))
        p.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
        p.setColor(group, QPalette.ColorRole.PlaceholderText, QColor("#6b6b6b"))
        p.setColor(group, QPalette.ColorRole.LinkVisited, QColor("#681da8"))
    return p


def dark_palette() -> QPalette:
    """The dark theme: every text role 4.5:1 or more on the background it is drawn on."""
    p = QPalette()
    window, base, text = QColor("#202124"), QColor("#17181a"), QColor("#e8eaed")
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        p.setColor(group, QPalette.ColorRole.Window, window)
        p.setColor(group, QPalette.ColorRole.WindowText, text)
        p.setColor(group, QPalette.ColorRole.Base, base)
        p.setColor(group, QPalette.ColorRole.AlternateBase, QColor("#26282b"))
        p.setColor(group, QPalette.ColorRole.Text, text)
        p.setColor(group, QPalette.ColorRole.Button, QColor("#2d2f33"))
        p.setColor(group, QPalette.ColorRole.ButtonText, text)
        p.setColor(group, QPalette.ColorRole.ToolTipBase, QColor("#2d2f33"))
        p.setColor(group, QPalette.ColorRole.ToolTipText, text)
        p.setColor(group, QPalette.ColorRole.Highlight, QColor("#8ab4f8"))
        p.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#101114"))
        p.setColor(group, QPalette.ColorRole.Link, QColor("#8ab4f8"))
        p.setColor(group, QPalette.ColorRole.LinkVisited, QColor("#c58af9"))
        p.setColor(group, QPalette.ColorRole.PlaceholderText, QColor("#9aa0a6"))
        p.setColor(group, QPalette.ColorRole.Mid, QColor("#5f6368"))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
        QPalette.ColorRole.PlaceholderText,
        QPalette.ColorRole.Link,
        QPalette.ColorRole.LinkVisited,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6f7479"))
    # Disabled controls must look disabled: the light palette's defaults are too bright here.
    for role, color in (
        (QPalette.ColorRole.Button, "#25272a"),
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.Base, "#1c1d20"),
        (QPalette.ColorRole.AlternateBase, "#222326"),
        (QPalette.ColorRole.Highlight, "#3c4043"),
        (QPalette.ColorRole.ToolTipBase, "#2d2f33"),
        (QPalette.ColorRole.ToolTipText, "#e8eaed"),  # a tooltip on a disabled control
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(color))
    return p


class Appearance:
    """Zoom and light/dark palette for the whole application."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        app.setStyle(QStyleFactory.create("Fusion"))
        self.emoji_family = emoji_family()
        self.base_font = QFont(app.font())
        self.light = light_palette(app.style().standardPalette())
        app.setPalette(self.light)
        self.zoom = 1.0
        self.dark = False

    def set_zoom(self, zoom: float) -> None:
        self.zoom = max(MIN_ZOOM, min(MAX_ZOOM, round(zoom, 2)))
        font = QFont(self.base_font)
        size = self.base_font.pointSizeF()
        if size > 0:
            font.setPointSizeF(size * self.zoom)
        self.app.setFont(font)

    def set_dark(self, dark: bool) -> None:
        self.dark = dark
        self.app.setPalette(dark_palette() if dark else self.light)


def scaled_font(base: QFont, factor: float, bold: bool = False) -> QFont:
    """``base`` made ``factor`` times bigger, in whatever unit it was given (so a heading
    grows with the zoom like the text around it)."""
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * factor)
    elif base.pixelSize() > 0:
        font.setPixelSize(max(1, round(base.pixelSize() * factor)))
    font.setBold(bold)
    return font
