"""The instructor's report: means by group and wave with their intervals, the change within
participants, the difference between groups, and the reading in plain words on constructed
data; the rows of this computer's learners, taken through Practice."""

from __future__ import annotations

import json
import random

import pytest
from tests.conftest import answer_all_but, study_toml

from spotit.core.measures import Measures, mean_ci, welch_difference
from spotit.practice.report import (
    THIS_COMPUTER,
    CheckRow,
    check_report,
    checks_in,
    interval,
    report_json,
    report_text,
    rows_for_learners,
    rows_of_check,
    wave_key,
)


def m(d: float, c: float, auc: float | None = None) -> Measures:
    """Measures with the given d′ and c (and an AUC that follows d′ unless given)."""
    a = auc if auc is not None else min(0.99, 0.5 + d / 6)
    return Measures(8, 8, None, None, d, c, a, 0, 0, 0, 0, 0)


def group_rows(group, n, pre, later, name="", rng_seed=1, spread=0.3):
    """``n`` participants of ``group``: (d′, c) at the pre and at each later wave, each
    participant's values scattered around the group's by ``spread``."""
    rng = random.Random(rng_seed)
    rows = []
    for i in range(n):
        own_d, own_c = rng.gauss(0, spread), rng.gauss(0, spread / 2)
        rows.append(CheckRow(group, f"{group}-{i}", "pre", m(pre[0] + own_d, pre[1] + own_c), name))
        for wave, (d, c) in later.items():
            jitter_d, jitter_c = rng.gauss(0, spread / 2), rng.gauss(0, spread / 4)
            rows.append(
                CheckRow(
                    group, f"{group}-{i}", wave, m(d + own_d + jitter_d, c + own_c + jitter_c), name
                )
            )
    return rows


def test_waves_come_in_schedule_order():
    waves = ["delayed-30", "post", "zzz", "delayed-7", "pre"]
    assert sorted(waves, key=wave_key) == ["pre", "post", "delayed-7", "delayed-30", "zzz"]


def test_means_and_changes_are_the_estimates_of_the_participants_values():
    rows = [
        CheckRow("g", "a", "pre", m(0.5, 0.1)),
        CheckRow("g", "b", "pre", m(1.0, 0.0)),
        CheckRow("g", "c", "pre", m(0.3, -0.2)),
        CheckRow("g", "a", "post", m(1.5, 0.0)),
        CheckRow("g", "b", "post", m(1.2, 0.1)),
        CheckRow("g", "c", "delayed-7", m(0.9, -0.1)),
    ]
    report = check_report(rows)
    assert report.waves == ("pre", "post", "delayed-7")
    pre = report.summary("g", "pre")
    assert pre.n == 3 and pre.d_prime == mean_ci([0.5, 1.0, 0.3])
    assert report.summary("g", "delayed-7").n == 1
    post = report.change("g", "post")
    # Only a and b took both: the change is within them.
    assert post.n == 2
    assert post.d_prime == mean_ci([1.5 - 0.5, 1.2 - 1.0])
    assert post.c.mean == pytest.approx(((0.0 - 0.1) + (0.1 - 0.0)) / 2)


def test_a_rise_in_d_prime_reads_as_better_discrimination():
    rows = group_rows("spotit", 20, (0.6, 0.0), {"post": (1.5, 0.0)}, "SpotIt practice")
    report = check_report(rows)
    (line,) = report.reading
    assert line.startswith("SpotIt practice: d′ rose from ")
    assert "better discrimination, not just more sceptical" in line
    assert "c did not clearly change" in line
    assert "20 participants" in line and "first look" not in line
    assert report.change("spotit", "post").d_prime.low > 0


def test_a_drop_in_c_with_flat_d_prime_reads_as_more_sceptical():
    rows = group_rows("control", 20, (0.6, 0.2), {"post": (0.6, -0.5)}, "Reading")
    (line,) = check_report(rows).reading
    assert "not a clear change (change within participants" in line
    assert "c fell from" in line
    assert "more sceptical, not better discrimination" in line
    assert "better discrimination, not just" not in line


def test_both_a_rise_in_d_prime_and_a_drop_in_c_say_both():
    rows = group_rows("g", 20, (0.6, 0.2), {"post": (1.6, -0.5)})
    (line,) = check_report(rows).reading
    assert "better discrimination, and also more sceptical" in line


