package org.textquiz.core.comprehension;

/**
 * A fact of a sentence that a false statement can swap for another of the same kind: tokens {@code from}–{@code to}
 * (exclusive) reading {@code text}.
 */
record Fact(Kind kind, String text, int from, int to) {

    enum Kind { PERSON, SURNAME, COUNTRY, CITY, WEEKDAY, MONTH, YEAR, NUMBER, PERCENT }
}
