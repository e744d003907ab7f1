"""The student page's HTTP server against what anyone on the network may send.

Requests go over real sockets on loopback from a worker thread, while the test's
Qt event loop serves them (the host runs on the GUI thread, as in the app).
"""

from __future__ import annotations

import itertools
import socket
import threading
import time

import pytest
from PySide6.QtWebSockets import QWebSocket
from tests.classroom.conftest import CODE, LOOPBACK

from spotit.classroom import protocol, web
from spotit.classroom.host import HostController

WAIT = 10_000


def off_thread(qtbot, work, timeout=WAIT):
    """Run ``work()`` on a worker thread while Qt's loop runs here; its result."""
    got: dict = {}

    def run():
        try:
            got["value"] = work()
        except BaseException as exc:  # handed to the test's thread
            got["error"] = exc

    thread = threading.Thread(target=run, daemon=True)
    thread.start()
    qtbot.waitUntil(lambda: not thread.is_alive(), timeout=timeout)
    if "error" in got:
        raise got["error"]
    return got["value"]


def raw_request(port: int, data: bytes, read_seconds: float = 5.0) -> bytes:
    """Send ``data`` as is, and read until the server closes or stops answering."""
    with socket.create_connection((LOOPBACK, port), timeout=read_seconds) as sock:
        sock.sendall(data)
        chunks = []
        try:
            while chunk := sock.recv(65536):
                chunks.append(chunk)
                if b"\r\n\r\n" in b"".join(chunks) and _complete(b"".join(chunks)):
                    break
        except (TimeoutError, ConnectionResetError):
            pass
        return b"".join(chunks)


def _complete(reply: bytes) -> bool:
    head, _, body = reply.partition(b"\r\n\r\n")
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            return len(body) >= int(value)
    return True


def get(port: int, path: str, host: str | None = None, method: str = "GET", extra: str = ""):
    host = f"{LOOPBACK}:{port}" if host is None else host
    request = f"{method} {path} HTTP/1.1\r\nHost: {host}\r\n{extra}Connection: close\r\n\r\n"
    return parse(raw_request(port, request.encode("latin-1")))


def parse(reply: bytes) -> tuple[int, dict[str, str], bytes]:
    head, _, body = reply.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1]) if lines and lines[0].startswith("HTTP/") else 0
    headers = {}
    for line in lines[1:]:
        name, _, value = line.partition(":")
        headers[name.strip().lower()] = value.strip()
    return status, headers, body


@pytest.fixture
def page_host(qtbot, session):
    controller = HostController(session)
    controller.start(LOOPBACK, 0, web_port=0)
    yield controller
    controller.end()
    controller.page.close()
    controller.server.close()


def test_the_page_is_served_with_a_strict_policy(qtbot, page_host):
    port = page_host.page.port
    status, headers, body = off_thread(qtbot, lambda: get(port, "/"))
    assert status == 200
    assert headers["content-type"] == "text/html; charset=utf-8"
    # The page learns the class's WebSocket port from the host, nothing else.
    assert f'content="{page_host.port}"'.encode() in body
    assert web.WS_PORT_PLACEHOLDER.encode() not in body
    policy = headers["content-security-policy"]
    assert "script-src 'self'" in policy and "default-src 'none'" in policy
    assert f"connect-src ws://{LOOPBACK}:{page_host.port};" in policy
    assert "unsafe" not in policy  # no inline script, no eval
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["cache-control"] == "no-store"
    assert headers["x-frame-options"] == "DENY"
    for path, media in (
        ("/student.js", "text/javascript"),
        ("/offsets.js", "text/javascript"),
        ("/student.css", "text/css"),
    ):
        status, headers, body = off_thread(qtbot, lambda p=path: get(port, p))
        assert status == 200 and headers["content-type"].startswith(media) and body
        assert headers["x-content-type-options"] == "nosniff"
    assert page_host.page_url == f"http://{LOOPBACK}:{port}/"


