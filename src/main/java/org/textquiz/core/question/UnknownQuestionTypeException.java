package org.textquiz.core.question;

import java.util.Arrays;
import java.util.stream.Collectors;

import org.textquiz.core.TextquizException;

public class UnknownQuestionTypeException extends TextquizException {

    public UnknownQuestionTypeException(String type) {
        super("unknown question type '" + type + "'; known types: "
            + Arrays.stream(QuestionType.values()).map(QuestionType::id).collect(Collectors.joining(", ")));
    }
}
