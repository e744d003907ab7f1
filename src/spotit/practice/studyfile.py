"""The study file of research mode: a TOML file that says what a study is.

A study (docs/research-mode.md) names its pack and check, a seed, its arms and its
schedule of sessions, and optionally one completion code per session. This module reads
and validates the file (every problem with its file and line, never a traceback) and
holds the pure functions of a study that the desk (``spotit.practice.study``), the
export and the simulation share: the sessions and their waves, participant codes, the
arm of each enrolment place (permuted blocks) and the completion codes.

Nothing here touches the database or the pack: the one rule that needs the pack (the
waves must not exceed the check's forms) is :func:`schedule_problems`, called once the
pack is open.
"""

from __future__ import annotations

import base64
import hashlib
import random
import re
import tomllib
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from spotit.content.frontmatter import Problem, _bidi_message, _toml_line, as_written, bidi_controls
from spotit.core.taxonomy import ITEM_ID
from spotit.practice.checks import MAX_DELAY, POST, PRE, delayed

#: ``Problem.kind`` of a study file's problems; ``field`` is the key at fault ("schedule.delays").
STUDY = "study"
#: A study file is a few hundred bytes; anything past this is refused unread.
MAX_STUDY_BYTES = 1_000_000
#: A study or arm id: it names the study's database and export, so it is a safe file name.
STUDY_ID = re.compile(r"[a-z0-9][a-z0-9-]{0,59}")
FLAG, READ = "flag", "read"
PRACTICES = (FLAG, READ)
MAX_ARMS = 20
MAX_PRACTICE_ARTICLES = 50
MAX_ARM_ARTICLES = 1000
MAX_CODE = 40
#: The most forms a check may have (``spotit.content.checks.MAX_FORMS``), so the most waves.
MAX_WAVES = 26
#: The longest each text field may be, in characters.
LIMITS = {"title": 200, "name": 120, "pack": 500}

TOP_KEYS = ("id", "title", "pack", "check", "seed", "schedule", "arms", "completion", "lrs")
SCHEDULE_KEYS = ("post", "delays", "practice_articles", "practice_days")
ARM_KEYS = ("id", "name", "practice", "articles", "investigate")
COMPLETION_KEYS = ("codes",)
#: The pack a study uses when its file names none.
DEFAULT_PACK = "starter"

#: Participant codes: no letters or digits that read alike (0/O, 1/I/L, 2/Z, 5/S, 6/G, 8/B).
CODE_ALPHABET = "ACDEFHJKMNPRTUVWXY3479"
CODE_LENGTH = 6
_BARE_KEY = re.compile(r"[A-Za-z0-9_-]{1,60}")
_TYPED_CODE = re.compile(rf"([{CODE_ALPHABET}]{{3}})-?([{CODE_ALPHABET}]{{3}})")


class StudyFileError(Exception):
    """The study file cannot be used; the message is its first problem, one line
    ("study.toml:12: schedule.delays: ...")."""


@dataclass(frozen=True)
class Arm:
    """One arm of a study: what its participants do in their practice sessions.

    ``practice`` is "flag" (flag red flags with feedback, as in the app) or "read"
    (read credible articles, no flagging, no feedback). ``articles``: the arm's practice
    articles in order, or None for the default choice (docs/research-mode.md).
    ``investigate``: a "flag" arm's reader offers the investigation pane on a pack with
    source pages (off unless the study says so, so arms differ only by what it says).
    """

    id: str
    name: str
    practice: str
    articles: tuple[str, ...] | None = None
    investigate: bool = False


@dataclass(frozen=True)
class SessionPlan:
    """One session of a study, the same for every participant.

    ``day``: days after session 1; ``wave``: the check wave that opens it ("pre",
    "delayed-7") or None; ``practice``: a practice part follows; ``post``: the immediate
    post-check ends it (session 1 only).
    """

    number: int
    day: int
    wave: str | None
    practice: bool
    post: bool

    @property
    def waves(self) -> tuple[str, ...]:
        """The check waves of this session, in the order they are taken."""
        return tuple(w for w in (self.wave, POST if self.post else None) if w)


