"""`spotit lrs configure|status|push|forget`: where results go (a school's LRS) and sending.

The commands use the progress database of the data folder (``SPOTIT_DATA_DIR`` moves it),
as the app does. The secret is read from a file and kept beside the database with
user-only permissions (``Progress.save_lrs_secret``); no command prints it. Bad input is
one line on stderr and exit status 2; ``push`` exits 1 when something was left unsent.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from urllib.parse import urlsplit

from spotit.core.usage import UsageError, one_line_errors

#: Largest batch a school may ask for (an LRS's request limit is usually a few MB).
MAX_BATCH = 1000
#: Problems `push` lists (the latest ones; status and the outbox keep the rest).
MAX_PROBLEMS = 20


class LrsUsageError(UsageError):
    """Bad input to an `lrs` command; printed as one line, exit status 2."""


_one_line_errors = one_line_errors


def register(commands: argparse._SubParsersAction) -> None:
    """Add `spotit lrs configure|status|push|forget`."""
    lrs = commands.add_parser(
        "lrs",
        help="send results to a school's Learning Record Store (xAPI)",
        description="Results are queued in the progress database as xAPI statements and sent"
        " to the LRS configured here (docs/xapi.md, docs/school-deployment.md).",
    )
    sub = lrs.add_subparsers(dest="lrs_command", metavar="ACTION", required=True)

    p = sub.add_parser(
        "configure",
        help="send results to this LRS (the secret is read from a file, never printed)",
        description="Set the LRS endpoint and its Basic-auth key; the secret is read from"
        " SECRET_FILE and kept beside the progress database, readable by this user only.",
    )
    p.add_argument(
        "url", metavar="URL", help="the LRS's xAPI endpoint, e.g. https://lrs.example/xAPI/"
    )
    p.add_argument("--key", required=True, metavar="K", help="the LRS key (Basic-auth user)")
    p.add_argument(
        "--secret-file",
        required=True,
        type=Path,
        metavar="F",
        help="a file holding the LRS secret (its first line)",
    )
    p.add_argument(
        "--homepage",
        metavar="IRI",
        help="the school's account homePage for learners (default: the LRS's origin)",
    )
    p.add_argument(
        "--use-email",
        action="store_true",
        help="name a learner whose profile name is an e-mail address by that address (mbox);"
        " off by default: learners are accounts on the homepage",
    )
    p.add_argument(
        "--batch",
        default="50",
        metavar="N",
        help=f"statements per request (1 to {MAX_BATCH}, default 50)",
    )
    p.set_defaults(handler=_one_line_errors(cmd_configure))

    p = sub.add_parser("status", help="what is queued, sent and rejected, and the last error")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=_one_line_errors(cmd_status))

    p = sub.add_parser("push", help="send every queued statement now, even those waiting to retry")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    p.set_defaults(handler=_one_line_errors(cmd_push))

    p = sub.add_parser("forget", help="remove the LRS settings and secret (the queue stays)")
    p.set_defaults(handler=_one_line_errors(cmd_forget))


def _progress():
    from spotit.store.bundled import data_dir
    from spotit.store.progress import Progress

    return Progress(data_dir() / "progress.db")


def _batch(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if not 1 <= number <= MAX_BATCH:
        raise LrsUsageError(f"--batch {value}: must be a whole number from 1 to {MAX_BATCH}")
    return number


def _homepage(value: str | None, url: str) -> str:
    if value is None:
        parts = urlsplit(url)
        return f"{parts.scheme}://{parts.netloc}"
    parts = urlsplit(value)
    if not parts.scheme or not (parts.netloc or parts.path) or any(c.isspace() for c in value):
        raise LrsUsageError(f"--homepage {value!r}: not an IRI (e.g. https://school.example)")
    return value


def _read_secret(path: Path) -> str:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError:
        raise LrsUsageError(f"--secret-file {path}: no such file") from None
    except IsADirectoryError:
        raise LrsUsageError(f"--secret-file {path}: is a folder, not a file") from None
    except UnicodeDecodeError:
        raise LrsUsageError(f"--secret-file {path}: not UTF-8 text") from None
    except OSError as exc:
        raise LrsUsageError(f"--secret-file {path}: cannot read ({exc.strerror})") from None
    lines = text.splitlines()
    secret = lines[0].strip() if lines else ""
    if not secret:
        raise LrsUsageError(f"--secret-file {path}: the file is empty")
    if any(line.strip() for line in lines[1:]):
        raise LrsUsageError(f"--secret-file {path}: give the secret alone, on one line")
    return secret


def cmd_configure(args: argparse.Namespace) -> int:
    from spotit.core.xapi import LrsSettings
    from spotit.interop.lrs import endpoint_problem

    url: str = args.url
    problem = endpoint_problem(url)
    if problem:
        raise LrsUsageError(problem)
    if urlsplit(url).path.rstrip("/").endswith("/statements"):
        raise LrsUsageError(f"{url!r}: give the xAPI endpoint, without /statements")
    key = args.key
    if not key or any(c.isspace() or not c.isprintable() for c in key) or ":" in key:
        raise LrsUsageError("--key: one word without spaces or ':'")
    batch = _batch(args.batch)
    homepage = _homepage(args.homepage, url)
    secret = _read_secret(args.secret_file)
    settings = LrsSettings(
        endpoint=url, key=key, homepage=homepage, use_email=args.use_email, batch=batch
    )
    progress = _progress()
    try:
        try:
            progress.save_lrs_secret(secret)
        except ValueError as exc:
            raise LrsUsageError(f"--secret-file {args.secret_file}: {exc}") from None
        progress.set_lrs_settings(settings)
        where = progress.lrs_secret_path
    finally:
        progress.close()
    print(f"LRS: {url} with key {key!r}, batches of {batch}; learners' homePage {homepage}")
    if args.use_email:
        print("Learners whose profile name is an e-mail address are sent by that address.")
    print(f"The secret is kept in {where} (readable by this user only).")
    return 0


def _status(progress) -> dict:
    settings = progress.lrs_settings()
    return {
        "configured": settings is not None,
        "endpoint": settings.endpoint if settings else None,
        "key": settings.key if settings else None,
        "homepage": settings.homepage if settings else None,
        "batch": settings.batch if settings else None,
        "use_email": settings.use_email if settings else None,
        "secret_saved": progress.lrs_secret() is not None,
        "counts": progress.outbox_counts(),
        "last_error": progress.outbox_last_error(),
    }


def cmd_status(args: argparse.Namespace) -> int:
    from spotit.interop.lrs import one_line

    progress = _progress()
    try:
        status = _status(progress)
    finally:
        progress.close()
    if args.json:
        print(json.dumps(status, ensure_ascii=False, indent=2))
        return 0
    if status["configured"]:
        secret = "saved" if status["secret_saved"] else "MISSING (run spotit lrs configure)"
        print(f"LRS: {status['endpoint']} with key {status['key']!r} (secret {secret})")
    else:
        print("LRS: none configured (spotit lrs configure URL --key K --secret-file F)")
    counts = status["counts"]
    print(
        f"Statements: {counts.get('queued', 0)} queued, {counts.get('sent', 0)} sent,"
        f" {counts.get('rejected', 0)} rejected"
    )
    if status["last_error"]:
        print(f"Last error: {one_line(status['last_error'], 400)}")
    return 0


def cmd_push(args: argparse.Namespace) -> int:
    from spotit.interop.lrs import send_outbox

    progress = _progress()
    try:
        if progress.lrs_settings() is None:
            raise LrsUsageError(
                "no LRS is configured (spotit lrs configure URL --key K --secret-file F)"
            )
        if progress.lrs_secret() is None:
            raise LrsUsageError(
                f"the LRS secret is missing ({progress.lrs_secret_path}):"
                " run spotit lrs configure again"
            )
        report = send_outbox(progress, waiting_too=True)
        counts = progress.outbox_counts()
    finally:
        progress.close()
    if args.json:
        print(json.dumps({**report.as_json(), "counts": counts}, ensure_ascii=False, indent=2))
    else:
        print(report.text())
        for problem in report.problems[-MAX_PROBLEMS:]:
            print(f"  {problem}")
        print(
            f"Queued: {counts.get('queued', 0)} (sent in all: {counts.get('sent', 0)},"
            f" rejected in all: {counts.get('rejected', 0)})"
        )
    return 0 if report.ok else 1


def cmd_forget(args: argparse.Namespace) -> int:
    progress = _progress()
    try:
        had = progress.lrs_settings() is not None or progress.lrs_secret() is not None
        progress.set_lrs_settings(None)
        progress.save_lrs_secret(None)
        queued = progress.outbox_counts().get("queued", 0)
    finally:
        progress.close()
    said = "LRS settings and secret removed" if had else "No LRS was configured"
    kept = f"; {queued} queued statement(s) kept for when one is" if queued else ""
    print(f"{said}{kept}.")
    return 0
