"""Source pages in a pack source: ``sources/*.md``, the pack's small offline web.

Each page is Markdown with TOML front matter between ``+++`` lines, like an article
(docs/content-pack.md, "Sources"): an ``id``, a ``kind`` (``core.sources.SOURCE_KINDS``),
a ``title``, the ``names`` a search finds it by and an invented ``address``. Its body
renders through the one rendering (``spotit.content.render.render``, the title as the
headline), so it has blocks and a canonical text like an article. Links inside the pack
are ``source:ID`` and ``article:ID``; any other link is outside the pack and is never
followed.

Reading never raises for bad content: each problem is collected with its file and line,
``kind`` "source" and ``field`` the key at fault ("body" for the Markdown). The pack-wide
rules (every link resolves, no page links to itself, every page can be reached) are
``check_web``'s, run once every article and page has been read.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from spotit.content.frontmatter import (
    FRONT_MATTER,
    Problem,
    Unreadable,
    _bidi_in_fields,
    _bidi_message,
    _front_matter,
    _Lines,
    _set_fields,
    bidi_controls,
    in_folder,
    read_front_matter,
    split_front_matter,
)
from spotit.core.blocks import Block
from spotit.core.model import CheckPointer
from spotit.core.sources import (
    ARTICLE_SCHEME,
    SOURCE_KINDS,
    SOURCE_SCHEME,
    Link,
    SourcePage,
    SourceSummary,
    parse_address,
)
from spotit.core.taxonomy import ITEM_ID

SOURCES = "sources"
#: What a source-page problem is about (``Problem.kind``); ``field`` is the key at fault.
SOURCE = "source"
MAX_SOURCES = 10_000
#: The largest page file, in bytes: the article limit (``content.source.MAX_ARTICLE_BYTES``).
MAX_PAGE_BYTES = 2_000_000
MAX_TITLE_CHARS = 200
MAX_NAMES = 100
MAX_ADDRESS_CHARS = 200
#: The keys a page's front matter may have, in the order ``source_page_file`` writes them.
PAGE_KEYS = ("id", "kind", "title", "names", "address")
#: Top-level domains reserved for examples (RFC 2606): an invented address never names a
#: real site a learner could take for the real thing.
RESERVED_DOMAINS = (".example", ".test", ".invalid")


def is_source_file(rel: str) -> bool:
    """True for ``sources/NAME.md`` (not a dot-file): a source page of a pack source."""
    return in_folder(rel, SOURCES)


def source_file_name(page_id: str) -> str:
    """The file a page is written to: ``sources/<id>.md``."""
    return f"{SOURCES}/{page_id or 'page'}.md"


def page_links(blocks: Iterable[Block]) -> tuple[Link, ...]:
    """The links inside the pack of rendered ``blocks``, with their spans in the canonical text.

    Runs that follow each other with the same address (``[**Dr** Lisko](source:x)``) are
    one link; links outside the pack (``https:``, ``mailto:``) are left out.
    """
    links: list[Link] = []
    at = 0
    for n, block in enumerate(blocks):
        if n:
            at += 1  # the "\n" between blocks
        previous: Link | None = None
        for run in block.runs:
            end = at + len(run.text)
            target = parse_address(run.link) if run.link else None
            if target is None:
                previous = None
            elif previous is not None and previous.address == run.link and previous.end == at:
                previous = links[-1] = Link(target[0], target[1], previous.start, end)
            else:
                previous = Link(target[0], target[1], at, end)
                links.append(previous)
            at = end
    return tuple(links)


def _looks_inside(link: str) -> bool:
    """True for a link meant to stay in the pack (``Source:x``, ``article:``), well formed or not."""
    scheme, sep, _ = link.partition(":")
    return bool(sep) and scheme.lower() in (SOURCE_SCHEME, ARTICLE_SCHEME)


def _one_line_problem(value: str) -> str | None:
    """What is wrong with ``value`` as one line of plain text, or None."""
    bad = next((c for c in value if unicodedata.category(c) in ("Cc", "Zl", "Zp")), None)
    if bad is None:
        return None
    if bad in "\n\r\u2028\u2029":
        return "holds a line break: write it as one line of text"
    return f"holds the control character U+{ord(bad):04X}: remove it"


def read_sources(
    files: Mapping[str, str | Unreadable],
    where: Callable[[str], str],
    problems: list[Problem],
) -> tuple[list[SourcePage], dict[str, str]]:
    """Every usable page of ``files`` in file-name order, and where each id was found.

    The mapping gives each page id its file (relative path), for the first page of an id,
    including pages too broken to use but whose id could be read, so that a link to
    them is not also reported as a link to an unknown page.
    """
    names = sorted(rel for rel in files if is_source_file(rel))
    if len(names) > MAX_SOURCES:
        problems.append(
            Problem(where(SOURCES), None, f"more than {MAX_SOURCES} source pages", rel=SOURCES)
        )
        names = names[:MAX_SOURCES]
    pages: list[SourcePage] = []
    seen: dict[str, str] = {}
    for rel in names:
        ids: list[str] = []
        page = read_source_page_text(files[rel], where(rel), problems, rel, ids)
        page_id = ids[0] if ids else ""
        if page_id and page_id in seen:
            problems.append(
                Problem(
                    where(rel),
                    _key_line(files[rel], "id"),
                    f"duplicate source id {page_id!r} (also in {seen[page_id].rsplit('/', 1)[-1]})",
                    SOURCE,
                    "id",
                    rel=rel,
                )
            )
            continue
        if page_id:
            seen[page_id] = rel
        if page is not None:
            pages.append(page)
    return pages, seen


def _key_line(raw: str | Unreadable, key: str) -> int | None:
    split = split_front_matter(raw) if isinstance(raw, str) else None
    return _Lines(split[0], 2).of(key) if split else None


def read_source_page_text(
    raw: str | Unreadable,
    name: str,
    problems: list[Problem],
    rel: str = "",
    ids: list[str] | None = None,
) -> SourcePage | None:
    """Read one source page from its text; problems (naming ``name``) go to ``problems``.

    None if it cannot be used at all (unreadable, no front matter, no valid ``id``). A
    page with other problems is returned as read, so the editor can list it; a pack with
    any problem is not built. The id, once valid, is appended to ``ids``.
    """
    from spotit.content.render import render  # Markdown: only when read

    def problem(line: int | None, message: str, key: str = "") -> None:
        problems.append(Problem(name, line, message, SOURCE, key, rel=rel))

    if isinstance(raw, str) and len(raw.encode("utf-8", "surrogatepass")) > MAX_PAGE_BYTES:
        problem(None, f"file is larger than {MAX_PAGE_BYTES} bytes")
        return None
    read = read_front_matter(raw, problem)
    if read is None:
        return None
    data, body, body_line, lines = read.data, read.body, read.body_line, read.lines

    def line_of(key: str) -> int:
        return lines.of(key) if key in data else 2

    def one_line(key: str, required: bool = True) -> str:
        value = data.get(key, "")
        if key not in data and required:
            problem(2, f"missing {key!r}", key)
            return ""
        if not isinstance(value, str) or (required and not value.strip()):
            what = "non-empty text" if required else "text"
            problem(line_of(key), f"field {key!r} must be {what}", key)
            return ""
        value = value.strip()
        if (wrong := _one_line_problem(value)) is not None:
            problem(line_of(key), f"field {key!r} {wrong}", key)
        return value

    for key in data:
        if key not in PAGE_KEYS:
            problem(
                lines.of(key),
                f"unknown field {key!r}: a source page has "
                + ", ".join(repr(k) for k in PAGE_KEYS[:-1])
                + f" and {PAGE_KEYS[-1]!r}",
                key,
            )
    page_id = one_line("id")
    if page_id and not ITEM_ID.fullmatch(page_id):
        problem(
            line_of("id"),
            f"field 'id' must be lower-case letters, digits and dashes: {page_id[:80]!r}",
            "id",
        )
        page_id = ""
    kind = data.get("kind")
    if "kind" not in data:
        problem(2, "missing 'kind'", "kind")
        kind = ""
    elif kind not in SOURCE_KINDS:
        problem(line_of("kind"), f"'kind' {kind!r} is not one of {', '.join(SOURCE_KINDS)}", "kind")
        kind = kind.strip() if isinstance(kind, str) else ""
    title = one_line("title")
    if len(title) > MAX_TITLE_CHARS:
        problem(
            line_of("title"), f"field 'title' is longer than {MAX_TITLE_CHARS} characters", "title"
        )
    names = _names(data.get("names", []), line_of("names"), problem)
    address = one_line("address", required=False)
    if address:
        host = address.split("/", 1)[0].lower()
        if len(address) > MAX_ADDRESS_CHARS:
            problem(
                line_of("address"),
                f"field 'address' is longer than {MAX_ADDRESS_CHARS} characters",
                "address",
            )
        elif (
            any(c.isspace() for c in address)
            or "://" in address
            or not host.endswith(RESERVED_DOMAINS)
        ):
            problem(
                line_of("address"),
                "field 'address' must be an invented address on a reserved domain "
                f"({', '.join(RESERVED_DOMAINS)}) without spaces, like 'name.example/page', "
                f"not {address[:80]!r}",
                "address",
            )

    def bidi(line: int, message: str, key: str, table: str, n: int | None) -> None:
        problem(line, message, key)

    _bidi_in_fields(data, lines, bidi)
    for i, char in bidi_controls(body):
        problem(body_line + body.count("\n", 0, i), _bidi_message("the text", char), "body")
    if not body.strip():
        problem(body_line, "empty page: there is no text after the front matter", "body")
    rendered = render(title, body)
    if rendered.problem:
        problem(body_line + (rendered.problem_line or 0), rendered.problem, "body")
    if not page_id:
        return None
    if ids is not None:
        ids.append(page_id)
    return SourcePage(
        SourceSummary(page_id, kind, title, names, address),
        tuple(rendered.blocks),
        rendered.text,
        body,
        page_links(rendered.blocks),
    )


def _names(raw: object, line: int, problem) -> tuple[str, ...]:
    if not isinstance(raw, list) or not all(isinstance(n, str) for n in raw):
        problem(line, "field 'names' must be a list of names (text), or []", "names")
        return ()
    if len(raw) > MAX_NAMES:
        problem(line, f"field 'names' lists more than {MAX_NAMES} names", "names")
        raw = raw[:MAX_NAMES]
    names: list[str] = []
    for n, value in enumerate(raw, 1):
        value = value.strip()
        if not value:
            problem(line, f"field 'names': name {n} is empty", "names")
        elif len(value) > MAX_TITLE_CHARS:
            problem(
                line,
                f"field 'names': name {n} is longer than {MAX_TITLE_CHARS} characters",
                "names",
            )
        elif (wrong := _one_line_problem(value)) is not None:
            problem(line, f"field 'names': name {n} {wrong}", "names")
        else:
            names.append(value)
    return tuple(names)


# -- answer keys that name a check --------------------------------------------------


@dataclass
class PendingCheck:
    """A ``check`` (and ``check_quote``) as an answer key wrote it, before pages are known."""

    source: str
    quote: str = ""
    line: int = 0
    quote_line: int = 0


def read_check_keys(
    item: dict, line_of: Callable[[str], int], report: Callable[[int, str, str], None]
) -> PendingCheck | None:
    """A flag's or note's ``check``/``check_quote``, checked for shape; None if it has none.

    ``report(line, message, key)`` gets each problem (the message after "flag N").
    """
    check, quote = item.get("check"), item.get("check_quote")
    if check is None:
        if quote is not None:
            report(
                line_of("check_quote"),
                ": 'check_quote' needs a 'check' (the page it quotes), like check = \"source:ID\"",
                "check_quote",
            )
        return None
    target = parse_address(check) if isinstance(check, str) else None
    if target is None or target[0] != SOURCE_SCHEME:
        shown = check[:80] if isinstance(check, str) else check
        report(line_of("check"), f": 'check' must be 'source:ID', not {shown!r}", "check")
        return None
    if quote is not None and (not isinstance(quote, str) or not quote.strip()):
        report(
            line_of("check_quote"),
            ": 'check_quote' must be text: the passage of the page that shows it",
            "check_quote",
        )
        quote = None
    return PendingCheck(target[1], quote or "", line_of("check"), line_of("check_quote"))


def resolve_check(
    pending: PendingCheck,
    pages: Mapping[str, SourcePage] | None,
    report: Callable[[int, str, str], None],
) -> CheckPointer | None:
    """The pointer ``pending`` names, with its quote placed in the page's text.

    Without ``pages`` (an article read on its own) the pointer is kept unplaced (0, 0).
    A page that does not exist, or a quote not in it exactly once, is reported; the
    pointer is then None (or, for a bad quote, the whole page).
    """
    from spotit.core.anchoring import normalise_quote, occurrences

    quote = normalise_quote(pending.quote)
    if pages is None:
        return CheckPointer(pending.source, quote)
    page = pages.get(pending.source)
    if page is None:
        report(
            pending.line,
            f": 'check' 'source:{pending.source}' names no source page",
            "check",
        )
        return None
    if not quote:
        return CheckPointer(page.id)
    starts = occurrences(page.text, quote)
    if len(starts) == 1:
        return CheckPointer(page.id, quote, starts[0], starts[0] + len(quote))
    if not starts:
        report(
            pending.quote_line,
            f": 'check_quote' {quote[:80]!r} is not in the page {page.id!r}",
            "check_quote",
        )
    else:
        report(
            pending.quote_line,
            f": 'check_quote' {quote[:80]!r} appears {len(starts)} times in the page "
            f"{page.id!r}: give words that occur in it once",
            "check_quote",
        )
    return CheckPointer(page.id)


def check_rows(check: CheckPointer | None) -> dict[str, object]:
    """A pointer as an answer key writes it (None values remove the keys)."""
    if check is None:
        return {"check": None, "check_quote": None}
    return {"check": f"{SOURCE_SCHEME}:{check.source}", "check_quote": check.quote or None}


# -- the web as a whole: links and reachability ----------------------------------------


@dataclass
class Linked:
    """One file that links: an article or a page, what it is called, and its links."""

    rel: str
    name: str  # as problems name it
    kind: str  # "article" | "source"
    id: str
    blocks: Sequence[Block]
    raw: str | Unreadable
    problem_kind: str = "body"
    links: tuple[Link, ...] = field(default=())


#: An address as a body writes it: what a link's target looks like in the Markdown.
_WRITTEN_ADDRESS = re.compile(r"[A-Za-z]+:[^\s()<>\[\]\"'`]*")


class _LinkLines:
    """Finds the file line of each address in a body; the body is scanned once, when asked."""

    def __init__(self, raw: str | Unreadable) -> None:
        self.raw = raw
        self.first: dict[str, int] | None = None
        self.body_line: int | None = None

    def __call__(self, address: str) -> int | None:
        """The line of the first body line that holds ``address``, else the body's first."""
        if self.first is None:
            self.first = {}
            split = split_front_matter(self.raw) if isinstance(self.raw, str) else None
            if split is not None:
                _, body, self.body_line = split
                for i, text in enumerate(body.split("\n")):
                    for match in _WRITTEN_ADDRESS.finditer(text):
                        self.first.setdefault(match.group(), self.body_line + i)
        return self.first.get(address, self.body_line)


