package org.textquiz.nlp.de;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.textquiz.GermanAnalysis;
import org.textquiz.core.analysis.Feature;

/**
 * From Klexikon ("Maria (Mutter von Jesus)", hand-read set 150 for #13): "Was wurde getötet? – Jesus": LanguageTool's
 * dictionary knows "Jesus" by no given name, and "Platon" not at all, so no rule for people reached them.
 */
class KnownByOneNameTest {

    @Test
    void peopleKnownByOneNameHaveAGivenName() {
        assertThat(GermanAnalysis.MORPHOLOGY.readings("Jesus")).anyMatch(m -> m.has(Feature.GIVEN_NAME)
            && m.has(Feature.MASCULINE) && m.has(Feature.NOMINATIVE) && m.has(Feature.WITHOUT_ARTICLE));
        assertThat(GermanAnalysis.MORPHOLOGY.readings("Kleopatra")).anyMatch(m -> m.has(Feature.GIVEN_NAME)
            && m.has(Feature.FEMININE));
    }

    @Test
    void theDictionarysOwnGivenNamesStayAsTheyAre() {
        assertThat(GermanAnalysis.MORPHOLOGY.readings("Maria")).allMatch(m -> m.lemma().equals("Maria"))
            .anyMatch(m -> m.has(Feature.MASCULINE));
        assertThat(GermanAnalysis.MORPHOLOGY.readings("Buddha")).noneMatch(m -> m.has(Feature.GIVEN_NAME));
    }
}
