"""Throwing malformed, oversized and out-of-order messages at a real host over loopback."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtWebSockets import QWebSocket
from tests.classroom.conftest import CODE, LOOPBACK
from tests.classroom.harness import flag_on
from tests.classroom.test_network import join_all, until
from tests.classroom.test_session import _message_like, json_values

from spotit.classroom import protocol
from spotit.classroom.session import WRONG_CODE_WINDOW

attacks = st.one_of(
    _message_like().map(protocol.encode),
    json_values.map(lambda v: json.dumps({"v": 1, "type": "submit", "flags": v})),
    json_values.map(json.dumps),
    st.text(max_size=80),
    st.binary(max_size=40),
    st.sampled_from(
        [protocol.MAX_CLIENT_MESSAGE_BYTES + 1, protocol.MAX_CLIENT_FRAME_BYTES + 1]
    ).map(lambda n: '{"v":1,"type":"join","name":"' + "x" * n + '"}'),
    st.just(protocol.encode(protocol.join_message(CODE, "Intruder"))),
)


class RawPeer:
    """A bare WebSocket: sends whatever it is given, records what comes back."""

    def __init__(self, port: int) -> None:
        self.sock = QWebSocket(protocol.ORIGIN)
        self.open = False
        self.closed = False
        self.replies: list[str] = []
        self.sock.connected.connect(lambda: setattr(self, "open", True))
        self.sock.disconnected.connect(lambda: setattr(self, "closed", True))
        self.sock.textMessageReceived.connect(self.replies.append)
        self.sock.open(f"ws://{LOOPBACK}:{port}")

    def send(self, message: str | bytes) -> None:
        if isinstance(message, bytes):
            self.sock.sendBinaryMessage(message)
        else:
            self.sock.sendTextMessage(message)


def test_the_host_stays_up_and_keeps_every_valid_submission(qtbot, host, session, pupils, clock):
    good = join_all(qtbot, pupils, ["Ana", "Ben", "Cleo"])
    text = good[0].text
    wanted = {
        "Ana": [flag_on(text, "a leading doctor", "false-authority", "Which doctor?")],
        "Ben": [flag_on(text, "cures everything", "sensational-headline")],
        "Cleo": [],
    }
    examples = []

    @settings(
        max_examples=40,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
        database=None,
    )
    @given(st.lists(attacks, min_size=1, max_size=6))
    def attack(script):
        examples.append(len(script))
        # The good students submit while the attack is under way.
        if len(examples) in (3, 10, 20):
            pupil = good[[3, 10, 20].index(len(examples))]
            pupil.client.submit("tea", wanted[pupil.client.name], 9)
        clock.advance(WRONG_CODE_WINDOW + 1)  # let each example try codes afresh
        peer = RawPeer(host.port)
        until(qtbot, lambda: peer.open or peer.closed)
        handled = len(host.handling_ms)
        for message in script:
            peer.send(message)
        until(qtbot, lambda: peer.closed or len(host.handling_ms) >= handled + len(script))
        for reply in peer.replies:
            data = json.loads(reply)
            assert data["type"] in {"welcome", "article", "submitted", "error"}
            if data["type"] == "error":
                assert data["code"] in protocol.ERROR_CODES
        peer.sock.abort()
        assert host.is_listening and host.faults == 0

    attack()
    assert len(examples) >= 20
    until(qtbot, lambda: all(pupil.receipts for pupil in good))
    results = {r.student: r for r in session.results()}
    for name, flags in wanted.items():
        assert results[name].status == "submitted"
        assert results[name].flags == tuple(flags)
    # Still serving: a newcomer joins and gets the article.
    clock.advance(WRONG_CODE_WINDOW + 1)
    (late,) = join_all(qtbot, pupils, ["Dana"])
    assert late.offers[-1].article.meta.id == "tea"
