package org.textquiz.nlp.de;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * German contractions of a preposition and an article, which Universal Dependencies treats as two words
 * ("zum" is "zu dem"), as the parser was trained on them.
 */
final class GermanContractions {

    private static final Map<String, List<String>> PARTS = Map.ofEntries(
        Map.entry("am", List.of("an", "dem")), Map.entry("ans", List.of("an", "das")),
        Map.entry("aufs", List.of("auf", "das")), Map.entry("beim", List.of("bei", "dem")),
        Map.entry("durchs", List.of("durch", "das")), Map.entry("fürs", List.of("für", "das")),
        Map.entry("hinterm", List.of("hinter", "dem")), Map.entry("hinters", List.of("hinter", "das")),
        Map.entry("im", List.of("in", "dem")), Map.entry("ins", List.of("in", "das")),
        Map.entry("ums", List.of("um", "das")), Map.entry("unterm", List.of("unter", "dem")),
        Map.entry("unters", List.of("unter", "das")), Map.entry("überm", List.of("über", "dem")),
        Map.entry("übers", List.of("über", "das")), Map.entry("vom", List.of("von", "dem")),
        Map.entry("vorm", List.of("vor", "dem")), Map.entry("vors", List.of("vor", "das")),
        Map.entry("zum", List.of("zu", "dem")), Map.entry("zur", List.of("zu", "der")));

    private GermanContractions() {
    }

    /** The preposition and the article a contraction stands for, in the case of the original; empty otherwise. */
    static Optional<List<String>> split(String token) {
        List<String> parts = PARTS.get(token.toLowerCase(Locale.GERMAN));
        if (parts == null) {
            return Optional.empty();
        }
        if (Character.isUpperCase(token.charAt(0))) {
            String first = parts.get(0);
            return Optional.of(List.of(Character.toUpperCase(first.charAt(0)) + first.substring(1), parts.get(1)));
        }
        return Optional.of(parts);
    }
}
