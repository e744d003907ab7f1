"""The registry of formats the CLI, the export function and the dialogs all read, and the
Qt-free import planning the dialogs call."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from spotit.interop.formats import FORMATS, Format, Registry, get_format, listed
from spotit.interop.model import Document, InputError, Parsed, Span
from spotit.interop.plan import (
    ImportRequest,
    build_import,
    label_uses,
    pack_file,
    read_inputs,
    texts_from_rows,
)
from spotit.store.pack import open_pack


def test_formats_are_listed_by_priority_and_found_by_name_or_alias():
    assert FORMATS.names() == ["doccano", "labelstudio", "brat", "w3c"]
    assert [f.name for f in FORMATS] == FORMATS.names()
    assert FORMATS["Label-Studio"].name == "labelstudio"
    assert FORMATS["web-annotation"] is FORMATS["w3c"]
    assert "excel" not in FORMATS and len(FORMATS) == 4
    with pytest.raises(InputError) as error:
        get_format("excel")
    assert (
        str(error.value) == "unknown format 'excel' (use one of: doccano, labelstudio, brat, w3c)"
    )


def test_a_registry_orders_by_priority_replaces_by_name_and_deregisters():
    registry: Registry[str] = Registry()
    registry.register("low", "a", 1)
    registry.register("high", "b", 5, aliases=("bee",))
    registry.register("tie", "c", 1)
    assert list(registry) == ["high", "low", "tie"]
    registry.register("higher", "a", 9)  # same name: replaced, with its new priority
    assert registry.names() == ["a", "b", "c"] and registry["a"] == "higher"
    registry.deregister("b")
    assert "bee" not in registry and registry.names() == ["a", "c"]


def test_what_each_format_needs_is_declared_not_tested_by_name():
    needs_texts = [f.name for f in FORMATS if f.needs_texts]
    folders = [f.name for f in FORMATS if f.writes_folder]
    assert needs_texts == ["w3c"] and folders == ["brat"]
    assert FORMATS["doccano"].file_filter == "doccano JSONL (*.jsonl *.json)"
    assert FORMATS["brat"].suggested_output(Path("p/lab.spotit")) == Path("p/lab-brat")
    assert FORMATS["w3c"].suggested_output(Path("lab.spotit")) == Path("lab.jsonld")
    assert listed([f.title for f in FORMATS]) == "doccano, Label Studio, brat or W3C"


def test_texts_go_only_to_a_format_that_needs_them(tmp_path):
    with pytest.raises(InputError, match=r"^--text is for --from w3c \(the other formats"):
        FORMATS["doccano"].read([tmp_path / "x.jsonl"], texts={"a": tmp_path / "a.txt"})


@pytest.mark.parametrize(
    "name, target, message, holds",
    [
        ("brat", "file", "is a file; brat export writes a folder", False),
        ("brat", "brat-folder", "already holds brat files (use --force to overwrite them)", True),
        ("doccano", "folder", "is a folder; doccano export writes one file", False),
        ("w3c", "file", "already exists (use --force to overwrite it)", True),
    ],
)
def test_export_targets_are_checked_by_what_the_format_writes(
    tmp_path, name, target, message, holds
):
    (tmp_path / "file").write_text("x")
    (tmp_path / "folder").mkdir()
    (tmp_path / "brat-folder").mkdir()
    (tmp_path / "brat-folder" / "a.ann").write_text("")
    fmt: Format = FORMATS[name]
    with pytest.raises(InputError, match=re.escape(message)):
        fmt.check_target(tmp_path / target, overwrite=False)
    assert fmt.holds_export(tmp_path / target) == holds
    if holds:  # --force replaces an earlier export
        fmt.check_target(tmp_path / target, overwrite=True)


def test_building_the_command_line_loads_no_format_module():
    code = (
        "import sys\n"
        "from spotit.cli import _parser\n"
        "_parser()\n"
        "loaded = [f.module for f in __import__('spotit.interop.formats', fromlist=['x']).FORMATS"
        " if f.module in sys.modules]\n"
        "assert not loaded, loaded\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


def test_plan_helpers_read_the_form_as_the_dialog_gives_it(tmp_path):
    assert pack_file("out/lab") == Path("out/lab.spotit")
    assert pack_file("lab.spotit") == Path("lab.spotit")
    texts, default = texts_from_rows([(" urn:a ", Path("a.txt")), ("", Path("only.txt"))])
    assert texts == {"urn:a": Path("a.txt")} and default == Path("only.txt")
    with pytest.raises(InputError, match="only one text file may leave its source empty"):
        texts_from_rows([("", Path("a.txt")), ("", Path("b.txt"))])
    text = "Headline\nExperts say so. Experts agree."
    parsed = Parsed([Document("d", text, [Span(9, 21, "Vague"), Span(25, 36, "Vague")], "in:1")])
    ((use),) = label_uses(parsed, ["Vague"])
    assert (use.count, use.example) == (2, "Experts say ")


def test_an_import_into_a_pack_lists_the_labels_it_has_no_category_for(tmp_path, built_pack):
    source = tmp_path / "in.jsonl"
    source.write_text(
        '{"id": 1, "text": "Head\\nExperts say so.", "label": [[5, 16, "vague-source"],'
        ' [5, 12, "Hype"]]}\n',
        encoding="utf-8",
    )
    request = ImportRequest("doccano", [source], tmp_path / "out.spotit", into=built_pack)
    read = read_inputs(request)
    assert read.unmapped == ["Hype"] and "vague-source" in {c.id for c in read.categories}
    result = build_import(request, read, {"Hype": "sensational-headline"})
    assert result.unplaced == []
    with open_pack(request.out) as pack:
        assert [(a.quote, a.category) for a in pack.article("1").annotations] == [
            ("Experts", "sensational-headline"),
            ("Experts say", "vague-source"),
        ]


def test_the_import_request_carries_the_notice_the_author_writes(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text('{"id": 1, "text": "Head\\nExperts say so.", "label": []}\n', "utf-8")
    for notice, stored in ((None, ""), ("", ""), ("  From the X corpus.  ", "From the X corpus.")):
        request = ImportRequest("doccano", [source], tmp_path / "out.spotit", notice=notice)
        build_import(request, read_inputs(request), {})
        with open_pack(request.out) as pack:
            assert pack.meta.training_notice == stored
