package org.textquiz.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class QuotationMarksTest {

    private static List<String> tokens(String text) {
        return new OpenNlpTokenizer().tokenize(text).stream().map(s -> s.cut(text)).toList();
    }

    @Test
    void germanQuotationMarksStandAloneAsTokens() {
        assertThat(tokens("Er sprach von einem „populistischen Wahlkampf“."))
            .containsExactly("Er", "sprach", "von", "einem", "„", "populistischen", "Wahlkampf", "“", ".");
        assertThat(tokens("»Nein«, sagte sie.")).containsExactly("»", "Nein", "«", ",", "sagte", "sie", ".");
    }

    @Test
    void anApostropheAfterALetterStaysWithItsWord() {
        assertThat(tokens("Mark O’Keefe und Hans’ Hund")).contains("O’Keefe", "Hans’");
    }

    @Test
    void theTaggerAndTheParserSeeQuotationMarksAsTheTreebankWritesThem() {
        assertThat(TreebankQuotes.of(List.of("„", "Ja", "“", ",", "sagte", "er", ".")))
            .containsExactly("``", "Ja", "''", ",", "sagte", "er", ".");
        assertThat(TreebankQuotes.of(List.of("\"", "Ja", "\"", "und", "\"", "Nein", "\"")))
            .containsExactly("``", "Ja", "''", "und", "``", "Nein", "''");
    }
}
