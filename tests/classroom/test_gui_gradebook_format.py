"""The host window's gradebook format chooser, from the keyboard."""

from __future__ import annotations

import csv
import io

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from tests.classroom.conftest import Pupil
from tests.classroom.test_gui_host import choose_and_start, end_quietly
from tests.classroom.test_network import until

from spotit.gui.classroom_host import HostWindow
from spotit.store.progress import Progress

CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def progress(tmp_path):
    db = Progress(tmp_path / "progress.db")
    yield db
    db.close()


@pytest.fixture
def window(qtbot, class_pack, progress):
    win = HostWindow({"class": class_pack}, progress, announce=False)
    qtbot.addWidget(win, before_close_func=end_quietly)
    win.show()
    qtbot.waitExposed(win)
    return win


def read(path) -> list[list[str]]:
    return list(csv.reader(io.StringIO(path.read_bytes().decode("utf-8-sig"), newline="")))


def test_the_instructor_picks_canvas_with_the_keyboard_and_saves(
    qtbot, window, tmp_path, monkeypatch
):
    choose_and_start(qtbot, window)  # storm, then tea
    ana = Pupil(window.controller.port)
    ana.client.join(window.controller.session.code, "Ana")
    until(qtbot, lambda: ana.offers)
    ana.client.submit("storm", [], 4)
    until(qtbot, lambda: window.controller.session.submission_count() == 1)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    QTest.keyClick(window, Qt.Key.Key_E, CTRL)
    until(qtbot, lambda: ana.ended)

    # The format starts as SpotIt's own; Alt+M reaches the chooser, Down moves through it.
    box = window.format_box
    assert box.currentData() == "spotit"
    QTest.keyClick(window, Qt.Key.Key_M, ALT)
    assert box.hasFocus()
    QTest.keyClick(box, Qt.Key.Key_Down)
    QTest.keyClick(box, Qt.Key.Key_Down)
    assert box.currentData() == "canvas" and box.currentText() == "Canvas gradebook import"

    asked = []
    target = tmp_path / "for-canvas.csv"

    def save_as(parent, title, suggested, filters):
        asked.append((suggested, filters))
        return str(target), filters

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_as)
    QTest.keyClick(window, Qt.Key.Key_S, CTRL)
    (suggested, filters) = asked[0]
    assert suggested.endswith(f"-{window.controller.session.code}-canvas.csv")
    assert filters == "CSV for Canvas gradebook import (*.csv)"
    rows = read(target)
    code = window.controller.session.code
    assert rows[0][:5] == ["Student", "ID", "SIS User ID", "SIS Login ID", "Section"]
    # The session ended during its first article: one assignment, out of 100 points.
    assert rows[0][5:] == [f"SpotIt {code} · 1. Storm will destroy the coast, sources warn"]
    assert rows[1] == ["Points Possible", "", "", "", "", "100"]
    (score,) = [r.score for r in window.controller.session.results()]
    assert rows[2:] == [["Ana", "", "", "Ana", "", str(score)]]
    assert "Canvas gradebook import" in window.statusBar().currentMessage()

    # Home goes back to SpotIt's own layout, and the next save uses it.
    QTest.keyClick(window, Qt.Key.Key_M, ALT)
    QTest.keyClick(box, Qt.Key.Key_Home)
    target = tmp_path / "spotit.csv"
    QTest.keyClick(window, Qt.Key.Key_S, CTRL)
    assert asked[1][0].endswith(f"-{code}.csv") and asked[1][1] == "CSV spreadsheet (*.csv)"
    assert read(target)[0][:2] == ["Session code", "Student"]
    ana.client.close()
