"""Results to a school's LRS (issue 16), against a real one: Ralph on loopback.

- ``lrs_statements_per_second``: ``send_outbox`` drains 2,000 queued *attempted*
  statements to Ralph in batches of 50 (reading each from the outbox, posting, checking
  the reply, marking them sent), beside
  ``lrs_raw_post_statements_per_second_baseline``: the same statements posted in the same
  batches with bare ``http.client`` to a fresh Ralph (no outbox, no checks). Ralph's
  file-system backend reads its whole file for every post (to drop ids it holds), so
  both slow down as it fills; both start empty.
- ``outbox_overhead_per_submit``: the median ``Practice.submit`` with an LRS configured
  (the statement built and queued in the attempt's transaction) minus the median without
  one, the same articles both ways in alternating order, in the same run (target: under
  5 ms). Nothing is sent during a submit.
"""

from __future__ import annotations

import random
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from bench.common import figure, ratio
from bench.ralph_lrs import USERNAME, Ralph
from spotit.content.source import read_pack_source
from spotit.core import xapi
from spotit.core.model import Flag
from spotit.interop.lrs import send_outbox
from spotit.practice import Practice, Submission
from spotit.store.pack import build_pack, open_pack
from spotit.store.progress import Progress

STARTER = Path(__file__).resolve().parents[1] / "content" / "starter"
STATEMENTS = 2000
BATCH = 50
START = datetime(2026, 3, 2, 9, 0, tzinfo=UTC)


def _settings(endpoint: str, batch: int = BATCH) -> xapi.LrsSettings:
    return xapi.LrsSettings(endpoint, USERNAME, "https://school.example", batch=batch)


def _statements(installation: str, count: int) -> list[dict]:
    settings = _settings("http://127.0.0.1/xAPI/")
    rng = random.Random(16)
    return [
        xapi.attempted_statement(
            installation=installation,
            attempt_id=n,
            actor=xapi.actor_for_learner(f"Learner {n % 30:02d}", settings),
            pack_id="starter",
            pack_title="Starter pack",
            pack_version="1.0",
            article_id=f"article-{n % 40}",
            headline=f"An invented headline, number {n}",
            kind="misinformation",
            learner_score=rng.randint(0, 100),
            spotted_f1=rng.random(),
            named_f1=rng.random(),
            seconds_spent=rng.randint(30, 600),
            hints_used=rng.randint(0, 2),
            submitted_at=START + timedelta(minutes=n),
        )
        for n in range(1, count + 1)
    ]


def bench_statements_per_second(folder: Path) -> None:
    # The baseline: the same batches, posted bare, to a Ralph of their own.
    bare = Ralph.fresh(folder / "ralph-bare").start()
    try:
        statements = _statements("bench-bare", STATEMENTS)
        began = time.perf_counter()
        for start in range(0, len(statements), BATCH):
            status, body = bare.post(statements[start : start + BATCH])
            if status != 200:
                raise SystemExit(f"bench: Ralph refused a bare batch ({status}): {body[:200]!r}")
        raw = time.perf_counter() - began
    finally:
        bare.stop()

    ralph = Ralph.fresh(folder / "ralph").start()
    progress = Progress(folder / "sender.db")
    try:
        progress.set_lrs_settings(_settings(ralph.endpoint))
        progress.save_lrs_secret(ralph.password)
        progress.queue_statements(
            _statements(progress.installation_id(), STATEMENTS), "practice", START
        )
        began = time.perf_counter()
        report = send_outbox(progress)
        sent = time.perf_counter() - began
        held = len(ralph.statements())
    finally:
        progress.close()
        ralph.stop()
    if report.sent != STATEMENTS or held != STATEMENTS:
        # Figures from a run that did not send everything would mean nothing.
        raise SystemExit(f"bench: lrs send incomplete ({report.text()}; Ralph holds {held})")
    figure("lrs_statements_per_second", STATEMENTS / sent, "statements/s")
    figure("lrs_raw_post_statements_per_second_baseline", STATEMENTS / raw, "statements/s")
    ratio("lrs_send_time_vs_raw_post", sent, raw)


def _flags(article, rng: random.Random) -> list[Flag]:
    return [Flag(a.start, a.end, a.category) for a in article.annotations if rng.random() < 0.7]


def bench_outbox_overhead(folder: Path) -> None:
    pack_path = build_pack(read_pack_source(STARTER), folder / "starter.spotit")
    pack = open_pack(pack_path)
    clock = [START]
    ways = {}
    for name, configured in (("with", True), ("without", False)):
        progress = Progress(folder / f"submit-{name}.db")
        if configured:  # an LRS that is never asked: nothing is sent during a submit
            progress.set_lrs_settings(_settings("http://127.0.0.1:9/xAPI/"))
            progress.save_lrs_secret("not-used")
        learner = progress.add_learner("Bench")
        ways[name] = Practice(progress, learner, {pack.meta.id: pack}, clock=lambda: clock[0])
    rng = random.Random(16)
    times: dict[str, list[float]] = {"with": [], "without": []}
    for n, article_id in enumerate(pack.article_ids() * 2):
        flags = _flags(pack.article(article_id), rng)
        for name in ("with", "without") if n % 2 else ("without", "with"):
            practice = ways[name]
            opened = practice.open(pack.meta.id, article_id, fresh=True)
            began = time.perf_counter()
            practice.submit(Submission(opened, flags, 120))
            times[name].append(time.perf_counter() - began)
        clock[0] += timedelta(minutes=5)
    queued = ways["with"].progress.outbox_counts()["queued"]
    if queued < len(times["with"]) or ways["without"].progress.outbox_counts()["queued"]:
        raise SystemExit(f"bench: the outbox holds {queued} for {len(times['with'])} submits")
    for practice in ways.values():
        practice.progress.close()
    pack.close()
    with_lrs, without = _median(times["with"]), _median(times["without"])
    figure("outbox_overhead_per_submit", (with_lrs - without) * 1000, "ms")
    figure("practice_submit_with_lrs", with_lrs * 1000, "ms")
    figure("practice_submit_without_lrs_baseline", without * 1000, "ms")
    ratio("practice_submit_with_lrs_vs_without", with_lrs, without)


def _median(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[len(ordered) // 2]


def run() -> None:
    with tempfile.TemporaryDirectory(prefix="spotit-bench-lrs-") as tmp:
        bench_statements_per_second(Path(tmp))
        bench_outbox_overhead(Path(tmp))


if __name__ == "__main__":
    run()
