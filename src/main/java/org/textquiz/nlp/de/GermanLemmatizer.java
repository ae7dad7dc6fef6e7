package org.textquiz.nlp.de;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.textquiz.core.analysis.Lemmatizer;
import org.textquiz.core.article.Upos;

/**
 * Lemmas from the German morphology dictionary, choosing among a form's readings by its word class.
 * The slow statistical lemmatizer is not run here: only a question that needs the lemma of a word the
 * dictionary lacks asks {@link GermanLemmaGuesser} for it.
 */
public final class GermanLemmatizer implements Lemmatizer {

    /** Enough for the distinct word forms of a long book; past it the cache starts again. */
    private static final int CACHE_LIMIT = 200_000;
    private static final String UNKNOWN = "\u0000";

    private final GermanDictionary dictionary;
    /**
     * Lemmas already looked up, by word class and form: running text repeats its words, and a lookup tries
     * several spellings and compounds.
     */
    private final Map<String, String> known = new ConcurrentHashMap<>();

    public GermanLemmatizer(GermanDictionary dictionary) {
        this.dictionary = dictionary;
    }

    /** A word the dictionary does not know keeps its own form, marked unknown; see {@link GermanLemmaGuesser}. */
    @Override
    public List<Lemma> lemmatize(List<String> tokens, List<Upos> tags) {
        List<Lemma> lemmas = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            String lemma = cached(tokens.get(i), tags.get(i));
            lemmas.add(lemma == null ? new Lemma(tokens.get(i), false) : new Lemma(lemma, true));
        }
        return lemmas;
    }

    private String cached(String token, Upos upos) {
        String key = upos.ordinal() + ":" + token;
        String lemma = known.get(key);
        if (lemma == null) {
            if (known.size() >= CACHE_LIMIT) {
                known.clear();
            }
            String found = lookup(token, upos);
            lemma = found == null ? UNKNOWN : found;
            known.put(key, lemma);
        }
        return lemma.equals(UNKNOWN) ? null : lemma;
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
