"""The gradebook: a class session's results as a CSV file any spreadsheet opens cleanly.

UTF-8 with a byte-order mark (so spreadsheets detect the encoding), CRLF line ends,
standard quoting, and no cell a spreadsheet could run as a formula: student names
come from the network, so a text cell starting with ``= + - @`` (or a tab or carriage
return) gets a leading apostrophe. The file is written atomically.
"""

from __future__ import annotations

import csv
import errno
import io
import os
from collections.abc import Sequence
from pathlib import Path

from spotit.core.files import write_atomic
from spotit.core.progress import ClassResult
from spotit.core.taxonomy import Category

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")

BASE_COLUMNS = [
    "Session code",
    "Student",
    "Article number",
    "Article id",
    "Headline",
    "Status",
    "Score",
    "Hints used",
    "Spotted F1 %",
    "Named F1 %",
    "Red flags",
    "Found",
    "Named right",
    "Partly found",
    "Missed",
    "Not red flags",
    "Flags raised",
    "Seconds",
    "Submitted at",
]


def safe_cell(value: object) -> object:
    """A cell value that a spreadsheet shows as text and never evaluates."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


def _percent(value: float | None) -> object:
    return "" if value is None else round(100 * value)


def gradebook_categories(
    results: Sequence[ClassResult], categories: Sequence[Category]
) -> list[Category]:
    """The categories that have a column pair: those in any answer key of the session."""
    used = {c["category"] for r in results for c in r.categories if c.get("gold")}
    return [c for c in categories if c.id in used]


def gradebook_rows(
    code: str, results: Sequence[ClassResult], categories: Sequence[Category]
) -> list[list[object]]:
    """Header row, then one row per student and article (article order, then join order)."""
    columns = gradebook_categories(results, categories)
    header = list(BASE_COLUMNS)
    for c in columns:
        header += [f"Found: {c.name}", f"Missed: {c.name}"]
    rows: list[list[object]] = [header]
    for r in sorted(results, key=lambda r: r.position):
        per_category = {c.get("category"): c for c in r.categories}
        row: list[object] = [
            code,
            r.student,
            r.position + 1,
            r.article_id,
            r.headline,
            r.status,
            "" if r.score is None else r.score,
            "" if r.status == "absent" else r.hints_used,  # already counted in the score
            _percent(r.spotted_f1),
            _percent(r.named_f1),
            r.gold_count,
            r.found_count,
            r.named_count,
            r.partly_count,
            r.missed_count,
            r.invented_count,
            r.flag_count,
            "" if r.seconds_spent is None else r.seconds_spent,
            r.submitted_at,
        ]
        for c in columns:
            summary = per_category.get(c.id, {})
            row += [int(summary.get("found", 0)), int(summary.get("missed", 0))]
        rows.append([safe_cell(v) for v in row])
    return rows


def gradebook_csv(code: str, results: Sequence[ClassResult], categories: Sequence[Category]) -> str:
    """The gradebook as CSV text (without the byte-order mark)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerows(gradebook_rows(code, results, categories))
    return buffer.getvalue()


def write_gradebook(
    path: Path | str, code: str, results: Sequence[ClassResult], categories: Sequence[Category]
) -> Path:
    """Write the gradebook CSV at ``path`` atomically; OSError if the folder is not writable."""
    path = Path(path)
    if not path.parent.is_dir():
        # write_atomic would create it; a gradebook goes only where the instructor pointed.
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(path.parent))
    # The byte-order mark lets spreadsheets detect UTF-8.
    write_atomic(path, gradebook_csv(code, results, categories).encode("utf-8-sig"))
    return path


def default_gradebook_name(pack_id: str, code: str, started_at: str) -> str:
    """A file name that sorts by date: gradebook-PACK-YYYY-MM-DD-CODE.csv."""
    return f"gradebook-{pack_id}-{started_at[:10]}-{code}.csv"
