"""What every format reads into and writes from: documents with labelled spans.

Formats differ in how they store a text and its spans; once read, a document is
its exact text (every character as the tool counted it, line ends included) and
spans in code points. Problems are collected, not raised: a span that cannot be
placed is an ``Unplaced`` naming its file and line (or record), and the import
goes on. Only input that cannot be used at all raises ``InputError``.
"""

from __future__ import annotations

import errno
import json
import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from spotit.core.model import ARTICLE_KINDS
from spotit.core.textpos import Utf16Map

#: Ways a file may count its offsets. "auto" reads code points and switches a span to
#: UTF-16 code units only when code points do not fit and UTF-16 units do.
OFFSET_MODES = ("auto", "code-points", "utf-16")

#: Longest label accepted; it becomes a category name.
MAX_LABEL_CHARS = 100
#: Largest input file read (JSON is read whole): 50 MiB, documented in docs/authoring.md.
MAX_INPUT_BYTES = 50 * 1024 * 1024


class InputError(Exception):
    """Input that cannot be used at all; ``str()`` is one line naming the file and the problem."""


class RefusedFile(InputError):
    """A file an import will not read: not a regular file, a symbolic link, outside the
    folder given, or too large. Named on the command line it is unusable input; found in
    a folder it is skipped with a note."""


@dataclass(frozen=True)
class Span:
    """A labelled passage of a document, in code points, ``[start, end)``."""

    start: int
    end: int
    label: str
    note: str = ""  # an explanation, when the format carries one
    where: str = ""  # file and line (or record) it came from, for messages


@dataclass
class Document:
    """One text with its spans, as read from (or written to) another tool's format."""

    key: str  # how the source names it: record id, file name, source IRI
    text: str
    spans: list[Span] = field(default_factory=list)
    where: str = ""
    title: str = ""  # a title the source gives the text, if any
    #: SpotIt article metadata carried by SpotIt's own exports (id, headline, kind, ...).
    article: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Unplaced:
    """An annotation that could not be placed, and why."""

    where: str
    label: str
    text: str
    reason: str

    def __str__(self) -> str:
        shown = self.text if len(self.text) <= 80 else self.text[:77] + "..."
        return f"{self.where}: not placed: {self.reason} (label {self.label!r}, text {shown!r})"


@dataclass
class Parsed:
    """What reading some input files gave: documents, annotations not placed, and notes."""

    documents: list[Document] = field(default_factory=list)
    unplaced: list[Unplaced] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    #: files found in a folder and not read, one line each naming the file and why
    skipped: list[str] = field(default_factory=list)


# -- reading helpers --------------------------------------------------------------


