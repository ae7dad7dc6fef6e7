package org.textquiz.core.classroom;

import java.util.List;
import java.util.Objects;

import org.textquiz.core.quiz.Verdict;

/**
 * One learner's answers to one saved quiz, as a student hands them in on a result file.
 *
 * @param quizId     which quiz: the article's hash, the seed and the variant letter
 * @param quizSha256 which version of that quiz: the hash of the quiz file's canonical JSON
 */
public record ResultSheet(String learner, String quizId, String quizSha256, List<Item> answers) {

    public ResultSheet {
        Objects.requireNonNull(quizId, "quizId");
        Objects.requireNonNull(quizSha256, "quizSha256");
        if (learner == null || learner.isBlank()) {
            throw new IllegalArgumentException("a result sheet names its learner");
        }
        answers = List.copyOf(answers);
    }

    /** One answered question. */
    public record Item(String questionId, String given, Verdict.Kind verdict, int points, int hintsUsed, long millis) {

        public Item {
            Objects.requireNonNull(questionId, "questionId");
            Objects.requireNonNull(given, "given");
            Objects.requireNonNull(verdict, "verdict");
            if (points < 0 || hintsUsed < 0 || millis < 0) {
                throw new IllegalArgumentException("points, hints and time cannot be negative");
            }
        }

        public boolean correct() {
            return verdict == Verdict.Kind.CORRECT;
        }
    }
}
