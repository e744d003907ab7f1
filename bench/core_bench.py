"""Scoring, pack building and pack opening (issue: foundation)."""

from __future__ import annotations

import random
import sqlite3
import tempfile
from pathlib import Path

from bench.common import best_of, figure, ratio
from spotit.content.render import render
from spotit.content.source import read_pack_source
from spotit.core.model import Annotation, Flag
from spotit.core.scoring import named_prf, score, spotted_prf
from spotit.core.taxonomy import DEFAULT_TAXONOMY
from spotit.store.pack import build_pack, open_pack

WORDS = (
    "the minister said that officials met in the capital on tuesday to discuss a plan "
    "which critics called rushed while supporters praised its ambition and cost"
).split()


def _spans(rng: random.Random, n: int, length: int) -> list[tuple[int, int, str]]:
    cats = [c.id for c in DEFAULT_TAXONOMY]
    spans = []
    for _ in range(n):
        start = rng.randrange(0, length - 200)
        spans.append((start, start + rng.randint(5, 200), rng.choice(cats)))
    return spans


def bench_scoring() -> None:
    rng = random.Random(7)
    text = ("word " * 400_000)[:2_000_000]
    learner = _spans(rng, 10_000, len(text))
    gold_spans = _spans(rng, 10_000, len(text))
    flags = [Flag(s, e, c) for s, e, c in learner]
    gold = [Annotation(s, e, c, text[s:e], "x") for s, e, c in gold_spans]
    metric = best_of(
        lambda: (
            spotted_prf([(s, e) for s, e, _ in learner], [(s, e) for s, e, _ in gold_spans]),
            named_prf(learner, gold_spans),
        )
    )
    full = best_of(lambda: score(text, gold, flags), repeat=3)
    baseline = best_of(lambda: sorted(learner + gold_spans))
    figure("scoring_10k_x_10k_metric", metric * 1000, "ms")
    figure("scoring_10k_x_10k_with_verdicts", full * 1000, "ms")
    figure("scoring_sort_20k_baseline", baseline * 1000, "ms")
    ratio("scoring_10k_x_10k_metric", metric, baseline)


def _synthetic_source(folder: Path, n_articles: int) -> None:
    rng = random.Random(3)
    (folder / "articles").mkdir(parents=True)
    (folder / "pack.toml").write_text('id = "synthetic"\ntitle = "Synthetic"\nversion = "1"\n')
    for i in range(n_articles):
        paragraphs = [
            " ".join(rng.choice(WORDS) for _ in range(60)) + f" marker{i}x{p}." for p in range(5)
        ]
        flags = "".join(
            f'\n[[flags]]\nquote = "marker{i}x{p}"\ncategory = "vague-source"\n'
            'explanation = "Look for a named source."\n'
            for p in range(5)
        )
        (folder / "articles" / f"{i:05d}.md").write_text(
            f'+++\nid = "a{i}"\nheadline = "Headline {i}"\ndifficulty = 2\n{flags}+++\n'
            + "\n\n".join(paragraphs)
            + "\n"
        )


def bench_packs() -> None:
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        _synthetic_source(root / "src", 1000)
        out = root / "synthetic.spotit"

        def build() -> None:
            source = read_pack_source(root / "src")
            assert not source.problems, source.problems[:3]
            build_pack(source, out)

        build_time = best_of(build, repeat=2)
        source = read_pack_source(root / "src")
        rows = [(a.meta.id, a.meta.headline, a.text, a.body) for a in source.articles]
        ann_rows = [
            (a.meta.id, x.start, x.end, x.category, x.quote)
            for a in source.articles
            for x in a.annotations
        ]

        def raw_insert() -> None:
            raw = root / "raw.sqlite"
            raw.unlink(missing_ok=True)
            conn = sqlite3.connect(raw)
            conn.execute("CREATE TABLE articles (id, headline, text, body)")
            conn.execute("CREATE TABLE annotations (article_id, start, end, category, quote)")
            with conn:
                conn.executemany("INSERT INTO articles VALUES (?, ?, ?, ?)", rows)
                conn.executemany("INSERT INTO annotations VALUES (?, ?, ?, ?, ?)", ann_rows)
            conn.close()

        raw_time = best_of(raw_insert, repeat=3)
        write_time = best_of(lambda: build_pack(source, out), repeat=3)
        render_time = best_of(lambda: [render(a.meta.headline, a.body) for a in source.articles], 2)
        figure("pack_build_1000_articles", build_time, "s")
        figure("pack_build_markdown_rendering_part", render_time, "s")
        figure("pack_write_1000_articles", write_time, "s")
        figure("pack_build_raw_executemany_baseline", raw_time, "s")
        ratio("pack_build_1000_articles", build_time, raw_time)
        ratio("pack_write_1000_articles", write_time, raw_time)

        def open_and_list() -> None:
            with open_pack(out) as pack:
                pack.articles()

        def raw_list() -> None:
            conn = sqlite3.connect(out)
            conn.execute("SELECT id, headline FROM articles").fetchall()
            conn.close()

        open_time = best_of(open_and_list, repeat=10)
        raw_open = best_of(raw_list, repeat=10)
        figure("pack_open_and_list_1000_articles", open_time * 1000, "ms")
        figure("pack_open_raw_sqlite_baseline", raw_open * 1000, "ms")
        ratio("pack_open_and_list_1000_articles", open_time, raw_open)


def run() -> None:
    bench_scoring()
    bench_packs()
