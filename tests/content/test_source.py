"""Reading pack sources: every problem is reported with its file and line."""

from pathlib import Path

import pytest
from tests.conftest import make_source, write_article

from spotit.content.render import render
from spotit.content.source import (
    article_source,
    pack_manifest,
    read_pack_source,
    read_pack_source_files,
    source_files,
)
from spotit.core.model import Annotation, ArticleMeta, PackMeta
from spotit.core.taxonomy import Category


def messages(folder: Path) -> list[str]:
    return [str(p) for p in read_pack_source(folder).problems]


def test_valid_source_reads_articles_and_anchors_flags(source_dir):
    source = read_pack_source(source_dir)
    assert source.problems == []
    (article,) = source.articles
    assert article.meta.id == "rocket" and article.meta.difficulty == 2
    for ann in article.annotations:
        assert article.text[ann.start : ann.end] == ann.quote
    headline = article.annotations[0]
    assert (headline.start, headline.quote) == (len("Rocket 🚀 scientists "), "stunned")


BAD_FLAG_CASES = {
    "quote not found": (
        'quote = "aliens landed"\ncategory = "vague-source"\nexplanation = "x"',
        "quote not found in the article text: 'aliens landed'",
    ),
    "quote ambiguous": (
        'quote = "item"\ncategory = "vague-source"\nexplanation = "x"',
        "quote is ambiguous, it appears 2 times",
    ),
    "unknown category": (
        'quote = "experts say"\ncategory = "nonsense"\nexplanation = "x"',
        "unknown category 'nonsense'",
    ),
    "missing explanation": (
        'quote = "experts say"\ncategory = "vague-source"',
        "missing explanation (quote 'experts say')",
    ),
    "empty quote": ('quote = ""\ncategory = "vague-source"\nexplanation = "x"', "missing 'quote'"),
    "occurrence too high": (
        'quote = "item"\noccurrence = 3\ncategory = "vague-source"\nexplanation = "x"',
        "occurrence 3 asked for, but the quote appears 2 time(s)",
    ),
}


@pytest.mark.parametrize("case", sorted(BAD_FLAG_CASES))
def test_flag_problems_name_file_line_and_quote(tmp_path, case):
    flag, expected = BAD_FLAG_CASES[case]
    folder = make_source(tmp_path / "p")
    write_article(
        folder,
        "02-bad.md",
        f'id = "bad"\nheadline = "Headline"\n\n[[flags]]\n{flag}',
        "Some experts say this.\n\n- item one\n- item two\n",
    )
    (problem,) = read_pack_source(folder).problems
    assert problem.file.endswith("02-bad.md")
    # Line 6 holds the quote (front matter starts at line 2); a bad category points at its own line.
    assert problem.line == (7 if case == "unknown category" else 6)
    assert expected in problem.message


def test_occurrence_and_prefix_pick_between_repeats(tmp_path):
    folder = make_source(tmp_path / "p")
    write_article(
        folder,
        "02-rep.md",
        """
        id = "rep"
        headline = "Headline"

        [[flags]]
        quote = "they said"
        occurrence = 2
        category = "vague-source"
        explanation = "Who?"

        [[flags]]
        quote = "they said"
        prefix = "Then"
        category = "unsourced-quote"
        explanation = "Who?"
        """,
        "First they said one thing. Then they said another.\n",
    )
    source = read_pack_source(folder)
    assert source.problems == []
    anns = next(a for a in source.articles if a.meta.id == "rep").annotations
    assert {a.start for a in anns} == {source.articles[1].text.index("they said", 20)}


@pytest.mark.parametrize(
    ("front", "body", "expected"),
    [
        (
            'id = "x"\nheadline = "H"\ndifficulty = 7',
            "Text.",
            "field 'difficulty' must be 1, 2 or 3",
        ),
        ('id = "x"\nheadline = "H"\nkind = "rumour"', "Text.", "field 'kind' must be one of"),
        ('id = "Bad Id"\nheadline = "H"', "Text.", "field 'id' must be lower-case"),
        ('id = "x"\nheadline = ""', "Text.", "field 'headline' must be non-empty text"),
        ('id = "x"\nheadline = "H"', "   \n", "empty article"),
        ('id = "x"\nheadline = "H"\ntags = "one"', "Text.", "field 'tags' must be a list"),
        ('id = "x"\nheadline = "H\n', "Text.", "front matter is not valid TOML"),
    ],
)
def test_front_matter_problems(tmp_path, front, body, expected):
    folder = make_source(tmp_path / "p")
    if "kind" not in front:
        front += '\nkind = "opinion"'  # an opinion piece needs no flags
    write_article(folder, "02-bad.md", front, body)
    found = messages(folder)
    assert len(found) == 1 and expected in found[0] and "02-bad.md:" in found[0]


