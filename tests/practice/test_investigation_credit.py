"""Feedback's credit for investigating (spotit.practice.investigation.investigation_feedback).

Every sentence of docs/practice.md, "Investigating: the SIFT moves", from an attempt
scored for real by the scorer: a red flag checked before or after flagging it, checked and
still missed, not checked; a passage note's check; a credible article rightly left
unflagged after checking its outlet, with and without a corrections policy; the summary
of the moves. Then the same through ``Practice.submit``.
"""

from __future__ import annotations

import pytest

from spotit.core.article import PackArticle, text_hash
from spotit.core.blocks import Block
from spotit.core.model import Annotation, ArticleMeta, CheckPointer, Flag, PackMeta, PassageNote
from spotit.core.sources import (
    FLAGGED,
    OPENED,
    SEARCHED,
    Move,
    SearchResults,
    SourcePage,
    SourceSummary,
)
from spotit.core.taxonomy import DEFAULT_TAXONOMY
from spotit.practice import Practice, Submission
from spotit.practice.investigation import has_sources, investigation_feedback
from spotit.practice.session import score_flags

# -- an invented article, its answer key and a small invented web -------------------------------

TEXT = (
    "Miracle tea cures colds, says expert. "
    "Dr Anton Lisko, a leading nutrition scientist, says the tea cures a cold overnight. "
    "He presented his results at the International Herbal Summit in Varn last spring. "
    "Everyone is switching to it. "
    "The tea is sold in Varn's old market."
)
CREDIBLE_TEXT = (
    "Council approves new bus timetable. "
    "The Varn council approved the new timetable on Tuesday, its minutes show. "
    "Buses on line 4 will run every ten minutes from March."
)


def span(quote: str, text: str = TEXT) -> tuple[int, int]:
    start = text.index(quote)
    assert text.find(quote, start + 1) == -1, quote
    return start, start + len(quote)


def page(source_id: str, kind: str, title: str, body: str, names=()) -> SourcePage:
    text = f"{title}\n\n{body}"
    return SourcePage(
        SourceSummary(source_id, kind, title, tuple(names)),
        (Block("headline", ()), Block("paragraph", ())),
        text,
        body,
    )


LISKO = page(
    "anton-lisko",
    "person",
    "Anton Lisko",
    "Anton Lisko is a lecturer in medieval poetry at the University of Varn.",
    ["Dr Anton Lisko"],
)
SUMMIT = page(
    "varn-events",
    "event",
    "Events in Varn this year",
    "The city's listing has no International Herbal Summit.",
)
MARKET = page("varn-market", "organisation", "Varn Old Market", "Tea stalls since 1850.")
COURIER = page(
    "lakeside-courier",
    "outlet",
    "The Lakeside Courier",
    "A local paper since 1921. Corrections are printed on page 2 within a day.",
    ["Lakeside Courier"],
)
GAZETTE = page(
    "varn-gazette",
    "outlet",
    "Varn Gazette",
    "A weekly paper with named reporters and an editor.",
    ["Varn Gazette"],
)
MINUTES = page(
    "council-minutes",
    "report",
    "Varn council minutes, Tuesday",
    "Item 3: the new bus timetable is approved.",
)

quote = "medieval poetry"
_q = LISKO.text.index(quote)
LISKO_POINTER = CheckPointer("anton-lisko", quote, _q, _q + len(quote))

ANNOTATIONS = [
    Annotation(
        *span("a leading nutrition scientist"),
        "false-authority",
        "a leading nutrition scientist",
        "His field is not nutrition.",
        check=LISKO_POINTER,
    ),
    Annotation(
        *span("the International Herbal Summit"),
        "wrong-fact",
        "the International Herbal Summit",
        "No such summit took place.",
        check=CheckPointer("varn-events"),
    ),
    Annotation(
        *span("Everyone is switching to it."),
        "unsupported-claim",
        "Everyone is switching to it.",
        "Who? No numbers.",
    ),
]
NOTES = (
    PassageNote(
        *span("sold in Varn's old market"),
        "sold in Varn's old market",
        "The market is real and sells tea.",
        check=CheckPointer("varn-market"),
    ),
)


def article(outlet: str = "Varn Gazette") -> PackArticle:
    meta = ArticleMeta("miracle-tea", "Miracle tea cures colds, says expert", outlet=outlet)
    return PackArticle(meta, [], TEXT, text_hash(TEXT), ANNOTATIONS, TEXT, NOTES)


