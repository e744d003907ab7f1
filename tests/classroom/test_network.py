"""Host and students over real WebSockets on loopback: a class as it happens."""

from __future__ import annotations

import csv
import io

from PySide6.QtWebSockets import QWebSocket
from tests.classroom.conftest import CODE, LOOPBACK, Pupil
from tests.classroom.harness import flag_on

from spotit.classroom import protocol
from spotit.classroom.gradebook import write_gradebook
from spotit.classroom.session import Phase

WAIT = 5000


def until(qtbot, condition) -> None:
    """Run the event loop until ``condition()`` is truthy (pytest-qt wants a real bool)."""
    qtbot.waitUntil(lambda: bool(condition()), timeout=WAIT)


def join_all(qtbot, pupils, names):
    students = []
    for name in names:
        pupil = pupils()
        pupil.client.join(CODE, name)
        students.append(pupil)
    until(qtbot, lambda: all(s.offers for s in students))
    return students


def test_a_full_session_with_several_students(qtbot, host, session, pupils, tmp_path):
    ana, ben, cleo, dev = join_all(qtbot, pupils, ["Ana", "Ben", "Cleo", "Dev"])
    assert [s.offers[-1].article.meta.id for s in (ana, ben, cleo, dev)] == ["tea"] * 4
    text = ana.text

    # They flag as they go (drafts), then submit; Dev never submits.
    right = [
        flag_on(text, "cures everything", "sensational-headline"),
        flag_on(text, "a leading doctor", "false-authority"),
        flag_on(text, "90% of drinkers", "misleading-number"),
    ]
    ana.client.send_draft("tea", right[:1], 10)
    dev.client.send_draft("tea", [flag_on(text, "40 euros a box", "filler")], 10)
    until(qtbot, lambda: [e.state for e in session.roster()][::3] == ["flagging"] * 2)
    ana.client.submit("tea", right, 60)
    ben.client.submit("tea", right[1:2], 30)
    cleo.client.submit("tea", [], 5)
    until(qtbot, lambda: len(ana.receipts + ben.receipts + cleo.receipts) == 3)
    assert not session.all_submitted()

    host.apply(session.reveal())
    until(qtbot, lambda: all(s.reveals for s in (ana, ben, cleo, dev)))
    assert ana.reveals[-1].score == 100 and ana.reveals[-1].status == "submitted"
    assert dev.reveals[-1].status == "auto-submitted"
    assert [t.found for t in ana.reveals[-1].tallies] == [1, 2, 1]
    assert ana.reveals[-1].students == 4

    host.apply(session.next_article())
    until(qtbot, lambda: all(len(s.offers) == 2 for s in (ana, ben, cleo, dev)))
    assert ben.offers[-1].article.meta.id == "council" and ben.offers[-1].index == 1
    for pupil in (ana, ben, cleo, dev):
        pupil.client.submit("council", [], 20)
    until(qtbot, session.all_submitted)

    host.apply(session.end())
    until(qtbot, lambda: all(s.ended for s in (ana, ben, cleo, dev)))
    assert session.phase is Phase.ENDED
    until(qtbot, lambda: host.connection_count() == 0)

    path = write_gradebook(tmp_path / "g.csv", CODE, session.results(), session.categories)
    rows = list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))
    assert [(r["Student"], r["Article id"], r["Status"], r["Score"]) for r in rows] == [
        ("Ana", "tea", "submitted", "100"),
        ("Ben", "tea", "submitted", rows[1]["Score"]),
        ("Cleo", "tea", "submitted", "0"),
        ("Dev", "tea", "auto-submitted", "0"),
        ("Ana", "council", "submitted", "100"),
        ("Ben", "council", "submitted", "100"),
        ("Cleo", "council", "submitted", "100"),
        ("Dev", "council", "submitted", "100"),
    ]
    assert 0 < int(rows[1]["Score"]) < 100
    assert rows[0]["Found: False authority"] == "1" and rows[2]["Missed: False authority"] == "1"


def test_the_answer_key_reaches_no_student_before_the_reveal(qtbot, host, session, pupils):
    ana, ben = join_all(qtbot, pupils, ["Ana", "Ben"])
    ana.client.submit("tea", [flag_on(ana.text, "a leading doctor", "false-authority")], 3)
    ben.client.send_draft("tea", [], 1)
    until(qtbot, lambda: ana.receipts)
    secrets = [a.explanation for a in session.article.annotations]
    secrets += ["misinformation", '"annotations"', '"kind":"m']
    before = ana.raw + ben.raw
    assert before and not [s for s in secrets if any(s in m for m in before)]
    host.apply(session.reveal())
    until(qtbot, lambda: ana.reveals and ben.reveals)
    assert any(secrets[0] in m for m in ana.raw)


