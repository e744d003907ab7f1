"""`spotit measures RESPONSES.csv [--json]`: shapes, and every bad input in one line."""

import json
import os

import pytest
from tests.cli.test_cli import run

HEADER = "participant,arm,wave,form,item,truth,rating,rt_ms,timestamp"
ROWS = [
    "p01,practice,pre,A,a1,misleading,2,4210,2026-11-02T09:14:03+00:00",
    "p01,practice,pre,A,a2,misleading,4,3980,2026-11-02T09:14:09+00:00",
    "p01,practice,pre,A,a3,credible,5,5120,2026-11-02T09:14:15+00:00",
    "p02,control,pre,B,b1,misleading,1,,",
    "p01,practice,pre,A,a4,credible,3,2875,2026-11-02T09:14:20+00:00",
    "p02,control,pre,B,b2,credible,6,1200,2026-11-02T10:00:00Z",
    "p01,practice,post,B,b1,misleading,3,3300,2026-11-09T09:41:37+00:00",
    "p01,practice,post,B,b2,credible,4,2950,2026-11-09T09:41:42+00:00",
]
KEYS = [
    "participant",
    "arm",
    "wave",
    "form",
    "n_misleading",
    "n_credible",
    "hit_rate",
    "false_alarm_rate",
    "d_prime",
    "c",
    "auc",
    "r",
    "f",
    "V",
    "d",
    "n",
]


def write(tmp_path, lines, name="responses.csv", newline="\n", prefix=""):
    path = tmp_path / name
    path.write_bytes((prefix + newline.join(lines) + newline).encode("utf-8"))
    return path


def as_json(capsys, path):
    status, out, err = run(capsys, "measures", path, "--json")
    assert (status, err) == (0, "")
    return json.loads(out)


def test_json_gives_one_record_per_participant_and_wave_in_file_order(capsys, tmp_path):
    data = as_json(capsys, write(tmp_path, [HEADER, *ROWS]))
    assert [(x["participant"], x["wave"], x["arm"], x["form"]) for x in data] == [
        ("p01", "pre", "practice", "A"),
        ("p02", "pre", "control", "B"),
        ("p01", "post", "practice", "B"),
    ]
    assert all(list(x) == KEYS for x in data)
    pre = data[0]
    assert (pre["n_misleading"], pre["n_credible"]) == (2, 2)
    assert (pre["hit_rate"], pre["false_alarm_rate"], pre["auc"]) == (0.5, 0.5, 0.75)
    assert (pre["r"], pre["f"], pre["V"], pre["d"], pre["n"]) == (1, 1, 2, 0, 0)
    assert data[1]["auc"] == 1.0 and data[1]["d_prime"] > 0


def test_json_gives_null_where_a_measure_cannot_be_computed(capsys, tmp_path):
    rows = [HEADER, "p01,,pre,,x1,misleading,2,,", "p01,,pre,,x2,misleading,5,,"]
    (record,) = as_json(capsys, write(tmp_path, rows))
    assert record["hit_rate"] == 0.5
    assert [record[k] for k in ("false_alarm_rate", "d_prime", "c", "auc")] == [None] * 4
    assert (record["arm"], record["form"], record["n_credible"], record["n"]) == ("", "", 0, 1)


def test_bom_crlf_extra_columns_and_blank_lines_change_nothing(capsys, tmp_path):
    plain = as_json(capsys, write(tmp_path, [HEADER, *ROWS]))
    with_extra = [HEADER + ",session,notes"] + [row + ',7,"a, quoted ""note"""' for row in ROWS]
    odd = write(tmp_path, [*with_extra, ""], "odd.csv", newline="\r\n", prefix="\ufeff")
    assert as_json(capsys, odd) == plain


def test_the_table_shows_each_participant_and_wave(capsys, tmp_path):
    rows = [HEADER, *ROWS, "p03,,pre,,z1,credible,4,,"]
    status, out, err = run(capsys, "measures", write(tmp_path, rows))
    assert (status, err) == (0, "")
    lines = out.splitlines()
    assert lines[0].split() == ["participant", "arm", "wave", "form", "mis", "cred", "H", "F"] + [
        "d'",
        "c",
        "AUC",
        "r",
        "f",
        "V",
        "d",
        "n",
    ]
    assert (
        lines[1].split() == "p01 practice pre A 2 2 0.500 0.500 0.000 0.000 0.750 1 1 2 0 0".split()
    )
    assert lines[2].split()[:4] == ["p02", "control", "pre", "B"]
    assert lines[4].split() == "p03 - pre - 0 1 - 0.250 - - - 1 0 1 0 0".split()
    assert "more sceptical" in lines[-1]


def test_a_file_with_only_the_header_has_no_responses(capsys, tmp_path):
    path = write(tmp_path, [HEADER])
    assert as_json(capsys, path) == []
    status, out, _ = run(capsys, "measures", path)
    assert (status, out) == (0, f"{path}: no responses.\n")


def bad(line: int, column: str, problem: str) -> str:
    return f"responses.csv:{line}: column {column}: {problem}"


ROW = "p01,practice,pre,A,a1,misleading,2,4210,2026-11-02T09:14:03+00:00"


