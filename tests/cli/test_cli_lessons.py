"""`spotit pack lessons`, and lessons through build, validate and export."""

import json

from tests.cli.test_cli import run
from tests.conftest import STARTER
from tests.store.test_pack_lessons import built

from spotit.content.source import read_pack_source
from spotit.store.pack import build_pack, open_pack


def test_lessons_json_gives_text_and_marks(capsys, tmp_path):
    status, out, _ = run(capsys, "pack", "lessons", built(tmp_path), "--json")
    assert status == 0
    data = json.loads(out)
    assert [x["category"] for x in data["lessons"]] == ["filler", "vague-source"]
    vague = data["lessons"][1]
    assert vague["title"] == "Vague 🚀"
    (mark,) = vague["marks"]
    assert vague["text"][mark["start"] : mark["end"]] == "according to 🚀 experts"


def test_lessons_as_text_show_what_is_marked(capsys, tmp_path):
    status, out, _ = run(capsys, "pack", "lessons", built(tmp_path))
    assert status == 0
    assert "[vague-source]\nVague 🚀\nWhat it is\n" in out
    assert "  marked: 'according to 🚀 experts'" in out


def test_a_pack_without_lessons_says_so(capsys, built_pack):
    status, out, _ = run(capsys, "pack", "lessons", built_pack, "--json")
    assert status == 0 and json.loads(out) == {"lessons": []}
    status, out, _ = run(capsys, "pack", "lessons", built_pack)
    assert out == "This pack has no lessons.\n"


def test_build_and_validate_count_lessons(capsys, tmp_path):
    pack = built(tmp_path)
    status, out, _ = run(capsys, "pack", "validate", pack)
    assert status == 0 and "1 articles, 2 annotations, 2 lessons)" in out
    status, out, _ = run(capsys, "pack", "validate", tmp_path / "src")
    assert status == 0 and out.endswith("2 lessons)\n")


def test_validate_lists_lesson_problems_with_file_and_line(capsys, tmp_path):
    built(tmp_path)
    lesson = tmp_path / "src" / "lessons" / "f.md"
    lesson.write_text(lesson.read_text().replace("==according to experts==", "experts"))
    status, out, _ = run(capsys, "pack", "validate", tmp_path / "src")
    assert status == 1
    assert f"{lesson}:10: no mark in '## Example'" in out


def test_export_writes_lessons_back_and_rebuilding_gives_the_same_pack(capsys, tmp_path):
    first = tmp_path / "starter.spotit"
    build_pack(read_pack_source(STARTER), first)
    out_dir = tmp_path / "exported"
    status, out, _ = run(capsys, "pack", "export", first, "-o", out_dir)
    assert status == 0 and " lessons" in out and " to " in out
    again = read_pack_source(out_dir)
    assert again.problems == []
    second = build_pack(again, tmp_path / "again.spotit")
    with open_pack(first) as a, open_pack(second) as b:
        assert a.lessons() and a.lessons() == b.lessons()


def test_export_removes_lessons_the_pack_no_longer_has(capsys, tmp_path):
    pack = built(tmp_path)
    out_dir = tmp_path / "exported"
    assert run(capsys, "pack", "export", pack, "-o", out_dir)[0] == 0
    stale = out_dir / "lessons" / "unsourced-quote.md"
    stale.write_text("old", encoding="utf-8")
    status, out, _ = run(capsys, "pack", "export", pack, "-o", out_dir, "--force")
    assert status == 0 and not stale.exists() and "removed 1" in out
    assert sorted(p.name for p in (out_dir / "lessons").iterdir()) == [
        "filler.md",
        "vague-source.md",
    ]
