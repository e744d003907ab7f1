"""The outbox of statements for the school's LRS, its settings and secret (m011_lrs).

What a school relies on: every statement is kept until the LRS has it (queued in the very
transaction of what it describes, never lost, never counted twice), the sender sees what is
due in order, and the secret never lands in the database or in a file others can read.
"""

from __future__ import annotations

import os
import sqlite3
import stat
import uuid

import pytest
from tests.store.test_progress import FLAGS, PACK

from spotit.core import xapi
from spotit.core.xapi import LrsSettings
from spotit.store.progress import Progress, migration_set, recover_progress

T0 = "2026-03-02T09:00:00+00:00"
SETTINGS = LrsSettings(
    endpoint="http://127.0.0.1:8100/xAPI/",
    key="spotit-lab-3",
    homepage="https://school.example/learners",
    batch=20,
)


def statement(n: int, installation: str = "11111111-2222-4333-8444-555555555555") -> dict:
    """A valid invented statement: learner "Ana" attempted article ``n``."""
    return xapi.attempted_statement(
        installation=installation,
        attempt_id=n,
        actor=xapi.actor_for_learner("Ana", SETTINGS),
        pack_id="starter",
        pack_title="Starter pack (training material)",
        pack_version="1.0",
        article_id=f"article-{n}",
        headline=f"Invented headline {n}",
        kind="misinformation",
        learner_score=70,
        spotted_f1=0.8,
        named_f1=0.6,
        seconds_spent=65,
        hints_used=1,
        submitted_at=T0,
    )


def rows(path, sql, params=()):
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "progress.db"


@pytest.fixture
def progress(db_path):
    p = Progress(db_path)
    yield p
    p.close()


# -- the migration ---------------------------------------------------------------------------


def test_a_version_10_database_keeps_everything_and_gets_one_installation_id(db_path):
    import sqlite_utils

    conn = sqlite3.connect(db_path)
    migration_set().apply(sqlite_utils.Database(conn), stop_before="m011_lrs")
    conn.close()
    assert "lrs_outbox" not in {r[0] for r in rows(db_path, "SELECT name FROM sqlite_master")}
    # Write the v10 data with plain SQL, as that version's app left it.
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT INTO learners (id, name, created_at) VALUES (1, 'Ana', ?)", [T0])
    conn.execute(
        "INSERT INTO attempts (learner_id, pack_id, article_id, submitted_at, score, flags,"
        " categories, pack_key) VALUES (1, ?, 'tap-water', ?, 64, '[]', '[]', 'k')",
        [PACK, T0],
    )
    conn.execute(
        "INSERT INTO drafts (learner_id, pack_id, pack_key, article_id, text_hash, flags,"
        " seconds_spent) VALUES (1, ?, 'k', 'other', 'h', '[]', 40)",
        [PACK],
    )
    conn.commit()
    conn.close()

    progress = Progress(db_path)
    try:
        assert [a.score for a in progress.attempts(1)] == [64]
        assert progress.drafted_articles(1, PACK) == {"other"}
        installation = progress.installation_id()
        assert uuid.UUID(installation).version == 4
        assert progress.lrs_settings() is None
        assert progress.outbox_counts() == {"queued": 0, "sent": 0, "rejected": 0}
    finally:
        progress.close()
    assert rows(db_path, "SELECT id FROM installation") == [(installation,)]
    again = Progress(db_path)
    try:
        assert again.installation_id() == installation  # made once, never again
    finally:
        again.close()


def test_two_databases_have_two_installation_ids(tmp_path):
    a, b = Progress(tmp_path / "a.db"), Progress(tmp_path / "b.db")
    try:
        assert a.installation_id() != b.installation_id()
    finally:
        a.close()
        b.close()


# -- queueing ---------------------------------------------------------------------------------