def test_a_small_clear_rise_with_a_drop_in_c_reads_as_mostly_more_sceptical():
    rows = group_rows("g", 30, (0.6, 0.2), {"post": (0.7, -0.5)}, spread=0.1)
    report = check_report(rows)
    assert report.change("g", "post").d_prime.low > 0  # clear, but small
    (line,) = report.reading
    assert "mostly more sceptical" in line and "only slightly better discrimination" in line


def test_no_change_says_so():
    rows = group_rows("g", 20, (0.8, 0.1), {"post": (0.8, 0.1)})
    (line,) = check_report(rows).reading
    assert "no clear change in discrimination or in scepticism" in line


def test_a_small_group_says_its_intervals_are_wide():
    rows = group_rows("g", 4, (0.6, 0.0), {"post": (1.8, 0.0)})
    (line,) = check_report(rows).reading
    assert "With only 4 participants the intervals are wide" in line
    one = [r for r in rows if r.participant == "g-0"]
    (line,) = check_report(one).reading
    assert "only 1 participant took both" in line and "too few" in line


def test_without_a_pre_check_or_a_later_one_there_is_nothing_to_compare():
    rows = group_rows("g", 5, (0.6, 0.0), {"post": (1.0, 0.0)})
    (line,) = check_report([r for r in rows if r.wave == "post"]).reading
    assert "no one has finished the pre-check" in line
    (line,) = check_report([r for r in rows if r.wave == "pre"]).reading
    assert "5 participants took the pre-check" in line and "no one has taken a later" in line
    assert check_report([]).reading == ("No finished checks to report on yet.",)


def test_two_groups_compare_their_changes_in_d_prime_by_welch():
    spotit = group_rows("spotit", 20, (0.6, 0.0), {"post": (1.6, 0.0)}, "SpotIt", rng_seed=2)
    control = group_rows("control", 20, (0.6, 0.0), {"post": (0.6, -0.5)}, "Reading", rng_seed=3)
    report = check_report(spotit + control)
    assert [g.id for g in report.groups] == ["spotit", "control"]
    (diff,) = report.differences
    assert (diff.first, diff.second, diff.to_wave) == ("spotit", "control", "post")

    def changes(rows):
        by = {}
        for r in rows:
            by.setdefault(r.participant, {})[r.wave] = r.measures.d_prime
        return [w["post"] - w["pre"] for w in by.values()]

    expected, df = welch_difference(changes(spotit), changes(control))
    assert diff.estimate == expected and diff.df == df
    assert diff.estimate.low > 0
    assert report.reading[-1].startswith(
        "SpotIt vs Reading, at the post-check: d′ rose more in SpotIt"
    )
    assert "Welch's t, df" in report.reading[-1]


def test_groups_that_cannot_be_told_apart_say_so():
    one = group_rows("a", 12, (0.6, 0.0), {"post": (1.0, 0.0)}, rng_seed=4, spread=0.8)
    two = group_rows("b", 12, (0.6, 0.0), {"post": (0.9, 0.0)}, rng_seed=5, spread=0.8)
    line = check_report(one + two).reading[-1]
    assert "cannot be told apart yet" in line


def test_rows_without_measures_are_left_out_and_bad_rows_refused():
    rows = [CheckRow("g", "a", "pre", m(0.5, 0.1)), CheckRow("g", "b", "pre", None)]
    assert check_report(rows).summary("g", "pre").n == 1
    with pytest.raises(ValueError, match="'a' .* the wave 'pre' twice"):
        check_report([*rows, CheckRow("g", "a", "pre", m(0.1, 0.1))])
    with pytest.raises(ValueError, match="more than one check"):
        check_report(
            [
                CheckRow("g", "a", "pre", m(0.5, 0.1), "", "p", "x"),
                CheckRow("g", "b", "pre", m(0.5, 0.1), "", "p", "y"),
            ]
        )


