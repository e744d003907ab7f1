"""The learner's History page: scores over time, every attempt, red flags by category.

A self-contained widget. Give it a learner's Practice with ``show_learner()``, call ``refresh()``
after a new attempt is submitted, and connect ``open_attempt`` to reopen an article and
``lesson_requested`` to show a category's lesson. Below the scores, the retention view shows
each spaced-review card: how well it is retained now (a bar chart and a table) and when it
is due.
Colours come from the palette (light and dark both work), sizes from the application
font; category colours are the only fixed colours and are never the only cue.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLegend,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import (
    QDate,
    QEvent,
    QLocale,
    QMargins,
    QModelIndex,
    QPointF,
    Qt,
    QTime,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QCursor,
    QKeyEvent,
    QPainter,
    QPalette,
    QPen,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTableView,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from spotit.core.i18n import QT_TRANSLATE_NOOP, translate
from spotit.core.progress import Attempt, Learner, moment
from spotit.core.taxonomy import DEFAULT_TAXONOMY, shown_categories
from spotit.gui.document import display_text
from spotit.gui.i18n import datetime_text, number
from spotit.gui.itemmodels import Column, RowsModel
from spotit.gui.library import due_phrase
from spotit.gui.plain import escape, plain_tooltip, set_plain_tooltip
from spotit.gui.theme import scaled_font
from spotit.practice import Practice, PracticeError
from spotit.practice.boosters import CardDue, is_due
from spotit.practice.history import (
    ROLLING,
    CategoryRow,
    History,
    minutes_seconds,
    percent_of,
    round_half_up,
    spoken_duration,
    text_bar,
)
from spotit.practice.investigation import investigation_counts, moves_summary
from spotit.store.pack import PackError
from spotit.store.progress import ProgressError

#: Below this many average character widths, the chart goes above the category table.
SIDE_BY_SIDE_CHARS = 130

NO_LEARNER_TEXT = QT_TRANSLATE_NOOP("HistoryPage", "Choose a learner to see their history.")
NO_ATTEMPTS_TEXT = QT_TRANSLATE_NOOP(
    "HistoryPage",
    "No attempts yet.\n\n"
    "Your scores will appear here once you have submitted your first article: "
    "open one from the library, flag the passages that look suspicious, and submit.",
)

RIGHT = Qt.AlignmentFlag.AlignRight


# -- models -----------------------------------------------------------------------------
class _TipsModel(RowsModel):
    """Rows with a tooltip on each column header, and numbers aligned right."""

    TIPS: tuple[str, ...] = ()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.ToolTipRole and section < len(self.TIPS):
            return translate("HistoryPage", self.TIPS[section]) if self.TIPS[section] else None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            side = self.columns[section].align or Qt.AlignmentFlag.AlignLeft
            return side | Qt.AlignmentFlag.AlignVCenter
        return super().headerData(section, orientation, role)


def _found_text(a: Attempt) -> str:
    if not a.gold_count:
        return translate("HistoryPage", "none to find")
    return translate("HistoryPage", "{found} of {gold}").format(
        found=number(a.found_count), gold=number(a.gold_count)
    )


def long_moment(value: datetime, seconds: bool = True) -> str:
    """A moment in local time with its weekday and month in words, the locale's way."""
    local = value.astimezone()
    locale = QLocale()
    day = locale.toString(QDate(local.year, local.month, local.day), QLocale.FormatType.LongFormat)
    clock = QTime(local.hour, local.minute, local.second)
    time = locale.toString(clock, "HH:mm:ss" if seconds else "HH:mm")
    return translate("HistoryPage", "{date}, {time}").format(date=day, time=time)


def _date_tooltip(a: Attempt) -> str:
    value = moment(a.submitted_at)
    return long_moment(value) if value else ""


def _investigated_text(a: Attempt) -> str:
    """Pages opened while investigating ("3 pages"), or "—" for none."""
    pages = investigation_counts(a.moves).pages
    return "—" if not pages else translate("HistoryPage", "%n page(s)", "", pages)


def _not_investigated(a: Attempt) -> str:
    return moves_summary(a.moves) or translate("HistoryPage", "You did not investigate.")


