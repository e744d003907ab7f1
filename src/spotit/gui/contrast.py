"""WCAG 2.x contrast, in one place: relative luminance and the ratio of two colours.

The formulas are WCAG 2.2's (sRGB channels linearised with the 0.04045 threshold of
the sRGB standard; the ratio is (lighter + 0.05) / (darker + 0.05), from 1 to 21).
Text needs 4.5:1 against what is behind it (success criterion 1.4.3), the parts of a
control and the marks that carry meaning 3:1 (1.4.11).
"""

from __future__ import annotations

from PySide6.QtGui import QColor

TEXT_MINIMUM = 4.5  # WCAG 1.4.3, normal-size text
GRAPHICS_MINIMUM = 3.0  # WCAG 1.4.11, highlights, focus rings, underlines, marks


def _linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def over(color: QColor | str, background: QColor | str) -> QColor:
    """``color`` painted over an opaque ``background``: what the eye sees of a tint."""
    fg, bg = QColor(color), QColor(background)
    a = fg.alphaF()
    return QColor.fromRgbF(
        fg.redF() * a + bg.redF() * (1 - a),
        fg.greenF() * a + bg.greenF() * (1 - a),
        fg.blueF() * a + bg.blueF() * (1 - a),
    )


def relative_luminance(color: QColor | str) -> float:
    """WCAG's relative luminance of an opaque colour: 0 for black, 1 for white."""
    c = QColor(color)
    return 0.2126 * _linear(c.redF()) + 0.7152 * _linear(c.greenF()) + 0.0722 * _linear(c.blueF())


def contrast_ratio(color: QColor | str, background: QColor | str) -> float:
    """The WCAG contrast ratio of ``color`` on ``background`` (1 to 21).

    A see-through ``color`` is measured as it is drawn, over the background.
    """
    bg = QColor(background)
    fg = over(color, bg)
    light, dark = sorted((relative_luminance(fg), relative_luminance(bg)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def is_dark(background: QColor | str) -> bool:
    """Whether light text reads better than dark text on ``background``."""
    return contrast_ratio("#ffffff", background) > contrast_ratio("#000000", background)
