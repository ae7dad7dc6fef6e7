package org.textquiz.core.comprehension;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.textquiz.GermanAnalysis;
import org.textquiz.core.article.Article;
import org.textquiz.core.question.Question;
import org.textquiz.core.question.QuoteQuestion;
import org.textquiz.core.question.TrueFalseQuestion;

/** Each comprehension generator on short texts that show one rule at a time. */
class ComprehensionGeneratorsTest {

    private static final Random SEED = new Random(1);

    private static List<Question> wh(String text) {
        return new WhGenerator(GermanAnalysis.MORPHOLOGY).questions(GermanAnalysis.analyze(text), SEED);
    }

    /** Who-said-what questions with the parser, reported speech included. */
    private static List<Question> parsedQuotes(String text) {
        return new QuoteGenerator(GermanAnalysis.MORPHOLOGY, GermanAnalysis.PARSER).questions(GermanAnalysis.analyze(text),
            new Random(1));
    }

    private static List<Question> quotes(String text) {
        return new QuoteGenerator(GermanAnalysis.MORPHOLOGY).questions(GermanAnalysis.analyze(text), SEED);
    }

    @Test
    void aWQuestionPutsTheVerbSecondAndAcceptsTheHeadWord() {
        List<Question> questions = wh("Bundeskanzlerin Angela Merkel besuchte am Dienstag in Paris "
            + "den französischen Präsidenten Emmanuel Macron.");

        assertThat(questions).extracting(Question::prompt).contains(
            "Wann besuchte Bundeskanzlerin Angela Merkel in Paris den französischen Präsidenten Emmanuel Macron?",
            "Wo besuchte Bundeskanzlerin Angela Merkel am Dienstag den französischen Präsidenten Emmanuel Macron?",
            "Wer besuchte am Dienstag in Paris den französischen Präsidenten Emmanuel Macron?");
        Question when = questions.stream().filter(q -> q.prompt().startsWith("Wann")).findFirst().orElseThrow();
        assertThat(when.answers()).containsExactly("am Dienstag", "Dienstag");
    }

    @Test
    void aCountedPluralGivesHowManyWithTheNumberInEitherSpelling() {
        List<Question> questions = wh("Die Armee schickte 8.000 Soldaten an die Grenze.");

        Question howMany = questions.stream().filter(q -> q.prompt().startsWith("Wie viele")).findFirst().orElseThrow();
        assertThat(howMany.prompt()).isEqualTo("Wie viele Soldaten schickte die Armee an die Grenze?");
        assertThat(howMany.answers()).contains("8.000", "8000");
    }

    @Test
    void aSentenceWhoseSubjectIsAPronounGivesNoWQuestion() {
        assertThat(wh("Er traf am Montag in Berlin den Kanzler Olaf Scholz.")).isEmpty();
    }

    @Test
    void aDayThatBelongsToANounIsNotAskedWithWann() {
        assertThat(wh("Die Minister erwähnten die Wahlen am Dienstag in den USA nicht."))
            .extracting(Question::prompt).noneMatch(p -> p.startsWith("Wann"));
    }

    @Test
    void aPronounSpeakerIsTheLastPersonNamedAsSpeaker() {
        List<Question> questions = quotes("""
            Olaf Scholz sprach am Montag in Berlin. Mark Rutte sagte, die Ausgaben seien zu niedrig. \
            „Wir müssen alle mehr investieren als bisher“, fügte er hinzu.""");

        assertThat(questions).singleElement().satisfies(q -> {
            assertThat(q.prompt()).isEqualTo("Wer sagte: „Wir müssen alle mehr investieren als bisher“?");
            assertThat(q.answers()).containsExactly("Mark Rutte", "Rutte");
            assertThat(((QuoteQuestion) q).choices()).containsExactlyInAnyOrder("Mark Rutte", "Olaf Scholz");
        });
    }

    @Test
    void theNextSentenceMayNameTheSpeaker() {
        List<Question> questions = quotes("""
            Olaf Scholz und Mark Rutte trafen sich am Montag in Berlin.             „Wir müssen alle mehr für die Verteidigung investieren als bisher.“ Das sagte Rutte nach dem Treffen.""");

        assertThat(questions).singleElement().satisfies(q ->
            assertThat(q.answers()).containsExactly("Mark Rutte", "Rutte"));
    }

    @Test
    void aQuoteWhoseSpeakerCannotBeFoundIsDropped() {
        assertThat(quotes("""
            Olaf Scholz und Mark Rutte trafen sich in Berlin. \
            „Wir müssen alle mehr investieren als bisher“, hieß es aus Regierungskreisen.""")).isEmpty();
    }

