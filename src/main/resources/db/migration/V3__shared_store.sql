-- For a store shared by a school. A session key names a session on every computer, so that answers kept
-- on a learner's computer while the database was away are sent once and never counted twice. A learner's
-- db_role is the database login that created them, which row-level security compares with current_user.
ALTER TABLE sessions ADD COLUMN session_key VARCHAR(64);
UPDATE sessions SET session_key = 'local-' || id;
CREATE UNIQUE INDEX sessions_by_key ON sessions (session_key);
CREATE INDEX sessions_by_quiz ON sessions (article_sha256, seed);
ALTER TABLE learners ADD COLUMN db_role VARCHAR(63);
