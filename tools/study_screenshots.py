"""Screenshots of the study window (what a participant sees), from the real window.

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/study_screenshots.py docs/screenshots [--all]

Runs on a throw-away data folder and a small study of the starter pack: the welcome,
a new participant's code, a check item, the reading view, the feedback of the practice
arm (with its Continue) and the completion code, at
1280x800 (and with --all at 200% as ``*-200.png`` and in the dark theme as ``*-dark.png``).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from spotit.gui.app import create_app  # noqa: E402
from spotit.gui.theme import Appearance  # noqa: E402

STUDY = """\
# A study of SpotIt practice against an active control. Training material; invented.
id = "spotit-pilot-2027"
title = "SpotIt pilot: practice vs reading"
pack = "starter"
check = "discernment"
seed = 20270115

[schedule]
post = true
delays = [7]
practice_articles = 1
practice_days = [0]

[[arms]]
id = "control"
name = "Reading credible articles"
practice = "read"

[[arms]]
id = "spotit"
name = "SpotIt practice"
practice = "flag"
"""


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main(out_dir: Path, zoom: float = 1.0, dark: bool = False, suffix: str = "") -> None:
    os.environ["SPOTIT_DATA_DIR"] = folder = tempfile.mkdtemp(prefix="spotit-study-shots-")
    from spotit.gui.study import StudyWindow
    from spotit.practice.study import CheckStep, PracticeStep, StudyDesk

    app = QApplication.instance() or create_app()
    appearance = Appearance(app)
    appearance.set_zoom(zoom)
    appearance.set_dark(dark)
    path = Path(folder) / "study.toml"
    path.write_text(STUDY, encoding="utf-8")
    desk = StudyDesk.open(path, Path(folder))
    window = StudyWindow(desk, appearance)
    window.resize(1280, 800)
    window.show()

    def grab(name: str) -> None:
        settle(app)
        window.grab().save(str(out_dir / f"{name}{suffix}.png"))

    grab("study-welcome")
    # Two participants: the first block of the assignment has each arm once.
    for n in range(2):
        window.new_participant()
        if n == 0:
            grab("study-code")
        window.next_step()
        page = window.check_page
        page.begin()
        for rating in (2, 5):
            page.choose(rating)
        if n == 0:
            grab("study-check-item")
        while isinstance(window.step, CheckStep):
            page.choose(3)
        while isinstance(window.step, PracticeStep):
            if window.step.kind == "read":
                grab("study-reading")
                window.finish_reading()
            else:
                window.reader.submit_credible()
                grab("study-feedback")
                window.next_step()
        page.begin()
        while isinstance(window.step, CheckStep):
            page.choose(4)
        if n == 0:
            grab("study-completion")
        window.show_welcome()
    window.close()
    desk.close()


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    target.mkdir(parents=True, exist_ok=True)
    main(target)
    if "--all" in sys.argv:
        main(target, zoom=2.0, suffix="-200")
        main(target, dark=True, suffix="-dark")
    print(f"study screenshots written to {target}")
