package org.textquiz.nlp.de;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.textquiz.core.analysis.Lemmatizer;
import org.textquiz.core.article.Upos;

/**
 * Lemmas for German words the dictionary does not know, from the statistical lemmatizer (created on
 * first need), mended where it is known to slip: it lowers the case of names and nouns it has not seen
 * ("rutte"); a name is its own lemma, and a German noun keeps its capital.
 */
public final class GermanLemmaGuesser implements Lemmatizer {

    private final Supplier<Lemmatizer> statistical;

    public GermanLemmaGuesser(Supplier<Lemmatizer> statistical) {
        this.statistical = statistical;
    }

    @Override
    public List<Lemma> lemmatize(List<String> tokens, List<Upos> tags) {
        List<Lemma> guessed = statistical.get().lemmatize(tokens, tags);
        List<Lemma> lemmas = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            lemmas.add(new Lemma(mend(tokens.get(i), tags.get(i), guessed.get(i).form()), false));
        }
        return lemmas;
    }

    private static String mend(String token, Upos upos, String guess) {
        if (upos == Upos.PROPN || guess.isEmpty()) {
            return token;
        }
        if (upos == Upos.NOUN && Character.isUpperCase(token.charAt(0))) {
            return Character.toUpperCase(guess.charAt(0)) + guess.substring(1);
        }
        return guess;
    }
}
