"""The investigation pane: a small offline browser over a pack's own invented web.

Beside the article in the reader, the learner searches the pack's source pages, opens
them, follows their links, and goes back and forward, as they would read laterally on
the web (SIFT: Stop, Investigate the source, Find better coverage, Trace claims). What
they do is recorded by a :class:`spotit.practice.investigation.Investigation`; the pane
only draws and reports it.

Nothing here fetches anything: pages are the pack's text built into a document run by
run (``gui.document.build_document``, never ``setHtml`` of pack text), every view's
``loadResource`` returns nothing, and a link that leads outside the pack is named and not
followed.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QKeySequence,
    QPalette,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextBrowser,
    QTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from spotit.core.i18n import COUNT, QT_TRANSLATE_NOOP, counted, translate
from spotit.core.sources import KIND_NAMES, SearchResults, SourcePage, parse_address
from spotit.core.textpos import Utf16Map
from spotit.gui.document import build_document, display_text
from spotit.gui.i18n import number
from spotit.gui.marks import highlight_format
from spotit.gui.plain import plain_tooltip, set_plain
from spotit.store.pack import PackError

if TYPE_CHECKING:
    from spotit.core.article import PackArticle
    from spotit.practice.investigation import Investigation, SourceLibrary

#: The notice above every page: like the reader's training banner, said in words.
INVENTED_NOTICE = QT_TRANSLATE_NOOP(
    "InvestigationPane", "⚠ Invented for training: this page is not on the web."
)
#: The same notice above an article of the pack opened from a link.
INVENTED_ARTICLE_NOTICE = QT_TRANSLATE_NOOP(
    "InvestigationPane", "⚠ Invented for training: this article is not on the web."
)
#: A query longer than this is cut (the pack's search refuses longer ones).
MAX_QUERY = 200
#: How many results a search shows.
RESULT_LIMIT = 20
#: The tint of the passage a feedback link points at (with an underline: never colour alone).
QUOTE_COLOR = "#b8860b"


def query_of(text: str) -> str:
    """A selection as a search query: one line, whitespace collapsed, at most MAX_QUERY."""
    query = " ".join(text.replace("\u2029", " ").replace("\u2028", " ").split())
    if len(query) > MAX_QUERY:
        query = query[:MAX_QUERY].rsplit(" ", 1)[0] or query[:MAX_QUERY]
    return query


def kind_name(kind: str) -> str:
    """A page's kind in words ("profile"), capitalised for a line of its own."""
    name = KIND_NAMES.get(kind, kind or translate("InvestigationPane", "page"))
    return name[:1].upper() + name[1:]


