"""Screenshots of the pack editor, from the real window (docs/editor.md).

Runs offscreen on a copy of the starter pack's source folder:

- the Sources tab with a page and what links to it, then the same page with a broken
  link gone to from its problem (``editor-sources.png``, ``editor-sources-problem.png``);
- the Articles tab with a red flag selected whose check names a source page and its
  passage, then the Notes tab with a note's check (``editor-check.png``,
  ``editor-check-note.png``).

Written at 1280x800; with ``--all`` also at 200% (``*-200.png``).

    python tools/editor_screenshots.py [OUT_DIR] [--all]
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
#: The link broken for the problem shot: its target misspelt, as an author might.
LINK, BROKEN = "(source:", "(source:harlow-mere-councill"


def settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def open_editor(zoom: float):
    """The editor on a fresh copy of the starter source, at ``zoom``; and that folder."""
    app = QApplication.instance() or create_app()
    appearance = Appearance(app)
    appearance.set_zoom(zoom)
    QMessageBox.exec = lambda box: 0  # the problems said at opening (none in the starter)
    folder = Path(tempfile.mkdtemp(prefix="spotit-editor-shots-")) / "starter"
    shutil.copytree(STARTER, folder)
    editor = PackEditor(appearance=appearance)
    editor.ask_before_closing = False
    editor.resize(1280, 800)
    editor.open_path(folder)
    editor.show()
    return app, editor, folder


def sources_shots(out_dir: Path, zoom: float = 1.0, suffix: str = "") -> None:
    app, editor, folder = open_editor(zoom)
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


def check_shots(out_dir: Path, zoom: float = 1.0, suffix: str = "") -> None:
    app, editor, folder = open_editor(zoom)
    session, page = editor.session, editor.article_page
    # The first red flag whose check names a passage of its page.
    article, flag = next(
        (a, f)
        for a in editor.draft.articles
        for f in a.annotations
        if f.check is not None and f.check.quote
    )
    session.select_article(article.uid)
    session.select_annotation(flag.uid)
    editor.validate_now()
    settle(app)
    page.details_scroll.ensureWidgetVisible(page.check_fields.state)
    page.details_scroll.ensureWidgetVisible(page.check_fields.page_label)
    page.check_fields.page.setFocus()
    settle(app)
    editor.grab().save(str(out_dir / f"editor-check{suffix}.png"))
    # A note with a check (or the first note), on the Notes tab.
    found = next(
        (
            (a, n)
            for a in editor.draft.articles
            for n, note in enumerate(a.notes)
            if note.check is not None
        ),
        None,
    ) or next((a, 0) for a in editor.draft.articles if a.notes)
    session.select_article(found[0].uid)
    page.show_key_tab(1)
    session.select_note(found[1])
    settle(app)
    page.note_scroll.ensureWidgetVisible(page.note_check_fields.state)
    page.note_scroll.ensureWidgetVisible(page.note_check_fields.page_label)
    page.note_check_fields.page.setFocus()
    settle(app)
    editor.grab().save(str(out_dir / f"editor-check-note{suffix}.png"))
    editor.close()
    shutil.rmtree(folder.parent, ignore_errors=True)


def main(out_dir: Path, zoom: float = 1.0, suffix: str = "") -> None:
    sources_shots(out_dir, zoom, suffix)
    check_shots(out_dir, zoom, suffix)


if __name__ == "__main__":
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    target = Path(args[0]) if args else Path("docs/images")
    target.mkdir(parents=True, exist_ok=True)
    main(target)
    if "--all" in sys.argv:
        main(target, zoom=2.0, suffix="-200")
