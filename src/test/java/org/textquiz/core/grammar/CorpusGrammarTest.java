package org.textquiz.core.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.textquiz.CorpusSweep;
import org.textquiz.GermanAnalysis;
import org.textquiz.core.analysis.Feature;
import org.textquiz.core.analysis.Morph;
import org.textquiz.core.analysis.Morphology;
import org.textquiz.core.article.Article;
import org.textquiz.core.article.Sentence;
import org.textquiz.core.article.Token;
import org.textquiz.core.article.Upos;
import org.textquiz.core.question.Focus;

/**
 * Every grammar mode over every corpus article, each exercise checked again with the dictionary by rules
 * written here afresh: the key is what the dictionary says fits, and no wrong choice fits too.
 */
@CorpusSweep
class CorpusGrammarTest {

    private static final Morphology MORPHOLOGY = GermanAnalysis.MORPHOLOGY;
    private static final List<ExerciseFinder> FINDERS = List.of(new ArticleExercises(MORPHOLOGY),
        new PrepositionExercises(MORPHOLOGY), new VerbExercises(MORPHOLOGY), new AdjectiveExercises(MORPHOLOGY),
        new GenderExercises(MORPHOLOGY));
    private static final Set<Feature> CASES = EnumSet.of(Feature.NOMINATIVE, Feature.GENITIVE, Feature.DATIVE,
        Feature.ACCUSATIVE);

    private static final List<Exercise> EXERCISES = new ArrayList<>();

    @BeforeAll
    static void findAll() throws IOException {
        Map<String, Integer> counts = new TreeMap<>();
        for (Path file : GermanAnalysis.corpus()) {
            Article article = GermanAnalysis.analyze(Files.readString(file));
            for (Sentence sentence : article.sentences().toList()) {
                for (ExerciseFinder finder : FINDERS) {
                    List<Exercise> found = finder.exercises(sentence);
                    EXERCISES.addAll(found);
                    counts.merge(finder.focus().id(), found.size(), Integer::sum);
                }
            }
        }
        System.out.println("grammar exercises over the corpus, by mode: " + counts);
    }

    @Test
    void everyModeFindsExercisesInTheCorpus() {
        for (ExerciseFinder finder : FINDERS) {
            assertThat(EXERCISES).as(finder.focus().id()).anyMatch(e -> e.focus() == finder.focus());
        }
    }

    @Test
    void everyArticleExerciseNamesTheDeterminerAskedForSoThatOnlyOneFormIsRight() {
        List<Exercise> articles = EXERCISES.stream().filter(e -> e.focus() == Focus.ARTICLES).toList();
        assertThat(articles).hasSizeGreaterThan(500);
        for (Exercise exercise : articles) {
            java.util.regex.Matcher cue = java.util.regex.Pattern.compile("_____ \\((\\p{L}+)-\\)")
                .matcher(exercise.prompt());
            assertThat(cue.find()).as(exercise.prompt()).isTrue();
            String answer = exercise.answer().toLowerCase(java.util.Locale.GERMAN);
            String stem = cue.group(1);
            if (stem.equals("d")) {
                assertThat(answer).as(exercise.prompt()).isIn("der", "die", "das", "den", "dem", "des");
            } else {
                assertThat(answer).as(exercise.prompt()).startsWith(stem);
            }
            assertThat(exercise.wrong()).as(exercise.prompt())
                .allSatisfy(w -> assertThat(w.toLowerCase(java.util.Locale.GERMAN)).startsWith(stem));
        }
    }

    @Test
    void everyVerbExerciseShowsItsTenseBeforeTheLearnerAnswers() {
        for (Exercise exercise : EXERCISES.stream().filter(e -> e.focus() == Focus.VERBS).toList()) {
            assertThat(exercise.prompt()).as(exercise.prompt())
                .containsPattern("_____ \\(\\p{L}+, (Präsens|Präteritum|Konjunktiv I|Konjunktiv II)\\)");
            assertThat(exercise.note()).endsWith(exercise.prompt().replaceAll("(?s).*_____ \\(\\p{L}+, ([^)]+)\\).*", "$1"));
        }
    }