@pytest.mark.parametrize(
    "lines, expected",
    [
        (["participant,arm,wave,form,item,truth,rating"], "responses.csv:1: the header must begin"),
        ([HEADER.replace("wave,form", "form,wave")], "responses.csv:1: the header must begin"),
        ([HEADER, "p01,practice,pre,A,a1,misleading,2,4210"], "responses.csv:2: 8 columns, but"),
        ([HEADER, ROW.replace("p01", "", 1)], bad(2, "participant", "empty")),
        ([HEADER, ROW.replace(",pre,", ",,")], bad(2, "wave", "empty")),
        ([HEADER, ROW.replace("misleading", "fake")], bad(2, "truth", "must be credible or")),
        ([HEADER, ROW.replace(",2,", ",7,")], bad(2, "rating", "must be a whole number from 1")),
        ([HEADER, ROW.replace(",2,", ",0,")], bad(2, "rating", "must be a whole number from 1")),
        ([HEADER, ROW.replace(",2,", ",2.0,")], bad(2, "rating", "must be a whole number from 1")),
        ([HEADER, ROW.replace(",2,", ",,")], bad(2, "rating", "empty")),
        ([HEADER, ROW.replace(",2,", ", 2,")], bad(2, "rating", "has spaces at the start")),
        ([HEADER, ROW.replace("4210", "-5")], bad(2, "rt_ms", "must be a whole number of milli")),
        ([HEADER, ROW.replace("4210", "4.2s")], bad(2, "rt_ms", "must be a whole number of milli")),
        ([HEADER, ROW.replace("4210", "90000000")], bad(2, "rt_ms", "90000000 is more than a day")),
        ([HEADER, ROW.replace("2026-11-02T09:14:03+00:00", "yesterday")], bad(2, "timestamp", "")),
        ([HEADER, ROW.replace("a1", "a\x07")], bad(2, "item", "contains a control")),
        ([HEADER, ROW.replace("a1", "a\u202e1")], bad(2, "item", "contains a control")),
        ([HEADER, ROW.replace("p01", "p" * 201)], bad(2, "participant", "longer than 200")),
        ([HEADER, ROW, ROW], bad(3, "item", "participant 'p01' already answered 'a1' in wave")),
        ([HEADER, ROW, ROW.replace(",A,a1", ",B,a2")], bad(3, "form", "'B', but participant")),
        ([HEADER, ROW, ROW.replace("practice", "control").replace("a1", "a2")], bad(3, "arm", "")),
        (
            [HEADER, ROW, ROW.replace("p01", "p02").replace("misleading", "credible")],
            bad(3, "truth", "'credible', but item 'a1' of form 'A' is 'misleading' on line 2"),
        ),
        ([HEADER, ROW, 'p01,practice,pre,A,"a2'], "responses.csv:3: not valid CSV"),
        (["", HEADER, "", 'p01,x,pre,A,"a\n2",credible,4,,'], bad(4, "item", "contains a control")),
        ([HEADER + ",x" * 100], "responses.csv:1: more than 100 columns"),
    ],
)
def test_every_bad_row_is_one_line_naming_file_line_and_column(capsys, tmp_path, lines, expected):
    path = write(tmp_path, lines)
    for options in ([], ["--json"]):
        status, out, err = run(capsys, "measures", path, *options)
        assert (status, out) == (2, "")
        assert err.startswith(f"spotit: error: {tmp_path}{os.sep}{expected}"), err
        assert err.count("\n") == 1 and "Traceback" not in err


def test_a_file_that_is_not_utf8_is_named_with_its_line(capsys, tmp_path):
    path = tmp_path / "responses.csv"
    path.write_bytes(
        f"{HEADER}\n{ROW}\np01,practice,pre,A,\xe9t\xe9,credible,4,,\n".encode("latin-1")
    )
    status, _, err = run(capsys, "measures", path)
    assert (status, err) == (2, f"spotit: error: {path}:3: not UTF-8 text\n")


@pytest.mark.parametrize(
    "make, problem",
    [
        (lambda p: p, "no such file"),
        (lambda p: (p.mkdir(), p)[1], "a folder, not a file"),
        (lambda p: (p.write_bytes(b""), p)[1], "empty; expected the header"),
    ],
    ids=["missing", "folder", "empty"],
)
def test_a_file_that_cannot_be_used_is_one_line(capsys, tmp_path, make, problem):
    path = make(tmp_path / "responses.csv")
    status, out, err = run(capsys, "measures", path)
    assert (status, out) == (2, "")
    assert err.startswith(f"spotit: error: {path}: {problem}") and err.count("\n") == 1


def test_a_symbolic_link_is_not_followed(capsys, tmp_path):
    target = write(tmp_path, [HEADER, ROW], "real.csv")
    link = tmp_path / "responses.csv"
    link.symlink_to(target)
    status, _, err = run(capsys, "measures", link)
    assert status == 2 and "a symbolic link" in err and err.count("\n") == 1


def test_size_limits(capsys, tmp_path, monkeypatch):
    import spotit.interop.model
    import spotit.interop.responses

    path = write(tmp_path, [HEADER, ROW, ROW.replace("a1", "a2"), ROW.replace("a1", "a3")])
    monkeypatch.setattr(spotit.interop.responses, "MAX_ROWS", 2)
    status, _, err = run(capsys, "measures", path)
    assert (status, err) == (2, f"spotit: error: {path}:4: more than 2 responses in one file\n")
    monkeypatch.setattr(spotit.interop.model, "MAX_INPUT_BYTES", 100)
    status, _, err = run(capsys, "measures", path)
    assert status == 2 and err.startswith(f"spotit: error: {path}: larger than")
