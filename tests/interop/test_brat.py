"""Reading brat standoff: CRLF texts, discontinuous spans, notes, other annotation kinds."""

import pytest

from spotit.core.textpos import Utf16Map
from spotit.interop import brat
from spotit.interop.model import InputError, Span

# A Windows-made text: every line ends with CRLF, and brat counts the "\r".
TEXT = (
    "Japan was today struck by a quake.\r\n"
    "Officials, who asked not to be named, said the damage\r\n"
    "was 🚀 severe across the region.\r\n"
)


def at(quote: str) -> tuple[int, int]:
    start = TEXT.index(quote)
    return start, start + len(quote)


def write_doc(folder, name, text, ann_lines):
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{name}.txt").write_bytes(text.encode("utf-8"))
    (folder / f"{name}.ann").write_bytes("".join(f"{line}\n" for line in ann_lines).encode("utf-8"))
    return folder / f"{name}.ann"


def spans(doc):
    return [(s.label, doc.text[s.start : s.end], s.note) for s in doc.spans]


def test_text_bound_annotations_notes_and_line_crossing_pieces(tmp_path):
    japan, officials = at("Japan"), at("Officials")
    damage, severe = at("the damage"), at("was 🚀 severe")
    today, quake = at("today"), at("quake")
    ann = write_doc(
        tmp_path,
        "doc-1000",
        TEXT,
        [
            f"T1\tLocation {japan[0]} {japan[1]}\tJapan",
            f"T2\tVague-source {officials[0]} {officials[1]}\tOfficials",
            # Across the CRLF: one span stored as two pieces, as brat stores it.
            f"T3\tClaim {damage[0]} {damage[1]};{severe[0]} {severe[1]}\tthe damage was 🚀 severe",
            # Really discontinuous: two annotations.
            f"T4\tEvent {today[0]} {today[1]};{quake[0]} {quake[1]}\ttoday quake",
            "#1\tAnnotatorNotes T2\tWho are they?",
            "R1\tCause Arg1:T1 Arg2:T4",
            "A1\tNegated T4",
            "*\tEquiv T1 T2",
        ],
    )
    parsed = brat.read([ann])
    (doc,) = parsed.documents
    assert doc.text == TEXT and doc.key == "doc-1000"
    assert spans(doc) == [
        ("Location", "Japan", ""),
        ("Vague-source", "Officials", "Who are they?"),
        ("Claim", "the damage\r\nwas 🚀 severe", ""),
        ("Event", "today", ""),
        ("Event", "quake", ""),
    ]
    assert parsed.notes == [
        f"{ann}: no SpotIt equivalent, not imported: 1 attributes, 1 equivalences, 1 relations",
        f"{ann}:4: discontinuous annotation T4 split into 2 annotations",
    ]
    assert parsed.unplaced == []


def test_spans_that_do_not_fit_are_reported_with_their_line(tmp_path):
    ann = write_doc(
        tmp_path,
        "d",
        TEXT,
        [
            "T1\tLocation 0 5\tJapon",
            "T2\tLocation 0 5000\tJapan",
            "T3\tLocation zero five\tJapan",
            "T4\tLocation",
            "this is not brat",
        ],
    )
    parsed = brat.read([ann])
    assert [str(u) for u in parsed.unplaced] == [
        f"{ann}:4: not placed: not a brat annotation line (label '', text 'T4\\tLocation')",
        f"{ann}:5: not placed: not a brat annotation line (label '', text 'this is not brat')",
        f"{ann}:1: not placed: span [0 5] covers 'Japan', not the annotation's text "
        "(label 'Location', text 'Japon')",
        f"{ann}:2: not placed: span [0 5000] is outside the text (0..{len(TEXT)}) "
        "(label 'Location', text 'Japan')",
        f"{ann}:3: not placed: offsets 'zero five' are not 'START END[;START END...]' "
        "(label 'Location', text 'Japan')",
    ]


def test_offsets_from_a_java_tool_count_utf16_units(tmp_path):
    start, end = at("severe")
    m = Utf16Map(TEXT)
    ann = write_doc(
        tmp_path, "d", TEXT, [f"T1\tSeverity {m.to_utf16(start)} {m.to_utf16(end)}\tsevere"]
    )
    parsed = brat.read([ann])
    assert spans(parsed.documents[0]) == [("Severity", "severe", "")]
    assert "1 span(s) counted in UTF-16" in parsed.notes[0]


def test_byte_order_mark_is_a_character_brat_counts(tmp_path):
    ann = write_doc(tmp_path, "d", "\ufeffHello world", ["T1\tX 7 12\tworld"])
    doc = brat.read([ann]).documents[0]
    assert doc.text == "\ufeffHello world" and spans(doc) == [("X", "world", "")]


