"""A student's app that meets an article it will not draw stays in the class, says why,
and tells the host, which shows it against that student."""

from __future__ import annotations

import dataclasses
import io
import json

import pytest
from tests.classroom.conftest import CODE, LOOPBACK, Pupil, serving, with_long_answer
from tests.classroom.harness import Wire
from tests.classroom.test_network import until

from spotit.classroom import protocol
from spotit.classroom.headless import HeadlessHost
from spotit.classroom.live import roster_rows
from spotit.classroom.session import ClassSession, Phase


def with_link(article, link: str):
    """The article with its first run turned into a link (as a pack's sanitiser let through)."""
    first = article.blocks[0]
    run = dataclasses.replace(first.runs[0], link=link)
    blocks = [dataclasses.replace(first, runs=(run, *first.runs[1:])), *article.blocks[1:]]
    return dataclasses.replace(article, blocks=blocks)


def with_text_off_its_blocks(article):
    return dataclasses.replace(article, text=article.text + " (edited)")


#: Content the student's client refuses today (client-side checks in protocol._parse_article).
HOSTILE = {
    "relative link": (lambda a: with_link(a, "#notes"), "article link '#notes' not allowed"),
    "site-relative link": (lambda a: with_link(a, "/about"), "article link '/about' not allowed"),
    "file link": (lambda a: with_link(a, "file:///etc/passwd"), "not allowed"),
    "text off its blocks": (with_text_off_its_blocks, "article text does not match its blocks"),
}


@pytest.fixture(params=sorted(HOSTILE))
def hostile(request):
    return HOSTILE[request.param]


@pytest.fixture
def bad_session(class_pack, clock, hostile):
    """tea (hostile), then council (fine)."""
    make, _reason = hostile
    articles = [make(class_pack.article("tea")), class_pack.article("council")]
    return ClassSession(class_pack.meta, class_pack.categories, articles, code=CODE, clock=clock)


@pytest.fixture
def bad_host(qtbot, bad_session):
    with serving(bad_session) as server:
        yield server


def test_a_student_stays_in_the_class_and_the_host_is_told(qtbot, bad_host, bad_session, hostile):
    _make, reason = hostile
    ana, ben = Pupil(bad_host.port, reconnect=False), Pupil(bad_host.port, reconnect=False)
    unshown = []
    ana.client.cannot_show.connect(lambda *args: unshown.append(args))
    try:
        ana.client.join(CODE, "Ana")
        ben.client.join(CODE, "Ben")
        until(qtbot, lambda: unshown and bad_session.roster()[0].state == "cannot-show")
        # Still in: connected, no refusal, and the host has the reason against Ana.
        assert ana.client.state == "connected" and ana.client.ready and not ana.refusals
        ((article, index, count, said),) = unshown
        assert (article, index, count) == ("tea", 0, 2) and reason in said
        entry = bad_session.roster()[0]
        assert entry.connected and entry.state == "cannot-show" and reason in entry.problem
        (row, _ben) = roster_rows(bad_session.roster())
        assert row.status.startswith("⚠ cannot show it\n") and said[:30] in row.status

        # The reveal of that article is nothing for Ana to show; it does not break her out.
        bad_host.apply(bad_session.reveal())
        until(qtbot, lambda: ben.refusals or any('"reveal"' in raw for raw in ben.raw))
        assert bad_session.results()[0].status == "absent"  # not a score of 0
        # The next article reaches her as usual, and she can submit it.
        bad_host.apply(bad_session.next_article())
        until(qtbot, lambda: ana.offers)
        assert ana.offers[-1].article.meta.id == "council" and ana.client.unshown == ""
        ana.client.submit("council", [], 12)
        until(qtbot, lambda: ana.receipts)
        assert bad_session.roster()[0].state == "submitted" and not ana.refusals
    finally:
        ana.client.close()
        ben.client.close()


def test_the_host_does_not_wait_for_a_student_who_cannot_see_the_article(
    qtbot, bad_host, bad_session
):
    ana = Pupil(bad_host.port, reconnect=False)
    try:
        ana.client.join(CODE, "Ana")
        until(qtbot, lambda: bad_session.roster() and bad_session.roster()[0].problem)
        assert bad_session.all_submitted()  # automatic pacing may reveal
    finally:
        ana.client.close()


def test_the_headless_host_logs_the_report(qtbot, bad_session):
    out = io.StringIO()
    headless = HeadlessHost(bad_session, None, None, auto=False, pause_seconds=0, out=out)
    headless.start(LOOPBACK, 0, announce=False, stdin=None)
    ana = Pupil(headless.controller.port, reconnect=False)
    try:
        ana.client.join(CODE, "Ana")
        until(qtbot, lambda: "cannot show:" in out.getvalue())
        (line,) = [x for x in out.getvalue().splitlines() if x.startswith("cannot show:")]
        assert line.startswith("cannot show: Ana, article 1/2 (")
    finally:
        ana.client.close()
        headless.controller.server.close()


# -- the message, as the host checks it ----------------------------------------------------------


