"""Joining a class and working in it, from the keyboard, as a student would."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from tests.classroom.conftest import CODE, LOOPBACK
from tests.classroom.harness import flag_on
from tests.classroom.test_network import until

from spotit.classroom.protocol import MAX_NAME_CHARS
from spotit.classroom.session import Phase
from spotit.gui.classroom_student import JoinDialog
from spotit.store.progress import Progress

CTRL = Qt.KeyboardModifier.ControlModifier


def key(widget, k, mods=Qt.KeyboardModifier.NoModifier, times=1):
    for _ in range(times):
        QTest.keyClick(widget, k, mods)


@pytest.fixture
def settings(tmp_path):
    return QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)


def close_quietly(win) -> None:
    win.client.close()


def join(qtbot, host, settings, name="Ana", code=CODE, progress=None, learner=None):
    """Fill in the join dialog with the keyboard and press Enter."""
    dialog = JoinDialog(progress, learner, discover=False, settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.host_box.setFocus()
    dialog.host_box.lineEdit().selectAll()
    QTest.keyClicks(dialog.host_box, LOOPBACK)
    dialog.port_box.setFocus()
    dialog.port_box.selectAll()
    QTest.keyClicks(dialog.port_box, str(host.port))
    QTest.keyClicks(dialog.code_edit, code[:3].lower() + " " + code[3:].lower())
    assert dialog.code_edit.text() == code[:3] + " " + code[3:]  # typed in capitals
    dialog.name_edit.selectAll()
    QTest.keyClicks(dialog.name_edit, name)
    key(dialog.name_edit, Qt.Key.Key_Return)
    return dialog


def joined(qtbot, host, settings, **kwargs):
    dialog = join(qtbot, host, settings, **kwargs)
    until(qtbot, lambda: dialog.window_opened is not None)
    window = dialog.window_opened
    qtbot.addWidget(window, before_close_func=close_quietly)
    until(qtbot, lambda: window.reader.current is not None)
    return window


def select(view, start: int, end: int) -> None:
    """Select by keyboard: caret to start with arrows, then Shift+Right to end.

    One arrow press moves over one character, an emoji included (two UTF-16 units).
    """
    cursor = view.textCursor()
    cursor.setPosition(0)
    view.setTextCursor(cursor)
    key(view, Qt.Key.Key_Right, times=start)
    key(view, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier, end - start)


def test_a_student_joins_flags_submits_and_sees_the_reveal(
    qtbot, host, session, settings, tmp_path
):
    progress = Progress(tmp_path / "student.db")
    learner = progress.add_learner("Ana")
    window = joined(qtbot, host, settings, progress=progress, learner=learner)
    reader = window.reader
    assert reader.current.article.meta.id == "tea"
    assert reader.current.article.annotations == []  # nothing of the answer key yet
    assert "Article 1 of 3" in window.banner.text() and "Flag the red flags" in window.banner.text()

    # Select "a leading doctor" with the keyboard and flag it with key 3 (vague source).
    text = reader.view.text
    doctor = flag_on(text, "a leading doctor", "vague-source")
    select(reader.view, doctor.start, doctor.end)
    key(reader.view, Qt.Key.Key_3)
    assert reader.flags == [doctor]
    number = flag_on(text, "90% of drinkers", "misleading-number")
    select(reader.view, number.start, number.end)
    key(reader.view, Qt.Key.Key_7)
    assert reader.flags == [doctor, number]
    # The draft reaches the host as the student works.
    until(qtbot, lambda: session.roster()[0].flags == 2)
    assert session.roster()[0].state == "flagging"

    # Ctrl+Enter submits to the host; the flags are locked while waiting.
    key(reader.view, Qt.Key.Key_Return, CTRL)
    until(qtbot, lambda: session.roster()[0].state == "submitted")
    until(qtbot, lambda: "Waiting for the instructor" in window.banner.text())
    assert reader.awaiting_result and reader.report is None
    select(reader.view, 0, 5)
    key(reader.view, Qt.Key.Key_1)
    assert len(reader.flags) == 2

    # The reveal: feedback, the class column, and the attempt in the student's history.
    host.apply(session.reveal())
    until(qtbot, lambda: reader.report is not None)
    assert reader.side.currentIndex() == 1
    assert window.class_result.isVisible() and "1 student;" in window.class_result.text()
    model = reader.verdict_list.model()
    rows = [model.row(r) for r in range(model.rowCount())]
    shown = [
        [model.index(r, c).data() for c in range(model.columnCount())] for r in range(len(rows))
    ]
    assert model.headerData(3, Qt.Orientation.Horizontal) == "Class"
    gold = {
        cells[2]: cells[3] for row, cells in zip(rows, shown, strict=True) if row.kind == "gold"
    }
    # Counts of the class, found with the right category; no count on the student's own rows.
    assert gold == {
        "cures everything": "0 of 1",
        "a leading doctor": "0 of 1",
        "90% of drinkers": "1 of 1",
    }
    flag_rows = [cells for row, cells in zip(rows, shown, strict=True) if row.kind == "flag"]
    # No class count on the student's own rows (the wrong-category flag on "a leading
    # doctor" may be listed only through its red flag, so there may be none).
    assert all(cells[3] == "" for cells in flag_rows)
    assert "Answers revealed" in window.banner.text()
    (attempt,) = progress.attempts(learner.id)
    assert attempt.article_id == "tea" and attempt.score == reader.report.score

    # Next article: a fresh, editable reader.
    host.apply(session.next_article())
    until(qtbot, lambda: reader.current.article.meta.id == "council")
    assert reader.editable and reader.flags == [] and not window.class_result.isVisible()

    host.apply(session.end())
    until(qtbot, lambda: window.ended)
    assert "Session over" in window.banner.text()
    progress.close()


def test_a_wrong_code_keeps_the_dialog_open_with_the_reason(qtbot, host, settings):
    dialog = join(qtbot, host, settings, code="ZZZ999")
    until(qtbot, lambda: "join code" in dialog.message.text())
    assert dialog.window_opened is None and dialog.join_button.isEnabled()
    assert dialog.message.text().startswith("⚠")


@pytest.mark.parametrize(
    "code, name, reason",
    [("AB", "Ana", "6 letters"), (CODE, "   ", "Your name")],
)
def test_the_dialog_checks_code_and_name_before_connecting(
    qtbot, host, settings, code, name, reason
):
    dialog = JoinDialog(discover=False, settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.host_box.setEditText(LOOPBACK)
    dialog.code_edit.setText(code)
    dialog.name_edit.setText(name)
    key(dialog.name_edit, Qt.Key.Key_Return)
    assert reason in dialog.message.text() and dialog.client is None


def test_coming_back_after_closing_the_window_restores_the_draft(qtbot, host, session, settings):
    window = joined(qtbot, host, settings)
    text = window.reader.view.text
    window.reader.view.select_span(
        text.index("90% of drinkers"), text.index("90% of drinkers") + 15
    )
    key(window.reader.view, Qt.Key.Key_7)
    window.close()  # sends the pending draft, then leaves
    until(qtbot, lambda: not session.roster()[0].connected)
    assert session.roster()[0].flags == 1

    again = joined(qtbot, host, settings)  # same host, code and name: the kept token is used
    assert [e.name for e in session.roster()] == ["Ana"]
    assert [(f.start, f.category) for f in again.reader.flags] == [
        (text.index("90% of drinkers"), "misleading-number")
    ]


def test_a_student_who_submitted_comes_back_locked_and_waiting(qtbot, host, session, settings):
    window = joined(qtbot, host, settings)
    key(window.reader.view, Qt.Key.Key_Return, CTRL | Qt.KeyboardModifier.ShiftModifier)
    until(qtbot, lambda: session.roster()[0].state == "submitted")
    window.close()
    again = joined(qtbot, host, settings)
    assert again.reader.awaiting_result and not again.reader.editable
    assert "Waiting for the instructor" in again.banner.text()


def test_a_late_student_sees_the_current_article_and_a_revealed_one_as_absent(
    qtbot, host, session, settings
):
    host.apply(session.reveal())
    window = joined(qtbot, host, settings, name="Late")
    until(qtbot, lambda: window.reader.report is not None)
    assert session.phase is Phase.REVEALED
    assert window.reader.current.article.annotations  # revealed: the key is shown
    assert window.reader.flags == []


def test_the_host_disappearing_shows_reconnecting_then_recovers(qtbot, host, session, settings):
    window = joined(qtbot, host, settings)
    for sock in list(host._sockets.values()):
        sock.abort()
    until(qtbot, lambda: "Reconnecting" in window.banner.text())
    until(qtbot, lambda: "Flag the red flags" in window.banner.text())
    assert window.client.state == "connected"


def test_names_too_long_for_the_roster_cannot_be_typed(qtbot, settings):
    dialog = JoinDialog(discover=False, settings=settings)
    qtbot.addWidget(dialog)
    QTest.keyClicks(dialog.name_edit, "x" * 60)
    assert len(dialog.name_edit.text()) == MAX_NAME_CHARS


def test_open_join_dialog_returns_the_class_window(qtbot, host, session, tmp_path):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from spotit.core.progress import Learner
    from spotit.gui.classroom_student import open_join_dialog

    parent = QWidget()
    qtbot.addWidget(parent)

    def fill_in() -> None:
        dialog = QApplication.activeModalWidget()
        dialog.host_box.setEditText(LOOPBACK)
        dialog.port_box.setValue(host.port)
        QTest.keyClicks(dialog.code_edit, CODE)
        assert dialog.name_edit.text() == "Bea"  # the learner's name, ready
        key(dialog.name_edit, Qt.Key.Key_Return)

    QTimer.singleShot(50, fill_in)
    window = open_join_dialog(parent, None, Learner(7, "Bea"), discover=False)
    assert window is not None and window.parent() is parent  # freed with its parent
    until(qtbot, lambda: window.reader.current is not None)
    assert [e.name for e in session.roster()] == ["Bea"]


def test_what_the_network_and_the_host_send_shows_as_written(qtbot, host, settings):
    from tests.gui.hostile import HOSTILE, assert_plain

    # Anyone on the network can announce a class: its title is shown as typed.
    dialog = JoinDialog(discover=False, settings=settings)
    qtbot.addWidget(dialog)
    dialog.add_found_host("192.0.2.7", 4242, HOSTILE)
    assert_plain(dialog.message)
    dialog._fail(HOSTILE)
    assert_plain(dialog.message)
    # What the host says when it ends the session or refuses the student.
    window = joined(qtbot, host, settings)
    assert window.banner.textFormat() == Qt.TextFormat.PlainText
    window._refused("refused", HOSTILE)
    assert_plain(window.banner)
    window._ended(HOSTILE)
    assert_plain(window.banner)
