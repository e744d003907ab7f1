"""A class session of 60 simulated students reaches a real LRS (Ralph) once it ends.

``spotit class host`` (headless, ``--auto``) runs the session in one process and
``spotit class simulate`` plays 60 scripted students in another, on loopback; the host
queues the session's statements when it ends and sends them before it exits. They are
read back through Ralph's ``GET /xAPI/statements``.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import time
from collections import Counter

from tests.lrs.conftest import HOMEPAGE, configure, held

from spotit.cli import main
from spotit.core.xapi import VERB_JOINED, VERB_SUBMITTED, article_iri
from spotit.store.bundled import data_dir
from spotit.store.class_results import ClassResults
from spotit.store.progress import Progress

STUDENTS = 60
ARTICLES = ("summit-ultimatum", "clinic-trial")


class Lines:
    """A process's output lines, collected by a thread as they come."""

    def __init__(self, stream) -> None:
        self.lines: list[str] = []
        self._thread = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self._thread.start()

    def _read(self, stream) -> None:
        for line in stream:
            self.lines.append(line.rstrip("\n"))

    def wait_for(self, pattern: str, timeout: float = 60) -> re.Match:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for line in list(self.lines):
                if m := re.search(pattern, line):
                    return m
            time.sleep(0.05)
        raise AssertionError(f"no line matching {pattern!r} in:\n" + "\n".join(self.lines))


def _spotit(*args: str, **kwargs) -> subprocess.Popen:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1")
    return subprocess.Popen(
        [sys.executable, "-m", "spotit.cli", *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        encoding="utf-8",
        env=env,
        **kwargs,
    )


def run_class(ralph, pack_path, folder, students: int = STUDENTS) -> Lines:
    """One class session, hosted headless (``--auto``) with the host's database configured
    to send to ``ralph``, ``students`` scripted students; the host's output."""
    progress = Progress(data_dir() / "progress.db")  # the host's own database
    configure(progress, ralph.endpoint, ralph.password)
    progress.close()

    host = _spotit(
        "class", "host", "--pack", str(pack_path), "--articles", ",".join(ARTICLES),
        "--port", "0", "--bind", "127.0.0.1", "--auto", "--pause", "0", "--grace", "1",
        "--gradebook", str(folder / "grades.csv"),
    )  # fmt: skip
    pupils = None
    try:
        out = Lines(host.stdout)
        code = out.wait_for(r"^code: (\S+)$").group(1)
        port = out.wait_for(r"^address: \S+ port (\d+)$").group(1)
        pupils = _spotit(
            "class", "simulate", "--host", "127.0.0.1", "--port", port, "--code", code,
            "--students", str(students), "--timeout", "120",
        )  # fmt: skip
        simulated = Lines(pupils.stdout)
        assert host.wait(timeout=180) == 0, "\n".join(out.lines)
        assert pupils.wait(timeout=60) == 0, "\n".join(simulated.lines)
    finally:
        for process in (host, pupils):
            if process is not None and process.poll() is None:
                process.kill()
                process.wait()
    return out


def test_sixty_students_arrive_in_the_lrs_once_the_session_ends(ralph, starter_pack_path, tmp_path):
    out = run_class(ralph, starter_pack_path, tmp_path)

    sent = out.wait_for(r"^lrs: (\d+) sent, (\d+) rejected, (\d+) waiting")
    stored = held(ralph)  # each statement once
    verbs = Counter(s["verb"]["id"] for s in stored.values())
    print(
        f"LRS read back after a class of {STUDENTS}: {len(stored)} statements, "
        f"{verbs[VERB_JOINED]} joined, {verbs[VERB_SUBMITTED]} submitted "
        f"(host: {sent.group(0)})"
    )
    assert verbs == {VERB_JOINED: STUDENTS, VERB_SUBMITTED: STUDENTS * len(ARTICLES)}
    assert sent.groups() == (str(len(stored)), "0", "0")

    # One account per student on the school's homepage, each joined once and with one
    # submission of each article.
    joined = [s["actor"] for s in stored.values() if s["verb"]["id"] == VERB_JOINED]
    assert {a["account"]["homePage"] for a in joined} == {HOMEPAGE}
    names = Counter(a["account"]["name"] for a in joined)
    assert len(names) == STUDENTS and set(names.values()) == {1}
    submitted = Counter(
        (s["actor"]["account"]["name"], s["object"]["id"])
        for s in stored.values()
        if s["verb"]["id"] == VERB_SUBMITTED
    )
    assert set(submitted) == {
        (name, article_iri("starter", article)) for name in names for article in ARTICLES
    }

    # What the LRS holds is what the host saved and queued.
    progress = Progress(data_dir() / "progress.db")
    try:
        (session,) = ClassResults(progress).sessions()
        assert len(ClassResults(progress).results(session.id)) == STUDENTS * len(ARTICLES)
        assert stored == {e.statement_id: e.statement for e in progress.outbox_statements()}
        assert progress.outbox_counts() == {"queued": 0, "sent": len(stored), "rejected": 0}
    finally:
        progress.close()


def test_a_class_ending_while_the_lrs_is_down_is_sent_later_by_push(
    ralph, starter_pack_path, tmp_path, capsys
):
    ralph.stop()
    out = run_class(ralph, starter_pack_path, tmp_path, students=6)
    waiting = out.wait_for(r"^lrs: (\d+) sent, (\d+) rejected, (\d+) waiting")
    expected = 6 + 6 * len(ARTICLES)
    assert waiting.groups() == ("0", "0", str(expected)), "\n".join(out.lines)

    ralph.start()
    assert main(["lrs", "push"]) == 0, capsys.readouterr()
    stored = held(ralph)
    verbs = Counter(s["verb"]["id"] for s in stored.values())
    assert verbs == {VERB_JOINED: 6, VERB_SUBMITTED: 6 * len(ARTICLES)}
    assert main(["lrs", "push"]) == 0  # nothing left: nothing sent twice
    assert len(held(ralph)) == expected
