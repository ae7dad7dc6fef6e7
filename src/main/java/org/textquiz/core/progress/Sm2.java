package org.textquiz.core.progress;

import org.textquiz.core.quiz.Result;
import org.textquiz.core.quiz.Verdict;

/**
 * The SM-2 spaced-repetition algorithm of Piotr Woźniak's SuperMemo 2 (1987), in the usual reading of
 * the published steps: a grade of 3 or more gives the intervals 1 day, 6 days, then the previous interval
 * times the easiness factor; a grade below 3 starts the repetitions again at 1 day; after every answer
 * the easiness factor moves by 0.1 − (5 − q)(0.08 + (5 − q)·0.02) and never falls below 1.3. Intervals stop
 * growing at {@link #MAX_INTERVAL_DAYS}.
 */
public final class Sm2 {

    public static final double INITIAL_EASE = 2.5;
    public static final double MIN_EASE = 1.3;
    /** A hundred years, Anki's longest interval too: past it the products overflow and no learner is waiting. */
    public static final int MAX_INTERVAL_DAYS = 36_500;

    private Sm2() {
    }

    /** The state of an item never reviewed. */
    public static ReviewState fresh() {
        return new ReviewState(0, 0, INITIAL_EASE);
    }

    public static ReviewState next(ReviewState state, int grade) {
        if (grade < 0 || grade > 5) {
            throw new IllegalArgumentException("an SM-2 grade is 0 to 5, not " + grade);
        }
        int repetitions;
        int interval;
        if (grade >= 3) {
            interval = switch (state.repetitions()) {
                case 0 -> 1;
                case 1 -> 6;
                default -> (int) Math.min(MAX_INTERVAL_DAYS, Math.round(state.intervalDays() * state.ease()));
            };
            repetitions = state.repetitions() + 1;
        } else {
            repetitions = 0;
            interval = 1;
        }
        double ease = Math.max(MIN_EASE, state.ease() + 0.1 - (5 - grade) * (0.08 + (5 - grade) * 0.02));
        return new ReviewState(repetitions, interval, ease);
    }

    /**
     * How a textquiz answer grades: right at once 5, right with hints 4, almost right 3,
     * wrong 1, skipped 0.
     */
    public static int grade(Result result) {
        if (result.skipped()) {
            return 0;
        }
        if (result.verdict().kind() == Verdict.Kind.CORRECT) {
            return result.hintsUsed() == 0 ? 5 : 4;
        }
        return result.verdict().kind() == Verdict.Kind.ALMOST ? 3 : 1;
    }
}
