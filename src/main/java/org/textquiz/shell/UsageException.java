package org.textquiz.shell;

import org.textquiz.core.TextquizException;

/** A command line that names an unknown option or gives an option a value it cannot take. */
public class UsageException extends TextquizException {

    public UsageException(String message) {
        super(message);
    }
}
