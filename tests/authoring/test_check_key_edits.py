"""An answer key's check edited through the editor's model: a red flag's or a note's source
page and passage, saved as ``check = "source:ID"`` / ``check_quote`` and read back placed in
the page; cleared, the keys go; what is wrong with a check said before validation says it,
and validation's problem tied to the field. Every page and article is invented training
material."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from tests.authoring.test_sources_round_trip import write_web

from spotit.authoring.draft import (
    check_choices,
    check_pointer,
    check_problem,
    load_source_folder,
    replace_article,
    same_check,
    set_check,
    set_note_check,
    source_layout,
)
from spotit.authoring.saving import write_source
from spotit.authoring.validation import Target, check
from spotit.content.source import read_pack_source
from spotit.core.model import CheckPointer

ROCKET, SURVEY = "articles/01-rocket.md", "articles/02-survey.md"


@pytest.fixture
def folder(tmp_path) -> Path:
    return write_web(tmp_path / "src")


def saved(folder: Path, loaded, draft) -> None:
    write_source(folder, source_layout(draft, loaded.file_names, loaded.files).files)


def test_a_flags_check_is_saved_as_its_keys_and_read_back_placed_in_the_page(folder):
    loaded = load_source_folder(folder)
    rocket = loaded.draft.articles[0]
    flag = rocket.annotations[1]  # "experts say": which experts? The outlet page says.
    # Spaces as typed are collapsed, as a quote is matched.
    pointer = check_pointer("lakeside-courier", "  corrections   every Friday ")
    assert pointer == CheckPointer("lakeside-courier", "corrections every Friday")
    draft = replace_article(loaded.draft, set_check(rocket, flag.uid, pointer))
    saved(folder, loaded, draft)
    text = (folder / ROCKET).read_text(encoding="utf-8")
    assert 'check = "source:lakeside-courier"' in text
    assert 'check_quote = "corrections every Friday"' in text
    source = read_pack_source(folder)
    assert source.problems == []
    article = next(a for a in source.articles if a.meta.id == "rocket")
    placed = next(a for a in article.annotations if a.quote == "experts say").check
    page = next(p for p in source.sources if p.id == "lakeside-courier")
    assert placed.source == "lakeside-courier"
    assert page.text[placed.start : placed.end] == "corrections every Friday"


def test_a_cleared_check_leaves_the_file_without_its_keys(folder):
    loaded = load_source_folder(folder)
    survey = loaded.draft.articles[1]
    (flag,) = survey.annotations
    assert flag.check is not None
    draft = replace_article(loaded.draft, set_check(survey, flag.uid, check_pointer(None, "x")))
    saved(folder, loaded, draft)
    front = (folder / SURVEY).read_text(encoding="utf-8").split("+++")[1]
    assert "source:mara-okafor" not in front and "a hydrologist" not in front
    assert 'check = "source:lakeside-courier"' in front  # the note's check is untouched
    survey = next(a for a in read_pack_source(folder).articles if a.meta.id == "survey")
    assert survey.annotations[0].check is None


def test_a_notes_check_gets_a_passage_and_keeps_it_through_save(folder):
    loaded = load_source_folder(folder)
    survey = loaded.draft.articles[1]
    pointer = check_pointer("lakeside-courier", "founded in 1998")
    draft = replace_article(loaded.draft, set_note_check(survey, 0, pointer))
    saved(folder, loaded, draft)
    assert 'check_quote = "founded in 1998"' in (folder / SURVEY).read_text(encoding="utf-8")
    again = load_source_folder(folder)
    assert same_check(again.draft.articles[1].notes[0].check, pointer)
    note = next(a for a in read_pack_source(folder).articles if a.meta.id == "survey").notes[0]
    assert (note.check.source, note.check.quote) == ("lakeside-courier", "founded in 1998")
    assert note.check.end > note.check.start


def test_what_is_wrong_with_a_check_is_said_before_validation_reports_it(folder):
    loaded = load_source_folder(folder)
    draft, names, files = loaded.draft, loaded.file_names, loaded.files
    assert check_problem(draft, None) is None
    assert check_problem(draft, CheckPointer("mara-okafor")) is None
    assert check_problem(draft, CheckPointer("mara-okafor", "a hydrologist")) is None
    assert check_problem(draft, CheckPointer("nobody")) == "there is no source page 'nobody'"
    assert check_problem(draft, CheckPointer("mara-okafor", "medieval poetry")) == (
        "the passage is not in the page 'mara-okafor'"
    )
    assert check_problem(draft, CheckPointer("lakeside-courier", "Courier")) is None
    twice = check_problem(draft, CheckPointer("mara-okafor", "Mara Okafor"))
    assert twice == (
        "the passage appears 2 times in the page 'mara-okafor': give words that occur in it once"
    )
    # The same checks written and validated: each problem goes to its field of the flag.
    survey = draft.articles[1]
    (flag,) = survey.annotations
    for pointer, field, message in (
        (CheckPointer("nobody"), "check", "flag 1: 'check' 'source:nobody' names no source page"),
        (
            CheckPointer("mara-okafor", "medieval poetry"),
            "check_quote",
            "flag 1: 'check_quote' 'medieval poetry' is not in the page 'mara-okafor'",
        ),
    ):
        wrong = replace_article(draft, set_check(survey, flag.uid, pointer))
        (issue,) = check(wrong, names, files)
        assert message in issue.message and issue.message.startswith(SURVEY)
        assert issue.target == Target("annotation", field, survey.uid, flag.uid)


def test_the_chooser_lists_each_page_once_in_file_order(folder):
    loaded = load_source_folder(folder)
    choices = check_choices(loaded.draft)
    assert [(c.id, c.title, c.kind) for c in choices] == [
        ("lakeside-courier", "The Lakeside Courier", "outlet"),
        ("mara-okafor", "Dr Mara Okafor", "person"),
    ]
    # A second file with a taken id (a problem validation reports) is not listed twice.
    copy = dict(loaded.draft.sources)["sources/mara-okafor.md"]
    draft = replace(loaded.draft, sources=(*loaded.draft.sources, ("sources/zz.md", copy)))
    assert [c.id for c in check_choices(draft)] == ["lakeside-courier", "mara-okafor"]
    assert check_pointer("", "words") is None and check_pointer(None) is None


def test_a_notes_check_problem_goes_to_that_field_of_the_note(folder):
    loaded = load_source_folder(folder)
    draft, names, files = loaded.draft, loaded.file_names, loaded.files
    survey = draft.articles[1]
    for pointer, field in (
        (CheckPointer("nobody"), "check"),
        (CheckPointer("lakeside-courier", "medieval poetry"), "check_quote"),
    ):
        wrong = replace_article(draft, set_note_check(survey, 0, pointer))
        (issue,) = check(wrong, names, files)
        assert issue.message.startswith(SURVEY) and "note 1" in issue.message
        assert issue.target == Target("note", field, survey.uid, note=0)
