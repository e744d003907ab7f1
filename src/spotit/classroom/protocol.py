"""The classroom protocol: JSON text messages between a host and its students.

docs/classroom-protocol.md describes every message. This module holds the limits,
builds the host's messages and validates everything that arrives from the network,
in both directions: a student's host is as untrusted as a host's students. It knows
nothing of Qt or sockets, so every rule here is testable on plain strings.
"""

from __future__ import annotations

import functools
import json
import re
import secrets
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from spotit.core.article import PackArticle, text_hash
from spotit.core.blocks import Block, block_from_json, canonical_text
from spotit.core.model import (
    ARTICLE_KINDS,
    MAX_LANGUAGE_CHARS,
    Anchor,
    Annotation,
    ArticleMeta,
    Flag,
    PackMeta,
    PassageNote,
    language_problem,
)
from spotit.core.taxonomy import CATEGORY_ID, ITEM_ID, Category, category_problem
from spotit.store.pack import MAX_ANNOTATIONS_PER_ARTICLE, MAX_FIELD_CHARS, MAX_TEXT_CHARS

if TYPE_CHECKING:
    from spotit.core.scoring import Report

PROTOCOL_VERSION = 1
#: The TCP port a host listens on unless the instructor picks another.
DEFAULT_PORT = 47470
#: The UDP port hosts announce themselves on, when announcing is on.
DISCOVERY_PORT = 47471
#: The TCP port of the student page for browsers (spotit.classroom.web): short enough to
#: type from the board; if it is taken, the host serves the page on a free one.
DEFAULT_WEB_PORT = 8470
#: The Origin header SpotIt's client sends; a web page's WebSocket cannot forge it.
ORIGIN = "spotit"

#: A student message larger than this gets a ``too-large`` error (and is not processed).
MAX_CLIENT_MESSAGE_BYTES = 256 * 1024
#: A student frame or message larger than this makes the host close the connection.
MAX_CLIENT_FRAME_BYTES = 512 * 1024
#: A host message larger than this makes the student close the connection.
MAX_HOST_MESSAGE_BYTES = 32 * 1024 * 1024
MAX_FLAGS = 150
MAX_NOTE_CHARS = 500
MAX_NAME_CHARS = 40
#: A student's reason for not showing an article (``cannot_show``).
MAX_REASON_CHARS = 300
MAX_SECONDS = 24 * 60 * 60
MAX_TOKEN_CHARS = 100
MAX_CATEGORIES = 1000
# What a pack may hold, a class may be sent: one rule for both (see store.pack).
MAX_ANNOTATIONS = MAX_ANNOTATIONS_PER_ARTICLE
#: A pack keeps at most as many passage notes per article as red flags (store.pack).
MAX_NOTES = MAX_ANNOTATIONS_PER_ARTICLE
#: An article's hints come from its red flags and its notes, one each at most.
MAX_HINTS = MAX_ANNOTATIONS + MAX_NOTES
MAX_ARTICLES = 1000
MAX_DATAGRAM_BYTES = 512

#: Join codes avoid characters that are easy to misread from the back of a room (0/O, 1/I/L).
CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
CODE_LENGTH = 6

#: Error codes a host sends; docs/classroom-protocol.md explains each.
ERROR_CODES = frozenset(
    {
        "bad-json",
        "bad-message",
        "too-large",
        "binary-not-supported",
        "unsupported-version",
        "not-joined",
        "already-joined",
        "wrong-code",
        "rate-limited",
        "name-invalid",
        "name-taken",
        "unknown-token",
        "session-full",
        "session-ended",
        "taken-over",
        "too-fast",
        "not-this-article",
        "revealed",
        "bad-flags",
        "bad-hints",
        "join-timeout",
    }
)

#: A student's result status in a reveal and in the gradebook.
STATUSES = ("submitted", "auto-submitted", "absent")

# Names show in the instructor's roster and gradebook: no control characters and no
# bidirectional overrides, which could make one name look like another.
_BIDI_CONTROLS = re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_ZWJ = "\u200d"
#: Letters that draw nothing: Hangul fillers, Khmer inherent vowels, the Braille blank.
_BLANK_LETTERS = frozenset("\u115f\u1160\u3164\uffa0\u17b4\u17b5\u2800")
#: Marks that draw nothing: the combining grapheme joiner and the Mongolian selectors.
_BLANK_MARKS = frozenset("\u034f\u180b\u180c\u180d\u180f")
#: Combining marks allowed on one base character (Vietnamese needs two, Thai three).
MAX_MARKS_PER_LETTER = 4


def _is_variation_selector(ch: str) -> bool:
    return "\ufe00" <= ch <= "\ufe0f" or "\U000e0100" <= ch <= "\U000e01ef"


def _is_emoji(ch: str) -> bool:
    # Emoji are symbols (So); skin-tone modifiers are modifier symbols (Sk).
    return unicodedata.category(ch) in ("So", "Sk")


class ProtocolError(Exception):
    """A message broke the protocol; ``code`` is one of ERROR_CODES, ``str()`` one line."""

    def __init__(self, code: str, message: str, fatal: bool = False) -> None:
        super().__init__(message)
        self.code = code
        self.fatal = fatal


class UnshowableArticle(ProtocolError):
    """A well-formed ``article`` message whose article the student's app cannot show.

    The session goes on: the client reports it (``cannot_show``) and waits for the
    next article. ``article`` is the id as the host sent it ("" if it was no id).
    """

    def __init__(self, article: str, index: int, count: int, reason: str) -> None:
        super().__init__("bad-message", reason)
        self.article, self.index, self.count, self.reason = article, index, count, reason


class UnshowableAnswers(ProtocolError):
    """A reveal (alone, or inside an ``article`` message) whose answers the app cannot show.

    The article itself stays; the client reports it as for an article. ``offer`` is the
    article message without its reveal, when the reveal came inside one.
    """

    def __init__(self, article: str, reason: str) -> None:
        super().__init__("bad-message", reason)
        self.article, self.reason = article, reason
        self.offer: ArticleOffer | None = None


