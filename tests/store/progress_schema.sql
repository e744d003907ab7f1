-- Schema of a freshly migrated SpotIt progress database (spotit.store.progress).
-- Checked by tests/store/test_progress.py. Never edit by hand: after adding a new
-- named migration, regenerate with `.venv/bin/python tests/store/test_progress.py`.
CREATE INDEX "idx_attempts_learner_id_pack_id_article_id" ON "attempts" ("learner_id", "pack_id", "article_id");
CREATE INDEX "idx_attempts_learner_id_pack_key_article_id" ON "attempts" ("learner_id", "pack_key", "article_id");
CREATE INDEX "idx_review_logs_attempt_id" ON "review_logs" ("attempt_id");
CREATE INDEX "idx_review_logs_card_id" ON "review_logs" ("card_id");
CREATE TABLE "_sqlite_migrations" ( "id" INTEGER PRIMARY KEY, "migration_set" TEXT, "name" TEXT, "applied_at" TEXT );
CREATE TABLE "attempt_moves" ( "attempt_id" INTEGER NOT NULL REFERENCES "attempts"("id"), "position" INTEGER NOT NULL, "kind" TEXT NOT NULL, "at" REAL NOT NULL, "query" TEXT DEFAULT '', "results" INTEGER DEFAULT 0, "target" TEXT DEFAULT '', "via" TEXT DEFAULT '', "seconds" REAL DEFAULT 0.0, "start" INTEGER DEFAULT 0, "end" INTEGER DEFAULT 0, PRIMARY KEY ("attempt_id", "position") );
CREATE TABLE "attempts" ( "id" INTEGER PRIMARY KEY, "learner_id" INTEGER NOT NULL REFERENCES "learners"("id"), "pack_id" TEXT NOT NULL, "pack_version" TEXT, "article_id" TEXT NOT NULL, "text_hash" TEXT, "started_at" TEXT, "submitted_at" TEXT NOT NULL, "seconds_spent" INTEGER, "flags" TEXT, "snapshot" TEXT, "spotted_precision" REAL, "spotted_recall" REAL, "spotted_f1" REAL, "named_precision" REAL, "named_recall" REAL, "named_f1" REAL, "score" INTEGER NOT NULL, "gold_count" INTEGER, "found_count" INTEGER, "invented_count" INTEGER, "categories" TEXT , "pack_key" TEXT, "hints_used" INTEGER NOT NULL DEFAULT 0);
CREATE TABLE "cards" ( "id" INTEGER PRIMARY KEY, "learner_id" INTEGER NOT NULL REFERENCES "learners"("id"), "card" TEXT NOT NULL, "state" INTEGER NOT NULL, "step" INTEGER, "stability" REAL, "difficulty" REAL, "due" TEXT NOT NULL, "last_review" TEXT, "reviews" INTEGER NOT NULL DEFAULT 0 );
CREATE TABLE "check_enrolments" ( "learner_id" INTEGER NOT NULL REFERENCES "learners"("id"), "pack_id" TEXT NOT NULL, "pack_key" TEXT NOT NULL, "check_id" TEXT NOT NULL, "position" INTEGER NOT NULL, "enrolled_at" TEXT NOT NULL, PRIMARY KEY ("learner_id", "pack_key", "check_id") );
CREATE TABLE "check_responses" ( "run_id" INTEGER NOT NULL REFERENCES "check_runs"("id"), "item_id" TEXT NOT NULL, "position" INTEGER NOT NULL, "truth" TEXT NOT NULL, "rating" INTEGER NOT NULL, "rt_ms" INTEGER NOT NULL, "answered_at" TEXT NOT NULL, PRIMARY KEY ("run_id", "item_id") );
CREATE TABLE "check_runs" ( "id" INTEGER PRIMARY KEY, "learner_id" INTEGER NOT NULL REFERENCES "learners"("id"), "pack_id" TEXT NOT NULL, "pack_key" TEXT NOT NULL, "pack_version" TEXT, "check_id" TEXT NOT NULL, "wave" TEXT NOT NULL, "form" TEXT NOT NULL, "item_order" TEXT NOT NULL, "attempts_before" INTEGER NOT NULL, "started_at" TEXT NOT NULL, "finished_at" TEXT );
CREATE TABLE "class_results" ( "session_id" INTEGER REFERENCES "class_sessions"("id"), "student" TEXT NOT NULL, "position" INTEGER, "article_id" TEXT NOT NULL, "headline" TEXT, "status" TEXT NOT NULL, "score" INTEGER, "spotted_f1" REAL, "named_f1" REAL, "gold_count" INTEGER, "found_count" INTEGER, "named_count" INTEGER, "partly_count" INTEGER, "missed_count" INTEGER, "invented_count" INTEGER, "flag_count" INTEGER, "seconds_spent" INTEGER, "submitted_at" TEXT, "categories" TEXT, "flags" TEXT, "hints_used" INTEGER NOT NULL DEFAULT 0, PRIMARY KEY ("session_id", "student", "article_id") );
CREATE TABLE "class_sessions" ( "id" INTEGER PRIMARY KEY, "code" TEXT NOT NULL, "pack_id" TEXT NOT NULL, "pack_version" TEXT, "pack_title" TEXT, "article_ids" TEXT, "started_at" TEXT NOT NULL, "ended_at" TEXT );
CREATE TABLE "drafts" ( "learner_id" INTEGER REFERENCES "learners"("id"), "pack_id" TEXT, "article_id" TEXT, "text_hash" TEXT, "flags" TEXT, "seconds_spent" INTEGER, "updated_at" TEXT, "pack_key" TEXT NOT NULL DEFAULT '', "hints_used" INTEGER NOT NULL DEFAULT 0, "moves" TEXT NOT NULL DEFAULT '[]', PRIMARY KEY ("learner_id", "pack_id", "pack_key", "article_id") );
CREATE TABLE "learner_seen" ( "learner_id" INTEGER REFERENCES "learners"("id"), "key" TEXT, "at" TEXT NOT NULL, PRIMARY KEY ("learner_id", "key") );
CREATE TABLE "learner_settings" ( "learner_id" INTEGER REFERENCES "learners"("id"), "key" TEXT, "value" TEXT, PRIMARY KEY ("learner_id", "key") );
CREATE TABLE "learners" ( "id" INTEGER PRIMARY KEY, "name" TEXT NOT NULL, "created_at" TEXT NOT NULL );
CREATE TABLE "review_logs" ( "id" INTEGER PRIMARY KEY, "card_id" INTEGER NOT NULL REFERENCES "cards"("id"), "attempt_id" INTEGER NOT NULL REFERENCES "attempts"("id"), "rating" INTEGER NOT NULL, "reason" TEXT, "reviewed_at" TEXT NOT NULL, "duration_ms" INTEGER, "due" TEXT, "stability" REAL, "difficulty" REAL );
CREATE TABLE "scheduler_parameters" ( "id" INTEGER PRIMARY KEY, "scheduler" TEXT NOT NULL, "set_at" TEXT NOT NULL, "source" TEXT );
CREATE TABLE "studies" ( "id" TEXT PRIMARY KEY, "title" TEXT NOT NULL, "source_text" TEXT NOT NULL, "seed" INTEGER NOT NULL, "registered_at" TEXT NOT NULL, "source_path" TEXT );
CREATE TABLE "study_participants" ( "code" TEXT PRIMARY KEY, "study_id" TEXT NOT NULL REFERENCES "studies"("id"), "learner_id" INTEGER NOT NULL REFERENCES "learners"("id"), "arm" TEXT NOT NULL, "position" INTEGER NOT NULL, "arm_index" INTEGER NOT NULL, "enrolled_at" TEXT NOT NULL );
CREATE TABLE "study_readings" ( "participant" TEXT NOT NULL REFERENCES "study_participants"("code"), "session" INTEGER NOT NULL, "article_id" TEXT NOT NULL, "started_at" TEXT NOT NULL, "finished_at" TEXT, "seconds" INTEGER, PRIMARY KEY ("participant", "session", "article_id") );
CREATE TABLE "study_sessions" ( "participant" TEXT NOT NULL REFERENCES "study_participants"("code"), "number" INTEGER NOT NULL, "day" INTEGER NOT NULL, "status" TEXT NOT NULL, "started_at" TEXT, "finished_at" TEXT, "completion_code" TEXT, "articles" TEXT NOT NULL, PRIMARY KEY ("participant", "number") );
CREATE TABLE "unclaimed_packs" ( "pack_id" TEXT PRIMARY KEY );
CREATE UNIQUE INDEX "idx__sqlite_migrations_migration_set_name" ON "_sqlite_migrations" ("migration_set", "name");
CREATE UNIQUE INDEX "idx_cards_learner_id_card" ON "cards" ("learner_id", "card");
CREATE UNIQUE INDEX "idx_check_enrolments_pack_key_check_id_position" ON "check_enrolments" ("pack_key", "check_id", "position");
CREATE UNIQUE INDEX "idx_check_runs_learner_id_pack_key_check_id_form" ON "check_runs" ("learner_id", "pack_key", "check_id", "form");
CREATE UNIQUE INDEX "idx_check_runs_learner_id_pack_key_check_id_wave" ON "check_runs" ("learner_id", "pack_key", "check_id", "wave");
CREATE UNIQUE INDEX "idx_learners_name" ON "learners" ("name");
CREATE UNIQUE INDEX "idx_study_participants_learner_id" ON "study_participants" ("learner_id");
CREATE UNIQUE INDEX "idx_study_participants_study_id_arm_arm_index" ON "study_participants" ("study_id", "arm", "arm_index");
CREATE UNIQUE INDEX "idx_study_participants_study_id_position" ON "study_participants" ("study_id", "position");
