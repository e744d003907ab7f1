"""How flags and verdicts look: tints, underlines, symbols and labels.

Colour is never the only signal: every verdict also has a symbol, a label and
its own line: an underline style, and for *close* a line above as well (Qt has
one dotted underline, which *partly found* uses). Kept apart from ``theme`` so that start-up, which only
needs the palette and zoom, does not load Qt's text formats.

Each verdict has a colour for light pages and one for dark pages: the verdict list
writes its labels in it, so it must read as text (WCAG 4.5:1) on the page and on the
list's alternate rows in both themes; no one colour can (tests/gui/test_contrast_palettes.py).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QGuiApplication, QPalette, QTextCharFormat

from spotit.core.i18n import QT_TRANSLATE_NOOP, translate
from spotit.gui.contrast import is_dark


@dataclass(frozen=True)
class VerdictStyle:
    symbol: str
    source_label: str  # English, marked for translation; ``label`` is what is shown
    light: str  # on a light page
    dark: str  # on a dark page
    underline: QTextCharFormat.UnderlineStyle
    overline: bool = False

    @property
    def label(self) -> str:
        """The verdict's name in the user's language."""
        return translate("VerdictStyle", self.source_label)

    def color_on(self, background: QColor | str) -> str:
        """The verdict's colour on ``background``: the dark page's on a dark one."""
        return self.dark if is_dark(background) else self.light

    @property
    def color(self) -> str:
        """The verdict's colour on the application's page (Base) as the theme is now."""
        app = QGuiApplication.instance()
        if app is None:
            return self.light
        return self.color_on(QGuiApplication.palette().color(QPalette.ColorRole.Base))

    def text_format(self) -> QTextCharFormat:
        """The tint and lines that mark a passage with this verdict in the article."""
        fmt = highlight_format(self.color, self.underline)
        fmt.setFontOverline(self.overline)
        return fmt


Underline = QTextCharFormat.UnderlineStyle
VERDICT_STYLES: dict[str, VerdictStyle] = {
    # Red flags of the article
    "found": VerdictStyle(
        "✓",
        QT_TRANSLATE_NOOP("VerdictStyle", "Found"),
        "#2e7d32",
        "#81c995",
        Underline.SingleUnderline,
    ),
    "found-wrong-category": VerdictStyle(
        "≈",
        QT_TRANSLATE_NOOP("VerdictStyle", "Found, wrong category"),
        "#a05f00",
        "#fcad70",
        Underline.DashUnderline,
    ),
    "partly-found": VerdictStyle(
        "◐",
        QT_TRANSLATE_NOOP("VerdictStyle", "Partly found"),
        "#7d6200",
        "#fdd663",
        Underline.DotLine,
    ),
    # found, but inside a flag that is mostly other text
    "found-too-broad": VerdictStyle(
        "⊃",
        QT_TRANSLATE_NOOP("VerdictStyle", "Found, flag too broad"),
        "#8a5a00",
        "#d7a86e",
        Underline.DashDotDotLine,
    ),
    "missed": VerdictStyle(
        "✗",
        QT_TRANSLATE_NOOP("VerdictStyle", "Missed"),
        "#c62828",
        "#f28b82",
        Underline.WaveUnderline,
    ),
    # The learner's flags
    "correct": VerdictStyle(
        "✓",
        QT_TRANSLATE_NOOP("VerdictStyle", "Correct"),
        "#2e7d32",
        "#81c995",
        Underline.SingleUnderline,
    ),
    "wrong-category": VerdictStyle(
        "≈",
        QT_TRANSLATE_NOOP("VerdictStyle", "Wrong category"),
        "#a05f00",
        "#fcad70",
        Underline.DashUnderline,
    ),
    "too-broad": VerdictStyle(
        "⊃",
        QT_TRANSLATE_NOOP("VerdictStyle", "Too broad"),
        "#8a5a00",
        "#d7a86e",
        Underline.DashDotDotLine,
    ),
    # in the sentence of a red flag, on other words
    "close": VerdictStyle(
        "↔",
        QT_TRANSLATE_NOOP("VerdictStyle", "Close"),
        "#00777f",
        "#78d9ec",
        Underline.DotLine,
        overline=True,
    ),
    "not-a-red-flag": VerdictStyle(
        "⚐",
        QT_TRANSLATE_NOOP("VerdictStyle", "Not a red flag"),
        "#6d6d6d",
        "#bdc1c6",
        Underline.DashDotLine,
    ),
    # The author's notes on passages that are fine (no underline: nothing to correct)
    "note": VerdictStyle(
        "ℹ",
        QT_TRANSLATE_NOOP("VerdictStyle", "Holds up"),
        "#1565c0",
        "#8ab4f8",
        Underline.NoUnderline,
    ),
}


def tint(color: str, alpha: int = 70) -> QColor:
    """A see-through version of a colour, readable in light and dark palettes."""
    c = QColor(color)
    c.setAlpha(alpha)
    return c


def highlight_format(color: str, underline: QTextCharFormat.UnderlineStyle) -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(tint(color))
    fmt.setUnderlineStyle(underline)
    fmt.setUnderlineColor(QColor(color))
    return fmt
