"""The library: every article of the open packs, with this learner's progress."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from spotit.gui.document import display_text
from spotit.gui.itemmodels import Column, RowRole, RowsModel, SortRole, rows_view
from spotit.gui.plain import escape, plain_label, plain_tooltip, set_plain
from spotit.practice import (
    DONE,
    IN_PROGRESS,
    NEW,
    LibraryEntry,
    Practice,
    PracticeError,
    next_article,
)
from spotit.practice.library import DIFFICULTY_LABELS, same_story, tags_of
from spotit.store.pack import PackError
from spotit.store.progress import ProgressError

if TYPE_CHECKING:
    from spotit.practice.checks import CheckDue
    from spotit.practice.plan import PlanItem, PracticeSet
    from spotit.practice.today import RunningSet

COLUMNS: list[Column[LibraryEntry]] = [
    Column(
        "Headline",
        lambda e: display_text(e.headline),  # bidi controls shown as marks, never obeyed
        sort=lambda e: e.position,
        tooltip=lambda e: display_text(e.headline),
    ),
    Column("Outlet", lambda e: display_text(e.outlet), sort=lambda e: e.outlet.lower()),
    Column("Difficulty", lambda e: e.difficulty_label, sort=lambda e: e.difficulty),
    Column("Tags", lambda e: ", ".join(e.tags)),
    Column(
        "Status",
        lambda e: e.status,
        tooltip=lambda e: f"Submitted {e.attempts} times" if e.attempts > 1 else "",
    ),
    Column(
        "Best score",
        lambda e: "—" if e.best_score is None else str(e.best_score),
        sort=lambda e: -1 if e.best_score is None else e.best_score,
    ),
    Column("Last attempt", lambda e: e.last_attempt_text, sort=lambda e: e.last_attempt),
    Column("Pack", lambda e: e.pack_title),
]
HEADLINE, OUTLET, DIFFICULTY, TAGS, STATUS, BEST, LAST, PACK = range(len(COLUMNS))

#: The most articles a practice set can have (``spotit.practice.plan.MAX_SIZE``, which is
#: not imported at start-up: the plan loads after the library shows).
MAX_SET_SIZE = 20


def plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def due_phrase(due: datetime, now: datetime) -> str:
    """When a card falls due, as a learner says it: "in 5 hours", "tomorrow", "in 3 days".

    Within half a day it is hours; after that, days are counted in local time (a card due
    at 09:00 tomorrow is due "tomorrow"). A card already due reads "due now".
    """
    if due <= now:
        return "due now"
    left = due - now
    days = (due.astimezone().date() - now.astimezone().date()).days
    if left < timedelta(minutes=59, seconds=30):
        return f"in {plural(max(1, round(left.seconds / 60)), 'minute', 'minutes')}"
    if left < timedelta(hours=12) or days <= 0:  # "tomorrow" for one hour after midnight misleads
        return f"in {plural(max(1, round(left.seconds / 3600)), 'hour', 'hours')}"
    if days == 1:
        return "tomorrow"
    if days < 14:
        return f"in {days} days"
    if days < 60:
        return f"in {round(days / 7)} weeks"
    if days < 730:
        return f"in {round(days / 30.4)} months"
    return f"in {round(days / 365.25)} years"


def due_line(practice_set: PracticeSet, now: datetime) -> str:
    """What is due, for the line above the library: "3 red-flag kinds are due for review ·
    next one tomorrow"."""
    kinds = len(practice_set.categories_due)
    calibration = any(c.is_calibration for c in practice_set.due)
    if kinds:
        line = f"{plural(kinds, 'red-flag kind is', 'red-flag kinds are')} due for review"
        if calibration:
            line += ", and the over-flagging check"
    elif calibration:
        line = "The over-flagging check is due"
    elif practice_set.next_due is None:
        return "Nothing to review yet: today's practice brings you red flags you have not met."
    else:
        line = "Nothing is due for review"
    if practice_set.next_due is not None:
        line += f" · next one {due_phrase(practice_set.next_due, now)}"
    return line


