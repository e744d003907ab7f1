"""Learner progress (spotit.store.progress): what a learner's saved work relies on.

Run this file as a script to regenerate tests/store/progress_schema.sql after adding a
migration: ``.venv/bin/python tests/store/test_progress.py``.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import sqlite3
import sys
import tempfile
from datetime import datetime
from pathlib import Path

import pytest

from spotit.core.model import Annotation, Flag
from spotit.core.progress import ArticleStatus, Draft, Learner, moment
from spotit.core.scoring import Report, score
from spotit.store.progress import (
    MAX_LEARNER_NAME,
    Progress,
    ProgressError,
    migration_set,
    pending_migrations,
)

SCHEMA_DUMP = Path(__file__).with_name("progress_schema.sql")
MIGRATION_SET = "spotit-progress"
#: Migrations that have shipped: their names and order must never change.
SHIPPED_MIGRATIONS = [
    "m001_learners_attempts_drafts",
    "m002_class_sessions",
    "m003_pack_identity",
    "m004_drafts_per_pack",
    "m005_hints_used",
    "m006_class_hints_used",
    "m007_boosters",
    "m008_checks",
    "m009_studies",
    "m010_investigation",
    "m011_lrs",
]

# -- a short invented article, its answer key and a learner's flags ---------------------------

PACK, VERSION, ARTICLE = "demo", "1.0", "tap-water"
HEADLINE = "Tap water 'turns children into geniuses'"
TEXT = (
    "Experts say the tap water in Millbrook makes children 300% smarter. "
    "Everyone knows the council buried the report. "
    "The mayor, who drinks only bottled water, declined to comment."
)


def text_hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def at(text: str, quote: str) -> tuple[int, int]:
    """Offsets of the only occurrence of ``quote`` in ``text``."""
    start = text.index(quote)
    assert text.find(quote, start + 1) == -1, f"{quote!r} is not unique in the test text"
    return start, start + len(quote)


def gold(quote: str, category: str, text: str = TEXT) -> Annotation:
    return Annotation(*at(text, quote), category, quote, f"Why {quote!r} is a red flag.")


def flag(quote: str, category: str, note: str = "", text: str = TEXT) -> Flag:
    return Flag(*at(text, quote), category, note)


ANNOTATIONS = [
    gold("Experts say", "vague-source"),
    gold("300% smarter", "misleading-number"),
    gold("Everyone knows the council buried the report", "unsupported-claim"),
]
# One right, one on a red flag but with the wrong category, one where there is no red flag.
FLAGS = [
    flag("Experts say", "vague-source", note="Which experts? No names."),
    flag("300% smarter", "loaded-language", note="Smarter than what? 🤔"),
    flag("declined to comment", "loaded-language"),
]
PERFECT_FLAGS = [flag(a.quote, a.category) for a in ANNOTATIONS]


def submit(
    progress: Progress,
    learner_id: int,
    flags: list[Flag],
    *,
    pack_id: str = PACK,
    article_id: str = ARTICLE,
    headline: str = HEADLINE,
    text: str = TEXT,
    annotations: list[Annotation] = ANNOTATIONS,
    seconds: int = 120,
) -> tuple[int, Report]:
    """Score ``flags`` for real, submit the attempt, return its id and the report."""
    report = score(text, annotations, flags)
    attempt_id = progress.submit(
        learner_id,
        pack_id=pack_id,
        pack_version=VERSION,
        article_id=article_id,
        headline=headline,
        text=text,
        text_hash=text_hash(text),
        annotations=annotations,
        flags=flags,
        report=report,
        seconds_spent=seconds,
    )
    return attempt_id, report


def rows(path: Path, sql: str, params: tuple = ()) -> list[tuple]:
    """Read ``path`` over a separate plain sqlite3 connection, as another process would."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql, params).fetchall()
    finally:
        conn.close()


@pytest.fixture
def db_path(tmp_path) -> Path:
    return tmp_path / "p.db"


@pytest.fixture
def progress(db_path):
    p = Progress(db_path)
    yield p
    p.close()


@pytest.fixture
def ada(progress) -> Learner:
    return progress.add_learner("Ada")


# -- migrations ----------------------------------------------------------------------------------


def schema_of(path: Path) -> list[str]:
    """Tables and indexes as SQL, whitespace-normalised, sorted; SQLite's own objects left out."""
    found = rows(
        path,
        "SELECT sql FROM sqlite_master WHERE type IN ('table', 'index')"
        " AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND sql IS NOT NULL",
    )
    return sorted(" ".join(sql.split()) for (sql,) in found)


