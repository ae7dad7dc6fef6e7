package org.textquiz.nlp.de;

import java.util.ArrayList;
import java.util.List;

import org.textquiz.core.article.Span;

/**
 * Joins a word and the full stop the statistical tokenizer split off it, inside a sentence, where the stop is the
 * word's.
 */
final class FullStops {

    /** Whether the full stop after token {@code i} belongs to it; at least one more token follows the stop. */
    interface Belongs {
        boolean test(List<Span> tokens, int i, String sentence);
    }

    private FullStops() {
    }

    static List<Span> joined(String sentence, List<Span> tokens, Belongs belongs) {
        List<Span> joined = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Span token = tokens.get(i);
            if (i + 2 < tokens.size() && tokens.get(i + 1).cut(sentence).equals(".")
                && tokens.get(i + 1).start() == token.end() && belongs.test(tokens, i, sentence)) {
                joined.add(new Span(token.start(), tokens.get(i + 1).end()));
                i++;
            } else {
                joined.add(token);
            }
        }
        return joined;
    }
}
