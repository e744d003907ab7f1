"""Sending xAPI statements to a school's Learning Record Store (LRS), without losing any.

Statements are built in ``spotit.core.xapi`` and queued in the progress database's outbox
(``Progress.queue_statements``, in the transaction of what they describe). This module
posts them: :class:`LrsClient` speaks xAPI 1.0.3 over ``http.client`` (Basic auth, the
version header, JSON), and :func:`send_outbox` drains the outbox in batches.

The LRS's replies are untrusted. A redirect is not followed, a reply body is read up to
``max_body`` bytes, the whole exchange is bounded by ``timeout`` seconds, and a 200 may list
only ids that were posted. Whatever goes wrong becomes an :class:`LrsError`
with a one-line reason, and :func:`send_outbox` turns those into a :class:`SendReport`:
it never raises, and it never deletes a statement. A batch the LRS refuses because of
one statement (a 4xx, or the 500 Ralph answers when one statement of a bulk insert is
bad) is split in halves until that statement is found; it is marked rejected with the
LRS's reason and the rest are sent. An LRS that is down, busy or answering nonsense
leaves the statements queued, each tried again later with exponential backoff.
"""

from __future__ import annotations

import base64
import http.client
import json
import math
import re
import socket
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any
from urllib.parse import urlencode, urljoin, urlsplit

from spotit import __version__
from spotit.core.progress import moment, utc_now
from spotit.core.xapi import XAPI_VERSION

if TYPE_CHECKING:
    from spotit.core.xapi import LrsSettings

#: Backoff of a statement the LRS could not take: 30 s, 1 min, 2 min ... at most an hour.
FIRST_RETRY = timedelta(seconds=30)
LONGEST_RETRY = timedelta(hours=1)
#: How much of an LRS's reason is kept in a one-line error.
REASON_CHARS = 200
#: Where an error reply's JSON usually says why.
REASON_KEYS = ("message", "detail", "error", "msg")
#: HTTP statuses that say something about the statements posted, so a batch answered with
#: one of them is split to find the statement at fault. 500 is here because an LRS may
#: answer 500 for a bulk insert it could not store (Ralph 5.1.0's file backend does).
STATEMENT_STATUSES = frozenset({400, 409, 413, 422, 500})


