package org.textquiz.store;

import org.textquiz.core.progress.ProgressUnavailableException;

/** The database's schema is not the one this textquiz works with, and cannot be made so here. */
final class SchemaException extends ProgressUnavailableException {

    SchemaException(String message, Throwable cause) {
        super(message, cause);
    }
}
