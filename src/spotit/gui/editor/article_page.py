"""The Articles page: the article list, one article's metadata, its Markdown beside a
preview that looks exactly like the learner's reader, and its annotations."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QColor, QFont, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
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
    ORPHANED,
    ArticleDraft,
    DraftAnnotation,
    PackDraft,
    rendered,
)
from spotit.core.model import ARTICLE_KINDS
from spotit.core.taxonomy import Category
from spotit.gui.editor.widgets import (
    ReflowGrid,
    TextArea,
    field_label,
    fill_categories,
    set_line_text,
)
from spotit.gui.reader import NUMBER_KEYS, ArticleView, swatch
from spotit.gui.theme import highlight_format, tint

if TYPE_CHECKING:
    from spotit.gui.editor.window import PackEditor

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


class ArticlePage(QWidget):
    """Shows the current article of the editor's draft and turns the author's edits into changes."""

    def __init__(self, editor: PackEditor) -> None:
        super().__init__()
        self.editor = editor
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

    # -- building ----------------------------------------------------------------------
    def _build_list(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.article_list = QListWidget()
        self.article_list.setAccessibleName("Articles, in the order learners see them")
        self.article_list.setToolTip(
            "Alt+Up / Alt+Down move the article; Delete deletes it; Insert adds one."
        )
        self.article_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.article_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.article_list.currentRowChanged.connect(self._article_row_changed)
        self.article_list.installEventFilter(self)
        heading = field_label("Article&s", self.article_list)
        heading.setStyleSheet("font-weight: bold")
        layout.addWidget(heading)
        layout.addWidget(self.article_list, 1)
        editor = self.editor
        buttons = [
            ("Add", editor.add_article_action),
            ("Duplicate", editor.duplicate_article_action),
            ("Delete…", editor.delete_article_action),
            ("Try as learner", editor.try_action),
            ("▲ Up", editor.move_article_up_action),
            ("▼ Down", editor.move_article_down_action),
        ]
        cells = []
        for label, action in buttons:
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
        self.preview.number_pressed.connect(self.editor.number_key)
        self.preview.picker_pressed.connect(self.editor.pick_category)
        self.preview.delete_pressed.connect(self.editor.delete_annotation_at_caret)
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
        self.annotation_list = QListWidget()
        self.annotation_list.setAlternatingRowColors(True)
        self.annotation_list.setAccessibleName("Annotations of this article")
        self.annotation_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.annotation_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.annotation_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.annotation_list.currentItemChanged.connect(self._annotation_row_changed)
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
        self.state_label = QLabel()
        self.state_label.setWordWrap(True)
        self.state_label.setTextFormat(Qt.TextFormat.PlainText)
        self.state_label.setAccessibleName("Annotation state")
        form.addWidget(self.state_label)
        self.accept_button = QPushButton("Accept new passage")
        self.accept_button.setToolTip("Ctrl+Shift+Y")
        self.accept_button.clicked.connect(self.editor.accept_annotation_action.trigger)
        self.reselect_button = QPushButton("Use selection")
        self.reselect_button.setToolTip("Ctrl+Shift+R: move the annotation to the selected passage")
        self.reselect_button.clicked.connect(self.editor.reselect_annotation_action.trigger)
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
        self.delete_button.clicked.connect(self.editor.delete_annotation_action.trigger)
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

    # -- showing the draft -------------------------------------------------------------------
    def show_list(self, draft: PackDraft, current: int | None, marks: dict[int, int]) -> None:
        """The article list, with a ⚠ count on articles that need the author."""
        widget = self.article_list
        blocked = widget.blockSignals(True)
        uids = [widget.item(i).data(Qt.ItemDataRole.UserRole) for i in range(widget.count())]
        if uids != [a.uid for a in draft.articles]:
            widget.clear()
            for article in draft.articles:
                item = QListWidgetItem()
                item.setData(Qt.ItemDataRole.UserRole, article.uid)
                widget.addItem(item)
        for row, article in enumerate(draft.articles):
            item = widget.item(row)
            meta = article.meta
            mark = f"  ⚠ {marks[article.uid]}" if marks.get(article.uid) else ""
            item.setText(f"{row + 1}. {meta.headline or '(no headline)'}{mark}")
            item.setToolTip(
                f"{meta.id} · {meta.kind} · difficulty {meta.difficulty} · "
                f"{len(article.annotations)} annotation(s)"
                + (f"\n{marks[article.uid]} thing(s) need attention" if mark else "")
            )
            if article.uid == current:
                widget.setCurrentRow(row)
        if current is None:
            widget.setCurrentRow(-1)
        widget.blockSignals(blocked)

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
        widget = self.annotation_list
        blocked = widget.blockSignals(True)
        widget.clear()
        names = {c.id: c for c in categories}
        current_item = None
        for annotation in article.annotations if article else ():
            category = names.get(annotation.category)
            name = category.name if category else f"unknown category {annotation.category!r}"
            passage = (
                article.text[annotation.start : annotation.end]
                if annotation.has_span and annotation.end <= len(article.text)
                else annotation.quote
            )
            item = QListWidgetItem(f"{passage}\n{annotation_state(annotation)} · {name}")
            item.setIcon(swatch(category.color if category else UNKNOWN_COLOR))
            item.setData(Qt.ItemDataRole.UserRole, annotation.uid)
            tip = f"{passage}\n{name}\n{_state_text(annotation, article)}"
            if not annotation.explanation.strip():
                tip += "\n✎ It needs an explanation."
            item.setToolTip(tip)
            item.setData(Qt.ItemDataRole.AccessibleTextRole, tip)
            if annotation.status == ORPHANED:
                font = item.font()
                font.setItalic(True)
                item.setFont(font)
            if annotation.status in (FUZZY, ORPHANED):
                item.setForeground(QColor("#b26a00" if annotation.status == FUZZY else "#c62828"))
            widget.addItem(item)
            if annotation.uid == selected:
                current_item = item
        widget.setCurrentItem(current_item)
        widget.blockSignals(blocked)
        self.annotation_hint.setVisible(not (article and article.annotations))
        self.show_details(article, categories, selected)

    def show_details(self, article, categories, selected: int | None) -> None:
        annotation = article.annotation(selected) if article and selected is not None else None
        self.details.setEnabled(annotation is not None)
        if annotation is None:
            self.state_label.setText("No annotation selected.")
            self._details_uid = None
            fill_categories(self.category, categories, "")
            self.explanation.set_text_quietly("")
            set_line_text(self.hint, "")
            self.accept_button.setVisible(False)
            self.reselect_button.setVisible(False)
            return
        self.state_label.setText(_state_text(annotation, article))
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
        self.editor.change_article_meta(field, value)

    def _body_typed(self) -> None:
        self.editor.change_body(self.source.toPlainText())

    def _explanation_typed(self) -> None:
        self._annotation_edited("explanation", self.explanation.toPlainText())

    def _annotation_edited(self, field: str, value: str) -> None:
        self.editor.change_selected_annotation(field, value)

    def _category_chosen(self, index: int) -> None:
        category_id = self.category.itemData(index)
        if category_id:
            self.editor.change_selected_annotation("category", category_id)

    def _article_row_changed(self, row: int) -> None:
        if row >= 0:
            self.editor.select_article(self.article_list.item(row).data(Qt.ItemDataRole.UserRole))

    def _annotation_row_changed(self, item: QListWidgetItem | None, _previous=None) -> None:
        if item is not None:
            self.editor.select_annotation(item.data(Qt.ItemDataRole.UserRole))

    def _preview_caret_moved(self) -> None:
        if self.preview.textCursor().hasSelection():
            return
        self.editor.caret_moved_in_preview(self.preview.caret())

    def _preview_menu(self, menu) -> None:
        self.editor.fill_annotation_menu(menu)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt naming)
        kind = event.type()
        if kind == QEvent.Type.FocusIn and obj in (self.preview, self.source):
            self.editor.text_widget_focused(obj is self.preview)
        if kind != QEvent.Type.KeyPress:
            return False
        key, mods = event.key(), event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
        plain = mods == Qt.KeyboardModifier.NoModifier
        if obj is self.article_list:
            if mods == Qt.KeyboardModifier.AltModifier and key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                self.editor.move_article(-1 if key == Qt.Key.Key_Up else 1)
                return True
            if plain and key == Qt.Key.Key_Delete:
                self.editor.delete_article_action.trigger()
                return True
            if plain and key == Qt.Key.Key_Insert:
                self.editor.add_article_action.trigger()
                return True
            if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.source.setFocus()
                return True
        if obj is self.annotation_list:
            if plain and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.editor.delete_annotation_action.trigger()
                return True
            if plain and key in NUMBER_KEYS:
                self.editor.set_category_by_number(NUMBER_KEYS[key])
                return True
            if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.explanation.setFocus()
                return True
        if obj in (self.explanation, self.hint) and plain and key == Qt.Key.Key_Escape:
            self.preview.setFocus()
            return True
        return False


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
