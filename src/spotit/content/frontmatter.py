"""What articles and lessons of a pack source share: problems, front matter, bidi checks.

Kept apart from ``spotit.content.source`` so that the article reader and the lesson
reader (``spotit.content.lessons``) both build on it without importing each other.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass

FRONT_MATTER = "+++"
#: ``Problem.kind`` of a problem with the folder's layout.
FILES = "files"


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a pack, located as precisely as we can.

    ``str(problem)`` is the line ``spotit pack validate`` prints. The other
    fields say what the problem is about, for tools that take the author there:
    ``kind`` is "pack" (``field`` names a pack.toml field), "category"
    (``category`` is its id as written, or None), "article" (``field`` names a
    front-matter field, or is empty for the file as a whole), "flag"
    (``flag`` is the 0-based index of its ``[[flags]]`` table, ``field`` the
    key to fix), "note" (``note`` is the 0-based index of its ``[[notes]]``
    table, ``field`` the key), "body" (the Markdown after the front matter),
    "source" (a source page, ``sources/*.md``: ``field`` the front-matter key, "body"
    for its Markdown, "names" when it cannot be reached) or "files" (the folder's layout). ``rel`` is the file's path inside the pack source.
    For a flag's ``anchors``, ``anchor`` is the 0-based index of the anchor at fault;
    for its ``also``, ``category`` is the category id at fault.
    """

    file: str
    line: int | None
    message: str
    kind: str = FILES
    field: str = ""
    flag: int | None = None
    category: str | None = None
    rel: str = ""
    note: int | None = None
    anchor: int | None = None

    def __str__(self) -> str:
        where = f"{self.file}:{self.line}" if self.line else self.file
        return f"{where}: {self.message}"


@dataclass(frozen=True)
class Unreadable:
    """A file of a source that could not be read as text; ``reason`` says why."""

    reason: str


def as_written(raw: str) -> str:
    """``raw`` without a leading byte-order mark, every line ending made "\n".

    Windows editors write the mark and old Mac ones a lone CR; neither is TOML, and
    both would be read as text or as no line break at all.
    """
    return raw.removeprefix("\ufeff").replace("\r\n", "\n").replace("\r", "\n")


class _Lines:
    """Finds the line a key sits on in front matter, for error messages."""

    def __init__(self, front: str, first_line: int) -> None:
        # Lines as TOML counts them: "\n" only (str.splitlines also breaks at U+2028 and others).
        self.lines = front.split("\n")
        self.first = first_line
        self.tables = [i for i, ln in enumerate(self.lines) if ln.strip().startswith("[[")]
        # Each [[name]] header by name: an article has [[flags]] and [[notes]], in any order.
        self.named: dict[str, list[int]] = {}
        for i in self.tables:
            name = self.lines[i].strip()[2:].split("]]", 1)[0].strip()
            self.named.setdefault(name, []).append(i)

    def of(self, key: str, table: int | None = None, array: str | None = None) -> int:
        """The line of ``key``: at the top, or in the ``table``-th [[array]] (any array if None)."""
        start, end = 0, (self.tables[0] if self.tables else len(self.lines))
        heads = self.tables if array is None else self.named.get(array, [])
        if table is not None and table < len(heads):
            start = heads[table]
            later = [i for i in self.tables if i > start]
            end = later[0] if later else len(self.lines)
        pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
        for i in range(start, end):
            if pattern.match(self.lines[i]):
                return self.first + i
        return self.first + start


def split_front_matter(raw: str) -> tuple[str, str, int] | None:
    """(front matter, body, line number where the body starts), or None if there is none."""
    lines = as_written(raw).split("\n")
    if lines[0].strip() != FRONT_MATTER:
        return None
    for i in range(1, len(lines)):
        if lines[i].strip() == FRONT_MATTER:
            return "".join(f"{ln}\n" for ln in lines[1:i]), "\n".join(lines[i + 1 :]), i + 2
    return None


#: Bidi embeddings, overrides, isolates and marks: each can make text read differently from
#: how it is stored ("vaccine science-based is safe"), a spoofing tool in a misinformation
#: trainer, and no article needs them (the bidi algorithm orders Arabic or Hebrew text).
BIDI_CONTROLS = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def in_folder(rel: str, folder: str, suffix: str = ".md") -> bool:
    """True for ``folder/NAME<suffix>`` relative to a pack source, not a dot-file: the one
    shape of an article's, lesson's, check's and source page's path."""
    parts = rel.split("/")
    return (
        len(parts) == 2
        and parts[0] == folder
        and rel.endswith(suffix)
        and not any(p.startswith(".") for p in parts)
    )


MISSING_FRONT_MATTER = (
    "missing front matter: the file must start with a '+++' line and close it with another"
)


@dataclass
class FrontMatter:
    """A Markdown file's TOML front matter, read: its table, the body after it, the
    0-based line of the body, and where each key of the table was written."""

    data: dict
    body: str
    body_line: int
    lines: _Lines