class NotShown(ProtocolError):
    """A reveal of the article this student's app could not show: nothing to show either."""


# -- helpers ------------------------------------------------------------------------


def encode(message: dict) -> str:
    """A message as compact JSON text."""
    return json.dumps(message, ensure_ascii=False, separators=(",", ":"))


def new_join_code() -> str:
    """A short random join code, readable from the back of a room."""
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def new_token() -> str:
    """A student's session token: unguessable, URL-safe."""
    return secrets.token_urlsafe(24)


def normalise_code(code: str) -> str:
    """What a student typed as the code, as the host compares it ("abc 234" -> "ABC234")."""
    return re.sub(r"[\s\-]", "", code).upper()


def format_code(code: str) -> str:
    """A join code for display, in two groups of three ("ABC 234")."""
    return f"{code[:3]} {code[3:]}" if len(code) == CODE_LENGTH else code


def _character(ch: str) -> str:
    return f"U+{ord(ch):04X} {unicodedata.name(ch, 'unnamed')}"


def check_name(name: object) -> str:
    """A display name, NFC-normalised and trimmed; ProtocolError ``name-invalid`` otherwise.

    One rule for every character that could make two names look the same in the
    roster: control and text-direction characters, invisible format characters (the
    zero-width joiner only inside an emoji sequence), letters and marks that draw
    nothing (Hangul fillers), and combining marks or variation selectors with no
    character before them.
    """
    if not isinstance(name, str):
        raise ProtocolError("name-invalid", "the name must be text", fatal=True)
    if len(name) > 4 * MAX_NAME_CHARS:
        raise ProtocolError(
            "name-invalid", f"the name is longer than {MAX_NAME_CHARS} characters", fatal=True
        )
    # "José" typed and "Jose" + combining acute pasted are one name, stored one way;
    # tabs and line breaks are spaces.
    name = " ".join(unicodedata.normalize("NFC", name).split())
    if any(unicodedata.category(ch) in ("Cc", "Cs", "Co", "Cn") for ch in name):
        raise ProtocolError("name-invalid", "the name has control characters", fatal=True)
    if _BIDI_CONTROLS.search(name):
        raise ProtocolError("name-invalid", "the name has text-direction controls", fatal=True)
    if not name:
        raise ProtocolError("name-invalid", "the name is empty", fatal=True)
    if len(name) > MAX_NAME_CHARS:
        raise ProtocolError(
            "name-invalid", f"the name is longer than {MAX_NAME_CHARS} characters", fatal=True
        )
    marks = 0
    for n, ch in enumerate(name):
        before = name[n - 1] if n else " "
        after = name[n + 1] if n + 1 < len(name) else " "
        category = unicodedata.category(ch)
        if ch == _ZWJ:
            # Kept between emoji (👩‍🔬, after a skin tone or an emoji selector); anywhere
            # else it is invisible: "An\u200da" would look like "Ana".
            if (_is_emoji(before) or before == "\ufe0f") and _is_emoji(after):
                continue
            raise ProtocolError(
                "name-invalid", f"the name has an invisible character ({_character(ch)})", True
            )
        if category == "Cf" or ch in _BLANK_LETTERS or ch in _BLANK_MARKS:
            raise ProtocolError(
                "name-invalid", f"the name has an invisible character ({_character(ch)})", True
            )
        if category[0] == "M" or _is_variation_selector(ch):
            marks += 1
            if before == " " or before == _ZWJ:
                raise ProtocolError(
                    "name-invalid",
                    f"the name has a mark with no letter before it ({_character(ch)})",
                    fatal=True,
                )
            if marks > MAX_MARKS_PER_LETTER:
                raise ProtocolError(
                    "name-invalid",
                    f"the name has more than {MAX_MARKS_PER_LETTER} marks on one letter",
                    fatal=True,
                )
        else:
            marks = 0
    return name


def _drawn(name: str) -> str:
    """A name without the emoji joiners and selectors, which draw nothing of their own."""
    return "".join(ch for ch in name if ch != _ZWJ and not _is_variation_selector(ch))


# Names are compared with every other name in the session at each join: each one's key
# and skeleton are worked out once (a class of 200 joining at once would otherwise
# redo them 20,000 times, in the host's event loop).
@functools.lru_cache(maxsize=4096)
def name_key(name: str) -> str:
    """What two names are compared by: NFC, case folded, without emoji joiners and selectors.

    Two names with the same key look the same, so a session holds only one of them.
    """
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", _drawn(name)).casefold())


_prototypes: dict[str, str] | None = None


def load_confusables() -> None:
    """Read the confusables table now (about 0.15 s), not when the first student joins."""
    _confusable_prototypes()


def _confusable_prototypes() -> dict[str, str]:
    """Each confusable character and the one its class is drawn as (UTS #39 prototypes).

    confusable-homoglyphs keeps Unicode's confusables.txt as pairs in both directions;
    every source character is paired with its one prototype, so the connected groups
    of those pairs are the prototype classes. A class drawn as a sequence ("m" -> "rn")
    maps to that sequence.
    """
    global _prototypes
    if _prototypes is not None:
        return _prototypes
    from confusable_homoglyphs.confusables import confusables_data

    parent: dict[str, str] = {}

    def root(x: str) -> str:
        parent.setdefault(x, x)
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def glyph(text: str) -> str:
        # The data's right-to-left glyphs come wrapped in direction marks.
        return text.strip("\u200e\u200f") if len(text) > 1 else text

    for key, pairs in confusables_data.items():
        for pair in pairs:
            a, b = root(glyph(key)), root(glyph(pair["c"]))
            if a != b:
                parent[max(a, b)] = min(a, b)
    groups: dict[str, list[str]] = {}
    for member in parent:
        groups.setdefault(root(member), []).append(member)
    prototypes = {}
    for members in groups.values():
        sequences = sorted(m for m in members if len(m) > 1)
        drawn_as = sequences[0] if sequences else min(members)
        for member in members:
            if len(member) == 1:
                prototypes[member] = drawn_as
    _prototypes = prototypes
    return prototypes


