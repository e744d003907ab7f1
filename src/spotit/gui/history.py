"""The learner's History page: scores over time, every attempt, red flags by category.

A self-contained widget. Give it a learner with ``show_learner()``, call ``refresh()``
after a new attempt is submitted, and connect ``open_attempt`` to reopen an article.
Colours come from the palette (light and dark both work), sizes from the application
font; category colours are the only fixed colours and are never the only cue.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from PySide6.QtCharts import QChart, QChartView, QLegend, QLineSeries, QValueAxis
from PySide6.QtCore import (
    QAbstractTableModel,
    QEvent,
    QMargins,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QCursor,
    QFont,
    QKeyEvent,
    QPainter,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from spotit.core.taxonomy import DEFAULT_TAXONOMY
from spotit.store.progress import Attempt, Learner, Progress

#: The summary line averages this many of the latest attempts.
RECENT = 10
#: The chart's second line is the average of this many attempts up to each point.
ROLLING = 5
#: Cells in a text bar such as "██████░░".
BAR_CELLS = 8
BAR_FULL, BAR_EMPTY = "█", "░"
#: Below this many average character widths, the chart goes above the category table.
SIDE_BY_SIDE_CHARS = 130

NO_LEARNER_TEXT = "Choose a learner to see their history."
NO_ATTEMPTS_TEXT = (
    "No attempts yet.\n\n"
    "Your scores will appear here once you have submitted your first article: "
    "open one from the library, flag the passages that look suspicious, and submit."
)

Index = QModelIndex | QPersistentModelIndex
ROOT = QModelIndex()  # the invalid index: table models have no children


# -- plain helpers (no widgets) --------------------------------------------------------
def plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def round_half_up(value: float) -> int:
    return math.floor(value + 0.5)


def minutes_seconds(seconds: int | None) -> str:
    """125 -> "2:05"; minutes keep counting past an hour."""
    seconds = max(0, int(seconds or 0))
    return f"{seconds // 60}:{seconds % 60:02d}"


def text_bar(share: float, cells: int = BAR_CELLS) -> str:
    """A bar of ``cells`` characters, the first ``share`` of them full."""
    filled = round_half_up(min(1.0, max(0.0, share)) * cells)
    return BAR_FULL * filled + BAR_EMPTY * (cells - filled)


def local_moment(iso: str) -> datetime | None:
    """A stored UTC timestamp in the local time zone; None if it cannot be read."""
    try:
        moment = datetime.fromisoformat(iso)
    except (TypeError, ValueError):
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone()


def local_time_text(iso: str) -> str:
    """ "2025-03-04 14:05" in local time: readable and the same in every locale."""
    moment = local_moment(iso)
    return moment.strftime("%Y-%m-%d %H:%M") if moment else (iso or "")


def percent_of(f1: float | None) -> int:
    return round_half_up(100 * float(f1 or 0.0))


def rolling_average(scores: Sequence[float], window: int = ROLLING) -> list[float]:
    """At each position, the mean of the last ``window`` scores up to it."""
    result = []
    for i in range(len(scores)):
        chunk = scores[max(0, i - window + 1) : i + 1]
        result.append(sum(chunk) / len(chunk))
    return result


def summary_text(attempts: Sequence[Attempt]) -> str:
    """One line: attempts, articles tried, average and best of the latest attempts."""
    if not attempts:
        return "No attempts yet."
    articles = {(a.pack_id, a.article_id) for a in attempts}
    recent = [a.score for a in attempts[-RECENT:]]
    parts = [
        plural(len(attempts), "attempt", "attempts"),
        f"{plural(len(articles), 'article', 'articles')} tried",
    ]
    if len(recent) == 1:
        parts.append(f"last score {recent[0]}")
    else:
        average = round_half_up(sum(recent) / len(recent))
        parts.append(f"last {len(recent)} attempts: average {average}, best {max(recent)}")
    return " · ".join(parts)


@dataclass(frozen=True)
class CategoryRow:
    """One category of the learner's record over every attempt."""

    category: str
    name: str
    color: str  # "" for a category without a known colour
    gold: int  # red flags of this category the learner met
    found: int  # found and named with this category
    missed: int  # not found at all (or only partly)

    @property
    def wrong_category(self) -> int:
        """Found, but tagged with another category."""
        return max(0, self.gold - self.found - self.missed)

    @property
    def found_share(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def missed_share(self) -> float:
        return self.missed / self.gold if self.gold else 0.0


def miss_order(row: CategoryRow) -> tuple:
    """Most missed first: by share of the category's red flags missed, then by count."""
    return (-row.missed_share, -row.missed, -row.gold, row.name.casefold())


def category_rows(
    rates: dict[str, dict[str, int]],
    names: dict[str, str] | None = None,
    colors: dict[str, str] | None = None,
) -> list[CategoryRow]:
    """Rows of categories the learner met red flags of, most missed first."""
    names, colors = names or {}, colors or {}
    rows = [
        CategoryRow(
            category,
            names.get(category) or category,
            colors.get(category, ""),
            int(counts.get("gold", 0)),
            int(counts.get("found", 0)),
            int(counts.get("missed", 0)),
        )
        for category, counts in rates.items()
        if int(counts.get("gold", 0)) > 0
    ]
    return sorted(rows, key=miss_order)


def most_missed_sentence(rows: Sequence[CategoryRow]) -> str:
    """ "You most often miss: Unsourced quote (3 of 4)." naming ties too."""
    if not rows:
        return "No red flags met yet: every article you tried was credible."
    top = rows[0]
    if top.missed == 0:
        return "You have not missed a red flag in any category so far."
    tied = [r for r in rows if miss_order(r)[:2] == miss_order(top)[:2]]
    named = [f"{r.name} ({r.missed} of {r.gold})" for r in tied]
    listed = named[0] if len(named) == 1 else ", ".join(named[:-1]) + " and " + named[-1]
    return f"You most often miss: {listed}."


def scaled_font(base: QFont, factor: float, bold: bool = False) -> QFont:
    """``base`` made ``factor`` times bigger, in whatever unit it was given."""
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * factor)
    elif base.pixelSize() > 0:
        font.setPixelSize(max(1, round(base.pixelSize() * factor)))
    font.setBold(bold)
    return font


