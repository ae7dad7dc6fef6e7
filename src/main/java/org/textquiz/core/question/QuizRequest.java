package org.textquiz.core.question;

import java.util.List;
import java.util.Objects;

import org.textquiz.core.TextquizException;

/** What a learner or teacher asks for: how many questions, of which kinds, with which seed. */
public record QuizRequest(int count, List<QuestionType> types, long seed) {

    public static final int DEFAULT_COUNT = 10;

    public QuizRequest {
        Objects.requireNonNull(types, "types");
        types = List.copyOf(types);
        if (count < 1) {
            throw new TextquizException("--count must be a positive number, not " + count);
        }
        if (types.isEmpty()) {
            throw new TextquizException("--types needs at least one question type, such as cloze or choice");
        }
    }
}
