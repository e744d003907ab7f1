"""Compare the coverage: articles that report the same invented event, side by side.

A pack may pair one outlet's credible report of an event with another's misleading one
(front matter ``event``). Reading both is lateral reading in miniature: which names its
sources, and do the numbers, dates and names agree? Nothing of the answer key is shown.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from spotit.core.article import PackArticle
from spotit.core.i18n import QT_TRANSLATE_NOOP, translate
from spotit.gui.document import build_document, display_text
from spotit.gui.plain import plain_label, plain_title, plain_tooltip
from spotit.gui.windows import resize_to_fit

INTRO = QT_TRANSLATE_NOOP(
    "CoverageDialog",
    "These articles report the same event. Read them side by side before you flag "
    "either: what does each give as its source, and do their numbers, dates and names "
    "agree? Then practise one of them.",
)


def byline_of(article: PackArticle) -> str:
    """Outlet · byline · date, as far as the article gives them."""
    meta = article.meta
    return " · ".join(display_text(part) for part in (meta.outlet, meta.byline, meta.date) if part)


class CoverageDialog(QDialog):
    """Two or more articles of one event, each with a button that practises it."""

    practise_requested = Signal(str, str)  # pack id, article id

    def __init__(
        self, pack_id: str, articles: Sequence[PackArticle], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(plain_title(self.tr("Compare the coverage")))
        self.pack_id = pack_id
        self.views: list[QTextBrowser] = []
        self.buttons: list[QPushButton] = []
        intro = plain_label(translate("CoverageDialog", INTRO))
        intro.setWordWrap(True)
        panes = QSplitter(Qt.Orientation.Horizontal)
        panes.setChildrenCollapsible(False)
        for number, article in enumerate(articles, 1):
            panes.addWidget(self._pane(number, article))
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(panes, 1)
        layout.addWidget(close)
        # Lines of text, so the panes stay readable at any text size.
        line = self.fontMetrics().lineSpacing()
        resize_to_fit(self, 38 * line * max(2, len(articles)) // 2 + 80, 32 * line)

    def _pane(self, number: int, article: PackArticle) -> QWidget:
        pane = QWidget()
        source = plain_label(byline_of(article) or self.tr("No outlet or byline given"))
        source.setWordWrap(True)
        view = QTextBrowser()
        view.setOpenLinks(False)  # an article's links are not followed from here
        view.setDocument(build_document(article.blocks, view))
        view.setAccessibleName(
            self.tr("Article {number}: {headline}").format(
                number=number, headline=display_text(article.meta.headline)
            )
        )
        view.setTabChangesFocus(True)
        button = QPushButton(
            self.tr("Practise article &{number}").format(number=number)
            if number < 10
            else self.tr("Practise it")
        )
        button.setToolTip(
            plain_tooltip(
                self.tr("Open “{headline}” in the reader").format(
                    headline=display_text(article.meta.headline)
                )
            )
        )
        button.clicked.connect(lambda _=False, a=article.meta.id: self._practise(a))
        layout = QVBoxLayout(pane)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(source)  # the headline is the article's first block
        layout.addWidget(view, 1)
        layout.addWidget(button)
        self.views.append(view)
        self.buttons.append(button)
        return pane

    def _practise(self, article_id: str) -> None:
        self.practise_requested.emit(self.pack_id, article_id)
        self.accept()
