"""The investigation pane (issue 15): search a pack's sources, read, follow links, go back.

Driven with keys and clicks as a learner would, over a small fake library (what
``store.pack.Pack`` offers) and the real :class:`Investigation` that records the moves.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtTest import QTest
from tests.gui.investigate_pack import click_text, fragments

from spotit.core.blocks import Block, Run
from spotit.core.sources import SearchHit, SearchResults, SourcePage, SourceSummary
from spotit.gui.document import plain_text
from spotit.gui.investigate import INVENTED_NOTICE, InvestigationPane
from spotit.practice.investigation import Investigation


def page(pid, kind, title, paragraphs, names=(), address="") -> SourcePage:
    blocks = [Block("headline", (Run(title),))]
    blocks += [Block("paragraph", tuple(runs)) for runs in paragraphs]
    text = "\n".join(b.text for b in blocks)
    return SourcePage(SourceSummary(pid, kind, title, tuple(names), address), tuple(blocks), text)


PAGES = {
    p.id: p
    for p in (
        page(
            "anton-lisko",
            "person",
            "Anton Lisko",
            [
                [
                    Run("Anton Lisko lectures in "),
                    Run("medieval poetry", bold=True),
                    Run(" at the "),
                    Run("University of Varn", link="source:varn-university"),
                    Run(". His page on "),
                    Run("the real web", link="https://lisko.example.com/"),
                    Run(" is not part of this pack."),
                ]
            ],
            names=("Anton Lisko", "Dr Anton Lisko"),
            address="varn.example/people/anton-lisko",
        ),
        page(
            "varn-university",
            "organisation",
            "University of Varn",
            [[Run("Staff: "), Run("Anton Lisko", link="source:anton-lisko"), Run(".")]],
        ),
        page(
            "tea-rumour",
            "search-result",
            "<b>Tea</b> cures all, says forum",
            [[Run("A forum post claims the tea cures everything.")]],
        ),
        page(
            "miracle-tea-report",
            "report",
            "Another outlet on the tea",
            [[Run("We read "), Run("the original article", link="article:miracle-tea"), Run(".")]],
        ),
    )
}


class FakeLibrary:
    """What the pane asks of a pack (``SourceLibrary``): pages and a search over them."""

    def __init__(self) -> None:
        self.queries: list[str] = []

    def sources(self):
        return [p.summary for p in PAGES.values()]

    def source(self, source_id):
        return PAGES.get(source_id)

    def search(self, query, limit=20):
        self.queries.append(query)
        corrected = ""
        if query == "Anton Lsiko":  # a typo: the near match is searched instead
            query = corrected = "Anton Lisko"
        hits = []
        for p in PAGES.values():
            word = next((w for w in query.split() if w.lower() in p.text.lower()), None)
            if word is not None:
                hits.append(
                    SearchHit(
                        p.id, p.kind, p.title, (("… about ", False), (word, True), (" …", False))
                    )
                )
        return SearchResults(query, tuple(hits[:limit]), corrected)

    def outlet_source(self, outlet):
        return None

    def backlinks(self, address):
        return []


@pytest.fixture
def pane(qtbot):
    widget = InvestigationPane()
    qtbot.addWidget(widget)
    widget.resize(460, 760)
    clock = [0.0]
    investigation = Investigation(lambda: clock[0])
    widget.set_library(FakeLibrary(), investigation, _article)
    widget.show()
    qtbot.waitExposed(widget)
    widget.clock = clock  # the test moves time by hand
    return widget


def _article(article_id):
    from spotit.content.render import render

    if article_id != "miracle-tea":
        return None
    rendered = render("Miracle tea cures all", "Drink it daily.")

    class _Meta:
        outlet, date = "Natural Truth Daily", "2026-01-05"

    class _Article:
        blocks, text, meta = rendered.blocks, rendered.text, _Meta()

    return _Article()


def type_search(pane, query: str) -> None:
    pane.search_box.setFocus()
    pane.search_box.clear()
    QTest.keyClicks(pane.search_box, query)
    QTest.keyClick(pane.search_box, Qt.Key.Key_Return)


def moves(pane):
    return [m.as_json() for m in pane.investigation.moves()]


def test_search_lists_results_best_first_with_the_matched_words_in_bold(pane):
    type_search(pane, "Lisko")
    shown = fragments(pane.results_view)
    # Titles are links into the pack; the kind is said in words; the match is bold.
    assert ("Anton Lisko", False, "source:anton-lisko") in shown
    assert ("Profile", False, "") in shown
    assert ("Organisation page", False, "") in shown
    assert ("Lisko", True, "") in shown
    assert ("… about ", False, "") in shown
    assert [t for t, _, href in shown if href] == ["Anton Lisko", "University of Varn"]
    assert pane.results_label.text() == "2 results, best first."
    assert moves(pane) == [{"kind": "searched", "at": 0.0, "query": "Lisko", "results": 2}]


def test_a_typo_shows_results_for_the_near_match(pane):
    type_search(pane, "Anton Lsiko")
    assert pane.results_label.text() == (
        "Showing results for Anton Lisko (nothing was found for Anton Lsiko)."
    )
    assert pane.results_label.textFormat() == Qt.TextFormat.PlainText


def test_nothing_found_says_so(pane):
    type_search(pane, "zebra")
    assert pane.results_label.text() == "Nothing in this pack's sources matches zebra."
    assert plain_text(pane.results_view.document()) == ""


def test_pack_text_in_results_and_pages_is_shown_as_written(pane):
    type_search(pane, "forum")
    assert ("<b>Tea</b> cures all, says forum", False, "source:tea-rumour") in fragments(
        pane.results_view
    )
    click_text(pane.results_view, "says forum")
    assert pane.shown_address == "source:tea-rumour"
    assert plain_text(pane.page_view.document()).startswith("<b>Tea</b> cures all")
    # A search result is a snippet only: the pane says there is no page behind it.
    assert pane.notice.text() == (
        f"{INVENTED_NOTICE}\nSearch result: only this snippet was found; there is no page behind it."
    )


def test_keyboard_only_search_open_follow_back_and_forward(pane):
    pane.clock[0] = 5.0
    type_search(pane, "Lisko")
    QTest.keyClick(pane.search_box, Qt.Key.Key_Down)  # to the first result
    assert pane.focusWidget() is pane.results_view
    assert pane.results_view.textCursor().selectedText() == "Anton Lisko"
    QTest.keyClick(pane.results_view, Qt.Key.Key_Return)
    assert pane.shown_address == "source:anton-lisko"
    # The invented address is shown, the kind in words, and the training notice.
    assert pane.address_field.text() == "varn.example/people/anton-lisko"
    assert pane.address_field.isReadOnly()
    assert pane.notice.text() == f"{INVENTED_NOTICE}\nProfile"
    assert plain_text(pane.page_view.document()) == PAGES["anton-lisko"].text
    assert not pane.back_button.isEnabled() and not pane.forward_button.isEnabled()

    pane.clock[0] = 12.0
    pane.page_view.setFocus()
    QTest.keyClick(pane.page_view, Qt.Key.Key_Tab)  # the page's first link
    assert pane.page_view.textCursor().selectedText() == "University of Varn"
    QTest.keyClick(pane.page_view, Qt.Key.Key_Return)
    assert pane.shown_address == "source:varn-university"
    assert pane.address_field.text() == "source:varn-university"  # no invented address
    assert pane.notice.text() == f"{INVENTED_NOTICE}\nOrganisation page"
    assert pane.back_button.isEnabled() and not pane.forward_button.isEnabled()

    pane.clock[0] = 20.0
    QTest.keyClick(pane.page_view, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert pane.shown_address == "source:anton-lisko"
    assert not pane.back_button.isEnabled() and pane.forward_button.isEnabled()
    pane.clock[0] = 21.0
    QTest.keyClick(pane.page_view, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)
    assert pane.shown_address == "source:varn-university"
    assert moves(pane) == [
        {"kind": "searched", "at": 5.0, "query": "Lisko", "results": 2},
        {
            "kind": "opened",
            "at": 5.0,
            "target": "source:anton-lisko",
            "via": "search",
            "seconds": 7.0,
        },
        {
            "kind": "opened",
            "at": 12.0,
            "target": "source:varn-university",
            "via": "link",
            "seconds": 8.0,
        },
        {
            "kind": "opened",
            "at": 20.0,
            "target": "source:anton-lisko",
            "via": "back",
            "seconds": 1.0,
        },
        {
            "kind": "opened",
            "at": 21.0,
            "target": "source:varn-university",
            "via": "forward",
            "seconds": 0.0,
        },
    ]


def test_back_and_forward_buttons_move_in_the_history(pane):
    pane.open_address("source:anton-lisko", via="search")
    click_text(pane.page_view, "University of Varn")
    assert pane.shown_address == "source:varn-university"
    pane.back_button.click()
    assert pane.shown_address == "source:anton-lisko"
    pane.forward_button.click()
    assert pane.shown_address == "source:varn-university"
    # Opening a page from here drops the pages ahead, as a browser does.
    pane.back_button.click()
    pane.open_address("source:tea-rumour", via="search")
    assert not pane.forward_button.isEnabled()


def test_links_outside_the_pack_are_named_and_never_followed(pane, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url))
    pane.open_address("source:anton-lisko", via="search")
    before = moves(pane)
    click_text(pane.page_view, "the real web")
    assert pane.shown_address == "source:anton-lisko"  # still the same page
    assert pane.status.text() == (
        "That link goes outside this pack (https://lisko.example.com/); SpotIt does not follow it."
    )
    assert opened == [] and moves(pane) == before
    assert pane.page_view.openLinks() is False and pane.page_view.openExternalLinks() is False


def test_an_article_link_opens_the_article_read_only(pane):
    pane.open_address("source:miracle-tea-report", via="search")
    click_text(pane.page_view, "the original article")
    assert pane.shown_address == "article:miracle-tea"
    assert plain_text(pane.page_view.document()).startswith("Miracle tea cures all")
    assert pane.page_view.isReadOnly()
    assert "Natural Truth Daily" in pane.notice.text()


def test_a_page_the_pack_does_not_have_is_said_not_shown(pane):
    assert not pane.open_address("source:nobody", via="feedback")
    assert pane.status.text() == "This pack has no page source:nobody."
    assert pane.shown_address == "" and moves(pane) == []


def test_a_passage_opened_from_feedback_is_marked_in_bold_and_underlined(pane):
    text = PAGES["anton-lisko"].text
    start = text.index("lectures in")
    assert pane.open_address("source:anton-lisko", via="feedback", quote=(start, start + 11))
    assert pane.marked_span() == (start, start + 11)
    (selection,) = pane.page_view.extraSelections()
    assert selection.format.fontUnderline() and selection.cursor.selectedText() == "lectures in"
    # Drawn bold (in the document: Qt draws no weight of a selection), the text unchanged.
    assert ("lectures in", True, "") in fragments(pane.page_view)
    assert ("Anton Lisko ", False, "") in fragments(pane.page_view)
    assert plain_text(pane.page_view.document()) == text
    assert pane.status.text() == "The passage that shows it is marked in bold and underlined."
    assert moves(pane)[-1]["via"] == "feedback"
    # Shown again without a passage (back, forward, a link), nothing is marked.
    pane.open_address("source:varn-university", via="link")
    pane.back()
    assert pane.marked_span() is None
    assert ("lectures in", True, "") not in fragments(pane.page_view)


def test_opening_a_page_folds_the_results_and_one_key_brings_them_back(pane):
    type_search(pane, "Lisko")
    assert pane.results_view.isVisible() and pane.results_button.text() == "Hide results"
    assert not pane.page_box.isVisible()  # no page yet: the results have the room
    pane.open_address("source:anton-lisko", via="search")
    assert not pane.results_view.isVisible() and pane.page_box.isVisible()
    assert pane.results_button.text() == "Show results (2)"
    pane.results_button.setFocus()
    QTest.keyClick(pane.results_button, Qt.Key.Key_Space)
    assert pane.results_view.isVisible() and pane.page_box.isVisible()
    assert moves(pane)[-1]["target"] == "source:anton-lisko"  # showing them is no move


def test_a_pack_whose_sources_cannot_be_read_says_so(pane):
    from spotit.store.pack import PackError

    class Damaged(FakeLibrary):
        def search(self, query, limit=20):
            raise PackError("damaged.spotit: database disk image is malformed")

        def source(self, source_id):
            raise PackError("damaged.spotit: database disk image is malformed")

    pane.set_library(Damaged(), Investigation(lambda: 0.0))
    type_search(pane, "Lisko")
    assert pane.results_label.text() == (
        "This pack's sources cannot be searched: damaged.spotit: database disk image is malformed"
    )
    assert not pane.open_address("source:anton-lisko", via="link")
    assert pane.status.text().startswith("This page cannot be read: damaged.spotit")


def test_on_a_built_pack_a_typo_finds_the_profile_with_its_name_in_bold(qtbot, tmp_path):
    from tests.gui.investigate_pack import build

    from spotit.store.pack import open_pack

    widget = InvestigationPane()
    qtbot.addWidget(widget)
    widget.show()
    with open_pack(build(tmp_path)) as pack:
        widget.set_library(pack, Investigation(lambda: 0.0))
        type_search(widget, "Lsiko")
        assert widget.results_label.text() == (
            "Showing results for Lisko (nothing was found for Lsiko)."
        )
        shown = fragments(widget.results_view)
        assert [t for t, _, href in shown if href] == ["Anton Lisko", "University of Varn"]
        assert ("Lisko", True, "") in shown
        QTest.keyClick(widget.search_box, Qt.Key.Key_Down)
        QTest.keyClick(widget.results_view, Qt.Key.Key_Return)
        assert widget.shown_address == "source:anton-lisko"
        assert widget.address_field.text() == "varn-university.example/people/anton-lisko"
        assert plain_text(widget.page_view.document()) == pack.source("anton-lisko").text


def test_when_no_page_holds_every_word_the_missing_words_are_named(qtbot, tmp_path):
    from tests.gui.investigate_pack import build

    from spotit.store.pack import open_pack

    widget = InvestigationPane()
    qtbot.addWidget(widget)
    widget.show()
    with open_pack(build(tmp_path)) as pack:
        widget.set_library(pack, Investigation(lambda: 0.0))
        type_search(widget, "Lisko Oakhampton")
        # Pages holding "Lisko" are offered, and the learner is told which word no page
        # holds: an unknown name is itself the finding.
        assert widget.results_label.text().endswith("Missing: Oakhampton.")
        assert "Anton Lisko" in [t for t, _, href in fragments(widget.results_view) if href]
        type_search(widget, "Prudence Oakhampton")
        assert widget.results_label.text() == (
            "Nothing in this pack's sources matches Prudence Oakhampton."
        )
