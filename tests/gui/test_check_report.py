"""The check report window: sources and checks, the three charts with a line and whiskers
per group, the table and the reading, from the keyboard; at 200% and in dark.

Simulated participants answer 16 items (8 credible, 8 misleading) by an equal-variance
signal-detection responder, so the measures are the real ones of real-looking answers.
"""

from __future__ import annotations

import random

import pytest
from PySide6.QtCharts import QLineSeries, QScatterSeries
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from spotit.core.measures import Response, measures
from spotit.gui.check_report import THIS_COMPUTER_SOURCE, CheckReportWindow, ReportModel
from spotit.practice.report import CheckRow

# Rating thresholds on the "looks credible" axis: below the first → 1 ... above the last → 6.
THRESHOLDS = (-1.5, -0.8, 0.0, 0.8, 1.5)


def responder(rng, d_prime: float, c: float) -> list[Response]:
    """One form answered: credible items drawn around +d′/2, misleading around −d′/2,
    shifted by the criterion c (negative c: more "not credible")."""
    out = []
    for i in range(16):
        truth = "credible" if i % 2 else "misleading"
        centre = d_prime / 2 if truth == "credible" else -d_prime / 2
        x = rng.gauss(centre, 1) + c
        rating = 1 + sum(x > t for t in THRESHOLDS)
        out.append(Response(f"i{i}", truth, rating))
    return out


def simulated_rows(per_arm: int = 20, seed: int = 7) -> list[CheckRow]:
    """Two arms: practice raises d′ (pre 0.6 → post 1.6 → 7 days on 1.3); reading only
    lowers c (0.1 → −0.5 → −0.3), d′ stays."""
    rng = random.Random(seed)
    arms = [
        (
            "spotit",
            "SpotIt practice",
            {"pre": (0.6, 0.1), "post": (1.6, 0.1), "delayed-7": (1.3, 0.1)},
        ),
        (
            "control",
            "Reading credible articles",
            {"pre": (0.6, 0.1), "post": (0.6, -0.5), "delayed-7": (0.6, -0.3)},
        ),
    ]
    rows = []
    for arm, name, waves in arms:
        for p in range(per_arm):
            own = rng.gauss(0, 0.3)
            for wave, (d, c) in waves.items():
                m = measures(responder(rng, max(0.0, d + own), c))
                rows.append(
                    CheckRow(
                        arm,
                        f"{arm}-{p}",
                        wave,
                        m,
                        name,
                        "starter",
                        "discernment",
                        "Credible or not?",
                    )
                )
    return rows


@pytest.fixture
def study_dir(tmp_path):
    (tmp_path / "studies").mkdir()
    (tmp_path / "studies" / "pilot-2027.db").write_bytes(b"")
    (tmp_path / "studies" / "Not A Study.db").write_bytes(b"")
    return tmp_path


@pytest.fixture
def report_window(qtbot, progress, study_dir):
    calls = []

    def study_rows(study_id, data_dir):
        calls.append((study_id, data_dir))
        return simulated_rows()

    window = CheckReportWindow(progress, {}, study_dir, study_rows=study_rows)
    window.calls = calls
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


def choose_study(qtbot, window):
    window.source_box.setFocus()
    QTest.keyClick(window.source_box, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: window.report is not None, timeout=5000)


def test_sources_list_this_computer_and_the_studies_found(report_window, study_dir):
    box = report_window.source_box
    assert [box.itemText(i) for i in range(box.count())] == [
        THIS_COMPUTER_SOURCE,
        "Study pilot-2027",
    ]
    # Nobody on this computer took a check: the window says so, and the charts are empty.
    assert report_window.report is None
    assert "No finished checks here yet" in report_window.heading.text()
    assert not report_window.check_box.isEnabled()
    assert all(not v.chart().series() for v in report_window.charts.values())


