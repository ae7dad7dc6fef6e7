package org.textquiz.core.quiz;

import java.time.Duration;
import java.util.Objects;

import org.textquiz.core.question.Question;

/** The learner's answer to one question and how it was judged. */
public record Result(Question question, String given, Verdict verdict, int hintsUsed, int points, boolean skipped,
                     Duration time) {

    public Result {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(given, "given");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(time, "time");
        if (hintsUsed < 0 || points < 0) {
            throw new IllegalArgumentException("hints and points cannot be negative");
        }
    }

    public boolean correct() {
        return verdict.kind() == Verdict.Kind.CORRECT;
    }

    public boolean missed() {
        return verdict.kind() != Verdict.Kind.CORRECT;
    }
}
