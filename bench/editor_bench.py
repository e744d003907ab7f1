"""Pack editor benchmarks (issue 5): a keystroke in a long article, live validation, saving.

Run from the repository root: ``python -m bench.editor_bench`` (no Qt: the draft, validation
and saving are ``spotit.authoring``).
Prints ``bench:`` lines like ``python -m bench``, each with a baseline from the same run.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

from bench.common import best_of, figure, ratio
from spotit.authoring.draft import (
    EXACT,
    ArticleDraft,
    add_annotation,
    load_source_folder,
    new_uid,
    reanchored,
    replace_article,
    source_layout,
    synced,
)
from spotit.authoring.saving import write_source
from spotit.authoring.validation import check
from spotit.content.render import render
from spotit.content.source import read_pack_source
from spotit.core.model import ArticleMeta

ROOT = Path(__file__).resolve().parents[1]
STARTER = ROOT / "content" / "starter"
WORDS = "officials said the plan was rushed while supporters praised it".split()


def long_article(paragraphs: int = 200, annotations: int = 200) -> ArticleDraft:
    """About 10,000 words in ``paragraphs`` paragraphs, with ``annotations`` anchored phrases."""
    body = "\n\n".join(
        " ".join(WORDS[(p + i) % len(WORDS)] for i in range(50)) + f" mark{p}."
        for p in range(paragraphs)
    )
    article = ArticleDraft(
        new_uid(),
        ArticleMeta("long", "A long article"),
        body,
        render("A long article", body).text,
    )
    for n in range(annotations):
        marker = f"mark{n * paragraphs // annotations}."
        start = article.text.index(marker)
        article, _ = add_annotation(article, start - 20, start + len(marker), "vague-source")
    return article


def bench_keystroke() -> None:
    """One typed character: re-render, and re-anchor every annotation (what the editor does)."""
    article = long_article()
    bodies = iter(range(10**6))

    def keystroke() -> None:
        typed = replace(article, body=article.body + f" {next(bodies)}")
        assert synced(typed).annotations[0].status == EXACT

    def render_only() -> None:
        render(article.meta.headline, article.body + f" {next(bodies)}")

    elapsed = best_of(keystroke, repeat=5)
    baseline = best_of(render_only, repeat=5)
    figure("editor_keystroke_10k_words_200_annotations", elapsed * 1000, "ms")
    figure("editor_render_10k_words_baseline", baseline * 1000, "ms")
    ratio("editor_keystroke_10k_words_200_annotations", elapsed, baseline)

    # Re-anchoring alone, on a text rendered beforehand.
    texts = [render(article.meta.headline, article.body + f" {n}").text for n in range(5)]
    pending = iter(texts)

    def reanchor_all() -> None:
        text = next(pending)
        for annotation in article.annotations:
            reanchored(annotation, text)

    anchoring = best_of(reanchor_all, repeat=5)
    figure("editor_reanchor_200_annotations", anchoring * 1000, "ms")
    ratio("editor_reanchor_200_annotations", anchoring, baseline)

    # An edit that changes a quote: the fuzzy search runs for that annotation.
    def quote_changed() -> None:
        typed = replace(article, body=article.body.replace("mark0.", f"mork{next(bodies)}.", 1))
        assert synced(typed).annotations[0].status != EXACT

    changed = best_of(quote_changed, repeat=5)
    figure("editor_keystroke_changing_a_quote", changed * 1000, "ms")
    ratio("editor_keystroke_changing_a_quote", changed, baseline)


def bench_validation_and_saving() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(shutil.copytree(STARTER, Path(tmp) / "starter"))
        loaded = load_source_folder(folder)
        opened = best_of(lambda: load_source_folder(folder), repeat=3)
        baseline = best_of(lambda: read_pack_source(folder), repeat=3)
        figure("editor_open_starter_pack", opened * 1000, "ms")
        figure("editor_read_pack_source_starter_baseline", baseline * 1000, "ms")
        ratio("editor_open_starter_pack", opened, baseline)

        draft, names, files = loaded.draft, loaded.file_names, loaded.files
        edits = iter(range(10**6))

        def check_after_an_edit() -> None:
            article = draft.articles[0]
            edited = synced(replace(article, body=article.body + f" {next(edits)}"))
            assert check(replace_article(draft, edited), names, files) == []

        checked = best_of(check_after_an_edit, repeat=3)
        figure("editor_validate_starter_after_an_edit", checked * 1000, "ms")
        ratio("editor_validate_starter_after_an_edit", checked, baseline)

        def save_an_edit() -> None:
            article = draft.articles[0]
            edited = synced(replace(article, body=article.body + f" {next(edits)}"))
            layout = source_layout(replace_article(draft, edited), names, files)
            write_source(folder, layout.files)

        saved = best_of(save_an_edit, repeat=3)
        figure("editor_save_starter_one_article_changed", saved * 1000, "ms")
        ratio("editor_save_starter_one_article_changed", saved, baseline)


def run() -> None:
    bench_keystroke()
    bench_validation_and_saving()


if __name__ == "__main__":
    run()
    sys.exit(0)
