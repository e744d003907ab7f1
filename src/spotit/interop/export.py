"""Writing a pack's articles and answer keys in another tool's format (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from spotit.interop import brat, doccano, labelstudio, w3c
from spotit.interop.model import InputError
from spotit.interop.packs import documents_from_pack
from spotit.store.pack import open_pack

#: Format name -> module with read() and write().
FORMATS = {"doccano": doccano, "labelstudio": labelstudio, "brat": brat, "w3c": w3c}


@dataclass
class ExportResult:
    out: Path
    format: str
    articles: int
    annotations: int
    notes: list[str]


def export_pack(pack_path: Path, fmt: str, out: Path, overwrite: bool = False) -> ExportResult:
    """Write ``pack_path`` as ``fmt`` to ``out``; InputError (one line) when it cannot."""
    if fmt == "brat":
        if out.exists() and not out.is_dir():
            raise InputError(f"{out} is a file; brat export writes a folder")
        if out.is_dir() and any(out.glob("*.ann")) and not overwrite:
            raise InputError(f"{out} already holds brat files (use --force to overwrite them)")
    elif out.is_dir():
        raise InputError(f"{out} is a folder; {fmt} export writes one file")
    elif out.exists() and not overwrite:
        raise InputError(f"{out} already exists (use --force to overwrite it)")
    with open_pack(pack_path) as pack:
        documents = documents_from_pack(pack)
        pack_id = pack.meta.id
    if fmt == "w3c":
        notes = w3c.write(documents, out, collection=pack_id)
    else:
        notes = FORMATS[fmt].write(documents, out)
    spans = sum(len(d.spans) for d in documents)
    return ExportResult(out, fmt, len(documents), spans, list(notes))
