"""Imported documents -> a content pack; a content pack -> documents to export.

An imported text goes through the same rendering as a written article
(``content.render``: Markdown -> blocks -> canonical text), so that an imported
pack exported as a source folder builds back to the same text, offsets and
categories. Its first line is the headline (when the source gives a title that is
not that line, or the text is one line, the headline is put before the text); each
further line becomes a Markdown paragraph, escaped so that it renders to itself.
What Markdown cannot keep (CR line ends, runs of spaces and tabs, blank lines at
the edges, control characters) is normalised here, once: the spans are moved onto
the rendered text and the import notes what moved. See docs/authoring.md.
"""

from __future__ import annotations

import colorsys
import itertools
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from spotit.content.render import render
from spotit.content.source import PackSource, SourceArticle
from spotit.core.anchoring import context
from spotit.core.blocks import Block
from spotit.core.model import Annotation, ArticleMeta, PackMeta
from spotit.core.naming import slugify, unique_name
from spotit.core.taxonomy import DEFAULT_TAXONOMY, Category, category_problem
from spotit.interop.model import MAX_LABEL_CHARS, Document, InputError, Parsed, Span, Unplaced
from spotit.store.pack import (
    MAX_ANNOTATIONS_PER_ARTICLE,
    MAX_ARTICLES,
    MAX_FIELD_CHARS,
    MAX_TEXT_CHARS,
    Pack,
    build_pack,
    open_pack,
)

#: Colours given to categories made from imported labels, in order (never the only cue:
#: the reader always shows the category's name and number too).
PALETTE = (
    "#0072b2", "#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9",
    "#8c564b", "#7f7f7f", "#9467bd", "#d62728", "#17becf", "#bcbd22",
)  # fmt: skip
#: Default categories by id: a label that is one of these ids becomes that category.
DEFAULTS = {c.id: c for c in DEFAULT_TAXONOMY}
#: Longest headline made from an article's first line.
HEADLINE_CHARS = 100


@dataclass
class ImportResult:
    """What an import wrote, and what it could not place."""

    path: Path
    articles: list[str] = field(default_factory=list)  # ids of the articles added
    annotations: int = 0
    new_categories: list[Category] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    unplaced: list[Unplaced] = field(default_factory=list)
    #: files and texts not imported at all, one line each naming it and why
    skipped: list[str] = field(default_factory=list)


# -- labels -> categories ------------------------------------------------------------


def _labels_in_order(documents: list[Document]) -> list[str]:
    seen: dict[str, None] = {}
    for doc in documents:
        for span in doc.spans:
            seen.setdefault(span.label, None)
    return list(seen)


_SEPARATORS = re.compile(r"[_\s]+|(?<=[^\W\d_])-(?=[^\W\d_])")


def readable_name(label: str) -> str:
    """A label as a category name a learner reads: ``Appeal_to_Authority`` and
    ``APPEAL_TO_AUTHORITY`` -> ``Appeal to authority``.

    Underscores and a hyphen between two letters are spaces; a label shouting in capitals
    is put in sentence case; a word capitalised only at its first letter is lower-cased
    after the first, and other words (``WHO``, ``iPhone``, ``COVID-19``) are kept.
    """
    words = _SEPARATORS.sub(" ", label).split()
    if not words:
        return label.strip()
    if len(words) > 1 and all(w.upper() == w for w in words):
        words = [w.lower() for w in words]
    rest = [w.lower() if w[:1].isupper() and w[1:].islower() else w for w in words[1:]]
    first = words[0][:1].upper() + words[0][1:] if words[0].islower() else words[0]
    return " ".join([first, *rest])


def imported_category(cid: str, label: str, format_name: str, color: str, name: str) -> Category:
    """A category made from an imported label: no field left empty (a learner's feedback
    shows the description and "How to check:"), each saying honestly where it came from."""
    return Category(
        cid,
        name,
        f"Marked “{label}” in {format_name}; the import gave no description of this kind "
        "of red flag.",
        "The import gave no advice on checking it: compare the passage with the "
        "explanation of the flag, and look for the original source.",
        color,
    )


def distinct_colors(taken: set[str]) -> Iterator[str]:
    """Colours for new categories, none of them in ``taken`` or given twice: the palette
    first, then hues spaced by the golden angle (as many as are asked for)."""
    seen = {c.lower() for c in taken}
    for color in PALETTE:
        if color not in seen:
            seen.add(color)
            yield color
    for n in itertools.count():
        r, g, b = colorsys.hls_to_rgb((n * 0.618033988749895) % 1, 0.42, 0.65)
        color = f"#{round(r * 255):02x}{round(g * 255):02x}{round(b * 255):02x}"
        if color not in seen:
            seen.add(color)
            yield color


