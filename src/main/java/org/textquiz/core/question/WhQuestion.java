package org.textquiz.core.question;

import java.util.List;

import org.textquiz.core.article.Span;

/** A W-question (wer, wann, wo, wie viele …) about a sentence, answered by typing the key phrase or its head word. */
public record WhQuestion(String id, String prompt, List<String> answers, List<String> hints, Span sentence,
                         String explanation) implements Question {

    public WhQuestion {
        answers = List.copyOf(answers);
        hints = List.copyOf(hints);
        explanation = explanation == null ? "" : explanation;
        Questions.requireValid(id, prompt, answers, sentence);
    }

    @Override
    public QuestionType type() {
        return QuestionType.WH;
    }
}
