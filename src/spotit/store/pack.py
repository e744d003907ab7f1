"""Built content packs: one SQLite file per pack (docs/content-pack.md).

A pack is a document format with its own ``format_version``. It is untrusted
input: it is opened read-only, and anything unexpected in it becomes one
``PackError`` with a one-line message, never a traceback.
"""

from __future__ import annotations

import json
import math
import sqlite3
import threading
import time
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path, PurePath
from typing import TYPE_CHECKING

from spotit import __version__
from spotit.core.article import ArticleSummary, PackArticle, text_hash
from spotit.core.blocks import block_from_json, canonical_text
from spotit.core.files import replacing
from spotit.core.model import (
    ARTICLE_KINDS,
    CHECK_TRUTHS,
    Anchor,
    Annotation,
    ArticleMeta,
    Check,
    CheckItem,
    CheckPointer,
    Lesson,
    PackMeta,
    PassageNote,
    language_problem,
)
from spotit.core.sources import (
    ARTICLE_SCHEME,
    SOURCE_KINDS,
    SOURCE_SCHEME,
    Link,
    SearchHit,
    SearchResults,
    SourcePage,
    SourceSummary,
    parse_address,
)
from spotit.core.taxonomy import ITEM_ID, Category, category_problem
from spotit.store import search as _search

if TYPE_CHECKING:
    from spotit.content.source import PackSource

#: PRAGMA application_id of every pack: "SPOT" in ASCII.
APPLICATION_ID = 0x53504F54
#: The pack format this SpotIt writes and the newest it reads (it reads every older one).
FORMAT_VERSION = 5
#: File extension of built packs.
PACK_SUFFIX = ".spotit"

MAX_PACK_BYTES = 1 << 30
MAX_ARTICLES = 20_000
MAX_ANNOTATIONS_PER_ARTICLE = 5_000
MAX_TEXT_CHARS = 2_000_000
MAX_FIELD_CHARS = 20_000
SQLITE_MAGIC = b"SQLite format 3\x00"
#: The longest one query of a pack may run, so that a hostile pack cannot hang the app or CLI.
QUERY_SECONDS = 10.0
#: The integrity check reads every page, bounded by MAX_PACK_BYTES: it gets longer.
CHECK_SECONDS = 120.0
#: SQLite instructions between two looks at the clock.
_PROGRESS_STEPS = 10_000
#: Deepest JSON a pack's columns may hold (blocks are 4 deep: list, block, runs, run).
MAX_JSON_DEPTH = 8

REQUIRED_COLUMNS = {
    "pack": {"id", "title", "version", "language", "authors", "licence", "description",
             "training_notice", "taxonomy", "format_version", "source_hash", "generator"},
    "categories": {"id", "position", "name", "description", "how_to_check", "color"},
    "articles": {"id", "position", "headline", "byline", "outlet", "date", "difficulty",
                 "kind", "tags", "text", "text_hash", "blocks", "body"},
    "annotations": {"id", "article_id", "position", "start", "end", "category", "quote",
                    "prefix", "suffix", "explanation", "hint"},
}  # fmt: skip
#: What format 2 adds (the answer keys of fair judgement): a pack of format 1 lacks them,
#: and reads as if every annotation had one anchor, no other category and no core.
REQUIRED_COLUMNS_V2 = {
    "articles": {"event"},
    "annotations": {"also", "core_start", "core_end"},
    "anchors": {"annotation_id", "position", "start", "end", "quote"},
    "notes": {"article_id", "position", "start", "end", "quote", "text"},
}  # fmt: skip
#: What format 3 adds: a lesson per category (a pack of format 1 or 2 has none).
REQUIRED_COLUMNS_V3 = {
    "lessons": {"category", "position", "title", "text", "blocks", "marks", "body",
                "source_order"},
}  # fmt: skip
MAX_LESSONS = 1000
MAX_CHECKS = 100
MAX_CHECK_ITEMS = 1000
#: What format 4 adds: checks of discernment in parallel forms (a pack of format 1-3 has none).
REQUIRED_COLUMNS_V4 = {
    "checks": {"id", "position", "title", "instructions", "forms"},
    "check_items": {"check_id", "id", "position", "form", "truth", "topic", "difficulty",
                    "headline", "lede", "outlet", "body", "blocks", "text"},
}  # fmt: skip
#: What format 5 adds: source pages, their links, and the check each answer key names
#: (docs/investigation.md); a pack of format 1-4 has no pages and its search finds nothing.
REQUIRED_COLUMNS_V5 = {
    "sources": {"id", "position", "kind", "title", "names", "address", "body", "blocks", "text"},
    "source_links": {"from_kind", "from_id", "position", "target_kind", "target_id", "start",
                     "end"},
    "annotations": {"check_source", "check_quote", "check_start", "check_end"},
    "notes": {"check_source", "check_quote", "check_start", "check_end"},
}  # fmt: skip
MAX_SOURCES = 10_000
#: The most links one page (or article) may hold, and the most that may point at one page.
MAX_LINKS = 10_000
#: Source pages kept parsed after they are read (the pane goes back and forth between a few).
_PAGE_CACHE = 256


class PackError(Exception):
    """A pack cannot be used; ``str()`` is one line naming the file and the problem."""


# -- building -------------------------------------------------------------------


def build_pack(source: PackSource, out: Path, source_hash: str = "") -> Path:
    """Write ``source`` as a pack at ``out``, atomically (temporary file, then rename).

    The source must have no problems; callers check ``source.problems`` first.
    """
    if source.problems:
        raise ValueError("cannot build a pack source that has problems")
    out = Path(out)
    with replacing(out, prefix=".building-") as tmp:
        _write(source, tmp, source_hash)
    return out


