"""docs/xapi.md is the profile: each example is exactly what the builders make from the call
shown above it, and is a valid statement.

The doc's ```python blocks are read with ``ast`` (never ``eval``): assignments and calls of
``spotit.core.xapi``'s public functions with literal arguments, run in order in one
namespace. A block that ends in a call is followed by a ```json block with its value.
"""

from __future__ import annotations

import ast
import json
import re
from pathlib import Path

import pytest

from spotit.core import xapi

DOC = Path(__file__).resolve().parents[2] / "docs" / "xapi.md"
BUILDERS = (
    "attempted_statement",
    "completed_practice_statement",
    "answered_item_statement",
    "completed_check_statement",
    "joined_class_statement",
    "submitted_class_statement",
)
CALLABLE = {name: getattr(xapi, name) for name in (*BUILDERS, "LrsSettings", "actor_for_learner", "actor_for_participant")}  # fmt: skip
FENCE = re.compile(r"^```(\w+)\n(.*?)^```$", re.M | re.S)


def _value(node: ast.expr, names: dict):
    if isinstance(node, ast.Name):
        return names[node.id]
    if isinstance(node, ast.Call):
        assert isinstance(node.func, ast.Name) and node.func.id in CALLABLE, ast.unparse(node)
        args = [_value(a, names) for a in node.args]
        kwargs = {k.arg: _value(k.value, names) for k in node.keywords}
        return CALLABLE[node.func.id](*args, **kwargs)
    return ast.literal_eval(node)


def examples() -> list[tuple[str, str, object, dict]]:
    """(heading, the call's source, its value, the JSON shown) for every example."""
    text = DOC.read_text(encoding="utf-8")
    names: dict = {}
    found = []
    blocks = list(FENCE.finditer(text))
    for n, block in enumerate(blocks):
        if block.group(1) != "python":
            continue
        value = None
        tree = ast.parse(block.group(2))
        for statement in tree.body:
            if isinstance(statement, ast.Assign):
                (target,) = statement.targets
                assert isinstance(target, ast.Name)
                names[target.id] = _value(statement.value, names)
                value = None
            else:
                assert isinstance(statement, ast.Expr), ast.unparse(statement)
                value = _value(statement.value, names)
        if value is None:
            continue
        shown = blocks[n + 1]
        assert shown.group(1) == "json", f"no JSON after {block.group(2)[:60]!r}"
        headings = re.findall(r"^#+ (.*)$", text[: block.start()], re.M)
        found.append((headings[-1], block.group(2), value, json.loads(shown.group(2))))
    return found


EXAMPLES = examples()


@pytest.mark.parametrize(
    ("heading", "call", "built", "shown"), EXAMPLES, ids=[e[1].split("(")[0] for e in EXAMPLES]
)
def test_each_example_is_what_the_builder_makes(heading, call, built, shown):
    assert built == shown
    # The JSON in the doc is the statement as it travels: a round trip changes nothing.
    assert json.loads(json.dumps(built)) == built


@pytest.mark.parametrize(
    ("heading", "call", "built", "shown"),
    [e for e in EXAMPLES if "statement" in e[1].split("(")[0]],
)
def test_each_example_statement_is_valid(heading, call, built, shown):
    assert xapi.validate_statement(shown) is None


def test_every_statement_has_its_own_section_with_an_example():
    headings = {e[0] for e in EXAMPLES}
    for builder in BUILDERS:
        assert f"`{builder}`" in headings, builder
        (example,) = [e for e in EXAMPLES if e[0] == f"`{builder}`"]
        assert example[1].lstrip().startswith(builder + "(")


def test_the_doc_lists_every_verb_activity_type_and_extension_the_examples_use():
    text = DOC.read_text(encoding="utf-8")
    used: set[str] = set()

    def walk(value, key=""):
        if isinstance(value, dict):
            for k, v in value.items():
                if str(k).startswith("urn:spotit:extension:"):
                    used.add(re.sub(r"measure:.*", "measure:<name>", k))
                walk(v, k)
        elif isinstance(value, list):
            for v in value:
                walk(v, key)
        elif key in ("type",) or (key == "id" and str(value).startswith("http")):
            used.add(value)

    for example in EXAMPLES:
        walk(example[3])
    assert used  # the walk found the vocabulary
    for iri in used:
        assert f"`{iri}`" in text, iri
