package org.textquiz.quizfile;

import org.textquiz.core.TextquizException;

/** A quiz file that cannot be played, with the file, question and field at fault. */
public class InvalidQuizFileException extends TextquizException {

    public InvalidQuizFileException(String file, String problem) {
        super("invalid quiz file " + file + ": " + problem);
    }
}
