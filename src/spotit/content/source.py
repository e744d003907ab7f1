"""Pack sources: a folder with ``pack.toml`` and ``articles/*.md``.

Each article is Markdown with TOML front matter between ``+++`` lines. Its red
flags are ``[[flags]]`` tables anchored by quote (see docs/content-pack.md).
Reading a source never raises for bad content: every problem is collected with
its file and line, so ``spotit pack validate`` can list them all at once.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from spotit.content.blocks import Block
from spotit.content.render import render
from spotit.content.tomlwrite import dumps
from spotit.core.anchoring import AnchorError, context, locate, normalise_quote, occurrences
from spotit.core.model import ARTICLE_KINDS, Annotation, ArticleMeta, PackMeta
from spotit.core.taxonomy import CATEGORY_ID, COLOR, ITEM_ID, Category, default_taxonomy

FRONT_MATTER = "+++"
MAX_ARTICLE_BYTES = 2_000_000
MAX_ARTICLES = 20_000
ARTICLE_ID = ITEM_ID
FALLBACK_COLORS = ("#3d5a80", "#98c1d9", "#ee6c4d", "#293241", "#9a8c98", "#588157")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a pack, located as precisely as we can."""

    file: str
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}"


@dataclass
class SourceAnnotation:
    """An annotation as anchored in a source file, with its place in the text."""

    annotation: Annotation
    line: int | None = None


@dataclass
class SourceArticle:
    meta: ArticleMeta
    body: str  # the Markdown body, as written
    blocks: list[Block]
    text: str
    annotations: list[Annotation]
    path: str = ""


@dataclass
class PackSource:
    meta: PackMeta
    categories: list[Category]
    articles: list[SourceArticle] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    #: "default" when the pack keeps the default taxonomy (plus its own categories)
    taxonomy_base: str = "default"


class _Lines:
    """Finds the line a key sits on in front matter, for error messages."""

    def __init__(self, front: str, first_line: int) -> None:
        self.lines = front.splitlines()
        self.first = first_line
        self.tables = [i for i, ln in enumerate(self.lines) if ln.strip().startswith("[[")]

    def of(self, key: str, table: int | None = None) -> int:
        start, end = 0, (self.tables[0] if self.tables else len(self.lines))
        if table is not None and table < len(self.tables):
            start = self.tables[table]
            end = self.tables[table + 1] if table + 1 < len(self.tables) else len(self.lines)
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
        for i in range(start, end):
            if pattern.match(self.lines[i]):
                return self.first + i
        return self.first + start


def split_front_matter(raw: str) -> tuple[str, str, int] | None:
    """(front matter, body, line number where the body starts), or None if there is none."""
    lines = raw.splitlines(keepends=True)
    if not lines or lines[0].strip() != FRONT_MATTER:
        return None
    for i in range(1, len(lines)):
        if lines[i].strip() == FRONT_MATTER:
            return "".join(lines[1:i]), "".join(lines[i + 1 :]), i + 2
    return None


def _text(value: object) -> str | None:
    return value.strip() if isinstance(value, str) else None


