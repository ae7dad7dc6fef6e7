package org.textquiz.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The interactive shell as a learner meets it: the packaged jar in a pseudo-terminal (util-linux {@code script}),
 * keys typed into it, the screen's bytes read back. Covers command history, completion of option values, answers
 * kept out of the history and out of red, {@code read}, {@code clear} and {@code NO_COLOR}.
 */
class TerminalIT {

    private static final String TAB = "\t";
    /** Up as xterm sends it in keypad-transmit mode, which JLine switches on (smkx). */
    private static final String UP = "\u001bOA";
    private static final String RED = "\u001b[31m";

    @TempDir
    Path home;

    /** The shell running in a pseudo-terminal, everything it wrote kept in {@code screen}. */
    private static final class Shell implements AutoCloseable {
        private final Process process;
        private final OutputStream keys;
        private final ByteArrayOutputStream screen = new ByteArrayOutputStream();
        private final Thread reader;

        Shell(Path home, Map<String, String> environment) throws IOException {
            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            String command = "stty cols 120 rows 40; " + java + " -Dspring.aot.enabled=true -Dtextquiz.quizzes-dir=quizzes -jar target/textquiz.jar";
            ProcessBuilder builder = new ProcessBuilder("script", "-qfec", command, "/dev/null")
                .redirectErrorStream(true);
            builder.environment().remove("XDG_CONFIG_HOME");
            builder.environment().remove("NO_COLOR");
            builder.environment().put("HOME", home.toString());
            builder.environment().put("XDG_DATA_HOME", home.resolve("data").toString());
            builder.environment().put("TERM", "xterm-256color");
            builder.environment().putAll(environment);
            process = builder.start();
            keys = process.getOutputStream();
            InputStream in = process.getInputStream();
            reader = new Thread(() -> {
                byte[] buffer = new byte[4096];
                try {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        synchronized (screen) {
                            screen.write(buffer, 0, n);
                        }
                    }
                } catch (IOException closed) {
                    // the process ended
                }
            });
            reader.setDaemon(true);
            reader.start();
        }

        String screen() {
            synchronized (screen) {
                return screen.toString(StandardCharsets.UTF_8);
            }
        }

        /** Waits until the screen shows {@code text} {@code times} times in all. */
        void await(String text, int times) throws InterruptedException {
            Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
            while (count(screen(), text) < times) {
                if (Instant.now().isAfter(deadline) || !process.isAlive()) {
                    throw new AssertionError("the screen never showed \"" + text + "\" " + times + " times:\n"
                        + screen());
                }
                Thread.sleep(50);
            }
        }

        /** Types key by key, as a person does; an escape sequence (a cursor key) goes as one key. */
        void type(String text) throws IOException, InterruptedException {
            int i = 0;
            while (i < text.length()) {
                int end = text.startsWith("\u001b[", i) || text.startsWith("\u001bO", i) ? i + 3 : i + 1;
                keys.write(text.substring(i, end).getBytes(StandardCharsets.UTF_8));
                keys.flush();
                Thread.sleep(5);
                i = end;
            }
            Thread.sleep(300);
        }

        @Override
        public void close() throws InterruptedException {
            process.destroy();
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }

    /** What was drawn on each line that starts with the answer prompt. */
    static List<String> answerLines(String screen) {
        List<String> lines = new java.util.ArrayList<>();
        for (int at = screen.indexOf("answer> "); at >= 0; at = screen.indexOf("answer> ", at + 1)) {
            int end = screen.indexOf('\n', at);
            lines.add(screen.substring(at, end < 0 ? screen.length() : end));
        }
        return lines;
    }

    static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }

    @Test
    void historyCompletionAnswersReadAndClearWorkAtARealTerminal() throws Exception {
        try (Shell shell = new Shell(home, Map.of())) {
            shell.await("textquiz> ", 1);
            shell.type("play --types cl" + TAB);
            shell.type(",ch" + TAB);
            shell.type(" --count 2 --seed 6\r");
            shell.await("answer> ", 1);
            shell.type("Putin\r");
            shell.await("answer> ", 2);
            shell.type(UP);
            shell.type(":quit\r");
            shell.await("Continue it later with: resume", 1);
            shell.await("textquiz> ", 2);
            shell.type("read\r");
            shell.await("Rutte will höhere deutsche Verteidigungsausgaben", 1);
            shell.type("q");
            shell.await("textquiz> ", 3);
            shell.type(UP + "\r");
            shell.await("Rutte will höhere deutsche Verteidigungsausgaben", 2);
            shell.type("q");
            shell.await("textquiz> ", 4);
            shell.type("clear\r");
            shell.await("textquiz> ", 5);
            shell.type("exit\r");
            shell.await("Bye.", 1);

            String screen = shell.screen();
            List<String> history = Files.readAllLines(home.resolve(".config/textquiz/history"));
            assertThat(history).as("the completed values ran, and only commands are kept")
                .anyMatch(l -> l.endsWith(":play --types cloze,choice --count 2 --seed 6"))
                .anyMatch(l -> l.endsWith(":read"))
                .noneMatch(l -> l.endsWith(":Putin") || l.endsWith("::quit"));
            assertThat(screen).as("Seed line of the completed command").contains("Seed 6 · 2 questions");
            assertThat(answerLines(screen)).as("answers are not drawn in red").isNotEmpty()
                .allSatisfy(line -> assertThat(line).doesNotContain(RED));
            assertThat(screen).as("Up at an answer recalls no command").doesNotContain("answer> play");
            assertThat(screen).as("the paragraphs are numbered").contains("  1  NATO-Generalsekretär Mark Rutte");
            assertThat(screen).as("clear clears, not prints").doesNotContain("␛[H").containsPattern("\u001b\\[H\u001b\\[2J|\u001b\\[2J");
            assertThat(Files.exists(home.resolve(".config/textquiz/textquiz-history.log"))).isFalse();
        }
    }

    @Test
    void noColorTurnsTheColoursOff() throws Exception {
        try (Shell shell = new Shell(home, Map.of("NO_COLOR", "1"))) {
            shell.await("textquiz> ", 1);
            shell.type("plya\r");
            shell.await("did you mean 'play'?", 1);
            shell.type("exit\r");
            shell.await("Bye.", 1);

            assertThat(shell.screen()).doesNotContain(RED).doesNotContain("\u001b[36m").contains("✗ unknown command");
        }
    }

    @Test
    void withColoursAnErrorIsRed() throws Exception {
        try (Shell shell = new Shell(home, Map.of())) {
            shell.await("textquiz> ", 1);
            shell.type("plya\r");
            shell.await("did you mean 'play'?", 1);
            shell.type("exit\r");
            shell.await("Bye.", 1);

            assertThat(shell.screen()).contains(RED + "✗ unknown command");
        }
    }
}
