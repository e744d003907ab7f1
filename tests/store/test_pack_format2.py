"""Pack format 2: the answer keys are built into the pack; format 1 packs still open."""

import sqlite3
from pathlib import Path

from tests.conftest import write_article

from spotit.content.source import read_pack_source
from spotit.store.pack import FORMAT_VERSION, build_pack, open_pack, validate_pack

FRONT = """
id = "tea"
headline = "Mountain Tea Melts Away Diabetes"
event = "harlow-tea-study"

[[flags]]
quote = "blood sugar fell by 300%"
category = "misleading-number"
also = ["unsupported-claim", "missing-context"]
core = "300%"
anchors = [{ quote = "Melts Away Diabetes" }, { quote = "cured", occurrence = 2 }]
explanation = "Compared with what?"

[[flags]]
quote = "a leading doctor"
category = "false-authority"
explanation = "Who?"

[[notes]]
quote = "figures published by the Harlow Mere council on 3 March"
note = "A named source with a date: you can check it."

[[notes]]
quote = "would be checked again"
note = "It says what is not known yet."
"""
BODY = (
    "Her blood sugar fell by 300% after one week, a leading doctor said: she was cured, cured! "
    "That is what figures published by the Harlow Mere council on 3 March say, which would be "
    "checked again.\n"
)


def built(tmp_path: Path) -> Path:
    folder = tmp_path / "src"
    folder.mkdir()
    (folder / "pack.toml").write_text('id = "t"\ntitle = "T"\nversion = "1"\n', encoding="utf-8")
    write_article(folder, "01-tea.md", FRONT, BODY)
    source = read_pack_source(folder)
    assert source.problems == []
    return build_pack(source, tmp_path / "t.spotit")


def as_format_1(pack: Path) -> None:
    """What a SpotIt of format 1 wrote: none of format 2's tables and columns."""
    conn = sqlite3.connect(pack)
    conn.executescript(
        "DROP TABLE anchors; DROP TABLE notes;"
        " ALTER TABLE articles DROP COLUMN event;"
        " ALTER TABLE annotations DROP COLUMN also;"
        " ALTER TABLE annotations DROP COLUMN core_start;"
        " ALTER TABLE annotations DROP COLUMN core_end;"
        " UPDATE pack SET format_version = 1; PRAGMA user_version = 1;"
    )
    conn.close()


def test_the_answer_keys_come_back_from_the_built_pack(tmp_path):
    path = built(tmp_path)
    with open_pack(path) as pack:
        assert pack.format_version == FORMAT_VERSION
        (summary,) = pack.articles()
        assert summary.event == "harlow-tea-study"
        article = pack.article("tea")
    number, doctor = article.annotations
    text = article.text
    assert number.also == ("unsupported-claim", "missing-context")
    assert text[number.core[0] : number.core[1]] == "300%"
    assert [a.quote for a in number.anchors] == [
        "blood sugar fell by 300%",
        "Melts Away Diabetes",
        "cured",
    ]
    second_cured = text.index("cured", text.index("cured") + 1)
    assert number.alternatives[1].start == second_cured
    assert (doctor.also, doctor.alternatives, doctor.core) == ((), (), None)
    assert [n.quote for n in article.notes] == [
        "figures published by the Harlow Mere council on 3 March",
        "would be checked again",
    ]
    assert all(text[n.start : n.end] == n.quote for n in article.notes)
    assert article.event == "harlow-tea-study"
    assert validate_pack(path).annotations == 2


def test_a_format_1_pack_opens_with_one_anchor_no_core_and_no_notes(tmp_path):
    path = built(tmp_path)
    as_format_1(path)
    report = validate_pack(path)
    assert (report.articles, report.annotations) == (1, 2)
    with open_pack(path) as pack:
        assert pack.format_version == 1
        assert pack.articles()[0].event == ""
        article = pack.article("tea")
    number = article.annotations[0]
    assert (number.also, number.alternatives, number.core) == ((), (), None)
    assert number.quote == "blood sugar fell by 300%"
    assert article.notes == () and article.event == ""


def test_a_format_1_pack_may_hold_a_table_named_like_a_format_2_one(tmp_path):
    path = built(tmp_path)
    as_format_1(path)
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")  # an extra table
    conn.execute("INSERT INTO notes (body) VALUES ('mine')")
    conn.commit()
    conn.close()
    with open_pack(path) as pack:
        assert pack.article("tea").notes == ()


def test_the_new_tables_are_plain_sql(tmp_path):
    conn = sqlite3.connect(built(tmp_path))
    rows = conn.execute(
        "SELECT a.quote, x.quote, x.position FROM anchors x JOIN annotations a ON a.id = x.annotation_id ORDER BY x.position"
    ).fetchall()
    assert rows == [
        ("blood sugar fell by 300%", "Melts Away Diabetes", 0),
        ("blood sugar fell by 300%", "cured", 1),
    ]
    also, core_start, core_end, quote = conn.execute(
        'SELECT also, core_start, core_end, quote FROM annotations WHERE category = "misleading-number"'
    ).fetchone()
    assert also == '["unsupported-claim", "missing-context"]'
    assert (
        quote[
            core_start
            - conn.execute(
                "SELECT start FROM annotations WHERE category = 'misleading-number'"
            ).fetchone()[0] :
        ][:4]
        == "300%"
    )
    assert conn.execute(
        "SELECT core_start FROM annotations WHERE category = 'false-authority'"
    ).fetchone() == (None,)
    assert conn.execute("SELECT count(*), min(text) FROM notes").fetchone()[0] == 2
    assert conn.execute("SELECT event FROM articles").fetchone() == ("harlow-tea-study",)
