"""brat standoff: ``NAME.txt`` holds the text, ``NAME.ann`` its annotations.

Text-bound annotations are ``T1<TAB>LABEL START END<TAB>covered text``; a discontinuous
one lists its pieces as ``START END;START END`` and its text field joins them with a
space. brat's files are line-oriented, so a span across a line break is stored as
pieces either side of the break: pieces separated only by line breaks are read back as
one span, other discontinuous spans become one annotation per piece (and a note says
so). A text field showing a line break of the text as a space (one span across lines,
as converters and brat's own exports write it) is the same text.
``#1<TAB>AnnotatorNotes T1<TAB>note`` is the explanation of T1. Relations, events,
attributes and normalisations have no SpotIt equivalent and are counted in a note.

The text is read exactly as stored: CRLF line ends and a byte-order mark are
characters, as brat counts them.

brat has no place for an article's metadata: SpotIt's export writes it to
``spotit-articles.json`` in the folder (``{"NAME": {"headline": ..., ...}}``), which brat
ignores and the import reads back.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from spotit.core.files import write_atomic
from spotit.core.naming import slugify, unique_name
from spotit.interop.model import (
    Document,
    InputError,
    OffsetReader,
    Parsed,
    RefusedFile,
    Span,
    Unplaced,
    check_label,
    decode_text,
    label_problem,
    read_bytes,
    read_json,
    spotit_meta,
    utf16_note,
)

NAME = "brat"
_FRAGMENT = re.compile(r"^(\d+) (\d+)$")
_LINE_PIECES = re.compile(r"[^\r\n]+")
_LINE_BREAKS = re.compile(r"[\r\n]+")
#: The sidecar file with the articles' metadata.
METADATA = "spotit-articles.json"
_KINDS = {
    "R": "relations",
    "E": "events",
    "A": "attributes",
    "M": "attributes",
    "N": "normalisations",
    "*": "equivalences",
}


class _Pair:
    """One document: its text file, its annotation file, and the folder the author gave
    that it was found in (None when the file itself was named)."""

    def __init__(self, text: Path, ann: Path, folder: Path | None) -> None:
        self.text, self.ann, self.folder = text, ann, folder


def _pairs(paths: list[Path]) -> list[_Pair]:
    """Every document the inputs name."""
    pairs: list[_Pair] = []
    for path in paths:
        if path.is_dir() and not path.is_symlink():
            texts = sorted(path.rglob("*.txt"))
            orphans = [
                a for a in sorted(path.rglob("*.ann")) if not os.path.lexists(a.with_suffix(".txt"))
            ]
            if orphans:
                raise InputError(
                    f"{orphans[0]}: no text file {orphans[0].with_suffix('.txt').name}"
                )
            pairs += [_Pair(t, t.with_suffix(".ann"), path) for t in texts]
        elif path.suffix in (".ann", ".txt"):
            text = path.with_suffix(".txt")
            if not os.path.lexists(text):
                raise InputError(f"{path}: no text file {text.name} next to it")
            pairs.append(_Pair(text, path.with_suffix(".ann"), None))
        elif path.is_symlink():
            raise RefusedFile(f"{path}: a symbolic link; imports read only regular files")
        elif not path.exists():
            raise InputError(f"{path}: no such file or folder")
        else:
            raise InputError(f"{path}: brat input is .ann/.txt files or folders holding them")
    unique_pairs: dict[Path, _Pair] = {}
    for pair in pairs:
        unique_pairs.setdefault(pair.text.resolve(), pair)  # a file named twice is read once
    return list(unique_pairs.values())


def read(paths: list[Path], offsets: str = "auto") -> Parsed:
    """Read brat documents (files or whole folders).

    A file in a folder that :func:`read_bytes` refuses (a link, a FIFO, a file too large
    or outside the folder) is skipped with a note; a refused file named itself, or a
    named file's partner, is unusable input.
    """
    parsed = Parsed()
    pairs = _pairs(paths)
    if not pairs:
        raise InputError(f"{', '.join(map(str, paths))}: no brat documents (.txt files) found")
    metadata: dict[Path, dict] = {}
    order: dict[Path, int] = {}
    for pair in pairs:
        folder = pair.text.parent
        if folder not in metadata:
            metadata[folder] = _metadata(folder / METADATA, pair.folder, parsed)
        # SpotIt's export lists its articles in pack order; others keep file-name order.
        names = list(metadata[folder])
        stem = pair.text.stem
        order[pair.text] = names.index(stem) if stem in names else len(names)
    pairs.sort(key=lambda pair: (str(pair.text.parent), order[pair.text]))
    for pair in pairs:
        try:
            doc = _document(pair, offsets, parsed)
        except RefusedFile as exc:
            if pair.folder is None:
                raise
            parsed.skipped.append(f"{exc}; skipped")
            continue
        doc.article = spotit_meta(metadata[pair.text.parent].get(pair.text.stem))
        doc.title = doc.article.get("headline", "")
        parsed.documents.append(doc)
    if not parsed.documents:
        raise InputError(f"{', '.join(map(str, paths))}: no brat document could be read")
    return parsed


def _metadata(path: Path, folder: Path | None, parsed: Parsed) -> dict:
    if not os.path.lexists(path):
        return {}
    try:
        data = read_json(path, folder)
    except RefusedFile as exc:
        if folder is None:
            raise
        parsed.skipped.append(f"{exc}; skipped")
        return {}
    if not isinstance(data, dict):
        raise InputError(f"{path}: expected an object of article metadata by file name")
    return data


def _document(pair: _Pair, offsets: str, parsed: Parsed) -> Document:
    text_path, ann_path = pair.text, pair.ann
    text = decode_text(read_bytes(text_path, pair.folder), text_path, keep_bom=True)
    doc = Document(text_path.stem, text, [], str(text_path))
    if not os.path.lexists(ann_path):
        parsed.notes.append(f"{text_path}: no {ann_path.name}; imported without annotations")
        return doc
    lines = decode_text(read_bytes(ann_path, pair.folder), ann_path).split("\n")
    notes: dict[str, list[str]] = {}
    bound: list[tuple[int, str, str, str, str | None]] = []  # line, id, label, pieces, text
    ignored: dict[str, int] = {}
    for lineno, line in enumerate(lines, 1):
        line = line.removesuffix("\r")
        if not line.strip():
            continue
        fields = line.split("\t", 2)
        kind = line[0]
        if kind == "T" and len(fields) >= 2 and " " in fields[1]:
            label, pieces = fields[1].split(" ", 1)
            bound.append(
                (lineno, fields[0], label, pieces, fields[2] if len(fields) == 3 else None)
            )
        elif kind == "#" and len(fields) == 3 and fields[1].startswith("AnnotatorNotes "):
            notes.setdefault(fields[1].split(" ", 1)[1].strip(), []).append(fields[2])
        elif kind in _KINDS or kind == "#":
            name = _KINDS.get(kind, "comments")
            ignored[name] = ignored.get(name, 0) + 1
        else:
            shown = line if len(line) <= 60 else line[:57] + "..."
            parsed.unplaced.append(
                Unplaced(f"{ann_path}:{lineno}", "", shown, "not a brat annotation line")
            )
    if ignored:
        counted = ", ".join(f"{n} {kind}" for kind, n in sorted(ignored.items()))
        parsed.notes.append(f"{ann_path}: no SpotIt equivalent, not imported: {counted}")
    reader = OffsetReader(text, offsets, line_breaks_as_spaces=True)
    reader.settle([(_fragments(pieces) or [], claimed) for _, _, _, pieces, claimed in bound])
    for lineno, ann_id, label, pieces, claimed in bound:
        where = f"{ann_path}:{lineno}"
        note = "\n".join(notes.get(ann_id, []))
        doc.spans += _spans(text, reader, where, ann_id, label, pieces, claimed, note, parsed)
    if reader.converted:
        parsed.notes.append(utf16_note(str(ann_path), reader.converted))
    return doc


def _fragments(pieces: str) -> list[tuple[object, object]] | None:
    """``"0 5;7 9"`` -> [(0, 5), (7, 9)]; None if malformed."""
    fragments: list[tuple[object, object]] = []
    for piece in pieces.split(";"):
        match = _FRAGMENT.match(piece.strip())
        if match is None:
            return None
        fragments.append((int(match[1]), int(match[2])))
    return fragments


def _spans(
    text: str,
    reader: OffsetReader,
    where: str,
    ann_id: str,
    label: str,
    pieces: str,
    claimed: str | None,
    note: str,
    parsed: Parsed,
) -> list[Span]:
    shown = claimed or ""
    name = check_label(label)
    if name is None:
        parsed.unplaced.append(Unplaced(where, label, shown, label_problem(label)))
        return []
    fragments = _fragments(pieces)
    if fragments is None:
        reason = f"offsets {pieces!r} are not 'START END[;START END...]'"
        parsed.unplaced.append(Unplaced(where, name, shown, reason))
        return []
    placed = reader.place_fragments(fragments, claimed)
    if isinstance(placed, str):
        parsed.unplaced.append(Unplaced(where, name, shown, placed))
        return []
    placed.sort()
    # Pieces with only line breaks between them are one span across lines.
    joined = [placed[0]]
    for start, end in placed[1:]:
        gap = text[joined[-1][1] : start]
        if start >= joined[-1][1] and gap.strip("\r\n") == "":
            joined[-1] = (joined[-1][0], end)
        else:
            joined.append((start, end))
    if len(joined) > 1:
        parsed.notes.append(
            f"{where}: discontinuous annotation {ann_id} split into {len(joined)} annotations"
        )
    return [Span(s, e, name, note, where) for s, e in joined]


def write(documents: list[Document], out: Path) -> list[str]:
    """Write each document as ``ID.txt`` + ``ID.ann`` in the folder ``out``, plus
    ``annotation.conf`` listing the labels; returns notes on what brat cannot hold."""
    notes: list[str] = []
    names: set[str] = set()
    labels: set[str] = set()
    metadata: dict[str, dict] = {}
    out.mkdir(parents=True, exist_ok=True)
    for doc in documents:
        name = unique_name(slugify(doc.article.get("id") or doc.key, "document"), names)
        names.add(name)
        if doc.article:
            metadata[name] = doc.article
        lines = []
        for k, span in enumerate(doc.spans, 1):
            labels.add(span.label)
            pieces = [m.span() for m in _LINE_PIECES.finditer(doc.text, span.start, span.end)]
            if not pieces:
                notes.append(f"{name}: annotation {k} covers only line breaks; brat cannot hold it")
                continue
            if pieces[0][0] != span.start or pieces[-1][1] != span.end:
                notes.append(
                    f"{name}: annotation {k} starts or ends with a line break, "
                    "which brat cannot hold; written without it"
                )
            offsets_text = ";".join(f"{s} {e}" for s, e in pieces)
            covered = " ".join(doc.text[s:e] for s, e in pieces)
            lines.append(f"T{k}\t{span.label} {offsets_text}\t{covered}")
            if span.note:
                flat = _LINE_BREAKS.sub(" ", span.note)
                if flat != span.note:
                    notes.append(
                        f"{name}: the explanation of annotation {k} was put on one line "
                        "(brat notes are single lines)"
                    )
                lines.append(f"#{k}\tAnnotatorNotes T{k}\t{flat}")
        write_atomic(out / f"{name}.txt", doc.text.encode("utf-8"))
        write_atomic(out / f"{name}.ann", "".join(f"{line}\n" for line in lines).encode("utf-8"))
    conf = "[entities]\n" + "".join(f"{label}\n" for label in sorted(labels))
    conf += "\n[relations]\n\n[events]\n\n[attributes]\n"
    write_atomic(out / "annotation.conf", conf.encode("utf-8"))
    if metadata:
        text = json.dumps(metadata, ensure_ascii=False, indent=1)
        write_atomic(out / METADATA, text.encode("utf-8"))
    return notes
