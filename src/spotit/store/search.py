"""Searching a pack's source pages: the index built into the pack, queries, near matches.

The pack holds two FTS5 tables (docs/investigation.md):

- ``sources_fts``: each page's title, names and body text (``unicode61 remove_diacritics
  2``: case and accents do not matter), ranked by bm25 with a page's names and title
  weighted above its body, so "Anton Lisko" finds his profile before a page that only
  mentions him;
- ``source_words``: every word of that index once, with how many pages hold it, in a
  ``trigram`` table, so a word as typed that no page holds can be matched to the indexed
  words that share its three-letter pieces, the closest of which is searched instead.

A query is never passed to FTS5 as written: it is cut into words (letters and digits), each
quoted, so no FTS5 syntax (``"``, ``*``, ``:``, ``(``, ``NEAR``, ``AND``...) can reach the
parser; text in double quotes is searched as a phrase. Everything here runs through the
``rows`` function the pack gives it, so each query is bounded by the pack's query budget.
"""

from __future__ import annotations

import re
import sqlite3
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from spotit.core.sources import SourcePage

#: The longest query searched; the rest of a longer one is left out.
MAX_QUERY_CHARS = 200
#: The most words of a query searched (phrases count each of their words).
MAX_QUERY_WORDS = 16
#: The most results one search returns.
MAX_RESULTS = 100
#: Words no longer than this may be one edit away from their correction; longer ones two.
SHORT_WORD = 5
#: The fewest letters a word needs before near matches are looked for.
MIN_CORRECTED = 3
#: Indexed words compared with a misspelt one (the best by shared trigrams).
CANDIDATES = 300
#: The most words of one query looked up for near matches (each takes a few ms).
MAX_CORRECTED_WORDS = 4
#: Tokens of body text around the matches in a snippet.
SNIPPET_TOKENS = 16

FTS_TABLE = "sources_fts"
WORDS_TABLE = "source_words"
#: The two virtual tables, exactly as a pack stores them (the pack's schema check compares).
FTS_SQL = (
    "CREATE VIRTUAL TABLE sources_fts USING fts5(id UNINDEXED, title, names, text,"
    " tokenize = 'unicode61 remove_diacritics 2')"
)
WORDS_SQL = (
    "CREATE VIRTUAL TABLE source_words USING fts5(word UNINDEXED, docs UNINDEXED, padded,"
    " tokenize = 'trigram')"
)
VIRTUAL_TABLES = {FTS_TABLE: FTS_SQL, WORDS_TABLE: WORDS_SQL}
#: The ordinary tables FTS5 keeps each virtual table's index in.
SHADOW_TABLES = {
    f"{table}_{part}"
    for table in VIRTUAL_TABLES
    for part in ("data", "idx", "content", "docsize", "config")
}
#: bm25 weights by column (id, title, names, text): a name or the title beats the body.
WEIGHTS = (0.0, 10.0, 8.0, 1.0)
#: What marks a match in FTS5's snippet; taken out of the indexed text, so it cannot be forged.
OPEN, CLOSE = "\ue000", "\ue001"

_WORD = re.compile(r"[^\W_]+")
_SPACE = re.compile(r"\s+")

Rows = Callable[[str, tuple], list[tuple]]


@dataclass(frozen=True)
class Found:
    """What a search found: ``(source id, raw snippet)`` rows, best first, and the query
    searched instead of the one typed ("" if none was)."""

    rows: list[tuple[object, object]]
    corrected: str = ""
    #: No page holds every word: these hold some of the words as typed; ``missing`` are
    #: the typed words no page holds at all.
    partial: bool = False
    missing: tuple[str, ...] = ()


# -- building -----------------------------------------------------------------------


class IndexUnavailable(Exception):
    """This Python's SQLite cannot build the index (no FTS5, or no trigram tokenizer)."""


def create_index(conn: sqlite3.Connection) -> None:
    """Create the two search tables in a pack being built."""
    try:
        conn.execute(FTS_SQL)
        conn.execute(WORDS_SQL)
    except sqlite3.OperationalError as exc:
        raise IndexUnavailable(
            f"this Python's SQLite {sqlite3.sqlite_version} cannot build a pack's search index"
            f" ({exc}): SpotIt needs SQLite 3.34 or later, with FTS5"
        ) from None


def body_text(page: SourcePage) -> str:
    """A page's text without its title (the headline block): the title has its own column."""
    if page.blocks and page.blocks[0].kind == "headline":
        return page.text.partition("\n")[2]
    return page.text


def _indexed(text: str) -> str:
    return text.replace(OPEN, "").replace(CLOSE, "")


