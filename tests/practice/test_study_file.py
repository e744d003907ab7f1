"""The study file of research mode: every rule with its file and line, and the pure
functions of a study (sessions, waves, participant codes, arms, completion codes)."""

from __future__ import annotations

import dataclasses
import random
import re
from collections import Counter
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from tests.conftest import ROOT

from spotit.practice.studyfile import (
    CODE_ALPHABET,
    MAX_STUDY_BYTES,
    STUDY,
    Arm,
    SessionPlan,
    Study,
    StudyFileError,
    arm_for,
    completion_code,
    normal_code,
    participant_code,
    read_study,
    schedule_problems,
    study_from_text,
    study_problems,
    study_summary,
)

EXAMPLE = ROOT / "docs" / "examples" / "pilot-study.toml"
NAME = "study.toml"
#: A valid study file, one line per entry (the tests below refer to these line numbers).
BASE = [
    'id = "pilot"',  # 1
    'title = "A pilot"',  # 2
    'pack = "starter"',  # 3
    'check = "discernment"',  # 4
    "seed = 7",  # 5
    "",  # 6
    "[schedule]",  # 7
    "post = true",  # 8
    "delays = [7, 30]",  # 9
    "practice_articles = 4",  # 10
    "practice_days = [0]",  # 11
    "",  # 12
    "[[arms]]",  # 13
    'id = "spotit"',  # 14
    'name = "SpotIt practice"',  # 15
    'practice = "flag"',  # 16
    "",  # 17
    "[[arms]]",  # 18
    'id = "control"',  # 19
    'name = "Reading"',  # 20
    'practice = "read"',  # 21
]


def text(changes: dict[int, str] | None = None, extra: list[str] | None = None) -> str:
    """BASE with lines replaced (1-based) and lines added at the end."""
    lines = list(BASE)
    for number, line in (changes or {}).items():
        lines[number - 1] = line
    return "\n".join(lines + (extra or [])) + "\n"


def problems(source: str) -> list[str]:
    return [str(p) for p in study_problems(source, NAME)]


def study(source: str | None = None) -> Study:
    return study_from_text(source or text(), Path(NAME))


def test_the_base_file_reads_into_a_study():
    s = study()
    assert (s.id, s.title, s.pack, s.check, s.seed) == (
        "pilot",
        "A pilot",
        "starter",
        "discernment",
        7,
    )
    assert (s.post, s.delays, s.practice_articles, s.practice_days) == (True, (7, 30), 4, (0,))
    assert s.arms == (
        Arm("spotit", "SpotIt practice", "flag", None),
        Arm("control", "Reading", "read", None),
    )
    assert s.codes is None
    assert s.source_text == text()
    assert s.path == Path(NAME)


def test_the_documented_example_reads_clean_and_fits_the_starter_check():
    assert study_problems(EXAMPLE.read_text(encoding="utf-8"), str(EXAMPLE)) == []
    s = read_study(EXAMPLE)
    assert s.pack == "starter" and s.check == "discernment"
    assert s.waves == ("pre", "post", "delayed-14")
    assert schedule_problems(s, ["A", "B", "C"]) == []
    assert len(s.codes) == len(s.sessions) == 3
    assert study_summary(s, ["A", "B", "C"]) == (
        "2 arms, 3 sessions, check discernment with forms A, B, C"
    )
    assert "Training material" in s.source_text and "invented" in s.source_text


# -- every rule, with its line -------------------------------------------------------------