def test_reconnecting_mid_article_keeps_the_draft(qtbot, host, session, pupils):
    (ana,) = join_all(qtbot, pupils, ["Ana"])
    flags = [flag_on(ana.text, "a leading doctor", "false-authority", "Who is this?")]
    ana.client.send_draft("tea", flags, 12)
    until(qtbot, lambda: session.roster()[0].flags == 1)

    # The network drops: the host side of the connection dies.
    for sock in list(host._sockets.values()):
        sock.abort()
    until(qtbot, lambda: not session.roster()[0].connected)
    until(qtbot, lambda: len(ana.offers) == 2)
    assert ana.client.state == "connected" and session.roster()[0].connected
    assert ana.offers[-1].draft == tuple(flags)

    # The app restarts: a brand-new client with the saved token gets the draft too.
    token = ana.client.token
    ana.client.close()
    again = pupils()
    again.client.resume(token)
    until(qtbot, lambda: again.offers)
    assert again.offers[-1].draft == tuple(flags) and again.client.name == "Ana"


def test_a_submission_made_while_offline_is_sent_on_reconnection(qtbot, host, session, pupils):
    (ana,) = join_all(qtbot, pupils, ["Ana"])
    for sock in list(host._sockets.values()):
        sock.abort()
    until(qtbot, lambda: ana.client.state == "reconnecting")
    ana.client.submit("tea", [], 4)
    until(qtbot, lambda: ana.receipts)
    assert session.roster()[0].state == "submitted"
    assert not ana.client.submission_pending


def test_a_wrong_code_is_refused_and_then_rate_limited(qtbot, host, session, pupils):
    for attempt in range(6):
        eve = pupils(reconnect=False)
        eve.client.join("WRONG1", f"Eve {attempt}")
        until(qtbot, lambda e=eve: e.refusals)
        expected = "wrong-code" if attempt < 5 else "rate-limited"
        assert eve.refusals[0][0] == expected
    right = pupils(reconnect=False)
    right.client.join(CODE, "Eve")
    until(qtbot, lambda: right.refusals)
    assert right.refusals[0][0] == "rate-limited" and session.roster() == []


def test_a_late_joiner_starts_at_the_current_article(qtbot, host, session, pupils):
    join_all(qtbot, pupils, ["Ana"])
    host.apply(session.reveal())
    host.apply(session.next_article())
    (late,) = join_all(qtbot, pupils, ["Ben"])
    assert late.offers[-1].index == 1 and late.offers[-1].article.meta.id == "council"
    assert late.offers[-1].phase == "flagging" and late.offers[-1].draft is None


def test_web_pages_cannot_connect(qtbot, host, session):
    page = QWebSocket("http://evil.example")
    closed = []
    page.disconnected.connect(lambda: closed.append(page.closeCode()))
    page.open(f"ws://{LOOPBACK}:{host.port}")
    until(qtbot, lambda: closed)
    assert host.connection_count() == 0


def test_an_oversized_message_closes_only_that_connection(qtbot, host, session, pupils):
    (ana,) = join_all(qtbot, pupils, ["Ana"])
    big = QWebSocket(protocol.ORIGIN)
    closed, opened = [], []
    big.connected.connect(lambda: opened.append(True))
    big.disconnected.connect(lambda: closed.append(big.closeCode()))
    big.open(f"ws://{LOOPBACK}:{host.port}")
    until(qtbot, lambda: opened)
    big.sendTextMessage("x" * (protocol.MAX_CLIENT_FRAME_BYTES + 10))
    until(qtbot, lambda: closed)
    ana.client.submit("tea", [], 1)
    until(qtbot, lambda: ana.receipts)
    assert host.is_listening


def test_auto_pacing_waits_for_students_still_arriving(qtbot, session):
    from spotit.classroom.host import HostController

    controller = HostController(session, auto=True, pause_seconds=0, grace_seconds=0.3)
    controller.start(LOOPBACK, 0)
    first = Pupil(controller.port)
    first.client.join(CODE, "Early")
    until(qtbot, lambda: first.offers)
    first.client.submit("tea", [], 1)
    until(qtbot, lambda: first.receipts)
    # A second student arrives within the grace period: no reveal until they submit.
    second = Pupil(controller.port)
    second.client.join(CODE, "Late")
    until(qtbot, lambda: second.offers)
    qtbot.wait(500)
    assert session.phase is Phase.FLAGGING and not first.reveals
    second.client.submit("tea", [], 1)
    until(qtbot, lambda: first.reveals and second.reveals)
    until(qtbot, lambda: len(second.offers) == 2)  # and on to the next article
    assert session.index == 1
    for pupil in (first, second):
        pupil.client.close()
    controller.server.close()


def test_results_that_cannot_be_saved_warn_the_instructor_and_the_class_goes_on(
    qtbot, session, tmp_path
):
    from spotit.classroom.host import HostController
    from spotit.store.progress import Progress

    progress = Progress(tmp_path / "progress.db")
    with progress.conn:
        progress.conn.execute(
            "CREATE TRIGGER full BEFORE INSERT ON class_results"
            " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
        )
    controller = HostController(session, progress)
    warnings = []
    controller.storage_failed.connect(warnings.append)
    controller.start(LOOPBACK, 0)
    ana = Pupil(controller.port)
    ana.client.join(CODE, "Ana")
    until(qtbot, lambda: ana.offers)
    controller.reveal()
    until(qtbot, lambda: ana.reveals)
    assert session.phase is Phase.REVEALED
    (warning,) = warnings
    assert warning == (
        f"{progress.path}: could not save the class results (database or disk is full)"
    )
    ana.client.close()
    controller.server.close()
    progress.close()
