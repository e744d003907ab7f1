"""Saving a pack source folder so that no crash can leave it half-written.

A save happens in three steps:

1. **Backup.** The files about to change (``pack.toml`` and ``articles/*.md``)
   are copied to ``.backup/`` in the source folder, which then always holds the
   version before the latest save. (``spotit pack validate`` and builds read only
   ``pack.toml`` and ``articles/*.md``, so the backup is never mistaken for the
   pack; add ``.backup/`` to ``.gitignore``.)
2. **Stage.** Every new file is written, flushed and synced to a temporary file
   beside its target (``.NAME.XXXX.saving``).
3. **Commit.** ``.backup/SAVE-IN-PROGRESS`` is written, each temporary file
   replaces its target with ``os.replace`` (atomic: a reader sees the old file or
   the new one, never a mix), articles that are gone are removed, and the marker
   is deleted.

If a replace fails, the files already replaced are put back from the backup and
the folder is as it was. If the process dies during the commit, each file is
still whole, the marker stays, and ``interrupted_save`` lets the editor offer to
restore ``.backup/`` the next time the pack is opened.

Qt-free, like the draft it saves.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from spotit.content.source import read_pack_source
from spotit.store.bundled import source_hash
from spotit.store.pack import build_pack

BACKUP_DIR = ".backup"
SAVING_MARKER = "SAVE-IN-PROGRESS"


class SaveError(Exception):
    """Saving failed; the message is one line naming the file, and says what was kept."""


def pack_files(folder: Path) -> list[str]:
    """The files of a pack source that a save manages, relative to the folder."""
    found = ["pack.toml"] if (folder / "pack.toml").is_file() else []
    articles = folder / "articles"
    if articles.is_dir():
        found += [f"articles/{p.name}" for p in sorted(articles.glob("*.md")) if p.is_file()]
    return found


def interrupted_save(folder: Path) -> bool:
    """True when a save into ``folder`` was cut off and ``.backup/`` holds the version before it."""
    return (Path(folder) / BACKUP_DIR / SAVING_MARKER).exists()


def _write_synced(path: Path, data: bytes) -> Path:
    """Write ``data`` to a new temporary file beside ``path``, on disk before returning."""
    fd, name = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".saving")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
    except BaseException:
        Path(name).unlink(missing_ok=True)
        raise
    return Path(name)


def _sync_folder(folder: Path) -> None:
    # Renames are on disk only once the folder itself is synced (POSIX; a no-op elsewhere).
    if hasattr(os, "O_DIRECTORY"):
        fd = os.open(folder, os.O_RDONLY | os.O_DIRECTORY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _make_backup(folder: Path, existing: list[str]) -> None:
    backup = folder / BACKUP_DIR
    if (backup / SAVING_MARKER).exists():
        return  # the last save was cut off: its backup is the good version, keep it
    if not existing:
        return
    fresh, old = folder / f"{BACKUP_DIR}.new", folder / f"{BACKUP_DIR}.old"
    shutil.rmtree(fresh, ignore_errors=True)
    shutil.rmtree(old, ignore_errors=True)
    for rel in existing:
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


def write_source(folder: Path, files: dict[str, str]) -> None:
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
            if rel not in existing or (folder / rel).read_bytes() != text.encode("utf-8")
        }
        stale = [rel for rel in existing if rel not in files]
        if not changed and not stale:
            return
        _make_backup(folder, existing)
    except OSError as exc:
        raise SaveError(f"{exc.filename or folder}: cannot save ({exc.strerror or exc})") from None

    staged: dict[str, Path] = {}
    try:
        for rel, data in changed.items():
            staged[rel] = _write_synced(folder / rel, data)
        backup = folder / BACKUP_DIR
        backup.mkdir(exist_ok=True)
        (backup / SAVING_MARKER).write_text(
            "A save into this folder was interrupted; the files here are the version before it.\n",
            encoding="utf-8",
        )
    except OSError as exc:
        for tmp in staged.values():
            tmp.unlink(missing_ok=True)
        raise SaveError(
            f"{exc.filename or folder}: cannot save ({exc.strerror or exc}); nothing was changed"
        ) from None

    done: list[str] = []
    try:
        for rel, tmp in staged.items():
            os.replace(tmp, folder / rel)
            done.append(rel)
        for rel in stale:
            (folder / rel).unlink(missing_ok=True)
            done.append(rel)
        _sync_folder(folder / "articles")
        _sync_folder(folder)
    except BaseException as exc:
        failed = next((rel for rel in [*staged, *stale] if rel not in done), "")
        restored = _roll_back(folder, done, existing)
        for tmp in staged.values():
            tmp.unlink(missing_ok=True)
        if not isinstance(exc, OSError):
            raise
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
                tmp = _write_synced(folder / rel, (backup / rel).read_bytes())
                os.replace(tmp, folder / rel)
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
            tmp = _write_synced(folder / rel, (backup / rel).read_bytes())
            os.replace(tmp, folder / rel)
        for rel in pack_files(folder):
            if rel not in kept:
                (folder / rel).unlink()
        (backup / SAVING_MARKER).unlink(missing_ok=True)
    except OSError as exc:
        raise SaveError(
            f"{exc.filename or folder}: cannot restore the backup ({exc.strerror or exc})"
        ) from None


def export_pack_file(files: dict[str, str], out: Path) -> None:
    """Build ``files`` (a source folder's contents) into a .spotit pack at ``out``.

    The files are checked exactly as ``spotit pack build`` checks a folder; any
    problem refuses the export (SaveError) and nothing is written.
    """
    with tempfile.TemporaryDirectory(prefix="spotit-export-") as tmp:
        folder = Path(tmp)
        (folder / "articles").mkdir()
        for rel, text in files.items():
            (folder / rel).write_text(text, encoding="utf-8")
        source = read_pack_source(folder)
        if source.problems:
            raise SaveError(
                f"{out}: not exported: the pack has {len(source.problems)} problem(s); "
                "fix them first (see Problems)"
            )
        try:
            build_pack(source, out, source_hash(folder))
        except OSError as exc:
            raise SaveError(f"{out}: cannot write ({exc.strerror or exc})") from None
