"""The instructor's side of the progress database: class sessions and their results.

The tables come from the progress database's migration ``m002_class_sessions``
(``spotit.store.progress``); this module is every line of SQL that reads or writes
them. Results are saved at every reveal and at the end of a session, each save in
one transaction, so a crash loses at most the article under way.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from spotit.core.progress import ClassResult, ClassSessionRecord, utc_now
from spotit.store.progress import Progress, ProgressError, flags_from_json, json_list

#: The columns of ``class_results`` filled straight from a ClassResult's fields.
_RESULT_FIELDS = (
    "student",
    "position",
    "article_id",
    "headline",
    "status",
    "score",
    "spotted_f1",
    "named_f1",
    "gold_count",
    "found_count",
    "named_count",
    "partly_count",
    "missed_count",
    "invented_count",
    "flag_count",
    "seconds_spent",
    "submitted_at",
    "hints_used",
)


class ClassResults:
    """Class sessions an instructor hosted, and every student's results in them."""

    def __init__(self, progress: Progress) -> None:
        self.progress = progress

    @contextmanager
    def _guarded(self, doing: str) -> Iterator[None]:
        # Callers catch the store's own error, never sqlite3's.
        try:
            yield
        except sqlite3.Error as exc:
            detail = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            raise ProgressError(f"{self.progress.path}: could not {doing} ({detail})") from None

    def start_session(
        self,
        code: str,
        pack_id: str,
        pack_version: str,
        pack_title: str,
        article_ids: Sequence[str],
    ) -> int:
        """Record that a class session started; its results are added as articles are revealed."""
        db = self.progress.db
        with self._guarded("record the class session"), db.atomic():
            table = db["class_sessions"].insert(
                {
                    "code": code,
                    "pack_id": pack_id,
                    "pack_version": pack_version,
                    "pack_title": pack_title,
                    "article_ids": json.dumps(list(article_ids)),
                    "started_at": utc_now(),
                }
            )
        return int(table.last_pk)

    def save(self, session_id: int, results: Sequence[ClassResult]) -> None:
        """Store (or replace) results of a class session, in one transaction."""
        rows = self._rows(session_id, results)
        if not rows:
            return
        db = self.progress.db
        with self._guarded("save the class results"), db.atomic():
            db["class_results"].insert_all(rows, replace=True)

    def finish(
        self,
        session_id: int,
        results: Sequence[ClassResult],
        statements: Sequence[tuple[str, Sequence[dict]]] = (),
    ) -> int:
        """The end of a session in one transaction: its results, when it ended, its statements.

        ``statements``: (outbox kind, statements) for the school's LRS, queued beside
        the results they describe, so neither is kept without the other. Queueing a
        statement id already in the outbox keeps the one there (a second end adds nothing).
        How many statements were new to the outbox.
        """
        rows = self._rows(session_id, results)
        now = utc_now()
        db = self.progress.db
        queued = 0
        with self._guarded("save the end of the class session"), db.atomic():
            if rows:
                db["class_results"].insert_all(rows, replace=True)
            db["class_sessions"].update(session_id, {"ended_at": now})
            for kind, batch in statements:
                if batch:
                    queued += self.progress.queue_statements(batch, kind, now)
        return queued

    @staticmethod
    def _rows(session_id: int, results: Sequence[ClassResult]) -> list[dict]:
        return [
            {"session_id": session_id}
            | {name: getattr(r, name) for name in _RESULT_FIELDS}
            | {
                "categories": json.dumps(list(r.categories), ensure_ascii=False),
                "flags": json.dumps([f.as_json() for f in r.flags], ensure_ascii=False),
            }
            for r in results
        ]

    def end_session(self, session_id: int) -> None:
        """Record when the session ended."""
        db = self.progress.db
        with self._guarded("record the end of the class session"), db.atomic():
            db["class_sessions"].update(session_id, {"ended_at": utc_now()})

    def sessions(self) -> list[ClassSessionRecord]:
        """Every class session this instructor hosted, newest first."""
        with self._guarded("read the class sessions"):
            rows = list(
                self.progress.db.query(
                    "SELECT * FROM class_sessions ORDER BY started_at DESC, id DESC"
                )
            )
        return [
            ClassSessionRecord(
                r["id"],
                r["code"],
                r["pack_id"],
                r["pack_version"] or "",
                r["pack_title"] or "",
                [str(i) for i in json_list(r["article_ids"])],
                r["started_at"],
                r["ended_at"] or "",
            )
            for r in rows
        ]

    def results(self, session_id: int) -> list[ClassResult]:
        """A class session's results, in article order, then by student."""
        with self._guarded("read the class results"):
            rows = list(
                self.progress.db.query(
                    "SELECT * FROM class_results WHERE session_id = ? ORDER BY position, student",
                    [session_id],
                )
            )
        counts = ("gold_count", "found_count", "named_count", "partly_count")
        counts += ("missed_count", "invented_count", "flag_count", "hints_used")
        return [
            ClassResult(
                **{name: r[name] for name in _RESULT_FIELDS}
                | {name: r[name] or 0 for name in counts}
                | {
                    "headline": r["headline"] or "",
                    "submitted_at": r["submitted_at"] or "",
                    "categories": tuple(
                        c for c in json_list(r["categories"]) if isinstance(c, dict)
                    ),
                    "flags": tuple(flags_from_json(r["flags"])),
                }
            )
            for r in rows
        ]
