"""Placing annotation quotes in canonical text: unique, repeated, ambiguous and missing quotes."""

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from spotit.core.anchoring import (
    CONTEXT_CHARS,
    Anchor,
    AnchorError,
    context,
    locate,
    normalise_quote,
    occurrences,
)

TEXT = (
    "Experts say the river will run dry. The minister denied it.\n"
    "Experts say the dam is safe. Experts say many things, but none were named."
)


def test_unique_quote_is_found_where_it_is():
    anchor = locate(TEXT, "The minister denied it")
    start = TEXT.index("The minister")
    assert anchor == Anchor(start, start + len("The minister denied it"), 1, 1)


def test_quote_is_case_sensitive():
    with pytest.raises(AnchorError, match="not found"):
        locate(TEXT, "the minister denied it")


def test_unique_quote_at_the_end_of_the_text():
    anchor = locate(TEXT, "none were named.")
    assert (anchor.start, anchor.end) == (len(TEXT) - len("none were named."), len(TEXT))


def test_repeated_quote_without_disambiguation_is_ambiguous_and_names_the_quote():
    with pytest.raises(AnchorError, match=r"ambiguous, it appears 3 times.*'Experts say'"):
        locate(TEXT, "Experts say")


@pytest.mark.parametrize("n", [1, 2, 3])
def test_occurrence_picks_the_nth_appearance(n):
    starts = [i for i in range(len(TEXT)) if TEXT.startswith("Experts say", i)]
    anchor = locate(TEXT, "Experts say", occurrence=n)
    assert anchor == Anchor(starts[n - 1], starts[n - 1] + len("Experts say"), n, 3)


@pytest.mark.parametrize("occurrence", [0, 4, -1])
def test_occurrence_out_of_range_names_the_quote(occurrence):
    with pytest.raises(AnchorError, match=r"appears 3 time\(s\): 'Experts say'"):
        locate(TEXT, "Experts say", occurrence=occurrence)


def test_prefix_tells_repeats_apart_ignoring_whitespace_between():
    # The third "Experts say" follows "the dam is safe." then a space.
    anchor = locate(TEXT, "Experts say", prefix="dam is safe.")
    assert TEXT[anchor.start - len("safe. ") : anchor.start] == "safe. "
    assert (anchor.occurrence, anchor.occurrences) == (3, 3)


def test_prefix_across_a_line_break():
    # The second occurrence starts a new line: prefix text ends before the "\n".
    anchor = locate(TEXT, "Experts say", prefix="denied it.")
    assert anchor.occurrence == 2
    assert TEXT[anchor.start - 1] == "\n"


def test_suffix_tells_repeats_apart():
    anchor = locate(TEXT, "Experts say", suffix="many things")
    assert anchor.occurrence == 3
    assert TEXT[anchor.end :].startswith(" many things")


def test_prefix_that_still_matches_several_is_ambiguous():
    # "say the" follows "Experts" twice ("the river", "the dam"): the prefix narrows nothing.
    with pytest.raises(AnchorError, match=r"ambiguous, it appears 2 times.*'say the'"):
        locate(TEXT, "say the", prefix="Experts")


def test_occurrence_and_prefix_must_agree():
    with pytest.raises(AnchorError, match=r"prefix/suffix: 'Experts say'"):
        locate(TEXT, "Experts say", occurrence=1, prefix="dam is safe.")
    assert locate(TEXT, "Experts say", occurrence=3, prefix="dam is safe.").occurrence == 3


def test_prefix_or_suffix_matching_nothing_names_the_quote():
    with pytest.raises(AnchorError, match=r"prefix/suffix: 'Experts say'"):
        locate(TEXT, "Experts say", suffix="the moon")


def test_missing_quote_names_the_quote():
    with pytest.raises(AnchorError, match=r"not found in the article text: 'a leading doctor'"):
        locate(TEXT, "a leading doctor")


@pytest.mark.parametrize("quote", ["", "   ", "\n\t"])
def test_empty_quote_is_an_error(quote):
    with pytest.raises(AnchorError, match="empty"):
        locate(TEXT, quote)


def test_anchor_error_is_a_value_error():
    assert issubclass(AnchorError, ValueError)


def test_quote_whitespace_is_normalised_before_searching():
    # An author may wrap a long quote over lines in the pack source.
    anchor = locate(TEXT, "  The minister\n   denied\tit  ")
    assert TEXT[anchor.start : anchor.end] == "The minister denied it"


def test_normalise_quote():
    assert normalise_quote("  a\n\tb   c ") == "a b c"
    assert normalise_quote("already fine") == "already fine"
    assert normalise_quote("40\u00a0%") == "40\u00a0%"


def test_occurrences_counts_overlapping_matches():
    assert occurrences("banana", "ana") == [1, 3]
    assert occurrences("banana", "x") == []


def test_context_gives_text_either_side():
    start = TEXT.index("The minister")
    end = start + len("The minister")
    before, after = context(TEXT, start, end, chars=10)
    assert before == " run dry. "
    assert after == " denied it"


def test_context_is_clipped_at_the_edges():
    assert context("Short text", 0, 5) == ("", " text")
    assert context("Short text", 6, 10, chars=100) == ("Short ", "")
    assert CONTEXT_CHARS == 32
    long = "x" * 100
    assert context(long, 50, 51) == ("x" * 32, "x" * 32)


def test_quote_with_a_non_breaking_space_as_in_canonical_text():
    # Canonical text collapses only ASCII whitespace, so quotes must keep U+00A0 as it is.
    text = "Prices up\nThe rent rose by 40\u00a0% in a year."  # what render() makes of "40&nbsp;%"
    anchor = locate(text, "40\u00a0%")
    assert text[anchor.start : anchor.end] == "40\u00a0%"


# Any characters, including line breaks, non-breaking spaces and emoji, in the text; the quote is
# any substring already in normal form (as authors' quotes become after normalise_quote).
any_text = st.text(
    st.one_of(st.sampled_from("ab a\n\u00a0.😀"), st.characters(exclude_categories=("Cs",))),
    min_size=1,
    max_size=40,
)


@settings(max_examples=300, deadline=None)
@given(any_text, st.data())
def test_a_substring_occurring_once_is_found_at_its_index(text, data):
    i = data.draw(st.integers(0, len(text) - 1))
    j = data.draw(st.integers(i + 1, len(text)))
    quote = text[i:j]
    assume(normalise_quote(quote) == quote)
    # Brute-force count, overlapping matches included.
    assume(sum(text.startswith(quote, k) for k in range(len(text))) == 1)
    assert locate(text, quote) == Anchor(i, j, 1, 1)
