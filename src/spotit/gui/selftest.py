"""`spotit --self-test`: prove an installed or bundled SpotIt works, then exit.

School IT runs this after deploying the app (and `make bundle-check` runs it on
the PyInstaller bundle): it starts Qt (offscreen unless QT_QPA_PLATFORM says
otherwise), switches SpotIt to German and back (the translations ship and load),
builds the bundled starter pack into a temporary data folder, opens
the real main window, flags every red flag of one article in the real reader
and checks the score is 100. Real learner data is never touched.

Each passing check prints one ``ok:`` line on stdout; the first failure prints
one ``spotit: self-test failed: ...`` line on stderr and the exit status is 1.
"""

from __future__ import annotations

import importlib
import os
import sys
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

#: Qt modules SpotIt uses; a bundle missing one fails here, not in a learner's hands.
QT_MODULES = (
    "PySide6.QtCore",
    "PySide6.QtGui",
    "PySide6.QtWidgets",
    "PySide6.QtNetwork",
    "PySide6.QtCharts",
    "PySide6.QtWebSockets",
)

#: The window-system plugin every real start needs, by sys.platform prefix.
NATIVE_PLATFORM_PLUGIN = {"linux": "xcb", "win32": "windows", "darwin": "cocoa"}

#: A language whose translations must ship: Qt's (standard buttons and file dialogs) and SpotIt's.
TRANSLATION_PROBE = "de"
#: A text of SpotIt's own (context, English) that the translation above must change.
LANGUAGE_PROBE = ("Taxonomy", "Sensational headline")

#: Longest the whole self-test may take before it gives up (a hang is a failure too).
TIMEOUT_SECONDS = 120

SELF_TEST_LEARNER = "Self-test"


class SelfTestFailure(Exception):
    """A check failed; the message is the one line the user sees."""


@dataclass
class _State:
    """What the checks share: the app, the window, the pack they opened."""

    data_dir: Path
    app: object = None
    window: object = None
    progress: object = None
    pack_path: Path | None = None
    pack_id: str = ""
    article_id: str = ""
    unexpected_dialogs: list[str] = field(default_factory=list)


def run_self_test() -> int:
    """Open the main window offscreen, load the starter pack, score one article."""
    step = ["starting"]
    watchdog = threading.Timer(TIMEOUT_SECONDS, _give_up, args=(step,))
    watchdog.daemon = True
    watchdog.start()
    try:
        with _temporary_data_dir() as folder:
            state = _State(folder)
            try:
                for name, check in CHECKS:
                    step[0] = name
                    print(f"ok: {check(state)}", flush=True)
            except SelfTestFailure as exc:
                print(f"spotit: self-test failed: {exc}", file=sys.stderr, flush=True)
                return 1
            except ImportError as exc:
                # A bundle that lacks a module: name it, in the one line.
                print(
                    f"spotit: self-test failed: {step[0]}: module {exc.name!r} is missing "
                    f"from this installation ({exc})",
                    file=sys.stderr,
                    flush=True,
                )
                return 1
            except Exception as exc:  # noqa: BLE001 - any crash is a failed self-test, in one line
                print(
                    f"spotit: self-test failed: {step[0]}: {type(exc).__name__}: {exc}",
                    file=sys.stderr,
                    flush=True,
                )
                return 1
            finally:
                _shut_down(state)
    finally:
        watchdog.cancel()
    print("spotit: self-test passed", flush=True)
    return 0


def _give_up(step: list[str]) -> None:
    print(
        f"spotit: self-test failed: no answer after {TIMEOUT_SECONDS} s while {step[0]}",
        file=sys.stderr,
        flush=True,
    )
    os._exit(1)  # the GUI thread is stuck: nothing else would end the process


@contextmanager
def _temporary_data_dir() -> Iterator[Path]:
    """A throwaway SPOTIT_DATA_DIR, so a self-test never touches real learner data."""
    old = os.environ.get("SPOTIT_DATA_DIR")
    # Windows cannot delete files that are still open; a leftover temp folder is harmless.
    with tempfile.TemporaryDirectory(prefix="spotit-self-test-", ignore_cleanup_errors=True) as tmp:
        os.environ["SPOTIT_DATA_DIR"] = tmp
        try:
            yield Path(tmp)
        finally:
            if old is None:
                os.environ.pop("SPOTIT_DATA_DIR", None)
            else:
                os.environ["SPOTIT_DATA_DIR"] = old


# -- the checks, in order ------------------------------------------------------------


def check_qt_modules(state: _State) -> str:
    for name in QT_MODULES:
        try:
            importlib.import_module(name)
        except ImportError as exc:
            raise SelfTestFailure(f"Qt module {name} cannot be loaded ({exc})") from None
    return f"Qt modules load: {', '.join(n.split('.')[1] for n in QT_MODULES)}"


