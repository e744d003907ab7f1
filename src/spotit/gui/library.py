"""The library: every article of the open packs, with this learner's progress."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QModelIndex, QSortFilterProxyModel, Qt, QTimer, Signal
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

from spotit.core.i18n import QT_TRANSLATE_NOOP, translate
from spotit.gui.document import display_text
from spotit.gui.i18n import datetime_text, language_name, number
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

#: What the library shows for the practice layer's statuses and difficulties (its values
#: stay English: the filters compare them).
STATUS_TEXTS = {
    NEW: QT_TRANSLATE_NOOP("LibraryPage", "New"),
    IN_PROGRESS: QT_TRANSLATE_NOOP("LibraryPage", "In progress"),
    DONE: QT_TRANSLATE_NOOP("LibraryPage", "Done"),
}
DIFFICULTY_TEXTS = {
    1: QT_TRANSLATE_NOOP("LibraryPage", "●○○ Easy"),
    2: QT_TRANSLATE_NOOP("LibraryPage", "●●○ Medium"),
    3: QT_TRANSLATE_NOOP("LibraryPage", "●●● Hard"),
}


def status_text(status: str) -> str:
    """A status as the learner reads it, in the UI language."""
    return translate("LibraryPage", STATUS_TEXTS[status]) if status in STATUS_TEXTS else status


def difficulty_text(level: int) -> str:
    """A difficulty as the learner reads it, in the UI language."""
    if level in DIFFICULTY_TEXTS:
        return translate("LibraryPage", DIFFICULTY_TEXTS[level])
    return DIFFICULTY_LABELS.get(level, number(level))


def submitted_text(entry: LibraryEntry) -> str:
    """How often the article was submitted, when more than once."""
    attempts = entry.attempts
    return translate("LibraryPage", "Submitted %n times", "", attempts) if attempts > 1 else ""


def last_attempt_text(entry: LibraryEntry) -> str:
    """When the article was last submitted, the locale's way, or "—"."""
    return datetime_text(entry.last_attempt) if entry.last_attempt else "—"


def library_columns(language_of: Callable[[LibraryEntry], str]) -> list[Column[LibraryEntry]]:
    """The library's columns, headed in the UI language; ``language_of`` names an entry's
    pack's language."""
    return [
        Column(
            translate("LibraryPage", "Headline"),
            lambda e: display_text(e.headline),  # bidi controls shown as marks, never obeyed
            sort=lambda e: e.position,
            tooltip=lambda e: display_text(e.headline),
        ),
        Column(
            translate("LibraryPage", "Outlet"),
            lambda e: display_text(e.outlet),
            sort=lambda e: e.outlet.lower(),
        ),
        Column(
            translate("LibraryPage", "Difficulty"),
            lambda e: difficulty_text(e.difficulty),
            sort=lambda e: e.difficulty,
        ),
        Column(translate("LibraryPage", "Tags"), lambda e: ", ".join(e.tags)),
        Column(
            translate("LibraryPage", "Status"),
            lambda e: status_text(e.status),
            tooltip=submitted_text,
        ),
        Column(
            translate("LibraryPage", "Best score"),
            lambda e: "—" if e.best_score is None else number(e.best_score),
            sort=lambda e: -1 if e.best_score is None else e.best_score,
        ),
        Column(
            translate("LibraryPage", "Last attempt"),
            last_attempt_text,
            sort=lambda e: e.last_attempt,
        ),
        Column(
            translate("LibraryPage", "Pack"),
            lambda e: e.pack_title,
            tooltip=lambda e: translate("LibraryPage", "{pack} (in {language})").format(
                pack=e.pack_title, language=language_of(e)
            ),
        ),
        Column(translate("LibraryPage", "Language"), language_of),
    ]


HEADLINE, OUTLET, DIFFICULTY, TAGS, STATUS, BEST, LAST, PACK, LANGUAGE = range(9)

#: The language the learner chose in the library's filter this session ("" for all
#: languages); None until they choose one. Not kept across restarts.
_session_language: str | None = None


def ui_language() -> str:
    """The language code of the texts shown ("de" for a German UI), from the locale the
    UI language sets (``Languages.use``); English for the C locale."""
    code = QLocale().name().replace("_", "-").split("-")[0].lower()
    return "en" if code in ("", "c") else code


def default_language(tags: Sequence[str], ui: str) -> str:
    """The filter's default among the open packs' language ``tags``: the UI language's
    packs when there are some (its exact tag first, else the first tag of that language),
    else every language ("")."""
    if ui in tags:
        return ui
    return next((t for t in tags if t.split("-")[0].lower() == ui), "")


