"""The Articles page: the article list, one article's metadata, its Markdown beside a
preview that looks exactly like the learner's reader, its annotations (with the rest of
each one's answer key: accepted categories, core, other places) and its passage notes."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

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
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
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
    PackDraft,
    annotation_at,
    check_choices,
    check_problem,
    core_problem,
    core_span,
    note_at,
    rendered,
    source_span,
)
from spotit.core.i18n import QT_TRANSLATE_NOOP, translate
from spotit.core.model import ARTICLE_KINDS, CheckPointer
from spotit.core.sources import KIND_NAMES
from spotit.core.taxonomy import Category
from spotit.core.textpos import Utf16Map
from spotit.gui.document import display_text
from spotit.gui.editor.commands import Focus
from spotit.gui.editor.session import EditorSession
from spotit.gui.editor.widgets import (
    ReflowGrid,
    TextArea,
    field_label,
    fill_categories,
    set_line_text,
)
from spotit.gui.i18n import number as number_text
from spotit.gui.i18n import percent
from spotit.gui.itemmodels import Column, RowsModel
from spotit.gui.marks import VERDICT_STYLES, highlight_format, tint
from spotit.gui.plain import choose_item, plain_label, plain_tooltip, set_plain
from spotit.gui.reader import NUMBER_KEYS, ArticleView, swatch

#: How each annotation state is shown: symbol and words, never colour alone.
STATES = {
    EXACT: ("✓", QT_TRANSLATE_NOOP("ArticlePage", "anchored")),
    MOVED: ("↪", QT_TRANSLATE_NOOP("ArticlePage", "moved with the text")),
    FUZZY: ("≈", QT_TRANSLATE_NOOP("ArticlePage", "check: the quote changed")),
    ORPHANED: ("⚠", QT_TRANSLATE_NOOP("ArticlePage", "orphaned: text not found")),
}
#: The same, short enough for the list's State column.
SHORT_STATES = {
    EXACT: ("✓", QT_TRANSLATE_NOOP("ArticlePage", "on its quote")),
    MOVED: ("↪", QT_TRANSLATE_NOOP("ArticlePage", "moved")),
    FUZZY: ("≈", QT_TRANSLATE_NOOP("ArticlePage", "check: quote changed")),
    ORPHANED: ("⚠", QT_TRANSLATE_NOOP("ArticlePage", "orphaned")),
}
#: The texts below are marked at import and translated where they are shown.
DIFFICULTIES = (
    QT_TRANSLATE_NOOP("ArticlePage", "1 · easy"),
    QT_TRANSLATE_NOOP("ArticlePage", "2 · medium"),
    QT_TRANSLATE_NOOP("ArticlePage", "3 · hard"),
)
#: An article's kind in words (the front matter keeps the id: ``ARTICLE_KINDS``).
KIND_WORDS = {
    "misinformation": QT_TRANSLATE_NOOP("ArticlePage", "misinformation"),
    "credible": QT_TRANSLATE_NOOP("ArticlePage", "credible"),
    "satire": QT_TRANSLATE_NOOP("ArticlePage", "satire"),
    "opinion": QT_TRANSLATE_NOOP("ArticlePage", "opinion"),
}
UNKNOWN_COLOR = "#888888"
#: How the rest of the answer key is marked in the preview: each has its own line, never
#: colour alone. Another place of a red flag: its category's tint with a dashed underline.
PLACE_UNDERLINE = QTextCharFormat.UnderlineStyle.DashUnderline
#: A passage note (a passage that is fine): a blue tint with a dotted underline, and ℹ in
#: its list (the feedback's note colour and symbol).
NOTE_COLOR = "#1565c0"
NOTE_UNDERLINE = QTextCharFormat.UnderlineStyle.DotLine
NOTE_SYMBOL = "ℹ"
#: The core of a red flag: a line above, a dash-dot underline and a deeper tint of its colour.
CORE_UNDERLINE = QTextCharFormat.UnderlineStyle.DashDotLine
#: What the preview's underlines mean, shown under it.
LEGEND = QT_TRANSLATE_NOOP(
    "ArticlePage",
    "Underlines: solid = annotation · wavy = proposed new passage · dashed = another place "
    "of it · line above and dash-dot = its core · dotted blue = a note (a passage that is fine)",
)
#: The symbol of another place in the lists.
PLACE_SYMBOL = "↗"


def kind_words(kind: str) -> str:
    """An article kind as the editor lists it, in the user's language."""
    return translate("ArticlePage", KIND_WORDS.get(kind, kind))


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
                verdict = "found-wrong-category" if status == FUZZY else "missed"
                return QColor(VERDICT_STYLES[verdict].color)  # readable in either theme
        return super().data(index, role)


#: What the check chooser lists first: the answer key names no page.
NO_CHECK = QT_TRANSLATE_NOOP("ArticlePage", "(none)")


