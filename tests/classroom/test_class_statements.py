"""A class session's statements for the school's LRS: queued with its results, sent once."""

from __future__ import annotations

import pytest
from tests.classroom.conftest import CODE
from tests.classroom.fake_lrs import FakeLrs
from tests.classroom.harness import Wire, flag_on

from spotit.classroom import protocol
from spotit.classroom.host import HostController
from spotit.classroom.lrs import JOINED_KIND, SUBMITTED_KIND, class_statements
from spotit.core.xapi import LrsSettings, article_iri, validate_statement
from spotit.store.class_results import ClassResults
from spotit.store.progress import Progress

HOMEPAGE = "https://school.example"
JOINED = "http://activitystrea.ms/schema/1.0/join"


@pytest.fixture
def progress(tmp_path):
    db = Progress(tmp_path / "progress.db")
    yield db
    db.close()


def configure(progress, endpoint="http://127.0.0.1:9/xAPI/", secret="s3cret-pass"):
    progress.set_lrs_settings(LrsSettings(endpoint, "spotit", HOMEPAGE))
    progress.save_lrs_secret(secret)


def run_class(session, controller):
    """Ana and Ben submit the first article, Cy only reads it; then Ana alone the second."""
    wire = Wire(session)
    ana, ben, cy = (wire.join(n, peer=f"10.0.0.{i}")[0] for i, n in enumerate("Ana Ben Cy".split()))
    text = session.articles[0].text
    wire.send(
        ana,
        protocol.submit_message("tea", [flag_on(text, "a leading doctor", "false-authority")], 5),
    )
    wire.send(ben, protocol.submit_message("tea", [], 7))
    controller.reveal()  # Cy saw it: his (empty) draft is auto-submitted
    controller.next_article()
    wire.send(ana, protocol.submit_message("council", [], 3))
    wire.act(session.reveal())  # Ben and Cy's drafts of the second article, auto-submitted
    # Cy leaves before the end; he joined and submitted, so he is described too.
    session.close_connection(cy)
    return wire


def started(session, progress, qtbot):
    controller = HostController(session, progress)
    controller.start("127.0.0.1", 0)
    return controller


def outbox(progress):
    return {e.statement_id: (e.kind, e.statement) for e in progress.outbox_statements()}


def test_ending_a_session_queues_a_joined_per_student_and_a_submitted_per_submission(
    qtbot, session, progress
):
    configure(progress)
    controller = started(session, progress, qtbot)
    queued = []
    controller.statements_queued.connect(queued.append)
    run_class(session, controller)
    assert progress.outbox_counts()["queued"] == 0  # nothing before the session ends
    controller.end()
    entries = outbox(progress)
    assert queued == [len(entries)] == [3 + 6]
    kinds = [kind for kind, _ in entries.values()]
    assert kinds.count(JOINED_KIND) == 3 and kinds.count(SUBMITTED_KIND) == 6
    for _kind, statement in entries.values():
        assert validate_statement(statement) is None
        assert statement["actor"]["account"]["homePage"] == HOMEPAGE
        assert "mbox" not in statement["actor"]
    joined = [s for k, s in entries.values() if k == JOINED_KIND]
    assert sorted(s["actor"]["account"]["name"] for s in joined) == ["Ana", "Ben", "Cy"]
    assert {s["verb"]["id"] for s in joined} == {JOINED}
    # One submission per student and article reached, each on its article, with its score.
    submitted = [s for k, s in entries.values() if k == SUBMITTED_KIND]
    seen = sorted((s["actor"]["account"]["name"], s["object"]["id"]) for s in submitted)
    assert len(set(seen)) == 6
    assert {o for _, o in seen} == {article_iri("class", "tea"), article_iri("class", "council")}
    results = {(r.student, article_iri("class", r.article_id)): r for r in session.results()}
    for s in submitted:
        row = results[(s["actor"]["account"]["name"], s["object"]["id"])]
        assert s["result"]["score"]["raw"] == row.score
        assert s["timestamp"] and s["context"]["contextActivities"]["parent"][0]["id"].endswith(
            f"{controller.record_id}-{CODE}"
        )
    # The results were stored in that same end: the session is ended in the database.
    (record,) = ClassResults(progress).sessions()
    assert record.ended_at
    assert len(ClassResults(progress).results(record.id)) == 6
    controller.server.close()