def read_bytes(path: Path, folder: Path | None = None) -> bytes:
    """A whole input file: the one way every import reads a file.

    Only a regular file is read (a FIFO would block, a device never end), never through
    a symbolic link, at most ``MAX_INPUT_BYTES``; with ``folder`` (the folder the author
    gave) only a file inside it. RefusedFile (one line) otherwise, InputError if the file
    is missing or unreadable.
    """
    if path.is_symlink():
        raise RefusedFile(f"{path}: a symbolic link; imports read only regular files")
    if folder is not None and not path.resolve().is_relative_to(folder.resolve()):
        raise RefusedFile(f"{path}: outside the folder {folder}; not read")
    # O_NONBLOCK: opening a FIFO must not wait for a writer; O_NOFOLLOW: a link put in
    # place after the check above is refused too (neither exists on Windows).
    flags = os.O_RDONLY | getattr(os, "O_BINARY", 0)
    flags |= getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as exc:
        if path.is_dir():
            raise RefusedFile(f"{path}: a folder, not a file") from None
        if exc.errno == errno.ELOOP:
            raise RefusedFile(f"{path}: a symbolic link; imports read only regular files") from None
        raise InputError(f"{path}: cannot read ({exc.strerror})") from None
    info = os.fstat(fd)
    too_large = RefusedFile(f"{path}: larger than {MAX_INPUT_BYTES // (1024 * 1024)} MiB; not read")
    if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_INPUT_BYTES:
        os.close(fd)
        if stat.S_ISDIR(info.st_mode):
            raise RefusedFile(f"{path}: a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise RefusedFile(f"{path}: not a regular file (a pipe, socket or device); not read")
        raise too_large
    with os.fdopen(fd, "rb") as file:
        try:
            data = file.read(MAX_INPUT_BYTES + 1)  # the file may grow while it is read
        except OSError as exc:
            raise InputError(f"{path}: cannot read ({exc.strerror})") from None
        if len(data) > MAX_INPUT_BYTES:
            raise too_large
        return data


def decode_text(data: bytes, path: Path, keep_bom: bool = False) -> str:
    """UTF-8 text exactly as stored, line ends included.

    A byte-order mark is dropped from JSON, which cannot start with one, and kept (as the
    character U+FEFF) in plain texts, where tools that read UTF-8 count it.
    """
    try:
        return data.decode("utf-8" if keep_bom else "utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise InputError(f"{path}:{line}: not UTF-8 text") from None


def read_json(path: Path, folder: Path | None = None) -> object:
    """A whole JSON file (read as :func:`read_bytes` reads); InputError with the line of a
    syntax error."""
    text = decode_text(read_bytes(path, folder), path)
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"{path}:{exc.lineno}: not valid JSON ({exc.msg})") from None
    except RecursionError:
        raise InputError(f"{path}: JSON nested too deeply") from None


def is_offset(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def check_label(value: object) -> str | None:
    """The label if it is usable, else None."""
    if isinstance(value, str) and value.strip() and len(value) <= MAX_LABEL_CHARS:
        return value.strip()
    return None


def label_problem(value: object) -> str:
    if isinstance(value, str) and len(value) > MAX_LABEL_CHARS:
        return f"label longer than {MAX_LABEL_CHARS} characters"
    return "missing or empty label"


def text_field(record: dict, *keys: str) -> str:
    """The first of ``keys`` that holds non-empty text, stripped; "" if none does."""
    for key in keys:
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


def spotit_meta(value: object) -> dict:
    """SpotIt article metadata from an export's extra field, keeping only well-formed keys."""
    if not isinstance(value, dict):
        return {}
    meta: dict = {}
    for key in ("id", "headline", "byline", "outlet", "date"):
        if isinstance(value.get(key), str):
            meta[key] = value[key]
    difficulty = value.get("difficulty")
    if is_offset(difficulty) and 1 <= difficulty <= 3:
        meta["difficulty"] = difficulty
    if value.get("kind") in ARTICLE_KINDS:
        meta["kind"] = value["kind"]
    if isinstance(value.get("headline_in_text"), bool):
        meta["headline_in_text"] = value["headline_in_text"]
    tags = value.get("tags")
    if isinstance(tags, list) and all(isinstance(t, str) and t.strip() for t in tags):
        meta["tags"] = [t.strip() for t in tags]
    return meta


# -- offsets -----------------------------------------------------------------------


Fragments = list[tuple[object, object]]
_LINE_BREAK = re.compile(r"\r\n|[\r\n]")
_LINE_BREAK_CHAR = re.compile(r"[\r\n]")


class OffsetReader:
    """Places one document's spans, converting UTF-16 offsets when they are what fits.

    Tools written in Java or JavaScript count UTF-16 code units, where an emoji (any
    character outside the Basic Multilingual Plane) takes two. In "auto" mode a span is
    read in code points; if it does not fit the text (or the text it claims to cover)
    and it does fit in UTF-16 units, it is converted, and counted in ``converted``.
    Call ``settle`` with all of a document's spans first: a tool counts one way for a
    whole document, so spans that fit both ways are then read the way the others say.
    """

    def __init__(self, text: str, mode: str = "auto", line_breaks_as_spaces: bool = False) -> None:
        if mode not in OFFSET_MODES:
            raise ValueError(f"unknown offset mode {mode!r}")
        self.text, self.mode = text, mode
        #: the claimed text may show each line break of the text as a space (brat's files
        #: are line-oriented: its exports and converters write a span across lines so)
        self.line_breaks_as_spaces = line_breaks_as_spaces
        self._map: Utf16Map | None = None
        self._readings = {
            "code-points": (self._as_code_points,),
            "utf-16": (self._as_utf16,),
            "auto": (self._as_code_points, self._as_utf16),
        }[mode]
        self.converted = 0

    @property
    def utf16(self) -> Utf16Map:
        if self._map is None:
            self._map = Utf16Map(self.text)
        return self._map

    def _as_code_points(self, start: int, end: int) -> tuple[int, int] | None:
        if 0 <= start < end <= len(self.text):
            return start, end
        return None

    def _as_utf16(self, start: int, end: int) -> tuple[int, int] | None:
        m = self.utf16
        if not (0 <= start < end <= m.length16):
            return None
        cp_start, cp_end = m.to_code_point(start), m.to_code_point(end)
        # An offset inside a surrogate pair cuts a character in two: not a UTF-16 reading.
        if m.to_utf16(cp_start) != start or m.to_utf16(cp_end) != end:
            return None
        return cp_start, cp_end

    def _read(
        self, reading, fragments: Fragments, claimed: str | None, joiner: str
    ) -> list[tuple[int, int]] | None:
        """The fragments read one way, if they fit the text and the claimed text."""
        spans = [reading(s, e) for s, e in fragments]
        if any(span is None for span in spans):
            return None
        covered = joiner.join(self.text[s:e] for s, e in spans)
        return spans if claimed is None or self._same(covered, claimed) else None

    def _same(self, covered: str, claimed: str) -> bool:
        if covered == claimed:
            return True
        if not self.line_breaks_as_spaces or len(covered) < len(claimed):
            return False
        # A CRLF may have been written as one space or as two.
        return claimed in (_LINE_BREAK.sub(" ", covered), _LINE_BREAK_CHAR.sub(" ", covered))

    @staticmethod
    def _malformed(fragments: Fragments) -> str:
        for start, end in fragments:
            if not (is_offset(start) and is_offset(end)):
                return f"offsets are not whole numbers ({start!r}, {end!r})"
            if start >= end:  # type: ignore[operator]
                return f"empty or reversed span [{start}, {end})"
        return ""

    def settle(self, items: list[tuple[Fragments, str | None]], joiner: str = " ") -> None:
        """Given every span of the document (fragments and claimed text), decide how
        spans that fit both ways are read: as UTF-16 units when some spans fit only that
        way and none fits only in code points."""
        if self.mode != "auto" or len(self.text) == self.utf16.length16:
            return
        only_code_points = only_utf16 = False
        for fragments, claimed in items:
            if not fragments or self._malformed(fragments):
                continue
            as_cp = self._read(self._as_code_points, fragments, claimed, joiner) is not None
            as_u16 = self._read(self._as_utf16, fragments, claimed, joiner) is not None
            only_code_points |= as_cp and not as_u16
            only_utf16 |= as_u16 and not as_cp
        if only_utf16 and not only_code_points:
            self._readings = (self._as_utf16, self._as_code_points)

    def place(
        self, start: object, end: object, claimed: str | None = None
    ) -> tuple[int, int] | str:
        """The span in code points, or the reason it cannot be placed.

        ``claimed`` is the text the format says the span covers (Label Studio's ``text``,
        brat's text field, a quote selector); without it only the range can be checked.
        """
        placed = self.place_fragments([(start, end)], claimed)
        return placed if isinstance(placed, str) else placed[0]

    def place_fragments(
        self, fragments: Fragments, claimed: str | None, joiner: str = " "
    ) -> list[tuple[int, int]] | str:
        """Place the pieces of one (possibly discontinuous) span, all read the same way.

        ``claimed`` is then the pieces' texts joined by ``joiner`` (brat's convention).
        """
        problem = self._malformed(fragments)
        if problem:
            return problem
        for reading in self._readings:
            placed = self._read(reading, fragments, claimed, joiner)
            if placed is not None:
                if self.mode == "auto" and placed != list(fragments):
                    self.converted += 1
                return placed
        return self._why(fragments, claimed, joiner)

    def _why(self, fragments: Fragments, claimed: str | None, joiner: str) -> str:
        shown = ";".join(f"{s} {e}" for s, e in fragments)
        for reading in self._readings:
            spans = self._read(reading, fragments, None, joiner)
            if spans is not None:
                covered = joiner.join(self.text[s:e] for s, e in spans)
                return f"span [{shown}] covers {covered!r}, not the annotation's text"
        return f"span [{shown}] is outside the text (0..{len(self.text)})"


def utf16_note(where: str, count: int) -> str:
    return (
        f"{where}: {count} span(s) counted in UTF-16 code units (as JavaScript and Java tools "
        "count); converted to code points"
    )