class LrsError(Exception):
    """The LRS could not take a request; ``retry`` says whether trying later may help.

    ``status`` is the HTTP status when there was one (None for network errors, timeouts
    and replies that are not HTTP).
    """

    def __init__(self, message: str, retry: bool, status: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.retry = retry
        self.status = status

    def __str__(self) -> str:
        return self.message


@dataclass(frozen=True)
class PostResult:
    """A post the LRS accepted: its HTTP status (200 stored, 204 all already stored), the
    ids it stored now (for a 204, those posted) and those it held already (a 200 lists
    only the statements it stored now)."""

    status: int
    ids: tuple[str, ...]
    already_stored: tuple[str, ...] = ()


@dataclass(frozen=True)
class SendReport:
    """What one run of :func:`send_outbox` did.

    ``sent``: statements the LRS now holds; ``rejected``: statements the LRS refused (kept
    in the outbox as rejected, with the reason); ``retry_later``: statements that stay
    queued and are tried again later; ``last_error``: the last problem, one line ("" if
    none); ``problems``: every problem met, one line each.
    """

    sent: int = 0
    rejected: int = 0
    retry_later: int = 0
    last_error: str = ""
    problems: tuple[str, ...] = field(default_factory=tuple)

    @property
    def ok(self) -> bool:
        """True when nothing was rejected or left for later."""
        return not (self.rejected or self.retry_later or self.last_error)

    def text(self) -> str:
        """One line, e.g. "sent 12, rejected 1, 3 to retry later; last error: ..."."""
        line = f"sent {self.sent}, rejected {self.rejected}, {self.retry_later} to retry later"
        return f"{line}; last error: {self.last_error}" if self.last_error else line

    def as_json(self) -> dict:
        return {
            "sent": self.sent,
            "rejected": self.rejected,
            "retry_later": self.retry_later,
            "last_error": self.last_error,
            "problems": list(self.problems),
        }


def endpoint_problem(endpoint: str) -> str | None:
    """Why ``endpoint`` cannot be an LRS endpoint (not http(s), no host, a query...), or
    None if it can."""
    try:
        parts = urlsplit(endpoint)
        parts.port  # noqa: B018  # raises ValueError for a port that is not a number
    except ValueError as exc:
        return f"{endpoint!r} is not a URL ({exc})"
    if parts.scheme not in ("http", "https"):
        return f"{endpoint!r} is not an http:// or https:// URL"
    if not parts.hostname:
        return f"{endpoint!r} names no host"
    if parts.query or parts.fragment:
        return f"{endpoint!r}: the endpoint takes no ?query or #fragment"
    if parts.username or parts.password:
        return f"{endpoint!r}: give the key and secret apart, not in the URL"
    if any(ord(c) <= 32 or ord(c) == 127 for c in endpoint):
        return f"{endpoint!r}: a URL holds no spaces or control characters"
    return None


def one_line(text: str, limit: int = REASON_CHARS) -> str:
    """Untrusted text as one short printable line."""
    flat = " ".join("".join(c if c.isprintable() else " " for c in text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


class LrsClient:
    """An xAPI 1.0.3 client for one LRS: ``post`` statements, ``get`` them back.

    ``settings.endpoint`` is the LRS's xAPI base (``http://host:port/xAPI/``); the
    statements resource is ``statements`` under it. ``timeout`` bounds each whole
    exchange (connect, send, reply) in seconds; ``max_body`` bounds the reply read.
    """

    def __init__(
        self,
        settings: LrsSettings,
        secret: str,
        timeout: float = 10.0,
        max_body: int = 1_000_000,
    ) -> None:
        problem = endpoint_problem(settings.endpoint)
        if problem:
            raise LrsError(problem, retry=False)
        self.settings = settings
        self.timeout = timeout
        self.max_body = max_body
        base = settings.endpoint if settings.endpoint.endswith("/") else settings.endpoint + "/"
        self.base = base
        self.statements_url = urljoin(base, "statements")
        token = base64.b64encode(f"{settings.key}:{secret}".encode()).decode("ascii")
        self._headers = {
            "Authorization": f"Basic {token}",
            "X-Experience-API-Version": XAPI_VERSION,
            "Accept": "application/json",
            "User-Agent": f"SpotIt/{__version__}",
        }

    def __repr__(self) -> str:  # never the secret
        return f"LrsClient({self.settings.endpoint!r}, key={self.settings.key!r})"

    # -- requests -----------------------------------------------------------------------

    def post(self, statements: Sequence[Mapping[str, Any]]) -> PostResult:
        """Post a batch of statements; the ids the LRS stored, or LrsError."""
        ids = [str(s.get("id", "")) for s in statements]
        body = json.dumps(list(statements), ensure_ascii=False).encode("utf-8")
        status, headers, data = self._request("POST", self.statements_url, body)
        if status == 204:
            return PostResult(204, tuple(ids), tuple(ids))
        if status != 200:
            raise self._status_error(status, headers, data)
        answered = self._json(data)
        if not isinstance(answered, list) or not all(isinstance(x, str) for x in answered):
            raise LrsError(
                f"{self._where()}: the reply to a post is not a list of statement ids", True, 200
            )
        # An LRS answers the ids it stored now: those it held already are left out (Ralph
        # does so), so every id answered must be one posted, and none twice.
        posted = {x.lower() for x in ids}
        lowered = [x.lower() for x in answered]
        strangers = [x for x in lowered if x not in posted]
        if strangers or len(set(lowered)) != len(lowered):
            said = f"{len(strangers)} of them not posted" if strangers else "some twice"
            raise LrsError(
                f"{self._where()}: the LRS answered {len(answered)} id(s) for {len(ids)} "
                f"statement(s) posted, {said}",
                True,
                200,
            )
        stored = set(lowered)
        return PostResult(200, tuple(answered), tuple(x for x in ids if x.lower() not in stored))

    def get(self, params: Mapping[str, Any] | None = None, *, more: str | None = None) -> dict:
        """``GET statements?params`` (or the ``more`` IRL an earlier reply gave): the
        StatementResult object, ``{"statements": [...], "more": "..."}``."""
        if more is not None:
            url = urljoin(self.statements_url, more)
            if urlsplit(url)[:2] != urlsplit(self.statements_url)[:2]:
                raise LrsError(f"{self._where()}: 'more' leads to another server", False)
        else:
            query = urlencode(
                {k: v if isinstance(v, str) else json.dumps(v) for k, v in (params or {}).items()}
            )
            url = self.statements_url + (f"?{query}" if query else "")
        status, headers, data = self._request("GET", url, None)
        if status != 200:
            raise self._status_error(status, headers, data)
        answered = self._json(data)
        if not isinstance(answered, dict):
            raise LrsError(f"{self._where()}: the reply is not a JSON object", True, 200)
        return answered

    def test_connection(self) -> str:
        """Ask the LRS for one statement with these credentials: one line saying so, or
        LrsError."""
        self.get({"limit": 1})
        return f"{self.settings.endpoint} answers with key {self.settings.key!r}"

    # -- one exchange -------------------------------------------------------------------

    def _where(self) -> str:
        return self.statements_url

    def _request(
        self, method: str, url: str, body: bytes | None
    ) -> tuple[int, http.client.HTTPMessage, bytes]:
        parts = urlsplit(url)
        target = parts.path or "/"
        if parts.query:
            target += "?" + parts.query
        connection_type = (
            http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
        )
        conn = connection_type(parts.hostname or "", parts.port, timeout=self.timeout)
        headers = dict(self._headers)
        if body is not None:
            headers["Content-Type"] = "application/json; charset=utf-8"
        deadline = time.monotonic() + self.timeout
        expired = threading.Event()

        def cut_off() -> None:  # the whole exchange is bounded, not each wait for bytes
            expired.set()
            sock = conn.sock
            if sock is not None:
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass

        watchdog = threading.Timer(self.timeout, cut_off)
        watchdog.daemon = True
        watchdog.start()
        connected = False
        try:
            conn.connect()
            connected = True
            conn.request(method, target, body=body, headers=headers)
            reply = conn.getresponse()
            status = reply.status
            if 300 <= status < 400 or status == 204:
                return status, reply.headers, b""
            data = self._read(reply, deadline, conn)
            if expired.is_set():
                raise TimeoutError
            if status == 200 and len(data) > self.max_body:
                raise LrsError(
                    f"{self._where()}: the reply is larger than {self.max_body} bytes "
                    "(not read further)",
                    True,
                    200,
                )
            return status, reply.headers, data[: self.max_body]
        except LrsError:
            raise
        except TimeoutError:
            raise LrsError(
                f"{self._where()}: no reply within {_seconds(self.timeout)}", True
            ) from None
        except (http.client.HTTPException, ConnectionError) as exc:
            if not connected and isinstance(exc, ConnectionError):
                raise LrsError(
                    f"{self._where()}: cannot reach {parts.hostname}:{conn.port}"
                    f" ({one_line(exc.strerror or type(exc).__name__, 120)})",
                    True,
                ) from None
            if expired.is_set():
                raise LrsError(
                    f"{self._where()}: no reply within {_seconds(self.timeout)}", True
                ) from None
            what = type(exc).__name__
            detail = one_line(str(exc), 80)
            raise LrsError(
                f"{self._where()}: the reply was cut or is not HTTP ({what}"
                f"{': ' + detail if detail else ''})",
                True,
            ) from None
        except OSError as exc:
            if expired.is_set():
                raise LrsError(
                    f"{self._where()}: no reply within {_seconds(self.timeout)}", True
                ) from None
            reason = one_line(exc.strerror or str(exc) or type(exc).__name__, 120)
            raise LrsError(
                f"{self._where()}: cannot reach {parts.hostname}:{conn.port} ({reason})", True
            ) from None
        finally:
            watchdog.cancel()
            conn.close()

    def _read(
        self, reply: http.client.HTTPResponse, deadline: float, conn: http.client.HTTPConnection
    ) -> bytes:
        """The reply body, at most ``max_body`` + 1 bytes of it."""
        chunks: list[bytes] = []
        size = 0
        while size <= self.max_body:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise TimeoutError
            if conn.sock is not None:
                conn.sock.settimeout(remaining)
            chunk = reply.read(min(65536, self.max_body + 1 - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks)

    def _json(self, data: bytes) -> Any:
        try:
            return json.loads(data.decode("utf-8"))
        except (UnicodeDecodeError, ValueError):
            raise LrsError(f"{self._where()}: the reply is not JSON", True, 200) from None

    def _status_error(self, status: int, headers: http.client.HTTPMessage, data: bytes) -> LrsError:
        where = self._where()
        if 300 <= status < 400:
            location = one_line(headers.get("Location", ""), 120) or "nowhere"
            return LrsError(
                f"{where}: HTTP {status}, the LRS redirects to {location} (redirects are not"
                " followed: give that endpoint if it is the LRS)",
                False,
                status,
            )
        reason = _reason(data)
        said = f": {reason}" if reason else ""
        if status in (401, 403):
            return LrsError(
                f"{where}: HTTP {status}, the key or secret is refused{said}", False, status
            )
        if status == 429 or status >= 500:
            return LrsError(
                f"{where}: HTTP {status}, the LRS is busy or failing{said}", True, status
            )
        if 400 <= status < 500:
            return LrsError(f"{where}: HTTP {status}, refused{said}", False, status)
        return LrsError(f"{where}: HTTP {status}, not an xAPI answer{said}", True, status)


def _reason(data: bytes) -> str:
    """What an error reply says, as one short line (a JSON ``message``/``detail`` if there is
    one, else the text)."""
    text = data[: REASON_CHARS * 8].decode("utf-8", errors="replace").strip()
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError):
        value = None
    if isinstance(value, dict):
        for key in REASON_KEYS:
            if key in value:
                found = value[key]
                text = found if isinstance(found, str) else json.dumps(found, ensure_ascii=False)
                break
    elif value is None and text.startswith("{"):  # JSON cut at max_body: its message still
        for key in REASON_KEYS:
            match = re.search(rf'"{key}"\s*:\s*"((?:[^"\\]|\\.){{0,{REASON_CHARS}}})', text)
            if match:
                try:
                    text = json.loads(f'"{match.group(1)}"')
                except ValueError:
                    text = match.group(1)
                break
    return one_line(text)


def _seconds(value: float) -> str:
    return f"{value:g} s"


# -- the sender ---------------------------------------------------------------------------

Clock = Callable[[], "str | datetime"]


def backoff(tries: int) -> timedelta:
    """How long a statement tried ``tries`` times already waits before its next try."""
    if tries >= 20:
        return LONGEST_RETRY
    return min(FIRST_RETRY * (2 ** max(0, tries)), LONGEST_RETRY)


def _moment(clock: Clock) -> datetime:
    value = clock()
    when = value if isinstance(value, datetime) else moment(value)
    if when is None:
        raise ValueError(f"the clock gave {value!r}, which is not a moment")
    if when.tzinfo is None:
        when = when.astimezone()
    return when.astimezone(UTC)


def _iso(when: datetime) -> str:
    return when.astimezone(UTC).isoformat(timespec="seconds")


class _Run:
    """One run of the sender: the counts and problems so far."""

    def __init__(self, progress: Any, client: LrsClient, now: datetime) -> None:
        self.progress, self.client, self.now = progress, client, now
        self.sent = self.rejected = self.retry_later = 0
        self.problems: list[str] = []
        self.stop = False  # the LRS cannot be reached or refuses us: try again later
        self.last_good: dict | None = None  # a statement the LRS took in this run

    def problem(self, text: str) -> None:
        self.problems.append(one_line(text, 400))

    def report(self) -> SendReport:
        return SendReport(
            self.sent,
            self.rejected,
            self.retry_later,
            self.problems[-1] if self.problems else "",
            tuple(self.problems),
        )

    # -- outcomes, each written in its own transaction ------------------------------------

    def mark_sent(self, ids: list[str]) -> None:
        self.progress.mark_sent(ids, _iso(self.now))
        self.sent += len(ids)

    def mark_rejected(self, statement_id: str, reason: str) -> None:
        self.progress.mark_rejected(statement_id, one_line(reason, 400))
        self.rejected += 1
        self.problem(f"statement {statement_id} rejected: {reason}")

    def mark_retry(self, batch: list[tuple[str, dict]], error: str) -> None:
        ids = [sid for sid, _ in batch]
        tries = _tries(self.progress, ids)
        by_wait: dict[timedelta, list[str]] = {}
        for sid in ids:
            by_wait.setdefault(backoff(tries.get(sid, 0)), []).append(sid)
        for wait, group in sorted(by_wait.items()):
            self.progress.mark_retry(group, one_line(error, 400), _iso(self.now + wait))
        self.retry_later += len(ids)

    # -- one batch ------------------------------------------------------------------------

    def send(self, batch: list[tuple[str, dict]]) -> bool:
        """Post ``batch``, splitting it to find statements the LRS refuses; True if any
        statement of it was sent."""
        try:
            self.client.post([statement for _, statement in batch])
        except LrsError as exc:
            return self.failed(batch, exc)
        self.mark_sent([sid for sid, _ in batch])
        self.last_good = batch[-1][1]
        return True

    def failed(self, batch: list[tuple[str, dict]], exc: LrsError) -> bool:
        about_statements = exc.status in STATEMENT_STATUSES
        if not about_statements:
            self.problem(str(exc))
            self.mark_retry(batch, str(exc))
            self.stop = True  # down, busy, refusing our key, or answering nonsense
            return False
        if len(batch) > 1:
            half = math.ceil(len(batch) / 2)
            first = self.send(batch[:half])
            if self.stop:
                self.mark_retry(batch[half:], self.problems[-1])
                return first
            second = self.send(batch[half:])
            return first or second
        statement_id = batch[0][0]
        if exc.status == 500:
            # A 500 for one statement alone may be the LRS failing rather than the
            # statement being bad: it is rejected only if the LRS still takes a statement
            # it has taken in this run (posting it again stores nothing new).
            healthy = self.last_good is not None
            if healthy:
                try:
                    self.client.post([self.last_good])
                except LrsError:
                    healthy = False
            if not healthy:
                self.problem(str(exc))
                self.mark_retry(batch, str(exc))
                self.stop = True
                return False
        self.mark_rejected(statement_id, str(exc))
        return False


def _tries(progress: Any, ids: list[str]) -> dict[str, int]:
    """How often each of ``ids`` has been tried already (read once per run at most: a
    retry ends the run)."""
    wanted = set(ids)
    return {
        entry.statement_id: int(entry.tries)
        for entry in progress.outbox_statements("queued")
        if entry.statement_id in wanted
    }


def send_outbox(
    progress: Any,
    client: LrsClient | None = None,
    now: Clock = utc_now,
    limit: int | None = None,
    *,
    waiting_too: bool = False,
) -> SendReport:
    """Send the outbox's due statements (at most ``limit``) in batches of
    ``settings.batch``; what happened, as a :class:`SendReport`. Never raises.

    ``waiting_too`` also sends the statements waiting out a backoff (``spotit lrs push``:
    someone has just fixed the LRS and asks to send now)."""
    run: _Run | None = None
    try:
        when = _moment(now)
        if client is None:
            settings = progress.lrs_settings()
            if settings is None:
                return SendReport(
                    last_error="no LRS is configured", problems=("no LRS is configured",)
                )
            secret = progress.lrs_secret()
            if not secret:
                text = f"the LRS secret is missing ({progress.lrs_secret_path})"
                return SendReport(last_error=text, problems=(text,))
            client = LrsClient(settings, secret)
        batch_size = max(1, int(getattr(client.settings, "batch", 50) or 50))
        run = _Run(progress, client, when)
        left = limit
        seen: set[str] = set()
        while not run.stop and (left is None or left > 0):
            size = batch_size if left is None else min(batch_size, left)
            due_by = _iso(when + timedelta(days=3650) if waiting_too else when)
            due = [row for row in progress.outbox_due(due_by, size) if row[0] not in seen]
            if not due:  # nothing due, or only what this run has handled (kept as it was)
                break
            seen.update(row[0] for row in due)
            batch, damaged = _readable(due)
            for sid, reason in damaged:
                run.mark_rejected(sid, reason)
            if batch:
                run.send(batch)
            if left is not None:
                left -= len(due)
        return run.report()
    except LrsError as exc:
        return _with_problem(run, str(exc))
    except Exception as exc:  # noqa: BLE001  # the sender reports; it never crashes its caller
        return _with_problem(run, f"{type(exc).__name__}: {exc}")


def _readable(due: Sequence[Any]) -> tuple[list[tuple[str, dict]], list[tuple[str, str]]]:
    """The due rows as (id, statement dict); rows that are not, with why."""
    batch, damaged = [], []
    for row in due:
        sid, statement = row[0], row[1]
        if isinstance(statement, str):
            try:
                statement = json.loads(statement)
            except ValueError:
                statement = None
        if not isinstance(statement, dict):
            damaged.append((str(sid), "the stored statement is not a JSON object"))
        else:
            batch.append((str(sid), statement))
    return batch, damaged


def _with_problem(run: _Run | None, text: str) -> SendReport:
    report = run.report() if run is not None else SendReport()
    line = one_line(text, 400)
    return SendReport(
        report.sent, report.rejected, report.retry_later, line, (*report.problems, line)
    )
