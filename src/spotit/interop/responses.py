"""The long-format responses CSV: reading it (untrusted) and its measures per participant and wave.

The first columns are exactly ``participant,arm,wave,form,item,truth,rating,rt_ms,timestamp``;
more may follow and are ignored. One row is one item answered. docs/measures.md
describes the file and every check made here.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from spotit.core.measures import TRUTHS, Measures, Response, measures
from spotit.interop.model import InputError, decode_text, read_bytes

COLUMNS = ("participant", "arm", "wave", "form", "item", "truth", "rating", "rt_ms", "timestamp")
#: Longest value accepted in any of the named columns.
MAX_FIELD_CHARS = 200
#: Most columns a row may have (the named ones and any that follow).
MAX_COLUMNS = 100
#: Most responses in one file (the file itself is at most 50 MiB).
MAX_ROWS = 1_000_000
#: Longest response time accepted: a day, in milliseconds.
MAX_RT_MS = 24 * 60 * 60 * 1000
# Columns that must not be empty; arm and form may be (a learner outside a study).
_REQUIRED = ("participant", "wave", "item", "truth", "rating")


@dataclass(frozen=True)
class ResponseRow:
    """One row of a responses CSV, checked; ``line`` is the line it starts on."""

    participant: str
    arm: str
    wave: str
    form: str
    item: str
    truth: str
    rating: int
    rt_ms: int | None
    timestamp: str
    line: int


@dataclass(frozen=True)
class WaveMeasures:
    """The measures of one participant's responses in one wave."""

    participant: str
    arm: str
    wave: str
    form: str
    measures: Measures

    def as_dict(self) -> dict[str, object]:
        return {
            "participant": self.participant,
            "arm": self.arm,
            "wave": self.wave,
            "form": self.form,
            **self.measures.as_dict(),
        }


def _bad_text(value: str) -> str | None:
    if len(value) > MAX_FIELD_CHARS:
        return f"longer than {MAX_FIELD_CHARS} characters"
    if value != value.strip():
        return "has spaces at the start or end"
    if any(unicodedata.category(ch) in ("Cc", "Cf", "Zl", "Zp") for ch in value):
        return "contains a control or invisible formatting character"
    return None


def _row(path: Path, line: int, fields: list[str]) -> ResponseRow:
    values = dict(zip(COLUMNS, fields, strict=False))

    def fail(column: str, problem: str) -> InputError:
        return InputError(f"{path}:{line}: column {column}: {problem}")

    for column in COLUMNS:
        value = values[column]
        problem = _bad_text(value)
        if problem:
            raise fail(column, problem)
        if column in _REQUIRED and not value:
            raise fail(column, "empty")
    if values["truth"] not in TRUTHS:
        raise fail("truth", f"must be credible or misleading, not {values['truth']!r}")
    rating = values["rating"]
    if not (len(rating) == 1 and rating in "123456"):
        raise fail("rating", f"must be a whole number from 1 to 6, not {rating!r}")
    rt_ms = None
    if values["rt_ms"]:
        if not (values["rt_ms"].isascii() and values["rt_ms"].isdigit()):
            raise fail("rt_ms", f"must be a whole number of milliseconds, not {values['rt_ms']!r}")
        rt_ms = int(values["rt_ms"])
        if rt_ms > MAX_RT_MS:
            raise fail("rt_ms", f"{rt_ms} is more than a day ({MAX_RT_MS} ms)")
    if values["timestamp"]:
        try:
            datetime.fromisoformat(values["timestamp"])
        except ValueError:
            raise fail(
                "timestamp", f"not an ISO 8601 date and time: {values['timestamp']!r}"
            ) from None
    return ResponseRow(
        participant=values["participant"],
        arm=values["arm"],
        wave=values["wave"],
        form=values["form"],
        item=values["item"],
        truth=values["truth"],
        rating=int(rating),
        rt_ms=rt_ms,
        timestamp=values["timestamp"],
        line=line,
    )


