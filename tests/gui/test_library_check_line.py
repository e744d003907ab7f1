"""The library's "Check due" line: a bold heading, what taking the check means, its button
whole at 200% and in the dark theme, and plain text whatever the check's title holds."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect

from spotit.gui.main_window import MainWindow
from spotit.gui.theme import Appearance


@pytest.fixture
def appearance(qapp):
    appearance = Appearance(qapp)
    yield appearance
    appearance.set_zoom(1.0)
    appearance.set_dark(False)


def shown_library(qtbot, qapp, progress, learner, starter_pack_path, appearance):
    win = MainWindow(progress, learner, appearance)
    qtbot.addWidget(win)
    win.add_pack(starter_pack_path)
    win.resize(1280, 800)
    win.show()
    win.show_library()
    library = win.library
    qtbot.waitUntil(library.check_line.isVisible)
    qapp.processEvents()
    return library


def inside(widget, frame) -> QRect:
    """``widget``'s rectangle in ``frame``'s coordinates."""
    return QRect(widget.mapTo(frame, widget.rect().topLeft()), widget.size())


@pytest.mark.parametrize(("zoom", "dark"), [(1.0, False), (2.0, False), (2.0, True)])
def test_the_check_line_says_what_the_check_is_and_keeps_its_button_whole(
    qtbot, qapp, progress, learner, starter_pack_path, appearance, zoom, dark
):
    appearance.set_zoom(zoom)
    appearance.set_dark(dark)
    library = shown_library(qtbot, qapp, progress, learner, starter_pack_path, appearance)
    assert library.check_label.text() == "Check due: Credible or not? (before you start)"
    assert library.check_label.font().bold()
    # The starter's check has forms of 16 items; the scale's ends are named in words.
    assert library.check_detail.text() == (
        "16 items, each rated from 1 (sure not credible) to 6 (sure credible). "
        "No feedback until the end."
    )
    line, button = library.check_line, library.check_button
    assert line.rect().contains(inside(button, line))
    assert button.width() >= button.sizeHint().width()  # "Take the check" is not cut
    for label in (library.check_label, library.check_detail):
        area = inside(label, line)
        assert line.rect().contains(area) and not area.intersects(inside(button, line))
        assert label.height() >= label.heightForWidth(label.width())  # no line cut off


def test_a_check_title_is_shown_as_plain_text(
    qtbot, qapp, progress, learner, starter_pack_path, appearance, monkeypatch
):
    library = shown_library(qtbot, qapp, progress, learner, starter_pack_path, appearance)
    due = library.check_due
    hostile = type(due)(**{**due.__dict__, "title": "<b>Bold</b> &amp; <a href='x'>link</a>"})
    monkeypatch.setattr(library.practice, "checks_due", lambda: [hostile])
    library.refresh_checks()
    assert library.check_label.text() == (
        "Check due: <b>Bold</b> &amp; <a href='x'>link</a> (before you start)"
    )
    assert library.check_label.textFormat().name == "PlainText"
