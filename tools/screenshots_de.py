"""The German screens for the README (docs/screenshots/de): the library, an article of the
German starter pack being flagged, and its feedback, at 1280×800 (and 200 %).

    QT_QPA_PLATFORM=offscreen .venv/bin/python tools/screenshots_de.py docs/screenshots/de
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication  # noqa: E402

from spotit.gui.app import create_app  # noqa: E402
from spotit.gui.i18n import languages  # noqa: E402
from spotit.gui.main_window import MainWindow  # noqa: E402
from spotit.gui.theme import Appearance  # noqa: E402
from spotit.store.bundled import bundled_packs, data_dir  # noqa: E402
from spotit.store.progress import Progress  # noqa: E402


def grab(app: QApplication, window, path: Path) -> None:
    for _ in range(5):
        app.processEvents()
    window.grab().save(str(path))


def main(out_dir: Path, zoom: float = 1.0, suffix: str = "") -> None:
    os.environ["SPOTIT_DATA_DIR"] = tempfile.mkdtemp(prefix="spotit-shots-de-")
    app = QApplication.instance() or create_app()
    languages().use("de")
    appearance = Appearance(app)
    appearance.set_zoom(zoom)
    progress = Progress(data_dir() / "progress.db")
    learner = progress.add_learner("Lena")
    window = MainWindow(progress, learner, appearance)
    for path in bundled_packs():
        window.add_pack(path)
    window.resize(1280, 800)
    window.show()
    window.decline_tour()
    window.show_library()
    grab(app, window, out_dir / f"library{suffix}.png")
    pack = window.packs["starter-de"]
    article = next(a for a in pack.articles() if a.annotations >= 4)  # one with red flags
    window.open_article("starter-de", article.meta.id)
    reader = window.reader
    reader.dismiss_lesson_offer()
    annotations = reader.current.article.annotations
    for annotation in annotations[::2]:
        reader.view.select_span(annotation.start, annotation.end)
        reader.flag_selection(annotation.category)
    grab(app, window, out_dir / f"reader{suffix}.png")
    reader.submit()
    grab(app, window, out_dir / f"feedback{suffix}.png")
    window.close()
    progress.close()


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots/de")
    target.mkdir(parents=True, exist_ok=True)
    main(target)
    main(target, zoom=2.0, suffix="-200")
    print(f"screenshots written to {target}")
