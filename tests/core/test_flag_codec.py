"""One JSON form for a learner's flag: drafts, attempts and the classroom protocol share it."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from spotit.core.model import Flag


@given(
    st.integers(0, 10**6),
    st.integers(0, 1000),
    st.from_regex(r"[a-z0-9][a-z0-9-]{0,20}", fullmatch=True),
    st.text(max_size=50),
)
def test_round_trip(start, length, category, note):
    flag = Flag(start, start + length, category, note)
    assert Flag.from_json(flag.as_json()) == flag


def test_no_note_key_when_there_is_no_note():
    assert Flag(1, 3, "filler").as_json() == {"start": 1, "end": 3, "category": "filler"}


@pytest.mark.parametrize(
    "data, field",
    [
        ([], "object"),
        ({"start": "1", "end": 2, "category": "x"}, "'start'"),
        ({"start": True, "end": 2, "category": "x"}, "'start'"),
        ({"start": 1, "end": -2, "category": "x"}, "'end'"),
        ({"start": 5, "end": 2, "category": "x"}, "'end'"),
        ({"start": 1, "end": 2, "category": ""}, "'category'"),
        ({"start": 1, "end": 2, "category": "x", "note": 3}, "'note'"),
    ],
)
def test_bad_flags_name_the_field(data, field):
    with pytest.raises(ValueError, match=field):
        Flag.from_json(data)
