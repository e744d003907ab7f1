"""The starter pack's discernment check: three parallel forms, and no surface tells.

The check measures whether a learner tells credible from misleading items, before and
after practice, on a different form each time. That only works if the forms are
interchangeable (same number of each kind, same difficulties, same topics) and if no
feature that needs no reading (a longer lede, a Title Case headline, an exclamation
mark, a number, a quotation) sorts the kinds: otherwise the check measures the feature.

These tests read ``content/starter/checks/discernment.toml`` directly with tomllib, so
they hold whatever the pack reader does; ``spotit pack validate`` checks the same
balance rules for every pack. The tells limit and the AUC measure are the articles'
(see test_starter_tells.py). Run as a script to print the figures.
"""

from __future__ import annotations

import re
import sys
import tomllib
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

import pytest

if __name__ == "__main__":  # run as a script: make `tests` and `spotit` importable
    sys.path[:0] = [
        str(Path(__file__).resolve().parents[2] / "src"),
        str(Path(__file__).resolve().parents[2]),
    ]

from tests.content.test_starter_tells import (
    AUC_LIMIT,
    PHRASE_WORDS,
    STARTER,
    STOCK_PHRASES,
    WORD,
    read_built,
    separation,
)

CHECK_FILE = STARTER / "checks" / "discernment.toml"
FORMS = ("A", "B", "C")
ITEMS_PER_FORM = 16
LEDE_WORDS = (25, 60)
TOPICS = {"health", "climate", "crime", "economy", "politics", "technology", "sport", "local"}
#: Double quotes, or an opening single quote ('bridge to nowhere'); not apostrophes (members').
QUOTE_MARKS = re.compile(r"[\"“”‘]|(?<!\w)'(?=\w)")


def load(path: Path = CHECK_FILE) -> dict:
    with path.open("rb") as f:
        return tomllib.load(f)


def words(text: str) -> list[str]:
    return WORD.findall(text.lower().replace("’", "'"))


def lede_words(item: dict) -> float:
    return len(words(item["lede"]))


def headline_words(item: dict) -> float:
    return len(words(item["headline"]))


def headline_capitals(item: dict) -> float:
    letters = [c for c in item["headline"] if c.isalpha()]
    return sum(c.isupper() for c in letters) / len(letters) if letters else 0.0


def exclamation_marks(item: dict) -> float:
    return (item["headline"] + item["lede"]).count("!")


def has_digit(item: dict) -> float:
    return float(any(c.isdigit() for c in item["headline"] + item["lede"]))


def has_quote(item: dict) -> float:
    """A quotation mark (straight or curly) in the headline or lede; apostrophes do not count."""
    return float(bool(QUOTE_MARKS.search(item["headline"] + " " + item["lede"])))


def outlet_words(item: dict) -> float:
    return len(words(item.get("outlet", "")))


def outlet_has_the(item: dict) -> float:
    return float(item.get("outlet", "").startswith("The "))


FEATURES: dict[str, Callable[[dict], float]] = {
    "lede word count": lede_words,
    "headline word count": headline_words,
    "headline capitals": headline_capitals,
    "exclamation marks": exclamation_marks,
    "has a digit": has_digit,
    "has a quotation": has_quote,
    "outlet word count": outlet_words,
    "outlet starts with The": outlet_has_the,
}


def figures(items: list[dict]) -> dict[str, float]:
    mis = [i for i in items if i["truth"] == "misleading"]
    cred = [i for i in items if i["truth"] == "credible"]
    return {
        name: separation([f(i) for i in mis], [f(i) for i in cred]) for name, f in FEATURES.items()
    }


def phrases(text: str, n: int = PHRASE_WORDS) -> set[str]:
    w = words(text)
    return {" ".join(w[i : i + n]) for i in range(len(w) - n + 1)}


@pytest.fixture(scope="module")
def check() -> dict:
    return load()


@pytest.fixture(scope="module")
def items(check) -> list[dict]:
    return check["items"]


def test_the_check_is_named_and_explained(check):
    assert check["id"] == "discernment"
    assert check["title"].strip()
    text = check["instructions"]
    # The learner is told the scale's ends, that there is no feedback, and that it is invented.
    assert "1 = sure it is not credible" in text and "6 = sure it is credible" in text
    assert "no feedback" in text
    assert "invented" in text
    assert tuple(check["forms"]) == FORMS


def test_every_form_has_sixteen_items_half_credible(items):
    per_form = Counter((i["form"], i["truth"]) for i in items)
    assert set(i["form"] for i in items) == set(FORMS)
    for form in FORMS:
        assert per_form[form, "credible"] == ITEMS_PER_FORM // 2, form
        assert per_form[form, "misleading"] == ITEMS_PER_FORM // 2, form
    assert len(items) == len(FORMS) * ITEMS_PER_FORM


def test_forms_are_matched_in_truth_difficulty_and_topic(items):
    def layout(key: Callable[[dict], tuple]) -> dict[str, Counter]:
        return {f: Counter(key(i) for i in items if i["form"] == f) for f in FORMS}

    for key in (
        lambda i: (i["truth"], i["difficulty"]),
        lambda i: (i["topic"],),
        # Stricter than the format asks: each kind covers the same topics in every form.
        lambda i: (i["truth"], i["topic"]),
    ):
        per_form = layout(key)
        assert per_form["A"] == per_form["B"] == per_form["C"], per_form
    assert {i["topic"] for i in items} == TOPICS
    assert {i["difficulty"] for i in items} == {1, 2, 3}
    # Both kinds have easy and hard items, so difficulty is not a stand-in for truth.
    for truth in ("credible", "misleading"):
        assert {i["difficulty"] for i in items if i["truth"] == truth} == {1, 2, 3}


