"""Investigation moves in the progress database (migration m010_investigation).

An attempt's moves are written in the attempt's own transaction and kept across a
restart; a draft keeps its moves so far; a damaged move is skipped, never a crash; a
database of the schema before (m009) migrates and keeps its attempts and drafts.
"""

from __future__ import annotations

import json
import sqlite3

import pytest
from tests.store.test_progress import (
    ARTICLE,
    FLAGS,
    PACK,
    TEXT,
    rows,
    submit,
    text_hash,
)

from spotit.core.progress import Draft
from spotit.core.scoring import score
from spotit.core.sources import FLAGGED, OPENED, SEARCHED, Move
from spotit.store.progress import Progress, ProgressError, migration_set

MOVES = (
    Move(SEARCHED, 4.5, query="Millbrook council water report", results=2),
    Move(OPENED, 6.0, target="source:millbrook-council", via="search", seconds=31.25),
    Move(OPENED, 37.25, target="article:tap-water", via="link", seconds=3.0),
    Move(OPENED, 40.25, target="source:millbrook-council", via="back", seconds=12.0),
    Move(FLAGGED, 52.0, start=68, end=112),
)


@pytest.fixture
def db_path(tmp_path):
    return tmp_path / "progress.db"


def submit_with_moves(progress: Progress, learner_id: int, moves=MOVES, review=None) -> int:
    report = score(TEXT, [], FLAGS)
    return progress.submit(
        learner_id,
        pack_id=PACK,
        pack_version="1.0",
        article_id=ARTICLE,
        headline="Tap water",
        text=TEXT,
        text_hash=text_hash(TEXT),
        annotations=[],
        flags=FLAGS,
        report=report,
        seconds_spent=90,
        review=review,
        moves=moves,
    )


def test_an_attempts_moves_are_kept_in_order_across_a_restart(db_path):
    progress = Progress(db_path)
    ada = progress.add_learner("Ada")
    attempt_id = submit_with_moves(progress, ada.id)
    other, _ = submit(progress, ada.id, FLAGS)  # an attempt without an investigation
    progress.close()

    again = Progress(db_path)
    try:
        assert again.attempt_moves(attempt_id) == MOVES
        assert again.attempt_moves(other) == ()
        by_id = {a.id: a for a in again.attempts(ada.id)}
        assert by_id[attempt_id].moves == MOVES and by_id[other].moves == ()
    finally:
        again.close()
    # Plain rows any SQLite tool reads: one per move, the columns of its kind filled.
    assert rows(
        db_path,
        'SELECT position, kind, query, results, target, via, seconds, start, "end"'
        " FROM attempt_moves WHERE attempt_id = ? ORDER BY position",
        (attempt_id,),
    ) == [
        (0, "searched", "Millbrook council water report", 2, "", "", 0.0, 0, 0),
        (1, "opened", "", 0, "source:millbrook-council", "search", 31.25, 0, 0),
        (2, "opened", "", 0, "article:tap-water", "link", 3.0, 0, 0),
        (3, "opened", "", 0, "source:millbrook-council", "back", 12.0, 0, 0),
        (4, "flagged", "", 0, "", "", 0.0, 68, 112),
    ]


def test_the_moves_are_written_in_the_attempts_own_transaction(db_path):
    progress = Progress(db_path)
    ada = progress.add_learner("Ada")
    progress.save_draft(ada.id, PACK, ARTICLE, text_hash(TEXT), FLAGS, 80, moves=MOVES[:2])

    def crash(cards):  # the card reviews fail after the attempt and its moves are written
        raise RuntimeError("the machine lost power")

    with pytest.raises(RuntimeError):
        submit_with_moves(progress, ada.id, review=crash)
    # A move that cannot be written takes the attempt with it: all of it or none.
    unwritable = Move(SEARCHED, 1.0, query=object())  # type: ignore[arg-type]
    with pytest.raises(ProgressError):
        submit_with_moves(progress, ada.id, moves=(*MOVES, unwritable))
    try:
        assert progress.attempts(ada.id) == []
        assert rows(db_path, "SELECT count(*) FROM attempts") == [(0,)]
        assert rows(db_path, "SELECT count(*) FROM attempt_moves") == [(0,)]
        # The draft, moves and all, is still there to resume.
        assert progress.draft(ada.id, PACK, ARTICLE, text_hash(TEXT)).moves == MOVES[:2]
        attempt_id = submit_with_moves(progress, ada.id)
        assert progress.attempt_moves(attempt_id) == MOVES
        assert progress.draft(ada.id, PACK, ARTICLE, text_hash(TEXT)) is None
    finally:
        progress.close()


def test_a_drafts_moves_round_trip(db_path):
    progress = Progress(db_path)
    ada = progress.add_learner("Ada")
    progress.save_draft(ada.id, PACK, ARTICLE, text_hash(TEXT), FLAGS, 80, moves=MOVES)
    progress.close()
    again = Progress(db_path)
    try:
        assert again.draft(ada.id, PACK, ARTICLE, text_hash(TEXT)) == Draft(
            text_hash(TEXT), FLAGS, 80, 0, MOVES
        )
        # Saved again without moves (an article opened where there are no sources).
        again.save_draft(ada.id, PACK, ARTICLE, text_hash(TEXT), FLAGS, 95)
        assert again.draft(ada.id, PACK, ARTICLE, text_hash(TEXT)).moves == ()
    finally:
        again.close()