@dataclass(frozen=True)
class Study:
    """A study as its file says (read by :func:`read_study`).

    ``delays`` and ``practice_days`` are sorted; ``codes`` is one completion code per
    session, or None when they are derived (:func:`completion_code`); ``source_text``
    is the file as read, kept in the study's database and export.
    """

    id: str
    title: str
    pack: str
    check: str
    seed: int
    post: bool
    delays: tuple[int, ...]
    practice_articles: int
    practice_days: tuple[int, ...]
    arms: tuple[Arm, ...]
    codes: tuple[str, ...] | None
    source_text: str
    path: Path | None = None
    #: Send the study's statements to the school's LRS (``spotit lrs configure``), under
    #: participant codes only (``lrs = true``; off by default).
    lrs: bool = False

    @property
    def sessions(self) -> tuple[SessionPlan, ...]:
        """The sessions in order: one per day of {0} ∪ practice days ∪ delays.

        Session 1 (day 0) is the pre-check, practice if 0 is a practice day, then the
        post-check if ``post``; a later day is its delayed check (if a delay), then
        practice (if a practice day).
        """
        days = sorted({0, *self.practice_days, *self.delays})
        practice_on = self.practice_articles > 0
        return tuple(
            SessionPlan(
                number,
                day,
                PRE if day == 0 else delayed(day) if day in self.delays else None,
                practice_on and day in self.practice_days,
                day == 0 and self.post,
            )
            for number, day in enumerate(days, start=1)
        )

    @property
    def waves(self) -> tuple[str, ...]:
        """Every check wave of the study in the order participants take them."""
        return tuple(w for s in self.sessions for w in s.waves)

    def arm(self, arm_id: str) -> Arm | None:
        """The arm with that id, or None."""
        return next((a for a in self.arms if a.id == arm_id), None)


# -- reading -----------------------------------------------------------------------------


class _Where:
    """The line each key of a study file sits on, for its problems.

    Knows ``[table]`` and ``[[array]]`` headers; a key not written (or written in a way
    it does not follow, such as an inline table) is placed at its table's header.
    """

    _HEADER = re.compile(r"^\s*(\[\[?)\s*([A-Za-z0-9_.-]+)\s*\]")

    def __init__(self, text: str) -> None:
        self.lines = text.split("\n")  # lines as TOML counts them
        self.headers: list[tuple[int, str]] = []
        for i, line in enumerate(self.lines):
            match = self._HEADER.match(line)
            if match:
                self.headers.append((i, match.group(2)))

    def _span(self, table: str | None, index: int) -> tuple[int, int] | None:
        if table is None:
            end = self.headers[0][0] if self.headers else len(self.lines)
            return 0, end
        heads = [i for i, name in self.headers if name == table]
        if index >= len(heads):
            return None
        start = heads[index]
        later = [i for i, _ in self.headers if i > start]
        return start, later[0] if later else len(self.lines)

    def of(self, key: str | None, table: str | None = None, index: int = 0) -> int:
        """The 1-based line of ``key`` in ``table`` (its ``index``-th, for an array)."""
        span = self._span(table, index)
        if span is None:  # written inline (schedule = {...}): the line naming the table
            return self.of(table) if table else 1
        start, end = span
        if key is not None:
            pattern = re.compile(rf"^\s*[\"']?{re.escape(key)}[\"']?\s*[=.]")
            for i in range(start, end):
                if pattern.match(self.lines[i]):
                    return i + 1
        if table is None:
            if key is not None:  # a top-level table given as [table]
                heads = [i for i, name in self.headers if name == key]
                if heads:
                    return heads[0] + 1
            return 1
        return start + 1


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _ids(text: str) -> str:
    """An id as quoted in a message, cut short (it may be anything the file holds)."""
    return repr(text[:60])