def test_text_and_json_carry_the_same_numbers():
    rows = group_rows("spotit", 12, (0.6, 0.0), {"post": (1.5, 0.0), "delayed-7": (1.2, 0.0)})
    rows += group_rows("control", 12, (0.6, 0.0), {"post": (0.7, -0.4), "delayed-7": (0.6, -0.2)})
    report = check_report(rows, title="Pilot")
    data = json.loads(json.dumps(report_json(report)))
    assert data["waves"] == ["pre", "post", "delayed-7"]
    assert [g["id"] for g in data["groups"]] == ["spotit", "control"]
    first = data["by_wave"][0]
    assert (first["group"], first["wave"], first["n"]) == ("spotit", "pre", 12)
    assert first["d_prime"]["mean"] == pytest.approx(report.summary("spotit", "pre").d_prime.mean)
    assert set(first["d_prime"]) == {"mean", "low", "high", "n"}
    change = next(c for c in data["changes"] if (c["group"], c["to"]) == ("control", "post"))
    assert change["c"]["high"] < 0
    assert len(data["differences"]) == 2 and data["differences"][0]["df"] > 1
    assert data["reading"] == list(report.reading)

    text = report_text(report)
    assert text.startswith("Check report: Pilot")
    pre = report.summary("spotit", "pre")
    assert interval(pre.d_prime) in text
    assert "Change from the pre-check within participants" in text
    assert "spotit − control" in text
    for line in report.reading:
        assert line in text


def test_numbers_use_a_true_minus_and_say_when_there_is_no_interval():
    assert interval(mean_ci([-0.5, -0.25, -0.75])).startswith("−0.50 [−")
    assert interval(mean_ci([0.3])) == "0.30"
    assert interval(mean_ci([0.2, 0.4]), sign=True).startswith("+0.30 [")


# -- this computer's learners ---------------------------------------------------------------
def take_check(practice, rating_of) -> None:
    """Take the starter check's wave due now, rating each item with ``rating_of(item)``."""
    run = practice.start_check("starter", "discernment")
    while run.next_item is not None:
        item = run.next_item
        run = practice.answer(run, item.id, rating_of(item), 1500)
    practice.finish_check(run)


def sharp(item) -> int:
    return 5 if item.truth == "credible" else 2


def unsure(item) -> int:
    """ "Maybe credible" for everything: d′ 0 on any form."""
    return 4


def practise_today(practice) -> None:
    practice.practice_size = 1
    running = practice.start_todays_practice()
    answer_all_but(practice, running.next.item.article_id)


def test_rows_for_learners_report_this_computers_learners(practice, clock):
    from spotit.practice import Practice

    progress, packs = practice.progress, practice.packs
    learners = [practice.learner, progress.add_learner("Ben"), progress.add_learner("Cy")]
    takers = [Practice(progress, learner, packs, clock=clock) for learner in learners[:2]]
    for p in takers:
        take_check(p, unsure)
    rows = rows_for_learners(progress, packs, learners)
    assert {(r.group, r.wave) for r in rows} == {(THIS_COMPUTER, "pre")}
    assert len(rows) == 2  # Cy took no check
    assert checks_in(rows) == [("starter", "discernment", rows[0].title)]
    assert rows_of_check(rows, "starter", "nope") == []
    report = check_report(rows_of_check(rows, "starter", "discernment"))
    assert report.groups[0].name == "This computer" and report.groups[0].participants == 2
    assert report.summary(THIS_COMPUTER, "pre").n == 2
    assert "no one has taken a later check yet" in report.reading[0]

    # Both practise, take the post-check sharply: their d′ rises from 0 by
    # the same amount each, so even two give a clear change.
    for p in takers:
        practise_today(p)
        take_check(p, sharp)
    report = check_report(rows_for_learners(progress, packs, learners))
    assert report.waves == ("pre", "post")
    change = report.change(THIS_COMPUTER, "post")
    assert change.n == 2 and change.d_prime.mean > 1.5
    assert report.summary(THIS_COMPUTER, "post").auc.mean == 1.0
    assert "This computer: d′ rose from" in report.reading[0]
    assert "With only 2 participants" in report.reading[0]


def test_rows_for_study_group_by_arm_in_the_study_files_order(practice, clock):
    """A desk as ``StudyDesk`` gives it (study, pack, participants, each one's Practice):
    rows come grouped by arm in the order of the study file, named by the arm's name."""
    from types import SimpleNamespace

    from spotit.practice import Practice
    from spotit.practice.report import rows_for_study

    progress, packs = practice.progress, practice.packs
    spotit = SimpleNamespace(id="spotit", name="SpotIt practice")
    control = SimpleNamespace(id="control", name="Reading credible articles")
    # Enrolled control first: the report still lists the arms as the file does.
    people = []
    for code, arm, rate in [("K7M-Q2X", control, unsure), ("A3C-D4E", spotit, sharp)]:
        learner = progress.add_learner(code)
        p = Practice(progress, learner, packs, clock=clock)
        take_check(p, rate)
        people.append((SimpleNamespace(code=code, arm=arm, learner_id=learner.id), p))
    sessions = {who.code: SimpleNamespace(practice=p) for who, p in people}
    desk = SimpleNamespace(
        study=SimpleNamespace(title="Pilot", check="discernment", arms=(spotit, control)),
        pack=packs["starter"],
        participants=lambda: [who for who, _ in people],
        session_for=lambda who: sessions[who.code],
    )
    rows = rows_for_study(desk)
    assert [(r.group, r.participant, r.wave) for r in rows] == [
        ("spotit", "A3C-D4E", "pre"),
        ("control", "K7M-Q2X", "pre"),
    ]
    report = check_report(rows)
    assert [(g.id, g.name) for g in report.groups] == [
        ("spotit", "SpotIt practice"),
        ("control", "Reading credible articles"),
    ]
    assert report.title.startswith("Pilot: ")
    assert report.summary("spotit", "pre").d_prime.mean > 2
    assert report.summary("control", "pre").d_prime.mean == 0


