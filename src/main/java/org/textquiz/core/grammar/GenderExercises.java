package org.textquiz.core.grammar;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.textquiz.core.analysis.Feature;
import org.textquiz.core.analysis.Morph;
import org.textquiz.core.analysis.Morphology;
import org.textquiz.core.article.Sentence;
import org.textquiz.core.article.Token;
import org.textquiz.core.article.Upos;
import org.textquiz.core.question.Focus;
import org.textquiz.core.question.Question;

/**
 * Noun genders: der, die or das for a noun of the article, in its base form ("_____ Bündnis", answer "das").
 * Nouns the dictionary gives more than one gender or no singular are skipped.
 */
public final class GenderExercises implements ExerciseFinder {

    private static final Map<Feature, String> ARTICLES = Map.of(Feature.MASCULINE, "der", Feature.FEMININE, "die",
        Feature.NEUTER, "das");
    private static final Set<Feature> GENDERS = EnumSet.of(Feature.MASCULINE, Feature.FEMININE, Feature.NEUTER);

    private final Morphology morphology;

    public GenderExercises(Morphology morphology) {
        this.morphology = morphology;
    }

    @Override
    public Focus focus() {
        return Focus.GENDERS;
    }

    @Override
    public Optional<Exercise> exerciseAt(Sentence sentence, int index) {
        Token token = sentence.tokens().get(index);
        if (token.upos() != Upos.NOUN || !token.text().matches("\\p{Lu}\\p{Ll}+")) {
            return Optional.empty();
        }
        List<Morph> nouns = morphology.readings(token.text()).stream().filter(m -> m.upos() == Upos.NOUN).toList();
        Set<String> lemmas = nouns.stream().map(Morph::lemma).collect(Collectors.toSet());
        if (lemmas.size() != 1) {
            return Optional.empty();
        }
        String lemma = lemmas.iterator().next();
        Set<Feature> genders = morphology.readings(lemma).stream()
            .filter(m -> m.upos() == Upos.NOUN && m.lemma().equals(lemma))
            .flatMap(m -> m.features().stream()).filter(GENDERS::contains).collect(Collectors.toSet());
        boolean nominativeSingular = morphology.readings(lemma).stream().anyMatch(m -> m.upos() == Upos.NOUN
            && m.has(Feature.NOMINATIVE) && m.has(Feature.SINGULAR));
        if (genders.size() != 1 || !nominativeSingular || !lemma.matches("\\p{Lu}\\p{Ll}+")) {
            return Optional.empty();
        }
        Feature gender = genders.iterator().next();
        String answer = ARTICLES.get(gender);
        List<String> wrong = ARTICLES.values().stream().filter(a -> !a.equals(answer)).sorted().toList();
        return Optional.of(new Exercise(focus(), sentence, token.span(), Question.GAP + " " + lemma, answer, wrong,
            "der, die oder das", Agreement.german(gender), "NOUN"));
    }
}
