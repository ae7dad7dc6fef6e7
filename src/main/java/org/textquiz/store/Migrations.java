package org.textquiz.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The schema of the progress database, as numbered steps applied in order on start. The SQL is kept to
 * what SQLite and PostgreSQL both read, but for the SQLite row ids ({@code INTEGER PRIMARY KEY}).
 */
final class Migrations {

    static final List<List<String>> STEPS = List.of(
        List.of(
            "CREATE TABLE learners (id INTEGER PRIMARY KEY, name VARCHAR(200) NOT NULL UNIQUE, "
                + "created_at VARCHAR(40) NOT NULL)",
            "CREATE TABLE sessions (id INTEGER PRIMARY KEY, learner_id INTEGER NOT NULL REFERENCES learners(id), "
                + "article_sha256 VARCHAR(64) NOT NULL, article_title VARCHAR(400) NOT NULL, seed BIGINT NOT NULL, "
                + "question_count INTEGER NOT NULL, quiz_json TEXT NOT NULL, started_at VARCHAR(40) NOT NULL, "
                + "ended_at VARCHAR(40))",
            "CREATE INDEX sessions_by_learner ON sessions (learner_id, started_at)",
            "CREATE TABLE answers (id INTEGER PRIMARY KEY, session_id INTEGER NOT NULL REFERENCES sessions(id), "
                + "position INTEGER NOT NULL, question_id VARCHAR(100) NOT NULL, question_type VARCHAR(20) NOT NULL, "
                + "word_class VARCHAR(10) NOT NULL, given TEXT NOT NULL, verdict VARCHAR(10) NOT NULL, "
                + "feedback VARCHAR(200) NOT NULL, points INTEGER NOT NULL, hints_used INTEGER NOT NULL, "
                + "skipped INTEGER NOT NULL, millis BIGINT NOT NULL, answered_at VARCHAR(40) NOT NULL, "
                + "UNIQUE (session_id, position))",
            "CREATE TABLE review_items (learner_id INTEGER NOT NULL REFERENCES learners(id), "
                + "item_id VARCHAR(100) NOT NULL, question_json TEXT NOT NULL, repetitions INTEGER NOT NULL, "
                + "interval_days INTEGER NOT NULL, ease DOUBLE PRECISION NOT NULL, due_at VARCHAR(40) NOT NULL, "
                + "PRIMARY KEY (learner_id, item_id))"),
        List.of(
            "ALTER TABLE answers ADD COLUMN focus VARCHAR(20) NOT NULL DEFAULT ''"));

    static final String VERSION_TABLE = "textquiz_schema";

    private Migrations() {
    }

    static int latest() {
        return STEPS.size();
    }

    /** The schema version of the database; 0 for an empty one. */
    static int version(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet tables = statement.executeQuery(
                 "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = '" + VERSION_TABLE + "'")) {
            tables.next();
            if (tables.getInt(1) == 0) {
                return 0;
            }
        }
        try (Statement statement = connection.createStatement();
             ResultSet version = statement.executeQuery("SELECT max(version) FROM " + VERSION_TABLE)) {
            return version.next() ? version.getInt(1) : 0;
        }
    }

    /** Brings the database up to the latest version, each step in its own transaction. */
    static void migrate(Connection connection) throws SQLException {
        connection.setAutoCommit(false);
        try {
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("CREATE TABLE IF NOT EXISTS " + VERSION_TABLE + " (version INTEGER NOT NULL)");
            }
            connection.commit();
            int current = version(connection);
            if (current > STEPS.size()) {
                throw new SQLException("the database has schema version " + current + ", newer than this textquiz ("
                    + STEPS.size() + "); update textquiz");
            }
            for (int step = current; step < STEPS.size(); step++) {
                try (Statement statement = connection.createStatement()) {
                    for (String sql : STEPS.get(step)) {
                        statement.executeUpdate(sql);
                    }
                    statement.executeUpdate("INSERT INTO " + VERSION_TABLE + " (version) VALUES (" + (step + 1) + ")");
                    connection.commit();
                } catch (SQLException e) {
                    connection.rollback();
                    throw e;
                }
            }
        } finally {
            connection.setAutoCommit(true);
        }
    }
}