@functools.lru_cache(maxsize=4096)
def skeleton(name: str) -> str:
    """The UTS #39 skeleton of a name: two names with one skeleton look alike.

    NFD, each character replaced by its confusable prototype, NFD again (repeated for
    prototypes that are themselves sequences). "Аna" (Cyrillic А) and "Ana" share one;
    "José" and "Jose" do not: the accent shows.
    """
    prototypes = _confusable_prototypes()
    text = unicodedata.normalize("NFD", _drawn(name))
    for _ in range(4):
        mapped = unicodedata.normalize("NFD", "".join(prototypes.get(ch, ch) for ch in text))
        if mapped == text:
            break
        text = mapped
    return text


def look_alike(a: str, b: str) -> bool:
    """Whether two different names could be taken for each other (UTS #39 confusables)."""
    if name_key(a) == name_key(b):
        return True
    return skeleton(a) == skeleton(b) or skeleton(a.casefold()) == skeleton(b.casefold())


def other_scripts(name: str) -> str:
    """The letters of a name that are not Latin, by script: "Cyrillic А" ("" for none).

    What tells "Аna" from "Ana" at a glance in the roster.
    """
    scripts: dict[str, str] = {}
    for ch in name:
        if ord(ch) < 0x80 or not unicodedata.category(ch).startswith("L"):
            continue
        word = unicodedata.name(ch, "").split(" ")[0]
        script = word if word in ("CJK", "NKO") else word.capitalize()
        if script and script != "Latin" and ch not in scripts.get(script, ""):
            scripts[script] = scripts.get(script, "") + ch
    return ", ".join(f"{script} {letters}" for script, letters in list(scripts.items())[:3])


def characters_of(name: str) -> str:
    """The characters of a name beyond plain ASCII, by Unicode name, for the instructor."""
    seen = []
    for ch in name:
        if ord(ch) > 0x7E and ch not in seen:
            seen.append(ch)
    return "; ".join(f"{ch} {_character(ch)}" for ch in seen[:12])


def _loads(raw: str | bytes, limit: int) -> dict:
    if isinstance(raw, bytes | bytearray):
        raise ProtocolError("binary-not-supported", "only text messages are accepted")
    # Cheap bound first: a code point takes at most 4 bytes in UTF-8.
    if len(raw) * 4 > limit and len(raw.encode("utf-8", "surrogatepass")) > limit:
        raise ProtocolError("too-large", f"message larger than {limit} bytes")
    try:
        data = json.loads(raw, parse_constant=_reject_constant)
    except (ValueError, RecursionError) as exc:
        raise ProtocolError("bad-json", f"not valid JSON ({_short(exc)})") from None
    if not isinstance(data, dict):
        raise ProtocolError("bad-message", "a message must be a JSON object")
    version = data.get("v")
    if version != PROTOCOL_VERSION:
        raise ProtocolError(
            "unsupported-version",
            f"protocol version {version!r} is not supported (this SpotIt speaks {PROTOCOL_VERSION})",
            fatal=True,
        )
    if not isinstance(data.get("type"), str):
        raise ProtocolError("bad-message", "a message needs a 'type'")
    return data


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not allowed")


def _short(exc: Exception) -> str:
    return str(exc).splitlines()[0][:120] if str(exc) else type(exc).__name__


def _field(data: dict, name: str, kind: type | tuple[type, ...], where: str) -> object:
    value = data.get(name)
    if kind is int or kind == (int,):
        ok = isinstance(value, int) and not isinstance(value, bool)
    else:
        ok = isinstance(value, kind)
    if not ok:
        wanted = {int: "a whole number", str: "text", list: "a list", dict: "an object"}.get(
            kind if isinstance(kind, type) else kind[0], "a value"
        )
        raise ProtocolError("bad-message", f"{where}: '{name}' must be {wanted}")
    return value


def _text(data: dict, name: str, where: str, limit: int = MAX_FIELD_CHARS) -> str:
    value = _field(data, name, str, where)
    if len(value) > limit:
        raise ProtocolError("bad-message", f"{where}: '{name}' is longer than {limit} characters")
    return value


def _whole(data: dict, name: str, where: str, low: int, high: int) -> int:
    value = _field(data, name, int, where)
    if not low <= value <= high:
        raise ProtocolError("bad-message", f"{where}: '{name}' must be between {low} and {high}")
    return value


# -- flags ----------------------------------------------------------------------------


def flags_to_json(flags: Iterable[Flag]) -> list[dict]:
    """Flags as the wire carries them: Flag.as_json's form (no empty note)."""
    return [f.as_json() for f in flags]


def parse_flags(items: object, where: str = "flags") -> tuple[Flag, ...]:
    """Flags from the wire, checked for shape; offsets are checked against a text later."""
    if not isinstance(items, list):
        raise ProtocolError("bad-flags", f"{where} must be a list")
    if len(items) > MAX_FLAGS:
        raise ProtocolError("bad-flags", f"{where}: more than {MAX_FLAGS} flags")
    flags = []
    for n, item in enumerate(items, 1):
        at = f"{where}: flag {n}"
        try:
            flag = Flag.from_json(item)
        except ValueError as exc:
            raise ProtocolError("bad-flags", f"{at}: {exc}") from None
        # The codec checks the shape; the wire adds its limits.
        if not flag.start < flag.end <= MAX_TEXT_CHARS:
            raise ProtocolError(
                "bad-flags", f"{at}: span [{flag.start}, {flag.end}) is not a passage"
            )
        if not CATEGORY_ID.match(flag.category):
            raise ProtocolError("bad-flags", f"{at}: 'category' is not a category id")
        if len(flag.note) > MAX_NOTE_CHARS:
            raise ProtocolError(
                "bad-flags", f"{at}: 'note' must be text of at most {MAX_NOTE_CHARS} characters"
            )
        flags.append(flag)
    return tuple(flags)


