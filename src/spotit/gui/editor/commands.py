"""The editor's one undo history: every change swaps one immutable draft for another."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtGui import QUndoCommand

from spotit.authoring.draft import PackDraft
from spotit.gui.undo import OwnedCommand

MERGE_ID = 0x5350


@dataclass(frozen=True)
class Focus:
    """Where a change happened, so undo and redo can show it.

    ``page`` is "articles", "pack", "categories", "lessons", "checks" or "sources";
    ``article``, ``annotation`` and ``lesson`` are uids; ``category`` is an id; ``note``
    is the index of a passage note in its article; ``check`` the path of a check file;
    ``source`` the path of a source page's file (``sources/<name>.md``).
    """

    page: str = "articles"
    article: int | None = None
    annotation: int | None = None
    category: str | None = None
    note: int | None = None
    lesson: int | None = None
    check: str | None = None
    source: str | None = None


#: How a command shows a draft: ``show(draft, focus, typing)`` (the editor session's ``show_draft``).
ShowDraft = Callable[[PackDraft, Focus, bool], None]


class DraftCommand(OwnedCommand):
    """Replace the draft; undo puts the previous one back exactly.

    Commands with the same ``merge_key`` merge while the author keeps typing, so
    one undo removes a burst of typing. They stop merging once the editor has
    re-anchored the annotations in between: each undo step then restores a
    draft whose annotations match its text.
    """

    def __init__(
        self,
        show: ShowDraft,
        before: PackDraft,
        after: PackDraft,
        text: str,
        focus: Focus,
        merge_key: tuple | None = None,
    ) -> None:
        super().__init__(show, text)
        self.before, self.after = before, after
        self.focus, self.merge_key = focus, merge_key
        self._applied = False

    def id(self) -> int:  # noqa: A003 (Qt naming)
        return MERGE_ID if self.merge_key is not None else -1

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt naming)
        if (
            not isinstance(other, DraftCommand)
            or other.merge_key != self.merge_key
            or other.before is not self.after
        ):
            return False
        self.after = other.after
        if self.after == self.before:
            self.setObsolete(True)  # typed and erased again: nothing to undo
        return True

    def redo(self) -> None:
        # The first redo is the edit itself: typing re-renders after a pause, a redo at once.
        typing = self.merge_key is not None and not self._applied
        self._applied = True
        self.apply(self.after, self.focus, typing)

    def undo(self) -> None:
        self.apply(self.before, self.focus, False)
