"""Look-alike student names against a loopback host: one name, one student, and the
instructor told when two names could be taken for each other."""

from __future__ import annotations

import io

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.classroom.conftest import CODE, LOOPBACK
from tests.classroom.test_network import until

from spotit.classroom import protocol
from spotit.classroom.headless import HeadlessHost
from spotit.classroom.live import roster_rows

JOSE = "Jos\u00e9"  # é as one character
JOSE_DECOMPOSED = "Jose\u0301"  # e + combining acute: drawn the same
CYRILLIC_ANA = "\u0410na"  # Cyrillic capital A, Latin n and a
HANGUL_FILLERS = ["\u3164", "\u115f", "\u1160", "\uffa0"]


def join(qtbot, pupils, name: str):
    pupil = pupils(reconnect=False)
    pupil.client.join(CODE, name)
    until(qtbot, lambda: pupil.offers or pupil.refusals)
    return pupil


def test_a_name_composed_and_decomposed_is_one_name(qtbot, host, session, pupils):
    first = join(qtbot, pupils, JOSE_DECOMPOSED)
    assert first.offers and first.client.name == JOSE  # stored (and shown) composed
    second = join(qtbot, pupils, JOSE)
    assert second.refusals == [("name-taken", f"someone in the class is already called {JOSE}")]
    assert [e.name for e in session.roster()] == [JOSE]


@pytest.mark.parametrize(
    "name, shown",
    [
        ("An\u200da", "U+200D ZERO WIDTH JOINER"),
        ("\u200d", "U+200D ZERO WIDTH JOINER"),
        ("Ana\u2060", "U+2060 WORD JOINER"),
        *[(filler, f"U+{ord(filler):04X}") for filler in HANGUL_FILLERS],
        *[(f"Ana{filler}", f"U+{ord(filler):04X}") for filler in HANGUL_FILLERS],
        ("\u034fAna", "U+034F COMBINING GRAPHEME JOINER"),
    ],
)
def test_invisible_characters_are_refused_with_the_reason(
    qtbot, host, session, pupils, name, shown
):
    pupil = join(qtbot, pupils, name)
    ((code, message),) = pupil.refusals
    assert code == "name-invalid"
    assert message.startswith("the name has an invisible character") and shown in message
    assert session.roster() == []


@pytest.mark.parametrize(
    "name",
    [
        "\ufe0f",  # a variation selector on its own
        "\u0301",  # a combining mark with nothing under it
        "\u0301Ana",
        "Ana \u0308Ben",
        "\U000e0100",
    ],
)
def test_marks_with_no_letter_before_them_are_refused(qtbot, host, session, pupils, name):
    pupil = join(qtbot, pupils, name)
    ((code, message),) = pupil.refusals
    assert code == "name-invalid" and "a mark with no letter before it" in message


def test_a_pile_of_marks_on_one_letter_is_refused(qtbot, host, pupils):
    pupil = join(qtbot, pupils, "Z" + "\u0301\u0300\u0308\u0303\u0304\u0306" + "oe")
    assert pupil.refusals[0][0] == "name-invalid" and "marks on one letter" in pupil.refusals[0][1]


def test_an_invisible_selector_cannot_make_a_second_ana(qtbot, host, session, pupils):
    assert join(qtbot, pupils, "Ana").offers
    copy = join(qtbot, pupils, "Ana\ufe0f")  # a selector after a letter draws nothing
    assert copy.refusals and copy.refusals[0][0] == "name-taken"


def test_ordinary_names_with_accents_and_emoji_still_join(qtbot, host, session, pupils):
    names = ["Zoë 👩\u200d🔬", "Nguyễn Thị", "Ana ❤\ufe0f", "Łukasz", "Jose", JOSE]
    for name in names:
        assert join(qtbot, pupils, name).offers, name
    assert [e.name for e in session.roster()] == names
    # José beside Jose: the accent shows, so they are not flagged as look-alikes.
    assert all(not e.looks_like for e in session.roster())


def lookalikes(session) -> dict[str, tuple[str, ...]]:
    return {e.name: e.looks_like for e in session.roster()}


