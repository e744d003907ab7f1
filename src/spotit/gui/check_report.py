"""The instructor's check report: pre vs post vs delayed, by group, with 95% intervals.

A window that draws what ``spotit.practice.report`` computes: choose the source (this
computer's learners, or a study registered in the data folder) and the check; three
QtCharts panels (d′, c and AUC by wave, one line per group with 95% whiskers), a table
of the same numbers and the reading in plain text. Groups differ by marker shape and
line dash as well as colour. Colours come from the palette (light and dark), sizes from
the application font (zoom).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QCategoryAxis,
    QChart,
    QChartView,
    QLegend,
    QLineSeries,
    QScatterSeries,
    QValueAxis,
)
from PySide6.QtCore import QEvent, QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPalette, QPen, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from spotit.core.i18n import COUNT, QT_TRANSLATE_NOOP, counted, translate
from spotit.gui.i18n import number
from spotit.gui.itemmodels import Column, RowsModel
from spotit.gui.operations import Operation
from spotit.gui.theme import scaled_font
from spotit.practice.report import (
    LABELS,
    MEASURES,
    Change,
    CheckRow,
    Report,
    WaveSummary,
    check_report,
    checks_in,
    interval,
    rows_for_learners,
    rows_for_study,
    rows_of_check,
    studies_in,
)

#: Below this many average character widths the three charts go one under another.
SIDE_BY_SIDE_CHARS = 150
RIGHT = Qt.AlignmentFlag.AlignRight

#: Marked for translation: shown through translate("MeasureChart", …).
TITLES = {
    "d_prime": QT_TRANSLATE_NOOP(
        "MeasureChart", "d′: telling credible from misleading (higher = better)"
    ),
    "c": QT_TRANSLATE_NOOP("MeasureChart", "c: criterion (below 0 = quick to say “not credible”)"),
    "auc": QT_TRANSLATE_NOOP("MeasureChart", "AUC: area under the ROC curve (0.5 = chance)"),
}
THIS_COMPUTER_SOURCE = QT_TRANSLATE_NOOP("CheckReportWindow", "This computer’s learners")
NOTHING_TEXT = QT_TRANSLATE_NOOP(
    "CheckReportWindow",
    "No finished checks here yet: the report appears once someone has taken one.",
)

#: One look per group: line dash and marker shape tell groups apart without colour.
PEN_STYLES = (
    Qt.PenStyle.SolidLine,
    Qt.PenStyle.DashLine,
    Qt.PenStyle.DotLine,
    Qt.PenStyle.DashDotLine,
    Qt.PenStyle.DashDotDotLine,
)
SHAPES = (
    QScatterSeries.MarkerShape.MarkerShapeCircle,
    QScatterSeries.MarkerShape.MarkerShapeRectangle,
    QScatterSeries.MarkerShape.MarkerShapeTriangle,
    QScatterSeries.MarkerShape.MarkerShapeRotatedRectangle,
    QScatterSeries.MarkerShape.MarkerShapePentagon,
)
SHAPE_NAMES = (
    QT_TRANSLATE_NOOP("MeasureChart", "circles"),
    QT_TRANSLATE_NOOP("MeasureChart", "squares"),
    QT_TRANSLATE_NOOP("MeasureChart", "triangles"),
    QT_TRANSLATE_NOOP("MeasureChart", "diamonds"),
    QT_TRANSLATE_NOOP("MeasureChart", "pentagons"),
)
DASH_NAMES = (
    QT_TRANSLATE_NOOP("MeasureChart", "solid line"),
    QT_TRANSLATE_NOOP("MeasureChart", "dashed line"),
    QT_TRANSLATE_NOOP("MeasureChart", "dotted line"),
    QT_TRANSLATE_NOOP("MeasureChart", "dash-dot line"),
    QT_TRANSLATE_NOOP("MeasureChart", "dash-dot-dot line"),
)
LIGHT_COLORS = ("#1a5fa8", "#b34700", "#2e7d32", "#7b1fa2", "#5d4037")
DARK_COLORS = ("#8ab4f8", "#f6ae6b", "#81c995", "#d7aefb", "#d7b49e")


def wave_label(wave: str) -> str:
    """A wave on the chart's axis: "Pre", "Post", "7 days on"."""
    if wave == "pre":
        return translate("CheckReportWindow", "Pre")
    if wave == "post":
        return translate("CheckReportWindow", "Post")
    days = wave.removeprefix("delayed-")
    if days != wave and days.isdigit():
        return counted.translate("CheckReportWindow", "%n day(s) on", "", COUNT, int(days))
    return wave


