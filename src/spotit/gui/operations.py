"""The one way to run long work off the GUI thread.

Shaped after Anki's ``CollectionOp``: a screen describes the work (a plain
function of the Qt-free layers), says what to do with its result
(``success``) and with a failure (``failure``, one line for the user), and
starts it. The work runs in a thread pool; the callbacks run on the GUI
thread. While it runs, an optional busy indicator is shown and the given
controls are disabled; work that accepts a ``progress`` argument can report
``(done, total, text)``, which reaches ``on_progress`` on the GUI thread.

    Operation(lambda: import_annotations(request), parent=self)
        .busy(self.busy_bar, disable=[self.form])
        .success(self.show_report)
        .failure(self.show_error)
        .run()

Expected errors become their own one-line message; an unexpected exception
becomes one line naming its type, so the user never sees a traceback and a
bug is still visible in what the line says.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QWidget

from spotit.core.i18n import translate
from spotit.store.pack import PackError

#: What a worker may report about its progress: (done, total, text).
ProgressReport = Callable[[int, int, str], None]

#: Exception types whose message is already one line written for the user.
EXPECTED_ERRORS: tuple[type[BaseException], ...] = (PackError, ValueError)


def expect(*types: type[BaseException]) -> None:
    """Register more exception types whose message is meant for the user as it is."""
    global EXPECTED_ERRORS
    EXPECTED_ERRORS = tuple(dict.fromkeys((*EXPECTED_ERRORS, *types)))


def problem_line(exc: BaseException) -> str:
    """One line for the user: an expected error's own message, never a traceback."""
    if isinstance(exc, EXPECTED_ERRORS):
        return str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    if isinstance(exc, OSError):
        where = exc.filename or translate("Operation", "file", "a file not named by the error")
        return translate("Operation", "{file}: {error}").format(
            file=where, error=exc.strerror or exc
        )
    return translate("Operation", "unexpected problem: {error_type}: {error}").format(
        error_type=type(exc).__name__, error=exc
    )


class _Signals(QObject):
    # Signals emitted from the worker thread are queued to the GUI thread.
    succeeded = Signal(object)
    failed = Signal(str)
    progressed = Signal(int, int, str)


class _Job(QRunnable):
    def __init__(self, work: Callable[..., Any], signals: _Signals, wants_progress: bool) -> None:
        super().__init__()
        self.setAutoDelete(True)
        self.work, self.signals, self.wants_progress = work, signals, wants_progress

    def run(self) -> None:
        try:
            if self.wants_progress:
                result = self.work(progress=self.signals.progressed.emit)
            else:
                result = self.work()
        except Exception as exc:  # noqa: BLE001 - every failure becomes one line for the user
            self._emit(self.signals.failed, problem_line(exc))
            return
        self._emit(self.signals.succeeded, result)

    @staticmethod
    def _emit(signal, value) -> None:
        try:
            signal.emit(value)
        except RuntimeError:
            pass  # the screen that asked was closed meanwhile: nobody to tell


def _accepts_progress(work: Callable[..., Any]) -> bool:
    try:
        return "progress" in inspect.signature(work).parameters
    except (TypeError, ValueError):
        return False


class Operation:
    """Long work run off the GUI thread, reporting back on it (see the module docstring)."""

    #: Operations that have started and not yet reported; kept so none is collected early.
    _running: set[Operation] = set()

    def __init__(
        self,
        work: Callable[..., Any],
        *,
        parent: QObject | None = None,
        pool: QThreadPool | None = None,
    ) -> None:
        self._work = work
        self._parent = parent
        self._pool = pool or QThreadPool.globalInstance()
        self._on_success: Callable[[Any], None] | None = None
        self._on_failure: Callable[[str], None] | None = None
        self._on_progress: Callable[[int, int, str], None] | None = None
        self._busy: QWidget | None = None
        self._disable: list[QWidget] = []
        self._signals: _Signals | None = None
        self.done = False

    # -- describing ----------------------------------------------------------------
    def success(self, callback: Callable[[Any], None]) -> Operation:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[str], None]) -> Operation:
        self._on_failure = callback
        return self

    def progress(self, callback: Callable[[int, int, str], None]) -> Operation:
        self._on_progress = callback
        return self

    def busy(self, indicator: QWidget | None, disable: Iterable[QWidget] = ()) -> Operation:
        """Show ``indicator`` and disable ``disable`` while the work runs."""
        self._busy, self._disable = indicator, list(disable)
        return self

    # -- running ------------------------------------------------------------------
    def run(self) -> Operation:
        # No Qt parent: the operation owns it until the result is in, even if the screen closes.
        signals = _Signals()
        signals.succeeded.connect(self._succeeded)
        signals.failed.connect(self._failed)
        if self._on_progress is not None:
            signals.progressed.connect(self._on_progress)
        self._signals = signals
        self._set_working(True)
        Operation._running.add(self)
        self._pool.start(_Job(self._work, signals, _accepts_progress(self._work)))
        return self

    def _set_working(self, working: bool) -> None:
        if self._busy is not None:
            self._busy.setVisible(working)
        for widget in self._disable:
            widget.setEnabled(not working)

    def _succeeded(self, result: Any) -> None:
        self._report(self._on_success, result)

    def _failed(self, line: str) -> None:
        self._report(self._on_failure, line)

    def _report(self, callback: Callable[[Any], None] | None, value: Any) -> None:
        self.done = True
        # Let go of it only after this slot has returned: its signals object is still delivering.
        QTimer.singleShot(0, lambda: Operation._running.discard(self))
        if self._parent is not None and not _alive(self._parent):
            return  # the screen that asked was closed meanwhile
        self._set_working(False)
        if callback is not None:
            callback(value)


def _alive(obj: QObject) -> bool:
    import shiboken6

    return shiboken6.isValid(obj)