def test_a_study_shows_its_charts_table_and_reading(qtbot, report_window, study_dir):
    choose_study(qtbot, report_window)
    assert report_window.calls == [("pilot-2027", study_dir)]
    report = report_window.report
    assert [g.id for g in report.groups] == ["spotit", "control"]
    assert report.waves == ("pre", "post", "delayed-7")
    assert report_window.check_box.currentText() == "Credible or not? (starter)"

    for measure, view in report_window.charts.items():
        series = view.chart().series()
        markers = [s for s in series if isinstance(s, QScatterSeries)]
        assert [m.name() for m in markers] == ["SpotIt practice", "Reading credible articles"]
        # Shape and dash differ between the groups, not only the colour.
        assert markers[0].markerShape() != markers[1].markerShape()
        lines = [
            s for s in series if isinstance(s, QLineSeries) and not isinstance(s, QScatterSeries)
        ]
        assert len({s.pen().style() for s in lines}) == 2
        # One mean line per group plus a whisker per group and wave, from low to high.
        assert len(lines) == 2 + 2 * 3
        summary = report.summary("spotit", "post")
        e = summary.estimate(measure)
        whisker_ys = sorted({p.y() for p in lines[1].points()})
        pre = report.summary("spotit", "pre").estimate(measure)
        assert whisker_ys == pytest.approx(sorted({pre.low, pre.high}))
        assert any(abs(p.y() - e.mean) < 1e-9 for p in markers[0].points())
        # Only the markers are in the legend.
        legend = view.chart().legend()
        # Marker items show once the chart has laid its legend out.
        qtbot.waitUntil(lambda legend=legend: any(m.isVisible() for m in legend.markers()))
        visible = [m for m in legend.markers() if m.isVisible()]
        assert [m.label() for m in visible] == ["SpotIt practice", "Reading credible articles"]
        assert "SpotIt practice (circles, solid line)" in view.accessibleDescription()

    model = report_window.model
    cells = [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]
    assert len(cells) == 6
    assert cells[0][:3] == ["SpotIt practice", "Pre", "20"]
    assert cells[0][ReportModel.D_CHANGE] == "—"
    assert cells[1][ReportModel.WAVE] == "Post" and cells[1][ReportModel.D_CHANGE].endswith(
        "(n 20)"
    )

    text = report_window.reading.toPlainText()
    assert "SpotIt practice: d′ rose" in text and "better discrimination" in text
    assert "Reading credible articles:" in text and "more sceptical" in text
    assert text == "\n\n".join(report.reading)


