"""The article a pack holds, as every layer above the store sees it.

``spotit.store.pack`` reads it from a built pack; the reader, the scorer's
callers, the classroom (which sends it to students without the answer key) and
the editor's try-out work with it. Plain data, no Qt, no SQL.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass

from spotit.core.blocks import Block
from spotit.core.model import Annotation, ArticleMeta, PassageNote


@dataclass(frozen=True)
class ArticleSummary:
    """What a pack's table of contents says about an article: its metadata and red flags."""

    meta: ArticleMeta
    annotations: int
    #: The invented event the article reports; articles sharing it cover the same story.
    event: str = ""


@dataclass(frozen=True)
class PackArticle:
    """An article as the reader and the scorer need it."""

    meta: ArticleMeta
    blocks: list[Block]
    text: str
    text_hash: str
    annotations: list[Annotation]
    body: str
    #: The author's notes on passages that are fine, in text order (shown in feedback).
    notes: tuple[PassageNote, ...] = ()
    #: The invented event the article reports ("" if none); see ``ArticleSummary.event``.
    event: str = ""


def text_hash(text: str) -> str:
    """The fingerprint a draft keeps of the text it was made on (SHA-256 of the UTF-8)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
