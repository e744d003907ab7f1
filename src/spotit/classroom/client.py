"""The student's transport: one QWebSocket to the host, with reconnection and resending.

Everything the host sends is validated (spotit.classroom.protocol) before a signal
carries it on. An article this app will not draw (a link it does not allow, text that
does not match its blocks) does not end the session: the client tells the host
(``cannot_show``), says so with ``cannot_show``, and waits for the next article. If the connection drops after joining, the client reconnects with its
token and resends what the host may not have received: the pending submission, or
else the latest draft.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtWebSockets import QWebSocket, QWebSocketProtocol

from spotit.classroom import protocol
from spotit.core.i18n import translate
from spotit.core.model import Flag

#: Seconds between reconnection attempts, growing to the last value.
RECONNECT_DELAYS = (0.5, 1.0, 2.0, 4.0, 8.0)


def host_url(host: str, port: int) -> QUrl:
    """ws://host:port, with IPv6 addresses bracketed by QUrl itself."""
    url = QUrl()
    url.setScheme("ws")
    url.setHost(host)
    url.setPort(port)
    return url


class ClassClient(QObject):
    """A student's connection to a class session."""

    welcomed = Signal(object)  # protocol.Welcome
    article_offered = Signal(object)  # protocol.ArticleOffer
    submission_confirmed = Signal(object)  # protocol.Submitted
    revealed = Signal(object)  # protocol.Reveal
    ended = Signal(str)  # reason
    #: The host refused us or broke the protocol, or could not be reached: (code, message).
    #: The client stops; no reconnection.
    refused = Signal(str, str)
    #: A non-fatal error from the host: (code, message).
    problem = Signal(str, str)
    #: The current article could not be shown: (article id, index, count, reason). The
    #: host has been told; the session goes on.
    cannot_show = Signal(str, int, int, str)
    #: The answers to the current article could not be shown: (article id, reason). The
    #: host has been told; the article stays.
    answers_not_shown = Signal(str, str)
    #: "connecting", "connected", "reconnecting" or "closed".
    state_changed = Signal(str)
    #: Every text message exactly as received (before validation).
    message_received = Signal(str)

    def __init__(
        self, host: str, port: int, parent: QObject | None = None, reconnect: bool = True
    ) -> None:
        super().__init__(parent)
        self.host, self.port = host, port
        self.reconnect = reconnect
        self.token: str | None = None
        self.name = ""
        self.welcome: protocol.Welcome | None = None
        self.offer: protocol.ArticleOffer | None = None
        #: Why the current article could not be shown ("" when it could).
        self.unshown = ""
        self.state = "closed"
        self._context = protocol.HostContext()
        self._hello: dict | None = None
        self._socket: QWebSocket | None = None
        self._attempt = 0
        self._stopped = False
        self._ready = False  # welcomed on the current connection
        self._pending_submit: dict | None = None
        self._pending_draft: dict | None = None
        self._retry = QTimer(self)
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self._open)

    # -- starting and stopping ------------------------------------------------------------
    def join(self, code: str, name: str) -> None:
        """Connect and join with the session's code and a display name."""
        self._hello = protocol.join_message(code, name)
        self._start()

    def resume(self, token: str) -> None:
        """Connect and come back into a session with the token it gave earlier."""
        self.token = token
        self._hello = protocol.resume_message(token)
        self._start()

    def _start(self) -> None:
        self._stopped = False
        self._attempt = 0
        self._open()

    def close(self) -> None:
        """Leave the session for good on this client (the host keeps the token valid)."""
        self._stopped = True
        self._retry.stop()
        if self._socket is not None and self._ready:
            self._socket.sendTextMessage(protocol.encode(protocol.leave_message()))
        self._drop_socket()
        self._set_state("closed")

    def _drop_socket(self) -> None:
        self._ready = False
        if self._socket is not None:
            sock, self._socket = self._socket, None
            sock.blockSignals(True)  # its close is ours: not a lost connection
            sock.close()
            sock.deleteLater()

    def _open(self) -> None:
        self._drop_socket()
        sock = QWebSocket(protocol.ORIGIN, QWebSocketProtocol.Version.VersionLatest, self)
        sock.setMaxAllowedIncomingFrameSize(protocol.MAX_HOST_MESSAGE_BYTES)
        sock.setMaxAllowedIncomingMessageSize(protocol.MAX_HOST_MESSAGE_BYTES)
        sock.connected.connect(self._connected)
        sock.disconnected.connect(self._disconnected)
        sock.textMessageReceived.connect(self._received)
        sock.binaryMessageReceived.connect(self._binary_received)
        self._socket = sock
        self._set_state("connecting" if self.token is None else "reconnecting")
        sock.open(host_url(self.host, self.port))

    def _set_state(self, state: str) -> None:
        if state != self.state:
            self.state = state
            self.state_changed.emit(state)

    def _connected(self) -> None:
        if self.token is not None:
            self._hello = protocol.resume_message(self.token)
        self._send(self._hello)

    def _disconnected(self) -> None:
        reason = self._socket.errorString() if self._socket is not None else ""
        self._ready = False
        if self._stopped:
            return
        if self.token is None or not self.reconnect:
            # Never joined: nothing to come back to. Tell why, once.
            self._stopped = True
            self._set_state("closed")
            message = translate("ClassClient", "cannot reach {host}:{port} ({reason})")
            self.refused.emit(
                "unreachable", message.format(host=self.host, port=self.port, reason=reason)
            )
            return
        delay = RECONNECT_DELAYS[min(self._attempt, len(RECONNECT_DELAYS) - 1)]
        self._attempt += 1
        self._set_state("reconnecting")
        self._retry.start(int(delay * 1000))

    def _binary_received(self, _data) -> None:
        self._broken("a binary message")

    def _broken(self, what: str) -> None:
        self._stopped = True
        self._drop_socket()
        self._set_state("closed")
        message = translate("ClassClient", "the host sent something SpotIt cannot use ({problem})")
        self.refused.emit("bad-host", message.format(problem=what))

    # -- receiving ----------------------------------------------------------------------------
    def _received(self, raw: str) -> None:
        self.message_received.emit(raw)
        try:
            message = protocol.parse_host_message(raw, self._context)
        except protocol.UnshowableArticle as exc:
            self._unshowable(exc)
            return
        except protocol.UnshowableAnswers as exc:
            if exc.offer is not None:
                self._offered(exc.offer)  # the article shows, without its answers
            self._pending_submit = self._pending_draft = None  # the reveal settled them
            self._send(protocol.cannot_show_message(exc.article, f"its answers: {exc.reason}"))
            self.answers_not_shown.emit(exc.article, exc.reason)
            return
        except protocol.NotShown:
            return  # the answers to an article this student never saw: nothing to show
        except protocol.ProtocolError as exc:
            self._broken(str(exc))
            return
        if isinstance(message, protocol.Welcome):
            self.token, self.name, self.welcome = message.token, message.name, message
            self._ready = True
            self._attempt = 0
            self._set_state("connected")
            self.welcomed.emit(message)
        elif isinstance(message, protocol.ArticleOffer):
            self._offered(message)
        elif isinstance(message, protocol.Submitted):
            if self._pending_submit and self._pending_submit["article"] == message.article:
                self._pending_submit = None
            self.submission_confirmed.emit(message)
        elif isinstance(message, protocol.Reveal):
            self._pending_submit = self._pending_draft = None
            self.revealed.emit(message)
        elif isinstance(message, protocol.Ended):
            self._stopped = True
            self._pending_submit = self._pending_draft = None
            self._set_state("closed")
            self.ended.emit(message.reason)
        elif message.fatal:
            self._stopped = True
            self._set_state("closed")
            self.refused.emit(message.code, message.message)
        else:
            self.problem.emit(message.code, message.message)

    def _offered(self, offer: protocol.ArticleOffer) -> None:
        self.offer = offer
        self.unshown = ""
        self.article_offered.emit(offer)
        self._resend(offer)

    def _unshowable(self, problem: protocol.UnshowableArticle) -> None:
        """Stay in the session: tell the host why, tell the student, wait for the next one."""
        self.offer = None
        self.unshown = problem.reason
        self._pending_submit = self._pending_draft = None  # they were for another article
        self._send(protocol.cannot_show_message(problem.article, problem.reason))
        self.cannot_show.emit(problem.article, problem.index, problem.count, problem.reason)

    def _resend(self, offer: protocol.ArticleOffer) -> None:
        """After a (re)connection: send again what the host may have missed for this article."""
        article_id = offer.article.meta.id
        if offer.phase != "flagging" or offer.submitted:
            self._pending_submit = self._pending_draft = None
            return
        if self._pending_submit and self._pending_submit["article"] == article_id:
            self._send(self._pending_submit)
        elif self._pending_draft and self._pending_draft["article"] == article_id:
            self._send(self._pending_draft)
        else:
            self._pending_submit = self._pending_draft = None

    # -- sending --------------------------------------------------------------------------------
    def _send(self, message: dict | None) -> None:
        if message is not None and self._socket is not None:
            self._socket.sendTextMessage(protocol.encode(message))

    @property
    def ready(self) -> bool:
        """Joined, and the connection is up."""
        return self._ready

    def send_draft(
        self, article_id: str, flags: Sequence[Flag], seconds: int, hints_used: int = 0
    ) -> None:
        """The student's latest flags and hints shown; kept and sent again after a
        reconnection if need be."""
        self._pending_draft = protocol.draft_message(article_id, flags, seconds, hints_used)
        if self._ready:
            self._send(self._pending_draft)

    def submit(
        self, article_id: str, flags: Sequence[Flag], seconds: int, hints_used: int = 0
    ) -> None:
        """Submit (with the hints used); kept until the host confirms, and sent again after
        a reconnection."""
        self._pending_submit = protocol.submit_message(article_id, flags, seconds, hints_used)
        if self._ready:
            self._send(self._pending_submit)

    @property
    def submission_pending(self) -> bool:
        return self._pending_submit is not None
