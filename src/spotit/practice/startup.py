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

from spotit.practice.history import plural
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
    name = exc.path.name
    text = (
        "Your saved progress is damaged: part of the file can no longer be read.\n\n"
        f"File: {exc.path}\nWhat SQLite reports: {exc.detail}\n\n"
        "SpotIt has not changed the file. You can:\n"
        "• Recover: copy everything that can still be read (profiles, attempts, drafts) "
        f"into a new progress file. The damaged file is kept beside it, renamed to "
        f"{name}.damaged-(date and time).\n"
        "• Start fresh: begin with no saved progress. The damaged file is kept the same way.\n"
        "• Quit: leave everything as it is, for example to copy the file for someone to look at."
    )
    return StartProblem(
        "Your progress is damaged",
        text,
        (
            Choice(RECOVER, "&Recover what can be read"),
            Choice(FRESH, "Start &fresh"),
            Choice(QUIT, "&Quit"),
        ),
        RECOVER,
    )


def read_only_problem(exc: ProgressReadOnly) -> StartProblem:
    """What the learner is told when progress cannot be saved."""
    text = (
        "SpotIt cannot save your progress: the file, or the folder it is in, cannot be "
        "written to.\n\n"
        f"Folder: {exc.path.parent}\nFile: {exc.path.name}\nWhat was reported: {exc.detail}\n\n"
        "You can practise without saving: your profiles and earlier results are shown, and "
        "every article works, but nothing you do now is kept after you quit. "
        "Or quit, and ask for the folder to be made writable."
    )
    return StartProblem(
        "Progress cannot be saved",
        text,
        (Choice(UNSAVED, "&Practise without saving"), Choice(QUIT, "&Quit")),
        UNSAVED,
    )


def recovered_note(recovery: Recovery) -> str:
    """One line on what a recovery kept, for the status bar."""
    rows = recovery.rows
    kept = (
        f"Recovered {plural(rows.get('learners', 0), 'profile', 'profiles')}, "
        f"{plural(rows.get('attempts', 0), 'attempt', 'attempts')} and "
        f"{plural(rows.get('drafts', 0), 'draft', 'drafts')}"
    )
    lost = " (some damaged parts could not be read)" if recovery.unreadable else ""
    return f"{kept}{lost}. The damaged file is kept as {recovery.kept_as.name}."


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
                note = f"Started with no saved progress. The damaged file is kept as {kept.name}."
            else:
                return None
        except ProgressReadOnly as exc:
            if decide(read_only_problem(exc)) != UNSAVED:
                return None
            return OpenedProgress(
                Progress.unsaved_copy(path),
                f"Not saving: nothing you do now is kept after you quit ({exc.path.parent}).",
            )
