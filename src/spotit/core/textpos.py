"""Conversion between code-point offsets (ours) and UTF-16 offsets (Qt's, JavaScript's).

This is the only place that converts; everything else speaks code points.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

_ASTRAL = re.compile("[\U00010000-\U0010ffff]")


class Utf16Map:
    """Maps positions in one text between code points and UTF-16 code units."""

    def __init__(self, text: str) -> None:
        # Only characters outside the Basic Multilingual Plane take two units.
        self._astral = [m.start() for m in _ASTRAL.finditer(text)]
        self._starts16 = [cp + n for n, cp in enumerate(self._astral)]
        self._ends16 = [u + 2 for u in self._starts16]
        self.length = len(text)
        self.length16 = len(text) + len(self._astral)

    def to_utf16(self, cp: int) -> int:
        """The UTF-16 position of code-point position ``cp`` (0..len(text))."""
        if not 0 <= cp <= self.length:
            raise ValueError(f"position {cp} is outside the text (0..{self.length})")
        return cp + bisect_left(self._astral, cp)

    def to_code_point(self, u16: int) -> int:
        """The code-point position of UTF-16 position ``u16``.

        A position inside a surrogate pair rounds down to the start of its character.
        """
        if not 0 <= u16 <= self.length16:
            raise ValueError(f"UTF-16 position {u16} is outside the text (0..{self.length16})")
        before = bisect_right(self._ends16, u16)  # astral characters wholly before u16
        if before < len(self._starts16) and self._starts16[before] == u16 - 1:
            return self._astral[before]
        return u16 - before
