"""Investigation moves (spotit.practice.investigation): the pane's history and its timing.

What a learner relies on: Back and Forward go where a browser's would, each page shown is
timed until the next one (or the pane closing), and a resumed article goes on with the
moves and the history it had.
"""

from __future__ import annotations

import pytest

from spotit.core.sources import FLAGGED, OPENED, SEARCHED, Move
from spotit.practice.investigation import Investigation


class Seconds:
    """The reader's timer: seconds since the article was opened, moved by hand."""

    def __init__(self, now: float = 0.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now

    def wait(self, seconds: float) -> None:
        self.now += seconds


LISKO, VARN, TEA = "source:anton-lisko", "source:varn-university", "article:miracle-tea"


@pytest.fixture
def clock() -> Seconds:
    return Seconds()


def opened(moves) -> list[tuple[str, str, float]]:
    return [(m.target, m.via, m.seconds) for m in moves if m.kind == OPENED]


def test_back_and_forward_move_in_the_history_like_a_browser(clock):
    pane = Investigation(clock)
    assert pane.current is None and not pane.can_back and not pane.can_forward
    assert pane.back() is None and pane.forward() is None
    pane.opened(LISKO, "search")
    pane.opened(VARN, "link")
    pane.opened(TEA, "link")
    assert pane.current == TEA and pane.can_back and not pane.can_forward

    assert pane.back() == VARN
    assert pane.back() == LISKO
    assert pane.back() is None and pane.current == LISKO
    assert pane.forward() == VARN and pane.current == VARN and pane.can_forward

    # Opening a page from the middle drops the pages ahead, as a browser does.
    pane.opened("source:fc-miracle-tea", "link")
    assert not pane.can_forward
    assert pane.back() == VARN and pane.back() == LISKO and pane.back() is None

    vias = [via for _, via, _ in opened(pane.moves())]
    assert vias == ["search", "link", "link", "back", "back", "forward", "link", "back", "back"]


def test_opening_the_page_shown_again_adds_no_history_entry(clock):
    pane = Investigation(clock)
    pane.opened(LISKO, "search")
    pane.opened(LISKO, "selection")
    assert not pane.can_back
    assert len(opened(pane.moves())) == 2


def test_each_page_is_timed_until_the_next_one_or_the_pane_closing(clock):
    pane = Investigation(clock)
    clock.wait(10)
    pane.searched("Anton Lisko", 2)
    clock.wait(2)
    pane.opened(LISKO, "search")
    clock.wait(30)
    pane.opened(VARN, "link")
    clock.wait(5)
    # The page being shown counts its seconds up to now, without being stopped.
    assert opened(pane.moves())[-1] == (VARN, "link", 5.0)
    clock.wait(7)
    pane.closed()
    clock.wait(100)  # the pane is hidden: nothing is being read
    assert opened(pane.moves()) == [(LISKO, "search", 30.0), (VARN, "link", 12.0)]
    assert [m.at for m in pane.moves()] == [10.0, 12.0, 42.0]
    assert pane.moves()[0] == Move(SEARCHED, 10.0, query="Anton Lisko", results=2)
    assert pane.current == VARN and not pane.showing


def test_back_is_timed_as_a_page_of_its_own(clock):
    pane = Investigation(clock)
    pane.opened(LISKO, "search")
    clock.wait(20)
    pane.opened(VARN, "link")
    clock.wait(4)
    pane.back()
    clock.wait(6)
    pane.closed()
    assert opened(pane.moves()) == [
        (LISKO, "search", 20.0),
        (VARN, "link", 4.0),
        (LISKO, "back", 6.0),
    ]


def test_flags_are_recorded_with_their_time_and_span(clock):
    pane = Investigation(clock)
    clock.wait(3)
    pane.opened(LISKO, "selection")
    clock.wait(40)
    pane.flagged(120, 151)
    assert pane.moves()[-1] == Move(FLAGGED, 43.0, start=120, end=151)
    # Flagging does not stop the page's timing: the learner may still be reading it.
    clock.wait(5)
    assert opened(pane.moves()) == [(LISKO, "selection", 45.0)]


@pytest.mark.parametrize(
    "target, via",
    [("https://example.com/lisko", "link"), ("source:", "link"), (LISKO, "teleport")],
)
def test_an_address_outside_the_pack_or_an_unknown_way_is_refused(clock, target, via):
    pane = Investigation(clock)
    with pytest.raises(ValueError):
        pane.opened(target, via)
    assert pane.moves() == () and pane.current is None


def test_a_long_query_is_kept_short_enough_to_read_back(clock):
    pane = Investigation(clock)
    pane.searched("tea " * 600, 0)
    (move,) = pane.moves()
    assert Move.from_json(move.as_json()) == move and len(move.query) == 1000


def test_a_resumed_draft_goes_on_with_its_moves_and_history(clock):
    clock.now = 50.0
    first = Investigation(clock)
    first.searched("lisko", 1)
    first.opened(LISKO, "search")
    clock.wait(15)
    first.opened(VARN, "link")
    clock.wait(5)
    first.back()
    clock.wait(3)
    first.flagged(10, 20)
    saved = [Move.from_json(m.as_json()) for m in first.moves()]  # as the draft keeps them

    # The article reopens later: the reader's timer goes on from the draft's time.
    clock.now = 80.0
    again = Investigation(clock, saved)
    assert again.moves() == tuple(saved)
    assert again.current == LISKO and not again.showing
    assert not again.can_back and again.can_forward
    assert again.forward() == VARN
    clock.wait(9)
    again.closed()
    assert opened(again.moves())[-1] == (VARN, "forward", 9.0)
    assert again.moves()[: len(saved)] == tuple(saved)


def test_moves_stay_in_order_when_the_clock_starts_again_from_zero(clock):
    clock.now = 300.0
    first = Investigation(clock)
    first.opened(LISKO, "search")
    clock.wait(10)
    first.closed()
    clock.now = 0.0  # a reader that restarted its timer
    again = Investigation(clock, first.moves())
    clock.wait(4)
    again.opened(VARN, "address")
    clock.wait(6)
    again.closed()
    ats = [m.at for m in again.moves()]
    assert ats == sorted(ats)
    assert opened(again.moves())[-1] == (VARN, "address", 6.0)


def test_a_page_shown_again_when_the_pane_reopens_goes_on_being_timed(clock):
    investigation = Investigation(clock)
    investigation.opened(LISKO, "search")
    clock.wait(10)
    investigation.closed()
    clock.wait(100)  # the pane is hidden: reading the article is not reading the page
    investigation.reopened()
    clock.wait(5)
    assert opened(investigation.moves()) == [(LISKO, "search", 15.0)]
    investigation.closed()
    investigation.reopened()
    investigation.reopened()  # twice is once
    clock.wait(1)
    assert opened(investigation.moves()) == [(LISKO, "search", 16.0)]


def test_reopening_a_pane_that_showed_nothing_records_nothing(clock):
    investigation = Investigation(clock)
    investigation.reopened()
    clock.wait(3)
    assert investigation.moves() == ()
