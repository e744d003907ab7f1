"""Domain objects shared by every layer: gold annotations and learner flags.

Spans are half-open ``[start, end)`` intervals in Unicode code points over an
article's canonical text (see ``spotit.content.render``).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Annotation:
    """One red flag of an article's answer key.

    ``quote``/``prefix``/``suffix`` keep the anchored text the way W3C Web
    Annotation's TextQuoteSelector does, so the flag can be re-anchored if the
    article text changes.
    """

    start: int
    end: int
    category: str
    quote: str
    explanation: str
    prefix: str = ""
    suffix: str = ""
    hint: str = ""

    def as_json(self) -> dict:
        """The answer-key fields scripts and snapshots use (see `spotit pack show --json`)."""
        return {
            "start": self.start,
            "end": self.end,
            "category": self.category,
            "quote": self.quote,
            "explanation": self.explanation,
        }


@dataclass(frozen=True)
class Flag:
    """A passage the learner marked as suspicious, tagged with a category."""

    start: int
    end: int
    category: str
    note: str = ""


#: What an article is, for the learner and for scoring.
ARTICLE_KINDS = ("misinformation", "credible", "satire", "opinion")


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