RULES = [
    # (changes, extra lines, expected "line: field: message" start)
    ({1: 'id = "Pilot Study"'}, None, "1: id: 'Pilot Study' is not an id"),
    ({1: 'id = "-pilot"'}, None, "1: id: '-pilot' is not an id"),
    ({1: f'id = "{"a" * 61}"'}, None, "1: id: "),
    ({1: "id = 12"}, None, "1: id: must be text"),
    ({1: "# no id"}, None, "1: id: missing"),
    ({2: 'title = ""'}, None, "2: title: must be non-empty text"),
    ({2: 'title = "one\\ntwo"'}, None, "2: title: holds a line break"),
    ({2: f'title = "{"t" * 201}"'}, None, "2: title: is longer than 200 characters"),
    ({3: "pack = 3"}, None, "3: pack: must be non-empty text"),
    ({4: 'check = "Discernment!"'}, None, "4: check: 'Discernment!' is not a check id"),
    ({4: "check = []"}, None, "4: check: must be text"),
    ({5: "seed = -1"}, None, "5: seed: must be a whole number, 0 or more"),
    ({5: 'seed = "20270115"'}, None, "5: seed: must be a whole number"),
    ({5: "seed = 1.5"}, None, "5: seed: must be a whole number"),
    ({5: "seed = true"}, None, "5: seed: must be a whole number"),
    ({8: 'post = "yes"'}, None, "8: schedule.post: must be true or false"),
    ({8: "post = 1"}, None, "8: schedule.post: must be true or false"),
    ({8: ""}, None, "7: schedule.post: missing"),
    ({9: "delays = [7, 7]"}, None, "9: schedule.delays: lists day 7 twice"),
    ({9: "delays = [0]"}, None, "9: schedule.delays: 0 is out of range: days run from 1 to 365"),
    ({9: "delays = [366]"}, None, "9: schedule.delays: 366 is out of range"),
    ({9: 'delays = ["7"]'}, None, "9: schedule.delays: must be a list of whole numbers"),
    ({9: "delays = 7"}, None, "9: schedule.delays: must be a list of whole numbers"),
    ({9: "delays = [7.0]"}, None, "9: schedule.delays: must be a list of whole numbers"),
    ({9: f"delays = [{', '.join(str(d) for d in range(1, 27))}]"}, None,
     "9: schedule.delays: this schedule needs 28 check waves; a check has at most 26 forms"),
    ({10: "practice_articles = 51"}, None,
     "10: schedule.practice_articles: must be a whole number from 0 to 50"),
    ({10: "practice_articles = -1"}, None, "10: schedule.practice_articles: must be a whole"),
    ({10: "practice_articles = 0"}, None,
     "10: schedule.practice_articles: is 0 but practice_days lists days"),
    ({11: "practice_days = [0, 0]"}, None, "11: schedule.practice_days: lists day 0 twice"),
    ({11: "practice_days = [-1]"}, None,
     "11: schedule.practice_days: -1 is out of range: days run from 0 to 365"),
    ({11: "practice_days = [400]"}, None, "11: schedule.practice_days: 400 is out of range"),
    ({16: 'practice = "quiz"'}, None, '16: arm spotit.practice: must be "flag" or "read"'),
    ({16: "# no practice"}, None, '13: arm spotit.practice: must be "flag" or "read"'),
    ({19: 'id = "spotit"'}, None, "19: arms[2].id: 'spotit' is also arm 1's id"),
    ({19: 'id = "Control"'}, None, "19: arms[2].id: 'Control' is not an id"),
    ({20: 'name = ""'}, None, "20: arm control.name: must be non-empty text"),
    ({20: "# no name"}, None, "18: arm control.name: missing"),
    ({17: 'articles = ["a", "a", "b", "c"]'}, None,
     "17: arm spotit.articles: lists 'a' twice"),
    ({17: 'articles = ["a", "b"]'}, None,
     "17: arm spotit.articles: lists 2 articles; the schedule's practice sessions need 4"),
    ({17: "articles = []"}, None, "17: arm spotit.articles: must be a non-empty list"),
    ({17: 'articles = ["A b", "c", "d", "e"]'}, None,
     "17: arm spotit.articles: 'A b' is not an article id"),
    # unknown keys, at every level
    ({6: 'author = "me"'}, None, "6: author: unknown key: a study file has id, title"),
    ({12: "shuffle = true"}, None, "12: schedule.shuffle: unknown key: [schedule] has post"),
    ({17: "colour = 'red'"}, None, "17: arms[1].colour: unknown key: an arm has id, name"),
    (None, ["[completion]", 'code = "X"'],
     "23: completion.code: unknown key: [completion] has codes"),
    # completion codes
    (None, ["[completion]", 'codes = ["A", "B"]'],
     "23: completion.codes: lists 2 codes; the schedule has 3 sessions"),
    (None, ["[completion]", 'codes = ["A", "B", ""]'],
     "23: completion.codes: code 3 must be 1 to 40 printable characters"),
    (None, ["[completion]", f'codes = ["A", "B", "{"C" * 41}"]'],
     "23: completion.codes: code 3 must be 1 to 40 printable characters"),
    (None, ["[completion]", 'codes = ["A", "B\\tC", "D"]'],
     "23: completion.codes: code 2 must be 1 to 40 printable characters"),
    (None, ["[completion]", 'codes = ["A", " B", "D"]'],
     "23: completion.codes: code 2 must be 1 to 40"),
    (None, ["[completion]", "codes = [1, 2, 3]"], "23: completion.codes: must be a list of codes"),
    ({6: "completion = 3"}, None, "6: completion: must be a [completion] table"),
]  # fmt: skip


