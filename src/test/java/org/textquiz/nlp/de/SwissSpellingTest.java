package org.textquiz.nlp.de;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.textquiz.GermanAnalysis;
import org.textquiz.core.analysis.Feature;
import org.textquiz.core.article.Upos;

/**
 * From Wikipedia ("Bern", via dennlinger/klexikon, hand-read set 145 for #13): Swiss German writes "ss" for "ß", which
 * LanguageTool's dictionary does not know ("Wie viele Muslime leben Gemäss Volkszählung …?" kept a capital it took
 * for a name's).
 */
class SwissSpellingTest {

    @Test
    void aWordWrittenWithSsForSzHasTheReadingsOfItsSzSpelling() {
        assertThat(GermanAnalysis.MORPHOLOGY.readings("Gemäss")).anyMatch(m -> m.upos() == Upos.ADP);
        assertThat(GermanAnalysis.MORPHOLOGY.readings("ausserdem")).anyMatch(m -> m.upos() == Upos.ADV);
        assertThat(GermanAnalysis.MORPHOLOGY.readings("grösste")).anyMatch(m -> m.upos() == Upos.ADJ
            && m.lemma().equals("groß"));
    }

    @Test
    void aWordTheDictionaryKnowsWithSsKeepsItsOwnReadings() {
        assertThat(GermanAnalysis.MORPHOLOGY.readings("Schloss")).anyMatch(m -> m.lemma().equals("Schloss"));
        assertThat(GermanAnalysis.MORPHOLOGY.readings("Busse")).noneMatch(m -> m.lemma().equals("Buße"));
        assertThat(GermanAnalysis.MORPHOLOGY.readings("Fluss")).anyMatch(m -> m.has(Feature.MASCULINE));
    }
}
