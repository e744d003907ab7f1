"""Research mode's front door: a study on this machine, its participants and their sessions.

A :class:`StudyDesk` is one study (its file, see ``spotit.practice.studyfile``), its own
progress database (``data_dir()/studies/<study id>.db``, so participants never show in
the app's profile chooser) and its pack. Participants enrol under anonymous codes (the
learner's name is the code; no name is stored), are assigned an arm by permuted blocks
and take the study's sessions through a :class:`ParticipantSession`, which says what
comes next as plain data (a :data:`Step`) for the study window, the simulation and the
tests alike.

Session rules (docs/practice.md, "Research mode"): session 1 opens at enrolment; session
``n`` on day ``D`` opens at the local midnight of session 1's day + ``D``. When a later
session is open, the earlier ones never started are missed (stored, never offered
again); one started and not finished resumes. A session is its check waves and its
practice in order; when the last is done it is finished and its completion code stored.
Everything is decided from what is stored, so a restart (a new desk on the same files)
goes on exactly where the participant was, and every answer is its own transaction.

Results go to a school's LRS only when the study opts in (:meth:`StudyDesk.use_school_lrs`):
its participants are then sent as their codes alone (``spotit.practice.lrs``).
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from spotit.core.i18n import translate
from spotit.core.progress import Learner, moment, utc_now
from spotit.practice.checks import POST, CheckRun, day_start
from spotit.practice.session import Practice, PracticeError, identity, iso_of
from spotit.practice.studyfile import (
    Arm,
    SessionPlan,
    Study,
    arm_for,
    completion_code,
    normal_code,
    participant_code,
    read_study,
    schedule_problems,
    study_from_text,
)
from spotit.store.pack import Pack, PackError, open_pack
from spotit.store.progress import (
    Progress,
    ProgressError,
    StudyParticipantRecord,
    StudySessionRecord,
)

FLAG, READ = "flag", "read"
OPEN, FINISHED, MISSED = "open", "finished", "missed"


class StudyError(Exception):
    """The study cannot do what was asked; the message is one line, shown as is."""


@dataclass(frozen=True)
class Participant:
    """A participant: their code, arm and places (``arm_index``: their Latin-square row)."""

    code: str
    arm: Arm
    position: int
    arm_index: int
    learner_id: int
    enrolled_at: str


@dataclass(frozen=True)
class CheckStep:
    """Answer the run's next item (``run.next_item``) of a check wave."""

    session: int
    wave: str
    run: CheckRun


@dataclass(frozen=True)
class PracticeStep:
    """Practise on one article: flag it (``kind`` "flag") or read it ("read")."""

    session: int
    kind: str
    pack_id: str
    article_id: str
    index: int  # 1-based, of total
    total: int


@dataclass(frozen=True)
class SessionDone:
    """The session is finished: show its completion code; the next opens then (None: none)."""

    session: int
    completion_code: str
    next_opens: datetime | None


@dataclass(frozen=True)
class NotYet:
    """The participant's next session is not open yet."""

    session: int
    opens: datetime


@dataclass(frozen=True)
class StudyComplete:
    """Nothing is left for the participant; the last finished session's code, if any."""

    completion_code: str | None


Step = CheckStep | PracticeStep | SessionDone | NotYet | StudyComplete
Clock = Callable[[], "str | datetime"]


def planned_sessions(study: Study) -> tuple[SessionPlan, ...]:
    """The study's sessions in order, the same for every participant (``Study.sessions``)."""
    return study.sessions


def study_database(data_dir: Path, study_id: str) -> Path:
    """Where a study's database is kept in a data folder.

    The id names a file: anything but a study id ("../progress") is refused, so no
    caller can open another database through it.
    """
    from spotit.practice.studyfile import STUDY_ID

    if not STUDY_ID.fullmatch(study_id):
        raise StudyError(
            f"{study_id!r} is not a study id (lower-case letters, digits and '-', as the"
            " study file's id)"
        )
    return Path(data_dir) / "studies" / f"{study_id}.db"


