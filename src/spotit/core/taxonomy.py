"""The red-flag categories learners tag their flags with.

A pack may replace or extend this default taxonomy (see docs/content-pack.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from spotit.core.i18n import QT_TRANSLATE_NOOP, translate

CATEGORY_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,63}$")
# Pack and article ids follow the same rule as category ids.
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
        QT_TRANSLATE_NOOP("Taxonomy", "Sensational headline"),
        QT_TRANSLATE_NOOP(
            "Taxonomy", "The headline shouts, shocks or promises more than any news could deliver."
        ),
        QT_TRANSLATE_NOOP(
            "Taxonomy", "Read the body and ask which sentence actually proves the headline."
        ),
        "#d1495b",
    ),
    Category(
        "unsourced-quote",
        QT_TRANSLATE_NOOP("Taxonomy", "Unsourced quote"),
        QT_TRANSLATE_NOOP(
            "Taxonomy",
            "Words in quotation marks with no named speaker, or a speaker no one could check.",
        ),
        QT_TRANSLATE_NOOP("Taxonomy", "Ask who said it, where and when; search the exact words."),
        "#edae49",
    ),
    Category(
        "vague-source",
        QT_TRANSLATE_NOOP("Taxonomy", "Vague or anonymous source"),
        QT_TRANSLATE_NOOP(
            "Taxonomy",
            '"Experts", "sources", "an international conference yesterday": nothing you could look up.',
        ),
        QT_TRANSLATE_NOOP(
            "Taxonomy", "Look for a name, an institution, a place and a date you could verify."
        ),
        "#00798c",
    ),
    Category(
        "wrong-fact",
        QT_TRANSLATE_NOOP("Taxonomy", "Wrong name, title or fact"),
        QT_TRANSLATE_NOOP(
            "Taxonomy",
            "A person's name, title or role, an institution or a basic fact is given wrongly.",
        ),
        QT_TRANSLATE_NOOP(
            "Taxonomy", "Check the person's real name and office on an official page."
        ),
        "#30638e",
    ),
    Category(
        "loaded-language",
        QT_TRANSLATE_NOOP("Taxonomy", "Loaded or emotional language"),
        QT_TRANSLATE_NOOP(
            "Taxonomy",
            'Words chosen to stir feelings, including mind-reading ("the president is afraid").',
        ),
        QT_TRANSLATE_NOOP(
            "Taxonomy", "Ask how the writer could know what someone feels; strip the adjectives."
        ),
        "#8f2d56",
    ),
    Category(
        "unsupported-claim",
        QT_TRANSLATE_NOOP("Taxonomy", "Unsupported claim"),
        QT_TRANSLATE_NOOP(
            "Taxonomy", "A strong claim, threat or prediction with no evidence given for it."
        ),
        QT_TRANSLATE_NOOP(
            "Taxonomy",
            "Look for the evidence in the text itself; if there is none, read laterally.",
        ),
        "#6a4c93",
    ),
    Category(
        "misleading-number",
        QT_TRANSLATE_NOOP("Taxonomy", "Misleading number or statistic"),
        QT_TRANSLATE_NOOP(
            "Taxonomy",
            "A number that is wrong, cherry-picked or framed to mislead "
            "(percent vs percentage points, a chosen period).",
        ),
        QT_TRANSLATE_NOOP(
            "Taxonomy", "Ask: compared with what, over which period, and from which source?"
        ),
        "#1b998b",
    ),
    Category(
        "missing-context",
        QT_TRANSLATE_NOOP("Taxonomy", "Missing or misleading date or context"),
        QT_TRANSLATE_NOOP(
            "Taxonomy",
            "No date, an old event presented as new, or context left out that changes the meaning.",
        ),
        QT_TRANSLATE_NOOP(
            "Taxonomy", "Find when and where it happened, and what happened before and after."
        ),
        "#c05621",
    ),
    Category(
        "headline-mismatch",
        QT_TRANSLATE_NOOP("Taxonomy", "Headline–body mismatch"),
        QT_TRANSLATE_NOOP(
            "Taxonomy", "The headline says something the body does not support or even contradicts."
        ),
        QT_TRANSLATE_NOOP(
            "Taxonomy", "Compare the headline's claim with what the body actually reports."
        ),
        "#4f772d",
    ),
    Category(
        "false-authority",
        QT_TRANSLATE_NOOP("Taxonomy", "False authority"),
        QT_TRANSLATE_NOOP(
            "Taxonomy",
            "An appeal to an expert who is unnamed, out of their field, or not really an expert.",
        ),
        QT_TRANSLATE_NOOP(
            "Taxonomy", "Check who the expert is and whether the topic is their field."
        ),
        "#b5179e",
    ),
    Category(
        "logical-fallacy",
        QT_TRANSLATE_NOOP("Taxonomy", "Logical fallacy"),
        QT_TRANSLATE_NOOP(
            "Taxonomy",
            "Reasoning that does not hold: a false choice, a slippery slope, "
            "cause confused with coincidence.",
        ),
        QT_TRANSLATE_NOOP(
            "Taxonomy", "Restate the argument in one line and ask whether the conclusion follows."
        ),
        "#5c677d",
    ),
    Category(
        "filler",
        QT_TRANSLATE_NOOP("Taxonomy", "Filler that supports nothing"),
        QT_TRANSLATE_NOOP(
            "Taxonomy",
            "Long generic background that sounds authoritative but proves nothing about the story.",
        ),
        QT_TRANSLATE_NOOP(
            "Taxonomy", "Ask what this paragraph tells you about this event that you could check."
        ),
        "#7f5539",
    ),
)


def default_taxonomy() -> list[Category]:
    """A fresh list of the default categories, in their display order."""
    return list(DEFAULT_TAXONOMY)


_DEFAULTS = {c.id: c for c in DEFAULT_TAXONOMY}


def shown_categories(categories: Iterable[Category]) -> list[Category]:
    """``categories`` as the learner reads them: each default category that a pack took
    unchanged (same name, description and how-to-check) in the user's language; a pack's
    own categories, and defaults it reworded, as the pack wrote them."""
    shown = []
    for category in categories:
        default = _DEFAULTS.get(category.id)
        if default is not None and (
            (category.name, category.description, category.how_to_check)
            == (default.name, default.description, default.how_to_check)
        ):
            category = replace(
                category,
                name=translate("Taxonomy", default.name),
                description=translate("Taxonomy", default.description),
                how_to_check=translate("Taxonomy", default.how_to_check),
            )
        shown.append(category)
    return shown


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