def test_statements_given_to_submit_are_queued_with_the_attempt(progress):
    ana = progress.add_learner("Ana")
    made = []

    def statements(attempt_id):
        made.append(attempt_id)
        return [statement(attempt_id, progress.installation_id())]

    attempt_id = progress.submit(
        ana.id,
        **submit_fields(),
        statements=statements,
    )
    assert made == [attempt_id]
    [entry] = progress.outbox_statements()
    assert entry.state == "queued" and entry.kind == "practice" and entry.tries == 0
    assert entry.statement == statement(attempt_id, progress.installation_id())
    assert entry.statement_id == entry.statement["id"]


def submit_fields():
    from tests.store.test_progress import (
        ANNOTATIONS,
        ARTICLE,
        HEADLINE,
        TEXT,
        VERSION,
        text_hash,
    )

    from spotit.core.scoring import score

    return dict(
        pack_id=PACK,
        pack_version=VERSION,
        article_id=ARTICLE,
        headline=HEADLINE,
        text=TEXT,
        text_hash=text_hash(TEXT),
        annotations=ANNOTATIONS,
        flags=FLAGS,
        report=score(TEXT, ANNOTATIONS, FLAGS),
        seconds_spent=90,
        submitted_at=T0,
    )


def test_a_crash_after_queueing_stores_neither_the_attempt_nor_the_statement(
    progress, db_path, monkeypatch
):
    ana = progress.add_learner("Ana")
    progress.save_draft(ana.id, PACK, "tap-water", "h", FLAGS[:1], 30)
    queue = Progress._queue

    def queue_then_power_cut(self, *args, **kwargs):
        queue(self, *args, **kwargs)
        assert rows(db_path, "SELECT count(*) FROM lrs_outbox") == [(0,)]  # not committed
        raise RuntimeError("power cut")

    monkeypatch.setattr(Progress, "_queue", queue_then_power_cut)
    with pytest.raises(RuntimeError, match="power cut"):
        progress.submit(ana.id, **submit_fields(), statements=[statement(1)])
    assert progress.attempts(ana.id) == []
    assert progress.outbox_statements() == []
    assert progress.drafted_articles(ana.id, PACK) == {"tap-water"}
    assert rows(db_path, "SELECT count(*) FROM attempts") == [(0,)]


def test_a_failing_attempt_write_queues_nothing(progress):
    ana = progress.add_learner("Ana")

    def review(cards):
        raise RuntimeError("the scheduler broke")

    with pytest.raises(RuntimeError):
        progress.submit(ana.id, **submit_fields(), review=review, statements=[statement(1)])
    assert progress.outbox_counts()["queued"] == 0


def test_queueing_twice_keeps_one(progress):
    first = statement(1)
    assert progress.queue_statements([first], "practice", T0) == 1
    changed = dict(first, timestamp="2026-03-03T09:00:00+00:00")
    assert progress.queue_statements([first, changed], "practice", T0) == 0
    [entry] = progress.outbox_statements()
    assert entry.statement == first  # the first one queued is what is sent
    assert progress.outbox_counts() == {"queued": 1, "sent": 0, "rejected": 0}


def test_a_statement_already_sent_is_not_queued_again(progress):
    progress.queue_statements([statement(1)], "practice", T0)
    progress.mark_sent([statement(1)["id"]], T0)
    progress.queue_statements([statement(1)], "practice", T0)
    assert progress.outbox_counts() == {"queued": 0, "sent": 1, "rejected": 0}
    assert progress.outbox_due("2026-03-09T00:00:00+00:00", 10) == []


def test_an_invalid_statement_is_kept_as_rejected_and_the_write_goes_on(progress):
    bad = dict(statement(1), id="not-a-uuid")
    assert xapi.validate_statement(bad)
    progress.queue_statements([bad, statement(2)], "practice", T0)
    [rejected] = progress.outbox_statements("rejected")
    assert rejected.statement == bad and rejected.last_error == xapi.validate_statement(bad)
    assert [sid for sid, _ in progress.outbox_due(T0, 10)] == [statement(2)["id"]]


