"""The learner's front door (spotit.practice), driven without Qt, as the widgets drive it."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
import time
from dataclasses import replace

import pytest

from spotit.core.model import Flag
from spotit.core.progress import moment
from spotit.core.scoring import score
from spotit.practice import (
    DONE,
    IN_PROGRESS,
    NEW,
    LibraryEntry,
    Practice,
    PracticeError,
    Submission,
    next_article,
)
from spotit.store.progress import Progress, ProgressError

TEA = ("starter", "miracle-tea")
CREDIBLE = ("starter", "clinic-trial")


def perfect_flags(opened) -> list[Flag]:
    return [Flag(a.start, a.end, a.category) for a in opened.article.annotations]


def entry(practice: Practice, key: tuple[str, str]) -> LibraryEntry:
    return next(e for e in practice.library() if e.key == key)


@pytest.fixture
def far_from_utc(monkeypatch):
    """A local time zone 14 hours from UTC, so local and UTC times cannot be confused."""
    monkeypatch.setenv("TZ", "Pacific/Kiritimati")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


# -- the layer stays Qt-free and light ---------------------------------------------------------


def test_importing_practice_loads_no_qt_and_nothing_heavy():
    code = (
        "import sys\n"
        "import spotit.practice, spotit.practice.history, spotit.practice.settings\n"
        "qt = [m for m in sys.modules if m.startswith(('PySide6', 'shiboken6'))]\n"
        "assert not qt, qt\n"
        # The library window is built from this package at start-up: keep it light.
        "heavy = [m for m in sys.modules if m.split('.')[0] in ('sqlite_utils', 'markdown', 'nh3')"
        " or m in ('spotit.core.scoring', 'spotit.core.anchoring')]\n"
        "assert not heavy, heavy\n"
    )
    subprocess.run([sys.executable, "-c", code], check=True)


# -- the library -------------------------------------------------------------------------------


def test_library_lists_every_article_new_then_in_progress_then_done(practice):
    entries = practice.library()
    assert len(entries) == len(practice.packs["starter"].articles())
    assert {e.status for e in entries} == {NEW}
    assert [e.position for e in entries] == list(range(len(entries)))
    tea = entry(practice, TEA)
    assert (tea.best_score, tea.last_attempt, tea.last_attempt_text) == (None, "", "—")

    opened = practice.open(*TEA)
    practice.save_draft(opened, perfect_flags(opened)[:1], 30)
    assert entry(practice, TEA).status == IN_PROGRESS

    done = practice.submit(Submission(opened, perfect_flags(opened)[:2], 60))
    tea = entry(practice, TEA)
    assert tea.status == DONE and tea.attempts == 1
    assert tea.best_score == done.report.score
    assert moment(tea.last_attempt) is not None
    # A better attempt raises the best score; a worse one never lowers it.
    practice.submit(Submission(practice.open(*TEA), perfect_flags(opened), 60))
    practice.submit(Submission(practice.open(*TEA), [], 5))
    tea = entry(practice, TEA)
    assert (tea.attempts, tea.best_score) == (3, 100)
    assert {e.status for e in practice.library() if e.key != TEA} == {NEW}


def test_opening_an_article_of_a_pack_that_is_not_open_says_so(practice):
    with pytest.raises(PracticeError, match="The pack 'elsewhere' is not open."):
        practice.open("elsewhere", "x")


# -- drafts, submitting, retrying --------------------------------------------------------------


def test_opening_resumes_the_draft_and_fresh_starts_again(practice):
    opened = practice.open(*TEA)
    assert opened.draft is None and opened.key == TEA
    flags = perfect_flags(opened)[:3]
    practice.save_draft(opened, flags, 42)

    again = practice.open(*TEA)
    assert again.draft.flags == flags and again.draft.seconds_spent == 42
    fresh = practice.open(*TEA, fresh=True)
    assert fresh.draft is None
    assert practice.open(*TEA).draft is None  # starting fresh dropped the saved draft


def test_submit_scores_stores_the_attempt_and_drops_the_draft(practice, progress):
    opened = practice.open(*TEA)
    flags = perfect_flags(opened)[:4] + [Flag(0, 4, "filler")]
    practice.save_draft(opened, flags, 10)
    done = practice.submit(Submission(opened, flags, 75))

    expected = score(opened.article.text, opened.article.annotations, flags)
    assert done.report == expected
    (attempt,) = progress.attempts(practice.learner.id)
    assert attempt.id == done.attempt_id
    assert (attempt.pack_id, attempt.article_id) == TEA
    assert attempt.score == expected.score and attempt.seconds_spent == 75
    assert attempt.flags == flags
    assert attempt.headline == opened.article.meta.headline
    assert practice.open(*TEA).draft is None


def test_a_failure_while_submitting_leaves_nothing_half_written(practice, progress):
    opened = practice.open(*TEA)
    flags = perfect_flags(opened)
    practice.save_draft(opened, flags, 10)
    # The disk fails between the two writes: the attempt went in, the draft cannot go out.
    other = sqlite3.connect(progress.path)
    other.execute(
        "CREATE TRIGGER disk_full BEFORE DELETE ON drafts BEGIN SELECT RAISE(ABORT, 'disk full'); END"
    )
    other.commit()
    other.close()

    with pytest.raises(ProgressError, match="could not save the attempt.*disk full") as caught:
        practice.submit(Submission(opened, flags, 20))
    assert "\n" not in str(caught.value)
    assert progress.attempts(practice.learner.id) == []  # the attempt was rolled back
    assert practice.open(*TEA).draft.flags == flags  # and the draft is still there
    assert entry(practice, TEA).status == IN_PROGRESS
    assert not progress.conn.in_transaction


def test_retry_starts_from_no_flags_and_keeps_earlier_attempts(practice, progress):
    opened = practice.open(*TEA)
    practice.submit(Submission(opened, perfect_flags(opened), 30))
    practice.save_draft(opened, perfect_flags(opened)[:1], 5)
    again = practice.retry(opened)
    assert again.draft is None and again.article == opened.article
    assert practice.open(*TEA).draft is None
    assert len(progress.attempts(practice.learner.id)) == 1


def test_a_class_article_enters_the_history_with_the_revealed_key(practice, progress):
    pack = practice.packs["starter"]
    article = pack.article("miracle-tea")
    without_key = type(article)(
        article.meta, article.blocks, article.text, article.text_hash, [], article.body
    )
    opened = practice.open_article(pack, without_key)
    flags = perfect_flags(practice.open(*TEA))
    # As the class window does: the reader's article takes the key the reveal brought.
    revealed = replace(opened, article=replace(opened.article, annotations=article.annotations))
    done = practice.submit(Submission(revealed, flags, 90))
    assert done.report.score == 100
    (attempt,) = progress.attempts(practice.learner.id)
    assert attempt.gold_count == len(article.annotations) and attempt.seconds_spent == 90


# -- what "Next article" opens ----------------------------------------------------------------


def _entry(article_id: str, status: str, best: int | None = None) -> LibraryEntry:
    return LibraryEntry(
        "p", "Pack", article_id, 0, article_id, "", 1, (), status, int(best is not None), best
    )


def test_next_article_is_the_first_not_done_in_the_order_shown():
    shown = [_entry("a", DONE, 90), _entry("b", IN_PROGRESS), _entry("c", NEW)]
    assert next_article(shown).article_id == "b"
    assert next_article([shown[0], shown[2]]).article_id == "c"


def test_when_all_are_done_next_article_is_the_lowest_best_score():
    shown = [_entry("a", DONE, 90), _entry("b", DONE, 40), _entry("c", DONE, 40)]
    assert next_article(shown).article_id == "b"  # the first of a tie
    assert next_article([]) is None


def test_next_article_moves_on_after_each_submission(practice):
    first = next_article(practice.library())
    opened = practice.open(*first.key)
    practice.submit(Submission(opened, [], 1))
    assert next_article(practice.library()).key != first.key


# -- history -----------------------------------------------------------------------------------


def test_history_gives_the_summary_categories_and_chart_values(practice):
    assert practice.history().summary == "No attempts yet."
    assert practice.history().attempts == []
    opened = practice.open(*TEA)
    flags = perfect_flags(opened)
    r1 = practice.submit(Submission(opened, flags[:5], 60)).report
    r2 = practice.submit(Submission(practice.open(*TEA), flags, 60)).report
    r3 = practice.submit(Submission(practice.open(*CREDIBLE), [], 60)).report

    history = practice.history()
    assert [a.score for a in history.attempts] == [r1.score, r2.score, r3.score] == history.scores
    assert history.averages[-1] == pytest.approx(sum(history.scores) / 3)
    assert history.summary.startswith("3 attempts · 2 articles tried · last 3 attempts: average")
    # Categories are named as the open pack names them, most missed first.
    names = {c.id: c.name for c in practice.packs["starter"].categories}
    assert all(row.name == names[row.category] for row in history.categories)
    shares = [row.missed_share for row in history.categories]
    assert shares == sorted(shares, reverse=True)
    assert history.most_missed.startswith("You most often miss: ")
    first = history.categories[0].category
    renamed = practice.history({first: "Renamed"})
    assert {r.category: r.name for r in renamed.categories}[first] == "Renamed"


# -- time --------------------------------------------------------------------------------------


def test_moments_are_stored_in_utc_and_shown_in_local_time(practice, progress, far_from_utc):
    opened = practice.open(*TEA)
    assert opened.started_at.endswith("+00:00")
    practice.submit(Submission(opened, [], 1))
    (attempt,) = progress.attempts(practice.learner.id)
    assert attempt.started_at == opened.started_at
    assert attempt.submitted_at.endswith("+00:00")

    with progress.db.atomic():
        progress.db.execute("UPDATE attempts SET submitted_at = '2025-03-04T00:05:00+00:00'")
    assert entry(practice, TEA).last_attempt_text == "2025-03-04 14:05"  # UTC+14
    # An older version's naive stamp is local time already.
    with progress.db.atomic():
        progress.db.execute("UPDATE attempts SET submitted_at = '2025-03-04T14:05:00'")
    assert entry(practice, TEA).last_attempt_text == "2025-03-04 14:05"


# -- damage ------------------------------------------------------------------------------------


def test_a_garbage_progress_file_gives_one_line_progress_error(tmp_path):
    path = tmp_path / "progress.db"
    path.write_bytes(b"\x00\xffnot a database at all\n" * 200)
    with pytest.raises(ProgressError) as caught:
        Progress(path)
    assert not isinstance(caught.value, sqlite3.Error)
    assert str(caught.value).startswith(f"{path}: the progress database is damaged")
    assert "\n" not in str(caught.value)


def test_a_database_damaged_under_the_app_gives_progress_errors_not_sqlite_errors(
    practice, progress
):
    other = sqlite3.connect(progress.path)
    other.execute("DROP TABLE attempts")
    other.commit()
    other.close()
    for call in (practice.library, practice.history):
        with pytest.raises(ProgressError) as caught:
            call()
        assert not isinstance(caught.value, sqlite3.Error)
        assert "\n" not in str(caught.value)


def test_history_colours_a_packs_own_category_like_the_pack_does(practice):
    pack = practice.packs["starter"]
    (own,) = [c for c in pack.categories if c.id == "genre-signal"]
    opened = practice.open("starter", "traffic-gordon")
    assert {a.category for a in opened.article.annotations} == {"genre-signal"}
    practice.submit(Submission(opened, perfect_flags(opened), 60))
    (row,) = [r for r in practice.history().categories if r.category == "genre-signal"]
    assert (row.name, row.color) == (own.name, own.color)