def check_flags_fit(
    flags: Sequence[Flag], text_length: int, categories: set[str], where: str = "flags"
) -> None:
    """ProtocolError ``bad-flags`` unless every flag lies in the text and has a known category."""
    for n, flag in enumerate(flags, 1):
        if flag.end > text_length:
            raise ProtocolError(
                "bad-flags",
                f"{where}: flag {n}: span [{flag.start}, {flag.end}) is outside the article "
                f"(0..{text_length})",
            )
        if flag.category not in categories:
            raise ProtocolError(
                "bad-flags", f"{where}: flag {n}: unknown category {flag.category!r}"
            )


# -- what students send -------------------------------------------------------------


@dataclass(frozen=True)
class Join:
    """A new student: the join code and a display name."""

    code: str
    name: str


@dataclass(frozen=True)
class Resume:
    """A returning student: the token the host gave at join."""

    token: str


@dataclass(frozen=True)
class DraftUpdate:
    """A student's latest flags on the current article, sent as they work.

    ``hints_used``: how many of the article's hints the student has been shown so far
    (0 from an app that predates hints in class).
    """

    article: str
    flags: tuple[Flag, ...]
    seconds: int
    hints_used: int = 0


@dataclass(frozen=True)
class Submit:
    """A student's final flags on the current article, and the hints they used."""

    article: str
    flags: tuple[Flag, ...]
    seconds: int
    hints_used: int = 0


@dataclass(frozen=True)
class Leave:
    """The student closes the session on purpose (the token stays valid)."""


@dataclass(frozen=True)
class CannotShow:
    """The student's app could not show the current article, and why (one line)."""

    article: str
    reason: str


ClientMessage = Join | Resume | DraftUpdate | Submit | Leave | CannotShow


def one_line(text: str) -> str:
    """Text as one printable line: control, format and direction characters become spaces.

    For what a peer writes that the other side prints (the host's log, its roster).
    """
    return " ".join(
        "".join(" " if unicodedata.category(ch)[0] == "C" else ch for ch in text).split()
    )


def parse_client_message(raw: str | bytes) -> ClientMessage:
    """A student's message, validated; ProtocolError with the reason otherwise."""
    data = _loads(raw, MAX_CLIENT_MESSAGE_BYTES)
    kind = data["type"]
    where = f"'{kind}' message"
    if kind == "join":
        code = _text(data, "code", where, 40)
        name = check_name(data.get("name"))
        return Join(normalise_code(code), name)
    if kind == "resume":
        return Resume(_text(data, "token", where, MAX_TOKEN_CHARS))
    if kind in ("draft", "submit"):
        article = _text(data, "article", where, 64)
        flags = parse_flags(data.get("flags"), f"{where} flags")
        seconds = _whole(data, "seconds", where, 0, MAX_SECONDS)
        # Optional: an app from before hints in class sends none, and used none.
        hints_used = 0
        if "hints_used" in data:
            value = data["hints_used"]
            if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value <= MAX_HINTS:
                raise ProtocolError(
                    "bad-hints",
                    f"{where}: 'hints_used' must be a whole number from 0 to {MAX_HINTS}",
                )
            hints_used = value
        cls = DraftUpdate if kind == "draft" else Submit
        return cls(article, flags, seconds, hints_used)
    if kind == "leave":
        return Leave()
    if kind == "cannot_show":
        article = _text(data, "article", where, 64)
        reason = one_line(_text(data, "reason", where, MAX_REASON_CHARS))
        if not reason:
            raise ProtocolError("bad-message", f"{where}: 'reason' is empty")
        return CannotShow(article, reason)
    raise ProtocolError("bad-message", f"unknown message type {kind[:40]!r}")


def join_message(code: str, name: str) -> dict:
    """The first message of a new student."""
    return {"type": "join", "v": PROTOCOL_VERSION, "code": code, "name": name}


def resume_message(token: str) -> dict:
    """The first message of a returning student."""
    return {"type": "resume", "v": PROTOCOL_VERSION, "token": token}


def draft_message(
    article_id: str, flags: Iterable[Flag], seconds: int, hints_used: int = 0
) -> dict:
    """A student's latest flags while they work, and how many hints they have been shown."""
    return {
        "type": "draft",
        "v": PROTOCOL_VERSION,
        "article": article_id,
        "flags": flags_to_json(flags),
        "seconds": max(0, min(MAX_SECONDS, int(seconds))),
        "hints_used": max(0, min(MAX_HINTS, int(hints_used))),
    }


def submit_message(
    article_id: str, flags: Iterable[Flag], seconds: int, hints_used: int = 0
) -> dict:
    """A student's final flags on an article, and how many hints they used."""
    return draft_message(article_id, flags, seconds, hints_used) | {"type": "submit"}


def leave_message() -> dict:
    """The student leaves on purpose (their token stays valid)."""
    return {"type": "leave", "v": PROTOCOL_VERSION}


def cannot_show_message(article_id: str, reason: str) -> dict:
    """The student's app could not show this article; both cut to what the host accepts."""
    return {
        "type": "cannot_show",
        "v": PROTOCOL_VERSION,
        "article": article_id[:64],
        "reason": one_line(reason)[:MAX_REASON_CHARS] or "no reason given",
    }


# -- what hosts send -------------------------------------------------------------------


def category_to_json(category: Category) -> dict:
    """A category as a welcome message lists it."""
    return {
        "id": category.id,
        "name": category.name,
        "description": category.description,
        "how_to_check": category.how_to_check,
        "color": category.color,
    }


def welcome_message(
    token: str, name: str, pack: PackMeta, categories: Sequence[Category], count: int
) -> dict:
    """The host's answer to a join or resume."""
    return {
        "type": "welcome",
        "v": PROTOCOL_VERSION,
        "token": token,
        "name": name,
        "pack": {
            "id": pack.id,
            "title": pack.title,
            "version": pack.version,
            "language": pack.language,
            "training_notice": pack.training_notice,
        },
        "categories": [category_to_json(c) for c in categories],
        "count": count,
    }


