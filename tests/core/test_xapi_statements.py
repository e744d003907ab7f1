"""The xAPI statements SpotIt queues for a school's LRS (spotit.core.xapi, docs/xapi.md):
ids that make sending twice harmless, actors that never leak an e-mail address, values
in range, text kept as data, and a validator that catches each malformed shape."""

from __future__ import annotations

import copy
import json
import re
import uuid
from datetime import UTC, datetime, timedelta, timezone

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from spotit.core import xapi

SCHOOL = xapi.LrsSettings(
    "https://lrs.school.example/xAPI/", "spotit-lab", "https://school.example"
)
HERE = "3f0b8c1e-5a2d-4c7b-9e61-2d4f7a9c0b15"
THERE = "9d2a7e44-1b3c-4f5e-8a6b-7c8d9e0f1a2b"
AT = "2026-03-04T13:05:00+00:00"


def attempted(**changes) -> dict:
    values = dict(
        installation=HERE,
        attempt_id=42,
        actor=xapi.actor_for_learner("Robin Example", SCHOOL),
        pack_id="starter",
        pack_title="Starter pack",
        pack_version="1.3.0",
        article_id="herbal-tea-flu",
        headline="Herbal Tea Cures Flu Overnight",
        kind="misinformation",
        learner_score=73,
        spotted_f1=0.8125,
        named_f1=0.625,
        seconds_spent=245,
        hints_used=1,
        submitted_at=AT,
    )
    values.update(changes)
    return xapi.attempted_statement(**values)


def every_kind(installation: str = HERE, actor: dict | None = None) -> list[dict]:
    """One statement of each kind, all about the same (invented) learner."""
    actor = actor or xapi.actor_for_learner("Robin Example", SCHOOL)
    return [
        attempted(installation=installation, actor=actor),
        xapi.completed_practice_statement(
            installation=installation,
            set_id=17,
            actor=actor,
            pack_id="starter",
            articles=5,
            finished_at=AT,
        ),
        xapi.answered_item_statement(
            installation=installation,
            answer_id=311,
            actor=actor,
            pack_id="starter",
            check_id="discernment",
            form="B",
            item_id="b07",
            truth="misleading",
            rating=2,
            rt_ms=4370,
            answered_at=AT,
        ),
        xapi.completed_check_statement(
            installation=installation,
            wave_id=23,
            actor=actor,
            pack_id="starter",
            check_id="discernment",
            wave="pre",
            form="B",
            measures={"n_misleading": 8, "n_credible": 8, "d_prime": 1.2, "c": None, "V": 12},
            finished_at=AT,
        ),
        xapi.joined_class_statement(
            installation=installation,
            session_code="12-ABC234",
            actor=actor,
            pack_id="starter",
            joined_at=AT,
        ),
        xapi.submitted_class_statement(
            installation=installation,
            session_code="12-ABC234",
            actor=actor,
            pack_id="starter",
            article_id="herbal-tea-flu",
            learner_score=88,
            spotted_f1=0.9,
            named_f1=0.75,
            submitted_at=AT,
            student_key="s3",
        ),
    ]


# --- ids --------------------------------------------------------------------------


def test_a_statement_id_is_the_documented_uuid5():
    namespace = uuid.uuid5(uuid.NAMESPACE_URL, "urn:spotit:xapi")
    expected = str(uuid.uuid5(namespace, f"{HERE}/attempted/42"))
    assert xapi.statement_id(HERE, "attempted", "42") == expected
    assert attempted()["id"] == expected
    assert uuid.UUID(expected).version == 5


def test_the_same_event_always_makes_the_same_statement():
    # A retry after a lost reply builds the statement again: same id, same content.
    assert [s["id"] for s in every_kind()] == [s["id"] for s in every_kind()]
    assert every_kind() == every_kind()


def test_another_installation_makes_other_ids_for_the_same_local_ids():
    here, there = every_kind(HERE), every_kind(THERE)
    for a, b in zip(here, there, strict=True):
        assert a["id"] != b["id"]


def test_every_kind_of_statement_has_its_own_ids():
    ids = [s["id"] for s in every_kind()]
    assert len(set(ids)) == len(ids)
    # The same local id (1) in each kind never gives the same statement id.
    assert len({xapi.statement_id(HERE, kind, "1") for kind in xapi.KINDS}) == len(xapi.KINDS)