# -- models -----------------------------------------------------------------------------
class _ReadOnlyTableModel(QAbstractTableModel):
    COLUMNS: tuple[str, ...] = ()
    TIPS: tuple[str, ...] = ()
    RIGHT: frozenset[int] = frozenset()

    def columnCount(self, parent: Index = ROOT) -> int:  # noqa: N802 (Qt naming)
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.COLUMNS[section]
        if role == Qt.ItemDataRole.ToolTipRole and section < len(self.TIPS):
            return self.TIPS[section] or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = (
                Qt.AlignmentFlag.AlignRight if section in self.RIGHT else Qt.AlignmentFlag.AlignLeft
            )
            return side | Qt.AlignmentFlag.AlignVCenter
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _alignment(self, column: int) -> Qt.AlignmentFlag:
        side = Qt.AlignmentFlag.AlignRight if column in self.RIGHT else Qt.AlignmentFlag.AlignLeft
        return side | Qt.AlignmentFlag.AlignVCenter


class AttemptsModel(_ReadOnlyTableModel):
    """Submitted attempts, newest first."""

    COLUMNS = (
        "Date",
        "Article",
        "Score",
        "Spotted",
        "Named",
        "Red flags found",
        "Not red flags",
        "Time",
    )
    TIPS = (
        "When the attempt was submitted (local time)",
        "The article's headline",
        "The score out of 100",
        "How well your flags covered the red flags, whatever category you gave them (0–100)",
        "How well your flags covered the red flags with the right category (0–100)",
        "Red flags you found, of those in the article",
        "Your flags that were not red flags",
        "Time spent on the article (minutes:seconds)",
    )
    RIGHT = frozenset({2, 3, 4, 5, 6, 7})
    DATE, ARTICLE, SCORE, SPOTTED, NAMED, FOUND, INVENTED, TIME = range(8)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[Attempt] = []

    def set_attempts(self, attempts: Sequence[Attempt]) -> None:
        """Show ``attempts`` (given oldest first, as Progress.attempts returns them)."""
        self.beginResetModel()
        self._rows = list(reversed(attempts))
        self.endResetModel()

    def attempt(self, row: int) -> Attempt | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802 (Qt naming)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        attempt = self.attempt(index.row()) if index.isValid() else None
        if attempt is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(attempt, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(attempt, column)
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return self._spoken(attempt, column)
        if role == Qt.ItemDataRole.UserRole:
            return (attempt.pack_id, attempt.article_id)
        return None

    def _text(self, a: Attempt, column: int) -> str:
        if column == self.DATE:
            return local_time_text(a.submitted_at)
        if column == self.ARTICLE:
            return a.headline or a.article_id
        if column == self.SCORE:
            return str(a.score)
        if column == self.SPOTTED:
            return str(percent_of(a.spotted_f1))
        if column == self.NAMED:
            return str(percent_of(a.named_f1))
        if column == self.FOUND:
            return f"{a.found_count} of {a.gold_count}" if a.gold_count else "none to find"
        if column == self.INVENTED:
            return str(a.invented_count)
        if column == self.TIME:
            return minutes_seconds(a.seconds_spent)
        return ""

    def _tooltip(self, a: Attempt, column: int) -> str | None:
        if column == self.DATE:
            moment = local_moment(a.submitted_at)
            return moment.strftime("%A %d %B %Y, %H:%M:%S") if moment else None
        if column == self.ARTICLE:
            return f"{a.headline or a.article_id}\n(pack {a.pack_id}, article {a.article_id})"
        if column == self.FOUND and not a.gold_count:
            return "A credible article: it had no red flags to find."
        return None

    def _spoken(self, a: Attempt, column: int) -> str | None:
        if column == self.TIME:
            minutes, seconds = divmod(max(0, a.seconds_spent or 0), 60)
            return f"{plural(minutes, 'minute', 'minutes')} {plural(seconds, 'second', 'seconds')}"
        return None


class CategoryModel(_ReadOnlyTableModel):
    """Per category over every attempt, most missed first."""

    COLUMNS = ("Category", "Met", "Found", "Mislabelled", "Missed", "Found rate")
    TIPS = (
        "The kind of red flag",
        "Red flags met: red flags of this category in the articles you submitted",
        "Found and named with this category",
        "Found, but tagged with another category",
        "Not found (or only partly)",
        "Share found with the right category: █ found, ░ not",
    )
    RIGHT = frozenset({1, 2, 3, 4})
    NAME, GOLD, FOUND, WRONG, MISSED, RATE = range(6)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[CategoryRow] = []

    def set_rows(self, rows: Sequence[CategoryRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def category_row(self, row: int) -> CategoryRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = ROOT) -> int:  # noqa: N802 (Qt naming)
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        row = self.category_row(index.row()) if index.isValid() else None
        if row is None:
            return None
        column = index.column()
        rate = round_half_up(100 * row.found_share)
        if role == Qt.ItemDataRole.DisplayRole:
            values = {
                self.NAME: row.name,
                self.GOLD: str(row.gold),
                self.FOUND: str(row.found),
                self.WRONG: str(row.wrong_category),
                self.MISSED: str(row.missed),
                self.RATE: f"{text_bar(row.found_share)}  {rate} %",
            }
            return values.get(column, "")
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self._alignment(column)
        if role == Qt.ItemDataRole.DecorationRole and column == self.NAME and row.color:
            return QColor(row.color)
        if role == Qt.ItemDataRole.AccessibleTextRole and column == self.RATE:
            return f"{rate} percent found"
        if role == Qt.ItemDataRole.ToolTipRole and column == self.RATE:
            return f"{row.found} of {row.gold} found with the right category ({rate} %)"
        if role == Qt.ItemDataRole.ToolTipRole and column == self.NAME:
            return f"{row.name} ({row.category})" if row.name != row.category else row.name
        if role == Qt.ItemDataRole.UserRole:
            return row.category
        return None


# -- widgets ----------------------------------------------------------------------------
class _TableView(QTableView):
    """A read-only, row-selecting table where Tab leaves and Enter activates everywhere."""

    def __init__(self, accessible_name: str, parent=None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible_name)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setTabKeyNavigation(False)  # Tab moves on to the next widget
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setCornerButtonEnabled(False)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setHighlightSections(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt naming)
        # Qt activates on Enter on most platforms but edits on macOS; make it the same.
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.activated.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class HistoryPage(QWidget):
    """A learner's history: summary, score chart, attempts and red flags by category."""

    #: (pack_id, article_id) of an attempt the learner activated (double-click or Enter).
    open_attempt = Signal(str, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName("History")
        self.progress: Progress | None = None
        self.learner: Learner | None = None
        self.category_names: dict[str, str] = {}
        self._attempts: list[Attempt] = []

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        # Shown instead of the rest while there is nothing to show.
        self.empty_label = QLabel(NO_LEARNER_TEXT)
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_page = QWidget()  # keeps the message a readable width, in the middle
        middle = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        middle.addStretch(1)
        middle.addWidget(self.empty_label, 100)
        middle.addStretch(1)
        empty_layout = QVBoxLayout(self.empty_page)
        empty_layout.addStretch(1)
        empty_layout.addLayout(middle)
        empty_layout.addStretch(2)

        self._build_chart()

        self.attempts_model = AttemptsModel(self)
        self.attempts_view = _TableView("Attempts, newest first")
        self.attempts_view.setModel(self.attempts_model)
        self.attempts_view.activated.connect(self._activated)
        header = self.attempts_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AttemptsModel.ARTICLE, QHeaderView.ResizeMode.Stretch)

        self.category_model = CategoryModel(self)
        self.category_view = _TableView("Red flags by category, most missed first")
        self.category_view.setModel(self.category_model)
        header = self.category_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)  # names stay whole; a narrow page scrolls instead
        self.most_missed = QLabel()
        self.most_missed.setTextFormat(Qt.TextFormat.PlainText)
        self.most_missed.setWordWrap(True)

        self.chart_title = QLabel("&Scores over time")
        self.chart_title.setBuddy(self.chart_view)
        self.category_title = QLabel("Red flags by &category")
        self.category_title.setBuddy(self.category_view)
        self.attempts_title = QLabel("&Attempts, newest first")
        self.attempts_title.setBuddy(self.attempts_view)

        chart_box = QVBoxLayout()
        chart_box.addWidget(self.chart_title)
        chart_box.addWidget(self.chart_view, 1)
        category_box = QVBoxLayout()
        category_box.addWidget(self.category_title)
        category_box.addWidget(self.most_missed)
        category_box.addWidget(self.category_view, 1)
        # Chart and categories side by side, or one above the other when the page is
        # narrow for its font (see _reflow).
        self.top = top = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        top.addLayout(chart_box, 2)
        top.addLayout(category_box, 3)

        content = QWidget()
        content_layout = QVBoxLayout(content)
        content_layout.setContentsMargins(0, 0, 0, 0)
        content_layout.addLayout(top, 1)
        content_layout.addWidget(self.attempts_title)
        content_layout.addWidget(self.attempts_view, 1)
        self.scroll = QScrollArea()
        self.scroll.setWidget(content)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.stack = QStackedWidget()
        self.stack.addWidget(self.empty_page)
        self.stack.addWidget(self.scroll)

        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.stack, 1)

        QWidget.setTabOrder(self.chart_view, self.category_view)
        QWidget.setTabOrder(self.category_view, self.attempts_view)
        self._apply_style()
        self._show_state()

    # -- public API ---------------------------------------------------------------------
    def show_learner(
        self,
        progress: Progress,
        learner: Learner,
        category_names: dict[str, str] | None = None,
    ) -> None:
        """Show ``learner``'s history; ``category_names`` add or rename categories by id."""
        self.progress, self.learner = progress, learner
        self.category_names = dict(category_names or {})
        self.refresh()

    def refresh(self) -> None:
        """Read the learner's attempts again (call after a submission)."""
        if self.progress is None or self.learner is None:
            self._attempts = []
            self._show_state()
            return
        try:
            attempts = self.progress.attempts(self.learner.id)
            rates = self.progress.category_rates(self.learner.id)
        except sqlite3.Error as exc:
            self._attempts = []
            self._show_state(f"Your history could not be read: {exc}")
            return
        names = {c.id: c.name for c in DEFAULT_TAXONOMY}
        names.update(self.category_names)
        colors = {c.id: c.color for c in DEFAULT_TAXONOMY}
        self._attempts = attempts
        rows = category_rows(rates, names, colors)
        self.attempts_model.set_attempts(attempts)
        self.category_model.set_rows(rows)
        self.most_missed.setText(most_missed_sentence(rows))
        self._fill_chart(attempts)
        if attempts:
            view = self.attempts_view
            view.setCurrentIndex(self.attempts_model.index(0, 0))
            view.scrollToTop()
        self._show_state()

    # -- building -----------------------------------------------------------------------
    def _build_chart(self) -> None:
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.setBackgroundRoundness(0)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.legend().setMarkerShape(QLegend.MarkerShape.MarkerShapeFromSeries)

        self.score_series = QLineSeries()
        self.score_series.setName("Score")
        self.score_series.setPointsVisible(True)
        self.score_series.hovered.connect(self._hovered)
        self.average_series = QLineSeries()
        self.average_series.setName(f"Average of the last {ROLLING}")
        self.chart.addSeries(self.score_series)
        self.chart.addSeries(self.average_series)

        self.x_axis = QValueAxis()
        self.x_axis.setTitleText("Attempt")
        self.x_axis.setLabelFormat("%d")
        self.x_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        self.x_axis.setTickAnchor(1)
        self.y_axis = QValueAxis()
        self.y_axis.setTitleText("Score (0–100)")
        self.y_axis.setLabelFormat("%d")
        self.y_axis.setRange(0, 100)
        self.y_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        self.y_axis.setTickAnchor(0)
        self.y_axis.setTickInterval(20)
        self.chart.addAxis(self.x_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.y_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (self.score_series, self.average_series):
            series.attachAxis(self.x_axis)
            series.attachAxis(self.y_axis)

        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.chart_view.setAccessibleName("Chart of scores over attempts")
        self.chart_view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def _fill_chart(self, attempts: Sequence[Attempt]) -> None:
        scores = [a.score for a in attempts]
        self.score_series.replace([QPointF(i + 1, s) for i, s in enumerate(scores)])
        averages = rolling_average(scores)
        self.average_series.replace([QPointF(i + 1, v) for i, v in enumerate(averages)])
        n = max(1, len(scores))
        step = next(s for s in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000, 10**9) if n / s <= 10)
        self.x_axis.setTickInterval(step)
        self.x_axis.setRange(0.6, n + 0.4)
        if scores:
            self.chart_view.setAccessibleDescription(
                f"Line chart of {plural(len(scores), 'score', 'scores')}, "
                f"attempt 1 to {len(scores)}. "
                f"Latest score {scores[-1]}, best {max(scores)}, lowest {min(scores)}; "
                f"average of the last {min(ROLLING, len(scores))}: {round_half_up(averages[-1])}."
            )
        else:
            self.chart_view.setAccessibleDescription("No scores yet.")

    def _show_state(self, problem: str = "") -> None:
        if self.learner is None:
            self.heading.setText("History")
            self.summary.setText("")
            self.summary.hide()
            self.empty_label.setText(NO_LEARNER_TEXT)
            self.stack.setCurrentWidget(self.empty_page)
            return
        self.heading.setText(self.learner.name)
        self.summary.setText(summary_text(self._attempts) if not problem else "")
        # With nothing to show, the message below says it all; the summary would repeat it.
        self.summary.setVisible(bool(self._attempts) and not problem)
        if problem or not self._attempts:
            self.empty_label.setText(problem or NO_ATTEMPTS_TEXT)
            self.stack.setCurrentWidget(self.empty_page)
        else:
            self.stack.setCurrentWidget(self.scroll)

    # -- look: palette and font ---------------------------------------------------------
    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        self._reflow()

    def _reflow(self) -> None:
        wide_enough = self.width() >= SIDE_BY_SIDE_CHARS * self.fontMetrics().averageCharWidth()
        direction = (
            QBoxLayout.Direction.LeftToRight if wide_enough else QBoxLayout.Direction.TopToBottom
        )
        if self.top.direction() != direction:
            self.top.setDirection(direction)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt naming)
        if event.type() in (
            QEvent.Type.FontChange,
            QEvent.Type.PaletteChange,
            QEvent.Type.StyleChange,
        ):
            self._apply_style()
        super().changeEvent(event)

    def _apply_style(self) -> None:
        base = self.font()
        self.heading.setFont(scaled_font(base, 1.5, bold=True))
        bold = scaled_font(base, 1.0, bold=True)
        for label in (self.chart_title, self.category_title, self.attempts_title):
            label.setFont(bold)
        self.empty_label.setFont(scaled_font(base, 1.15))
        self.empty_label.setMaximumWidth(self.empty_label.fontMetrics().averageCharWidth() * 70)

        palette = self.palette()
        text = palette.color(QPalette.ColorRole.Text)
        muted = palette.color(QPalette.ColorRole.PlaceholderText)
        grid = palette.color(QPalette.ColorRole.Mid)
        self.chart.setBackgroundBrush(palette.brush(QPalette.ColorRole.Base))
        self.chart.setBackgroundPen(QPen(grid))
        self.chart.legend().setLabelColor(text)
        self.chart.legend().setFont(base)
        for axis in (self.x_axis, self.y_axis):
            axis.setLabelsFont(base)
            axis.setTitleFont(bold)
            axis.setLabelsColor(text)
            axis.setTitleBrush(palette.brush(QPalette.ColorRole.Text))
            axis.setLinePenColor(grid)
            axis.setGridLineColor(grid)
        metrics = self.fontMetrics()
        score_pen = QPen(
            palette.color(QPalette.ColorRole.Highlight), max(2.0, metrics.height() / 8)
        )
        self.score_series.setPen(score_pen)
        self.score_series.setMarkerSize(max(3.0, metrics.height() / 4))  # a radius
        average_pen = QPen(muted, max(1.5, metrics.height() / 10), Qt.PenStyle.DashLine)
        self.average_series.setPen(average_pen)
        self.chart_view.setMinimumHeight(metrics.height() * 14)
        self.category_view.setMinimumHeight(metrics.height() * 8)
        self.attempts_view.setMinimumHeight(metrics.height() * 9)
        self._reflow()

    # -- interaction --------------------------------------------------------------------
    def _activated(self, index: QModelIndex) -> None:
        attempt = self.attempts_model.attempt(index.row())
        if attempt is not None:
            self.open_attempt.emit(attempt.pack_id, attempt.article_id)

    def _hovered(self, point: QPointF, state: bool) -> None:
        if not state:
            QToolTip.hideText()
            return
        number = round(point.x())
        if 1 <= number <= len(self._attempts):
            attempt = self._attempts[number - 1]
            headline = attempt.headline or attempt.article_id
            text = f"Attempt {number}: score {attempt.score}\n{headline}"
            QToolTip.showText(QCursor.pos(), text, self.chart_view)