def read_dump() -> list[str]:
    lines = SCHEMA_DUMP.read_text(encoding="utf-8").splitlines()
    return [line.removesuffix(";") for line in lines if line.strip() and not line.startswith("--")]


def write_dump() -> None:
    """Migrate an empty database with the current code and write its schema as the dump."""
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "p.db"
        Progress(path).close()
        statements = schema_of(path)
    header = (
        "-- Schema of a freshly migrated SpotIt progress database (spotit.store.progress).\n"
        "-- Checked by tests/store/test_progress.py. Never edit by hand: after adding a new\n"
        "-- named migration, regenerate with `.venv/bin/python tests/store/test_progress.py`.\n"
    )
    SCHEMA_DUMP.write_text(header + "".join(f"{s};\n" for s in statements), encoding="utf-8")


def test_migrated_schema_matches_committed_dump(db_path):
    Progress(db_path).close()
    assert schema_of(db_path) == read_dump(), (
        "The progress database schema differs from tests/store/progress_schema.sql. "
        "A schema change needs a NEW named migration in src/spotit/store/progress.py (never edit "
        "a migration that has shipped: learners' databases already ran it), then a "
        "regenerated dump: `.venv/bin/python tests/store/test_progress.py`."
    )


def test_dump_covers_every_table_a_learner_needs():
    dump = "\n".join(read_dump())
    for table in ("learners", "attempts", "drafts", "_sqlite_migrations"):
        assert f'CREATE TABLE "{table}"' in dump


def test_migration_names_are_recorded_in_order(progress):
    recorded = progress.db.execute(
        "SELECT migration_set, name FROM _sqlite_migrations ORDER BY id"
    ).fetchall()
    names = [name for _, name in recorded]
    assert {s for s, _ in recorded} == {MIGRATION_SET}
    assert names[: len(SHIPPED_MIGRATIONS)] == SHIPPED_MIGRATIONS, (
        "A shipped migration was renamed, removed or reordered; add a new migration instead."
    )
    assert names == [m.name for m in migration_set()._migrations]
    assert migration_set().pending(progress.db) == []
    assert pending_migrations(progress.conn) == []


def test_reopening_applies_nothing_new_and_keeps_data(db_path):
    first = Progress(db_path)
    ada = first.add_learner("Ada")
    attempt_id, _ = submit(first, ada.id, FLAGS)
    first.save_draft(ada.id, PACK, "other", "h-other", FLAGS[:1], 30)
    before = first.attempts(ada.id)
    first.close()
    applied = rows(db_path, "SELECT * FROM _sqlite_migrations ORDER BY id")
    schema = schema_of(db_path)

    again = Progress(db_path)
    try:
        assert rows(db_path, "SELECT * FROM _sqlite_migrations ORDER BY id") == applied
        assert schema_of(db_path) == schema
        assert again.learners() == [ada]
        assert again.attempts(ada.id) == before and before[0].id == attempt_id
        assert again.draft(ada.id, PACK, "other", "h-other") == Draft("h-other", FLAGS[:1], 30)
    finally:
        again.close()


def test_opening_creates_missing_folders(tmp_path):
    path = tmp_path / "not" / "yet" / "there" / "progress.db"
    Progress(path).close()
    assert path.is_file()


# -- learners ------------------------------------------------------------------------------------


def test_learners_are_listed_sorted_case_insensitively(progress):
    added = [progress.add_learner(n) for n in ("carla", "Ben", "dev", "Ada", "ali")]
    assert len({learner.id for learner in added}) == 5
    names = [learner.name for learner in progress.learners()]
    assert names == ["Ada", "ali", "Ben", "carla", "dev"]
    assert sorted(progress.learners(), key=lambda x: x.id) == added


def test_learners_with_accented_names_are_sorted_case_insensitively(progress):
    for name in ("Émile", "élodie"):
        progress.add_learner(name)
    assert [learner.name for learner in progress.learners()] == ["élodie", "Émile"]


def test_names_are_trimmed_and_inner_whitespace_collapsed(progress):
    learner = progress.add_learner("  Ada \t  Lovelace\n")
    assert learner.name == "Ada Lovelace"
    assert progress.learners() == [learner]


