"""What the windows show of look-alike names and of an article a student cannot see,
at the normal text size and enlarged (screenshots in SPOTIT_SHOTS, when set, to look at)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication
from tests.classroom.conftest import CODE, LOOPBACK, Pupil, with_long_answer
from tests.classroom.test_cannot_show import bad_host, bad_session, with_link  # noqa: F401
from tests.classroom.test_gui_host import choose_and_start, end_quietly, progress  # noqa: F401
from tests.classroom.test_gui_student import close_quietly, join
from tests.classroom.test_network import until

from spotit.gui.classroom_host import HostWindow
from spotit.gui.classroom_student import JoinDialog

SHOTS = os.environ.get("SPOTIT_SHOTS")


def shot(widget, name: str) -> None:
    if SHOTS:
        QApplication.processEvents()  # pending layout, as the event loop would run it
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


@pytest.fixture(params=[1.0, 2.0], ids=["normal", "200%"])
def zoom(request, qapp):
    from spotit.gui.theme import Appearance

    appearance = Appearance(qapp)
    appearance.set_zoom(request.param)
    qapp.processEvents()
    yield request.param
    appearance.set_zoom(1.0)
    qapp.processEvents()


@pytest.fixture
def hostile():
    return (lambda a: with_link(a, "#notes"), "article link '#notes' not allowed")


def test_the_host_window_marks_both_look_alike_rows(qtbot, class_pack, progress, zoom):  # noqa: F811
    window = HostWindow({"class": class_pack}, progress, announce=False)
    qtbot.addWidget(window, before_close_func=end_quietly)
    window.show()
    choose_and_start(qtbot, window)
    pupils = [Pupil(window.controller.port, reconnect=False) for _ in range(3)]
    try:
        for pupil, name in zip(pupils, ["Ana", "\u0410na", "Ben"], strict=True):
            pupil.client.join(window.controller.session.code, name)
        until(qtbot, lambda: all(p.offers for p in pupils))
        window.refresh()
        model = window.roster.model()
        names = [model.index(row, 0).data() for row in range(model.rowCount())]
        assert names == [
            "Ana\n⚠ looks like: \u0410na",
            "\u0410na\n⚠ looks like: Ana (this one has Cyrillic \u0410)",
            "Ben",
        ]
        tip = model.index(1, 0).data(Qt.ItemDataRole.ToolTipRole)
        assert "U+0410 CYRILLIC CAPITAL LETTER A" in tip
        shot(window, f"host-lookalike-{zoom:g}x")
    finally:
        for pupil in pupils:
            pupil.client.close()


def test_the_student_is_told_in_one_line_and_the_host_sees_it(
    qtbot,
    bad_host,  # noqa: F811
    bad_session,  # noqa: F811
    tmp_path,
    zoom,
):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = join(qtbot, bad_host, settings, name="Ana")
    until(qtbot, lambda: dialog.window_opened is not None)
    window = dialog.window_opened
    qtbot.addWidget(window, before_close_func=close_quietly)
    until(qtbot, lambda: window.unshown is not None)
    banner = window.banner.text()
    assert banner.startswith(
        "Article 1 of 2 · ⚠ This article could not be shown: article link '#notes' not "
        "allowed; your teacher has been told."
    )
    assert window.banner.textFormat() == Qt.TextFormat.PlainText
    assert not window.reader.isVisible() and window.nothing_shown.isVisible()
    assert window.client.state == "connected"
    until(qtbot, lambda: bad_session.roster()[0].state == "cannot-show")
    shot(window, f"student-cannot-show-{zoom:g}x")

    bad_host.apply(bad_session.reveal())
    bad_host.apply(bad_session.next_article())
    until(qtbot, lambda: window.reader.current is not None)
    assert window.reader.isVisible() and not window.nothing_shown.isVisible()
    assert window.banner.text().startswith("Article 2 of 2 · ✎ Flag the red flags")


def test_the_host_window_shows_the_report_against_the_student(
    qtbot,
    class_pack,
    progress,  # noqa: F811
    monkeypatch,
    zoom,
):
    import spotit.gui.classroom_host as host_module

    real = host_module.session_for

    def hostile_first(pack, ids, **options):
        session = real(pack, ids, **options)
        session.articles[0] = with_link(session.articles[0], "/about")
        return session

    monkeypatch.setattr(host_module, "session_for", hostile_first)
    window = HostWindow({"class": class_pack}, progress, announce=False)
    qtbot.addWidget(window, before_close_func=end_quietly)
    window.show()
    choose_and_start(qtbot, window)
    ana = Pupil(window.controller.port, reconnect=False)
    try:
        ana.client.join(window.controller.session.code, "Ana")
        until(qtbot, lambda: window.controller.session.roster())
        until(qtbot, lambda: window.controller.session.roster()[0].problem)
        window.refresh()
        status = window.roster.model().index(0, 1).data()
        assert status == "⚠ cannot show it\narticle link '/about' not allowed"
        tip = window.roster.model().index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
        assert "could not be shown to Ana: article link &#x27;/about&#x27; not allowed" in tip
        assert ana.client.state == "connected"
        shot(window, f"host-cannot-show-{zoom:g}x")
    finally:
        ana.client.close()


def test_the_join_dialog_names_the_invisible_character_before_connecting(
    qtbot, host, tmp_path, zoom
):
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    dialog = JoinDialog(None, None, discover=False, settings=settings)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.host_box.setEditText(LOOPBACK)
    dialog.port_box.setValue(host.port)
    dialog.code_edit.setText(CODE)
    dialog.name_edit.setText("Ana\u3164")  # pasted: QTest types ASCII only
    QTest.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.client is None  # refused here: nothing was sent
    assert dialog.message.text() == (
        "⚠ Your name: the name has an invisible character (U+3164 HANGUL FILLER)."
    )
    assert dialog.join_button.isEnabled()
    shot(dialog, f"join-invisible-{zoom:g}x")


def test_the_student_is_told_when_the_answers_cannot_be_shown(qtbot, class_pack, clock, tmp_path):

    from spotit.classroom.server import ClassServer
    from spotit.classroom.session import ClassSession

    articles = [with_long_answer(class_pack.article("tea"))]
    session = ClassSession(class_pack.meta, class_pack.categories, articles, code=CODE, clock=clock)
    server = ClassServer(session)
    server.listen(LOOPBACK, 0)
    try:
        settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
        dialog = join(qtbot, server, settings, name="Ana")
        until(qtbot, lambda: dialog.window_opened is not None)
        window = dialog.window_opened
        qtbot.addWidget(window, before_close_func=close_quietly)
        until(qtbot, lambda: window.reader.current is not None)
        server.apply(session.reveal())
        until(qtbot, lambda: window.answers_problem)
        assert "⚠ The answers to this article could not be shown: 'reveal' message: " in (
            window.banner.text()
        )
        assert "your teacher has been told" in window.banner.text()
        assert window.reader.isVisible() and window.client.state == "connected"
        shot(window, "student-answers-not-shown-1x")
    finally:
        server.close()
