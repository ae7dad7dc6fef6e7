package org.textquiz.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import org.textquiz.core.TextquizException;
import org.textquiz.core.progress.ProgressStore;
import org.textquiz.core.progress.ProgressUnavailableException;
import org.textquiz.core.question.Question;
import org.textquiz.core.quiz.Quiz;
import org.textquiz.core.quiz.Result;
import org.textquiz.quizfile.QuizJson;

/**
 * Progress on a school's shared database, kept on this computer while the database is away. When the server
 * stops answering, the learner is told once and this run's sessions, with every answer so far, go on in a
 * local SQLite file; {@link #sync()} (the {@code resume} command, or the next start) sends that file's
 * sessions by their keys, so that nothing is lost and nothing is counted twice, then removes it.
 */
final class SchoolProgressStore implements ProgressStore {

    static final String KEPT_FILE = "unsent-answers.db";

    private static final class Tracked {
        final String key;
        final String learner;
        final Quiz quiz;
        final Instant started;
        final List<JdbcProgressStore.Answered> answers = new ArrayList<>();
        Instant ended;
        /** The session's id in the store that holds it now; empty after a switch until first used. */
        Long storeId;

        Tracked(String key, String learner, Quiz quiz, Instant started) {
            this.key = key;
            this.learner = learner;
            this.quiz = quiz;
            this.started = started;
        }
    }

    private final Supplier<JdbcProgressStore> connect;
    private final Path keptFile;
    private final QuizJson json;
    private final Consumer<String> notice;
    private final String location;
    private final Map<Long, Tracked> thisRun = new HashMap<>();
    private long nextId = 1;
    private JdbcProgressStore school;
    private JdbcProgressStore kept;

    private SchoolProgressStore(Supplier<JdbcProgressStore> connect, Path keptFile, QuizJson json,
                                Consumer<String> notice, String location) {
        this.connect = connect;
        this.keptFile = keptFile;
        this.json = json;
        this.notice = notice;
        this.location = location;
    }

    /**
     * Connects, and sends what an earlier run kept on this computer. A server that cannot be reached starts
     * the run on this computer; any other refusal (a wrong password, an old schema) is the learner's one line.
     */
    static SchoolProgressStore open(Supplier<JdbcProgressStore> connect, Path keptFile, QuizJson json,
                                    Consumer<String> notice, String location) {
        SchoolProgressStore store = new SchoolProgressStore(connect, keptFile, json, notice, location);
        try {
            store.school = connect.get();
        } catch (DatabaseUnreachableException e) {
            store.keepHere(e);
            return store;
        }
        store.sync();
        return store;
    }

    @Override
    public synchronized void sync() {
        if (school == null) {
            try {
                school = connect.get();
            } catch (DatabaseUnreachableException e) {
                notice.accept("the database at " + location + " is still away (" + reason(e)
                    + "); your answers stay on this computer until it is back");
                return;
            }
        }
        if (kept == null && !Files.exists(keptFile)) {
            return;
        }
        JdbcProgressStore local = kept != null ? kept : openKept();
        int answers = 0;
        try {
            for (JdbcProgressStore.Unsent session : local.unsent()) {
                long id = school.startSession(session.key(), session.learner(), session.quiz(), session.started());
                for (JdbcProgressStore.Answered answer : session.answers()) {
                    school.recordAnswer(id, session.learner(), answer.position(), answer.result(), answer.at());
                    answers++;
                }
                if (session.ended() != null) {
                    school.endSession(id, session.ended());
                }
            }
        } catch (TextquizException e) {
            if (kept == null) {
                local.close();
            }
            if (e instanceof DatabaseUnreachableException unreachable) {
                keepHere(unreachable);
                return;
            }
            notice.accept("the answers kept on this computer in " + keptFile + " could not be sent ("
                + Messages.firstLine(e.getMessage()) + "); they stay there");
            return;
        }
        local.close();
        kept = null;
        deleteKept();
        for (Tracked tracked : thisRun.values()) {
            tracked.storeId = null;
        }
        notice.accept("sent " + answers + " answers kept on this computer to the database at " + location);
    }

    @Override
    public synchronized void ensureLearner(String learner) {
        write(store -> {
            store.ensureLearner(learner);
            return null;
        });
    }

    @Override
    public synchronized List<LearnerTotals> learners() {
        return current().learners();
    }

    @Override
    public synchronized long startSession(String learner, Quiz quiz, Instant started) {
        long id = nextId++;
        Tracked tracked = new Tracked(UUID.randomUUID().toString(), learner, quiz, started);
        thisRun.put(id, tracked);
        write(store -> storeId(store, tracked));
        return id;
    }

    @Override
    public synchronized void recordAnswer(long sessionId, String learner, int position, Result result,
                                          Instant answered) {
        Tracked tracked = tracked(sessionId);
        tracked.answers.add(new JdbcProgressStore.Answered(position, result, answered));
        write(store -> {
            store.recordAnswer(storeId(store, tracked), learner, position, result, answered);
            return null;
        });
    }

