"""Reading Label Studio JSON exports: checked offsets, UTF-16, annotators, explanations."""

import json

import pytest

from spotit.interop import labelstudio
from spotit.interop.model import InputError

TEXT = "💩 Ministers 🚀 said the plan works.\nCritics, who were not named, disagreed."


def task(results, task_id=1, **extra):
    """One task as Label Studio exports it (fields trimmed to what matters)."""
    return {
        "id": task_id,
        "data": {"text": TEXT},
        "annotations": [
            {"id": 1001, "completed_by": 10, "was_cancelled": False, "result": results}
        ],
        "predictions": [],
        **extra,
    }


def region(start, end, text, labels, region_id="r1"):
    return {
        "id": region_id,
        "from_name": "label",
        "to_name": "text",
        "type": "labels",
        "origin": "manual",
        "value": {"start": start, "end": end, "text": text, "labels": labels},
    }


def export(tmp_path, tasks):
    path = tmp_path / "project-1-at-2026.json"
    path.write_text(json.dumps(tasks, ensure_ascii=False), encoding="utf-8")
    return path


def placed(doc):
    return [(s.start, s.end, s.label, doc.text[s.start : s.end], s.note) for s in doc.spans]


def test_spans_with_their_covered_text_and_an_explanation(tmp_path):
    start = TEXT.index("Critics")
    note = {
        "id": "r1",
        "from_name": "explanation",
        "to_name": "text",
        "type": "textarea",
        "value": {"text": ["Who are they?"]},
    }
    path = export(tmp_path, [task([note, region(start, start + 7, "Critics", ["Vague source"])])])
    parsed = labelstudio.read([path])
    (doc,) = parsed.documents
    assert doc.key == "1" and doc.where == f"{path}: task 1 (id 1)"
    assert placed(doc) == [(start, start + 7, "Vague source", "Critics", "Who are they?")]
    assert parsed.unplaced == [] and parsed.notes == []


def test_utf16_offsets_from_the_browser_are_converted(tmp_path):
    # Label Studio's front end counts JavaScript string positions: each emoji is 2 units.
    start = TEXT.index("said the plan works")
    results = [
        region(start + 2, start + 2 + 19, "said the plan works", ["Claim"], "a"),
        region(2, 11, "Ministers", ["Authority"], "b"),  # before any shift: both readings agree
    ]
    parsed = labelstudio.read([export(tmp_path, [task(results)])])
    assert [p[:4] for p in placed(parsed.documents[0])] == [
        (start, start + 19, "Claim", "said the plan works"),
        (2, 11, "Authority", "Ministers"),
    ]
    assert "1 span(s) counted in UTF-16 code units" in parsed.notes[0]


def test_a_document_counted_in_utf16_is_read_so_even_where_both_ways_fit(tmp_path):
    # The first "a" reads as "a" both ways; the second fits only in UTF-16 units, so the
    # tool counted UTF-16 and the first is the "a" at UTF-16 unit 3, code point 2.
    text = "🚀 aa"
    results = [region(3, 4, "a", ["First"], "a"), region(4, 5, "a", ["Second"], "b")]
    task_data = {"data": {"text": text}, "annotations": [{"result": results}]}
    doc = labelstudio.read([export(tmp_path, [task_data])]).documents[0]
    assert [p[:3] for p in placed(doc)] == [(2, 3, "First"), (3, 4, "Second")]


def test_offsets_that_cover_other_text_are_not_placed(tmp_path):
    path = export(tmp_path, [task([region(2, 11, "Minister", ["Authority"])])])
    parsed = labelstudio.read([path])
    assert parsed.documents[0].spans == []
    assert [str(u) for u in parsed.unplaced] == [
        f"{path}: task 1 (id 1), annotation 1, result 1: not placed: span [2 11] covers "
        "'Ministers', not the annotation's text (label 'Authority', text 'Minister')"
    ]


def test_several_labels_on_one_region_and_a_region_without_text(tmp_path):
    results = [
        {"id": "x", "type": "labels", "value": {"start": 2, "end": 11, "labels": ["A", "B"]}}
    ]
    doc = labelstudio.read([export(tmp_path, [task(results)])]).documents[0]
    assert [p[:3] for p in placed(doc)] == [(2, 11, "A"), (2, 11, "B")]


def test_annotators_are_merged_cancelled_ones_skipped_and_other_results_counted(tmp_path):
    one = {"result": [region(2, 11, "Ministers", ["Authority"])]}
    two = {
        "result": [
            region(2, 11, "Ministers", ["Loaded"]),
            {"type": "choices", "value": {"choices": ["fake"]}},
        ]
    }
    cancelled = {"was_cancelled": True, "result": [region(0, 1, "💩", ["Oops"])]}
    path = export(
        tmp_path,
        [
            {
                "id": 4,
                "data": {"text": TEXT},
                "annotations": [one, two, cancelled],
                "predictions": [{"result": []}],
            }
        ],
    )
    parsed = labelstudio.read([path])
    assert [p[2] for p in placed(parsed.documents[0])] == ["Authority", "Loaded"]
    where = f"{path}: task 1 (id 4)"
    assert parsed.notes == [
        f"{where}: predictions are not annotations and were not imported",
        f"{where}: 1 cancelled or malformed annotation(s) skipped",
        f"{where}: the spans of 2 annotations were merged",
        f"{where}: results that are not text spans were not imported: 1 of type 'choices'",
    ]


def test_older_completions_key_and_a_single_task_object(tmp_path):
    path = tmp_path / "task.json"
    path.write_text(
        json.dumps(
            {
                "data": {"text": TEXT},
                "completions": [{"result": [region(2, 11, "Ministers", ["A"])]}],
            }
        ),
        encoding="utf-8",
    )
    doc = labelstudio.read([path]).documents[0]
    assert doc.key == "task-1" and len(doc.spans) == 1


def test_missing_labels_are_reported(tmp_path):
    results = [
        {
            "id": "x",
            "type": "labels",
            "value": {"start": 2, "end": 11, "text": "Ministers", "labels": []},
        }
    ]
    parsed = labelstudio.read([export(tmp_path, [task(results)])])
    assert parsed.unplaced[0].reason == "no labels"


@pytest.mark.parametrize(
    "content, message",
    [
        ('{"tasks": []}', "expected a Label Studio JSON export"),
        ('[{"id": 3}]', "task 1: a task must be an object with a 'data' object"),
        ('[{"id": 3, "data": {"image": "x.png"}}]', r"task 1 \(id 3\): 'data.text' is missing"),
        ('[{"data": {"text": "a"}, "annotations": {}}]', "'annotations' must be a list"),
        ('[{"data": {"text": "a"}, "annotations": [{"result": 5}]}]', "'result' must be a list"),
        ("[{", "bad.json:1: not valid JSON"),
    ],
)
def test_unusable_exports(tmp_path, content, message):
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match=message):
        labelstudio.read([path])


def test_written_tasks_read_back_with_explanations(tmp_path):
    start = TEXT.index("Critics")
    doc = labelstudio.Document("a", TEXT, [labelstudio.Span(start, start + 7, "vague", "Who?")])
    out = tmp_path / "ls.json"
    labelstudio.write([doc], out)
    tasks = json.loads(out.read_text(encoding="utf-8"))
    value = tasks[0]["annotations"][0]["result"][0]["value"]
    assert value == {"start": start, "end": start + 7, "text": "Critics", "labels": ["vague"]}
    back = labelstudio.read([out])
    assert placed(back.documents[0]) == [(start, start + 7, "vague", "Critics", "Who?")]
