"""Re-anchoring an annotation's quote after its article text was edited."""

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from spotit.core.anchoring import FUZZY_THRESHOLD, Reanchored, context, reanchor, similarity
from spotit.core.selection import snap_to_words

TEXT = (
    "The minister said the dam is safe. Experts say the river will run dry by Tuesday.\n"
    "The goverment denied the report on Wednesday, and the opposition asked for a vote."
)


def anchored(text: str, quote: str, nth: int = 1) -> tuple[int, str, str]:
    """Where ``quote`` is (its nth occurrence) and its stored context, as a pack keeps them."""
    start = -1
    for _ in range(nth):
        start = text.index(quote, start + 1)
    return (start, *context(text, start, start + len(quote)))


def test_unchanged_text_is_exact():
    start, prefix, suffix = anchored(TEXT, "Experts say")
    assert reanchor(TEXT, "Experts say", start, prefix, suffix) == Reanchored(
        "exact", start, start + len("Experts say"), 1.0
    )


def test_text_inserted_before_moves_the_quote_by_its_length():
    start, prefix, suffix = anchored(TEXT, "the river will run dry")
    edited = "UPDATE: corrected. " + TEXT
    result = reanchor(edited, "the river will run dry", start, prefix, suffix)
    assert result == Reanchored("moved", start + 19, start + 19 + 22, 1.0)


def test_text_inserted_after_leaves_the_quote_exact():
    start, prefix, suffix = anchored(TEXT, "the dam is safe")
    result = reanchor(TEXT + " More later.", "the dam is safe", start, prefix, suffix)
    assert result.status == "exact" and result.start == start


def test_deleted_quote_is_orphaned():
    quote = "Experts say the river will run dry by Tuesday."
    start, prefix, suffix = anchored(TEXT, quote)
    result = reanchor(TEXT.replace(quote + "\n", ""), quote, start, prefix, suffix)
    assert (result.status, result.start, result.end) == ("orphaned", None, None)
    assert result.similarity < FUZZY_THRESHOLD


def test_fixed_typo_is_fuzzy_over_the_corrected_words():
    quote = "The goverment denied the report"
    start, prefix, suffix = anchored(TEXT, quote)
    edited = TEXT.replace("goverment", "government")
    result = reanchor(edited, quote, start, prefix, suffix)
    assert result.status == "fuzzy"
    assert edited[result.start : result.end] == "The government denied the report"
    # One letter added to 31: 2 × 31 / (31 + 32).
    assert result.similarity == pytest.approx(62 / 63)


def test_changed_first_word_is_found_and_snapped_to_whole_words():
    quote = "The goverment denied the report"
    start, prefix, suffix = anchored(TEXT, quote)
    edited = TEXT.replace("The goverment denied", "This government firmly denied")
    result = reanchor(edited, quote, start, prefix, suffix)
    assert result.status == "fuzzy"
    span = edited[result.start : result.end]
    assert span.endswith("denied the report")
    assert snap_to_words(edited, result.start, result.end) == (result.start, result.end)


def test_quote_moved_elsewhere_with_a_typo_fixed_is_found_anywhere():
    first, second = TEXT.split("\n")
    quote = "The goverment denied the report on Wednesday"
    start, prefix, suffix = anchored(TEXT, quote)
    # The paragraphs swap places and new text surrounds the quote: no context survives.
    edited = (
        "Breaking. " + second.replace("goverment", "government") + "\n" + first + " Nothing else."
    )
    result = reanchor(edited, quote, start, prefix, suffix)
    assert result.status == "fuzzy"
    assert edited[result.start : result.end] == "The government denied the report on Wednesday"


def test_rewritten_sentence_below_the_threshold_is_orphaned_with_its_best_similarity():
    quote = "Experts say the river will run dry"
    start, prefix, suffix = anchored(TEXT, quote)
    edited = TEXT.replace(quote, "Hydrologists expect the lake to fall")
    result = reanchor(edited, quote, start, prefix, suffix)
    assert result.status == "orphaned"
    assert 0 < result.similarity < FUZZY_THRESHOLD


REPEATS = "Officials said no. Later, officials said yes. In the end, officials said maybe."


def test_context_chooses_between_repeats_after_a_shift():
    start, prefix, suffix = anchored(REPEATS, "officials said", nth=2)
    edited = "A long new first sentence. " + REPEATS
    result = reanchor(edited, "officials said", start, prefix, suffix)
    assert result.status == "moved"
    assert edited[result.end :] == " maybe."


def test_closeness_breaks_ties_when_context_says_nothing():
    start = REPEATS.index("officials said", REPEATS.index("officials said") + 1)
    edited = "XX" + REPEATS
    result = reanchor(edited, "officials said", start)
    assert (result.status, result.start) == ("moved", start + 2)


