"""The gradebook: a class session's results as a CSV file a spreadsheet or an LMS opens as it is.

Three layouts (``LAYOUTS``): ``spotit``, every detail, one row per student and article;
``moodle``, what Moodle's grade import (Grades > Import > CSV file) maps: a user
identifier column, then one column per grade item; ``canvas``, what Canvas's gradebook
import reads: Student, ID, SIS User ID, SIS Login ID, Section, a "Points Possible" row,
then one column per assignment. docs/classroom-protocol.md has a worked example of each.

Every layout is UTF-8 with a byte-order mark (so spreadsheets detect the encoding), CRLF
line ends and standard quoting, and holds no cell a spreadsheet could run as a formula:
student names come from the network and headlines from a pack, so a text cell starting
with ``= + - @`` (also after leading spaces) or with a tab or carriage return gets a
leading apostrophe, in every column and the header too. The file is written atomically.
"""

from __future__ import annotations

import csv
import errno
import io
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
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

#: The identifier column of the Moodle layout: in Moodle's import, "Map from" this column
#: "Map to" username (or ID number / email address, if that is what students typed).
MOODLE_USER_COLUMN = "Username"
#: Canvas's student columns, in the order its importer requires (Section last).
CANVAS_STUDENT_COLUMNS = ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]
#: The first cell of Canvas's second row; the importer reads each assignment's points there.
CANVAS_POINTS_ROW = "Points Possible"
#: Every article is scored out of 100 (docs/scoring.md).
POINTS_POSSIBLE = 100
#: Grade item and assignment names stay short (both LMSs allow 255 characters).
ITEM_TITLE_LIMIT = 100


def safe_cell(value: object) -> object:
    """A cell value that a spreadsheet shows as text and never evaluates."""
    if isinstance(value, str) and (
        value.startswith(FORMULA_STARTS) or value.lstrip().startswith(FORMULA_STARTS)
    ):
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


def spotit_rows(
    code: str, results: Sequence[ClassResult], categories: Sequence[Category]
) -> list[list[object]]:
    """SpotIt's own layout: header, then one row per student and article (article order,
    then join order), with every count SpotIt keeps."""
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
        rows.append(row)
    return rows


def item_title(code: str, position: int, headline: str) -> str:
    """The grade item (Moodle) or assignment (Canvas) name of one article of a session.

    It starts with "SpotIt" (never a formula), fits on one line and within
    ITEM_TITLE_LIMIT, and never ends in " (digits)": Canvas reads a header "Title (123)"
    as assignment 123 of the course and would put the scores there.
    """
    words = " ".join(headline.split())
    title = f"SpotIt {code} · {position + 1}. {words}"
    if len(title) > ITEM_TITLE_LIMIT:
        title = title[: ITEM_TITLE_LIMIT - 1].rstrip() + "…"
    return re.sub(r"\s\((\d+)\)\Z", r" [\1]", title)


def _articles(results: Sequence[ClassResult]) -> list[tuple[int, str]]:
    """(position, headline) of every article in the results, in session order."""
    seen: dict[int, str] = {}
    for r in results:
        seen.setdefault(r.position, r.headline)
    return sorted(seen.items())


def _students(results: Sequence[ClassResult]) -> dict[str, dict[int, ClassResult]]:
    """Each student's results by article position; students in join order."""
    by_student: dict[str, dict[int, ClassResult]] = {}
    for r in results:
        by_student.setdefault(r.student, {})[r.position] = r
    return by_student


def _score(result: ClassResult | None) -> object:
    # Absent (or not reached): an empty cell, which both LMSs import as "no grade".
    return "" if result is None or result.score is None else result.score


def moodle_rows(
    code: str, results: Sequence[ClassResult], categories: Sequence[Category] = ()
) -> list[list[object]]:
    """Moodle's grade import: a user identifier column, then one column per grade item
    (an article of the session, its 0-100 score); one row per student."""
    articles = _articles(results)
    rows: list[list[object]] = [
        [MOODLE_USER_COLUMN, *(item_title(code, p, h) for p, h in articles)]
    ]
    for student, by_position in _students(results).items():
        rows.append([student, *(_score(by_position.get(p)) for p, _ in articles)])
    return rows


