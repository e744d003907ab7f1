"""Learner progress: profiles, drafts and submitted attempts, in one SQLite file.

Kept apart from packs, in the user data folder. The schema grows only by named,
append-only migrations (never edit one that has shipped). Every write is one
transaction; a submitted attempt is committed before the app shows feedback,
so it survives the app being killed. Every moment is stored in UTC with its
offset (see ``spotit.core.progress``). No ``sqlite3.Error`` leaves this module:
each becomes a one-line :class:`ProgressError`.

Writes go through sqlite-utils (``insert``, ``upsert``, ``atomic``). The reads
made while the app starts (learners, the library's status) use the plain
connection, so a current database opens without importing sqlite-utils (about
110 ms of start-up).

A damaged database (SQLite finds it malformed) is never written to: opening one
raises :class:`ProgressDamaged` after a read-only ``PRAGMA quick_check``, and
:func:`recover_progress` or :func:`start_fresh` move it aside under a dated name
next to it, with what could be read copied into a new file or nothing at all.
A database that cannot be written (a read-only file or folder) raises
:class:`ProgressReadOnly`; :meth:`Progress.unsaved_copy` practises on a copy held
in memory.
"""

from __future__ import annotations

import contextlib
import functools
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from spotit.core.model import Annotation, Flag
from spotit.core.progress import (
    ArticleStatus,
    Attempt,
    CardReview,
    Draft,
    Learner,
    ReviewCard,
    ReviewRecord,
    utc_now,
)
from spotit.core.sources import Move

if TYPE_CHECKING:
    from spotit.core.scoring import Report
    from spotit.core.xapi import LrsSettings

MIGRATION_SET = "spotit-progress"
MAX_LEARNER_NAME = 60
#: One draft per learner, article and pack: another author's pack with the same id keeps
#: its own (pack_key is "" for a draft made before packs had an identity, until claimed).
DRAFT_KEY = ("learner_id", "pack_id", "pack_key", "article_id")

#: (name, function) in the order they ship. Append only; never edit one that has shipped.
_MIGRATIONS: list[tuple[str, Callable]] = []

Method = TypeVar("Method", bound=Callable[..., Any])

#: The LRS secret's file, beside the database (never in it): user-only, 0600.
LRS_SECRET_FILE = "lrs-secret"
#: A statement in the outbox is queued (to send, maybe after a wait), sent, or rejected
#: (the LRS refused it, or it was damaged: kept, never sent again).
OUTBOX_STATES = ("queued", "sent", "rejected")


@dataclass(frozen=True)
class OutboxEntry:
    """One xAPI statement in the outbox, as stored (``text`` is its JSON)."""

    statement_id: str
    kind: str  # what queued it: "practice", "check", "class"
    text: str
    queued_at: str
    tries: int
    next_try_at: str
    state: str  # one of OUTBOX_STATES
    last_error: str
    sent_at: str | None

    @property
    def statement(self) -> dict | None:
        """The statement as a dict; None if the stored text is damaged."""
        try:
            value = json.loads(self.text)
        except (TypeError, ValueError):
            return None
        return value if isinstance(value, dict) else None


def _stamp(when: str | datetime | None) -> str:
    """A moment as the outbox compares them: UTC text with its offset, to the second."""
    from datetime import UTC

    if when is None:
        return utc_now()
    if isinstance(when, str):
        from spotit.core.progress import moment

        parsed = moment(when)
        if parsed is None:
            raise ValueError(f"{when!r} is not a moment")
        when = parsed
    if when.tzinfo is None:
        when = when.astimezone()
    return when.astimezone(UTC).isoformat(timespec="seconds")


def _tried_now() -> str:
    # Which error is the latest: to the microsecond, so two in a second are told apart.
    from datetime import UTC

    return datetime.now(UTC).isoformat(timespec="microseconds")


def _first_line(text: str | None) -> str:
    lines = [line.strip() for line in str(text or "").splitlines() if line.strip()]
    return lines[0][:500] if lines else ""


@dataclass(frozen=True)
class CheckResponseRecord:
    """One stored response to a check item."""

    item_id: str
    truth: str
    rating: int
    rt_ms: int
    answered_at: str


@dataclass(frozen=True)
class CheckRunRecord:
    """One stored run of a check: a form taken in a wave, with its responses so far."""

    id: int
    wave: str
    form: str
    item_order: tuple[str, ...]
    started_at: str
    finished_at: str | None
    attempts_before: int
    responses: tuple[CheckResponseRecord, ...]


@dataclass(frozen=True)
class StudyRecord:
    """A study registered in its database: the study file as read, and when."""

    id: str
    title: str
    source_text: str
    seed: int
    registered_at: str
    #: Where the study file was when it was registered (a pack path in it is relative to it).
    source_path: str = ""


@dataclass(frozen=True)
class StudyParticipantRecord:
    """A participant of a study: their anonymous code, learner row, arm and places."""

    code: str
    study_id: str
    learner_id: int
    arm: str
    #: 0 for the first participant enrolled in the study.
    position: int
    #: 0 for the first participant enrolled in the arm (their row of the Latin square).
    arm_index: int
    enrolled_at: str


@dataclass(frozen=True)
class StudySessionRecord:
    """One session of a participant: open (started), finished, or missed."""

    participant: str
    number: int
    day: int
    status: str
    started_at: str | None
    finished_at: str | None
    completion_code: str | None
    #: The practice articles chosen when the session started, in order.
    articles: tuple[str, ...]


@dataclass(frozen=True)
class ReadingRecord:
    """An article read in the "read" arm's practice (finished_at None while it is read)."""

    participant: str
    session: int
    article_id: str
    started_at: str
    finished_at: str | None
    seconds: int | None


def migration(name: str) -> Callable:
    def register(fn: Callable) -> Callable:
        _MIGRATIONS.append((name, fn))
        return fn

    return register


def migration_set():
    """The migrations as a sqlite_utils.Migrations set (imported only when there is work)."""
    import sqlite_utils

    migrations = sqlite_utils.Migrations(MIGRATION_SET)
    for name, fn in _MIGRATIONS:
        migrations(name=name)(fn)
    return migrations


def pending_migrations(conn: sqlite3.Connection) -> list[str]:
    """Names not yet applied, read with plain SQL so a current database opens fast."""
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = '_sqlite_migrations'"
    ).fetchone()
    applied = (
        {
            r[0]
            for r in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
            )
        }
        if exists
        else set()
    )
    return [name for name, _ in _MIGRATIONS if name not in applied]


class ProgressError(Exception):
    """The progress database cannot be used; the message is one line."""


class ProgressDamaged(ProgressError):
    """SQLite finds the progress database malformed. Nothing has been written to it."""

    def __init__(self, path: Path, detail: str) -> None:
        self.path, self.detail = Path(path), detail
        super().__init__(f"{path}: the progress database is damaged ({detail})")


class ProgressReadOnly(ProgressError):
    """The progress database, or the folder it is in, cannot be written."""

    def __init__(self, path: Path, detail: str) -> None:
        self.path, self.detail = Path(path), detail
        super().__init__(f"{path}: the progress database cannot be saved to ({detail})")


#: SQLite's primary result codes for a file that is not (or no longer) a sound database.
_DAMAGE_CODES = {sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB}
#: ... and for one that cannot be written.
_READ_ONLY_CODES = {sqlite3.SQLITE_READONLY, sqlite3.SQLITE_PERM, sqlite3.SQLITE_CANTOPEN}