@dataclass
class CheckFields:
    """An answer key's check: which source page shows it, and the passage of that page."""

    page: QComboBox
    quote: QLineEdit
    state: QLabel
    page_label: QLabel
    quote_label: QLabel
    #: the items the chooser lists now, as (text, page id)
    shown: tuple = ()


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
        session.note_selected.connect(self._note_selected)
        session.problems_changed.connect(self._problems_changed)

    # -- building ----------------------------------------------------------------------
    def _build_list(self) -> QWidget:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        self.article_rows = RowsModel(
            [Column(self.tr("Article"), _article_line, tooltip=_article_tip)], parent=self
        )
        self.article_list = QListView()
        self.article_list.setModel(self.article_rows)
        self.article_list.setAccessibleName(self.tr("Articles, in the order learners see them"))
        self.article_list.setToolTip(
            self.tr("Alt+Up / Alt+Down move the article; Delete deletes it; Insert adds one.")
        )
        self.article_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.article_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.article_list.selectionModel().currentRowChanged.connect(self._article_row_changed)
        self.article_list.installEventFilter(self)
        heading = field_label(self.tr("Article&s"), self.article_list)
        heading.setStyleSheet("font-weight: bold")
        layout.addWidget(heading)
        layout.addWidget(self.article_list, 1)
        buttons = [
            (self.tr("Add"), "add_article"),
            (self.tr("Duplicate"), "duplicate_article"),
            (self.tr("Delete…"), "delete_article"),
            (self.tr("Try as learner"), "try"),
            (self.tr("▲ Up"), "move_article_up"),
            (self.tr("▼ Down"), "move_article_down"),
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
        self.headline.setAccessibleName(self.tr("Headline"))
        self.headline.setPlaceholderText(
            self.tr("The headline learners see (it can be flagged too)")
        )
        self.article_id = QLineEdit()
        self.article_id.setAccessibleName(self.tr("Article id"))
        self.article_id.setPlaceholderText(self.tr("lower-case-id"))
        self.date = QLineEdit()
        self.date.setAccessibleName(self.tr("Date"))
        self.date.setPlaceholderText(self.tr("2026-03-01, or empty"))
        self.byline = QLineEdit()
        self.byline.setAccessibleName(self.tr("Byline"))
        self.outlet = QLineEdit()
        self.outlet.setAccessibleName(self.tr("Outlet"))
        self.tags = QLineEdit()
        self.tags.setAccessibleName(self.tr("Tags, separated by commas"))
        self.tags.setPlaceholderText(self.tr("health, science"))
        self.difficulty = QComboBox()
        self.difficulty.addItems([translate("ArticlePage", d) for d in DIFFICULTIES])
        self.difficulty.setAccessibleName(self.tr("Difficulty"))
        self.kind = QComboBox()
        self.kind.addItems([kind_words(k) for k in ARTICLE_KINDS])
        self.kind.setAccessibleName(self.tr("Kind"))
        # Three label-field pairs to a row at normal sizes, fewer as the text grows.
        self.meta_form = ReflowGrid(
            [
                (field_label(self.tr("&Id"), self.article_id), self.article_id),
                (field_label(self.tr("&Outlet"), self.outlet), self.outlet),
                (field_label(self.tr("&Byline"), self.byline), self.byline),
                (field_label(self.tr("&Date"), self.date), self.date),
                (field_label(self.tr("Diffic&ulty"), self.difficulty), self.difficulty),
                (field_label(self.tr("&Kind"), self.kind), self.kind),
            ],
            3,
            field_chars=14,
            wide=[
                (field_label(self.tr("Head&line"), self.headline), self.headline),
                (field_label(self.tr("Ta&gs"), self.tags), self.tags),
            ],
            top=1,
        )
        layout.addWidget(self.meta_form)

        self.source = TextArea(
            self.tr("Article text in Markdown"), self.tr("Write the article here, in Markdown…")
        )
        self.source.setTabChangesFocus(True)
        self.source.textChanged.connect(self._body_typed)
        self.preview = ArticleView()
        self.preview.setAccessibleName(self.tr("Preview: the article as learners see it"))
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
            (self.tr("&Markdown"), self.source),
            (self.tr("&Preview: what learners see"), self.preview),
        ):
            column = QWidget()
            column_layout = QVBoxLayout(column)
            column_layout.setContentsMargins(0, 0, 0, 0)
            column_layout.addWidget(field_label(label, widget))
            column_layout.addWidget(widget, 1)
            if widget is self.preview:
                self.legend = QLabel(translate("ArticlePage", LEGEND))
                self.legend.setWordWrap(True)
                self.legend.setAccessibleName(self.tr("What the preview's underlines mean"))
                column_layout.addWidget(self.legend)
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
                    self.tr("Annotation"),
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
        self.annotation_list.setAccessibleName(self.tr("Annotations of this article"))
        self.annotation_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.annotation_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.annotation_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.annotation_list.selectionModel().currentRowChanged.connect(
            self._annotation_row_changed
        )
        self.annotation_list.installEventFilter(self)
        heading = field_label(self.tr("A&nnotations"), self.annotation_list)
        heading.setStyleSheet("font-weight: bold")
        self.annotation_hint = QLabel(
            self.tr(
                "Select a passage in the preview, then press its category's number (1–9) "
                "or Ctrl+Shift+A."
            )
        )
        self.annotation_hint.setWordWrap(True)

        details = QGroupBox(self.tr("Selected annotation"))
        form = QVBoxLayout(details)
        self.state_label = plain_label()
        self.state_label.setWordWrap(True)
        self.state_label.setAccessibleName(self.tr("Annotation state"))
        form.addWidget(self.state_label)
        self.accept_button = QPushButton(self.tr("Accept new passage"))
        self.accept_button.setToolTip("Ctrl+Shift+Y")  # not translated: a key sequence
        self.accept_button.clicked.connect(self.actions["accept_annotation"].trigger)
        self.reselect_button = QPushButton(self.tr("Use selection"))
        self.reselect_button.setToolTip(
            self.tr("Ctrl+Shift+R: move the annotation to the selected passage")
        )
        self.reselect_button.clicked.connect(self.actions["reselect_annotation"].trigger)
        form.addWidget(ReflowGrid([(self.accept_button,), (self.reselect_button,)], 2))
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Red-flag category"))
        self.category.activated.connect(self._category_chosen)
        form.addWidget(field_label(self.tr("Categor&y"), self.category))
        form.addWidget(self.category)
        self.explanation = TextArea(
            self.tr("Explanation, in Markdown"),
            self.tr("Why this is a red flag, and how a learner can check it (Markdown)."),
            lines=7,
        )
        self.explanation.setTabChangesFocus(True)
        self.explanation.textChanged.connect(self._explanation_typed)
        self.explanation.installEventFilter(self)
        form.addWidget(field_label(self.tr("E&xplanation"), self.explanation))
        form.addWidget(self.explanation)
        self.hint = QLineEdit()
        self.hint.setAccessibleName(self.tr("Hint, optional"))
        self.hint.setPlaceholderText(self.tr("Optional nudge, e.g. “Who is ‘they’?”"))
        self.hint.textEdited.connect(lambda t: self._annotation_edited("hint", t.strip()))
        self.hint.installEventFilter(self)
        form.addWidget(field_label(self.tr("Hint"), self.hint))
        form.addWidget(self.hint)
        self._build_key_details(form)
        self.delete_button = QPushButton(self.tr("Delete annotation"))
        self.delete_button.clicked.connect(self.actions["delete_annotation"].trigger)
        form.addWidget(self.delete_button)
        form.addStretch(1)
        self.details = details
        self.explanation.setMinimumHeight(self.explanation.fontMetrics().lineSpacing() * 3)
        details_scroll = QScrollArea()
        details_scroll.setWidget(details)
        details_scroll.setWidgetResizable(True)
        details_scroll.setFrameShape(QFrame.Shape.NoFrame)
        details_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.details_scroll = details_scroll
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
        self.key_tabs = QTabWidget()
        self.key_tabs.setAccessibleName(self.tr("Answer key: annotations and notes"))
        # Both tabs in sight when the column is narrow (a large text size): names shortened in
        # the middle, so the counts stay, rather than one tab scrolled out of view.
        self.key_tabs.setElideMode(Qt.TextElideMode.ElideMiddle)
        self.key_tabs.setUsesScrollButtons(False)
        self.key_tabs.addTab(split, self.tr("Annotations"))
        self.key_tabs.addTab(self._build_notes(), self.tr("Notes"))
        layout.addWidget(self.key_tabs)
        box.setMinimumWidth(200)
        return box

    def _button(self, label: str, action_name: str | None, tip: str, slot=None) -> QPushButton:
        button = QPushButton(label)
        button.setAccessibleName(label)
        action = self.actions.get(action_name) if action_name else None
        if action is not None:
            keys = action.shortcut().toString()
            button.setToolTip(f"{tip} ({keys})" if keys else tip)
            button.clicked.connect(action.trigger)
        else:
            button.setToolTip(tip)
            button.clicked.connect(slot)
        return button

    def _build_key_details(self, form: QVBoxLayout) -> None:
        """Accepted categories, core and other places of the selected annotation."""
        self.also_list = QListWidget()
        self.also_list.setAccessibleName(
            self.tr(
                "Also accepted: other categories that count for this red flag (Space ticks one)"
            )
        )
        self.also_list.itemChanged.connect(self._also_toggled)
        self.also_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.also_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = self.also_list.fontMetrics().lineSpacing() * 5
        self.also_list.setMinimumHeight(rows)
        self.also_list.setMaximumHeight(rows * 2)
        form.addWidget(
            _wrapped(
                field_label(self.tr("Also a&ccepted (other categories that count)"), self.also_list)
            )
        )
        form.addWidget(self.also_list)

        self.core = QLineEdit()
        self.core.setAccessibleName(
            self.tr("Core: the words inside the quote that alone identify it")
        )
        self.core.setPlaceholderText(self.tr("e.g. 300%: select words and Set core, or type"))
        self.core.textEdited.connect(lambda t: self.session.set_core(t, typing=True))
        self.core.installEventFilter(self)
        self.core_state = plain_label()
        self.core_state.setWordWrap(True)
        self.core_state.setAccessibleName(self.tr("Core state"))
        self.set_core_button = self._button(
            self.tr("Set core"),
            "set_core",
            self.tr("Make the words selected in the preview the core"),
        )
        self.clear_core_button = self._button(
            self.tr("Clear core"),
            None,
            self.tr("The red flag has no core"),
            lambda: self.session.set_core(""),
        )
        form.addWidget(
            _wrapped(field_label(self.tr("Co&re (the words that alone identify it)"), self.core))
        )
        form.addWidget(self.core)
        form.addWidget(ReflowGrid([(self.set_core_button,), (self.clear_core_button,)], 2))
        form.addWidget(self.core_state)

        self.places = QListWidget()
        self.places.setAccessibleName(self.tr("Other places of this red flag (Delete removes one)"))
        self.places.setWordWrap(True)
        self.places.setMinimumHeight(self.places.fontMetrics().lineSpacing() * 2)
        self.places.setMaximumHeight(self.places.fontMetrics().lineSpacing() * 5)
        self.places.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.places.installEventFilter(self)
        self.add_place_button = self._button(
            self.tr("Add place"),
            "add_place",
            self.tr("Add the passage selected in the preview as another place"),
        )
        self.remove_place_button = self._button(
            self.tr("Remove place"),
            None,
            self.tr("Remove the place selected in the list (Delete)"),
            self.remove_place,
        )
        form.addWidget(
            _wrapped(field_label(self.tr("Other places &where it may be flagged"), self.places))
        )
        form.addWidget(self.places)
        form.addWidget(ReflowGrid([(self.add_place_button,), (self.remove_place_button,)], 2))
        self.check_fields = self._build_check(
            form, "red flag", self.session.set_check, self.session.set_check_quote
        )

    def _build_check(
        self,
        form: QVBoxLayout,
        what: str,
        on_page: Callable[[str | None], None],
        on_quote: Callable[..., None],
    ) -> CheckFields:
        """The check chooser and its passage, added to ``form`` (for a red flag or a note).

        The mnemonics (Alt+Q, Alt+J) are letters nothing else on the page uses.
        """
        # Whole sentences for each: word order differs between languages.
        if what == "red flag":
            page_name = self.tr("Check: the source page that reveals this red flag")
            page_tip = self.tr(
                "The page of the pack's invented web that reveals this red flag: feedback offers it"
            )
            quote_name = self.tr("Passage of the check page that reveals this red flag, optional")
            state_name = self.tr("Check state of the red flag")
        else:
            page_name = self.tr("Check: the source page that shows this passage is fine")
            page_tip = self.tr(
                "The page of the pack's invented web that shows this passage is fine: "
                "feedback offers it"
            )
            quote_name = self.tr(
                "Passage of the check page that shows this passage is fine, optional"
            )
            state_name = self.tr("Check state of the note")
        page = QComboBox()
        page.setAccessibleName(page_name)
        page.setToolTip(page_tip)
        # Long titles are cut in the field (each item's tooltip has the whole line): the
        # details column stays narrow at large text sizes.
        page.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        page.setMinimumContentsLength(6)
        page.view().setTextElideMode(Qt.TextElideMode.ElideRight)
        page.activated.connect(lambda i: on_page(page.itemData(i)))
        quote = QLineEdit()
        quote.setAccessibleName(quote_name)
        quote.setPlaceholderText(self.tr("Optional: words of the page, e.g. “medieval poetry”"))
        quote.textEdited.connect(lambda t: on_quote(t, True))
        quote.installEventFilter(self)
        state = plain_label()
        state.setWordWrap(True)
        state.setAccessibleName(state_name)
        page_label = field_label(self.tr("Check (source page that settles the &question)"), page)
        quote_label = field_label(
            self.tr("Passage of the page (&just the words that show it)"), quote
        )
        for label in (page_label, quote_label):
            label.setWordWrap(True)
        for widget in (page_label, page, quote_label, quote, state):
            form.addWidget(widget)
        return CheckFields(page, quote, state, page_label, quote_label)

    def _build_notes(self) -> QWidget:
        """The article's passage notes: passages that are fine, and why."""
        self.note_rows = RowsModel(
            [
                Column(
                    self.tr("Note"),
                    _note_line,
                    tooltip=_note_tip,
                    accessible=_note_tip,
                )
            ],
            parent=self,
        )
        self.note_list = QListView()
        self.note_list.setModel(self.note_rows)
        self.note_list.setAlternatingRowColors(True)
        self.note_list.setAccessibleName(self.tr("Notes on passages of this article that are fine"))
        self.note_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.note_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.note_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.note_list.selectionModel().currentRowChanged.connect(self._note_row_changed)
        self.note_list.installEventFilter(self)
        heading = _wrapped(QLabel(self.tr("Notes: passages that are fine, and why")))
        heading.setStyleSheet("font-weight: bold")
        self.note_hint_label = QLabel(
            self.tr(
                "Select a passage in the preview that holds up (a named source, a dated figure) "
                "and press Ctrl+Shift+O."
            )
        )
        self.note_hint_label.setWordWrap(True)
        self.add_note_button = self._button(
            self.tr("Add note"),
            "add_note",
            self.tr("A note on the passage selected in the preview"),
        )
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addWidget(heading)
        top_layout.addWidget(self.note_hint_label)
        top_layout.addWidget(self.note_list, 1)
        top_layout.addWidget(self.add_note_button)

        details = QGroupBox(self.tr("Selected note"))
        form = QVBoxLayout(details)
        self.note_state = plain_label()
        self.note_state.setWordWrap(True)
        self.note_state.setAccessibleName(self.tr("Note state"))
        form.addWidget(self.note_state)
        self.move_note_button = self._button(
            self.tr("Use selection"),
            None,
            self.tr("Move the note to the passage selected in the preview"),
            self.move_note,
        )
        form.addWidget(self.move_note_button)
        self.note_text = TextArea(
            self.tr("Note: why the passage is fine, in Markdown"),
            self.tr(
                "Why this passage holds up, e.g. “A named source with a date: you can check it.”"
            ),
            lines=7,
        )
        self.note_text.setTabChangesFocus(True)
        self.note_text.textChanged.connect(
            lambda: self.session.change_note("text", self.note_text.toPlainText().strip())
        )
        self.note_text.installEventFilter(self)
        self.note_text.setMinimumHeight(self.note_text.fontMetrics().lineSpacing() * 3)
        form.addWidget(
            _wrapped(field_label(self.tr("&Note: why the passage is fine"), self.note_text))
        )
        form.addWidget(self.note_text)
        self.note_hint = QLineEdit()
        self.note_hint.setAccessibleName(self.tr("Note hint, optional"))
        self.note_hint.setPlaceholderText(
            self.tr("Optional: what to check, e.g. “Who gave these figures?”")
        )
        self.note_hint.textEdited.connect(lambda t: self.session.change_note("hint", t.strip()))
        self.note_hint.installEventFilter(self)
        # Alt+W: Alt+I is the article's Id, on the page at the same time.
        form.addWidget(
            _wrapped(
                field_label(
                    self.tr("Hint (&what to check; not whether it is fine)"), self.note_hint
                )
            )
        )
        form.addWidget(self.note_hint)
        self.note_check_fields = self._build_check(
            form, "note", self.session.set_note_check, self.session.set_note_check_quote
        )
        self.delete_note_button = self._button(
            self.tr("Delete note"),
            None,
            self.tr("Delete the selected note (Delete in the list)"),
            self.delete_note,
        )
        form.addWidget(self.delete_note_button)
        form.addStretch(1)
        self.note_details = details
        self.note_scroll = scroll = QScrollArea()
        scroll.setWidget(details)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(top)
        split.addWidget(scroll)
        split.setStretchFactor(0, 2)
        split.setStretchFactor(1, 3)
        split.setChildrenCollapsible(False)
        self.note_split = split
        return split

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
        self.show_notes(article)

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

    def _note_selected(self, index: int | None, show: bool) -> None:
        article = self.session.current_article()
        if article is None:
            return
        self.show_notes(article)
        self.show_highlights(
            article, self.session.draft.categories, self.session.current_annotation
        )
        note = article.notes[index] if index is not None else None
        if show and note is not None and note.start >= 0 and self.preview.text == article.text:
            blocked = self.preview.blockSignals(True)
            self.preview.select_span(note.start, note.end)
            self.preview.blockSignals(blocked)

    def _show_annotations(self, article: ArticleDraft) -> None:
        categories, selected = self.session.draft.categories, self.session.current_annotation
        self.show_annotations(article, categories, selected)
        self.show_notes(article)
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
            # Its other places: the same tint, a dashed line.
            for place in annotation.anchors:
                if 0 <= place.start < place.end <= len(article.text):
                    other = QTextEdit.ExtraSelection()
                    other.cursor = self.preview.span_cursor(place.start, place.end)
                    other.format = highlight_format(color, PLACE_UNDERLINE)
                    if annotation.uid == selected:
                        other.format.setBackground(tint(color, 150))
                    selections.append(other)
            # Its core: its own underline, and a deeper tint.
            core = core_span(article, annotation)
            if core is not None:
                mark = QTextEdit.ExtraSelection()
                mark.cursor = self.preview.span_cursor(*core)
                mark.format = highlight_format(color, CORE_UNDERLINE)
                mark.format.setFontOverline(True)
                # In the text's own colour: the category's would vanish on its own tint.
                mark.format.setUnderlineColor(self.preview.palette().text().color())
                mark.format.setBackground(tint(color, 200 if annotation.uid == selected else 140))
                selections.append(mark)
        chosen = self.session.current_note
        for n, note in enumerate(article.notes):
            if 0 <= note.start < note.end <= len(article.text):
                fine = QTextEdit.ExtraSelection()
                fine.cursor = self.preview.span_cursor(note.start, note.end)
                fine.format = highlight_format(NOTE_COLOR, NOTE_UNDERLINE)
                fine.format.setBackground(tint(NOTE_COLOR, 110 if n == chosen else 35))
                selections.append(fine)
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
            set_plain(self.state_label, self.tr("No annotation selected."))
            self._details_uid = None
            fill_categories(self.category, categories, "")
            self.explanation.set_text_quietly("")
            set_line_text(self.hint, "")
            self.accept_button.setVisible(False)
            self.reselect_button.setVisible(False)
            self._show_key_details(article, categories, None)
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
        self._show_key_details(article, categories, annotation)

    def _show_key_details(self, article, categories, annotation: DraftAnnotation | None) -> None:
        """The selected annotation's accepted categories, core and other places."""
        self._quiet = True
        try:
            also = annotation.also if annotation else ()
            wanted = [
                (c.id, f"{n + 1 if n < 9 else ' '}  {c.name}", c.color)
                for n, c in enumerate(categories)
                if annotation is None or c.id != annotation.category
            ]
            known = {c.id for c in categories}
            wanted += [
                (x, self.tr("⚠ unknown category: {id}").format(id=x), UNKNOWN_COLOR)
                for x in also
                if x not in known
            ]
            shown = [
                (
                    self.also_list.item(k).data(Qt.ItemDataRole.UserRole),
                    self.also_list.item(k).text(),
                )
                for k in range(self.also_list.count())
            ]
            if shown != [(i, t) for i, t, _ in wanted]:
                self.also_list.clear()
                for category_id, label, color in wanted:
                    item = QListWidgetItem(swatch(color), label)
                    item.setData(Qt.ItemDataRole.UserRole, category_id)
                    item.setFlags(
                        Qt.ItemFlag.ItemIsEnabled
                        | Qt.ItemFlag.ItemIsUserCheckable
                        | Qt.ItemFlag.ItemIsSelectable
                    )
                    item.setCheckState(Qt.CheckState.Unchecked)  # without a state, no box
                    self.also_list.addItem(item)
            for k in range(self.also_list.count()):
                item = self.also_list.item(k)
                state = (
                    Qt.CheckState.Checked
                    if item.data(Qt.ItemDataRole.UserRole) in also
                    else Qt.CheckState.Unchecked
                )
                if item.checkState() != state:
                    item.setCheckState(state)
            core = annotation.core if annotation else ""
            if normalise(self.core.text()) != core:
                set_line_text(self.core, core)
            set_plain(self.core_state, _core_text(article, annotation) if annotation else "")
            self.clear_core_button.setEnabled(bool(core))
            places = annotation.anchors if annotation else ()
            texts = [_place_text(place) for place in places]
            if [self.places.item(k).text() for k in range(self.places.count())] != texts:
                row = self.places.currentRow()
                self.places.clear()
                for text in texts:
                    self.places.addItem(text)
                if texts:
                    self.places.setCurrentRow(min(max(row, 0), len(texts) - 1))
            self.remove_place_button.setEnabled(bool(places))
        finally:
            self._quiet = False
        check = annotation.check if annotation else None
        show_check(self.check_fields, self.session.draft, check, "red flag")

    def show_notes(self, article: ArticleDraft | None) -> None:
        """The article's passage notes and the selected one's details."""
        rows = [(article, n, note) for n, note in enumerate(article.notes)] if article else []
        selected = self.session.current_note
        self._quiet = True
        try:

            def shown(rows) -> list:
                return [(note, _note_passage(a, note)) for a, _n, note in rows]

            if shown(self.note_rows.rows) != shown(rows):
                self.note_rows.set_rows(rows)
            if selected is not None and selected < len(rows):
                if self.note_list.currentIndex().row() != selected:
                    self.note_list.selectionModel().setCurrentIndex(
                        self.note_rows.index(selected, 0),
                        QItemSelectionModel.SelectionFlag.ClearAndSelect,
                    )
            else:
                self.note_list.selectionModel().clear()
        finally:
            self._quiet = False
        annotations = len(article.annotations) if article else 0
        self.key_tabs.setTabText(
            0, self.tr("Annotations ({count})").format(count=number_text(annotations))
        )
        self.key_tabs.setTabText(1, self.tr("Notes ({count})").format(count=number_text(len(rows))))
        self.note_hint_label.setVisible(not rows)
        note = (
            article.notes[selected]
            if article and selected is not None and selected < len(rows)
            else None
        )
        self.note_details.setEnabled(note is not None)
        show_check(self.note_check_fields, self.session.draft, note.check if note else None, "note")
        if note is None:
            set_plain(self.note_state, self.tr("No note selected."))
            self.note_text.set_text_quietly("")
            set_line_text(self.note_hint, "")
            self.move_note_button.setVisible(False)
            return
        set_plain(self.note_state, _note_state_text(article, note))
        self.move_note_button.setVisible(note.start < 0)
        if self.note_text.toPlainText().strip() != note.text:
            self.note_text.set_text_quietly(note.text)
        if self.note_hint.text().strip() != note.hint:
            set_line_text(self.note_hint, note.hint)

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

    def _note_row_changed(self, current, _previous=None) -> None:
        row = self.note_rows.row(current)
        if row is not None and not self._quiet:
            self.session.select_note(row[1])

    def _also_toggled(self, _item) -> None:
        if self._quiet:
            return
        checked = [
            self.also_list.item(k).data(Qt.ItemDataRole.UserRole)
            for k in range(self.also_list.count())
            if self.also_list.item(k).checkState() == Qt.CheckState.Checked
        ]
        self.session.set_also(checked)

    def _status(self, message: str) -> None:
        self.session.status.emit(message)

    # -- the rest of the answer key ------------------------------------------------------------
    def set_core_from_selection(self) -> None:
        """Make the words selected in the preview the core of the annotation they lie in."""
        article = self.session.flush()
        if article is None:
            return
        span = self._selected_span(article)
        problem = span if isinstance(span, str) else self.session.core_from_span(span)
        if problem:
            self._status(self.tr("Cannot set the core: {problem}.").format(problem=problem))
        else:
            self._status(self.tr("Core set: it is marked with a line above and below."))

    def add_place(self) -> None:
        """Add the passage selected in the preview as another place of a red flag.

        Which one is asked (the selected one first): moving the caret to the passage may
        have passed through other annotations, and selecting one in the list would
        select its own passage instead.
        """
        article = self.session.flush()
        if article is None:
            return
        if not article.annotations:
            self._status(self.tr("Cannot add a place: annotate the red flag first."))
            return
        span = self._selected_span(article)
        if isinstance(span, str):
            self._status(self.tr("Cannot add the place: {problem}.").format(problem=span))
            return
        uid = self._choose_annotation(
            article, self.tr("Add place"), self.tr("Another place of which red flag?")
        )
        if uid is None:
            return
        problem = self.session.add_place(span, uid)
        if problem:
            self._status(self.tr("Cannot add the place: {problem}.").format(problem=problem))
        else:
            self.places.setCurrentRow(self.places.count() - 1)
            self._status(self.tr("Place added: flagging it finds this red flag too."))

    def _choose_annotation(self, article: ArticleDraft, title: str, label: str) -> int | None:
        """The uid of an annotation the author picks (the selected one offered first)."""
        annotations = article.annotations
        if len(annotations) == 1:
            return annotations[0].uid
        names = {c.id: c.name for c in self.session.draft.categories}
        items = [
            f"{_quote(_passage(article, a), 50)} · {names.get(a.category, a.category)}"
            for a in annotations
        ]
        current = article.index_of(self.session.current_annotation or -1) or 0
        choice = choose_item(self, title, label, items, current)
        return None if choice is None else annotations[choice].uid

    def remove_place(self) -> None:
        """Remove the other place selected in the list."""
        if self.session.remove_place(self.places.currentRow()):
            self._status(self.tr("Place removed; Ctrl+Z brings it back."))
        else:
            self._status(self.tr("Select a place in the list first."))

    def focus_also(self) -> bool:
        """Put the focus in the selected annotation's accepted categories."""
        if self.session.selected_annotation() is None:
            self._status(self.tr("Select an annotation first (F8 or the list)."))
            return False
        self.show_key_tab(0)
        self.also_list.setFocus()
        checked = [
            k
            for k in range(self.also_list.count())
            if self.also_list.item(k).checkState() == Qt.CheckState.Checked
        ]
        if self.also_list.count():
            self.also_list.setCurrentRow(checked[0] if checked else 0)
        return True

    def show_key_tab(self, index: int) -> None:
        self.key_tabs.setCurrentIndex(index)

    def add_note(self) -> int | None:
        """A note on the passage selected in the preview; its text box gets the focus."""
        article = self.session.flush()
        if article is None:
            return None
        span = self._selected_span(article)
        index = span if isinstance(span, str) else self.session.add_note(span)
        if isinstance(index, str):
            self._status(self.tr("Cannot add a note: {problem}.").format(problem=index))
            return None
        self.show_key_tab(1)
        self.note_text.setFocus()
        self._status(
            self.tr("Note added. Say why the passage is fine; Esc goes back to the preview.")
        )
        return index

    def move_note(self) -> None:
        """Move the selected note to the passage selected in the preview."""
        article = self.session.flush()
        if article is None or self.session.selected_note() is None:
            self._status(self.tr("Select the note to move first."))
            return
        span = self._selected_span(article)
        problem = span if isinstance(span, str) else self.session.move_selected_note(span)
        if problem:
            self._status(self.tr("Cannot move the note: {problem}.").format(problem=problem))

    def delete_note(self) -> None:
        """Delete the selected note."""
        if self.session.delete_selected_note():
            self._status(self.tr("Note deleted; Ctrl+Z brings it back."))
        else:
            self._status(self.tr("Select a note first."))

    # -- annotating --------------------------------------------------------------------------
    def _selected_span(self, article: ArticleDraft) -> tuple[int, int] | str:
        """The passage selected in the preview (or the Markdown), or why there is none."""
        if self._preview_focused or not self.source.textCursor().hasSelection():
            if self.preview.text != article.text:
                return self.tr("the preview was out of date; select the passage again")
            span = self.preview.selected_span()
            if span is None:
                return self.tr("select a passage in the preview first (Shift+arrows or the mouse)")
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
            self._status(self.tr("Cannot annotate: {problem}.").format(problem=span))
            return None
        existing = {a.uid for a in article.annotations}
        uid = self.session.annotate(span, category)
        if isinstance(uid, str):
            self._status(self.tr("Cannot annotate: {problem}.").format(problem=uid))
            return None
        if uid not in existing:
            self.explanation.setFocus()
            self._status(self.tr("Annotated. Type the explanation; Esc goes back to the preview."))
        return uid

    def reselect_annotation(self) -> None:
        """Move the selected annotation to the selected passage (how an orphan gets fixed)."""
        article = self.session.flush()
        if article is None or self.session.selected_annotation() is None:
            self._status(self.tr("Select the annotation to move first (F8 or the list)."))
            return
        span = self._selected_span(article)
        problem = span if isinstance(span, str) else self.session.move_selected_annotation(span)
        if problem:
            self._status(self.tr("Cannot move the annotation: {problem}.").format(problem=problem))

    def number_key(self, number: int) -> None:
        """A number key in the preview: annotate the selection, or recategorise at the caret."""
        categories = self.session.draft.categories
        if number > len(categories):
            self._status(self.tr("There is no category {number}.").format(number=number))
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
                self._status(
                    self.tr("Select a passage first (Shift+arrows), then press its number.")
                )
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
        choice = choose_item(self, self.tr("Category"), self.tr("Red-flag category:"), names, start)
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
            self._status(
                self.tr("Only an annotation whose quote changed has a new passage to accept.")
            )

    def delete_annotation(self) -> None:
        """Delete the selected annotation."""
        if self.session.delete_selected_annotation():
            self._status(self.tr("Annotation deleted; Ctrl+Z brings it back."))
        else:
            self._status(self.tr("Select an annotation first (F8 or the list)."))

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
            self._status(self.tr("This article has no annotations yet."))
            return
        self.session.select_annotation(uid)
        self.preview.setFocus()

    def next_needing_author(self) -> bool:
        """Go to the next annotation, here or in a following article, that is fuzzy or orphaned."""
        found = self.session.next_needing_author()
        if found is None:
            self._status(self.tr("No annotation needs you: every one is on its quote."))
            return False
        article, annotation = found
        self.session.select_article(article)
        self.session.select_annotation(annotation)
        self.annotation_list.setFocus()
        return True

    def focus_detail(self, field: str) -> bool:
        """Put the focus in the selected annotation's explanation or hint."""
        if self.session.selected_annotation() is None:
            self._status(self.tr("Select an annotation first (F8 or the list)."))
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
        caret = self.preview.caret()
        hit = annotation_at(article, caret) or _place_at(article, caret)
        if hit is not None and hit.uid != self.session.current_annotation:
            self.session.select_annotation(hit.uid, show=False)
            self.show_key_tab(0)
        elif hit is None and (note := note_at(article, caret)) is not None:
            if note != self.session.current_note:
                self.session.select_note(note, show=False)
            self.show_key_tab(1)

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
        if obj is self.places and plain and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.remove_place()
            return True
        if obj is self.note_list:
            if plain and key in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.delete_note()
                return True
            if plain and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.note_text.setFocus()
                return True
        editors = (
            self.explanation,
            self.hint,
            self.core,
            self.note_text,
            self.note_hint,
            self.check_fields.quote,
            self.note_check_fields.quote,
        )
        if obj in editors and plain and key == Qt.Key.Key_Escape:
            self.preview.setFocus()
            return True
        return False


