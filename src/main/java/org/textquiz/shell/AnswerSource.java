package org.textquiz.shell;

/** Where a learner's answers come from: the terminal, or lines piped into standard input. */
interface AnswerSource {

    /** The next line; null at the end of input (Ctrl-D or the end of a pipe). */
    String next(String prompt) throws Interrupted;

    /** Whether the learner sees what they typed without textquiz repeating it. */
    boolean echoes();

    /** The learner pressed Ctrl-C while typing. */
    final class Interrupted extends Exception {
        Interrupted() {
            super("input cancelled", null, false, false);
        }
    }
}
