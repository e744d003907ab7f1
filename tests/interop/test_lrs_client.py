"""The LRS client and the outbox sender against a hostile HTTP server of our own.

The server (127.0.0.1, a thread) answers as each test tells it: malformed JSON, a 200 for
other ids, redirects, a 4xx or a 500 for one statement of a batch, 429/503, a huge body,
a reply that never comes. Whatever it does, the client raises only ``LrsError`` with a
one-line reason, and ``send_outbox`` reports it in its ``SendReport``: nothing raised,
nothing lost, every statement either sent, rejected with its reason, or queued for later.
Tests against a real LRS (Ralph) are in tests/lrs/.
"""

from __future__ import annotations

import base64
import json
import ssl
import threading
import time
import uuid
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from spotit.core.xapi import LrsSettings
from spotit.interop.lrs import LrsClient, LrsError, SendReport, backoff, send_outbox
from spotit.store.progress import Progress

T0 = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)
KEY, SECRET = "spotit-lab", "s3cret:with:colons"


class Reply:
    """What the server answers: a status, headers and a body (bytes, or JSON-able)."""

    def __init__(self, status=200, body=b"", headers=None, drip: float | None = None):
        self.status, self.headers, self.drip = status, dict(headers or {}), drip
        self.body = body if isinstance(body, bytes) else json.dumps(body).encode()


class Hostile(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.requests: list[dict] = []
        self.stored: dict[str, dict] = {}  # what an honest LRS would now hold
        self.answer = self.honest
        self.release = threading.Event()  # ends a reply that "never comes"

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}/xAPI/"

    def honest(self, request: dict) -> Reply:
        if request["method"] == "GET":
            return Reply(200, {"statements": list(self.stored.values()), "more": ""})
        for statement in request["json"]:
            self.stored[statement["id"]] = statement
        return Reply(200, [s["id"] for s in request["json"]])

    def handle_error(self, request, client_address) -> None:
        pass  # a client that hangs up on a huge body is what the test wants


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args) -> None:
        pass

    def _serve(self, method: str) -> None:
        server: Hostile = self.server  # type: ignore[assignment]
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        request = {
            "method": method,
            "path": self.path,
            "headers": dict(self.headers.items()),
            "json": json.loads(body) if body else None,
        }
        server.requests.append(request)
        reply = server.answer(request)
        if reply is None:  # never answer: hold the connection until the test ends
            server.release.wait(10)
            return
        self.send_response(reply.status)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(reply.body)))
        self.end_headers()
        if reply.drip is not None:  # a byte at a time, never quite done
            for byte in reply.body:
                if server.release.wait(reply.drip):
                    return
                self.wfile.write(bytes([byte]))
                self.wfile.flush()
            return
        self.wfile.write(reply.body)

    def do_POST(self) -> None:
        self._serve("POST")

    def do_GET(self) -> None:
        self._serve("GET")


@pytest.fixture
def lrs():
    server = Hostile()
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield server
    server.release.set()
    server.shutdown()
    server.server_close()


def settings_for(url: str, batch: int = 50) -> LrsSettings:
    return LrsSettings(endpoint=url, key=KEY, homepage="https://school.example", batch=batch)


def statement(n: int) -> dict:
    """A small valid statement (the shape core.xapi builds), training data only."""
    return {
        "id": str(uuid.uuid5(uuid.NAMESPACE_URL, f"urn:spotit:test/{n}")),
        "actor": {
            "objectType": "Agent",
            "account": {"homePage": "https://school.example", "name": f"learner-{n}"},
        },
        "verb": {
            "id": "http://adlnet.gov/expapi/verbs/attempted",
            "display": {"en-US": "attempted"},
        },
        "object": {
            "objectType": "Activity",
            "id": f"urn:spotit:pack:starter:article:a{n}",
            "definition": {"name": {"en": f"Invented article {n}"}},
        },
        "timestamp": "2026-03-02T09:00:00+00:00",
    }


@pytest.fixture
def progress(tmp_path, lrs):
    p = Progress(tmp_path / "progress.db")
    p.set_lrs_settings(settings_for(lrs.url))
    p.save_lrs_secret(SECRET)
    yield p
    p.close()