    @Test
    void theKeyIsTheTextAndEveryChoiceIsARealWordForm() {
        for (Exercise exercise : EXERCISES) {
            String gapText = exercise.gap().cut(textOf(exercise.sentence()));
            if (exercise.focus() != Focus.GENDERS) {
                assertThat(gapText).as(exercise.prompt()).isEqualTo(exercise.answer());
            }
            for (String wrong : exercise.wrong()) {
                String form = exercise.focus() == Focus.ADJECTIVES ? stem(exercise) + wrong : wrong;
                assertThat(MORPHOLOGY.readings(form)).as(form + " in " + exercise.prompt()).isNotEmpty();
            }
        }
    }

    @Test
    void anArticleFitsItsNounPhraseAndNoWrongChoiceDoes() {
        for (Exercise exercise : only(Focus.ARTICLES)) {
            Set<String> fit = phraseAgreements(exercise);
            assertThat(determinerAgreements(exercise.answer())).as(exercise.prompt()).containsAnyElementsOf(fit);
            for (String wrong : exercise.wrong()) {
                assertThat(determinerAgreements(wrong)).as(wrong + " in " + exercise.prompt())
                    .doesNotContainAnyElementsOf(fit);
            }
        }
    }

    @Test
    void aWrongVerbFormCannotAgreeWithTheSubjectOfTheRightOne() {
        for (Exercise exercise : only(Focus.VERBS)) {
            Set<String> personNumber = personNumbers(exercise.answer());
            assertThat(personNumber).as(exercise.prompt()).isNotEmpty();
            for (String wrong : exercise.wrong()) {
                assertThat(personNumbers(wrong)).as(wrong + " in " + exercise.prompt())
                    .doesNotContainAnyElementsOf(personNumber);
            }
        }
    }

    @Test
    void aWrongPrepositionCannotGovernTheCaseOfThePhraseAfterIt() {
        for (Exercise exercise : only(Focus.PREPOSITIONS)) {
            assertThat(MORPHOLOGY.readings(exercise.answer())).as(exercise.prompt()).anyMatch(m -> m.upos() == Upos.ADP);
            List<Token> tokens = exercise.sentence().tokens();
            int gap = indexOf(exercise);
            Set<String> phrase = nounAgreements(tokens, gap + 1);
            for (String wrong : exercise.wrong()) {
                Set<Feature> governs = EnumSet.noneOf(Feature.class);
                MORPHOLOGY.readings(wrong).stream().filter(m -> m.upos() == Upos.ADP)
                    .forEach(m -> m.features().stream().filter(CASES::contains).forEach(governs::add));
                boolean contracted = Set.of("am", "im", "zum", "zur", "vom", "beim", "ins", "ans", "aufs").contains(wrong);
                if (!contracted) {
                    assertThat(phrase.stream().map(a -> a.split("/")[0]).anyMatch(c -> governs.toString().contains(c)))
                        .as(wrong + " in " + exercise.prompt()).isFalse();
                }
            }
        }
    }

    @Test
    void anAdjectiveEndingIsTheOnlyOneThatFits() {
        for (Exercise exercise : only(Focus.ADJECTIVES)) {
            String stem = stem(exercise);
            assertThat(MORPHOLOGY.readings(stem + exercise.answer())).as(exercise.prompt())
                .anyMatch(m -> m.upos() == Upos.ADJ && m.lemma().equals(stem));
            assertThat(AdjectiveExercises.ENDINGS).contains(exercise.answer());
            assertThat(exercise.wrong()).containsExactlyInAnyOrderElementsOf(AdjectiveExercises.ENDINGS.stream()
                .filter(e -> !e.equals(exercise.answer())).toList());
        }
    }

    @Test
    void aGenderIsTheNounsOnlyOneAndTheOtherArticlesAreTheChoices() {
        for (Exercise exercise : only(Focus.GENDERS)) {
            String noun = exercise.prompt().substring(exercise.prompt().indexOf(' ') + 1);
            Set<Feature> genders = EnumSet.noneOf(Feature.class);
            MORPHOLOGY.readings(noun).stream().filter(m -> m.upos() == Upos.NOUN && m.lemma().equals(noun))
                .forEach(m -> m.features().stream()
                    .filter(EnumSet.of(Feature.MASCULINE, Feature.FEMININE, Feature.NEUTER)::contains)
                    .forEach(genders::add));
            assertThat(genders).as(noun).hasSize(1);
            String article = Map.of(Feature.MASCULINE, "der", Feature.FEMININE, "die", Feature.NEUTER, "das")
                .get(genders.iterator().next());
            assertThat(exercise.answer()).as(noun).isEqualTo(article);
            assertThat(exercise.wrong()).containsExactlyInAnyOrderElementsOf(
                new HashSet<>(Set.of("der", "die", "das")).stream().filter(a -> !a.equals(article)).toList());
        }
    }

