package org.textquiz.shell;

import java.util.ArrayList;
import java.util.List;

import org.textquiz.core.analysis.Headlines;

/**
 * The article as a learner reads it: each line a paragraph, numbered as the questions name them ("Absatz 3"),
 * headlines unnumbered, every paragraph wrapped at words under its number.
 */
final class ArticleView {

    private record Line(int start, int end, int number) {
    }

    private final String text;
    private final List<Line> lines = new ArrayList<>();

    private ArticleView(String text) {
        this.text = text;
        int number = 0;
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            String line = text.substring(start, end);
            if (!line.isBlank()) {
                lines.add(new Line(start, end, Headlines.isHeadline(line) ? 0 : ++number));
            }
            start = end + 1;
        }
    }

    static ArticleView of(String text) {
        return new ArticleView(text);
    }

    /** The number of the paragraph holding {@code offset}; 0 for a headline or outside the text. */
    int paragraphAt(int offset) {
        for (Line line : lines) {
            if (offset >= line.start() && offset < line.end()) {
                return line.number();
            }
        }
        return 0;
    }

    /** The lines to print: a headline on its own, a paragraph under its number, wrapped to {@code width}. */
    List<String> render(int width) {
        List<String> out = new ArrayList<>();
        for (Line line : lines) {
            String paragraph = text.substring(line.start(), line.end()).strip();
            if (!out.isEmpty()) {
                out.add("");
            }
            if (line.number() == 0) {
                out.add(Neutralise.text(paragraph));
                continue;
            }
            String label = String.format("%3d  ", line.number());
            String wrapped = Wrap.indent(Neutralise.text(paragraph), " ".repeat(label.length()), width);
            out.add(label + wrapped.substring(label.length()));
        }
        return out;
    }
}
