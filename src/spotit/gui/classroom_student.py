"""Joining a class: the join dialog and the student's window around the usual reader.

The reader is the same as in self-paced practice. Its drafts go to the host as the
student works (a small stand-in for the progress database routes them there), its
submissions go to the host instead of being scored here, and the answer key arrives
with the instructor's reveal. The pace is the instructor's: no "try again" or "next".
"""

from __future__ import annotations

import hashlib

from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QFont, QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from spotit.classroom import protocol
from spotit.classroom.client import ClassClient
from spotit.classroom.protocol import ArticleOffer, Reveal, Submitted, Welcome
from spotit.classroom.session import ENDED_BY_INSTRUCTOR
from spotit.core.i18n import QT_TRANSLATE_NOOP, translate
from spotit.core.model import Flag
from spotit.core.progress import Draft, Learner, utc_now
from spotit.gui.document import display_text
from spotit.gui.feedback_panel import VerdictRow
from spotit.gui.i18n import number
from spotit.gui.itemmodels import Column
from spotit.gui.plain import escape, plain_title, set_plain
from spotit.gui.reader import ReaderPage
from spotit.gui.settings import settings_file
from spotit.gui.windows import resize_to_fit
from spotit.practice import OpenArticle, Practice, Submission
from spotit.store.progress import Progress, ProgressError

DRAFT_DELAY_MS = 300

#: What a host says when it turns a student away (it writes English, whatever language
#: the student reads): shown in the student's language when the host said exactly this.
HOST_REFUSALS = {
    "too many wrong codes; wait a minute and try again": QT_TRANSLATE_NOOP(
        "JoinDialog", "Too many wrong codes; wait a minute and try again."
    ),
    "too many failed attempts; wait a minute": QT_TRANSLATE_NOOP(
        "JoinDialog", "Too many failed attempts; wait a minute."
    ),
    "that is not this session's join code": QT_TRANSLATE_NOOP(
        "JoinDialog", "That is not this session's join code."
    ),
    "the class is full": QT_TRANSLATE_NOOP("JoinDialog", "The class is full."),
    "this session does not know that token": QT_TRANSLATE_NOOP(
        "JoinDialog", "This session does not know that token."
    ),
    "you joined from another connection": QT_TRANSLATE_NOOP(
        "JoinDialog", "You joined from another connection."
    ),
}
NAME_TAKEN = "someone in the class is already called "


def refusal_text(message: str) -> str:
    """The host's reason for turning the student away, as a sentence in their language."""
    known = HOST_REFUSALS.get(message)
    if known is not None:
        return translate("JoinDialog", known)
    if message.startswith(NAME_TAKEN):
        return translate("JoinDialog", "Someone in the class is already called {name}.").format(
            name=message[len(NAME_TAKEN) :]
        )
    # Anything else as the host (or this app's client) wrote it, made a sentence.
    return message[:1].upper() + message[1:] + "."


def ended_text(reason: str) -> str:
    """Why the session ended, in the student's language when it is the usual reason."""
    return (
        translate("ClassSession", ENDED_BY_INSTRUCTOR) if reason == ENDED_BY_INSTRUCTOR else reason
    )


def _token_key(host: str, port: int, code: str, name: str) -> str:
    """Where the token of one session and name is kept (hashed: names may hold any character)."""
    digest = hashlib.sha256(f"{host}\n{port}\n{code}\n{name}".encode()).hexdigest()[:24]
    return f"classroom/tokens/{digest}"


class _ClassPractice:
    """Stands in for the practice layer inside the student's reader: drafts go to the host.

    The reader saves a draft after every edit and reads one when it opens an
    article; here saving sends the flags to the host (a little later, batched), and
    opening restores the draft the host kept for this student. Submissions never
    reach it: the reader's ``submit_handler`` sends them to the host.
    """

    def __init__(self, window: StudentWindow) -> None:
        self.window = window

    @property
    def learner(self) -> Learner | None:
        welcome = self.window.welcome
        return Learner(0, welcome.name) if welcome else None

    def open_article(self, pack, article, fresh: bool = False) -> OpenArticle:
        draft = None if fresh else self.window.host_draft(article.meta.id, article.text_hash)
        return OpenArticle(pack, article, draft, utc_now())

    def retry(self, opened: OpenArticle) -> OpenArticle:
        return self.open_article(opened.pack, opened.article, fresh=True)

    def save_draft(self, opened: OpenArticle, flags, seconds: int, hints_used: int = 0) -> None:
        # The hints shown go to the host with the flags: it keeps them with the draft.
        self.window.draft_changed(opened.article.meta.id, list(flags), seconds, hints_used)


