package org.textquiz.nlp.de;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.textquiz.core.analysis.Lemmatizer;
import org.textquiz.core.article.Upos;

/**
 * Lemmas from the German morphology dictionary, choosing among a form's readings by its word class.
 * Only words the dictionary does not know go to the statistical fallback, which is created on first need.
 */
public final class GermanLemmatizer implements Lemmatizer {

    private final GermanDictionary dictionary;
    private final Supplier<Lemmatizer> fallback;

    public GermanLemmatizer(GermanDictionary dictionary, Supplier<Lemmatizer> fallback) {
        this.dictionary = dictionary;
        this.fallback = fallback;
    }

    @Override
    public List<Lemma> lemmatize(List<String> tokens, List<Upos> tags) {
        List<Lemma> lemmas = new ArrayList<>(tokens.size());
        boolean unknown = false;
        for (int i = 0; i < tokens.size(); i++) {
            String lemma = lookup(tokens.get(i), tags.get(i));
            if (lemma == null && tags.get(i) == Upos.PROPN) {
                lemmas.add(new Lemma(tokens.get(i), false));
                continue;
            }
            lemmas.add(lemma == null ? null : new Lemma(lemma, true));
            unknown |= lemma == null;
        }
        if (unknown) {
            List<Lemma> guessed = fallback.get().lemmatize(tokens, tags);
            for (int i = 0; i < lemmas.size(); i++) {
                if (lemmas.get(i) == null) {
                    lemmas.set(i, new Lemma(unknownWordLemma(tokens.get(i), tags.get(i), guessed.get(i).form()), false));
                }
            }
        }
        return lemmas;
    }

    /**
     * The statistical lemmatizer lowers the case of names and nouns it has not seen ("rutte");
     * a name is its own lemma, and a German noun keeps its capital.
     */
    private static String unknownWordLemma(String token, Upos upos, String guess) {
        if (upos == Upos.PROPN) {
            return token;
        }
        if (upos == Upos.NOUN && !guess.isEmpty() && Character.isUpperCase(token.charAt(0))) {
            return Character.toUpperCase(guess.charAt(0)) + guess.substring(1);
        }
        return guess;
    }

    private String lookup(String token, Upos upos) {
        if (upos == Upos.PUNCT || upos == Upos.SYM || token.codePoints().noneMatch(Character::isLetter)) {
            return token;
        }
        List<Reading> readings = dictionary.readings(token);
        String lemma = vote(readings, upos);
        if (lemma == null && NEIGHBOURS.containsKey(upos)) {
            lemma = vote(readings, NEIGHBOURS.get(upos));
        }
        if (lemma == null) {
            // a word the dictionary knows but the tagger put in a class it cannot have ("investiere" as ADJ):
            // the tag is wrong, not the dictionary
            lemma = vote(readings, Upos.X);
        }
        return lemma;
    }

    /** The lemma most of the readings of that word class agree on; {@link Upos#X} accepts any reading. */
    private static String vote(List<Reading> readings, Upos upos) {
        Map<String, Integer> votes = new LinkedHashMap<>();
        for (Reading reading : readings) {
            if (upos == Upos.X || GermanWordClasses.of(reading).contains(upos)) {
                votes.merge(reading.lemma(), 1, Integer::sum);
            }
        }
        return votes.entrySet().stream()
            .max(Map.Entry.comparingByValue())
            .map(Map.Entry::getKey)
            .orElse(null);
    }

    /** Word classes the tagger often confuses, whose readings still give the right lemma. */
    private static final Map<Upos, Upos> NEIGHBOURS = Map.of(
        Upos.PROPN, Upos.NOUN,
        Upos.NOUN, Upos.PROPN,
        Upos.ADV, Upos.ADJ,
        Upos.AUX, Upos.VERB,
        Upos.VERB, Upos.ADJ);
}
