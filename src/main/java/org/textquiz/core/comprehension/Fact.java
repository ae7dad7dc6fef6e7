package org.textquiz.core.comprehension;

/**
 * A fact of a sentence that a false statement can swap for another of the same kind: tokens {@code from}–{@code to}
 * (exclusive) reading {@code text}. A number also has what it counts ({@code unit}, the lemma of the noun after
 * it: "Uhr", "Soldat", "Prozent"; empty when none) and how the sentence bounds it ("mehr als 20").
 */
record Fact(Kind kind, String text, int from, int to, String unit, Bound bound) {

    enum Kind { PERSON, SURNAME, COUNTRY, CITY, WEEKDAY, MONTH, YEAR, NUMBER, PERCENT }

    /** How a number is said: exactly, as a lower bound ("mehr als", "über"), or as an upper one ("unter"). */
    enum Bound { EXACT, AT_LEAST, AT_MOST }

    Fact(Kind kind, String text, int from, int to) {
        this(kind, text, from, to, "", Bound.EXACT);
    }

    boolean isCount() {
        return kind == Kind.NUMBER || kind == Kind.PERCENT;
    }

    /** The number's value, grouping dots left out; -1 when it is no plain whole number. */
    long value() {
        String digits = text.replace(".", "");
        return digits.matches("\\d{1,18}") ? Long.parseLong(digits) : -1;
    }

    /**
     * Whether saying {@code other} in this fact's place makes a statement that is surely false: the same unit
     * (never a time of day for a count), a different number (as many digits where no unit says what it counts), and
     * never a smaller lower bound ("mehr als 11" where the article says "mehr als 20" is still true) or a larger
     * upper one.
     */
    boolean falseWith(Fact other) {
        if (!isCount()) {
            return true;
        }
        if (!other.isCount() || !unit.equalsIgnoreCase(other.unit()) || value() < 0 || other.value() < 0
            || value() == other.value()) {
            return false;
        }
        if (unit.isEmpty() && Long.toString(value()).length() != Long.toString(other.value()).length()) {
            // "im Alter von 62, 1827 und 66 Jahren", "aus einem 64 gegründeten Werk": with nothing after it to say
            // what it counts, a number of other digits is most likely a year for an age, or an age for a year
            return false;
        }
        // "nach über 27 Jahren" for "über 28": a bound moved a little may still hold, by half as much again it hardly
        return switch (bound) {
            case EXACT -> true;
            case AT_LEAST -> other.value() * 2 >= value() * 3;
            case AT_MOST -> other.value() * 3 <= value() * 2;
        };
    }
}