class AttemptsModel(_TipsModel):
    """Submitted attempts, newest first."""

    TIPS = (
        QT_TRANSLATE_NOOP("HistoryPage", "When the attempt was submitted (local time)"),
        QT_TRANSLATE_NOOP("HistoryPage", "The article's headline"),
        QT_TRANSLATE_NOOP("HistoryPage", "The score out of 100"),
        QT_TRANSLATE_NOOP(
            "HistoryPage",
            "How well your flags covered the red flags, whatever category you gave them (0–100)",
        ),
        QT_TRANSLATE_NOOP(
            "HistoryPage",
            "How well your flags covered the red flags with the right category (0–100)",
        ),
        QT_TRANSLATE_NOOP("HistoryPage", "Red flags you found, of those in the article"),
        QT_TRANSLATE_NOOP("HistoryPage", "Your flags that were not red flags"),
        QT_TRANSLATE_NOOP("HistoryPage", "Time spent on the article (minutes:seconds)"),
        QT_TRANSLATE_NOOP(
            "HistoryPage",
            "Pages of the pack's sources you opened while investigating (searches in the tip)",
        ),
    )
    DATE, ARTICLE, SCORE, SPOTTED, NAMED, FOUND, INVENTED, TIME, INVESTIGATED = range(9)

    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(
                    translate("HistoryPage", "Date"),
                    # The locale's short form; the tip says it in words.
                    lambda a: datetime_text(a.submitted_at),
                    sort=lambda a: a.submitted_at,
                    tooltip=_date_tooltip,
                ),
                Column(
                    translate("HistoryPage", "Article"),
                    lambda a: display_text(a.headline or a.article_id),
                    tooltip=lambda a: display_text(
                        translate(
                            "HistoryPage", "{headline}\n(pack {pack}, article {article})"
                        ).format(
                            headline=a.headline or a.article_id,
                            pack=a.pack_id,
                            article=a.article_id,
                        )
                    ),
                ),
                Column(
                    translate("HistoryPage", "Score"),
                    lambda a: number(a.score),
                    sort=lambda a: a.score,
                    align=RIGHT,
                ),
                Column(
                    translate("HistoryPage", "Spotted"),
                    lambda a: number(percent_of(a.spotted_f1)),
                    align=RIGHT,
                ),
                Column(
                    translate("HistoryPage", "Named"),
                    lambda a: number(percent_of(a.named_f1)),
                    align=RIGHT,
                ),
                Column(
                    translate("HistoryPage", "Red flags found"),
                    _found_text,
                    tooltip=lambda a: (
                        ""
                        if a.gold_count
                        else translate(
                            "HistoryPage", "A credible article: it had no red flags to find."
                        )
                    ),
                    align=RIGHT,
                ),
                Column(
                    translate("HistoryPage", "Not red flags"),
                    lambda a: number(a.invented_count),
                    align=RIGHT,
                ),
                Column(
                    translate("HistoryPage", "Time"),
                    lambda a: minutes_seconds(a.seconds_spent),
                    accessible=lambda a: spoken_duration(a.seconds_spent),
                    align=RIGHT,
                ),
                Column(
                    translate("HistoryPage", "Investigated"),
                    _investigated_text,
                    sort=lambda a: investigation_counts(a.moves).pages,
                    tooltip=_not_investigated,
                    accessible=_not_investigated,
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
        QT_TRANSLATE_NOOP("HistoryPage", "The kind of red flag"),
        QT_TRANSLATE_NOOP(
            "HistoryPage", "Red flags met: red flags of this category in the articles you submitted"
        ),
        QT_TRANSLATE_NOOP("HistoryPage", "Found and named with this category"),
        QT_TRANSLATE_NOOP("HistoryPage", "Found, but tagged with another category"),
        QT_TRANSLATE_NOOP("HistoryPage", "Not found (or only partly)"),
        QT_TRANSLATE_NOOP("HistoryPage", "Share found with the right category: █ found, ░ not"),
    )
    NAME, GOLD, FOUND, WRONG, MISSED, RATE = range(6)

    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(
                    translate("HistoryPage", "Category"),
                    lambda r: r.name,
                    decoration=lambda r: QColor(r.color) if r.color else None,
                    tooltip=lambda r: (
                        f"{r.name} ({r.category})" if r.name != r.category else r.name
                    ),
                ),
                Column(
                    translate("HistoryPage", "Met"),
                    lambda r: number(r.gold),
                    sort=lambda r: r.gold,
                    align=RIGHT,
                ),
                Column(
                    translate("HistoryPage", "Found"),
                    lambda r: number(r.found),
                    sort=lambda r: r.found,
                    align=RIGHT,
                ),
                Column(
                    translate("HistoryPage", "Mislabelled"),
                    lambda r: number(r.wrong_category),
                    sort=lambda r: r.wrong_category,
                    align=RIGHT,
                ),
                Column(
                    translate("HistoryPage", "Missed"),
                    lambda r: number(r.missed),
                    sort=lambda r: r.missed,
                    align=RIGHT,
                ),
                Column(
                    translate("HistoryPage", "Found rate"),
                    lambda r: translate("HistoryPage", "{bar}  {percent} %").format(
                        bar=text_bar(r.found_share), percent=number(r.found_percent)
                    ),
                    sort=lambda r: r.found_share,
                    tooltip=lambda r: translate(
                        "HistoryPage",
                        "{found} of {gold} found with the right category ({percent} %)",
                    ).format(
                        found=number(r.found), gold=number(r.gold), percent=number(r.found_percent)
                    ),
                    accessible=lambda r: translate("HistoryPage", "{percent} percent found").format(
                        percent=number(r.found_percent)
                    ),
                ),
            ],
            parent,
        )

    def category_row(self, row: int) -> CategoryRow | None:
        return self.row(row)


