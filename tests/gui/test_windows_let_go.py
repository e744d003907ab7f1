"""Screens that are closed and let go are freed without crashing Python's garbage collector.

A widget tree in a reference cycle is freed by the cycle collector in no particular
order; a child holding a callback into its owner once made that crash the whole app
(a segmentation fault, so each screen is built in a child process).
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import pytest

BUILD = {
    "reader": "ReaderPage(Practice(progress, learner))",
    "reader-after-feedback": "reader_after_feedback()",
    "library": "LibraryPage()",
    "history": "history_page()",
    "main-window": "MainWindow(progress, learner)",
    "pack-editor": "PackEditor()",
    "pack-editor-after-an-edit": "editor_after_an_edit()",
    "try-as-learner": "try_as_learner()",
    "class-host": "HostWindow({'starter': pack}, progress, announce=False)",
    "class-student": "StudentWindow(ClassClient('127.0.0.1', 9, reconnect=False), progress, learner)",
    "import-dialog": "ImportDialog(None, [('Starter', pack_path)], lambda path: True)",
    "export-dialog": "ExportDialog(None, [('Starter', pack_path)])",
    "agreement": "AgreementView()",
}

SCRIPT = textwrap.dedent(
    """
    import faulthandler, gc, sys
    from pathlib import Path
    faulthandler.enable()
    from PySide6.QtWidgets import QApplication
    app = QApplication(sys.argv[:1])
    from spotit.authoring.draft import load_pack_file
    from spotit.classroom.client import ClassClient
    from spotit.core.model import Flag
    from spotit.gui.agreement_view import AgreementView
    from spotit.gui.classroom_host import HostWindow
    from spotit.gui.classroom_student import StudentWindow
    from spotit.gui.editor.tryout import TryAsLearnerDialog
    from spotit.gui.editor.window import PackEditor
    from spotit.gui.export_dialog import ExportDialog
    from spotit.gui.history import HistoryPage
    from spotit.gui.import_dialog import ImportDialog
    from spotit.gui.library import LibraryPage
    from spotit.gui.main_window import MainWindow
    from spotit.gui.reader import ReaderPage
    from spotit.practice import Practice
    from spotit.store.bundled import bundled_packs
    from spotit.store.pack import open_pack
    from spotit.store.progress import Progress

    pack_path = bundled_packs()[0]
    pack = open_pack(pack_path)
    progress = Progress(":memory:")
    learner = progress.add_learner("Ana")

    def reader_after_feedback():
        page = ReaderPage(Practice(progress, learner))
        page.show()
        page.open_article(pack, pack.article(pack.article_ids()[0]), fresh=True)
        page.view.select_span(0, 5)
        page.flag_selection(pack.categories[0].id)
        page.submit()
        app.processEvents()
        return page

    def history_page():
        page = HistoryPage()
        page.show_learner(Practice(progress, learner))
        return page

    def try_as_learner():
        draft = load_pack_file(pack_path).draft
        dialog = TryAsLearnerDialog(draft, draft.articles[0].uid)
        dialog.show()
        dialog.reader.view.select_span(0, 5)
        dialog.reader.flag_selection(pack.categories[0].id)
        return dialog

    def editor_after_an_edit():
        import shutil, tempfile
        from spotit.store.bundled import content_dir
        folder = Path(tempfile.mkdtemp()) / "starter"
        shutil.copytree(content_dir() / "starter", folder)
        editor = PackEditor()
        assert editor.open_path(folder)
        editor.session.change_pack_meta("title", "Changed")
        editor.session.undo_stack.undo()  # back to the saved text: closing asks nothing
        assert editor.session.undo_stack.count() == 1
        return editor

    for n in range(3):
        screen = eval(sys.argv[1])
        screen.show()
        app.processEvents()
        screen.close()
        app.processEvents()
        del screen
        gc.collect()
    print("freed")
    """
)


@pytest.mark.parametrize("name", sorted(BUILD))
def test_a_closed_screen_is_freed_without_a_crash(name, tmp_path):
    env = dict(os.environ, SPOTIT_DATA_DIR=str(tmp_path), QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, BUILD[name]],
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert done.returncode == 0 and "freed" in done.stdout, done.stderr[-2000:]
