"""Learner progress: profiles, drafts and submitted attempts, in one SQLite file.

Kept apart from packs, in the user data folder. The schema grows only by named,
append-only migrations (never edit one that has shipped). Every write is one
transaction; a submitted attempt is committed before the app shows feedback,
so it survives the app being killed.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from spotit.core.model import Annotation, Flag

if TYPE_CHECKING:
    from spotit.core.scoring import Report

MIGRATION_SET = "spotit-progress"
MAX_LEARNER_NAME = 60

#: (name, function) in the order they ship. Append only; never edit one that has shipped.
_MIGRATIONS: list[tuple[str, Callable]] = []


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


@dataclass(frozen=True)
class Learner:
    id: int
    name: str


@dataclass(frozen=True)
class Draft:
    text_hash: str
    flags: list[Flag]
    seconds_spent: int


@dataclass(frozen=True)
class Attempt:
    id: int
    pack_id: str
    pack_version: str
    article_id: str
    headline: str
    submitted_at: str
    seconds_spent: int
    score: int
    spotted_f1: float
    named_f1: float
    gold_count: int
    found_count: int
    invented_count: int
    flags: list[Flag]
    categories: list[dict]


@dataclass(frozen=True)
class ArticleStatus:
    attempts: int
    best_score: int
    last_submitted_at: str


def now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def flags_to_json(flags: Sequence[Flag]) -> str:
    return json.dumps(
        [{"start": f.start, "end": f.end, "category": f.category, "note": f.note} for f in flags],
        ensure_ascii=False,
    )


def flags_from_json(raw: str) -> list[Flag]:
    try:
        items = json.loads(raw or "[]")
        return [
            Flag(int(i["start"]), int(i["end"]), str(i["category"]), str(i.get("note", "")))
            for i in items
        ]
    except (ValueError, TypeError, KeyError):
        return []  # a damaged draft is dropped rather than crashing the reader


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
        except (sqlite3.DatabaseError, OSError) as exc:
            raise ProgressError(f"{self.path}: cannot open the progress database ({exc})") from None

    @cached_property
    def db(self):
        """The same connection as a sqlite_utils Database, for migrations and inspection."""
        import sqlite_utils

        return sqlite_utils.Database(self.conn)

    def close(self) -> None:
        self.conn.close()

    def _rows(self, sql: str, params: Sequence = ()) -> list[sqlite3.Row]:
        cursor = self.conn.execute(sql, params)
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]

    # -- learners --------------------------------------------------------------
    def learners(self) -> list[Learner]:
        # Sorted in Python: SQLite's NOCASE folds ASCII letters only ("Émile" vs "élodie").
        rows = self.conn.execute("SELECT id, name FROM learners").fetchall()
        return sorted((Learner(*r) for r in rows), key=lambda x: x.name.casefold())

    def add_learner(self, name: str) -> Learner:
        name = " ".join(name.split())
        if not name:
            raise ValueError("a learner needs a name")
        if len(name) > MAX_LEARNER_NAME:
            raise ValueError(f"a name can have at most {MAX_LEARNER_NAME} characters")
        existing = next((x for x in self.learners() if x.name.casefold() == name.casefold()), None)
        if existing:
            raise ValueError(f"there is already a learner called {existing.name}")
        with self.conn:
            cursor = self.conn.execute(
                "INSERT INTO learners (name, created_at) VALUES (?, ?)", [name, now()]
            )
        return Learner(cursor.lastrowid, name)

    # -- drafts ----------------------------------------------------------------
    def save_draft(
        self,
        learner_id: int,
        pack_id: str,
        article_id: str,
        text_hash: str,
        flags: Sequence[Flag],
        seconds_spent: int,
    ) -> None:
        with self.conn:
            self.conn.execute(
                "INSERT OR REPLACE INTO drafts (learner_id, pack_id, article_id, text_hash, flags,"
                " seconds_spent, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    learner_id,
                    pack_id,
                    article_id,
                    text_hash,
                    flags_to_json(flags),
                    seconds_spent,
                    now(),
                ],
            )

    def draft(self, learner_id: int, pack_id: str, article_id: str, text_hash: str) -> Draft | None:
        """The saved draft, if it was made on this very text (a pack edit voids it)."""
        row = self.conn.execute(
            "SELECT text_hash, flags, seconds_spent FROM drafts"
            " WHERE learner_id = ? AND pack_id = ? AND article_id = ?",
            [learner_id, pack_id, article_id],
        ).fetchone()
        if row is None or row[0] != text_hash:
            return None
        return Draft(row[0], flags_from_json(row[1]), row[2] or 0)

    def drafted_articles(self, learner_id: int, pack_id: str) -> set[str]:
        """Articles of a pack with a draft in progress."""
        rows = self.conn.execute(
            "SELECT article_id FROM drafts WHERE learner_id = ? AND pack_id = ?",
            [learner_id, pack_id],
        ).fetchall()
        return {r[0] for r in rows}

    def discard_draft(self, learner_id: int, pack_id: str, article_id: str) -> None:
        with self.conn:
            self.conn.execute(
                "DELETE FROM drafts WHERE learner_id = ? AND pack_id = ? AND article_id = ?",
                [learner_id, pack_id, article_id],
            )

    # -- attempts --------------------------------------------------------------
    def submit(
        self,
        learner_id: int,
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
        """Record a submitted attempt and drop its draft, in one transaction."""
        snapshot = {
            "headline": headline,
            "text": text,
            "annotations": [a.as_json() for a in annotations],
        }
        found = sum(g.verdict.value in ("found", "found-wrong-category") for g in report.gold)
        invented = sum(f.verdict.value == "not-a-red-flag" for f in report.flags)
        row = {
            "learner_id": learner_id,
            "pack_id": pack_id,
            "pack_version": pack_version,
            "article_id": article_id,
            "text_hash": text_hash,
            "started_at": started_at or now(),
            "submitted_at": now(),
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
        with self.conn:  # one transaction: the attempt in, its draft out
            cursor = self.conn.execute(
                f"INSERT INTO attempts ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                list(row.values()),
            )
            self.conn.execute(
                "DELETE FROM drafts WHERE learner_id = ? AND pack_id = ? AND article_id = ?",
                [learner_id, pack_id, article_id],
            )
        attempt_id = cursor.lastrowid
        return attempt_id

    def attempts(self, learner_id: int, pack_id: str | None = None) -> list[Attempt]:
        """Every submitted attempt of a learner, oldest first."""
        where, params = "learner_id = ?", [learner_id]
        if pack_id is not None:
            where, params = where + " AND pack_id = ?", params + [pack_id]
        result = []
        for r in self._rows(
            f"SELECT * FROM attempts WHERE {where} ORDER BY submitted_at, id", params
        ):
            try:
                headline = json.loads(r["snapshot"] or "{}").get("headline", "")
                categories = json.loads(r["categories"] or "[]")
                if not isinstance(categories, list):
                    categories = []
            except (ValueError, AttributeError):
                headline, categories = "", []
            result.append(
                Attempt(
                    r["id"],
                    r["pack_id"],
                    r["pack_version"],
                    r["article_id"],
                    headline,
                    r["submitted_at"],
                    r["seconds_spent"] or 0,
                    r["score"],
                    r["spotted_f1"],
                    r["named_f1"],
                    r["gold_count"],
                    r["found_count"],
                    r["invented_count"],
                    flags_from_json(r["flags"]),
                    categories,
                )
            )
        return result

    def article_status(self, learner_id: int, pack_id: str) -> dict[str, ArticleStatus]:
        """Per article of a pack: how often tried, best score, last attempt time."""
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

    # -- class sessions (the instructor's side of spotit.classroom) --------------------
    def start_class_session(
        self,
        code: str,
        pack_id: str,
        pack_version: str,
        pack_title: str,
        article_ids: Sequence[str],
    ) -> int:
        """Record that a class session started; its results are added as articles are revealed."""
        with self.conn:
            cursor = self.conn.execute(
                "INSERT INTO class_sessions (code, pack_id, pack_version, pack_title, article_ids,"
                " started_at) VALUES (?, ?, ?, ?, ?, ?)",
                [code, pack_id, pack_version, pack_title, json.dumps(list(article_ids)), now()],
            )
        return cursor.lastrowid

    def save_class_results(self, session_id: int, results: Sequence[ClassResult]) -> None:
        """Store (or replace) results of a class session, in one transaction."""
        rows = [
            [
                session_id,
                r.student,
                r.position,
                r.article_id,
                r.headline,
                r.status,
                r.score,
                r.spotted_f1,
                r.named_f1,
                r.gold_count,
                r.found_count,
                r.named_count,
                r.partly_count,
                r.missed_count,
                r.invented_count,
                r.flag_count,
                r.seconds_spent,
                r.submitted_at,
                json.dumps(list(r.categories), ensure_ascii=False),
                flags_to_json(r.flags),
            ]
            for r in results
        ]
        with self.conn:
            self.conn.executemany(
                "INSERT OR REPLACE INTO class_results (session_id, student, position, article_id,"
                " headline, status, score, spotted_f1, named_f1, gold_count, found_count,"
                " named_count, partly_count, missed_count, invented_count, flag_count,"
                " seconds_spent, submitted_at, categories, flags)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows,
            )

    def end_class_session(self, session_id: int) -> None:
        with self.conn:
            self.conn.execute(
                "UPDATE class_sessions SET ended_at = ? WHERE id = ?", [now(), session_id]
            )

    def class_sessions(self) -> list[ClassSessionRecord]:
        """Every class session this instructor hosted, newest first."""
        result = []
        for r in self._rows("SELECT * FROM class_sessions ORDER BY started_at DESC, id DESC"):
            try:
                ids = json.loads(r["article_ids"] or "[]")
                ids = [str(i) for i in ids] if isinstance(ids, list) else []
            except ValueError:
                ids = []
            result.append(
                ClassSessionRecord(
                    r["id"],
                    r["code"],
                    r["pack_id"],
                    r["pack_version"] or "",
                    r["pack_title"] or "",
                    ids,
                    r["started_at"],
                    r["ended_at"] or "",
                )
            )
        return result

    def class_results(self, session_id: int) -> list[ClassResult]:
        """A class session's results, in article order, then by student."""
        result = []
        for r in self._rows(
            "SELECT * FROM class_results WHERE session_id = ? ORDER BY position, student",
            [session_id],
        ):
            try:
                categories = json.loads(r["categories"] or "[]")
                if not isinstance(categories, list):
                    categories = []
            except ValueError:
                categories = []
            result.append(
                ClassResult(
                    r["student"],
                    r["position"],
                    r["article_id"],
                    r["headline"] or "",
                    r["status"],
                    r["score"],
                    r["spotted_f1"],
                    r["named_f1"],
                    r["gold_count"] or 0,
                    r["found_count"] or 0,
                    r["named_count"] or 0,
                    r["partly_count"] or 0,
                    r["missed_count"] or 0,
                    r["invented_count"] or 0,
                    r["flag_count"] or 0,
                    r["seconds_spent"],
                    r["submitted_at"] or "",
                    tuple(c for c in categories if isinstance(c, dict)),
                    tuple(flags_from_json(r["flags"])),
                )
            )
        return result


@dataclass(frozen=True)
class ClassResult:
    """One student's result on one article of a class session (a gradebook row)."""

    student: str
    position: int  # the article's place in the session, from 0
    article_id: str
    headline: str
    status: str  # "submitted" | "auto-submitted" (draft taken at the reveal) | "absent"
    score: int | None
    spotted_f1: float | None
    named_f1: float | None
    gold_count: int
    found_count: int  # red flags found, any category
    named_count: int  # red flags found with the right category
    partly_count: int
    missed_count: int
    invented_count: int  # flags that were not red flags
    flag_count: int
    seconds_spent: int | None
    submitted_at: str
    categories: tuple[dict, ...] = ()  # per category: category, gold, found, missed, ...
    flags: tuple[Flag, ...] = ()


@dataclass(frozen=True)
class ClassSessionRecord:
    id: int
    code: str
    pack_id: str
    pack_version: str
    pack_title: str
    article_ids: list[str]
    started_at: str
    ended_at: str  # "" while the session runs (or if the host stopped without ending it)


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
