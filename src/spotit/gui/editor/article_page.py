"""The Articles page: the article list, one article's metadata, its Markdown beside a
preview that looks exactly like the learner's reader, and its annotations."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt
from PySide6.QtGui import QAction, QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from spotit.authoring.draft import (
    EXACT,
    FUZZY,
    MOVED,
    NEEDS_AUTHOR,
    ORPHANED,
    ArticleDraft,
    DraftAnnotation,
    annotation_at,
    rendered,
    source_span,
)
from spotit.core.model import ARTICLE_KINDS
from spotit.core.taxonomy import Category
from spotit.core.textpos import Utf16Map
from spotit.gui.editor.commands import Focus
from spotit.gui.editor.session import EditorSession
from spotit.gui.editor.widgets import (
    ReflowGrid,
    TextArea,
    field_label,
    fill_categories,
    set_line_text,
)
from spotit.gui.itemmodels import Column, RowsModel
from spotit.gui.marks import highlight_format, tint
from spotit.gui.plain import choose_item, plain_label, set_plain
from spotit.gui.reader import NUMBER_KEYS, ArticleView, swatch

#: How each annotation state is shown: symbol and words, never colour alone.
STATES = {
    EXACT: ("✓", "anchored"),
    MOVED: ("↪", "moved with the text"),
    FUZZY: ("≈", "check: the quote changed"),
    ORPHANED: ("⚠", "orphaned: text not found"),
}
#: The same, short enough for the list's State column.
SHORT_STATES = {
    EXACT: ("✓", "on its quote"),
    MOVED: ("↪", "moved"),
    FUZZY: ("≈", "check: quote changed"),
    ORPHANED: ("⚠", "orphaned"),
}
DIFFICULTIES = ("1 · easy", "2 · medium", "3 · hard")
UNKNOWN_COLOR = "#888888"


def _quote(text: str, limit: int = 60) -> str:
    return f"“{text if len(text) <= limit else text[: limit - 1] + '…'}”"


class _AnnotationRows(RowsModel):
    """The annotation list: an orphan in italics, those needing the author in warning colours."""

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        row = self.row(index)
        if row is not None and role == Qt.ItemDataRole.FontRole and row[1].status == ORPHANED:
            font = QFont()
            font.setItalic(True)
            return font
        if row is not None and role == Qt.ItemDataRole.ForegroundRole:
            status = row[1].status
            if status in (FUZZY, ORPHANED):
                return QColor("#b26a00" if status == FUZZY else "#c62828")
        return super().data(index, role)


class ArticlePage(QWidget):
    """Shows the current article of the editing session and turns the author's edits into changes.

    It subscribes to the session's signals and calls the session; ``actions``
    are the window's actions its buttons and keys trigger (by name).
    """

    def __init__(self, session: EditorSession, actions: Mapping[str, QAction]) -> None:
        super().__init__()
        self.session = session
        self.actions = actions
        self._preview_focused = True
        self._quiet = False
        self._shown_body: tuple[str, str] | None = None  # (headline, body) the preview shows
        self._shown_uid: int | None = None  # the article the fields show
        self._preview_uid: int | None = None  # the article the preview shows
        self._details_uid: int | None = None  # the annotation the details show
        splitter = QSplitter()
        splitter.addWidget(self._build_list())
        splitter.addWidget(self._build_article())
        splitter.addWidget(self._build_annotations())
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 0)
        splitter.setChildrenCollapsible(False)
        # Shares of the width: the text and its preview get most of it at any text size.
        splitter.setSizes([220, 740, 320])
        self.splitter = splitter
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(splitter)
        session.draft_changed.connect(self._draft_changed)
        session.article_synced.connect(self._article_synced)
        session.article_selected.connect(self._article_selected)
        session.annotation_selected.connect(self._annotation_selected)
        session.problems_changed.connect(self._problems_changed)

    # -- building ----------------------------------------------------------------------
    def _build_list(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.article_rows = RowsModel(
            [Column("Article", _article_line, tooltip=_article_tip)], parent=self
        )
        self.article_list = QListView()
        self.article_list.setModel(self.article_rows)
        self.article_list.setAccessibleName("Articles, in the order learners see them")
        self.article_list.setToolTip(
            "Alt+Up / Alt+Down move the article; Delete deletes it; Insert adds one."
        )
        self.article_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.article_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.article_list.selectionModel().currentRowChanged.connect(self._article_row_changed)
        self.article_list.installEventFilter(self)
        heading = field_label("Article&s", self.article_list)
        heading.setStyleSheet("font-weight: bold")
        layout.addWidget(heading)
        layout.addWidget(self.article_list, 1)
        buttons = [
            ("Add", "add_article"),
            ("Duplicate", "duplicate_article"),
            ("Delete…", "delete_article"),
            ("Try as learner", "try"),
            ("▲ Up", "move_article_up"),
            ("▼ Down", "move_article_down"),
        ]
        cells = []
        for label, name in buttons:
            action = self.actions[name]
            button = QPushButton(label)
            name = action.text().replace("&", "")
            button.setAccessibleName(name)
            button.setToolTip(f"{name} ({action.shortcut().toString()})")
            button.clicked.connect(action.trigger)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            cells.append((button,))
        self.list_buttons = ReflowGrid(cells, 2)
        layout.addWidget(self.list_buttons)
        box.setMinimumWidth(120)
        return box

    def _build_article(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.headline = QLineEdit()
        self.headline.setAccessibleName("Headline")
        self.headline.setPlaceholderText("The headline learners see (it can be flagged too)")
        self.article_id = QLineEdit()
        self.article_id.setAccessibleName("Article id")
        self.article_id.setPlaceholderText("lower-case-id")
        self.date = QLineEdit()
        self.date.setAccessibleName("Date")
        self.date.setPlaceholderText("2026-03-01, or empty")
        self.byline = QLineEdit()
        self.byline.setAccessibleName("Byline")
        self.outlet = QLineEdit()
        self.outlet.setAccessibleName("Outlet")
        self.tags = QLineEdit()
        self.tags.setAccessibleName("Tags, separated by commas")
        self.tags.setPlaceholderText("health, science")
        self.difficulty = QComboBox()
        self.difficulty.addItems(DIFFICULTIES)
        self.difficulty.setAccessibleName("Difficulty")
        self.kind = QComboBox()
        self.kind.addItems(ARTICLE_KINDS)
        self.kind.setAccessibleName("Kind")
        # Three label-field pairs to a row at normal sizes, fewer as the text grows.
        self.meta_form = ReflowGrid(
            [
                (field_label("&Id", self.article_id), self.article_id),
                (field_label("&Outlet", self.outlet), self.outlet),
                (field_label("&Byline", self.byline), self.byline),
                (field_label("&Date", self.date), self.date),
                (field_label("Diffic&ulty", self.difficulty), self.difficulty),
                (field_label("&Kind", self.kind), self.kind),
            ],
            3,
            field_chars=14,
            wide=[
                (field_label("Head&line", self.headline), self.headline),
                (field_label("Ta&gs", self.tags), self.tags),
            ],
            top=1,
        )
        layout.addWidget(self.meta_form)

        self.source = TextArea("Article text in Markdown", "Write the article here, in Markdown…")
        self.source.setTabChangesFocus(True)
        self.source.textChanged.connect(self._body_typed)
        self.preview = ArticleView()
        self.preview.setAccessibleName("Preview: the article as learners see it")
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.installEventFilter(self)
        self.preview.number_pressed.connect(self.number_key)
        self.preview.picker_pressed.connect(self.pick_category)
        self.preview.delete_pressed.connect(self.delete_annotation_at_caret)
        self.preview.cursorPositionChanged.connect(self._preview_caret_moved)
        self.preview.menu_builder = self._preview_menu
        self.source.installEventFilter(self)
        text_split = QSplitter()
        for label, widget in (
            ("&Markdown", self.source),
            ("&Preview: what learners see", self.preview),
        ):
            column = QWidget()
            column_layout = QVBoxLayout(column)
            column_layout.setContentsMargins(0, 0, 0, 0)
            column_layout.addWidget(field_label(label, widget))
            column_layout.addWidget(widget, 1)
            text_split.addWidget(column)
        text_split.setChildrenCollapsible(False)
        self.text_split = text_split
        layout.addWidget(text_split, 1)

        self.headline.textEdited.connect(lambda t: self._meta_edited("headline", t.strip()))
        self.article_id.textEdited.connect(lambda t: self._meta_edited("id", t.strip()))
        self.date.textEdited.connect(lambda t: self._meta_edited("date", t.strip()))
        self.byline.textEdited.connect(lambda t: self._meta_edited("byline", t.strip()))
        self.outlet.textEdited.connect(lambda t: self._meta_edited("outlet", t.strip()))
        self.tags.textEdited.connect(lambda t: self._meta_edited("tags", _tags(t)))
        self.difficulty.activated.connect(lambda i: self._meta_edited("difficulty", i + 1))
        self.kind.activated.connect(lambda i: self._meta_edited("kind", ARTICLE_KINDS[i]))
        return box

    def _build_annotations(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        # Two lines an item (the passage; then state and category): readable when narrow.
        self.annotation_rows = _AnnotationRows(
            [
                Column(
                    "Annotation",
                    _annotation_line,
                    tooltip=_annotation_tip,
                    decoration=_annotation_swatch,
                    accessible=_annotation_tip,
                )
            ],
            parent=self,
        )
        self.annotation_list = QListView()
        self.annotation_list.setModel(self.annotation_rows)
        self.annotation_list.setAlternatingRowColors(True)
        self.annotation_list.setAccessibleName("Annotations of this article")
        self.annotation_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.annotation_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.annotation_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.annotation_list.selectionModel().currentRowChanged.connect(
            self._annotation_row_changed
        )
        self.annotation_list.installEventFilter(self)
        heading = field_label("A&nnotations", self.annotation_list)
        heading.setStyleSheet("font-weight: bold")
        self.annotation_hint = QLabel(
            "Select a passage in the preview, then press its category's number (1–9) "
            "or Ctrl+Shift+A."
        )
        self.annotation_hint.setWordWrap(True)

        details = QGroupBox("Selected annotation")
        form = QVBoxLayout(details)
        self.state_label = plain_label()
        self.state_label.setWordWrap(True)
        self.state_label.setAccessibleName("Annotation state")
        form.addWidget(self.state_label)
        self.accept_button = QPushButton("Accept new passage")
        self.accept_button.setToolTip("Ctrl+Shift+Y")
        self.accept_button.clicked.connect(self.actions["accept_annotation"].trigger)
        self.reselect_button = QPushButton("Use selection")
        self.reselect_button.setToolTip("Ctrl+Shift+R: move the annotation to the selected passage")
        self.reselect_button.clicked.connect(self.actions["reselect_annotation"].trigger)
        form.addWidget(ReflowGrid([(self.accept_button,), (self.reselect_button,)], 2))
        self.category = QComboBox()
        self.category.setAccessibleName("Red-flag category")
        self.category.activated.connect(self._category_chosen)
        form.addWidget(field_label("Categor&y", self.category))
        form.addWidget(self.category)
        self.explanation = TextArea(
            "Explanation, in Markdown",
            "Why this is a red flag, and how a learner can check it (Markdown).",
        )
        self.explanation.setTabChangesFocus(True)
        self.explanation.textChanged.connect(self._explanation_typed)
        self.explanation.installEventFilter(self)
        form.addWidget(field_label("E&xplanation", self.explanation))
        form.addWidget(self.explanation, 1)
        self.hint = QLineEdit()
        self.hint.setAccessibleName("Hint, optional")
        self.hint.setPlaceholderText("Optional nudge, e.g. “Who is ‘they’?”")
        self.hint.textEdited.connect(lambda t: self._annotation_edited("hint", t.strip()))
        self.hint.installEventFilter(self)
        form.addWidget(field_label("Hint", self.hint))
        form.addWidget(self.hint)
        self.delete_button = QPushButton("Delete annotation")
        self.delete_button.clicked.connect(self.actions["delete_annotation"].trigger)
        form.addWidget(self.delete_button)
        self.details = details
        self.explanation.setMinimumHeight(self.explanation.fontMetrics().lineSpacing() * 3)
        details_scroll = QScrollArea()
        details_scroll.setWidget(details)
        details_scroll.setWidgetResizable(True)
        details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        details_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # List above, details below, in a splitter: at large text sizes both stay usable.
        split = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(heading)
        top_layout.addWidget(self.annotation_hint)
        top_layout.addWidget(self.annotation_list, 1)
        split.addWidget(top)
        split.addWidget(details_scroll)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setSizes([300, 400])
        split.setChildrenCollapsible(False)
        self.annotation_split = split
        layout.addWidget(split)
        box.setMinimumWidth(200)
        return box

    # -- following the session -------------------------------------------------------------
    def _draft_changed(self, _old, _focus: Focus, typing: bool) -> None:
        self.show_list()
        article = self.session.current_article()
        self.show_article(article)
        # Annotation edits while typing an explanation show at once; the text waits.
        if typing and article is not None and self.preview_is_current(article):
            self._show_annotations(article)

    def _problems_changed(self, _issues) -> None:
        self.show_list()

    def _article_synced(self, article: ArticleDraft | None) -> None:
        categories = self.session.draft.categories
        selected = self.session.current_annotation
        self.show_list()
        self.show_preview(article, categories, selected)
        self.show_annotations(article, categories, selected)

    def _article_selected(self) -> None:
        self.show_article(self.session.current_article())

    def _annotation_selected(self, uid: int | None, show: bool) -> None:
        article = self.session.current_article()
        if article is None:
            return
        categories = self.session.draft.categories
        self.show_annotations(article, categories, uid)
        self.show_highlights(article, categories, uid)
        annotation = article.annotation(uid) if uid is not None else None
        if (
            show
            and annotation is not None
            and annotation.has_span
            and self.preview.text == article.text
        ):
            blocked = self.preview.blockSignals(True)
            self.preview.select_span(annotation.start, annotation.end)
            self.preview.blockSignals(blocked)

    def _show_annotations(self, article: ArticleDraft) -> None:
        categories, selected = self.session.draft.categories, self.session.current_annotation
        self.show_annotations(article, categories, selected)
        self.show_highlights(article, categories, selected)

    # -- showing the draft -------------------------------------------------------------------
    def show_list(self) -> None:
        """The article list, with a ⚠ count on articles that need the author."""
        session = self.session
        marks = session.marks()
        rows = [(n, a, marks.get(a.uid, 0)) for n, a in enumerate(session.draft.articles)]
        self._quiet = True  # showing the session's selection is not the author choosing
        try:
            shown = self.article_rows.rows
            if [r[1].uid for r in shown] == [r[1].uid for r in rows]:
                for n, (old, new) in enumerate(zip(shown, rows, strict=True)):
                    if old[1] is not new[1] or old[2] != new[2]:
                        self.article_rows.update_row(n, new)
            else:
                self.article_rows.set_rows(rows)
            current = session.draft.article_index(session.current_uid)
            if current is None:
                self.article_list.selectionModel().clear()
            elif self.article_list.currentIndex().row() != current:
                self.article_list.setCurrentIndex(self.article_rows.index(current, 0))
        finally:
            self._quiet = False

    def show_article(self, article: ArticleDraft | None) -> None:
        """Metadata fields and Markdown of the current article (what the author types in)."""
        enabled = article is not None
        for widget in (
            self.headline,
            self.article_id,
            self.date,
            self.byline,
            self.outlet,
            self.tags,
            self.difficulty,
            self.kind,
            self.source,
            self.preview,
        ):
            widget.setEnabled(enabled)
        if article is None:
            self.source.set_text_quietly("")
            self._shown_uid = None
            return
        meta = article.meta
        for widget, value in (
            (self.headline, meta.headline),
            (self.article_id, meta.id),
            (self.date, meta.date),
            (self.byline, meta.byline),
            (self.outlet, meta.outlet),
        ):
            # Compare what the field means, not its spaces: the author may be mid-word.
            if widget.text().strip() != value:
                set_line_text(widget, value)
        if _tags(self.tags.text()) != meta.tags:
            set_line_text(self.tags, ", ".join(meta.tags))
        self.difficulty.setCurrentIndex(meta.difficulty - 1)
        self.kind.setCurrentIndex(ARTICLE_KINDS.index(meta.kind))
        if article.uid != self._shown_uid:
            # Another article: show it from the top (the minimal update is for undo in place).
            blocked = self.source.blockSignals(True)
            self.source.setPlainText(article.body)
            self.source.blockSignals(blocked)
            self._shown_uid = article.uid
        else:
            self.source.set_text_quietly(article.body)

    def preview_is_current(self, article: ArticleDraft) -> bool:
        return self._shown_body == (article.meta.headline, article.body)

    def show_preview(self, article: ArticleDraft | None, categories, selected: int | None) -> None:
        """Render the article as learners see it (kept scrolled), with its annotations marked."""
        if article is None:
            self._shown_body = None
            self.preview.set_article(rendered("", ""))
            return
        if not self.preview_is_current(article):
            bar = self.preview.verticalScrollBar()
            scroll = bar.value() if article.uid == self._preview_uid else 0
            self.preview.set_article(rendered(article.meta.headline, article.body))
            bar.setValue(scroll)  # re-rendering while the author types must not jump to the top
            self._shown_body = (article.meta.headline, article.body)
            self._preview_uid = article.uid
        self.show_highlights(article, categories, selected)

    def show_highlights(self, article: ArticleDraft, categories, selected: int | None) -> None:
        if self.preview.text != article.text:
            return  # the preview catches up at the next render; offsets would not match yet
        colors = {c.id: c.color for c in categories}
        selections = []
        for annotation in article.annotations:
            if not annotation.has_span:
                continue
            color = colors.get(annotation.category, UNKNOWN_COLOR)
            # Proposed places are wavy; confirmed ones a plain line; the selected one is darker.
            underline = (
                QTextCharFormat.UnderlineStyle.WaveUnderline
                if annotation.status == FUZZY
                else QTextCharFormat.UnderlineStyle.SingleUnderline
            )
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self.preview.span_cursor(annotation.start, annotation.end)
            selection.format = highlight_format(color, underline)
            if annotation.uid == selected:
                selection.format.setBackground(tint(color, 150))
                selection.format.setFontWeight(QFont.Weight.DemiBold)
            selections.append(selection)
        self.preview.setExtraSelections(selections)

    def show_annotations(
        self, article: ArticleDraft | None, categories: tuple[Category, ...], selected: int | None
    ) -> None:
        """The annotation list and the selected annotation's details."""
        names = {c.id: c for c in categories}
        rows = [(article, a, names.get(a.category)) for a in article.annotations] if article else []
        self._quiet = True
        try:
            self.annotation_rows.set_rows(rows)
            current = next((n for n, r in enumerate(rows) if r[1].uid == selected), None)
            if current is not None:
                self.annotation_list.selectionModel().setCurrentIndex(
                    self.annotation_rows.index(current, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect,
                )
        finally:
            self._quiet = False
        self.annotation_hint.setVisible(not (article and article.annotations))
        self.show_details(article, categories, selected)

    def show_details(self, article, categories, selected: int | None) -> None:
        annotation = article.annotation(selected) if article and selected is not None else None
        self.details.setEnabled(annotation is not None)
        if annotation is None:
            set_plain(self.state_label, "No annotation selected.")
            self._details_uid = None
            fill_categories(self.category, categories, "")
            self.explanation.set_text_quietly("")
            set_line_text(self.hint, "")
            self.accept_button.setVisible(False)
            self.reselect_button.setVisible(False)
            return
        set_plain(self.state_label, _state_text(annotation, article))
        self.accept_button.setVisible(annotation.status == FUZZY)
        self.reselect_button.setVisible(annotation.status in (FUZZY, ORPHANED))
        fill_categories(self.category, categories, annotation.category)
        if annotation.uid != self._details_uid:
            # Another annotation: show its explanation from the start.
            blocked = self.explanation.blockSignals(True)
            self.explanation.setPlainText(annotation.explanation)
            self.explanation.blockSignals(blocked)
            self._details_uid = annotation.uid
        else:
            self.explanation.set_text_quietly(annotation.explanation)
        if self.hint.text().strip() != annotation.hint:
            set_line_text(self.hint, annotation.hint)

    # -- edits ---------------------------------------------------------------------------------
    def _meta_edited(self, field: str, value) -> None:
        self.session.change_article_meta(field, value)

    def _body_typed(self) -> None:
        self.session.change_body(self.source.toPlainText())

    def _explanation_typed(self) -> None:
        self._annotation_edited("explanation", self.explanation.toPlainText())

    def _annotation_edited(self, field: str, value: str) -> None:
        self.session.change_selected_annotation(field, value)

    def _category_chosen(self, index: int) -> None:
        category_id = self.category.itemData(index)
        if category_id:
            self.session.change_selected_annotation("category", category_id)

    def _article_row_changed(self, current, _previous=None) -> None:
        row = self.article_rows.row(current)
        if row is not None and not self._quiet:
            self.session.select_article(row[1].uid)

    def _annotation_row_changed(self, current, _previous=None) -> None:
        row = self.annotation_rows.row(current)
        if row is not None and not self._quiet:
            self.session.select_annotation(row[1].uid)

    def _status(self, message: str) -> None:
        self.session.status.emit(message)

    # -- annotating --------------------------------------------------------------------------
    def _selected_span(self, article: ArticleDraft) -> tuple[int, int] | str:
        """The passage selected in the preview (or the Markdown), or why there is none."""
        if self._preview_focused or not self.source.textCursor().hasSelection():
            if self.preview.text != article.text:
                return "the preview was out of date; select the passage again"
            span = self.preview.selected_span()
            if span is None:
                return "select a passage in the preview first (Shift+arrows or the mouse)"
            return span
        cursor = self.source.textCursor()
        positions = Utf16Map(article.body)
        try:
            return source_span(
                article,
                positions.to_code_point(cursor.selectionStart()),
                positions.to_code_point(cursor.selectionEnd()),
            )
        except ValueError as exc:
            return str(exc)

    def annotate(self, category: str | None = None) -> int | None:
        """Annotate the selected passage; the new annotation's explanation gets the focus."""
        article = self.session.flush()
        if article is None:
            return None
        span = self._selected_span(article)
        if isinstance(span, str):
            self._status(f"Cannot annotate: {span}.")
            return None
        existing = {a.uid for a in article.annotations}
        uid = self.session.annotate(span, category)
        if isinstance(uid, str):
            self._status(f"Cannot annotate: {uid}.")
            return None
        if uid not in existing:
            self.explanation.setFocus()
            self._status("Annotated. Type the explanation; Esc goes back to the preview.")
        return uid

    def reselect_annotation(self) -> None:
        """Move the selected annotation to the selected passage (how an orphan gets fixed)."""
        article = self.session.flush()
        if article is None or self.session.selected_annotation() is None:
            self._status("Select the annotation to move first (F8 or the list).")
            return
        span = self._selected_span(article)
        problem = span if isinstance(span, str) else self.session.move_selected_annotation(span)
        if problem:
            self._status(f"Cannot move the annotation: {problem}.")

    def number_key(self, number: int) -> None:
        """A number key in the preview: annotate the selection, or recategorise at the caret."""
        categories = self.session.draft.categories
        if number > len(categories):
            self._status(f"There is no category {number}.")
            return
        if self.preview.textCursor().hasSelection():
            self.annotate(categories[number - 1].id)
        else:
            self.set_category_by_number(number, at_caret=True)

    def set_category_by_number(self, number: int, at_caret: bool = False) -> None:
        """Give the selected annotation (or the one at the caret) category ``number``."""
        categories = self.session.draft.categories
        if number > len(categories):
            return
        if at_caret:
            article = self.session.current_article()
            hit = annotation_at(article, self.preview.caret()) if article else None
            if hit is None:
                self._status("Select a passage first (Shift+arrows), then press its number.")
                return
            self.session.current_annotation = hit.uid
        self.session.change_selected_annotation("category", categories[number - 1].id)

    def pick_category(self) -> None:
        """Choose from every category: for the selection, or the selected annotation."""
        categories = self.session.draft.categories
        names = [f"{n + 1 if n < 9 else ' '}  {c.name}" for n, c in enumerate(categories)]
        if not names:
            return
        has_selection = self.preview.textCursor().hasSelection()
        current = self.session.selected_annotation()
        start = 0
        if current is not None and not has_selection:
            ids = [c.id for c in categories]
            start = ids.index(current.category) if current.category in ids else 0
        choice = choose_item(self, "Category", "Red-flag category:", names, start)
        if choice is None:
            return
        category = categories[choice].id
        if has_selection:
            self.annotate(category)
        elif current is not None:
            self.session.change_selected_annotation("category", category)

    def accept_annotation(self) -> None:
        """Accept the passage proposed for the selected annotation's changed quote."""
        if not self.session.accept_annotation():
            self._status("Only an annotation whose quote changed has a new passage to accept.")

    def delete_annotation(self) -> None:
        """Delete the selected annotation."""
        if self.session.delete_selected_annotation():
            self._status("Annotation deleted; Ctrl+Z brings it back.")
        else:
            self._status("Select an annotation first (F8 or the list).")

    def delete_annotation_at_caret(self) -> None:
        """Delete the annotation under the preview's caret."""
        article = self.session.current_article()
        hit = annotation_at(article, self.preview.caret()) if article else None
        if hit is not None:
            self.session.current_annotation = hit.uid
            self.delete_annotation()

    def step_annotation(self, step: int) -> None:
        """Select the next (or previous) annotation of the article."""
        uid = self.session.stepped_annotation(step)
        if uid is None:
            self._status("This article has no annotations yet.")
            return
        self.session.select_annotation(uid)
        self.preview.setFocus()

    def next_needing_author(self) -> bool:
        """Go to the next annotation, here or in a following article, that is fuzzy or orphaned."""
        found = self.session.next_needing_author()
        if found is None:
            self._status("No annotation needs you: every one is on its quote.")
            return False
        article, annotation = found
        self.session.select_article(article)
        self.session.select_annotation(annotation)
        self.annotation_list.setFocus()
        return True

    def focus_detail(self, field: str) -> bool:
        """Put the focus in the selected annotation's explanation or hint."""
        if self.session.selected_annotation() is None:
            self._status("Select an annotation first (F8 or the list).")
            return False
        (self.explanation if field == "explanation" else self.hint).setFocus()
        return True

    def _preview_caret_moved(self) -> None:
        """The caret in a highlighted passage selects its annotation.

        Not while an annotation that needs the author is selected and the caret moves by
        keyboard: the author is then selecting its new passage, across other highlights.
        """
        if self.preview.textCursor().hasSelection():
            return
        article = self.session.current_article()
        if article is None or self.preview.text != article.text:
            return
        pinned = self.session.selected_annotation()
        by_mouse = QApplication.mouseButtons() != Qt.MouseButton.NoButton
        if pinned is not None and pinned.status in NEEDS_AUTHOR and not by_mouse:
            return
        hit = annotation_at(article, self.preview.caret())
        if hit is not None and hit.uid != self.session.current_annotation:
            self.session.select_annotation(hit.uid, show=False)

    def _preview_menu(self, menu) -> None:
        fill = self.actions.get("fill_menu")
        if fill is not None:
            fill(menu)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        kind = event.type()
        if kind == QEvent.Type.FocusIn and obj in (self.preview, self.source):
            self._preview_focused = obj is self.preview
            if self._preview_focused:
                self.session.flush()  # selections in the preview must index the current text
        if kind != QEvent.Type.KeyPress:
            return False
        key, mods = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = mods == Qt.KeyboardModifier.NoModifier
        if obj is self.article_list:
            if mods == Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.session.move_article(-1 if key == Qt.Key.Key_Up else 1)
                return True
            if plain and key == Qt.Key.Key_Delete:
                self.actions["delete_article"].trigger()
                return True
            if plain and key == Qt.Key.Key_Insert:
                self.actions["add_article"].trigger()
                return True
            if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.source.setFocus()
                return True
        if obj is self.annotation_list:
            if plain and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.actions["delete_annotation"].trigger()
                return True
            if plain and key in NUMBER_KEYS:
                self.set_category_by_number(NUMBER_KEYS[key])
                return True
            if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.explanation.setFocus()
                return True
        if obj in (self.explanation, self.hint) and plain and key == Qt.Key.Key_Escape:
            self.preview.setFocus()
            return True
        return False


def _article_line(row: tuple[int, ArticleDraft, int]) -> str:
    n, article, mark = row
    flag = f"  ⚠ {mark}" if mark else ""
    return f"{n + 1}. {article.meta.headline or '(no headline)'}{flag}"


def _article_tip(row: tuple[int, ArticleDraft, int]) -> str:
    _n, article, mark = row
    meta = article.meta
    return (
        f"{meta.id} · {meta.kind} · difficulty {meta.difficulty} · "
        f"{len(article.annotations)} annotation(s)"
        + (f"\n{mark} thing(s) need attention" if mark else "")
    )


def _passage(article: ArticleDraft, annotation: DraftAnnotation) -> str:
    if annotation.has_span and annotation.end <= len(article.text):
        return article.text[annotation.start : annotation.end]
    return annotation.quote


def _category_name(category: Category | None, annotation: DraftAnnotation) -> str:
    return category.name if category else f"unknown category {annotation.category!r}"


def _annotation_line(row) -> str:
    article, annotation, category = row
    return (
        f"{_passage(article, annotation)}\n{annotation_state(annotation)} · "
        f"{_category_name(category, annotation)}"
    )


def _annotation_tip(row) -> str:
    article, annotation, category = row
    tip = (
        f"{_passage(article, annotation)}\n{_category_name(category, annotation)}\n"
        f"{_state_text(annotation, article)}"
    )
    if not annotation.explanation.strip():
        tip += "\n✎ It needs an explanation."
    return tip


def _annotation_swatch(row):
    _article, _annotation, category = row
    return swatch(category.color if category else UNKNOWN_COLOR)


def annotation_state(annotation: DraftAnnotation) -> str:
    """The short state shown in the list: a symbol and words, and ✎ when it lacks an explanation."""
    symbol, words = SHORT_STATES[annotation.status]
    state = f"{symbol} {words}"
    if not annotation.explanation.strip():
        state += " · ✎ no explanation"
    return state


def _tags(text: str) -> tuple[str, ...]:
    return tuple(t.strip() for t in text.split(",") if t.strip())


def _state_text(annotation: DraftAnnotation, article: ArticleDraft) -> str:
    symbol, words = STATES[annotation.status]
    if annotation.status == FUZZY:
        proposed = article.text[annotation.start : annotation.end]
        return (
            f"{symbol} The text changed. It marked {_quote(annotation.quote)}; the closest "
            f"passage now is {_quote(proposed)} ({round(annotation.similarity * 100)}% alike). "
            "Accept it, or select the right passage and use the selection."
        )
    if annotation.status == ORPHANED:
        return (
            f"{symbol} Orphaned: {_quote(annotation.quote)} is no longer in the text. Select the "
            "passage it should mark and use the selection, or delete the annotation."
        )
    if annotation.status == MOVED:
        return f"{symbol} Moved with the text; still on {_quote(annotation.quote)}."
    return f"{symbol} Anchored on {_quote(annotation.quote)}."
