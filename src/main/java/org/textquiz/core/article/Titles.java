package org.textquiz.core.article;

/** Derives a readable title for an article. */
final class Titles {

    private static final int MAX_TITLE = 60;

    private Titles() {
    }

    static String firstLine(String text, String fallback) {
        String line = text.strip().lines().findFirst().orElse("").strip();
        if (line.isEmpty()) {
            return fallback;
        }
        if (line.length() <= MAX_TITLE) {
            return line;
        }
        int cut = line.lastIndexOf(' ', MAX_TITLE);
        return line.substring(0, cut > 0 ? cut : MAX_TITLE) + " …";
    }
}