def credible(outlet: str = "Lakeside Courier", notes=()) -> PackArticle:
    meta = ArticleMeta("bus-timetable", "Council approves new bus timetable", outlet=outlet)
    return PackArticle(meta, [], CREDIBLE_TEXT, text_hash(CREDIBLE_TEXT), [], CREDIBLE_TEXT, notes)


class Library:
    """A pack's sources as the Protocol asks: a few pages, no search engine."""

    def __init__(self, *pages: SourcePage) -> None:
        self.pages = {p.id: p for p in pages}

    def sources(self) -> list[SourceSummary]:
        return [p.summary for p in self.pages.values()]

    def source(self, source_id: str) -> SourcePage | None:
        return self.pages.get(source_id)

    def search(self, query: str, limit: int = 20) -> SearchResults:
        return SearchResults(query)

    def outlet_source(self, outlet: str) -> SourceSummary | None:
        wanted = " ".join(outlet.split()).casefold()
        for p in self.pages.values():
            if p.kind == "outlet" and wanted in {n.casefold() for n in (p.title, *p.summary.names)}:
                return p.summary
        return None

    def backlinks(self, address: str) -> list[str]:
        return []


WEB = Library(LISKO, SUMMIT, MARKET, COURIER, GAZETTE, MINUTES)


def flag(quote: str, category: str, text: str = TEXT) -> Flag:
    return Flag(*span(quote, text), category)


def opened(target: str, at: float, seconds: float = 10.0, via: str = "search") -> Move:
    return Move(OPENED, at, target=target, via=via, seconds=seconds)


def flagged(quote: str, at: float, text: str = TEXT) -> Move:
    start, end = span(quote, text)
    return Move(FLAGGED, at, start=start, end=end)


def feedback(flags, moves, the_article=None, library=WEB):
    the_article = the_article or article()
    report = score_flags(the_article, flags)
    return investigation_feedback(the_article, report, moves, library)


SCIENTIST = "a leading nutrition scientist"

# -- red flags --------------------------------------------------------------------------------


def test_checked_before_flagging():
    moves = [opened("source:anton-lisko", 12.0), flagged(SCIENTIST, 40.0)]
    credit = feedback([flag(SCIENTIST, "false-authority")], moves).flags[0]
    assert credit.text == "You checked Anton Lisko before flagging it."
    assert credit.checked and credit.before_flagging is True
    assert credit.target == "source:anton-lisko" and credit.kind == "person"
    assert credit.kind_name == "profile"
    # Opened from feedback, the profile shows the words that give the red flag away.
    start, end = credit.quote
    assert LISKO.text[start:end] == "medieval poetry"


def test_checked_after_flagging():
    moves = [flagged(SCIENTIST, 8.0), opened("source:anton-lisko", 30.0)]
    credit = feedback([flag(SCIENTIST, "false-authority")], moves).flags[0]
    assert credit.text == (
        "You checked Anton Lisko after flagging it, and it confirms the red flag."
    )
    assert credit.checked and credit.before_flagging is False


def test_a_flag_found_with_another_category_still_counts_as_flagged():
    moves = [opened("source:anton-lisko", 5.0), flagged(SCIENTIST, 9.0)]
    credit = feedback([flag(SCIENTIST, "loaded-language")], moves).flags[0]
    assert credit.text == "You checked Anton Lisko before flagging it."


def test_only_a_flag_on_the_passage_itself_is_its_first_flag():
    moves = [
        flagged("Everyone is switching to it.", 3.0),
        opened("source:anton-lisko", 10.0),
        flagged(SCIENTIST, 20.0),
    ]
    flags = [
        flag("Everyone is switching to it.", "unsupported-claim"),
        flag(SCIENTIST, "false-authority"),
    ]
    assert feedback(flags, moves).flags[0].before_flagging is True


def test_checked_but_missed():
    moves = [opened("source:anton-lisko", 12.0, seconds=45.0)]
    credit = feedback([], moves).flags[0]
    assert credit.text == "You opened Anton Lisko, which shows this red flag, but did not flag it."
    assert credit.checked and credit.before_flagging is None


@pytest.mark.parametrize("flags", [[], [flag(SCIENTIST, "false-authority")]])
def test_not_checked_names_the_page_to_check(flags):
    result = feedback(flags, [opened("source:varn-market", 3.0)])
    credit = result.flags[0]
    assert credit.text == "You could have checked: Anton Lisko."
    assert not credit.checked and credit.before_flagging is None
    assert result.flags[1].text == "You could have checked: Events in Varn this year."
    assert result.flags[1].quote is None  # the whole page


