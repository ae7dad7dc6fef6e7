package org.textquiz.core.question;

import java.util.ArrayList;
import java.util.List;

/**
 * The spellings accepted for a gapped word (the word itself, and a number with or without grouping dots), and which
 * accepted answers are patterns rather than spellings.
 */
public final class AcceptedAnswers {

    private static final int GROUPING_FROM_DIGITS = 5;

    private AcceptedAnswers() {
    }

    public static List<String> of(String word) {
        List<String> answers = new ArrayList<>(2);
        answers.add(word);
        if (word.matches("\\d{1,3}(\\.\\d{3})+")) {
            answers.add(word.replace(".", ""));
        } else if (word.matches("\\d{" + GROUPING_FROM_DIGITS + ",}")) {
            answers.add(grouped(word));
        }
        return answers;
    }

    /**
     * Whether an accepted answer is a pattern of key words ("*Flugverbindungen*eingestellt*", Moodle's short-answer
     * wildcard) rather than a spelling to show the learner.
     */
    public static boolean isPattern(String answer) {
        return answer.length() > 1 && answer.startsWith("*") && answer.endsWith("*");
    }

    private static String grouped(String digits) {
        StringBuilder out = new StringBuilder();
        int lead = digits.length() % 3;
        for (int i = 0; i < digits.length(); i++) {
            if (i > 0 && (i - lead) % 3 == 0) {
                out.append('.');
            }
            out.append(digits.charAt(i));
        }
        return out.toString();
    }
}
