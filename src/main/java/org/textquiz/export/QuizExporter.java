package org.textquiz.export;

import org.textquiz.core.quiz.Quiz;

/** Writes a quiz in one format that other tools (Moodle, Anki, a browser, a printer) read. */
public interface QuizExporter {

    /** The name given to {@code export --format}. */
    String format();

    /** The file name ending, such as {@code .gift.txt}. */
    String extension();

    String export(Quiz quiz);

    /**
     * The quiz with the article it was made from, for the formats that print it (worksheets); the others ignore
     * it. {@code articleText} is empty when the article is not at hand or is to be left out.
     */
    default String export(Quiz quiz, java.util.Optional<String> articleText) {
        return export(quiz);
    }
}
