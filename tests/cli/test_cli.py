"""The `spotit` command's documented, scriptable interface."""

import json

import pytest
from tests.conftest import STARTER

from spotit import __version__
from spotit.cli import main
from spotit.content.source import read_pack_source
from spotit.store.pack import open_pack


def run(capsys, *args):
    status = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return status, out, err


def test_version(capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["--version"])
    assert exit_.value.code == 0
    assert __version__ in capsys.readouterr().out


def test_build_and_info_json(capsys, source_dir, tmp_path):
    out_pack = tmp_path / "p.spotit"
    status, out, _ = run(capsys, "pack", "build", source_dir, "-o", out_pack)
    assert status == 0 and "1 articles, 2 annotations" in out
    status, out, _ = run(capsys, "pack", "info", out_pack, "--json")
    info = json.loads(out)
    assert status == 0
    assert info["id"] == "demo" and info["title"] == "Demo pack"
    assert info["articles"] == [
        {
            "id": "rocket",
            "headline": "Rocket 🚀 scientists stunned",
            "kind": "misinformation",
            "difficulty": 2,
            "annotations": 2,
            "event": "",
        }
    ]
    assert info["categories"][0]["id"] == "sensational-headline"


def test_build_refuses_a_source_with_problems(capsys, source_dir, tmp_path):
    (source_dir / "articles" / "01-rocket.md").write_text("no front matter")
    status, _, err = run(capsys, "pack", "build", source_dir, "-o", tmp_path / "x.spotit")
    assert status == 1 and "01-rocket.md:1: missing front matter" in err
    assert not (tmp_path / "x.spotit").exists()


def test_show_json_offsets_index_the_text_in_code_points(capsys, built_pack):
    status, out, _ = run(capsys, "pack", "show", built_pack, "rocket", "--json")
    data = json.loads(out)
    assert status == 0 and set(data) == {
        "id",
        "headline",
        "outlet",
        "byline",
        "date",
        "text",
        "annotations",
        "notes",
        "event",
    }
    for ann in data["annotations"]:
        assert data["text"][ann["start"] : ann["end"]] == ann["quote"]
        assert set(ann) == {
            "start",
            "end",
            "category",
            "quote",
            "explanation",
            "also",
            "anchors",
            "core",
            "check",
        }
    assert "🚀" in data["text"]


def test_show_unknown_article(capsys, built_pack):
    status, _, err = run(capsys, "pack", "show", built_pack, "nope")
    assert status == 2 and "no article with id 'nope'" in err


def test_score_json_perfect_and_by_quote(capsys, built_pack, tmp_path):
    flags = tmp_path / "flags.json"
    flags.write_text(
        json.dumps(
            [
                {"quote": "stunned", "category": "sensational-headline"},
                {"quote": "experts say", "category": "vague-source"},
            ]
        )
    )
    status, out, _ = run(capsys, "score", built_pack, "rocket", flags, "--json")
    report = json.loads(out)
    assert status == 0
    assert report["spotted"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    assert report["named"]["f1"] == 1.0 and report["score"] == 100
    assert [v["verdict"] for v in report["verdicts"]] == ["found", "found", "correct", "correct"]


def test_score_json_partial(capsys, built_pack, tmp_path):
    with open_pack(built_pack) as pack:
        text = pack.article("rocket").text
    start = text.index("experts say")
    flags = tmp_path / "flags.json"
    flags.write_text(
        json.dumps(
            [
                {
                    "start": start,
                    "end": start + len("experts say"),
                    "category": "unsupported-claim",
                },
                {
                    "start": text.index("rocket with"),
                    "end": text.index("rocket with") + 6,
                    "category": "vague-source",
                },
            ]
        )
    )
    status, out, _ = run(capsys, "score", built_pack, "rocket", flags, "--json")
    report = json.loads(out)
    assert status == 0
    assert report["spotted"]["precision"] == pytest.approx(0.5)
    assert report["spotted"]["recall"] == pytest.approx(0.5)
    assert report["named"]["f1"] == 0.0
    verdicts = {(v["type"], v["quote"]): v["verdict"] for v in report["verdicts"]}
    assert verdicts[("annotation", "experts say")] == "found-wrong-category"
    assert verdicts[("annotation", "stunned")] == "missed"
    # In the sentence of "experts say", but not on it: close, and the note says which words.
    assert verdicts[("flag", "rocket")] == "close"
    status, out, _ = run(capsys, "score", built_pack, "rocket", flags)
    assert status == 0 and "[found, wrong category]" in out and "[close]" in out
    assert f"Score: {report['score']}/100" in out and report["score"] < 25
    assert "Close: the red flag in this sentence is “experts say”." in out


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        ("{not json", "line 1: not valid JSON"),
        ('{"start": 1}', "expected a JSON list of flags"),
        ('[{"start": 0, "end": 3, "category": "nope"}]', "flag 1: unknown category 'nope'"),
        ('[{"start": "0", "end": 3, "category": "vague-source"}]', "must be whole numbers"),
        ('[{"start": 5, "end": 99999, "category": "vague-source"}]', "is outside the article"),
        ('[{"start": 5, "end": 5, "category": "vague-source"}]', "is outside the article"),
        ('[{"quote": "zebra", "category": "vague-source"}]', "quote not found"),
        ("[[1, 2]]", "flag 1: expected an object"),
    ],
)
def test_malformed_flags_files(capsys, built_pack, tmp_path, content, expected):
    flags = tmp_path / "flags.json"
    flags.write_text(content)
    status, _, err = run(capsys, "score", built_pack, "rocket", flags)
    assert status == 2 and expected in err and len(err.strip().splitlines()) == 1


