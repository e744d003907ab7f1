"""Checks of discernment: when each wave is due, which form a learner takes, the runs.

A check (pack content, ``spotit.core.model.Check``) has parallel forms. A learner takes
it in waves (see docs/practice.md):

- **pre**: before practising on the pack (offered until taken);
- **post**: straight after practice, once today's practice is finished (a learner setting,
  ``post_check``, on by default);
- **delayed-N**: N days after the learner's first practice on the pack after the pre
  (``check_delays``, 7 and 30 by default), from the start of that local day.

A learner takes at most as many waves as the check has forms, so no form (and so no
item) is seen twice; the waves beyond are not offered. Forms are counterbalanced across
learners by a cyclic Latin square: the learner enrolled ``p``-th for a check (``p`` from
0, counted when their first wave starts) takes, in their ``n``-th wave, form
``forms[(p + n) % len(forms)]``. Over any multiple of ``len(forms)`` learners every
form order occurs equally often, and every wave (pre, post, ...) is taken with every
form equally often. Within a form the items come in a shuffled order fixed per learner
(seeded by the learner, the pack, the check and the form).

Plain data in, plain data out: :func:`next_wave` decides from what was taken and when;
``Practice`` (``checks_due``, ``start_check``, ``answer``, ``finish_check``) reads and
writes the progress database through ``Progress``.
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import TYPE_CHECKING

from spotit.core.i18n import COUNT, QT_TRANSLATE_NOOP, counted, translate
from spotit.core.progress import moment

if TYPE_CHECKING:
    from spotit.core.measures import Measures
    from spotit.core.model import Check, CheckItem
    from spotit.store.progress import CheckResponseRecord, CheckRunRecord

PRE, POST = "pre", "post"
#: The learner settings (``learner_settings``): the immediate post-check on or off, and
#: the delayed waves' days.
POST_SETTING, DELAYS_SETTING = "post_check", "check_delays"
DEFAULT_DELAYS = (7, 30)
MAX_DELAY = 365

#: The 6-point scale, as the learner reads it (rating 1-3: judged not credible).
#: Marked for translation: show a label through translate("CheckPage", label).
RATINGS = (
    (1, QT_TRANSLATE_NOOP("CheckPage", "Sure not credible")),
    (2, QT_TRANSLATE_NOOP("CheckPage", "Probably not credible")),
    (3, QT_TRANSLATE_NOOP("CheckPage", "Maybe not credible")),
    (4, QT_TRANSLATE_NOOP("CheckPage", "Maybe credible")),
    (5, QT_TRANSLATE_NOOP("CheckPage", "Probably credible")),
    (6, QT_TRANSLATE_NOOP("CheckPage", "Sure credible")),
)


def delayed(days: int) -> str:
    """A delayed wave's name: "delayed-7"."""
    return f"delayed-{days}"


def wave_phrase(wave: str) -> str:
    """What a wave is, for the learner: "before you start", "after practice", "7 days on"."""
    if wave == PRE:
        return translate("CheckPage", "before you start")
    if wave == POST:
        return translate("CheckPage", "after practice")
    days = wave.removeprefix("delayed-")
    if days.isdigit():
        return counted.translate("CheckPage", "%n day(s) on", "", COUNT, int(days))
    return translate("CheckPage", "{days} days on").format(days=days)


def form_order(forms: Sequence[str], position: int) -> tuple[str, ...]:
    """The forms in the order the learner enrolled ``position``-th takes them (their row
    of the cyclic Latin square)."""
    k = len(forms)
    if not k:
        return ()
    row = position % k
    return tuple(forms[(row + n) % k] for n in range(k))


def item_order(seed: str, items: Sequence[CheckItem]) -> tuple[str, ...]:
    """The items' ids in a shuffled order that is the same every time for ``seed``."""
    ids = [item.id for item in items]
    digest = hashlib.sha256(seed.encode("utf-8")).digest()
    random.Random(int.from_bytes(digest[:8], "big")).shuffle(ids)
    return tuple(ids)


def learner_seed(learner_id: int, pack_key: str, check_id: str, form: str) -> str:
    return "\x1f".join([str(learner_id), pack_key, check_id, form])


