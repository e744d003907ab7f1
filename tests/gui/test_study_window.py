"""The study window as participants use it, with real key events only.

A small study of the starter pack (one practice article, the immediate post-check on,
one delayed check after 7 days): two new participants (one per arm: the first block of
the assignment has each arm once) take session 1 with keys; a returning participant
sees when the next session opens, then, the clock moved on, takes the delayed check; a
wrong code is said in one line; Esc on a check asks, and the check resumes.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from tests.conftest import Clock, study_toml

from spotit.practice.study import StudyDesk
from spotit.store.bundled import data_dir

STUDY = study_toml("window-test", title="Window test: practice vs reading", seed=7)

#: Grabbed for looking at when SPOTIT_SHOTS names a folder.
SHOTS = Path(os.environ["SPOTIT_SHOTS"]) if os.environ.get("SPOTIT_SHOTS") else None


@pytest.fixture
def clock():
    return Clock()


@pytest.fixture
def desk(tmp_path, clock):
    path = tmp_path / "study.toml"
    path.write_text(STUDY, encoding="utf-8")
    desk = StudyDesk.open(path, data_dir(), clock=clock)
    yield desk
    desk.close()


@pytest.fixture
def window(qtbot, desk):
    from spotit.gui.study import StudyWindow

    win = StudyWindow(desk)  # closed below, not by qtbot (which closes before this teardown)
    win.resize(1280, 800)
    win.show()
    win.activateWindow()  # offscreen windows are not active by themselves: no mnemonics
    qtbot.waitUntil(win.isActiveWindow)
    yield win
    # Closed during a session it asks first (tested below): here, yes.
    yes = QMessageBox.StandardButton.Yes
    original = QMessageBox.question
    QMessageBox.question = staticmethod(lambda *args, **kwargs: yes)
    try:
        win.close()
    finally:
        QMessageBox.question = original
    win.deleteLater()


def key(qtbot, k, modifier=Qt.KeyboardModifier.NoModifier):
    """A key pressed where the focus is, as a participant would."""
    QApplication.processEvents()
    target = QApplication.focusWidget()
    assert target is not None, "nothing has the keyboard focus"
    qtbot.keyClick(target, k, modifier)


def alt(qtbot, k, until) -> None:
    """Alt+``k`` (a mnemonic), then wait for what it does: a mnemonic clicks after a moment."""
    key(qtbot, k, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(until)


def shot(window, name: str) -> None:
    if SHOTS is not None:
        QApplication.processEvents()
        window.grab().save(str(SHOTS / f"{name}.png"))


def take_check(qtbot, window, rating_of=lambda item: 3) -> int:
    """Begin (Enter) and answer every item with number keys; how many were answered."""
    page = window.check_page
    assert window.pages.currentWidget() is page and page.screens.currentWidget() is page.intro
    key(qtbot, Qt.Key.Key_Return)
    answered = 0
    while window.pages.currentWidget() is page and page.on_item:
        rating = rating_of(page.run.next_item)
        key(qtbot, getattr(Qt.Key, f"Key_{rating}"))
        answered += 1
    return answered


def new_participant(qtbot, window) -> str:
    """Start as new with Alt+S; the code shown, read back; Continue with Enter."""
    assert window.pages.currentWidget() is window.welcome
    screen = window.code_screen
    alt(qtbot, Qt.Key.Key_S, lambda: window.pages.currentWidget() is screen)
    assert "Write this code down" in screen.note.text()
    code = screen.code_label.text()
    assert len(code) == 7 and code[3] == "-"
    shot(window, "study-code")
    key(qtbot, Qt.Key.Key_Return)
    return code


def give_code(qtbot, window, code: str) -> None:
    welcome = window.welcome
    assert window.pages.currentWidget() is welcome
    alt(qtbot, Qt.Key.Key_C, lambda: QApplication.focusWidget() is welcome.code_edit)
    qtbot.keyClicks(welcome.code_edit, code)
    key(qtbot, Qt.Key.Key_Return)


def practise(qtbot, window) -> str:
    """The session's practice article with keys only; its kind."""
    step = window.step
    if step.kind == "flag":
        reader = window.reader
        assert window.pages.currentWidget() is reader
        assert not reader.feedback.try_again_button.isVisible()
        # The starter pack has source pages, but this study's arms do not say investigate.
        assert reader.investigation is None and not reader.investigate_button.isVisible()
        # No flags: "this article looks credible" (Ctrl+Shift+Enter), then the feedback.
        key(
            qtbot,
            Qt.Key.Key_Return,
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
        )
        assert reader.report is not None and reader.feedback.next_button.isVisible()
        assert reader.feedback.next_button.text() == "&Continue"
        alt(qtbot, Qt.Key.Key_C, lambda: window.step != step)  # Continue
    else:
        reading = window.reading
        assert window.pages.currentWidget() is reading
        assert reading.view.isReadOnly() and reading.view.toPlainText().strip()
        shot(window, "study-reading")
        alt(qtbot, Qt.Key.Key_F, lambda: window.step != step)  # I have finished reading
    return step.kind


def end_text(window) -> str:
    end = window.end
    return " ".join(
        label.text() for label in (end.heading, end.lead, end.code_label, end.next_text)
    )


