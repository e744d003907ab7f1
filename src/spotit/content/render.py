"""Markdown article bodies -> sanitised HTML -> blocks of styled runs -> canonical text.

The canonical text is what every offset in SpotIt indexes (in code points):
the headline, then each block of the body, joined by "\n". Inside a block,
whitespace is collapsed to single spaces (as an HTML engine would) and a hard
line break is "\n". The reader builds its document from the same blocks, one
Qt block per Block, so the reader's text equals the canonical text by
construction; no HTML parser sits between the pack and the reader.
"""

from __future__ import annotations

import html
import re
import threading
from dataclasses import dataclass, field
from html.parser import HTMLParser

import markdown
import nh3

from spotit.core.blocks import Block, Run, canonical_text

#: Tags that survive sanitising; everything else is dropped (its text is kept).
ALLOWED_TAGS = {
    "p", "br", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "blockquote",
    "pre", "code", "em", "i", "strong", "b", "a", "hr", "sup", "sub", "del", "s",
}  # fmt: skip
#: Links kept: ``source:ID`` and ``article:ID`` lead inside the pack (its offline web,
#: ``core.sources.parse_address``); web and mail links lead outside it, and the reader
#: opens them in the system browser only after asking (the investigation pane never does).
LINK_SCHEMES = {"http", "https", "mailto", "source", "article"}

BLOCK_TAGS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "pre"}
_WS = re.compile(r"[ \t\n\r\f\v]+")

#: Lists, quotes and inline styles nest at most this deep. No article needs more, and
#: Python-Markdown recurses once per level: about 250 nested lists exhaust Python's stack.
MAX_NESTING = 20
TOO_DEEP = f"the text nests lists, quotes or styles more than {MAX_NESTING} deep: flatten it"
#: What opens one more level at the start of a Markdown line: a quote or a list marker.
_OPENER = re.compile(r"[ \t]*(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))")
#: Python-Markdown's inline pass is quadratic in the markup of one paragraph (60,000 HTML
#: tags in one took minutes); no real paragraph needs more than this many markup characters.
MAX_MARKUP = 2000
CROWDED = f"a paragraph holds more than {MAX_MARKUP} markup characters (< & * _ ` [ ] \\): split it"
_MARKUP = re.compile(r"[<&*_`\[\]\\]")


@dataclass
class Article:
    """A rendered article: its blocks and the canonical text they spell.

    ``problem`` says why the body was not rendered as Markdown (``markdown_problem``); its
    blocks are then the body's paragraphs as plain text, and ``problem_line`` is the
    0-based line of the body where it went wrong, when known.
    """

    blocks: list[Block] = field(default_factory=list)
    problem: str = ""
    problem_line: int | None = None

    @property
    def text(self) -> str:
        return canonical_text(self.blocks)


_local = threading.local()


def _markdown() -> markdown.Markdown:
    # Building a Markdown instance costs more than converting a short article: reuse one per thread.
    md = getattr(_local, "md", None)
    if md is None:
        md = _local.md = markdown.Markdown(extensions=["sane_lists"], output_format="html")
    return md


