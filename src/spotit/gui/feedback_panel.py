"""The reader's feedback panel: score, verdicts, explanation, results per category.

It draws a scoring report; choosing a verdict shows its explanation and tells
the reader which passage to select (``passage_chosen``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from html import escape
from typing import TYPE_CHECKING
from urllib.parse import quote, unquote

from PySide6.QtCore import QEvent, QItemSelectionModel, Qt, QUrl, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from spotit.core.i18n import COUNT, QT_TRANSLATE_NOOP, counted, translate
from spotit.core.sources import KIND_NAMES
from spotit.core.taxonomy import Category, shown_categories
from spotit.gui.announce import announce
from spotit.gui.document import display_text
from spotit.gui.flag_list import swatch
from spotit.gui.i18n import number
from spotit.gui.itemmodels import Column, RowsModel, rows_view
from spotit.gui.marks import VERDICT_STYLES
from spotit.gui.plain import set_plain

if TYPE_CHECKING:
    from spotit.core.article import PackArticle
    from spotit.core.scoring import CategorySummary, Report
    from spotit.practice.investigation import CheckCredit, InvestigationFeedback

#: The explanation is what the learner learns from: at any text size it shows this many
#: lines at least (at 200% it had about three), and the feedback scrolls if they cannot fit.
MIN_EXPLANATION_LINES = 8
#: Rows the verdicts and the results per category keep at least (each scrolls for the rest).
MIN_VERDICT_ROWS, MIN_CATEGORY_ROWS = 3, 2

#: What a flag that holds a red flag among much other text is told (as the scorer says it).
NARROW_IT_DOWN = QT_TRANSLATE_NOOP("FeedbackPanel", "Narrow it down: which words are the red flag?")

#: Links to a lesson inside SpotIt ("spotit-lesson:vague-source"), made by the feedback.
LESSON_SCHEME = "spotit-lesson"


def lesson_url(category_id: str) -> str:
    """The in-app address of the lesson on ``category_id``."""
    return f"{LESSON_SCHEME}:{quote(category_id, safe='')}"


def lesson_category(url: QUrl) -> str | None:
    """The category a lesson link names, or None when ``url`` is not a lesson link."""
    if url.scheme() != LESSON_SCHEME:
        return None
    return unquote(url.path()) or None


CREDIBLE_TEXT = QT_TRANSLATE_NOOP(
    "FeedbackPanel",
    "<p>This article is credible: it names its sources, dates and places, "
    "and states what is uncertain. Not flagging it was the right call.</p>",
)

#: A verdict row on one of the learner's flags, as a whole phrase (German does not
#: lower-case a verdict's nouns the way "Your flag: {label.lower()}" would).
YOUR_FLAG = {
    "correct": QT_TRANSLATE_NOOP("FeedbackPanel", "Your flag: correct"),
    "wrong-category": QT_TRANSLATE_NOOP("FeedbackPanel", "Your flag: wrong category"),
    "too-broad": QT_TRANSLATE_NOOP("FeedbackPanel", "Your flag: too broad"),
    "close": QT_TRANSLATE_NOOP("FeedbackPanel", "Your flag: close"),
    "not-a-red-flag": QT_TRANSLATE_NOOP("FeedbackPanel", "Your flag: not a red flag"),
}


def your_flag(verdict: str) -> str:
    """ "Your flag: …" for a flag verdict, in the user's language."""
    if verdict in YOUR_FLAG:
        return translate("FeedbackPanel", YOUR_FLAG[verdict])
    label = VERDICT_STYLES[verdict].label
    return translate("FeedbackPanel", "Your flag: {verdict}").format(verdict=label.lower())


