"""The Checks page: the pack's checks of discernment, each edited as its TOML file.

A check (``checks/<id>.toml``, docs/content-pack.md "Checks") is a list of items in
parallel forms; the file is the clearest place to keep them balanced, so the page shows
it as text, beside the list of checks with their problem counts. Every edit is an
undoable change of the session's draft, validated like the rest of the pack; going to a
check's problem puts the caret on its line and marks that line (with a "▶" in the line
under the text, so the place is not shown by colour alone).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QTextCursor, QTextFormat
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from spotit.authoring.draft import PackDraft
from spotit.gui.document import display_text
from spotit.gui.editor.session import EditorSession
from spotit.gui.editor.widgets import TextArea, field_label
from spotit.gui.itemmodels import Column, RowsModel, rows_view


def _check_id(rel: str) -> str:
    return rel.removeprefix("checks/").removesuffix(".toml")


class ChecksPage(QWidget):
    """List of the pack's check files and the selected one's text."""

    def __init__(self, session: EditorSession) -> None:
        super().__init__()
        self.session = session
        #: the path of the check shown (``checks/<id>.toml``), or None
        self.current: str | None = None
        self._quiet = False
        #: how many problems each check file has, by path (from the last validation)
        self._problems: dict[str, int] = {}
        splitter = QSplitter()

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        intro = QLabel(
            "A check measures whether learners tell credible from misleading news: items in "
            "parallel forms, each marked credible or misleading, judged with no feedback. "
            "Each check is a file checks/<id>.toml, edited here as written."
        )
        intro.setWordWrap(True)
        left_layout.addWidget(intro)
        self.rows: RowsModel[tuple[str, str]] = RowsModel(
            [
                Column("Check", lambda c: display_text(_check_id(c[0]))),
                Column("File", lambda c: display_text(c[0])),
                Column(
                    "Problems",
                    lambda c: f"⚠ {self._problems[c[0]]}" if c[0] in self._problems else "",
                    accessible=lambda c: (
                        f"{self._problems[c[0]]} problem(s)"
                        if c[0] in self._problems
                        else "no problems"
                    ),
                ),
            ],
            parent=self,
        )
        self.table = rows_view(self.rows, "Checks")
        self.table.setToolTip("Delete deletes the selected check; Insert adds one.")
        header = self.table.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.resizeSection(0, self.fontMetrics().horizontalAdvance("x" * 18))
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.installEventFilter(self)
        left_layout.addWidget(field_label("Chec&ks", self.table))
        left_layout.addWidget(self.table, 1)
        self.empty = QLabel("This pack has no checks yet. Add check starts one from a template.")
        self.empty.setWordWrap(True)
        left_layout.addWidget(self.empty)
        buttons = QHBoxLayout()
        self.add_button = QPushButton("A&dd check")
        self.add_button.setToolTip("Add a check from a template that validates as it is")
        self.add_button.clicked.connect(self.add_check)
        self.delete_button = QPushButton("De&lete check")
        self.delete_button.clicked.connect(self.delete_check)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        splitter.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.source = TextArea("Check file (TOML)", 'id = "…"\ntitle = "…"\n[[items]] …')
        self.source.setTabChangesFocus(True)
        self.source.setLineWrapMode(TextArea.LineWrapMode.NoWrap)
        self.source.textChanged.connect(self._typed)
        self.source.cursorPositionChanged.connect(self._show_line)
        self.source_label = field_label(
            "Te&xt of the check (TOML; its file and line are under it)", self.source
        )
        right_layout.addWidget(self.source_label)
        right_layout.addWidget(self.source, 1)
        #: where the caret is, and the problem gone to (plain text: it quotes the file)
        self.place = QLabel()
        self.place.setTextFormat(Qt.TextFormat.PlainText)
        self.place.setWordWrap(True)
        self.place.setAccessibleName("Place in the check file")
        right_layout.addWidget(self.place)
        self.details = right
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setChildrenCollapsible(False)
        em = self.fontMetrics().horizontalAdvance("x")
        splitter.setSizes([45 * em, 100 * em])
        layout = QVBoxLayout(self)
        layout.addWidget(splitter)
        #: the 0-based line a problem was gone to in the current file, if any
        self.marked_line: int | None = None
        self._marked_message = ""
        session.draft_changed.connect(self._draft_changed)
        session.problems_changed.connect(self._problems_changed)

    # -- following the session -------------------------------------------------------------
    def _draft_changed(self, old, focus, typing: bool) -> None:
        draft = self.session.draft
        if old is None or old.checks != draft.checks or focus.page == "checks":
            wanted = focus.check if focus.page == "checks" and focus.check else self.current
            self.show_checks(draft, wanted)

    def _problems_changed(self, issues) -> None:
        counts: dict[str, int] = {}
        for issue in issues:
            if issue.target.kind == "check":
                counts[issue.target.file] = counts.get(issue.target.file, 0) + 1
        if counts != self._problems:
            self._problems = counts
            self.show_checks(self.session.draft, self.current)

    def show_checks(self, draft: PackDraft, current: str | None) -> None:
        """The list of check files, with ``current`` (or the first) selected and shown."""
        checks = list(draft.checks)
        paths = [rel for rel, _ in checks]
        self.current = current if current in paths else (paths[0] if paths else None)
        self._quiet = True
        try:
            self.rows.set_rows(checks)
            if self.current in paths:
                self.table.setCurrentIndex(self.rows.index(paths.index(self.current), 0))
        finally:
            self._quiet = False
        self.empty.setVisible(not checks)
        self.show_text(dict(checks).get(self.current) if self.current else None)

    def show_text(self, text: str | None) -> None:
        """The selected check's file in the text field (kept as it is when unchanged)."""
        self.details.setEnabled(text is not None)
        self.delete_button.setEnabled(text is not None)
        self._quiet = True
        try:
            if self.source.toPlainText() != (text or ""):
                self.source.set_text_quietly(text or "")
        finally:
            self._quiet = False
        self._show_line()

    def go_to_line(self, rel: str, line: int, message: str = "") -> None:
        """Show ``rel`` with the caret at the start of its 0-based ``line``, marked."""
        self.show_checks(self.session.draft, rel)
        block = self.source.document().findBlockByNumber(max(0, line))
        if not block.isValid():
            block = self.source.document().lastBlock()
        cursor = self.source.textCursor()
        cursor.setPosition(block.position())
        self.marked_line = block.blockNumber()
        self._marked_message = message
        self.source.setTextCursor(cursor)
        self.source.centerCursor()
        self._mark(block)
        self._show_line()
        self.source.setFocus()

    def _mark(self, block) -> None:
        mark = QTextEdit.ExtraSelection()
        # The selection's own colours: readable in the light and the dark palette alike.
        mark.format.setBackground(self.palette().highlight().color())
        mark.format.setForeground(self.palette().highlightedText().color())
        mark.format.setProperty(QTextFormat.Property.FullWidthSelection, True)
        mark.cursor = QTextCursor(block)
        self.source.setExtraSelections([mark])

    def _show_line(self) -> None:
        if self.current is None:
            self.place.setText("")
            return
        line = self.source.textCursor().blockNumber()
        said = f"{self.current}, line {line + 1}"
        if self.marked_line is not None and line == self.marked_line and self._marked_message:
            said = f"▶ line {line + 1}: {self._marked_message}"  # the message names the file
        self.place.setText(said)

    # -- editing ---------------------------------------------------------------------------------
    def _typed(self) -> None:
        if self._quiet or self.current is None:
            return
        if self.marked_line is not None:  # the mark was for the text as it was
            self.marked_line = None
            self.source.setExtraSelections([])
        self.session.change_check(self.current, self.source.toPlainText())

    def _row_changed(self, index, _previous=None) -> None:
        row = self.rows.row(index)
        if row is not None and not self._quiet:
            self.current = row[0]
            self.marked_line = None
            self.source.setExtraSelections([])
            self.show_text(row[1])
            cursor = self.source.textCursor()
            cursor.setPosition(0)
            self.source.setTextCursor(cursor)

    def add_check(self) -> None:
        """Add a check from the template and start in its text."""
        rel = self.session.add_check()
        self.show_checks(self.session.draft, rel)
        self.source.setFocus()

    def delete_check(self) -> None:
        """Remove the selected check (undo brings it back)."""
        if self.current is None:
            return
        rel = self.current
        self.session.delete_check(rel)
        self.session.status.emit(f"Deleted the check {rel} (Ctrl+Z brings it back).")

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        if obj is self.table and event.type() == QEvent.Type.KeyPress:
            if event.modifiers() == Qt.KeyboardModifier.NoModifier:
                if event.key() == Qt.Key.Key_Delete:
                    self.delete_check()
                    return True
                if event.key() == Qt.Key.Key_Insert:
                    self.add_check()
                    return True
        return False
