"""The "Agreement…" view: how far two authors' answer keys agree, and where they differ.

The report is ``spotit.interop.agreement.compare_packs`` (the same as ``spotit
pack agree``), computed as an ``Operation``. Author A is a .spotit file or the
pack open in the editor (its draft, unsaved changes included); author B is a
.spotit file. Selecting a disagreement shows its passage with both authors'
spans marked by different underlines and named in a legend, so colour is never
the only cue. The disagreements can be saved as CSV for curation.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from spotit.core.article import PackArticle
from spotit.core.files import write_atomic
from spotit.core.i18n import QT_TRANSLATE_NOOP, translate
from spotit.core.model import Annotation
from spotit.gui.i18n import number
from spotit.gui.interop_forms import OperationDialog, pack_filter, show_error
from spotit.gui.itemmodels import Column, RowsModel, rows_view
from spotit.gui.marks import tint
from spotit.gui.reader import ArticleView
from spotit.gui.windows import resize_to_fit
from spotit.interop.agreement import (
    BOUNDARY,
    CATEGORY,
    ONLY_A,
    ONLY_B,
    CategoryAgreement,
    Comparison,
    Direction,
    Disagreement,
    compare,
    disagreements_csv,
)

#: How each kind of disagreement is shown (a symbol and words, not only a colour).
#: Marked at import, translated where shown (``kind_text``).
KIND_TEXT = {
    ONLY_A: QT_TRANSLATE_NOOP("AgreementView", "◧ only A flagged"),
    ONLY_B: QT_TRANSLATE_NOOP("AgreementView", "◨ only B flagged"),
    CATEGORY: QT_TRANSLATE_NOOP("AgreementView", "≠ different category"),
    BOUNDARY: QT_TRANSLATE_NOOP("AgreementView", "◐ partial overlap"),
}
#: Author A's span: a solid underline on a blue tint; B's: a wavy underline and a line
#: above (so B stays visible where the spans overlap). Each is named in the legend.
A_COLOR, B_COLOR = "#0072b2", "#d55e00"


def kind_text(kind: str) -> str:
    """The kind of a disagreement in the user's language."""
    return translate("AgreementView", KIND_TEXT[kind])


def a_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setBackground(tint(A_COLOR, 60))
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SingleUnderline)
    fmt.setUnderlineColor(QColor(A_COLOR))
    return fmt


def b_format() -> QTextCharFormat:
    fmt = QTextCharFormat()
    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
    fmt.setUnderlineColor(QColor(B_COLOR))
    fmt.setFontOverline(True)
    return fmt


class DraftAsPack:
    """A pack editor's draft seen as a pack (``article_ids``, ``article``, ``categories``), so
    that ``compare_packs`` compares what the author is editing, unsaved changes included."""

    def __init__(self, draft) -> None:
        from spotit.authoring.draft import pack_article  # Qt-free; loads only when used

        self._pack_article = pack_article
        self.categories = list(draft.categories)
        self._drafts = {a.meta.id: a for a in draft.articles}
        self._built: dict[str, PackArticle] = {}

    def article_ids(self) -> list[str]:
        return list(self._drafts)

    def article(self, article_id: str) -> PackArticle:
        if article_id not in self._built:
            self._built[article_id] = self._pack_article(self._drafts[article_id])
        return self._built[article_id]


RIGHT = Qt.AlignmentFlag.AlignRight


def _table(model: RowsModel, name: str) -> QTableView:
    table = QTableView()
    table.setModel(model)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _fit_height(table: QTableView) -> None:
    """Make a short table exactly as tall as its rows (at any text size)."""
    table.resizeColumnsToContents()
    table.resizeRowsToContents()
    rows = sum(table.rowHeight(r) for r in range(table.model().rowCount()))
    scroll = table.horizontalScrollBar().sizeHint().height()
    table.setFixedHeight(table.horizontalHeader().height() + rows + 2 * table.frameWidth() + scroll)


def _measure(n: int):
    return lambda row: _values(row[1])[n]


