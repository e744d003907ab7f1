"""The tells test: no surface feature of the starter pack gives an article's kind away.

A learner should have to read an article to judge it. If one feature that needs no
reading (length, capitals in the headline, exclamation marks, a stock phrase) sorts
credible from misinformation articles, learners learn the feature instead of the skill.

For each feature we compute the ROC AUC of "this feature alone says misinformation",
taken in whichever direction separates better (so 0.5 is no help and 1.0 is a perfect
tell). AUC is the chance that a random misinformation article scores higher than a
random credible one: it needs no threshold of ours and is fair to the small credible
group. **The limit is 0.80.** Why that number: real misinformation does lean towards
shorter texts, louder headlines and more exclamation marks, so demanding 0.5 would
mean writing unrealistic articles; but at 0.80 a learner who guesses from the feature
alone still ranks one pair in five the wrong way round, too poor a shortcut to
learn instead of reading. Before issue 12, word count and headline capitals both
scored 0.99; `main` prints the figures of any pack source.

The number of hints is visible: the reader's "Need a hint?" button says whether an
article has any and how many ("Hint 1 of 2"). Before note hints, only articles with
red flags had hints, so "No hints for this article" marked every credible one (AUC
0.90); it is a feature like the others.

The number of flags and categories in the answer key is not visible to a learner
before submitting, and credible articles carry none by definition, so it is not a
feature *between* kinds. What it can be is a pattern *within* misinformation ("there
are always ten red flags"), which `test_misinformation_is_not_a_bingo_card` rules out.

Phrases: no run of five words appears in more than two articles. The two halves of a
coverage pair (articles sharing an ``event``) report the same invented facts by
design, so they count as one article for this rule; the training notice on the last
line is shared on purpose and is left out.

Run it as a script to print the figures: ``.venv/bin/python tests/content/test_starter_tells.py
[PACK_SOURCE_FOLDER]``.
"""

from __future__ import annotations

import re
import sys
import tempfile
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STARTER = ROOT / "content" / "starter"

AUC_LIMIT = 0.80
PHRASE_WORDS = 5
MAX_ARTICLES_PER_PHRASE = 2

#: Calls to act that misinformation is known for; each should be rare in the pack.
STOCK_PHRASES = (
    "share this",
    "before they delete",
    "before it disappears",
    "before it gets taken down",
    "wake up",
    "they don't want you to know",
    "mainstream media",
    "do your own research",
    "the truth is out there",
    "spread the word",
)

WORD = re.compile(r"[\w’'-]+")


@dataclass(frozen=True)
class Seen:
    """What a learner sees of an article before reading it closely, and its kind."""

    id: str
    kind: str
    event: str
    headline: str
    body: str  # the canonical text after the headline, without the training notice
    flags: int
    categories: int
    hints: int = 0  # what the reader's hint button offers, from flags and notes


def read_built(folder: Path) -> list[Seen]:
    """Build the pack at ``folder`` and read every article back from the built file."""
    from spotit.content.source import read_pack_source
    from spotit.practice.session import article_hints
    from spotit.store.pack import build_pack, open_pack

    source = read_pack_source(folder)
    assert [str(p) for p in source.problems] == []
    with tempfile.TemporaryDirectory() as tmp:
        pack = open_pack(build_pack(source, Path(tmp) / "pack.spotit"))
        try:
            seen = []
            for article_id in pack.article_ids():
                article = pack.article(article_id)
                lines = article.text.split("\n")
                assert "Training example" in lines[-1], article_id
                seen.append(
                    Seen(
                        id=article_id,
                        kind=article.meta.kind,
                        event=article.event,
                        headline=article.meta.headline,
                        body="\n".join(lines[1:-1]),
                        flags=len(article.annotations),
                        categories=len({a.category for a in article.annotations}),
                        hints=len(article_hints(article)),
                    )
                )
        finally:
            pack.close()
    return seen


def word_count(a: Seen) -> float:
    return len(WORD.findall(a.body))


