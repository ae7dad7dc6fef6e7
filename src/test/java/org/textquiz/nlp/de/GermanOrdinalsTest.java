package org.textquiz.nlp.de;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.textquiz.nlp.OpenNlpTokenizer;

class GermanOrdinalsTest {

    private static final GermanOrdinals TOKENIZER = new GermanOrdinals(new OpenNlpTokenizer());

    private static List<String> tokens(String sentence) {
        return TOKENIZER.tokenize(sentence).stream().map(s -> s.cut(sentence)).toList();
    }

    /** The treebank writes an ordinal as one word, "22.", which the tagger and the parser were trained on. */
    @Test
    void anOrdinalInsideASentenceKeepsItsFullStop() {
        assertThat(tokens("Er kam am 22. Oktober 2005 nach Berlin."))
            .containsExactly("Er", "kam", "am", "22.", "Oktober", "2005", "nach", "Berlin", ".");
        assertThat(tokens("in der Nacht vom 26. auf den 27. Februar")).contains("26.", "27.");
        assertThat(tokens("Der 1. FC Nürnberg verlor.")).contains("1.");
    }

    /** What ends the sentence, a year, a count with thousands or a time of day is no ordinal. */
    @Test
    void aNumberAtTheEndAYearAndATimeStayAsTheyWere() {
        assertThat(tokens("Im Schatten des Zuckerhutes feiert Oscar Niemeyer seinen 100."))
            .endsWith("100", ".");
        assertThat(tokens("Das war 2005.")).endsWith("2005", ".");
        assertThat(tokens("Um 12.30 Uhr begann es.")).contains("12.30");
        assertThat(tokens("Es kamen 8.000. Dann gingen sie.")).doesNotContain("000.");
    }
}
