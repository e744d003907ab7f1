"""List markers are drawn in plain letters, whatever block came before them."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextFormat

from spotit.content.render import render
from spotit.gui.document import build_document, plain_text


def test_the_first_numbered_item_after_a_heading_has_a_plain_marker(qapp):
    article = render("Headline", "## Steps\n\n1. First\n2. Second\n")
    doc = build_document(article.blocks)
    assert plain_text(doc) == article.text
    block = doc.begin()
    markers = []
    while block.isValid():
        if block.textList() is not None:
            fmt = block.charFormat()  # the format the list marker is drawn in
            markers.append(
                (fmt.fontWeight(), fmt.intProperty(QTextFormat.Property.FontSizeAdjustment))
            )
        block = block.next()
    assert markers and all(
        weight in (0, QFont.Weight.Normal.value) and size == 0 for weight, size in markers
    ), markers
