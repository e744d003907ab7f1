"""The worked examples and the JSON description in docs/scoring.md agree with the code."""

import json
import re
from pathlib import Path

import pytest

from spotit.cli import report_json
from spotit.core.model import Annotation, Flag
from spotit.core.scoring import CREDIBLE_FLAG_COST, FOUND_COVERAGE, HIT_OVERLAP, score

DOC = Path(__file__).resolve().parents[2] / "docs" / "scoring.md"
EXAMPLE = re.compile(r"^```json scoring-example\n(.*?)^```", re.MULTILINE | re.DOTALL)
SAMPLE_OUTPUT = re.compile(r"^```json\n(.*?)^```", re.MULTILINE | re.DOTALL)

# The article and flags behind the sample `spotit score --json` output in the doc.
SAMPLE_TEXT = "Sources say the miracle cure works for everyone, doctors confirm."
SAMPLE_GOLD = [Annotation(16, 47, "unsupported-claim", "miracle cure works for everyone", "x")]
SAMPLE_FLAGS = [Flag(15, 35, "loaded-language"), Flag(49, 64, "false-authority")]


def examples() -> list[str]:
    return EXAMPLE.findall(DOC.read_text(encoding="utf-8"))


def test_doc_has_at_least_three_worked_examples():
    assert len(examples()) >= 3


@pytest.mark.parametrize("n", range(len(examples())), ids=lambda n: f"example-{n + 1}")
def test_worked_example_matches_the_scorer(n):
    example = json.loads(examples()[n])
    text, expect = example["text"], example["expect"]
    for item in example["gold"] + example["flags"]:
        if "quote" in item:  # the offsets must be right for the text shown
            assert text[item["start"] : item["end"]] == item["quote"]
    gold = [Flag(g["start"], g["end"], g["category"]) for g in example["gold"]]
    flags = [Flag(f["start"], f["end"], f["category"]) for f in example["flags"]]
    report = score(text, gold, flags)
    assert report.spotted.f1 == pytest.approx(expect["spotted_f1"], abs=1e-4)
    assert report.named.f1 == pytest.approx(expect["named_f1"], abs=1e-4)
    assert report.score == expect["score"]
    assert [g.verdict.value for g in report.gold] == expect["gold_verdicts"]
    assert [f.verdict.value for f in report.flags] == expect["flag_verdicts"]
    if "summary" in expect:
        assert report.summary == expect["summary"]


def sample_report() -> dict:
    report = score(SAMPLE_TEXT, SAMPLE_GOLD, SAMPLE_FLAGS)
    return report_json(report, SAMPLE_GOLD, SAMPLE_TEXT)


def test_sample_json_output_is_what_the_command_prints():
    (sample,) = SAMPLE_OUTPUT.findall(DOC.read_text(encoding="utf-8"))
    assert json.loads(sample) == sample_report()


def test_doc_names_every_field_of_the_json_report():
    data = sample_report()
    assert {"annotation", "flag"} == {item["type"] for item in data["verdicts"]}
    keys = set(data) | set(data["spotted"]) | set(data["categories"][0])
    for item in data["verdicts"]:
        keys |= set(item)
    doc = DOC.read_text(encoding="utf-8")
    assert sorted(k for k in keys if f"`{k}`" not in doc) == []


def test_doc_states_the_thresholds_in_force():
    doc = DOC.read_text(encoding="utf-8")
    assert f"FOUND_COVERAGE = {FOUND_COVERAGE}" in doc
    assert f"HIT_OVERLAP = {HIT_OVERLAP}" in doc
    assert f"CREDIBLE_FLAG_COST = {CREDIBLE_FLAG_COST}" in doc
