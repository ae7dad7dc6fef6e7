package org.textquiz.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.textquiz.core.article.Span;

/**
 * The full stop after an acronym that ends a sentence as a token of its own: OpenNLP's model leaves "FES." and
 * "AfD." whole as it would "Dr.", and the parser then has no full stop and a name it does not know. An acronym
 * begins and ends with a capital ("FES", "AfD", "GmbH"), which no abbreviation with a full stop does ("Dr.", "Nr.").
 */
final class AcronymsAtTheEnd {

    private static final Pattern ACRONYM_WITH_FULL_STOP = Pattern.compile("\\p{Lu}[\\p{L}\\d-]*\\p{Lu}\\.");

    private AcronymsAtTheEnd() {
    }

    /** The tokens of {@code text}, with the last word's full stop split off when the word is an acronym. */
    static List<Span> splitOff(String text, List<Span> tokens) {
        int last = tokens.size() - 1;
        while (last >= 0 && !Character.isLetterOrDigit(text.charAt(tokens.get(last).start()))) {
            last--;
        }
        if (last < 0 || !ACRONYM_WITH_FULL_STOP.matcher(tokens.get(last).cut(text)).matches()) {
            return tokens;
        }
        Span acronym = tokens.get(last);
        List<Span> split = new ArrayList<>(tokens.subList(0, last));
        split.add(new Span(acronym.start(), acronym.end() - 1));
        split.add(new Span(acronym.end() - 1, acronym.end()));
        split.addAll(tokens.subList(last + 1, tokens.size()));
        return split;
    }
}
