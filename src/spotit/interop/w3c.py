"""W3C Web Annotation JSON / JSON-LD (https://www.w3.org/TR/annotation-model/).

Input may be one annotation, a list of them, an ``AnnotationPage`` or an
``AnnotationCollection`` whose pages are embedded. A span is an annotation's target:
``target.source`` names the document and ``target.selector`` places the passage with a
``TextQuoteSelector`` (``exact``, ``prefix``, ``suffix``) and/or a
``TextPositionSelector`` (``start``, ``end``, in code points). When both are given the
position is checked against the quote; a position that does not match (or no position)
falls back to finding the quote, with prefix/suffix choosing between repeats. A body
with ``purpose: "tagging"`` is the label, one with ``"commenting"`` or ``"describing"``
(or a ``bodyValue``) the explanation; a body without a purpose takes the annotation's
``motivation``.

Web Annotations do not carry the document text. The import takes it from
``--text SOURCE=FILE`` or from a collection's ``"spotit:documents"`` list, which SpotIt's
export writes: ``[{"source": IRI, "text": "...", "article": {...}}]``.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

from spotit.core.anchoring import context, context_match, occurrences
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
    label_problem,
    read_bytes,
    read_json,
    spotit_meta,
    utf16_note,
)

NAME = "w3c"
CONTEXT = "http://www.w3.org/ns/anno.jsonld"
#: The extension field holding the documents' texts, and its JSON-LD namespace.
DOCUMENTS = "spotit:documents"
NAMESPACE = "https://spotit.invalid/ns#"
_MAX_PAGES = 10_000


def _types(node: dict) -> set[str]:
    kind = node.get("type", node.get("@type", ()))
    return {kind} if isinstance(kind, str) else {k for k in kind if isinstance(k, str)}


def _annotations(data: object, path: Path) -> tuple[list[object], list[object]]:
    """(annotations, embedded documents) of one file."""
    if isinstance(data, list):
        return data, []
    if not isinstance(data, dict):
        raise InputError(f"{path}: expected a Web Annotation, a list, a page or a collection")
    kinds = _types(data)
    documents = data.get(DOCUMENTS, [])
    if not isinstance(documents, list):
        raise InputError(f"{path}: '{DOCUMENTS}' must be a list")
    if "Annotation" in kinds:
        return [data], documents
    if "AnnotationPage" in kinds:
        page: object = data
    elif "AnnotationCollection" in kinds or "first" in data or "items" in data:
        page = data.get("first", data)
    else:
        raise InputError(f"{path}: expected a Web Annotation, a list, a page or a collection")
    items: list[object] = []
    for _ in range(_MAX_PAGES):
        if isinstance(page, str):
            raise InputError(
                f"{path}: the collection links to its pages ({page}) instead of embedding them"
            )
        if not isinstance(page, dict) or not isinstance(page.get("items", []), list):
            raise InputError(f"{path}: an annotation page must be an object with an 'items' list")
        items += page.get("items", [])
        page = page.get("next")
        if page is None:
            break
    return items, documents


class _Source:
    """One document named by ``target.source``: its text and the spans placed in it."""

    def __init__(self, iri: str, text: str, where: str, offsets: str, article: dict) -> None:
        self.iri, self.where, self.article = iri, where, article
        self.doc = Document(
            _key(iri, article), text, [], where, article.get("headline", ""), article
        )
        self.reader = OffsetReader(text, offsets)


def _key(iri: str, article: dict) -> str:
    """A short name for a document: its article id, else the last part of its IRI."""
    if article.get("id"):
        return article["id"]
    return re.split(r"[/:#?=]", iri.rstrip("/"))[-1] or iri


def read(
    paths: list[Path],
    offsets: str = "auto",
    texts: dict[str, Path] | None = None,
    default_text: Path | None = None,
) -> Parsed:
    """Read Web Annotation files. ``texts`` maps a source IRI to the file holding its text;
    ``default_text`` is the text of the one source that has none otherwise."""
    parsed = Parsed()
    sources: dict[str, _Source] = {}
    found: list[tuple[str, object]] = []  # (where, annotation)
    for path in paths:
        items, documents = _annotations(read_json(path), path)
        for n, entry in enumerate(documents, 1):
            if not (
                isinstance(entry, dict)
                and isinstance(entry.get("source"), str)
                and isinstance(entry.get("text"), str)
            ):
                raise InputError(f"{path}: {DOCUMENTS} entry {n} needs 'source' and 'text'")
            sources.setdefault(
                entry["source"],
                _Source(
                    entry["source"],
                    entry["text"],
                    f"{path}: document {n}",
                    offsets,
                    spotit_meta(entry.get("article")),
                ),
            )
        for n, item in enumerate(items, 1):
            where = f"{path}: annotation {n}"
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                where += f" ({item['id']})"
            found.append((where, item))
    for iri, file in (texts or {}).items():
        text = decode_text(read_bytes(file), file, keep_bom=True)
        sources[iri] = _Source(iri, text, str(file), offsets, {})
    needed: dict[str, str] = {}  # source without a text -> the first annotation naming it
    named: set[str] = set()
    for where, item in found:
        for target in _targets(item):
            iri = _source_of(target)
            named.add(iri)
            if iri and iri not in sources:
                needed.setdefault(iri, where)
    for iri in (texts or {}).keys() - named:
        parsed.notes.append(
            f"--text {iri}=...: no annotation names this source; imported without annotations"
        )
    if default_text is not None:
        if len(needed) != 1:
            raise InputError(
                f"--text {default_text}: give it as --text SOURCE=FILE, the annotations name "
                f"{len(needed)} sources without a text"
            )
        text = decode_text(read_bytes(default_text), default_text, keep_bom=True)
        (iri,) = needed
        sources[iri] = _Source(iri, text, str(default_text), offsets, {})
        needed = {}
    if needed:
        iri, where = next(iter(needed.items()))
        others = f" (and {len(needed) - 1} other source(s))" if len(needed) > 1 else ""
        raise InputError(
            f"{where}: no text for source {iri!r}{others}: give it with --text '{iri}=FILE'"
        )
    # A tool counts positions one way for a whole document: settle each document's way
    # from all the positions that name it before placing any.
    positions: dict[str, list] = {}
    for _, item in found:
        for target in _targets(item):
            quote, position = _selectors(target)
            if position is not None and _source_of(target) in sources:
                exact = quote.get("exact") if quote else None
                positions.setdefault(_source_of(target), []).append(
                    (
                        [(position.get("start"), position.get("end"))],
                        exact if isinstance(exact, str) else None,
                    )
                )
    for iri, items in positions.items():
        sources[iri].reader.settle(items)
    for where, item in found:
        _place(item, where, sources, parsed)
    for source in sources.values():
        if source.reader.converted:
            parsed.notes.append(utf16_note(source.where, source.reader.converted))
        parsed.documents.append(source.doc)
    return parsed


def _targets(item: object) -> list[object]:
    if not isinstance(item, dict):
        return []
    targets = item.get("target", [])
    return targets if isinstance(targets, list) else [targets]


def _source_of(target: object) -> str:
    if isinstance(target, str):
        return target
    if isinstance(target, dict):
        source = target.get("source")
        if isinstance(source, dict):
            source = source.get("id", source.get("@id"))
        if isinstance(source, str):
            return source
    return ""


def _bodies(item: dict) -> tuple[list[object], list[str], int]:
    """(tags, explanations, bodies of no known use) of one annotation."""
    motivation = item.get("motivation")
    motivations = {motivation} if isinstance(motivation, str) else set(motivation or ())
    bodies = item.get("body", [])
    bodies = bodies if isinstance(bodies, list) else [bodies]
    tags: list[object] = []
    notes: list[str] = []
    unknown = 0
    if isinstance(item.get("bodyValue"), str):
        notes.append(item["bodyValue"])
    for body in bodies:
        if not isinstance(body, dict) or "value" not in body:
            unknown += 1
            continue
        purpose = body.get("purpose")
        purposes = {purpose} if isinstance(purpose, str) else set(purpose or ()) or motivations
        if "tagging" in purposes:
            tags.append(body["value"])
        elif purposes & {"commenting", "describing"} and isinstance(body["value"], str):
            notes.append(body["value"])
        else:
            unknown += 1
    return tags, notes, unknown


def _place(item: object, where: str, sources: dict[str, _Source], parsed: Parsed) -> None:
    if not isinstance(item, dict):
        parsed.unplaced.append(Unplaced(where, "", repr(item)[:60], "not an annotation object"))
        return
    tags, notes, unknown = _bodies(item)
    if unknown:
        parsed.notes.append(f"{where}: {unknown} body/bodies that are neither a tag nor a comment")
    targets = _targets(item)
    if not targets:
        parsed.unplaced.append(Unplaced(where, "", "", "no target"))
        return
    for target in targets:
        quote, position = _selectors(target)
        exact = quote.get("exact") if quote else None
        shown = exact if isinstance(exact, str) else ""
        labels = [check_label(t) for t in tags]
        if not tags:
            parsed.unplaced.append(Unplaced(where, "", shown, "no tagging body (the label)"))
            return
        for tag, label in zip(tags, labels, strict=True):
            if label is None:
                parsed.unplaced.append(Unplaced(where, str(tag), shown, label_problem(tag)))
        if not any(labels):
            return
        source = sources[_source_of(target)] if _source_of(target) else None
        if source is None:
            parsed.unplaced.append(Unplaced(where, "", shown, "the target names no source"))
            return
        if quote is None and position is None:
            reason = "no TextQuoteSelector or TextPositionSelector (the whole document?)"
            parsed.unplaced.append(Unplaced(where, "", shown, reason))
            return
        placed = _span(source, quote, position, where, parsed)
        if isinstance(placed, str):
            for label in filter(None, labels):
                parsed.unplaced.append(Unplaced(where, label, shown, placed))
            continue
        for label in filter(None, labels):
            source.doc.spans.append(Span(placed[0], placed[1], label, "\n\n".join(notes), where))


def _is(selector: object, kind: str) -> bool:
    return isinstance(selector, dict) and kind in _types(selector)


def _selectors(target: object) -> tuple[dict | None, dict | None]:
    """The target's TextQuoteSelector and TextPositionSelector (None where absent)."""
    selectors = target.get("selector", []) if isinstance(target, dict) else []
    selectors = selectors if isinstance(selectors, list) else [selectors]
    quote = next((s for s in selectors if _is(s, "TextQuoteSelector")), None)
    position = next((s for s in selectors if _is(s, "TextPositionSelector")), None)
    return quote, position


