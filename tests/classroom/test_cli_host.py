"""`spotit class host` in a subprocess, with students in this process: all on loopback."""

from __future__ import annotations

import csv
import io
import os
import re
import signal
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from tests.classroom.conftest import LOOPBACK, Pupil
from tests.classroom.test_network import until

from spotit.store.bundled import data_dir
from spotit.store.class_results import ClassResults
from spotit.store.progress import Progress


class HostProcess:
    """The headless host, its output lines collected as they come."""

    def __init__(self, *args: str) -> None:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONUNBUFFERED="1")
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "spotit.cli", "class", "host", *args],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            env=env,
        )
        self.lines: list[str] = []
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        for line in self.proc.stdout:
            self.lines.append(line.rstrip("\n"))

    def type(self, command: str) -> None:
        self.proc.stdin.write(command + "\n")
        self.proc.stdin.flush()

    def line(self, qtbot, pattern: str) -> re.Match:
        """Wait for an output line matching ``pattern``; the match."""
        found: list[re.Match] = []

        def seen() -> bool:
            found[:] = [m for m in (re.search(pattern, x) for x in self.lines) if m]
            return bool(found)

        qtbot.waitUntil(seen, timeout=20_000)
        return found[0]

    def port(self, qtbot) -> int:
        return int(self.line(qtbot, r"^address: \S+ port (\d+)$").group(1))

    def code(self, qtbot) -> str:
        qtbot.waitUntil(lambda: bool(self.lines), timeout=20_000)
        return self.lines[0].removeprefix("code: ")

    def finish(self, timeout: float = 20) -> int:
        try:
            return self.proc.wait(timeout)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
            self.proc.stdin.close()


@pytest.fixture
def hosts():
    started: list[HostProcess] = []

    def start(*args: str) -> HostProcess:
        host = HostProcess(*args)
        started.append(host)
        return host

    yield start
    for host in started:
        if host.proc.poll() is None:
            host.proc.kill()
            host.proc.wait()


def read_gradebook(path: Path) -> list[dict]:
    return list(csv.DictReader(io.StringIO(path.read_bytes().decode("utf-8-sig"))))


def test_the_headless_host_prints_the_code_first_and_obeys_commands(
    qtbot, hosts, class_pack_path, tmp_path
):
    gradebook = tmp_path / "grades.csv"
    host = hosts(
        "--pack", str(class_pack_path), "--articles", "tea,council", "--port", "0",
        "--bind", LOOPBACK, "--gradebook", str(gradebook),
    )  # fmt: skip
    port = host.port(qtbot)
    assert re.fullmatch(r"code: [A-HJ-KM-NP-Z2-9]{6}", host.lines[0])
    code = host.code(qtbot)
    ana, ben = Pupil(port), Pupil(port)
    ana.client.join(code, "Ana")
    ben.client.join(code, "Ben")
    until(qtbot, lambda: ana.offers and ben.offers)
    ana.client.submit("tea", [], 3)
    host.line(qtbot, r"^submitted: Ana, article 1/2")

    host.type("status")
    host.line(qtbot, r"^status: article 1/2 \(flagging\), 2 connected, 2 joined, 1 submitted")
    host.line(qtbot, r"^  Ben: reading, 0 flags$")
    host.type("next")
    host.line(qtbot, r"^cannot next: reveal the answers to this article first")
    host.type("reveal")
    until(qtbot, lambda: ana.reveals and ben.reveals)
    host.type("next")
    until(qtbot, lambda: len(ana.offers) == 2 and len(ben.offers) == 2)
    assert ana.offers[-1].article.meta.id == "council"
    host.type("dance")
    host.line(qtbot, r"^unknown command 'dance'")
    host.type("end")
    until(qtbot, lambda: ana.ended and ben.ended)
    assert host.finish() == 0
    assert host.line(qtbot, r"^gradebook: (.+)$").group(1) == str(gradebook)
    rows = read_gradebook(gradebook)
    assert [(r["Student"], r["Article id"], r["Status"]) for r in rows] == [
        ("Ana", "tea", "submitted"),
        ("Ben", "tea", "auto-submitted"),
        ("Ana", "council", "auto-submitted"),
        ("Ben", "council", "auto-submitted"),
    ]
    progress = Progress(data_dir() / "progress.db")
    try:
        (record,) = ClassResults(progress).sessions()
        assert record.code == code and record.ended_at
        assert len(ClassResults(progress).results(record.id)) == 4
    finally:
        progress.close()


def test_auto_mode_reveals_and_moves_on_when_everyone_has_submitted(
    qtbot, hosts, class_pack_path, tmp_path
):
    gradebook = tmp_path / "auto.csv"
    host = hosts(
        "--pack", str(class_pack_path), "--articles", "tea,storm", "--port", "0",
        "--bind", LOOPBACK, "--gradebook", str(gradebook), "--auto", "--pause", "0",
        "--grace", "0.2",
    )  # fmt: skip
    port, code = host.port(qtbot), host.code(qtbot)
    pupil = Pupil(port)
    pupil.client.article_offered.connect(
        lambda offer: pupil.client.submit(offer.article.meta.id, [], 1)
    )
    pupil.client.join(code, "Solo")
    until(qtbot, lambda: pupil.ended)
    assert host.finish() == 0
    assert len(pupil.reveals) == 2
    assert [r["Status"] for r in read_gradebook(gradebook)] == ["submitted", "submitted"]


def test_a_termination_signal_ends_the_session_and_still_writes_the_gradebook(
    qtbot, hosts, class_pack_path, tmp_path
):
    gradebook = tmp_path / "stopped.csv"
    host = hosts(
        "--pack", str(class_pack_path), "--port", "0", "--bind", LOOPBACK,
        "--gradebook", str(gradebook), "--no-save",
    )  # fmt: skip
    host.port(qtbot)
    host.proc.send_signal(signal.SIGTERM)
    assert host.finish() == 0
    assert gradebook.exists()
    assert "stopping: ending the session" in host.lines


@pytest.mark.parametrize(
    "args, message",
    [
        (["--articles", "tea,nope"], "--articles: the pack has no article 'nope'"),
        (["--port", "70000"], "--port 70000: must be between 0 and 65535"),
        (["--bind", "not-an-address"], "not-an-address: not an IP address"),
        (["--gradebook", "/no/such/folder/g.csv"], "the folder does not exist"),
    ],
)
def test_bad_arguments_are_one_line_errors(class_pack_path, args, message):
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "spotit.cli",
            "class",
            "host",
            "--pack",
            str(class_pack_path),
            *args,
        ],
        capture_output=True,
        text=True,
        env=dict(os.environ, QT_QPA_PLATFORM="offscreen"),
        stdin=subprocess.DEVNULL,
        timeout=60,
    )
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and message in result.stderr


def test_a_missing_pack_is_a_one_line_error(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "spotit.cli", "class", "host", "--pack", str(tmp_path / "x.spotit")],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 2 and "no such file" in result.stderr
    assert result.stderr.count("\n") == 1


def test_the_cli_default_port_is_the_protocol_default():
    from spotit.classroom import cli, protocol

    assert cli.DEFAULT_PORT == protocol.DEFAULT_PORT
    assert cli.DEFAULT_WEB_PORT == protocol.DEFAULT_WEB_PORT
