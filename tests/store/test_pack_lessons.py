"""Pack format 3: lessons are built into the pack; packs of format 1 and 2 open with none."""

import sqlite3
from pathlib import Path

import pytest
from tests.conftest import make_source
from tests.content.test_lessons import GOOD, lesson, write_lesson
from tests.store.test_pack_format2 import as_format_1

from spotit.content.source import read_pack_source
from spotit.core.blocks import canonical_text
from spotit.store.pack import FORMAT_VERSION, PackError, build_pack, open_pack, validate_pack

EMOJI = GOOD.replace("==according to experts==", "==according to 🚀 *experts*==")


def built(tmp_path: Path) -> Path:
    folder = make_source(tmp_path / "src")
    write_lesson(folder, "vague.md", lesson('category = "vague-source"\ntitle = "Vague 🚀"', EMOJI))
    write_lesson(folder, "f.md", lesson('category = "filler"\ntitle = "Filler"\norder = 1'))
    source = read_pack_source(folder)
    assert source.problems == []
    return build_pack(source, tmp_path / "l.spotit")


def test_lessons_come_back_from_the_built_pack_in_order(tmp_path):
    path = built(tmp_path)
    assert FORMAT_VERSION >= 3  # format 4 (checks) keeps format 3's lessons as they were
    with open_pack(path) as pack:
        assert pack.format_version == FORMAT_VERSION
        lessons = pack.lessons()
        assert [x.category for x in lessons] == ["filler", "vague-source"]
        vague = pack.lesson("vague-source")
        assert pack.lesson("unsourced-quote") is None
    assert [x.position for x in lessons] == [0, 1]
    assert vague.title == "Vague 🚀" and vague.text == canonical_text(vague.blocks)
    assert [vague.text[a:b] for a, b in vague.marks] == ["according to 🚀 experts"]
    assert vague.body == EMOJI and lessons[0].order == 1 and vague.order is None
    assert validate_pack(path).lessons == 2


def test_the_lessons_table_is_plain_sql(tmp_path):
    conn = sqlite3.connect(built(tmp_path))
    rows = conn.execute(
        "SELECT category, position, marks FROM lessons ORDER BY position"
    ).fetchall()
    assert rows[1][0] == "vague-source" and rows[1][2].startswith("[[")
    conn.close()


def as_format_2(pack: Path) -> None:
    conn = sqlite3.connect(pack)
    conn.executescript(
        "DROP TABLE lessons; UPDATE pack SET format_version = 2; PRAGMA user_version = 2;"
    )
    conn.close()


def test_format_1_and_2_packs_open_with_no_lessons(tmp_path):
    path = built(tmp_path)
    as_format_2(path)
    with open_pack(path) as pack:
        assert (pack.format_version, pack.lessons(), pack.lesson("filler")) == (2, [], None)
        assert len(pack.articles()) == 1
    as_format_1(path)
    with open_pack(path) as pack:
        assert (pack.format_version, pack.lessons()) == (1, [])
    assert validate_pack(path).lessons == 0


def test_a_format_3_pack_without_its_lessons_table_is_refused(tmp_path):
    path = built(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE lessons")
    conn.commit()
    conn.close()
    with pytest.raises(PackError, match="table 'lessons' is missing"):
        open_pack(path)


@pytest.mark.parametrize(
    ("sql", "words"),
    [
        ("UPDATE lessons SET marks = '[[5, 900000]]'", "marks are not spans of its text"),
        ("UPDATE lessons SET marks = '[[3, 3]]'", "marks are not spans of its text"),
        ("UPDATE lessons SET marks = '{\"a\": 1}'", "marks are not spans of its text"),
        ("UPDATE lessons SET marks = '[[1, true]]'", "marks are not spans of its text"),
        ("UPDATE lessons SET text = 'other'", "text does not match its blocks"),
        ("UPDATE lessons SET blocks = '[[[[[[[[[[[]]]]]]]]]]]'", "nested too deeply"),
        ("UPDATE lessons SET blocks = 'nope'", "invalid pack"),
        ("UPDATE lessons SET title = X'41'", "title is not text"),
        ("PRAGMA foreign_keys = OFF; UPDATE lessons SET category = 'ghost' WHERE position = 0",
         "a lesson has unknown category 'ghost'"),
    ],
)  # fmt: skip
def test_a_damaged_lesson_is_one_clear_error(tmp_path, sql, words):
    path = built(tmp_path)
    conn = sqlite3.connect(path)
    conn.executescript(sql)
    conn.commit()
    conn.close()
    with open_pack(path) as pack:
        with pytest.raises(PackError, match=words) as error:
            pack.lessons()
    assert "\n" not in str(error.value) and str(path) in str(error.value)
    with pytest.raises(PackError):
        validate_pack(path)