def _plugin_file(folder: Path, name: str) -> Path | None:
    """The plugin library called ``name`` in ``folder`` (libqxcb.so, qwindows.dll, ...)."""
    if not folder.is_dir():
        return None
    for path in folder.iterdir():
        stem = path.name.split(".")[0]
        if stem in (f"libq{name}", f"q{name}"):
            return path
    return None


def check_platform_plugin(state: _State) -> str:
    from PySide6.QtCore import QLibraryInfo

    # Without a display, and unless told otherwise, run offscreen like CI does.
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    # "xcb", "xcb:option=value", or a fallback list such as "wayland;xcb".
    wanted = [c.split(":")[0] for c in os.environ["QT_QPA_PLATFORM"].split(";") if c]
    plugins = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.PluginsPath)) / "platforms"
    native = next(
        (p for prefix, p in NATIVE_PLATFORM_PLUGIN.items() if sys.platform.startswith(prefix)),
        None,
    )
    # Checked before QApplication exists: Qt aborts the process on a missing platform plugin.
    if not any(_plugin_file(plugins, name) for name in wanted):
        names = " or ".join(repr(n) for n in wanted) or "''"
        raise SelfTestFailure(f"Qt platform plugin {names} is missing from {plugins}")
    if native and _plugin_file(plugins, native) is None:
        raise SelfTestFailure(f"Qt platform plugin {native!r} is missing from {plugins}")

    from spotit.gui.app import create_app

    _route_qt_messages()
    state.app = create_app([sys.argv[0] if sys.argv else "spotit"])
    actual = state.app.platformName()
    if actual not in wanted:
        raise SelfTestFailure(f"Qt started the {actual!r} platform plugin, not {wanted[0]!r}")
    _watch_for_dialogs(state)
    return f"Qt platform plugin {actual!r} started (native {native!r} present)"


def check_translations(state: _State) -> str:
    from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator

    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator()
    if not translator.load(QLocale(TRANSLATION_PROBE), "qtbase", "_", folder):
        raise SelfTestFailure(
            f"Qt translation qtbase_{TRANSLATION_PROBE}.qm is missing or unreadable in {folder}"
        )
    return f"Qt translations load from {folder}"


def check_language(state: _State) -> str:
    from PySide6.QtCore import QCoreApplication

    from spotit.core import i18n as core_i18n
    from spotit.gui.i18n import SOURCE_LANGUAGE, TRANSLATIONS, languages, shipped_languages

    code = TRANSLATION_PROBE
    if code not in shipped_languages():
        raise SelfTestFailure(
            f"SpotIt's translation spotit_{code}.qm is missing from {TRANSLATIONS} "
            "(make translations builds it)"
        )
    context, english = LANGUAGE_PROBE
    chosen = languages()
    try:
        chosen.use(code)
        shown = QCoreApplication.translate(context, english)
        # The layers below the GUI translate through spotit.core.i18n: they must follow.
        below = core_i18n.translate(context, english)
    finally:
        chosen.use(SOURCE_LANGUAGE)
    if shown == english:
        raise SelfTestFailure(
            f"SpotIt's translation spotit_{code}.qm leaves {english!r} ({context}) in English"
        )
    if below != shown:
        raise SelfTestFailure(
            f"the layers below the GUI do not follow the language: {english!r} ({context}) "
            f"reads {below!r} there"
        )
    # ascii(): a console that cannot print every letter still prints the line.
    return f"SpotIt's {code!r} translation loads ({english!r} reads {ascii(shown)}), English again"


def check_content(state: _State) -> str:
    from spotit.store.bundled import bundled_packs, content_dir
    from spotit.store.pack import PackError

    root = content_dir()
    if root is None:
        raise SelfTestFailure(
            "no bundled content folder found (spotit/_content in the app, content/ in a "
            "checkout, or SPOTIT_CONTENT_DIR)"
        )
    try:
        packs = bundled_packs()
    except PackError as exc:
        raise SelfTestFailure(f"a bundled pack cannot be built: {exc}") from None
    except OSError as exc:
        raise SelfTestFailure(f"the bundled content in {root} cannot be read: {exc}") from None
    if not packs:
        raise SelfTestFailure(f"no content pack (a folder with pack.toml) in {root}")
    starter = [p for p in packs if p.stem == "starter"]
    state.pack_path = (starter or packs)[0]
    return f"{len(packs)} bundled pack(s) built from {root}"