    @Test
    void aLongQuoteIsShortenedAtAWordBoundary() {
        String words = "eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn vierzehn fünfzehn "
            + "sechzehn siebzehn achtzehn neunzehn zwanzig einundzwanzig zweiundzwanzig dreiundzwanzig "
            + "vierundzwanzig fünfundzwanzig sechsundzwanzig";
        assertThat(QuoteGenerator.shortened("Wir zählen " + words))
            .endsWith("dreiundzwanzig …").doesNotContain("vierundzwanzig");
    }

    @Test
    void aFalseStatementSwapsOneFactForAnotherOfTheArticle() {
        Article article = GermanAnalysis.analyze("""
            Am Montag besuchte Olaf Scholz die Stadt Hamburg. \
            Am Dienstag eröffnete Mark Rutte eine Konferenz über Sicherheit in Brüssel.""");

        List<Question> statements = new java.util.ArrayList<>();
        for (int seed = 0; seed < 20; seed++) {
            statements.addAll(new TrueFalseGenerator(GermanAnalysis.MORPHOLOGY).questions(article, new Random(seed)));
        }

        assertThat(statements).filteredOn(q -> !((TrueFalseQuestion) q).isTrue()).isNotEmpty()
            .allSatisfy(q -> assertThat(q.prompt()).isIn(
                "Am Dienstag besuchte Olaf Scholz die Stadt Hamburg.",
                "Am Montag besuchte Mark Rutte die Stadt Hamburg.",
                "Am Montag eröffnete Mark Rutte eine Konferenz über Sicherheit in Brüssel.",
                "Am Dienstag eröffnete Olaf Scholz eine Konferenz über Sicherheit in Brüssel.",
                "Am Montag besuchte Olaf Scholz die Stadt Brüssel.",
                "Am Dienstag eröffnete Mark Rutte eine Konferenz über Sicherheit in Hamburg."));
    }

    /** From the corpus (art_006): a sentence the generator cannot restate is falsified whichever way its coin fell. */
    @Test
    void aSentenceThatCannotBeRestatedIsFalsifiedInstead() {
        Article article = GermanAnalysis.analyze("""
            In Jena gibt es heute noch vier alte unsanierte Bahnhöfe. \
            Der Bahnhof in Erfurt wurde im Jahr 2008 saniert.""");
        TrueFalseGenerator generator = new TrueFalseGenerator(GermanAnalysis.MORPHOLOGY, GermanAnalysis.FIELDS,
            GermanAnalysis.PARSER);

        for (int seed = 0; seed < 10; seed++) {
            assertThat(generator.questions(article, new Random(seed))).as("seed %d", seed)
                .anySatisfy(q -> assertThat(q.prompt()).isEqualTo("In Erfurt gibt es heute noch vier alte unsanierte Bahnhöfe."));
        }
    }

    /** From Wikinews (train split, hand-read set 77 for #13). */
    @Test
    void noManIsSwappedInBeforeAWomansRoleNorIntoWhatIsNotKnown() {
        Article article = GermanAnalysis.analyze("""
            Die Ankündigung erfolgte durch Shana Dale, eine NASA-Sprecherin, in Houston. \
            Ob Michael Schumacher seinen Vertrag noch einmal verlängern wird, ist derzeit noch nicht bekannt. \
            Präsident George W. Bush hatte das Programm im Jahr 2004 in Washington angekündigt. \
            Der Franzose Jean Todt lobte das Team in Maranello.""");
        TrueFalseGenerator generator = new TrueFalseGenerator(GermanAnalysis.MORPHOLOGY, GermanAnalysis.FIELDS,
            GermanAnalysis.PARSER);
        List<Question> statements = new java.util.ArrayList<>();
        for (int seed = 0; seed < 30; seed++) {
            statements.addAll(generator.questions(article, new Random(seed)));
        }

        assertThat(statements).filteredOn(q -> !((TrueFalseQuestion) q).isTrue()).extracting(Question::prompt)
            .noneMatch(p -> p.contains("Bush, eine") || p.contains("Todt, eine") || p.startsWith("Ob "))
            .anyMatch(p -> p.contains("Maranello"));
    }

