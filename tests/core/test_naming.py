"""Ids from names, and unique names: one rule for packs, articles and categories."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from spotit.core.naming import slugify, unique_name
from spotit.core.taxonomy import CATEGORY_ID


def test_slugify_examples():
    assert slugify("Unsourced Quote") == "unsourced-quote"
    assert slugify("Café — Crème brûlée!") == "cafe-creme-brulee"
    assert slugify("???", fallback="label") == "label"
    assert slugify("x" * 200) == "x" * 64


@given(st.text())
def test_slugify_always_gives_a_valid_id(text):
    assert CATEGORY_ID.match(slugify(text))


def test_unique_name_counts_up():
    assert unique_name("a", set()) == "a"
    assert unique_name("a", {"a"}) == "a-2"
    assert unique_name("a", {"a", "a-2", "a-3"}) == "a-4"


@given(st.sets(st.from_regex(CATEGORY_ID, fullmatch=True), max_size=20))
def test_unique_name_is_free_and_valid(taken):
    for wanted in list(taken)[:3] + ["x" * 64]:
        name = unique_name(wanted, taken)
        assert name not in taken
        assert CATEGORY_ID.match(name)