TO_DO, NEXT, DONE_MARK = "To do", "▶ Next", "✓ Done"


@dataclass(frozen=True)
class SetRow:
    """One article of today's practice as the library lists it."""

    number: int
    item: PlanItem
    headline: str
    state: str  # TO_DO, NEXT or DONE_MARK

    @property
    def key(self) -> tuple[str, str]:
        return self.item.key


SET_COLUMNS: list[Column[SetRow]] = [
    Column("", lambda r: f"{r.number}."),
    Column(
        "Article",
        lambda r: display_text(r.headline),
        tooltip=lambda r: display_text(r.headline),
    ),
    Column(
        "Why",
        lambda r: display_text(r.item.reason),  # names a pack's category: shown, never obeyed
        tooltip=lambda r: display_text(r.item.reason),
    ),
    Column("Done", lambda r: r.state),
]


class LibraryFilter(QSortFilterProxyModel):
    """Difficulty, tag and status filters over the library model."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.difficulty = 0
        self.tag = ""
        self.status = ""
        self.setSortRole(SortRole)

    def set_filters(self, difficulty: int, tag: str, status: str) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.10; invalidateFilter() is deprecated there
            self.beginFilterChange()
            self.difficulty, self.tag, self.status = difficulty, tag, status
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.difficulty, self.tag, self.status = difficulty, tag, status
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802
        entry: LibraryEntry | None = self.sourceModel().index(row, 0, parent).data(RowRole)
        if entry is None:
            return False
        if self.difficulty and entry.difficulty != self.difficulty:
            return False
        if self.tag and self.tag not in entry.tags:
            return False
        return not self.status or entry.status == self.status

    def entries(self) -> list[LibraryEntry]:
        """The entries shown, in the order shown."""
        return [self.index(r, 0).data(RowRole) for r in range(self.rowCount())]


class LibraryPage(QWidget):
    open_requested = Signal(str, str)  # pack id, article id
    check_requested = Signal(str, str)  # pack id, check id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.practice: Practice | None = None
        self.model: RowsModel[LibraryEntry] = RowsModel(COLUMNS, self)
        self.proxy = LibraryFilter(self)
        self.proxy.setSourceModel(self.model)

        self.greeting = QLabel()
        self.greeting.setWordWrap(True)
        self.problem = plain_label()  # why results are missing, when they cannot be read
        self.problem.setWordWrap(True)
        self.problem.hide()
        self._build_check_line()
        self.difficulty_box = QComboBox()
        self.difficulty_box.addItem("Any difficulty", 0)
        for level, label in DIFFICULTY_LABELS.items():
            self.difficulty_box.addItem(label, level)
        self.tag_box = QComboBox()
        self.status_box = QComboBox()
        for label, value in (
            ("Any status", ""),
            (NEW, NEW),
            (IN_PROGRESS, IN_PROGRESS),
            (DONE, DONE),
        ):
            self.status_box.addItem(label, value)
        for box, name in (
            (self.difficulty_box, "Filter by difficulty"),
            (self.tag_box, "Filter by topic"),
            (self.status_box, "Filter by status"),
        ):
            box.setAccessibleName(name)
            box.currentIndexChanged.connect(self._filters_changed)
        self.next_button = QPushButton("&Next article")
        self.next_button.setToolTip("Open an article you have not tried yet (Ctrl+N)")
        self.next_button.clicked.connect(self.open_next)
        self.compare_button = QPushButton("Compare the c&overage")
        self.compare_button.setToolTip(
            "Read this article side by side with another outlet's report of the same event"
        )
        self.compare_button.clicked.connect(self.compare_coverage)
        self.compare_button.setEnabled(False)

        filters = QHBoxLayout()
        for label, box in (
            ("&Difficulty:", self.difficulty_box),
            ("&Topic:", self.tag_box),
            ("&Status:", self.status_box),
        ):
            caption = QLabel(label)
            caption.setBuddy(box)
            filters.addWidget(caption)
            filters.addWidget(box)
        filters.addStretch(1)
        filters.addWidget(self.compare_button)
        filters.addWidget(self.next_button)

        self.table = rows_view(self.proxy, "Articles")
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        # The headline takes the room the other columns leave, but never less than a
        # readable share: at large text sizes the table scrolls sideways instead.
        self.table.header().setStretchLastSection(False)
        self.table.header().installEventFilter(self)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().currentChanged.connect(self._current_changed)
        self.count_label = QLabel()
        self._build_practice_panel()

        layout = QVBoxLayout(self)
        layout.addWidget(self.greeting)
        layout.addWidget(self.problem)
        layout.addWidget(self.check_line)
        layout.addWidget(self.practice_panel)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.count_label)
        # Tab goes top to bottom: today's practice, the filters, the table.
        order = [
            self.check_button,
            self.size_box,
            self.start_button,
            self.set_view,
            self.difficulty_box,
            self.tag_box,
            self.status_box,
            self.compare_button,
            self.next_button,
            self.table,
        ]
        for before, after in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(before, after)

    def _build_check_line(self) -> None:
        """A check of discernment due now, with its Start button (hidden when none is)."""
        #: The check due now that Start opens, as the practice layer last reported it.
        self.check_due: CheckDue | None = None
        self.check_line = QFrame()
        self.check_line.setFrameShape(QFrame.Shape.StyledPanel)
        self.check_line.setAccessibleName("Check due")
        self.check_label = plain_label()  # the check's title is the pack's text
        self.check_label.setWordWrap(True)
        self.check_label.setAccessibleName("Check due")
        # Bold like "Today's practice" below it: the line is a heading, not a remark.
        bold = self.check_label.font()
        bold.setBold(True)
        self.check_label.setFont(bold)
        #: what taking it means: how many items, the scale, no feedback
        self.check_detail = plain_label()
        self.check_detail.setWordWrap(True)
        self.check_detail.setAccessibleName("About the check")
        self.check_button = QPushButton("Take the c&heck")
        self.check_button.setToolTip(
            "A short check: judge each item credible or not, with no feedback until the end"
        )
        self.check_button.clicked.connect(self.start_check)
        words = QVBoxLayout()
        words.setSpacing(2)
        words.addWidget(self.check_label)
        words.addWidget(self.check_detail)
        row = QHBoxLayout(self.check_line)
        row.addLayout(words, 1)
        row.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignVCenter)
        self.check_line.hide()

    def refresh_checks(self) -> None:
        """Ask the practice layer which check is due now and show it (or hide the line)."""
        practice = self.practice
        due = None
        if practice is not None and practice.packs:
            try:
                now = practice.now()
                due = next((d for d in practice.checks_due() if d.is_due(now)), None)
            except (ProgressError, PracticeError, PackError) as exc:
                set_plain(self.check_label, f"⚠ Checks cannot be read: {exc}")
                self.check_detail.hide()
                self.check_due = None
                self.check_button.hide()
                self.check_line.show()
                return
        self.check_due = due
        if due is None:
            self.check_line.hide()
            return
        from spotit.practice.checks import wave_phrase

        verb = "Check to go on with" if due.resume else "Check due"
        set_plain(self.check_label, display_text(f"{verb}: {due.title} ({wave_phrase(due.wave)})"))
        set_plain(self.check_detail, self._check_detail(due))
        self.check_detail.show()
        self.check_button.setText("Go on with the c&heck" if due.resume else "Take the c&heck")
        self.check_button.show()
        self.check_line.show()

    def _check_detail(self, due: CheckDue) -> str:
        """What the learner is about to do: the form's size, the scale, no feedback."""
        pack = self.practice.packs.get(due.pack_id) if self.practice else None
        check = pack.check(due.check_id) if pack is not None else None  # read once per pack
        count = len(check.form_items(due.form)) if check is not None else 0
        items = f"{count} items" if count else "Short items"
        start = "Your answers so far are kept. " if due.resume else ""
        return (
            f"{start}{items}, each rated from 1 (sure not credible) to 6 (sure credible). "
            "No feedback until the end."
        )

    def start_check(self) -> None:
        if self.check_due is not None:
            self.check_requested.emit(self.check_due.pack_id, self.check_due.check_id)

    def _build_practice_panel(self) -> None:
        """Today's practice: what is due, the set with why each article is in it, Start."""
        #: The set shown; while one is running (``running``), the one being worked through.
        self.practice_set: PracticeSet | None = None
        #: Today's practice being worked through, as the practice layer last reported it.
        self.running: RunningSet | None = None
        self._plan_pending = False

        self.practice_panel = panel = QFrame()
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel.setAccessibleName("Today's practice")
        self.practice_title = QLabel("<b>Today's practice</b>")
        self.due_label = plain_label()  # counts and times only, but plain all the same
        self.due_label.setWordWrap(True)
        self.due_label.setAccessibleName("What is due for review")
        self.start_button = QPushButton("Start today's &practice")
        self.start_button.setToolTip(
            "Open the first article of today's practice; Next article (Ctrl+N) then follows the set"
        )
        self.start_button.clicked.connect(self.start_practice)
        self.size_box = QSpinBox()
        self.size_box.setRange(1, MAX_SET_SIZE)
        self.size_box.setValue(5)
        self.size_box.setSuffix(" articles")
        self.size_box.setAccessibleName("Articles in a practice set")
        self.size_box.setToolTip("How many articles today's practice has (kept for your profile)")
        self.size_box.valueChanged.connect(self._size_changed)
        size_caption = QLabel("Set si&ze:")
        size_caption.setBuddy(self.size_box)

        self.set_model: RowsModel[SetRow] = RowsModel(SET_COLUMNS, self)
        self.set_view = rows_view(self.set_model, "Articles of today's practice")
        self.set_view.setSortingEnabled(False)
        self.set_view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.set_view.activated.connect(self._set_activated)
        self.set_view.header().installEventFilter(self)
        set_caption = QLabel("Today's &articles:")
        set_caption.setBuddy(self.set_view)
        self.set_caption = set_caption

        top = QHBoxLayout()
        top.addWidget(self.practice_title)
        top.addWidget(self.due_label, 1)
        top.addWidget(size_caption)
        top.addWidget(self.size_box)
        top.addWidget(self.start_button)
        box = QVBoxLayout(panel)
        box.addLayout(top)
        box.addWidget(set_caption)
        box.addWidget(self.set_view)
        panel.hide()  # until there is a practice with articles to plan

    def show_library(self, practice: Practice) -> None:
        """Show ``practice``'s library, greeting its learner."""
        if practice is not self.practice:
            self.practice_set, self.running = None, None
        self.practice = practice
        self.greeting.setText(
            f"<b>Hello, {escape(practice.learner.name)}.</b> Pick an article and look for its red flags. "
            "Some articles are credible: flag only what you could not check."
        )
        self.reload()

    def reload(self) -> None:
        """Show the library again, as the practice layer reports it now.

        If the learner's results cannot be read, the articles are listed without them
        and one line above the table says why (never a traceback, never a box per reload).
        """
        if self.practice is None:
            self.show_entries([])
            return
        try:
            entries = self.practice.library()
        except ProgressError as exc:
            entries = self.practice.library(with_status=False)
            set_plain(
                self.problem,
                f"⚠ Your results cannot be shown: {exc}. Restart SpotIt: it offers to "
                "recover what can still be read.",
            )
            self.problem.show()
        else:
            self.problem.hide()
        self.show_entries(entries)
        self._plan_later()

    def show_entries(self, entries: Sequence[LibraryEntry]) -> None:
        """Show ``entries``; filters, sort order and the topic list follow."""
        if list(entries) == self.model.rows and self.model.rowCount():
            # Nothing changed (back from the reader without submitting, or the second
            # call at start-up): keep the table, but start from the top as a refill would.
            self.table.setCurrentIndex(self.proxy.index(0, 0))
            return
        self.model.set_rows(entries)
        current_tag = self.tag_box.currentData()
        self.tag_box.blockSignals(True)
        self.tag_box.clear()
        self.tag_box.addItem("Any topic", "")
        for tag in tags_of(entries):
            self.tag_box.addItem(tag.replace("-", " "), tag)
        index = self.tag_box.findData(current_tag)
        self.tag_box.setCurrentIndex(max(0, index))
        self.tag_box.blockSignals(False)
        self._filters_changed()
        self._fit_columns()
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    def _fit_columns(self) -> None:
        """Every column but the headline as wide as its widest text.

        Measured from the rows' texts: ``resizeColumnToContents`` asks the model for
        every role of every cell, which costs tens of milliseconds at start-up.
        """
        metrics = self.table.fontMetrics()
        # Room for the view's text margins (about 3 px a side), with some to spare so
        # rounding never elides; one letter's width grows with the zoom. (Asking the style
        # for its margin would load all of QStyle's enums at start-up, about 7 ms.)
        padding = metrics.horizontalAdvance("M")
        header = self.table.header()
        for number in range(1, len(COLUMNS)):
            column = COLUMNS[number]
            widest = max(
                (metrics.horizontalAdvance(column.text(entry)) for entry in self.model.rows),
                default=0,
            )
            header.resizeSection(number, max(widest + padding, header.sectionSizeHint(number)))
        self._fit_headline()

    def _fit_headline(self) -> None:
        header = self.table.header()
        others = sum(header.sectionSize(n) for n in range(len(COLUMNS)) if n != HEADLINE)
        readable = 30 * self.table.fontMetrics().averageCharWidth()
        # The header spans the view's viewport (asking for the viewport itself would make
        # PySide build its QWidget type at start-up, about 10 ms of enums).
        header.resizeSection(HEADLINE, max(readable, header.width() - others))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.FontChange:  # zoomed: the texts changed width
            self._fit_columns()
            self._fit_set_view(self.set_model.rowCount())
        super().changeEvent(event)

    def eventFilter(self, watched, event) -> bool:  # noqa: N802 (Qt naming)
        # The header is as wide as the viewport: it resizes with the window and when the
        # vertical scroll bar comes or goes.
        if event.type() == QEvent.Type.Resize:
            if watched is self.table.header():
                self._fit_headline()
            elif watched is self.set_view.header():  # set_view's filter comes after it is built
                self._fit_set_columns()
        return super().eventFilter(watched, event)

    def _filters_changed(self) -> None:
        self.proxy.set_filters(
            self.difficulty_box.currentData() or 0,
            self.tag_box.currentData() or "",
            self.status_box.currentData() or "",
        )
        total = self.model.rowCount()
        done = sum(entry.status == DONE for entry in self.model.rows)
        self.count_label.setText(
            f"Showing {self.proxy.rowCount()} of {total} articles · {done} done · "
            "Enter opens the selected article."
        )

    def current_entry(self) -> LibraryEntry | None:
        """The article selected in the table, if any."""
        index = self.table.currentIndex()
        return index.data(RowRole) if index.isValid() else None

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        entry = current.data(RowRole) if current.isValid() else None
        others = same_story(entry, self.model.rows) if entry is not None else []
        self.compare_button.setEnabled(bool(others))
        if others:
            names = "; ".join(display_text(e.outlet or e.headline) for e in others)
            self.compare_button.setToolTip(
                plain_tooltip(f"The same event as reported by: {names}. Read them side by side.")
            )

    def compare_coverage(self) -> None:
        """Open the selected article beside the others that report its event."""
        entry = self.current_entry()
        if entry is None or self.practice is None:
            return
        others = same_story(entry, self.model.rows)
        if not others:
            return
        from spotit.gui.compare import CoverageDialog

        pack = self.practice.packs[entry.pack_id]
        articles = [pack.article(e.article_id) for e in (entry, *others)]
        dialog = CoverageDialog(entry.pack_id, articles, self)
        dialog.practise_requested.connect(self.open_requested.emit)
        dialog.exec()
        dialog.deleteLater()

    def _activated(self, index: QModelIndex) -> None:
        entry = index.data(RowRole)
        if entry is not None:
            self.open_requested.emit(*entry.key)

    # -- today's practice ------------------------------------------------------------
    def _plan_later(self) -> None:
        """Choose today's practice once the event loop is free again.

        Choosing loads the scheduler and reads every article's key, which the library
        window does not need to appear (tests/gui/test_startup.py); several reloads in a
        row choose once.
        """
        if not self._plan_pending:
            self._plan_pending = True
            QTimer.singleShot(0, self, self.refresh_practice)

    def refresh_practice(self) -> None:
        """Ask the practice layer for today's practice and what is due, and show them.

        A set being worked through (``Practice.running_set``) is shown as it was chosen,
        with its articles' state; otherwise the set a start would begin, chosen now.
        """
        self._plan_pending = False
        self.refresh_checks()
        practice = self.practice
        if practice is None or not practice.packs:
            self.practice_panel.hide()
            return
        self.practice_panel.show()
        try:
            size = practice.practice_size
            fresh = practice.todays_practice()
            running = practice.running_set()
            now = practice.now()
        except (ProgressError, PracticeError) as exc:
            self._cannot(f"⚠ Today's practice cannot be chosen: {exc}")
            return
        self.size_box.blockSignals(True)
        self.size_box.setValue(size)
        self.size_box.blockSignals(False)
        self.running = running
        self.practice_set = fresh if running is None else replace(fresh, items=list(running.chosen))
        line = due_line(fresh, now)
        names = practice.category_names()
        due_names = [names.get(c, c) for c in fresh.categories_due]
        if any(c.is_calibration for c in fresh.due):
            due_names.append("the over-flagging check (credible articles)")
        self.due_label.setToolTip(
            plain_tooltip(display_text("Due now: " + "; ".join(due_names))) if due_names else ""
        )
        if running is not None and running.finished:
            line = f"✓ Today's practice is done. {line}"
        set_plain(self.due_label, line)
        self._show_set()

    def _cannot(self, message: str) -> None:
        """Today's practice cannot be read or kept: one line says why, and no set is shown."""
        set_plain(self.due_label, message)
        self.start_button.setEnabled(False)
        self.set_model.set_rows([])
        self.set_view.hide()
        self.set_caption.hide()

    def _show_set(self) -> None:
        """The set's rows with their state: done (✓), the next one (▶), to do."""
        rows = self.set_rows()
        running = self.running is not None and not self.running.finished
        finished = self.running is not None and self.running.finished
        self.set_model.set_rows(rows)
        done = sum(r.state == DONE_MARK for r in rows)
        self.set_caption.setText(
            f"Today's &articles ({done} of {len(rows)} done):"
            if self.running is not None
            else "Today's &articles:"
        )
        self.set_view.setVisible(bool(rows))
        self.set_caption.setVisible(bool(rows))
        self.start_button.setEnabled(bool(rows) or finished)
        self.next_button.setToolTip(
            "Open the next article of today's practice (Ctrl+N)"
            if running
            else "Open an article you have not tried yet (Ctrl+N)"
        )
        if finished:
            self.start_button.setText("Start another &practice set")
        elif running:
            self.start_button.setText("Go on with today's &practice")
        else:
            self.start_button.setText("Start today's &practice")
        self._fit_set_view(len(rows))

    def set_rows(self) -> list[SetRow]:
        """The articles of the set shown: the running set's with their state, or the set a
        start would begin (all to do)."""
        headlines = {e.key: e.headline for e in self.model.rows}
        if self.running is not None:
            from spotit.practice.today import DONE
            from spotit.practice.today import NEXT as UP_NEXT

            marks = {DONE: DONE_MARK, UP_NEXT: NEXT}
            return [
                SetRow(
                    i.number,
                    i.item,
                    headlines.get(i.key) or i.item.article_id,
                    marks.get(i.state, TO_DO),
                )
                for i in self.running.items
            ]
        if self.practice_set is None:
            return []
        return [
            SetRow(number, item, headlines[item.key] or item.article_id, TO_DO)
            for number, item in enumerate(self.practice_set.items, start=1)
            if item.key in headlines  # its pack was closed or replaced
        ]

    def _fit_set_view(self, rows: int) -> None:
        """As tall as its rows (at most six), giving way to the library in a short window.

        It never takes the articles' room: in a short window (large text on a small
        screen) it shrinks to two rows and scrolls.
        """
        view = self.set_view
        # A row's own height once it can be measured; before, the font's with a margin.
        row_height = (view.sizeHintForRow(0) if rows else 0) or view.fontMetrics().height() + 4
        row_height = row_height if row_height > 0 else view.fontMetrics().height() + 4
        chrome = view.header().sizeHint().height() + 2 * view.frameWidth() + 2
        view.setMinimumHeight(chrome + row_height * min(max(rows, 1), 2))
        view.setMaximumHeight(chrome + row_height * min(max(rows, 1), 6))
        self.table.setMinimumHeight(8 * row_height)
        self._fit_set_columns()

    def _fit_set_columns(self) -> None:
        """Number, reason and state as wide as their texts; the headline takes the rest."""
        header = self.set_view.header()
        header.setStretchLastSection(False)
        metrics = self.set_view.fontMetrics()
        pad = 3 * metrics.averageCharWidth()
        rows = self.set_model.rows
        header.resizeSection(0, metrics.horizontalAdvance("20.") + pad)
        for column, texts in (
            (2, [SET_COLUMNS[2].text(r) for r in rows] or ["Why"]),
            (3, [DONE_MARK, NEXT, TO_DO]),
        ):
            header.resizeSection(column, max(metrics.horizontalAdvance(t) for t in texts) + pad)
        others = sum(header.sectionSize(n) for n in (0, 2, 3))
        header.resizeSection(1, max(30 * metrics.averageCharWidth(), header.width() - others))

    def start_practice(self) -> None:
        """Start today's practice (or go on with it) and open its next article.

        The set started is the one shown; after a finished set, one chosen afresh, now.
        """
        running = self._start()
        if running is not None and running.next is not None:
            self.open_requested.emit(*running.next.key)

    def _start(self) -> RunningSet | None:
        """Ask the practice layer to start the set shown (or go on with the one running)."""
        if self.practice is None:
            return None
        shown = self.practice_set if self.running is None else None
        try:
            running = self.practice.start_todays_practice(shown)
        except (ProgressError, PracticeError) as exc:
            self._cannot(f"⚠ Today's practice cannot be started: {exc}")
            return None
        self.refresh_practice()
        return running

    def _set_activated(self, index: QModelIndex) -> None:
        """An article of the set opened from its list: the set is running from now on."""
        row = self.set_model.row(index)
        if row is None or self.practice is None:
            return
        if self.running is None:
            self._start()
        self.open_requested.emit(*row.key)

    def _size_changed(self, size: int) -> None:
        if self.practice is None:
            return
        try:
            self.practice.practice_size = size
        except (ProgressError, PracticeError) as exc:
            set_plain(self.due_label, f"⚠ The set size cannot be kept: {exc}")
            return
        self.refresh_practice()  # a set being worked through keeps its articles

    def next_article(self) -> tuple[str, str] | None:
        """What "Next article" opens (``Practice.next_article``).

        While today's practice is running, its next article not done yet (whatever the
        filters show: the set was chosen for the learner); otherwise, among the articles
        shown, the library's own rule.
        """
        shown = self.proxy.entries()
        if self.practice is None:
            entry = next_article(shown)
        else:
            try:
                entry = self.practice.next_article(shown)
            except (ProgressError, PracticeError):
                entry = next_article(shown)  # today's set cannot be read: the library's rule
        return entry.key if entry else None

    def open_next(self) -> None:
        key = self.next_article()
        if key:
            self.open_requested.emit(*key)

    def focus_table(self) -> None:
        self.table.setFocus()