def check_web(
    pages: Sequence[SourcePage],
    page_files: Mapping[str, str],
    linking: Sequence[Linked],
    checked: Iterable[str],
    article_ids: set[str],
    where: Callable[[str], str],
    files: Mapping[str, str | Unreadable],
    problems: list[Problem],
) -> None:
    """Report links that lead nowhere, pages that link to themselves, pages nobody reaches.

    ``page_files`` maps every page id to its file; ``linking`` are the articles and pages
    whose links are checked; ``checked`` the page ids answer keys name in a ``check``.
    Reachability starts from every page with a name (a search finds it), every page an
    article links to and every page a check names, and follows links (a breadth-first
    walk with a seen set, so cycles end).
    """
    by_id = {p.id: p for p in pages}
    for item in linking:

        def problem(line: int | None, message: str, item: Linked = item) -> None:
            key = "body" if item.problem_kind == SOURCE else ""
            problems.append(Problem(item.name, line, message, item.problem_kind, key, rel=item.rel))

        reported: set[str] = set()
        line_of = _LinkLines(item.raw)
        for block in item.blocks:
            for run in block.runs:
                link = run.link
                if not link or link in reported or not _looks_inside(link):
                    continue
                target = parse_address(link)
                if target is not None and ITEM_ID.fullmatch(target[1]):
                    kind, target_id = target
                    if kind == SOURCE_SCHEME and target_id in page_files:
                        if item.kind == SOURCE and target_id == item.id:
                            reported.add(link)
                            problem(line_of(link), "the page links to itself")
                        continue
                    if kind == ARTICLE_SCHEME and target_id in article_ids:
                        continue
                    reported.add(link)
                    what = "source" if kind == SOURCE_SCHEME else "article"
                    problem(line_of(link), f"link to unknown {what} {target_id!r}")
                    continue
                reported.add(link)
                problem(
                    line_of(link),
                    f"link {link[:80]!r} must be 'source:ID' or 'article:ID' (an id of "
                    "lower-case letters, digits and dashes)",
                )
    start = [p.id for p in pages if p.summary.names]
    start += [
        link.target_id
        for item in linking
        if item.kind == ARTICLE_SCHEME
        for link in item.links
        if link.target_kind == SOURCE_SCHEME
    ]
    start += list(checked)
    seen: set[str] = set()
    queue = [page_id for page_id in start if page_id in by_id]
    while queue:
        page_id = queue.pop()
        if page_id in seen:
            continue
        seen.add(page_id)
        queue.extend(
            link.target_id
            for link in by_id[page_id].links
            if link.target_kind == SOURCE_SCHEME and link.target_id in by_id
        )
    for page in pages:
        if page.id not in seen:
            rel = page_files.get(page.id, source_file_name(page.id))
            problems.append(
                Problem(
                    where(rel),
                    1,
                    "not reachable: no article or reachable page links to it, and it has no "
                    "names to be found by",
                    SOURCE,
                    "names",
                    rel=rel,
                )
            )


# -- writing a page back --------------------------------------------------------------


def source_page_file(page: SourcePage, previous: str | None = None) -> str:
    """The Markdown file for one page: front matter, then its body as written.

    Reading the file back gives the same page. With ``previous`` (the page's file as the
    author last had it), that file's front matter is edited, keeping comments and layout.
    """
    import tomlkit

    front = _front_matter(previous)
    summary = page.summary
    _set_fields(
        front,
        {
            "id": summary.id,
            "kind": summary.kind,
            "title": summary.title,
            "names": list(summary.names),
            "address": summary.address or None,
        },
    )
    written = tomlkit.dumps(front)
    if written and not written.endswith("\n"):
        written += "\n"
    return f"{FRONT_MATTER}\n{written}{FRONT_MATTER}\n{page.body}"
