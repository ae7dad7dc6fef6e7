package org.textquiz.export;

import org.textquiz.core.question.HeadlineQuestion;
import org.textquiz.core.question.Question;

/** What a student reads after answering, in every format: the article's sentence, never a hint or the question. */
final class Feedback {

    private Feedback() {
    }

    static String of(Question question) {
        if (question instanceof HeadlineQuestion) {
            return "Die Zwischenüberschrift dieses Absatzes ist „" + question.solution() + "“.";
        }
        return question.explanation().isEmpty() ? question.filledIn() : question.explanation();
    }
}
