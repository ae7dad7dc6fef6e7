package org.textquiz.shell;

import java.util.function.DoubleConsumer;

import org.jline.terminal.Terminal;

/**
 * A progress bar on the terminal's status line for an analysis that takes more than a second; nothing
 * at all for a quick one, or when the output is not a terminal.
 */
final class ProgressBar implements DoubleConsumer, AutoCloseable {

    private static final long SHOW_AFTER_NANOS = 1_000_000_000L;
    private static final int WIDTH = 30;

    private final Terminal terminal;
    private final long started = System.nanoTime();
    private int shownPercent = -1;

    private ProgressBar(Terminal terminal) {
        this.terminal = terminal;
    }

    /** A bar on the terminal, or a sink that shows nothing when there is none. */
    static ProgressBar on(Terminal terminal) {
        return new ProgressBar(terminal);
    }

    @Override
    public synchronized void accept(double done) {
        if (terminal == null || System.nanoTime() - started < SHOW_AFTER_NANOS) {
            return;
        }
        int percent = (int) Math.round(Math.max(0, Math.min(1, done)) * 100);
        if (percent == shownPercent) {
            return;
        }
        shownPercent = percent;
        int full = percent * WIDTH / 100;
        terminal.writer().print("\rAnalysing ▕" + "█".repeat(full) + "░".repeat(WIDTH - full) + "▏ " + percent + "%");
        terminal.writer().flush();
    }

    @Override
    public synchronized void close() {
        if (terminal != null && shownPercent >= 0) {
            terminal.writer().print("\r" + " ".repeat(WIDTH + 20) + "\r");
            terminal.writer().flush();
        }
    }
}
