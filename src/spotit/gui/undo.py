"""Undo commands that do not keep their owner alive.

A QUndoStack owns its commands on the C++ side. A command holding its page or
editor strongly ties the owner into a reference cycle that only Python's cycle
collector can free, in no particular order; with Qt objects in it, that order
can crash (``QUndoStack::clear()`` on freed commands, seen with the reader; see
``tests/gui/test_windows_let_go.py``). Commands subclass :class:`OwnedCommand`
and reach their owner through ``self.apply``, which holds it weakly.
"""

from __future__ import annotations

import inspect
import weakref
from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QUndoCommand


class OwnedCommand(QUndoCommand):
    """An undo command that applies its states through its owner's ``apply`` callback."""

    def __init__(self, apply: Callable[..., Any], text: str) -> None:
        super().__init__(text)
        if inspect.ismethod(apply):
            method = weakref.WeakMethod(apply)

            def call(*args: Any) -> None:
                alive = method()
                if alive is not None:  # a command outliving its owner does nothing
                    alive(*args)

            self.apply: Callable[..., Any] = call
        else:
            self.apply = apply
