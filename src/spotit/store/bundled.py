"""Packs that ship with SpotIt: found as sources, built into the user data folder.

A bundled pack is rebuilt only when its sources (or this SpotIt's version) changed.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

import platformdirs

from spotit import __version__
from spotit.store.pack import FORMAT_VERSION, PACK_SUFFIX, PackError, build_pack, open_pack

APP_NAME = "SpotIt"


def data_dir() -> Path:
    """Where SpotIt keeps built packs and learner progress (SPOTIT_DATA_DIR overrides it)."""
    override = os.environ.get("SPOTIT_DATA_DIR")
    return (
        Path(override) if override else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    )


def content_dir() -> Path | None:
    """The folder of bundled pack sources: SPOTIT_CONTENT_DIR, the app bundle, or the checkout."""
    override = os.environ.get("SPOTIT_CONTENT_DIR")
    candidates = [Path(override)] if override else []
    here = Path(__file__).resolve()
    candidates += [here.parents[1] / "_content", here.parents[3] / "content"]
    return next((c for c in candidates if c.is_dir()), None)


def source_hash(folder: Path) -> str:
    """A fingerprint of every file of a pack source, plus what would change its build."""
    digest = hashlib.sha256(f"spotit {__version__} format {FORMAT_VERSION}\n".encode())
    folder = Path(folder)
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        rel = path.relative_to(folder).as_posix()
        if rel.startswith(".") or "/." in rel:
            continue
        digest.update(rel.encode() + b"\0")
        digest.update(path.read_bytes())
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
    """Every bundled pack, built and ready to open."""
    root = content_dir()
    if root is None:
        return []
    out_dir = data_dir() / "packs"
    return [
        ensure_built(folder, out_dir)
        for folder in sorted(root.iterdir())
        if (folder / "pack.toml").is_file()
    ]
