"""``spotit class simulate``: scripted students, for rehearsing a class and for load tests.

Each simulated student sees only what a real student sees (the article text, never
the answer key) and flags like a hurried learner: sentences with numbers, quotes or
vague sources, with a guessed category, plus a random sentence or two. It reports
the latency it saw as ``bench:`` lines.
"""

from __future__ import annotations

import random
import re
import statistics
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TextIO

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtNetwork import QSslConfiguration

from spotit.classroom import protocol
from spotit.classroom.client import ClassClient
from spotit.core.model import Flag
from spotit.core.taxonomy import Category

_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
_CUES = (
    (re.compile(r"\d"), "misleading-number"),
    (re.compile('["“”«»]'), "unsourced-quote"),
    (
        re.compile(r"(?i)\b(experts?|sources?|studies|scientists|officials|reportedly|they say)\b"),
        "vague-source",
    ),
    (
        re.compile(
            r"(?i)\b(shock\w*|miracle|destroy\w*|everyone|always|never|secret\w*|cure\w*)\b"
        ),
        "loaded-language",
    ),
)


def sentences(text: str) -> list[tuple[int, int]]:
    """Sentence spans of ``text`` without their surrounding spaces."""
    spans = []
    for m in _SENTENCE.finditer(text):
        start, end = m.start(), m.end()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end - start >= 3:
            spans.append((start, end))
    return spans


def pick_flags(text: str, categories: Sequence[Category], rng: random.Random) -> list[Flag]:
    """A plausible, imperfect set of flags: cue sentences with guessed categories, plus noise."""
    ids = [c.id for c in categories]
    if not ids:
        return []
    flags = []
    spans = sentences(text)
    for start, end in spans:
        sentence = text[start:end]
        for cue, category in _CUES:
            match = cue.search(sentence)
            if match is None or rng.random() > 0.7:
                continue
            guess = category if category in ids else rng.choice(ids)
            if rng.random() < 0.5:
                # Just the words around the cue, as a careful student would.
                words = [(m.start(), m.end()) for m in re.finditer(r"\S+", sentence)]
                at = next(i for i, (s, e) in enumerate(words) if e > match.start())
                lo, hi = max(0, at - 2), min(len(words), at + 3)
                flags.append(Flag(start + words[lo][0], start + words[hi - 1][1], guess))
            else:
                flags.append(Flag(start, end, guess))
            break
    for _ in range(rng.choice((0, 1, 1, 2))):
        if spans:
            start, end = rng.choice(spans)
            flags.append(Flag(start, end, rng.choice(ids)))
    unique = {(f.start, f.end): f for f in flags}
    return sorted(unique.values(), key=lambda f: (f.start, f.end))[: protocol.MAX_FLAGS]


@dataclass
class SimulationStats:
    """What the scripted students measured."""

    join_ms: list[float] = field(default_factory=list)
    submit_ms: list[float] = field(default_factory=list)
    submissions: int = 0
    reveals: int = 0
    refusals: list[str] = field(default_factory=list)
    done: int = 0