def _article_line(row: tuple[int, ArticleDraft, int]) -> str:
    n, article, mark = row
    flag = f"  ⚠ {mark}" if mark else ""
    headline = article.meta.headline or translate("ArticlePage", "(no headline)")
    return f"{n + 1}. {headline}{flag}"


def _article_tip(row: tuple[int, ArticleDraft, int]) -> str:
    _n, article, mark = row
    meta = article.meta
    # The count in a variable: pyside6-lupdate misses a plural whose number is a call.
    count = len(article.annotations)
    tip = translate(
        "ArticlePage", "{id} · {kind} · difficulty {difficulty} · %n annotation(s)", "", count
    ).format(id=meta.id, kind=kind_words(meta.kind), difficulty=meta.difficulty)
    if mark:
        tip += "\n" + translate("ArticlePage", "%n thing(s) need attention", "", mark)
    return tip


def _passage(article: ArticleDraft, annotation: DraftAnnotation) -> str:
    if annotation.has_span and annotation.end <= len(article.text):
        return article.text[annotation.start : annotation.end]
    return annotation.quote


def _category_name(category: Category | None, annotation: DraftAnnotation) -> str:
    if category:
        return category.name  # the pack's own name: the editor edits it
    return translate("ArticlePage", "unknown category {id}").format(id=repr(annotation.category))


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
    if annotation.also:
        tip += "\n" + translate("ArticlePage", "Also accepted: {ids}").format(
            ids=", ".join(annotation.also)
        )
    if annotation.core:
        tip += "\n" + translate("ArticlePage", "Core: {quote}").format(
            quote=_quote(annotation.core)
        )
    if annotation.anchors:
        places = len(annotation.anchors)
        tip += "\n" + translate("ArticlePage", "%n other place(s)", "", places)
    if not annotation.explanation.strip():
        tip += "\n" + translate("ArticlePage", "✎ It needs an explanation.")
    return tip