#: The most articles a practice set can have (``spotit.practice.plan.MAX_SIZE``, which is
#: not imported at start-up: the plan loads after the library shows).
MAX_SET_SIZE = 20


def due_phrase(due: datetime, now: datetime) -> str:
    """When a card falls due, as a learner says it: "in 5 hours", "tomorrow", "in 3 days".

    Within half a day it is hours; after that, days are counted in local time (a card due
    at 09:00 tomorrow is due "tomorrow"). A card already due reads "due now".
    """
    if due <= now:
        return translate("LibraryPage", "due now")
    left = due - now
    days = (due.astimezone().date() - now.astimezone().date()).days
    if left < timedelta(minutes=59, seconds=30):
        minutes = max(1, round(left.seconds / 60))
        return translate("LibraryPage", "in %n minute(s)", "", minutes)
    if left < timedelta(hours=12) or days <= 0:  # "tomorrow" for one hour after midnight misleads
        hours = max(1, round(left.seconds / 3600))
        return translate("LibraryPage", "in %n hour(s)", "", hours)
    if days == 1:
        return translate("LibraryPage", "tomorrow")
    if days < 14:
        return translate("LibraryPage", "in %n day(s)", "", days)
    if days < 60:
        weeks = round(days / 7)
        return translate("LibraryPage", "in %n week(s)", "", weeks)
    if days < 730:
        months = round(days / 30.4)
        return translate("LibraryPage", "in %n month(s)", "", months)
    years = round(days / 365.25)
    return translate("LibraryPage", "in %n year(s)", "", years)


def due_line(practice_set: PracticeSet, now: datetime) -> str:
    """What is due, for the line above the library: "3 red-flag kinds are due for review ·
    next one tomorrow"."""
    kinds = len(practice_set.categories_due)
    calibration = any(c.is_calibration for c in practice_set.due)
    # English agrees its verb with the number ("kind is", "kinds are"), which "(s)" cannot
    # say: one numerus message for one, another (with every language's forms) for more.
    if kinds == 1 and calibration:
        line = translate(
            "LibraryPage",
            "%n red-flag kind is due for review, and the over-flagging check",
            "",
            kinds,
        )
    elif kinds == 1:
        line = translate("LibraryPage", "%n red-flag kind is due for review", "", kinds)
    elif kinds and calibration:
        line = translate(
            "LibraryPage",
            "%n red-flag kinds are due for review, and the over-flagging check",
            "",
            kinds,
        )
    elif kinds:
        line = translate("LibraryPage", "%n red-flag kinds are due for review", "", kinds)
    elif calibration:
        line = translate("LibraryPage", "The over-flagging check is due")
    elif practice_set.next_due is None:
        return translate(
            "LibraryPage",
            "Nothing to review yet: today's practice brings you red flags you have not met.",
        )
    else:
        line = translate("LibraryPage", "Nothing is due for review")
    if practice_set.next_due is not None:
        line = translate("LibraryPage", "{due} · next one {when}").format(
            due=line, when=due_phrase(practice_set.next_due, now)
        )
    return line


TO_DO, NEXT, DONE_MARK = "To do", "▶ Next", "✓ Done"  # a set row's state (compared, never shown)
STATE_TEXTS = {
    TO_DO: QT_TRANSLATE_NOOP("LibraryPage", "To do"),
    NEXT: QT_TRANSLATE_NOOP("LibraryPage", "▶ Next"),
    DONE_MARK: QT_TRANSLATE_NOOP("LibraryPage", "✓ Done"),
}


def state_text(state: str) -> str:
    """A set row's state in the UI language."""
    return translate("LibraryPage", STATE_TEXTS.get(state, state))


def _reason(row) -> str:
    """Why today's practice chose the article, in the user's language."""
    # Here, not at the top: the plan (and the scorer it reads) loads when the set is shown.
    from spotit.practice.plan import shown_reason

    return display_text(shown_reason(row.item.reason))


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


def set_columns() -> list[Column[SetRow]]:
    """The columns of today's practice, headed in the UI language."""
    return [
        Column("", lambda r: translate("LibraryPage", "{number}.").format(number=number(r.number))),
        Column(
            translate("LibraryPage", "Article"),
            lambda r: display_text(r.headline),
            tooltip=lambda r: display_text(r.headline),
        ),
        Column(
            translate("LibraryPage", "Why"),
            lambda r: _reason(r),  # names a pack's category: shown, never obeyed
            tooltip=lambda r: _reason(r),
        ),
        Column(translate("LibraryPage", "Done"), lambda r: state_text(r.state)),
    ]


