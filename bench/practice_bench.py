"""Spaced boosters (issue 13): choosing today's practice, and submitting with card updates.

- ``practice_plan_5000_attempts``: today's practice for a learner with 5,000 attempts over
  4 packs (under 50 ms), beside ``practice_select_5000_attempts_baseline``, a bare SELECT
  of those attempts. ``..._first`` is the first choice of a session, which also reads the
  four packs' answer keys once.
- ``practice_submit_with_cards`` against ``practice_submit_without_cards`` (the submit of
  before: score and store): the ratio should be at most 2.
"""

from __future__ import annotations

import json
import random
import shutil
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.common import figure, ratio
from spotit.content.source import read_pack_source
from spotit.core.model import Flag
from spotit.practice import Practice, Submission
from spotit.practice.session import identity, score_flags
from spotit.store.pack import build_pack, open_pack
from spotit.store.progress import Progress

STARTER = Path(__file__).resolve().parents[1] / "content" / "starter"
PACKS = 4
ATTEMPTS = 5000
START = datetime(2025, 6, 1, 9, 0, tzinfo=UTC)


def _packs(folder: Path) -> list[Path]:
    """The starter pack four times over, under four ids."""
    built = []
    for n in range(PACKS):
        source = folder / f"src{n}"
        shutil.copytree(STARTER, source)
        manifest = source / "pack.toml"
        text = manifest.read_text(encoding="utf-8")
        manifest.write_text(text.replace('id = "starter"', f'id = "starter{n}"', 1), "utf-8")
        built.append(build_pack(read_pack_source(source), folder / f"p{n}.spotit"))
    return built


def _flags(article, rng: random.Random) -> list[Flag]:
    return [Flag(a.start, a.end, a.category) for a in article.annotations if rng.random() < 0.7]


def run() -> None:
    rng = random.Random(13)
    with tempfile.TemporaryDirectory(prefix="spotit-bench-practice-") as tmp:
        folder = Path(tmp)
        packs = {p.meta.id: p for p in map(open_pack, _packs(folder))}
        progress = Progress(folder / "progress.db")
        learner = progress.add_learner("Bench")
        clock = [START]
        practice = Practice(progress, learner, packs, clock=lambda: clock[0])
        ids = {pid: pack.article_ids() for pid, pack in packs.items()}
        # 100 attempts through Practice (they make the cards), day after day ...
        for _ in range(100):
            item = practice.todays_practice().items[0]
            opened = practice.open(*item.key)
            practice.submit(Submission(opened, _flags(opened.article, rng), 120))
            clock[0] += timedelta(hours=rng.randint(4, 30))
        # ... and the rest inserted in bulk, spread over the same year and the four packs.
        template = progress.conn.execute("SELECT * FROM attempts LIMIT 1").fetchone()
        columns = [d[0] for d in progress.conn.execute("SELECT * FROM attempts").description]
        row = dict(zip(columns, template, strict=True))
        keys = {pid: identity(pack) for pid, pack in packs.items()}
        rows = []
        for n in range(ATTEMPTS - 100):
            pid = rng.choice(list(packs))
            when = START + timedelta(minutes=rng.randint(0, 60 * 24 * 365))
            rows.append(
                {
                    **row,
                    "id": None,
                    "pack_id": pid,
                    "pack_key": keys[pid],
                    "article_id": rng.choice(ids[pid]),
                    "submitted_at": when.isoformat(timespec="seconds"),
                    "score": rng.randint(0, 100),
                    "snapshot": json.dumps({"headline": f"h{n}"}),
                }
            )
        with progress.db.atomic():
            progress.db["attempts"].insert_all(rows, batch_size=1000)
        total = progress.conn.execute("SELECT count(*) FROM attempts").fetchone()[0]
        assert total == ATTEMPTS, total
        clock[0] = START + timedelta(days=370)

        fresh = Practice(progress, learner, packs, clock=lambda: clock[0])
        began = time.perf_counter()
        fresh.todays_practice()
        first = time.perf_counter() - began
        plan = _best(fresh.todays_practice, 10)
        select = _best(
            lambda: progress.conn.execute(
                "SELECT * FROM attempts WHERE learner_id = ?", [learner.id]
            ).fetchall(),
            10,
        )
        figure("practice_plan_5000_attempts_4_packs", plan * 1000, "ms")
        figure("practice_plan_5000_attempts_4_packs_first", first * 1000, "ms")
        figure("practice_select_5000_attempts_baseline", select * 1000, "ms")
        ratio("practice_plan_5000_attempts_vs_select", plan, select)

        # Submitting: with the card updates (today) and without (the submit of before).
        articles = [packs[pid].article(a) for pid in packs for a in ids[pid][:12]]
        with_cards, without = [], []
        for n, article in enumerate(articles):
            # Each article both ways (the order alternating), so the two medians compare
            # the same articles.
            pack = packs[next(p for p in packs if article.meta.id in ids[p])]
            flags = _flags(article, rng)
            for way in (0, 1) if n % 2 else (1, 0):
                if way:
                    opened = fresh.open_article(pack, article)
                    began = time.perf_counter()
                    fresh.submit(Submission(opened, flags, 120))
                    with_cards.append(time.perf_counter() - began)
                    continue
                began = time.perf_counter()
                report = score_flags(article, flags, 0, pack.categories)
                progress.submit(
                    learner.id,
                    pack_id=pack.meta.id,
                    pack_version=pack.meta.version,
                    article_id=article.meta.id,
                    headline=article.meta.headline,
                    text=article.text,
                    text_hash=article.text_hash,
                    annotations=article.annotations,
                    flags=flags,
                    report=report,
                    seconds_spent=120,
                    pack_key=identity(pack),
                )
                without.append(time.perf_counter() - began)
        median_with, median_without = _median(with_cards), _median(without)
        figure("practice_submit_with_cards", median_with * 1000, "ms")
        figure("practice_submit_without_cards_baseline", median_without * 1000, "ms")
        ratio("practice_submit_with_cards_vs_without", median_with, median_without)
        fresh.close_packs()
        progress.close()


def _best(fn, repeat: int) -> float:
    best = float("inf")
    for _ in range(repeat):
        began = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - began)
    return best


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2]


if __name__ == "__main__":
    run()
