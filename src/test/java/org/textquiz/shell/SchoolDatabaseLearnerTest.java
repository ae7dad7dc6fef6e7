package org.textquiz.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.textquiz.core.progress.ProgressStore;
import org.textquiz.core.quiz.Quiz;
import org.textquiz.core.quiz.Result;
import org.textquiz.core.quiz.Verdict;
import org.textquiz.quizfile.QuizFiles;
import org.textquiz.quizfile.QuizJson;
import org.textquiz.store.DatabaseSettings;
import org.textquiz.store.JdbcProgressStore;
import org.textquiz.store.SchoolRolesTest;

/**
 * textquiz as the learner anna on the school's PostgreSQL database, set up as the README says: she plays, her
 * answers land in the database, and no command shows her another learner's.
 */
@SpringBootTest(properties = {"spring.shell.interactive.enabled=false",
    "textquiz.data-dir=target/test-school-learner"})
class SchoolDatabaseLearnerTest {

    @Autowired
    ScriptRunner runner;

    @DynamicPropertySource
    static void schoolDatabase(DynamicPropertyRegistry registry) throws Exception {
        SchoolRolesTest.setUpAsTheReadmeSays();
        DatabaseSettings anna = SchoolRolesTest.login("anna");
        registry.add(DatabaseSettings.URL_KEY, anna::url);
        registry.add(DatabaseSettings.USER_KEY, anna::user);
        registry.add(DatabaseSettings.PASSWORD_KEY, anna::password);
    }

    CommandRun run(String commandLine, String input) {
        return CommandRun.of(runner, commandLine, input);
    }

    @Test
    void aLearnerPlaysOnTheSchoolDatabaseAndNoCommandShowsHerAnotherLearnersAnswers() throws Exception {
        Path quizFile = Files.createTempDirectory("school").resolve("q.quiz.json");
        assertThat(run("generate --seed 21 --count 3 --types truefalse --out " + quizFile, "").exitCode()).isZero();
        Quiz quiz = new QuizFiles(new QuizJson()).read(quizFile);
        try (ProgressStore ben = JdbcProgressStore.postgres(SchoolRolesTest.login("ben"), new QuizJson(), false)) {
            long id = ben.startSession("Benedikt", quiz, Instant.now());
            for (int i = 0; i < 3; i++) {
                ben.recordAnswer(id, "Benedikt", i, new Result(quiz.questions().get(i), "richtig",
                    Verdict.wrong("Benedikts geheime Antwort"), 0, 0, false, Duration.ofSeconds(2)), Instant.now());
            }
        }

        assertThat(run("learner Annika", "").out()).contains("Learner: Annika");
        CommandRun played = run("play --quiz " + quizFile, "r\nf\nr\n");
        assertThat(played.exitCode()).as(played.err()).isZero();
        assertThat(played.out()).contains("[3/3]").doesNotContain("Note:");

        CommandRun report = run("report --quiz " + quizFile, "");
        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(report.out()).contains("1 learner", "Annika", "live from postgresql://localhost:")
            .doesNotContain("Benedikt");
        assertThat(run("learners", "").out()).contains("Annika").doesNotContain("Benedikt");
        assertThat(run("review", "").out()).doesNotContain("Benedikt");

        CommandRun taken = run("learner Benedikt", "");
        assertThat(taken.exitCode()).isNotZero();
        assertThat(taken.err().strip()).isEqualTo("textquiz: the learner name 'Benedikt' belongs to another login on "
            + "the database at " + SchoolRolesTest.login("anna").location() + "; choose your own name with: learner NAME");
        assertThat(run("learner", "").out()).contains("Learner: Annika");

        try (ProgressStore teacher = JdbcProgressStore.postgres(SchoolRolesTest.login("textquiz_teacher"),
            new QuizJson(), false)) {
            assertThat(teacher.classSessions(quiz.article().sha256(), quiz.seed()))
                .extracting(ProgressStore.LearnerSession::learner).containsExactly("Annika", "Benedikt");
        }
    }
}
