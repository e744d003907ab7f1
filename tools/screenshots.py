"""Generate the README's screenshots from the real app (make screenshots).

Runs offscreen on a throw-away data folder: a learner opens a starter article,
flags a few passages, submits, and each screen is grabbed to docs/screenshots/.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["SPOTIT_DATA_DIR"] = tempfile.mkdtemp(prefix="spotit-shots-")

from PySide6.QtWidgets import QApplication  # noqa: E402

from spotit.gui.app import create_app  # noqa: E402
from spotit.gui.main_window import MainWindow  # noqa: E402
from spotit.gui.theme import Appearance  # noqa: E402
from spotit.store.bundled import bundled_packs, data_dir  # noqa: E402
from spotit.store.progress import Progress  # noqa: E402

ARTICLE = "summit-ultimatum"
LESSON = "vague-source"  # the lesson shown
PRACTISED = 4  # articles practised after the first, for the practice and history shots
FLAGS = [  # (quote, category): a realistic mix of right, wrong-category and invented flags
    ("Yesterday, at the international conference", "vague-source"),
    ("five days", "wrong-fact"),
    ("He is clearly afraid", "unsupported-claim"),
    ("2022", "wrong-fact"),
    ("Their energy ministers are due to meet on Monday", "vague-source"),
]


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def grab(app: QApplication, window, path: Path) -> None:
    settle(app)
    window.grab().save(str(path))


def flag_passages(reader, flags) -> None:
    for quote, category in flags:
        start = reader.view.text.find(quote)
        if start < 0:  # the article was rewritten: say so rather than shoot fewer flags
            raise SystemExit(f"tools/screenshots.py: {quote!r} is not in {ARTICLE}")
        reader.view.select_span(start, start + len(quote))
        reader.flag_selection(category)


def main(out_dir: Path, zoom: float = 1.0, dark: bool = False, suffix: str = "") -> None:
    os.environ["SPOTIT_DATA_DIR"] = tempfile.mkdtemp(prefix="spotit-shots-")  # a new profile
    app = QApplication.instance() or create_app()
    appearance = Appearance(app)
    appearance.set_zoom(zoom)
    appearance.set_dark(dark)
    progress = Progress(data_dir() / "progress.db")
    learner = next(iter(progress.learners()), None) or progress.add_learner("Ana")
    window = MainWindow(progress, learner, appearance)
    for path in bundled_packs():
        window.add_pack(path)
    window.resize(1280, 800)
    window.show()
    window.show_library()

    # A new profile: the tour is offered; its first steps over the real widgets.
    window.take_tour()
    tour = window.tour
    grab(app, window, out_dir / f"tour{suffix}.png")
    tour.next()  # the practice article, with the tour's box beside it
    grab(app, window, out_dir / f"tour-article{suffix}.png")
    tour.skip()
    window.show_library()
    grab(app, window, out_dir / f"library{suffix}.png")

    # The first article: the lessons it needs are offered above it, once.
    window.open_article("starter", ARTICLE)
    reader = window.reader
    grab(app, window, out_dir / f"lesson-offer{suffix}.png")
    window.open_lesson(LESSON)
    lessons = window.lesson_window
    lessons.resize(1000, 700)
    settle(app)
    lessons.grab().save(str(out_dir / f"lesson{suffix}.png"))
    lessons.close()
    reader.dismiss_lesson_offer()

    flag_passages(reader, FLAGS)
    grab(app, window, out_dir / f"reader{suffix}.png")
    reader.submit()
    grab(app, window, out_dir / f"feedback{suffix}.png")

    # A few more articles through today's practice, so there is something to review.
    window.show_library()
    window.library.start_practice()
    for n in range(PRACTISED):
        if n:
            window.next_article()
        reader = window.reader
        reader.dismiss_lesson_offer()
        flag_passages_of_key(reader)
        reader.submit()
    window.show_library()
    grab(app, window, out_dir / f"practice{suffix}.png")
    # History a week later, when some red flags have faded and are due again.
    window.practice.clock = lambda: datetime.now(UTC) + timedelta(days=7)
    window.show_history()
    grab(app, window, out_dir / f"history{suffix}.png")
    # The retention view (below the scores when the text is large).
    page = window.history
    page.scroll.ensureWidgetVisible(page.retention_title, 0, 0)
    page.scroll.verticalScrollBar().setValue(
        page.retention_title.mapTo(page.scroll.widget(), page.retention_title.rect().topLeft()).y()
    )
    grab(app, window, out_dir / f"retention{suffix}.png")
    window.close()
    progress.close()


def flag_passages_of_key(reader) -> None:
    """Flag about half of the article's red flags, as a learner part-way there would."""
    for annotation in reader.current.article.annotations[::2]:
        reader.view.select_span(annotation.start, annotation.end)
        reader.flag_selection(annotation.category)


if __name__ == "__main__":
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "docs/screenshots")
    target.mkdir(parents=True, exist_ok=True)
    main(target)
    if "--all" in sys.argv:
        main(target, zoom=2.0, suffix="-200")
        main(target, dark=True, suffix="-dark")
    print(f"screenshots written to {target}")
