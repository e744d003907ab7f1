"""The check page: a check of discernment taken one item at a time, with no feedback.

Three screens: the check's instructions, then each item (its outlet, headline and lede,
and the whole article when it has one, drawn with the reader's document code) with the
6-point scale, then a finish screen that gives the measures of the answers. Keys 1 to
6 choose a rating; Esc asks before leaving (the answers so far are kept, and the check
goes on from there when started again). The practice layer decides the wave, the form
and the order; this page only draws the run it is given and passes each answer back.

The app's page answers through its :class:`Practice`. A study's window drives the same
page through a :class:`CheckDriver` instead (``CheckPage(driver=...)``): each answer
goes to the study's participant session, which says what comes next, and the page shows
no measures at the end (a participant gets no feedback).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QElapsedTimer, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from spotit.core.i18n import COUNT, QT_TRANSLATE_NOOP, counted, translate
from spotit.gui.document import build_document, display_text
from spotit.gui.i18n import number
from spotit.gui.plain import plain_label, plain_message, set_plain
from spotit.gui.theme import scaled_font
from spotit.practice import Practice, PracticeError
from spotit.practice.checks import RATINGS, CheckRun, WaveResult, wave_phrase
from spotit.store.progress import ProgressError


def rating_text(rating: int, label: str) -> str:
    """A scale button's text: the key, then the label over two lines.

    Six one-line labels side by side were wider than the window at 200%.
    """
    first, _, rest = label.partition(" ")
    return f"{rating}  {first}\n{rest}" if rest else f"{rating}  {label}"


def result_lines(result: WaveResult) -> list[str]:
    """The finish screen's reading of the measures, in words a learner follows."""
    m = result.measures
    if m is None:
        return [translate("CheckPage", "Your answers are kept.")]
    lines = [
        translate(
            "CheckPage",
            "You judged {f} of {misleading} misleading items not credible, "
            "and {r} of {credible} credible items credible.",
        ).format(
            f=number(m.f),
            misleading=number(m.n_misleading),
            r=number(m.r),
            credible=number(m.n_credible),
        ),
    ]
    if m.d_prime is not None:
        lines.append(
            translate(
                "CheckPage", "Telling them apart (d′): {value}. 0 is guessing; higher is better."
            ).format(value=number(m.d_prime, 2))
        )
    if m.c is not None:
        if m.c > 0.1:
            text = translate(
                "CheckPage",
                "Leaning (c): {value}: you leaned towards “credible”. 0 is no lean either way.",
            )
        elif m.c < -0.1:
            text = translate(
                "CheckPage",
                "Leaning (c): {value}: you leaned towards “not credible”. 0 is no lean either way.",
            )
        else:
            text = translate(
                "CheckPage",
                "Leaning (c): {value}: you leaned neither way. 0 is no lean either way.",
            )
        signed = ("+" if m.c >= 0 else "") + number(m.c, 2)
        lines.append(text.format(value=signed))
    if m.auc is not None:
        lines.append(
            translate(
                "CheckPage",
                "Ranking (AUC): {value}: how often a misleading item got a lower rating "
                "than a credible one. {guessing} is guessing, {always} always.",
            ).format(value=number(m.auc, 2), guessing=number(0.5, 2), always=number(1, 2))
        )
    return lines


#: The question Esc asks on an item of the app's check.
LEAVE_TEXT = QT_TRANSLATE_NOOP(
    "CheckPage",
    "Leave the check? Your answers so far are kept: start it again from the library to go on.",
)


@dataclass
class CheckDriver:
    """Who takes the answers when the page is not the app's (a study's participant session).

    ``answer(run, item_id, rating, rt_ms)`` keeps one answer and returns the run to go
    on with, or None when this run is over (its owner then shows what comes next).
    ``leave_text`` is the question Esc asks, on the instructions as well as on an item.
    """

    answer: Callable[[CheckRun, str, int, int], CheckRun | None]
    leave_text: str