@pytest.mark.parametrize(
    "first, second",
    [("Ana", CYRILLIC_ANA), ("Olive", "0live"), ("Bill", "BiII"), ("ANA", "\u0430na")],
)
def test_confusable_names_join_but_both_rows_are_flagged(
    qtbot, host, session, pupils, first, second
):
    assert join(qtbot, pupils, first).offers
    assert join(qtbot, pupils, second).offers  # may be a real namesake: let in, but flagged
    assert lookalikes(session) == {first: (second,), second: (first,)}
    rows = roster_rows(session.roster())
    assert [r.label.split(" (this one has")[0] for r in rows] == [
        f"{first}\n⚠ looks like: {second}",
        f"{second}\n⚠ looks like: {first}",
    ]


def test_different_names_are_not_flagged(qtbot, host, session, pupils):
    for name in ("Ana", "Anna", "Ann", "Jose", JOSE):
        assert join(qtbot, pupils, name).offers
    assert all(not e.looks_like for e in session.roster())


def test_the_instructor_can_tell_the_look_alikes_apart(qtbot, host, session, pupils):
    join(qtbot, pupils, "Ana")
    join(qtbot, pupils, CYRILLIC_ANA)
    rows = roster_rows(session.roster())
    # On the row itself: which one is not all Latin letters.
    assert rows[1].label == f"{CYRILLIC_ANA}\n⚠ looks like: Ana (this one has Cyrillic А)"
    assert rows[0].label == f"Ana\n⚠ looks like: {CYRILLIC_ANA}"
    assert "U+0410 CYRILLIC CAPITAL LETTER A" in rows[0].details
    assert rows[0].details.startswith(f"Ana looks like {CYRILLIC_ANA}: ask who is who.")


def test_the_headless_host_logs_a_look_alike(qtbot, session, pupils_on_headless):
    out, make = pupils_on_headless
    for name in ("Ana", CYRILLIC_ANA):
        pupil = make()
        pupil.client.join(CODE, name)
        until(qtbot, lambda pupil=pupil: pupil.offers)
    until(qtbot, lambda: "looks alike:" in out.getvalue())
    (line,) = [line for line in out.getvalue().splitlines() if line.startswith("looks alike:")]
    assert line == (
        f"looks alike: {CYRILLIC_ANA} looks like Ana "
        "(А U+0410 CYRILLIC CAPITAL LETTER A); ask who is who"
    )


@pytest.fixture
def pupils_on_headless(qtbot, session):
    from tests.classroom.conftest import Pupil

    out = io.StringIO()
    headless = HeadlessHost(session, None, None, auto=False, pause_seconds=0, out=out)
    headless.start(LOOPBACK, 0, announce=False, stdin=None)
    made = []

    def make():
        pupil = Pupil(headless.controller.port, reconnect=False)
        made.append(pupil)
        return pupil

    yield out, make
    for pupil in made:
        pupil.client.close()
    headless.controller.server.close()


def test_check_name_is_one_rule_for_the_dialog_and_the_host():
    # The join dialog asks the same function before it connects.
    assert protocol.check_name(JOSE_DECOMPOSED) == JOSE
    with pytest.raises(protocol.ProtocolError, match="invisible"):
        protocol.check_name("An\u200da")


def test_tabs_and_line_breaks_in_a_name_are_spaces():
    assert protocol.check_name("Ana\tMaria\n") == "Ana Maria"


@settings(max_examples=400, deadline=None)
@given(
    st.text(
        st.one_of(st.characters(), st.sampled_from(list("Aa e\u0301\u200d👩🔬\ufe0f\u3164\u0410"))),
        max_size=60,
    )
)
def test_a_name_the_host_stored_passes_the_students_check_unchanged(raw):
    # The host sends the stored name back in `welcome`; the student's app checks it again.
    try:
        name = protocol.check_name(raw)
    except protocol.ProtocolError as exc:
        assert exc.code == "name-invalid" and str(exc).startswith("the name ")
        return
    assert protocol.check_name(name) == name
    assert protocol.look_alike(name, name)