def _annotation_swatch(row):
    _article, _annotation, category = row
    return swatch(category.color if category else UNKNOWN_COLOR)


def annotation_state(annotation: DraftAnnotation) -> str:
    """The short state shown in the list: a symbol and words, and ✎ when it lacks an explanation."""
    symbol, words = SHORT_STATES[annotation.status]
    state = f"{symbol} {translate('ArticlePage', words)}"
    if not annotation.explanation.strip():
        state += " · " + translate("ArticlePage", "✎ no explanation")
    return state


def _tags(text: str) -> tuple[str, ...]:
    return tuple(t.strip() for t in text.split(",") if t.strip())


def _state_text(annotation: DraftAnnotation, article: ArticleDraft) -> str:
    symbol, _words = STATES[annotation.status]
    quote = _quote(annotation.quote)
    if annotation.status == FUZZY:
        proposed = article.text[annotation.start : annotation.end]
        said = translate(
            "ArticlePage",
            "The text changed. It marked {quote}; the closest passage now is {proposed} "
            "({similarity} alike). Accept it, or select the right passage and use the selection.",
        ).format(quote=quote, proposed=_quote(proposed), similarity=percent(annotation.similarity))
    elif annotation.status == ORPHANED:
        said = translate(
            "ArticlePage",
            "Orphaned: {quote} is no longer in the text. Select the passage it should mark and "
            "use the selection, or delete the annotation.",
        ).format(quote=quote)
    elif annotation.status == MOVED:
        said = translate("ArticlePage", "Moved with the text; still on {quote}.").format(
            quote=quote
        )
    else:
        said = translate("ArticlePage", "Anchored on {quote}.").format(quote=quote)
    return f"{symbol} {said}"


