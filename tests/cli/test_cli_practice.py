"""`spotit practice plan` and `spotit attempt submit`: output shapes and one-line errors."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime

import pytest

from spotit.cli import main
from spotit.practice import Practice
from spotit.store.bundled import bundled_packs, data_dir
from spotit.store.pack import open_pack
from spotit.store.progress import Progress

DAY1, DAY2 = "2026-03-02T09:00:00+00:00", "2026-03-03T09:30:00+00:00"


def run(capsys, *args):
    status = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture
def flags(tmp_path):
    path = tmp_path / "flags.json"
    path.write_text(json.dumps([{"quote": "a leading doctor", "category": "false-authority"}]))
    return path


def submit(capsys, flags, *extra, learner="Ana", article="miracle-tea"):
    return run(capsys, "attempt", "submit", "--learner", learner, "starter", article, flags, *extra)


def test_submit_records_the_attempt_and_reviews_the_cards(capsys, flags):
    status, out, err = submit(capsys, flags, "--at", DAY1, "--seconds", "600", "--json")
    assert status == 0 and err == ""
    result = json.loads(out)
    assert set(result) == {"attempt", "score", "summary", "reviews"}
    reviews = {r["card"]: r for r in result["reviews"]}
    assert reviews["false-authority"]["rating"] == "Good"
    assert reviews["false-authority"]["reason"] == "found"
    assert reviews["vague-source"] == {
        "card": "vague-source",
        "rating": "Again",
        "reason": "missed",
        "due": "2026-03-03T09:00:00+00:00",
    }
    # Exactly as the app: the attempt is the learner's, in the data folder's database.
    progress = Progress(data_dir() / "progress.db")
    try:
        (ana,) = progress.learners()
        (attempt,) = progress.attempts(ana.id)
        assert attempt.id == result["attempt"] and attempt.score == result["score"]
        assert attempt.submitted_at == DAY1 and attempt.seconds_spent == 600
        assert {c.card for c in progress.cards(ana.id)} == set(reviews)
    finally:
        progress.close()


def test_hints_and_seconds_change_the_ratings(capsys, flags):
    _, out, _ = submit(capsys, flags, "--at", DAY1, "--seconds", "40", "--json")
    assert {r["card"]: r["rating"] for r in json.loads(out)["reviews"]}["false-authority"] == "Easy"
    _, out, _ = submit(
        capsys, flags, "--at", DAY1, "--hints", "1", "--json", learner="Bo", article="miracle-tea"
    )
    hinted = {r["card"]: r for r in json.loads(out)["reviews"]}["false-authority"]
    assert (hinted["rating"], hinted["reason"]) == ("Hard", "found, after a hint")


def test_plan_json_shape(capsys, flags):
    submit(capsys, flags, "--at", DAY1, "--seconds", "600")
    status, out, err = run(capsys, "practice", "plan", "--learner", "ana", "--at", DAY2, "--json")
    assert status == 0 and err == ""
    plan = json.loads(out)
    assert set(plan) == {"due", "next", "next_due"}
    assert plan["due"] and all(
        set(d) == {"card", "category", "due", "retrievability"} for d in plan["due"]
    )
    assert {d["category"] for d in plan["due"]} >= {"vague-source", "loaded-language"}
    assert "false-authority" not in {d["category"] for d in plan["due"]}  # found: later
    for d in plan["due"]:
        assert datetime.fromisoformat(d["due"]) <= datetime.fromisoformat(DAY2)
        assert 0 < d["retrievability"] < 1
    assert len(plan["next"]) == 5
    assert all(set(n) == {"pack", "article", "reason"} for n in plan["next"])
    assert plan["next"][0]["reason"].startswith("due: ")
    assert "miracle-tea" not in {n["article"] for n in plan["next"]}  # done this week
    assert plan["next_due"] == "2026-03-04T09:00:00+00:00"


def test_plan_is_what_practice_gives(capsys, flags):
    submit(capsys, flags, "--at", DAY1)
    _, out, _ = run(capsys, "practice", "plan", "--learner", "Ana", "--at", DAY2, "--json")
    progress = Progress(data_dir() / "progress.db")
    packs = {p.meta.id: p for p in map(open_pack, bundled_packs())}
    practice = Practice(progress, progress.learners()[0], packs, clock=lambda: DAY2)
    try:
        items = practice.todays_practice().items
        assert [(n["pack"], n["article"]) for n in json.loads(out)["next"]] == [
            i.key for i in items
        ]
    finally:
        practice.close_packs()
        progress.close()


def test_plan_text_and_size(capsys, flags):
    submit(capsys, flags, "--at", DAY1)
    status, out, _ = run(
        capsys, "practice", "plan", "--learner", "Ana", "--at", DAY2, "--size", "3"
    )
    assert status == 0
    lines = out.splitlines()
    assert lines[0].startswith("Due (") and "Vague or anonymous source: due 2026-03-03" in out
    assert "Today's practice:" in lines
    listed = lines[lines.index("Today's practice:") + 1 :]
    assert len(listed) == 3 and listed[0].startswith("  1. starter ")


def test_a_new_learner_has_nothing_due_and_meets_new_categories(capsys):
    progress = Progress(data_dir() / "progress.db")
    progress.add_learner("Cleo")
    progress.close()
    status, out, _ = run(capsys, "practice", "plan", "--learner", "Cleo", "--json")
    plan = json.loads(out)
    assert status == 0 and plan["due"] == [] and plan["next_due"] is None
    assert plan["next"][0]["reason"].startswith("new: ")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--at", "yesterday"], "--at yesterday: not an ISO time"),
        (["--hints", "-1"], "--hints -1: must be a whole number ≥ 0"),
        (["--seconds", "lots"], "--seconds lots: must be a whole number ≥ 0"),
    ],
)
def test_submit_errors_name_the_option(capsys, flags, args, message):
    status, out, err = submit(capsys, flags, *args)
    assert status == 2 and out == ""
    assert err.startswith(f"spotit: error: {message}") and err.count("\n") == 1


def test_submit_errors_name_the_pack_article_or_flag(capsys, flags, tmp_path):
    status, _, err = run(capsys, "attempt", "submit", "--learner", "Ana", "nopack", "x", flags)
    assert status == 2 and "nopack: no such pack file" in err and err.count("\n") == 1
    status, _, err = submit(capsys, flags, article="no-such-article")
    assert status == 2 and "no article with id 'no-such-article'" in err
    bad = tmp_path / "bad.json"
    bad.write_text('[{"quote": "a leading doctor", "category": "nonsense"}]')
    status, _, err = submit(capsys, bad)
    assert status == 2 and f"{bad}: flag 1: unknown category 'nonsense'" in err
    assert err.count("\n") == 1
    # A bad article or flags file leaves nothing behind: not even the new learner.
    progress = Progress(data_dir() / "progress.db")
    try:
        assert progress.learners() == []
    finally:
        progress.close()


def test_plan_errors(capsys):
    status, out, err = run(capsys, "practice", "plan", "--learner", "Nobody")
    assert status == 2 and out == ""
    assert err == "spotit: error: --learner Nobody: no learner of that name (learners: none yet)\n"
    status, _, err = run(capsys, "practice", "plan", "--learner", "Nobody", "--size", "0")
    assert status == 2 and "--size 0: must be between 1 and 20" in err


def test_it_runs_in_a_fresh_process_as_python_m_spotit_cli():
    # `python -m spotit.cli`: the commands are registered when the parser is built.
    env_run = [sys.executable, "-m", "spotit.cli", "practice", "plan", "--learner", "Zed"]
    done = subprocess.run(env_run, capture_output=True, text=True, timeout=120)
    assert done.returncode == 2 and done.stderr.startswith("spotit: error: --learner Zed")