def categories_for_new_pack(
    labels: list[str],
    mapping: dict[str, str],
    format_name: str = "another tool",
    names: dict[str, str] | None = None,
    existing: Sequence[Category] = (),
) -> tuple[dict[str, str], list[Category]]:
    """Each label becomes a category: its id slugified (or as ``mapping`` says), its name
    made readable (:func:`readable_name`) unless ``names`` gives one, its own colour, and a
    description and a hint that say it came from an import.

    A label that is the id of a default-taxonomy category (as in SpotIt's own exports), or
    that ``mapping`` maps onto one, becomes that category, with its name, description and
    hint. ``existing`` are categories the new ones join (an existing pack's): their ids,
    colours and names are taken. InputError if two categories would have the same name
    given in ``names``.
    """
    names = {label: name.strip() for label, name in (names or {}).items() if name.strip()}
    for label, name in names.items():
        if len(name) > MAX_LABEL_CHARS:
            raise InputError(
                f"label {label!r}: a category name is at most {MAX_LABEL_CHARS} characters"
            )
    for label, target in mapping.items():
        if category_problem(target, "") is not None:
            raise InputError(
                f"--map {label}={target}: {target!r} is not a category id "
                "(lower-case letters, digits and dashes)"
            )
    to_id: dict[str, str] = {}
    made: dict[str, Category | str] = {}  # id -> a default category, or the label naming it
    taken: set[str] = set(mapping.values()) | {c.id for c in existing}
    for label in labels:
        cid = mapping.get(label) or unique_name(slugify(label, "category"), taken)
        taken.add(cid)
        to_id[label] = cid
        if cid not in made:  # several labels may map to one category: the first names it
            default = DEFAULTS.get(cid) if cid == label or label in mapping else None
            made[cid] = default or label
    kept = [*existing, *(c for c in made.values() if isinstance(c, Category))]
    colors = distinct_colors({c.color for c in kept})
    taken_names = {c.name.casefold() for c in kept}
    categories: list[Category] = []
    for cid, made_from in made.items():
        if isinstance(made_from, Category):
            categories.append(made_from)
            continue
        name = names.get(made_from)
        if name is not None and name.casefold() in taken_names:
            raise InputError(f"label {made_from!r}: the category name {name!r} is taken already")
        if name is None:
            name = readable_name(made_from)
            if name.casefold() in taken_names:  # two labels read the same: keep it as written
                name = made_from
        taken_names.add(name.casefold())
        categories.append(imported_category(cid, made_from, format_name, next(colors), name))
    for category in categories:
        problem = category_problem(category.id, category.color)
        if problem is not None:  # slugify and the palette make valid ones: a bug otherwise
            raise InputError(f"label {category.name!r}: category {problem[1]}")
    return to_id, categories


def categories_in_pack(
    labels: list[str], mapping: dict[str, str], categories: list[Category], pack: Path
) -> dict[str, str]:
    """Map labels onto an existing pack's categories; InputError lists the labels that fit none.

    A label fits a category whose id is the label (or its slug), or whose name is the
    label ignoring case; ``mapping`` (``--map LABEL=CATEGORY``) decides the rest.
    """
    ids = {c.id for c in categories}
    for label, target in mapping.items():
        if target not in ids:
            raise InputError(
                f"--map {label}={target}: {pack} has no category {target!r} "
                f"(it has: {', '.join(sorted(ids))})"
            )
    by_name = {c.name.casefold(): c.id for c in categories}
    to_id: dict[str, str] = {}
    unmapped = []
    for label in labels:
        cid = mapping.get(label)
        if cid is None and label in ids:
            cid = label
        if cid is None and slugify(label) in ids:
            cid = slugify(label)
        if cid is None:
            cid = by_name.get(label.casefold())
        if cid is None:
            unmapped.append(label)
        else:
            to_id[label] = cid
    if unmapped:
        raise InputError(
            f"{pack} has no category for the label(s) {', '.join(map(repr, unmapped))}: "
            f"add --map LABEL=CATEGORY for each (categories: {', '.join(sorted(ids))})"
        )
    return to_id


# -- documents -> articles -------------------------------------------------------------

