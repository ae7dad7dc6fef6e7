package org.textquiz.export;

import java.util.Optional;

import org.textquiz.core.quiz.Quiz;

/** Writes a quiz in one format that other tools (Moodle, Anki, a browser, a printer) read. */
public interface QuizExporter {

    /** The name given to {@code export --format}. */
    String format();

    /** The file name ending, such as {@code .gift.txt}. */
    String extension();

    /**
     * The file's bytes, for the quiz and the article it was made from; formats that print the article (worksheets)
     * use {@code articleText}, which is empty when the article is not at hand or is to be left out.
     */
    byte[] bytes(Quiz quiz, Optional<String> articleText);
}
