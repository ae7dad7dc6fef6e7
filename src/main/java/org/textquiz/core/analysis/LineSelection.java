package org.textquiz.core.analysis;

/** Which of a text's non-blank lines, counted from 0, are analysed into sentences and tokens. */
@FunctionalInterface
public interface LineSelection {

    boolean analyses(int line);
}
