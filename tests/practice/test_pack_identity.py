"""Packs that share an id: progress is kept by pack identity (id and authors), not by id.

A new version of a pack keeps the learner's results; another author's pack that uses
the same id (a pack called "starter" that is not the bundled one) starts from none.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from tests.conftest import make_source

from spotit.content.source import read_pack_source
from spotit.core.model import Flag
from spotit.core.scoring import score
from spotit.practice import DONE, IN_PROGRESS, NEW, Practice, Submission
from spotit.store.pack import build_pack, open_pack
from spotit.store.progress import Progress, pack_identity

#: The schema and migration records the progress database had before packs had an
#: identity: m001 and m002, as today's code wrote them (tests/store/progress_schema.sql).
SCHEMA_BEFORE = """
CREATE TABLE "_sqlite_migrations" ( "id" INTEGER PRIMARY KEY, "migration_set" TEXT,
  "name" TEXT, "applied_at" TEXT );
CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name"
  ON "_sqlite_migrations" ("migration_set", "name");
CREATE TABLE "learners" ( "id" INTEGER PRIMARY KEY, "name" TEXT NOT NULL,
  "created_at" TEXT NOT NULL );
CREATE UNIQUE INDEX "idx_learners_name" ON "learners" ("name");
CREATE TABLE "attempts" ( "id" INTEGER PRIMARY KEY,
  "learner_id" INTEGER NOT NULL REFERENCES "learners"("id"), "pack_id" TEXT NOT NULL,
  "pack_version" TEXT, "article_id" TEXT NOT NULL, "text_hash" TEXT, "started_at" TEXT,
  "submitted_at" TEXT NOT NULL, "seconds_spent" INTEGER, "flags" TEXT, "snapshot" TEXT,
  "spotted_precision" REAL, "spotted_recall" REAL, "spotted_f1" REAL,
  "named_precision" REAL, "named_recall" REAL, "named_f1" REAL, "score" INTEGER NOT NULL,
  "gold_count" INTEGER, "found_count" INTEGER, "invented_count" INTEGER, "categories" TEXT );
CREATE INDEX "idx_attempts_learner_id_pack_id_article_id"
  ON "attempts" ("learner_id", "pack_id", "article_id");
CREATE TABLE "drafts" ( "learner_id" INTEGER REFERENCES "learners"("id"), "pack_id" TEXT,
  "article_id" TEXT, "text_hash" TEXT, "flags" TEXT, "seconds_spent" INTEGER,
  "updated_at" TEXT, PRIMARY KEY ("learner_id", "pack_id", "article_id") );
CREATE TABLE "class_sessions" ( "id" INTEGER PRIMARY KEY, "code" TEXT NOT NULL,
  "pack_id" TEXT NOT NULL, "pack_version" TEXT, "pack_title" TEXT, "article_ids" TEXT,
  "started_at" TEXT NOT NULL, "ended_at" TEXT );
CREATE TABLE "class_results" ( "session_id" INTEGER REFERENCES "class_sessions"("id"),
  "student" TEXT NOT NULL, "position" INTEGER, "article_id" TEXT NOT NULL, "headline" TEXT,
  "status" TEXT NOT NULL, "score" INTEGER, "spotted_f1" REAL, "named_f1" REAL,
  "gold_count" INTEGER, "found_count" INTEGER, "named_count" INTEGER, "partly_count" INTEGER,
  "missed_count" INTEGER, "invented_count" INTEGER, "flag_count" INTEGER,
  "seconds_spent" INTEGER, "submitted_at" TEXT, "categories" TEXT, "flags" TEXT,
  PRIMARY KEY ("session_id", "student", "article_id") );
INSERT INTO "_sqlite_migrations" (migration_set, name, applied_at) VALUES
  ('spotit-progress', 'm001_learners_attempts_drafts', '2026-01-01T00:00:00+00:00'),
  ('spotit-progress', 'm002_class_sessions', '2026-01-01T00:00:00+00:00');