@pytest.mark.parametrize("name", ["", "   ", "\t\n ", "\u00a0"])
def test_a_learner_needs_a_name(progress, name):
    with pytest.raises(ValueError, match="a learner needs a name"):
        progress.add_learner(name)
    assert progress.learners() == []


def test_a_name_can_have_at_most_60_characters(progress):
    with pytest.raises(ValueError, match=f"at most {MAX_LEARNER_NAME} characters"):
        progress.add_learner("x" * (MAX_LEARNER_NAME + 1))
    assert progress.learners() == []
    # The limit applies to the name as stored, after trimming.
    longest = progress.add_learner("  " + "x" * MAX_LEARNER_NAME + "  ")
    assert longest.name == "x" * MAX_LEARNER_NAME


@pytest.mark.parametrize("again", ["Ada Lovelace", "ADA LOVELACE", "  ada   lovelace "])
def test_a_name_is_taken_whatever_its_case_or_spacing(progress, again):
    first = progress.add_learner("Ada Lovelace")
    with pytest.raises(ValueError, match="there is already a learner called Ada Lovelace"):
        progress.add_learner(again)
    assert progress.learners() == [first]


# -- drafts --------------------------------------------------------------------------------------


def test_draft_round_trip_keeps_flags_notes_and_seconds(progress, ada):
    progress.save_draft(ada.id, PACK, ARTICLE, text_hash(TEXT), FLAGS, 95)
    draft = progress.draft(ada.id, PACK, ARTICLE, text_hash(TEXT))
    assert draft == Draft(text_hash(TEXT), FLAGS, 95)
    assert draft.flags[1].note == "Smarter than what? 🤔"


def test_saving_a_draft_again_replaces_it(progress, ada):
    progress.save_draft(ada.id, PACK, ARTICLE, text_hash(TEXT), FLAGS, 95)
    progress.save_draft(ada.id, PACK, ARTICLE, text_hash(TEXT), FLAGS[:1], 140)
    assert progress.draft(ada.id, PACK, ARTICLE, text_hash(TEXT)) == Draft(
        text_hash(TEXT), FLAGS[:1], 140
    )
    assert progress.db.execute("SELECT count(*) FROM drafts").fetchone()[0] == 1


def test_a_draft_made_on_other_text_is_not_restored(progress, ada):
    progress.save_draft(ada.id, PACK, ARTICLE, text_hash(TEXT), FLAGS, 95)
    edited = TEXT.replace("300%", "200%")  # the pack author edited the article
    assert progress.draft(ada.id, PACK, ARTICLE, text_hash(edited)) is None


def test_drafts_belong_to_one_learner_pack_and_article(progress, ada):
    bea = progress.add_learner("Bea")
    h = text_hash(TEXT)
    progress.save_draft(ada.id, PACK, ARTICLE, h, FLAGS, 95)
    assert progress.draft(bea.id, PACK, ARTICLE, h) is None
    assert progress.draft(ada.id, "other-pack", ARTICLE, h) is None
    assert progress.draft(ada.id, PACK, "other-article", h) is None


def test_discarding_a_draft_removes_only_that_draft(progress, ada):
    h = text_hash(TEXT)
    progress.save_draft(ada.id, PACK, ARTICLE, h, FLAGS, 95)
    progress.save_draft(ada.id, PACK, "other", h, FLAGS[:1], 10)
    progress.discard_draft(ada.id, PACK, ARTICLE)
    assert progress.draft(ada.id, PACK, ARTICLE, h) is None
    assert progress.draft(ada.id, PACK, "other", h) == Draft(h, FLAGS[:1], 10)
    progress.discard_draft(ada.id, PACK, ARTICLE)  # nothing left to discard: no error


@pytest.mark.parametrize(
    "damaged",
    [
        "{not json",
        "",
        "null",
        '"a string"',
        "[1, 2]",
        '{"start": 0, "end": 11, "category": "vague-source"}',
        '[{"start": 0, "end": 11}]',
        '[{"start": "zero", "end": 11, "category": "vague-source"}]',
        '[{"start": null, "end": 11, "category": "vague-source"}]',
    ],
)
def test_a_damaged_draft_gives_no_flags_rather_than_an_error(progress, ada, damaged):
    h = text_hash(TEXT)
    progress.save_draft(ada.id, PACK, ARTICLE, h, FLAGS, 95)
    with progress.db.atomic():
        progress.db.execute("UPDATE drafts SET flags = ?", [damaged])
    assert progress.draft(ada.id, PACK, ARTICLE, h) == Draft(h, [], 95)


