"""A damaged progress database: found at open, never written to, recovered as far as it reads.

The damage is made the way a disk or a crash makes it: garbage written over some pages
of a real database holding a learner's attempts.
"""

from __future__ import annotations

import hashlib
import random
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from tests.store.test_progress import FLAGS, PERFECT_FLAGS, submit

from spotit.store.progress import (
    Progress,
    ProgressDamaged,
    ProgressError,
    damage_of,
    pack_identity,
    recover_progress,
    start_fresh,
)

ATTEMPTS = 120
WHEN = datetime(2026, 12, 2, 1, 5)
KEY = pack_identity("demo", ["SpotIt team"])


def real_database(path: Path, attempts: int = ATTEMPTS, pack_id: str = "demo") -> Path:
    """A progress database with two learners, ``attempts`` attempts and a draft."""
    key = pack_identity(pack_id, ["SpotIt team"])
    progress = Progress(path)
    ada, bob = progress.add_learner("Ada"), progress.add_learner("Bob")
    for n in range(attempts):
        learner = ada if n % 2 else bob
        flags = FLAGS if n % 3 else PERFECT_FLAGS
        submit(progress, learner.id, flags, pack_id=pack_id, article_id=f"a{n % 40}")
    progress.save_draft(ada.id, pack_id, "tap-water", "hash", FLAGS, 30, key)
    # As the app keeps them: by the pack's identity (these tests' packs are the team's).
    progress.conn.execute("UPDATE attempts SET pack_key = ?", [key])
    progress.conn.commit()
    progress.close()
    return path


def pages_of(path: Path, table: str, kind: str = "leaf") -> list[int]:
    conn = sqlite3.connect(path)
    try:
        found = conn.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = ? ORDER BY pageno",
            [table, kind],
        ).fetchall()
    finally:
        conn.close()
    return [n for (n,) in found]