def article_to_json(article: PackArticle) -> dict:
    """What a student may see of an article before the reveal.

    A whitelist: never the answer key, and never the article's kind, which would tell
    a credible control from misinformation.
    """
    meta = article.meta
    return {
        "id": meta.id,
        "headline": meta.headline,
        "byline": meta.byline,
        "outlet": meta.outlet,
        "date": meta.date,
        "difficulty": meta.difficulty,
        "text": article.text,
        "blocks": [b.as_json() for b in article.blocks],
    }


@dataclass(frozen=True)
class GoldTally:
    """How many students found one red flag of the answer key (aggregate only)."""

    found: int = 0
    wrong_category: int = 0
    partly: int = 0
    missed: int = 0

    @property
    def total(self) -> int:
        return self.found + self.wrong_category + self.partly + self.missed

    def as_json(self) -> dict:
        return {
            "found": self.found,
            "wrong_category": self.wrong_category,
            "partly": self.partly,
            "missed": self.missed,
        }


def note_to_json(note: PassageNote) -> dict:
    """A passage note as a reveal carries it (its hint went out with the article)."""
    return {"start": note.start, "end": note.end, "quote": note.quote, "text": note.text}


@functools.lru_cache(maxsize=4096)
def _explanation_blocks(explanation: str) -> tuple[dict, ...]:
    # The one rendering of Markdown, as the reader's feedback draws it (render is pure).
    from spotit.content.render import render

    return tuple(b.as_json() for b in render("", explanation).blocks)


def explanation_blocks(explanation: str) -> list[dict]:
    """An explanation's Markdown as blocks (the article's block JSON), for the browser page.

    The page draws blocks with text nodes alone, never markup: it needs no Markdown.
    """
    return [dict(b) for b in _explanation_blocks(explanation)]


def report_to_json(report: Report) -> dict:
    """The host's verdicts on one student's flags, for clients that do not score themselves.

    ``gold`` has one entry per annotation, in answer-key order; ``flags`` one per flag the
    host scored (``index`` into ``yours.flags``; ``start``/``end`` after trimming).
    """
    return {
        "spotted": report.spotted.f1,
        "named": report.named.f1,
        "summary": report.summary,
        "gold": [
            {"verdict": g.verdict.value, "flags": list(g.flags), "note": g.note}
            for g in sorted(report.gold, key=lambda g: g.index)
        ],
        "flags": [
            {
                "index": f.index,
                "start": f.start,
                "end": f.end,
                "category": f.category,
                "verdict": f.verdict.value,
                "annotations": list(f.annotations),
                "note": f.note,
            }
            for f in report.flags
        ],
    }


def reveal_payload(
    article: PackArticle,
    status: str,
    flags: Sequence[Flag],
    score: int | None,
    students: int,
    tallies: Sequence[GoldTally],
    hints_used: int = 0,
    report: Report | None = None,
) -> dict:
    """A reveal for one student: the answer key and notes, their result, the class's counts.

    ``report`` (the host's scoring of their flags) goes out as ``yours.report`` and each
    annotation carries ``explanation_blocks``: additions to version 1 for the browser
    page, which draws the host's verdicts instead of scoring (SpotIt's app ignores them).
    """
    return {
        "type": "reveal",
        "v": PROTOCOL_VERSION,
        "article": article.meta.id,
        "kind": article.meta.kind,
        "annotations": [
            {**a.as_json(), "explanation_blocks": explanation_blocks(a.explanation)}
            for a in article.annotations
        ],
        "notes": [note_to_json(n) for n in article.notes],
        "yours": {
            "status": status,
            "flags": flags_to_json(flags),
            "score": score,
            "hints_used": hints_used,
            "report": None if report is None else report_to_json(report),
        },
        "class": {"students": students, "flags": [t.as_json() for t in tallies]},
    }


def article_message(
    index: int,
    count: int,
    article: PackArticle,
    phase: str,
    draft: Sequence[Flag] | None,
    draft_seconds: int,
    submitted: bool,
    reveal: dict | None,
    hints: Sequence[str] | None = None,
    hints_used: int = 0,
) -> dict:
    """The current article for one student (see article_to_json for what it holds).

    ``hints``: the article's hints as text alone (never the red flag or note each belongs
    to), or None when the instructor turned hints off; ``hints_used``: how many of them
    the student has been shown (kept with the draft or the submission).
    """
    return {
        "type": "article",
        "v": PROTOCOL_VERSION,
        "index": index,
        "count": count,
        "phase": phase,
        "article": article_to_json(article),
        "hints": None if hints is None else list(hints),
        "draft": None
        if draft is None
        else {
            "flags": flags_to_json(draft),
            "seconds": max(0, min(MAX_SECONDS, draft_seconds)),
            "hints_used": hints_used,
        },
        "submitted": submitted,
        "reveal": reveal,
    }


def submitted_message(article_id: str, flags: int) -> dict:
    """The host's receipt for a submission: how many flags it received."""
    return {"type": "submitted", "v": PROTOCOL_VERSION, "article": article_id, "flags": flags}


def ended_message(reason: str) -> dict:
    """The session is over, and why."""
    return {"type": "ended", "v": PROTOCOL_VERSION, "reason": reason}


def error_message(code: str, message: str, fatal: bool = False) -> dict:
    """An error for a student; the message is cut to 300 characters."""
    return {
        "type": "error",
        "v": PROTOCOL_VERSION,
        "code": code,
        "message": message[:300],
        "fatal": fatal,
    }


# -- what students read ------------------------------------------------------------------


@dataclass(frozen=True)
class RemotePack:
    """What the reader needs of a pack, as a host described it."""

    meta: PackMeta
    categories: list[Category]

    def category(self, category_id: str) -> Category | None:
        return next((c for c in self.categories if c.id == category_id), None)

    def lessons(self) -> list:
        """A class session sends no lessons: students read them in their own app."""
        return []


@dataclass(frozen=True)
class Welcome:
    """The host let the student in: their token and name, the pack and its categories."""

    token: str
    name: str
    pack: RemotePack
    count: int


