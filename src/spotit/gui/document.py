"""Building the reader's QTextDocument from an article's blocks.

One Qt block per content block, text inserted run by run: the document's text
is the canonical text by construction (a hard line break is U+2028, which Qt
keeps inside the block; list bullets come from list formats and take no
positions). Positions in the document are UTF-16; spotit.core.textpos converts.

Every place that shows a pack's text shows ``display_text`` of it: bidi controls
(right-to-left overrides and the like) are drawn as a visible mark instead of
silently reordering what the learner reads.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QGuiApplication,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextLayout,
    QTextList,
    QTextListFormat,
)

from spotit.content.source import BIDI_CONTROLS
from spotit.core.blocks import Block, Run
from spotit.core.i18n import COUNT, counted, translate
from spotit.gui.i18n import number
from spotit.gui.plain import plain_tooltip
from spotit.gui.theme import emoji_family

LINE_SEPARATOR = "\u2028"
#: What a bidi control is drawn as. One BMP code point for one (every bidi control is one
#: BMP code point too), so code-point and UTF-16 positions stay those of the pack's text;
#: an arrow has no direction of its own, so it reorders nothing.
BIDI_MARK = "\u21c6"  # ⇆
HEADING_SIZE = {1: 2, 2: 1, 3: 1, 4: 0, 5: 0, 6: 0}  # Qt's FontSizeAdjustment steps
BULLETS = (
    QTextListFormat.Style.ListDisc,
    QTextListFormat.Style.ListCircle,
    QTextListFormat.Style.ListSquare,
)


def _block_format(block: Block) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setLineHeight(135, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    spacing = {"headline": 14, "heading": 10}.get(block.kind, 8)
    fmt.setBottomMargin(spacing if block.kind != "item" else 3)
    if block.kind == "heading":
        fmt.setTopMargin(10)
    if block.quote_depth:
        fmt.setLeftMargin(28 * block.quote_depth)
        fmt.setRightMargin(28)
    if block.kind == "code":
        fmt.setLeftMargin(fmt.leftMargin() + 16)
        fmt.setLineHeight(100, QTextBlockFormat.LineHeightTypes.ProportionalHeight.value)
    return fmt


def _char_format(block: Block, run: Run) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if block.kind == "headline":
        fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, 3)
        fmt.setFontWeight(QFont.Weight.Bold)
    elif block.kind == "heading":
        fmt.setProperty(QTextFormat.Property.FontSizeAdjustment, HEADING_SIZE.get(block.level, 0))
        fmt.setFontWeight(QFont.Weight.Bold)
    if run.bold:
        fmt.setFontWeight(QFont.Weight.Bold)
    if run.italic or block.quote_depth:
        fmt.setFontItalic(True)
    if run.code or block.kind == "code":
        fmt.setFontFamilies([QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont).family()])
    if run.strike:
        fmt.setFontStrikeOut(True)
    if run.link:
        fmt.setAnchor(True)
        fmt.setAnchorHref(run.link)
        fmt.setFontUnderline(True)
        fmt.setToolTip(plain_tooltip(display_text(run.link)))
    return fmt


def display_text(text: str) -> str:
    """``text`` as SpotIt shows it: each bidi control replaced by :data:`BIDI_MARK`.

    Same length, same positions: the pack's text keeps scoring and quoting; only what
    is drawn changes, so a right-to-left override cannot make reversed words read right.
    """
    return BIDI_CONTROLS.sub(BIDI_MARK, text)


def hidden_controls(*texts: str) -> int:
    """How many bidi controls ``texts`` hold (each is drawn as :data:`BIDI_MARK`)."""
    return sum(len(BIDI_CONTROLS.findall(text)) for text in texts)


def bidi_notice(count: int) -> str:
    """What the reader tells the learner about ``count`` bidi controls ("" for none)."""
    if count == 0:
        return ""
    # One is its own sentence ("it", "changes"), so the English needs no plural forms.
    if count == 1:
        text = translate(
            "ReaderPage",
            "This article contains 1 hidden character that changes the direction of text; "
            "SpotIt shows it as {mark} and does not let it reorder the text.",
        )
    else:
        text = counted.translate(
            "ReaderPage",
            "This article contains %n hidden characters that change the direction of text; "
            "SpotIt shows them as {mark} and does not let them reorder the text.",
            "",
            COUNT,
            int(count),
        )
    return text.format(mark=BIDI_MARK)


def undrawable(text: str, font: QFont | None = None) -> list[str]:
    """The characters of ``text`` that no font here can draw, in order of first use.

    Qt would draw each as an empty box. With the platform's emoji font or the one SpotIt
    ships (``theme.emoji_family``) emoji are drawn; this catches what is left (a script
    or a symbol no installed font has), so that the reader can name it instead.
    """
    emoji_family()  # registered before anything is judged undrawable (and cached so)
    families = tuple((font or QGuiApplication.font()).families())
    return [
        c
        for c in dict.fromkeys(c for c in text if not c.isascii())
        if unicodedata.category(c)[0] in "LNPS" and not _can_draw(c, families)
    ]


@lru_cache(maxsize=8192)
def _can_draw(char: str, families: tuple[str, ...]) -> bool:
    font = QFont()
    if families:
        font.setFamilies(list(families))
    layout = QTextLayout(char, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    # Glyph 0 is a font's "missing character" box: Qt's fallback found no font with it.
    return all(0 not in run.glyphIndexes() for run in layout.glyphRuns())


def code_point_name(char: str) -> str:
    """``char``'s code point and Unicode name: "U+1F680 ROCKET"."""
    name = unicodedata.name(char, "")
    return f"U+{ord(char):04X} {name}".strip()


