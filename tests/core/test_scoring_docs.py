"""The worked examples and the JSON description in docs/scoring.md agree with the code."""

import json
import re
from pathlib import Path

import pytest

from spotit.cli import report_json
from spotit.core import scoring
from spotit.core.model import Anchor, Annotation, Flag, PassageNote
from spotit.core.scoring import score

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


def _gold(item: dict) -> Annotation:
    """An answer-key item of an example, with its optional also / anchors / core."""
    core = item.get("core")
    return Annotation(
        item["start"],
        item["end"],
        item["category"],
        item.get("quote", ""),
        "(example)",
        also=tuple(item.get("also", ())),
        alternatives=tuple(
            Anchor(a["start"], a["end"], a["quote"]) for a in item.get("anchors", ())
        ),
        core=(core["start"], core["end"]) if core else None,
    )


@pytest.mark.parametrize("n", range(len(examples())), ids=lambda n: f"example-{n + 1}")
def test_worked_example_matches_the_scorer(n):
    example = json.loads(examples()[n])
    text, expect = example["text"], example["expect"]
    quoted = example["gold"] + example["flags"] + example.get("notes", [])
    quoted += [a for g in example["gold"] for a in g.get("anchors", ())]
    quoted += [g["core"] for g in example["gold"] if g.get("core")]
    for item in quoted:
        if "quote" in item:  # the offsets must be right for the text shown
            assert text[item["start"] : item["end"]] == item["quote"]
    gold = [_gold(g) for g in example["gold"]]
    flags = [Flag(f["start"], f["end"], f["category"]) for f in example["flags"]]
    notes = [
        PassageNote(x["start"], x["end"], x["quote"], x["text"]) for x in example.get("notes", [])
    ]
    report = score(text, gold, flags, notes, example.get("hints_used", 0))
    if "spotted_f1" in expect:
        assert report.spotted.f1 == pytest.approx(expect["spotted_f1"], abs=1e-4)
        assert report.named.f1 == pytest.approx(expect["named_f1"], abs=1e-4)
    assert report.score == expect["score"]
    assert [g.verdict.value for g in report.gold] == expect["gold_verdicts"]
    assert [f.verdict.value for f in report.flags] == expect["flag_verdicts"]
    if "spread" in expect:
        assert report.spread == pytest.approx(expect["spread"], abs=1e-4)
    if "summary" in expect:
        assert report.summary == expect["summary"]
    if "gold_notes" in expect:
        assert [g.note for g in report.gold] == expect["gold_notes"]
    if "flag_notes" in expect:
        assert [f.note for f in report.flags] == expect["flag_notes"]


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
    for name in (
        "HIT_OVERLAP",
        "CREDIBLE_FLAG_COST",
        "FOUND_WORD_SHARE",
        "SHORT_RED_FLAG_WORDS",
        "TOO_BROAD_WORDS",
        "TOO_BROAD_FACTOR",
        "TOO_BROAD_WRONG_CATEGORY_CREDIT",
        "NOT_A_RED_FLAG_COST",
        "CLOSE_FLAG_COST",
        "HINT_COST",
        "SPREAD_WEIGHT",
        "SPREAD_NOTED",
    ):
        assert f"{name} = {getattr(scoring, name)}" in doc, name
    for verdict, credit in scoring.CREDIT.items():
        assert f"| `{verdict}` | {credit} |" in doc, verdict


def test_doc_names_every_verdict():
    doc = DOC.read_text(encoding="utf-8")
    for verdict in [*scoring.GoldVerdict, *scoring.FlagVerdict]:
        assert f"`{verdict.value}`" in doc, verdict
