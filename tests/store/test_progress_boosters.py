"""Spaced-review cards in the progress database (migration m007_boosters).

They survive updates (a database of the previous schema, with attempts, migrates and keeps
everything), and they are written in the attempt's transaction: a crash or a kill keeps
the attempt with all its cards or neither.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import textwrap
from datetime import UTC, datetime
from pathlib import Path

import pytest
from tests.conftest import STARTER

from spotit.content.source import read_pack_source
from spotit.core.model import Flag
from spotit.practice import Practice, Submission
from spotit.store.pack import build_pack, open_pack
from spotit.store.progress import (
    MIGRATION_SET,
    Progress,
    ProgressError,
    migration_set,
    recover_progress,
)

NOW = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def starter_path(tmp_path_factory):
    return build_pack(read_pack_source(STARTER), tmp_path_factory.mktemp("s") / "starter.spotit")


def table(path: Path, sql: str) -> list[tuple]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def practise(path: Path, starter_path: Path, name: str = "Ana") -> tuple[Practice, Progress]:
    progress = Progress(path)
    learner = next((x for x in progress.learners() if x.name == name), None)
    learner = learner or progress.add_learner(name)
    pack = open_pack(starter_path)
    return Practice(progress, learner, {pack.meta.id: pack}, clock=lambda: NOW), progress


def submit_tea(practice: Practice):
    opened = practice.open("starter", "miracle-tea")
    first = opened.article.annotations[0]
    return practice.submit(Submission(opened, [Flag(first.start, first.end, first.category)], 90))


def test_a_database_of_the_previous_schema_with_attempts_migrates_and_keeps_them(
    tmp_path, starter_path
):
    import sqlite_utils

    path = tmp_path / "progress.db"
    conn = sqlite3.connect(path)
    db = sqlite_utils.Database(conn)
    migration_set().apply(db, stop_before="m007_boosters")
    db["learners"].insert({"id": 1, "name": "Ana", "created_at": "2026-01-05T10:00:00+00:00"})
    for n in range(3):
        db["attempts"].insert(
            {
                "learner_id": 1,
                "pack_id": "starter",
                "article_id": "miracle-tea",
                "submitted_at": f"2026-01-0{n + 5}T10:00:00+00:00",
                "score": 40 + n,
                "categories": "[]",
                "flags": "[]",
                "hints_used": 0,
            }
        )
    conn.close()
    assert "cards" not in {r[0] for r in table(path, "SELECT name FROM sqlite_master")}

    practice, progress = practise(path, starter_path)
    try:
        assert [a.score for a in progress.attempts(1)] == [40, 41, 42]
        assert progress.cards(1) == [] and practice.retention() == []
        assert practice.scheduler().desired_retention == 0.9
        # The earlier attempts count for the last-week rule once a pack claims them.
        assert ("starter", "miracle-tea") not in {i.key for i in practice.todays_practice().items}
        submitted = submit_tea(practice)
        assert {c.card for c in progress.cards(1)} == {r.card.card for r in submitted.reviews}
        assert len(progress.attempts(1)) == 4
    finally:
        practice.close_packs()
        progress.close()
    names = [r[0] for r in table(path, "SELECT name FROM _sqlite_migrations ORDER BY id")]
    assert "m007_boosters" in names and len(names) == len(set(names))
    assert table(path, "SELECT DISTINCT migration_set FROM _sqlite_migrations") == [
        (MIGRATION_SET,)
    ]


def test_a_failure_while_reviewing_keeps_neither_the_attempt_nor_any_card(
    tmp_path, starter_path, monkeypatch
):
    practice, progress = practise(tmp_path / "p.db", starter_path)
    try:
        submit_tea(practice)
        before = (progress.attempts(1), progress.cards(1), progress.reviews(1))
        written = []
        original = Progress._write_reviews

        def fail_half_way(self, learner_id, attempt_id, reviews):
            original(self, learner_id, attempt_id, reviews[:2])
            written.append(len(reviews))
            raise sqlite3.OperationalError("disk I/O error")

        monkeypatch.setattr(Progress, "_write_reviews", fail_half_way)
        with pytest.raises(ProgressError, match="could not save the attempt"):
            submit_tea(practice)
        assert written == [10]
        assert (progress.attempts(1), progress.cards(1), progress.reviews(1)) == before
    finally:
        practice.close_packs()
        progress.close()


HELPER = textwrap.dedent(
    """
    import sys, time
    from datetime import UTC, datetime
    from spotit.core.model import Flag
    from spotit.practice import Practice, Submission
    from spotit.store.pack import open_pack
    from spotit.store.progress import Progress

    path, pack_path, mode = sys.argv[1:4]
    progress = Progress(path)
    learner = progress.learners()[0]
    pack = open_pack(pack_path)
    practice = Practice(progress, learner, {"starter": pack}, clock=lambda: datetime(2026, 3, 3, tzinfo=UTC))
    if mode == "mid":
        original = Progress._write_reviews

        def write_then_hang(self, learner_id, attempt_id, reviews):
            original(self, learner_id, attempt_id, reviews[:3])  # three of ten cards written
            print("MID", flush=True)
            time.sleep(120)

        Progress._write_reviews = write_then_hang
    opened = practice.open("starter", "miracle-tea")
    submitted = practice.submit(Submission(opened, [], 60))
    print(f"DONE {submitted.attempt_id} {len(submitted.reviews)}", flush=True)
    time.sleep(120)
    """
)


def kill_during(path: Path, starter_path: Path, mode: str) -> str:
    env = dict(os.environ, PYTHONPATH=str(ROOT / "src"))
    proc = subprocess.Popen(
        [sys.executable, "-c", HELPER, str(path), str(starter_path), mode],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=ROOT,
    )
    try:
        line = proc.stdout.readline().strip()
        os.kill(proc.pid, signal.SIGKILL)  # no clean shutdown, no rollback, no flush
        assert proc.wait(timeout=30) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
    return line


def state(path: Path) -> tuple:
    assert table(path, "PRAGMA integrity_check") == [("ok",)]
    return (
        table(path, "SELECT id, article_id, submitted_at FROM attempts ORDER BY id"),
        table(path, "SELECT card, reviews, due, stability FROM cards ORDER BY card"),
        table(path, "SELECT card_id, attempt_id, rating FROM review_logs ORDER BY id"),
    )


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only")
def test_killed_mid_submit_leaves_the_attempt_and_its_cards_as_they_were(tmp_path, starter_path):
    path = tmp_path / "p.db"
    practice, progress = practise(path, starter_path)
    submit_tea(practice)  # an earlier attempt and its cards, to be kept exactly
    practice.close_packs()
    progress.close()
    before = state(path)
    assert kill_during(path, starter_path, "mid") == "MID"
    assert state(path) == before


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only")
def test_killed_after_submit_keeps_the_attempt_with_every_card(tmp_path, starter_path):
    path = tmp_path / "p.db"
    practice, progress = practise(path, starter_path)
    submit_tea(practice)
    practice.close_packs()
    progress.close()
    attempts, cards, logs = state(path)
    line = kill_during(path, starter_path, "done")
    assert line.startswith("DONE ")
    _, attempt_id, reviewed = line.split()
    after_attempts, after_cards, after_logs = state(path)
    assert [a[0] for a in after_attempts] == [a[0] for a in attempts] + [int(attempt_id)]
    new_logs = after_logs[len(logs) :]
    assert len(new_logs) == int(reviewed) == 10
    assert {log[1] for log in new_logs} == {int(attempt_id)}
    assert sorted(r for _, r, *_ in after_cards) == sorted(r + 1 for _, r, *_ in cards)


def test_recovering_a_database_keeps_the_cards_and_reviews(tmp_path, starter_path):
    path = tmp_path / "p.db"
    practice, progress = practise(path, starter_path)
    submit_tea(practice)
    practice.mark_seen("tour")
    practice.practice_size = 4
    before = (progress.cards(1), progress.reviews(1))
    practice.close_packs()
    progress.close()
    recover_progress(path)
    again = Progress(path)
    try:
        assert (again.cards(1), again.reviews(1)) == before
        assert again.has_seen(1, "tour") and again.setting(1, "practice_size") == "4"
    finally:
        again.close()