def _span(
    source: _Source, quote: dict | None, position: dict | None, where: str, parsed: Parsed
) -> tuple[int, int] | str:
    exact = quote.get("exact") if quote else None
    if quote is not None and not (isinstance(exact, str) and exact):
        return "the TextQuoteSelector has no 'exact' text"
    reason = ""
    if position is not None:
        placed = source.reader.place(position.get("start"), position.get("end"), exact)
        if not isinstance(placed, str):
            return placed
        reason = placed
    if exact is None:
        return reason
    text = source.doc.text
    starts = occurrences(text, exact)
    if not starts:
        return f"quote not found in the text of {source.iri}"
    prefix, suffix = quote.get("prefix", ""), quote.get("suffix", "")  # type: ignore[union-attr]
    prefix = prefix if isinstance(prefix, str) else ""
    suffix = suffix if isinstance(suffix, str) else ""
    scores = sorted(
        ((context_match(text, s, s + len(exact), prefix, suffix), s) for s in starts), reverse=True
    )
    if len(scores) > 1 and scores[0][0] == scores[1][0]:
        return f"the quote appears {len(starts)} times and its prefix/suffix do not tell them apart"
    start = scores[0][1]
    if position is not None:
        parsed.notes.append(f"{where}: {reason}; placed by its quote instead")
    return start, start + len(exact)