#: What the calibration card (over-flagging credible articles) is called in the retention view.
CALIBRATION_NAME = QT_TRANSLATE_NOOP("HistoryPage", "Over-flagging (credible articles)")
NO_CARDS_TEXT = QT_TRANSLATE_NOOP(
    "HistoryPage",
    "Nothing is scheduled for review yet. Each article you submit from now on schedules "
    "its red flags: the ones you miss come back sooner.",
)


@dataclass(frozen=True)
class RetentionRow:
    """One spaced-review card as the retention view shows it."""

    card: CardDue
    name: str  # the category's name as shown (or CALIBRATION_NAME's translation)
    now: datetime
    has_lesson: bool = False
    color: str = ""  # the category's colour (a swatch beside the name, never the only cue)

    @property
    def category(self) -> str | None:
        return self.card.category

    @property
    def percent(self) -> int:
        return round_half_up(100 * self.card.retrievability)

    @property
    def due_text(self) -> str:
        if is_due(self.card, self.now):
            return translate("LibraryPage", "due now")  # due_phrase's words
        return due_phrase(self.card.due, self.now)


def _due_tooltip(r: RetentionRow) -> str:
    reviews = r.card.reviews
    return translate(
        "HistoryPage",
        "Due for review {when} (local time) · reviewed %n time(s)",
        "",
        reviews,
    ).format(when=long_moment(r.card.due, seconds=False))


