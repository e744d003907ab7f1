"""Try as learner: the learner's own reader on the article being written, recording nothing."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QVBoxLayout, QWidget

from spotit.authoring.draft import PackDraft, pack_article
from spotit.core.i18n import translate
from spotit.core.model import PackMeta
from spotit.core.taxonomy import Category
from spotit.gui.plain import plain_label, set_plain
from spotit.gui.reader import ReaderPage
from spotit.gui.windows import resize_to_fit
from spotit.practice import Practice
from spotit.store.progress import Progress


@dataclass(frozen=True)
class PreviewPack:
    """What the reader asks of a pack, taken from the draft instead of a built file."""

    meta: PackMeta
    categories: list[Category]
    taxonomy_base: str = "default"

    def category(self, category_id: str) -> Category | None:
        return next((c for c in self.categories if c.id == category_id), None)

    def lessons(self) -> list:
        """Trying an article as a learner offers no lessons (the Lessons tab shows them)."""
        return []


class TryAsLearnerDialog(QDialog):
    """The reader, exactly as learners get it, on a throw-away in-memory progress database."""

    def __init__(self, draft: PackDraft, article_uid: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Try as learner — nothing is recorded"))
        self.draft = draft
        self.pack = PreviewPack(draft.meta, list(draft.categories), draft.taxonomy_base)
        # In memory: attempts and drafts vanish with the dialog; the learner's database is untouched.
        self.progress = Progress(":memory:")
        self.learner = self.progress.add_learner(self.tr("Author trying the pack"))
        self.note = plain_label()
        self.note.setWordWrap(True)
        self.reader = ReaderPage(Practice(self.progress, self.learner))
        self.reader.library_requested.connect(self.accept)
        self.reader.next_requested.connect(self.next_article)
        # There is no library here: the button goes back to the editor. Found as the
        # feedback's own button, not by its text (which is in the learner's language).
        self.reader.feedback.library_button.setText(self.tr("&Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.reader, 1)
        resize_to_fit(self, 1200, 760)
        self.open_article(article_uid)

    def open_article(self, article_uid: int) -> None:
        article = self.draft.article(article_uid)
        self.article_uid = article_uid
        shown = pack_article(article)
        left_out = len(article.annotations) - len(shown.annotations)
        note = self.tr("Trying “{headline}” as a learner. Nothing you do here is recorded.").format(
            headline=article.meta.headline
        )
        if left_out:
            note = translate(
                "TryAsLearnerDialog",
                "Trying “{headline}” as a learner. Nothing you do here is recorded. %n "
                "annotation(s) waiting for you to confirm or fix are left out of this answer key.",
                "",
                left_out,
            ).format(headline=article.meta.headline)
        set_plain(self.note, note)
        self.reader.open_article(self.pack, shown, fresh=True)

    def next_article(self) -> None:
        index = self.draft.article_index(self.article_uid)
        if index is not None and index + 1 < len(self.draft.articles):
            self.open_article(self.draft.articles[index + 1].uid)
        else:
            self.accept()

    def done(self, result: int) -> None:
        super().done(result)
        self.progress.close()