def test_two_new_participants_take_session_one_then_the_delayed_check(qtbot, window, desk, clock):
    assert window.windowTitle() == "SpotIt study: Window test: practice vs reading"
    assert [a.text().replace("&", "") for a in window.menuBar().actions()] == ["View"]
    assert "Training material" in window.notice.text()
    shot(window, "study-welcome")
    codes, kinds = [], []
    for _ in range(2):
        code = new_participant(qtbot, window)
        codes.append(code)
        assert window.step.wave == "pre"
        shot(window, "study-check-intro")
        take_check(qtbot, window)
        kinds.append(practise(qtbot, window))
        assert window.step.wave == "post"
        take_check(qtbot, window)
        # The end of session 1: its completion code, and when the next opens (in words).
        assert window.pages.currentWidget() is window.end
        text = end_text(window)
        assert "Session 1 of 2 complete. Your completion code is:" in text
        assert window.step.completion_code and window.step.completion_code in text
        opens = window.step.next_opens
        assert f"opens on {opens.astimezone():%A} {opens.astimezone().day}" in text
        shot(window, "study-completion")
        key(qtbot, Qt.Key.Key_Return)  # Done: the welcome, empty, for the next participant
        assert window.pages.currentWidget() is window.welcome
        assert window.welcome.code_edit.text() == ""
    assert sorted(kinds) == ["flag", "read"]  # one of each arm
    assert len(set(codes)) == 2

    # Back the next day (lower case, no dash): the delayed check is not open yet.
    clock.days(1)
    give_code(qtbot, window, codes[0].replace("-", "").lower())
    assert window.pages.currentWidget() is window.end
    assert "opens on" in end_text(window)
    key(qtbot, Qt.Key.Key_Return)

    # A week later it is: the delayed check, then the end of the study's last session.
    clock.days(7)
    give_code(qtbot, window, codes[0])
    assert window.step.wave == "delayed-7"
    assert take_check(qtbot, window) == 16
    assert window.pages.currentWidget() is window.end
    assert "Session 2 of 2 complete" in end_text(window)
    key(qtbot, Qt.Key.Key_Return)
    clock.days(1)  # later still: nothing is left for them
    give_code(qtbot, window, codes[0])
    assert "every session of this study" in end_text(window)


def test_a_wrong_code_is_said_in_one_line(qtbot, window):
    give_code(qtbot, window, "AAA-AAA")
    welcome = window.welcome
    assert window.pages.currentWidget() is welcome
    assert welcome.problem.isVisible()
    assert "No participant has that code" in welcome.problem.text()
    assert "\n" not in welcome.problem.text()
    assert welcome.problem.textFormat() == Qt.TextFormat.PlainText
    key(qtbot, Qt.Key.Key_Return)  # Enter again on the same wrong code: still no crash
    assert window.pages.currentWidget() is welcome


def test_esc_on_a_check_asks_and_the_check_resumes_with_the_code(qtbot, window, monkeypatch):
    code = new_participant(qtbot, window)
    page = window.check_page
    key(qtbot, Qt.Key.Key_Return)  # Begin
    for k in (Qt.Key.Key_1, Qt.Key.Key_6, Qt.Key.Key_3):
        key(qtbot, k)
    assert page.counter.text() == "Item 4 of 16"
    shot(window, "study-check-item")
    run_id = page.run.id
    choices = iter(["&Stay", "&Leave"])
    asked = []

    def answer(box):
        asked.append(box.text())
        label = next(choices)
        next(b for b in box.buttons() if b.text() == label).click()

    monkeypatch.setattr(QMessageBox, "exec", answer)
    key(qtbot, Qt.Key.Key_Escape)  # Stay
    assert page.on_item and page.counter.text() == "Item 4 of 16"
    key(qtbot, Qt.Key.Key_Escape)  # Leave
    assert len(asked) == 2 and "participant code" in asked[0]
    assert window.pages.currentWidget() is window.welcome
    give_code(qtbot, window, code)
    assert page.screens.currentWidget() is page.intro
    assert "3 answered" in page.intro_wave.text()
    key(qtbot, Qt.Key.Key_Return)
    assert page.counter.text() == "Item 4 of 16"
    # The same run, its first three answers kept as given.
    assert page.run.id == run_id
    assert [r.rating for r in page.run.responses] == [1, 6, 3]


def test_closing_during_a_session_asks_first(qtbot, window, monkeypatch):
    new_participant(qtbot, window)
    asked = []

    def question(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    window.close()
    assert asked and "What they did so far is kept" in asked[0]
    assert window.isVisible() and window.pages.currentWidget() is window.check_page


def test_run_study_window_shows_the_study_until_it_is_closed(qtbot, desk):
    from PySide6.QtCore import QTimer

    from spotit.gui.study import StudyWindow, run_study_window

    seen = []

    def close_it():
        (window,) = [w for w in QApplication.topLevelWidgets() if isinstance(w, StudyWindow)]
        seen.append((window.windowTitle(), window.pages.currentWidget() is window.welcome))
        window.close()
        window.deleteLater()

    QTimer.singleShot(0, close_it)
    assert run_study_window(desk) == 0
    assert seen == [("SpotIt study: Window test: practice vs reading", True)]
