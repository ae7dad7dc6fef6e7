package org.textquiz.core.question;

import java.util.List;

import org.textquiz.core.article.Span;

/** Who said a quotation of the article; the choices are people the article names. */
public record QuoteQuestion(String id, String prompt, List<String> answers, List<String> choices, List<String> hints,
                            Span sentence, String explanation) implements MultipleChoice {

    public QuoteQuestion {
        answers = List.copyOf(answers);
        choices = List.copyOf(choices);
        hints = List.copyOf(hints);
        explanation = explanation == null ? "" : explanation;
        Questions.requireValid(id, prompt, answers, sentence);
        Questions.requireChoices(id, answers, choices);
    }

    @Override
    public QuestionType type() {
        return QuestionType.QUOTE;
    }
}