def test_the_window_is_usable_from_the_keyboard(qtbot, report_window):
    choose_study(qtbot, report_window)
    QTest.keyClick(report_window, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert report_window.table.hasFocus()
    QTest.keyClick(report_window, Qt.Key.Key_W, Qt.KeyboardModifier.AltModifier)
    assert report_window.reading.hasFocus()
    QTest.keyClick(report_window, Qt.Key.Key_H, Qt.KeyboardModifier.AltModifier)
    assert report_window.check_box.hasFocus()
    QTest.keyClick(report_window, Qt.Key.Key_Escape)
    assert not report_window.isVisible()


def test_a_study_that_cannot_be_read_says_so_in_one_line(qtbot, progress, study_dir):
    def broken(study_id, data_dir):
        raise ValueError(f"no study {study_id!r} is registered here")

    window = CheckReportWindow(progress, {}, study_dir, study_rows=broken)
    qtbot.addWidget(window)
    window.show()
    window.choose_study("pilot-2027")
    qtbot.waitUntil(lambda: window.source_box.isEnabled() and "Study" in window.status.text())
    assert window.status.text() == "Study pilot-2027: no study 'pilot-2027' is registered here"
    assert window.report is None


def test_names_show_as_typed(qtbot, progress, study_dir):
    rows = [
        r._replace(group_name="<b>Arm</b> & co") if r.group == "spotit" else r
        for r in simulated_rows(5)
    ]
    window = CheckReportWindow(progress, {}, study_dir, study_rows=lambda *_: rows)
    qtbot.addWidget(window)
    window.show()
    window.choose_study("pilot-2027")
    qtbot.waitUntil(lambda: window.report is not None)
    assert window.model.index(0, 0).data() == "<b>Arm</b> & co"
    assert window.reading.toPlainText().startswith("<b>Arm</b> & co: ")
    assert window.heading.textFormat() == Qt.TextFormat.PlainText


@pytest.mark.parametrize(("zoom", "dark"), [(1.0, False), (2.0, False), (1.0, True), (2.0, True)])
def test_at_200_percent_and_in_dark(qtbot, qapp, progress, study_dir, zoom, dark):
    from spotit.gui.theme import Appearance

    appearance = Appearance(qapp)
    try:
        appearance.set_zoom(zoom)
        appearance.set_dark(dark)
        window = CheckReportWindow(progress, {}, study_dir, study_rows=lambda *_: simulated_rows())
        qtbot.addWidget(window)
        window.resize(1280, 800)
        window.show()
        window.choose_study("pilot-2027")
        qtbot.waitUntil(lambda: window.report is not None)
        view = window.charts["d_prime"]
        chart = view.chart()
        # The chart follows the palette and the font.
        assert chart.backgroundBrush().color() == window.palette().color(
            window.palette().ColorRole.Base
        )
        axis = chart.axes(Qt.Orientation.Vertical)[0]
        assert axis.labelsFont().pointSizeF() == pytest.approx(window.font().pointSizeF())
        markers = [s for s in chart.series() if isinstance(s, QScatterSeries)]
        base = window.palette().color(window.palette().ColorRole.Base)
        for m in markers:  # group colours stand out from the background in both themes
            assert abs(m.color().lightness() - base.lightness()) > 60
        if zoom == 2.0:  # too narrow for three charts side by side: they stack
            assert window.chart_row.direction() == window.chart_row.Direction.TopToBottom
        qtbot.wait(50)  # let the layout settle before the picture
        window.grab().save(f"/tmp/h5/report-{zoom}-{'dark' if dark else 'light'}.png")
    finally:
        appearance.set_zoom(1.0)
        appearance.set_dark(False)


def test_the_main_window_opens_it_from_the_view_menu_with_this_computers_checks(qtbot, window):
    practice = window.practice
    run = practice.start_check("starter", "discernment")
    while run.next_item is not None:
        rating = 5 if run.next_item.truth == "credible" else 2
        run = practice.answer(run, run.next_item.id, rating, 1200)
    practice.finish_check(run)

    view_menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&View")
    (action,) = [a for a in view_menu.actions() if a.text() == "Check &report…"]
    assert action.shortcut().toString() == "Ctrl+Shift+R"
    window.activateWindow()
    QTest.keyClick(
        window,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    report_window = window.check_report_window
    qtbot.waitExposed(report_window)
    assert report_window.source_box.currentText() == THIS_COMPUTER_SOURCE
    report = report_window.report
    assert [g.name for g in report.groups] == ["This computer"]
    assert report.summary("this-computer", "pre").n == 1
    assert report.summary("this-computer", "pre").auc.mean == 1.0
    assert "no one has taken a later check yet" in report_window.reading.toPlainText()
    # Asked again, the same window comes forward.
    action.trigger()
    assert window.check_report_window is report_window
    report_window.close()


def test_a_registered_study_opens_from_its_database(qtbot, progress, tmp_path, starter_pack_path):
    from tests.conftest import Clock, study_toml

    from spotit.practice.study import CheckStep, StudyDesk

    study_file = tmp_path / "study.toml"
    study_file.write_text(
        study_toml(
            "report-test", title="Report test", pack=starter_pack_path, seed=11, delays="[]"
        ),
        encoding="utf-8",
    )
    data = tmp_path / "data"
    desk = StudyDesk.open(study_file, data, clock=Clock())
    try:
        participant = desk.enrol()
        session = desk.session_for(participant)
        step = session.next_step()
        while isinstance(step, CheckStep) and step.wave == "pre":
            item = step.run.next_item
            step = session.answer(step, item.id, 5 if item.truth == "credible" else 2, 900)
    finally:
        desk.close()

    window = CheckReportWindow(progress, {}, data)
    qtbot.addWidget(window)
    window.show()
    assert window.choose_study("report-test")
    qtbot.waitUntil(lambda: window.report is not None, timeout=10000)
    arm = participant.arm
    assert [(g.id, g.name) for g in window.report.groups] == [(arm.id, arm.name)]
    assert window.report.summary(arm.id, "pre").n == 1
    assert window.heading.text().startswith("Report test: ")
