package org.textquiz.core.quiz;

/** Points for one question: 10 when correct, 5 when almost, 0 when wrong; each hint costs 2 of them. */
public final class Scoring {

    public static final int CORRECT = 10;
    public static final int ALMOST = 5;
    public static final int HINT_COST = 2;

    private Scoring() {
    }

    public static int points(Verdict.Kind kind, int hintsUsed) {
        int base = switch (kind) {
            case CORRECT -> CORRECT;
            case ALMOST -> ALMOST;
            case WRONG -> 0;
        };
        return Math.max(0, base - HINT_COST * hintsUsed);
    }
}
