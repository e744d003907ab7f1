"""`spotit practice plan` and `spotit attempt submit`: today's practice and recording an
attempt from a script, through :class:`Practice` exactly as the app does.

Both use the progress database of the data folder (``SPOTIT_DATA_DIR`` moves it) and the
bundled packs, as the app does; ``--at`` sets "now" (for lab scripts, tests and replays).
"""

from __future__ import annotations

import argparse
import functools
import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from spotit.core.usage import UsageError, one_line_errors

#: How spotit.cli reads a flags file (passed in: this layer cannot import the command).
FlagsLoader = Callable[[Path, str, set[str]], list]


class PracticeUsageError(UsageError):
    """Bad input to a practice command; printed as one line, exit status 2."""


def _practice_errors() -> tuple[type[BaseException], ...]:
    from spotit.practice.session import PracticeError

    return (PracticeError,)


def _one_line_errors(handler):
    return one_line_errors(handler, _practice_errors)


def register(commands: argparse._SubParsersAction, load_flags: FlagsLoader) -> None:
    """Add `spotit practice plan` and `spotit attempt submit`."""
    practice = commands.add_parser("practice", help="a learner's spaced boosters")
    sub = practice.add_subparsers(dest="practice_command", metavar="ACTION", required=True)
    p = sub.add_parser(
        "plan",
        help="what is due for a learner and today's practice",
        description="Print the learner's cards that are due and today's practice set.",
    )
    p.add_argument("--learner", required=True, metavar="NAME")
    _at(p)
    p.add_argument("--pack", action="append", default=[], metavar="P", help=_PACK_HELP)
    p.add_argument(
        "--size",
        type=int,
        metavar="N",
        help="articles in the set (default: the learner's setting, 5)",
    )
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=_one_line_errors(cmd_plan))

    attempt = commands.add_parser("attempt", help="record a learner's attempt on an article")
    sub = attempt.add_subparsers(dest="attempt_command", metavar="ACTION", required=True)
    p = sub.add_parser(
        "submit",
        help="score a flags file and record it as the learner's attempt, reviewing their cards",
        description="Record an attempt exactly as the app does: scored, stored, and the"
        " learner's cards reviewed, in one transaction. The learner is created if new.",
    )
    p.add_argument("--learner", required=True, metavar="NAME")
    p.add_argument("pack", metavar="PACK", help="a .spotit file or a bundled pack id")
    p.add_argument("article", metavar="ARTICLE")
    p.add_argument("flags", type=Path, metavar="FLAGS.json")
    _at(p)
    p.add_argument("--hints", default="0", metavar="N", help="hints used before submitting")
    p.add_argument("--seconds", default="0", metavar="S", help="seconds spent on the article")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=_one_line_errors(functools.partial(cmd_submit, load_flags=load_flags)))


_PACK_HELP = "also open this .spotit file (repeatable); the bundled packs are always open"


def _at(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--at",
        metavar="ISO-TIME",
        help="act as if now were this moment (e.g. 2026-03-04T09:00:00+00:00; default: now)",
    )


def _clock(at: str | None):
    from spotit.core.progress import utc_now

    if at is None:
        return utc_now
    try:
        when = datetime.fromisoformat(at)
    except ValueError:
        raise PracticeUsageError(
            f"--at {at}: not an ISO time (e.g. 2026-03-04T09:00:00+00:00)"
        ) from None
    if when.tzinfo is None:
        when = when.astimezone()  # a time without an offset is local time, as elsewhere
    return lambda: when