def study_problems(text: str, name: str) -> list[Problem]:
    """Every problem of a study file's ``text``, each naming ``name`` and a line.

    The rule that needs the pack (waves against the check's forms) is left to
    :func:`schedule_problems`.
    """
    return _read(text, name, None)[1]


def _read(text: str, name: str, path: Path | None) -> tuple[Study | None, list[Problem]]:
    problems: list[Problem] = []

    def problem(line: int | None, field: str, message: str) -> None:
        problems.append(
            Problem(name, line, f"{field}: {message}" if field else message, STUDY, field)
        )

    if len(text.encode("utf-8", "surrogatepass")) > MAX_STUDY_BYTES:
        problem(None, "", f"the file is larger than {MAX_STUDY_BYTES} bytes: a study file is short")
        return None, problems
    source = text
    text = as_written(text)
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        problem(_toml_line(exc) or 1, "", f"not valid TOML: {exc}")
        return None, problems
    where = _Where(text)

    def unknown(table: dict, allowed: Sequence[str], field: str, at, what: str) -> None:
        for key in table:
            if key not in allowed:
                listed = ", ".join(allowed)
                # A key may be any quoted string: shown escaped and cut short if odd.
                shown = key if _BARE_KEY.fullmatch(key) else _ids(key)
                problem(at(key), f"{field}{shown}", f"unknown key: {what} has {listed}")

    def bidi(value: str, line: int, field: str) -> bool:
        found = bidi_controls(value)
        for _, char in found:
            problem(line, field, _bidi_message("the text", char))
        return bool(found)

    def text_of(table: dict, key: str, line: int, field: str, limit: int, default=None) -> str:
        value = table.get(key, default)
        if value is None:
            problem(line, field, "missing: give it as text")
            return ""
        if not isinstance(value, str) or not value.strip():
            problem(line, field, "must be non-empty text")
            return ""
        if bidi(value, line, field):
            return ""
        if len(value) > limit:
            problem(line, field, f"is longer than {limit} characters")
            return ""
        if any(unicodedata.category(c) in ("Cc", "Zl", "Zp") for c in value):
            problem(line, field, "holds a line break or control character: write one line")
            return ""
        return value.strip()

    def id_of(table: dict, line: int, field: str) -> str:
        value = table.get("id")
        if value is None:
            problem(line, field, "missing")
            return ""
        if not isinstance(value, str):
            problem(line, field, "must be text")
            return ""
        if bidi(value, line, field):
            return ""
        if not STUDY_ID.fullmatch(value):
            problem(
                line,
                field,
                f"{_ids(value)} is not an id: up to 60 lower-case letters, digits and dashes,"
                " starting with a letter or digit",
            )
            return ""
        return value

    unknown(data, TOP_KEYS, "", where.of, "a study file")

    # -- the study ------------------------------------------------------------------
    study_id = id_of(data, where.of("id"), "id")
    title = text_of(data, "title", where.of("title"), "title", LIMITS["title"])
    pack = text_of(data, "pack", where.of("pack"), "pack", LIMITS["pack"], DEFAULT_PACK)
    check = data.get("check")
    if check is None:
        problem(1, "check", "missing: name a check of the pack")
        check = ""
    elif not isinstance(check, str) or bidi(check, where.of("check"), "check"):
        if not isinstance(check, str):
            problem(where.of("check"), "check", "must be text: a check id of the pack")
        check = ""
    elif not ITEM_ID.fullmatch(check):
        problem(where.of("check"), "check", f"{_ids(check)} is not a check id")
        check = ""
    seed = data.get("seed")
    if seed is None:
        problem(1, "seed", "missing: a whole number that makes assignment reproducible")
        seed = 0
    elif not _is_int(seed) or seed < 0:
        problem(where.of("seed"), "seed", "must be a whole number, 0 or more")
        seed = 0

    lrs = data.get("lrs", False)
    if not isinstance(lrs, bool):
        problem(where.of("lrs"), "lrs", "must be true or false")
        lrs = False

    # -- the schedule ---------------------------------------------------------------
    schedule = data.get("schedule")
    post, delays, articles, practice_days = False, (), 0, ()
    if schedule is None:
        problem(1, "schedule", "missing: add a [schedule] table")
    elif not isinstance(schedule, dict):
        problem(where.of("schedule"), "schedule", "must be a [schedule] table")
    else:

        def at(key: str) -> int:
            return where.of(key, "schedule")

        unknown(schedule, SCHEDULE_KEYS, "schedule.", at, "[schedule]")
        for key in SCHEDULE_KEYS:
            if key not in schedule:
                problem(at(key), f"schedule.{key}", "missing")
        raw = schedule.get("post")
        if raw is not None and not isinstance(raw, bool):
            problem(at("post"), "schedule.post", "must be true or false")
        post = raw is True
        delays = _days(schedule, "delays", 1, at, problem) or ()
        practice_days = _days(schedule, "practice_days", 0, at, problem) or ()
        raw = schedule.get("practice_articles")
        if raw is not None:
            if not _is_int(raw) or not 0 <= raw <= MAX_PRACTICE_ARTICLES:
                problem(
                    at("practice_articles"),
                    "schedule.practice_articles",
                    f"must be a whole number from 0 to {MAX_PRACTICE_ARTICLES}",
                )
            else:
                articles = raw
                if raw == 0 and practice_days:
                    problem(
                        at("practice_articles"),
                        "schedule.practice_articles",
                        "is 0 but practice_days lists days: give the number of practice"
                        " articles, or practice_days = []",
                    )
        waves = 1 + post + len(delays)
        if waves > MAX_WAVES:
            problem(
                at("delays"),
                "schedule.delays",
                f"this schedule needs {waves} check waves; a check has at most {MAX_WAVES} forms",
            )

    # -- the arms -------------------------------------------------------------------
    arms: list[Arm] = []
    raw_arms = data.get("arms")
    sessions_with_practice = len(practice_days) if articles > 0 else 0
    if raw_arms is None:
        problem(1, "arms", "missing: add two or more [[arms]] tables")
    elif not isinstance(raw_arms, list) or not all(isinstance(a, dict) for a in raw_arms):
        problem(where.of("arms"), "arms", "must be [[arms]] tables")
    elif len(raw_arms) < 2:
        problem(where.of("arms"), "arms", "a study needs at least 2 arms")
    elif len(raw_arms) > MAX_ARMS:
        problem(where.of("arms"), "arms", f"more than {MAX_ARMS} arms")
    else:
        seen: dict[str, int] = {}
        for n, table in enumerate(raw_arms):

            def at(key: str | None, n: int = n) -> int:
                return where.of(key, "arms", n)

            label = f"arms[{n + 1}]"
            unknown(table, ARM_KEYS, f"{label}.", at, "an arm")
            arm_id = id_of(table, at("id"), f"{label}.id")
            if arm_id:
                if arm_id in seen:
                    problem(at("id"), f"{label}.id", f"{arm_id!r} is also arm {seen[arm_id]}'s id")
                else:
                    seen[arm_id] = n + 1
                label = f"arm {arm_id}"
            arm_name = text_of(table, "name", at("name"), f"{label}.name", LIMITS["name"])
            practice = table.get("practice")
            if practice not in PRACTICES:
                problem(at("practice"), f"{label}.practice", 'must be "flag" or "read"')
                practice = ""
            chosen = _arm_articles(
                table, at("articles"), f"{label}.articles", articles * sessions_with_practice,
                problem, bidi,
            )  # fmt: skip
            investigate = table.get("investigate", False)
            if not isinstance(investigate, bool):
                problem(at("investigate"), f"{label}.investigate", "must be true or false")
                investigate = False
            elif investigate and practice == "read":
                problem(
                    at("investigate"),
                    f"{label}.investigate",
                    'is for a "flag" arm: a reading arm has no investigation pane',
                )
            arms.append(Arm(arm_id, arm_name, practice, chosen, investigate))

    # -- completion codes -----------------------------------------------------------
    codes: tuple[str, ...] | None = None
    completion = data.get("completion")
    n_sessions = len({0, *practice_days, *delays})
    if completion is not None:
        if not isinstance(completion, dict):
            problem(where.of("completion"), "completion", "must be a [completion] table")
        else:

            def at(key: str) -> int:
                return where.of(key, "completion")

            unknown(completion, COMPLETION_KEYS, "completion.", at, "[completion]")
            codes = _codes(completion, at("codes"), n_sessions, problem, bidi)

    if problems:
        return None, problems
    return (
        Study(
            study_id,
            title,
            pack,
            check,
            seed,
            post,
            delays,
            articles,
            practice_days,
            tuple(arms),
            codes,
            source,
            path,
            lrs,
        ),
        problems,
    )


