package org.textquiz.core.question;

import java.util.Arrays;
import java.util.Locale;

/** The kinds of question, named as in the quiz JSON's {@code type} field. */
public enum QuestionType {
    CLOZE("cloze", "gap-fill"),
    CHOICE("choice", "multiple choice"),
    WH("wh", "W-question"),
    QUOTE("quote", "who said it"),
    TRUEFALSE("truefalse", "true or false"),
    HEADLINE("headline", "headline");

    private final String id;
    private final String label;

    QuestionType(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** Whether questions of this kind leave a word of a sentence out, rather than ask about the article. */
    public boolean isGap() {
        return this == CLOZE || this == CHOICE;
    }

    public static QuestionType of(String id) {
        String wanted = id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values())
            .filter(t -> t.id.equals(wanted))
            .findFirst()
            .orElseThrow(() -> new UnknownQuestionTypeException(id));
    }
}