def read_pack_source(folder: Path) -> PackSource:
    """Read and check a pack source folder; problems are collected, not raised."""
    folder = Path(folder)
    problems: list[Problem] = []
    manifest = folder / "pack.toml"
    data: dict = {}
    if not folder.is_dir():
        problems.append(Problem(str(folder), None, "not a folder"))
    elif not manifest.is_file():
        problems.append(Problem(str(manifest), None, "missing: a pack source needs pack.toml"))
    else:
        try:
            data = tomllib.loads(manifest.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
            problems.append(Problem(str(manifest), _toml_line(exc), f"not valid TOML: {exc}"))
    meta = _pack_meta(data, manifest, problems)
    categories, base = _categories(data, manifest, problems)
    pack = PackSource(meta, categories, problems=problems, taxonomy_base=base)
    if not folder.is_dir():
        return pack
    article_dir = folder / "articles"
    files = sorted(article_dir.glob("*.md")) if article_dir.is_dir() else []
    if not files:
        problems.append(Problem(str(article_dir), None, "no articles (*.md) found"))
    if len(files) > MAX_ARTICLES:
        problems.append(Problem(str(article_dir), None, f"more than {MAX_ARTICLES} articles"))
        files = files[:MAX_ARTICLES]
    known = {c.id for c in categories}
    seen: dict[str, str] = {}
    for path in files:
        article = read_article(path, known, problems)
        if article is None:
            continue
        if article.meta.id in seen:
            problems.append(
                Problem(
                    str(path),
                    2,
                    f"duplicate article id {article.meta.id!r} (also in {seen[article.meta.id]})",
                )
            )
            continue
        seen[article.meta.id] = path.name
        pack.articles.append(article)
    return pack


def _toml_line(exc: Exception) -> int | None:
    match = re.search(r"line (\d+)", str(exc))
    return int(match.group(1)) if match else None


def _pack_meta(data: dict, manifest: Path, problems: list[Problem]) -> PackMeta:
    lines = _Lines(manifest.read_text(encoding="utf-8", errors="replace"), 1) if data else None

    def field_(key: str, required: bool = True) -> str:
        value = data.get(key, "")
        text = _text(value)
        if text is None or (required and not text):
            if data or key == "id":
                line = lines.of(key) if lines and key in data else None
                problems.append(
                    Problem(str(manifest), line, f"field {key!r} must be non-empty text")
                )
            return ""
        return text

    pack_id = field_("id")
    if pack_id and not ARTICLE_ID.match(pack_id):
        problems.append(
            Problem(
                str(manifest),
                lines.of("id") if lines else None,
                f"field 'id' must be lower-case letters, digits and dashes: {pack_id!r}",
            )
        )
    authors = data.get("authors", [])
    if not isinstance(authors, list) or not all(isinstance(a, str) for a in authors):
        problems.append(
            Problem(
                str(manifest),
                lines.of("authors") if lines else None,
                "field 'authors' must be a list of names",
            )
        )
        authors = []
    notice = _text(data.get("training_notice")) or PackMeta.training_notice
    return PackMeta(
        id=pack_id,
        title=field_("title"),
        version=field_("version"),
        language=field_("language", required=False) or "en",
        authors=tuple(authors),
        licence=field_("licence", required=False),
        description=field_("description", required=False),
        training_notice=notice,
    )


def _categories(data: dict, manifest: Path, problems: list[Problem]) -> tuple[list[Category], str]:
    base = data.get("taxonomy", "default")
    if base not in ("default", "none"):
        problems.append(
            Problem(str(manifest), None, "field 'taxonomy' must be 'default' or 'none'")
        )
        base = "default"
    categories = default_taxonomy() if base == "default" else []
    raw = data.get("categories", [])
    if not isinstance(raw, list):
        problems.append(Problem(str(manifest), None, "'categories' must be [[categories]] tables"))
        raw = []
    lines = _Lines(manifest.read_text(encoding="utf-8", errors="replace"), 1) if data else None
    for n, item in enumerate(raw):
        where = lines.of("id", n) if lines else None
        if not isinstance(item, dict):
            problems.append(Problem(str(manifest), where, f"category {n + 1} is not a table"))
            continue
        cat_id = _text(item.get("id")) or ""
        name = _text(item.get("name")) or ""
        if not CATEGORY_ID.match(cat_id):
            problems.append(
                Problem(
                    str(manifest),
                    where,
                    f"category {n + 1}: 'id' must be lower-case letters, digits and dashes: {cat_id!r}",
                )
            )
            continue
        existing = next((c for c in categories if c.id == cat_id), None)
        if not name and existing is None:
            problems.append(Problem(str(manifest), where, f"category {cat_id!r}: missing 'name'"))
            continue
        color = _text(item.get("color")) or (existing.color if existing else "")
        if color and not COLOR.match(color):
            problems.append(
                Problem(
                    str(manifest),
                    where,
                    f"category {cat_id!r}: 'color' must look like #rrggbb, not {color!r}",
                )
            )
            color = ""
        if not color:
            color = FALLBACK_COLORS[len(categories) % len(FALLBACK_COLORS)]
        if any(
            item is not other and isinstance(other, dict) and other.get("id") == cat_id
            for other in raw[:n]
        ):
            problems.append(Problem(str(manifest), where, f"duplicate category id {cat_id!r}"))
            continue
        category = Category(
            cat_id,
            name or existing.name,  # type: ignore[union-attr]
            _text(item.get("description")) or (existing.description if existing else ""),
            _text(item.get("how_to_check")) or (existing.how_to_check if existing else ""),
            color,
        )
        if existing is not None:
            categories[categories.index(existing)] = category
        else:
            categories.append(category)
    if not categories:
        problems.append(Problem(str(manifest), None, "the pack has no categories"))
    return categories, base


def read_article(
    path: Path, known_categories: set[str], problems: list[Problem]
) -> SourceArticle | None:
    """Read one article file; problems go to ``problems``. None if it cannot be used at all."""
    name = str(path)
    try:
        if path.stat().st_size > MAX_ARTICLE_BYTES:
            problems.append(Problem(name, None, f"file is larger than {MAX_ARTICLE_BYTES} bytes"))
            return None
        raw = path.read_text(encoding="utf-8")
    except UnicodeDecodeError:
        problems.append(Problem(name, None, "not UTF-8 text"))
        return None
    except OSError as exc:
        problems.append(Problem(name, None, f"cannot read: {exc.strerror}"))
        return None
    split = split_front_matter(raw)
    if split is None:
        problems.append(
            Problem(
                name,
                1,
                "missing front matter: the file must start with a '+++' line and close it with another",
            )
        )
        return None
    front, body, body_line = split
    try:
        data = tomllib.loads(front)
    except tomllib.TOMLDecodeError as exc:
        line = _toml_line(exc)
        problems.append(
            Problem(name, line + 1 if line else 1, f"front matter is not valid TOML: {exc}")
        )
        return None
    lines = _Lines(front, 2)
    before = len(problems)

    def need_text(key: str, required: bool = True) -> str:
        value = data.get(key, "")
        if isinstance(value, dt.date):
            return value.isoformat()
        text = _text(value)
        if text is None or (required and not text):
            problems.append(
                Problem(
                    name,
                    lines.of(key) if key in data else 2,
                    f"field {key!r} must be non-empty text",
                )
            )
            return ""
        return text

    art_id = need_text("id")
    if art_id and not ARTICLE_ID.match(art_id):
        problems.append(
            Problem(
                name,
                lines.of("id"),
                f"field 'id' must be lower-case letters, digits and dashes: {art_id!r}",
            )
        )
    headline = need_text("headline")
    difficulty = data.get("difficulty", 1)
    if not isinstance(difficulty, int) or isinstance(difficulty, bool) or not 1 <= difficulty <= 3:
        problems.append(
            Problem(
                name,
                lines.of("difficulty"),
                f"field 'difficulty' must be 1, 2 or 3, not {difficulty!r}",
            )
        )
        difficulty = 1
    kind = data.get("kind", "misinformation")
    if kind not in ARTICLE_KINDS:
        problems.append(
            Problem(
                name,
                lines.of("kind"),
                f"field 'kind' must be one of {', '.join(ARTICLE_KINDS)}, not {kind!r}",
            )
        )
        kind = "misinformation"
    tags = data.get("tags", [])
    if not isinstance(tags, list) or not all(isinstance(t, str) and t.strip() for t in tags):
        problems.append(Problem(name, lines.of("tags"), "field 'tags' must be a list of words"))
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
    if not body.strip():
        problems.append(
            Problem(name, body_line, "empty article: there is no text after the front matter")
        )
    rendered = render(headline, body)
    text = rendered.text
    raw_flags = data.get("flags", [])
    if not isinstance(raw_flags, list):
        problems.append(Problem(name, lines.of("flags"), "'flags' must be [[flags]] tables"))
        raw_flags = []
    annotations: list[Annotation] = []
    spans: set[tuple[int, int, str]] = set()
    for n, item in enumerate(raw_flags):
        where = lines.of("quote", n)
        label = f"flag {n + 1}"
        if not isinstance(item, dict):
            problems.append(Problem(name, where, f"{label} is not a table"))
            continue
        quote = item.get("quote")
        if not isinstance(quote, str) or not quote.strip():
            problems.append(
                Problem(name, where, f"{label}: missing 'quote' (the exact text to flag)")
            )
            continue
        category = item.get("category")
        if not isinstance(category, str) or category not in known_categories:
            problems.append(
                Problem(
                    name,
                    lines.of("category", n),
                    f"{label}: unknown category {category!r} (quote {normalise_quote(quote)!r})",
                )
            )
            continue
        explanation = item.get("explanation")
        if not isinstance(explanation, str) or not explanation.strip():
            problems.append(
                Problem(
                    name,
                    lines.of("explanation", n) if "explanation" in item else where,
                    f"{label}: missing explanation (quote {normalise_quote(quote)!r})",
                )
            )
            continue
        occurrence = item.get("occurrence")
        if occurrence is not None and (
            not isinstance(occurrence, int) or isinstance(occurrence, bool)
        ):
            problems.append(
                Problem(
                    name, lines.of("occurrence", n), f"{label}: 'occurrence' must be a whole number"
                )
            )
            continue
        prefix, suffix, hint = (item.get(k, "") for k in ("prefix", "suffix", "hint"))
        if not all(isinstance(v, str) for v in (prefix, suffix, hint)):
            problems.append(
                Problem(name, where, f"{label}: 'prefix', 'suffix' and 'hint' must be text")
            )
            continue
        try:
            anchor = locate(text, quote, occurrence, prefix, suffix)
        except AnchorError as exc:
            problems.append(Problem(name, where, f"{label}: {exc}"))
            continue
        if (anchor.start, anchor.end, category) in spans:
            problems.append(
                Problem(
                    name,
                    where,
                    f"{label}: duplicate flag (same quote and category): {normalise_quote(quote)!r}",
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
            )
        )
    if len(problems) > before and not art_id:
        return None
    annotations.sort(key=lambda a: (a.start, a.end, a.category))
    return SourceArticle(meta, body, rendered.blocks, text, annotations, name)


# -- writing a source folder back ------------------------------------------------


def article_source(meta: ArticleMeta, body: str, text: str, annotations: list[Annotation]) -> str:
    """The Markdown file for one article, flags anchored by quote (+ occurrence if repeated)."""
    front: dict[str, object] = {
        "id": meta.id,
        "headline": meta.headline,
        "byline": meta.byline or None,
        "outlet": meta.outlet or None,
        "date": meta.date or None,
        "difficulty": meta.difficulty,
        "kind": meta.kind,
        "tags": list(meta.tags),
    }
    flags = []
    for ann in annotations:
        flag: dict[str, object] = {"quote": ann.quote, "category": ann.category}
        starts = occurrences(text, ann.quote)
        if len(starts) > 1 and ann.start in starts:
            flag["occurrence"] = starts.index(ann.start) + 1
        flag["explanation"] = ann.explanation
        if ann.hint:
            flag["hint"] = ann.hint
        flags.append(flag)
    if flags:
        front["flags"] = flags
    return f"{FRONT_MATTER}\n{dumps(front)}{FRONT_MATTER}\n{body}"


def pack_manifest(meta: PackMeta, categories: list[Category], taxonomy_base: str) -> str:
    """pack.toml: the pack's metadata, and every category that is not a default one."""
    defaults = {c.id: c for c in default_taxonomy()}
    own = [c for c in categories if taxonomy_base == "none" or defaults.get(c.id) != c]
    data: dict[str, object] = {
        "id": meta.id,
        "title": meta.title,
        "version": meta.version,
        "language": meta.language,
        "authors": list(meta.authors),
        "licence": meta.licence or None,
        "description": meta.description or None,
        "training_notice": meta.training_notice,
        "taxonomy": taxonomy_base,
    }
    if own:
        data["categories"] = [
            {
                "id": c.id,
                "name": c.name,
                "description": c.description,
                "how_to_check": c.how_to_check,
                "color": c.color,
            }
            for c in own
        ]
    return dumps(data)
