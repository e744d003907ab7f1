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
"""

from __future__ import annotations

import functools
import json
import sqlite3
from collections.abc import Callable, Sequence
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from spotit.core.model import Annotation, Flag
from spotit.core.progress import ArticleStatus, Attempt, Draft, Learner, utc_now

if TYPE_CHECKING:
    from spotit.core.scoring import Report

MIGRATION_SET = "spotit-progress"
MAX_LEARNER_NAME = 60
DRAFT_KEY = ("learner_id", "pack_id", "article_id")

#: (name, function) in the order they ship. Append only; never edit one that has shipped.
_MIGRATIONS: list[tuple[str, Callable]] = []

Method = TypeVar("Method", bound=Callable[..., Any])


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


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def _guarded(action: str) -> Callable[[Method], Method]:
    """Turn a ``sqlite3.Error`` in the method into a one-line ProgressError saying what failed."""

    def decorate(method: Method) -> Method:
        @functools.wraps(method)
        def wrapper(self: Progress, *args: Any, **kwargs: Any) -> Any:
            try:
                return method(self, *args, **kwargs)
            except sqlite3.Error as exc:
                raise ProgressError(f"{self.path}: could not {action} ({_one_line(exc)})") from None

        return wrapper  # type: ignore[return-value]

    return decorate


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


def json_list(raw: str | None) -> list:
    """A stored JSON list, or [] if it is missing or damaged."""
    try:
        value = json.loads(raw or "[]")
    except ValueError:
        return []
    return value if isinstance(value, list) else []


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
        self.path = Path(path)
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            self.conn = sqlite3.connect(self.path, timeout=10, check_same_thread=False)
            self.conn.execute("PRAGMA journal_mode = WAL")
            # FULL: a committed attempt is on disk before submit() returns.
            self.conn.execute("PRAGMA synchronous = FULL")
            self.conn.execute("PRAGMA foreign_keys = ON")
            if pending_migrations(self.conn):
                migration_set().apply(self.db)
        except (sqlite3.Error, OSError) as exc:
            raise ProgressError(
                f"{self.path}: cannot open the progress database ({_one_line(exc)})"
            ) from None

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

    @_guarded("add the learner")
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
    @_guarded("save the draft")
    def save_draft(
        self,
        learner_id: int,
        pack_id: str,
        article_id: str,
        text_hash: str,
        flags: Sequence[Flag],
        seconds_spent: int,
    ) -> None:
        """Keep the flags of an article being worked on (one draft per learner and article)."""
        self.db["drafts"].upsert(
            {
                "learner_id": learner_id,
                "pack_id": pack_id,
                "article_id": article_id,
                "text_hash": text_hash,
                "flags": flags_to_json(flags),
                "seconds_spent": seconds_spent,
                "updated_at": utc_now(),
            },
            pk=DRAFT_KEY,
        )

    @_guarded("read the draft")
    def draft(self, learner_id: int, pack_id: str, article_id: str, text_hash: str) -> Draft | None:
        """The saved draft, if it was made on this very text (a pack edit voids it)."""
        # Plain SQL: an article opens without loading sqlite-utils.
        row = self.conn.execute(
            "SELECT text_hash, flags, seconds_spent FROM drafts"
            " WHERE learner_id = ? AND pack_id = ? AND article_id = ?",
            [learner_id, pack_id, article_id],
        ).fetchone()
        if row is None or row[0] != text_hash:
            return None
        return Draft(row[0], flags_from_json(row[1]), row[2] or 0)

    @_guarded("read the drafts")
    def drafted_articles(self, learner_id: int, pack_id: str) -> set[str]:
        """Articles of a pack with a draft in progress."""
        rows = self.conn.execute(
            "SELECT article_id FROM drafts WHERE learner_id = ? AND pack_id = ?",
            [learner_id, pack_id],
        ).fetchall()
        return {r[0] for r in rows}

    @_guarded("discard the draft")
    def discard_draft(self, learner_id: int, pack_id: str, article_id: str) -> None:
        self.db["drafts"].delete_where(
            "learner_id = ? AND pack_id = ? AND article_id = ?", [learner_id, pack_id, article_id]
        )

    # -- attempts --------------------------------------------------------------
    @_guarded("save the attempt")
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
    ) -> int:
        """Record a submitted attempt and drop its draft, in one transaction; its id."""
        snapshot = {
            "headline": headline,
            "text": text,
            "annotations": [a.as_json() for a in annotations],
        }
        found = sum(g.verdict.value in ("found", "found-wrong-category") for g in report.gold)
        invented = sum(f.verdict.value == "not-a-red-flag" for f in report.flags)
        submitted_at = utc_now()
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
        }
        with self.db.atomic():  # one transaction: the attempt in, its draft out
            attempt_id = self.db["attempts"].insert(row).last_pk
            self.db["drafts"].delete_where(
                "learner_id = ? AND pack_id = ? AND article_id = ?",
                [learner_id, pack_id, article_id],
            )
        return attempt_id

    @_guarded("read the attempts")
    def attempts(self, learner_id: int, pack_id: str | None = None) -> list[Attempt]:
        """Every submitted attempt of a learner, oldest first."""
        where, params = "learner_id = ?", [learner_id]
        if pack_id is not None:
            where, params = where + " AND pack_id = ?", params + [pack_id]
        result = []
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
                )
            )
        return result

    @_guarded("read the library's status")
    def article_status(self, learner_id: int, pack_id: str) -> dict[str, ArticleStatus]:
        """Per article of a pack: how often tried, best score, last attempt time."""
        # Plain SQL: the library shows at start-up without loading sqlite-utils.
        rows = self.conn.execute(
            "SELECT article_id, count(*), max(score), max(submitted_at) FROM attempts"
            " WHERE learner_id = ? AND pack_id = ? GROUP BY article_id",
            [learner_id, pack_id],
        ).fetchall()
        return {r[0]: ArticleStatus(r[1], r[2], r[3]) for r in rows}

    def category_rates(self, learner_id: int) -> dict[str, dict[str, int]]:
        """Per category over all attempts: red flags there were, found, missed, invented."""
        totals: dict[str, dict[str, int]] = {}
        for attempt in self.attempts(learner_id):
            for c in attempt.categories:
                if not isinstance(c, dict) or "category" not in c:
                    continue
                t = totals.setdefault(
                    c["category"], {"gold": 0, "found": 0, "missed": 0, "invented": 0}
                )
                for key in t:
                    t[key] += int(c.get(key, 0))
        return totals


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
