"""`spotit pack import`, `pack export --to` and `pack agree` as a script or an author uses them."""

import json

import pytest

from spotit.cli import main
from spotit.store.pack import open_pack

TEXT = "Rocket 🚀 scientists stunned\r\nExperts say the launch failed."
#: The text as every article is rendered: Markdown keeps no CR (the import notes it).
RENDERED = TEXT.replace("\r\n", "\n")


def notes(stderr: str) -> list[str]:
    """The import's notes (stderr lines starting with "note: ")."""
    return [line for line in stderr.splitlines() if line.startswith("note: ")]


def problems(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if not line.startswith("note: ")]


def run(capsys, *args):
    status = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return status, out, err


def doccano_file(tmp_path, labels, name="in.jsonl"):
    path = tmp_path / name
    path.write_text(
        json.dumps({"id": 1, "text": TEXT, "label": labels}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    return path


def at(quote):
    start = TEXT.index(quote)
    return [start, start + len(quote)]


def test_import_everything_placed_exits_0_and_the_pack_validates(capsys, tmp_path):
    source = doccano_file(
        tmp_path, [[*at("Experts say"), "Vague source"], [*at("stunned"), "Hype"]]
    )
    out = tmp_path / "new.spotit"
    status, stdout, stderr = run(
        capsys, "pack", "import", "--from", "doccano", source, "-o", out, "--title", "Lab"
    )
    assert (status, problems(stderr)) == (0, [])
    assert notes(stderr) == [
        f"note: {source}:1: Markdown keeps no CR line ends, runs of spaces, tabs, blank lines "
        "at the edges or control characters: the text was normalised once (1 character(s) "
        "dropped or made one space) and 1 annotation(s) moved with it",
        f"note: {source}:1: 2 annotation(s) had no explanation and were given one naming "
        "their label; write real ones in the pack editor",
    ]
    assert stdout.splitlines() == [
        f"imported 1 article(s) with 2 annotation(s) into {out}",
        "categories: vague-source (Vague source), hype (Hype)",
    ]
    status, stdout, _ = run(capsys, "pack", "validate", out)
    assert status == 0 and "OK (1 articles, 2 annotations)" in stdout
    status, stdout, _ = run(capsys, "pack", "show", out, "1", "--json")
    shown = json.loads(stdout)
    assert shown["text"] == RENDERED
    assert [(a["quote"], a["category"]) for a in shown["annotations"]] == [
        ("stunned", "hype"),
        ("Experts say", "vague-source"),
    ]


def test_import_with_annotations_not_placed_exits_1_and_lists_them(capsys, tmp_path):
    source = doccano_file(tmp_path, [[*at("Experts say"), "Vague"], [900, 905, "Lost"]])
    out = tmp_path / "new.spotit"
    status, stdout, stderr = run(capsys, "pack", "import", "--from", "doccano", source, "-o", out)
    assert status == 1 and out.exists()
    assert problems(stderr) == [
        f"{source}:1: not placed: span [900 905] is outside the text (0..{len(TEXT)}) (label 'Lost', text '')",
        "spotit: 1 annotation(s) could not be placed (listed above)",
    ]
    assert "imported 1 article(s) with 1 annotation(s)" in stdout


def test_unusable_input_exits_2_and_writes_nothing(capsys, tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text('{"text": "ok"}\n{"text": \n', encoding="utf-8")
    out = tmp_path / "new.spotit"
    status, stdout, stderr = run(capsys, "pack", "import", "--from", "doccano", source, "-o", out)
    assert (status, stdout) == (2, "")
    assert (
        stderr.startswith(f"spotit: error: {source}:2: not valid JSON") and stderr.count("\n") == 1
    )
    assert not out.exists()


@pytest.mark.parametrize(
    "extra, message",
    [
        (
            ["--from", "excel"],
            "unknown format 'excel' (use one of: doccano, labelstudio, brat, w3c)",
        ),
        (
            ["--from", "doccano", "--text", "a=b"],
            "--text is for --from w3c (the other formats carry their texts)",
        ),
        (["--from", "doccano", "--map", "novalue"], "--map novalue: expected LABEL=CATEGORY"),
        (["--from", "doccano", "--map", "A=x", "--map", "A=y"], "--map A: given twice (x and y)"),
    ],
)
def test_bad_arguments_exit_2(capsys, tmp_path, extra, message):
    source = doccano_file(tmp_path, [])
    status, _, stderr = run(capsys, "pack", "import", *extra, source, "-o", tmp_path / "o.spotit")
    assert status == 2 and stderr == f"spotit: error: {message}\n"


def test_an_existing_output_is_not_overwritten_without_force(capsys, tmp_path):
    source = doccano_file(tmp_path, [])
    out = tmp_path / "o.spotit"
    out.write_text("precious")
    status, _, stderr = run(capsys, "pack", "import", "--from", "doccano", source, "-o", out)
    assert status == 2 and "already exists (use --force" in stderr and out.read_text() == "precious"
    status, _, _ = run(capsys, "pack", "import", "--from", "doccano", source, "-o", out, "--force")
    assert status == 0 and open_pack(out).article_ids() == ["1"]


def test_import_into_an_existing_pack_maps_labels_or_refuses(capsys, tmp_path, built_pack):
    source = doccano_file(
        tmp_path, [[*at("Experts say"), "Anonymous"], [*at("stunned"), "Sensational headline"]]
    )
    out = tmp_path / "merged.spotit"
    status, _, stderr = run(
        capsys, "pack", "import", "--from", "doccano", source, "-o", out, "--into", built_pack
    )
    assert status == 2 and not out.exists()
    assert "has no category for the label(s) 'Anonymous': add --map LABEL=CATEGORY" in stderr
    status, stdout, _ = run(
        capsys,
        "pack",
        "import",
        "--from",
        "doccano",
        source,
        "-o",
        out,
        "--into",
        built_pack,
        "--map",
        "Anonymous=vague-source",
    )
    assert status == 0 and "categories:" not in stdout
    with open_pack(out) as merged:
        assert merged.article_ids() == ["rocket", "1"]
        categories = [a.category for a in merged.article("1").annotations]
    assert categories == ["sensational-headline", "vague-source"]


def test_importing_into_the_same_file_replaces_it(capsys, tmp_path, built_pack):
    source = doccano_file(tmp_path, [[*at("Experts say"), "vague-source"]])
    status, _, _ = run(
        capsys,
        "pack",
        "import",
        "--from",
        "doccano",
        source,
        "-o",
        built_pack,
        "--into",
        built_pack,
    )
    assert status == 0
    assert open_pack(built_pack).article_ids() == ["rocket", "1"]


def test_w3c_import_with_the_text_given_on_the_command_line(capsys, tmp_path):
    text_file = tmp_path / "article.txt"
    text_file.write_bytes(TEXT.encode("utf-8"))
    annotation = {
        "type": "Annotation",
        "body": {"type": "TextualBody", "purpose": "tagging", "value": "Vague"},
        "target": {
            "source": "https://example.org/a?id=1",
            "selector": {"type": "TextQuoteSelector", "exact": "Experts say"},
        },
    }
    source = tmp_path / "anno.json"
    source.write_text(json.dumps(annotation), encoding="utf-8")
    out = tmp_path / "w.spotit"
    status, stdout, stderr = run(
        capsys,
        "pack",
        "import",
        "--from",
        "w3c",
        source,
        "--text",
        f"https://example.org/a?id=1={text_file}",
        "-o",
        out,
    )
    assert (status, problems(stderr)) == (0, [])
    with open_pack(out) as pack:
        (article_id,) = pack.article_ids()
        assert pack.article(article_id).text == RENDERED


@pytest.mark.parametrize("fmt", ["doccano", "labelstudio", "w3c", "brat"])
def test_export_then_import_gives_the_same_answer_key(capsys, tmp_path, built_pack, fmt):
    out = tmp_path / ("brat-out" if fmt == "brat" else f"out.{fmt}")
    status, stdout, _ = run(capsys, "pack", "export", built_pack, "--to", fmt, "-o", out)
    assert (
        status == 0 and stdout == f"exported 1 article(s) with 2 annotation(s) to {out} ({fmt})\n"
    )
    status, _, stderr = run(capsys, "pack", "export", built_pack, "--to", fmt, "-o", out)
    assert status == 2 and "--force" in stderr
    assert run(capsys, "pack", "export", built_pack, "--to", fmt, "-o", out, "--force")[0] == 0
    again = tmp_path / "again.spotit"
    assert run(capsys, "pack", "import", "--from", fmt, out, "-o", again)[0] == 0
    with open_pack(built_pack) as a, open_pack(again) as b:
        original, back = a.article("rocket"), b.article("rocket")
    assert back.text == original.text and back.meta == original.meta
    assert [(x.start, x.end, x.category, x.explanation) for x in back.annotations] == [
        (x.start, x.end, x.category, x.explanation) for x in original.annotations
    ]


def test_export_refuses_unknown_formats_and_wrong_targets(capsys, tmp_path, built_pack):
    status, _, stderr = run(
        capsys, "pack", "export", built_pack, "--to", "csv", "-o", tmp_path / "x"
    )
    assert status == 2 and "unknown format 'csv'" in stderr
    (tmp_path / "file").write_text("x")
    status, _, stderr = run(
        capsys, "pack", "export", built_pack, "--to", "brat", "-o", tmp_path / "file"
    )
    assert status == 2 and "is a file; brat export writes a folder" in stderr
    status, _, stderr = run(capsys, "pack", "export", built_pack, "--to", "doccano", "-o", tmp_path)
    assert status == 2 and "is a folder; doccano export writes one file" in stderr


def agree_packs(capsys, tmp_path, built_pack):
    # B: the same article, one flag with another category, one flag missing.
    source = tmp_path / "b.jsonl"
    with open_pack(built_pack) as pack:
        article = pack.article("rocket")
    first = article.annotations[0]
    record = {
        "text": article.text,
        "label": [[first.start, first.end, "loaded-language"]],
        "spotit": {"id": "rocket"},
    }
    source.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    b = tmp_path / "b.spotit"
    assert run(capsys, "pack", "import", "--from", "doccano", source, "-o", b)[0] == 0
    return article, b


def test_agree_text_report(capsys, tmp_path, built_pack):
    article, b = agree_packs(capsys, tmp_path, built_pack)
    status, stdout, _ = run(capsys, "pack", "agree", built_pack, b)
    assert status == 0
    first, second = article.annotations
    assert stdout.splitlines()[2] == "Articles compared: 1"
    assert (
        f"  rocket: different category: A {first.category} {first.quote!r}; B loaded-language {first.quote!r}"
        in stdout
    )
    assert f"  rocket: only A flagged: A {second.category} {second.quote!r}" in stdout
    assert "B scored against A" in stdout and "Disagreements (2):" in stdout


def test_agree_json_report(capsys, tmp_path, built_pack):
    _, b = agree_packs(capsys, tmp_path, built_pack)
    status, stdout, _ = run(capsys, "pack", "agree", built_pack, b, "--json")
    data = json.loads(stdout)
    assert status == 0
    assert set(data) == {
        "a",
        "b",
        "articles",
        "a_as_gold",
        "b_as_gold",
        "per_article",
        "categories",
        "disagreements",
    }
    assert data["articles"]["compared"] == ["rocket"]
    assert data["a_as_gold"]["spotted"] == {
        "precision": 1.0,
        "recall": 0.5,
        "f1": pytest.approx(2 / 3),
    }
    assert [d["kind"] for d in data["disagreements"]] == ["category", "only-a"]
    assert data["disagreements"][1]["b"] is None


def test_agree_with_a_broken_pack_exits_2(capsys, tmp_path, built_pack):
    broken = tmp_path / "broken.spotit"
    broken.write_text("not a pack")
    status, _, stderr = run(capsys, "pack", "agree", built_pack, broken)
    assert status == 2 and "not a SpotIt pack" in stderr


def test_an_imported_pack_says_nothing_is_invented_unless_its_author_says_so(capsys, tmp_path):
    source = doccano_file(tmp_path, [[*at("Experts say"), "Vague source"]])
    plain, told = tmp_path / "plain.spotit", tmp_path / "told.spotit"
    assert run(capsys, "pack", "import", "--from", "doccano", source, "-o", plain)[0] == 0
    notice = "Real news stories from the X corpus, annotated by our lab."
    status, _, _ = run(
        capsys, "pack", "import", "--from", "doccano", source, "-o", told, "--notice", notice
    )
    assert status == 0
    with open_pack(plain) as pack:
        assert pack.meta.training_notice == ""
    with open_pack(told) as pack:
        assert pack.meta.training_notice == notice


def test_import_into_a_pack_keeps_its_notice_with_a_note_or_takes_the_new_one(
    capsys, tmp_path, built_pack
):
    with open_pack(built_pack) as pack:
        before = pack.meta.training_notice
    source = doccano_file(tmp_path, [[*at("Experts say"), "vague-source"]])
    kept, replaced = tmp_path / "kept.spotit", tmp_path / "replaced.spotit"
    status, _, stderr = run(
        capsys, "pack", "import", "--from", "doccano", source, "-o", kept, "--into", built_pack
    )
    assert status == 0
    assert notes(stderr)[-1] == (
        f"note: the training notice of {built_pack} is kept ({before!r}): check that it holds "
        "for the imported articles too (--notice TEXT replaces it)"
    )
    status, _, stderr = run(
        capsys, "pack", "import", "--from", "doccano", source, "-o", replaced,
        "--into", built_pack, "--notice", "Mixed: invented and real articles.",
    )  # fmt: skip
    assert status == 0 and "training notice" not in stderr
    with open_pack(kept) as a, open_pack(replaced) as b:
        assert (a.meta.training_notice, b.meta.training_notice) == (
            before,
            "Mixed: invented and real articles.",
        )


def test_importing_into_a_pack_keeps_its_lessons_checks_and_source_pages(capsys, tmp_path):
    from tests.conftest import ROOT

    from spotit.content.source import read_pack_source
    from spotit.store.pack import build_pack

    starter = build_pack(read_pack_source(ROOT / "content" / "starter"), tmp_path / "s.spotit")
    with open_pack(starter) as before:
        lessons, checks = len(before.lessons()), [c.id for c in before.checks()]
        sources = [s.id for s in before.sources()]
        tea = before.article("miracle-tea")
        backlinks = before.backlinks("article:miracle-tea")
    assert lessons and checks and sources and any(a.check for a in tea.annotations)
    source = doccano_file(tmp_path, [[*at("Experts say"), "vague-source"]])
    out = tmp_path / "merged.spotit"
    status, _, _ = run(
        capsys, "pack", "import", "--from", "doccano", source, "-o", out, "--into", starter
    )
    assert status == 0
    with open_pack(out) as merged:
        assert len(merged.lessons()) == lessons
        assert [c.id for c in merged.checks()] == checks
        assert [s.id for s in merged.sources()] == sources
        assert merged.article("miracle-tea").annotations == tea.annotations
        assert merged.backlinks("article:miracle-tea") == backlinks
        assert merged.search("Weekly Shrug").hits[0].id == "weekly-shrug"