def test_only_red_flags_whose_key_names_a_check_get_a_credit():
    assert set(feedback([], []).flags) == {0, 1}


def test_a_page_opened_from_feedback_is_not_a_check_made_before_submitting():
    moves = [opened("source:anton-lisko", 90.0, via="feedback")]
    assert not feedback([], moves).flags[0].checked


def test_a_check_naming_a_page_the_pack_lacks_is_named_by_its_id():
    result = feedback([], [], library=Library(SUMMIT))
    assert result.flags[0].text == "You could have checked: anton-lisko."
    assert result.flags[0].kind == "" and result.flags[0].kind_name == ""


# -- passage notes ---------------------------------------------------------------------------


def test_a_note_checked_and_left_alone():
    credit = feedback([], [opened("source:varn-market", 4.0)]).notes[0]
    assert credit.text == "You checked Varn Old Market, which shows this passage is sound."
    assert credit.checked and credit.before_flagging is None


def test_a_note_checked_and_flagged_anyway():
    market = "sold in Varn's old market"
    moves = [opened("source:varn-market", 4.0), flagged(market, 9.0)]
    credit = feedback([flag(market, "unsupported-claim")], moves).notes[0]
    assert credit.text == (
        "You opened Varn Old Market, which shows this passage is sound, but flagged it anyway."
    )
    assert credit.before_flagging is True


def test_a_note_not_checked():
    assert feedback([], []).notes[0].text == "You could have checked: Varn Old Market."


# -- credible articles --------------------------------------------------------------------------


def test_credible_unflagged_after_checking_the_outlet_and_its_corrections_policy():
    result = feedback([], [opened("source:lakeside-courier", 6.0, seconds=20.0)], credible())
    assert result.summary == (
        "You checked the outlet (The Lakeside Courier) and its corrections policy,"
        " and rightly left it unflagged.",
        "You opened 1 page, for 20 s.",
    )


def test_credible_unflagged_after_checking_an_outlet_without_a_corrections_policy():
    result = feedback(
        [], [opened("source:varn-gazette", 6.0, seconds=0.2)], credible("Varn Gazette")
    )
    assert result.summary == (
        "You checked the outlet (Varn Gazette), and rightly left it unflagged.",
        "You opened 1 page.",
    )


def test_credible_unflagged_after_a_notes_check():
    minutes = "its minutes show"
    note = PassageNote(
        *span(minutes, CREDIBLE_TEXT),
        minutes,
        "The minutes are public.",
        check=CheckPointer("council-minutes"),
    )
    result = feedback(
        [], [opened("source:council-minutes", 6.0, seconds=0)], credible(notes=(note,))
    )
    assert result.summary[0] == (
        "You checked Varn council minutes, Tuesday, and rightly left the article unflagged."
    )
    assert result.notes[0].text == (
        "You checked Varn council minutes, Tuesday, which shows this passage is sound."
    )


def test_no_credit_for_a_credible_article_that_was_flagged_or_not_checked():
    moves = [
        opened("source:lakeside-courier", 6.0),
        flagged("every ten minutes", 9.0, CREDIBLE_TEXT),
    ]
    flags = [flag("every ten minutes", "misleading-number", CREDIBLE_TEXT)]
    assert feedback(flags, moves, credible()).summary == ("You opened 1 page, for 10 s.",)
    assert feedback([], [], credible()).summary == ()
    # Checking another outlet's page is not checking this one's.
    assert feedback([], [opened("source:varn-gazette", 1.0, 0)], credible()).summary == (
        "You opened 1 page.",
    )


# -- the summary of the moves ---------------------------------------------------------------------


def test_the_moves_are_summed_up_in_one_line():
    moves = [
        Move(SEARCHED, 2.0, query="lisko", results=1),
        opened("source:anton-lisko", 4.0, seconds=30.0),
        opened("source:varn-university", 34.0, seconds=20.0, via="link"),
        opened("source:anton-lisko", 54.0, seconds=10.0, via="back"),
        Move(SEARCHED, 64.0, query="herbal summit", results=0),
        opened("article:miracle-tea", 66.0, seconds=20.0, via="link"),
    ]
    result = feedback([], moves)
    assert result.summary == ("You ran 2 searches and opened 3 pages, for 1 min 20 s.",)
    assert result.moves == tuple(moves)
    assert feedback([], moves[:1]).summary == ("You ran 1 search.",)
    assert feedback([], [opened("source:anton-lisko", 1.0, 120.0)]).summary[-1] == (
        "You opened 1 page, for 2 min."
    )


