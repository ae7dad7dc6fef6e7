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

/** The jar that {@code ./mvnw package} builds, started as a real process, as the launcher starts it. */
class PackagedJarIT {

    private static final Path JAR = Path.of("target/textquiz.jar");

    record Run(int exitCode, String out, String err) {
    }

    private static Run run(String input, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
            .toString(), "-Dtextquiz.quizzes-dir=quizzes", "-Dtextquiz.data-dir=target/it-progress", "-jar",
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
    void aBadOptionIsOneLineOnStandardErrorAndANonZeroExit() throws Exception {
        Run run = run("", "play", "--count", "many");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).isEqualTo("textquiz: --count must be a whole number, not 'many'\n");
        assertThat(run.out()).isEmpty();
    }
}
