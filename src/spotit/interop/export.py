"""Writing a pack's articles and answer keys in another tool's format (no Qt)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from spotit.interop.formats import get_format
from spotit.interop.packs import documents_from_pack
from spotit.store.pack import open_pack


@dataclass
class ExportResult:
    """What an export wrote."""

    out: Path
    format: str
    articles: int
    annotations: int
    notes: list[str]


def export_pack(pack_path: Path, fmt: str, out: Path, overwrite: bool = False) -> ExportResult:
    """Write ``pack_path`` as ``fmt`` to ``out``; InputError (one line) when it cannot."""
    target = get_format(fmt)
    target.check_target(out, overwrite)
    with open_pack(pack_path) as pack:
        documents = documents_from_pack(pack)
        pack_id = pack.meta.id
    notes = target.write(documents, out, collection=pack_id)
    spans = sum(len(d.spans) for d in documents)
    return ExportResult(out, target.name, len(documents), spans, list(notes))