@pytest.mark.parametrize(("changes", "extra", "expected"), RULES)
def test_each_rule_is_one_problem_with_its_line_and_field(changes, extra, expected):
    found = problems(text(changes, extra))
    assert found and found[0].startswith(f"{NAME}:{expected}"), found
    with pytest.raises(StudyFileError) as caught:
        study(text(changes, extra))
    assert str(caught.value) == found[0]
    assert "\n" not in str(caught.value)


def test_problems_name_their_field_and_kind():
    (problem,) = study_problems(text({9: "delays = [7, 7]"}), NAME)
    assert (problem.file, problem.line, problem.kind, problem.field) == (
        NAME,
        9,
        STUDY,
        "schedule.delays",
    )


def test_every_problem_is_listed_not_only_the_first():
    found = problems(text({1: 'id = "X"', 9: "delays = [0]", 16: 'practice = "quiz"'}))
    assert [p.split(": ")[0] for p in found] == [f"{NAME}:1", f"{NAME}:9", f"{NAME}:16"]


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (BASE[:6], "study.toml:1: schedule: missing: add a [schedule] table"),
        (BASE[:12], "study.toml:1: arms: missing: add two or more [[arms]] tables"),
        (BASE[:17], "study.toml:13: arms: a study needs at least 2 arms"),
        (BASE[:4] + BASE[5:], "study.toml:1: seed: missing"),
        (BASE[:3] + BASE[4:], "study.toml:1: check: missing"),
        (['schedule = "weekly"', *BASE[:6]], "study.toml:1: schedule: must be a [schedule] table"),
    ],
)
def test_required_parts(lines, expected):
    assert problems("\n".join(lines) + "\n")[0].startswith(expected)


def test_more_than_twenty_arms_are_refused():
    arms = []
    for n in range(21):
        arms += ["[[arms]]", f'id = "arm-{n}"', f'name = "Arm {n}"', 'practice = "read"']
    assert problems(text(None, None).split("[[arms]]")[0] + "\n".join(arms))[0] == (
        "study.toml:13: arms: more than 20 arms"
    )


def test_the_pack_defaults_to_the_starter_pack():
    assert study(text({3: ""})).pack == "starter"


def test_an_inline_schedule_table_is_read_and_located():
    source = "\n".join(BASE[:6]) + (
        "\nschedule = {post = false, delays = [0], practice_articles = 4, practice_days = [0]}\n"
        + "\n".join(BASE[12:])
    )
    assert problems(source) == [
        "study.toml:7: schedule.delays: 0 is out of range: days run from 1 to 365"
    ]


def test_the_arms_articles_fix_each_arms_practice_in_order():
    s = study(text({17: 'articles = ["d-one", "b-two", "c-three", "a-four"]'}))
    assert s.arms[0].articles == ("d-one", "b-two", "c-three", "a-four")
    assert s.arms[1].articles is None


def test_windows_line_ends_and_a_byte_order_mark_are_read_and_kept():
    source = "\ufeff" + text().replace("\n", "\r\n")
    s = study(source)
    assert s.id == "pilot" and s.source_text == source
    assert problems("\ufeff" + text({9: "delays = [0]"}).replace("\n", "\r\n"))[0].startswith(
        "study.toml:9: schedule.delays"
    )


# -- hostile input ---------------------------------------------------------------------------


def test_a_file_that_is_not_toml_gives_the_line_of_the_error():
    found = problems(text({8: "post = yes"}))
    assert len(found) == 1 and found[0].startswith("study.toml:8: not valid TOML: ")
    assert problems("<html><body>not a study</body></html>\n")[0].startswith(
        "study.toml:1: not valid TOML"
    )


def test_a_huge_file_is_refused_unread(tmp_path, monkeypatch):
    path = tmp_path / "huge.toml"
    path.write_text(text() + "# " + "x" * MAX_STUDY_BYTES + "\n", encoding="utf-8")

    def no_reading(*_):  # refused from its size alone
        raise AssertionError("the huge file was read")

    monkeypatch.setattr(Path, "read_bytes", no_reading)
    with pytest.raises(StudyFileError, match=r"huge\.toml: the file is larger than 1000000 bytes"):
        read_study(path)
    assert problems(text() + "# " + "x" * MAX_STUDY_BYTES)[0] == (
        "study.toml: the file is larger than 1000000 bytes: a study file is short"
    )