def test_a_folder_is_read_whole_and_a_text_without_annotations_is_a_document(tmp_path):
    write_doc(tmp_path / "col" / "sub", "b", "Bee text", ["T1\tX 0 3\tBee"])
    (tmp_path / "col" / "a.txt").write_text("Only text", encoding="utf-8")
    (tmp_path / "col" / "annotation.conf").write_text("[entities]\nX\n", encoding="utf-8")
    parsed = brat.read([tmp_path / "col"])
    assert [d.key for d in parsed.documents] == ["a", "b"]
    assert parsed.notes == [f"{tmp_path / 'col' / 'a.txt'}: no a.ann; imported without annotations"]


def test_unusable_inputs(tmp_path):
    (tmp_path / "lonely.ann").write_text("T1\tX 0 1\tx\n", encoding="utf-8")
    with pytest.raises(InputError, match="lonely.ann: no text file lonely.txt next to it"):
        brat.read([tmp_path / "lonely.ann"])
    with pytest.raises(InputError, match="lonely.ann: no text file lonely.txt"):
        brat.read([tmp_path])
    (tmp_path / "x.json").write_text("{}", encoding="utf-8")
    with pytest.raises(InputError, match="brat input is .ann/.txt files or folders"):
        brat.read([tmp_path / "x.json"])
    with pytest.raises(InputError, match="no such file or folder"):
        brat.read([tmp_path / "missing"])
    (tmp_path / "empty").mkdir()
    with pytest.raises(InputError, match="no brat documents"):
        brat.read([tmp_path / "empty"])
    bad = tmp_path / "latin"
    write_doc(bad, "d", "x", [])
    (bad / "d.txt").write_bytes(b"caf\xe9")
    with pytest.raises(InputError, match=r"d.txt:1: not UTF-8 text"):
        brat.read([bad])


def test_export_splits_spans_at_line_breaks_and_keeps_the_text_exact(tmp_path):
    damage = TEXT.index("the damage")
    severe_end = TEXT.index(" across")
    note = "Which damage?\nSay where."
    doc = brat.Document(
        "d1",
        TEXT,
        [Span(damage, severe_end, "claim", note), Span(0, 5, "place")],
        article={"id": "quake", "headline": "Quake"},
    )
    notes = brat.write([doc], tmp_path / "out")
    assert (tmp_path / "out" / "quake.txt").read_bytes() == TEXT.encode("utf-8")
    ann = (tmp_path / "out" / "quake.ann").read_text(encoding="utf-8").split("\n")
    cr = TEXT.index("\r", damage)
    assert ann[0] == f"T1\tclaim {damage} {cr};{cr + 2} {severe_end}\tthe damage was 🚀 severe"
    assert ann[1] == "#1\tAnnotatorNotes T1\tWhich damage? Say where."
    assert notes == [
        "quake: the explanation of annotation 1 was put on one line (brat notes are single lines)"
    ]
    conf = (tmp_path / "out" / "annotation.conf").read_text(encoding="utf-8")
    assert conf.startswith("[entities]\nclaim\nplace\n")
    back = brat.read([tmp_path / "out"]).documents[0]
    assert back.text == TEXT and back.article == {"id": "quake", "headline": "Quake"}
    assert [(s.start, s.end, s.label) for s in back.spans] == [
        (damage, severe_end, "claim"),
        (0, 5, "place"),
    ]


def test_export_says_what_brat_cannot_hold(tmp_path):
    text = "one\ntwo"
    doc = brat.Document("d", text, [Span(3, 4, "nl"), Span(0, 4, "edge")])
    notes = brat.write([doc], tmp_path / "out")
    assert notes == [
        "d: annotation 1 covers only line breaks; brat cannot hold it",
        "d: annotation 2 starts or ends with a line break, which brat cannot hold; written without it",
    ]


# A CRLF is two characters: converters write it as one space or as two.
@pytest.mark.parametrize(
    ("line_end", "shown_as"), [("\n", " "), ("\r", " "), ("\r\n", " "), ("\r\n", "  ")]
)
def test_a_text_field_showing_a_line_break_as_a_space_is_the_same_text(
    tmp_path, line_end, shown_as
):
    text = f"Officials said the damage{line_end}was 🚀 severe.{line_end}"
    start = text.index("the damage")
    end = text.index(" severe") + len(" severe")
    field = f"the damage{shown_as}was 🚀 severe"
    ann = write_doc(tmp_path, "d", text, [f"T1\tClaim {start} {end}\t{field}"])
    parsed = brat.read([ann])
    assert parsed.unplaced == []
    (doc,) = parsed.documents
    assert [(s.start, s.end) for s in doc.spans] == [(start, end)]


def test_a_text_field_that_differs_otherwise_is_still_not_placed(tmp_path):
    text = "Officials said the damage\nwas severe.\n"
    start, end = text.index("the damage"), text.index(" severe")
    ann = write_doc(tmp_path, "d", text, [f"T1\tClaim {start} {end}\tthe damage is"])
    (unplaced,) = brat.read([ann]).unplaced
    assert "not the annotation's text" in unplaced.reason
