"""The Lessons page: a lesson per red-flag category, written in Markdown with a live preview.

A lesson has three sections (What it is, Example, How to check) and marks the red flag of
its worked example ``==like this==`` (docs/content-pack.md). The preview renders it with
the one rendering, as learners will see it; marked words are bold and underlined on a
tint, and named under the preview, so the marks never rest on colour alone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QColor, QFont, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from spotit.authoring.draft import LessonDraft, PackDraft
from spotit.content.lessons import SECTIONS
from spotit.content.render import render_lesson
from spotit.core.textpos import Utf16Map
from spotit.gui.document import build_document, display_text
from spotit.gui.editor.session import EditorSession
from spotit.gui.editor.widgets import (
    ListKeys,
    TextArea,
    field_label,
    list_and_details,
    list_pane,
    list_table,
    preview_pane,
    problem_column,
    set_line_text,
)
from spotit.gui.itemmodels import Column, RowsModel
from spotit.gui.plain import set_plain

#: Re-render the preview this long after the author stops typing.
PREVIEW_DELAY_MS = 250
#: "No order": the lesson is listed by its category's place in the palette.
NO_ORDER = -1
MARK_TINT = "#fff1a8"


class LessonsPage(QWidget):
    """List and details of the pack's lessons; every edit is an undoable change."""

    def __init__(self, session: EditorSession) -> None:
        super().__init__()
        self.session = session
        self.current: int | None = None
        self._quiet = False
        #: how many problems each lesson has, by uid (from the last validation)
        self._problems: dict[int, int] = {}
        left, left_layout, _ = list_pane(
            self.tr(
                "A lesson teaches one red flag before learners meet it: what it is, an invented "
                "example with the red flag marked ==like this==, and how to check. Listed in the "
                "order learners meet them."
            )
        )
        self.rows: RowsModel[LessonDraft] = RowsModel(
            [
                Column(self.tr("Category"), self._category_name),
                Column(self.tr("Title"), lambda x: display_text(x.title)),
                Column(self.tr("Order"), lambda x: "" if x.order is None else str(x.order)),
                problem_column(self.tr("Problems"), lambda: self._problems, lambda x: x.uid),
            ],
            parent=self,
        )
        self.table = list_table(self.rows, self.tr("Lessons"), stretch=1, first_chars=26)
        self.table.setToolTip(self.tr("Delete deletes the selected lesson."))
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        ListKeys(self.table, self.delete_lesson, self.new_category_focus)
        left_layout.addWidget(field_label(self.tr("Less&ons"), self.table))
        left_layout.addWidget(self.table, 1)
        adding = QHBoxLayout()
        self.new_category = QComboBox()
        self.new_category.setAccessibleName(self.tr("Category of the new lesson"))
        self.new_category.setToolTip(self.tr("Categories that have no lesson yet"))
        self.new_category.setPlaceholderText(self.tr("every category has one"))
        self.add_button = QPushButton(self.tr("A&dd lesson"))
        self.add_button.setToolTip(self.tr("Add a lesson on the category chosen beside it"))
        self.add_button.clicked.connect(self.add_lesson)
        new_label = field_label(self.tr("Ne&w lesson on"), self.new_category)
        adding.addWidget(new_label)
        adding.addWidget(self.new_category, 1)
        adding.addWidget(self.add_button)
        left_layout.addLayout(adding)
        self.delete_button = QPushButton(self.tr("De&lete lesson"))
        self.delete_button.clicked.connect(self.delete_lesson)
        left_layout.addWidget(self.delete_button)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.category = QComboBox()
        self.category.setAccessibleName(self.tr("Lesson category"))
        self.category.activated.connect(self._category_chosen)
        self.title = QLineEdit()
        self.title.setAccessibleName(self.tr("Lesson title"))
        self.title.textEdited.connect(lambda t: self._edited("title", t.strip()))
        self.order = QSpinBox()
        self.order.setAccessibleName(self.tr("Lesson order"))
        self.order.setRange(NO_ORDER, 99_999)
        self.order.setSpecialValueText(self.tr("By category"))
        self.order.setToolTip(
            self.tr(
                "Lessons with an order come first, lowest first; the others follow in the "
                "order of their categories."
            )
        )
        self.order.valueChanged.connect(self._order_changed)
        form.addRow(self.tr("Cate&gory"), self.category)
        form.addRow(self.tr("T&itle"), self.title)
        form.addRow(self.tr("O&rder"), self.order)
        right_layout.addLayout(form)
        texts = QSplitter(Qt.Orientation.Vertical)
        source_box = QWidget()
        source_layout = QVBoxLayout(source_box)
        source_layout.setContentsMargins(0, 0, 0, 0)
        self.source = TextArea(
            self.tr("Lesson Markdown"),
            "## What it is … ## Example … ## How to check …",  # not translated: required headings
        )
        self.source.setTabChangesFocus(True)
        self.source.textChanged.connect(
            lambda: self._edited("body", self.source.toPlainText(), typing=True)
        )
        # The headings stay as the format requires them; only the quotes are the language's.
        sections = ", ".join(self.tr("“## {section}”").format(section=s) for s in SECTIONS)
        markdown_label = field_label(
            self.tr("&Markdown: the sections {sections}").format(sections=sections), self.source
        )
        markdown_label.setWordWrap(True)  # long at a large text size
        source_layout.addWidget(markdown_label)
        source_layout.addWidget(self.source, 1)
        texts.addWidget(source_box)
        preview_box, self.preview, self.marked = preview_pane(
            "lesson", self.tr("Words marked as the red flag")
        )
        self.preview.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        texts.addWidget(preview_box)
        texts.setChildrenCollapsible(False)
        right_layout.addWidget(texts, 1)
        self.details = right
        # A third of the width for the list, in the current font: category names are long.
        list_and_details(self, left, right, (50, 100))
        self._document = None
        #: the (start, end) code-point spans the preview shows as marked
        self.marks: list[tuple[int, int]] = []
        self._shown: tuple[str, str] | None = None
        self._source_uid: int | None = None  # the lesson the Markdown field shows
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.update_preview)
        session.draft_changed.connect(self._draft_changed)
        session.problems_changed.connect(self._problems_changed)

    # -- following the session -------------------------------------------------------------
    def _category_name(self, lesson: LessonDraft) -> str:
        category = self.session.draft.category(lesson.category)
        if category is None:
            return display_text(self.tr("{category} (unknown)").format(category=lesson.category))
        return display_text(category.name)

    def _draft_changed(self, old, focus, typing: bool) -> None:
        draft = self.session.draft
        if (
            old is None
            or old.lessons != draft.lessons
            or old.categories != draft.categories
            or focus.page == "lessons"
        ):
            self.show_lessons(draft, focus.lesson if focus.page == "lessons" else self.current)
            if typing:
                self._timer.start()
            else:
                self.update_preview()

    def _problems_changed(self, issues) -> None:
        counts: dict[int, int] = {}
        for issue in issues:
            if issue.target.lesson is not None:
                counts[issue.target.lesson] = counts.get(issue.target.lesson, 0) + 1
        if counts != self._problems:
            self._problems = counts
            self.show_lessons(self.session.draft, self.current)

    def widget_for(self, field: str) -> QWidget:
        """The field that edits ``field`` of a lesson (the list for anything else)."""
        return {
            "category": self.category,
            "title": self.title,
            "order": self.order,
            "body": self.source,
        }.get(field, self.table)

    def show_lessons(self, draft: PackDraft, current: int | None) -> None:
        """The list of lessons, with ``current`` (or the first) selected and shown."""
        lessons = draft.ordered_lessons()
        self.current = current if draft.lesson(current or -1) is not None else None
        if self.current is None and lessons:
            self.current = lessons[0].uid
        self._quiet = True
        try:
            self.rows.set_rows(lessons)
            uids = [x.uid for x in lessons]
            if self.current in uids:
                self.table.setCurrentIndex(self.rows.index(uids.index(self.current), 0))
            self.new_category.clear()
            for category in draft.without_lesson():
                self.new_category.addItem(display_text(category.name), category.id)
            # With a placeholder, a filled combo selects nothing by itself.
            self.new_category.setCurrentIndex(0 if self.new_category.count() else -1)
        finally:
            self._quiet = False
        free = self.new_category.count() > 0
        self.add_button.setEnabled(free)
        self.new_category.setEnabled(free)
        if not free:
            self.add_button.setToolTip(self.tr("Every category has a lesson"))
        self.show_details(draft, draft.lesson(self.current or -1))

    def show_details(self, draft: PackDraft, lesson: LessonDraft | None) -> None:
        """The selected lesson's fields."""
        self.details.setEnabled(lesson is not None)
        self.delete_button.setEnabled(lesson is not None)
        self._quiet = True
        try:
            self.category.clear()
            if lesson is None:
                set_line_text(self.title, "")
                self.source.set_text_quietly("")
                self.order.setValue(NO_ORDER)
                return
            choices = [c for c in draft.categories if c.id == lesson.category]
            choices += draft.without_lesson()
            choices.sort(key=draft.categories.index)
            for category in choices:
                self.category.addItem(display_text(category.name), category.id)
            if draft.category(lesson.category) is None:
                self.category.insertItem(
                    0,
                    self.tr("{category} (not a category of the pack)").format(
                        category=lesson.category
                    ),
                )
                self.category.setItemData(0, lesson.category)
            self.category.setCurrentIndex(max(0, self.category.findData(lesson.category)))
            if self.title.text().strip() != lesson.title:
                set_line_text(self.title, lesson.title)
            self.order.setValue(NO_ORDER if lesson.order is None else lesson.order)
            if self.source.toPlainText() != lesson.body:
                self.source.set_text_quietly(lesson.body)
            if lesson.uid != self._source_uid:
                # Another lesson: start at its top, not where the last one's caret was.
                self._source_uid = lesson.uid
                cursor = self.source.textCursor()
                cursor.setPosition(0)
                self.source.setTextCursor(cursor)
        finally:
            self._quiet = False

    def update_preview(self) -> None:
        """Render the selected lesson into the preview, its marks bold and underlined."""
        self._timer.stop()
        lesson = self.session.draft.lesson(self.current or -1)
        wanted = (lesson.title, lesson.body) if lesson is not None else None
        if wanted == self._shown:
            return
        self._shown = wanted
        if lesson is None:
            self.preview.clear()
            self.marked.setText("")
            self.marks = []
            return
        rendered = render_lesson(lesson.title, lesson.body)
        document = build_document(rendered.blocks, self.preview)
        document.setDocumentMargin(16)
        self.preview.setDocument(document)
        if self._document is not None:
            self._document.deleteLater()
        self._document = document
        positions = Utf16Map(rendered.text)
        # Formatted into the preview's own document: an extra selection cannot make text bold
        # (Qt draws only what leaves the layout alone), and bold is what makes a mark more
        # than a colour.
        fmt = QTextCharFormat()
        fmt.setBackground(QColor(MARK_TINT))
        fmt.setForeground(QColor("#1a1a1a"))
        fmt.setFontWeight(QFont.Weight.Bold.value)
        fmt.setFontUnderline(True)
        for start, end in rendered.marks:
            cursor = QTextCursor(document)
            cursor.setPosition(positions.to_utf16(start))
            cursor.setPosition(positions.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
            cursor.mergeCharFormat(fmt)
        self.marks = list(rendered.marks)
        words = [rendered.text[a:b] for a, b in rendered.marks]
        if words:
            said = "; ".join(self.tr("“{words}”").format(words=display_text(w)) for w in words)
            set_plain(
                self.marked,
                self.tr("Marked as the red flag (bold, underlined): {words}").format(words=said),
            )
        else:
            set_plain(
                self.marked,
                self.tr("⚠ Nothing is marked yet: mark the red flag in the Example ==like this==."),
            )

    # -- editing ---------------------------------------------------------------------------------
    def _edited(self, field: str, value, typing: bool = False) -> None:
        if self._quiet or self.current is None:
            return
        self.session.change_lesson(self.current, field, value)

    def _category_chosen(self, index: int) -> None:
        category = self.category.itemData(index)
        if category:
            self._edited("category", category)

    def _order_changed(self, value: int) -> None:
        self._edited("order", None if value == NO_ORDER else value)

    def _row_changed(self, index, _previous=None) -> None:
        lesson = self.rows.row(index)
        if lesson is not None and not self._quiet:
            self.current = lesson.uid
            self.show_details(self.session.draft, lesson)
            self.update_preview()

    def add_lesson(self) -> None:
        """Add a lesson on the category chosen beside the button, and start on its title."""
        category = self.new_category.currentData()
        if not category:
            return
        uid = self.session.add_lesson(category)
        self.show_lessons(self.session.draft, uid)
        self.update_preview()
        self.title.setFocus()
        self.title.selectAll()

    def delete_lesson(self) -> None:
        """Delete the selected lesson (undo brings it back)."""
        if self.current is None:
            return
        title = self.session.draft.lesson(self.current).title
        after = self.session.delete_lesson(self.current)
        self.show_lessons(self.session.draft, after)
        self.update_preview()
        self.session.status.emit(
            self.tr("Deleted the lesson “{title}” (Ctrl+Z brings it back).").format(title=title)
        )

    def new_category_focus(self) -> None:
        """Insert in the list: choose the category of a new lesson."""
        self.new_category.setFocus()
