"""The pack being edited, as immutable values: every edit makes a new ``PackDraft``.

Immutable snapshots make undo exact (a command keeps the draft before and after)
and let validation run on a snapshot in another thread. This module knows
nothing of Qt; the editor's widgets show a draft and ask for new ones.

Annotations are anchored by quote, as in a pack source. When an article's
canonical text changes, ``synced`` re-anchors each annotation with
``spotit.core.anchoring.reanchor`` and records what happened: ``exact`` and
``moved`` are safe, ``fuzzy`` keeps the quote the author confirmed and proposes a
new place to confirm, ``orphaned`` keeps the quote and waits for the author.

Writing a draft as source files edits the author's own files when they are
known (``source_layout``'s ``previous_files``), so comments survive a save.
"""

from __future__ import annotations

import itertools
import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path

from spotit.content.checks import check_file_name, check_source, is_check_file
from spotit.content.frontmatter import split_front_matter
from spotit.content.lessons import LESSONS, is_lesson_file, lesson_file_name, lesson_source
from spotit.content.render import Article, render
from spotit.content.source import (
    FALLBACK_COLORS,
    MANIFEST,
    Unreadable,
    article_source,
    is_article_file,
    pack_manifest,
    read_pack_source_files,
    read_source_files,
)
from spotit.content.sources import (
    is_source_file,
    page_links,
    source_file_name,
    source_page_file,
)
from spotit.core import anchoring
from spotit.core.anchoring import AnchorError, context, locate, normalise_quote, occurrences
from spotit.core.article import PackArticle, text_hash
from spotit.core.i18n import translate
from spotit.core.model import (
    ARTICLE_KINDS,
    Anchor,
    Annotation,
    ArticleMeta,
    CheckPointer,
    PackMeta,
    PassageNote,
)
from spotit.core.naming import unique_name
from spotit.core.sources import SOURCE_KINDS, SOURCE_SCHEME, parse_address
from spotit.core.taxonomy import Category, default_taxonomy
from spotit.store.pack import open_pack

#: Statuses of an annotation after re-anchoring (the names ``reanchor`` reports).
EXACT, MOVED, FUZZY, ORPHANED = "exact", "moved", "fuzzy", "orphaned"
#: Statuses that need the author: a proposed new place to confirm, or no place at all.
NEEDS_AUTHOR = (FUZZY, ORPHANED)

_uids = itertools.count(1)


def new_uid() -> int:
    """An identity for an article or annotation that survives edits, undo and reordering."""
    return next(_uids)


class LoadError(Exception):
    """A pack cannot be opened in the editor; the message is one line naming the file."""


@lru_cache(maxsize=64)
def rendered(headline: str, body: str) -> Article:
    """The article as learners see it (cached: preview, re-anchoring and saving all ask)."""
    return render(headline, body)


# -- values ----------------------------------------------------------------------


@dataclass(frozen=True)
class DraftAnnotation:
    """One red flag of an article's answer key, with where it stands in the current text.

    ``quote`` is the passage the author confirmed. ``start``/``end`` index the
    article's ``text``: the quote itself when ``exact`` or ``moved``, the proposed
    new passage when ``fuzzy``, the last known place when ``orphaned``.
    """

    uid: int
    category: str
    quote: str
    start: int
    end: int
    explanation: str = ""
    hint: str = ""
    prefix: str = ""
    suffix: str = ""
    status: str = EXACT
    similarity: float = 1.0
    #: Other categories accepted too (the source's ``also``).
    also: tuple[str, ...] = ()
    #: The words inside the quote that alone identify the red flag (``core``), or "".
    core: str = ""
    #: Other places of the same red flag, where last found (-1 when not placed).
    anchors: tuple[Anchor, ...] = ()
    #: The source page that reveals it (``check`` / ``check_quote``), or None.
    check: CheckPointer | None = None

    @property
    def anchored(self) -> bool:
        """True when the annotation sits on its confirmed quote."""
        return self.status in (EXACT, MOVED)

    @property
    def has_span(self) -> bool:
        """True when there is a passage to highlight (anchored or proposed)."""
        return self.status != ORPHANED


@dataclass(frozen=True)
class ArticleDraft:
    """One article: metadata, Markdown body, and annotations anchored in ``text``.

    ``text`` is the canonical text the annotations' offsets refer to; it lags
    behind the body while the author types, until ``synced`` catches up.
    """

    uid: int
    meta: ArticleMeta
    body: str
    text: str
    annotations: tuple[DraftAnnotation, ...] = ()
    #: The author's notes on passages that are fine, where last found (-1 when not placed).
    notes: tuple[PassageNote, ...] = ()
    #: The invented event the article reports (the source's ``event``), or "".
    event: str = ""

    def annotation(self, uid: int) -> DraftAnnotation | None:
        """The annotation with this uid, if the article has it."""
        return next((a for a in self.annotations if a.uid == uid), None)

    def index_of(self, uid: int) -> int | None:
        """The position of annotation ``uid`` in text order, if the article has it."""
        return next((i for i, a in enumerate(self.annotations) if a.uid == uid), None)


@dataclass(frozen=True)
class LessonDraft:
    """A lesson on one category: its title and Markdown (``==marks==`` in the Example).

    ``order`` is the source's ``order`` (None: listed by its category's place).
    """

    uid: int
    category: str
    title: str
    body: str
    order: int | None = None


#: A new lesson's Markdown: the three sections a lesson has, for the author to fill in.
LESSON_TEMPLATE = """\
## What it is

What this red flag is, and why it misleads.

## Example

> An invented passage, with the red flag ==marked like this==.

Why the marked words are the red flag.

## How to check

What the learner can do to check it.
"""


@dataclass(frozen=True)
class PackDraft:
    """The whole pack: metadata, categories in palette order, articles in learner order."""

    meta: PackMeta
    categories: tuple[Category, ...]
    articles: tuple[ArticleDraft, ...] = ()
    #: "default" keeps the default taxonomy as the base when the categories allow it.
    taxonomy_base: str = "default"
    #: The lessons, at most one per category, in the order they were written or added.
    lessons: tuple[LessonDraft, ...] = ()
    #: The checks' files (``checks/<id>.toml``) as (relative path, text): the editor edits a
    #: check as its text and keeps it exactly as read, so a save leaves an untouched one as is.
    checks: tuple[tuple[str, str], ...] = ()
    #: The source pages' files (``sources/<id>.md``) as (relative path, text), kept like
    #: ``checks``: a page is edited as its file, and one nobody touched is saved as it was read.
    sources: tuple[tuple[str, str], ...] = ()

    def lesson(self, uid: int) -> LessonDraft | None:
        """The lesson with this uid, if the pack has it."""
        return next((x for x in self.lessons if x.uid == uid), None)

    def lesson_for(self, category_id: str) -> LessonDraft | None:
        """The lesson on a category, if the pack has one."""
        return next((x for x in self.lessons if x.category == category_id), None)

    def ordered_lessons(self) -> list[LessonDraft]:
        """The lessons in the order learners meet them: by ``order``, then by category."""
        place = {c.id: i for i, c in enumerate(self.categories)}
        return sorted(
            self.lessons,
            key=lambda x: (x.order is None, x.order or 0, place.get(x.category, len(place))),
        )

    def without_lesson(self) -> list[Category]:
        """The categories that have no lesson yet, in palette order."""
        taken = {x.category for x in self.lessons}
        return [c for c in self.categories if c.id not in taken]

    def article(self, uid: int) -> ArticleDraft | None:
        """The article with this uid, if the pack has it."""
        return next((a for a in self.articles if a.uid == uid), None)

    def article_index(self, uid: int | None) -> int | None:
        """The position of article ``uid`` in the learners' order, if the pack has it."""
        return next((i for i, a in enumerate(self.articles) if a.uid == uid), None)

    def category(self, category_id: str) -> Category | None:
        """The category with this id, if the pack has it."""
        return next((c for c in self.categories if c.id == category_id), None)

    def uses_of(self, category_id: str) -> int:
        """How many annotations, in every article, use a category."""
        return sum(1 for a in self.articles for n in a.annotations if n.category == category_id)


