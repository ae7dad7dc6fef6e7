package org.textquiz.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.textquiz.store.ProgressStoreContract.answer;
import static org.textquiz.store.ProgressStoreContract.quiz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.textquiz.core.progress.ProgressStore;
import org.textquiz.core.quiz.Quiz;
import org.textquiz.core.quiz.Verdict;
import org.textquiz.quizfile.QuizJson;

/**
 * The administrator's set-up from the README, run exactly as written there on a real PostgreSQL server: a
 * learner's login without any right to change the schema can play, and sees nothing of another learner.
 */
public class SchoolRolesTest {

    private static final Pattern BLOCK = Pattern.compile("```sql\\n-- as (\\S+) in (\\S+)\\n(.*?)```", Pattern.DOTALL);
    private static final QuizJson JSON = new QuizJson();
    private static final Instant T0 = Instant.parse("2026-11-30T09:00:00Z");

    /** The README's SQL blocks, each with the role and database it runs as. */
    record Block(String role, String database, List<String> statements) {
    }

    static List<Block> readmeBlocks() throws IOException {
        List<Block> blocks = new ArrayList<>();
        Matcher matcher = BLOCK.matcher(Files.readString(Path.of("README.md")));
        while (matcher.find()) {
            List<String> statements = new ArrayList<>();
            for (String statement : matcher.group(3).split(";\\s*\\n")) {
                if (!statement.isBlank()) {
                    statements.add(statement.strip());
                }
            }
            blocks.add(new Block(matcher.group(1), matcher.group(2), statements));
        }
        return blocks;
    }

    /** Creates the database and roles as the README says, once per test run; the learner logins anna and ben. */
    public static synchronized void setUpAsTheReadmeSays() throws Exception {
        if (exists()) {
            return;
        }
        List<Block> blocks = readmeBlocks();
        assertThat(blocks).extracting(Block::role, Block::database).containsExactly(
            org.assertj.core.groups.Tuple.tuple("postgres", "postgres"),
            org.assertj.core.groups.Tuple.tuple("postgres", "textquiz"),
            org.assertj.core.groups.Tuple.tuple("textquiz_admin", "textquiz"));
        run(blocks.get(0));
        TestPostgres.superuser("postgres", "CREATE ROLE ben LOGIN PASSWORD 'change-me' IN ROLE textquiz_learner");
        run(blocks.get(1));
        JdbcProgressStore.postgres(login("textquiz_admin"), JSON, true).close();
        run(blocks.get(2));
    }

    private static boolean exists() {
        try (Connection connection = TestPostgres.server().getDatabase("postgres", "postgres").getConnection();
             Statement statement = connection.createStatement();
             var rows = statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = 'textquiz'")) {
            return rows.next();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void run(Block block) throws SQLException {
        try (Connection connection = TestPostgres.server().getDatabase(block.role(), block.database()).getConnection();
             Statement statement = connection.createStatement()) {
            for (String sql : block.statements()) {
                statement.execute(sql);
            }
        }
    }

    public static DatabaseSettings login(String role) {
        return TestPostgres.settings("textquiz", role, "change-me");
    }

    @BeforeAll
    static void setUp() throws Exception {
        setUpAsTheReadmeSays();
    }

    @Test
    void aLearnerPlaysWithoutAnyRightToChangeTheSchema() throws Exception {
        Quiz quiz = quiz(3, 101);
        try (ProgressStore anna = JdbcProgressStore.postgres(login("anna"), JSON, false)) {
            long id = anna.startSession("Anna R.", quiz, T0);
            anna.recordAnswer(id, "Anna R.", 0, answer(quiz, 0, Verdict.wrong(""), 0), T0);
            anna.recordAnswer(id, "Anna R.", 1, answer(quiz, 1, Verdict.correct(), 10), T0);
            anna.recordAnswer(id, "Anna R.", 1, answer(quiz, 1, Verdict.correct(), 10), T0);

            assertThat(anna.lastUnfinished("Anna R.").orElseThrow().results()).hasSize(2);
            assertThat(anna.due("Anna R.", T0.plusSeconds(86_400), 10)).hasSize(1);
        }
        try (Connection connection = TestPostgres.server().getDatabase("anna", "textquiz").getConnection();
             Statement statement = connection.createStatement()) {
            assertThatThrownBy(() -> statement.execute("CREATE TABLE notes (line TEXT)"))
                .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> statement.execute("ALTER TABLE answers ADD COLUMN grade INTEGER"))
                .isInstanceOf(SQLException.class).hasMessageContaining("must be owner");
            assertThatThrownBy(() -> statement.execute("DELETE FROM answers"))
                .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
    }

    @Test
    void aLearnerSeesNothingOfAnotherLearnerAndTheTeacherSeesBoth() {
        Quiz quiz = quiz(2, 202);
        try (ProgressStore ben = JdbcProgressStore.postgres(login("ben"), JSON, false)) {
            long id = ben.startSession("Ben", quiz, T0);
            ben.recordAnswer(id, "Ben", 0, answer(quiz, 0, Verdict.wrong("nein"), 0), T0);
        }
        try (ProgressStore anna = JdbcProgressStore.postgres(login("anna"), JSON, false)) {
            long id = anna.startSession("Anna", quiz, T0);
            anna.recordAnswer(id, "Anna", 0, answer(quiz, 0, Verdict.correct(), 10), T0);

            assertThat(anna.learners()).extracting(ProgressStore.LearnerTotals::name).doesNotContain("Ben")
                .contains("Anna");
            assertThat(anna.classSessions(quiz.article().sha256(), quiz.seed()))
                .extracting(ProgressStore.LearnerSession::learner).containsExactly("Anna");
            assertThat(anna.missed("Ben")).isEmpty();
            assertThat(anna.sessions("Ben")).isEmpty();
            assertThat(anna.lastAnswered("Ben")).isEmpty();
            assertThat(anna.due("Ben", T0.plusSeconds(9 * 86_400), 10)).isEmpty();
            assertThatThrownBy(() -> anna.ensureLearner("Ben")).isInstanceOf(LearnerTakenException.class)
                .hasMessage("the learner name 'Ben' belongs to another login on the database at "
                    + login("anna").location() + "; choose your own name with: learner NAME");
        }
        try (ProgressStore teacher = JdbcProgressStore.postgres(login("textquiz_teacher"), JSON, false)) {
            assertThat(teacher.classSessions(quiz.article().sha256(), quiz.seed()))
                .extracting(ProgressStore.LearnerSession::learner).containsExactly("Anna", "Ben");
        }
    }

    @Test
    void aDatabaseBehindThisTextquizIsOneLineForTheLearnerAndMigratedOnlyByItsOwner() {
        DatabaseSettings fresh = TestPostgres.freshDatabase();

        assertThatThrownBy(() -> JdbcProgressStore.postgres(fresh, JSON, false))
            .isInstanceOf(SchemaException.class)
            .hasMessage("the database at " + fresh.location() + " has schema version none and this textquiz needs 3; "
                + "the school's administrator brings it up to date with: ./textquiz --migrate learners");
        JdbcProgressStore.postgres(fresh, JSON, true).close();
        JdbcProgressStore.postgres(fresh, JSON, false).close();
    }
}
