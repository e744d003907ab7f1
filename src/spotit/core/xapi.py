"""xAPI statements: what SpotIt tells a school's Learning Record Store (docs/xapi.md).

Pure data, no I/O: each builder returns a plain dict ready for JSON, valid for xAPI
1.0.3 (and for Ralph's models, which also refuse empty strings and objects outside
extensions). ``spotit.store.progress`` queues them in an outbox in the same transaction
as what they describe, ``spotit.practice`` and ``spotit.classroom`` build them, and
``spotit.interop.lrs`` sends them. docs/xapi.md is the profile: every statement with a
complete example, which ``tests/core/test_xapi_profile.py`` checks against these builders.

Ids are deterministic (:func:`statement_id`): the same attempt on the same installation
always makes the same statement id, so sending twice never counts twice, and two lab
machines' "attempt 1" never collide. Nothing here reads a clock: every moment is given.
"""

from __future__ import annotations

import json
import math
import re
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import quote

from spotit.core.progress import moment

#: The xAPI version SpotIt speaks (the ``X-Experience-API-Version`` header).
XAPI_VERSION = "1.0.3"
#: The one base of SpotIt's own IRIs: activities, activity types and extensions.
SPOTIT_IRI = "urn:spotit:"
#: The namespace of statement ids (``uuid5(NAMESPACE, "installation/kind/local id")``).
NAMESPACE = uuid.uuid5(uuid.NAMESPACE_URL, "urn:spotit:xapi")
#: ``context.platform`` of every statement.
PLATFORM = "SpotIt"
#: The language of SpotIt's own names (a practice set, a class session); verbs' display
#: names are in "en-US", as the ADL registry gives them.
OWN_LANGUAGE = "en"

# Statement kinds: the middle part of a statement id, and the outbox's ``kind`` column.
ATTEMPTED = "attempted"
COMPLETED_PRACTICE = "completed-practice"
ANSWERED = "answered"
COMPLETED_CHECK = "completed-check"
JOINED = "joined"
SUBMITTED = "submitted"
KINDS = (ATTEMPTED, COMPLETED_PRACTICE, ANSWERED, COMPLETED_CHECK, JOINED, SUBMITTED)

# Verbs: ADL's (the ones cmi5 uses too), and Activity Streams' for the class session.
VERB_ATTEMPTED = "http://adlnet.gov/expapi/verbs/attempted"
VERB_COMPLETED = "http://adlnet.gov/expapi/verbs/completed"
VERB_ANSWERED = "http://adlnet.gov/expapi/verbs/answered"
VERB_JOINED = "http://activitystrea.ms/schema/1.0/join"
VERB_SUBMITTED = "http://activitystrea.ms/schema/1.0/submit"
VERB_NAMES = {
    VERB_ATTEMPTED: "attempted",
    VERB_COMPLETED: "completed",
    VERB_ANSWERED: "answered",
    VERB_JOINED: "joined",
    VERB_SUBMITTED: "submitted",
}

# Activity types, all from the ADL vocabulary.
TYPE_COURSE = "http://adlnet.gov/expapi/activities/course"  # a pack
TYPE_PERFORMANCE = "http://adlnet.gov/expapi/activities/performance"  # an article
TYPE_MODULE = "http://adlnet.gov/expapi/activities/module"  # a practice set
TYPE_ASSESSMENT = "http://adlnet.gov/expapi/activities/assessment"  # a check
TYPE_INTERACTION = "http://adlnet.gov/expapi/activities/cmi.interaction"  # a check item
TYPE_MEETING = "http://adlnet.gov/expapi/activities/meeting"  # a class session

# SpotIt's extensions (docs/xapi.md, "Extensions").
EXT = SPOTIT_IRI + "extension:"
EXT_SPOTTED_F1 = EXT + "spotted-f1"
EXT_NAMED_F1 = EXT + "named-f1"
EXT_HINTS_USED = EXT + "hints-used"
EXT_ARTICLE_KIND = EXT + "article-kind"
EXT_ARTICLES = EXT + "articles"
EXT_TRUTH = EXT + "truth"
EXT_RESPONSE_TIME_MS = EXT + "response-time-ms"
EXT_CHECK_FORM = EXT + "check-form"
EXT_CHECK_WAVE = EXT + "check-wave"
EXT_MEASURE = EXT + "measure:"  # + the measure's name, "_" written "-": measure:d-prime