def fill_index(conn: sqlite3.Connection, pages: Sequence[SourcePage]) -> None:
    """Index ``pages`` and record the index's words for near matches (at build time only)."""
    conn.executemany(
        "INSERT INTO sources_fts (rowid, id, title, names, text) VALUES (?, ?, ?, ?, ?)",
        (
            (
                n,
                page.id,
                _indexed(page.title),
                _indexed("\n".join(page.summary.names)),
                _indexed(body_text(page)),
            )
            for n, page in enumerate(pages, 1)
        ),
    )
    # The index's own vocabulary (folded as the tokenizer folds it), through a temporary
    # fts5vocab table that is not stored in the pack.
    conn.execute(
        f"CREATE VIRTUAL TABLE temp.source_vocabulary USING fts5vocab(main, {FTS_TABLE}, 'row')"
    )
    try:
        conn.execute(
            "INSERT INTO source_words (word, docs, padded)"
            " SELECT term, doc, ' ' || term || ' ' FROM temp.source_vocabulary"
        )
    finally:
        conn.execute("DROP TABLE temp.source_vocabulary")
    conn.execute("INSERT INTO sources_fts (sources_fts) VALUES ('optimize')")
    conn.execute("INSERT INTO source_words (source_words) VALUES ('optimize')")


# -- queries ------------------------------------------------------------------------


def parse_query(query: str) -> list[tuple[str, ...]]:
    """The terms of a query: each a word, or the words of a phrase in double quotes.

    Only letters and digits count; everything else separates words. A quote left open
    counts as none. At most ``MAX_QUERY_CHARS`` characters and ``MAX_QUERY_WORDS`` words.
    """
    text = unicodedata.normalize("NFC", query[:MAX_QUERY_CHARS])
    pieces = text.split('"')
    if len(pieces) % 2 == 0:  # an odd number of quotes: the last one opens nothing
        pieces[-2:] = [pieces[-2] + " " + pieces[-1]]
    terms: list[tuple[str, ...]] = []
    budget = MAX_QUERY_WORDS
    for n, piece in enumerate(pieces):
        words = _WORD.findall(piece)[:budget]
        budget -= len(words)
        if n % 2 and len(words) > 1:
            terms.append(tuple(words))
        else:
            terms.extend((w,) for w in words)
    return terms


def match_expression(terms: Iterable[tuple[str, ...]], operator: str = "AND") -> str:
    """An FTS5 query of quoted terms only (words are letters and digits: nothing to escape)."""
    return f" {operator} ".join('"' + " ".join(term) + '"' for term in terms)


def fold(word: str) -> str:
    """A word as the index keeps it: lower case, without accents (as ``unicode61`` folds,
    which lowers case letter by letter: "ß" stays, ligatures stay)."""
    decomposed = unicodedata.normalize("NFD", word.lower())
    return unicodedata.normalize(
        "NFC", "".join(c for c in decomposed if not unicodedata.combining(c))
    )


def allowed_distance(word: str) -> int:
    """How many edits a near match of ``word`` may be away: 1 for short words, 2 for longer."""
    return 1 if len(word) <= SHORT_WORD else 2


def edit_distance(a: str, b: str, limit: int) -> int:
    """Edits (insert, delete, replace, swap two neighbours) from ``a`` to ``b``; more than
    ``limit`` comes back as ``limit + 1``."""
    if abs(len(a) - len(b)) > limit:
        return limit + 1
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            cost = 0 if ca == cb else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                value = min(value, previous2[j - 2] + 1)
            current[j] = value
        if min(current) > limit:
            return limit + 1
        previous2, previous = previous, current
    return min(previous[-1], limit + 1)


def _ranked(rows: Rows, terms: list[tuple[str, ...]], operator: str, limit: int) -> list[tuple]:
    weights = ", ".join(str(w) for w in WEIGHTS)
    return rows(
        "SELECT id,"
        f" snippet({FTS_TABLE}, 3, char(57344), char(57345), '…', {SNIPPET_TOKENS}),"
        f" snippet({FTS_TABLE}, -1, char(57344), char(57345), '…', {SNIPPET_TOKENS})"
        f" FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ?"
        f" ORDER BY bm25({FTS_TABLE}, {weights}), rowid LIMIT ?",
        (match_expression(terms, operator), limit),
    )


def _indexed_word(rows: Rows, word: str) -> bool:
    return bool(
        rows(
            f"SELECT 1 FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH ? LIMIT 1",
            (match_expression([(word,)]),),
        )
    )


def trigrams(word: str) -> list[str]:
    """The three-letter pieces of a word with a space either side (" li", "lis", ..., "ko ")."""
    padded = f" {word} "
    return sorted({padded[i : i + 3] for i in range(len(padded) - 2)})


