"""Screenshots of the investigation pane from the real app (issue 15).

Runs offscreen on a throw-away data folder with the starter pack: a learner selects the
expert's name in an article, investigates it (search results), opens his profile (a source
page), submits without flagging it, and the feedback says what could have been checked;
its link opens the profile with the passage marked. Each is grabbed at 1280x800:

    python tools/investigate_screenshots.py [OUT_DIR] [--all]

OUT_DIR defaults to docs/images; --all adds 200% text (-200) and the dark theme (-dark).
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["SPOTIT_DATA_DIR"] = tempfile.mkdtemp(prefix="spotit-shots-")

from PySide6.QtWidgets import QApplication  # noqa: E402

from spotit.gui.app import create_app  # noqa: E402
from spotit.gui.main_window import MainWindow  # noqa: E402
from spotit.gui.theme import Appearance  # noqa: E402
from spotit.store.bundled import bundled_packs, data_dir  # noqa: E402
from spotit.store.progress import Progress  # noqa: E402

ARTICLE = "meridian-expulsion"
NAME = "Dr Anselm Kroy"  # the expert the article quotes; his profile gives his field
PROFILE = "source:anselm-kroy"


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def grab(app: QApplication, window, path: Path) -> None:
    settle(app)
    window.grab().save(str(path))


def main(out_dir: Path, zoom: float = 1.0, dark: bool = False, suffix: str = "") -> None:
    os.environ["SPOTIT_DATA_DIR"] = tempfile.mkdtemp(prefix="spotit-shots-")  # a new profile
    app = QApplication.instance() or create_app()
    appearance = Appearance(app)
    appearance.set_zoom(zoom)
    appearance.set_dark(dark)
    progress = Progress(data_dir() / "progress.db")
    learner = progress.add_learner("Ana")
    window = MainWindow(progress, learner, appearance)
    for path in bundled_packs():
        window.add_pack(path)
    window.resize(1280, 800)
    window.show()
    window.decline_tour()  # the tour is offered to a new profile: not for these shots
    window.open_article("starter", ARTICLE)
    reader = window.reader
    reader.dismiss_lesson_offer()
    start = reader.view.text.find(NAME)
    if start < 0:  # the article was rewritten: say so rather than shoot something else
        raise SystemExit(f"tools/investigate_screenshots.py: {NAME!r} is not in {ARTICLE}")
    reader.view.select_span(start, start + len(NAME))
    reader.investigate()
    grab(app, window, out_dir / f"investigate-results{suffix}.png")
    if not reader.pane.open_address(PROFILE, via="search"):
        raise SystemExit(f"tools/investigate_screenshots.py: the pack has no {PROFILE}")
    grab(app, window, out_dir / f"investigate-page{suffix}.png")
    reader.submit_credible()
    feedback = reader.feedback
    model = feedback.verdict_model
    for n in range(model.rowCount()):
        credit = feedback.credit(model.row(model.index(n, 0)))
        if credit is not None and not credit.checked:
            feedback.verdict_list.setCurrentIndex(model.index(n, 0))
            break
    grab(app, window, out_dir / f"investigate-feedback{suffix}.png")
    if credit is not None:
        reader.open_check(credit.target, *(credit.quote or (-1, -1)))
        grab(app, window, out_dir / f"investigate-checked{suffix}.png")
    window.close()
    progress.close()


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    target = Path(args[0] if args else "docs/images")
    target.mkdir(parents=True, exist_ok=True)
    main(target)
    if "--all" in sys.argv:
        main(target, zoom=2.0, suffix="-200")
        main(target, dark=True, suffix="-dark")
    print(f"screenshots written to {target}")