def headline_capitals(a: Seen) -> float:
    """Share of the headline's letters that are capitals (ALL CAPS and Title Case score high)."""
    letters = [c for c in a.headline if c.isalpha()]
    return sum(c.isupper() for c in letters) / len(letters) if letters else 0.0


def exclamation_marks(a: Seen) -> float:
    return (a.headline + a.body).count("!")


def stock_phrases(a: Seen) -> float:
    text = (a.headline + "\n" + a.body).lower().replace("’", "'")
    return sum(text.count(phrase) for phrase in STOCK_PHRASES)


def hint_count(a: Seen) -> float:
    return a.hints


FEATURES: dict[str, Callable[[Seen], float]] = {
    "word count": word_count,
    "headline capitals": headline_capitals,
    "exclamation marks": exclamation_marks,
    "stock phrases": stock_phrases,
    "number of hints": hint_count,
}


def separation(misinformation: list[float], credible: list[float]) -> float:
    """ROC AUC of the feature as a misinformation detector, in its better direction.

    The Mann-Whitney form: the share of (misinformation, credible) pairs in which the
    misinformation article has the higher value, ties counting half.
    """
    if not misinformation or not credible:
        raise ValueError("need articles of both kinds")
    wins = sum(1.0 if m > c else 0.5 if m == c else 0.0 for m in misinformation for c in credible)
    auc = wins / (len(misinformation) * len(credible))
    return max(auc, 1.0 - auc)


def figures(articles: list[Seen]) -> dict[str, float]:
    """Each feature's separation of misinformation from credible articles."""
    mis = [a for a in articles if a.kind == "misinformation"]
    cred = [a for a in articles if a.kind == "credible"]
    return {
        name: separation([f(a) for a in mis], [f(a) for a in cred]) for name, f in FEATURES.items()
    }


def shared_phrases(articles: list[Seen], n: int = PHRASE_WORDS) -> dict[str, set[str]]:
    """Runs of ``n`` words that occur in more than two articles (a coverage pair counts once)."""
    where: dict[str, set[str]] = defaultdict(set)
    for a in articles:
        words = WORD.findall((a.headline + "\n" + a.body).lower().replace("’", "'"))
        story = a.event or a.id
        for i in range(len(words) - n + 1):
            where[" ".join(words[i : i + n])].add(story)
    return {
        phrase: stories
        for phrase, stories in where.items()
        if len(stories) > MAX_ARTICLES_PER_PHRASE
    }


@pytest.fixture(scope="module")
def starter() -> list[Seen]:
    return read_built(STARTER)


def test_separation_measure_on_known_cases():
    assert separation([3, 4, 5], [0, 1, 2]) == 1.0  # a perfect tell
    assert separation([0, 1, 2], [3, 4, 5]) == 1.0  # perfect in the other direction
    assert separation([1, 2], [1, 2]) == 0.5  # no help at all
    assert separation([2, 0], [1, 1]) == 0.5
    with pytest.raises(ValueError):
        separation([], [1.0])


@pytest.mark.parametrize("feature", sorted(FEATURES))
def test_no_surface_feature_gives_the_kind_away(starter, feature):
    value = figures(starter)[feature]
    assert value <= AUC_LIMIT, f"{feature} separates the kinds with AUC {value:.2f}"