def normalise(text: str) -> str:
    """Runs of spaces as one, no spaces at the ends: what a core or quote means."""
    return " ".join(text.split())


def _place_at(article: ArticleDraft, position: int) -> DraftAnnotation | None:
    """The annotation one of whose other places holds ``position``, if any."""
    for annotation in article.annotations:
        for place in annotation.anchors:
            if (
                place.start >= 0
                and place.start <= position <= place.end
                and place.end > place.start
            ):
                return annotation
    return None


def _place_text(place) -> str:
    if place.start >= 0:
        return f"{PLACE_SYMBOL} {_quote(place.quote)}"
    return translate("ArticlePage", "⚠ not found in the text: {quote}").format(
        quote=_quote(place.quote)
    )


def _core_text(article: ArticleDraft, annotation: DraftAnnotation) -> str:
    if not annotation.core:
        return translate("ArticlePage", "No core: a flag must cover enough of the quote.")
    problem = core_problem(article, annotation, annotation.core)
    if problem:
        return f"⚠ {problem}."
    return translate(
        "ArticlePage",
        "✓ Marked in the preview with a line above it: flagging just these words finds it.",
    )


def _note_passage(article: ArticleDraft, note) -> str:
    return note.quote if note.start < 0 else article.text[note.start : note.end]


