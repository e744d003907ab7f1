"""The "Agreement…" view: how far two authors' answer keys agree, and where they differ.

The report is ``spotit.interop.agreement.compare_packs`` (the same as ``spotit
pack agree``), computed in a worker thread. Author A is a .spotit file or the
pack open in the editor (its draft, unsaved changes included); author B is a
.spotit file. Selecting a disagreement shows its passage with both authors'
spans marked by different underlines and named in a legend, so colour is never
the only cue. The disagreements can be saved as CSV for curation.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from spotit.core.files import write_atomic
from spotit.core.model import Annotation
from spotit.gui.interop_dialogs import busy_bar, error_label, run_in_background, show_error
from spotit.gui.reader import ArticleView
from spotit.gui.theme import tint
from spotit.interop.agreement import (
    BOUNDARY,
    CATEGORY,
    ONLY_A,
    ONLY_B,
    AgreementReport,
    Direction,
    Disagreement,
    compare_packs,
)
from spotit.store.pack import PACK_SUFFIX, PackArticle, open_pack

#: How each kind of disagreement is shown (a symbol and words, not only a colour).
KIND_TEXT = {
    ONLY_A: "◧ only A flagged",
    ONLY_B: "◨ only B flagged",
    CATEGORY: "≠ different category",
    BOUNDARY: "◐ partial overlap",
}
#: Author A's span: a solid underline on a blue tint; B's: a wavy underline and a line
#: above (so B stays visible where the spans overlap). Each is named in the legend.
A_COLOR, B_COLOR = "#0072b2", "#d55e00"
CSV_COLUMNS = (
    "article",
    "kind",
    "a_start",
    "a_end",
    "a_category",
    "a_quote",
    "b_start",
    "b_end",
    "b_category",
    "b_quote",
)


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


@dataclass
class Comparison:
    """A report and what showing its disagreements needs."""

    report: AgreementReport
    articles: dict[str, PackArticle]  # the compared articles (same text in both packs)
    names: dict[str, str]  # category id -> name, from both packs


def compare(a, b_path: Path) -> Comparison:
    """Compare pack A (a path, or a ``DraftAsPack``) with the pack file ``b_path``."""
    with open_pack(b_path) as pack_b:
        if isinstance(a, Path):
            with open_pack(a) as pack_a:
                return _comparison(pack_a, pack_b)
        return _comparison(a, pack_b)


def _comparison(pack_a, pack_b) -> Comparison:
    report = compare_packs(pack_a, pack_b)
    articles = {i: pack_a.article(i) for i in report.compared}
    names = {c.id: c.name for c in pack_b.categories} | {c.id: c.name for c in pack_a.categories}
    return Comparison(report, articles, names)


def disagreements_csv(disagreements: list[Disagreement]) -> str:
    """The disagreements as CSV, one row each, for a curator's spreadsheet."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for d in disagreements:
        row: list[object] = [d.article, d.kind]
        for side in (d.a, d.b):
            row += (
                ["", "", "", ""]
                if side is None
                else [side.start, side.end, side.category, side.quote]
            )
        writer.writerow(row)
    return out.getvalue()


