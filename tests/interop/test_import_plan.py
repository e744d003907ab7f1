"""The import planning the dialog relies on (no Qt): every label with its uses, the
categories a mapping makes, a sample article, and what was skipped."""

from __future__ import annotations

import json
import os

import pytest

from spotit.core.taxonomy import DEFAULT_TAXONOMY
from spotit.interop.model import MAX_INPUT_BYTES, InputError
from spotit.interop.plan import (
    ImportRequest,
    build_import,
    category_choices,
    planned_categories,
    read_inputs,
    sample_article,
)
from spotit.store.pack import open_pack

DEFAULTS = {c.id: c for c in DEFAULT_TAXONOMY}
TEXT = "Tea cures diabetes, a leading doctor revealed.\nExperts say it works."


def span(quote: str, label: str) -> list:
    start = TEXT.index(quote)
    return [start, start + len(quote), label]


@pytest.fixture
def source(tmp_path):
    record = {
        "id": 1,
        "text": TEXT,
        "label": [
            span("Tea cures diabetes", "Loaded_Language"),
            span("a leading doctor", "Appeal_to_Authority"),
            span("Experts say", "Appeal_to_Authority"),
        ],
    }
    path = tmp_path / "src.jsonl"
    path.write_text(json.dumps(record) + "\n", encoding="utf-8")
    return path


def request_for(source, out, **kw) -> ImportRequest:
    return ImportRequest(format="doccano", inputs=[source], out=out, **kw)


def test_every_label_is_listed_once_with_how_many_annotations_use_it(source, tmp_path):
    read = read_inputs(request_for(source, tmp_path / "o.spotit"))
    assert [(u.label, u.count, u.example) for u in read.labels] == [
        ("Loaded_Language", 1, "Tea cures diabetes"),
        ("Appeal_to_Authority", 2, "a leading doctor"),
    ]
    assert category_choices(read) == list(DEFAULT_TAXONOMY)  # a new pack: the defaults


def test_a_label_mapped_onto_a_default_id_becomes_that_default_category(source, tmp_path):
    # Before, it kept the id but was named after the label, with an "imported" description.
    request = request_for(source, tmp_path / "o.spotit")
    read = read_inputs(request)
    mapping = {"Appeal_to_Authority": "false-authority"}
    planned = planned_categories(request, read, mapping)
    assert planned["Appeal_to_Authority"] == DEFAULTS["false-authority"]
    build_import(request, read, mapping)
    with open_pack(request.out) as pack:
        assert DEFAULTS["false-authority"] in pack.categories
        assert {c.id for c in pack.categories} == {"false-authority", "loaded-language"}


def test_the_plan_is_what_the_import_builds(source, tmp_path):
    request = request_for(source, tmp_path / "o.spotit")
    read = read_inputs(request)
    names = {"Loaded_Language": "Emotive words"}
    planned = planned_categories(request, read, {}, names)
    build_import(request, read, {}, names)
    with open_pack(request.out) as pack:
        categories = list(pack.categories)
    assert sorted(planned.values(), key=lambda c: c.id) == sorted(categories, key=lambda c: c.id)
    made = planned["Loaded_Language"]
    assert made.name == "Emotive words"
    assert planned["Appeal_to_Authority"].name == "Appeal to authority"
    # An unmapped label: a readable name, its own colour, no empty field.
    assert len({c.color for c in categories}) == len(categories)
    assert all(c.name and c.description and c.how_to_check for c in categories)


def test_two_new_categories_cannot_share_a_name(source, tmp_path):
    request = request_for(source, tmp_path / "o.spotit")
    read = read_inputs(request)
    names = {"Loaded_Language": "Same", "Appeal_to_Authority": "same"}
    with pytest.raises(InputError, match="'same' is taken already"):
        planned_categories(request, read, {}, names)


def test_into_a_pack_an_unfitting_label_has_no_category_until_mapped(source, tmp_path, built_pack):
    request = request_for(source, tmp_path / "o.spotit", into=built_pack)
    read = read_inputs(request)
    with open_pack(built_pack) as pack:
        ids = [c.id for c in pack.categories]
    assert [c.id for c in category_choices(read)] == ids
    planned = planned_categories(request, read, {})
    assert planned["Loaded_Language"].id == "loaded-language"  # fits by its slug
    assert planned["Appeal_to_Authority"] is None
    planned = planned_categories(request, read, {"Appeal_to_Authority": ids[0]})
    assert planned["Appeal_to_Authority"].id == ids[0]


def test_the_sample_article_is_rendered_with_its_labels(source, tmp_path):
    read = read_inputs(request_for(source, tmp_path / "o.spotit"))
    sample = sample_article(read, 0, "doccano")
    assert sample.meta.headline == "Tea cures diabetes, a leading doctor revealed."
    assert [(a.quote, a.category) for a in sample.annotations] == [
        ("Tea cures diabetes", "Loaded_Language"),
        ("a leading doctor", "Appeal_to_Authority"),
        ("Experts say", "Appeal_to_Authority"),
    ]


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="needs symbolic links")
def test_files_skipped_in_a_folder_are_listed_apart_from_the_notes(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "good.txt").write_text("Miracle cure\nIt works.\n", encoding="utf-8")
    (corpus / "good.ann").write_text("T1\tHype 0 7\tMiracle\n", encoding="utf-8")
    secret = tmp_path / "secret"
    secret.write_text("root:x:0:0\n", encoding="utf-8")
    (corpus / "passwd.txt").symlink_to(secret)
    with open(corpus / "huge.txt", "wb") as big:
        big.truncate(MAX_INPUT_BYTES + 1)
    request = ImportRequest(format="brat", inputs=[corpus], out=tmp_path / "o.spotit")
    result = build_import(request, read_inputs(request), {})
    assert result.articles == ["good"]
    assert sorted(result.skipped) == [
        f"{corpus / 'huge.txt'}: larger than 50 MiB; not read; skipped",
        f"{corpus / 'passwd.txt'}: a symbolic link; imports read only regular files; skipped",
    ]
    assert not any(note.endswith("; skipped") for note in result.notes), result.notes


def test_new_needs_an_existing_pack_on_the_command_line(source, tmp_path, capsys, built_pack):
    from spotit.cli import main

    args = ["pack", "import", "--from", "doccano", str(source), "-o", str(tmp_path / "o.spotit")]
    assert main([*args, "--new", "Loaded_Language"]) == 2
    assert capsys.readouterr().err.splitlines() == [
        "spotit: error: --new LABEL needs --into (a new pack makes every label a category)"
    ]
    mapped = ["--map", "Loaded_Language=filler"]
    assert main([*args, "--into", str(built_pack), "--new", "Loaded_Language", *mapped]) == 2
    assert capsys.readouterr().err.splitlines() == [
        "spotit: error: --new Loaded_Language: the label is mapped with --map too"
    ]
