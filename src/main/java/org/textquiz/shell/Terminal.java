package org.textquiz.shell;

/** Shortens text from outside (a learner's answer, a name) for showing it back, neutralised. */
final class Terminal {

    private static final int MAX_SHOWN = 200;

    private Terminal() {
    }

    static String safe(String text) {
        boolean longer = text.codePointCount(0, text.length()) > MAX_SHOWN;
        String shown = longer ? text.substring(0, text.offsetByCodePoints(0, MAX_SHOWN)) + "…" : text;
        return Neutralise.text(shown.replace("\n", " "));
    }
}
