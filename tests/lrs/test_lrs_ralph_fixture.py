"""The LRS the other tests in tests/lrs rely on: Ralph stores batch after batch, keeps
them across a restart, pages them with ``more`` and never stores an id twice."""

from __future__ import annotations

import json
import uuid

from bench.ralph_lrs import as_sent


def _statement(n: int) -> dict:
    return {
        "id": str(uuid.uuid4()),
        "actor": {
            "objectType": "Agent",
            "account": {"homePage": "https://school.example", "name": f"learner-{n}"},
        },
        "verb": {
            "id": "http://adlnet.gov/expapi/verbs/attempted",
            "display": {"en-US": "attempted"},
        },
        "object": {"objectType": "Activity", "id": f"urn:spotit:article:fixture-{n}"},
        "timestamp": "2026-03-02T09:00:00+00:00",
    }


def test_ralph_keeps_every_batch_across_a_restart_and_pages_them(ralph):
    first = [_statement(n) for n in range(120)]
    second = [_statement(n) for n in range(120, 130)]
    status, body = ralph.post(first)
    assert status == 200, body
    assert json.loads(body) == [s["id"] for s in first]
    # A second batch is stored too (bench/ralph_app.py: Ralph's fs backend appends).
    status, body = ralph.post(second)
    assert status == 200, ralph.log_tail()

    ralph.restart()
    stored = ralph.statements()  # more than one page: Ralph answers 100 at a time
    assert len(stored) == 130
    by_id = {s["id"]: s for s in stored}
    assert {i: as_sent(s) for i, s in by_id.items()} == {s["id"]: s for s in first + second}
    assert all(s["authority"]["mbox"] == "mailto:it@school.example" for s in stored)


def test_ralph_stores_a_statement_sent_again_once(ralph):
    batch = [_statement(n) for n in range(3)]
    assert ralph.post(batch)[0] == 200
    assert ralph.post(batch)[0] == 204
    # Some already stored, some new: the new one is stored, the others not again.
    extra = _statement(3)
    assert ralph.post(batch + [extra])[0] == 200
    stored = [s["id"] for s in ralph.statements()]
    assert sorted(stored) == sorted(s["id"] for s in batch + [extra])
