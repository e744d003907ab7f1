"""A note's hint (issue 12): what to check in a passage that is fine, without saying so.

Credible articles have no red flags, so without note hints they offered no hints and
"No hints for this article" told the learner the kind. A note's ``hint`` is read and
checked like a flag's, built into the pack, shown by ``pack show`` and kept by export
and the editor.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest
from tests.cli.test_cli import run
from tests.conftest import write_article

from spotit.authoring.draft import load_source_folder, pack_article, source_layout
from spotit.content.source import NOTE, read_pack_source
from spotit.store.pack import build_pack, open_pack

HINT = "Who published these figures, and could you ask them?"
BODY = (
    "The figures published by the Harlow Mere council on 3 March show 41 new homes. "
    "The council said the figures would be checked again in June.\n"
)
FRONT = f"""
id = "homes"
headline = "Harlow Mere counts its new homes"
kind = "credible"

[[notes]]
quote = "figures published by the Harlow Mere council on 3 March"
note = "A named source with a date: you can check it."
hint = "{HINT}"

[[notes]]
quote = "would be checked again in June"
note = "It says what is not settled yet, and when it will be."
"""


def source(tmp_path: Path, front: str = FRONT) -> Path:
    folder = tmp_path / "src"
    folder.mkdir(exist_ok=True)
    (folder / "pack.toml").write_text('id = "t"\ntitle = "T"\nversion = "1"\n', encoding="utf-8")
    write_article(folder, "01-homes.md", front, BODY)
    return folder


def built(tmp_path: Path) -> Path:
    read = read_pack_source(source(tmp_path))
    assert read.problems == []
    return build_pack(read, tmp_path / "t.spotit")


def test_a_note_hint_is_read_trimmed_and_a_note_without_one_has_none(tmp_path):
    read = read_pack_source(source(tmp_path, FRONT.replace(HINT, f"  {HINT} ")))
    assert read.problems == []
    first, second = read.articles[0].notes
    assert (first.hint, second.hint) == (HINT, "")


def test_an_empty_note_hint_is_no_hint_as_for_a_flag(tmp_path):
    read = read_pack_source(source(tmp_path, FRONT.replace(HINT, "   ")))
    assert read.problems == []
    assert [n.hint for n in read.articles[0].notes] == ["", ""]


BAD = {
    "not text": (f'hint = "{HINT}"', "hint = 3", "note 1: 'hint' must be text"),
    "a list": (f'hint = "{HINT}"', 'hint = ["Who?"]', "note 1: 'hint' must be text"),
    "bidi control": (HINT, "Who \\u202epublished these?", "note 1: 'hint'"),
}


@pytest.mark.parametrize("case", sorted(BAD))
def test_a_wrong_note_hint_names_file_line_note_and_field(tmp_path, case):
    old, new, message = BAD[case]
    (problem,) = read_pack_source(source(tmp_path, FRONT.replace(old, new))).problems
    assert f"01-homes.md:9: {message}" in str(problem)
    assert (problem.kind, problem.note, problem.field) == (NOTE, 0, "hint")


def test_the_hint_is_built_into_the_pack_and_opened_again(tmp_path):
    with open_pack(built(tmp_path)) as pack:
        assert [n.hint for n in pack.article("homes").notes] == [HINT, ""]


def test_a_format_2_pack_built_before_note_hints_opens_with_no_hints(tmp_path):
    path = built(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("ALTER TABLE notes DROP COLUMN hint")
    conn.commit()
    conn.close()
    with open_pack(path) as pack:
        notes = pack.article("homes").notes
    assert [n.hint for n in notes] == ["", ""] and notes[0].text.startswith("A named source")


def test_a_note_hint_that_is_not_text_in_a_pack_is_one_clear_line(tmp_path, capsys):
    path = built(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE notes SET hint = zeroblob(2) WHERE position = 0")
    conn.commit()
    conn.close()
    status, _, err = run(capsys, "pack", "validate", path)
    assert status == 2 and "article 'homes' note 1 hint is not text" in err


def test_pack_show_gives_each_note_its_hint(tmp_path, capsys):
    path = built(tmp_path)
    status, out, _ = run(capsys, "pack", "show", path, "homes", "--json")
    assert status == 0
    assert [n["hint"] for n in json.loads(out)["notes"]] == [HINT, ""]
    status, out, _ = run(capsys, "pack", "show", path, "homes")
    assert status == 0 and f"hint: {HINT}" in out and out.count("hint:") == 1


def test_export_keeps_the_note_hint_so_export_then_build_is_the_same(tmp_path, capsys):
    first = built(tmp_path)
    exported = tmp_path / "exported"
    assert run(capsys, "pack", "export", first, "-o", exported)[0] == 0
    written = next((exported / "articles").glob("*.md")).read_text(encoding="utf-8")
    assert written.count("hint = ") == 1 and HINT in written
    second = tmp_path / "second.spotit"
    assert run(capsys, "pack", "build", exported, "-o", second)[0] == 0
    with open_pack(first) as a, open_pack(second) as b:
        assert a.article("homes").notes == b.article("homes").notes


def test_the_editor_keeps_a_note_hint_when_it_opens_and_saves_a_source(tmp_path):
    loaded = load_source_folder(source(tmp_path))
    (article,) = loaded.draft.articles
    assert [n.hint for n in pack_article(article).notes] == [HINT, ""]
    layout = source_layout(loaded.draft, loaded.file_names, loaded.files)
    assert layout.files["articles/01-homes.md"].count(f'hint = "{HINT}"') == 1
