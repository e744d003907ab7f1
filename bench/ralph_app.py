"""Start Ralph's LRS (``ralph.api:app``) with its file-system backend, on one process.

Run by ``.venv-ralph/bin/python`` (never by SpotIt's interpreter: Ralph and its pinned
dependencies live in their own virtual environment). ``bench/ralph_lrs.py`` starts it
for the tests in ``tests/lrs`` and for ``make bench``.

Why not ``ralph runserver``: it runs uvicorn with ``reload=True``, which watches the
current folder (the checkout, where other files change) and restarts on every change,
and which puts the server in a child process, so stopping it "mid-batch" would stop the
watcher, not the server.

One change to Ralph, and why: in ralph-malph 5.1.0 the file-system LRS backend writes
each POST with the ``create`` operation, which refuses to write once its one file
(``fs_lrs.jsonl``) exists, so every POST after the first that holds a new statement is
answered 500 "Statements bulk indexation failed" (measured: a first batch is stored, a
second one is not). Its statements file is JSON Lines and its reads go through every
line, so appending is what the backend means; this sets the backend's default
operation to ``append``. Everything else (auth, validation, deduplication, queries,
``more`` paging) is Ralph's own code, unchanged.
"""

from __future__ import annotations

import argparse

import uvicorn
from ralph.backends.data.base import BaseOperationType
from ralph.backends.lrs.fs import FSLRSBackend


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, required=True)
    args = parser.parse_args()
    FSLRSBackend.default_operation_type = BaseOperationType.APPEND
    # The backend, its folder and the auth file come from the environment
    # (RALPH_RUNSERVER_BACKEND, RALPH_BACKENDS__LRS__FS__DEFAULT_DIRECTORY_PATH,
    # RALPH_AUTH_FILE), as with `ralph runserver`.
    uvicorn.run("ralph.api:app", host=args.host, port=args.port, log_level="info", workers=1)


if __name__ == "__main__":
    main()
