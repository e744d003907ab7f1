"""Planning an import or an export the way the app asks for one (no Qt).

The dialogs collect an :class:`ImportRequest`; the steps here read its inputs,
find the labels an existing pack has no category for, and build the pack, the
same code ``spotit pack import`` runs. Each step raises ``InputError`` (one line)
for input that cannot be used.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from spotit.core.taxonomy import Category
from spotit.interop.export import ExportResult, export_pack
from spotit.interop.formats import get_format
from spotit.interop.model import InputError, Parsed
from spotit.interop.packs import ImportResult, categories_in_pack, import_documents
from spotit.store.pack import PACK_SUFFIX, open_pack


@dataclass
class ImportRequest:
    """Everything the import dialog asks for."""

    format: str
    inputs: list[Path]
    out: Path
    into: Path | None = None
    offsets: str = "auto"
    title: str = ""
    texts: dict[str, Path] = field(default_factory=dict)  # W3C: source IRI -> text file
    default_text: Path | None = None  # W3C: the text of the one source without one
    #: the training notice above every article, as the author writes it. A new pack has
    #: none unless it is given ("": none); None keeps an existing (``into``) pack's own.
    notice: str | None = None


@dataclass
class ReadInputs:
    """The inputs read, and what an import into an existing pack still needs."""

    parsed: Parsed
    categories: list[Category]  # the existing pack's ("into"), else empty
    unmapped: list[str]  # labels no category of the existing pack fits


@dataclass(frozen=True)
class LabelUse:
    """How an imported label is used: for the prompt that maps it onto a category."""

    label: str
    count: int
    example: str  # the first passage an annotation with this label covers


def pack_file(text: str) -> Path:
    """The pack file a name typed by the author means (``.spotit`` added if missing)."""
    out = Path(text)
    return out if out.suffix == PACK_SUFFIX else out.with_name(out.name + PACK_SUFFIX)


def texts_from_rows(rows: list[tuple[str, Path]]) -> tuple[dict[str, Path], Path | None]:
    """W3C text files as (source, file) rows -> by source, plus the one without a source."""
    texts: dict[str, Path] = {}
    default: Path | None = None
    for source, file in rows:
        if source.strip():
            texts[source.strip()] = file
        elif default is None:
            default = file
        else:
            raise InputError(
                f"{file}: only one text file may leave its source empty; "
                "give the source it belongs to"
            )
    return texts, default


def read_inputs(request: ImportRequest) -> ReadInputs:
    """Read the input files and find the labels an existing pack has no category for."""
    parsed = get_format(request.format).read(
        request.inputs, request.offsets, request.texts, request.default_text
    )
    if not parsed.documents:
        raise InputError(f"{', '.join(map(str, request.inputs))}: no documents found")
    if request.into is None:
        return ReadInputs(parsed, [], [])
    with open_pack(request.into) as pack:
        categories = list(pack.categories)
    labels = list(dict.fromkeys(s.label for d in parsed.documents for s in d.spans))
    unmapped = []
    for label in labels:
        try:  # the import's own rules decide which labels fit a category
            categories_in_pack([label], {}, categories, request.into)
        except InputError:
            unmapped.append(label)
    return ReadInputs(parsed, categories, unmapped)


def label_uses(parsed: Parsed, labels: list[str]) -> list[LabelUse]:
    """For each of ``labels``: how many annotations carry it, and a passage one covers."""
    uses = []
    for label in labels:
        count, example = 0, ""
        for doc in parsed.documents:
            for span in doc.spans:
                if span.label == label:
                    count += 1
                    example = example or doc.text[span.start : span.end]
        uses.append(LabelUse(label, count, example))
    return uses


def build_import(request: ImportRequest, read: ReadInputs, mapping: dict[str, str]) -> ImportResult:
    """Write the pack ``request`` asks for from what :func:`read_inputs` read."""
    return import_documents(
        read.parsed,
        request.out,
        format_name=get_format(request.format).name,
        into=request.into,
        mapping=mapping,
        title=request.title,
        notice=request.notice,
    )


def export_to(pack: Path, fmt: str, out: Path) -> ExportResult:
    """As `spotit pack export --to`; the dialog has already asked before overwriting."""
    return export_pack(pack, fmt, out, overwrite=True)