def queue(progress: Progress, n: int) -> list[dict]:
    statements = [statement(i) for i in range(n)]
    assert progress.queue_statements(statements, "attempted", T0) == n
    return statements


def states(progress: Progress) -> dict[str, str]:
    return {e.statement_id: e.state for e in progress.outbox_statements()}


def one_line_report(report: SendReport) -> None:
    for text in (report.text(), report.last_error, *report.problems):
        assert "\n" not in text and "\r" not in text


# -- the client --------------------------------------------------------------------------


def test_a_post_carries_basic_auth_the_version_header_and_the_statements(lrs):
    client = LrsClient(settings_for(lrs.url), SECRET)
    sent = [statement(1), statement(2)]
    result = client.post(sent)
    assert result.status == 200
    assert result.ids == tuple(s["id"] for s in sent)
    (request,) = lrs.requests
    assert request["path"] == "/xAPI/statements"
    assert request["headers"]["X-Experience-API-Version"] == "1.0.3"
    assert request["headers"]["Content-Type"].startswith("application/json")
    scheme, token = request["headers"]["Authorization"].split()
    assert scheme == "Basic"
    assert base64.b64decode(token).decode() == f"{KEY}:{SECRET}"
    assert request["json"] == sent
    assert SECRET not in repr(client)


def test_a_204_is_a_batch_already_stored(lrs):
    lrs.answer = lambda request: Reply(204)
    result = LrsClient(settings_for(lrs.url), SECRET).post([statement(1)])
    assert result.status == 204 and result.already_stored == (statement(1)["id"],)


def test_a_200_leaving_out_statements_the_lrs_held_already_is_success(lrs, progress):
    # Ralph answers only the ids it stored now; the rest it had from an earlier try.
    queued = queue(progress, 4)
    lrs.stored = {s["id"]: s for s in queued[:3]}

    def answer_the_new_ones(request):
        new = [s["id"] for s in request["json"] if s["id"] not in lrs.stored]
        lrs.honest(request)
        return Reply(200, new)

    lrs.answer = answer_the_new_ones
    result = LrsClient(settings_for(lrs.url), SECRET).post(queued)
    assert result.ids == (queued[3]["id"],)
    assert result.already_stored == tuple(s["id"] for s in queued[:3])
    report = send_outbox(progress, now=lambda: T0)
    assert (report.sent, report.retry_later) == (4, 0)
    assert progress.outbox_counts()["sent"] == 4


@pytest.mark.parametrize(
    ("reply", "said"),
    [
        (Reply(200, b"{not json"), "not JSON"),
        (Reply(200, {"ids": []}), "not a list of statement ids"),
        (Reply(200, [str(uuid.uuid4())]), "1 id(s) for 1 statement(s) posted, 1 of them not"),
        (Reply(200, [statement(1)["id"]] * 2), "2 id(s) for 1 statement(s) posted, some twice"),
        (Reply(200, b"\xff\xfe"), "not JSON"),
    ],
)
def test_a_200_that_does_not_list_the_posted_ids_is_an_error_to_retry(lrs, reply, said):
    lrs.answer = lambda request: reply
    with pytest.raises(LrsError) as caught:
        LrsClient(settings_for(lrs.url), SECRET).post([statement(1)])
    assert said in str(caught.value)
    assert caught.value.retry


def test_a_redirect_is_not_followed_and_the_error_names_where_it_leads(lrs):
    elsewhere = f"http://127.0.0.1:{lrs.server_address[1]}/phish/statements"
    lrs.answer = lambda request: (
        Reply(302, b"", {"Location": elsewhere})
        if "phish" not in request["path"]
        else Reply(200, [])
    )
    with pytest.raises(LrsError) as caught:
        LrsClient(settings_for(lrs.url), SECRET).post([statement(1)])
    assert elsewhere in str(caught.value)
    assert caught.value.status == 302 and not caught.value.retry
    assert [r["path"] for r in lrs.requests] == ["/xAPI/statements"]


