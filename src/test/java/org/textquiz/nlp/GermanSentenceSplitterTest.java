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

    /** From Wikinews (test split of the quotation data), 2006: the splitter cut after the millionth. */
    @Test
    void aLargeOrdinalAfterItsArticleDoesNotEndTheSentence() {
        Article article = GermanAnalysis.analyze("Gut eine Woche nach dem 1.000.000. Artikel bei der englischsprachigen "
            + "Wikipedia konnte nun auch die spanischsprachige Wikipedia einen Meilenstein verzeichnen. Der 100.000. "
            + "Artikel wurde eingestellt. Die Auflage stieg auf 100.000. Leser gab es mehr denn je.");

        assertThat(article.sentences().map(Sentence::text)).containsExactly(
            "Gut eine Woche nach dem 1.000.000. Artikel bei der englischsprachigen Wikipedia konnte nun auch die "
                + "spanischsprachige Wikipedia einen Meilenstein verzeichnen.",
            "Der 100.000. Artikel wurde eingestellt.",
            "Die Auflage stieg auf 100.000.",
            "Leser gab es mehr denn je.");
    }

    /** From Wikinews (dev split of the quotation data, hand-read set 10 for #13): a team's number ends a sentence. */
    @Test
    void aRomanNumberBeforeAnArticleEndsTheSentence() {
        Article article = GermanAnalysis.analyze("Die fünften Plätze gingen hier an Frankreich, Großbritannien, "
            + "Madagaskar und Thailand I. Die deutschen Damen schieden in der zweiten Runde aus.");

        assertThat(article.sentences().map(Sentence::text)).containsExactly(
            "Die fünften Plätze gingen hier an Frankreich, Großbritannien, Madagaskar und Thailand I.",
            "Die deutschen Damen schieden in der zweiten Runde aus.");
    }

    /** From Wikinews (train split, hand-read set 33 for #13): a pope's number before a small word goes on. */
    @Test
    void aRomanNumberBeforeASmallWordGoesOn() {
        Article article = GermanAnalysis.analyze("Später sagte Angela Merkel vor der Presse, Benedikt XVI. habe mit "
            + "großem Respekt entschieden. Papst Coelestin V. war 1294 zurückgetreten, und 1415 trat Papst Gregor XII. "
            + "zurück.");

        assertThat(article.sentences().map(Sentence::text)).containsExactly(
            "Später sagte Angela Merkel vor der Presse, Benedikt XVI. habe mit großem Respekt entschieden.",
            "Papst Coelestin V. war 1294 zurückgetreten, und 1415 trat Papst Gregor XII. zurück.");
    }

    /** From Wikinews (train split, hand-read set 59 for #13): a small word after a quotation mark goes on too. */
    @Test
    void aRomanNumberBeforeAQuotationThatGoesOnGoesOn() {
        Article article = GermanAnalysis.analyze("Später sagte Bundeskanzlerin Angela Merkel vor der Presse, Benedikt "
            + "XVI. „ist und bleibt einer der bedeutendsten religiösen Denker unserer Zeit“. Es müsse respektiert werden.");

        assertThat(article.sentences().map(Sentence::text)).containsExactly(
            "Später sagte Bundeskanzlerin Angela Merkel vor der Presse, Benedikt XVI. „ist und bleibt einer der "
                + "bedeutendsten religiösen Denker unserer Zeit“.",
            "Es müsse respektiert werden.");
    }

    /** From the corpus (art_073, Der Standard): a dateline heads the first sentence and is no part of it. */
    @Test
    void aDatelineIsNoPartOfTheFirstSentence() {
        Article article = GermanAnalysis.analyze("Wien – Andrea Fraser ist eine der herausragendsten Vertreterinnen der "
            + "sogenannten Institutional Critique. Sie lebt in New York.");

        assertThat(article.sentences().map(Sentence::text)).containsExactly("Wien –",
            "Andrea Fraser ist eine der herausragendsten Vertreterinnen der sogenannten Institutional Critique.",
            "Sie lebt in New York.");
        assertThat(article.sentences().findFirst().orElseThrow().headline()).isTrue();
        assertThat(GermanAnalysis.analyze("Die Polizei – so heißt es – hat Fehler gemacht.").sentences())
            .hasSize(1);
    }

    /** From Wikinews (train split of the quotation data): paragraphs that lost the break between them. */
    @Test
    void aSentenceEndWithNoSpaceAfterItStillEndsTheSentence() {
        Article article = GermanAnalysis.analyze("„Die Ziele sind verpflichtend“, betonte Struck.Gleichzeitig legten "
            + "500 Rekruten ihr Gelöbnis ab. Das war auf www.Tagesschau.de zu lesen.");

        assertThat(article.sentences().map(Sentence::text)).containsExactly(
            "„Die Ziele sind verpflichtend“, betonte Struck.",
            "Gleichzeitig legten 500 Rekruten ihr Gelöbnis ab.",
            "Das war auf www.Tagesschau.de zu lesen.");
        assertThat(article.sentences().skip(1).findFirst().orElseThrow().tokens().get(0).text())
            .isEqualTo("Gleichzeitig");
    }

    /** From Wikinews (dev split of the quotation data, hand-read set 13 for #13). */
    @Test
    void anOrdinalAfterItsArticleContinuesTheSentence() {
        Article article = GermanAnalysis.analyze("Die Untersuchungen konzentrieren sich auf ein Dutzend Soldaten des 3. "
            + "Bataillons, des 1. Marineregiments. Sie dauern an.");

        assertThat(article.sentences().map(Sentence::text)).containsExactly(
            "Die Untersuchungen konzentrieren sich auf ein Dutzend Soldaten des 3. Bataillons, des 1. Marineregiments.",
            "Sie dauern an.");
    }

    /** From Wikinews (train split of the quotation data, hand-read set 58 for #13). */
    @Test
    void anOrdinalAfterAPrepositionAndItsArticleOrABracketContinuesTheSentence() {
        Article article = GermanAnalysis.analyze("Das Tor zum Sieg fiel kurz vor der Pause in der 44. Spielminute. "
            + "Ivo Ilicevic (1. FCK) und Cacau (VfB) bekamen Gelb zu sehen.");

        assertThat(article.sentences().map(Sentence::text)).containsExactly(
            "Das Tor zum Sieg fiel kurz vor der Pause in der 44. Spielminute.",
            "Ivo Ilicevic (1. FCK) und Cacau (VfB) bekamen Gelb zu sehen.");
    }

    /** From Wikinews (train split of the quotation data, hand-read set 58 for #13). */
    @Test
    void anAbbreviationThatNeverEndsASentenceContinuesIt() {
        Article article = GermanAnalysis.analyze("Die Gruppe Turkey Blocks berichtet, dass Wikipedia seit ca. 8 Uhr "
            + "blockiert ist. Die Gruppe überwacht die Internetzensur.");

        assertThat(article.sentences().map(Sentence::text)).containsExactly(
            "Die Gruppe Turkey Blocks berichtet, dass Wikipedia seit ca. 8 Uhr blockiert ist.",
            "Die Gruppe überwacht die Internetzensur.");
    }

    /** From DER STANDARD (hand-read set 107 for #13): "Mio." before the currency it counts ends no sentence. */
    @Test
    void anAbbreviatedMillionBeforeItsCurrencyContinuesTheSentence() {
        Article article = GermanAnalysis.analyze("Für 2016 peilt die VIG eine Verdoppelung des Ergebnisses auf bis zu "
            + "400 Mio. Euro an, wie erklärt wurde. Die Dividende sinkt.");

        assertThat(article.sentences().map(Sentence::text)).containsExactly(
            "Für 2016 peilt die VIG eine Verdoppelung des Ergebnisses auf bis zu 400 Mio. Euro an, wie erklärt wurde.",
            "Die Dividende sinkt.");
    }

    /** From DER STANDARD (hand-read set 108 for #13): a dateline whose dash lost the space after it. */
    @Test
    void aDatelineWithoutASpaceAfterItsDashIsItsOwn() {
        Article article = GermanAnalysis.analyze("Wien –Der Nationalrat ist im abgelaufenen Parlamentsjahr zu 48 "
            + "Sitzungen zusammengetreten.");

        assertThat(article.sentences().map(Sentence::text)).containsExactly("Wien –",
            "Der Nationalrat ist im abgelaufenen Parlamentsjahr zu 48 Sitzungen zusammengetreten.");
    }

    /**
     * From GermEval 2014 NER (test split, news, hand-read set 137 for #13): an agency in brackets closes a dateline
     * without a dash ("Was ist Barcelona Zivile Balciunaite?" was asked).
     */
    @Test
    void aDatelineClosedByItsAgencyIsItsOwn() {
        Article article = GermanAnalysis.analyze("Barcelona (DPA) Zivile Balciunaite ist die erste "
            + "Marathon-Europameisterin aus Litauen.");

        assertThat(article.sentences().map(Sentence::text)).containsExactly("Barcelona (DPA)",
            "Zivile Balciunaite ist die erste Marathon-Europameisterin aus Litauen.");
    }

    /** From DER STANDARD (hand-read set 110 for #13): a count's full stop before an article ends the sentence. */
    @Test
    void aNumbersFullStopBeforeAnArticleEndsTheSentence() {
        Article article = GermanAnalysis.analyze("Ursula Hofmeister wurde von 6 Redakteuren gewählt, Robert Friess von 3. "
            + "Das Ergebnis des Votums ist nicht bindend.");

        assertThat(article.sentences().map(Sentence::text)).containsExactly(
            "Ursula Hofmeister wurde von 6 Redakteuren gewählt, Robert Friess von 3.",
            "Das Ergebnis des Votums ist nicht bindend.");
    }

    /**
     * From GermEval 2014 NER (dev split, news, hand-read set 138 for #13): an ordinal after an adjective, before a
     * compound the dictionary does not list ("Wann erhalten die Angestellten … ein volles 13?" was asked).
     */
    @Test
    void anOrdinalAfterAnAdjectiveBeforeAnUnlistedCompoundContinuesTheSentence() {
        Article article = GermanAnalysis.analyze("Die Angestellten der Post erhalten wie gewohnt Anfang November ein "
            + "volles 13. Monatsgehalt - so wie es der Tarifvertrag vorsieht.");

        assertThat(article.sentences().map(Sentence::text)).hasSize(1);
    }

    /**
     * From DER STANDARD (10kGNAD test split, hand-read set 141 for #13): an ordinal after a preposition and "die" ("Was
     * geht … als großer Favorit in die 88?" was asked of "in die 88. Oscar-Verleihung am 28. Februar").
     */
    @Test
    void anOrdinalAfterAPrepositionAndDieContinuesTheSentence() {
        Article article = GermanAnalysis.analyze("The Revenant geht mit insgesamt zwölf Nominierungen als großer Favorit "
            + "in die 88. Oscar-Verleihung am 28. Februar. Der Film wurde bedacht.");

        assertThat(article.sentences().map(Sentence::text)).hasSize(2);
    }

    /**
     * From Klexikon ("Vitamin", dennlinger/klexikon test split, hand-read set 143 for #13): a vitamin's letter ends
     * the sentence, which ran on into the next and made "Vitamin E. Vitamin" a person's name; a person's initial after
     * a given name, or after "Herr", does not.
     */
    @Test
    void aThingsLetterAfterACommonNounEndsTheSentenceAndAnInitialDoesNot() {
        Article vitamins = GermanAnalysis.analyze("Auch Pflanzenöl und grünes Blattgemüse enthält Vitamin E. "
            + "Vitamin E heißt Tocopherol.");
        Article people = GermanAnalysis.analyze("Die Firma leitet seit 2010 Albert G. Müller. "
            + "Davor sprach Herr K. Schmidt mit ihm.");

        assertThat(vitamins.sentences().map(Sentence::text))
            .containsExactly("Auch Pflanzenöl und grünes Blattgemüse enthält Vitamin E.", "Vitamin E heißt Tocopherol.");
        assertThat(people.sentences().map(Sentence::text)).hasSize(2);
    }
}
