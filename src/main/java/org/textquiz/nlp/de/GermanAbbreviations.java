package org.textquiz.nlp.de;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.textquiz.core.analysis.Tokenizer;
import org.textquiz.core.article.Span;

/**
 * Keeps an abbreviation whole with its full stop, as the German treebank writes it ("10 Mrd. Dollar", "ca. 8 Uhr",
 * "Prof. Meier"): the statistical tokenizer splits the full stop off some of them, and a question or statement built
 * from the sentence then reads "10 Mrd . Dollar". The full stop that also ends the sentence stays apart, so that the
 * sentence keeps its end.
 */
public final class GermanAbbreviations implements Tokenizer {

    private static final Set<String> ABBREVIATIONS = Set.of("ca", "bzw", "vgl", "Nr", "Dr", "Prof", "inkl", "ggf",
        "sog", "evtl", "zzgl", "bspw", "Hrsg", "Bd", "Jh", "Mio", "Mrd", "Tsd", "usw", "etc", "Str", "St", "Tel",
        "geb", "gest", "jun", "sen", "Mill", "Jhd", "Jhdt", "Abb", "Kap");
    /** Abbreviations that are also words or names ("diese Art"): only before a number ("Art. 5"). */
    private static final Set<String> ABBREVIATIONS_BEFORE_A_NUMBER = Set.of("Art", "Abs", "Ziff", "Bsp");
    private static final Pattern NUMBER = Pattern.compile("\\d.*");

    private final Tokenizer tokenizer;

    public GermanAbbreviations(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    @Override
    public List<Span> tokenize(String sentence) {
        return FullStops.joined(sentence, tokenizer.tokenize(sentence),
            (tokens, i, text) -> isAbbreviation(tokens.get(i).cut(text), tokens.get(i + 2).cut(text)));
    }

    private static boolean isAbbreviation(String word, String next) {
        return ABBREVIATIONS.contains(word)
            || ABBREVIATIONS_BEFORE_A_NUMBER.contains(word) && NUMBER.matcher(next).matches();
    }
}