#: The check's 6-point scale (``spotit.practice.checks.RATINGS``), as a likert scale.
LIKERT_SCALE = (
    ("1", "Sure not credible"),
    ("2", "Probably not credible"),
    ("3", "Maybe not credible"),
    ("4", "Maybe credible"),
    ("5", "Probably credible"),
    ("6", "Sure credible"),
)
#: Ratings up to this one judge the item not credible (as ``spotit.core.measures``).
NOT_CREDIBLE_UP_TO = 3


@dataclass(frozen=True)
class LrsSettings:
    """Where a school's LRS is and how SpotIt names learners there (the secret is kept
    apart, beside the progress database: ``Progress.lrs_secret``).

    ``endpoint`` is the xAPI base without ``statements`` (``http://127.0.0.1:8100/xAPI/``);
    ``key`` the Basic-auth user; ``homepage`` the school's account homePage IRI. With
    ``use_email`` a learner whose profile name is an e-mail address is sent as that
    address (``mbox``); without it (the default) never.
    """

    endpoint: str
    key: str
    homepage: str
    use_email: bool = False
    batch: int = 50


# --- actors and ids ---------------------------------------------------------------

_EMAIL = re.compile(
    r"^[^@\s<>()\[\]\\,;:\"]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)+$"
)


_SURROGATE = re.compile("[\ud800-\udfff]")


def _clean(text: str) -> str:
    """Text that can be sent as UTF-8: a lone surrogate becomes U+FFFD; the rest stays."""
    return _SURROGATE.sub("\ufffd", text)


def actor_for_learner(learner_name: str, settings: LrsSettings) -> dict:
    """The learner's profile as an Agent: an account on the school's homepage, named as
    the profile is. An e-mail address (``mbox``) only when ``settings.use_email`` is set
    and the profile name is one. Raises ValueError for a blank name."""
    name = _clean(learner_name).strip()
    if not name:
        raise ValueError("a learner's name is needed for an xAPI actor")
    if settings.use_email and _EMAIL.match(name):
        return {"objectType": "Agent", "mbox": "mailto:" + name}
    return {"objectType": "Agent", "account": {"homePage": _homepage(settings), "name": name}}


def actor_for_participant(code: str, settings: LrsSettings) -> dict:
    """A research participant as an Agent: the participant code as the account name on
    ``<homepage>/participants``. Never an e-mail address, whatever the settings say."""
    name = _clean(code).strip()
    if not name:
        raise ValueError("a participant code is needed for an xAPI actor")
    return {
        "objectType": "Agent",
        "account": {"homePage": _homepage(settings) + "/participants", "name": name},
    }


def _homepage(settings: LrsSettings) -> str:
    return settings.homepage.strip().rstrip("/")


def statement_id(installation: str, kind: str, local_id: str) -> str:
    """The statement's id: ``uuid5(NAMESPACE, "installation/kind/local_id")``.

    ``installation`` is the progress database's own UUID, ``kind`` one of :data:`KINDS`,
    ``local_id`` what the statement describes there (an attempt's id, ...).
    """
    return str(uuid.uuid5(NAMESPACE, f"{installation}/{kind}/{local_id}"))


def _part(value: object) -> str:
    """One part of an IRI or a composite id: percent-encoded, so "/" and spaces in an
    author's ids can neither break the IRI nor make two ids the same."""
    return quote(_clean(str(value)), safe="-._~")


def pack_iri(pack_id: str) -> str:
    return f"{SPOTIT_IRI}pack:{_part(pack_id)}"


def article_iri(pack_id: str, article_id: str) -> str:
    return f"{SPOTIT_IRI}article:{_part(pack_id)}/{_part(article_id)}"


def check_iri(pack_id: str, check_id: str) -> str:
    return f"{SPOTIT_IRI}check:{_part(pack_id)}/{_part(check_id)}"


def check_item_iri(pack_id: str, check_id: str, item_id: str) -> str:
    return f"{SPOTIT_IRI}check-item:{_part(pack_id)}/{_part(check_id)}/{_part(item_id)}"


def practice_set_iri(installation: str, set_id: object) -> str:
    return f"{SPOTIT_IRI}practice-set:{_part(installation)}/{_part(set_id)}"


