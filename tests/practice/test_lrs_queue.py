"""What practice queues for the school's LRS (spotit.practice.lrs), through Practice.

With LRS settings, each submit queues one "attempted" statement with the attempt's result,
the submit that finishes today's practice a "completed" for the set, each check answer an
"answered" and each finished wave a "completed" with the measures; in research mode the
actor is only ever the participant's code; without settings nothing is queued at all.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from tests.conftest import TWO_ARMS, answer_all_but, study_toml
from tests.practice.test_check_waves import CheckedPack

from spotit.core import xapi
from spotit.core.model import Flag
from spotit.core.xapi import LrsSettings
from spotit.practice import Practice, Submission
from spotit.practice.study import CheckStep, PracticeStep, SessionDone, StudyDesk
from spotit.store.pack import open_pack
from spotit.store.progress import Progress

SETTINGS = LrsSettings(
    endpoint="http://127.0.0.1:8100/xAPI/",
    key="spotit-lab-3",
    homepage="https://school.example/learners",
)
SUBMITTED_AT = "2026-03-02T09:00:00+00:00"  # the test clock's START


def outbox(progress) -> list[dict]:
    return [e.statement for e in progress.outbox_statements()]


def verbs(statements) -> list[str]:
    return [s["verb"]["id"] for s in statements]


@pytest.fixture
def lrs(learner):
    learner.progress.set_lrs_settings(SETTINGS)
    return learner


def submit_some(practice, article_id="miracle-tea", found=1, seconds=65, hints=1):
    opened = practice.open("starter", article_id)
    flags = [Flag(a.start, a.end, a.category) for a in opened.article.annotations[:found]]
    return opened, practice.submit(Submission(opened, flags, seconds, hints_used=hints))


def test_a_submit_queues_one_attempted_statement_with_its_result(lrs):
    opened, submitted = submit_some(lrs)
    [statement] = outbox(lrs.progress)
    installation = lrs.progress.installation_id()
    assert statement["id"] == xapi.statement_id(
        installation, "attempted", str(submitted.attempt_id)
    )
    assert xapi.validate_statement(statement) is None
    assert statement["verb"]["id"] == "http://adlnet.gov/expapi/verbs/attempted"
    assert statement["actor"] == {
        "objectType": "Agent",
        "account": {"homePage": "https://school.example/learners", "name": "Ana"},
    }
    assert statement["object"]["id"] == xapi.article_iri("starter", "miracle-tea")
    report = submitted.report
    result = statement["result"]
    assert result["score"]["raw"] == report.score
    assert result["score"]["scaled"] == round(report.score / 100, 4)
    assert result["duration"] == "PT1M5S"
    assert result["extensions"][xapi.EXT_SPOTTED_F1] == round(report.spotted.f1, 4)
    assert result["extensions"][xapi.EXT_NAMED_F1] == round(report.named.f1, 4)
    assert result["extensions"][xapi.EXT_HINTS_USED] == 1
    assert 0 < report.score < 100  # a partial answer: the numbers above say something
    assert statement["timestamp"] == SUBMITTED_AT
    [entry] = lrs.progress.outbox_statements()
    assert entry.state == "queued" and entry.queued_at == SUBMITTED_AT


def test_the_flags_and_their_notes_are_never_sent(lrs):
    opened = lrs.open("starter", "miracle-tea")
    headline = opened.article.meta.headline
    a = next(a for a in opened.article.annotations if a.quote not in headline)
    lrs.submit(Submission(opened, [Flag(a.start, a.end, a.category, "my private note ZQX")], 30))
    [entry] = lrs.progress.outbox_statements()
    assert "my private note ZQX" not in entry.text
    assert opened.article.text[a.start : a.end] not in entry.text


def test_two_submits_queue_two_statements_with_their_own_ids(lrs):
    submit_some(lrs)
    submit_some(lrs)
    statements = outbox(lrs.progress)
    assert verbs(statements) == ["http://adlnet.gov/expapi/verbs/attempted"] * 2
    assert len({s["id"] for s in statements}) == 2


def test_the_submit_that_finishes_todays_practice_queues_the_set_completed(lrs, clock):
    lrs.practice_size = 2
    running = lrs.start_todays_practice()
    first, second = (i.item.article_id for i in running.items)
    answer_all_but(lrs, first)
    assert verbs(outbox(lrs.progress)) == ["http://adlnet.gov/expapi/verbs/attempted"]
    clock.now += timedelta(minutes=5)
    answer_all_but(lrs, second)
    assert lrs.running_set().finished
    statements = outbox(lrs.progress)
    assert verbs(statements) == ["http://adlnet.gov/expapi/verbs/attempted"] * 2 + [
        "http://adlnet.gov/expapi/verbs/completed"
    ]
    completed = statements[-1]
    assert xapi.validate_statement(completed) is None
    assert completed["result"]["extensions"][xapi.EXT_ARTICLES] == 2
    assert completed["timestamp"] == "2026-03-02T09:05:00+00:00"
    # Doing an article of the finished set again is an attempt, not a second completion.
    answer_all_but(lrs, first)
    assert verbs(outbox(lrs.progress))[-1] == "http://adlnet.gov/expapi/verbs/attempted"
    assert len(outbox(lrs.progress)) == 4


@pytest.fixture
def checked(progress, starter_path, clock):
    pack = open_pack(starter_path)
    progress.set_lrs_settings(SETTINGS)
    practice = Practice(
        progress, progress.add_learner("Ana"), {"starter": CheckedPack(pack)}, clock
    )
    yield practice
    pack.close()


def test_check_answers_and_a_finished_wave_are_queued_with_the_measures(checked, clock):
    run = checked.start_check("starter", "disc")
    answered = []
    while run.next_item is not None:
        item = run.next_item
        rating = 2 if item.truth == "misleading" else 5
        if len(answered) == 0:
            rating = 6  # one wrong, so the measures are not all perfect
        clock.now += timedelta(seconds=3)
        run = checked.answer(run, item.id, rating, 1500 + len(answered))
        answered.append((item, rating))
    result = checked.finish_check(run)
    statements = outbox(checked.progress)
    assert verbs(statements) == ["http://adlnet.gov/expapi/verbs/answered"] * len(answered) + [
        "http://adlnet.gov/expapi/verbs/completed"
    ]
    for statement in statements:
        assert xapi.validate_statement(statement) is None
    for statement, (item, rating) in zip(statements, answered, strict=False):
        assert statement["object"]["id"] == xapi.check_item_iri("starter", "disc", item.id)
        assert statement["result"]["response"] == str(rating)
        assert statement["object"]["definition"]["extensions"][xapi.EXT_TRUTH] == item.truth
    assert statements[0]["result"]["extensions"][xapi.EXT_RESPONSE_TIME_MS] == 1500
    completed = statements[-1]
    extensions = completed["result"]["extensions"]
    measures = result.measures.as_dict()
    assert measures["d_prime"] is not None
    assert extensions[xapi.EXT_MEASURE + "d-prime"] == round(measures["d_prime"], 4)
    assert extensions[xapi.EXT_MEASURE + "n-misleading"] == measures["n_misleading"]
    assert completed["context"]["extensions"][xapi.EXT_CHECK_WAVE] == "pre"
    assert completed["context"]["extensions"][xapi.EXT_CHECK_FORM] == run.form
    # Finishing it again (the finish screen shown twice) queues nothing more.
    checked.finish_check(run)
    assert len(outbox(checked.progress)) == len(statements)


def test_without_settings_nothing_is_queued(progress, starter_path, clock):
    pack = open_pack(starter_path)
    try:
        practice = Practice(
            progress, progress.add_learner("Ana"), {"starter": CheckedPack(pack)}, clock
        )
        practice.practice_size = 1
        running = practice.start_todays_practice()
        answer_all_but(practice, running.next.item.article_id)
        assert practice.running_set().finished
        run = practice.start_check("starter", "disc")
        while run.next_item is not None:
            run = practice.answer(run, run.next_item.id, 3, 1000)
        practice.finish_check(run)
        assert progress.outbox_statements() == []
        assert progress.outbox_counts() == {"queued": 0, "sent": 0, "rejected": 0}
    finally:
        pack.close()


def test_a_statement_that_cannot_be_built_never_costs_the_attempt(lrs, monkeypatch):
    def refuse(**fields):
        raise ValueError("not a moment")

    monkeypatch.setattr(xapi, "attempted_statement", refuse)
    opened, submitted = submit_some(lrs)
    assert [a.id for a in lrs.progress.attempts(lrs.learner.id)] == [submitted.attempt_id]
    assert outbox(lrs.progress) == []


def test_forgetting_the_settings_stops_queueing(lrs):
    submit_some(lrs)
    lrs.progress.set_lrs_settings(None)
    submit_some(lrs)
    assert len(outbox(lrs.progress)) == 1


# -- research mode ------------------------------------------------------------------------


def take_session(session, clock):
    """Every step of the participant's open session; the step it ends on."""
    step = session.next_step()
    for _ in range(200):
        if isinstance(step, CheckStep):
            clock.now += timedelta(seconds=2)
            step = session.answer(step, step.run.next_item.id, 2, 2000)
        elif isinstance(step, PracticeStep) and step.kind == "read":
            session.begin_reading(step)
            step = session.finish_reading(step, 60)
        elif isinstance(step, PracticeStep):
            opened = session.practice.open(step.pack_id, step.article_id)
            session.practice.submit(Submission(opened, [], 60))
            step = session.next_step()
        else:
            return step
    raise AssertionError("the session did not end")


