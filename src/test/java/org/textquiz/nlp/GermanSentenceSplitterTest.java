package org.textquiz.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.textquiz.GermanAnalysis;
import org.textquiz.core.article.Article;
import org.textquiz.core.article.Sentence;

class GermanSentenceSplitterTest {

    @Test
    void anOrdinalBeforeAMonthOrANounDoesNotEndTheSentence() {
        Article article = GermanAnalysis.analyze("Die Manager wurden am 20. Dezember 2004 verurteilt. "
            + "Er feierte seinen 3. Geburtstag im Zoo.");

        assertThat(article.sentences().map(Sentence::text)).containsExactly(
            "Die Manager wurden am 20. Dezember 2004 verurteilt.",
            "Er feierte seinen 3. Geburtstag im Zoo.");
    }

    @Test
    void aNumberAtTheEndOfASentenceStillEndsIt() {
        Article article = GermanAnalysis.analyze("Die Firma wurde 1855 gegründet und hatte Filialen in 12. "
            + "Die Zahl sank später.");

        assertThat(article.sentences().map(Sentence::text)).containsExactly(
            "Die Firma wurde 1855 gegründet und hatte Filialen in 12.",
            "Die Zahl sank später.");
    }
}