def test_a_statement_that_is_not_json_is_kept_rejected_and_the_attempt_stored(progress):
    ana = progress.add_learner("Ana")
    odd = dict(statement(1), result={"extensions": {"urn:spotit:extension:x": object()}})
    attempt_id = progress.submit(ana.id, **submit_fields(), statements=[odd, statement(2)])
    assert [a.id for a in progress.attempts(ana.id)] == [attempt_id]
    assert progress.outbox_counts() == {"queued": 1, "sent": 0, "rejected": 1}
    [rejected] = progress.outbox_statements("rejected")
    assert rejected.statement_id == statement(1)["id"] and rejected.last_error


# -- the sender's side ----------------------------------------------------------------------


def test_due_statements_come_oldest_first_and_as_many_as_asked(progress):
    for n, when in ((1, T0), (2, "2026-03-02T09:00:05+00:00"), (3, "2026-03-02T09:01:00+00:00")):
        progress.queue_statements([statement(n)], "practice", when)
    ids = [statement(n)["id"] for n in (1, 2, 3)]
    assert [sid for sid, _ in progress.outbox_due("2026-03-02T09:00:30+00:00", 10)] == ids[:2]
    assert [sid for sid, _ in progress.outbox_due("2026-03-02T10:00:00+00:00", 2)] == ids[:2]
    due = progress.outbox_due("2026-03-02T10:00:00+00:00", None)
    assert due == [(statement(n)["id"], statement(n)) for n in (1, 2, 3)]


def test_sent_retried_and_rejected_statements(progress):
    progress.queue_statements([statement(n) for n in (1, 2, 3)], "practice", T0)
    a, b, c = (statement(n)["id"] for n in (1, 2, 3))
    progress.mark_sent([a], "2026-03-02T09:00:10+00:00")
    progress.mark_retry([b], "HTTP 503 Service Unavailable\nlong body", "2026-03-02T09:01:00+00:00")
    assert [sid for sid, _ in progress.outbox_due("2026-03-02T09:00:30+00:00", 10)] == [c]
    assert progress.outbox_last_error() == "HTTP 503 Service Unavailable"
    progress.mark_rejected(c, "HTTP 400: the verb is not an IRI")
    assert progress.outbox_due("2026-03-02T09:00:30+00:00", 10) == []
    assert [sid for sid, _ in progress.outbox_due("2026-03-02T09:01:00+00:00", 10)] == [b]
    assert progress.outbox_counts() == {"queued": 1, "sent": 1, "rejected": 1}
    assert progress.outbox_last_error() == "HTTP 400: the verb is not an IRI"
    by_id = {e.statement_id: e for e in progress.outbox_statements()}
    assert by_id[a].state == "sent" and by_id[a].sent_at == "2026-03-02T09:00:10+00:00"
    assert by_id[b].tries == 1 and by_id[b].state == "queued"
    assert by_id[c].state == "rejected"
    # Nothing is ever deleted: a second retry counts another try, and all three stay listed.
    progress.mark_retry([b], "timed out", "2026-03-02T09:03:00+00:00")
    assert {e.statement_id: e.tries for e in progress.outbox_statements("queued")} == {b: 2}
    assert len(progress.outbox_statements()) == 3


def test_the_outbox_survives_reopening(db_path):
    first = Progress(db_path)
    first.queue_statements([statement(1), statement(2)], "practice", T0)
    first.mark_sent([statement(1)["id"]], T0)
    first.close()
    again = Progress(db_path)
    try:
        assert again.outbox_counts() == {"queued": 1, "sent": 1, "rejected": 0}
        assert again.outbox_due(T0, 10) == [(statement(2)["id"], statement(2))]
    finally:
        again.close()


