"""Reading W3C Web Annotations: selectors, bodies, collections and where the text comes from."""

import json
import re

import pytest

from spotit.core.anchoring import context
from spotit.interop import w3c
from spotit.interop.model import InputError, Span

SOURCE = "http://example.org/news/rocket?page=1"
TEXT = "Experts say 🚀 rockets fail. Experts say nothing else.\nOfficials deny it."


def quote_selector(exact, prefix="", suffix=""):
    return {"type": "TextQuoteSelector", "exact": exact, "prefix": prefix, "suffix": suffix}


def annotation(selectors, bodies, n=1, **extra):
    """An annotation in the W3C model's JSON-LD serialisation."""
    return {
        "@context": "http://www.w3.org/ns/anno.jsonld",
        "id": f"http://example.org/anno{n}",
        "type": "Annotation",
        "body": bodies,
        "target": {"source": SOURCE, "selector": selectors},
        **extra,
    }


def tag(value):
    return {"type": "TextualBody", "purpose": "tagging", "value": value}


def write(tmp_path, data, name="annotations.jsonld"):
    path = tmp_path / name
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def text_file(tmp_path, text=TEXT):
    path = tmp_path / "rocket.txt"
    path.write_bytes(text.encode("utf-8"))
    return path


def spans(doc):
    return [(doc.text[s.start : s.end], s.start, s.label, s.note) for s in doc.spans]


def test_quote_and_position_selectors_with_tag_and_comment(tmp_path):
    start = TEXT.index("Officials deny")
    item = annotation(
        [
            quote_selector("Officials deny", "else.\n", " it."),
            {"type": "TextPositionSelector", "start": start, "end": start + 14},
        ],
        [
            tag("Vague source"),
            {"type": "TextualBody", "purpose": "commenting", "value": "Which officials?"},
        ],
    )
    path = write(tmp_path, item)
    parsed = w3c.read([path], texts={SOURCE: text_file(tmp_path)})
    (doc,) = parsed.documents
    assert doc.key == "1" and doc.text == TEXT  # the IRI's last part names the document
    assert spans(doc) == [("Officials deny", start, "Vague source", "Which officials?")]
    assert parsed.unplaced == [] and parsed.notes == []


def test_prefix_and_suffix_choose_between_repeated_quotes(tmp_path):
    second = TEXT.index("Experts say", 1)
    items = [
        annotation([quote_selector("Experts say", "fail. ", " nothing")], [tag("A")], 1),
        annotation([quote_selector("Experts say", "", " 🚀")], [tag("B")], 2),
        annotation([quote_selector("Experts say")], [tag("C")], 3),
        annotation([quote_selector("Martians say")], [tag("D")], 4),
    ]
    path = write(tmp_path, items)
    parsed = w3c.read([path], default_text=text_file(tmp_path))
    assert spans(parsed.documents[0]) == [
        ("Experts say", second, "A", ""),
        ("Experts say", 0, "B", ""),
    ]
    assert [u.reason for u in parsed.unplaced] == [
        "the quote appears 2 times and its prefix/suffix do not tell them apart",
        f"quote not found in the text of {SOURCE}",
    ]
    assert parsed.unplaced[0].where == f"{path}: annotation 3 (http://example.org/anno3)"


def test_hypothesis_style_utf16_positions_are_converted(tmp_path):
    start = TEXT.index("rockets fail")
    item = annotation(
        [
            {"type": "TextPositionSelector", "start": start + 1, "end": start + 13},
            quote_selector("rockets fail"),
        ],
        [tag("Claim")],
    )
    parsed = w3c.read([write(tmp_path, item)], texts={SOURCE: text_file(tmp_path)})
    assert spans(parsed.documents[0]) == [("rockets fail", start, "Claim", "")]
    assert "1 span(s) counted in UTF-16" in parsed.notes[0]


def test_a_position_that_misses_its_quote_falls_back_to_the_quote(tmp_path):
    start = TEXT.index("Officials")
    item = annotation(
        [{"type": "TextPositionSelector", "start": 0, "end": 9}, quote_selector("Officials")],
        [tag("X")],
    )
    parsed = w3c.read([write(tmp_path, item)], default_text=text_file(tmp_path))
    assert spans(parsed.documents[0]) == [("Officials", start, "X", "")]
    assert parsed.notes == [
        f"{tmp_path / 'annotations.jsonld'}: annotation 1 (http://example.org/anno1): span [0 9] "
        "covers 'Experts s', not the annotation's text; placed by its quote instead"
    ]


def test_motivation_gives_purpose_and_body_value_is_a_comment(tmp_path):
    item = annotation([quote_selector("Officials")], [{"type": "TextualBody", "value": "Vague"}])
    item["motivation"] = "tagging"
    item["bodyValue"] = "Names nobody."
    doc = w3c.read([write(tmp_path, item)], default_text=text_file(tmp_path)).documents[0]
    assert [(s.label, s.note) for s in doc.spans] == [("Vague", "Names nobody.")]


