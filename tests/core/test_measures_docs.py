"""The worked examples and the `spotit measures` sample in docs/measures.md agree with the code."""

import json
import re
from pathlib import Path

import pytest

from spotit.cli import main
from spotit.core.measures import Response, measures

DOC = Path(__file__).resolve().parents[2] / "docs" / "measures.md"
TEXT = DOC.read_text(encoding="utf-8")


def block(kind: str) -> list[str]:
    return re.findall(rf"^```{kind}\n(.*?)^```", TEXT, re.MULTILINE | re.DOTALL)


EXAMPLES = block("json measures-example")


def test_doc_has_the_worked_examples():
    assert len(EXAMPLES) >= 7


def agrees(got, expected) -> bool:
    if expected is None or isinstance(expected, str):
        return got == expected
    if isinstance(expected, int) and not isinstance(got, float):
        return got == expected and type(got) is int
    return got is not None and got == pytest.approx(expected, abs=5e-5)


@pytest.mark.parametrize("n", range(len(EXAMPLES)), ids=lambda n: f"example-{n + 1}")
def test_worked_example_matches_the_measures(n):
    example = json.loads(EXAMPLES[n])
    rs = [Response(f"m{i}", "misleading", x) for i, x in enumerate(example["misleading"])]
    rs += [Response(f"c{i}", "credible", x) for i, x in enumerate(example["credible"])]
    got = measures(rs).as_dict()
    assert set(example["expect"]) == set(got)
    wrong = {k: (got[k], v) for k, v in example["expect"].items() if not agrees(got[k], v)}
    assert not wrong, f"(code, doc) differ: {wrong}"


def test_the_doc_names_every_json_field_of_spotit_measures():
    (output,) = block("json measures-output")
    for record in json.loads(output):
        for key in record:
            assert f"`{key}`" in TEXT


def run_sample(tmp_path, capsys, *options):
    (csv_text,) = block("csv responses-example")
    path = tmp_path / "responses.csv"
    path.write_text(csv_text, encoding="utf-8")
    status = main(["measures", str(path), *options])
    out, err = capsys.readouterr()
    assert (status, err) == (0, "")
    return out


def test_the_sample_file_gives_the_json_shown(tmp_path, capsys):
    (output,) = block("json measures-output")
    got, shown = json.loads(run_sample(tmp_path, capsys, "--json")), json.loads(output)
    assert [list(g) for g in got] == [list(s) for s in shown]  # same keys, same order
    for g, s in zip(got, shown, strict=True):
        assert all(agrees(g[k], v) for k, v in s.items()), (g, s)


def test_the_sample_file_gives_the_table_shown(tmp_path, capsys):
    (table,) = block("text measures-table")
    assert run_sample(tmp_path, capsys).startswith(table)
