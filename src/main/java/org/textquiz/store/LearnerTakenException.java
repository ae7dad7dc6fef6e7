package org.textquiz.store;

import org.textquiz.core.TextquizException;

/** On a shared database, the learner's name belongs to another login, whose answers this one may not see. */
public final class LearnerTakenException extends TextquizException {

    public LearnerTakenException(String learner, String location) {
        super("the learner name '" + learner + "' belongs to another login on the database at " + location
            + "; choose your own name with: learner NAME");
    }
}