def canvas_rows(
    code: str, results: Sequence[ClassResult], categories: Sequence[Category] = ()
) -> list[list[object]]:
    """Canvas's gradebook import: Student, ID, SIS User ID, SIS Login ID, Section, then one
    column per assignment (an article of the session); a "Points Possible" row; one row
    per student.

    SpotIt knows only the name a student typed when joining: it fills Student (Canvas
    matches it against the name it shows) and SIS Login ID (matched when students join
    with their school login); the Canvas ID, SIS User ID and Section stay empty.
    """
    articles = _articles(results)
    blank = [""] * (len(CANVAS_STUDENT_COLUMNS) - 1)
    rows: list[list[object]] = [
        [*CANVAS_STUDENT_COLUMNS, *(item_title(code, p, h) for p, h in articles)],
        [CANVAS_POINTS_ROW, *blank, *(POINTS_POSSIBLE for _ in articles)],
    ]
    for student, by_position in _students(results).items():
        ids = ["", "", student, ""]  # ID, SIS User ID, SIS Login ID, Section
        rows.append([student, *ids, *(_score(by_position.get(p)) for p, _ in articles)])
    return rows


@dataclass(frozen=True)
class GradebookLayout:
    """One way of laying out a session's gradebook (a value of --gradebook-format)."""

    name: str
    label: str  # what the host window's chooser shows
    rows: Callable[[str, Sequence[ClassResult], Sequence[Category]], list[list[object]]]


#: Every layout by name, in the order the host window offers them; the first is the default.
LAYOUTS: dict[str, GradebookLayout] = {
    layout.name: layout
    for layout in (
        GradebookLayout("spotit", "SpotIt (every detail, for a spreadsheet)", spotit_rows),
        GradebookLayout("moodle", "Moodle grade import", moodle_rows),
        GradebookLayout("canvas", "Canvas gradebook import", canvas_rows),
    )
}
DEFAULT_LAYOUT = "spotit"


def layout_named(name: str) -> GradebookLayout:
    """The layout called ``name``; ValueError (one line, naming the choices) if none is."""
    layout = LAYOUTS.get(name.strip().lower())
    if layout is None:
        *others, last = LAYOUTS
        raise ValueError(f"not a gradebook format (choose {', '.join(others)} or {last})")
    return layout


@dataclass(frozen=True)
class GradebookFile:
    """Where a gradebook goes and in which layout: accepted wherever a path is, so the
    host's controller writes the layout chosen without knowing about layouts."""

    path: Path
    layout: str = DEFAULT_LAYOUT

    def __fspath__(self) -> str:
        return os.fspath(self.path)

    def __str__(self) -> str:
        return str(self.path)


def gradebook_rows(
    code: str,
    results: Sequence[ClassResult],
    categories: Sequence[Category],
    layout: str = DEFAULT_LAYOUT,
) -> list[list[object]]:
    """Every row of the gradebook in ``layout``, header first, each cell made safe."""
    rows = layout_named(layout).rows(code, results, categories)
    return [[safe_cell(v) for v in row] for row in rows]


def gradebook_csv(
    code: str,
    results: Sequence[ClassResult],
    categories: Sequence[Category],
    layout: str = DEFAULT_LAYOUT,
) -> str:
    """The gradebook as CSV text (without the byte-order mark)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
    writer.writerows(gradebook_rows(code, results, categories, layout))
    return buffer.getvalue()


def write_gradebook(
    path: Path | str | GradebookFile,
    code: str,
    results: Sequence[ClassResult],
    categories: Sequence[Category],
    layout: str | None = None,
) -> Path:
    """Write the gradebook CSV at ``path`` atomically; OSError if the folder is not writable.

    The layout is ``layout``, else the GradebookFile's, else SpotIt's own.
    """
    if isinstance(path, GradebookFile):
        layout = layout or path.layout
        path = path.path
    text = gradebook_csv(code, results, categories, layout or DEFAULT_LAYOUT)
    path = Path(path)
    if not path.parent.is_dir():
        # write_atomic would create it; a gradebook goes only where the instructor pointed.
        raise FileNotFoundError(errno.ENOENT, os.strerror(errno.ENOENT), str(path.parent))
    # The byte-order mark lets spreadsheets detect UTF-8 (Moodle and Canvas skip it).
    write_atomic(path, text.encode("utf-8-sig"))
    return path


def default_gradebook_name(
    pack_id: str, code: str, started_at: str, layout: str = DEFAULT_LAYOUT
) -> str:
    """A file name that sorts by date: gradebook-PACK-YYYY-MM-DD-CODE.csv (then -moodle or
    -canvas before .csv for those layouts)."""
    suffix = "" if layout == DEFAULT_LAYOUT else f"-{layout}"
    return f"gradebook-{pack_id}-{started_at[:10]}-{code}{suffix}.csv"
