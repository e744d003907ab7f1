"""Finding an annotation's quote in an article's canonical text.

Authors anchor annotations by quote, never by hand-typed offsets. A quote that
appears more than once is told apart by ``occurrence`` (1-based) or by the
text just before it (``prefix``) or after it (``suffix``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: How many characters of context are stored on each side of an anchored quote.
CONTEXT_CHARS = 32

# The whitespace HTML collapses (ASCII only): a non-breaking space stays one in canonical text.
_SPACES = re.compile(r"[ \t\n\r\f\v]+")


class AnchorError(ValueError):
    """The quote cannot be placed unambiguously; the message says why."""


@dataclass(frozen=True)
class Anchor:
    start: int
    end: int
    occurrence: int  # 1-based index among the quote's occurrences
    occurrences: int  # how many times the quote appears in the text


def normalise_quote(quote: str) -> str:
    """The quote as it appears in canonical text: whitespace runs become one space."""
    return _SPACES.sub(" ", quote).strip(" ")


def occurrences(text: str, quote: str) -> list[int]:
    """Start positions of every (possibly overlapping) occurrence of ``quote``."""
    found, at = [], text.find(quote)
    while at != -1:
        found.append(at)
        at = text.find(quote, at + 1)
    return found


def locate(
    text: str,
    quote: str,
    occurrence: int | None = None,
    prefix: str = "",
    suffix: str = "",
) -> Anchor:
    """Place ``quote`` in ``text``; raise AnchorError if it is missing or ambiguous."""
    quote = normalise_quote(quote)
    if not quote:
        raise AnchorError("the quote is empty")
    starts = occurrences(text, quote)
    if not starts:
        raise AnchorError(f"quote not found in the article text: {quote!r}")
    if occurrence is not None:
        if not 1 <= occurrence <= len(starts):
            raise AnchorError(
                f"occurrence {occurrence} asked for, but the quote appears "
                f"{len(starts)} time(s): {quote!r}"
            )
        candidates = [starts[occurrence - 1]]
    else:
        candidates = starts
    prefix, suffix = normalise_quote(prefix), normalise_quote(suffix)
    if prefix:
        candidates = [s for s in candidates if text[:s].rstrip().endswith(prefix)]
    if suffix:
        candidates = [s for s in candidates if text[s + len(quote) :].lstrip().startswith(suffix)]
    if not candidates:
        raise AnchorError(f"no occurrence of the quote has the given prefix/suffix: {quote!r}")
    if len(candidates) > 1:
        raise AnchorError(
            f"quote is ambiguous, it appears {len(candidates)} times "
            f"(add occurrence, prefix or suffix): {quote!r}"
        )
    start = candidates[0]
    return Anchor(start, start + len(quote), starts.index(start) + 1, len(starts))


def context(text: str, start: int, end: int, chars: int = CONTEXT_CHARS) -> tuple[str, str]:
    """The ``chars`` characters before and after a span (TextQuoteSelector prefix/suffix)."""
    return text[max(0, start - chars) : start], text[end : end + chars]
