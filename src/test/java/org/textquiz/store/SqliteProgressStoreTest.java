package org.textquiz.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.textquiz.store.ProgressStoreContract.answer;
import static org.textquiz.store.ProgressStoreContract.quiz;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.textquiz.core.progress.ProgressStore;
import org.textquiz.core.progress.ProgressStore.StoredSession;
import org.textquiz.core.quiz.Quiz;
import org.textquiz.core.quiz.Result;
import org.textquiz.core.quiz.Verdict;
import org.textquiz.quizfile.QuizJson;

class SqliteProgressStoreTest {

    private static final Instant T0 = Instant.parse("2026-11-28T10:00:00Z");
    private final QuizJson json = new QuizJson();
    private final List<String> notices = new ArrayList<>();
    private final Clock clock = Clock.fixed(T0, ZoneOffset.UTC);

    @TempDir
    Path dir;

    private ProgressStore open() {
        return ProgressStores.open(dir, json, clock, notices::add);
    }

    @Test
    void theDatabaseUsesTheWriteAheadLogAndCarriesFlywaysHistory() throws Exception {
        open().close();
        open().close();

        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("progress.db"));
             Statement statement = connection.createStatement()) {
            try (ResultSet mode = statement.executeQuery("PRAGMA journal_mode")) {
                mode.next();
                assertThat(mode.getString(1)).isEqualToIgnoringCase("wal");
            }
            assertThat(history(statement)).containsExactly("1 learners sessions answers reviews",
                "2 answers grammar focus", "3 shared store");
        }
    }

    @Test
    void severalOpenersOfAFreshFileAtOnceAllGetTheSameDatabase() throws Exception {
        int openers = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(openers);
        java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<String>> opened = new ArrayList<>();
        for (int i = 0; i < openers; i++) {
            String learner = "learner-" + i;
            opened.add(pool.submit(() -> {
                start.await();
                try (ProgressStore store = open()) {
                    store.ensureLearner(learner);
                    return store.location();
                }
            }));
        }
        start.countDown();
        for (java.util.concurrent.Future<String> location : opened) {
            assertThat(location.get()).isEqualTo(dir.resolve("progress.db").toString());
        }
        pool.shutdown();

        assertThat(notices).isEmpty();
        try (ProgressStore store = open()) {
            assertThat(store.learners()).hasSize(openers);
        }
    }

    /**
     * The fixture is a real progress file written by textquiz before Flyway (schema 2 in its own table): Anna
     * with an unfinished session of two answers, Ben with an unfinished one and a finished one of three, and
     * five review items. Every answer is still there after the migration, and Ben's session still resumes.
     */
    @Test
    void aFileOfTheSchemaBeforeFlywayIsMigratedWithoutLosingAnAnswer() throws Exception {
        Path file = dir.resolve("progress.db");
        Files.copy(Path.of("src/test/resources/store/progress-schema-2.db"), file);
        List<String> before = answers(file);
        assertThat(before).hasSize(6);

        try (ProgressStore store = open()) {
            assertThat(store.learners()).extracting(ProgressStore.LearnerTotals::name).containsExactly("Anna", "Ben");
            assertThat(store.learners()).extracting(ProgressStore.LearnerTotals::answered).containsExactly(2, 4);
            assertThat(store.lastUnfinished("Ben").orElseThrow().results()).hasSize(1);
            assertThat(store.lastUnfinished("Anna").orElseThrow().results()).extracting(Result::points)
                .containsExactly(10, 0);
            assertThat(store.due("Ben", Instant.parse("2026-12-31T00:00:00Z"), 10)).hasSize(4);
            assertThat(store.accuracyByGrammarTopic("Ben")).containsExactly(new ProgressStore.Accuracy("verbs", 1, 0));
        }
        assertThat(answers(file)).isEqualTo(before);
        assertThat(notices).isEmpty();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement()) {
            assertThat(history(statement)).containsExactly("2 textquiz_schema 2", "3 shared store");
        }
    }

    private static List<String> history(Statement statement) throws Exception {
        List<String> applied = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery(
            "SELECT version, description FROM flyway_schema_history WHERE success = 1 ORDER BY installed_rank")) {
            while (rows.next()) {
                applied.add(rows.getString(1) + " " + rows.getString(2));
            }
        }
        return applied;
    }

    private static List<String> answers(Path file) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file);
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT session_id, position, question_id, given, verdict, points, "
                 + "hints_used, millis, answered_at FROM answers ORDER BY session_id, position")) {
            while (row.next()) {
                StringBuilder line = new StringBuilder();
                for (int column = 1; column <= 9; column++) {
                    line.append(row.getString(column)).append('|');
                }
                rows.add(line.toString());
            }
        }
        return rows;
    }

    @Test
    void aCorruptFileIsMovedAsideNeverDeletedAndAFreshDatabaseIsUsed() throws Exception {
        byte[] garbage = "this is not a database, but someone's notes".getBytes(StandardCharsets.UTF_8);
        Files.write(dir.resolve("progress.db"), garbage);

        try (ProgressStore store = open()) {
            store.ensureLearner("anna");
            assertThat(store.learners()).extracting(ProgressStore.LearnerTotals::name).containsExactly("anna");
        }

        Path aside = dir.resolve("progress.db.corrupt-20261128-100000");
        assertThat(aside).exists().hasBinaryContent(garbage);
        assertThat(notices).singleElement().asString()
            .contains("was not a textquiz progress database").contains("progress.db.corrupt-20261128-100000");
    }

    @Test
    void aForeignSqliteDatabaseIsMovedAsideToo() throws Exception {
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("progress.db"));
             Statement statement = connection.createStatement()) {
            statement.executeUpdate("CREATE TABLE recipes (name TEXT)");
        }

        open().close();

        assertThat(dir.resolve("progress.db.corrupt-20261128-100000")).exists();
        assertThat(notices).hasSize(1);
    }

    @Test
    void aFolderThatCannotBeWrittenKeepsProgressInMemory() throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("file"), "x");

        try (ProgressStore store = ProgressStores.open(notAFolder.resolve("textquiz"), json, clock, notices::add)) {
            Quiz quiz = quiz(2);
            long id = store.startSession("anna", quiz, T0);
            store.recordAnswer(id, "anna", 0, answer(quiz, 0, Verdict.correct(), 10), T0);

            assertThat(store.location()).isEqualTo("memory");
            assertThat(store.lastUnfinished("anna").orElseThrow().results()).hasSize(1);
        }
        assertThat(notices).singleElement().asString().contains("kept in memory for this session only");
    }

    @Test
    void whenTheDatabaseStopsTakingWritesTheSessionGoesOnInMemoryWithEveryAnswer() throws Exception {
        Quiz quiz = quiz(3);
        JdbcProgressStore file = JdbcProgressStore.sqlite(dir.resolve("progress.db"), json);
        ProgressStore store = new ResilientProgressStore(file, () -> JdbcProgressStore.inMemory(json), notices::add);
        long id = store.startSession("anna", quiz, T0);
        store.recordAnswer(id, "anna", 0, answer(quiz, 0, Verdict.correct(), 10), T0);
        try (Connection other = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve("progress.db"));
             Statement lock = other.createStatement()) {
            lock.execute("PRAGMA busy_timeout = 0");
            lock.execute("BEGIN EXCLUSIVE");
            forceBusyTimeout(file);

            store.recordAnswer(id, "anna", 1, answer(quiz, 1, Verdict.wrong(""), 0), T0);
            lock.execute("ROLLBACK");
        }

        assertThat(store.location()).isEqualTo("memory");
        assertThat(notices).singleElement().asString().contains("cannot write to").contains("kept in memory");
        StoredSession session = store.lastUnfinished("anna").orElseThrow();
        assertThat(session.results()).extracting(r -> r.question().id()).containsExactly("cloze-0", "cloze-1");
        store.recordAnswer(session.id(), "anna", 2, answer(quiz, 2, Verdict.correct(), 10), T0);
        assertThat(store.sessions("anna")).singleElement().satisfies(s -> assertThat(s.points()).isEqualTo(20));
        store.close();
    }

    /** Lets the locked database fail at once instead of after the usual wait. */
    private static void forceBusyTimeout(JdbcProgressStore store) throws Exception {
        var field = JdbcProgressStore.class.getDeclaredField("connection");
        field.setAccessible(true);
        try (Statement statement = ((Connection) field.get(store)).createStatement()) {
            statement.execute("PRAGMA busy_timeout = 0");
        }
    }
}