def test_a_huge_reply_is_read_no_further_than_max_body(lrs):
    lrs.answer = lambda request: Reply(200, b"[" + b" " * 5_000_000 + b"]")
    client = LrsClient(settings_for(lrs.url), SECRET, max_body=10_000)
    started = time.monotonic()
    with pytest.raises(LrsError) as caught:
        client.post([statement(1)])
    assert "larger than 10000 bytes" in str(caught.value)
    assert caught.value.retry
    assert time.monotonic() - started < 5


def test_a_huge_error_reply_gives_a_short_one_line_reason(lrs):
    lrs.answer = lambda request: Reply(400, {"message": "bad\nstatement " + "x" * 50_000})
    with pytest.raises(LrsError) as caught:
        LrsClient(settings_for(lrs.url), SECRET, max_body=20_000).post([statement(1)])
    text = str(caught.value)
    assert "HTTP 400" in text and "bad statement x" in text
    assert "\n" not in text and len(text) < 400
    assert not caught.value.retry


def test_a_reply_that_never_comes_times_out(lrs):
    lrs.answer = lambda request: None
    client = LrsClient(settings_for(lrs.url), SECRET, timeout=0.5)
    started = time.monotonic()
    with pytest.raises(LrsError) as caught:
        client.post([statement(1)])
    assert "no reply within 0.5 s" in str(caught.value)
    assert caught.value.retry
    assert time.monotonic() - started < 3


def test_a_reply_that_drips_forever_is_cut_at_the_timeout(lrs):
    # Each byte comes well within the timeout; the whole reply never would.
    lrs.answer = lambda request: Reply(200, b"[" + b" " * 1000 + b"]", drip=0.05)
    client = LrsClient(settings_for(lrs.url), SECRET, timeout=0.6)
    started = time.monotonic()
    with pytest.raises(LrsError) as caught:
        client.post([statement(1)])
    assert "no reply within 0.6 s" in str(caught.value)
    assert time.monotonic() - started < 3


def test_an_lrs_that_is_not_there_is_an_error_to_retry(lrs):
    url = lrs.url
    lrs.shutdown()
    lrs.server_close()
    with pytest.raises(LrsError) as caught:
        LrsClient(settings_for(url), SECRET, timeout=2).post([statement(1)])
    assert "cannot reach 127.0.0.1" in str(caught.value)
    assert caught.value.retry


def test_an_https_lrs_whose_certificate_is_not_trusted_never_gets_the_secret(lrs):
    # A self-signed certificate (a test file): the handshake fails, nothing is sent.
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(Path(__file__).with_name("lrs_self_signed.pem"))
    lrs.socket = context.wrap_socket(lrs.socket, server_side=True)
    url = lrs.url.replace("http://", "https://")
    with pytest.raises(LrsError) as caught:
        LrsClient(settings_for(url), SECRET, timeout=2).post([statement(1)])
    assert "CERTIFICATE_VERIFY_FAILED" in str(caught.value) and caught.value.retry
    assert lrs.requests == []


@pytest.mark.parametrize(
    ("status", "retry"), [(400, False), (401, False), (404, False), (429, True), (503, True)]
)
def test_statuses_say_whether_to_retry(lrs, status, retry):
    lrs.answer = lambda request: Reply(status, {"message": "no"})
    with pytest.raises(LrsError) as caught:
        LrsClient(settings_for(lrs.url), SECRET).post([statement(1)])
    assert caught.value.retry is retry and caught.value.status == status
    assert f"HTTP {status}" in str(caught.value)


@pytest.mark.parametrize("endpoint", ["ftp://lrs.example/xAPI/", "lrs.example/xAPI", "http://"])
def test_an_endpoint_that_is_not_http_is_refused(endpoint):
    with pytest.raises(LrsError) as caught:
        LrsClient(settings_for(endpoint), SECRET)
    assert not caught.value.retry


def test_get_reads_statements_and_follows_more_only_on_the_same_server(lrs):
    client = LrsClient(settings_for(lrs.url), SECRET)
    client.post([statement(1)])
    got = client.get({"limit": 10, "ascending": True})
    assert [s["id"] for s in got["statements"]] == [statement(1)["id"]]
    assert lrs.requests[-1]["path"] == "/xAPI/statements?limit=10&ascending=true"
    client.get(more="/xAPI/statements?pit=abc")
    assert lrs.requests[-1]["path"] == "/xAPI/statements?pit=abc"
    with pytest.raises(LrsError):
        client.get(more="http://elsewhere.example/xAPI/statements?pit=abc")