def test_another_attempt_or_student_or_article_is_another_statement():
    assert attempted(attempt_id=42)["id"] != attempted(attempt_id=43)["id"]

    def submitted(session, key, article):
        return xapi.submitted_class_statement(
            installation=HERE,
            session_code=session,
            actor=xapi.actor_for_learner("Sam", SCHOOL),
            pack_id="starter",
            article_id=article,
            learner_score=50,
            spotted_f1=0.5,
            named_f1=0.5,
            submitted_at=AT,
            student_key=key,
        )["id"]

    ids = {
        submitted("12-A", "s1", "a1"),
        submitted("12-A", "s2", "a1"),
        submitted("12-A", "s1", "a2"),
    }
    assert len(ids) == 3
    # Parts of a composite id cannot run into each other through a "/".
    assert submitted("a/b", "c", "d") != submitted("a", "b/c", "d")


def test_two_students_joining_one_session_are_two_statements():
    def joined(name):
        return xapi.joined_class_statement(
            installation=HERE,
            session_code="12-ABC234",
            actor=xapi.actor_for_learner(name, SCHOOL),
            pack_id="starter",
            joined_at=AT,
        )

    assert joined("Sam")["id"] != joined("Alex")["id"]
    assert joined("Sam")["id"] == joined("Sam")["id"]


NO_SURROGATES = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=30)


@given(NO_SURROGATES, NO_SURROGATES)
def test_distinct_article_ids_give_distinct_activity_ids_that_are_iris(a, b):
    iri_a, iri_b = xapi.article_iri("pack", a), xapi.article_iri("pack", b)
    assert xapi.is_iri(iri_a) and xapi.is_iri(iri_b)
    assert (iri_a == iri_b) == (a == b)
    assert xapi.article_iri(a, "x") != xapi.article_iri("x", a) or a == "x"


# --- values -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("seconds", "text"),
    [
        (0, "PT0S"),
        (-3, "PT0S"),
        (float("nan"), "PT0S"),
        (5, "PT5S"),
        (60, "PT1M"),
        (65, "PT1M5S"),
        (245, "PT4M5S"),
        (3600, "PT1H"),
        (3723, "PT1H2M3S"),
        (2.35, "PT2.35S"),
        (4.37, "PT4.37S"),
        (0.004, "PT0S"),
        (90000, "PT25H"),
    ],
)
def test_durations_are_iso_8601_to_the_hundredth(seconds, text):
    assert xapi.iso_duration(seconds) == text


def _seconds(duration: str) -> float:
    match = re.fullmatch(r"PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?", duration)
    assert match, duration
    hours, minutes, secs = (float(g) if g else 0.0 for g in match.groups())
    return hours * 3600 + minutes * 60 + secs


@given(st.floats(min_value=0, max_value=10**6, allow_nan=False))
def test_a_duration_reads_back_as_its_seconds_to_the_hundredth(seconds):
    assert _seconds(xapi.iso_duration(seconds)) == pytest.approx(seconds, abs=0.0051)


def test_an_attempt_and_a_check_answer_carry_their_durations():
    assert attempted(seconds_spent=65)["result"]["duration"] == "PT1M5S"
    answered = every_kind()[2]
    assert answered["result"]["duration"] == "PT4.37S"
    assert answered["result"]["extensions"]["urn:spotit:extension:response-time-ms"] == 4370


@given(
    st.integers(min_value=-1000, max_value=1000),
    st.floats(allow_nan=True),
    st.floats(allow_nan=True),
)
def test_scores_stay_in_range_whatever_they_are_given(points, spotted, named):
    statement = attempted(learner_score=points, spotted_f1=spotted, named_f1=named)
    score = statement["result"]["score"]
    assert 0 <= score["scaled"] <= 1
    assert score["min"] == 0 and score["max"] == 100 and 0 <= score["raw"] <= 100
    assert score["scaled"] == score["raw"] / 100
    for key in ("spotted-f1", "named-f1"):
        value = statement["result"]["extensions"].get(f"urn:spotit:extension:{key}")
        assert value is None or 0 <= value <= 1  # NaN is left out, never sent
    assert xapi.validate_statement(statement) is None


def test_a_score_in_range_is_sent_as_given():
    score = attempted(learner_score=73)["result"]["score"]
    assert score == {"scaled": 0.73, "raw": 73, "min": 0, "max": 100}
    assert attempted(learner_score=100)["result"]["score"]["scaled"] == 1.0
    assert attempted(learner_score=0)["result"]["score"]["scaled"] == 0.0


