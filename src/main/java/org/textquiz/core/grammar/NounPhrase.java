package org.textquiz.core.grammar;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.textquiz.core.analysis.Feature;
import org.textquiz.core.analysis.Morph;
import org.textquiz.core.analysis.Morphology;
import org.textquiz.core.article.Token;
import org.textquiz.core.article.Upos;

/**
 * A determiner (or none), adjectives and a noun in a row, with the case, gender and number their
 * dictionary readings share, narrowed by the cases a preposition right before it allows.
 *
 * @param determiner index of the determiner, or -1
 * @param noun index of the noun
 */
record NounPhrase(int determiner, List<Integer> adjectives, int noun, Set<Agreement> agreements) {

    /** The phrase whose determiner (or first adjective, when {@code start} is one) stands at {@code start}. */
    static Optional<NounPhrase> at(List<Token> tokens, int start, Morphology morphology) {
        return at(tokens, start, morphology, -1);
    }

    /**
     * The phrase at {@code start}, its agreements read from every member but the one at {@code left}, whose form
     * is what an exercise asks for; a determiner counts then too.
     */
    static Optional<NounPhrase> at(List<Token> tokens, int start, Morphology morphology, int left) {
        return build(tokens, start, morphology, left, true);
    }

    /** The phrase at {@code start} as its own words allow it, whatever the preposition before it governs. */
    static Optional<NounPhrase> alone(List<Token> tokens, int start, Morphology morphology) {
        return build(tokens, start, morphology, -1, false);
    }

    private static Optional<NounPhrase> build(List<Token> tokens, int start, Morphology morphology, int left,
                                              boolean governedByPreposition) {
        int i = start;
        int determiner = -1;
        if (tokens.get(i).upos() == Upos.DET) {
            determiner = i++;
        }
        List<Integer> adjectives = new ArrayList<>();
        while (i < tokens.size() && tokens.get(i).upos() == Upos.ADJ) {
            adjectives.add(i++);
        }
        if (i >= tokens.size() || !isNoun(tokens.get(i), morphology) || i + 1 < tokens.size()
            && (tokens.get(i + 1).upos() == Upos.NOUN || tokens.get(i + 1).text().startsWith("-"))) {
            return Optional.empty();
        }
        int noun = i;
        Set<Agreement> shared = new LinkedHashSet<>(Agreement.of(morphology.readings(tokens.get(noun).text()).stream()
            .filter(m -> m.upos() == Upos.NOUN || m.upos() == Upos.PROPN).toList()));
        if (left >= 0 && determiner >= 0) {
            shared.retainAll(Agreement.of(morphology.readings(tokens.get(determiner).text()).stream()
                .filter(m -> m.upos() == Upos.DET).toList()));
        }
        for (int adjective : adjectives) {
            if (adjective == left) {
                continue;
            }
            shared.retainAll(Agreement.of(morphology.readings(tokens.get(adjective).text()).stream()
                .filter(m -> m.upos() == Upos.ADJ).toList()));
        }
        Set<Feature> governed = governedByPreposition ? governedCases(tokens, start, morphology)
            : EnumSet.copyOf(Agreement.CASES);
        shared.removeIf(a -> !governed.contains(a.grammaticalCase()));
        return shared.isEmpty() ? Optional.empty() : Optional.of(new NounPhrase(determiner, adjectives, noun, shared));
    }

    /** A noun, or a word the tagger calls a name that the dictionary knows as a noun ("Montag"). */
    private static boolean isNoun(Token token, Morphology morphology) {
        return token.upos() == Upos.NOUN || token.upos() == Upos.PROPN
            && morphology.readings(token.text()).stream().anyMatch(m -> m.upos() == Upos.NOUN);
    }

    /** The cases the preposition right before the phrase allows; all four when there is none. */
    static Set<Feature> governedCases(List<Token> tokens, int start, Morphology morphology) {
        if (start == 0 || tokens.get(start - 1).upos() != Upos.ADP) {
            return EnumSet.copyOf(Agreement.CASES);
        }
        Set<Feature> cases = EnumSet.noneOf(Feature.class);
        for (Morph morph : morphology.readings(tokens.get(start - 1).text())) {
            if (morph.upos() == Upos.ADP) {
                morph.features().stream().filter(Agreement.CASES::contains).forEach(cases::add);
            }
        }
        return cases.isEmpty() ? EnumSet.copyOf(Agreement.CASES) : cases;
    }

    /** The agreements of a form read as {@code upos} with {@code lemma}. */
    static Set<Agreement> readings(String form, String lemma, Upos upos, Morphology morphology) {
        return Agreement.of(morphology.readings(form).stream()
            .filter(m -> m.upos() == upos && m.lemma().equals(lemma)).toList());
    }
}
