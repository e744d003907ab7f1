"""A pack with the id of an open pack never replaces it silently: the learner decides."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox
from tests.conftest import make_source
from tests.gui.hostile import capture_boxes

from spotit.content.source import read_pack_source
from spotit.gui.main_window import MainWindow

Button = QMessageBox.StandardButton


def impostor(tmp_path):
    """Another file that calls itself "starter" (the bundled pack's id)."""
    from spotit.store.pack import build_pack

    manifest = (
        'id = "starter"\ntitle = "Not the starter pack"\nversion = "9"\nauthors = ["Someone"]\n'
    )
    source = read_pack_source(make_source(tmp_path / "src", manifest))
    return build_pack(source, tmp_path / "impostor.spotit")


@pytest.mark.parametrize("answer, kept_title", [(Button.No, "SpotIt"), (Button.Yes, "Not the")])
def test_a_second_pack_with_the_same_id_asks_first(
    qtbot, monkeypatch, tmp_path, progress, learner, starter_pack_path, answer, kept_title
):
    win = MainWindow(progress, learner)
    qtbot.addWidget(win)
    win.add_pack(starter_pack_path)
    shown = capture_boxes(monkeypatch, answer=answer)
    opened = win.open_pack_file(impostor(tmp_path))
    (title, text, _fmt) = shown[0]
    assert title == "Two packs with one id"
    assert "“starter”" in text and "Not the starter pack" in text and "Someone" in text
    assert opened is (answer == Button.Yes)
    assert win.packs["starter"].meta.title.startswith(kept_title)


def test_opening_the_same_file_again_asks_nothing(
    qtbot, monkeypatch, progress, learner, starter_pack_path
):
    win = MainWindow(progress, learner)
    qtbot.addWidget(win)
    win.add_pack(starter_pack_path)
    shown = capture_boxes(monkeypatch)
    assert win.open_pack_file(starter_pack_path)
    assert shown == []