    /**
     * From the corpus (art_026, art_027, art_069, art_073): a count the article gives no other of is doubled, or
     * halved; a lone year is put three years earlier, a lone weekday three days and a lone month three months later.
     */
    @Test
    void aCountWithoutAnotherOfItsKindIsAlteredTheWayThatKeepsItFalse() {
        assertThat(TrueFalseGenerator.altered(new Fact(Fact.Kind.NUMBER, "200", 5, 6, "Kilometer", Fact.Bound.AT_MOST)))
            .contains("100");
        assertThat(TrueFalseGenerator.altered(new Fact(Fact.Kind.NUMBER, "200", 5, 6, "Mensch", Fact.Bound.AT_LEAST)))
            .contains("400");
        assertThat(TrueFalseGenerator.altered(new Fact(Fact.Kind.NUMBER, "15.300", 5, 6, "Tankstelle",
            Fact.Bound.EXACT))).contains("30.600");
        assertThat(TrueFalseGenerator.altered(new Fact(Fact.Kind.PERCENT, "95", 1, 2, "Prozent", Fact.Bound.EXACT)))
            .contains("47");
        assertThat(TrueFalseGenerator.altered(new Fact(Fact.Kind.PERCENT, "95", 1, 2, "Prozent", Fact.Bound.AT_LEAST)))
            .isEmpty();
        assertThat(TrueFalseGenerator.altered(new Fact(Fact.Kind.NUMBER, "196", 1, 2, "Grad", Fact.Bound.EXACT)))
            .isEmpty();
        assertThat(TrueFalseGenerator.altered(new Fact(Fact.Kind.NUMBER, "64", 1, 2, "", Fact.Bound.EXACT))).isEmpty();
        assertThat(TrueFalseGenerator.altered(new Fact(Fact.Kind.NUMBER, "11", 1, 2, "Uhr", Fact.Bound.EXACT))).isEmpty();
        assertThat(TrueFalseGenerator.altered(new Fact(Fact.Kind.YEAR, "2014", 3, 4))).contains("2011");
        assertThat(TrueFalseGenerator.altered(new Fact(Fact.Kind.WEEKDAY, "Freitag", 1, 2))).contains("Montag");
        assertThat(TrueFalseGenerator.altered(new Fact(Fact.Kind.MONTH, "Oktober", 1, 2))).contains("Januar");
        // DER STANDARD (hand-read set 104): "vor 154 Jahren" at an ice hockey world cup, "auf die 130 Jahre der Männer"
        assertThat(TrueFalseGenerator.altered(new Fact(Fact.Kind.NUMBER, "77", 1, 2, "Jahr", Fact.Bound.EXACT))).isEmpty();
        assertThat(TrueFalseGenerator.altered(new Fact(Fact.Kind.NUMBER, "12", 1, 2, "Jahr", Fact.Bound.EXACT)))
            .contains("24");

        Article article = GermanAnalysis.analyze("""
            Ein Orkan ist über Westeuropa hinweggezogen. \
            In der Nacht hatten die Orkanböen Spitzengeschwindigkeiten bis zu 200 Kilometern pro Stunde erreicht.""");
        TrueFalseGenerator generator = new TrueFalseGenerator(GermanAnalysis.MORPHOLOGY, GermanAnalysis.FIELDS,
            GermanAnalysis.PARSER);
        List<String> statements = new java.util.ArrayList<>();
        for (int seed = 0; seed < 10; seed++) {
            generator.questions(article, new Random(seed)).forEach(q -> statements.add(q.prompt()));
        }
        assertThat(statements).contains("In der Nacht hatten die Orkanböen Spitzengeschwindigkeiten bis zu 100 "
            + "Kilometern pro Stunde erreicht.");

        Article range = GermanAnalysis.analyze("Eine Stiftung hat eine neue Studie über die Demokratie vorgelegt. "
            + "Die Studie wurde von Januar bis März 2008 durchgeführt und am Montag in Berlin vorgestellt.");
        List<String> ranged = new java.util.ArrayList<>();
        for (int seed = 0; seed < 10; seed++) {
            new TrueFalseGenerator(GermanAnalysis.MORPHOLOGY).questions(range, new Random(seed))
                .forEach(q -> ranged.add(q.prompt()));
        }
        assertThat(ranged).as("a month of a range is bounded by the other").noneMatch(p -> p.contains("April"))
            .contains("Die Studie wurde von Januar bis März 2008 durchgeführt und am Donnerstag in Berlin vorgestellt.");
    }

    @Test
    void aSwapIsRefusedWhenTheArticleSaysTheNewFactWithTheSameVerb() {
        Article article = GermanAnalysis.analyze("""
            Am Montag besuchte Olaf Scholz die Stadt Hamburg. \
            Am Dienstag besuchte Mark Rutte die Stadt Hamburg.""");

        for (int seed = 0; seed < 20; seed++) {
            assertThat(new TrueFalseGenerator(GermanAnalysis.MORPHOLOGY).questions(article, new Random(seed)))
                .allSatisfy(q -> assertThat(((TrueFalseQuestion) q).isTrue()).as(q.prompt()).isTrue());
        }
    }

    /** From Wikinews (test split of the quotation data, hand-read set 25 for #13): "Die Anja Pärson kam …". */
    @Test
    void noNameIsSwappedInAfterAnArticle() {
        Article article = GermanAnalysis.analyze("""
            Die Schwedin Anja Pärson gewann das Rennen in Sölden.             Die Deutsche Maria Riesch kam auf Platz 24.""");

        for (int seed = 0; seed < 20; seed++) {
            assertThat(new TrueFalseGenerator(GermanAnalysis.MORPHOLOGY).questions(article, new Random(seed)))
                .extracting(Question::prompt).noneMatch(p -> p.startsWith("Die Anja") || p.startsWith("Die Maria"));
        }
    }