def test_annotations_that_cannot_be_placed(tmp_path):
    items = [
        annotation(
            [quote_selector("Officials")],
            [{"type": "TextualBody", "purpose": "commenting", "value": "x"}],
            1,
        ),
        annotation([], [tag("X")], 2),
        {"type": "Annotation", "body": [tag("X")], "target": SOURCE},
        annotation([quote_selector("")], [tag("X")], 4),
        "not an annotation",
    ]
    path = write(tmp_path, items)
    parsed = w3c.read([path], default_text=text_file(tmp_path))
    assert [u.reason for u in parsed.unplaced] == [
        "no tagging body (the label)",
        "no TextQuoteSelector or TextPositionSelector (the whole document?)",
        "no TextQuoteSelector or TextPositionSelector (the whole document?)",
        "the TextQuoteSelector has no 'exact' text",
        "not an annotation object",
    ]


def test_collection_with_embedded_texts_as_spotit_exports_it(tmp_path):
    doc = w3c.Document(
        "rocket",
        TEXT,
        [Span(0, 11, "vague-source", "Who?")],
        title="Experts say",
        article={"id": "rocket", "headline": "Experts say", "kind": "misinformation"},
    )
    out = tmp_path / "pack.jsonld"
    w3c.write([doc], out, collection="demo")
    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["type"] == "AnnotationCollection" and data["total"] == 1
    assert data["@context"][0] == "http://www.w3.org/ns/anno.jsonld"
    item = data["first"]["items"][0]
    prefix, suffix = context(TEXT, 0, 11)
    assert item["target"] == {
        "source": "urn:spotit:demo:rocket",
        "selector": [
            {
                "type": "TextQuoteSelector",
                "exact": "Experts say",
                "prefix": prefix,
                "suffix": suffix,
            },
            {"type": "TextPositionSelector", "start": 0, "end": 11},
        ],
    }
    back = w3c.read([out])
    (read_doc,) = back.documents
    assert read_doc.article == doc.article and read_doc.key == "rocket"
    assert spans(read_doc) == [("Experts say", 0, "vague-source", "Who?")]


def test_text_given_on_the_command_line_wins_over_an_embedded_one(tmp_path):
    data = {
        "type": "AnnotationCollection",
        "spotit:documents": [{"source": SOURCE, "text": "other text"}],
        "first": {
            "type": "AnnotationPage",
            "items": [annotation([quote_selector("Officials")], [tag("X")])],
        },
    }
    parsed = w3c.read([write(tmp_path, data)], texts={SOURCE: text_file(tmp_path)})
    assert parsed.documents[0].text == TEXT and len(parsed.documents[0].spans) == 1


def test_pages_chained_with_next_are_all_read(tmp_path):
    page2 = {
        "type": "AnnotationPage",
        "items": [annotation([quote_selector("Officials")], [tag("B")], 2)],
    }
    page1 = {
        "type": "AnnotationPage",
        "items": [annotation([quote_selector("rockets")], [tag("A")], 1)],
        "next": page2,
    }
    parsed = w3c.read(
        [write(tmp_path, {"type": "AnnotationCollection", "first": page1})],
        default_text=text_file(tmp_path),
    )
    assert [s.label for s in parsed.documents[0].spans] == ["A", "B"]


@pytest.mark.parametrize(
    "data, message",
    [
        (42, "expected a Web Annotation"),
        ({"type": "Thing"}, "expected a Web Annotation"),
        (
            {"type": "AnnotationCollection", "first": "http://example.org/page1"},
            "links to its pages",
        ),
        ({"type": "AnnotationPage", "items": 3}, "must be an object with an 'items' list"),
        (
            {"type": "AnnotationCollection", "spotit:documents": [{"source": 1}], "items": []},
            "needs 'source' and 'text'",
        ),
    ],
)
def test_unusable_files(tmp_path, data, message):
    with pytest.raises(InputError, match=message):
        w3c.read([write(tmp_path, data)])


def test_a_source_without_text_is_unusable_and_says_how_to_give_it(tmp_path):
    path = write(tmp_path, annotation([quote_selector("Officials")], [tag("X")]))
    source = re.escape(SOURCE)
    with pytest.raises(
        InputError,
        match=rf"annotation 1 .*: no text for source '{source}': give it with --text '{source}=FILE'",
    ):
        w3c.read([path])


def test_a_lone_text_file_needs_exactly_one_source_without_text(tmp_path):
    other = annotation([quote_selector("x")], [tag("X")], 2)
    other["target"]["source"] = "http://example.org/other"
    path = write(tmp_path, [annotation([quote_selector("Officials")], [tag("X")]), other])
    with pytest.raises(
        InputError, match="give it as --text SOURCE=FILE, the annotations name 2 sources"
    ):
        w3c.read([path], default_text=text_file(tmp_path))


def test_a_text_for_a_source_no_annotation_names_is_noted(tmp_path):
    path = write(tmp_path, annotation([quote_selector("Officials")], [tag("X")]))
    spare = tmp_path / "spare.txt"
    spare.write_text("Nothing to see.", encoding="utf-8")
    parsed = w3c.read([path], texts={SOURCE: text_file(tmp_path), "urn:typo": spare})
    assert parsed.notes == [
        "--text urn:typo=...: no annotation names this source; imported without annotations"
    ]
    assert [d.text for d in parsed.documents] == [TEXT, "Nothing to see."]


def test_a_missing_text_file_is_named(tmp_path):
    path = write(tmp_path, annotation([quote_selector("Officials")], [tag("X")]))
    with pytest.raises(InputError, match="nowhere.txt: no such file"):
        w3c.read([path], texts={SOURCE: tmp_path / "nowhere.txt"})