class Unrenderable(ValueError):
    """Markdown beyond the limits (``message``); ``line`` is its 0-based line, if known."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message, self.line = message, line


def markdown_problem(body: str) -> tuple[str, int] | None:
    """(``TOO_DEEP`` or ``CROWDED``, 0-based line) for Markdown beyond the limits, else None.

    A line's levels are its quote and list markers, plus its indentation (four columns a
    level) when it holds a marker: every deep structure needs such lines. A paragraph's
    markup is counted up to the next blank line. Both checks take linear time.
    """
    markup, first = 0, 0
    for number, line in enumerate(body.split("\n")):
        pos = markers = 0
        while match := _OPENER.match(line, pos):
            pos, markers = match.end(), markers + 1
        if markers:
            indent = line.expandtabs(4)
            indent = len(indent) - len(indent.lstrip(" \t"))
            if markers + indent // 4 > MAX_NESTING:
                return TOO_DEEP, number
        if not line.strip():
            markup, first = 0, number + 1
            continue
        markup += len(_MARKUP.findall(line))
        if markup > MAX_MARKUP:
            return CROWDED, first
    return None


def markdown_to_html(body: str) -> str:
    """Python-Markdown, then nh3: raw HTML in a source is untrusted, remote resources never load.

    Links keep only the schemes of ``LINK_SCHEMES`` (``source:ID`` and ``article:ID``
    inside the pack, web and mail outside it): a relative link (``#notes``,
    ``/about``, ``page.html``) has nowhere to go in the reader or a class client, so it
    is dropped and its text kept. Markdown beyond the limits comes back as its
    paragraphs in plain text (validation reports it).
    """
    try:
        return _sanitised_html(body)
    except Unrenderable:
        return "".join(f"<p>{html.escape(b.text)}</p>" for b in _plain_paragraphs(body))


def _sanitised_html(body: str, lesson: bool = False) -> str:
    """``markdown_to_html``, raising ``Unrenderable`` for Markdown beyond the limits.

    With ``lesson``, ``==marks==`` become ``<mark>`` elements (``MarkExtension``) and survive
    sanitising; an article's text has no marks.
    """
    problem = markdown_problem(body)
    if problem is not None:
        raise Unrenderable(*problem)
    md = _lesson_markdown() if lesson else _markdown()
    try:
        html = md.reset().convert(body)
    except RecursionError:
        # Nesting the line check above does not see; still a problem of the text, not a crash.
        raise Unrenderable(TOO_DEEP) from None
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS | {"mark"} if lesson else ALLOWED_TAGS,
        attributes={"a": {"href"}, "ol": {"start"}},
        url_schemes=LINK_SCHEMES,
        url_relative="deny",
        link_rel=None,
    )


def render(headline: str, body: str) -> Article:
    """Render an article's headline and Markdown body to blocks.

    Never raises: Markdown beyond the limits renders as plain paragraphs, with
    ``Article.problem`` saying why (validation reports it).
    """
    head = _collapse(headline).strip()
    blocks = [Block("headline", (Run(head, bold=True),), level=1)] if head else []
    builder = _BlockBuilder()
    try:
        builder.feed(_sanitised_html(body))
        builder.close()
    except Unrenderable as exc:
        return Article(blocks + _plain_paragraphs(body), exc.message, exc.line)
    if builder.deepest > MAX_NESTING:
        return Article(blocks + builder.blocks, TOO_DEEP)
    return Article(blocks + builder.blocks)


def _plain_paragraphs(body: str) -> list[Block]:
    """The body's paragraphs as unstyled text: no Markdown, so no markup reaches the reader."""
    paragraphs = (_collapse(p).strip() for p in re.split(r"\n[ \t]*\n", body))
    return [Block("paragraph", (Run(p),)) for p in paragraphs if p]


def _collapse(text: str) -> str:
    return _WS.sub(" ", text)


