package org.textquiz.shell;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;

import org.jline.terminal.Terminal;

/**
 * A progress bar on the terminal's status line for work that takes more than a second; nothing at all for quick
 * work, or when the output is not a terminal. It names the step it is in: reading the text (before the analysis
 * reports), analysing it (with its share done), and making the questions (after the analysis, which reports no
 * share: a spinner then), redrawn ten times a second while the work runs, so that no step longer than a second
 * goes without it.
 */
final class ProgressBar implements DoubleConsumer, AutoCloseable {

    private static final long SHOW_AFTER_NANOS = 1_000_000_000L;
    private static final int WIDTH = 30;
    private static final long POLL_MILLIS = 100;

    private final Terminal terminal;
    private final long started = System.nanoTime();
    private final Terminal.SignalHandler previous;
    private static final String SPINNER = "⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏";

    private volatile boolean stopped;
    private int shownPercent = -1;
    /** The analysis's share done, or -1 before it reports. */
    private double done = -1;
    private int ticks;
    private boolean shown;

    /**
     * While the bar lives, Ctrl-C stops the work at its next step instead of ending the shell: the analysis
     * reports its progress line by line, so it stops within a moment, before anything is written.
     */
    private ProgressBar(Terminal terminal) {
        this.terminal = terminal;
        this.previous = terminal == null ? null : terminal.handle(Terminal.Signal.INT, signal -> stopped = true);
    }

    /** A bar on the terminal, or a sink that shows nothing when there is none. */
    static ProgressBar on(Terminal terminal) {
        return new ProgressBar(terminal);
    }

    @Override
    public synchronized void accept(double share) {
        if (stopped) {
            throw new StoppedException();
        }
        this.done = Math.max(0, Math.min(1, share));
        if (terminal == null || System.nanoTime() - started < SHOW_AFTER_NANOS || done >= 1) {
            return;
        }
        int percent = (int) Math.round(done * 100);
        if (percent == shownPercent) {
            return;
        }
        shownPercent = percent;
        int full = percent * WIDTH / 100;
        draw("Analysing ▕" + "█".repeat(full) + "░".repeat(WIDTH - full) + "▏ " + percent + "%");
    }

    /** Redraws a step that reports no share: reading the text, or making the questions after the analysis. */
    private synchronized void tick() {
        if (terminal == null || stopped || System.nanoTime() - started < SHOW_AFTER_NANOS || done >= 0 && done < 1) {
            return;
        }
        shownPercent = -1;
        char spin = SPINNER.charAt(ticks++ % SPINNER.length());
        draw((done < 0 ? "Reading the text " : "Making the questions ") + spin);
    }

    private void draw(String line) {
        shown = true;
        terminal.writer().print("\r" + line + " ".repeat(Math.max(0, WIDTH + 10 - line.length())));
        terminal.writer().flush();
    }

    /**
     * Runs the work on a thread of its own and waits for it, so that Ctrl-C ends the wait at once even where
     * the work has no step to stop at (the question generators); work stopped that way is left to finish
     * unseen and its result dropped, so nothing is written. Not a pool's thread: the analysis inside runs its
     * parallel streams on the common pool, which on two cores has a single worker.
     */
    <T> T run(Supplier<T> work) {
        if (terminal == null) {
            return work.get();
        }
        CompletableFuture<T> running = CompletableFuture.supplyAsync(work, task -> {
            Thread worker = new Thread(task, "textquiz-work");
            worker.setDaemon(true);
            worker.start();
        });
        while (true) {
            if (stopped) {
                running.cancel(true);
                throw new StoppedException();
            }
            try {
                return running.get(POLL_MILLIS, TimeUnit.MILLISECONDS);
            } catch (TimeoutException stillRunning) {
                tick();
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException failure) {
                    throw failure;
                }
                throw new IllegalStateException(e.getCause());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running.cancel(true);
                throw new StoppedException();
            }
        }
    }

    @Override
    public synchronized void close() {
        if (terminal != null) {
            terminal.handle(Terminal.Signal.INT, previous);
        }
        if (terminal != null && shown) {
            terminal.writer().print("\r" + " ".repeat(WIDTH + 20) + "\r");
            terminal.writer().flush();
        }
    }

    /** The user pressed Ctrl-C during the work. */
    static final class StoppedException extends org.textquiz.core.TextquizException {

        StoppedException() {
            super("stopped (Ctrl-C); nothing was written");
        }
    }
}