def _note_line(row) -> str:
    article, _n, note = row
    if note.start >= 0:
        state = translate("ArticlePage", "{symbol} fine").format(symbol=NOTE_SYMBOL)
    else:
        state = translate("ArticlePage", "⚠ not found")
    said = note.text.split("\n", 1)[0] if note.text else translate("ArticlePage", "✎ no note yet")
    return f"{_note_passage(article, note)}\n{state} · {said}"


def _note_tip(row) -> str:
    article, _n, note = row
    return f"{_note_passage(article, note)}\n{_note_state_text(article, note)}\n{note.text}"


def _note_state_text(article: ArticleDraft, note) -> str:
    if note.start < 0:
        return translate(
            "ArticlePage",
            "⚠ {quote} is not found once in the text. Select the passage it should mark and use "
            "the selection, or delete the note.",
        ).format(quote=_quote(note.quote))
    return translate(
        "ArticlePage", "{symbol} On {quote} (dotted underline in the preview)."
    ).format(symbol=NOTE_SYMBOL, quote=_quote(note.quote))


def _wrapped(label: QLabel) -> QLabel:
    """``label`` wrapping onto more lines: at large text sizes the details column is narrow."""
    label.setWordWrap(True)
    return label


def _one_line(text: str) -> str:
    """Pack text for one line of a list: its spaces and line breaks as single spaces, and
    bidi controls drawn as marks (a page title is the author's, and may be anything)."""
    return " ".join(display_text(text).split())


