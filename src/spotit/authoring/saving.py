"""Saving a pack source folder so that no crash can leave it half-written.

A save happens in three steps:

1. **Backup.** The files about to change (``pack.toml``, ``articles/*.md``, and the
   lessons, checks and source pages: ``content.source.source_files``)
   are copied to ``.backup/`` in the source folder, which then always holds the
   version before the latest save. (A pack never reads dot-files, so the backup
   is never mistaken for the pack; add ``.backup/`` to ``.gitignore``.)
2. **Mark.** ``.backup/SAVE-IN-PROGRESS`` is written.
3. **Commit.** Each changed file is replaced with ``spotit.core.files.write_atomic``
   (a temporary file beside it, synced, renamed over it: a reader sees the old
   file or the new one, never a mix; new files get the user's umask), articles
   that are gone are removed, and the marker is deleted.

If a write fails, the files already replaced are put back from the backup and
the folder is as it was. If the process dies during the commit, each file is
still whole, the marker stays, and ``interrupted_save`` lets the editor offer to
restore ``.backup/`` the next time the pack is opened.

Exporting a draft as a ``.spotit`` file reads its files from memory: nothing
but the pack itself is written.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Mapping
from pathlib import Path

from spotit.content.frontmatter import as_written
from spotit.content.source import read_pack_source_files, source_files
from spotit.core.files import write_atomic
from spotit.store.bundled import files_hash
from spotit.store.pack import build_pack

BACKUP_DIR = ".backup"
SAVING_MARKER = "SAVE-IN-PROGRESS"


class SaveError(Exception):
    """Saving failed; the message is one line naming the file, and says what was kept."""


def pack_files(folder: Path) -> list[str]:
    """The files of a pack source that a save manages, relative to the folder."""
    return source_files(folder)


def interrupted_save(folder: Path) -> bool:
    """True when a save into ``folder`` was cut off and ``.backup/`` holds the version before it."""
    return (Path(folder) / BACKUP_DIR / SAVING_MARKER).exists()


def _holds(path: Path, text: str) -> bool:
    """True when the file already says ``text``: the same bytes, or the same text once read.

    Files are read with their byte-order mark dropped and CRLF made LF, so a file nobody
    changed in the editor is left as it is, line ends and all, rather than rewritten.
    """
    data = path.read_bytes()
    if data == text.encode("utf-8"):
        return True
    try:
        return as_written(data.decode("utf-8")) == text
    except UnicodeDecodeError:
        return False


def _make_backup(folder: Path, existing: list[str]) -> None:
    backup = folder / BACKUP_DIR
    if (backup / SAVING_MARKER).exists():
        return  # the last save was cut off: its backup is the good version, keep it
    if not existing:
        return
    # Built beside the old backup and swapped in, so there is always one whole backup.
    fresh, old = folder / f"{BACKUP_DIR}.new", folder / f"{BACKUP_DIR}.old"
    shutil.rmtree(fresh, ignore_errors=True)
    shutil.rmtree(old, ignore_errors=True)
    for rel in existing:
        # A fresh folder, swapped in whole by the rename below: each copy needs to be on
        # disk, not replaced atomically (nothing reads .backup.new).
        target = fresh / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        with open(target, "wb") as fh:
            fh.write((folder / rel).read_bytes())
            fh.flush()
            os.fsync(fh.fileno())
    if backup.exists():
        os.rename(backup, old)
    os.rename(fresh, backup)
    shutil.rmtree(old, ignore_errors=True)


def write_source(folder: Path, files: Mapping[str, str]) -> None:
    """Make ``folder`` hold exactly ``files`` (path relative to the folder -> text).

    Raises SaveError, after putting back what it had changed; the message names the file.
    """
    folder = Path(folder)
    try:
        (folder / "articles").mkdir(parents=True, exist_ok=True)
        existing = pack_files(folder)
        changed = {
            rel: text.encode("utf-8")
            for rel, text in files.items()
            if rel not in existing or not _holds(folder / rel, text)
        }
        stale = [rel for rel in existing if rel not in files]
        if not changed and not stale:
            return
        _make_backup(folder, existing)
        write_atomic(
            folder / BACKUP_DIR / SAVING_MARKER,
            "A save into this folder was interrupted; the files here are the version before it.\n",
        )
    except OSError as exc:
        raise SaveError(
            f"{exc.filename or folder}: cannot save ({exc.strerror or exc}); nothing was changed"
        ) from None

    done: list[str] = []
    try:
        for rel, data in changed.items():
            done.append(rel)  # before the write: a failed write may have left a new file
            (folder / rel).parent.mkdir(parents=True, exist_ok=True)  # sources/, the first time
            write_atomic(folder / rel, data)
        for rel in stale:
            done.append(rel)
            (folder / rel).unlink(missing_ok=True)
    except BaseException as exc:
        failed = done[-1] if done else ""
        if not isinstance(exc, OSError):
            raise  # the process is going down: the marker and the backup stay for next time
        restored = _roll_back(folder, done, existing)
        kept = (
            "the previous version is unchanged"
            if restored
            else f"the previous version is in {BACKUP_DIR}/"
        )
        raise SaveError(f"{folder / failed}: cannot save ({exc.strerror or exc}); {kept}") from None
    _end_commit(folder)


def _end_commit(folder: Path) -> None:
    backup = folder / BACKUP_DIR
    (backup / SAVING_MARKER).unlink(missing_ok=True)
    if not any(backup.iterdir()):
        backup.rmdir()  # a first save had nothing to back up: leave no empty folder


def _roll_back(folder: Path, done: list[str], existing: list[str]) -> bool:
    """Put back the files a failed save had replaced; True if the folder is as it was."""
    backup = folder / BACKUP_DIR
    try:
        for rel in reversed(done):
            if rel in existing:
                write_atomic(folder / rel, (backup / rel).read_bytes())
            else:
                (folder / rel).unlink(missing_ok=True)
    except OSError:
        return False
    _end_commit(folder)
    return True


def restore_backup(folder: Path) -> None:
    """Make the pack files in ``folder`` the ones in its ``.backup/`` (after an interrupted save)."""
    folder = Path(folder)
    backup = folder / BACKUP_DIR
    kept = pack_files(backup)
    try:
        for rel in kept:
            write_atomic(folder / rel, (backup / rel).read_bytes())
        for rel in pack_files(folder):
            if rel not in kept:
                (folder / rel).unlink()
        (backup / SAVING_MARKER).unlink(missing_ok=True)
    except OSError as exc:
        raise SaveError(
            f"{exc.filename or folder}: cannot restore the backup ({exc.strerror or exc})"
        ) from None


def export_pack_file(files: Mapping[str, str], out: Path) -> None:
    """Build ``files`` (a source folder's contents) into a .spotit pack at ``out``.

    The files are checked exactly as ``spotit pack build`` checks a folder; any
    problem refuses the export (SaveError) and nothing is written.
    """
    source = read_pack_source_files(files)
    if source.problems:
        raise SaveError(
            f"{out}: not exported: the pack has {len(source.problems)} problem(s); "
            "fix them first (see Problems)"
        )
    try:
        build_pack(source, out, files_hash(files))
    except OSError as exc:
        raise SaveError(f"{out}: cannot write ({exc.strerror or exc})") from None