def write(documents: list[Document], out: Path, collection: str = "spotit") -> list[str]:
    """Write documents as one AnnotationCollection (JSON-LD) with their texts embedded."""
    base = f"urn:spotit:{collection}"
    items = []
    embedded = []
    for doc in documents:
        iri = f"{base}:{doc.article.get('id') or doc.key}"
        entry: dict = {"source": iri, "text": doc.text}
        if doc.article:
            entry["article"] = doc.article
        embedded.append(entry)
        for k, span in enumerate(doc.spans, 1):
            prefix, suffix = context(doc.text, span.start, span.end)
            bodies: list[dict] = [
                {"type": "TextualBody", "purpose": "tagging", "value": span.label}
            ]
            if span.note:
                bodies.append(
                    {
                        "type": "TextualBody",
                        "purpose": "commenting",
                        "value": span.note,
                        "format": "text/markdown",
                    }
                )
            items.append(
                {
                    "id": f"{iri}:annotation:{k}",
                    "type": "Annotation",
                    "body": bodies,
                    "target": {
                        "source": iri,
                        "selector": [
                            {
                                "type": "TextQuoteSelector",
                                "exact": doc.text[span.start : span.end],
                                "prefix": prefix,
                                "suffix": suffix,
                            },
                            {
                                "type": "TextPositionSelector",
                                "start": span.start,
                                "end": span.end,
                            },
                        ],
                    },
                }
            )
    data = {
        "@context": [CONTEXT, {"spotit": NAMESPACE}],
        "id": base,
        "type": "AnnotationCollection",
        "total": len(items),
        DOCUMENTS: embedded,
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }
    write_atomic(out, json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"))
    return []
