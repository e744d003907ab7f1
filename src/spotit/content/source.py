"""Pack sources: a folder with ``pack.toml`` and ``articles/*.md``.

Each article is Markdown with TOML front matter between ``+++`` lines. Its red
flags are ``[[flags]]`` tables anchored by quote (see docs/content-pack.md).
Reading a source never raises for bad content: every problem is collected with
its file and line, so ``spotit pack validate`` can list them all at once, and
with what it is about (a pack field, a category, an article field, a flag), so
the pack editor can take the author to it.

The reader works on a mapping of file names to text (``read_pack_source_files``),
so a draft can be checked without writing it anywhere; ``read_pack_source``
reads a folder into that mapping. Markdown, anchoring and the TOML writer load
only when used: the bundled-pack fingerprint runs at every start.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from spotit.content.checks import CHECKS, is_check_file
from spotit.content.frontmatter import (  # re-exported: the names every reader of sources uses
    BIDI_CONTROLS as BIDI_CONTROLS,
)
from spotit.content.frontmatter import (
    FRONT_MATTER,
    Problem,
    Unreadable,
    _bidi_in_fields,
    _bidi_message,
    _front_matter,
    _Lines,
    _set_fields,
    _toml_line,
    as_written,
    bidi_controls,
    in_folder,
    read_front_matter,
)
from spotit.content.sources import SOURCES, check_rows, is_source_file
from spotit.core.model import (
    ARTICLE_KINDS,
    Anchor,
    Annotation,
    ArticleMeta,
    PackMeta,
    PassageNote,
    language_problem,
)
from spotit.core.taxonomy import ITEM_ID, Category, category_problem, default_taxonomy

if TYPE_CHECKING:
    from spotit.content.lessons import SourceLesson
    from spotit.content.sources import PendingCheck
    from spotit.core.blocks import Block
    from spotit.core.model import Check
    from spotit.core.sources import Link, SourcePage

MAX_ARTICLE_BYTES = 2_000_000
MAX_ARTICLES = 20_000
ARTICLE_ID = ITEM_ID
FALLBACK_COLORS = ("#3d5a80", "#98c1d9", "#ee6c4d", "#293241", "#9a8c98", "#588157")
MANIFEST = "pack.toml"
ARTICLES = "articles"
LESSONS = "lessons"

#: What a problem is about (``Problem.kind``).
PACK, CATEGORY, ARTICLE, FLAG, BODY = "pack", "category", "article", "flag", "body"
NOTE = "note"


@dataclass
class SourceArticle:
    """One article as read from its file: metadata, body, canonical text, annotations."""

    meta: ArticleMeta
    body: str  # the Markdown body, as written
    blocks: list[Block]
    text: str
    annotations: list[Annotation]
    path: str = ""
    #: The author's notes on passages that are fine (``[[notes]]``), in text order.
    notes: list[PassageNote] = field(default_factory=list)
    #: The invented event the article reports (``event``); "" if it names none.
    event: str = ""
    #: Its links inside the pack (``source:ID``, ``article:ID``), spans in ``text``.
    links: tuple[Link, ...] = ()


@dataclass
class PackSource:
    """A pack source as read: what is usable, and every problem found."""

    meta: PackMeta
    categories: list[Category]
    articles: list[SourceArticle] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    #: "default" when the pack keeps the default taxonomy (plus its own categories)
    taxonomy_base: str = "default"
    #: Its lessons (``lessons/*.md``, ``spotit.content.lessons``), in the order learners meet them.
    lessons: list[SourceLesson] = field(default_factory=list)
    #: Its checks of discernment (``checks/*.toml``, ``spotit.content.checks``), by file name.
    checks: list[Check] = field(default_factory=list)
    #: Its source pages (``sources/*.md``, ``spotit.content.sources``), by file name.
    sources: list[SourcePage] = field(default_factory=list)


def ignored(rel: str) -> bool:
    """True for a path (relative to a pack source) that a pack never reads.

    Files and folders whose names start with a dot are not part of a pack
    (docs/content-pack.md): editor swap files, ``.backup/``, ``.git/``.
    """
    return any(part.startswith(".") for part in rel.split("/"))


def is_article_file(rel: str) -> bool:
    """True for a relative path that names an article of a pack source."""
    return is_pack_file(rel, ARTICLES)


def is_pack_file(rel: str, folder: str) -> bool:
    """True for ``folder/NAME.md`` (not a dot-file): an article or a lesson of a pack source."""
    return in_folder(rel, folder)


def source_files(folder: Path) -> list[str]:
    """The files a pack source consists of, relative to ``folder``, in reading order.

    ``pack.toml`` first (if present), then ``articles/*.md`` by file name, then
    ``lessons/*.md`` by file name, then ``checks/*.toml`` by file name, then
    ``sources/*.md`` by file name, leaving out dot-files. The reader reads exactly these, and the bundled-pack fingerprint hashes exactly these, so the two never disagree.
    """
    folder = Path(folder)
    found = [MANIFEST] if (folder / MANIFEST).is_file() else []
    article_dir = folder / ARTICLES
    if article_dir.is_dir():
        found += sorted(
            f"{ARTICLES}/{p.name}"
            for p in article_dir.iterdir()
            if p.is_file() and is_article_file(f"{ARTICLES}/{p.name}")
        )
    lesson_dir = folder / LESSONS
    if lesson_dir.is_dir():
        found += sorted(
            f"{LESSONS}/{p.name}"
            for p in lesson_dir.iterdir()
            if p.is_file() and is_pack_file(f"{LESSONS}/{p.name}", LESSONS)
        )
    check_dir = folder / CHECKS
    if check_dir.is_dir():
        found += sorted(
            f"{CHECKS}/{p.name}"
            for p in check_dir.iterdir()
            if p.is_file() and is_check_file(f"{CHECKS}/{p.name}")
        )
    page_dir = folder / SOURCES
    if page_dir.is_dir():
        found += sorted(
            f"{SOURCES}/{p.name}"
            for p in page_dir.iterdir()
            if p.is_file() and is_source_file(f"{SOURCES}/{p.name}")
        )
    return found


def read_source_files(folder: Path) -> dict[str, str | Unreadable]:
    """The text of every file of ``source_files(folder)`` (or why it cannot be read)."""
    folder = Path(folder)
    return {rel: _read_file(folder / rel, rel) for rel in source_files(folder)}


def _read_file(path: Path, rel: str) -> str | Unreadable:
    try:
        if rel != MANIFEST and path.stat().st_size > MAX_ARTICLE_BYTES:
            return Unreadable(f"file is larger than {MAX_ARTICLE_BYTES} bytes")
        return as_written(path.read_bytes().decode("utf-8"))
    except UnicodeDecodeError as exc:
        # pack.toml says what the decoder said, as a TOML problem; an article says it plainly.
        return Unreadable(str(exc) if rel == MANIFEST else "not UTF-8 text")
    except OSError as exc:
        return Unreadable(f"cannot read: {exc.strerror}")


def _text(value: object) -> str | None:
    return value.strip() if isinstance(value, str) else None


class _Where:
    """Names files the way ``spotit pack validate`` prints them: under the origin folder."""

    def __init__(self, origin: Path | None) -> None:
        self.origin = origin

    def __call__(self, rel: str) -> str:
        return str(self.origin / rel) if self.origin is not None else rel


def read_pack_source(folder: Path) -> PackSource:
    """Read and check a pack source folder; problems are collected, not raised."""
    folder = Path(folder)
    if not folder.is_dir():
        pack = read_pack_source_files({}, origin=folder)
        # Only what pack.toml's absence says about the pack itself, after the reason.
        kept = [p for p in pack.problems if p.kind == PACK]
        pack.problems[:] = [Problem(str(folder), None, "not a folder"), *kept]
        return pack
    return read_pack_source_files(read_source_files(folder), origin=folder)


def read_pack_source_files(
    files: Mapping[str, str | Unreadable], origin: Path | None = None
) -> PackSource:
    """Read and check a pack source given as file texts by relative path.

    ``files`` holds ``pack.toml``, ``articles/NAME.md``, ``lessons/NAME.md``,
    ``checks/NAME.toml`` and ``sources/NAME.md`` (other names, and
    dot-files, are not part of a pack and are left out). Problems name each file
    under ``origin`` when given (as ``spotit pack validate`` prints them), else
    by its relative path. Nothing is read from or written to disk.
    """
    where = _Where(origin)
    problems: list[Problem] = []
    raw = files.get(MANIFEST)
    data: dict = {}
    manifest_text = ""
    if raw is None:
        problems.append(
            Problem(where(MANIFEST), None, "missing: a pack source needs pack.toml", rel=MANIFEST)
        )
    elif isinstance(raw, Unreadable):
        problems.append(
            Problem(where(MANIFEST), None, f"not valid TOML: {raw.reason}", PACK, rel=MANIFEST)
        )
    else:
        manifest_text = raw = as_written(raw)
        import tomllib  # only when a source is read, not for its fingerprint

        try:
            data = tomllib.loads(raw)
        except tomllib.TOMLDecodeError as exc:
            problems.append(
                Problem(
                    where(MANIFEST), _toml_line(exc), f"not valid TOML: {exc}", PACK, rel=MANIFEST
                )
            )
    lines = _Lines(manifest_text, 1) if data else None
    if lines is not None:

        def bidi(line: int, message: str, key: str, table: str, n: int | None) -> None:
            if n is None:
                problems.append(Problem(where(MANIFEST), line, message, PACK, key, rel=MANIFEST))
            else:
                cat = data[table][n].get("id") if table == "categories" else None
                problems.append(
                    Problem(
                        where(MANIFEST),
                        line,
                        message,
                        CATEGORY,
                        key,
                        category=cat if isinstance(cat, str) else None,
                        rel=MANIFEST,
                    )
                )

        _bidi_in_fields(data, lines, bidi)
    meta = _pack_meta(data, where(MANIFEST), lines, problems)
    categories, base = _categories(data, where(MANIFEST), lines, problems)
    pack = PackSource(meta, categories, problems=problems, taxonomy_base=base)
    names = sorted(rel for rel in files if is_article_file(rel))
    if not names:
        problems.append(Problem(where(ARTICLES), None, "no articles (*.md) found", rel=ARTICLES))
    if len(names) > MAX_ARTICLES:
        problems.append(
            Problem(where(ARTICLES), None, f"more than {MAX_ARTICLES} articles", rel=ARTICLES)
        )
        names = names[:MAX_ARTICLES]
    known = {c.id for c in categories}
    # Pages first, so that answer keys can place their checks in them; their problems
    # are listed after the articles', lessons' and checks', in the order of source_files.
    page_problems: list[Problem] = []
    page_files: dict[str, str] = {}
    if any(is_source_file(rel) for rel in files):
        from spotit.content.sources import read_sources

        pack.sources, page_files = read_sources(files, where, page_problems)
    # A check is placed only in a page that reads cleanly: a broken page's own problems
    # say what to fix, and a quote looked up in its half-read text would only add noise.
    broken = {p.rel for p in page_problems}
    pages = {p.id: p for p in pack.sources if page_files.get(p.id) not in broken}
    article_files: list[str] = []
    seen: dict[str, str] = {}
    for rel in names:
        article = read_article_text(
            files[rel], where(rel), known, problems, rel=rel, pages=pages, page_files=page_files
        )
        if article is None:
            continue
        if article.meta.id in seen:
            problems.append(
                Problem(
                    where(rel),
                    2,
                    f"duplicate article id {article.meta.id!r} (also in {seen[article.meta.id]})",
                    ARTICLE,
                    "id",
                    rel=rel,
                )
            )
            continue
        seen[article.meta.id] = rel.rsplit("/", 1)[-1]
        pack.articles.append(article)
        article_files.append(rel)
    if any(rel.startswith(f"{LESSONS}/") for rel in files):
        from spotit.content.lessons import read_lessons  # Markdown marks: only with lessons

        pack.lessons = read_lessons(files, where, [c.id for c in categories], problems)
    if any(rel.startswith(f"{CHECKS}/") for rel in files):
        from spotit.content.checks import normalised, read_checks

        headlines = {normalised(a.meta.headline): a.meta.id for a in pack.articles}
        pack.checks = read_checks(files, where, problems, headlines)
    problems.extend(page_problems)
    if pack.sources or any(a.links for a in pack.articles):
        _check_web(pack, files, where, article_files, page_files)
    return pack


def _check_web(
    pack: PackSource,
    files: Mapping[str, str | Unreadable],
    where,
    article_files: list[str],
    page_files: dict[str, str],
) -> None:
    """The pack-wide rules of its web (``content.sources.check_web``)."""
    from spotit.content.sources import SOURCE, Linked, check_web

    linking = [
        Linked(rel, where(rel), "article", a.meta.id, a.blocks, files[rel], BODY, a.links)
        for rel, a in zip(article_files, pack.articles, strict=True)
    ]
    linking += [
        Linked(page_files[p.id], where(page_files[p.id]), "source", p.id, p.blocks,
               files[page_files[p.id]], SOURCE, p.links)
        for p in pack.sources
    ]  # fmt: skip
    checked = [
        x.check.source
        for a in pack.articles
        for x in (*a.annotations, *a.notes)
        if x.check is not None
    ]
    ids = {a.meta.id for a in pack.articles}
    check_web(pack.sources, page_files, linking, checked, ids, where, files, pack.problems)


def _pack_meta(data: dict, name: str, lines: _Lines | None, problems: list[Problem]) -> PackMeta:
    def problem(line: int | None, message: str, key: str) -> Problem:
        return Problem(name, line, message, PACK, key, rel=MANIFEST)

    def field_(key: str, required: bool = True) -> str:
        value = data.get(key, "")
        text = _text(value)
        if text is None or (required and not text):
            if data or key == "id":
                line = lines.of(key) if lines and key in data else None
                problems.append(problem(line, f"field {key!r} must be non-empty text", key))
            return ""
        return text

    pack_id = field_("id")
    if pack_id and not ARTICLE_ID.match(pack_id):
        problems.append(
            problem(
                lines.of("id") if lines else None,
                f"field 'id' must be lower-case letters, digits and dashes: {pack_id!r}",
                "id",
            )
        )
    authors = data.get("authors", [])
    if not isinstance(authors, list) or not all(isinstance(a, str) for a in authors):
        problems.append(
            problem(
                lines.of("authors") if lines else None,
                "field 'authors' must be a list of names",
                "authors",
            )
        )
        authors = []
    # An empty notice is the author's choice (imports carry none unless their author writes
    # one); only a pack that does not say gets the default.
    notice = _text(data.get("training_notice"))
    if notice is None:
        notice = PackMeta.training_notice
    language = field_("language", required=False) or "en"
    if (wrong := language_problem(language)) is not None:
        problems.append(problem(lines.of("language") if lines else None, wrong, "language"))
    return PackMeta(
        id=pack_id,
        title=field_("title"),
        version=field_("version"),
        language=language,
        authors=tuple(authors),
        licence=field_("licence", required=False),
        description=field_("description", required=False),
        training_notice=notice,
    )


def _categories(
    data: dict, name: str, lines: _Lines | None, problems: list[Problem]
) -> tuple[list[Category], str]:
    def problem(line: int | None, message: str, category: str | None, key: str = "") -> Problem:
        return Problem(name, line, message, CATEGORY, key, category=category, rel=MANIFEST)

    base = data.get("taxonomy", "default")
    if base not in ("default", "none"):
        problems.append(
            Problem(
                name,
                None,
                "field 'taxonomy' must be 'default' or 'none'",
                PACK,
                "taxonomy",
                rel=MANIFEST,
            )
        )
        base = "default"
    categories = default_taxonomy() if base == "default" else []
    raw = data.get("categories", [])
    if not isinstance(raw, list):
        problems.append(problem(None, "'categories' must be [[categories]] tables", None))
        raw = []
    for n, item in enumerate(raw):
        where = lines.of("id", n) if lines else None
        if not isinstance(item, dict):
            problems.append(problem(where, f"category {n + 1} is not a table", None))
            continue
        cat_id = _text(item.get("id")) or ""
        name_ = _text(item.get("name")) or ""
        existing = next((c for c in categories if c.id == cat_id), None)
        color = _text(item.get("color")) or (existing.color if existing else "")
        wrong = category_problem(cat_id, color)
        if wrong is not None and wrong[0] == "id":
            problems.append(
                problem(
                    where,
                    f"category {n + 1}: 'id' must be lower-case letters, digits and dashes: "
                    f"{cat_id!r}",
                    cat_id,
                    "id",
                )
            )
            continue
        if not name_ and existing is None:
            problems.append(problem(where, f"category {cat_id!r}: missing 'name'", cat_id, "name"))
            continue
        if wrong is not None:
            problems.append(
                problem(
                    where,
                    f"category {cat_id!r}: 'color' must look like #rrggbb, not {color!r}",
                    cat_id,
                    "color",
                )
            )
            color = ""
        if not color:
            color = FALLBACK_COLORS[len(categories) % len(FALLBACK_COLORS)]
        if any(
            item is not other and isinstance(other, dict) and other.get("id") == cat_id
            for other in raw[:n]
        ):
            problems.append(problem(where, f"duplicate category id {cat_id!r}", cat_id, "id"))
            continue
        category = Category(
            cat_id,
            name_ or existing.name,  # type: ignore[union-attr]
            _text(item.get("description")) or (existing.description if existing else ""),
            _text(item.get("how_to_check")) or (existing.how_to_check if existing else ""),
            color,
        )
        if existing is not None:
            categories[categories.index(existing)] = category
        else:
            categories.append(category)
    if not categories:
        problems.append(problem(None, "the pack has no categories", None))
    return categories, base


def read_article(
    path: Path, known_categories: set[str], problems: list[Problem]
) -> SourceArticle | None:
    """Read one article file; problems go to ``problems``. None if it cannot be used at all."""
    path = Path(path)
    rel = f"{ARTICLES}/{path.name}"
    return read_article_text(_read_file(path, rel), str(path), known_categories, problems, rel)


def read_article_text(
    raw: str | Unreadable,
    name: str,
    known_categories: set[str],
    problems: list[Problem],
    rel: str = "",
    pages: Mapping[str, SourcePage] | None = None,
    page_files: Mapping[str, str] | None = None,
) -> SourceArticle | None:
    """Read one article from its text; problems (naming ``name``) go to ``problems``.

    None if it cannot be used at all. ``pages`` are the pack's source pages by id: a
    flag's or note's ``check`` must name one of them, and its ``check_quote`` is placed
    in that page's text. Without ``pages`` (an article read on its own) checks are only
    checked for shape. ``page_files`` names every page id found, usable or not, so a
    check of a broken page is not also reported as naming no page.
    """
    from spotit.content.render import markdown_problem, render  # Markdown: only when read
    from spotit.core.anchoring import AnchorError, context, locate, normalise_quote

    def problem(line: int | None, message: str, kind: str = ARTICLE, key: str = "", **more):
        return Problem(name, line, message, kind, key, rel=rel, **more)

    read = read_front_matter(raw, lambda line, message: problems.append(problem(line, message)))
    if read is None:
        return None
    data, body, body_line, lines = read.data, read.body, read.body_line, read.lines
    before = len(problems)

    def need_text(key: str, required: bool = True) -> str:
        value = data.get(key, "")
        if isinstance(value, dt.date):
            return value.isoformat()
        text = _text(value)
        if text is None or (required and not text):
            problems.append(
                problem(
                    lines.of(key) if key in data else 2,
                    f"field {key!r} must be non-empty text",
                    key=key,
                )
            )
            return ""
        return text

    art_id = need_text("id")
    if art_id and not ARTICLE_ID.match(art_id):
        problems.append(
            problem(
                lines.of("id"),
                f"field 'id' must be lower-case letters, digits and dashes: {art_id!r}",
                key="id",
            )
        )
    headline = need_text("headline")
    difficulty = data.get("difficulty", 1)
    if not isinstance(difficulty, int) or isinstance(difficulty, bool) or not 1 <= difficulty <= 3:
        problems.append(
            problem(
                lines.of("difficulty"),
                f"field 'difficulty' must be 1, 2 or 3, not {difficulty!r}",
                key="difficulty",
            )
        )
        difficulty = 1
    kind = data.get("kind", "misinformation")
    if kind not in ARTICLE_KINDS:
        problems.append(
            problem(
                lines.of("kind"),
                f"field 'kind' must be one of {', '.join(ARTICLE_KINDS)}, not {kind!r}",
                key="kind",
            )
        )
        kind = "misinformation"
    tags = data.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) and t.strip() for t in tags):
        problems.append(
            problem(lines.of("tags"), "field 'tags' must be a list of words", key="tags")
        )
        tags = []
    meta = ArticleMeta(
        id=art_id,
        headline=headline,
        byline=need_text("byline", required=False),
        outlet=need_text("outlet", required=False),
        date=need_text("date", required=False),
        difficulty=difficulty,
        kind=kind,
        tags=tuple(t.strip() for t in tags),
    )
    text_body = bool(body.strip())
    if not text_body:
        problems.append(
            problem(body_line, "empty article: there is no text after the front matter", BODY)
        )

    def bidi(line: int, message: str, key: str, table: str, n: int | None) -> None:
        if n is not None and table == "flags":
            problems.append(problem(line, message, FLAG, key, flag=n))
        elif n is not None and table == "notes":
            problems.append(problem(line, message, NOTE, key, note=n))
        else:
            problems.append(problem(line, message, key=table if n is not None else key))

    _bidi_in_fields(data, lines, bidi)
    for i, char in bidi_controls(body):
        problems.append(
            problem(body_line + body.count("\n", 0, i), _bidi_message("the text", char), BODY)
        )
    rendered = render(headline, body)
    if rendered.problem:
        problems.append(problem(body_line + (rendered.problem_line or 0), rendered.problem, BODY))
    text = rendered.text
    raw_flags = data.get("flags", [])
    if not isinstance(raw_flags, list):
        problems.append(problem(lines.of("flags"), "'flags' must be [[flags]] tables", key="flags"))
        raw_flags = []
    annotations: list[Annotation] = []
    spans: set[tuple[int, int, str]] = set()
    for n, item in enumerate(raw_flags):
        where = lines.of("quote", n, "flags")

        def flag_problem(
            line: int, message: str, key: str = "quote", n: int = n, **more
        ) -> Problem:
            return problem(line, f"flag {n + 1}{message}", FLAG, key, flag=n, **more)

        if not isinstance(item, dict):
            problems.append(flag_problem(where, " is not a table"))
            continue
        # Every problem of a flag is reported, not only the first: an author fixes them in one go.
        found: list[Problem] = []
        quote = item.get("quote")
        if not isinstance(quote, str) or not quote.strip():
            found.append(flag_problem(where, ": missing 'quote' (the exact text to flag)"))
            quote = None
        about = f" (quote {normalise_quote(quote)!r})" if quote else ""
        category = item.get("category")
        if not isinstance(category, str) or category not in known_categories:
            found.append(
                flag_problem(
                    lines.of("category", n, "flags"),
                    f": unknown category {category!r}{about}",
                    "category",
                )
            )
        explanation = item.get("explanation")
        if not isinstance(explanation, str) or not explanation.strip():
            found.append(
                flag_problem(
                    lines.of("explanation", n, "flags") if "explanation" in item else where,
                    f": missing explanation{about}",
                    "explanation",
                )
            )
        elif (beyond := markdown_problem(explanation)) is not None:
            found.append(
                flag_problem(
                    lines.of("explanation", n, "flags"),
                    f": in the explanation, {beyond[0]}",
                    "explanation",
                )
            )
        occurrence = item.get("occurrence")
        if occurrence is not None and (
            not isinstance(occurrence, int) or isinstance(occurrence, bool)
        ):
            found.append(
                flag_problem(
                    lines.of("occurrence", n, "flags"),
                    ": 'occurrence' must be a whole number",
                    "occurrence",
                )
            )
            occurrence = quote = None  # cannot be placed
        prefix, suffix, hint = (item.get(k, "") for k in ("prefix", "suffix", "hint"))
        if not all(isinstance(v, str) for v in (prefix, suffix, hint)):
            found.append(
                flag_problem(where, ": 'prefix', 'suffix' and 'hint' must be text", "hint")
            )
            quote = None
        anchor = None
        if quote is not None:
            try:
                anchor = locate(text, quote, occurrence, prefix, suffix)
            except AnchorError as exc:
                found.append(flag_problem(where, f": {exc}"))
        also, core, alternatives = _answer_keys(
            item, n, text, anchor, category, known_categories, lines, flag_problem, found
        )
        pending = _check_keys(item, n, "flags", lines, flag_problem, found)
        if found or anchor is None:
            problems.extend(found)
            continue
        check = _placed_check(pending, pages, page_files, flag_problem, problems)
        if (anchor.start, anchor.end, category) in spans:
            problems.append(
                flag_problem(
                    where,
                    f": duplicate flag (same quote and category): {normalise_quote(quote)!r}",
                )
            )
            continue
        spans.add((anchor.start, anchor.end, category))
        before_ctx, after_ctx = context(text, anchor.start, anchor.end)
        annotations.append(
            Annotation(
                anchor.start,
                anchor.end,
                category,
                text[anchor.start : anchor.end],
                explanation.strip(),
                before_ctx,
                after_ctx,
                hint.strip(),
                also,
                alternatives,
                core,
                check,
            )
        )
    flagged = len(raw_flags) > 0
    # The kind as written: a wrong one is already reported, and its fallback says nothing.
    # An empty article is reported as that: it has nothing to flag yet.
    if data.get("kind", "misinformation") == "misinformation" and not flagged and text_body:
        problems.append(
            problem(
                lines.of("kind") if "kind" in data else 2,
                "a misinformation article needs at least one [[flags]] table "
                "(or another 'kind': credible, satire or opinion)",
                key="kind",
            )
        )
    elif kind == "credible" and flagged:
        problems.append(
            problem(
                lines.of("kind"),
                "a credible article carries no flags: remove its [[flags]] tables "
                "(or change 'kind' if it is not a credible control)",
                key="kind",
            )
        )
    notes = _notes(data, text, annotations, lines, problem, problems, pages, page_files)
    event = data.get("event", "")
    if not isinstance(event, str) or (event and not ARTICLE_ID.match(event)):
        problems.append(
            problem(
                lines.of("event"),
                "field 'event' must be an id of lower-case letters, digits and dashes, the "
                f"same in every article that reports the event, not {event!r}",
                key="event",
            )
        )
        event = ""
    if len(problems) > before and not art_id:
        return None
    annotations.sort(key=lambda a: (a.start, a.end, a.category))
    from spotit.content.sources import page_links

    links = page_links(rendered.blocks)
    return SourceArticle(meta, body, rendered.blocks, text, annotations, name, notes, event, links)


def _check_keys(
    item: dict, n: int, array: str, lines: _Lines, key_problem, found
) -> PendingCheck | None:
    """A flag's or note's ``check``/``check_quote``, checked for shape (problems to ``found``)."""
    from spotit.content.sources import read_check_keys

    def report(line: int, message: str, key: str) -> None:
        found.append(key_problem(line, message, key))

    return read_check_keys(item, lambda key: lines.of(key, n, array), report)


def _placed_check(pending, pages, page_files, key_problem, problems):
    """The ``CheckPointer`` of a checked ``pending`` check, placed in its page (or None)."""
    if pending is None:
        return None
    from spotit.content.sources import resolve_check

    def report(line: int, message: str, key: str) -> None:
        problems.append(key_problem(line, message, key))

    if (
        pages is not None
        and page_files
        and pending.source in page_files
        and pending.source not in pages
    ):
        return None  # the page is there but broken: its own problems say why
    return resolve_check(pending, pages, report)


def _place(text: str, table: dict) -> tuple[tuple[int, int] | None, str, str]:
    """Where a table with ``quote`` (+ ``occurrence``/``prefix``/``suffix``) sits in ``text``.

    ((start, end), "", "") when found, else (None, why, the key to fix): the rule a flag's
    quote follows, for alternative anchors and notes too.
    """
    from spotit.core.anchoring import AnchorError, locate

    quote = table.get("quote")
    if not isinstance(quote, str) or not quote.strip():
        return None, "missing 'quote' (the exact text)", "quote"
    occurrence = table.get("occurrence")
    if occurrence is not None and (not isinstance(occurrence, int) or isinstance(occurrence, bool)):
        return None, "'occurrence' must be a whole number", "occurrence"
    prefix, suffix = table.get("prefix", ""), table.get("suffix", "")
    if not isinstance(prefix, str) or not isinstance(suffix, str):
        return None, "'prefix' and 'suffix' must be text", "prefix"
    try:
        found = locate(text, quote, occurrence, prefix, suffix)
    except AnchorError as exc:
        return None, str(exc), "quote"
    return (found.start, found.end), "", ""


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def _answer_keys(
    item: dict,
    n: int,
    text: str,
    anchor,
    category: object,
    known: set[str],
    lines: _Lines,
    flag_problem,
    found: list[Problem],
) -> tuple[tuple[str, ...], tuple[int, int] | None, tuple[Anchor, ...]]:
    """A flag's ``also``, ``core`` and ``anchors``, checked; problems go to ``found``."""
    from spotit.core.anchoring import locate, normalise_quote, occurrences

    also: list[str] = []
    raw_also = item.get("also", [])
    line = lines.of("also", n, "flags")
    if not isinstance(raw_also, list) or not all(isinstance(c, str) for c in raw_also):
        found.append(flag_problem(line, ": 'also' must be a list of category ids", "also"))
        raw_also = []
    for other in raw_also:
        if other not in known:
            found.append(
                flag_problem(
                    line, f": unknown category {other!r} in 'also'", "also", category=other
                )
            )
        elif other == category:
            found.append(
                flag_problem(
                    line,
                    f": 'also' repeats the primary category {other!r}: list only other "
                    "categories that are accepted too",
                    "also",
                    category=other,
                )
            )
        elif other in also:
            found.append(
                flag_problem(line, f": 'also' lists {other!r} twice", "also", category=other)
            )
        else:
            also.append(other)
    core = None
    raw_core = item.get("core")
    line = lines.of("core", n, "flags")
    if raw_core is not None and (not isinstance(raw_core, str) or not normalise_quote(raw_core)):
        found.append(flag_problem(line, ": 'core' must be words of the quote (the text)", "core"))
    elif raw_core is not None and anchor is not None:
        span = text[anchor.start : anchor.end]
        times = len(occurrences(span, normalise_quote(raw_core)))
        if times == 1:
            inner = locate(span, raw_core)
            core = (anchor.start + inner.start, anchor.start + inner.end)
        elif times == 0:
            found.append(
                flag_problem(
                    line,
                    f": 'core' {normalise_quote(raw_core)!r} is not inside the quote {span!r}",
                    "core",
                )
            )
        else:
            # Which of them would be a guess: the author says it with more words.
            found.append(
                flag_problem(
                    line,
                    f": 'core' {normalise_quote(raw_core)!r} appears {times} times in the "
                    "quote: give words that occur in it once",
                    "core",
                )
            )
    alternatives: list[Anchor] = []
    raw_anchors = item.get("anchors", [])
    line = lines.of("anchors", n, "flags")
    if not isinstance(raw_anchors, list):
        found.append(
            flag_problem(
                line, ": 'anchors' must be a list of tables like { quote = \"...\" }", "anchors"
            )
        )
        raw_anchors = []
    primary = (anchor.start, anchor.end) if anchor is not None else None
    for k, table in enumerate(raw_anchors):
        label = f", anchor {k + 1}"
        if not isinstance(table, dict):
            found.append(
                flag_problem(
                    line, f"{label}: must be a table like {{ quote = ... }}", "anchors", anchor=k
                )
            )
            continue
        span, why, _ = _place(text, table)
        if span is None:
            found.append(flag_problem(line, f"{label}: {why}", "anchors", anchor=k))
        elif primary is not None and _overlap(span, primary):
            found.append(
                flag_problem(
                    line,
                    f"{label}: {text[span[0] : span[1]]!r} overlaps the flag's quote: an "
                    "anchor is another place the same red flag may be flagged",
                    "anchors",
                    anchor=k,
                )
            )
        elif any(_overlap(span, (a.start, a.end)) for a in alternatives):
            found.append(
                flag_problem(
                    line,
                    f"{label}: {text[span[0] : span[1]]!r} overlaps another anchor",
                    "anchors",
                    anchor=k,
                )
            )
        else:
            alternatives.append(Anchor(span[0], span[1], text[span[0] : span[1]]))
    return tuple(also), core, tuple(alternatives)


def _notes(
    data: dict,
    text: str,
    annotations: list[Annotation],
    lines: _Lines,
    problem,
    problems,
    pages: Mapping[str, SourcePage] | None = None,
    page_files: Mapping[str, str] | None = None,
) -> list[PassageNote]:
    """The article's ``[[notes]]``, checked; problems go to ``problems``."""
    from spotit.content.render import markdown_problem

    raw = data.get("notes", [])
    if not isinstance(raw, list):
        problems.append(problem(lines.of("notes"), "'notes' must be [[notes]] tables", key="notes"))
        return []
    notes: list[PassageNote] = []
    for n, item in enumerate(raw):
        where = lines.of("quote", n, "notes")

        def note_problem(line: int, message: str, key: str = "quote", n: int = n) -> Problem:
            return problem(line, f"note {n + 1}{message}", NOTE, key, note=n)

        if not isinstance(item, dict):
            problems.append(note_problem(where, " is not a table"))
            continue
        span, why, key = _place(text, item)
        if span is None:
            problems.append(note_problem(lines.of(key, n, "notes"), f": {why}", key))
        said = item.get("note")
        if not isinstance(said, str) or not said.strip():
            problems.append(
                note_problem(
                    lines.of("note", n, "notes") if "note" in item else where,
                    ": missing 'note' (why the passage is fine)",
                    "note",
                )
            )
            continue
        if (beyond := markdown_problem(said)) is not None:
            problems.append(
                note_problem(lines.of("note", n, "notes"), f": in the note, {beyond[0]}", "note")
            )
            continue
        prompt = item.get("hint", "")
        if not isinstance(prompt, str):
            problems.append(
                note_problem(
                    lines.of("hint", n, "notes"),
                    ": 'hint' must be text (what to check in the passage)",
                    "hint",
                )
            )
            continue
        found: list[Problem] = []
        pending = _check_keys(item, n, "notes", lines, note_problem, found)
        problems.extend(found)
        if span is None:
            continue
        flagged = next(
            (
                i
                for i, a in enumerate(annotations)
                if any(_overlap(span, (x.start, x.end)) for x in a.anchors)
            ),
            None,
        )
        if flagged is not None:
            problems.append(
                note_problem(
                    where,
                    f": {text[span[0] : span[1]]!r} overlaps a red flag "
                    f"({annotations[flagged].quote!r}): a passage is a red flag or fine, not both",
                )
            )
            continue
        if any((x.start, x.end) == span for x in notes):
            problems.append(note_problem(where, ": another note is on the same passage"))
            continue
        check = _placed_check(pending, pages, page_files, note_problem, problems)
        notes.append(
            PassageNote(
                span[0], span[1], text[span[0] : span[1]], said.strip(), prompt.strip(), check
            )
        )
    notes.sort(key=lambda x: (x.start, x.end))
    return notes


# -- writing a source folder back ------------------------------------------------
#
# tomlkit writes the TOML: it escapes every character TOML forbids in a string
# (U+007F and the other controls), and it can edit an author's existing file in
# place, keeping their comments, key order and layout.


def _array_of_tables(document, key: str, rows: list[dict[str, object]], match) -> None:
    """Set ``document[key]`` to ``rows`` as [[key]] tables, reusing the author's tables.

    ``match(row, tables)`` picks the existing table a row was read from (or None);
    a reused table keeps its comments and the keys the writer does not manage.
    """
    import tomlkit

    existing = list(document[key]) if key in document else []
    used: set[int] = set()
    tables = []
    for row in rows:
        found = match(row, [t for n, t in enumerate(existing) if n not in used])
        if found is None:
            table = tomlkit.table()
        else:
            used.add(next(n for n, t in enumerate(existing) if t is found))
            table = found
        _set_fields(table, row)
        tables.append(table)
    if len(tables) == len(existing) and all(a is b for a, b in zip(tables, existing, strict=True)):
        return  # the same tables in the same order, edited in place
    if key in document:
        del document[key]
    if tables:
        array = tomlkit.aot()
        for table in tables:
            array.append(table)
        document.append(key, array)


def _matching(*keys: str):
    """A ``match`` for ``_array_of_tables``: the first table agreeing on all ``keys``, else on the first."""

    def match(row: dict[str, object], tables: list) -> object | None:
        for wanted in (keys, keys[:1]):
            for table in tables:
                if all(table.get(k) == row.get(k) for k in wanted):
                    return table
        return None

    return match


def _occurrence(text: str, quote: str, start: int) -> int | None:
    """The ``occurrence`` that names the quote at ``start``, when the text repeats it."""
    from spotit.core.anchoring import occurrences

    starts = occurrences(text, quote)
    return starts.index(start) + 1 if len(starts) > 1 and start in starts else None


def _place_row(text: str, quote: str, start: int) -> dict[str, object]:
    """A quote as a source writes it: with ``occurrence`` if the text has it more than once."""
    row: dict[str, object] = {"quote": quote}
    if (occurrence := _occurrence(text, quote, start)) is not None:
        row["occurrence"] = occurrence
    return row


def _flag_rows(text: str, annotations: list[Annotation]) -> list[dict[str, object]]:
    rows = []
    for ann in annotations:
        row: dict[str, object] = {"quote": ann.quote, "category": ann.category}
        row["occurrence"] = _occurrence(text, ann.quote, ann.start)
        row["also"] = list(ann.also) or None
        core = ann.core
        row["core"] = text[core[0] : core[1]] if core and 0 <= core[0] < core[1] else None
        row["anchors"] = [_place_row(text, a.quote, a.start) for a in ann.alternatives] or None
        row["explanation"] = ann.explanation
        row["hint"] = ann.hint or None
        row.update(check_rows(ann.check))
        # The writer anchors by quote and occurrence; context the author wrote could now
        # contradict an edited text, so it is not kept.
        row["prefix"] = row["suffix"] = None
        rows.append(row)
    return rows


def article_source(
    meta: ArticleMeta,
    body: str,
    text: str,
    annotations: list[Annotation],
    previous: str | None = None,
    notes: Sequence[PassageNote] = (),
    event: str = "",
) -> str:
    """The Markdown file for one article, flags anchored by quote (+ occurrence if repeated).

    ``notes`` become its ``[[notes]]`` and ``event`` its ``event``, so that reading the
    file gives back the same article. With ``previous`` (the article's file as the
    author last had it), that file's front matter is edited rather than replaced:
    comments, layout and keys SpotIt does not know survive.
    """
    import tomlkit

    front = _front_matter(previous)
    editing = len(front) > 0
    _set_fields(
        front,
        {
            "id": meta.id,
            "headline": meta.headline,
            "byline": meta.byline or None,
            "outlet": meta.outlet or None,
            "date": meta.date or None,
            "difficulty": meta.difficulty,
            "kind": meta.kind,
            "tags": list(meta.tags),
            "event": event or None,
        },
        {"difficulty": 1, "kind": "misinformation", "tags": []} if editing else None,
    )
    _array_of_tables(front, "flags", _flag_rows(text, annotations), _matching("quote", "category"))
    note_rows = [
        {
            **_place_row(text, n.quote, n.start),
            "note": n.text,
            "hint": n.hint or None,
            **check_rows(n.check),
        }
        for n in notes
    ]
    _array_of_tables(front, "notes", note_rows, _matching("quote"))
    written = tomlkit.dumps(front)
    if written and not written.endswith("\n"):
        written += "\n"
    return f"{FRONT_MATTER}\n{written}{FRONT_MATTER}\n{body}"


#: What the reader assumes for a pack.toml key that is absent.
_MANIFEST_DEFAULTS = {
    "language": "en",
    "authors": [],
    "training_notice": PackMeta.training_notice,
    "taxonomy": "default",
}


def pack_manifest(
    meta: PackMeta, categories: list[Category], taxonomy_base: str, previous: str | None = None
) -> str:
    """pack.toml: the pack's metadata, and every category that is not a default one.

    With ``previous`` (pack.toml as the author last had it), that file is
    edited in place, keeping its comments and layout.
    """
    import tomlkit

    document = tomlkit.document()
    if previous:
        try:
            document = tomlkit.parse(previous)
        except tomlkit.exceptions.ParseError:
            pass  # not TOML any more: written afresh
    defaults = {c.id: c for c in default_taxonomy()}
    own = [c for c in categories if taxonomy_base == "none" or defaults.get(c.id) != c]
    _set_fields(
        document,
        {
            "id": meta.id,
            "title": meta.title,
            "version": meta.version,
            "language": meta.language,
            "authors": list(meta.authors),
            "licence": meta.licence or None,
            "description": meta.description or None,
            "training_notice": meta.training_notice,
            "taxonomy": taxonomy_base,
        },
        _MANIFEST_DEFAULTS if len(document) > 0 else None,
    )
    rows = [
        {
            "id": c.id,
            "name": c.name,
            "description": c.description,
            "how_to_check": c.how_to_check,
            "color": c.color,
        }
        for c in own
    ]
    _array_of_tables(document, "categories", rows, _matching("id"))
    return tomlkit.dumps(document)