def check_main_window(state: _State) -> str:
    from spotit.gui.main_window import MainWindow
    from spotit.store.pack import PackError
    from spotit.store.progress import Progress, ProgressError

    try:
        state.progress = Progress(state.data_dir / "progress.db")
        learner = state.progress.add_learner(SELF_TEST_LEARNER)
    except (ProgressError, OSError) as exc:
        raise SelfTestFailure(f"a learner database cannot be created: {exc}") from None
    state.window = window = MainWindow(state.progress, learner)
    try:
        pack = window.add_pack(state.pack_path)
    except PackError as exc:
        raise SelfTestFailure(f"the main window cannot open the pack: {exc}") from None
    window.show()
    window.show_library()
    _settle(state)
    listed = window.library.model.rowCount()
    if listed != len(pack.article_ids()):
        raise SelfTestFailure(
            f"the library lists {listed} articles, the pack {pack.meta.id!r} has "
            f"{len(pack.article_ids())}"
        )
    state.pack_id = pack.meta.id
    return f"main window shows the library of {pack.meta.title!r} ({listed} articles)"


def _article_to_try(pack) -> str:
    """The article with the most red flags: it exercises the most of the reader."""
    best = max(pack.articles(), key=lambda s: s.annotations, default=None)
    if best is None or best.annotations == 0:
        raise SelfTestFailure(f"the pack {pack.meta.id!r} has no article with red flags")
    return best.meta.id


def check_reader(state: _State) -> str:
    from PySide6.QtGui import QTextDocument

    from spotit.gui.document import display_text, plain_text

    window = state.window
    pack = window.packs[state.pack_id]
    state.article_id = _article_to_try(pack)
    window.open_article(state.pack_id, state.article_id)
    _settle(state)
    reader = window.reader
    if window.pages.currentWidget() is not reader or reader.current is None:
        raise SelfTestFailure(f"the reader did not open article {state.article_id!r}")
    article = reader.current.article
    # The reader draws bidi controls as marks in their place (same offsets), nothing else.
    if plain_text(reader.view.document()) != display_text(article.text):
        raise SelfTestFailure(
            f"article {article.meta.id!r}: the reader's text differs from the pack's text"
        )
    # Select each red flag with Qt's own search (Qt positions), then flag it: the reader's
    # conversion to code points must give back the pack's offsets exactly.
    doc = reader.view.document()
    for ann in article.annotations:
        occurrence = sum(1 for i in range(ann.start) if article.text.startswith(ann.quote, i))
        cursor = doc.find(ann.quote, 0, QTextDocument.FindFlag.FindCaseSensitively)
        for _ in range(occurrence):
            cursor = doc.find(
                ann.quote, cursor.selectionStart() + 1, QTextDocument.FindFlag.FindCaseSensitively
            )
        if cursor.isNull():
            raise SelfTestFailure(f"article {article.meta.id!r}: Qt cannot find {ann.quote!r}")
        reader.view.setTextCursor(cursor)
        span = reader.view.selected_span()
        if span != (ann.start, ann.end):
            raise SelfTestFailure(
                f"article {article.meta.id!r}: {ann.quote!r} is at {span} in the reader, "
                f"({ann.start}, {ann.end}) in the pack"
            )
        if not reader.flag_selection(ann.category):
            raise SelfTestFailure(f"article {article.meta.id!r}: the reader refused a flag")
    _settle(state)
    return f"reader shows {article.meta.id!r}; its {len(article.annotations)} red flags line up"


def check_scoring(state: _State) -> str:
    from spotit.core.model import Flag
    from spotit.practice import score_flags

    reader = state.window.reader
    article = reader.current.article
    perfect = [Flag(a.start, a.end, a.category) for a in article.annotations]
    expected = score_flags(article, perfect)
    reader.submit()
    _settle(state)
    report = reader.report
    if report is None:
        raise SelfTestFailure(f"article {article.meta.id!r}: submitting gave no feedback")
    if report.score != 100 or expected.score != 100:
        raise SelfTestFailure(
            f"article {article.meta.id!r}: a perfect answer scored {report.score} in the reader "
            f"and {expected.score} in the scorer, not 100"
        )
    attempts = state.window.practice.history().attempts
    if len(attempts) != 1:
        raise SelfTestFailure(f"the attempt was not saved ({len(attempts)} attempts recorded)")
    return f"a perfect answer to {article.meta.id!r} scores {report.score}/100 and is saved"


def check_history(state: _State) -> str:
    window = state.window
    window.show_history()  # the only screen that uses QtCharts
    _settle(state)
    if window.history is None or window.pages.currentWidget() is not window.history:
        raise SelfTestFailure("the history page (QtCharts) did not open")
    return "history page with its score chart opens"


