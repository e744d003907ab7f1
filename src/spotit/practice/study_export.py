"""A study's data as files any tool reads: long-format CSVs, a codebook, the study file.

``export_study(desk, out_dir)`` writes into ``out_dir`` (each file atomically):

- ``responses.csv``: one row per check item answered; the first columns are exactly
  ``participant,arm,wave,form,item,truth,rating,rt_ms,timestamp`` (what
  ``spotit measures`` reads), then more about the item and the session;
- ``practice.csv``: one row per practice article (an attempt of the "flag" arm, a reading
  of the "read" arm);
- ``sessions.csv``: one row per participant and session of the schedule;
- ``codebook.md``: every column of every file, generated from :data:`COLUMNS` (the one
  table the writers use too, so the codebook cannot drift from the files);
- ``study.toml``: the study file exactly as registered.

CSV: UTF-8 without a BOM, a header row, ``\\n`` line ends, times in UTC (ISO 8601 with
the offset), empty for a value that does not apply.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from spotit.core.files import write_atomic
from spotit.practice.checks import day_start
from spotit.practice.session import identity, iso_of

if TYPE_CHECKING:
    from spotit.practice.study import StudyDesk


@dataclass(frozen=True)
class Column:
    """One column of an exported file: its name, type, values and meaning (the codebook)."""

    file: str
    name: str
    type: str
    values: str
    meaning: str


RESPONSES, PRACTICE, SESSIONS = "responses.csv", "practice.csv", "sessions.csv"
_TIME = "text (ISO 8601, UTC)"

#: Every column of every file, in file order: what the writers write and the codebook says.
COLUMNS: tuple[Column, ...] = (
    Column(
        RESPONSES,
        "participant",
        "text",
        "a code such as K7M-R4X",
        "The participant's anonymous code.",
    ),
    Column(RESPONSES, "arm", "text", "an arm id of the study file", "The participant's arm."),
    Column(
        RESPONSES,
        "wave",
        "text",
        "pre, post, delayed-N",
        "The wave of the check: before practice, straight after it, or N days after session 1.",
    ),
    Column(
        RESPONSES,
        "form",
        "text",
        "a form id of the check (A, B, C, ...)",
        "The parallel form taken in this wave (Latin square over the participant's place in their arm).",
    ),
    Column(RESPONSES, "item", "text", "an item id of the check", "The item answered."),
    Column(
        RESPONSES, "truth", "text", "credible, misleading", "What the item is, as the pack says."
    ),
    Column(
        RESPONSES,
        "rating",
        "integer",
        "1 to 6",
        "The participant's judgement: 1 sure not credible, 2 probably not, 3 maybe not, 4 maybe credible, 5 probably credible, 6 sure credible (1-3: judged not credible).",
    ),
    Column(
        RESPONSES,
        "rt_ms",
        "integer",
        "0 or more",
        "Response time in milliseconds, from the item shown to the rating given.",
    ),
    Column(RESPONSES, "timestamp", _TIME, "", "When the rating was given."),
    Column(RESPONSES, "session", "integer", "1 or more", "The session the wave belongs to."),
    Column(
        RESPONSES,
        "position",
        "integer",
        "1 to the form's size",
        "The item's place in the order shown to this participant (1 first).",
    ),
    Column(RESPONSES, "topic", "text", "a topic tag of the pack", "The item's topic."),
    Column(
        RESPONSES,
        "difficulty",
        "integer",
        "1, 2, 3",
        "The item's difficulty, as the pack's author rated it.",
    ),
    Column(
        RESPONSES, "check", "text", "the check id", "The check of the pack the item belongs to."
    ),
    Column(RESPONSES, "pack", "text", "the pack id", "The pack the check is in."),
    Column(RESPONSES, "pack_version", "text", "", "The pack's version when the wave started."),
    Column(
        PRACTICE,
        "participant",
        "text",
        "a code such as K7M-R4X",
        "The participant's anonymous code.",
    ),
    Column(PRACTICE, "arm", "text", "an arm id of the study file", "The participant's arm."),
    Column(
        PRACTICE, "session", "integer", "1 or more", "The session the article was practised in."
    ),
    Column(
        PRACTICE,
        "kind",
        "text",
        "flag, read",
        "flag: the participant flagged red flags and got feedback; read: the participant read the article, no flagging, no feedback.",
    ),
    Column(PRACTICE, "article", "text", "an article id of the pack", "The article practised on."),
    Column(
        PRACTICE,
        "article_truth",
        "text",
        "credible, misinformation, satire, opinion",
        "The article's kind, as the pack says.",
    ),
    Column(PRACTICE, "started", _TIME, "", "When the article was opened."),
    Column(
        PRACTICE,
        "finished",
        _TIME,
        "empty if not finished",
        "When it was submitted (flag) or the reading ended (read).",
    ),
    Column(
        PRACTICE,
        "seconds",
        "integer",
        "0 or more; empty if not finished",
        "Time spent on the article, in seconds.",
    ),
    Column(
        PRACTICE,
        "flags",
        "integer",
        "0 or more; empty for read",
        "How many passages the participant flagged.",
    ),
    Column(
        PRACTICE,
        "learner_score",
        "integer",
        "0 to 100; empty for read",
        "The score the participant was shown as feedback.",
    ),
    Column(
        PRACTICE,
        "found",
        "integer",
        "0 or more; empty for read",
        "Red flags of the answer key the participant found.",
    ),
    Column(
        PRACTICE,
        "missed",
        "integer",
        "0 or more; empty for read",
        "Red flags of the answer key the participant did not find.",
    ),
    Column(
        PRACTICE,
        "not_red_flags",
        "integer",
        "0 or more; empty for read",
        "Passages flagged that are not red flags.",
    ),
    Column(
        PRACTICE,
        "hints_used",
        "integer",
        "0 or more; empty for read",
        "Hints the participant asked for before submitting.",
    ),
    Column(
        PRACTICE,
        "searches",
        "integer",
        "0 or more; empty for read",
        "Searches of the pack's sources the participant ran before submitting (0 when the pack has none).",
    ),
    Column(
        PRACTICE,
        "pages_opened",
        "integer",
        "0 or more; empty for read",
        "Distinct source pages and articles the participant opened in the investigation pane.",
    ),
    Column(
        PRACTICE,
        "investigating_seconds",
        "number",
        "0 or more, to 0.1 s; empty for read",
        "How long pages were shown in the investigation pane, in seconds.",
    ),
    Column(
        SESSIONS,
        "participant",
        "text",
        "a code such as K7M-R4X",
        "The participant's anonymous code.",
    ),
    Column(SESSIONS, "arm", "text", "an arm id of the study file", "The participant's arm."),
    Column(SESSIONS, "session", "integer", "1 or more", "The session's number in the schedule."),
    Column(
        SESSIONS,
        "day",
        "integer",
        "0 or more",
        "Days after session 1's day on which the session opens.",
    ),
    Column(
        SESSIONS,
        "status",
        "text",
        "finished, open, missed, not-yet",
        "finished; open: started, not finished; missed: a later session opened before it was started or finished; not-yet: not reached.",
    ),
    Column(
        SESSIONS,
        "opens",
        _TIME,
        "empty before session 1 starts",
        "When the session opens (local midnight of its day).",
    ),
    Column(SESSIONS, "started", _TIME, "empty if not started", "When the participant started it."),
    Column(
        SESSIONS, "finished", _TIME, "empty if not finished", "When the participant finished it."
    ),
    Column(
        SESSIONS,
        "completion_code",
        "text",
        "empty if not finished",
        "The completion code shown at its end (to check against what participants report).",
    ),
)


def _investigating(moves) -> dict[str, object]:
    """An attempt's investigation in three numbers: searches, pages opened, seconds."""
    from spotit.practice.investigation import investigation_counts

    counts = investigation_counts(moves)
    return {
        "searches": counts.searches,
        "pages_opened": counts.pages,
        "investigating_seconds": round(counts.seconds, 1),
    }