def test_missing_front_matter_and_duplicate_ids(tmp_path):
    folder = make_source(tmp_path / "p")
    (folder / "articles" / "02-plain.md").write_text("Just text, no front matter.\n")
    write_article(folder, "03-dup.md", 'id = "rocket"\nheadline = "Again"', "Text.")
    found = messages(folder)
    assert any("02-plain.md:1: missing front matter" in m for m in found)
    assert any(
        "03-dup.md:2: duplicate article id 'rocket' (also in 01-rocket.md)" in m for m in found
    )


def test_pack_manifest_problems(tmp_path):
    folder = tmp_path / "p"
    folder.mkdir()
    assert "pack.toml: missing" in messages(folder)[0]
    (folder / "pack.toml").write_text('id = "x"\ntitle = \n')
    assert "not valid TOML" in messages(folder)[0]
    (folder / "pack.toml").write_text('id = "x"\nversion = "1"\n')
    found = messages(folder)
    assert any("field 'title' must be non-empty text" in m for m in found)
    assert any("no articles" in m for m in found)


def test_pack_categories_extend_or_replace_the_taxonomy(tmp_path):
    manifest = (
        'id = "x"\ntitle = "T"\nversion = "1"\n'
        '[[categories]]\nid = "rumour"\nname = "Rumour"\ncolor = "#123456"\n'
    )
    source = read_pack_source(make_source(tmp_path / "a", manifest))
    assert source.problems == [] and source.categories[-1].id == "rumour"
    assert len(source.categories) == 13
    replaced = read_pack_source(make_source(tmp_path / "b", 'taxonomy = "none"\n' + manifest))
    assert [c.id for c in replaced.categories] == ["rumour"]
    # The demo article uses default categories, which no longer exist.
    assert any("unknown category 'sensational-headline'" in str(p) for p in replaced.problems)
    bad = read_pack_source(make_source(tmp_path / "c", manifest.replace("#123456", "red")))
    assert any("'color' must look like #rrggbb" in str(p) for p in bad.problems)


def test_dot_files_are_no_part_of_a_pack(source_dir):
    """docs/content-pack.md: files whose names start with a dot are ignored (an editor's swap file
    must not win the article id, nor make the real article a duplicate)."""
    real = source_dir / "articles" / "01-rocket.md"
    (source_dir / "articles" / ".01-rocket.md.swp").write_text(real.read_text(), encoding="utf-8")
    (source_dir / "articles" / ".editor-swap.md").write_text(
        real.read_text().replace('headline = "Rocket', 'headline = "Swap'), encoding="utf-8"
    )
    (source_dir / ".backup" / "articles").mkdir(parents=True)
    (source_dir / ".backup" / "articles" / "01-rocket.md").write_text("junk", encoding="utf-8")
    assert source_files(source_dir) == ["pack.toml", "articles/01-rocket.md"]
    source = read_pack_source(source_dir)
    assert source.problems == []
    (article,) = source.articles
    assert article.path == str(real) and article.meta.headline.startswith("Rocket")


def test_a_source_read_from_memory_is_the_folder_read_from_disk(source_dir):
    files = {
        rel: (source_dir / rel).read_text(encoding="utf-8") for rel in source_files(source_dir)
    }
    from_memory = read_pack_source_files(files, origin=source_dir)
    from_disk = read_pack_source(source_dir)
    assert from_memory == from_disk
    broken = dict(files, **{"articles/01-rocket.md": files["articles/01-rocket.md"].replace(
        "Yesterday, experts say", "Yesterday, people said"
    )})  # fmt: skip
    (problem,) = read_pack_source_files(broken).problems
    assert str(problem).startswith("articles/01-rocket.md:")  # no origin: relative names
    assert (problem.kind, problem.flag, problem.field) == ("flag", 1, "quote")


def test_control_characters_are_written_escaped_and_the_folder_validates(tmp_path):
    odd = 'Odd\x7f text\x01 with\ttabs and a "quote" and \\ backslash'
    meta = ArticleMeta("odd", f"Headline {odd}", byline=odd, outlet="Line one\nline two\x7f")
    body = "Some plain text here.\n"
    text = render(meta.headline, body).text
    start = text.index("plain text")
    annotation = Annotation(
        start, start + 10, "vague-source", "plain text", f"Why: {odd}", hint=odd
    )
    written = article_source(meta, body, text, [annotation])
    assert "\x7f" not in written and "\x01" not in written
    manifest = pack_manifest(
        PackMeta("p", f"Title {odd}", "1", description=f"About\x7f{odd}"),
        [Category("own", f"Own {odd}", odd, odd, "#123456")],
        "default",
    )
    assert "\x7f" not in manifest
    folder = tmp_path / "p"
    (folder / "articles").mkdir(parents=True)
    (folder / "pack.toml").write_text(manifest, encoding="utf-8")
    (folder / "articles" / "01-odd.md").write_text(written, encoding="utf-8")
    source = read_pack_source(folder)
    assert source.problems == []
    assert source.meta.title == f"Title {odd}".strip()
    (article,) = source.articles
    assert article.meta.byline == odd.strip() and article.meta.outlet == "Line one\nline two\x7f"
    assert article.annotations[0].explanation == f"Why: {odd}".strip()