@dataclass
class LoadedPack:
    """A pack opened for editing, with what the author should know about it."""

    draft: PackDraft
    #: file name each article was read from, by article uid (kept when saving)
    file_names: dict[int, str] = field(default_factory=dict)
    #: problems the pack had when opened, as ``spotit pack validate`` prints them
    problems: list[str] = field(default_factory=list)
    #: things the editor could not keep (a flag without a quote, ...)
    dropped: list[str] = field(default_factory=list)
    #: the source files as read, by relative path: saving edits these, keeping comments
    files: dict[str, str] = field(default_factory=dict)


# -- re-anchoring ------------------------------------------------------------------


def _sorted(annotations) -> tuple[DraftAnnotation, ...]:
    return tuple(sorted(annotations, key=lambda a: (a.start, a.end, a.uid)))


def reanchored(annotation: DraftAnnotation, text: str) -> DraftAnnotation:
    """The annotation placed in a new text (its quote, context and last place guide the search)."""
    found = anchoring.reanchor(
        text, annotation.quote, max(annotation.start, 0), annotation.prefix, annotation.suffix
    )
    if found.status in (EXACT, MOVED):
        before, after = context(text, found.start, found.end)
        return replace(
            annotation,
            start=found.start,
            end=found.end,
            prefix=before,
            suffix=after,
            status=found.status,
            similarity=found.similarity,
        )
    if found.status == FUZZY:
        # The confirmed quote and its context stay: they are what the author wrote.
        return replace(
            annotation,
            start=found.start,
            end=found.end,
            status=FUZZY,
            similarity=found.similarity,
        )
    return replace(annotation, status=ORPHANED, similarity=found.similarity)


def synced(article: ArticleDraft) -> ArticleDraft:
    """The article with its annotations re-anchored in the text its body renders to now."""
    text = rendered(article.meta.headline, article.body).text
    if text == article.text:
        return article

    def moved(start: int, end: int, quote: str) -> tuple[int, int]:
        # An anchor or note has no stored context of its own: its old surroundings serve.
        if start < 0:
            return placed(text, quote, -1)
        before, after = context(article.text, start, end)
        found = anchoring.reanchor(text, quote, start, before, after)
        return (found.start, found.end) if found.status in (EXACT, MOVED) else (-1, -1)  # type: ignore[return-value]

    annotations = (
        replace(
            reanchored(a, text),
            anchors=tuple(Anchor(*moved(x.start, x.end, x.quote), x.quote) for x in a.anchors),
        )
        for a in article.annotations
    )
    notes = tuple(_at(n, *moved(n.start, n.end, n.quote)) for n in article.notes)
    return replace(article, text=text, annotations=_sorted(annotations), notes=notes)


# -- article edits -------------------------------------------------------------------


def span_problem(text: str, start: int, end: int) -> str | None:
    """Why a passage cannot be an annotation (quotes must survive being written and read), or None."""
    if not 0 <= start < end <= len(text):
        return "select a passage first"
    quote = text[start:end]
    if "\n" in quote:
        return "an annotation cannot run across paragraphs or line breaks: select within one"
    if normalise_quote(quote) != quote:
        return "an annotation cannot start or end with spaces or hold runs of spaces"
    return None


_EMPHASIS = re.compile(r"[*_`~]")
_MARKER = "\ue000"


def source_span(article: ArticleDraft, start: int, end: int) -> tuple[int, int]:
    """The passage of the canonical text that ``body[start:end]`` shows as in the preview.

    The selected Markdown is rendered on its own to get the words a learner sees,
    which are then looked up in the article's text; when they appear more than
    once, the occurrence nearest the selection's place wins. ValueError (with a
    message for the author) when the selection shows no findable text.
    """
    piece = article.body[start:end]
    if not piece.strip():
        raise ValueError("select some words of the article first")
    text = article.text
    for attempt in (piece, _EMPHASIS.sub("", piece)):
        quote = rendered("", attempt).text
        if quote and text.count(quote):
            break
    else:
        raise ValueError(
            "the selected Markdown does not appear as one passage in the preview: "
            "select the passage in the preview instead"
        )
    # Where the selection starts in canonical text: render what comes before it, plus a marker
    # (a private-use character no article needs), and see where the marker lands.
    before = render(article.meta.headline, article.body[:start] + _MARKER).text
    around = before.rfind(_MARKER) if _MARKER in before else len(before)
    found = occurrences(text, quote)
    best = min(found, key=lambda at: abs(at - around))
    return best, best + len(quote)


def anchored_at(article: ArticleDraft, annotation: DraftAnnotation, start: int, end: int):
    """The annotation moved onto ``text[start:end]``, confirmed there by the author."""
    before, after = context(article.text, start, end)
    return replace(
        annotation,
        quote=article.text[start:end],
        start=start,
        end=end,
        prefix=before,
        suffix=after,
        status=EXACT,
        similarity=1.0,
    )


def with_annotations(article: ArticleDraft, annotations) -> ArticleDraft:
    """The article with these annotations, in text order."""
    return replace(article, annotations=_sorted(annotations))


def add_annotation(
    article: ArticleDraft, start: int, end: int, category: str
) -> tuple[ArticleDraft, int]:
    """A new annotation on ``text[start:end]``; the article is expected to be synced."""
    uid = new_uid()
    blank = DraftAnnotation(uid, category, "", start, end)
    annotation = anchored_at(article, blank, start, end)
    return with_annotations(article, (*article.annotations, annotation)), uid


def update_annotation(article: ArticleDraft, uid: int, **changes) -> ArticleDraft:
    """The article with annotation ``uid`` changed (category, explanation, hint...)."""
    return with_annotations(
        article, (replace(a, **changes) if a.uid == uid else a for a in article.annotations)
    )


def confirm_annotation(article: ArticleDraft, uid: int) -> ArticleDraft:
    """Accept a fuzzy annotation's proposed passage as its new quote."""
    ann = article.annotation(uid)
    if ann is None or ann.status != FUZZY:
        return article
    return with_annotations(
        article,
        (
            anchored_at(article, a, a.start, a.end) if a.uid == uid else a
            for a in article.annotations
        ),
    )


def move_annotation(article: ArticleDraft, uid: int, start: int, end: int) -> ArticleDraft:
    """Put an annotation on another passage (how an orphan gets fixed)."""
    return with_annotations(
        article,
        (anchored_at(article, a, start, end) if a.uid == uid else a for a in article.annotations),
    )


def delete_annotation(article: ArticleDraft, uid: int) -> ArticleDraft:
    """The article without annotation ``uid``."""
    return replace(article, annotations=tuple(a for a in article.annotations if a.uid != uid))