def columns_of(file: str) -> list[str]:
    """The column names of one exported file, in order."""
    return [c.name for c in COLUMNS if c.file == file]


@dataclass(frozen=True)
class ExportSummary:
    """What was exported, and where."""

    out_dir: Path
    participants: int
    responses: int
    practice: int
    sessions: int

    def __str__(self) -> str:
        return (
            f"{self.participants} participants, {self.responses} responses,"
            f" {self.practice} practice rows, {self.sessions} sessions"
        )


def _csv(file: str, rows: list[dict[str, object]]) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=columns_of(file), lineterminator="\n")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: "" if v is None else v for k, v in row.items()})
    return buffer.getvalue()


def codebook(study_id: str = "") -> str:
    """The codebook: every column of every file, in Markdown."""
    lines = [
        f"# Codebook{f' of the study {study_id}' if study_id else ''}",
        "",
        "Written by SpotIt's `spotit study export`. CSV files: UTF-8, a header row, comma",
        "separated, `\\n` line ends; an empty value means it does not apply. Times are UTC",
        "(ISO 8601 with the offset). `study.toml` is the study file as registered.",
    ]
    for file in (RESPONSES, PRACTICE, SESSIONS):
        lines += ["", f"## {file}", "", "| Column | Type | Values | Meaning |", "|---|---|---|---|"]
        for c in COLUMNS:
            if c.file == file:
                cells = (f"`{c.name}`", c.type, c.values or "—", c.meaning)
                lines.append("| " + " | ".join(x.replace("|", "\\|") for x in cells) + " |")
    return "\n".join(lines) + "\n"