@pytest.mark.parametrize(
    "stored",
    [
        "{not json",
        "null",
        '{"kind": "opened"}',
        '[1, null, "searched", {"kind": "jumped", "at": 1}]',
        '[{"kind": "opened", "at": 2, "target": "https://example.com", "via": "link"}]',
        '[{"kind": "flagged", "at": 3, "start": 9, "end": 2}]',
    ],
)
def test_a_damaged_drafts_moves_are_skipped(db_path, stored):
    progress = Progress(db_path)
    ada = progress.add_learner("Ada")
    progress.save_draft(ada.id, PACK, ARTICLE, text_hash(TEXT), FLAGS, 80, moves=MOVES)
    progress.conn.execute("UPDATE drafts SET moves = ?", [stored])
    progress.conn.commit()
    try:
        draft = progress.draft(ada.id, PACK, ARTICLE, text_hash(TEXT))
        assert draft.moves == () and draft.flags == FLAGS
    finally:
        progress.close()


def test_a_drafts_good_moves_are_kept_beside_a_damaged_one(db_path):
    progress = Progress(db_path)
    ada = progress.add_learner("Ada")
    good = [m.as_json() for m in MOVES[:2]]

    stored = json.dumps([good[0], {"kind": "opened", "at": "soon"}, good[1]])
    progress.save_draft(ada.id, PACK, ARTICLE, text_hash(TEXT), FLAGS, 80)
    progress.conn.execute("UPDATE drafts SET moves = ?", [stored])
    progress.conn.commit()
    try:
        assert progress.draft(ada.id, PACK, ARTICLE, text_hash(TEXT)).moves == MOVES[:2]
    finally:
        progress.close()


def test_malformed_stored_moves_of_an_attempt_are_skipped(db_path):
    progress = Progress(db_path)
    ada = progress.add_learner("Ada")
    attempt_id = submit_with_moves(progress, ada.id)
    with progress.conn:  # what a damaged file or another tool might have left
        progress.conn.execute("UPDATE attempt_moves SET kind = 'teleported' WHERE position = 0")
        progress.conn.execute(
            "UPDATE attempt_moves SET target = 'javascript:alert(1)' WHERE position = 1"
        )
        progress.conn.execute("UPDATE attempt_moves SET at = 'later' WHERE position = 2")
        progress.conn.execute("UPDATE attempt_moves SET seconds = NULL WHERE position = 3")
        progress.conn.execute('UPDATE attempt_moves SET start = 200, "end" = 1 WHERE position = 4')
    try:
        # Position 3 lost an optional field only: it is read with its default.
        kept = (Move(OPENED, 40.25, target="source:millbrook-council", via="back"),)
        assert progress.attempt_moves(attempt_id) == kept
        assert progress.attempts(ada.id)[0].moves == kept
    finally:
        progress.close()


def test_a_move_missing_optional_fields_reads_with_their_defaults(db_path):
    progress = Progress(db_path)
    ada = progress.add_learner("Ada")
    attempt_id = submit_with_moves(progress, ada.id, moves=MOVES[:1])
    with progress.conn:
        progress.conn.execute("UPDATE attempt_moves SET results = NULL")
    try:
        assert progress.attempt_moves(attempt_id) == (
            Move(SEARCHED, 4.5, query="Millbrook council water report", results=0),
        )
    finally:
        progress.close()


def test_a_database_of_schema_m009_migrates_and_keeps_its_attempts_and_drafts(db_path):
    import sqlite_utils

    conn = sqlite3.connect(db_path)
    db = sqlite_utils.Database(conn)
    migration_set().apply(db, stop_before="m010_investigation")
    assert "attempt_moves" not in db.table_names()
    db["learners"].insert({"id": 1, "name": "Ana", "created_at": "2026-01-05T10:00:00+00:00"})
    for n in range(2):
        db["attempts"].insert(
            {
                "learner_id": 1,
                "pack_id": PACK,
                "article_id": ARTICLE,
                "submitted_at": f"2026-01-0{n + 5}T10:00:00+00:00",
                "score": 50 + n,
                "categories": "[]",
                "flags": "[]",
            }
        )
    db["drafts"].insert(
        {
            "learner_id": 1,
            "pack_id": PACK,
            "pack_key": "",
            "article_id": "other",
            "text_hash": "h-other",
            "flags": "[]",
            "seconds_spent": 40,
        }
    )
    conn.close()

    progress = Progress(db_path)
    try:
        attempts = progress.attempts(1)
        assert [a.score for a in attempts] == [50, 51]
        assert all(a.moves == () for a in attempts)
        assert progress.draft(1, PACK, "other", "h-other") == Draft("h-other", [], 40)
        # The migrated database records new attempts with their moves.
        attempt_id = submit_with_moves(progress, 1)
        assert progress.attempt_moves(attempt_id) == MOVES
    finally:
        progress.close()
    names = [r[0] for r in rows(db_path, "SELECT name FROM _sqlite_migrations ORDER BY id")]
    # m010 comes once, after every migration before it (later ones may follow it).
    assert names[9] == "m010_investigation" and len(names) == len(set(names))


def test_recovering_a_database_keeps_the_attempts_moves(db_path):
    from spotit.store.progress import recover_progress

    progress = Progress(db_path)
    ada = progress.add_learner("Ada")
    attempt_id = submit_with_moves(progress, ada.id)
    progress.save_draft(ada.id, PACK, "other", "h-other", FLAGS, 20, moves=MOVES[:1])
    progress.close()

    recovery = recover_progress(db_path)
    assert recovery.rows["attempt_moves"] == len(MOVES)
    again = Progress(db_path)
    try:
        assert again.attempt_moves(attempt_id) == MOVES
        assert again.draft(ada.id, PACK, "other", "h-other").moves == MOVES[:1]
    finally:
        again.close()
