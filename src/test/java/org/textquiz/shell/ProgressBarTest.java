package org.textquiz.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.jline.terminal.Terminal;
import org.jline.terminal.impl.DumbTerminal;
import org.junit.jupiter.api.Test;

class ProgressBarTest {

    private static Terminal terminal(ByteArrayOutputStream screen) throws Exception {
        return new DumbTerminal("test", "dumb", new ByteArrayInputStream(new byte[0]), screen,
            StandardCharsets.UTF_8);
    }

    @Test
    void ctrlCEndsTheWaitAtOnceEvenWhenTheWorkHasNoStepToStopAt() throws Exception {
        Terminal terminal = terminal(new ByteArrayOutputStream());
        CountDownLatch started = new CountDownLatch(1);
        AtomicBoolean finished = new AtomicBoolean();
        Thread user = new Thread(() -> {
            try {
                started.await();
                Thread.sleep(200);
            } catch (InterruptedException e) {
                return;
            }
            terminal.raise(Terminal.Signal.INT);
        });
        user.start();

        long before = System.nanoTime();
        try (ProgressBar bar = ProgressBar.on(terminal)) {
            assertThatThrownBy(() -> bar.run(() -> {
                started.countDown();
                try {
                    Thread.sleep(10_000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                finished.set(true);
                return "a quiz";
            })).isInstanceOf(ProgressBar.StoppedException.class).hasMessage("stopped (Ctrl-C); nothing was written");
        }

        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - before)).isLessThan(2_000);
        assertThat(finished).isFalse();
    }

    @Test
    void analysisThatReportsProgressStopsAtItsNextStep() throws Exception {
        Terminal terminal = terminal(new ByteArrayOutputStream());
        try (ProgressBar bar = ProgressBar.on(terminal)) {
            bar.accept(0.1);
            terminal.raise(Terminal.Signal.INT);
            assertThatThrownBy(() -> bar.accept(0.2)).isInstanceOf(ProgressBar.StoppedException.class);
        }
    }

    @Test
    void afterTheWorkCtrlCIsTheShellsAgain() throws Exception {
        Terminal terminal = terminal(new ByteArrayOutputStream());
        AtomicBoolean shellSawIt = new AtomicBoolean();
        terminal.handle(Terminal.Signal.INT, signal -> shellSawIt.set(true));

        try (ProgressBar bar = ProgressBar.on(terminal)) {
            assertThat(bar.run(() -> "done")).isEqualTo("done");
        }
        terminal.raise(Terminal.Signal.INT);

        assertThat(shellSawIt).isTrue();
    }

    /** A step longer than a second shows the bar even when it reports nothing: reading, then making the questions. */
    @Test
    void aLongStepThatReportsNoShareShowsWhatItIsDoing() throws Exception {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        Terminal terminal = terminal(screen);
        try (ProgressBar bar = ProgressBar.on(terminal)) {
            bar.run(() -> pause(1_300));
        }
        assertThat(screen.toString(StandardCharsets.UTF_8)).contains("Reading the text").doesNotContain("Analysing");

        ByteArrayOutputStream later = new ByteArrayOutputStream();
        Terminal second = terminal(later);
        try (ProgressBar bar = ProgressBar.on(second)) {
            bar.run(() -> {
                bar.accept(1.0);
                return pause(1_300);
            });
        }
        assertThat(later.toString(StandardCharsets.UTF_8)).contains("Making the questions");
    }

    @Test
    void aQuickStepShowsNothing() throws Exception {
        ByteArrayOutputStream screen = new ByteArrayOutputStream();
        try (ProgressBar bar = ProgressBar.on(terminal(screen))) {
            bar.run(() -> {
                bar.accept(0.5);
                return pause(300);
            });
        }
        assertThat(screen.toString(StandardCharsets.UTF_8)).isEmpty();
    }

    private static String pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return "done";
    }
}
