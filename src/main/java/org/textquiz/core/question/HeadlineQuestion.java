package org.textquiz.core.question;

import java.util.List;

import org.textquiz.core.article.Span;

/** Which of the article's section headlines belongs to a paragraph. */
public record HeadlineQuestion(String id, String prompt, List<String> answers, List<String> choices,
                               List<String> hints, Span sentence) implements MultipleChoice {

    public HeadlineQuestion {
        answers = List.copyOf(answers);
        choices = List.copyOf(choices);
        hints = List.copyOf(hints);
        Questions.requireValid(id, prompt, answers, sentence);
        Questions.requireChoices(id, answers, choices);
    }

    @Override
    public QuestionType type() {
        return QuestionType.HEADLINE;
    }
}