def class_session_iri(installation: str, session_code: str) -> str:
    return f"{SPOTIT_IRI}class-session:{_part(installation)}/{_part(session_code)}"


# --- values -----------------------------------------------------------------------


def iso_duration(seconds: float) -> str:
    """An ISO 8601 duration to the hundredth of a second xAPI keeps: 65 -> "PT1M5S",
    2.35 -> "PT2.35S", 3723 -> "PT1H2M3S", 0 (or less, or not a number) -> "PT0S"."""
    if not isinstance(seconds, int | float) or not math.isfinite(seconds) or seconds <= 0:
        return "PT0S"
    hundredths = round(seconds * 100)
    hours, rest = divmod(hundredths, 360_000)
    minutes, rest = divmod(rest, 6_000)
    whole, frac = divmod(rest, 100)
    text = "PT"
    if hours:
        text += f"{hours}H"
    if minutes:
        text += f"{minutes}M"
    if whole or frac or text == "PT":
        text += f"{whole}.{frac:02d}".rstrip("0").rstrip(".") + "S"
    return text


def timestamp(at: str | datetime) -> str:
    """A moment as ISO 8601 with its offset (a stored moment, or an aware datetime)."""
    value = at if isinstance(at, datetime) else moment(at)
    if value is None:
        raise ValueError(f"not a moment: {at!r}")
    if value.tzinfo is None:
        value = value.astimezone()
    return value.isoformat()


def _unit(value: float | None) -> float | None:
    """A fraction kept in 0..1, to four places (None stays None)."""
    if value is None or not isinstance(value, int | float) or not math.isfinite(value):
        return None
    return round(min(1.0, max(0.0, float(value))), 4)


def _score(points: int) -> dict:
    raw = max(0, min(100, int(points)))
    return {"scaled": round(raw / 100, 4), "raw": raw, "min": 0, "max": 100}


def _verb(iri: str) -> dict:
    return {"id": iri, "display": {"en-US": VERB_NAMES[iri]}}


def _activity(iri: str, kind: str, name: str = "", language: str = OWN_LANGUAGE) -> dict:
    definition: dict = {"type": kind}
    name = _clean(name).strip()
    if name:
        definition["name"] = {language: name}
    return {"objectType": "Activity", "id": iri, "definition": definition}


def _context(
    *,
    parent: list[dict] | None = None,
    grouping: list[dict] | None = None,
    language: str = OWN_LANGUAGE,
    revision: str = "",
    extensions: dict | None = None,
) -> dict:
    context: dict = {"platform": PLATFORM, "language": language}
    if revision.strip():
        context["revision"] = _clean(revision).strip()
    activities = {}
    if parent:
        activities["parent"] = parent
    if grouping:
        activities["grouping"] = grouping
    if activities:
        context["contextActivities"] = activities
    if extensions:
        context["extensions"] = extensions
    return context


def _packs(pack_id: str, title: str = "", language: str = OWN_LANGUAGE) -> list[dict]:
    """The pack as a context activity (a course), or none when its id is not known."""
    if not str(pack_id).strip():
        return []
    return [_activity(pack_iri(pack_id), TYPE_COURSE, title, language)]


def _local(*parts: object) -> str:
    return "/".join(_part(p) for p in parts)


def _actor_key(actor: Mapping) -> str:
    """What tells an actor apart, for a statement id: its account (or mbox)."""
    account = actor.get("account")
    if isinstance(account, Mapping):
        return f"{account.get('homePage', '')}#{account.get('name', '')}"
    return str(actor.get("mbox") or actor.get("openid") or actor.get("mbox_sha1sum") or "")


# --- statements -------------------------------------------------------------------


