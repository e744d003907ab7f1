"""Reading doccano JSONL: both span layouts, UTF-16 offsets, CRLF texts and bad lines."""

import json

import pytest

from spotit.interop import doccano
from spotit.interop.model import InputError, Span

# As doccano exports a sequence-labelling project (older "label" triples, newer
# "entities" objects), with the text's own line breaks and an emoji.
TEXT_1 = "Rocket 🚀 scientists stunned\r\nExperts say the launch failed."
TEXT_2 = "Tea cures diabetes, a leading doctor revealed. Tea cures everything."


def jsonl(tmp_path, *records, raw_lines=()):
    path = tmp_path / "project.jsonl"
    lines = [json.dumps(r, ensure_ascii=False) for r in records] + list(raw_lines)
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def spans(doc):
    return [(s.start, s.end, s.label, doc.text[s.start : s.end]) for s in doc.spans]


def test_label_triples_and_entities_are_both_read(tmp_path):
    start = TEXT_1.index("Experts say")
    path = jsonl(
        tmp_path,
        {"id": 7, "text": TEXT_1, "label": [[start, start + 11, "Vague source"]], "Comments": []},
        {
            "id": 8,
            "text": TEXT_2,
            "entities": [
                {"id": 1, "label": "Claim", "start_offset": 0, "end_offset": 18},
                {"id": 2, "label": "Authority", "start_offset": 20, "end_offset": 36},
            ],
            "relations": [],
        },
    )
    parsed = doccano.read([path])
    first, second = parsed.documents
    assert (first.key, first.where) == ("7", f"{path}:1")
    assert first.text == TEXT_1  # CRLF kept: doccano counted the "\r"
    assert spans(first) == [(start, start + 11, "Vague source", "Experts say")]
    assert spans(second) == [
        (0, 18, "Claim", "Tea cures diabetes"),
        (20, 36, "Authority", "a leading doctor"),
    ]
    assert parsed.unplaced == [] and parsed.notes == []


def test_overlapping_spans_survive(tmp_path):
    path = jsonl(
        tmp_path, {"text": TEXT_2, "label": [[0, 18, "Claim"], [4, 18, "Claim"], [0, 3, "X"]]}
    )
    doc = doccano.read([path]).documents[0]
    assert [(s.start, s.end, s.label) for s in doc.spans] == [
        (0, 18, "Claim"),
        (4, 18, "Claim"),
        (0, 3, "X"),
    ]
    assert doc.key == "line-1"


def test_utf16_offsets_are_converted_when_only_they_fit(tmp_path):
    # A JavaScript front end counted the emoji as two units: the last span ends one past
    # the text in code points.
    start = TEXT_1.index("launch failed.")
    u16 = [start + 1, start + 1 + 14]
    path = jsonl(tmp_path, {"text": TEXT_1, "label": [[0, 6, "A"], [*u16, "B"]]})
    parsed = doccano.read([path])
    assert spans(parsed.documents[0]) == [
        (0, 6, "A", "Rocket"),
        (start, start + 14, "B", "launch failed."),
    ]
    assert parsed.notes == [
        f"{path}:1: 1 span(s) counted in UTF-16 code units (as JavaScript and Java tools "
        "count); converted to code points"
    ]


def test_forcing_utf16_converts_spans_that_would_also_fit_as_code_points(tmp_path):
    start = TEXT_1.index("Experts")
    path = jsonl(tmp_path, {"text": TEXT_1, "label": [[start + 1, start + 8, "A"]]})
    assert spans(doccano.read([path], "utf-16").documents[0]) == [
        (start, start + 7, "A", "Experts")
    ]
    assert spans(doccano.read([path]).documents[0])[0][3] == "xperts "


