package org.textquiz.nlp.de;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryLookup;
import morfologik.stemming.WordData;
import org.textquiz.core.analysis.Feature;
import org.textquiz.core.analysis.Morph;
import org.textquiz.core.analysis.Morphology;
import org.textquiz.core.article.Upos;
import org.textquiz.nlp.ModelLoadingException;

/**
 * German morphology from LanguageTool's dictionaries: the analysis dictionary for readings, and the
 * synthesis dictionary ({@code lemma|TAG → form}) with its list of tags for producing forms.
 */
public final class GermanMorphology implements Morphology {

    private static final String SYNTH = "org/languagetool/resource/de/german_synth";
    private static final String TAGS = "org/languagetool/resource/de/german_tags.txt";
    private static final String COUNTRIES = "org/textquiz/nlp/de/countries.txt";
    private static final String KNOWN_BY_ONE_NAME = "org/textquiz/nlp/de/known-by-one-name.txt";
    private static final List<Feature> CASES = List.of(Feature.NOMINATIVE, Feature.GENITIVE, Feature.DATIVE,
        Feature.ACCUSATIVE);

    private record Tag(String text, Upos upos, Set<Feature> features) {
    }

    /** Enough for the distinct word forms of a long book; past it the cache starts again. */
    private static final int CACHE_LIMIT = 200_000;

    private final GermanDictionary dictionary;
    /** Readings already looked up: questions ask about the same forms again and again. */
    private final Map<String, List<Morph>> cache = new ConcurrentHashMap<>();
    private final ThreadLocal<DictionaryLookup> synthesis;
    private final List<Tag> tags;
    /** The readings of countries the dictionary does not tag as such ("Bolivien", "die Schweiz"). */
    private final Map<String, List<Morph>> countries;
    /** The readings of people known by one name whom the dictionary does not tag as given names ("Jesus", "Platon"). */
    private final Map<String, List<Morph>> knownByOneName;

    private GermanMorphology(GermanDictionary dictionary, Dictionary synth, List<Tag> tags,
                             Map<String, List<Morph>> countries, Map<String, List<Morph>> knownByOneName) {
        this.dictionary = dictionary;
        this.synthesis = ThreadLocal.withInitial(() -> new DictionaryLookup(synth));
        this.tags = tags;
        this.countries = countries;
        this.knownByOneName = knownByOneName;
    }

    public static GermanMorphology load(GermanDictionary dictionary) {
        ClassLoader loader = GermanMorphology.class.getClassLoader();
        try (InputStream fsa = loader.getResourceAsStream(SYNTH + ".dict");
             InputStream info = loader.getResourceAsStream(SYNTH + ".info");
             InputStream tagList = loader.getResourceAsStream(TAGS);
             InputStream countryList = loader.getResourceAsStream(COUNTRIES);
             InputStream nameList = loader.getResourceAsStream(KNOWN_BY_ONE_NAME)) {
            if (fsa == null || info == null || tagList == null || countryList == null || nameList == null) {
                throw new ModelLoadingException(SYNTH + ".dict", null);
            }
            return new GermanMorphology(dictionary, Dictionary.read(fsa, info), tags(tagList), countries(countryList),
                knownByOneName(nameList));
        } catch (IOException e) {
            throw new ModelLoadingException(SYNTH + ".dict", e);
        }
    }

