package org.textquiz.store;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;
import org.textquiz.core.progress.ProgressStore;
import org.textquiz.core.progress.ProgressUnavailableException;
import org.textquiz.core.progress.ReviewState;
import org.textquiz.core.progress.Sm2;
import org.textquiz.core.question.Question;
import org.textquiz.core.quiz.Quiz;
import org.textquiz.core.quiz.Result;
import org.textquiz.core.quiz.Verdict;
import org.textquiz.quizfile.QuizJson;

/**
 * Progress in a relational database: an embedded SQLite file (write-ahead log, a busy timeout so that
 * several textquiz processes can share it) or a school's PostgreSQL server. One transaction per recorded
 * answer, and every write idempotent: a session is known by its key and an answer by its session and
 * position, so sending the same answers again changes nothing.
 */
public final class JdbcProgressStore implements ProgressStore {

    static final int BUSY_TIMEOUT_MS = 10_000;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
        .withZone(ZoneOffset.UTC);

    private final Connection connection;
    private final String location;
    private final QuizJson json;
    private final Dialect dialect;

    private JdbcProgressStore(Connection connection, String location, QuizJson json, Dialect dialect) {
        this.connection = connection;
        this.location = location;
        this.json = json;
        this.dialect = dialect;
    }

    /** Opens the database file, creating and migrating it as needed. */
    public static JdbcProgressStore sqlite(Path file, QuizJson json) throws SQLException {
        try (MigrationLock lock = MigrationLock.on(file)) {
            return sqlite("jdbc:sqlite:" + file.toAbsolutePath(), file.toString(), json, true);
        } catch (IOException e) {
            throw new SQLException("cannot lock " + file + " to bring its schema up to date: " + e.getMessage(), e);
        }
    }

    /** A database that lives only as long as the process, for when no file can be written. */
    public static JdbcProgressStore inMemory(QuizJson json) {
        try {
            return sqlite("jdbc:sqlite:file:textquiz-" + UUID.randomUUID() + "?mode=memory&cache=shared", "memory",
                json, false);
        } catch (SQLException e) {
            throw new IllegalStateException("an in-memory SQLite database always opens", e);
        }
    }

    private static JdbcProgressStore sqlite(String url, String location, QuizJson json, boolean wal)
        throws SQLException {
        SQLiteConfig config = new SQLiteConfig();
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.enforceForeignKeys(true);
        config.setTransactionMode(SQLiteConfig.TransactionMode.IMMEDIATE);
        if (wal) {
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setSynchronous(SQLiteConfig.SynchronousMode.NORMAL);
        }
        Connection connection = DriverManager.getConnection(url, config.toProperties());
        try {
            if (!Schema.upToDate(connection)) {
                SQLiteDataSource source = new SQLiteDataSource(config);
                source.setUrl(url);
                Schema.migrate(source, Dialect.SQLITE, location);
            }
            return new JdbcProgressStore(connection, location, json, Dialect.SQLITE);
        } catch (SQLException | RuntimeException e) {
            connection.close();
            throw e;
        }
    }