# -- the sender --------------------------------------------------------------------------


def test_the_outbox_is_sent_in_batches_and_sending_again_sends_nothing(lrs, progress, tmp_path):
    progress.set_lrs_settings(settings_for(lrs.url, batch=4))
    queued = queue(progress, 10)
    report = send_outbox(progress, now=lambda: T0)
    assert (report.sent, report.rejected, report.retry_later, report.last_error) == (10, 0, 0, "")
    assert report.ok
    assert [len(r["json"]) for r in lrs.requests] == [4, 4, 2]
    assert set(lrs.stored) == {s["id"] for s in queued}
    assert set(states(progress).values()) == {"sent"}
    again = send_outbox(progress, now=lambda: T0 + timedelta(hours=1))
    assert again.sent == 0 and len(lrs.requests) == 3


def test_a_limit_sends_no_more_than_asked(lrs, progress):
    queue(progress, 7)
    assert send_outbox(progress, now=lambda: T0, limit=3).sent == 3
    assert progress.outbox_counts()["queued"] == 4


@pytest.mark.parametrize("status", [400, 422, 500])
def test_one_bad_statement_in_a_batch_is_found_rejected_and_the_rest_sent(lrs, progress, status):
    queued = queue(progress, 9)
    bad = queued[5]["id"]

    def refuse_the_bad_one(request):
        if any(s["id"] == bad for s in request["json"]):
            return Reply(status, {"message": f"statement {bad}: invalid\r\nresult"})
        return lrs.honest(request)

    lrs.answer = refuse_the_bad_one
    report = send_outbox(progress, now=lambda: T0)
    assert (report.sent, report.rejected, report.retry_later) == (8, 1, 0)
    assert set(lrs.stored) == {s["id"] for s in queued} - {bad}
    assert states(progress)[bad] == "rejected"
    (entry,) = progress.outbox_statements("rejected")
    assert f"HTTP {status}" in entry.last_error and "invalid result" in entry.last_error
    assert bad in report.last_error
    one_line_report(report)
    # A rejected statement stays listed and is never posted again.
    posts = len(lrs.requests)
    assert send_outbox(progress, now=lambda: T0 + timedelta(days=1)).sent == 0
    assert len(lrs.requests) == posts
    assert len(progress.outbox_statements()) == 9


def test_a_500_for_a_lone_statement_with_nothing_sent_is_kept_for_later(lrs, progress):
    queue(progress, 1)
    lrs.answer = lambda request: Reply(500, {"message": "Statements bulk indexation failed"})
    report = send_outbox(progress, now=lambda: T0)
    assert (report.sent, report.rejected, report.retry_later) == (0, 0, 1)
    assert progress.outbox_counts()["queued"] == 1


def test_an_lrs_failing_with_500_midway_rejects_nothing(lrs, progress):
    progress.set_lrs_settings(settings_for(lrs.url, batch=4))
    queue(progress, 8)

    def fail_after_the_first_batch(request):
        if len(lrs.stored) >= 4:
            return Reply(500, {"message": "Statements bulk indexation failed"})
        return lrs.honest(request)

    lrs.answer = fail_after_the_first_batch
    report = send_outbox(progress, now=lambda: T0)
    assert (report.sent, report.rejected, report.retry_later) == (4, 0, 4)
    assert progress.outbox_counts() == {"queued": 4, "sent": 4, "rejected": 0}


