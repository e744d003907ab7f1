"""The pack commands and the answer keys of format 2: show, validate, export -> build."""

import json
import sqlite3

from tests.cli.test_cli import run
from tests.store.test_pack_format2 import as_format_1, built

from spotit.content.source import read_pack_source
from spotit.store.pack import FORMAT_VERSION, open_pack


def test_show_json_gives_also_anchors_core_notes_and_event(capsys, tmp_path):
    pack = built(tmp_path)
    status, out, _ = run(capsys, "pack", "show", pack, "tea", "--json")
    data = json.loads(out)
    assert status == 0 and data["event"] == "harlow-tea-study"
    number, doctor = data["annotations"]
    text = data["text"]
    assert number["also"] == ["unsupported-claim", "missing-context"]
    assert [a["quote"] for a in number["anchors"]] == [
        "blood sugar fell by 300%",
        "Melts Away Diabetes",
        "cured",
    ]
    assert number["anchors"][0] == {k: number[k] for k in ("start", "end", "quote")}
    assert all(text[a["start"] : a["end"]] == a["quote"] for a in number["anchors"])
    assert text[number["core"]["start"] : number["core"]["end"]] == "300%"
    assert set(number["core"]) == {"start", "end"}
    assert (doctor["also"], doctor["core"], len(doctor["anchors"])) == ([], None, 1)
    assert [n["quote"] for n in data["notes"]] == [
        "figures published by the Harlow Mere council on 3 March",
        "would be checked again",
    ]
    assert all(text[n["start"] : n["end"]] == n["quote"] for n in data["notes"])
    assert data["notes"][0]["text"] == "A named source with a date: you can check it."


def test_show_as_text_names_the_other_places_the_core_and_the_notes(capsys, tmp_path):
    status, out, _ = run(capsys, "pack", "show", built(tmp_path), "tea")
    assert status == 0
    assert "misleading-number (also unsupported-claim, missing-context)" in out
    assert "core: '300%'" in out and "or at 13-32: 'Melts Away Diabetes'" in out
    assert "Notes on passages that are fine (2):" in out
    assert "Reports the event 'harlow-tea-study'." in out


def test_show_json_of_a_format_1_pack_has_the_same_keys_with_defaults(capsys, tmp_path):
    pack = built(tmp_path)
    as_format_1(pack)
    status, out, _ = run(capsys, "pack", "show", pack, "tea", "--json")
    data = json.loads(out)
    assert status == 0 and (data["event"], data["notes"]) == ("", [])
    for ann in data["annotations"]:
        assert ann["also"] == [] and ann["core"] is None
        assert ann["anchors"] == [{k: ann[k] for k in ("start", "end", "quote")}]


def test_validate_a_built_pack_checks_the_anchors_and_notes(capsys, tmp_path):
    pack = built(tmp_path)
    assert run(capsys, "pack", "validate", pack)[0] == 0
    conn = sqlite3.connect(pack)
    conn.execute("UPDATE anchors SET quote = 'Melts Away Cancer' WHERE position = 0")
    conn.commit()
    conn.close()
    status, _, err = run(capsys, "pack", "validate", pack)
    assert status == 2 and "anchor offsets do not match its quote 'Melts Away Cancer'" in err


def test_export_writes_the_new_keys_so_export_then_build_is_the_same_pack(capsys, tmp_path):
    first = built(tmp_path)
    exported = tmp_path / "exported"
    assert run(capsys, "pack", "export", first, "-o", exported)[0] == 0
    written = next((exported / "articles").glob("*.md")).read_text(encoding="utf-8")
    assert 'also = ["unsupported-claim", "missing-context"]' in written
    assert 'core = "300%"' in written and 'event = "harlow-tea-study"' in written
    assert '{quote = "cured", occurrence = 2}' in written and "[[notes]]" in written
    assert read_pack_source(exported).problems == []
    second = tmp_path / "second.spotit"
    assert run(capsys, "pack", "build", exported, "-o", second)[0] == 0
    with open_pack(first) as a, open_pack(second) as b:
        assert a.articles() == b.articles()
        x, y = a.article("tea"), b.article("tea")
        assert (x.text, x.annotations, x.notes, x.event) == (
            y.text,
            y.annotations,
            y.notes,
            y.event,
        )


def test_info_json_gives_each_article_its_event(capsys, tmp_path):
    status, out, _ = run(capsys, "pack", "info", built(tmp_path), "--json")
    data = json.loads(out)
    assert status == 0 and data["format_version"] == FORMAT_VERSION
    assert [a["event"] for a in data["articles"]] == ["harlow-tea-study"]
