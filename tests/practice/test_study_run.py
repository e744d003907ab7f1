"""Studies run through StudyDesk on a fixed clock: assignment, counterbalancing, the
session rules, the read arm, restarts and kills (spotit.practice.study)."""

from __future__ import annotations

from collections import Counter
from datetime import timedelta

import pytest
from tests.conftest import START, TWO_ARMS, Clock, study_toml

from spotit.core.model import Flag
from spotit.practice.checks import day_start
from spotit.practice.session import Submission
from spotit.practice.study import (
    CheckStep,
    NotYet,
    PracticeStep,
    SessionDone,
    StudyComplete,
    StudyDesk,
    StudyError,
)


def study_text(pack, *, arms=None, **schedule):
    return study_toml(pack=pack, arms=arms or TWO_ARMS, **schedule)


@pytest.fixture
def make_desk(tmp_path, starter_path):
    desks = []

    def make(clock=None, **kwargs):
        path = tmp_path / "study.toml"
        if not path.exists() or kwargs:
            path.write_text(study_text(starter_path, **kwargs), encoding="utf-8")
        desk = StudyDesk.open(path, tmp_path / "data", clock=clock or Clock())
        desks.append(desk)
        return desk

    yield make
    for desk in desks:
        desk.close()


def rating_for(truth: str) -> int:
    return 2 if truth == "misleading" else 5


def run_session(session, clock, rate=rating_for):
    """Take every step of the session open now; the step it ends on."""
    step = session.next_step()
    for _ in range(400):
        if isinstance(step, CheckStep):
            item = step.run.next_item
            clock.now += timedelta(seconds=3)
            step = session.answer(step, item.id, rate(item.truth), 3000)
        elif isinstance(step, PracticeStep):
            if step.kind == "read":
                session.begin_reading(step)
                clock.now += timedelta(seconds=90)
                step = session.finish_reading(step, 90)
            else:
                opened = session.practice.open(step.pack_id, step.article_id)
                first = opened.article.annotations[:1]
                flags = [Flag(a.start, a.end, a.category) for a in first]
                clock.now += timedelta(seconds=120)
                session.practice.submit(Submission(opened, flags, 120))
                step = session.next_step()
        else:
            return step
    raise AssertionError("the session did not end")


def run_study(desk, clock, participants):
    """Every participant through every session, days passing between them."""
    ends = {p.code: [] for p in participants}
    for p in participants:
        step = run_session(desk.session_for(p), clock)
        ends[p.code].append(step)
    while True:
        pending = [s for s in ends.values() if isinstance(s[-1], SessionDone) and s[-1].next_opens]
        if not pending:
            return ends
        opens = min(s[-1].next_opens for s in pending)
        clock.now = max(clock.now, opens) + timedelta(hours=10)
        for p in participants:
            last = ends[p.code][-1]
            if isinstance(last, SessionDone) and last.next_opens and last.next_opens <= clock.now:
                ends[p.code].append(run_session(desk.session_for(p), clock))


def test_arms_are_assigned_in_permuted_blocks(make_desk):
    desk = make_desk()
    people = [desk.enrol() for _ in range(9)]
    arms = [p.arm.id for p in people]
    for block in range(4):  # every complete block has each arm once
        assert sorted(arms[2 * block : 2 * block + 2]) == ["control", "spotit"]
    assert abs(arms.count("spotit") - arms.count("control")) <= 1
    assert [p.position for p in people] == list(range(9))
    by_arm = Counter()
    for p in people:
        assert p.arm_index == by_arm[p.arm.id]
        by_arm[p.arm.id] += 1
    # Codes are anonymous, distinct, and found again however they are typed.
    assert len({p.code for p in people}) == 9
    code = people[3].code
    assert desk.find(code.lower().replace("-", "")) == people[3]
    assert desk.find("not a code") is None


def test_forms_are_counterbalanced_within_each_arm(make_desk):
    clock = Clock()
    desk = make_desk(clock)  # pre, post, delayed-7: the three forms
    people = [desk.enrol() for _ in range(12)]  # 2 x 3 per arm
    run_study(desk, clock, people)
    clock.days(1)  # the day after the last session: nothing is left
    orders = {"spotit": Counter(), "control": Counter()}
    for p in people:
        session = desk.session_for(p)
        runs = desk.progress.check_runs(p.learner_id, _key(desk), "discernment")
        assert [r.wave for r in runs] == ["pre", "post", "delayed-7"]
        assert all(r.finished_at for r in runs)
        forms = tuple(r.form for r in runs)
        assert sorted(forms) == ["A", "B", "C"]  # each form once
        items = [response.item_id for r in runs for response in r.responses]
        assert len(items) == len(set(items)) == 48  # no item twice
        orders[p.arm.id][forms] += 1
        assert isinstance(session.next_step(), StudyComplete)
    for arm, counts in orders.items():
        assert len(counts) == 3, arm  # the square's three rows ...
        assert set(counts.values()) == {2}, arm  # ... equally often in each arm