def export_study(desk: StudyDesk, out_dir: Path) -> ExportSummary:
    """Write the study's data into ``out_dir`` (made if missing); what was written."""
    from spotit.core.progress import moment

    out_dir = Path(out_dir)
    study, progress, pack, check = desk.study, desk.progress, desk.pack, desk.check
    key = identity(pack)
    wave_session = {wave: s.number for s in desk.sessions for wave in s.waves}
    items = {item.id: item for item in check.items}
    kinds = {a.meta.id: a.meta.kind for a in pack.articles()}
    responses: list[dict[str, object]] = []
    practice: list[dict[str, object]] = []
    sessions: list[dict[str, object]] = []
    participants = desk.participants()
    for person in participants:
        who = {"participant": person.code, "arm": person.arm.id}
        for run in progress.check_runs(person.learner_id, key, check.id):
            version = progress.check_run_version(run.id)
            for n, r in enumerate(run.responses, start=1):
                item = items.get(r.item_id)
                responses.append(
                    {
                        **who,
                        "wave": run.wave,
                        "form": run.form,
                        "item": r.item_id,
                        "truth": r.truth,
                        "rating": r.rating,
                        "rt_ms": r.rt_ms,
                        "timestamp": r.answered_at,
                        "session": wave_session.get(run.wave),
                        "position": n,
                        "topic": item.topic if item else None,
                        "difficulty": item.difficulty if item else None,
                        "check": check.id,
                        "pack": pack.meta.id,
                        "pack_version": version,
                    }
                )
        stored = {s.number: s for s in progress.study_sessions(person.code)}
        mine: list[dict[str, object]] = []
        for attempt in progress.attempts(person.learner_id, pack.meta.id):
            submitted = moment(attempt.submitted_at)
            session = max(
                (
                    s.number
                    for s in stored.values()
                    if attempt.article_id in s.articles
                    and submitted is not None
                    and (moment(s.started_at) or submitted) <= submitted
                ),
                default=None,
            )
            mine.append(
                {
                    **who,
                    "session": session,
                    "kind": "flag",
                    "article": attempt.article_id,
                    "article_truth": kinds.get(attempt.article_id),
                    "started": attempt.started_at,
                    "finished": attempt.submitted_at,
                    "seconds": attempt.seconds_spent,
                    "flags": len(attempt.flags),
                    "learner_score": attempt.score,
                    "found": attempt.found_count,
                    "missed": max((attempt.gold_count or 0) - (attempt.found_count or 0), 0),
                    "not_red_flags": attempt.invented_count,
                    "hints_used": attempt.hints_used,
                    **_investigating(attempt.moves),
                }
            )
        for reading in progress.readings(person.code):
            mine.append(
                {
                    **who,
                    "session": reading.session,
                    "kind": "read",
                    "article": reading.article_id,
                    "article_truth": kinds.get(reading.article_id),
                    "started": reading.started_at,
                    "finished": reading.finished_at,
                    "seconds": reading.seconds,
                }
            )
        practice += sorted(mine, key=lambda r: str(r["started"] or ""))
        first = stored.get(1)
        anchor = moment(first.started_at) if first is not None and first.started_at else None
        for planned in desk.sessions:
            s = stored.get(planned.number)
            sessions.append(
                {
                    **who,
                    "session": planned.number,
                    "day": planned.day,
                    "status": s.status if s is not None else "not-yet",
                    "opens": iso_of(day_start(anchor, planned.day)) if anchor else None,
                    "started": s.started_at if s is not None else None,
                    "finished": s.finished_at if s is not None else None,
                    "completion_code": s.completion_code if s is not None else None,
                }
            )
    out_dir.mkdir(parents=True, exist_ok=True)
    write_atomic(out_dir / RESPONSES, _csv(RESPONSES, responses))
    write_atomic(out_dir / PRACTICE, _csv(PRACTICE, practice))
    write_atomic(out_dir / SESSIONS, _csv(SESSIONS, sessions))
    write_atomic(out_dir / "codebook.md", codebook(study.id))
    write_atomic(out_dir / "study.toml", study.source_text)
    return ExportSummary(out_dir, len(participants), len(responses), len(practice), len(sessions))
