"""Bad input to a `spotit` command: one class, and the one way a command reports it.

Every command module's usage error is a :class:`UsageError`, so `spotit.cli` catches
them all (also when the CLI runs as ``python -m spotit.cli``, where a class defined in
that module would be a second one). :func:`one_line_errors` wraps a command's handler:
its usage errors, and the errors its layer means for the user, become one line on
stderr and exit status 2, never a traceback.
"""

from __future__ import annotations

import argparse
import functools
import sys
from collections.abc import Callable


class UsageError(Exception):
    """Bad input from the user; the message is printed as one line, exit status 2."""


def one_line_errors(
    handler: Callable[[argparse.Namespace], int],
    expected: Callable[[], tuple[type[BaseException], ...]] = tuple,
) -> Callable[[argparse.Namespace], int]:
    """``handler`` with its :class:`UsageError`s, and the ``expected()`` error types (a
    function, so they are imported only when a command runs), printed as one line."""

    @functools.wraps(handler)
    def run(args: argparse.Namespace) -> int:
        try:
            return handler(args)
        except Exception as exc:
            if not isinstance(exc, (UsageError, *expected())):
                raise
            print(f"spotit: error: {exc}", file=sys.stderr)
            return 2

    return run