@dataclass(frozen=True)
class TableLine:
    """One group's wave in the table, with the change from the pre-check when there is one."""

    group: str
    summary: WaveSummary
    change: Change | None


def _change_text(line: TableLine, measure: str) -> str:
    if line.change is None:
        return "—"
    return translate("ReportModel", "{interval} (n {n})").format(
        interval=interval(line.change.estimate(measure), sign=True), n=number(line.change.n)
    )


class ReportModel(RowsModel):
    """The report's numbers: one row per group and wave."""

    GROUP, WAVE, N, D, C, AUC, D_CHANGE, C_CHANGE = range(8)
    TIPS = (
        QT_TRANSLATE_NOOP("ReportModel", "The arm of the study, or everyone on this computer"),
        QT_TRANSLATE_NOOP(
            "ReportModel", "Which check: before practice, straight after, or days later"
        ),
        QT_TRANSLATE_NOOP("ReportModel", "How many took this wave"),
        QT_TRANSLATE_NOOP("ReportModel", "Mean d′ with its 95% confidence interval"),
        QT_TRANSLATE_NOOP(
            "ReportModel",
            "Mean criterion c with its 95% confidence interval (below 0: more “not credible”)",
        ),
        QT_TRANSLATE_NOOP(
            "ReportModel", "Mean area under the ROC curve with its 95% confidence interval"
        ),
        QT_TRANSLATE_NOOP(
            "ReportModel",
            "Mean of each participant’s own change in d′ since their pre-check, 95% interval",
        ),
        QT_TRANSLATE_NOOP(
            "ReportModel",
            "Mean of each participant’s own change in c since their pre-check, 95% interval",
        ),
    )

    def __init__(self, parent=None) -> None:
        def estimate(measure: str) -> Callable[[TableLine], str]:
            return lambda line: interval(line.summary.estimate(measure))

        super().__init__(
            [
                Column(
                    translate("ReportModel", "Group"),
                    lambda line: line.group,
                    tooltip=lambda line: line.group,
                ),
                Column(
                    translate("ReportModel", "Wave"), lambda line: wave_label(line.summary.wave)
                ),
                Column(
                    translate("ReportModel", "n"), lambda line: number(line.summary.n), align=RIGHT
                ),
                Column(translate("ReportModel", "d′ [95% CI]"), estimate("d_prime"), align=RIGHT),
                Column(translate("ReportModel", "c [95% CI]"), estimate("c"), align=RIGHT),
                Column(translate("ReportModel", "AUC [95% CI]"), estimate("auc"), align=RIGHT),
                Column(
                    translate("ReportModel", "d′ change"),
                    lambda line: _change_text(line, "d_prime"),
                    align=RIGHT,
                ),
                Column(
                    translate("ReportModel", "c change"),
                    lambda line: _change_text(line, "c"),
                    align=RIGHT,
                ),
            ],
            parent,
        )

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:  # noqa: N802
        if (
            orientation == Qt.Orientation.Horizontal
            and role == Qt.ItemDataRole.ToolTipRole
            and 0 <= section < len(self.TIPS)
        ):
            return translate("ReportModel", self.TIPS[section])
        return super().headerData(section, orientation, role)

    def set_report(self, report: Report | None) -> None:
        lines = []
        if report is not None:
            for s in report.summaries:
                lines.append(
                    TableLine(report.group_name(s.group), s, report.change(s.group, s.wave))
                )
        self.set_rows(lines)


