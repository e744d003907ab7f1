"""Print SpotIt's accessibility tree as AT-SPI (and so Orca) sees it, one JSON object per
line: depth, role, name, description, states, and for text objects their text, caret
and selections. Run with the system Python that has pyatspi (Debian: python3-pyatspi).

    /usr/bin/python3 tools/atspi/dump_tree.py [--timeout SECONDS]
"""

from __future__ import annotations

import argparse
import json
import time

import pyatspi

parser = argparse.ArgumentParser()
parser.add_argument("--timeout", type=float, default=20)
options = parser.parse_args()


def spotit():
    for app in pyatspi.Registry.getDesktop(0):
        if app is not None and app.name == "SpotIt" and app.childCount:
            return app
    return None


deadline = time.monotonic() + options.timeout
app = spotit()
while app is None and time.monotonic() < deadline:
    time.sleep(0.3)
    app = spotit()
if app is None:
    raise SystemExit("no SpotIt application on the AT-SPI bus")


def describe(node, depth: int) -> dict:
    entry = {
        "depth": depth,
        "role": node.getRoleName(),
        "name": node.name,
        "description": node.description,
        "states": sorted(pyatspi.stateToString(s) for s in node.getState().getStates()),
    }
    try:
        text = node.queryText()
    except NotImplementedError:
        return entry
    entry["text"] = text.getText(0, min(text.characterCount, 400))
    entry["characters"] = text.characterCount
    entry["caret"] = text.caretOffset
    entry["selections"] = [list(text.getSelection(i)) for i in range(text.getNSelections())]
    return entry


def walk(node, depth: int = 0) -> None:
    if node is None or depth > 40:
        return
    print(json.dumps(describe(node, depth), ensure_ascii=False), flush=True)
    for i in range(node.childCount):
        walk(node.getChildAtIndex(i), depth + 1)


walk(app)