#: The whitespace Markdown and HTML collapse (ASCII only, as ``content.render`` does).
_ASCII_WS = " \t\n\r\f\v"
_WS = re.compile(f"[{_ASCII_WS}]+")
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_MD_ESCAPE = re.compile(r"([\\`*_\[\]])")
_MD_LINE_START = re.compile(r"^([#>+\-])")
_MD_NUMBERED = re.compile(r"^(\d+)([.)])")
#: A hard line break inside a paragraph: renders as "\n" within the block.
_BREAK = "<br />"


def markdown_line(line: str) -> str:
    """One line of plain text as Markdown that renders to the same text (runs of spaces
    and the line's edges aside: Markdown collapses them)."""
    # Markdown ends a line at a lone CR too: inside a line it can only be a space. Control
    # characters go first (Python-Markdown drops some, which would uncover a "#").
    text = _CONTROLS.sub("", line.replace("\r", " ")).strip()
    text = text.replace("&", "&amp;").replace("<", "&lt;")
    text = _MD_ESCAPE.sub(r"\\\1", text)
    text = _MD_LINE_START.sub(r"\\\1", text)
    return _MD_NUMBERED.sub(r"\1\\\2", text)


def markdown_body(lines: list[str]) -> str:
    """Lines of plain text as a Markdown body whose blocks, joined by "\n", spell them.

    Each line is a paragraph (blocks are joined by one "\n"); blank lines between two
    lines cannot be empty blocks, so those two lines share a paragraph joined by hard
    line breaks, one per "\n". Blank lines at the edges are lost.
    """
    paragraphs: list[str] = []
    gap = 0
    for line in lines:
        md = markdown_line(line)
        if not md:
            gap += 1 if paragraphs else 0
            continue
        if paragraphs and gap:
            paragraphs[-1] += _BREAK * (gap + 1) + md
        else:
            paragraphs.append(md)
        gap = 0
    return "\n\n".join(paragraphs) + "\n" if paragraphs else ""


def _plain(line: str) -> str:
    """A line as a headline renders it: whitespace runs made one space, edges stripped."""
    if line.isprintable() and "  " not in line and line.strip() == line:
        return line  # nothing to change (the usual case, and a quick one to tell)
    return _WS.sub(" ", _CONTROLS.sub("", line)).strip()


def _droppable(ch: str) -> bool:
    # What rendering may drop: whitespace, and control or unassigned characters.
    return ch.isspace() or unicodedata.category(ch) in ("Cc", "Cf", "Co", "Cn", "Cs")


def align(original: str, rendered: str, where: str) -> Sequence[int]:
    """For each character of ``original``, its position in ``rendered`` (-1: dropped).

    Rendering may only drop or collapse whitespace and drop control characters; any other
    difference means the text did not survive Markdown, an InputError naming ``where``.
    """
    if original == rendered:
        return range(len(original))  # the usual case: every character kept where it was
    kept = [-1] * len(original)
    j, n = 0, len(rendered)
    for i, ch in enumerate(original):
        if j < n and rendered[j] == ch:
            kept[i], j = j, j + 1
            continue
        if ch in _ASCII_WS:
            continue  # dropped, or collapsed into a space or line break already matched
        k = j
        while k < n and rendered[k] in " \n":
            k += 1  # spaces or line breaks rendering put in for dropped whitespace
        if k < n and rendered[k] == ch:
            kept[i], j = k, k + 1
        elif _droppable(ch):
            if k < n and rendered[k] == "\ufffd":
                j = k + 1  # the HTML sanitiser replaced it
        else:
            shown = rendered[max(0, j - 20) : j + 20]
            raise InputError(
                f"{where}: the text does not survive Markdown rendering "
                f"({ch!r} became {shown!r}); please report this"
            )
    if _WS.sub("", rendered[j:]):
        raise InputError(f"{where}: Markdown rendering added text; please report this")
    return kept


@dataclass
class RenderedImport:
    """An imported text after the one rendering every article goes through."""

    headline: str
    body: str  # the Markdown body, as a pack source holds it
    blocks: list[Block]
    text: str  # the canonical text
    kept: Sequence[int]  # per character of the imported text: its place in ``text`` (-1: dropped)
    added: int = 0  # characters put before the imported text (a headline it did not hold)
    problem: str = ""  # why the text cannot be an article (nothing else is filled in then)


def _first_line(lines: list[str], start: int = 0) -> int | None:
    """The index of the first line from ``start`` with something to read, or None."""
    return next((k for k in range(start, len(lines)) if _plain(lines[k])), None)


