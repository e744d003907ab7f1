"""Wrong facts in the starter pack are more than respelt names (issue 12).

*Wrong name, title or fact* should teach the checks a careful reader makes: does the
title match the one given earlier, does the date agree with the other dates, do the
numbers add up, can that age or year be right? When most of its red flags are a name
spelt differently mid-article, the category teaches one trick (spot the odd spelling)
and learners learn the trick instead of the checks. Before issue 12, nine of the
seventeen wrong-fact flags were respellings and none was a date or a number (both tests
below fail on that pack); now two of twenty are (``main`` prints the list).

The rules are deliberately simple, so that a failure is easy to understand:

- **A respelling** is a wrong-fact flag whose quote holds a capitalised word that is
  within two edits (Levenshtein distance) of a different capitalised word elsewhere in
  the same article (headline and body outside the quote): "Denham" beside "Denholm",
  "Mendez" beside "Mendes". Words shorter than four letters are left out ("The" and
  "She" are two edits apart, and are not names), a possessive "'s" is dropped before
  comparing ("Calvera's" is "Calvera"), and month and weekday names are left out
  ("June" and "July" are one edit apart but are dates, not names). A few respellings
  are realistic (careless copy does misspell names), so the limit is a quarter of the
  wrong-fact flags, not none. (A third would not have caught the pack half-way through
  issue 12, with 6 of 20 respelt.)
- **The kind** of the other wrong facts is judged by the flag's core, the words the
  key says are wrong (or its quote when it has no core; the starter pack test gives
  every longer wrong-fact quote a core): a *date* has a month or weekday name or a
  year from 1900 to 2099; otherwise a *number* has a digit or a number word ("five",
  "eleven", "million"); otherwise a *title or office* has a title word ("Minister",
  "Inspector", "Ministry", ...). Each kind must occur at least once in the pack. The
  lists are short and English, like the pack.

Run as a script to list every wrong-fact flag with its kind:
``.venv/bin/python tests/content/test_starter_wrong_facts.py [PACK_SOURCE_FOLDER]``.
"""

from __future__ import annotations

import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STARTER = ROOT / "content" / "starter"

MAX_RESPELT_SHARE = 1 / 4
RESPELLING_EDITS = 2
MIN_NAME_LETTERS = 4

MONTHS = (
    "january february march april may june july august september october november december"
).split()
WEEKDAYS = "monday tuesday wednesday thursday friday saturday sunday".split()
NUMBER_WORDS = set(
    (
        "one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
        "fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy "
        "eighty ninety hundred thousand million billion dozen half quarter"
    ).split()
)
TITLE_WORDS = set(
    (
        "president minister prime secretary secretary-general chancellor commissioner "
        "inspector superintendent chief constable sergeant mayor governor senator councillor "
        "director chair chairman chairwoman judge professor dr general ambassador king queen "
        "ministry department coach captain head"
    ).split()
)

CAPITALISED = re.compile(r"\b[A-ZÀ-ÖØ-Þ][\w’'-]*")
WORD = re.compile(r"[\w’'-]+")
YEAR = re.compile(r"\b(19|20)\d\d\b")


def edit_distance(a: str, b: str) -> int:
    """Levenshtein distance: insertions, deletions and substitutions of one character."""
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]


def name_words(text: str) -> set[str]:
    """The capitalised words of ``text`` that could be names, possessives dropped."""
    words = set()
    for match in CAPITALISED.finditer(text):
        word = re.sub(r"[’']s$", "", match.group()).strip("’'-")
        if len(word) >= MIN_NAME_LETTERS and word.lower() not in (*MONTHS, *WEEKDAYS):
            words.add(word)
    return words


def respelt(text: str, start: int, end: int) -> list[tuple[str, str]]:
    """The (word in the quote, word elsewhere) pairs that look like one name spelt twice."""
    inside = name_words(text[start:end])
    outside = name_words(text[:start] + "\n" + text[end:])
    return sorted(
        (w, o)
        for w in inside
        for o in outside
        if w != o and edit_distance(w, o) <= RESPELLING_EDITS
    )