def test_validate_source_and_pack(capsys, source_dir, built_pack):
    assert run(capsys, "pack", "validate", source_dir)[0] == 0
    assert run(capsys, "pack", "validate", built_pack)[0] == 0
    (source_dir / "articles" / "01-rocket.md").write_text(
        (source_dir / "articles" / "01-rocket.md")
        .read_text()
        .replace("Yesterday, experts say", "Yesterday, people said")
    )
    status, out, _ = run(capsys, "pack", "validate", source_dir)
    assert status == 1 and "quote not found in the article text: 'experts say'" in out


def test_export_then_build_gives_the_same_pack(capsys, tmp_path):
    first = tmp_path / "first.spotit"
    assert run(capsys, "pack", "build", STARTER, "-o", first)[0] == 0
    exported = tmp_path / "exported"
    assert run(capsys, "pack", "export", first, "-o", exported)[0] == 0
    assert read_pack_source(exported).problems == []
    second = tmp_path / "second.spotit"
    assert run(capsys, "pack", "build", exported, "-o", second)[0] == 0
    with open_pack(first) as a, open_pack(second) as b:
        assert a.meta == b.meta and a.categories == b.categories
        assert a.articles() == b.articles()
        for article_id in a.article_ids():
            x, y = a.article(article_id), b.article(article_id)
            assert (x.meta, x.text, x.blocks, x.annotations, x.notes, x.event) == (
                y.meta,
                y.text,
                y.blocks,
                y.annotations,
                y.notes,
                y.event,
            )
    # Exporting over an existing source needs --force.
    status, _, err = run(capsys, "pack", "export", first, "-o", exported)
    assert status == 2 and "--force" in err


def test_starter_content_validates(capsys):
    status, out, _ = run(capsys, "pack", "validate", STARTER)
    assert status == 0, out


def test_export_force_replaces_its_own_pack_and_refuses_another(capsys, tmp_path):
    built = tmp_path / "starter.spotit"
    assert run(capsys, "pack", "build", STARTER, "-o", built)[0] == 0
    folder = tmp_path / "export"
    assert run(capsys, "pack", "export", built, "-o", folder)[0] == 0
    # An article an earlier export of the same pack left behind is removed, so the folder
    # is this pack again and validates.
    stale = folder / "articles" / "999-gone.md"
    stale.write_text((folder / "articles").glob("*.md").__next__().read_text(encoding="utf-8"))
    status, out, _ = run(capsys, "pack", "export", built, "-o", folder, "--force")
    assert status == 0 and "removed 1" in out and not stale.exists()
    assert run(capsys, "pack", "validate", folder)[0] == 0
    # A folder holding another pack is refused, and left as it was.
    other = tmp_path / "other"
    other.mkdir()
    (other / "pack.toml").write_text('id = "other"\ntitle = "Other"\nversion = "1"\n')
    status, _, err = run(capsys, "pack", "export", built, "-o", other, "--force")
    assert status == 2 and "'other'" in err and err.count("\n") == 1
    assert not (other / "articles").exists()