def _whole(value: str, option: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = -1
    if number < 0:
        raise PracticeUsageError(f"{option} {value}: must be a whole number ≥ 0")
    return number


def _progress():
    from spotit.store.bundled import data_dir
    from spotit.store.progress import Progress

    return Progress(data_dir() / "progress.db")


def _learner(progress, name: str, create: bool):
    wanted = " ".join(name.split()).casefold()
    for learner in progress.learners():
        if learner.name.casefold() == wanted:
            return learner
    if not create:
        known = ", ".join(x.name for x in progress.learners()) or "none yet"
        raise PracticeUsageError(f"--learner {name}: no learner of that name (learners: {known})")
    try:
        return progress.add_learner(name)
    except ValueError as exc:
        raise PracticeUsageError(f"--learner {name!r}: {exc}") from None


def _open_packs(extra: list[str]) -> dict:
    """The bundled packs, then ``extra`` (files or bundled ids), as the app opens them."""
    from spotit.store.bundled import bundled_packs
    from spotit.store.pack import open_pack

    packs = {}
    for path in bundled_packs():
        pack = open_pack(path)
        packs[pack.meta.id] = pack
    for name in extra:
        path = Path(name)
        if path.exists() or path.suffix == ".spotit":
            pack = open_pack(path)
            old = packs.get(pack.meta.id)
            if old is not None:
                old.close()
            packs[pack.meta.id] = pack
        elif name not in packs:
            raise PracticeUsageError(f"{name}: no such pack file, and no bundled pack has that id")
    return packs


def _practice(args: argparse.Namespace, packs: dict, create: bool):
    """A Practice for ``--learner`` on ``packs`` (closed here if it cannot be made)."""
    from spotit.practice.session import Practice

    try:
        clock = _clock(args.at)
        progress = _progress()
    except BaseException:
        _close_packs(packs)
        raise
    try:
        learner = _learner(progress, args.learner, create)
        return Practice(progress, learner, packs, clock=clock)
    except BaseException:
        progress.close()
        _close_packs(packs)
        raise


def _close_packs(packs: dict) -> None:
    for pack in packs.values():
        pack.close()


def _close(practice) -> None:
    practice.close_packs()
    practice.progress.close()


def cmd_plan(args: argparse.Namespace) -> int:
    """`spotit practice plan`: what is due and today's practice."""
    if args.size is not None and not 1 <= args.size <= 20:
        raise PracticeUsageError(f"--size {args.size}: must be between 1 and 20")
    practice = _practice(args, _open_packs(args.pack), create=False)
    try:
        plan = practice.todays_practice(args.size)
        names = practice.category_names()
    finally:
        _close(practice)
    if args.json:
        out = {
            "due": [c.as_json() for c in plan.due],
            "next": [
                {"pack": i.pack_id, "article": i.article_id, "reason": i.reason} for i in plan.items
            ],
            "next_due": plan.next_due.isoformat(timespec="seconds") if plan.next_due else None,
        }
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    if plan.due:
        print(f"Due ({len(plan.due)}):")
        for c in plan.due:
            name = "over-flagging check" if c.is_calibration else names.get(c.card, c.card)
            print(f"  {name}: due {c.due:%Y-%m-%d %H:%M} UTC, retained {c.retrievability:.0%}")
    else:
        print("Nothing is due.")
    if plan.next_due:
        print(f"Next due: {plan.next_due:%Y-%m-%d %H:%M} UTC")
    print("Today's practice:")
    for n, item in enumerate(plan.items, 1):
        print(f"  {n}. {item.pack_id} {item.article_id} ({item.reason})")
    return 0


def cmd_submit(args: argparse.Namespace, load_flags: FlagsLoader) -> int:
    """`spotit attempt submit`: score a flags file and record it through Practice."""
    from spotit.core.review import Rating
    from spotit.practice.session import Submission

    hints = _whole(args.hints, "--hints")
    seconds = _whole(args.seconds, "--seconds")
    # The article and the flags file are checked before a new learner is made, so a bad
    # file leaves nothing behind.
    packs = _open_packs([args.pack])
    try:
        pack_id = next(
            (p for p, pack in packs.items() if args.pack in (p, str(pack.path))), None
        ) or _id_of(args.pack, packs)
        article = packs[pack_id].article(args.article)
        categories = {c.id for c in packs[pack_id].categories}
        flags = load_flags(args.flags, article.text, categories)
    except BaseException:
        _close_packs(packs)
        raise
    practice = _practice(args, packs, create=True)
    try:
        opened = practice.open(pack_id, args.article)
        submitted = practice.submit(Submission(opened, flags, seconds, hints))
    finally:
        _close(practice)
    reviews = [
        {
            "card": "calibration" if r.card.card.startswith("~") else r.card.card,
            "rating": Rating(r.rating).label,
            "reason": r.reason,
            "due": r.card.due,
        }
        for r in submitted.reviews
    ]
    if args.json:
        out = {
            "attempt": submitted.attempt_id,
            "score": submitted.report.score,
            "summary": submitted.report.summary,
            "reviews": reviews,
        }
        print(json.dumps(out, ensure_ascii=False, indent=2))
        return 0
    print(
        f"Attempt {submitted.attempt_id}: {submitted.report.score}/100. {submitted.report.summary}"
    )
    for r in reviews:
        print(f"  {r['card']}: {r['rating']} ({r['reason']}), due {r['due']}")
    return 0


def _id_of(name: str, packs: dict) -> str:
    path = Path(name)
    for pack_id, pack in packs.items():
        try:
            if path.exists() and pack.path.resolve() == path.resolve():
                return pack_id
        except OSError:
            continue
    raise PracticeUsageError(f"{name}: no such pack file, and no bundled pack has that id")
