"""Finding an annotation's quote in an article's canonical text.

Authors anchor annotations by quote, never by hand-typed offsets. A quote that
appears more than once is told apart by ``occurrence`` (1-based) or by the
text just before it (``prefix``) or after it (``suffix``).
"""

from __future__ import annotations

import difflib
import os
import re
from dataclasses import dataclass

from spotit.core.selection import is_word_char

#: How many characters of context are stored on each side of an anchored quote.
CONTEXT_CHARS = 32

# The whitespace HTML collapses (ASCII only): a non-breaking space stays one in canonical text.
_SPACES = re.compile(r"[ \t\n\r\f\v]+")


class AnchorError(ValueError):
    """The quote cannot be placed unambiguously; the message says why."""


@dataclass(frozen=True)
class Anchor:
    """Where a quote was placed in a text."""

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


# -- re-anchoring after an edit --------------------------------------------------

#: Minimum similarity (see ``similarity``, 0..1) for a changed quote to be re-anchored as "fuzzy".
#: 0.8 accepts a fixed typo or a changed word in a phrase of five or more words, and rejects
#: a different sentence that merely shares some words (docs/authoring.md).
FUZZY_THRESHOLD = 0.8

# Grams of this many characters vote for where a changed quote may have gone.
_GRAM = 4
# A word or gram found more often than this says nothing about where the quote is.
_MAX_HITS = 32
# Words (as selection.py counts word characters) and single punctuation marks.
_TOKEN = re.compile(r"[\w'’]+|[^\w\s]")
# Prefix/suffix characters used to find the quote's old neighbourhood in the new text.
_CONTEXT_PROBE = 16


@dataclass(frozen=True)
class Reanchored:
    """Where an annotation's quote went after its article text was edited.

    ``status`` is "exact" (the same quote at the old place), "moved" (the exact quote
    elsewhere), "fuzzy" (a similar passage, snapped to whole words) or "orphaned" (not
    placed: missing, or found at places that nothing tells apart). ``similarity`` is 1.0
    for exact/moved, the match ratio for fuzzy, and the best ratio seen when orphaned.
    """

    status: str
    start: int | None
    end: int | None
    similarity: float


def reanchor(
    new_text: str, quote: str, old_start: int, prefix: str = "", suffix: str = ""
) -> Reanchored:
    """Place an annotation's ``quote`` in ``new_text`` after an edit.

    In order: the exact quote at ``old_start``; the exact quote elsewhere, where the
    stored ``prefix``/``suffix`` (TextQuoteSelector context) choose between repeats and
    closeness to ``old_start`` breaks remaining ties; the most similar passage of about
    the quote's length, first near the old place and its context, then anywhere, if its
    similarity reaches FUZZY_THRESHOLD. Candidates that tie exactly are never guessed
    between: the result is "orphaned".
    """
    if not quote:
        return Reanchored("orphaned", None, None, 0.0)
    n = len(quote)
    if (
        old_start >= 0
        and new_text.startswith(quote, old_start)
        and context_match(new_text, old_start, old_start + n, prefix, suffix)
        == len(prefix) + len(suffix)
    ):
        return Reanchored("exact", old_start, old_start + n, 1.0)  # untouched: no better place
    starts = occurrences(new_text, quote)
    if starts:
        return _reanchor_exact(new_text, quote, old_start, prefix, suffix, starts)
    return _reanchor_fuzzy(new_text, quote, old_start, prefix, suffix)


def context_match(text: str, start: int, end: int, prefix: str, suffix: str) -> int:
    """How many characters of ``prefix`` still end right before ``start``, plus how many of
    ``suffix`` still start right at ``end`` (TextQuoteSelector context, matched exactly)."""
    before = text[max(0, start - len(prefix)) : start]
    after = text[end : end + len(suffix)]
    return len(os.path.commonprefix([before[::-1], prefix[::-1]])) + len(
        os.path.commonprefix([after, suffix])
    )