class MeasureChart(QChartView):
    """One measure by wave: a line per group through its means, 95% whiskers at each."""

    def __init__(self, measure: str, parent: QWidget | None = None) -> None:
        self.measure = measure
        chart = QChart()
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundRoundness(0)
        chart.setMargins(QMargins(4, 4, 4, 4))
        chart.setTitle(translate("MeasureChart", TITLES[measure]))
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.legend().setMarkerShape(QLegend.MarkerShape.MarkerShapeFromSeries)
        super().__init__(chart, parent)
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(
            self.tr("Chart of {measure} by wave").format(measure=LABELS[measure])
        )
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.report: Report | None = None

    def show_report(self, report: Report | None) -> None:
        self.report = report
        self.redraw()

    def redraw(self) -> None:
        """Draw the report again (after a new report, or a palette or font change)."""
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        palette, font = self.palette(), self.font()
        text = palette.color(QPalette.ColorRole.Text)
        grid = palette.color(QPalette.ColorRole.Mid)
        chart.setBackgroundBrush(palette.brush(QPalette.ColorRole.Base))
        chart.setTitleBrush(palette.brush(QPalette.ColorRole.Text))
        chart.setTitleFont(scaled_font(font, 1.0, bold=True))
        chart.legend().setLabelColor(text)
        chart.legend().setFont(font)
        self.setMinimumHeight(self.fontMetrics().height() * 16)
        report = self.report
        if report is None or not report.summaries:
            self.setAccessibleDescription(self.tr("Nothing to show yet."))
            return
        waves = list(report.waves)
        x_axis = QCategoryAxis()
        x_axis.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        for i, wave in enumerate(waves):
            x_axis.append(wave_label(wave), i)
        x_axis.setRange(-0.5, len(waves) - 0.5)
        y_axis = QValueAxis()
        y_axis.setTitleText(LABELS[self.measure])
        y_axis.setLabelFormat("%.1f" if self.measure != "auc" else "%.2f")
        estimates = [s.estimate(self.measure) for s in report.summaries]
        low = min(e.low if e.low is not None else e.mean for e in estimates)
        high = max(e.high if e.high is not None else e.mean for e in estimates)
        pad = max(0.1, (high - low) * 0.12)
        y_axis.setRange(low - pad, high + pad)
        y_axis.applyNiceNumbers()
        if self.measure == "auc":  # an area under the ROC curve lies in [0, 1]
            y_axis.setRange(max(0.0, y_axis.min()), min(1.0, y_axis.max()))
        for axis in (x_axis, y_axis):
            axis.setLabelsFont(font)
            axis.setTitleFont(font)
            axis.setLabelsBrush(palette.brush(QPalette.ColorRole.Text))
            axis.setTitleBrush(palette.brush(QPalette.ColorRole.Text))
            axis.setGridLineColor(grid)
            axis.setLinePenColor(grid)
        chart.addAxis(x_axis, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignmentFlag.AlignLeft)

        dark = palette.color(QPalette.ColorRole.Base).lightness() < 128
        colors = DARK_COLORS if dark else LIGHT_COLORS
        width = max(2.0, self.fontMetrics().height() / 9)
        n_groups = len(report.groups)
        cap = 0.06
        described = []
        for k, group in enumerate(report.groups):
            color = QColor(colors[k % len(colors)])
            offset = (k - (n_groups - 1) / 2) * 0.1  # groups side by side, whiskers apart
            points = [
                (waves.index(s.wave) + offset, s.estimate(self.measure))
                for s in report.summaries
                if s.group == group.id
            ]
            line = QLineSeries()
            pen = QPen(color, width)
            pen.setStyle(PEN_STYLES[k % len(PEN_STYLES)])
            line.setPen(pen)
            line.replace([QPointF(x, e.mean) for x, e in points])
            hidden = [line]
            for x, e in points:
                if e.low is None or e.high is None:
                    continue
                whisker = QLineSeries()
                whisker.setPen(QPen(color, width * 0.8))
                whisker.replace(
                    [
                        QPointF(x - cap, e.low),
                        QPointF(x + cap, e.low),
                        QPointF(x, e.low),
                        QPointF(x, e.high),
                        QPointF(x - cap, e.high),
                        QPointF(x + cap, e.high),
                    ]
                )
                hidden.append(whisker)
            markers = QScatterSeries()
            markers.setName(group.name)
            markers.setMarkerShape(SHAPES[k % len(SHAPES)])
            markers.setMarkerSize(self.fontMetrics().height() * 0.75)
            markers.setColor(color)
            markers.setBorderColor(palette.color(QPalette.ColorRole.Base))
            markers.replace([QPointF(x, e.mean) for x, e in points])
            for series in (*hidden, markers):
                chart.addSeries(series)
                series.attachAxis(x_axis)
                series.attachAxis(y_axis)
            for series in hidden:  # the legend names each group once, by its markers
                for marker in chart.legend().markers(series):
                    marker.setVisible(False)
            shown = ", ".join(
                f"{wave_label(waves[round(x - offset)])} {interval(e)}" for x, e in points
            )
            described.append(
                self.tr("{group} ({shape}, {line}): {values}").format(
                    group=group.name,
                    shape=translate("MeasureChart", SHAPE_NAMES[k % len(SHAPES)]),
                    line=translate("MeasureChart", DASH_NAMES[k % len(PEN_STYLES)]),
                    values=shown,
                )
            )
        self.setAccessibleDescription(
            self.tr("{measure} by wave, mean and 95% interval. {groups}").format(
                measure=LABELS[self.measure], groups="; ".join(described)
            )
        )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt naming)
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self.redraw()


@dataclass(frozen=True)
class Source:
    """Where the rows come from: this computer's learners, or a registered study."""

    label: str
    study_id: str | None = None