def _days(schedule: dict, key: str, low: int, at, problem) -> tuple[int, ...] | None:
    """A schedule's list of distinct days from ``low`` to 365, sorted; None if wrong."""
    raw = schedule.get(key)
    if raw is None:
        return None
    field = f"schedule.{key}"
    if not isinstance(raw, list) or not all(_is_int(d) for d in raw):
        problem(at(key), field, f"must be a list of whole numbers of days ({low} to {MAX_DELAY})")
        return None
    bad = [d for d in raw if not low <= d <= MAX_DELAY]
    if bad:
        problem(at(key), field, f"{bad[0]} is out of range: days run from {low} to {MAX_DELAY}")
        return None
    twice = next((d for i, d in enumerate(raw) if d in raw[:i]), None)
    if twice is not None:
        problem(at(key), field, f"lists day {twice} twice")
        return None
    return tuple(sorted(raw))


def _arm_articles(
    table: dict, line: int, field: str, needed: int, problem, bidi
) -> tuple[str, ...] | None:
    raw = table.get("articles")
    if raw is None:
        return None
    if not isinstance(raw, list) or not raw or not all(isinstance(a, str) for a in raw):
        problem(line, field, 'must be a non-empty list of article ids, like ["a-id", "b-id"]')
        return None
    if len(raw) > MAX_ARM_ARTICLES:
        problem(line, field, f"lists more than {MAX_ARM_ARTICLES} articles")
        return None
    for article in raw:
        if bidi(article, line, field):
            return None
        if not ITEM_ID.fullmatch(article):
            problem(line, field, f"{_ids(article)} is not an article id")
            return None
    twice = next((a for i, a in enumerate(raw) if a in raw[:i]), None)
    if twice is not None:
        problem(line, field, f"lists {twice!r} twice: a participant reads each article once")
        return None
    if len(raw) < needed:
        problem(
            line,
            field,
            f"lists {len(raw)} articles; the schedule's practice sessions need {needed}"
            " (practice_articles in each)",
        )
        return None
    return tuple(raw)


