package org.textquiz.export;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import org.textquiz.core.quiz.Quiz;

/** A format that is text: GIFT, Moodle XML, Anki's text import, HTML, Markdown. */
public interface TextExporter extends QuizExporter {

    String export(Quiz quiz);

    default String export(Quiz quiz, Optional<String> articleText) {
        return export(quiz);
    }

    @Override
    default byte[] bytes(Quiz quiz, Optional<String> articleText) {
        return export(quiz, articleText).getBytes(StandardCharsets.UTF_8);
    }
}
