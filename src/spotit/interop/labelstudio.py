"""Label Studio's JSON export: a list of tasks with their annotations.

A task holds its text in ``data.text``; each of its ``annotations`` (one per annotator)
has a ``result`` list. A span is a result of type ``labels`` whose ``value`` has
``start``, ``end``, ``labels`` and usually ``text`` (the covered text, which the offsets
are checked against). A per-region ``textarea`` result (same ``id`` as the span) is the
span's explanation. Older exports call annotations ``completions``.

SpotIt's export puts the article's metadata in ``data.spotit``.
"""

from __future__ import annotations

import json
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
    is_offset,
    label_problem,
    read_json,
    spotit_meta,
    text_field,
    utf16_note,
)

NAME = "labelstudio"


def read(paths: list[Path], offsets: str = "auto") -> Parsed:
    """Read Label Studio JSON exports; InputError for a file or task that is not usable."""
    parsed = Parsed()
    for path in paths:
        data = read_json(path)
        tasks = [data] if isinstance(data, dict) and "data" in data else data
        if not isinstance(tasks, list):
            raise InputError(f"{path}: expected a Label Studio JSON export (a list of tasks)")
        for n, task in enumerate(tasks, 1):
            parsed.documents.append(_document(path, n, task, offsets, parsed))
    return parsed


def _document(path: Path, n: int, task: object, offsets: str, parsed: Parsed) -> Document:
    where = f"{path}: task {n}"
    if not isinstance(task, dict) or not isinstance(task.get("data"), dict):
        raise InputError(f"{where}: a task must be an object with a 'data' object")
    task_id = task.get("id")
    if isinstance(task_id, str | int) and not isinstance(task_id, bool):
        where += f" (id {task_id})"
    data = task["data"]
    text = data.get("text")
    if not isinstance(text, str):
        raise InputError(f"{where}: 'data.text' is missing or not text")
    annotations = task.get("annotations", task.get("completions", []))
    if not isinstance(annotations, list):
        raise InputError(f"{where}: 'annotations' must be a list")
    if task.get("predictions"):
        parsed.notes.append(f"{where}: predictions are not annotations and were not imported")
    used = [a for a in annotations if isinstance(a, dict) and not a.get("was_cancelled")]
    if len(used) < len(annotations):
        parsed.notes.append(
            f"{where}: {len(annotations) - len(used)} cancelled or malformed annotation(s) skipped"
        )
    if len(used) > 1:
        parsed.notes.append(f"{where}: the spans of {len(used)} annotations were merged")
    found: list[tuple[dict, str, str]] = []  # (labels result, its explanation, where)
    ignored: dict[str, int] = {}
    for a, annotation in enumerate(used, 1):
        results = annotation.get("result", [])
        if not isinstance(results, list):
            raise InputError(f"{where}, annotation {a}: 'result' must be a list")
        notes = {
            r.get("id"): "\n".join(t for t in r["value"]["text"] if isinstance(t, str))
            for r in results
            if isinstance(r, dict)
            and r.get("type") == "textarea"
            and isinstance(r.get("value"), dict)
            and isinstance(r["value"].get("text"), list)
            and isinstance(r.get("id"), str)
        }
        for k, result in enumerate(results, 1):
            at = f"{where}, annotation {a}, result {k}"
            kind = result.get("type") if isinstance(result, dict) else None
            if kind == "textarea":
                continue
            if kind != "labels" or not isinstance(result.get("value"), dict):
                name = kind if isinstance(kind, str) else "(malformed)"
                ignored[name] = ignored.get(name, 0) + 1
                continue
            found.append((result, notes.get(result.get("id"), ""), at))
    reader = OffsetReader(text, offsets)
    reader.settle(
        [([(r["value"].get("start"), r["value"].get("end"))], _claimed(r)) for r, _, _ in found]
    )
    spans: list[Span] = []
    for result, note, at in found:
        spans += _spans(result, text, reader, note, at, parsed)
    if ignored:
        kinds = ", ".join(f"{count} of type {kind!r}" for kind, count in sorted(ignored.items()))
        parsed.notes.append(f"{where}: results that are not text spans were not imported: {kinds}")
    if reader.converted:
        parsed.notes.append(utf16_note(where, reader.converted))
    article = spotit_meta(data.get("spotit"))
    title = article.get("headline") or text_field(data, "title", "headline")
    key = str(task_id) if isinstance(task_id, str | int) else f"task-{n}"
    return Document(key, text, spans, where, title, article)


def _claimed(result: dict) -> str | None:
    """The text a labels result says it covers (Label Studio may leave it out)."""
    claimed = result["value"].get("text")
    return claimed if isinstance(claimed, str) else None


def _spans(
    result: dict, text: str, reader: OffsetReader, note: str, where: str, parsed: Parsed
) -> list[Span]:
    value = result["value"]
    start, end, claimed = value.get("start"), value.get("end"), _claimed(result)
    shown = claimed or ""
    if not shown and is_offset(start) and is_offset(end):
        shown = text[start:end]
    labels = value.get("labels")
    if not isinstance(labels, list) or not labels:
        parsed.unplaced.append(Unplaced(where, "", shown, "no labels"))
        return []
    placed = reader.place(start, end, claimed)
    spans = []
    for label in labels:
        name = check_label(label)
        if name is None:
            parsed.unplaced.append(Unplaced(where, str(label), shown, label_problem(label)))
        elif isinstance(placed, str):
            parsed.unplaced.append(Unplaced(where, name, shown, placed))
        else:
            spans.append(Span(placed[0], placed[1], name, note, where))
    return spans


def write(documents: list[Document], out: Path) -> list[str]:
    """Write documents as a Label Studio JSON export at ``out`` (atomically)."""
    tasks = []
    for n, doc in enumerate(documents, 1):
        results: list[dict] = []
        for k, span in enumerate(doc.spans, 1):
            region = f"spotit-{k}"
            value = {
                "start": span.start,
                "end": span.end,
                "text": doc.text[span.start : span.end],
                "labels": [span.label],
            }
            results.append(
                {
                    "id": region,
                    "from_name": "label",
                    "to_name": "text",
                    "type": "labels",
                    "value": value,
                }
            )
            if span.note:
                results.append(
                    {
                        "id": region,
                        "from_name": "explanation",
                        "to_name": "text",
                        "type": "textarea",
                        "value": {"text": [span.note]},
                    }
                )
        data: dict = {"text": doc.text}
        if doc.article:
            data["spotit"] = doc.article
        tasks.append({"id": n, "data": data, "annotations": [{"result": results}]})
    write_atomic(out, json.dumps(tasks, ensure_ascii=False, indent=1).encode("utf-8"))
    return []
