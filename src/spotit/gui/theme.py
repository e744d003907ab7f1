"""Palettes and zoom for the whole application (flag and verdict looks: ``gui.marks``)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

MIN_ZOOM, MAX_ZOOM = 0.8, 3.0


def dark_palette() -> QPalette:
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
        p.setColor(group, QPalette.ColorRole.PlaceholderText, QColor("#9aa0a6"))
        p.setColor(group, QPalette.ColorRole.Mid, QColor("#5f6368"))
    for role in (
        QPalette.ColorRole.Text,
        QPalette.ColorRole.WindowText,
        QPalette.ColorRole.ButtonText,
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor("#6f7479"))
    # Disabled controls must look disabled: the light palette's defaults are too bright here.
    for role, color in (
        (QPalette.ColorRole.Button, "#25272a"),
        (QPalette.ColorRole.Window, "#202124"),
        (QPalette.ColorRole.Base, "#1c1d20"),
        (QPalette.ColorRole.Highlight, "#3c4043"),
    ):
        p.setColor(QPalette.ColorGroup.Disabled, role, QColor(color))
    return p


class Appearance:
    """Zoom and light/dark palette for the whole application."""

    def __init__(self, app: QApplication) -> None:
        self.app = app
        app.setStyle(QStyleFactory.create("Fusion"))
        self.base_font = QFont(app.font())
        self.light = app.style().standardPalette()
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
