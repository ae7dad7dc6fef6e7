package org.textquiz.nlp.de;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.textquiz.nlp.ModelLoadingException;

/**
 * LanguageTool's German morphology dictionary ({@code de.danielnaber:german-pos-dict}), read with
 * Morfologik. It knows lemma, case, number, gender, person and tense of nearly every German word form.
 */
public final class GermanDictionary {

    private static final String BASE = "org/languagetool/resource/de/german";

    private static final int MIN_PART = 3;
    private static final int MIN_COMPOUND = 2 * MIN_PART + 1;

    /** Enough for the distinct word forms of a long book; past it the cache starts again. */
    private static final int CACHE_LIMIT = 200_000;

    private final Dictionary dictionary;
    /**
     * Readings already looked up: a text repeats its words, and every question, distractor and exercise asks
     * about them again; one lookup tries several spellings and compound splits.
     */
    private final Map<String, List<Reading>> cache = new ConcurrentHashMap<>();
    private final ThreadLocal<DictionaryLookup> lookups;

    private GermanDictionary(Dictionary dictionary) {
        this.dictionary = dictionary;
        this.lookups = ThreadLocal.withInitial(() -> new DictionaryLookup(this.dictionary));
    }

    public static GermanDictionary load() {
        ClassLoader loader = GermanDictionary.class.getClassLoader();
        try (InputStream fsa = loader.getResourceAsStream(BASE + ".dict");
             InputStream info = loader.getResourceAsStream(BASE + ".info")) {
            if (fsa == null || info == null) {
                throw new ModelLoadingException(BASE + ".dict", null);
            }
            return new GermanDictionary(Dictionary.read(fsa, info));
        } catch (IOException e) {
            throw new ModelLoadingException(BASE + ".dict", e);
        }
    }

    /** The readings of exactly this form; case matters, as in German spelling. */
    public List<Reading> exact(String form) {
        List<WordData> found = lookups.get().lookup(form);
        List<Reading> readings = new ArrayList<>(found.size());
        for (WordData data : found) {
            CharSequence tag = data.getTag();
            readings.add(new Reading(data.getStem().toString(), tag == null ? "" : tag.toString()));
        }
        return readings;
    }

    /**
     * The readings of a form as it appears in running text: also tried with its first letter
     * lowered (sentence start) or as a capitalised word (acronyms such as NATO), and, for a
     * hyphenated compound, through its last part.
     */
    public List<Reading> readings(String form) {
        List<Reading> known = cache.get(form);
        if (known == null) {
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            known = List.copyOf(lookUp(form));
            cache.put(form, known);
        }
        return known;
    }

    private List<Reading> lookUp(String form) {
        Set<Reading> all = new LinkedHashSet<>(exact(form));
        for (String variant : variants(form)) {
            if (!variant.equals(form)) {
                all.addAll(exact(variant));
            }
        }
        if (all.isEmpty()) {
            int hyphen = form.lastIndexOf('-');
            if (hyphen > 0 && hyphen < form.length() - 1) {
                String prefix = form.substring(0, hyphen + 1);
                for (Reading head : readings(form.substring(hyphen + 1))) {
                    all.add(new Reading(prefix + head.lemma(), head.tag()));
                }
            } else {
                all.addAll(compoundNoun(form));
            }
        }
        return List.copyOf(all);
    }

    /**
     * German writes compound nouns as one word, and the dictionary lists only common ones:
     * "Verteidigungsausgaben" is read through its longest known noun ending, "Ausgaben".
     */
    private List<Reading> compoundNoun(String form) {
        if (form.length() < MIN_COMPOUND || !Character.isUpperCase(form.charAt(0))
            || !form.chars().allMatch(Character::isLetter)) {
            return List.of();
        }
        for (int split = MIN_PART; split <= form.length() - MIN_PART; split++) {
            String modifier = form.substring(0, split);
            String head = Character.toUpperCase(form.charAt(split)) + form.substring(split + 1);
            List<Reading> nouns = exact(head).stream().filter(r -> r.category().equals("SUB")).toList();
            if (!nouns.isEmpty()) {
                return nouns.stream()
                    .map(r -> new Reading(modifier + r.lemma().toLowerCase(Locale.GERMAN), r.tag()))
                    .toList();
            }
        }
        return List.of();
    }

    private static List<String> variants(String form) {
        if (form.isEmpty()) {
            return List.of();
        }
        String lower = form.toLowerCase(Locale.GERMAN);
        String capitalised = Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
        String firstLowered = Character.toLowerCase(form.charAt(0)) + form.substring(1);
        return List.of(firstLowered, capitalised, lower);
    }
}
