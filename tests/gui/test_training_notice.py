"""The training banner says what the pack's author said, and nothing when they said nothing."""

from __future__ import annotations

from tests.conftest import make_source

from spotit.content.source import read_pack_source
from spotit.gui.reader import ReaderPage
from spotit.practice import Practice
from spotit.store.pack import build_pack, open_pack


def reader_on(qtbot, tmp_path, progress, learner, manifest: str) -> ReaderPage:
    source = read_pack_source(make_source(tmp_path / "src", manifest))
    pack = open_pack(build_pack(source, tmp_path / "p.spotit"))
    page = ReaderPage(Practice(progress, learner))
    qtbot.addWidget(page)
    page.show()
    page.open_article(pack, pack.article(pack.article_ids()[0]))
    return page


def test_a_pack_without_a_notice_shows_no_banner(qtbot, tmp_path, progress, learner):
    page = reader_on(
        qtbot,
        tmp_path,
        progress,
        learner,
        'id = "imp"\ntitle = "Imp"\nversion = "1"\ntraining_notice = ""\n',
    )
    assert page.badge.isHidden()


def test_the_default_notice_is_shown(qtbot, tmp_path, progress, learner):
    page = reader_on(qtbot, tmp_path, progress, learner, 'id = "d"\ntitle = "D"\nversion = "1"\n')
    assert not page.badge.isHidden()
    assert "invented" in page.badge.text()


def test_the_banner_grows_and_shrinks_with_the_zoom(qtbot, tmp_path, progress, learner, qapp):
    from spotit.gui.theme import Appearance

    appearance = Appearance(qapp)
    page = reader_on(qtbot, tmp_path, progress, learner, 'id = "d"\ntitle = "D"\nversion = "1"\n')
    normal = page.badge.font().pointSizeF()
    try:
        appearance.set_zoom(2.0)
        qapp.processEvents()
        assert page.badge.font().pointSizeF() == 2 * normal == page.meta_label.font().pointSizeF()
    finally:
        appearance.set_zoom(1.0)
        qapp.processEvents()
    assert page.badge.font().pointSizeF() == normal
