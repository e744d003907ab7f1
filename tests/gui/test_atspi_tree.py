"""The reader as a screen reader reads it: SpotIt on a virtual X screen with its AT-SPI
bridge on, and the tree read from outside the process with pyatspi, as Orca does
(tools/atspi/dump.sh; docs/accessibility.md)."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

from spotit.core.taxonomy import DEFAULT_TAXONOMY

ROOT = Path(__file__).resolve().parents[2]
DUMP = ROOT / "tools" / "atspi" / "dump.sh"


def tree(*options: str) -> list[dict]:
    """The app's accessibility tree, one dict per node, in document order."""
    done = subprocess.run(
        ["sh", str(DUMP), *options],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    return [json.loads(line) for line in done.stdout.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def flagging():
    return tree()


@pytest.fixture(scope="module")
def after_submit():
    return tree("--submit")


def named(nodes: list[dict], name: str) -> dict:
    found = [n for n in nodes if n["name"] == name]
    assert found, f"nothing named {name!r}"
    return found[0]


def test_the_article_text_caret_and_selection_are_exposed(flagging):
    article = named(flagging, "Article text")
    assert article["text"].startswith("Doctors Stunned: Grandmother's Mountain Tea")
    assert article["characters"] > 1000  # the whole article, not a summary of it
    assert article["caret"] == 25 and article["selections"] == [[10, 25]]
    assert {"focusable", "read only", "showing"} <= set(article["states"])
    assert "Ctrl+M" in article["description"]  # how to select without dragging


def test_each_flag_and_each_red_flag_button_is_read_with_its_name(flagging):
    cells = [n for n in flagging if n["role"] == "table cell"]
    flag = [c for c in cells if c["name"] == "Sensational headline"]
    assert flag and flag[0]["description"].startswith("Sensational headline: “Doctors")
    buttons = {n["name"] for n in flagging if n["role"] == "push button"}
    for category in DEFAULT_TAXONOMY:
        assert f"Flag as {category.name}" in buttons


def test_descriptions_are_plain_words_not_markup(flagging, after_submit):
    for node in flagging + after_submit:
        assert "<p" not in node["description"] and "&quot;" not in node["description"], node


def test_every_focusable_control_has_a_name(flagging):
    controls = {"push button", "check box", "combo box", "spin button", "text", "tree"}
    unnamed = [
        n
        for n in flagging
        if n["role"] in controls and "focusable" in n["states"] and "showing" in n["states"]
        if not n["name"].strip()
    ]
    assert not unnamed, unnamed


def test_the_verdicts_are_read_out_after_submitting(after_submit):
    verdicts = named(after_submit, "Red flags and your flags, with verdicts")
    assert verdicts["role"] == "tree"
    cells = [n for n in after_submit if n["role"] == "table cell"]
    # Each row says its verdict in words (not only by colour or symbol).
    assert any(c["name"] == "◐ Partly found" for c in cells)
    missed = [c for c in cells if c["name"] == "✗ Missed"]
    assert missed and missed[0]["description"].startswith("Missed, ")