def test_credible_and_misinformation_span_the_same_lengths(starter):
    # AUC can be fine while one kind still owns a whole length band; check the ends too.
    lengths = {
        kind: sorted(word_count(a) for a in starter if a.kind == kind)
        for kind in ("credible", "misinformation")
    }
    for kind, other in (("credible", "misinformation"), ("misinformation", "credible")):
        assert lengths[kind][0] < lengths[other][len(lengths[other]) // 4], lengths
        assert lengths[kind][-1] > lengths[other][-(len(lengths[other]) // 4) - 1], lengths


def test_some_misinformation_is_sober_and_some_is_loud(starter):
    mis = [a for a in starter if a.kind == "misinformation"]
    sober = [a for a in mis if headline_capitals(a) < 0.10 and exclamation_marks(a) == 0]
    loud = [a for a in mis if headline_capitals(a) > 0.30]
    assert len(sober) >= len(mis) // 4, [a.id for a in sober]
    assert loud, "sensational headlines are a real category: keep a few"


def test_misinformation_is_not_a_bingo_card(starter):
    mis = [a for a in starter if a.kind == "misinformation"]
    flags = Counter(a.flags for a in mis)
    assert min(flags) >= 2 and max(flags) <= 12, flags
    # At least a quarter have four red flags or fewer, subtle ones.
    assert sum(n for count, n in flags.items() if count <= 4) * 4 >= len(mis), flags
    # No flag count, and no number of categories, is the rule.
    assert max(flags.values()) <= len(mis) // 4, flags
    categories = Counter(a.categories for a in mis)
    assert max(categories.values()) <= len(mis) // 4, categories


def test_every_article_offers_a_hint(starter):
    # "No hints for this article" on some articles only would be a tell of its own.
    assert [a.id for a in starter if a.hints == 0] == []


def test_hint_counts_spread_alike_across_kinds(starter):
    # AUC compares ranks; also keep the ranges alike, so no count belongs to one kind.
    counts = {
        kind: {a.hints for a in starter if a.kind == kind}
        for kind in ("credible", "misinformation")
    }
    assert counts["credible"] == counts["misinformation"], counts


def test_no_stock_phrase_in_more_than_two_articles(starter):
    for phrase in STOCK_PHRASES:
        having = [
            a.id
            for a in starter
            if phrase in (a.headline + "\n" + a.body).lower().replace("’", "'")
        ]
        assert len(having) <= MAX_ARTICLES_PER_PHRASE, (phrase, having)


def test_no_five_word_phrase_in_more_than_two_articles(starter):
    assert shared_phrases(starter) == {}


def test_shared_phrases_counts_a_coverage_pair_once():
    def seen(id_: str, event: str, body: str) -> Seen:
        return Seen(id_, "credible", event, "", body, 0, 0)

    phrase = "the bridge will close for"
    pair = [seen("a", "bridge", phrase), seen("b", "bridge", phrase), seen("c", "", phrase)]
    assert shared_phrases(pair) == {}
    assert shared_phrases([*pair, seen("d", "", phrase)]) == {phrase: {"bridge", "c", "d"}}


def main(argv: list[str]) -> int:
    """Print each feature's separation, the flag spread and the shared phrases."""
    folder = Path(argv[1]) if len(argv) > 1 else STARTER
    articles = read_built(folder)
    kinds = Counter(a.kind for a in articles)
    print(f"{folder}: {len(articles)} articles {dict(sorted(kinds.items()))}")
    print(f"separation of misinformation from credible (ROC AUC, limit {AUC_LIMIT:.2f}):")
    for name, value in figures(articles).items():
        print(f"  {name:18s} {value:.2f}{'  TOO HIGH' if value > AUC_LIMIT else ''}")
    for kind in ("credible", "misinformation"):
        lengths = sorted(word_count(a) for a in articles if a.kind == kind)
        print(f"  {kind} words: {lengths[0]:.0f}-{lengths[-1]:.0f}")
    for kind in ("credible", "misinformation"):
        hints = Counter(a.hints for a in articles if a.kind == kind)
        print(f"  {kind} hints per article: {dict(sorted(hints.items()))}")
    mis = [a for a in articles if a.kind == "misinformation"]
    print("misinformation flag counts:", dict(sorted(Counter(a.flags for a in mis).items())))
    print(
        "misinformation category counts:",
        dict(sorted(Counter(a.categories for a in mis).items())),
    )
    shared = shared_phrases(articles)
    print(
        f"{PHRASE_WORDS}-word phrases in more than {MAX_ARTICLES_PER_PHRASE} articles: {len(shared)}"
    )
    for phrase, stories in sorted(shared.items(), key=lambda kv: -len(kv[1])):
        print(f"  {len(stories)} {phrase!r}: {', '.join(sorted(stories))}")
    return 0


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT / "src"))
    raise SystemExit(main(sys.argv))