def test_a_file_that_is_not_utf8_or_missing_gives_one_line(tmp_path):
    path = tmp_path / "latin1.toml"
    path.write_bytes(text({2: 'title = "Étude"'}).encode("latin-1"))
    with pytest.raises(StudyFileError, match=r"latin1\.toml: not UTF-8 text \(byte \d+\)"):
        read_study(path)
    with pytest.raises(StudyFileError, match=r"absent\.toml: cannot be read: "):
        read_study(tmp_path / "absent.toml")
    with pytest.raises(StudyFileError, match=r"cannot be read"):
        read_study(tmp_path)


@pytest.mark.parametrize(
    ("line", "changed", "field"),
    [
        (2, 'title = "Practice \u202ereverse\u202c"', "title"),
        (3, 'pack = "starter\u2066"', "pack"),
        (4, 'check = "disc\u200fernment"', "check"),
        (1, 'id = "pilot\u200e"', "id"),
        (20, 'name = "Read\u2067ing"', "arm control.name"),
        (17, 'articles = ["a\u202d", "b", "c", "d"]', "arm spotit.articles"),
    ],
)
def test_bidi_controls_are_refused_where_they_stand(line, changed, field):
    found = problems(text({line: changed}))
    assert found[0].startswith(f"study.toml:{line}: {field}: the text holds the bidi control U+")
    assert "remove it" in found[0]


def test_bidi_controls_in_completion_codes_are_refused():
    found = problems(text(None, ["[completion]", 'codes = ["A", "B\u202e", "C"]']))
    assert found[0].startswith("study.toml:23: completion.codes: the text holds the bidi control")


def test_problems_quote_hostile_ids_cut_short_and_escaped():
    found = problems(text({1: f'id = "{"X" * 5000}\\u0007"'}))
    assert len(found[0]) < 300 and "\x07" not in found[0]


# -- sessions and waves ----------------------------------------------------------------------


def schedule(post: bool, delays, days, articles: int = 4) -> Study:
    return study(
        text(
            {
                8: f"post = {str(post).lower()}",
                9: f"delays = {list(delays)}",
                10: f"practice_articles = {articles}",
                11: f"practice_days = {list(days)}",
            }
        )
    )


def test_sessions_follow_the_session_rule():
    s = schedule(True, [30, 7], [7, 0, 3])
    assert s.delays == (7, 30) and s.practice_days == (0, 3, 7)
    assert s.sessions == (
        SessionPlan(1, 0, "pre", True, True),
        SessionPlan(2, 3, None, True, False),
        SessionPlan(3, 7, "delayed-7", True, False),
        SessionPlan(4, 30, "delayed-30", False, False),
    )
    assert s.waves == ("pre", "post", "delayed-7", "delayed-30")


def test_session_one_without_practice_or_post_is_the_pre_check_alone():
    s = schedule(False, [], [], articles=0)
    assert s.sessions == (SessionPlan(1, 0, "pre", False, False),)
    assert s.waves == ("pre",)


def test_the_waves_must_not_exceed_the_checks_forms():
    s = schedule(True, [7, 30], [0])
    assert schedule_problems(s, ["A", "B", "C"]) == [
        "study.toml:9: schedule: the check discernment has 3 forms; this schedule needs 4"
        " (pre, post, delayed-7, delayed-30)"
    ]
    assert schedule_problems(s, ["A", "B", "C", "D"]) == []
    assert schedule_problems(schedule(False, [7, 30], [0]), ["A", "B", "C"]) == []


def test_completion_codes_must_match_the_number_of_sessions():
    extra = ["[completion]", 'codes = ["S1", "S2"]']
    assert study(text({9: "delays = [7]"}, extra)).codes == ("S1", "S2")
    assert problems(text({9: "delays = [7]", 11: "practice_days = [0, 3]"}, extra))[0].startswith(
        "study.toml:23: completion.codes: lists 2 codes; the schedule has 3 sessions"
    )


# -- participant codes -------------------------------------------------------------------------


