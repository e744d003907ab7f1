"""Editing the whole answer key in a draft: also, core, other places and notes, saved as the
compiler reads them, with validation taking the author to the item at fault (no Qt)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from tests.authoring.test_draft import write_files
from tests.authoring.test_draft_answer_keys import source

from spotit.authoring.draft import (
    add_note,
    add_place,
    core_at,
    core_problem,
    core_span,
    delete_note,
    load_source_folder,
    move_annotation,
    move_note,
    note_at,
    note_problem,
    place_problem,
    remove_place,
    replace_article,
    set_also,
    set_core,
    source_layout,
    update_note,
)
from spotit.authoring.validation import Target, check
from spotit.content.source import read_pack_source


def open_tea(tmp_path):
    """The format 2 test article (two flags, two notes) opened for editing."""
    loaded = load_source_folder(source(tmp_path))
    return loaded, loaded.draft.articles[0]


def keys(folder, layout):
    """What the compiler reads from the files a save would write into ``folder``."""
    read = read_pack_source(write_files(folder, layout.files))
    assert read.problems == []
    (article,) = read.articles
    return article.text, article.annotations, article.notes, article.event


def span_of(article, words: str, occurrence: int = 1) -> tuple[int, int]:
    at = -1
    for _ in range(occurrence):
        at = article.text.index(words, at + 1)
    return at, at + len(words)


def test_each_part_of_the_key_edited_in_a_draft_is_saved_as_the_compiler_reads_it(tmp_path):
    loaded, article = open_tea(tmp_path)
    number, doctor = article.annotations
    # Accepted categories, the doctor's core, a place added and one removed.
    article = set_also(article, number.uid, ("missing-context",))
    article = set_also(article, doctor.uid, ("vague-source", "unsourced-quote"))
    article = set_core(article, doctor.uid, core_at(article, doctor, *span_of(article, "leading")))
    article = remove_place(article, number.uid, 1)  # "cured" (its second occurrence)
    article = add_place(article, doctor.uid, *span_of(article, "she was"))
    # A note edited, one removed, one added from a passage.
    article = update_note(article, 0, text="Named and dated.", hint="Whose figures are these?")
    article = delete_note(article, 1)
    article, added = add_note(article, *span_of(article, "after one week"))
    article = update_note(article, added, text="A period is given.")
    draft = replace_article(loaded.draft, article)
    for previous in (None, loaded.files):  # written afresh, and editing the author's own file
        assert check(draft, loaded.file_names, previous) == []
        layout = source_layout(draft, loaded.file_names, previous)
        text, (number, doctor), notes, _ = keys(tmp_path / f"saved-{previous is None}", layout)
        assert number.also == ("missing-context",)
        assert doctor.also == ("vague-source", "unsourced-quote")
        assert text[doctor.core[0] : doctor.core[1]] == "leading"
        assert [a.quote for a in number.anchors] == [
            "blood sugar fell by 300%",
            "Melts Away Diabetes",
        ]
        assert [a.quote for a in doctor.anchors] == ["a leading doctor", "she was"]
        assert [(n.quote, n.text, n.hint) for n in notes] == [
            ("after one week", "A period is given.", ""),
            (
                "figures published by the Harlow Mere council on 3 March",
                "Named and dated.",
                "Whose figures are these?",
            ),
        ]


def test_a_core_must_be_words_of_the_quote_that_occur_in_it_once(tmp_path):
    _, article = open_tea(tmp_path)
    number, _doctor = article.annotations
    assert core_problem(article, number, "") is None  # clearing is always fine
    assert core_problem(article, number, "fell  by") is None  # spaces count as one
    assert "is not inside the quote" in core_problem(article, number, "doctor")
    with pytest.raises(ValueError, match="inside the annotation's own passage"):
        core_at(article, number, *span_of(article, "a leading"))
    assert core_at(article, number, *span_of(article, "300%")) == "300%"
    assert core_span(article, number) == span_of(article, "300%")
    repeated = replace(article, text=article.text.replace("fell by 300%", "fell by 30% or 30%"))
    moved = move_annotation(
        repeated, number.uid, *span_of(repeated, "blood sugar fell by 30% or 30%")
    )
    with pytest.raises(ValueError, match="appears 2 times in the quote"):
        core_at(moved, moved.annotation(number.uid), *span_of(moved, "30%"))


def test_a_place_or_note_that_would_break_a_rule_is_refused_with_the_reason(tmp_path):
    _, article = open_tea(tmp_path)
    number, doctor = article.annotations
    assert "own quote" in place_problem(article, number, *span_of(article, "sugar fell"))
    assert "another place" in place_problem(article, number, *span_of(article, "Away"))
    assert "a note is on" in place_problem(article, doctor, *span_of(article, "checked again"))
    assert place_problem(article, doctor, *span_of(article, "she was")) is None
    assert "red flag 'a leading doctor'" in note_problem(article, *span_of(article, "doctor said"))
    assert "red flag" in note_problem(article, *span_of(article, "Melts"))  # another place
    council = span_of(article, "figures published by the Harlow Mere council on 3 March")
    assert "another note" in note_problem(article, *council)
    assert note_problem(article, *council, skip=0) is None  # itself, when it is moved
    assert note_problem(article, *span_of(article, "after one week")) is None
    assert note_at(article, council[0] + 3) == 0 and note_at(article, 0) is None


def test_a_lost_note_is_put_back_on_a_passage(tmp_path):
    loaded, article = open_tea(tmp_path)
    article = update_note(article, 1, start=-1, end=-1, quote="no longer written")
    article = move_note(article, 1, *span_of(article, "after one week"))
    layout = source_layout(replace_article(loaded.draft, article), loaded.file_names)
    _, _, notes, _ = keys(tmp_path / "saved", layout)
    assert [n.quote for n in notes] == ["after one week", notes[1].quote]
    assert notes[0].text == "It says what is not known yet."


def test_problems_of_notes_places_cores_and_also_take_the_author_to_that_item(tmp_path):
    loaded, article = open_tea(tmp_path)
    number, doctor = article.annotations
    article = set_also(article, number.uid, ("unsupported-claim", "no-such-category"))
    article = set_core(article, doctor.uid, "nurse")  # typed, not inside the quote
    article = add_place(article, doctor.uid, *span_of(article, "she was"))
    article = update_note(article, 1, text="")
    # A place whose words are then written out of the text: it is reported, not dropped.
    article = replace(
        article,
        annotations=tuple(
            replace(a, anchors=(*a.anchors[:1], replace(a.anchors[1], quote="cured twice")))
            if a.uid == number.uid
            else a
            for a in article.annotations
        ),
    )
    draft = replace_article(loaded.draft, article)
    found = {
        issue.message.split(": ", 1)[1]: issue.target for issue in check(draft, loaded.file_names)
    }
    uid = article.uid
    assert found == {
        "flag 1: unknown category 'no-such-category' in 'also'": Target(
            "annotation", "also", uid, number.uid, category="no-such-category"
        ),
        "flag 1, anchor 2: quote not found in the article text: 'cured twice'": Target(
            "annotation", "anchors", uid, number.uid, anchor=1
        ),
        "flag 2: 'core' 'nurse' is not inside the quote 'a leading doctor'": Target(
            "annotation", "core", uid, doctor.uid
        ),
        "note 2: missing 'note' (why the passage is fine)": Target("note", "note", uid, note=1),
    }


def test_a_core_left_outside_its_moved_quote_is_saved_and_reported_not_lost(tmp_path):
    loaded, article = open_tea(tmp_path)
    number, _ = article.annotations
    article = move_annotation(article, number.uid, *span_of(article, "after one week"))
    draft = replace_article(loaded.draft, article)
    layout = source_layout(draft, loaded.file_names, loaded.files)
    (path,) = [p for p in layout.files if p.startswith("articles/")]
    assert 'core = "300%"' in layout.files[path]
    (issue,) = check(draft, loaded.file_names, loaded.files)
    assert "'core' '300%' is not inside the quote 'after one week'" in issue.message
    assert issue.target == Target("annotation", "core", article.uid, number.uid)
