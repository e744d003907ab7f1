"""What a host accepts from students is bounded: connections that never join cannot
keep a class out, whether they come from one address or from many."""

from __future__ import annotations

import pytest
from tests.classroom.conftest import CODE
from tests.classroom.harness import Wire

from spotit.classroom import protocol
from spotit.classroom.session import MAX_CONNECTIONS, MAX_WAITING_PER_PEER


@pytest.fixture
def wire(session):
    return Wire(session)


def test_one_address_cannot_hold_every_connection_open(wire):
    waiting = [wire.connect("10.0.0.66") for _ in range(MAX_WAITING_PER_PEER)]
    assert not wire.closed
    extra = wire.connect("10.0.0.66")
    (error,) = wire.inbox[extra]
    assert error["code"] == "rate-limited" and error["fatal"] and extra in wire.closed
    # Another address, even a real student behind the same one once a slot frees, gets in.
    conn, _token = wire.join("Ana", peer="10.0.0.7")
    assert conn not in wire.closed
    wire.send(waiting[0], protocol.join_message(CODE, "Ben"))
    assert wire.last(waiting[0], "welcome")["name"] == "Ben"
    late = wire.connect("10.0.0.66")
    assert late not in wire.closed  # Ben joined: one address, one fewer waiting


def test_a_flood_of_connections_that_never_join_cannot_keep_a_student_out(wire, session):
    flood = [
        wire.connect(f"10.1.{n // 200}.{n % 200}")
        for n in range(MAX_CONNECTIONS)  # every slot, from many addresses
    ]
    assert not wire.closed
    conn, _token = wire.join("Ana", peer="10.0.0.7")  # the oldest waiting one made room
    assert conn not in wire.closed and [e.name for e in session.roster()] == ["Ana"]
    assert flood[0] in wire.closed
    assert wire.inbox[flood[0]][0]["code"] == "session-full"
    assert flood[1] not in wire.closed


def test_joined_students_are_never_pushed_out_by_newcomers(wire, session):
    joined = [wire.join(f"S{n}", peer=f"10.2.0.{n}")[0] for n in range(10)]
    for n in range(MAX_CONNECTIONS):
        wire.connect(f"10.3.{n // 200}.{n % 200}")
    assert not set(joined) & wire.closed
    assert all(e.connected for e in session.roster())


def test_a_whole_class_behind_one_address_connecting_at_once_all_get_in(wire, session):
    """60 students behind a school's NAT (or `class simulate`): all connect, then all join."""
    conns = [wire.connect("10.9.0.1") for _ in range(60)]
    assert not wire.closed
    for n, conn in enumerate(conns):
        wire.send(conn, protocol.join_message(CODE, f"Student {n}"))
    assert not wire.closed
    assert len(session.roster()) == 60