@dataclass(frozen=True)
class Reveal:
    """The answer key of an article, the student's own result, and the class's counts."""

    article: str
    kind: str
    annotations: list[Annotation]
    status: str
    flags: tuple[Flag, ...]
    score: int | None
    students: int
    tallies: list[GoldTally]
    #: The author's notes on passages that are fine (none from an older host).
    notes: tuple[PassageNote, ...] = ()
    #: The hints the host counted against this student's score.
    hints_used: int = 0


@dataclass(frozen=True)
class ArticleOffer:
    """The class's current article, with the student's draft or submission."""

    index: int
    count: int
    phase: str
    article: PackArticle  # no annotations until the reveal
    draft: tuple[Flag, ...] | None
    draft_seconds: int
    submitted: bool
    reveal: Reveal | None = None
    #: The article's hints, or None when the session offers none (hints off, older host).
    hints: tuple[str, ...] | None = None
    #: Hints already shown to the student (kept by the host with the draft or submission).
    draft_hints_used: int = 0


@dataclass(frozen=True)
class Submitted:
    """The host's receipt for a submission."""

    article: str
    flags: int


@dataclass(frozen=True)
class Ended:
    """The session is over."""

    reason: str


@dataclass(frozen=True)
class HostError:
    """An error the host reported; ``fatal`` ones close the connection."""

    code: str
    message: str
    fatal: bool = False


HostMessage = Welcome | ArticleOffer | Reveal | Submitted | Ended | HostError


@dataclass
class HostContext:
    """What a student already knows, to check what the host sends next against it."""

    categories: set[str] = field(default_factory=set)
    texts: dict[str, str] = field(default_factory=dict)  # article id -> text
    hints: dict[str, int] = field(default_factory=dict)  # article id -> hints offered
    unshown: str | None = None  # the current article, when it could not be shown


def _language(pack: dict) -> str:
    language = _text(pack, "language", "pack", MAX_LANGUAGE_CHARS)
    if (wrong := language_problem(language)) is not None:
        raise ProtocolError("bad-message", f"pack: {wrong}")
    return language


def _markup_free(value: str) -> str:
    # Category texts reach rich-text labels; a host must not inject markup into them.
    return value.replace("<", "‹").replace(">", "›")


def _parse_category(item: object, n: int) -> Category:
    where = f"category {n}"
    if not isinstance(item, dict):
        raise ProtocolError("bad-message", f"{where} must be an object")
    values = [_text(item, k, where) for k in ("id", "name", "description", "how_to_check")]
    color = _text(item, "color", where, 7)
    problem = category_problem(values[0], color)
    if problem is None and not color:
        # A pack source may leave the colour to a default; a host always sends one.
        problem = ("color", "colour must look like #rrggbb, not ''")
    if problem is not None:
        raise ProtocolError("bad-message", f"{where}: {problem[1]}")
    return Category(values[0], *(_markup_free(v) for v in values[1:]), color)


def _parse_article(data: object) -> PackArticle:
    where = "article"
    if not isinstance(data, dict):
        raise ProtocolError("bad-message", "'article' must be an object")
    article_id = _text(data, "id", where, 64)
    if not ITEM_ID.match(article_id):
        raise ProtocolError("bad-message", f"article id {article_id[:40]!r} is not valid")
    text = _text(data, "text", where, MAX_TEXT_CHARS)
    raw_blocks = _field(data, "blocks", list, where)
    try:
        blocks: list[Block] = [block_from_json(b) for b in raw_blocks]
    except ValueError as exc:
        raise ProtocolError("bad-message", f"article blocks: {exc}") from None
    for block in blocks:
        for run in block.runs:
            if run.link and not re.match(r"(?i)^(https?:|mailto:)", run.link):
                raise ProtocolError("bad-message", f"article link {run.link[:60]!r} not allowed")
    if canonical_text(blocks) != text:
        raise ProtocolError("bad-message", "article text does not match its blocks")
    meta = ArticleMeta(
        article_id,
        _text(data, "headline", where),
        _text(data, "byline", where),
        _text(data, "outlet", where),
        _text(data, "date", where),
        _whole(data, "difficulty", where, 1, 3),
    )
    return PackArticle(meta, blocks, text, text_hash(text), [], "")


def _parse_reveal(data: object, context: HostContext) -> Reveal:
    if not isinstance(data, dict):
        raise ProtocolError("bad-message", "'reveal' must be an object")
    where = "'reveal' message"
    article_id = _text(data, "article", where, 64)
    text = context.texts.get(article_id)
    if text is None and article_id == context.unshown:
        raise NotShown("bad-message", "reveal of the article that could not be shown")
    if text is None:
        raise ProtocolError("bad-message", f"reveal of an article never shown ({article_id!r})")
    try:
        return _parse_answers(data, article_id, text, context)
    except ProtocolError as exc:
        # A reveal of the article on screen: its answers are content like the article's.
        raise UnshowableAnswers(article_id, str(exc)) from None