@dataclass(frozen=True)
class VerdictRow:
    """One line of feedback: a red flag, one of the learner's flags, or an author's note."""

    #: "gold" (a red flag of the article), "flag" (the learner's) or "note" (a passage
    #: the author says is fine, and why)
    kind: str
    index: int  # into the article's annotations or notes, or the flag's index in the report
    verdict: str  # a GoldVerdict / FlagVerdict value, or "note"
    text: str  # "✓ Found", "⚐ Your flag: not a red flag"
    category: Category | None  # None for a note: it is no red flag
    passage: str  # as shown (display_text); start and end are the pack's offsets
    start: int
    end: int
    #: the report the row was made from: a selection signal that arrives while the
    #: model changes carries an old row, which must not be read against a new report
    report: Report | None = field(default=None, compare=False, repr=False)
    article: PackArticle | None = field(default=None, compare=False, repr=False)

    @property
    def color(self) -> str:
        return VERDICT_STYLES[self.verdict].color


class VerdictModel(RowsModel[VerdictRow]):
    """The verdicts, the first column in its verdict's colour (with its symbol, never alone)."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole and index.isValid() and index.column() == 0:
            row = self.row(index)
            return QColor(row.color) if row else None
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and index.isValid():
            row = self.row(index)
            return verdict_description(row) if row else None
        return super().data(index, role)

    def add_column(self, column: Column[VerdictRow]) -> None:
        """One more column (the class view adds how many students found each red flag)."""
        self.beginResetModel()
        self.columns.append(column)
        self.endResetModel()

    def redraw(self) -> None:
        """Ask the views to draw every cell again (a column's data changed)."""
        if self.rowCount():
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )


def _category_columns(category: Callable[[str], Category]) -> list[Column[CategorySummary]]:
    return [
        Column(
            translate("FeedbackPanel", "Category"),
            lambda s: display_text(category(s.category).name),
            decoration=lambda s: swatch(category(s.category).color),
        ),
        Column(translate("FeedbackPanel", "Red flags"), lambda s: number(s.gold)),
        Column(translate("FeedbackPanel", "Found"), lambda s: number(s.found)),
        Column(translate("FeedbackPanel", "Partly found"), lambda s: number(s.partly)),
        Column(translate("FeedbackPanel", "Missed"), lambda s: number(s.missed)),
        Column(translate("FeedbackPanel", "Not red flags"), lambda s: number(s.invented)),
    ]


class _ScrolledContent(QWidget):
    """A scroll area's content that fills the area whenever its minimum fits.

    With a word-wrapped label inside, a resizable scroll area sizes its content by the
    layout's preferred height for the width, and scrolls although everything would fit.
    """

    def heightForWidth(self, width: int) -> int:  # noqa: N802 (Qt naming)
        layout = self.layout()
        return layout.minimumHeightForWidth(width) if layout is not None else -1