def parse_responses(text: str, path: Path) -> list[ResponseRow]:
    """The rows of a responses CSV's text; InputError (one line: file, line, column) for
    the first problem. ``path`` only names the file in messages."""
    if text.startswith("\ufeff"):
        text = text[1:]
    reader = csv.reader(io.StringIO(text, newline=""), strict=True)
    rows: list[ResponseRow] = []
    header: list[str] | None = None
    first: dict[tuple[str, str, str], int] = {}  # (participant, wave, item) -> line
    wave_form: dict[tuple[str, str], tuple[str, int]] = {}
    arms: dict[str, tuple[str, int]] = {}
    truths: dict[tuple[str, str], tuple[str, int]] = {}
    end = 0  # the line the previous record ended on
    try:
        for fields in reader:
            # where the record starts: a quoted value may run over several lines
            line, end = end + 1, reader.line_num
            if not fields or fields == [""]:
                continue  # a blank line
            if header is None:
                header = fields
                if tuple(f.strip() for f in fields[: len(COLUMNS)]) != COLUMNS:
                    raise InputError(
                        f"{path}:{line}: the header must begin {','.join(COLUMNS)}"
                        f" (found {','.join(fields[: len(COLUMNS)])[:200]!r})"
                    )
                if len(fields) > MAX_COLUMNS:
                    raise InputError(f"{path}:{line}: more than {MAX_COLUMNS} columns")
                continue
            if len(fields) != len(header):
                raise InputError(
                    f"{path}:{line}: {len(fields)} columns, but the header has {len(header)}"
                )
            if len(rows) >= MAX_ROWS:
                raise InputError(f"{path}:{line}: more than {MAX_ROWS} responses in one file")
            row = _row(path, line, fields)
            key = (row.participant, row.wave, row.item)
            if key in first:
                raise InputError(
                    f"{path}:{line}: column item: participant {row.participant!r} already"
                    f" answered {row.item!r} in wave {row.wave!r} (line {first[key]})"
                )
            first[key] = line
            form, at = wave_form.setdefault((row.participant, row.wave), (row.form, line))
            if form != row.form:
                raise InputError(
                    f"{path}:{line}: column form: {row.form!r}, but participant"
                    f" {row.participant!r} took form {form!r} in wave {row.wave!r} (line {at});"
                    " one form per wave"
                )
            arm, at = arms.setdefault(row.participant, (row.arm, line))
            if arm != row.arm:
                raise InputError(
                    f"{path}:{line}: column arm: {row.arm!r}, but participant"
                    f" {row.participant!r} is in arm {arm!r} (line {at})"
                )
            truth, at = truths.setdefault((row.form, row.item), (row.truth, line))
            if truth != row.truth:
                raise InputError(
                    f"{path}:{line}: column truth: {row.truth!r}, but item {row.item!r} of form"
                    f" {row.form!r} is {truth!r} on line {at}"
                )
            rows.append(row)
    except csv.Error as exc:
        raise InputError(f"{path}:{reader.line_num}: not valid CSV ({exc})") from None
    if header is None:
        raise InputError(f"{path}: empty; expected the header {','.join(COLUMNS)}")
    return rows


def read_responses(path: Path) -> list[ResponseRow]:
    """A responses CSV file, read as every import reads a file (a regular file, at most
    50 MiB, UTF-8 with or without a byte-order mark, any line ends) and checked row by row."""
    return parse_responses(decode_text(read_bytes(path), path), path)


def wave_measures(rows: list[ResponseRow]) -> list[WaveMeasures]:
    """The measures per participant and wave, in the order each first appears."""
    groups: dict[tuple[str, str], list[ResponseRow]] = {}
    for row in rows:
        groups.setdefault((row.participant, row.wave), []).append(row)
    return [
        WaveMeasures(
            participant=participant,
            arm=group[0].arm,
            wave=wave,
            form=group[0].form,
            measures=measures(Response(r.item, r.truth, r.rating) for r in group),
        )
        for (participant, wave), group in groups.items()
    ]