def _codes(completion: dict, line: int, sessions: int, problem, bidi) -> tuple[str, ...] | None:
    raw = completion.get("codes")
    field = "completion.codes"
    if raw is None:
        problem(line, field, "missing: list one code per session, or leave out [completion]")
        return None
    if not isinstance(raw, list) or not all(isinstance(c, str) for c in raw):
        problem(line, field, 'must be a list of codes, like ["C7Q2-PRE", "C7Q2-D7"]')
        return None
    if len(raw) != sessions:
        problem(
            line,
            field,
            f"lists {len(raw)} codes; the schedule has {sessions} session"
            f"{'s' if sessions != 1 else ''}: give one code per session",
        )
        return None
    for n, code in enumerate(raw, start=1):
        if bidi(code, line, field):
            return None
        if not 1 <= len(code) <= MAX_CODE or not code.isprintable() or code != code.strip():
            problem(
                line,
                field,
                f"code {n} must be 1 to {MAX_CODE} printable characters, without spaces around it",
            )
            return None
    return tuple(raw)


def study_from_text(text: str, path: Path | str | None = None) -> Study:
    """The study ``text`` says; ``path`` names it in messages and resolves its pack.

    Raises :class:`StudyFileError` with the first problem.
    """
    name = str(path) if path is not None else "study.toml"
    study, problems = _read(text, name, Path(path) if path is not None else None)
    if study is None:
        raise StudyFileError(str(problems[0]))
    return study


