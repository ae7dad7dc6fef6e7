package org.textquiz.core;

/**
 * A problem the user can fix, with a message that says what went wrong and what to do.
 * It is shown as one line, never as a stack trace.
 */
public class TextquizException extends RuntimeException {

    public TextquizException(String message) {
        super(message);
    }

    public TextquizException(String message, Throwable cause) {
        super(message, cause);
    }
}
