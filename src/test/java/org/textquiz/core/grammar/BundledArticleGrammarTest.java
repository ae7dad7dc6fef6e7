package org.textquiz.core.grammar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.textquiz.GermanAnalysis;
import org.textquiz.core.analysis.Morphology;
import org.textquiz.core.article.Article;
import org.textquiz.core.article.Sentence;

/** Exercises of the bundled article that a reviewer checked by hand, one or more per grammar mode. */
class BundledArticleGrammarTest {

    private static final Morphology MORPHOLOGY = GermanAnalysis.MORPHOLOGY;
    private final Article article = GermanAnalysis.bundled();
    private final Sentence first = article.sentences().filter(s -> s.text().startsWith("NATO-Generalsekretär"))
        .findFirst().orElseThrow();

    private static Exercise at(List<Exercise> exercises, String context) {
        return exercises.stream().filter(e -> e.prompt().contains(context)).findFirst()
            .orElseThrow(() -> new AssertionError("no exercise with \"" + context + "\" in " + exercises));
    }

    @Test
    void desBuendnissesIsGenitiveNeuterSingular() {
        Exercise des = at(new ArticleExercises(MORPHOLOGY).exercises(first), "als Chef _____ (d-) Bündnisses");

        assertThat(des.answer()).isEqualTo("des");
        assertThat(des.note()).isEqualTo("Genitiv, neutral, Singular");
        assertThat(des.wrong()).containsExactlyInAnyOrder("der", "die", "das", "den", "dem");
    }

    @Test
    void mitBundeskanzlerOlafScholzHasNoArticleToAskFor() {
        int mit = first.text().indexOf("mit Bundeskanzler");
        int scholz = first.text().indexOf("Scholz") + "Scholz".length();

        assertThat(new ArticleExercises(MORPHOLOGY).exercises(first))
            .noneMatch(e -> e.gap().start() - first.span().start() >= mit
                && e.gap().end() - first.span().start() <= scholz);
    }

    @Test
    void seinemBesuchLeavesOnlyFormsThatCannotBeDativeMasculine() {
        Exercise seinem = at(new ArticleExercises(MORPHOLOGY).exercises(first), "bei _____ (sein-) ersten Besuch");

        assertThat(seinem.answer()).isEqualTo("seinem");
        assertThat(seinem.note()).isEqualTo("Dativ, maskulin, Singular");
        assertThat(seinem.wrong()).contains("seine", "seinen", "seiner").doesNotContain("seinem");
    }

    @Test
    void amMontagIsADativeContractionAndTheChoicesCannotStandBeforeMontag() {
        Exercise am = at(new PrepositionExercises(MORPHOLOGY).exercises(first), "traf _____ Montag");

        assertThat(am.answer()).isEqualTo("am");
        assertThat(am.note()).isEqualTo("am + Dativ");
        assertThat(am.wrong()).containsExactly("zur", "ins", "ans", "aufs");
    }

    @Test
    void trafZusammenIsHintedWithTheSeparableVerbAndOffersNoOtherThirdPersonSingular() {
        Exercise traf = at(new VerbExercises(MORPHOLOGY).exercises(first), "Rutte _____ (zusammentreffen, Präteritum) am Montag");

        assertThat(traf.answer()).isEqualTo("traf");
        assertThat(traf.hint()).as("the tense is in the prompt, the person is the hint").isEqualTo("1./3. Person Singular");
        assertThat(traf.note()).isEqualTo("1./3. Person Singular Präteritum");
        assertThat(traf.wrong()).startsWith("trafen", "trafst", "getroffen").doesNotContain("trifft", "traf");
    }

    @Test
    void dieKuerzlicheHinzufuegungAsksForTheWeakEndingE() {
        Sentence second = article.sentences().filter(s -> s.text().contains("kürzliche Hinzufügung")).findFirst()
            .orElseThrow();

        Exercise ending = at(new AdjectiveExercises(MORPHOLOGY).exercises(second), "die kürzlich__ Hinzufügung");

        assertThat(ending.answer()).isEqualTo("e");
        assertThat(ending.note()).contains("feminin, Singular", "schwache Deklination");
        assertThat(ending.wrong()).containsExactlyInAnyOrder("en", "em", "er", "es");
    }

    @Test
    void bundeskanzlerIsMasculineAndBuendnisNeuter() {
        List<Exercise> genders = new GenderExercises(MORPHOLOGY).exercises(first);

        assertThat(at(genders, "_____ Bundeskanzler").answer()).isEqualTo("der");
        Exercise bundnis = at(genders, "_____ Bündnis");
        assertThat(bundnis.answer()).isEqualTo("das");
        assertThat(bundnis.note()).isEqualTo("neutral");
        assertThat(bundnis.wrong()).containsExactlyInAnyOrder("der", "die");
    }

    @Test
    void aNounOnlyUsedInThePluralGetsNoGenderExercise() {
        Sentence leute = GermanAnalysis.analyze("Die Leute in Berlin feiern am Wochenende ein großes Fest.")
            .sentences().findFirst().orElseThrow();

        assertThat(new GenderExercises(MORPHOLOGY).exercises(leute)).extracting(Exercise::prompt)
            .doesNotContain("_____ Leute").contains("_____ Fest");
    }

    @Test
    void aRangeOfNumbersAndAPostpositionAreNoPrepositionExercises() {
        Sentence text = GermanAnalysis.analyze("Die Kosten liegen bei 90 bis 120 Millionen Euro, seiner Meinung nach "
            + "die höchste Summe.").sentences().findFirst().orElseThrow();

        assertThat(new PrepositionExercises(MORPHOLOGY).exercises(text)).extracting(Exercise::answer)
            .contains("bei").doesNotContain("bis", "nach");
    }
}