def test_repeats_that_nothing_tells_apart_are_orphaned_not_guessed():
    # The old place now holds other text; two copies sit at the same distance either side.
    text = "aa quote bb quote cc"
    result = reanchor("quote XXXXX quote", "quote", 6)
    assert result == Reanchored("orphaned", None, None, 1.0)
    # The same with context: each copy keeps as much of it as the other.
    result = reanchor("quote XXXXX quote", "quote", 6, prefix="zz ", suffix=" zz")
    assert result.status == "orphaned"
    assert reanchor(text, "quote", 3).status == "exact"


def test_exact_at_old_place_loses_to_a_copy_with_its_context():
    # Text inserted at the top pushed the first "the report" onto the old position of the
    # second one; the second one, still in its context, is the annotated one.
    old = "We read the report. Critics said the report was wrong."
    start, prefix, suffix = anchored(old, "the report", nth=2)
    edited = "N" * (start - 8) + old
    assert edited[start : start + 10] == "the report"
    result = reanchor(edited, "the report", start, prefix, suffix)
    assert (result.status, edited[result.end :]) == ("moved", " was wrong.")


@pytest.mark.parametrize("old_start", [-5, 10_000])
def test_old_position_outside_the_text_is_harmless(old_start):
    result = reanchor(TEXT, "Experts say", old_start)
    assert (result.status, TEXT[result.start : result.end]) == ("moved", "Experts say")


def test_empty_quote_is_orphaned():
    assert reanchor(TEXT, "", 0) == Reanchored("orphaned", None, None, 0.0)


def test_threshold_is_documented_value():
    assert FUZZY_THRESHOLD == 0.8


def test_similarity_counts_the_longest_common_subsequence():
    assert similarity("abc", "abc") == 1.0
    assert similarity("", "") == 1.0
    assert similarity("abc", "xyz") == 0.0
    assert similarity("abc", "") == 0.0
    # difflib's ratio gives 0.73 here: its greedy matching is fooled by the repeats.
    assert similarity("mm nm mm mm", "mm mm mm mm") == pytest.approx(20 / 22)


def lcs_reference(a: str, b: str) -> int:
    """Longest common subsequence by the textbook table."""
    previous = [0] * (len(b) + 1)
    for x in a:
        row = [0]
        for j, y in enumerate(b):
            row.append(previous[j] + 1 if x == y else max(previous[j + 1], row[j]))
        previous = row
    return previous[-1]


# -- properties ----------------------------------------------------------------------

# Article text: any characters, with line breaks, emoji and non-breaking spaces common.
any_char = st.one_of(
    st.sampled_from("ab cd\n.,😀\u00a0é"), st.characters(exclude_categories=("Cs",))
)
any_text = st.text(any_char, min_size=1, max_size=60)


@settings(max_examples=300, deadline=None)
@given(any_text, any_text)
def test_similarity_matches_the_textbook_definition(a, b):
    expected = 2 * lcs_reference(a, b) / (len(a) + len(b)) if a or b else 1.0
    assert similarity(a, b) == pytest.approx(expected)
    assert similarity(a, b) == pytest.approx(similarity(b, a))


# Disjoint alphabets: words of the article vs. the words of a quote, so that the quote (or
# something like it) can only be where the test put it.
ARTICLE_LETTERS = "abcdefghijkl"
QUOTE_LETTERS = "mnopqrstuvwxyz"


def words(letters: str, min_size: int, max_size: int):
    word = st.text(st.sampled_from(letters), min_size=2, max_size=8)
    return st.lists(word, min_size=min_size, max_size=max_size).map(" ".join)


@settings(max_examples=200, deadline=None)
@given(any_text, st.data())
def test_every_quote_of_an_unchanged_text_is_exact(text, data):
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    prefix, suffix = context(text, start, end)
    assert reanchor(text, text[start:end], start, prefix, suffix) == Reanchored(
        "exact", start, end, 1.0
    )


@settings(max_examples=200, deadline=None)
@given(
    words(ARTICLE_LETTERS, 0, 12),
    words(QUOTE_LETTERS, 1, 5),
    words(ARTICLE_LETTERS, 0, 12),
    st.text(st.sampled_from("ABC 🚀\n"), min_size=1, max_size=30),
    st.data(),
)
def test_text_inserted_before_a_quote_moves_it_to_the_shifted_place(
    before, quote, after, inserted, data
):
    text = f"{before} {quote} {after}"
    start = len(before) + 1
    prefix, suffix = context(text, start, start + len(quote))
    at = data.draw(st.integers(0, start))
    edited = text[:at] + inserted + text[at:]
    result = reanchor(edited, quote, start, prefix, suffix)
    shifted = start + len(inserted)
    assert result == Reanchored("moved", shifted, shifted + len(quote), 1.0)