class StudentWindow(QMainWindow):
    """A student's class session: the reader, paced by the instructor."""

    def __init__(
        self,
        client: ClassClient,
        progress: Progress | None = None,
        learner: Learner | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.client = client
        client.setParent(self)
        self.progress, self.learner = progress, learner
        # The student's own history here, when they have a profile on this computer.
        self.practice = (
            Practice(progress, learner) if progress is not None and learner is not None else None
        )
        self.welcome: Welcome | None = client.welcome
        self.offer: ArticleOffer | None = None
        self.reveal: Reveal | None = None
        self.ended = False
        #: (index, count, reason) while the class's article is one this app cannot show.
        self.unshown: tuple[int, int, str] | None = None
        #: Why the answers to the current article could not be shown ("" when they could).
        self.answers_problem = ""
        self._replaying = False
        self._pending_draft: tuple[str, list[Flag], int, int] | None = None
        self._draft_timer = QTimer(self)
        self._draft_timer.setSingleShot(True)
        self._draft_timer.setInterval(DRAFT_DELAY_MS)
        self._draft_timer.timeout.connect(self.flush_draft)
        resize_to_fit(self, 1200, 800)
        self._build()
        client.welcomed.connect(self._welcomed)
        client.article_offered.connect(self.show_offer)
        client.submission_confirmed.connect(self._confirmed)
        client.revealed.connect(self.show_reveal)
        client.ended.connect(self._ended)
        client.refused.connect(self._refused)
        client.problem.connect(
            lambda _code, message: self._status(
                self.tr("The host says: {message}").format(message=message)
            )
        )
        client.cannot_show.connect(self.show_unshowable)
        client.answers_not_shown.connect(self.show_answers_unshowable)
        client.state_changed.connect(lambda _state: self._update_banner())
        if client.offer is not None:
            self.show_offer(client.offer)
        self._update_banner()

    def _build(self) -> None:
        central = QWidget()
        layout = QVBoxLayout(central)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setAccessibleName(self.tr("Class status"))
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setContentsMargins(8, 6, 8, 6)
        layout.addWidget(self.banner)
        self.class_result = QLabel()
        self.class_result.setWordWrap(True)
        self.class_result.setAccessibleName(self.tr("How the class did"))
        self.class_result.hide()
        layout.addWidget(self.class_result)
        self.reader = ReaderPage(_ClassPractice(self))  # type: ignore[arg-type]
        self.reader.submit_handler = self._submit
        # The hints come from the host with the article (its answer key does not).
        self.reader.hint_source = self._offered_hints
        # The instructor sets the pace: no trying again, no picking another article.
        self.reader.try_again_action.setEnabled(False)
        feedback = self.reader.feedback
        feedback.verdict_model.add_column(
            Column(self.tr("Class"), self._class_count, tooltip=self._class_count_tip)
        )
        self.reader.verdict_list.header().setSectionResizeMode(
            3, QHeaderView.ResizeMode.ResizeToContents
        )
        for button in (feedback.try_again_button, feedback.next_button, feedback.library_button):
            button.hide()
        layout.addWidget(self.reader, 1)
        self.nothing_shown = QLabel(
            self.tr(
                "Nothing to read here for this article. Stay in the class: the next article "
                "comes when the instructor moves on."
            )
        )
        self.nothing_shown.setWordWrap(True)
        self.nothing_shown.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.nothing_shown.hide()
        layout.addWidget(self.nothing_shown, 1)
        self.setCentralWidget(central)
        self.setWindowTitle(self.tr("Class — SpotIt"))
        self._scale_fonts()

    def _scale_fonts(self) -> None:
        font = QFont(self.font())
        font.setPointSizeF(max(8.0, font.pointSizeF()) * 1.2)
        self.banner.setFont(font)

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange:
            self._scale_fonts()  # the app zoomed: the banner stays a step larger
        super().changeEvent(event)

    # -- what the host sends -------------------------------------------------------------
    def _welcomed(self, welcome: Welcome) -> None:
        self.welcome = welcome
        self._update_banner()

    def show_offer(self, offer: ArticleOffer) -> None:
        """Show the class's current article, with this student's draft or submission."""
        if self.welcome is None:
            return
        previous = self.offer
        self.offer = offer
        self.answers_problem = ""
        if self.unshown is not None:
            self.unshown = None
            self.nothing_shown.hide()
            self.reader.show()
        same = (
            previous is not None
            and previous.article.meta.id == offer.article.meta.id
            and self.reader.current is not None
            and offer.phase == "flagging"
            and not offer.submitted
        )
        if same:
            # Back after a dropped connection: the flags here are the newest; the client
            # has sent them again.
            self._update_banner()
            return
        self.reveal = None
        self.class_result.hide()
        self.reader.open_article(self.welcome.pack, offer.article)
        if offer.phase == "revealed" and offer.reveal is not None:
            self.show_reveal(offer.reveal)
        elif offer.submitted:
            self._replaying = True  # lock the flags as they were submitted, send nothing
            try:
                self.reader.submit()
            finally:
                self._replaying = False
        headline = plain_title(display_text(offer.article.meta.headline))
        self.setWindowTitle(self.tr("{headline} — Class — SpotIt").format(headline=headline))
        self._update_banner()

    def show_unshowable(self, _article_id: str, index: int, count: int, reason: str) -> None:
        """The class's article could not be shown here: say why; the class goes on."""
        self.offer, self.reveal = None, None
        self.unshown = (index, count, reason)
        self._draft_timer.stop()
        self._pending_draft = None  # for the article before: the host has moved on
        self.class_result.hide()
        self.reader.hide()
        self.nothing_shown.show()
        self.setWindowTitle(self.tr("Class — SpotIt"))
        self._update_banner()

    def show_answers_unshowable(self, article_id: str, reason: str) -> None:
        """The reveal could not be shown here: the article stays, the banner says why."""
        if self.offer is None or article_id != self.offer.article.meta.id:
            return
        self.answers_problem = reason
        self._draft_timer.stop()
        self._pending_draft = None
        self._update_banner()

    def host_draft(self, article_id: str, text_hash: str) -> Draft | None:
        """The draft the host kept for this article, for the reader to restore."""
        offer = self.offer
        if offer is None or offer.article.meta.id != article_id or offer.draft is None:
            return None
        if offer.article.text_hash != text_hash:
            return None
        return Draft(text_hash, list(offer.draft), offer.draft_seconds, offer.draft_hints_used)

    def _offered_hints(self, article) -> list[str] | None:
        """The hints the host sent with this article; None when the session offers none."""
        offer = self.offer
        if offer is None or offer.article.meta.id != article.meta.id or offer.hints is None:
            return None
        return list(offer.hints)

    def _confirmed(self, _receipt: Submitted) -> None:
        self._update_banner()

    def show_reveal(self, reveal: Reveal) -> None:
        """The answer key arrived: score the flags the host kept, show feedback and the class."""
        if self.offer is None or reveal.article != self.offer.article.meta.id:
            return
        self.reveal = reveal
        self._draft_timer.stop()
        self.statusBar().clearMessage()
        self.reader.flags = list(reveal.flags)
        # Scored here as the host scored it: the same key, the notes, the hints it counted.
        self.reader.show_result(reveal.annotations, reveal.notes, reveal.hints_used)
        self._show_class_counts(reveal)
        self.class_result.show()
        self._remember(reveal)
        self._update_banner()

    def _tally(self, row: VerdictRow):
        reveal = self.reveal
        if reveal is None or row.kind != "gold" or row.index >= len(reveal.tallies):
            return None
        return reveal.tallies[row.index]

    def _class_count(self, row: VerdictRow) -> str:
        tally = self._tally(row)
        if not tally:
            return ""
        return self.tr("{found} of {students}").format(
            found=number(tally.found), students=number(self.reveal.students)
        )

    def _class_count_tip(self, row: VerdictRow) -> str:
        tally = self._tally(row)
        if tally is None:
            return ""
        return self.tr(
            "{found} found it, {wrong_category} with another category, "
            "{partly} partly, {missed} missed it"
        ).format(
            found=number(tally.found),
            wrong_category=number(tally.wrong_category),
            partly=number(tally.partly),
            missed=number(tally.missed),
        )

    def _show_class_counts(self, reveal: Reveal) -> None:
        """Beside each red flag, how many in the class found it (counts only, never names)."""
        self.reader.feedback.verdict_model.redraw()
        if reveal.annotations:
            found = sum(t.found + t.wrong_category for t in reveal.tallies)
            mean = found / reveal.students if reveal.students else 0.0
            # Plain names for the numbers: lupdate skips a translate() written otherwise.
            count, red_flags = reveal.students, len(reveal.annotations)
            students = translate("StudentWindow", "%n student(s)", "", count)
            self.class_result.setText(
                translate(
                    "StudentWindow",
                    "<b>How the class did:</b> {students}; on average they found "
                    "{mean} of %n red flag(s). The Class column shows how many found each one.",
                    "",
                    red_flags,
                ).format(students=escape(students), mean=number(mean, 1))
            )
        else:
            count = reveal.students
            self.class_result.setText(
                translate(
                    "StudentWindow",
                    "<b>How the class did:</b> a credible article, judged by %n student(s).",
                    "",
                    count,
                )
            )

    def _remember(self, reveal: Reveal) -> None:
        """Keep the attempt in the student's own history, when they have a profile here."""
        if self.practice is None or reveal.status == "absent":
            return
        try:
            # The reader's article now holds the answer key and notes the reveal brought.
            self.practice.submit(
                Submission(
                    self.reader.current,
                    list(reveal.flags),
                    self.reader.seconds_spent(),
                    reveal.hints_used,
                )
            )
        except (ProgressError, OSError) as exc:  # the class goes on even if history fails
            self._status(
                self.tr("Could not add this article to your history: {problem}").format(problem=exc)
            )

    def _ended(self, reason: str) -> None:
        self.ended = True
        self._update_banner(ended_text(reason))

    def _refused(self, code: str, message: str) -> None:
        self.ended = True
        # The host's reason as a sentence, in the student's language when it is a known one.
        self._update_banner(self.tr("Disconnected: {reason}").format(reason=refusal_text(message)))

    # -- what the student does -------------------------------------------------------------
    def draft_changed(
        self, article_id: str, flags: list[Flag], seconds: int, hints_used: int = 0
    ) -> None:
        """The reader's flags changed: send them to the host shortly (edits come in bursts)."""
        if self.offer is None or article_id != self.offer.article.meta.id or self._replaying:
            return
        if self.offer.phase != "flagging" or self.reveal is not None:
            return
        self._pending_draft = (article_id, flags, seconds, hints_used)
        self._draft_timer.start()
        self._update_banner()  # a hint shown may have been the last one

    def flush_draft(self) -> None:
        """Send the waiting draft now."""
        if self._pending_draft is not None:
            self.client.send_draft(*self._pending_draft)
            self._pending_draft = None

    def _submit(self, flags: list[Flag], seconds: int) -> None:
        if self._replaying or self.offer is None:
            return
        self._draft_timer.stop()
        self._pending_draft = None
        self.client.submit(self.offer.article.meta.id, flags, seconds, self.reader.hints_used)
        self._update_banner()

    # -- telling the student where things stand -------------------------------------------------
    def _status(self, message: str) -> None:
        self.statusBar().showMessage(message, 6000)

    def _update_banner(self, extra: str = "") -> None:
        if self.ended:
            text = self.tr(
                "Session over: {reason} Your feedback stays here; close the window when you are done."
            ).format(reason=extra or self.tr("the session has ended."))
        elif self.client.state in ("reconnecting", "connecting") and self.welcome is not None:
            text = self.tr("⚠ Connection lost. Reconnecting… Your flags are kept here.")
        elif self.unshown is not None and self.welcome is not None:
            index, count, reason = self.unshown
            text = self.tr(
                "Article {n} of {count} · ⚠ This article could not be shown: "
                "{reason}; your teacher has been told.\n"
                "You are {name} in “{pack}”."
            ).format(
                n=number(index + 1),
                count=number(count),
                reason=reason,
                name=self.welcome.name,
                pack=self.welcome.pack.meta.title,
            )
        elif self.offer is None or self.welcome is None:
            text = self.tr("Connecting to the class…")
        else:
            where = self.tr("Article {n} of {count}").format(
                n=number(self.offer.index + 1), count=number(self.offer.count)
            )
            who = self.tr("You are {name} in “{pack}”.").format(
                name=self.welcome.name, pack=self.welcome.pack.meta.title
            )
            if self.answers_problem:
                state = self.tr(
                    "⚠ The answers to this article could not be shown: {reason}; "
                    "your teacher has been told. The instructor moves the class on."
                ).format(reason=self.answers_problem)
            elif self.reveal is not None:
                state = self.tr(
                    "✓ Answers revealed: read your feedback. The instructor moves the class on."
                )
            elif self.offer.phase == "revealed":
                state = self.tr("Answers revealed.")
            elif self.reader.awaiting_result:
                if self.client.submission_pending:
                    state = self.tr("⧗ Sending your flags…")
                else:
                    state = self.tr(
                        "✓ Submitted. Waiting for the instructor to reveal the answers."
                    )
            elif self.reader.hints_offered and self.reader.hints_used < len(self.reader.hints):
                state = self.tr(
                    "✎ Flag the red flags, then submit (Ctrl+Enter). Need a hint? Ctrl+I."
                )
            else:
                state = self.tr("✎ Flag the red flags, then submit (Ctrl+Enter).")
            # The article's place, what to do now, and who: three whole parts, one per line.
            text = self.tr("{where} · {state}\n{who}").format(where=where, state=state, who=who)
        set_plain(self.banner, text)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.flush_draft()
        self.client.close()
        super().closeEvent(event)


class JoinDialog(QDialog):
    """Host, port, join code and name; joins, and opens the class window when let in."""

    def __init__(
        self,
        progress: Progress | None = None,
        learner: Learner | None = None,
        parent: QWidget | None = None,
        discover: bool = True,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Join a class — SpotIt"))
        self.progress, self.learner = progress, learner
        self.settings = settings if settings is not None else settings_file()
        self.client: ClassClient | None = None
        self.window_opened: StudentWindow | None = None
        self._resuming = False
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Your instructor shows the host, port and join code. "
                "Everything stays on this network."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.host_box = QComboBox()
        self.host_box.setEditable(True)
        self.host_box.setAccessibleName(self.tr("Host address"))
        self.host_box.setEditText(str(self.settings.value("classroom/host", "")))
        self.host_box.currentIndexChanged.connect(self._host_picked)
        form.addRow(self.tr("&Host:"), self.host_box)
        self.port_box = QSpinBox()
        self.port_box.setRange(1, 65535)
        self.port_box.setValue(int(self.settings.value("classroom/port", protocol.DEFAULT_PORT)))
        form.addRow(self.tr("&Port:"), self.port_box)
        self.code_edit = QLineEdit()
        self.code_edit.setPlaceholderText("ABC 234")  # not translated: a sample join code
        self.code_edit.setValidator(
            QRegularExpressionValidator(r"[A-Za-z0-9 \-]{0,9}", self.code_edit)
        )
        code_font = QFont(self.font())
        code_font.setPointSizeF(max(8.0, code_font.pointSizeF()) * 1.6)
        code_font.setBold(True)
        self.code_edit.setFont(code_font)
        self.code_edit.textEdited.connect(self._uppercase)
        form.addRow(self.tr("Join &code:"), self.code_edit)
        self.name_edit = QLineEdit()
        self.name_edit.setMaxLength(protocol.MAX_NAME_CHARS)
        self.name_edit.setText(
            learner.name if learner else str(self.settings.value("classroom/name", ""))
        )
        form.addRow(self.tr("Your &name:"), self.name_edit)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setAccessibleName(self.tr("Join status"))
        layout.addWidget(self.message)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.join_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.join_button.setText(self.tr("&Join"))
        self.buttons.accepted.connect(self.join)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.listener = None
        if discover:
            from spotit.classroom.discovery import DiscoveryListener

            self.listener = DiscoveryListener(parent=self)
            self.listener.found.connect(self.add_found_host)
        if self.host_box.currentText():
            self.code_edit.setFocus()
        else:
            self.host_box.setFocus()

    def _say(self, text: str) -> None:
        """The status line; the dialog grows to show all of it (a refusal can take two
        lines, more with enlarged text) rather than squeezing the fields."""
        set_plain(self.message, text)
        if self.isVisible():
            self.adjustSize()

    def _uppercase(self, text: str) -> None:
        upper = text.upper()
        if upper != text:
            position = self.code_edit.cursorPosition()
            self.code_edit.setText(upper)
            self.code_edit.setCursorPosition(position)

    def add_found_host(self, address: str, port: int, title: str) -> None:
        """A host announced itself: offer it in the host list (once)."""
        for i in range(self.host_box.count()):
            if self.host_box.itemData(i) == (address, port):
                return
        self.host_box.addItem(
            self.tr("{address} — {title} (port {port})").format(
                address=address, title=title, port=port
            ),
            (address, port),
        )
        self._say(self.tr("Found a class on this network: {title}.").format(title=title))

    def _host_picked(self, index: int) -> None:
        data = self.host_box.itemData(index)
        if data:
            self.host_box.setEditText(data[0])
            self.port_box.setValue(data[1])

    def _fail(self, text: str) -> None:
        self._say(f"⚠ {text}")
        self.join_button.setEnabled(True)

    def join(self) -> None:
        """Connect and join (or come back, with the token kept from last time)."""
        host = self.host_box.currentText().split(" — ")[0].strip()
        code = protocol.normalise_code(self.code_edit.text())
        name = " ".join(self.name_edit.text().split())
        if not host:
            self._fail(self.tr("Type the host address your instructor shows."))
            return
        if len(code) != protocol.CODE_LENGTH:
            self._fail(
                self.tr("The join code has {count} letters and digits.").format(
                    count=number(protocol.CODE_LENGTH)
                )
            )
            return
        try:
            name = protocol.check_name(name)
        except protocol.ProtocolError as exc:
            self._fail(self.tr("Your name: {problem}.").format(problem=exc))
            return
        port = self.port_box.value()
        for key, value in (("host", host), ("port", port), ("name", name)):
            self.settings.setValue(f"classroom/{key}", value)
        self.join_button.setEnabled(False)
        self._say(self.tr("Joining {host} port {port}…").format(host=host, port=port))
        saved = self.settings.value(_token_key(host, port, code, name), "")
        self._start(host, port, code, name, str(saved) if saved else None)

    def _start(self, host: str, port: int, code: str, name: str, token: str | None) -> None:
        if self.client is not None:
            self.client.deleteLater()
        client = ClassClient(host, port, self)
        self.client = client
        self._resuming = token is not None
        client.welcomed.connect(lambda welcome: self._welcomed(client, host, port, code, welcome))
        client.refused.connect(
            lambda error, message: self._refused(client, host, port, code, name, error, message)
        )
        if token:
            client.resume(token)
        else:
            client.join(code, name)

    def _refused(self, client, host, port, code, name, error: str, message: str) -> None:
        if client is not self.client:
            return
        if self._resuming and error == "unknown-token":
            # Kept from another session with the same code: join afresh.
            self.settings.remove(_token_key(host, port, code, name))
            self._start(host, port, code, name, None)
            return
        self._fail(refusal_text(message))

    def _welcomed(self, client, host, port, code, welcome: Welcome) -> None:
        if client is not self.client:
            return
        self.settings.setValue(_token_key(host, port, code, welcome.name), welcome.token)
        window = StudentWindow(client, self.progress, self.learner, self.parentWidget())
        self.client = None
        self.window_opened = window
        window.show()
        self.accept()


def open_join_dialog(
    parent: QWidget | None,
    progress: Progress | None,
    learner: Learner | None = None,
    discover: bool = True,
) -> StudentWindow | None:
    """Ask for the class to join; the class window once the host lets the student in.

    The window is a child of ``parent`` (keep a reference to it if ``parent`` is None);
    ``discover`` lists hosts that announce themselves on the local network.
    """
    dialog = JoinDialog(progress, learner, parent, discover=discover)
    dialog.exec()
    window = dialog.window_opened
    if window is not None:
        # One window per class joined: freed when the student closes it.
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.deleteLater()
    return window
