"""Utf16Map against a brute-force reference: encode to UTF-16 and count code units."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spotit.core.textpos import Utf16Map

# Mostly BMP text with plenty of astral characters (emoji, CJK extension B, maths letters),
# so surrogate pairs are common, adjacent and at both ends of the text.
bmp = st.characters(max_codepoint=0xFFFF, exclude_categories=("Cs",))
astral = st.one_of(
    st.characters(min_codepoint=0x10000),
    st.sampled_from("😀🍵🌊𝔸𠀋🇫🇷"),
)
texts = st.text(st.one_of(bmp, astral), max_size=40)


def units(text: str) -> int:
    """UTF-16 code units of ``text``, counted the slow, obvious way."""
    return len(text.encode("utf-16-le")) // 2


def ref_to_utf16(text: str, cp: int) -> int:
    return units(text[:cp])


def ref_to_code_point(text: str, u16: int) -> int:
    """The last code-point position whose UTF-16 position is at or before ``u16``."""
    return max(cp for cp in range(len(text) + 1) if units(text[:cp]) <= u16)


def test_examples_with_an_emoji():
    text = "Tea 🍵 cures"
    m = Utf16Map(text)
    assert (m.length, m.length16) == (len(text), len(text) + 1)
    assert m.to_utf16(4) == 4  # the emoji starts where it would without surrogates
    assert m.to_utf16(5) == 6  # after it, everything shifts by one unit
    assert m.to_utf16(len(text)) == len(text) + 1
    assert m.to_code_point(6) == 5
    assert m.to_code_point(5) == 4  # between the two surrogates: rounds down


def test_text_without_astral_characters_is_the_identity():
    text = "Héllo — «world» ☕"  # BMP-only, non-ASCII
    m = Utf16Map(text)
    assert [m.to_utf16(i) for i in range(len(text) + 1)] == list(range(len(text) + 1))
    assert [m.to_code_point(i) for i in range(len(text) + 1)] == list(range(len(text) + 1))


@settings(max_examples=200, deadline=None)
@given(texts)
def test_lengths_match_the_reference(text):
    m = Utf16Map(text)
    assert m.length == len(text)
    assert m.length16 == units(text)


@settings(max_examples=200, deadline=None)
@given(texts, st.data())
def test_to_utf16_matches_the_reference(text, data):
    cp = data.draw(st.integers(0, len(text)))
    assert Utf16Map(text).to_utf16(cp) == ref_to_utf16(text, cp)


@settings(max_examples=200, deadline=None)
@given(texts, st.data())
def test_to_code_point_matches_the_reference(text, data):
    u16 = data.draw(st.integers(0, units(text)))
    assert Utf16Map(text).to_code_point(u16) == ref_to_code_point(text, u16)


@settings(max_examples=200, deadline=None)
@given(texts)
def test_round_trip_every_code_point_position(text):
    m = Utf16Map(text)
    for cp in range(len(text) + 1):
        assert m.to_code_point(m.to_utf16(cp)) == cp


@settings(max_examples=200, deadline=None)
@given(texts)
def test_inside_a_surrogate_pair_rounds_down_to_the_character(text):
    m = Utf16Map(text)
    for i, ch in enumerate(text):
        if ord(ch) > 0xFFFF:
            u = m.to_utf16(i)
            assert m.to_utf16(i + 1) == u + 2
            assert m.to_code_point(u + 1) == i


@given(texts)
@settings(max_examples=100, deadline=None)
def test_out_of_range_positions_are_rejected(text):
    m = Utf16Map(text)
    for cp in (-1, len(text) + 1):
        with pytest.raises(ValueError, match="outside the text"):
            m.to_utf16(cp)
    for u16 in (-1, units(text) + 1):
        with pytest.raises(ValueError, match="outside the text"):
            m.to_code_point(u16)
