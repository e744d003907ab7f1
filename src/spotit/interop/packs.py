"""Imported documents -> a content pack; a content pack -> documents to export.

An imported text keeps its exact characters, so that every offset the other tool
counted still means the same character: the article is built from blocks, not from
Markdown. The text is cut at each "\\n" into paragraph blocks (an empty line is an
empty block; a "\\r" before the "\\n" stays in the line), and blocks are joined by
"\\n" again, so the canonical text is the original text. When the source names the
text's first line as its title (SpotIt's own exports do), that line is the headline
block. The stored Markdown ``body`` is a best-effort copy for ``spotit pack export``
to a source folder, which renders Markdown and so collapses runs of spaces.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from spotit.content.blocks import Block, Run, canonical_text
from spotit.content.source import PackSource, SourceArticle
from spotit.core.anchoring import context
from spotit.core.model import Annotation, ArticleMeta, PackMeta
from spotit.core.taxonomy import CATEGORY_ID, DEFAULT_TAXONOMY, Category
from spotit.interop.model import Document, InputError, Parsed, Span, Unplaced, slugify, unique
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


# -- labels -> categories ------------------------------------------------------------


def _labels_in_order(documents: list[Document]) -> list[str]:
    seen: dict[str, None] = {}
    for doc in documents:
        for span in doc.spans:
            seen.setdefault(span.label, None)
    return list(seen)


def categories_for_new_pack(
    labels: list[str], mapping: dict[str, str]
) -> tuple[dict[str, str], list[Category]]:
    """Each label becomes a category: its id slugified (or as ``mapping`` says), its name kept.

    A label that is the id of a default-taxonomy category (as in SpotIt's own exports)
    becomes that category, with its name, description and hint.
    """
    for label, target in mapping.items():
        if not CATEGORY_ID.match(target):
            raise InputError(
                f"--map {label}={target}: {target!r} is not a category id "
                "(lower-case letters, digits and dashes)"
            )
    to_id: dict[str, str] = {}
    categories: dict[str, Category] = {}
    taken: set[str] = set(mapping.values())
    for label in labels:
        cid = mapping.get(label) or unique(slugify(label, "category"), taken)
        to_id[label] = cid
        if cid in categories:
            continue  # several labels may map to one category: the first names it
        default = DEFAULTS.get(label) if cid == label else None
        color = PALETTE[len(categories) % len(PALETTE)]
        categories[cid] = default or Category(cid, label, "", "", color)
    return to_id, list(categories.values())


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


_MD_ESCAPE = re.compile(r"([\\`*_\[\]])")
_MD_LINE_START = re.compile(r"^([#>+\-])")
_MD_NUMBERED = re.compile(r"^(\d+)([.)])")


def markdown_line(line: str) -> str:
    """One line of plain text as a Markdown paragraph that renders to the same text
    (runs of spaces and the line's edges aside: Markdown collapses them)."""
    text = line.strip().replace("&", "&amp;").replace("<", "&lt;")
    text = _MD_ESCAPE.sub(r"\\\1", text)
    text = _MD_LINE_START.sub(r"\\\1", text)
    return _MD_NUMBERED.sub(r"\1\\\2", text)


def article_blocks(text: str, headline_line: bool) -> list[Block]:
    """Blocks whose canonical text is exactly ``text``: one paragraph per line."""
    lines = text.split("\n")
    blocks = []
    for n, line in enumerate(lines):
        runs = (Run(line, bold=True),) if n == 0 and headline_line else (Run(line),)
        kind = "headline" if n == 0 and headline_line else "paragraph"
        blocks.append(Block(kind, runs if line else (), level=1 if kind == "headline" else 0))
    return blocks


def _article_meta(doc: Document, article_id: str) -> tuple[ArticleMeta, bool]:
    first_line = doc.text.split("\n", 1)[0]
    headline_line = doc.article.get("headline_in_text")
    if not isinstance(headline_line, bool):
        headline_line = bool(doc.title) and first_line == doc.title
    headline = doc.title
    if not headline:
        first = next((line.strip() for line in doc.text.split("\n") if line.strip()), "")
        headline = first if len(first) <= HEADLINE_CHARS else first[: HEADLINE_CHARS - 1] + "…"
    a = doc.article
    meta = ArticleMeta(
        id=article_id,
        headline=(headline or doc.key)[:MAX_FIELD_CHARS],
        byline=a.get("byline", ""),
        outlet=a.get("outlet", ""),
        date=a.get("date", ""),
        difficulty=a.get("difficulty", 1),
        kind=a.get("kind") or ("misinformation" if doc.spans else "credible"),
        tags=tuple(a.get("tags", ())),
    )
    return meta, headline_line


def document_article(
    doc: Document, article_id: str, to_category: dict[str, str], result: ImportResult
) -> SourceArticle:
    """An article for ``doc`` with its spans as annotations (problems go to ``result``)."""
    if len(doc.text) > MAX_TEXT_CHARS:
        raise InputError(f"{doc.where}: text longer than {MAX_TEXT_CHARS} characters")
    meta, headline_line = _article_meta(doc, article_id)
    blocks = article_blocks(doc.text, headline_line)
    assert canonical_text(blocks) == doc.text
    annotations: list[Annotation] = []
    seen: set[tuple[int, int, str]] = set()
    duplicates = 0
    for span in doc.spans:
        quote = doc.text[span.start : span.end]
        category = to_category[span.label]
        if (span.start, span.end, category) in seen:
            duplicates += 1
            continue
        if len(quote) > MAX_FIELD_CHARS or len(span.note) > MAX_FIELD_CHARS:
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
        seen.add((span.start, span.end, category))
        prefix, suffix = context(doc.text, span.start, span.end)
        annotations.append(
            Annotation(span.start, span.end, category, quote, span.note, prefix, suffix)
        )
    if duplicates:
        result.notes.append(
            f"{doc.where}: {duplicates} duplicate annotation(s) (same span, same category) kept once"
        )
    annotations.sort(key=lambda a: (a.start, a.end, a.category))
    lines = doc.text.split("\n")[1 if headline_line else 0 :]
    body = "\n\n".join(md for md in map(markdown_line, lines) if md) + "\n"
    return SourceArticle(meta, body, blocks, doc.text, annotations, doc.where)


# -- building ----------------------------------------------------------------------------


def _existing_articles(pack: Pack) -> list[SourceArticle]:
    articles = []
    for article_id in pack.article_ids():
        a = pack.article(article_id)
        articles.append(SourceArticle(a.meta, a.body, a.blocks, a.text, a.annotations))
    return articles


def import_documents(
    parsed: Parsed,
    out: Path,
    *,
    format_name: str,
    into: Path | None = None,
    mapping: dict[str, str] | None = None,
    title: str = "",
) -> ImportResult:
    """Build a pack at ``out`` from ``parsed``: a new pack, or ``into`` plus the new articles.

    InputError (nothing written) for unusable input: labels an existing pack has no
    category for, too many articles, an oversized text.
    """
    mapping = dict(mapping or {})
    result = ImportResult(out, notes=list(parsed.notes), unplaced=list(parsed.unplaced))
    labels = _labels_in_order(parsed.documents)
    for label in mapping:
        if label not in labels:
            result.notes.append(f"--map {label}=...: no annotation has the label {label!r}")
    if into is not None:
        with open_pack(into) as pack:
            meta, base = pack.meta, pack.taxonomy_base
            categories = list(pack.categories)
            articles = _existing_articles(pack)
        to_category = categories_in_pack(labels, mapping, categories, into)
    else:
        to_category, categories = categories_for_new_pack(labels, mapping)
        result.new_categories = list(categories)
        meta = PackMeta(
            id=slugify(out.stem, "imported"),
            title=title or out.stem,
            version="1.0",
            description=f"Imported from {format_name}.",
        )
        base, articles = "none", []
        if not categories:
            # A pack needs a category; texts imported without any label are credible controls.
            categories = [Category("flag", "Red flag", "", "", PALETTE[0])]
            result.new_categories = list(categories)
    if title and into is not None:
        meta = replace(meta, title=title)
    if len(articles) + len(parsed.documents) > MAX_ARTICLES:
        raise InputError(f"a pack holds at most {MAX_ARTICLES} articles")
    taken = {a.meta.id for a in articles}
    for doc in parsed.documents:
        wanted = slugify(doc.article.get("id") or doc.key, "article")
        article_id = unique(wanted, taken)
        if article_id != wanted:
            result.notes.append(
                f"{doc.where}: article id {wanted!r} was taken; imported as {article_id!r}"
            )
        article = document_article(doc, article_id, to_category, result)
        articles.append(article)
        result.articles.append(article_id)
        result.annotations += len(article.annotations)
    source = PackSource(meta, categories, articles, [], base)
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
