package org.textquiz.core.quiz;

import java.util.Objects;

/** How an answer was judged, and what the learner should know about it. */
public record Verdict(Kind kind, String feedback) {

    public enum Kind { CORRECT, ALMOST, WRONG }

    public Verdict {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(feedback, "feedback");
    }

    public static Verdict correct() {
        return new Verdict(Kind.CORRECT, "");
    }

    public static Verdict wrong(String feedback) {
        return new Verdict(Kind.WRONG, feedback);
    }

    public static Verdict almost(String feedback) {
        return new Verdict(Kind.ALMOST, feedback);
    }
}