# -- submitting attempts -------------------------------------------------------------------------


def test_submit_records_the_attempt_with_the_reports_scores(progress, ada):
    attempt_id, report = submit(progress, ada.id, FLAGS, seconds=123)
    assert 0 < report.score < 100  # a real, mixed result

    (attempt,) = progress.attempts(ada.id)
    assert attempt.id == attempt_id
    assert (attempt.pack_id, attempt.pack_version, attempt.article_id) == (PACK, VERSION, ARTICLE)
    assert attempt.headline == HEADLINE
    assert attempt.seconds_spent == 123
    assert attempt.score == report.score
    assert attempt.spotted_f1 == report.spotted.f1
    assert attempt.named_f1 == report.named.f1
    assert attempt.gold_count == 3
    assert attempt.found_count == 2  # found, right or wrong category: as the summary says
    assert attempt.invented_count == 1
    assert attempt.flags == FLAGS
    assert attempt.categories == [dataclasses.asdict(c) for c in report.categories]
    assert datetime.fromisoformat(attempt.submitted_at).tzinfo is not None

    (stored,) = progress.db.execute(
        "SELECT spotted_precision, spotted_recall, named_precision, named_recall, text_hash"
        " FROM attempts"
    ).fetchall()
    assert stored == (
        report.spotted.precision,
        report.spotted.recall,
        report.named.precision,
        report.named.recall,
        text_hash(TEXT),
    )


def test_submit_drops_that_articles_draft_in_the_same_call(progress, ada):
    h = text_hash(TEXT)
    progress.save_draft(ada.id, PACK, ARTICLE, h, FLAGS, 95)
    progress.save_draft(ada.id, PACK, "other", h, FLAGS[:1], 10)
    submit(progress, ada.id, FLAGS)
    assert progress.draft(ada.id, PACK, ARTICLE, h) is None
    assert progress.draft(ada.id, PACK, "other", h) == Draft(h, FLAGS[:1], 10)
    assert not progress.db.conn.in_transaction


def test_a_later_attempt_never_rewrites_an_earlier_one(progress, ada):
    first_id, first_report = submit(progress, ada.id, FLAGS)
    (first,) = progress.attempts(ada.id)
    second_id, second_report = submit(progress, ada.id, PERFECT_FLAGS, seconds=60)
    kept, later = progress.attempts(ada.id)  # oldest first
    assert kept == first
    assert later.id == second_id != first_id
    assert later.flags == PERFECT_FLAGS and later.seconds_spent == 60
    assert (first.score, later.score) == (first_report.score, second_report.score) == (36, 100)


def test_the_snapshot_keeps_what_each_attempt_was_scored_against(progress, ada):
    first_id, _ = submit(progress, ada.id, FLAGS)
    # The pack is edited: new headline, text and answer key for the same article.
    new_text = TEXT.replace("300% smarter", "twice as clever")
    new_annotations = [gold("twice as clever", "misleading-number", new_text)]
    second_id, _ = submit(
        progress,
        ada.id,
        [flag("twice as clever", "misleading-number", text=new_text)],
        headline="Tap water 'doubles IQ'",
        text=new_text,
        annotations=new_annotations,
    )

    def snapshot(attempt_id: int) -> dict:
        raw = progress.db.execute("SELECT snapshot FROM attempts WHERE id = ?", [attempt_id])
        return json.loads(raw.fetchone()[0])

    def as_dicts(annotations: list[Annotation]) -> list[dict]:
        keys = ("start", "end", "category", "quote", "explanation")
        # Format 2's keys too: the accepted categories, every place, the core.
        return [
            {k: getattr(a, k) for k in keys}
            | {
                "also": list(a.also),
                "anchors": [{"start": x.start, "end": x.end, "quote": x.quote} for x in a.anchors],
                "core": None if a.core is None else {"start": a.core[0], "end": a.core[1]},
                "check": None,  # these red flags name no source page to check
            }
            for a in annotations
        ]

    assert snapshot(first_id) == {
        "headline": HEADLINE,
        "text": TEXT,
        "annotations": as_dicts(ANNOTATIONS),
    }
    assert snapshot(second_id) == {
        "headline": "Tap water 'doubles IQ'",
        "text": new_text,
        "annotations": as_dicts(new_annotations),
    }
    headlines = [a.headline for a in progress.attempts(ada.id)]
    assert headlines == [HEADLINE, "Tap water 'doubles IQ'"]