    /** From Wikinews (test split of the quotation data, hand-read set 24 for #13): "Naura" was swapped in. */
    @Test
    void noPersonIsSwappedInWhomTheSentenceNamesInTheGenitive() {
        Article article = GermanAnalysis.analyze("""
            Der Schriftsteller Peter Rühmkorf ist tot.             Bereits 1966 brachte Peter Rühmkorf seine Lyrik auf die Straßen, begleitet von den Improvisationen Michael             Nauras. Der Pianist Michael Naura lebte in Hamburg.""");

        for (int seed = 0; seed < 20; seed++) {
            assertThat(new TrueFalseGenerator(GermanAnalysis.MORPHOLOGY).questions(article, new Random(seed)))
                .extracting(Question::prompt).noneMatch(p -> p.contains("brachte Michael Naura"));
        }
    }

    /** From Wikinews (test split of the quotation data, hand-read set 24 for #13): "dieser Viruslinie" was kept. */
    @Test
    void aStatementMakesADemonstrativeDefiniteOrIsNotMade() {
        assertThat(TrueFalseGenerator.withoutDemonstratives("Der Name dieser Viruslinie ist nicht H5N1."))
            .contains("Der Name der Viruslinie ist nicht H5N1.");
        assertThat(TrueFalseGenerator.withoutDemonstratives("Anfang Oktober diesen Jahres startet die Mission."))
            .contains("Anfang Oktober diesen Jahres startet die Mission.");
        assertThat(TrueFalseGenerator.withoutDemonstratives("Dieses Gesetz gilt nicht.")).isEmpty();
        // hand-read set 78 (train split): this year's month
        assertThat(TrueFalseGenerator.withoutDemonstratives("Die Quote sinkt in diesem Oktober auf 8,1 Prozent."))
            .contains("Die Quote sinkt in diesem Oktober auf 8,1 Prozent.");
        // hand-read set 115 (DER STANDARD): the years the sentence before counted
        assertThat(TrueFalseGenerator.withoutDemonstratives("Während dieser Jahre sollen sie zehn Menschen ermordet haben."))
            .isEmpty();
    }

    /** From Wikinews (test split of the quotation data, hand-read set 24 for #13). */
    @Test
    void aLoneNameIsAPersonOrABodyOnlyWhenTheArticleIntroducesItAsOne() {
        List<Question> questions = new WhGenerator(GermanAnalysis.MORPHOLOGY, GermanAnalysis.FIELDS,
            GermanAnalysis.PARSER).questions(GermanAnalysis.analyze("""
                Ziel der Sonde ist die Untersuchung des Zwergplaneten Ceres. Ceres hat einen Durchmesser von 960                 Kilometern. Die Nachfrage stieg weltweit. Deshalb plant der Schweizer Pharmakonzern Roche eine neue                 Fabrik. Roche erwägt eine Verdoppelung der Produktion."""), new Random(1));
        assertThat(questions).extracting(Question::prompt)
            .noneMatch(p -> p.startsWith("Wer hat einen Durchmesser"))
            .noneMatch(p -> p.startsWith("Was erwägt eine Verdoppelung"));
    }

    @Test
    void headlineQuestionsNeedTwoSectionHeadlines() {
        Article sections = GermanAnalysis.analyze("""
            Titel des Artikels

            Ein erster Absatz mit einigen Sätzen über das Thema des Artikels.

            Die Wirtschaft wächst

            Die Wirtschaft des Landes ist im letzten Jahr um zwei Prozent gewachsen.

            Die Preise steigen

            Die Preise für Lebensmittel sind im letzten Jahr stark gestiegen.""");

        List<Question> questions = new HeadlineGenerator().questions(sections, SEED);

        assertThat(questions).hasSize(2).extracting(Question::solution)
            .containsExactlyInAnyOrder("Die Wirtschaft wächst", "Die Preise steigen");
        assertThat(questions).allSatisfy(q -> assertThat(q.prompt()).startsWith("Welche Zwischenüberschrift"));
        assertThat(new HeadlineGenerator().questions(GermanAnalysis.analyze("Nur ein Absatz ohne Überschriften hier."),
            SEED)).isEmpty();
    }

