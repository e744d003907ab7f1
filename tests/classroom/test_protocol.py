"""The wire format: what each side accepts, and that nothing from the network crashes a parser."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spotit.classroom import protocol
from spotit.core.model import Flag


def welcome_raw(pack) -> str:
    return protocol.encode(protocol.welcome_message("tok", "Ana", pack.meta, pack.categories, 3))


def context_after_welcome(pack) -> protocol.HostContext:
    context = protocol.HostContext()
    protocol.parse_host_message(welcome_raw(pack), context)
    return context


# -- student messages ---------------------------------------------------------------------


def test_every_student_message_round_trips():
    flags = [Flag(0, 5, "vague-source", "Why? ✓"), Flag(7, 9, "filler")]
    assert protocol.parse_client_message(
        protocol.encode(protocol.join_message("abc 234", "Ana"))
    ) == protocol.Join("ABC234", "Ana")
    assert protocol.parse_client_message(
        protocol.encode(protocol.resume_message("t0k"))
    ) == protocol.Resume("t0k")
    assert protocol.parse_client_message(
        protocol.encode(protocol.draft_message("tea", flags, 12))
    ) == protocol.DraftUpdate("tea", tuple(flags), 12)
    assert protocol.parse_client_message(
        protocol.encode(protocol.submit_message("tea", flags, 12))
    ) == protocol.Submit("tea", tuple(flags), 12)
    assert (
        protocol.parse_client_message(protocol.encode(protocol.leave_message())) == protocol.Leave()
    )


@pytest.mark.parametrize(
    "raw, code",
    [
        ("{", "bad-json"),
        ("[1, 2]", "bad-message"),
        ('{"type": "join", "v": 1, "code": "A", "name": NaN}', "bad-json"),
        ("[" * 150_000 + "]" * 150_000, "too-large"),
        ("[" * 50_000 + "]" * 50_000, "bad-json"),
        ('{"type": "join", "v": 2, "code": "A", "name": "Ana"}', "unsupported-version"),
        ('{"type": "join", "code": "A", "name": "Ana"}', "unsupported-version"),
        ('{"v": 1}', "bad-message"),
        ('{"type": "hack", "v": 1}', "bad-message"),
        ('{"type": "draft", "v": 1, "article": "tea", "flags": {}, "seconds": 1}', "bad-flags"),
        ('{"type": "draft", "v": 1, "article": "tea", "flags": [], "seconds": -1}', "bad-message"),
        ('{"type": "draft", "v": 1, "article": "tea", "flags": [], "seconds": 1.5}', "bad-message"),
        ('{"type": "resume", "v": 1, "token": "' + "x" * 101 + '"}', "bad-message"),
        (b"\x00binary", "binary-not-supported"),
    ],
)
def test_malformed_student_messages_get_the_right_error_code(raw, code):
    with pytest.raises(protocol.ProtocolError) as caught:
        protocol.parse_client_message(raw)
    assert caught.value.code == code
    assert "\n" not in str(caught.value)


def test_the_size_limit_counts_bytes_not_characters():
    # 'é' is two bytes in UTF-8: a message under the limit in characters can exceed it in bytes.
    name = "é" * (protocol.MAX_CLIENT_MESSAGE_BYTES // 2)
    with pytest.raises(protocol.ProtocolError) as caught:
        protocol.parse_client_message(protocol.encode(protocol.join_message("A", name)))
    assert caught.value.code == "too-large"


def test_too_many_flags_are_refused():
    flags = [Flag(0, 1, "filler")] * (protocol.MAX_FLAGS + 1)
    with pytest.raises(protocol.ProtocolError, match=f"more than {protocol.MAX_FLAGS}"):
        protocol.parse_client_message(protocol.encode(protocol.submit_message("tea", flags, 1)))


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(max_size=200), st.binary(max_size=50)))
def test_any_text_is_a_student_message_or_a_protocol_error(raw):
    try:
        protocol.parse_client_message(raw)
    except protocol.ProtocolError as exc:
        assert exc.code in protocol.ERROR_CODES


@settings(max_examples=300, deadline=None)
@given(
    st.dictionaries(
        st.sampled_from(
            ["type", "v", "code", "name", "token", "article", "flags", "seconds", "reason"]
        ),
        st.recursive(
            st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=10),
            lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=6), c, max_size=3),
            max_leaves=8,
        ),
    )
)
def test_any_json_object_is_a_student_message_or_a_protocol_error(data):
    data.setdefault("v", 1)
    try:
        raw = json.dumps(data)
    except ValueError:
        return
    try:
        protocol.parse_client_message(raw)
    except protocol.ProtocolError as exc:
        assert exc.code in protocol.ERROR_CODES


# -- host messages ------------------------------------------------------------------------


def test_a_welcome_and_an_article_round_trip_without_the_answer_key(class_pack):
    context = protocol.HostContext()
    welcome = protocol.parse_host_message(welcome_raw(class_pack), context)
    assert welcome.token == "tok" and welcome.count == 3
    assert welcome.pack.meta.title == class_pack.meta.title
    assert welcome.pack.categories == class_pack.categories
    article = class_pack.article("tea")
    draft = (Flag(14, 30, "filler"),)
    raw = protocol.encode(
        protocol.article_message(0, 3, article, "flagging", draft, 9, False, None)
    )
    offer = protocol.parse_host_message(raw, context)
    assert offer.article.text == article.text and offer.article.blocks == article.blocks
    assert offer.article.text_hash == article.text_hash
    assert offer.article.annotations == []
    assert offer.draft == draft and offer.draft_seconds == 9 and not offer.submitted


def test_a_reveal_round_trips_with_the_answer_key(class_pack):
    context = context_after_welcome(class_pack)
    article = class_pack.article("tea")
    protocol.parse_host_message(
        protocol.encode(protocol.article_message(0, 3, article, "flagging", None, 0, False, None)),
        context,
    )
    tallies = [protocol.GoldTally(1, 0, 0, 1)] * 3
    raw = protocol.encode(
        protocol.reveal_payload(article, "submitted", [Flag(14, 30, "filler")], 40, 2, tallies)
    )
    reveal = protocol.parse_host_message(raw, context)
    assert [(a.start, a.end, a.category) for a in reveal.annotations] == [
        (a.start, a.end, a.category) for a in article.annotations
    ]
    assert reveal.kind == "misinformation" and reveal.score == 40
    assert reveal.tallies == tallies and reveal.students == 2


def _article_json(class_pack, **changes) -> str:
    data = protocol.article_message(
        0, 3, class_pack.article("tea"), "flagging", None, 0, False, None
    )
    data["article"].update(changes)
    return protocol.encode(data)


@pytest.mark.parametrize(
    "changes, message",
    [
        ({"text": "Something else"}, "does not match its blocks"),
        ({"id": "../etc"}, "not valid"),
        ({"difficulty": 9}, "between 1 and 3"),
        (
            {
                "blocks": [{"kind": "paragraph", "runs": [{"text": "x", "link": "file:///etc"}]}],
                "text": "x",
            },
            "not allowed",
        ),
    ],
)
def test_a_host_article_that_does_not_hold_together_is_refused(class_pack, changes, message):
    context = context_after_welcome(class_pack)
    with pytest.raises(protocol.ProtocolError, match=message):
        protocol.parse_host_message(_article_json(class_pack, **changes), context)


def test_an_article_before_the_welcome_is_refused(class_pack):
    with pytest.raises(protocol.ProtocolError, match="before the welcome"):
        protocol.parse_host_message(_article_json(class_pack), protocol.HostContext())


def test_a_reveal_whose_quotes_do_not_match_the_text_is_refused(class_pack):
    context = context_after_welcome(class_pack)
    protocol.parse_host_message(_article_json(class_pack), context)
    data = protocol.reveal_payload(
        class_pack.article("tea"), "submitted", [], 10, 1, [protocol.GoldTally()] * 3
    )
    data["annotations"][0]["start"] += 1
    with pytest.raises(protocol.ProtocolError, match="do not match its quote"):
        protocol.parse_host_message(protocol.encode(data), context)
    data["annotations"][0]["start"] = 10**7
    with pytest.raises(protocol.ProtocolError, match="between"):
        protocol.parse_host_message(protocol.encode(data), context)


def test_markup_in_a_hosts_category_texts_is_defused(class_pack):
    data = protocol.welcome_message("tok", "Ana", class_pack.meta, class_pack.categories, 1)
    data["categories"][0]["how_to_check"] = "<img src='file:///x'>Look"
    welcome = protocol.parse_host_message(protocol.encode(data), protocol.HostContext())
    assert welcome.pack.categories[0].how_to_check == "‹img src='file:///x'›Look"


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("id", "Not An Id", "category 1: id must be lower-case letters, digits and dashes"),
        ("color", "red", "category 1: colour must look like #rrggbb, not 'red'"),
        ("color", "", "category 1: colour must look like #rrggbb, not ''"),
    ],
)
def test_a_hosts_category_with_a_bad_id_or_colour_is_refused_in_one_line(
    class_pack, field, value, message
):
    data = protocol.welcome_message("tok", "Ana", class_pack.meta, class_pack.categories, 1)
    data["categories"][0][field] = value
    with pytest.raises(protocol.ProtocolError) as caught:
        protocol.parse_host_message(protocol.encode(data), protocol.HostContext())
    assert caught.value.code == "bad-message"
    assert str(caught.value).startswith(message) and "\n" not in str(caught.value)


def test_flags_travel_in_the_flag_codecs_form():
    flags = [Flag(0, 5, "vague-source", "Why?"), Flag(7, 9, "filler")]
    wire = protocol.draft_message("tea", flags, 3)["flags"]
    assert wire == [f.as_json() for f in flags]
    assert wire[1] == {"start": 7, "end": 9, "category": "filler"}  # no empty note on the wire
    assert protocol.parse_flags(wire) == tuple(Flag.from_json(item) for item in wire)


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=200))
def test_any_text_is_a_host_message_or_a_protocol_error(raw):
    try:
        protocol.parse_host_message(
            raw, protocol.HostContext(categories={"filler"}, texts={"a": "abc"})
        )
    except protocol.ProtocolError as exc:
        assert exc.code in protocol.ERROR_CODES


# -- codes, names, discovery ------------------------------------------------------------------


def test_join_codes_use_only_unambiguous_characters():
    codes = {protocol.new_join_code() for _ in range(200)}
    assert len(codes) > 190
    for code in codes:
        assert len(code) == protocol.CODE_LENGTH and set(code) <= set(protocol.CODE_ALPHABET)
    assert not set("0O1IL") & set(protocol.CODE_ALPHABET)
    assert protocol.format_code("ABC234") == "ABC 234"
    assert protocol.normalise_code(" abc-234 ") == "ABC234"


def test_announcements_carry_the_port_and_title_but_never_the_code():
    datagram = protocol.announcement(47470, "Class pack")
    assert protocol.parse_announcement(datagram) == (47470, "Class pack")
    assert b"code" not in datagram


@pytest.mark.parametrize(
    "datagram",
    [
        b"",
        b"hello",
        b'{"spotit-class": 2, "port": 1}',
        b'{"spotit-class": 1, "port": 0}',
        b'{"spotit-class": 1, "port": true}',
        b'{"spotit-class": 1, "port": 80, "title": 5}',
        b"\xff\xfe",
        b'{"spotit-class": 1, "port": 80, "title": "' + b"x" * 600 + b'"}',
    ],
)
def test_anything_else_on_the_discovery_port_is_ignored(datagram):
    assert protocol.parse_announcement(datagram) is None


def test_announced_titles_lose_control_characters():
    raw = json.dumps({"spotit-class": 1, "port": 80, "title": "Class\x1b[31m\u202e"}).encode()
    assert protocol.parse_announcement(raw) == (80, "Class[31m")


def test_names_with_emoji_sequences_are_kept():
    assert protocol.check_name("  Zoë  👩\u200d🔬 ") == "Zoë 👩\u200d🔬"
