"""Practice results reach a real LRS (Ralph on loopback), each statement exactly once.

Attempts are submitted through ``Practice`` with the school's LRS configured; they are
queued in the attempt's own transaction, sent with ``interop.lrs.send_outbox``, and read
back through Ralph's own ``GET /xAPI/statements`` (following ``more``).
"""

from __future__ import annotations

import shutil
from datetime import UTC, datetime, timedelta

import pytest
from tests.conftest import answer_all_but
from tests.lrs.conftest import HOMEPAGE, Proxy, configure, held, queued, submit

from spotit.core.xapi import article_iri, validate_statement
from spotit.interop.lrs import send_outbox
from spotit.store.progress import Progress

ARTICLES = ("summit-ultimatum", "clinic-trial", "miracle-tea")
MORE = ("river-betrayal", "meridian-expulsion", "housing-miracle", "jobs-miracle")
ATTEMPTED = "http://adlnet.gov/expapi/verbs/attempted"


def later(hours: float = 2):
    """A clock past every backoff (an hour at most) of what was tried until now (the
    sender's clock is the real one; the practice's is the test's)."""
    moment = datetime.now(UTC) + timedelta(hours=hours)
    return lambda: moment


def test_submitted_attempts_arrive_in_the_lrs_as_they_were_queued(school, ralph):
    # One article with a red flag missed, so the scores differ.
    first = school.open("starter", ARTICLES[0]).article.annotations[0].category
    answer_all_but(school, ARTICLES[0], miss=(first,))
    submit(school, ARTICLES[1:])
    outbox = queued(school.progress)
    attempts = school.progress.attempts(school.learner.id)
    assert len(attempts) == 3
    attempted = [s for s in outbox.values() if s["verb"]["id"] == ATTEMPTED]
    assert len(attempted) == 3  # one per attempt, queued by the submit itself
    assert all(validate_statement(s) is None for s in outbox.values())

    report = send_outbox(school.progress)

    assert (report.sent, report.rejected, report.retry_later) == (len(outbox), 0, 0), report
    stored = held(ralph)
    assert stored == outbox  # every statement, as queued, and nothing else
    assert school.progress.outbox_counts() == {"queued": 0, "sent": len(outbox), "rejected": 0}
    # What a school's dashboard reads: Ana, as an account on the school's homepage, and
    # each article she attempted with her score.
    ana = {"objectType": "Agent", "account": {"homePage": HOMEPAGE, "name": "Ana"}}
    # (Filtered here: Ralph 5.1.0's fs backend answers no statement to ?verb=.)
    mine = [s for s in stored.values() if s["verb"]["id"] == ATTEMPTED]
    assert len(mine) == 3 and all(s["actor"] == ana for s in mine)
    scores = {s["object"]["id"]: s["result"]["score"]["scaled"] for s in mine}
    assert scores == {article_iri("starter", a.article_id): a.score / 100 for a in attempts}
    assert len(set(scores.values())) > 1


def test_sending_again_stores_each_statement_once(school, ralph, tmp_path):
    """A lab machine restored from last night's copy sends its outbox again: the LRS keeps
    one of each (statement ids come from the database, not from the sending)."""
    submit(school, ARTICLES)
    outbox = queued(school.progress)
    copy = tmp_path / "restored"
    copy.mkdir()
    for part in tmp_path.glob("progress.db*"):  # the database with its write-ahead log
        shutil.copy(part, copy / part.name)
    restored = Progress(copy / "progress.db")
    try:
        configure(restored, ralph.endpoint, ralph.password)
        first = send_outbox(school.progress)
        second = send_outbox(restored)
        third = send_outbox(school.progress)  # nothing left to send
    finally:
        restored.close()
    assert first.sent == second.sent == len(outbox)
    assert (third.sent, third.rejected, third.retry_later) == (0, 0, 0)
    assert held(ralph) == outbox


def test_an_lrs_that_is_down_loses_nothing_and_everything_arrives_once_it_is_back(school, ralph):
    submit(school, ARTICLES)
    assert send_outbox(school.progress).sent == 3
    ralph.stop()
    submit(school, MORE)

    down = send_outbox(school.progress)

    assert down.sent == 0 and down.rejected == 0 and down.retry_later == 4, down
    assert "cannot reach" in down.last_error or "cut" in down.last_error, down.last_error
    assert school.progress.outbox_counts() == {"queued": 4, "sent": 3, "rejected": 0}
    assert school.progress.outbox_last_error() == down.last_error
    # Not due again yet: the backoff holds them (30 s after the first try).
    assert send_outbox(school.progress).sent == 0

    ralph.start()
    # SpotIt was restarted meanwhile: the outbox is in the file, not in the process.
    reopened = Progress(school.progress.path)
    try:
        back = send_outbox(reopened, now=later())
    finally:
        reopened.close()

    assert (back.sent, back.rejected, back.retry_later) == (4, 0, 0), back
    assert held(ralph) == queued(school.progress)
    assert school.progress.outbox_counts() == {"queued": 0, "sent": 7, "rejected": 0}


@pytest.mark.parametrize(
    "plan",
    [
        # Ralph dies as the second batch of 5 arrives: that batch and the rest wait.
        {2: "kill-before"},
        # Ralph stores the second batch, then dies before its answer reaches SpotIt: the
        # batch is sent again after the restart, and Ralph does not store it twice.
        {2: "kill-after"},
    ],
    ids=["before-storing", "after-storing"],
)
def test_ralph_killed_mid_batch_then_restarted_gets_every_statement_exactly_once(
    school, ralph, plan
):
    progress = school.progress
    proxy = Proxy(ralph, plan)
    try:
        configure(progress, proxy.endpoint, ralph.password, batch=5)
        submit(school, ARTICLES + MORE)
        submit(school, ARTICLES + MORE)  # 14 attempts: batches of 5, 5 and 4
        outbox = queued(progress)
        assert len(outbox) == 14

        cut = send_outbox(progress)

        assert cut.sent == 5, cut  # the first batch; the run stops at the failure
        assert cut.rejected == 0 and cut.retry_later == 5, cut
        assert progress.outbox_counts()["queued"] == len(outbox) - 5
        assert not ralph.running
        assert (2, plan[2]) in proxy.seen
        ralph.restart()
        # After storing, Ralph holds the batch whose answer was lost.
        assert len(held(ralph)) == (10 if plan[2] == "kill-after" else 5)

        again = send_outbox(progress, now=later())

        assert again.rejected == 0 and again.retry_later == 0, again
        assert again.sent == len(outbox) - 5
        assert held(ralph) == outbox
        assert progress.outbox_counts() == {"queued": 0, "sent": len(outbox), "rejected": 0}
    finally:
        proxy.close()