class _BlockBuilder(HTMLParser):
    """Walks sanitised HTML and emits blocks, collapsing whitespace like a browser."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.blocks: list[Block] = []
        self._runs: list[Run] = []
        self._kind: str | None = None
        self._level = 0
        self._style = {"bold": 0, "italic": 0, "code": 0, "strike": 0}
        self._links: list[str] = []
        self._quote_depth = 0
        self._lists: list[list] = []  # [ordered, next number]
        self._item_meta: tuple[int, bool, int] = (0, False, 0)
        self._pre = 0
        self.deepest = 0  # the deepest nesting of lists, quotes or inline styles seen

    def _note_depth(self) -> None:
        inline = sum(self._style.values()) + len(self._links)
        self.deepest = max(self.deepest, len(self._lists), self._quote_depth, inline)

    # -- structure -------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attr = dict(attrs)
        if tag in ("ul", "ol"):
            self._flush()
            start = 1
            if tag == "ol" and (attr.get("start") or "").isdigit():
                start = min(int(attr["start"] or 1), 10_000)
            self._lists.append([tag == "ol", start])
        elif tag == "li":
            self._flush()
            ordered, number = self._lists[-1] if self._lists else (False, 0)
            if self._lists:
                self._lists[-1][1] += 1
            self._item_meta = (len(self._lists), ordered, number if ordered else 0)
            self._begin("item", len(self._lists))
        elif tag == "p":
            # A paragraph inside a list item continues that item's block if it is still empty.
            if self._kind == "item" and not self._has_text():
                return
            self._flush()
            self._begin("paragraph", 0)
        elif tag in ("h1", "h2", "h3", "h4", "h5", "h6"):
            self._flush()
            self._begin("heading", int(tag[1]))
        elif tag == "pre":
            self._flush()
            self._begin("code", 0)
            self._pre += 1
        elif tag == "blockquote":
            self._flush()
            self._quote_depth += 1
        elif tag == "hr":
            self._flush()
        elif tag == "br":
            self._add_text("\n", literal=True)
        elif tag in ("strong", "b"):
            self._style["bold"] += 1
        elif tag in ("em", "i"):
            self._style["italic"] += 1
        elif tag == "code":
            self._style["code"] += 1
        elif tag in ("del", "s"):
            self._style["strike"] += 1
        elif tag == "a":
            self._links.append(attr.get("href") or "")

        self._note_depth()

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("ul", "ol"):
            self._flush()
            if self._lists:
                self._lists.pop()
        elif tag in BLOCK_TAGS:
            if tag == "pre":
                self._pre = max(0, self._pre - 1)
            if tag == "p" and self._kind == "item":
                return  # the item's block ends at </li> or at the next block
            self._flush()
        elif tag == "blockquote":
            self._flush()
            self._quote_depth = max(0, self._quote_depth - 1)
        elif tag in ("strong", "b"):
            self._style["bold"] = max(0, self._style["bold"] - 1)
        elif tag in ("em", "i"):
            self._style["italic"] = max(0, self._style["italic"] - 1)
        elif tag == "code":
            self._style["code"] = max(0, self._style["code"] - 1)
        elif tag in ("del", "s"):
            self._style["strike"] = max(0, self._style["strike"] - 1)
        elif tag == "a" and self._links:
            self._links.pop()

    def handle_data(self, data: str) -> None:
        self._add_text(data, literal=self._pre > 0)

    def close(self) -> None:
        super().close()
        self._flush()

    # -- helpers ---------------------------------------------------------------
    def _begin(self, kind: str, level: int) -> None:
        self._kind, self._level, self._runs = kind, level, []

    def _has_text(self) -> bool:
        return any(run.text.strip() for run in self._runs)

    def _add_text(self, data: str, literal: bool) -> None:
        if self._kind is None:
            if not data.strip():
                return
            self._begin("paragraph", 0)  # loose text outside any block
        if not literal:
            data = _collapse(data)
            previous = self._runs[-1].text if self._runs else ""
            if previous == "" or previous.endswith((" ", "\n")):
                data = data.lstrip(" ")
        if not data:
            return
        run = Run(
            data,
            bold=self._style["bold"] > 0,
            italic=self._style["italic"] > 0,
            code=self._style["code"] > 0 or self._pre > 0,
            strike=self._style["strike"] > 0,
            link=self._links[-1] if self._links else "",
        )
        if self._runs and _same_style(self._runs[-1], run):
            self._runs[-1] = Run(self._runs[-1].text + run.text, *_style_of(run))
        else:
            self._runs.append(run)

    def _flush(self) -> None:
        if self._kind is None:
            return
        runs = _strip_runs(self._runs, keep_inner=self._kind == "code")
        if runs:
            depth, ordered, number = (
                self._item_meta if self._kind == "item" else (self._level, False, 0)
            )
            self.blocks.append(
                Block(self._kind, tuple(runs), depth, self._quote_depth, ordered, number)
            )
        self._kind, self._runs = None, []


def _style_of(run: Run) -> tuple:
    return (run.bold, run.italic, run.code, run.strike, run.link)


def _same_style(a: Run, b: Run) -> bool:
    return _style_of(a) == _style_of(b)


def _strip_runs(runs: list[Run], keep_inner: bool) -> list[Run]:
    """Drop whitespace at the block's edges (and spaces around line breaks)."""
    if keep_inner:
        text = "".join(r.text for r in runs)
        if not text.strip("\n"):
            return []
        # Code blocks keep their inner layout but not the trailing newline.
        runs = list(runs)
        while runs and runs[-1].text.endswith("\n"):
            last = runs.pop()
            if last.text.rstrip("\n"):
                runs.append(Run(last.text.rstrip("\n"), *_style_of(last)))
        return runs
    cleaned: list[Run] = []
    for i, run in enumerate(runs):
        text = run.text.replace(" \n", "\n").replace("\n ", "\n")
        if i == 0:
            text = text.lstrip(" \n")
        cleaned.append(Run(text, *_style_of(run)))
    while cleaned:
        last = cleaned[-1]
        stripped = last.text.rstrip(" \n")
        if stripped:
            cleaned[-1] = Run(stripped, *_style_of(last))
            break
        cleaned.pop()
    return [r for r in cleaned if r.text]


# -- lessons: the same rendering, with the red flag of the worked example marked ----------

