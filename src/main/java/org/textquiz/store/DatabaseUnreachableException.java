package org.textquiz.store;

import org.textquiz.core.progress.ProgressUnavailableException;

/** The database server cannot be reached: stopped, restarting, or the network is down. */
final class DatabaseUnreachableException extends ProgressUnavailableException {

    DatabaseUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
