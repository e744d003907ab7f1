"""A pack's small offline web: source pages, their links, search results, investigation moves.

Domain types every layer shares (pack format 5, docs/content-pack.md "Sources"):
``spotit.content.sources`` reads them from ``sources/*.md``, ``spotit.store.pack`` keeps
them (with a full-text index built at build time), the reader's investigation pane draws
them, and ``spotit.practice.investigation`` records what the learner looked up and opened
(the SIFT moves) and credits it in feedback. Nothing here fetches anything: a source page
is text in the pack, and its links lead only to other pages and articles of the same pack.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass

from spotit.core.blocks import Block
from spotit.core.i18n import QT_TRANSLATE_NOOP, translate


class TranslatedTable(Mapping):
    """A table of English texts read in the user's language: made at import, before a
    language is chosen, so each value is translated when it is looked up."""

    def __init__(self, context: str, texts: dict) -> None:
        self._context, self._texts = context, texts

    def __getitem__(self, key) -> str:
        return translate(self._context, self._texts[key])

    def __iter__(self) -> Iterator:
        return iter(self._texts)

    def __len__(self) -> int:
        return len(self._texts)


#: The kinds of source page, in the order the docs list them.
SOURCE_KINDS = (
    "outlet",  # an outlet's about page: who runs it, since when, its corrections policy
    "person",  # a profile: the right spelling of a name, a title, a field
    "organisation",  # a ministry, a university, a company, a council
    "event",  # a listing: a conference, a summit, a match, with its programme
    "fact-check",  # a fact-checker's verdict on a claim
    "report",  # another outlet's report of the same event
    "search-result",  # a snippet-only result: there is no page behind it
)
#: What each kind is called where a learner reads it ("an outlet page").
#: Reading a name (``KIND_NAMES[kind]``, ``.get``) gives it in the user's language.
KIND_NAMES: Mapping[str, str] = TranslatedTable(
    "SourcePage",
    {
        "outlet": QT_TRANSLATE_NOOP("SourcePage", "outlet page"),
        "person": QT_TRANSLATE_NOOP("SourcePage", "profile"),
        "organisation": QT_TRANSLATE_NOOP("SourcePage", "organisation page"),
        "event": QT_TRANSLATE_NOOP("SourcePage", "event listing"),
        "fact-check": QT_TRANSLATE_NOOP("SourcePage", "fact-check"),
        "report": QT_TRANSLATE_NOOP("SourcePage", "report"),
        "search-result": QT_TRANSLATE_NOOP("SourcePage", "search result"),
    },
)
#: The two link schemes a page (or an article) may use; every other link is outside the pack.
SOURCE_SCHEME, ARTICLE_SCHEME = "source", "article"


@dataclass(frozen=True)
class Link:
    """A link inside the pack: ``target_kind`` "source" or "article", and its id.

    ``start``/``end`` is the link text's code-point span in the page's (or article's)
    canonical text.
    """

    target_kind: str
    target_id: str
    start: int = 0
    end: int = 0

    @property
    def address(self) -> str:
        """The link as written: ``source:ID`` or ``article:ID``."""
        return f"{self.target_kind}:{self.target_id}"


def parse_address(address: str) -> tuple[str, str] | None:
    """``("source", ID)`` or ``("article", ID)`` for a link inside the pack, else None."""
    scheme, sep, target = address.partition(":")
    if not sep or scheme not in (SOURCE_SCHEME, ARTICLE_SCHEME) or not target:
        return None
    if target.startswith("/") or any(c.isspace() for c in target):
        return None
    return scheme, target


@dataclass(frozen=True)
class SourceSummary:
    """What a list of source pages shows: `spotit pack sources` and the editor's list."""

    id: str
    kind: str
    title: str
    names: tuple[str, ...] = ()
    #: The invented address the pane shows (``naturaltruth-daily.example/about``); never fetched.
    address: str = ""

    def as_json(self) -> dict:
        return {"id": self.id, "kind": self.kind, "title": self.title, "names": list(self.names)}


@dataclass(frozen=True)
class SourcePage:
    """One source page: its summary, its rendering and its links inside the pack.

    ``blocks`` and ``text`` come from the one rendering (``content.render``), like an
    article's; the title is the headline block, so ``text`` starts with it. ``body`` is the
    Markdown as written, kept so a pack can be exported back to a source folder.
    """

    summary: SourceSummary
    blocks: tuple[Block, ...]
    text: str
    body: str = ""
    links: tuple[Link, ...] = ()

    @property
    def id(self) -> str:
        return self.summary.id

    @property
    def kind(self) -> str:
        return self.summary.kind

    @property
    def title(self) -> str:
        return self.summary.title


@dataclass(frozen=True)
class SearchHit:
    """One search result: the page, and a snippet as pieces of plain text.

    ``snippet`` is ``((text, matched), ...)``: the matched words are pieces with
    ``matched`` True, so the pane can show them in bold without parsing any markup.
    """

    id: str
    kind: str
    title: str
    snippet: tuple[tuple[str, bool], ...] = ()

    @property
    def snippet_text(self) -> str:
        return "".join(text for text, _ in self.snippet)

    def as_json(self) -> dict:
        return {"id": self.id, "title": self.title, "snippet": self.snippet_text}


@dataclass(frozen=True)
class SearchResults:
    """What a search found, best first.

    ``corrected`` is the query that was searched instead when the words as typed found
    nothing and near matches did ("Showing results for Anton Lisko"); "" otherwise.
    ``missing`` lists the words of the query that no hit holds when ``partial``.
    """

    query: str
    hits: tuple[SearchHit, ...] = ()
    corrected: str = ""
    #: True when no page holds every word (as typed or corrected): the hits hold some of
    #: the words as typed, as a search engine's "Missing: …" results do.
    partial: bool = False
    missing: tuple[str, ...] = ()


#: What a learner did in the investigation pane (``Move.kind``).
SEARCHED, OPENED, FLAGGED = "searched", "opened", "flagged"
#: How a page came to be opened (``Move.via``).
VIA = ("search", "link", "selection", "feedback", "back", "forward", "address")


@dataclass(frozen=True)
class Move:
    """One step of a learner's investigation, recorded with the attempt.

    ``at`` is seconds since the article was opened (the reader's clock). A search has its
    ``query`` (and ``results``: how many hits); an opened page has its ``target`` (a
    ``source:ID`` or ``article:ID`` address), ``via`` and ``seconds``: how long it stayed
    in the pane. A flag the learner made has ``start``/``end``, so feedback can say whether
    a page was checked before the passage was flagged.
    """

    kind: str
    at: float
    query: str = ""
    results: int = 0
    target: str = ""
    via: str = ""
    seconds: float = 0.0
    start: int = 0
    end: int = 0

    def as_json(self) -> dict:
        data: dict = {"kind": self.kind, "at": round(self.at, 3)}
        if self.kind == SEARCHED:
            data.update(query=self.query, results=self.results)
        elif self.kind == OPENED:
            data.update(target=self.target, via=self.via, seconds=round(self.seconds, 3))
        elif self.kind == FLAGGED:
            data.update(start=self.start, end=self.end)
        return data

    @classmethod
    def from_json(cls, data: object) -> Move:
        """Read :meth:`as_json`'s form back; ``ValueError`` names the first field that is wrong."""
        if not isinstance(data, dict):
            raise ValueError("a move must be an object")
        kind, at = data.get("kind"), data.get("at")
        if kind not in (SEARCHED, OPENED, FLAGGED):
            raise ValueError("move 'kind' must be searched, opened or flagged")
        if isinstance(at, bool) or not isinstance(at, int | float) or not 0 <= at < 1e9:
            raise ValueError("move 'at' must be a number of seconds")
        if kind == SEARCHED:
            query, results = data.get("query"), data.get("results", 0)
            if not isinstance(query, str) or len(query) > 1000:
                raise ValueError("move 'query' must be text")
            if isinstance(results, bool) or not isinstance(results, int) or results < 0:
                raise ValueError("move 'results' must be a count")
            return cls(kind, float(at), query=query, results=results)
        if kind == OPENED:
            target, via, seconds = data.get("target"), data.get("via", ""), data.get("seconds", 0)
            if not isinstance(target, str) or parse_address(target) is None:
                raise ValueError("move 'target' must be a source: or article: address")
            if via not in VIA:
                raise ValueError("move 'via' is not one of " + ", ".join(VIA))
            if isinstance(seconds, bool) or not isinstance(seconds, int | float) or seconds < 0:
                raise ValueError("move 'seconds' must be a number of seconds")
            return cls(kind, float(at), target=target, via=via, seconds=float(seconds))
        start, end = data.get("start"), data.get("end")
        for name, value in (("start", start), ("end", end)):
            if isinstance(value, bool) or not isinstance(value, int) or value < 0:
                raise ValueError(f"move '{name}' must be a position")
        if end < start:
            raise ValueError("move 'end' is before its 'start'")
        return cls(kind, float(at), start=start, end=end)