def test_attempts_are_per_learner_and_can_be_limited_to_a_pack(progress, ada):
    bea = progress.add_learner("Bea")
    submit(progress, ada.id, FLAGS)
    submit(progress, ada.id, FLAGS, pack_id="other-pack")
    submit(progress, bea.id, PERFECT_FLAGS)
    assert [a.pack_id for a in progress.attempts(ada.id)] == [PACK, "other-pack"]
    assert [a.pack_id for a in progress.attempts(ada.id, PACK)] == [PACK]
    assert [a.score for a in progress.attempts(bea.id)] == [100]


def test_article_status_counts_attempts_best_and_last(progress, ada):
    bea = progress.add_learner("Bea")
    submit(progress, ada.id, PERFECT_FLAGS)
    submit(progress, ada.id, FLAGS)  # worse than before: the best stays 100
    submit(progress, ada.id, [], article_id="other")
    submit(progress, ada.id, PERFECT_FLAGS, pack_id="other-pack", article_id="elsewhere")
    submit(progress, bea.id, FLAGS, article_id="bea-only")

    status = progress.article_status(ada.id, PACK)
    attempts = progress.attempts(ada.id, PACK)
    assert set(status) == {ARTICLE, "other"}
    assert status[ARTICLE] == ArticleStatus(
        attempts=2,
        best_score=100,
        last_submitted_at=max(a.submitted_at for a in attempts if a.article_id == ARTICLE),
    )
    assert status["other"] == ArticleStatus(1, 0, attempts[-1].submitted_at)
    assert progress.article_status(bea.id, "other-pack") == {}


def test_category_rates_sum_the_summaries_of_every_attempt(progress, ada):
    reports = [
        submit(progress, ada.id, FLAGS)[1],
        submit(progress, ada.id, PERFECT_FLAGS)[1],
        submit(progress, ada.id, [], article_id="other")[1],
    ]
    bea = progress.add_learner("Bea")
    submit(progress, bea.id, FLAGS)  # someone else's attempts do not count

    expected: dict[str, dict[str, int]] = {}
    for report in reports:
        for c in report.categories:
            totals = expected.setdefault(
                c.category, {"gold": 0, "found": 0, "missed": 0, "invented": 0}
            )
            for key in totals:
                totals[key] += getattr(c, key)
    rates = progress.category_rates(ada.id)
    assert rates == expected
    assert rates["vague-source"] == {"gold": 3, "found": 2, "missed": 1, "invented": 0}
    assert rates["loaded-language"] == {"gold": 0, "found": 0, "missed": 0, "invented": 1}
    assert rates["unsupported-claim"] == {"gold": 3, "found": 1, "missed": 2, "invented": 0}
    assert progress.category_rates(progress.add_learner("Cy").id) == {}


# -- durability ----------------------------------------------------------------------------------