@settings(max_examples=200, deadline=None)
@given(words(ARTICLE_LETTERS, 0, 15), words(QUOTE_LETTERS, 1, 6), words(ARTICLE_LETTERS, 0, 15))
def test_a_deleted_quote_is_orphaned(before, quote, after):
    text = f"{before} {quote} {after}"
    start = len(before) + 1
    prefix, suffix = context(text, start, start + len(quote))
    result = reanchor(f"{before} {after}", quote, start, prefix, suffix)
    assert (result.status, result.start, result.end) == ("orphaned", None, None)
    assert result.similarity < FUZZY_THRESHOLD


def typo_fix(quote: str, data: st.DataObject) -> str:
    """The quote with one letter changed, removed or added (inside a word, not a space)."""
    letters = [i for i, ch in enumerate(quote) if ch != " "]
    i = data.draw(st.sampled_from(letters))
    kind = data.draw(st.sampled_from(["change", "remove", "add"]))
    new_letter = data.draw(st.sampled_from([c for c in QUOTE_LETTERS if c != quote[i]]))
    if kind == "remove" and (
        (i == 0 or quote[i - 1] == " ") and (i + 1 == len(quote) or quote[i + 1] == " ")
    ):
        kind = "change"  # removing a one-letter word would join two words
    if kind == "change":
        return quote[:i] + new_letter + quote[i + 1 :]
    if kind == "remove":
        return quote[:i] + quote[i + 1 :]
    return quote[:i] + new_letter + quote[i:]


@settings(max_examples=200, deadline=None)
@given(
    words(ARTICLE_LETTERS, 0, 15),
    words(QUOTE_LETTERS, 1, 6),
    words(ARTICLE_LETTERS, 0, 15),
    st.data(),
)
def test_a_small_typo_fix_inside_the_quote_is_fuzzy(before, quote, after, data):
    assume(len(quote) >= 10)
    text = f"{before} {quote} {after}"
    start = len(before) + 1
    prefix, suffix = context(text, start, start + len(quote))
    fixed = typo_fix(quote, data)
    assume(quote not in fixed)  # a letter added before the quote leaves it whole
    edited = f"{before} {fixed} {after}"
    result = reanchor(edited, quote, start, prefix, suffix)
    assert result.status == "fuzzy"
    assert result.similarity >= FUZZY_THRESHOLD
    assert (result.start, result.end) == (start, start + len(fixed))


@settings(max_examples=150, deadline=None)
@given(
    words(ARTICLE_LETTERS, 3, 15),
    words(QUOTE_LETTERS, 1, 6),
    words(ARTICLE_LETTERS, 12, 20),
    st.data(),
)
def test_a_quote_moved_far_away_with_a_typo_fix_is_found_anywhere(before, quote, after, data):
    assume(len(quote) >= 10)
    text = f"{before} {quote} {after}"
    start = len(before) + 1
    prefix, suffix = context(text, start, start + len(quote))
    fixed = typo_fix(quote, data)
    assume(quote not in fixed)
    # The quote goes to the end of the article, away from all of its old context.
    edited = f"{before} {after} {fixed}"
    result = reanchor(edited, quote, start, prefix, suffix)
    assert result.status == "fuzzy"
    assert edited[result.start : result.end] == fixed


@settings(max_examples=300, deadline=None)
@given(any_text, any_text, st.data())
def test_results_stay_inside_the_text_and_exact_means_the_same_characters(text, replacement, data):
    start = data.draw(st.integers(0, len(text) - 1))
    end = data.draw(st.integers(start + 1, len(text)))
    quote = text[start:end]
    prefix, suffix = context(text, start, end)
    # Any edit: replace some stretch of the text (possibly empty) by other text.
    cut_from = data.draw(st.integers(0, len(text)))
    cut_to = data.draw(st.integers(cut_from, len(text)))
    edited = text[:cut_from] + replacement + text[cut_to:]
    result = reanchor(edited, quote, start, prefix, suffix)
    assert 0.0 <= result.similarity <= 1.0
    if result.status in ("exact", "moved"):
        assert edited[result.start : result.end] == quote
        assert result.similarity == 1.0
    elif result.status == "fuzzy":
        assert 0 <= result.start < result.end <= len(edited)
        assert result.similarity >= FUZZY_THRESHOLD
        span = edited[result.start : result.end]
        assert result.similarity == pytest.approx(similarity(span, quote))
        assert span == span.strip()
        # Whole words: snapping the span to words changes nothing.
        assert snap_to_words(edited, result.start, result.end) == (result.start, result.end)
    else:
        assert result.status == "orphaned"
        assert (result.start, result.end) == (None, None)
