"""`spotit study`: run a study on a lab machine, export its data, report on it, simulate it.

- ``study start STUDY.toml [--check]``: validate and register the study, then open the
  study window, where participants enrol under anonymous codes (``--check`` validates
  only);
- ``study export STUDY_ID -o DIR [--force]``: the long-format CSVs, the codebook and the
  study file (``spotit.practice.study_export``);
- ``study report STUDY_ID [--json]``: d′, c and AUC by arm and wave with 95% confidence
  intervals, and what they mean (``spotit.practice.report``);
- ``study simulate STUDY.toml --participants N --seed S``: scripted participants through
  the whole schedule (``spotit.practice.simulate_study``).

Studies live in the data folder (``data_dir()/studies/<id>.db``; ``SPOTIT_DATA_DIR`` moves
it). Every error is one line on stderr and exit status 2.
"""

from __future__ import annotations

import argparse
import functools
import json
import math
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from spotit.core.usage import UsageError, one_line_errors

if TYPE_CHECKING:
    from spotit.practice.study import StudyDesk

#: How ``spotit.cli`` opens the study window for a desk (the window is Qt, which this
#: layer cannot import); it returns the exit status.
StudyWindow = Callable[["StudyDesk"], int]


class StudyUsageError(UsageError):
    """Bad input to a study command; printed as one line, exit status 2."""


def _study_errors() -> tuple[type[BaseException], ...]:
    from spotit.practice.session import PracticeError
    from spotit.practice.study import StudyError
    from spotit.practice.studyfile import StudyFileError

    return (StudyError, StudyFileError, PracticeError)


def _one_line_errors(handler):
    return one_line_errors(handler, _study_errors)


def register(commands: argparse._SubParsersAction, start_window: StudyWindow) -> None:
    """Add `spotit study start|export|report|simulate`."""
    study = commands.add_parser(
        "study", help="research mode: run a study on this machine, export, report, simulate"
    )
    sub = study.add_subparsers(dest="study_command", metavar="ACTION", required=True)

    p = sub.add_parser(
        "start",
        help="validate and register a study file, then open the study window",
        description="Validate STUDY.toml, register the study on this machine (its own"
        " database in the data folder) and open the study window, where each participant"
        " enrols under an anonymous code and takes the sessions of their arm.",
    )
    p.add_argument("study", type=Path, metavar="STUDY.toml")
    p.add_argument(
        "--check", action="store_true", help="validate the study file only; register nothing"
    )
    p.set_defaults(handler=_one_line_errors(functools.partial(cmd_start, window=start_window)))

    p = sub.add_parser(
        "export",
        help="write a study's responses, practice and sessions as CSV, with a codebook",
        description="Write responses.csv (one row per item answered), practice.csv,"
        " sessions.csv, codebook.md and the study file into DIR.",
    )
    p.add_argument("study_id", metavar="STUDY_ID")
    p.add_argument("-o", "--output", type=Path, required=True, metavar="DIR")
    p.add_argument("--force", action="store_true", help="write into a folder that is not empty")
    p.set_defaults(handler=_one_line_errors(cmd_export))

    p = sub.add_parser(
        "report",
        help="d′, c and AUC by arm and wave, with 95%% confidence intervals",
        description="The instructor's report on a study: mean d′, c and AUC of each arm"
        " in each wave with 95% confidence intervals, and what they say (better"
        " discrimination, or only more sceptical).",
    )
    p.add_argument("study_id", metavar="STUDY_ID")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=_one_line_errors(cmd_report))

    p = sub.add_parser(
        "simulate",
        help="run scripted participants through a study (to try a design or the report)",
        description="Enrol N scripted participants and take each through every session of"
        " the schedule as days pass. Their true d′ (BASE plus a little noise) rises by"
        " EFFECT after practice in the first arm only; in the other arms only the"
        " criterion moves (toward 'not credible' at the post). The same SEED gives the"
        " same answers (participant codes are always drawn at random). Use a data folder"
        " of its own (SPOTIT_DATA_DIR): the simulation refuses one that has the study.",
    )
    p.add_argument("study", type=Path, metavar="STUDY.toml")
    p.add_argument("--participants", required=True, metavar="N", help="how many (1 to 1000)")
    p.add_argument(
        "--seed", required=True, metavar="S", help="a whole number; the same gives the same answers"
    )
    p.add_argument(
        "--effect", default="1.0", metavar="D", help="rise of d′ in the first arm (default 1.0)"
    )
    p.add_argument("--base", default="0.8", metavar="B", help="d′ before practice (default 0.8)")
    p.set_defaults(handler=_one_line_errors(cmd_simulate))


def _data_dir() -> Path:
    from spotit.store.bundled import data_dir

    return data_dir()