def test_participant_codes_use_the_unambiguous_alphabet_in_two_groups_of_three():
    rng = random.Random(5)
    codes = [participant_code(rng) for _ in range(2000)]
    assert all(re.fullmatch(rf"[{CODE_ALPHABET}]{{3}}-[{CODE_ALPHABET}]{{3}}", c) for c in codes)
    used = Counter("".join(codes).replace("-", ""))
    assert set(used) == set(CODE_ALPHABET)  # every character in use
    assert not set("0O1IL2Z5S6G8B") & set(used)
    assert len(set(codes)) > 1990
    again = random.Random(5)
    assert codes == [participant_code(again) for _ in range(2000)]


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("K7M-R4X", "K7M-R4X"),
        ("k7m-r4x", "K7M-R4X"),
        ("K7MR4X", "K7M-R4X"),
        ("  k7mr4x\n", "K7M-R4X"),
        ("k7m-R4x", "K7M-R4X"),
    ],
)
def test_codes_typed_back_in_any_case_with_or_without_the_dash(typed, stored):
    assert normal_code(typed) == stored


@pytest.mark.parametrize(
    "typed",
    ["", "K7M", "K7M-R4", "K7M-R4XA", "K7M--R4X", "K7M R4X", "K7M-R4Ö", "K0M-R4X", "K7M_R4X",
     "K7M-Q2X", "k7m-r4x\u202e"],
)  # fmt: skip
def test_anything_else_is_not_a_code(typed):
    assert normal_code(typed) is None


def test_every_fresh_code_reads_back_as_itself():
    rng = random.Random(9)
    for _ in range(200):
        code = participant_code(rng)
        assert normal_code(code) == code == normal_code(code.lower().replace("-", ""))


# -- arms: permuted blocks -----------------------------------------------------------------------


def with_arms(k: int, seed: int = 7) -> Study:
    base = study()
    arms = tuple(Arm(f"arm-{n}", f"Arm {n}", "flag" if n == 0 else "read") for n in range(k))
    return dataclasses.replace(base, arms=arms, seed=seed)


@pytest.mark.parametrize("k", [2, 3, 4, 5])
def test_arm_sizes_never_differ_by_more_than_one(k):
    s = with_arms(k)
    sizes: Counter = Counter()
    for p in range(200):
        sizes[arm_for(s, p).id] += 1
        counts = [sizes[a.id] for a in s.arms]
        assert max(counts) - min(counts) <= 1, (p + 1, counts)