def _key(desk):
    from spotit.practice.session import identity

    return identity(desk.pack)


def test_a_session_runs_pre_practice_post_then_its_code(make_desk):
    clock = Clock()
    desk = make_desk(clock, articles=2)
    ana = desk.enrol()
    if ana.arm.practice != "flag":
        ana = desk.enrol()
    session = desk.session_for(ana)
    seen = []
    step = session.next_step()
    assert session.next_step() == step  # asking again changes nothing
    while not isinstance(step, SessionDone):
        seen.append(step.wave if isinstance(step, CheckStep) else step.kind)
        if isinstance(step, CheckStep):
            step = session.answer(step, step.run.next_item.id, 3, 1500)
        else:
            assert (step.index, step.total) == (seen.count("flag"), 2)
            opened = session.practice.open(step.pack_id, step.article_id)
            session.practice.submit(Submission(opened, [], 60))
            step = session.next_step()
    assert seen == ["pre"] * 16 + ["flag"] * 2 + ["post"] * 16
    assert step.session == 1
    assert step.next_opens == day_start(START, 7)
    assert session.next_step() == step  # the code stays on screen that day
    (stored,) = desk.progress.study_sessions(ana.code)
    assert (stored.status, stored.completion_code) == ("finished", step.completion_code)
    assert step.completion_code


def test_a_delayed_session_opens_at_local_midnight_and_not_before(make_desk):
    clock = Clock()
    desk = make_desk(clock, post="false")
    ana = desk.enrol()
    run_session(desk.session_for(ana), clock)
    opens = day_start(START, 7)
    clock.now = opens - timedelta(seconds=1)
    step = desk.session_for(ana).next_step()
    assert step == NotYet(2, opens)
    clock.now = opens
    step = desk.session_for(ana).next_step()
    assert isinstance(step, CheckStep) and (step.session, step.wave) == (2, "delayed-7")


def test_a_session_not_started_is_missed_when_a_later_one_is_open(make_desk):
    clock = Clock()
    desk = make_desk(clock, post="false", delays="[7, 30]")
    ana = desk.enrol()
    run_session(desk.session_for(ana), clock)
    clock.now = day_start(START, 31)  # back after 30 days: session 2 (day 7) passed by
    step = desk.session_for(ana).next_step()
    assert isinstance(step, CheckStep) and (step.session, step.wave) == (3, "delayed-30")
    statuses = [(s.number, s.status) for s in desk.progress.study_sessions(ana.code)]
    assert statuses == [(1, "finished"), (2, "missed"), (3, "open")]
    end = run_session(desk.session_for(ana), clock)
    assert isinstance(end, SessionDone) and end.next_opens is None
    clock.days(1)
    assert desk.session_for(ana).next_step() == StudyComplete(end.completion_code)
    runs = desk.progress.check_runs(ana.learner_id, _key(desk), "discernment")
    assert [r.wave for r in runs] == ["pre", "delayed-30"]  # the missed wave is never offered


def test_a_session_resumes_after_a_restart(make_desk, tmp_path):
    clock = Clock()
    desk = make_desk(clock)
    ana = desk.enrol()
    session = desk.session_for(ana)
    step = session.next_step()
    for _ in range(5):
        step = session.answer(step, step.run.next_item.id, 4, 2000)
    desk.close()
    again = make_desk(clock)  # a new desk on the same files: the app restarted
    found = again.find(ana.code)
    assert found == ana
    step = again.session_for(found).next_step()
    assert isinstance(step, CheckStep) and step.wave == "pre"
    assert step.run.answered == 5
    assert [s.status for s in again.progress.study_sessions(ana.code)] == ["open"]


def test_every_answer_is_kept_at_once(make_desk, tmp_path):
    """An answered item is never lost: each answer is its own transaction, committed
    before the next item shows (read here through a second connection, as after a kill)."""
    from spotit.store.progress import Progress

    clock = Clock()
    desk = make_desk(clock)
    ana = desk.enrol()
    session = desk.session_for(ana)
    step = session.next_step()
    other = Progress(desk.progress.path)
    try:
        for n in range(1, 4):
            step = session.answer(step, step.run.next_item.id, 1, 900)
            (run,) = other.check_runs(ana.learner_id, _key(desk), "discernment")
            assert len(run.responses) == n
        assert [s.status for s in other.study_sessions(ana.code)] == ["open"]
    finally:
        other.close()


