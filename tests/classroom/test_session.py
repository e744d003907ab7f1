"""The session's rules, without sockets: what students and the instructor rely on."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from tests.classroom.conftest import CODE, FakeClock
from tests.classroom.harness import Wire, flag_on

from spotit.classroom import protocol
from spotit.classroom.session import (
    JOIN_TIMEOUT,
    LIMITED_RETRY_SECONDS,
    MESSAGE_BURST,
    SESSION_RETRY_SECONDS,
    SESSION_WRONG_CODE_LIMIT,
    WRONG_CODE_LIMIT,
    WRONG_CODE_WINDOW,
    ClassSession,
    HeatSegment,
    Phase,
    SessionStateError,
    session_for,
)


@pytest.fixture
def wire(session):
    return Wire(session)


def tea_flags(session):
    text = session.articles[0].text
    return [
        flag_on(text, "a leading doctor", "false-authority", "Who?"),
        flag_on(text, "90% of drinkers", "loaded-language"),
        flag_on(text, "40 euros a box", "misleading-number"),
    ]


# -- joining --------------------------------------------------------------------------


def test_joining_with_the_code_gives_a_token_the_pack_and_the_first_article(session, wire):
    conn = wire.connect()
    replies = wire.send(conn, protocol.join_message("abc-234", "  Ana   Lima "))
    welcome, article = replies
    assert welcome["type"] == "welcome" and welcome["name"] == "Ana Lima"
    assert len(welcome["token"]) >= 32
    assert welcome["pack"]["id"] == "class" and welcome["count"] == 3
    assert [c["id"] for c in welcome["categories"]] == [c.id for c in session.categories]
    assert article["type"] == "article" and article["index"] == 0
    assert article["phase"] == "flagging" and article["submitted"] is False
    assert article["article"]["text"] == session.articles[0].text
    assert article["draft"] is None and article["reveal"] is None
    assert [e.name for e in session.roster()] == ["Ana Lima"]


def test_the_article_sent_before_the_reveal_holds_no_answer(session, wire):
    conn, _ = wire.join("Ana")
    sent = wire.inbox[conn][-1]
    assert set(sent["article"]) == {
        "id",
        "headline",
        "byline",
        "outlet",
        "date",
        "difficulty",
        "text",
        "blocks",
    }
    raw = json.dumps(sent)
    for ann in session.articles[0].annotations:
        assert ann.explanation not in raw
    assert "misinformation" not in raw and "kind" not in sent


def test_a_wrong_code_is_refused_and_closes_the_connection(wire):
    conn = wire.connect()
    (error,) = wire.send(conn, protocol.join_message("ZZZ999", "Ana"))
    assert error["type"] == "error" and error["code"] == "wrong-code" and error["fatal"]
    assert conn in wire.closed


def test_wrong_codes_are_rate_limited_per_address_then_forgiven(session, wire, clock):
    for _ in range(WRONG_CODE_LIMIT):
        conn = wire.connect("10.0.0.66")
        assert wire.send(conn, protocol.join_message("ZZZ999", "Eve"))[0]["code"] == "wrong-code"
    # Even the right code is refused from that address now, so guessing gains nothing...
    conn = wire.connect("10.0.0.66")
    assert wire.send(conn, protocol.join_message(CODE, "Eve"))[0]["code"] == "rate-limited"
    # ...while another student's address is not affected.
    wire.join("Ana", peer="10.0.0.7")
    clock.advance(WRONG_CODE_WINDOW + 1)
    wire.join("Eve", peer="10.0.0.66")
    assert [e.name for e in session.roster()] == ["Ana", "Eve"]


def test_unknown_tokens_count_as_failures_too(wire):
    for _ in range(WRONG_CODE_LIMIT):
        conn = wire.connect("10.0.0.66")
        assert wire.send(conn, protocol.resume_message("guess"))[0]["code"] == "unknown-token"
    conn = wire.connect("10.0.0.66")
    assert wire.send(conn, protocol.resume_message("guess"))[0]["code"] == "rate-limited"


@pytest.mark.parametrize(
    "name, reason",
    [
        ("", "empty"),
        ("x" * 41, "longer than 40"),
        ("Ana\x07", "control characters"),
        ("Ana\u202egnp.exe", "text-direction"),
        ("An\u200ba", "invisible"),
        (42, "must be text"),
    ],
)
def test_unusable_names_are_refused_with_the_reason(wire, name, reason):
    conn = wire.connect()
    (error,) = wire.send(conn, {"type": "join", "v": 1, "code": CODE, "name": name})
    assert error["code"] == "name-invalid" and reason in error["message"]


def test_a_name_already_in_the_class_is_refused_whatever_its_case(wire):
    wire.join("Ana")
    conn = wire.connect()
    (error,) = wire.send(conn, protocol.join_message(CODE, "ANA"))
    assert error["code"] == "name-taken"


def test_messages_before_joining_get_an_error_and_change_nothing(session, wire):
    conn = wire.connect()
    (error,) = wire.send(conn, protocol.submit_message("tea", [], 3))
    assert error["code"] == "not-joined" and not error["fatal"]
    assert conn not in wire.closed and session.roster() == []


def test_a_connection_that_never_joins_is_closed_after_the_timeout(session, wire, clock):
    idle = wire.connect()
    clock.advance(JOIN_TIMEOUT / 2)
    joined, _ = wire.join("Ana")
    clock.advance(JOIN_TIMEOUT / 2 + 1)
    wire.act(session.expire())
    assert wire.inbox[idle][-1]["code"] == "join-timeout"
    assert idle in wire.closed and joined not in wire.closed


def test_a_flood_of_messages_gets_one_warning_a_second(wire):
    conn, _ = wire.join("Ana")
    replies = []
    for _ in range(int(MESSAGE_BURST) + 50):
        replies += wire.send(conn, protocol.draft_message("tea", [], 1))
    assert [r["code"] for r in replies] == ["too-fast"]


# -- drafts, reconnecting, submitting ------------------------------------------------------


def test_a_reconnecting_student_gets_their_draft_back_and_the_old_connection_is_dropped(
    session, wire
):
    conn, token = wire.join("Ana")
    flags = tea_flags(session)
    assert wire.send(conn, protocol.draft_message("tea", flags, 30)) == []
    again = wire.connect("10.0.0.9")
    welcome, article = wire.send(again, protocol.resume_message(token))
    assert welcome["name"] == "Ana" and welcome["token"] == token
    assert protocol.parse_flags(article["draft"]["flags"]) == tuple(flags)
    assert article["draft"]["seconds"] == 30
    assert wire.inbox[conn][-1]["code"] == "taken-over" and conn in wire.closed
    assert [(e.name, e.connected, e.state, e.flags) for e in session.roster()] == [
        ("Ana", True, "flagging", 3)
    ]


def test_disconnecting_keeps_the_student_and_their_draft(session, wire):
    conn, token = wire.join("Ana")
    wire.send(conn, protocol.draft_message("tea", tea_flags(session)[:1], 5))
    session.close_connection(conn)
    assert [(e.connected, e.flags) for e in session.roster()] == [(False, 1)]
    again = wire.connect()
    article = wire.send(again, protocol.resume_message(token))[1]
    assert len(article["draft"]["flags"]) == 1


def test_submitting_scores_on_the_host_and_a_resent_submission_is_acknowledged_again(
    session, wire, clock
):
    conn, _ = wire.join("Ana")
    clock.advance(42)
    flags = tea_flags(session)
    (receipt,) = wire.send(conn, protocol.submit_message("tea", flags, 7))
    assert receipt == {"type": "submitted", "v": 1, "article": "tea", "flags": 3}
    # Sent again after a reconnect, maybe with other flags: the first submission stands.
    assert wire.send(conn, protocol.submit_message("tea", flags[:1], 9)) == [receipt]
    (row,) = [r for r in session.results() if r.article_id == "tea"]
    assert row.status == "submitted" and row.flag_count == 3
    assert row.seconds_spent == 42  # measured by the host, not the 7 the client claimed
    assert session.roster()[0].state == "submitted"
    assert session.roster()[0].score is None  # not shown before the reveal


@pytest.mark.parametrize(
    "flag, message",
    [
        ({"start": 5, "end": 5000, "category": "vague-source"}, "outside the article"),
        ({"start": 0, "end": 5, "category": "no-such-category"}, "unknown category"),
        ({"start": 5, "end": 2, "category": "vague-source"}, "'end' must not be before 'start'"),
        ({"start": 5, "end": 5, "category": "vague-source"}, "[5, 5) is not a passage"),
        ({"start": 0, "end": 5, "category": "vague-source", "note": "x" * 501}, "note"),
        ({"start": 0, "end": 5, "category": "vague-source", "note": 7}, "'note' must be text"),
        ({"start": True, "end": 5, "category": "vague-source"}, "'start' must be a whole number"),
        ({"start": 0, "end": 5, "category": "Vague Source"}, "not a category id"),
        ("not an object", "a flag must be an object"),
    ],
)
def test_flags_that_do_not_fit_the_article_are_refused_with_the_reason(
    session, wire, flag, message
):
    conn, _ = wire.join("Ana")
    (error,) = wire.send(
        conn, {"type": "submit", "v": 1, "article": "tea", "flags": [flag], "seconds": 1}
    )
    assert error["code"] == "bad-flags" and message in error["message"] and not error["fatal"]
    assert session.submission_count() == 0


def test_a_submission_for_another_article_is_refused(session, wire):
    conn, _ = wire.join("Ana")
    (error,) = wire.send(conn, protocol.submit_message("storm", [], 1))
    assert error["code"] == "not-this-article"


# -- reveal, next, end -----------------------------------------------------------------------


def test_reveal_shows_each_student_their_own_result_and_class_counts_only(session, wire):
    ana, _ = wire.join("Ana")
    ben, _ = wire.join("Ben", peer="10.0.0.8")
    cleo, _ = wire.join("Cleo", peer="10.0.0.9")
    text = session.articles[0].text
    wire.send(ana, protocol.submit_message("tea", tea_flags(session), 1))
    # Ben only drafted: his draft is submitted for him at the reveal.
    wire.send(ben, protocol.draft_message("tea", [flag_on(text, "cures everything", "filler")], 1))
    wire.act(session.reveal())
    assert session.phase is Phase.REVEALED
    reveal_ana = wire.last(ana, "reveal")
    reveal_ben = wire.last(ben, "reveal")
    assert reveal_ana["yours"]["status"] == "submitted"
    assert reveal_ben["yours"]["status"] == "auto-submitted"
    assert reveal_ben["yours"]["flags"][0]["category"] == "filler"
    assert [a["quote"] for a in reveal_ana["annotations"]] == [
        "cures everything",
        "a leading doctor",
        "90% of drinkers",
    ]
    assert reveal_ana["class"]["students"] == 3  # Cleo saw the article: an empty submission
    assert reveal_ana["class"]["flags"] == [
        {"found": 0, "wrong_category": 1, "partly": 0, "missed": 2},  # Ben, wrong category
        {"found": 1, "wrong_category": 0, "partly": 0, "missed": 2},
        {"found": 0, "wrong_category": 1, "partly": 0, "missed": 2},
    ]
    for conn, own in ((ana, "Ana"), (ben, "Ben"), (cleo, "Cleo")):
        raw = json.dumps(wire.inbox[conn])
        assert own in raw
        assert not any(name in raw for name in {"Ana", "Ben", "Cleo"} - {own})
    # Cleo's empty draft was submitted for her: asking again gets the same receipt...
    assert wire.send(cleo, protocol.submit_message("tea", [], 1))[0]["type"] == "submitted"
    # ...while someone who joins after the reveal can no longer submit.
    dan, _ = wire.join("Dan")
    assert wire.send(dan, protocol.submit_message("tea", [], 1))[0]["code"] == "revealed"
    with pytest.raises(SessionStateError, match="already revealed"):
        session.reveal()


def test_next_needs_a_reveal_and_moves_everyone_on(session, wire):
    ana, _ = wire.join("Ana")
    with pytest.raises(SessionStateError, match="reveal"):
        session.next_article()
    wire.act(session.reveal())
    wire.act(session.next_article())
    article = wire.last(ana, "article")
    assert article["index"] == 1 and article["article"]["id"] == "council"
    assert article["phase"] == "flagging" and article["draft"] is None


def test_a_late_joiner_starts_at_the_current_article(session, wire):
    wire.join("Ana")
    wire.act(session.reveal())
    wire.act(session.next_article())
    conn, _ = wire.join("Ben")
    article = wire.last(conn, "article")
    assert article["index"] == 1 and article["article"]["id"] == "council"


def test_a_student_who_joins_after_the_reveal_sees_it_as_absent(session, wire):
    wire.join("Ana")
    wire.act(session.reveal())
    conn, _ = wire.join("Ben")
    article = wire.last(conn, "article")
    assert article["phase"] == "revealed"
    assert article["reveal"]["yours"] == {
        "status": "absent",
        "flags": [],
        "score": None,
        "hints_used": 0,
        "report": None,
    }
    rows = {r.student: r for r in session.results()}
    assert rows["Ben"].status == "absent" and rows["Ben"].score is None


def test_end_reveals_the_open_article_closes_everyone_and_keeps_the_results(session, wire):
    ana, _ = wire.join("Ana")
    ben, _ = wire.join("Ben")
    wire.send(ana, protocol.submit_message("tea", tea_flags(session), 1))
    wire.act(session.reveal())
    wire.act(session.next_article())
    wire.send(ana, protocol.submit_message("council", [], 1))
    wire.act(session.end())
    assert session.phase is Phase.ENDED
    assert wire.last(ana, "ended")["reason"] and {ana, ben} <= wire.closed
    assert wire.last(ben, "reveal")["article"] == "council"
    rows = [(r.student, r.article_id, r.status, r.score) for r in session.results()]
    assert rows == [
        ("Ana", "tea", "submitted", rows[0][3]),
        ("Ben", "tea", "auto-submitted", 0),
        ("Ana", "council", "submitted", 100),
        ("Ben", "council", "auto-submitted", 100),
    ]
    assert 0 < rows[0][3] < 100
    # Nobody can come back into an ended session.
    conn = wire.connect()
    assert wire.inbox[conn][-1]["code"] == "session-ended"
    with pytest.raises(SessionStateError):
        session.next_article()


def test_gold_tally_and_heat_follow_drafts_live(session, wire):
    ana, _ = wire.join("Ana")
    ben, _ = wire.join("Ben")
    text = session.articles[0].text
    doctor = flag_on(text, "a leading doctor", "false-authority")
    wider = flag_on(text, "According to a leading doctor", "vague-source")
    wire.send(
        ana, protocol.draft_message("tea", [doctor, wider], 1)
    )  # overlapping: Ana counts once
    wire.send(ben, protocol.draft_message("tea", [doctor], 1))
    segments, working = session.heat()
    assert working == 2
    assert segments == [
        HeatSegment(wider.start, doctor.start, 1),
        HeatSegment(doctor.start, doctor.end, 2),
    ]
    assert [t.found for t in session.gold_tally()] == [0, 2, 0]
    assert [t.found for t in session.gold_tally(live=False)] == [0, 0, 0]
    assert [e.state for e in session.roster()] == ["flagging", "flagging"]


def test_all_submitted_counts_connected_students_only(session, wire):
    ana, _ = wire.join("Ana")
    ben, _ = wire.join("Ben")
    assert not session.all_submitted()
    wire.send(ana, protocol.submit_message("tea", [], 1))
    assert not session.all_submitted()
    session.close_connection(ben)
    assert session.all_submitted()


def test_events_tell_the_instructor_what_happens(session, wire):
    events = []
    session.subscribe(events.append)
    ana, token = wire.join("Ana")
    wire.send(ana, protocol.submit_message("tea", [], 1))
    session.close_connection(ana)
    wire.send(wire.connect(), protocol.resume_message(token))
    wire.send(wire.connect(), protocol.join_message("WRONG1", "Eve"))
    assert [(e.kind, e.student) for e in events] == [
        ("joined", "Ana"),
        ("submitted", "Ana"),
        ("left", "Ana"),
        ("rejoined", "Ana"),
        ("rejected", ""),
    ]


# -- anything a peer can send ---------------------------------------------------------------

json_values = st.recursive(
    st.none() | st.booleans() | st.integers(-(10**12), 10**12) | st.text(max_size=20),
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4)
    ),
    max_leaves=12,
)


def _message_like():
    flag = st.fixed_dictionaries(
        {
            "start": st.integers(-5, 300),
            "end": st.integers(-5, 300),
            "category": st.sampled_from(["vague-source", "filler", "nope", ""]),
        }
    )
    return st.fixed_dictionaries(
        {
            "type": st.sampled_from(
                ["join", "resume", "draft", "submit", "leave", "cannot_show", "boom"]
            ),
            "v": st.sampled_from([1, 1, 1, 2, "1"]),
        },
        optional={
            "code": st.sampled_from([CODE, "abc234", "WRONG1", 7]),
            "name": st.text(max_size=45) | st.sampled_from(["Ana", "Ben"]),
            "token": st.text(max_size=10),
            "article": st.sampled_from(["tea", "council", "storm", "x"]),
            "flags": st.lists(flag, max_size=4) | json_values,
            "seconds": st.integers(-2, 10**6) | json_values,
            "reason": st.text(max_size=320) | json_values,
        },
    )


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.tuples(
            st.integers(0, 3),
            st.one_of(
                _message_like().map(protocol.encode),
                json_values.map(json.dumps),
                st.text(max_size=60),
                st.binary(max_size=20),
            ),
        ),
        max_size=30,
    )
)
def test_nothing_a_peer_sends_breaks_the_session_or_loses_a_submission(class_pack_path, script):
    from spotit.store.pack import open_pack

    with open_pack(class_pack_path) as pack:
        articles = [pack.article(i) for i in ("tea", "council", "storm")]
        session = ClassSession(pack.meta, pack.categories, articles, code=CODE, clock=FakeClock())
    wire = Wire(session)
    good, _ = wire.join("Good student", peer="10.1.1.1")
    flags = [flag_on(articles[0].text, "a leading doctor", "false-authority")]
    conns = [wire.connect(f"10.2.0.{n}") for n in range(4)]
    for n, (who, raw) in enumerate(script):
        for send in session.receive(conns[who], raw):
            assert send.message is None or send.message["type"] in {
                "welcome",
                "article",
                "submitted",
                "error",
            }
            wire.deliver([send])
        if n == len(script) // 2:
            wire.send(good, protocol.submit_message("tea", flags, 3))
    if not script:
        wire.send(good, protocol.submit_message("tea", flags, 3))
    rows = {r.student: r for r in session.results()}
    assert rows["Good student"].status == "submitted"
    assert rows["Good student"].flags == tuple(flags)
    for conn in conns:
        for message in wire.inbox[conn]:
            if message["type"] == "error":
                assert message["code"] in protocol.ERROR_CODES


def test_a_session_for_a_pack_takes_the_chosen_articles_in_order(class_pack):
    assert [a.meta.id for a in session_for(class_pack).articles] == ["tea", "council", "storm"]
    chosen = session_for(class_pack, ["storm", "tea"], code=CODE)
    assert [a.meta.id for a in chosen.articles] == ["storm", "tea"] and chosen.code == CODE
    with pytest.raises(ValueError, match="the pack has no article 'nope'"):
        session_for(class_pack, ["tea", "nope"])


def test_guesses_spread_over_many_addresses_are_limited_for_the_whole_session(session, wire, clock):
    # 40 addresses, five guesses each, all within half a second.
    answers = []
    for n in range(40):
        for _ in range(WRONG_CODE_LIMIT):
            conn = wire.connect(f"10.1.0.{n}")
            answers.append(wire.send(conn, protocol.join_message("ZZZ999", "Eve"))[0]["code"])
        clock.advance(0.5 / 40)
    # Only the session's allowance of codes was even tried; the rest waited.
    assert answers.count("wrong-code") <= SESSION_WRONG_CODE_LIMIT + 1
    assert answers.count("rate-limited") == len(answers) - answers.count("wrong-code")
    # A student arriving during the attack gets in once the session's pause has passed.
    clock.advance(SESSION_RETRY_SECONDS)
    wire.join("Ana", peer="10.2.0.1")
    assert [s.name for s in session.roster()] == ["Ana"]


def test_students_sharing_a_guessers_address_are_slowed_not_locked_out(session, wire, clock):
    for _ in range(WRONG_CODE_LIMIT):
        conn = wire.connect("10.0.0.66")
        wire.send(conn, protocol.join_message("ZZZ999", "Eve"))
    conn = wire.connect("10.0.0.66")
    assert wire.send(conn, protocol.join_message(CODE, "Bo"))[0]["code"] == "rate-limited"
    # Well inside the window, but a retry's pause later: the right code gets in.
    clock.advance(LIMITED_RETRY_SECONDS)
    wire.join("Bo", peer="10.0.0.66")
    assert [s.name for s in session.roster()] == ["Bo"]
    assert LIMITED_RETRY_SECONDS < WRONG_CODE_WINDOW


def test_a_lone_surrogate_in_a_code_is_a_counted_wrong_guess(session, wire):
    for attempt in range(WRONG_CODE_LIMIT + 1):
        conn = wire.connect("10.0.0.9")
        (answer,) = wire.send(conn, protocol.join_message("AB\ud800CD", "Eve"))
        assert answer["code"] == ("wrong-code" if attempt < WRONG_CODE_LIMIT else "rate-limited")


@pytest.mark.parametrize(
    ("change", "expected"),
    [
        ({"language": "x" * 60}, "'language' is longer than 35 characters"),
        ({"title": "t" * 20_001}, "'title'"),
    ],
)
def test_a_pack_students_could_not_join_is_refused_before_anyone_tries(
    class_pack, change, expected
):
    """A welcome the students' own parser refuses would turn every one of them away."""
    import dataclasses

    meta = dataclasses.replace(class_pack.meta, **change)
    articles = [class_pack.article("tea")]
    with pytest.raises(ValueError, match="students could not join a session of this pack") as err:
        ClassSession(meta, class_pack.categories, articles, code=CODE)
    assert expected in str(err.value)
    assert "\n" not in str(err.value)


def test_too_many_categories_for_a_class_are_refused_in_one_line(class_pack):
    import dataclasses

    many = [
        dataclasses.replace(class_pack.categories[0], id=f"c-{n}")
        for n in range(protocol.MAX_CATEGORIES + 1)
    ]
    with pytest.raises(ValueError, match="1 to 1000 categories"):
        ClassSession(class_pack.meta, many, [class_pack.article("tea")], code=CODE)
