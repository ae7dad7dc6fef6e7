package org.textquiz.core.analysis;

/** Recognises a headline: a short line that does not end like a sentence. */
public final class Headlines {

    static final int MAX_WORDS = 15;

    private Headlines() {
    }

    public static boolean isHeadline(String line) {
        String trimmed = line.strip();
        if (trimmed.isEmpty() || trimmed.codePoints().noneMatch(Character::isLetter)) {
            return false;
        }
        if (trimmed.split("\\s+").length > MAX_WORDS) {
            return false;
        }
        return !endsLikeSentence(trimmed);
    }

    private static boolean endsLikeSentence(String line) {
        int end = line.length();
        while (end > 0 && isClosingQuote(line.charAt(end - 1))) {
            end--;
        }
        if (end == 0) {
            return true;
        }
        char last = line.charAt(end - 1);
        return ".!?:;,…".indexOf(last) >= 0;
    }

    private static boolean isClosingQuote(char c) {
        return "\"'“”’‘«»)".indexOf(c) >= 0;
    }
}