def annotation_at(article: ArticleDraft, position: int) -> DraftAnnotation | None:
    """The annotation whose passage holds ``position`` (the innermost if they nest)."""
    hits = [
        a
        for a in article.annotations
        if a.has_span and (a.start <= position < a.end or (position == a.end > a.start))
    ]
    return min(hits, key=lambda a: a.end - a.start) if hits else None


# -- the rest of the answer key: accepted categories, core, other places, notes ---------


def _overlap(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def core_span(article: ArticleDraft, annotation: DraftAnnotation) -> tuple[int, int] | None:
    """Where the annotation's core stands in the text, if it is inside its quote once."""
    if not (annotation.anchored and annotation.core):
        return None
    return _core(article.text, annotation.start, annotation.end, annotation.core)


def core_problem(article: ArticleDraft, annotation: DraftAnnotation, words: str) -> str | None:
    """Why ``words`` cannot be the annotation's core (the rule validation applies), or None.

    Empty words clear the core and are always fine.
    """
    words = normalise_quote(words)
    if not words:
        return None
    if not annotation.anchored:
        return "put the annotation on its passage first: a core lies inside its quote"
    quote = article.text[annotation.start : annotation.end]
    times = len(occurrences(quote, words))
    if times == 0:
        return f"{words!r} is not inside the quote {quote!r}"
    if times > 1:
        return f"{words!r} appears {times} times in the quote: give words that occur in it once"
    return None


def core_at(article: ArticleDraft, annotation: DraftAnnotation, start: int, end: int) -> str:
    """The core words for the passage ``text[start:end]``; ValueError says why it cannot be."""
    if not annotation.anchored or not (annotation.start <= start < end <= annotation.end):
        raise ValueError("select words inside the annotation's own passage")
    words = article.text[start:end]
    problem = span_problem(article.text, start, end) or core_problem(article, annotation, words)
    if problem:
        raise ValueError(problem)
    return words


def set_core(article: ArticleDraft, uid: int, words: str) -> ArticleDraft:
    """The article with annotation ``uid``'s core set to ``words`` ("" clears it)."""
    return update_annotation(article, uid, core=normalise_quote(words))


def set_also(article: ArticleDraft, uid: int, also) -> ArticleDraft:
    """The article with annotation ``uid`` accepting these other categories too (in this order)."""
    return update_annotation(article, uid, also=tuple(dict.fromkeys(also)))


def red_flag_places(article: ArticleDraft) -> list[tuple[tuple[int, int], DraftAnnotation]]:
    """Every place of every red flag in the text now: (span, annotation), own quotes first."""
    places = [((a.start, a.end), a) for a in article.annotations if a.has_span]
    places += [
        ((x.start, x.end), a) for a in article.annotations for x in a.anchors if x.start >= 0
    ]
    return places


def place_problem(
    article: ArticleDraft, annotation: DraftAnnotation, start: int, end: int
) -> str | None:
    """Why ``text[start:end]`` cannot be another place of ``annotation``, or None."""
    problem = span_problem(article.text, start, end)
    if problem:
        return problem
    span = (start, end)
    if annotation.has_span and _overlap(span, (annotation.start, annotation.end)):
        return (
            "that passage overlaps the annotation's own quote: another place is somewhere else "
            "the same red flag may be flagged"
        )
    if any(_overlap(span, (x.start, x.end)) for x in annotation.anchors if x.start >= 0):
        return "that passage overlaps another place of this annotation"
    note = next(
        (n for n in article.notes if n.start >= 0 and _overlap(span, (n.start, n.end))), None
    )
    if note is not None:
        return f"a note is on {note.quote!r}: a passage is a red flag or fine, not both"
    return None


def add_place(article: ArticleDraft, uid: int, start: int, end: int) -> ArticleDraft:
    """The article with ``text[start:end]`` as another place of annotation ``uid``."""
    annotation = article.annotation(uid)
    place = Anchor(start, end, article.text[start:end])
    return update_annotation(article, uid, anchors=(*annotation.anchors, place))


def remove_place(article: ArticleDraft, uid: int, index: int) -> ArticleDraft:
    """The article without the ``index``-th other place of annotation ``uid``."""
    annotation = article.annotation(uid)
    anchors = tuple(x for n, x in enumerate(annotation.anchors) if n != index)
    return update_annotation(article, uid, anchors=anchors)


def note_problem(
    article: ArticleDraft, start: int, end: int, skip: int | None = None
) -> str | None:
    """Why ``text[start:end]`` cannot carry a note (note ``skip`` aside), or None."""
    problem = span_problem(article.text, start, end)
    if problem:
        return problem
    span = (start, end)
    for place, annotation in red_flag_places(article):
        if _overlap(span, place):
            return (
                f"that passage overlaps the red flag {annotation.quote!r}: a passage is a red "
                "flag or fine, not both"
            )
    if any((n.start, n.end) == span for k, n in enumerate(article.notes) if k != skip):
        return "another note is on that passage"
    return None


def add_note(article: ArticleDraft, start: int, end: int) -> tuple[ArticleDraft, int]:
    """The article with a new, empty note on ``text[start:end]`` (in text order), and its index."""
    notes = list(article.notes)
    at = next((k for k, n in enumerate(notes) if n.start > start), len(notes))
    notes.insert(at, PassageNote(start, end, article.text[start:end], ""))
    return replace(article, notes=tuple(notes)), at


def update_note(article: ArticleDraft, index: int, **changes) -> ArticleDraft:
    """The article with note ``index`` changed (``text``, ``hint``)."""
    notes = tuple(replace(n, **changes) if k == index else n for k, n in enumerate(article.notes))
    return replace(article, notes=notes)


def move_note(article: ArticleDraft, index: int, start: int, end: int) -> ArticleDraft:
    """The article with note ``index`` on ``text[start:end]`` (how a lost note gets fixed)."""
    return update_note(article, index, start=start, end=end, quote=article.text[start:end])


def delete_note(article: ArticleDraft, index: int) -> ArticleDraft:
    """The article without note ``index``."""
    return replace(article, notes=tuple(n for k, n in enumerate(article.notes) if k != index))


def note_at(article: ArticleDraft, position: int) -> int | None:
    """The index of the note whose passage holds ``position``, if any."""
    for k, n in enumerate(article.notes):
        if n.start >= 0 and (n.start <= position < n.end or position == n.end > n.start):
            return k
    return None


# -- pack edits ------------------------------------------------------------------------


def replace_article(draft: PackDraft, article: ArticleDraft) -> PackDraft:
    """The pack with ``article`` in place of the article with its uid."""
    return replace(
        draft, articles=tuple(article if a.uid == article.uid else a for a in draft.articles)
    )


def new_article(taken: set[str], headline: str = "New article") -> ArticleDraft:
    """An empty article whose id is not one of ``taken``."""
    meta = ArticleMeta(id=unique_name("new-article", taken), headline=headline)
    return ArticleDraft(new_uid(), meta, "", rendered(headline, "").text)


def add_article(draft: PackDraft, at: int | None = None) -> tuple[PackDraft, int]:
    """The pack with a new empty article at ``at`` (the end by default), and its uid."""
    article = new_article({a.meta.id for a in draft.articles})
    articles = list(draft.articles)
    articles.insert(len(articles) if at is None else at, article)
    return replace(draft, articles=tuple(articles)), article.uid


def duplicate_article(draft: PackDraft, uid: int) -> tuple[PackDraft, int]:
    """The pack with a copy of article ``uid`` after it (fresh uids and id), and its uid."""
    index = draft.article_index(uid)
    original = draft.articles[index]
    copy = replace(
        original,
        uid=new_uid(),
        meta=replace(
            original.meta,
            id=unique_name(f"{original.meta.id}-copy", {a.meta.id for a in draft.articles}),
        ),
        annotations=tuple(replace(a, uid=new_uid()) for a in original.annotations),
    )
    articles = list(draft.articles)
    articles.insert(index + 1, copy)
    return replace(draft, articles=tuple(articles)), copy.uid


def delete_article(draft: PackDraft, uid: int) -> PackDraft:
    """The pack without article ``uid``."""
    return replace(draft, articles=tuple(a for a in draft.articles if a.uid != uid))


def move_item(items: tuple, index: int, step: int) -> tuple:
    """The tuple with item ``index`` moved ``step`` places (clamped to the ends)."""
    target = max(0, min(len(items) - 1, index + step))
    moved = list(items)
    moved.insert(target, moved.pop(index))
    return tuple(moved)


def move_article(draft: PackDraft, uid: int, step: int) -> PackDraft:
    """The pack with article ``uid`` moved ``step`` places in the learners' order."""
    return replace(draft, articles=move_item(draft.articles, draft.article_index(uid), step))


def add_category(draft: PackDraft) -> tuple[PackDraft, str]:
    """The pack with a new category at the end of its palette, and the new id."""
    category_id = unique_name("new-category", {c.id for c in draft.categories})
    color = FALLBACK_COLORS[len(draft.categories) % len(FALLBACK_COLORS)]
    category = Category(category_id, "New category", "", "", color)
    return replace(draft, categories=(*draft.categories, category)), category_id


def update_category(draft: PackDraft, category_id: str, **changes) -> PackDraft:
    """Change a category; a new ``id`` is carried over to every annotation that used the old one."""
    new_id = changes.get("id", category_id)
    categories = tuple(
        replace(c, **changes) if c.id == category_id else c for c in draft.categories
    )
    draft = replace(draft, categories=categories)
    if new_id == category_id:
        return draft
    lessons = tuple(
        replace(x, category=new_id) if x.category == category_id else x for x in draft.lessons
    )
    return recategorised(replace(draft, lessons=lessons), category_id, new_id)


def recategorised(draft: PackDraft, old: str, new: str) -> PackDraft:
    """Every annotation of category ``old`` moved to category ``new``."""
    articles = []
    for article in draft.articles:
        if any(a.category == old for a in article.annotations):
            article = replace(
                article,
                annotations=tuple(
                    replace(a, category=new) if a.category == old else a
                    for a in article.annotations
                ),
            )
        articles.append(article)
    return replace(draft, articles=tuple(articles))


def delete_category(draft: PackDraft, category_id: str, move_to: str | None) -> PackDraft:
    """Remove a category; its annotations move to ``move_to`` (required when it is in use)."""
    if draft.uses_of(category_id) and move_to is None:
        raise ValueError(f"category {category_id!r} is in use: say where its annotations go")
    if move_to is not None:
        draft = recategorised(draft, category_id, move_to)
    return replace(draft, categories=tuple(c for c in draft.categories if c.id != category_id))


# -- lessons --------------------------------------------------------------------------------


def add_lesson(draft: PackDraft, category_id: str) -> tuple[PackDraft, int]:
    """The pack with a new lesson on ``category_id`` (which has none yet), and its uid."""
    if draft.lesson_for(category_id) is not None:
        raise ValueError(f"category {category_id!r} already has a lesson")
    category = draft.category(category_id)
    lesson = LessonDraft(new_uid(), category_id, category.name if category else category_id,
                         LESSON_TEMPLATE)  # fmt: skip
    return replace(draft, lessons=(*draft.lessons, lesson)), lesson.uid


def update_lesson(draft: PackDraft, uid: int, **changes) -> PackDraft:
    """Change a lesson's ``category``, ``title``, ``body`` or ``order``."""
    return replace(
        draft, lessons=tuple(replace(x, **changes) if x.uid == uid else x for x in draft.lessons)
    )


def delete_lesson(draft: PackDraft, uid: int) -> PackDraft:
    """The pack without the lesson ``uid``."""
    return replace(draft, lessons=tuple(x for x in draft.lessons if x.uid != uid))


def move_category(draft: PackDraft, category_id: str, step: int) -> PackDraft:
    """The pack with a category moved ``step`` places in its palette."""
    index = next(i for i, c in enumerate(draft.categories) if c.id == category_id)
    return replace(draft, categories=move_item(draft.categories, index, step))


def new_pack(pack_id: str, title: str) -> PackDraft:
    """A fresh pack: the default categories and one empty article to start from."""
    meta = PackMeta(id=pack_id, title=title, version="1.0.0")
    return PackDraft(meta, tuple(default_taxonomy()), (new_article(set()),))


# -- source pages --------------------------------------------------------------------------
#
# A source page (``sources/<name>.md``) is edited as its file, like a check: the editor reads
# what its list, its preview and "Linked from" need from the text, leniently (validation
# reports the rest), and saves the text as written.

#: What a new page of each kind starts as: its title and body (invented, for training).
SOURCE_TEMPLATES: dict[str, tuple[str, str]] = {
    "outlet": (
        "New outlet",
        "An invented outlet's about page, made up for training. Say who runs it and since "
        "when, who writes for it, and whether it publishes corrections.\n",
    ),
    "person": (
        "New person",
        "An invented person, made up for training. Say what they do, where, and in which "
        "field, with the name spelled the way the articles should spell it.\n",
    ),
    "organisation": (
        "New organisation",
        "An invented organisation, made up for training: what it does, who leads it and "
        "where it is.\n",
    ),
    "event": (
        "New event",
        "An invented event listing, made up for training: when and where it takes place, "
        "who organises it, and its programme.\n",
    ),
    "fact-check": (
        "New fact-check",
        "An invented fact-check, made up for training.\n\n**Claim:** what was claimed, and "
        "where.\n\n**Verdict:** false, misleading or true, and how that was checked.\n",
    ),
    "report": (
        "New report",
        "An invented report by another outlet of the same event, made up for training: what "
        "it says happened, and whom it quotes.\n",
    ),
    "search-result": (
        "New search result",
        "A search result with no page behind it, made up for training: this text is the "
        "snippet a search shows.\n",
    ),
}


def source_template(kind: str, page_id: str) -> str:
    """A new page's file: front matter with comments on each key, and a body to rewrite.

    It validates as it is: its title is also a name a search finds it by, so the page is
    reachable before anything links to it.
    """
    title, body = SOURCE_TEMPLATES.get(kind, SOURCE_TEMPLATES["organisation"])
    kinds = ", ".join(SOURCE_KINDS)
    return f'''+++
# A page of the pack's invented web (docs/content-pack.md, "Sources"); it is never fetched.
# In the text, [words](source:its-id) links to a page and [words](article:its-id) to an article.
id = "{page_id}"
kind = "{kind}"    # one of {kinds}
title = "{title}"
names = ["{title}"]    # the names a search finds the page by
address = "{page_id}.example"    # the invented address the pane shows
+++
{body}'''


@dataclass(frozen=True)
class SourceFile:
    """What the editor shows of a page's file, read leniently from its text."""

    rel: str
    #: the page's id (the file's name when the front matter gives none)
    id: str
    kind: str = ""
    title: str = ""
    names: tuple[str, ...] = ()
    #: the links of its text inside the pack, as addresses (``source:ID``), in text order
    links: tuple[str, ...] = ()
    #: the rendered page (title as headline), for the preview; None without front matter
    rendered: Article | None = None


# Large enough for a pack's every page (at most MAX_SOURCES), and the few being typed in.
@lru_cache(maxsize=16384)
def source_file(rel: str, text: str) -> SourceFile:
    """The page ``text`` (the file ``rel``) as the editor lists and previews it."""
    stem = rel.rsplit("/", 1)[-1].removesuffix(".md")
    split = split_front_matter(text)
    if split is None:
        return SourceFile(rel, stem)
    front, body, _line = split
    try:
        data = tomllib.loads(front)
    except tomllib.TOMLDecodeError:
        data = {}
    names = data.get("names", [])
    title = _str(data, "title")
    shown = render(title, body)
    return SourceFile(
        rel,
        _str(data, "id") or stem,
        _str(data, "kind"),
        title,
        tuple(n.strip() for n in names if isinstance(n, str)) if isinstance(names, list) else (),
        tuple(link.address for link in page_links(shown.blocks)),
        shown,
    )


@lru_cache(maxsize=32768)
def _article_links(headline: str, body: str) -> tuple[str, ...]:
    return tuple(link.address for link in page_links(rendered(headline, body).blocks))


def source_files_of(draft: PackDraft) -> list[SourceFile]:
    """Every page of the draft, in file-name order (the order a pack reads them)."""
    return [source_file(rel, text) for rel, text in sorted(draft.sources)]


@dataclass(frozen=True)
class LinkedFrom:
    """A place that links to a source page, or names it as the check of an answer key.

    ``kind`` is "article" (the article's text links to it; ``article`` is its uid),
    "source" (another page links to it; ``file`` is that page's file), "flag" (a red
    flag's check; ``annotation`` is its uid) or "note" (a note's check; ``note`` its
    index). ``line`` is the 0-based line of the link in the article's Markdown or the
    page's file. ``label`` is what the editor lists (plain text: it quotes the pack).
    """

    kind: str
    label: str
    article: int | None = None
    annotation: int | None = None
    note: int | None = None
    file: str = ""
    line: int = 0


def _line_of(text: str, address: str) -> int:
    """The 0-based line of ``text`` where ``address`` is first written (0 if nowhere)."""
    found = re.search(rf"{re.escape(address)}(?![A-Za-z0-9_-])", text)
    return text.count("\n", 0, found.start()) if found else 0


def linked_from(draft: PackDraft) -> dict[str, list[LinkedFrom]]:
    """Everything that links to each page, or checks it, by page id (articles first)."""
    found: dict[str, list[LinkedFrom]] = {}

    def add(page_id: str, place: LinkedFrom) -> None:
        found.setdefault(page_id, []).append(place)

    for article in draft.articles:
        headline = (
            article.meta.headline or article.meta.id or translate("LinkedFrom", "untitled article")
        )
        for address in dict.fromkeys(_article_links(article.meta.headline, article.body)):
            scheme, _, page_id = address.partition(":")
            if scheme == SOURCE_SCHEME:
                line = _line_of(article.body, address)
                label = translate(
                    "LinkedFrom", "Article “{headline}”: its text links to it (line {line})"
                ).format(headline=headline, line=line + 1)
                add(page_id, LinkedFrom("article", label, article.uid, line=line))
        for annotation in article.annotations:
            if annotation.check is not None:
                label = translate(
                    "LinkedFrom", "Red flag “{quote}” in “{headline}”: its check"
                ).format(quote=annotation.quote, headline=headline)
                add(
                    annotation.check.source,
                    LinkedFrom("flag", label, article.uid, annotation=annotation.uid),
                )
        for n, note in enumerate(article.notes):
            if note.check is not None:
                label = translate(
                    "LinkedFrom", "Note on “{quote}” in “{headline}”: its check"
                ).format(quote=note.quote, headline=headline)
                add(note.check.source, LinkedFrom("note", label, article.uid, note=n))
    for rel, text in sorted(draft.sources):
        page = source_file(rel, text)
        for address in dict.fromkeys(page.links):
            scheme, _, page_id = address.partition(":")
            if scheme == SOURCE_SCHEME and page_id != page.id:
                line = _line_of(text, address)
                label = translate(
                    "LinkedFrom", "Page “{title}” ({file}): links to it (line {line})"
                ).format(title=page.title or page.id, file=rel, line=line + 1)
                add(page_id, LinkedFrom("source", label, file=rel, line=line))
    return found


def add_source(draft: PackDraft, kind: str) -> tuple[PackDraft, str]:
    """The pack with a new page of ``kind`` from its template; the new file's path."""
    taken = {source_file(rel, text).id for rel, text in draft.sources}
    taken |= {rel.rsplit("/", 1)[-1].removesuffix(".md") for rel, _ in draft.sources}
    page_id = unique_name(f"new-{kind}", taken)
    rel = source_file_name(page_id)
    return replace(draft, sources=(*draft.sources, (rel, source_template(kind, page_id)))), rel


def change_source(draft: PackDraft, rel: str, text: str) -> PackDraft:
    """The pack with the page file ``rel`` holding ``text`` (unchanged if it has no such file)."""
    return replace(draft, sources=tuple((r, text if r == rel else t) for r, t in draft.sources))


def delete_source(draft: PackDraft, rel: str) -> PackDraft:
    """The pack without the page file ``rel``."""
    return replace(draft, sources=tuple(s for s in draft.sources if s[0] != rel))


# -- an answer key's check: the source page that reveals a red flag (or backs a note) -----


@dataclass(frozen=True)
class CheckChoice:
    """A source page an answer key's ``check`` can name: what the editor's chooser lists."""

    id: str
    title: str
    kind: str


def check_choices(draft: PackDraft) -> tuple[CheckChoice, ...]:
    """Every page a check can name, in file-name order (the first file of an id that two use)."""
    return tuple(CheckChoice(p.id, p.title, p.kind) for p in _pages_by_id(draft.sources).values())


# The details ask on every change (every keystroke in an explanation): one pass per web.
@lru_cache(maxsize=4)
def _pages_by_id(sources: tuple[tuple[str, str], ...]) -> dict[str, SourceFile]:
    pages: dict[str, SourceFile] = {}
    for rel, text in sorted(sources):
        page = source_file(rel, text)
        pages.setdefault(page.id, page)
    return pages


def check_pointer(source: str | None, quote: str = "") -> CheckPointer | None:
    """A check as the editor keeps it: the page's id and its passage (runs of spaces as one,
    as a quote is matched), or None when no page is named (the passage goes with it)."""
    source = (source or "").strip()
    return CheckPointer(source, " ".join(quote.split())) if source else None


def same_check(a: CheckPointer | None, b: CheckPointer | None) -> bool:
    """True when two checks name the same page and passage (where it was placed aside)."""
    if a is None or b is None:
        return a is b
    return (a.source, a.quote) == (b.source, b.quote)


def set_check(article: ArticleDraft, uid: int, check: CheckPointer | None) -> ArticleDraft:
    """The article with annotation ``uid`` checked on ``check`` (None: no check)."""
    return update_annotation(article, uid, check=check)


def set_note_check(article: ArticleDraft, index: int, check: CheckPointer | None) -> ArticleDraft:
    """The article with note ``index`` checked on ``check`` (None: no check)."""
    return update_note(article, index, check=check)


def check_problem(draft: PackDraft, check: CheckPointer | None) -> str | None:
    """Why ``check`` would not lead a learner to its passage (what validation will report,
    in the editor's words), or None when it does (or there is no check)."""
    if check is None:
        return None
    page = _pages_by_id(draft.sources).get(check.source)
    if page is None:
        return f"there is no source page {check.source!r}"
    if not check.quote:
        return None
    if page.rendered is None:
        return f"the page {check.source!r} cannot be read: see its problems"
    starts = occurrences(page.rendered.text, normalise_quote(check.quote))
    if not starts:
        return f"the passage is not in the page {check.source!r}"
    if len(starts) > 1:
        return (
            f"the passage appears {len(starts)} times in the page {check.source!r}: "
            "give words that occur in it once"
        )
    return None


# -- for learners: the article as a built pack would give it ------------------------


def placed(text: str, quote: str, start: int) -> tuple[int, int]:
    """Where ``quote`` stands in ``text`` now: at ``start`` if it still does, else its one
    occurrence; (-1, -1) when it is gone or repeated (the source writer then adds no
    ``occurrence`` and validation reports it)."""
    starts = occurrences(text, quote) if quote else []
    if start in starts:
        return start, start + len(quote)
    if len(starts) == 1:
        return starts[0], starts[0] + len(quote)
    return -1, -1


def _core(text: str, start: int, end: int, words: str) -> tuple[int, int] | None:
    """The core's place inside ``text[start:end]``, if the words occur there once."""
    words = normalise_quote(words)
    inside = occurrences(text[start:end], words) if words else []
    return (start + inside[0], start + inside[0] + len(words)) if len(inside) == 1 else None


def _keys(article: ArticleDraft, annotation: DraftAnnotation) -> dict:
    """The answer keys beyond the quote, placed in the article's current text."""
    alternatives = tuple(
        Anchor(*placed(article.text, a.quote, a.start), a.quote) for a in annotation.anchors
    )
    core = None
    if annotation.anchored and annotation.core:
        core = _core(article.text, annotation.start, annotation.end, annotation.core)
    return {
        "also": annotation.also,
        "alternatives": alternatives,
        "core": core,
        "check": annotation.check,
    }


def note_values(article: ArticleDraft) -> tuple[PassageNote, ...]:
    """The article's notes placed in its current text (-1 offsets: not found once)."""
    return tuple(_at(n, *placed(article.text, n.quote, n.start)) for n in article.notes)


def _at(note: PassageNote, start: int, end: int) -> PassageNote:
    """The note at another place (its quote, words, hint and check kept)."""
    return replace(note, start=start, end=end)


def annotation_value(article: ArticleDraft, annotation: DraftAnnotation) -> Annotation:
    """The annotation as a pack stores it (an unconfirmed one keeps its confirmed quote)."""
    if annotation.anchored:
        return Annotation(
            annotation.start,
            annotation.end,
            annotation.category,
            article.text[annotation.start : annotation.end],
            annotation.explanation,
            annotation.prefix,
            annotation.suffix,
            annotation.hint,
            **_keys(article, annotation),
        )
    # -1: no offset, so the source writer adds no "occurrence" and validation reports it.
    return Annotation(
        -1,
        -1,
        annotation.category,
        annotation.quote,
        annotation.explanation,
        annotation.prefix,
        annotation.suffix,
        annotation.hint,
        **_keys(article, annotation),
    )


def pack_article(article: ArticleDraft) -> PackArticle:
    """What the reader needs to show the article: only annotations on their confirmed quote."""
    article = synced(article)
    shown = rendered(article.meta.headline, article.body)
    annotations = [
        replace(value, alternatives=tuple(x for x in value.alternatives if x.start >= 0))
        for value in (annotation_value(article, a) for a in article.annotations if a.anchored)
    ]
    return PackArticle(
        article.meta,
        list(shown.blocks),
        shown.text,
        text_hash(shown.text),
        annotations,
        article.body,
        tuple(n for n in note_values(article) if n.start >= 0),
        article.event,
    )


# -- source files ----------------------------------------------------------------------


def taxonomy_base(draft: PackDraft) -> str:
    """ "default" when the categories are the defaults (maybe changed) in order, then new ones.

    That is all a ``taxonomy = "default"`` manifest can say; a pack whose default
    categories were reordered or deleted is written with ``taxonomy = "none"``.
    """
    if draft.taxonomy_base != "default":
        return "none"
    defaults = [c.id for c in default_taxonomy()]
    ids = [c.id for c in draft.categories]
    if ids[: len(defaults)] != defaults or set(ids[len(defaults) :]) & set(defaults):
        return "none"
    return "default"


_NUMBERED = re.compile(r"^(\d+)-")


def file_names(draft: PackDraft, previous: dict[int, str]) -> dict[int, str]:
    """A file name for every article, sorting in the pack's order.

    Names an article was read or saved under are kept, and a new article takes
    the number after the one before it, so version control sees small changes.
    When that cannot keep the order, every article is renumbered 010, 020, ...
    """
    names: dict[int, str] = {}
    last_number, width = 0, 3
    for article in draft.articles:
        article_id = article.meta.id or "article"
        old = previous.get(article.uid, "")
        match = _NUMBERED.match(old)
        if old:
            names[article.uid] = old  # the name it has: small diffs, whatever its id is now
            if match:
                last_number, width = int(match.group(1)), len(match.group(1))
        else:
            last_number += 1
            names[article.uid] = f"{last_number:0{width}d}-{article_id}.md"
    ordered = [names[a.uid] for a in draft.articles]
    if ordered == sorted(ordered) and len(set(ordered)) == len(ordered):
        return names
    width = max(3, len(str(10 * len(draft.articles))))
    return {
        a.uid: f"{10 * (n + 1):0{width}d}-{a.meta.id or 'article'}.md"
        for n, a in enumerate(draft.articles)
    }


def lesson_names(draft: PackDraft, previous: dict[int, str]) -> dict[int, str]:
    """A file name (in ``lessons/``) for every lesson: the one it was read or saved under,
    else ``<category>.md`` (made unique)."""
    names: dict[int, str] = {}
    for lesson in draft.lessons:
        if lesson.uid in previous:
            names[lesson.uid] = previous[lesson.uid]
    taken = set(names.values())
    for lesson in draft.lessons:
        if lesson.uid not in names:
            stem = lesson_file_name(lesson.category).split("/", 1)[1].removesuffix(".md")
            name = f"{unique_name(stem, {t.removesuffix('.md') for t in taken})}.md"
            names[lesson.uid] = name
            taken.add(name)
    return names


@dataclass(frozen=True)
class SourceLayout:
    """The files of the pack's source folder, by path relative to it, and what each holds."""

    files: dict[str, str]
    #: article uid by relative path ("articles/010-x.md")
    articles: dict[str, int]
    #: per article file: annotation uids in the order of its [[flags]] tables
    flags: dict[str, tuple[int, ...]]
    #: per article file: the file line (1-based) where the Markdown body starts
    body_lines: dict[str, int]
    #: per article file: how many [[notes]] tables it has (in the order of the article's notes)
    notes: dict[str, int] = field(default_factory=dict)
    #: lesson uid by relative path ("lessons/vague-source.md")
    lessons: dict[str, int] = field(default_factory=dict)


def source_layout(
    draft: PackDraft,
    previous_names: dict[int, str],
    previous_files: Mapping[str, str] | None = None,
) -> SourceLayout:
    """Write the draft as a pack source, with ``article_source`` and ``pack_manifest``.

    ``previous_files`` are the files as the author last had them (opened or
    saved), by relative path under ``previous_names``: each is edited rather
    than written afresh, so the author's comments and layout survive.
    """
    previous_files = previous_files or {}
    files = {
        MANIFEST: _manifest_file(
            draft.meta, draft.categories, taxonomy_base(draft), previous_files.get(MANIFEST)
        )
    }
    articles, flags, body_lines, notes = {}, {}, {}, {}
    names = file_names(draft, previous_names)
    for article in draft.articles:
        article = synced(article)
        path = f"articles/{names[article.uid]}"
        values = [annotation_value(article, a) for a in article.annotations]
        old_name = previous_names.get(article.uid)
        previous = previous_files.get(f"articles/{old_name}") if old_name else None
        # A core that is not inside its quote once has no offsets, but the author's words
        # are written all the same: validation then reports them, and nothing is lost.
        unplaced = tuple(
            (n, a.core)
            for n, (a, value) in enumerate(zip(article.annotations, values, strict=True))
            if a.core and value.core is None
        )
        content = _article_file(
            article.meta,
            article.body,
            article.text,
            tuple(values),
            previous,
            note_values(article),
            article.event,
            unplaced,
        )
        files[path] = content
        articles[path] = article.uid
        flags[path] = tuple(a.uid for a in article.annotations)
        notes[path] = len(article.notes)
        front_end = content.index("\n+++\n") + len("\n+++\n")
        body_lines[path] = content[:front_end].count("\n") + 1
    lessons = {}
    for uid, name in lesson_names(draft, previous_names).items():
        lesson = draft.lesson(uid)
        path = f"{LESSONS}/{name}"
        old_name = previous_names.get(uid)
        previous = previous_files.get(f"{LESSONS}/{old_name}") if old_name else None
        content = _lesson_file(lesson.category, lesson.title, lesson.body, lesson.order, previous)
        files[path] = content
        lessons[path] = uid
        front_end = content.index("\n+++\n") + len("\n+++\n")
        body_lines[path] = content[:front_end].count("\n") + 1
    files.update(draft.checks)
    files.update(draft.sources)
    return SourceLayout(files, articles, flags, body_lines, notes, lessons)


@lru_cache(maxsize=1024)
def _lesson_file(
    category: str, title: str, body: str, order: int | None, previous: str | None
) -> str:
    return lesson_source(category, title, body, order, previous)


# Live validation lays the whole draft out after every pause in typing; an article's file
# depends only on these values, so only the article that changed is written again.
@lru_cache(maxsize=4096)
def _article_file(
    meta: ArticleMeta,
    body: str,
    text: str,
    values: tuple[Annotation, ...],
    previous: str | None,
    notes: tuple[PassageNote, ...] = (),
    event: str = "",
    unplaced_cores: tuple[tuple[int, str], ...] = (),
) -> str:
    written = article_source(meta, body, text, list(values), previous, notes, event)
    if not unplaced_cores:
        return written
    import tomlkit

    front, _body, _line = split_front_matter(written)
    document = tomlkit.parse(front)
    for n, words in unplaced_cores:
        document["flags"][n]["core"] = words
    return f"+++\n{tomlkit.dumps(document)}+++\n{body}"


@lru_cache(maxsize=64)
def _manifest_file(
    meta: PackMeta, categories: tuple[Category, ...], base: str, previous: str | None
) -> str:
    return pack_manifest(meta, list(categories), base, previous)


# -- opening ------------------------------------------------------------------------------


def load_source_folder(folder: Path) -> LoadedPack:
    """Open a pack source folder for editing; LoadError if something would be lost."""
    folder = Path(folder)
    manifest = folder / MANIFEST
    if not manifest.is_file():
        raise LoadError(f"{manifest}: missing: a pack source needs pack.toml")
    read = read_source_files(folder)
    raw_manifest = read.get(MANIFEST)
    if not isinstance(raw_manifest, str):
        reason = raw_manifest.reason if raw_manifest else "it disappeared"
        raise LoadError(f"{manifest}: cannot be read, fix it first ({reason})")
    try:
        tomllib.loads(raw_manifest)
    except tomllib.TOMLDecodeError as exc:
        raise LoadError(f"{manifest}: cannot be read, fix it first ({exc})") from None
    # Checked from the same texts the draft is made of: what was read is what is reported.
    source = read_pack_source_files(read)
    loaded = LoadedPack(
        PackDraft(source.meta, tuple(source.categories), (), source.taxonomy_base),
        problems=[str(p) for p in source.problems],
    )
    articles = []
    for rel, raw in read.items():
        if not is_article_file(rel):
            continue
        path = folder / rel
        if isinstance(raw, Unreadable):
            raise LoadError(f"{path}: {raw.reason}")
        article = _read_article(path, raw, loaded.dropped)
        articles.append(article)
        loaded.file_names[article.uid] = path.name
        loaded.files[rel] = raw
    lessons = []
    for rel, raw in read.items():
        if not is_lesson_file(rel):
            continue
        path = folder / rel
        if isinstance(raw, Unreadable):
            raise LoadError(f"{path}: {raw.reason}")
        lesson = _read_lesson(path, raw)
        lessons.append(lesson)
        loaded.file_names[lesson.uid] = path.name
        loaded.files[rel] = raw
    loaded.files[MANIFEST] = raw_manifest
    loaded.draft = replace(
        loaded.draft,
        articles=tuple(articles),
        lessons=tuple(lessons),
        checks=_as_written(folder, read, is_check_file, loaded.files),
        sources=_as_written(folder, read, is_source_file, loaded.files),
    )
    return loaded


def _as_written(folder: Path, read: Mapping, wanted, files: dict[str, str]):
    """The files ``wanted(rel)`` picks (checks, source pages) as (path, text), kept as read.

    Each is also recorded in ``files``; one that cannot be read stops the opening.
    """
    kept = []
    for rel, raw in read.items():
        if not wanted(rel):
            continue
        if isinstance(raw, Unreadable):
            raise LoadError(f"{folder / rel}: {raw.reason}")
        kept.append((rel, raw))
        files[rel] = raw
    return tuple(kept)


def _front_matter_of(path: Path, raw: str) -> tuple[dict, str]:
    """An article's or a lesson's front matter (as data) and body, or one LoadError line."""
    split = split_front_matter(raw)
    if split is None:
        raise LoadError(f"{path}:1: missing front matter, fix it in a text editor first")
    front, body, _ = split
    try:
        return tomllib.loads(front), body
    except tomllib.TOMLDecodeError as exc:
        raise LoadError(f"{path}: front matter is not valid TOML, fix it first ({exc})") from None


def _read_lesson(path: Path, raw: str) -> LessonDraft:
    data, body = _front_matter_of(path, raw)
    order = data.get("order")
    if not isinstance(order, int) or isinstance(order, bool):
        order = None  # validation reports a wrong one; the editor keeps none
    return LessonDraft(new_uid(), _str(data, "category"), _str(data, "title"), body, order)


def _read_article(path: Path, raw: str, dropped: list[str]) -> ArticleDraft:
    data, body = _front_matter_of(path, raw)
    meta = _lenient_meta(data)
    text = rendered(meta.headline, body).text
    annotations = []
    raw_flags = data.get("flags", [])
    for n, item in enumerate(raw_flags if isinstance(raw_flags, list) else []):
        annotation = _read_flag(item, text)
        if annotation is None:
            dropped.append(f"{path}: flag {n + 1} has no quote and was left out")
        else:
            annotations.append(annotation)
    raw_notes = data.get("notes", [])
    notes = []
    for item in raw_notes if isinstance(raw_notes, list) else []:
        where = _lenient_place(item, text)
        if where is None:
            continue  # nothing to keep: validation reports it
        said = item.get("note") if isinstance(item.get("note"), str) else ""
        prompt = item.get("hint") if isinstance(item.get("hint"), str) else ""
        notes.append(PassageNote(*where, said.strip(), prompt.strip(), _lenient_check(item)))
    event = data.get("event", "")
    return ArticleDraft(
        new_uid(),
        meta,
        body,
        text,
        _sorted(annotations),
        tuple(notes),
        event.strip() if isinstance(event, str) else "",
    )


def _lenient_place(item: object, text: str) -> tuple[int, int, str] | None:
    """(start, end, quote) of a table with a quote; (-1, -1, quote) if it does not anchor."""
    if not isinstance(item, dict) or not isinstance(item.get("quote"), str):
        return None
    quote = normalise_quote(item["quote"])
    if not quote:
        return None
    occurrence = item.get("occurrence")
    if not isinstance(occurrence, int) or isinstance(occurrence, bool):
        occurrence = None
    prefix, suffix = (
        item.get(k) if isinstance(item.get(k), str) else "" for k in ("prefix", "suffix")
    )
    try:
        found = locate(text, quote, occurrence, prefix, suffix)
    except AnchorError:
        return -1, -1, quote
    return found.start, found.end, quote


def _lenient_keys(item: dict, text: str) -> dict:
    """A flag's also, core and anchors, taking what is usable (validation reports the rest)."""
    also = item.get("also", [])
    anchors = item.get("anchors", [])
    return {
        "also": tuple(c for c in also if isinstance(c, str)) if isinstance(also, list) else (),
        "core": _str(item, "core"),
        "anchors": tuple(
            Anchor(*where)
            for where in (
                _lenient_place(a, text) for a in (anchors if isinstance(anchors, list) else [])
            )
            if where is not None
        ),
        "check": _lenient_check(item),
    }


def _lenient_check(item: dict) -> CheckPointer | None:
    """A flag's or a note's ``check`` (and ``check_quote``), taking what is usable.

    ``check = "source:ID"`` names a page; a value without the scheme is kept as the id it
    seems to name, so the file is written with a check the validation can report.
    """
    value = item.get("check")
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    address = parse_address(value)
    source = address[1] if address is not None and address[0] == SOURCE_SCHEME else value
    return CheckPointer(source, _str(item, "check_quote"))


def _str(data: dict, key: str, default: str = "") -> str:
    value = data.get(key, default)
    if hasattr(value, "isoformat"):  # TOML dates
        return value.isoformat()
    return value.strip() if isinstance(value, str) else default


def _lenient_meta(data: dict) -> ArticleMeta:
    """The article's metadata, taking what is usable (validation reports the rest)."""
    difficulty = data.get("difficulty", 1)
    if not isinstance(difficulty, int) or isinstance(difficulty, bool) or not 1 <= difficulty <= 3:
        difficulty = 1
    kind = data.get("kind", ARTICLE_KINDS[0])
    tags = data.get("tags", [])
    return ArticleMeta(
        id=_str(data, "id"),
        headline=_str(data, "headline"),
        byline=_str(data, "byline"),
        outlet=_str(data, "outlet"),
        date=_str(data, "date"),
        difficulty=difficulty,
        kind=kind if kind in ARTICLE_KINDS else ARTICLE_KINDS[0],
        tags=tuple(t.strip() for t in tags if isinstance(t, str) and t.strip())
        if isinstance(tags, list)
        else (),
    )


def _read_flag(item: object, text: str) -> DraftAnnotation | None:
    """A [[flags]] table as an annotation; one that does not anchor is kept for the author."""
    if not isinstance(item, dict) or not isinstance(item.get("quote"), str):
        return None
    quote = normalise_quote(item["quote"])
    if not quote:
        return None
    fields = {k: _str(item, k) for k in ("category", "explanation", "hint", "prefix", "suffix")}
    occurrence = item.get("occurrence")
    if not isinstance(occurrence, int) or isinstance(occurrence, bool):
        occurrence = None
    uid = new_uid()
    try:
        anchor = locate(text, quote, occurrence, fields["prefix"], fields["suffix"])
    except AnchorError:
        # Missing or ambiguous: any place found now is a guess, so the author confirms it.
        found = anchoring.reanchor(text, quote, 0, fields["prefix"], fields["suffix"])
        status = ORPHANED if found.status == ORPHANED else FUZZY
        start, end = (found.start, found.end) if status == FUZZY else (0, 0)
        return DraftAnnotation(
            uid,
            fields["category"],
            quote,
            start,
            end,
            fields["explanation"],
            fields["hint"],
            fields["prefix"],
            fields["suffix"],
            status,
            found.similarity,
            **_lenient_keys(item, text),
        )
    before, after = context(text, anchor.start, anchor.end)
    return DraftAnnotation(
        uid,
        fields["category"],
        quote,
        anchor.start,
        anchor.end,
        fields["explanation"],
        fields["hint"],
        before,
        after,
        **_lenient_keys(item, text),
    )


def _pack_sources(pack) -> tuple[tuple[str, str], ...]:
    """A built pack's source pages as files (a pack has no source: written as export writes)."""
    pages = (pack.source(s.id) for s in pack.sources())
    return tuple((source_file_name(page.id), source_page_file(page)) for page in pages if page)


def load_pack_file(path: Path) -> LoadedPack:
    """Open a built pack for editing (PackError if it is not a usable pack)."""
    with open_pack(path) as pack:
        meta, categories, base = pack.meta, tuple(pack.categories), pack.taxonomy_base
        stored = [pack.article(article_id) for article_id in pack.article_ids()]
        lessons = tuple(
            LessonDraft(new_uid(), x.category, x.title, x.body, x.order) for x in pack.lessons()
        )
        checks = tuple((check_file_name(c.id), check_source(c)) for c in pack.checks())
        # A pack has no source for its pages: they are written as `pack export` writes them.
        sources = _pack_sources(pack)
    articles = []
    for item in stored:
        annotations = tuple(
            DraftAnnotation(
                new_uid(),
                a.category,
                a.quote,
                a.start,
                a.end,
                a.explanation,
                a.hint,
                a.prefix,
                a.suffix,
                also=a.also,
                core=item.text[a.core[0] : a.core[1]] if a.core else "",
                anchors=a.alternatives,
                check=a.check,
            )
            for a in item.annotations
        )
        # The stored text is what the offsets index; syncing re-renders the body with this SpotIt.
        articles.append(
            synced(
                ArticleDraft(
                    new_uid(),
                    item.meta,
                    item.body,
                    item.text,
                    annotations,
                    item.notes,
                    item.event,
                )
            )
        )
    return LoadedPack(PackDraft(meta, categories, tuple(articles), base, lessons, checks, sources))