def _reanchor_exact(
    text: str, quote: str, old_start: int, prefix: str, suffix: str, starts: list[int]
) -> Reanchored:
    n = len(quote)
    if len(starts) == 1:  # nothing to choose between
        status = "exact" if starts[0] == old_start else "moved"
        return Reanchored(status, starts[0], starts[0] + n, 1.0)
    ranked = sorted(
        ((context_match(text, s, s + n, prefix, suffix), -abs(s - old_start), s) for s in starts),
        reverse=True,
    )
    best_score, best_distance, best = ranked[0]
    if (
        old_start in starts
        and context_match(text, old_start, old_start + n, prefix, suffix) == best_score
    ):
        return Reanchored("exact", old_start, old_start + n, 1.0)
    if len(ranked) > 1 and ranked[1][:2] == (best_score, best_distance):
        return Reanchored("orphaned", None, None, 1.0)  # same context, same distance: a guess
    return Reanchored("moved", best, best + n, 1.0)


def similarity(a: str, b: str) -> float:
    """2 × (longest common subsequence) / (len(a) + len(b)): 1.0 for equal texts, 0.0 for
    texts with no letter in common.

    The measure difflib's ``ratio`` estimates, computed exactly, so repetitive text
    ("mm mm mm") cannot fool it.
    """
    return _similarity(a, b, _letter_masks(b))


def _letter_masks(text: str) -> dict[str, int]:
    masks: dict[str, int] = {}
    for i, ch in enumerate(text):
        masks[ch] = masks.get(ch, 0) | (1 << i)
    return masks


def _similarity(a: str, b: str, masks: dict[str, int]) -> float:
    if not a and not b:
        return 1.0
    # Bit-parallel LCS length (Hyyrö 2004): one pass over ``a``, all of ``b`` in one integer;
    # the zero bits of ``row`` count the common subsequence.
    full = (1 << len(b)) - 1
    row = full
    for ch in a:
        matches = row & masks.get(ch, 0)
        row = ((row + matches) | (row - matches)) & full
    common = len(b) - row.bit_count()
    return 2 * common / (len(a) + len(b))


def _boundary(text: str, pos: int) -> bool:
    """True when ``pos`` does not cut a word in two."""
    return (
        pos <= 0
        or pos >= len(text)
        or not (is_word_char(text[pos - 1]) and is_word_char(text[pos]))
    )


def _word_edges(text: str, pos: int) -> set[int]:
    """``pos`` if it lies between words, else the two word edges around it."""
    if _boundary(text, pos):
        return {pos}
    left, right = pos, pos
    while not _boundary(text, left):
        left -= 1
    while not _boundary(text, right):
        right += 1
    return {left, right}