def test_the_reading_shown_in_docs_measures_is_what_the_report_says():
    import re
    from pathlib import Path

    text = (Path(__file__).parents[2] / "docs" / "measures.md").read_text(encoding="utf-8")
    section = text[text.index("## The report") :]
    (shown,) = re.findall(r"^```text\n(.*?)^```", section, re.MULTILINE | re.DOTALL)
    rows = group_rows("spotit", 20, (0.6, 0.0), {"post": (1.5, 0.0)}, "SpotIt practice")
    rows += group_rows(
        "control", 20, (0.6, 0.0), {"post": (0.6, -0.5)}, "Reading credible articles", rng_seed=5
    )
    report = check_report(rows)
    assert shown.splitlines() == [f"- {line}" for line in report.reading]


# -- a real study, through StudyDesk --------------------------------------------------------


def test_rows_for_study_of_a_real_study(tmp_path, starter_path):
    """Four participants through session 1 (pre, practice, post): in the SpotIt arm the
    post is answered sharply, in the reading arm everything is called not credible."""
    from datetime import timedelta

    from tests.conftest import Clock

    from spotit.core.model import Flag
    from spotit.practice.report import rows_for_study
    from spotit.practice.session import Submission
    from spotit.practice.study import CheckStep, PracticeStep, StudyDesk

    path = tmp_path / "study.toml"
    path.write_text(
        study_toml("report-test", title="Report test", pack=starter_path, seed=11, delays="[]"),
        encoding="utf-8",
    )
    clock = Clock()
    desk = StudyDesk.open(path, tmp_path / "data", clock=clock)
    try:
        for _ in range(4):
            participant = desk.enrol()
            session = desk.session_for(participant)
            step = session.next_step()
            while isinstance(step, CheckStep | PracticeStep):
                clock.now += timedelta(seconds=5)
                if isinstance(step, CheckStep):
                    item = step.run.next_item
                    if step.wave == "pre":
                        rating = 4  # unsure of everything: d′ 0
                    elif participant.arm.id == "spotit":
                        rating = sharp(item)
                    else:
                        rating = 2  # everything "probably not credible"
                    step = session.answer(step, item.id, rating, 2000)
                elif step.kind == "read":
                    session.begin_reading(step)
                    step = session.finish_reading(step, 60)
                else:
                    opened = session.practice.open(step.pack_id, step.article_id)
                    flags = [Flag(a.start, a.end, a.category) for a in opened.article.annotations]
                    session.practice.submit(Submission(opened, flags, 60))
                    step = session.next_step()
        rows = rows_for_study(desk)
        codes = {p.code for p in desk.participants()}
    finally:
        desk.close()

    assert {r.participant for r in rows} == codes
    assert len(rows) == 8 and {r.wave for r in rows} == {"pre", "post"}
    report = check_report(rows)
    assert report.title == "Report test: " + rows[0].title.split(": ", 1)[1]
    assert [(g.id, g.name, g.participants) for g in report.groups] == [
        ("spotit", "SpotIt practice", 2),
        ("control", "Reading credible articles", 2),
    ]
    spotit, control = report.reading[:2]
    assert spotit.startswith("SpotIt practice: d′ rose from 0.00")
    assert "better discrimination" in spotit
    assert control.startswith("Reading credible articles: d′ went from 0.00")
    assert "more sceptical, not better discrimination" in control
    assert "With only 2 participants" in control
    (diff,) = report.differences
    assert diff.estimate.mean > 3 and diff.estimate.excludes_zero