def attempted_statement(
    *,
    installation: str,
    attempt_id: int | str,
    actor: dict,
    pack_id: str,
    pack_title: str,
    pack_version: str,
    article_id: str,
    headline: str,
    kind: str,
    learner_score: int,
    spotted_f1: float,
    named_f1: float,
    seconds_spent: int,
    hints_used: int,
    submitted_at: str | datetime,
    language: str = "en",
) -> dict:
    """The learner *attempted* an article: submitted their flags and got a score.

    The result has the learner score (0–100, scaled 0–1), the published spotted and named
    F1 as extensions, the time spent and the hints used; the flags themselves (and their
    notes) are never sent. ``kind`` is the article's kind ("misinformation", "credible"
    ...); ``language`` the pack's, for the headline's and the title's language maps
    ("und", undetermined, when it is not a language tag).
    """
    language = language.strip() if isinstance(language, str) else ""
    if not _LANGUAGE.match(language):
        language = "und"
    result: dict = {
        "score": _score(learner_score),
        "completion": True,
        "duration": iso_duration(seconds_spent),
        "extensions": _without_none(
            {
                EXT_SPOTTED_F1: _unit(spotted_f1),
                EXT_NAMED_F1: _unit(named_f1),
                EXT_HINTS_USED: max(0, int(hints_used)),
            }
        ),
    }
    article = _activity(article_iri(pack_id, article_id), TYPE_PERFORMANCE, headline, language)
    if str(kind).strip():
        article["definition"]["extensions"] = {EXT_ARTICLE_KIND: _clean(str(kind)).strip()}
    return {
        "id": statement_id(installation, ATTEMPTED, _local(attempt_id)),
        "actor": actor,
        "verb": _verb(VERB_ATTEMPTED),
        "object": article,
        "result": result,
        "context": _context(
            parent=_packs(pack_id, pack_title, language),
            language=language,
            revision=pack_version,
        ),
        "timestamp": timestamp(submitted_at),
    }


def completed_practice_statement(
    *,
    installation: str,
    set_id: int | str,
    actor: dict,
    pack_id: str,
    articles: int,
    finished_at: str | datetime,
) -> dict:
    """The learner *completed* today's practice set: ``articles`` articles of a pack."""
    return {
        "id": statement_id(installation, COMPLETED_PRACTICE, _local(set_id)),
        "actor": actor,
        "verb": _verb(VERB_COMPLETED),
        "object": _activity(
            practice_set_iri(installation, set_id), TYPE_MODULE, "Today's practice"
        ),
        "result": {"completion": True, "extensions": {EXT_ARTICLES: max(0, int(articles))}},
        "context": _context(parent=_packs(pack_id)),
        "timestamp": timestamp(finished_at),
    }


def answered_item_statement(
    *,
    installation: str,
    answer_id: int | str,
    actor: dict,
    check_id: str,
    form: str,
    item_id: str,
    truth: str,
    rating: int,
    rt_ms: int,
    answered_at: str | datetime,
    pack_id: str = "",
) -> dict:
    """The learner *answered* one item of a check: a rating on the 6-point scale.

    The item is a likert interaction; ``truth`` ("credible" or "misleading") is kept in
    its definition, ``success`` says whether the rating judged it right (1–3: not
    credible), the response time is the duration (and, to the millisecond, an extension).
    The item's text is never sent. ``pack_id`` names the pack the check belongs to.
    """
    rating = int(rating)
    rt_ms = max(0, int(rt_ms))
    item = _activity(check_item_iri(pack_id, check_id, item_id), TYPE_INTERACTION)
    item["definition"].update(
        {
            "interactionType": "likert",
            "scale": [{"id": key, "description": {"en-US": label}} for key, label in LIKERT_SCALE],
            "extensions": {EXT_TRUTH: _clean(str(truth))},
        }
    )
    judged_misleading = rating <= NOT_CREDIBLE_UP_TO
    return {
        "id": statement_id(installation, ANSWERED, _local(answer_id)),
        "actor": actor,
        "verb": _verb(VERB_ANSWERED),
        "object": item,
        "result": {
            "response": str(rating),
            "success": judged_misleading == (truth == "misleading"),
            "duration": iso_duration(rt_ms / 1000),
            "extensions": {EXT_RESPONSE_TIME_MS: rt_ms},
        },
        "context": _context(
            parent=[_activity(check_iri(pack_id, check_id), TYPE_ASSESSMENT)],
            grouping=_packs(pack_id),
            extensions={EXT_CHECK_FORM: _clean(str(form))},
        ),
        "timestamp": timestamp(answered_at),
    }


