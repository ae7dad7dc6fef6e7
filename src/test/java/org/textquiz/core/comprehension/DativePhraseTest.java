package org.textquiz.core.comprehension;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.textquiz.GermanAnalysis;

class DativePhraseTest {

    private static Optional<String> dative(String nominative) {
        return DativePhrase.of(nominative, GermanAnalysis.MORPHOLOGY).map(d -> d[0]);
    }

    @Test
    void theArticleAdjectivesAndNounGoIntoTheDative() {
        assertThat(dative("der britische Fernsehsender")).contains("dem britischen Fernsehsender");
        assertThat(dative("die örtlichen Behörden")).contains("den örtlichen Behörden");
        assertThat(dative("die Ärzte")).contains("den Ärzten");
        assertThat(dative("der Präsident")).contains("dem Präsidenten");
        assertThat(dative("das Wissenschaftsministerium")).contains("dem Wissenschaftsministerium");
        assertThat(dative("Die Polizei")).contains("der Polizei");
    }

    @Test
    void whatFollowsTheNounStaysAsItIs() {
        assertThat(dative("ein Sprecher der Polizei")).contains("einem Sprecher der Polizei");
        assertThat(dative("eine Sprecherin des Ministeriums")).contains("einer Sprecherin des Ministeriums");
        assertThat(dative("die Zeitung The Guardian")).contains("der Zeitung The Guardian");
    }

    @Test
    void aCompoundTheDictionaryDoesNotKnowTakesItsLastPartsGender() {
        assertThat(dative("die Bahnpolizei")).contains("der Bahnpolizei");
        assertThat(dative("das Regieduo")).contains("dem Regieduo");
    }

    @Test
    void aPhraseItCannotDeclineIsLeftAlone() {
        assertThat(dative("Greenpeace")).isEmpty();
        assertThat(dative("die Grünen und die Linke")).isEmpty();
        assertThat(dative("die Xqzwtrk")).isEmpty();
    }
}