def test_the_statements_are_kept_only_with_the_end_of_the_session(qtbot, session, progress):
    configure(progress)
    controller = started(session, progress, qtbot)
    run_class(session, controller)
    failures = []
    controller.storage_failed.connect(failures.append)
    with progress.conn:  # the session's end cannot be written
        progress.conn.execute(
            "CREATE TRIGGER full BEFORE UPDATE ON class_sessions"
            " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
        )
    controller.end()
    assert failures and "database or disk is full" in failures[0]
    assert progress.outbox_statements() == []  # no statement about results not kept
    controller.server.close()


def test_a_refused_outbox_still_keeps_the_results(qtbot, session, progress):
    configure(progress)
    controller = started(session, progress, qtbot)
    run_class(session, controller)
    with progress.conn:
        progress.conn.execute(
            "CREATE TRIGGER full BEFORE INSERT ON lrs_outbox"
            " BEGIN SELECT RAISE(ABORT, 'database or disk is full'); END"
        )
    logged = []
    controller.logged.connect(logged.append)
    controller.end()
    (record,) = ClassResults(progress).sessions()
    assert record.ended_at and len(ClassResults(progress).results(record.id)) == 6
    assert any("disk is full" in line for line in logged)
    controller.server.close()


def test_ids_are_stable_and_a_second_end_queues_nothing_new(qtbot, session, progress, tmp_path):
    configure(progress)
    controller = started(session, progress, qtbot)
    run_class(session, controller)
    controller.end()
    before = outbox(progress)
    settings = progress.lrs_settings()
    again = class_statements(session, progress.installation_id(), settings, controller.record_id)
    assert sorted(s["id"] for _, batch in again for s in batch) == sorted(before)
    # The end written again (a host that ends twice, a retry): nothing new in the outbox.
    records = ClassResults(progress)
    assert records.finish(controller.record_id, session.results(), again) == 0
    controller.end()  # already ended: nothing at all
    assert outbox(progress) == before
    # Another machine's session with the same code and students: other ids.
    other = Progress(tmp_path / "other" / "progress.db")
    theirs = class_statements(session, other.installation_id(), settings, controller.record_id)
    other.close()
    assert not {s["id"] for _, b in theirs for s in b} & set(before)
    controller.server.close()


def test_without_an_lrs_nothing_is_queued_and_the_results_are_saved(qtbot, session, progress):
    controller = started(session, progress, qtbot)
    queued = []
    controller.statements_queued.connect(queued.append)
    run_class(session, controller)
    controller.end()
    assert queued == [] and progress.outbox_statements() == []
    (record,) = ClassResults(progress).sessions()
    assert record.ended_at and len(ClassResults(progress).results(record.id)) == 6
    assert controller.send_statements() is None
    controller.server.close()


def test_the_host_sends_the_session_once_and_what_fails_stays_queued(qtbot, session, progress):
    with FakeLrs() as lrs:
        configure(progress, lrs.endpoint, lrs.secret)
        controller = started(session, progress, qtbot)
        run_class(session, controller)
        controller.end()
        lrs.refuse = set()
        report = controller.send_statements()
        assert (report.sent, report.rejected, report.retry_later) == (9, 0, 0)
        assert set(lrs.statements) == set(outbox(progress))
        assert controller.send_statements().sent == 0  # nothing due any more: sent once
        assert progress.outbox_counts() == {"queued": 0, "sent": 9, "rejected": 0}


def test_an_lrs_that_is_down_leaves_the_session_queued(qtbot, session, progress):
    configure(progress, "http://127.0.0.1:9/xAPI/")  # nothing listens on port 9
    controller = started(session, progress, qtbot)
    run_class(session, controller)
    controller.end()
    report = controller.send_statements()
    assert report.sent == 0 and report.retry_later == 9 and report.last_error
    assert progress.outbox_counts() == {"queued": 9, "sent": 0, "rejected": 0}
    controller.server.close()


def test_the_headless_host_sends_the_session_before_it_exits(qtbot, session, progress, tmp_path):
    import io

    from spotit.classroom.headless import HeadlessHost

    with FakeLrs() as lrs:
        configure(progress, lrs.endpoint, lrs.secret)
        out = io.StringIO()
        host = HeadlessHost(session, progress, tmp_path / "grades.csv", False, 0, out=out)
        host.start("127.0.0.1", 0, False, None)
        run_class(session, host.controller)
        host.command("end")
        qtbot.waitUntil(lambda: "lrs: 9 sent" in out.getvalue(), timeout=10_000)
        assert "lrs: 9 sent, 0 rejected, 0 waiting" in out.getvalue().splitlines()
        assert len(lrs.statements) == 9
    assert progress.outbox_counts()["sent"] == 9
