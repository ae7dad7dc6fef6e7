package org.textquiz.shell;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;

/**
 * Makes text from articles, quiz files and learners safe for a terminal: control characters (escape
 * sequences among them) are shown as their Unicode control pictures (␛ for ESC), and the characters
 * that reorder text (U+202E and the other bidi controls) as their code, so nothing can move the cursor,
 * recolour the screen or disguise a line. Line breaks and tabs stay.
 */
final class Neutralise {

    private Neutralise() {
    }

    static String text(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = replacement(c);
            if (replacement != null && out == null) {
                out = new StringBuilder(text.length() + 16).append(text, 0, i);
            }
            if (out != null) {
                if (replacement != null) {
                    out.append(replacement);
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? text : out.toString();
    }

    private static String replacement(char c) {
        if (c == '\n' || c == '\t') {
            return null;
        }
        if (c < 0x20) {
            return String.valueOf((char) (0x2400 + c));
        }
        if (c == 0x7F) {
            return "\u2421";
        }
        if (c >= 0x80 && c < 0xA0) {
            return "\uFFFD";
        }
        if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
            || c == 0x061C) {
            return String.format("<U+%04X>", (int) c);
        }
        return null;
    }

    /** A writer that neutralises everything written through it. */
    static final class Writer extends FilterWriter {

        Writer(java.io.Writer out) {
            super(out);
        }

        @Override
        public void write(int c) throws IOException {
            out.write(text(String.valueOf((char) c)));
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            out.write(text(new String(buffer, offset, length)));
        }

        @Override
        public void write(String text, int offset, int length) throws IOException {
            out.write(text(text.substring(offset, offset + length)));
        }
    }
}
