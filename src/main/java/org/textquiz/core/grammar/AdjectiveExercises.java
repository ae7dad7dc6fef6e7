package org.textquiz.core.grammar;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.textquiz.core.analysis.Feature;
import org.textquiz.core.analysis.Morph;
import org.textquiz.core.analysis.Morphology;
import org.textquiz.core.article.Sentence;
import org.textquiz.core.article.Span;
import org.textquiz.core.article.Token;
import org.textquiz.core.article.Upos;
import org.textquiz.core.question.Focus;
import org.textquiz.core.question.Question;

/**
 * Adjective endings: "die kürzlich__ Hinzufügung", answer "e". Only an attributive adjective whose ending the
 * dictionary confirms for the noun phrase (its case, gender and number, and the weak, mixed or strong
 * declension the determiner calls for), and only when no other ending would fit too.
 */
public final class AdjectiveExercises implements ExerciseFinder {

    static final List<String> ENDINGS = List.of("e", "en", "em", "er", "es");

    private final Morphology morphology;

    public AdjectiveExercises(Morphology morphology) {
        this.morphology = morphology;
    }

    @Override
    public Focus focus() {
        return Focus.ADJECTIVES;
    }

    @Override
    public Optional<Exercise> exerciseAt(Sentence sentence, int i) {
        List<Token> tokens = sentence.tokens();
        Token token = tokens.get(i);
        if (token.upos() != Upos.ADJ || !token.text().equals(token.text().toLowerCase())) {
            return Optional.empty();
        }
        int start = i > 0 && tokens.get(i - 1).upos() == Upos.DET ? i - 1 : i;
        Optional<NounPhrase> phrase = NounPhrase.at(tokens, start, morphology, i);
        if (phrase.isEmpty() || !phrase.get().adjectives().contains(i)) {
            return Optional.empty();
        }
        Set<Feature> declension = declension(tokens, phrase.get());
        Optional<Morph> reading = morphology.readings(token.text()).stream()
            .filter(m -> m.upos() == Upos.ADJ && token.text().startsWith(m.lemma()))
            .filter(m -> fits(m, phrase.get(), declension))
            .findFirst();
        if (reading.isEmpty()) {
            return Optional.empty();
        }
        String stem = reading.get().lemma();
        String ending = token.text().substring(stem.length());
        if (!ENDINGS.contains(ending)) {
            return Optional.empty();
        }
        List<String> wrong = new ArrayList<>();
        for (String other : ENDINGS) {
            if (other.equals(ending)) {
                continue;
            }
            boolean alsoFits = morphology.readings(stem + other).stream()
                .anyMatch(m -> m.upos() == Upos.ADJ && m.lemma().equals(stem) && fits(m, phrase.get(), declension));
            if (alsoFits) {
                return Optional.empty();
            }
            wrong.add(other);
        }
        Span gap = new Span(token.span().start() + stem.length(), token.span().end());
        String prompt = Gaps.replace(sentence, gap, Question.ENDING_GAP);
        Set<Agreement> agreements = new java.util.LinkedHashSet<>(Agreement.of(morphology.readings(token.text()).stream()
            .filter(m -> m.upos() == Upos.ADJ && m.lemma().equals(stem) && fits(m, phrase.get(), declension))
            .toList()));
        String note = Agreement.describe(agreements) + ", " + declensionName(declension);
        return Optional.of(new Exercise(focus(), sentence, gap, prompt, ending, wrong, note, note, "ADJ"));
    }

    private static boolean fits(Morph morph, NounPhrase phrase, Set<Feature> declension) {
        return Agreement.of(morph).filter(phrase.agreements()::contains).isPresent()
            && declension.stream().anyMatch(morph::has);
    }

    /**
     * Weak after a definite article, mixed after ein, kein and the possessives (weak in the plural), strong
     * without a determiner.
     */
    private Set<Feature> declension(List<Token> tokens, NounPhrase phrase) {
        if (phrase.determiner() < 0) {
            return EnumSet.of(Feature.STRONG);
        }
        List<Morph> determiner = morphology.readings(tokens.get(phrase.determiner()).text()).stream()
            .filter(m -> m.upos() == Upos.DET).toList();
        if (determiner.stream().anyMatch(m -> m.has(Feature.DEFINITE) || m.has(Feature.DEMONSTRATIVE))) {
            return EnumSet.of(Feature.WEAK);
        }
        return EnumSet.of(Feature.MIXED, Feature.WEAK);
    }

    private static String declensionName(Set<Feature> declension) {
        if (declension.equals(EnumSet.of(Feature.STRONG))) {
            return "starke Deklination (ohne Artikel)";
        }
        return declension.equals(EnumSet.of(Feature.WEAK)) ? "schwache Deklination (nach bestimmtem Artikel)"
            : "gemischte Deklination (nach ein, kein, mein …)";
    }
}