class AgreementView(OperationDialog):
    """Compare two authors' packs: measures both ways, categories, and each disagreement.

    ``draft`` (a pack editor's draft) stands for author A when given; otherwise A is
    a .spotit file. Give ``a_path`` / ``b_path`` to compare at once, or let the author
    choose the files.
    """

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        draft=None,
        draft_name: str = "",
        a_path: Path | None = None,
        b_path: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Agreement between two authors"))
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self.draft = draft
        self.comparison: Comparison | None = None
        self._shown_article: str | None = None

        # -- which packs --
        chooser = QWidget()
        grid = QGridLayout(chooser)
        grid.setContentsMargins(0, 0, 0, 0)
        self.a_edit, self.b_edit = QLineEdit(), QLineEdit()
        self.a_edit.setAccessibleName(self.tr("Author A's pack file"))
        self.b_edit.setAccessibleName(self.tr("Author B's pack file"))
        self.a_button = QPushButton(self.tr("Bro&wse…"))
        self.b_button = QPushButton(self.tr("&Browse…"))
        a_title, b_title = self.tr("Author A's pack"), self.tr("Author B's pack")
        self.a_button.clicked.connect(lambda: self._choose(self.a_edit, a_title))
        self.b_button.clicked.connect(lambda: self._choose(self.b_edit, b_title))
        a_label = QLabel(self.tr("Author &A:"))
        b_label = QLabel(self.tr("Author B (&other pack):"))
        a_label.setBuddy(self.a_edit)
        b_label.setBuddy(self.b_edit)
        if draft is not None:
            self.a_edit.setText(
                self.tr("{title} (this editor, unsaved changes included)").format(
                    title=draft_name or draft.meta.title
                )
            )
            self.a_edit.setReadOnly(True)
            self.a_button.hide()
        elif a_path is not None:
            self.a_edit.setText(str(a_path))
        if b_path is not None:
            self.b_edit.setText(str(b_path))
        self.compare_button = QPushButton(self.tr("&Compare"))
        self.compare_button.setDefault(True)
        self.compare_button.clicked.connect(self.start_compare)
        grid.addWidget(a_label, 0, 0)
        grid.addWidget(self.a_edit, 0, 1)
        grid.addWidget(self.a_button, 0, 2)
        grid.addWidget(b_label, 1, 0)
        grid.addWidget(self.b_edit, 1, 1)
        grid.addWidget(self.b_button, 1, 2)
        grid.addWidget(self.compare_button, 1, 3)
        grid.setColumnStretch(1, 1)
        self.working_controls = [self.compare_button]

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_summary(), self.tr("&Summary"))
        self.tabs.addTab(self._build_disagreements(), self.tr("&Disagreements"))
        self.tabs.setEnabled(False)

        self.buttons = QDialogButtonBox()
        self.csv_button = self.buttons.addButton(
            self.tr("&Export disagreements as CSV…"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.csv_button.setEnabled(False)
        self.csv_button.clicked.connect(self.choose_csv)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(chooser)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        resize_to_fit(self, 1180, 760)
        if b_path is not None and (draft is not None or a_path is not None):
            self.start_compare()

    # -- building -------------------------------------------------------------------------
    def _build_summary(self) -> QWidget:
        page = QWidget()
        self.articles_label = QLabel()
        self.articles_label.setWordWrap(True)
        # Rich on purpose (a bold count); the article ids in it are escaped.
        self.articles_label.setTextFormat(Qt.TextFormat.RichText)
        self.articles_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.measures_model: RowsModel[tuple[str, Direction | None]] = RowsModel(
            [Column("", lambda row: row[0])]
            + [
                Column(header, _measure(n), align=RIGHT)
                for n, header in enumerate(
                    (
                        self.tr("Spotted\nprecision"),
                        self.tr("Spotted\nrecall"),
                        self.tr("Spotted\nF1"),
                        self.tr("Named\nprecision"),
                        self.tr("Named\nrecall"),
                        self.tr("Named\nF1"),
                    )
                )
            ],
            self,
        )
        self.measures = _table(self.measures_model, self.tr("Agreement measures"))
        self.measures.horizontalHeader().setStretchLastSection(False)
        self.measures.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        explain = QLabel(
            self.tr(
                "<i>Spotted</i> ignores categories, <i>named</i> counts them. Each row scores one "
                "author's annotations with the other's as the answer key; swapping them swaps "
                "precision and recall and leaves F1."
            )
        )
        explain.setWordWrap(True)
        self.categories_model: RowsModel[CategoryAgreement] = RowsModel(
            [
                # The packs' own category names: the instructor compares what the authors wrote.
                Column(self.tr("Category"), lambda c: c.name),
                Column(self.tr("Id"), lambda c: c.category),
                Column("A", lambda c: number(c.a), sort=lambda c: c.a, align=RIGHT),
                Column("B", lambda c: number(c.b), sort=lambda c: c.b, align=RIGHT),
                Column(
                    self.tr("Matched"),
                    lambda c: number(c.matched),
                    sort=lambda c: c.matched,
                    align=RIGHT,
                ),
            ],
            self,
        )
        self.category_table = _table(self.categories_model, self.tr("Annotations per category"))
        categories_label = QLabel(
            self.tr("Per ca&tegory (matched: pairs of A and B annotations that hit each other):")
        )
        categories_label.setBuddy(self.category_table)
        categories_label.setWordWrap(True)
        layout = QVBoxLayout(page)
        layout.addWidget(self.articles_label)
        layout.addWidget(self.measures)
        layout.addWidget(explain)
        layout.addWidget(categories_label)
        layout.addWidget(self.category_table, 1)
        return page

    def _build_disagreements(self) -> QWidget:
        self.disagreements_model: RowsModel[Disagreement] = RowsModel(
            [
                Column(self.tr("Article"), lambda d: d.article),
                Column(self.tr("Kind"), lambda d: kind_text(d.kind)),
                Column(self.tr("A: category"), lambda d: self._name(d.a)),
                Column(self.tr("A: quote"), lambda d: _quote(d.a), tooltip=lambda d: _full(d.a)),
                Column(self.tr("B: category"), lambda d: self._name(d.b)),
                Column(self.tr("B: quote"), lambda d: _quote(d.b), tooltip=lambda d: _full(d.b)),
            ],
            self,
        )
        self.disagreement_list = rows_view(self.disagreements_model, self.tr("Disagreements"))
        self.disagreement_list.selectionModel().currentChanged.connect(self._disagreement_selected)
        self.view = ArticleView()
        self.view.setAccessibleName(self.tr("The disagreement's passage"))
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setAccessibleName(self.tr("Both authors' annotations of this passage"))
        passage = QWidget()
        passage_layout = QVBoxLayout(passage)
        passage_layout.setContentsMargins(0, 0, 0, 0)
        passage_layout.addWidget(self.legend)
        passage_layout.addWidget(self.view, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.disagreement_list)
        splitter.addWidget(passage)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        return splitter

    # -- comparing ------------------------------------------------------------------------
    def _choose(self, edit: QLineEdit, title: str) -> None:
        name, _ = QFileDialog.getOpenFileName(self, title, edit.text(), pack_filter())
        if name:
            edit.setText(name)

    def start_compare(self) -> None:
        """Compare the chosen packs in the background."""
        b_text = self.b_edit.text().strip()
        a_text = self.a_edit.text().strip()
        if self.draft is None and not a_text:
            show_error(self.error, self.tr("choose author A's pack file (Browse…)"))
            return
        if not b_text:
            show_error(self.error, self.tr("choose author B's pack file (Browse…)"))
            return
        a = DraftAsPack(self.draft) if self.draft is not None else Path(a_text)
        b = Path(b_text)
        self.run_operation(self.tr("Comparing…"), lambda: compare(a, b), self._compared)

    def _compared(self, comparison: Comparison) -> None:
        self.comparison = comparison
        self.status.setText("")
        self.show_report(comparison)

    def show_report(self, comparison: Comparison) -> None:
        """Fill the summary, the category table and the list of disagreements."""
        report = comparison.report
        self.tabs.setEnabled(True)
        parts = [
            self.tr("<b>Articles compared: {count}</b>").format(count=number(len(report.compared)))
        ]
        for line, ids in (
            (self.tr("Only in A: {ids}"), report.only_in_a),
            (self.tr("Only in B: {ids}"), report.only_in_b),
            (self.tr("Same id, different text (not compared): {ids}"), report.text_differs),
        ):
            if ids:
                parts.append(line.format(ids=escape(", ".join(ids))))
        if not report.compared:
            parts.append(
                self.tr("No article is in both packs with the same text: nothing to compare.")
            )
        self.articles_label.setText("<br>".join(parts))
        self.measures_model.set_rows(
            [
                (self.tr("B against A's answer key"), report.a_as_gold),
                (self.tr("A against B's answer key"), report.b_as_gold),
            ]
        )
        _fit_height(self.measures)
        self.categories_model.set_rows(report.categories)
        self.disagreements_model.set_rows(report.disagreements)
        widest_quote = self.fontMetrics().averageCharWidth() * 32
        for column in range(6):
            self.disagreement_list.resizeColumnToContents(column)
            if column in (3, 5):
                width = self.disagreement_list.columnWidth(column)
                self.disagreement_list.setColumnWidth(column, min(width, widest_quote))
        count = len(report.disagreements)
        self.tabs.setTabText(1, self.tr("&Disagreements ({count})").format(count=number(count)))
        self.csv_button.setEnabled(count > 0)
        self._shown_article = None
        self.view.clear()
        if count:
            self.disagreement_list.setCurrentIndex(self.disagreements_model.index(0, 0))
        else:
            self.legend.setText(
                self.tr(
                    "No disagreements: both authors flagged the same passages with the same "
                    "categories."
                )
                if report.compared
                else ""
            )

    def _name(self, ann: Annotation | None) -> str:
        if ann is None or self.comparison is None:
            return "—"
        return self.comparison.names.get(ann.category, ann.category)

    # -- one disagreement ---------------------------------------------------------------------
    def selected_disagreement(self) -> Disagreement | None:
        return self.disagreements_model.row(self.disagreement_list.currentIndex())

    def _disagreement_selected(self, _current: QModelIndex, _previous=None) -> None:
        d = self.selected_disagreement()
        if d is None or self.comparison is None:
            return
        article = self.comparison.articles[d.article]
        if self._shown_article != d.article:
            self.view.set_article(article)
            self._shown_article = d.article
        selections = []
        for ann, fmt in ((d.a, a_format()), (d.b, b_format())):
            if ann is None:
                continue
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self.view.span_cursor(ann.start, ann.end)
            selection.format = fmt
            selections.append(selection)
        self.view.setExtraSelections(selections)
        first = min(x.start for x in (d.a, d.b) if x is not None)
        cursor = QTextCursor(self.view.document())
        cursor.setPosition(self.view.to_qt(first))
        self.view.setTextCursor(cursor)
        self.view.ensureCursorVisible()
        self.legend.setText(self._legend(d, article.meta.headline))

    def _legend(self, d: Disagreement, headline: str) -> str:
        # Whole sentences for each author (word order differs between languages).
        if d.a is None:
            a = self.tr("{swatch} <b>A</b> (solid underline, tinted): nothing flagged here")
        else:
            a = self.tr("{swatch} <b>A</b> (solid underline, tinted): {category} — “{quote}”")
        if d.b is None:
            b = self.tr(
                "{swatch} <b>B</b> (wavy underline with a line above): nothing flagged here"
            )
        else:
            b = self.tr(
                "{swatch} <b>B</b> (wavy underline with a line above): {category} — “{quote}”"
            )

        def side(line: str, color: str, ann: Annotation | None) -> str:
            return line.format(
                swatch=f"<span style='color:{color}'>■</span>",
                category=escape(self._name(ann)) if ann else "",
                quote=escape(_short(ann.quote, 120)) if ann else "",
            )

        return (
            f"<b>{escape(headline)}</b> ({escape(d.article)}) · {escape(kind_text(d.kind))}<br>"
            + side(a, A_COLOR, d.a)
            + "<br>"
            + side(b, B_COLOR, d.b)
        )

    # -- CSV ----------------------------------------------------------------------------------
    def choose_csv(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Export disagreements"),
            "disagreements.csv",  # not translated: a file name, as the command line writes it
            self.tr("CSV (*.csv)"),
        )
        if name:
            self.export_csv(Path(name))

    def export_csv(self, path: Path) -> bool:
        """Write the disagreements to ``path`` (atomically); False, after saying why, if not."""
        if self.comparison is None:
            return False
        # With a byte-order mark, spreadsheets read the quotes' accents and emoji right.
        data = disagreements_csv(self.comparison.report.disagreements).encode("utf-8-sig")
        try:
            write_atomic(path, data)
        except OSError as exc:
            show_error(
                self.error,
                self.tr("{path}: cannot write ({reason})").format(
                    path=exc.filename or path, reason=exc.strerror
                ),
            )
            return False
        count = len(self.comparison.report.disagreements)
        self.status.setText(
            translate("AgreementView", "✓ Wrote %n disagreement(s) to {path}.", "", count).format(
                path=path
            )
        )
        return True


def _values(direction: Direction | None) -> list[str]:
    if direction is None:
        return ["—"] * 6
    s, n = direction.spotted, direction.named
    return [number(v, 3) for v in (s.precision, s.recall, s.f1, n.precision, n.recall, n.f1)]


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _quote(ann: Annotation | None) -> str:
    return _short(ann.quote) if ann else "—"


def _full(ann: Annotation | None) -> str:
    return ann.quote if ann else ""
