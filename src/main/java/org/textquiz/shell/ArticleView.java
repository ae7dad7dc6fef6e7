package org.textquiz.shell;

import java.util.ArrayList;
import java.util.List;

import org.textquiz.core.article.NumberedParagraphs;

/**
 * The article as a learner reads it at the terminal: its paragraphs numbered as the questions name them
 * ("Absatz 3"), headlines unnumbered, every paragraph wrapped at words under its number.
 */
final class ArticleView {

    private final NumberedParagraphs paragraphs;

    private ArticleView(String text) {
        this.paragraphs = NumberedParagraphs.of(text);
    }

    static ArticleView of(String text) {
        return new ArticleView(text);
    }

    /** The number of the paragraph holding {@code offset}; 0 for a headline or outside the text. */
    int paragraphAt(int offset) {
        return paragraphs.paragraphAt(offset);
    }

    /** The lines to print: a headline on its own, a paragraph under its number, wrapped to {@code width}. */
    List<String> render(int width) {
        List<String> out = new ArrayList<>();
        for (NumberedParagraphs.Line line : paragraphs.lines()) {
            if (!out.isEmpty()) {
                out.add("");
            }
            if (line.headline()) {
                out.add(Neutralise.text(line.text()));
                continue;
            }
            String label = String.format("%3d  ", line.number());
            String wrapped = Wrap.indent(Neutralise.text(line.text()), " ".repeat(label.length()), width);
            out.add(label + wrapped.substring(label.length()));
        }
        return out;
    }
}
