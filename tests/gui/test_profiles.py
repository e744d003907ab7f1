"""Learner profiles: picked or created from the keyboard; one window per profile."""

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from spotit.gui.profiles import ProfileDialog, ProfileLock
from spotit.store.bundled import data_dir


def test_create_and_pick_a_profile_by_keyboard(qtbot, progress):
    dialog = ProfileDialog(progress)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.name.hasFocus() or dialog.list.count() == 0
    dialog.name.setFocus()
    QTest.keyClicks(dialog.name, "  Ana   Lopez ")
    QTest.keyClick(dialog.name, Qt.Key.Key_Return)
    assert [item.text() for item in (dialog.list.item(i) for i in range(dialog.list.count()))] == [
        "Ana Lopez"
    ]
    QTest.keyClicks(dialog.name, "ana lopez")
    QTest.keyClick(dialog.name, Qt.Key.Key_Return)
    assert "already a learner called Ana Lopez" in dialog.error.text()
    dialog.name.clear()
    dialog.list.setFocus()
    QTest.keyClick(dialog.list, Qt.Key.Key_Return)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert dialog.chosen.name == "Ana Lopez"


def test_last_learner_is_preselected(qtbot, progress):
    progress.add_learner("Bea")
    cy = progress.add_learner("Cy")
    dialog = ProfileDialog(progress, last_learner_id=cy.id)
    qtbot.addWidget(dialog)
    assert dialog.list.currentItem().text() == "Cy"


def test_second_copy_cannot_take_an_open_profile_and_brings_the_first_forward(qtbot, learner):
    first = ProfileLock(data_dir(), learner)
    assert first.acquire()
    second = ProfileLock(data_dir(), learner)
    assert not second.acquire()
    assert second.owner_pid() is not None
    assert not second.ask_owner_to_raise()  # the first window is not on screen yet
    first.listen()  # the app calls this once its window shows
    with qtbot.waitSignal(first.raise_requested, timeout=3000):
        assert second.ask_owner_to_raise()
    first.release()
    third = ProfileLock(data_dir(), learner)
    assert third.acquire()  # free again once the first window closed
    third.release()


def test_other_profiles_are_not_blocked(learner, progress):
    other = progress.add_learner("Other")
    a, b = ProfileLock(data_dir(), learner), ProfileLock(data_dir(), other)
    assert a.acquire() and b.acquire()
    a.release()
    b.release()


def test_a_pack_opened_from_the_macos_finder_reaches_the_window(qtbot, tmp_path):
    from PySide6.QtGui import QFileOpenEvent

    from spotit.gui.app import _FileOpenFilter

    opened = []
    file_open = _FileOpenFilter(opened.append)
    pack = tmp_path / "class.spotit"
    assert file_open.eventFilter(None, QFileOpenEvent(str(pack)))
    assert opened == [pack]