def _headline_line(doc: Document, lines: list[str]) -> int | None:
    """The line of ``doc.text`` that is its headline, or None if the text holds none."""
    first = _first_line(lines)
    if first is None or _first_line(lines, first + 1) is None:
        return None  # a headline needs text after it: an article has a body
    head = _plain(lines[first])
    if len(head) > MAX_FIELD_CHARS:
        return None
    said = doc.article.get("headline_in_text")
    if isinstance(said, bool):
        return first if said else None
    if doc.title:
        return first if _plain(doc.title) == head else None
    return first if len(head) <= HEADLINE_CHARS else None


def render_import(doc: Document) -> RenderedImport | None:
    """Render ``doc.text`` as an article: its headline line (or a headline put before it)
    and the rest as Markdown, through ``content.render`` like every written article.

    None when nothing of the text is left to read.
    """
    lines = doc.text.split("\n")
    first = _headline_line(doc, lines)
    if first is not None:
        headline, before = _plain(lines[first]), ""
        body = markdown_body(lines[first + 1 :])
        original = doc.text
    else:
        first = _first_line(lines)
        fallback = "" if first is None else _plain(lines[first][: HEADLINE_CHARS * 4])
        if len(fallback) > HEADLINE_CHARS:
            fallback = fallback[: HEADLINE_CHARS - 1].rstrip() + "…"
        headline = _plain(doc.title)[:MAX_FIELD_CHARS] or fallback or _plain(doc.key) or "Article"
        before = headline + "\n"
        body = markdown_body(lines)
        original = before + doc.text
    if not body:
        return None
    rendered = render(headline, body)
    if len(rendered.blocks) < 2:
        return None  # only the headline: the body rendered to nothing
    if rendered.problem:
        # Beyond what Markdown is rendered for (see content.render): its plain-text stand-in
        # is not the imported text, so nothing of it can be placed.
        return RenderedImport(headline, body, [], "", [], len(before), rendered.problem)
    kept = align(original, rendered.text, doc.where)
    return RenderedImport(headline, body, rendered.blocks, rendered.text, kept, len(before))


def _placed(rendered: RenderedImport, span: Span) -> tuple[int, int] | str:
    """Where ``span`` is in the rendered text, or why a pack cannot hold it there.

    The span keeps the characters rendering kept, without spaces at its edges (a pack's
    quotes have none); it must stay within one block, as a written flag does.
    """
    shift = rendered.added
    kept = [p for p in rendered.kept[span.start + shift : span.end + shift] if p >= 0]
    text = rendered.text
    if kept:
        start, end = kept[0], kept[-1] + 1
        while start < end and text[start] in " \n":
            start += 1
        while end > start and text[end - 1] in " \n":
            end -= 1
        if start < end:
            if "\n" in text[start:end]:
                return "runs across a line break; a pack's red flags stay within one paragraph"
            return start, end
    return "covers only spaces, line breaks or control characters"


def _article_meta(doc: Document, article_id: str, headline: str) -> ArticleMeta:
    a = doc.article
    return ArticleMeta(
        id=article_id,
        headline=headline,
        byline=a.get("byline", "").strip(),
        outlet=a.get("outlet", "").strip(),
        date=a.get("date", "").strip(),
        difficulty=a.get("difficulty", 1),
        kind=a.get("kind") or ("misinformation" if doc.spans else "credible"),
        tags=tuple(a.get("tags", ())),
    )


def default_explanation(label: str, format_name: str) -> str:
    """The explanation an imported annotation without one gets (a pack's flags need one)."""
    return f"Marked “{label}” in {format_name}; no explanation was given."


