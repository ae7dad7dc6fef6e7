package org.textquiz.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Progress kept by real textquiz processes: killed in the middle of a session, and two at once. */
class ProgressProcessesIT {

    @TempDir
    Path data;

    private ProcessBuilder textquiz(String... args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
            .toString(), "-Dspring.aot.enabled=true", "-Dtextquiz.quizzes-dir=quizzes", "-jar", "target/textquiz.jar", "--data-dir",
            data.toString()));
        command.addAll(List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }

    /** The lines a process prints, as they come. */
    private static BlockingQueue<String> lines(Process process) {
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
                String line;
                while ((line = in.readLine()) != null) {
                    lines.add(line);
                }
            } catch (IOException ended) {
                // the process was killed
            }
        });
        reader.setDaemon(true);
        reader.start();
        return lines;
    }

    private static void awaitLine(BlockingQueue<String> lines, String start) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null && line.startsWith(start)) {
                return;
            }
        }
        throw new AssertionError("textquiz never printed a line starting with " + start);
    }

    private static String run(ProcessBuilder builder, String input) throws Exception {
        Process process = builder.start();
        try (OutputStream in = process.getOutputStream()) {
            in.write(input.getBytes(StandardCharsets.UTF_8));
        }
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(out).isZero();
        return out;
    }

    @Test
    void killingThePlayingProcessLosesNoAnswerAlreadyGiven() throws Exception {
        Process play = textquiz("--learner", "kim", "play", "--seed", "7", "--count", "5", "--types", "cloze").start();
        BlockingQueue<String> lines = lines(play);
        OutputStream answers = play.getOutputStream();
        awaitLine(lines, "[1/5]");
        answers.write("erstens\n".getBytes(StandardCharsets.UTF_8));
        answers.flush();
        awaitLine(lines, "[2/5]");
        answers.write("zweitens\n".getBytes(StandardCharsets.UTF_8));
        answers.flush();
        awaitLine(lines, "[3/5]");
        answers.write("dritt".getBytes(StandardCharsets.UTF_8));
        answers.flush();

        play.destroyForcibly();
        assertThat(play.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(play.exitValue()).as("killed by SIGKILL").isEqualTo(137);

        String resumed = run(textquiz("--learner", "kim", "resume"), ":quit\n");
        assertThat(resumed).contains("Resuming kim's session", "question 3 of 5", "Your earlier answers in this session:")
            .contains("\"erstens\", wrong", "\"zweitens\", wrong").contains("[3/5] gap-fill")
            .doesNotContain("dritt\"");
    }

    @Test
    void processesStartedAtOnceOnAFreshFolderShareOneDatabase() throws Exception {
        List<Process> starts = new ArrayList<>();
        for (String learner : List.of("ina", "ole", "pia")) {
            starts.add(textquiz("learner", learner).start());
        }
        for (Process process : starts) {
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(printed).doesNotContain("memory").doesNotContain("Note:");
            assertThat(process.exitValue()).as(printed).isZero();
        }

        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("progress.db"));
             Statement statement = db.createStatement();
             ResultSet names = statement.executeQuery("SELECT name FROM learners ORDER BY name")) {
            List<String> learners = new ArrayList<>();
            while (names.next()) {
                learners.add(names.getString(1));
            }
            assertThat(learners).containsExactly("ina", "ole", "pia");
        }
    }

    @Test
    void twoProcessesAnsweringAtTheSameTimeLoseNoAnswer() throws Exception {
        String answers = "a\nb\nc\nd\ne\nf\ng\nh\n";
        run(textquiz("learner", "setup"), "");
        List<Process> players = new ArrayList<>();
        for (String learner : List.of("lea", "max")) {
            Process process = textquiz("--learner", learner, "play", "--seed", learner.equals("lea") ? "1" : "2",
                "--count", "8", "--types", "cloze").redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            players.add(process);
        }
        for (Process process : players) {
            try (OutputStream in = process.getOutputStream()) {
                for (String line : answers.split("(?<=\n)")) {
                    in.write(line.getBytes(StandardCharsets.UTF_8));
                    in.flush();
                }
            }
        }
        for (Process process : players) {
            assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(process.exitValue()).isZero();
        }

        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("progress.db"));
             Statement statement = db.createStatement();
             ResultSet counts = statement.executeQuery("SELECT l.name, count(a.id) FROM learners l "
                 + "JOIN sessions s ON s.learner_id = l.id JOIN answers a ON a.session_id = s.id "
                 + "GROUP BY l.name ORDER BY l.name")) {
            List<String> rows = new ArrayList<>();
            while (counts.next()) {
                rows.add(counts.getString(1) + "=" + counts.getInt(2));
            }
            assertThat(rows).containsExactly("lea=8", "max=8");
        }
        assertThat(Files.list(data).map(p -> p.getFileName().toString())).noneMatch(n -> n.contains("corrupt"));
    }
}
