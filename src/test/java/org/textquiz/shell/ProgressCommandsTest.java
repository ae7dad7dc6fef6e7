package org.textquiz.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.util.FileSystemUtils;
import org.textquiz.core.question.Question;
import org.textquiz.core.question.QuestionType;
import org.textquiz.core.question.QuizGenerator;
import org.textquiz.core.question.QuizRequest;

/** A learner's days with textquiz: play, quit, come back, resume, practise, review, look at the stats. */
@SpringBootTest(properties = {"spring.shell.interactive.enabled=false",
    "textquiz.data-dir=target/progress-commands-test", "textquiz.learner=default-learner"})
class ProgressCommandsTest {

    static final AtomicReference<Instant> NOW = new AtomicReference<>(Instant.parse("2026-11-28T09:00:00Z"));

    @TestConfiguration
    static class Clock {
        @Bean
        @Primary
        InstantSource testClock() {
            return NOW::get;
        }
    }

    @Autowired
    ScriptRunner runner;
    @Autowired
    Workspace workspace;
    @Autowired
    QuizGenerator generator;

    @BeforeAll
    static void aFreshDataDirectory() throws IOException {
        FileSystemUtils.deleteRecursively(Path.of("target/progress-commands-test"));
    }

    String run(String commandLine, String input) {
        CommandRun run = CommandRun.of(runner, commandLine, input);
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out();
    }

    @Test
    void aLearnersProgressIsKeptAcrossSessionsAndDays() {
        List<Question> questions = generator.generate(workspace.article(),
            new QuizRequest(4, List.of(QuestionType.CLOZE), 21)).questions();

        assertThat(run("learner jana", "")).startsWith("Learner: jana (progress in target/progress-commands-test");
        String first = run("play --seed 21 --count 4 --types cloze",
            questions.get(0).solution() + "\nfalsch\n:quit\n");
        assertThat(first).contains("Learner: jana").contains("Session ended after 2 of 4 questions.");

        String resumed = run("resume", questions.get(2).solution() + "\n:skip\n");
        assertThat(resumed).contains("Resuming jana's session", "question 3 of 4")
            .contains("1. " + questions.get(0).solution() + " → you wrote \"" + questions.get(0).solution() + "\", correct")
            .contains("2. " + questions.get(1).solution() + " → you wrote \"falsch\", wrong (0 points)")
            .contains("[3/4] gap-fill", "[4/4] gap-fill")
            .contains("Score: 20 points · 2/4 correct");
        assertThat(run("resume", "")).contains("No unfinished session for jana");

        assertThat(run("review --all", "")).contains("Missed questions of jana")
            .contains("answer: " + questions.get(1).solution() + " (you wrote \"falsch\")")
            .contains("answer: " + questions.get(3).solution() + " (skipped)");

        assertThat(run("practice", "")).contains("Nothing is due for jana now; the next review is due");
        NOW.set(NOW.get().plus(Duration.ofDays(1)));
        List<Question> dueTogether = java.util.stream.Stream.of(questions.get(1), questions.get(3))
            .sorted(java.util.Comparator.comparing(Question::id)).toList();
        String practice = run("practice", dueTogether.get(0).solution() + "\n" + dueTogether.get(1).solution() + "\n");
        assertThat(practice).contains("Practice for jana · 2 questions due")
            .contains("Score: 20 points · 2/2 correct");
        assertThat(run("practice", "")).contains("Nothing is due for jana now");

        String stats = run("stats", "");
        assertThat(stats).contains("Progress of jana · 2 sessions · 6 answered · 67% correct · 40 points")
            .contains("Accuracy by question type").containsPattern("gap-fill +█+░* +67%  \\(4/6\\)")
            .contains("Accuracy by word class");

        assertThat(run("learners", "")).containsPattern("\\* jana +2 sessions +6 answered +67% correct +40 points");
    }

    @Test
    void theDefaultLearnerComesFromTheConfiguration() {
        assertThat(run("stats", "")).startsWith("Progress of ");
        assertThat(run("learner", "")).contains("Learner: ");
    }
}
