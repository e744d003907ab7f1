"""Placing imported spans: code points, UTF-16 code units, and the text a span claims."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spotit.core.naming import slugify, unique_name
from spotit.core.textpos import Utf16Map
from spotit.interop.model import OffsetReader

TEXT = "Rocket 🚀 launch: experts say 🌊 waves, officials say no."


def utf16(text: str, start: int, end: int) -> tuple[int, int]:
    m = Utf16Map(text)
    return m.to_utf16(start), m.to_utf16(end)


def test_code_points_that_fit_are_used_as_they_are():
    reader = OffsetReader(TEXT)
    start = TEXT.index("experts say")
    assert reader.place(start, start + 11, "experts say") == (start, start + 11)
    assert reader.converted == 0


def test_utf16_offsets_after_an_emoji_are_converted_and_counted():
    reader = OffsetReader(TEXT)
    start = TEXT.index("officials say")
    u_start, u_end = utf16(TEXT, start, start + 13)
    assert (u_start, u_end) == (start + 2, start + 15)  # two emoji before it
    assert reader.place(u_start, u_end, "officials say") == (start, start + 13)
    assert reader.converted == 1


def test_without_claimed_text_only_the_range_is_checked():
    reader = OffsetReader(TEXT)
    assert reader.place(0, 6) == (0, 6)
    # Beyond the text in code points, inside it in UTF-16 units: read as UTF-16.
    assert reader.place(len(TEXT) - 1, len(TEXT) + 2) == (len(TEXT) - 3, len(TEXT))


def test_span_claiming_other_text_says_what_it_covers():
    reason = OffsetReader(TEXT).place(0, 6, "Launch")
    assert reason == "span [0 6] covers 'Rocket', not the annotation's text"


@pytest.mark.parametrize(
    "start, end, reason",
    [
        (0, 500, "span [0 500] is outside the text"),
        (5, 5, "empty or reversed span [5, 5)"),
        (6, 2, "empty or reversed span [6, 2)"),
        ("3", 5, "offsets are not whole numbers ('3', 5)"),
        (True, 5, "offsets are not whole numbers (True, 5)"),
        (1.5, 5, "offsets are not whole numbers (1.5, 5)"),
        (-1, 5, "span [-1 5] is outside the text"),
    ],
)
def test_unusable_offsets_give_a_reason(start, end, reason):
    assert OffsetReader(TEXT).place(start, end).startswith(reason)


def test_a_utf16_offset_inside_a_surrogate_pair_is_not_a_utf16_reading():
    text = "🚀x"
    # UTF-16 unit 1 is the middle of the rocket: only the code-point reading (1, 2) is left,
    # and it covers "x", not what is claimed.
    assert OffsetReader(text).place(1, 3, "x").startswith("span [1 3] is outside")
    assert OffsetReader(text, "utf-16").place(1, 3).startswith("span [1 3] is outside")


def test_forced_modes():
    start = TEXT.index("officials")
    u_start, u_end = utf16(TEXT, start, start + 9)
    assert OffsetReader(TEXT, "utf-16").place(u_start, u_end) == (start, start + 9)
    assert OffsetReader(TEXT, "code-points").place(u_start, u_end) == (u_start, u_end)
    with pytest.raises(ValueError):
        OffsetReader(TEXT, "bytes")


def test_a_document_settles_on_utf16_when_only_utf16_spans_disagree():
    end = len(TEXT)
    u_end = Utf16Map(TEXT).length16
    # Without covered texts (doccano): one span runs past the text in code points.
    reader = OffsetReader(TEXT)
    reader.settle([([(0, 6)], None), ([(u_end - 3, u_end)], None)])
    assert reader.place(10, 16) == (9, 15)  # "launch", read as UTF-16 too
    assert reader.converted == 1
    # A span that fits only in code points keeps the code-point reading first.
    reader = OffsetReader(TEXT)
    reader.settle([([(u_end - 3, u_end)], None), ([(end - 4, end)], " no.")])
    assert reader.place(10, 16) == (10, 16)
    # Forced modes are not second-guessed.
    reader = OffsetReader(TEXT, "code-points")
    reader.settle([([(u_end - 3, u_end)], None)])
    assert reader.place(10, 16) == (10, 16)


def test_fragments_are_read_the_same_way_and_joined_with_a_space():
    text = "🚀 Jean\nDupont said"
    reader = OffsetReader(text)
    assert reader.place_fragments([(3, 7), (8, 14)], "Jean Dupont") == [(2, 6), (7, 13)]
    assert reader.converted == 1


bmp = st.characters(max_codepoint=0xFFFF, exclude_categories=("Cs",))
astral = st.sampled_from("😀🍵🌊𝔸𠀋")
texts = st.text(st.one_of(bmp, astral, st.just("\n")), min_size=1, max_size=40)


@settings(max_examples=300, deadline=None)
@given(texts, st.data())
def test_any_span_counted_in_utf16_with_its_text_lands_on_that_text(text, data):
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    u_start, u_end = utf16(text, start, end)
    placed = OffsetReader(text).place(u_start, u_end, text[start:end])
    assert not isinstance(placed, str)
    assert text[placed[0] : placed[1]] == text[start:end]


@settings(max_examples=300, deadline=None)
@given(texts, st.data())
def test_code_points_are_never_converted_when_they_fit(text, data):
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    reader = OffsetReader(text)
    assert reader.place(start, end, text[start:end]) == (start, end)
    assert reader.converted == 0


@pytest.mark.parametrize(
    "label, slug",
    [
        ("Vague source", "vague-source"),
        ("ORG", "org"),
        ("Headline–body mismatch!", "headline-body-mismatch"),
        ("Éléphant ", "elephant"),
        ("Ошибка", "label"),
        ("x" * 80, "x" * 64),
    ],
)
def test_labels_become_ids_with_the_shared_slug_rule(label, slug):
    assert slugify(label, "label") == slug


def test_names_taken_get_a_number():
    taken = {"a"}
    names = []
    for wanted in ("a", "a", "b"):
        names.append(unique_name(wanted, taken))
        taken.add(names[-1])
    assert names == ["a-2", "a-3", "b"]
    assert len(unique_name("y" * 64, {"y" * 64})) == 64