def document_article(
    doc: Document,
    article_id: str,
    to_category: dict[str, str],
    result: ImportResult,
    format_name: str = "another tool",
) -> SourceArticle | None:
    """An article for ``doc`` with its spans as annotations (problems go to ``result``);
    None, with a note, when the text has nothing left to read."""
    if len(doc.text) > MAX_TEXT_CHARS:
        raise InputError(f"{doc.where}: text longer than {MAX_TEXT_CHARS} characters")
    rendered = render_import(doc)
    if rendered is None:
        result.skipped.append(f"{doc.where}: no text to read; not imported")
        return None
    if rendered.problem:
        result.skipped.append(f"{doc.where}: {rendered.problem}; not imported")
        return None
    text = rendered.text
    meta = _article_meta(doc, article_id, rendered.headline)
    annotations: list[Annotation] = []
    seen: set[tuple[int, int, str]] = set()
    duplicates = moved = unexplained = 0
    for span in doc.spans:
        placed = _placed(rendered, span)
        if isinstance(placed, str):
            result.unplaced.append(
                Unplaced(span.where, span.label, doc.text[span.start : span.end], placed)
            )
            continue
        start, end = placed
        quote = text[start:end]
        category = to_category[span.label]
        if (start, end, category) in seen:
            duplicates += 1
            continue
        note = span.note.strip()
        if len(quote) > MAX_FIELD_CHARS or len(note) > MAX_FIELD_CHARS:
            what = "span" if len(quote) > MAX_FIELD_CHARS else "explanation"
            result.unplaced.append(
                Unplaced(
                    span.where,
                    span.label,
                    quote,
                    f"{what} longer than {MAX_FIELD_CHARS} characters",
                )
            )
            continue
        if len(annotations) >= MAX_ANNOTATIONS_PER_ARTICLE:
            result.unplaced.append(
                Unplaced(
                    span.where,
                    span.label,
                    quote,
                    f"more than {MAX_ANNOTATIONS_PER_ARTICLE} annotations in one article",
                )
            )
            continue
        seen.add((start, end, category))
        moved += (start, end) != (span.start + rendered.added, span.end + rendered.added)
        if not note:
            unexplained += 1
            note = default_explanation(span.label, format_name)
        prefix, suffix = context(text, start, end)
        annotations.append(Annotation(start, end, category, quote, note, prefix, suffix))
    if duplicates:
        result.notes.append(
            f"{doc.where}: {duplicates} duplicate annotation(s) (same span, same category) kept once"
        )
    if rendered.added:
        result.notes.append(
            f"{doc.where}: the text holds no headline line; {rendered.headline!r} was put "
            f"before it, so its offsets are {rendered.added} higher"
        )
    dropped = rendered.kept.count(-1)
    if dropped:
        result.notes.append(
            f"{doc.where}: Markdown keeps no CR line ends, runs of spaces, tabs, blank lines at "
            f"the edges or control characters: the text was normalised once ({dropped} "
            f"character(s) dropped or made one space) and {moved} annotation(s) moved with it"
        )
    if unexplained:
        result.notes.append(
            f"{doc.where}: {unexplained} annotation(s) had no explanation and were given one "
            "naming their label; write real ones in the pack editor"
        )
    annotations.sort(key=lambda a: (a.start, a.end, a.category))
    from spotit.content.sources import page_links

    return SourceArticle(
        meta,
        rendered.body,
        rendered.blocks,
        text,
        annotations,
        doc.where,
        links=page_links(rendered.blocks),
    )


# -- building ----------------------------------------------------------------------------


def _existing_source(pack: Pack) -> PackSource:
    """Everything ``pack`` holds, as a source to add imported articles to: its articles
    with their links, its lessons, its checks and its source pages, so that importing into
    a pack keeps all of it."""
    from spotit.content.lessons import SourceLesson
    from spotit.content.sources import page_links

    articles = []
    for article_id in pack.article_ids():
        a = pack.article(article_id)
        articles.append(
            SourceArticle(
                a.meta,
                a.body,
                a.blocks,
                a.text,
                a.annotations,
                notes=list(a.notes),
                event=a.event,
                links=page_links(a.blocks),
            )
        )
    lessons = [
        SourceLesson(x.category, x.title, x.order, x.body, list(x.blocks), x.text, x.marks)
        for x in pack.lessons()
    ]
    pages = [page for s in pack.sources() if (page := pack.source(s.id)) is not None]
    return PackSource(
        pack.meta,
        list(pack.categories),
        articles,
        [],
        pack.taxonomy_base,
        lessons=lessons,
        checks=list(pack.checks()),
        sources=pages,
    )


