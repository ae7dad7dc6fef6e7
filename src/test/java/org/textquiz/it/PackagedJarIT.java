package org.textquiz.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The jar that {@code ./mvnw package} builds, started as a real process, as the launcher starts it (with Spring AOT). */
class PackagedJarIT {

    private static final Path JAR = Path.of("target/textquiz.jar");

    record Run(int exitCode, String out, String err) {
    }

    private static Run run(String input, String... args) throws IOException, InterruptedException {
        return runIn(Path.of("target/it-progress"), input, args);
    }

    private static Run runIn(Path data, String input, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
            .toString(), "-Dspring.aot.enabled=true", "-Dtextquiz.quizzes-dir=quizzes", "-Dtextquiz.data-dir=" + data, "-jar",
            JAR.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("textquiz-out", ".txt");
        Path err = Files.createTempFile("textquiz-err", ".txt");
        Process process = new ProcessBuilder(command)
            .redirectOutput(out.toFile())
            .redirectError(err.toFile())
            .start();
        process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
        process.getOutputStream().close();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("textquiz finished").isTrue();
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void theJarStartsAndAnswersHelp() throws Exception {
        Run run = run("", "help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("play", "generate", "open", "articles", "score", "review");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void playReadsPipedAnswersAndPrintsTheScore() throws Exception {
        Run run = run(":hint\n:skip\n", "play", "--seed", "7", "--count", "2");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Seed 7 · 2 questions", "[1/2]", "[2/2]", "hint: ", "→ skipped",
            "Score: 0 points · 0/1 correct");
        assertThat(run.err()).isEmpty();
    }

    @Test
    void aRestartRemembersTheLearnerAndShowsTheirLastScoreReviewAndMissedQuestions(@TempDir Path data)
        throws Exception {
        assertThat(runIn(data, "", "learner", "mara").out()).contains("Learner: mara");
        Run played = runIn(data, "Putin\n:skip\n", "play", "--seed", "7", "--count", "3", "--types", "cloze");
        assertThat(played.out()).contains("Learner: mara", "Session ended after 2 of 3 questions. Continue it later "
            + "with: resume");

        assertThat(runIn(data, "", "learner").out()).as("remembered across starts").contains("Learner: mara");
        assertThat(runIn(data, "", "score").out()).contains("Score: 0 points · 0/2 correct");
        assertThat(runIn(data, "", "review").out()).contains("Missed questions:", "(you wrote \"Putin\")",
            "(skipped)");
        assertThat(runIn(data, "", "practice").out()).contains("practice --now");
        assertThat(runIn(data, ":quit\n", "practice", "--now").out())
            .contains("Practice for mara · 2 questions missed in the last session", "[1/2] gap-fill");
        assertThat(runIn(data, "", "--learner", "olga", "learner").out()).as("--learner holds for one run")
            .contains("Learner: olga");
        assertThat(runIn(data, "", "learner").out()).contains("Learner: mara");
    }

    @Test
    void aBadOptionIsOneLineOnStandardErrorAndANonZeroExit() throws Exception {
        Run run = run("", "play", "--count", "many");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("textquiz: --count must be a whole number, not 'many'\n");
        assertThat(run.out()).isEmpty();
    }
}
