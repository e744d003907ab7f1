"""A real learning record store on loopback: Ralph, started and stopped from Python.

Used by the tests in ``tests/lrs`` (the ``ralph`` fixture) and by ``bench/lrs_bench.py``.
Ralph lives in ``.venv-ralph`` (``make test`` and ``make bench`` make it from
``tests/lrs/ralph-requirements.txt``); it runs ``bench/ralph_app.py`` there, with the
file-system backend in a folder of its own, Basic auth from an auth file made with
``ralph auth``, and nothing written outside that folder (Ralph's history file too).

This module needs only the standard library: it talks to Ralph over ``http.client``
(never through SpotIt's client, which is what the tests check).
"""

from __future__ import annotations

import base64
import http.client
import json
import os
import secrets
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parents[1]
RALPH_VENV = ROOT / ".venv-ralph"
RALPH_PYTHON = RALPH_VENV / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
RALPH_CLI = RALPH_VENV / ("Scripts/ralph.exe" if sys.platform == "win32" else "bin/ralph")
APP = ROOT / "bench" / "ralph_app.py"
VERSION_HEADER = {"X-Experience-API-Version": "1.0.3"}
#: The account every test posts with (``ralph auth -s all``) and the agent Ralph records
#: as each statement's authority.
USERNAME = "spotit"
AUTHORITY_MBOX = "mailto:it@school.example"
#: How long Ralph may take to answer after starting (it answers after 1-5 s here).
START_TIMEOUT = 60.0


class RalphError(RuntimeError):
    """Ralph is missing, did not start, or answered something unexpected (with its log)."""