class _QuietBrowser(QTextBrowser):
    """A text browser that never loads a resource and never follows a link by itself."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setAccessibleName(name)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextBrowserInteraction
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self._document: QTextDocument | None = None

    def loadResource(self, kind: int, url: QUrl) -> object:  # noqa: N802 (Qt naming)
        return None  # no image, style sheet or page is ever fetched, local or remote

    def show_document(self, document: QTextDocument) -> None:
        """Show ``document``, which the view then owns (and frees when it is replaced)."""
        # Owned by Qt, not by Python: a document Python frees first, when the cycle
        # collector lets the reader go, leaves the view pointing at nothing.
        document.setParent(self)
        self.setExtraSelections([])
        document.setDocumentMargin(12)
        self.setDocument(document)
        if self._document is not None:
            self._document.deleteLater()  # ours to free, as in the reader's ArticleView
        self._document = document
        cursor = self.textCursor()
        cursor.setPosition(0)
        self.setTextCursor(cursor)

    def select_first_link(self) -> bool:
        """Put the keyboard on the first link (Enter then opens it); False if none."""
        block = self.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                fragment = it.fragment()
                if fragment.charFormat().isAnchor():
                    cursor = QTextCursor(self.document())
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(
                        fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                    )
                    self.setTextCursor(cursor)
                    return True
                it += 1
            block = block.next()
        return False


class _SearchBox(QLineEdit):
    """The search box: Down goes on to the results, as in a search engine."""

    down_pressed = Signal()

    def keyPressEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        if event.key() == Qt.Key.Key_Down and event.modifiers() in (
            Qt.KeyboardModifier.NoModifier,
            Qt.KeyboardModifier.KeypadModifier,
        ):
            self.down_pressed.emit()
            return
        super().keyPressEvent(event)


class InvestigationPane(QWidget):
    """Search a pack's sources, read its pages, follow links inside the pack only.

    Give it a library and an investigation with :meth:`set_library` for each opened
    article (None for a pack with no sources). ``article_text`` looks up an article of
    the pack for ``article:ID`` links (shown read-only here).
    """

    #: The learner closed the pane (the reader hides it and gives the article the focus).
    close_requested = Signal()
    #: A move was recorded (a search, a page opened): the reader keeps it with the draft.
    moved = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("investigationPane")
        self.setAccessibleName(self.tr("Investigate: this pack's sources"))
        self.library: SourceLibrary | None = None
        self.investigation: Investigation | None = None
        self.article_text: Callable[[str], PackArticle | None] | None = None
        self.results: SearchResults | None = None
        self._results_via = "search"
        self.shown_address = ""
        self.shown_text = ""  # the canonical text of the page or article shown
        self._map = Utf16Map("")
        self._build()

    # layout ------------------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)

        # Each row joins its parent layout before it gets widgets: widgets added to a row
        # that has no parent yet leave Python owning their layout items, which the cycle
        # collector then frees after Qt has (a crash when the reader is let go).
        title_row = QHBoxLayout()
        layout.addLayout(title_row)
        heading = QLabel(self.tr("Investigate"))
        font = QFont(heading.font())
        font.setBold(True)
        heading.setFont(font)
        title_row.addWidget(heading, 1)
        self.close_button = QToolButton()
        self.close_button.setText(self.tr("Close"))
        self.close_button.setToolTip(self.tr("Close the investigation pane"))
        self.close_button.setAccessibleName(self.tr("Close the investigation pane"))
        self.close_button.setAccessibleDescription(
            self.tr("The article gets the keyboard again; what you looked up is kept.")
        )
        self.close_button.clicked.connect(self.close_requested)
        title_row.addWidget(self.close_button)

        search_row = QHBoxLayout()
        layout.addLayout(search_row)
        self.search_box = _SearchBox()
        self.search_box.setPlaceholderText(self.tr("Search this pack's sources"))
        self.search_box.setAccessibleName(self.tr("Search this pack's sources"))
        self.search_box.setAccessibleDescription(
            self.tr(
                "Type a name, an outlet or the words of a claim and press Enter; "
                "the Down arrow goes to the results."
            )
        )
        self.search_box.setMaxLength(MAX_QUERY)
        self.search_box.setClearButtonEnabled(True)
        for clear in self.search_box.findChildren(QToolButton):  # Qt's own: it has no name
            clear.setAccessibleName(self.tr("Clear the search box"))
        self.search_box.returnPressed.connect(self._search_typed)
        self.search_box.down_pressed.connect(self._to_results)
        search_row.addWidget(self.search_box, 1)
        self.search_button = QPushButton(self.tr("Search"))
        self.search_button.setAccessibleDescription(
            self.tr("Search this pack's sources for the words typed")
        )
        self.search_button.clicked.connect(self._search_typed)
        search_row.addWidget(self.search_button)

        # The results above, the page below. Opening a page folds the results away (the
        # page needs the room, at 200% especially); one button brings them back.
        self.results_box = QWidget()
        results_layout = QVBoxLayout(self.results_box)
        results_layout.setContentsMargins(0, 0, 0, 0)
        about = QHBoxLayout()
        results_layout.addLayout(about)
        self.results_label = QLabel()
        self.results_label.setWordWrap(True)
        self.results_label.setAccessibleName(self.tr("About the results"))
        about.addWidget(self.results_label, 1)
        self.results_button = QToolButton()
        self.results_button.setCheckable(True)
        self.results_button.setAccessibleDescription(
            self.tr("Shows or hides the list of search results")
        )
        self.results_button.toggled.connect(self._fold_results)
        about.addWidget(self.results_button, 0, Qt.AlignmentFlag.AlignTop)
        self.results_view = _QuietBrowser(self.tr("Search results"))
        self.results_view.setAccessibleDescription(
            self.tr(
                "Each result's title is a link: Tab to it and press Enter to open the page "
                "beside the article."
            )
        )
        self.results_view.anchorClicked.connect(self._result_clicked)
        results_layout.addWidget(self.results_view, 1)

        self.page_box = page_box = QWidget()
        page_layout = QVBoxLayout(page_box)
        page_layout.setContentsMargins(0, 0, 0, 0)
        nav = QHBoxLayout()
        page_layout.addLayout(nav)
        self.back_button = QToolButton()
        self.back_button.setText(self.tr("◀ Back"))
        self.back_button.setToolTip(self.tr("Back (Alt+Left)"))
        self.back_button.setAccessibleName(self.tr("Back"))
        self.back_button.setAccessibleDescription(
            self.tr("Open the page shown before this one (Alt+Left)")
        )
        self.back_button.clicked.connect(self.back)
        self.forward_button = QToolButton()
        self.forward_button.setText(self.tr("Forward ▶"))
        self.forward_button.setToolTip(self.tr("Forward (Alt+Right)"))
        self.forward_button.setAccessibleName(self.tr("Forward"))
        self.forward_button.setAccessibleDescription(
            self.tr("Open again the page you went back from (Alt+Right)")
        )
        self.forward_button.clicked.connect(self.forward)
        self.address_field = QLineEdit()
        self.address_field.setReadOnly(True)
        self.address_field.setAccessibleName(self.tr("Address of the page shown"))
        self.address_field.setAccessibleDescription(
            self.tr("Read only: where this page would be on the web")
        )
        self.address_field.setPlaceholderText(self.tr("No page open"))
        nav.addWidget(self.back_button)
        nav.addWidget(self.forward_button)
        nav.addWidget(self.address_field, 1)
        self.notice = QLabel()
        self.notice.setObjectName("inventedNotice")
        self.notice.setWordWrap(True)
        self.notice.setAccessibleName(self.tr("About this page"))
        page_layout.addWidget(self.notice)
        self.page_view = _QuietBrowser(self.tr("Source page"))
        self.page_view.setAccessibleDescription(
            self.tr(
                "A page of this pack's sources. Its links open other pages of the pack here; "
                "links to the web are not followed."
            )
        )
        self.page_view.setFrameShape(QFrame.Shape.StyledPanel)
        self.page_view.anchorClicked.connect(self._page_link_clicked)
        page_layout.addWidget(self.page_view, 1)
        # What the pane has to say (a link it will not follow, a page it does not have),
        # under everything, in plain words.
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Investigation status"))

        layout.addWidget(self.results_box, 2)
        layout.addWidget(page_box, 3)
        layout.addWidget(self.status)

        self.back_action = QAction(self.tr("Back"), self)
        self.back_action.setShortcut(QKeySequence("Alt+Left"))
        self.back_action.triggered.connect(self.back)
        self.forward_action = QAction(self.tr("Forward"), self)
        self.forward_action.setShortcut(QKeySequence("Alt+Right"))
        self.forward_action.triggered.connect(self.forward)
        for action in (self.back_action, self.forward_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self._style_notice()
        self.clear()

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt naming)
        from PySide6.QtCore import QEvent

        if getattr(self, "notice", None) is not None:
            if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.StyleChange):
                self._style_notice()
                if self.results is not None and self.results.hits:  # titles in the new link colour
                    shown = self.results_view.isVisible()
                    self.results_view.show_document(self._results_document(self.results))
                    self.results_view.setVisible(shown)
            elif event.type() == QEvent.Type.FontChange:
                self.notice.setFont(self.font())  # a styled label keeps its polished font
        super().changeEvent(event)

    def _style_notice(self) -> None:
        # Like the reader's training banner: a dashed frame in the palette's own colours.
        palette = self.palette()
        text = palette.color(QPalette.ColorRole.WindowText).name()
        mid = palette.color(QPalette.ColorRole.Mid).name()
        style = (
            f"QLabel#inventedNotice {{ color: {text}; border: 2px dashed {mid}; "
            "border-radius: 4px; padding: 3px 6px; }"
        )
        if self.notice.styleSheet() != style:
            self.notice.setStyleSheet(style)

    def _to_results(self) -> None:
        """From the search box to the first result (Enter then opens it)."""
        if self.results is not None and self.results.hits and self.results_view.isVisible():
            self.results_view.setFocus(Qt.FocusReason.TabFocusReason)
            self.results_view.select_first_link()

    # the library -----------------------------------------------------------------
    def set_library(
        self,
        library: SourceLibrary | None,
        investigation: Investigation | None,
        article_text: Callable[[str], PackArticle | None] | None = None,
    ) -> None:
        """Investigate ``library`` for a newly opened article (None: nothing to search)."""
        self.library, self.investigation, self.article_text = library, investigation, article_text
        self.clear()

    def clear(self) -> None:
        """No search and no page: what the pane shows when an article is opened."""
        self.results = None
        self.search_box.clear()
        set_plain(
            self.results_label,
            self.tr(
                "Search for a name, an outlet or the exact words of a claim, or select words in "
                "the article and press Ctrl+Shift+I."
            ),
        )
        self.results_view.show_document(QTextDocument())
        self._set_results_shown(None)
        self._show_nothing()

    def _show_nothing(self) -> None:
        self.shown_address = self.shown_text = ""
        self._map = Utf16Map("")
        self.address_field.clear()
        self.address_field.setToolTip("")
        set_plain(self.notice, translate("InvestigationPane", INVENTED_NOTICE))
        self.page_view.show_document(QTextDocument())
        set_plain(self.status, "")
        self.page_box.hide()  # the results have the pane until a page is opened
        self._update_nav()

    def focus_search(self) -> None:
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    # searching -----------------------------------------------------------------------
    def _search_typed(self) -> None:
        self.search(self.search_box.text(), via="search")

    def search(self, query: str, via: str = "search") -> SearchResults | None:
        """Search the pack's sources for ``query`` and list what it finds, best first.

        ``via`` is how the pages the results lead to will count as opened: "search" for
        a typed query, "selection" for words chosen in the article.
        """
        query = query_of(query)
        if self.library is None:
            return None
        set_plain(self.status, "")
        if not query:
            set_plain(
                self.results_label, self.tr("Type a name, an outlet or some words to search for.")
            )
            self.results = None
            self.results_view.show_document(QTextDocument())
            self._set_results_shown(None)
            return None
        if self.search_box.text() != query:
            self.search_box.setText(query)
        try:
            results = self.library.search(query, limit=RESULT_LIMIT)
        except PackError as exc:  # a damaged pack: said, and the article goes on
            set_plain(
                self.results_label,
                self.tr("This pack's sources cannot be searched: {error}").format(error=exc),
            )
            self.results = None
            self.results_view.show_document(QTextDocument())
            self._set_results_shown(None)
            return None
        self.results, self._results_via = results, via
        if self.investigation is not None:
            self.investigation.searched(query, len(results.hits))
            self.moved.emit()
        count = len(results.hits)
        if count == 0:
            about = self.tr("Nothing in this pack's sources matches {query}.").format(query=query)
        elif results.corrected:
            about = self.tr(
                "Showing results for {corrected} (nothing was found for {query})."
            ).format(corrected=results.corrected, query=query)
        elif results.partial:
            # One is its own sentence ("holds"), so that the English needs no plural forms.
            if count == 1:
                about = self.tr("No page holds all of {query}; 1 holds some of its words.")
            else:
                about = counted.translate(
                    "InvestigationPane",
                    "No page holds all of {query}; %n hold some of its words.",
                    "",
                    COUNT,
                    int(count),
                )
            about = about.format(query=query)
            if results.missing:
                about += " " + self.tr("Missing: {words}.").format(words=", ".join(results.missing))
        elif count == 1:
            about = self.tr("1 result, best first.")
        else:
            about = counted.translate(
                "InvestigationPane", "%n results, best first.", "", COUNT, int(count)
            )
        set_plain(self.results_label, display_text(about))
        self.results_view.show_document(self._results_document(results))
        self._set_results_shown(True if count else None)
        return results

    def _set_results_shown(self, shown: bool | None) -> None:
        """Show the results (True), fold them away (False), or there are none (None)."""
        self.results_button.setVisible(shown is not None)
        self.results_button.setChecked(bool(shown))
        self._fold_results(bool(shown))

    def _fold_results(self, shown: bool) -> None:
        folded = self.results is not None and bool(self.results.hits) and not shown
        self.results_view.setVisible(shown)
        self.results_label.setVisible(not folded)  # folded, the button says it in one line
        # Folded or absent results take no more room than their line.
        self.layout().setStretchFactor(self.results_box, 2 if shown else 0)
        count = len(self.results.hits) if self.results is not None else 0
        self.results_button.setText(
            self.tr("Hide results")
            if shown
            else self.tr("Show results ({count})").format(count=number(count))
        )

    def _results_document(self, results: SearchResults) -> QTextDocument:
        """Each hit: its title as a link, its kind in words, the snippet with the matched
        words in bold (never colour alone). Pack text is inserted as text, never as HTML."""
        doc = QTextDocument(self)
        doc.setUndoRedoEnabled(False)
        cursor = QTextCursor(doc)
        plain = QTextCharFormat()
        first, rest = QTextBlockFormat(), QTextBlockFormat()
        first.setTopMargin(10)
        for n, hit in enumerate(results.hits):
            if n:
                cursor.insertBlock(first, QTextCharFormat())
            title = QTextCharFormat()
            title.setAnchor(True)
            title.setAnchorHref(f"source:{hit.id}")
            title.setFontUnderline(True)
            title.setForeground(self.palette().color(QPalette.ColorRole.Link))
            title.setProperty(QTextFormat.Property.FontSizeAdjustment, 1)
            cursor.insertText(display_text(hit.title), title)
            cursor.insertBlock(rest, QTextCharFormat())
            kind = QTextCharFormat()
            kind.setFontItalic(True)
            cursor.insertText(kind_name(hit.kind), kind)
            cursor.insertBlock(rest, QTextCharFormat())
            for text, matched in hit.snippet:
                fmt = QTextCharFormat(plain)
                if matched:
                    fmt.setFontWeight(QFont.Weight.Bold)
                cursor.insertText(display_text(text.replace("\n", " ")), fmt)
        return doc

    def _result_clicked(self, url: QUrl) -> None:
        self.open_address(url.toString(), via=self._results_via)

    # pages --------------------------------------------------------------------------
    def open_address(
        self, address: str, via: str = "link", quote: tuple[int, int] | None = None
    ) -> bool:
        """Open ``address`` (``source:ID`` or ``article:ID``) in the pane; False if the
        pack has no such page. ``quote`` is a span of the page's text to mark (feedback)."""
        if not self._show(address, quote):
            return False
        if self.results_button.isChecked():
            self.results_button.setChecked(False)  # the page gets the room
        if self.investigation is not None:
            self.investigation.opened(address, via)
            self.moved.emit()
        self._update_nav()
        return True

    def back(self) -> None:
        if self.investigation is not None and self.investigation.can_back:
            address = self.investigation.back()
            if address:
                self._show(address)
                self.moved.emit()
            self._update_nav()

    def forward(self) -> None:
        if self.investigation is not None and self.investigation.can_forward:
            address = self.investigation.forward()
            if address:
                self._show(address)
                self.moved.emit()
            self._update_nav()

    def _update_nav(self) -> None:
        inv = self.investigation
        can_back = inv is not None and inv.can_back
        can_forward = inv is not None and inv.can_forward
        self.back_button.setEnabled(can_back)
        self.forward_button.setEnabled(can_forward)
        self.back_action.setEnabled(can_back)
        self.forward_action.setEnabled(can_forward)

    def _show(self, address: str, quote: tuple[int, int] | None = None) -> bool:
        parsed = parse_address(address)
        if parsed is None or self.library is None:
            return False
        kind, target = parsed
        if kind == "source":
            try:
                page = self.library.source(target)
            except PackError as exc:
                set_plain(
                    self.status, self.tr("This page cannot be read: {error}").format(error=exc)
                )
                return False
            if page is None:
                set_plain(
                    self.status, self.tr("This pack has no page {address}.").format(address=address)
                )
                return False
            self._show_page(page, quote)
        else:
            article = self.article_text(target) if self.article_text is not None else None
            if article is None:
                set_plain(
                    self.status,
                    self.tr("This pack has no article {address}.").format(address=address),
                )
                return False
            self._show_article(address, article)
        return True

    def _show_page(self, page: SourcePage, quote: tuple[int, int] | None) -> None:
        address = page.summary.address or f"source:{page.id}"
        self.shown_address = f"source:{page.id}"
        self._set_address(address)
        lines = [translate("InvestigationPane", INVENTED_NOTICE), kind_name(page.kind)]
        if page.kind == "search-result":
            lines[1] = self.tr(
                "{kind}: only this snippet was found; there is no page behind it."
            ).format(kind=lines[1])
        set_plain(self.notice, display_text("\n".join(lines)))
        self._set_text(page.text, list(page.blocks))
        set_plain(self.status, "")
        if quote is not None and quote[1] > quote[0]:
            self.mark(*quote)

    def _show_article(self, address: str, article: PackArticle) -> None:
        self.shown_address = address
        self._set_address(address)
        details = " · ".join(x for x in (article.meta.outlet, article.meta.date) if x)
        lines = [
            translate("InvestigationPane", INVENTED_ARTICLE_NOTICE),
            self.tr("An article of this pack (read only): {details}").format(details=details)
            if details
            else self.tr("An article of this pack (read only)"),
        ]
        set_plain(self.notice, display_text("\n".join(lines)))
        self._set_text(article.text, list(article.blocks))
        set_plain(self.status, "")

    def _set_text(self, text: str, blocks: list) -> None:
        self.page_box.show()
        self.shown_text = text
        self._map = Utf16Map(text)
        self.page_view.show_document(build_document(blocks, self))

    def _set_address(self, address: str) -> None:
        shown = display_text(address)
        self.address_field.setText(shown)
        self.address_field.setCursorPosition(0)
        self.address_field.setToolTip(plain_tooltip(shown))  # whole, where the field is narrow

    def mark(self, start: int, end: int) -> None:
        """Mark ``start``–``end`` of the page shown (code points), scrolled into view:
        tinted and underlined, and said in words below the page."""
        start, end = max(0, start), min(len(self.shown_text), end)
        if end <= start:
            return
        selection = QTextEdit.ExtraSelection()
        cursor = QTextCursor(self.page_view.document())
        cursor.setPosition(self._map.to_utf16(start))
        cursor.setPosition(self._map.to_utf16(end), QTextCursor.MoveMode.KeepAnchor)
        selection.cursor = cursor
        fmt = highlight_format(QUOTE_COLOR, QTextCharFormat.UnderlineStyle.SingleUnderline)
        fmt.setUnderlineColor(QColor(QUOTE_COLOR))
        fmt.setFontWeight(QFont.Weight.Bold)
        selection.format = fmt
        self.page_view.setExtraSelections([selection])
        # Qt draws a selection's tint and line but not its weight: the bold goes into the
        # document (built for this page alone, and read-only: its text stays the page's).
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        cursor.mergeCharFormat(bold)
        caret = QTextCursor(self.page_view.document())
        caret.setPosition(self._map.to_utf16(start))
        self.page_view.setTextCursor(caret)
        # The passage near the top, with a line above it, rather than wherever it is
        # just in view (at the bottom, at 200%, with the words after it out of sight).
        bar = self.page_view.verticalScrollBar()
        line = self.page_view.fontMetrics().lineSpacing()
        bar.setValue(bar.value() + self.page_view.cursorRect(caret).top() - line)
        set_plain(
            self.status, self.tr("The passage that shows it is marked in bold and underlined.")
        )

    def marked_span(self) -> tuple[int, int] | None:
        """The span :meth:`mark` marked, in code points (None when nothing is)."""
        selections = self.page_view.extraSelections()
        if not selections:
            return None
        cursor = selections[0].cursor
        return (
            self._map.to_code_point(cursor.selectionStart()),
            self._map.to_code_point(cursor.selectionEnd()),
        )

    def _page_link_clicked(self, url: QUrl) -> None:
        address = url.toString()
        if parse_address(address) is not None:
            self.open_address(address, via="link")
            return
        # Never followed, not even offered: the pack's web has no way out.
        set_plain(
            self.status,
            display_text(
                self.tr(
                    "That link goes outside this pack ({address}); SpotIt does not follow it."
                ).format(address=address)
            ),
        )
