"""A simulated study: scripted participants run through a study exactly as the lab would.

``spotit study simulate`` enrols participants through :class:`StudyDesk` and answers
every step of their schedule with a stepping clock, so days pass as they would in a real
study (each session on its own day, the items a few seconds apart and the practice
articles a few minutes). The data lands in the study's own database, and the export, the
report and ``spotit measures`` read it as they would read a real study's.

The responders follow the equal-variance Gaussian model of signal detection:

- each participant has a true d′ (``base`` plus a little participant noise) and a
  criterion c drawn around 0;
- in the **first arm** the true d′ rises by ``effect`` at the post and delayed waves
  (practice worked);
- in the **other arms** d′ stays, but at the post the criterion moves toward "not
  credible" (:data:`SCEPTICAL_SHIFT`; half of it is left at the delayed waves), so a
  report that only counted "not credible" answers would see those arms improve too;
- an item gives evidence x ~ N(+d′/2, 1) if credible and N(−d′/2, 1) if misleading; the
  rating is 1 + the number of fixed thresholds (:data:`THRESHOLDS`, around the
  criterion at −c) that x reaches, so ratings 1-3 ("not credible") are x below −c.

Everything random is seeded from ``seed`` and the participant's enrolment position, so a
simulation is the same every time it is run with the same seed.
"""

from __future__ import annotations

import heapq
import math
import random
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path

from spotit.practice.checks import POST, PRE, day_start
from spotit.practice.study import (
    CheckStep,
    NotYet,
    Participant,
    PracticeStep,
    SessionDone,
    StudyComplete,
    StudyDesk,
    StudyError,
    study_database,
)

#: Where the rating thresholds sit, relative to the criterion (−c on the evidence axis):
#: below the third one the item is judged not credible (ratings 1-3).
THRESHOLDS = (-1.5, -0.75, 0.0, 0.75, 1.5)
#: How far the criterion of the arms without a true gain moves at the post-check
#: (negative: quicker to call items not credible).
SCEPTICAL_SHIFT = -0.6
#: Participant noise (standard deviations) around the base d′ and around c = 0.
D_PRIME_SD, CRITERION_SD = 0.15, 0.25
#: The first participant's first session (later ones follow, a few a day).
START = datetime(2027, 1, 11, 9, 0, tzinfo=UTC)
PER_DAY = 8
#: The most steps one session may take; more means the study stopped advancing.
MAX_STEPS = 2000
MAX_PARTICIPANTS = 1000


class SteppingClock:
    """The simulation's "now": set to each session's moment, moved on by each answer."""

    def __init__(self, now: datetime = START) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)

    def at_least(self, when: datetime) -> None:
        """Move to ``when`` unless the clock is already past it (time never runs back)."""
        self.now = max(self.now, when)


@dataclass(frozen=True)
class Responder:
    """A scripted participant: a true d′ and criterion before practice, and what practice
    does to them (``gain`` to d′; ``shift`` to c at the post, half of it later)."""

    d_prime: float
    criterion: float
    gain: float = 0.0
    shift: float = 0.0

    def truth_at(self, wave: str) -> tuple[float, float]:
        """The true (d′, c) of this participant in ``wave``."""
        if wave == PRE:
            return self.d_prime, self.criterion
        shift = self.shift if wave == POST else self.shift / 2
        return self.d_prime + self.gain, self.criterion + shift

    def rating(self, truth: str, wave: str, rng: random.Random) -> int:
        """A 1-6 rating of an item that is ``truth`` ("credible" or "misleading")."""
        d_prime, c = self.truth_at(wave)
        mean = d_prime / 2 if truth == "credible" else -d_prime / 2
        x = rng.gauss(mean, 1.0)
        return 1 + sum(x >= -c + t for t in THRESHOLDS)


def responder_for(
    position: int, first_arm: bool, *, seed: int, effect: float, base: float
) -> Responder:
    """The scripted participant enrolled ``position``-th (0-based)."""
    rng = _rng(seed, position, "participant")
    d_prime = base + rng.gauss(0.0, D_PRIME_SD)
    criterion = rng.gauss(0.0, CRITERION_SD)
    if first_arm:
        return Responder(d_prime, criterion, gain=effect)
    return Responder(d_prime, criterion, shift=SCEPTICAL_SHIFT)


