"""The first-run tour: SpotIt shown on its own widgets, one step at a time.

A callout beside the widget each step is about, with a ring around that widget, says
what to do; where the step is an action (select a passage, flag it, submit) the tour
waits for the learner to do it, and sees it happen through the widgets' own signals.
The one guided article is a practice run: the real reader on the easiest article of
the first pack, scored as always, but with no attempt, draft or review card stored, so
the learner's record starts clean and the article stays new in the library.

Keyboard: the callout's buttons are in the tab order, F6 moves between the callout and
the widget it points at, Escape skips the tour.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QPainter, QPalette, QPen, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from spotit.core.progress import Learner
from spotit.gui.i18n import number as number_text

if TYPE_CHECKING:
    from spotit.core.article import PackArticle
    from spotit.gui.reader import ReaderPage
    from spotit.practice import OpenArticle, Practice
    from spotit.store.pack import Pack

TOUR_KEY = "tour"


# -- the offer ---------------------------------------------------------------------------


class TourOfferBar(QFrame):
    """The bar a new profile sees above the library: take the tour, or not now.

    Either choice is final (the tour is marked seen); Help › Take the tour repeats it.
    """

    accepted = Signal()
    declined = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tourOffer")
        self.setAccessibleName(self.tr("Tour offered"))
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        self.label = QLabel(
            self.tr(
                "New to SpotIt? A short tour shows you how it works on one practice article: "
                "select a passage, flag it, submit, read the feedback. About five minutes; "
                "nothing in it is saved."
            )
        )
        self.label.setWordWrap(True)
        layout.addWidget(self.label, 1)
        self.take_button = QPushButton(self.tr("Take the to&ur"))
        self.take_button.clicked.connect(self.accepted)
        self.not_now_button = QPushButton(self.tr("Not now"))
        self.not_now_button.setToolTip(
            self.tr("Escape. Help › Take the tour starts it whenever you like.")
        )
        self.not_now_button.clicked.connect(self.declined)
        layout.addWidget(self.take_button, 0, Qt.AlignmentFlag.AlignVCenter)
        layout.addWidget(self.not_now_button, 0, Qt.AlignmentFlag.AlignVCenter)


# -- the practice run --------------------------------------------------------------------


class _PracticeRun:
    """Stands in for the practice layer inside the tour's reader: nothing is stored.

    Opening gives no draft and saving a draft keeps nothing; the reader's
    ``submit_handler`` scores the flags on the spot (as a class reveal does) instead of
    recording an attempt, so no card is reviewed either.
    """

    def __init__(self, practice: Practice) -> None:
        self.practice = practice

    @property
    def learner(self) -> Learner:
        return self.practice.learner

    def open_article(self, pack, article, fresh: bool = False) -> OpenArticle:
        from spotit.practice import OpenArticle

        return OpenArticle(pack, article, None, self.practice.now_text())

    def retry(self, opened: OpenArticle) -> OpenArticle:
        return self.open_article(opened.pack, opened.article, fresh=True)

    def save_draft(self, opened, flags, seconds: int, hints_used: int = 0) -> None:
        return None  # a practice run keeps nothing


def guided_article(packs: dict[str, Pack]) -> tuple[Pack, PackArticle] | None:
    """The article the tour runs on: the easiest one with red flags, of the first pack
    (the starter opens first) that has one."""
    for pack in packs.values():
        candidates = [
            (summary.meta.difficulty, n, summary.meta.id)
            for n, summary in enumerate(pack.articles())
            if summary.annotations
        ]
        if candidates:
            return pack, pack.article(min(candidates)[2])
    return None


# -- drawing -----------------------------------------------------------------------------


class Ring(QWidget):
    """A thick two-tone ring around the widget a step is about; clicks go through it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.target_rect = QRect()

    def set_target(self, rect: QRect | None) -> None:
        self.target_rect = QRect() if rect is None else QRect(rect)
        self.setGeometry(self.parentWidget().rect())
        self.setVisible(rect is not None)
        self.raise_()
        self.update()

    def paintEvent(self, _event) -> None:  # noqa: N802 (Qt naming)
        if self.target_rect.isNull():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = max(3, self.fontMetrics().height() // 5)
        rect = self.target_rect.adjusted(-width, -width, width, width)
        # A dark and a light line side by side: visible on any background, light or dark.
        painter.setPen(QPen(QColor("#ffffff"), width * 2))
        painter.drawRoundedRect(rect, width * 2, width * 2)
        pen = QPen(QColor("#d35400"), width, Qt.PenStyle.DashLine)
        painter.setPen(pen)
        painter.drawRoundedRect(rect, width * 2, width * 2)
        painter.end()


class Callout(QFrame):
    """The step's text with Back, Next and Skip the tour, placed beside its widget."""

    back_requested = Signal()
    next_requested = Signal()
    skip_requested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("tourCallout")
        self.setFrameShape(QFrame.Shape.Box)
        self.setAutoFillBackground(True)
        self.setAccessibleName(self.tr("Tour"))
        layout = QVBoxLayout(self)
        self.counter = QLabel()
        self.counter.setWordWrap(True)  # large text: the keys go on a second line
        self.counter.setAccessibleName(self.tr("Tour step"))
        self.title = QLabel()
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.title.setFont(font)
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setAccessibleName(self.tr("Tour step text"))
        self.body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.waiting = QLabel()
        self.waiting.setWordWrap(True)
        self.waiting.setAccessibleName(self.tr("What the tour is waiting for"))
        for label in (self.counter, self.title, self.body, self.waiting):
            label.setTextFormat(Qt.TextFormat.PlainText)
            layout.addWidget(label)
        row = QHBoxLayout()
        self.back_button = QPushButton(self.tr("‹ Back"))
        self.back_button.setAccessibleName(self.tr("Back: the previous step"))
        self.back_button.clicked.connect(self.back_requested)
        self.next_button = QPushButton(self.tr("Next ›"))
        self.next_button.setAccessibleName(self.tr("Next step"))
        self.next_button.clicked.connect(self.next_requested)
        self.skip_button = QPushButton(self.tr("Skip the tour"))
        self.skip_button.setToolTip(self.tr("Escape"))
        self.skip_button.clicked.connect(self.skip_requested)
        row.addWidget(self.back_button)
        row.addWidget(self.next_button)
        row.addStretch(1)
        row.addWidget(self.skip_button)
        layout.addLayout(row)
        self._restyle()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange):
            if getattr(self, "skip_button", None) is not None:
                self._restyle()
        super().changeEvent(event)

    def _restyle(self) -> None:
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText).name()
        back = palette.color(QPalette.ColorRole.Window).name()
        style = (
            f"QFrame#tourCallout {{ background-color: {back}; border: 3px solid {text}; "
            "border-radius: 6px; }"
        )
        if self.styleSheet() != style:
            self.setStyleSheet(style)
        bold = self.title.font()
        bold.setBold(True)
        bold.setPointSizeF(self.font().pointSizeF() * 1.2)
        self.title.setFont(bold)

    def show_step(self, number: int, total: int, step: Step, done: bool) -> None:
        self.counter.setText(
            self.tr("Tour: step {number} of {total} · F6: here and back · Esc: skip").format(
                number=number_text(number), total=number_text(total)
            )
        )
        self.title.setText(step.title)
        self.body.setText(step.text())
        if step.done is None:
            self.waiting.hide()
        else:
            self.waiting.setText(
                self.tr("✓ Done. {next}").format(next=step.when_done)
                if done
                else self.tr("⏳ Waiting for you: {action}").format(action=step.action)
            )
            self.waiting.show()
        self.back_button.setEnabled(number > 1)
        last = number == total
        self.next_button.setText(self.tr("Finish") if last else self.tr("Next ›"))
        self.next_button.setAccessibleName(
            self.tr("Finish the tour") if last else self.tr("Next step")
        )
        self.next_button.setEnabled(step.done is None or done)
        self.setAccessibleDescription(
            self.tr("{title}. {text}").format(title=step.title, text=step.text())
        )

    def _fit(self, width: int, area: QRect) -> int:
        """Take ``width`` and the height the step's text needs at it (at most ``area``'s)."""
        self.setFixedWidth(width)
        layout = self.layout()
        layout.invalidate()  # the step's text changed: no height remembered for the old one
        height = layout.totalHeightForWidth(width) if layout.hasHeightForWidth() else -1
        height = max(height, layout.totalMinimumSize().height())
        self.setFixedHeight(min(height, area.height()))
        return self.height()

    def place(
        self,
        window: QWidget,
        target: QRect | None,
        sides: tuple[str, ...],
        over: QRect | None = None,
    ) -> None:
        """Beside ``target`` (window coordinates) on the first of ``sides`` with room, or
        over ``over`` when given and it has room."""
        area = window.rect().adjusted(8, 8, -8, -8)
        width = min(max(self.fontMetrics().averageCharWidth() * 46, 320), area.width() // 2)
        height = self._fit(width, area)
        gap = 16
        if over is not None and over.width() >= width // 2:
            x = min(max(over.center().x() - width // 2, area.left()), area.right() - width)
            y = max(min(over.top(), area.bottom() - height), area.top())
            if target is None or not QRect(x, y, width, height).intersects(target):
                self.move(x, y)
                return
        if target is None or target.isNull():
            self.move(area.center() - QPoint(width // 2, height // 2))
            return
        # Beside the widget, narrower (and taller) if that is what it takes, but no
        # narrower than a readable column, so large text still leaves the widget free.
        narrowest = self.fontMetrics().averageCharWidth() * 24
        room = {
            "right": area.right() - target.right() - gap,
            "left": target.left() - gap - area.left(),
        }
        for side in sides:
            if side in room and narrowest <= room[side] < width:
                narrow = room[side]
                tall = self._fit(narrow, area)
                x = target.right() + gap if side == "right" else target.left() - gap - narrow
                y = min(max(target.top(), area.top()), area.bottom() - tall)
                if area.contains(QRect(x, y, narrow, tall)):
                    self.move(x, y)
                    return
                height = self._fit(width, area)
        spots = {
            "right": QPoint(target.right() + gap, target.top()),
            "left": QPoint(target.left() - gap - width, target.top()),
            "below": QPoint(target.left(), target.bottom() + gap),
            "above": QPoint(target.left(), target.top() - gap - height),
            "inside": QPoint(target.right() - width - gap, target.bottom() - height - gap),
        }
        for side in sides:
            box = QRect(spots[side], self.size())
            if area.contains(box):
                self.move(box.topLeft())
                return
        for side in sides:  # pushed back into the window, if it then leaves the widget free
            spot = spots[side]
            x = min(max(spot.x(), area.left()), area.right() - width)
            y = min(max(spot.y(), area.top()), area.bottom() - height)
            if not QRect(x, y, width, height).intersects(target):
                self.move(x, y)
                return
        spot = spots["inside"]  # over the widget's lower right corner: nothing else fits
        self.move(
            min(max(spot.x(), area.left()), area.right() - width),
            min(max(spot.y(), area.top()), area.bottom() - height),
        )


# -- the steps ---------------------------------------------------------------------------


@dataclass
class Step:
    """One step: its text, the widget it is about, and for an action what ends it."""

    title: str
    text: Callable[[], str]
    target: Callable[[], QWidget | None]
    #: Shows the page the step needs (the library, the practice article).
    enter: Callable[[], None]
    #: For an action step: whether the learner has done it. None: read, then Next.
    done: Callable[[], bool] | None = None
    action: str = ""  # what the tour waits for, said in words
    when_done: str = ""
    sides: tuple[str, ...] = ("right", "left", "below", "above")
    #: Where the callout goes instead of beside the target: over this widget (one the step
    #: does not need, such as the empty list of flags), when it fits there.
    over: Callable[[], QWidget | None] | None = None
    #: Where the keyboard focus goes when the step starts: "callout", "target", or "keep"
    #: (where the learner is working: number keys and Ctrl+Enter work in the reader).
    focus: str = "callout"


class Tour(QObject):
    """The tour over a main window's own widgets; ``finished(completed)`` at the end."""

    finished = Signal(bool)

    def __init__(self, window: QMainWindow, practice: Practice) -> None:
        super().__init__(window)
        self.window = window
        self.practice = practice
        self.index = 0
        self.running = False
        self._switching = False  # the tour itself is changing the page
        self.reader: ReaderPage | None = None
        self.guided = guided_article(window.packs)
        self.ring = Ring(window)
        self.ring.hide()
        self.callout = Callout(window)
        self.callout.hide()
        self.callout.back_requested.connect(self.back)
        self.callout.next_requested.connect(self.next)
        self.callout.skip_requested.connect(self.skip)
        self.escape = QShortcut(QKeySequence(Qt.Key.Key_Escape), window)
        self.escape.setContext(Qt.ShortcutContext.WindowShortcut)
        self.escape.activated.connect(self.skip)
        self.escape.setEnabled(False)
        self.f6 = QShortcut(QKeySequence(Qt.Key.Key_F6), window)
        self.f6.setContext(Qt.ShortcutContext.WindowShortcut)
        self.f6.activated.connect(self.toggle_focus)
        self.f6.setEnabled(False)
        self._timer = QTimer(self)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self._follow)
        self._last_geometry: QRect | None = None
        window.pages.currentChanged.connect(self._page_changed)
        self.steps = self._steps()

    # -- the steps ---------------------------------------------------------------------
    def _steps(self) -> list[Step]:
        w = self.window
        library = w.library
        steps = [
            Step(
                self.tr("Welcome to SpotIt"),
                lambda: self.tr(
                    "SpotIt trains you to spot misinformation. You read news-like articles, "
                    "select the passages that look suspicious and say which red flag each one "
                    "is; SpotIt then shows what you found, missed or flagged for nothing, and "
                    "how to check each red flag yourself.\n\n"
                    "Every article is invented training material. Some are written to mislead; "
                    "others are credible on purpose, so the goal is to tell them apart, not to "
                    "distrust everything."
                ),
                lambda: None,
                self._show_library,
            )
        ]
        if self.guided is not None:
            reader = lambda: self.reader  # noqa: E731 (built when the article step starts)
            steps += [
                Step(
                    self.tr("A practice article"),
                    self._article_text,
                    lambda: reader().view,
                    self._show_article,
                    sides=("right",),
                    over=lambda: reader().flag_list,
                ),
                Step(
                    self.tr("Select a passage"),
                    lambda: self.tr(
                        "Find a passage that looks suspicious to you: a claim with no source, "
                        "a word that judges instead of reporting, a number with no base. "
                        "Select it by dragging the mouse over it, or put the caret before it "
                        "and hold Shift while you press the arrow keys (Shift+Ctrl+arrows "
                        "selects whole words)."
                    ),
                    lambda: reader().view,
                    self._show_article,
                    done=lambda: reader().view.textCursor().hasSelection() or bool(reader().flags),
                    action=self.tr("select a passage in the article."),
                    when_done=self.tr("Now flag it."),
                    sides=("right",),
                    over=lambda: reader().flag_list,
                    focus="target",
                ),
                Step(
                    self.tr("Flag it"),
                    lambda: self.tr(
                        "Say which red flag the passage is: press its number key (1 to 9), or "
                        "click it in this list; 0 or F opens the full list. Not sure what a red "
                        "flag means? Point at it for its description; right-click it, or press "
                        "Shift+F1 on it, for its lesson."
                    ),
                    lambda: reader().flag_panel.palette_box,
                    self._show_article,
                    done=lambda: bool(reader().flags),
                    action=self.tr(
                        "flag the selected passage (a number key, or click a red flag)."
                    ),
                    when_done=self.tr("Flag more if you like, then go on."),
                    sides=("below", "left"),
                    focus="keep",
                ),
                Step(
                    self.tr("Submit"),
                    lambda: self.tr(
                        "When you have flagged everything you find suspicious, submit: press "
                        "Ctrl+Enter or this button. If you find nothing to flag, “This article "
                        "looks credible” submits with no flags."
                    ),
                    lambda: reader().submit_button,
                    self._show_article,
                    done=lambda: reader().report is not None,
                    action=self.tr("submit your flags (Ctrl+Enter)."),
                    when_done=self.tr("Your feedback is on the right."),
                    sides=("above", "left"),
                    focus="keep",
                ),
                Step(
                    self.tr("Read the feedback"),
                    lambda: self.tr(
                        "Every red flag of the article is listed with its verdict: ✓ found, "
                        "≈ found with the wrong category, ◐ partly found, ✗ missed, and your "
                        "flags that were not red flags are marked ⚐. Each has its own symbol "
                        "and underline in the article, not only a colour. Choose a row (arrow "
                        "keys) to see its passage and read why, and how to check it; a link "
                        "under the explanation opens the lesson on that red flag."
                    ),
                    lambda: reader().verdict_list,
                    self._show_article,
                    sides=("left", "below"),
                    focus="keep",
                ),
            ]
        steps += [
            Step(
                self.tr("Where to practise"),
                lambda: self.tr(
                    "The library lists every article with your status and best score. "
                    "Today's practice picks a short set for you, bringing back the red flags "
                    "you are due to review; Next article (Ctrl+N) follows it. The article of "
                    "this tour is still new here: try it for real whenever you like."
                ),
                lambda: getattr(library, "practice_panel", None) or library.table,
                self._show_library,
                sides=("left", "below", "right"),
            ),
            Step(
                self.tr("History, lessons and classes"),
                lambda: self.tr(
                    "Go › History (Ctrl+H) shows your scores over time and the red flags you "
                    "miss most. Help › Lessons teaches each red flag with an invented example. "
                    "In class, Class › Join a class connects you to your instructor's session. "
                    "Help › Take the tour shows this tour again; Help › Keyboard shortcuts "
                    "lists every key."
                ),
                lambda: w.menuBar(),
                self._show_library,
                sides=("below",),
            ),
        ]
        return steps

    def _article_text(self) -> str:
        headline = self.guided[1].meta.headline if self.guided else ""
        from spotit.gui.document import display_text

        return self.tr(
            "This is “{headline}”, one of the easiest "
            "articles, opened in the real reader as a practice run: your flags and score "
            "here are not saved, and the article stays new in your library.\n\n"
            "The next steps wait for you to do each thing yourself."
        ).format(headline=" ".join(display_text(headline).split()))

    # -- pages -------------------------------------------------------------------------
    def _show_library(self) -> None:
        if self.window.pages.currentWidget() is not self.window.library:
            self._switching = True
            try:
                self.window.show_library()
            finally:
                self._switching = False

    def _show_article(self) -> None:
        if self.reader is None:
            self.reader = self._build_reader()
        if self.reader.current is None:
            pack, article = self.guided
            self.reader.open_article(pack, article, fresh=True)
        if self.window.pages.currentWidget() is not self.reader:
            self._switching = True
            try:
                self.window.pages.setCurrentWidget(self.reader)
                self.window._set_title(self.tr("Tour: a practice run (not saved) — SpotIt"))
            finally:
                self._switching = False

    def _build_reader(self) -> ReaderPage:
        from spotit.gui.reader import ReaderPage

        reader = getattr(self.window, "_tour_reader", None)
        if reader is None:
            reader = ReaderPage(_PracticeRun(self.practice))
            self.window.pages.addWidget(reader)
            self.window._tour_reader = reader  # kept: one tour reader per window
        reader.lessons_for = getattr(self.window, "lesson_categories_of", None)
        reader.submit_handler = self._score_run
        reader.current = None
        for signal in (
            reader.view.selectionChanged,
            reader.side.currentChanged,
            reader.flag_panel.model.modelReset,
        ):
            signal.connect(self._check)
        reader.library_requested.connect(self._leave_article)
        reader.next_requested.connect(self._leave_article)
        reader.lesson_requested.connect(self._lesson)
        return reader

    def _score_run(self, flags, _seconds: int) -> None:
        # Scored as a submitted attempt is, from the article's own key, and not stored.
        article = self.reader.current.article
        self.reader.show_result(article.annotations, article.notes)

    def _lesson(self, category: str) -> None:
        opener = getattr(self.window, "open_lesson", None)
        if opener is not None:
            opener(category)

    def _leave_article(self) -> None:
        """Library or Next article from the feedback: on to the tour's next page."""
        if not self.running:
            return
        while (
            self.index < len(self.steps) - 1 and self.steps[self.index].enter == self._show_article
        ):
            self.index += 1
        self._show_step()

    def _page_changed(self, _index: int) -> None:
        # The learner went elsewhere (Ctrl+H, a menu) during the article: the tour ends.
        if self.running and not self._switching:
            step = self.steps[self.index]
            if (
                step.enter == self._show_article
                and self.window.pages.currentWidget() is not self.reader
            ):
                self.skip()

    # -- running -----------------------------------------------------------------------
    def start(self) -> None:
        self.running = True
        self.index = 0
        self.guided = guided_article(self.window.packs)  # the packs open now
        self.steps = self._steps()
        if self.reader is not None:
            self.reader.current = None  # a repeated tour starts the article afresh
        self.escape.setEnabled(True)
        self.f6.setEnabled(True)
        self._timer.start()
        self._show_step()

    def _show_step(self) -> None:
        step = self.steps[self.index]
        step.enter()
        self.callout.show()
        self.callout.raise_()
        self._refresh(place=True)
        target = step.target()
        if step.focus == "target" and target is not None:
            target.setFocus()
        elif step.focus == "callout":
            button = self.callout.next_button
            (button if button.isEnabled() else self.callout.skip_button).setFocus()

    def _refresh(self, place: bool = False) -> None:
        step = self.steps[self.index]
        done = step.done() if step.done is not None else False
        self.callout.show_step(self.index + 1, len(self.steps), step, done)
        rect = self._target_rect()
        self.ring.set_target(rect)
        self.callout.raise_()
        if place or rect != self._last_geometry:
            over = self._rect_of(step.over() if step.over is not None else None)
            self.callout.place(self.window, rect, step.sides, over)
            self._last_geometry = rect

    def _target_rect(self) -> QRect | None:
        return self._rect_of(self.steps[self.index].target())

    def _rect_of(self, widget: QWidget | None) -> QRect | None:
        """Where ``widget`` is in the window (None when it is not on screen)."""
        if widget is None or not widget.isVisible():
            return None
        return QRect(widget.mapTo(self.window, QPoint(0, 0)), widget.size())

    def _follow(self) -> None:
        """Keep the ring and the callout on their widget as the window changes."""
        if self.running and self._target_rect() != self._last_geometry:
            self._refresh()

    def _check(self, *_args) -> None:
        """A widget changed: if the current step's action is done, move on to the next."""
        if not self.running:
            return
        step = self.steps[self.index]
        if step.done is None:
            return
        if step.done() and self.index < len(self.steps) - 1:
            QTimer.singleShot(0, self._advance_if_done)
        else:
            self._refresh()

    def _advance_if_done(self) -> None:
        step = self.steps[self.index]
        if self.running and step.done is not None and step.done():
            self.index += 1
            self._show_step()

    def next(self) -> None:
        if not self.running:
            return
        step = self.steps[self.index]
        if step.done is not None and not step.done():
            return  # waiting for the learner's action
        if self.index == len(self.steps) - 1:
            self._end(True)
            return
        self.index += 1
        self._show_step()

    def back(self) -> None:
        if self.running and self.index > 0:
            self.index -= 1
            self._show_step()

    def skip(self) -> None:
        if self.running:
            self._end(False)

    def dispose(self) -> None:
        """The window is being made anew (another language): a tour under way ends, and
        the tour's widgets go with the old ones; Help › Take the tour builds it again."""
        self.skip()
        self.window.pages.currentChanged.disconnect(self._page_changed)
        reader = getattr(self.window, "_tour_reader", None)
        if reader is not None:
            self.window.pages.removeWidget(reader)
            reader.deleteLater()
            self.window._tour_reader = None
        for part in (self.ring, self.callout, self.escape, self.f6):
            part.deleteLater()
        self.deleteLater()

    def toggle_focus(self) -> None:
        """F6: between the callout and the widget the step is about."""
        target = self.steps[self.index].target()
        if self.callout.isAncestorOf(self.window.focusWidget() or self.callout):
            if target is not None:
                target.setFocus()
        else:
            button = self.callout.next_button
            (button if button.isEnabled() else self.callout.skip_button).setFocus()

    def _end(self, completed: bool) -> None:
        self.running = False
        self._timer.stop()
        self.escape.setEnabled(False)
        self.f6.setEnabled(False)
        self.callout.hide()
        self.ring.hide()
        self.practice.mark_seen(TOUR_KEY)
        if self.reader is not None and self.window.pages.currentWidget() is self.reader:
            self.window.show_library()
        if self.reader is not None:
            self.reader.current = None
        self.finished.emit(completed)
