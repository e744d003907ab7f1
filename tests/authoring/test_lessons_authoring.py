"""Lessons in the authoring model: read, edited, validated and saved so that they round-trip."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.conftest import make_source
from tests.content.test_lessons import GOOD, lesson, write_lesson

from spotit.authoring.draft import (
    LESSON_TEMPLATE,
    add_lesson,
    delete_lesson,
    load_pack_file,
    load_source_folder,
    source_layout,
    update_category,
    update_lesson,
)
from spotit.authoring.saving import export_pack_file, write_source
from spotit.authoring.validation import Target, check
from spotit.content.source import read_pack_source, read_pack_source_files
from spotit.store.pack import build_pack, open_pack

COMMENTED = (
    '+++\n# checked by the editor\ncategory = "vague-source"\ntitle = "Vague sources"\n+++\n'
)


@pytest.fixture
def folder(tmp_path) -> Path:
    folder = make_source(tmp_path / "src")
    write_lesson(folder, "vague.md", COMMENTED + GOOD)
    return folder


def test_a_folder_opens_with_its_lessons_and_saves_them_unchanged(folder, tmp_path):
    loaded = load_source_folder(folder)
    (vague,) = loaded.draft.lessons
    assert (vague.category, vague.title, vague.body, vague.order) == (
        "vague-source",
        "Vague sources",
        GOOD,
        None,
    )
    layout = source_layout(loaded.draft, loaded.file_names, loaded.files)
    assert layout.files["lessons/vague.md"] == COMMENTED + GOOD  # the comment survives
    assert layout.lessons == {"lessons/vague.md": vague.uid}
    out = tmp_path / "saved"
    write_source(out, layout.files)
    assert (out / "lessons" / "vague.md").read_text(encoding="utf-8") == COMMENTED + GOOD
    assert read_pack_source(out).problems == []


def test_adding_editing_and_deleting_lessons(folder, tmp_path):
    loaded = load_source_folder(folder)
    draft = loaded.draft
    assert "vague-source" not in [c.id for c in draft.without_lesson()]
    with pytest.raises(ValueError):
        add_lesson(draft, "vague-source")  # one lesson per category
    draft, uid = add_lesson(draft, "filler")
    new = draft.lesson(uid)
    assert new.body == LESSON_TEMPLATE and new.title == draft.category("filler").name
    draft = update_lesson(draft, uid, title="Filler paragraphs", order=2)
    layout = source_layout(draft, loaded.file_names, loaded.files)
    assert layout.lessons["lessons/filler.md"] == uid
    source = read_pack_source_files(layout.files)
    assert source.problems == []  # the template is a valid lesson
    assert [x.category for x in source.lessons] == ["filler", "vague-source"]
    write_source(folder, layout.files)
    assert (folder / "lessons" / "filler.md").is_file()
    draft = delete_lesson(draft, uid)
    write_source(folder, source_layout(draft, loaded.file_names, loaded.files).files)
    assert not (folder / "lessons" / "filler.md").exists()


def test_a_renamed_category_takes_its_lesson_along(folder):
    loaded = load_source_folder(folder)
    draft = update_category(loaded.draft, "vague-source", id="no-source")
    assert draft.lessons[0].category == "no-source"
    assert check(draft, loaded.file_names, loaded.files) == []


def test_lesson_problems_take_the_author_to_the_lesson(folder):
    loaded = load_source_folder(folder)
    (vague,) = loaded.draft.lessons
    body = GOOD.replace("==according to experts==", "according to experts")
    draft = update_lesson(loaded.draft, vague.uid, body=body, title="")
    issues = check(draft, loaded.file_names, loaded.files)
    targets = {i.target for i in issues}
    assert Target("lesson", "title", lesson=vague.uid) in targets
    assert Target("lesson", "body", line=4, lesson=vague.uid) in targets  # the Example heading
    assert all(str(folder) not in i.message for i in issues)
    assert any(i.message.startswith("lessons/vague.md:") for i in issues)


def test_two_new_lessons_get_their_own_files(folder):
    loaded = load_source_folder(folder)
    draft, first = add_lesson(loaded.draft, "filler")
    draft = update_lesson(draft, first, category="filler")
    draft, second = add_lesson(draft, "unsourced-quote")
    draft = update_lesson(draft, second, category="filler")  # a clash, which validation reports
    layout = source_layout(draft, loaded.file_names, loaded.files)
    assert len(layout.lessons) == 3
    issues = check(draft, loaded.file_names, loaded.files)
    assert any("a second lesson for category 'filler'" in i.message for i in issues)
    assert {i.target.kind for i in issues} == {"lesson"}


def test_a_built_pack_opens_for_editing_with_its_lessons(folder, tmp_path):
    write_lesson(folder, "f.md", lesson('category = "filler"\ntitle = "Filler"\norder = 4'))
    pack = build_pack(read_pack_source(folder), tmp_path / "p.spotit")
    loaded = load_pack_file(pack)
    assert sorted((x.category, x.order) for x in loaded.draft.lessons) == [
        ("filler", 4),
        ("vague-source", None),
    ]
    layout = source_layout(loaded.draft, loaded.file_names, loaded.files)
    out = tmp_path / "again.spotit"
    export_pack_file(layout.files, out)
    with open_pack(pack) as a, open_pack(out) as b:
        assert a.lessons() == b.lessons()
