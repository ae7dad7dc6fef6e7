package org.textquiz.nlp.de;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.textquiz.GermanAnalysis;
import org.textquiz.core.analysis.Feature;

/**
 * From Wikinews (dev split, hand-read set 123 for #13): "Was möchte … vorlegen? – Bolivien": LanguageTool's dictionary
 * knows Bolivia not at all and Switzerland only as a common noun, so no rule for countries reached them.
 */
class GermanCountriesTest {

    @Test
    void countriesTheDictionaryDoesNotTagAreCountries() {
        assertThat(GermanAnalysis.MORPHOLOGY.readings("Bolivien")).anyMatch(m -> m.has(Feature.COUNTRY)
            && m.has(Feature.WITHOUT_ARTICLE) && m.has(Feature.NEUTER) && m.has(Feature.NOMINATIVE));
        assertThat(GermanAnalysis.MORPHOLOGY.readings("Schweiz")).anyMatch(m -> m.has(Feature.COUNTRY)
            && m.has(Feature.FEMININE)).noneMatch(m -> m.has(Feature.WITHOUT_ARTICLE));
        assertThat(GermanAnalysis.MORPHOLOGY.readings("Philippinen")).anyMatch(m -> m.has(Feature.COUNTRY)
            && m.has(Feature.PLURAL));
    }

    @Test
    void theDictionarysOwnReadingsStay() {
        assertThat(GermanAnalysis.MORPHOLOGY.readings("Schweiz")).anyMatch(m -> m.upos() == org.textquiz.core.article.Upos.NOUN
            && !m.has(Feature.COUNTRY));
        assertThat(GermanAnalysis.MORPHOLOGY.readings("Venezuela")).allMatch(m -> m.lemma().equals("Venezuela"));
    }
}
