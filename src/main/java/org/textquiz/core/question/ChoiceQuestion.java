package org.textquiz.core.question;

import java.util.HashSet;
import java.util.List;

import org.textquiz.core.article.Span;

/** A sentence with one word left out, which the learner picks among {@code choices}. */
public record ChoiceQuestion(String id, String prompt, List<String> answers, List<String> choices,
                             List<String> hints, Span sentence, Span gap, String wordClass) implements Question {

    public ChoiceQuestion {
        wordClass = wordClass == null ? "" : wordClass;
        answers = List.copyOf(answers);
        choices = List.copyOf(choices);
        hints = List.copyOf(hints);
        Questions.requireValid(id, prompt, answers, sentence);
        Questions.requireGapInside(id, sentence, gap);
        if (choices.size() < 2) {
            throw new IllegalArgumentException("question " + id + " needs at least two choices");
        }
        if (new HashSet<>(choices).size() != choices.size()) {
            throw new IllegalArgumentException("question " + id + " has a choice twice");
        }
        if (!choices.contains(answers.get(0))) {
            throw new IllegalArgumentException("question " + id + ": its answer '" + answers.get(0)
                + "' is not among its choices");
        }
    }

    public ChoiceQuestion(String id, String prompt, List<String> answers, List<String> choices, List<String> hints,
                          Span sentence, Span gap) {
        this(id, prompt, answers, choices, hints, sentence, gap, "");
    }

    @Override
    public QuestionType type() {
        return QuestionType.CHOICE;
    }

    /** The 1-based number of the right choice. */
    public int answerNumber() {
        return choices.indexOf(answers.get(0)) + 1;
    }
}