def test_spans_that_fit_nowhere_are_reported_with_their_line(tmp_path):
    path = jsonl(
        tmp_path,
        {"text": TEXT_2, "label": [[0, 3, "Ok"]]},
        {
            "text": TEXT_2,
            "label": [[60, 900, "Far"], [5, 5, "Empty"], [0, 3, ""], "positive", [1, 2]],
        },
    )
    parsed = doccano.read([path])
    assert [str(u) for u in parsed.unplaced] == [
        f"{path}:2: not placed: label 5 is not a [start, end, label] triple (label '', text '[1, 2]')",
        f"{path}:2: not placed: span [60 900] is outside the text (0..{len(TEXT_2)}) "
        "(label 'Far', text 'rything.')",
        f"{path}:2: not placed: empty or reversed span [5, 5) (label 'Empty', text '')",
        f"{path}:2: not placed: missing or empty label (label '', text 'Tea')",
    ]
    assert parsed.notes == [
        f"{path}:2: labels of the whole text (text classification) are not passages and were "
        "not imported: 'positive'"
    ]


@pytest.mark.parametrize(
    "line, message",
    [
        ('{"text": "a", ', ":2: not valid JSON"),
        ('["text"]', ":2: expected a JSON object with a 'text' field"),
        ('{"label": []}', ":2: 'text' is missing or not text"),
        ('{"text": "a", "label": {"x": 1}}', ":2: 'label' must be a list"),
        ('{"text": "a", "entities": 3}', ":2: 'entities' must be a list"),
    ],
)
def test_a_broken_line_makes_the_file_unusable_naming_the_line(tmp_path, line, message):
    path = jsonl(tmp_path, {"text": "fine"}, raw_lines=[line])
    with pytest.raises(InputError, match=message):
        doccano.read([path])


def test_line_separator_inside_a_string_does_not_split_the_record(tmp_path):
    path = tmp_path / "p.jsonl"
    path.write_text('{"text": "one\u2028two", "label": [[4, 7, "L"]]}\n\n', encoding="utf-8")
    doc = doccano.read([path]).documents[0]
    assert doc.text == "one\u2028two" and spans(doc) == [(4, 7, "L", "two")]


def test_not_utf8_names_the_line(tmp_path):
    path = tmp_path / "p.jsonl"
    path.write_bytes(b'{"text": "ok"}\n{"text": "caf\xe9"}\n')
    with pytest.raises(InputError, match=r"p.jsonl:2: not UTF-8 text"):
        doccano.read([path])


def test_export_fields_come_back(tmp_path):
    doc_in = doccano.Document(
        "rocket",
        TEXT_1,
        [Span(0, 6, "sensational-headline", "Compare with the body.")],
        title="Rocket 🚀 scientists stunned",
        article={"id": "rocket", "headline": "Rocket 🚀 scientists stunned", "difficulty": 2},
    )
    out = tmp_path / "out.jsonl"
    doccano.write([doc_in], out)
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["label"] == [[0, 6, "sensational-headline"]]
    assert record["spotit"]["explanations"] == [
        [0, 6, "sensational-headline", "Compare with the body."]
    ]
    doc = doccano.read([out]).documents[0]
    assert doc.text == TEXT_1 and doc.title == "Rocket 🚀 scientists stunned"
    assert doc.article == {
        "id": "rocket",
        "headline": "Rocket 🚀 scientists stunned",
        "difficulty": 2,
    }
    assert [(s.start, s.end, s.label, s.note) for s in doc.spans] == [
        (0, 6, "sensational-headline", "Compare with the body.")
    ]


def test_repeated_spans_keep_their_own_explanations(tmp_path):
    spans = [Span(0, 3, "a", ""), Span(0, 3, "a", "second"), Span(4, 9, "a", "")]
    out = tmp_path / "out.jsonl"
    doccano.write([doccano.Document("d", TEXT_2, spans)], out)
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["spotit"] == {"explanations": [[0, 3, "a", ""], [0, 3, "a", "second"]]}
    back = doccano.read([out]).documents[0]
    assert [s.note for s in back.spans] == ["", "second", ""]
