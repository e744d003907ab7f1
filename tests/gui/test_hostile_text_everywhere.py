"""Every screen a user can reach, opened on a pack whose every text field is hostile markup.

The class-level guard for untrusted text: instead of naming widgets, each test
opens a screen and walks every widget of every window then on screen (labels,
buttons, text views, tooltips, window titles, the cells and tooltips of every item
view, the message boxes and input dialogs shown), so a widget added later is
checked without anyone listing it here. The markup must show as its characters
wherever it appears: a label or box in plain text (or escaped inside deliberate
rich text), no ``<img`` from the payload in a text view's HTML, a tooltip only
through ``plain_tooltip``, a window title with "[*]" kept.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QModelIndex
from PySide6.QtGui import Qt  # Qt.mightBeRichText lives in QtGui
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QColorDialog,
    QComboBox,
    QDialog,
    QFileDialog,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)
from tests.gui.editor.conftest import write_hostile_source
from tests.gui.hostile import HOSTILE

#: Pieces of HOSTILE that, read as HTML, load a file or make a link.
RAW = ("<img", '<a href="https://x"')
#: What the headline and the pack title add to HOSTILE: a window title must keep it.
MARKER = " [*]"
Role = Qt.ItemDataRole


def drawn_as_html(text: str, rich: bool | None = None) -> bool:
    """True if Qt would draw ``text`` as HTML with the payload's markup in it.

    ``rich`` is the widget's own text format (None: Qt guesses, as it does for
    tooltips and AutoText).
    """
    if not any(piece in text for piece in RAW):
        return False
    return Qt.mightBeRichText(text) if rich is None else rich


def is_rich(fmt: Qt.TextFormat, text: str) -> bool:
    return fmt == Qt.TextFormat.RichText or (
        fmt in (Qt.TextFormat.AutoText, Qt.TextFormat.MarkdownText) and Qt.mightBeRichText(text)
    )


def shows_payload(text: str) -> bool:
    """The text holds the payload, as written or escaped for rich text."""
    from html import escape

    return HOSTILE in text or escape(HOSTILE) in text or escape(HOSTILE, quote=False) in text


def shown_title(widget: QWidget) -> str:
    """The title the window really shows (Qt reads "[*]" in what was set)."""
    handle = widget.windowHandle()
    if handle is not None:
        return handle.title()
    probe = QWidget()
    probe.setWindowTitle(widget.windowTitle())
    probe.winId()
    shown = probe.windowHandle().title()
    probe.deleteLater()
    return shown


@dataclass
class Sweep:
    """What the walks found: places that draw the markup, and places that show the payload."""

    faults: list[str] = field(default_factory=list)
    shown: list[str] = field(default_factory=list)
    screens: list[str] = field(default_factory=list)

    def text(self, where: str, text: str, rich: bool | None = None) -> None:
        if not text:
            return
        if drawn_as_html(text, rich):
            self.faults.append(f"{where}: {text[:160]!r}")
        elif shows_payload(text):
            self.shown.append(where)

    def title(self, where: str, widget: QWidget) -> None:
        title = widget.windowTitle()
        if HOSTILE in title:
            self.shown.append(where)
            if HOSTILE + MARKER not in shown_title(widget):
                self.faults.append(f"{where}: window title loses '[*]': {shown_title(widget)!r}")

    def model(self, where: str, view: QAbstractItemView) -> None:
        model = view.model()
        if model is None:
            return
        pending, seen = [QModelIndex()], 0
        while pending and seen < 2000:
            parent = pending.pop()
            try:
                rows, columns = model.rowCount(parent), model.columnCount(parent)
            except TypeError:  # a Qt-internal model (a header's, say) that hides its counts
                continue
            for row in range(rows):
                for column in range(columns):
                    index = model.index(row, column, parent)
                    seen += 1
                    cell = f"{where} cell {row},{column}"
                    display = index.data(Role.DisplayRole)
                    if isinstance(display, str):
                        # Item views draw DisplayRole as plain text: it shows as written.
                        self.text(cell, display, rich=False)
                    for role in (Role.ToolTipRole, Role.WhatsThisRole):
                        value = index.data(role)
                        if isinstance(value, str):
                            self.text(f"{cell} {role.name}", value)
                child = model.index(row, 0, parent)
                if parent.isValid() or model.rowCount(child):
                    pending.append(child)

    def widget(self, widget: QWidget) -> None:
        """Walk ``widget`` and everything in it."""
        for w in [widget, *widget.findChildren(QWidget)]:
            name = f"{type(w).__name__}({w.objectName() or w.accessibleName() or '?'})"
            if w.isWindow():
                self.title(f"{name} title", w)
            self.text(f"{name} tooltip", w.toolTip())
            self.text(f"{name} what's this", w.whatsThis())
            for action in QWidget.actions(w):  # (a page may have an ``actions`` of its own)
                self.text(f"{name} action tooltip", action.toolTip())
            if isinstance(w, QLabel):
                self.text(f"{name} text", w.text(), is_rich(w.textFormat(), w.text()))
            elif isinstance(w, QAbstractButton | QLineEdit):
                self.text(f"{name} text", w.text(), rich=False)  # drawn plain by Qt
            elif isinstance(w, QTextEdit):
                html = w.toHtml()
                # Article bodies and explanations are sanitised Markdown, where links are
                # allowed (and confirmed on click); an image from the payload never is.
                at = html.find("<img")
                if at >= 0:
                    self.faults.append(
                        f"{name}: the payload's markup in its HTML: {html[at:][:120]!r}"
                    )
                elif shows_payload(w.toPlainText()):
                    self.shown.append(name)
            elif isinstance(w, QPlainTextEdit):
                self.text(f"{name} text", w.toPlainText(), rich=False)
            elif isinstance(w, QTabBar):
                for n in range(w.count()):
                    self.text(f"{name} tab {n} tooltip", w.tabToolTip(n))
            if isinstance(w, QAbstractItemView):
                self.model(name, w)
            if isinstance(w, QComboBox):
                for n in range(w.count()):
                    self.text(f"{name} item {n}", w.itemText(n), rich=False)

    def screen(self, name: str) -> None:
        """Walk every window on screen now; ``name`` says which screen it is."""
        before = len(self.shown)
        for window in QApplication.topLevelWidgets():
            if window.isVisible():
                self.widget(window)
        self.screens.append(name)
        assert len(self.shown) > before, (
            f"{name}: the payload shows nowhere, so nothing was checked"
        )

    def done(self) -> None:
        assert not self.faults, "markup drawn as HTML:\n" + "\n".join(self.faults)


@pytest.fixture
def sweep(monkeypatch):
    """A Sweep; every dialog run from now on is walked, then cancelled (or answered No)."""
    found = Sweep()

    def run(dialog) -> int:
        found.widget(dialog)
        found.screens.append(f"dialog {dialog.windowTitle()!r}")
        if isinstance(dialog, QMessageBox):
            for button in (QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.No):
                if dialog.button(button) is not None:
                    return int(button.value)
            return int(QMessageBox.StandardButton.Ok.value)
        return int(QDialog.DialogCode.Rejected.value)

    for cls in (QDialog, QMessageBox, QInputDialog, QColorDialog):
        monkeypatch.setattr(cls, "exec", run)

    def static_box(parent, title, text, *args, **kwargs):
        # A static box guesses the format of its text: only our own words may go in one.
        found.text(f"static QMessageBox {title!r}", text)
        return QMessageBox.StandardButton.Cancel

    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, static_box)

    def static_input(parent, title, label, *args, **kwargs):
        found.text(f"static QInputDialog {title!r}", label)
        return "", False

    for name in ("getItem", "getText", "getMultiLineText"):
        monkeypatch.setattr(QInputDialog, name, static_input)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: ("", ""))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: "")
    monkeypatch.setattr(QColorDialog, "getColor", lambda initial, *a, **k: initial)
    yield found
    print(f"walked: {found.screens}; the payload shown in {len(found.shown)} places")
    found.done()


@pytest.fixture(scope="module")
def hostile_pack_path(tmp_path_factory):
    """The hostile source built into a .spotit, with " [*]" after the title and headline."""
    from spotit.content.source import read_pack_source
    from spotit.store.pack import build_pack

    root = tmp_path_factory.mktemp("hostile-everywhere")
    folder = marked_source(root / "src")
    source = read_pack_source(folder)
    assert not source.problems, source.problems
    return build_pack(source, root / "hostile.spotit")


def marked_source(folder):
    folder = write_hostile_source(folder)
    pack = folder / "pack.toml"
    pack.write_text(
        pack.read_text(encoding="utf-8").replace(
            f"title = '{HOSTILE}'", f"title = '{HOSTILE}{MARKER}'"
        ),
        encoding="utf-8",
    )
    article = folder / "articles" / "01-hostile.md"
    article.write_text(
        article.read_text(encoding="utf-8").replace(
            f"headline = '{HOSTILE}'", f"headline = '{HOSTILE}{MARKER}'"
        ),
        encoding="utf-8",
    )
    return folder


@pytest.fixture
def hostile_window(qtbot, progress, hostile_pack_path):
    from spotit.gui.main_window import MainWindow

    learner = progress.add_learner("Ana <b>B</b>")
    win = MainWindow(progress, learner)
    qtbot.addWidget(win)
    win.add_pack(hostile_pack_path)
    win.show()
    win.show_library()
    return win


def flag_experts(reader) -> None:
    start = reader.view.text.index("experts say")
    reader.view.select_span(start, start + len("experts say"))
    assert reader.flag_selection("hostile")


def test_library_reader_feedback_and_history(qtbot, sweep, hostile_window):
    win = hostile_window
    sweep.screen("library")
    win.open_article("hostile", "hostile")
    sweep.screen("reader")
    flag_experts(win.reader)
    reader = win.reader
    sweep.screen("reader with a flag")
    reader.submit()
    sweep.screen("feedback after submit")
    win.show_history()
    sweep.screen("history")


def test_message_boxes_on_error(qtbot, sweep, hostile_window, tmp_path, monkeypatch):
    import spotit.gui.main_window as main_window
    from spotit.store.pack import PackError

    def refuse(path):
        raise PackError(f"{path}: the pack id {HOSTILE!r} is not valid")

    monkeypatch.setattr(main_window, "open_pack", refuse)
    before = len(sweep.shown)
    assert not hostile_window.open_pack_file(tmp_path / "x.spotit")
    assert len(sweep.shown) > before


def test_import_export_and_agreement_dialogs(qtbot, sweep, hostile_window, hostile_pack_path):
    win = hostile_window
    win.export_annotations()
    qtbot.addWidget(win.export_dialog)
    win.export_dialog.show()
    sweep.screen("export dialog (pack picker)")
    win.export_dialog.close()
    win.import_annotations()
    qtbot.addWidget(win.import_dialog)
    win.import_dialog.show()
    sweep.screen("import dialog (pack picker)")
    win.import_dialog.close()
    from spotit.gui.agreement_view import AgreementView

    view = AgreementView(win, a_path=hostile_pack_path, b_path=hostile_pack_path)
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.comparison is not None, timeout=10000)
    sweep.screen("agreement view")


def test_the_pack_editor_its_pages_problems_and_try_out(qtbot, sweep, tmp_path):
    from spotit.gui.editor import PackEditor

    folder = marked_source(tmp_path / "src")
    # One flag whose category is markup, so the Problems list quotes it.
    article = folder / "articles" / "01-hostile.md"
    article.write_text(
        article.read_text(encoding="utf-8").replace(
            "[[flags]]", f"[[flags]]\nquote = \"a rocket\"\ncategory = '{HOSTILE}'\n\n[[flags]]", 1
        ),
        encoding="utf-8",
    )
    editor = PackEditor()
    qtbot.addWidget(editor, before_close_func=lambda w: setattr(w, "ask_before_closing", False))
    editor.show()
    assert editor.open_path(folder)  # its "Opened with problems" box is walked too
    editor.validate_now()
    for page in (editor.article_page, editor.pack_page, editor.categories_page):
        editor.tabs.setCurrentWidget(page)
        sweep.screen(f"editor: {editor.tabs.tabText(editor.tabs.currentIndex())}")
    editor.tabs.setCurrentWidget(editor.article_page)
    for annotation in editor.current_article().annotations:
        editor.session.select_annotation(annotation.uid)
        sweep.screen("editor: an annotation selected")
    editor.categories_page.show_categories(editor.draft, "hostile")
    editor.categories_page.delete_category()  # asks where its annotation goes
    editor.article_page.pick_category()  # the full list of categories
    editor.delete_article()  # asks first
    editor.try_as_learner()
    dialog = editor.try_dialog
    sweep.screen("try as learner")
    flag_experts(dialog.reader)
    dialog.reader.submit()
    sweep.screen("try as learner: feedback")
    dialog.reject()


def test_class_host_and_student_windows(qtbot, sweep, progress, hostile_pack_path, tmp_path):
    from PySide6.QtCore import QSettings
    from tests.classroom.conftest import LOOPBACK
    from tests.classroom.test_gui_host import free_port

    from spotit.classroom.server import ClassServer
    from spotit.classroom.session import ClassSession
    from spotit.gui.classroom_host import HostWindow
    from spotit.gui.classroom_student import JoinDialog
    from spotit.store.pack import open_pack

    pack = open_pack(hostile_pack_path)
    host = HostWindow({"hostile": pack}, progress, announce=False)
    qtbot.addWidget(host, before_close_func=lambda w: w.controller and w.end_session(confirm=False))
    host.show()
    sweep.screen("class host window: setting up")
    # Tick the article and start, on loopback; then the running session's window.
    from PySide6.QtTest import QTest

    host.article_list.setFocus()
    QTest.keyClick(host.article_list, Qt.Key.Key_Home)
    QTest.keyClick(host.article_list, Qt.Key.Key_Space)
    host.address_box.setCurrentIndex(host.address_box.findData(LOOPBACK))
    host.port_box.setValue(free_port())
    host.start_button.click()
    assert host.controller is not None, host.setup_error.text()
    sweep.screen("class host window: a session running")
    host.end_session(confirm=False)
    host.close()

    # A class on loopback, as the student sees it: found on the network, then joined.
    session = ClassSession(pack.meta, pack.categories, [pack.article("hostile")], code="ABC234")
    server = ClassServer(session)
    server.listen(LOOPBACK, 0)
    try:
        settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
        dialog = JoinDialog(discover=False, settings=settings)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.add_found_host("192.0.2.7", 4242, HOSTILE)
        sweep.screen("join dialog with an announced class")
        dialog.close()
        dialog = JoinDialog(discover=False, settings=settings)
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.host_box.setEditText(LOOPBACK)
        dialog.port_box.setValue(server.port)
        dialog.code_edit.setText("ABC 234")
        dialog.name_edit.setText("Ana")
        dialog.join()
        qtbot.waitUntil(
            lambda: dialog.window_opened is not None or "⚠" in dialog.message.text(),
            timeout=10000,
        )
        assert dialog.window_opened is not None, dialog.message.text()
        window = dialog.window_opened
        qtbot.addWidget(window, before_close_func=lambda w: w.client.close())
        qtbot.waitUntil(lambda: window.reader.current is not None, timeout=10000)
        sweep.screen("student window")
        flag_experts(window.reader)
        window.reader.submit()
        qtbot.waitUntil(lambda: session.roster()[0].state == "submitted", timeout=10000)
        server.apply(session.reveal())
        qtbot.waitUntil(lambda: "Answers revealed" in window.banner.text(), timeout=10000)
        sweep.screen("student window: answers revealed")
        window.client.close()
    finally:
        server.close()
        pack.close()


def test_the_sweep_finds_markup_drawn_as_html(qtbot):
    """The walk itself: a label, a tooltip and a title that would draw the payload are caught."""
    from spotit.gui.plain import plain_label, plain_title, plain_tooltip

    window = QWidget()
    qtbot.addWidget(window)
    bad, good = QLabel(HOSTILE, window), plain_label(HOSTILE)
    good.setParent(window)
    good.setToolTip(plain_tooltip(HOSTILE))
    window.setWindowTitle(HOSTILE + MARKER)
    found = Sweep()
    found.widget(window)
    assert len(found.faults) == 2, found.faults  # the label guessing HTML, the title's "[*]"
    window.setWindowTitle(plain_title(HOSTILE + MARKER))
    bad.setToolTip(HOSTILE)
    bad.setTextFormat(Qt.TextFormat.PlainText)
    found = Sweep()
    found.widget(window)
    assert [f.split(":")[0] for f in found.faults] == ["QLabel(?) tooltip"], found.faults


def test_a_category_with_an_ampersand_reads_as_written_on_the_palette(qtbot, hostile_window):
    """Buttons read "&x" as an Alt+x shortcut: a name's "&" must show, and take no key."""
    from dataclasses import replace as changed

    from PySide6.QtGui import QKeySequence

    win = hostile_window
    win.open_article("hostile", "hostile")
    panel = win.reader.flag_panel
    categories = [changed(c, name="Q&A") if c.id == "hostile" else c for c in win.reader.categories]
    panel.set_categories(categories)
    (button,) = [b for b in panel.palette_buttons if "Q" in b.text() and "A" in b.text()]
    assert button.text().replace("&&", "&").endswith("Q&A")
    assert QKeySequence.mnemonic(button.text()).isEmpty()