"""


def pack_by(tmp_path: Path, name: str, authors: str, version: str = "1.0") -> Path:
    """A built pack with the id "demo" (the article "rocket"), by ``authors``."""
    manifest = (
        f'id = "demo"\ntitle = "Demo by {name}"\nversion = "{version}"\nauthors = [{authors}]\n'
    )
    source = read_pack_source(make_source(tmp_path / f"src-{name}-{version}", manifest))
    assert not source.problems, source.problems
    return build_pack(source, tmp_path / f"{name}-{version}.spotit")


@pytest.fixture
def store(tmp_path):
    progress = Progress(tmp_path / "progress.db")
    yield progress
    progress.close()


def practise_on(progress: Progress, path: Path, learner) -> Practice:
    pack = open_pack(path)
    return Practice(progress, learner, {pack.meta.id: pack})


def submit_rocket(practice: Practice) -> None:
    opened = practice.open("demo", "rocket")
    gold = opened.article.annotations
    flags = [Flag(a.start, a.end, a.category) for a in gold]
    assert score(opened.article.text, gold, flags).score == 100
    practice.submit(Submission(opened, flags, 30))


def status_of(practice: Practice) -> tuple[str, int | None]:
    (entry,) = practice.library()
    return entry.status, entry.best_score


def test_identity_is_the_id_and_the_authors_as_a_set():
    assert pack_identity("demo", ["Ana", "Bo"]) == pack_identity("demo", ["bo ", "ANA"])
    assert pack_identity("demo", ["José"]) == pack_identity("demo", ["Jose\u0301"])
    assert pack_identity("demo", ["Ana"]) != pack_identity("demo", ["Bo"])
    assert pack_identity("demo", ["Ana"]) != pack_identity("other", ["Ana"])


def test_results_on_a_pack_do_not_show_for_another_authors_pack_with_its_id(tmp_path, store):
    ana = store.add_learner("Ana")
    a = practise_on(store, pack_by(tmp_path, "P", '"Priya"'), ana)
    submit_rocket(a)
    a.save_draft(a.open("demo", "rocket"), [], 5)  # a draft on A's article as well
    assert status_of(a) == (DONE, 100)
    a.close_packs()

    b = practise_on(store, pack_by(tmp_path, "Q", '"Quentin"'), ana)
    assert status_of(b) == (NEW, None)
    assert b.open("demo", "rocket").draft is None
    assert b.history().attempts == []
    b.close_packs()

    a2 = practise_on(store, pack_by(tmp_path, "P", '"Priya"', version="2.0"), ana)
    assert status_of(a2) == (DONE, 100)  # a new version of the same pack keeps them
    assert len(a2.history().attempts) == 1
    a2.close_packs()


def test_a_draft_shows_only_for_its_own_pack(tmp_path, store):
    ana = store.add_learner("Ana")
    a = practise_on(store, pack_by(tmp_path, "P", '"Priya"'), ana)
    a.save_draft(a.open("demo", "rocket"), [], 5)
    assert status_of(a)[0] == IN_PROGRESS
    a.close_packs()
    b = practise_on(store, pack_by(tmp_path, "Q", '"Quentin"'), ana)
    assert status_of(b)[0] == NEW
    b.close_packs()


def test_drafts_on_two_packs_that_share_an_id_are_both_kept(tmp_path, store):
    """Working on another author's "demo" never overwrites, or submits away, this one's draft."""
    ana = store.add_learner("Ana")
    a = practise_on(store, pack_by(tmp_path, "P", '"Priya"'), ana)
    opened = a.open("demo", "rocket")
    first = opened.article.annotations[0]
    mine = [Flag(first.start, first.end, first.category, "Priya's pack")]
    a.save_draft(opened, mine, 5)
    a.close_packs()

    b = practise_on(store, pack_by(tmp_path, "Q", '"Quentin"'), ana)
    theirs = b.open("demo", "rocket")
    b.save_draft(theirs, [Flag(first.start, first.end, first.category, "Quentin's")], 7)
    assert [f.note for f in b.open("demo", "rocket").draft.flags] == ["Quentin's"]
    submit_rocket(b)  # drops Quentin's draft only
    b.open("demo", "rocket", fresh=True)  # and so does starting afresh
    b.close_packs()

    a = practise_on(store, pack_by(tmp_path, "P", '"Priya"'), ana)
    again = a.open("demo", "rocket")
    assert again.draft is not None and list(again.draft.flags) == mine
    a.close_packs()


def old_database(path: Path) -> None:
    """A progress database made before packs had an identity, with results on "demo"."""
    conn = sqlite3.connect(path)
    with conn:
        conn.executescript(SCHEMA_BEFORE)
        conn.execute("INSERT INTO learners VALUES (1, 'Ana', '2026-01-01T00:00:00+00:00')")
        conn.execute(
            "INSERT INTO attempts (learner_id, pack_id, pack_version, article_id,"
            " submitted_at, score, categories, flags, snapshot)"
            " VALUES (1, 'demo', '1.0', 'rocket', '2026-01-02T10:00:00+00:00', 80, '[]', '[]',"
            ' \'{"headline": "Rocket"}\')'
        )
        conn.execute(
            "INSERT INTO drafts VALUES (1, 'other', 'x', 'h', '[]', 3, '2026-01-02T10:00:00+00:00')"
        )
    conn.close()


def test_migrating_gives_old_results_to_the_first_pack_of_their_id_opened(tmp_path):
    path = tmp_path / "progress.db"
    old_database(path)
    progress = Progress(path)  # migrates, in one transaction per migration
    try:
        applied = [r[0] for r in progress.conn.execute("SELECT name FROM _sqlite_migrations")]
        assert applied[2:4] == ["m003_pack_identity", "m004_drafts_per_pack"]
        (ana,) = progress.learners()
        first = practise_on(progress, pack_by(tmp_path, "P", '"Priya"'), ana)
        assert status_of(first) == (DONE, 80)
        first.close_packs()
        # Another author's "demo" opened later does not inherit them ...
        other = practise_on(progress, pack_by(tmp_path, "Q", '"Quentin"'), ana)
        assert status_of(other) == (NEW, None)
        other.close_packs()
        # ... and the first pack keeps them, in the next version too.
        again = practise_on(progress, pack_by(tmp_path, "P", '"Priya"', "1.1"), ana)
        assert status_of(again) == (DONE, 80)
        again.close_packs()
        # Rows of a pack not opened yet wait for it.
        assert progress.conn.execute("SELECT pack_id FROM unclaimed_packs").fetchall() == [
            ("other",)
        ]
    finally:
        progress.close()


def test_migrating_keeps_every_row(tmp_path):
    path = tmp_path / "progress.db"
    old_database(path)
    Progress(path).close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT count(*), max(pack_key) FROM attempts").fetchone() == (1, None)
        assert conn.execute("SELECT count(*), max(pack_key) FROM drafts").fetchone() == (1, "")
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    finally:
        conn.close()


def test_the_bundled_pack_opened_first_keeps_its_results_from_an_impostor(tmp_path):
    # What the app does at start: the bundled packs open before a pack given to it.
    path = tmp_path / "progress.db"
    old_database(path)
    progress = Progress(path)
    try:
        (ana,) = progress.learners()
        practice = Practice(progress, ana)
        practice.add_pack(open_pack(pack_by(tmp_path, "bundled", '"SpotIt team"')))
        practice.add_pack(open_pack(pack_by(tmp_path, "impostor", '"Someone"')))
        assert status_of(practice) == (NEW, None)  # the impostor replaced it: none shown
        practice.add_pack(open_pack(pack_by(tmp_path, "bundled", '"SpotIt team"', "2")))
        assert status_of(practice) == (DONE, 80)
        practice.close_packs()
    finally:
        progress.close()