def test_database_uses_wal_full_sync_and_foreign_keys(progress, db_path):
    pragma = progress.db.execute
    assert pragma("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert pragma("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert pragma("PRAGMA foreign_keys").fetchone()[0] == 1
    # WAL is a property of the file: any later connection finds it.
    assert rows(db_path, "PRAGMA journal_mode") == [("wal",)]


def test_unknown_learners_are_rejected_by_foreign_keys(progress, ada):
    # The store's own one-line error, never sqlite3's: callers need not import sqlite3.
    with pytest.raises(ProgressError, match="could not save the draft.*FOREIGN KEY"):
        progress.save_draft(ada.id + 99, PACK, ARTICLE, text_hash(TEXT), FLAGS, 5)
    with pytest.raises(ProgressError, match="could not save the attempt.*FOREIGN KEY"):
        submit(progress, ada.id + 99, FLAGS)
    assert progress.db.execute("SELECT count(*) FROM drafts").fetchone()[0] == 0
    assert progress.db.execute("SELECT count(*) FROM attempts").fetchone()[0] == 0
    assert not progress.db.conn.in_transaction
    submit(progress, ada.id, FLAGS)  # the connection is still usable
    assert len(progress.attempts(ada.id)) == 1


def test_a_submitted_attempt_is_visible_to_another_connection_at_once(progress, db_path, ada):
    attempt_id, _ = submit(progress, ada.id, FLAGS)
    assert not progress.db.conn.in_transaction  # committed, not pending
    assert rows(db_path, "SELECT id FROM attempts") == [(attempt_id,)]
    other = Progress(db_path)  # e.g. a second window, while the first is still open
    try:
        assert other.learners() == [ada]
        assert other.attempts(ada.id) == progress.attempts(ada.id)
    finally:
        other.close()


# -- damage --------------------------------------------------------------------------------------


def test_a_corrupt_database_raises_a_one_line_progress_error(tmp_path):
    path = tmp_path / "progress.db"
    garbage = bytes(range(256)) * 16
    path.write_bytes(garbage)
    with pytest.raises(ProgressError) as caught:
        Progress(path)
    message = str(caught.value)
    assert str(path) in message
    assert "\n" not in message
    assert path.read_bytes() == garbage  # the damaged file is left as it was


# -- time ----------------------------------------------------------------------------------------


@pytest.fixture
def far_from_utc(monkeypatch):
    """A local time zone hours away from UTC, so local and UTC stamps cannot be confused."""
    import time

    monkeypatch.setenv("TZ", "Pacific/Kiritimati")  # UTC+14, no daylight saving
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_every_stored_moment_is_utc_with_its_offset(progress, ada, far_from_utc):
    progress.save_draft(ada.id, PACK, "other", "h", FLAGS, 5)
    submit(progress, ada.id, FLAGS)
    stamps = rows(
        progress.path,
        "SELECT created_at FROM learners UNION ALL SELECT updated_at FROM drafts"
        " UNION ALL SELECT started_at FROM attempts UNION ALL SELECT submitted_at FROM attempts",
    )
    assert len(stamps) == 4
    for (stamp,) in stamps:
        assert stamp.endswith("+00:00"), stamp
    (attempt,) = progress.attempts(ada.id)
    assert moment(attempt.started_at).utcoffset().total_seconds() == 0


def test_a_legacy_naive_stamp_reads_as_local_time(progress, ada, far_from_utc):
    submit(progress, ada.id, FLAGS)
    # Older versions wrote started_at as naive local time.
    with progress.db.atomic():
        progress.db.execute("UPDATE attempts SET started_at = '2025-03-04T14:05:00'")
    (attempt,) = progress.attempts(ada.id)
    started = moment(attempt.started_at)
    assert started.utcoffset().total_seconds() == 14 * 3600
    assert started.astimezone().strftime("%H:%M") == "14:05"
    assert moment("2025-03-04T00:05:00+00:00").astimezone().strftime("%H:%M") == "14:05"
    assert moment("not a time") is None


def test_sqlite_failures_on_an_open_database_become_one_line_progress_errors(
    progress, ada, db_path
):
    submit(progress, ada.id, FLAGS)
    progress.save_draft(ada.id, PACK, ARTICLE, "h", FLAGS, 1)
    other = sqlite3.connect(db_path)  # another program damages the file while the app runs
    other.executescript(
        "CREATE TRIGGER no_drafts BEFORE UPDATE ON drafts BEGIN SELECT RAISE(ABORT, 'broken'); END;"
        "CREATE TRIGGER no_attempts BEFORE INSERT ON attempts"
        " BEGIN SELECT RAISE(ABORT, 'broken'); END;"
    )
    other.close()

    def fails(call) -> str:
        with pytest.raises(ProgressError) as caught:
            call()
        assert not isinstance(caught.value, sqlite3.Error)
        message = str(caught.value)
        assert message.startswith(str(db_path)) and "\n" not in message
        return message

    assert "could not save the draft" in fails(
        lambda: progress.save_draft(ada.id, PACK, ARTICLE, "h", FLAGS[:1], 2)
    )
    assert "could not save the attempt" in fails(lambda: submit(progress, ada.id, FLAGS))
    # Nothing half-written: the attempt is not there and the draft is still there.
    assert len(progress.attempts(ada.id)) == 1
    assert progress.draft(ada.id, PACK, ARTICLE, "h") == Draft("h", FLAGS, 1)
    assert not progress.conn.in_transaction

    other = sqlite3.connect(db_path)
    other.execute("ALTER TABLE drafts RENAME TO lost")
    other.close()
    assert "could not read the draft" in fails(lambda: progress.draft(ada.id, PACK, ARTICLE, "h"))
    assert "could not read the drafts" in fails(lambda: progress.drafted_articles(ada.id, PACK))


if __name__ == "__main__":
    write_dump()
    print(f"wrote {SCHEMA_DUMP}", file=sys.stderr)