def free_port() -> int:
    """A loopback port nothing listens on right now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_auth_file(path: Path, password: str) -> Path:
    """The auth file of one account, ``USERNAME`` with ``password`` and every scope, made
    with Ralph's own ``ralph auth`` (the password is stored as a bcrypt hash)."""
    if not RALPH_CLI.exists():
        raise RalphError(
            f"Ralph is not installed in {RALPH_VENV}: run `make test` (or `make lrs-server`)"
        )
    path.parent.mkdir(parents=True, exist_ok=True)
    env = _ralph_env(path, path.parent)
    done = subprocess.run(
        [str(RALPH_CLI), "auth", "-u", USERNAME, "-p", password, "-s", "all"]
        + ["-M", AUTHORITY_MBOX, "-w"],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    if done.returncode != 0 or not path.is_file():
        raise RalphError(f"`ralph auth` failed ({done.returncode}):\n{done.stderr[-2000:]}")
    return path


def _ralph_env(auth_file: Path, folder: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("RALPH_")}
    env.update(
        RALPH_AUTH_FILE=str(auth_file),
        RALPH_RUNSERVER_BACKEND="fs",
        RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH=str(folder / "store"),
        # Ralph keeps a history of its writes in its app folder (~/.config/ralph): here.
        RALPH_APP_DIR=str(folder / "app"),
        RALPH_HISTORY_FILE=str(folder / "app" / "history.json"),
        PYTHONUNBUFFERED="1",
    )
    return env


class Ralph:
    """One Ralph LRS on ``127.0.0.1:port`` keeping its statements in ``folder/store``.

    ``start()`` waits (at most ``START_TIMEOUT``) until an authenticated
    ``GET /xAPI/statements`` answers 200; ``stop()`` ends it (SIGTERM, then SIGKILL);
    ``kill()`` ends it at once, as a crash or a pulled plug would; ``restart()`` starts
    it again on the same port with the same statements. Its output goes to ``log_path``;
    ``log_tail()`` is what a failure message shows.
    """

    def __init__(
        self, folder: Path, auth_file: Path, password: str, port: int | None = None
    ) -> None:
        self.folder = Path(folder)
        self.auth_file = auth_file
        self.password = password
        self.port = port or free_port()
        self.log_path = self.folder / "ralph.log"
        self.process: subprocess.Popen | None = None
        self.starts = 0
        (self.folder / "store").mkdir(parents=True, exist_ok=True)
        (self.folder / "app").mkdir(parents=True, exist_ok=True)

    @classmethod
    def fresh(cls, folder: Path) -> Ralph:
        """A Ralph with its own auth file and a random password, in ``folder`` (not started)."""
        password = secrets.token_urlsafe(16)
        auth = make_auth_file(Path(folder) / "auth.json", password)
        return cls(folder, auth, password)

    # -- life cycle ---------------------------------------------------------------------

    @property
    def endpoint(self) -> str:
        """The xAPI endpoint, as SpotIt's settings take it (without ``statements``)."""
        return f"http://127.0.0.1:{self.port}/xAPI/"

    @property
    def running(self) -> bool:
        return self.process is not None and self.process.poll() is None

    def start(self) -> Ralph:
        if self.running:
            return self
        if not RALPH_PYTHON.exists():
            raise RalphError(
                f"Ralph is not installed in {RALPH_VENV}: run `make test` (or `make lrs-server`)"
            )
        self.starts += 1
        log = self.log_path.open("a", encoding="utf-8")
        log.write(f"--- start {self.starts} on port {self.port}\n")
        log.flush()
        try:
            self.process = subprocess.Popen(
                [str(RALPH_PYTHON), str(APP), "--host", "127.0.0.1", "--port", str(self.port)],
                env=_ralph_env(self.auth_file, self.folder),
                cwd=self.folder,
                stdin=subprocess.DEVNULL,
                stdout=log,
                stderr=subprocess.STDOUT,
                # Its own process group: stopping it never signals the test run.
                start_new_session=True,
            )
        finally:
            log.close()
        self._wait_until_answering()
        return self

    def _wait_until_answering(self) -> None:
        deadline = time.monotonic() + START_TIMEOUT
        last = "no answer yet"
        while time.monotonic() < deadline:
            if self.process is not None and self.process.poll() is not None:
                raise RalphError(
                    f"Ralph exited with {self.process.returncode} while starting:\n"
                    + self.log_tail()
                )
            try:
                status, _ = self.request("GET", "/xAPI/statements?limit=1", timeout=2.0)
            except OSError as exc:
                last = f"{type(exc).__name__}: {exc}"
            else:
                if status == 200:
                    return
                last = f"HTTP {status}"
            time.sleep(0.1)
        self.stop()
        raise RalphError(
            f"Ralph did not answer within {START_TIMEOUT:.0f} s ({last}):\n" + self.log_tail()
        )

    def stop(self) -> None:
        """End Ralph politely (SIGTERM to its process group), then for sure."""
        self._end(signal.SIGTERM)

    def kill(self) -> None:
        """End Ralph at once (SIGKILL): no reply, no clean-up, like a crash."""
        self._end(signal.SIGKILL)

    def _end(self, sig: int) -> None:
        process, self.process = self.process, None
        if process is None:
            return
        if process.poll() is None:
            try:
                os.killpg(process.pid, sig)
            except ProcessLookupError:
                pass
            try:
                process.wait(timeout=15)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=15)
        else:
            process.wait()

    def restart(self) -> Ralph:
        """Stop (if running) and start again on the same port, keeping every statement."""
        self.stop()
        return self.start()

    def log_tail(self, chars: int = 4000) -> str:
        try:
            text = self.log_path.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return "(no log)"
        return text[-chars:]

    # -- reading back, with Ralph's own API -------------------------------------------

    def request(
        self, method: str, path: str, body: object = None, timeout: float = 30.0
    ) -> tuple[int, bytes]:
        """One authenticated request to Ralph; the status and the reply's body."""
        token = base64.b64encode(f"{USERNAME}:{self.password}".encode()).decode()
        headers = {"Authorization": f"Basic {token}", **VERSION_HEADER}
        data = None
        if body is not None:
            data = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            connection.request(method, path, body=data, headers=headers)
            reply = connection.getresponse()
            return reply.status, reply.read()
        finally:
            connection.close()

    def statements(self, **params: str) -> list[dict]:
        """Every statement Ralph holds (matching ``params``), following ``more`` links."""
        path = "/xAPI/statements" + (f"?{urlencode(params)}" if params else "")
        found: list[dict] = []
        for _ in range(100_000):
            status, body = self.request("GET", path)
            if status != 200:
                raise RalphError(f"GET {path} answered {status}: {body[:500]!r}")
            page = json.loads(body)
            found.extend(page["statements"])
            more = page.get("more")
            if not more:
                return found
            path = more
        raise RalphError("more than 100,000 pages of statements")

    def post(self, statements: list[dict]) -> tuple[int, bytes]:
        return self.request("POST", "/xAPI/statements", statements)


#: What Ralph adds to a statement when it stores one (xAPI 1.0.3, 2.4.8 and 2.4.9).
ADDED_BY_LRS = ("stored", "authority")


def as_sent(stored: dict) -> dict:
    """A statement read back from Ralph without the properties the LRS adds."""
    return {k: v for k, v in stored.items() if k not in ADDED_BY_LRS}
