"""Long work off the GUI thread: results and failures come back on it, one line each."""

from __future__ import annotations

import threading

from PySide6.QtWidgets import QLabel, QPushButton, QWidget

from spotit.gui.operations import Operation, problem_line
from spotit.store.pack import PackError


def test_success_runs_on_the_gui_thread_with_the_result(qtbot):
    seen = []
    worker_threads = []

    def work():
        worker_threads.append(threading.current_thread())
        return 42

    op = Operation(work).success(lambda r: seen.append((r, threading.current_thread()))).run()
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert seen == [(42, threading.main_thread())]
    assert worker_threads and worker_threads[0] is not threading.main_thread()


def test_failure_is_one_line_and_expected_errors_keep_their_words(qtbot):
    lines = []
    op = Operation(lambda: (_ for _ in ()).throw(PackError("x.spotit: not a pack")))
    op.failure(lines.append).run()
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert lines == ["x.spotit: not a pack"]


def test_an_unexpected_error_names_its_type():
    assert problem_line(KeyError("k")) == "unexpected problem: KeyError: 'k'"
    assert problem_line(FileNotFoundError(2, "No such file", "a.txt")) == "a.txt: No such file"


def test_busy_indicator_and_controls_while_working(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    busy, button = QLabel("Working…", window), QPushButton("Go", window)
    gate = threading.Event()
    op = Operation(lambda: gate.wait(5), parent=window).busy(busy, disable=[button]).run()
    assert not button.isEnabled() and not busy.isHidden()
    gate.set()
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    assert button.isEnabled() and busy.isHidden()


def test_progress_reaches_the_gui_thread(qtbot):
    reports = []

    def work(progress):
        for n in range(3):
            progress(n + 1, 3, f"step {n + 1}")
        return "done"

    op = Operation(work).progress(lambda *r: reports.append(r)).run()
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    qtbot.waitUntil(lambda: len(reports) == 3, timeout=5000)
    assert reports == [(1, 3, "step 1"), (2, 3, "step 2"), (3, 3, "step 3")]


def test_a_closed_screen_is_not_called_back(qtbot):
    window = QWidget()
    called = []
    gate = threading.Event()
    op = Operation(lambda: gate.wait(5), parent=window).success(called.append).run()
    window.deleteLater()
    qtbot.wait(50)
    gate.set()
    qtbot.waitUntil(lambda: op.done, timeout=5000)
    qtbot.wait(50)
    assert called == []