def _code(exc: sqlite3.Error) -> int:
    # sqlite_errorcode is the extended code; its low byte is the primary one.
    return (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF


def is_damage(exc: BaseException) -> bool:
    """Whether ``exc`` says the database file is malformed (not merely busy or read-only)."""
    return isinstance(exc, sqlite3.DatabaseError) and _code(exc) in _DAMAGE_CODES


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _guarded(action: str, writes: bool = False) -> Callable[[Method], Method]:
    """Turn a ``sqlite3.Error`` in the method into a one-line ProgressError saying what failed.

    Damage found while reading is a :class:`ProgressDamaged`, so every caller can tell
    the learner the same thing the start-up check does; from then on the methods that
    ``writes`` refuse, so the damaged file stays as it was for a recovery.
    """

    def decorate(method: Method) -> Method:
        @functools.wraps(method)
        def wrapper(self: Progress, *args: Any, **kwargs: Any) -> Any:
            if writes and self.damage:
                raise ProgressDamaged(self.path, f"could not {action}: {self.damage}")
            try:
                return method(self, *args, **kwargs)
            except sqlite3.Error as exc:
                if is_damage(exc):
                    self.damage = _one_line(exc)
                    raise ProgressDamaged(
                        self.path, f"could not {action}: {_one_line(exc)}"
                    ) from None
                if _code(exc) in _READ_ONLY_CODES:
                    raise ProgressReadOnly(
                        self.path, f"could not {action}: {_one_line(exc)}"
                    ) from None
                raise ProgressError(f"{self.path}: could not {action} ({_one_line(exc)})") from None

        return wrapper  # type: ignore[return-value]

    return decorate


def _read_only_uri(path: Path) -> str:
    from urllib.parse import quote  # only when a database file is opened

    return f"file:{quote(str(path.resolve()))}?mode=ro"


def damage_of(path: Path | str) -> str | None:
    """Why the database at ``path`` is damaged, in one line; None if it reads as sound.

    Read-only and quick (``PRAGMA quick_check``: every page's structure, a few ms for
    thousands of attempts), so the file is never changed by looking at it. A file that
    cannot be opened at all for another reason (missing, locked, no permission) is not
    called damaged: opening it for real says what is wrong.
    """
    path = Path(path)
    try:
        if path.stat().st_size == 0:
            return None  # a new database
        conn = sqlite3.connect(_read_only_uri(path), uri=True, timeout=10)
    except (OSError, sqlite3.Error):
        return None
    try:
        with contextlib.closing(conn):
            found = [r[0] for r in conn.execute("PRAGMA quick_check(3)")]
    except sqlite3.Error as exc:
        return _one_line(exc) if is_damage(exc) else None
    if found == ["ok"]:
        return None
    problems = [line for text in found for line in str(text).splitlines() if "***" not in line]
    return "; ".join(problems[:2]) or "the integrity check failed"


def _read_only_connection(path: Path) -> sqlite3.Connection:
    """``path`` opened for reading only, never written (not even its WAL checkpointed)."""
    conn = sqlite3.connect(_read_only_uri(path), uri=True, timeout=10)
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        # A WAL database in a folder where its -shm cannot be made: nobody can be
        # writing it, so it can be read as an unchanging file.
        conn.close()
        conn = sqlite3.connect(_read_only_uri(path) + "&immutable=1", uri=True)
    return conn


def _open_error(path: Path, exc: BaseException) -> ProgressError:
    if isinstance(exc, PermissionError) or (
        isinstance(exc, sqlite3.Error) and _code(exc) in _READ_ONLY_CODES
    ):
        return ProgressReadOnly(path, _one_line(exc))
    if is_damage(exc):
        return ProgressDamaged(path, _one_line(exc))
    return ProgressError(f"{path}: cannot open the progress database ({_one_line(exc)})")


def flags_to_json(flags: Sequence[Flag]) -> str:
    """Flags as stored in drafts, attempts and class results."""
    return json.dumps([f.as_json() for f in flags], ensure_ascii=False)


def flags_from_json(raw: str | None) -> list[Flag]:
    """Stored flags back; a damaged flag is dropped rather than crashing the reader."""
    flags = []
    for item in json_list(raw):
        try:
            flags.append(Flag.from_json(item))
        except ValueError:
            continue
    return flags


def moves_to_json(moves: Sequence[Move]) -> str:
    """An investigation's moves as a draft keeps them."""
    return json.dumps([m.as_json() for m in moves], ensure_ascii=False)


def moves_from_json(raw: str | None) -> tuple[Move, ...]:
    """A draft's moves back; a damaged move is dropped rather than crashing the reader."""
    moves = []
    for item in json_list(raw):
        try:
            moves.append(Move.from_json(item))
        except ValueError:
            continue
    return tuple(moves)


_MOVE_FIELDS = ("kind", "at", "query", "results", "target", "via", "seconds", "start", "end")


def _move_of_row(row: Sequence) -> Move | None:
    """A stored ``attempt_moves`` row as a move, checked as a draft's are; None if damaged."""
    data = {name: value for name, value in zip(_MOVE_FIELDS, row, strict=True) if value is not None}
    try:
        return Move.from_json(data)
    except ValueError:
        return None


def json_list(raw: str | None) -> list:
    """A stored JSON list, or [] if it is missing or damaged."""
    try:
        value = json.loads(raw or "[]")
    except ValueError:
        return []
    return value if isinstance(value, list) else []


def pack_identity(pack_id: str, authors: Sequence[str]) -> str:
    """What progress is kept by: a pack's id and its authors, as one string.

    A new version of a pack (same id, same authors) keeps the learner's results;
    another author's pack that uses the same id starts from none. Authors are
    compared as a set, ignoring case, Unicode form and spacing.
    """
    import unicodedata

    names = sorted(
        {" ".join(unicodedata.normalize("NFC", a).split()).casefold() for a in authors} - {""}
    )
    return json.dumps([pack_id, names], ensure_ascii=False)


@migration("m001_learners_attempts_drafts")
def _m001(db) -> None:
    db["learners"].create(
        {"id": int, "name": str, "created_at": str},
        pk="id",
        not_null={"name", "created_at"},
    )
    db["learners"].create_index(["name"], unique=True)
    db["attempts"].create(
        {
            "id": int,
            "learner_id": int,
            "pack_id": str,
            "pack_version": str,
            "article_id": str,
            "text_hash": str,
            "started_at": str,
            "submitted_at": str,
            "seconds_spent": int,
            "flags": str,  # JSON list of {start, end, category, note}
            "snapshot": str,  # JSON: {headline, text, annotations}: what it was scored against
            "spotted_precision": float,
            "spotted_recall": float,
            "spotted_f1": float,
            "named_precision": float,
            "named_recall": float,
            "named_f1": float,
            "score": int,
            "gold_count": int,
            "found_count": int,
            "invented_count": int,
            "categories": str,  # JSON list of per-category summaries
        },
        pk="id",
        foreign_keys=[("learner_id", "learners", "id")],
        not_null={"learner_id", "pack_id", "article_id", "submitted_at", "score"},
    )
    db["attempts"].create_index(["learner_id", "pack_id", "article_id"])
    db["drafts"].create(
        {
            "learner_id": int,
            "pack_id": str,
            "article_id": str,
            "text_hash": str,
            "flags": str,
            "seconds_spent": int,
            "updated_at": str,
        },
        pk=("learner_id", "pack_id", "article_id"),
        foreign_keys=[("learner_id", "learners", "id")],
    )


class Progress:
    """The one front door to a learner database."""

    def __init__(self, path: Path | str) -> None:
        """Open (or create) the database at ``path``; ``":memory:"`` for one that is not kept.

        Raises :class:`ProgressDamaged` for a malformed file (left exactly as it is),
        :class:`ProgressReadOnly` when it cannot be written (found by trying a write,
        not by reading permission bits), :class:`ProgressError` otherwise.
        """
        self.path = Path(path)
        #: False for a copy in memory: nothing done with it is kept after it closes.
        self.saving = True
        #: What SQLite said when it found this file damaged ("" while it has not).
        self.damage = ""
        on_disk = str(path) != ":memory:"
        #: Where the LRS secret is kept: beside the database (None: kept in memory).
        self.lrs_secret_path: Path | None = (
            self.path.with_name(LRS_SECRET_FILE) if on_disk else None
        )
        self._secret_in_memory: str | None = None
        self._installation: str | None = None
        if on_disk:
            detail = damage_of(self.path)
            if detail:
                raise ProgressDamaged(self.path, detail)
        conn = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            conn = self.conn = sqlite3.connect(self.path, timeout=10, check_same_thread=False)
            self.conn.execute("PRAGMA journal_mode = WAL")
            # FULL: a committed attempt is on disk before submit() returns.
            self.conn.execute("PRAGMA synchronous = FULL")
            self._prepare()
            if on_disk:
                self._try_a_write()
        except (sqlite3.Error, OSError) as exc:
            if conn is not None:
                conn.close()
            raise _open_error(self.path, exc) from None

    def _prepare(self) -> None:
        self.conn.execute("PRAGMA foreign_keys = ON")
        if pending_migrations(self.conn):
            migration_set().apply(self.db)

    def _try_a_write(self) -> None:
        # A write that changes nothing, rolled back: it fails on a read-only file, a
        # read-only folder (no journal can be made) or a read-only mount alike.
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            if _code(exc) in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
                return  # another SpotIt is writing: the file is writable
            raise
        try:
            self.conn.execute("UPDATE learners SET name = name WHERE 0")
        finally:
            self.conn.rollback()

    @classmethod
    def unsaved_copy(cls, path: Path | str) -> Progress:
        """The database at ``path`` copied into memory, for practice that is not saved.

        For a database that cannot be written: the learner's profiles and results are
        there to see, and whatever is done with the copy is gone when it closes. A
        missing file gives an empty copy.
        """
        progress = cls(":memory:")
        progress.path, progress.saving = Path(path), False
        # The secret is read from beside the real file; a new one is kept in memory.
        secret = progress.path.with_name(LRS_SECRET_FILE)
        with contextlib.suppress(OSError, UnicodeError):
            if secret.is_file():
                progress._secret_in_memory = secret.read_text(encoding="utf-8").strip("\r\n")
        try:
            if progress.path.is_file() and progress.path.stat().st_size > 0:
                with contextlib.closing(_read_only_connection(progress.path)) as source:
                    source.backup(progress.conn)
                progress._prepare()
        except (sqlite3.Error, OSError) as exc:
            progress.close()
            raise _open_error(progress.path, exc) from None
        return progress

    @cached_property
    def db(self):
        """The same connection as a sqlite_utils Database (imported on the first write)."""
        import sqlite_utils

        return sqlite_utils.Database(self.conn)

    def close(self) -> None:
        self.conn.close()

    # -- learners --------------------------------------------------------------
    @_guarded("read the learners")
    def learners(self) -> list[Learner]:
        # Sorted in Python: SQLite's NOCASE folds ASCII letters only ("Émile" vs "élodie").
        rows = self.conn.execute("SELECT id, name FROM learners").fetchall()
        return sorted((Learner(*r) for r in rows), key=lambda x: x.name.casefold())

    @_guarded("add the learner", writes=True)
    def add_learner(self, name: str) -> Learner:
        name = " ".join(name.split())
        if not name:
            raise ValueError("a learner needs a name")
        if len(name) > MAX_LEARNER_NAME:
            raise ValueError(f"a name can have at most {MAX_LEARNER_NAME} characters")
        existing = next((x for x in self.learners() if x.name.casefold() == name.casefold()), None)
        if existing:
            raise ValueError(f"there is already a learner called {existing.name}")
        table = self.db["learners"].insert({"name": name, "created_at": utc_now()})
        return Learner(table.last_pk, name)

    # -- drafts ----------------------------------------------------------------
    @_guarded("save the draft", writes=True)
    def save_draft(
        self,
        learner_id: int,
        pack_id: str,
        article_id: str,
        text_hash: str,
        flags: Sequence[Flag],
        seconds_spent: int,
        pack_key: str | None = None,
        hints_used: int = 0,
        updated_at: str | None = None,
        moves: Sequence[Move] = (),
    ) -> None:
        """Keep the flags of an article being worked on (one draft per learner, pack and article).

        ``pack_key`` is the pack's :func:`pack_identity`: only that pack resumes the draft,
        and a draft on another pack with the same id is kept apart, never overwritten.
        ``hints_used`` is how many of the article's hints the learner has been shown;
        ``moves`` what they looked up and opened so far (kept as JSON, ``Move.as_json``).
        """
        self.db["drafts"].upsert(
            {
                "learner_id": learner_id,
                "pack_id": pack_id,
                "article_id": article_id,
                "text_hash": text_hash,
                "flags": flags_to_json(flags),
                "seconds_spent": seconds_spent,
                "updated_at": updated_at or utc_now(),
                "pack_key": pack_key or "",
                "hints_used": hints_used,
                "moves": moves_to_json(moves),
            },
            pk=DRAFT_KEY,
        )

    @_guarded("read the draft")
    def draft(
        self,
        learner_id: int,
        pack_id: str,
        article_id: str,
        text_hash: str,
        pack_key: str | None = None,
    ) -> Draft | None:
        """The saved draft, if it was made on this very text of this very pack.

        A pack edit voids it (another text), and so does another pack with the same id
        (another ``pack_key``); without a ``pack_key`` any pack of that id will do.
        """
        # Plain SQL: an article opens without loading sqlite-utils.
        where, params = _draft_where(learner_id, pack_id, article_id, pack_key)
        row = self.conn.execute(
            f"SELECT text_hash, flags, seconds_spent, hints_used, moves FROM drafts WHERE {where}",
            params,
        ).fetchone()
        if row is None or row[0] != text_hash:
            return None
        return Draft(
            row[0], flags_from_json(row[1]), row[2] or 0, row[3] or 0, moves_from_json(row[4])
        )

    @_guarded("read the drafts")
    def drafted_articles(
        self, learner_id: int, pack_id: str, pack_key: str | None = None
    ) -> set[str]:
        """Articles of a pack with a draft in progress (of that very pack, given ``pack_key``)."""
        rows = self.conn.execute(
            "SELECT article_id, pack_key FROM drafts WHERE learner_id = ? AND pack_id = ?",
            [learner_id, pack_id],
        ).fetchall()
        return {r[0] for r in rows if pack_key is None or r[1] == pack_key}

    @_guarded("discard the draft", writes=True)
    def discard_draft(
        self, learner_id: int, pack_id: str, article_id: str, pack_key: str | None = None
    ) -> None:
        """Drop the draft of an article (of that very pack, given ``pack_key``)."""
        self.db["drafts"].delete_where(*_draft_where(learner_id, pack_id, article_id, pack_key))

    # -- attempts --------------------------------------------------------------
    @_guarded("save the attempt", writes=True)
    def submit(
        self,
        learner_id: int,
        *,
        pack_id: str,
        pack_version: str,
        article_id: str,
        headline: str,
        text: str,
        text_hash: str,
        annotations: Sequence[Annotation],
        flags: Sequence[Flag],
        report: Report,
        seconds_spent: int,
        started_at: str = "",
        pack_key: str | None = None,
        hints_used: int = 0,
        submitted_at: str | None = None,
        review: Callable[[dict[str, ReviewCard]], Sequence[CardReview]] | None = None,
        moves: Sequence[Move] = (),
        statements: Sequence[dict] | Callable[[int], Sequence[dict]] = (),
    ) -> int:
        """Record a submitted attempt and drop its draft, in one transaction; its id.

        ``pack_key`` is the pack's :func:`pack_identity`, what the library's status and
        the history tell packs that share an id apart by; ``hints_used`` how many hints
        the learner was shown before submitting; ``submitted_at`` when (default now).

        ``review`` is given the learner's cards (by card key) inside the transaction and
        returns the cards the attempt reviewed, as they are after; they and their review
        logs are written in the same transaction as the attempt, so a crash keeps all of
        it or none of it. ``moves`` (the investigation's, ``spotit.practice.investigation``)
        go into ``attempt_moves`` in that transaction too.

        ``statements`` (xAPI statements for the school's LRS, ``spotit.practice.lrs``) are
        queued in the outbox in that same transaction: a list, or a function given the new
        attempt's id (a statement's id is made from it) that returns them.
        """
        snapshot = {
            "headline": headline,
            "text": text,
            "annotations": [a.as_json() for a in annotations],
        }
        found = sum(g.verdict.value in ("found", "found-wrong-category") for g in report.gold)
        invented = sum(f.verdict.value == "not-a-red-flag" for f in report.flags)
        submitted_at = submitted_at or utc_now()
        row = {
            "learner_id": learner_id,
            "pack_id": pack_id,
            "pack_version": pack_version,
            "article_id": article_id,
            "text_hash": text_hash,
            "started_at": started_at or submitted_at,
            "submitted_at": submitted_at,
            "seconds_spent": seconds_spent,
            "flags": flags_to_json(flags),
            "snapshot": json.dumps(snapshot, ensure_ascii=False),
            "spotted_precision": report.spotted.precision,
            "spotted_recall": report.spotted.recall,
            "spotted_f1": report.spotted.f1,
            "named_precision": report.named.precision,
            "named_recall": report.named.recall,
            "named_f1": report.named.f1,
            "score": report.score,
            "gold_count": len(report.gold),
            "found_count": found,
            "invented_count": invented,
            "categories": json.dumps([c.__dict__ for c in report.categories]),
            "pack_key": pack_key,
            "hints_used": hints_used,
        }
        with self.db.atomic():  # one transaction: the attempt in, its draft out, its cards
            attempt_id = self.db["attempts"].insert(row).last_pk
            self.db["drafts"].delete_where(*_draft_where(learner_id, pack_id, article_id, pack_key))
            self._write_moves(attempt_id, moves)
            if review is not None:
                cards = {c.card: c for c in self._cards(learner_id)}
                self._write_reviews(learner_id, attempt_id, review(cards))
            queued = statements(attempt_id) if callable(statements) else statements
            if queued:
                self._queue(queued, "practice", submitted_at)
        return attempt_id

    def _write_moves(self, attempt_id: int, moves: Sequence[Move]) -> None:
        """An attempt's moves, one row each in order (inside the attempt's transaction)."""
        self.conn.executemany(
            "INSERT INTO attempt_moves (attempt_id, position, kind, at, query, results, target,"
            ' via, seconds, start, "end") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
            [
                [
                    attempt_id,
                    position,
                    m.kind,
                    m.at,
                    m.query,
                    m.results,
                    m.target,
                    m.via,
                    m.seconds,
                    m.start,
                    m.end,
                ]
                for position, m in enumerate(moves)
            ],
        )

    def _moves_of(self, where: str, params: Sequence) -> dict[int, tuple[Move, ...]]:
        """Stored moves by attempt id; a row that does not read as a move is skipped."""
        found: dict[int, list[Move]] = {}
        for row in self.conn.execute(
            "SELECT m.attempt_id, m.kind, m.at, m.query, m.results, m.target, m.via, m.seconds,"
            ' m.start, m."end" FROM attempt_moves m'
            f" WHERE {where} ORDER BY m.attempt_id, m.position",
            list(params),
        ):
            move = _move_of_row(row[1:])
            if move is not None:
                found.setdefault(row[0], []).append(move)
        return {attempt_id: tuple(moves) for attempt_id, moves in found.items()}

    @_guarded("read the attempt's moves")
    def attempt_moves(self, attempt_id: int) -> tuple[Move, ...]:
        """What the learner looked up, opened and flagged on an attempt, in order."""
        return self._moves_of("m.attempt_id = ?", [attempt_id]).get(attempt_id, ())

    def _write_reviews(
        self, learner_id: int, attempt_id: int, reviews: Sequence[CardReview]
    ) -> None:
        """The reviewed cards and their logs (inside the attempt's transaction).

        Plain SQL, not sqlite-utils' insert/update (which read the table's columns on every
        call): a submit writes ten or so cards, and the bench keeps it within 2x of before.
        """
        logs = []
        for review in reviews:
            card = review.card
            values = [
                card.state,
                card.step,
                card.stability,
                card.difficulty,
                card.due,
                card.last_review,
                card.reviews,
            ]
            if card.id is None:
                card_id = self.conn.execute(
                    "INSERT INTO cards (state, step, stability, difficulty, due, last_review,"
                    " reviews, learner_id, card) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    [*values, learner_id, card.card],
                ).lastrowid
            else:
                card_id = card.id
                self.conn.execute(
                    "UPDATE cards SET state = ?, step = ?, stability = ?, difficulty = ?,"
                    " due = ?, last_review = ?, reviews = ? WHERE id = ? AND learner_id = ?",
                    [*values, card_id, learner_id],
                )
            logs.append(
                [
                    card_id,
                    attempt_id,
                    int(review.rating),
                    review.reason,
                    review.reviewed_at,
                    review.duration_ms,
                    card.due,
                    card.stability,
                    card.difficulty,
                ]
            )
        self.conn.executemany(
            "INSERT INTO review_logs (card_id, attempt_id, rating, reason, reviewed_at,"
            " duration_ms, due, stability, difficulty) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            logs,
        )

    @_guarded("read the attempts")
    def attempts(self, learner_id: int, pack_id: str | None = None) -> list[Attempt]:
        """Every submitted attempt of a learner, oldest first."""
        where, params = "learner_id = ?", [learner_id]
        if pack_id is not None:
            where, params = where + " AND pack_id = ?", params + [pack_id]
        result = []
        moves = self._moves_of(f"m.attempt_id IN (SELECT id FROM attempts WHERE {where})", params)
        for r in self.db.query(
            f"SELECT * FROM attempts WHERE {where} ORDER BY submitted_at, id", params
        ):
            try:
                headline = json.loads(r["snapshot"] or "{}").get("headline", "")
            except (ValueError, AttributeError):
                headline = ""
            result.append(
                Attempt(
                    id=r["id"],
                    pack_id=r["pack_id"],
                    pack_version=r["pack_version"],
                    article_id=r["article_id"],
                    headline=headline,
                    submitted_at=r["submitted_at"],
                    seconds_spent=r["seconds_spent"] or 0,
                    score=r["score"],
                    spotted_f1=r["spotted_f1"],
                    named_f1=r["named_f1"],
                    gold_count=r["gold_count"],
                    found_count=r["found_count"],
                    invented_count=r["invented_count"],
                    flags=flags_from_json(r["flags"]),
                    categories=json_list(r["categories"]),
                    started_at=r["started_at"] or "",
                    pack_key=r.get("pack_key"),
                    hints_used=r.get("hints_used") or 0,
                    moves=moves.get(r["id"], ()),
                )
            )
        return result

    @_guarded("read the library's status")
    def article_status(
        self, learner_id: int, pack_id: str, pack_key: str | None = None
    ) -> dict[str, ArticleStatus]:
        """Per article of a pack: how often tried, best score, last attempt time.

        Given ``pack_key``, only attempts made on that very pack count.
        """
        # Plain SQL: the library shows at start-up without loading sqlite-utils.
        if pack_key is None:
            where, params = "learner_id = ? AND pack_id = ?", [learner_id, pack_id]
        else:
            where, params = "learner_id = ? AND pack_key = ?", [learner_id, pack_key]
        rows = self.conn.execute(
            "SELECT article_id, count(*), max(score), max(submitted_at) FROM attempts"
            f" WHERE {where} GROUP BY article_id",
            params,
        ).fetchall()
        return {r[0]: ArticleStatus(r[1], r[2], r[3]) for r in rows}

    @_guarded("give the earlier results to their pack", writes=True)
    def claim(self, pack_id: str, pack_key: str) -> int:
        """Give the results kept by pack id alone (before packs had an identity) to a pack.

        The first pack with that id opened after the upgrade gets them (the bundled packs
        open first, so their results stay theirs); a later pack with the same id and other
        authors does not. Returns how many rows it took; 0 at once if there are none.
        """
        # Plain SQL and a tiny table: this runs for every pack opened at start-up.
        if not self.conn.execute(
            "SELECT 1 FROM unclaimed_packs WHERE pack_id = ?", [pack_id]
        ).fetchone():
            return 0
        taken = 0
        with self.conn:
            taken += self.conn.execute(
                "UPDATE attempts SET pack_key = ? WHERE pack_id = ? AND pack_key IS NULL",
                [pack_key, pack_id],
            ).rowcount
            taken += self.conn.execute(
                "UPDATE drafts SET pack_key = ? WHERE pack_id = ? AND pack_key = ''",
                [pack_key, pack_id],
            ).rowcount
            self.conn.execute("DELETE FROM unclaimed_packs WHERE pack_id = ?", [pack_id])
        return taken

    def category_rates(
        self, learner_id: int, attempts: Sequence[Attempt] | None = None
    ) -> dict[str, dict[str, int]]:
        """Per category over all attempts (or ``attempts``): red flags, found, missed, invented."""
        totals: dict[str, dict[str, int]] = {}
        for attempt in self.attempts(learner_id) if attempts is None else attempts:
            for c in attempt.categories:
                if not isinstance(c, dict) or "category" not in c:
                    continue
                t = totals.setdefault(
                    c["category"], {"gold": 0, "found": 0, "missed": 0, "invented": 0}
                )
                for key in t:
                    t[key] += int(c.get(key, 0))
        return totals

    # -- spaced review (m007_boosters) ---------------------------------------------------
    def _cards(self, learner_id: int) -> list[ReviewCard]:
        rows = self.conn.execute(
            "SELECT id, card, state, step, stability, difficulty, due, last_review, reviews"
            " FROM cards WHERE learner_id = ? ORDER BY id",
            [learner_id],
        ).fetchall()
        return [
            ReviewCard(
                card=r[1],
                state=r[2],
                step=r[3],
                stability=r[4],
                difficulty=r[5],
                due=r[6],
                last_review=r[7],
                reviews=r[8] or 0,
                id=r[0],
            )
            for r in rows
        ]

    @_guarded("read the review cards")
    def cards(self, learner_id: int) -> list[ReviewCard]:
        """Every spaced-review card of a learner, in the order they were made."""
        return self._cards(learner_id)

    @_guarded("read the reviews")
    def reviews(self, learner_id: int) -> list[ReviewRecord]:
        """Every review of a learner's cards, oldest first."""
        rows = self.conn.execute(
            "SELECT c.card, r.attempt_id, r.rating, r.reason, r.reviewed_at, r.due"
            " FROM review_logs r JOIN cards c ON c.id = r.card_id"
            " WHERE c.learner_id = ? ORDER BY r.reviewed_at, r.id",
            [learner_id],
        ).fetchall()
        return [ReviewRecord(*r) for r in rows]

    @_guarded("read the scheduler's parameters")
    def scheduler_parameters(self) -> str:
        """The scheduler's parameters in use (``fsrs.Scheduler.to_json``): the latest set."""
        row = self.conn.execute(
            "SELECT scheduler FROM scheduler_parameters ORDER BY id DESC LIMIT 1"
        ).fetchone()
        return row[0] if row else ""

    @_guarded("save the scheduler's parameters", writes=True)
    def set_scheduler_parameters(self, scheduler_json: str, source: str) -> None:
        """Use new parameters from now on (an optimiser's); earlier sets are kept."""
        self.db["scheduler_parameters"].insert(
            {"scheduler": scheduler_json, "set_at": utc_now(), "source": source}
        )

    @_guarded("read the recent attempts")
    def last_attempts(self, learner_id: int) -> list[tuple[str, str | None, str, str]]:
        """(pack id, pack key, article id, last submitted) for every article the learner did."""
        # Plain SQL, one row per article: today's practice reads it each time it is chosen.
        return self.conn.execute(
            "SELECT pack_id, pack_key, article_id, max(submitted_at) FROM attempts"
            " WHERE learner_id = ? GROUP BY pack_id, pack_key, article_id",
            [learner_id],
        ).fetchall()

    @_guarded("read what the learner has seen")
    def has_seen(self, learner_id: int, key: str) -> bool:
        """Whether a one-time event (the tour, a lesson offered) has happened to the learner."""
        return (
            self.conn.execute(
                "SELECT 1 FROM learner_seen WHERE learner_id = ? AND key = ?", [learner_id, key]
            ).fetchone()
            is not None
        )

    @_guarded("note what the learner has seen", writes=True)
    def mark_seen(self, learner_id: int, key: str | Iterable[str], at: str | None = None) -> None:
        """Note one-time events (one key or several, in one transaction); the first time
        of each is kept."""
        keys = [key] if isinstance(key, str) else list(key)
        when = at or utc_now()
        with self.conn:
            self.conn.executemany(
                "INSERT OR IGNORE INTO learner_seen (learner_id, key, at) VALUES (?, ?, ?)",
                [[learner_id, k, when] for k in keys],
            )

    @_guarded("read the learner's settings")
    def setting(self, learner_id: int, key: str) -> str | None:
        """A learner's own setting (``practice_size``), or None if never set."""
        row = self.conn.execute(
            "SELECT value FROM learner_settings WHERE learner_id = ? AND key = ?",
            [learner_id, key],
        ).fetchone()
        return row[0] if row else None

    @_guarded("save the learner's settings", writes=True)
    def set_setting(self, learner_id: int, key: str, value: str) -> None:
        with self.conn:
            self.conn.execute(
                "INSERT INTO learner_settings (learner_id, key, value) VALUES (?, ?, ?)"
                " ON CONFLICT (learner_id, key) DO UPDATE SET value = excluded.value",
                [learner_id, key, value],
            )

    # -- checks of discernment (spotit.practice.checks, docs/practice.md) ----------------
    @_guarded("read the learner's checks")
    def check_runs(self, learner_id: int, pack_key: str, check_id: str) -> list[CheckRunRecord]:
        """The learner's runs of a check (of the pack with that identity), oldest first,
        each with the responses given so far in the order they were given."""
        runs = self.conn.execute(
            "SELECT id, wave, form, item_order, started_at, finished_at, attempts_before"
            " FROM check_runs WHERE learner_id = ? AND pack_key = ? AND check_id = ?"
            " ORDER BY id",
            [learner_id, pack_key, check_id],
        ).fetchall()
        records = []
        for run_id, wave, form, order, started, finished, before in runs:
            responses = tuple(
                CheckResponseRecord(*r)
                for r in self.conn.execute(
                    "SELECT item_id, truth, rating, rt_ms, answered_at FROM check_responses"
                    " WHERE run_id = ? ORDER BY position",
                    [run_id],
                )
            )
            records.append(
                CheckRunRecord(
                    run_id,
                    wave,
                    form,
                    tuple(json_list(order)),
                    started,
                    finished,
                    before,
                    responses,
                )
            )
        return records

    @_guarded("read the check's enrolment")
    def check_enrolment(self, learner_id: int, pack_key: str, check_id: str) -> int | None:
        """The learner's enrolment order for a check (0 for the first learner), if enrolled."""
        row = self.conn.execute(
            "SELECT position FROM check_enrolments"
            " WHERE learner_id = ? AND pack_key = ? AND check_id = ?",
            [learner_id, pack_key, check_id],
        ).fetchone()
        return row[0] if row else None

    @_guarded("read the check's enrolment")
    def check_enrolled(self, pack_key: str, check_id: str) -> int:
        """How many learners are enrolled for a check (of the pack with that identity)."""
        return self.conn.execute(
            "SELECT count(*) FROM check_enrolments WHERE pack_key = ? AND check_id = ?",
            [pack_key, check_id],
        ).fetchone()[0]

    @_guarded("start the check", writes=True)
    def start_check_run(
        self,
        learner_id: int,
        *,
        pack_id: str,
        pack_key: str,
        pack_version: str,
        check_id: str,
        wave: str,
        form: Callable[[int], str],
        item_order: Callable[[str], Sequence[str]],
        started_at: str,
        attempts_before: int = 0,
    ) -> int:
        """Enrol the learner for the check if not yet, and start a run of it; its id.

        One transaction: the enrolment (the learner's order among the check's learners,
        counted in the same statement that writes it) and the run are kept together or
        not at all. ``form`` gives the form from the enrolment order, ``item_order`` the
        form's items in the order shown (both called inside the transaction).
        """
        with self.db.atomic():
            self.conn.execute(
                "INSERT OR IGNORE INTO check_enrolments"
                " (learner_id, pack_id, pack_key, check_id, position, enrolled_at)"
                " SELECT ?, ?, ?, ?, count(*), ? FROM check_enrolments"
                " WHERE pack_key = ? AND check_id = ?",
                [learner_id, pack_id, pack_key, check_id, started_at, pack_key, check_id],
            )
            position = self.conn.execute(
                "SELECT position FROM check_enrolments"
                " WHERE learner_id = ? AND pack_key = ? AND check_id = ?",
                [learner_id, pack_key, check_id],
            ).fetchone()[0]
            chosen = form(position)
            order = list(item_order(chosen))
            return (
                self.db["check_runs"]
                .insert(
                    {
                        "learner_id": learner_id,
                        "pack_id": pack_id,
                        "pack_key": pack_key,
                        "pack_version": pack_version,
                        "check_id": check_id,
                        "wave": wave,
                        "form": chosen,
                        "item_order": json.dumps(order, ensure_ascii=False),
                        "attempts_before": attempts_before,
                        "started_at": started_at,
                    }
                )
                .last_pk
            )

    @_guarded("keep the answer", writes=True)
    def answer_check_item(
        self,
        run_id: int,
        item_id: str,
        *,
        position: int,
        truth: str,
        rating: int,
        rt_ms: int,
        answered_at: str,
        statements: Sequence[dict] = (),
    ) -> None:
        """Keep one response of a run (each item is answered once: a second is refused).

        ``statements`` (the answer's xAPI statement) are queued in the same transaction.
        """
        with self.db.atomic():
            self.db["check_responses"].insert(
                {
                    "run_id": run_id,
                    "item_id": item_id,
                    "position": position,
                    "truth": truth,
                    "rating": rating,
                    "rt_ms": rt_ms,
                    "answered_at": answered_at,
                }
            )
            if statements:
                self._queue(statements, "check", answered_at)

    @_guarded("finish the check", writes=True)
    def finish_check_run(
        self, run_id: int, finished_at: str, statements: Sequence[dict] = ()
    ) -> None:
        """Close a run; ``statements`` (the wave's xAPI statement) are queued with it, in
        one transaction, only if this call closed it."""
        with self.db.atomic():
            closed = self.conn.execute(
                "UPDATE check_runs SET finished_at = ? WHERE id = ? AND finished_at IS NULL",
                [finished_at, run_id],
            ).rowcount
            if closed and statements:
                self._queue(statements, "check", finished_at)

    @_guarded("read the check's run")
    def check_run_version(self, run_id: int) -> str | None:
        """The version of the pack a run of a check was started on."""
        row = self.conn.execute(
            "SELECT pack_version FROM check_runs WHERE id = ?", [run_id]
        ).fetchone()
        return row[0] if row else None

    @_guarded("read the attempts on the pack")
    def attempt_times(self, learner_id: int, pack_id: str, pack_key: str) -> list[str]:
        """When each attempt on a pack (of that identity) was submitted, oldest first."""
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT submitted_at FROM attempts WHERE learner_id = ? AND pack_id = ?"
                " AND (pack_key IS NULL OR pack_key = ?) ORDER BY submitted_at",
                [learner_id, pack_id, pack_key],
            )
        ]

    # -- studies (research mode: spotit.practice.study, one database per study) -------------
    @_guarded("register the study", writes=True)
    def register_study(
        self,
        study_id: str,
        *,
        title: str,
        source_text: str,
        seed: int,
        registered_at: str,
        source_path: str = "",
    ) -> StudyRecord:
        """Register a study unless it is already; the study as stored (the caller compares
        its file text with the one it has: a study's file never changes once registered)."""
        with self.db.atomic():
            self.conn.execute(
                "INSERT OR IGNORE INTO studies"
                " (id, title, source_text, seed, registered_at, source_path)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [study_id, title, source_text, seed, registered_at, source_path],
            )
        record = self.study(study_id)
        assert record is not None  # just written
        return record

    @_guarded("read the study")
    def study(self, study_id: str) -> StudyRecord | None:
        row = self.conn.execute(
            "SELECT id, title, source_text, seed, registered_at, source_path FROM studies"
            " WHERE id = ?",
            [study_id],
        ).fetchone()
        return StudyRecord(*row[:5], row[5] or "") if row else None

    @_guarded("enrol the participant", writes=True)
    def enrol_participant(
        self, study_id: str, code: str, arm: Callable[[int], str], enrolled_at: str
    ) -> StudyParticipantRecord:
        """Enrol a participant under ``code``: their learner row (named by the code) and
        their places, in one transaction.

        ``position`` is how many were enrolled in the study before, ``arm(position)`` gives
        the arm and ``arm_index`` is how many were enrolled in that arm before, all counted
        inside the transaction, so two enrolments never get the same places.
        """
        with self.db.atomic():
            if self.participant(code) is not None:
                raise ProgressError(f"{self.path}: the participant code {code} is taken")
            learner_id = (
                self.db["learners"].insert({"name": code, "created_at": enrolled_at}).last_pk
            )
            position = self.conn.execute(
                "SELECT count(*) FROM study_participants WHERE study_id = ?", [study_id]
            ).fetchone()[0]
            chosen = arm(position)
            arm_index = self.conn.execute(
                "SELECT count(*) FROM study_participants WHERE study_id = ? AND arm = ?",
                [study_id, chosen],
            ).fetchone()[0]
            row = {
                "code": code,
                "study_id": study_id,
                "learner_id": learner_id,
                "arm": chosen,
                "position": position,
                "arm_index": arm_index,
                "enrolled_at": enrolled_at,
            }
            self.db["study_participants"].insert(row)
        return StudyParticipantRecord(**row)

    _PARTICIPANT_COLUMNS = "code, study_id, learner_id, arm, position, arm_index, enrolled_at"

    @_guarded("read the participant")
    def participant(self, code: str) -> StudyParticipantRecord | None:
        """The participant with that code (as stored: upper case, no dash), if any."""
        row = self.conn.execute(
            f"SELECT {self._PARTICIPANT_COLUMNS} FROM study_participants WHERE code = ?", [code]
        ).fetchone()
        return StudyParticipantRecord(*row) if row else None

    @_guarded("read the participants")
    def participants(self, study_id: str) -> list[StudyParticipantRecord]:
        """Every participant of a study, in enrolment order."""
        rows = self.conn.execute(
            f"SELECT {self._PARTICIPANT_COLUMNS} FROM study_participants WHERE study_id = ?"
            " ORDER BY position",
            [study_id],
        ).fetchall()
        return [StudyParticipantRecord(*r) for r in rows]

    @_guarded("start the session", writes=True)
    def start_study_session(
        self,
        participant: str,
        number: int,
        *,
        day: int,
        started_at: str,
        articles: Sequence[str] = (),
        then: Callable[[], object] | None = None,
    ) -> StudySessionRecord:
        """Start a participant's session (status "open") with its practice articles.

        ``then`` is called inside the same transaction (the session's first check run
        starts there), so the session and its run are kept together or not at all.
        """
        with self.db.atomic():
            self.db["study_sessions"].insert(
                {
                    "participant": participant,
                    "number": number,
                    "day": day,
                    "status": "open",
                    "started_at": started_at,
                    "articles": json.dumps(list(articles), ensure_ascii=False),
                }
            )
            if then is not None:
                then()
        return self._study_session(participant, number)

    @_guarded("finish the session", writes=True)
    def finish_study_session(
        self, participant: str, number: int, *, finished_at: str, completion_code: str
    ) -> None:
        """Close an open session with the completion code the participant is shown."""
        with self.db.atomic():
            self.conn.execute(
                "UPDATE study_sessions SET status = 'finished', finished_at = ?,"
                " completion_code = ? WHERE participant = ? AND number = ? AND status = 'open'",
                [finished_at, completion_code, participant, number],
            )

    @_guarded("note the missed session", writes=True)
    def miss_study_session(self, participant: str, number: int, *, day: int) -> None:
        """Note a session as missed (never offered again). One started and left unfinished
        keeps when it started; a finished one is left as it is."""
        with self.db.atomic():
            self.conn.execute(
                "INSERT INTO study_sessions (participant, number, day, status, articles)"
                " VALUES (?, ?, ?, 'missed', '[]')"
                " ON CONFLICT (participant, number) DO UPDATE SET status = 'missed'"
                " WHERE status = 'open'",
                [participant, number, day],
            )

    def _study_session(self, participant: str, number: int) -> StudySessionRecord:
        found = [s for s in self.study_sessions(participant) if s.number == number]
        return found[0]

    @_guarded("read the sessions")
    def study_sessions(self, participant: str) -> list[StudySessionRecord]:
        """A participant's sessions started or missed so far, by number."""
        rows = self.conn.execute(
            "SELECT participant, number, day, status, started_at, finished_at,"
            " completion_code, articles FROM study_sessions WHERE participant = ?"
            " ORDER BY number",
            [participant],
        ).fetchall()
        return [StudySessionRecord(*r[:7], tuple(json_list(r[7]))) for r in rows]

    @_guarded("keep the reading", writes=True)
    def record_reading(
        self,
        participant: str,
        session: int,
        article_id: str,
        *,
        started_at: str,
        finished_at: str | None = None,
        seconds: int | None = None,
    ) -> None:
        """Note an article being read (``finished_at`` None) or read; the first start kept,
        and a finished reading is never changed."""
        with self.db.atomic():
            self.conn.execute(
                "INSERT INTO study_readings"
                " (participant, session, article_id, started_at, finished_at, seconds)"
                " VALUES (?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (participant, session, article_id) DO UPDATE SET"
                " finished_at = excluded.finished_at, seconds = excluded.seconds"
                " WHERE finished_at IS NULL AND excluded.finished_at IS NOT NULL",
                [participant, session, article_id, started_at, finished_at, seconds],
            )

    @_guarded("read the readings")
    def readings(self, participant: str) -> list[ReadingRecord]:
        """The articles a participant read (or is reading), in the order begun."""
        rows = self.conn.execute(
            "SELECT participant, session, article_id, started_at, finished_at, seconds"
            " FROM study_readings WHERE participant = ? ORDER BY started_at, session, rowid",
            [participant],
        ).fetchall()
        return [ReadingRecord(*r) for r in rows]

    # -- results to the school's LRS (m011_lrs, spotit.practice.lrs, docs/xapi.md) ----------
    @_guarded("read the installation's id")
    def installation_id(self) -> str:
        """This database's own UUID, made once when m011_lrs ran (statement ids come from it,
        so two machines' attempt 1 never share one). Never changes, so it is read once."""
        if self._installation is None:
            row = self.conn.execute("SELECT id FROM installation ORDER BY rowid LIMIT 1").fetchone()
            if row is None:  # someone emptied the table: a new one, kept from now on
                import uuid

                with self.conn:
                    self.conn.execute(
                        "INSERT INTO installation (id) VALUES (?)", [str(uuid.uuid4())]
                    )
                row = self.conn.execute(
                    "SELECT id FROM installation ORDER BY rowid LIMIT 1"
                ).fetchone()
            self._installation = str(row[0])
        return self._installation

    @_guarded("read the LRS settings")
    def lrs_settings(self) -> LrsSettings | None:
        """Where results go (the school's LRS), or None when none is set (nothing is queued)."""
        row = self.conn.execute(
            "SELECT endpoint, key, homepage, use_email, batch FROM lrs_settings"
            " ORDER BY rowid LIMIT 1"
        ).fetchone()
        if row is None:
            return None
        from spotit.core.xapi import LrsSettings

        return LrsSettings(
            endpoint=row[0], key=row[1], homepage=row[2], use_email=bool(row[3]), batch=row[4]
        )

    @_guarded("save the LRS settings", writes=True)
    def set_lrs_settings(self, settings: LrsSettings | None) -> None:
        """Send results to ``settings``' LRS from now on; None forgets the settings and the
        secret (what is queued stays queued, to be sent once settings are given again)."""
        with self.db.atomic():
            self.conn.execute("DELETE FROM lrs_settings")
            if settings is not None:
                self.conn.execute(
                    "INSERT INTO lrs_settings (endpoint, key, homepage, use_email, batch)"
                    " VALUES (?, ?, ?, ?, ?)",
                    [
                        settings.endpoint,
                        settings.key,
                        settings.homepage,
                        int(settings.use_email),
                        int(settings.batch),
                    ],
                )
        if settings is None:
            self.save_lrs_secret(None)

    def save_lrs_secret(self, text: str | None) -> None:
        """Keep the LRS secret in :attr:`lrs_secret_path` (user-only, 0600, replaced
        atomically), never in the database; None removes it.

        Surrounding line ends are dropped; a secret with a line break or NUL inside is
        refused (ValueError), as it could not go into an HTTP header.
        """
        if text is not None:
            text = text.strip("\r\n")
            if not text:
                raise ValueError("the LRS secret is empty")
            if any(c in text for c in "\r\n\0"):
                raise ValueError("the LRS secret has a line break or NUL in it")
        path = self.lrs_secret_path
        if path is None:  # a database in memory: the secret too
            self._secret_in_memory = text
            return
        try:
            if text is None:
                path.unlink(missing_ok=True)
                return
            from spotit.core.files import write_atomic

            # The file is made user-only before anything is in it; the atomic replace
            # keeps the mode of the file it replaces, so the secret is never readable by
            # others, not even for a moment.
            fd = os.open(path, os.O_WRONLY | os.O_CREAT, 0o600)
            try:
                if hasattr(os, "fchmod"):
                    os.fchmod(fd, 0o600)
            finally:
                os.close(fd)
            write_atomic(path, text)
        except OSError as exc:
            raise ProgressError(
                f"{path}: could not save the LRS secret ({exc.strerror or _one_line(exc)})"
            ) from None

    def lrs_secret(self) -> str | None:
        """The LRS secret, or None if none is kept (a file others could read is made
        user-only first)."""
        path = self.lrs_secret_path
        if path is None:
            return self._secret_in_memory
        try:
            if os.name == "posix" and path.stat().st_mode & 0o077:
                os.chmod(path, 0o600)
            text = path.read_text(encoding="utf-8").strip("\r\n")
        except FileNotFoundError:
            return None
        except (OSError, UnicodeError) as exc:
            raise ProgressError(
                f"{path}: could not read the LRS secret ({_one_line(exc)})"
            ) from None
        return text or None

    @_guarded("queue the statements", writes=True)
    def queue_statements(
        self, statements: Sequence[dict], kind: str, now: str | datetime | None = None
    ) -> int:
        """Put xAPI statements in the outbox, due at once; how many were new.

        Its own transaction, or part of the caller's when one is open (``db.atomic``
        nests). A statement already queued (the same id) is kept as it was: queueing twice
        keeps one. A statement that does not pass ``validate_statement`` is kept too, as
        rejected with the reason, so nothing is lost and the write around it goes on.
        """
        with self.db.atomic():
            return self._queue(statements, kind, now)

    def _queue(self, statements: Sequence[dict], kind: str, now: str | datetime | None) -> int:
        from spotit.core.xapi import validate_statement

        at = _stamp(now)
        rows = []
        for statement in statements:
            problem = validate_statement(statement)
            try:
                text = json.dumps(statement, ensure_ascii=False, separators=(",", ":"))
            except (TypeError, ValueError):  # kept as what it is, rejected, never sent
                text = json.dumps({"unreadable": repr(statement)[:2000]})
                problem = problem or "the statement is not JSON"
            statement_id = statement.get("id") if isinstance(statement, dict) else None
            if not isinstance(statement_id, str) or not statement_id:
                import uuid  # never sent: kept, rejected, under an id of its own

                statement_id = f"invalid:{uuid.uuid4()}"
                problem = problem or "the statement has no id"
            state, error = ("rejected", _first_line(problem)) if problem else ("queued", "")
            rows.append([statement_id, kind, text, at, at, state, error])
        before = self.conn.total_changes
        self.conn.executemany(
            "INSERT OR IGNORE INTO lrs_outbox"
            " (statement_id, kind, statement, queued_at, next_try_at, state, last_error)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        return self.conn.total_changes - before

    @_guarded("read the outbox", writes=True)
    def outbox_due(
        self, now: str | datetime | None = None, limit: int | None = None
    ) -> list[tuple[str, dict]]:
        """Statements to send now: queued and due, oldest first, at most ``limit``.

        A stored statement that no longer reads as a JSON object is marked rejected with
        the reason (one transaction) and left out, never raised.
        """
        at = _stamp(now)
        found: list[tuple[str, dict]] = []
        with self.db.atomic():
            for statement_id, text in self.conn.execute(
                "SELECT statement_id, statement FROM lrs_outbox"
                " WHERE state = 'queued' AND next_try_at <= ? ORDER BY queued_at, rowid",
                [at],
            ).fetchall():
                if limit is not None and len(found) >= limit:
                    break
                try:
                    statement = json.loads(text)
                    problem = None if isinstance(statement, dict) else "it is not a JSON object"
                except (TypeError, ValueError) as exc:
                    problem = f"it is not JSON ({_first_line(str(exc))})"
                if problem is not None:
                    self._reject(statement_id, f"the stored statement is damaged: {problem}")
                    continue
                found.append((statement_id, statement))
        return found

    @_guarded("note the statements sent", writes=True)
    def mark_sent(self, ids: Iterable[str], at: str | datetime | None = None) -> None:
        """The LRS has these statements (stored now, or it had them already)."""
        when = _stamp(at)
        with self.db.atomic():
            self.conn.executemany(
                "UPDATE lrs_outbox SET state = 'sent', sent_at = ?, last_error = '', tried_at = ?"
                " WHERE statement_id = ? AND state != 'sent'",
                [[when, _tried_now(), i] for i in ids],
            )

    @_guarded("note the statements to retry", writes=True)
    def mark_retry(self, ids: Iterable[str], error: str, next_try_at: str | datetime) -> None:
        """Sending failed for now: try these again from ``next_try_at`` (one more try each)."""
        when, reason, tried = _stamp(next_try_at), _first_line(error), _tried_now()
        with self.db.atomic():
            self.conn.executemany(
                "UPDATE lrs_outbox SET tries = tries + 1, last_error = ?, next_try_at = ?,"
                " tried_at = ? WHERE statement_id = ? AND state = 'queued'",
                [[reason, when, tried, i] for i in ids],
            )

    @_guarded("note the statement rejected", writes=True)
    def mark_rejected(self, statement_id: str, error: str) -> None:
        """The LRS refuses this statement: it stays in the outbox, never sent again."""
        with self.db.atomic():
            self._reject(statement_id, error)

    def _reject(self, statement_id: str, error: str) -> None:
        self.conn.execute(
            "UPDATE lrs_outbox SET state = 'rejected', tries = tries + 1, last_error = ?,"
            " tried_at = ? WHERE statement_id = ? AND state != 'sent'",
            [_first_line(error), _tried_now(), statement_id],
        )

    @_guarded("read the outbox")
    def outbox_counts(self) -> dict[str, int]:
        """How many statements are queued, sent and rejected (every state, 0 if none)."""
        counts = dict.fromkeys(OUTBOX_STATES, 0)
        for state, n in self.conn.execute("SELECT state, count(*) FROM lrs_outbox GROUP BY state"):
            counts[state] = n
        return counts

    @_guarded("read the outbox")
    def outbox_last_error(self) -> str:
        """The latest reason a statement was not sent (retried or rejected); "" if none."""
        row = self.conn.execute(
            "SELECT last_error FROM lrs_outbox WHERE last_error != ''"
            " ORDER BY tried_at DESC, rowid DESC LIMIT 1"
        ).fetchone()
        return row[0] if row else ""

    @_guarded("read the outbox")
    def outbox_statements(self, state: str | None = None) -> list[OutboxEntry]:
        """Every statement in the outbox (or those in ``state``), in the order queued."""
        where, params = ("WHERE state = ?", [state]) if state is not None else ("", [])
        return [
            OutboxEntry(*r)
            for r in self.conn.execute(
                "SELECT statement_id, kind, statement, queued_at, tries, next_try_at, state,"
                f" last_error, sent_at FROM lrs_outbox {where} ORDER BY queued_at, rowid",
                params,
            )
        ]


# The class-session tables are read and written by spotit.store.class_results.
@migration("m002_class_sessions")
def _m002(db) -> None:
    db["class_sessions"].create(
        {
            "id": int,
            "code": str,
            "pack_id": str,
            "pack_version": str,
            "pack_title": str,
            "article_ids": str,  # JSON list, in session order
            "started_at": str,
            "ended_at": str,
        },
        pk="id",
        not_null={"code", "pack_id", "started_at"},
    )
    db["class_results"].create(
        {
            "session_id": int,
            "student": str,
            "position": int,
            "article_id": str,
            "headline": str,
            "status": str,
            "score": int,
            "spotted_f1": float,
            "named_f1": float,
            "gold_count": int,
            "found_count": int,
            "named_count": int,
            "partly_count": int,
            "missed_count": int,
            "invented_count": int,
            "flag_count": int,
            "seconds_spent": int,
            "submitted_at": str,
            "categories": str,  # JSON list of per-category summaries
            "flags": str,  # JSON list of {start, end, category, note}
        },
        pk=("session_id", "student", "article_id"),
        foreign_keys=[("session_id", "class_sessions", "id")],
        not_null={"student", "article_id", "status"},
    )


@migration("m003_pack_identity")
def _m003(db) -> None:
    # Progress was kept by pack id alone; now by pack_identity (id and authors). Rows
    # made before are unclaimed: the first pack with their id opened afterwards takes
    # them (Progress.claim), which at start-up is the bundled pack of that id.
    for table in ("attempts", "drafts"):
        db[table].add_column("pack_key", str)
    db["attempts"].create_index(["learner_id", "pack_key", "article_id"])
    db["unclaimed_packs"].create({"pack_id": str}, pk="pack_id")
    db.execute(
        "INSERT OR IGNORE INTO unclaimed_packs (pack_id)"
        " SELECT pack_id FROM attempts UNION SELECT pack_id FROM drafts"
    )


@migration("m004_drafts_per_pack")
def _m004(db) -> None:
    # m003 gave drafts a pack_key but kept one draft per learner and article id, so a
    # draft on another author's pack with the same id overwrote this one's: key it too.
    db.execute("UPDATE drafts SET pack_key = '' WHERE pack_key IS NULL")
    db["drafts"].transform(pk=DRAFT_KEY, not_null={"pack_key"}, defaults={"pack_key": ""})


@migration("m005_hints_used")
def _m005(db) -> None:
    # How many of an article's hints the learner was shown: with the attempt (hints cost a
    # little) and with the draft (a resumed article shows the hints already given).
    for table in ("attempts", "drafts"):
        db[table].add_column("hints_used", int, not_null_default=0)


@migration("m006_class_hints_used")
def _m006(db) -> None:
    # How many hints a student used on a class article: counted in the score, kept beside it.
    db["class_results"].add_column("hints_used", int, not_null_default=0)


#: The scheduler's first parameters (``fsrs.Scheduler``'s own, with these settings): whole
#: days between reviews, no learning steps of minutes (a learner practises a few articles a
#: day, and an article reviews several cards at once), no random fuzz (one learner has a
#: dozen cards, not thousands to spread out), at most a year between reviews.
SCHEDULER_SETTINGS = {
    "desired_retention": 0.9,
    "learning_steps": (),
    "relearning_steps": (),
    "maximum_interval": 365,
    "enable_fuzzing": False,
}


@migration("m007_boosters")
def _m007(db) -> None:
    # Spaced boosters (docs/practice.md): one card per learner and red-flag category, plus
    # the calibration card; a log row per card an attempt reviewed; the scheduler's
    # parameters, stored so a future optimiser can replace them (the latest row is used).
    import fsrs

    db["cards"].create(
        {
            "id": int,
            "learner_id": int,
            "card": str,  # a category id, or "~calibration"
            "state": int,  # fsrs.State
            "step": int,
            "stability": float,
            "difficulty": float,
            "due": str,  # UTC
            "last_review": str,
            "reviews": int,
        },
        pk="id",
        foreign_keys=[("learner_id", "learners", "id")],
        not_null={"learner_id", "card", "state", "due", "reviews"},
        defaults={"reviews": 0},
    )
    db["cards"].create_index(["learner_id", "card"], unique=True)
    db["review_logs"].create(
        {
            "id": int,
            "card_id": int,
            "attempt_id": int,
            "rating": int,  # fsrs.Rating: 1 again, 2 hard, 3 good, 4 easy
            "reason": str,  # e.g. "missed", "found quickly"
            "reviewed_at": str,
            "duration_ms": int,
            "due": str,  # when the card fell due next
            "stability": float,
            "difficulty": float,
        },
        pk="id",
        foreign_keys=[("card_id", "cards", "id"), ("attempt_id", "attempts", "id")],
        not_null={"card_id", "attempt_id", "rating", "reviewed_at"},
    )
    db["review_logs"].create_index(["card_id"])
    db["review_logs"].create_index(["attempt_id"])
    db["scheduler_parameters"].create(
        {"id": int, "scheduler": str, "set_at": str, "source": str},
        pk="id",
        not_null={"scheduler", "set_at"},
    )
    db["scheduler_parameters"].insert(
        {
            "scheduler": fsrs.Scheduler(**SCHEDULER_SETTINGS).to_json(),
            "set_at": utc_now(),
            "source": "fsrs 6 defaults",
        }
    )
    db["learner_seen"].create(
        {"learner_id": int, "key": str, "at": str},
        pk=("learner_id", "key"),
        foreign_keys=[("learner_id", "learners", "id")],
        not_null={"at"},
    )
    db["learner_settings"].create(
        {"learner_id": int, "key": str, "value": str},
        pk=("learner_id", "key"),
        foreign_keys=[("learner_id", "learners", "id")],
    )


@migration("m008_checks")
def _m008(db) -> None:
    # Checks of discernment (docs/practice.md): a learner's enrolment order for a check
    # (their row of its Latin square of forms), each run of a form in a wave, and each
    # response with its rating (1 sure not credible .. 6 sure credible) and response time.
    db["check_enrolments"].create(
        {
            "learner_id": int,
            "pack_id": str,
            "pack_key": str,
            "check_id": str,
            "position": int,  # 0 for the first learner enrolled for the check
            "enrolled_at": str,
        },
        pk=("learner_id", "pack_key", "check_id"),
        foreign_keys=[("learner_id", "learners", "id")],
        not_null={"learner_id", "pack_id", "pack_key", "check_id", "position", "enrolled_at"},
    )
    db["check_enrolments"].create_index(["pack_key", "check_id", "position"], unique=True)
    db["check_runs"].create(
        {
            "id": int,
            "learner_id": int,
            "pack_id": str,
            "pack_key": str,
            "pack_version": str,
            "check_id": str,
            "wave": str,  # "pre", "post", "delayed-7", ...
            "form": str,
            "item_order": str,  # JSON list of item ids, in the order shown
            "attempts_before": int,  # the learner's attempts on the pack when it started
            "started_at": str,
            "finished_at": str,  # NULL while it runs
        },
        pk="id",
        foreign_keys=[("learner_id", "learners", "id")],
        not_null={
            "learner_id",
            "pack_id",
            "pack_key",
            "check_id",
            "wave",
            "form",
            "item_order",
            "attempts_before",
            "started_at",
        },
    )
    # No learner takes a wave, or a form, twice.
    db["check_runs"].create_index(["learner_id", "pack_key", "check_id", "wave"], unique=True)
    db["check_runs"].create_index(["learner_id", "pack_key", "check_id", "form"], unique=True)
    db["check_responses"].create(
        {
            "run_id": int,
            "item_id": str,
            "position": int,  # 0-based, in the order shown
            "truth": str,  # "credible" or "misleading", as the pack said when answered
            "rating": int,  # 1 sure not credible .. 6 sure credible
            "rt_ms": int,
            "answered_at": str,
        },
        pk=("run_id", "item_id"),
        foreign_keys=[("run_id", "check_runs", "id")],
        not_null={"run_id", "item_id", "position", "truth", "rating", "rt_ms", "answered_at"},
    )


@migration("m009_studies")
def _m009(db) -> None:
    # Research mode (spotit.practice.study): each study has its own database, a Progress
    # database like progress.db. The study file as registered; its participants under
    # anonymous codes (their learner row is named by the code) with their arm and places;
    # each session started or missed; the "read" arm's readings.
    db["studies"].create(
        {
            "id": str,
            "title": str,
            "source_text": str,  # the study file exactly as read
            "seed": int,
            "registered_at": str,
            "source_path": str,  # where it was read from (packs are found relative to it)
        },
        pk="id",
        not_null={"title", "source_text", "seed", "registered_at"},
    )
    db["study_participants"].create(
        {
            "code": str,  # e.g. "K7M-R4X": upper case, with the dash
            "study_id": str,
            "learner_id": int,
            "arm": str,
            "position": int,  # 0 for the first participant of the study
            "arm_index": int,  # 0 for the first of the arm: their Latin-square row
            "enrolled_at": str,
        },
        pk="code",
        foreign_keys=[("study_id", "studies", "id"), ("learner_id", "learners", "id")],
        not_null={"study_id", "learner_id", "arm", "position", "arm_index", "enrolled_at"},
    )
    db["study_participants"].create_index(["learner_id"], unique=True)
    db["study_participants"].create_index(["study_id", "position"], unique=True)
    db["study_participants"].create_index(["study_id", "arm", "arm_index"], unique=True)
    db["study_sessions"].create(
        {
            "participant": str,
            "number": int,  # 1 for the first session
            "day": int,  # days after session 1's day
            "status": str,  # "open", "finished" or "missed"
            "started_at": str,  # NULL for a session missed without being started
            "finished_at": str,
            "completion_code": str,  # shown at its end
            "articles": str,  # JSON list of the practice articles chosen at its start
        },
        pk=("participant", "number"),
        foreign_keys=[("participant", "study_participants", "code")],
        not_null={"participant", "number", "day", "status", "articles"},
    )
    db["study_readings"].create(
        {
            "participant": str,
            "session": int,
            "article_id": str,
            "started_at": str,
            "finished_at": str,  # NULL while it is read
            "seconds": int,
        },
        pk=("participant", "session", "article_id"),
        foreign_keys=[("participant", "study_participants", "code")],
        not_null={"participant", "session", "article_id", "started_at"},
    )


@migration("m010_investigation")
def _m010(db) -> None:
    # Investigating an article (spotit.practice.investigation, docs/practice.md): each
    # attempt's moves, one row per move in order (the columns of its kind filled, the
    # others at their defaults), and a draft's moves so far as JSON (Move.as_json).
    db["attempt_moves"].create(
        {
            "attempt_id": int,
            "position": int,  # 0 for the first move
            "kind": str,  # "searched", "opened" or "flagged"
            "at": float,  # seconds since the article was opened
            "query": str,  # searched: what was typed
            "results": int,  # searched: how many results came back
            "target": str,  # opened: "source:ID" or "article:ID"
            "via": str,  # opened: search, link, selection, feedback, back, forward, address
            "seconds": float,  # opened: how long the page was shown
            "start": int,  # flagged: the flag's span in the article's text
            "end": int,
        },
        pk=("attempt_id", "position"),
        foreign_keys=[("attempt_id", "attempts", "id")],
        not_null={"attempt_id", "position", "kind", "at"},
        defaults={
            "query": "",
            "results": 0,
            "target": "",
            "via": "",
            "seconds": 0.0,
            "start": 0,
            "end": 0,
        },
    )
    db["drafts"].add_column("moves", str, not_null_default="[]")


@migration("m011_lrs")
def _m011(db) -> None:
    # Results to the school's Learning Record Store (docs/xapi.md, docs/practice.md): this
    # database's own id (statement ids are made from it), the LRS's settings (one row or
    # none; the secret is a file beside the database, never here), and the outbox: every
    # statement, queued in the transaction of what it describes, until the LRS has it.
    import uuid

    db["installation"].create({"id": str}, not_null={"id"})
    db["installation"].insert({"id": str(uuid.uuid4())})
    db["lrs_settings"].create(
        {"endpoint": str, "key": str, "homepage": str, "use_email": int, "batch": int},
        not_null={"endpoint", "key", "homepage", "use_email", "batch"},
        defaults={"use_email": 0, "batch": 50},
    )
    db["lrs_outbox"].create(
        {
            "statement_id": str,
            "kind": str,  # what queued it: "practice", "check", "class"
            "statement": str,  # the statement's JSON, exactly as it is sent
            "queued_at": str,
            "tries": int,
            "next_try_at": str,  # not sent before (retries back off)
            "state": str,  # "queued", "sent" or "rejected"
            "last_error": str,
            "sent_at": str,
            "tried_at": str,  # when it was last tried (which error is the latest)
        },
        pk="statement_id",
        not_null={"kind", "statement", "queued_at", "tries", "next_try_at", "state", "last_error"},
        defaults={"tries": 0, "state": "queued", "last_error": ""},
    )
    db["lrs_outbox"].create_index(["state", "next_try_at"])


def _draft_where(
    learner_id: int, pack_id: str, article_id: str, pack_key: str | None
) -> tuple[str, list]:
    """The drafts of an article: of that very pack when ``pack_key`` is given."""
    where = "learner_id = ? AND pack_id = ? AND article_id = ?"
    params: list = [learner_id, pack_id, article_id]
    if pack_key is not None:
        where, params = where + " AND pack_key = ?", [*params, pack_key]
    return where, params


# -- a damaged database ------------------------------------------------------------------------

#: The learner's tables, parents first (an attempt needs its learner).
_RECOVERED_TABLES = (
    "learners",
    "attempts",
    "attempt_moves",
    "drafts",
    "class_sessions",
    "class_results",
    "unclaimed_packs",
    "cards",
    "review_logs",
    "scheduler_parameters",
    "learner_seen",
    "learner_settings",
    "check_enrolments",
    "check_runs",
    "check_responses",
    "installation",
    "lrs_settings",
    "lrs_outbox",
)


@dataclass(frozen=True)
class Recovery:
    """What became of a damaged progress database."""

    kept_as: Path  # the damaged file, moved aside unchanged
    rows: dict[str, int] = field(default_factory=dict)  # rows copied, by table
    unreadable: dict[str, int] = field(default_factory=dict)  # stretches skipped, by table

    @property
    def attempts(self) -> int:
        return self.rows.get("attempts", 0)


def aside_name(path: Path, when: datetime | None = None) -> Path:
    """Where a damaged ``path`` is kept: beside it, named for when it was set aside."""
    stamp = (when or datetime.now()).strftime("%Y-%m-%dT%H%M")
    wanted = path.with_name(f"{path.name}.damaged-{stamp}")
    candidate, n = wanted, 2
    while candidate.exists():
        candidate, n = wanted.with_name(f"{wanted.name}-{n}"), n + 1
    return candidate


def set_aside(path: Path, when: datetime | None = None) -> Path:
    """Move ``path`` (with its -wal and -shm, which are part of it) to :func:`aside_name`.

    A rename: the bytes are never read into anything or written. Returns the new name.
    """
    path = Path(path)
    target = aside_name(path, when)
    for suffix in ("-wal", "-shm", "-journal"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            os.replace(companion, target.with_name(target.name + suffix))
    os.replace(path, target)
    return target


def start_fresh(path: Path | str, when: datetime | None = None) -> Recovery:
    """Set the damaged database aside; the next :class:`Progress` there starts empty."""
    return Recovery(set_aside(Path(path), when))


def recover_progress(path: Path | str, when: datetime | None = None) -> Recovery:
    """Copy what SQLite can still read of a damaged database into a new file in its place.

    The damaged file is read from a copy (so opening it cannot change it) and then moved
    aside under a dated name, unchanged. Each table is read in rowid order; where a
    stretch of rows cannot be read (a damaged page), the reading skips past it and goes
    on. Attempts whose learner was lost keep a placeholder learner, so they still show.
    Raises ProgressError if the new file cannot be written; the damaged one is then
    where it was.
    """
    import shutil
    import tempfile

    from spotit.core.files import replacing

    path = Path(path)
    try:
        with tempfile.TemporaryDirectory(prefix="spotit-recover-") as folder:
            copy = Path(folder) / "damaged.db"
            shutil.copyfile(path, copy)
            wal = path.with_name(path.name + "-wal")
            if wal.exists():
                shutil.copyfile(wal, copy.with_name(copy.name + "-wal"))
            with contextlib.closing(sqlite3.connect(copy)) as source:
                applied = _applied_migrations(source)
                read = {t: _readable_rows(source, t) for t in _RECOVERED_TABLES}
            with replacing(path, prefix=".recovering-") as fresh:
                rows = _write_recovered(fresh, applied, {t: r for t, (r, _) in read.items()})
                kept = set_aside(path, when)
    except (sqlite3.Error, OSError) as exc:
        raise ProgressError(
            f"{path}: could not recover the progress database ({_one_line(exc)})"
        ) from None
    return Recovery(kept, rows, {t: skipped for t, (_, skipped) in read.items() if skipped})


def _applied_migrations(conn: sqlite3.Connection) -> set[str] | None:
    try:
        return {
            r[0]
            for r in conn.execute(
                "SELECT name FROM _sqlite_migrations WHERE migration_set = ?", [MIGRATION_SET]
            )
        }
    except sqlite3.Error:
        return None  # unreadable: the rows go into today's schema, column by column


def _readable_rows(conn: sqlite3.Connection, table: str) -> tuple[list[dict], int]:
    """Every row of ``table`` that can be read, and how many unreadable stretches were skipped."""
    try:
        columns = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
    except sqlite3.Error:
        return [], 1
    if not columns:
        return [], 0
    select = ", ".join(f'"{c}"' for c in columns)
    # NOT INDEXED: the table itself, in rowid order, whatever state its indexes are in.
    sql = f'SELECT rowid, {select} FROM "{table}" NOT INDEXED WHERE rowid > ? ORDER BY rowid'
    rows: list[dict] = []
    after, skipped = -(2**63), 0
    while True:
        try:
            for row in conn.execute(sql, [after]):
                rows.append(dict(zip(columns, row[1:], strict=True)))
                after = row[0]
            return rows, skipped
        except sqlite3.DatabaseError:
            skipped += 1
            after = _next_readable(conn, table, after)
            if after is None:
                return rows, skipped


def _next_readable(conn: sqlite3.Connection, table: str, after: int) -> int | None:
    """The lowest point past ``after`` from which ``table`` reads again (None: nowhere).

    Steps double past the damage, then a binary search comes back to its end, so rows
    just after a damaged page are not skipped with it.
    """
    sql = f'SELECT * FROM "{table}" NOT INDEXED WHERE rowid > ? ORDER BY rowid LIMIT 1'
    biggest = 2**63 - 1

    def reads(point: int) -> bool:
        try:
            conn.execute(sql, [point]).fetchall()
            return True
        except sqlite3.DatabaseError:
            return False

    low, step = after, 1
    while True:
        high = min(biggest, after + step)
        if reads(high):
            break
        if high == biggest:
            return None
        low, step = high, step * 2
    while high - low > 1:  # low does not read, high does
        middle = (low + high) // 2
        if reads(middle):
            high = middle
        else:
            low = middle
    return high


def _write_recovered(path: Path, applied: set[str] | None, read: dict[str, list[dict]]) -> dict:
    """A new database at ``path`` holding ``read``, migrated as far as the damaged one was."""
    import sqlite_utils

    names = [name for name, _ in _MIGRATIONS]
    done = names if applied is None else [n for n in names if n in applied]
    later = next((n for n in names if n not in done), None)
    conn = sqlite3.connect(path)
    try:
        db = sqlite_utils.Database(conn)
        migration_set().apply(db, stop_before=later)
        counts = {}
        with db.atomic():
            known = {r["id"] for r in read["learners"] if r.get("id") is not None}
            orphans = (
                {r.get("learner_id") for t in ("attempts", "drafts") for r in read[t]}
                - known
                - {None}
            )
            placeholders = [
                {"id": n, "name": f"Recovered learner {n}", "created_at": utc_now()}
                for n in sorted(orphans)
            ]
            for table in _RECOVERED_TABLES:
                if not db[table].exists():  # made by a migration the damaged one had not had
                    continue
                columns = set(db[table].columns_dict)
                rows = [{k: v for k, v in r.items() if k in columns} for r in read[table]]
                if table == "learners":
                    rows += placeholders
                if table in ("installation", "lrs_settings") and rows:
                    # One row each: the damaged database's own, not the one just made.
                    db.execute(f"DELETE FROM {table}")
                db[table].insert_all(rows, ignore=True)
                counts[table] = conn.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0]
        counts["learners"] = counts.get("learners", 0) - len(placeholders)
    finally:
        conn.close()
    Progress(path).close()  # the migrations the damaged database had not had yet
    return counts