def _write(source: PackSource, path: Path, source_hash: str) -> None:
    import sqlite_utils  # only builds need it; opening packs stays light for start-up

    path.unlink(missing_ok=True)
    conn = sqlite3.connect(path)
    try:
        db = sqlite_utils.Database(conn)
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
        conn.execute(f"PRAGMA user_version = {FORMAT_VERSION}")
        _create_schema(db)
        meta = source.meta
        with conn:
            db["pack"].insert(
                {
                    "id": meta.id,
                    "title": meta.title,
                    "version": meta.version,
                    "language": meta.language,
                    "authors": json.dumps(list(meta.authors), ensure_ascii=False),
                    "licence": meta.licence,
                    "description": meta.description,
                    "training_notice": meta.training_notice,
                    "taxonomy": source.taxonomy_base,
                    "format_version": FORMAT_VERSION,
                    "source_hash": source_hash,
                    "generator": f"spotit {__version__}",
                }
            )
            db["categories"].insert_all(
                {
                    "id": c.id,
                    "position": i,
                    "name": c.name,
                    "description": c.description,
                    "how_to_check": c.how_to_check,
                    "color": c.color,
                }
                for i, c in enumerate(source.categories)
            )
            # Bulk rows go through executemany: sqlite-utils' insert_all assembles SQL per chunk
            # in Python, which made building a 1,000-article pack several times slower.
            conn.executemany(
                "INSERT INTO articles (id, position, headline, byline, outlet, date, difficulty,"
                " kind, tags, text, text_hash, blocks, body, event)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    (
                        a.meta.id,
                        i,
                        a.meta.headline,
                        a.meta.byline,
                        a.meta.outlet,
                        a.meta.date,
                        a.meta.difficulty,
                        a.meta.kind,
                        json.dumps(list(a.meta.tags), ensure_ascii=False),
                        a.text,
                        text_hash(a.text),
                        json.dumps(
                            [b.as_json() for b in a.blocks],
                            ensure_ascii=False,
                            separators=(",", ":"),
                        ),
                        a.body,
                        a.event,
                    )
                    for i, a in enumerate(source.articles)
                ),
            )
            # Ids are given, so each anchor row names its annotation.
            numbered = [
                (n, a, j, ann)
                for n, (a, j, ann) in enumerate(
                    ((a, j, ann) for a in source.articles for j, ann in enumerate(a.annotations)),
                    1,
                )
            ]
            conn.executemany(
                'INSERT INTO annotations (id, article_id, position, start, "end", category, quote,'
                " prefix, suffix, explanation, hint, also, core_start, core_end, check_source,"
                " check_quote, check_start, check_end)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    (
                        n,
                        a.meta.id,
                        j,
                        ann.start,
                        ann.end,
                        ann.category,
                        ann.quote,
                        ann.prefix,
                        ann.suffix,
                        ann.explanation,
                        ann.hint,
                        json.dumps(list(ann.also), ensure_ascii=False),
                        ann.core[0] if ann.core else None,
                        ann.core[1] if ann.core else None,
                        *_check_columns(ann.check),
                    )
                    for n, a, j, ann in numbered
                ),
            )
            conn.executemany(
                'INSERT INTO anchors (annotation_id, position, start, "end", quote)'
                " VALUES (?, ?, ?, ?, ?)",
                (
                    (n, k, alt.start, alt.end, alt.quote)
                    for n, _, _, ann in numbered
                    for k, alt in enumerate(ann.alternatives)
                ),
            )
            conn.executemany(
                'INSERT INTO notes (article_id, position, start, "end", quote, text, hint,'
                " check_source, check_quote, check_start, check_end)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    (
                        a.meta.id,
                        k,
                        note.start,
                        note.end,
                        note.quote,
                        note.text,
                        note.hint,
                        *_check_columns(note.check),
                    )
                    for a in source.articles
                    for k, note in enumerate(a.notes)
                ),
            )
            _write_sources(conn, source)
            conn.executemany(
                "INSERT INTO lessons (category, position, title, text, blocks, marks, body,"
                " source_order) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    (
                        lesson.category,
                        i,
                        lesson.title,
                        lesson.text,
                        json.dumps(
                            [b.as_json() for b in lesson.blocks],
                            ensure_ascii=False,
                            separators=(",", ":"),
                        ),
                        json.dumps([list(m) for m in lesson.marks]),
                        lesson.body,
                        lesson.order,
                    )
                    for i, lesson in enumerate(source.lessons)
                ),
            )
            conn.executemany(
                "INSERT INTO checks (id, position, title, instructions, forms)"
                " VALUES (?, ?, ?, ?, ?)",
                (
                    (c.id, i, c.title, c.instructions, json.dumps(list(c.forms)))
                    for i, c in enumerate(source.checks)
                ),
            )
            conn.executemany(
                "INSERT INTO check_items (check_id, id, position, form, truth, topic, difficulty,"
                " headline, lede, outlet, body, blocks, text)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    (
                        c.id,
                        item.id,
                        k,
                        item.form,
                        item.truth,
                        item.topic,
                        item.difficulty,
                        item.headline,
                        item.lede,
                        item.outlet,
                        item.body or None,
                        json.dumps(
                            [b.as_json() for b in item.blocks],
                            ensure_ascii=False,
                            separators=(",", ":"),
                        )
                        if item.body
                        else None,
                        item.text if item.body else None,
                    )
                    for c in source.checks
                    for k, item in enumerate(c.items)
                ),
            )
    finally:
        conn.close()


def _check_columns(check: CheckPointer | None) -> tuple[object, object, object, object]:
    """``check_source, check_quote, check_start, check_end`` of an answer key or note."""
    if check is None:
        return (None, "", None, None)
    return (check.source, check.quote, check.start, check.end)


def _write_sources(conn: sqlite3.Connection, source: PackSource) -> None:
    """The source pages, every link inside the pack (articles' and pages'), the search index."""
    pages: list[SourcePage] = list(getattr(source, "sources", None) or ())
    conn.executemany(
        "INSERT INTO sources (id, position, kind, title, names, address, body, blocks, text)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            (
                page.id,
                i,
                page.kind,
                page.title,
                json.dumps(list(page.summary.names), ensure_ascii=False),
                page.summary.address,
                page.body,
                json.dumps(
                    [b.as_json() for b in page.blocks], ensure_ascii=False, separators=(",", ":")
                ),
                page.text,
            )
            for i, page in enumerate(pages)
        ),
    )
    linked = [("article", a.meta.id, getattr(a, "links", ())) for a in source.articles]
    linked += [("source", page.id, page.links) for page in pages]
    conn.executemany(
        "INSERT INTO source_links (from_kind, from_id, position, target_kind, target_id, start,"
        ' "end") VALUES (?, ?, ?, ?, ?, ?, ?)',
        (
            (kind, from_id, k, link.target_kind, link.target_id, link.start, link.end)
            for kind, from_id, links in linked
            for k, link in enumerate(links)
        ),
    )
    _search.fill_index(conn, pages)


