package org.textquiz.shell;

import java.time.InstantSource;
import java.util.Optional;

import org.springframework.beans.factory.ObjectProvider;
import org.textquiz.core.TextquizException;
import org.textquiz.core.progress.ProgressStore;
import org.textquiz.core.quiz.Quiz;

/** The current learner and their progress store, opened on first use. */
public class Progress {

    static final int MAX_NAME = 100;

    private final ObjectProvider<ProgressStore> store;
    private final InstantSource clock;
    private final Notices notices;
    private volatile String learner;

    public Progress(ObjectProvider<ProgressStore> store, InstantSource clock, Notices notices, String learner) {
        this.store = store;
        this.clock = clock;
        this.notices = notices;
        this.learner = validName(learner);
    }

    public String learner() {
        return learner;
    }

    public void select(String name) {
        String valid = validName(name);
        store().ensureLearner(valid);
        learner = valid;
    }

    public ProgressStore store() {
        return store.getObject();
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