    private static List<Exercise> only(Focus focus) {
        List<Exercise> some = EXERCISES.stream().filter(e -> e.focus() == focus).toList();
        assertThat(some).as(focus.id()).isNotEmpty();
        return some;
    }

    private static String textOf(Sentence sentence) {
        return " ".repeat(sentence.span().start()) + sentence.text();
    }

    private static String stem(Exercise exercise) {
        Token token = exercise.sentence().tokens().get(indexOf(exercise));
        return token.text().substring(0, token.text().length() - exercise.answer().length());
    }

    private static int indexOf(Exercise exercise) {
        List<Token> tokens = exercise.sentence().tokens();
        for (int i = 0; i < tokens.size(); i++) {
            if (tokens.get(i).span().contains(exercise.gap())) {
                return i;
            }
        }
        throw new AssertionError("no token holds the gap of " + exercise.prompt());
    }

    /** "DATIVE/MASCULINE/SINGULAR" for each reading of the noun (and its adjectives) after the gap. */
    private static Set<String> phraseAgreements(Exercise exercise) {
        List<Token> tokens = exercise.sentence().tokens();
        int gap = indexOf(exercise);
        Set<String> fit = nounAgreements(tokens, gap + 1);
        if (gap > 0 && tokens.get(gap - 1).upos() == Upos.ADP) {
            Set<Feature> governs = EnumSet.noneOf(Feature.class);
            MORPHOLOGY.readings(tokens.get(gap - 1).text()).stream().filter(m -> m.upos() == Upos.ADP)
                .forEach(m -> m.features().stream().filter(CASES::contains).forEach(governs::add));
            if (!governs.isEmpty()) {
                fit.removeIf(a -> !governs.contains(Feature.valueOf(a.split("/")[0])));
            }
        }
        return fit;
    }

    private static Set<String> nounAgreements(List<Token> tokens, int from) {
        int i = from;
        Set<String> fit = null;
        while (i < tokens.size() && (tokens.get(i).upos() == Upos.ADJ || tokens.get(i).upos() == Upos.DET)) {
            i++;
        }
        if (i < tokens.size()) {
            fit = agreements(MORPHOLOGY.readings(tokens.get(i).text()).stream()
                .filter(m -> m.upos() == Upos.NOUN || m.upos() == Upos.PROPN).toList());
            for (int a = from; a < i; a++) {
                Upos upos = tokens.get(a).upos();
                fit.retainAll(agreements(MORPHOLOGY.readings(tokens.get(a).text()).stream()
                    .filter(m -> m.upos() == upos).toList()));
            }
        }
        return fit == null ? new HashSet<>() : fit;
    }

    private static Set<String> determinerAgreements(String form) {
        return agreements(MORPHOLOGY.readings(form).stream().filter(m -> m.upos() == Upos.DET).toList());
    }

    private static Set<String> agreements(List<Morph> morphs) {
        Set<String> all = new HashSet<>();
        for (Morph m : morphs) {
            Feature c = CASES.stream().filter(m::has).findFirst().orElse(null);
            Feature g = EnumSet.of(Feature.MASCULINE, Feature.FEMININE, Feature.NEUTER).stream().filter(m::has)
                .findFirst().orElse(null);
            Feature n = m.has(Feature.PLURAL) ? Feature.PLURAL : m.has(Feature.SINGULAR) ? Feature.SINGULAR : null;
            if (c != null && g != null && n != null) {
                all.add(c + "/" + g + "/" + n);
            }
        }
        return all;
    }

    private static Set<String> personNumbers(String form) {
        Set<String> all = new HashSet<>();
        for (Morph m : MORPHOLOGY.readings(form)) {
            if (m.has(Feature.FINITE)) {
                String person = m.has(Feature.FIRST_PERSON) ? "1" : m.has(Feature.SECOND_PERSON) ? "2" : "3";
                all.add(person + (m.has(Feature.PLURAL) ? "p" : "s"));
            }
        }
        return all;
    }
}