def nearest_word(rows: Rows, word: str) -> str | None:
    """The indexed word closest to ``word`` (a word no page holds), or None if none is near.

    Candidates are the indexed words sharing most of its trigrams; the nearest by edit
    distance wins, then the one more pages hold, then the first in alphabetical order.
    """
    folded = fold(word)
    if len(folded) < MIN_CORRECTED or not folded.isalpha():
        return None
    limit = allowed_distance(folded)
    query = " OR ".join('"' + gram.replace('"', '""') + '"' for gram in trigrams(folded))
    try:
        candidates = rows(
            f"SELECT word, docs FROM {WORDS_TABLE} WHERE {WORDS_TABLE} MATCH ?"
            " ORDER BY rank LIMIT ?",
            (query, CANDIDATES),
        )
    except sqlite3.OperationalError as exc:
        if "tokenizer" in str(exc):  # an SQLite before 3.34 reads the pack: no near matches
            return None
        raise
    best: tuple[int, int, str] | None = None
    for candidate, docs in candidates:
        if not isinstance(candidate, str) or not isinstance(docs, int) or candidate == folded:
            continue
        distance = edit_distance(folded, candidate, limit)
        if distance <= limit:
            key = (distance, -docs, candidate)
            best = key if best is None or key < best else best
    return None if best is None else best[2]


def _in_case_of(typed: str, word: str) -> str:
    """``word`` written the way ``typed`` was: "LISKO", "Lisko" or "lisko"."""
    if typed.isupper() and len(typed) > 1:
        return word.upper()
    if typed[:1].isupper():
        return word[:1].upper() + word[1:]
    return word


def corrected_query(query: str, replaced: dict[str, str]) -> str:
    """The query as typed (within its first ``MAX_QUERY_CHARS``), with each replaced word
    swapped for its near match."""
    text = unicodedata.normalize("NFC", query[:MAX_QUERY_CHARS])

    def swap(match: re.Match) -> str:
        typed = match.group(0)
        word = replaced.get(typed)
        return typed if word is None else _in_case_of(typed, word)

    return _SPACE.sub(" ", _WORD.sub(swap, text)).strip()


def search(rows: Rows, query: str, limit: int = 20) -> Found:
    """Search the pack's index: all words first, then near matches, then any of the words.

    1. Pages holding every term of the query, best first.
    2. If none: each word no page holds is replaced by its nearest indexed word, and pages
       holding every term of that query (``corrected`` is that query).
    3. If still none and the query has several terms: pages holding any of the terms as
       typed (``partial``). A near match is not used here: a name no page holds (an
       expert who does not exist) must find nothing, not pages with a word one letter away.
    """
    terms = parse_query(query if isinstance(query, str) else "")
    if not terms:
        return Found([])
    limit = max(1, min(int(limit), MAX_RESULTS))
    found = _ranked(rows, terms, "AND", limit)
    if found:
        return Found(found)
    replaced: dict[str, str] = {}
    looked_up = 0
    for word in dict.fromkeys(w for term in terms for w in term):
        if looked_up == MAX_CORRECTED_WORDS:
            break
        if len(word) >= MIN_CORRECTED and not _indexed_word(rows, word):
            looked_up += 1
            near = nearest_word(rows, word)
            if near is not None:
                replaced[word] = near
    searched = [tuple(replaced.get(w, w) for w in term) for term in terms]
    corrected = corrected_query(query, replaced) if replaced else ""
    if replaced:
        found = _ranked(rows, searched, "AND", limit)
        if found:
            return Found(found, corrected)
    if len(terms) > 1:
        # Words of one or two letters ("a", "of") would pull in every page: left out here.
        held = [
            term
            for term in terms
            if (len(term) > 1 or len(term[0]) > 2) and all(_indexed_word(rows, w) for w in term)
        ]
        found = _ranked(rows, held, "OR", limit) if held else []
        if found:
            missing = tuple(
                " ".join(t)
                for t in terms
                if t not in held and not all(_indexed_word(rows, w) for w in t)
            )
            return Found(found, partial=True, missing=missing)
    return Found([])


def snippet_pieces(raw: str) -> tuple[tuple[str, bool], ...]:
    """FTS5's snippet as ``(text, matched)`` pieces, white space collapsed to single spaces.

    The markers were taken out of the indexed text when the pack was built; a hostile pack
    that puts them back only makes the wrong words bold.
    """
    pieces: list[tuple[str, bool]] = []
    matched = False
    for part in re.split(f"([{OPEN}{CLOSE}])", _SPACE.sub(" ", raw).strip()):
        if part == OPEN:
            matched = True
        elif part == CLOSE:
            matched = False
        elif part:
            if pieces and pieces[-1][1] == matched:
                pieces[-1] = (pieces[-1][0] + part, matched)
            else:
                pieces.append((part, matched))
    return tuple(pieces)


def best_snippet(body: object, anywhere: object) -> str:
    """The snippet of the body text: around its matches, or its beginning when the page
    was found by its title or names alone (as a search engine shows a page's description);
    the best column's for a page without body text."""
    if isinstance(body, str) and body.strip():
        return body
    return anywhere if isinstance(anywhere, str) else ""
