"""Packs that ship with SpotIt: found as sources, built into the user data folder.

A bundled pack is rebuilt only when its sources (or this SpotIt's version) changed.
"""

from __future__ import annotations

import functools
import hashlib
import os
from collections.abc import Mapping
from pathlib import Path

from spotit import __version__
from spotit.content.source import source_files
from spotit.store.pack import FORMAT_VERSION, PACK_SUFFIX, PackError, build_pack, open_pack

APP_NAME = "SpotIt"


def data_dir() -> Path:
    """Where SpotIt keeps built packs and learner progress (SPOTIT_DATA_DIR overrides it)."""
    override = os.environ.get("SPOTIT_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs  # a few milliseconds at start-up, only where it is needed

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def content_dir() -> Path | None:
    """The folder of bundled pack sources: SPOTIT_CONTENT_DIR, the app bundle, or the checkout."""
    override = os.environ.get("SPOTIT_CONTENT_DIR")
    candidates = [Path(override)] if override else []
    here = Path(__file__).resolve()
    candidates += [here.parents[1] / "_content", here.parents[3] / "content"]
    return next((c for c in candidates if c.is_dir()), None)


def source_hash(folder: Path) -> str:
    """A fingerprint of the files a pack source consists of, plus what would change its build.

    The files are ``content.source.source_files``: exactly what the reader reads
    (dot-files and anything else in the folder are no part of the pack).
    """
    folder = Path(folder)
    return files_hash({rel: (folder / rel).read_bytes() for rel in source_files(folder)})


def files_hash(files: Mapping[str, str | bytes]) -> str:
    """``source_hash`` of a pack source given as file contents by relative path."""
    digest = hashlib.sha256(f"spotit {__version__} format {FORMAT_VERSION}\n".encode())
    for rel in sorted(files):
        data = files[rel]
        digest.update(rel.encode() + b"\0")
        digest.update(data.encode("utf-8") if isinstance(data, str) else data)
        digest.update(b"\0")
    return digest.hexdigest()


def ensure_built(source: Path, out_dir: Path) -> Path:
    """Build ``source`` into ``out_dir`` unless an up-to-date build is there already."""
    wanted = source_hash(source)
    out = out_dir / f"{source.name}{PACK_SUFFIX}"
    if out.exists():
        try:
            with open_pack(out) as pack:
                if pack.source_hash == wanted:
                    return out
        except PackError:
            pass  # a damaged earlier build: build it again
    from spotit.content.source import read_pack_source  # Markdown is needed only to rebuild

    pack_source = read_pack_source(source)
    if pack_source.problems:
        raise PackError(f"{source}: bundled pack has problems: {pack_source.problems[0]}")
    return build_pack(pack_source, out, wanted)


def bundled_packs() -> list[Path]:
    """Every bundled pack, built and ready to open.

    Built into the data folder; where that cannot be written (a read-only folder or
    disk, found by trying), into a scratch folder removed when SpotIt quits, so the
    packs open all the same.
    """
    root = content_dir()
    if root is None:
        return []
    out_dir = data_dir() / "packs"
    built = []
    for folder in sorted(root.iterdir()):
        if not (folder / "pack.toml").is_file():
            continue
        try:
            built.append(ensure_built(folder, out_dir))
        except OSError:
            built.append(ensure_built(folder, scratch_dir()))
    return built


@functools.cache
def scratch_dir() -> Path:
    """A folder for this run only (removed at exit), for what the data folder cannot take."""
    import atexit
    import shutil
    import tempfile

    folder = Path(tempfile.mkdtemp(prefix="spotit-"))
    atexit.register(shutil.rmtree, folder, ignore_errors=True)
    return folder
