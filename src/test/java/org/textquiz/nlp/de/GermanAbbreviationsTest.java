package org.textquiz.nlp.de;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.textquiz.nlp.OpenNlpTokenizer;

class GermanAbbreviationsTest {

    private static final GermanAbbreviations TOKENIZER =
        new GermanAbbreviations(new GermanOrdinals(new OpenNlpTokenizer()));

    private static List<String> tokens(String sentence) {
        return TOKENIZER.tokenize(sentence).stream().map(s -> s.cut(sentence)).toList();
    }

    /** From GermEval 2014 NER (test split, news, hand-read set 137 for #13): "10 Mrd . Dollar" was restated. */
    @Test
    void anAbbreviationKeepsItsFullStop() {
        assertThat(tokens("Am 14. Dezember 2009 stellte Abu Dhabi Dubai 10 Mrd. Dollar zur Verfügung."))
            .containsSubsequence("10", "Mrd.", "Dollar").endsWith("Verfügung", ".");
        assertThat(tokens("Er kam ca. 8 Uhr mit Prof. Meier bzw. der Nr. 5 und 3 Mio. Euro."))
            .contains("ca.", "Prof.", "bzw.", "Nr.", "Mio.").doesNotContain("ca", "Prof", "bzw", "Nr", "Mio");
    }

    /** "Art" is a word as well: only before a number is it the article of a law. */
    @Test
    void aWordThatIsAlsoAnAbbreviationStaysAWordBeforeAnotherWord() {
        assertThat(tokens("Das verstößt gegen Art. 5 des Grundgesetzes.")).contains("Art.");
        assertThat(tokens("Er sagte es auf seine Art. Dann ging er.")).doesNotContain("Art.");
    }

    /** The full stop that ends the sentence stays the sentence's end. */
    @Test
    void anAbbreviationAtTheEndLeavesTheSentenceItsFullStop() {
        assertThat(tokens("Sie kauften Äpfel, Birnen usw.")).endsWith("usw", ".");
    }
}
