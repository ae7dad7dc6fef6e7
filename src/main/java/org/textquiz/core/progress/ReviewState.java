package org.textquiz.core.progress;

/** Where an item stands in its spaced repetition: successful reviews in a row, the interval, the easiness. */
public record ReviewState(int repetitions, int intervalDays, double ease) {

    public ReviewState {
        if (repetitions < 0 || intervalDays < 0 || ease < Sm2.MIN_EASE) {
            throw new IllegalArgumentException("invalid review state " + repetitions + "/" + intervalDays + "/" + ease);
        }
    }
}
