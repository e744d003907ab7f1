"""Screenshots of the pack editor's Sources tab, from the real window (docs/editor.md).

Runs offscreen on a copy of the starter pack's source folder: the Sources tab with a page
and what links to it, then the same page with a broken link gone to from its problem.
Written at 1280x800 as ``editor-sources.png`` and ``editor-sources-problem.png``; with
``--all`` also at 200% (``*-200.png``).

    python tools/editor_sources_screenshots.py [OUT_DIR] [--all]
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QMessageBox  # noqa: E402

from spotit.gui.app import create_app  # noqa: E402
from spotit.gui.editor import PackEditor  # noqa: E402
from spotit.gui.theme import Appearance  # noqa: E402

STARTER = Path(__file__).resolve().parent.parent / "content" / "starter"
PAGE = "sources/harlow-mere-council.md"
#: The link broken for the second shot: its target misspelt, as an author might.
LINK, BROKEN = "(source:", "(source:harlow-mere-councill"


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main(out_dir: Path, zoom: float = 1.0, suffix: str = "") -> None:
    app = QApplication.instance() or create_app()
    appearance = Appearance(app)
    appearance.set_zoom(zoom)
    QMessageBox.exec = lambda box: 0  # the problems said at opening (none in the starter)
    folder = Path(tempfile.mkdtemp(prefix="spotit-sources-shots-")) / "starter"
    shutil.copytree(STARTER, folder)
    editor = PackEditor(appearance=appearance)
    editor.ask_before_closing = False
    editor.resize(1280, 800)
    editor.open_path(folder)
    editor.show()
    editor.tabs.setCurrentWidget(editor.sources_page)
    page = editor.sources_page
    page.show_sources(PAGE)
    page.refresh()
    editor.validate_now()
    settle(app)
    editor.grab().save(str(out_dir / f"editor-sources{suffix}.png"))
    # A link of another page to this one, misspelt: the problem, gone to from the list.
    linking = next(x for x in page.linked_rows.rows if x.kind == "source")
    text = dict(editor.draft.sources)[linking.file]
    at = text.index(f"{LINK}harlow-mere-council)")
    editor.session.change_source(
        linking.file, text[:at] + BROKEN + text[at + len(LINK) + len("harlow-mere-council") :]
    )
    issues = editor.validate_now()
    issue = next(i for i in issues if "link to unknown source" in i.message)
    editor.go_to(issue.target, issue.message)
    page.refresh()
    settle(app)
    editor.grab().save(str(out_dir / f"editor-sources-problem{suffix}.png"))
    editor.close()
    shutil.rmtree(folder.parent, ignore_errors=True)


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    target = Path(args[0]) if args else Path("docs/images")
    target.mkdir(parents=True, exist_ok=True)
    main(target)
    if "--all" in sys.argv:
        main(target, zoom=2.0, suffix="-200")
