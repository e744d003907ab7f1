"""Pack format 4: checks are built into the pack; packs of format 1 to 3 open with none."""

import json
import sqlite3
from pathlib import Path

import pytest
from tests.conftest import make_source
from tests.content.test_checks import edited, write_check

from spotit.content.source import read_pack_source
from spotit.core.blocks import canonical_text
from spotit.store.pack import (
    FORMAT_VERSION,
    MAX_FIELD_CHARS,
    PackError,
    build_pack,
    open_pack,
    validate_pack,
)

WITH_BODY = {(0, "outlet"): 'body = """\nA *whole* invented article about 🚀 launches.\n"""'}


def built(tmp_path: Path, text: str | None = None) -> Path:
    folder = make_source(tmp_path / "src")
    write_check(folder, text or edited(WITH_BODY))
    source = read_pack_source(folder)
    assert source.problems == []
    return build_pack(source, tmp_path / "c.spotit")


def test_checks_come_back_from_the_built_pack_as_they_were_read(tmp_path):
    path = built(tmp_path)
    (expected,) = read_pack_source(tmp_path / "src").checks
    assert FORMAT_VERSION >= 4  # format 5 (source pages) keeps format 4's checks as they were
    with open_pack(path) as pack:
        assert pack.format_version == FORMAT_VERSION
        assert pack.checks() == [expected]
        check = pack.check("disc")
        assert pack.check("other") is None
    assert check.forms == ("A", "B") and len(check.form_items("A")) == 4
    first = check.items[0]
    assert first.body.startswith("A *whole*") and "🚀 launches." in first.text
    assert first.text == canonical_text(list(first.blocks))
    assert check.items[1].body == "" and check.items[1].blocks == () and check.items[1].text == ""
    report = validate_pack(path)
    assert (report.checks, report.check_items) == (1, 8)


def test_the_check_tables_are_plain_sql(tmp_path):
    conn = sqlite3.connect(built(tmp_path))
    (forms,) = conn.execute("SELECT forms FROM checks WHERE id = 'disc'").fetchone()
    assert json.loads(forms) == ["A", "B"]
    rows = conn.execute(
        "SELECT id, form, truth, topic, difficulty, outlet, body IS NULL FROM check_items"
        " WHERE check_id = 'disc' ORDER BY position"
    ).fetchall()
    conn.close()
    assert rows[0] == ("a00", "A", "credible", "health", 1, "", 0)
    assert rows[1] == ("a01", "A", "misleading", "health", 1, "The Example Courier", 1)
    assert len(rows) == 8


def test_a_pack_without_checks_has_none(built_pack):
    with open_pack(built_pack) as pack:
        assert pack.checks() == [] and pack.check("disc") is None
    assert validate_pack(built_pack).checks == 0


def as_format_3(pack: Path) -> None:
    """What a SpotIt of format 3 wrote: no check tables."""
    conn = sqlite3.connect(pack)
    conn.executescript(
        "DROP TABLE check_items; DROP TABLE checks;"
        " UPDATE pack SET format_version = 3; PRAGMA user_version = 3;"
    )
    conn.close()


def test_a_format_3_pack_opens_with_no_checks(tmp_path):
    path = built(tmp_path)
    as_format_3(path)
    with open_pack(path) as pack:
        assert (pack.format_version, pack.checks(), pack.check("disc")) == (3, [], None)
        assert len(pack.articles()) == 1
    assert validate_pack(path).checks == 0


def test_a_format_4_pack_without_its_check_tables_is_refused(tmp_path):
    path = built(tmp_path)
    conn = sqlite3.connect(path)
    conn.execute("DROP TABLE check_items")
    conn.commit()
    conn.close()
    with pytest.raises(PackError, match="table 'check_items' is missing"):
        open_pack(path)


def test_a_newer_format_is_refused(tmp_path):
    path = built(tmp_path)
    conn = sqlite3.connect(path)
    conn.executescript(f"PRAGMA user_version = {FORMAT_VERSION + 1};")
    conn.close()
    said = f"pack format {FORMAT_VERSION + 1}; this SpotIt reads up to {FORMAT_VERSION}"
    with pytest.raises(PackError, match=said):
        open_pack(path)


@pytest.mark.parametrize(
    ("sql", "words"),
    [
        ("UPDATE check_items SET truth = 'maybe' WHERE id = 'a01'",
         "check 'disc' item 'a01' has truth 'maybe'"),
        ("UPDATE check_items SET difficulty = 7 WHERE id = 'a01'", "has difficulty 7"),
        ("UPDATE check_items SET difficulty = 'two' WHERE id = 'a01'", "has difficulty 'two'"),
        ("UPDATE check_items SET form = 'Z' WHERE id = 'a01'", "has form 'Z'"),
        ("UPDATE check_items SET topic = 'Not A Tag' WHERE id = 'a01'", "has topic"),
        ("UPDATE check_items SET id = 'BAD ID' WHERE id = 'a01'", "has item id 'BAD ID'"),
        ("UPDATE check_items SET headline = X'41' WHERE id = 'a01'", "headline is not text"),
        (f"UPDATE check_items SET lede = '{'x' * (MAX_FIELD_CHARS + 1)}' WHERE id = 'a01'",
         "lede is absurdly long"),
        ("UPDATE check_items SET lede = 'x' || printf('%.2000c', 'x') WHERE id = 'a01'",
         "lede is too long"),
        ("UPDATE check_items SET text = 'other' WHERE id = 'a00'", "text does not match its blocks"),
        ("UPDATE check_items SET blocks = '[[[[[[[[[[[]]]]]]]]]]]' WHERE id = 'a00'",
         "nested too deeply"),
        ("UPDATE check_items SET blocks = '[]', text = '' WHERE id = 'a01'",
         "has blocks but no body"),
        ("UPDATE checks SET forms = '{\"A\": 1}'", "forms are not a list of form ids"),
        ("UPDATE checks SET forms = '[\"A\", \"A\"]'", "forms are not a list of form ids"),
        ("UPDATE checks SET forms = 'nope'", "invalid pack"),
        ("UPDATE checks SET id = 'Disc!'; UPDATE check_items SET check_id = 'Disc!'",
         "check id 'Disc!'"),
        ("UPDATE check_items SET truth = 'misleading' WHERE id = 'b00'",
         "form 'B' has 1 credible and 3 misleading items"),
        ("UPDATE check_items SET topic = 'health' WHERE id = 'b02'",
         "form 'B' does not match form 'A' in topics"),
        ("UPDATE checks SET forms = '[\"A\", \"B\", \"C\"]'", "form 'C' has no items"),
        ("UPDATE check_items SET check_id = 'ghost' WHERE id = 'a00'",
         "check items of no check ('ghost')"),
    ],
)  # fmt: skip
def test_a_damaged_check_is_one_clear_error(tmp_path, sql, words):
    path = built(tmp_path)
    conn = sqlite3.connect(path)
    conn.executescript(sql)
    conn.commit()
    conn.close()
    with open_pack(path) as pack:
        with pytest.raises(PackError, match=words.replace("(", r"\(").replace(")", r"\)")) as error:
            pack.checks()
        assert len(pack.articles()) == 1  # the rest of the pack still reads
    assert "\n" not in str(error.value) and str(path) in str(error.value)
    with pytest.raises(PackError):
        validate_pack(path)