def test_an_attempt_without_moves_has_no_summary():
    assert feedback([flag(SCIENTIST, "false-authority")], []).summary == ()


# -- through Practice.submit -----------------------------------------------------------------------


class SourcedPack(Library):
    """A pack that practice can open and that has sources (the Protocol, no SQLite)."""

    categories = list(DEFAULT_TAXONOMY)

    def __init__(self, *pages: SourcePage) -> None:
        super().__init__(*pages)
        self.meta = PackMeta("invented-web", "An invented web", "1.0", authors=("Test",))

    def category(self, category_id: str):
        return next((c for c in self.categories if c.id == category_id), None)

    def lessons(self):
        return []


class PlainPack(SourcedPack):
    """A pack practice can open but without the SourceLibrary (a class session's)."""

    sources = source = search = outlet_source = backlinks = None  # type: ignore[assignment]


def test_submitting_stores_the_moves_and_gives_the_credit(progress):
    practice = Practice(progress, progress.add_learner("Ana"))
    pack = SourcedPack(*WEB.pages.values())
    assert has_sources(pack)
    opened_article = practice.open_article(pack, article())
    moves = (opened("source:anton-lisko", 12.0), flagged(SCIENTIST, 40.0))
    submitted = practice.submit(
        Submission(opened_article, [flag(SCIENTIST, "false-authority")], 60, moves=moves)
    )
    assert submitted.investigation.flags[0].text == "You checked Anton Lisko before flagging it."
    assert progress.attempt_moves(submitted.attempt_id) == moves
    assert progress.attempts(practice.learner.id)[0].moves == moves


def test_a_pack_without_sources_gives_no_investigation_feedback(progress):
    practice = Practice(progress, progress.add_learner("Ana"))
    for pack in (PlainPack(), SourcedPack()):  # no library; a library without pages
        assert not has_sources(pack)
        opened_article = practice.open_article(pack, article())
        submitted = practice.submit(Submission(opened_article, [], 30))
        assert submitted.investigation is None


# -- on the real starter pack, built (its web: outlets, profiles, fact-checks) --------------------


def test_the_credit_on_the_built_starter_pack(practice):
    pack = practice.packs["starter"]
    assert has_sources(pack)
    opened_article = practice.open("starter", "miracle-tea")
    annotations = opened_article.article.annotations
    checked, unchecked = [k for k, a in enumerate(annotations) if a.check is not None][:2]
    key = annotations[checked]
    page = pack.source(key.check.source)
    moves = (
        Move(SEARCHED, 5.0, query=page.title, results=1),
        opened(f"source:{page.id}", 8.0, seconds=25.0),
        Move(FLAGGED, 40.0, start=key.start, end=key.end),
    )
    flags = [Flag(key.start, key.end, key.category)]
    submitted = practice.submit(Submission(opened_article, flags, 90, moves=moves))

    credits = submitted.investigation.flags
    assert credits[checked].text == f"You checked {page.title} before flagging it."
    start, end = credits[checked].quote
    assert " ".join(page.text[start:end].split()) == " ".join(key.check.quote.split())
    other = pack.source(annotations[unchecked].check.source)
    assert credits[unchecked].text == f"You could have checked: {other.title}."
    assert submitted.investigation.summary == ("You ran 1 search and opened 1 page, for 25 s.",)
    assert practice.progress.attempt_moves(submitted.attempt_id) == moves


def test_a_credible_starter_article_rightly_left_unflagged_after_checking_its_outlet(practice):
    pack = practice.packs["starter"]
    opened_article = practice.open("starter", "clinic-trial")
    assert not opened_article.article.annotations
    outlet = pack.outlet_source(opened_article.article.meta.outlet)
    moves = (opened(f"source:{outlet.id}", 12.0, seconds=40.0, via="link"),)
    submitted = practice.submit(Submission(opened_article, [], 100, moves=moves))
    first = submitted.investigation.summary[0]
    assert first.startswith(f"You checked the outlet ({outlet.title})")
    assert first.endswith(", and rightly left it unflagged.")
    policy = "correction" in pack.source(outlet.id).text.casefold()
    assert ("and its corrections policy" in first) == policy
