"""A learner's record in numbers and sentences: the History page draws these."""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from spotit.core.i18n import COUNT, counted, number, translate
from spotit.core.progress import Attempt

#: The summary line averages this many of the latest attempts.
RECENT = 10
#: The chart's second line is the average of this many attempts up to each point.
ROLLING = 5
#: Cells in a text bar such as "██████░░".
BAR_CELLS = 8
BAR_FULL, BAR_EMPTY = "█", "░"


def plural(n: int, one: str, many: str) -> str:
    return f"{n} {one if n == 1 else many}"


def round_half_up(value: float) -> int:
    return math.floor(value + 0.5)


def minutes_seconds(seconds: int | None) -> str:
    """125 -> "2:05"; minutes keep counting past an hour."""
    seconds = max(0, int(seconds or 0))
    return f"{seconds // 60}:{seconds % 60:02d}"


def spoken_duration(seconds: int | None) -> str:
    """125 -> "2 minutes 5 seconds", for screen readers."""
    minutes, rest = divmod(max(0, int(seconds or 0)), 60)
    return translate("HistoryPage", "{minutes} {seconds}").format(
        minutes=counted.translate("HistoryPage", "%n minute(s)", "", COUNT, int(minutes)),
        seconds=counted.translate("HistoryPage", "%n second(s)", "", COUNT, int(rest)),
    )


def text_bar(share: float, cells: int = BAR_CELLS) -> str:
    """A bar of ``cells`` characters, the first ``share`` of them full."""
    filled = round_half_up(min(1.0, max(0.0, share)) * cells)
    return BAR_FULL * filled + BAR_EMPTY * (cells - filled)


def percent_of(f1: float | None) -> int:
    return round_half_up(100 * float(f1 or 0.0))


def rolling_average(scores: Sequence[float], window: int = ROLLING) -> list[float]:
    """At each position, the mean of the last ``window`` scores up to it."""
    result = []
    for i in range(len(scores)):
        chunk = scores[max(0, i - window + 1) : i + 1]
        result.append(sum(chunk) / len(chunk))
    return result


def summary_text(attempts: Sequence[Attempt]) -> str:
    """One line: attempts, articles tried, average and best of the latest attempts."""
    if not attempts:
        return translate("HistoryPage", "No attempts yet.")
    articles = {(a.pack_id, a.article_id) for a in attempts}
    recent = [a.score for a in attempts[-RECENT:]]
    parts = [
        counted.translate("HistoryPage", "%n attempt(s)", "", COUNT, len(attempts)),
        counted.translate("HistoryPage", "%n article(s) tried", "", COUNT, len(articles)),
    ]
    if len(recent) == 1:
        parts.append(translate("HistoryPage", "last score {score}").format(score=number(recent[0])))
    else:
        average = round_half_up(sum(recent) / len(recent))
        parts.append(
            counted.translate(
                "HistoryPage",
                "last %n attempts: average {average}, best {best}",
                "",
                COUNT,
                len(recent),
            ).format(average=number(average), best=number(max(recent)))
        )
    return " · ".join(parts)


@dataclass(frozen=True)
class CategoryRow:
    """One category of the learner's record over every attempt."""

    category: str
    name: str
    color: str  # "" for a category without a known colour
    gold: int  # red flags of this category the learner met
    found: int  # found and named with this category
    missed: int  # not found at all (or only partly)

    @property
    def wrong_category(self) -> int:
        """Found, but tagged with another category."""
        return max(0, self.gold - self.found - self.missed)

    @property
    def found_share(self) -> float:
        return self.found / self.gold if self.gold else 0.0

    @property
    def missed_share(self) -> float:
        return self.missed / self.gold if self.gold else 0.0

    @property
    def found_percent(self) -> int:
        return round_half_up(100 * self.found_share)


def miss_order(row: CategoryRow) -> tuple:
    """Most missed first: by share of the category's red flags missed, then by count."""
    return (-row.missed_share, -row.missed, -row.gold, row.name.casefold())


def category_rows(
    rates: Mapping[str, Mapping[str, int]],
    names: Mapping[str, str] | None = None,
    colors: Mapping[str, str] | None = None,
) -> list[CategoryRow]:
    """Rows of categories the learner met red flags of, most missed first."""
    names, colors = names or {}, colors or {}
    rows = [
        CategoryRow(
            category,
            names.get(category) or category,
            colors.get(category, ""),
            int(counts.get("gold", 0)),
            int(counts.get("found", 0)),
            int(counts.get("missed", 0)),
        )
        for category, counts in rates.items()
        if int(counts.get("gold", 0)) > 0
    ]
    return sorted(rows, key=miss_order)


def most_missed_sentence(rows: Sequence[CategoryRow]) -> str:
    """ "You most often miss: Unsourced quote (3 of 4)." naming ties too."""
    if not rows:
        return translate(
            "HistoryPage", "No red flags met yet: every article you tried was credible."
        )
    top = rows[0]
    if top.missed == 0:
        return translate("HistoryPage", "You have not missed a red flag in any category so far.")
    tied = [r for r in rows if miss_order(r)[:2] == miss_order(top)[:2]]
    named = [
        translate("HistoryPage", "{name} ({missed} of {gold})").format(
            name=r.name, missed=number(r.missed), gold=number(r.gold)
        )
        for r in tied
    ]
    if len(named) == 1:
        listed = named[0]
    else:
        listed = translate("HistoryPage", "{first} and {last}").format(
            first=", ".join(named[:-1]), last=named[-1]
        )
    return translate("HistoryPage", "You most often miss: {categories}.").format(categories=listed)


@dataclass(frozen=True)
class History:
    """Everything the History page shows for one learner."""

    attempts: list[Attempt]  # oldest first
    categories: list[CategoryRow]  # most missed first
    summary: str
    most_missed: str
    scores: list[int]
    averages: list[float]  # the rolling average at each attempt


def history_of(
    attempts: Sequence[Attempt],
    rates: Mapping[str, Mapping[str, int]],
    names: Mapping[str, str] | None = None,
    colors: Mapping[str, str] | None = None,
) -> History:
    """The History page's content from a learner's attempts and per-category totals."""
    rows = category_rows(rates, names, colors)
    scores = [a.score for a in attempts]
    return History(
        attempts=list(attempts),
        categories=rows,
        summary=summary_text(attempts),
        most_missed=most_missed_sentence(rows),
        scores=scores,
        averages=rolling_average(scores),
    )
