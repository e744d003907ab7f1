"""The bundled German starter pack (content/starter-de): what the translated app practises on.

The English pack's own tests ask much more of it (sizes, spreads, tells); these ask
what a second, smaller pack must hold so that learners who read German get the same
lesson: discernment between credible and flagged articles, a lesson before each red
flag, a check, and pages to read laterally, all marked as invented.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from spotit.content.source import read_pack_source
from spotit.store.pack import build_pack, open_pack, validate_pack

ROOT = Path(__file__).resolve().parents[2]
STARTER_DE = ROOT / "content" / "starter-de"
NOTICE = "Übungsbeispiel: Dieser Artikel wurde für SpotIt erfunden. Er ist keine echte Nachricht."


@pytest.fixture(scope="module")
def source():
    return read_pack_source(STARTER_DE)


@pytest.fixture(scope="module")
def built(source, tmp_path_factory):
    assert [str(p) for p in source.problems] == []
    return build_pack(source, tmp_path_factory.mktemp("starter-de") / "starter-de.spotit")


def test_the_source_validates_with_no_problems(source):
    assert [str(p) for p in source.problems] == []


def test_it_builds_and_the_built_pack_validates(built):
    report = validate_pack(built)
    assert report is not None
    with open_pack(built) as pack:
        assert pack.meta.id == "starter-de"
        assert pack.meta.language == "de"
        assert len(pack.articles()) >= 9


def test_metadata_is_german_and_open(source):
    meta = source.meta
    assert (meta.id, meta.language, source.taxonomy_base) == ("starter-de", "de", "default")
    assert meta.licence == "CC-BY-4.0" and list(meta.authors) == ["SpotIt team"]
    assert meta.training_notice == NOTICE
    assert meta.title and meta.description


def test_at_least_nine_articles_credible_and_flagged(source):
    kinds = Counter(a.meta.kind for a in source.articles)
    assert len(source.articles) >= 9
    assert kinds["credible"] >= 3 and kinds["misinformation"] >= 6, kinds
    for article in source.articles:
        if article.meta.kind == "credible":
            assert not article.annotations and len(article.notes) >= 3, article.meta.id
        else:
            assert len(article.annotations) >= 2, article.meta.id


def test_credible_articles_are_not_all_at_the_end(source):
    # Learners meet articles in file-name order: the kind must not follow from the place.
    kinds = [a.meta.kind for a in source.articles]
    half = len(kinds) // 2
    assert "credible" in kinds[:half] and "misinformation" in kinds[half:], kinds


def test_every_article_offers_a_hint(source):
    # Hints of flags and of notes are offered alike: a credible article without any
    # would give its kind away.
    for article in source.articles:
        hints = [a.hint for a in article.annotations] + [n.hint for n in article.notes]
        assert any(hints), article.meta.id


def test_every_category_the_answer_keys_use_has_a_lesson(source):
    used = {ann.category for a in source.articles for ann in a.annotations}
    lessons = {lesson.category for lesson in source.lessons}
    assert used <= lessons, sorted(used - lessons)
    # Most of the default taxonomy is practised, not only a couple of categories.
    assert len(used) >= 10, sorted(used)


def test_it_has_a_check_form(source):
    assert source.checks, "no checks/*.toml"
    check = source.checks[0]
    truths = Counter(item.truth for item in check.items)
    assert truths["credible"] == truths["misleading"] > 0, truths


def test_every_article_carries_the_german_training_notice(source):
    for article in source.articles:
        assert article.text.splitlines()[-1].startswith(NOTICE), article.meta.id


def test_the_invented_expert_is_not_found(built):
    # Lateral reading: a search for the professor quoted in the smartphone article finds
    # nothing, and that emptiness is the lesson.
    with open_pack(built) as pack:
        assert not pack.search("Leonore Stattmüller").hits
        assert pack.search("Ansgar Tiedemann").hits[0].id == "ansgar-tiedemann"
