"""Driving the learner app with the keyboard, as a learner would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtTest import QTest
from tests.gui.hostile import capture_boxes

from spotit.store.progress import Progress


def key(widget, k, mods=Qt.KeyboardModifier.NoModifier, times=1):
    for _ in range(times):
        QTest.keyClick(widget, k, mods)


def move_caret_to(view, text_position: int) -> None:
    """Move the caret with arrow keys from the start of the document."""
    cursor = view.textCursor()
    cursor.setPosition(0)
    view.setTextCursor(cursor)
    key(view, Qt.Key.Key_Right, times=view.to_qt(text_position))


def select_words(view, n_words: int) -> None:
    key(
        view,
        Qt.Key.Key_Right,
        Qt.KeyboardModifier.ShiftModifier | Qt.KeyboardModifier.ControlModifier,
        n_words,
    )


def rows_of(view) -> list[list[str]]:
    """What a list shows, row by row, as the learner reads it."""
    model = view.model()
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def library_status(library) -> dict[str, str]:
    """Headline -> status, as the library table shows them."""
    return {row[0]: row[4] for row in rows_of(library.table)}


def open_first_article(window):
    table = window.library.table
    table.setFocus()
    key(table, Qt.Key.Key_Home)
    key(table, Qt.Key.Key_Return)
    assert window.pages.currentWidget() is window.reader
    return window.reader


def test_flag_by_keyboard_recategorise_delete_undo_submit_next(window, progress, learner):
    reader = open_first_article(window)
    view = reader.view
    text = view.text
    article_id = reader.current.article.meta.id
    start = text.index("Yesterday, at the international conference")

    # Select words with Shift+Ctrl+Right (Qt stops at the comma too) and flag with key 3.
    move_caret_to(view, start)
    select_words(view, 4)
    key(view, Qt.Key.Key_3)
    assert [(f.start, view.text[f.start : f.end], f.category) for f in reader.flags] == [
        (start, "Yesterday, at the", "vague-source")
    ]
    assert rows_of(reader.flag_list) == [["Vague or anonymous source", "Yesterday, at the", ""]]
    assert len(view.extraSelections()) == 1

    # A selection that starts and ends inside words snaps to the whole words.
    days = text.index("five days")
    move_caret_to(view, days + 2)
    key(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier, 5)
    key(view, Qt.Key.Key_4)
    assert (days, days + len("five days"), "wrong-fact") in [
        (f.start, f.end, f.category) for f in reader.flags
    ]

    # With the caret inside a flag, a number key re-categorises it and Delete removes it.
    move_caret_to(view, start + 2)
    key(view, Qt.Key.Key_2)
    assert reader.flags[0].category == "unsourced-quote"
    key(view, Qt.Key.Key_Delete)
    assert [f.category for f in reader.flags] == ["wrong-fact"]

    # Undo brings the flag back with its new category; redo deletes it again; undo again.
    key(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert [f.category for f in reader.flags] == ["unsourced-quote", "wrong-fact"]
    key(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert [f.category for f in reader.flags] == ["wrong-fact"]
    key(view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)

    # From the side list: a number key re-categorises the selected flag, Delete deletes it.
    reader.flag_list.setFocus()
    key(reader.flag_list, Qt.Key.Key_Home)
    key(reader.flag_list, Qt.Key.Key_3)
    assert reader.flags[0].category == "vague-source"

    # The draft is saved as the learner works.
    draft = progress.draft(learner.id, "starter", article_id, reader.current.article.text_hash)
    assert [f.category for f in draft.flags] == ["vague-source", "wrong-fact"]

    # Submit with Ctrl+Enter: the attempt is stored before the feedback shows.
    key(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert reader.report is not None and reader.side.currentIndex() == 1
    (attempt,) = progress.attempts(learner.id)
    assert attempt.article_id == article_id and attempt.score == reader.report.score
    assert (
        progress.draft(learner.id, "starter", article_id, reader.current.article.text_hash) is None
    )
    verdicts = [row[0] for row in rows_of(reader.verdict_list)]
    assert any(v.startswith("✓ Found") for v in verdicts) and any(
        v.startswith("✗ Missed") for v in verdicts
    )
    assert "You found" in reader.summary_label.text()
    assert f"{attempt.score}" in reader.score_label.text()

    # Reading the feedback: the explanation of the selected red flag is shown.
    reader.verdict_list.setFocus()
    key(reader.verdict_list, Qt.Key.Key_Down)
    assert "How to check" in reader.explanation.toPlainText()

    # Next article (Ctrl+N) opens an article not tried yet.
    key(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert reader.current.article.meta.id != article_id
    assert reader.report is None and reader.flags == []
    window.show_library()
    status = window.library.model.index(0, 4).data()
    assert status == "Done"


def test_credible_button_submits_without_flags(window, progress, learner):
    window.library.status_box.setCurrentIndex(0)
    window.open_article("starter", "clinic-trial")
    reader = window.reader
    key(
        reader.view,
        Qt.Key.Key_Return,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    assert reader.report.score == 100
    assert "credible" in reader.summary_label.text()


def test_draft_survives_closing_the_window(qtbot, window, progress, learner, starter_pack_path):
    from spotit.gui.main_window import MainWindow

    window.open_article("starter", "miracle-tea")
    view = window.reader.view
    start = view.text.index("a leading doctor")
    view.select_span(start, start + len("a leading doctor"))
    window.reader.flag_selection("false-authority")
    window.close()

    again = MainWindow(Progress(progress.path), learner)
    qtbot.addWidget(again)
    again.add_pack(starter_pack_path)
    again.open_article("starter", "miracle-tea")
    assert [(f.start, f.category) for f in again.reader.flags] == [(start, "false-authority")]
    again.library.reload()
    assert "In progress" in library_status(again.library).values()


def test_try_again_starts_fresh(window, progress, learner):
    window.open_article("starter", "miracle-tea")
    reader = window.reader
    start = reader.view.text.index("a leading doctor")
    reader.view.select_span(start, start + 5)
    reader.flag_selection("false-authority")
    reader.submit()
    key(reader.view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert reader.report is None and reader.flags == [] and reader.side.currentIndex() == 0
    assert len(progress.attempts(learner.id)) == 1  # the submitted attempt stays in history


def test_selection_of_only_spaces_does_not_flag(window):
    window.open_article("starter", "miracle-tea")
    reader = window.reader
    cursor = reader.view.textCursor()
    at = reader.view.text.index(" ")
    cursor.setPosition(reader.view.to_qt(at))
    cursor.setPosition(reader.view.to_qt(at + 1), QTextCursor.MoveMode.KeepAnchor)
    reader.view.setTextCursor(cursor)
    assert not reader.flag_selection("filler")
    assert reader.flags == []


def test_links_ask_before_opening_and_show_the_address(window, monkeypatch):
    from PySide6.QtCore import QUrl
    from PySide6.QtWidgets import QMessageBox

    opened = []
    asked = capture_boxes(monkeypatch, QMessageBox.StandardButton.Cancel)
    monkeypatch.setattr(
        "spotit.gui.reader.QDesktopServices.openUrl", lambda url: opened.append(url)
    )
    window.open_article("starter", "miracle-tea")
    window.reader.view._confirm_link(QUrl("https://example.org/real-address"))
    assert "https://example.org/real-address" in asked[0][1] and opened == []
    capture_boxes(monkeypatch, QMessageBox.StandardButton.Open)
    window.reader.view._confirm_link(QUrl("https://example.org/real-address"))
    assert opened and opened[0].toString() == "https://example.org/real-address"


def test_reader_never_loads_resources(window):
    from PySide6.QtCore import QUrl
    from PySide6.QtGui import QTextDocument

    assert (
        window.reader.view.loadResource(
            QTextDocument.ResourceType.ImageResource.value, QUrl("http://x/y.png")
        )
        is None
    )


def test_zoom_and_dark_theme(qtbot, progress, learner, starter_pack_path, qapp):
    from spotit.gui.main_window import MainWindow
    from spotit.gui.theme import Appearance

    appearance = Appearance(qapp)
    base = qapp.font().pointSizeF()
    win = MainWindow(progress, learner, appearance)
    qtbot.addWidget(win)
    win.add_pack(starter_pack_path)
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)
    win.library.focus_table()
    qapp.processEvents()
    key(win.library.table, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert qapp.font().pointSizeF() > base
    key(win.library.table, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert qapp.font().pointSizeF() == base
    win.dark_action.trigger()
    assert qapp.palette().color(qapp.palette().ColorRole.Window).lightness() < 80
    win.dark_action.trigger()
    assert qapp.palette().color(qapp.palette().ColorRole.Window).lightness() > 150


def test_library_filters_and_next_article(window):
    library = window.library
    total = library.proxy.rowCount()
    library.difficulty_box.setCurrentIndex(library.difficulty_box.findData(3))
    hard = library.proxy.rowCount()
    assert 0 < hard < total
    library.difficulty_box.setCurrentIndex(0)
    library.tag_box.setCurrentIndex(library.tag_box.findData("health"))
    assert 0 < library.proxy.rowCount() < total
    library.tag_box.setCurrentIndex(0)
    first = library.next_article()
    window.open_article(*first)
    window.reader.submit_credible()
    assert library.next_article() != first


def test_opening_a_broken_pack_shows_the_error_and_changes_nothing(window, tmp_path, monkeypatch):

    shown = capture_boxes(monkeypatch)
    bad = tmp_path / "broken.spotit"
    bad.write_bytes(b"not a pack at all")
    rows = window.library.model.rowCount()
    assert not window.open_pack_file(bad)
    assert [text for _title, text, _format in shown] == [
        f"{bad}: not a SpotIt pack (not an SQLite file)"
    ]
    assert window.library.model.rowCount() == rows and list(window.packs) == ["starter"]


def test_file_menu_opens_the_pack_editor_on_a_new_and_an_existing_pack(
    window, tmp_path, monkeypatch, starter_pack_path
):
    from PySide6.QtWidgets import QFileDialog

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(tmp_path / "new"))
    (tmp_path / "new").mkdir()
    window.new_pack_in_editor()
    assert len(window.editors) == 1 and window.editors[0].isVisible()
    monkeypatch.setattr(
        QFileDialog, "getOpenFileName", lambda *a, **k: (str(starter_pack_path), "")
    )
    window.edit_pack_in_editor()
    assert len(window.editors) == 2 and window.editors[1].isVisible()
    for editor in window.editors:
        editor.ask_before_closing = False
        editor.close()


def test_class_menu_hosts_a_session_and_offers_to_join(window, monkeypatch):
    from spotit.gui.classroom_host import HostWindow

    window.host_class()
    assert isinstance(window.host_window, HostWindow) and window.host_window.isVisible()
    first = window.host_window
    window.host_class()  # a second click brings the same session forward
    assert window.host_window is first
    first.close()
    joined = []
    monkeypatch.setattr(
        "spotit.gui.classroom_student.open_join_dialog",
        lambda parent, progress, learner: joined.append((parent, learner.name)),
    )
    window.join_class()
    assert joined == [(window, "Ana")]


def test_reader_menus_fill_in_when_the_first_article_opens(window):
    def texts(menu):
        return [a.text() for a in menu.actions() if not a.isSeparator()]

    assert texts(window.edit_menu) == ["Open an article to flag it"]
    assert not window.edit_menu.actions()[0].isEnabled()
    window.open_article("starter", "miracle-tea")
    assert texts(window.edit_menu) == ["&Undo", "&Redo"]
    assert "&Submit flags" in texts(window.flag_menu)


def test_an_attempt_that_cannot_be_saved_stays_open_with_a_one_line_reason(
    window, progress, learner, monkeypatch
):

    from spotit.store.progress import ProgressError

    shown = capture_boxes(monkeypatch)

    def disk_full(*_args, **_kwargs):
        raise ProgressError(f"{progress.path}: could not save the attempt (disk is full)")

    monkeypatch.setattr(progress, "submit", disk_full)
    window.open_article("starter", "miracle-tea")
    reader = window.reader
    start = reader.view.text.index("a leading doctor")
    reader.view.select_span(start, start + len("a leading doctor"))
    reader.flag_selection("false-authority")
    reader.submit()
    assert [text for _title, text, _format in shown] == [
        "Your attempt could not be saved, so it stays open:\n"
        f"{progress.path}: could not save the attempt (disk is full)"
    ]
    assert reader.report is None and reader.editable and len(reader.flags) == 1
    assert progress.attempts(learner.id) == []


def test_a_bug_while_submitting_is_not_hidden_as_not_saved(window, progress, monkeypatch):

    shown = capture_boxes(monkeypatch)

    def bug(*_args, **_kwargs):
        raise KeyError("a programming error")

    monkeypatch.setattr(progress, "submit", bug)
    window.open_article("starter", "clinic-trial")
    with pytest.raises(KeyError):
        window.reader._submit([])
    assert shown == []


def test_headlines_stay_readable_at_double_text_size(
    qtbot, progress, learner, starter_pack_path, qapp
):
    from spotit.gui.main_window import MainWindow
    from spotit.gui.theme import Appearance

    appearance = Appearance(qapp)
    win = MainWindow(progress, learner, appearance)
    qtbot.addWidget(win)
    win.add_pack(starter_pack_path)
    win.resize(1280, 800)
    win.show()
    table = win.library.table
    header = table.header()

    def widest_outlet() -> int:
        return max(
            table.fontMetrics().horizontalAdvance(table.model().index(r, 1).data())
            for r in range(table.model().rowCount())
        )

    try:
        appearance.set_zoom(2.0)
        qapp.processEvents()
        # The other columns fit their larger texts; about thirty letters of every
        # headline still show, and the table scrolls sideways for the rest.
        assert header.sectionSize(1) > widest_outlet()
        assert header.sectionSize(0) >= 30 * table.fontMetrics().averageCharWidth()
        appearance.set_zoom(1.0)
        qapp.processEvents()
        # Back at normal size the headline takes exactly the room the others leave.
        assert header.sectionSize(1) < 2 * widest_outlet()
        others = sum(header.sectionSize(n) for n in range(1, header.count()))
        assert header.sectionSize(0) + others == table.viewport().width()
    finally:
        appearance.set_zoom(1.0)
