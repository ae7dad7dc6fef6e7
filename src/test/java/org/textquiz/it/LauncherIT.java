package org.textquiz.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code ./textquiz} launcher as a user runs it. Its class-data-sharing archive once named jars by a
 * path that no longer existed, so every start quietly ran without it at half the speed; with
 * {@code -Xshare:on} the JVM refuses to start on an archive it cannot use, which this test relies on.
 */
class LauncherIT {

    record Run(int exitCode, String out, String err) {
    }

    private static Run launch(Path data, Map<String, String> environment, String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("./textquiz", "--data-dir", data.toString()));
        command.addAll(List.of(args));
        Path out = Files.createTempFile("launcher-out", ".txt");
        Path err = Files.createTempFile("launcher-err", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile())
            .redirectInput(ProcessBuilder.Redirect.from(Path.of("/dev/null").toFile()));
        builder.environment().putAll(environment);
        Process process = builder.start();
        assertThat(process.waitFor(300, TimeUnit.SECONDS)).as("the launcher finished").isTrue();
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
            Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void everyStartAfterTheFirstMapsTheClassArchiveTheFirstMade(@TempDir Path data) throws Exception {
        Run first = launch(data, Map.of(), "help");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(Path.of("target/cds/textquiz.jsa")).exists();

        Run archived = launch(data, Map.of("JAVA_TOOL_OPTIONS", "-Xshare:on"), "help");

        assertThat(archived.err()).doesNotContain("shared archive");
        assertThat(archived.exitCode()).isZero();
        assertThat(archived.out()).contains("play", "generate");
    }
}