@pytest.mark.parametrize("status", [429, 503])
def test_a_busy_lrs_is_tried_again_later_with_backoff(lrs, progress, status):
    queue(progress, 5)
    lrs.answer = lambda request: Reply(status, {"message": "slow down"}, {"Retry-After": "1"})
    first = send_outbox(progress, now=lambda: T0)
    assert (first.sent, first.rejected, first.retry_later) == (0, 0, 5)
    assert f"HTTP {status}" in first.last_error
    assert len(lrs.requests) == 1  # a busy LRS is not asked again in the same run
    entries = progress.outbox_statements("queued")
    assert {e.tries for e in entries} == {1}
    assert {e.next_try_at for e in entries} == {(T0 + timedelta(seconds=30)).isoformat()}

    assert send_outbox(progress, now=lambda: T0 + timedelta(seconds=29)).retry_later == 0
    assert len(lrs.requests) == 1  # not due yet: not posted

    second_try = T0 + timedelta(seconds=30)
    assert send_outbox(progress, now=lambda: second_try).retry_later == 5
    assert {e.next_try_at for e in progress.outbox_statements("queued")} == {
        (second_try + timedelta(minutes=1)).isoformat()
    }

    lrs.answer = lrs.honest
    done = send_outbox(progress, now=lambda: second_try + timedelta(minutes=1))
    assert (done.sent, done.retry_later) == (5, 0)
    assert progress.outbox_counts() == {"queued": 0, "sent": 5, "rejected": 0}


def test_waiting_too_sends_what_waits_out_a_backoff(lrs, progress):
    queue(progress, 3)
    lrs.answer = lambda request: Reply(503)
    assert send_outbox(progress, now=lambda: T0).retry_later == 3
    lrs.answer = lrs.honest
    assert send_outbox(progress, now=lambda: T0).sent == 0  # not due yet
    report = send_outbox(progress, now=lambda: T0, waiting_too=True)
    assert report.sent == 3 and len(lrs.stored) == 3
    assert {e.sent_at for e in progress.outbox_statements()} == {T0.isoformat()}


def test_backoff_doubles_from_30_seconds_to_at_most_an_hour():
    assert [backoff(n).total_seconds() for n in range(9)] == [
        30,
        60,
        120,
        240,
        480,
        960,
        1920,
        3600,
        3600,
    ]
    assert backoff(10_000).total_seconds() == 3600


@pytest.mark.parametrize(
    "reply",
    [
        Reply(200, b"<html>captive portal</html>"),
        Reply(200, [str(uuid.uuid4())]),
        Reply(302, b"", {"Location": "https://login.example/"}),
        Reply(401, {"message": "bad credentials"}),
        None,
    ],
    ids=["not-json", "other-ids", "redirect", "401", "no-reply"],
)
def test_whatever_the_lrs_answers_nothing_is_lost_and_nothing_raised(lrs, progress, reply):
    queue(progress, 6)
    lrs.answer = lambda request: reply
    client = LrsClient(progress.lrs_settings(), SECRET, timeout=0.5)
    report = send_outbox(progress, client=client, now=lambda: T0)
    assert (report.sent, report.rejected, report.retry_later) == (0, 0, 6)
    assert report.last_error and not report.ok
    one_line_report(report)
    assert progress.outbox_counts() == {"queued": 6, "sent": 0, "rejected": 0}
    assert progress.outbox_last_error() == report.last_error
    # The LRS comes back: everything arrives once it is due again.
    lrs.answer = lrs.honest
    later = send_outbox(progress, now=lambda: T0 + timedelta(minutes=1))
    assert later.sent == 6 and len(lrs.stored) == 6


def test_the_sender_reports_rather_than_raises_without_settings_or_secret(tmp_path, lrs):
    bare = Progress(tmp_path / "bare.db")
    try:
        bare.queue_statements([statement(1)], "attempted", T0)
        report = send_outbox(bare, now=lambda: T0)
        assert report.sent == 0 and "no LRS is configured" in report.last_error
        bare.set_lrs_settings(settings_for(lrs.url))
        report = send_outbox(bare, now=lambda: T0)
        assert "secret is missing" in report.last_error
        assert bare.outbox_counts()["queued"] == 1
    finally:
        bare.close()


def test_the_sender_reports_a_broken_outbox_rather_than_raising(lrs, progress):
    queue(progress, 2)

    class Broken:
        def __getattr__(self, name):
            return getattr(progress, name)

        def outbox_due(self, *args, **kwargs):
            raise OSError("disk on fire")

    report = send_outbox(Broken(), now=lambda: T0)
    assert report.sent == 0 and "disk on fire" in report.last_error