#: ``==words==``: no space just inside the marks, so "a == b" and "x ==" stay text.
MARK_PATTERN = r"(==)(?![\s=])(.+?)(?<![\s=])=="
#: Stand-ins for where a mark opens and closes while blocks are built: Unicode
#: noncharacters, which no text uses (any in a source are replaced before rendering).
_OPEN, _CLOSE = "\ufdd0", "\ufdd1"


class MarkExtension(markdown.Extension):
    """Python-Markdown extension: ``==words==`` becomes ``<mark>words</mark>``.

    Inline Markdown inside the marks (emphasis, links) still applies; inside code spans
    ``==`` stays text, since code is matched first.
    """

    def __init__(self, **kwargs) -> None:
        self.config = {"tag": ["mark", "the element marked words become"]}
        super().__init__(**kwargs)

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 (Markdown's API)
        from markdown.inlinepatterns import SimpleTagInlineProcessor

        # Above emphasis (60), so that "==**words**==" and "**==words==**" both mark.
        processor = SimpleTagInlineProcessor(MARK_PATTERN, self.getConfig("tag"))
        md.inlinePatterns.register(processor, "spotit_mark", 65)


def _lesson_markdown() -> markdown.Markdown:
    md = getattr(_local, "lesson_md", None)
    if md is None:
        md = _local.lesson_md = markdown.Markdown(
            extensions=["sane_lists", MarkExtension()], output_format="html"
        )
    return md


@dataclass
class Lesson:
    """A rendered lesson: blocks and their canonical text, like an ``Article``, plus the marks.

    ``marks`` are ``(start, end)`` code-point spans of the canonical text (the ``==`` are
    not in it), in text order.
    """

    blocks: list[Block] = field(default_factory=list)
    marks: tuple[tuple[int, int], ...] = ()
    problem: str = ""
    problem_line: int | None = None

    @property
    def text(self) -> str:
        return canonical_text(self.blocks)


class _MarkingBuilder(_BlockBuilder):
    """The article builder, writing a stand-in character where each outermost mark opens/closes."""

    def __init__(self) -> None:
        super().__init__()
        self._marking = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "mark":
            self._marking += 1
            if self._marking == 1:
                self._add_text(_OPEN, literal=True)
            return
        super().handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag == "mark":
            if self._marking == 1:
                self._add_text(_CLOSE, literal=True)
            self._marking = max(0, self._marking - 1)
            return
        super().handle_endtag(tag)


def render_lesson(title: str, body: str) -> Lesson:
    """Render a lesson's title and Markdown body, with its ``==marks==`` as offsets.

    The same pipeline as ``render`` (the title is the headline block); never raises.
    Markdown beyond the limits renders as plain paragraphs, with no marks.
    """
    body = body.replace(_OPEN, "\ufffd").replace(_CLOSE, "\ufffd")
    head = _collapse(title).strip()
    blocks = [Block("headline", (Run(head, bold=True),), level=1)] if head else []
    builder = _MarkingBuilder()
    try:
        builder.feed(_sanitised_html(body, lesson=True))
        builder.close()
    except Unrenderable as exc:
        return Lesson(blocks + _plain_paragraphs(body), (), exc.message, exc.line)
    if builder.deepest > MAX_NESTING:
        return Lesson(blocks + _plain_paragraphs(body), (), TOO_DEEP)
    marked, marks = _take_marks(blocks + builder.blocks)
    return Lesson(marked, marks)


def _take_marks(blocks: list[Block]) -> tuple[list[Block], tuple[tuple[int, int], ...]]:
    """The blocks without the stand-ins, and the (start, end) each pair of them enclosed."""
    kept: list[Block] = []
    marks: list[tuple[int, int]] = []
    offset, opened = 0, None
    for block in blocks:
        if kept:
            offset += 1  # the "\n" between blocks
        runs: list[Run] = []
        at = offset
        for run in block.runs:
            text = []
            for piece in re.split(f"([{_OPEN}{_CLOSE}])", run.text):
                if piece == _OPEN:
                    opened = at
                elif piece == _CLOSE:
                    if opened is not None and at > opened:
                        marks.append((opened, at))
                    opened = None
                else:
                    text.append(piece)
                    at += len(piece)
            if "".join(text):
                runs.append(Run("".join(text), *_style_of(run)))
        opened = None  # a mark never crosses a block
        if runs:
            kept.append(Block(block.kind, tuple(runs), block.level, block.quote_depth,
                              block.ordered, block.number))  # fmt: skip
            offset = at
        elif kept:
            offset -= 1
    return kept, tuple(marks)
