package org.textquiz.core.analysis;

import java.util.ArrayList;
import java.util.List;

import org.textquiz.core.article.Span;

/** Cuts a text into its non-blank lines, each trimmed of surrounding white space. */
final class Lines {

    private Lines() {
    }

    static List<Span> of(String text) {
        List<Span> lines = new ArrayList<>();
        int start = 0;
        int length = text.length();
        while (start <= length) {
            int end = start;
            while (end < length && !isLineBreak(text.charAt(end))) {
                end++;
            }
            Span trimmed = trim(text, start, end);
            if (trimmed.length() > 0) {
                lines.add(trimmed);
            }
            if (end >= length) {
                break;
            }
            start = end + 1;
        }
        return lines;
    }

    static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085' || c == '\u000B'
            || c == '\u000C';
    }

    static Span trim(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }
}
