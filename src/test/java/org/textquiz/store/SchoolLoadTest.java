package org.textquiz.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.textquiz.core.progress.ProgressStore;
import org.textquiz.quizfile.QuizJson;

/**
 * Thirty learners answer a fifty-question quiz at once, each a process of its own with its own connection and
 * login, on the school database set up as the README says; the teacher's report, taken again and again while
 * they answer, is always one moment's state.
 */
class SchoolLoadTest {

    private static final int LEARNERS = 30;
    private static final int QUESTIONS = 50;
    private static final long SEED = 303;

    @Test
    void thirtyLearnersAnsweringFiftyQuestionsAtOnceAreAllCountedAndTheReportIsASnapshot() throws Exception {
        SchoolRolesTest.setUpAsTheReadmeSays();
        List<String> logins = new ArrayList<>();
        for (int i = 1; i <= LEARNERS; i++) {
            String login = "load_learner_" + i;
            logins.add(login);
            TestPostgres.superuser("postgres", "CREATE ROLE " + login + " LOGIN PASSWORD 'change-me' "
                + "IN ROLE textquiz_learner");
        }
        String url = SchoolRolesTest.login("textquiz_teacher").url();
        List<Process> learners = new ArrayList<>();
        for (String login : logins) {
            learners.add(new ProcessBuilder(javaCommand(url, login)).redirectErrorStream(true).start());
        }
        for (Process learner : learners) {
            BufferedReader out = new BufferedReader(new InputStreamReader(learner.getInputStream(),
                StandardCharsets.UTF_8));
            String line;
            do {
                line = out.readLine();
            } while (line != null && !line.equals("ready"));
            assertThat(line).as("a learner connected").isEqualTo("ready");
        }
        for (Process learner : learners) {
            OutputStream go = learner.getOutputStream();
            go.write("go\n".getBytes(StandardCharsets.UTF_8));
            go.flush();
        }

        List<Integer> totals = new ArrayList<>();
        String sha256 = ProgressStoreContract.quiz(QUESTIONS, SEED).article().sha256();
        try (ProgressStore teacher = JdbcProgressStore.postgres(SchoolRolesTest.login("textquiz_teacher"),
            new QuizJson(), false)) {
            while (learners.stream().anyMatch(Process::isAlive)) {
                List<ProgressStore.LearnerSession> snapshot = teacher.classSessions(sha256, SEED);
                for (ProgressStore.LearnerSession played : snapshot) {
                    assertThat(played.session().results()).as(played.learner()).hasSizeLessThanOrEqualTo(QUESTIONS);
                    assertThat(played.session().results()).extracting(r -> r.question().id()).doesNotHaveDuplicates();
                }
                totals.add(snapshot.stream().mapToInt(p -> p.session().results().size()).sum());
            }
            for (Process learner : learners) {
                assertThat(learner.waitFor(120, TimeUnit.SECONDS)).isTrue();
                assertThat(learner.exitValue()).as(new String(learner.getInputStream().readAllBytes(),
                    StandardCharsets.UTF_8)).isZero();
            }
            List<ProgressStore.LearnerSession> last = teacher.classSessions(sha256, SEED);
            assertThat(last).hasSize(LEARNERS);
            assertThat(last).allSatisfy(p -> assertThat(p.session().results()).hasSize(QUESTIONS));
        }

        assertThat(totals).as("answers only ever grow between snapshots").isSorted();
        assertThat(count("SELECT count(*) FROM answers a JOIN sessions s ON s.id = a.session_id "
            + "WHERE s.seed = " + SEED)).isEqualTo(LEARNERS * QUESTIONS);
        Map<Integer, Long> perSession = answersPerSession();
        assertThat(perSession).hasSize(LEARNERS);
        assertThat(perSession.values().stream().collect(Collectors.toSet())).containsExactly((long) QUESTIONS);
    }

    private static List<String> javaCommand(String url, String login) {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        return List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx96m", "-cp", classPath,
            LoadLearner.class.getName(), url, login, String.valueOf(QUESTIONS), String.valueOf(SEED));
    }

    private static int count(String sql) throws Exception {
        try (Connection connection = TestPostgres.server().getDatabase("postgres", "textquiz").getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getInt(1);
        }
    }

    private static Map<Integer, Long> answersPerSession() throws Exception {
        try (Connection connection = TestPostgres.server().getDatabase("postgres", "textquiz").getConnection();
             Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT s.id, count(a.id) FROM sessions s "
                 + "JOIN answers a ON a.session_id = s.id WHERE s.seed = " + SEED + " GROUP BY s.id")) {
            Map<Integer, Long> counts = new java.util.HashMap<>();
            while (rows.next()) {
                counts.put(rows.getInt(1), rows.getLong(2));
            }
            return counts;
        }
    }
}
