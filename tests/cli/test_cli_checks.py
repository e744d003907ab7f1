"""`spotit pack checks`, and checks through build, validate and export."""

import json

from tests.cli.test_cli import run
from tests.content.test_checks import edited, line
from tests.store.test_pack_checks import built

from spotit.content.source import read_pack_source
from spotit.store.pack import build_pack, open_pack

ITEM_KEYS = ["id", "form", "truth", "topic", "difficulty", "headline", "lede", "outlet"]


def test_checks_json_lists_each_check_with_its_forms_and_items(capsys, tmp_path):
    status, out, _ = run(capsys, "pack", "checks", built(tmp_path), "--json")
    assert status == 0
    data = json.loads(out)
    (check,) = data["checks"]
    assert list(data) == ["checks"]
    assert list(check) == ["id", "title", "forms", "items"]
    assert (check["id"], check["title"], check["forms"]) == ("disc", "Credible or not?", ["A", "B"])
    assert [list(item) for item in check["items"]] == [ITEM_KEYS] * 8
    assert check["items"][1] == {
        "id": "a01",
        "form": "A",
        "truth": "misleading",
        "topic": "health",
        "difficulty": 1,
        "headline": "Invented headline A1 about the town of Exampleton",
        "lede": "An invented lede for item A1: training material.",
        "outlet": "The Example Courier",
    }


def test_checks_as_text_show_each_form_balanced(capsys, tmp_path):
    status, out, _ = run(capsys, "pack", "checks", built(tmp_path))
    assert status == 0
    assert out.startswith("[disc] Credible or not?\n  form A: 4 items (2 credible, 2 misleading)\n")
    assert "    b03 [misleading, science, 2] Invented headline B3 about the town" in out


def test_a_pack_without_checks_says_so(capsys, built_pack):
    status, out, _ = run(capsys, "pack", "checks", built_pack, "--json")
    assert status == 0 and json.loads(out) == {"checks": []}
    status, out, _ = run(capsys, "pack", "checks", built_pack)
    assert out == "This pack has no checks.\n"


def test_a_damaged_check_is_one_line_and_a_failure(capsys, tmp_path):
    import sqlite3

    pack = built(tmp_path)
    conn = sqlite3.connect(pack)
    conn.execute("UPDATE check_items SET truth = 'maybe' WHERE id = 'a01'")
    conn.commit()
    conn.close()
    status, out, err = run(capsys, "pack", "checks", pack)
    assert status != 0 and out == ""
    assert err.count("\n") == 1 and "item 'a01' has truth 'maybe'" in err


def test_build_and_validate_count_checks_and_items(capsys, tmp_path):
    pack = built(tmp_path)
    status, out, _ = run(capsys, "pack", "validate", pack)
    assert status == 0 and out.endswith("1 articles, 2 annotations, 1 check of 8 items)\n")
    status, out, _ = run(capsys, "pack", "validate", tmp_path / "src")
    assert status == 0 and out.endswith("1 check of 8 items)\n")
    status, out, _ = run(capsys, "pack", "build", tmp_path / "src", "-o", tmp_path / "b.spotit")
    assert status == 0 and out.endswith("1 check of 8 items\n")


def test_validate_lists_check_problems_with_file_and_line(capsys, tmp_path):
    built(tmp_path)
    path = tmp_path / "src" / "checks" / "disc.toml"
    path.write_text(edited({(5, "difficulty"): "difficulty = 3", (0, "truth"): 'truth = "yes"'}))
    status, out, _ = run(capsys, "pack", "validate", tmp_path / "src")
    assert status == 1
    assert f"{path}:{line(0, 'truth')}: item 'a00': 'truth' must be" in out
    assert out.endswith(f"1 problem(s) in {tmp_path / 'src'}\n")
    path.write_text(edited({(5, "difficulty"): "difficulty = 3"}))
    status, out, _ = run(capsys, "pack", "validate", tmp_path / "src")
    assert status == 1
    assert f"{path}:{line(5)}: form 'B' does not match form 'A' in (truth, difficulty)" in out


def test_export_writes_checks_back_and_rebuilding_gives_the_same_checks(capsys, tmp_path):
    first = built(tmp_path)
    out_dir = tmp_path / "exported"
    status, out, _ = run(capsys, "pack", "export", first, "-o", out_dir)
    assert status == 0 and out.startswith("exported 1 articles and 1 check to ")
    assert (out_dir / "checks" / "disc.toml").is_file()
    again = read_pack_source(out_dir)
    assert again.problems == []
    second = build_pack(again, tmp_path / "again.spotit")
    with open_pack(first) as a, open_pack(second) as b:
        assert a.checks() and a.checks() == b.checks()


def test_export_removes_checks_the_pack_no_longer_has(capsys, tmp_path):
    pack = built(tmp_path)
    out_dir = tmp_path / "exported"
    assert run(capsys, "pack", "export", pack, "-o", out_dir)[0] == 0
    stale = out_dir / "checks" / "old.toml"
    stale.write_text("old", encoding="utf-8")
    status, out, _ = run(capsys, "pack", "export", pack, "-o", out_dir, "--force")
    assert status == 0 and not stale.exists() and "removed 1" in out
    assert [p.name for p in (out_dir / "checks").iterdir()] == ["disc.toml"]
