"""doccano's sequence-labelling JSONL: one JSON object per line.

Each line holds ``"text"`` and its spans, either as ``"label": [[start, end, "LABEL"], ...]``
(also spelled ``"labels"``) or as ``"entities": [{"start_offset", "end_offset", "label"}, ...]``;
``"id"`` and ``"meta"`` are optional. doccano gives no covered text per span, so offsets
can only be checked against the length of the text.

SpotIt's export adds a ``"spotit"`` object with the article's metadata and its
explanations, ``"explanations": [[start, end, "LABEL", "text"], ...]``; doccano keeps
unknown fields, and the import reads them back (also from ``"meta"``).
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from spotit.core.files import write_atomic
from spotit.interop.model import (
    Document,
    InputError,
    OffsetReader,
    Parsed,
    Span,
    Unplaced,
    check_label,
    decode_text,
    is_offset,
    label_problem,
    read_bytes,
    spotit_meta,
    text_field,
    utf16_note,
)

NAME = "doccano"


def read(paths: list[Path], offsets: str = "auto") -> Parsed:
    """Read doccano JSONL files; InputError for a line that is not a usable record."""
    parsed = Parsed()
    for path in paths:
        _read_file(path, offsets, parsed)
    return parsed


def _read_file(path: Path, offsets: str, parsed: Parsed) -> None:
    raw = decode_text(read_bytes(path), path)
    # Only "\n" ends a record: JSON strings may hold U+2028, which splitlines() would cut at.
    for lineno, line in enumerate(raw.split("\n"), 1):
        if not line.strip():
            continue
        where = f"{path}:{lineno}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            raise InputError(f"{where}: not valid JSON ({exc.msg})") from None
        except RecursionError:
            raise InputError(f"{where}: JSON nested too deeply") from None
        if not isinstance(record, dict):
            raise InputError(f"{where}: expected a JSON object with a 'text' field")
        parsed.documents.append(_document(record, where, lineno, offsets, parsed))


def _raw_spans(record: dict, where: str, parsed: Parsed) -> list[tuple[object, object, object]]:
    """(start, end, label) as written; malformed items are reported here."""
    spans: list[tuple[object, object, object]] = []
    entities = record.get("entities")
    if entities is not None:
        if not isinstance(entities, list):
            raise InputError(f"{where}: 'entities' must be a list")
        for n, item in enumerate(entities, 1):
            if isinstance(item, dict):
                spans.append((item.get("start_offset"), item.get("end_offset"), item.get("label")))
            else:
                parsed.unplaced.append(
                    Unplaced(where, "", repr(item)[:80], f"entity {n} is not an object")
                )
    labels = record.get("label", record.get("labels"))
    if labels is None:
        return spans
    if not isinstance(labels, list):
        raise InputError(f"{where}: 'label' must be a list of [start, end, label] triples")
    document_labels = []
    for n, item in enumerate(labels, 1):
        if isinstance(item, list) and len(item) == 3:
            spans.append((item[0], item[1], item[2]))
        elif isinstance(item, str):
            document_labels.append(item)
        else:
            parsed.unplaced.append(
                Unplaced(
                    where, "", repr(item)[:80], f"label {n} is not a [start, end, label] triple"
                )
            )
    if document_labels:
        parsed.notes.append(
            f"{where}: labels of the whole text (text classification) are not passages and were "
            f"not imported: {', '.join(map(repr, document_labels))}"
        )
    return spans


def _document(record: dict, where: str, lineno: int, offsets: str, parsed: Parsed) -> Document:
    text = record.get("text")
    if not isinstance(text, str):
        raise InputError(f"{where}: 'text' is missing or not text")
    meta = record.get("meta") if isinstance(record.get("meta"), dict) else {}
    extra = record.get("spotit", meta.get("spotit"))
    article = spotit_meta(extra)
    # Explanations by span; a span listed twice (same offsets and label) takes them in order.
    explanations: dict[tuple, list[str]] = {}
    if isinstance(extra, dict) and isinstance(extra.get("explanations"), list):
        for item in extra["explanations"]:
            if (
                isinstance(item, list)
                and len(item) == 4
                and is_offset(item[0])
                and is_offset(item[1])
                and all(isinstance(v, str) for v in item[2:])
            ):
                explanations.setdefault((item[0], item[1], item[2]), []).append(item[3])
    record_id = record.get("id")
    key = str(record_id) if isinstance(record_id, str | int) else f"line-{lineno}"
    raw = _raw_spans(record, where, parsed)
    reader = OffsetReader(text, offsets)
    reader.settle([([(s, e)], None) for s, e, _ in raw])
    spans = []
    for start, end, label in raw:
        name = check_label(label)
        shown = text[start:end] if is_offset(start) and is_offset(end) else ""  # type: ignore[misc]
        if name is None:
            parsed.unplaced.append(Unplaced(where, str(label), shown, label_problem(label)))
            continue
        placed = reader.place(start, end)
        if isinstance(placed, str):
            parsed.unplaced.append(Unplaced(where, name, shown, placed))
            continue
        waiting = explanations.get((start, end, label))
        note = waiting.pop(0) if waiting else ""
        spans.append(Span(placed[0], placed[1], name, note, where))
    if reader.converted:
        parsed.notes.append(utf16_note(where, reader.converted))
    title = article.get("headline") or text_field(record, "title", "headline")
    title = title or text_field(meta, "title", "headline")
    return Document(key, text, spans, where, title, article)


def write(documents: list[Document], out: Path) -> list[str]:
    """Write documents as doccano JSONL at ``out`` (atomically); returns notes (none)."""
    lines = []
    for n, doc in enumerate(documents, 1):
        record: dict = {
            "id": n,
            "text": doc.text,
            "label": [[s.start, s.end, s.label] for s in doc.spans],
        }
        keys = [(s.start, s.end, s.label) for s in doc.spans]
        repeated = {key for key, count in Counter(keys).items() if count > 1}
        # Every span that has an explanation, and every repeated span (to keep their order).
        explained = [
            [*key, s.note]
            for key, s in zip(keys, doc.spans, strict=True)
            if s.note or key in repeated
        ]
        if doc.article or explained:
            record["spotit"] = {**doc.article, "explanations": explained}
        line = json.dumps(record, ensure_ascii=False)
        # Raw U+2028/U+2029 are valid JSON but end lines for some JSONL readers.
        lines.append(line.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))
    write_atomic(out, ("\n".join(lines) + "\n").encode("utf-8"))
    return []