def completed_check_statement(
    *,
    installation: str,
    wave_id: int | str,
    actor: dict,
    check_id: str,
    wave: str,
    form: str,
    measures: Mapping[str, object],
    finished_at: str | datetime,
    pack_id: str = "",
) -> dict:
    """The learner *completed* a wave of a check (pre, post, delayed-7 ...) on one form.

    Each measure (``Measures.as_dict``: d′, c, AUC, the MIST counts ...) is a result
    extension ``urn:spotit:extension:measure:<name>``; a measure that could not be
    computed (None) is left out. The score is V of the items (judged right).
    """
    extensions: dict = {}
    for name, value in measures.items():
        if value is None or isinstance(value, bool):
            continue
        if isinstance(value, float):
            if not math.isfinite(value):
                continue
            value = round(value, 4)
        elif not isinstance(value, int):
            continue
        extensions[EXT_MEASURE + _part(str(name).replace("_", "-"))] = value
    result: dict = {"completion": True}
    total = _count(measures, "n_misleading") + _count(measures, "n_credible")
    right = _count(measures, "V")
    if total > 0 and 0 <= right <= total:
        result["score"] = {"scaled": round(right / total, 4), "raw": right, "min": 0, "max": total}
    if extensions:
        result["extensions"] = extensions
    return {
        "id": statement_id(installation, COMPLETED_CHECK, _local(wave_id)),
        "actor": actor,
        "verb": _verb(VERB_COMPLETED),
        "object": _activity(check_iri(pack_id, check_id), TYPE_ASSESSMENT),
        "result": result,
        "context": _context(
            parent=_packs(pack_id),
            extensions={EXT_CHECK_WAVE: _clean(str(wave)), EXT_CHECK_FORM: _clean(str(form))},
        ),
        "timestamp": timestamp(finished_at),
    }


def _count(measures: Mapping[str, object], name: str) -> int:
    value = measures.get(name)
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def joined_class_statement(
    *,
    installation: str,
    session_code: str,
    actor: dict,
    pack_id: str,
    joined_at: str | datetime,
) -> dict:
    """A student *joined* a class session.

    ``session_code`` names the session on this installation and must not repeat there:
    the host passes its stored session id with the join code ("12-ABC234"), since a join
    code alone may come back another day.
    """
    return {
        "id": statement_id(installation, JOINED, _local(session_code, _actor_key(actor))),
        "actor": actor,
        "verb": _verb(VERB_JOINED),
        "object": _activity(
            class_session_iri(installation, session_code), TYPE_MEETING, "Class session"
        ),
        "context": _context(parent=_packs(pack_id)),
        "timestamp": timestamp(joined_at),
    }


def submitted_class_statement(
    *,
    installation: str,
    session_code: str,
    actor: dict,
    pack_id: str,
    article_id: str,
    learner_score: int | None,
    spotted_f1: float | None,
    named_f1: float | None,
    submitted_at: str | datetime,
    student_key: str,
) -> dict:
    """A student *submitted* their flags on an article in a class session (also when the
    host took their draft at the reveal). Not made for an absent student.

    ``student_key`` tells the session's students apart (the host's key for the student);
    it is only used for the statement id, never sent.
    """
    result: dict = {}
    if learner_score is not None:
        result["score"] = _score(learner_score)
    extensions = _without_none({EXT_SPOTTED_F1: _unit(spotted_f1), EXT_NAMED_F1: _unit(named_f1)})
    if extensions:
        result["extensions"] = extensions
    statement = {
        "id": statement_id(installation, SUBMITTED, _local(session_code, student_key, article_id)),
        "actor": actor,
        "verb": _verb(VERB_SUBMITTED),
        "object": _activity(article_iri(pack_id, article_id), TYPE_PERFORMANCE),
        "result": result,
        "context": _context(
            parent=[
                _activity(
                    class_session_iri(installation, session_code), TYPE_MEETING, "Class session"
                )
            ],
            grouping=_packs(pack_id),
        ),
        "timestamp": timestamp(submitted_at),
    }
    if not result:
        del statement["result"]
    return statement


def _without_none(values: dict) -> dict:
    return {k: v for k, v in values.items() if v is not None}


# --- validation -------------------------------------------------------------------

