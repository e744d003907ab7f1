"""Hosting a class: choose a pack and articles, show the join code, follow the class live.

The live view shows who joined and what each student is doing, a heat map of the
passages students flagged (shading *and* underline style by how many; the count on
hover and in a list), and, when the instructor asks or after the reveal, how many
students found each red flag. The answer key stays hidden by default, so a projected
screen gives nothing away.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QModelIndex, QStandardPaths, Qt, QTimer
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence, QPixmap, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTextEdit,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from spotit.classroom import protocol
from spotit.classroom.discovery import lan_addresses
from spotit.classroom.gradebook import (
    DEFAULT_LAYOUT,
    LAYOUTS,
    GradebookFile,
    default_gradebook_name,
    layout_named,
)
from spotit.classroom.host import HostController
from spotit.classroom.live import (
    HEAT_STEPS,
    PassageRow,
    RedFlagRow,
    RosterRow,
    answer_key_shown,
    class_counts,
    heat_step,
    passage_rows,
    phase_line,
    red_flag_rows,
    roster_rows,
    step_words,
)
from spotit.classroom.server import ServerError
from spotit.classroom.session import HeatSegment, Phase, SessionStateError, session_for
from spotit.classroom.web import qr_png
from spotit.core.i18n import QT_TRANSLATE_NOOP, translate
from spotit.core.scoring import HINT_COST
from spotit.gui.document import display_text
from spotit.gui.i18n import number
from spotit.gui.itemmodels import Column, RowRole, RowsModel, rows_view
from spotit.gui.marks import VERDICT_STYLES, tint
from spotit.gui.plain import escape, plain_message, plain_title, plain_tooltip, set_plain
from spotit.gui.reader import ArticleView, swatch
from spotit.gui.windows import resize_to_fit
from spotit.store.pack import Pack, PackError
from spotit.store.progress import Progress

HEAT_COLOR = "#d9480f"
U = QTextCharFormat.UnderlineStyle
#: (largest share of the class, underline, step): a second cue beside shading.
HEAT_LEVELS = tuple(
    (limit, underline, step)
    for step, ((limit, _words), underline) in enumerate(
        zip(
            HEAT_STEPS,
            (U.DotLine, U.DashUnderline, U.SingleUnderline, U.WaveUnderline),
            strict=True,
        )
    )
)
REFRESH_MS = 150
#: How often the roster's columns are fitted to their text, at most.
ROSTER_FIT_MS = 1000
#: An article's kind (spotit.core.model.ARTICLE_KINDS) as the article list says it.
KIND_WORDS = {
    "misinformation": QT_TRANSLATE_NOOP("HostWindow", "misinformation"),
    "credible": QT_TRANSLATE_NOOP("HostWindow", "credible"),
    "satire": QT_TRANSLATE_NOOP("HostWindow", "satire"),
    "opinion": QT_TRANSLATE_NOOP("HostWindow", "opinion"),
}
#: The roster's column of hints used (hidden when the session offers none).
HINTS_COLUMN = 3
#: English, marked for translation: shown through translate("HostWindow", …).
CREDIBLE_NOTE = QT_TRANSLATE_NOOP(
    "HostWindow", "✓ Credible article: no red flags; flagging nothing was right."
)


def heat_level(count: int, working: int) -> tuple[int, U, str]:
    """Shading alpha, underline style and legend words for ``count`` of ``working`` students."""
    alpha, step = heat_step(count, working)
    _, underline, _ = HEAT_LEVELS[step]
    return alpha, underline, step_words(step)


class RosterModel(RowsModel[RosterRow]):
    """The roster; students who are offline show greyed out."""

    def __init__(self, columns, dimmed, parent=None) -> None:
        super().__init__(columns, parent)
        # Asked each time: the palette changes when the app switches light and dark.
        self.dimmed = dimmed

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.ForegroundRole:
            row = self.row(index)
            return self.dimmed() if row is not None and not row.connected else None
        return super().data(index, role)


class HeatView(ArticleView):
    """The article with the class's flags drawn over it; hovering shows the counts."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Article with the class's flags"))
        self.setAccessibleDescription(
            self.tr(
                "Shading and underline show how many students flagged each passage; "
                "the list of flagged passages gives the counts."
            )
        )
        self.segments: list[HeatSegment] = []
        self.working = 0
        self.gold_notes: list[tuple[int, int, str]] = []  # (start, end, text) for tooltips

    def show_heat(
        self,
        segments: list[HeatSegment],
        working: int,
        gold: list[tuple[int, int, QTextCharFormat, str]],
    ) -> None:
        """Draw the class's flags, and the answer key's red flags when given."""
        self.segments, self.working = segments, working
        self.gold_notes = [(s, e, note) for s, e, _, note in gold]
        selections = []
        for segment in segments:
            alpha, underline, _ = heat_level(segment.count, working)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self.span_cursor(segment.start, segment.end)
            fmt = QTextCharFormat()
            fmt.setBackground(tint(HEAT_COLOR, alpha))
            fmt.setUnderlineStyle(underline)
            fmt.setUnderlineColor(QColor(HEAT_COLOR))
            selection.format = fmt
            selections.append(selection)
        for start, end, fmt, _ in gold:
            selection = QTextEdit.ExtraSelection()
            selection.cursor = self.span_cursor(start, end)
            selection.format = fmt
            selections.append(selection)
        self.setExtraSelections(selections)

    def note_at(self, position: int) -> str:
        """What hovering at a code-point position tells: counts, and the red flag if shown."""
        lines = []
        working = self.working  # a plain name: lupdate skips a number written otherwise
        for segment in self.segments:
            if segment.start <= position < segment.end:
                lines.append(
                    translate(
                        "HeatView", "Flagged by {count} of %n student(s)", "", working
                    ).format(count=number(segment.count))
                )
        for start, end, note in self.gold_notes:
            if start <= position < end:
                lines.append(note)
        return "\n".join(lines)

    def viewportEvent(self, event) -> bool:  # noqa: N802 (Qt naming)
        if event.type() == QEvent.Type.ToolTip:
            cursor = self.cursorForPosition(event.pos())
            note = self.note_at(self.from_qt(cursor.position()))
            if note:
                QToolTip.showText(event.globalPos(), plain_tooltip(note), self.viewport())
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)