    @Test
    void aGenitiveOfANameTheArticleUsesIsNoChoiceOfItsOwn() {
        assertThat(QuoteGenerator.nominative(List.of("Theresa May", "Theresa Mays", "Boris Johnson", "Markus"), ""))
            .containsExactly("Theresa May", "Boris Johnson", "Markus");
        assertThat(QuoteGenerator.nominative(List.of("Mir Hossein Mussawi", "Unterstützer Mussawis", "Ali Chamene'i",
            "Frank-Walter Steinmeier", "Jens Weidmann"), ""))
            .containsExactly("Mir Hossein Mussawi", "Ali Chamene'i", "Frank-Walter Steinmeier", "Jens Weidmann");
        assertThat(QuoteGenerator.nominative(List.of("Barack Obamas", "Unterstützer Mussawis", "John McCain", "Hans Thomas"),
            "Obama siegte. Der Konkurrent Mussawi und Hans Thomas verloren."))
            .containsExactly("John McCain", "Hans Thomas");
    }

    @Test
    void aPlaceOrABodyWithACommonNounInItsNameIsNoPersonToChoose() {
        QuoteGenerator quotes = new QuoteGenerator(GermanAnalysis.MORPHOLOGY);

        assertThat(quotes.namesAPerson("Olaf Scholz")).isTrue();
        assertThat(quotes.namesAPerson("Mark Rutte")).as("Mark is a noun too, but a given name first").isTrue();
        assertThat(quotes.namesAPerson("Berlin")).as("a city the dictionary knows").isFalse();
        assertThat(quotes.namesAPerson("Nationalen Umwelt Behörde Ugandas")).isFalse();
    }

    /** From DER STANDARD (hand-read set 112 for #13, re-read): a frame that denies the saying is not asked round. */
    @Test
    void aDeniedSayingIsNotAskedAsASaying() {
        String text = "Kurier-Fotograf Jürg Christandl klagt Heinz-Christian Strache. Das Gericht hat entschieden. "
            + "Strache darf demnach nicht mehr behaupten, dass das Foto gestellt sei. Christandl sagte, er sei zufrieden "
            + "mit dem Urteil des Gerichts.";
        assertThat(parsedQuotes(text)).extracting(Question::prompt).noneMatch(p -> p.contains("behaupten"));
    }

    /**
     * From DER STANDARD (10kGNAD test split, hand-read set 112 for #13): the words of the summary's quotation and of
     * the report's are asked once, not as "Wer sagte: …" and "Wer kritisierte, …" both.
     */
    @Test
    void theSameWordsQuotedTwiceAreAskedOnce() {
        String text = "Leitl: \"Wer eine Arbeitszeitverkürzung will, riskiert, dass aus dem Tag der Arbeit ein Tag der "
            + "Arbeitslosigkeit wird\".\n\nWien – Nachdem Sozialminister Alois Stöger (SPÖ) von "
            + "Verteilungsungerechtigkeit in der Arbeitswelt gesprochen und neue Modelle der Arbeitszeitverkürzung "
            + "gefordert hatte, wandten sich Wirtschaftsvertreter gegen eine Verkürzung der Arbeitszeit. Wer eine "
            + "Arbeitszeitverkürzung will, riskiert, dass aus dem Tag der Arbeit ein Tag der Arbeitslosigkeit wird, "
            + "kritisierte Wirtschaftskammer-Präsident Christoph Leitl. Die Forderung ist eine gefährliche Drohung für "
            + "Beschäftigung in Österreich, meinte IV-Generalsekretär Christoph Neumayer.";
        List<String> asked = parsedQuotes(text).stream().map(Question::prompt)
            .filter(p -> p.contains("Arbeitszeitverkürzung will")).toList();
        assertThat(asked).hasSize(1);
    }

    @Test
    void whatAPersonSaidIsToldApartFromWhatOthersSaid() {
        List<QuoteQuestion> asked = parsedQuotes("Außenminister Guido Westerwelle sagte am Montag, die Regierung sehe "
            + "mit Sorge nach Teheran. Bundeskanzlerin Angela Merkel forderte am Dienstag, die Sanktionen gegen den Iran "
            + "zu verschärfen. Bundespräsident Joachim Gauck erklärte in Berlin, die Opposition sei gegen den Einsatz.")
            .stream().filter(q -> q.prompt().startsWith("Was ")).map(QuoteQuestion.class::cast).toList();
        assertThat(asked).anySatisfy(q -> {
            assertThat(q.prompt()).isEqualTo("Was forderte Angela Merkel?");
            assertThat(q.solution()).isEqualTo("Die Sanktionen gegen den Iran zu verschärfen");
            assertThat(q.choices()).contains("Die Regierung sehe mit Sorge nach Teheran",
                "Die Opposition sei gegen den Einsatz");
            assertThat(q.hints()).allMatch(h -> h.contains("„"));
        });
    }

