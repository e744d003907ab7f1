"""Research mode's practice export counts each flagged article's investigation:
searches, pages opened and seconds (spotit.practice.study_export, docs/practice.md)."""

from __future__ import annotations

import csv
from datetime import timedelta

from tests.conftest import Clock
from tests.practice.test_study_run import rating_for, study_text

from spotit.core.model import Flag
from spotit.core.sources import OPENED, SEARCHED, Move
from spotit.practice import Submission
from spotit.practice.study import CheckStep, PracticeStep, StudyDesk
from spotit.practice.study_export import export_study

MOVES = (
    Move(SEARCHED, 3.0, query="miracle tea", results=4),
    Move(OPENED, 5.0, target="source:nobody-checks", via="search", seconds=21.5),
    Move(OPENED, 26.5, target="article:miracle-tea", via="link", seconds=4.25),
    Move(OPENED, 30.75, target="source:nobody-checks", via="back", seconds=10.0),
    Move(SEARCHED, 40.75, query="herbal summit", results=0),
)


def test_each_flagged_article_has_its_searches_pages_and_seconds(tmp_path, starter_path):
    study_file = tmp_path / "study.toml"
    study_file.write_text(study_text(starter_path, articles=2), encoding="utf-8")
    clock = Clock()
    desk = StudyDesk.open(study_file, tmp_path / "data", clock=clock)
    try:
        people = [desk.enrol() for _ in range(2)]
        flagger = next(p for p in people if p.arm.id == "spotit")
        session = desk.session_for(flagger)
        step, submitted = session.next_step(), 0
        while isinstance(step, CheckStep | PracticeStep):
            if isinstance(step, CheckStep):
                item = step.run.next_item
                clock.now += timedelta(seconds=3)
                step = session.answer(step, item.id, rating_for(item.truth), 3000)
                continue
            assert step.kind == "flag"
            opened = session.practice.open(step.pack_id, step.article_id)
            first = opened.article.annotations[:1]
            flags = [Flag(a.start, a.end, a.category) for a in first]
            clock.now += timedelta(seconds=120)
            # The first article was investigated, the second not.
            moves = MOVES if not submitted else ()
            session.practice.submit(Submission(opened, flags, 120, moves=moves))
            submitted += 1
            step = session.next_step()
        assert submitted == 2
        export_study(desk, tmp_path / "out")
    finally:
        desk.close()
    with (tmp_path / "out" / "practice.csv").open(encoding="utf-8", newline="") as fh:
        table = [r for r in csv.DictReader(fh) if r["participant"] == flagger.code]
    counts = [(r["searches"], r["pages_opened"], r["investigating_seconds"]) for r in table]
    # Two distinct pages (one shown twice), 21.5 + 4.25 + 10 seconds; then nothing.
    assert counts == [("2", "2", "35.8"), ("0", "0", "0")]