def check_websockets(state: _State) -> str:
    from PySide6.QtWebSockets import QWebSocket, QWebSocketServer

    server = QWebSocketServer("SpotIt self-test", QWebSocketServer.SslMode.NonSecureMode)
    socket = QWebSocket()
    name = server.serverName()
    socket.deleteLater()
    server.deleteLater()
    if name != "SpotIt self-test":
        raise SelfTestFailure("QtWebSockets does not work (a server object lost its name)")
    return "QtWebSockets works (classroom sessions)"


def check_student_page(state: _State) -> str:
    from spotit.classroom.server import ServerError
    from spotit.classroom.web import PAGE_FILES, StudentPageServer

    page = StudentPageServer()
    try:
        # Reads the page's files and binds QtHttpServer on loopback, as a class does.
        page.listen("127.0.0.1", 0, 1)
    except ServerError as exc:
        raise SelfTestFailure(f"the student page cannot be served: {exc}") from None
    finally:
        page.close()
        page.deleteLater()
    return f"QtHttpServer serves the student page ({len(PAGE_FILES)} files)"


def check_emoji_font(state: _State) -> str:
    from PySide6.QtGui import QFontDatabase

    from spotit.gui.theme import SHIPPED_EMOJI_FONT

    # Loaded directly, whatever the platform has: the shipped file must be in the bundle.
    font_id = QFontDatabase.addApplicationFont(str(SHIPPED_EMOJI_FONT))
    if font_id < 0:
        raise SelfTestFailure(f"the emoji font {SHIPPED_EMOJI_FONT.name} is missing or unreadable")
    families = QFontDatabase.applicationFontFamilies(font_id)
    QFontDatabase.removeApplicationFont(font_id)
    return f"the shipped emoji font loads ({', '.join(families)})"


def check_name_rules(state: _State) -> str:
    from spotit.classroom import protocol

    # The look-alike check reads Unicode's confusables table from a package's data files.
    if not protocol.look_alike("Ana", "\u0410na") or protocol.look_alike("Ana", "Anna"):
        raise SelfTestFailure("the look-alike name check is wrong (confusables data missing?)")
    return "class names: the look-alike check has its Unicode table"


CHECKS: list[tuple[str, Callable[[_State], str]]] = [
    ("loading Qt modules", check_qt_modules),
    ("starting the Qt platform plugin", check_platform_plugin),
    ("loading Qt translations", check_translations),
    ("switching SpotIt's language", check_language),
    ("building the bundled content", check_content),
    ("opening the main window", check_main_window),
    ("opening an article in the reader", check_reader),
    ("scoring a perfect answer", check_scoring),
    ("opening the history page", check_history),
    ("loading QtWebSockets", check_websockets),
    ("serving the student page", check_student_page),
    ("loading the emoji font", check_emoji_font),
    ("checking class names for look-alikes", check_name_rules),
]


# -- plumbing ---------------------------------------------------------------------------


def _settle(state: _State) -> None:
    """Let queued events run, and turn any dialog that popped up into a failure."""
    state.app.processEvents()
    state.app.processEvents()
    if state.unexpected_dialogs:
        raise SelfTestFailure(f"unexpected dialog: {state.unexpected_dialogs[0]}")


def _route_qt_messages() -> None:
    """Qt's warnings go to stdout with the progress, so stderr holds only the verdict."""
    from PySide6.QtCore import QtMsgType, qInstallMessageHandler

    def handler(kind, _context, message: str) -> None:
        if kind == QtMsgType.QtFatalMsg:
            print(f"spotit: self-test failed: Qt: {message}", file=sys.stderr, flush=True)
        elif kind in (QtMsgType.QtWarningMsg, QtMsgType.QtCriticalMsg):
            print(f"   qt: {message}", flush=True)

    _route_qt_messages.handler = handler  # Qt keeps no reference of its own
    qInstallMessageHandler(handler)


def _watch_for_dialogs(state: _State) -> None:
    """Close any modal dialog (it would wait forever offscreen) and remember what it said."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def close_modal() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            return
        text = dialog.text() if isinstance(dialog, QMessageBox) else ""
        state.unexpected_dialogs.append(" ".join(f"{dialog.windowTitle()!r} {text}".split())[:300])
        if hasattr(dialog, "reject"):
            dialog.reject()
        else:
            dialog.close()

    timer = QTimer(state.app)
    timer.setInterval(50)
    timer.timeout.connect(close_modal)
    timer.start()


def _shut_down(state: _State) -> None:
    """Close what the checks opened, so the temporary folder can be removed."""
    if state.window is not None:
        state.window.close()
        state.window.deleteLater()
    if state.progress is not None:
        state.progress.close()
    if state.app is not None:
        state.app.processEvents()
    if getattr(_route_qt_messages, "handler", None) is not None:
        from PySide6.QtCore import qInstallMessageHandler

        qInstallMessageHandler(None)
        _route_qt_messages.handler = None
