"""The Checks page: the pack's checks of discernment, each edited as its TOML file.

A check (``checks/<id>.toml``, docs/content-pack.md "Checks") is a list of items in
parallel forms; the file is the clearest place to keep them balanced, so the page shows
it as text, beside the list of checks with their problem counts. Every edit is an
undoable change of the session's draft, validated like the rest of the pack; going to a
check's problem puts the caret on its line and marks that line (with a "▶" in the line
under the text, so the place is not shown by colour alone).
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from spotit.authoring.draft import PackDraft
from spotit.gui.document import display_text
from spotit.gui.editor.session import EditorSession
from spotit.gui.editor.widgets import (
    LineMark,
    ListKeys,
    TextArea,
    field_label,
    list_and_details,
    list_pane,
    list_table,
    problem_column,
)
from spotit.gui.itemmodels import Column, RowsModel


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
        left, left_layout, _ = list_pane(
            self.tr(
                "A check measures whether learners tell credible from misleading news: items in "
                "parallel forms, each marked credible or misleading, judged with no feedback. "
                "Each check is a file checks/<id>.toml, edited here as written."
            )
        )
        self.rows: RowsModel[tuple[str, str]] = RowsModel(
            [
                Column(self.tr("Check"), lambda c: display_text(_check_id(c[0]))),
                Column(self.tr("File"), lambda c: display_text(c[0])),
                problem_column(self.tr("Problems"), lambda: self._problems, lambda c: c[0]),
            ],
            parent=self,
        )
        self.table = list_table(self.rows, self.tr("Checks"), stretch=1, first_chars=18)
        self.table.setToolTip(self.tr("Delete deletes the selected check; Insert adds one."))
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        ListKeys(self.table, self.delete_check, self.add_check)
        left_layout.addWidget(field_label(self.tr("Chec&ks"), self.table))
        left_layout.addWidget(self.table, 1)
        self.empty = QLabel(
            self.tr("This pack has no checks yet. Add check starts one from a template.")
        )
        self.empty.setWordWrap(True)
        left_layout.addWidget(self.empty)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("A&dd check"))
        self.add_button.setToolTip(self.tr("Add a check from a template that validates as it is"))
        self.add_button.clicked.connect(self.add_check)
        self.delete_button = QPushButton(self.tr("De&lete check"))
        self.delete_button.clicked.connect(self.delete_check)
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.delete_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.source = TextArea(
            self.tr("Check file (TOML)"),
            'id = "…"\ntitle = "…"\n[[items]] …',  # not translated: the file's own keys
        )
        self.source.setTabChangesFocus(True)
        self.source.setLineWrapMode(TextArea.LineWrapMode.NoWrap)
        self.source.textChanged.connect(self._typed)
        self.source_label = field_label(
            self.tr("Te&xt of the check (TOML; its file and line are under it)"), self.source
        )
        right_layout.addWidget(self.source_label)
        right_layout.addWidget(self.source, 1)
        #: where the caret is, and the problem gone to (plain text: it quotes the file)
        self.place = QLabel()
        self.place.setAccessibleName(self.tr("Place in the check file"))
        self.mark = LineMark(self.source, self.place)
        right_layout.addWidget(self.place)
        self.details = right
        list_and_details(self, left, right, (45, 100))
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
        if self.mark.file != self.current:
            self.mark.clear()
            self.mark.file = self.current
        self._quiet = True
        try:
            if self.source.toPlainText() != (text or ""):
                self.source.set_text_quietly(text or "")
        finally:
            self._quiet = False
        self.mark.show_place()

    def go_to_line(self, rel: str, line: int, message: str = "") -> None:
        """Show ``rel`` with the caret at the start of its 0-based ``line``, marked."""
        self.show_checks(self.session.draft, rel)
        self.mark.go_to(line, message)

    # -- editing ---------------------------------------------------------------------------------
    def _typed(self) -> None:
        if self._quiet or self.current is None:
            return
        self.mark.clear()  # the mark was for the text as it was
        self.session.change_check(self.current, self.source.toPlainText())

    def _row_changed(self, index, _previous=None) -> None:
        row = self.rows.row(index)
        if row is not None and not self._quiet:
            self.current = row[0]
            self.mark.clear()
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
        self.session.status.emit(
            self.tr("Deleted the check {file} (Ctrl+Z brings it back).").format(file=rel)
        )
