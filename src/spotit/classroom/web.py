"""The student page: the host serves SpotIt's browser client over plain HTTP.

A phone, a Chromebook or a locked-down lab PC joins a class from a browser: this
serves the page (``classroom/web/``: HTML, CSS and plain JavaScript, nothing else)
with Qt's own QHttpServer, and the page talks to the same ClassServer as the desktop
client, over WebSocket on the host's class port.

The page faces everyone on the network, so the server is deliberately small:

- it serves exactly the files in ``PAGE_FILES``, read once into memory at start: a
  request is looked up by its whole path, so there is no path to traverse and no
  directory to list; anything else is 404, any method but GET and HEAD 405;
- a request must name the host as the instructor shows it (``Host`` header): a page
  reached under another name (DNS rebinding) gets 421 and nothing else;
- every response carries a strict Content-Security-Policy (scripts only from the
  page's own files, WebSocket only to this host's class port), ``nosniff``,
  ``no-store`` and ``no-referrer``;
- request sizes are bounded by Qt (URL, header fields, body) and connections by
  ``LimitedTcpServer``: so many at once in all and per address, each closed after
  ``CONNECTION_SECONDS`` whatever it is doing, so a slow client holds nothing long.
"""

from __future__ import annotations

import io
import ipaddress
from collections import Counter
from dataclasses import dataclass
from importlib import resources

from PySide6.QtCore import QObject, QTimer
from PySide6.QtHttpServer import (
    QHttpServer,
    QHttpServerConfiguration,
    QHttpServerRequest,
    QHttpServerResponder,
    QHttpServerResponse,
)
from PySide6.QtNetwork import QHostAddress, QHttpHeaders, QTcpServer, QTcpSocket

from spotit.classroom.page_texts import texts_js
from spotit.classroom.server import ServerError

#: URL path -> (file in classroom/web, media type). Nothing else is ever served.
PAGE_FILES: dict[str, tuple[str, str]] = {
    "/": ("index.html", "text/html; charset=utf-8"),
    "/student.css": ("student.css", "text/css; charset=utf-8"),
    "/texts.js": ("texts.js", "text/javascript; charset=utf-8"),
    "/offsets.js": ("offsets.js", "text/javascript; charset=utf-8"),
    "/student.js": ("student.js", "text/javascript; charset=utf-8"),
}
#: Where index.html names the class port (a <meta> tag: no inline script under the CSP).
WS_PORT_PLACEHOLDER = "__SPOTIT_WS_PORT__"

MAX_URL_BYTES = 2048
MAX_HEADER_FIELDS = 50
MAX_HEADER_FIELD_BYTES = 8192
MAX_HEADER_BYTES = 32_768
MAX_BODY_BYTES = 0  # a GET has no body; anything sent is refused (413)
#: Requests per second from one address (a class behind one NAT loads 4 files each).
REQUESTS_PER_SECOND = 300
MAX_CONNECTIONS = 400
MAX_CONNECTIONS_PER_ADDRESS = 200
#: A connection is closed this long after it opened, finished or not (a browser opens
#: another when it needs one): a client that sends its request a byte at a time loses it.
CONNECTION_SECONDS = 10
KEEP_ALIVE_SECONDS = 5


def page_files() -> dict[str, bytes]:
    """The page's files by name: as shipped in the package, and ``texts.js`` made now,
    in the app's language (spotit.classroom.page_texts)."""
    folder = resources.files("spotit.classroom") / "web"
    return {
        name: texts_js() if name == "texts.js" else (folder / name).read_bytes()
        for name, _ in PAGE_FILES.values()
    }


def url_host(address: str) -> str:
    """``address`` as it stands in a URL: an IPv6 address in brackets."""
    return f"[{address}]" if ":" in address else address


def page_url(address: str, port: int) -> str:
    """The address students open: ``http://192.168.1.20:8470/``."""
    return f"http://{url_host(address)}:{port}/"


def host_names(address: str, port: int) -> set[str]:
    """The ``Host`` values (and WebSocket origins, after ``http://``) the page may come under.

    The address the instructor shows; on a loopback address also ``localhost``.
    """
    hosts = {url_host(address)}
    try:
        if ipaddress.ip_address(address.split("%")[0]).is_loopback:
            hosts.add("localhost")
    except ValueError:
        pass
    return {f"{h}:{port}" for h in hosts}


