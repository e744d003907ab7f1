"""The learner's History page: scores over time, every attempt, red flags by category.

A self-contained widget. Give it a learner's Practice with ``show_learner()``, call ``refresh()``
after a new attempt is submitted, and connect ``open_attempt`` to reopen an article.
Colours come from the palette (light and dark both work), sizes from the application
font; category colours are the only fixed colours and are never the only cue.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from PySide6.QtCharts import QChart, QChartView, QLegend, QLineSeries, QValueAxis
from PySide6.QtCore import (
    QEvent,
    QMargins,
    QModelIndex,
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

from spotit.core.progress import Attempt, Learner, local_time_text, moment
from spotit.gui.document import display_text
from spotit.gui.itemmodels import Column, RowsModel
from spotit.gui.plain import plain_tooltip
from spotit.practice import Practice
from spotit.practice.history import (
    ROLLING,
    CategoryRow,
    History,
    minutes_seconds,
    percent_of,
    plural,
    round_half_up,
    spoken_duration,
    text_bar,
)
from spotit.store.progress import ProgressError

#: Below this many average character widths, the chart goes above the category table.
SIDE_BY_SIDE_CHARS = 130

NO_LEARNER_TEXT = "Choose a learner to see their history."
NO_ATTEMPTS_TEXT = (
    "No attempts yet.\n\n"
    "Your scores will appear here once you have submitted your first article: "
    "open one from the library, flag the passages that look suspicious, and submit."
)

RIGHT = Qt.AlignmentFlag.AlignRight


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
class _TipsModel(RowsModel):
    """Rows with a tooltip on each column header, and numbers aligned right."""

    TIPS: tuple[str, ...] = ()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.ToolTipRole and section < len(self.TIPS):
            return self.TIPS[section] or None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = self.columns[section].align or Qt.AlignmentFlag.AlignLeft
            return side | Qt.AlignmentFlag.AlignVCenter
        return super().headerData(section, orientation, role)


def _found_text(a: Attempt) -> str:
    return f"{a.found_count} of {a.gold_count}" if a.gold_count else "none to find"


def _date_tooltip(a: Attempt) -> str:
    value = moment(a.submitted_at)
    return value.astimezone().strftime("%A %d %B %Y, %H:%M:%S") if value else ""


class AttemptsModel(_TipsModel):
    """Submitted attempts, newest first."""

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
    DATE, ARTICLE, SCORE, SPOTTED, NAMED, FOUND, INVENTED, TIME = range(8)

    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(
                    "Date",
                    lambda a: local_time_text(a.submitted_at),
                    sort=lambda a: a.submitted_at,
                    tooltip=_date_tooltip,
                ),
                Column(
                    "Article",
                    lambda a: display_text(a.headline or a.article_id),
                    tooltip=lambda a: display_text(
                        f"{a.headline or a.article_id}\n(pack {a.pack_id}, article {a.article_id})"
                    ),
                ),
                Column("Score", lambda a: str(a.score), sort=lambda a: a.score, align=RIGHT),
                Column("Spotted", lambda a: str(percent_of(a.spotted_f1)), align=RIGHT),
                Column("Named", lambda a: str(percent_of(a.named_f1)), align=RIGHT),
                Column(
                    "Red flags found",
                    _found_text,
                    tooltip=lambda a: (
                        "" if a.gold_count else "A credible article: it had no red flags to find."
                    ),
                    align=RIGHT,
                ),
                Column("Not red flags", lambda a: str(a.invented_count), align=RIGHT),
                Column(
                    "Time",
                    lambda a: minutes_seconds(a.seconds_spent),
                    accessible=lambda a: spoken_duration(a.seconds_spent),
                    align=RIGHT,
                ),
            ],
            parent,
        )

    def set_attempts(self, attempts: Sequence[Attempt]) -> None:
        """Show ``attempts`` (given oldest first, as the practice layer returns them)."""
        self.set_rows(list(reversed(attempts)))

    def attempt(self, row: int) -> Attempt | None:
        return self.row(row)


class CategoryModel(_TipsModel):
    """Per category over every attempt, most missed first."""

    TIPS = (
        "The kind of red flag",
        "Red flags met: red flags of this category in the articles you submitted",
        "Found and named with this category",
        "Found, but tagged with another category",
        "Not found (or only partly)",
        "Share found with the right category: █ found, ░ not",
    )
    NAME, GOLD, FOUND, WRONG, MISSED, RATE = range(6)

    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(
                    "Category",
                    lambda r: r.name,
                    decoration=lambda r: QColor(r.color) if r.color else None,
                    tooltip=lambda r: (
                        f"{r.name} ({r.category})" if r.name != r.category else r.name
                    ),
                ),
                Column("Met", lambda r: str(r.gold), sort=lambda r: r.gold, align=RIGHT),
                Column("Found", lambda r: str(r.found), sort=lambda r: r.found, align=RIGHT),
                Column(
                    "Mislabelled",
                    lambda r: str(r.wrong_category),
                    sort=lambda r: r.wrong_category,
                    align=RIGHT,
                ),
                Column("Missed", lambda r: str(r.missed), sort=lambda r: r.missed, align=RIGHT),
                Column(
                    "Found rate",
                    lambda r: f"{text_bar(r.found_share)}  {r.found_percent} %",
                    sort=lambda r: r.found_share,
                    tooltip=lambda r: (
                        f"{r.found} of {r.gold} found with the right category ({r.found_percent} %)"
                    ),
                    accessible=lambda r: f"{r.found_percent} percent found",
                ),
            ],
            parent,
        )

    def category_row(self, row: int) -> CategoryRow | None:
        return self.row(row)


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
        self.practice: Practice | None = None
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
        self, practice: Practice, category_names: Mapping[str, str] | None = None
    ) -> None:
        """Show the history of ``practice``'s learner; ``category_names`` add or rename."""
        self.practice = practice
        self.learner = practice.learner
        self.category_names = dict(category_names or {})
        self.refresh()

    def refresh(self) -> None:
        """Read the learner's attempts again (call after a submission)."""
        if self.practice is None:
            self._attempts = []
            self._show_state()
            return
        try:
            history: History = self.practice.history(self.category_names)
        except ProgressError as exc:
            self._attempts = []
            self._show_state(f"Your history could not be read: {exc}")
            return
        self._attempts = history.attempts
        self.attempts_model.set_attempts(history.attempts)
        self.category_model.set_rows(history.categories)
        self.most_missed.setText(history.most_missed)
        self._fill_chart(history)
        if history.attempts:
            view = self.attempts_view
            view.setCurrentIndex(self.attempts_model.index(0, 0))
            view.scrollToTop()
        self._show_state(summary=history.summary)

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

    def _fill_chart(self, history: History) -> None:
        scores, averages = history.scores, history.averages
        self.score_series.replace([QPointF(i + 1, s) for i, s in enumerate(scores)])
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

    def _show_state(self, problem: str = "", summary: str = "") -> None:
        if self.learner is None:
            self.heading.setText("History")
            self.summary.setText("")
            self.summary.hide()
            self.empty_label.setText(NO_LEARNER_TEXT)
            self.stack.setCurrentWidget(self.empty_page)
            return
        self.heading.setText(self.learner.name)
        self.summary.setText(summary if not problem else "")
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
            text = display_text(f"Attempt {number}: score {attempt.score}\n{headline}")
            QToolTip.showText(QCursor.pos(), plain_tooltip(text), self.chart_view)