def import_documents(
    parsed: Parsed,
    out: Path,
    *,
    format_name: str,
    into: Path | None = None,
    mapping: dict[str, str] | None = None,
    title: str = "",
    notice: str | None = None,
    names: dict[str, str] | None = None,
    new: Sequence[str] = (),
) -> ImportResult:
    """Build a pack at ``out`` from ``parsed``: a new pack, or ``into`` plus the new articles.

    ``names`` gives the categories made from labels a name of the author's (label ->
    name; the rest are made readable). ``new`` are labels that become categories of their
    own in the ``into`` pack too (``--new LABEL``), added to its categories. ``notice`` is the training notice learners see above every article. A new pack has
    none unless the author writes one: an importer cannot know whether the texts are
    invented, and a false provenance label is worse than none. ``into`` keeps its own
    unless ``notice`` is given.

    InputError (nothing written) for unusable input: labels an existing pack has no
    category for, too many articles, an oversized text.
    """
    notice = None if notice is None else notice.strip()
    if notice is not None and len(notice) > MAX_FIELD_CHARS:
        raise InputError(f"--notice: longer than {MAX_FIELD_CHARS} characters")
    mapping = dict(mapping or {})
    result = ImportResult(
        out, notes=list(parsed.notes), unplaced=list(parsed.unplaced), skipped=list(parsed.skipped)
    )
    labels = _labels_in_order(parsed.documents)
    for label in mapping:
        if label not in labels:
            result.notes.append(f"--map {label}=...: no annotation has the label {label!r}")
    if into is not None:
        with open_pack(into) as pack:
            existing = _existing_source(pack)
        meta, base = existing.meta, existing.taxonomy_base
        categories, articles = existing.categories, existing.articles
        for label in new:
            if label in mapping:
                raise InputError(f"--new {label}: the label is mapped with --map too")
        own = [label for label in labels if label in set(new)]
        to_category = categories_in_pack(
            [label for label in labels if label not in set(new)], mapping, categories, into
        )
        if own:
            to_own, made = categories_for_new_pack(own, {}, format_name, names, categories)
            to_category.update(to_own)
            categories = [*categories, *made]
            result.new_categories = list(made)
    else:
        to_category, categories = categories_for_new_pack(labels, mapping, format_name, names)
        result.new_categories = list(categories)
        meta = PackMeta(
            id=slugify(out.stem, "imported"),
            title=title or out.stem,
            version="1.0",
            description=f"Imported from {format_name}.",
            training_notice=notice or "",
        )
        base, articles = "none", []
        if not categories:
            # A pack needs a category; texts imported without any label are credible controls.
            categories = [imported_category("flag", "flag", format_name, PALETTE[0], "Red flag")]
            result.new_categories = list(categories)
    if title and into is not None:
        meta = replace(meta, title=title)
    if into is not None and notice is not None:
        meta = replace(meta, training_notice=notice)
    if len(articles) + len(parsed.documents) > MAX_ARTICLES:
        raise InputError(f"a pack holds at most {MAX_ARTICLES} articles")
    taken = {a.meta.id for a in articles}
    for doc in parsed.documents:
        wanted = slugify(doc.article.get("id") or doc.key, "article")
        article_id = unique_name(wanted, taken)
        if article_id != wanted:
            result.notes.append(
                f"{doc.where}: article id {wanted!r} was taken; imported as {article_id!r}"
            )
        article = document_article(doc, article_id, to_category, result, format_name)
        if article is None:
            continue
        taken.add(article_id)
        articles.append(article)
        result.articles.append(article_id)
        result.annotations += len(article.annotations)
    if into is not None and notice is None and meta.training_notice:
        result.notes.append(
            f"the training notice of {into} is kept ({meta.training_notice!r}): check that "
            "it holds for the imported articles too (--notice TEXT replaces it)"
        )
    source = PackSource(meta, categories, articles, [], base)
    if into is not None:  # the pack imported into keeps its lessons, checks and web
        source.lessons, source.checks = existing.lessons, existing.checks
        source.sources = existing.sources
    build_pack(source, out)
    return result


# -- packs -> documents ----------------------------------------------------------------


def documents_from_pack(pack: Pack) -> list[Document]:
    """Every article of ``pack`` as a document: its canonical text, its annotations as spans
    labelled with category ids, and its metadata (so an import restores it)."""
    documents = []
    for article_id in pack.article_ids():
        a = pack.article(article_id)
        article = {
            "id": a.meta.id,
            "headline": a.meta.headline,
            "byline": a.meta.byline,
            "outlet": a.meta.outlet,
            "date": a.meta.date,
            "difficulty": a.meta.difficulty,
            "kind": a.meta.kind,
            "tags": list(a.meta.tags),
            "headline_in_text": bool(a.blocks) and a.blocks[0].kind == "headline",
        }
        where = f"{pack.path}: {article_id}"
        spans = [Span(x.start, x.end, x.category, x.explanation, where) for x in a.annotations]
        documents.append(Document(article_id, a.text, spans, where, a.meta.headline, article))
    return documents