def test_a_damaged_row_is_rejected_with_a_reason_not_raised(progress, db_path):
    progress.queue_statements([statement(n) for n in (1, 2, 3)], "practice", T0)
    conn = sqlite3.connect(db_path)
    with conn:
        conn.execute(
            'UPDATE lrs_outbox SET statement = \'{"id": "oops\' WHERE statement_id = ?',
            [statement(1)["id"]],
        )
        conn.execute(
            "UPDATE lrs_outbox SET statement = '[1, 2]' WHERE statement_id = ?",
            [statement(2)["id"]],
        )
    conn.close()
    assert progress.outbox_due(T0, 10) == [(statement(3)["id"], statement(3))]
    rejected = {e.statement_id: e for e in progress.outbox_statements("rejected")}
    assert set(rejected) == {statement(1)["id"], statement(2)["id"]}
    for entry in rejected.values():
        assert entry.last_error.startswith("the stored statement is damaged")
        assert "\n" not in entry.last_error
        assert entry.statement is None
    assert progress.outbox_counts() == {"queued": 1, "sent": 0, "rejected": 2}


def test_recovering_a_database_keeps_its_installation_id_and_outbox(db_path):
    first = Progress(db_path)
    installation = first.installation_id()
    first.set_lrs_settings(SETTINGS)
    first.queue_statements([statement(1), statement(2)], "practice", T0)
    first.mark_sent([statement(1)["id"]], T0)
    first.close()
    recover_progress(db_path)
    again = Progress(db_path)
    try:
        assert again.installation_id() == installation
        assert rows(db_path, "SELECT count(*) FROM installation") == [(1,)]
        assert again.lrs_settings() == SETTINGS
        assert again.outbox_counts() == {"queued": 1, "sent": 1, "rejected": 0}
    finally:
        again.close()


# -- settings and the secret ----------------------------------------------------------------


def test_settings_are_kept_and_forgotten(progress, db_path):
    assert progress.lrs_settings() is None
    progress.set_lrs_settings(SETTINGS)
    progress.set_lrs_settings(SETTINGS)  # one row, not two
    assert progress.lrs_settings() == SETTINGS
    assert rows(db_path, "SELECT count(*) FROM lrs_settings") == [(1,)]
    progress.save_lrs_secret("pa55-word")
    progress.set_lrs_settings(None)
    assert progress.lrs_settings() is None
    assert progress.lrs_secret() is None
    assert not progress.lrs_secret_path.exists()


def test_the_secret_file_is_user_only_and_never_in_the_database(progress, db_path):
    previous = os.umask(0)  # even where every new file would be world-writable
    try:
        progress.set_lrs_settings(SETTINGS)
        progress.save_lrs_secret("correct-horse-battery\n")
    finally:
        os.umask(previous)
    path = progress.lrs_secret_path
    assert path == db_path.with_name("lrs-secret")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert progress.lrs_secret() == "correct-horse-battery"
    progress.queue_statements([statement(1)], "practice", T0)
    progress.conn.execute("PRAGMA wal_checkpoint(FULL)")
    for part in db_path.parent.glob(db_path.name + "*"):
        assert b"correct-horse-battery" not in part.read_bytes(), part
    assert b"correct-horse" not in b"".join(
        str(v).encode() for r in rows(db_path, "SELECT * FROM lrs_settings") for v in r
    )


def test_a_secret_file_others_could_read_is_made_user_only(progress):
    path = progress.lrs_secret_path
    path.write_text("old-secret", encoding="utf-8")
    path.chmod(0o644)
    progress.save_lrs_secret("new-secret")
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert progress.lrs_secret() == "new-secret"
    path.chmod(0o644)
    assert progress.lrs_secret() == "new-secret"
    assert stat.S_IMODE(path.stat().st_mode) == 0o600


def test_a_secret_that_cannot_go_into_a_header_is_refused(progress):
    with pytest.raises(ValueError):
        progress.save_lrs_secret("two\nlines")
    with pytest.raises(ValueError):
        progress.save_lrs_secret("\n")
    assert progress.lrs_secret() is None


def test_a_database_in_memory_keeps_its_secret_in_memory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    progress = Progress(":memory:")
    try:
        assert progress.lrs_secret_path is None
        progress.save_lrs_secret("in-memory")
        assert progress.lrs_secret() == "in-memory"
        assert list(tmp_path.iterdir()) == []
    finally:
        progress.close()
