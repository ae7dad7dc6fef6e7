package org.textquiz.core.progress;

import org.textquiz.core.TextquizException;

/** The progress store could not do its job: it cannot be opened, read or written. */
public class ProgressUnavailableException extends TextquizException {

    public ProgressUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