def _create_schema(db) -> None:
    db.execute(
        """
        CREATE TABLE pack (
            id TEXT PRIMARY KEY, title TEXT NOT NULL, version TEXT NOT NULL,
            language TEXT NOT NULL, authors TEXT NOT NULL, licence TEXT NOT NULL,
            description TEXT NOT NULL, training_notice TEXT NOT NULL, taxonomy TEXT NOT NULL,
            format_version INTEGER NOT NULL, source_hash TEXT NOT NULL, generator TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE categories (
            id TEXT PRIMARY KEY, position INTEGER NOT NULL, name TEXT NOT NULL,
            description TEXT NOT NULL, how_to_check TEXT NOT NULL, color TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE articles (
            id TEXT PRIMARY KEY, position INTEGER NOT NULL, headline TEXT NOT NULL,
            byline TEXT NOT NULL, outlet TEXT NOT NULL, date TEXT NOT NULL,
            difficulty INTEGER NOT NULL, kind TEXT NOT NULL, tags TEXT NOT NULL,
            text TEXT NOT NULL, text_hash TEXT NOT NULL, blocks TEXT NOT NULL, body TEXT NOT NULL,
            event TEXT NOT NULL DEFAULT ''
        )"""
    )
    db.execute(
        """
        CREATE TABLE annotations (
            id INTEGER PRIMARY KEY,
            article_id TEXT NOT NULL REFERENCES articles(id),
            position INTEGER NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL,
            category TEXT NOT NULL REFERENCES categories(id),
            quote TEXT NOT NULL, prefix TEXT NOT NULL, suffix TEXT NOT NULL,
            explanation TEXT NOT NULL, hint TEXT NOT NULL,
            also TEXT NOT NULL DEFAULT '[]',
            core_start INTEGER, core_end INTEGER,
            check_source TEXT, check_quote TEXT NOT NULL DEFAULT '',
            check_start INTEGER, check_end INTEGER
        )"""
    )
    db.execute(
        """
        CREATE TABLE anchors (
            annotation_id INTEGER NOT NULL REFERENCES annotations(id),
            position INTEGER NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, quote TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE notes (
            article_id TEXT NOT NULL REFERENCES articles(id),
            position INTEGER NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL, quote TEXT NOT NULL, text TEXT NOT NULL,
            hint TEXT NOT NULL DEFAULT '',
            check_source TEXT, check_quote TEXT NOT NULL DEFAULT '',
            check_start INTEGER, check_end INTEGER
        )"""
    )
    db.execute(
        """
        CREATE TABLE lessons (
            category TEXT PRIMARY KEY REFERENCES categories(id),
            position INTEGER NOT NULL, title TEXT NOT NULL,
            text TEXT NOT NULL, blocks TEXT NOT NULL, marks TEXT NOT NULL, body TEXT NOT NULL,
            source_order INTEGER
        )"""
    )
    db.execute(
        """
        CREATE TABLE checks (
            id TEXT PRIMARY KEY, position INTEGER NOT NULL, title TEXT NOT NULL,
            instructions TEXT NOT NULL, forms TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE check_items (
            check_id TEXT NOT NULL REFERENCES checks(id), id TEXT NOT NULL,
            position INTEGER NOT NULL, form TEXT NOT NULL, truth TEXT NOT NULL,
            topic TEXT NOT NULL, difficulty INTEGER NOT NULL, headline TEXT NOT NULL,
            lede TEXT NOT NULL, outlet TEXT NOT NULL, body TEXT, blocks TEXT, text TEXT,
            PRIMARY KEY (check_id, id)
        )"""
    )
    db.execute(
        """
        CREATE TABLE sources (
            id TEXT PRIMARY KEY, position INTEGER NOT NULL, kind TEXT NOT NULL,
            title TEXT NOT NULL, names TEXT NOT NULL, address TEXT NOT NULL,
            body TEXT NOT NULL, blocks TEXT NOT NULL, text TEXT NOT NULL
        )"""
    )
    db.execute(
        """
        CREATE TABLE source_links (
            from_kind TEXT NOT NULL, from_id TEXT NOT NULL, position INTEGER NOT NULL,
            target_kind TEXT NOT NULL, target_id TEXT NOT NULL,
            start INTEGER NOT NULL, "end" INTEGER NOT NULL
        )"""
    )
    try:
        _search.create_index(db.conn)
    except _search.IndexUnavailable as exc:
        raise PackError(str(exc)) from None
    db.execute("CREATE UNIQUE INDEX sources_position ON sources(position)")
    # The list of pages reads from this index alone, not from every page's text.
    db.execute("CREATE INDEX sources_summary ON sources(position, id, kind, title, names, address)")
    db.execute("CREATE INDEX source_links_from ON source_links(from_kind, from_id, position)")
    db.execute("CREATE INDEX source_links_target ON source_links(target_kind, target_id)")
    db.execute("CREATE UNIQUE INDEX articles_position ON articles(position)")
    db.execute("CREATE INDEX check_items_check ON check_items(check_id, position)")
    db.execute("CREATE INDEX annotations_article ON annotations(article_id, position)")
    db.execute("CREATE INDEX annotations_category ON annotations(category)")
    db.execute("CREATE INDEX anchors_annotation ON anchors(annotation_id, position)")
    db.execute("CREATE INDEX notes_article ON notes(article_id, position)")


# -- opening --------------------------------------------------------------------


@contextmanager
def _guard(path: Path, what: str) -> Iterator[None]:
    """Turn SQLite and decoding failures into a one-line PackError."""
    try:
        yield
    except PackError:
        raise
    except sqlite3.DatabaseError as exc:
        raise PackError(f"{path}: damaged or unreadable pack ({what}: {exc})") from None
    except (ValueError, TypeError, KeyError, OverflowError) as exc:
        raise PackError(f"{path}: invalid pack ({what}: {exc})") from None
    except RecursionError:
        raise PackError(f"{path}: invalid pack ({what}: nested too deeply)") from None


def _json_depth(value: object) -> int:
    """How deeply lists and objects nest in ``value``, walked without recursion."""
    deepest, stack = 0, [(value, 1)]
    while stack:
        item, depth = stack.pop()
        if isinstance(item, dict):
            item = list(item.values())
        if isinstance(item, list):
            deepest = max(deepest, depth)
            if depth > MAX_JSON_DEPTH:
                break
            stack.extend((child, depth + 1) for child in item)
    return deepest


