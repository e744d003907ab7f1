"""The host window, driven from the keyboard as an instructor would."""

from __future__ import annotations

import csv
import io
import socket

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QPixmap, QTextCharFormat
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QFileDialog, QMessageBox
from tests.classroom.conftest import LOOPBACK, Pupil
from tests.classroom.harness import flag_on
from tests.classroom.test_network import until

from spotit.classroom.session import HeatSegment, Phase
from spotit.gui.classroom_host import HEAT_LEVELS, HostWindow, heat_level
from spotit.store.class_results import ClassResults
from spotit.store.progress import Progress

CTRL = Qt.KeyboardModifier.ControlModifier


def free_port() -> int:
    """A TCP port nobody listens on right now (loopback only)."""
    with socket.socket() as s:
        s.bind((LOOPBACK, 0))
        return s.getsockname()[1]


def key(widget, k, mods=Qt.KeyboardModifier.NoModifier):
    QTest.keyClick(widget, k, mods)


def cell(view, row: int, column: int) -> str:
    """The text a list view shows in one cell."""
    return view.model().index(row, column).data()


def row_count(view) -> int:
    return view.model().rowCount()


@pytest.fixture
def progress(tmp_path):
    db = Progress(tmp_path / "progress.db")
    yield db
    db.close()


def end_quietly(win: HostWindow) -> None:
    """Before pytest-qt closes the window: end a running session without asking."""
    if win.controller is not None:
        win.end_session(confirm=False)


@pytest.fixture
def window(qtbot, class_pack, progress):
    win = HostWindow({"class": class_pack}, progress, announce=False)
    qtbot.addWidget(win, before_close_func=end_quietly)
    win.show()
    return win


