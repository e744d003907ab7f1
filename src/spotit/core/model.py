"""Domain objects shared by every layer: gold annotations and learner flags.

Spans are half-open ``[start, end)`` intervals in Unicode code points over an
article's canonical text (see ``spotit.content.render``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spotit.core.blocks import Block


@dataclass(frozen=True)
class Anchor:
    """One place in the text a red flag is anchored: ``[start, end)`` and the words there."""

    start: int
    end: int
    quote: str


@dataclass(frozen=True)
class CheckPointer:
    """Where a learner could have checked a passage: a source page of the pack.

    ``source`` is the page's id (the answer key writes ``check = "source:ID"``); ``quote``
    is the passage of that page that shows it (``check_quote``), "" for the whole page,
    and ``start``/``end`` its code-point span in the page's canonical text (0, 0 without).
    """

    source: str
    quote: str = ""
    start: int = 0
    end: int = 0


@dataclass(frozen=True)
class Annotation:
    """One red flag of an article's answer key.

    ``quote``/``prefix``/``suffix`` keep the anchored text the way W3C Web
    Annotation's TextQuoteSelector does, so the flag can be re-anchored if the
    article text changes. ``category`` is the key's primary category; ``also`` lists
    other categories that are accepted too. ``alternatives`` are other places the same
    red flag may be flagged (it counts once); ``core`` is the ``(start, end)`` of the
    words inside the primary anchor that alone identify it, if the author gave them.
    """

    start: int
    end: int
    category: str
    quote: str
    explanation: str
    prefix: str = ""
    suffix: str = ""
    hint: str = ""
    also: tuple[str, ...] = ()
    alternatives: tuple[Anchor, ...] = ()
    core: tuple[int, int] | None = None
    #: The check that reveals it (``check = "source:ID"``): a source page of the pack, and
    #: the passage of that page that shows it (``check_quote``), if the author gave one.
    check: CheckPointer | None = None

    @property
    def anchors(self) -> tuple[Anchor, ...]:
        """Every place this red flag may be flagged, the primary first."""
        return (Anchor(self.start, self.end, self.quote), *self.alternatives)

    def accepts(self, category: str) -> bool:
        """Whether ``category`` names this red flag (the primary, or one also accepted)."""
        return category == self.category or category in self.also

    def as_json(self) -> dict:
        """The answer-key fields scripts and snapshots use (see `spotit pack show --json`).

        ``also`` (category ids), ``anchors`` (every place, the primary first) and ``core``
        (``{"start", "end"}`` or None) came with pack format 2; a reader of older
        snapshots finds only the first five keys.
        """
        return {
            "start": self.start,
            "end": self.end,
            "category": self.category,
            "quote": self.quote,
            "explanation": self.explanation,
            "also": list(self.also),
            "anchors": [{"start": a.start, "end": a.end, "quote": a.quote} for a in self.anchors],
            "core": None if self.core is None else {"start": self.core[0], "end": self.core[1]},
            "check": None if self.check is None else self.check.source,
        }


@dataclass(frozen=True)
class PassageNote:
    """An author's note on a passage that is not a red flag: why it is fine.

    On a credible article, what makes it trustworthy (a named, checkable source; a number
    with its base and period); on any article, a passage that looks suspicious but is not.
    Feedback shows them, and uses one as the reason when a learner flags its passage.
    ``hint`` is an optional prompt on what to check in the passage, worded so that it does
    not say whether the passage is fine: the reader offers it like a red flag's hint, so
    credible articles offer hints too.
    """

    start: int
    end: int
    quote: str
    text: str
    hint: str = ""
    #: The check that confirms the passage is fine (``check = "source:ID"``), if any.
    check: CheckPointer | None = None

    def as_json(self) -> dict:
        """The note as `spotit pack show --json` gives it."""
        return {
            "start": self.start,
            "end": self.end,
            "quote": self.quote,
            "text": self.text,
            "hint": self.hint,
            "check": None if self.check is None else self.check.source,
        }


@dataclass(frozen=True)
class Flag:
    """A passage the learner marked as suspicious, tagged with a category."""

    start: int
    end: int
    category: str
    note: str = ""

    def as_json(self) -> dict:
        """The flag's JSON form, the one used by drafts, attempts and the classroom protocol."""
        data: dict = {"start": self.start, "end": self.end, "category": self.category}
        if self.note:
            data["note"] = self.note
        return data

    @classmethod
    def from_json(cls, data: object) -> Flag:
        """Read :meth:`as_json`'s form back; ``ValueError`` names the first field that is wrong."""
        if not isinstance(data, dict):
            raise ValueError("a flag must be an object")
        start, end = data.get("start"), data.get("end")
        category, note = data.get("category"), data.get("note", "")
        for name, value in (("start", start), ("end", end)):
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise ValueError(f"'{name}' must be a whole number ≥ 0")
        if end < start:  # type: ignore[operator]
            raise ValueError("'end' must not be before 'start'")
        if not isinstance(category, str) or not category:
            raise ValueError("'category' must be a category id")
        if not isinstance(note, str):
            raise ValueError("'note' must be text")
        return cls(start, end, category, note)  # type: ignore[arg-type]