class FeedbackPanel(QWidget):
    """What the learner sees after submitting (or after a class article is revealed)."""

    passage_chosen = Signal(int, int)  # start, end of the verdict's passage (code points)
    try_again_requested = Signal()
    next_requested = Signal()
    library_requested = Signal()
    lesson_requested = Signal(str)  # a "Read the lesson on …" link: the category's id
    #: A "You could have checked:" link: the page's address and the span of its text to
    #: mark (-1, -1 for the whole page). The reader opens it in the investigation pane.
    check_requested = Signal(str, int, int)

    def __init__(
        self,
        open_link: Callable[[QUrl], None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        # The pack's categories arrive with each report. The panel keeps its own copy
        # rather than calling back into the page that owns it: a callback into the owner,
        # held by the models' columns, made the page's widgets a cycle that crashed
        # Python's garbage collector when a page was let go.
        self._categories: dict[str, Category] = {}
        #: The categories the pack has a lesson on: their verdicts link to the lesson.
        self.lesson_categories: set[str] = set()
        self._open_link = open_link
        self.setAccessibleName(self.tr("Feedback"))
        self.report: Report | None = None
        self.article: PackArticle | None = None
        #: What the investigation pane's moves earned (None: the pack has no sources).
        self.investigation: InvestigationFeedback | None = None
        # The panes keep minimum heights in lines (see _fit_to_font); when the text is so
        # large that they cannot all fit, the whole feedback scrolls rather than squeezing one.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        outer.addWidget(self.scroll_area)
        content = _ScrolledContent()
        self.scroll_area.setWidget(content)
        layout = QVBoxLayout(content)
        self.score_label = QLabel()
        self.score_label.setAccessibleName(self.tr("Score"))
        self.score_label.setTextFormat(Qt.TextFormat.RichText)
        layout.addWidget(self.score_label)
        self.summary_label = QLabel()
        self.summary_label.setWordWrap(True)
        self.summary_label.setAccessibleName(self.tr("Summary"))
        layout.addWidget(self.summary_label)
        # What the learner looked up in the pack's sources, and what it showed (hidden when
        # the pack has none).
        self.investigation_label = QLabel()
        self.investigation_label.setWordWrap(True)
        self.investigation_label.setAccessibleName(self.tr("What you investigated"))
        self.investigation_label.hide()
        layout.addWidget(self.investigation_label)

        self.verdict_model = VerdictModel(
            [
                Column(self.tr("Verdict"), lambda r: r.text),
                Column(
                    self.tr("Red flag"),
                    lambda r: display_text(r.category.name) if r.category else "—",
                    decoration=lambda r: swatch(r.category.color) if r.kind == "gold" else None,
                ),
                Column(self.tr("Passage"), lambda r: r.passage),
            ],
            self,
        )
        self.verdict_list = rows_view(
            self.verdict_model, self.tr("Red flags and your flags, with verdicts")
        )
        header = self.verdict_list.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.verdict_list.selectionModel().currentRowChanged.connect(self._verdict_selected)
        layout.addWidget(self.verdict_list, 2)

        self.explanation = QTextBrowser()
        self.explanation.setOpenLinks(False)
        self.explanation.setAccessibleName(self.tr("Explanation"))
        self.explanation.anchorClicked.connect(self._link_clicked)
        layout.addWidget(self.explanation, 3)

        self.category_model: RowsModel[CategorySummary] = RowsModel(
            _category_columns(self.category), self
        )
        self.category_table = rows_view(self.category_model, self.tr("Results per category"))
        # Every column as wide as its contents, the last taking what is left: at large text
        # sizes the table scrolls sideways rather than cutting the category names short.
        header = self.category_table.header()
        header.setStretchLastSection(True)
        for column in range(0, 5):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.category_table, 1)

        row = QHBoxLayout()
        # Into the panel before its buttons: a row without a parent would leave Python
        # owning their layout items, freed after Qt's (a crash when a reader is let go).
        layout.addLayout(row)
        self.try_again_button = QPushButton(self.tr("&Try again"))
        self.try_again_button.clicked.connect(self.try_again_requested)
        self.next_button = QPushButton(self.tr("&Next article"))
        self.next_button.clicked.connect(self.next_requested)
        self.library_button = QPushButton(self.tr("&Library"))
        self.library_button.clicked.connect(self.library_requested)
        for button in (self.try_again_button, self.next_button, self.library_button):
            row.addWidget(button)
        self._fit_to_font()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.FontChange:
            self._fit_to_font()
        super().changeEvent(event)

    def _fit_to_font(self) -> None:
        """Minimum heights in lines of the current text size (zoom changes it)."""
        line = self.explanation.fontMetrics().lineSpacing()
        frame = 2 * self.explanation.frameWidth()
        margin = 2 * int(self.explanation.document().documentMargin())
        self.explanation.setMinimumHeight(MIN_EXPLANATION_LINES * line + frame + margin)
        for view, rows in (
            (self.verdict_list, MIN_VERDICT_ROWS),
            (self.category_table, MIN_CATEGORY_ROWS),
        ):
            row = max(view.sizeHintForRow(0), view.fontMetrics().lineSpacing() + 4)
            header = view.header().sizeHint().height()
            # A sideways scroll bar, at large text sizes, must not take the rows' room.
            bar = view.horizontalScrollBar().sizeHint().height()
            view.setMinimumHeight(header + rows * row + bar + 2 * view.frameWidth())

    def category(self, category_id: str) -> Category:
        """The category ``category_id`` of the report's pack (its id as name if unknown)."""
        return self._categories.get(category_id) or Category(
            category_id, category_id, "", "", "#888888"
        )

    def show_report(
        self,
        report: Report,
        article: PackArticle,
        categories: Iterable[Category],
        hints_used: int = 0,
        investigation: InvestigationFeedback | None = None,
    ) -> None:
        """Draw ``report`` on ``article``: score, verdicts (first one selected), categories.

        ``hints_used`` is how many hints the learner asked for before submitting;
        ``investigation`` credits the checks the answer key names (None: no sources).
        """
        self._categories = {c.id: c for c in shown_categories(categories)}
        # No report while the rows change: a selection signal from the old rows is ignored.
        self.report = self.article = None
        self.investigation = investigation
        summary = investigation.summary if investigation is not None else ()
        set_plain(self.investigation_label, display_text("\n".join(summary)))
        self.investigation_label.setVisible(bool(summary))
        spotted, named = round(report.spotted.f1 * 100), round(report.named.f1 * 100)
        words = {"spotted": number(spotted), "named": number(named)}
        big = (  # not translated: markup and numbers
            f"<span style='font-size:xx-large; font-weight:bold'>{number(report.score)}</span>"
            f"<span style='font-size:large'> / {number(100)}</span><br>"
        )
        self.score_label.setText(big + escape(score_line(hints_used).format(**words)))
        set_plain(self.summary_label, display_text(report.summary))
        self.verdict_model.set_rows(verdict_rows(report, article, self.category))
        self.category_model.set_rows(report.categories)
        self.report, self.article = report, article
        if self.verdict_model.rowCount():
            self.verdict_list.selectionModel().setCurrentIndex(
                self.verdict_model.index(0, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
        else:
            self.explanation.setHtml(translate("FeedbackPanel", CREDIBLE_TEXT))
        spoken = score_sentence(hints_used).format(score=number(report.score), **words)
        announce(self, f"{spoken} {display_text(report.summary)}")

    def _link_clicked(self, url: QUrl) -> None:
        category = lesson_category(url)
        credit = self._credit_for(url.toString())
        if category is not None:
            self.lesson_requested.emit(category)
        elif credit is not None:
            start, end = credit.quote or (-1, -1)
            self.check_requested.emit(credit.target, start, end)
        else:
            self._open_link(url)  # an article's own link: its address is shown first

    def credit(self, row: VerdictRow) -> CheckCredit | None:
        """What the investigation earned on ``row``'s passage (None: no check named)."""
        if self.investigation is None:
            return None
        if row.kind == "gold":
            return self.investigation.flags.get(row.index)
        if row.kind == "note":
            return self.investigation.notes.get(row.index)
        return None

    def _credit_for(self, address: str) -> CheckCredit | None:
        index = self.verdict_list.currentIndex()
        row = self.verdict_model.row(index) if index.isValid() else None
        credit = self.credit(row) if row is not None else None
        return credit if credit is not None and credit.target == address else None

    def check_html(self, row: VerdictRow) -> str:
        """The investigation's sentence on ``row``: the credit, or what could have been
        checked, its title a link that opens the page beside the article."""
        credit = self.credit(row)
        if credit is None:
            return ""
        if credit.checked:
            return self.tr("<p><i>Investigating:</i> {credit}</p>").format(
                credit=escape(credit.text)
            )
        name = KIND_NAMES.get(credit.kind, "")
        link = f"<a href='{escape(credit.target)}'>{escape(credit.title)}</a>"
        if name:
            text = self.tr(
                "<p><i>Investigating:</i> You could have checked: {link} ({kind})."
                " The link opens it beside the article.</p>"
            )
        else:
            text = self.tr(
                "<p><i>Investigating:</i> You could have checked: {link}."
                " The link opens it beside the article.</p>"
            )
        return text.format(link=link, kind=escape(name))

    def current_category(self) -> str | None:
        """The red-flag category of the verdict chosen in the list (None for a note)."""
        index = self.verdict_list.currentIndex()
        row = self.verdict_model.row(index) if index.isValid() else None
        if row is None or row.category is None:
            return None
        if row.kind == "gold" and self.article is not None:
            return self.article.annotations[row.index].category
        return row.category.id

    def lesson_link(self, category_id: str | None) -> str:
        """A "Read the lesson on …" link for ``category_id`` ("" when the pack has none)."""
        if not category_id or category_id not in self.lesson_categories:
            return ""
        name = escape(self.category(category_id).name)
        return self.tr(
            "<p><a href='{url}'>Read the lesson on {category}</a> (Shift+F1)</p>"
        ).format(url=escape(lesson_url(category_id)), category=name)

    def _verdict_selected(self, current, _previous=None) -> None:
        row = self.verdict_model.row(current) if current.isValid() else None
        if row is None or self.report is None or row.report is not self.report:
            return  # a row of a report no longer shown
        self.passage_chosen.emit(row.start, row.end)
        # Replacing code points that are no markup leaves the HTML as it was otherwise.
        self.explanation.setHtml(
            display_text(
                self.explanation_html(row)
                + self.check_html(row)
                + self.lesson_link(self.current_category())
            )
        )

    def explanation_html(self, row: VerdictRow) -> str:
        """Why a verdict is what it is, and for a red flag how to check it."""
        from spotit.content.render import markdown_to_html  # loaded on first feedback, not at start

        report, article = row.report, row.article
        style = VERDICT_STYLES[row.verdict]
        if row.kind == "note":
            note = article.notes[row.index]
            return self.tr(
                "<p><b>{symbol} {verdict}</b> — not a red flag</p>"
                "<p><i>The author's note:</i> {note}</p>"
            ).format(symbol=style.symbol, verdict=escape(style.label), note=escape(note.text))
        if row.kind == "gold":
            ann = article.annotations[row.index]
            result = report.gold[row.index]
            by_index = {f.index: f for f in report.flags}
            yours = ", ".join(
                self.category(by_index[i].category).name for i in result.flags if i in by_index
            )
            html = (
                f"<p><b>{style.symbol} {escape(style.label)}</b> — {escape(row.category.name)}</p>"
                f"{markdown_to_html(ann.explanation)}"
                + self.tr("<p><i>How to check:</i> {how_to_check}</p>").format(
                    how_to_check=escape(row.category.how_to_check)
                )
            )
            wrongly_named = row.verdict == "found-too-broad" and not result.named
            if (row.verdict == "found-wrong-category" or wrongly_named) and yours:
                html += self.tr("<p>You flagged it as: {categories}.</p>").format(
                    categories=escape(yours)
                )
            if row.verdict == "found-too-broad":
                html += self.tr(
                    "<p>Your flag holds this red flag, but it covers much more besides. "
                    "{narrow_it_down}</p>"
                ).format(narrow_it_down=escape(translate("FeedbackPanel", NARROW_IT_DOWN)))
            if result.note:  # found with an accepted category: why the key prefers its own
                html += f"<p>{escape(result.note)}</p>"
            return html
        result = next(f for f in report.flags if f.index == row.index)
        head = f"<p><b>{style.symbol} {escape(style.label)}</b></p>"
        names = ", ".join(
            self.category(article.annotations[i].category).name for i in result.annotations
        )
        if row.verdict == "not-a-red-flag":
            # The author's own reason (the note on this passage) where they gave one.
            why = (
                self.tr("<p><i>The author's note on this passage:</i> {note}</p>").format(
                    note=escape(result.note)
                )
                if result.note
                else self.tr(
                    "<p>Ask yourself what you could check about it; if the answer is a named "
                    "source, a date or a place, it is doing its job.</p>"
                )
            )
            return (
                head + self.tr("<p>This passage is not one of the article's red flags.</p>") + why
            )
        if row.verdict == "too-broad":
            note = result.note or translate("FeedbackPanel", NARROW_IT_DOWN)
            return f"{head}<p>{escape(note)}</p>" + self.tr(
                "<p>Somewhere inside it: {categories}.</p>"
            ).format(categories=escape(names))
        if row.verdict == "close":
            return f"{head}<p>{escape(result.note)}</p>" + self.tr(
                "<p>Your flag is in the right sentence but on other words: select just the "
                "words that make the claim.</p>"
            )
        return head + self.tr("<p>You found a red flag here, but it is: {categories}.</p>").format(
            categories=escape(names)
        )


def verdict_description(row: VerdictRow) -> str:
    """A verdict row in words (its symbol and colour aside), for a screen reader."""
    said = your_flag(row.verdict) if row.kind == "flag" else VERDICT_STYLES[row.verdict].label
    passage = " ".join(row.passage.split())
    if row.category is None:
        return translate("FeedbackPanel", "{verdict}: “{passage}”").format(
            verdict=said, passage=passage
        )
    return translate("FeedbackPanel", "{verdict}, {category}: “{passage}”").format(
        verdict=said, category=display_text(row.category.name), passage=passage
    )


# One hint is its own sentence, so that the English needs no plural forms of its own.
def score_line(hints_used: int) -> str:
    """The line under the score (``{spotted}``, ``{named}`` to fill in), with the hints used."""
    if hints_used <= 0:
        return translate("FeedbackPanel", "Spotted {spotted} · Named {named}")
    if hints_used == 1:
        return translate("FeedbackPanel", "Spotted {spotted} · Named {named} · 1 hint used")
    return counted.translate(
        "FeedbackPanel",
        "Spotted {spotted} · Named {named} · %n hints used",
        "",
        COUNT,
        int(hints_used),
    )


def score_sentence(hints_used: int) -> str:
    """The score as a screen reader says it (``{score}``, ``{spotted}``, ``{named}``)."""
    if hints_used <= 0:
        return translate(
            "FeedbackPanel", "Score {score} out of 100. Spotted {spotted}, named {named}."
        )
    if hints_used == 1:
        return translate(
            "FeedbackPanel",
            "Score {score} out of 100. Spotted {spotted}, named {named}, 1 hint used.",
        )
    return counted.translate(
        "FeedbackPanel",
        "Score {score} out of 100. Spotted {spotted}, named {named}, %n hints used.",
        "",
        COUNT,
        int(hints_used),
    )


def verdict_rows(
    report: Report, article: PackArticle, category: Callable[[str], Category]
) -> list[VerdictRow]:
    """The article's red flags with their verdicts, the learner's flags worth a word, then
    the author's notes on passages that are fine."""
    rows = []
    for result in report.gold:
        ann = article.annotations[result.index]
        style = VERDICT_STYLES[result.verdict.value]
        rows.append(
            VerdictRow(
                "gold",
                result.index,
                result.verdict.value,
                f"{style.symbol} {style.label}",
                category(ann.category),
                display_text(ann.quote),
                ann.start,
                ann.end,
                report,
                article,
            )
        )
    # A flag whose red flags all show it already (their verdict says what it got right and
    # wrong, their explanation names the category it was given) is listed once, there.
    shown_by = {
        "correct": None,
        "wrong-category": "found-wrong-category",
        "too-broad": "found-too-broad",
    }
    for result in report.flags:
        verdict = result.verdict.value
        if verdict in shown_by and (
            shown_by[verdict] is None
            or all(report.gold[k].verdict.value == shown_by[verdict] for k in result.annotations)
        ):
            continue
        style = VERDICT_STYLES[result.verdict.value]
        rows.append(
            VerdictRow(
                "flag",
                result.index,
                result.verdict.value,
                f"{style.symbol} {your_flag(result.verdict.value)}",
                category(result.category),
                display_text(article.text[result.start : result.end]),
                result.start,
                result.end,
                report,
                article,
            )
        )
    # Whatever was flagged, the passages the author says are fine, and why.
    note_style = VERDICT_STYLES["note"]
    for index, note in enumerate(article.notes):
        rows.append(
            VerdictRow(
                "note",
                index,
                "note",
                f"{note_style.symbol} {note_style.label}",
                None,
                display_text(note.quote),
                note.start,
                note.end,
                report,
                article,
            )
        )
    return rows
