package org.textquiz.core.comprehension;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.textquiz.core.analysis.Feature;
import org.textquiz.core.analysis.Morph;
import org.textquiz.core.analysis.Morphology;
import org.textquiz.core.article.Upos;

/**
 * A noun phrase in the nominative put in the dative, as "laut" asks: "die Bahnpolizei" gives "der Bahnpolizei", "der
 * britische Fernsehsender" gives "dem britischen Fernsehsender", "ein Sprecher des Ministeriums" gives "einem Sprecher
 * des Ministeriums". Only an article, adjectives and a noun the dictionary knows in one gender and number change; what
 * follows them (a genitive, a name) stays as it is. Empty for anything else, which a question then leaves unasked.
 */
final class DativePhrase {

    /** The article, with the gender and number it tells, and its dative. */
    private record Article(Set<Feature> agreement, String dative) {
    }

    private static final Map<String, List<Article>> ARTICLES = Map.of(
        "der", List.of(new Article(EnumSet.of(Feature.MASCULINE, Feature.SINGULAR), "dem")),
        "das", List.of(new Article(EnumSet.of(Feature.NEUTER, Feature.SINGULAR), "dem")),
        "die", List.of(new Article(EnumSet.of(Feature.FEMININE, Feature.SINGULAR), "der"),
            new Article(EnumSet.of(Feature.PLURAL), "den")),
        "ein", List.of(new Article(EnumSet.of(Feature.MASCULINE, Feature.SINGULAR), "einem"),
            new Article(EnumSet.of(Feature.NEUTER, Feature.SINGULAR), "einem")),
        "eine", List.of(new Article(EnumSet.of(Feature.FEMININE, Feature.SINGULAR), "einer")));

    /** What may follow the noun unchanged: a genitive, or nothing that needs a case. */
    private static final Set<String> GENITIVE_ARTICLES = Set.of("des", "der", "eines", "einer");

    private DativePhrase() {
    }

    /** The phrase in the dative, and the noun it is about; empty when the phrase is not one this can put there. */
    static Optional<String[]> of(String nominative, Morphology morphology) {
        String[] words = nominative.strip().split("\\s+");
        List<Article> articles = ARTICLES.getOrDefault(Words.lower(words[0]), List.of());
        if (articles.isEmpty() || words.length < 2) {
            return Optional.empty();
        }
        int noun = 1;
        while (noun < words.length && !Words.capitalised(words[noun])) {
            noun++;
        }
        if (noun >= words.length || noun + 1 < words.length && !followsUnchanged(words, noun + 1)) {
            return Optional.empty();
        }
        Optional<Declined> declined = declined(words[noun], articles, morphology);
        for (int at = 1; declined.isEmpty() && at <= words[noun].length() - MIN_LAST_PART; at++) {
            String last = words[noun].substring(at);
            if (Character.isLowerCase(last.charAt(0))) {
                String first = words[noun].substring(0, at);
                declined = declined(Words.capitalise(last), articles, morphology)
                    .map(d -> new Declined(d.article(), first + Words.lower(d.noun())));
            }
        }
        if (declined.isEmpty()) {
            return Optional.empty();
        }
        Article article = declined.get().article();
        List<String> phrase = new ArrayList<>();
        // after "laut", never at the start of a sentence
        phrase.add(article.dative());
        for (int w = 1; w < noun; w++) {
            Optional<String> adjective = weakDative(words[w]);
            if (adjective.isEmpty()) {
                return Optional.empty();
            }
            phrase.add(adjective.get());
        }
        phrase.add(declined.get().noun());
        phrase.addAll(List.of(words).subList(noun + 1, words.length));
        return Optional.of(new String[] {String.join(" ", phrase), words[noun]});
    }

    /** The article the noun agrees with and the noun in the dative. */
    private record Declined(Article article, String noun) {
    }

    /** The noun in the dative with the one article it agrees with; empty when it agrees with none or with two. */
    private static Optional<Declined> declined(String noun, List<Article> articles, Morphology morphology) {
        List<Morph> readings = morphology.readings(noun).stream()
            .filter(m -> m.upos() == Upos.NOUN && m.has(Feature.NOMINATIVE)).toList();
        List<Article> agreeing = articles.stream()
            .filter(a -> readings.stream().anyMatch(m -> m.features().containsAll(a.agreement()))).toList();
        if (agreeing.size() != 1) {
            return Optional.empty();
        }
        Article article = agreeing.get(0);
        Set<Feature> wanted = EnumSet.of(Feature.DATIVE);
        wanted.addAll(article.agreement());
        return readings.stream().filter(m -> m.features().containsAll(article.agreement()))
            .map(m -> morphology.forms(m.lemma(), Upos.NOUN, wanted)).filter(forms -> !forms.isEmpty())
            .map(forms -> new Declined(article, forms.contains(noun) ? noun : forms.get(0))).findFirst();
    }

    /** The shortest last part of a compound taken for its head noun ("Amt" in "Bezirksamt"). */
    private static final int MIN_LAST_PART = 3;

    /** A genitive ("des Ministeriums") or a name ("The Guardian", "BBC") after the noun. */
    private static boolean followsUnchanged(String[] words, int from) {
        return GENITIVE_ARTICLES.contains(words[from]) || Words.capitalised(words[from]);
    }

    /** After an article in the dative every adjective ends in "-en": "britische", "britischer" give "britischen". */
    private static Optional<String> weakDative(String adjective) {
        if (!adjective.matches("\\p{Ll}[\\p{L}-]*")) {
            return Optional.empty();
        }
        if (adjective.endsWith("en")) {
            return Optional.of(adjective);
        }
        if (adjective.endsWith("e")) {
            return Optional.of(adjective + "n");
        }
        if (adjective.endsWith("er") || adjective.endsWith("es")) {
            return Optional.of(adjective.substring(0, adjective.length() - 2) + "en");
        }
        return Optional.empty();
    }
}