def day_start(when: datetime, days: int) -> datetime:
    """The start (local midnight) of the local day ``days`` after ``when``'s, as UTC."""
    day = when.astimezone().date() + timedelta(days=days)
    return datetime.combine(day, time()).astimezone().astimezone(when.tzinfo)


def next_wave(
    taken: Sequence[str],
    n_forms: int,
    *,
    post_on: bool,
    delays: Sequence[int],
    anchor: datetime | None,
    practice_finished: bool,
    now: datetime,
) -> tuple[str, datetime] | None:
    """The wave to offer next and when it is due, or None if none is known yet.

    ``taken``: the waves the learner started, in order; ``anchor``: the learner's first
    practice on the pack after the pre (None: not yet); ``practice_finished``: today's
    practice, started after the pre, is finished (the post is offered then).

    Once a delayed wave is due the post is no longer offered (it would not be
    immediate); of several delayed waves due at once (a learner back after a long
    break) the latest is offered and the earlier ones are missed.
    """
    if len(taken) >= n_forms:
        return None
    if not taken:
        return PRE, now
    waves = [(delayed(d), day_start(anchor, d)) for d in sorted(set(delays))] if anchor else []
    names = [name for name, _ in waves]
    last = max((names.index(w) for w in taken if w in names), default=-1)
    later = waves[last + 1 :]
    due_now = [w for w in later if w[1] <= now]
    if due_now:
        return due_now[-1]
    if post_on and POST not in taken and last == -1 and practice_finished:
        return POST, now
    return later[0] if later else None


@dataclass(frozen=True)
class CheckDue:
    """A check wave the learner can take now (``due`` passed) or later; ``resume``: a run
    of it was started and not finished."""

    pack_id: str
    check_id: str
    wave: str
    form: str
    due: datetime
    title: str = ""
    resume: bool = False

    def is_due(self, now: datetime) -> bool:
        return self.due <= now


@dataclass(frozen=True)
class CheckRun:
    """A form of a check being taken (or taken) in a wave, with its answers so far."""

    id: int
    pack_id: str
    check: Check
    wave: str
    form: str
    #: The form's items in the order shown to this learner.
    items: tuple[CheckItem, ...]
    responses: tuple[CheckResponseRecord, ...] = ()
    started_at: str = ""
    finished_at: str | None = None

    @property
    def answered(self) -> int:
        return len(self.responses)

    @property
    def next_item(self) -> CheckItem | None:
        """The first item not answered yet (items are answered in the order shown)."""
        return self.items[self.answered] if self.answered < len(self.items) else None

    @property
    def complete(self) -> bool:
        """Every item is answered."""
        return self.answered >= len(self.items)

    @property
    def finished(self) -> bool:
        return self.finished_at is not None


@dataclass(frozen=True)
class WaveResult:
    """One finished wave of a check: its form and the measures of the learner's answers
    (None when ``spotit.core.measures`` cannot compute them)."""

    wave: str
    form: str
    finished_at: str
    measures: Measures | None


def run_of(pack_id: str, check: Check, record: CheckRunRecord) -> CheckRun:
    """A stored run with its check's items in the stored order (an item the pack no
    longer has is left out)."""
    by_id = {item.id: item for item in check.form_items(record.form)}
    items = tuple(by_id[i] for i in record.item_order if i in by_id)
    return CheckRun(
        record.id,
        pack_id,
        check,
        record.wave,
        record.form,
        items,
        record.responses,
        record.started_at,
        record.finished_at,
    )


def measures_of(responses: Sequence[CheckResponseRecord]) -> Measures | None:
    """d′, c, AUC and the MIST-style counts of a run's responses (``spotit.core.measures``)."""
    try:
        from spotit.core.measures import Response, measures
    except ImportError:  # pragma: no cover - the measures ship with the checks
        return None
    return measures([Response(r.item_id, r.truth, r.rating) for r in responses])


def parse_delays(raw: str | None) -> tuple[int, ...]:
    """The delayed waves' days from the stored setting ("7,30"); the default if unreadable."""
    if raw is None:
        return DEFAULT_DELAYS
    try:
        days = tuple(sorted({int(part) for part in raw.split(",") if part.strip()}))
    except ValueError:
        return DEFAULT_DELAYS
    if any(not 1 <= d <= MAX_DELAY for d in days):
        return DEFAULT_DELAYS
    return days


def moment_of(text: str | None) -> datetime | None:
    return moment(text) if text else None
