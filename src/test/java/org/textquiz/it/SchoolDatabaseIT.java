package org.textquiz.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.textquiz.store.DatabaseSettings;
import org.textquiz.store.SchoolRolesTest;
import org.textquiz.store.TestPostgres;

/** The packaged jar on the school's PostgreSQL database, set up as the README says. */
class SchoolDatabaseIT {

    private static final Path JAR = Path.of("target/textquiz.jar");
    private static final String PASSWORD = "sekret-7b-never-printed";

    @BeforeAll
    static void database() throws Exception {
        SchoolRolesTest.setUpAsTheReadmeSays();
    }

    private static ProcessBuilder textquiz(Path data, String login, Path out, Path err, String... args) {
        return textquiz(SchoolRolesTest.login(login), data, out, err, args);
    }

    private static ProcessBuilder textquiz(DatabaseSettings settings, Path data, Path out, Path err, String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
            .toString(), "-Dspring.aot.enabled=true", "-Dtextquiz.quizzes-dir=quizzes", "-Dtextquiz.data-dir=" + data, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        Map<String, String> environment = builder.environment();
        environment.put(DatabaseSettings.URL_KEY, settings.url());
        environment.put(DatabaseSettings.USER_KEY, settings.user());
        environment.put(DatabaseSettings.PASSWORD_KEY, PASSWORD);
        return builder;
    }

    @Test
    void aKilledLearnerLosesOnlyTheQuestionOnScreenAndTheTeacherSeesTheClassLive(@TempDir Path dir) throws Exception {
        Path quiz = dir.resolve("q.quiz.json");
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        Process generate = textquiz(dir.resolve("t"), "textquiz_teacher", out, err, "generate", "--seed", "31",
            "--count", "4", "--types", "truefalse", "--out", quiz.toString()).start();
        assertThat(generate.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(generate.exitValue()).as(Files.readString(err)).isZero();

        Process anna = textquiz(dir.resolve("a"), "anna", out, err, "--learner", "Anna K.", "play", "--quiz",
            quiz.toString()).start();
        OutputStream answers = anna.getOutputStream();
        answers.write("r\nf\n".getBytes(StandardCharsets.UTF_8));
        answers.flush();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (answersOf("Anna K.") < 2 && System.nanoTime() < deadline && anna.isAlive()) {
            Thread.sleep(100);
        }
        anna.destroyForcibly();
        assertThat(anna.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(anna.exitValue()).as("killed, SIGKILL").isEqualTo(137);
        assertThat(answersOf("Anna K.")).isEqualTo(2);

        Process resumed = textquiz(dir.resolve("a"), "anna", out, err, "--learner", "Anna K.", "resume").start();
        resumed.getOutputStream().write("r\nr\n".getBytes(StandardCharsets.UTF_8));
        resumed.getOutputStream().close();
        assertThat(resumed.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(Files.readString(out)).contains("question 3 of 4", "[4/4]");
        assertThat(answersOf("Anna K.")).isEqualTo(4);

        Process report = textquiz(dir.resolve("t"), "textquiz_teacher", out, err, "report", "--quiz",
            quiz.toString()).start();
        assertThat(report.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(report.exitValue()).as(Files.readString(err)).isZero();
        assertThat(Files.readString(out)).contains("1 learner", "Anna K.").containsPattern("4/4\\s+answered")
            .contains("live from postgresql://localhost:").doesNotContain(PASSWORD);
        assertThat(Files.readString(err)).doesNotContain(PASSWORD);
    }

    @Test
    void onlyMigrateCreatesTheTablesOfANewSchoolDatabase(@TempDir Path dir) throws Exception {
        DatabaseSettings fresh = TestPostgres.freshDatabase();
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");

        Process refused = textquiz(fresh, dir, out, err, "learners").start();
        assertThat(refused.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(refused.exitValue()).isNotZero();
        assertThat(Files.readString(err).strip()).isEqualTo("textquiz: the database at " + fresh.location()
            + " has schema version none and this textquiz needs 3; the school's administrator brings it up to date "
            + "with: ./textquiz --migrate learners");

        Process migrated = textquiz(fresh, dir, out, err, "--migrate", "learners").start();
        assertThat(migrated.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(migrated.exitValue()).as(Files.readString(err)).isZero();
        assertThat(Files.readString(out)).contains("No learners yet");
        Process after = textquiz(fresh, dir, out, err, "learners").start();
        assertThat(after.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(after.exitValue()).as(Files.readString(err)).isZero();
    }

    @Test
    void aWrongAddressIsOneLineNamingTheVariableAndNoPassword(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("out.txt");
        Path err = dir.resolve("err.txt");
        ProcessBuilder builder = textquiz(dir, "anna", out, err, "learners");
        builder.environment().put(DatabaseSettings.URL_KEY, "mysql://server/" + PASSWORD + "?password=" + PASSWORD);
        Process run = builder.start();
        assertThat(run.waitFor(120, TimeUnit.SECONDS)).isTrue();

        assertThat(run.exitValue()).isNotZero();
        assertThat(Files.readString(err).strip()).startsWith("textquiz: TEXTQUIZ_DATABASE must be a PostgreSQL "
            + "address such as jdbc:postgresql://server:5432/textquiz").hasLineCount(1);
        assertThat(Files.readString(err)).doesNotContain("password=" + PASSWORD);
    }

    private static int answersOf(String learner) throws IOException {
        try (Connection connection = TestPostgres.server().getDatabase("postgres", "textquiz").getConnection();
             Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT count(*) FROM answers a JOIN sessions s "
                 + "ON s.id = a.session_id JOIN learners l ON l.id = s.learner_id WHERE l.name = '"
                 + learner.replace("'", "''") + "'")) {
            row.next();
            return row.getInt(1);
        } catch (java.sql.SQLException e) {
            throw new IOException(e);
        }
    }
}