@pytest.mark.parametrize(
    ("front", "flags", "expected"),
    [
        ('kind = "misinformation"', False, "a misinformation article needs at least one"),
        ("", False, "a misinformation article needs at least one"),  # the default kind
        ('kind = "credible"', True, "a credible article carries no flags"),
    ],
)
def test_the_kind_and_the_flags_agree(tmp_path, front, flags, expected):
    folder = make_source(tmp_path / "p")
    flag = '[[flags]]\nquote = "Text"\ncategory = "vague-source"\nexplanation = "x"'
    write_article(
        folder,
        "02-kind.md",
        f'id = "x"\nheadline = "H"\n{front}\n\n{flag if flags else ""}',
        "Text.",
    )
    (problem,) = read_pack_source(folder).problems
    assert expected in problem.message and problem.file.endswith("02-kind.md")
    assert (problem.kind, problem.field, problem.line) == ("article", "kind", 4 if front else 2)


@pytest.mark.parametrize(("kind", "flags"), [("credible", False), ("satire", True),
                                             ("opinion", False), ("misinformation", True)])  # fmt: skip
def test_kinds_that_agree_with_their_flags_are_fine(tmp_path, kind, flags):
    folder = make_source(tmp_path / "p")
    flag = '[[flags]]\nquote = "Text"\ncategory = "vague-source"\nexplanation = "x"'
    front = f'id = "x"\nheadline = "H"\nkind = "{kind}"\n\n{flag if flags else ""}'
    write_article(folder, "02-kind.md", front, "Text.")
    assert read_pack_source(folder).problems == []


def test_every_problem_of_a_flag_is_reported(tmp_path):
    folder = make_source(tmp_path / "p")
    write_article(
        folder,
        "02-bad.md",
        'id = "bad"\nheadline = "H"\n\n[[flags]]\nquote = "Textt"\ncategory = "nonsense"\n'
        'occurrence = 1\n\n[[flags]]\nquote = ""\ncategory = "vague-source"\nexplanation = "x"\n'
        "hint = 3",
        "Text.",
    )
    found = sorted((p.line, p.flag, p.field, p.message) for p in read_pack_source(folder).problems)
    assert found == [
        (6, 0, "explanation", "flag 1: missing explanation (quote 'Textt')"),
        (6, 0, "quote", "flag 1: quote not found in the article text: 'Textt'"),
        (7, 0, "category", "flag 1: unknown category 'nonsense' (quote 'Textt')"),
        (11, 1, "hint", "flag 2: 'prefix', 'suffix' and 'hint' must be text"),
        (11, 1, "quote", "flag 2: missing 'quote' (the exact text to flag)"),
    ]


def test_an_explanation_nested_too_deep_is_reported(tmp_path):
    folder = make_source(tmp_path / "p")
    explanation = "- " * 300 + "x"
    write_article(
        folder,
        "02-deep.md",
        f'id = "deep"\nheadline = "H"\n\n[[flags]]\nquote = "Text"\ncategory = "vague-source"\n'
        f'explanation = "{explanation}"',
        "Text.",
    )
    (problem,) = read_pack_source(folder).problems
    assert (problem.line, problem.flag, problem.field) == (8, 0, "explanation")
    assert "flag 1: in the explanation, the text nests lists" in problem.message


def test_an_empty_new_article_is_reported_as_empty_only(tmp_path):
    """A new article has nothing to flag yet: its one problem is that it is empty."""
    folder = make_source(tmp_path / "p")
    write_article(folder, "02-new.md", 'id = "x"\nheadline = "H"', "\n")
    (problem,) = read_pack_source(folder).problems
    assert "empty article" in problem.message


def test_an_empty_training_notice_stays_empty_and_a_missing_one_gets_the_default(tmp_path):
    said_nothing = make_source(
        tmp_path / "imported",
        'id = "imported"\ntitle = "Imported"\nversion = "1"\ntraining_notice = ""\n',
    )
    assert read_pack_source(said_nothing).meta.training_notice == ""
    silent = make_source(tmp_path / "plain")
    assert read_pack_source(silent).meta.training_notice == PackMeta.training_notice


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("x" * 41, "at most 35 characters"),
        ("en_GB", "a tag like 'en' or 'de-CH', not 'en_GB'"),
        ("de-CH-1996", None),
        ("zh-Hant-TW", None),
        ("", None),  # not given: English
    ],
)
def test_the_language_is_a_tag_the_class_protocol_accepts(tmp_path, language, expected):
    folder = make_source(
        tmp_path / "p", f'id = "p"\ntitle = "P"\nversion = "1"\nlanguage = "{language}"\n'
    )
    problems = [p for p in read_pack_source(folder).problems if p.field == "language"]
    if expected is None:
        assert problems == []
    else:
        (problem,) = problems
        assert expected in problem.message
        assert problem.line == 4
