package org.textquiz.export;

import org.textquiz.core.quiz.Quiz;

/** Writes a quiz in one format that other tools (Moodle, Anki, a browser, a printer) read. */
public interface QuizExporter {

    /** The name given to {@code export --format}. */
    String format();

    /** The file name ending, such as {@code .gift.txt}. */
    String extension();

    String export(Quiz quiz);
}
