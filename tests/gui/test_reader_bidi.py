"""Bidi controls in a pack never reorder what the learner reads: they are shown, and named.

A right-to-left override (U+202E) makes stored "efas" read "safe"; in a misinformation
trainer that is a spoofing tool. The reader draws each control as a visible mark in its
place (same positions), says so above the article, and scores on the pack's own text.
"""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocument
from tests.conftest import make_source, write_article

from spotit.content.source import BIDI_CONTROLS, read_pack_source
from spotit.core.model import Flag
from spotit.gui.document import BIDI_MARK, build_document, display_text, plain_text
from spotit.gui.reader import ReaderPage
from spotit.practice import Practice
from spotit.store.pack import build_pack, open_pack

RLO, PDF, RLI, PDI = "\u202e", "\u202c", "\u2067", "\u2069"
#: Stored reversed inside an override: drawn right to left it reads "science-based is safe".
SPOOF = f"{RLO}efas si desab-ecneics{PDF}"


@pytest.fixture
def spoof_pack(spoof_pack_path):
    return open_pack(spoof_pack_path)


@pytest.fixture
def spoof_pack_path(tmp_path):
    folder = make_source(
        tmp_path / "src",
        'id = "bidi"\ntitle = "Bidi"\nversion = "1"\n'
        f'training_notice = "Invented {RLI}txet{PDI} for practice."\n',
    )
    (folder / "articles" / "01-rocket.md").unlink()
    write_article(
        folder,
        "01-spoof.md",
        f"""
        id = "spoof"
        headline = "Vaccine {SPOOF}"
        outlet = "Daily {RLO}swen{PDF}"

        [[flags]]
        quote = "experts say"
        category = "vague-source"
        explanation = "Which experts? {RLO}eman a{PDF} is missing."
        """,
        f"Yesterday, {RLO}experts say{PDF}, the vaccine is {SPOOF}.\n",
    )
    source = read_pack_source(folder)
    # Validation reports them to the author; a pack made by another tool (or an older
    # SpotIt) can hold them all the same, and the reader must be safe with it.
    assert source.problems and all("bidi control" in p.message for p in source.problems)
    return build_pack(replace(source, problems=[]), tmp_path / "bidi.spotit")


@pytest.fixture
def page(qtbot, spoof_pack, progress, learner):
    reader = ReaderPage(Practice(progress, learner))
    qtbot.addWidget(reader)
    reader.resize(1100, 700)
    reader.show()
    reader.open_article(spoof_pack, spoof_pack.article("spoof"))
    qtbot.waitExposed(reader)
    return reader


def visual_jumps(doc: QTextDocument) -> list[tuple[str, int]]:
    """Places where the caret's x goes back while its position goes on: a reordered run."""
    jumps = []
    block = doc.begin()
    while block.isValid():
        doc.documentLayout().blockBoundingRect(block)  # lays the block out, if not yet
        layout = block.layout()
        assert layout.lineCount() > 0
        for n in range(layout.lineCount()):
            line = layout.lineAt(n)
            first = line.textStart()
            xs = [line.cursorToX(i)[0] for i in range(first, first + line.textLength())]
            jumps += [(block.text(), i) for i in range(1, len(xs)) if xs[i] < xs[i - 1]]
        block = block.next()
    return jumps


def test_the_reader_shows_bidi_controls_as_marks_in_logical_order(page, spoof_pack):
    article = spoof_pack.article("spoof")
    assert BIDI_CONTROLS.search(article.text)  # the pack's text keeps them
    shown = plain_text(page.view.document())
    assert not BIDI_CONTROLS.search(shown)
    assert BIDI_MARK in shown
    # One mark for one control: every offset of the pack is the same in the reader.
    assert len(shown) == len(article.text) and shown == display_text(article.text)
    assert "Vaccine ⇆efas si desab-ecneics⇆" in shown  # stored order, not "science-based is safe"
    assert visual_jumps(page.view.document()) == []


def test_a_mark_names_the_hidden_character(page):
    doc = page.view.document()
    tips = []
    block = doc.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            if fragment.text() == BIDI_MARK:
                tips.append(fragment.charFormat().toolTip())
            it += 1
        block = block.next()
    assert tips and all("U+202" in t for t in tips), tips
    assert "RIGHT-TO-LEFT OVERRIDE" in tips[0]