def read_study(path: Path | str) -> Study:
    """Read the study file at ``path``; :class:`StudyFileError` names its first problem."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > MAX_STUDY_BYTES:
            raise StudyFileError(
                f"{path}: the file is larger than {MAX_STUDY_BYTES} bytes: a study file is short"
            )
        raw = path.read_bytes()
    except OSError as exc:
        raise StudyFileError(f"{path}: cannot be read: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise StudyFileError(
            f"{path}: not UTF-8 text (byte {exc.start}): save it as UTF-8"
        ) from None
    return study_from_text(text, path)


def schedule_problems(study: Study, forms: Sequence[str]) -> list[str]:
    """What is wrong with the study's schedule for a check with ``forms`` (one line each).

    A participant takes each form once, so the waves must not outnumber the forms.
    """
    waves = study.waves
    if len(waves) <= len(forms):
        return []
    name = str(study.path) if study.path is not None else "study.toml"
    line = _Where(as_written(study.source_text)).of("delays", "schedule")
    return [
        f"{name}:{line}: schedule: the check {study.check} has {len(forms)} form"
        f"{'s' if len(forms) != 1 else ''}; this schedule needs {len(waves)}"
        f" ({', '.join(waves)})"
    ]


# -- participants -------------------------------------------------------------------------


def participant_code(rng: random.Random) -> str:
    """A fresh anonymous participant code, "K7M-R4X", drawn with ``rng``."""
    chars = "".join(rng.choice(CODE_ALPHABET) for _ in range(CODE_LENGTH))
    return f"{chars[:3]}-{chars[3:]}"


def normal_code(typed: str) -> str | None:
    """A code as typed back ("k7m-r4x", "K7MR4X", spaces around) in its stored form
    "K7M-R4X"; None if it cannot be a participant code."""
    if not isinstance(typed, str):
        return None
    match = _TYPED_CODE.fullmatch(typed.strip().upper())
    return f"{match.group(1)}-{match.group(2)}" if match else None


def _seeded(text: str) -> random.Random:
    return random.Random(int.from_bytes(hashlib.sha256(text.encode("utf-8")).digest(), "big"))


def arm_for(study: Study, position: int) -> Arm:
    """The arm of the participant enrolled ``position``-th (from 0): permuted blocks.

    Block ``position // len(arms)`` is the arms shuffled by a generator seeded with
    sha256 of "<seed>:<block>"; the participant gets its ``position % len(arms)``-th arm.
    Every complete block has each arm once, so arm sizes never differ by more than 1.
    """
    if position < 0:
        raise ValueError("an enrolment position counts from 0")
    k = len(study.arms)
    block = list(study.arms)
    _seeded(f"{study.seed}:{position // k}").shuffle(block)
    return block[position % k]


def completion_code(study: Study, participant_code: str, session_number: int) -> str:
    """The code shown at the end of session ``session_number`` (from 1).

    The study's own code for that session if its file gives codes; otherwise derived:
    the first 8 characters of base32(sha256("<study id>:<seed>:<participant code>:<n>")),
    shown "XXXX-XXXX", so a researcher can check a code a participant hands in.
    """
    if not 1 <= session_number <= len(study.sessions):
        raise ValueError(f"the study {study.id} has no session {session_number}")
    if study.codes is not None:
        return study.codes[session_number - 1]
    text = f"{study.id}:{study.seed}:{participant_code}:{session_number}"
    digest = base64.b32encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii")
    return f"{digest[:4]}-{digest[4:8]}"


def study_summary(study: Study, forms: Sequence[str]) -> str:
    """ "2 arms, 3 sessions, check discernment with forms A, B, C": a study at a glance."""
    n = len(study.sessions)
    return (
        f"{len(study.arms)} arms, {n} session{'s' if n != 1 else ''},"
        f" check {study.check} with forms {', '.join(forms)}"
    )