@pytest.mark.parametrize(
    ("truth", "rating", "success"),
    [
        ("misleading", 1, True),
        ("misleading", 3, True),
        ("misleading", 4, False),
        ("credible", 3, False),
        ("credible", 4, True),
        ("credible", 6, True),
    ],  # fmt: skip
)
def test_a_check_answer_succeeds_when_the_rating_judges_the_item_right(truth, rating, success):
    statement = xapi.answered_item_statement(
        installation=HERE,
        answer_id=1,
        actor=xapi.actor_for_learner("Robin", SCHOOL),
        pack_id="starter",
        check_id="c",
        form="A",
        item_id="i1",
        truth=truth,
        rating=rating,
        rt_ms=1200,
        answered_at=AT,
    )
    assert statement["result"]["success"] is success
    assert statement["result"]["response"] == str(rating)
    assert statement["object"]["definition"]["interactionType"] == "likert"
    assert [c["id"] for c in statement["object"]["definition"]["scale"]] == [
        "1",
        "2",
        "3",
        "4",
        "5",
        "6",
    ]


def test_a_finished_wave_sends_each_measure_it_has_and_leaves_out_the_rest():
    statement = xapi.completed_check_statement(
        installation=HERE,
        wave_id=5,
        actor=xapi.actor_for_learner("Robin", SCHOOL),
        pack_id="starter",
        check_id="c",
        wave="delayed-7",
        form="A",
        measures={
            "n_misleading": 4,
            "n_credible": 0,
            "hit_rate": 0.875,
            "false_alarm_rate": None,
            "d_prime": float("nan"),
            "V": 3,
        },  # fmt: skip
        finished_at=AT,
    )
    extensions = statement["result"]["extensions"]
    assert extensions == {
        "urn:spotit:extension:measure:n-misleading": 4,
        "urn:spotit:extension:measure:n-credible": 0,
        "urn:spotit:extension:measure:hit-rate": 0.875,
        "urn:spotit:extension:measure:V": 3,
    }
    assert statement["result"]["score"] == {"scaled": 0.75, "raw": 3, "min": 0, "max": 4}
    assert statement["context"]["extensions"] == {
        "urn:spotit:extension:check-wave": "delayed-7",
        "urn:spotit:extension:check-form": "A",
    }
    assert xapi.validate_statement(statement) is None


def test_a_class_submission_without_a_score_has_no_score_and_stays_valid():
    statement = xapi.submitted_class_statement(
        installation=HERE,
        session_code="12-A",
        actor=xapi.actor_for_learner("Sam", SCHOOL),
        pack_id="starter",
        article_id="a1",
        learner_score=None,
        spotted_f1=None,
        named_f1=None,
        submitted_at=AT,
        student_key="s1",
    )
    assert "result" not in statement
    assert xapi.validate_statement(statement) is None


def test_timestamps_keep_their_offset_and_old_local_stamps_get_one():
    assert (
        attempted(submitted_at="2026-03-04T14:05:00+01:00")["timestamp"]
        == "2026-03-04T14:05:00+01:00"
    )
    aware = datetime(2026, 3, 4, 13, 5, tzinfo=timezone(timedelta(hours=-5)))
    assert attempted(submitted_at=aware)["timestamp"] == "2026-03-04T13:05:00-05:00"
    naive = attempted(submitted_at="2026-03-04T13:05:00")["timestamp"]
    assert datetime.fromisoformat(naive).tzinfo is not None
    with pytest.raises(ValueError):
        attempted(submitted_at="yesterday")


def test_a_language_that_is_not_a_tag_becomes_undetermined():
    statement = attempted(language="")
    assert statement["context"]["language"] == "und"
    assert statement["object"]["definition"]["name"] == {"und": "Herbal Tea Cures Flu Overnight"}
    assert attempted(language="pt-BR")["context"]["language"] == "pt-BR"
    assert attempted(language="zh-Hant-TW")["context"]["language"] == "zh-Hant-TW"
    # Shaped like a pack's tag but not a BCP 47 one: an LRS would refuse the statement.
    for odd in ("en-a", "en-1", "de-CH-", "english"):
        assert attempted(language=odd)["context"]["language"] in ("und", odd)
        assert xapi.validate_statement(attempted(language=odd)) is None
    assert attempted(language="en-a")["context"]["language"] == "und"


# --- actors -----------------------------------------------------------------------


