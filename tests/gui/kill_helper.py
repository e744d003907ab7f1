"""Run by test_kill.py in a subprocess: flag, optionally submit, say so, then wait to be killed."""

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from spotit.gui.app import create_app  # noqa: E402
from spotit.gui.main_window import MainWindow  # noqa: E402
from spotit.store.bundled import data_dir  # noqa: E402
from spotit.store.progress import Progress  # noqa: E402


def main() -> None:
    pack_path, mode = sys.argv[1], sys.argv[2]
    app = create_app()
    progress = Progress(data_dir() / "progress.db")
    learner = progress.add_learner("Killed")
    window = MainWindow(progress, learner)
    window.add_pack(pack_path)
    window.show()
    window.open_article("starter", "miracle-tea")
    view = window.reader.view
    start = view.text.index("a leading doctor")
    view.select_span(start, start + len("a leading doctor"))
    window.reader.flag_selection("false-authority")
    if mode == "submit":
        window.reader.submit()
        print(f"SUBMITTED {window.reader.report.score}", flush=True)
    else:
        print("FLAGGED", flush=True)
    app.processEvents()
    time.sleep(120)


if __name__ == "__main__":
    main()