_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")
_IRI_BAD = re.compile(r"[\x00-\x20\x7f-\x9f<>\"{}|\\^`]")
_PERCENT = re.compile(r"%(?![0-9A-Fa-f]{2})")
#: RFC 5646's grammar (language, extlangs, script, region, variants, extensions, private
#: use): stricter than a pack's ``LANGUAGE_TAG``, as LRSs check it ("en-a" is not a tag).
_LANGUAGE = re.compile(
    r"^(?:(?:[a-z]{2,3}(?:-[a-z]{3}){0,3}|[a-z]{4,8})(?:-[a-z]{4})?(?:-(?:[a-z]{2}|\d{3}))?"
    r"(?:-(?:[a-z\d]{5,8}|\d[a-z\d]{3}))*(?:-[a-wyz\d](?:-[a-z\d]{2,8})+)*"
    r"(?:-x(?:-[a-z\d]{1,8})+)?|x(?:-[a-z\d]{1,8})+)$",
    re.IGNORECASE,
)
_DURATION = re.compile(
    r"^P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(\.\d+)?S)?)?$"
)
_UUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$")
_STATEMENT_KEYS = {
    "id", "actor", "verb", "object", "result", "context", "timestamp", "stored",
    "authority", "version", "attachments",
}  # fmt: skip
_ACTIVITY_KEYS = {"objectType", "id", "definition"}
_DEFINITION_KEYS = {
    "name", "description", "type", "moreInfo", "extensions", "interactionType",
    "correctResponsesPattern", "choices", "scale", "source", "target", "steps",
}  # fmt: skip
_INTERACTION_TYPES = {
    "true-false", "choice", "fill-in", "long-fill-in", "matching", "performance",
    "sequencing", "likert", "numeric", "other",
}  # fmt: skip
_RESULT_KEYS = {"score", "success", "completion", "response", "duration", "extensions"}
_CONTEXT_KEYS = {
    "registration", "instructor", "team", "contextActivities", "revision", "platform",
    "language", "statement", "extensions",
}  # fmt: skip


class _Invalid(Exception):
    pass


def is_iri(value: object) -> bool:
    """An absolute IRI as xAPI wants one (a scheme, then no spaces, controls or ``<>"{}|\\^```
    characters, every ``%`` followed by two hex digits)."""
    return (
        isinstance(value, str)
        and bool(_SCHEME.match(value))
        and len(value) > len(_SCHEME.match(value).group(0))
        and not _IRI_BAD.search(value)
        and not _PERCENT.search(value)
    )


def validate_statement(statement: object) -> str | None:
    """The first problem that keeps ``statement`` from being a valid xAPI 1.0.3 statement
    SpotIt may send ("actor: missing", "id: not a UUID" ...), or None when there is none.

    Checked before a statement is queued: an id (a UUID), an Agent actor with exactly one
    identifier, a verb and an Activity object with IRIs, result and context in shape, a
    timestamp with its offset, and, as Ralph asks, no empty value outside extensions.
    """
    try:
        _check_statement(statement)
    except _Invalid as problem:
        return str(problem)
    return None


def _fail(where: str, what: str) -> None:
    raise _Invalid(f"{where}: {what}")


def _check_statement(s: object) -> None:
    if not isinstance(s, Mapping):
        _fail("statement", "not a JSON object")
    try:
        json.dumps(s, ensure_ascii=False, allow_nan=False).encode("utf-8")
    except (TypeError, ValueError) as exc:
        _fail("statement", f"not JSON ({str(exc).splitlines()[0][:80]})")
    _no_empty(s, "")
    for key in ("id", "actor", "verb", "object"):
        if key not in s:
            _fail(key, "missing")
    for key in s:
        if key not in _STATEMENT_KEYS:
            _fail(str(key), "not a statement property")
    if not isinstance(s["id"], str) or not _UUID.match(s["id"]):
        _fail("id", "not a UUID")
    _check_agent(s["actor"], "actor")
    _check_verb(s["verb"])
    _check_activity(s["object"], "object")
    if "result" in s:
        _check_result(s["result"])
    if "context" in s:
        _check_context(s["context"])
    if "timestamp" in s:
        _check_timestamp(s["timestamp"], "timestamp")
    if "version" in s and not (
        isinstance(s["version"], str) and re.match(r"^1\.0\.[0-9]+$", s["version"])
    ):
        _fail("version", "not a 1.0.x version")


def _no_empty(value: Mapping, where: str) -> None:
    """Ralph refuses None, "" and {} anywhere but inside extensions."""
    for key, item in value.items():
        here = f"{where}.{key}" if where else str(key)
        if item is None or item == "" or (isinstance(item, Mapping) and not item):
            _fail(here, "empty")
        if isinstance(item, Mapping) and key != "extensions":
            _no_empty(item, here)
        if isinstance(item, list):
            for n, element in enumerate(item):
                if isinstance(element, Mapping):
                    _no_empty(element, f"{here}[{n}]")