def test_the_page_holds_no_markup_sink_and_no_inline_script():
    files = web.page_files()
    for name in ("student.js", "offsets.js", "texts.js"):
        script = files[name].decode("utf-8")
        for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval("):
            assert sink not in script, f"{name} uses {sink}"
        assert "new Function" not in script
    html = files["index.html"].decode("utf-8")
    assert "<script>" not in html and "onclick" not in html.lower() and "style=" not in html
    assert "http://" not in html and "https://" not in html  # nothing from elsewhere


@pytest.mark.parametrize(
    "path",
    [
        "/../../../../etc/passwd",
        "/%2e%2e/%2e%2e/etc/passwd",
        "/..%2f..%2fetc%2fpasswd",
        "/student.js/../../pyproject.toml",
        "//etc/passwd",
        "/index.html",
        "/web/",
        "/web/index.html",
        "/classroom/web/student.js",
        "/student.js%00.png",
        "/STUDENT.JS",
        "/.git/config",
    ],
)
def test_nothing_but_the_pages_own_files_is_served(qtbot, page_host, path):
    status, _, body = off_thread(qtbot, lambda: get(page_host.page.port, path))
    assert status == 404
    assert b"root:" not in body and b"[project]" not in body


def test_a_request_under_another_host_name_gets_nothing(qtbot, page_host):
    port = page_host.page.port
    # A DNS-rebinding page names its own host: it learns nothing, not even the page.
    for host in ("evil.example", f"evil.example:{port}", f"{LOOPBACK}:{port + 1}", ""):
        status, _, body = off_thread(qtbot, lambda h=host: get(port, "/", host=h))
        assert status == 421 and b"spotit-ws-port" not in body
    status, _, _ = off_thread(qtbot, lambda: get(port, "/", host=f"localhost:{port}"))
    assert status == 200  # a loopback host also answers to "localhost"


def test_only_get_and_head(qtbot, page_host):
    port = page_host.page.port
    for method in ("DELETE", "PUT", "OPTIONS", "PATCH"):
        status, _, _ = off_thread(qtbot, lambda m=method: get(port, "/", method=m))
        assert status == 405
    status, headers, body = off_thread(qtbot, lambda: get(port, "/", method="HEAD"))
    assert status == 200 and body == b""
    status, _, _ = off_thread(
        qtbot, lambda: get(port, "/", method="POST", extra="Content-Length: 5\r\n")
    )
    assert status in (405, 413)


def test_oversized_requests_are_refused(qtbot, page_host):
    port = page_host.page.port
    status, _, _ = off_thread(qtbot, lambda: get(port, "/" + "a" * 10_000))
    assert status in (0, 400, 414)
    status, _, _ = off_thread(qtbot, lambda: get(port, "/", extra=f"X-Big: {'b' * 20_000}\r\n"))
    assert status in (0, 400, 431)
    many = "".join(f"X-{i}: {i}\r\n" for i in range(200))
    status, _, _ = off_thread(qtbot, lambda: get(port, "/", extra=many))
    assert status in (0, 400, 431)
    upload = "Content-Length: 100000000\r\n"
    status, _, _ = off_thread(qtbot, lambda: get(port, "/", method="POST", extra=upload))
    assert status in (0, 405, 413)
    # The server is still there for everyone else.
    status, _, _ = off_thread(qtbot, lambda: get(port, "/"))
    assert status == 200


def test_a_slow_client_is_closed(qtbot, page_host, monkeypatch):
    monkeypatch.setattr(web, "CONNECTION_SECONDS", 1)
    port = page_host.page.port

    def dribble():
        with socket.create_connection((LOOPBACK, port), timeout=10) as sock:
            started = time.monotonic()
            sock.sendall(b"GET / HTTP/1.1\r\n")
            try:
                for _ in range(100):  # a header byte every 0.1 s, never finished
                    sock.sendall(b"X")
                    time.sleep(0.1)
                    sock.settimeout(0.01)
                    try:
                        if sock.recv(1) == b"":
                            break
                    except TimeoutError:
                        pass
                    sock.settimeout(10)
            except (BrokenPipeError, ConnectionResetError):
                pass
            return time.monotonic() - started

    assert off_thread(qtbot, dribble, timeout=15_000) < 5


def test_connections_are_bounded_per_address(qtbot, page_host, monkeypatch):
    monkeypatch.setattr(web, "MAX_CONNECTIONS_PER_ADDRESS", 3)
    port = page_host.page.port
    held = [socket.create_connection((LOOPBACK, port)) for _ in range(3)]
    qtbot.waitUntil(lambda: page_host.page._tcp.open_connections == 3, timeout=WAIT)

    def one_more():
        with socket.create_connection((LOOPBACK, port), timeout=5) as sock:
            sock.sendall(b"GET / HTTP/1.1\r\nHost: x\r\n\r\n")
            try:
                return sock.recv(100)
            except ConnectionResetError:
                return b""

    assert off_thread(qtbot, one_more) == b""  # closed at once, unanswered
    assert page_host.page._tcp.refused == 1
    for sock in held:
        sock.close()
    qtbot.waitUntil(lambda: page_host.page._tcp.open_connections == 0, timeout=WAIT)
    status, _, _ = off_thread(qtbot, lambda: get(port, "/"))
    assert status == 200


_names = itertools.count(1)


def origin_opens(qtbot, port: int, origin: str) -> bool:
    """Whether a WebSocket sending ``origin`` gets to join (each try under a new name)."""
    name = f"Origin {next(_names)}"
    sock = QWebSocket(origin)
    got = []
    sock.textMessageReceived.connect(got.append)
    sock.disconnected.connect(lambda: got.append("closed"))
    sock.connected.connect(
        lambda: sock.sendTextMessage(
            f'{{"type": "join", "v": 1, "code": "{CODE}", "name": "{name}"}}'
        )
    )
    sock.open(f"ws://{LOOPBACK}:{port}/")
    qtbot.waitUntil(lambda: bool(got), timeout=WAIT)
    sock.close()
    return '"welcome"' in got[0]


def test_the_class_lets_in_the_hosts_own_page_and_no_other(qtbot, page_host):
    page = page_host.page.port
    assert origin_opens(qtbot, page_host.port, f"http://{LOOPBACK}:{page}")
    assert origin_opens(qtbot, page_host.port, f"http://localhost:{page}")
    assert origin_opens(qtbot, page_host.port, protocol.ORIGIN)
    for other in (
        "http://evil.example",
        f"http://{LOOPBACK}:{page + 1}",
        f"https://{LOOPBACK}:{page}",
        f"http://{LOOPBACK}:{page}.evil.example",
        "null",
    ):
        assert not origin_opens(qtbot, page_host.port, other), other


def test_a_taken_page_port_moves_the_page_to_a_free_one(qtbot, session):
    with socket.socket() as taken:
        taken.bind((LOOPBACK, 0))
        taken.listen()
        busy = taken.getsockname()[1]
        controller = HostController(session)
        lines = []
        controller.logged.connect(lines.append)
        controller.start(LOOPBACK, 0, web_port=busy)
        try:
            assert controller.page.port not in (0, busy)
            assert lines == [f"Port {busy} was taken: the student page is on {controller.page_url}"]
        finally:
            controller.page.close()
            controller.server.close()


def test_no_page_unless_asked(qtbot, session):
    controller = HostController(session)
    controller.start(LOOPBACK, 0)
    assert controller.page is None and controller.page_url is None
    assert controller.server.web_origins == set()
    controller.server.close()


def test_the_answer_rules_without_sockets():
    files = {"index.html": b"<p>", "student.css": b"", "student.js": b"", "offsets.js": b""}
    hosts = web.host_names("127.0.0.1", 8470)
    assert hosts == {"127.0.0.1:8470", "localhost:8470"}
    assert web.host_names("192.168.1.20", 8470) == {"192.168.1.20:8470"}
    assert web.host_names("::1", 8470) == {"[::1]:8470", "localhost:8470"}
    assert web.page_url("fe80::1", 80) == "http://[fe80::1]:80/"
    assert web.answer("GET", "/", "127.0.0.1:8470", files, hosts).status == 200
    assert web.answer("GET", "/", "127.0.0.1:8471", files, hosts).status == 421
    assert web.answer("POST", "/", "127.0.0.1:8470", files, hosts).status == 405
    assert web.answer("GET", "/x", "127.0.0.1:8470", files, hosts).status == 404
    assert web.answer("HEAD", "/", "localhost:8470", files, hosts).body == b""
