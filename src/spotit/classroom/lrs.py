"""A class session's statements for the school's Learning Record Store (docs/xapi.md).

When a session ends, the host queues one *joined* statement per student and one
*submitted* statement per submission (auto-submitted ones included: they are in the
gradebook too) into the progress database's outbox, in the transaction that stores the
session's results (``ClassResults.finish``). Sending is separate (:func:`send_pending`):
what cannot be sent stays in the outbox for the app's background sender or
``spotit lrs push``. Statement ids come from the installation, the session code, the
student and the article, so queueing or sending them again never counts twice.

No Qt here, and the interop client loads only when something is sent.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from spotit.classroom import protocol
from spotit.store.progress import Progress

if TYPE_CHECKING:
    from spotit.classroom.session import ClassSession
    from spotit.core.xapi import LrsSettings
    from spotit.interop.lrs import SendReport

#: The outbox kinds of a class session's statements.
JOINED_KIND = "class-joined"
SUBMITTED_KIND = "class-submitted"


def class_statements(
    session: ClassSession,
    installation: str,
    settings: LrsSettings | None,
    record_id: int | None = None,
) -> list[tuple[str, list[dict]]]:
    """The session's statements as (outbox kind, statements); [] when no LRS is configured.

    Only students who joined are described, each by the name they joined with as an
    account on the school's homepage (never another student's name). ``record_id``, the
    session's id in the progress database, goes with the join code into the session's
    IRI and the ids: a join code alone may come back another day.
    """
    if settings is None:
        return []
    code = session.code if record_id is None else f"{record_id}-{session.code}"
    from spotit.core import xapi  # the statement builders

    joined: list[dict] = []
    submitted: list[dict] = []
    pack_id = session.pack.id
    for student in session.students():
        actor = xapi.actor_for_learner(student.name, settings)
        joined.append(
            xapi.joined_class_statement(
                installation=installation,
                session_code=code,
                actor=actor,
                pack_id=pack_id,
                joined_at=student.joined_at or session.started_at,
            )
        )
        key = protocol.name_key(student.name)  # unique in a session: the join refuses twins
        for index in sorted(student.submissions):
            sub = student.submissions[index]
            submitted.append(
                xapi.submitted_class_statement(
                    installation=installation,
                    session_code=code,
                    actor=actor,
                    pack_id=pack_id,
                    article_id=session.articles[index].meta.id,
                    learner_score=sub.report.score,
                    spotted_f1=sub.report.spotted.f1,
                    named_f1=sub.report.named.f1,
                    submitted_at=sub.submitted_at,
                    student_key=key,
                )
            )
    return [(kind, rows) for kind, rows in ((JOINED_KIND, joined), (SUBMITTED_KIND, submitted))]


def statement_count(batches: Sequence[tuple[str, Sequence[dict]]]) -> int:
    return sum(len(statements) for _kind, statements in batches)


def send_pending(path: Path | str, secret_path: Path | None = None) -> SendReport | None:
    """Send what the outbox of the progress file at ``path`` holds now.

    ``secret_path``: where the LRS secret is, when not beside that file (a study's
    database uses the secret beside the data folder's ``progress.db``).

    None when no LRS is configured (or its secret is missing). Safe to run off the GUI
    thread: it opens its own connection to the file (SQLite's WAL lets it work beside
    the app's), so it shares no transaction with the app. Raises ``ProgressError`` if
    the file cannot be opened, and the client's ``LrsError`` only for settings it cannot
    use; an LRS that is down or refuses is in the report (``send_outbox``).
    """
    own = Progress(path)
    if secret_path is not None:
        own.lrs_secret_path = secret_path
    try:
        if own.lrs_settings() is None or not own.lrs_secret():
            return None
        from spotit.interop.lrs import send_outbox  # the HTTP client: only when sending

        return send_outbox(own)
    finally:
        own.close()


def can_send(progress: Progress) -> bool:
    """Whether ``progress`` is a saved file with an LRS configured (cheap: one query)."""
    if not getattr(progress, "saving", True) or str(progress.path) == ":memory:":
        return False  # a copy not being saved: what it marked as sent would be forgotten
    return progress.lrs_settings() is not None