class _FuzzySearch:
    """The best passage of ``text`` similar to ``quote``, over the candidate places tried."""

    def __init__(self, text: str, quote: str, old_start: int, prefix: str, suffix: str) -> None:
        self.text, self.quote, self.old_start = text, quote, old_start
        self.prefix, self.suffix = prefix, suffix
        self.masks = _letter_masks(quote)
        words = _TOKEN.findall(quote)
        self.by_word = len(words) >= 3
        units: list[str] = words if self.by_word else list(quote)
        self.unit_matcher = difflib.SequenceMatcher(None, autojunk=False)
        self.unit_matcher.set_seq2(units)
        self.unit_ends = [0]  # characters of the quote up to each unit
        for unit in units:
            self.unit_ends.append(self.unit_ends[-1] + len(unit))
        self.slack = len(quote) // 2 + 8  # a 0.8 match is between 2/3 and 3/2 of the length
        self.tried: list[int] = []
        self.considered: set[tuple[int, int]] = set()
        # The best candidate so far: (similarity, context score, -distance, start).
        self.best: tuple[float, int, int, int] | None = None
        self.best_end = 0
        self.tie = False
        self.best_seen = 0.0

    def ratio(self, start: int, end: int) -> float:
        """similarity(text[start:end], quote), with the quote's letter masks made once."""
        return _similarity(self.text[start:end], self.quote, self.masks)

    def near(self, guess: int) -> None:
        """Look for the quote in a window around ``guess`` (its estimated start)."""
        guess = max(0, min(guess, len(self.text)))
        if any(abs(guess - t) <= self.slack // 2 for t in self.tried):
            return
        self.tried.append(guess)
        lo = max(0, guess - self.slack)
        hi = min(len(self.text), guess + len(self.quote) + self.slack)
        if lo >= hi:
            return
        # Aligning words is much faster than aligning characters; a quote of one or two
        # words (where a typo leaves nothing to align) is aligned by characters.
        if self.by_word:
            spans = [(m.start(), m.end()) for m in _TOKEN.finditer(self.text, lo, hi)]
            self.unit_matcher.set_seq1([self.text[s:e] for s, e in spans])
        else:
            spans = [(i, i + 1) for i in range(lo, hi)]
            self.unit_matcher.set_seq1(self.text[lo:hi])
        blocks = [b for b in self.unit_matcher.get_matching_blocks() if b.size]
        if not blocks:
            return
        # The run of matching blocks with the best ratio estimate, so stray matches of a
        # common word at the window's edges are left out.
        cum, n = self.unit_ends, len(self.quote)
        best_est, run = -1.0, (blocks[0], blocks[0])
        for i, first in enumerate(blocks):
            matched = 0
            for last in blocks[i:]:
                matched += cum[last.b + last.size] - cum[last.b]
                length = spans[last.a + last.size - 1][1] - spans[first.a][0]
                est = 2 * matched / (n + length)
                if est > best_est:
                    best_est, run = est, (first, last)
        first, last = run
        a0, a1 = first.a, last.a + last.size
        # Quote words left unmatched at the ends (a changed first or last word) most likely
        # sit just outside the run: try the run widened by as many words, on either side
        # (which side is not always clear: "very very" aligns either way).
        missing = first.b + len(cum) - 1 - (last.b + last.size)
        candidates = {(a0, a1)}
        for left in range(min(missing, 3) + 1):
            right = min(missing, 3) - left
            candidates.add((max(0, a0 - left), min(len(spans), a1 + right)))
        for x0, x1 in sorted(candidates):
            self.consider_edges(spans[x0][0], spans[x1 - 1][1])
        # A match cut by the window's edge continues outside it: look again, centred on it.
        estimated = spans[a0][0] - cum[first.b]
        if estimated < lo or estimated + n > hi:
            self.near(estimated)

    def consider_edges(self, start: int, end: int) -> None:
        """Consider the span snapped to whole words, without spaces at its edges."""
        text = self.text
        for s in _word_edges(text, start):
            for e in _word_edges(text, end):
                s0, e0 = s, e
                while s0 < e0 and text[s0].isspace():
                    s0 += 1
                while e0 > s0 and text[e0 - 1].isspace():
                    e0 -= 1
                if s0 < e0:
                    self.consider(s0, e0)

    def consider(self, start: int, end: int) -> None:
        if (start, end) in self.considered:
            return
        self.considered.add((start, end))
        similarity = self.ratio(start, end)
        self.best_seen = max(self.best_seen, similarity)
        key = (
            similarity,
            context_match(self.text, start, end, self.prefix, self.suffix),
            -abs(start - self.old_start),
            start,
        )
        if self.best is None or key[:3] > self.best[:3]:
            self.best, self.best_end, self.tie = key, end, False
        elif key[:3] == self.best[:3] and (end <= self.best[3] or start >= self.best_end):
            self.tie = True  # two separate places nothing tells apart

    def found(self) -> bool:
        return self.best is not None and self.best[0] >= FUZZY_THRESHOLD

    def result(self) -> Reanchored:
        if self.found() and not self.tie:
            assert self.best is not None
            return Reanchored("fuzzy", self.best[3], self.best_end, self.best[0])
        return Reanchored("orphaned", None, None, self.best_seen)


def _reanchor_fuzzy(text: str, quote: str, old_start: int, prefix: str, suffix: str) -> Reanchored:
    search = _FuzzySearch(text, quote, old_start, prefix, suffix)
    n = len(quote)
    # Near the old place first: where the old context still is, then the old position.
    after_prefix: list[int] = []
    probe = prefix[-_CONTEXT_PROBE:]
    if len(probe.strip()) >= 4:
        after_prefix = [at + len(probe) for at in _nearest(text, probe, old_start - len(probe))]
    before_suffix: list[int] = []
    probe = suffix[:_CONTEXT_PROBE]
    if len(probe.strip()) >= 4:
        before_suffix = _nearest(text, probe, old_start + n)
    # Context intact on both sides: the edited quote is what lies between (if its length
    # could still match: a 0.8 match is between 2/3 and 3/2 of the quote's length).
    for start in after_prefix:
        for end in before_suffix:
            if 2 * n <= 3 * (end - start) and 2 * (end - start) <= 3 * n:
                search.consider_edges(start, end)
    if not search.found():
        for start in after_prefix:
            search.near(start)
        for end in before_suffix:
            search.near(end - n)
    if not search.found():
        search.near(old_start)
    if search.found():
        return search.result()
    # Then anywhere: the quote's words (or, for a short quote, its letters) vote for
    # where it starts.
    guesses = _voted_by_words(text, quote) if search.by_word else _voted_by_grams(text, quote)
    for guess in guesses:
        search.near(guess)
    return search.result()


def _nearest(text: str, probe: str, around: int, keep: int = 2) -> list[int]:
    """The ``keep`` occurrences of ``probe`` closest to ``around``."""
    found = occurrences(text, probe)
    return sorted(found, key=lambda at: abs(at - around))[:keep]


_word_index_cache: tuple[str, dict[str, list[int]], list[int]] | None = None


def _word_index(text: str) -> tuple[dict[str, list[int]], list[int]]:
    """Each word of ``text`` with its word numbers, and where each word starts.

    Kept for the last text: re-anchoring every annotation of an article after one edit
    asks about the same text hundreds of times.
    """
    global _word_index_cache
    cached = _word_index_cache
    if cached is not None and cached[0] == text:
        return cached[1], cached[2]
    index: dict[str, list[int]] = {}
    starts: list[int] = []
    for number, match in enumerate(_TOKEN.finditer(text)):
        index.setdefault(match.group(), []).append(number)
        starts.append(match.start())
    _word_index_cache = (text, index, starts)
    return index, starts


def _best_buckets(diagonals: dict[int, list[int]], needed: float, keep: int) -> list[int]:
    """Median diagonal of the best-voted buckets (each pooled with its right neighbour)."""
    ranked = []
    for bucket, values in diagonals.items():
        pooled = values + diagonals.get(bucket + 1, [])
        if len(pooled) >= needed:
            ranked.append((len(pooled), sorted(pooled)[len(pooled) // 2]))
    ranked.sort(reverse=True)
    return [diagonal for _, diagonal in ranked[:keep]]


def _voted_by_words(text: str, quote: str, keep: int = 3) -> list[int]:
    """Likely start positions of a changed quote of three or more words, best first."""
    index, starts = _word_index(text)
    words = _TOKEN.findall(quote)
    width = max(2, len(words) // 2)
    diagonals: dict[int, list[int]] = {}
    used = 0
    for j, word in enumerate(words):
        hits = index.get(word, ())
        if not 0 < len(hits) <= _MAX_HITS:
            continue  # a word found everywhere says nothing about where the quote is
        used += 1
        for k in hits:
            diagonals.setdefault((k - j) // width, []).append(k - j)
    best = _best_buckets(diagonals, max(2, 0.3 * used), keep)
    return [starts[max(0, min(d, len(starts) - 1))] for d in best]


def _voted_by_grams(text: str, quote: str, keep: int = 3) -> list[int]:
    """Likely start positions of a changed short quote, from its 4-letter grams."""
    n = len(quote)
    if n < _GRAM:
        return []
    width = max(8, n // 2)
    diagonals: dict[int, list[int]] = {}
    used = 0
    for i in range(n - _GRAM + 1):
        gram = quote[i : i + _GRAM]
        if not 0 < text.count(gram) <= _MAX_HITS:
            continue
        used += 1
        at = text.find(gram)
        while at != -1:
            diagonals.setdefault((at - i) // width, []).append(at - i)
            at = text.find(gram, at + 1)
    return _best_buckets(diagonals, max(2, 0.3 * used), keep)