def _same_name(name: str) -> str:
    """A name as compared: one Unicode form, case folded, spaces collapsed."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def read_only_uri(path: PurePath) -> str:
    r"""The SQLite URI that opens an absolute path read-only.

    A Windows share (``\\server\share\x.spotit``) becomes ``file://server/share/...``,
    which SQLite refuses (a URI authority must be empty); ``file:////server/...`` is the
    form SQLite documents for UNC paths.
    """
    uri = path.as_uri()
    if uri.startswith("file://") and not uri.startswith("file:///"):
        uri = "file:////" + uri[len("file://") :]
    # immutable: SQLite takes no locks, makes no -wal/-shm files and ignores any -wal beside
    # the pack (an attacker's -wal would otherwise replace its pages).
    return f"{uri}?mode=ro&immutable=1"


def open_pack(path: Path | str) -> Pack:
    """Open a built pack read-only; PackError if it is not a usable SpotIt pack.

    Opening makes every check of the pack as a whole (``Pack.__init__``); reading an
    article checks that article. ``validate_pack`` makes both for every article.
    """
    return Pack(Path(path))


@dataclass(frozen=True)
class PackReport:
    """What ``validate_pack`` found in a pack that passed every check."""

    articles: int
    annotations: int
    lessons: int = 0
    checks: int = 0
    check_items: int = 0
    sources: int = 0


def validate_pack(path: Path | str) -> PackReport:
    """Every check SpotIt makes of a built pack: the opening checks, the list, every article.

    The same checks the app makes when it opens the pack and its articles, so a pack that
    validates is one the app accepts. PackError (one line) on the first problem.
    """
    with open_pack(path) as pack:
        summaries = pack.articles()
        annotations = sum(len(pack.article(s.meta.id).annotations) for s in summaries)
        lessons = len(pack.lessons())
        checks = pack.checks()
        pages = pack.sources()
        for page in pages:
            pack.source(page.id)
        pack._check_links()
        pack._check_index()
    return PackReport(
        len(summaries),
        annotations,
        lessons,
        len(checks),
        sum(len(c.items) for c in checks),
        len(pages),
    )


class Pack:
    """A built content pack, open read-only. The one front door to its contents."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._check_file()
        uri = read_only_uri(path.resolve())
        self._budget = threading.local()  # each thread's query has its own deadline
        with _guard(path, "opening"):
            self._conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        try:
            with _guard(path, "opening"):
                self._conn.set_progress_handler(self._over_budget, _PROGRESS_STEPS)
                # Functions with side effects may not run from anything stored in the pack.
                self._conn.execute("PRAGMA trusted_schema = OFF")
                self._conn.execute("PRAGMA cell_size_check = ON")
            with _guard(path, "reading its header"):
                self._check_schema()
                self.meta, self.format_version, self.taxonomy_base, self.source_hash = (
                    self._read_meta()
                )
                self._v2 = self.format_version >= 2
                # Format 1 has no events: every article reads as reporting none.
                self._event_column = "event" if self._v2 else "''"
                self._note_hints = False
                if self._v2:
                    self._check_columns(REQUIRED_COLUMNS_V2)
                    self._note_hints = "hint" in {
                        row[1] for row in self._rows("PRAGMA table_info([notes])")
                    }
                if self.format_version >= 3:
                    self._check_columns(REQUIRED_COLUMNS_V3)
                if self.format_version >= 4:
                    self._check_columns(REQUIRED_COLUMNS_V4)
                self._v5 = self.format_version >= 5
                if self._v5:
                    self._check_columns(REQUIRED_COLUMNS_V5)
                    self._check_search_index()
                self.categories = self._read_categories()
        except PackError:
            self._conn.close()
            raise
        self._category_ids = {c.id for c in self.categories}
        #: the checks as read once (``checks()``): in order, and by id
        self._checks: tuple[tuple[Check, ...], dict[str, Check]] | None = None
        #: the source pages' summaries as read once (``sources()``), by id in pack order
        self._sources: dict[str, SourceSummary] | None = None
        self._pages: dict[str, SourcePage] = {}
        self._article_id_set: frozenset[str] | None = None

    # -- queries ---------------------------------------------------------------
    def _over_budget(self) -> bool:
        return time.monotonic() > getattr(self._budget, "deadline", math.inf)

    def _rows(self, sql: str, params: tuple = (), seconds: float | None = None) -> list[tuple]:
        """Every row of one query, which SQLite stops once it runs out of time."""
        self._budget.deadline = time.monotonic() + (QUERY_SECONDS if seconds is None else seconds)
        try:
            return self._conn.execute(sql, params).fetchall()
        except sqlite3.OperationalError:
            if self._over_budget():
                raise self._fail(
                    "refused: reading it takes too long (a damaged or hostile pack)"
                ) from None
            raise
        finally:
            self._budget.deadline = math.inf

    def _json(self, text: str, what: str) -> object:
        try:
            value = json.loads(text)
        except RecursionError:
            value = None
            deep = True
        else:
            deep = _json_depth(value) > MAX_JSON_DEPTH
        if deep:
            raise self._fail(f"invalid pack: {what} is nested too deeply")
        return value

    # -- checks ----------------------------------------------------------------
    def _fail(self, message: str) -> PackError:
        return PackError(f"{self.path}: {message}")

    def _rendering(self, where: str, text: object, blocks_json: object, body: object) -> list:
        """The blocks of a stored rendering (an article's, a lesson's, a check item's, a
        source page's), checked: text, blocks and body are text of sane length, and the
        blocks spell the text exactly (what the reader shows is what offsets index)."""
        for value, name in ((text, "text"), (blocks_json, "blocks"), (body, "body")):
            if not isinstance(value, str):
                raise self._fail(f"invalid pack: {where} {name} is not text")
            if len(value) > 4 * MAX_TEXT_CHARS:
                raise self._fail(f"invalid pack: {where} {name} is absurdly long")
        raw_blocks = self._json(blocks_json, f"{where} blocks")
        if not isinstance(raw_blocks, list):
            raise self._fail(f"invalid pack: {where} blocks are not a list")
        blocks = [block_from_json(b) for b in raw_blocks]
        if canonical_text(blocks) != text:
            raise self._fail(f"invalid pack: {where} text does not match its blocks")
        return blocks

    def _check_file(self) -> None:
        try:
            size = self.path.stat().st_size
            if not self.path.is_file():
                raise self._fail("not a file")
            with self.path.open("rb") as fh:
                head = fh.read(100)
        except FileNotFoundError:
            raise self._fail("no such file") from None
        except PackError:
            raise
        except OSError as exc:
            raise self._fail(f"cannot read ({exc.strerror})") from None
        if size > MAX_PACK_BYTES:
            raise self._fail(f"too large for a pack ({size} bytes; the limit is {MAX_PACK_BYTES})")
        if not head.startswith(SQLITE_MAGIC):
            raise self._fail("not a SpotIt pack (not an SQLite file)")
        if len(head) < 100 or size < 512:
            raise self._fail("damaged pack (the file is truncated)")

    def _check_schema(self) -> None:
        """The checks of the pack as a whole, made on opening (and so by ``validate_pack``)."""
        ((app_id,),) = self._rows("PRAGMA application_id")
        if app_id != APPLICATION_ID:
            raise self._fail("not a SpotIt pack (an SQLite database of another kind)")
        ((user_version,),) = self._rows("PRAGMA user_version")
        if user_version > FORMAT_VERSION:
            raise self._fail(
                f"made by a newer SpotIt (pack format {user_version}; this SpotIt reads up to "
                f"{FORMAT_VERSION}): update SpotIt to open it"
            )
        if user_version < 0:
            raise self._fail(f"invalid pack: user_version is {user_version}")
        self._check_objects()
        if user_version >= 5:
            # Before the integrity check, which (from SQLite 3.44) checks the index too and
            # would call a missing part of it damage.
            self._check_search_index()
        problems = [r[0] for r in self._rows("PRAGMA quick_check(3)", seconds=CHECK_SECONDS)]
        if problems != ["ok"]:
            # SQLite's report spans lines ("*** in database main ***" first): keep one.
            lines = [line for line in "\n".join(map(str, problems)).splitlines() if line.strip()]
            first = next((line for line in lines if not line.startswith("***")), lines[0])
            raise self._fail(f"damaged pack (integrity check: {first.strip()[:200]})")
        self._check_columns(REQUIRED_COLUMNS)
        ((count,),) = self._rows("SELECT count(*) FROM articles")
        if count > MAX_ARTICLES:
            raise self._fail(
                f"invalid pack: too many articles ({count}; the limit is {MAX_ARTICLES})"
            )

    def _check_columns(self, required: dict[str, set[str]]) -> None:
        """Every table of ``required`` is there, with at least those columns."""
        for table, wanted in required.items():
            have = {row[1] for row in self._rows(f"PRAGMA table_info([{table}])")}
            if not have:  # (format 1's tables are looked for among the objects first)
                raise self._fail(f"invalid pack: table '{table}' is missing")
            missing = wanted - have
            if missing:
                raise self._fail(
                    f"invalid pack: table '{table}' lacks {', '.join(sorted(missing))}"
                )

    def _check_objects(self) -> None:
        """Only plain tables and indexes: a view or trigger would run the pack's own SQL.

        The one exception is the search index of format 5: its two FTS5 tables, each
        exactly as SpotIt creates it (so no other module, tokenizer or option), and the
        plain tables FTS5 keeps them in.
        """
        tables = set()
        for kind, name, rootpage, sql in self._rows(
            "SELECT type, name, rootpage, sql FROM sqlite_master"
        ):
            name = str(name)
            if kind not in ("table", "index"):
                raise self._fail(
                    f"invalid pack: it holds a {kind} ({name[:40]!r}); a pack holds only "
                    "tables and indexes"
                )
            if kind == "table" and not rootpage:  # a virtual table's rows come from code
                if _search.VIRTUAL_TABLES.get(name) != sql:
                    raise self._fail(f"invalid pack: table {name[:40]!r} is a virtual table")
            elif kind == "table" and name in _search.SHADOW_TABLES:
                if not isinstance(sql, str) or not sql.startswith(f"CREATE TABLE '{name}'("):
                    raise self._fail(f"invalid pack: table {name[:40]!r} is not a search index")
            if kind == "table":
                tables.add(name.lower())
        for table in REQUIRED_COLUMNS:
            if table not in tables:
                raise self._fail(f"invalid pack: table '{table}' is missing")

    def _check_search_index(self) -> None:
        """Format 5 has its search index, every part of it."""
        tables = {
            str(row[0]) for row in self._rows("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        for table in sorted({*_search.VIRTUAL_TABLES, *_search.SHADOW_TABLES}):
            if table not in tables:
                raise self._fail(f"invalid pack: its search index lacks '{table}'")

    def _read_meta(self) -> tuple[PackMeta, int, str, str]:
        rows = self._rows(
            "SELECT id, title, version, language, authors, licence, description, training_notice,"
            " taxonomy, format_version, source_hash FROM pack LIMIT 2"
        )
        if len(rows) != 1:
            raise self._fail(f"invalid pack: the pack table has {len(rows)} rows, not 1")
        row = rows[0]
        fmt = row[9]
        if not isinstance(fmt, int) or fmt < 1:
            raise self._fail(f"invalid pack: format_version is {fmt!r}")
        if fmt > FORMAT_VERSION:
            raise self._fail(
                f"made by a newer SpotIt (pack format {fmt}; this SpotIt reads up to "
                f"{FORMAT_VERSION}): update SpotIt to open it"
            )
        self._format = fmt
        texts = [
            self._short_text(v, name)
            for v, name in zip(
                row[:9],
                (
                    "id",
                    "title",
                    "version",
                    "language",
                    "authors",
                    "licence",
                    "description",
                    "training_notice",
                    "taxonomy",
                ),
                strict=True,
            )
        ]
        if not ITEM_ID.match(texts[0]):
            raise self._fail(f"invalid pack: pack id {texts[0]!r}")
        if (wrong := language_problem(texts[3])) is not None:
            raise self._fail(f"invalid pack: {wrong}")
        authors = self._json(texts[4], "authors")
        if not isinstance(authors, list) or not all(isinstance(a, str) for a in authors):
            raise self._fail("invalid pack: authors is not a list of names")
        meta = PackMeta(
            texts[0], texts[1], texts[2], texts[3], tuple(authors), texts[5], texts[6], texts[7]
        )
        return meta, fmt, texts[8], row[10] if isinstance(row[10], str) else ""

    def _short_text(self, value: object, name: str) -> str:
        if not isinstance(value, str):
            raise self._fail(f"invalid pack: {name} is not text")
        if len(value) > MAX_FIELD_CHARS:
            raise self._fail(f"invalid pack: {name} is absurdly long ({len(value)} characters)")
        return value

    def _read_categories(self) -> list[Category]:
        rows = self._rows(
            "SELECT id, name, description, how_to_check, color FROM categories ORDER BY position"
            " LIMIT 1001"
        )
        if not rows:
            raise self._fail("invalid pack: it has no categories")
        if len(rows) > 1000:
            raise self._fail(f"invalid pack: absurd number of categories ({len(rows)})")
        categories = []
        for row in rows:
            values = [self._short_text(v, "category field") for v in row]
            problem = category_problem(values[0], values[4])
            if problem is None and not values[4]:
                # Sources may leave the colour to a default; a built pack always has one.
                problem = ("color", "colour must look like #rrggbb, not ''")
            if problem is not None:
                raise self._fail(f"invalid pack: category {values[0][:40]!r}: {problem[1]}")
            categories.append(Category(*values))
        return categories

    # -- reading -----------------------------------------------------------------
    def category(self, category_id: str) -> Category | None:
        """The pack's category with this id, or None."""
        return next((c for c in self.categories if c.id == category_id), None)

    def articles(self) -> list[ArticleSummary]:
        """Every article's metadata and annotation count, in pack order."""
        with _guard(self.path, "listing articles"):
            counts = dict(self._rows("SELECT article_id, count(*) FROM annotations GROUP BY 1"))
            rows = self._rows(
                "SELECT id, headline, byline, outlet, date, difficulty, kind, tags,"
                f" {self._event_column} FROM articles ORDER BY position LIMIT ?",
                (MAX_ARTICLES,),
            )
            return [
                ArticleSummary(
                    self._article_meta(row[:8]), counts.get(row[0], 0), self._event(row[0], row[8])
                )
                for row in rows
            ]

    def article_categories(self) -> dict[str, tuple[str, ...]]:
        """Each article's red-flag categories (primary, in key order, once each); credible
        articles are absent. One query: today's practice reads it for every open pack."""
        with _guard(self.path, "listing red flags"):
            rows = self._rows(
                "SELECT article_id, category FROM annotations ORDER BY article_id, position"
                " LIMIT ?",
                (MAX_ARTICLES * 100,),
            )
        found: dict[str, dict[str, None]] = {}
        for article_id, category in rows:
            if category in self._category_ids:
                found.setdefault(article_id, {})[category] = None
        return {article_id: tuple(cats) for article_id, cats in found.items()}

    def article_ids(self) -> list[str]:
        """Every article's id, in pack order."""
        with _guard(self.path, "listing articles"):
            rows = self._rows("SELECT id FROM articles ORDER BY position LIMIT ?", (MAX_ARTICLES,))
            return [r[0] for r in rows]

    def _article_meta(self, row: tuple) -> ArticleMeta:
        art_id, headline, byline, outlet, date, difficulty, kind, tags = row
        for value, name in (
            (art_id, "id"),
            (headline, "headline"),
            (byline, "byline"),
            (outlet, "outlet"),
            (date, "date"),
            (tags, "tags"),
        ):
            self._short_text(value, f"article {name}")
        if not ITEM_ID.match(art_id):
            raise self._fail(f"invalid pack: article id {art_id!r}")
        if not isinstance(difficulty, int) or not 1 <= difficulty <= 3:
            raise self._fail(f"invalid pack: article {art_id!r} has difficulty {difficulty!r}")
        if kind not in ARTICLE_KINDS:
            raise self._fail(f"invalid pack: article {art_id!r} has kind {kind!r}")
        tag_list = self._json(tags, f"article {art_id!r} tags")
        if not isinstance(tag_list, list) or not all(isinstance(t, str) for t in tag_list):
            raise self._fail(f"invalid pack: article {art_id!r} has malformed tags")
        return ArticleMeta(
            art_id, headline, byline, outlet, date, difficulty, kind, tuple(tag_list)
        )

    def article(self, article_id: str) -> PackArticle:
        """One article with its text, blocks and answer key, checked for consistency."""
        with _guard(self.path, f"reading article {article_id!r}"):
            found = self._rows(
                "SELECT id, headline, byline, outlet, date, difficulty, kind, tags,"
                " text, text_hash, blocks, body,"
                f" {self._event_column} FROM articles WHERE id = ? LIMIT 1",
                (article_id,),
            )
            if not found:
                raise PackError(f"{self.path}: no article with id {article_id!r}")
            row = found[0]
            meta = self._article_meta(row[:8])
            text, stored_hash, blocks_json, body = row[8:12]
            event = self._event(article_id, row[12])
            if isinstance(text, str) and len(text) > MAX_TEXT_CHARS:
                raise self._fail(f"invalid pack: article {article_id!r} text is absurdly long")
            blocks = self._rendering(f"article {article_id!r}", text, blocks_json, body)
            keys = "id, also, core_start, core_end" if self._v2 else "id, '[]', NULL, NULL"
            keys += f", {self._check_keys}"
            rows = self._rows(
                'SELECT start, "end", category, quote, explanation, prefix, suffix, hint,'
                f" {keys} FROM annotations WHERE article_id = ? ORDER BY position LIMIT ?",
                (article_id, MAX_ANNOTATIONS_PER_ARTICLE + 1),
            )
            if len(rows) > MAX_ANNOTATIONS_PER_ARTICLE:
                raise self._fail(
                    f"invalid pack: article {article_id!r} has an absurd number of annotations"
                )
            alternatives = self._alternatives(article_id, text)
            annotations = [
                self._annotation(article_id, n, r, text, alternatives.get(r[8], ()))
                for n, r in enumerate(rows)
            ]
            return PackArticle(
                meta,
                blocks,
                text,
                stored_hash or text_hash(text),
                annotations,
                body,
                self._notes(article_id, text),
                event,
            )

    def lessons(self) -> list[Lesson]:
        """Every lesson, in the order learners meet them (none in packs of format 1 or 2)."""
        if self.format_version < 3:
            return []
        with _guard(self.path, "reading lessons"):
            rows = self._rows(
                "SELECT category, position, title, text, blocks, marks, body, source_order"
                " FROM lessons ORDER BY position LIMIT ?",
                (MAX_LESSONS + 1,),
            )
            if len(rows) > MAX_LESSONS:
                raise self._fail(f"invalid pack: more than {MAX_LESSONS} lessons")
            return [self._lesson(row) for row in rows]

    def lesson(self, category_id: str) -> Lesson | None:
        """The lesson on a category, or None if the pack has none for it."""
        return next((lesson for lesson in self.lessons() if lesson.category == category_id), None)

    def _lesson(self, row: tuple) -> Lesson:
        category, position, title, text, blocks_json, marks_json, body, order = row
        if category not in self._category_ids:
            raise self._fail(f"invalid pack: a lesson has unknown category {category!r}")
        where = f"lesson {category!r}"
        if not isinstance(position, int) or isinstance(position, bool):
            raise self._fail(f"invalid pack: {where} has position {position!r}")
        if order is not None and not isinstance(order, int):
            raise self._fail(f"invalid pack: {where} has order {order!r}")
        self._short_text(title, f"{where} title")
        blocks = self._rendering(where, text, blocks_json, body)
        raw_marks = self._json(self._short_text(marks_json, f"{where} marks"), f"{where} marks")
        if not isinstance(raw_marks, list) or not all(
            isinstance(m, list)
            and len(m) == 2
            and all(isinstance(v, int) and not isinstance(v, bool) for v in m)
            and 0 <= m[0] < m[1] <= len(text)
            for m in raw_marks
        ):
            raise self._fail(f"invalid pack: {where} marks are not spans of its text")
        marks = tuple((m[0], m[1]) for m in raw_marks)
        return Lesson(category, title, position, blocks, text, marks, body, order)

    def checks(self) -> list[Check]:
        """Every check of discernment, in pack order (none in packs of format 1 to 3).

        Read and checked once: the pack is opened immutable, so what it holds cannot
        change, and the library asks on every refresh. A pack whose checks are refused
        is read (and refused) again each time.
        """
        if self._checks is None:
            checks = self._read_checks()
            self._checks = (tuple(checks), {c.id: c for c in checks})
        return list(self._checks[0])

    def check(self, check_id: str) -> Check | None:
        """The check with this id, or None if the pack has none of that id."""
        self.checks()
        return self._checks[1].get(check_id)

    def _read_checks(self) -> list[Check]:
        if self.format_version < 4:
            return []
        with _guard(self.path, "reading checks"):
            rows = self._rows(
                "SELECT id, title, instructions, forms FROM checks ORDER BY position LIMIT ?",
                (MAX_CHECKS + 1,),
            )
            if len(rows) > MAX_CHECKS:
                raise self._fail(f"invalid pack: more than {MAX_CHECKS} checks")
            items = self._rows(
                "SELECT check_id, id, form, truth, topic, difficulty, headline, lede, outlet,"
                " body, blocks, text FROM check_items ORDER BY check_id, position LIMIT ?",
                (MAX_CHECKS * MAX_CHECK_ITEMS + 1,),
            )
            if len(items) > MAX_CHECKS * MAX_CHECK_ITEMS:
                raise self._fail("invalid pack: an absurd number of check items")
            by_check: dict[object, list[tuple]] = {}
            for row in items:
                by_check.setdefault(row[0], []).append(row[1:])
            known = {row[0] for row in rows}
            stray = next((k for k in by_check if k not in known), None)
            if stray is not None:
                raise self._fail(f"invalid pack: check items of no check ({str(stray)[:40]!r})")
            return [self._check(row, by_check.get(row[0], [])) for row in rows]

    def _check(self, row: tuple, item_rows: list[tuple]) -> Check:
        from spotit.content.checks import FORM_ID, LIMITS, balance_problems

        check_id, title, instructions, forms_json = row
        if not isinstance(check_id, str) or not ITEM_ID.fullmatch(check_id):
            raise self._fail(f"invalid pack: check id {str(check_id)[:40]!r}")
        where = f"check {check_id!r}"
        self._short_text(title, f"{where} title")
        self._short_text(instructions, f"{where} instructions")
        forms = self._json(self._short_text(forms_json, f"{where} forms"), f"{where} forms")
        if (
            not isinstance(forms, list)
            or not forms
            or len(set(map(str, forms))) != len(forms)
            or not all(isinstance(f, str) and FORM_ID.fullmatch(f) for f in forms)
        ):
            raise self._fail(f"invalid pack: {where} forms are not a list of form ids")
        if len(item_rows) > MAX_CHECK_ITEMS:
            raise self._fail(f"invalid pack: {where} has more than {MAX_CHECK_ITEMS} items")
        items = []
        seen: set[str] = set()
        for values in item_rows:
            item_id, form, truth, topic, difficulty, headline, lede, outlet = values[:8]
            body, blocks_json, text = values[8:]
            if not isinstance(item_id, str) or not ITEM_ID.fullmatch(item_id) or item_id in seen:
                raise self._fail(f"invalid pack: {where} has item id {str(item_id)[:40]!r}")
            seen.add(item_id)
            at = f"{where} item {item_id!r}"
            if form not in forms:
                raise self._fail(f"invalid pack: {at} has form {str(form)[:40]!r}")
            if truth not in CHECK_TRUTHS:
                raise self._fail(f"invalid pack: {at} has truth {str(truth)[:40]!r}")
            if not isinstance(topic, str) or not ITEM_ID.fullmatch(topic):
                raise self._fail(f"invalid pack: {at} has topic {str(topic)[:40]!r}")
            if type(difficulty) is not int or not 1 <= difficulty <= 3:
                raise self._fail(f"invalid pack: {at} has difficulty {difficulty!r}")
            for value, name in ((headline, "headline"), (lede, "lede"), (outlet, "outlet")):
                self._short_text(value, f"{at} {name}")
                if len(value) > LIMITS[name]:
                    raise self._fail(f"invalid pack: {at} {name} is too long")
            blocks: tuple = ()
            if body is None:
                if blocks_json is not None or text is not None:
                    raise self._fail(f"invalid pack: {at} has blocks but no body")
                body = text = ""
            else:
                blocks = tuple(self._rendering(at, text, blocks_json, body))
            items.append(
                CheckItem(
                    item_id,
                    form,
                    truth,
                    topic,
                    difficulty,
                    headline,
                    lede,
                    outlet,
                    blocks,
                    text,
                    body,
                )  # fmt: skip
            )
        unbalanced = balance_problems(forms, items)
        if unbalanced:
            raise self._fail(f"invalid pack: {where}: {unbalanced[0][1]}")
        return Check(check_id, title, instructions, tuple(forms), tuple(items))

    def _event(self, article_id: str, event: object) -> str:
        if not isinstance(event, str) or (event and not ITEM_ID.match(event)):
            raise self._fail(f"invalid pack: article {article_id!r} has event {event!r}")
        return event

    def _span(self, where: str, start: object, end: object, quote: object, text: str) -> None:
        """A stored place must lie inside the text and spell its quote."""
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            raise self._fail(f"invalid pack: {where} has offsets out of range ({start!r}, {end!r})")
        self._short_text(quote, f"{where} quote")
        if text[start:end] != quote:
            raise self._fail(f"invalid pack: {where} offsets do not match its quote {quote!r}")

    def _alternatives(self, article_id: str, text: str) -> dict[int, tuple[Anchor, ...]]:
        """The other anchors of each of the article's annotations, by annotation id."""
        if not self._v2:
            return {}
        rows = self._rows(
            'SELECT annotation_id, start, "end", quote FROM anchors WHERE annotation_id IN'
            " (SELECT id FROM annotations WHERE article_id = ?)"
            " ORDER BY annotation_id, position LIMIT ?",
            (article_id, MAX_ANNOTATIONS_PER_ARTICLE + 1),
        )
        if len(rows) > MAX_ANNOTATIONS_PER_ARTICLE:
            raise self._fail(
                f"invalid pack: article {article_id!r} has an absurd number of anchors"
            )
        found: dict[int, list[Anchor]] = {}
        for annotation_id, start, end, quote in rows:
            self._span(f"article {article_id!r} anchor", start, end, quote, text)
            found.setdefault(annotation_id, []).append(Anchor(start, end, quote))
        return {k: tuple(v) for k, v in found.items()}

    def _notes(self, article_id: str, text: str) -> tuple[PassageNote, ...]:
        if not self._v2:
            return ()
        # A format-2 pack built before notes had hints lacks the column: its notes have none.
        hint = "hint" if self._note_hints else "''"
        rows = self._rows(
            f'SELECT start, "end", quote, text, {hint}, {self._check_keys} FROM notes'
            " WHERE article_id = ? ORDER BY position LIMIT ?",
            (article_id, MAX_ANNOTATIONS_PER_ARTICLE + 1),
        )
        if len(rows) > MAX_ANNOTATIONS_PER_ARTICLE:
            raise self._fail(f"invalid pack: article {article_id!r} has an absurd number of notes")
        notes = []
        for n, (start, end, quote, said, prompt, *check) in enumerate(rows):
            where = f"article {article_id!r} note {n + 1}"
            self._span(where, start, end, quote, text)
            notes.append(
                PassageNote(
                    start,
                    end,
                    quote,
                    self._short_text(said, f"{where} text"),
                    self._short_text(prompt, f"{where} hint"),
                    self._check_pointer(where, *check),
                )
            )
        return tuple(notes)

    def _annotation(
        self, article_id: str, n: int, row: tuple, text: str, alternatives: tuple[Anchor, ...]
    ) -> Annotation:
        start, end, category, quote, explanation, prefix, suffix, hint = row[:8]
        also_json, core_start, core_end = row[9:12]
        where = f"article {article_id!r} annotation {n + 1}"
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            raise self._fail(f"invalid pack: {where} has offsets out of range ({start!r}, {end!r})")
        if category not in self._category_ids:
            raise self._fail(f"invalid pack: {where} has unknown category {category!r}")
        for value, name in (
            (quote, "quote"),
            (explanation, "explanation"),
            (prefix, "prefix"),
            (suffix, "suffix"),
            (hint, "hint"),
        ):
            self._short_text(value, f"{where} {name}")
        if text[start:end] != quote:
            raise self._fail(f"invalid pack: {where} offsets do not match its quote {quote!r}")
        also = self._json(self._short_text(also_json, f"{where} also"), f"{where} also")
        if not isinstance(also, list) or not all(
            isinstance(c, str) and c in self._category_ids for c in also
        ):
            raise self._fail(f"invalid pack: {where} has 'also' {also!r}, not known categories")
        core = None
        if core_start is not None or core_end is not None:
            if not (
                isinstance(core_start, int)
                and isinstance(core_end, int)
                and start <= core_start < core_end <= end
            ):
                raise self._fail(
                    f"invalid pack: {where} has a core ({core_start!r}, {core_end!r}) "
                    f"outside its quote ({start}, {end})"
                )
            core = (core_start, core_end)
        return Annotation(
            start,
            end,
            category,
            quote,
            explanation,
            prefix,
            suffix,
            hint,
            tuple(also),
            alternatives,
            core,
            self._check_pointer(where, *row[12:16]),
        )

    # -- source pages (format 5) -----------------------------------------------------
    @property
    def _check_keys(self) -> str:
        """The check columns of annotations and notes (NULLs before format 5)."""
        if self._v5:
            return "check_source, check_quote, check_start, check_end"
        return "NULL, '', NULL, NULL"

    def _check_pointer(
        self, where: str, source: object, quote: object, start: object, end: object
    ) -> CheckPointer | None:
        """An answer key's check: a page the pack holds, and a passage that lies in its text."""
        if source is None:
            if quote != "" or start is not None or end is not None:
                raise self._fail(f"invalid pack: {where} has a check quote but no check")
            return None
        if not isinstance(source, str) or source not in self._source_index():
            raise self._fail(f"invalid pack: {where} checks {str(source)[:40]!r}, no source page")
        quote = self._short_text(quote, f"{where} check quote")
        if not quote:
            if start not in (0, None) or end not in (0, None):
                raise self._fail(f"invalid pack: {where} has a check place but no check quote")
            return CheckPointer(source)
        page = self.source(source)
        assert page is not None  # (in the index, so read or refused)
        self._span(f"{where} check", start, end, quote, page.text)
        return CheckPointer(source, quote, start, end)

    def _source_index(self) -> dict[str, SourceSummary]:
        if self._sources is None:
            self._sources = self._read_sources()
        return self._sources

    def sources(self) -> list[SourceSummary]:
        """Every source page's summary, in pack order (none before format 5).

        Read and checked once: the pack is immutable, and the pane and the answer keys
        ask again and again.
        """
        return list(self._source_index().values())

    def _read_sources(self) -> dict[str, SourceSummary]:
        if not self._v5:
            return {}
        with _guard(self.path, "listing source pages"):
            rows = self._rows(
                "SELECT id, kind, title, names, address FROM sources ORDER BY position LIMIT ?",
                (MAX_SOURCES + 1,),
            )
        if len(rows) > MAX_SOURCES:
            raise self._fail(f"invalid pack: more than {MAX_SOURCES} source pages")
        found: dict[str, SourceSummary] = {}
        for source_id, kind, title, names_json, address in rows:
            if type(source_id) is not str or not ITEM_ID.fullmatch(source_id):
                raise self._fail(f"invalid pack: source page id {str(source_id)[:40]!r}")
            if source_id in found:
                raise self._fail(f"invalid pack: two source pages have the id {source_id!r}")
            if kind not in SOURCE_KINDS:
                raise self._fail(
                    f"invalid pack: source page {source_id!r} has kind {str(kind)[:40]!r}"
                )
            # (the checks of _short_text, inline: this loop runs for every page at once)
            for value, name in ((title, "title"), (names_json, "names"), (address, "address")):
                if type(value) is not str or len(value) > MAX_FIELD_CHARS:
                    self._short_text(value, f"source page {source_id!r} {name}")
            names = () if names_json == "[]" else self._names(names_json, source_id)
            found[source_id] = SourceSummary(source_id, kind, title, names, address)
        return found

    def _names(self, text: str, source_id: str) -> tuple[str, ...]:
        """A page's names: a flat JSON list of text (read for every page when the list is
        first asked for, so without ``_json``'s walk of the depth, which a flat list has
        not)."""
        where = f"source page {source_id!r}"
        try:
            names = json.loads(text)
        except RecursionError:
            raise self._fail(f"invalid pack: {where} names is nested too deeply") from None
        except ValueError:
            raise self._fail(f"invalid pack: {where} names are not JSON") from None
        if type(names) is not list or not all(type(n) is str for n in names):
            raise self._fail(f"invalid pack: {where} names are not a list of names")
        return tuple(names)

    def _article_ids(self) -> frozenset[str]:
        if self._article_id_set is None:
            self._article_id_set = frozenset(self.article_ids())
        return self._article_id_set

    def _target(self, where: str, kind: object, target: object) -> Link:
        """A stored link's target: a page or an article the pack holds."""
        if kind == SOURCE_SCHEME:
            known = target in self._source_index()
        elif kind == ARTICLE_SCHEME:
            known = target in self._article_ids()
        else:
            raise self._fail(f"invalid pack: {where} has a link of kind {str(kind)[:40]!r}")
        if not known:
            raise self._fail(
                f"invalid pack: {where} links to {kind}:{str(target)[:40]}, which it does not hold"
            )
        return Link(kind, str(target))

    def source(self, source_id: str) -> SourcePage | None:
        """One source page with its blocks, text and links; None if the pack has none of
        that id (a pack of format 1 to 4 has none at all)."""
        if source_id in self._pages:
            return self._pages[source_id]
        summary = self._source_index().get(source_id)
        if summary is None:
            return None
        where = f"source page {source_id!r}"
        with _guard(self.path, f"reading {where}"):
            ((body, blocks_json, text),) = self._rows(
                "SELECT body, blocks, text FROM sources WHERE id = ? LIMIT 1", (source_id,)
            )
            blocks = tuple(self._rendering(where, text, blocks_json, body))
            rows = self._rows(
                'SELECT target_kind, target_id, start, "end" FROM source_links'
                " WHERE from_kind = 'source' AND from_id = ? ORDER BY position LIMIT ?",
                (source_id, MAX_LINKS + 1),
            )
        if len(rows) > MAX_LINKS:
            raise self._fail(f"invalid pack: {where} has an absurd number of links")
        links = []
        for kind, target, start, end in rows:
            link = self._target(where, kind, target)
            if not (type(start) is int and type(end) is int and 0 <= start <= end <= len(text)):
                raise self._fail(f"invalid pack: {where} has a link outside its text")
            links.append(Link(link.target_kind, link.target_id, start, end))
        page = SourcePage(summary, blocks, text, body, tuple(links))
        if len(self._pages) >= _PAGE_CACHE:
            self._pages.pop(next(iter(self._pages)))
        self._pages[source_id] = page
        return page

    def search(self, query: str, limit: int = 20) -> SearchResults:
        """The source pages a search finds, best first, with snippets (store/search.py).

        Any text is safe to search: it is cut into quoted words, never passed to FTS5 as
        written. When the words as typed find nothing, a word no page holds is swapped for
        its nearest indexed word and ``corrected`` says what was searched instead.
        """
        query = query if isinstance(query, str) else ""
        summaries = self._source_index()
        if not summaries:
            return SearchResults(query)
        with _guard(self.path, "searching its source pages"):
            found = _search.search(self._rows, query, limit)
        hits = []
        for source_id, body, anywhere in found.rows:
            summary = summaries.get(source_id) if isinstance(source_id, str) else None
            if summary is None:
                raise self._fail("invalid pack: its search index names a page it does not hold")
            raw = _search.best_snippet(body, anywhere)
            if len(raw) > MAX_FIELD_CHARS:
                raise self._fail(f"invalid pack: a snippet of {source_id!r} is absurdly long")
            hits.append(
                SearchHit(summary.id, summary.kind, summary.title, _search.snippet_pieces(raw))
            )
        return SearchResults(
            query[: _search.MAX_QUERY_CHARS],
            tuple(hits),
            found.corrected,
            partial=found.partial,
            missing=found.missing,
        )

    def backlinks(self, address: str) -> list[str]:
        """The addresses (``article:ID``, ``source:ID``) of everything linking to ``address``:
        articles in pack order, then pages in pack order."""
        parsed = parse_address(address) if isinstance(address, str) else None
        if parsed is None or not self._v5:
            return []
        with _guard(self.path, "reading links"):
            rows = self._rows(
                "SELECT DISTINCT from_kind, from_id FROM source_links"
                " WHERE target_kind = ? AND target_id = ? LIMIT ?",
                (*parsed, MAX_LINKS + 1),
            )
        if len(rows) > MAX_LINKS:
            raise self._fail(f"invalid pack: an absurd number of links to {address[:60]!r}")
        order = {f"article:{a}": n for n, a in enumerate(self.article_ids())}
        order.update((f"source:{s}", len(order) + n) for n, s in enumerate(self._source_index()))
        found = []
        for kind, from_id in rows:
            self._target(f"a link to {address[:60]!r}", kind, from_id)  # it comes from somewhere
            found.append(f"{kind}:{from_id}")
        return sorted(found, key=order.__getitem__)

    def _check_links(self) -> None:
        """Every stored link comes from something the pack holds and goes to something it
        holds, within the text it comes from (``validate_pack``)."""
        if not self._v5:
            return
        with _guard(self.path, "reading links"):
            rows = self._rows(
                'SELECT from_kind, from_id, target_kind, target_id, start, "end"'
                " FROM source_links LIMIT ?",
                ((MAX_ARTICLES + MAX_SOURCES) * 100,),
            )
        lengths: dict[tuple[object, object], int] = {}
        for from_kind, from_id, kind, target, start, end in rows:
            where = f"the link from {from_kind}:{str(from_id)[:40]}"
            self._target(where, from_kind, from_id)
            self._target(where, kind, target)
            if (from_kind, from_id) not in lengths:
                if from_kind == SOURCE_SCHEME:
                    page = self.source(str(from_id))
                    lengths[from_kind, from_id] = len(page.text) if page else 0
                else:
                    lengths[from_kind, from_id] = len(self.article(str(from_id)).text)
            if not (
                type(start) is int
                and type(end) is int
                and 0 <= start <= end <= lengths[from_kind, from_id]
            ):
                raise self._fail(f"invalid pack: {where} lies outside its text")

    def _check_index(self) -> None:
        """The search index holds every page once, and nothing else (``validate_pack``)."""
        if not self._v5:
            return
        with _guard(self.path, "reading its search index"):
            rows = self._rows(f"SELECT id FROM {_search.FTS_TABLE} LIMIT ?", (MAX_SOURCES + 1,))
        indexed = [r[0] for r in rows]
        if sorted(map(str, indexed)) != sorted(self._source_index()):
            raise self._fail("invalid pack: its search index does not hold its pages")
        # Every word of both indexes, read once through FTS5's own view of them (a temporary
        # table, not the pack's), so a damaged index is found here and not at a search.
        with _guard(self.path, "reading its search index"):
            for table in _search.VIRTUAL_TABLES:
                self._rows(
                    f"CREATE VIRTUAL TABLE temp.spotit_{table}_words"
                    f" USING fts5vocab(main, {table}, 'instance')"
                )
                try:
                    self._rows(f"SELECT count(*) FROM temp.spotit_{table}_words")
                finally:
                    self._rows(f"DROP TABLE temp.spotit_{table}_words")

    def outlet_source(self, outlet: str) -> SourceSummary | None:
        """The outlet page whose title or one of whose names is ``outlet`` (ignoring case,
        spacing and Unicode form), or None."""
        wanted = _same_name(outlet) if isinstance(outlet, str) else ""
        if not wanted:
            return None
        for summary in self._source_index().values():
            if summary.kind == "outlet" and wanted in {
                _same_name(n) for n in (summary.title, *summary.names)
            }:
                return summary
        return None

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Pack:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