    @Test
    void whoSaidItAsksOnlyWhatTheVerbOfSayingReports() {
        List<String> asked = parsedQuotes("Bundeskanzlerin Angela Merkel forderte von der iranischen Regierung "
            + "Aufklärung darüber, ob die Wahl regulär verlaufen sei. Der deutsche Außenminister Frank-Walter "
            + "Steinmeier sagte vor der Presse, die Bundesregierung sehe mit Sorge nach Teheran. Der Direktor des BBC "
            + "World Service, Peter Horrocks, bezeichnet diese Maßnahme als einen Versuch der iranischen Behörden, "
            + "die BBC an der Berichterstattung zu hindern.")
            .stream().map(Question::prompt).toList();
        assertThat(asked).contains("Wer sagte, die Bundesregierung sehe mit Sorge nach Teheran?")
            .noneMatch(p -> p.startsWith("Wer forderte, ob") || p.startsWith("Wer bezeichnet, diese Maßnahme"));
    }

    /**
     * From Wikinews (test split of the quotation data, hand-read set 9 for #13): "zu" of "gab zu" parsed as a marker.
     * The speaker there was "Die Firma Build Up", which since set 33 names a company, no person to choose among people.
     */
    @Test
    void aSeparableVerbOfSayingKeepsItsParticleInTheQuestion() {
        assertThat(parsedQuotes("Regierungssprecher Yukio Edano sagte, die Regierung werde den Fall prüfen. "
            + "Firmenchef Hiroshi Tanaka, dessen Firma von dem japanischen Energieversorgungsunternehmen TEPCO ihre "
            + "Aufträge erhielt, gab zu, einer ihrer leitenden Angestellten habe die entsprechende Anweisung erteilt. "
            + "Der Gewerkschafter Kenji Sato forderte, die Arbeiter besser zu schützen."))
            .extracting(Question::prompt)
            .contains("Wer gab zu, einer ihrer leitenden Angestellten habe die entsprechende Anweisung erteilt?");
    }

    /** From Wikinews (test split of the quotation data, hand-read set 9 for #13). */
    @Test
    void aQuotationThatOpensInsideASentenceIsNoQuestion() {
        assertThat(QuoteGenerator.opensInsideASentence("das die Balance zwischen den Rechten der Bürger wahre")).isTrue();
        assertThat(QuoteGenerator.opensInsideASentence("dass wir weitermachen")).isTrue();
        assertThat(QuoteGenerator.opensInsideASentence("die Balance zwischen den Rechten der Bürger")).isFalse();
        assertThat(QuoteGenerator.opensInsideASentence("ein moderates und ausgewogenes Gesetz")).isFalse();
        assertThat(QuoteGenerator.opensInsideASentence("Das ist der Koalitionsvertrag")).isFalse();
        assertThat(QuoteGenerator.opensInsideASentence("unter diesen Frauen viele diese neue Chance ergreifen wollen."))
            .isTrue();
    }

    /** From the corpus (art_076): "Linz" swapped for the "York" of "New York". */
    @Test
    void aPlaceIsNotSwappedInsideAName() {
        List<Question> statements = new TrueFalseGenerator(GermanAnalysis.MORPHOLOGY).questions(GermanAnalysis.analyze(
            "Die Werke waren an die Neue Galerie Linz verliehen worden. Der Minister flog dann nach New York. Ein "
                + "Zug fuhr nach Wien."), new Random(3));
        assertThat(statements).extracting(Question::prompt).noneMatch(p -> p.contains("Galerie York")
            || p.contains("Galerie Wien") || p.contains("New Linz") || p.contains("New Wien"));
    }

    /** From Wikinews (test split, hand-read set 27): "Gerau" swapped in from "im Kreis Groß-Gerau". */
    @Test
    void aPlaceIsNotTakenFromAHyphenatedName() {
        Article article = GermanAnalysis.analyze("Ein Gefahrgutunfall auf der A3 bei Limburg (Hessen) führte zu einem "
            + "Verkehrschaos. Der Fahrer transportierte zwölf Fässer von Belgien nach Bischofsheim im Kreis Groß-Gerau.");
        for (int seed = 0; seed < 5; seed++) {
            assertThat(new TrueFalseGenerator(GermanAnalysis.MORPHOLOGY).questions(article, new Random(seed)))
                .extracting(Question::prompt).noneMatch(p -> p.contains("bei Gerau") || p.contains("Groß-Limburg"));
        }
    }

    /** From Wikinews (test split, hand-read set 29): "Intelsat Americas 8" swapped to "Intelsat Americas 17". */
    @Test
    void aNumberInANameIsNotSwapped() {
        Article article = GermanAnalysis.analyze("Der Komunikationssatellit „Intelsat Americas 8“ ist heute erfolgreich "
            + "ins All gestartet. Es war der insgesamt 17. Raketenstart der Firma Sea Launch. Der 5,5 Tonnen schwere "
            + "Satellit wurde in einem Geotransferorbit ausgesetzt. Er ist der 28. Satellit des Netzwerks.");
        for (int seed = 0; seed < 5; seed++) {
            assertThat(new TrueFalseGenerator(GermanAnalysis.MORPHOLOGY).questions(article, new Random(seed)))
                .extracting(Question::prompt).noneMatch(p -> p.matches(".*Americas (17|28|5)\\b.*"));
        }
    }

