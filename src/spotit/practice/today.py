"""Today's practice while it is worked through: the set started, each article's state.

``Practice.todays_practice`` chooses a set afresh each time it is asked; once the learner
starts it (``Practice.start_todays_practice``) the set is kept as it was chosen, per
learner in the progress database, so that it survives a restart: a learner who closes
the app after two of five articles and comes back the same day goes on with the same
set. An article of the set is done when it was submitted since the set was started;
the first one not done is next. A set started on an earlier (local) day is dropped:
today brings a new one. An article whose pack is not open (or no longer has it) is
skipped. See docs/practice.md.

Plain data in, plain data out: :func:`running_set_of` is given the stored set, what is
open and when each article was last done, and says what the library draws.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime

from spotit.core.progress import moment
from spotit.practice.plan import PlanItem

#: The learner setting the running set is kept in (``learner_settings``), as JSON.
SETTING = "todays_practice"

TO_DO, NEXT, DONE = "to do", "next", "done"


@dataclass(frozen=True)
class StoredSet:
    """A set as started: when, and its articles as chosen (with their packs' identities)."""

    started: datetime
    items: tuple[PlanItem, ...]
    pack_keys: tuple[str, ...]  # the identity of each item's pack when it was chosen

    def to_json(self) -> str:
        return json.dumps(
            {
                "started": self.started.isoformat(timespec="seconds"),
                "items": [
                    {"pack": i.pack_id, "pack_key": k, "article": i.article_id, "reason": i.reason}
                    for i, k in zip(self.items, self.pack_keys, strict=True)
                ],
            },
            ensure_ascii=False,
        )

    @classmethod
    def from_json(cls, text: str | None) -> StoredSet | None:
        """The stored set, or None when there is none (or it cannot be read: a new one
        is chosen then, as on a new day)."""
        if not text:
            return None
        try:
            data = json.loads(text)
            started = moment(data["started"])
            items, keys = [], []
            for item in data["items"]:
                items.append(PlanItem(str(item["pack"]), str(item["article"]), str(item["reason"])))
                keys.append(str(item["pack_key"]))
        except (ValueError, KeyError, TypeError):
            return None
        if started is None:
            return None
        return cls(started, tuple(items), tuple(keys))


@dataclass(frozen=True)
class SetItem:
    """One article of the running set: its place in the set as chosen, and its state."""

    number: int  # 1-based, as chosen (an item skipped keeps the others' numbers)
    item: PlanItem
    state: str  # TO_DO, NEXT or DONE

    @property
    def key(self) -> tuple[str, str]:
        return self.item.key


@dataclass(frozen=True)
class RunningSet:
    """Today's practice being worked through (see the module's rules)."""

    started: datetime
    #: Every article as chosen, the skipped ones too.
    chosen: tuple[PlanItem, ...]
    #: The articles that can be practised now (their pack is open), with their state.
    items: tuple[SetItem, ...]

    @property
    def done(self) -> int:
        return sum(i.state == DONE for i in self.items)

    @property
    def finished(self) -> bool:
        """Every article of the set that can be practised is done."""
        return bool(self.items) and all(i.state == DONE for i in self.items)

    @property
    def next(self) -> SetItem | None:
        """The first article not done yet, if any."""
        return next((i for i in self.items if i.state == NEXT), None)


def local_day(when: datetime):
    """The learner's day: the local calendar date of ``when``."""
    return when.astimezone().date()


def running_set_of(
    stored: StoredSet | None,
    now: datetime,
    available: Callable[[str, str, str], bool],
    last_done: Mapping[tuple[str, str], datetime],
) -> RunningSet | None:
    """The running set from the stored one, or None if there is none today.

    ``available(pack_id, pack_key, article_id)``: whether the article can be practised
    now (its pack, that same pack, is open and has it); ``last_done``: when each (pack id,
    article id) was last submitted.
    """
    if stored is None or local_day(stored.started) != local_day(now):
        return None
    items: list[SetItem] = []
    next_marked = False
    pairs = zip(stored.items, stored.pack_keys, strict=True)
    for number, (item, pack_key) in enumerate(pairs, start=1):
        if not available(item.pack_id, pack_key, item.article_id):
            continue
        done = last_done.get(item.key)
        if done is not None and done >= stored.started:
            state = DONE
        elif not next_marked:
            state, next_marked = NEXT, True
        else:
            state = TO_DO
        items.append(SetItem(number, item, state))
    return RunningSet(stored.started, stored.items, tuple(items))
