package org.textquiz.core.question;

import java.util.List;

import org.textquiz.core.article.Span;

/** A sentence with one word left out, which the learner picks among {@code choices}. */
public record ChoiceQuestion(String id, String prompt, List<String> answers, List<String> choices,
                             List<String> hints, Span sentence, Span gap, String wordClass, Focus focus, String note)
    implements MultipleChoice, Gapped {

    public ChoiceQuestion {
        wordClass = wordClass == null ? "" : wordClass;
        focus = focus == null ? Focus.VOCABULARY : focus;
        note = note == null ? "" : note;
        answers = List.copyOf(answers);
        choices = List.copyOf(choices);
        hints = List.copyOf(hints);
        Questions.requireValid(id, prompt, answers, sentence);
        Questions.requireGapInside(id, sentence, gap);
        Questions.requireChoices(id, answers, choices);
    }

    public ChoiceQuestion(String id, String prompt, List<String> answers, List<String> choices, List<String> hints,
                          Span sentence, Span gap) {
        this(id, prompt, answers, choices, hints, sentence, gap, "");
    }

    public ChoiceQuestion(String id, String prompt, List<String> answers, List<String> choices, List<String> hints,
                          Span sentence, Span gap, String wordClass) {
        this(id, prompt, answers, choices, hints, sentence, gap, wordClass, Focus.VOCABULARY, "");
    }

    @Override
    public QuestionType type() {
        return QuestionType.CHOICE;
    }
}
