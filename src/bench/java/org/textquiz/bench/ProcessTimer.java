package org.textquiz.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Starts a whole process, cold, and times it until a text appears in what it prints. A process that needs a
 * terminal (an interactive prompt) runs under util-linux {@code script}, which gives it one, 120 columns wide.
 */
final class ProcessTimer {

    private static final long TIMEOUT_MS = 120_000;

    /** What a run saw: the time to the marker, and the peak resident memory of the JVM then, if asked. */
    record Run(long millis, long peakRssKb) {
    }

    private ProcessTimer() {
    }

    static Run untilExit(List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getInputStream().transferTo(OutputStream.nullOutputStream());
        process.waitFor(TIMEOUT_MS, TimeUnit.MILLISECONDS);
        return new Run((System.nanoTime() - start) / 1_000_000, 0);
    }

    /**
     * Runs the command to its end under GNU time, for its wall time and its peak resident memory (a process
     * that exits by itself cannot be looked at in /proc after its last line).
     */
    static Run untilExitWithPeak(List<String> command) throws IOException, InterruptedException {
        List<String> timed = new ArrayList<>(List.of("/usr/bin/time", "-f", "peak-rss-kb=%M"));
        timed.addAll(command);
        long start = System.nanoTime();
        Process process = new ProcessBuilder(timed).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(TIMEOUT_MS, TimeUnit.MILLISECONDS) || process.exitValue() != 0) {
            throw new IOException(String.join(" ", command) + " failed:\n" + output);
        }
        long millis = (System.nanoTime() - start) / 1_000_000;
        java.util.regex.Matcher peak = java.util.regex.Pattern.compile("peak-rss-kb=(\\d+)").matcher(output);
        return new Run(millis, peak.find() ? Long.parseLong(peak.group(1)) : 0);
    }

    /**
     * @param terminal run under a pseudo-terminal
     * @param input typed once the marker is seen (then {@code then} is awaited); null for none
     */
    static Run until(List<String> command, boolean terminal, String stdin, String marker, String input, String then)
        throws IOException, InterruptedException {
        List<String> full = terminal ? List.of("script", "-qfec", "stty cols 120 rows 40; exec "
            + String.join(" ", quoted(command)), "/dev/null") : command;
        long start = System.nanoTime();
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        try {
            if (stdin != null) {
                process.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
                process.getOutputStream().flush();
                if (!terminal) {
                    process.getOutputStream().close();
                }
            }
            Output seen = new Output(process.getInputStream());
            long millis = waitFor(process, seen, marker, start);
            long rss = 0;
            if (input != null) {
                process.getOutputStream().write(input.getBytes(StandardCharsets.UTF_8));
                process.getOutputStream().flush();
                waitFor(process, seen, then, start);
                rss = peakRssKb(process.toHandle());
            }
            return new Run(millis, rss);
        } finally {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            process.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** Polls what the process printed (copied by a thread, as a read could block forever) until the marker shows. */
    private static long waitFor(Process process, Output seen, String marker, long start) throws IOException,
        InterruptedException {
        long deadline = System.currentTimeMillis() + TIMEOUT_MS;
        while (System.currentTimeMillis() < deadline) {
            if (seen.text().contains(marker)) {
                return (System.nanoTime() - start) / 1_000_000;
            }
            if (!process.isAlive() && !seen.text().contains(marker)) {
                Thread.sleep(50);
                if (!seen.text().contains(marker)) {
                    break;
                }
            }
            Thread.sleep(5);
        }
        throw new IOException("'" + marker + "' never appeared; the process printed:\n" + seen.text());
    }

    /** Everything a process prints, copied as it comes. */
    private static final class Output {

        private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

        Output(InputStream in) {
            Thread copier = new Thread(() -> {
                byte[] buffer = new byte[8192];
                try {
                    for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                        synchronized (bytes) {
                            bytes.write(buffer, 0, n);
                        }
                    }
                } catch (IOException closed) {
                    // the process ended or was stopped
                }
            });
            copier.setDaemon(true);
            copier.start();
        }

        String text() {
            synchronized (bytes) {
                return bytes.toString(StandardCharsets.UTF_8);
            }
        }
    }

    /** VmHWM of the java process in the tree: the most resident memory it ever had. */
    private static long peakRssKb(ProcessHandle root) throws IOException {
        long peak = 0;
        List<ProcessHandle> all = new ArrayList<>(root.descendants().toList());
        all.add(root);
        for (ProcessHandle handle : all) {
            Optional<String> command = handle.info().command();
            if (command.isPresent() && command.get().endsWith("java")) {
                for (String line : Files.readAllLines(Path.of("/proc/" + handle.pid() + "/status"))) {
                    if (line.startsWith("VmHWM:")) {
                        peak = Math.max(peak, Long.parseLong(line.replaceAll("\\D", "")));
                    }
                }
            }
        }
        return peak;
    }

    private static List<String> quoted(List<String> command) {
        return command.stream().map(a -> a.matches("[\\w./=:,+@%-]+") ? a : "'" + a.replace("'", "'\\''") + "'")
            .toList();
    }
}