def _whole(value: str, option: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise StudyUsageError(f"{option} {value}: not a whole number") from None


def _decimal(value: str, option: str) -> float:
    try:
        number = float(value)
    except ValueError:
        number = math.nan
    if not math.isfinite(number):
        raise StudyUsageError(f"{option} {value}: not a number")
    return number


def _study_file(path: Path) -> None:
    if not path.exists():
        raise StudyUsageError(f"{path}: no such file")
    if not path.is_file():
        raise StudyUsageError(f"{path}: not a file (give the study's .toml file)")


# -- start --------------------------------------------------------------------------------


def cmd_start(args: argparse.Namespace, window: StudyWindow) -> int:
    """`spotit study start`: validate, register and open the study window."""
    from spotit.practice.study import StudyDesk

    _study_file(args.study)
    shape = checked_study(args.study)
    if args.check:
        print(f"{args.study}: ok ({shape})")
        return 0
    desk = StudyDesk.open(args.study, _data_dir())
    try:
        return window(desk)
    finally:
        desk.close()


def checked_study(path: Path) -> str:
    """Check a study file as registering it would (its pack, check, forms and articles),
    registering nothing: "2 arms, 3 sessions, check discernment with forms A, B, C".

    StudyFileError (with the file and line) or StudyError names the first problem.
    """
    from spotit.practice.study import find_pack
    from spotit.practice.studyfile import (
        StudyFileError,
        read_study,
        schedule_problems,
        study_summary,
    )

    study = read_study(path)
    pack = find_pack(study, path.resolve().parent)
    try:
        check = pack.check(study.check)
        if check is None:
            raise StudyFileError(
                f"{path}: check: the pack {pack.meta.id} has no check {study.check!r}"
            )
        problems = schedule_problems(study, check.forms)
        if problems:
            raise StudyFileError(problems[0])
        known = set(pack.article_ids())
        for arm in study.arms:
            missing = [a for a in arm.articles or () if a not in known]
            if missing:
                raise StudyFileError(
                    f"{path}: arms: the arm {arm.id} names an article the pack"
                    f" {pack.meta.id} does not have: {missing[0]!r}"
                )
        return study_summary(study, check.forms)
    finally:
        pack.close()


# -- export and report -----------------------------------------------------------------------


def _registered(study_id: str):
    from spotit.practice.study import StudyDesk

    # study_database refuses anything but an id: the id names a file in the data folder.
    return StudyDesk.open_registered(study_id, _data_dir())


def cmd_export(args: argparse.Namespace) -> int:
    """`spotit study export`: the study's data as CSV files with a codebook."""
    from spotit.practice.study_export import export_study

    out: Path = args.output
    if out.exists() and not out.is_dir():
        raise StudyUsageError(f"-o {out}: not a folder")
    if out.is_dir() and any(out.iterdir()) and not args.force:
        raise StudyUsageError(f"-o {out}: the folder is not empty (use --force to write into it)")
    desk = _registered(args.study_id)
    try:
        try:
            summary = export_study(desk, out)
        except OSError as exc:
            raise StudyUsageError(f"-o {out}: cannot write ({exc.strerror or exc})") from None
    finally:
        desk.close()
    print(f"exported the study {args.study_id} to {out}: {summary}")
    return 0


def cmd_report(args: argparse.Namespace) -> int:
    """`spotit study report`: d′, c and AUC by arm and wave, and their reading."""
    from spotit.practice.report import check_report, report_json, report_text, rows_for_study

    desk = _registered(args.study_id)
    try:
        title = f"{desk.study.title}: {desk.check.title}"
        report = check_report(rows_for_study(desk), title=title)
    except ValueError as exc:  # one line: rows the report cannot put together
        raise StudyUsageError(f"the study {args.study_id}: {exc}") from None
    finally:
        desk.close()
    if args.json:
        print(json.dumps(report_json(report), ensure_ascii=False, indent=2))
    else:
        print(report_text(report))
    return 0


# -- simulate -------------------------------------------------------------------------------


def cmd_simulate(args: argparse.Namespace) -> int:
    """`spotit study simulate`: scripted participants through the whole study."""
    from spotit.practice.simulate_study import simulate_study

    participants = _whole(args.participants, "--participants")
    seed = _whole(args.seed, "--seed")
    effect = _decimal(args.effect, "--effect")
    base = _decimal(args.base, "--base")
    _study_file(args.study)
    sim = simulate_study(args.study, _data_dir(), participants, seed=seed, effect=effect, base=base)
    arms = ", ".join(f"{len(codes)} {arm}" for arm, codes in sim.arms.items())
    print(
        f"simulated {sim.participants} participants of the study {sim.study_id} ({arms}):"
        f" {sim.sessions} sessions over {sim.days} days, {sim.answers} check answers,"
        f" {sim.practice} practice articles"
    )
    from spotit.practice.report import number

    # The measured d′ comes out lower than the truth: the log-linear correction shrinks it.
    print("  scripted truth, arm means (the measured d′ comes out lower: see docs/measures.md):")
    for arm, waves in sim.truths.items():
        d_primes = ", ".join(f"{wave} {number(d)}" for wave, (d, _) in waves.items())
        criteria = ", ".join(f"{wave} {number(c, sign=True)}" for wave, (_, c) in waves.items())
        print(f"  {arm}: d′ {d_primes}; c {criteria}")
    print(f"data: {sim.database}")
    print(f"next: spotit study report {sim.study_id}; spotit study export {sim.study_id} -o DIR")
    return 0
