"""The instructor's pack editor (docs/editor.md): ``PackEditor`` is its window."""

from spotit.gui.editor.window import PackEditor

__all__ = ["PackEditor"]