def kind_of(words: str) -> str:
    """'date', 'number', 'title' or 'other', judged by the wrong words themselves."""
    lowered = [w.lower().replace("’", "'").removesuffix("'s") for w in WORD.findall(words)]
    if any(w in MONTHS or w in WEEKDAYS for w in lowered) or YEAR.search(words):
        return "date"
    if re.search(r"\d", words) or any(w in NUMBER_WORDS for w in lowered):
        return "number"
    if any(w in TITLE_WORDS for w in lowered):
        return "title"
    return "other"


@dataclass(frozen=True)
class WrongFact:
    article: str
    quote: str
    wrong_words: str  # the core, or the quote when there is none
    kind: str
    respelt: list[tuple[str, str]]


def wrong_facts(folder: Path) -> list[WrongFact]:
    """Every wrong-fact red flag of the pack source at ``folder``."""
    from spotit.content.source import read_pack_source

    source = read_pack_source(folder)
    assert [str(p) for p in source.problems] == []
    found = []
    for article in source.articles:
        for ann in article.annotations:
            if ann.category != "wrong-fact":
                continue
            wrong = article.text[ann.core[0] : ann.core[1]] if ann.core else ann.quote
            found.append(
                WrongFact(
                    article.meta.id,
                    ann.quote,
                    wrong,
                    kind_of(wrong),
                    respelt(article.text, ann.start, ann.end),
                )
            )
    return found


@pytest.fixture(scope="module")
def starter() -> list[WrongFact]:
    return wrong_facts(STARTER)


def test_the_rules_on_known_cases():
    text = "Inspector Gail Denholm spoke in June. Later Inspector Denham said so in July."
    start = text.index("Inspector Denham")
    assert respelt(text, start, start + len("Inspector Denham")) == [("Denham", "Denholm")]
    start = text.index("July")
    assert respelt(text, start, start + 4) == []  # a month beside a month is no name
    text = "Calvera's data agency. Calvera has a law. She said so. The end."
    assert respelt(text, 0, 9) == []  # the same name with a possessive
    assert respelt(text, text.index("She"), text.index("She") + 3) == []  # short words
    assert edit_distance("Mendez", "Mendes") == 1 and edit_distance("Tomas", "Tomasz") == 1
    assert kind_of("Monday's") == "date" and kind_of("in 2004") == "date"
    assert kind_of("9 July") == "date"
    assert kind_of("eleven") == "number" and kind_of("38") == "number"
    assert kind_of("Chief Superintendent") == "title" and kind_of("Prime Minister") == "title"
    assert kind_of("Dario Mendez") == "other"


def test_wrong_facts_are_mostly_not_respelt_names(starter):
    respellings = [(f.article, f.quote, f.respelt) for f in starter if f.respelt]
    assert len(starter) >= 8
    assert len(respellings) <= MAX_RESPELT_SHARE * len(starter), respellings


def test_wrong_facts_include_a_title_a_date_and_a_number(starter):
    kinds = Counter(f.kind for f in starter if not f.respelt)
    for kind in ("title", "date", "number"):
        assert kinds[kind] >= 1, (kind, kinds)


def main(argv: list[str]) -> int:
    facts = wrong_facts(Path(argv[0]) if argv else STARTER)
    for f in facts:
        mark = "respelt " + ", ".join(f"{w}~{o}" for w, o in f.respelt) if f.respelt else f.kind
        print(f"{f.article:28} {f.wrong_words[:40]!r:44} {mark}")
    respellings = sum(1 for f in facts if f.respelt)
    print(f"{respellings} of {len(facts)} wrong-fact flags are respellings")
    print("kinds:", dict(Counter(f.kind for f in facts if not f.respelt)))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
