"""Replacing a file atomically: a reader sees the old file or the new one, never half.

Every file SpotIt writes for the user (packs, gradebooks, exports, an author's
pack sources) goes through here, so the same promise holds everywhere.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path


def _umask() -> int:
    # os.umask can only be read by setting it; set it straight back.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable. Windows cannot open a folder; there the
    # replace is already as durable as the platform makes it.
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


@contextlib.contextmanager
def replacing(path: Path, *, prefix: str = ".writing-") -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success it replaces ``path``.

    For writers that need a file name (SQLite builds a pack this way). The
    temporary file gets the mode a new file would get under the user's umask
    (or the mode of the file it replaces), is fsynced, renamed over ``path``
    and the folder fsynced. On an exception the target is untouched and the
    temporary file is removed.
    """
    path = Path(path)
    import tempfile  # not at start-up: only when something is written

    path.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=prefix, suffix=".tmp", dir=path.parent)
    os.close(fd)
    tmp = Path(name)
    try:
        yield tmp
        try:
            mode = path.stat().st_mode & 0o7777
        except FileNotFoundError:
            mode = 0o666 & ~_umask()
        os.chmod(tmp, mode)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
        _fsync_folder(path.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def write_atomic(path: Path, data: bytes | str, *, encoding: str = "utf-8") -> None:
    """Replace ``path`` with ``data`` (text is encoded, newlines written as given)."""
    payload = data.encode(encoding) if isinstance(data, str) else data
    with replacing(path) as tmp:
        with open(tmp, "wb") as fh:
            fh.write(payload)
            fh.flush()
