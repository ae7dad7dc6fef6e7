package org.textquiz.core.question;

import java.util.List;

import org.textquiz.core.article.Span;

/** A sentence with one word left out, which the learner types. */
public record ClozeQuestion(String id, String prompt, List<String> answers, List<String> hints, Span sentence,
                            Span gap, String wordClass, Focus focus, String note) implements Gapped {

    public ClozeQuestion {
        wordClass = wordClass == null ? "" : wordClass;
        focus = focus == null ? Focus.VOCABULARY : focus;
        note = note == null ? "" : note;
        answers = List.copyOf(answers);
        hints = List.copyOf(hints);
        Questions.requireValid(id, prompt, answers, sentence);
        Questions.requireGapInside(id, sentence, gap);
    }

    public ClozeQuestion(String id, String prompt, List<String> answers, List<String> hints, Span sentence, Span gap) {
        this(id, prompt, answers, hints, sentence, gap, "");
    }

    public ClozeQuestion(String id, String prompt, List<String> answers, List<String> hints, Span sentence, Span gap,
                         String wordClass) {
        this(id, prompt, answers, hints, sentence, gap, wordClass, Focus.VOCABULARY, "");
    }

    @Override
    public QuestionType type() {
        return QuestionType.CLOZE;
    }
}