def _rng(seed: int, position: int, *what: object) -> random.Random:
    # A string seeds random.Random the same way in every run (unlike hash()).
    return random.Random(":".join(str(x) for x in (seed, position, *what)))


@dataclass
class Simulation:
    """What a simulation did: counts for the summary line, and where the data is."""

    study_id: str
    database: Path
    #: Participants by arm id, in the study file's arm order.
    arms: dict[str, list[str]]
    #: The true mean d′ and c of each arm in each wave of the study: arm id ->
    #: {wave: (d′, c)} over the arm's participants, waves in the order taken.
    truths: dict[str, dict[str, tuple[float, float]]] = field(default_factory=dict)
    sessions: int = 0
    answers: int = 0
    practice: int = 0
    first: datetime | None = None
    last: datetime | None = None

    @property
    def participants(self) -> int:
        return sum(len(codes) for codes in self.arms.values())

    @property
    def days(self) -> int:
        """Calendar days from the first session to the last, both counted."""
        if self.first is None or self.last is None:
            return 0
        return (self.last.astimezone().date() - self.first.astimezone().date()).days + 1


def simulate(
    desk: StudyDesk,
    clock: SteppingClock,
    participants: int,
    *,
    seed: int,
    effect: float = 1.0,
    base: float = 0.8,
    database: Path,
) -> Simulation:
    """Enrol ``participants`` scripted participants in ``desk``'s study and run each
    through every session of their arm's schedule; ``desk`` must use ``clock``.

    Sessions run in the order of their moments, so the clock only moves forward:
    participants enrol ``PER_DAY`` a day, and each comes back on the day each of their
    later sessions opens, some hours after it opens.
    """
    check_inputs(participants, effect, base)
    study = desk.study
    result = Simulation(study.id, database, {arm.id: [] for arm in study.arms})
    # (moment, order, position): who comes in next; order keeps ties in a fixed order.
    queue: list[tuple[datetime, int, int]] = []
    for position in range(participants):
        day = day_start(START, position // PER_DAY)
        when = day + timedelta(hours=9, minutes=45 * (position % PER_DAY))
        heapq.heappush(queue, (when, position, position))
    enrolled: dict[int, tuple[Participant, Responder]] = {}
    order = participants
    truths: dict[str, dict[str, list[tuple[float, float]]]] = {a.id: {} for a in study.arms}
    while queue:
        when, _, position = heapq.heappop(queue)
        clock.at_least(when)
        if position not in enrolled:
            participant = desk.enrol()
            first_arm = participant.arm.id == study.arms[0].id
            responder = responder_for(
                participant.position, first_arm, seed=seed, effect=effect, base=base
            )
            enrolled[position] = (participant, responder)
            result.arms[participant.arm.id].append(participant.code)
            for wave in study.waves:
                truths[participant.arm.id].setdefault(wave, []).append(responder.truth_at(wave))
        participant, responder = enrolled[position]
        result.first = result.first or clock.now
        comes_back = _run_session(desk, participant, responder, clock, seed, result)
        result.last = clock.now
        if comes_back is not None:
            rng = _rng(seed, participant.position, "comes back", comes_back.isoformat())
            back = comes_back + timedelta(hours=9, minutes=rng.randint(0, 8 * 60))
            heapq.heappush(queue, (back, order, position))
            order += 1
    result.truths = {
        arm: {wave: _mean_pair(pairs) for wave, pairs in waves.items()}
        for arm, waves in truths.items()
        if waves
    }
    return result


def check_inputs(participants: int, effect: float, base: float) -> None:
    """Refuse (StudyError, one line) a number of participants or a d′ out of range."""
    if not 1 <= participants <= MAX_PARTICIPANTS:
        raise StudyError(
            f"--participants {participants}: a simulation has 1 to {MAX_PARTICIPANTS} participants"
        )
    for name, value in (("--effect", effect), ("--base", base)):
        if not math.isfinite(value) or abs(value) > 5:
            raise StudyError(f"{name} {value}: a d′ between -5 and 5")


def _mean_pair(pairs: list[tuple[float, float]]) -> tuple[float, float]:
    return (
        sum(p[0] for p in pairs) / len(pairs),
        sum(p[1] for p in pairs) / len(pairs),
    )


def _run_session(
    desk: StudyDesk,
    participant: Participant,
    responder: Responder,
    clock: SteppingClock,
    seed: int,
    result: Simulation,
) -> datetime | None:
    """Take the participant through the session open now; when they come back next
    (the moment the next session opens), or None when their study is over."""
    session = desk.session_for(participant)
    step = session.next_step()
    for _ in range(MAX_STEPS):
        if isinstance(step, CheckStep):
            step = _answer(session, step, responder, clock, seed, participant.position)
            result.answers += 1
        elif isinstance(step, PracticeStep):
            step = _practise(session, step, clock, seed, participant.position)
            result.practice += 1
        elif isinstance(step, SessionDone):
            result.sessions += 1
            return step.next_opens
        elif isinstance(step, NotYet):
            return step.opens
        elif isinstance(step, StudyComplete):
            return None
        else:
            raise StudyError(f"The study gave a step the simulation does not know: {step!r}.")
    raise StudyError(
        f"Participant {participant.code}'s session did not end after {MAX_STEPS} steps."
    )


def _answer(session, step: CheckStep, responder: Responder, clock, seed: int, position: int):
    item = step.run.next_item
    if item is None:  # every item answered: the session decides what comes next
        return session.next_step()
    rng = _rng(seed, position, step.wave, item.id)
    rt_ms = int(rng.lognormvariate(math.log(4500), 0.4))
    clock.advance(rt_ms / 1000)
    rating = responder.rating(item.truth, step.wave, rng)
    step = session.answer(step, item.id, rating, rt_ms)
    clock.advance(0.5)  # the next item comes up
    return step


def _practise(session, step: PracticeStep, clock, seed: int, position: int):
    from spotit.core.model import Flag
    from spotit.practice.session import Submission

    # Not seeded by the article: the read arm's articles follow the participant's (random) code.
    rng = _rng(seed, position, "practice", step.session, step.index)
    if step.kind == "read":
        seconds = rng.randint(60, 240)
        session.begin_reading(step)
        clock.advance(seconds)
        return session.finish_reading(step, seconds)
    practice = session.practice
    opened = practice.open(step.pack_id, step.article_id)
    seconds = rng.randint(120, 360)
    clock.advance(seconds)
    annotations = opened.article.annotations
    # Half the time the first red flag of the answer key, exactly, with its category.
    flags = []
    if annotations and rng.random() < 0.5:
        first = min(annotations, key=lambda a: (a.start, a.end))
        flags = [Flag(first.start, first.end, first.category)]
    practice.submit(Submission(opened, flags, seconds))
    clock.advance(5)
    return session.next_step()


def simulate_study(
    study_file: Path,
    data_dir: Path,
    participants: int,
    *,
    seed: int,
    effect: float = 1.0,
    base: float = 0.8,
) -> Simulation:
    """Register the study of ``study_file`` in ``data_dir`` and :func:`simulate` it.

    Refused when the data folder already holds a database of that study: simulated
    participants must never mix with real ones (or with another simulation's).
    """
    from spotit.practice.studyfile import read_study

    check_inputs(participants, effect, base)
    study = read_study(study_file)
    database = study_database(data_dir, study.id)
    if database.exists():
        raise StudyError(
            f"{database} already exists: simulate the study {study.id} into another data"
            " folder (set SPOTIT_DATA_DIR), so that simulated participants never mix with others"
        )
    clock = SteppingClock()
    desk = StudyDesk.open(study_file, data_dir, clock=clock)
    try:
        return simulate(
            desk, clock, participants, seed=seed, effect=effect, base=base, database=database
        )
    finally:
        desk.close()