def check_choice_text(page_id: str, title: str, kind: str) -> str:
    """How the chooser lists a page: ``id — title, kind in words``."""
    if kind in KIND_NAMES:
        words = KIND_NAMES[kind]
    elif kind:
        words = translate("ArticlePage", "unknown kind {kind}").format(kind=repr(kind))
    else:
        words = translate("ArticlePage", "no kind")
    title = title or translate("ArticlePage", "(no title)")
    return _one_line(f"{page_id} — {title}, {words}")


def show_check(fields: CheckFields, draft: PackDraft, check: CheckPointer | None, what: str):
    """Show ``check`` in ``fields``: the pack's pages to choose from, its passage, its state."""
    wanted, ids = _choice_items(draft.sources, draft)
    if check is not None and check.source not in ids:
        missing = translate("ArticlePage", "⚠ no such page: {page}").format(page=check.source)
        wanted = (*wanted, (_one_line(missing), check.source))
    combo = fields.page
    blocked = combo.blockSignals(True)
    try:
        if wanted != fields.shown:
            combo.clear()
            for k, (text, data) in enumerate(wanted):
                combo.addItem(text, data)
                combo.setItemData(k, plain_tooltip(text), Qt.ItemDataRole.ToolTipRole)
            fields.shown = wanted
        index = combo.findData(check.source) if check is not None else 0
        combo.setCurrentIndex(max(index, 0))
    finally:
        combo.blockSignals(blocked)
    quote = check.quote if check is not None else ""
    if normalise(fields.quote.text()) != quote:
        set_line_text(fields.quote, quote)
    fields.quote.setEnabled(check is not None)
    set_plain(fields.state, check_state_text(draft, check, what, bool(ids)))


