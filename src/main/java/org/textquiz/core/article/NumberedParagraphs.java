package org.textquiz.core.article;

import java.util.ArrayList;
import java.util.List;

import org.textquiz.core.analysis.Headlines;

/**
 * An article's lines as a reader and a worksheet number them: each non-empty line a paragraph, numbered from 1,
 * headlines unnumbered (number 0). Questions name their paragraph by the same numbers ("Absatz 3").
 */
public final class NumberedParagraphs {

    /** One line of the article: where it lies in the text, and its number (0 for a headline). */
    public record Line(int start, int end, int number, String text) {

        public boolean headline() {
            return number == 0;
        }
    }

    private final List<Line> lines;

    private NumberedParagraphs(List<Line> lines) {
        this.lines = List.copyOf(lines);
    }

    public static NumberedParagraphs of(String text) {
        List<Line> lines = new ArrayList<>();
        int number = 0;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end);
            if (!line.isBlank()) {
                lines.add(new Line(start, end, Headlines.isHeadline(line) ? 0 : ++number, line.strip()));
            }
            start = end + 1;
        }
        return new NumberedParagraphs(lines);
    }

    public List<Line> lines() {
        return lines;
    }

    /** The number of the paragraph holding {@code offset}; 0 for a headline or outside the text. */
    public int paragraphAt(int offset) {
        for (Line line : lines) {
            if (offset >= line.start() && offset < line.end()) {
                return line.number();
            }
        }
        return 0;
    }
}