    private static List<Tag> tags(InputStream in) throws IOException {
        List<Tag> tags = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String tag = line.strip();
            if (!tag.isEmpty() && !tag.startsWith("ABK")) {
                Morph morph = GermanTags.morph(new Reading("", tag));
                tags.add(new Tag(tag, morph.upos(), morph.features()));
            }
        }
        return List.copyOf(tags);
    }

    /** The lines of a list resource, each split at its blanks, without blank lines and comments. */
    private static List<String[]> entries(InputStream in) throws IOException {
        List<String[]> entries = new ArrayList<>();
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        for (String line = reader.readLine(); line != null; line = reader.readLine()) {
            String[] fields = line.strip().split("\\s+");
            if (!fields[0].isEmpty() && !fields[0].startsWith("#")) {
                entries.add(fields);
            }
        }
        return entries;
    }

    private static Map<String, List<Morph>> countries(InputStream in) throws IOException {
        Map<String, List<Morph>> countries = new java.util.HashMap<>();
        for (String[] fields : entries(in)) {
            Feature gender = fields.length < 2 ? Feature.NEUTER : switch (fields[1]) {
                case "der" -> Feature.MASCULINE;
                case "die" -> Feature.FEMININE;
                default -> Feature.NEUTER;
            };
            boolean plural = fields.length > 2 && fields[2].equals("pl");
            List<Morph> morphs = new ArrayList<>();
            for (Feature grammaticalCase : CASES) {
                Set<Feature> features = new java.util.HashSet<>(Set.of(Feature.COUNTRY, grammaticalCase,
                    plural ? Feature.PLURAL : Feature.SINGULAR));
                if (!plural) {
                    features.add(gender);
                }
                morphs.add(new Morph(fields[0], Upos.PROPN, features));
                if (fields.length < 2) {
                    features.add(Feature.WITHOUT_ARTICLE);
                    morphs.add(new Morph(fields[0], Upos.PROPN, features));
                }
            }
            countries.put(fields[0], List.copyOf(morphs));
        }
        return Map.copyOf(countries);
    }

    private static Map<String, List<Morph>> knownByOneName(InputStream in) throws IOException {
        Map<String, List<Morph>> names = new java.util.HashMap<>();
        for (String[] fields : entries(in)) {
            Feature gender = fields.length > 1 && fields[1].equals("die") ? Feature.FEMININE : Feature.MASCULINE;
            List<Morph> morphs = new ArrayList<>();
            for (Feature grammaticalCase : CASES) {
                morphs.add(new Morph(fields[0], Upos.PROPN, Set.of(Feature.GIVEN_NAME, grammaticalCase, gender,
                    Feature.SINGULAR, Feature.WITHOUT_ARTICLE)));
            }
            names.put(fields[0], List.copyOf(morphs));
        }
        return Map.copyOf(names);
    }

    @Override
    public List<Morph> readings(String form) {
        List<Morph> known = cache.get(form);
        if (known == null) {
            if (cache.size() >= CACHE_LIMIT) {
                cache.clear();
            }
            List<Morph> morphs = new ArrayList<>();
            for (Reading reading : dictionary.readings(form)) {
                morphs.add(GermanTags.morph(reading));
            }
            for (int at = form.indexOf("ss"); morphs.isEmpty() && at >= 0; at = form.indexOf("ss", at + 1)) {
                // "Gemäss", "ausserdem", "grösste": Swiss spelling, which writes no "ß"
                for (Reading reading : dictionary.readings(form.substring(0, at) + "ß" + form.substring(at + 2))) {
                    morphs.add(GermanTags.morph(reading));
                }
            }
            if (countries.containsKey(form) && morphs.stream().noneMatch(m -> m.has(Feature.COUNTRY))) {
                morphs.addAll(countries.get(form));
            }
            if (knownByOneName.containsKey(form) && morphs.stream().noneMatch(m -> m.has(Feature.GIVEN_NAME))) {
                morphs.addAll(knownByOneName.get(form));
            }
            known = List.copyOf(morphs);
            cache.put(form, known);
        }
        return known;
    }

    @Override
    public List<String> forms(String lemma, Upos upos, Set<Feature> features) {
        Set<String> forms = new LinkedHashSet<>();
        DictionaryLookup lookup = synthesis.get();
        for (Tag tag : tags) {
            if (tag.upos() == upos && tag.features().containsAll(features)) {
                for (WordData data : lookup.lookup(lemma + "|" + tag.text())) {
                    forms.add(data.getStem().toString());
                }
            }
        }
        return List.copyOf(forms);
    }
}