def _check_agent(agent: object, where: str) -> None:
    if not isinstance(agent, Mapping):
        _fail(where, "not an Agent object")
    if agent.get("objectType", "Agent") != "Agent":
        _fail(f"{where}.objectType", "not Agent")
    ifis = [k for k in ("mbox", "mbox_sha1sum", "openid", "account") if k in agent]
    if len(ifis) != 1:
        _fail(where, "needs exactly one identifier (mbox, mbox_sha1sum, openid or account)")
    for key in agent:
        if key not in ("objectType", "name", "mbox", "mbox_sha1sum", "openid", "account"):
            _fail(f"{where}.{key}", "not an Agent property")
    if "name" in agent and not _text(agent["name"]):
        _fail(f"{where}.name", "not text")
    if "mbox" in agent:
        mbox = agent["mbox"]
        if (
            not isinstance(mbox, str)
            or not mbox.startswith("mailto:")
            or not _EMAIL.match(mbox[7:])
        ):
            _fail(f"{where}.mbox", "not a mailto: address")
    if "mbox_sha1sum" in agent and not (
        isinstance(agent["mbox_sha1sum"], str)
        and re.match(r"^[0-9a-f]{40}$", agent["mbox_sha1sum"])
    ):
        _fail(f"{where}.mbox_sha1sum", "not a SHA-1 in hex")
    if "openid" in agent and not is_iri(agent["openid"]):
        _fail(f"{where}.openid", "not an IRI")
    if "account" in agent:
        account = agent["account"]
        if not isinstance(account, Mapping):
            _fail(f"{where}.account", "not an object")
        if set(account) != {"homePage", "name"}:
            _fail(f"{where}.account", "needs homePage and name, nothing else")
        if not is_iri(account["homePage"]):
            _fail(f"{where}.account.homePage", "not an IRI")
        if not _text(account["name"]):
            _fail(f"{where}.account.name", "not text")


def _text(value: object) -> bool:
    return isinstance(value, str) and bool(value)


def _check_language_map(value: object, where: str) -> None:
    if not isinstance(value, Mapping):
        _fail(where, "not a language map")
    for tag, text in value.items():
        if not isinstance(tag, str) or not _LANGUAGE.match(tag):
            _fail(where, f"{str(tag)[:20]!r} is not a language tag")
        if not _text(text):
            _fail(f"{where}.{tag}", "not text")


def _check_extensions(value: object, where: str) -> None:
    if not isinstance(value, Mapping):
        _fail(where, "not an object")
    for key in value:
        if not is_iri(key):
            _fail(where, f"{str(key)[:40]!r} is not an IRI")


def _check_verb(verb: object) -> None:
    if not isinstance(verb, Mapping):
        _fail("verb", "not an object")
    if "id" not in verb:
        _fail("verb.id", "missing")
    if not is_iri(verb["id"]):
        _fail("verb.id", "not an IRI")
    for key in verb:
        if key not in ("id", "display"):
            _fail(f"verb.{key}", "not a verb property")
    if "display" in verb:
        _check_language_map(verb["display"], "verb.display")