def _seeded(*parts: object) -> random.Random:
    text = "\x1f".join(str(p) for p in parts)
    return random.Random(int.from_bytes(hashlib.sha256(text.encode()).digest()[:8], "big"))


def find_pack(study: Study, base: Path | None) -> Pack:
    """The study's pack: a .spotit file (relative to the study file) or a bundled pack id."""
    candidate = Path(study.pack)
    if base is not None and not candidate.is_absolute():
        candidate = base / candidate
    if study.pack.endswith(".spotit") or candidate.is_file():
        try:
            return open_pack(candidate)
        except PackError as exc:
            raise StudyError(f"{study.id}: pack {study.pack}: {exc}") from None
    from spotit.store.bundled import bundled_packs

    try:
        for path in bundled_packs():
            pack = open_pack(path)
            if pack.meta.id == study.pack:
                return pack
            pack.close()
    except (PackError, OSError) as exc:
        raise StudyError(f"{study.id}: the bundled packs cannot be opened: {exc}") from None
    raise StudyError(
        f"{study.id}: pack {study.pack!r} is neither a bundled pack nor a .spotit file"
    )


class StudyDesk:
    """A study on this machine: its file, its database, its pack."""

    def __init__(self, study: Study, progress: Progress, pack: Pack, clock: Clock) -> None:
        self.study = study
        self.progress = progress
        self.pack = pack
        self.clock = clock
        #: The data folder the desk was opened from (None: made directly).
        self.data_dir: Path | None = None
        check = pack.check(study.check)
        if check is None:
            raise StudyError(f"{study.id}: the pack {pack.meta.id} has no check {study.check!r}")
        self.check = check
        #: The study's sessions, the same for every participant.
        self.sessions: tuple[SessionPlan, ...] = study.sessions
        problems = schedule_problems(study, check.forms)
        if problems:
            raise StudyError(problems[0])
        known = set(pack.article_ids())
        for arm in study.arms:
            for article_id in arm.articles or ():
                if article_id not in known:
                    raise StudyError(
                        f"{study.id}: arm {arm.id}: the pack {pack.meta.id} has no article"
                        f" {article_id!r}"
                    )

    @classmethod
    def open(cls, study_file: Path, data_dir: Path, clock: Clock = utc_now) -> StudyDesk:
        """Read and check the study file, open (or create) its database and register it.

        The same study id registered with another file text is refused: the data of one
        study never mixes with another's.
        """
        study = read_study(Path(study_file))
        pack = find_pack(study, Path(study_file).resolve().parent)
        progress = None
        try:
            progress = Progress(study_database(data_dir, study.id))
            stored = progress.register_study(
                study.id,
                title=study.title,
                source_text=study.source_text,
                seed=study.seed,
                registered_at=_now_text(clock),
                source_path=str(Path(study_file).resolve()),
            )
            if stored.source_text != study.source_text:
                raise StudyError(
                    f"the study {study.id} is already registered here with another file;"
                    " give this one a new id"
                )
            desk = cls(study, progress, pack, clock)
            desk.data_dir = Path(data_dir)
            if study.lrs:  # the study file asks for it: participant codes to the school's LRS
                desk.use_school_lrs()
            return desk
        except (StudyError, ProgressError):
            pack.close()
            if progress is not None:
                progress.close()
            raise

    @classmethod
    def open_registered(cls, study_id: str, data_dir: Path, clock: Clock = utc_now) -> StudyDesk:
        """A study registered on this machine, from its database (for export and report)."""
        path = study_database(data_dir, study_id)
        if not path.is_file():
            raise StudyError(f"no study {study_id!r} is registered here (no {path})")
        progress = Progress(path)
        try:
            record = progress.study(study_id)
            if record is None:
                raise StudyError(f"{path}: the study {study_id!r} is not registered in it")
            source = Path(record.source_path) if record.source_path else path
            study = study_from_text(record.source_text, source)
            pack = find_pack(study, source.parent if record.source_path else None)
        except Exception:
            progress.close()
            raise
        try:
            desk = cls(study, progress, pack, clock)
        except StudyError:
            pack.close()
            progress.close()
            raise
        desk.data_dir = Path(data_dir)
        return desk

    # -- participants ------------------------------------------------------------------
    def _participant(self, record: StudyParticipantRecord) -> Participant:
        arm = next((a for a in self.study.arms if a.id == record.arm), None)
        if arm is None:
            raise StudyError(f"{self.study.id}: participant {record.code} has an unknown arm")
        return Participant(
            record.code,
            arm,
            record.position,
            record.arm_index,
            record.learner_id,
            record.enrolled_at,
        )

    def enrol(self) -> Participant:
        """Enrol a new participant under a fresh code, in the next place of the arm blocks.

        Codes are drawn from the system's random source (nobody can work one out from
        the study file); the arm comes from the study seed and the enrolment place.
        """
        rng = random.SystemRandom()
        for _ in range(100):
            code = participant_code(rng)
            if self.progress.participant(code) is None:
                break
        else:  # pragma: no cover - 22**6 codes
            raise StudyError(
                translate("Study", "{study}: no free participant code was found").format(
                    study=self.study.id
                )
            )
        record = self.progress.enrol_participant(
            self.study.id,
            code,
            lambda position: arm_for(self.study, position).id,
            _now_text(self.clock),
        )
        return self._participant(record)

    def find(self, code: str) -> Participant | None:
        """The participant with that code (typed in any case, with or without the dash)."""
        normal = normal_code(code)
        if normal is None:
            return None
        record = self.progress.participant(normal)
        if record is None or record.study_id != self.study.id:
            return None
        return self._participant(record)

    def participants(self) -> list[Participant]:
        """Every participant, in enrolment order."""
        return [self._participant(r) for r in self.progress.participants(self.study.id)]

    def session_for(self, participant: Participant) -> ParticipantSession:
        return ParticipantSession(self, participant)

    def opens(self, participant: Participant) -> dict[int, datetime]:
        """When each of the participant's sessions opens (none before session 1 starts)."""
        first = next(
            (s for s in self.progress.study_sessions(participant.code) if s.number == 1), None
        )
        anchor = moment(first.started_at) if first is not None and first.started_at else None
        if anchor is None:
            return {}
        return {s.number: day_start(anchor, s.day) for s in self.sessions}

    def use_school_lrs(self) -> bool:
        """Send this study's statements to the LRS the data folder's ``progress.db`` is set
        up for (``spotit lrs configure``), with that secret; whether one is set up.

        Opt-in, per study: a study's database queues nothing for an LRS until this is
        called, and then only under participant codes. Its settings are copied into the
        study's database (so its outbox can be sent on its own); the secret stays the one
        file beside ``progress.db``.
        """
        main = None if self.data_dir is None else Path(self.data_dir) / "progress.db"
        if main is None or not main.is_file():
            return False
        school = Progress(main)
        try:
            settings, secret_path = school.lrs_settings(), school.lrs_secret_path
        finally:
            school.close()
        if settings is None:  # the school forgot its LRS: so does the study
            if self.progress.lrs_settings() is not None:
                self.progress.set_lrs_settings(None)
            return False
        if self.progress.lrs_settings() != settings:
            self.progress.set_lrs_settings(settings)
        self.progress.lrs_secret_path = secret_path
        return True

    def close(self) -> None:
        self.pack.close()
        self.progress.close()