@pytest.fixture
def study_desk(tmp_path, starter_path, clock):
    path = tmp_path / "study.toml"
    path.write_text(study_toml(pack=starter_path, arms=TWO_ARMS), encoding="utf-8")
    desk = StudyDesk.open(path, tmp_path / "data", clock=clock)
    yield desk
    desk.close()


def configure_school(data_dir):
    """The data folder's progress.db set up as `spotit lrs configure` leaves it."""
    school = Progress(data_dir / "progress.db")
    school.set_lrs_settings(SETTINGS)
    school.save_lrs_secret("school-secret")
    school.close()


def test_a_study_queues_nothing_for_the_school_lrs_unless_it_opts_in(study_desk, clock):
    configure_school(study_desk.data_dir)
    assert isinstance(take_session(study_desk.session_for(study_desk.enrol()), clock), SessionDone)
    assert study_desk.progress.outbox_statements() == []


def test_research_participants_are_sent_as_their_codes_only(study_desk, clock):
    assert study_desk.use_school_lrs() is False  # no LRS set up for the data folder
    configure_school(study_desk.data_dir)
    assert study_desk.use_school_lrs() is True
    assert study_desk.progress.lrs_secret() == "school-secret"
    participants = [study_desk.enrol() for _ in range(2)]  # one per arm
    for participant in participants:
        assert isinstance(take_session(study_desk.session_for(participant), clock), SessionDone)
    statements = outbox(study_desk.progress)
    assert {s["actor"]["account"]["name"] for s in statements} == {p.code for p in participants}
    for statement in statements:
        assert xapi.validate_statement(statement) is None
        assert statement["actor"] == {
            "objectType": "Agent",
            "account": {
                "homePage": "https://school.example/learners/participants",
                "name": statement["actor"]["account"]["name"],
            },
        }
    flagged = [s for s in statements if s["verb"]["id"].endswith("/attempted")]
    assert len(flagged) == 1  # the flag arm's one practice article; the read arm none
    # The school forgets its LRS: the study stops queueing too.
    school = Progress(study_desk.data_dir / "progress.db")
    school.set_lrs_settings(None)
    school.close()
    assert study_desk.use_school_lrs() is False
    assert study_desk.progress.lrs_settings() is None