class CheckReportWindow(QWidget):
    """The check report window (View › Check report…)."""

    def __init__(
        self,
        progress: Any,
        packs: Mapping[str, Any],
        data_dir: Path,
        parent: QWidget | None = None,
        *,
        study_rows: Callable[[str, Path], list[CheckRow]] | None = None,
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setWindowTitle(self.tr("Check report"))
        self.setAccessibleName(self.tr("Check report"))
        self.progress, self.packs, self.data_dir = progress, packs, Path(data_dir)
        self._study_rows = study_rows or _study_rows
        self.rows: list[CheckRow] = []
        self.report: Report | None = None
        self._checks: list[tuple[str, str, str]] = []

        self.source_box = QComboBox()
        self.source_box.setAccessibleName(self.tr("Source"))
        source_label = QLabel(self.tr("&Source:"))
        source_label.setBuddy(self.source_box)
        self.check_box = QComboBox()
        self.check_box.setAccessibleName(self.tr("Check"))
        self.check_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        check_label = QLabel(self.tr("C&heck:"))
        check_label.setBuddy(self.check_box)
        self.refresh_button = QPushButton(self.tr("&Refresh"))
        self.refresh_button.clicked.connect(self.load)
        top = QHBoxLayout()
        top.addWidget(source_label)
        top.addWidget(self.source_box, 2)
        top.addSpacing(12)
        top.addWidget(check_label)
        top.addWidget(self.check_box, 3)
        top.addWidget(self.refresh_button)

        self.heading = QLabel()
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        self.status = QLabel()
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setWordWrap(True)
        self.status.hide()

        self.charts = {m: MeasureChart(m) for m in MEASURES}
        self.chart_row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        for view in self.charts.values():
            self.chart_row.addWidget(view, 1)

        self.table_title = QLabel(self.tr("&Numbers"))
        self.model = ReportModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("The report's numbers"))
        self.table.setTabKeyNavigation(False)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.table_title.setBuddy(self.table)

        self.reading_title = QLabel(self.tr("&What it means"))
        self.reading = QPlainTextEdit()
        self.reading.setReadOnly(True)  # plain text by construction: names show as typed
        self.reading.setAccessibleName(self.tr("What the report means"))
        self.reading.setTabChangesFocus(True)
        self.reading_title.setBuddy(self.reading)

        content = QWidget()
        column = QVBoxLayout(content)
        column.addWidget(self.heading)
        column.addWidget(self.status)
        column.addLayout(self.chart_row)
        column.addWidget(self.table_title)
        column.addWidget(self.table)
        column.addWidget(self.reading_title)
        column.addWidget(self.reading)
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setWidget(content)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.close_button = QPushButton(self.tr("&Close"))
        self.close_button.clicked.connect(self.close)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        layout.addLayout(bottom)
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)

        self._fill_sources()
        self.source_box.currentIndexChanged.connect(self.load)
        self.check_box.currentIndexChanged.connect(self._show_check)
        self._apply_style()
        self.resize(1280, 800)
        self.load()

    # -- sources and checks ---------------------------------------------------------------
    def _fill_sources(self) -> None:
        self.source_box.clear()
        this_computer = translate("CheckReportWindow", THIS_COMPUTER_SOURCE)
        self.source_box.addItem(this_computer, Source(this_computer))
        for study_id in studies_in(self.data_dir):
            label = self.tr("Study {study}").format(study=study_id)
            self.source_box.addItem(label, Source(label, study_id))

    def source(self) -> Source:
        return self.source_box.currentData() or Source(
            translate("CheckReportWindow", THIS_COMPUTER_SOURCE)
        )

    def choose_study(self, study_id: str) -> bool:
        """Show the study's report (False if it is not in the list)."""
        for i in range(self.source_box.count()):
            if self.source_box.itemData(i).study_id == study_id:
                self.source_box.setCurrentIndex(i)
                return True
        return False

    def load(self) -> None:
        """Read the rows of the chosen source again and show its report."""
        source = self.source()
        if source.study_id is None:
            try:
                rows = rows_for_learners(self.progress, self.packs, self.progress.learners())
            except Exception as exc:  # noqa: BLE001 - one line for the user, never a traceback
                self._failed(
                    self.tr("Could not read this computer's checks: {error}").format(error=exc)
                )
                return
            self._loaded(rows)
            return
        self._say(self.tr("Reading the study {study}…").format(study=source.study_id))
        self.source_box.setEnabled(False)
        study_id, data_dir = source.study_id, self.data_dir
        # Its own database connection, opened and closed in the worker thread.
        (
            Operation(lambda: self._study_rows(study_id, data_dir), parent=self)
            .success(self._loaded)
            .failure(
                lambda message: self._failed(
                    self.tr("Study {study}: {error}").format(study=study_id, error=message)
                )
            )
            .run()
        )

    def _say(self, message: str) -> None:
        self.status.setText(message)
        self.status.setVisible(bool(message))

    def _failed(self, message: str) -> None:
        self.source_box.setEnabled(True)
        self.rows = []
        self._fill_checks()
        self._say(message)

    def _loaded(self, rows: list[CheckRow]) -> None:
        self.source_box.setEnabled(True)
        self._say("")
        self.rows = rows
        self._fill_checks()

    def _fill_checks(self) -> None:
        previous = self.check_box.currentData()
        self._checks = checks_in(self.rows)
        self.check_box.blockSignals(True)
        self.check_box.clear()
        for pack_id, check_id, title in self._checks:
            self.check_box.addItem(
                self.tr("{check} ({pack})").format(check=title or check_id, pack=pack_id),
                (pack_id, check_id),
            )
        index = self.check_box.findData(previous) if previous is not None else -1
        self.check_box.setCurrentIndex(max(0, index) if self._checks else -1)
        self.check_box.setEnabled(bool(self._checks))
        self.check_box.blockSignals(False)
        self._show_check()

    def _show_check(self) -> None:
        chosen = self.check_box.currentData()
        report = None
        if chosen is not None:
            try:
                report = check_report(rows_of_check(self.rows, *chosen))
            except ValueError as exc:
                self._say(str(exc))
        self.show_report(report)

    def show_report(self, report: Report | None) -> None:
        """Draw ``report`` (None: nothing to show) in the charts, the table and the text."""
        self.report = report
        for view in self.charts.values():
            view.show_report(report)
        self.model.set_report(report)
        self._size_table()
        if report is None:
            self.heading.setText(translate("CheckReportWindow", NOTHING_TEXT))
            self.reading.setPlainText("")
            return
        groups = ", ".join(
            self.tr("{group} ({participants})").format(
                group=g.name, participants=number(g.participants)
            )
            for g in report.groups
        )
        self.heading.setText(
            self.tr("{title}\nParticipants by group: {groups}").format(
                title=report.title, groups=groups
            )
        )
        self.reading.setPlainText("\n\n".join(report.reading))

    def _size_table(self) -> None:
        # Tall enough for every row (and a horizontal scroll bar at large zoom): the window
        # scrolls, not the table.
        self.table.resizeRowsToContents()
        rows = self.model.rowCount()
        header = self.table.horizontalHeader().sizeHint().height()
        body = sum(self.table.rowHeight(r) for r in range(rows)) or header
        bar = self.table.horizontalScrollBar().sizeHint().height()
        self.table.setFixedHeight(header + body + bar + 2 * self.table.frameWidth() + 2)

    # -- look -----------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        self._reflow()

    def _reflow(self) -> None:
        wide = self.width() >= SIDE_BY_SIDE_CHARS * self.fontMetrics().averageCharWidth()
        direction = QBoxLayout.Direction.LeftToRight if wide else QBoxLayout.Direction.TopToBottom
        if self.chart_row.direction() != direction:
            self.chart_row.setDirection(direction)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt naming)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.PaletteChange):
            self._apply_style()
        super().changeEvent(event)

    def _apply_style(self) -> None:
        base = self.font()
        self.heading.setFont(scaled_font(base, 1.25, bold=True))
        for label in (self.table_title, self.reading_title):
            label.setFont(scaled_font(base, 1.0, bold=True))
        self.reading.setMinimumHeight(self.fontMetrics().height() * 10)
        if hasattr(self, "model"):
            self._size_table()
            self._reflow()


def _study_rows(study_id: str, data_dir: Path) -> list[CheckRow]:
    from spotit.practice.study import StudyDesk, StudyError

    try:
        desk = StudyDesk.open_registered(study_id, data_dir)
    except StudyError as exc:
        raise ValueError(str(exc)) from None
    try:
        return rows_for_study(desk)
    finally:
        desk.close()


def open_check_report(
    parent: QWidget, progress: Any, packs: Mapping[str, Any], data_dir: Path
) -> CheckReportWindow:
    """Open (and show) the check report window over ``parent``."""
    window = CheckReportWindow(progress, packs, data_dir, parent)
    window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    window.show()
    return window


__all__: Sequence[str] = ("CheckReportWindow", "MeasureChart", "ReportModel", "open_check_report")