def test_a_cannot_show_report_is_validated_like_every_message(session):
    wire = Wire(session)
    conn, _token = wire.join("Ana")
    base = {"type": "cannot_show", "v": 1, "article": "tea"}
    for bad, words in [
        ({**base}, "'reason' must be text"),
        ({**base, "reason": 5}, "'reason' must be text"),
        ({**base, "reason": "x" * (protocol.MAX_REASON_CHARS + 1)}, "longer than 300"),
        ({**base, "reason": "\u202e\x1b\u200b \t"}, "'reason' is empty"),
        ({**base, "article": "x" * 65, "reason": "r"}, "longer than 64"),
    ]:
        (error,) = wire.send(conn, bad)
        assert error["code"] == "bad-message" and words in error["message"], bad
        assert not error["fatal"]
    (error,) = wire.send(conn, {**base, "article": "nope", "reason": "r"})
    assert error["code"] == "not-this-article"
    assert session.roster()[0].state == "reading"  # none of them counted


def test_a_report_is_one_printable_line_on_the_host(session):
    wire = Wire(session)
    conn, _token = wire.join("Ana")
    events = []
    session.subscribe(events.append)
    report = {"type": "cannot_show", "v": 1, "article": "tea", "reason": "bad\x1b[31m\nlink\u202e"}
    assert wire.send(conn, report) == []
    assert session.roster()[0].problem == "bad [31m link"
    assert wire.send(conn, report) == []  # said again (after a reconnection): one event
    assert [e.kind for e in events] == ["cannot-show"]
    assert conn not in wire.closed


def test_a_report_on_an_article_the_class_left_is_ignored(session):
    wire = Wire(session)
    conn, _token = wire.join("Ana")
    wire.act(session.reveal())
    wire.act(session.next_article())
    late = {"type": "cannot_show", "v": 1, "article": "tea", "reason": "late"}
    assert wire.send(conn, late) == []
    assert session.roster()[0].problem == "" and session.phase is Phase.FLAGGING


def test_the_client_builds_a_report_the_host_accepts():
    raw = protocol.encode(protocol.cannot_show_message("tea", "x\n" * 400))
    message = protocol.parse_client_message(raw)
    assert isinstance(message, protocol.CannotShow)
    assert message.article == "tea" and len(message.reason) <= protocol.MAX_REASON_CHARS


def test_an_article_message_that_is_itself_broken_still_ends_the_connection():
    # Only the article's content is reported; a broken message is a broken host.
    context = protocol.HostContext(categories={"x"})
    bad = {"type": "article", "v": 1, "index": 5, "count": 2, "phase": "flagging"}
    with pytest.raises(protocol.ProtocolError) as caught:
        protocol.parse_host_message(json.dumps(bad), context)
    assert not isinstance(caught.value, protocol.UnshowableArticle)


# -- answers the student's app cannot show -----------------------------------------------------


@pytest.fixture
def long_answer_session(class_pack, clock):
    """tea, whose first red flag's explanation is longer than a student's app accepts."""
    articles = [with_long_answer(class_pack.article("tea")), class_pack.article("council")]
    return ClassSession(class_pack.meta, class_pack.categories, articles, code=CODE, clock=clock)


@pytest.fixture
def long_answer_host(qtbot, long_answer_session):
    with serving(long_answer_session) as server:
        yield server


def test_answers_that_cannot_be_shown_are_reported_and_the_class_goes_on(
    qtbot, long_answer_host, long_answer_session
):
    session, host = long_answer_session, long_answer_host
    ana = Pupil(host.port, reconnect=False)
    missing = []
    ana.client.answers_not_shown.connect(lambda *args: missing.append(args))
    try:
        ana.client.join(CODE, "Ana")
        until(qtbot, lambda: ana.offers)
        ana.client.submit("tea", [], 5)
        until(qtbot, lambda: ana.receipts)
        host.apply(session.reveal())
        until(qtbot, lambda: missing)
        ((article, reason),) = missing
        assert article == "tea" and "longer than 20000 characters" in reason
        assert ana.client.state == "connected" and not ana.refusals and not ana.reveals
        until(qtbot, lambda: session.roster()[0].problem)
        assert session.roster()[0].problem.startswith("its answers: ")
        assert session.roster()[0].state == "submitted"  # the result stands
        host.apply(session.next_article())
        until(qtbot, lambda: len(ana.offers) == 2)
        assert ana.offers[-1].article.meta.id == "council" and not ana.refusals
    finally:
        ana.client.close()


def test_a_student_arriving_after_the_reveal_still_gets_the_article(
    qtbot, long_answer_host, long_answer_session
):
    session, host = long_answer_session, long_answer_host
    ben = Pupil(host.port, reconnect=False)
    missing = []
    ben.client.answers_not_shown.connect(lambda *args: missing.append(args))
    host.apply(session.reveal())
    try:
        ben.client.join(CODE, "Ben")  # the article comes with its reveal inside
        until(qtbot, lambda: missing)
        assert ben.offers and ben.offers[-1].article.meta.id == "tea"
        assert ben.offers[-1].reveal is None and ben.client.state == "connected"
    finally:
        ben.client.close()
