package org.textquiz.core.progress;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.textquiz.core.question.Question;
import org.textquiz.core.quiz.Quiz;
import org.textquiz.core.quiz.Result;

/** Where learners' sessions and answers are kept between runs. */
public interface ProgressStore extends AutoCloseable {

    /** Selects the learner, creating them on first use. */
    void ensureLearner(String learner);

    List<LearnerTotals> learners();

    /** Records a new session of the learner on the quiz; returns its id. */
    long startSession(String learner, Quiz quiz, Instant started);

    /** Records one answer, at its position in the session, in one transaction, and reschedules its item. */
    void recordAnswer(long sessionId, String learner, int position, Result result, Instant answered);

    void endSession(long sessionId, Instant ended);

    /** The learner's most recent session that has questions left and was not ended. */
    Optional<StoredSession> lastUnfinished(String learner);

    /** The learner's latest session with at least one answer, finished or not: what {@code score} shows after a restart. */
    Optional<StoredSession> lastAnswered(String learner);

    /** The learner's sessions with answers on one article and seed, the latest first: a saved quiz's sessions. */
    List<StoredSession> answeredOn(String learner, String articleSha256, long seed);

    /**
     * Every learner's sessions with answers on one article and seed, read as of one moment even while others
     * answer: what a class report over a shared database reads. Only the learners this login may see.
     */
    List<LearnerSession> classSessions(String articleSha256, long seed);

    List<SessionSummary> sessions(String learner);

    /** Every missed answer of the learner, the latest first. */
    List<StoredAnswer> missed(String learner);

    /** The learner's review items due by {@code now}, the most overdue first. */
    List<Question> due(String learner, Instant now, int limit);

    /** When the learner's next review item falls due; empty when none is waiting. */
    Optional<Instant> nextDue(String learner);

    /** Answers of the learner grouped by a key: by question type or by word class. */
    List<Accuracy> accuracyByType(String learner);

    List<Accuracy> accuracyByWordClass(String learner);

    /** Share of correct answers per grammar topic (articles, verbs …), for grammar exercises only. */
    List<Accuracy> accuracyByGrammarTopic(String learner);

    /**
     * Sends what was kept on this computer while a shared database was away, once it is back. A store with
     * nothing kept aside has nothing to do.
     */
    default void sync() {
    }

    /** Where the progress is kept, for the learner to read (a path, or "memory"). */
    String location();

    @Override
    void close();

    record LearnerTotals(String name, int sessions, int answered, int correct, int points) {
    }

    record SessionSummary(long id, Instant started, String articleTitle, int answered, int correct, int points,
                          boolean finished) {
    }

    record StoredAnswer(Question question, String given, String verdict, int points, Instant answered) {
    }

    record StoredSession(long id, Quiz quiz, List<Result> results, Instant started) {
    }

    record LearnerSession(String learner, StoredSession session) {
    }

    record Accuracy(String key, int answered, int correct) {

        public double share() {
            return answered == 0 ? 0 : (double) correct / answered;
        }
    }
}