def write_garbage(path: Path, pages: list[int]) -> None:
    """Random bytes over whole ``pages`` (numbered from 1), as a failing disk leaves them."""
    page_size = 4096
    rnd = random.Random(11)
    with open(path, "r+b") as fh:
        for page in pages:
            fh.seek((page - 1) * page_size)
            fh.write(bytes(rnd.randrange(256) for _ in range(page_size)))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def damaged(tmp_path) -> Path:
    """A real database with three leaf pages of its attempts overwritten."""
    path = real_database(tmp_path / "progress.db")
    leaves = pages_of(path, "attempts")
    write_garbage(path, [leaves[3], leaves[4], leaves[len(leaves) // 2]])
    return path


def test_a_sound_database_is_not_called_damaged(tmp_path):
    path = real_database(tmp_path / "progress.db", attempts=3)
    assert damage_of(path) is None
    assert damage_of(tmp_path / "missing.db") is None
    Progress(path).close()


def test_the_library_query_fails_on_the_damage_made(damaged):
    # The damage is the kind learners met: the library's own query says "malformed".
    conn = sqlite3.connect(damaged)
    with pytest.raises(sqlite3.DatabaseError, match="malformed"):
        conn.execute("SELECT article_id, max(score) FROM attempts GROUP BY article_id").fetchall()
    conn.close()


def test_opening_a_damaged_database_says_so_and_changes_nothing(damaged):
    before = digest(damaged)
    with pytest.raises(ProgressDamaged) as caught:
        Progress(damaged)
    message = str(caught.value)
    assert "\n" not in message
    assert str(damaged) in message and "damaged" in message
    assert caught.value.path == damaged
    assert digest(damaged) == before


def test_damage_found_while_reading_is_a_progress_damaged(tmp_path):
    # Damage that comes after the start-up check is told the same way, never as sqlite3's.
    path = real_database(tmp_path / "progress.db", attempts=60)
    progress = Progress(path)
    leaves = pages_of(path, "attempts")
    write_garbage(path, leaves[1:3])
    try:
        with pytest.raises(ProgressDamaged, match="could not read the library's status"):
            progress.article_status(1, "demo")
        # From then on nothing is written to it: the file stays as it is for a recovery.
        before = digest(path)
        with pytest.raises(ProgressDamaged, match="could not save the draft"):
            progress.save_draft(1, "demo", "x", "h", FLAGS, 3)
        with pytest.raises(ProgressDamaged, match="could not save the attempt"):
            submit(progress, 1, FLAGS)
        with pytest.raises(ProgressDamaged, match="could not add the learner"):
            progress.add_learner("Cy")
        assert digest(path) == before
    finally:
        progress.close()
    assert digest(path) == before


def test_recovering_keeps_what_reads_and_the_damaged_file_byte_for_byte(damaged):
    before = digest(damaged)
    recovery = recover_progress(damaged, WHEN)

    assert recovery.kept_as == damaged.with_name("progress.db.damaged-2026-12-02T0105")
    assert digest(recovery.kept_as) == before
    # Most attempts were on pages that still read; those on the three damaged ones are gone.
    assert ATTEMPTS - 20 <= recovery.attempts < ATTEMPTS
    assert recovery.rows["learners"] == 2 and recovery.rows["drafts"] == 1
    assert recovery.unreadable["attempts"] >= 1

    progress = Progress(damaged)  # a sound database in the old one's place
    try:
        assert [x.name for x in progress.learners()] == ["Ada", "Bob"]
        recovered = progress.attempts(1) + progress.attempts(2)
        assert len(recovered) == recovery.attempts
        assert all(a.flags and a.headline for a in recovered)
        assert progress.draft(1, "demo", "tap-water", "hash", KEY) is not None
    finally:
        progress.close()
    assert damage_of(damaged) is None


def test_rows_right_after_a_damaged_page_are_recovered(tmp_path):
    path = real_database(tmp_path / "progress.db")
    conn = sqlite3.connect(path)
    all_ids = {r[0] for r in conn.execute("SELECT id FROM attempts")}
    conn.close()
    leaves = pages_of(path, "attempts")
    write_garbage(path, [leaves[2]])
    recovery = recover_progress(path, WHEN)
    progress = Progress(path)
    kept = {a.id for a in progress.attempts(1) + progress.attempts(2)}
    progress.close()
    lost = all_ids - kept
    # One leaf holds a handful of attempts: only those are lost, in one run of ids.
    assert 0 < len(lost) <= 10
    assert max(lost) - min(lost) == len(lost) - 1
    assert recovery.attempts == len(kept)


def test_attempts_of_a_learner_whose_row_was_lost_keep_a_placeholder(tmp_path):
    path = real_database(tmp_path / "progress.db", attempts=30)
    write_garbage(path, pages_of(path, "learners"))
    recovery = recover_progress(path, WHEN)
    progress = Progress(path)
    try:
        names = {x.id: x.name for x in progress.learners()}
        assert names == {1: "Recovered learner 1", 2: "Recovered learner 2"}
        assert len(progress.attempts(1)) + len(progress.attempts(2)) == 30
    finally:
        progress.close()
    assert recovery.rows["learners"] == 0


def test_a_file_that_is_not_a_database_at_all(tmp_path):
    path = tmp_path / "progress.db"
    path.write_bytes(b"this was a progress database once" * 200)
    before = digest(path)
    with pytest.raises(ProgressDamaged):
        Progress(path)
    recovery = recover_progress(path, WHEN)
    assert recovery.attempts == 0
    assert digest(recovery.kept_as) == before
    progress = Progress(path)
    assert progress.learners() == []
    progress.close()


def test_starting_fresh_moves_the_damaged_file_aside_unchanged(damaged):
    before = digest(damaged)
    recovery = start_fresh(damaged, WHEN)
    assert not damaged.exists()
    assert digest(recovery.kept_as) == before
    progress = Progress(damaged)
    assert progress.learners() == []
    progress.close()


def test_setting_aside_twice_in_a_minute_keeps_both(tmp_path, damaged):
    first = start_fresh(damaged, WHEN).kept_as
    write_garbage(real_database(damaged, attempts=40), pages_of(damaged, "attempts")[1:2])
    second = start_fresh(damaged, WHEN).kept_as
    assert first != second and first.exists() and second.exists()
    assert second.name == "progress.db.damaged-2026-12-02T0105-2"


def test_a_recovery_that_cannot_write_leaves_the_damaged_file_where_it_was(damaged, monkeypatch):
    before = digest(damaged)

    def no_room(*_args, **_kwargs):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr("spotit.store.progress._write_recovered", no_room)
    with pytest.raises(ProgressError, match="could not recover"):
        recover_progress(damaged, WHEN)
    assert digest(damaged) == before
    assert sorted(p.name for p in damaged.parent.iterdir() if p.name.startswith(".")) == []


def test_a_cli_command_that_reads_progress_gives_one_line_and_exit_2(tmp_path, damaged, built_pack):
    import os
    import subprocess
    import sys

    before = digest(damaged)
    result = subprocess.run(
        [sys.executable, "-m", "spotit.cli", "class", "host", "--pack", str(built_pack)],
        capture_output=True,
        text=True,
        env=dict(os.environ, SPOTIT_DATA_DIR=str(damaged.parent), QT_QPA_PLATFORM="offscreen"),
        stdin=subprocess.DEVNULL,
        timeout=60,
    )
    assert result.returncode == 2, result.stderr
    assert result.stderr.count("\n") == 1, result.stderr
    assert "progress database is damaged" in result.stderr and str(damaged) in result.stderr
    assert "Traceback" not in result.stderr
    assert digest(damaged) == before
