"""What a real LRS (Ralph) refuses: one statement of a batch, or the school's credentials.

Neither loses anything: a refused statement stays in the outbox as rejected with Ralph's
reason while the rest of its batch arrives; refused credentials leave every statement
queued until the school fixes them.
"""

from __future__ import annotations

import copy
from datetime import UTC, datetime, timedelta

from tests.lrs.conftest import configure, held, queued, submit

from spotit.interop.lrs import send_outbox

ARTICLES = ("summit-ultimatum", "clinic-trial", "miracle-tea", "river-betrayal")


def test_a_statement_the_lrs_refuses_is_kept_rejected_and_the_rest_of_its_batch_arrives(
    school, ralph
):
    submit(school, ARTICLES)
    outbox = queued(school.progress)
    # The LRS already holds another statement under the id of one of ours (another tool
    # wrote it): xAPI says to refuse ours with 409 Conflict, and Ralph refuses the batch.
    clash_id = sorted(outbox)[1]
    theirs = copy.deepcopy(outbox[clash_id])
    theirs["result"]["score"]["raw"] = 0
    theirs["result"]["score"]["scaled"] = 0.0
    status, _ = ralph.post([theirs])
    assert status == 200

    report = send_outbox(school.progress)

    assert (report.sent, report.rejected, report.retry_later) == (len(outbox) - 1, 1, 0), report
    (rejected,) = school.progress.outbox_statements("rejected")
    assert rejected.statement_id == clash_id
    assert "409" in rejected.last_error and "Differing statements" in rejected.last_error
    assert "\n" not in rejected.last_error
    assert rejected.statement == outbox[clash_id]  # kept as queued, never lost
    stored = held(ralph)
    assert stored == {**{k: v for k, v in outbox.items() if k != clash_id}, clash_id: theirs}
    # Never sent again: a later run has nothing to do.
    later = datetime.now(UTC) + timedelta(hours=2)
    again = send_outbox(school.progress, now=lambda: later)
    assert (again.sent, again.rejected, again.retry_later) == (0, 0, 0)


def test_refused_credentials_keep_everything_queued_until_the_school_fixes_them(school, ralph):
    submit(school, ARTICLES)
    configure(school.progress, ralph.endpoint, "not-the-secret")

    refused = send_outbox(school.progress)

    assert (refused.sent, refused.rejected, refused.retry_later) == (0, 0, len(ARTICLES))
    assert "401" in refused.last_error and "key or secret" in refused.last_error
    assert "not-the-secret" not in refused.last_error
    assert ralph.password not in refused.last_error
    assert school.progress.outbox_counts()["queued"] == len(ARTICLES)
    assert held(ralph) == {}

    configure(school.progress, ralph.endpoint, ralph.password)
    later = datetime.now(UTC) + timedelta(hours=2)
    fixed = send_outbox(school.progress, now=lambda: later)

    assert (fixed.sent, fixed.rejected, fixed.retry_later) == (len(ARTICLES), 0, 0), fixed
    assert held(ralph) == queued(school.progress)
