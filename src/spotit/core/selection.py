"""Turning what the learner selected into a flag span."""

from __future__ import annotations


def is_word_char(ch: str) -> bool:
    """Whether ``ch`` belongs to a word for snapping and anchoring: letters, digits, ``_ ' ’``."""
    return ch.isalnum() or ch in "_'’"


def snap_to_words(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Widen a selection to whole words and drop the spaces at its edges.

    A selection that starts or ends inside a word takes the whole word; one made
    only of spaces (or empty) gives None. Punctuation selected on purpose is kept.
    """
    start, end = max(0, min(start, end)), min(len(text), max(start, end))
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    if start >= end:
        return None
    while start > 0 and is_word_char(text[start - 1]) and is_word_char(text[start]):
        start -= 1
    while end < len(text) and is_word_char(text[end - 1]) and is_word_char(text[end]):
        end += 1
    return start, end
