"""In the window: another author's pack with the bundled pack's id shows none of its results.

Results on the bundled starter pack are not shown against an impostor called "starter"
(in the library or the history); a new version of the starter pack shows them again.
"""

from __future__ import annotations

import dataclasses

from tests.conftest import STARTER
from tests.gui.test_start_damaged_progress import answer_with

from spotit.content.source import read_pack_source
from spotit.core.model import Flag
from spotit.gui.main_window import MainWindow
from spotit.practice import DONE, Submission
from spotit.store.pack import build_pack


def starter_version(tmp_path, version: str, **changes):
    """The starter pack as its authors would release it again (or someone else would)."""
    source = read_pack_source(STARTER)
    meta = dataclasses.replace(source.meta, version=version, **changes)
    source = dataclasses.replace(source, meta=meta)
    return build_pack(source, tmp_path / f"starter-{version}.spotit")


def impostor(tmp_path):
    """Another author's pack called "starter", with the very same article ids."""
    return starter_version(tmp_path, "9", title="Not the starter pack", authors=("Someone",))


def done_rows(win: MainWindow) -> list[str]:
    win.show_library()
    return [e.article_id for e in win.library.model.rows if e.status == DONE]


def history_rows(win: MainWindow) -> int:
    win.show_history()
    return len(win.history._attempts)


def test_results_follow_the_pack_not_its_id(
    qtbot, qapp, tmp_path, progress, learner, starter_pack_path
):
    from spotit.gui.theme import Appearance

    win = MainWindow(progress, learner)
    qtbot.addWidget(win)
    win.add_pack(starter_pack_path)
    win.show()
    first = win.library.model.rows[0]
    opened = win.practice.open(*first.key)
    flags = [Flag(a.start, a.end, a.category) for a in opened.article.annotations]
    win.practice.submit(Submission(opened, flags, 40))
    assert done_rows(win) == [first.article_id]
    assert history_rows(win) == 1

    boxes: list = []
    answer_with(qtbot, "Y", boxes, shot="clash-other-authors")
    assert win.open_pack_file(impostor(tmp_path))
    assert "Their authors differ" in boxes[0].text()
    assert done_rows(win) == []
    assert history_rows(win) == 0

    appearance = Appearance(qapp)
    try:
        appearance.set_zoom(2.0)
        boxes = []
        answer_with(qtbot, "Y", boxes, shot="clash-other-authors-200")
        assert win.open_pack_file(starter_version(tmp_path, "0.2.0"))
    finally:
        appearance.set_zoom(1.0)
    assert "Their authors differ" in boxes[0].text()  # the impostor was open
    assert done_rows(win) == [first.article_id]  # a new version of the starter: they show
    assert history_rows(win) == 1

    boxes = []
    answer_with(qtbot, "Y", boxes, shot="clash-same-authors")
    assert win.open_pack_file(starter_pack_path)
    assert "Both have the same authors" in boxes[0].text()
    assert done_rows(win) == [first.article_id]
