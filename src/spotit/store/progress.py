"""Learner progress: profiles, drafts and submitted attempts, in one SQLite file.

Kept apart from packs, in the user data folder. The schema grows only by named,
append-only migrations (never edit one that has shipped). Every write is one
transaction; a submitted attempt is committed before the app shows feedback,
so it survives the app being killed.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import sqlite_utils

from spotit.core.model import Annotation, Flag
from spotit.core.scoring import Report

migrations = sqlite_utils.Migrations("spotit-progress")

MAX_LEARNER_NAME = 60


class ProgressError(Exception):
    """The progress database cannot be used; the message is one line."""


@migrations(name="m001_learners_attempts_drafts")
def _m001(db: sqlite_utils.Database) -> None:
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
            conn = sqlite3.connect(self.path, timeout=10, check_same_thread=False)
            conn.execute("PRAGMA journal_mode = WAL")
            # FULL: a committed attempt is on disk before submit() returns.
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            self.db = sqlite_utils.Database(conn)
            migrations.apply(self.db)
        except (sqlite3.DatabaseError, OSError) as exc:
            raise ProgressError(f"{self.path}: cannot open the progress database ({exc})") from None

    def close(self) -> None:
        self.db.conn.close()

    # -- learners --------------------------------------------------------------
    def learners(self) -> list[Learner]:
        # Sorted in Python: SQLite's NOCASE folds ASCII letters only ("Émile" vs "élodie").
        rows = self.db["learners"].rows_where()
        return sorted((Learner(r["id"], r["name"]) for r in rows), key=lambda x: x.name.casefold())

    def add_learner(self, name: str) -> Learner:
        name = " ".join(name.split())
        if not name:
            raise ValueError("a learner needs a name")
        if len(name) > MAX_LEARNER_NAME:
            raise ValueError(f"a name can have at most {MAX_LEARNER_NAME} characters")
        existing = next((x for x in self.learners() if x.name.casefold() == name.casefold()), None)
        if existing:
            raise ValueError(f"there is already a learner called {existing.name}")
        with self.db.atomic():
            row_id = self.db["learners"].insert({"name": name, "created_at": now()}).last_pk
        return Learner(row_id, name)

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
        with self.db.atomic():
            self.db["drafts"].upsert(
                {
                    "learner_id": learner_id,
                    "pack_id": pack_id,
                    "article_id": article_id,
                    "text_hash": text_hash,
                    "flags": flags_to_json(flags),
                    "seconds_spent": seconds_spent,
                    "updated_at": now(),
                },
                pk=("learner_id", "pack_id", "article_id"),
            )

    def draft(self, learner_id: int, pack_id: str, article_id: str, text_hash: str) -> Draft | None:
        """The saved draft, if it was made on this very text (a pack edit voids it)."""
        rows = list(
            self.db["drafts"].rows_where(
                "learner_id = ? AND pack_id = ? AND article_id = ?",
                [learner_id, pack_id, article_id],
            )
        )
        if not rows or rows[0]["text_hash"] != text_hash:
            return None
        row = rows[0]
        return Draft(row["text_hash"], flags_from_json(row["flags"]), row["seconds_spent"] or 0)

    def drafted_articles(self, learner_id: int, pack_id: str) -> set[str]:
        """Articles of a pack with a draft in progress."""
        rows = self.db.execute(
            "SELECT article_id FROM drafts WHERE learner_id = ? AND pack_id = ?", [learner_id, pack_id]
        ).fetchall()
        return {r[0] for r in rows}

    def discard_draft(self, learner_id: int, pack_id: str, article_id: str) -> None:
        with self.db.atomic():
            self.db.execute(
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
            "annotations": [
                {
                    "start": a.start,
                    "end": a.end,
                    "category": a.category,
                    "quote": a.quote,
                    "explanation": a.explanation,
                }
                for a in annotations
            ],
        }
        found = sum(g.verdict.value in ("found", "found-wrong-category") for g in report.gold)
        invented = sum(f.verdict.value == "not-a-red-flag" for f in report.flags)
        with self.db.atomic():
            attempt_id = (
                self.db["attempts"]
                .insert(
                    {
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
                )
                .last_pk
            )
            self.db.execute(
                "DELETE FROM drafts WHERE learner_id = ? AND pack_id = ? AND article_id = ?",
                [learner_id, pack_id, article_id],
            )
        return attempt_id

    def attempts(self, learner_id: int, pack_id: str | None = None) -> list[Attempt]:
        """Every submitted attempt of a learner, oldest first."""
        where, params = "learner_id = ?", [learner_id]
        if pack_id is not None:
            where, params = where + " AND pack_id = ?", params + [pack_id]
        result = []
        for r in self.db["attempts"].rows_where(where, params, order_by="submitted_at, id"):
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
        rows = self.db.execute(
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
                t = totals.setdefault(c["category"], {"gold": 0, "found": 0, "missed": 0, "invented": 0})
                for key in t:
                    t[key] += int(c.get(key, 0))
        return totals
