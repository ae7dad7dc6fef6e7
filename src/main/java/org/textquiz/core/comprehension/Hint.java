package org.textquiz.core.comprehension;

/** A hint that narrows a typed answer down without giving it away: how long it is and how it starts. */
final class Hint {

    private Hint() {
    }

    static String of(String answer) {
        int words = Words.count(answer);
        return (words == 1 ? "ein Wort" : words + " Wörter") + ", beginnt mit „" + answer.charAt(0) + "“";
    }
}
