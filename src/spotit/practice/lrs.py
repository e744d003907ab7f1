"""What a learner's practice tells the school's Learning Record Store, as xAPI statements.

When the progress database has LRS settings (``spotit lrs configure``, or the app's
dialog), each thing that happens is described by a statement (``spotit.core.xapi``,
docs/xapi.md) and queued in the outbox **in the transaction that stores it**: a submitted
attempt (``attempted``) and, when that attempt finishes today's practice, the set
(``completed``) in ``Progress.submit``; a check item's answer (``answered``) in
``Progress.answer_check_item``; a finished wave (``completed``, with its measures) in
``Progress.finish_check_run``. Without settings every function here returns [] and
nothing is queued. The sender (``spotit.interop.lrs.send_outbox``) posts them later.

The actor is the learner's profile as an account on the school's homepage; in research
mode (a study's database, ``spotit.practice.study``) a participant is only ever their
anonymous code (``actor_for_participant``). Statement ids come from this database's
installation id and the local row's id, so queueing or sending twice never counts twice.

A statement that cannot be built (a value xapi refuses) is left out: the attempt, answer
or wave it describes is stored all the same. The learner's record comes first.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from spotit.core import xapi
from spotit.core.progress import Learner

if TYPE_CHECKING:
    from collections.abc import Mapping

    from spotit.core.scoring import Report
    from spotit.practice.checks import CheckRun
    from spotit.practice.today import RunningSet
    from spotit.store.progress import Progress


Builder = TypeVar("Builder", bound=Callable[..., list[dict]])


def _never_blocking(build: Builder) -> Builder:
    """[] instead of an error from building: the write the statements go with goes on."""

    @functools.wraps(build)
    def wrapper(*args: Any, **kwargs: Any) -> list[dict]:
        try:
            return build(*args, **kwargs)
        except (ValueError, TypeError):
            return []

    return wrapper  # type: ignore[return-value]


class Submitting(Protocol):
    """What a statement needs of a submission (``spotit.practice.session.Submission``;
    not imported: the session imports this module)."""

    opened: Any  # an OpenArticle: its pack's meta and its article
    seconds_spent: int
    hints_used: int


@dataclass(frozen=True)
class Sender:
    """Who the statements are about and where they go: read once per thing queued."""

    settings: xapi.LrsSettings
    installation: str
    actor: dict


def sender_for(progress: Progress, learner: Learner) -> Sender | None:
    """The learner as the LRS knows them, or None when no LRS is configured (or the
    learner cannot be named there: nothing is queued then)."""
    settings = progress.lrs_settings()
    if settings is None:
        return None
    participant = progress.participant(learner.name)
    try:
        if participant is not None and participant.learner_id == learner.id:
            actor = xapi.actor_for_participant(participant.code, settings)
        else:
            actor = xapi.actor_for_learner(learner.name, settings)
    except ValueError:
        return None
    return Sender(settings, progress.installation_id(), actor)


def practice_set_id(learner: Learner, running: RunningSet) -> str:
    """A practice set's local id: the learner and when the set was started."""
    return f"{learner.id}/{running.started.isoformat(timespec='seconds')}"


def finishes_set(running: RunningSet | None, pack_id: str, article_id: str) -> bool:
    """Whether submitting this article finishes the running set (it is the last one not
    done; a set already finished is not finished again)."""
    if running is None or running.finished:
        return False
    left = [i for i in running.items if i.state != "done"]
    return len(left) == 1 and left[0].key == (pack_id, article_id)


@_never_blocking
def statements_for_attempt(
    progress: Progress,
    learner: Learner,
    submission: Submitting,
    attempt_id: int,
    report: Report,
    submitted_at: str,
    *,
    finished_set: RunningSet | None = None,
    sender: Sender | None = None,
) -> list[dict]:
    """The statements of a submitted attempt: ``attempted`` with its result, and
    ``completed`` for ``finished_set`` when the attempt finished it; [] without an LRS.

    Called inside ``Progress.submit``'s transaction (the attempt's id is known there).
    """
    sender = sender or sender_for(progress, learner)
    if sender is None:
        return []
    opened = submission.opened
    pack, article = opened.pack.meta, opened.article.meta
    statements = [
        xapi.attempted_statement(
            installation=sender.installation,
            attempt_id=attempt_id,
            actor=sender.actor,
            pack_id=pack.id,
            pack_title=pack.title,
            pack_version=pack.version,
            article_id=article.id,
            headline=article.headline,
            kind=article.kind,
            learner_score=report.score,
            spotted_f1=report.spotted.f1,
            named_f1=report.named.f1,
            seconds_spent=submission.seconds_spent,
            hints_used=submission.hints_used,
            submitted_at=submitted_at,
            language=pack.language,
        )
    ]
    if finished_set is not None:
        statements.append(
            xapi.completed_practice_statement(
                installation=sender.installation,
                set_id=practice_set_id(learner, finished_set),
                actor=sender.actor,
                pack_id=pack.id,
                articles=len(finished_set.items),
                finished_at=submitted_at,
            )
        )
    return statements


@_never_blocking
def statements_for_answer(
    progress: Progress,
    learner: Learner,
    run: CheckRun,
    item_id: str,
    truth: str,
    rating: int,
    rt_ms: int,
    answered_at: str,
) -> list[dict]:
    """The ``answered`` statement of one check item's rating; [] without an LRS."""
    sender = sender_for(progress, learner)
    if sender is None:
        return []
    return [
        xapi.answered_item_statement(
            installation=sender.installation,
            answer_id=f"{run.id}/{item_id}",
            actor=sender.actor,
            check_id=run.check.id,
            form=run.form,
            item_id=item_id,
            truth=truth,
            rating=rating,
            rt_ms=rt_ms,
            answered_at=answered_at,
            pack_id=run.pack_id,
        )
    ]


@_never_blocking
def statements_for_wave(
    progress: Progress,
    learner: Learner,
    run: CheckRun,
    measures: Mapping[str, object] | None,
    finished_at: str,
) -> list[dict]:
    """The ``completed`` statement of a finished check wave, with its measures as
    extensions (``Measures.as_dict``); [] without an LRS."""
    sender = sender_for(progress, learner)
    if sender is None:
        return []
    return [
        xapi.completed_check_statement(
            installation=sender.installation,
            wave_id=run.id,
            actor=sender.actor,
            check_id=run.check.id,
            wave=run.wave,
            form=run.form,
            measures=dict(measures or {}),
            finished_at=finished_at,
            pack_id=run.pack_id,
        )
    ]