def choose_and_start(qtbot, win) -> None:
    """Tick tea and storm with Space, move storm first with Alt+Up, start with Enter."""
    listing = win.article_list
    listing.setFocus()
    key(listing, Qt.Key.Key_Home)
    key(listing, Qt.Key.Key_Space)  # tea
    key(listing, Qt.Key.Key_Down)
    key(listing, Qt.Key.Key_Down)
    key(listing, Qt.Key.Key_Space)  # storm
    key(listing, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    key(listing, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert win.chosen_articles() == ["storm", "tea"]
    assert win.count_label.text() == "2 articles chosen"
    win.address_box.setCurrentIndex(win.address_box.findData(LOOPBACK))
    win.port_box.setValue(free_port())
    win.start_button.setFocus()
    key(win.start_button, Qt.Key.Key_Return)
    assert win.controller is not None, win.setup_error.text()


def test_start_is_offered_only_once_an_article_is_ticked(window):
    assert not window.start_button.isEnabled()
    window.article_list.setFocus()
    key(window.article_list, Qt.Key.Key_Space)
    assert window.start_button.isEnabled() and window.chosen_articles() == ["tea"]


def test_a_port_in_use_is_reported_and_the_setup_stays(qtbot, window):
    with socket.socket() as busy:
        busy.bind((LOOPBACK, 0))
        busy.listen()
        window.article_list.setFocus()
        key(window.article_list, Qt.Key.Key_Space)
        window.address_box.setCurrentIndex(window.address_box.findData(LOOPBACK))
        window.port_box.setValue(busy.getsockname()[1])
        assert not window.start_session()
    assert window.pages.currentIndex() == 0
    assert "Try another port" in window.setup_error.text() and window.setup_error.isVisible()


def test_a_whole_class_from_the_host_window(qtbot, window, progress, tmp_path, monkeypatch):
    choose_and_start(qtbot, window)
    session = window.controller.session
    assert window.code_label.text().replace(" ", "") == session.code
    assert str(window.controller.port) in window.address_label.text()
    assert "Article 1 of 2" in window.article_label.text()
    assert window.empty_roster.isVisible()

    ana, ben = Pupil(window.controller.port), Pupil(window.controller.port)
    ana.client.join(session.code, "Ana")
    ben.client.join(session.code, "Ben")
    until(qtbot, lambda: ana.offers and ben.offers)
    text = ana.text
    vague = flag_on(text, "sources warn", "vague-source")
    claim = flag_on(text, "Everyone knows the dams are failing", "loaded-language")
    ana.client.submit("storm", [vague, claim], 20)
    ben.client.send_draft("storm", [vague], 10)
    until(qtbot, lambda: row_count(window.roster) == 2)
    until(qtbot, lambda: cell(window.roster, 1, 1) == "✎ flagging")
    assert cell(window.roster, 0, 1) == "✓ submitted"
    assert "2 joined · 2 connected · 1 submitted" == window.count_summary.text()

    # The heat map: "sources warn" flagged by both, the claim by Ana alone.
    passages = [
        (cell(window.passages, i, 0), cell(window.passages, i, 1))
        for i in range(row_count(window.passages))
    ]
    assert passages == [("2", "sources warn"), ("1", "Everyone knows the dams are failing")]
    assert window.view.note_at(vague.start) == "Flagged by 2 of 2 students"
    assert len(window.view.extraSelections()) == 2
    # Selecting a passage in the list selects it in the article.
    window.passages.setFocus()
    key(window.passages, Qt.Key.Key_End)
    assert window.view.selected_span() == (claim.start, claim.end)
    key(window.passages, Qt.Key.Key_Up)
    assert window.view.selected_span() == (vague.start, vague.end)
    window.refresh()  # students keep working: the instructor's place in the list stays
    current = window.passages.currentIndex()
    assert window.passages.model().index(current.row(), 1).data() == "sources warn"
    assert window.view.selected_span() == (vague.start, vague.end)

    # The answer key stays hidden until asked for (Ctrl+K), then shows live counts.
    assert not window.tally.isVisible() and window.tally_hidden.isVisible()
    key(window, Qt.Key.Key_K, CTRL)
    assert window.tally.isVisible()
    assert [cell(window.tally, i, 1) for i in range(2)] == ["2 of 2", "0 of 2"]
    # Walking the red flags selects each in the article.
    window.tally.setFocus()
    key(window.tally, Qt.Key.Key_Home)
    first = session.article.annotations[0]
    assert window.view.selected_span() == (first.start, first.end)

    # Reveal (Ctrl+R): students get their feedback, Ben's draft counts.
    key(window, Qt.Key.Key_R, CTRL)
    assert session.phase is Phase.REVEALED
    until(qtbot, lambda: ana.reveals and ben.reveals)
    assert cell(window.roster, 1, 1) == "✓ taken at reveal"
    assert cell(window.roster, 0, 4) == str(ana.reveals[-1].score)
    assert not window.buttons[window.reveal_action].isEnabled()

    # Next article (Ctrl+N).
    key(window, Qt.Key.Key_N, CTRL)
    until(qtbot, lambda: len(ana.offers) == 2)
    assert "Article 2 of 2" in window.article_label.text()
    assert window.view.text == session.articles[1].text and not window.tally.isVisible()
    assert not window.next_action.isEnabled()  # the last article

    # End (Ctrl+E) asks first; "No" keeps the class going.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    key(window, Qt.Key.Key_E, CTRL)
    assert session.phase is Phase.FLAGGING
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    key(window, Qt.Key.Key_E, CTRL)
    assert session.phase is Phase.ENDED
    until(qtbot, lambda: ana.ended and ben.ended)
    assert window.code_label.text() == "Ended" and window.ended_label.isVisible()

    # Save the gradebook (Ctrl+S).
    target = tmp_path / "class.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    key(window, Qt.Key.Key_S, CTRL)
    rows = list(csv.DictReader(io.StringIO(target.read_bytes().decode("utf-8-sig"))))
    assert [(r["Student"], r["Article id"], r["Status"]) for r in rows] == [
        ("Ana", "storm", "submitted"),
        ("Ben", "storm", "auto-submitted"),
        ("Ana", "tea", "auto-submitted"),
        ("Ben", "tea", "auto-submitted"),
    ]
    # ...and the results are in the progress database.
    (record,) = ClassResults(progress).sessions()
    assert record.code == session.code and record.ended_at
    assert len(ClassResults(progress).results(record.id)) == 4
    for pupil in (ana, ben):
        pupil.client.close()


def test_closing_a_running_session_asks_first(qtbot, window, monkeypatch):
    choose_and_start(qtbot, window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    window.close()
    assert window.isVisible() and window.controller.session.phase is Phase.FLAGGING
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.close()
    assert not window.isVisible() and window.controller.session.phase is Phase.ENDED


def test_heat_levels_differ_in_underline_and_shading_not_only_colour():
    styles = [heat_level(n, 8)[1] for n in (1, 3, 5, 8)]
    assert styles == [level[1] for level in HEAT_LEVELS]
    assert len(set(styles)) == 4
    alphas = [heat_level(n, 8)[0] for n in range(1, 9)]
    assert alphas == sorted(alphas) and alphas[0] < alphas[-1]
    assert heat_level(0, 0)[1] == QTextCharFormat.UnderlineStyle.DotLine


def test_hover_notes_name_the_count_and_the_red_flag(qtbot, class_pack):
    from spotit.gui.classroom_host import HeatView

    view = HeatView()
    qtbot.addWidget(view)
    view.set_article(class_pack.article("tea"))
    view.show_heat([HeatSegment(5, 9, 3)], 4, [(7, 12, QTextCharFormat(), "Red flag: X")])
    assert view.note_at(6) == "Flagged by 3 of 4 students"
    assert view.note_at(8) == "Flagged by 3 of 4 students\nRed flag: X"
    assert view.note_at(20) == ""


def test_a_student_who_left_shows_offline_and_greyed(qtbot, window):
    choose_and_start(qtbot, window)
    session = window.controller.session
    ana, ben = Pupil(window.controller.port), Pupil(window.controller.port)
    ana.client.join(session.code, "Ana")
    ben.client.join(session.code, "Ben")
    until(qtbot, lambda: row_count(window.roster) == 2)
    ben.client.close()
    until(qtbot, lambda: cell(window.roster, 1, 1) == "○ reading (offline)")
    model = window.roster.model()
    grey = window.palette().placeholderText()
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) == grey
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert window.count_summary.text() == "2 joined · 1 connected · 0 submitted"
    ana.client.close()


def test_pack_text_and_errors_on_the_host_window_show_as_written(qtbot, window):
    from dataclasses import replace

    from tests.gui.hostile import HOSTILE, assert_plain

    window._setup_problem(HOSTILE)
    assert_plain(window.setup_error)
    choose_and_start(qtbot, window)
    session = window.controller.session
    article = session.article
    session.articles[session.index] = replace(article, meta=replace(article.meta, headline=HOSTILE))
    window.refresh()
    assert_plain(window.article_label)


def test_hover_notes_show_the_explanation_as_written(qtbot, class_pack, monkeypatch):
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QHelpEvent
    from PySide6.QtWidgets import QToolTip
    from tests.gui.hostile import HOSTILE, assert_plain_tooltip

    from spotit.gui.classroom_host import HeatView

    view = HeatView()
    qtbot.addWidget(view)
    view.show()
    view.set_article(class_pack.article("tea"))
    view.show_heat([], 4, [(0, 12, QTextCharFormat(), HOSTILE)])
    shown = []
    monkeypatch.setattr(QToolTip, "showText", lambda _pos, text, *_a: shown.append(text))
    where = view.cursorRect(view.span_cursor(1, 2)).center()
    view.viewportEvent(QHelpEvent(QEvent.Type.ToolTip, where, view.mapToGlobal(where)))
    (tip,) = shown
    assert_plain_tooltip(tip)


def test_results_that_cannot_be_saved_are_reported_in_plain_text(qtbot, window, monkeypatch):
    from tests.gui.hostile import HOSTILE, assert_plain_box, capture_boxes

    choose_and_start(qtbot, window)
    shown = capture_boxes(monkeypatch)
    window.controller.storage_failed.emit(f"{HOSTILE}: cannot write")
    assert_plain_box(shown[0])


def test_announcing_is_off_unless_the_instructor_turns_it_on(qtbot, class_pack, progress):
    # As the main window opens it: the session is not announced on the network by default.
    win = HostWindow({"class": class_pack}, progress)
    qtbot.addWidget(win, before_close_func=end_quietly)
    assert not win.announce_box.isChecked()


def test_the_host_window_fits_the_screen_it_opens_on(qtbot, class_pack, progress):
    # The offscreen screen is 800 px tall, like a 1280×800 classroom laptop's: the window
    # (and so its Start and Reveal buttons) must fit, frame included.
    from spotit.gui.windows import FRAME_ALLOWANCE

    win = HostWindow({"class": class_pack}, progress)
    qtbot.addWidget(win, before_close_func=end_quietly)
    room = win.screen().availableGeometry()
    assert win.height() + FRAME_ALLOWANCE <= room.height()
    assert win.width() <= room.width()


def test_ending_the_session_sends_its_statements_to_the_schools_lrs(qtbot, window, progress):
    from tests.classroom.fake_lrs import FakeLrs

    from spotit.core.xapi import LrsSettings

    with FakeLrs() as lrs:
        progress.set_lrs_settings(LrsSettings(lrs.endpoint, lrs.key, "https://school.example"))
        progress.save_lrs_secret(lrs.secret)
        choose_and_start(qtbot, window)
        session = window.controller.session
        ana = Pupil(window.controller.port)
        ana.client.join(session.code, "Ana")
        until(qtbot, lambda: ana.offers)
        ana.client.submit("storm", [flag_on(ana.text, "sources warn", "vague-source")], 20)
        until(
            qtbot,
            lambda: row_count(window.roster) == 1 and "submitted" in cell(window.roster, 0, 1),
        )
        window.end_session(confirm=False)
        # Sent in the background as the session ends: Ana joined and submitted once.
        until(qtbot, lambda: len(lrs.statements) == 2)
        # The sender marks them sent once the LRS has answered (a moment after).
        until(qtbot, lambda: progress.outbox_counts() == {"queued": 0, "sent": 2, "rejected": 0})
        until(
            qtbot,
            lambda: (
                window.statusBar()
                .currentMessage()
                .startswith("School results server: sent 2, rejected 0")
            ),
        )


def test_the_live_banner_shows_the_student_page_with_a_qr_code(qtbot, window):
    choose_and_start(qtbot, window)
    url = window.controller.page_url
    assert url and url.startswith(f"http://{LOOPBACK}:")
    assert window.page_label.isVisible() and url.rstrip("/") in window.page_label.text()
    pixmap = window.qr_label.pixmap()
    assert not pixmap.isNull() and pixmap.width() == pixmap.height()
    assert window.qr_label.accessibleName() == f"QR code of {url}"
    # The QR code is the address: a phone that scans it opens the page.
    from spotit.classroom.web import qr_png

    image = pixmap.toImage()
    expected = QPixmap()
    expected.loadFromData(qr_png(url, pixmap.width()), "PNG")
    assert image == expected.toImage()


def test_without_the_page_the_banner_shows_no_browser_address(qtbot, window):
    window.web_box.setChecked(False)
    choose_and_start(qtbot, window)
    assert window.controller.page is None and window.controller.page_url is None
    assert not window.page_label.isVisible() and not window.qr_label.isVisible()