def _parse_answers(data: dict, article_id: str, text: str, context: HostContext) -> Reveal:
    where = "'reveal' message"
    kind = _text(data, "kind", where, 40)
    if kind not in ARTICLE_KINDS:
        raise ProtocolError("bad-message", f"{where}: unknown kind {kind!r}")
    items = _field(data, "annotations", list, where)
    if len(items) > MAX_ANNOTATIONS:
        raise ProtocolError("bad-message", f"{where}: too many annotations")
    annotations = []
    anchors_left = MAX_ANNOTATIONS  # other places, over the whole key (as a pack keeps them)
    for n, item in enumerate(items, 1):
        at = f"{where}: annotation {n}"
        if not isinstance(item, dict):
            raise ProtocolError("bad-message", f"{at} must be an object")
        start = _whole(item, "start", at, 0, len(text) - 1)
        end = _whole(item, "end", at, start + 1, len(text))
        category = _text(item, "category", at, 64)
        if category not in context.categories:
            raise ProtocolError("bad-message", f"{at}: unknown category {category!r}")
        quote = _text(item, "quote", at)
        if text[start:end] != quote:
            raise ProtocolError("bad-message", f"{at}: offsets do not match its quote")
        explanation = _text(item, "explanation", at)
        also, alternatives, core = _answer_key_extras(item, at, text, context, anchors_left)
        anchors_left -= len(alternatives)
        annotations.append(
            Annotation(
                start,
                end,
                category,
                quote,
                explanation,
                also=also,
                alternatives=alternatives,
                core=core,
            )
        )
    notes = _parse_notes(data, where, text)
    yours = _field(data, "yours", dict, where)
    status = _text(yours, "status", where, 20)
    if status not in STATUSES:
        raise ProtocolError("bad-message", f"{where}: unknown status {status!r}")
    flags = parse_flags(yours.get("flags"), f"{where} flags")
    check_flags_fit(flags, len(text), context.categories, f"{where} flags")
    score = yours.get("score")
    if score is not None and not (
        isinstance(score, int) and not isinstance(score, bool) and 0 <= score <= 100
    ):
        raise ProtocolError("bad-message", f"{where}: 'score' must be 0..100 or null")
    hints_used = 0
    if "hints_used" in yours:  # an older host counts none
        hints_used = _whole(yours, "hints_used", where, 0, context.hints.get(article_id, 0))
    klass = _field(data, "class", dict, where)
    students = _whole(klass, "students", where, 0, 100_000)
    tally_items = _field(klass, "flags", list, where)
    if len(tally_items) != len(annotations):
        raise ProtocolError("bad-message", f"{where}: one class tally per annotation expected")
    tallies = []
    for item in tally_items:
        if not isinstance(item, dict):
            raise ProtocolError("bad-message", f"{where}: a class tally must be an object")
        tallies.append(
            GoldTally(
                *(
                    _whole(item, k, where, 0, 100_000)
                    for k in ("found", "wrong_category", "partly", "missed")
                )
            )
        )
    return Reveal(
        article_id,
        kind,
        annotations,
        status,
        flags,
        score,
        students,
        tallies,
        notes,
        hints_used,
    )


def _place(item: object, at: str, text: str) -> tuple[int, int, str]:
    """A place in the text (``start``, ``end``, ``quote``), checked against the text."""
    if not isinstance(item, dict):
        raise ProtocolError("bad-message", f"{at} must be an object")
    start = _whole(item, "start", at, 0, max(0, len(text) - 1))
    end = _whole(item, "end", at, start + 1, max(start + 1, len(text)))
    quote = _text(item, "quote", at)
    if text[start:end] != quote:
        raise ProtocolError("bad-message", f"{at}: offsets do not match its quote")
    return start, end, quote


def _answer_key_extras(
    item: dict, at: str, text: str, context: HostContext, anchors_left: int
) -> tuple[tuple[str, ...], tuple[Anchor, ...], tuple[int, int] | None]:
    """A red flag's accepted categories, other places and core (pack format 2).

    Each is optional: a host from before format 2 sends none, and the red flag is then
    scored on its one place with its one category, as that host scored it.
    """
    start, end = item["start"], item["end"]
    also: list[str] = []
    if item.get("also") is not None:
        raw = _field(item, "also", list, at)
        if len(raw) > MAX_CATEGORIES:
            raise ProtocolError("bad-message", f"{at}: too many accepted categories")
        for value in raw:
            if not isinstance(value, str) or value not in context.categories:
                raise ProtocolError("bad-message", f"{at}: 'also' names an unknown category")
            if value not in also:
                also.append(value)
    alternatives: list[Anchor] = []
    if item.get("anchors") is not None:
        raw = _field(item, "anchors", list, at)
        if not raw or len(raw) - 1 > anchors_left:
            raise ProtocolError("bad-message", f"{at}: 'anchors' must list 1 to {MAX_ANNOTATIONS}")
        places = [_place(a, f"{at} anchor {k}", text) for k, a in enumerate(raw, 1)]
        if places[0] != (start, end, item["quote"]):
            raise ProtocolError("bad-message", f"{at}: its first anchor must be its own place")
        alternatives = [Anchor(*p) for p in places[1:]]
    core = None
    if item.get("core") is not None:
        raw_core = _field(item, "core", dict, at)
        core_start = _whole(raw_core, "start", f"{at} core", start, end - 1)
        core_end = _whole(raw_core, "end", f"{at} core", core_start + 1, end)
        core = (core_start, core_end)
    return tuple(also), tuple(alternatives), core


def _parse_notes(data: dict, where: str, text: str) -> tuple[PassageNote, ...]:
    """The author's notes on passages that are fine; none from a host that sends none."""
    if data.get("notes") is None:
        return ()
    items = _field(data, "notes", list, where)
    if len(items) > MAX_NOTES:
        raise ProtocolError("bad-message", f"{where}: too many notes")
    notes = []
    for n, item in enumerate(items, 1):
        at = f"{where}: note {n}"
        start, end, quote = _place(item, at, text)
        said = _text(item, "text", at)
        if not said.strip():
            raise ProtocolError("bad-message", f"{at}: 'text' is empty")
        notes.append(PassageNote(start, end, quote, said))
    return tuple(notes)


def _parse_hints(data: dict, where: str) -> tuple[str, ...] | None:
    """An article's hints (text only), or None when the session offers none.

    They come from the pack like the article, so what a pack may not hold (a hint longer
    than a pack field, more hints than a pack's red flags and notes) is refused the same way.
    """
    raw = data.get("hints")
    if raw is None:
        return None
    if not isinstance(raw, list):
        raise ProtocolError("bad-message", f"{where}: 'hints' must be a list or null")
    if len(raw) > MAX_HINTS:
        raise ProtocolError("bad-message", f"{where}: more than {MAX_HINTS} hints")
    hints = []
    for n, hint in enumerate(raw, 1):
        if not isinstance(hint, str):
            raise ProtocolError("bad-message", f"{where}: hint {n} must be text")
        if len(hint) > MAX_FIELD_CHARS:
            raise ProtocolError(
                "bad-message", f"{where}: hint {n} is longer than {MAX_FIELD_CHARS} characters"
            )
        if not hint.strip():
            raise ProtocolError("bad-message", f"{where}: hint {n} is empty")
        hints.append(hint)
    return tuple(hints)


