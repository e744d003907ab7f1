"""Authoring back-end: re-anchoring after an edit, and importing a doccano file (issue 5)."""

from __future__ import annotations

import json
import random
import tempfile
from pathlib import Path

from bench.common import best_of, figure, ratio
from spotit.content.render import render
from spotit.core import anchoring
from spotit.core.anchoring import context, reanchor
from spotit.interop.formats import FORMATS
from spotit.interop.packs import import_documents, markdown_body

COMMON = (
    "the a of to and in that is was for on with as by at from said it its his her their this "
    "which who were has have had not but be are after before over more than about into"
).split()


def _vocabulary(rng: random.Random, size: int) -> list[str]:
    letters = "abcdefghijklmnopqrstuvwxyz"
    return ["".join(rng.choice(letters) for _ in range(rng.randint(3, 10))) for _ in range(size)]


def _words(rng: random.Random, vocabulary: list[str], n: int) -> list[str]:
    # About half the words are common function words, as in news prose.
    return [rng.choice(COMMON) if rng.random() < 0.45 else rng.choice(vocabulary) for _ in range(n)]


def _article(rng: random.Random, vocabulary: list[str], n_words: int) -> str:
    words = _words(rng, vocabulary, n_words)
    sentences, at = [], 0
    while at < len(words):
        length = rng.randint(8, 25)
        chunk = words[at : at + length]
        sentences.append(" ".join(chunk).capitalize() + ".")
        at += length
    paragraphs = [" ".join(sentences[i : i + 5]) for i in range(0, len(sentences), 5)]
    return "\n".join(paragraphs)


def reanchor_scenario(seed: int = 11) -> tuple[list[tuple[str, int, str, str]], str]:
    """500 annotations (quote, start, prefix, suffix) of a ~3,000-word article, and the
    article after an edit.

    The edit inserts a paragraph near the top (shifting most quotes), fixes a typo
    inside 30 quotes and deletes three sentences that hold some quotes.
    """
    rng = random.Random(seed)
    vocabulary = _vocabulary(rng, 3000)
    text = _article(rng, vocabulary, 3000)
    bounds = [i for i in range(1, len(text)) if text[i - 1] == " " and text[i] != " "]
    annotations = []
    for _ in range(500):
        k = rng.randrange(len(bounds) - 10)
        start = bounds[k]
        end = bounds[k + rng.randint(2, 8)] - 1
        prefix, suffix = context(text, start, end)
        annotations.append((text[start:end], start, prefix, suffix))
    edited = text
    # Typo fixes inside 30 quotes: one letter changes.
    for quote, start, _, _ in rng.sample(annotations, 30):
        word_at = start + quote.rfind(" ") + 1
        if word_at < len(edited) and edited[word_at].isalpha():
            edited = edited[:word_at] + "x" + edited[word_at + 1 :]
    # Three sentences deleted.
    for _ in range(3):
        dot = edited.find(". ", rng.randrange(len(edited) // 2, len(edited) - 200))
        end = edited.find(". ", dot + 2)
        edited = edited[: dot + 2] + edited[end + 2 :]
    # A paragraph inserted near the top shifts everything after it.
    cut = edited.find("\n", len(edited) // 10) + 1
    edited = edited[:cut] + " ".join(_words(rng, vocabulary, 60)) + ".\n" + edited[cut:]
    return annotations, edited


def bench_reanchor() -> None:
    annotations, edited = reanchor_scenario()

    def run_all() -> list:
        # Each edit is a new text: drop the word index re-anchoring keeps for the last one,
        # so its cost is counted every time.
        anchoring._word_index_cache = None
        return [reanchor(edited, q, s, p, x) for q, s, p, x in annotations]

    statuses = {result.status for result in run_all()}
    assert statuses == {"exact", "moved", "fuzzy", "orphaned"}, statuses  # every path is timed
    elapsed = best_of(run_all, repeat=5)
    baseline = best_of(lambda: [edited.find(q) for q, _, _, _ in annotations], repeat=5)
    figure("reanchor_500_annotations", elapsed * 1000, "ms")
    figure("reanchor_500_str_find_baseline", baseline * 1000, "ms")
    ratio("reanchor_500_annotations", elapsed, baseline)


def _doccano_file(path: Path, n_lines: int = 1000, n_words: int = 1000) -> None:
    """``n_lines`` records of ``n_words`` words, each with five labelled spans."""
    rng = random.Random(5)
    vocabulary = _vocabulary(rng, 5000)
    labels = ["Vague source", "Loaded language", "Misleading number", "Unsupported claim"]
    with path.open("w", encoding="utf-8") as out:
        for n in range(n_lines):
            text = " ".join(_words(rng, vocabulary, n_words)) + " 🚀."
            spans = []
            for _ in range(5):
                start = text.find(" ", rng.randrange(len(text) - 100)) + 1
                end = text.find(" ", start + rng.randint(10, 60))
                spans.append([start, end, rng.choice(labels)])
            record = {"id": n, "text": text, "label": spans}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def bench_import() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "annotations.jsonl"
        _doccano_file(source)
        out = Path(tmp) / "imported.spotit"

        def run_import() -> None:
            out.unlink(missing_ok=True)
            parsed = FORMATS["doccano"].read([source])
            result = import_documents(parsed, out, format_name="doccano")
            assert len(result.articles) == 1000 and not result.unplaced

        def decode_only() -> None:
            with source.open(encoding="utf-8") as fh:
                for line in fh:
                    json.loads(line)

        # Every imported text goes through the one rendering, as a written article does;
        # this is that rendering alone, the floor of any import or pack build of these texts.
        bodies = [
            markdown_body(json.loads(line)["text"].split("\n"))
            for line in source.read_text(encoding="utf-8").splitlines()
        ]

        def render_only() -> None:
            for body in bodies:
                render("Headline", body)

        elapsed = best_of(run_import, repeat=2)
        baseline = best_of(decode_only, repeat=3)
        rendering = best_of(render_only, repeat=2)
    figure("import_doccano_1000_lines", elapsed, "s")
    figure("import_doccano_json_decode_baseline", baseline, "s")
    ratio("import_doccano_1000_lines", elapsed, baseline)
    figure("import_doccano_render_only_baseline", rendering, "s")
    ratio("import_doccano_1000_lines_vs_rendering", elapsed, rendering)


def run() -> None:
    bench_reanchor()
    bench_import()


if __name__ == "__main__":
    run()