def test_the_learner_is_told_once_in_words(page):
    notice = page.text_notice
    assert notice.isVisible() and notice.textFormat() == Qt.TextFormat.PlainText
    # Headline 2, body 4, outlet 2: the banner's own characters are shown as marks too.
    assert notice.text() == (
        "⚠ This article contains 8 hidden characters that change the direction of text; "
        "SpotIt shows them as ⇆ and does not let them reorder the text."
    )
    for label in (page.badge, page.meta_label):
        assert not BIDI_CONTROLS.search(label.text()) and BIDI_MARK in label.text()


def test_an_article_without_them_has_no_notice(qtbot, tmp_path, progress, learner):
    pack = open_pack(build_pack(read_pack_source(make_source(tmp_path / "s")), tmp_path / "p"))
    reader = ReaderPage(Practice(progress, learner))
    qtbot.addWidget(reader)
    reader.show()
    reader.open_article(pack, pack.article(pack.article_ids()[0]))
    assert reader.text_notice.isHidden()


def test_flags_quote_and_score_on_the_packs_own_text(page, spoof_pack):
    article = spoof_pack.article("spoof")
    (ann,) = article.annotations
    assert ann.quote == "experts say"  # the canonical quote, not what is drawn
    # Select the passage from the keyboard's side: the flag gets the pack's offsets.
    page.view.select_span(ann.start, ann.end)
    assert page.flag_selection("vague-source")
    (flag,) = page.flags
    assert (flag.start, flag.end) == (ann.start, ann.end)
    # A flag that takes in the hidden characters around it is shown with marks.
    wide = Flag(ann.start - 1, ann.end + 1, "vague-source")
    page._set_flags([flag, wide])
    passages = [
        page.flag_panel.model.row(page.flag_panel.model.index(r, 1)).passage for r in (0, 1)
    ]
    assert f"{BIDI_MARK}experts say{BIDI_MARK}" in passages
    assert not any(BIDI_CONTROLS.search(p) for p in passages)
    assert not BIDI_CONTROLS.search(page.passage(wide))
    page._set_flags([flag])
    page.submit()
    assert page.report.score == 100  # as it would be without the controls around it
    feedback = page.feedback
    rows = feedback.verdict_model.rows
    assert rows[0].passage == "experts say" and rows[0].verdict == "found"
    explanation = feedback.explanation.toPlainText()
    assert "⇆eman a⇆" in explanation and not BIDI_CONTROLS.search(explanation)


def test_build_document_neutralises_every_kind_of_control():
    from spotit.content.render import render

    controls = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
    article = render(f"Head {controls} line", f"Body {controls} text, *it {controls}*.\n")
    doc = build_document(article.blocks)
    shown = plain_text(doc)
    assert shown == display_text(article.text) and len(shown) == len(article.text)
    assert not BIDI_CONTROLS.search(shown)
    assert shown.count(BIDI_MARK) == 3 * len(controls)


def test_the_library_the_window_title_and_the_history_show_marks_too(window, spoof_pack_path, qapp):
    window.add_pack(spoof_pack_path)
    table = window.library.table.model()
    listed = [table.index(r, c).data() for r in range(table.rowCount()) for c in (0, 1)]
    assert "Vaccine ⇆efas si desab-ecneics⇆" in listed and "Daily ⇆swen⇆" in listed
    assert not any(BIDI_CONTROLS.search(text) for text in listed)
    window.open_article("bidi", "spoof")
    title = window.windowTitle()
    assert title.startswith("Vaccine ⇆efas si desab-ecneics⇆") and not BIDI_CONTROLS.search(title)
    window.reader.submit_credible()
    window.show_history()
    qapp.processEvents()
    model = window.history.attempts_model
    shown = [
        model.index(r, 1).data(role)
        for r in range(model.rowCount())
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
    ]
    assert any(BIDI_MARK in text for text in shown), shown
    assert not any(BIDI_CONTROLS.search(text) for text in shown), shown
