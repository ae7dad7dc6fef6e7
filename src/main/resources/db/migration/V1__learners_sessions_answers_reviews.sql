-- The first schema of the progress store. ${id} is each database's own row id: SQLite's rowid,
-- PostgreSQL's identity column; everything else is SQL that both read.
CREATE TABLE learners (
    id ${id},
    name VARCHAR(200) NOT NULL UNIQUE,
    created_at VARCHAR(40) NOT NULL
);

CREATE TABLE sessions (
    id ${id},
    learner_id INTEGER NOT NULL REFERENCES learners(id),
    article_sha256 VARCHAR(64) NOT NULL,
    article_title VARCHAR(400) NOT NULL,
    seed BIGINT NOT NULL,
    question_count INTEGER NOT NULL,
    quiz_json TEXT NOT NULL,
    started_at VARCHAR(40) NOT NULL,
    ended_at VARCHAR(40)
);

CREATE INDEX sessions_by_learner ON sessions (learner_id, started_at);

CREATE TABLE answers (
    id ${id},
    session_id INTEGER NOT NULL REFERENCES sessions(id),
    position INTEGER NOT NULL,
    question_id VARCHAR(100) NOT NULL,
    question_type VARCHAR(20) NOT NULL,
    word_class VARCHAR(10) NOT NULL,
    given TEXT NOT NULL,
    verdict VARCHAR(10) NOT NULL,
    feedback VARCHAR(200) NOT NULL,
    points INTEGER NOT NULL,
    hints_used INTEGER NOT NULL,
    skipped INTEGER NOT NULL,
    millis BIGINT NOT NULL,
    answered_at VARCHAR(40) NOT NULL,
    UNIQUE (session_id, position)
);

CREATE TABLE review_items (
    learner_id INTEGER NOT NULL REFERENCES learners(id),
    item_id VARCHAR(100) NOT NULL,
    question_json TEXT NOT NULL,
    repetitions INTEGER NOT NULL,
    interval_days INTEGER NOT NULL,
    ease DOUBLE PRECISION NOT NULL,
    due_at VARCHAR(40) NOT NULL,
    PRIMARY KEY (learner_id, item_id)
);