    /** From Wikinews (dev split of the quotation data): the one who asked is not the one who answers. */
    @Test
    void aVerbOfSayingInAClauseBeforeTheFrameIsNotTheFrame() {
        String text = "Unmittelbar nach ihm kam Bernhard Suttner von der ödp zu Wort. Nachdem dieser von Moderator "
            + "Matthias Keller-May gefragt wurde, was seine Partei von den GRÜNEN unterscheide, entgegnete Suttner "
            + "empört: „Wollen Sie das nun einfach so stehen lassen? Sie haben gerade eben hier einen der "
            + "gefährlichsten Rechtsextremisten Deutschlands gehabt.“";
        assertThat(quotes(text)).noneMatch(q -> q.solution().contains("Keller-May"));
        assertThat(parsedQuotes(text)).noneMatch(q -> q.solution().contains("Keller-May"))
            .anyMatch(q -> q.solution().equals("Bernhard Suttner"));
    }

    /** From Wikinews (dev split of the quotation data, hand-read set 18 for #13). */
    @Test
    void wordsQuotedInsideASentenceThatGoesOnAroundThemAreNoWhoSaidItQuestion() {
        String text = "Der Feuilletonredakteur Martin Hatzius kritisiert in der Zeitung „Neues Deutschland“, die Aktion "
            + "erinnere „fatal an die Bücherverbrennung anno 1933 auf dem Berliner Bebelplatz“.";
        assertThat(QuoteGenerator.partOfASentence(text, text.indexOf("fatal"))).isTrue();
        assertThat(QuoteGenerator.partOfASentence("Scholz sagte: „Wir helfen.“", 14)).isFalse();
        assertThat(QuoteGenerator.partOfASentence("„Wir helfen“, sagte Scholz.", 1)).isFalse();
        assertThat(parsedQuotes(text)).noneMatch(q -> q.prompt().contains("fatal an die"));
    }

    /** From Wikinews (dev split of the quotation data, hand-read set 11 for #13): "Parlament" ends like "Moment". */
    @Test
    void aSubjectAskedForWithWerIsNotAlsoAskedForWithWas() {
        assertThat(wh("Das kanadische Parlament hat mit einer Mehrheit von 159 zu 124 Stimmen eine Verlängerung der "
            + "Anti-Terror-Gesetze abgelehnt.")).extracting(Question::prompt)
            .anyMatch(p -> p.startsWith("Wer hat"))
            .noneMatch(p -> p.startsWith("Was hat mit"));
    }

    /**
     * Corpus sentences (art_030, art_008, art_069) and two made up: a report whose frame follows it is asked about
     * too, the report's first word in small letters unless it is a noun, a particle of the verb kept, and "so" read
     * as "sagte"; not a report that opens with a pronoun or speaks in the first person, nor a frame that names its
     * speaker only as an object.
     */
    @Test
    void whoSaidItAsksAboutAReportWhoseFrameFollowsIt() {
        List<String> asked = parsedQuotes("In Thailand sind nach tagelangem Regen mindestens 20 Menschen ums Leben "
            + "gekommen, teilte Ministerpräsident Abhisit Vejjajiva mit. Am schlimmsten hat es den Distrikt Phunphin in "
            + "der Provinz Surat Thani getroffen, sagte Provinzgouverneur Thirayuth Iamtrakul. Weitere 60 Länder "
            + "benötigten ebenfalls einen Schuldenerlass, sagte Max Lawson, ein Sprecher der Hilfsorganisation. Der "
            + "Großteil der neuen Politbüro-Mitglieder entstammt dem konservativen Parteiflügel, so der Politologe "
            + "Nguyen Khac Giang. Er habe nichts gegen die Möwen, sagt der Abgeordnete Don Foster. Wir müssen darüber "
            + "eine Debatte führen, sagt David Cameron.")
            .stream().map(Question::prompt).toList();
        assertThat(asked).contains(
            "Wer teilte mit, in Thailand sind nach tagelangem Regen mindestens 20 Menschen ums Leben gekommen?",
            "Wer sagte, am schlimmsten hat es den Distrikt Phunphin in der Provinz Surat Thani getroffen?",
            "Wer sagte, weitere 60 Länder benötigten ebenfalls einen Schuldenerlass?",
            "Wer sagte, der Großteil der neuen Politbüro-Mitglieder entstammt dem konservativen Parteiflügel?")
            .noneMatch(p -> p.contains("er habe nichts") || p.contains("wir müssen") || p.startsWith("Wer so"));
        assertThat(parsedQuotes("Die Regierung trat zurück. Präsident Zakari Nandja erklärte, damit solle ein "
            + "Machtvakuum vermieden werden. Der Minister Patrick Chinamasa sagte, die Wahl sei fair gewesen."))
            .extracting(Question::prompt).contains("Wer sagte, die Wahl sei fair gewesen?")
            .noneMatch(p -> p.contains("damit solle"));
        assertThat(parsedQuotes("Die Oppositionspartei MDC, die am Samstag den Sieg beanspruchte, beschuldigte die "
            + "Regierung von Amtsinhaber Robert Mugabe der Vorbereitung eines Wahlbetrugs. Der Minister Patrick "
            + "Chinamasa sagte, die Wahl sei fair gewesen."))
            .extracting(Question::prompt).noneMatch(p -> p.startsWith("Wer beschuldigte"));
    }