def character_name(char: str) -> str:
    """``char`` with its code point and Unicode name: "🚀 (U+1F680 ROCKET)"."""
    return f"{char} ({code_point_name(char)})"


def missing_glyphs_notice(chars: list[str], shown: int = 5) -> str:
    """What the reader tells the learner about characters it cannot draw ("" for none)."""
    if not chars:
        return ""
    names = ", ".join(character_name(c) for c in chars[:shown])
    if len(chars) == 1:
        text = translate(
            "ReaderPage",
            "No font on this computer can draw 1 character in this article, so it shows as "
            "an empty box: {names}.",
        )
    elif len(chars) <= shown:
        text = counted.translate(
            "ReaderPage",
            "No font on this computer can draw %n characters in this article, so they show "
            "as empty boxes: {names}.",
            "",
            COUNT,
            len(chars),
        )
    else:
        text = counted.translate(
            "ReaderPage",
            "No font on this computer can draw %n characters in this article, so they show "
            "as empty boxes: {names}, and {more} more.",
            "",
            COUNT,
            len(chars),
        )
    return text.format(names=names, more=number(len(chars) - shown))


def _insert_run_text(
    cursor: QTextCursor, text: str, fmt: QTextCharFormat, special: re.Pattern[str]
) -> None:
    """Insert ``text``, each bidi control as a mark and each character ``special`` finds
    with a tooltip that names it."""
    start = 0
    for match in special.finditer(text):
        if match.start() > start:
            cursor.insertText(text[start : match.start()], fmt)
        char = match.group()
        named = QTextCharFormat(fmt)
        if BIDI_CONTROLS.fullmatch(char):
            tip = translate(
                "ArticleDocument",
                "A hidden character, {code_point}, that would change the direction of the "
                "text around it",
            ).format(code_point=code_point_name(char))
            char = BIDI_MARK
        else:
            tip = translate(
                "ArticleDocument", "{character}: no font on this computer can draw it"
            ).format(character=character_name(char))
        named.setToolTip(plain_tooltip(tip))
        cursor.insertText(char, named)
        start = match.end()
    if start < len(text):
        cursor.insertText(text[start:], fmt)


def build_document(blocks: list[Block], parent=None) -> QTextDocument:
    """A QTextDocument whose plain text is ``display_text`` of the blocks' canonical text."""
    doc = QTextDocument(parent)
    doc.setUndoRedoEnabled(False)
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    lists: dict[int, tuple[QTextList, bool]] = {}
    missing = undrawable("".join(run.text for block in blocks for run in block.runs))
    special = re.compile(
        "|".join([BIDI_CONTROLS.pattern, *(re.escape(c) for c in missing)]), re.UNICODE
    )
    for index, block in enumerate(blocks):
        block_fmt = _block_format(block)
        # A plain block character format: a list marker is drawn in it, and it would
        # otherwise carry on the previous block's (a heading's bold, large letters).
        if index == 0:
            cursor.setBlockFormat(block_fmt)
            cursor.setBlockCharFormat(QTextCharFormat())
        else:
            cursor.insertBlock(block_fmt, QTextCharFormat())
        if block.kind == "item":
            _join_list(cursor, block, lists)
        else:
            lists.clear()
        for run in block.runs:
            # Qt turns "\r" into a new block; a zero-width space keeps its one position (CRLF imports).
            text = run.text.replace("\n", LINE_SEPARATOR).replace("\r", "\u200b")
            _insert_run_text(cursor, text, _char_format(block, run), special)
    cursor.endEditBlock()
    return doc


def _join_list(cursor: QTextCursor, block: Block, lists: dict[int, tuple[QTextList, bool]]) -> None:
    """Put the current Qt block into the right (possibly nested) list."""
    level = max(1, block.level)
    for deeper in [lvl for lvl in lists if lvl > level]:
        del lists[deeper]
    current = lists.get(level)
    if current is not None and current[1] == block.ordered:
        current[0].add(cursor.block())
        return
    fmt = QTextListFormat()
    fmt.setIndent(level + block.quote_depth)
    if block.ordered:
        fmt.setStyle(QTextListFormat.Style.ListDecimal)
        if block.number > 1 and hasattr(fmt, "setStart"):
            fmt.setStart(block.number)
    else:
        fmt.setStyle(BULLETS[(level - 1) % len(BULLETS)])
    lists[level] = (cursor.createList(fmt), block.ordered)


def plain_text(doc: QTextDocument) -> str:
    """The document's text with Qt's separators mapped back to canonical newlines."""
    return doc.toRawText().replace("\u2029", "\n").replace(LINE_SEPARATOR, "\n")