def _check_activity(activity: object, where: str) -> None:
    if not isinstance(activity, Mapping):
        _fail(where, "not an Activity object")
    if activity.get("objectType", "Activity") != "Activity":
        _fail(f"{where}.objectType", "not Activity (SpotIt sends activities only)")
    if "id" not in activity:
        _fail(f"{where}.id", "missing")
    if not is_iri(activity["id"]):
        _fail(f"{where}.id", "not an IRI")
    for key in activity:
        if key not in _ACTIVITY_KEYS:
            _fail(f"{where}.{key}", "not an Activity property")
    definition = activity.get("definition")
    if definition is None:
        return
    if not isinstance(definition, Mapping):
        _fail(f"{where}.definition", "not an object")
    for key in definition:
        if key not in _DEFINITION_KEYS:
            _fail(f"{where}.definition.{key}", "not a definition property")
    for key in ("name", "description"):
        if key in definition:
            _check_language_map(definition[key], f"{where}.definition.{key}")
    for key in ("type", "moreInfo"):
        if key in definition and not is_iri(definition[key]):
            _fail(f"{where}.definition.{key}", "not an IRI")
    if "extensions" in definition:
        _check_extensions(definition["extensions"], f"{where}.definition.extensions")
    components = [k for k in ("choices", "scale", "source", "target", "steps") if k in definition]
    if (
        components or "correctResponsesPattern" in definition
    ) and "interactionType" not in definition:
        _fail(f"{where}.definition.interactionType", "missing")
    if "interactionType" in definition and definition["interactionType"] not in _INTERACTION_TYPES:
        _fail(f"{where}.definition.interactionType", "not an xAPI interaction type")
    for key in components:
        items = definition[key]
        if not isinstance(items, list):
            _fail(f"{where}.definition.{key}", "not a list")
        ids = []
        for n, item in enumerate(items):
            here = f"{where}.definition.{key}[{n}]"
            if not isinstance(item, Mapping) or not _text(item.get("id")):
                _fail(here, "needs an id")
            if any(c.isspace() for c in item["id"]):
                _fail(f"{here}.id", "has a space")
            if "description" in item:
                _check_language_map(item["description"], f"{here}.description")
            ids.append(item["id"])
        if len(ids) != len(set(ids)):
            _fail(f"{where}.definition.{key}", "ids repeat")


def _number(value: object) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool) and math.isfinite(value)


def _check_result(result: object) -> None:
    if not isinstance(result, Mapping):
        _fail("result", "not an object")
    for key in result:
        if key not in _RESULT_KEYS:
            _fail(f"result.{key}", "not a result property")
    for key in ("success", "completion"):
        if key in result and not isinstance(result[key], bool):
            _fail(f"result.{key}", "not true or false")
    if "response" in result and not _text(result["response"]):
        _fail("result.response", "not text")
    if "duration" in result and not (
        isinstance(result["duration"], str) and _DURATION.match(result["duration"])
    ):
        _fail("result.duration", "not an ISO 8601 duration")
    if "extensions" in result:
        _check_extensions(result["extensions"], "result.extensions")
    if "score" in result:
        score = result["score"]
        if not isinstance(score, Mapping):
            _fail("result.score", "not an object")
        for key in score:
            if key not in ("scaled", "raw", "min", "max"):
                _fail(f"result.score.{key}", "not a score property")
            if not _number(score[key]):
                _fail(f"result.score.{key}", "not a number")
        if "scaled" in score and not -1 <= score["scaled"] <= 1:
            _fail("result.score.scaled", "not between -1 and 1")
        low, high, raw = score.get("min"), score.get("max"), score.get("raw")
        if low is not None and high is not None and low > high:
            _fail("result.score", "min above max")
        if raw is not None and (
            (low is not None and raw < low) or (high is not None and raw > high)
        ):
            _fail("result.score.raw", "outside min..max")


def _check_context(context: object) -> None:
    if not isinstance(context, Mapping):
        _fail("context", "not an object")
    for key in context:
        if key not in _CONTEXT_KEYS:
            _fail(f"context.{key}", "not a context property")
    if "registration" in context and not (
        isinstance(context["registration"], str) and _UUID.match(context["registration"])
    ):
        _fail("context.registration", "not a UUID")
    for key in ("revision", "platform"):
        if key in context and not _text(context[key]):
            _fail(f"context.{key}", "not text")
    if "language" in context and not (
        isinstance(context["language"], str) and _LANGUAGE.match(context["language"])
    ):
        _fail("context.language", "not a language tag")
    if "instructor" in context:
        _check_agent(context["instructor"], "context.instructor")
    if "extensions" in context:
        _check_extensions(context["extensions"], "context.extensions")
    if "contextActivities" in context:
        activities = context["contextActivities"]
        if not isinstance(activities, Mapping):
            _fail("context.contextActivities", "not an object")
        for key, value in activities.items():
            where = f"context.contextActivities.{key}"
            if key not in ("parent", "grouping", "category", "other"):
                _fail(where, "not a context activities property")
            for n, activity in enumerate(value if isinstance(value, list) else [value]):
                _check_activity(activity, f"{where}[{n}]")


def _check_timestamp(value: object, where: str) -> None:
    if not isinstance(value, str):
        _fail(where, "not text")
    try:
        parsed = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        _fail(where, "not an ISO 8601 moment")
    if parsed.tzinfo is None:
        _fail(where, "has no offset")