def _read_only_table(rows: int, headers: list[str], name: str) -> QTableWidget:
    table = QTableWidget(rows, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setAccessibleName(name)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _fit_height(table: QTableWidget) -> None:
    """Make a short table exactly as tall as its rows (at any text size)."""
    table.resizeColumnsToContents()
    table.resizeRowsToContents()
    rows = sum(table.rowHeight(r) for r in range(table.rowCount()))
    scroll = table.horizontalScrollBar().sizeHint().height()
    table.setFixedHeight(table.horizontalHeader().height() + rows + 2 * table.frameWidth() + scroll)


def _cell(value: object, number: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(str(value))
    if number:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class AgreementView(QDialog):
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
        self.setWindowTitle("Agreement between two authors")
        self.setWindowFlag(Qt.WindowType.WindowMaximizeButtonHint)
        self.draft = draft
        self.comparison: Comparison | None = None
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)
        self._outcome = None
        self._shown_article: str | None = None

        # -- which packs --
        chooser = QWidget()
        grid = QGridLayout(chooser)
        grid.setContentsMargins(0, 0, 0, 0)
        self.a_edit, self.b_edit = QLineEdit(), QLineEdit()
        self.a_edit.setAccessibleName("Author A's pack file")
        self.b_edit.setAccessibleName("Author B's pack file")
        self.a_button, self.b_button = QPushButton("Bro&wse…"), QPushButton("&Browse…")
        self.a_button.clicked.connect(lambda: self._choose(self.a_edit, "Author A's pack"))
        self.b_button.clicked.connect(lambda: self._choose(self.b_edit, "Author B's pack"))
        a_label, b_label = QLabel("Author &A:"), QLabel("Author B (&other pack):")
        a_label.setBuddy(self.a_edit)
        b_label.setBuddy(self.b_edit)
        if draft is not None:
            self.a_edit.setText(
                f"{draft_name or draft.meta.title} (this editor, unsaved changes included)"
            )
            self.a_edit.setReadOnly(True)
            self.a_button.hide()
        elif a_path is not None:
            self.a_edit.setText(str(a_path))
        if b_path is not None:
            self.b_edit.setText(str(b_path))
        self.compare_button = QPushButton("&Compare")
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
        self.busy = busy_bar()
        self.error = error_label()

        self.tabs = QTabWidget()
        self.tabs.addTab(self._build_summary(), "&Summary")
        self.tabs.addTab(self._build_disagreements(), "&Disagreements")
        self.tabs.setEnabled(False)

        self.buttons = QDialogButtonBox()
        self.csv_button = self.buttons.addButton(
            "&Export disagreements as CSV…", QDialogButtonBox.ButtonRole.ActionRole
        )
        self.csv_button.setEnabled(False)
        self.csv_button.clicked.connect(self.choose_csv)
        close = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.clicked.connect(self.reject)
        self.status = QLabel()
        self.status.setWordWrap(True)

        layout = QVBoxLayout(self)
        layout.addWidget(chooser)
        layout.addWidget(self.error)
        layout.addWidget(self.busy)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.resize(1180, 760)
        if b_path is not None and (draft is not None or a_path is not None):
            self.start_compare()

    # -- building -------------------------------------------------------------------------
    def _build_summary(self) -> QWidget:
        page = QWidget()
        self.articles_label = QLabel()
        self.articles_label.setWordWrap(True)
        self.articles_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.measures = _read_only_table(
            2,
            [
                "",
                "Spotted\nprecision",
                "Spotted\nrecall",
                "Spotted\nF1",
                "Named\nprecision",
                "Named\nrecall",
                "Named\nF1",
            ],
            "Agreement measures",
        )
        self.measures.horizontalHeader().setStretchLastSection(False)
        self.measures.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        explain = QLabel(
            "<i>Spotted</i> ignores categories, <i>named</i> counts them. Each row scores one "
            "author's annotations with the other's as the answer key; swapping them swaps "
            "precision and recall and leaves F1."
        )
        explain.setWordWrap(True)
        self.category_table = _read_only_table(
            0, ["Category", "Id", "A", "B", "Matched"], "Annotations per category"
        )
        categories_label = QLabel(
            "Per ca&tegory (matched: pairs of A and B annotations that hit each other):"
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
        self.disagreement_list = QTreeWidget()
        self.disagreement_list.setHeaderLabels(
            ["Article", "Kind", "A: category", "A: quote", "B: category", "B: quote"]
        )
        self.disagreement_list.setAccessibleName("Disagreements")
        self.disagreement_list.setRootIsDecorated(False)
        self.disagreement_list.setAlternatingRowColors(True)
        self.disagreement_list.setUniformRowHeights(True)
        self.disagreement_list.currentItemChanged.connect(self._disagreement_selected)
        self.view = ArticleView()
        self.view.setAccessibleName("The disagreement's passage")
        self.legend = QLabel()
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.setAccessibleName("Both authors' annotations of this passage")
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
        name, _ = QFileDialog.getOpenFileName(
            self, title, edit.text(), f"SpotIt packs (*{PACK_SUFFIX});;All files (*)"
        )
        if name:
            edit.setText(name)

    def start_compare(self) -> None:
        """Compare the chosen packs in the background."""
        b_text = self.b_edit.text().strip()
        a_text = self.a_edit.text().strip()
        if self.draft is None and not a_text:
            show_error(self.error, "choose author A's pack file (Browse…)")
            return
        if not b_text:
            show_error(self.error, "choose author B's pack file (Browse…)")
            return
        a = DraftAsPack(self.draft) if self.draft is not None else Path(a_text)
        b = Path(b_text)
        self.error.hide()
        self.busy.show()
        self.compare_button.setEnabled(False)
        self.status.setText("Comparing…")
        self._outcome = run_in_background(
            self.pool, lambda: compare(a, b), self._compared, self._failed
        )

    def _failed(self, line: str) -> None:
        self._outcome = None
        self.busy.hide()
        self.compare_button.setEnabled(True)
        self.status.setText("")
        show_error(self.error, line)

    def _compared(self, comparison: Comparison) -> None:
        self._outcome = None
        self.busy.hide()
        self.compare_button.setEnabled(True)
        self.comparison = comparison
        self.status.setText("")
        self.show_report(comparison)

    def show_report(self, comparison: Comparison) -> None:
        """Fill the summary, the category table and the list of disagreements."""
        report = comparison.report
        self.tabs.setEnabled(True)
        parts = [f"<b>Articles compared: {len(report.compared)}</b>"]
        for label, ids in (
            ("Only in A", report.only_in_a),
            ("Only in B", report.only_in_b),
            ("Same id, different text (not compared)", report.text_differs),
        ):
            if ids:
                parts.append(f"{label}: {escape(', '.join(ids))}")
        if not report.compared:
            parts.append("No article is in both packs with the same text: nothing to compare.")
        self.articles_label.setText("<br>".join(parts))
        rows = (
            ("B against A's answer key", report.a_as_gold),
            ("A against B's answer key", report.b_as_gold),
        )
        for row, (label, direction) in enumerate(rows):
            self.measures.setItem(row, 0, _cell(label))
            for column, value in enumerate(_values(direction), 1):
                self.measures.setItem(row, column, _cell(value, number=True))
        _fit_height(self.measures)
        self.category_table.setRowCount(len(report.categories))
        for row, c in enumerate(report.categories):
            for column, (value, number) in enumerate(
                ((c.name, False), (c.category, False), (c.a, True), (c.b, True), (c.matched, True))
            ):
                self.category_table.setItem(row, column, _cell(value, number))
        self.disagreement_list.clear()
        for n, d in enumerate(report.disagreements):
            item = QTreeWidgetItem(
                [
                    d.article,
                    KIND_TEXT[d.kind],
                    self._name(d.a),
                    _short(d.a.quote) if d.a else "—",
                    self._name(d.b),
                    _short(d.b.quote) if d.b else "—",
                ]
            )
            item.setData(0, Qt.ItemDataRole.UserRole, n)
            item.setToolTip(3, d.a.quote if d.a else "")
            item.setToolTip(5, d.b.quote if d.b else "")
            self.disagreement_list.addTopLevelItem(item)
        widest_quote = self.fontMetrics().averageCharWidth() * 32
        for column in range(6):
            self.disagreement_list.resizeColumnToContents(column)
            if column in (3, 5):
                width = self.disagreement_list.columnWidth(column)
                self.disagreement_list.setColumnWidth(column, min(width, widest_quote))
        count = len(report.disagreements)
        self.tabs.setTabText(1, f"&Disagreements ({count})")
        self.csv_button.setEnabled(count > 0)
        self._shown_article = None
        self.view.clear()
        if count:
            self.disagreement_list.setCurrentItem(self.disagreement_list.topLevelItem(0))
        else:
            self.legend.setText(
                "No disagreements: both authors flagged the same passages with the same categories."
                if report.compared
                else ""
            )

    def _name(self, ann: Annotation | None) -> str:
        if ann is None or self.comparison is None:
            return "—"
        return self.comparison.names.get(ann.category, ann.category)

    # -- one disagreement ---------------------------------------------------------------------
    def selected_disagreement(self) -> Disagreement | None:
        item = self.disagreement_list.currentItem()
        if item is None or self.comparison is None:
            return None
        return self.comparison.report.disagreements[item.data(0, Qt.ItemDataRole.UserRole)]

    def _disagreement_selected(self, item, _previous=None) -> None:
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
        def side(who: str, how: str, color: str, ann: Annotation | None) -> str:
            mark = f"<span style='color:{color}'>■</span> <b>{who}</b> ({how})"
            if ann is None:
                return f"{mark}: nothing flagged here"
            return f"{mark}: {escape(self._name(ann))} — “{escape(_short(ann.quote, 120))}”"

        return (
            f"<b>{escape(headline)}</b> ({escape(d.article)}) · {KIND_TEXT[d.kind]}<br>"
            + side("A", "solid underline, tinted", A_COLOR, d.a)
            + "<br>"
            + side("B", "wavy underline with a line above", B_COLOR, d.b)
        )

    # -- CSV ----------------------------------------------------------------------------------
    def choose_csv(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, "Export disagreements", "disagreements.csv", "CSV (*.csv)"
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
            show_error(self.error, f"{exc.filename or path}: cannot write ({exc.strerror})")
            return False
        count = len(self.comparison.report.disagreements)
        self.status.setText(f"✓ Wrote {count} disagreement(s) to {path}.")
        return True

    def done(self, result: int) -> None:
        self.pool.waitForDone()
        super().done(result)

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        self.pool.waitForDone()
        super().closeEvent(event)


def _values(direction: Direction | None) -> list[str]:
    if direction is None:
        return ["—"] * 6
    s, n = direction.spotted, direction.named
    return [f"{v:.3f}" for v in (s.precision, s.recall, s.f1, n.precision, n.recall, n.f1)]


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