def test_a_learner_is_an_account_on_the_schools_homepage():
    assert xapi.actor_for_learner("Robin Example", SCHOOL) == {
        "objectType": "Agent",
        "account": {"homePage": "https://school.example", "name": "Robin Example"},
    }
    slash = xapi.LrsSettings("https://lrs.example/xAPI/", "k", "https://school.example/")
    assert xapi.actor_for_learner("Robin", slash)["account"]["homePage"] == "https://school.example"


def test_no_email_address_identifies_anyone_unless_the_school_asks():
    name = "robin@school.example"
    for statement in every_kind(actor=xapi.actor_for_learner(name, SCHOOL)):
        assert "mbox" not in json.dumps(statement) and "mailto:" not in json.dumps(statement)
        assert statement["actor"]["account"]["name"] == name
    with_email = xapi.LrsSettings(SCHOOL.endpoint, SCHOOL.key, SCHOOL.homepage, use_email=True)
    assert xapi.actor_for_learner(name, with_email) == {
        "objectType": "Agent",
        "mbox": "mailto:robin@school.example",
    }
    # A name that is not an address stays an account even then.
    assert "account" in xapi.actor_for_learner("Robin Example", with_email)
    for statement in every_kind(actor=xapi.actor_for_learner(name, with_email)):
        assert xapi.validate_statement(statement) is None


def test_a_research_participant_is_their_code_on_the_participants_page():
    for homepage in ("https://school.example", "https://school.example/"):
        research = xapi.LrsSettings("https://lrs.example/xAPI/", "k", homepage, use_email=True)
        assert xapi.actor_for_participant("P-7K2Q", research) == {
            "objectType": "Agent",
            "account": {"homePage": "https://school.example/participants", "name": "P-7K2Q"},
        }
    for statement in every_kind(actor=xapi.actor_for_participant("P-7K2Q", SCHOOL)):
        assert xapi.validate_statement(statement) is None
        assert "Robin" not in json.dumps(statement)


@pytest.mark.parametrize("blank", ["", "   ", "\t\n"])
def test_a_blank_name_or_code_is_refused(blank):
    with pytest.raises(ValueError):
        xapi.actor_for_learner(blank, SCHOOL)
    with pytest.raises(ValueError):
        xapi.actor_for_participant(blank, SCHOOL)


def test_every_statement_names_only_its_own_actor():
    for statement in every_kind(actor=xapi.actor_for_learner("Sam Student", SCHOOL)):
        text = json.dumps(statement)
        assert text.count("Sam Student") == 1
        assert '"name": "Sam Student"' in json.dumps(statement["actor"])
        # The host's key for the student only makes the id.
        assert '"s3"' not in text


# --- hostile text -----------------------------------------------------------------

