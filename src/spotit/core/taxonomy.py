"""The red-flag categories learners tag their flags with.

A pack may replace or extend this default taxonomy (see docs/content-pack.md).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

CATEGORY_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
#: Pack and article ids follow the same rule as category ids.
ITEM_ID = CATEGORY_ID
COLOR = re.compile(r"^#[0-9a-fA-F]{6}$")


@dataclass(frozen=True)
class Category:
    """One kind of red flag, as the learner sees it."""

    id: str
    name: str
    description: str
    how_to_check: str
    color: str  # "#rrggbb"; never the only cue, the name and key are always shown too


DEFAULT_TAXONOMY: tuple[Category, ...] = (
    Category(
        "sensational-headline",
        "Sensational headline",
        "The headline shouts, shocks or promises more than any news could deliver.",
        "Read the body and ask which sentence actually proves the headline.",
        "#d1495b",
    ),
    Category(
        "unsourced-quote",
        "Unsourced quote",
        "Words in quotation marks with no named speaker, or a speaker no one could check.",
        "Ask who said it, where and when; search the exact words.",
        "#edae49",
    ),
    Category(
        "vague-source",
        "Vague or anonymous source",
        '"Experts", "sources", "an international conference yesterday": nothing you could look up.',
        "Look for a name, an institution, a place and a date you could verify.",
        "#00798c",
    ),
    Category(
        "wrong-fact",
        "Wrong name, title or fact",
        "A person's name, title or role, an institution or a basic fact is given wrongly.",
        "Check the person's real name and office on an official page.",
        "#30638e",
    ),
    Category(
        "loaded-language",
        "Loaded or emotional language",
        'Words chosen to stir feelings, including mind-reading ("the president is afraid").',
        "Ask how the writer could know what someone feels; strip the adjectives.",
        "#8f2d56",
    ),
    Category(
        "unsupported-claim",
        "Unsupported claim",
        "A strong claim, threat or prediction with no evidence given for it.",
        "Look for the evidence in the text itself; if there is none, read laterally.",
        "#6a4c93",
    ),
    Category(
        "misleading-number",
        "Misleading number or statistic",
        "A number that is wrong, cherry-picked or framed to mislead "
        "(percent vs percentage points, a chosen period).",
        "Ask: compared with what, over which period, and from which source?",
        "#1b998b",
    ),
    Category(
        "missing-context",
        "Missing or misleading date or context",
        "No date, an old event presented as new, or context left out that changes the meaning.",
        "Find when and where it happened, and what happened before and after.",
        "#c05621",
    ),
    Category(
        "headline-mismatch",
        "Headline–body mismatch",
        "The headline says something the body does not support or even contradicts.",
        "Compare the headline's claim with what the body actually reports.",
        "#4f772d",
    ),
    Category(
        "false-authority",
        "False authority",
        "An appeal to an expert who is unnamed, out of their field, or not really an expert.",
        "Check who the expert is and whether the topic is their field.",
        "#b5179e",
    ),
    Category(
        "logical-fallacy",
        "Logical fallacy",
        "Reasoning that does not hold: a false choice, a slippery slope, "
        "cause confused with coincidence.",
        "Restate the argument in one line and ask whether the conclusion follows.",
        "#5c677d",
    ),
    Category(
        "filler",
        "Filler that supports nothing",
        "Long generic background that sounds authoritative but proves nothing about the story.",
        "Ask what this paragraph tells you about this event that you could check.",
        "#7f5539",
    ),
)


def default_taxonomy() -> list[Category]:
    """A fresh list of the default categories, in their display order."""
    return list(DEFAULT_TAXONOMY)


def category_problem(category_id: object, color: object) -> tuple[str, str] | None:
    """The first thing wrong with a category's id or colour, as ``(field, message)``.

    The one check every reader of categories (pack sources, built packs, the
    classroom protocol, the editor) applies; each adds where the category came from.
    ``color`` may be empty where the caller fills in a default.
    """
    if not isinstance(category_id, str) or not CATEGORY_ID.match(category_id):
        shown = category_id[:40] if isinstance(category_id, str) else category_id
        return "id", f"id must be lower-case letters, digits and dashes, not {shown!r}"
    if not isinstance(color, str) or (color and not COLOR.match(color)):
        return "color", f"colour must look like #rrggbb, not {color!r}"
    return None
