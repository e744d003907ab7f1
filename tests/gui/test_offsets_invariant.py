"""The promise everything rests on: reader positions and pack offsets mean the same text.

For every annotation of every bundled pack (and a pack with emoji, lists, quotes and line
breaks), the real reader selects the annotation's text with a QTextCursor found by Qt's
own search, flags it, and the core must score the article as perfect.
"""

from __future__ import annotations

import pytest
from PySide6.QtGui import QTextDocument

from spotit.gui.document import build_document, plain_text
from spotit.gui.reader import ReaderPage
from spotit.practice import Practice
from spotit.store.pack import open_pack


def _qt_cursor_for(view, text: str, start: int, quote: str):
    """Find the annotation's occurrence with Qt's search (Qt positions, no conversion of ours)."""
    occurrence = sum(1 for i in range(start) if text.startswith(quote, i))
    cursor = view.document().find(quote, 0, QTextDocument.FindFlag.FindCaseSensitively)
    for _ in range(occurrence):
        cursor = view.document().find(
            quote, cursor.selectionStart() + 1, QTextDocument.FindFlag.FindCaseSensitively
        )
    assert not cursor.isNull(), quote
    return cursor


def check_every_annotation(qtbot, progress, learner, pack_path):
    page = ReaderPage(Practice(progress, learner))
    qtbot.addWidget(page)
    checked = 0
    with open_pack(pack_path) as pack:
        for article_id in pack.article_ids():
            article = pack.article(article_id)
            page.open_article(pack, article, fresh=True)
            assert plain_text(page.view.document()) == article.text
            for ann in article.annotations:
                page.view.setTextCursor(
                    _qt_cursor_for(page.view, article.text, ann.start, ann.quote)
                )
                assert page.view.selected_span() == (ann.start, ann.end), (article_id, ann.quote)
                assert page.flag_selection(ann.category)
                checked += 1
            assert sorted((f.start, f.end, f.category) for f in page.flags) == sorted(
                (a.start, a.end, a.category) for a in article.annotations
            )
            page.submit_credible() if not article.annotations else page.submit()
            report = page.report
            assert report.spotted.f1 == 1.0 and report.named.f1 == 1.0, article_id
            assert report.score == 100, article_id
    return checked


def test_every_starter_annotation_lines_up_in_the_reader(
    qtbot, progress, learner, starter_pack_path
):
    assert check_every_annotation(qtbot, progress, learner, starter_pack_path) >= 180


def test_emoji_lists_quotes_and_line_breaks_line_up(qtbot, progress, learner, tmp_path):
    from tests.conftest import make_source, write_article

    from spotit.content.source import read_pack_source
    from spotit.store.pack import build_pack

    folder = make_source(tmp_path / "tricky")
    write_article(
        folder,
        "02-tricky.md",
        """
        id = "tricky"
        headline = "Ünïcode 🚀 headline"

        [[flags]]
        quote = "𝒻𝒶𝓃𝒸𝓎 claim"
        category = "unsupported-claim"
        explanation = "Math letters are outside the BMP too."

        [[flags]]
        quote = "second line 🎉 here"
        category = "loaded-language"
        explanation = "After a hard line break."

        [[flags]]
        quote = "nested item"
        category = "vague-source"
        explanation = "Inside a nested list."

        [[flags]]
        quote = "quoted words"
        category = "unsourced-quote"
        explanation = "Inside a block quote."
        """,
        """
        🚀🚀 Emoji first, then a 𝒻𝒶𝓃𝒸𝓎 claim and &amp; entities.

        first line  
        second line 🎉 here

        1. top item
            - nested item

        > Some quoted words, “typographic” — dashes.

        ## A heading with é
        """,
    )
    source = read_pack_source(folder)
    assert not source.problems, source.problems
    pack = build_pack(source, tmp_path / "tricky.spotit")
    assert check_every_annotation(qtbot, progress, learner, pack) == 6


@pytest.mark.parametrize("article_index", [0, 1, 2])
def test_document_length_is_utf16_length(qapp, starter_pack_path, article_index):
    from spotit.core.textpos import Utf16Map

    with open_pack(starter_pack_path) as pack:
        article = pack.article(pack.article_ids()[article_index])
    doc = build_document(article.blocks)
    assert doc.characterCount() - 1 == Utf16Map(article.text).length16


def test_every_anchor_core_and_note_of_the_starter_pack_lines_up_in_the_reader(
    qtbot, progress, learner, starter_pack_path
):
    """Alternative anchors, cores and passage notes are offsets too: Qt must find them there.

    A flag on exactly an alternative anchor, or exactly a core, with the primary category
    finds its red flag (the scorer's promise, checked here through the real reader).
    """
    from spotit.core.scoring import GoldVerdict, score

    page = ReaderPage(Practice(progress, learner))
    qtbot.addWidget(page)
    places = 0
    with open_pack(starter_pack_path) as pack:
        for article_id in pack.article_ids():
            article = pack.article(article_id)
            page.open_article(pack, article, fresh=True)
            spans = []
            for n, ann in enumerate(article.annotations):
                for anchor in ann.alternatives:
                    spans.append((n, anchor.start, anchor.end, anchor.quote))
                if ann.core is not None:
                    start, end = ann.core
                    spans.append((n, start, end, article.text[start:end]))
            spans += [(None, note.start, note.end, note.quote) for note in article.notes]
            for n, start, end, quote in spans:
                assert article.text[start:end] == quote, (article_id, quote)
                page.view.setTextCursor(_qt_cursor_for(page.view, article.text, start, quote))
                assert page.view.selected_span() == (start, end), (article_id, quote)
                places += 1
                if n is None:
                    continue
                from spotit.core.model import Flag

                ann = article.annotations[n]
                report = score(article.text, article.annotations, [Flag(start, end, ann.category)])
                assert report.gold[n].verdict is GoldVerdict.FOUND, (article_id, quote)
    assert places >= 100


def test_every_check_quote_of_the_starter_pack_lines_up_in_the_investigation_pane(
    qtbot, starter_pack_path
):
    """A red flag's (or note's) ``check_quote`` is an offset into a source page's text: the
    pane, which builds the page's document from its blocks, must mark exactly those words,
    found there by Qt's own search (Qt positions, none of our conversions)."""
    from spotit.gui.investigate import InvestigationPane
    from spotit.practice.investigation import Investigation

    pane = InvestigationPane()
    qtbot.addWidget(pane)
    checked = 0
    with open_pack(starter_pack_path) as pack:
        pane.set_library(pack, Investigation(lambda: 0.0))
        pointers = [
            (article_id, keyed.check)
            for article_id in pack.article_ids()
            for keyed in (*pack.article(article_id).annotations, *pack.article(article_id).notes)
            if keyed.check is not None
        ]
        for article_id, check in pointers:
            page = pack.source(check.source)
            assert page is not None, (article_id, check.source)
            if not check.quote:
                continue
            assert page.text[check.start : check.end] == check.quote, (article_id, check)
            assert pane.open_address(
                f"source:{check.source}", via="feedback", quote=(check.start, check.end)
            )
            assert plain_text(pane.page_view.document()) == page.text
            assert pane.marked_span() == (check.start, check.end), (article_id, check.quote)
            (selection,) = pane.page_view.extraSelections()
            found = _qt_cursor_for(pane.page_view, page.text, check.start, check.quote)
            assert (selection.cursor.selectionStart(), selection.cursor.selectionEnd()) == (
                found.selectionStart(),
                found.selectionEnd(),
            ), (article_id, check.quote)
            checked += 1
    assert checked >= 20