    @Override
    public synchronized void endSession(long sessionId, Instant ended) {
        Tracked tracked = tracked(sessionId);
        tracked.ended = ended;
        write(store -> {
            store.endSession(storeId(store, tracked), ended);
            return null;
        });
    }

    @Override
    public synchronized Optional<StoredSession> lastUnfinished(String learner) {
        JdbcProgressStore store = current();
        return store.lastUnfinished(learner).map(stored -> {
            Tracked tracked = new Tracked(store.sessionKey(stored.id()), learner, stored.quiz(), stored.started());
            for (int i = 0; i < stored.results().size(); i++) {
                tracked.answers.add(new JdbcProgressStore.Answered(i, stored.results().get(i), stored.started()));
            }
            tracked.storeId = stored.id();
            long id = nextId++;
            thisRun.put(id, tracked);
            return new StoredSession(id, stored.quiz(), stored.results(), stored.started());
        });
    }

    @Override
    public synchronized Optional<StoredSession> lastAnswered(String learner) {
        return current().lastAnswered(learner);
    }

    @Override
    public synchronized List<StoredSession> answeredOn(String learner, String articleSha256, long seed) {
        return current().answeredOn(learner, articleSha256, seed);
    }

    @Override
    public synchronized List<LearnerSession> classSessions(String articleSha256, long seed) {
        return current().classSessions(articleSha256, seed);
    }

    @Override
    public synchronized List<SessionSummary> sessions(String learner) {
        return current().sessions(learner);
    }

    @Override
    public synchronized List<StoredAnswer> missed(String learner) {
        return current().missed(learner);
    }

    @Override
    public synchronized List<Question> due(String learner, Instant now, int limit) {
        return current().due(learner, now, limit);
    }

    @Override
    public synchronized Optional<Instant> nextDue(String learner) {
        return current().nextDue(learner);
    }

    @Override
    public synchronized List<Accuracy> accuracyByType(String learner) {
        return current().accuracyByType(learner);
    }

    @Override
    public synchronized List<Accuracy> accuracyByWordClass(String learner) {
        return current().accuracyByWordClass(learner);
    }

    @Override
    public synchronized List<Accuracy> accuracyByGrammarTopic(String learner) {
        return current().accuracyByGrammarTopic(learner);
    }

    @Override
    public synchronized String location() {
        return school != null ? location : keptFile + " (until " + location + " is back)";
    }

    @Override
    public synchronized void close() {
        if (school != null) {
            school.close();
        }
        if (kept != null) {
            kept.close();
        }
    }

    private Tracked tracked(long sessionId) {
        Tracked tracked = thisRun.get(sessionId);
        if (tracked == null) {
            throw new IllegalArgumentException("no session " + sessionId + " was started in this run");
        }
        return tracked;
    }

    private static long storeId(JdbcProgressStore store, Tracked tracked) {
        if (tracked.storeId == null) {
            tracked.storeId = store.startSession(tracked.key, tracked.learner, tracked.quiz, tracked.started);
        }
        return tracked.storeId;
    }

    private JdbcProgressStore current() {
        return school != null ? school : kept;
    }

    /** Writes to the school's database, or, once it is away, to this computer. */
    private <T> T write(Function<JdbcProgressStore, T> work) {
        if (school != null) {
            try {
                return work.apply(school);
            } catch (LearnerTakenException e) {
                throw e;
            } catch (ProgressUnavailableException e) {
                keepHere(e);
            }
        }
        return work.apply(kept);
    }

    /** Moves this run's sessions, with their answers so far, into the file on this computer; tells the learner once. */
    private void keepHere(ProgressUnavailableException cause) {
        if (school != null) {
            school.close();
            school = null;
        }
        if (kept == null) {
            kept = openKept();
        }
        for (Tracked tracked : thisRun.values()) {
            tracked.storeId = null;
            long id = storeId(kept, tracked);
            for (JdbcProgressStore.Answered answer : tracked.answers) {
                kept.recordAnswer(id, tracked.learner, answer.position(), answer.result(), answer.at());
            }
            if (tracked.ended != null) {
                kept.endSession(id, tracked.ended);
            }
        }
        notice.accept("the database at " + location + " is not answering (" + reason(cause)
            + "); your answers are kept on this computer and sent when it is back: resume, or the next start");
    }

    private JdbcProgressStore openKept() {
        try {
            Files.createDirectories(keptFile.getParent());
            return JdbcProgressStore.sqlite(keptFile, json);
        } catch (IOException | SQLException e) {
            throw new ProgressUnavailableException("the database at " + location + " is away and " + keptFile
                + " cannot be written (" + Messages.firstLine(e.getMessage()) + "); your answers cannot be kept", e);
        }
    }

    private void deleteKept() {
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(keptFile.resolveSibling(keptFile.getFileName() + suffix));
            } catch (IOException e) {
                notice.accept("the answers in " + keptFile + " were sent, but the file cannot be removed ("
                    + e.getMessage() + "); they will not be counted twice");
                return;
            }
        }
    }

    /** What the driver said, without the store's own words around it, which name the database again. */
    private static String reason(Exception e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException) {
                return Messages.firstLine(cause.getMessage());
            }
        }
        return Messages.firstLine(e.getMessage());
    }
}
