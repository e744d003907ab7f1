"""Planning an import or an export the way the app asks for one (no Qt).

The dialogs collect an :class:`ImportRequest`; the steps here read its inputs,
find the labels an existing pack has no category for, and build the pack, the
same code ``spotit pack import`` runs. Each step raises ``InputError`` (one line)
for input that cannot be used.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from spotit.content.source import SourceArticle
from spotit.core.taxonomy import DEFAULT_TAXONOMY, Category
from spotit.interop.export import ExportResult, export_pack
from spotit.interop.formats import get_format
from spotit.interop.model import InputError, Parsed
from spotit.interop.packs import (
    ImportResult,
    categories_for_new_pack,
    categories_in_pack,
    document_article,
    import_documents,
)
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


@dataclass(frozen=True)
class LabelUse:
    """How an imported label is used: for the step that maps it onto a category."""

    label: str
    count: int
    example: str  # the first passage an annotation with this label covers


@dataclass
class ReadInputs:
    """The inputs read, and what an import into an existing pack still needs."""

    parsed: Parsed
    categories: list[Category]  # the existing pack's ("into"), else empty
    unmapped: list[str]  # labels no category of the existing pack fits
    #: every label the inputs use, in the order they first appear
    labels: list[LabelUse] = field(default_factory=list)


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
    uses = label_uses(parsed)
    if request.into is None:
        return ReadInputs(parsed, [], [], uses)
    with open_pack(request.into) as pack:
        categories = list(pack.categories)
    labels = [use.label for use in uses]
    unmapped = []
    for label in labels:
        try:  # the import's own rules decide which labels fit a category
            categories_in_pack([label], {}, categories, request.into)
        except InputError:
            unmapped.append(label)
    return ReadInputs(parsed, categories, unmapped, uses)


def label_uses(parsed: Parsed, labels: list[str] | None = None) -> list[LabelUse]:
    """For each label (``labels``, or every label in the order first used): how many
    annotations carry it, and the first passage one covers."""
    counts: dict[str, int] = {} if labels is None else dict.fromkeys(labels, 0)
    examples: dict[str, str] = {}
    for doc in parsed.documents:
        for span in doc.spans:
            if labels is None or span.label in counts:
                counts[span.label] = counts.get(span.label, 0) + 1
                examples.setdefault(span.label, doc.text[span.start : span.end])
    return [LabelUse(label, count, examples.get(label, "")) for label, count in counts.items()]


def category_choices(read: ReadInputs) -> list[Category]:
    """The categories a label may be mapped onto: the existing pack's, or the defaults."""
    return list(read.categories) if read.categories else list(DEFAULT_TAXONOMY)


def planned_categories(
    request: ImportRequest,
    read: ReadInputs,
    mapping: dict[str, str],
    names: dict[str, str] | None = None,
    new: list[str] | None = None,
) -> dict[str, Category | None]:
    """Label -> the category its annotations will have, as :func:`build_import` makes it
    with ``mapping``, ``names`` and ``new`` (None: a label an existing pack has no
    category for).

    InputError (one line) for a mapping or a name the import would refuse.
    """
    labels = [use.label for use in read.labels]
    if request.into is None:
        to_id, made = categories_for_new_pack(
            labels, mapping, get_format(request.format).name, names
        )
        by_id = {c.id: c for c in made}
        return {label: by_id[to_id[label]] for label in labels}
    own = [label for label in labels if label in set(new or ())]
    to_own, made = categories_for_new_pack(
        own, {}, get_format(request.format).name, names, read.categories
    )
    by_id = {c.id: c for c in [*read.categories, *made]}
    planned: dict[str, Category | None] = {label: by_id[to_own[label]] for label in own}
    for label in labels:
        if label in planned:
            continue
        try:
            cid = categories_in_pack([label], mapping, read.categories, request.into)[label]
        except InputError:
            cid = None
        planned[label] = by_id.get(cid) if cid is not None else None
    return planned


def sample_article(read: ReadInputs, index: int, format_name: str) -> SourceArticle | None:
    """Document ``index`` rendered as the import renders it, its annotations' categories
    being their labels (the preview colours them by the category each label becomes).

    None when the text cannot be an article (nothing to read, or too much markup).
    """
    doc = read.parsed.documents[index]
    labels = {span.label: span.label for span in doc.spans}
    return document_article(doc, "sample", labels, ImportResult(Path()), format_name)


def build_import(
    request: ImportRequest,
    read: ReadInputs,
    mapping: dict[str, str],
    names: dict[str, str] | None = None,
    new: list[str] | None = None,
) -> ImportResult:
    """Write the pack ``request`` asks for from what :func:`read_inputs` read (``new``:
    labels that become categories of their own in an existing pack)."""
    return import_documents(
        read.parsed,
        request.out,
        format_name=get_format(request.format).name,
        into=request.into,
        mapping=mapping,
        title=request.title,
        notice=request.notice,
        names=names,
        new=new or [],
    )


def export_to(pack: Path, fmt: str, out: Path) -> ExportResult:
    """As `spotit pack export --to`; the dialog has already asked before overwriting."""
    return export_pack(pack, fmt, out, overwrite=True)