HOSTILE = [
    "<script>alert('x')</script>",
    "<img src=x onerror=alert(1)>",
    '"}], "actor": {"mbox": "mailto:evil@example.com"}, "x": [{"',
    '=HYPERLINK("http://evil.example","click")',
    "Robert'); DROP TABLE attempts;--",
    "\u202eevil\u202c right-to-left",
    "nul \x00 and bell \x07",
    "Zalgo z̸̢̛a̴l̷g̵o̶",
    "emoji 🧪 and ̈combining",
    "x" * 5000,
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_headlines_titles_and_names_stay_data(text):
    actor = xapi.actor_for_learner(text, SCHOOL)
    statement = attempted(actor=actor, headline=text, pack_title=text, kind=text, pack_version=text)
    assert xapi.validate_statement(statement) is None
    travelled = json.loads(json.dumps(statement, ensure_ascii=False).encode("utf-8"))
    assert travelled == statement
    assert travelled["object"]["definition"]["name"]["en"] == text.strip()
    assert (
        travelled["context"]["contextActivities"]["parent"][0]["definition"]["name"]["en"]
        == text.strip()
    )
    assert travelled["actor"] == {
        "objectType": "Agent",
        "account": {"homePage": "https://school.example", "name": text.strip()},
    }
    assert set(travelled) == {"id", "actor", "verb", "object", "result", "context", "timestamp"}


@pytest.mark.parametrize("text", HOSTILE[:6])
def test_hostile_ids_make_valid_distinct_activity_ids(text):
    statement = attempted(pack_id=text, article_id=text)
    assert xapi.validate_statement(statement) is None
    assert xapi.is_iri(statement["object"]["id"])
    assert (
        statement["object"]["id"] != attempted(pack_id=text, article_id=text + "x")["object"]["id"]
    )


def test_a_lone_surrogate_becomes_a_replacement_character():
    statement = attempted(
        headline="bad \ud800 text", actor=xapi.actor_for_learner("Sam \udfff", SCHOOL)
    )
    assert statement["object"]["definition"]["name"]["en"] == "bad \ufffd text"
    assert statement["actor"]["account"]["name"] == "Sam \ufffd"
    json.dumps(statement, ensure_ascii=False).encode("utf-8")  # would raise with a surrogate
    assert xapi.validate_statement(statement) is None


@settings(max_examples=150)
@given(st.text(max_size=200), st.text(max_size=40), st.text(max_size=40))
def test_any_text_makes_a_valid_statement_or_a_clear_refusal(headline, name, article_id):
    try:
        actor = xapi.actor_for_learner(name, SCHOOL)
    except ValueError:
        assert not name.strip()
        return
    for statement in (
        attempted(actor=actor, headline=headline, article_id=article_id or "a"),
        xapi.submitted_class_statement(
            installation=HERE,
            session_code=name,
            actor=actor,
            pack_id="starter",
            article_id=article_id or "a",
            learner_score=10,
            spotted_f1=0.1,
            named_f1=0.0,
            submitted_at=AT,
            student_key=name,
        ),
    ):
        assert xapi.validate_statement(statement) is None


# --- validate_statement -----------------------------------------------------------


def test_every_statement_the_builders_make_is_valid():
    for statement in every_kind():
        assert xapi.validate_statement(statement) is None


def _broken(change) -> dict:
    statement = copy.deepcopy(every_kind()[2])  # the richest shape: an interaction
    change(statement)
    return statement


def _set(path: str, value):
    def change(statement):
        *parents, last = path.split(".")
        target = statement
        for key in parents:
            target = target[int(key)] if key.isdigit() else target[key]
        target[int(last) if last.isdigit() else last] = value

    return change


def _delete(path: str):
    def change(statement):
        *parents, last = path.split(".")
        target = statement
        for key in parents:
            target = target[key]
        del target[last]

    return change


MALFORMED = [
    ("id missing", _delete("id"), "id"),
    ("actor missing", _delete("actor"), "actor"),
    ("verb missing", _delete("verb"), "verb"),
    ("object missing", _delete("object"), "object"),
    ("id not a UUID", _set("id", "attempt-42"), "id"),
    ("id in capitals", _set("id", str(uuid.uuid4()).upper()), "id"),
    ("actor not an object", _set("actor", "Robin"), "actor"),
    ("actor two identifiers", _set("actor.mbox", "mailto:robin@school.example"), "actor"),
    ("actor no identifier", _delete("actor.account"), "actor"),
    ("actor a Group", _set("actor.objectType", "Group"), "actor.objectType"),
    (
        "account homePage not an IRI",
        _set("actor.account.homePage", "school.example"),
        "actor.account.homePage",
    ),
    ("account name empty", _set("actor.account.name", ""), "actor.account.name"),
    ("account name a number", _set("actor.account.name", 7), "actor.account.name"),
    ("account extra key", _set("actor.account.email", "x@y.example"), "actor.account"),
    (
        "mbox without mailto",
        lambda s: s.update(actor={"mbox": "robin@school.example"}),
        "actor.mbox",
    ),
    ("verb id not an IRI", _set("verb.id", "answered"), "verb.id"),
    (
        "verb id with a space",
        _set("verb.id", "http://adlnet.gov/expapi/verbs/ans wered"),
        "verb.id",
    ),
    (
        "verb display not a language tag",
        _set("verb.display", {"english!": "answered"}),
        "verb.display",
    ),
    ("verb display empty text", _set("verb.display", {"en-US": ""}), "verb.display.en-US"),
    ("object id with a space", _set("object.id", "urn:spotit:check item"), "object.id"),
    ("object id bad percent", _set("object.id", "urn:spotit:check%zz"), "object.id"),
    ("object a StatementRef", _set("object.objectType", "StatementRef"), "object.objectType"),
    (
        "object definition type not an IRI",
        _set("object.definition.type", "likert question"),
        "object.definition.type",
    ),
    (
        "object definition unknown key",
        _set("object.definition.colour", "red"),
        "object.definition.colour",
    ),
    (
        "interaction type unknown",
        _set("object.definition.interactionType", "slider"),
        "object.definition.interactionType",
    ),
    ("scale ids repeat", _set("object.definition.scale.1.id", "1"), "object.definition.scale"),
    (
        "scale id with a space",
        _set("object.definition.scale.0.id", "one two"),
        "object.definition.scale[0].id",
    ),
    ("extension key not an IRI", _set("result.extensions", {"rt-ms": 10}), "result.extensions"),
    (
        "definition extension key not an IRI",
        _set("object.definition.extensions", {"truth": "x"}),
        "object.definition.extensions",
    ),
    (
        "context extension key not an IRI",
        _set("context.extensions", {"form": "B"}),
        "context.extensions",
    ),
    ("scaled score above 1", _set("result.score", {"scaled": 1.5}), "result.score.scaled"),
    (
        "raw score above max",
        _set("result.score", {"raw": 101, "min": 0, "max": 100}),
        "result.score.raw",
    ),
    ("min above max", _set("result.score", {"min": 10, "max": 0}), "result.score"),
    ("score a string", _set("result.score", {"scaled": "0.5"}), "result.score.scaled"),
    ("score not a number", _set("result.score", {"scaled": float("nan")}), "statement"),
    ("success not a boolean", _set("result.success", "yes"), "result.success"),
    ("duration in words", _set("result.duration", "4 seconds"), "result.duration"),
    ("duration without T", _set("result.duration", "P4S"), "result.duration"),
    ("result unknown key", _set("result.grade", "A"), "result.grade"),
    ("timestamp without offset", _set("timestamp", "2026-03-04T13:05:00"), "timestamp"),
    ("timestamp not a moment", _set("timestamp", "last Tuesday"), "timestamp"),
    ("context language not a tag", _set("context.language", "english please"), "context.language"),
    ("context language a lone singleton", _set("context.language", "en-a"), "context.language"),
    ("context registration not a UUID", _set("context.registration", "12"), "context.registration"),
    (
        "context parent with a bad id",
        _set("context.contextActivities.parent.0.id", "not an iri"),
        "context.contextActivities.parent[0].id",
    ),
    ("context unknown key", _set("context.room", "B12"), "context.room"),
    ("empty string", _set("context.platform", ""), "context.platform"),
    ("empty object", _set("result", {}), "result"),
    ("null", _set("context.revision", None), "context.revision"),
    ("unknown top-level key", _set("learner", "Robin"), "learner"),
    ("version not 1.0.x", _set("version", "2.0.0"), "version"),
    (
        "lone surrogate",
        _set("object.definition.extensions", {"urn:spotit:extension:truth": "\ud800"}),
        "statement",
    ),
    ("not JSON", _set("result.extensions", {"urn:spotit:extension:x": {1, 2}}), "statement"),
]


@pytest.mark.parametrize(("what", "change", "where"), MALFORMED, ids=[m[0] for m in MALFORMED])
def test_validate_statement_names_the_first_problem(what, change, where):
    problem = xapi.validate_statement(_broken(change))
    assert problem is not None, what
    assert problem.startswith(where + ":"), problem
    assert "\n" not in problem and len(problem) < 200


@pytest.mark.parametrize("value", [None, [], "statement", 42, [every_kind()[0]]])
def test_validate_statement_refuses_what_is_not_a_statement(value):
    assert xapi.validate_statement(value) == "statement: not a JSON object"


def test_extensions_may_hold_empty_and_null_values():
    # As xAPI (and Ralph) allow: only outside extensions are empty values refused.
    statement = _broken(
        _set("result.extensions", {"urn:spotit:extension:note": "", "urn:spotit:extension:x": None})
    )
    assert xapi.validate_statement(statement) is None


@pytest.mark.parametrize("stamp", ["2026-03-04T13:05:00Z", "2026-03-04T13:05:00.123+05:30"])
def test_timestamps_with_z_or_fractions_are_valid(stamp):
    assert xapi.validate_statement(_broken(_set("timestamp", stamp))) is None


def test_builders_never_set_what_the_lrs_sets():
    for statement in every_kind():
        assert not {"stored", "authority", "version"} & set(statement)


def test_the_timestamp_is_the_moment_given_not_now():
    statement = attempted(submitted_at="2020-01-01T00:00:00+00:00")
    assert statement["timestamp"] == "2020-01-01T00:00:00+00:00"
    assert datetime.fromisoformat(statement["timestamp"]) < datetime.now(UTC)
