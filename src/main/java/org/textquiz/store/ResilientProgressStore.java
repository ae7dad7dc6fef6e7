package org.textquiz.store;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.textquiz.core.progress.ProgressStore;
import org.textquiz.core.progress.ProgressUnavailableException;
import org.textquiz.core.question.Question;
import org.textquiz.core.quiz.Quiz;
import org.textquiz.core.quiz.Result;

/**
 * Keeps a session going when the database stops taking writes (a full disk, a folder made read-only):
 * the learner is told once, and this run's sessions carry on in memory with every answer they had.
 */
final class ResilientProgressStore implements ProgressStore {

    private record Answer(int position, Result result, Instant answered) {
    }

    private record Tracked(String learner, Quiz quiz, Instant started, List<Answer> answers) {
    }

    private final Supplier<ProgressStore> fallback;
    private final Consumer<String> notice;
    private final Map<Long, Tracked> thisRun = new HashMap<>();
    /** The ids this store hands out, and the session ids of the store that holds them now. */
    private final Map<Long, Long> storeIds = new HashMap<>();
    private long nextId = 1;
    private ProgressStore store;
    private boolean degraded;

    ResilientProgressStore(ProgressStore store, Supplier<ProgressStore> fallback, Consumer<String> notice) {
        this.store = store;
        this.fallback = fallback;
        this.notice = notice;
    }

    @Override
    public synchronized void ensureLearner(String learner) {
        write(() -> store.ensureLearner(learner));
    }

    @Override
    public synchronized List<LearnerTotals> learners() {
        return store.learners();
    }

    @Override
    public synchronized long startSession(String learner, Quiz quiz, Instant started) {
        long id = nextId++;
        write(() -> storeIds.put(id, store.startSession(learner, quiz, started)));
        thisRun.put(id, new Tracked(learner, quiz, started, new ArrayList<>()));
        return id;
    }

    @Override
    public synchronized void recordAnswer(long sessionId, String learner, int position, Result result,
                                          Instant answered) {
        write(() -> store.recordAnswer(id(sessionId), learner, position, result, answered));
        Tracked tracked = thisRun.get(sessionId);
        if (tracked != null) {
            tracked.answers().add(new Answer(position, result, answered));
        }
    }

    @Override
    public synchronized void endSession(long sessionId, Instant ended) {
        write(() -> store.endSession(id(sessionId), ended));
    }

    @Override
    public synchronized Optional<StoredSession> lastUnfinished(String learner) {
        return store.lastUnfinished(learner).map(stored -> {
            long id = nextId++;
            storeIds.put(id, stored.id());
            List<Answer> answers = new ArrayList<>();
            for (int i = 0; i < stored.results().size(); i++) {
                answers.add(new Answer(i, stored.results().get(i), stored.started()));
            }
            thisRun.put(id, new Tracked(learner, stored.quiz(), stored.started(), answers));
            return new StoredSession(id, stored.quiz(), stored.results(), stored.started());
        });
    }

    @Override
    public synchronized List<SessionSummary> sessions(String learner) {
        return store.sessions(learner);
    }

    @Override
    public synchronized Optional<StoredSession> lastAnswered(String learner) {
        return store.lastAnswered(learner);
    }

    @Override
    public synchronized List<StoredSession> answeredOn(String learner, String articleSha256, long seed) {
        return store.answeredOn(learner, articleSha256, seed);
    }

    @Override
    public synchronized List<LearnerSession> classSessions(String articleSha256, long seed) {
        return store.classSessions(articleSha256, seed);
    }

    @Override
    public synchronized List<StoredAnswer> missed(String learner) {
        return store.missed(learner);
    }

    @Override
    public synchronized List<Question> due(String learner, Instant now, int limit) {
        return store.due(learner, now, limit);
    }

    @Override
    public synchronized Optional<Instant> nextDue(String learner) {
        return store.nextDue(learner);
    }

    @Override
    public synchronized List<Accuracy> accuracyByType(String learner) {
        return store.accuracyByType(learner);
    }

    @Override
    public synchronized List<Accuracy> accuracyByWordClass(String learner) {
        return store.accuracyByWordClass(learner);
    }

    @Override
    public synchronized List<Accuracy> accuracyByGrammarTopic(String learner) {
        return store.accuracyByGrammarTopic(learner);
    }

    @Override
    public synchronized String location() {
        return store.location();
    }

    @Override
    public synchronized void close() {
        store.close();
    }

    private long id(long sessionId) {
        Long id = storeIds.get(sessionId);
        if (id == null) {
            throw new IllegalArgumentException("no session " + sessionId + " was started in this run");
        }
        return id;
    }

    private void write(Runnable work) {
        try {
            work.run();
        } catch (ProgressUnavailableException e) {
            if (degraded) {
                throw e;
            }
            degrade(e);
            work.run();
        }
    }

    /** Moves this run's sessions, with their answers so far, into memory, and tells the learner once. */
    private void degrade(ProgressUnavailableException cause) {
        degraded = true;
        String was = store.location();
        store.close();
        store = fallback.get();
        for (Map.Entry<Long, Tracked> session : thisRun.entrySet()) {
            Tracked tracked = session.getValue();
            long moved = store.startSession(tracked.learner(), tracked.quiz(), tracked.started());
            storeIds.put(session.getKey(), moved);
            for (Answer answer : tracked.answers()) {
                store.recordAnswer(moved, tracked.learner(), answer.position(), answer.result(), answer.answered());
            }
        }
        notice.accept("cannot write to " + was + " (" + Messages.firstLine(cause.getMessage())
            + "); your progress is kept in memory for the rest of this session");
    }
}