class SimulatedStudent:
    """One scripted student: joins, drafts, submits each article, reads the reveal."""

    def __init__(
        self,
        name: str,
        host: str,
        port: int,
        code: str,
        rng: random.Random,
        think_seconds: float,
        stats: SimulationStats,
    ) -> None:
        self.name, self.code, self.rng = name, code, rng
        self.think_seconds = think_seconds
        self.stats = stats
        self.client = ClassClient(host, port)
        self.finished = False
        self._joined_at = 0.0
        self._submitted_at = 0.0
        self._categories: list[Category] = []
        self.client.welcomed.connect(self._welcomed)
        self.client.article_offered.connect(self._article)
        self.client.submission_confirmed.connect(self._confirmed)
        self.client.revealed.connect(lambda _r: self._revealed())
        self.client.ended.connect(lambda _reason: self._finish())
        self.client.refused.connect(self._refused)

    def start(self) -> None:
        self._joined_at = time.perf_counter()
        self.client.join(self.code, self.name)

    def _welcomed(self, welcome: protocol.Welcome) -> None:
        if self._joined_at:
            self.stats.join_ms.append((time.perf_counter() - self._joined_at) * 1000)
            self._joined_at = 0.0
        self._categories = welcome.pack.categories

    def _article(self, offer: protocol.ArticleOffer) -> None:
        if offer.phase != "flagging" or offer.submitted:
            return
        article_id = offer.article.meta.id
        flags = pick_flags(offer.article.text, self._categories, self.rng)
        # Work in two steps, as a student does: a draft first, then the submission.
        self.client.send_draft(article_id, flags[: len(flags) // 2], 1)
        delay = int(self.rng.uniform(0, self.think_seconds) * 1000)
        QTimer.singleShot(delay, lambda: self._submit(article_id, flags))

    def _submit(self, article_id: str, flags: list[Flag]) -> None:
        if self.finished or self.client.offer is None:
            return
        if self.client.offer.article.meta.id != article_id:
            return  # the class moved on while this student was thinking
        self._submitted_at = time.perf_counter()
        self.client.submit(article_id, flags, 1)

    def _confirmed(self, _receipt: protocol.Submitted) -> None:
        if self._submitted_at:
            self.stats.submit_ms.append((time.perf_counter() - self._submitted_at) * 1000)
            self._submitted_at = 0.0
            self.stats.submissions += 1

    def _revealed(self) -> None:
        self.stats.reveals += 1

    def _refused(self, code: str, message: str) -> None:
        self.stats.refusals.append(f"{self.name}: {code}: {message}")
        self._finish()

    def _finish(self) -> None:
        if not self.finished:
            self.finished = True
            self.stats.done += 1


def _quantile(values: list[float], q: int) -> float:
    if not values:
        return 0.0
    if len(values) == 1:
        return values[0]
    return statistics.quantiles(values, n=100, method="inclusive")[q - 1]


def run_simulation(
    host: str,
    port: int,
    code: str,
    students: int,
    seed: int = 1,
    think_seconds: float = 0.0,
    timeout: float = 600.0,
    out: TextIO = sys.stdout,
) -> int:
    """Play ``students`` scripted students until the session ends; the exit status.

    0 when every student saw the end of the session, 1 on a timeout or refusals.
    """
    app = QCoreApplication.instance() or QCoreApplication(sys.argv[:1])
    # Qt reads the system's TLS settings on a process's first WebSocket (about 0.2 s here).
    # A student's app has long done so before it joins; do it before the clocks start.
    QSslConfiguration.defaultConfiguration()
    stats = SimulationStats()
    rng = random.Random(seed)
    width = len(str(students))
    crowd = [
        SimulatedStudent(
            f"Student {n:0{width}d}",
            host,
            port,
            code,
            random.Random(rng.random()),
            think_seconds,
            stats,
        )
        for n in range(1, students + 1)
    ]
    started = time.perf_counter()
    for student in crowd:
        student.start()
    check = QTimer()
    check.timeout.connect(
        lambda: (
            app.quit()
            if stats.done == students or time.perf_counter() - started > timeout
            else None
        )
    )
    check.start(20)
    app.exec()
    check.stop()
    elapsed = time.perf_counter() - started
    for student in crowd:
        student.client.close()
    timed_out = stats.done < students
    print(
        f"simulated {students} students: {len(stats.join_ms)} joined, "
        f"{stats.submissions} submissions, {stats.reveals} reveals in {elapsed:.1f} s"
        + (" (timed out)" if timed_out else ""),
        file=out,
        flush=True,
    )
    for refusal in stats.refusals[:10]:
        print(f"refused: {refusal}", file=out, flush=True)
    for name, values in (("join", stats.join_ms), ("submit_roundtrip", stats.submit_ms)):
        print(
            f"bench: classroom_sim_{name}_p50 {_quantile(values, 50):.3f} ms", file=out, flush=True
        )
        print(
            f"bench: classroom_sim_{name}_p95 {_quantile(values, 95):.3f} ms", file=out, flush=True
        )
    print(f"bench: classroom_sim_submissions {stats.submissions} count", file=out, flush=True)
    return 1 if timed_out or stats.refusals else 0