def test_ids_are_unique_and_fields_complete(items):
    ids = [i["id"] for i in items]
    assert len(set(ids)) == len(ids), [i for i, n in Counter(ids).items() if n > 1]
    for item in items:
        assert item["truth"] in ("credible", "misleading"), item["id"]
        assert item["form"] in FORMS, item["id"]
        assert item["headline"].strip() and item["outlet"].strip(), item["id"]


def test_ledes_are_one_or_two_sentences_of_25_to_60_words(items):
    low, high = LEDE_WORDS
    for item in items:
        n = lede_words(item)
        assert low <= n <= high, (item["id"], n)
        sentences = re.findall(r"[.!?][\"”]?(?:\s|$)", item["lede"])
        assert 1 <= len(sentences) <= 2, (item["id"], item["lede"])


def test_ids_and_file_order_do_not_give_the_truth_away(items):
    # A form's first eight items must not be its misleading ones (or its credible ones).
    for form in FORMS:
        first_half = [i["truth"] for i in items if i["form"] == form][: ITEMS_PER_FORM // 2]
        assert 2 <= first_half.count("misleading") <= 6, (form, first_half)


def test_separation_features_on_known_items():
    item = {"headline": "SHOCKING: It Works!", "lede": 'He said "yes" in 2024.', "outlet": "The X"}
    assert headline_capitals(item) > 0.5
    assert exclamation_marks(item) == 1
    assert has_digit(item) == 1.0
    assert has_quote(item) == 1.0
    assert has_quote({"headline": "Lunsk's bridge", "lede": "It isn't done."}) == 0.0
    assert has_quote({"headline": "Lunsk's 'bridge to nowhere'", "lede": ""}) == 1.0
    assert has_quote({"headline": "Members' pay", "lede": "The Harriers' title."}) == 0.0
    assert outlet_has_the(item) == 1.0


@pytest.mark.parametrize("feature", sorted(FEATURES))
def test_no_surface_feature_gives_the_truth_away(items, feature):
    value = figures(items)[feature]
    assert value <= AUC_LIMIT, f"{feature} separates the kinds with AUC {value:.2f}"


@pytest.mark.parametrize("form", FORMS)
def test_no_surface_feature_gives_the_truth_away_within_a_form(items, form):
    # A learner takes one form: its 16 items alone should not hand over a rule either.
    # 8 against 8 is noisy, so the limit here is a little looser than the pack's.
    for name, value in figures([i for i in items if i["form"] == form]).items():
        assert value <= 0.85, f"form {form}: {name} separates the kinds with AUC {value:.2f}"


def test_some_misleading_items_are_sober_and_some_credible_ones_lively(items):
    mis = [i for i in items if i["truth"] == "misleading"]
    sober = [i for i in mis if headline_capitals(i) < 0.15 and exclamation_marks(i) == 0]
    assert len(sober) >= len(mis) // 2, [i["id"] for i in sober]
    # Title Case and a loud headline are not the misleading kind's property.
    cred = [i for i in items if i["truth"] == "credible"]
    assert sum(headline_capitals(i) > 0.12 for i in cred) >= 3, [headline_capitals(i) for i in cred]


def test_no_stock_phrase_in_any_item(items):
    for item in items:
        text = (item["headline"] + "\n" + item["lede"]).lower().replace("’", "'")
        assert not [p for p in STOCK_PHRASES if p in text], item["id"]


@pytest.fixture(scope="module")
def pack_phrases() -> dict[str, set[str]]:
    """Every five-word run in the starter's articles and lessons, and where it occurs."""
    where: dict[str, set[str]] = defaultdict(set)
    for article in read_built(STARTER):
        for phrase in phrases(article.headline + "\n" + article.body):
            where[phrase].add(f"article {article.id}")
    for lesson in sorted((STARTER / "lessons").glob("*.md")):
        for phrase in phrases(lesson.read_text(encoding="utf-8")):
            where[phrase].add(f"lesson {lesson.stem}")
    return where


def test_no_item_shares_a_five_word_phrase_with_an_article_or_lesson(items, pack_phrases):
    shared = {
        (item["id"], phrase, ", ".join(sorted(pack_phrases[phrase])))
        for item in items
        for phrase in phrases(item["headline"] + "\n" + item["lede"])
        if phrase in pack_phrases
    }
    assert shared == set()


def test_no_five_word_phrase_in_more_than_two_items(items):
    # A phrase the credible items share ("according to figures published") would be a tell.
    where: dict[str, set[str]] = defaultdict(set)
    for item in items:
        for phrase in phrases(item["headline"] + "\n" + item["lede"]):
            where[phrase].add(item["id"])
    assert {p: ids for p, ids in where.items() if len(ids) > 2} == {}


def test_no_item_headline_is_an_article_headline(items):
    from spotit.content.source import read_pack_source

    headlines = {a.meta.headline.casefold() for a in read_pack_source(STARTER).articles}
    for item in items:
        assert item["headline"].casefold() not in headlines, item["id"]
        assert item["lede"].casefold() not in headlines, item["id"]


def main() -> int:
    items = load()["items"]
    print(f"{CHECK_FILE}: {len(items)} items")
    print(f"separation of misleading from credible (ROC AUC, limit {AUC_LIMIT:.2f}):")
    for name, value in figures(items).items():
        print(f"  {name:24s} {value:.2f}{'  TOO HIGH' if value > AUC_LIMIT else ''}")
    for truth in ("credible", "misleading"):
        lengths = sorted(lede_words(i) for i in items if i["truth"] == truth)
        print(f"  {truth} lede words: {lengths[0]:.0f}-{lengths[-1]:.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