#: The chooser's items for the last set of pages shown: (``PackDraft.sources``, items).
_choices_shown: list = [None, ((), frozenset())]


def _choice_items(sources, draft: PackDraft) -> tuple[tuple, frozenset]:
    """The chooser's items for the pack's pages, and their ids: made once per set of pages
    (the details are shown again on every change), the same tuple while the pages stay."""
    no_check = translate("ArticlePage", NO_CHECK)
    # Made again for another set of pages, or in another language.
    if _choices_shown[0] is not sources or _choices_shown[1][0][:1] != ((no_check, None),):
        choices = check_choices(draft)
        items = ((no_check, None),) + tuple(
            (check_choice_text(c.id, c.title, c.kind), c.id) for c in choices
        )
        _choices_shown[:] = [sources, (items, frozenset(c.id for c in choices))]
    return _choices_shown[1]


def check_state_text(draft: PackDraft, check: CheckPointer | None, what: str, pages: bool) -> str:
    """What the check of a red flag (or a note) does for learners, in words."""
    if check is None:
        if not pages:
            return translate(
                "ArticlePage",
                "No check. The pack has no source pages yet: the Sources tab (Alt+V, S) adds them.",
            )
        if what == "red flag":
            return translate("ArticlePage", "No check: feedback names no page for this red flag.")
        return translate("ArticlePage", "No check: feedback names no page for this note.")
    problem = check_problem(draft, check)
    if problem:
        return f"⚠ {problem}."
    if not check.quote:
        return translate(
            "ArticlePage",
            "✓ Feedback offers the whole page. Give its words above to have them "
            "highlighted when the learner opens it.",
        )
    return translate(
        "ArticlePage",
        "✓ The passage is in the page once: feedback opens the page with it highlighted.",
    )
