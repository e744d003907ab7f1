"""The editing session: one pack draft, its undo stack, the selection and its problems.

``EditorSession`` holds everything the pack editor knows about the pack being
written and makes every change to it. Each edit makes a new ``PackDraft`` (an
immutable value, ``spotit.authoring.draft``) and pushes a command holding the
drafts before and after, so undo restores text and annotations together, in
order. The window and its pages never change the draft themselves: they call
the session, and redraw when it says what changed:

- ``draft_changed(old, focus, typing)``: a new draft (an edit, undo, redo or a
  pack opened: then ``old`` is None);
- ``article_synced(article)``: the current article was re-rendered and its
  annotations re-anchored (after a pause in typing, or at once);
- ``article_selected()``, ``annotation_selected(uid, show)`` and
  ``note_selected(index, show)``: the selection moved;
- ``problems_changed(issues)``: a validation finished;
- ``saved(folder)`` and ``status(text)``.

Validation runs off the GUI thread through ``gui.operations.Operation``.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from spotit.authoring.draft import (
    FUZZY,
    NEEDS_AUTHOR,
    ArticleDraft,
    DraftAnnotation,
    LoadedPack,
    PackDraft,
    add_annotation,
    add_article,
    add_category,
    add_lesson,
    add_note,
    add_place,
    add_source,
    change_source,
    check_pointer,
    confirm_annotation,
    core_at,
    delete_annotation,
    delete_article,
    delete_category,
    delete_lesson,
    delete_note,
    delete_source,
    duplicate_article,
    move_annotation,
    move_article,
    move_category,
    move_note,
    new_pack,
    note_problem,
    place_problem,
    remove_place,
    replace_article,
    same_check,
    set_also,
    set_check,
    set_core,
    set_note_check,
    source_layout,
    span_problem,
    synced,
    update_annotation,
    update_category,
    update_lesson,
    update_note,
)
from spotit.authoring.saving import export_pack_file, write_source
from spotit.authoring.validation import Issue, Target, check
from spotit.content.checks import check_file_name
from spotit.core.taxonomy import category_problem
from spotit.gui.editor.commands import DraftCommand, Focus
from spotit.gui.operations import Operation

#: Re-render the preview and re-anchor annotations this long after the author stops typing.
RENDER_DELAY_MS = 300
#: Validate this long after the last change (in a worker thread).
VALIDATE_DELAY_MS = 500
#: The id (and file name) of a check added in the editor; "-2", "-3" when taken.
NEW_CHECK = "new-check"


def check_template(check_id: str) -> str:
    """A new check's file: one form of two items, one credible and one misleading.

    It validates as it is (a form half credible, half misleading), so the author starts
    from a check that builds and grows it; the comments say what each key is.
    """
    return f'''# A check of discernment: docs/content-pack.md, "Checks".
id = "{check_id}"                # the file is checks/<id>.toml
title = "Credible or not?"
instructions = "Read each headline and its lede and say how credible it is."
forms = ["A"]                    # parallel forms: ["A", "B", "C"]

[[items]]
id = "a01"
form = "A"
truth = "credible"               # or "misleading"
topic = "health"                 # a tag; every form has the same topics
difficulty = 1                   # 1, 2 or 3; every form has the same (truth, difficulty) pairs
headline = "Write an invented credible headline here"
lede = "And the first sentence of its report, with a named, checkable source."

[[items]]
id = "a02"
form = "A"
truth = "misleading"
topic = "health"
difficulty = 1
headline = "Write an invented misleading headline here"
lede = "And a lede with the red flags a learner should notice."
'''


class EditorSession(QObject):
    """The pack being edited and every change to it (see the module docstring)."""

    draft_changed = Signal(object, object, bool)
    article_synced = Signal(object)
    article_selected = Signal()
    annotation_selected = Signal(object, bool)
    note_selected = Signal(object, bool)
    problems_changed = Signal(object)
    saved = Signal(object)
    status = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.draft: PackDraft = new_pack("new-pack", self.tr("New pack"))
        self.path: Path | None = None
        #: file name of each article in the source folder, by uid (kept when saving)
        self.file_names: dict[int, str] = {}
        #: the source files as last opened or saved: saving edits them, keeping comments
        self.files: dict[str, str] = {}
        self.current_uid: int | None = None
        self.current_annotation: int | None = None
        #: the index of the selected passage note in the current article
        self.current_note: int | None = None
        self.issues: list[Issue] = []
        self.last_category: str | None = None
        self._generation = 0
        self._validation: Operation | None = None
        self._validate_again = False
        self.undo_stack = QUndoStack(self)
        self.undo_stack.setUndoLimit(1000)
        self._render_timer = QTimer(self, singleShot=True, interval=RENDER_DELAY_MS)
        self._render_timer.timeout.connect(self.flush)
        self._validate_timer = QTimer(self, singleShot=True, interval=VALIDATE_DELAY_MS)
        self._validate_timer.timeout.connect(self._start_validation)

    # -- opening ------------------------------------------------------------------------
    def load(self, loaded: LoadedPack, folder: Path | None) -> None:
        """Edit ``loaded`` from now on (saved into ``folder``, or asking for one)."""
        self._render_timer.stop()
        self.undo_stack.clear()
        self.draft = loaded.draft
        self.file_names = dict(loaded.file_names)
        self.files = dict(loaded.files)
        self.path = folder
        self.current_uid = self.draft.articles[0].uid if self.draft.articles else None
        self.current_annotation = None
        self.current_note = None
        self.issues = []
        self.draft_changed.emit(None, Focus("articles", self.current_uid), False)
        self.flush()
        self.schedule_validation()

    def close(self) -> None:
        """Stop the timers: the window is closing (a running check reports to nobody)."""
        self._validate_timer.stop()
        self._render_timer.stop()
        self._generation += 1

    # -- what is selected -------------------------------------------------------------------
    def current_article(self) -> ArticleDraft | None:
        """The article the author is on (None in a pack without articles)."""
        return self.draft.article(self.current_uid) if self.current_uid is not None else None

    def selected_annotation(self) -> DraftAnnotation | None:
        """The annotation selected in the current article, if any."""
        article = self.current_article()
        if article is None or self.current_annotation is None:
            return None
        return article.annotation(self.current_annotation)

    def is_dirty(self) -> bool:
        """True when there are changes that no save has written yet."""
        return not self.undo_stack.isClean()

    def marks(self) -> dict[int, int]:
        """How many things in each article need the author, by article uid."""
        places: dict[int, set] = {}
        for n, issue in enumerate(self.issues):
            target = issue.target
            if target.article is not None:
                # An annotation counts once, however many problems it has.
                if target.annotation:
                    place = ("annotation", target.annotation)
                elif target.kind == "note" and target.note is not None:
                    place = ("note", target.note)
                else:
                    place = ("issue", n)
                places.setdefault(target.article, set()).add(place)
        for article in self.draft.articles:
            for annotation in article.annotations:
                if annotation.status in NEEDS_AUTHOR:
                    places.setdefault(article.uid, set()).add(("annotation", annotation.uid))
        return {uid: len(found) for uid, found in places.items()}

    def select_article(self, uid: int) -> None:
        """Make ``uid`` the current article (its preview is rendered at once)."""
        if uid == self.current_uid:
            return
        self.flush()
        self.current_uid = uid
        self.current_annotation = None
        self.current_note = None
        self.article_selected.emit()
        self.flush()

    def select_annotation(self, uid: int | None, show: bool = True) -> None:
        """Select an annotation of the current article; ``show`` also selects its passage."""
        if self.current_article() is None:
            return
        self.current_annotation = uid
        self.annotation_selected.emit(uid, show)

    def select_note(self, index: int | None, show: bool = True) -> None:
        """Select a passage note of the current article; ``show`` also selects its passage."""
        article = self.current_article()
        if article is None:
            return
        self.current_note = index if index is not None and index < len(article.notes) else None
        self.note_selected.emit(self.current_note, show)

    def selected_note(self):
        """The passage note selected in the current article (a ``PassageNote``), if any."""
        article = self.current_article()
        if article is None or self.current_note is None:
            return None
        return article.notes[self.current_note] if self.current_note < len(article.notes) else None

    # -- the draft and its changes --------------------------------------------------------
    def change(
        self, after: PackDraft, text: str, focus: Focus, merge_key: tuple | None = None
    ) -> None:
        """Make ``after`` the draft, as one undoable step."""
        if after == self.draft:
            return
        self.undo_stack.push(
            DraftCommand(self.show_draft, self.draft, after, text, focus, merge_key)
        )

    def change_article(
        self,
        new: ArticleDraft,
        text: str,
        merge_key: tuple | None = None,
        annotation: int | None = None,
        note: int | None = None,
    ) -> None:
        """Replace one article of the draft, as one undoable step."""
        self.change(
            replace_article(self.draft, new),
            text,
            Focus("articles", new.uid, annotation, note=note),
            merge_key,
        )

    def show_draft(self, draft: PackDraft, focus: Focus, typing: bool) -> None:
        """Make ``draft`` current (called by commands): while typing, the preview follows later."""
        old = self.draft
        self.draft = draft
        if focus.article is not None and draft.article(focus.article) is not None:
            self.current_uid = focus.article
        elif self.current_uid is None or draft.article(self.current_uid) is None:
            index = old.article_index(self.current_uid) if self.current_uid is not None else 0
            articles = draft.articles
            self.current_uid = (
                articles[min(index or 0, len(articles) - 1)].uid if articles else None
            )
        if focus.annotation is not None:
            self.current_annotation = focus.annotation
        if focus.note is not None:
            self.current_note = focus.note
        article = self.current_article()
        if article is None or (
            self.current_annotation is not None
            and article.annotation(self.current_annotation) is None
        ):
            self.current_annotation = None
        if article is None or (
            self.current_note is not None and self.current_note >= len(article.notes)
        ):
            self.current_note = None
        self.draft_changed.emit(old, focus, typing)
        if typing:
            self._render_timer.start()
        else:
            self.flush()
        self.schedule_validation()

    def flush(self) -> ArticleDraft | None:
        """Re-render the current article now and re-anchor its annotations (not an undo step)."""
        self._render_timer.stop()
        article = self.current_article()
        if article is None:
            self.article_synced.emit(None)
            return None
        current = synced(article)
        if current is not article:
            self.draft = replace_article(self.draft, current)
            self.schedule_validation()
        if (
            self.current_annotation is not None
            and current.annotation(self.current_annotation) is None
        ):
            self.current_annotation = None
        self.article_synced.emit(current)
        return current

    # -- the names of undo steps (Edit › Undo …) --------------------------------------------
    def _pack_field_step(self, field: str) -> str:
        """The undo step of typing in one of the pack's fields: "Edit pack title"."""
        steps = {
            "id": self.tr("Edit pack id"),
            "title": self.tr("Edit pack title"),
            "version": self.tr("Edit pack version"),
            "language": self.tr("Edit pack language"),
            "authors": self.tr("Edit pack authors"),
            "licence": self.tr("Edit pack licence"),
            "description": self.tr("Edit pack description"),
            "training_notice": self.tr("Edit pack training notice"),
        }
        return steps.get(field) or self.tr("Edit pack {field}").format(
            field=field.replace("_", " ")
        )

    def _category_field_step(self, field: str) -> str:
        """The undo step of editing one of a category's fields: "Edit category name"."""
        steps = {
            "name": self.tr("Edit category name"),
            "description": self.tr("Edit category description"),
            "how_to_check": self.tr("Edit category how to check"),
            "color": self.tr("Edit category color"),
        }
        return steps.get(field) or self.tr("Edit category {field}").format(
            field=field.replace("_", " ")
        )

    def _field_step(self, field: str) -> str:
        """The undo step of editing an article's or an annotation's field: "Edit headline"."""
        steps = {
            "headline": self.tr("Edit headline"),
            "id": self.tr("Edit id"),
            "date": self.tr("Edit date"),
            "byline": self.tr("Edit byline"),
            "outlet": self.tr("Edit outlet"),
            "tags": self.tr("Edit tags"),
            "difficulty": self.tr("Edit difficulty"),
            "kind": self.tr("Edit kind"),
            "category": self.tr("Edit category"),
            "explanation": self.tr("Edit explanation"),
            "hint": self.tr("Edit hint"),
        }
        return steps.get(field) or self.tr("Edit {field}").format(field=field)

    # -- pack and categories -----------------------------------------------------------------
    def change_pack_meta(self, field: str, value) -> None:
        """Change one field of the pack's metadata (typing merges into one step)."""
        meta = replace(self.draft.meta, **{field: value})
        self.change(
            replace(self.draft, meta=meta),
            self._pack_field_step(field),
            Focus("pack"),
            ("pack", field),
        )

    def change_category(self, category_id: str, field: str, value: str) -> None:
        """Change one field of a category (typing merges into one step)."""
        self.change(
            update_category(self.draft, category_id, **{field: value}),
            self._category_field_step(field),
            Focus("categories", category=category_id),
            ("category", category_id, field),
        )

    def rename_category_id(self, old: str, new: str) -> str | None:
        """Give a category a new id (its annotations follow); the reason it cannot, or None."""
        problem = category_problem(new, "")
        if problem is not None:
            return problem[1]
        if self.draft.category(new) is not None:
            return self.tr("another category already has the id {category_id!r}").format(
                category_id=new
            )
        self.change(
            update_category(self.draft, old, id=new),
            self.tr("Change category id"),
            Focus("categories", category=new),
        )
        return None

    def add_category(self) -> str:
        """Add a category at the end of the palette; its id."""
        draft, category_id = add_category(self.draft)
        self.change(draft, self.tr("Add category"), Focus("categories", category=category_id))
        return category_id

    def move_category(self, category_id: str, step: int) -> None:
        """Move a category ``step`` places in the palette (and so its number key)."""
        self.change(
            move_category(self.draft, category_id, step),
            self.tr("Move category"),
            Focus("categories", category=category_id),
        )

    def delete_category(self, category_id: str, move_to: str | None) -> str | None:
        """Delete a category, its annotations moving to ``move_to``; the category shown next."""
        category = self.draft.category(category_id)
        index = self.draft.categories.index(category)
        draft = delete_category(self.draft, category_id, move_to)
        after = (
            draft.categories[min(index, len(draft.categories) - 1)].id if draft.categories else None
        )
        self.change(draft, self.tr("Delete category"), Focus("categories", category=after))
        return after

    # -- lessons ---------------------------------------------------------------------------------
    def add_lesson(self, category_id: str) -> int:
        """Add a lesson (from the template) on a category that has none; its uid."""
        draft, uid = add_lesson(self.draft, category_id)
        self.change(draft, self.tr("Add lesson"), Focus("lessons", lesson=uid))
        return uid

    def change_lesson(self, uid: int, field: str, value) -> None:
        """Change a lesson's ``category``, ``title``, ``body`` or ``order`` (typing merges)."""
        lesson = self.draft.lesson(uid)
        if lesson is None or getattr(lesson, field) == value:
            return
        what = {
            "body": self.tr("Typing in lesson"),
            "order": self.tr("Change lesson order"),
            "category": self.tr("Edit lesson category"),
            "title": self.tr("Edit lesson title"),
        }.get(field) or self.tr("Edit lesson {field}").format(field=field)
        merge = ("lesson", uid, field) if field in ("title", "body") else None
        self.change(
            update_lesson(self.draft, uid, **{field: value}),
            what,
            Focus("lessons", lesson=uid),
            merge,
        )

    def delete_lesson(self, uid: int) -> int | None:
        """Delete a lesson; the uid of the lesson shown next (or None)."""
        lessons = self.draft.lessons
        index = next((i for i, x in enumerate(lessons) if x.uid == uid), None)
        if index is None:
            return None
        draft = delete_lesson(self.draft, uid)
        after = draft.lessons[min(index, len(draft.lessons) - 1)].uid if draft.lessons else None
        self.change(draft, self.tr("Delete lesson"), Focus("lessons", lesson=after))
        return after

    # -- checks ----------------------------------------------------------------------------------
    def change_check(self, rel: str, text: str) -> None:
        """The author typed in a check's file (``checks/<id>.toml``): one undo step a burst.

        A check is edited as the TOML it is written in; the file is saved as typed, so a
        check nobody touches is saved byte for byte as it was read.
        """
        files = dict(self.draft.checks)
        if rel not in files or files[rel] == text:
            return
        files[rel] = text
        self.change(
            replace(self.draft, checks=tuple(files.items())),
            self.tr("Typing in check"),
            Focus("checks", check=rel),
            ("check", rel),
        )

    def add_check(self) -> str:
        """Add a check file from the template (a valid check to rewrite); its path."""
        taken = {rel for rel, _ in self.draft.checks}
        n, rel = 1, check_file_name(NEW_CHECK)
        while rel in taken:
            n += 1
            rel = check_file_name(f"{NEW_CHECK}-{n}")
        check_id = rel.removeprefix("checks/").removesuffix(".toml")
        self.change(
            replace(self.draft, checks=(*self.draft.checks, (rel, check_template(check_id)))),
            self.tr("Add check"),
            Focus("checks", check=rel),
        )
        return rel

    def delete_check(self, rel: str) -> None:
        """Remove a check file from the pack (undo brings it back)."""
        checks = tuple(c for c in self.draft.checks if c[0] != rel)
        if len(checks) != len(self.draft.checks):
            self.change(
                replace(self.draft, checks=checks), self.tr("Delete check"), Focus("checks")
            )

    # -- source pages ------------------------------------------------------------------------------
    def change_source(self, rel: str, text: str) -> None:
        """The author typed in a source page's file: one undo step a burst.

        Like a check, a page is edited as the file it is written in and saved as typed, so a
        page nobody touches is saved byte for byte as it was read.
        """
        if dict(self.draft.sources).get(rel, text) == text:
            return
        self.change(
            change_source(self.draft, rel, text),
            self.tr("Typing in source page"),
            Focus("sources", source=rel),
            ("source", rel),
        )

    def add_source(self, kind: str) -> str:
        """Add a page of ``kind`` from its template (a page that validates); its file."""
        draft, rel = add_source(self.draft, kind)
        self.change(draft, self.tr("Add source page"), Focus("sources", source=rel))
        return rel

    def delete_source(self, rel: str) -> str | None:
        """Remove a page's file from the pack (undo brings it back); the page shown next."""
        files = sorted(r for r, _ in self.draft.sources)
        if rel not in files:
            return None
        index = files.index(rel)
        files.remove(rel)
        after = files[min(index, len(files) - 1)] if files else None
        self.change(
            delete_source(self.draft, rel),
            self.tr("Delete source page"),
            Focus("sources", source=after),
        )
        return after

    # -- articles ------------------------------------------------------------------------------
    def change_article_meta(self, field: str, value) -> None:
        """Change one metadata field of the current article."""
        article = self.current_article()
        if article is None:
            return
        new = replace(article, meta=replace(article.meta, **{field: value}))
        self.change_article(new, self._field_step(field), ("article", article.uid, field))

    def change_body(self, body: str) -> None:
        """The author typed in the current article's Markdown."""
        article = self.current_article()
        if article is None or article.body == body:
            return
        self.change_article(replace(article, body=body), self.tr("Typing"), ("body", article.uid))

    def add_article(self) -> int:
        """Add an article after the current one; its uid."""
        self.flush()
        index = self.draft.article_index(self.current_uid) if self.current_uid is not None else None
        draft, uid = add_article(self.draft, None if index is None else index + 1)
        self.change(draft, self.tr("Add article"), Focus("articles", uid))
        return uid

    def duplicate_article(self) -> None:
        """Add a copy of the current article after it (fresh ids)."""
        if self.current_uid is None:
            return
        self.flush()
        draft, uid = duplicate_article(self.draft, self.current_uid)
        self.change(draft, self.tr("Duplicate article"), Focus("articles", uid))

    def delete_article(self, uid: int) -> None:
        """Delete an article and its annotations (undo brings them back)."""
        self.change(delete_article(self.draft, uid), self.tr("Delete article"), Focus("articles"))

    def move_article(self, step: int) -> None:
        """Move the current article ``step`` places in the learners' order."""
        if self.current_uid is None:
            return
        self.change(
            move_article(self.draft, self.current_uid, step),
            self.tr("Move article"),
            Focus("articles", self.current_uid),
        )

    # -- annotations -----------------------------------------------------------------------------
    def annotate(self, span: tuple[int, int], category: str | None = None) -> int | str:
        """Annotate ``text[start:end]`` of the current (synced) article; its uid, or why not.

        Without ``category``, the last one used (or the first of the palette).
        """
        article = self.current_article()
        if article is None:
            return self.tr("there is no article")
        problem = span_problem(article.text, *span)
        if problem:
            return problem
        if category is None:
            category = self.last_category
            if self.draft.category(category or "") is None:
                if not self.draft.categories:
                    return self.tr("the pack has no categories; add one first")
                category = self.draft.categories[0].id
        same = [
            a for a in article.annotations if (a.start, a.end) == span and a.category == category
        ]
        if same:
            self.select_annotation(same[0].uid)
            self.status.emit(self.tr("That passage already has this annotation."))
            return same[0].uid
        new, uid = add_annotation(article, *span, category)
        self.last_category = category
        self.current_annotation = uid
        self.change_article(new, self.tr("Annotate"), annotation=uid)
        self.select_annotation(uid, show=False)
        return uid

    def change_selected_annotation(self, field: str, value: str) -> None:
        """Change the category, explanation or hint of the selected annotation."""
        article, annotation = self.current_article(), self.selected_annotation()
        if article is None or annotation is None or getattr(annotation, field) == value:
            return
        if field == "category":
            self.last_category = value
        new = update_annotation(article, annotation.uid, **{field: value})
        merge = ("annotation", annotation.uid, field) if field != "category" else None
        self.change_article(new, self._field_step(field), merge, annotation.uid)

    def accept_annotation(self) -> bool:
        """Accept the passage proposed for the selected annotation's changed quote."""
        article, annotation = self.current_article(), self.selected_annotation()
        if annotation is None or annotation.status != FUZZY:
            return False
        self.change_article(
            confirm_annotation(article, annotation.uid),
            self.tr("Accept new passage"),
            None,
            annotation.uid,
        )
        return True

    def move_selected_annotation(self, span: tuple[int, int]) -> str | None:
        """Put the selected annotation on ``span``; why it cannot be, or None."""
        article, annotation = self.current_article(), self.selected_annotation()
        if article is None or annotation is None:
            return self.tr("select the annotation to move first (F8 or the list)")
        problem = span_problem(article.text, *span)
        if problem:
            return problem
        self.change_article(
            move_annotation(article, annotation.uid, *span),
            self.tr("Move annotation"),
            None,
            annotation.uid,
        )
        return None

    def delete_selected_annotation(self) -> bool:
        """Delete the selected annotation (the next one is selected); False if none was."""
        article, annotation = self.current_article(), self.selected_annotation()
        if annotation is None:
            return False
        index = article.index_of(annotation.uid)
        new = delete_annotation(article, annotation.uid)
        following = (
            new.annotations[min(index, len(new.annotations) - 1)].uid if new.annotations else None
        )
        self.current_annotation = following
        self.change_article(new, self.tr("Delete annotation"), None, following)
        return True

    # -- the rest of the answer key: also, core, other places ---------------------------------------
    def set_also(self, also) -> None:
        """The categories the selected annotation accepts besides its own (in this order)."""
        article, annotation = self.current_article(), self.selected_annotation()
        if article is None or annotation is None or tuple(also) == annotation.also:
            return
        new = set_also(article, annotation.uid, also)
        self.change_article(new, self.tr("Edit accepted categories"), None, annotation.uid)

    def set_core(self, words: str, typing: bool = False) -> None:
        """Set (or with "" clear) the selected annotation's core; typing merges into one step."""
        article, annotation = self.current_article(), self.selected_annotation()
        if article is None or annotation is None:
            return
        new = set_core(article, annotation.uid, words)
        merge = ("core", annotation.uid) if typing else None
        self.change_article(
            new,
            self.tr("Clear core") if not words.strip() else self.tr("Set core"),
            merge,
            annotation.uid,
        )

    def core_from_span(self, span: tuple[int, int]) -> str | None:
        """Make the selected words the core of the annotation they lie in (which is selected);
        why they cannot be, or None."""
        article = self.current_article()
        if article is None:
            return self.tr("there is no article")
        around = [
            a for a in article.annotations if a.anchored and a.start <= span[0] and span[1] <= a.end
        ]
        if not around:
            return self.tr("select words inside the passage of an annotation")
        annotation = min(around, key=lambda a: a.end - a.start)
        self.select_annotation(annotation.uid, show=False)
        try:
            words = core_at(article, annotation, *span)
        except ValueError as exc:
            return str(exc)
        self.set_core(words)
        return None

    def add_place(self, span: tuple[int, int], uid: int | None = None) -> str | None:
        """Add ``span`` as another place of annotation ``uid`` (the selected one by default);
        why it cannot be, or None."""
        if uid is not None:
            self.select_annotation(uid, show=False)
        article, annotation = self.current_article(), self.selected_annotation()
        if article is None or annotation is None:
            return self.tr("select the annotation first (F8 or the list)")
        problem = place_problem(article, annotation, *span)
        if problem:
            return problem
        self.change_article(
            add_place(article, annotation.uid, *span), self.tr("Add place"), None, annotation.uid
        )
        return None

    def remove_place(self, index: int) -> bool:
        """Remove the selected annotation's ``index``-th other place; False if there is none."""
        article, annotation = self.current_article(), self.selected_annotation()
        if article is None or annotation is None or not 0 <= index < len(annotation.anchors):
            return False
        self.change_article(
            remove_place(article, annotation.uid, index),
            self.tr("Remove place"),
            None,
            annotation.uid,
        )
        return True

    # -- the check: the source page that reveals a red flag (or shows a note's passage fine) -------
    def set_check(self, source: str | None) -> None:
        """Name the source page that reveals the selected red flag (None: no check).

        Its passage stays as typed, so choosing another page keeps it (the state then
        says whether the new page holds it); no check drops it, and undo brings it back.
        """
        annotation = self.selected_annotation()
        if annotation is not None:
            self._annotation_check(annotation, _checked(annotation.check, source), False)

    def set_check_quote(self, quote: str, typing: bool = False) -> None:
        """The passage of the selected red flag's check page that shows it ("" for the page)."""
        annotation = self.selected_annotation()
        if annotation is not None and annotation.check is not None:
            check = check_pointer(annotation.check.source, quote)
            self._annotation_check(annotation, check, typing, self.tr("Edit check passage"))

    def _annotation_check(self, annotation, check, typing: bool, label: str = "") -> None:
        article = self.current_article()
        if article is None or same_check(check, annotation.check):
            return
        self.change_article(
            set_check(article, annotation.uid, check),
            label or (self.tr("Clear check") if check is None else self.tr("Set check")),
            ("check_quote", annotation.uid) if typing else None,
            annotation.uid,
        )

    def set_note_check(self, source: str | None) -> None:
        """Name the source page that shows the selected note's passage is fine (None: none)."""
        note = self.selected_note()
        if note is not None:
            self._note_check(note, _checked(note.check, source), False)

    def set_note_check_quote(self, quote: str, typing: bool = False) -> None:
        """The passage of the selected note's check page ("" for the whole page)."""
        note = self.selected_note()
        if note is not None and note.check is not None:
            check = check_pointer(note.check.source, quote)
            self._note_check(note, check, typing, self.tr("Edit note check passage"))

    def _note_check(self, note, check, typing: bool, label: str = "") -> None:
        article, index = self.current_article(), self.current_note
        if article is None or index is None or same_check(check, note.check):
            return
        self.change_article(
            set_note_check(article, index, check),
            label or (self.tr("Clear note check") if check is None else self.tr("Set note check")),
            ("note_check_quote", article.uid, index) if typing else None,
            note=index,
        )

    # -- passage notes ------------------------------------------------------------------------------
    def add_note(self, span: tuple[int, int]) -> int | str:
        """A new note on ``span`` of the current article; its index, or why it cannot be."""
        article = self.current_article()
        if article is None:
            return self.tr("there is no article")
        problem = note_problem(article, *span)
        if problem:
            return problem
        new, index = add_note(article, *span)
        self.current_note = index
        self.change_article(new, self.tr("Add note"), note=index)
        self.select_note(index, show=False)
        return index

    def change_note(self, field: str, value: str) -> None:
        """Change the selected note's ``text`` or ``hint`` (typing merges into one step)."""
        article, note = self.current_article(), self.selected_note()
        if article is None or note is None or getattr(note, field) == value:
            return
        index = self.current_note
        new = update_note(article, index, **{field: value})
        label = self.tr("Edit note") if field == "text" else self.tr("Edit note hint")
        self.change_article(new, label, ("note", article.uid, index, field), note=index)

    def move_selected_note(self, span: tuple[int, int]) -> str | None:
        """Put the selected note on ``span``; why it cannot be, or None."""
        article, note = self.current_article(), self.selected_note()
        if article is None or note is None:
            return self.tr("select the note to move first")
        problem = note_problem(article, *span, skip=self.current_note)
        if problem:
            return problem
        index = self.current_note
        self.change_article(move_note(article, index, *span), self.tr("Move note"), note=index)
        return None

    def delete_selected_note(self) -> bool:
        """Delete the selected note (the next one is selected); False if none was."""
        article, note = self.current_article(), self.selected_note()
        if article is None or note is None:
            return False
        index = self.current_note
        new = delete_note(article, index)
        following = min(index, len(new.notes) - 1) if new.notes else None
        self.current_note = following
        self.change_article(new, self.tr("Delete note"), note=following)
        return True

    def stepped_annotation(self, step: int) -> int | None:
        """The annotation ``step`` places from the selected one, round the article (its uid)."""
        article = self.flush()
        if article is None or not article.annotations:
            return None
        index = article.index_of(self.current_annotation) if self.current_annotation else None
        count = len(article.annotations)
        index = (0 if step > 0 else -1) if index is None else (index + step) % count
        return article.annotations[index].uid

    def next_needing_author(self) -> tuple[int, int] | None:
        """(article uid, annotation uid) of the next fuzzy or orphaned annotation, if any."""
        self.flush()
        articles = self.draft.articles
        if not articles:
            return None
        start = self.draft.article_index(self.current_uid) or 0
        current = self.current_article()
        after = (
            current.index_of(self.current_annotation) if current and self.current_annotation else -1
        )
        for offset in range(len(articles) + 1):
            article = articles[(start + offset) % len(articles)]
            for n, annotation in enumerate(article.annotations):
                if offset == 0 and n <= (after if after is not None else -1):
                    continue
                if annotation.status in NEEDS_AUTHOR:
                    return article.uid, annotation.uid
        return None

    # -- problems ----------------------------------------------------------------------------------
    def schedule_validation(self) -> None:
        """Check the draft after a pause in editing."""
        self._generation += 1
        self._validate_timer.start()

    def _start_validation(self) -> None:
        if self._validation is not None and not self._validation.done:
            self._validate_again = True
            return
        self._validate_again = False
        draft, names, files = self.draft, dict(self.file_names), dict(self.files)
        generation = self._generation
        self._validation = (
            Operation(lambda: check(draft, names, files), parent=self)
            .success(lambda issues: self._validation_ready(generation, issues))
            .failure(
                lambda line: self._validation_ready(
                    generation,
                    [
                        Issue(
                            self.tr("the pack could not be checked: {reason}").format(reason=line),
                            Target("pack"),
                        )
                    ],
                )
            )
            .run()
        )

    def _validation_ready(self, generation: int, issues: list[Issue]) -> None:
        if self._validate_again:
            self._start_validation()
        if generation != self._generation:
            return  # the draft changed meanwhile; a newer check is on its way
        self._set_issues(issues)

    def validate_now(self) -> list[Issue]:
        """Check the draft now, in this thread, and report the result."""
        self._validate_timer.stop()
        self.flush()
        self._generation += 1  # a check still running reports a draft older than this one
        issues = check(self.draft, self.file_names, self.files)
        self._set_issues(issues)
        return issues

    def _set_issues(self, issues: list[Issue]) -> None:
        self.issues = issues
        self.problems_changed.emit(issues)

    # -- saving ----------------------------------------------------------------------------------
    def save_to(self, folder: Path, as_copy: bool = False) -> None:
        """Write the source folder (atomically, with a backup); SaveError says why not.

        ``as_copy`` exports the sources elsewhere: the session keeps its own folder.
        """
        self.flush()
        layout = source_layout(self.draft, self.file_names, self.files)
        write_source(Path(folder), layout.files)
        if as_copy:
            return
        self.file_names = {
            uid: Path(rel).name for rel, uid in (*layout.articles.items(), *layout.lessons.items())
        }
        self.files = dict(layout.files)
        self.path = Path(folder)
        self.undo_stack.setClean()
        self.saved.emit(self.path)

    def export_pack(self, out: Path) -> None:
        """Build the draft into a .spotit file (SaveError if it has problems or cannot be written)."""
        layout = source_layout(self.draft, self.file_names, self.files)
        export_pack_file(layout.files, Path(out))


def _checked(check, source: str | None):
    """``check`` naming the page ``source`` instead, its passage kept (None: no check)."""
    return check_pointer(source, check.quote if check is not None else "")