class LibraryFilter(QSortFilterProxyModel):
    """Difficulty, tag, status and language filters over the library model."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.difficulty = 0
        self.tag = ""
        self.status = ""
        self.language = ""  # a pack's language tag; "" for every language
        #: Each open pack's language tag, by pack id.
        self.pack_languages: dict[str, str] = {}
        self.setSortRole(SortRole)

    def set_filters(self, difficulty: int, tag: str, status: str, language: str = "") -> None:
        if hasattr(self, "beginFilterChange"):  # Qt >= 6.10; invalidateFilter() is deprecated there
            self.beginFilterChange()
            self.difficulty, self.tag, self.status = difficulty, tag, status
            self.language = language
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            self.difficulty, self.tag, self.status = difficulty, tag, status
            self.language = language
            self.invalidateFilter()

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:  # noqa: N802
        entry: LibraryEntry | None = self.sourceModel().index(row, 0, parent).data(RowRole)
        if entry is None:
            return False
        if self.difficulty and entry.difficulty != self.difficulty:
            return False
        if self.tag and self.tag not in entry.tags:
            return False
        if self.language and self.pack_languages.get(entry.pack_id) != self.language:
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
        self.columns = library_columns(self.language_of)
        self.model: RowsModel[LibraryEntry] = RowsModel(self.columns, self)
        self.proxy = LibraryFilter(self)
        self.proxy.setSourceModel(self.model)

        self.greeting = QLabel()
        self.greeting.setWordWrap(True)
        self.problem = plain_label()  # why results are missing, when they cannot be read
        self.problem.setWordWrap(True)
        self.problem.hide()
        self._build_check_line()
        self.difficulty_box = QComboBox()
        self.difficulty_box.addItem(self.tr("Any difficulty"), 0)
        for level in DIFFICULTY_LABELS:
            self.difficulty_box.addItem(difficulty_text(level), level)
        self.tag_box = QComboBox()
        self.status_box = QComboBox()
        self.status_box.addItem(self.tr("Any status"), "")
        for value in (NEW, IN_PROGRESS, DONE):
            self.status_box.addItem(status_text(value), value)
        # Shown only when the open packs are in more than one language (_fill_languages).
        self.language_box = QComboBox()
        for box, name in (
            (self.difficulty_box, self.tr("Filter by difficulty")),
            (self.tag_box, self.tr("Filter by topic")),
            (self.status_box, self.tr("Filter by status")),
            (self.language_box, self.tr("Filter by language")),
        ):
            box.setAccessibleName(name)
            box.currentIndexChanged.connect(self._filters_changed)
        self.language_box.activated.connect(self._language_chosen)
        self.next_button = QPushButton(self.tr("&Next article"))
        self.next_button.setToolTip(self.tr("Open an article you have not tried yet (Ctrl+N)"))
        self.next_button.clicked.connect(self.open_next)
        self.compare_button = QPushButton(self.tr("Compare the c&overage"))
        self.compare_button.setToolTip(
            self.tr("Read this article side by side with another outlet's report of the same event")
        )
        self.compare_button.clicked.connect(self.compare_coverage)
        self.compare_button.setEnabled(False)

        filters = QHBoxLayout()
        for label, box in (
            (self.tr("&Difficulty:"), self.difficulty_box),
            (self.tr("&Topic:"), self.tag_box),
            (self.tr("&Status:"), self.status_box),
            (self.tr("Lan&guage:"), self.language_box),
        ):
            caption = QLabel(label)
            caption.setBuddy(box)
            filters.addWidget(caption)
            filters.addWidget(box)
            if box is self.language_box:
                self.language_caption = caption
        self.language_caption.hide()
        self.language_box.hide()
        filters.addStretch(1)
        filters.addWidget(self.compare_button)
        filters.addWidget(self.next_button)

        self.table = rows_view(self.proxy, self.tr("Articles"))
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
            self.language_box,
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
        self.check_line.setAccessibleName(self.tr("Check due"))
        self.check_label = plain_label()  # the check's title is the pack's text
        self.check_label.setWordWrap(True)
        self.check_label.setAccessibleName(self.tr("Check due"))
        # Bold like "Today's practice" below it: the line is a heading, not a remark.
        bold = self.check_label.font()
        bold.setBold(True)
        self.check_label.setFont(bold)
        #: what taking it means: how many items, the scale, no feedback
        self.check_detail = plain_label()
        self.check_detail.setWordWrap(True)
        self.check_detail.setAccessibleName(self.tr("About the check"))
        self.check_button = QPushButton(self.tr("Take the c&heck"))
        self.check_button.setToolTip(
            self.tr(
                "A short check: judge each item credible or not, with no feedback until the end"
            )
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
                set_plain(
                    self.check_label,
                    self.tr("⚠ Checks cannot be read: {problem}").format(problem=exc),
                )
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

        line = (
            self.tr("Check to go on with: {title} ({when})")
            if due.resume
            else self.tr("Check due: {title} ({when})")
        )
        set_plain(
            self.check_label,
            display_text(line.format(title=due.title, when=wave_phrase(due.wave))),
        )
        set_plain(self.check_detail, self._check_detail(due))
        self.check_detail.show()
        self.check_button.setText(
            self.tr("Go on with the c&heck") if due.resume else self.tr("Take the c&heck")
        )
        self.check_button.show()
        self.check_line.show()

    def _check_detail(self, due: CheckDue) -> str:
        """What the learner is about to do: the form's size, the scale, no feedback."""
        pack = self.practice.packs.get(due.pack_id) if self.practice else None
        check = pack.check(due.check_id) if pack is not None else None  # read once per pack
        count = len(check.form_items(due.form)) if check is not None else 0
        if count and due.resume:
            return translate(
                "LibraryPage",
                "Your answers so far are kept. %n items, each rated from 1 (sure not credible) "
                "to 6 (sure credible). No feedback until the end.",
                "",
                count,
            )
        if count:
            return translate(
                "LibraryPage",
                "%n items, each rated from 1 (sure not credible) to 6 (sure credible). "
                "No feedback until the end.",
                "",
                count,
            )
        if due.resume:
            return self.tr(
                "Your answers so far are kept. Short items, each rated from 1 (sure not "
                "credible) to 6 (sure credible). No feedback until the end."
            )
        return self.tr(
            "Short items, each rated from 1 (sure not credible) to 6 (sure credible). "
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
        panel.setAccessibleName(self.tr("Today's practice"))
        self.practice_title = QLabel(self.tr("<b>Today's practice</b>"))
        self.due_label = plain_label()  # counts and times only, but plain all the same
        self.due_label.setWordWrap(True)
        self.due_label.setAccessibleName(self.tr("What is due for review"))
        self.start_button = QPushButton(self.tr("Start today's &practice"))
        self.start_button.setToolTip(
            self.tr(
                "Open the first article of today's practice; Next article (Ctrl+N) then "
                "follows the set"
            )
        )
        self.start_button.clicked.connect(self.start_practice)
        self.size_box = QSpinBox()
        self.size_box.setRange(1, MAX_SET_SIZE)
        self.size_box.setValue(5)
        self.size_box.setSuffix(self.tr(" articles"))
        self.size_box.setAccessibleName(self.tr("Articles in a practice set"))
        self.size_box.setToolTip(
            self.tr("How many articles today's practice has (kept for your profile)")
        )
        self.size_box.valueChanged.connect(self._size_changed)
        size_caption = QLabel(self.tr("Set si&ze:"))
        size_caption.setBuddy(self.size_box)

        self.set_columns = set_columns()
        self.set_model: RowsModel[SetRow] = RowsModel(self.set_columns, self)
        self.set_view = rows_view(self.set_model, self.tr("Articles of today's practice"))
        self.set_view.setSortingEnabled(False)
        self.set_view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Maximum)
        self.set_view.activated.connect(self._set_activated)
        self.set_view.header().installEventFilter(self)
        set_caption = QLabel(self.tr("Today's &articles:"))
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
            self.tr(
                "<b>Hello, {name}.</b> Pick an article and look for its red flags. "
                "Some articles are credible: flag only what you could not check."
            ).format(name=escape(practice.learner.name))
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
                self.tr(
                    "⚠ Your results cannot be shown: {problem}. Restart SpotIt: it offers to "
                    "recover what can still be read."
                ).format(problem=exc),
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
        self.tag_box.addItem(self.tr("Any topic"), "")
        for tag in tags_of(entries):
            self.tag_box.addItem(tag.replace("-", " "), tag)
        index = self.tag_box.findData(current_tag)
        self.tag_box.setCurrentIndex(max(0, index))
        self.tag_box.blockSignals(False)
        self._fill_languages()
        self._filters_changed()
        self._fit_columns()
        if self.proxy.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, 0))

    # -- the packs' languages ------------------------------------------------------------
    def language_of(self, entry: LibraryEntry) -> str:
        """The name of ``entry``'s pack's language ("Deutsch", "English")."""
        tag = self.proxy.pack_languages.get(entry.pack_id, "")
        return language_name(tag) if tag else ""

    def _fill_languages(self) -> None:
        """The language filter: one item per language of the open packs, shown (with the
        Language column) only when there is more than one."""
        packs = self.practice.packs if self.practice is not None else {}
        self.proxy.pack_languages = {pid: pack.meta.language for pid, pack in packs.items()}
        tags = sorted(set(self.proxy.pack_languages.values()), key=lambda t: (language_name(t), t))
        several = len(tags) > 1
        if _session_language is not None and (_session_language in tags or not _session_language):
            wanted = _session_language
        else:
            wanted = default_language(tags, ui_language())
        box = self.language_box
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("All languages"), "")
        for tag in tags:
            box.addItem(language_name(tag), tag)
        box.setCurrentIndex(max(0, box.findData(wanted)))
        box.blockSignals(False)
        box.setVisible(several)
        self.language_caption.setVisible(several)
        self.table.setColumnHidden(LANGUAGE, not several)

    def _language_chosen(self, index: int) -> None:
        """The learner chose a language: kept for the rest of the session."""
        global _session_language
        _session_language = self.language_box.itemData(index) or ""

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
        for section in range(1, len(self.columns)):
            column = self.columns[section]
            widest = max(
                (metrics.horizontalAdvance(column.text(entry)) for entry in self.model.rows),
                default=0,
            )
            header.resizeSection(section, max(widest + padding, header.sectionSizeHint(section)))
        self._fit_headline()

    def _fit_headline(self) -> None:
        header = self.table.header()
        others = sum(
            header.sectionSize(n)
            for n in range(len(self.columns))
            if n != HEADLINE and not header.isSectionHidden(n)
        )
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
            (self.language_box.currentData() or "") if self.language_box.isVisibleTo(self) else "",
        )
        # Today's practice comes from the packs the learner chose to read in.
        if self.practice is not None and self.practice.practice_language != self.proxy.language:
            self.practice.practice_language = self.proxy.language
            self._plan_later()
        total = self.model.rowCount()
        done = sum(entry.status == DONE for entry in self.model.rows)
        self.count_label.setText(
            translate(
                "LibraryPage",
                "Showing {shown} of %n articles · {done} done · Enter opens the selected article.",
                "",
                total,
            ).format(shown=number(self.proxy.rowCount()), done=number(done))
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
                plain_tooltip(
                    self.tr(
                        "The same event as reported by: {names}. Read them side by side."
                    ).format(names=names)
                )
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
            self._cannot(
                self.tr("⚠ Today's practice cannot be chosen: {problem}").format(problem=exc)
            )
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
            due_names.append(self.tr("the over-flagging check (credible articles)"))
        self.due_label.setToolTip(
            plain_tooltip(
                display_text(self.tr("Due now: {names}").format(names="; ".join(due_names)))
            )
            if due_names
            else ""
        )
        if running is not None and running.finished:
            line = self.tr("✓ Today's practice is done. {due}").format(due=line)
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
            self.tr("Today's &articles ({done} of {total} done):").format(
                done=number(done), total=number(len(rows))
            )
            if self.running is not None
            else self.tr("Today's &articles:")
        )
        self.set_view.setVisible(bool(rows))
        self.set_caption.setVisible(bool(rows))
        self.start_button.setEnabled(bool(rows) or finished)
        self.next_button.setToolTip(
            self.tr("Open the next article of today's practice (Ctrl+N)")
            if running
            else self.tr("Open an article you have not tried yet (Ctrl+N)")
        )
        if finished:
            self.start_button.setText(self.tr("Start another &practice set"))
        elif running:
            self.start_button.setText(self.tr("Go on with today's &practice"))
        else:
            self.start_button.setText(self.tr("Start today's &practice"))
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
        widest_number = self.set_columns[0].text(SetRow(MAX_SET_SIZE, None, "", TO_DO))
        header.resizeSection(0, metrics.horizontalAdvance(widest_number) + pad)
        for column, texts in (
            (2, [self.set_columns[2].text(r) for r in rows] or [self.set_columns[2].header]),
            (3, [state_text(s) for s in (DONE_MARK, NEXT, TO_DO)]),
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
            self._cannot(
                self.tr("⚠ Today's practice cannot be started: {problem}").format(problem=exc)
            )
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
            set_plain(
                self.due_label,
                self.tr("⚠ The set size cannot be kept: {problem}").format(problem=exc),
            )
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
