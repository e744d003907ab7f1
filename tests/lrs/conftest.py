"""A real LRS for these tests: Ralph on a free loopback port (bench/ralph_lrs.py).

``ralph`` is a running Ralph with a temporary file-system store and its own auth file
(made once per run with ``ralph auth``; the password is random); it is stopped at the end
of the test, and ``ralph.restart()`` stops and starts it with the same statements. When a
test fails, Ralph's log is printed with it.
"""

from __future__ import annotations

import http.client
import secrets
import threading
from datetime import timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest
from bench.ralph_lrs import USERNAME, Ralph, as_sent, make_auth_file


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    report = yield
    setattr(item, f"report_{report.when}", report)
    return report


@pytest.fixture(scope="session")
def ralph_account(tmp_path_factory):
    """One auth file for the run (``ralph auth`` takes about a second): path and password."""
    password = secrets.token_urlsafe(16)
    path = make_auth_file(tmp_path_factory.mktemp("ralph-auth") / "auth.json", password)
    return path, password


@pytest.fixture
def ralph(tmp_path_factory, ralph_account, request):
    auth_file, password = ralph_account
    lrs = Ralph(tmp_path_factory.mktemp("ralph"), auth_file, password)
    lrs.start()
    yield lrs
    lrs.stop()
    report = getattr(request.node, "report_call", None)
    if report is not None and report.failed:
        print(f"Ralph's log ({lrs.log_path}):\n{lrs.log_tail()}")


@pytest.fixture(scope="session")
def starter_pack_path(tmp_path_factory):
    from tests.conftest import STARTER

    from spotit.content.source import read_pack_source
    from spotit.store.pack import build_pack

    source = read_pack_source(STARTER)
    assert not source.problems, source.problems
    return build_pack(source, tmp_path_factory.mktemp("starter") / "starter.spotit")


#: The school's account homepage in these tests.
HOMEPAGE = "https://school.example"


def configure(progress, endpoint: str, password: str, batch: int = 50) -> None:
    """Point ``progress`` at an LRS, as `spotit lrs configure` does."""
    from spotit.core.xapi import LrsSettings

    progress.set_lrs_settings(LrsSettings(endpoint, USERNAME, HOMEPAGE, batch=batch))
    progress.save_lrs_secret(password)


@pytest.fixture
def school(tmp_path, starter_pack_path, ralph):
    """Ana's practice on the starter pack (on a hand-moved clock), her progress database
    configured to send to ``ralph``."""
    from tests.conftest import Clock

    from spotit.practice import Practice
    from spotit.store.pack import open_pack
    from spotit.store.progress import Progress

    progress = Progress(tmp_path / "progress.db")
    configure(progress, ralph.endpoint, ralph.password)
    pack = open_pack(starter_pack_path)
    practice = Practice(progress, progress.add_learner("Ana"), {pack.meta.id: pack}, clock=Clock())
    yield practice
    pack.close()
    progress.close()


def submit(practice, article_ids, minutes: float = 3) -> None:
    """Submit each starter article (every red flag found), ``minutes`` apart."""
    from tests.conftest import answer_all_but

    for article_id in article_ids:
        answer_all_but(practice, article_id)
        practice.clock.now += timedelta(minutes=minutes)


def queued(progress) -> dict[str, dict]:
    """Every statement in the outbox, by id."""
    return {e.statement_id: e.statement for e in progress.outbox_statements()}


def held(ralph) -> dict[str, dict]:
    """Every statement Ralph holds, by id, as sent (asserting that no id is there twice)."""
    stored = ralph.statements()
    ids = [s["id"] for s in stored]
    assert len(ids) == len(set(ids)), f"Ralph holds {len(ids) - len(set(ids))} duplicates"
    return {s["id"]: as_sent(s) for s in stored}


class Proxy:
    """A loopback HTTP relay in front of Ralph that can end Ralph in the middle of a post.

    ``plan`` maps the number of a POST (1 for the first) to what happens to it:
    "kill-before" ends Ralph (SIGKILL) as the batch arrives, before Ralph sees it;
    "kill-after" relays the batch, lets Ralph store it and answer, then ends Ralph and
    drops the answer (so the sender never learns the batch was stored). Every other
    request is relayed; with Ralph down, the connection is dropped.
    """

    def __init__(self, ralph, plan: dict[int, str]) -> None:
        self.ralph, self.plan = ralph, dict(plan)
        self.posts = 0
        self.seen: list[tuple[int, str]] = []  # (post number, what happened)
        self._lock = threading.Lock()
        proxy = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args) -> None:  # quiet
                pass

            def do_GET(self) -> None:
                proxy._relay(self)

            def do_POST(self) -> None:
                proxy._relay(self)

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self._thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self._thread.start()

    @property
    def endpoint(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/xAPI/"

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def _relay(self, handler: BaseHTTPRequestHandler) -> None:
        length = int(handler.headers.get("Content-Length") or 0)
        body = handler.rfile.read(length) if length else None
        action = "relay"
        if handler.command == "POST":
            with self._lock:
                self.posts += 1
                number = self.posts
                action = self.plan.get(number, "relay")
                self.seen.append((number, action))
        if action == "kill-before":
            self.ralph.kill()
            handler.close_connection = True
            return
        headers = {
            k: v
            for k, v in handler.headers.items()
            if k.lower() not in ("host", "connection", "content-length", "keep-alive")
        }
        upstream = http.client.HTTPConnection("127.0.0.1", self.ralph.port, timeout=30)
        try:
            upstream.request(handler.command, handler.path, body=body, headers=headers)
            reply = upstream.getresponse()
            data = reply.read()
        except OSError:
            handler.close_connection = True  # Ralph is down: as if nobody answered
            return
        finally:
            upstream.close()
        if action == "kill-after":
            self.ralph.kill()
            handler.close_connection = True
            return
        handler.send_response(reply.status)
        for name in ("Content-Type", "Location", "X-Experience-API-Version"):
            if reply.getheader(name):
                handler.send_header(name, reply.getheader(name))
        handler.send_header("Content-Length", str(len(data)))
        handler.end_headers()
        handler.wfile.write(data)
