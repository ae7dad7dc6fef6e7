package org.textquiz.core.question;

import java.util.List;

import org.textquiz.core.article.Span;

/**
 * A statement from the article, true as written or made false by swapping one fact; its answer is
 * {@code "true"} or {@code "false"}, and {@code explanation} is the article's own sentence.
 */
public record TrueFalseQuestion(String id, String prompt, List<String> answers, List<String> hints, Span sentence,
                                String explanation) implements Question {

    public static final String TRUE = "true";
    public static final String FALSE = "false";

    public TrueFalseQuestion {
        answers = List.copyOf(answers);
        hints = List.copyOf(hints);
        explanation = explanation == null ? "" : explanation;
        Questions.requireValid(id, prompt, answers, sentence);
        if (answers.size() != 1 || !(answers.get(0).equals(TRUE) || answers.get(0).equals(FALSE))) {
            throw new IllegalArgumentException("question " + id + ": a true-or-false answer is [\"true\"] or [\"false\"]");
        }
    }

    public boolean isTrue() {
        return answers.get(0).equals(TRUE);
    }

    /** The key as German learners answer it: "richtig" or "falsch". */
    public String inGerman() {
        return isTrue() ? "richtig" : "falsch";
    }

    @Override
    public QuestionType type() {
        return QuestionType.TRUEFALSE;
    }
}
