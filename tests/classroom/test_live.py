"""What the instructor's live view says about the class, computed without Qt."""

from __future__ import annotations

import subprocess
import sys

import pytest
from tests.classroom.harness import Wire, flag_on

from spotit.classroom import protocol
from spotit.classroom.live import (
    HEAT_STEPS,
    answer_key_shown,
    class_counts,
    class_verdict,
    describe,
    heat_step,
    passage_rows,
    red_flag_rows,
    roster_rows,
)
from spotit.classroom.protocol import GoldTally
from spotit.classroom.session import HeatSegment, Phase, SessionEvent


@pytest.fixture
def wire(session):
    return Wire(session)


@pytest.mark.parametrize(
    ("tally", "verdict"),
    [
        (GoldTally(), "missed"),  # nobody worked on it
        (GoldTally(found=2, missed=2), "found"),  # half the class is enough
        (GoldTally(found=1, wrong_category=1, missed=2), "found-wrong-category"),
        (GoldTally(found=1, missed=3), "partly-found"),
        (GoldTally(partly=1, missed=5), "partly-found"),
        (GoldTally(missed=4), "missed"),
    ],
)
def test_the_class_verdict_is_what_most_students_managed(tally, verdict):
    assert class_verdict(tally) == verdict


def test_heat_steps_grow_with_the_share_of_the_class():
    steps = [heat_step(n, 8)[1] for n in (1, 3, 5, 8)]
    assert steps == list(range(len(HEAT_STEPS)))
    alphas = [heat_step(n, 8)[0] for n in range(9)]
    assert alphas == sorted(alphas) and alphas[0] == 50 and alphas[-1] == 200
    assert heat_step(0, 0) == (50, 0)  # an empty class draws nothing strong


def test_roster_and_counts_follow_the_students(session, wire):
    ana, _ = wire.join("Ana")
    ben, _ = wire.join("Ben", peer="10.0.0.6")
    wire.join("Cem", peer="10.0.0.7")
    text = session.articles[0].text
    wire.send(
        ana, protocol.submit_message("tea", [flag_on(text, "a leading doctor", "vague-source")], 5)
    )
    wire.send(
        ben,
        protocol.draft_message("tea", [flag_on(text, "90% of drinkers", "misleading-number")], 3),
    )
    session.close_connection(ben)
    rows = roster_rows(session.roster())
    assert [(r.name, r.status, r.flags, r.connected) for r in rows] == [
        ("Ana", "✓ submitted", 1, True),
        ("Ben", "✎ flagging (offline)", 1, False),
        ("Cem", "○ reading", 0, True),
    ]
    assert rows[0].score is None  # scores stay hidden until the reveal
    assert class_counts(session.roster()) == "3 joined · 2 connected · 1 submitted"


def test_passages_list_most_students_first_with_their_words():
    text = "Everyone knows  the dams\nare failing. Sources warn."
    segments = [
        HeatSegment(0, 8, 1),
        HeatSegment(8, 24, 2),  # touches the first: one passage, its highest count
        HeatSegment(38, 50, 3),
    ]
    rows = passage_rows(segments, text)
    assert [(r.count, r.words) for r in rows] == [
        (3, text[38:50]),
        (2, "Everyone knows the dams"),  # whitespace collapsed as the list shows it
    ]
    assert (rows[1].start, rows[1].end) == (0, 24)


def test_red_flag_rows_count_live_while_flagging_and_submissions_after_the_reveal(session, wire):
    ana, _ = wire.join("Ana")
    ben, _ = wire.join("Ben", peer="10.0.0.6")
    text = session.articles[0].text
    doctor = flag_on(text, "a leading doctor", "false-authority")
    wire.send(ana, protocol.submit_message("tea", [doctor], 5))
    wire.send(ben, protocol.draft_message("tea", [doctor], 3))
    rows = red_flag_rows(session)
    assert [r.quote for r in rows] == ["cures everything", "a leading doctor", "90% of drinkers"]
    assert rows[1].tally.found == 2 and rows[1].verdict == "found"  # Ben's draft counts live
    assert rows[1].category_name == "False authority" and rows[1].color
    assert rows[1].note == (
        "Red flag: False authority. Found by 2 of 2 (0 with another category, 0 partly)"
    )
    assert rows[0].verdict == "missed"
    wire.act(session.reveal())
    after = red_flag_rows(session)
    assert after[1].tally.found == 2  # Ben's draft was taken at the reveal


def test_the_answer_key_shows_only_when_asked_or_revealed():
    assert not answer_key_shown(Phase.FLAGGING, asked=False)
    assert answer_key_shown(Phase.FLAGGING, asked=True)
    assert answer_key_shown(Phase.REVEALED, asked=False)
    assert answer_key_shown(Phase.ENDED, asked=False)


def test_the_log_says_what_happened_in_one_line(session, wire):
    ana, _ = wire.join("Ana")
    wire.send(ana, protocol.submit_message("tea", [], 4))
    lines = [
        describe(SessionEvent("joined", "Ana", "1 in the class"), session),
        describe(SessionEvent("submitted", "Ana", "0 flags"), session),
        describe(SessionEvent("rejected", "", "wrong-code from 10.0.0.9"), session),
    ]
    assert lines == [
        "joined: Ana (1 in the class)",
        "submitted: Ana, article 1/3 (0 flags; 1 in)",
        "refused: wrong-code from 10.0.0.9",
    ]


def test_the_live_view_logic_loads_no_qt():
    code = (
        "import sys\n"
        "import spotit.classroom.live, spotit.classroom.gradebook\n"
        "bad = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "assert not bad, bad\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)
