"""Building the reader's QTextDocument from an article's blocks.

One Qt block per content block, text inserted run by run: the document's text
is the canonical text by construction (a hard line break is U+2028, which Qt
keeps inside the block; list bullets come from list formats and take no
positions). Positions in the document are UTF-16; spotit.core.textpos converts.
"""

from __future__ import annotations

from PySide6.QtGui import (
    QFont,
    QFontDatabase,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
    QTextList,
    QTextListFormat,
)

from spotit.core.blocks import Block, Run
from spotit.gui.plain import plain_tooltip

LINE_SEPARATOR = "\u2028"
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
        fmt.setToolTip(plain_tooltip(run.link))
    return fmt


def build_document(blocks: list[Block], parent=None) -> QTextDocument:
    """A QTextDocument whose plain text equals the blocks' canonical text."""
    doc = QTextDocument(parent)
    doc.setUndoRedoEnabled(False)
    cursor = QTextCursor(doc)
    cursor.beginEditBlock()
    lists: dict[int, tuple[QTextList, bool]] = {}
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
            cursor.insertText(text, _char_format(block, run))
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