    /**
     * Connects to a school's PostgreSQL database. Its schema is brought up to date only when {@code migrate}
     * is asked for (an administrator's {@code --migrate}); otherwise an out-of-date schema is one clear line.
     */
    public static JdbcProgressStore postgres(DatabaseSettings settings, QuizJson json, boolean migrate) {
        String location = settings.location();
        try {
            Connection connection = settings.connect();
            try {
                if (!Schema.upToDate(connection)) {
                    if (migrate) {
                        Schema.migrate(settings.dataSource(), Dialect.POSTGRESQL, location);
                    } else {
                        Schema.requireCurrent(settings.dataSource(), Dialect.POSTGRESQL, location);
                    }
                }
                return new JdbcProgressStore(connection, location, json, Dialect.POSTGRESQL);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException e) {
            throw unavailable("cannot connect to the database at " + location, e);
        }
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public synchronized void ensureLearner(String learner) {
        inTransaction(() -> learnerId(learner));
    }

    @Override
    public synchronized List<LearnerTotals> learners() {
        return query("SELECT l.name, count(DISTINCT a.session_id), count(a.id), "
            + "coalesce(sum(CASE WHEN a.verdict = 'CORRECT' THEN 1 ELSE 0 END), 0), coalesce(sum(a.points), 0) "
            + "FROM learners l LEFT JOIN sessions s ON s.learner_id = l.id LEFT JOIN answers a ON a.session_id = s.id "
            + "GROUP BY l.name ORDER BY l.name", statement -> { }, row -> new LearnerTotals(row.getString(1),
            row.getInt(2), row.getInt(3), row.getInt(4), row.getInt(5)));
    }

    @Override
    public synchronized long startSession(String learner, Quiz quiz, Instant started) {
        return startSession(UUID.randomUUID().toString(), learner, quiz, started);
    }

    /** Starts the session of this key, or finds it when it was started before: sending it twice is harmless. */
    synchronized long startSession(String key, String learner, Quiz quiz, Instant started) {
        return inTransaction(() -> {
            long learnerId = learnerId(learner);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO sessions (learner_id, "
                + "article_sha256, article_title, seed, question_count, quiz_json, started_at, session_key) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (session_key) DO NOTHING")) {
                insert.setLong(1, learnerId);
                insert.setString(2, quiz.article().sha256());
                insert.setString(3, quiz.article().title());
                insert.setLong(4, quiz.seed());
                insert.setInt(5, quiz.questions().size());
                insert.setString(6, json.write(quiz));
                insert.setString(7, TIME.format(started));
                insert.setString(8, key);
                insert.executeUpdate();
            }
            try (PreparedStatement select = connection.prepareStatement(
                "SELECT id FROM sessions WHERE session_key = ?")) {
                select.setString(1, key);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        throw new SQLException("the session " + key + " was started by another learner");
                    }
                    return row.getLong(1);
                }
            }
        });
    }

    /** The key a session is known by on every computer. */
    synchronized String sessionKey(long sessionId) {
        return query("SELECT session_key FROM sessions WHERE id = ?", statement -> statement.setLong(1, sessionId),
            row -> row.getString(1)).stream().findFirst()
            .orElseThrow(() -> new IllegalArgumentException("no session " + sessionId));
    }

    @Override
    public synchronized void recordAnswer(long sessionId, String learner, int position, Result result,
                                          Instant answered) {
        inTransaction(() -> {
            Question question = result.question();
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO answers (session_id, position, "
                + "question_id, question_type, word_class, given, verdict, feedback, points, hints_used, skipped, "
                + "millis, answered_at, focus) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "ON CONFLICT (session_id, position) DO NOTHING")) {
                insert.setLong(1, sessionId);
                insert.setInt(2, position);
                insert.setString(3, question.id());
                insert.setString(4, question.type().id());
                insert.setString(5, question.wordClass());
                insert.setString(6, result.given());
                insert.setString(7, result.verdict().kind().name());
                insert.setString(8, result.verdict().feedback());
                insert.setInt(9, result.points());
                insert.setInt(10, result.hintsUsed());
                insert.setInt(11, result.skipped() ? 1 : 0);
                insert.setLong(12, result.time().toMillis());
                insert.setString(13, TIME.format(answered));
                insert.setString(14, question.focus().isGrammar() ? question.focus().id() : "");
                if (insert.executeUpdate() == 0) {
                    return null;
                }
            }
            schedule(learnerId(learner), result, answered);
            try (PreparedStatement end = connection.prepareStatement("UPDATE sessions SET ended_at = ? WHERE id = ? "
                + "AND question_count <= (SELECT count(*) FROM answers WHERE session_id = ?)")) {
                end.setString(1, TIME.format(answered));
                end.setLong(2, sessionId);
                end.setLong(3, sessionId);
                end.executeUpdate();
            }
            return null;
        });
    }

    /**
     * An item enters review when it was not answered right at once; from then on every answer to it
     * moves its next review by SM-2.
     */
    private void schedule(long learnerId, Result result, Instant answered) throws SQLException {
        Question question = result.question();
        int grade = Sm2.grade(result);
        ReviewState state;
        try (PreparedStatement select = connection.prepareStatement("SELECT repetitions, interval_days, ease "
            + "FROM review_items WHERE learner_id = ? AND item_id = ?")) {
            select.setLong(1, learnerId);
            select.setString(2, question.id());
            try (ResultSet row = select.executeQuery()) {
                if (row.next()) {
                    state = new ReviewState(row.getInt(1), row.getInt(2), row.getDouble(3));
                } else if (grade == 5) {
                    return;
                } else {
                    state = Sm2.fresh();
                }
            }
        }
        ReviewState next = Sm2.next(state, grade);
        String due = TIME.format(answered.plus(Duration.ofDays(next.intervalDays())));
        try (PreparedStatement update = connection.prepareStatement("UPDATE review_items SET question_json = ?, "
            + "repetitions = ?, interval_days = ?, ease = ?, due_at = ? WHERE learner_id = ? AND item_id = ?")) {
            update.setString(1, json.writeQuestion(question));
            update.setInt(2, next.repetitions());
            update.setInt(3, next.intervalDays());
            update.setDouble(4, next.ease());
            update.setString(5, due);
            update.setLong(6, learnerId);
            update.setString(7, question.id());
            if (update.executeUpdate() > 0) {
                return;
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO review_items (learner_id, item_id, "
            + "question_json, repetitions, interval_days, ease, due_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, learnerId);
            insert.setString(2, question.id());
            insert.setString(3, json.writeQuestion(question));
            insert.setInt(4, next.repetitions());
            insert.setInt(5, next.intervalDays());
            insert.setDouble(6, next.ease());
            insert.setString(7, due);
            insert.executeUpdate();
        }
    }

    @Override
    public synchronized void endSession(long sessionId, Instant ended) {
        inTransaction(() -> {
            try (PreparedStatement update = connection.prepareStatement(
                "UPDATE sessions SET ended_at = ? WHERE id = ? AND ended_at IS NULL")) {
                update.setString(1, TIME.format(ended));
                update.setLong(2, sessionId);
                update.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public synchronized Optional<StoredSession> lastUnfinished(String learner) {
        return session("SELECT s.id, s.quiz_json, s.started_at FROM sessions s "
            + "JOIN learners l ON l.id = s.learner_id WHERE l.name = ? AND s.ended_at IS NULL "
            + "AND s.question_count > (SELECT count(*) FROM answers a WHERE a.session_id = s.id) "
            + "ORDER BY s.started_at DESC, s.id DESC LIMIT 1", learner);
    }

    @Override
    public synchronized Optional<StoredSession> lastAnswered(String learner) {
        return session("SELECT s.id, s.quiz_json, s.started_at FROM sessions s "
            + "JOIN learners l ON l.id = s.learner_id WHERE l.name = ? "
            + "AND EXISTS (SELECT 1 FROM answers a WHERE a.session_id = s.id) "
            + "ORDER BY s.started_at DESC, s.id DESC LIMIT 1", learner);
    }

    private Optional<StoredSession> session(String sql, String learner) {
        List<Object[]> found = query(sql, statement -> statement.setString(1, learner),
            row -> new Object[] {row.getLong(1), row.getString(2), row.getString(3)});
        if (found.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(load(found.get(0)));
    }

    @Override
    public synchronized List<StoredSession> answeredOn(String learner, String articleSha256, long seed) {
        List<Object[]> found = query("SELECT s.id, s.quiz_json, s.started_at FROM sessions s "
            + "JOIN learners l ON l.id = s.learner_id WHERE l.name = ? AND s.article_sha256 = ? AND s.seed = ? "
            + "AND EXISTS (SELECT 1 FROM answers a WHERE a.session_id = s.id) "
            + "ORDER BY s.started_at DESC, s.id DESC", statement -> {
                statement.setString(1, learner);
                statement.setString(2, articleSha256);
                statement.setLong(3, seed);
            }, row -> new Object[] {row.getLong(1), row.getString(2), row.getString(3)});
        List<StoredSession> sessions = new ArrayList<>();
        for (Object[] row : found) {
            sessions.add(load(row));
        }
        return sessions;
    }

    private StoredSession load(Object[] found) {
        long id = (Long) found[0];
        Quiz quiz = json.read((String) found[1], "the stored session " + id);
        List<Result> results = query("SELECT " + ANSWER_COLUMNS + " FROM answers a WHERE a.session_id = ? "
            + "ORDER BY a.position", statement -> statement.setLong(1, id), row -> result(quiz, row, 1));
        return new StoredSession(id, quiz, results, Instant.parse((String) found[2]));
    }

    @Override
    public synchronized List<LearnerSession> classSessions(String articleSha256, long seed) {
        return asOfOneMoment(() -> {
            record Row(String learner, long id, String quizJson, String started) {
            }
            List<Row> rows = query("SELECT l.name, s.id, s.quiz_json, s.started_at FROM sessions s "
                + "JOIN learners l ON l.id = s.learner_id WHERE s.article_sha256 = ? AND s.seed = ? "
                + "ORDER BY l.name, s.started_at DESC, s.id DESC", statement -> {
                    statement.setString(1, articleSha256);
                    statement.setLong(2, seed);
                }, row -> new Row(row.getString(1), row.getLong(2), row.getString(3), row.getString(4)));
            Map<Long, Quiz> quizzes = new HashMap<>();
            Map<Long, List<Result>> results = new HashMap<>();
            for (Row row : rows) {
                quizzes.put(row.id(), json.read(row.quizJson(), "the stored session " + row.id()));
                results.put(row.id(), new ArrayList<>());
            }
            query("SELECT a.session_id, " + ANSWER_COLUMNS + " FROM answers a JOIN sessions s ON s.id = a.session_id "
                + "WHERE s.article_sha256 = ? AND s.seed = ? ORDER BY a.session_id, a.position", statement -> {
                    statement.setString(1, articleSha256);
                    statement.setLong(2, seed);
                }, row -> {
                    Quiz quiz = quizzes.get(row.getLong(1));
                    if (quiz != null) {
                        results.get(row.getLong(1)).add(result(quiz, row, 2));
                    }
                    return null;
                });
            List<LearnerSession> sessions = new ArrayList<>();
            for (Row row : rows) {
                if (!results.get(row.id()).isEmpty()) {
                    sessions.add(new LearnerSession(row.learner(), new StoredSession(row.id(), quizzes.get(row.id()),
                        results.get(row.id()), Instant.parse(row.started()))));
                }
            }
            return sessions;
        });
    }

    /** A session kept here that is still to be sent elsewhere: its key, learner, quiz and timed answers. */
    record Unsent(String key, String learner, Quiz quiz, Instant started, Instant ended, List<Answered> answers) {
    }

    record Answered(int position, Result result, Instant at) {
    }

    /** Every session with its answers, oldest first: what a computer kept while the school's database was away. */
    synchronized List<Unsent> unsent() {
        record Row(long id, String key, String learner, String quizJson, String started, String ended) {
        }
        List<Row> rows = query("SELECT s.id, s.session_key, l.name, s.quiz_json, s.started_at, s.ended_at "
            + "FROM sessions s JOIN learners l ON l.id = s.learner_id ORDER BY s.started_at, s.id", statement -> { },
            row -> new Row(row.getLong(1), row.getString(2), row.getString(3), row.getString(4), row.getString(5),
                row.getString(6)));
        List<Unsent> unsent = new ArrayList<>();
        for (Row row : rows) {
            Quiz quiz = json.read(row.quizJson(), "the kept session " + row.key());
            List<Answered> answers = query("SELECT " + ANSWER_COLUMNS + ", a.answered_at FROM answers a "
                + "WHERE a.session_id = ? ORDER BY a.position", statement -> statement.setLong(1, row.id()),
                answer -> new Answered(answer.getInt(1), result(quiz, answer, 1), Instant.parse(answer.getString(9))));
            unsent.add(new Unsent(row.key(), row.learner(), quiz, Instant.parse(row.started()),
                row.ended() == null ? null : Instant.parse(row.ended()), answers));
        }
        return unsent;
    }

    private static final String ANSWER_COLUMNS = "a.position, a.given, a.verdict, a.feedback, a.points, "
        + "a.hints_used, a.skipped, a.millis";

    /** Reads the answer columns that start at {@code first}, in the order of {@link #ANSWER_COLUMNS}. */
    private static Result result(Quiz quiz, ResultSet row, int first) throws SQLException {
        return new Result(quiz.questions().get(row.getInt(first)), row.getString(first + 1),
            new Verdict(Verdict.Kind.valueOf(row.getString(first + 2)), row.getString(first + 3)),
            row.getInt(first + 5), row.getInt(first + 4), row.getInt(first + 6) == 1,
            Duration.ofMillis(row.getLong(first + 7)));
    }

    /**
     * Runs the reads in one snapshot. PostgreSQL needs a repeatable-read transaction for that; a SQLite
     * connection in auto-commit mode reads each statement as of one moment, and the answers are one statement.
     */
    private <T> T asOfOneMoment(Work<T> reads) {
        if (dialect != Dialect.POSTGRESQL) {
            try {
                return reads.run();
            } catch (SQLException e) {
                throw unavailable("cannot read progress from " + location, e);
            }
        }
        try {
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setAutoCommit(false);
            connection.setReadOnly(true);
            try {
                T result = reads.run();
                connection.commit();
                return result;
            } finally {
                rollback();
                connection.setReadOnly(false);
                connection.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
            }
        } catch (SQLException e) {
            throw unavailable("cannot read progress from " + location, e);
        }
    }

    @Override
    public synchronized List<SessionSummary> sessions(String learner) {
        return query("SELECT s.id, s.started_at, s.article_title, count(a.id), "
            + "coalesce(sum(CASE WHEN a.verdict = 'CORRECT' THEN 1 ELSE 0 END), 0), coalesce(sum(a.points), 0), "
            + "CASE WHEN count(a.id) >= s.question_count THEN 1 ELSE 0 END "
            + "FROM sessions s JOIN learners l ON l.id = s.learner_id LEFT JOIN answers a ON a.session_id = s.id "
            + "WHERE l.name = ? GROUP BY s.id, s.started_at, s.article_title, s.question_count "
            + "HAVING count(a.id) > 0 ORDER BY s.started_at, s.id", statement -> statement.setString(1, learner),
            row -> new SessionSummary(row.getLong(1), Instant.parse(row.getString(2)), row.getString(3),
                row.getInt(4), row.getInt(5), row.getInt(6), row.getInt(7) == 1));
    }

    @Override
    public synchronized List<StoredAnswer> missed(String learner) {
        List<Object[]> rows = query("SELECT s.id, s.quiz_json, a.position, a.given, a.verdict, a.points, "
            + "a.answered_at FROM answers a JOIN sessions s ON s.id = a.session_id JOIN learners l "
            + "ON l.id = s.learner_id WHERE l.name = ? AND a.verdict <> 'CORRECT' ORDER BY a.answered_at DESC, a.id DESC",
            statement -> statement.setString(1, learner),
            row -> new Object[] {row.getLong(1), row.getString(2), row.getInt(3), row.getString(4),
                row.getString(5), row.getInt(6), row.getString(7)});
        java.util.Map<Long, Quiz> quizzes = new java.util.HashMap<>();
        List<StoredAnswer> answers = new ArrayList<>();
        for (Object[] row : rows) {
            Quiz quiz = quizzes.computeIfAbsent((Long) row[0], id -> json.read((String) row[1], "session " + id));
            answers.add(new StoredAnswer(quiz.questions().get((Integer) row[2]), (String) row[3], (String) row[4],
                (Integer) row[5], Instant.parse((String) row[6])));
        }
        return answers;
    }

    @Override
    public synchronized List<Question> due(String learner, Instant now, int limit) {
        return query("SELECT r.item_id, r.question_json FROM review_items r JOIN learners l ON l.id = r.learner_id "
            + "WHERE l.name = ? AND r.due_at <= ? ORDER BY r.due_at, r.item_id LIMIT ?", statement -> {
                statement.setString(1, learner);
                statement.setString(2, TIME.format(now));
                statement.setInt(3, limit);
            }, row -> json.readQuestion(row.getString(2), "review item " + row.getString(1)));
    }

    @Override
    public synchronized Optional<Instant> nextDue(String learner) {
        return query("SELECT min(r.due_at) FROM review_items r JOIN learners l ON l.id = r.learner_id WHERE l.name = ?",
            statement -> statement.setString(1, learner), row -> row.getString(1)).stream()
            .filter(java.util.Objects::nonNull).findFirst().map(Instant::parse);
    }

    @Override
    public synchronized List<Accuracy> accuracyByType(String learner) {
        return accuracy(learner, "a.question_type");
    }

    @Override
    public synchronized List<Accuracy> accuracyByWordClass(String learner) {
        return accuracy(learner, "a.word_class");
    }

    @Override
    public synchronized List<Accuracy> accuracyByGrammarTopic(String learner) {
        return accuracy(learner, "a.focus");
    }

    private List<Accuracy> accuracy(String learner, String column) {
        return query("SELECT " + column + ", count(*), sum(CASE WHEN a.verdict = 'CORRECT' THEN 1 ELSE 0 END) "
            + "FROM answers a JOIN sessions s ON s.id = a.session_id JOIN learners l ON l.id = s.learner_id "
            + "WHERE l.name = ? AND " + column + " <> '' GROUP BY " + column + " ORDER BY " + column,
            statement -> statement.setString(1, learner),
            row -> new Accuracy(row.getString(1), row.getInt(2), row.getInt(3)));
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing at exit: everything was committed answer by answer
        }
    }

    private long learnerId(String learner) throws SQLException {
        try (PreparedStatement select = connection.prepareStatement("SELECT id FROM learners WHERE name = ?")) {
            select.setString(1, learner);
            try (ResultSet row = select.executeQuery()) {
                if (row.next()) {
                    return row.getLong(1);
                }
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO learners (name, created_at, db_role) "
            + "VALUES (?, ?, " + dialect.currentUser() + ")", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, learner);
            insert.setString(2, TIME.format(Instant.now()));
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        } catch (SQLException e) {
            if (Dialect.duplicate(e)) {
                throw new LearnerTakenException(learner, location);
            }
            throw e;
        }
    }

    private interface Work<T> {
        T run() throws SQLException;
    }

    private interface Binder {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private interface RowReader<T> {
        T read(ResultSet row) throws SQLException;
    }

    /**
     * Runs the work in one transaction. The connection otherwise stays in auto-commit mode: the SQLite
     * driver opens the next transaction as soon as one commits, and an open write transaction would lock
     * out every other textquiz process.
     */
    private <T> T inTransaction(Work<T> work) {
        try {
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                if (dialect == Dialect.POSTGRESQL) {
                    connection.commit();
                }
                connection.setAutoCommit(true);
                return result;
            } catch (SQLException | RuntimeException e) {
                rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw unavailable("cannot save progress in " + location, e);
        }
    }

    private void rollback() {
        try {
            connection.rollback();
            connection.setAutoCommit(true);
        } catch (SQLException gone) {
            // the connection is lost; the server rolls the transaction back itself
        }
    }

    private <T> List<T> query(String sql, Binder binder, RowReader<T> reader) {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            binder.bind(statement);
            List<T> rows = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) {
                    rows.add(reader.read(row));
                }
            }
            return rows;
        } catch (SQLException e) {
            throw unavailable("cannot read progress from " + location, e);
        }
    }

    private static ProgressUnavailableException unavailable(String what, SQLException e) {
        String message = what + ": " + Messages.firstLine(e.getMessage());
        return Dialect.lostConnection(e) ? new DatabaseUnreachableException(message, e)
            : new ProgressUnavailableException(message, e);
    }
}