def _now_text(clock: Clock) -> str:
    value = clock()
    when = value if isinstance(value, datetime) else moment(value)
    if when is None:
        raise StudyError(f"The clock gave {value!r}, which is not a moment.")
    return iso_of(when)


class ParticipantSession:
    """One participant taking the study: what comes next, and their answers."""

    def __init__(self, desk: StudyDesk, participant: Participant) -> None:
        self.desk = desk
        self.participant = participant
        learner = Learner(participant.learner_id, participant.code)
        #: The participant's own Practice on the study's pack (checks get their row).
        self.practice = Practice(desk.progress, learner, {desk.pack.meta.id: desk.pack}, desk.clock)

    @property
    def _code(self) -> str:
        return self.participant.code

    # -- what comes next ---------------------------------------------------------------
    def next_step(self) -> Step:
        """What the participant does now, decided from what is stored.

        Starts a session (with its first check run, in one transaction) when it is open,
        notes the ones passed over as missed, finishes a session whose parts are all
        done. Calling it twice gives the same step.
        """
        desk, now = self.desk, self.practice.now()
        stored = {s.number: s for s in desk.progress.study_sessions(self._code)}
        if 1 not in stored:
            return self._start(desk.sessions[0], now)
        current = next(
            (
                s
                for s in desk.sessions
                if stored.get(s.number, None) is not None and stored[s.number].status == OPEN
            ),
            None,
        )
        if current is not None:
            return self._continue(current, stored[current.number])
        opens = desk.opens(self.participant)
        open_now = [s for s in desk.sessions if s.number not in stored and opens[s.number] <= now]
        if open_now:
            latest = open_now[-1]
            for s in open_now[:-1]:
                desk.progress.miss_study_session(self._code, s.number, day=s.day)
            return self._start(latest, now)
        finished = [stored[n] for n in sorted(stored) if stored[n].status == FINISHED]
        last = finished[-1] if finished else None
        ahead = [s for s in desk.sessions if s.number not in stored]
        if last is not None and last.finished_at:
            done_at = moment(last.finished_at)
            if done_at is not None and day_start(done_at, 0) == day_start(now, 0):
                following = [s for s in ahead if s.number > last.number]
                return SessionDone(
                    last.number,
                    last.completion_code or "",
                    opens[following[0].number] if following else None,
                )
        if ahead:
            return NotYet(ahead[0].number, opens[ahead[0].number])
        return StudyComplete(last.completion_code if last is not None else None)

    def _start(self, planned: SessionPlan, now: datetime) -> Step:
        articles = self._choose_articles(planned)
        waves = planned.waves

        def start_check() -> None:  # inside the session's transaction
            if planned.wave is not None:
                self._run(planned.wave)

        self.desk.progress.start_study_session(
            self._code,
            planned.number,
            day=planned.day,
            started_at=iso_of(now),
            articles=articles,
            then=start_check if waves else None,
        )
        stored = next(
            s for s in self.desk.progress.study_sessions(self._code) if s.number == planned.number
        )
        return self._continue(planned, stored)

    def _run(self, wave: str) -> CheckRun:
        try:
            return self.practice.start_check(
                self.desk.pack.meta.id,
                self.desk.check.id,
                wave=wave,
                row=self.participant.arm_index,
            )
        except PracticeError as exc:
            raise StudyError(f"{self._code}: {exc}") from None

    def _continue(self, planned: SessionPlan, stored: StudySessionRecord) -> Step:
        # The parts in order: the wave that opens it, practice, the post-check.
        parts: list[Callable[[], Step | None]] = []
        if planned.wave is not None:
            parts.append(lambda: self._check_part(planned.number, str(planned.wave)))
        if planned.practice:
            parts.append(lambda: self._practice_part(planned.number, stored))
        if planned.post:
            parts.append(lambda: self._check_part(planned.number, POST))
        for part in parts:
            step = part()
            if step is not None:
                return step
        code = completion_code(self.desk.study, self._code, planned.number)
        now_text = self.practice.now_text()
        self.desk.progress.finish_study_session(
            self._code, planned.number, finished_at=now_text, completion_code=code
        )
        later = [s for s in self.desk.sessions if s.number > planned.number]
        opens = self.desk.opens(self.participant)
        return SessionDone(planned.number, code, opens[later[0].number] if later else None)

    def _check_part(self, session: int, wave: str) -> CheckStep | None:
        runs = self.desk.progress.check_runs(
            self.participant.learner_id, identity(self.desk.pack), self.desk.check.id
        )
        taken = next((r for r in runs if r.wave == wave), None)
        if taken is not None and taken.finished_at is not None:
            return None
        run = self._run(wave)
        if run.complete:  # every item answered before a restart: close it now
            self.practice.finish_check(run)
            return None
        return CheckStep(session, wave, run)

    def _practice_part(self, session: int, stored: StudySessionRecord) -> PracticeStep | None:
        kind = self.participant.arm.practice
        articles = stored.articles
        if kind == READ:
            done = {
                r.article_id
                for r in self.desk.progress.readings(self._code)
                if r.session == session and r.finished_at is not None
            }
        else:
            since = moment(stored.started_at)
            done = {
                a.article_id
                for a in self.desk.progress.attempts(
                    self.participant.learner_id, self.desk.pack.meta.id
                )
                if since is not None and (moment(a.submitted_at) or since) >= since
            }
        for index, article_id in enumerate(articles, start=1):
            if article_id not in done:
                return PracticeStep(
                    session, kind, self.desk.pack.meta.id, article_id, index, len(articles)
                )
        return None

    def _choose_articles(self, planned: SessionPlan) -> list[str]:
        """The session's practice articles, chosen when it starts."""
        if not planned.practice:
            return []
        desk, arm, size = self.desk, self.participant.arm, self.desk.study.practice_articles
        if arm.practice == READ:
            before = {r.article_id for r in desk.progress.readings(self._code)}
        else:
            before = {a.article_id for a in desk.progress.attempts(self.participant.learner_id)}
        if arm.articles:
            return [a for a in arm.articles if a not in before][:size]
        if arm.practice == READ:
            credible = [s.meta.id for s in desk.pack.articles() if s.meta.kind == "credible"]
            _seeded(desk.study.seed, self._code, "read").shuffle(credible)
            return [a for a in credible if a not in before][:size]
        chosen = self.practice.todays_practice(size)
        return [i.article_id for i in chosen.items if i.pack_id == desk.pack.meta.id][:size]

    # -- the participant's actions -------------------------------------------------------
    def _expect(self, step: CheckStep | PracticeStep) -> Step:
        current = self.next_step()
        same = (
            isinstance(step, CheckStep)
            and isinstance(current, CheckStep)
            and (current.session, current.wave) == (step.session, step.wave)
        ) or (isinstance(step, PracticeStep) and current == step)
        if not same:
            raise StudyError(
                translate("Study", "{code}: that is not the step the participant is on").format(
                    code=self._code
                )
            )
        return current

    def answer(self, step: CheckStep, item_id: str, rating: int, rt_ms: int) -> Step:
        """Keep one rating (its own transaction); the run is finished after its last item.
        The next step."""
        current = self._expect(step)
        assert isinstance(current, CheckStep)
        try:
            run = self.practice.answer(current.run, item_id, rating, rt_ms)
            if run.complete:
                self.practice.finish_check(run)
        except PracticeError as exc:
            raise StudyError(f"{self._code}: {exc}") from None
        return self.next_step()

    def begin_reading(self, step: PracticeStep) -> None:
        """Note that the participant began reading the step's article (read arm)."""
        self._reading(step)
        self.desk.progress.record_reading(
            self._code, step.session, step.article_id, started_at=self.practice.now_text()
        )

    def finish_reading(self, step: PracticeStep, seconds: int) -> Step:
        """Keep the reading as done, with the seconds spent on it; the next step."""
        self._reading(step)
        if isinstance(seconds, bool) or not isinstance(seconds, int) or seconds < 0:
            raise StudyError(f"{self._code}: reading time is whole seconds, not {seconds!r}")
        now = self.practice.now()
        # Begun when begin_reading said (kept); without it, ``seconds`` before now.
        self.desk.progress.record_reading(
            self._code,
            step.session,
            step.article_id,
            started_at=iso_of(now - timedelta(seconds=seconds)),
            finished_at=iso_of(now),
            seconds=seconds,
        )
        return self.next_step()

    def _reading(self, step: PracticeStep) -> None:
        if step.kind != READ:
            raise StudyError(f"{self._code}: this arm flags its articles; it does not read them")
        self._expect(step)


__all__ = [
    "CheckStep",
    "NotYet",
    "Participant",
    "ParticipantSession",
    "PracticeStep",
    "SessionDone",
    "Step",
    "StudyComplete",
    "StudyDesk",
    "StudyError",
    "planned_sessions",
    "study_database",
]
