package org.textquiz.core.grammar;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.textquiz.core.analysis.Feature;
import org.textquiz.core.analysis.Morph;

/** Case, gender and number of a word in a noun phrase: the features its members must share. */
record Agreement(Feature grammaticalCase, Feature gender, Feature number) {

    static final Set<Feature> CASES = EnumSet.of(Feature.NOMINATIVE, Feature.GENITIVE, Feature.DATIVE,
        Feature.ACCUSATIVE);
    private static final Set<Feature> GENDERS = EnumSet.of(Feature.MASCULINE, Feature.FEMININE, Feature.NEUTER);
    private static final Set<Feature> NUMBERS = EnumSet.of(Feature.SINGULAR, Feature.PLURAL);

    /** The agreement a reading carries; empty when it lacks case, gender or number. */
    static Optional<Agreement> of(Morph morph) {
        Feature c = one(morph, CASES);
        Feature g = one(morph, GENDERS);
        Feature n = one(morph, NUMBERS);
        return c == null || g == null || n == null ? Optional.empty() : Optional.of(new Agreement(c, g, n));
    }

    static Set<Agreement> of(List<Morph> morphs) {
        Set<Agreement> all = new LinkedHashSet<>();
        morphs.forEach(m -> of(m).ifPresent(all::add));
        return all;
    }

    private static Feature one(Morph morph, Set<Feature> kind) {
        return kind.stream().filter(morph::has).findFirst().orElse(null);
    }

    /**
     * "Dativ, maskulin, Singular"; readings that differ only in case share the rest ("Nominativ oder Akkusativ,
     * feminin, Singular"), others are joined with " / ". The plural names no gender, as German has none there.
     */
    static String describe(Set<Agreement> agreements) {
        Map<String, List<String>> casesByRest = new LinkedHashMap<>();
        for (Agreement a : agreements.stream().sorted(java.util.Comparator.comparing(Agreement::number)
            .thenComparing(Agreement::grammaticalCase)).toList()) {
            String rest = a.number() == Feature.PLURAL ? german(Feature.PLURAL)
                : german(a.gender()) + ", " + german(a.number());
            List<String> cases = casesByRest.computeIfAbsent(rest, r -> new java.util.ArrayList<>());
            if (!cases.contains(german(a.grammaticalCase()))) {
                cases.add(german(a.grammaticalCase()));
            }
        }
        return casesByRest.entrySet().stream()
            .map(e -> String.join(" oder ", e.getValue()) + ", " + e.getKey())
            .collect(Collectors.joining(" / "));
    }

    static String german(Feature feature) {
        return switch (feature) {
            case NOMINATIVE -> "Nominativ";
            case GENITIVE -> "Genitiv";
            case DATIVE -> "Dativ";
            case ACCUSATIVE -> "Akkusativ";
            case MASCULINE -> "maskulin";
            case FEMININE -> "feminin";
            case NEUTER -> "neutral";
            case SINGULAR -> "Singular";
            case PLURAL -> "Plural";
            default -> feature.name().toLowerCase();
        };
    }
}
