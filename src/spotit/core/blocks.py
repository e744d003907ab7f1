"""An article as blocks of styled runs: the structure the pack stores and the reader draws.

A domain type every layer shares: ``spotit.content.render`` makes blocks from
Markdown, ``spotit.store.pack`` keeps them, the classroom protocol sends them and
the reader builds its document from them. Kept apart from the renderer so that
reading a pack needs no Markdown.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Run:
    """A stretch of text with one style inside a block."""

    text: str
    bold: bool = False
    italic: bool = False
    code: bool = False
    strike: bool = False
    link: str = ""

    def as_json(self) -> dict:
        data: dict = {"text": self.text}
        for name in ("bold", "italic", "code", "strike"):
            if getattr(self, name):
                data[name] = True
        if self.link:
            data["link"] = self.link
        return data


@dataclass(frozen=True)
class Block:
    """One paragraph-like unit: a heading, a paragraph, a list item, a quote or code."""

    kind: str  # "headline" | "heading" | "paragraph" | "item" | "code"
    runs: tuple[Run, ...]
    level: int = 0  # heading level, or list nesting depth (1 = top level) for items
    quote_depth: int = 0  # how many blockquotes it sits in
    ordered: bool = False  # for items: numbered list
    number: int = 0  # for items of numbered lists: the item's number

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)

    def as_json(self) -> dict:
        data: dict = {"kind": self.kind, "runs": [r.as_json() for r in self.runs]}
        for name in ("level", "quote_depth", "number"):
            if getattr(self, name):
                data[name] = getattr(self, name)
        if self.ordered:
            data["ordered"] = True
        return data


KINDS = {"headline", "heading", "paragraph", "item", "code"}


def block_from_json(data: dict) -> Block:
    """Rebuild a Block from its JSON form; raises ValueError on anything malformed."""
    if not isinstance(data, dict) or data.get("kind") not in KINDS:
        raise ValueError("block has no valid kind")
    runs_data = data.get("runs")
    if not isinstance(runs_data, list):
        raise ValueError("block has no runs list")
    runs = []
    for r in runs_data:
        if not isinstance(r, dict) or not isinstance(r.get("text"), str):
            raise ValueError("run has no text")
        link = r.get("link", "")
        if not isinstance(link, str):
            raise ValueError("run link is not text")
        runs.append(
            Run(
                r["text"],
                bool(r.get("bold")),
                bool(r.get("italic")),
                bool(r.get("code")),
                bool(r.get("strike")),
                link,
            )
        )
    ints = {}
    for name in ("level", "quote_depth", "number"):
        value = data.get(name, 0)
        if not isinstance(value, int) or not 0 <= value <= 10_000:
            raise ValueError(f"block {name} is not a small whole number")
        ints[name] = value
    return Block(data["kind"], tuple(runs), ordered=bool(data.get("ordered")), **ints)


def canonical_text(blocks: list[Block]) -> str:
    """The text every offset indexes: each block's text, joined by newlines."""
    return "\n".join(block.text for block in blocks)