def read_front_matter(
    raw: str | Unreadable, problem: Callable[[int | None, str], object]
) -> FrontMatter | None:
    """Split and parse the front matter of an article, a lesson or a source page.

    The file's one problem, if it cannot be read (unreadable, no ``+++`` lines, invalid
    TOML), goes to ``problem(line, message)`` and None comes back.
    """
    if isinstance(raw, Unreadable):
        problem(None, raw.reason)
        return None
    split = split_front_matter(as_written(raw))
    if split is None:
        problem(1, MISSING_FRONT_MATTER)
        return None
    front, body, body_line = split
    import tomllib  # only when a file is read, not for a pack's fingerprint

    try:
        data = tomllib.loads(front)
    except tomllib.TOMLDecodeError as exc:
        line = _toml_line(exc)
        problem(line + 1 if line else 1, f"front matter is not valid TOML: {exc}")
        return None
    return FrontMatter(data, body, body_line, _Lines(front, 2))


def bidi_controls(text: str) -> list[tuple[int, str]]:
    """(index, character) of the first use of each bidi control in ``text``."""
    first: dict[str, int] = {}
    for match in BIDI_CONTROLS.finditer(text):
        first.setdefault(match.group(), match.start())
    return sorted((i, c) for c, i in first.items())


def _bidi_message(what: str, char: str) -> str:
    import unicodedata

    return (
        f"{what} holds the bidi control U+{ord(char):04X} {unicodedata.name(char, '')}, which can "
        "show the text in another order than it is written: remove it"
    )


def _strings(value: object) -> list[str]:
    """Every string inside a TOML value (arrays and tables flattened, without recursion)."""
    found, stack = [], [value]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            found.append(item)
        elif isinstance(item, dict):
            stack.extend(item.values())
        elif isinstance(item, list):
            stack.extend(item)
    return found


def _bidi_in_fields(data: dict, lines: _Lines, report) -> None:
    """Calls ``report(line, message, key, table, n)`` for each bidi control in ``data``'s text.

    ``table`` and ``n`` name an array of tables (``flags``, ``categories``) and its index.
    """
    for key, value in data.items():
        tables = isinstance(value, list) and value and all(isinstance(v, dict) for v in value)
        for n, item in enumerate(value) if tables else [(None, {key: value})]:
            for inner, text in item.items():
                for string in _strings(text):
                    for _, char in bidi_controls(string):
                        one = {"flags": "flag", "categories": "category", "notes": "note"}.get(
                            key, key
                        )
                        what = f"field {inner!r}" if n is None else f"{one} {n + 1}: {inner!r}"
                        line = lines.of(inner, n, key if n is not None else None)
                        report(line, _bidi_message(what, char), inner, key, n)


def _toml_line(exc: Exception) -> int | None:
    match = re.search(r"line (\d+)", str(exc))
    return int(match.group(1)) if match else None


def _toml_string(value: str):
    import tomlkit

    # Multi-line text stays readable as a """ string; a leading newline would be dropped.
    multiline = "\n" in value and not value.startswith(("\n", "\r")) and "\r" not in value
    return tomlkit.string(value, multiline=multiline)


def _toml_value(value: object):
    import tomlkit

    if isinstance(value, str):
        return _toml_string(value)
    if isinstance(value, dict):  # inside an array: { quote = "..." }
        table = tomlkit.inline_table()
        table.update({k: _toml_value(v) for k, v in value.items()})
        return table
    if isinstance(value, (list, tuple)):
        array = tomlkit.array()
        array.extend(_toml_value(v) for v in value)
        return array
    return tomlkit.item(value)


def _same(old: object, new: object) -> bool:
    """True when a value read back from TOML already says ``new`` (so its text is kept)."""
    if isinstance(old, dt.date) and isinstance(new, str):
        return old.isoformat() == new
    if isinstance(old, list) and isinstance(new, (list, tuple)):
        return list(old) == list(new)
    return type(old) is type(new) and old == new


def _set_fields(
    table, values: Mapping[str, object], defaults: Mapping[str, object] | None = None
) -> None:
    """Make ``table`` (a tomlkit document or table) say ``values``; None removes a key.

    Keys already saying the value are left alone, so their formatting and comments stay;
    a key the table lacks is not added for a value the reader assumes anyway (``defaults``).
    """
    defaults = defaults or {}
    for key, value in values.items():
        if value is None:
            if key in table:
                del table[key]
            continue
        if key not in table:
            if key not in defaults or not _same(defaults[key], value):
                table[key] = _toml_value(value)
            continue
        current = table.get(key)
        if hasattr(current, "unwrap"):
            current = current.unwrap()
        if not _same(current, value):
            table[key] = _toml_value(value)


def _front_matter(previous: str | None):
    import tomlkit

    split = split_front_matter(previous) if previous else None
    if split is not None:
        try:
            return tomlkit.parse(split[0])
        except tomlkit.exceptions.ParseError:
            pass  # not TOML any more: written afresh
    return tomlkit.document()
