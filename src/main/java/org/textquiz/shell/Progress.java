package org.textquiz.shell;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import java.time.InstantSource;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.textquiz.core.TextquizException;
import org.textquiz.core.progress.ProgressStore;
import org.textquiz.core.quiz.Quiz;

/** The current learner and their progress store, opened on first use. */
public class Progress {

    static final int MAX_NAME = 100;
    /** The file in the data folder that names the learner selected last, for the next start. */
    static final String LAST_LEARNER = "last-learner";

    private final ObjectProvider<ProgressStore> store;
    private final InstantSource clock;
    private final Notices notices;
    private final Path remembered;
    private volatile String learner;

    public Progress(ObjectProvider<ProgressStore> store, InstantSource clock, Notices notices, String learner) {
        this(store, clock, notices, learner, null);
    }

    private Progress(ObjectProvider<ProgressStore> store, InstantSource clock, Notices notices, String learner,
                     Path remembered) {
        this.store = store;
        this.clock = clock;
        this.notices = notices;
        this.learner = validName(learner);
        this.remembered = remembered;
    }

    /**
     * The learner named for this run ({@code --learner}), else the one selected last on this machine (kept in
     * {@code remembered}), else the user's login name; {@code learner NAME} is remembered for the next start.
     */
    static Progress remembering(ObjectProvider<ProgressStore> store, InstantSource clock, Notices notices,
                                String named, Path remembered, String loginName) {
        String learner = named;
        if (learner == null || learner.isBlank()) {
            learner = readRemembered(remembered).orElse(loginName);
        }
        return new Progress(store, clock, notices, learner, remembered);
    }

    private static Optional<String> readRemembered(Path file) {
        try {
            if (Files.isRegularFile(file) && Files.size(file) <= 4 * MAX_NAME) {
                String name = Files.readString(file, StandardCharsets.UTF_8).strip();
                validName(name);
                return Optional.of(name);
            }
        } catch (IOException | RuntimeException unreadable) {
            // a damaged note only costs the convenience: the login name is used
        }
        return Optional.empty();
    }

    public String learner() {
        return learner;
    }

    public void select(String name) {
        String valid = validName(name);
        store().ensureLearner(valid);
        learner = valid;
        if (remembered != null) {
            try {
                Files.createDirectories(remembered.getParent());
                Files.writeString(remembered, valid + "\n", StandardCharsets.UTF_8);
            } catch (IOException | RuntimeException unwritable) {
                notices.accept("the learner is selected for this run, but cannot be remembered in " + remembered);
            }
        }
    }

    public ProgressStore store() {
        return store.getObject();
    }

    /**
     * Opens the store on another core while the caller makes a quiz, so that the first question does not wait for
     * the database as well (loading SQLite's native library and checking the schema take about 0.4 s). A store that
     * cannot be opened is left for {@link #store()} to report, when the session starts.
     */
    void openInBackground() {
        Thread opening = new Thread(() -> {
            try {
                store();
            } catch (RuntimeException reportedWhenTheSessionStarts) {
                // store() fails again, where the user sees why
            }
        }, "textquiz-store-open");
        opening.setDaemon(true);
        opening.start();
    }

    /** Starts recording a new session of the current learner. */
    AnswerRecorder start(Quiz quiz) {
        long id = store().startSession(learner, quiz, clock.instant());
        return recorder(id);
    }

    Optional<ProgressStore.StoredSession> lastUnfinished() {
        return store().lastUnfinished(learner);
    }

    AnswerRecorder recorder(long sessionId) {
        String who = learner;
        return (position, result) -> {
            try {
                store().recordAnswer(sessionId, who, position, result, clock.instant());
            } catch (TextquizException e) {
                notices.accept("this answer could not be saved: " + e.getMessage());
            }
        };
    }

    static String validName(String name) {
        String trimmed = name == null ? "" : name.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_NAME
            || trimmed.codePoints().anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
            throw new UsageException("a learner's name is 1 to " + MAX_NAME + " printable characters, such as: "
                + "learner anna");
        }
        return trimmed;
    }
}
