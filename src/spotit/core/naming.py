"""Ids made from names, and names made unique: one rule for packs, articles and categories."""

from __future__ import annotations

import re
import unicodedata

from spotit.core.taxonomy import CATEGORY_ID

#: Longest id a pack, article or category may have (see ``CATEGORY_ID``).
MAX_ID = 64


def slugify(text: str, fallback: str = "item") -> str:
    """An id for ``text``: lower-case ASCII letters, digits and dashes (é becomes e).

    Falls back to ``fallback`` when nothing usable is left.
    """
    letters = "".join(
        c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c)
    )
    slug = re.sub(r"[^a-z0-9]+", "-", letters.lower()).strip("-")[:MAX_ID].strip("-")
    return slug if CATEGORY_ID.match(slug) else fallback


def unique_name(wanted: str, taken: set[str] | frozenset[str]) -> str:
    """``wanted``, or ``wanted-2``, ``wanted-3``... whichever is free (ids stay ≤ 64 characters)."""
    name, n = wanted, 2
    while name in taken:
        suffix = f"-{n}"
        name = wanted[: MAX_ID - len(suffix)] + suffix
        n += 1
    return name
