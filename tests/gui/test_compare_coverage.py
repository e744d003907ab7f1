"""Compare the coverage: the library shows two reports of one invented event side by side."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QDialog

from spotit.gui.compare import CoverageDialog
from spotit.gui.itemmodels import RowRole


def select(window, article_id: str) -> None:
    table = window.library.table
    model = table.model()
    row = next(
        r
        for r in range(model.rowCount())
        if model.index(r, 0).data(RowRole).article_id == article_id
    )
    table.setCurrentIndex(model.index(row, 0))


@pytest.fixture
def bridge_ids(window):
    pack = window.packs["starter"]
    ids = [s.meta.id for s in pack.articles() if s.event == "vessa-bridge-closure"]
    assert len(ids) == 2  # the starter pack's pair: one credible report, one not
    return ids


def test_the_button_is_on_only_for_an_article_with_another_report_of_its_event(window, bridge_ids):
    select(window, bridge_ids[0])
    assert window.library.compare_button.isEnabled()
    select(window, "miracle-tea")  # no event
    assert not window.library.compare_button.isEnabled()


def test_both_reports_side_by_side_without_the_answer_key_then_practise_one(
    window, bridge_ids, monkeypatch
):
    shown: list[CoverageDialog] = []

    def run(dialog):
        shown.append(dialog)
        pack = window.packs["starter"]
        for view, article_id in zip(dialog.views, bridge_ids, strict=True):
            article = pack.article(article_id)
            assert view.toPlainText() == article.text  # the article, whole
            assert not view.document().allFormats() or all(
                not f.hasProperty(f.Property.TextUnderlineStyle) or f.underlineStyle() == 0
                for f in view.document().allFormats()
                if f.isCharFormat()
            )  # no red flag is marked
        assert [QKeySequence.mnemonic(b.text()) for b in dialog.buttons] == [
            QKeySequence("Alt+1"),
            QKeySequence("Alt+2"),
        ]
        dialog.buttons[1].click()  # Practise article 2
        return QDialog.DialogCode.Accepted.value

    monkeypatch.setattr(CoverageDialog, "exec", run)
    select(window, bridge_ids[0])
    button = window.library.compare_button
    assert QKeySequence.mnemonic(button.text()) == QKeySequence("Alt+O")
    button.click()
    assert len(shown) == 1
    assert len(shown[0].views) == 2
    assert window.pages.currentWidget() is window.reader
    assert window.reader.current.article.meta.id == bridge_ids[1]


def test_hostile_headlines_and_outlets_are_shown_as_written(qtbot, window, bridge_ids):
    import dataclasses

    pack = window.packs["starter"]
    payload = "<img src='file:///etc/passwd'><b>B</b>"
    articles = [
        dataclasses.replace(
            pack.article(i), meta=dataclasses.replace(pack.article(i).meta, outlet=payload)
        )
        for i in bridge_ids
    ]
    dialog = CoverageDialog("starter", articles)
    qtbot.addWidget(dialog)
    from PySide6.QtWidgets import QLabel

    labels = [label for label in dialog.findChildren(QLabel) if payload in label.text()]
    assert len(labels) == 2
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in labels)
