"""The host's transport: a QWebSocketServer that feeds a ClassSession and delivers its answers.

Thin on purpose: every rule lives in spotit.classroom.session. This layer numbers
connections, enforces Qt-level size limits, refuses web pages other than the host's own student page (by Origin), and
measures how long the host takes to handle each message.
"""

from __future__ import annotations

import itertools
import sys
import time
from collections import Counter, deque
from collections.abc import Sequence

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtNetwork import QHostAddress, QSslConfiguration
from PySide6.QtWebSockets import QWebSocket, QWebSocketProtocol, QWebSocketServer

from spotit.classroom import protocol
from spotit.classroom.session import ClassSession, Send

CloseCode = QWebSocketProtocol.CloseCode


class ServerError(Exception):
    """The host cannot listen; the message is one line naming the address and port."""


#: How long the host handles students' messages before letting the window draw
#: (the stall a class can cause, beside one message's own handling).
SLICE_SECONDS = 0.008
#: Messages of one connection waiting to be handled beyond which more are dropped
#: unread: the session lets 60 through in a burst and drops the rest anyway.
MAX_WAITING_PER_CONNECTION = 200


class ClassServer(QObject):
    """Serves one ClassSession to students on one address and port."""

    #: Something in the session may have changed (a message was handled); screens refresh.
    changed = Signal()

    def __init__(self, session: ClassSession, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self._server = QWebSocketServer(
            "SpotIt class", QWebSocketServer.SslMode.NonSecureMode, self
        )
        self._server.setMaxPendingConnections(100)
        self._server.setHandshakeTimeout(10_000)
        self._server.newConnection.connect(self._accept)
        self._sockets: dict[int, QWebSocket] = {}
        #: The Origins of the host's own student page (spotit.classroom.web), let in
        #: beside SpotIt's client; every other web page is refused.
        self.web_origins: set[str] = set()
        self._ids = itertools.count(1)
        #: Milliseconds the host spent on each recent message (receive, handle, send replies).
        self.handling_ms: deque[float] = deque(maxlen=100_000)
        self.faults = 0
        #: What students sent (a message, or None for a connection gone), in arrival
        #: order, handled a slice of the event loop at a time: a whole class sending at
        #: once never freezes the instructor's window.
        self._inbox: deque[tuple[int, str | bytes | None]] = deque()
        self._waiting: Counter[int] = Counter()
        self._drain_timer = QTimer(self)
        self._drain_timer.setSingleShot(True)
        self._drain_timer.setInterval(0)
        self._drain_timer.timeout.connect(self._drain)
        self._sweep = QTimer(self)
        self._sweep.setInterval(1000)
        self._sweep.timeout.connect(lambda: self.apply(self.session.expire()))

    # -- listening ----------------------------------------------------------------------
    def listen(self, address: str, port: int) -> None:
        """Start accepting students on ``address`` (an IP) and ``port`` (0: any free port)."""
        host = QHostAddress(address)
        if host.isNull():
            raise ServerError(f"{address}: not an IP address")
        # Qt reads the system's TLS settings when it makes its first WebSocket, even for
        # plain ws:// (0.2-0.4 s here). Pay that now, not when the first student joins.
        QSslConfiguration.defaultConfiguration()
        if not self._server.listen(host, port):
            raise ServerError(
                f"cannot listen on {address} port {port}: {self._server.errorString()}"
            )
        self._sweep.start()

    @property
    def address(self) -> str:
        return self._server.serverAddress().toString()

    @property
    def port(self) -> int:
        return self._server.serverPort()

    @property
    def is_listening(self) -> bool:
        return self._server.isListening()

    def close(self) -> None:
        """Stop listening and drop every connection (the session itself is kept)."""
        self._sweep.stop()
        self._server.close()
        for sock in list(self._sockets.values()):
            # A closing handshake, after whatever is still queued for that student.
            # Each leaves the table (and is freed) when its disconnection comes through.
            sock.close(CloseCode.CloseCodeGoingAway, "the host stopped")

    # -- connections --------------------------------------------------------------------
    def _accept(self) -> None:
        while self._server.hasPendingConnections():
            sock = self._server.nextPendingConnection()
            if sock is None:
                break
            sock.setParent(self)
            # Qt closes the connection on anything larger; the session answers "too-large"
            # to messages between its own limit and this one.
            sock.setMaxAllowedIncomingFrameSize(protocol.MAX_CLIENT_FRAME_BYTES)
            sock.setMaxAllowedIncomingMessageSize(protocol.MAX_CLIENT_FRAME_BYTES)
            sock.setReadBufferSize(protocol.MAX_CLIENT_FRAME_BYTES)
            # A web page's script always sends its Origin; SpotIt's client sends "spotit",
            # and the host's own student page its address.
            origin = sock.origin()
            if origin not in ("", protocol.ORIGIN) and origin not in self.web_origins:
                sock.close(CloseCode.CloseCodePolicyViolated, "web pages cannot join")
                sock.deleteLater()
                continue
            conn = next(self._ids)
            self._sockets[conn] = sock
            sock.setProperty("conn", conn)
            # Bound methods, not lambdas: Qt drops these connections when the server goes.
            sock.textMessageReceived.connect(self._text_received)
            sock.binaryMessageReceived.connect(self._binary_received)
            sock.disconnected.connect(self._disconnected)
            # An IPv4 client of a dual-stack socket shows as ::ffff:a.b.c.d; rate limits
            # should see the same address either way.
            address = sock.peerAddress().toString()
            if address.startswith("::ffff:") and "." in address:
                address = address[len("::ffff:") :]
            self._handle(conn, lambda c=conn, a=address: self.session.open_connection(c, a))

    def _conn_of_sender(self) -> int | None:
        sock = self.sender()
        return None if sock is None else sock.property("conn")

    def _text_received(self, text: str) -> None:
        if (conn := self._conn_of_sender()) is not None:
            self._queue(conn, text)

    def _binary_received(self, data) -> None:
        if (conn := self._conn_of_sender()) is not None:
            self._queue(conn, bytes(data))

    def _disconnected(self) -> None:
        if (conn := self._conn_of_sender()) is not None:
            self._queue(conn, None)

    def _queue(self, conn: int, raw: str | bytes | None) -> None:
        if raw is not None:
            if self._waiting[conn] >= MAX_WAITING_PER_CONNECTION:
                return  # far past the session's own limit (too-fast): not even queued
            self._waiting[conn] += 1
        self._inbox.append((conn, raw))
        if not self._drain_timer.isActive():
            self._drain_timer.start()

    def _drain(self) -> None:
        deadline = time.perf_counter() + SLICE_SECONDS
        while self._inbox:
            conn, raw = self._inbox.popleft()
            if raw is None:
                self._waiting.pop(conn, None)
                self._gone(conn)
            else:
                self._waiting[conn] -= 1
                self._received(conn, raw)
            if time.perf_counter() > deadline:
                break
        if self._inbox:
            self._drain_timer.start()  # the rest after the window has had its turn

    def _received(self, conn: int, raw: str | bytes) -> None:
        started = time.perf_counter()
        self._handle(conn, lambda: self.session.receive(conn, raw))
        self.handling_ms.append((time.perf_counter() - started) * 1000)

    def _gone(self, conn: int) -> None:
        sock = self._sockets.pop(conn, None)
        self.session.close_connection(conn)
        if sock is not None:
            sock.deleteLater()
        self.changed.emit()

    def _handle(self, conn: int, work) -> None:
        try:
            sends = work()
        except Exception as exc:  # noqa: BLE001 - a bug must not take the class down
            self.faults += 1
            print(f"spotit: classroom host: could not handle a message: {exc!r}", file=sys.stderr)
            sends = [
                Send(conn, protocol.error_message("bad-message", "the host could not handle it"))
            ]
        self.apply(sends)
        self.changed.emit()

    def apply(self, sends: Sequence[Send]) -> None:
        """Deliver the session's answers: send each message, close where asked."""
        for send in sends:
            sock = self._sockets.get(send.conn)
            if sock is None:
                continue
            if send.message is not None:
                sock.sendTextMessage(protocol.encode(send.message))
            if send.close:
                code = (
                    CloseCode.CloseCodePolicyViolated
                    if send.message is not None and send.message.get("type") == "error"
                    else CloseCode.CloseCodeNormal
                )
                sock.close(code, "")

    def connection_count(self) -> int:
        return len(self._sockets)
