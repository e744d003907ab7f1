"""Command-line entry points for classroom sessions (`spotit class ...`).

Qt is imported only when a command runs, so `spotit --help` and the pack tools stay light.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from spotit.core.usage import UsageError, one_line_errors

#: spotit.classroom.protocol.DEFAULT_PORT and DEFAULT_WEB_PORT, repeated so building the
#: parser loads no protocol (the app builds it at every start); a test keeps them equal.
DEFAULT_PORT = 47470
DEFAULT_WEB_PORT = 8470
#: spotit.classroom.gradebook.LAYOUTS' names, repeated for the same reason (a test keeps
#: them equal); the first is the default.
GRADEBOOK_FORMATS = ("spotit", "moodle", "canvas")


class ClassUsageError(UsageError):
    """Bad input to a class command; printed as one line, exit status 2."""


_one_line_errors = one_line_errors


def register(commands: argparse._SubParsersAction) -> None:
    """Add `spotit class host` and `spotit class simulate`."""
    klass = commands.add_parser("class", help="run a class session over the local network")
    sub = klass.add_subparsers(dest="class_command", metavar="ACTION", required=True)

    p = sub.add_parser(
        "host",
        help="host a class session without a window (commands on stdin: reveal, next, end, status)",
        description="Host a class session. The first line printed is 'code: XXXXXX'. Type "
        "reveal, next, end or status (then Enter) to run it; the gradebook CSV is written "
        "when it ends.",
    )
    p.add_argument("--pack", required=True, metavar="P", help="a .spotit file or a bundled pack id")
    p.add_argument(
        "--articles",
        metavar="ID,...",
        help="the articles, in order (default: every article of the pack)",
    )
    p.add_argument(
        "--port",
        type=int,
        default=DEFAULT_PORT,
        metavar="N",
        help=f"port to listen on (default {DEFAULT_PORT}; 0 picks a free one)",
    )
    p.add_argument(
        "--web-port",
        type=int,
        default=DEFAULT_WEB_PORT,
        metavar="N",
        help=f"port of the student page for browsers, http://ADDRESS:N/ (default "
        f"{DEFAULT_WEB_PORT}; 0 picks a free one; if it is taken, a free one is used)",
    )
    p.add_argument(
        "--no-web",
        action="store_true",
        help="serve no student page: students join from SpotIt only",
    )
    p.add_argument(
        "--bind",
        metavar="ADDRESS",
        help="the address to listen on (default: this computer's first local-network address)",
    )
    p.add_argument("--gradebook", type=Path, metavar="FILE", help="where to write the CSV")
    p.add_argument(
        "--gradebook-format",
        default=GRADEBOOK_FORMATS[0],
        metavar="FORMAT",
        help="the CSV's layout: spotit (default: every detail, one row per student and "
        "article), or moodle or canvas (one row per student and one score column per "
        "article, as Moodle's grade import and Canvas's gradebook import read it)",
    )
    p.add_argument(
        "--auto",
        action="store_true",
        help="reveal when every connected student has submitted, then move on by itself",
    )
    p.add_argument(
        "--pause",
        type=float,
        default=5.0,
        metavar="SECONDS",
        help="with --auto: how long the reveal stays before the next article (default 5)",
    )
    p.add_argument(
        "--grace",
        type=float,
        default=3.0,
        metavar="SECONDS",
        help="with --auto: reveal once every connected student has been done this long "
        "(default 3), so students still arriving get in",
    )
    p.add_argument(
        "--announce",
        action="store_true",
        help="announce the session on the local network so students can find it",
    )
    p.add_argument(
        "--no-hints",
        action="store_true",
        help="offer students no hints (for a test); by default they may ask for an article's "
        "hints, each used one costing points as in practice",
    )
    p.add_argument(
        "--no-save",
        action="store_true",
        help="do not keep the results in the progress database (the gradebook is still written)",
    )
    p.set_defaults(handler=_one_line_errors(cmd_host))

    p = sub.add_parser("simulate", help="play scripted students against a host (rehearsal, load)")
    p.add_argument("--host", required=True, metavar="H", help="the host's address")
    p.add_argument("--port", type=int, default=DEFAULT_PORT, metavar="N")
    p.add_argument("--code", required=True, metavar="C", help="the session's join code")
    p.add_argument("--students", type=int, default=10, metavar="N", help="how many (default 10)")
    p.add_argument("--seed", type=int, default=1, help="random seed for their flags (default 1)")
    p.add_argument(
        "--think",
        type=float,
        default=0.0,
        metavar="SECONDS",
        help="each student waits up to this long before submitting (default 0)",
    )
    p.add_argument(
        "--timeout",
        type=float,
        default=600.0,
        metavar="SECONDS",
        help="give up after this long (default 600)",
    )
    p.set_defaults(handler=_one_line_errors(cmd_simulate))


def _open_pack(name: str):
    from spotit.store.pack import PACK_SUFFIX, open_pack

    path = Path(name)
    if path.suffix == PACK_SUFFIX or path.exists():
        return open_pack(path)
    from spotit.store.bundled import bundled_packs

    for built in bundled_packs():
        pack = open_pack(built)
        if pack.meta.id == name:
            return pack
        pack.close()
    raise ClassUsageError(f"--pack {name}: no such file, and no bundled pack has that id")


def cmd_host(args: argparse.Namespace) -> int:
    """`spotit class host`: a class session without a window."""
    if not 0 <= args.port <= 65535:
        raise ClassUsageError(f"--port {args.port}: must be between 0 and 65535")
    if not 0 <= args.web_port <= 65535:
        raise ClassUsageError(f"--web-port {args.web_port}: must be between 0 and 65535")
    if args.pause < 0 or args.grace < 0:
        raise ClassUsageError("--pause and --grace must not be negative")
    from spotit.classroom.gradebook import layout_named

    try:
        layout = layout_named(args.gradebook_format).name
    except ValueError as exc:
        raise ClassUsageError(f"--gradebook-format {args.gradebook_format}: {exc}") from None
    if args.gradebook is not None and not args.gradebook.parent.is_dir():
        raise ClassUsageError(f"--gradebook {args.gradebook}: the folder does not exist")
    pack = _open_pack(args.pack)
    ids = [i.strip() for i in args.articles.split(",") if i.strip()] if args.articles else None
    from spotit.classroom.session import session_for

    try:
        session = session_for(pack, ids, hints=not args.no_hints)
    except ValueError as exc:
        raise ClassUsageError(f"--articles: {exc}") from None
    finally:
        pack.close()
    gradebook = _gradebook_target(args.gradebook, layout, session)

    from PySide6.QtCore import QCoreApplication

    from spotit.classroom.discovery import default_address
    from spotit.classroom.headless import run_headless
    from spotit.classroom.server import ServerError

    QCoreApplication.instance() or QCoreApplication(["spotit"])
    progress = None
    if not args.no_save:
        from spotit.store.bundled import data_dir
        from spotit.store.progress import Progress, ProgressError

        try:
            progress = Progress(data_dir() / "progress.db")
        except ProgressError as exc:
            raise ClassUsageError(f"{exc} (use --no-save to run without it)") from None
    try:
        return run_headless(
            session,
            args.bind or default_address(),
            args.port,
            gradebook,
            args.auto,
            args.pause,
            args.announce,
            progress,
            args.grace,
            None if args.no_web else args.web_port,
        )
    except ServerError as exc:
        raise ClassUsageError(str(exc)) from None
    finally:
        if progress is not None:
            progress.close()


def _gradebook_target(path: Path | None, layout: str, session):
    """Where the host writes the gradebook: the path as given for SpotIt's own layout (the
    host picks the default name), otherwise a GradebookFile carrying the layout."""
    from spotit.classroom.gradebook import DEFAULT_LAYOUT, GradebookFile, default_gradebook_name

    if layout == DEFAULT_LAYOUT:
        return path
    if path is None:
        path = Path(
            default_gradebook_name(session.pack.id, session.code, session.started_at, layout)
        )
    return GradebookFile(path, layout)


def cmd_simulate(args: argparse.Namespace) -> int:
    """`spotit class simulate`: scripted students against a host."""
    if not 1 <= args.students <= 1000:
        raise ClassUsageError("--students must be between 1 and 1000")
    if not 1 <= args.port <= 65535:
        raise ClassUsageError(f"--port {args.port}: must be between 1 and 65535")
    from spotit.classroom.simulate import run_simulation

    return run_simulation(
        args.host, args.port, args.code, args.students, args.seed, args.think, args.timeout
    )