@pytest.mark.parametrize("k", [2, 3, 4, 5])
def test_every_complete_block_has_each_arm_once(k):
    s = with_arms(k, seed=12345)
    for block in range(200 // k):
        got = [arm_for(s, block * k + i).id for i in range(k)]
        assert sorted(got) == sorted(a.id for a in s.arms), block


def test_assignment_is_reproducible_from_the_seed_and_differs_across_seeds():
    def sequence(seed: int) -> list[str]:
        s = with_arms(3, seed)
        return [arm_for(s, p).id for p in range(60)]

    assert sequence(20270115) == sequence(20270115)
    assert sequence(20270115) != sequence(20270116)
    assert len({tuple(sequence(seed)) for seed in range(10)}) == 10
    # The blocks are shuffled, not one fixed rotation.
    s = with_arms(3)
    assert len({tuple(arm_for(s, b * 3 + i).id for i in range(3)) for b in range(20)}) > 1


def test_the_block_rule_is_the_documented_one():
    import hashlib

    s = with_arms(3, seed=42)
    for p in range(12):
        digest = hashlib.sha256(f"42:{p // 3}".encode()).digest()
        block = list(s.arms)
        random.Random(int.from_bytes(digest, "big")).shuffle(block)
        assert arm_for(s, p) == block[p % 3]


def test_a_negative_position_is_refused():
    with pytest.raises(ValueError):
        arm_for(study(), -1)


# -- completion codes ------------------------------------------------------------------------


def test_derived_completion_codes_are_stable_and_distinct_per_session():
    s = schedule(True, [7, 30], [0, 3])
    assert s.codes is None and len(s.sessions) == 4
    codes = [completion_code(s, "K7M-R4X", n) for n in range(1, 5)]
    assert all(re.fullmatch(r"[A-Z2-7]{4}-[A-Z2-7]{4}", c) for c in codes)
    assert len(set(codes)) == 4
    assert codes == [completion_code(s, "K7M-R4X", n) for n in range(1, 5)]
    # Another participant, seed or study gets other codes.
    assert completion_code(s, "A3C-D4E", 1) != codes[0]
    assert completion_code(dataclasses.replace(s, seed=8), "K7M-R4X", 1) != codes[0]
    assert completion_code(dataclasses.replace(s, id="pilot-2"), "K7M-R4X", 1) != codes[0]


def test_a_derived_code_can_be_verified_by_hand():
    import base64
    import hashlib

    s = study()
    digest = hashlib.sha256(b"pilot:7:K7M-R4X:2").digest()
    expected = base64.b32encode(digest).decode()[:8]
    assert completion_code(s, "K7M-R4X", 2) == f"{expected[:4]}-{expected[4:]}"


def test_given_completion_codes_are_shown_as_written():
    s = study(text(None, ["[completion]", 'codes = ["PRE-1", "D7 done", "D30-OK"]']))
    assert [completion_code(s, "K7M-R4X", n) for n in (1, 2, 3)] == ["PRE-1", "D7 done", "D30-OK"]
    with pytest.raises(ValueError):
        completion_code(s, "K7M-R4X", 4)
    with pytest.raises(ValueError):
        completion_code(s, "K7M-R4X", 0)


# -- docs/research-mode.md stays true ----------------------------------------------------------

DOC = ROOT / "docs" / "research-mode.md"


def test_the_doc_shows_the_example_file_as_it_is():
    doc = DOC.read_text(encoding="utf-8")
    assert f"```toml\n{EXAMPLE.read_text(encoding='utf-8')}```" in doc


def test_the_doc_names_every_key_of_the_study_file():
    from spotit.practice.studyfile import ARM_KEYS, COMPLETION_KEYS, SCHEDULE_KEYS, TOP_KEYS

    doc = DOC.read_text(encoding="utf-8")
    named = set(re.findall(r"^\| `([a-z_.\[\]]+)` \|", doc, re.MULTILINE))
    expected = (
        {k for k in TOP_KEYS if k not in ("schedule", "arms", "completion")}
        | {"[schedule]", "[[arms]]", "[completion]"}
        | {f"schedule.{k}" for k in SCHEDULE_KEYS}
        | {f"arms.{k}" for k in ARM_KEYS}
        | {f"completion.{k}" for k in COMPLETION_KEYS}
    )
    assert expected <= named, expected - named


def test_the_doc_gives_the_responses_columns_in_order():
    doc = DOC.read_text(encoding="utf-8")
    section = doc.split("## Export files", 1)[1].split("**`practice.csv`**", 1)[0]
    columns = re.findall(r"^\| `([a-z_]+)` \|", section, re.MULTILINE)
    assert ",".join(columns) == "participant,arm,wave,form,item,truth,rating,rt_ms,timestamp"


def test_the_docs_way_to_verify_a_code_by_hand_gives_the_code_shown():
    doc = DOC.read_text(encoding="utf-8")
    snippet = doc.split("To check one by hand (Python):\n\n```python\n", 1)[1].split("```", 1)[0]
    printed: list[str] = []
    exec(snippet, {"print": printed.append})  # the doc's own snippet, as a reader runs it
    s = dataclasses.replace(read_study(EXAMPLE), codes=None)
    assert printed == [completion_code(s, "K7M-R4X", 1)]


def test_odd_unknown_keys_are_shown_escaped_on_one_line():
    found = problems(text({6: '"a\\nb\\u202e" = 1'}))
    assert len(found) == 1 and "\n" not in found[0]
    assert found[0].split(": ", 1)[1] == (
        "'a\\nb\\u202e': unknown key: a study file has id, title, pack, check, seed, schedule,"
        " arms, completion, lrs"
    )


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=400))
def test_any_text_gives_problems_never_a_traceback(source):
    for problem in study_problems(source, NAME):
        assert "\n" not in str(problem) and "\r" not in str(problem)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.integers(-3, 400), max_size=6),
    st.lists(st.integers(-3, 400), max_size=6),
    st.integers(-2, 60),
    st.sampled_from(["true", "false", '"yes"', "1"]),
)
def test_any_schedule_is_read_or_refused_with_lines(delays, days, articles, post):
    source = text(
        {8: f"post = {post}", 9: f"delays = {delays}", 10: f"practice_articles = {articles}",
         11: f"practice_days = {days}"}
    )  # fmt: skip
    found = study_problems(source, NAME)
    valid = (
        post in ("true", "false")
        and all(1 <= d <= 365 for d in delays) and len(set(delays)) == len(delays)
        and all(0 <= d <= 365 for d in days) and len(set(days)) == len(days)
        and 0 <= articles <= 50 and not (articles == 0 and days)
    )  # fmt: skip
    assert (found == []) == valid, found
    assert all(p.line in (8, 9, 10, 11) for p in found)
    if valid:
        s = study(source)
        assert [p.day for p in s.sessions] == sorted({0, *delays, *days})
        assert s.waves[0] == "pre" and len(s.waves) == 1 + (post == "true") + len(delays)
