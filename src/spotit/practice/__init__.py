"""The learner's front door, without Qt: library, drafts, submitting, history, what next.

A :class:`Practice` is one learner's view of the open packs and the progress
database; the learner's widgets ask it and draw what it returns. Importing this
package stays light (no scorer, no sqlite-utils, no Markdown): the library
window is built from it at start-up.
"""

from spotit.practice.library import DONE, IN_PROGRESS, NEW, LibraryEntry, next_article
from spotit.practice.session import (
    OpenArticle,
    Practice,
    PracticeError,
    Submission,
    Submitted,
    score_flags,
)

__all__ = [
    "DONE",
    "IN_PROGRESS",
    "NEW",
    "LibraryEntry",
    "OpenArticle",
    "Practice",
    "PracticeError",
    "Submission",
    "Submitted",
    "next_article",
    "score_flags",
]
