"""A school's IT on the command line, against a real LRS (Ralph): `spotit lrs configure`,
attempts recorded with `spotit attempt submit`, `spotit lrs push` while Ralph is down and
again once it is back, `spotit lrs status` in between. The secret is never printed."""

from __future__ import annotations

import json

from tests.lrs.conftest import HOMEPAGE, held

from spotit.cli import main
from spotit.core.xapi import VERB_ATTEMPTED
from spotit.store.bundled import data_dir
from spotit.store.progress import Progress

DAY1 = "2026-03-02T09:00:00+00:00"
ARTICLES = {
    "miracle-tea": [{"quote": "a leading doctor", "category": "false-authority"}],
    "summit-ultimatum": [],
}


#: Everything the commands printed in the test (to check the secret is never among it).
PRINTED: list[str] = []


def run(capsys, *args):
    status = main([str(a) for a in args])
    out, err = capsys.readouterr()
    PRINTED.append(out + err)
    return status, out, err


def test_push_from_the_command_line_resumes_after_the_lrs_comes_back(capsys, ralph, tmp_path):
    PRINTED.clear()
    secret = tmp_path / "lrs-secret.txt"
    secret.write_text(ralph.password + "\n", encoding="utf-8")
    status, out, err = run(
        capsys, "lrs", "configure", ralph.endpoint, "--key", "spotit",
        "--secret-file", secret, "--homepage", HOMEPAGE,
    )  # fmt: skip
    assert status == 0, err
    for article, flags in ARTICLES.items():
        path = tmp_path / f"{article}.json"
        path.write_text(json.dumps(flags), encoding="utf-8")
        status, _, err = run(
            capsys, "attempt", "submit", "--learner", "Ana", "starter", article, path,
            "--at", DAY1,
        )  # fmt: skip
        assert status == 0, err
    ralph.stop()

    status, out, err = run(capsys, "lrs", "push")
    assert status == 1  # something was left unsent
    assert out.splitlines()[0].startswith("sent 0, rejected 0, ")
    status, out, _ = run(capsys, "lrs", "status", "--json")
    waiting = json.loads(out)
    queued = waiting["counts"]["queued"]
    assert queued >= len(ARTICLES) and waiting["counts"]["sent"] == 0
    assert "cannot reach" in waiting["last_error"]

    ralph.start()
    # push sends now, even what waits for its next try after the failure.
    status, out, err = run(capsys, "lrs", "push", "--json")
    assert status == 0, out + err
    report = json.loads(out)
    assert report["sent"] == queued and report["rejected"] == 0 and report["retry_later"] == 0
    assert report["counts"] == {"queued": 0, "sent": queued, "rejected": 0}

    stored = held(ralph)
    progress = Progress(data_dir() / "progress.db")
    try:
        assert stored == {e.statement_id: e.statement for e in progress.outbox_statements()}
    finally:
        progress.close()
    attempted = [s for s in stored.values() if s["verb"]["id"] == VERB_ATTEMPTED]
    assert len(attempted) == len(ARTICLES)
    assert {s["actor"]["account"]["name"] for s in attempted} == {"Ana"}
    assert len(PRINTED) == 6 and not any(ralph.password in text for text in PRINTED)
