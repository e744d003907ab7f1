"""Learner data is sacred: killing the app right after submitting loses nothing."""

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from spotit.store.progress import Progress

HELPER = Path(__file__).with_name("kill_helper.py")


def run_and_kill(starter_pack_path, tmp_path, mode: str) -> str:
    env = dict(os.environ, SPOTIT_DATA_DIR=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    proc = subprocess.Popen(
        [sys.executable, str(HELPER), str(starter_pack_path), mode],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env=env,
        cwd=Path(__file__).resolve().parents[2],
    )
    try:
        line = proc.stdout.readline().strip()
        os.kill(proc.pid, signal.SIGKILL)  # no clean shutdown, no atexit, no flush
        assert proc.wait(timeout=30) == -signal.SIGKILL
    finally:
        if proc.poll() is None:
            proc.kill()
    return line


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only")
def test_submitted_attempt_survives_sigkill(starter_pack_path, tmp_path):
    line = run_and_kill(starter_pack_path, tmp_path, "submit")
    assert line.startswith("SUBMITTED")
    db = tmp_path / "progress.db"
    conn = sqlite3.connect(db)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    progress = Progress(db)
    (learner,) = progress.learners()
    (attempt,) = progress.attempts(learner.id)
    assert attempt.article_id == "miracle-tea" and f"SUBMITTED {attempt.score}" == line
    assert [f.category for f in attempt.flags] == ["false-authority"]
    progress.close()


@pytest.mark.skipif(not hasattr(signal, "SIGKILL"), reason="POSIX only")
def test_draft_survives_sigkill(starter_pack_path, tmp_path):
    assert run_and_kill(starter_pack_path, tmp_path, "flag") == "FLAGGED"
    progress = Progress(tmp_path / "progress.db")
    (learner,) = progress.learners()
    assert progress.drafted_articles(learner.id, "starter") == {"miracle-tea"}
    progress.close()