def test_the_read_arm_reads_credible_articles_never_twice(make_desk):
    clock = Clock()
    desk = make_desk(clock, post="false", practice_days="[0, 7]", articles=3)
    people = [desk.enrol() for _ in range(2)]
    reader = next(p for p in people if p.arm.practice == "read")
    run_study(desk, clock, [reader])
    readings = desk.progress.readings(reader.code)
    assert [r.session for r in readings] == [1, 1, 1, 2, 2, 2]
    assert all(r.finished_at and r.seconds == 90 for r in readings)
    ids = [r.article_id for r in readings]
    assert len(set(ids)) == 6
    kinds = {a.meta.id: a.meta.kind for a in desk.pack.articles()}
    assert {kinds[i] for i in ids} == {"credible"}
    # No flagging, no feedback: the read arm makes no attempts.
    assert desk.progress.attempts(reader.learner_id) == []


def test_an_arm_with_its_own_articles_practises_those_in_order(make_desk, starter_path):
    from spotit.store.pack import open_pack

    with open_pack(starter_path) as pack:
        chosen = [a.meta.id for a in pack.articles()][5:7]
    arms = (
        f'[[arms]]\nid = "fixed"\nname = "Fixed"\npractice = "flag"\narticles = {chosen!r}\n\n'
        '[[arms]]\nid = "other"\nname = "Other"\npractice = "read"\n'
    ).replace("'", '"')
    clock = Clock()
    desk = make_desk(clock, post="false", articles=2, arms=arms)
    person = next(p for p in (desk.enrol(), desk.enrol()) if p.arm.id == "fixed")
    session = desk.session_for(person)
    step = session.next_step()
    while isinstance(step, CheckStep):
        step = session.answer(step, step.run.next_item.id, 3, 1000)
    assert isinstance(step, PracticeStep) and step.article_id == chosen[0]
    assert desk.progress.study_sessions(person.code)[0].articles == tuple(chosen)


def test_a_step_not_current_is_refused(make_desk):
    clock = Clock()
    desk = make_desk(clock)
    ana = desk.enrol()
    session = desk.session_for(ana)
    step = session.next_step()
    fake = PracticeStep(1, "read", desk.pack.meta.id, "x", 1, 1)
    with pytest.raises(StudyError):
        session.finish_reading(fake, 10)
    with pytest.raises(StudyError, match="rating"):
        session.answer(step, step.run.next_item.id, 9, 100)


def test_the_same_id_with_another_file_is_refused(make_desk, tmp_path):
    make_desk().close()
    with pytest.raises(StudyError, match="already registered here with another file"):
        make_desk(post="false")


def test_a_registered_study_opens_again_from_its_database(tmp_path):
    path = tmp_path / "elsewhere" / "study.toml"
    path.parent.mkdir()
    path.write_text(study_text("starter"), encoding="utf-8")  # the bundled pack, by id
    desk = StudyDesk.open(path, tmp_path / "data", clock=Clock())
    people = [desk.enrol() for _ in range(3)]
    desk.close()
    again = StudyDesk.open_registered("pilot-test", tmp_path / "data", clock=Clock())
    try:
        assert again.study.source_text == path.read_text(encoding="utf-8")
        assert again.pack.meta.id == "starter"
        assert again.participants() == people
    finally:
        again.close()
    with pytest.raises(StudyError, match="no study 'other'"):
        StudyDesk.open_registered("other", tmp_path / "data")


def test_a_schedule_with_more_waves_than_forms_is_refused(make_desk):
    with pytest.raises(StudyError, match=r"study.toml:\d+: schedule: .* has 3 forms; .* needs 4"):
        make_desk(delays="[7, 30]")  # pre, post, delayed-7, delayed-30


def test_a_session_started_and_left_resumes_even_when_a_later_one_is_open(make_desk):
    clock = Clock()
    desk = make_desk(clock)
    ana = desk.enrol()
    session = desk.session_for(ana)
    step = session.next_step()
    step = session.answer(step, step.run.next_item.id, 2, 800)
    clock.now = day_start(START, 8)  # session 2 (day 7) is open too
    step = desk.session_for(ana).next_step()
    assert isinstance(step, CheckStep) and (step.session, step.wave) == (1, "pre")
    assert step.run.answered == 1
    end = run_session(desk.session_for(ana), clock)
    assert isinstance(end, SessionDone) and end.session == 1
    # ... and then session 2, open since day 7, comes straight after.
    step = desk.session_for(ana).next_step()
    assert isinstance(step, CheckStep) and (step.session, step.wave) == (2, "delayed-7")