class HostWindow(QMainWindow):
    """Set up a class session, run it live, and keep its results."""

    def __init__(
        self,
        packs: dict[str, Pack],
        progress: Progress,
        parent: QWidget | None = None,
        announce: bool = False,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self.packs = packs
        self.progress = progress
        self.controller: HostController | None = None
        self._shown_index = -1
        self._restoring = False
        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(REFRESH_MS)
        self._refresh_timer.timeout.connect(self.refresh)
        self.setWindowTitle(self.tr("Host a class session — SpotIt"))
        resize_to_fit(self, 1280, 820)
        self.pages = QStackedWidget()
        # Scrolled, so that with enlarged text nothing overlaps: the page scrolls instead.
        self.pages.addWidget(self._scrolled(self._build_setup(announce)))
        self.pages.addWidget(self._scrolled(self._build_live()))
        self.setCentralWidget(self.pages)
        self._fill_articles()
        self._scale_fonts()

    @staticmethod
    def _scrolled(page: QWidget) -> QScrollArea:
        area = QScrollArea()
        area.setWidget(page)
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        return area

    def _scale_fonts(self) -> None:
        """The join code and address, large relative to the (zoomable) application font."""
        base = QFont(self.font())
        size = max(8.0, base.pointSizeF())
        code = QFont(base)
        code.setPointSizeF(size * 3.2)
        code.setBold(True)
        code.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 115)
        self.code_label.setFont(code)
        address = QFont(base)
        address.setPointSizeF(size * 1.5)
        self.address_label.setFont(address)

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.Type.FontChange:
            self._scale_fonts()  # the app zoomed: keep the big labels big, relatively
        super().changeEvent(event)

    # -- setup ----------------------------------------------------------------------------
    def _build_setup(self, announce: bool) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        intro = QLabel(
            self.tr(
                "<h2>Host a class session</h2>Students on this network join with the code "
                "shown next. Choose the pack and the articles, in the order the class reads them."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.pack_box = QComboBox()
        for pack_id, pack in self.packs.items():
            self.pack_box.addItem(f"{pack.meta.title} ({pack_id})", pack_id)
        self.pack_box.currentIndexChanged.connect(self._fill_articles)
        form.addRow(self.tr("&Pack:"), self.pack_box)

        self.article_list = QListWidget()
        self.article_list.setAccessibleName(self.tr("Articles for the session"))
        self.article_list.setAccessibleDescription(
            self.tr("Space ticks an article; Alt+Up and Alt+Down change the order.")
        )
        self.article_list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.article_list.itemChanged.connect(lambda _item: self._update_start())
        self.article_list.installEventFilter(self)
        articles_box = QWidget()
        column = QVBoxLayout(articles_box)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.article_list, 1)
        row = QHBoxLayout()
        up = QPushButton(self.tr("Move &up"))
        up.setToolTip(QKeySequence("Alt+Up").toString(QKeySequence.SequenceFormat.NativeText))
        up.clicked.connect(lambda: self.move_article(-1))
        down = QPushButton(self.tr("Move do&wn"))
        down.setToolTip(QKeySequence("Alt+Down").toString(QKeySequence.SequenceFormat.NativeText))
        down.clicked.connect(lambda: self.move_article(1))
        self.count_label = QLabel()
        row.addWidget(up)
        row.addWidget(down)
        row.addStretch(1)
        row.addWidget(self.count_label)
        column.addLayout(row)
        form.addRow(self.tr("&Articles, in order:"), articles_box)
        self.article_list_label = form.labelForField(articles_box)
        self.article_list_label.setBuddy(self.article_list)

        self.address_box = QComboBox()
        for address in lan_addresses():
            # Worded here rather than by ``address.label``, so the words are translated.
            label = (
                self.tr("{address} (this computer only)")
                if address.loopback
                else self.tr("{address} ({interface})")
            )
            self.address_box.addItem(
                label.format(address=address.address, interface=address.interface),
                address.address,
            )
        form.addRow(self.tr("&Listen on:"), self.address_box)
        self.port_box = QSpinBox()
        self.port_box.setRange(1024, 65535)
        self.port_box.setValue(protocol.DEFAULT_PORT)
        form.addRow(self.tr("P&ort:"), self.port_box)
        self.announce_box = QCheckBox(
            self.tr("Let students &find this session (announce it on the local network)")
        )
        self.announce_box.setChecked(announce)
        form.addRow("", self.announce_box)
        self.hints_box = QCheckBox(
            translate(
                "HostWindow",
                "Offer &hints (each one a student uses costs %n point(s))",
                "",
                HINT_COST,
            )
        )
        self.hints_box.setToolTip(
            self.tr(
                "Students may ask for an article's hints one at a time, as in practice. "
                "Untick it for a test: students then see no hint button."
            )
        )
        self.hints_box.setChecked(True)
        form.addRow("", self.hints_box)
        self.web_box = QCheckBox(
            self.tr("Serve a student page for &browsers (phones, tablets, Chromebooks)")
        )
        self.web_box.setToolTip(
            self.tr(
                "Students without SpotIt open an address this computer shows (or scan its "
                "QR code) in a browser on the same network, and join with the code."
            )
        )
        self.web_box.setChecked(True)
        form.addRow("", self.web_box)
        layout.addLayout(form, 1)

        self.setup_error = QLabel()
        self.setup_error.setWordWrap(True)
        self.setup_error.setAccessibleName(self.tr("Problem"))
        self.setup_error.hide()
        layout.addWidget(self.setup_error)
        self.start_button = QPushButton(self.tr("&Start session"))
        self.start_button.setDefault(True)
        self.start_button.setAutoDefault(True)
        self.start_button.clicked.connect(self.start_session)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.start_button)
        layout.addLayout(buttons)
        return page

    def _fill_articles(self) -> None:
        self.article_list.blockSignals(True)
        self.article_list.clear()
        pack = self.packs.get(self.pack_box.currentData())
        if pack is not None:
            try:
                summaries = pack.articles()
            except PackError as exc:
                summaries = []
                self._setup_problem(str(exc))
            for summary in summaries:
                meta = summary.meta
                red_flags = summary.annotations  # a plain name, for lupdate
                item = QListWidgetItem(
                    translate(
                        "HostWindow",
                        "{headline}  —  {kind}, difficulty {difficulty}, %n red flag(s)",
                        "",
                        red_flags,
                    ).format(
                        headline=meta.headline,
                        kind=(
                            translate("HostWindow", KIND_WORDS[meta.kind])
                            if meta.kind in KIND_WORDS
                            else meta.kind
                        ),
                        difficulty=number(meta.difficulty),
                    )
                )
                item.setData(Qt.ItemDataRole.UserRole, meta.id)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Unchecked)
                self.article_list.addItem(item)
        if self.article_list.count():
            self.article_list.setCurrentRow(0)
        self.article_list.blockSignals(False)
        self._update_start()

    def chosen_articles(self) -> list[str]:
        """Ticked article ids, in list order."""
        return [
            self.article_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.article_list.count())
            if self.article_list.item(i).checkState() == Qt.CheckState.Checked
        ]

    def _update_start(self) -> None:
        n = len(self.chosen_articles())
        self.count_label.setText(translate("HostWindow", "%n article(s) chosen", "", n))
        self.start_button.setEnabled(n > 0)

    def move_article(self, step: int) -> None:
        """Move the selected article up (-1) or down (+1) in the session's order."""
        row = self.article_list.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.article_list.count():
            return
        item = self.article_list.takeItem(row)
        self.article_list.insertItem(target, item)
        self.article_list.setCurrentRow(target)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802
        if obj is self.article_list and event.type() == QEvent.Type.KeyPress:
            if event.modifiers() == Qt.KeyboardModifier.AltModifier and event.key() in (
                Qt.Key.Key_Up,
                Qt.Key.Key_Down,
            ):
                self.move_article(-1 if event.key() == Qt.Key.Key_Up else 1)
                return True
        return super().eventFilter(obj, event)

    def _setup_problem(self, message: str) -> None:
        set_plain(self.setup_error, f"⚠ {message}")
        self.setup_error.show()

    def _send_statements(self, controller: HostController) -> None:
        from spotit.gui.operations import Operation

        def said(report) -> None:
            if report is not None:
                self.statusBar().showMessage(self._server_line(self._report_text(report)), 10000)

        Operation(controller.send_statements, parent=self).success(said).failure(
            lambda line: self.statusBar().showMessage(self._server_line(line), 10000)
        ).run()

    def _report_text(self, report) -> str:
        """A SendReport in words (its own ``text()`` is the command line's English)."""
        line = self.tr("sent {sent}, rejected {rejected}, {waiting} to retry later").format(
            sent=number(report.sent),
            rejected=number(report.rejected),
            waiting=number(report.retry_later),
        )
        if not report.last_error:
            return line
        return self.tr("{report}; last error: {error}").format(report=line, error=report.last_error)

    def _server_line(self, line: str) -> str:
        return self.tr("School results server: {line}").format(line=line)

    def start_session(self) -> bool:
        """Start listening with the chosen pack and articles; False (with the reason shown) if not."""
        pack = self.packs.get(self.pack_box.currentData())
        ids = self.chosen_articles()
        if pack is None or not ids:
            self._setup_problem(self.tr("Choose a pack and at least one article."))
            return False
        try:
            session = session_for(pack, ids, hints=self.hints_box.isChecked())
        except (ValueError, PackError) as exc:
            self._setup_problem(str(exc))
            return False
        controller = HostController(session, self.progress, parent=self)
        controller.changed.connect(self._schedule_refresh)
        controller.logged.connect(lambda line: self.statusBar().showMessage(line, 4000))
        controller.storage_failed.connect(
            lambda message: plain_message(self, self.tr("Results not saved"), message)
        )
        # The session's statements are queued with its results when it ends: send them now,
        # off the GUI thread (what cannot be sent stays queued for the app's sender).
        controller.statements_queued.connect(lambda _count: self._send_statements(controller))
        try:
            controller.start(
                self.address_box.currentData(),
                self.port_box.value(),
                self.announce_box.isChecked(),
                protocol.DEFAULT_WEB_PORT if self.web_box.isChecked() else None,
            )
        except ServerError as exc:
            controller.deleteLater()
            self._setup_problem(self.tr("{problem}. Try another port.").format(problem=exc))
            return False
        self.controller = controller
        self.code_label.setText(protocol.format_code(session.code))
        self.code_label.setAccessibleName(
            self.tr("Join code {code}").format(code=" ".join(session.code))
        )
        self.address_label.setText(
            self.tr("Host <b>{address}</b> · Port <b>{port}</b>").format(
                address=escape(controller.join_address), port=controller.port
            )
        )
        self._show_page_address(controller.page_url)
        self.pages.setCurrentIndex(1)
        self.setWindowTitle(
            self.tr("Class {code} — {title} — SpotIt").format(
                code=protocol.format_code(session.code), title=plain_title(pack.meta.title)
            )
        )
        self.refresh()
        self.roster.setFocus()
        return True

    def _show_page_address(self, url: str | None) -> None:
        """The student page's address, as text and as a QR code a phone can scan."""
        self.page_label.setVisible(url is not None)
        self.qr_label.setVisible(url is not None)
        if url is None:
            return
        self.page_label.setText(
            self.tr("In a browser: <b>{url}</b>").format(url=escape(url.rstrip("/")))
        )
        # As tall as the banner's five lines of text beside it: a phone scans that from
        # a projected screen; the address is printed beside it for anyone who cannot.
        side = self.fontMetrics().height() * 6
        pixmap = QPixmap()
        pixmap.loadFromData(qr_png(url, side), "PNG")
        self.qr_label.setPixmap(pixmap)
        self.qr_label.setAccessibleName(self.tr("QR code of {url}").format(url=url))

    # -- live ------------------------------------------------------------------------------
    def _build_live(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        banner = QFrame()
        banner.setFrameShape(QFrame.Shape.StyledPanel)
        # Never squeezed by the article and lists below: its lines must not overlap.
        banner.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        top = QHBoxLayout(banner)
        code_column = QVBoxLayout()
        caption = QLabel(self.tr("Join code"))
        self.code_label = QLabel()
        self.code_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        caption.setBuddy(self.code_label)
        code_column.addWidget(caption)
        code_column.addWidget(self.code_label)
        top.addLayout(code_column)
        info = QVBoxLayout()
        self.address_label = QLabel()
        self.address_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.page_label = QLabel()
        self.page_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.page_label.hide()
        self.qr_label = QLabel()
        self.qr_label.hide()
        self.article_label = QLabel()
        self.article_label.setWordWrap(True)
        self.phase_label = QLabel()
        self.phase_label.setAccessibleName(self.tr("Phase"))
        self.count_summary = QLabel()
        for widget in (
            self.address_label,
            self.page_label,
            self.article_label,
            self.phase_label,
            self.count_summary,
        ):
            info.addWidget(widget)
        top.addLayout(info, 1)
        top.addWidget(self.qr_label, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(banner)

        self.view = HeatView()
        self.legend = QLabel(
            self.tr(
                "Flags of the class: darker shading = more students; underline {styles}. "
                "Hover a passage for its count."
            ).format(styles=", ".join(step_words(step) for _, _, step in HEAT_LEVELS))
        )
        self.legend.setWordWrap(True)
        article_column = QWidget()
        column = QVBoxLayout(article_column)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.view, 1)
        column.addWidget(self.legend)

        roster_box, roster_layout = self._section()
        roster_heading = QLabel(self.tr("<b>&Students</b>"))
        self.roster_model = RosterModel(
            [
                Column(self.tr("Student"), lambda r: r.label, tooltip=lambda r: r.details),
                Column(self.tr("Status"), lambda r: r.status, tooltip=lambda r: r.details),
                Column(self.tr("Flags"), lambda r: number(r.flags)),
                Column(
                    self.tr("Hints"),
                    lambda r: number(r.hints_used),
                    tooltip=lambda r: translate(
                        "HostWindow",
                        "{name} asked for {hints} of this article's hints; "
                        "each costs %n point(s) of the score.",
                        "",
                        HINT_COST,
                    ).format(name=r.name, hints=number(r.hints_used)),
                ),
                Column(self.tr("Score"), lambda r: "" if r.score is None else number(r.score)),
            ],
            lambda: self.palette().placeholderText(),
            self,
        )
        self.roster = rows_view(self.roster_model, self.tr("Students"), uniform_rows=False)
        self.roster.setAlternatingRowColors(True)
        self.roster.setWordWrap(True)  # look-alike warnings and reports stay readable
        header = self.roster.header()
        # Every column as wide as its text (the list scrolls sideways when narrow), so a
        # look-alike warning or a student's report is never cut short; the last one fills.
        # Fitted at most once a second (_fit_roster), not by the header at every change:
        # measuring 200 rows at each refresh stalls the window while a class joins.
        header.setStretchLastSection(True)
        self._roster_fit = QTimer(self)
        self._roster_fit.setSingleShot(True)
        self._roster_fit.setInterval(ROSTER_FIT_MS)
        self._roster_fit.timeout.connect(self._fit_roster)
        roster_heading.setBuddy(self.roster)
        self.empty_roster = QLabel(self.tr("Nobody has joined yet."))
        for widget in (roster_heading, self.roster, self.empty_roster):
            roster_layout.addWidget(widget, 1 if widget is self.roster else 0)

        passages_box, passages_layout = self._section()
        passages_heading = QLabel(self.tr("<b>&Passages flagged</b> (most students at any point)"))
        self.passages_model: RowsModel[PassageRow] = RowsModel(
            [
                Column(self.tr("Students"), lambda r: number(r.count)),
                Column(self.tr("Passage"), lambda r: r.words, tooltip=lambda r: r.words),
            ],
            self,
        )
        self.passages = rows_view(
            self.passages_model, self.tr("Passages flagged by the class"), uniform_rows=False
        )
        self.passages.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.passages.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.passages.selectionModel().currentChanged.connect(self._passage_selected)
        passages_heading.setBuddy(self.passages)
        passages_layout.addWidget(passages_heading)
        passages_layout.addWidget(self.passages, 1)

        key_box_widget, key_layout = self._section()
        self.key_box = QCheckBox(self.tr("Show the answer &key on this screen (Ctrl+K)"))
        self.key_box.setToolTip(
            self.tr("Off until the reveal, so a projected screen gives nothing away.")
        )
        self.key_box.toggled.connect(lambda _on: self.refresh())
        # Rows are red flags, or the one note that a credible article has none.
        self.tally_model: RowsModel[RedFlagRow | str] = RowsModel(
            [
                Column(
                    self.tr("Red flag"),
                    self._red_flag_label,
                    tooltip=lambda r: r.explanation if isinstance(r, RedFlagRow) else "",
                    decoration=lambda r: (
                        swatch(r.color) if isinstance(r, RedFlagRow) and r.color else None
                    ),
                ),
                Column(
                    self.tr("Found"),
                    lambda r: self._count(
                        r,
                        lambda t: self.tr("{found} of {total}").format(
                            found=number(t.found), total=number(t.total)
                        ),
                    ),
                ),
                Column(
                    self.tr("Other category"), lambda r: self._count(r, lambda t: t.wrong_category)
                ),
                Column(self.tr("Partly"), lambda r: self._count(r, lambda t: t.partly)),
                Column(self.tr("Missed"), lambda r: self._count(r, lambda t: t.missed)),
            ],
            self,
        )
        self.tally = rows_view(
            self.tally_model,
            self.tr("Red flags of the article and how many students found each"),
            uniform_rows=False,
        )
        self.tally.setWordWrap(True)
        header = self.tally.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3, 4):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tally.selectionModel().currentChanged.connect(self._passage_selected)
        self.tally_hidden = QLabel(self.tr("The answer key is hidden."))
        key_layout.addWidget(self.key_box)
        key_layout.addWidget(self.tally, 1)
        key_layout.addWidget(self.tally_hidden)
        key_layout.addStretch(0)

        side = QSplitter(Qt.Orientation.Vertical)
        for box in (roster_box, passages_box, key_box_widget):
            side.addWidget(box)
        side.setStretchFactor(0, 3)
        side.setStretchFactor(1, 2)
        side.setStretchFactor(2, 3)
        side.setChildrenCollapsible(False)

        splitter = QSplitter()
        splitter.addWidget(article_column)
        splitter.addWidget(side)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter, 1)

        self.ended_label = QLabel()
        self.ended_label.setWordWrap(True)
        self.ended_label.hide()
        layout.addWidget(self.ended_label)
        row = QHBoxLayout()
        self.reveal_action = self._action(self.tr("&Reveal answers"), "Ctrl+R", self.reveal)
        self.next_action = self._action(self.tr("&Next article"), "Ctrl+N", self.next_article)
        # Lambdas: triggered(checked) must not land in their optional parameters.
        self.end_action = self._action(
            self.tr("&End session…"), "Ctrl+E", lambda: self.end_session()
        )
        self.save_action = self._action(
            self.tr("Save &gradebook…"), "Ctrl+S", lambda: self.save_gradebook()
        )
        key_action = QAction(self)
        key_action.setShortcut(QKeySequence("Ctrl+K"))
        key_action.triggered.connect(self.key_box.toggle)
        self.addAction(key_action)
        self.buttons = {}
        for action in (self.reveal_action, self.next_action, self.end_action, self.save_action):
            if action is self.save_action:
                # Made here, so Tab reaches the format just before the button that uses it.
                row.addSpacing(12)
                row.addWidget(self._build_format_chooser())
            button = QPushButton(action.text())
            button.setToolTip(action.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
            button.clicked.connect(action.trigger)
            self.buttons[action] = button
            row.addWidget(button)
        row.addStretch(1)
        layout.addLayout(row)
        return page

    def _build_format_chooser(self) -> QWidget:
        """Gradebook format: SpotIt's own, or the layout Moodle's or Canvas's import reads."""
        box = QWidget()
        line = QHBoxLayout(box)
        line.setContentsMargins(0, 0, 0, 0)
        label = QLabel(self.tr("Gradebook for&mat:"))
        self.format_box = QComboBox()
        for layout in LAYOUTS.values():
            self.format_box.addItem(self._layout_label(layout), layout.name)
        self.format_box.setCurrentIndex(self.format_box.findData(DEFAULT_LAYOUT))
        self.format_box.setAccessibleName(self.tr("Gradebook format"))
        self.format_box.setToolTip(
            self.tr(
                "SpotIt: every detail, one row per student and article. Moodle and Canvas: "
                "one row per student and one score column per article, as their grade "
                "imports read it (see the classroom protocol's Gradebooks section)."
            )
        )
        label.setBuddy(self.format_box)
        line.addWidget(label)
        line.addWidget(self.format_box)
        return box

    def _layout_label(self, layout) -> str:
        """A gradebook layout's name in the chooser, in the user's language."""
        # Written out here so lupdate finds them; a layout added later shows its own label.
        labels = {
            "spotit": self.tr("SpotIt (every detail, for a spreadsheet)"),
            "moodle": self.tr("Moodle grade import"),
            "canvas": self.tr("Canvas gradebook import"),
        }
        return labels.get(layout.name, layout.label)

    @staticmethod
    def _section() -> tuple[QWidget, QVBoxLayout]:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        return box, layout

    def _action(self, text: str, keys: str, slot) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def _schedule_refresh(self) -> None:
        if not self._refresh_timer.isActive():
            self._refresh_timer.start()

    def refresh(self) -> None:
        """Redraw the live view from the session."""
        if self.controller is None:
            return
        session = self.controller.session
        if self._shown_index != session.index:
            self._shown_index = session.index
            self.view.set_article(session.article)
        article = session.article
        n, total = session.index + 1, len(session.articles)
        self.article_label.setText(
            self.tr("Article {n} of {total}: <b>{headline}</b>").format(
                n=number(n),
                total=number(total),
                headline=escape(display_text(article.meta.headline)),
            )
        )
        roster = session.roster()
        phase = session.phase
        offered = len(session.hints())
        hints = (
            translate(
                "HostWindow",
                "Hints on: {offered} for this article, %n point(s) each.",
                "",
                HINT_COST,
            ).format(offered=number(offered))
            if session.hints_offered
            else self.tr("Hints off.")
        )
        # Two sentences side by side: each is whole in every language.
        self.phase_label.setText(f"{phase_line(phase)} {hints}")
        self.roster.setColumnHidden(HINTS_COLUMN, not session.hints_offered)
        set_plain(self.count_summary, class_counts(roster))
        self._fill_roster(roster)
        segments, working = session.heat()
        show_key = answer_key_shown(phase, self.key_box.isChecked())
        red_flags = red_flag_rows(session) if show_key else []
        self.view.show_heat(segments, working, self._gold_marks(red_flags))
        self._fill_passages(segments, article.text)
        self.tally.setVisible(show_key)
        self.tally_hidden.setVisible(not show_key)
        if show_key:
            self._fill_tally(red_flags)
        self.reveal_action.setEnabled(phase is Phase.FLAGGING)
        self.next_action.setEnabled(phase is Phase.REVEALED and not session.is_last_article)
        self.end_action.setEnabled(phase is not Phase.ENDED)
        for action, button in self.buttons.items():
            button.setEnabled(action.isEnabled())
        if phase is Phase.ENDED:
            self.code_label.setText(self.tr("Ended"))
            self.code_label.setAccessibleName(self.tr("Session ended"))

    def _fill_roster(self, roster) -> None:
        current = self.roster_model.row(self.roster.currentIndex())
        rows = roster_rows(roster)
        widths_before = [(r.label, r.status) for r in self.roster_model.rows]
        # Rows of one line, with names of plain Latin letters, are all one height: the
        # view then measures one row, not 200, at each change. A warning or a report on
        # a second line, an emoji or a letter with marks above it may be taller: then
        # each row is measured.
        self.roster.setUniformRowHeights(
            all(
                "\n" not in r.label + r.status and all(ch < "\u0300" for ch in r.name) for r in rows
            )
        )
        self.roster_model.merge_rows(rows, key=lambda r: r.name)
        if [(r.label, r.status) for r in rows] != widths_before and not self._roster_fit.isActive():
            self._roster_fit.start()
        names = [r.name for r in rows]
        if current is not None and current.name in names:
            self.roster.setCurrentIndex(self.roster_model.index(names.index(current.name), 0))
        self.empty_roster.setVisible(not rows)

    def _fit_roster(self) -> None:
        """Each column (but the last, which fills) as wide as its widest line of text.

        Measured here from the texts, not by the view, which would lay out every cell
        of up to 200 rows: a millisecond instead of tens of them.
        """
        metrics = self.roster.fontMetrics()
        header = self.roster.header()
        model = self.roster_model
        padding = 2 * metrics.averageCharWidth()  # the cell's margins, and some air
        for column in range(model.columnCount() - 1):
            texts = [model.headerData(column, Qt.Orientation.Horizontal) or ""]
            texts += [model.columns[column].text(row) for row in model.rows]
            widest = max(metrics.horizontalAdvance(line) for t in texts for line in t.split("\n"))
            header.resizeSection(column, widest + padding)

    def _fill_passages(self, segments: list[HeatSegment], text: str) -> None:
        current = self.passages_model.row(self.passages.currentIndex())
        # Kept across refreshes, so an instructor can walk the list while students work.
        keep = (current.start, current.end) if current is not None else None
        rows = passage_rows(segments, text)
        self._restoring = True
        self.passages_model.set_rows(rows)
        spans = [(r.start, r.end) for r in rows]
        if keep in spans:
            self.passages.setCurrentIndex(self.passages_model.index(spans.index(keep), 0))
        self._restoring = False

    @staticmethod
    def _gold_marks(red_flags: list[RedFlagRow]) -> list[tuple[int, int, QTextCharFormat, str]]:
        marks = []
        for row in red_flags:
            fmt = QTextCharFormat()
            fmt.setFontOverline(True)  # a cue apart from the heat's shading and underline
            fmt.setFontWeight(QFont.Weight.Bold)
            fmt.setForeground(QColor(VERDICT_STYLES[row.verdict].color))
            marks.append((row.start, row.end, fmt, row.note))
        return marks

    @staticmethod
    def _red_flag_label(row: RedFlagRow | str) -> str:
        if not isinstance(row, RedFlagRow):
            return row
        return translate("HostWindow", "{symbol} {category}: “{quote}”").format(
            symbol=VERDICT_STYLES[row.verdict].symbol, category=row.category_name, quote=row.quote
        )

    @staticmethod
    def _count(row: RedFlagRow | str, shown) -> str:
        if not isinstance(row, RedFlagRow):
            return ""
        value = shown(row.tally)
        return number(value) if isinstance(value, int) else value

    def _fill_tally(self, red_flags: list[RedFlagRow]) -> None:
        current = self.tally.currentIndex().row()
        self._restoring = True
        self.tally_model.set_rows(red_flags or [translate("HostWindow", CREDIBLE_NOTE)])
        if 0 <= current < self.tally_model.rowCount():
            self.tally.setCurrentIndex(self.tally_model.index(current, 0))
        self._restoring = False

    def _passage_selected(self, current: QModelIndex, _previous=None) -> None:
        if self._restoring:
            return  # a refresh putting the instructor's place back, not a new choice
        row = current.data(RowRole) if current.isValid() else None
        if isinstance(row, PassageRow | RedFlagRow):
            self.view.select_span(row.start, row.end)

    # -- the instructor's actions ------------------------------------------------------------
    def _run(self, work) -> bool:
        if self.controller is None:
            return False
        try:
            work()
        except SessionStateError as exc:
            self.statusBar().showMessage(
                self.tr("Cannot do that now: {problem}.").format(problem=exc), 5000
            )
            return False
        self.refresh()
        return True

    def reveal(self) -> bool:
        """Show every student their feedback; the class results appear here."""
        if self._run(lambda: self.controller.reveal()):
            self.key_box.setChecked(True)
            self.tally.setFocus()
            return True
        return False

    def next_article(self) -> bool:
        """Move everyone to the next article (after the reveal)."""
        if self._run(lambda: self.controller.next_article()):
            self.key_box.setChecked(False)
            self.roster.setFocus()
            return True
        return False

    def end_session(self, confirm: bool = True) -> bool:
        """End the session for everyone (asks first) and keep its results."""
        if self.controller is None or self.controller.session.phase is Phase.ENDED:
            return False
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("End the session?"),
                self.tr(
                    "End the session for every student? The current article is revealed first; "
                    "results are saved in your progress database."
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return False
        self._run(lambda: self.controller.end())
        self.ended_label.setText(
            self.tr(
                "The session has ended. Results are saved in your progress database; "
                "choose the gradebook's format (Alt+M) and save it (Ctrl+S) for your "
                "spreadsheet, Moodle or Canvas."
            )
        )
        self.ended_label.show()
        self.buttons[self.save_action].setFocus()
        return True

    def save_gradebook(
        self, path: Path | str | None = None, layout: str | None = None
    ) -> Path | None:
        """Write the gradebook CSV in ``layout`` (default: the format chosen beside the
        button); asks where unless ``path`` is given."""
        if self.controller is None:
            return None
        session = self.controller.session
        chosen_layout = layout_named(layout or self.format_box.currentData())
        if path is None:
            folder = QStandardPaths.writableLocation(
                QStandardPaths.StandardLocation.DocumentsLocation
            ) or str(Path.home())
            name = default_gradebook_name(
                session.pack.id, session.code, session.started_at, chosen_layout.name
            )
            kind = (
                self.tr("CSV spreadsheet ({pattern})")
                if chosen_layout.name == DEFAULT_LAYOUT
                else self.tr("CSV for {layout} ({pattern})")
            )
            chosen, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Save gradebook"),
                str(Path(folder) / name),
                kind.format(layout=self._layout_label(chosen_layout), pattern="*.csv"),
            )
            if not chosen:
                return None
            path = chosen
        try:
            written = self.controller.save_gradebook(GradebookFile(Path(path), chosen_layout.name))
        except OSError as exc:
            plain_message(
                self,
                self.tr("Gradebook not saved"),
                self.tr("{path}: cannot write ({problem})").format(
                    path=path, problem=exc.strerror or exc
                ),
            )
            return None
        self.statusBar().showMessage(
            self.tr("Gradebook ({layout}) saved to {path}.").format(
                layout=self._layout_label(chosen_layout), path=written
            ),
            8000,
        )
        return written

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.controller is not None and self.controller.session.phase is not Phase.ENDED:
            if not self.end_session(confirm=True):
                event.ignore()
                return
        super().closeEvent(event)
