package org.textquiz.nlp;

import java.util.ArrayList;
import java.util.List;

import org.textquiz.core.article.Span;

/**
 * German quotation marks as tokens of their own. OpenNLP's German model was trained on straight quotes and leaves
 * „Zur or Jahrhunderts“ whole, which the tagger then reads as punctuation and the parser cannot place.
 */
final class QuotationMarks {

    private static final String MARKS = "„“”‚‘’»«\"";

    private QuotationMarks() {
    }

    /** The tokens of {@code text} with every quotation mark at either end of a longer token split off it. */
    static List<Span> splitOff(String text, List<Span> tokens) {
        List<Span> split = new ArrayList<>(tokens.size());
        for (Span token : tokens) {
            int start = token.start();
            int end = token.end();
            List<Span> closing = new ArrayList<>();
            while (end - start > 1 && isMark(text.charAt(start))) {
                split.add(new Span(start, start + 1));
                start++;
            }
            while (end - start > 1 && isMark(text.charAt(end - 1)) && !apostrophe(text, end - 1)) {
                closing.add(0, new Span(end - 1, end));
                end--;
            }
            split.add(new Span(start, end));
            split.addAll(closing);
        }
        return split;
    }

    /** "Hans’" or "geht’s": a closing single quote right after a letter that is an apostrophe more often than not. */
    private static boolean apostrophe(String text, int at) {
        return (text.charAt(at) == '’' || text.charAt(at) == '‘') && at > 0 && Character.isLetter(text.charAt(at - 1))
            && text.lastIndexOf('‚', at) < 0;
    }

    private static boolean isMark(char c) {
        return MARKS.indexOf(c) >= 0;
    }
}
