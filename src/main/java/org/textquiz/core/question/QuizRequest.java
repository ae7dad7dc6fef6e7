package org.textquiz.core.question;

import java.util.List;
import java.util.Objects;

import org.textquiz.core.TextquizException;

/**
 * What a learner or teacher asks for: how many questions, of which kinds, with which seed, and what the gaps
 * practise (vocabulary, or points of grammar).
 */
public record QuizRequest(int count, List<QuestionType> types, long seed, List<Focus> focus) {

    public static final int DEFAULT_COUNT = 10;

    public QuizRequest(int count, List<QuestionType> types, long seed) {
        this(count, types, seed, List.of(Focus.VOCABULARY));
    }

    /** The same request for another number of questions. */
    public QuizRequest withCount(int other) {
        return new QuizRequest(other, types, seed, focus);
    }

    public QuizRequest {
        Objects.requireNonNull(types, "types");
        types = List.copyOf(types);
        focus = focus == null || focus.isEmpty() ? List.of(Focus.VOCABULARY) : List.copyOf(focus);
        if (count < 1) {
            throw new TextquizException("--count must be a positive number, not " + count);
        }
        if (types.isEmpty()) {
            throw new TextquizException("--types needs at least one question type, such as cloze or choice");
        }
    }
}
