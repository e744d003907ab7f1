"""SpotIt's reader on a starter article, for a screen reader's view of it (tools/atspi).

    python tools/atspi/probe_app.py [--submit] [--language de]

Opens "miracle-tea" with one flag on its first word and a selection (characters
10–25), optionally submits it, and waits to be stopped. Run it on an X screen with
QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 and an AT-SPI bus (tools/atspi/dump.sh does both).
"""

from __future__ import annotations

import argparse

from spotit.gui.app import create_app
from spotit.gui.i18n import languages
from spotit.gui.main_window import MainWindow
from spotit.store.bundled import content_dir, data_dir, ensure_built
from spotit.store.progress import Progress

parser = argparse.ArgumentParser()
parser.add_argument("--submit", action="store_true")
parser.add_argument("--language", default="en")
options = parser.parse_args()
app = create_app()
languages().use(options.language)
progress = Progress(data_dir() / "progress.db")
learner = progress.add_learner("Ana")
window = MainWindow(progress, learner)
window.add_pack(ensure_built(content_dir() / "starter", data_dir() / "packs"))
window.show()
window.open_article("starter", "miracle-tea")
reader = window.reader
reader.view.select_span(0, 8)
reader.flag_selection("sensational-headline")
reader.view.select_span(10, 25)
if options.submit:
    reader.submit()
print("ready", flush=True)
app.exec()
