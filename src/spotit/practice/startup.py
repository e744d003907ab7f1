"""Opening the learner's progress at start: a damaged or read-only database, told and chosen.

The app asks one question (``decide``) and draws it as one dialog; what each answer
does lives here, without Qt, so the CLI and the tests take the same path. A damaged
file is never written to or deleted: recovering copies what can be read into a new
file and moves the damaged one aside under a dated name beside it, and starting fresh
moves it aside the same way.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from spotit.core.i18n import COUNT, counted, translate
from spotit.store.progress import (
    Progress,
    ProgressDamaged,
    ProgressReadOnly,
    Recovery,
    recover_progress,
    start_fresh,
)

RECOVER, FRESH, UNSAVED, QUIT = "recover", "fresh", "unsaved", "quit"


@dataclass(frozen=True)
class Choice:
    """One answer the learner can give; ``label`` marks its access key with ``&``."""

    key: str
    label: str


@dataclass(frozen=True)
class StartProblem:
    """Why progress cannot be opened as it is, in words, and what the learner can do."""

    title: str
    text: str
    choices: tuple[Choice, ...]
    default: str  # the key of the choice Enter picks


@dataclass(frozen=True)
class OpenedProgress:
    """The progress database the app runs on, and a note for the status bar ("" if none)."""

    progress: Progress
    note: str = ""


def damaged_problem(exc: ProgressDamaged) -> StartProblem:
    """What the learner is told about a damaged progress database."""
    text = translate(
        "StartProblem",
        "Your saved progress is damaged: part of the file can no longer be read.\n\n"
        "File: {path}\nWhat SQLite reports: {detail}\n\n"
        "SpotIt has not changed the file. You can:\n"
        "• Recover: copy everything that can still be read (profiles, attempts, drafts) "
        "into a new progress file. The damaged file is kept beside it, renamed to "
        "{name}.damaged-(date and time).\n"
        "• Start fresh: begin with no saved progress. The damaged file is kept the same way.\n"
        "• Quit: leave everything as it is, for example to copy the file for someone to look at.",
    ).format(path=exc.path, detail=exc.detail, name=exc.path.name)
    return StartProblem(
        translate("StartProblem", "Your progress is damaged"),
        text,
        (
            Choice(RECOVER, translate("StartProblem", "&Recover what can be read")),
            Choice(FRESH, translate("StartProblem", "Start &fresh")),
            Choice(QUIT, translate("StartProblem", "&Quit")),
        ),
        RECOVER,
    )


def read_only_problem(exc: ProgressReadOnly) -> StartProblem:
    """What the learner is told when progress cannot be saved."""
    text = translate(
        "StartProblem",
        "SpotIt cannot save your progress: the file, or the folder it is in, cannot be "
        "written to.\n\n"
        "Folder: {folder}\nFile: {name}\nWhat was reported: {detail}\n\n"
        "You can practise without saving: your profiles and earlier results are shown, and "
        "every article works, but nothing you do now is kept after you quit. "
        "Or quit, and ask for the folder to be made writable.",
    ).format(folder=exc.path.parent, name=exc.path.name, detail=exc.detail)
    return StartProblem(
        translate("StartProblem", "Progress cannot be saved"),
        text,
        (
            Choice(UNSAVED, translate("StartProblem", "&Practise without saving")),
            Choice(QUIT, translate("StartProblem", "&Quit")),
        ),
        UNSAVED,
    )


def recovered_note(recovery: Recovery) -> str:
    """One line on what a recovery kept, for the status bar."""
    rows = recovery.rows
    learners, attempts, drafts = (rows.get(k, 0) for k in ("learners", "attempts", "drafts"))
    counts = {
        "profiles": counted.translate("StartProblem", "%n profile(s)", "", COUNT, int(learners)),
        "attempts": counted.translate("StartProblem", "%n attempt(s)", "", COUNT, int(attempts)),
        "drafts": counted.translate("StartProblem", "%n draft(s)", "", COUNT, int(drafts)),
        "name": recovery.kept_as.name,
    }
    if recovery.unreadable:
        return translate(
            "StartProblem",
            "Recovered {profiles}, {attempts} and {drafts} (some damaged parts could not "
            "be read). The damaged file is kept as {name}.",
        ).format(**counts)
    return translate(
        "StartProblem",
        "Recovered {profiles}, {attempts} and {drafts}. The damaged file is kept as {name}.",
    ).format(**counts)


def open_progress(path: Path, decide: Callable[[StartProblem], str]) -> OpenedProgress | None:
    """The progress database at ``path``, after the learner decided what to do if it is
    damaged or cannot be saved; None if they chose to quit.

    ``decide`` gets a :class:`StartProblem` and returns the key of one of its choices.
    Other errors (ProgressError) are raised for the caller to show.
    """
    note = ""
    while True:
        try:
            return OpenedProgress(Progress(path), note)
        except ProgressDamaged as exc:
            choice = decide(damaged_problem(exc))
            if choice == RECOVER:
                note = recovered_note(recover_progress(exc.path))
            elif choice == FRESH:
                kept = start_fresh(exc.path).kept_as
                note = translate(
                    "StartProblem",
                    "Started with no saved progress. The damaged file is kept as {name}.",
                ).format(name=kept.name)
            else:
                return None
        except ProgressReadOnly as exc:
            if decide(read_only_problem(exc)) != UNSAVED:
                return None
            return OpenedProgress(
                Progress.unsaved_copy(path),
                translate(
                    "StartProblem",
                    "Not saving: nothing you do now is kept after you quit ({folder}).",
                ).format(folder=exc.path.parent),
            )
