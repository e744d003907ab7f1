"""Replay 30 days of today's practice for a simulated learner, and print what was due.

    .venv/bin/python tools/replay_practice.py [--days 30] [--seed 7] [--size 5]

Everything goes through :class:`spotit.practice.Practice` on a stepping clock, with the
starter pack and a progress database in memory (nothing is written). The learner model
is deliberately simple and invented:

- a skill per category, the chance of finding one of its red flags: it starts between
  0.25 and 0.55, grows by 0.15 after a find and by 0.05 after a miss (the feedback
  explains), and fades by 3% of itself a day;
- a red flag not found is partly found (half of it flagged) one time in three;
- an over-flagging habit: on a credible article, the chance of flagging something. It
  starts at 0.6 and halves each time the feedback shows a flag was not a red flag;
- reading speed: 0.3 to 0.6 seconds a word, so some attempts are quick;
- practice on most days, not all: days 6, 7, 13, 20 and 27 are skipped.
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))

from spotit.content.source import read_pack_source  # noqa: E402
from spotit.core.model import Flag  # noqa: E402
from spotit.core.review import Rating  # noqa: E402
from spotit.practice import Practice, Submission  # noqa: E402
from spotit.store.pack import build_pack, open_pack  # noqa: E402
from spotit.store.progress import Progress  # noqa: E402

START = datetime(2026, 3, 2, 18, 0, tzinfo=UTC)  # a Monday evening
SKIPPED = {6, 7, 13, 20, 27}
SHORT = {Rating.AGAIN: "A", Rating.HARD: "H", Rating.GOOD: "G", Rating.EASY: "E"}


class Learner:
    """The simulated learner: skills per category, an over-flagging habit, a reading speed."""

    def __init__(self, rng: random.Random, categories: list[str]) -> None:
        self.rng = rng
        self.skill = {c: rng.uniform(0.25, 0.55) for c in categories}
        self.over_flagging = 0.6

    def flags(self, article) -> list[Flag]:
        if not article.annotations:
            if self.rng.random() < self.over_flagging:
                words = article.text.split(" ")
                end = len(" ".join(words[:6]))
                return [Flag(0, end, "loaded-language")]
            return []
        flags = []
        for a in article.annotations:
            roll = self.rng.random()
            if roll < self.skill[a.category]:
                flags.append(Flag(a.start, a.end, a.category))
            elif self.rng.random() < 1 / 3 and a.end - a.start > 8:
                flags.append(Flag(a.start, a.start + (a.end - a.start) // 2, a.category))
        return flags

    def seconds(self, article) -> int:
        return int(len(article.text.split()) * self.rng.uniform(0.3, 0.6))

    def learn(self, reviews) -> None:
        for review in reviews:
            card = review.card.card
            if card.startswith("~"):
                if review.rating == Rating.AGAIN:
                    self.over_flagging /= 2
                continue
            gain = 0.05 if review.rating == Rating.AGAIN else 0.15
            self.skill[card] = min(0.97, self.skill[card] + gain)

    def a_day_passes(self) -> None:
        for c in self.skill:
            self.skill[c] *= 0.97


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--size", type=int, default=5)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)

    with tempfile.TemporaryDirectory(prefix="spotit-replay-") as folder:
        pack = open_pack(
            build_pack(read_pack_source(ROOT / "content" / "starter"), Path(folder) / "s.spotit")
        )
        progress = Progress(":memory:")
        clock = [START]
        practice = Practice(
            progress, progress.add_learner("Replay"), {pack.meta.id: pack}, clock=lambda: clock[0]
        )
        names = {c.id: c.name for c in pack.categories}
        short = {c.id: c.id for c in pack.categories}
        learner = Learner(rng, list(names))
        print(f"Replay: {args.days} days, {args.size} articles a day, seed {args.seed}.")
        print("Ratings: A again, H hard, G good, E easy. Cards due are listed most overdue first.")
        for day in range(1, args.days + 1):
            clock[0] = START + timedelta(days=day - 1, minutes=rng.randint(-90, 90))
            plan = practice.todays_practice(args.size)
            due = [
                "calibration" if c.is_calibration else short[c.card]
                for c in plan.due
                if c.is_calibration or c.card in short
            ]
            when = f"day {day:2} {clock[0]:%a %d %b}"
            due_text = ", ".join(due) if due else "nothing"
            if day in SKIPPED:
                print(f"{when}  due ({len(due)}): {due_text}  -- not practised")
                learner.a_day_passes()
                continue
            print(f"{when}  due ({len(due)}): {due_text}")
            for item in plan.items:
                opened = practice.open(*item.key)
                article = opened.article
                submitted = practice.submit(
                    Submission(opened, learner.flags(article), learner.seconds(article))
                )
                learner.learn(submitted.reviews)
                rated = " ".join(
                    f"{'calibration' if r.card.card.startswith('~') else short[r.card.card]}"
                    f":{SHORT[Rating(r.rating)]}"
                    for r in submitted.reviews
                )
                print(
                    f"    {item.article_id:<26} {item.reason:<40} score {submitted.report.score:3}"
                    f"  {rated}"
                )
                clock[0] += timedelta(minutes=4)
            learner.a_day_passes()

        clock[0] = START + timedelta(days=args.days)
        print(f"\nAfter {args.days} days: when each card is due, and how well it is retained")
        clock[0] += timedelta(days=7)
        in_a_week = {c.card: c.retrievability for c in practice.retention()}
        clock[0] -= timedelta(days=7)
        for c in practice.retention():
            name = "calibration (over-flagging)" if c.is_calibration else names.get(c.card, c.card)
            days = (c.due - clock[0]).total_seconds() / 86400
            when = f"due in {days:5.1f} days" if days > 0 else "due now          "
            print(
                f"  {name:<40} {when}  retained {c.retrievability:4.0%} now,"
                f" {in_a_week[c.card]:4.0%} in a week without practice  ({c.reviews} reviews)"
            )
        practice.close_packs()
        progress.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
