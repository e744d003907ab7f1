"""Start-up stays light: the library window shows before anything not on screen is loaded."""

from __future__ import annotations

import os
import subprocess
import sys

#: Loaded later, when first needed: none of them draws the library.
NOT_AT_START = (
    "sqlite_utils",
    "markdown",
    "nh3",
    "spotit.core.scoring",
    "spotit.core.anchoring",
    "spotit.gui.reader",
    "spotit.gui.history",
    "spotit.gui.classroom_student",
    "PySide6.QtCharts",
    "PySide6.QtWebSockets",
    "PySide6.QtNetwork",
    "spotit.gui.marks",
    "spotit.interop",
    "tomllib",
)

# What is loaded when the library is on screen (the app's first show_library after show()).
STARTS_THE_APP = (
    "import runpy, sys\n"
    "from spotit.gui.main_window import MainWindow\n"
    f"NOT_AT_START = {NOT_AT_START!r}\n"
    "shown = MainWindow.show_library\n"
    "def check(self):\n"
    "    shown(self)\n"
    "    if self.isVisible() and not hasattr(sys, 'checked'):\n"
    "        sys.checked = True\n"
    "        loaded = sorted(m for m in sys.modules if m in NOT_AT_START or m.rsplit('.', 1)[0] in NOT_AT_START)\n"
    "        print('LOADED', loaded)\n"
    "MainWindow.show_library = check\n"
    "sys.argv = ['spotit', '--learner', 'Ana', '--exit-when-ready']\n"
    "runpy.run_module('spotit.cli', run_name='__main__')\n"
)


def test_the_library_window_shows_without_loading_what_is_not_on_screen(tmp_path):
    env = dict(os.environ, SPOTIT_DATA_DIR=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    # The first start builds the bundled pack and creates the learner; measure the second,
    # the start every learner has.
    subprocess.run([sys.executable, "-c", STARTS_THE_APP], env=env, check=True, capture_output=True)
    done = subprocess.run(
        [sys.executable, "-c", STARTS_THE_APP], env=env, check=True, capture_output=True, text=True
    )
    (line,) = [x for x in done.stdout.splitlines() if x.startswith("LOADED")]
    assert line == "LOADED []"
