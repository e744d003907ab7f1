"""Small pack sources with source pages, as file mappings, for the tests of content.sources.

Every page and article here is invented training material.
"""

from __future__ import annotations

import json

from spotit.content.source import PackSource, read_pack_source_files

MANIFEST = 'id = "web"\ntitle = "A small web"\nversion = "1"\n'
#: An article that names a person (and links to nothing).
ARTICLE_BODY = "The river survey was led by Dr Mara Okafor, who said the water was clear.\n"


def _toml(value: object) -> str:
    """``value`` as TOML (JSON strings and lists are TOML too, astral characters as written)."""
    return json.dumps(value, ensure_ascii=False)


def page(
    page_id: str,
    body: str = "An invented page.\n",
    kind: str = "person",
    title: str | None = None,
    names: list[str] | None = None,
    address: str | None = None,
    extra: str = "",
) -> str:
    """A source page file: front matter (TOML) and its Markdown body."""
    lines = [
        f"id = {_toml(page_id)}",
        f"kind = {_toml(kind)}",
        f"title = {_toml(title if title is not None else page_id.title())}",
        f"names = {_toml(names if names is not None else [])}",
    ]
    if address is not None:
        lines.append(f"address = {_toml(address)}")
    if extra:
        lines.append(extra)
    return "+++\n" + "\n".join(lines) + "\n+++\n" + body


def article(
    article_id: str = "survey",
    body: str = ARTICLE_BODY,
    keys: str = "",
    kind: str = "opinion",
    headline: str = "River survey finds clear water",
) -> str:
    """An article file; ``keys`` are more front matter ([[flags]], [[notes]])."""
    front = f'id = "{article_id}"\nheadline = "{headline}"\nkind = "{kind}"\n{keys}'
    return f"+++\n{front}\n+++\n{body}"


def read(files: dict[str, str], with_article: bool = True) -> PackSource:
    """Read a pack source of ``files`` (plus pack.toml and, unless said, one article)."""
    every = {"pack.toml": MANIFEST}
    if with_article:
        every["articles/01-survey.md"] = article()
    every.update(files)
    return read_pack_source_files(every)


def problems(source: PackSource) -> list[str]:
    """Every problem as `spotit pack validate` prints it."""
    return [str(p) for p in source.problems]