#: What an article is, for the learner and for scoring.
ARTICLE_KINDS = ("misinformation", "credible", "satire", "opinion")


#: A language tag's shape (BCP 47: "en", "de-CH", "zh-Hant-TW"); at most 35 characters,
#: the longest tag BCP 47 asks every implementation to accept.
LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*")
MAX_LANGUAGE_CHARS = 35


def language_problem(tag: str) -> str | None:
    """Why ``tag`` is not a language tag a pack may declare, or None if it is.

    One rule for the pack source, the pack file and the class protocol, so a pack
    that validates can be taught.
    """
    if len(tag) > MAX_LANGUAGE_CHARS:
        return f"language must be a tag of at most {MAX_LANGUAGE_CHARS} characters, like 'en' or 'de-CH'"
    if not LANGUAGE_TAG.fullmatch(tag):
        return f"language must be a tag like 'en' or 'de-CH', not {tag[:40]!r}"
    return None


@dataclass(frozen=True)
class PackMeta:
    """A content pack's identity and description."""

    id: str
    title: str
    version: str
    language: str = "en"
    authors: tuple[str, ...] = ()
    licence: str = ""
    description: str = ""
    training_notice: str = "Training material: every article in this pack is invented."


@dataclass(frozen=True)
class ArticleMeta:
    """What the library shows about an article before it is opened."""

    id: str
    headline: str
    byline: str = ""
    outlet: str = ""
    date: str = ""
    difficulty: int = 1
    kind: str = "misinformation"
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Lesson:
    """A pack's lesson on one red-flag category: what it is, a worked example, how to check.

    ``blocks`` and ``text`` are its rendering (the title is the headline block), like an
    article's; ``marks`` are the ``(start, end)`` code-point spans of ``text`` that the
    example marks as the red flag. ``position`` is its place in the order learners meet
    lessons; ``body`` is the Markdown it was written in (with its ``==marks==``), kept so
    a pack can be exported back to a source; ``order`` is the source's ``order``, if any.
    """

    category: str
    title: str
    position: int
    blocks: list[Block] = field(default_factory=list, hash=False)
    text: str = ""
    marks: tuple[tuple[int, int], ...] = ()
    body: str = ""
    order: int | None = None


#: What a check item is, as its author marked it (``CheckItem.truth``).
CHECK_TRUTHS = ("credible", "misleading")


@dataclass(frozen=True)
class CheckItem:
    """One item of a check: an invented headline and lede the learner judges, unaided.

    ``truth`` is "credible" or "misleading"; ``difficulty`` 1, 2 or 3; ``topic`` a tag.
    ``body`` is the optional whole article in Markdown as written, ``blocks`` and ``text``
    its rendering (empty when the item has none).
    """

    id: str
    form: str
    truth: str
    topic: str
    difficulty: int
    headline: str
    lede: str
    outlet: str = ""
    blocks: tuple[Block, ...] = field(default=(), hash=False)
    text: str = ""
    body: str = ""


@dataclass(frozen=True)
class Check:
    """A short test of discernment in parallel forms balanced by construction (pack content).

    ``forms`` are the form ids in order; ``items`` every form's items, in the order written.
    """

    id: str
    title: str
    instructions: str
    forms: tuple[str, ...]
    items: tuple[CheckItem, ...]

    def form_items(self, form: str) -> tuple[CheckItem, ...]:
        """The items of one form, in the order written (none for a form the check lacks)."""
        return tuple(item for item in self.items if item.form == form)