def qr_png(url: str, side: int) -> bytes:
    """A QR code of ``url`` as a PNG about ``side`` pixels wide (black on white, with its
    quiet zone), for the host window; segno makes it."""
    import segno  # only when a page is served

    code = segno.make(url, error="m")
    border = 4  # the quiet zone QR codes need around them
    modules = code.symbol_size(scale=1, border=border)[0]
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=max(2, side // modules), border=border)
    return buffer.getvalue()


def content_security_policy(host: str, ws_port: int) -> str:
    """The page's policy: its own files only, WebSocket to this host's class port only."""
    return (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
        f"connect-src ws://{host}:{ws_port}; base-uri 'none'; form-action 'none'; "
        "frame-ancestors 'none'"
    )


@dataclass(frozen=True)
class Answer:
    """What the server sends for one request (kept apart from Qt for the tests)."""

    status: int
    body: bytes
    media_type: str = "text/plain; charset=utf-8"


def answer(
    method: str, path: str, host: str, files: dict[str, bytes], allowed_hosts: set[str]
) -> Answer:
    """The answer to one request, by its method, path and ``Host`` header."""
    if host not in allowed_hosts:
        return Answer(421, b"Open the address your teacher shows.\n")
    if method not in ("GET", "HEAD"):
        return Answer(405, b"Only GET and HEAD.\n")
    entry = PAGE_FILES.get(path)
    if entry is None:
        return Answer(404, b"Not found.\n")
    name, media_type = entry
    return Answer(200, b"" if method == "HEAD" else files[name], media_type)


class LimitedTcpServer(QTcpServer):
    """A TCP server that bounds how many connections it holds, and for how long."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._per_address: Counter[str] = Counter()
        self.refused = 0

    def incomingConnection(self, handle) -> None:  # noqa: N802 (Qt naming)
        sock = QTcpSocket(self)
        if not sock.setSocketDescriptor(handle):
            sock.deleteLater()
            return
        address = sock.peerAddress().toString()
        if (
            sum(self._per_address.values()) >= MAX_CONNECTIONS
            or self._per_address[address] >= MAX_CONNECTIONS_PER_ADDRESS
        ):
            self.refused += 1
            sock.abort()
            sock.deleteLater()
            return
        self._per_address[address] += 1
        sock.disconnected.connect(lambda a=address: self._gone(a))
        # The socket's own timer: it goes with the socket, whoever frees it first.
        timer = QTimer(sock)
        timer.setSingleShot(True)
        timer.timeout.connect(sock.abort)
        timer.start(CONNECTION_SECONDS * 1000)
        self.addPendingConnection(sock)

    def _gone(self, address: str) -> None:
        self._per_address[address] -= 1
        if self._per_address[address] <= 0:
            del self._per_address[address]

    @property
    def open_connections(self) -> int:
        return sum(self._per_address.values())


class StudentPageServer(QObject):
    """Serves the student page on one address and port, for a class on ``ws_port``."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._files: dict[str, bytes] = {}
        self._allowed_hosts: set[str] = set()
        self._ws_port = 0
        self._http = QHttpServer(self)
        config = QHttpServerConfiguration()
        config.setMaximumUrlSize(MAX_URL_BYTES)
        config.setMaximumHeaderFieldCount(MAX_HEADER_FIELDS)
        config.setMaximumHeaderFieldSize(MAX_HEADER_FIELD_BYTES)
        config.setMaximumTotalHeaderSize(MAX_HEADER_BYTES)
        config.setMaximumBodySize(MAX_BODY_BYTES)
        config.setRateLimitPerSecond(REQUESTS_PER_SECOND)
        config.setKeepAliveTimeout(KEEP_ALIVE_SECONDS)
        self._http.setConfiguration(config)
        # PySide's routes can only return text, so each route answers "" and the
        # after-request handler, which sees every response (Qt's own 404s too), swaps in
        # the real one: every answer comes from answer(), with the security headers.
        # PySide keeps no reference to these callbacks: hold them, or Qt calls freed memory.
        self._callbacks = (lambda _request: "", self._finish)
        for path in PAGE_FILES:
            self._http.route(path, self._callbacks[0])
        self._http.addAfterRequestHandler(self, self._callbacks[1])
        self._tcp = LimitedTcpServer(self)

    def listen(self, address: str, port: int, ws_port: int) -> None:
        """Serve the page on ``address``:``port`` (0: any free port) for the class on ``ws_port``."""
        host = QHostAddress(address)
        if host.isNull():
            raise ServerError(f"{address}: not an IP address")
        try:
            files = page_files()
        except OSError as error:  # a damaged installation: say which file
            raise ServerError(f"the student page is missing from SpotIt: {error}") from None
        files["index.html"] = files["index.html"].replace(
            WS_PORT_PLACEHOLDER.encode(), str(ws_port).encode()
        )
        if not self._tcp.listen(host, port):
            raise ServerError(
                f"cannot serve the student page on {address} port {port}: {self._tcp.errorString()}"
            )
        if not self._http.bind(self._tcp):
            self._tcp.close()
            raise ServerError(f"cannot serve the student page on {address} port {port}")
        self._files = files
        self._ws_port = ws_port
        self._allowed_hosts = host_names(self.address, self.port)

    @property
    def address(self) -> str:
        return self._tcp.serverAddress().toString()

    @property
    def port(self) -> int:
        return self._tcp.serverPort()

    @property
    def url(self) -> str:
        return page_url(self.address, self.port)

    @property
    def is_listening(self) -> bool:
        return self._tcp.isListening()

    @property
    def origins(self) -> set[str]:
        """The WebSocket ``Origin`` values the page sends: the class server lets these in."""
        return {f"http://{h}" for h in self._allowed_hosts}

    def close(self) -> None:
        self._tcp.close()

    # -- requests ------------------------------------------------------------------------
    def _finish(self, request: QHttpServerRequest, response: QHttpServerResponse) -> None:
        host = bytes(request.value(b"host")).decode("latin-1")
        status = response.statusCode()
        if status in (QHttpServerResponder.StatusCode.Ok, QHttpServerResponder.StatusCode.NotFound):
            method = request.method().name.upper()
            got = answer(method, request.url().path(), host, self._files, self._allowed_hosts)
            response.swap(
                QHttpServerResponse(
                    got.media_type.encode(), got.body, QHttpServerResponder.StatusCode(got.status)
                )
            )
        headers = response.headers()
        self._add_security(host, headers)
        response.setHeaders(headers)

    def _add_security(self, host: str, headers: QHttpHeaders) -> None:
        # The page connects to the class under the name it was opened with.
        name = host.rsplit(":", 1)[0] if host in self._allowed_hosts else url_host(self.address)
        for key, value in (
            ("Content-Security-Policy", content_security_policy(name, self._ws_port)),
            ("X-Content-Type-Options", "nosniff"),
            ("Cache-Control", "no-store"),
            ("Referrer-Policy", "no-referrer"),
            ("X-Frame-Options", "DENY"),
            ("Cross-Origin-Resource-Policy", "same-origin"),
        ):
            headers.replaceOrAppend(key, value)