def parse_host_message(raw: str | bytes, context: HostContext) -> HostMessage:
    """A host's message, validated against what the student already knows."""
    data = _loads(raw, MAX_HOST_MESSAGE_BYTES)
    kind = data["type"]
    where = f"'{kind}' message"
    if kind == "welcome":
        token = _text(data, "token", where, MAX_TOKEN_CHARS)
        name = check_name(data.get("name"))
        pack = _field(data, "pack", dict, where)
        pack_id = _text(pack, "id", "pack", 64)
        if not ITEM_ID.match(pack_id):
            raise ProtocolError("bad-message", f"pack id {pack_id[:40]!r} is not valid")
        meta = PackMeta(
            pack_id,
            _text(pack, "title", "pack"),
            _text(pack, "version", "pack"),
            _language(pack),
            training_notice=_text(pack, "training_notice", "pack"),
        )
        items = _field(data, "categories", list, where)
        if not 1 <= len(items) <= MAX_CATEGORIES:
            raise ProtocolError("bad-message", f"{where}: 1 to {MAX_CATEGORIES} categories")
        categories = [_parse_category(item, n) for n, item in enumerate(items, 1)]
        count = _whole(data, "count", where, 1, MAX_ARTICLES)
        context.categories = {c.id for c in categories}
        return Welcome(token, name, RemotePack(meta, categories), count)
    if kind == "article":
        if not context.categories:
            raise ProtocolError("bad-message", "an article arrived before the welcome")
        count = _whole(data, "count", where, 1, MAX_ARTICLES)
        index = _whole(data, "index", where, 0, count - 1)
        phase = _text(data, "phase", where, 20)
        if phase not in ("flagging", "revealed"):
            raise ProtocolError("bad-message", f"{where}: unknown phase {phase!r}")
        try:
            article = _parse_article(data.get("article"))
            hints = _parse_hints(data, "article hints")
        except ProtocolError as exc:
            # The message is sound; its article is not something this app will draw.
            raw = data.get("article")
            raw_id = raw.get("id") if isinstance(raw, dict) else None
            valid = isinstance(raw_id, str) and len(raw_id) <= 64 and ITEM_ID.match(raw_id)
            article_id = raw_id if valid else ""
            context.texts, context.unshown, context.hints = {}, article_id, {}
            raise UnshowableArticle(article_id, index, count, str(exc)) from None
        context.unshown = None
        draft_data = data.get("draft")
        draft, seconds, draft_hints = None, 0, 0
        if draft_data is not None:
            if not isinstance(draft_data, dict):
                raise ProtocolError("bad-message", f"{where}: 'draft' must be an object or null")
            draft = parse_flags(draft_data.get("flags"), "draft flags")
            check_flags_fit(draft, len(article.text), context.categories, "draft flags")
            seconds = _whole(draft_data, "seconds", where, 0, MAX_SECONDS)
            if "hints_used" in draft_data:
                draft_hints = _whole(draft_data, "hints_used", where, 0, len(hints or ()))
        submitted = data.get("submitted")
        if not isinstance(submitted, bool):
            raise ProtocolError("bad-message", f"{where}: 'submitted' must be true or false")
        context.texts = {article.meta.id: article.text}
        context.hints = {article.meta.id: len(hints or ())}
        reveal = None
        if phase == "revealed":
            try:
                reveal = _parse_reveal(data.get("reveal"), context)
            except UnshowableAnswers as exc:
                exc.offer = ArticleOffer(
                    index,
                    count,
                    phase,
                    article,
                    draft,
                    seconds,
                    submitted,
                    None,
                    hints,
                    draft_hints,
                )
                raise
            if reveal.article != article.meta.id:
                raise ProtocolError("bad-message", f"{where}: the reveal is of another article")
        elif data.get("reveal") is not None:
            raise ProtocolError("bad-message", f"{where}: a reveal while flagging")
        return ArticleOffer(
            index, count, phase, article, draft, seconds, submitted, reveal, hints, draft_hints
        )
    if kind == "reveal":
        return _parse_reveal(data, context)
    if kind == "submitted":
        return Submitted(
            _text(data, "article", where, 64), _whole(data, "flags", where, 0, MAX_FLAGS)
        )
    if kind == "ended":
        return Ended(_text(data, "reason", where, 300))
    if kind == "error":
        code = _text(data, "code", where, 40)
        fatal = data.get("fatal", False)
        if not isinstance(fatal, bool):
            raise ProtocolError("bad-message", f"{where}: 'fatal' must be true or false")
        return HostError(code, _text(data, "message", where, 300), fatal)
    raise ProtocolError("bad-message", f"unknown message type {kind[:40]!r}")


# -- discovery ------------------------------------------------------------------------------


def announcement(port: int, title: str) -> bytes:
    """The datagram a host announces itself with: never the join code."""
    payload = {"spotit-class": PROTOCOL_VERSION, "port": port, "title": title[:80]}
    return json.dumps(payload, ensure_ascii=False).encode("utf-8")


def parse_announcement(datagram: bytes) -> tuple[int, str] | None:
    """(port, title) of a host's announcement; None for anything else."""
    if len(datagram) > MAX_DATAGRAM_BYTES:
        return None
    try:
        data = json.loads(datagram.decode("utf-8"))
    except (ValueError, UnicodeDecodeError, RecursionError):
        return None
    if not isinstance(data, dict) or data.get("spotit-class") != PROTOCOL_VERSION:
        return None
    port, title = data.get("port"), data.get("title", "")
    if not isinstance(port, int) or isinstance(port, bool) or not 1 <= port <= 65535:
        return None
    if not isinstance(title, str):
        return None
    title = "".join(ch for ch in title[:80] if unicodedata.category(ch)[0] != "C")
    return port, title
