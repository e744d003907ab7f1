"""How flags and verdicts look: tints, underlines, symbols and labels.

Colour is never the only signal: every verdict also has a symbol, a label and
its own line: an underline style, and for *close* a line above as well (Qt has
one dotted underline, which *partly found* uses). Kept apart from ``theme`` so that start-up, which only
needs the palette and zoom, does not load Qt's text formats.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QTextCharFormat


@dataclass(frozen=True)
class VerdictStyle:
    symbol: str
    label: str
    color: str
    underline: QTextCharFormat.UnderlineStyle
    overline: bool = False

    def text_format(self) -> QTextCharFormat:
        """The tint and lines that mark a passage with this verdict in the article."""
        fmt = highlight_format(self.color, self.underline)
        fmt.setFontOverline(self.overline)
        return fmt


Underline = QTextCharFormat.UnderlineStyle
VERDICT_STYLES: dict[str, VerdictStyle] = {
    # Red flags of the article
    "found": VerdictStyle("✓", "Found", "#2e7d32", Underline.SingleUnderline),
    "found-wrong-category": VerdictStyle(
        "≈", "Found, wrong category", "#b26a00", Underline.DashUnderline
    ),
    "partly-found": VerdictStyle("◐", "Partly found", "#8d6e00", Underline.DotLine),
    # found, but inside a flag that is mostly other text
    "found-too-broad": VerdictStyle(
        "⊃", "Found, flag too broad", "#8a5a00", Underline.DashDotDotLine
    ),
    "missed": VerdictStyle("✗", "Missed", "#c62828", Underline.WaveUnderline),
    # The learner's flags
    "correct": VerdictStyle("✓", "Correct", "#2e7d32", Underline.SingleUnderline),
    "wrong-category": VerdictStyle("≈", "Wrong category", "#b26a00", Underline.DashUnderline),
    "too-broad": VerdictStyle("⊃", "Too broad", "#8a5a00", Underline.DashDotDotLine),
    # in the sentence of a red flag, on other words
    "close": VerdictStyle("↔", "Close", "#00838f", Underline.DotLine, overline=True),
    "not-a-red-flag": VerdictStyle("⚐", "Not a red flag", "#6d6d6d", Underline.DashDotLine),
    # The author's notes on passages that are fine (no underline: nothing to correct)
    "note": VerdictStyle("ℹ", "Holds up", "#1565c0", Underline.NoUnderline),
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
