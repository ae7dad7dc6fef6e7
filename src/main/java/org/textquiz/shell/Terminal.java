package org.textquiz.shell;

/** Makes text from outside safe to print: no control characters reach the terminal. */
final class Terminal {

    private static final int MAX_SHOWN = 200;

    private Terminal() {
    }

    static String safe(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_SHOWN));
        text.codePoints().limit(MAX_SHOWN).forEach(cp -> {
            if (Character.isISOControl(cp) || Character.getType(cp) == Character.FORMAT) {
                out.append('\uFFFD');
            } else {
                out.appendCodePoint(cp);
            }
        });
        if (text.codePointCount(0, text.length()) > MAX_SHOWN) {
            out.append('…');
        }
        return out.toString();
    }
}