    /** From DER STANDARD (hand-read set 105 for #13): "stellte … klar" keeps its particle when asked. */
    @Test
    void whoSaidItKeepsTheParticleKlar() {
        assertThat(parsedQuotes("Der LASK trifft am Dienstag auf die Austria von Trainer Thorsten Fink. Karl "
            + "Daxbacher sah seine Wölfe hungrig. Der späte Auftakt ist kein Problem, stellte Oliver Glasner klar."))
            .extracting(Question::prompt).contains("Wer stellte klar, der späte Auftakt ist kein Problem?")
            .noneMatch(p -> p.startsWith("Wer stellte,"));
    }

    /**
     * From Wikinews (train split, hand-read set 46): the name after "über" is what the words are about, not who said
     * them; a participle whose auxiliary stands before the speaker is not asked as a present.
     */
    @Test
    void theSpeakerIsTheNameAfterTheVerbNotTheOneTheWordsAreAbout() {
        List<Question> asked = parsedQuotes("Richard Branson ist der Sponsor des Flugs. Steve Fossett ist ein "
            + "Abenteurer. Über Steve Fossett sagte Branson: „Steve muss mit ernsten Turbulenzen zurechtkommen, mit "
            + "extremer Hitze und Schlafmangel.“");
        assertThat(asked).filteredOn(q -> q.prompt().startsWith("Wer sagte: „Steve muss")).isNotEmpty()
            .allMatch(q -> q.solution().equals("Richard Branson"));
        assertThat(parsedQuotes("Heute kündigte der afghanische Präsident Hamid Karsai an, gegen Stellungen der "
            + "Taliban vorzugehen. Zur Begründung gab Karsai an, sein Land müsse das Recht haben, gegen die Angriffe "
            + "der Taliban vorzugehen. Vor kurzem hatte ein Talibanführer auf pakistanischer Seite, Baitullah Mehsud, "
            + "erklärt, die Taliban würden auf afghanischem Gebiet afghanische und ausländische Soldaten töten."))
            .extracting(Question::prompt).noneMatch(p -> p.startsWith("Wer erklärt,"));
    }

    /** From Wikinews (train split, hand-read set 43): "seine Position damit" was left out of "Wer hatte begründet, …?". */
    @Test
    void aReportThatTheFramesDamitPointsToIsNotAskedWithoutIt() {
        List<String> asked = parsedQuotes("Der Fraktionsvorsitzende Wolfgang Jüttner hatte den Abgeordneten Günter Lenz "
            + "aufgefordert, sein Mandat niederzulegen. Jüttner hatte seine Position damit begründet, Schaden von der SPD "
            + "fernhalten zu wollen. Der Abgeordnete Günter Lenz sagte, er bestreite alle Vorwürfe.")
            .stream().map(Question::prompt).toList();
        assertThat(asked).isNotEmpty().noneMatch(p -> p.contains("Schaden von der SPD"));
    }

    /**
     * A teacher's seed gives the same quiz each time: the W-questions of two analyses of the same article, drawn with
     * the same seed, come in the same order, whatever objects the two runs made. The article is German Wikinews's
     * "Verfassungsschutzbericht 2005 vorgelegt – Anstieg rechter Gewalt" (2006-05-24, CC BY 2.5), taken from the
     * shared corpus (art_010), where questions that rank alike made the order depend on the objects' identities.
     */
    @Test
    void theSameSeedGivesTheSameWQuestionsInTheSameOrder() throws java.io.IOException {
        String text = new String(getClass().getResourceAsStream("/comprehension/wikinews-verfassungsschutzbericht-2005.txt")
            .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        WhGenerator generator = new WhGenerator(GermanAnalysis.MORPHOLOGY, GermanAnalysis.FIELDS, GermanAnalysis.PARSER);
        List<String> first = generator.questions(GermanAnalysis.analyze(text), new Random(7)).stream()
            .map(Question::prompt).toList();
        for (int run = 0; run < 5; run++) {
            assertThat(generator.questions(GermanAnalysis.analyze(text), new Random(7)).stream().map(Question::prompt)
                .toList()).isNotEmpty().containsExactlyElementsOf(first);
        }
    }
}
