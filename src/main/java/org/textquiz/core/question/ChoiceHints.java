package org.textquiz.core.question;

import java.util.List;

/**
 * The one hint of a multiple-choice question: it rules out wrong options but always leaves at least two, so that
 * it helps without giving the answer away. Hints are in German, the language of the quiz.
 */
public final class ChoiceHints {

    private ChoiceHints() {
    }

    /**
     * Two of the {@code wrong} options ruled out when there are four or more in all, one of three, none of two.
     *
     * @param wrong the wrong options, the first ones to rule out first
     * @param options how many options the question shows, the answer among them
     */
    public static List<String> rulingOut(List<String> wrong, int options) {
        if (options >= 4 && wrong.size() >= 2) {
            return List.of("Es ist weder " + wrong.get(0) + " noch " + wrong.get(1) + ".");
        }
        if (options == 3 && !wrong.isEmpty()) {
            return List.of("Es ist nicht " + wrong.get(0) + ".");
        }
        return List.of();
    }
}