class CheckPage(QWidget):
    """One check run: instructions, the items one at a time, the finish screen."""

    #: The learner leaves the check (finished or not); the window shows the library.
    library_requested = Signal()
    #: The check was finished (its answers are kept and closed).
    finished = Signal()

    def __init__(
        self,
        practice: Practice | None = None,
        parent: QWidget | None = None,
        driver: CheckDriver | None = None,
    ) -> None:
        super().__init__(parent)
        if (practice is None) == (driver is None):
            raise ValueError("a check page answers through a practice or a driver, not both")
        self.practice = practice
        self.driver = driver
        self.run: CheckRun | None = None
        self.result: WaveResult | None = None
        self._timer = QElapsedTimer()
        self.screens = QStackedWidget()
        self._build_intro()
        self._build_item()
        self._build_finish()
        layout = QVBoxLayout(self)
        layout.addWidget(self.screens)

        self.rating_keys = []
        for rating, _label in RATINGS:
            shortcut = QShortcut(QKeySequence(str(rating)), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(lambda r=rating: self.choose(r))
            self.rating_keys.append(shortcut)
        self.escape_key = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        self.escape_key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.escape_key.activated.connect(self.ask_to_leave)
        if driver is not None:  # a participant gets no feedback, at the end either
            self.intro_keys.setText(
                self.tr(
                    "Judge each item on its own: is it credible? Press 1 to 6 (or click) to "
                    "answer: 1 is sure not credible, 6 sure credible. There is no feedback. "
                    "Esc leaves; your answers are kept."
                )
            )

    # -- building ---------------------------------------------------------------------
    def _title_label(self) -> QLabel:
        label = plain_label()
        label.setFont(scaled_font(label.font(), 1.4, bold=True))
        label.setWordWrap(True)
        return label

    def _build_intro(self) -> None:
        self.intro = QWidget()
        self.intro_title = self._title_label()
        self.intro_wave = plain_label()
        self.intro_text = plain_label()
        self.intro_text.setWordWrap(True)
        self.intro_keys = QLabel(
            self.tr(
                "Judge each item on its own: is it credible? Press 1 to 6 (or click) to answer: "
                "1 is sure not credible, 6 sure credible. There is no feedback until the end. "
                "Esc leaves; your answers are kept."
            )
        )
        self.intro_keys.setWordWrap(True)
        self.begin_button = QPushButton(self.tr("&Begin"))
        self.begin_button.setDefault(True)
        self.begin_button.clicked.connect(self.begin)
        box = QVBoxLayout(self.intro)
        for widget in (self.intro_title, self.intro_wave, self.intro_text, self.intro_keys):
            box.addWidget(widget)
        box.addWidget(self.begin_button, 0, Qt.AlignmentFlag.AlignLeft)
        box.addStretch(1)
        self.screens.addWidget(self.intro)

    def _build_item(self) -> None:
        self.item_screen = QWidget()
        self.counter = plain_label()
        self.counter.setAccessibleName(self.tr("Which item"))
        self.outlet = plain_label()
        self.outlet.setAccessibleName(self.tr("Outlet"))
        self.headline = self._title_label()
        self.headline.setAccessibleName(self.tr("Headline"))
        self.lede = plain_label()
        self.lede.setWordWrap(True)
        self.lede.setAccessibleName(self.tr("Lede"))
        self.body = QTextEdit()
        self.body.setReadOnly(True)
        self.body.setAccessibleName(self.tr("The whole article"))
        self.body.setTabChangesFocus(True)
        self.body.hide()
        card = QFrame()
        card.setFrameShape(QFrame.Shape.StyledPanel)
        card_box = QVBoxLayout(card)
        for widget in (self.outlet, self.headline, self.lede):
            card_box.addWidget(widget)
        card_box.addWidget(self.body, 10)
        card_box.addStretch(1)  # a headline and lede sit together at the top
        self.question = QLabel(self.tr("Is this credible? Press 1 to 6."))
        self.buttons: list[QPushButton] = []
        grid = QGridLayout()
        for n, (rating, english) in enumerate(RATINGS):
            label = translate("CheckPage", english)
            button = QPushButton(rating_text(rating, label))
            button.setToolTip(self.tr("Press {key}").format(key=rating))
            button.setAccessibleName(
                self.tr("{rating}: {label}").format(rating=rating, label=label)
            )
            button.clicked.connect(lambda _=False, r=rating: self.choose(r))
            grid.addWidget(button, 0, n)
            self.buttons.append(button)
        ends = QHBoxLayout()
        ends.addWidget(QLabel(self.tr("◀ not credible")))
        ends.addStretch(1)
        ends.addWidget(QLabel(self.tr("credible ▶")))
        box = self.item_box = QVBoxLayout(self.item_screen)
        box.addWidget(self.counter)
        box.addWidget(card, 1)
        box.addWidget(self.question)
        box.addLayout(grid)
        box.addLayout(ends)
        # A headline and lede alone make a small card with the scale right under it; the
        # room left over goes below (an article's body takes it instead: _fit_card).
        box.addStretch(0)
        self.card = card
        self.screens.addWidget(self.item_screen)

    def _build_finish(self) -> None:
        self.finish_screen = QWidget()
        self.finish_title = self._title_label()
        self.finish_text = plain_label()
        self.finish_text.setWordWrap(True)
        self.finish_text.setAccessibleName(self.tr("Your result"))
        self.done_button = QPushButton(self.tr("Back to the &library"))
        self.done_button.setDefault(True)
        self.done_button.clicked.connect(self.library_requested)
        box = QVBoxLayout(self.finish_screen)
        box.addWidget(self.finish_title)
        box.addWidget(self.finish_text)
        box.addWidget(self.done_button, 0, Qt.AlignmentFlag.AlignLeft)
        box.addStretch(1)
        self.screens.addWidget(self.finish_screen)

    # -- showing a run ------------------------------------------------------------------
    def start(self, pack_id: str, check_id: str) -> bool:
        """Start (or go on with) the check's wave due now; False if it cannot be."""
        try:
            run = self.practice.start_check(pack_id, check_id)
        except (PracticeError, ProgressError) as exc:
            plain_message(
                self, self.tr("Cannot start the check"), str(exc), QMessageBox.Icon.Information
            )
            return False
        self.show_run(run)
        return True

    def show_run(self, run: CheckRun) -> None:
        self.run, self.result = run, None
        check = run.check
        set_plain(self.intro_title, display_text(check.title))
        total = len(run.items)
        if run.answered:
            wave = counted.translate(
                "CheckPage",
                "%n item(s) · {wave} · {answered} answered: you go on from item {next}",
                "",
                COUNT,
                int(total),
            ).format(
                wave=wave_phrase(run.wave),
                answered=number(run.answered),
                next=number(run.answered + 1),
            )
        else:
            wave = counted.translate(
                "CheckPage", "%n item(s) · {wave}", "", COUNT, int(total)
            ).format(wave=wave_phrase(run.wave))
        set_plain(self.intro_wave, wave)
        set_plain(self.intro_text, display_text(check.instructions))
        self.begin_button.setText(self.tr("&Go on") if run.answered else self.tr("&Begin"))
        self.screens.setCurrentWidget(self.intro)
        self.begin_button.setFocus()

    @property
    def on_item(self) -> bool:
        return self.screens.currentWidget() is self.item_screen

    def begin(self) -> None:
        if self.run is None:
            return
        self.screens.setCurrentWidget(self.item_screen)
        self._show_item()

    def _show_item(self) -> None:
        run = self.run
        item = run.next_item if run is not None else None
        if item is None:
            self._finish()
            return
        set_plain(
            self.counter,
            self.tr("Item {number} of {total}").format(
                number=number(run.answered + 1), total=number(len(run.items))
            ),
        )
        set_plain(self.outlet, display_text(item.outlet))
        self.outlet.setVisible(bool(item.outlet))
        set_plain(self.headline, display_text(item.headline))
        set_plain(self.lede, display_text(item.lede))
        if item.blocks:
            self.body.setDocument(build_document(list(item.blocks), self.body))
            self.body.show()
        else:
            self.body.hide()
            self.body.clear()
        self._fit_card(bool(item.blocks))
        # No button keeps the focus ring of the last answer: nothing hints at it.
        self.setFocus(Qt.FocusReason.OtherFocusReason)
        self._timer.start()

    def _fit_card(self, has_body: bool) -> None:
        box = self.item_box
        box.setStretch(box.indexOf(self.card), 1 if has_body else 0)
        box.setStretch(box.count() - 1, 0 if has_body else 1)

    def choose(self, rating: int) -> None:
        """Answer the item shown with ``rating`` (keys 1-6 or a button); the next follows."""
        if not self.on_item or self.run is None or self.run.next_item is None:
            return
        rt_ms = int(self._timer.elapsed()) if self._timer.isValid() else 0
        item_id = self.run.next_item.id
        try:
            if self.driver is not None:
                run = self.driver.answer(self.run, item_id, rating, rt_ms)
                if run is None:  # the run is over: the driver's owner shows what follows
                    return
                self.run = run
            else:
                self.run = self.practice.answer(self.run, item_id, rating, rt_ms)
        except (PracticeError, ProgressError) as exc:
            plain_message(self, self.tr("The answer cannot be kept"), str(exc))
            return
        self._show_item()

    def _finish(self) -> None:
        if self.driver is not None:
            return  # the driver finished the run with its last answer
        try:
            self.result = self.practice.finish_check(self.run)
        except (PracticeError, ProgressError) as exc:
            plain_message(self, self.tr("The check cannot be finished"), str(exc))
            return
        set_plain(
            self.finish_title,
            self.tr("Done: {title}").format(title=display_text(self.run.check.title)),
        )
        set_plain(self.finish_text, "\n\n".join(result_lines(self.result)))
        self.screens.setCurrentWidget(self.finish_screen)
        self.done_button.setFocus()
        self.finished.emit()

    # -- leaving --------------------------------------------------------------------------
    def ask_to_leave(self) -> None:
        """Esc: on an item, ask first (the answers so far are kept); elsewhere just leave.

        A driven page (a study) asks on its instructions too: a participant who leaves
        has to give their code again to come back.
        """
        asks = self.on_item or (
            self.driver is not None and self.screens.currentWidget() is self.intro
        )
        if asks:
            box = QMessageBox(self)
            box.setIcon(QMessageBox.Icon.Question)
            box.setWindowTitle(self.tr("Leave the check?"))
            box.setTextFormat(Qt.TextFormat.PlainText)
            box.setText(
                self.driver.leave_text
                if self.driver is not None
                else translate("CheckPage", LEAVE_TEXT)
            )
            leave = box.addButton(self.tr("&Leave"), QMessageBox.ButtonRole.AcceptRole)
            stay = box.addButton(self.tr("&Stay"), QMessageBox.ButtonRole.RejectRole)
            box.setDefaultButton(stay)
            box.setEscapeButton(stay)
            box.exec()
            if box.clickedButton() is not leave:
                return
        self.library_requested.emit()
