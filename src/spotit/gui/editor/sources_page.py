"""The Sources page: the pack's small invented web, each page edited as its Markdown file.

A source page (``sources/<name>.md``, docs/content-pack.md "Sources") is Markdown with TOML
front matter, like an article: an id, a kind, a title, the names a search finds it by and
an invented address. The page shows the list of pages (with their problems and how many
places link to each), the selected page's file as text, a live preview rendered with the
one rendering, as the investigation pane shows it, the page's problems (going to one puts
the caret on its line and marks it, and says it under the text with a "▶"), and "Linked
from": every article, page and answer key that links to the page or names it as its check,
each a place to go to. Every edit is an undoable change of the session's draft, validated
with the rest of the pack.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer, QUrl, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from spotit.authoring.draft import LinkedFrom, SourceFile, linked_from, source_file
from spotit.authoring.validation import Issue, Target
from spotit.core.i18n import translate
from spotit.core.sources import KIND_NAMES, SOURCE_KINDS, SOURCE_SCHEME, parse_address
from spotit.gui.document import build_document, display_text
from spotit.gui.editor.session import EditorSession
from spotit.gui.editor.widgets import (
    LineMark,
    ListKeys,
    TextArea,
    field_label,
    list_and_details,
    list_pane,
    list_table,
    preview_pane,
    problem_column,
)
from spotit.gui.i18n import number
from spotit.gui.itemmodels import Column, RowsModel
from spotit.gui.plain import set_plain

#: Re-render the preview (and recount the links) this long after the author stops typing.
PREVIEW_DELAY_MS = 250
#: How many lines the page's own problems show at once (the text keeps the room).
PROBLEM_LINES = 3


def _kind(kind: str) -> str:
    """The kind as the file writes it (``organisation``); ⚠ when it is not one."""
    if kind in SOURCE_KINDS:
        return kind
    return f"⚠ {display_text(kind)}" if kind else translate("SourcesPage", "⚠ no kind")


def _kind_name(kind: str) -> str:
    """The kind as learners read it (``organisation page``)."""
    return KIND_NAMES.get(kind, _kind(kind))


class SourcesPage(QWidget):
    """List of the pack's source pages, the selected one's file, its preview and backlinks."""

    #: Asks the window to show a place (a ``Target``): an article's line, a red flag, a note.
    go_to = Signal(object)

    def __init__(self, session: EditorSession) -> None:
        super().__init__()
        self.session = session
        #: the file of the page shown (``sources/<name>.md``), or None
        self.current: str | None = None
        self._quiet = False
        #: problems of each page file, by path (from the last validation)
        self._issues: dict[str, list[Issue]] = {}
        self._counts: dict[str, int] = {}
        #: what links to each page, by page id (recounted after each pause in editing)
        self._links: dict[str, list[LinkedFrom]] = {}
        self._stale = True
        left, left_layout, intro = list_pane(
            self.tr(
                "The pack's invented web, for learners to investigate. Each page is a file "
                "sources/<name>.md, edited as written; [words](source:id) links to a page."
            )
        )
        intro.setToolTip(
            self.tr("[words](article:id) links to an article; any other link stays text")
        )
        self.rows: RowsModel[SourceFile] = RowsModel(
            [
                Column(self.tr("Page"), lambda p: display_text(p.id)),
                Column(
                    self.tr("Kind"), lambda p: _kind(p.kind), tooltip=lambda p: _kind_name(p.kind)
                ),
                Column(self.tr("Title"), lambda p: display_text(p.title)),
                problem_column(self.tr("Problems"), lambda: self._counts, lambda p: p.rel),
                Column(
                    self.tr("Linked from"),
                    lambda p: number(len(self._links.get(p.id, ()))),
                    accessible=self._linked_from_words,
                ),
            ],
            parent=self,
        )
        self.table = list_table(self.rows, self.tr("Source pages"), stretch=2, first_chars=16)
        self.table.setToolTip(self.tr("Delete deletes the selected page; Insert adds one."))
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        ListKeys(self.table, self.delete_source, lambda: self.new_kind.setFocus())
        left_layout.addWidget(field_label(self.tr("Pa&ges"), self.table))
        left_layout.addWidget(self.table, 1)
        self.empty = QLabel(self.tr("This pack has no source pages yet. Add page starts one."))
        self.empty.setWordWrap(True)
        left_layout.addWidget(self.empty)
        adding = QHBoxLayout()
        self.new_kind = QComboBox()
        self.new_kind.setAccessibleName(self.tr("Kind of the new page"))
        for kind in SOURCE_KINDS:
            self.new_kind.addItem(KIND_NAMES[kind], kind)
        self.add_button = QPushButton(self.tr("A&dd page"))
        self.add_button.setToolTip(
            self.tr("Add a page of the kind chosen beside it, from a template")
        )
        self.add_button.clicked.connect(self.add_source)
        adding.addWidget(field_label(self.tr("Ne&w page:"), self.new_kind))
        adding.addWidget(self.new_kind, 1)
        adding.addWidget(self.add_button)
        left_layout.addLayout(adding)
        self.delete_button = QPushButton(self.tr("De&lete page"))
        self.delete_button.clicked.connect(self.delete_source)
        left_layout.addWidget(self.delete_button)
        linked_box = QWidget()
        linked_layout = QVBoxLayout(linked_box)
        linked_layout.setContentsMargins(0, 0, 0, 0)
        self.linked_rows: RowsModel[LinkedFrom] = RowsModel(
            [Column(self.tr("Linked from"), lambda x: display_text(x.label))], parent=self
        )
        self.linked = QListView()
        self.linked.setModel(self.linked_rows)
        self.linked.setAccessibleName(self.tr("Linked from"))
        self.linked.setWordWrap(True)
        self.linked.setAlternatingRowColors(True)  # long entries: where one ends shows
        self.linked.setToolTip(self.tr("Enter or a click goes to the place that links to the page"))
        self.linked.activated.connect(self._linked_chosen)
        self.linked.clicked.connect(self._linked_chosen)
        self.linked_label = field_label(self.tr("Lin&ked from (Enter goes there)"), self.linked)
        self.linked_label.setWordWrap(True)
        linked_layout.addWidget(self.linked_label)
        linked_layout.addWidget(self.linked, 1)
        # The list above, what links to the selected page below: the author sets the share.
        side = QSplitter(Qt.Orientation.Vertical)
        side.addWidget(left)
        side.addWidget(linked_box)
        side.setStretchFactor(0, 3)
        side.setStretchFactor(1, 1)
        side.setChildrenCollapsible(False)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        #: the text and its preview: side by side, or one above the other when narrow
        self.texts = texts = QSplitter()
        source_box = QWidget()
        source_layout = QVBoxLayout(source_box)
        source_layout.setContentsMargins(0, 0, 0, 0)
        # The placeholder shows the file's own syntax: the same in every language.
        self.source = TextArea(
            self.tr("Source page file"), '+++\nid = "…"\nkind = "person"\n…\n+++\nText'
        )
        self.source.setTabChangesFocus(True)
        self.source.textChanged.connect(self._typed)
        text_label = field_label(self.tr("Te&xt: TOML front matter, then Markdown"), self.source)
        text_label.setWordWrap(True)
        source_layout.addWidget(text_label)
        source_layout.addWidget(self.source, 1)
        self.place = QLabel()
        self.place.setAccessibleName(self.tr("Place in the page's file"))
        self.mark = LineMark(self.source, self.place)
        source_layout.addWidget(self.place)
        self.problem_rows: RowsModel[Issue] = RowsModel(
            [Column(self.tr("Problem"), lambda issue: f"⚠ {issue.message}")], parent=self
        )
        self.page_problems = QListView()
        self.page_problems.setModel(self.problem_rows)
        self.page_problems.setAccessibleName(self.tr("Problems of this page"))
        self.page_problems.setWordWrap(True)
        frame = 2 * self.page_problems.frameWidth()
        self.page_problems.setMaximumHeight(
            self.page_problems.fontMetrics().lineSpacing() * PROBLEM_LINES + frame
        )
        self.page_problems.activated.connect(self._problem_chosen)
        self.page_problems.clicked.connect(self._problem_chosen)
        self.problems_label = field_label(self.tr("Page p&roblems"), self.page_problems)
        self.problems_label.setWordWrap(True)
        source_layout.addWidget(self.problems_label)
        source_layout.addWidget(self.page_problems)
        texts.addWidget(source_box)
        #: under the preview: the kind in words, the names, a snippet-only page
        preview_box, self.preview, self.preview_note = preview_pane(
            "page", self.tr("About the preview")
        )
        self.preview.anchorClicked.connect(self._link_clicked)  # a page of the pack shows here
        texts.addWidget(preview_box)
        texts.setChildrenCollapsible(False)
        right_layout.addWidget(texts, 1)
        self.details = right
        # The list's five columns need room; the text and its preview share the rest.
        list_and_details(self, side, right, (66, 110))
        self._arrange()
        self._document = None
        self._shown: tuple[str, str] | None = None
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.refresh)
        session.draft_changed.connect(self._draft_changed)
        session.problems_changed.connect(self._problems_changed)

    def _linked_from_words(self, page: SourceFile) -> str:
        """What a screen reader says for the Linked from count of ``page``."""
        # The count in a variable: pyside6-lupdate misses a plural whose number is a call.
        count = len(self._links.get(page.id, ()))
        return translate("SourcesPage", "linked from %n place(s)", "", count)

    # -- layout ------------------------------------------------------------------------------------
    def _arrange(self) -> None:
        """Text and preview side by side while each gets 45 characters or so; else stacked."""
        em = self.fontMetrics().horizontalAdvance("x")
        wide = self.width() >= 150 * em
        wanted = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if self.texts.orientation() != wanted:
            self.texts.setOrientation(wanted)
            # Stacked, the text (with its problems) gets the larger share of the height.
            self.texts.setSizes([3, 2] if wanted == Qt.Orientation.Vertical else [1, 1])

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().resizeEvent(event)
        self._arrange()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._arrange()

    # -- following the session -------------------------------------------------------------
    def _draft_changed(self, old, focus, typing: bool) -> None:
        draft = self.session.draft
        if old is None or old.articles != draft.articles or old.sources != draft.sources:
            self._stale = True  # what links where may have changed
        if old is None or old.sources != draft.sources or focus.page == "sources":
            wanted = focus.source or None
            self.show_sources(wanted or self.current)
        if typing:
            self._timer.start()
        else:
            self.refresh()

    def _problems_changed(self, issues) -> None:
        found: dict[str, list[Issue]] = {}
        for issue in issues:
            if issue.target.kind == "source":
                found.setdefault(issue.target.file, []).append(issue)
        if found != self._issues:
            self._issues = found
            self._counts = {rel: len(x) for rel, x in found.items()}
            self._recount()
            self._show_problems()

    def showEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        super().showEvent(event)
        self.refresh()

    def refresh(self) -> None:
        """Recount the links (when the page is on screen) and render the preview."""
        self._timer.stop()
        if self._stale and self.isVisible():
            self._stale = False
            self._links = linked_from(self.session.draft)
            self._recount()
        self._show_linked()
        self.update_preview()

    def _recount(self) -> None:
        """Redraw the counts of the list (its rows and selection stay)."""
        if self.rows.rowCount():
            last = self.rows.index(self.rows.rowCount() - 1, self.rows.columnCount() - 1)
            self.rows.dataChanged.emit(self.rows.index(0, 0), last)

    def files(self) -> list[SourceFile]:
        """The pages of the draft, in the order a pack reads them (by file name)."""
        return [source_file(rel, text) for rel, text in sorted(self.session.draft.sources)]

    def show_sources(self, current: str | None) -> None:
        """The list of pages, with ``current`` (or the first) selected and its file shown."""
        pages = self.files()
        paths = [p.rel for p in pages]
        self.current = current if current in paths else (paths[0] if paths else None)
        self.rows.set_rows(pages)
        self._select(self.current)
        self.empty.setVisible(not pages)
        self.show_text(dict(self.session.draft.sources).get(self.current or ""))

    def _select(self, rel: str | None) -> None:
        paths = [p.rel for p in self.rows.rows]
        if rel in paths:
            self._quiet = True
            try:
                index = self.rows.index(paths.index(rel), 0)
                self.table.setCurrentIndex(index)
                self.table.scrollTo(index)
            finally:
                self._quiet = False

    def show_text(self, text: str | None) -> None:
        """The selected page's file in the text field (left as it is when unchanged)."""
        self.details.setEnabled(text is not None)
        self.delete_button.setEnabled(text is not None)
        self.linked.setEnabled(text is not None)
        another = self.mark.file != self.current
        if another:
            self.mark.clear()
            self.mark.file = self.current
        self._quiet = True
        try:
            if self.source.toPlainText() != (text or ""):
                self.source.set_text_quietly(text or "")
            if another:  # another page: start at its top, not where the last one's caret was
                cursor = self.source.textCursor()
                cursor.setPosition(0)
                self.source.setTextCursor(cursor)
        finally:
            self._quiet = False
        self.mark.show_place()
        self._show_problems()

    def _show_problems(self) -> None:
        issues = self._issues.get(self.current or "", [])
        self.problem_rows.set_rows(issues)
        self.page_problems.setVisible(bool(issues))
        self.problems_label.setText(
            self.tr("Page p&roblems ({count}; Enter goes to the line)").format(
                count=number(len(issues))
            )
            if issues
            else self.tr("Page p&roblems: none")
        )

    def _show_linked(self) -> None:
        page = self.page()
        places = self._links.get(page.id, []) if page is not None else []
        self.linked_rows.set_rows(places)
        count = len(places)
        self.linked_label.setText(
            translate("SourcesPage", "Lin&ked from: %n place(s) (Enter goes there)", "", count)
            if count
            else self.tr("Lin&ked from: nothing links to it yet (Enter goes there)")
        )

    def page(self) -> SourceFile | None:
        """The page shown, as read from its file now."""
        text = dict(self.session.draft.sources).get(self.current or "")
        return None if text is None else source_file(self.current, text)

    def update_preview(self) -> None:
        """Render the page shown into the preview, as the investigation pane shows it."""
        text = dict(self.session.draft.sources).get(self.current or "")
        wanted = (self.current, text) if text is not None else None
        if wanted == self._shown:
            return
        self._shown = wanted
        page = self.page()
        if page is None or page.rendered is None:
            self.preview.clear()
            set_plain(
                self.preview_note,
                self.tr("No preview: the file must start with front matter between '+++' lines.")
                if page is not None
                else "",
            )
            return
        document = build_document(page.rendered.blocks, self.preview)
        document.setDocumentMargin(16)
        bar = self.preview.verticalScrollBar().value()
        self.preview.setDocument(document)
        self.preview.verticalScrollBar().setValue(bar)
        if self._document is not None:
            self._document.deleteLater()
        self._document = document
        if page.names:
            said = self.tr("Kind: {kind}. Names a search finds it by: {names}.").format(
                kind=_kind_name(page.kind), names="; ".join(page.names)
            )
        else:
            said = self.tr("Kind: {kind}. Names a search finds it by: none: only links reach it.")
            said = said.format(kind=_kind_name(page.kind))
        if page.kind == "search-result":
            said += " " + self.tr("Only this snippet shows: there is no page behind it.")
        set_plain(self.preview_note, said)

    # -- editing ---------------------------------------------------------------------------------
    def _typed(self) -> None:
        if self._quiet or self.current is None:
            return
        self.mark.clear()  # the mark was for the text as it was
        self.session.change_source(self.current, self.source.toPlainText())

    def _row_changed(self, index, _previous=None) -> None:
        page = self.rows.row(index)
        if page is not None and not self._quiet:
            self.current = page.rel
            self.show_text(dict(self.session.draft.sources).get(page.rel))
            self.refresh()

    def add_source(self) -> None:
        """Add a page of the chosen kind from its template and start in its text."""
        rel = self.session.add_source(self.new_kind.currentData())
        self.show_sources(rel)
        self.refresh()
        self.source.setFocus()

    def delete_source(self) -> None:
        """Remove the selected page (undo brings it back)."""
        if self.current is None:
            return
        rel = self.current
        self.session.delete_source(rel)
        self.session.status.emit(
            self.tr("Deleted the page {file} (Ctrl+Z brings it back).").format(file=rel)
        )

    # -- going places ----------------------------------------------------------------------------
    def go_to_line(self, rel: str, line: int, message: str = "") -> None:
        """Show the page file ``rel`` with the caret at its 0-based ``line``, marked."""
        self.show_sources(rel)
        self.refresh()
        self.mark.go_to(line, message)

    def _problem_chosen(self, index) -> None:
        issue = self.problem_rows.row(index)
        if issue is not None:
            self.mark.go_to(issue.target.line or 0, issue.message)

    def _linked_chosen(self, index) -> None:
        place = self.linked_rows.row(index)
        if place is None:
            return
        if place.kind == "source":
            self.go_to_line(place.file, place.line)
        elif place.kind == "flag":
            self.go_to.emit(Target("annotation", "check", place.article, place.annotation))
        elif place.kind == "note":
            self.go_to.emit(Target("note", "check", place.article, note=place.note))
        else:
            self.go_to.emit(Target("body", article=place.article, line=place.line))

    def _link_clicked(self, url: QUrl) -> None:
        """A link in the preview: a page of the pack shows it; anything else is said, not followed."""
        href = url.toString()
        target = parse_address(href)
        if target is not None and target[0] == SOURCE_SCHEME:
            pages = {p.id: p.rel for p in self.files()}
            if target[1] in pages:
                self.show_sources(pages[target[1]])
                self.refresh()
                return
            said = self.tr("No page of this pack has the id {id}.").format(id=repr(target[1]))
        elif target is not None:
            ids = {a.meta.id: a.uid for a in self.session.draft.articles}
            if target[1] in ids:
                self.go_to.emit(Target("article", "", ids[target[1]]))
                return
            said = self.tr("No article of this pack has the id {id}.").format(id=repr(target[1]))
        else:
            said = self.tr(
                "That link is outside the pack: learners see its words, and it is never followed."
            )
        self.session.status.emit(display_text(f"{href}: {said}"))
