"""Driving a ClassSession without sockets: connections are numbers, messages go through JSON."""

from __future__ import annotations

import json
from collections import defaultdict

from spotit.classroom import protocol
from spotit.classroom.session import ClassSession, Send
from spotit.core.model import Flag


class Wire:
    """Every message the session sent, per connection, decoded as a student would read it."""

    def __init__(self, session: ClassSession) -> None:
        self.session = session
        self.inbox: dict[int, list[dict]] = defaultdict(list)
        self.closed: set[int] = set()
        self._next = 1

    def deliver(self, sends: list[Send]) -> list[Send]:
        for send in sends:
            if send.message is not None:
                self.inbox[send.conn].append(json.loads(protocol.encode(send.message)))
            if send.close:
                self.closed.add(send.conn)
                self.session.close_connection(send.conn)
        return sends

    def connect(self, peer: str = "10.0.0.5") -> int:
        conn = self._next
        self._next += 1
        self.deliver(self.session.open_connection(conn, peer))
        return conn

    def send(self, conn: int, message: dict | str) -> list[dict]:
        """Send a message (a dict is encoded) and return what came back to this connection."""
        before = len(self.inbox[conn])
        raw = message if isinstance(message, str) else protocol.encode(message)
        self.deliver(self.session.receive(conn, raw))
        return self.inbox[conn][before:]

    def join(self, name: str, code: str = "ABC234", peer: str = "10.0.0.5") -> tuple[int, str]:
        conn = self.connect(peer)
        replies = self.send(conn, protocol.join_message(code, name))
        assert replies[0]["type"] == "welcome", replies
        return conn, replies[0]["token"]

    def act(self, sends: list[Send]) -> None:
        """An instructor action's messages."""
        self.deliver(sends)

    def last(self, conn: int, kind: str) -> dict:
        return next(m for m in reversed(self.inbox[conn]) if m["type"] == kind)


def flag_on(text: str, quote: str, category: str, note: str = "") -> Flag:
    start = text.index(quote)
    return Flag(start, start + len(quote), category, note)