def test_a_study_file_with_lrs_true_sends_participant_codes_to_the_school(
    tmp_path, starter_path, clock
):
    from tests.classroom.fake_lrs import FakeLrs

    from spotit.classroom.lrs import send_pending

    with FakeLrs(secret="school-secret") as lrs:
        data = tmp_path / "data"
        data.mkdir()
        school = Progress(data / "progress.db")
        school.set_lrs_settings(xapi.LrsSettings(lrs.endpoint, lrs.key, SETTINGS.homepage))
        school.save_lrs_secret("school-secret")
        school.close()
        path = tmp_path / "study.toml"
        text = study_toml(pack=starter_path, arms=TWO_ARMS).replace(
            "\n[schedule]", "lrs = true\n\n[schedule]", 1
        )
        path.write_text(text, encoding="utf-8")
        desk = StudyDesk.open(path, data, clock=clock)
        try:
            assert desk.study.lrs  # opted in by the file: no call needed
            participant = desk.enrol()
            assert isinstance(take_session(desk.session_for(participant), clock), SessionDone)
            queued = len(desk.progress.outbox_statements())
            # What the study window does when a session is done, off the GUI thread:
            report = send_pending(desk.progress.path, desk.progress.lrs_secret_path)
        finally:
            desk.close()
        assert queued and report.sent == queued and report.rejected == 0
        assert {s["actor"]["account"]["name"] for s in lrs.statements.values()} == {
            participant.code
        }


def test_lrs_in_a_study_file_must_be_true_or_false(tmp_path, starter_path):
    from spotit.practice.studyfile import StudyFileError, study_from_text

    text = study_toml(pack=starter_path, arms=TWO_ARMS).replace(
        "\n[schedule]", 'lrs = "yes"\n\n[schedule]', 1
    )
    with pytest.raises(StudyFileError, match="lrs: must be true or false"):
        study_from_text(text)