class RetentionModel(_TipsModel):
    """Every card the learner has, soonest due first."""

    TIPS = (
        QT_TRANSLATE_NOOP(
            "HistoryPage", "The kind of red flag (or the check on flagging credible articles)"
        ),
        QT_TRANSLATE_NOOP(
            "HistoryPage",
            "How likely you are to spot it today, as the scheduler estimates from your reviews",
        ),
        QT_TRANSLATE_NOOP("HistoryPage", "When it comes back in today's practice"),
        QT_TRANSLATE_NOOP("HistoryPage", "How many submitted articles have reviewed it"),
        QT_TRANSLATE_NOOP(
            "HistoryPage",
            "Whether an open pack has a lesson on it (Enter or Read the lesson opens it)",
        ),
    )
    NAME, RETAINED, DUE, REVIEWS, LESSON = range(5)

    def __init__(self, parent=None) -> None:
        super().__init__(
            [
                Column(
                    translate("HistoryPage", "Red flag"),
                    lambda r: display_text(r.name),
                    decoration=lambda r: QColor(r.color) if r.color else None,
                    tooltip=lambda r: display_text(r.name),
                ),
                Column(
                    translate("HistoryPage", "Retained now"),
                    lambda r: translate("HistoryPage", "{bar}  {percent} %").format(
                        bar=text_bar(r.card.retrievability), percent=number(r.percent)
                    ),
                    sort=lambda r: r.card.retrievability,
                    tooltip=lambda r: translate(
                        "HistoryPage", "About {percent} % likely to be spotted today"
                    ).format(percent=number(r.percent)),
                    accessible=lambda r: translate(
                        "HistoryPage", "{percent} percent retained"
                    ).format(percent=number(r.percent)),
                ),
                Column(
                    translate("HistoryPage", "Due"),
                    lambda r: r.due_text,
                    sort=lambda r: r.card.due,
                    tooltip=_due_tooltip,
                ),
                Column(
                    translate("HistoryPage", "Reviews"),
                    lambda r: number(r.card.reviews),
                    sort=lambda r: r.card.reviews,
                    align=RIGHT,
                ),
                Column(
                    translate("HistoryPage", "Lesson"),
                    lambda r: translate("HistoryPage", "available") if r.has_lesson else "—",
                ),
            ],
            parent,
        )

    def retention_row(self, row: int) -> RetentionRow | None:
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
    #: The category id whose lesson the learner asked for (from the retention view).
    lesson_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("History"))
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
        self.empty_label = QLabel(translate("HistoryPage", NO_LEARNER_TEXT))
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
        self.attempts_view = _TableView(self.tr("Attempts, newest first"))
        self.attempts_view.setModel(self.attempts_model)
        self.attempts_view.activated.connect(self._activated)
        header = self.attempts_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(AttemptsModel.ARTICLE, QHeaderView.ResizeMode.Stretch)

        self.category_model = CategoryModel(self)
        self.category_view = _TableView(self.tr("Red flags by category, most missed first"))
        self.category_view.setModel(self.category_model)
        header = self.category_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)  # names stay whole; a narrow page scrolls instead
        self.most_missed = QLabel()
        self.most_missed.setTextFormat(Qt.TextFormat.PlainText)
        self.most_missed.setWordWrap(True)

        self.chart_title = QLabel(self.tr("&Scores over time"))
        self.chart_title.setBuddy(self.chart_view)
        self.category_title = QLabel(self.tr("Red flags by &category"))
        self.category_title.setBuddy(self.category_view)
        self._build_retention()
        self.attempts_title = QLabel(self.tr("&Attempts, newest first"))
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
        content_layout.addLayout(self.retention_row, 1)
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
        QWidget.setTabOrder(self.category_view, self.retention_view)
        QWidget.setTabOrder(self.retention_view, self.lesson_button)
        QWidget.setTabOrder(self.lesson_button, self.retention_chart_view)
        QWidget.setTabOrder(self.retention_chart_view, self.attempts_view)
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
            history: History = self.practice.history({**self._shown_names(), **self.category_names})
        except ProgressError as exc:
            self._attempts = []
            self._show_state(
                self.tr("Your history could not be read: {problem}").format(problem=exc)
            )
            return
        self._attempts = history.attempts
        self.attempts_model.set_attempts(history.attempts)
        self.category_model.set_rows(history.categories)
        self.most_missed.setText(history.most_missed)
        self._fill_chart(history)
        self._fill_retention()
        if history.attempts:
            view = self.attempts_view
            view.setCurrentIndex(self.attempts_model.index(0, 0))
            view.scrollToTop()
        self._show_state(summary=history.summary)

    def _shown_names(self) -> dict[str, str]:
        """Every known category's name as the learner reads it: the default categories a
        pack took unchanged in the UI language (``shown_categories``), a pack's own as written."""
        assert self.practice is not None
        names = {c.id: c.name for c in shown_categories(DEFAULT_TAXONOMY)}
        for pack in self.practice.packs.values():
            names.update({c.id: c.name for c in shown_categories(pack.categories)})
        return names

    # -- building -----------------------------------------------------------------------
    def _build_chart(self) -> None:
        self.chart = QChart()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.setBackgroundRoundness(0)
        self.chart.setMargins(QMargins(4, 4, 4, 4))
        self.chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        self.chart.legend().setMarkerShape(QLegend.MarkerShape.MarkerShapeFromSeries)

        self.score_series = QLineSeries()
        self.score_series.setName(self.tr("Score"))
        self.score_series.setPointsVisible(True)
        self.score_series.hovered.connect(self._hovered)
        self.average_series = QLineSeries()
        self.average_series.setName(translate("HistoryPage", "Average of the last %n", "", ROLLING))
        self.chart.addSeries(self.score_series)
        self.chart.addSeries(self.average_series)

        self.x_axis = QValueAxis()
        self.x_axis.setTitleText(self.tr("Attempt"))
        self.x_axis.setLabelFormat("%d")
        self.x_axis.setTickType(QValueAxis.TickType.TicksDynamic)
        self.x_axis.setTickAnchor(1)
        self.y_axis = QValueAxis()
        self.y_axis.setTitleText(self.tr("Score (0–100)"))
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
        self.chart_view.setAccessibleName(self.tr("Chart of scores over attempts"))
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
            count = len(scores)
            self.chart_view.setAccessibleDescription(
                translate(
                    "HistoryPage",
                    "Line chart of %n score(s), attempt 1 to {last}. "
                    "Latest score {latest}, best {best}, lowest {lowest}; "
                    "average of the last {window}: {average}.",
                    "",
                    count,
                ).format(
                    last=number(len(scores)),
                    latest=number(scores[-1]),
                    best=number(max(scores)),
                    lowest=number(min(scores)),
                    window=number(min(ROLLING, len(scores))),
                    average=number(round_half_up(averages[-1])),
                )
            )
        else:
            self.chart_view.setAccessibleDescription(self.tr("No scores yet."))

    def _build_retention(self) -> None:
        """The retention view: a bar per card, the same numbers in a table, Read the lesson."""
        self.retention_chart = chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.legend().hide()  # one series: the axis says what it is
        self.retention_set = QBarSet(self.tr("Retained now"))
        self.retention_series = QHorizontalBarSeries()
        self.retention_series.append(self.retention_set)
        self.retention_series.setLabelsVisible(True)
        self.retention_series.setLabelsFormat("@value %")
        self.retention_series.setLabelsPosition(
            QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd
        )
        chart.addSeries(self.retention_series)
        self.retention_x = QValueAxis()
        self.retention_x.setTitleText(self.tr("Retained now (%)"))
        self.retention_x.setRange(0, 112)  # room after a full bar for its "100 %"
        self.retention_x.setLabelFormat("%d")
        self.retention_x.setTickType(QValueAxis.TickType.TicksDynamic)
        self.retention_x.setTickAnchor(0)
        self.retention_x.setTickInterval(20)
        self.retention_y = QBarCategoryAxis()
        chart.addAxis(self.retention_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(self.retention_y, Qt.AlignmentFlag.AlignLeft)
        self.retention_series.attachAxis(self.retention_x)
        self.retention_series.attachAxis(self.retention_y)
        self.retention_chart_view = QChartView(chart)
        self.retention_chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.retention_chart_view.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.retention_chart_view.setAccessibleName(
            self.tr("Chart of how well each red flag is retained")
        )
        self.retention_chart_view.setSizePolicy(
            QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding
        )

        self.retention_model = RetentionModel(self)
        self.retention_view = _TableView(self.tr("Red flags by when they are due, soonest first"))
        self.retention_view.setModel(self.retention_model)
        header = self.retention_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.retention_view.activated.connect(self._lesson_activated)
        self.retention_view.selectionModel().currentChanged.connect(self._retention_current)
        self.lesson_action = QAction(self.tr("&Read the lesson"), self)
        self.lesson_action.setToolTip(self.tr("Open the lesson on the selected red flag (Enter)"))
        self.lesson_action.triggered.connect(self.request_lesson)
        self.retention_view.addAction(self.lesson_action)
        self.retention_view.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.lesson_button = QPushButton(self.lesson_action.text())
        self.lesson_button.setToolTip(self.lesson_action.toolTip())
        self.lesson_button.clicked.connect(self.request_lesson)
        self.lesson_button.setEnabled(False)
        self.lesson_action.setEnabled(False)
        self.retention_note = QLabel()
        self.retention_note.setTextFormat(Qt.TextFormat.PlainText)
        self.retention_note.setWordWrap(True)

        self.retention_title = QLabel(self.tr("How well you re&member each red flag"))
        self.retention_title.setBuddy(self.retention_view)
        chart_box = QVBoxLayout()
        chart_box.addWidget(self.retention_title)
        chart_box.addWidget(self.retention_chart_view, 1)
        table_box = QVBoxLayout()
        table_box.addWidget(self.retention_note)
        table_box.addWidget(self.retention_view, 1)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.lesson_button)
        table_box.addLayout(buttons)
        self.retention_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        # Half and half: the chart's labels are whole category names.
        self.retention_row.addLayout(chart_box, 1)
        self.retention_row.addLayout(table_box, 1)

    def _retention_rows(self) -> list[RetentionRow]:
        """The learner's cards with their names and whether an open pack teaches them."""
        assert self.practice is not None
        cards = self.practice.retention()
        now = self.practice.now()
        names = self.practice.category_names()
        names.update(self._shown_names())
        names.update(self.category_names)
        colors = {c.id: c.color for c in DEFAULT_TAXONOMY}
        lessons: set[str] = set()
        for pack in self.practice.packs.values():
            colors.update({c.id: c.color for c in pack.categories})
            try:
                lessons.update(lesson.category for lesson in pack.lessons())
            except PackError:
                continue  # a damaged lessons table: the retention view shows without them
        return [
            RetentionRow(
                card,
                translate("HistoryPage", CALIBRATION_NAME)
                if card.is_calibration
                else names.get(card.category or "", card.category or ""),
                now,
                has_lesson=card.category in lessons,
                color=colors.get(card.category or "", ""),
            )
            for card in cards
        ]

    def _fill_retention(self) -> None:
        try:
            rows = self._retention_rows() if self.practice is not None else []
        except (ProgressError, PracticeError) as exc:
            rows = []
            self.retention_note.setText(
                self.tr("What is due cannot be shown: {problem}").format(problem=exc)
            )
        else:
            kinds = sum(r.category is not None for r in rows)
            due_now = sum(r.due_text == translate("LibraryPage", "due now") for r in rows)
            if not rows:
                note = translate("HistoryPage", NO_CARDS_TEXT)
            elif kinds < len(rows):
                note = translate(
                    "HistoryPage",
                    "In your reviews: %n red flag(s) and the over-flagging check · {due} due now. "
                    "Select a red flag and press Enter to read its lesson.",
                    "",
                    kinds,
                ).format(due=number(due_now))
            else:
                note = translate(
                    "HistoryPage",
                    "In your reviews: %n red flag(s) · {due} due now. "
                    "Select a red flag and press Enter to read its lesson.",
                    "",
                    kinds,
                ).format(due=number(due_now))
            self.retention_note.setText(note)
        self.retention_model.set_rows(rows)
        self.retention_view.setVisible(bool(rows))
        self.retention_chart_view.setVisible(bool(rows))
        self.lesson_button.setVisible(bool(rows))
        # Top to bottom in the chart reads like the table: soonest due first.
        shown = list(reversed(rows))
        self.retention_set.remove(0, self.retention_set.count())
        self.retention_set.append([float(r.percent) for r in shown])
        self.retention_y.clear()
        # Axis labels are drawn as rich text: a pack's category name is escaped.
        self.retention_y.append([self._axis_label(n, r) for n, r in enumerate(shown)])
        bars = "; ".join(
            translate("HistoryPage", "{name} {percent} %, {due}").format(
                name=display_text(r.name), percent=number(r.percent), due=r.due_text
            )
            for r in rows
        )
        self.retention_chart_view.setAccessibleDescription(
            self.tr("Horizontal bar chart, soonest due first: {bars}").format(bars=bars)
            if rows
            else self.tr("Nothing scheduled yet.")
        )
        self._size_retention(len(rows))
        if rows:
            self.retention_view.setCurrentIndex(self.retention_model.index(0, 0))
        self._retention_current(self.retention_view.currentIndex(), QModelIndex())

    @staticmethod
    def _axis_label(number: int, row: RetentionRow) -> str:
        # Two bars never share a label (a category axis merges equal ones): the invisible
        # difference is a zero-width space per position, never shown.
        return escape(display_text(row.name)) + "​" * number

    def _size_retention(self, rows: int) -> None:
        line = self.fontMetrics().height()
        self.retention_chart_view.setMinimumHeight(line * max(10, 2 * rows + 4))

    def _retention_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.retention_model.retention_row(current.row()) if current.isValid() else None
        can = row is not None and row.category is not None and row.has_lesson
        self.lesson_action.setEnabled(can)
        self.lesson_button.setEnabled(can)
        if row is not None and row.category is None:
            tip = self.tr("The over-flagging check has no lesson: it is about credible articles.")
        elif row is not None and not row.has_lesson:
            tip = self.tr("No open pack has a lesson on this red flag.")
        else:
            tip = self.tr("Open the lesson on the selected red flag (Enter)")
        set_plain_tooltip(self.lesson_button, tip)

    def _lesson_activated(self, index: QModelIndex) -> None:
        self.retention_view.setCurrentIndex(index)
        self.request_lesson()

    def request_lesson(self) -> None:
        """Ask for the lesson on the selected red flag (``lesson_requested``), if it has one."""
        index = self.retention_view.currentIndex()
        row = self.retention_model.retention_row(index.row()) if index.isValid() else None
        if row is not None and row.category is not None and row.has_lesson:
            self.lesson_requested.emit(row.category)

    def _show_state(self, problem: str = "", summary: str = "") -> None:
        if self.learner is None:
            self.heading.setText(self.tr("History"))
            self.summary.setText("")
            self.summary.hide()
            self.empty_label.setText(translate("HistoryPage", NO_LEARNER_TEXT))
            self.stack.setCurrentWidget(self.empty_page)
            return
        self.heading.setText(self.learner.name)
        self.summary.setText(summary if not problem else "")
        # With nothing to show, the message below says it all; the summary would repeat it.
        self.summary.setVisible(bool(self._attempts) and not problem)
        if problem or not self._attempts:
            self.empty_label.setText(problem or translate("HistoryPage", NO_ATTEMPTS_TEXT))
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
        for row in (self.top, self.retention_row):
            if row.direction() != direction:
                row.setDirection(direction)

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
        for label in (
            self.chart_title,
            self.category_title,
            self.retention_title,
            self.attempts_title,
        ):
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
        self.retention_chart.setBackgroundBrush(palette.brush(QPalette.ColorRole.Base))
        self.retention_chart.setBackgroundPen(QPen(grid))
        for axis in (self.retention_x, self.retention_y):
            axis.setLabelsFont(base)
            axis.setTitleFont(bold)
            axis.setLabelsColor(text)
            axis.setTitleBrush(palette.brush(QPalette.ColorRole.Text))
            axis.setLinePenColor(grid)
            axis.setGridLineColor(grid)
        self.retention_set.setColor(palette.color(QPalette.ColorRole.Highlight))
        self.retention_set.setBorderColor(palette.color(QPalette.ColorRole.Highlight))
        self.retention_set.setLabelColor(text)
        self.retention_set.setLabelFont(base)
        self.retention_view.setMinimumHeight(metrics.height() * 8)
        self._size_retention(self.retention_model.rowCount())
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
        shown = round(point.x())
        if 1 <= shown <= len(self._attempts):
            attempt = self._attempts[shown - 1]
            headline = attempt.headline or attempt.article_id
            text = display_text(
                self.tr("Attempt {number}: score {score}\n{headline}").format(
                    number=number(shown), score=number(attempt.score), headline=headline
                )
            )
            QToolTip.showText(QCursor.pos(), plain_tooltip(text), self.chart_view)
