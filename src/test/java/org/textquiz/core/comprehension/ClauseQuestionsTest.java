package org.textquiz.core.comprehension;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.textquiz.GermanAnalysis;
import org.textquiz.core.article.Article;
import org.textquiz.core.article.Sentence;
import org.textquiz.core.question.Question;
import org.textquiz.core.question.TrueFalseQuestion;

/** W-questions and restatements from the parse, one construction at a time, with the question a teacher expects. */
class ClauseQuestionsTest {

    private static List<Question> wh(String text) {
        return new WhGenerator(GermanAnalysis.MORPHOLOGY, GermanAnalysis.FIELDS, GermanAnalysis.PARSER)
            .questions(GermanAnalysis.analyze(text), new Random(1));
    }

    private static List<String> prompts(String text) {
        return wh(text).stream().map(Question::prompt).toList();
    }

    private static List<String> statements(String text) {
        return new TrueFalseGenerator(GermanAnalysis.MORPHOLOGY, GermanAnalysis.FIELDS, GermanAnalysis.PARSER)
            .questions(GermanAnalysis.analyze(text), new Random(1)).stream()
            .filter(q -> ((TrueFalseQuestion) q).isTrue()).map(Question::prompt).toList();
    }

    private static List<String> statements(int seeds, String text) {
        return statements(text, seeds, true);
    }

    private static List<String> falseStatements(String text, int seeds) {
        return statements(text, seeds, false);
    }

    private static List<String> statements(String text, int seeds, boolean truth) {
        TrueFalseGenerator generator = new TrueFalseGenerator(GermanAnalysis.MORPHOLOGY, GermanAnalysis.FIELDS,
            GermanAnalysis.PARSER);
        return java.util.stream.IntStream.range(0, seeds).boxed()
            .flatMap(seed -> generator.questions(GermanAnalysis.analyze(text), new Random(seed)).stream())
            .filter(q -> ((TrueFalseQuestion) q).isTrue() == truth).map(Question::prompt).distinct().toList();
    }

    @Test
    void subjectInTheVorfeld() {
        assertThat(prompts("Die Polizei stoppte am Samstag in Mainz zahlreiche Autofahrer."))
            .contains("Wer stoppte am Samstag in Mainz zahlreiche Autofahrer?",
                "Wann stoppte die Polizei in Mainz zahlreiche Autofahrer?",
                "Wo stoppte die Polizei am Samstag zahlreiche Autofahrer?");
    }

    @Test
    void objectInTheVorfeldMovesBehindTheSubject() {
        List<Question> questions = wh("Den neuen Bahnhof eröffnete Bürgermeister Thomas Müller am Montag in Jena.");

        assertThat(questions).extracting(Question::prompt)
            .contains("Wer eröffnete den neuen Bahnhof am Montag in Jena?")
            .contains("Was eröffnete Bürgermeister Thomas Müller am Montag in Jena?");
        Question who = questions.stream().filter(q -> q.prompt().startsWith("Wer eröffnete")).findFirst().orElseThrow();
        assertThat(who.answers()).contains("Thomas Müller", "Müller");
    }

    @Test
    void aSeparableParticleStaysAtTheEnd() {
        assertThat(prompts("Die Stadtverwaltung kündigte am Dienstag in Bonn neue Parkgebühren an."))
            .contains("Was kündigte die Stadtverwaltung am Dienstag in Bonn an?",
                "Wann kündigte die Stadtverwaltung in Bonn neue Parkgebühren an?");
    }

    @Test
    void thePerfectKeepsItsParticipleLast() {
        assertThat(prompts("Die Regierung hat am Mittwoch in Berlin ein neues Gesetz beschlossen."))
            .contains("Was hat die Regierung am Mittwoch in Berlin beschlossen?",
                "Wann hat die Regierung in Berlin ein neues Gesetz beschlossen?");
    }

    @Test
    void aModalKeepsItsInfinitiveLast() {
        assertThat(prompts("Die Schüler müssen im nächsten Jahr eine schwierige Prüfung ablegen."))
            .contains("Was müssen die Schüler im nächsten Jahr ablegen?");
    }

    @Test
    void thePassiveAsksForItsSubjectInTheSingular() {
        assertThat(prompts("Die Gleisbauarbeiten wurden am Sonntag in Bad Homburg beendet."))
            .contains("Was wurde am Sonntag in Bad Homburg beendet?",
                "Wann wurden die Gleisbauarbeiten in Bad Homburg beendet?");
    }

    /**
     * A relative clause on a noun the article told of before adds to it and may be left out; one on a noun it names
     * the first time says which one it is (from Klexikon, test split, hand-read set 170 for #13).
     */
    @Test
    void aRelativeClauseInsideAnotherConstituentIsLeftOutOfTheQuestionWhenItSaysNotWhichOne() {
        assertThat(prompts("Der Fonds fasste im Mai einen Beschluss über Hilfen. Der Beschluss, dem das Direktorium "
            + "nun zugestimmt hat, umfasst ein Volumen von drei Milliarden Dollar."))
            .contains("Was umfasst der Beschluss?");
        assertThat(prompts("Der Beschluss, dem das Direktorium nun zugestimmt hat, umfasst ein Volumen von drei "
            + "Milliarden Dollar.")).doesNotContain("Was umfasst der Beschluss?");
        assertThat(prompts("Das Material, aus dem die Asche entsteht, stammt von Lebewesen wie Pflanzen oder Tieren."))
            .doesNotContain("Was stammt von Lebewesen wie Pflanzen oder Tieren?");
        assertThat(statements("Das Material, aus dem die Asche entsteht, stammt von Lebewesen wie Pflanzen oder "
            + "Tieren.")).doesNotContain("Von Lebewesen wie Pflanzen oder Tieren stammt das Material.");
    }

    @Test
    void aPersonAfterMitIsAskedWithMitWem() {
        assertThat(prompts("Bundeskanzlerin Angela Merkel traf am Dienstag in Paris mit Präsident Emmanuel Macron "
            + "zusammen."))
            .contains("Mit wem traf Bundeskanzlerin Angela Merkel am Dienstag in Paris zusammen?");
    }

    @Test
    void aTrueStatementIsTheSentenceSaidAnotherWay() {
        assertThat(statements("Die Polizei stoppte am Samstag in Mainz zahlreiche Autofahrer."))
            .hasSize(1).first().asString()
            .isIn("Am Samstag stoppte die Polizei in Mainz zahlreiche Autofahrer.",
                "In Mainz stoppte die Polizei am Samstag zahlreiche Autofahrer.",
                "Zahlreiche Autofahrer stoppte die Polizei am Samstag in Mainz.");
    }

    @Test
    void reportedSpeechIsStatedWithItsSpeakerAfterIt() {
        assertThat(statements("Der Minister sagte am Montag, die Renten seien sicher."))
            .containsExactly("Die Renten seien sicher, sagte der Minister am Montag.");
    }

    @Test
    void anOpeningErIsThePersonTheSentenceBeforeNamed() {
        assertThat(statements("Bürgermeister Thomas Müller eröffnete am Montag den neuen Bahnhof in Jena.\n"
            + "Er lobte am Abend die Arbeit der Handwerker aus der Region."))
            .anyMatch(s -> s.contains("Thomas Müller lobte") || s.contains("lobte Thomas Müller"));
    }

    @Test
    void anAppositionToTheSubjectIsAStatementOfItsOwn() {
        assertThat(statements("Mark Rutte, der frühere Premierminister der Niederlande, traf am Montag in Berlin den "
            + "Bundeskanzler."))
            .contains("Mark Rutte ist der frühere Premierminister der Niederlande.");
    }

    @Test
    void aRelativeClauseOnANameIsAMainClauseOfItsOwn() {
        assertThat(statements("Im Halbfinale trifft die Mannschaft auf Kroatien, das zuvor Österreich besiegt hatte."))
            .contains("Kroatien hatte zuvor Österreich besiegt.");
    }

    @Test
    void aClauseOfTimeIsAskedAndStatedAsAMainClause() {
        String text = "Drei ehemalige Topmanager der Firma standen vor Gericht, nachdem im September 2004 die gesamte "
            + "Führungsebene der Firma Conradty inhaftiert wurde.";
        assertThat(prompts(text)).contains("Wann wurde die gesamte Führungsebene der Firma Conradty inhaftiert?");
        assertThat(statements(text, 5, true))
            .contains("Im September 2004 wurde die gesamte Führungsebene der Firma Conradty inhaftiert.");
    }

    @Test
    void whoseViewItIsIsNoPartOfTheNounBeforeIt() {
        assertThat(wh("Während die Verhandlungen aus der Sicht von Obamas Vertretern bereits nach dem ersten "
            + "Zusammentreffen ergebnislos beendet waren, war das McCain-Lager bis zuletzt davon ausgegangen, dass es "
            + "noch weitere Gespräche geben werde."))
            .noneMatch(q -> q.solution().contains("Sicht"));
    }

    @Test
    void whoDidItIsNotAskedWhenTheParseReadsTwoSubjects() {
        assertThat(prompts("Einige der Opfer hatten vor Jahren Katholiken ermordet."))
            .noneMatch(p -> p.startsWith("Wer hatte einige der Opfer"));
    }

    @Test
    void aPluralNounAfterANameIsNoPartOfIt() {
        assertThat(wh("Trigema-Chef Wolfgang Grupp sprach am Montag in Berlin. Auch an die Verbraucher stellte Grupp "
            + "Forderungen."))
            .noneMatch(q -> q.answers().stream().anyMatch(a -> a.contains("Forderungen")));
    }

    @Test
    void aSentenceWhoseSubjectTheTaggerTookForPunctuationIsNotRestated() {
        assertThat(statements("In der Lebensweise ähnelte ''Titanoboa'' wahrscheinlich der heute in Südamerika "
            + "lebenden Anakonda (''Eunectes murinus'').", 5, true))
            .noneMatch(s -> s.startsWith("Der heute in Südamerika lebenden Anakonda"));
    }

    @Test
    void aContrastingAdverbIsLeftOutOfTheQuestion() {
        assertThat(prompts("Der Milliardär Friedrich Karl Flick ist in der Nacht auf Freitag gestorben. Bekannt "
            + "geworden war der Name Flick vor allem im Zusammenhang mit der so genannten Flick-Affäre. Flick bestritt "
            + "jedoch jede Mitwisserschaft."))
            .contains("Wer bestritt jede Mitwisserschaft?").noneMatch(p -> p.contains("jedoch"));
    }

    @Test
    void aPhraseSingledOutByAParticleIsNotAskedWithoutIt() {
        assertThat(prompts("Nach Angaben des französischen Stromnetzbetreibers sank allein in Frankreich in den fünf "
            + "Minuten der Stromverbrauch um 800 Megawatt."))
            .noneMatch(p -> p.startsWith("Wo sank"));
    }

    @Test
    void brewersAndCrowdworkersAreAskedWithWer() {
        assertThat(prompts("Die deutschen Brauer warnen vor der umstrittenen Gasförderung aus Tiefengestein mittels "
            + "Fracking."))
            .contains("Wer warnt vor der umstrittenen Gasförderung aus Tiefengestein mittels Fracking?");
    }

    @Test
    void aRangeTheParseCutInTwoIsAMisparse() {
        String text = "Aufgrund der prognostizierten Körperlänge von 13 Metern wird eine durchschnittliche "
            + "Jahrestemperatur von 30 bis 35°C für den Lebensraum der Schlange angenommen.";
        assertThat(prompts(text)).noneMatch(p -> p.contains("von 30 bis 35"));
        assertThat(statements(text, 5, true)).noneMatch(s -> s.startsWith("Eine durchschnittliche Jahrestemperatur wird"));
    }

    @Test
    void aPluralSieIsTheSubjectOfTheSentenceBeforeWhenItStandsFirstAndAgrees() {
        String sold = " Jährlich verkaufen sie rund zehn Millionen Bäume und 35.000 Tonnen Tannenzweige überwiegend nach "
            + "Deutschland.";
        assertThat(prompts("Die Dänen stehen europaweit an der Spitze im Verkauf von Weihnachtsbäumen." + sold))
            .contains("Wohin verkaufen die Dänen jährlich rund zehn Millionen Bäume und 35.000 Tonnen Tannenzweige "
                + "überwiegend?");
        assertThat(prompts("Der dänische Verband steht europaweit an der Spitze im Verkauf von Weihnachtsbäumen." + sold))
            .noneMatch(p -> p.contains("verkauf") && (p.contains("Verband") || p.contains(" sie ")))
            .noneMatch(p -> p.startsWith("An wem steht"));
        assertThat(prompts("Im Verkauf von Weihnachtsbäumen stehen die Dänen europaweit an der Spitze." + sold))
            .noneMatch(p -> p.contains("Dänen verkaufen") || p.contains("verkaufen die Dänen"));
    }

    @Test
    void aTurntableLadderIsAThing() {
        assertThat(prompts("Mit der Drehleiter wurden mehrere Bewohner in Sicherheit gebracht."))
            .contains("Womit wurden mehrere Bewohner in Sicherheit gebracht?")
            .doesNotContain("Mit wem wurden mehrere Bewohner in Sicherheit gebracht?");
    }

    @Test
    void seinWithNothingItSaysOfTheSubjectIsAMisparse() {
        String text = "Meist sind die außenpolitischen Spielräume der Vereinigten Staaten im Fokus der Untersuchungen.";
        assertThat(prompts(text)).doesNotContain("Was ist meist?");
        assertThat(statements(text, 5, true)).noneMatch(s -> s.endsWith("sind meist."));
    }

    @Test
    void aLinkingPhraseIsNoCircumstanceToAskFor() {
        assertThat(prompts("Zum Beispiel gab es eine Spende von 180 Dollar vom Heimatschutz-Ministerium an das Rote Kreuz "
            + "in den USA.")).noneMatch(p -> p.startsWith("Wozu"));
    }

    @Test
    void aCommonNounTaggedAsANameIsNoAnswerNorSubject() {
        String text = "Die Bilder waren von einem anonym bleiben wollenden Spender, der in diesem Sommer verstorben ist, "
            + "1946 in einer Wohnung in Frankfurt am Main gefunden worden.";
        assertThat(wh(text)).noneMatch(q -> q.solution().equals("Spender"));
        assertThat(statements(text, 5, true)).noneMatch(s -> s.startsWith("Spender"));
    }

    @Test
    void teilsStaysWithItsPhrase() {
        assertThat(statements("Die verletzten Menschen wurden teils mit Rettungshubschraubern in nahegelegene Kliniken "
            + "gebracht.", 10, true))
            .noneMatch(s -> s.startsWith("Mit Rettungshubschraubern wurden"));
    }

    @Test
    void twoTimesSideBySideAreNotAskedApart() {
        assertThat(prompts("Bei einem Brand im ersten Stock eines Wohnheims in Koblenz ist gestern am frühen Morgen ein "
            + "Bewohner getötet worden."))
            .noneMatch(p -> p.startsWith("Wann"))
            .contains("Wer ist gestern bei einem Brand im ersten Stock eines Wohnheims in Koblenz am frühen Morgen "
                + "getötet worden?");
    }

    @Test
    void whatWasReportedIsNotLeftOutWhenTheParseMadeItAConjunct() {
        assertThat(prompts("Die „Süddeutsche Zeitung“ hatte gestern berichtet, 200 feste und 300 freie Mitarbeiter "
            + "sollen entlassen werden.")).noneMatch(p -> p.endsWith("berichtet?"));
    }

    @Test
    void theSubjectFirstStaysBeforeAnObjectReadAsAPassiveSubject() {
        assertThat(prompts("Das Bundesverfassungsgericht hat am 27. Februar 2008 ein mit Spannung erwartetes Urteil zum "
            + "Thema Online-Durchsuchungen von Computern gesprochen."))
            .contains("Wann hat das Bundesverfassungsgericht ein mit Spannung erwartetes Urteil zum Thema "
                + "Online-Durchsuchungen von Computern gesprochen?");
    }

    @Test
    void aDirectionHungOnTheSubjectIsAMisparse() {
        assertThat(wh("Außerdem stürzte in der Region La Libertad ein Bus in eine 200 Meter tiefe Schlucht."))
            .noneMatch(q -> q.solution().contains("Schlucht") && q.solution().contains("Bus"));
    }

    @Test
    void anArticleInAnotherCaseThanTheRelativePronounsIsNoAnswer() {
        assertThat(wh("Oppositionspolitiker und Mitglieder der Militärjunta, die das Land seit Donnerstag regiert, "
            + "wandten sich an die Demonstranten."))
            .noneMatch(q -> q.solution().equals("der Militärjunta"));
    }

    @Test
    void aPatrolActs() {
        assertThat(prompts("Am Montagmorgen stellte eine Polizeistreife in Ebern einen Schaden am Windrad fest."))
            .anyMatch(p -> p.startsWith("Wer stellte"));
    }

    @Test
    void noDoubleNegativeNorNegatedScore() {
        assertThat(falseStatements("Die Ursache für die Beschädigung des Windrades ist unbekannt.", 5))
            .noneMatch(s -> s.contains("nicht unbekannt"));
        assertThat(falseStatements("Beim Achtelfinal-Hinspiel am 21. Februar in München erreichte der FC Bayern gegen den "
            + "AC Mailand ein 1:1.", 5)).noneMatch(s -> s.contains("kein 1:1"));
    }

    @Test
    void aPopesNameIsNoSurnameToSwap() {
        assertThat(falseStatements("Johannes Paul II. hatte dem heute 77-jährigen Küng im Jahr 1979 die Lehrerlaubnis "
            + "entzogen. Der Kirchenkritiker Hans Küng hat Papst Benedikt XVI. am Samstag in Rom besucht. Küng hatte zuvor "
            + "die Unfehlbarkeit des Papstes kritisiert. Sofort nach der Wahl äußerte Küng öffentlich seine Enttäuschung "
            + "über den Ausgang der Wahl.", 20))
            .noneMatch(s -> Words.containsWord(s, "Paul") && !s.contains("Johannes Paul II."));
    }

    @Test
    void whatWasRecommendedIsNotLeftOut() {
        assertThat(prompts("Colomer empfahl dem Gericht, der vor zweieinhalb Jahren angestrengten Klage der EU-Kommission "
            + "gegen die Bundesrepublik Deutschland stattzugeben.")).noneMatch(p -> p.endsWith("dem Gericht?"));
    }

    @Test
    void anIndefiniteSubjectOfADefinitePredicateIsThePredicate() {
        assertThat(prompts("Ein nicht erwartetes Ergebnis bei einem Test an den so genannten Sensoren war der Auslöser."))
            .noneMatch(p -> p.startsWith("Was war ein"));
    }

    @Test
    void whoIsLeftOutIsNotAskedFor() {
        assertThat(prompts("Bis auf ein 15-jähriges Mädchen wurde keiner der 30 Insassen des Zuges verletzt."))
            .noneMatch(p -> p.startsWith("Bis wen"));
    }

    @Test
    void theEndOfACompoundIsNoName() {
        String text = "Toyota präsentiert eine Weiterentwicklung des Prius als Plug-in-Hybrid, der bereits 2010 in Serie "
            + "gehen soll, sowie den noch nicht serienreifen Elektro-Kleinwagen FT-EV.";
        assertThat(wh(text)).noneMatch(q -> q.solution().startsWith("-"));
        assertThat(statements(text, 5, true)).noneMatch(s -> s.startsWith("Hybrid"));
    }

    @Test
    void aRateStaysWithItsAmount() {
        assertThat(statements("Ein Wissenschaftler der Technischen Universität von Nanyang bezifferte den "
            + "volkswirtschaftlichen Schaden für Singapur auf 50 Millionen US-Dollar im Monat.", 10, true))
            .noneMatch(s -> s.startsWith("Im Monat") || s.startsWith("Auf 50 Millionen"));
    }

    @Test
    void aSubordinateClausesSeparableVerbIsNotLeftJoined() {
        String text = "Bei der letzten größeren Warnlage gab es vielfach keine Warnungen, weil das Warnsystem wegen "
            + "Überlastung zusammenbrach.";
        assertThat(prompts(text)).noneMatch(p -> p.contains("zusammenbrach"));
        assertThat(statements(text, 5, true)).noneMatch(s -> s.contains("zusammenbrach"));
    }

    @Test
    void suspectsOfficialsAndDepartmentsAreAskedWithWer() {
        assertThat(prompts("Der Verdächtige soll am Montag nach Bangkok gebracht werden."))
            .contains("Wer soll am Montag nach Bangkok gebracht werden?");
        assertThat(prompts("Die Sportfunktionäre des nationalen Fußballverbandes stehen hinter dem Trainer."))
            .contains("Wer steht hinter dem Trainer?");
        assertThat(prompts("Mittlerweile hat die Kriminalabteilung des Landesgendarmeriekommandos nähere Einzelheiten "
            + "bekannt gegeben.")).contains("Wer hat nähere Einzelheiten bekannt gegeben?");
    }

    @Test
    void nichtGoesBeforeWhereTo() {
        assertThat(falseStatements("Der Verdächtige soll nach Bangkok gebracht werden.", 10))
            .contains("Der Verdächtige soll nicht nach Bangkok gebracht werden.");
    }

    @Test
    void aCoordinatorReadAsAnAdverbIsAMisparse() {
        String text = "Köhler warb offensiv für eine Diskussion über eine Ertragsbeteiligung der Arbeitnehmer "
            + "beziehungsweise eine stärkere Beteiligung der Arbeitnehmer am Produktivvermögen.";
        assertThat(prompts(text)).noneMatch(p -> p.contains("offensiv beziehungsweise") || p.contains("beziehungsweise am"));
        assertThat(falseStatements(text, 5)).noneMatch(s -> s.contains("beziehungsweise keine"));
    }

    @Test
    void noNichtBeforeAHedgeOrAComparison() {
        assertThat(falseStatements("Die Ausrichtung der Attentate auf schiitische Gebiete ist offenbar Bestandteil eines "
            + "Kalküls.", 5)).noneMatch(s -> s.contains("nicht offenbar"));
    }

    @Test
    void aTownsNameAfterAGivenNameIsASurname() {
        assertThat(falseStatements("Nina Hagen (56) und ihre Tochter Cosma Shiva ziehen in das Dorf Breitenfelde. Die "
            + "Sängerin lebte bisher in Berlin.", 20)).noneMatch(s -> s.contains("Nina Berlin"));
    }

    @Test
    void commandersAreAskedWithWer() {
        assertThat(prompts("Die Befehlshaber der US-Streitkräfte halten einen vorzeitigen Abzug der US-Truppen für "
            + "unwahrscheinlich.")).anyMatch(p -> p.startsWith("Wer hält"));
    }

    @Test
    void theFirstTimeInYearsIsNoTimeSinceWhen() {
        assertThat(prompts("Seinen Marktanteil konnte der Autobauer sogar erstmals seit 14 Jahren erhöhen."))
            .noneMatch(p -> p.startsWith("Seit wann"));
    }

    @Test
    void aRelativeClauseAfterAPhraseWithAPrepositionMayBeAboutItsNoun() {
        assertThat(wh("Die 55-jährige Beifahrerin in dem Auto, das am Sonntag in der Berliner Fanmeile in eine "
            + "Menschenmenge gerast ist, ist aus der U-Haft entlassen worden."))
            .noneMatch(q -> q.solution().contains("Beifahrerin"));
    }

    @Test
    void bodiesTheDictionaryCallsThingsAreAskedWithWer() {
        assertThat(prompts("Der Bundesverband der Hersteller von Nährmitteln schätzt den wirtschaftlichen Schaden auf "
            + "rund zehn Millionen Euro.")).contains("Wer schätzt den wirtschaftlichen Schaden auf rund zehn Millionen "
            + "Euro?");
        assertThat(prompts("Die städtischen Verkehrsbetriebe VAG bzw. VGN haben die Preise um ca. 3,91 Prozent "
            + "erhöht.")).anyMatch(p -> p.startsWith("Wer hat die Preise"));
        assertThat(prompts("Die sunnitische Minderheit fühlt sich bei dem vorliegenden Verfassungsentwurf "
            + "benachteiligt.")).anyMatch(p -> p.startsWith("Wer fühlt sich"));
        assertThat(prompts("Im Vorfeld hatte die Gruppe Maroon 5 einen Auftritt abgelehnt."))
            .anyMatch(p -> p.startsWith("Wer hatte im Vorfeld"));
        assertThat(prompts("Die Bahn gab an, den Mitarbeiter bis auf weiteres nicht mehr einsetzen zu wollen."))
            .anyMatch(p -> p.startsWith("Wer gab an"));
    }

    @Test
    void aTrainIsStillAThing() {
        assertThat(prompts("Die Bahn fährt heute nicht nach Hamburg.")).noneMatch(p -> p.startsWith("Wer"));
        assertThat(prompts("Der Sanitäter legte dem Fahrer einen Druckverband an.")).noneMatch(p -> p.startsWith("Wen"));
    }

    /** From Wikinews (train split, hand-read set 69 for #13). */
    @Test
    void aRouteStaysWhole() {
        assertThat(statements("Eine Boeing war auf dem Weg von Lima nach Pucallpa abgestürzt.", 10, true))
            .noneMatch(s -> s.contains("von Lima war"));
    }

    /** From Wikinews (train split, hand-read set 69 for #13). */
    @Test
    void aPlaceTheParseHangsOnAPersonsNameIsNoPartOfTheAnswer() {
        assertThat(wh("In der Nacht vom 10. auf den 11. Februar 2006 hielt sich der Vorarlberger Formel-1-Fahrer "
            + "Christian Klien in einer Diskothek in Altach auf.")).noneMatch(q -> q.solution().contains("Diskothek"));
        assertThat(prompts("Seit 1. März 2011 beherbergt die Neue Sächsische Galerie in Chemnitz eine Ausstellung der "
            + "Fotografin Rena Effendi.")).anyMatch(p -> p.startsWith("Was beherbergt"));
    }

    /** From Wikinews (train split, hand-read set 69 for #13). */
    @Test
    void whoFeelsIsAskedWithWen() {
        assertThat(prompts("Die Aufstellung der Partei des Ex-Diktators Bouterse verstimmte die USA und die "
            + "Niederlande.")).noneMatch(p -> p.startsWith("Was verstimmte"));
    }

    /** From Wikinews (train split, hand-read set 69 for #13). */
    @Test
    void aMovementNamedAfterWhatItWearsIsAskedWithWer() {
        assertThat(prompts("Die Rothemden begrüßten die Ankündigung des Premierministers, fordern aber die Nennung "
            + "eines genauen Datums für die Parlamentsauflösung.")).contains("Wer begrüßte die Ankündigung des "
            + "Premierministers?");
    }

    /** From Wikinews (train split, hand-read set 69 for #13). */
    @Test
    void whatAProtestIsAgainstStaysWithIt() {
        assertThat(prompts("2019 kam es zu großen Protesten gegen das neoliberale Wirtschafts- und Gesellschaftsmodell "
            + "des Landes.")).noneMatch(p -> p.startsWith("Wozu kam es") && p.contains("gegen"));
    }

    /** From Wikinews (train split, hand-read set 69 for #13). */
    @Test
    void beingPartOfSomethingIsNotWhatItIs() {
        assertThat(prompts("Die Ankündigung ist Teil einer „Roadmap der nationalen Versöhnung“."))
            .noneMatch(p -> p.startsWith("Was ist die Ankündigung"));
    }

    /** From Wikinews (train split, hand-read set 70 for #13). */
    @Test
    void aMeasureAndWhatItMeasuresAreOnePhrase() {
        assertThat(prompts("Aus der Maschine traten geringe Mengen Öl aus.")).noneMatch(p -> p.contains("Öl"));
        assertThat(statements("Aus der Maschine traten geringe Mengen Öl aus.", 10, true))
            .noneMatch(s -> s.startsWith("Geringe Mengen traten"));
    }

    /** From Wikinews (train split, hand-read set 70 for #13). */
    @Test
    void aCountrysPeopleAndANamedHeadOfStateAreAskedWithWer() {
        assertThat(prompts("So benutzen viele Luxemburger auch heute noch vorzugsweise den „Roude Léiw“ (Roten Löwen)."))
            .anyMatch(p -> p.startsWith("Wer benutzt"));
        assertThat(prompts("Eyadéma war der dienstälteste Staatsführer Afrikas."))
            .contains("Wer war der dienstälteste Staatsführer Afrikas?");
        assertThat(prompts("Die Berliner Mauer fiel im November 1989.")).noneMatch(p -> p.startsWith("Wer"));
    }

    /** From Wikinews (train split, hand-read set 70 for #13). */
    @Test
    void whatWasSaidStaysAfterTheAdjectiveItHangsOn() {
        assertThat(statements("Die Oppositionsparteien haben sich zuversichtlich geäußert, dass keine Neuwahl nötig "
            + "sein wird.", 10, true)).noneMatch(s -> s.startsWith("Dass"));
    }

    /** From Wikinews (train split, hand-read set 70 for #13). */
    @Test
    void howLongBeforeIsOneTime() {
        assertThat(statements("Der Eurovision Song Contest 2015 beschäftigte das Gastgeberland Österreich schon Monate "
            + "vor der eigentlichen Veranstaltung.", 10, true)).noneMatch(s -> s.startsWith("Schon Monate beschäftigte")
                || s.startsWith("Vor der eigentlichen"));
    }

    /** From Wikinews (train split, hand-read set 70 for #13). */
    @Test
    void theParticleOfANameIsNoPreposition() {
        assertThat(prompts("Von „absichtlicher Täuschung“ sprechen Medienberichte heute im Zusammenhang mit der "
            + "Doktorarbeit des zurückgetretenen Verteidigungsministers Karl-Theodor zu Guttenberg."))
            .noneMatch(p -> p.startsWith("Zu wem"));
    }

    /** From Wikinews (train split, hand-read set 70 for #13). */
    @Test
    void twoPrepositionsSideBySideAreNotAskedWithOne() {
        assertThat(prompts("Zur Sicherheit und aus Angst vor einem Übergriff des Schützen wurde die nahe gelegene "
            + "Nuklearanlage Sellafield vollständig abgeriegelt.")).noneMatch(p -> p.startsWith("Wozu"));
    }

    /** From Wikinews (train split, hand-read set 70 for #13). */
    @Test
    void whatAProblemIsWithStaysWithIt() {
        assertThat(prompts("Der neue Teilchenbeschleuniger des CERN musste am gestrigen Donnerstag nach Problemen mit "
            + "dem Kühlsystem abgeschaltet werden.")).noneMatch(p -> p.startsWith("Womit"));
    }

    /** From Wikinews (train split, hand-read set 71 for #13). */
    @Test
    void aGenitiveAfterANounIsNoDativeOfTheVerb() {
        assertThat(prompts("Zusätzlich filmten Flugzeuge der Air Force den Start."))
            .noneMatch(p -> p.contains("zusätzlich der Air Force"));
    }

    /** From Wikinews (train split, hand-read set 71 for #13). */
    @Test
    void aManTheTaggerCallsANameIsAskedWithWen() {
        // (the article's "Gut drei Monate später" points back to a sentence the question does not show, set 94)
        assertThat(prompts("Gut drei Monate nach der Tat hat die Polizei am Montag einen 38-jährigen Mann türkischer "
            + "Staatsangehörigkeit verhaftet.")).anyMatch(p -> p.startsWith("Wen hat die Polizei"))
            .noneMatch(p -> p.startsWith("Was hat die Polizei"));
    }

    /** From Wikinews (train split, hand-read set 71 for #13). */
    @Test
    void aPronounReadAsAnArticleLeavesNothingToAsk() {
        assertThat(prompts("Ein Sprecher der US-Armee bestätigte dieses anschließend."))
            .noneMatch(p -> p.contains("das anschließend"));
    }

    /** From Wikinews (train split, hand-read set 71 for #13). */
    @Test
    void anAssociationThatRailsAndANationAreAskedWithWer() {
        assertThat(prompts("Der DFB schimpfte auf den Schiedsrichter.")).contains("Wer schimpfte auf den Schiedsrichter?");
        assertThat(prompts("Bei einem Sieg Uruguays müssten die Franzosen fünf Tore mehr erzielen als die "
            + "Südamerikaner.")).anyMatch(p -> p.startsWith("Wer müsste"));
    }

    /** From Wikinews (train split, hand-read set 71 for #13). */
    @Test
    void anOutcomeIsAskedWithWozu() {
        assertThat(prompts("Wochenlange Ermittlungen haben jetzt zu einem Ergebnis geführt."))
            .contains("Wozu haben wochenlange Ermittlungen jetzt geführt?");
    }

    /** From Wikinews (train split, hand-read set 71 for #13). */
    @Test
    void aTimeWithAnotherPhraseHungOnItIsNeitherAskedNorPutFirst() {
        assertThat(prompts("Sørensen musste in der 77. Minute gegen Emana parieren."))
            .noneMatch(p -> p.startsWith("Wann"));
        String text = "Einen eigentlich haltbaren Schuss von Sneijder aus 20 Metern Torentfernung beförderte Japans "
            + "Keeper Eiji Kawashima in der 53. Minute ins eigene Tor.";
        assertThat(prompts(text)).noneMatch(p -> p.startsWith("Wann"));
        assertThat(statements(text, 20, true)).noneMatch(s -> s.startsWith("In der 53. Minute ins eigene Tor"));
    }

    /** From Wikinews (train split, hand-read set 71 for #13). */
    @Test
    void whomAClauseSaysWhatTheyAreIsNotAskedWithBei() {
        assertThat(prompts("Bei dem Mann handelt es sich tatsächlich um einen der drei Männer, die bereits im Januar "
            + "tatverdächtig waren.")).noneMatch(p -> p.startsWith("Bei wem"));
    }

    /** From Wikinews (train split, hand-read set 71 for #13). */
    @Test
    void anInfectionsMitAndAnApplicationsAufStayWithThem() {
        assertThat(prompts("Laut Robert Koch-Institut gehören Infektionen mit dem Dengue-Fieber-Erreger zu den am "
            + "häufigsten eingeschleppten Fiebererkrankungen.")).noneMatch(p -> p.startsWith("Womit"));
        assertThat(prompts("Die Deutsche Forschungsgemeinschaft hatte zwischen 1969 und 1981 alle Anträge auf "
            + "finanzielle Förderung der Arbeiten abgelehnt.")).noneMatch(p -> p.startsWith("Was hatte die Deutsche"))
            .anyMatch(p -> p.startsWith("Wer hatte"));
    }

    /** From Wikinews (train split, hand-read set 72 for #13). */
    @Test
    void aNounWhoseContentTheClauseAfterItSaysIsNotAskedWithoutIt() {
        assertThat(prompts("Wissenschaftler stellten schon vor 20 Jahren die Theorie auf, dass der Handel mit Sperma bei "
            + "Zwittern auf Gegenseitigkeit beruht.")).noneMatch(p -> p.startsWith("Was stellten"));
    }

    /** From Wikinews (train split, hand-read set 72 for #13). */
    @Test
    void bodiesThatActAreAskedWithWer() {
        assertThat(prompts("Seit Jahren fordert der mexikanische Staat die Rückgabe des Kunstwerks."))
            .contains("Wer fordert seit Jahren die Rückgabe des Kunstwerks?");
        assertThat(prompts("Die Schulleitungen sollen keinen Spielraum erhalten, den Werteunterricht zu Gunsten von "
            + "Religion abzusetzen.")).anyMatch(p -> p.startsWith("Wer soll"));
        assertThat(prompts("Die Yakuza-Banden stehen seit kurzer Zeit im Fadenkreuz der Ermittlungsbehörden Japans."))
            .anyMatch(p -> p.startsWith("Wer steht"));
        assertThat(prompts("Seit längerem bieten Internetprovider verschiedene Möglichkeiten der Verschlüsselung von "
            + "Nachrichten an.")).anyMatch(p -> p.startsWith("Wer bietet"));
        assertThat(prompts("Die Hälfte der im Ort ansässigen Roma leben vorübergehend in Budapest."))
            .anyMatch(p -> p.startsWith("Wer lebt"));
    }

    /** From Wikinews (train split, hand-read set 72 for #13). */
    @Test
    void managingAWindowAndAnAromaAreThings() {
        assertThat(prompts("Ebenso erwähnenswert ist das neuartige Fenstermanagement, welches nun durch Tastatur und Maus "
            + "bedienbar sein soll.")).noneMatch(p -> p.startsWith("Wer"));
        assertThat(prompts("Das Aroma des Kaffees verfliegt schnell.")).noneMatch(p -> p.startsWith("Wer"));
        assertThat(prompts("Die Wasserleitung ist am Montag geplatzt.")).noneMatch(p -> p.startsWith("Wer"));
    }

    /** From Wikinews (train split, hand-read set 72 for #13). */
    @Test
    void aNightFromOneDayToTheNextStaysWhole() {
        assertThat(statements("Zehn Soldaten der nepalesischen Armee sind bei einem Hubschrauberabsturz in der Nacht von "
            + "Mittwoch auf Donnerstag getötet worden.", 20, true)).noneMatch(s -> s.startsWith("Auf Donnerstag"));
    }

    /** From Wikinews (train split, hand-read set 72 for #13). */
    @Test
    void aPlaceThatBeginsACompoundIsNoPlaceToGo() {
        assertThat(prompts("Die neue Annäherung könnte sich auch auf die Afghanistan-Politik der beiden Länder "
            + "auswirken.")).noneMatch(p -> p.startsWith("Wohin"));
    }

    /** From Wikinews (train split, hand-read set 72 for #13). */
    @Test
    void withALaunchIsWhenNotWithWhat() {
        assertThat(prompts("Ursprünglich sollte die neue Hartz IV-Software mit der Einführung am 1. Januar reibungslos "
            + "laufen.")).noneMatch(p -> p.startsWith("Womit"));
    }

    /** From Wikinews (train split, hand-read set 73 for #13). */
    @Test
    void aTitleAndTheNameAfterItAreOnePhrase() {
        String text = "Inzwischen hat die hessische SPD-Chefin Andrea Ypsilanti die Länder zur Abschaffung der Gebühren "
            + "aufgefordert.";
        assertThat(prompts(text)).noneMatch(p -> p.startsWith("Wer hat die hessische")
            || p.startsWith("Was hat Andrea"));
        assertThat(statements(text, 10, true)).noneMatch(s -> s.startsWith("Andrea Ypsilanti hat die"));
    }

    /** From Wikinews (train split, hand-read set 73 for #13). */
    @Test
    void theYearOfATimeStaysWithIt() {
        assertThat(statements("Der nächste Start der Rakete soll im letzten Quartal diesen Jahres stattfinden.", 10, true))
            .noneMatch(s -> s.startsWith("Diesen Jahres") || s.startsWith("Im letzten Quartal soll"));
    }

    /** From Wikinews (train split, hand-read set 73 for #13). */
    @Test
    void aCompanyThatDoesSomethingAndAUnionsLettersAreAskedWithWerButACdIsAThing() {
        assertThat(prompts("Die Bahn führte die Arbeiten in der verkehrsarmen Zeit durch."))
            .anyMatch(p -> p.startsWith("Wer führte"));
        assertThat(prompts("Die GdF zeigt keinerlei Verständnis für den Verkauf.")).anyMatch(p -> p.startsWith("Wer zeigt"));
        assertThat(prompts("Die CD erhielt beim diesjährigen HörspielAward bereits dreimal Gold und einmal Bronze."))
            .noneMatch(p -> p.startsWith("Wer"));
    }

    /** From Wikinews (train split, hand-read set 74 for #13). */
    @Test
    void aMeasureSomethingHasIsNotAskedWithWasHat() {
        assertThat(prompts("Das Wrack hat eine Länge von etwa 250 Metern.")).noneMatch(p -> p.startsWith("Was hat das"));
    }

    /** From Wikinews (train split, hand-read set 74 for #13). */
    @Test
    void aDayAskedForTakesItsDateAlong() {
        assertThat(prompts("Die USA haben am Samstag, den 09.04.2005, einem anfliegenden Flugzeug aus den Niederlanden den "
            + "Luftraum gesperrt.")).noneMatch(p -> p.startsWith("Wann"));
    }

    /** From Wikinews (train split, hand-read set 74 for #13). */
    @Test
    void anArmyAndATerroristGroupAreAskedWithWer() {
        assertThat(prompts("Die Bundeswehr stellt weiterhin den Stützpunkt am Bundeswehrkrankenhaus zur Verfügung."))
            .anyMatch(p -> p.startsWith("Wer stellt"));
        assertThat(prompts("Al-Qaida wird für mehrere tödliche Anschläge im Jemen verantwortlich gemacht."))
            .noneMatch(p -> p.startsWith("Was wird"));
    }

    /** From Wikinews (train split, hand-read set 74 for #13): the article says it twice. */
    @Test
    void aSentenceTheArticleRepeatsIsAskedOnce() {
        String sentence = "Die Veranstalter zeigten sich mit dem Ergebnis zufrieden. ";
        List<String> prompts = prompts(sentence + "Auf Plakaten wurde die Privatsphäre mit Sauerstoff verglichen. "
            + sentence);
        assertThat(prompts).doesNotHaveDuplicates().contains("Wer zeigte sich mit dem Ergebnis zufrieden?");
    }

    /** From Wikinews (train split, hand-read sets 74 and 75 for #13). */
    @Test
    void anAdverbOfTheClauseIsNoPartOfAnAnswer() {
        String text = "In der Halle sollten ursprünglich riesige Transportluftschiffe gebaut werden.";
        assertThat(wh(text)).noneMatch(q -> q.solution().startsWith("ursprünglich"));
        assertThat(statements(text, 10, true)).noneMatch(s -> s.startsWith("Ursprünglich riesige"));
    }

    /** From Wikinews (train split, hand-read set 76 for #13). */
    @Test
    void theHeadOfASchoolIsSomeoneAndATopicIsNoPurpose() {
        assertThat(prompts("Der Leiter der betreffenden Schule hofft, die Frau halten zu können."))
            .anyMatch(p -> p.startsWith("Wer hofft"));
        assertThat(prompts("Der Anhänger eines polnischen Lastwagens wurde beschädigt.")).noneMatch(p -> p.startsWith("Wer"));
        assertThat(prompts("Die CDU hatte zu dem Thema Aufklärung gefordert.")).noneMatch(p -> p.startsWith("Wozu"));
    }

    /** From Wikinews (train split, hand-read set 76 for #13). */
    @Test
    void whatAFearIsOfStaysWithIt() {
        assertThat(statements("Gemischte Feiern werden aus Angst vor den Taliban und anderen radikalen Islamisten geheim "
            + "gehalten.", 20, true)).noneMatch(s -> s.startsWith("Vor den Taliban"));
    }

    /** From Wikinews (train split, hand-read set 77 for #13): a union's letters with its region is someone. */
    @Test
    void aBodysLettersWithItsRegionAreWer() {
        assertThat(prompts("Mit der Ankündigung einer Modifizierung des Verordnungsentwurfs zeigte sich die GEW "
            + "Niedersachsen noch nicht zufrieden.")).contains("Wer zeigte sich mit der Ankündigung einer "
                + "Modifizierung des Verordnungsentwurfs noch nicht zufrieden?");
    }

    /** From Wikinews (train split, hand-read set 77 for #13): a case named after a person is no one. */
    @Test
    void aCaseNamedAfterAPersonIsWas() {
        assertThat(prompts("Jörg Kachelmann wurde freigesprochen. Der Fall Kachelmann ist mit dem Tag des Urteils "
            + "nicht wirksam beendet.")).contains("Was ist mit dem Tag des Urteils nicht wirksam beendet?")
            .noneMatch(p -> p.startsWith("Wer ist"));
    }

    /**
     * From Wikinews (train split, hand-read set 77 for #13): "Was" for the subject beside an object that may be read
     * as the subject asks the other way round; an object in the plural or with "den" leaves no doubt.
     */
    @Test
    void wasForTheSubjectNeedsAnObjectThatShowsItsCase() {
        assertThat(prompts("Der letzte Spieltag entscheidet die Meisterschaft."))
            .contains("Was entscheidet der letzte Spieltag?").doesNotContain("Was entscheidet die Meisterschaft?");
        assertThat(prompts("Der Wiener Krankenanstaltenverbund hat die Vorwürfe am Samstag zurückgewiesen."))
            .contains("Was hat die Vorwürfe am Samstag zurückgewiesen?");
        assertThat(prompts("Das Hochwasser zerstörte den Damm in der Nacht."))
            .contains("Was zerstörte den Damm in der Nacht?");
    }

    /** From Wikinews (train split, hand-read set 77 for #13): a noun's infinitive with "zu" is not left out. */
    @Test
    void aNounKeepsItsInfinitiveWithZu() {
        assertThat(prompts("Über seine Webseite bietet der Hersteller derzeit allen Interessenten die Möglichkeit, am "
            + "Betatest teilzunehmen.")).noneMatch(p -> p.endsWith("die Möglichkeit?"));
        assertThat(prompts("Die Regierung hat den Plan, das Gesetz bis zum Sommer zu ändern."))
            .contains("Wer hat den Plan, das Gesetz bis zum Sommer zu ändern?");
    }

    /** From Wikinews (train split, hand-read set 77 for #13): a bare noun's relative clause hung on the verb. */
    @Test
    void aStatementKeepsABareNounsRelativeClause() {
        assertThat(statements("Vor der Entsendung bemannter Missionen sind Missionen geplant, die sich ausschließlich "
            + "auf automatisierte Systeme stützen sollen.", 10, true)).noneMatch(p -> p.startsWith("Missionen sind"));
    }

    /**
     * From Wikinews (train split, hand-read set 77 for #13): a date in apposition that the clause goes on after
     * without a comma, which the parse made the verb's conjunct; the few a relative clause says which.
     */
    @Test
    void aClauseGoingOnAfterADateAndTheFewWithoutTheirRelativeClauseAreNotAsked() {
        assertThat(prompts("Die Bank of England veröffentlichte am Freitag, den 11. August mit einer Pressenotiz eine "
            + "Liste von Tatverdächtigen der vereitelten Terroranschläge vom Donnerstag."))
            .noneMatch(p -> p.endsWith("am Freitag?") || p.endsWith("die Bank of England?"));
        // an afterthought the parse coordinated with the verb is no date
        assertThat(prompts("Privatanwender können das Produkt in der Free Edition kostenlos nutzen, allerdings bei "
            + "erheblich eingeschränktem Funktionsumfang.")).contains("Wer kann das Produkt in der Free Edition kostenlos "
                + "nutzen?");
        assertThat(prompts("Indien gehört zu den wenigen Staaten, die den Atomwaffensperrvertrag nicht unterzeichnet "
            + "haben.")).contains("Wozu gehört Indien?").doesNotContain("Was gehört zu den wenigen Staaten?");
    }

    /** From Wikinews (train split, hand-read set 77 for #13): what was demanded, in the subjunctive after a comma. */
    @Test
    void whatWasDemandedIsNotLeftOut() {
        assertThat(prompts("So wurden Forderungen gegen die Fußballvereine erhoben, sie müssten selbst für Ordnung "
            + "sorgen und dürften dies nicht staatlichen Organen wie der Polizei überlassen."))
            .noneMatch(p -> p.equals("Was wurde erhoben?"));
    }

    /** From Wikinews (train split, hand-read set 77 for #13): people and where they come from stay together. */
    @Test
    void peopleAndTheirOriginAreNotTornApart() {
        assertThat(prompts("Im Irak wurden zwei deutsche Ingenieure aus Leipzig entführt."))
            .contains("Wo wurden zwei deutsche Ingenieure aus Leipzig entführt?",
                "Wie viele deutsche Ingenieure aus Leipzig wurden im Irak entführt?")
            .noneMatch(p -> p.contains("Irak aus Leipzig"));
    }

    /** From Wikinews (train split, hand-read set 78 for #13): a team in the plural is someone, a television set not. */
    @Test
    void aTeamNamedInThePluralIsWerAndADeviceWas() {
        assertThat(prompts("Die San Antonio Spurs trafen auf die Utah Jazz. Die Spurs lagen mit einem Spiel vorne."))
            .contains("Wer lag mit einem Spiel vorne?").noneMatch(p -> p.startsWith("Was lag") || p.startsWith("Womit"));
        assertThat(prompts("Telefon, Fernseher oder Waschmaschine fehlen nur in zwei bis drei Prozent der Haushalte."))
            .contains("Was fehlt nur in zwei bis drei Prozent der Haushalte?").noneMatch(p -> p.startsWith("Wer"));
    }

    /**
     * From Wikinews (train split, hand-read set 78 for #13): the year of an attribute, "heute" of a state and "mit
     * Verspätung" are no time or means to ask for; a particle after a list keeps the clause whole.
     */
    @Test
    void noWannOrWomitForWhatSaysNeitherAndNoClauseCutBeforeItsParticle() {
        assertThat(prompts("In ihrem 2009 veröffentlichten Roman „Atemschaukel“ wird das Exildasein der "
            + "deutschsprachigen Rumänen in der Sowjetunion geschildert.")).noneMatch(p -> p.startsWith("Wann"));
        assertThat(prompts("Heute lebt Herta Müller in Berlin.")).contains("Wo lebt Herta Müller heute?")
            .noneMatch(p -> p.startsWith("Wann"));
        assertThat(prompts("Mit einer halbstündigen Verspätung konnte das Flugzeug zu seinem Zielflughafen in Newark "
            + "starten.")).noneMatch(p -> p.startsWith("Womit"));
        assertThat(prompts("Tim Duncan schrammte mit 24 Punkten, 13 Rebounds und 9 Blocks nur knapp am Triple Double "
            + "vorbei.")).noneMatch(p -> p.equals("Wer schrammte mit 24 Punkten?"));
        assertThat(prompts("Bei den New Jersey Nets stachen die üblichen Verdächtigen, erweitert um Mikki Moore (14 "
            + "Punkte), hervor: Jason Kidd (19 Punkte) und Vince Carter (11 Punkte).")).noneMatch(p -> p.startsWith("Wer stach"));
    }

    /**
     * From Wikinews (train split, hand-read set 78 for #13): of two shares, which one is asked is unclear; the verb's
     * "gegen" phrase read into the subject, and "zu sparen" read as a preposition, are misparses; a dative with "der"
     * after a noun reads as its genitive.
     */
    @Test
    void twoSharesAVerbsPhraseInTheSubjectAnInfinitiveReadAsAPhraseAndADativeReadAsAGenitive() {
        assertThat(prompts("In Deutschland verfügen nach Aussagen des Statistischen Bundesamtes 13 Prozent der "
            + "Bevölkerung über weniger als 60 Prozent des mittleren Einkommens.")).noneMatch(p -> p.endsWith("weniger?"));
        assertThat(prompts("In den Medien richtet sich Kritik vor allem gegen Deutschland."))
            .noneMatch(p -> p.startsWith("Was richtet sich"));
        assertThat(prompts("Unter dem Zwang, Kosten zu sparen, leidet oft auch die gesundheitliche Versorgung."))
            .noneMatch(p -> p.contains("unter dem Zwang"));
        assertThat(prompts("Der Regierung gestattet das Dekret die Zensur der Medien und garantiert Regierungsbeamten "
            + "Verschonung vor Strafverfolgung.")).noneMatch(p -> p.contains("Dekret der Regierung"));
        assertThat(prompts("Angesichts der wachsenden Proteste gegen die Sparpolitik der sozialistischen Regierung "
            + "Griechenlands bot Ministerpräsident Giorgos Papandreou der Opposition am gestrigen Mittwoch seinen "
            + "Rücktritt an.")).anyMatch(p -> p.startsWith("Wann bot"));
    }

    /** From Wikinews (train split, hand-read set 78 for #13): a genitive the parse hung on the verb is cut off. */
    @Test
    void aGenitiveHungOnTheVerbIsAMisparseButDesWeiterenIsNot() {
        String station = "Am 15. August 2007 waren vor einem Duisburger Restaurant („Da Bruno“) in der Nähe des "
            + "Hauptbahnhofs sechs Italiener erschossen worden, die zuvor in dem Restaurant gespeist hatten.";
        assertThat(statements(station, 10, true)).noneMatch(s -> s.startsWith("In der Nähe waren"));
        assertThat(prompts("Des Weiteren werden im linken Parteienspektrum die DKP und MLPD beobachtet."))
            .contains("Was wird des Weiteren im linken Parteienspektrum beobachtet?");
    }

    /** From the corpus (art_030): an adverb of how long is asked with "wie lange". */
    @Test
    void anAdverbOfHowLongIsAskedWithWieLange() {
        assertThat(prompts("Stundenlang hatte Unklarheit über die Identität der Opfer geherrscht."))
            .containsExactly("Wie lange hatte Unklarheit über die Identität der Opfer geherrscht?");
        assertThat(wh("Die Rebellen hatten die Stadt wochenlang belagert.")).filteredOn(q -> q.prompt()
            .equals("Wie lange hatten die Rebellen die Stadt belagert?")).singleElement()
            .satisfies(q -> assertThat(q.answers()).contains("wochenlang"));
    }

    /**
     * From DER STANDARD (10kGNAD test split, hand-read set 79 for #13): "worden" after the second participle closes
     * both, and the first without it ("ist … festgenommen") is neither asked nor stated.
     */
    @Test
    void anAuxiliaryAfterTheLastOfTwoParticiplesBelongsToBoth() {
        String text = "Nach einer Brandserie in einem Wohnhaus im Salzburger Stadtteil Gnigl ist eine 40-jährige Frau "
            + "festgenommen und in die Justizanstalt eingeliefert worden.";
        assertThat(prompts(text)).noneMatch(p -> p.endsWith("festgenommen?"));
        assertThat(statements(text)).noneMatch(s -> s.endsWith("festgenommen."));
    }

    /** From DER STANDARD (hand-read set 79 for #13): "Kriminalisten" and "Greg Holst" are people, asked with "wer". */
    @Test
    void aNounInAlistAndANameEndingInWhatIsAlsoAVerbFormArePeople() {
        assertThat(prompts("Mit Details halten sich die Kriminalisten aber unter Hinweis auf laufende Ermittlungen "
            + "noch bedeckt.")).contains("Wer hält sich mit Details unter Hinweis auf laufende Ermittlungen noch bedeckt?");
        assertThat(prompts("Greg Holst folgt dem in der Vorwoche entlassenen Finnen Hannu Järvenpää als Cheftrainer "
            + "des VSV nach.")).contains("Wer folgt dem in der Vorwoche entlassenen Finnen Hannu Järvenpää als "
            + "Cheftrainer des VSV nach?").noneMatch(p -> p.startsWith("Was "));
    }

    /** From DER STANDARD (hand-read set 79 for #13): "über den Landweg" says which way, not what about. */
    @Test
    void aWayIsNotAskedWithWorueber() {
        assertThat(prompts("Ein Großteil der Antiken verlässt das Land heute wohl über den Landweg."))
            .noneMatch(p -> p.startsWith("Worüber"));
    }

    /** From DER STANDARD (hand-read set 79 for #13): "der Pekinger Weltfrauenkonferenz" is a conference, no one. */
    @Test
    void aTownsAdjectiveBeforeANounIsNoPerson() {
        assertThat(prompts("Chinas älteste Frauenschutz-NGO hatte sich nach der Pekinger Weltfrauenkonferenz 1995 als "
            + "Nichtregierungsorganisation gegründet.")).noneMatch(p -> p.startsWith("Nach wem"));
    }

    /** From DER STANDARD (hand-read set 79 for #13): "kurz" grades "vor …", and does not stay behind alone. */
    @Test
    void aPhraseGradedByTheWordBeforeItIsNotMovedAlone() {
        assertThat(statements("Peking steht kurz vor Verabschiedung eines repressiven neuen Gesetzes für Auslands-NGOs."))
            .noneMatch(s -> s.endsWith(" kurz."));
    }

    /** From DER STANDARD (hand-read set 79 for #13): "sieben Soldaten und vier Angreifer" are two counts. */
    @Test
    void twoCountsSpelledOutAreNotAskedWithWieViele() {
        assertThat(prompts("Bei den Kämpfen starben am Wochenende sieben Soldaten und vier Angreifer."))
            .noneMatch(p -> p.startsWith("Wie viele"));
    }

    /** From DER STANDARD (hand-read set 79 for #13): "setzt … auf Optimismus" with "auf Optimismus" in the subject. */
    @Test
    void theVerbsObjectHungOnTheSubjectIsAMisparse() {
        assertThat(statements("Wie schon im Antrittsvideo setzt der 71-Jährige auf Optimismus in Zeiten der Krise."))
            .noneMatch(s -> s.contains("Krise setzt"));
    }

    /**
     * From DER STANDARD (hand-read set 79 for #13): an interview's label, a referring "es" and an opening "Beide" make
     * no statement.
     */
    @Test
    void aStatementNeedsNoSentenceBefore() {
        String text = "Das Gesetz zum Schutz von Frauen tritt am Dienstag in Kraft. Am 1. März tritt es nun mit 38 "
            + "Paragrafen in Kraft. Beide stritten in der Nacht auf den 3. November 2010, in der Li ihren Mann umbrachte. "
            + "Li wurde im November verurteilt. STANDARD: In Syrien und im Irak gibt es einen vom Islamischen Staat "
            + "organisierten Handel mit Kulturgütern. Der Handel wächst in Deutschland.";
        assertThat(statements(text, 12, false)).isNotEmpty().noneMatch(s -> s.contains("tritt es nun"))
            .noneMatch(s -> s.startsWith("Beide")).noneMatch(s -> s.startsWith("STANDARD"));
    }

    /** From DER STANDARD (hand-read set 79 for #13): "Vor allem" of the clause stays out of the apposition's statement. */
    @Test
    void anAppositionsStatementLeavesTheClausesFocusOut() {
        assertThat(statements("Vor allem Sinjibar, die Provinzhauptstadt von Abian, ist nachweislich davon betroffen."))
            .contains("Sinjibar ist die Provinzhauptstadt von Abian.").noneMatch(s -> s.startsWith("Vor allem"));
    }

    /** From DER STANDARD (hand-read set 79 for #13): "das eine" of two, the other of which comes later. */
    @Test
    void oneOfTwoIsNotAskedAbout() {
        assertThat(prompts("Archäologische Stätten sind aber nur das eine.")).isEmpty();
        assertThat(prompts("Andrea Fraser ist eine der herausragendsten Vertreterinnen der sogenannten Institutional "
            + "Critique.")).contains("Wer ist eine der herausragendsten Vertreterinnen der sogenannten Institutional "
            + "Critique?");
    }

    /** From DER STANDARD (hand-read set 79 for #13): "Van der Bellen" is swapped whole, never cut after "Van". */
    @Test
    void aCapitalParticleOpensTheSurname() {
        String text = "Kampagnenchef Lothar Lockl lächelt zufrieden. Alexander Van der Bellen positioniert sich als "
            + "verbindender Hoffnungsbringer. Der Kandidat will Details vorerst nicht preisgeben.";
        assertThat(prompts(text)).contains("Wer positioniert sich als verbindender Hoffnungsbringer?");
        assertThat(falseStatements(text, 12)).noneMatch(s -> s.contains("der Bellen") && !s.contains("Van der Bellen"));
    }

    /** From DER STANDARD (hand-read set 79 for #13): "Unzufriedenheit mit …" stays together beside "herrscht". */
    @Test
    void aNounsPhraseBesideAVerbOfBeingThereStaysWithIt() {
        String text = "Bei der Grünen Jugend herrscht indes Unzufriedenheit mit Van der Bellens Kandidatur.";
        assertThat(prompts(text)).noneMatch(p -> p.startsWith("Womit") || p.startsWith("Was herrscht"));
        assertThat(statements(text)).noneMatch(s -> s.startsWith("Mit "));
    }

    /** From DER STANDARD (hand-read set 79 for #13): an article and adjective whose noun comes after two commas. */
    @Test
    void aPhraseWhoseNounComesAfterTheCommaIsNotCutThere() {
        assertThat(prompts("LG entschied sich für sein neuestes Flaggschiff für den nominell etwas schwächeren, aber "
            + "anscheinend weniger hitzköpfigen, Snapdragon-808.")).noneMatch(p -> p.endsWith("schwächeren?"));
    }

    /** From DER STANDARD (hand-read set 79 for #13): a headline's bare "Nachfolger …" and an example are not asked. */
    @Test
    void aHeadlinesBareSubjectAndAnExampleAreNotAsked() {
        assertThat(prompts("Nachfolger des glücklosen Hannu Järvenpää ist gefunden.")).doesNotContain("Wer ist gefunden?");
        assertThat(prompts("Die Altstadt von Sada zum Beispiel, die jetzt durch saudische Luftangriffe völlig zerstört "
            + "ist, stand auf der Tentative List der UNESCO.")).noneMatch(p -> p.startsWith("Was stand"));
    }

    /** From DER STANDARD (10kGNAD test split, hand-read set 80 for #13): "Start-ups" cut at its hyphen is not asked. */
    @Test
    void aCompoundsTailHungOnTheVerbIsAMisparse() {
        assertThat(prompts("Wirtschaftsstaatssekretär Harald Mahrer (ÖVP) will heimischen Start-ups stärker unter die "
            + "Arme greifen.")).noneMatch(p -> p.contains("Start stärker"));
    }

    /** From DER STANDARD (hand-read set 80 for #13): "unter die Arme greifen", "in den Ring werfen" stay whole. */
    @Test
    void anIdiomsPhraseIsNeitherMovedNorAsked() {
        assertThat(statements("Der Staatssekretär will Start-ups stärker unter die Arme greifen."))
            .noneMatch(s -> s.startsWith("Unter die Arme"));
        assertThat(statements("Google selbst wirft ebenfalls seine gesamte Macht in den Ring."))
            .noneMatch(s -> s.startsWith("In den Ring"));
    }

    /** From DER STANDARD (hand-read set 80 for #13): "an dem vom Bildungsministerium aus Anlass …" misparsed. */
    @Test
    void anArticleCutFromItsNounByAPrepositionIsAMisparse() {
        assertThat(prompts("Gnesda erinnerte dabei an dem vom Bildungsministerium aus Anlass der Präsidentschaftswahlen "
            + "erneuerten Erlass zum Verbot politischer Werbung an Schulen.")).noneMatch(p -> p.startsWith("Was erinnerte"));
    }

    /** From DER STANDARD (hand-read set 80 for #13): "Die Größe" of what, only the sentence before says. */
    @Test
    void aMeasureOfNothingNamedIsNeitherAskedNorStated() {
        String text = "Die Warnhinweise werden größer. Die Größe wird mit 65 Prozent der Verpackungsfläche vorgegeben. "
            + "Der Preis steigt um 30 Prozent.";
        assertThat(prompts(text)).noneMatch(p -> p.contains("mit 65 Prozent der Verpackungsfläche vorgegeben"));
        assertThat(statements(text, 12, false)).noneMatch(s -> s.startsWith("Die Größe"));
    }

    /** From DER STANDARD (hand-read set 80 for #13): a reported statement keeps no "deshalb" whose "weil" it drops. */
    @Test
    void aReportedStatementWithoutItsReasonKeepsNoDeshalb() {
        assertThat(statements("Die Staatsanwaltschaft Mainz sieht von Ermittlungen ab. Es sei kein Verdacht für strafbares "
            + "Verhalten gegeben, informiert die Staatsanwaltschaft in einer Presseaussendung. Eine Beleidigung von Organen "
            + "und Vertretern ausländischer Staaten sei schon deshalb nicht erfüllt, weil sich der Beitrag ersichtlich nicht "
            + "mit dem Bundespräsidenten der Republik Österreich befasse.", 12, true)).noneMatch(s -> s.contains("deshalb"));
    }

    /** From DER STANDARD (hand-read set 80 for #13): "Das Thema Virtual Reality" names a topic, no one. */
    @Test
    void aNameAfterTheNounOfATopicIsNoPerson() {
        assertThat(prompts("Das Thema Virtual Reality hat ganz gehörig Schwung aufgenommen.")).noneMatch(p -> p.startsWith("Wer"));
    }

    /** From DER STANDARD (hand-read set 80 for #13): an opening "Und" inside a phrase and a category's name misparsed. */
    @Test
    void anOpeningUndInsideAPhraseAndACategorysNameAreMisparses() {
        assertThat(prompts("Und mit der Cardboard Camera, einer App für Android-Smartphones, können Rundumaufnahmen "
            + "getätigt werden.")).noneMatch(p -> p.contains(" und mit"));
        String category = "Vieles von den aktuellen Experimenten fällt eher unter die Kategorie umfassendes Video.";
        assertThat(prompts(category)).noneMatch(p -> p.endsWith("unter die Kategorie?"));
        assertThat(statements(category)).noneMatch(s -> s.endsWith("umfassendes Video."));
    }

    /**
     * From DER STANDARD (hand-read set 80 for #13): a follower of a militia, "Irmgard Griss" (her surname tagged a noun)
     * and "die Neos" are asked with "wer"; "um 51 Personen" with no "um wen".
     */
    @Test
    void followersCandidatesAndPartiesAreWerAndACountedChangeIsNoUmWen() {
        assertThat(prompts("Ein mutmaßlicher Anhänger der Jihadistenmiliz Islamischer Staat hat in Philadelphia einen "
            + "Polizisten angeschossen.")).contains("Wer hat in Philadelphia einen Polizisten angeschossen?");
        assertThat(prompts("Irmgard Griss wird bei der Bundespräsidentenwahl im Frühjahr kandidieren."))
            .contains("Wer wird bei der Bundespräsidentenwahl im Frühjahr kandidieren?");
        assertThat(prompts("Nach dem Hearing wollten die Neos zunächst abwarten, ob sich andere Kandidaten bereits für ein "
            + "Antreten entschieden haben.")).noneMatch(p -> p.startsWith("Was "));
        assertThat(prompts("Die Zahl der Mitarbeiter hat sich 2015 um 51 Personen auf 2680 verringert."))
            .noneMatch(p -> p.startsWith("Um wen"));
    }

    /** From DER STANDARD (hand-read set 80 for #13): "beträgt 72,67 Euro nicht" denies no amount. */
    @Test
    void anAmountWithoutAPrepositionIsNotNegated() {
        assertThat(falseStatements("Der Kostenbeitrag für die Kandidatur im Bezirk beträgt 72,67 Euro. Der Kandidat zahlt "
            + "selbst.", 12)).noneMatch(s -> s.endsWith("Euro nicht."));
    }

    /** From DER STANDARD (hand-read set 80 for #13): what "nicht …, sondern …" denies is not asked without the rest. */
    @Test
    void aClauseCorrectedBySondernIsNotAsked() {
        assertThat(prompts("Die Künstlerin lenkt den Blick nicht eigentlich auf die Phänomene, die sie abbildet, sondern "
            + "vielmehr auf den Prozess, der ihre grenzenlosen Sujets als Bilder an die Wand bringt.")).isEmpty();
        assertThat(prompts("London sieht traditionell keine eigene Rolle für die EU, sondern setzt auf die Nato."))
            .anyMatch(p -> p.endsWith("setzt auf die Nato?"));
    }

    /** From DER STANDARD (10kGNAD test split, hand-read set 81 for #13): a judgment framed after it says whose it is. */
    @Test
    void aClauseFramedAfterItIsAskedWithItsSpeakerOrNotAtAll() {
        assertThat(prompts("Der FDP-Abgeordnete Michael Theurer ist Berichterstatter. Juncker will sich seiner "
            + "Vergangenheit nicht stellen, urteilte Theurer.")).doesNotContain("Wer will sich seiner Vergangenheit nicht "
            + "stellen?");
        assertThat(prompts("Die Europäische Union hat in der Asylfrage bis jetzt versagt, so der Landeshauptmann."))
            .doesNotContain("Wer hat in der Asylfrage bis jetzt versagt?");
        assertThat(prompts("Die Hilfsorganisation Oxfam begrüßte die Entscheidung des IWF, fordert aber einen "
            + "umfangreicheren Schuldenerlass.")).contains("Wer begrüßte die Entscheidung des IWF?");
        assertThat(prompts("Juncker hat sich selbst als unfehlbaren Verfechter gerechter Steuerpolitik inszeniert, er hat "
            + "jede Verantwortung von sich gewiesen, obwohl das System in seiner Zeit aufgebaut wurde, erklärte Giegold."))
            .doesNotContain("Wer hat sich selbst als unfehlbaren Verfechter gerechter Steuerpolitik inszeniert?");
    }

    /**
     * From DER STANDARD (hand-read set 81 for #13): "Lech Kaczyński Wałęsa" beside "Lech Wałęsa" and "Jarosław
     * Kaczyński" is two people, and "Er" after it the one the article named in full.
     */
    @Test
    void aRunOfNamesThatDoesNotEndInAKnownFullNameIsTwoPeople() {
        List<String> asked = prompts("Jarosław Kaczyński ist Parteichef. Lech Wałęsa war in kommunistischer Zeit Anführer "
            + "der Gewerkschaft Solidarność. Im Jahr 2008 warf Lech Kaczyński Wałęsa persönlich Spionage vor. Er bestritt "
            + "die Existenz derartiger Unterlagen.");
        assertThat(asked).contains("Was bestritt Lech Wałęsa?").noneMatch(p -> p.contains("Kaczyński Wałęsa?"))
            .noneMatch(p -> p.endsWith("Spionage vor?"));
    }

    /** From DER STANDARD (hand-read set 81 for #13): "Der John W. Kluge Preis" is a prize, "des Kluge-Zentrums" a place. */
    @Test
    void aPrizeNamedAfterSomeoneAndACompoundOfTheirNameAreNoOne() {
        String text = "Der Preis wird von der privaten Stiftung John W. Kluge finanziert. Der John W. Kluge Preis würdigt "
            + "Philosophen. Habermas sei der wichtigste Philosoph, sagte Jane McAuliffe, Direktorin des Kluge-Zentrums.";
        assertThat(prompts(text)).noneMatch(p -> p.contains("laut John")).noneMatch(p -> p.startsWith("Wer wird"));
        assertThat(statements(text, 12, true)).noneMatch(s -> s.contains("Kluge ist Habermas"));
    }

    /**
     * From DER STANDARD (hand-read set 81 for #13): "Die Demokratin", which the dictionary lacks, and "sein
     * Zwillingsbruder Lech", whose relative clause the parse hung on the name before, are people.
     */
    @Test
    void aFeminineTheDictionaryLacksAndARelativeClausesOwnNounArePeople() {
        assertThat(prompts("Die Demokratin Clinton, die Nachfolgerin von Präsident Barack Obama werden will, steht seit "
            + "März wegen der Affäre in der Kritik.")).contains("Wer will Nachfolgerin von Präsident Barack Obama werden?")
            .noneMatch(p -> p.startsWith("Was ")).noneMatch(p -> p.startsWith("Warum"));
        assertThat(wh("Jaroslaw und sein Zwillingsbruder Lech, der 2010 als Staatspräsident bei einem Flugzeugunglück "
            + "starb, gehörten in den Achtzigerjahren der Solidarność an.")).filteredOn(q -> q.prompt().contains("starb"))
            .singleElement().satisfies(q -> {
                assertThat(q.prompt()).startsWith("Wer ");
                assertThat(q.answers()).doesNotContain("Jaroslaw");
            });
    }

    /** From DER STANDARD (hand-read set 81 for #13): "ins Gericht gehen", "in der Kritik stehen" stay whole. */
    @Test
    void moreIdiomsPhrasesStayWhole() {
        assertThat(statements("Ebenso heftig ging der FDP-Abgeordnete Michael Theurer mit Juncker ins Gericht."))
            .noneMatch(s -> s.startsWith("Ins Gericht"));
    }

    /**
     * From DER STANDARD (hand-read set 81 for #13): players hung on "der 57. Minute", "halt" read as the verb, "Kunde"
     * as a customer, "das Team um …" as whom it is about, "Österreich steht … bevor" as the subject.
     */
    @Test
    void moreMisreadingsAreNotAsked() {
        assertThat(prompts("Stöger brachte in der 57. Minute Milos Jojic und Simon Zoller als Verstärkung für die "
            + "Offensive.")).noneMatch(p -> p.startsWith("Wann"));
        assertThat(prompts("Es ist halt eine Schwerstpartie: Evita ist Rockröhre.")).doesNotContain("Was ist halt?");
        assertThat(prompts("Die Kunde von der Fehlentscheidung hatte sich inzwischen bis in die letzte Ecke "
            + "herumgesprochen.")).noneMatch(p -> p.startsWith("Wer"));
        assertThat(prompts("Für die Studie nahm das Team um Daniel Takahashi die Laute von Weißbüschelaffen auf."))
            .noneMatch(p -> p.startsWith("Um wen"));
        assertThat(prompts("Österreich steht ein extremes Wochenende bevor: Am Samstag erreicht die Hitzewelle einen "
            + "vorläufigen Höhepunkt.")).noneMatch(p -> p.contains("Wochenende bevor"));
        assertThat(prompts("Das Heer könnte etwa den Transport der aufgegriffenen Asylwerber übernehmen."))
            .contains("Wer könnte etwa den Transport der aufgegriffenen Asylwerber übernehmen?");
    }

    /** From DER STANDARD (hand-read set 81 for #13): "unter diesem Gesichtspunkt" points back whatever its article. */
    @Test
    void aPointOfViewGivenBeforeIsNotAsked() {
        assertThat(prompts("Wien wächst. Neue Stadtteile sollen auch unter diesem Gesichtspunkt geplant werden."))
            .noneMatch(p -> p.contains("unter dem Gesichtspunkt"));
    }

    /** From DER STANDARD (hand-read set 81 for #13): "nicht zu 100 Prozent" is a way of speaking, no figure to change. */
    @Test
    void aHundredPercentIsNoFigureToChange() {
        assertThat(falseStatements("Das Musical ergibt sich der Ikonenverehrung nicht zu 100 Prozent. Der Preis steigt um "
            + "30 Prozent.", 12)).noneMatch(s -> s.startsWith("Das Musical"));
    }

    /** From DER STANDARD (10kGNAD test split, hand-read set 82 for #13): an opening line written as a headline. */
    @Test
    void anOpeningLineWithoutArticlesIsNotAsked() {
        String text = "Weltmeister gewinnt Deutschland-Rallye vor Markenkollegen. Weltmeister Sebastien Ogier hat die "
            + "Deutschland-Rallye gewonnen.";
        assertThat(prompts(text)).noneMatch(p -> p.contains("vor Markenkollegen"))
            .contains("Wer hat die Deutschland-Rallye gewonnen?");
        assertThat(statements(text, 12, true)).noneMatch(s -> s.contains("Markenkollegen"));
    }

    /**
     * From DER STANDARD (hand-read set 82 for #13): "Jari-Matti" is no "Matti" to swap in, "Die 120 Tage von Sodom" no
     * count to double, "Homo Faber" after "der Max-Frisch-Klassiker" no one.
     */
    @Test
    void partsOfNamesAndTitlesAreNoFacts() {
        assertThat(falseStatements("Weltmeister Sebastien Ogier hat die Rallye gewonnen. Trotz des Erfolgs reichte es Ogier "
            + "aber nicht zur vorzeitigen Titelverteidigung. Der Finne Jari-Matti Latvala wurde Zweiter.", 12))
            .noneMatch(s -> s.contains("es Matti"));
        assertThat(falseStatements("Uraufführungen sind etwa die Produktion In/Formation des Autors Guy Krneta und Die 120 "
            + "Tage von Sodom von Milo Rau. Das Theater hat 300 Plätze.", 12)).noneMatch(s -> s.contains("240 Tage"));
        assertThat(falseStatements("Auf die Pfauenbühne kommen der Max-Frisch-Klassiker Homo Faber und die "
            + "Lukas-Bärfuss-Uraufführung Frau Schmitz. Bereits zum vierten Mal inszeniert Frey ein Stück. Barbara Frey "
            + "ist Intendantin.", 12)).noneMatch(s -> s.contains("inszeniert Faber"));
    }

    /** From DER STANDARD (hand-read set 82 for #13): "zum Besseren", "in die Arme sinken" stay with their verbs. */
    @Test
    void yetMoreIdiomsStayWhole() {
        assertThat(prompts("Die Dinge ändern sich zum Besseren.")).noneMatch(p -> p.startsWith("Wozu"));
        assertThat(statements("Voves, der scheidende Landesfürst, sank seinem Nachfolger gerührt in die Arme."))
            .noneMatch(s -> s.startsWith("In die Arme"));
    }

    /** From DER STANDARD (hand-read set 82 for #13): "nach diesem Prinzip" points back whatever its article. */
    @Test
    void aPrincipleSetOutBeforeIsNeitherAskedNorStated() {
        String text = "Deshalb sollte jede Person nach diesem Prinzip und der Rechtsprechung des Gerichts in Straßburg "
            + "behandelt werden.";
        assertThat(prompts(text)).noneMatch(p -> p.contains("nach dem Prinzip"));
        assertThat(statements(text)).noneMatch(s -> s.contains("nach dem Prinzip"));
    }

    /**
     * From DER STANDARD (hand-read set 82 for #13): a phrase whose only verb is in its relative clause, a broken
     * apposition with "nicht", "Was ist auch immer?", an answer that opens a parenthesis it does not close, and "an
     * diesem Donnerstag" made "an dem Sonntag".
     */
    @Test
    void brokenSentencesAndAnswersAreNotMade() {
        assertThat(falseStatements("Wie ist die Lage in Europa? In Norwegen aber auch zum Beispiel in Großbritannien, wo "
            + "Premier David Cameron seine Position ein wenig geändert hat. In Libyen ist die Lage schlimm.", 12))
            .noneMatch(s -> s.startsWith("In Norwegen"));
        assertThat(statements("Da plädiert Taschner für radikal neue Ansätze: Ein Haus der Geschichte muss auch ein Haus "
            + "der Zukunft sein – wenn Wien nicht Venedig, eine tote Stadt, werden will.")).noneMatch(s -> s.contains("Venedig ist"));
        assertThat(prompts("Und die Lösung des Problems ist auch immer: Geld.")).doesNotContain("Was ist auch immer?");
        assertThat(wh("Den Schlusspunkt setzte Soriano (86.) vom Elfmeterpunkt, nachdem er selbst gefoult worden war."))
            .noneMatch(q -> q.answers().get(0).endsWith("(86"));
        assertThat(falseStatements("An diesem Donnerstag steigt bei der Europameisterschaft in Frankreich das erste "
            + "Viertelfinale. Am Sonntag folgt das Finale.", 12)).noneMatch(s -> s.startsWith("An dem"));
    }

    /**
     * From DER STANDARD (10kGNAD test split, hand-read set 83 for #13): headline-style opening lines with an adjective
     * or a preposition before the bare noun, and a question that ends the sentence.
     */
    @Test
    void moreHeadlineStyleOpeningsAndQuestionsAreNotAsked() {
        assertThat(prompts("Internationales Team weist Erreger der gefährlichen Infektionskrankheit in Fledertieren nach. "
            + "Die Forscher testeten 1.135 Proben.")).noneMatch(p -> p.contains("Fledertieren"));
        String attack = "Bei Anschlag während Konzerts starben 90 Menschen. Das Bataclan war am 13. November überfallen "
            + "worden.";
        assertThat(prompts(attack)).noneMatch(p -> p.contains("Konzerts"));
        assertThat(falseStatements(attack, 12)).noneMatch(s -> s.contains("Konzerts"));
        assertThat(prompts("Um Schüler für die Musikschule zu gewinnen, wurde das Nobel Education Network gegründet."))
            .contains("Wozu wurde das Nobel Education Network gegründet?");
        String question = "Die Diskussion nimmt Fahrt auf. Wie lange sollte ein vernünftiger Arbeitstag dauern?. Die "
            + "Gewerkschaft ist dagegen.";
        assertThat(prompts(question)).noneMatch(p -> p.contains("Arbeitstag"));
        assertThat(statements(question, 12, true)).noneMatch(s -> s.contains("Arbeitstag"));
    }

    /**
     * From DER STANDARD (hand-read set 83 for #13): "über ein Mikrophon" is through a device, "eine Runde drehen" an
     * idiom, a "zwar" waits for its "aber", "Lee" of "Lee Sedol" is someone, "Niessl Doskozil" two people, and "einen
     * Trailer" under an auxiliary read as the verb is negated with "keinen".
     */
    @Test
    void devicesIdiomsZwarFamilyNamesFirstTwoSurnamesAndKein() {
        assertThat(prompts("Über ein Mikrophon kann man auch die eigene Stimme abspielen lassen."))
            .noneMatch(p -> p.startsWith("Worüber"));
        assertThat(prompts("Der WebStandard konnte eine Runde mit dem Rolling Bot drehen.")).noneMatch(p -> p.startsWith("Was"));
        assertThat(prompts("Zwar hatte AlphaGo schon im Oktober für Schlagzeilen gesorgt, als es den Europameister Fan Hui "
            + "mit 5:0 deklassiert hatte.")).noneMatch(p -> p.contains("zwar"));
        assertThat(prompts("Das Programm besiegte den Südkoreaner Lee Sedol. Lee geriet am Ende in Zeitnot und gab nach "
            + "mehr als vier Stunden auf.")).contains("Wer gab nach mehr als vier Stunden auf?");
        String two = "Hans Niessl ist Landeshauptmann. Hans Peter Doskozil war Polizeidirektor. Später holte Niessl "
            + "Doskozil wieder nach Eisenstadt, wo er zum Büroleiter des Landeshauptmannes aufstieg.";
        assertThat(prompts(two)).noneMatch(p -> p.contains("nach Eisenstadt"));
        assertThat(statements(two, 12, true)).noneMatch(s -> s.contains("Niessl Doskozil"));
        assertThat(falseStatements("Spiel soll Mitte Juni vorgestellt werden. Square Enix hat einen Trailer veröffentlicht. "
            + "Microsoft zahlt.", 12)).noneMatch(s -> s.contains("nicht einen"));
    }

    /**
     * From DER STANDARD (10kGNAD test split, hand-read set 84 for #13): "in 9,79 Sekunden" is how fast, "für seine
     * Verhältnisse" measured against him, "über die 100-m-Distanz" a race's length, "sich ein Denkmal setzen" an idiom,
     * "infrage" part of the verb, and an age no figure to double.
     */
    @Test
    void speedsMeasuresDistancesIdiomsAndAges() {
        String race = "Usain Bolt hat am Sonntag das Finale über 100 m in 9,79 Sekunden gewonnen. Bolt lief für seine "
            + "Verhältnisse schwache Zeiten. Über die 100-m-Distanz gewann der Olympiasieger sein drittes Gold.";
        assertThat(prompts(race)).noneMatch(p -> p.startsWith("Wann hat Usain Bolt am Sonntag"))
            .noneMatch(p -> p.startsWith("Wofür")).noneMatch(p -> p.startsWith("Worüber"));
        assertThat(prompts("Mit dem Bau neuer Hauptgebäude setzen sich momentan zahlreiche IT-Konzerne ein Denkmal."))
            .noneMatch(p -> p.startsWith("Was setzen"));
        assertThat(statements("Der slowakische Premier Robert Fico stellt die Art des Abkommens nun aber in der "
            + "Tageszeitung Sme infrage.")).noneMatch(s -> s.contains("Sme infrage stellt"));
        assertThat(falseStatements("Der Mythen- und Religionsforscher wurde 91 Jahre alt. Er lebte in Stanford.", 12))
            .noneMatch(s -> s.contains("182"));
    }

    /**
     * From DER STANDARD (10kGNAD test split, hand-read set 85 for #13): a person's surname swapped in as a place, the
     * number of "iPhone 6 Plus" doubled, "EU-Digitalkommissar will …" (a headline whose compound the tokens split),
     * "andere Regeln | als …" taken apart, and "Der Bub" asked with "was".
     */
    @Test
    void surnamesAsPlacesProductNumbersCompoundHeadlinesOtherThanAndBoys() {
        assertThat(falseStatements("Präsident Petro Poroschenko ist in Kiew. In Odessa lebt auch eine große "
            + "russischsprachige Gemeinschaft. In Odessa wurde die alte Verkehrspolizei aufgelöst und ersetzt. Arseni "
            + "Jazenjuk ist Premier.", 12)).noneMatch(s -> s.contains("In Poroschenko") || s.contains("In Jazenjuk"));
        assertThat(falseStatements("Das iPhone 7 ist neu. Einen eigenen Hashtag (Bendgate) bekam der Umstand, dass das "
            + "iPhone 6 Plus aufgrund seiner Form anfällig für Verbiegungen war.", 12)).noneMatch(s -> s.contains("iPhone 12"));
        assertThat(prompts("EU-Digitalkommissar will Urheberrechte stärken und Geoblocking aufweichen. Der Digitalkommissar "
            + "der Europäischen Union, Günther Oettinger, hat sich erneut geäußert.")).doesNotContain("Wer will Urheberrechte stärken?");
        assertThat(statements("In der Welt der Quantenmechanik gelten völlig andere Regeln als im makroskopischen "
            + "Universum.")).noneMatch(s -> s.contains("völlig als"));
        assertThat(prompts("Der Bub wollte testen, ob Instagrams Kommentarspalte schadhaften Code aushält."))
            .noneMatch(p -> p.startsWith("Was "));
    }

    /**
     * From DER STANDARD (10kGNAD test split, hand-read set 86 for #13): a straight quotation mark left open, the
     * infinitive of "die Möglichkeit" read apart, a frame after the clause with its time and place, "nur so", "Servus"
     * hung on nothing, "Der Oberste Gerichtshof" read as a phrase, a run-in subheading, "sagte" with nothing said,
     * "Die Branche hofft" asked with "was", and a speaker's label before a colon.
     */
    @Test
    void straightQuotesInfinitivesOfNounsFramesInThatWayRunInSubheadingsAndLabels() {
        String rechner = "Die Gewerkschaft GPA-djp lanciert den \"All-in-Rechner\" und findet, dass die Vertragsform auf die "
            + "Führungsebene beschränkt gehört.";
        assertThat(prompts(rechner)).noneMatch(p -> p.contains("\"All-in-Rechner?"));
        assertThat(statements(rechner, 8, true)).noneMatch(s -> s.startsWith("Den \"All-in-Rechner lanciert"));
        assertThat(prompts("Mitarbeiter sollen zudem jederzeit die Möglichkeit haben, wieder aus All-in auszusteigen."))
            .noneMatch(p -> p.contains("die Möglichkeit haben?") || p.startsWith("Was sollen"));
        assertThat(prompts("Heiko Maas hat den Anschlag verurteilt. Das Ausmaß der Gewalt ist erschreckend, erklärte der "
            + "SPD-Politiker am Freitag in Berlin.")).doesNotContain("Was ist erschreckend?");
        String servus = "Servus TV hat ein Budget. Nur so konnte sich Servus TV die kostspieligen Produktionen leisten.";
        assertThat(prompts(servus)).noneMatch(p -> p.contains("nur so"));
        assertThat(statements(servus, 8, true)).noneMatch(s -> s.contains("nur so"));
        assertThat(prompts("An handwerklichem Können ist Servus TV nicht gescheitert.")).noneMatch(p -> p.contains("Servus nicht"));
        assertThat(prompts("Der Oberste Gerichtshof hat das Mitteilungsheft von Young Enterprises im vergangenen Jahr "
            + "wegen aggressiver Geschäftspraktiken verboten.")).noneMatch(p -> p.contains("Young Enterprises der Oberste"));
        assertThat(falseStatements("Kemler war nicht zu erreichen. Schnelle Gehaltserhöhungen Angeblich sind nämlich etliche "
            + "der 15 Öbib-Mitarbeiter im vorigen Frühling in den Genuss von Boni-Erhöhungen gekommen.", 12))
            .noneMatch(s -> s.contains("Gehaltserhöhungen Angeblich"));
        assertThat(prompts("Ohne 5G, sagte Alexander Schuster, Österreich-Chef des chinesischen Netzwerkausrüsters ZTE am "
            + "Montagabend vor Journalisten.")).noneMatch(p -> p.contains("sagte"));
        assertThat(prompts("Die Branche hofft, dass Roboter und autonome Autos zuverlässig gesteuert werden können."))
            .noneMatch(p -> p.startsWith("Was hofft"));
        assertThat(prompts("ZTE-Chef Schuster: Bis 2020 wird der mobile Datenverkehr weltweit um das Achtfache anwachsen."))
            .isEmpty();
    }

    /**
     * From DER STANDARD (10kGNAD test split, hand-read set 86 for #13), words the parse put in the wrong phrase: a
     * person after a place ("in der Steiermark Franz Voves"), a bare plural after the subject's noun ("der Konzern
     * teilautonome Laster"), a phrase hung on "keiner", "der oder die Neue"; and "kein weiterer Schritt", a part and
     * its player asked with "wer", "Wer zieht nach?", "auf das Sponsoring" put first, a birth year and "diesen 25
     * Jahren" swapped, "Zum Vergleich:" kept in a false statement.
     */
    @Test
    void misreadPhrasesPredicatesWithKeinPlayedPartsAndNumbersThatPointBack() {
        assertThat(prompts("Der Betriebswirt folgt in der Steiermark Franz Voves nach.")).isEmpty();
        assertThat(statements("Der Betriebswirt folgt in der Steiermark Franz Voves nach.", 8, false)).isEmpty();
        String laster = "Im vergangenen Sommer hatte der Konzern teilautonome Laster auf einer abgesperrten Strecke bei "
            + "Magdeburg vorgeführt.";
        assertThat(prompts(laster)).noneMatch(p -> p.startsWith("Wer hatte"));
        assertThat(statements(laster, 8, true)).noneMatch(s -> s.contains("Konzern teilautonome Laster hatte"));
        assertThat(statements("Offiziell spricht keiner der drei Genannten über mögliche Ambitionen auf die "
            + "Schaden-Nachfolge.", 8, true)).noneMatch(s -> s.startsWith("Keiner der drei Genannten über"));
        assertThat(statements("Zumindest ein Jahr sollte der oder die Neue Zeit haben, sich in der Öffentlichkeit zu "
            + "positionieren.", 8, true)).isEmpty();
        assertThat(falseStatements("Die Genehmigung ist für Daimler ein weiterer Schritt auf dem Weg zu serienreifen "
            + "Autopilot-Lkw.", 12)).noneMatch(s -> s.contains("nicht ein weiterer"));
        assertThat(prompts("Die lebenslustige Grete (Barbara Petritsch) hockt lauernd am Tisch."))
            .contains("Wer hockt lauernd am Tisch?");
        assertThat(prompts("Das Bildungsministerium zieht nun nach und macht die Landesschulräte auf die Regeln für "
            + "kommerzielle Werbung an Schulen aufmerksam.")).doesNotContain("Wer zieht nach?");
        assertThat(statements("Die Bank berät gerade mit dem Landesschulrat über die Auswirkungen des Schreibens auf das "
            + "Sponsoring.", 8, true)).noneMatch(s -> s.startsWith("Auf das Sponsoring"));
        assertThat(falseStatements("Andreas Haitzer zog sich 2013 aus dem Landtag zurück. Nach dem Rückzug ist der 1972 "
            + "geborene Bürgermeister von St. Margarethen, Gerd Brand, nachgerückt.", 12)).noneMatch(s -> s.contains("2013 geborene"));
        String wohnbau = "Ein Vierteljahrhundert ist seit der Uraufführung vergangen. In diesen 25 Jahren hat der soziale "
            + "Wohnbau enorme Fortschritte gemacht. Die Reform kam 1990.";
        assertThat(statements(wohnbau, 12, true)).noneMatch(s -> s.contains("diesen 25"));
        assertThat(falseStatements(wohnbau, 12)).noneMatch(s -> s.contains("diesen"));
        assertThat(falseStatements("Servus TV erhielt 2015 Geld. Zum Vergleich: Die größte Empfängerin von "
            + "Presseförderung war 2015 die Tageszeitung Die Presse mit 957.000 Euro. Im Jahr 2012 gab es weniger.", 12))
            .noneMatch(s -> s.startsWith("Zum Vergleich"));
    }

    /**
     * From DER STANDARD (10kGNAD test split, hand-read set 86 for #13): "Dank Bonifikationen" is no one, "Diejenige,
     * die am Wort ist" no answer, and "Der 61-Jährige" is the one the sentence before names.
     */
    @Test
    void aPrepositionIsNoGivenNameDiejenigeNoAnswerAndAnAgeIsWhoWasNamed() {
        assertThat(People.of(GermanAnalysis.analyze("Kemler war nicht zu erreichen. Doch zurück zu den Goodies: Dank "
            + "Bonifikationen können die Einkommen der Mitarbeiter um 30 Prozent erhöht werden."), GermanAnalysis.MORPHOLOGY)
            .persons()).noneMatch(p -> p.name().contains("Bonifikationen"));
        assertThat(prompts("Damentag heißt hier: Diejenige, die am Wort ist, vergällt den beiden anderen das "
            + "Glücklichsein.")).noneMatch(p -> p.startsWith("Was ist am Wort") || p.startsWith("Wer ist am Wort"));
        assertThat(wh("Heinz Schaden ist seit 1992 Mitglied der Stadtregierung und seit 1999 Bürgermeister. Der 61-Jährige "
            + "hat wiederholt angekündigt, bei der Wahl im März 2019 nicht mehr anzutreten."))
            .filteredOn(q -> q.prompt().startsWith("Wer hat wiederholt angekündigt"))
            .singleElement().satisfies(q -> assertThat(q.answers()).contains("Schaden"));
    }

    /**
     * From DER STANDARD (10kGNAD test split, hand-read set 86 for #13): "Erna (Regina Fritsch)": the player in brackets
     * after her part, so a later "Sie" may mean either name.
     */
    @Test
    void aPronounAfterAPartAndItsPlayerIsNotResolved() {
        assertThat(prompts("Erna (Regina Fritsch) ähnelt dem Tenorsaxofon. Sie deckt die breite Mitte ab."))
            .noneMatch(p -> p.contains("Fritsch"));
    }

    /**
     * From DER STANDARD (10kGNAD test split, hand-read set 87 for #13): "daraus" points back, "nicht" before a phrase
     * ahead of a bare object, a label before the first of several colons, "bis zu sechs Wochen" no "bis wann", "in
     * anderen Bundesländern", idioms ("das Heft in die Hand nehmen", "in Interaktion treten", "ein Ende haben"),
     * "zuvor" not put first, "die Forderung nach …" kept together, frames after the words ("heißt es in …", "sagt X,
     * wissenschaftlicher Leiter …", "hielt Klug … fest"), a name in a noun's phrase before a relative clause, and
     * "allerdings" inside the subject.
     */
    @Test
    void pointingWordsBareObjectsLabelsIdiomsFramesAndAdverbsInsideTheSubject() {
        assertThat(prompts("Lubomyr Melnyk spielte Minimal Music. Melnyk entwickelte daraus seine komplexe Continuous "
            + "Music.")).noneMatch(p -> p.contains("daraus"));
        assertThat(falseStatements("Die Unternehmen hatten mit verschiedenen Lieferanten Preise abgesprochen.", 12))
            .noneMatch(s -> s.contains("nicht mit verschiedenen"));
        assertThat(falseStatements("Die Schule hat 2006 begonnen. VORSCHULSTUFE: Immer mehr Kinder werden in "
            + "Vorschulklassen eingestuft (2006: 7,2 Prozent; 2013: 10,4).", 12)).noneMatch(s -> s.startsWith("VORSCHULSTUFE"));
        assertThat(prompts("Der Bau selbst wird bis zu sechs Wochen dauern.")).noneMatch(p -> p.startsWith("Bis wann"));
        assertThat(prompts("In Wien dominiert das Gymnasium. In anderen Bundesländern dominiert die Neue Mittelschule."))
            .noneMatch(p -> p.contains("anderen Bundesländern") || p.startsWith("Wo dominiert"));
        assertThat(prompts("Apple-Fans nehmen deshalb das Heft selbst in die Hand.")).noneMatch(p -> p.startsWith("Was nehmen"));
        assertThat(prompts("Die Handpuppen treten mit den Kindern in Interaktion, schütteln die Hände oder geben sogar "
            + "Bussi.")).doesNotContain("Mit wem treten die Handpuppen?");
        assertThat(prompts("Das rot-schwarze Gezerre um den Zaun hat ein Ende.")).noneMatch(p -> p.startsWith("Was hat"));
        String niessl = "Der burgenländische Landeshauptmann Hans Niessl hatte die Forderung nach einer Nachschärfung der "
            + "Entsenderichtlinie zuvor am Montagabend verteidigt.";
        assertThat(statements(niessl, 12, true)).noneMatch(s -> s.startsWith("Zuvor") || s.startsWith("Nach einer"));
        String urlaub = "Viele Bundesbürger sind zunehmend verunsichert und stellen die Sicherheit vor Ort infrage, heißt "
            + "es in der BAT-Analyse. Keine touristische Region hat in den letzten zehn Jahren so viele deutsche Gäste "
            + "verloren wie die Alpenrepublik, sagt Ulrich Reinhardt, wissenschaftlicher Leiter der Hamburger Stiftung.";
        assertThat(prompts(urlaub)).noneMatch(p -> p.startsWith("Wer ist zunehmend verunsichert"));
        assertThat(statements(urlaub, 12, true)).noneMatch(s -> s.startsWith("In den letzten zehn Jahren hat keine"));
        assertThat(prompts("Eine Orbansierung Österreichs findet nicht statt, hielt Klug in Anspielung auf Ungarns "
            + "Premier Viktor Orban fest.")).doesNotContain("Was findet nicht statt?");
        assertThat(statements("Gleichzeitig ist jedoch die Zahl der Kinder mit SPF, die an Sonderschulen unterrichtet "
            + "werden, konstant geblieben.", 12, true)).noneMatch(s -> s.startsWith("SPF"));
        assertThat(statements("Zwischen 2009 und 2012 hat sich die Ausstattung in diesem Bereich allerdings laut "
            + "PISA-Studie nicht weiter verbessert.", 12, true)).noneMatch(s -> s.contains("Bereich allerdings"));
    }

    /**
     * From DER STANDARD (10kGNAD test split, hand-read set 88 for #13): a bare noun predicate is no answer, a sentence
     * opening with its verb is not falsified, a title in quotation marks names no one, "Jihadistenhochburg Raqqa" is a
     * town, "in vergleichsweise kurzer Zeit" no "wann", "zu einem Urteil kommen" no "wohin", ", so X" closing the
     * sentence says whose view it is, and a question keeps no examples of its answer.
     */
    @Test
    void barePredicatesVerbFirstTitlesStrongholdsQuickTimesVerdictsAndExamples() {
        assertThat(prompts("Ein ausreichend leistungsstarker PC ist zudem Voraussetzung."))
            .doesNotContain("Was ist ein ausreichend leistungsstarker PC?");
        assertThat(falseStatements("Der Gerichtshof hat 2011 geurteilt. Hatte der Europäische Gerichtshof doch Anfang 2014 "
            + "festgehalten, dass das Verlinken keinen Urheberrechtsverstoß darstellt.", 12)).noneMatch(s -> s.startsWith("Hatte"));
        assertThat(People.of(GermanAnalysis.analyze("\"Urban Change in Time\" zeigt Veränderungen in Wien. Urban Change "
            + "in Time basiert auf Kartenmaterial."), GermanAnalysis.MORPHOLOGY).persons())
            .noneMatch(p -> p.name().startsWith("Urban"));
        assertThat(People.of(GermanAnalysis.analyze("Tunesier nahe Jihadistenhochburg Raqqa tödlich getroffen. Raqqa gilt "
            + "als Hauptstadt des Islamischen Staats."), GermanAnalysis.MORPHOLOGY).persons())
            .noneMatch(p -> p.name().contains("Raqqa"));
        assertThat(prompts("Mithilfe einer Spezial-Kamera kann ein einzelner Taucher in vergleichsweise kurzer Zeit die Daten "
            + "eines großes Gebiets sammeln.")).noneMatch(p -> p.startsWith("Wann"));
        assertThat(prompts("Dabei kommt TheVerge zu einem vernichtenden Urteil.")).noneMatch(p -> p.startsWith("Wohin"));
        assertThat(prompts("Die Studie ist ein wichtiger Startpunkt und zeigt, dass wir verstärkt in Richtung "
            + "Zukunftsplanung aktiv werden müssen, um das hohe Niveau der Versorgungssicherheit in Österreich weiterhin "
            + "erfolgreich halten zu können, so ÖVGW-Präsident Wolfgang Zerobin."))
            .doesNotContain("Was ist die Studie?");
        assertThat(prompts("Smartphones mit größeren Displays werden bereits als Phablet bezeichnet, etwa Samsungs Galaxy "
            + "Note 4 oder das Huawei Mate 8.")).noneMatch(p -> p.contains(", etwa"));
    }

    /**
     * From DER STANDARD (10kGNAD test split, hand-read set 89 for #13): "Bayern München" first in the sentence is one
     * name, English clubs are no people and are wer, "auf dem Platz stehen", "jedes Kind, das …" no answer, "hier" in a
     * statement, a headline's "Österreicher verzichtet …", a dateline of several tokens, and a who-said-it question
     * opening with "sein" or "wobei".
     */
    @Test
    void clubsPitchesEveryoneHereHeadlinesDatelinesAndQuotesThatGoOn() {
        String bayern = "Bayern München übernahm zumindest für eine Nacht die Tabellenführung. Der VfL Wolfsburg siegte in "
            + "Köln.";
        assertThat(falseStatements(bayern, 12)).noneMatch(s -> s.startsWith("Bayern Köln") || s.startsWith("Bayern Wolfsburg"));
        assertThat(People.of(GermanAnalysis.analyze("West Bromwich Albion verlor. Newcastle United setzte sich durch."),
            GermanAnalysis.MORPHOLOGY).persons()).isEmpty();
        assertThat(prompts("West Ham United hat sich an Manchester United vorbei auf den fünften Tabellenplatz geschoben."))
            .anyMatch(p -> p.startsWith("Wer hat sich")).noneMatch(p -> p.startsWith("Was hat sich"));
        assertThat(prompts("Alaba stand über 90 Minuten im Abwehrzentrum auf dem Platz.")).noneMatch(p -> p.startsWith("Wo stand"));
        assertThat(prompts("Man könne davon ausgehen, dass jedes Kind, das aus einem Kriegsgebiet geflüchtet ist, "
            + "seelische Verletzungen davongetragen habe, sagte die Psychotherapeutin."))
            .doesNotContain("Wer ist aus einem Kriegsgebiet geflüchtet?");
        assertThat(statements("Die Befürworter versprechen den Briten nicht zuletzt hier eine neue Selbstbestimmung.", 12,
            true)).noneMatch(s -> s.contains("hier"));
        assertThat(prompts("Österreicher verzichtet auf die Qualifikation bei den Australian Open. Gerald Melzer spielt "
            + "diese Woche in Buenos Aires.")).noneMatch(p -> p.startsWith("Wer verzichtet"));
        assertThat(statements("Stoke-on-Trent – Das Heimspiel von Stoke City gegen Sunderland ist für Marko Arnautovic zu "
            + "einer Hochschaubahn der Gefühle geworden.", 12, true)).noneMatch(s -> s.contains("Stoke-on-Trent –"));
        List<String> quotes = java.util.stream.IntStream.range(0, 6).boxed().flatMap(seed -> new QuoteGenerator(
                GermanAnalysis.MORPHOLOGY, GermanAnalysis.PARSER).questions(GermanAnalysis.analyze("Für Jazenjuk wäre das "
                + "Scheitern der Verhandlungen optimal, meint der Kiewer Politologe Alexander Kawa. Sein Interesse an einer "
                + "Einigung sei also gering, glaubt Kawa. Die Psychotherapeutin Barbara Preitler arbeitet für Hemayat. "
                + "Wobei grundsätzlich mehr in die Schulpsychologie investiert werden sollte, sagt Preitler."),
                new Random(seed)).stream())
            .filter(q -> QualityGates.violations(q).isEmpty()).map(Question::prompt).toList();
        assertThat(quotes).noneMatch(q -> q.contains(", sein Interesse") || q.contains(", wobei"));
    }

    /**
     * From DER STANDARD (10kGNAD test split, hand-read set 90 for #13): "den höchsten Wert seit sechs Jahren" kept
     * together, "stärker als erwartet" not cut, "drei Wochen lang" not taken apart, "nach ihren Worten", an answer
     * with "nicht", "am Werk sehen", "das Grundrecht auf Erwerbsfreiheit".
     */
    @Test
    void superlativesSinceComparisonsMeasuresWhoseWordsDenialsAndRightsTo() {
        String angst = "Die Angst vor Datenkriminellen hat den höchsten Wert seit sechs Jahren erreicht.";
        assertThat(prompts(angst)).noneMatch(p -> p.startsWith("Seit wann"));
        assertThat(statements(angst, 12, true)).noneMatch(s -> s.startsWith("Seit sechs Jahren"));
        String wifo = "Die Wirtschaft wuchs laut Wifo etwas stärker als erwartet, Privatkonsum, Investitionen und "
            + "Tourismus stützen die Konjunktur.";
        assertThat(prompts(wifo)).noneMatch(p -> p.endsWith("stärker?"));
        assertThat(statements(wifo, 12, true)).noneMatch(s -> s.endsWith("stärker."));
        assertThat(prompts("Wegen des Geldabflusses hielt die Regierung die Banken drei Wochen lang geschlossen."))
            .noneMatch(p -> p.startsWith("Wie viele Wochen"));
        assertThat(prompts("Sie traf die Minister. Nach ihren Worten geht es bei den Gesprächen um ein Hilfspaket."))
            .noneMatch(p -> p.contains("nach ihren Worten"));
        assertThat(prompts("Nicht jeder Bart ist politisch verdächtig.")).doesNotContain("Was ist politisch verdächtig?");
        assertThat(statements("Roman Stiftner sieht in diesem Bereich viel Innovationskraft in Österreich am Werk.", 12,
            true)).noneMatch(s -> s.startsWith("Am Werk"));
        assertThat(statements("Bloße Verwaltungsökonomie rechtfertigt laut langjähriger Judikatur allein keine Eingriffe "
            + "in das Grundrecht auf Erwerbsfreiheit.", 12, true)).noneMatch(s -> s.startsWith("Auf Erwerbsfreiheit"));
    }

    /**
     * From DER STANDARD (10kGNAD test split, hand-read set 91 for #13): a sentence that says "ich" outside quotation
     * marks, with no verb of saying, is someone's words, which no question or statement gives as what happened.
     */
    @Test
    void aSentenceInTheFirstPersonIsSomeonesWords() {
        String zlatan = "Trezeguet sah die Motivation vorhanden. PSG braucht den besten Zlatan, und ich bin sicher, dass "
            + "er entscheidend sein wird.";
        assertThat(prompts(zlatan)).noneMatch(p -> p.contains("den besten Zlatan"));
        assertThat(prompts("PSG braucht den besten Zlatan in der Champions League.")).isNotEmpty();
        // framed by a verb of saying, the words are someone's and the rest of the sentence may be asked
        assertThat(prompts("Die Reise leitet Martin Höfler. Unsere Projektsprache ist schlechtes Englisch, scherzt "
            + "Höfler, der seitens des Forums gemeinsam mit Nikos Zachariadis im Projektteam sitzt."))
            .anyMatch(p -> p.startsWith("Wer sitzt"));
    }

    /**
     * From DER STANDARD (10kGNAD test split, hand-read set 91 for #13): a professional, a champion and a chamber that
     * speaks for doctors are someone.
     */
    @Test
    void professionalsChampionsAndChambersAreWer() {
        assertThat(prompts("Der wertvollste Profi der Vorrunde stellte einen Negativrekord für die Finalspiele auf."))
            .contains("Wer stellte einen Negativrekord für die Finalspiele auf?").noneMatch(p -> p.startsWith("Was stellte einen"));
        assertThat(prompts("Der portugiesische Rekordmeister scheint bei 13 Siegen in 14 Pflichtspielen in Form."))
            .noneMatch(p -> p.startsWith("Was scheint"));
        assertThat(prompts("Den Vorwurf der Ministerin weist die Ärztekammer am Montag zurück."))
            .contains("Wer weist den Vorwurf der Ministerin am Montag zurück?");
        assertThat(prompts("Die Ministerin fordert die Interessenvertretung zu konstruktiven Verhandlungen auf."))
            .noneMatch(p -> p.startsWith("Was fordert"));
        assertThat(prompts("Die Forscher fanden in der Schatzkammer am Montag eine alte Krone."))
            .noneMatch(p -> p.startsWith("In wem"));
    }

    /**
     * From DER STANDARD (10kGNAD test split, hand-read set 91 for #13): verbs joined by "oder", a pluperfect read as a
     * copula, a hospital's name read as a second subject, a frame with "auch" before its speaker, "dem" pointing
     * back, a fragment, "zuletzt" before "wieder", "vielmehr", "etwa" for "for example", a screen said only by
     * its relative clause, a number that goes down, "die anderen 2.400", "gegen Chelsea".
     */
    @Test
    void alternativesPluperfectsFramesPointersFragmentsExamplesAndOpponents() {
        String crossed = "Knapp 3.500 Menschen überquerten am Mittwoch die Übergänge in Neuhaus am Inn oder kamen mit "
            + "dem Zug am Passauer Bahnhof an.";
        assertThat(prompts(crossed)).noneMatch(p -> p.startsWith("Wer") || p.startsWith("Womit")
            || p.startsWith("Wie viele") || p.startsWith("Wann"));
        assertThat(prompts("Das Flüchtlingsboot war wenige hundert Meter vor der Küste wegen starken Seegangs gekentert."))
            .noneMatch(p -> p.startsWith("Was war das"));
        assertThat(prompts("Eine Person musste in das Landeskrankenhaus Wagna gebracht werden."))
            .noneMatch(p -> p.contains("Person Wagna"));
        String calm = "Die Polizei kontrolliert am Brenner. Momentan ist die Lage ruhig, sagte auch ein Sprecher der "
            + "Landespolizeidirektion Tirol.";
        assertThat(prompts(calm)).doesNotContain("Was ist momentan ruhig?");
        assertThat(statements(calm, 12, true)).doesNotContain("Die Lage ist momentan ruhig.");
        assertThat(prompts("Johann Tschürtz verlangt eine Volksbefragung. Hans Lotter, der rote Bürgermeister, "
            + "widerspricht dem vehementest.")).noneMatch(p -> p.contains("widerspricht dem"));
        assertThat(falseStatements("Johann Tschürtz verlangt eine Volksbefragung. Die Gemeinde ist nicht einverstanden. "
            + "Genauso wenig wie mit Hans Lotter, dem SPÖ-Bürgermeister von Schattendorf, wo im alten Zollhaus ein "
            + "drittes Asylregistrierzentrum entstehen soll.", 12)).noneMatch(s -> s.startsWith("Genauso wenig"));
        String lately = "Zuletzt nahmen die einschlägigen Aktivitäten wieder zu.";
        assertThat(prompts(lately)).contains("Was nahm zuletzt wieder zu?");
        assertThat(statements(lately, 12, true)).contains("Die einschlägigen Aktivitäten nahmen zuletzt wieder zu.");
        // the time adverb stays before an indefinite subject, not after it at the end
        assertThat(statements("Ursprünglich stand ein Mord im Raum.", 12, true))
            .contains("Im Raum stand ursprünglich ein Mord.").doesNotContain("Im Raum stand ein Mord ursprünglich.");
        String rather = "Wer den Entwurf liest, kommt rasch zum Ergebnis, dass hier nicht eine Optimierung im "
            + "Vordergrund steht, kritisierte Johannes Steinhart, Vizepräsident der Ärztekammer für Wien. Vielmehr mache "
            + "das Gesundheitsministerium mehr oder weniger verklausuliert gegen niedergelassene Hausärzte mobil.";
        assertThat(prompts(rather)).anyMatch(p -> p.startsWith("Wer macht laut Johannes Steinhart"))
            .noneMatch(p -> p.contains("vielmehr"));
        assertThat(statements(rather)).anyMatch(s -> s.startsWith("Laut Johannes Steinhart"))
            .noneMatch(s -> s.contains("vielmehr"));
        String tactus = "Für Aufsehen sorgte etwa vor einiger Zeit das Unternehmen Tactus, das mit Mikrofluiden arbeitet.";
        assertThat(prompts(tactus)).noneMatch(p -> p.contains("etwa"));
        assertThat(statements(tactus, 12, true)).noneMatch(s -> s.contains("Etwa vor"));
        assertThat(prompts("Etwa 500 Menschen warteten am Montag in Wien auf den Zug.")).anyMatch(p -> p.contains("etwa"));
        assertThat(prompts("Wissenschaftler der University of Michigan setzen nun auf einen Bildschirm, der viele "
            + "winzige Kammern aufweist.")).doesNotContain("Wer setzt auf einen Bildschirm?");
        assertThat(prompts("Insgesamt geht die Zahl der von Österreich nach Bayern kommenden Flüchtlinge seit Anfang der "
            + "Woche leicht zurück.")).anyMatch(p -> p.startsWith("Was geht")).noneMatch(p -> p.startsWith("Wer geht"));
        assertThat(prompts("Die anderen etwa 2.400 Menschen reisten über die Grenzübergänge in Kiefersfelden und "
            + "Freilassing ein.")).noneMatch(p -> p.startsWith("Wer reiste") || p.contains("die anderen"));
        assertThat(prompts("Gegen Chelsea muss Trainer Laurent Blanc wohl Mittelfeldspieler Marco Verratti vorgeben, der "
            + "sich mit Leistenproblemen plagt.")).anyMatch(p -> p.startsWith("Gegen wen"))
            .noneMatch(p -> p.startsWith("Wogegen"));
    }

    /**
     * From DER STANDARD (10kGNAD test split, hand-read set 91 for #13): a frame whose speaker a relative clause
     * follows is still a frame, and "Paris Saint Germain" is a club, no one to swap in.
     */
    @Test
    void aFrameWithAClauseAboutItsSpeakerAndAClubWithSaint() {
        assertThat(prompts("Guus Hiddink ist zufrieden. Seine Profis sollen verärgert auf eine kontrollierte Art spielen, "
            + "meinte der 69-jährige Niederländer, der national sogar einen Rekord aufstellte."))
            .noneMatch(p -> p.startsWith("Wer soll") || p.startsWith("Was soll"));
        assertThat(falseStatements("Mit einem Vorsprung im Gepäck ist Paris Saint Germain nach London gereist. Diego "
            + "Costa wird gegen PSG wieder einlaufen. Sein Landsmann Willian zeigte sich motiviert.", 20))
            .noneMatch(s -> s.contains("Paris Diego") || s.contains("Paris Willian") || s.contains("Saint Germain wird"));
    }

    /**
     * From DER STANDARD (10kGNAD test split, hand-read set 91 for #13): a surname joined by a hyphen ("Rabmer-Koller")
     * and one the dictionary knows as a noun ("Stefan Fleck") answer as the surname.
     */
    @Test
    void hyphenatedSurnamesAndSurnamesThatAreNounsAnswer() {
        String koller = "Die Vorsitzende des Hauptverbands, Ulrike Rabmer-Koller, fordert mehr Geld für die Ärzte. Der "
            + "Vertrag muss eingehalten werden, betonte Rabmer-Koller. Rabmer-Koller fordert die Interessenvertretung "
            + "auf, nicht auf der Bremse zu stehen.";
        List<Question> questions = wh(koller);
        assertThat(questions).filteredOn(q -> q.prompt().startsWith("Wer fordert")).isNotEmpty()
            .allSatisfy(q -> assertThat(q.answers()).contains("Rabmer-Koller").doesNotContain("-", "Rabmer"));
        assertThat(questions).extracting(Question::prompt).noneMatch(p -> p.contains("Rabmer- ") || p.contains("Rabmer-?"));
        assertThat(wh("Im KHM soll Stefan Fleck, der für den Depotbau in Himberg mitverantwortlich war, erste "
            + "Kalkulationen angestellt haben.")).filteredOn(q -> q.prompt().startsWith("Wer")).isNotEmpty()
            .allSatisfy(q -> assertThat(q.answers()).contains("Fleck").doesNotContain("Stefan"));
    }

    /**
     * From DER STANDARD (10kGNAD test split, hand-read set 92 for #13): a loudspeaker is no one, "Geschichte schreiben"
     * an idiom, "Eine Ausnahme bildete …" and "dieses Szenario" point back, "geleitete" before its noun is no verb,
     * "23-jähriger Brasilianer muss …" opens a teaser written as a headline, "der Bolivianer Ronald Raldes" is no name
     * to swap in with its noun, and "die Bewerber um das höchste Amt" stay together.
     */
    @Test
    void loudspeakersIdiomsExceptionsScenariosAttributesAndTeasers() {
        assertThat(prompts("Auch nahe der Blaa-Alm hängt ein Lautsprecher: Mit etwas Glück liest gerade jemand aus der "
            + "Bibliothek vor.")).contains("Was hängt auch nahe der Blaa-Alm?").noneMatch(p -> p.startsWith("Wer"));
        assertThat(prompts("Als Die Fälscher schrieb die Aktion Bernhard österreichische Oscar-Geschichte."))
            .noneMatch(p -> p.startsWith("Was schrieb die Aktion"));
        assertThat(statements("Viele Bewohner schwiegen. Eine Ausnahme bildete Edith Hauer-Frischmuth, geehrt mit dem "
            + "Titel Gerechte unter den Völkern. Gisela von Westarp lebte damals in Wien.", 20, false))
            .noneMatch(s -> s.startsWith("Eine Ausnahme"));
        assertThat(prompts("Die Regierung hat einen Plan. Genau dieses Szenario wurde seit Monaten penibel vorbereitet."))
            .noneMatch(p -> p.contains("Szenario"));
        assertThat(prompts("Die Skeptiker protestieren. Seit Jahren hatte sich der Druck in diese Richtung aufgebaut, "
            + "ausgelöst durch EU-Skeptiker.")).noneMatch(p -> p.contains("Richtung"));
        assertThat(prompts("Die von Ingrid Thurnher geleitete Elefantenrunde mit allen sechs Kandidaten findet am 21. "
            + "April um 20.15 Uhr auf ORF 2 statt.")).noneMatch(p -> p.startsWith("Wann geleitete"));
        assertThat(prompts("23-jähriger Brasilianer muss vier Spiele pausieren – Entscheidung kann noch angefochten "
            + "werden.\n\nSantiago – Der Brasilianer Neymar wurde nach dem Spiel gegen Kolumbien gesperrt."))
            .noneMatch(p -> p.contains("23-jähriger Brasilianer"));
        assertThat(falseStatements("Miller Bolanos und Enner Valencia brachten Ecuador mit 2:0 in Führung. Die weiteren "
            + "Treffer erzielten Alexis Sanchez und Gary Medel, ehe der Bolivianer Ronald Raldes mit einem Eigentor den "
            + "Endstand fixierte.", 30)).noneMatch(s -> s.contains("Bolivianer Ronald Raldes und"));
        String applicants = "Wie in einem Assessment-Center werden die Bewerber um das höchste Amt im Staat vor "
            + "realistische Situationen gestellt.";
        assertThat(prompts(applicants)).noneMatch(p -> p.startsWith("Worum"));
        assertThat(statements(applicants, 12, true)).noneMatch(s -> s.startsWith("Um das höchste Amt"));
    }

    /**
     * From DER STANDARD (10kGNAD test split, hand-read set 93 for #13): malware, an army still planned and a lone
     * given name; a separable verb's last particle, a list's item hung on the verb, "drei weitere", a teaser with "Europäische
     * Union", an attack's target, "Wann und wie, …", rebels, what was said in an aside, a country that takes an
     * article, "sen.", a list with a relative clause, "Das jüngste", "Jeder Verein", "in die Lage versetzen".
     */
    @Test
    void malwareListsCountsTeasersTargetsAndNamesFromSet93() {
        assertThat(prompts("Der aggressive Verschlüsselungstrojaner Locky ist weiterhin aktiv."))
            .noneMatch(p -> p.startsWith("Wer"));
        assertThat(prompts("Die Software ist gefährlich. Locky kommt als gefälschte Rechnungen im E-Mail-Anhang daher."))
            .doesNotContain("Was kommt als gefälschte Rechnungen im E-Mail-Anhang?");
        assertThat(prompts("Die Kämpfe nahe der syrischen Metropole Aleppo gehen weiter und führen zu einer Verschärfung "
            + "der Konfrontation zwischen der Türkei, kurdischen Milizen und Russland."))
            .noneMatch(p -> p.endsWith("zwischen der Türkei?"));
        String more = "Vier Männer wurden angegriffen. Drei weitere wurden von den Unbekannten schwer verletzt.";
        assertThat(prompts(more)).noneMatch(p -> p.contains("drei weitere"));
        assertThat(statements(more, 12, true)).noneMatch(s -> s.contains("drei weitere"));
        assertThat(prompts("Europäische Union dringt auf eine vollständige EU-Armee. Die EU plant eine Armee für den "
            + "Fall eines Krieges.")).noneMatch(p -> p.startsWith("Wer dringt") || p.startsWith("Wen plant"));
        assertThat(prompts("Die Regierung ist besorgt. Ankara ereilen weitere schlechte Nachrichten: Auf das türkische "
            + "Kulturzentrum in Stockholm wurde Mittwoch ebenfalls ein Bombenanschlag verübt."))
            .noneMatch(p -> p.startsWith("Wohin") || p.startsWith("Wer ereilt"));
        String when = "Der Artilleriebeschuss von Stellungen der YPG werde fortgesetzt, erklärt Regierungschef Ahmet "
            + "Davutoğlu am Donnerstag. Wann und wie, behalte sich die Türkei vor.";
        assertThat(prompts(when)).noneMatch(p -> p.contains("wann und wie"));
        assertThat(statements(when, 12, true)).noneMatch(s -> s.contains("wann und wie"));
        assertThat(prompts("Ankara soll die Rebellen nachts aus der Provinz Idlib über türkisches Gebiet zum Übergang "
            + "Bab-al-Salam gebracht haben.")).noneMatch(p -> p.startsWith("Was soll Ankara"));
        assertThat(prompts("Das Außenministerium in Moskau teilte indes mit, es betrachte die türkischen Attacken auf "
            + "syrischem Gebiet als Provokation und Bedrohung für Frieden und Sicherheit im Mittleren Osten."))
            .noneMatch(p -> p.startsWith("Wer teilte"));
        assertThat(falseStatements("Aktivisten machen Russland verantwortlich – Türkei droht Kurden.\n\nRussland fliegt "
            + "seit Ende September zur Unterstützung der syrischen Armee Luftangriffe auf Jihadisten in Syrien. Die Türkei "
            + "droht den Kurden.", 30)).noneMatch(s -> s.startsWith("Türkei fliegt"));
        String kaiser = "Zum Kaiser wurde der Sohn von Postobersekretär Franz Beckenbauer sen. und dessen Gattin Antonie, "
            + "als er sich 1968 in Wien neben einer Büste von Franz I. ablichten ließ.";
        assertThat(prompts(kaiser)).noneMatch(p -> p.contains("sen"));
        assertThat(statements(kaiser, 12, true)).noneMatch(s -> s.contains("sen."));
        assertThat(falseStatements("Weltmeister als Spieler (1974), Weltmeister als Trainer (1990), aber offenbar nur "
            + "Kreisklasse im Geschäft, zu dem der Weltfußball verkommen zu sein scheint.", 12)).isEmpty();
        assertThat(statements("Beckenbauer hat fünf Kinder. Das jüngste, seine einzige Tochter, ist zwölf Jahre alt.", 12,
            true)).noneMatch(s -> s.startsWith("Das jüngste ist"));
        assertThat(prompts("Jeder Verein gibt Geld aus, das er nicht in der Kassa hat, weil er sich auf Zusagen "
            + "verlässt.")).noneMatch(p -> p.startsWith("Wer gibt"));
        assertThat(prompts("Der Papst reiste nach Kuba. Franziskus wurde am Montag in Holguin von zehntausenden Menschen "
            + "empfangen.")).contains("Wer wurde am Montag in Holguin von zehntausenden Menschen empfangen?")
            .noneMatch(p -> p.startsWith("Was wurde"));
        assertThat(statements("Der Kartendienst soll Autobauer in die Lage versetzen, mit hochpräzisen Daten "
            + "selbstfahrende Fahrzeuge zu navigieren.", 12, true)).noneMatch(s -> s.startsWith("In die Lage"));
    }

    /**
     * From DER STANDARD (10kGNAD test split, hand-read set 94 for #13): "zugunsten" takes no "wem", "das anders" and
     * "mit diesem Argument" point back, so do "zum anderen" and "einen Monat später" with no date before them, "die
     * Fäden ziehen" is an idiom, "21-Jähriger soll …" opens a headline-style teaser, and neither a sentence cut at "Mio."
     * nor a programme listing is stated.
     */
    @Test
    void genitivePrepositionsPointersLaterTimesIdiomsTeasersAndListings() {
        assertThat(prompts("Die Richter prüften die Klage. Das Gericht sah das anders und entschied zugunsten der "
            + "Anleger.")).noneMatch(p -> p.startsWith("Zugunsten") || p.contains("das anders"));
        String argument = "Die Versicherung wehrte sich. Mit diesem Argument blitzte die ARAG ab.";
        assertThat(prompts(argument)).noneMatch(p -> p.contains("Argument"));
        assertThat(falseStatements(argument, 12)).noneMatch(s -> s.contains("dem Argument"));
        String other = "Die Möwen haben zwei Gründe. Zum anderen bietet die menschliche Wegwerfgesellschaft reichlich "
            + "Futter.";
        assertThat(prompts(other)).noneMatch(p -> p.contains("zum anderen") || p.startsWith("Wer bietet"));
        assertThat(statements(other, 12, true)).noneMatch(s -> s.contains("zum anderen"));
        String later = "Im Juni klagte der VKI. Rund einen Monat später erfolgten zwei Beschlüsse des Oberlandesgerichts "
            + "(OLG) Wien.";
        assertThat(prompts(later)).noneMatch(p -> p.contains("später"));
        assertThat(statements(later, 12, true)).noneMatch(s -> s.contains("später"));
        assertThat(prompts("Pjöngjang hatte im Jänner seinen vierten Atomwaffentest und einen Monat später den Start einer "
            + "Langstreckenrakete bekanntgegeben.")).anyMatch(p -> p.startsWith("Wann"));
        assertThat(prompts("Fürst Metternich, Kanzler der Habsburgermonarchie, zieht im Hintergrund die Fäden – und nicht "
            + "nur er hat die Gegenwart der einflussreichen Damen genossen.")).noneMatch(p -> p.startsWith("Was zieht"));
        String teaser = "21-Jähriger soll Diebstahl von Propagandamaterial zugegeben haben.\n\nPjöngjang – Ein "
            + "US-Student ist in Nordkorea zu 15 Jahren Arbeitslager verurteilt worden.";
        assertThat(prompts(teaser)).noneMatch(p -> p.contains("21-Jähriger"));
        assertThat(statements(teaser, 12, true)).noneMatch(s -> s.contains("21-Jähriger"));
        assertThat(falseStatements("In den Jahren 2004 bis 2008 hatten rund 10.000 österreichische Kleinanleger allein "
            + "700 Mio. Euro in Fonds investiert.", 12)).noneMatch(s -> s.endsWith("Mio."));
        assertThat(falseStatements("Bis 18.25, Arte 18.00 LIVERock am Ring 2015 Das ausverkaufte Musikfestival am "
            + "Flugplatz Mendig wird live übertragen.", 12)).noneMatch(s -> s.contains("LIVERock"));
    }

    /**
     * From DER STANDARD (10kGNAD test split, hand-read set 95 for #13): testers and conservatives are someone,
     * "in keiner Region" is no answer, "nicht nur" keeps its "sondern auch", a list with "wie auch" is not taken
     * apart, no "wo" of what does not happen, a clause with "bevor" in the present has not happened, "diese
     * Erwartung" points back, and a numbered item is no sentence.
     */
    @Test
    void peopleByWhatTheyDoDenialsHalvesOfListsAndWhatHasNotHappened() {
        assertThat(prompts("Die Tester loben den scharfen und akkuraten Sensor und die spektakulären 4k-Videoaufnahmen."))
            .noneMatch(p -> p.startsWith("Was lobt"));
        assertThat(prompts("Die Konservativen folgen spätestens seit de Gaulle dem Chefprinzip, und ihre Partei ist in "
            + "erster Linie eine Wahlmaschine.")).noneMatch(p -> p.startsWith("Was folgt"));
        assertThat(prompts("Der Front National unter Marine Le Pen siegte bei den Stichwahlen am vergangenen Wochenende "
            + "in keiner Region und geht damit bei den französischen Regionalwahlen endgültig leer aus."))
            .noneMatch(p -> p.startsWith("Wo siegte"));
        assertThat(prompts("Die Besonderheit des Regionalwahlsystems liegt nicht nur in der Zehn-Prozent-Hürde, sondern "
            + "auch in einem Bonus für die bestplatzierte Partei.")).noneMatch(p -> p.contains("nicht nur"));
        assertThat(statements("Die Regionalpräsidenten leiten übrigens den parlamentarischen Rat wie auch den "
            + "Exekutivausschuss.", 12, true)).noneMatch(s -> s.startsWith("Den parlamentarischen Rat")
                || s.startsWith("Wie auch"));
        assertThat(prompts("Über den Rechts-links-Graben hinweg bespricht man sich in Paris nicht."))
            .noneMatch(p -> p.startsWith("Wo"));
        assertThat(prompts("Die politische Zersetzungswirkung des FN muss schon noch fortschreiten, bevor die anderen "
            + "Parteien kollektiv reagieren.")).noneMatch(p -> p.startsWith("Wer reagiert"));
        assertThat(prompts("Die Waffenruhe müsse halten. US-Außenminister John Kerry richtete diese Erwartung vor allem an "
            + "Russland.")).noneMatch(p -> p.contains("Erwartung"));
        assertThat(prompts("5) Münchener Biennale startet Neues Musiktheater ganz ungewöhnlich. Die Biennale beginnt am "
            + "Montag.")).noneMatch(p -> p.contains("Musiktheater"));
    }

    /**
     * From DER STANDARD (10kGNAD test split, hand-read set 96 for #13): a pop diva is someone, a denial is not
     * denied, "es gibt" is not taken apart, and what was said keeps no "allerdings:" before it (the gate, as the
     * who-said-it question came of the whole article).
     */
    @Test
    void divasDenialsEsGibtAndLabelsBeforeWhatWasSaid() {
        assertThat(prompts("Damit überflügelte er die Pop-Diva Whitney Houston, die sich im Vorjahr für 70 Millionen "
            + "Pfund bei Arista Records verpflichtet hatte.")).noneMatch(p -> p.startsWith("Was hatte sich"));
        assertThat(falseStatements("Die HDP bestreitet entschieden eine Nähe zur PKK.", 20))
            .noneMatch(s -> s.contains("keine Nähe"));
        assertThat(statements("Einblick in die offenbar etwas spezielle Art der Vergangenheitsaufarbeitung gab es am "
            + "Dienstag im parlamentarischen Hypo-U-Ausschuss.", 20, true)).noneMatch(s -> s.startsWith("Am Dienstag gab"));
        org.textquiz.core.question.QuoteQuestion labelled = new org.textquiz.core.question.QuoteQuestion("quote-1",
            "Wer sagte, allerdings: Der Westbahnhof ist kein Flughafen, den man absperren kann?",
            List.of("Polizeisprecher Hahslinger", "Hahslinger"), List.of("Polizeisprecher Hahslinger", "Steffen Seibert"),
            List.of(), new org.textquiz.core.article.Span(0, 10), "");
        assertThat(QualityGates.violations(labelled)).isNotEmpty();
    }

    /**
     * From DER STANDARD (10kGNAD test split, hand-read set 97 for #13): "Welt am Sonntag" is a newspaper, whose day no
     * false statement moves, and narrowings ("Engführungen") are no one.
     */
    @Test
    void aNewspapersDayAndNarrowingsFromSet97() {
        assertThat(falseStatements("Die Regierung tagte am Dienstag. Der deutsche Außenminister Frank-Walter Steinmeier "
            + "übte in einem Gespräch mit der Welt am Sonntag Kritik an der griechischen Regierung.", 30))
            .noneMatch(s -> s.contains("Welt am Dienstag"));
        assertThat(prompts("Heute leisten fachliche oder disziplinäre Engführungen keine Bewältigung von Problemen mehr."))
            .noneMatch(p -> p.startsWith("Wer leistet"));
    }

    /** From DER STANDARD (10kGNAD test split, hand-read set 98 for #13): a camera's viewfinder is no one. */
    @Test
    void aViewfinderIsWas() {
        assertThat(prompts("Die Kamera ist klein. Die G5 X bringt einen elektronischen Sucher mit."))
            .contains("Was bringt die G5 X mit?").noneMatch(p -> p.startsWith("Wen bringt"));
    }

    /**
     * From DER STANDARD (10kGNAD test split, hand-read set 99 for #13): a charge without its article is no one and
     * stays behind "auch", "auch" goes before the Vorfeld put back, a name after "in dem" is still someone's, "zum Beispiel" and "das" before an
     * article point to the sentence before, and "darunter" and "abseits davon" leave a statement unclear.
     */
    @Test
    void chargesAlsoExamplesAndPointingWordsFromSet99() {
        assertThat(prompts("Anklage wurde auch gegen zwei Vizegouverneure der Zentralbank erhoben."))
            .contains("Gegen wen wurde auch Anklage erhoben?").noneMatch(p -> p.startsWith("Wer wurde"));
        assertThat(prompts("Auf der schwarzen Liste Moskaus stehen auch vier Tschechen, darunter der ehemalige "
            + "EU-Erweiterungskommissar Stefan Füle und Ex-Außenminister Karl Schwarzenberg."))
            .contains("Wie viele Tschechen stehen auch auf der schwarzen Liste Moskaus?")
            .noneMatch(p -> p.endsWith(" auch?"));
        assertThat(prompts("Verwalter durchforsten die Firmen ihres Mehrheitseigners Tswetan Wassilew. Er war seit 2003 "
            + "Gouverneur, demselben Jahr, in dem Tswetan Wassilew Mehrheitseigner der KTB wurde. Wassilew selbst weist "
            + "alle Anschuldigungen der Untreue und der Bestechung zurück."))
            .contains("Wer weist alle Anschuldigungen der Untreue und der Bestechung zurück?")
            .noneMatch(p -> p.startsWith("Was weist alle"));
        assertThat(prompts("Die Polizeigewerkschaft kritisierte zum Beispiel, dass viele Bundesbeamte für die "
            + "Grenzsicherung in Bayern zweckentfremdet werden.")).noneMatch(p -> p.contains("zum Beispiel"));
        assertThat(prompts("Für den überwiegenden Teil der tschechischen Öffentlichkeit kommt das einer Provokation und "
            + "einer inakzeptablen Fälschung der Geschichte gleich.")).noneMatch(p -> p.contains(" das einer"));
        assertThat(statements("Laut deutschem Innenministerium befinden sich 18 Asylwerber darunter.", 20, false))
            .noneMatch(s -> s.contains("darunter"));
        assertThat(statements("Abseits davon ist polizeiliche Präsenz wichtig, um Autorität zu demonstrieren.", 20, true))
            .noneMatch(s -> s.contains("davon"));
    }

    /**
     * From DER STANDARD (10kGNAD test split, hand-read set 99 for #13): an interview printed as turns gives the
     * interviewee's opinions, which no question may ask as facts; the report before it is asked about.
     */
    @Test
    void theAnswersOfAnInterviewAreNoFacts() {
        String interview = "Kölns Polizeipräsident Wolfgang Albers wurde in den Ruhestand versetzt. Im Interview spricht "
            + "der Polizeiwissenschafter Rafael Behr über die Polizei. STANDARD: Wer hat Ihrer Meinung nach recht? Behr: "
            + "Videoüberwachung ist hilfreich, um Täter zu identifizieren. Die Öffentlichkeitsarbeit gehört natürlich in "
            + "den Aufgabenbereich des Managements.";
        assertThat(prompts(interview)).anyMatch(p -> p.contains("Ruhestand"))
            .noneMatch(p -> p.contains("Videoüberwachung") || p.contains("Täter") || p.contains("Öffentlichkeitsarbeit")
                || p.contains("Aufgabenbereich"));
        assertThat(statements(interview, 20, true)).noneMatch(s -> s.contains("Videoüberwachung")
            || s.contains("Öffentlichkeitsarbeit"));
    }

    /**
     * From DER STANDARD (10kGNAD test split, hand-read set 100 for #13): a party by its apposition, a capital for its
     * government, models and data carriers, what a branch comprises, idioms, and what only the sentence before or
     * the words after a verb of saying make clear.
     */
    @Test
    void partiesModelsIdiomsAndPointingAmountsFromSet100() {
        assertThat(prompts("Syriza, die Linkspartei, muss sich wieder verbiegen."))
            .contains("Wer muss sich wieder verbiegen?").noneMatch(p -> p.startsWith("Was muss"));
        assertThat(prompts("Erst Anfang 2015 erlaubte Peking dem Künstler plötzlich, auch in China auszustellen; er "
            + "bekam seinen Pass zurück.")).noneMatch(p -> p.startsWith("Was erlaubte"));
        assertThat(prompts("Modell PM1633a stellt auch herkömmliche Festplatten in den Schatten. Das Modell PM1633a "
            + "zieht nun auch in puncto Größe an konventionellen Magnetscheiben vorbei."))
            .noneMatch(p -> p.startsWith("Wer") || p.endsWith("PM1633a?"));
        assertThat(prompts("Auch im professionellen Bereich erfreuen sich die flotten, flash-basierten Datenträger "
            + "steigender Beliebtheit.")).noneMatch(p -> p.startsWith("Wer"));
        assertThat(prompts("Insgesamt umfasst die Metallbranche rund 180.000 Beschäftigte, aufgeteilt auf sechs "
            + "Fachverbände bzw. Berufszweige.")).noneMatch(p -> p.startsWith("Wer umfasst"));
        assertThat(prompts("Ein junges Ehepaar aus Marokko, ein kleines Kind an der Hand, vertritt sich die Beine vor "
            + "der Sporthalle.")).noneMatch(p -> p.startsWith("Was vertritt"));
        assertThat(statements("Ein junges Ehepaar aus Marokko, ein kleines Kind an der Hand, vertritt sich die Beine "
            + "vor der Sporthalle. Dann die Kapitulation, der Rücktransport nach Athen, organisiert von der Regierung.",
            20, true)).noneMatch(s -> s.contains("ist ein kleines Kind") || s.startsWith("Dann"));
        assertThat(prompts("Ab sofort können Kunden einen neuen LTE-Tarif namens B-free Premium in Anspruch nehmen."))
            .noneMatch(p -> p.contains("sofort namens"));
        assertThat(prompts("Hunt hatte auf einer Fachkonferenz am 9. Juni in Südkorea erklärt, Frauen sollten in "
            + "separaten Labors tätig sein, weil sie Männern bei der Arbeit Probleme machen würden."))
            .noneMatch(p -> p.endsWith("erklärt?"));
        assertThat(prompts("Die PM1633a versammelt 32 dieser Stacks.")).noneMatch(p -> p.contains("32 der Stacks"));
        assertThat(prompts("Die Central Intelligence Agency (CIA), der Auslandsgeheimdienst der USA, hatte in einer "
            + "Geheimoperation mit dem Bundesnachrichtendienst (BND) direkten und möglicherweise ungefilterten Zugriff auf "
            + "Telekommunikationsdaten aus Deutschland.")).noneMatch(p -> p.endsWith("direkten?"));
        assertThat(prompts("In einem schriftlichen Vermerk werden aber Rechner erwähnt, die den Deutschen von der CIA "
            + "zur Verfügung gestellt wurden.")).noneMatch(p -> p.startsWith("Was wird in einem schriftlichen Vermerk"));
        assertThat(prompts("Auch in einem anderen Punkt widersprechen die Aussagen im Ausschuss den Informationen aus "
            + "BND-Dokumenten.")).noneMatch(p -> p.contains("anderen Punkt"));
        String soLong = "So lange brauchte der regimekritische Künstler am 3. Oktober, um unbehelligt die Passkontrolle "
            + "am Pekinger Flughafen zu passieren.";
        assertThat(prompts(soLong)).noneMatch(p -> p.contains("so lange"));
        assertThat(statements(soLong, 20, true)).noneMatch(s -> s.contains("so lange"));
        assertThat(statements("Vier Jahre lang schikanierten die Behörden den Konzeptkünstler, während seine "
            + "Werkschauen im Ausland Erfolge feierten.", 20, true)).noneMatch(s -> s.contains("seine Werkschauen"));
    }

    /** From the corpus (art_016, uncovered): before or after a birthday or a death is when. */
    @Test
    void beforeABirthdayIsWhen() {
        assertThat(prompts("Oscar Niemeyer wurde 1907 geboren. Kurz vor seinem 99. Geburtstag hat sich Niemeyer frisch "
            + "verheiratet.")).contains("Wann hat sich Niemeyer frisch verheiratet?");
    }

    /**
     * From DER STANDARD (10kGNAD test split, hand-read set 101 for #13): newcomers and a premier are people, so is
     * most of the employees; "indes" ties to the sentence before; a gapped second clause, a relative clause cut up by
     * the parse, a subheading run in, "Stück für Stück" taken apart, a sentence cut at "Mrd.", "ähnlich" and an
     * indefinite subject without its relative clause make no question or statement.
     */
    @Test
    void peopleGapsHeadingsAndLikenessesFromSet101() {
        assertThat(prompts("Die Polizei bringt die Neuankömmlinge dann mit dem Flugzeug in die Hauptstadt Oslo."))
            .noneMatch(p -> p.startsWith("Was bringt"));
        assertThat(prompts("Gleich nach Bekanntwerden der Anschuldigungen forderte Staatschef Klaus Johannis den Premier "
            + "öffentlich zum Rücktritt auf.")).noneMatch(p -> p.startsWith("Was forderte"));
        assertThat(prompts("Die Mehrheit der Arbeitnehmer beantwortet in der Freizeit Arbeitsmails und ist für Kollegen "
            + "und Vorgesetzte erreichbar.")).noneMatch(p -> p.startsWith("Was beantwortet"));
        assertThat(prompts("Der Premier Victor Ponta ist angeklagt. Ponta ist indes auch als Premier mit der Anschuldigung "
            + "eines Interessenskonflikts konfrontiert, weil er Sova in seinen Regierungen wiederholt als Minister "
            + "bestellte.")).noneMatch(p -> p.contains("indes"));
        assertThat(prompts("Am Dienstagvormittag kommen in Wien alle Betriebsräte zur Beratung zusammen, um 16.30 Uhr dann "
            + "die Mitarbeiter.")).noneMatch(p -> p.contains("16.30"));
        assertThat(prompts("Das SE kommt zum Ende eines Quartals, in dem Analysten mit dem ersten Rückgang der "
            + "iPhone-Verkäufe seit dem Start 2007 rechnen.")).noneMatch(p -> p.contains("SE, in dem"));
        String headingRunIn = "Auch im Krankenstand Laut der Umfrage beantworten rund 40 Prozent zumindest manchmal vor der "
            + "Arbeit und im Krankenstand arbeitsbezogene Mails.";
        assertThat(prompts(headingRunIn)).noneMatch(p -> p.contains("Laut der"));
        assertThat(falseStatements("Der wendige Von Miller ist einer der besten Quarterback-Jäger der NFL.", 20))
            .as("'Von' opens a name, no subheading").anyMatch(s -> s.contains("Von Miller"));
        assertThat(prompts("Anschließend übernahm Wolfsberg Stück für Stück die Kontrolle und kam auch zu Möglichkeiten."))
            .noneMatch(p -> p.contains("Stück anschließend"));
        assertThat(prompts("Die Begünstigung der Bank könnte nach Schätzung der Grünen bis zu 1 Mrd. Euro betragen."))
            .noneMatch(p -> p.endsWith("Mrd?"));
        String alike = "Ähnlich liegt die Situation bei der Hormonbehandlung von Nutztieren.";
        assertThat(prompts(alike)).noneMatch(p -> p.contains("ähnlich"));
        assertThat(statements(alike, 20, true)).noneMatch(s -> s.contains("ähnlich"));
        assertThat(statements("Ein Vorschlag, den die EU-Kommission zu TTIP am Montag veröffentlichte, wurde von der "
            + "Organisation Attac scharf kritisiert.", 20, true)).noneMatch(s -> s.contains("wurde ein Vorschlag"));
    }

    /**
     * From DER STANDARD (10kGNAD test split, hand-read set 102 for #13): a dative read as a genitive, an inverted
     * copula, scientists in the Austrian spelling, a source set off by commas, "eine ähnliche", "über das Land",
     * "fast alle", a situation without the clause that says which, and subheadings run into their sentence.
     */
    @Test
    void inversionsSourcesAndPointingFromSet102() {
        assertThat(prompts("Im kommenden Herbst will Renzi die Reform den Italienern in einer Volksabstimmung "
            + "unterbreiten.")).noneMatch(p -> p.contains("Was will Renzi"));
        assertThat(prompts("Ein grundlegendes Problem ist dabei das Sozialverhalten von Geiern."))
            .noneMatch(p -> p.startsWith("Was ist das Sozialverhalten"));
        assertThat(prompts("Die Wissenschafter um Evan Buechley nennen als Beispiel Indien, wo Mitte der 1990er Jahre die "
            + "Geierbestände einbrachen.")).noneMatch(p -> p.startsWith("Was nennt"));
        assertThat(prompts("Die nicht von den Wiener Linien betriebenen Regionalbuslinien wurden ausgespart, laut einem "
            + "Sprecher des Verkehrsunternehmens, um die Übersichtlichkeit des Plans zu gewährleisten."))
            .noneMatch(p -> p.contains(", laut einem Sprecher"));
        String similar = "Eine ähnliche Entwicklung zeichnet sich laut den Forschern in Subsahara-Afrika ab.";
        assertThat(prompts(similar)).noneMatch(p -> p.startsWith("Was zeichnet sich"));
        assertThat(statements(similar, 20, true)).noneMatch(s -> s.contains("ähnliche Entwicklung"));
        String overTheCountry = "Viele syrische Bürgerkriegsflüchtlinge gelangen über das Land nach Europa.";
        assertThat(prompts(overTheCountry)).noneMatch(p -> p.contains("über das Land"));
        assertThat(statements(overTheCountry, 20, true)).noneMatch(s -> s.contains("über das Land"));
        assertThat(statements("Fast alle reisten weiter nach Westeuropa.", 20, true)).noneMatch(s -> s.contains("fast alle"));
        String situation = "Schon in den nächsten Tagen kann eine Situation entstehen, in der Bayern die Grenzen seiner "
            + "Möglichkeiten erreicht.";
        assertThat(prompts(situation)).noneMatch(p -> p.startsWith("Was kann schon"));
        assertThat(statements(situation, 20, true)).noneMatch(s -> s.startsWith("Eine Situation kann"));
        assertThat(falseStatements("Der Präsident des Europaparlaments ist Martin Schulz. Horst Seehofer ist bayerischer "
            + "Ministerpräsident. Lockerung bei Budgetregeln Der Präsident des Europaparlaments, Martin Schulz, stellte eine "
            + "Lockerung des Euro-Stabilitätspakts in Aussicht.", 20)).noneMatch(s -> s.contains("Budgetregeln Der"));
    }

    /**
     * From DER STANDARD (10kGNAD test split, hand-read set 103 for #13): a duo and an audience are people; "weitere"
     * and "ebenfalls" count on from the sentence before; a particle or participle left without what follows it, a
     * second sentence run in, a subordinate clause alone, an interview's "Ja, …" and a place taken from its direction
     * make no question or statement.
     */
    @Test
    void duosMoreOfThoseAndDanglingRestsFromSet103() {
        assertThat(prompts("Ende April hatte das Duo angekündigt, die Sendung nicht fortsetzen zu wollen."))
            .noneMatch(p -> p.startsWith("Was hatte"));
        assertThat(prompts("Zu Tränen rührte Lady Gaga das Auditorium mit ihrer Darbietung des Songs."))
            .noneMatch(p -> p.startsWith("Was rührte"));
        String more = "Mehr als 230 weitere Personen sind verletzt.";
        assertThat(prompts(more)).noneMatch(p -> p.contains("weitere"));
        assertThat(falseStatements(more, 20)).noneMatch(s -> s.contains("weitere"));
        assertThat(prompts("Die Bild-Zeitung tat es der Krone gleich und zeigt die Fotos ebenfalls."))
            .noneMatch(p -> p.contains("ebenfalls"));
        assertThat(prompts("Das Genre Heavy Metal kennt viele Substile, vor allem ab den späteren 80er-Jahren entstanden "
            + "Ausdifferenzierungen der härteren Spielarten.")).noneMatch(p -> p.endsWith("vor allem?"));
        assertThat(prompts("Jeder fromme Muslim, der gesund ist, ist angehalten, mindestens einmal im Leben an der "
            + "Pilgerfahrt teilnehmen.")).noneMatch(p -> p.endsWith("angehalten?"));
        assertThat(prompts("Kronen Zeitung bringt Foto der Leichen im LKW auf Seite 3. Unverpixelt."))
            .noneMatch(p -> p.endsWith("Unverpixelt?"));
        TrueFalseQuestion alone = new TrueFalseQuestion("truefalse-1", "Weil Militär Migranten aus Griechenland nicht "
            + "stoppt.", List.of(TrueFalseQuestion.FALSE), List.of(), new org.textquiz.core.article.Span(0, 10), "");
        assertThat(QualityGates.violations(alone)).isNotEmpty();
        assertThat(statements("Der Angriff am Montag ereignete sich südöstlich von Bethlehem in der Siedlung Tekoa.", 20,
            true)).noneMatch(s -> s.startsWith("Von Bethlehem"));
        org.textquiz.core.question.QuoteQuestion yes = new org.textquiz.core.question.QuoteQuestion("quote-1",
            "Wer sagt, Ja, es ist ein Imagefilm für den 1. Jänner?", List.of("Dokumentarfilmer Riha", "Riha"),
            List.of("Dokumentarfilmer Riha", "Karin Veitl"), List.of(), new org.textquiz.core.article.Span(0, 10), "");
        assertThat(QualityGates.violations(yes)).isNotEmpty();
    }

    /** From Wikinews (train split, hand-read set 77 for #13): "Was macht X?" asks what X does. */
    @Test
    void theObjectOfMachenIsNotAskedWithWas() {
        assertThat(prompts("Die NASA macht einen neuen Vorstoß in Sachen Mondforschung."))
            .contains("Wer macht einen neuen Vorstoß in Sachen Mondforschung?").noneMatch(p -> p.startsWith("Was macht"));
    }

    /** From Wikinews (train split, hand-read set 77 for #13): "als" after a comparative compares. */
    @Test
    void aComparisonIsNoClauseOfTime() {
        assertThat(prompts("Das Urteil ist weniger als sich Kachelmann erhoffen konnte."))
            .noneMatch(p -> p.contains("erhoffen"));
    }

    @Test
    void aConditionIsNotAskedAsIfItHadHappened() {
        assertThat(prompts("Die Spieler feiern am Abend in der Stadt, wenn die Mannschaft das Finale in Wien gewinnt."))
            .noneMatch(p -> p.contains("gewinnt"));
        // from Wikinews (train split, hand-read set 77 for #13): nor left out
        assertThat(prompts("Michael Schumacher wird 38 Jahre alt sein, wenn sein Vertrag endet."))
            .noneMatch(p -> p.equals("Wer wird 38 Jahre alt sein?"));
    }

    @Test
    void aSubordinateClauseTimedByItsMainClauseIsNotStatedAlone() {
        assertThat(statements("Mehrere hunderttausend Menschen haben in Teheran gegen das Ergebnis der Wahl "
            + "demonstriert, obwohl die Regierung zuvor Versammlungen untersagt hatte.", 5, true))
            .noneMatch(s -> s.contains("hatte die Regierung") || s.startsWith("Die Regierung hatte"));
    }

    @Test
    void aSubordinateClauseOfReportedSpeechIsNotAskedAsAFact() {
        assertThat(prompts("Die Züge seien am Morgen ausgefallen, weil die Gewerkschaft am Sonntag in Berlin zum Streik "
            + "aufgerufen hat."))
            .noneMatch(p -> p.contains("aufgerufen"));
    }

    @Test
    void aRelativeClauseAsksForTheNounItDescribes() {
        assertThat(prompts("In der Nähe von Bad Hersfeld wurde der ICE 672, der auf dem Weg von Stuttgart nach Hamburg "
            + "war, durch eine Notbremsung gestoppt."))
            .contains("Was war auf dem Weg von Stuttgart nach Hamburg?");
        List<Question> who = wh("Die Oppositionspartei MDC, die am Samstag den Sieg bei der Wahl für sich beanspruchte, "
            + "beschuldigte die Regierung des Wahlbetrugs.");
        assertThat(who).filteredOn(q -> q.prompt().equals("Wer beanspruchte am Samstag den Sieg bei der Wahl für sich?"))
            .singleElement().extracting(Question::solution).isEqualTo("Die Oppositionspartei MDC");
    }

    @Test
    void aRelativeClauseWithASingularVerbAfterACoordinationDescribesTheLastNounOnly() {
        List<Question> what = wh("Durch die Explosion entstand ein Krater im Gleisbett und der Schnellzug, der von Moskau "
            + "nach St. Petersburg unterwegs war, sprang aus den Schienen.");
        assertThat(what).filteredOn(q -> q.prompt().equals("Was war von Moskau nach St. Petersburg unterwegs?"))
            .isNotEmpty().allSatisfy(q -> assertThat(q.solution()).isEqualTo("der Schnellzug"));
    }

    @Test
    void aRelativeClauseWhoseVerbIsPluralAsksForNoSingularNoun() {
        assertThat(prompts("Der Geheimdienst schätzt die Zahl der Soldaten, die sich derzeit in Frontnähe befinden, auf "
            + "etwa 8.000."))
            .noneMatch(p -> p.startsWith("Wer befindet sich") || p.startsWith("Was befindet sich"));
    }

    @Test
    void reportedSpeechIsAskedAboutWithItsSpeaker() {
        String text = "Vizeregierungssprecher Thomas Steg sagte, die Regierung werde den Bericht prüfen. "
            + "Die Ursache für den Brand sei nie gefunden worden.";
        assertThat(prompts(text)).contains("Was ist laut Thomas Steg nie gefunden worden?");
        assertThat(statements(text)).contains("Laut Thomas Steg ist die Ursache für den Brand nie gefunden worden.");
    }

    @Test
    void reportedSpeechOfABodyIsAskedWithLautAndTheBodyInTheDative() {
        String text = "Das Wissenschaftsministerium erklärte, die Hochschule müsse mehr Geld sparen. "
            + "Der reguläre Lehrbetrieb bleibe aber erhalten.";
        assertThat(prompts(text)).contains("Was bleibt laut dem Wissenschaftsministerium erhalten?");
        assertThat(statements(text, 20, true))
            .contains("Laut dem Wissenschaftsministerium bleibt der reguläre Lehrbetrieb erhalten.");
        assertThat(statements(text, 20, false)).noneMatch(s -> s.startsWith("Laut"));
    }

    @Test
    void aBodyWhoseWordsGoOnForSentencesIsNotTakenForTheirSpeaker() {
        String text = "Das Wissenschaftsministerium erklärte, die Hochschule müsse mehr Geld sparen. "
            + "Im Winter würden die Einsparungen spürbar werden. Der reguläre Lehrbetrieb bleibe aber erhalten.";
        assertThat(prompts(text)).noneMatch(p -> p.contains("Lehrbetrieb") || p.startsWith("Was bleibt"));
    }

    /** From Wikinews (test split of the quotation data, hand-read set 26 for #13). */
    @Test
    void wozuNeverAsksForACountAndSichSelbstStaysTogether() {
        assertThat(prompts("Chávez nutzt diese Möglichkeit der Regierung per Dekret bereits zum dritten Mal."))
            .noneMatch(p -> p.startsWith("Wozu"));
        assertThat(prompts("Mit der Mehrheit seiner Sozialistischen Partei entmachtete das Parlament sich selbst."))
            .contains("Womit entmachtete das Parlament sich selbst?");
        assertThat(prompts("Heute sorgten dann die deutschen Vielseitigkeitsreiter fürs erste Gold."))
            .doesNotContain("Wer sorgte heute dann?");
    }

    /** From Wikinews (test split of the quotation data, hand-read set 26 for #13) and art_026 of the corpus. */
    @Test
    void aStatementKeepsAParticleWithItsPhraseAndPutsNoBareNameFirstAsAnObject() {
        assertThat(statements("Der Beamte verstarb noch am Tatort.")).noneMatch(s -> s.startsWith("Am Tatort"));
        assertThat(statements("Die parlamentarische Opposition warf Chávez vor, das Land in eine Diktatur zu "
            + "verwandeln.")).noneMatch(s -> s.startsWith("Chávez warf"));
        assertThat(statements("Der Orkan soll erst in der Nacht zum Montag die neuen Bundesländer erreichen."))
            .noneMatch(s -> s.startsWith("Zum Montag") || s.startsWith("In der Nacht"));
    }

    /** From Wikinews (test split of the quotation data, hand-read sets 21 and 24 for #13). */
    @Test
    void aBodyThatIsDissolvedOrOwnedIsAskedForWithWas() {
        assertThat(prompts("Die NLD wurde inzwischen von der Regierung aufgelöst."))
            .noneMatch(p -> p.startsWith("Wer wurde"));
        assertThat(prompts("Die geplante Aktiengesellschaft wird nur den Aktionären gehören."))
            .contains("Was wird nur den Aktionären gehören?");
        assertThat(prompts("Die Polizei wurde am Abend alarmiert.")).contains("Wer wurde am Abend alarmiert?");
    }

    /** From art_063 of the corpus: "Künftig soll … auch als Kulturstandort …" for "soll auch künftig als …". */
    @Test
    void aStatementMovesNoPhraseAwayFromTheFocusParticleBeforeIt() {
        assertThat(statements("Das Radiokulturhaus soll auch künftig als Kulturstandort des ORF genutzt werden."))
            .noneMatch(s -> s.startsWith("Künftig"));
        assertThat(statements("Die geplante Aktiengesellschaft wird nur den Aktionären gehören."))
            .noneMatch(s -> s.startsWith("Den Aktionären"));
    }

    /** From Wikinews (test split of the quotation data, hand-read set 25 for #13) and art_061 of the corpus. */
    @Test
    void aStatementMovesNoPhraseWithAnAttributeThatMayBeTheClauses() {
        assertThat(statements("In den 1960-er Jahren war der ANC in den USA als „Terrororganisation“ eingestuft "
            + "worden.")).noneMatch(s -> s.startsWith("Der ANC in den USA"));
        assertThat(statements("Mandela sprach von einem tragischen „Versagen der politischen Führung“ in dem "
            + "Nachbarland Südafrikas.")).noneMatch(s -> s.startsWith("In dem Nachbarland"));
        assertThat(statements("Die rund 45.000 Zuschauer jubelten dem ehemaligen Präsidenten Südafrikas bei seiner "
            + "Rede zu.")).noneMatch(s -> s.startsWith("Dem ehemaligen Präsidenten"));
        assertThat(statements("Ö3 kam im zweiten Halbjahr 2015 auf eine Reichweite von fast 35 Prozent bei Hörern ab "
            + "10 Jahren.")).noneMatch(s -> s.startsWith("Ab 10 Jahren") || s.startsWith("Auf eine Reichweite"));
    }

    /** From Wikinews (test split of the quotation data, hand-read set 25 for #13). */
    @Test
    void aTimeTheParseHungOnTheSubjectIsNeitherAnsweredNorMovedWithIt() {
        String text = "Dennoch hatte die Regierung vor zehn Tagen erneut eine Expansion angekündigt.";
        assertThat(prompts(text)).doesNotContain("Wer hatte erneut eine Expansion angekündigt?");
        assertThat(statements(text)).noneMatch(s -> s.startsWith("Die Regierung vor zehn Tagen"));
        assertThat(prompts("Das zwölfköpfige israelische Kabinett hatte den Schritt mit elf Stimmen beschlossen."))
            .contains("Wer hatte den Schritt mit elf Stimmen beschlossen?");
    }

    /** From Wikinews (test split of the quotation data, hand-read set 24 for #13). */
    @Test
    void aComparisonWithAlsIsNeverLeftOut() {
        assertThat(prompts("Die Lebenserhaltungskontrollsysteme sind komplexer, als bei Shenzhou-5."))
            .doesNotContain("Was ist komplexer?");
    }

    /** From Wikinews (test split of the quotation data, hand-read set 24 for #13). */
    @Test
    void aTimeAdverbStaysBeforeThePhraseMovedFromTheVorfeld() {
        assertThat(prompts("Für Aufsehen sorgte zuletzt der animierte Kurzfilm „Elephants Dream“."))
            .contains("Was sorgte zuletzt für Aufsehen?");
    }

    /** From Wikinews (test split of the quotation data, hand-read set 24 for #13). */
    @Test
    void aPhraseWhoseNounAnInfinitiveAfterItMayBelongToStaysInPlace() {
        assertThat(statements("Der Vorstand der schottischen Firma geht weiter auf dem Weg, die Gesellschaftsform in "
            + "eine Aktiengesellschaft zu wandeln."))
            .noneMatch(s -> s.startsWith("Auf dem Weg"));
    }

    /**
     * "Dann werde man das Projekt ausschreiben." after "erläuterte der Kulturminister" (art_067 of the corpus); "dann",
     * then after what the sentence before told, is left out since hand-read set 113.
     */
    @Test
    void anUnstressedPronounStaysBeforeLautAndTheTitledSpeakerIsNamed() {
        String text = "Kulturminister Josef Ostermayer sprach im Ausschuss. Die Räume würden bald geplant, erläuterte "
            + "der Kulturminister. Dann werde man das Projekt im Frühjahr ausschreiben.";
        assertThat(prompts(text)).contains("Was wird man laut Josef Ostermayer im Frühjahr ausschreiben?")
            .noneMatch(p -> p.contains("Ostermayer man"));
    }

    @Test
    void reportedSpeechWithItsFrameAfterItNamesTheSpeakerOnce() {
        assertThat(prompts("Russland führe eine intensivere Kampagne hybrider Angriffe in der gesamten NATO durch, "
            + "sagte Mark Rutte."))
            .contains("Wer führt laut Mark Rutte eine intensivere Kampagne hybrider Angriffe in der gesamten NATO durch?")
            .noneMatch(p -> p.contains("sagte"));
    }

    @Test
    void theVerbOfSayingIsNeverAskedAboutWithoutWhatWasSaid() {
        assertThat(prompts("Auf einer Pressekonferenz nach dem Treffen sagte Mark Rutte, die deutschen "
            + "Verteidigungsausgaben seien immer noch zu niedrig."))
            .noneMatch(p -> p.equals("Wer sagte auf einer Pressekonferenz nach dem Treffen?"));
    }

    @Test
    void whatACopulaSaysTheSubjectIsIsAskedWithWas() {
        assertThat(prompts("Die documenta in Kassel ist die bedeutendste Ausstellung für zeitgenössische Kunst."))
            .contains("Was ist die documenta in Kassel?",
                "Was ist die bedeutendste Ausstellung für zeitgenössische Kunst?");
    }

    @Test
    void aCopulaWhosePredicateStandsFirstIsNotTurnedRound() {
        assertThat(prompts("Grund ist auch der lange Streit um Gebietsansprüche im Südchinesischen Meer."))
            .noneMatch(p -> p.startsWith("Was ist Grund"));
        assertThat(wh("Grund ist die Festnahme von 15 britischen Soldaten durch die iranische Marine."))
            .noneMatch(q -> q.solution().equals("Grund"));
    }

    @Test
    void aBareSubjectBeforeAnAdjectivePredicateIsAskedFor() {
        assertThat(wh("Zahlreiche prominente Gäste aus Politik, Wirtschaft und Showbusiness waren anwesend."))
            .anySatisfy(q -> {
                assertThat(q.prompt()).isEqualTo("Wer war anwesend?");
                assertThat(q.solution()).isEqualTo("Zahlreiche prominente Gäste aus Politik, Wirtschaft und Showbusiness");
            });
    }

    @Test
    void aTimeGradedBeforeItsPrepositionIsAskedWithWann() {
        assertThat(wh("Erst im Januar 2009 schied Stevens aus dem Senat aus."))
            .anySatisfy(q -> {
                assertThat(q.prompt()).isEqualTo("Wann schied Stevens aus dem Senat aus?");
                assertThat(q.solution()).isEqualTo("Erst im Januar 2009");
                assertThat(q.answers()).contains("im Januar 2009");
            });
        assertThat(prompts("Mit einer Wetterberuhigung rechnet der Deutsche Wetterdienst frühestens am Montag."))
            .contains("Wann rechnet der Deutsche Wetterdienst mit einer Wetterberuhigung?");
    }

    @Test
    void aPassiveSubjectBesideHabenWithoutAnyOtherSubjectIsAMisparse() {
        assertThat(prompts("Noch am Vormittag des 15. Juni hatte Mussawi die Demonstration abgesagt."))
            .noneMatch(p -> p.startsWith("Was hatte"));
        assertThat(prompts("Vor einigen Tagen hatte bereits Deutschland eine massive Erhöhung seiner Entwicklungshilfe "
            + "bekannt gegeben.")).noneMatch(p -> p.startsWith("Was hatte"));
    }

    @Test
    void aSurnameAfterAPrepositionIsAskedForAsAPerson() {
        assertThat(prompts("Der Torwart des SV Werder Bremen, Andreas Reinke, wurde gestern Abend schwer verletzt. "
            + "Für Reinke kam Tim Wiese ins Tor."))
            .contains("Für wen kam Tim Wiese ins Tor?").doesNotContain("Wofür kam Tim Wiese ins Tor?");
    }

    @Test
    void aClubIsAskedForLikeAPersonAndMayBeAnsweredWithItsTown() {
        assertThat(wh("1899 Hoffenheim empfing den SC Freiburg und musste alle drei Punkte an seinen Gegner abtreten."))
            .anySatisfy(q -> {
                assertThat(q.prompt()).isEqualTo("Wen empfing 1899 Hoffenheim?");
                assertThat(q.answers()).contains("den SC Freiburg", "Freiburg");
            })
            .anySatisfy(q -> assertThat(q.prompt()).isEqualTo("Wer empfing den SC Freiburg?"));
        assertThat(wh("Der 1. FSV Mainz 05 spielte daheim vor 20.000 Zuschauern gegen Hannover 96 und verlor mit einem 0:1."))
            .anySatisfy(q -> {
                assertThat(q.prompt()).isEqualTo("Wer spielte daheim vor 20.000 Zuschauern gegen Hannover 96?");
                assertThat(q.answers()).contains("Mainz");
            });
        assertThat(prompts("In der 70. Minute bekam Michal Kadlec von Bayer 04 auch nochmal Gelb zu sehen."))
            .contains("Wer bekam in der 70. Minute auch nochmal Gelb zu sehen?");
        assertThat(prompts("Zum Auftakt des zwölften Spieltages empfing Borussia Dortmund am Freitag den Hamburger "
            + "Sport-Verein.")).contains("Wen empfing Borussia Dortmund zum Auftakt des zwölften Spieltages am Freitag?",
                "Wer empfing zum Auftakt des zwölften Spieltages am Freitag den Hamburger Sport-Verein?");
    }

    @Test
    void theStageOfAnEventSaysWhenUnlessTheClauseSaysItToo() {
        assertThat(prompts("Zum Auftakt des Gipfels empfing die Kanzlerin den Präsidenten."))
            .contains("Wann empfing die Kanzlerin den Präsidenten?");
        assertThat(prompts("Zum Auftakt des zwölften Spieltages empfing Borussia Dortmund am Freitag den Hamburger "
            + "Sport-Verein.")).noneMatch(p -> p.startsWith("Wozu") || p.startsWith("Wann empfing Borussia Dortmund am"));
    }

    @Test
    void aClauseOfReasonIsLeftOutOfAQuestionOnTheRest() {
        assertThat(prompts("Hunderte Touristen hatten in Bangkok festgesessen, weil die Flugverbindungen "
            + "eingestellt werden mussten."))
            .contains("Wo hatten Hunderte Touristen festgesessen?");
    }

    @Test
    void noQuestionLeavesOutWhatTheObjectOrTheVerbAnnounces() {
        assertThat(prompts("Der Präsident erhält das Recht, in den Bereichen Telekommunikation, Militär und innerer "
            + "Sicherheit eigenhändig Gesetze zu ändern oder zu erlassen."))
            .doesNotContain("Wer erhält das Recht?");
        assertThat(prompts("Der künftige Börsenvorstand Verissimo Pinto gab als Grund für die Eröffnung der Börse an, "
            + "das Finanzsystem Kap Verdes sei nicht mehr in der Lage, dem Wachstum einiger Firmen gerecht zu werden."))
            .noneMatch(p -> p.endsWith("für die Eröffnung der Börse an?"));
    }

    @Test
    void wherePeopleComeFromStaysWithThem() {
        assertThat(prompts("Nach Tina Maze landete Janica Kostelić aus Kroatien auf Platz zwei."))
            .noneMatch(p -> p.startsWith("Woher") || p.startsWith("Wer landete nach Tina Maze aus Kroatien"));
    }

    @Test
    void aPassiveSubjectThatMayHoldTheAgentIsNotAnAnswer() {
        assertThat(wh("Nach Informationen von Ha'aretz wurde die politische Annäherung der beiden Staaten von "
            + "islamischen Gruppen scharf verurteilt."))
            .noneMatch(q -> q.solution().endsWith("von islamischen Gruppen"));
    }

    @Test
    void nothingIsAskedOrStatedWhenOnlyTheSubjectAndItsVerbWouldBeLeft() {
        String text = "Erst nach 28-stündiger Belagerung ergab sich der Täter den Einsatzkräften. Dabei zeigte sich das "
            + "ganze Ausmaß seiner lange im Voraus geplanten Tat.";
        assertThat(prompts(text)).doesNotContain("Was zeigte sich?");
        assertThat(statements(text)).noneMatch(s -> s.endsWith("zeigte sich."));
    }

    @Test
    void halfOfACoordinationIsNeverAnAnswer() {
        assertThat(wh("Die meisten Teilnehmerinnen und Teilnehmer wurden in Hamburg und Leipzig mit jeweils etwa "
            + "8.000 Demonstranten gezählt."))
            .noneMatch(q -> q.solution().equals("in Hamburg") || q.prompt().contains("Teilnehmer und Leipzig"));
    }

    @Test
    void noFrameOrQualifierOfTheAnswerIsLeftDanglingAtTheEnd() {
        assertThat(prompts("Die Kontakte des Beschuldigten mit der Szene könnten auch anders interpretiert werden, so "
            + "der BGH.")).noneMatch(p -> p.endsWith("so der BGH?"));
        assertThat(prompts("Auf der Bühne im Londoner Hyde Park standen unter anderem Annie Lennox und Amy Winehouse."))
            .noneMatch(p -> p.endsWith("unter anderem?"));
    }

    @Test
    void reportedSpeechIsStatedAsItsSpeakersWordsOrFalselyAsAnothersWords() {
        var article = GermanAnalysis.analyze("Bundeskanzlerin Angela Merkel traf am Montag in Berlin den Außenminister. "
            + "Außenminister Guido Westerwelle sagte danach, die Regierung sehe mit Sorge nach Teheran. Die Lage in der "
            + "ganzen Region sei sehr ernst.");
        var generator = new TrueFalseGenerator(GermanAnalysis.MORPHOLOGY, GermanAnalysis.FIELDS, GermanAnalysis.PARSER);
        List<String> stated = new java.util.ArrayList<>();
        for (int seed = 1; seed <= 12; seed++) {
            generator.questions(article, new Random(seed)).forEach(q -> stated.add(q.prompt() + " " + q.solution()));
        }
        assertThat(stated).contains(
            "Laut Guido Westerwelle ist die Lage in der ganzen Region sehr ernst. " + TrueFalseQuestion.TRUE,
            "Laut Angela Merkel ist die Lage in der ganzen Region sehr ernst. " + TrueFalseQuestion.FALSE);
        List<Question> attributed = new java.util.ArrayList<>();
        for (int seed = 1; seed <= 12; seed++) {
            generator.questions(article, new Random(seed)).stream().filter(q -> q.prompt().startsWith("Laut "))
                .forEach(attributed::add);
        }
        assertThat(attributed).isNotEmpty().allMatch(q -> q.explanation().endsWith("(Guido Westerwelle)"));
    }

    @Test
    void theOneAVerbOfFeelingTouchesIsNotItsSubject() {
        assertThat(prompts("Die Wissenschaftler interessiert, warum die beiden Himmelskörper aus der gleichen "
            + "Zeitepoche eine so unterschiedliche Entwicklung genommen haben."))
            .noneMatch(p -> p.startsWith("Wer interessiert"));
    }

    @Test
    void aConditionIsNeverLeftOut() {
        assertThat(prompts("Die Regierung würde den Vertrag in Berlin unterzeichnen, wenn das Parlament zustimmt."))
            .noneMatch(p -> p.endsWith("unterzeichnen?"));
    }

    @Test
    void aModalInTheSubjunctiveIIAsksLikeAnIndicative() {
        assertThat(prompts("Im Jahre 2014 möchte Oscar Niemeyer in Brasilien das Maracana-Stadion einweihen."))
            .contains("Wann möchte Oscar Niemeyer in Brasilien das Maracana-Stadion einweihen?");
    }

    @Test
    void anErAfterTheSubjectItMeansIsThatPerson() {
        assertThat(prompts("Der Bürgermeister Thomas Müller besuchte am Montag eine Schule. Am Dienstag eröffnete er "
            + "in Jena einen neuen Bahnhof."))
            .contains("Wann eröffnete Thomas Müller in Jena einen neuen Bahnhof?");
    }

    @Test
    void aVerbCoordinatedWithTheMainOneSharesItsSubject() {
        assertThat(prompts("Der Orkan überquerte gestern Spanien und erreichte im Laufe des Tages Westdeutschland."))
            .contains("Was erreichte im Laufe des Tages Westdeutschland?");
    }

    @Test
    void aNegationNeverGoesFirstInAStatement() {
        assertThat(statements("Der Geschäftsführer Paul Frey will die Existenz dieses Papiers am Montag nicht "
            + "bestätigen."))
            .noneMatch(s -> s.startsWith("Nicht "));
    }

    @Test
    void anObjectThatCouldBeReadAsTheSubjectDoesNotGoFirst() {
        assertThat(statements("Auch durch die Konjunkturkrise konnte Conrad Conradty die Firma nicht mehr retten."))
            .noneMatch(s -> s.startsWith("Die Firma konnte"));
    }

    @Test
    void aPlaceIsAskedWithWoOrWohinByItsCase() {
        assertThat(prompts("Nach dem Beben liefen zahlreiche Menschen am Abend auf die Straße."))
            .contains("Wohin liefen zahlreiche Menschen nach dem Beben am Abend?");
        assertThat(prompts("Am Montag brannten in der iranischen Hauptstadt Reifen und Mülltonnen."))
            .contains("Wo brannten Reifen und Mülltonnen am Montag?");
    }

    @Test
    void manStandsForAnyoneAndStaysInAQuestion() {
        assertThat(prompts("Ab Montag kann man die Ausstellung in Wien besuchen."))
            .contains("Was kann man ab Montag besuchen?");
    }

    @Test
    void aReportedClauseThatOpensWithAnArticleIsNoRelativeClause() {
        assertThat(prompts("Auf einer Pressekonferenz sagte Mark Rutte, die deutschen Verteidigungsausgaben seien noch "
            + "zu niedrig."))
            .noneMatch(p -> p.startsWith("Wer sagte auf einer Pressekonferenz?"));
    }

    @Test
    void wiederAndSuchAdverbsDoNotOpenAStatement() {
        assertThat(statements("Der Autobahnabschnitt wurde am frühen Mittwochmorgen wieder freigegeben."))
            .noneMatch(s -> s.startsWith("Wieder "));
    }

    @Test
    void aFalseStatementNeverSwapsAWomanForAMan() {
        String text = "Auf Platz zwei kam der Kämmerer der Stadt Chemnitz Detlef Nonnen mit 20 Prozent der Stimmen. "
            + "Die Ministerin Barbara Ludwig gewann die Wahl zum Oberbürgermeister am Sonntag. "
            + "Der Oberbürgermeister Peter Seifert geht am 1. August in den Ruhestand.";
        var generator = new TrueFalseGenerator(GermanAnalysis.MORPHOLOGY, GermanAnalysis.FIELDS, GermanAnalysis.PARSER);
        var article = GermanAnalysis.analyze(text);
        java.util.Set<String> swapped = new java.util.TreeSet<>();
        for (int seed = 1; seed <= 30; seed++) {
            generator.questions(article, new Random(seed)).stream()
                .filter(q -> !((TrueFalseQuestion) q).isTrue() && q.prompt().startsWith("Auf Platz zwei"))
                .forEach(q -> swapped.add(q.prompt()));
        }
        // the share of the votes may be falsified too; a person swapped in is only ever the other man
        assertThat(swapped).noneMatch(s -> s.contains("Barbara Ludwig")).anyMatch(s -> s.contains("Peter Seifert"));
    }

    @Test
    void aSurnameOfAPersonNamedBeforeIsAskedWithWer() {
        assertThat(prompts("Der Stürmer Thomas Jansen spielte am Sonntag in Berlin. In der 48. Minute erzielte Jansen mit "
            + "einem Schuss aus spitzem Winkel den Anschlusstreffer."))
            .anyMatch(p -> p.startsWith("Wer erzielte"))
            .noneMatch(p -> p.startsWith("Was erzielte in der 48. Minute"));
    }

    @Test
    void aClauseOfResultIsNeverMovedFirst() {
        assertThat(statements("Vermutlich erhitzten sich die Bremsen während der Fahrt so stark, dass sich der "
            + "Auflieger entzündete."))
            .noneMatch(s -> s.startsWith("Dass "));
    }

    @Test
    void anAnswerThatPointsElsewhereIsNotAsked() {
        assertThat(wh("Die Machart des Feuersteindolches dagegen deutet auf eine Herkunft aus dem Rhein-Main-Gebiet."))
            .noneMatch(q -> q.solution().contains("dagegen"));
        assertThat(wh("Am Montag war sein Fahrzeug nicht mit dem vorgeschriebenen Gefahrguthinweis versehen."))
            .noneMatch(q -> q.solution().startsWith("sein"));
    }

    @Test
    void womitAsksForAThingNotForAManner() {
        assertThat(prompts("Suu Kyi steht seitdem mit kleinen Unterbrechungen in Rangun unter Hausarrest."))
            .noneMatch(p -> p.startsWith("Womit"));
    }

    @Test
    void aPhraseThatIsPartOfTheVerbIsNotPutFirst() {
        assertThat(statements("Im Falle einer Epidemie soll das Medikament in allen Krankenhäusern des Landes zur "
            + "Verfügung stehen."))
            .isNotEmpty().noneMatch(s -> s.startsWith("Zur Verfügung"));
    }

    @Test
    void noQuestionPointsBackWithInsofern() {
        assertThat(prompts("Das Zusammentreffen von Vogelgrippe und Grippewelle ist insofern problematisch, da beide Viren "
            + "in einem Wirt existieren könnten."))
            .noneMatch(q -> q.contains("insofern"));
        assertThat(prompts("Das Zusammentreffen von Vogelgrippe und Grippewelle ist problematisch, da beide Viren in "
            + "einem Wirt existieren könnten."))
            .contains("Was ist problematisch?");
    }

    @Test
    void noSubjectQuestionNorStatementWhenTheParseTakesAnAmbiguousFirstPhraseForTheObject() {
        String text = "Die UEFA hatte die Deutsche Nationalmannschaft nicht in Losgruppe 1, sondern in Losgruppe 2 platziert.";
        assertThat(prompts(text)).noneMatch(q -> q.startsWith("Wer hatte") || q.startsWith("Was hatte"));
        assertThat(statements(text)).noneMatch(s -> s.startsWith("Die Deutsche Nationalmannschaft hatte die UEFA"));
        assertThat(prompts("Den Ball schoss der Stürmer in der 14. Minute ins Tor.")).contains("Wer schoss den Ball in der "
            + "14. Minute ins Tor?");
    }

    @Test
    void vonWemOnlyInThePassive() {
        assertThat(prompts("Der Minister soll die Namen von drei Familienangehörigen aus einer Liste entfernt haben."))
            .noneMatch(q -> q.startsWith("Von wem"));
        assertThat(prompts("Der Minister wurde am Montag von zwei Journalisten befragt."))
            .contains("Von wem wurde der Minister am Montag befragt?");
    }

    @Test
    void noQuestionOfAVerbOfSayingWithoutWhatWasSaid() {
        assertThat(prompts("Nun stellt das australische Shark Research Institute klar: Nicht die Menschen im Meer sind "
            + "durch Haie bedroht, vielmehr sind die Haie selbst bedroht."))
            .noneMatch(q -> q.equals("Was stellt klar?") || q.equals("Wer stellt klar?"));
    }

    @Test
    void aShareInPercentIsAskedWithWieVielProzent() {
        List<Question> questions = wh("75 Prozent der Palästinenser leben unterhalb der Armutsgrenze.");

        Question share = questions.stream().filter(q -> q.prompt().startsWith("Wie viel Prozent")).findFirst()
            .orElseThrow();
        assertThat(share.prompt()).isEqualTo("Wie viel Prozent der Palästinenser leben unterhalb der Armutsgrenze?");
        assertThat(share.answers()).contains("75", "75 Prozent");
        assertThat(questions).extracting(Question::prompt).noneMatch(p -> p.startsWith("Was lebt"));
    }

    @Test
    void theVorfeldGoesBeforeASubjectThatEndsInAClauseOfItsOwn() {
        String text = "Einer neuen Studie zufolge sinkt in Deutschland das Risiko, pflegebedürftig zu werden.";

        assertThat(prompts(text)).contains("Wo sinkt einer neuen Studie zufolge das Risiko, pflegebedürftig zu werden?");
        assertThat(statements(text)).allMatch(s -> !s.endsWith("werden einer neuen Studie zufolge."));
    }

    @Test
    void aRoleAfterAlsIsNotAskedFor() {
        String text = "Fouad Belkacem hatte als Anführer der Terrorgruppe junge Männer für den Kampf in Syrien angeworben.";
        // "Was hatte … junge Männer … angeworben?" was made too (set 134 for #13): "junge Männer", whose case does not
        // show, may be the subject, and "was" for it asks the other way round
        assertThat(prompts(text)).noneMatch(p -> p.startsWith("Als ") || p.startsWith("Was hatte"));
        assertThat(statements(text, 4, true)).contains("Als Anführer der Terrorgruppe hatte Fouad Belkacem junge Männer "
            + "für den Kampf in Syrien angeworben.");
    }

    @Test
    void aPassiveClauseTheParseGaveAnObjectMakesNoQuestion() {
        String text = "Zur Bergung des Verletzten aus dem engen Turm der Windenergieanlage wurde die Höhenrettungsgruppe "
            + "der Altenbekener Feuerwehr alarmiert, die den Monteur mit einer Korbtrage abseilte.";

        assertThat(prompts(text)).noneMatch(p -> p.contains("Windenergieanlage Feuerwehr"));
        assertThat(statements(text)).noneMatch(p -> p.contains("Windenergieanlage Feuerwehr"));
    }

    @Test
    void nichtNurWithoutItsSondernMakesNoQuestion() {
        assertThat(prompts("50 Schülern und Schülerinnen der zweiten und dritten Schulstufe wurde somit nicht nur die "
            + "Möglichkeit geboten, etwas Gutes zu Tun, sondern auch ihre Heimatstadt aus der Vogelperspektive zu "
            + "begutachten.")).noneMatch(p -> p.contains("nicht nur"));
    }

    /** From Wikinews (test split of the quotation data, read by hand for #13): "darauf" pointed to the lost clause. */
    @Test
    void aCorrelateKeepsTheClauseItPointsTo() {
        String text = "Der Verurteilte hatte im Prozess darauf bestanden, unschuldig zu sein.";

        assertThat(statements(text)).noneMatch(s -> s.endsWith("darauf bestanden."));
        assertThat(prompts(text)).noneMatch(p -> p.endsWith("darauf bestanden?"));
    }

    @Test
    void aStatementLeavesNoPronominalAdverbPointingBack() {
        // read in hand-read set 19 (Wikinews, test split): "Auf die anhaltende Unruhe im Land reagiert Xanana Gusmão
        // damit." is neither true nor false without the sentence before
        assertThat(statements("Investoren sichern sich damit gegen mögliche Inflationsgefahren ab, verursacht durch das "
            + "teure Öl.")).noneMatch(s -> s.contains("damit"));
        assertThat(Words.pointsBackAlone("Er reagiert damit auf die anhaltende Unruhe im Land.")).isTrue();
        assertThat(Words.pointsBackAlone("Die Stadt baut Brücken, damit die Kinder sicher zur Schule kommen.")).isFalse();
        assertThat(Words.pointsBackAlone("Die Regierung rechnet damit, dass die Preise steigen.")).isFalse();
        assertThat(Words.pointsBackAlone("Die Damitzer Straße wurde gesperrt.")).isFalse();
        assertThat(Words.pointsBackAlone("Chamene'i forderte Mussawi dazu auf, Ruhe zu bewahren.")).isFalse();
        assertThat(Words.pointsBackAlone("Darüber hinaus sind auch begabte Studierende befreit.")).isFalse();
        assertThat(Words.pointsBackAlone("Insgesamt starben 52 Menschen, die meisten davon in Spanien.")).isFalse();
        assertThat(Words.pointsBackAlone("Die Triebe werden geteilt und die Hälfte davon eingefroren.")).isFalse();
        assertThat(Words.pointsBackAlone("Ein Teil davon soll in Wien angekommen sein.")).isTrue();
        // hand-read set 77 (Wikinews, train split): an infinitive at the end of a later clause is not what it points to
        assertThat(Words.pointsBackAlone("Richter Seidling kritisiert dafür scharf Internetforen, in denen die Rechte "
            + "verletzt wurden, ohne eine Möglichkeit sich zur Wehr zu setzen.")).isTrue();
    }

    @Test
    void aShareOfPeopleAndACoupleAreAskedForWithWer() {
        assertThat(prompts("Die Mehrheit der Teilnehmer demonstrierte friedlich gegen Fremdenhass und Rechtsextremismus."))
            .contains("Wer demonstrierte friedlich gegen Fremdenhass und Rechtsextremismus?");
        assertThat(prompts("Das Paar hat vier Kinder im Alter von zehn, acht, sieben und drei Jahren."))
            .anyMatch(p -> p.startsWith("Wer hat vier Kinder"))
            .noneMatch(p -> p.startsWith("Was hat vier Kinder"));
    }

    @Test
    void anIndefinitePredicateIsNotTurnedRoundIntoADefinition() {
        assertThat(prompts("„Kliper“ ist ein bemanntes Raumschiff, das vom russischen Unternehmen RKK Energija geplant "
            + "wird."))
            .contains("Was ist „Kliper“?")
            .doesNotContain("Was ist ein bemanntes Raumschiff?");
    }

    /** From Wikinews (test split of the quotation data, read by hand for #13). */
    @Test
    void theSameAsSomethingElseIsNoAnswer() {
        assertThat(prompts("Die spanische Version wurde am gleichen Tag gegründet wie die deutschsprachige, am 20. Mai "
            + "2001, etwa vier Monate nach dem Start des Wikipediaprojektes durch Jimmy Wales."))
            .noneMatch(p -> p.startsWith("Wann wurde die spanische Version gegründet wie"));
    }

    /** From a corpus article (art_009): the tagger took "haben" for a full verb, and the parse then had no object. */
    @Test
    void aPerfectWhoseAuxiliaryTheTaggerTookForAFullVerbIsAskedAsAPerfect() {
        assertThat(prompts("Niemeyers Aktivitäten haben auch in Deutschland Spuren hinterlassen."))
            .contains("Was hat auch in Deutschland Spuren hinterlassen?");
    }

    /**
     * A demonstrative article becomes definite where the phrase after its noun says which; where nothing else does
     * ("diese Maßnahme": which, only the sentence before says), the question is not asked (hand-read set 164 for #13).
     */
    @Test
    void aDemonstrativeArticleBecomesDefiniteInAQuestionWhereThePhraseSaysWhich() {
        assertThat(prompts("Der Direktor des BBC World Service, Peter Horrocks, bezeichnet diese Maßnahme als einen "
            + "Versuch der iranischen Behörden.")).noneMatch(p -> p.contains("Maßnahme"));
        assertThat(prompts("Der Schauspieler trägt diese Erinnerung an eine Revolution in Frankreich mit monotoner "
            + "Stimme vor."))
            .contains("Wer trägt die Erinnerung an eine Revolution in Frankreich mit monotoner Stimme vor?")
            .noneMatch(p -> p.contains("diese"));
        assertThat(prompts("Die Stadtverwaltung hat in diesem Jahr mit dem Bau eines neuen Hallenbads in Jena "
            + "begonnen.")).contains("Wer hat in diesem Jahr mit dem Bau eines neuen Hallenbads in Jena begonnen?");
    }

    /** From Wikinews (test split of the quotation data, hand-read set 9 for #13), as are the four tests below. */
    @Test
    void refugeesAreAskedForWithWer() {
        assertThat(prompts("Die Flüchtlinge wurden mit Bussen in eine Wüstengegend nahe Kairo gebracht."))
            .contains("Wer wurde mit Bussen in eine Wüstengegend nahe Kairo gebracht?")
            .noneMatch(p -> p.startsWith("Was wurde"));
    }

    @Test
    void theProjectsOfAGovernmentAreNoPeople() {
        assertThat(prompts("Beide Vorhaben der Landesregierung sind umstritten.")).doesNotContain("Wer ist umstritten?");
    }

    @Test
    void anAccusationKeepsWhatItAccuses() {
        assertThat(prompts("Der ägyptische Innenminister wirft den Flüchtlingen vor, die Polizisten angegriffen zu haben."))
            .doesNotContain("Wer wirft den Flüchtlingen vor?");
    }

    @Test
    void aVerbTheParseTookForASecondOneIsNotLeftOut() {
        assertThat(prompts("Nordrhein-Westfalen setzt als erstes Bundesland im Feldversuch versetzt liegende "
            + "Warnschwellen an Autobahnbaustellen ein.")).doesNotContain("Was setzt als erstes Bundesland im Feldversuch?");
    }

    @Test
    void theAgentOfAPassiveIsNoPartOfItsTime() {
        assertThat(wh("Das Protestcamp wurde am Freitagmorgen von über tausend ägyptischen Bereitschaftspolizisten "
            + "gestürmt, die mit Wasserwerfern auf Flüchtlinge feuerten.")).extracting(Question::solution)
            .noneMatch(answer -> answer.startsWith("am Freitagmorgen von"));
    }

    @Test
    void aSubjectAskedWithWasLeavesNoObjectThatCouldBeTheSubject() {
        assertThat(prompts("Die Umweltverbände kritisieren die Bundesregierung seit Wochen wegen der neuen Straße."))
            .noneMatch(p -> p.startsWith("Was kritisier"));
    }

    @Test
    void aLightVerbsNounIsNoPartOfTheAnswer() {
        assertThat(wh("Die Landesregierung nimmt die automatische Nummernschilderkennung gegen Kritik in Schutz."))
            .extracting(Question::solution).noneMatch(answer -> answer.endsWith("in Schutz"));
    }

    @Test
    void aPronounSubjectTheArticleResolvesIsAskedForWithWer() {
        List<Question> questions = wh("Der Parteichef Thomas Berger wurde am Sonntag in Hanoi wiedergewählt. Er gilt als "
            + "entschiedener Verfechter der Einparteienherrschaft.");

        Question who = questions.stream().filter(q -> q.prompt().equals("Wer gilt als entschiedener Verfechter der "
            + "Einparteienherrschaft?")).findFirst().orElseThrow();
        assertThat(who.answers()).containsExactly("Thomas Berger", "Berger");
    }

    /** After a corpus article (art_010), where "er" is Albert G., whom the name finder does not know. */
    @Test
    void aFirmNamedAfterAPersonDoesNotNameThePersonAPronounMeans() {
        assertThat(wh("Der Gründer Conrad Conradty baute das Werk im Jahr 1950 auf. Albert G. wurde im Jahr 1991 als "
            + "Berater in die Firma Conradty geholt. Durch die Krise konnte aber auch er die Firma nicht mehr retten."))
            .noneMatch(q -> q.answers().contains("Conrad Conradty") && q.prompt().startsWith("Wer konnte"));
    }

    /** After a corpus article (art_069): the last name before "er" is not the one the sentence before is about. */
    @Test
    void aPronounIsAskedForOnlyWhenThePersonWasTheSubjectBefore() {
        assertThat(wh("Der Politiker Thomas Berger gehört zur alten Garde. Im Gegensatz zu Klaus Müller ist er China "
            + "gegenüber deutlich aufgeschlossener. Er gilt als entschiedener Verfechter der Einparteienherrschaft."))
            .noneMatch(q -> q.prompt().startsWith("Wer gilt als"));
    }

    /** After a corpus article (art_016): "Kurz vor seinem 99. Geburtstag" parsed as the subject. */
    @Test
    void aPrepositionalPhraseIsNoSubject() {
        assertThat(prompts("Kurz vor seinem 99. Geburtstag hat sich der Architekt Oscar Niemeyer frisch verheiratet."))
            .noneMatch(p -> p.startsWith("Was hat sich"));
    }

    /** From Wikinews (test split of the quotation data, hand-read set 9 for #13): a party is asked for with "wer". */
    @Test
    void aPartyIsAskedForWithWer() {
        assertThat(prompts("Mit schärferen Tönen als der Landesdatenschutzbeauftragte kritisieren die "
            + "baden-württembergischen Grünen die geplante Novelle des Polizeigesetzes."))
            .contains("Wer kritisiert mit schärferen Tönen als der Landesdatenschutzbeauftragte die geplante Novelle des "
                + "Polizeigesetzes?")
            .noneMatch(p -> p.startsWith("Was kritisiert "));
    }

    /** From Wikinews (dev split of the quotation data, hand-read set 10 for #13), as are the three tests below. */
    @Test
    void aCountryThatDoesSomethingIsAskedForWithWer() {
        assertThat(prompts("Italien hatte durch einen Sieg gegen Deutschland das Halbfinale erreicht."))
            .contains("Wer hatte durch einen Sieg gegen Deutschland das Halbfinale erreicht?")
            .noneMatch(p -> p.startsWith("Was hatte durch"));
    }

    @Test
    void womenAndMothersArePeople() {
        assertThat(prompts("In der „Trostrunde“ schieden die Frauen in der ersten Runde aus."))
            .noneMatch(p -> p.startsWith("Was schied"));
        assertThat(prompts("Die Mutter wandte sich daraufhin an das Erwerbslosen Forum Deutschland."))
            .contains("Wer wandte sich an das Erwerbslosen Forum Deutschland?");
    }

    @Test
    void aPersonNamedAsWhatTheSubjectIsIsAskedForWithWer() {
        assertThat(prompts("Der Gewinner des Ingeborg-Bachmann-Preises im Jahr 2005 war der Münchener Schriftsteller "
            + "Thomas Lang."))
            .contains("Wer war der Gewinner des Ingeborg-Bachmann-Preises im Jahr 2005?")
            .noneMatch(p -> p.startsWith("Was war der Gewinner"));
    }

    @Test
    void aListIsNotCutAtItsFirstComma() {
        assertThat(prompts("Deutschland belegte neben Algerien, Frankreich II und der Schweiz einen ausgezeichneten "
            + "fünften Platz.")).doesNotContain("Wer belegte neben Algerien?", "Was belegte neben Algerien?");
    }

    @Test
    void aPrizeGivenInASmallCircleIsGivenToNoOne() {
        assertThat(prompts("Der Preis wird wegen der Corona-Pandemie am 10. Dezember in kleinerer Runde verliehen."))
            .noneMatch(p -> p.startsWith("In wem"));
    }

    @Test
    void aGovernmentWrittenWithAHyphenIsAskedForWithWer() {
        assertThat(prompts("Die neue US-Regierung räumt der Herstellung der Sicherheit von Computernetzwerken und der "
            + "Datensicherheit hohe Priorität ein.")).noneMatch(p -> p.startsWith("Was räumt der"));
    }

    @Test
    void aNameParsedAsASecondSubjectStopsTheClause() {
        String text = "Der Bundesgerichtshof (BGH) in Karlsruhe hat die rechtsradikale Berliner Musikband Landser als "
            + "kriminelle Vereinigung eingestuft und gleichzeitig eine mehrjährige Haftstrafe für den Bandleader bestätigt.";
        assertThat(prompts(text)).noneMatch(p -> p.startsWith("Was hat Landser"));
        assertThat(statements(text)).noneMatch(s -> s.startsWith("Landser hat"));
    }

    /** From Wikinews (dev split of the quotation data, hand-read set 11 for #13), as are the tests below. */
    @Test
    void aSentenceThatAsksGivesNoQuestion() {
        assertThat(prompts("Warum ist das Wasser des Mondes für die Wissenschaftler so interessant?")).isEmpty();
    }

    @Test
    void aTimeReachedIsNoTimeWhen() {
        assertThat(prompts("Die Besetzung des Geländes um den Regierungssitz in der thailändischen Hauptstadt geht nun "
            + "in die zweite Woche.")).noneMatch(p -> p.startsWith("Wann"));
    }

    @Test
    void dessenPointsBack() {
        assertThat(prompts("Dessen ungeachtet hält die Besetzung des Regierungssitzes in Bangkok an."))
            .noneMatch(p -> p.contains("dessen"));
    }

    @Test
    void aNameIsNotSwappedInsideALongerName() {
        List<String> statements = new java.util.ArrayList<>();
        String text = "NATO-Generalsekretär Jaap de Hoop Scheffer erklärte daraufhin die Diskussion des Themas für "
            + "beendet. Außenministerin Condoleezza Rice sprach in Brüssel. Proteste gegen das Ergebnis der Wahl im Iran "
            + "wurden im Juni von Sicherheitskräften in Teheran niedergeschlagen. Die Regierung in Nordkorea schwieg.";
        for (int seed = 0; seed < 40; seed++) {
            new TrueFalseGenerator(GermanAnalysis.MORPHOLOGY, GermanAnalysis.FIELDS, GermanAnalysis.PARSER)
                .questions(GermanAnalysis.analyze(text), new Random(seed)).forEach(q -> statements.add(q.prompt()));
        }
        assertThat(statements).noneMatch(s -> s.contains("de Condoleezza") || s.contains("de Rice")
            || s.contains("im Nordkorea"));
    }

    /** From Wikinews (dev split of the quotation data, hand-read set 12 for #13), as are the tests below. */
    @Test
    void monksArePeopleAndAnAircraftIsNone() {
        assertThat(prompts("Buddhistische Mönche lehnen Almosen nur unter äußersten Umständen ab."))
            .noneMatch(p -> p.startsWith("Was lehn"));
        assertThat(prompts("Der neue Airbus A380 startet am Mittwoch vom Flughafen Toulouse-Blagnac in Südfrankreich zu "
            + "seinem ersten Testflug.")).noneMatch(p -> p.startsWith("Wer startet"));
    }

    @Test
    void aNumberOfPeopleAfterTheVerbCouldBeItsSubject() {
        assertThat(prompts("Airbus erwartet zu dem Ereignis rund 50.000 Zuschauer."))
            .noneMatch(p -> p.startsWith("Was erwartet zu dem Ereignis"));
    }

    @Test
    void aRangeIsNotCutAndAnAttributeNotLeftBehind() {
        assertThat(prompts("So stieg der Absatz an Schuhen im Zeitraum von 2001 bis 2005 um 15 Prozent."))
            .noneMatch(p -> p.contains("bis 2005 um") || p.endsWith("von 2001 um 15 Prozent?"))
            .noneMatch(p -> p.startsWith("Was stieg an Schuhen"));
    }

    @Test
    void aPhraseThatMayBelongToTheNounBeforeItIsNotMovedToTheFront() {
        assertThat(statements("Der Fahrer von Discovery Channel fuhr den Sieg mit einem Vorsprung von sechs Sekunden auf "
            + "den Spanier Oscar Pereiro nach Hause.")).noneMatch(s -> s.startsWith("Auf den Spanier"));
    }

    /** From Wikinews (dev split of the quotation data, hand-read set 13 for #13), as are the tests below. */
    @Test
    void dyingIsNoPlaceToAskAbout() {
        assertThat(prompts("191 Menschen kamen bei den Anschlägen in Madrid ums Leben.")).noneMatch(p -> p.startsWith("Worum"));
    }

    @Test
    void aDurationTheParseTookIntoTheSubjectIsNoPartOfIt() {
        String text = "Nach Angaben der New York Times dauerte der Einsatz der Marines drei bis fünf Stunden.";
        assertThat(prompts(text)).noneMatch(p -> p.startsWith("Was dauerte"));
        assertThat(statements(text)).noneMatch(s -> s.contains("Marines drei bis fünf Stunden dauerte"));
    }

    @Test
    void aListCutShortMakesNoStatement() {
        assertThat(statements("König Juan Carlos, Königin Sophia, ranghohe Regierungsmitglieder und hunderte von "
            + "geladenen Gästen nahmen an der Einweihungsfeier in Madrid teil.")).noneMatch(s -> s.endsWith(", teil."));
    }

    @Test
    void weiterOpeningASentenceIsLeftOut() {
        assertThat(statements("Weiter sollen die Betroffenen niemals von dem Datenaustausch mit den Geheimdiensten "
            + "erfahren.")).noneMatch(s -> s.contains(" weiter "));
    }

    @Test
    void aSubjectThatOpensWithAnAdverbIsNotMovedToTheFront() {
        assertThat(statements("Bei den Terroranschlägen islamischer Extremisten vor drei Jahren explodierten fast "
            + "gleichzeitig Bomben in vier Nahverkehrszügen.")).noneMatch(s -> s.startsWith("Fast gleichzeitig Bomben"));
    }

    /** From Wikinews (dev split of the quotation data, hand-read set 14 for #13), as are the tests below. */
    @Test
    void aNameOfSeveralWordsKeepsItsCapitals() {
        assertThat(prompts("Human Rights Watch hatte im April einen Bericht über Folter im Land veröffentlicht."))
            .contains("Wann hatte Human Rights Watch einen Bericht über Folter im Land veröffentlicht?");
    }

    @Test
    void aTimeMovedBehindTheSubjectStaysBeforeNicht() {
        assertThat(statements("Seit 2005 darf unbehandelter Abfall in Deutschland nicht deponiert werden."))
            .noneMatch(s -> s.contains("nicht seit 2005"));
    }

    @Test
    void aRelativeClauseOfTwoVerbsIsNoStatement() {
        assertThat(statements("Die Anwältin Gülsen Celebi, die beinahe nur muslimische Frauen vertritt und dort oft mit "
            + "gewalttätigen Ehemännern zu tun hat, nennt das Ereignis einen Justizskandal."))
            .noneMatch(s -> s.contains("vertritt und"));
    }

    @Test
    void theRedCrossIsAskedForWithWer() {
        assertThat(prompts("Das Rote Kreuz schätzt die Zahl der Flüchtlinge auf 50.000 und hat zu Spenden aufgerufen."))
            .contains("Wer schätzt die Zahl der Flüchtlinge auf 50.000?").noneMatch(p -> p.startsWith("Was schätzt die"));
    }

    /** From Wikinews (dev split of the quotation data, hand-read set 15 for #13), as are the tests below. */
    @Test
    void anIdiomIsNotTakenApart() {
        assertThat(prompts("Am vergangenen Donnerstag trat der Fluss Grijalva in Mexiko über die Ufer."))
            .noneMatch(p -> p.startsWith("Worüber"));
        assertThat(prompts("Nun hat auch die Ministerin Heidemarie Wieczorek-Zeul in Berlin das Handtuch geworfen."))
            .noneMatch(p -> p.startsWith("Was hat"));
    }

    @Test
    void anArticleTellsTheNumberANounDoesNot() {
        String text = "Ein großes Fragezeichen machen internationale Beobachter auch hinter die Haltung der Hisbollah.";
        assertThat(prompts(text)).noneMatch(p -> p.startsWith("Was macht"));
        assertThat(statements(text)).noneMatch(s -> s.contains("machen ein großes Fragezeichen internationale"));
    }

    /** From Wikinews (dev split of the quotation data, hand-read set 16 for #13), as are the tests below. */
    @Test
    void aModalKeepsTheInfinitiveItNeeds() {
        String text = "Der Täter konnte kurzfristig von einem Polizisten in der Nähe des Tatortes gestellt und mit "
            + "vorgehaltener Waffe zur Aufgabe gezwungen werden.";
        assertThat(prompts(text)).noneMatch(p -> p.endsWith("gestellt?"));
        assertThat(statements(text)).noneMatch(s -> s.endsWith("gestellt."));
        assertThat(prompts("Der Vertrag soll im kommenden Sommer in Berlin unterschrieben werden."))
            .contains("Was soll im kommenden Sommer in Berlin unterschrieben werden?");
    }

    @Test
    void aOneWordNameKeepsItsCapital() {
        assertThat(prompts("Der Bürgerrechtler Hu Jia wurde in Peking verhaftet. Hu engagierte sich in China vor allem "
            + "für Umweltschutz und Gesundheit.")).noneMatch(p -> p.contains(" hu "));
    }

    /** From Wikinews (dev split of the quotation data, hand-read set 17 for #13), as are the tests below. */
    @Test
    void anAdjectiveOrANumberBeforeItsNounIsLowerCasedInTheMiddle() {
        assertThat(prompts("Israelische Kampfflugzeuge bombardierten am Abend die Hauptverbindungsstraße im Gazastreifen."))
            .noneMatch(p -> p.contains(" Israelische"));
        assertThat(statements("Acht Flughäfen mussten aufgrund des Streiks in Spanien ihren Betrieb einstellen."))
            .noneMatch(s -> s.contains(" Acht "));
    }

    @Test
    void aDurationIsNoTimeWhen() {
        assertThat(prompts("Aufgrund zahlreicher Beschwerden wurde die für heute geplante Veröffentlichung des "
            + "Endergebnisses um einen Monat verschoben.")).noneMatch(p -> p.startsWith("Wann"));
    }

    @Test
    void aFrontedParticipleAndADashCutMakeNoQuestion() {
        assertThat(prompts("Besonders kritisiert wurde die unausgewogene Berichterstattung der staatlich kontrollierten "
            + "Medien.")).noneMatch(p -> p.startsWith("Was kritisiert besonders"));
        assertThat(prompts("Karadžić gehörte mit dem – immer noch gesuchten – früheren Militärchef Ratko Mladić zu den "
            + "meistgesuchten mutmaßlichen Kriegsverbrechern des Balkankonflikts.")).noneMatch(p -> p.endsWith("mit dem?"));
    }

    @Test
    void whatWasDecidedIsNotLeftOut() {
        assertThat(prompts("Das Bau- und Transportministerium hat am Montag entschieden, der Firma eHomes die Lizenz zu "
            + "entziehen.")).noneMatch(p -> p.endsWith("entschieden?"));
    }

    @Test
    void forcesAndGroupsAreAskedForWithWer() {
        assertThat(prompts("Spezialkräfte der Polizei konnten den Täter am Abend in Köln festnehmen."))
            .noneMatch(p -> p.startsWith("Was konnte"));
        assertThat(prompts("Die Gruppe, die vom Blitz getroffen wurde, hatte sich nicht in Sicherheit gebracht."))
            .noneMatch(p -> p.startsWith("Was wurde vom Blitz getroffen"));
    }

    @Test
    void aBoundedNumberIsAnsweredWithItsBound() {
        assertThat(wh("Am vergangenen Sonntag waren noch mehr als 100 Ziele im Gazastreifen angegriffen worden."))
            .filteredOn(q -> q.prompt().startsWith("Wie viele Ziele")).extracting(Question::solution)
            .allMatch(answer -> answer.equals("mehr als 100"));
    }

    @Test
    void aNumberWrittenAsAWordIsAskedForWithWieVieleAndItsDigitsAreAccepted() {
        assertThat(wh("Die Polizei nahm am Montag in Berlin acht Demonstranten fest."))
            .filteredOn(q -> q.prompt().equals("Wie viele Demonstranten nahm die Polizei am Montag in Berlin fest?"))
            .singleElement().satisfies(q -> {
                assertThat(q.solution()).isEqualTo("acht");
                assertThat(((org.textquiz.core.question.WhQuestion) q).answers()).contains("8");
            });
    }

    /** From Wikinews (dev split of the quotation data, hand-read set 18 for #13). */
    @Test
    void anAmountOfMoneyIsAskedForWithWieViel() {
        assertThat(prompts("Venezuela investiert 900 Millionen US-Dollar in die Ethanolproduktion."))
            .contains("Wie viel investiert Venezuela in die Ethanolproduktion?")
            .noneMatch(p -> p.startsWith("Was investiert"));
    }

    /** From Wikinews (dev split of the quotation data, hand-read set 18 for #13). */
    @Test
    void anAirlineIsAskedForWithWerAndAPlaceWithItsNameWithWas() {
        assertThat(prompts("Die Billigfluggesellschaft Ryanair erwägt offenbar eine Gebühr für die Benutzung der "
            + "Flugzeugtoiletten."))
            .contains("Wer erwägt offenbar eine Gebühr für die Benutzung der Flugzeugtoiletten?")
            .noneMatch(p -> p.startsWith("Was erwägt offenbar"));
        assertThat(prompts("Der Flughafen Los Angeles ist von starken Winden betroffen."))
            .noneMatch(p -> p.startsWith("Wer"));
    }

    /** From Wikinews (dev split of the quotation data, hand-read set 18 for #13): "Pressesprecher" tagged ADJ. */
    @Test
    void aTitleTheDictionaryKnowsOnlyAsANounKeepsItsCapital() {
        assertThat(prompts("Pressesprecher Steven McNamara spielte die Idee jedoch herunter."))
            .anyMatch(p -> p.startsWith("Was spielte Pressesprecher Steven McNamara"))
            .noneMatch(p -> p.contains("pressesprecher"));
    }

    /** From Wikinews (dev split of the quotation data, hand-read set 18 for #13). */
    @Test
    void aClauseThatGoesOnAfterItsCommaIsNotCutThere() {
        assertThat(prompts("Im Luftraum über Ratekau sind am Freitag, den 22. September 2006 gegen 14.20 Uhr "
            + "möglicherweise zwei Sportflugzeuge kollidiert."))
            .noneMatch(p -> p.startsWith("Wann sind im Luftraum über Ratekau?"));
        assertThat(prompts("Der Premierminister Hashim Thaçi geht nach einem Treffen mit dem UNMIK-Leiter, Joachim "
            + "Rücker, davon aus, dass die Europäische Union die Unabhängigkeit anerkennen würde."))
            .noneMatch(p -> p.endsWith("mit dem UNMIK-Leiter?"));
        assertThat(prompts("Eine ungewöhnliche Aktion gelang einem Häftling am Donnerstag, dem 1. Dezember, in einem "
            + "Gefängnis in Jayapura."))
            .noneMatch(p -> p.endsWith("am Donnerstag?"));
    }

    /** From Wikinews (dev split of the quotation data, hand-read set 18 for #13). */
    @Test
    void aPhraseWithAnIndefiniteArticleIsNotAskedForWithoutItsRelativeClause() {
        assertThat(wh("Rashid Rehman hatte vor Gericht einen Mann verteidigt, der wegen Gotteslästerung angeklagt "
            + "worden war.").stream().map(q -> q.solution()))
            .isNotEmpty().doesNotContain("einen Mann");
    }

    /** From Wikinews (dev split of the quotation data, hand-read set 18 for #13). */
    @Test
    void aStatementDoesNotMoveAPlaceThatMayBelongToTheNounBeforeIt() {
        assertThat(statements("Die Europäische Union und die Vereinigten Staaten unterstützen die "
            + "Unabhängigkeitsbestrebungen der albanischstämmigen Bevölkerungsmehrheit im Kosovo."))
            .noneMatch(s -> s.startsWith("Im Kosovo"));
        assertThat(statements("Progress war vom Kosmodrom im kasachischen Baiqongyr gestartet."))
            .noneMatch(s -> s.startsWith("Vom Kosmodrom") || s.startsWith("Im kasachischen"));
        assertThat(statements("Wie in anderen Landesteilen auch wurde dort ein Ausgehverbot verhängt.")).isEmpty();
    }

    /** From the corpus (art_076). */
    @Test
    void heirsAreAskedForWithWerAndTheWayWithNoWorueber() {
        assertThat(prompts("Die Erben der einstigen Besitzerin zogen vor Gericht."))
            .contains("Wer zog vor Gericht?").noneMatch(p -> p.startsWith("Was zog"));
        assertThat(prompts("Die beiden Blätter waren 1988 über eine Schenkung an die Albertina gelangt."))
            .noneMatch(p -> p.startsWith("Worüber"));
    }

    /** From the corpus (art_076): "keine NS-Raubkunst" cut at its hyphen. */
    @Test
    void noPhraseIsAskedForOrMovedThatEndsInsideAWordWithAHyphen() {
        String sentence = "In der Causa Fritz Grünbaum entschied nun auch der Kunstrückgabebeirat: keine "
            + "NS-Raubkunst, keine Restitution.";
        assertThat(prompts(sentence)).noneMatch(p -> p.contains(" -Raubkunst") || p.contains(": keine NS"));
        assertThat(statements(sentence)).noneMatch(p -> p.contains(" -Raubkunst") || p.contains(": keine NS"));
    }

    /**
     * From Wikinews (test split of the quotation data, which the who-said-it rules are not tuned on; hand-read set 19
     * for #13), as are the tests below, but for O'Keefe (corpus art_028).
     */
    @Test
    void aPersonCoordinatedWithANameAFollowerInIstAndAnActingAcronymAreAskedForWithWer() {
        assertThat(prompts("O’Keefe und sein Sohn überlebten den Absturz.")).contains("Wer überlebte den Absturz?")
            .doesNotContain("Was überlebte den Absturz?");
        assertThat(prompts("Radikalislamische Salafisten wollen in mehr als 30 deutschen Städten Exemplare des Korans "
            + "verschenken.")).anyMatch(p -> p.startsWith("Wer will")).noneMatch(p -> p.startsWith("Was will"));
        assertThat(prompts("Der DFB will das Geld für soziale Zwecke einsetzen."))
            .contains("Wer will das Geld für soziale Zwecke einsetzen?");
    }

    @Test
    void aNameThatOnlyIsOrHasSomethingIsNoOnesAndBeiACountryIsAskedWithBeiWem() {
        assertThat(prompts("Der Koran ist ebenso wie die Bibel auch online verfügbar."))
            .noneMatch(p -> p.startsWith("Wer"));
        assertThat(prompts("Polen hat rund 38,5 Millionen Einwohner.")).noneMatch(p -> p.startsWith("Wer"));
        assertThat(prompts("In einem Statement bedankte sich die Regierung von Timor-Leste bei China für die Lieferung "
            + "von 4.000 Tonnen Reis.")).contains("Bei wem bedankte sich die Regierung von Timor-Leste in einem Statement "
                + "für die Lieferung von 4.000 Tonnen Reis?").noneMatch(p -> p.startsWith("Wo bedankte"));
    }

    @Test
    void nothingIsAskedOrStatedWithOnlyParticlesBesideTheVerb() {
        String sentence = "Inzwischen herrscht auch Mangel an Nahrungsmitteln.";
        assertThat(prompts(sentence)).doesNotContain("Was herrscht auch?");
        assertThat(statements(sentence)).doesNotContain("Mangel an Nahrungsmitteln herrscht auch.");
    }

    @Test
    void nichtStandsBeforeThePredicateWithAls() {
        assertThat(prompts("Gadiel Sanchez Rivera lebt in Peru. Als Regenwald-Aktivist betrachtet Gadiel Sanchez Rivera "
            + "sich nicht.")).contains("Wer betrachtet sich nicht als Regenwald-Aktivist?")
            .noneMatch(p -> p.endsWith("als Regenwald-Aktivist nicht?"));
    }

    @Test
    void aStatementKeepsItsSubjectAndWhatStandsFirstForAReason() {
        assertThat(statements("Die ägyptischen Behörden hatten die Flüchtlinge gewarnt, dass ihr Camp nicht für eine "
            + "unbegrenzte Zeit geduldet werde.")).noneMatch(s -> s.contains("die Flüchtlinge die ägyptischen Behörden"));
        assertThat(statements("Das Protestcamp wurde am Freitagmorgen von über tausend ägyptischen Bereitschaftspolizisten "
            + "gestürmt, die mit Wasserwerfern auf Flüchtlinge feuerten.")).noneMatch(s -> s.startsWith("Am Freitagmorgen von"));
        assertThat(statements("Gestartet als Zwei-Mann-Expedition gab sein Partner bereits nach drei Monaten auf."))
            .noneMatch(s -> s.contains("auf gestartet") || s.contains("gab gestartet"));
        assertThat(statements("Unter anderem nahm auch Bremens Oberbürgermeister Jens Böhrnsen (SPD) an der Demonstration "
            + "teil.")).noneMatch(s -> s.contains("unter anderem teil"));
    }

    @Test
    void aParticipleHungOnANounAnIdiomAsSubjectAndAPhraseAfterANounAreNotAskedAbout() {
        assertThat(prompts("Der NPD-Demonstration war ein Rechtsstreit vor dem Verwaltungsgericht Bremen und anschließend "
            + "vor dem Bremer Oberverwaltungsgericht vorausgegangen.")).noneMatch(p -> p.startsWith("Was war der"));
        assertThat(prompts("Eine Rolle spielt auch die Religion der Flüchtlinge in Polen."))
            .contains("Was spielt auch eine Rolle?").noneMatch(p -> p.startsWith("Was spielt die Religion"));
        assertThat(prompts("Mit den nun fehlenden Einnahmen mussten diese Verbesserungsmaßnahmen für die "
            + "Studienbedingungen gestoppt werden.")).noneMatch(p -> p.startsWith("Wofür"));
        assertThat(prompts("Das Stadtamt hatte die Demonstration noch am Mittwoch verboten."))
            .contains("Wer hatte die Demonstration noch am Mittwoch verboten?");
    }

    /** From Wikinews (test split of the quotation data, hand-read set 20 for #13). */
    @Test
    void noQuestionLeavesOutWhatFollowsAColonOrKeepsAFrameInside() {
        assertThat(prompts("Die Untersuchung der in der Türkei verendeten Vögel hat ergeben: Die Tiere sind an der "
            + "aggressivsten Form des Vogelgrippevirus erkrankt.")).doesNotContain("Was hat ergeben?");
        assertThat(prompts("Präsident Mahmud Ahmadinedschad sprach am Montag. „Nach sieben langen Jahren“, so die "
            + "Nachrichtenagentur, habe man mit dem Medikament „IMOD“ ein wirksames Mittel gegen die "
            + "Immunschwächekrankheit gefunden.")).noneMatch(p -> p.contains(", so die Nachrichtenagentur,"));
    }

    /** From Wikinews (test split of the quotation data, hand-read set 21 for #13). */
    @Test
    void aRoleOrABodyAfterZuIsAskedWithWozuAndAPossessiveSubjectOrDahinIsNoQuestion() {
        assertThat(prompts("Am Montag ernannte der Verfassungsrat den bisherigen Parlamentspräsidenten Fouad Mebazaâ zum "
            + "Interimspräsidenten.")).contains("Wozu ernannte der Verfassungsrat am Montag den bisherigen "
                + "Parlamentspräsidenten Fouad Mebazaâ?").noneMatch(p -> p.startsWith("Zu wem"));
        // the parse takes "Unterdessen" for the subject and "der Verfassungsrat" for an object: no question
        assertThat(prompts("Unterdessen ernannte der Verfassungsrat den bisherigen Parlamentspräsidenten Fouad Mebazaâ zum "
            + "Interimspräsidenten.")).noneMatch(p -> p.startsWith("Zu wem"));
        assertThat(prompts("In der 58. Minute ging sein Schuss nach einem Zuspiel von Mesut Özil am Tor vorbei."))
            .noneMatch(p -> p.contains("sein Schuss"));
        assertThat(prompts("Genau dahin flog Serbiens Torwart Vladimir Stojković.")).noneMatch(p -> p.contains("dahin"));
        assertThat(prompts("Nach dem Wiederanpfiff dominierten die Deutschen das Spiel für eine gute Viertelstunde."))
            .anyMatch(p -> p.startsWith("Wer dominierte")).noneMatch(p -> p.startsWith("Was dominierte"));
        assertThat(prompts("Die Autobahn war mehrere Stunden gesperrt, auch auf der Gegenfahrbahn kam es zu Unfällen."))
            .doesNotContain("Was war die Autobahn gesperrt?");
        // corpus (art_023): "Man" parsed as the object, the article's "der iranischen Botschafter" as the subject
        assertThat(prompts("Außenminister Frank-Walter Steinmeier sprach am Montag. Man habe der iranischen Botschafter "
            + "einbestellt, um gegen das Vorgehen iranischer Sicherheitskräfte zu protestieren."))
            .noneMatch(p -> p.contains(" man "));
        assertThat(prompts("Dr. Bernd Engelhardt, der Leiter der Landshuter Dienststelle des Bayerischen Landesamtes "
            + "für Denkmalpflege, vermutet, dass das Tongefäß aus der Gegend von Straubing stammt."))
            .noneMatch(p -> p.startsWith("Was vermutet"));
    }

    /** Corpus (art_006): the "es" of "es gibt" stays beside the verb, and the number of things there are is asked. */
    @Test
    void howManyThereAreIsAskedWithEsBesideTheVerb() {
        assertThat(prompts("Die Stadt plant neue Haltestellen. In Jena gibt es heute noch 14 alte unsanierte Bahnhöfe."))
            .contains("Wie viele alte unsanierte Bahnhöfe gibt es heute noch in Jena?")
            .noneMatch(p -> p.contains("in Jena es"));
    }

    /** From Wikinews (test split of the quotation data, hand-read set 22 for #13). */
    @Test
    void aTimeHungOnTheNounBeforeItIsNoPartOfTheAnswerAndNoWasBesideWer() {
        List<String> asked = prompts("China protestierte gegen die neuen Tarife am darauffolgenden Donnerstag.");
        assertThat(asked).noneMatch(p -> p.startsWith("Wogegen")).doesNotContain(
            "Was protestierte gegen die neuen Tarife am darauffolgenden Donnerstag?");
        assertThat(prompts("Die Feuerwehren aus Dansenberg und der Stadt Kaiserslautern mussten mit insgesamt 21 Mann "
            + "anrücken.")).noneMatch(p -> p.startsWith("Mit wem"));
        assertThat(wh("Lech Kaczyński nannte die Schlussfolgerungen des Berichts eine „Verhöhnung Polens“."))
            .filteredOn(q -> q.prompt().startsWith("Was nannte")).allMatch(q -> Words.quotesBalanced(q.solution()));
    }

    /** From Wikinews (test split of the quotation data, hand-read set 23 for #13). */
    @Test
    void seitdemPointsBackAndAnAppositionOnAPossessiveIsNoStatement() {
        String text = "Die Oppositionspolitikerin Aung San Suu Kyi gewann 1990 die Wahl. Suu Kyi steht seitdem mit "
            + "kleinen Unterbrechungen in Rangun unter Hausarrest. Ihre Partei, die Nationale Liga für Demokratie (NLD), "
            + "wurde inzwischen von der Regierung aufgelöst.";
        assertThat(prompts(text)).noneMatch(p -> p.contains("seitdem"));
        assertThat(statements(text)).noneMatch(s -> s.contains("seitdem") || s.startsWith("Ihre Partei"));
    }

    /** From Wikinews (test split of the quotation data, hand-read set 23 for #13): clauses with their verb left out. */
    @Test
    void clausesThatLeaveTheirVerbOutAreNotAskedAbout() {
        assertThat(prompts("Der parteilose Stadtwerkechef Uwe Barthel errang 16,79 Prozent, Karl-Friedrich Zais 12,10 "
            + "Prozent und der Student Mike Bräutigam 1,31 Prozent.")).noneMatch(p -> p.contains("12,10"));
    }

    /**
     * Corpus (art_024, art_025, art_026): "es kam zu …" says what happened; "es" is no pronoun to resolve, the
     * question keeps something besides its verb, and a second clause with its verb left out is no answer.
     */
    @Test
    void whatHappenedIsAskedWithWozuKamEs() {
        assertThat(prompts("Der Sturm zog über Frankreich. In einigen Regionen kam es zu Stromausfällen."))
            .contains("Wozu kam es in einigen Regionen?");
        assertThat(prompts("Das Kraftwerk steht still. Am Samstag war es zu einem Trafokurzschluss gekommen."))
            .contains("Wann war es zu einem Trafokurzschluss gekommen?", "Wozu war es am Samstag gekommen?");
        assertThat(prompts("Zu den Massenprotesten war es gekommen, weil die Opposition der Regierung Wahlbetrug "
            + "vorgeworfen hatte.")).doesNotContain("Wozu war es gekommen?");
        assertThat(prompts("Weiterhin war es im Laufe der vergangenen Woche zu einer Transformatorenstörung, am "
            + "Wochenende zu einem Ventilproblem gekommen.")).noneMatch(p -> p.startsWith("Wozu"));
    }

    /** Corpus (art_025, art_020): reported speech whose own clause names its source needs no "laut" added. */
    @Test
    void reportedSpeechThatNamesItsSourceIsAskedAsItStands() {
        assertThat(prompts("Zwei Männer wurden im Iran hingerichtet. Nach Angaben der Anwältin Rahmani Purs sei die "
            + "Hinrichtung bereits erfolgt, bevor sie und die Familie von der Entscheidung erfahren hätten."))
            .contains("Was ist bereits nach Angaben der Anwältin Rahmani Purs erfolgt?");
        assertThat(prompts("Die Studie wurde am Montag vorgestellt. Der Vertrauensverlust gegenüber der Politik schaffe "
            + "insbesondere für die großen Volksparteien Probleme, so Frank Karl, Leiter der Abteilung bei der FES."))
            .noneMatch(p -> p.contains("so Frank Karl"));
    }

    /** Corpus (art_002, art_010): an "es" that holds the first place for the subject goes when the subject is asked. */
    @Test
    void aPlaceholderEsGoesWhenTheSubjectIsAsked() {
        assertThat(prompts("Tropical Islands hat am Samstag eröffnet. Es sind 500 neue Arbeitsplätze entstanden, die "
            + "Betreiber sprechen bereits jetzt von bis zu 850 Arbeitsplätzen."))
            .contains("Wie viele neue Arbeitsplätze sind entstanden?");
        assertThat(prompts("Es folgen Niedersachsen mit 119, dann drei im Osten Deutschlands liegende Bundesländer "
            + "Sachsen-Anhalt (107), Brandenburg (97) und Sachsen (89).")).noneMatch(p -> p.startsWith("Was folgt"));
    }

    /** From Wikinews (test split of the quotation data, hand-read set 27 for #13). */
    @Test
    void aFocusedPhraseKeepsItsParticleAndNothingPointsToTheSameAsBefore() {
        String sources = "Die Zölle treffen die Branche hart. Nach Berichten der Nachrichtenagentur AP rechnen die "
            + "chinesischen Solarmodulhersteller bereits in diesem Jahr mit Verlusten von Hunderten von Millionen Dollar.";
        assertThat(prompts(sources)).isNotEmpty().noneMatch(p -> p.contains("bereits nach Berichten"));
        assertThat(statements(sources)).noneMatch(p -> p.contains("bereits nach Berichten"));
        String same = "Der Ministerrat hat das Polizeigesetz beschlossen. In der gleichen Sitzung hat der Ministerrat "
            + "einen Gesetzentwurf für ein neues Versammlungsrecht zur Anhörung freigegeben.";
        assertThat(prompts(same)).noneMatch(p -> p.contains("gleichen Sitzung"));
        assertThat(statements(same)).noneMatch(p -> p.contains("gleichen Sitzung"));
        assertThat(new TrueFalseGenerator(GermanAnalysis.MORPHOLOGY, GermanAnalysis.FIELDS, GermanAnalysis.PARSER)
            .questions(GermanAnalysis.analyze(same), new Random(1))).extracting(Question::prompt)
            .noneMatch(p -> p.contains("gleichen Sitzung"));
    }

    /** From Wikinews (test split, hand-read set 27): parses no German sentence has give no question or statement. */
    @Test
    void whatTheParseCannotHaveReadRightIsNotAskedAbout() {
        assertThat(prompts("Der Goldpreis stieg um 0,7 Prozent auf 668,80 US-Dollar, während der Ölpreis für ein Barrel "
            + "der Nordseesorte Brent am Nachmittag bei 66,40 US-Dollar lag.")).noneMatch(p -> p.startsWith("Wann"));
        assertThat(prompts("Die Oppositionsparteien hatten sich zu einer Allianz zusammen geschlossen, der „People's "
            + "Alliance for Democracy“ (PAD).")).noneMatch(p -> p.startsWith("Wozu"));
        String sister = "Nur eine Woche später starb Nafisatus einzige Schwester, als diese in einer Moschee in Kolofata "
            + "einen Selbstmordanschlag ausführte.";
        assertThat(prompts(sister)).noneMatch(p -> p.startsWith("Wen starb") || p.startsWith("Was starb"));
        assertThat(prompts("Im Dorf Salak erhielt die 17-jährige Oumar Nafisatu vier Schafe."))
            .noneMatch(p -> p.startsWith("Was erhielt"));
        String calm = "Laut einer Reuters-Meldung gibt sich der Iran aber betont gelassen.";
        assertThat(prompts(calm)).noneMatch(p -> p.endsWith("laut einer Reuters-Meldung?"));
        assertThat(statements(calm)).noneMatch(p -> p.endsWith("laut einer Reuters-Meldung."));
        assertThat(statements("Die Entscheidung für Neuwahlen fiel mit einer Mehrheit von neun zu fünf Stimmen."))
            .noneMatch(p -> p.startsWith("Zu fünf") || p.contains("von neun fiel"));
    }

    /** From Wikinews (test split, hand-read set 27): someone's words, or what the sentence before said. */
    @Test
    void theMiddleOfAQuotationAndAPointingObjectAreNotAsked() {
        assertThat(prompts("Der Iran behauptet, die Soldaten seien in iranischen Gewässern gewesen. Großbritannien "
            + "bestreitet das.")).noneMatch(p -> p.endsWith("das?"));
        String quoted = "Die Linke kritisiert das Gesetz. „Das Versammlungsrecht gehört zu den zentralen Rechten der "
            + "Bürger. Unter dem Vorwand der Bekämpfung des Rechtsextremismus will der Minister ein Gesetz durchbringen. "
            + "Das lehnen wir ab“, sagte Carsten Labudda.";
        assertThat(prompts(quoted)).noneMatch(p -> p.contains("Vorwand"));
        assertThat(statements(quoted)).noneMatch(p -> p.contains("Vorwand"));
    }

    /** From Wikinews (test split of the quotation data, hand-read set 28 for #13): who acts, and to whom it happens. */
    @Test
    void aTownThatDecidesIsAskedWithWerAndTheOneSomethingSucceedsForIsNoSubject() {
        // a town by its kind alone, "die Stadt", is no answer since hand-read set 191: the learner gives its name
        assertThat(wh("Der alte Bahnhof war baufällig. Daraufhin hat sich die Stadt entschlossen, den alten "
            + "Paradiesbahnhof neu zu bauen und den alten abzureißen."))
            .noneMatch(q -> q.solution().equalsIgnoreCase("die Stadt"));
        assertThat(prompts("Mit der Gestaltung des brasilianischen Pavillons auf der Weltausstellung 1939 in New York City "
            + "gelang Niemeyer der internationale Durchbruch.")).noneMatch(p -> p.startsWith("Wer gelang"));
        assertThat(prompts("Laut Polizei sorgte dann eine große Rauchwolke für schlechte Sicht und Bremsmanöver der "
            + "Fahrzeuge.")).noneMatch(p -> p.startsWith("Was sorgte"));
        assertThat(prompts("Tripcke hat die Lizenz entzogen. Die Wolfsburger Führung kann sich das jedoch nicht "
            + "vorstellen.")).noneMatch(p -> p.contains("das jedoch"));
    }

    /** From Wikinews (test split, hand-read set 28): statements that compare, list or report as the article does. */
    @Test
    void aComparisonAListAndWhoseWordsStayAsTheArticleHasThem() {
        assertThat(statements("Niemeyer hat sich in dem Schaffenszeitraum von sieben Jahrzehnten handwerklich viel mehr "
            + "als ein Zeichner verstanden und sich für seine Entwürfe in besonderem Masse inspirieren lassen von den "
            + "Formen des weiblichen Körpers.")).noneMatch(p -> p.startsWith("Als ein Zeichner"));
        assertThat(prompts("Niemeyer hat sich in dem Schaffenszeitraum von sieben Jahrzehnten handwerklich viel mehr als "
            + "ein Zeichner verstanden.")).noneMatch(p -> p.contains("Niemeyer von sieben Jahrzehnten"));
        assertThat(statements("Zu den aggressivsten gehören dabei der Weiße Hai, der Tigerhai, der Bullenhai und der "
            + "Große Hammerhai. Der Weiße Hai, der Tigerhai, der Bullenhai und der Große Hammerhai sind für die meisten "
            + "Haiangriffe verantwortlich.")).noneMatch(p -> p.startsWith("Der Weiße Hai ist"));
        assertThat(statements("Die Organisation kämpft für die Haie. Nach ihren Angaben werden jedes Jahr 100 Millionen "
            + "Haie getötet.")).noneMatch(p -> p.contains("nach ihren Angaben"));
    }

    /** From Wikinews (test split of the quotation data, hand-read set 29 for #13). */
    @Test
    void aPronounAfterANameTheArticleGivesNoMoreOfIsNotResolvedPastIt() {
        assertThat(prompts("Romney hatte darüber geklagt, dass seit der Amtseinführung von Barack Obama die Zahl der "
            + "Angestellten gestiegen sei. „Die müssen jeden Tag etwas tun“, sagte Romney. Er führte die Food and Drug "
            + "Administration an.")).noneMatch(p -> p.contains("Barack Obama an"));
    }

    /** From Wikinews (test split, hand-read set 29): a date before Christ, and an attribute with "durch", stay whole. */
    @Test
    void aDateBeforeChristAndAnAgentOfANounStayWhole() {
        assertThat(statements("Die Schnurkeramische Kultur währte etwa von 2800 bis 2400 vor Christus."))
            .noneMatch(p -> p.startsWith("Vor Christus") || p.endsWith("Kultur vor Christus."));
        assertThat(prompts("Als Motiv für seine Taten gab der Handwerker Rechnungskürzungen durch seine Opfer an, bei "
            + "denen er zuvor Auftragsarbeiten ausgeführt hatte.")).noneMatch(p -> p.startsWith("Durch wen"));
    }

    /** From Wikinews (test split of the quotation data, hand-read set 30 for #13). */
    @Test
    void umSichStaysWithItsVerbAndDeshalbPointsBack() {
        assertThat(wh("Im Nordosten Kenias greift seit einem Monat eine Fieberepidemie um sich, die bisher mindestens 90 "
            + "Menschen das Leben gekostet hat.")).noneMatch(q -> q.prompt().contains("um sich im")
                || q.solution().endsWith("um sich"));
        assertThat(new TrueFalseGenerator(GermanAnalysis.MORPHOLOGY, GermanAnalysis.FIELDS, GermanAnalysis.PARSER)
            .questions(GermanAnalysis.analyze("Die chinesischen Zeitungen schweigen. Die englischsprachigen Medien liefern "
                + "deshalb einen Einblick in die offizielle chinesische Sichtweise der Proteste in Hong Kong."),
                new Random(1))).extracting(Question::prompt).noneMatch(p -> p.contains("deshalb"));
    }

    /** Corpus (art_030, art_025): a clause of reason is asked with "warum", and answered in the learner's words. */
    @Test
    void aClauseOfReasonIsAskedWithWarumAndItsKeyWordsAreEnough() {
        Question why = wh("Hunderte Touristen hatten auf der Insel festgesessen, weil die Flugverbindungen zum Festland "
            + "wegen des Hochwassers eingestellt werden mussten.").stream()
            .filter(q -> q.prompt().startsWith("Warum")).findFirst().orElseThrow();

        assertThat(why.prompt()).isEqualTo("Warum hatten Hunderte Touristen auf der Insel festgesessen?");
        assertThat(why.answers()).startsWith("weil die Flugverbindungen zum Festland wegen des Hochwassers eingestellt "
            + "werden mussten").contains("*Flugverbindungen*eingestellt*");
        assertThat(new org.textquiz.core.quiz.AnswerChecker().judge("Die Flugverbindungen wurden eingestellt.", why))
            .map(org.textquiz.core.quiz.Verdict::kind).contains(org.textquiz.core.quiz.Verdict.Kind.CORRECT);
        assertThat(wh("Da die Sanierung aus dem Bundesprogramm genommen wurde, wollen Stadt und Land das Projekt "
            + "selbst finanzieren.")).filteredOn(q -> q.prompt().startsWith("Warum")).extracting(Question::answers)
            .containsExactly(List.of("da die Sanierung aus dem Bundesprogramm genommen wurde",
                "die Sanierung aus dem Bundesprogramm genommen wurde",
                "weil die Sanierung aus dem Bundesprogramm genommen wurde", "*Sanierung*genommen*"));
        assertThat(prompts("Unterdessen kritisierten die Studenten die Hochschule, da sie vermuten, das Haushaltsloch "
            + "übersteige die 1,15 Millionen Euro.")).as("a reason that holds a second clause")
            .noneMatch(p -> p.startsWith("Warum"));
    }

    /** Corpus (art_064, art_076, art_018): an infinitive under "lassen" is no second finite verb; a country asked to act. */
    @Test
    void anInfinitiveUnderLassenIsNoFiniteVerbAndACountryAskedToActIsWer() {
        assertThat(prompts("Während der arabischen Aufstände vor fünf Jahren ließ die Regierung Proteste von Schiiten mit "
            + "Gewalt niederschlagen.")).contains("Wer ließ während der arabischen Aufstände vor fünf Jahren Proteste von "
            + "Schiiten mit Gewalt niederschlagen?");
        assertThat(prompts("Bürgermeister Klaus Luger kündigte an, eine Berufung prüfen zu lassen."))
            .contains("Wer kündigte an, eine Berufung prüfen zu lassen?");
        assertThat(prompts("Großbritannien wird aufgefordert, mehr Druck auf die Regierung in Harare auszuüben."))
            .contains("Wer wird aufgefordert, mehr Druck auf die Regierung in Harare auszuüben?");
        assertThat(prompts("Die Stadt Coventry wurde 1940 schwer bombardiert."))
            .contains("Was wurde 1940 schwer bombardiert?");
    }

    /** From Wikinews (train split of the quotation data, hand-read set 31 for #13). */
    @Test
    void bodiesThatActAreWerAndAPhraseAfterTheHeadIsNoPersonOfTheSubject() {
        assertThat(prompts("Der spanische Rundfunk berichtet von einem Unwetter während des Fluges."))
            .contains("Wer berichtet von einem Unwetter während des Fluges?");
        assertThat(prompts("Der Deutsche Wetterdienst warnte am 2. Dezember vor Sturmlage."))
            .contains("Wer warnte am 2. Dezember vor Sturmlage?");
        assertThat(prompts("Die Reaktionen auf die Verleihung des Friedensnobelpreises an den US-Präsidenten sind "
            + "unterschiedlich.")).contains("Was ist unterschiedlich?").doesNotContain("Wer ist unterschiedlich?");
        assertThat(prompts("Ballack spielt beim FC Bayern München. Ballack spielt auch in der deutschen "
            + "Nationalmannschaft.")).isNotEmpty().noneMatch(p -> p.startsWith("In wem"));
    }

    /** From Wikinews (train split, hand-read set 31): parses no German sentence has give nothing. */
    @Test
    void aStrandedParticleAnAdverbAsSubjectAndAnAccusativeSubjectAreMisparses() {
        String strandedHer = "Die Betreiber von Linden Lab stellten die Insel und das Hauptquartier allerdings fast "
            + "komplett wieder her, nachdem ihnen der virtuelle Schaden in den frühen Morgenstunden aufgefallen war.";
        assertThat(prompts(strandedHer)).noneMatch(p -> p.contains("stellte"));
        assertThat(statements("Bisher sind drei von den bekannten vier Behandlungsmethoden fehlgeschlagen, derzeit wird "
            + "die vierte getestet.")).noneMatch(s -> s.startsWith("Drei sind"));
        assertThat(statements("Einen neuen Strang des HI-Virus haben New Yorker Gesundheitsbehörden jetzt bei einem "
            + "40-jährigen Mann entdeckt.")).noneMatch(s -> s.contains("haben einen neuen Strang des HI-Virus New"));
    }

    /** From Wikinews (train split, hand-read set 31): what belongs together stays together. */
    @Test
    void quotationsIdiomsPronounsAndAmountsStayWhole() {
        String bomb = "In der Online-Simulation „Second Life“ haben Hacker mit einer „virtuellen Bombe“ die Insel in die "
            + "Luft gesprengt, auf der sich das Hauptquartier des Senders befand.";
        assertThat(prompts(bomb)).isNotEmpty().allMatch(p -> !p.contains(" “"));
        assertThat(statements(bomb)).allMatch(p -> !p.contains(" “"));
        assertThat(statements("Weiße Farmer berichteten bereits über erste „Landnahmen“ von landwirtschaftlichen Höfen, "
            + "die noch in der Hand von Weißen sind, durch paramilitärische Einheiten."))
            .noneMatch(s -> s.startsWith("Durch") || s.startsWith("Bereits über"));
        assertThat(statements("Ein Bergungsteam der „Guardia Civil“ hatte die beiden Leichen dann auch in der Nähe "
            + "gefunden.")).noneMatch(s -> s.startsWith("Auch"));
        assertThat(statements("Die Maschine ging durch das auslaufende Kerosin in Flammen auf."))
            .noneMatch(s -> s.startsWith("Durch das auslaufende Kerosin in Flammen"));
        assertThat(statements("Die Garde der Roma ist eine Miliz. Von ihr werden die Roma seit Jahren in Angst und "
            + "Schrecken versetzt.")).noneMatch(s -> s.contains("von ihr"));
        assertThat(prompts("Der Detektor wiegt lediglich 14,5 kg.")).doesNotContain("Was wiegt der Detektor lediglich?");
        assertThat(prompts("Die Roma-Minderheit in Ungarn sind 800.000 Menschen.")).isEmpty();
        assertThat(prompts("26 Millionen Euro sollen bis Ende 2016 an EU-Syrien-Fonds, EU-Afrika-Fonds und "
            + "UN-Organisationen fließen.")).contains("Wie viel soll bis Ende 2016 an EU-Syrien-Fonds, EU-Afrika-Fonds "
                + "und UN-Organisationen fließen?");
    }

    /**
     * From Wikinews (train split, hand-read set 32): who a feminine or plural word for people names, and where one is
     * in. (The article's "Andere anwesende Seilschaften", others than those named before, is no answer since set 168.)
     */
    @Test
    void womenOfACountryTeamsAndAllianceAreWerAndNoOneIsAskedInWem() {
        assertThat(prompts("Zwei anwesende Seilschaften leisteten sofort Erste Hilfe und benachrichtigten die "
            + "Bergwachten aus Forchheim und Bamberg.")).contains("Wer leistete sofort Erste Hilfe?")
            .doesNotContain("Was leistete sofort Erste Hilfe?");
        assertThat(prompts("Die NATO geht von zwölf getöteten Zivilisten aus."))
            .contains("Wer geht von zwölf getöteten Zivilisten aus?");
        List<Question> leinonen = wh("Durch einen guten Lauf komplettierte die Finnin Sanni Leinonen noch die Top Ten als "
            + "Siebte, Karen Persyn aus Belgien schaffte mit Startnummer 51 als letzte Athletin den Sprung in den zweiten "
            + "Durchgang.");
        assertThat(leinonen).extracting(Question::prompt).contains("Wer komplettierte durch einen guten Lauf noch die Top "
            + "Ten als Siebte?").noneMatch(p -> p.startsWith("Was komplettierte durch"));
        assertThat(leinonen).flatExtracting(Question::answers).noneMatch(a -> a.contains("Top Ten als"));
        assertThat(prompts("Mit der Startnummer 22 konnte die letzte Deutsche Fanny Chmelar einen guten Durchgang "
            + "zeigen.")).contains("Wer konnte mit der Startnummer 22 einen guten Durchgang zeigen?");
        assertThat(prompts("Die Alpine Ski-WM 2009 verlief in den ersten Rennen wenig erfreulich für die DSV-Athletin "
            + "Maria Riesch.")).contains("Für wen verlief die Alpine Ski-WM 2009 in den ersten Rennen wenig erfreulich?")
            .noneMatch(p -> p.startsWith("Wofür"));
        assertThat(prompts("Mit dem Kind stieg der Mann in einen roten Renault Clio.")).isNotEmpty()
            .noneMatch(p -> p.startsWith("In wen"));
        assertThat(prompts("Der Absturzort wird in der russischen Teilrepublik Jakutien rund 1.000 Kilometer "
            + "nordöstlich der Hauptstadt Jakutsk vermutet.")).isNotEmpty().noneMatch(p -> p.startsWith("In wem"));
    }

    /** From Wikinews (train split, hand-read set 32): a swap leaves no half name, a degree is not negated. */
    @Test
    void noSwapOfAHalfNameOrOfANameAfterItsTitleAndNoNegationOfADegree() {
        String riesch = "Die Alpine Ski-WM 2009 verlief in den ersten Rennen wenig erfreulich für die DSV-Athletin "
            + "Maria Riesch. Die Schweizerin Sandra Gini kam schließlich auf den 22. Platz. Eine weitere Favoritin, "
            + "Kathrin Zettel aus Österreich, scheiterte vorzeitig. Die Deutsche Susanne Riesch schied im ersten Lauf aus.";
        assertThat(falseStatements(riesch, 20)).noneMatch(s -> s.contains("Maria Gini") || s.contains("Maria Zettel"))
            .noneMatch(s -> s.contains("Deutsche Susanne Riesch aus"));
        assertThat(falseStatements("Die Ski-WM verlief wenig erfreulich für die Athletin.", 5))
            .noneMatch(s -> s.contains("nicht"));
    }

    /** From Wikinews (train split, hand-read set 32): phrases that only say something with what follows them. */
    @Test
    void aSecondCauseALeadOnSomeoneAndAPhraseBoundToWhatFollowsAreNotAsked() {
        String roadClosed = "Die Fahrbahn war wegen der starken Hitze aufgrund der geschmolzenen Plastikrohre in beiden "
            + "Richtungen gesperrt worden.";
        assertThat(prompts(roadClosed)).isNotEmpty().noneMatch(p -> p.startsWith("Warum"));
        assertThat(prompts("Die Straße war wegen der starken Hitze gesperrt worden.")).anyMatch(p -> p.startsWith("Warum"));
        assertThat(prompts("Die Italienerin Denise Karbon, Vierte im Riesenslalom, konnte mit einer knappen Sekunde "
            + "Rückstand auf ihre Landsfrau Mölgg ins Ziel kommen und klassierte sich so auf dem zehnten Rang."))
            .noneMatch(p -> p.startsWith("Auf wen"));
        assertThat(prompts("In Sibirien wird ein Hubschrauber mit einer dreiköpfigen Besatzung an Bord vermisst."))
            .contains("Was wird in Sibirien mit einer dreiköpfigen Besatzung an Bord vermisst?")
            .noneMatch(p -> p.startsWith("Womit") || p.startsWith("Wo wird"));
        String platter = "Bei der Wahl handelt es sich um die erste freie Wahl seit der Unabhängigkeit des Landes. Günther "
            + "Platter wird von der Nachrichtenagentur Reuters mit den Worten zitiert, es habe eine postive Resonanz "
            + "gegeben, aber es seien auch viele Fragen gestellt worden.";
        assertThat(statements(platter, 12, true)).isNotEmpty().noneMatch(s -> s.startsWith("Mit den Worten"));
        assertThat(prompts(platter)).noneMatch(p -> p.startsWith("Womit"));
    }

    /** From Wikinews (train split, hand-read set 32): a name or a count the parse cut in two gives nothing. */
    @Test
    void aNameOrACountCutInTwoIsAMisparse() {
        List<Question> kerosene = wh("Ein Tankflugzeug der US Air Force ließ über der Pfalz 43 Tonnen giftiges Kerosin "
            + "ab.");
        assertThat(kerosene).flatExtracting(Question::answers).doesNotContain("Air Force");
        assertThat(statements("Ein Tankflugzeug der US Air Force ließ über der Pfalz 43 Tonnen giftiges Kerosin ab."))
            .noneMatch(s -> s.contains("Pfalz 43 ließ"));
    }

    /** From Wikinews (Angela Merkel fordert mehr benzinsparende Autos, train split, hand-read set 32). */
    @Test
    void theOneSpeakingIsNamedOnceWhenThePronounIsHer() {
        String text = "Auch die Fraktionschefin der Grünen, Renate Künast, äußerte sich kritisch gegenüber deutschen "
            + "Automarken. Sie rate zum Kauf japanischer Hybridautos.";
        assertThat(prompts(text)).noneMatch(p -> p.contains("Künast Renate Künast"));
    }

    /** From Wikinews (train split, hand-read set 33): bodies of people are "wer" and "wen", a company is a thing. */
    @Test
    void bodiesArePeopleToAskAboutAndACompanyIsAThing() {
        assertThat(prompts("Die EU und die USA hatten das Verfahren ebenfalls kritisiert."))
            .contains("Wer hatte das Verfahren kritisiert?").noneMatch(p -> p.startsWith("Was hatte das"));
        assertThat(prompts("Die Anklage gibt den Schaden durch den Vertrag mit 137 Millionen Euro an."))
            .anyMatch(p -> p.startsWith("Wer gibt den Schaden")).noneMatch(p -> p.startsWith("Was gibt den"));
        assertThat(prompts("Der Mann verständigte die zuständigen Behörden in Deutschland."))
            .contains("Wen verständigte der Mann?").doesNotContain("Was verständigte der Mann?");
        assertThat(prompts("Für das Amt arbeiten zurzeit 2.448 Bedienstete."))
            .contains("Für wen arbeiten zurzeit 2.448 Bedienstete?").noneMatch(p -> p.startsWith("Wofür"));
        assertThat(prompts("Die Spirit Avert AG besitzt eine hundertprozentige Tochter namens Mindset AG."))
            .noneMatch(p -> p.startsWith("Wen besitzt"));
    }

    /** From Wikinews (train split, hand-read set 33): what a parse reads the wrong way round gives nothing. */
    @Test
    void aSubjectAndObjectTheParseMayHaveSwappedAreNotAsked() {
        String cabinet = "Eine Forderung der EU-Außenminister nach einer sofortigen und anhaltenden Waffenruhe lehnte das "
            + "israelische Sicherheitskabinett vorerst ab.";
        assertThat(prompts(cabinet)).noneMatch(p -> p.startsWith("Was lehnte"));
        assertThat(statements(cabinet, 6, true)).noneMatch(s -> s.startsWith("Vorerst lehnte eine Forderung"));
        assertThat(prompts("Die Verteilung rechtsextremistischer Gewalttaten auf die Bundesländer zeigt "
            + "Nordrhein-Westfalen an erster Stelle mit 121 Straftaten.")).noneMatch(p -> p.startsWith("Was zeigt"));
        assertThat(prompts("Das Paar hat vier Kinder.")).contains("Wie viele Kinder hat das Paar?");
    }

    /** From Wikinews (train split, hand-read set 33): parses no German sentence has give nothing. */
    @Test
    void anAdverbAsAVerbAGenitiveAsAnObjectAndAnEllipsisAreMisparses() {
        assertThat(statements("Die philippinische Präsidentin Gloria Macapagal Arroyo gab die Festnahme gestern in "
            + "Manila bekannt.", 6, false)).noneMatch(s -> s.contains("gab nicht die Festnahme"));
        assertThat(prompts("Die Behörden der Philippinen hatten bereits seit längerer Zeit eine Spur Sahirons "
            + "verfolgt.")).noneMatch(p -> p.startsWith("Was hatten"));
        String fields = "Weitere Tätigkeitsfelder des Verfassungsschutzes liegen im Bereich der Beobachtung "
            + "terroristischer und islamistischer Organisationen und der Tätigkeit ausländischer Geheimdienste.";
        assertThat(statements(fields, 6, true)).noneMatch(s -> s.contains("Verfassungsschutzes terroristischer"));
        assertThat(prompts("Den prozentualen Anstieg der Straftaten bezifferte die Behörde auf 27,5 Prozent, den der "
            + "Gewalttaten auf 23,5 Prozent.")).noneMatch(p -> p.startsWith("Was bezifferte"));
        assertThat(statements("Im Rahmen einer Talkshow wurde ein islamistischer Prediger aus London zugeschaltet, der "
            + "alle Nichtmoslems aufforderte, nicht mehr Israel zu unterstützen.", 6, true))
            .noneMatch(s -> s.contains("zugeschaltet nicht mehr"));
        assertThat(prompts("David Beckham ist Fußballer. Er wurde mit seinem Tattoo-verzierten Körper sogar zum "
            + "Unterwäschemodell.")).noneMatch(p -> p.startsWith("Mit wem"));
    }

    /** From Wikinews (train split, hand-read set 33): idioms, comparisons and words that point elsewhere. */
    @Test
    void idiomsComparisonsWithSoAndAnswersThatPointBackAreNotAsked() {
        assertThat(prompts("So schlägt man zwei Fliegen mit einer Klappe.")).isEmpty();
        assertThat(prompts("Der ägyptische Präsident Mubarak hat einen besonders schweren Stand.")).isEmpty();
        assertThat(prompts("Die Motive, sich Tattoos stechen zu lassen, sind so verschieden wie die Sportler selbst."))
            .isEmpty();
        assertThat(prompts("Fußballerin Kim Kulig ist da mutiger.")).isEmpty();
        assertThat(prompts("Das Ergebnis dieser Betrachtung erstaunt nicht.")).isEmpty();
        assertThat(prompts("Ein zweiter Grund liegt ganz sicher in einem durchtrainierten Körper.")).noneMatch(p ->
            p.startsWith("Was liegt"));
        assertThat(prompts("Ein Drittel der Befragten war der gegenteiligen Auffassung."))
            .contains("Wer war der gegenteiligen Auffassung?");
        assertThat(statements("Für sportliche Frauen wie Männer zählt unter anderem der Symbolgehalt eines Tattoos.", 6,
            true)).noneMatch(s -> s.endsWith("unter anderem."));
    }

    /** From Wikinews (train split, hand-read set 33): a count in words of people is "wie viele", one count only. */
    @Test
    void aCountOfPeopleInWordsIsAskedWithWieViele() {
        // "Dabei …" no longer: a count in the event just told is not asked without it (hand-read set 59)
        assertThat(prompts("Bei dem Anschlag wurden bisher vier Menschen getötet."))
            .contains("Wie viele Menschen wurden bisher bei dem Anschlag getötet?")
            .doesNotContain("Wer wurde bisher bei dem Anschlag getötet?");
        assertThat(prompts("Bislang wurden 72.000 Produkte und 1.200 Dienstleistungen getestet."))
            .noneMatch(p -> p.startsWith("Wie viele Produkte und"));
    }

    /** From Wikinews (train split, hand-read set 34): parses that cut what belongs together give nothing. */
    @Test
    void aCutOrdinalAnAgentWithoutPassiveAndANounOnANounWithoutCaseAreMisparses() {
        assertThat(prompts("Das Bundeskabinett hat am 22. Juni die Einführung der Biometrie-gestützten EU-Reisepässe zum "
            + "1. November 2005 abgesegnet.")).noneMatch(p -> p.contains("zum 1 November"))
            .noneMatch(p -> p.startsWith("Wen hat"));
        String coalition = "Demnach hat sich die regierende Koalition von Präsident Ronald Venetiaan durchgesetzt.";
        assertThat(prompts(coalition)).noneMatch(p -> p.contains("hat sich von Präsident"));
        assertThat(statements(coalition, 6, true)).noneMatch(s -> s.contains("Koalition hat sich von Präsident"));
        assertThat(prompts("Der Unfall kostete gemäß der Netzzeitung 40 Menschen das Leben."))
            .noneMatch(p -> p.startsWith("Wie viele Menschen das Leben"));
        assertThat(prompts("Niemeyers berühmtestes Projekt ist Brasilia, die „Hauptstadt aus dem Nichts“, zwischen 1957 "
            + "und 1964 von ihm realisiert.")).contains("Was ist Niemeyers berühmtestes Projekt?");
        String fireBrigade = "Die Feuerwehr konnte heute Morgen um fünf Uhr abrücken.";
        assertThat(prompts(fireBrigade)).noneMatch(p -> p.contains("Feuerwehr Morgen"));
        assertThat(statements(fireBrigade, 6, true)).noneMatch(s -> s.contains("Feuerwehr Morgen"));
    }

    /** From Wikinews (train split, hand-read set 34): what the question would leave half or turn round. */
    @Test
    void aDatesCommaADativeOfAPassiveAPluralPredicateAndAVerbsOwnObjectAreKept() {
        assertThat(prompts("Die Staatsanwaltschaft Altach gab am Montag, dem 27. März, die Einstellung des Verfahrens "
            + "bekannt.")).contains("Wer gab am Montag, dem 27. März, die Einstellung des Verfahrens bekannt?")
            .noneMatch(p -> p.startsWith("Wer gab am Montag?") || p.contains("Altach, die") || p.endsWith("Altach?"));
        assertThat(prompts("Kony wird unter anderem vorgeworfen, dass die Armee Tausende von Jungen zwangsrekrutiert hat."))
            .noneMatch(p -> p.startsWith("Wer wird") || p.startsWith("Was wird"));
        assertThat(prompts("Der Wahlkommission wird eine gezielte Verschleppungstaktik vorgeworfen."))
            .contains("Was wird der Wahlkommission vorgeworfen?");
        assertThat(prompts("Die beiden Länder sind die wichtigsten Entwicklungshelfer für das südamerikanische Land."))
            .isEmpty();
        assertThat(statements("Die Polizei geht nach der Auffindesituation von einem Verbrechen aus.", 6, true))
            .noneMatch(s -> s.startsWith("Nach der Auffindesituation von einem Verbrechen"));
        assertThat(prompts("Schily hatte Anfang Juni das Gesamtprojekt zur Einführung der neuen Reisepässe vorgestellt."))
            .noneMatch(p -> p.startsWith("Wozu"));
        assertThat(prompts("Am Montag ernannte der Verfassungsrat den bisherigen Parlamentspräsidenten Fouad Mebazaâ zum "
            + "Interimspräsidenten.")).anyMatch(p -> p.startsWith("Wozu"));
    }

    /** From Wikinews (train split, hand-read set 34): a doctor and a movement act, an introduction does not. */
    @Test
    void aDoctorAndAMovementAreWerAndAnIntroductionIsNoBody() {
        assertThat(prompts("Ein herbeigerufener Notarzt konnte nur noch den Tod der Schwestern feststellen."))
            .anyMatch(p -> p.startsWith("Wer konnte")).noneMatch(p -> p.startsWith("Was konnte nur"));
        assertThat(prompts("Die LGBT-Bewegung Chiles feierte auf dem Plaza Italia de Santiago."))
            .anyMatch(p -> p.startsWith("Wer feierte")).noneMatch(p -> p.startsWith("Was feierte"));
        assertThat(prompts("Die Regierung hat am Mittwoch die Einführung der neuen Pässe beschlossen."))
            .noneMatch(p -> p.startsWith("Wen"));
        assertThat(prompts("Ein ähnlicher Fall hatte sich bereits eineinhalb Monate zuvor ereignet.")).isEmpty();
    }

    /** From Wikinews (train split, hand-read set 35): a company by its legal form, a distance, an adverb in a subject. */
    @Test
    void aCompanyActsADistanceIsNoCountAndAnAdverbInASubjectIsAMisparse() {
        assertThat(prompts("Die Glock GmbH ist ein Waffenproduktionsunternehmen. Trotz Rüge des österreichischen "
            + "Werberates setzt Glock weiterhin auf das waffenverherrlichende Plakat."))
            .anyMatch(p -> p.startsWith("Wer setzt")).noneMatch(p -> p.startsWith("Was setzt"));
        assertThat(prompts("Astronomen haben etwa 520 Lichtjahre von der Erde entfernt im Sternbild des Stiers einen "
            + "neuen Protoplaneten entdeckt.")).noneMatch(p -> p.startsWith("Wie viele Lichtjahre"));
        String china = "In ganz China wurden anschließend Tausende inhaftiert und viele später hingerichtet.";
        assertThat(prompts(china)).noneMatch(p -> p.startsWith("Was wurde"));
        assertThat(statements(china, 6, true)).noneMatch(s -> s.startsWith("Anschließend Tausende"));
    }

    /** From Wikinews (train split, hand-read set 36): a preposition and bare noun of the verb stay with it. */
    @Test
    void aLightVerbsNounIsNeitherAskedForNorPutFirst() {
        assertThat(prompts("Der Verkehr kam am Montag zum Erliegen.")).noneMatch(p -> p.startsWith("Wozu"))
            .contains("Wann kam der Verkehr zum Erliegen?");
        String patent = "Die Forscher haben ihre Entdeckung bereits weltweit zum Patent angemeldet.";
        assertThat(prompts(patent)).noneMatch(p -> p.startsWith("Wozu"));
        assertThat(statements(patent, 6, true)).noneMatch(s -> s.startsWith("Zum Patent"));
    }

    /** From Wikinews (train split, hand-read set 36): "dessen" for someone named before is unclear alone. */
    @Test
    void aStatementKeepsNoDessenOfSomeoneNamedBefore() {
        String text = "An der Umsetzung der Idee waren der Experimentalphysiker Norbert Frischauf sowie Otto Koudelka "
            + "von der TU Graz beteiligt. An dessen Institut für Kommunikationsnetze und Satellitenkommunikation wurde "
            + "auch der Prototyp des Triebwerks in einer Vakuumkammer getestet, und die Messergebnisse bestätigten die "
            + "Realisierbarkeit des Projekts.";
        assertThat(statements(text, 20, true)).noneMatch(s -> s.contains("dessen"));
        assertThat(Words.pointsBackAlone("In einer Vakuumkammer wurde an dessen Institut der Prototyp getestet."))
            .isTrue();
        assertThat(Words.pointsBackAlone("Der Bürgermeister, dessen Amtszeit endet, tritt zurück.")).isFalse();
        assertThat(Words.pointsBackAlone("Die Stadt, in deren Zentrum der Brand ausbrach, ist gesperrt.")).isFalse();
    }

    /** From Wikinews (train split, hand-read set 36): "der Kanzler" read as the object and "Schalke" as the subject. */
    @Test
    void anObjectOpenedByAnArticleOfAnotherCaseIsAMisparse() {
        String text = "Erst kürzlich hatte der Kanzler noch Schalke die Meisterschale gewünscht.";
        assertThat(prompts(text)).noneMatch(p -> p.contains("Schalke erst kürzlich der Kanzler"))
            .noneMatch(p -> p.startsWith("Was hatte erst kürzlich der Kanzler"));
    }

    /** From Wikinews (train split, hand-read set 36): a rank is a person; the dictionary knows "Major" as a name. */
    @Test
    void aRankIsAskedWithWer() {
        assertThat(prompts("In dem Prozess vor einem Truppendienstgericht war der Major degradiert worden."))
            .contains("Wer war in dem Prozess vor einem Truppendienstgericht degradiert worden?")
            .noneMatch(p -> p.startsWith("Was war"));
    }

    /** From Wikinews (train split, hand-read set 36): "weitere Vorteile" count on from ones not shown. */
    @Test
    void anAnswerWithWeitereCountsOnFromBefore() {
        assertThat(prompts("Das neue Triebwerk hat zusätzlich noch weitere Vorteile.")).noneMatch(p ->
            p.startsWith("Was hat das neue Triebwerk"));
        assertThat(prompts("Am Montag gerieten zahlreiche weitere Politiker in die Kritik.")).noneMatch(p ->
            p.startsWith("Wer geriet"));
        assertThat(prompts("Am Montag gerieten zahlreiche Politiker in die Kritik.")).anyMatch(p ->
            p.startsWith("Wer geriet"));
    }

    /** From Wikinews (train split, hand-read set 36): "mit" after a meeting, "nach" after a superlative are theirs. */
    @Test
    void aPhraseThatANounOfMeetingOrASuperlativeTakesStaysWithIt() {
        String union = "Die IG Metall wertet die Einigung der Belegschaft mit der Konzernführung als Erfolg.";
        assertThat(prompts(union)).noneMatch(p -> p.contains("wertet die IG Metall mit der Konzernführung"));
        assertThat(statements(union, 6, true)).noneMatch(s -> s.startsWith("Mit der Konzernführung"));
        String crash = "Im Süden Ägyptens kam es an einem Bahnübergang zu einem folgeschweren Zusammenstoß eines "
            + "Busses mit einem Zug.";
        assertThat(prompts(crash)).noneMatch(p -> p.startsWith("Womit") || p.startsWith("Wozu"));
        assertThat(prompts("Mit dem Unternehmen entsteht der zweitgrößte Luftfahrtzulieferer der Welt nach Spirit "
            + "Aerosystems.")).noneMatch(p -> p.startsWith("Was entsteht") && p.contains("nach Spirit"));
    }

    /**
     * From Wikinews (train split, hand-read set 36): a quoted object read as the subject's apposition, a week cut from
     * its day, and a shuttle the article names as one asked with "wer".
     */
    @Test
    void aQuotedObjectAWeekCutFromItsDayAndANamedThing() {
        assertThat(prompts("In der Begründung zum Urteil äußerten die Richter „gravierende rechtliche Bedenken“ gegen "
            + "den Irakkrieg.")).noneMatch(p -> p.startsWith("Wer äußerte"));
        String friday = "Betriebsrat und Geschäftsführung einigten sich bereits am Freitag vergangener Woche auf "
            + "einen sozialverträglichen Übergang der Airbuswerke.";
        assertThat(prompts(friday)).noneMatch(p -> p.contains("bereits vergangener Woche"));
        assertThat(statements(friday, 6, true)).noneMatch(s -> s.startsWith("Vergangener Woche"));
        assertThat(prompts("Die Raumfähre Atlantis ist gelandet. Die Atlantis wird nun von der NASA als Museumsstück "
            + "auf der Kennedy-Basis behalten.")).noneMatch(p -> p.startsWith("Wer wird"))
            .contains("Was wird von der NASA als Museumsstück auf der Kennedy-Basis behalten?");
    }

    /** From Wikinews (train split, hand-read set 36): with the subject asked for, "ihre" points to the answer. */
    @Test
    void aSubjectQuestionLeavesNoIhrUnresolved() {
        assertThat(prompts("Die Forscher haben ihre Entdeckung bereits weltweit zum Patent angemeldet."))
            .noneMatch(p -> p.startsWith("Wer hat ihre"));
        assertThat(prompts("Die Forscher haben ihre Entdeckung am Montag in Wien vorgestellt."))
            .noneMatch(p -> p.startsWith("Wer hat ihre"))
            .contains("Wo haben die Forscher ihre Entdeckung am Montag vorgestellt?");
    }

    /** From Wikinews (train split, hand-read set 37): people asked for with "was". */
    @Test
    void aSurnameAfterATitleAndANameWithAnInitialAreAskedWithWer() {
        List<String> asked = prompts("Verteidigungsminister Guttenberg besuchte am Montag die Truppen. Begleitet wurde "
            + "Guttenberg auch von den Ministerpräsidenten David McAllister und Wolfgang Böhmer. Dabei zeichnete "
            + "Johannes B. Kerner bei einem Zwischenstopp in Mazar-e-Sharif eine Talkshow auf.");
        assertThat(asked).contains("Wer wurde auch von den Ministerpräsidenten David McAllister und Wolfgang Böhmer "
            + "begleitet?", "Wer zeichnete bei einem Zwischenstopp in Mazar-e-Sharif eine Talkshow auf?")
            .noneMatch(p -> p.startsWith("Was wurde auch") || p.startsWith("Was zeichnete bei"));
    }

    /** From Wikinews (train split, hand-read set 37): phrases that belong to another are not taken from it. */
    @Test
    void anEventsDateAPlaceInsideAnAttributeAndARelativeClauseStayWithTheirs() {
        assertThat(prompts("Als Beispiel nannte der Berliner das Regionalligaspiel FC Sachsen Leipzig gegen Erzgebirge "
            + "Aue am 14. Oktober 2000.")).noneMatch(p -> p.startsWith("Wann") || p.endsWith("am 14. Oktober 2000?")
                && p.startsWith("Was nannte"));
        assertThat(prompts("Verteidigungsminister Guttenberg stattete am Montag den in Afghanistan stationierten "
            + "deutschen Truppen in Kunduz einen Besuch ab.")).noneMatch(p -> p.startsWith("Wo stattete"));
        assertThat(statements("Das Gefängnis untersteht der Autonomiebehörde, welche umgehend Truppen für die Suche "
            + "nach den Flüchtigen abgestellt hat.", 6, true)).noneMatch(s -> s.startsWith("Der Autonomiebehörde"));
        assertThat(statements("So riet die FDP-Politikerin Elke Hoff dem Verteidigungsminister zu mehr Zurückhaltung.",
            6, true)).noneMatch(s -> s.startsWith("Dem Verteidigungsminister zu"));
        assertThat(wh("Der Regisseur des Films, Clint Eastwood, konnte am Samstagabend in Paris nun auch den "
            + "französischen César einheimsen.")).noneMatch(q -> q.prompt().startsWith("Wann")
                && q.solution().contains("Paris"));
    }

    /** From Wikinews (train split, hand-read set 37): words that point back, and adverbial phrases. */
    @Test
    void demgegenueberZumTeilAndDiesemZeitpunktPointBackOrAreNoPhraseToAsk() {
        assertThat(prompts("Andere Merkmale wie Alter oder Geschlecht treten demgegenüber in den Hintergrund."))
            .isEmpty();
        assertThat(prompts("178 Menschen wurden am Samstag zum Teil schwer verletzt.")).noneMatch(p ->
            p.startsWith("Wozu"));
        assertThat(statements("GDL und Bahn haben sich auf eine Friedenspflicht bis zu diesem Zeitpunkt verständigt.",
            6, true)).noneMatch(s -> s.contains("dem Zeitpunkt"));
        assertThat(prompts("Der Verlag schlug den entlassenen Mitarbeitern vor, sich bei der neuen Tochterfirma zu "
            + "bewerben.")).anyMatch(p -> p.startsWith("Wer schlug")).noneMatch(p -> p.startsWith("Was schlug"));
    }

    /** From Wikinews (train split, hand-read set 38): faults of that set, each fixed. */
    @Test
    void aRangeOfOrdinalsASpeakerByNameAGenitiveNameAndANounsZuPhrase() {
        String range = "Das Superturnier wird vom 6. bis zum 16. November stattfinden.";
        assertThat(prompts(range)).noneMatch(p -> p.startsWith("Bis wann"));
        assertThat(statements(range, 6, true)).noneMatch(s -> s.startsWith("Bis zum 16. November"));
        assertThat(prompts("In einer Videobotschaft sagte Thaksin, man werde kämpfen, bis die Demokratie "
            + "wiederhergestellt sei.")).noneMatch(p -> p.startsWith("Was sagte"));
        assertThat(prompts("Am Montag waren in mehreren Städten Thailands von zehn verschiedenen Provinzen Kundgebungen "
            + "abgehalten worden.")).noneMatch(p -> p.contains("waren Thailands"));
        String filming = "Im Juli sollten die Dreharbeiten zu neuen Folgen beginnen.";
        assertThat(prompts(filming)).noneMatch(p -> p.startsWith("Was sollte im Juli zu"));
        assertThat(falseStatements(filming, 12)).noneMatch(s -> s.contains("nicht zu neuen Folgen"));
        assertThat(falseStatements("Freitag fiel der Startschuss fürs Hamburger Alstereisvergnügen.", 12))
            .noneMatch(s -> s.contains("nicht fürs"));
        assertThat(prompts("Das technische Gutachten, auf das die Staatsanwaltschaft gewartet hatte, liegt mittlerweile "
            + "vor.")).noneMatch(p -> p.startsWith("Wer liegt"));
    }

    /** From Wikinews (train split, hand-read set 38): people the dictionary gives no feminine form. */
    @Test
    void showmenAndCoptsAreWerAndWen() {
        assertThat(prompts("Erboste Muslime griffen am Sonntag die Kopten an."))
            .noneMatch(p -> p.startsWith("Was griffen")).anyMatch(p -> p.startsWith("Wen griffen"));
        assertThat(prompts("Davon profitierten vor allem die 40 Schausteller, die einen der begehrten Stellplätze um "
            + "die Alster herum ergattern konnten.")).noneMatch(p -> p.startsWith("Was konnte"));
    }

    /** From Wikinews (train split, hand-read set 39): word order and a compound the tokenizer splits at its hyphen. */
    @Test
    void theVerbsOwnPhraseStaysLastAndAHyphenatedTitleStaysWhole() {
        assertThat(prompts("Zur Polizei als letzte Hoffnung ging am Freitagmorgen ein Mann im Kreis Kusel."))
            .noneMatch(p -> p.startsWith("Wann ging zur Polizei"));
        assertThat(prompts("Am Montag traf NATO-Generalsekretär Mark Rutte in Berlin Bundeskanzler Olaf Scholz."))
            .noneMatch(p -> p.contains("NATO -Generalsekretär"))
            .contains("Wann traf NATO-Generalsekretär Mark Rutte in Berlin Bundeskanzler Olaf Scholz?");
        assertThat(prompts("Die Widerspruchsfrist endet am Ende des Monats.")).noneMatch(p -> p.startsWith("Wer endet"));
    }

    /** From Wikinews (train split, hand-read set 39): "Er" meant "den Fund", not the archaeologist. */
    @Test
    void erIsNoPersonWhoseNameTellsNoGenderBesideAThingInTheMasculine() {
        assertThat(prompts("Als „unerwartetes Geschenk“ bezeichnet die Archäologin Montserrat Sanz den Fund. Er wurde am "
            + "letzten Tag der Grabung neben einer Säule im Jahr 2014 gemacht.")).noneMatch(p -> p.contains("Montserrat "
                + "Sanz neben") || p.startsWith("Wer wurde"));
    }

    /** From Wikinews (train split, hand-read set 39): a place right after a noun of an action or a site is its. */
    @Test
    void aPlaceAfterANounOfAnActionStaysWithIt() {
        String smoke = "Das Flugzeug wurde nach der Landung in Long Beach wegen Rauchentwicklung in der Kabine "
            + "evakuiert.";
        assertThat(prompts(smoke)).noneMatch(p -> p.startsWith("Warum"));
        assertThat(falseStatements(smoke, 12)).noneMatch(s -> s.contains("nicht in der Kabine"));
        String abroad = "Die Linkspartei hatte bisher immer ein militärisches Engagement der Bundeswehr im Ausland "
            + "abgelehnt.";
        assertThat(prompts(abroad)).noneMatch(p -> p.endsWith("im Ausland abgelehnt?") && p.startsWith("Was"));
        assertThat(statements(abroad, 6, true)).noneMatch(s -> s.startsWith("Im Ausland"));
        assertThat(prompts("Etwa 1.500 Gegendemonstranten demonstrierten außerhalb des weitläufig abgesperrten "
            + "Festgeländes um den Bundestag.")).noneMatch(p -> p.startsWith("Worum"));
    }

    /** From Wikinews (train split, hand-read set 39): an office someone holds is asked with "wofür", not "für wen". */
    @Test
    void anOfficeOfSomeoneIsNoBody() {
        assertThat(prompts("Micheil Saakaschwili regiert Georgien seit 2004. Er darf nicht mehr für das Amt des "
            + "Präsidenten kandidieren.")).contains("Wofür darf Micheil Saakaschwili nicht mehr kandidieren?")
            .noneMatch(p -> p.startsWith("Für wen"));
    }

    /** From Wikinews (train split, hand-read set 39): "ein weiteres Mitglied" in a question counts on from before. */
    @Test
    void aQuestionWithEinWeiteresCountsOn() {
        assertThat(prompts("Ein weiteres Mitglied der Führungsmannschaft wurde bereits vor einiger Zeit per Strafbefehl "
            + "abgeurteilt.")).noneMatch(p -> p.contains("ein weiteres"));
    }

    /** From Wikinews (train split, hand-read set 39): a name with an age is someone's; an aside is no answer. */
    @Test
    void aNameWithAnAgeIsWerAndAnAnswerHoldsNoAside() {
        List<Question> asked = wh("Der 66-jährige Trapattoni, der sich seit Mittwoch in Stuttgart befindet, unterschrieb "
            + "bei dem Fußball-Bundesligisten einen Zweijahresvertrag bis 2007.");
        assertThat(asked).extracting(Question::prompt).noneMatch(p -> p.startsWith("Was befindet"));
        assertThat(asked).filteredOn(q -> q.prompt().startsWith("Wer befindet")).allMatch(q -> q.answers()
            .contains("Trapattoni"));
        assertThat(wh("Die McDonnell Douglas MD-80 – aus Seattle kommend – war planmäßig in Long Beach gelandet, als "
            + "sich nach der Landung die Kabine mit Rauch füllte.")).noneMatch(q -> q.solution().contains(" – "));
    }

    /** From Wikinews (train split, hand-read set 40): people the dictionary gives no feminine or adjective for. */
    @Test
    void escapeesAndEmployeesDeclinedAsAdjectivesAreWer() {
        assertThat(prompts("Die drei Ausbrecher sitzen seit Montag in getrennten Gefängnissen."))
            .anyMatch(p -> p.startsWith("Wer sitzt")).noneMatch(p -> p.startsWith("Was sitzt"));
        assertThat(prompts("Die Kollektivvertragsbediensteten sind seit Jahren bei der Stadt Graz beschäftigt."))
            .anyMatch(p -> p.startsWith("Wer ist")).noneMatch(p -> p.startsWith("Was ist"));
    }

    /** From Wikinews (train split, hand-read set 40): phrases of the verb the parse hung on a noun. */
    @Test
    void aBareNounAfterAPhraseAndAZuInfinitiveWithItsObjectAreTheVerbs() {
        assertThat(statements("Die Mutter des Mannes hatte nach der Tat Kontakt zu ihrem Sohn."))
            .noneMatch(s -> s.startsWith("Nach der Tat Kontakt"));
        assertThat(prompts("An die Adresse der europäischen Stabilitätswächter in Brüssel hatte Steinbrück Positives "
            + "zu vermelden.")).noneMatch(p -> p.contains("hatte an die Adresse"));
        assertThat(prompts("Dänische Forscher aus dem Kopenhagener Botanik-Institut suchen seit den 90-er Jahren nach "
            + "einer Möglichkeit, mit Hilfe der Gentechnologie den perfekten Weihnachtsbaum zu entwickeln."))
            .as("an infinitive after its comma stays the noun's").anyMatch(p -> p.startsWith("Seit wann suchen"));
        assertThat(prompts("Eine schriftliche Anfrage bei Wehrschütz zum Thema interne Revision blieb vorerst ohne "
            + "Reaktion.")).as("a theme names a bare noun after it").contains("Was blieb vorerst ohne Reaktion?");
    }

    /** From Wikinews (train split, hand-read set 40): what a clause after a comma says, left out. */
    @Test
    void aRelativeClauseThatDefinesAndTheContentOfANounOfSayingStay() {
        assertThat(prompts("Entsprechend ist Clintons Name nicht der einzige, der als Kandidat der Demokratischen "
            + "Partei für das Amt des Vize-Präsidenten im Umlauf ist.")).isEmpty();
        assertThat(prompts("Immerhin ist die PH Heidelberg bislang die einzige Hochschule in Baden-Württemberg, die "
            + "derartige Finanzprobleme hat.")).noneMatch(p -> p.contains("einzige Hochschule") || p.endsWith("immerhin?"));
        assertThat(prompts("Der Verkäufer war die Firma Cargolifter AG, die im August 2002 in Insolvenz ging."))
            .as("a clause that only adds to a name").contains("Was war der Verkäufer?");
        assertThat(prompts("Von Obama selbst liegt lediglich die zurückhaltende Äußerung vor, er werde sich erst wieder "
            + "zu diesem Thema äußern, wenn sein Kandidat endgültig feststehe.")).isEmpty();
        assertThat(prompts("Die erste Reaktion aus dem Iran bestand in der Ankündigung, der Iran werde nun sofort die "
            + "Anreicherung von Uran in vollem Umfange aufnehmen.")).isEmpty();
    }

    /** From Wikinews (train split, hand-read set 40): predicates and objects that are none. */
    @Test
    void aPrepositionalPredicateAndAMeasureAreNotAskedWithWas() {
        assertThat(prompts("Auch die Personalvertretung der Gewerkschaft der Gemeindebediensteten ist mehrheitlich in "
            + "FSG-Hand.")).noneMatch(p -> p.startsWith("Was ist"));
        assertThat(prompts("Arten auf der Liste bedrohter Arten stehen eine Stufe unter der Einstufung für gefährdete "
            + "Arten.")).noneMatch(p -> p.startsWith("Was stehen"));
        assertThat(prompts("Ted Stevens Amtszeit als Senator ist die bis heute längste in der Geschichte der "
            + "Republikanischen Partei.")).as("a noun phrase the parse headed by its last noun")
            .contains("Was ist Ted Stevens Amtszeit als Senator?");
    }

    /** From Wikinews (train split, hand-read set 40): a relative clause read as an apposition. */
    @Test
    void aRelativePronounIsNoArticleOfAnApposition() {
        assertThat(statements("Falls das neue Tonband, das Al-Qaida-Vizechef Aiman az-Zawahiri zugeschrieben wird, "
            + "echt ist, hat dieser neue Terroranschläge auf Großbritannien angedroht.")).noneMatch(s -> s.contains(" ist das "));
        assertThat(statements("Die USA lehnten die Aufnahme eines solchen Satzes in die Resolution zunächst ab, während "
            + "die EU-Staaten den Vorstoß begrüßten.")).isEmpty();
    }

    /** From Wikinews (train split, hand-read set 40): a surname that is also an adjective ("lahm") keeps its capital. */
    @Test
    void aSurnameThatIsAlsoAnAdjectiveStaysAName() {
        assertThat(prompts("Lahm wurde am Mittwoch in München operiert."))
            .contains("Wann wurde Lahm in München operiert?").noneMatch(p -> p.contains(" lahm "));
        assertThat(prompts("Viele Zuschauer kamen am Mittwoch in das Stadion."))
            .noneMatch(p -> p.contains("Viele"));
    }

    /** From Wikinews (train split, hand-read set 40): a man swapped in after a woman's title; reported speech. */
    @Test
    void noManAfterAWomansTitleAndNoStatementOfAReportedMainClause() {
        String budget = "Bundesfinanzminister Peer Steinbrück stellte am Dienstag den Haushalt vor. Der "
            + "Haushaltsexperte der FDP, Jürgen Koppelin, lobte den Entwurf. Die Haushaltspolitikerin von Bündnis "
            + "90/Die Grünen, Anja Hajduk, kritisierte die Pläne der Bundesregierung zum Thema Arbeitsmarkt. Obwohl "
            + "Steinbrück aufgrund der anziehenden Konjunktur mit Steuermehreinnahmen des Bundes von bis zu 3,5 "
            + "Milliarden Euro rechnet, sei man von einer „Entschuldung weit entfernt“.";
        assertThat(falseStatements(budget, 40)).isNotEmpty()
            .noneMatch(s -> s.contains("Grünen, Peer Steinbrück") || s.contains("Grünen, Jürgen Koppelin"))
            .noneMatch(s -> s.startsWith("Obwohl"));
    }

    /** From Wikinews (train split, hand-read set 40): what a check looks for, where a move goes, hung on a noun. */
    @Test
    void aVerbsOwnPhraseHungOnANounIsNeitherAskedWithItNorMoved() {
        assertThat(prompts("Die Polizei von Cleveland prüft zahlreiche Hinweise und Vorfälle in der Stadt auf "
            + "Zusammenhänge, konnte solche bislang nicht feststellen.")).noneMatch(p -> p.startsWith("Was prüft"));
        assertThat(statements("Der Verursacher des Unfalls hatte sich nach seiner Rettung in die Schweiz zurückgezogen."))
            .noneMatch(s -> s.startsWith("Nach seiner Rettung in die Schweiz"));
        assertThat(prompts("Die Regierung kritisierte am Montag die Reise des Ministers in die Schweiz."))
            .as("a verb of no moving").contains("Was kritisierte die Regierung am Montag?");
    }

    /** From Wikinews (train split, hand-read set 41): phrases the parse hung in the wrong place. */
    @Test
    void aParticipleCutFromItsAuxiliaryAVerbsObjectInAPhraseAndAPluralReadAsAName() {
        assertThat(prompts("Die Vorsitzende der Linken Gesine Lötzsch hat die jüngste Kritik des Fraktionsvorsitzenden "
            + "der Partei im Deutschen Bundestag, Gregor Gysi, am Erscheinungsbild der Partei zurückgewiesen."))
            .noneMatch(p -> p.endsWith("Bundestag?"));
        assertThat(prompts("Die Polizei geht bei dem ehemaligen Manager von Fluchtgefahr aus."))
            .noneMatch(p -> p.startsWith("Bei wem"));
        assertThat(prompts("Hansjörg Elshorst, Vorstandsvorsitzender von Transparency International, äußerte sich in "
            + "einem Interview mit dem Deutschlandfunk zu dem Vorfall.")).noneMatch(p -> p.startsWith("Womit"));
        assertThat(prompts("In Anspielung auf die Durchsuchungen bei G8-Gegnern trugen einige Demonstranten "
            + "Stoffbänder mit der Aufschrift „Kritik = Terror“ am Mund.")).noneMatch(p -> p.contains("Demonstranten"));
        assertThat(prompts("Ein ähnlich schweres Beben war zuletzt 1984 auf der Halbinsel Wales aufgetreten."))
            .as("a name after the noun it names").contains("Wo war ein ähnlich schweres Beben zuletzt 1984 aufgetreten?");
    }

    /** From Wikinews (train split, hand-read set 41): a run-on, twins, whose partner, a step's date. */
    @Test
    void aClauseAfterACommaTwinQuestionsAPossessiveAfterAPrepositionAndTheDateOfAStep() {
        List<String> floods = prompts("Durch die Überschwemmungen kamen laut einem Artikel der Nachrichtenagentur "
            + "Reuters 900 Menschen ums Leben, zehntausende Menschen befinden sich auf der Flucht.");
        assertThat(floods).noneMatch(p -> p.contains("Flucht")).doesNotHaveDuplicates();
        assertThat(prompts("Laut einer am Dienstag veröffentlichten Pressemitteilung des WFP wurden zunächst 2.000 "
            + "Menschen in Hütten mit Lebensmitteln versorgt.")).filteredOn(p -> p.startsWith("Wie viele")).hasSize(1);
        assertThat(wh("Gegen ihren langjährigen ehemaligen Lebenspartner wurde ein Ermittlungsverfahren wegen des "
            + "Verdachts der Veruntreuung von Parteigeldern eingeleitet.")).noneMatch(q -> q.solution().contains("ihren"));
        assertThat(prompts("Ein 43-Jähriger geriet mit seinem BMW auf die Gegenfahrbahn."))
            .as("whose, the subject in the question says").contains("Womit geriet ein 43-Jähriger auf die Gegenfahrbahn?");
        assertThat(prompts("In Liskeard trauert eine Familie um ihre Schildkröte Stig.")).as("a name left behind")
            .noneMatch(p -> p.contains(" Stig?"));
        assertThat(prompts("Die 35-Jährige hatte seit ihrem Beitritt zur SPD im Jahr 1990 verschiedene Parteiämter und "
            + "Mandate im Delmenhorster Stadtparlament inne.")).noneMatch(p -> p.startsWith("Wann"));
        assertThat(falseStatements("Gesine Lötzsch distanziert sich von Gregor Gysi. Lötzsch, die eine Doppelspitze "
            + "gemeinsam mit Klaus Ernst bildet, hat nun eine defensive Haltung eingenommen.", 30))
            .noneMatch(s -> s.startsWith("Gysi, die") || s.startsWith("Ernst, die"));
    }

    /** From Wikinews (train split, hand-read set 41): questions that say nothing without what follows, or ask amiss. */
    @Test
    void anIndefiniteObjectBeforeItsRelativeClauseANameAskedBackwardsAndARisingNumber() {
        assertThat(prompts("Frankreich verfolgt eine Politik, durch die etwa 15.000 Roma zur Rückkehr in ihre "
            + "Heimatländer bewegt werden sollen.")).isEmpty();
        assertThat(prompts("Der neue Träger heißt Fabian Wegmann und kommt aus Deutschland."))
            .noneMatch(p -> p.startsWith("Wer heißt"));
        assertThat(prompts("Die Anzahl der Bewohner war durch die Auflösung anderer Unterkünfte von Roma angestiegen."))
            .contains("Was war durch die Auflösung anderer Unterkünfte von Roma angestiegen?");
        assertThat(prompts("Weitere 60 Länder benötigten ebenfalls einen Schuldenerlass, um die Armut zu bekämpfen."))
            .as("an infinitive with 'um' is no relative clause").isNotEmpty();
    }

    /** From Wikinews (train split, hand-read set 41): people asked for with "was". */
    @Test
    void aSurnameTaggedANounThatNamesAndAFullNameAfterItsTitlesAreWer() {
        assertThat(prompts("Swantje Hartmann sagte ab. Modder nannte die Absage Hartmanns einen „Vertrauensbruch“."))
            .contains("Wer nannte die Absage Hartmanns einen „Vertrauensbruch“?").noneMatch(p -> p.startsWith("Was nannte die"));
        assertThat(prompts("Jan Ullrich kam ins Ziel. Der US-amerikanische Tour-Favorit Lance Armstrong verteidigte das "
            + "Gelbe Trikot mit Erfolg.")).contains("Wer verteidigte das Gelbe Trikot mit Erfolg?");
    }

    /** From Wikinews (train split, hand-read set 41): "jemand" without its relative clause says something else. */
    @Test
    void aPronounKeepsTheRelativeClauseThatSaysWhoItIs() {
        assertThat(statements("Ein BA-Sachbearbeiter sagte gegenüber Heise, dass es eher unwahrscheinlich sei, dass "
            + "jemand, der gegenüber dem Arbeitsamt lüge, auf dem Finanzamt richtige Angaben mache.", 10, true))
            .isNotEmpty().allMatch(s -> s.contains("jemand, der gegenüber dem Arbeitsamt lüge,"));
        assertThat(prompts("Denjenigen, die gegen diese Anordnung verstoßen, drohen ein Disziplinarverfahren sowie "
            + "arbeitsrechtliche Folgen.")).noneMatch(p -> p.endsWith("denjenigen?") || p.contains("Denjenigen?"));
    }

    /** From Wikinews (train split, hand-read set 41): "Duin … ihrer Presseerklärung" gave the swap away. */
    @Test
    void aSentenceThatSaysSheTakesNoManOfUnknownGenderSwappedIn() {
        String resignation = "Swantje Hartmann ist vom Vorstand der SPD-Landtagsfraktion zurückgetreten. Dennoch ließ "
            + "sie bereits im Mai auf Druck des SPD-Landesvorsitzenden Garrelt Duin ihre Ämter ruhen. Hartmann wird laut "
            + "ihrer Presseerklärung ihre Funktionen als Delmenhorster Bürgermeisterin weiterhin wahrnehmen.";
        assertThat(falseStatements(resignation, 40)).noneMatch(s -> s.startsWith("Duin wird laut ihrer"));
    }

    /** From Wikinews (train split, hand-read set 42): a twin in another order, a goal asked "wozu", an idiom. */
    @Test
    void aTwinInAnotherOrderAGoalWithZuAndAnklangFinden() {
        assertThat(prompts("Ende Mai 2010 töteten israelische Soldaten bei einer ähnlichen Aktion neun Aktivisten."))
            .filteredOn(p -> p.startsWith("Wie viele")).hasSize(1);
        assertThat(prompts("Die Raumfähre Discovery kann wie geplant am kommenden Montag zur Erde zurückkehren."))
            .contains("Wohin kann die Raumfähre Discovery wie geplant am kommenden Montag zurückkehren?")
            .noneMatch(p -> p.startsWith("Wozu"));
        assertThat(prompts("Der Entwurf fand bei der CDU und einigen Jugendrichtern Anklang."))
            .noneMatch(p -> p.startsWith("Was fand der Entwurf"));
    }

    /**
     * From Wikinews (train split, hand-read set 43): a young person and an assembly asked with "wer", an idiom, a gap
     * the parse closed, a phrase in the dative read as an attribute, an object of a verb that takes none.
     */
    @Test
    void aYoungPersonAnAssemblyAnIdiomAGapAndPhrasesTheParseMisread() {
        assertThat(prompts("Der Jugendliche befuhr mit zwei Freunden eine Landstraße zwischen Göttscheid und Birkenfeld."))
            .contains("Wer befuhr mit zwei Freunden eine Landstraße zwischen Göttscheid und Birkenfeld?")
            .noneMatch(p -> p.startsWith("Was befuhr mit"));
        assertThat(prompts("Im Juni 2006 wird die Schweizer Bundesversammlung den Nachfolger für Deiss wählen."))
            .contains("Wer wird im Juni 2006 den Nachfolger für Deiss wählen?");
        assertThat(prompts("Aber auch die CDU unter dem Spitzenkandidaten Stefan Mappus wird bei der Koalitionsbildung ein "
            + "Wörtchen mitzureden haben.")).noneMatch(p -> p.contains("mitzureden haben?") && p.startsWith("Was "));
        assertThat(prompts("76 Prozent der etwa 39.000 Wahlberechtigten stimmten für, 24 Prozent gegen die Ausweitung von "
            + "Befugnissen für die einheimische Regierung.")).noneMatch(p -> p.contains("stimmten für,")
            || p.startsWith("Wofür"));
        assertThat(wh("Bemba soll zunächst in Belgien einem Haftrichter vorgeführt werden.")).noneMatch(q ->
            q.solution().contains("Belgien einem"));
        assertThat(statements("Die Übergabe erfolgte jetzt mit mehr als einem Jahr Verspätung.", 10, true))
            .noneMatch(s -> s.startsWith("Mit mehr als einem Jahr"));
        assertThat(statements("Weiterhin wurden auch Richtlinien über die Aufteilung der Einnahmen aus Ölvorkommen vor der "
            + "Küste verabschiedet.", 10, true)).isNotEmpty().noneMatch(s -> s.contains("weiterhin"));
    }

    /**
     * From Wikinews (train split, hand-read set 48): "sich" after the phrase put back, an unknown adverb in capitals,
     * an answer with the sentence's full stop, a frame kept in a reported statement, an object put first.
     */
    @Test
    void sichAnAdverbInCapitalsAFullStopAFrameKeptAndAnObjectFirst() {
        assertThat(prompts("Im Airbus befanden sich insgesamt 212 Passagiere."))
            .contains("Wie viele Passagiere befanden sich im Airbus?").noneMatch(p -> p.endsWith(" sich?"));
        assertThat(prompts("Ihrerseits knüpften die USA Vorbedingungen an die Bereitschaft zur Aufnahme von "
            + "Verhandlungen.")).isNotEmpty().noneMatch(p -> p.contains("Ihrerseits"));
        assertThat(wh("Angeblich plant der Airbus-Vorstandsvorsitzende Thomas Enders den Ausstieg aus der Produktion des "
            + "Großraum-Militärtransporters A400M.")).filteredOn(q -> q.prompt().startsWith("Was plant")).isNotEmpty()
            .allMatch(q -> q.solution().endsWith("A400M"));
        String libya = "Laut CNN hat der US-Verteidigungsminister Leon Panetta verkündet, der Übergangsrat wolle die "
            + "NATO-Streitkräfte in Libyen behalten. Alle libyschen Gebiete seien unter der Kontrolle des Nationalen "
            + "Übergangsrates, sagte Charles Bouchard, kanadischer General und Kommandeur des Einsatzes am Montag.";
        assertThat(statements(libya, 20, true)).noneMatch(s -> s.contains("sagte Charles Bouchard"));
        assertThat(falseStatements(libya, 20)).noneMatch(s -> s.contains("sagte Charles Bouchard"));
        assertThat(prompts("Die Laudatio hielt die bekannte Feministin Alice Schwarzer, die den Mut Alis hervorhob."))
            .noneMatch(p -> p.startsWith("Wen hielt"));
    }

    /**
     * From Wikinews (train split, hand-read set 47): a Saxon, what a search looks for, a numeral in the genitive, twins
     * told apart by a comma, "New Mexico" no person, "jene" alone.
     */
    @Test
    void aSaxonASearchANumeralInTheGenitiveTwinsWithACommaNewMexicoAndJene() {
        assertThat(prompts("Der Sachse gab an, lediglich einen Liter Bier getrunken zu haben."))
            .contains("Wer gab an, lediglich einen Liter Bier getrunken zu haben?").noneMatch(p -> p.startsWith("Was gab"));
        assertThat(wh("Nun durchsuchen die Einsatzkräfte die Wohnungen nach Drogen und Waffen."))
            .noneMatch(q -> q.solution().contains("Wohnungen nach"));
        assertThat(statements("Das Bundesverfassungsgericht hatte Klagen zweier Abgeordneter abgewiesen, die das Verfahren "
            + "als nicht verfassungskonform angesehen hatten.", 20, true)).noneMatch(s -> s.startsWith("Zweier"));
        assertThat(prompts("Angela Merkel will Gespräche mit allen Parteien aufnehmen, außer mit der Linkspartei."))
            .filteredOn(p -> p.startsWith("Wer will Gespräche")).hasSize(1);
        assertThat(falseStatements("Eine Rakete startete von dem neuen Weltraumbahnhof in Upham, New Mexico. Jerry Larson "
            + "gab sich in seiner Stellungnahme betont optimistisch.", 20))
            .noneMatch(s -> s.contains("Mexico gab") || s.contains("Upham, Jerry"));
        assertThat(statements("Obama sammelte viele Kleinspenden. Gerade jene hatten allerdings bis jetzt am meisten zum "
            + "Erfolg von Obamas Kampagne beigetragen.", 20, true)).noneMatch(s -> s.contains("jene"));
        // art_063 of the corpus: "Würde" read as a noun, the subject of "aufgeteilt"
        assertThat(prompts("Würde das Objekt aufgeteilt, müssten Brandschutz und andere Auflagen neu und getrennt "
            + "festgelegt werden, heißt es im ORF.")).noneMatch(p -> p.contains("Würde das Objekt"));
    }

    /**
     * From Wikinews (train split, hand-read set 46): an idiom whose roles the order hides, particles, an adjective and a
     * postposition the parse misread, a noun's "an" phrase, a possessive whose owner the sentence before names.
     */
    @Test
    void zuSchaffenMachenParticlesAnAdjectiveZufolgeBeteiligungAnAndSeineKritik() {
        assertThat(prompts("In den letzten Stunden machte Fossett die windstille Wetterlage zu schaffen."))
            .noneMatch(p -> p.startsWith("Wer machte"));
        assertThat(prompts("Nach der Flucht von rund 400 Talibankämpfern aus dem Gefängnis bei Kandahar am Freitag führten "
            + "die Sicherheitsbehörden eine großangelegte Suche nach den entkommenen Häftlingen durch."))
            .noneMatch(p -> p.endsWith("am Freitag?"));
        assertThat(wh("Im Juni 2011 hatte die Deutsche Bischofskonferenz beschlossen, eine Studie zum sexuellen "
            + "Missbrauch zu erstellen.")).noneMatch(q -> q.solution().equals("die Deutsche"));
        assertThat(prompts("Bei den Unruhen im Juli waren offiziellen chinesischen Angaben zufolge etwa 200 Menschen "
            + "getötet und weitere 1.700 Menschen verletzt worden.")).noneMatch(p -> p.contains("zufolge etwa"));
        // once the parse hung the "an" phrase on the noun (set 127), the reason is asked whole
        assertThat(wh("Im November waren bereits 9 Menschen ebenfalls wegen ihrer Beteiligung an den Unruhen "
            + "hingerichtet worden.").stream().filter(q -> q.prompt().startsWith("Warum")).map(Question::solution))
            .isNotEmpty().allMatch(answer -> answer.endsWith("an den Unruhen"));
        assertThat(statements("Christian Pfeiffer kritisierte die Kirche. Seine Kritik richtet sich insbesondere gegen die "
            + "Erzbistümer München und Freising.", 20, true)).noneMatch(s -> s.contains("seine Kritik"));
        assertThat(prompts("Zur Begründung gab Karsai an, sein Land müsse das Recht haben, gegen die Angriffe der "
            + "Taliban vorzugehen.")).noneMatch(p -> p.startsWith("Wozu"));
        assertThat(prompts("Mit seiner heutigen Erklärung bekannte sich Karsai jedoch zum ersten Mal öffentlich zur "
            + "Notwendigkeit solcher Angriffe.")).noneMatch(p -> p.contains("solcher"));
        assertThat(prompts("Die Koalitionstruppen unter Führung der Vereinigten Staaten wurden in den letzten Monaten für "
            + "mehrere Raketenangriffe verantwortlich gemacht.")).anyMatch(p -> p.startsWith("Wer wurde"))
            .noneMatch(p -> p.startsWith("Was wurde"));
    }

    /**
     * From Wikinews (train split, hand-read set 45): "laut Angaben" of no one, a number confirmed, the media speaking,
     * a second clause read into a phrase, "sich man", a phrase of the verb moved first inside another.
     */
    @Test
    void aSourceOfNoOneANumberTheMediaASecondClauseManSichAndAVerbsPhraseInsideAnother() {
        String saudi = "Die Anzahl der Geiseln wurde noch nicht offiziell bestätigt. Es handele sich ersten Angaben "
            + "zufolge um vier angreifende Terroristen. Vier saudische Sicherheitskräfte seien zudem getötet worden.";
        assertThat(prompts(saudi)).contains("Was wurde noch nicht offiziell bestätigt?")
            .noneMatch(p -> p.contains("laut Angaben") || p.startsWith("Wer wurde noch nicht"));
        assertThat(statements(saudi, 20, true)).noneMatch(s -> s.startsWith("Laut Angaben"));
        assertThat(prompts("Die Medien sprechen von örtlichen Angestellten als Geiseln."))
            .contains("Wer spricht von örtlichen Angestellten als Geiseln?");
        assertThat(prompts("Hubschrauber kreisten über dem Gelände und Krankenwagen heulen über das Gelände."))
            .noneMatch(p -> p.contains("Gelände und Krankenwagen"));
        assertThat(prompts("Man hatte sich zu dem Schritt entschlossen, da das Fahrzeug ein großes Medienecho in den "
            + "Vereinigten Staaten ausgelöst hatte.")).isNotEmpty().noneMatch(p -> p.contains("sich man"));
        assertThat(statements("Das Kinderhilfswerk UNICEF reagierte auf die Tat mit Wut und Entsetzen.", 20, true))
            .noneMatch(s -> s.startsWith("Auf die Tat mit"));
        assertThat(statements("Lediglich Bürger, die die Entfernungspauschale falsch geltend gemacht haben, sollten ihre "
            + "Angaben schnellstmöglich gegenüber dem Finanzamt korrigieren.", 20, true))
            .noneMatch(s -> s.contains("lediglich Bürger ihre") || s.startsWith("Lediglich Bürger sollten"));
        assertThat(prompts("Rein rechnerisch entspricht das einem Ergebnis pro Aktie von 0,48 Euro."))
            .noneMatch(p -> p.startsWith("Was entspricht"));
    }

    /**
     * From Wikinews (train split, hand-read set 44): twins with a question mark, a noun the tagger took for an adverb,
     * an auxiliary cut from its participle, rescuers and a politician asked with "was", a change cut in two.
     */
    @Test
    void twinsANounTaggedAsAnAdverbAnAuxiliaryAloneRescuersAndAChangeOfNumbers() {
        assertThat(prompts("Zeugen hatten die Tat beobachtet und den Notruf ausgelöst."))
            .filteredOn(p -> p.startsWith("Wer hatte die Tat beobachtet")).hasSize(1);
        assertThat(prompts("Hinweise nimmt die Polizei unter der Telefonnummer 0631/369-2620 entgegen."))
            .contains("Wer nimmt Hinweise unter der Telefonnummer 0631/369-2620 entgegen?");
        assertThat(prompts("Das iranische Außenministerium hat Pressemeldungen der New York Times von Donnerstag, dem 2. "
            + "Dezember 2004, zurückgewiesen, wonach UN-Inspektoren Zutritt zu zwei militärischen Anlagen verlangt "
            + "hätten.")).noneMatch(p -> p.startsWith("Wer hat Pressemeldungen"));
        assertThat(prompts("Auf dem Flughafen gingen die Rettungskräfte in Stellung, sie mussten jedoch nicht eingreifen."))
            .contains("Wer ging auf dem Flughafen in Stellung?");
        assertThat(prompts("Initiator ist der republikanische Abgeordnete Barney Frank, Vorsitzender des Ausschusses für "
            + "Finanzdienstleistungen. Zusammen mit Finanzminister Tim Geithner plädiert Frank sogar für eine Erweiterung "
            + "der Befugnisse der Federal Reserve.")).noneMatch(p -> p.startsWith("Was plädiert"));
        assertThat(statements("Die Angaben der Opferzahl wurden mittlerweile von 86 auf 76 Tote nach unten korrigiert.",
            20, true)).noneMatch(s -> s.startsWith("Von 86") || s.startsWith("Auf 76"));
    }

    /** From Wikinews (train split, hand-read set 43): a time adverb moved to the end, behind a long subject. */
    @Test
    void anAdverbOfTimeStaysBeforeASubjectThatNamesNothingKnownYet() {
        assertThat(statements("Heute kamen erste Erkenntnisse über die Einsturzursache der Eissporthalle in "
            + "Bad-Reichenhall ans Tageslicht.", 20, true)).isNotEmpty().noneMatch(s -> s.endsWith(" heute."));
        assertThat(prompts("Heute legte der Abgeordnete Günter Lenz in Hannover sein Mandat nieder."))
            .contains("Wo legte der Abgeordnete Günter Lenz heute sein Mandat nieder?");
    }

    /** A purpose with "um … zu" is asked with "wozu" and answered with the clause, with or without its "um". */
    @Test
    void aPurposeWithUmZuIsAskedWithWozu() {
        Question bridge = wh("Die Stadt baut eine neue Brücke, um den Verkehr in der Innenstadt zu entlasten.").stream()
            .filter(q -> q.prompt().startsWith("Wozu")).findFirst().orElseThrow();
        assertThat(bridge.prompt()).isEqualTo("Wozu baut die Stadt eine neue Brücke?");
        assertThat(bridge.answers()).contains("um den Verkehr in der Innenstadt zu entlasten",
            "den Verkehr in der Innenstadt zu entlasten").doesNotContain("weil den Verkehr in der Innenstadt zu entlasten");
        // art_078 of the corpus (10kGNAD): the parser took "Um" for the preposition of "Schüler"
        assertThat(prompts("Um Schüler für die Musikschule zu gewinnen, wurde das Nobel Education Network (NEN) "
            + "gegründet, das an der Schule beteiligt ist.")).contains("Wozu wurde das Nobel Education Network gegründet?");
    }

    /**
     * Of twins in another order, the one from the parse is asked, which knows the subject of a sentence that puts the
     * object first; the other would put the object before the subject.
     */
    @Test
    void ofTwinsInAnotherOrderTheOneThatKnowsTheSubjectIsAsked() {
        assertThat(prompts("Einen neuen Rekord stellte der Läufer aus Kenia am Sonntag in Berlin auf."))
            .contains("Wann stellte der Läufer aus Kenia einen neuen Rekord in Berlin auf?")
            .noneMatch(p -> p.contains("stellte einen neuen Rekord der Läufer"));
    }

    /** From Wikinews (train split, hand-read set 42): what was reported left out, a count cut from its phrase. */
    @Test
    void theWordsOfAVerbOfSayingACountBeforeItsPhraseAndAnAgeListedWithADay() {
        assertThat(prompts("Das Auswärtige Amt der Bundesrepublik Deutschland meldete gestern, der erste rein deutsche "
            + "Hilfsflug sei gestern in Rangun eingetroffen.")).noneMatch(p -> p.endsWith("Deutschland?"));
        assertThat(statements("Die humanitäre Krise in Myanmar spitzt sich knapp 14 Tage nach dem verheerenden "
            + "Tropensturm „Nargis“ immer weiter zu.", 10, true)).noneMatch(s -> s.startsWith("Knapp 14 Tage spitzt"));
        assertThat(statements("Der richterliche Urteilsspruch lautet nun auf 18 Monate ohne Bewährung.", 10, true))
            .noneMatch(s -> s.startsWith("Auf 18 Monate lautet"));
        assertThat(statements("Die ehemalige Kiezgröße Stefan Hentschel ist am Montag, dem 18. Dezember, im Alter von 58 "
            + "Jahren erhängt im Boxkeller der Kneipe „Zur Ritze“ aufgefunden worden.", 10, true))
            .noneMatch(s -> s.contains("Montag im Alter"));
        assertThat(statements("Die Verträge sehen den Verkauf von 50 Fahrzeugen vor.", 10, true))
            .as("a particle after a count is no phrase of it").isNotEmpty();
        // "Beide Verträge" are the two the sentence before named, since hand-read set 123: no true statement says it
        // so, while a false one still differs from its sentence in the count
        assertThat(statements("Beide Verträge sehen den Verkauf von 50 Fahrzeugen vor.", 10, true)).isEmpty();
    }

    /** From Wikinews (train split, hand-read set 41): "Australier McEwen" was swapped in with his nationality. */
    @Test
    void aNameThatOpensWithATitleIsNotSwappedIn() {
        String stage = "Australier McEwen gewinnt seine zweite Etappe. Jan Ullrich (T-Mobile Team) kam mit dem Hauptfeld "
            + "ins Ziel und wurde fünfundvierzigster. Der neue Träger heißt Fabian Wegmann und kommt aus Deutschland.";
        assertThat(falseStatements(stage, 40)).noneMatch(s -> s.contains("Australier McEwen (T-Mobile")
            || s.contains("heißt Australier"));
    }

    /** From Wikinews (train split, hand-read set 49): "wer" for things and "was" for people. */
    @Test
    void aVolumeAnIndexAStrengthAndACompanyAreThingsWhilePrisonersAndDevelopersArePeople() {
        assertThat(prompts("Der letzte Ergänzungsband erschien im Jahr 2005.")).contains("Was erschien im Jahr 2005?")
            .noneMatch(p -> p.startsWith("Wer"));
        assertThat(prompts("Der Deutsche Aktienindex (Dax) schloss am Freitag mit einem Plus von 1,3 Prozent bei 6116 "
            + "Indexpunkten.")).noneMatch(p -> p.startsWith("Wer"));
        assertThat(prompts("Nordkorea droht. Und die konventionelle Überlegenheit Südkoreas wird durch den US-Beistand "
            + "noch weiter verstärkt.")).noneMatch(p -> p.startsWith("Wer"));
        assertThat(prompts("Der britische Linux-Distributor Canonical hat Ubuntu aktualisiert. Das Unternehmen "
            + "Canonical wurde vom südafrikanischen Unternehmer Mark Shuttleworth gegründet."))
            .contains("Was wurde vom südafrikanischen Unternehmer Mark Shuttleworth gegründet?")
            .noneMatch(p -> p.startsWith("Wer wurde"));
        assertThat(prompts("So erhalten die Gefangenen nur eine Mahlzeit am Tag."))
            .contains("Wer erhält nur eine Mahlzeit am Tag?").noneMatch(p -> p.startsWith("Was erhält"));
        assertThat(prompts("Die Entwickler verfolgen mit dem System das Ziel, ein einfach zu installierendes "
            + "Betriebssystem zu schaffen.")).anyMatch(p -> p.startsWith("Wer verfolgt"))
            .noneMatch(p -> p.startsWith("Was verfolgt"));
    }

    /** From Wikinews (train split, hand-read set 49): parses and phrases no question may be made from. */
    @Test
    void anArticleAloneAClauseOpenedByWennAndPhrasesThatBelongToAnotherGiveNoQuestion() {
        assertThat(prompts("Der kurz nach der Tat wegen Mordes verhaftete 15 Jahre alte Junge wurde jetzt in Chemnitz "
            + "angeklagt.")).noneMatch(p -> p.contains("verhaftete"));
        assertThat(prompts("Kaesong gerät erst in Gefahr wenn die Abläufe stoppen und damit verbundene Geldtransfers "
            + "zu Buch schlagen.")).noneMatch(p -> p.endsWith("gerät erst in Gefahr?"));
        assertThat(prompts("Der britische Linux-Distributor Canonical hat Ubuntu mit der Veröffentlichung der Version "
            + "17.10 Ende Oktober aktualisiert.")).noneMatch(p -> p.contains("17.10"));
        assertThat(prompts("Vermutet werden Absprachen zwischen Händlern und Lieferanten über die Preisgestaltung."))
            .noneMatch(p -> p.contains("zwischen Händlern"));
        assertThat(wh("Die Senatorin unterstützt das Recht der Frauen auf eine Abtreibung."))
            .noneMatch(q -> q.solution().equals("das Recht der Frauen"));
        assertThat(prompts("Bei den Tarifverhandlungen mit dem Energiekonzern RWE stehen die Zeichen auf Streik."))
            .noneMatch(p -> p.startsWith("Was steht"));
        assertThat(prompts("Meine Studenten kommen und gehen normal.")).isEmpty();
        assertThat(statements("Der Wahlbezirk erstreckt sich von Lake Placid in den Adirondack Mountains bis ins "
            + "Dutchess County.", 10, true)).noneMatch(s -> s.startsWith("Bis ins"));
    }

    /** From Wikinews (train split, hand-read set 49): false statements a reader would see through or not parse. */
    @Test
    void noNegationBeforeAnAdverbOfTimeAndNoSwapOfAWomanATownOrAnInterviewee() {
        assertThat(falseStatements("Die Ernennung Gillibrands ist unterdessen auf Kritik gestoßen.", 10))
            .noneMatch(s -> s.contains("nicht unterdessen"));
        assertThat(falseStatements("Cannabis: Expertentreffen in Bielefeld. Der Bremer Forscher Dr. Heino Stoever "
            + "riet allgemein zu „Gelassenheit und Aufmerksamkeit“. Es sprach auch Ursula Castrup, die Leiterin der "
            + "Bielefelder Fachstelle für Suchtvorbeugung.", 20)).noneMatch(s -> s.contains("Forscher Dr. Ursula"));
        assertThat(falseStatements("Die erste Konferenz wird vom 6. bis zum 8. Juni 2006 in Athen, Griechenland, "
            + "stattfinden. Dem Bürgermeister von Havanna, Kuba, wird eine Ehrenauszeichnung verliehen. Das Orkantief "
            + "überquerte gestern Deutschland, Frankreich, Belgien und die Niederlande.", 20))
            .noneMatch(s -> s.contains("Athen, Havanna") || s.contains("Havanna, Griechenland")
                || s.contains("Athen, Kuba"));
        assertThat(falseStatements("Interviewt wurden Robert Kelly und Scott Snyder. Kelly: Das ist eine gute Frage. "
            + "Snyder: Die Drohungen Nordkoreas verfolgen unterschiedliche Ziele.", 20))
            .noneMatch(s -> s.startsWith("Kelly: Die") || s.startsWith("Snyder: Das"));
    }

    /** From Wikinews (train split, hand-read set 50): where to is no "wozu", and what was announced is not left out. */
    @Test
    void aClubMovedToIsNoPurposeAndAnAnnouncementKeepsWhatItAnnounced() {
        assertThat(prompts("Der 20-jährige Podolski wechselt zum FC Bayern München.")).noneMatch(p -> p.startsWith("Wozu"));
        assertThat(prompts("Am Samstag war es zu einem Trafokurzschluss gekommen.")).contains("Wozu war es am Samstag gekommen?");
        assertThat(prompts("Der Bundeskanzler hat angekündigt, im Falle des (geplanten) Scheiterns der Vertrauensfrage den "
            + "Bundespräsidenten noch am selben Tag aufzusuchen.")).noneMatch(p -> p.equals("Wer hat angekündigt?"));
        assertThat(prompts("Am Morgen hatte die Koalition im Bundestag noch eine Reihe von Gesetzesvorlagen eingebracht "
            + "und mit ihrer Mehrheit durchs Parlament gebracht.")).noneMatch(p -> p.startsWith("Wen hatte"));
        assertThat(prompts("Im Einzelnen verlangt das US-Gericht im Zusammenhang mit Ermittlungen die Herausgabe der "
            + "folgenden Daten.")).noneMatch(p -> p.contains("folgenden"));
        assertThat(prompts("Allerdings planen die Staaten Kuwait, Bahrain und Oman die Einführung erst innerhalb der "
            + "nächsten zwei Jahre.")).noneMatch(p -> p.startsWith("Was plant"));
        assertThat(prompts("Heute hat das irakische Parlament den Industrieminister Hajim al-Hassani zum neuen "
            + "Parlamentspräsidenten gewählt. Al-Hassani, ein sunnitischer Araber, wurde im Jahr 2004 aus der "
            + "Islamischen Partei ausgeschlossen.")).contains("Wer wurde im Jahr 2004 aus der Islamischen Partei "
            + "ausgeschlossen?").noneMatch(p -> p.startsWith("Was wurde"));
    }

    /** From Wikinews (train split, hand-read set 50): false statements that said something true, or nothing clear. */
    @Test
    void noNegationOfWhatOthersDidTooAndNoSwapInsideARangeOrBelowALowerBound() {
        assertThat(falseStatements("Saudi-Arabien führt eine Mehrwertsteuer ein. Die Vereinigten Arabischen Emirate "
            + "führen ebenfalls erstmals eine Mehrwertsteuer ein.", 20))
            .noneMatch(s -> s.contains("ebenfalls") && s.contains("keine Mehrwertsteuer"));
        assertThat(falseStatements("Mit diesem Powerpack wird eine Reichweite von 240 bis 320 km bei einer Batterieladung "
            + "erwartet. Bislang werden 325 km/h als Höchstgeschwindigkeit angegeben, Ziel ist eine Geschwindigkeit über "
            + "400 km/h.", 20)).noneMatch(s -> s.contains("Reichweite von") && !s.contains("von 240 bis 320"));
        assertThat(falseStatements("Der Tiefspeicher soll 11 Millionen Euro kosten. Mit zumindest 50 Millionen exklusive "
            + "Tiefspeicher rechnet der ehemalige Generaldirektor Wilfried Seipel.", 20))
            .noneMatch(s -> s.contains("zumindest 11"));
    }

    /** From the corpus and Wikinews (hand-read set 49): an adverb the tagger took for a verb, a noun for a name. */
    @Test
    void anAdverbTakenForAVerbAndAPredicateFirstTakenForANameAreReadRight() {
        assertThat(prompts("Die Ernennung Gillibrands ist unterdessen auf Kritik gestoßen."))
            .contains("Was ist auf Kritik gestoßen?");
        assertThat(prompts("Schärfster Widersacher Trongs war der bisherige Premier Nguyen Tan Dung, der den eher "
            + "reformorientierten Parteiflügel führt.")).noneMatch(p -> p.startsWith("Was war"));
    }

    /** From Wikinews (train split, hand-read set 51): parses with two clauses in one, and phrases that are another's. */
    @Test
    void twoArticlesAnAuxiliaryAcrossACommaAndAnObjectReadAsAnAppositionGiveNothing() {
        assertThat(prompts("Die Sterberate der leichten Raucher überstieg die der Vergleichsgruppe um das 1,5-Fache."))
            .noneMatch(p -> p.startsWith("Wer") || p.startsWith("Wen"));
        assertThat(statements("Die Gefährdung durch das Rauchen ist bei Frauen noch höher als bei Männern, stellten die "
            + "Wissenschaftler außerdem fest.", 10, true)).noneMatch(s -> s.startsWith("Die Wissenschaftler ist"));
        assertThat(statements("Von der blau verfärbten Zunge, die insbesondere bei Schafen beobachtet werden kann, "
            + "erhielt die Krankheit, die früher in Europa nur im Mittelmeerraum auftrat, ihren Namen.", 10, true))
            .noneMatch(s -> s.contains("Krankheit ihren Namen erhielt"));
        assertThat(prompts("Das Bundeskartellamt hat heute den Abschlussbericht seiner Untersuchung der Stromerzeugung "
            + "und des Stromgroßhandels in den Jahren 2007 und 2008 vorgelegt."))
            .noneMatch(p -> p.contains("heute in den Jahren") || p.startsWith("Wann") && !p.contains("2008"));
        assertThat(wh("Timoschenko bestreitet den Vorwurf bis heute und sieht politische Gründe für das Urteil."))
            .noneMatch(q -> q.solution().endsWith("bis heute"));
        assertThat(prompts("Es beherbergt die modernsten Lebenserhaltungssysteme, die jemals an Bord der ISS gebracht "
            + "wurden.")).noneMatch(p -> p.contains("jemals"));
        assertThat(prompts("Die Zulieferer müssen ebenfalls für faire Arbeitsbedingungen sorgen."))
            .noneMatch(p -> p.startsWith("Was muss"));
        assertThat(wh("Zum dritten Mal findet der Themenschwerpunkt Europa21 im Cafe Europa in Halle 4 der Buchmesse "
            + "statt.")).noneMatch(q -> q.solution().equals("in Halle"));
    }

    /** From Wikinews (train split, hand-read set 58): an object and a direction the parse hung on the subject. */
    @Test
    void anUnsetOffIndefiniteAppositionAndAParticlesDirectionOnTheSubjectGiveNothing() {
        assertThat(statements("Bereits im Frühjahr 2005 erlitt die „Do 228“ eine unglimpfliche Landung.", 10, true))
            .noneMatch(s -> s.contains("„Do 228“ eine unglimpfliche Landung erlitt"));
        assertThat(statements("Nach Aussagen von Bürgermeister Rahim Musleh drangen gegen vier Uhr morgens die "
            + "Brandstifter in die Moschee ein.", 10, true)).noneMatch(s -> s.startsWith("Die Brandstifter in die Moschee"));
        assertThat(prompts("Nach Aussagen von Bürgermeister Rahim Musleh drangen gegen vier Uhr morgens die "
            + "Brandstifter in die Moschee ein.")).noneMatch(p -> p.startsWith("Wer"));
        assertThat(prompts("Der Tesla Roadster, ein Sportwagen, wird mit Lithium-Ionen-Akkus angetrieben."))
            .contains("Was wird mit Lithium-Ionen-Akkus angetrieben?");
    }

    /** From Wikinews (train split, hand-read set 58): "in Kürze" is the clause's. */
    @Test
    void anAdverbialPhraseHungOnTheSubjectGivesNothing() {
        assertThat(prompts("Für die Finanzierung einer neuen „Do 228“ wird das AWI in Kürze einen Antrag an die deutsche "
            + "Bundesregierung stellen.")).noneMatch(p -> p.startsWith("Was wird") || p.startsWith("Wer wird"));
    }

    /** From Wikinews (train split, hand-read set 58): a yellow card read as the end of a name. */
    @Test
    void aCommonWordAfterAGivenNameAndASurnameIsNoPartOfTheName() {
        assertThat(wh("In der 39. Minute sah dann der Leverkusener Stefan Reinartz Gelb."))
            .noneMatch(q -> q.solution().endsWith("Gelb"));
        assertThat(prompts("Der Sänger Hans Peter Müller trat am Abend auf.")).contains("Wer trat am Abend auf?");
    }

    /** From Wikinews (train split, hand-read set 58): a gapped second clause, and a time that is the predicate. */
    @Test
    void theSamePhraseTwiceAndATimeInsideATimePredicateAreNotAskedAbout() {
        assertThat(prompts("Kaiserslautern steht nun nach wie vor auf Platz 15 der Bundesligatabelle, Stuttgart auf "
            + "Platz 14.")).noneMatch(p -> p.contains("Stuttgart"));
        assertThat(prompts("Beginn war gestern um 5.30 Uhr, wieder zu befahren war sie heute um 14.00 Uhr."))
            .noneMatch(p -> p.startsWith("Wann war Beginn"));
        assertThat(prompts("Kaiserslautern steht nun nach wie vor auf Platz 15 der Bundesligatabelle."))
            .isNotEmpty();
    }

    /** From Wikinews (train split, hand-read set 58): "mehrfach" is the clause's, not the subject's. */
    @Test
    void anAdverbOfHowOftenOpeningTheSubjectGivesNothing() {
        assertThat(wh("In der Vergangenheit wurden beispielweise mehrfach soziale Netzwerke wie Facebook, Twitter und "
            + "YouTube gesperrt.")).noneMatch(q -> q.solution().startsWith("mehrfach"));
    }

    /** From Wikinews (train split, hand-read set 58): the case of a name after "auf" is not its relative clause's. */
    @Test
    void theWordsOfARelativeClauseDoNotTellTheCaseOfThePhraseBeforeIt() {
        assertThat(prompts("Der Spieler Shinji Kagawa traf. Lukasz Pisczek spielte auf Shinji Kagawa, der den Ball im "
            + "Kasten von Jaroslav Drobny versenkte.")).noneMatch(p -> p.startsWith("Auf wem"));
    }

    /** From Wikinews (train split, hand-read set 58): how often is no when. */
    @Test
    void aTimeInsideACompoundIsNoTimeWhen() {
        assertThat(prompts("Ab der 76. Minute gab es die Karten im Zwei-Minuten-Takt."))
            .noneMatch(p -> p.startsWith("Wann"));
    }

    /** From Wikinews (train split, hand-read set 58): "Israelis" are people. */
    @Test
    void nationalitiesInIAreAskedForWithWer() {
        assertThat(prompts("Israelis hatten in den vergangenen Wochen mehrere Anschläge im Westjordanland verübt."))
            .contains("Wer hatte in den vergangenen Wochen mehrere Anschläge im Westjordanland verübt?");
    }

    /** From Wikinews (train split, hand-read set 58): a relative clause is about the noun its pronoun agrees with. */
    @Test
    void aRelativePronounOfAnotherGenderIsNotAboutTheNounBeforeIt() {
        assertThat(prompts("In der zweiten Hälfte gab es eine gelbe Karte gegen Hannovers Spieler Steven Cherundolo, "
            + "der elf Minuten später auch noch Gelb-Rot sah.")).noneMatch(p -> p.contains("Gelb-Rot"));
        assertThat(prompts("Spielminute verhängte der Schiedsrichter gegen den Torhüter Raphael Schäfer eine gelbe Karte, "
            + "der in der gleichen Minute einen Foulelfmeter von Philipp Lahm nicht halten konnte."))
            .noneMatch(p -> p.contains("Foulelfmeter"));
        assertThat(prompts("Am Montag besuchte der Minister die Stadt Jena, die seit Jahren auf eine Sanierung wartet."))
            .contains("Was wartet seit Jahren auf eine Sanierung?");
    }

    /** From Wikinews (train split, hand-read set 51): a hall's number and a noble's given names. */
    @Test
    void aNumberedHallIsNoTownAndANobleIsSwappedByHisWholeName() {
        assertThat(falseStatements("Die Buchmesse in Leipzig beginnt. Zum dritten Mal findet der Themenschwerpunkt im "
            + "Cafe Europa in Halle 4 der Buchmesse statt.", 20)).noneMatch(s -> s.contains("Leipzig 4"));
        assertThat(falseStatements("Ulla Jelpke kritisierte die Entscheidung der Fraktionsspitze. Karl-Theodor zu "
            + "Guttenberg warf der LINKEN mangelnde Abgrenzung vor. Jelpke setzt sich seit längerer Zeit dafür ein, dass "
            + "die PKK nicht länger als kriminelle Organisation gilt.", 20)).noneMatch(s -> s.startsWith("Theodor"));
    }

    /** From Wikinews (train split, hand-read set 52): a trailer, fans and a mountain rescue; a comparison kept whole. */
    @Test
    void aTrailerIsAThingFansArePeopleAndAComparativeKeepsItsAls() {
        assertThat(prompts("Auf der Autobahn ist beim hessischen Herborn der Anhänger eines polnischen Lastwagens in "
            + "Flammen aufgegangen.")).noneMatch(p -> p.startsWith("Wer ist"));
        assertThat(prompts("Die Anhänger der Partei Die Linke demonstrierten am Montag vor dem Rathaus in Kassel."))
            .anyMatch(p -> p.startsWith("Wer demonstrierte"));
        assertThat(prompts("Kinofans könnten bereits unbewusst mit Ligeti zu tun gehabt haben."))
            .contains("Wer könnte bereits unbewusst mit Ligeti zu tun gehabt haben?");
        assertThat(prompts("Andere anwesende Seilschaften leisteten sofort Erste Hilfe und benachrichtigten die "
            + "Bergwachten aus Forchheim und Bamberg.")).noneMatch(p -> p.startsWith("Was benachrichtigten"));
        assertThat(statements("Deutsche Marken kommen bei dem Test durchschnittlich auf höhere CO2-Werte als japanische "
            + "Fabrikate.", 10, true)).noneMatch(s -> s.startsWith("Auf höhere") || s.startsWith("Als japanische"));
    }

    /** From Wikinews (train split, hand-read set 53): misparses, an office in "-rat", one side, a pair, a noun in a name. */
    @Test
    void anUninflectedParticipleAGappedParticipleAnOfficeOneSideAndAPairAreNotAskedAbout() {
        assertThat(prompts("Besonders sind betroffen ältere Menschen und Obdachlose.")).isEmpty();
        assertThat(prompts("Straßen und Zugstrecken wurden gesperrt, Flugverbindungen gestrichen.")).isEmpty();
        assertThat(prompts("Das FBI hatte auf den Kopf des 39-jährigen Top-Terroristen ein Lösegeld von umgerechnet 7,3 "
            + "Millionen Euro ausgesetzt.")).anyMatch(p -> p.startsWith("Wer hatte"));
        assertThat(prompts("Bürgermeister Klaus Luger kündigte an, eine Berufung prüfen zu lassen."))
            .contains("Wer kündigte an, eine Berufung prüfen zu lassen?");
        assertThat(prompts("Anna Bligh, die Premierministerin des Bundesstaates Queensland, erwog unterdessen die "
            + "Unterbrechung des Wahlkampfs für die bevorstehenden Parlamentswahlen."))
            .contains("Was erwog Anna Bligh?").noneMatch(p -> p.contains("unterdessen"));
        assertThat(prompts("Im Zuge der Studentenproteste wurde am Montagmorgen das Rektorat der Uni Freiburg von "
            + "Studenten besetzt.")).noneMatch(p -> p.startsWith("Wer wurde"));
        String sides = "Einerseits sollen die Grenzkontrollen sowie die Verfolgung der Schlepperbanden verstärkt werden, "
            + "andererseits soll durch eine verstärkte Entwicklungshilfe der Migrationsdruck vermindert werden.";
        assertThat(prompts(sides)).noneMatch(p -> p.contains("einerseits"));
        assertThat(statements(sides, 10, true)).noneMatch(s -> s.contains("einerseits"));
        assertThat(statements("Großbritannien und die Niederlande haben gezahlt. Nun fordern die beiden Länder das Geld "
            + "von Island ein.", 10, true)).noneMatch(s -> s.contains("beiden Länder"));
        assertThat(falseStatements("Die Organisationen werfen Norbert Lammert Verzögerung der Veröffentlichungspflicht "
            + "vor. Peter Danckert und Max Straubinger klagten.", 20))
            .noneMatch(s -> s.contains("Straubinger der Veröffentlichungspflicht"));
    }

    /** From Wikinews (train split, hand-read set 54): what a phrase needs stays with it, a fear is no fact. */
    @Test
    void aDaysPartASearchsObjectTheOnlyOneAndAFearStayWhole() {
        assertThat(wh("Der 67-jährige Pilot und zwei Passagiere befanden sich am Sonntag Nachmittag auf einem Flug in der "
            + "gebirgigen Gegend.")).noneMatch(q -> q.prompt().contains(" Nachmittag ") && q.solution().equals("am Sonntag"));
        assertThat(prompts("Nach dem Absturz begann eine vierstündige Suche nach dem Wrack, die durch die unwegsame "
            + "Gegend erschwert wurde.")).noneMatch(p -> p.contains("nach dem Wrack"));
        assertThat(prompts("Die Region Bütow in Mecklenburg-Vorpommern ist bislang das einzige Anbaugebiet, in dem bereits "
            + "Versuchsfelder mit der Sorte Amflora bebaut werden.")).isEmpty();
        assertThat(prompts("Das genaue Wahlergebnis könnte einen neuen Bürgerkrieg auslösen, ist die unausgesprochene "
            + "Angst aller Beobachter und der Beteiligten selbst.")).isEmpty();
        assertThat(prompts("Die örtlichen Behörden haben demnach ein Ermittlungsverfahren eingeleitet."))
            .noneMatch(p -> p.contains("demnach"));
        assertThat(prompts("Die Besatzung eines Rettungshubschraubers entdeckte schließlich die Maschine."))
            .noneMatch(p -> p.startsWith("Was entdeckte die Maschine"));
        assertThat(prompts("Der Konzern will die Kartoffelsorte „Amflora“ anbauen. Amflora ist nicht für den Verzehr "
            + "bestimmt.")).noneMatch(p -> p.startsWith("Wer ist"));
    }

    /** From Wikinews (train split, hand-read set 55): teams and broadcasters act; a day keeps its parts and no name. */
    @Test
    void teamsBiddersAndBroadcastersActAndADayKeepsItsPartButNoName() {
        assertThat(prompts("Argentinien hatte im WM-Viertelfinale im Elf-Meter-Schießen gegen Deutschland verloren und "
            + "ist damit ausgeschieden.")).anyMatch(p -> p.startsWith("Wer hatte")).noneMatch(p -> p.startsWith("Was hatte"));
        assertThat(prompts("Zu Gunsten von Deutschland stieg später auch Frankreich aus, dafür soll Deutschland das "
            + "Nachbarland unterstützen.")).noneMatch(p -> p.startsWith("Was stieg"));
        assertThat(prompts("Brasilien hatte zuletzt im Jahr 1950 eine Weltmeisterschaft im Fußball ausgetragen, für "
            + "Deutschland handelt es sich im Frauenfußball um eine Premiere."))
            .contains("Wer hatte zuletzt im Jahr 1950 eine Weltmeisterschaft im Fußball ausgetragen?");
        assertThat(prompts("Al-Jazeera meldete, dass ein Team des spanischen Fernsehens ausgewiesen worden sei."))
            .noneMatch(p -> p.startsWith("Was meldete"));
        assertThat(prompts("Unmittelbar nach der Niederlage ist der argentinische Nationaltrainer José Pekerman gestern "
            + "Abend nach dem Spiel zurückgetreten.")).noneMatch(p -> p.contains(" Abend "));
        assertThat(wh("Das Innenministerium hatte am Samstag Mahmud Ahmadinedschad zum Sieger der Wahl erklärt."))
            .noneMatch(q -> q.solution().contains("Ahmadinedschad") && q.prompt().startsWith("Wann"));
        assertThat(prompts("Die Zahl der Rundfunkhörer stieg von 4,2 Millionen (1932) in kürzester Zeit auf 12,5 "
            + "Millionen (1939).")).noneMatch(p -> p.startsWith("Wann"));
        assertThat(prompts("Im Laufe des Jahres waren bis Mitte Oktober die ersten vier Länder aus dem Wettbewerb "
            + "ausgestiegen.")).noneMatch(p -> p.startsWith("Wie viele"));
        assertThat(prompts("Nach ihrer Auffassung verhinderte die Anwesenheit westlicher Medien Repressalien gegenüber "
            + "den Demonstranten durch Polizeikräfte.")).noneMatch(p -> p.contains("nach ihrer Auffassung"));
        assertThat(statements("Die Behörden drohten den Demonstranten mit strafrechtlichen Konsequenzen.", 10, true))
            .noneMatch(s -> s.startsWith("Den Demonstranten mit"));
    }

    /** From Wikinews (train split, hand-read set 56): a verb's "mit" in the object, a noun in a phrase, a year cut off. */
    @Test
    void aVerbsPhraseInTheObjectANounInsideAPhraseAndAYearCutFromItsHalfAreNotAsked() {
        assertThat(wh("Böhr begründete den Schritt mit seiner Niederlage bei der Wahl."))
            .noneMatch(q -> q.solution().equals("den Schritt mit seiner Niederlage"));
        assertThat(wh("Auch zusammen mit der FDP, die 8,0 Prozent der Stimmen erreichte, erreicht die CDU nicht die "
            + "notwendige Zahl von Parlamentssitzen.")).noneMatch(q -> q.solution().startsWith("zusammen"));
        assertThat(prompts("Laut nationalem statistischen Institut lebten schon bis zum ersten Halbjahr 2021 mehr als 40 "
            + "Prozent der Bevölkerung unter der Armutsgrenze.")).noneMatch(p -> p.startsWith("Bis wann"));
        assertThat(prompts("Die Mitte-Links-Regierung setzt zur Bekämpfung unter anderem auf das umstrittene Instrument "
            + "der Preisregulierung.")).noneMatch(p -> p.startsWith("Wozu"));
        assertThat(prompts("Bezüglich des Startortes meldet die Nachrichtenagentur „Xinhua“, die Maschine sei von ihrem "
            + "Heimathangar losgeflogen.")).noneMatch(p -> p.startsWith("Wen"));
        assertThat(statements("Radioaktives Iod lagert sich insbesondere in der Schilddrüse ein.", 10, true))
            .noneMatch(s -> s.startsWith("In der Schilddrüse"));
        assertThat(prompts("Für den Kosovo rückt eine Mitgliedschaft in der EU ebenfalls näher."))
            .noneMatch(p -> p.contains("in der EU") && p.startsWith("Was"));
    }

    /** From Wikinews (train split, hand-read set 57): a product's number, a slip copied, a company taken over, judoka. */
    @Test
    void aProductsNumberStaysWithItAndASlipOfTheArticleIsNotCopied() {
        assertThat(prompts("Somit ist die Playstation 3 zwar hardwaremäßig vorbereitet auf das Profil „Bonus View“, "
            + "allerdings fehlt ihr die Firmwareunterstützung.")).noneMatch(p -> p.contains(" 3 "));
        assertThat(prompts("Ab dem 1. November ist das Profil 1.1 für jede neu erscheinende Hardware vorgeschrieben."))
            .noneMatch(p -> p.contains(" 1.1 "));
        assertThat(statements("Die Profile beziehen sich hauptsächlich sich auf die Abspielhardware.", 10, true))
            .isEmpty();
        assertThat(prompts("Im Ergebnis wird Porsche in den VW-Konzern integriert."))
            .noneMatch(p -> p.startsWith("Wer wird"));
        assertThat(prompts("Die deutschen Judoka errangen je vier erste, dritte und fünfte Plätze."))
            .noneMatch(p -> p.startsWith("Was errang"));
        assertThat(wh("Christoph Müller-Hofstede, China-Experte in Bonn, erwartet jedoch einen steigenden Druck auf die "
            + "Veranstalter der Olympischen Spiele.")).noneMatch(q -> q.solution().equals("einen steigenden Druck"));
        assertThat(prompts("Der Aufladevorgang dauert an einem normalen Stromanschluss acht, nach anderen Angaben neun "
            + "Stunden.")).isNotEmpty();
    }

    /** From Wikinews (train split, hand-read set 56, and set 48's Airbus): a company that acts is asked with "wer". */
    @Test
    void aCompanyThatDoesSomethingIsAskedWithWerAndOneThatHasSomethingWithWas() {
        assertThat(prompts("Die Deutsche Lufthansa AG hat daher vorsorglich 142 Flüge ab Frankfurt gestrichen."))
            .contains("Wer hat vorsorglich 142 Flüge ab Frankfurt gestrichen?");
        assertThat(prompts("Die Glock GmbH besitzt drei Werke in Österreich und den USA."))
            .noneMatch(p -> p.startsWith("Wer besitzt"));
    }

    /** From the corpus (art_076, art_103): the clause after a colon is asked as the main clause it is. */
    @Test
    void theClauseAfterAColonIsAskedAsAMainClause() {
        assertThat(prompts("Zuletzt machte die Gruppe im Juli 2009 von sich reden: Bei einem Selbstmordattentat auf zwei "
            + "Luxushotels in Jakarta wurden sieben Menschen getötet.")).contains("Wie viele Menschen wurden bei einem "
                + "Selbstmordattentat auf zwei Luxushotels in Jakarta getötet?");
        assertThat(prompts("Der entsprechende Beschluss: Die SPÖ spricht sich klar gegen eine Koalition mit der FPÖ auf "
            + "allen politischen Ebenen aus.")).contains("Wer spricht sich klar gegen eine Koalition mit der FPÖ auf "
                + "allen politischen Ebenen aus?").noneMatch(p -> p.startsWith("Auf wem") || p.startsWith("Gegen wen"));
    }

    /** Not an interview's turn, what someone said, nor words put before the verb that says who named them. */
    @Test
    void theClauseAfterAColonIsNotAskedWhenSomeoneSaysIt() {
        assertThat(prompts("Fraser: Ambivalenz ist ein Zustand des Unentschlossenseins und des Zweifels.")).isEmpty();
        assertThat(prompts("Das erklärt ein Sprecher des Konzerns: Der Vorstand ergreift alle rechtlichen Maßnahmen "
            + "gegen die Täter.")).isEmpty();
        assertThat(prompts("Dennoch wagen sich manche aus der Deckung: Inklusive Tiefspeicher mindestens 90 bis 120 "
            + "Millionen Euro, nennt ein hochrangiger Museumsexperte eine geschätzte Gesamtzahl.")).isEmpty();
    }

    /** From the corpus (art_004): a participle the dictionary knows only as an adjective is still the clause's verb. */
    @Test
    void aParticipleTheDictionaryKnowsOnlyAsAnAdjectiveIsStillTheVerb() {
        assertThat(prompts("Die Setzlinge werden in einem Brutkasten auf Nährstoffboden herangezogen."))
            .contains("Was wird in einem Brutkasten auf Nährstoffboden herangezogen?");
    }

    /** "die andere Hälfte": a part of something the sentence before names is no answer of its own. */
    @Test
    void aPartOfSomethingNamedBeforeIsNoAnswer() {
        assertThat(wh("Die andere Hälfte wird auf Nährstoffboden in einem Brutkasten herangezogen."))
            .noneMatch(q -> q.solution().equalsIgnoreCase("die andere Hälfte"));
        assertThat(wh("Die Hälfte der Bäume wird in einem Brutkasten auf Nährstoffboden herangezogen."))
            .anyMatch(q -> q.solution().equalsIgnoreCase("die Hälfte der Bäume"));
    }

    /** From the corpus (art_070): "auch" before the subject says the sentences before named others. */
    @Test
    void aPredicateIsNotAskedOfASubjectThatIsAlsoOne() {
        assertThat(prompts("Auch der Bürgermeister ist ein Freund des Festivals.")).isEmpty();
        assertThat(prompts("Der Bürgermeister ist ein Freund des Festivals."))
            .contains("Was ist der Bürgermeister?");
    }

    /**
     * From the corpus (art_029): a participle's attribute with a preposition inside the subject, between its article
     * and its noun, is no preposition before the subject's head, and the participle is a verb's form the dictionary
     * knows as an adjective.
     */
    @Test
    void aSubjectWithAParticiplesAttributeIsAskedForWhole() {
        assertThat(wh("Die in der Galerie gezeigte Fotoserie stammt von einer jungen Fotografin aus Baku."))
            .anyMatch(q -> q.prompt().equals("Was stammt von einer jungen Fotografin aus Baku?")
                && q.solution().equals("Die in der Galerie gezeigte Fotoserie"));
    }

    /** From Wikinews (train split, hand-read set 59): animals are asked with "was", though "Löwin" is a word. */
    @Test
    void animalsAreAskedWithWas() {
        assertThat(prompts("Wilde Löwen, elegante Gazellen oder zupackende Tiger verraten einiges über den sportlichen "
            + "Anspruch.")).contains("Was verrät einiges über den sportlichen Anspruch?")
            .noneMatch(p -> p.startsWith("Wer"));
    }

    /** "jeder Vierte": a share of people, which neither "wer" nor "was" asks for. */
    @Test
    void aShareOfPeopleIsNoAnswer() {
        assertThat(wh("In der Bevölkerung hat mittlerweile jeder Vierte eine Tätowierung."))
            .noneMatch(q -> q.solution().equals("jeder Vierte"));
    }

    /** Hand-read set 59: a phrase that keeps "auch" or "wiederum" ties the question to sentences it does not show. */
    @Test
    void aPhraseTiedToTheSentencesBeforeIsNotKeptInAQuestion() {
        assertThat(prompts("Auch die U-Bahn-Linie U1 musste zeitweise den Betrieb einstellen."))
            .noneMatch(p -> p.contains("auch"));
        assertThat(prompts("Die Spirit Avert AG wiederum besitzt eine hundertprozentige Tochter namens Mindset AG."))
            .noneMatch(p -> p.contains("wiederum"));
        assertThat(prompts("Die U-Bahn-Linie U1 musste zeitweise den Betrieb einstellen."))
            .contains("Was musste die U-Bahn-Linie U1 zeitweise einstellen?");
    }

    /**
     * From the corpus (art_023): "auch" on the subject is left out of a question about what the subject did, which
     * asks nothing the sentences before hold; who did it is still not asked, since others did too.
     */
    @Test
    void alsoOnTheSubjectIsLeftOutOfAQuestionAboutTheRest() {
        assertThat(prompts("Auch Vertreter von Amnesty International verurteilten den Einsatz der Polizei."))
            .contains("Was verurteilten Vertreter von Amnesty International?")
            .noneMatch(p -> p.startsWith("Wer"));
    }

    /** Hand-read set 112 (DER STANDARD): a first word before an article is written small in the middle. */
    @Test
    void aFirstWordBeforeAnArticleLosesItsCapital() {
        assertThat(prompts("Gut eine Woche vor der Bundespräsidentenwahl liegen im APA/OGM-Vertrauensindex drei "
            + "Kandidaten deutlich im Plus.")).isNotEmpty().noneMatch(p -> p.contains(" Gut "))
            .anyMatch(p -> p.contains(" gut eine Woche"));
        assertThat(prompts("All die aus der Vorinstallation entfernten Apps stehen natürlich weiterhin über den Play "
            + "Store kostenlos zur Verfügung.")).isNotEmpty().noneMatch(p -> p.contains(" All "))
            .anyMatch(p -> p.contains(" all die"));
    }

    /** Hand-read set 112 (DER STANDARD): a name after a noun of doing is the one it is done to, no title's. */
    @Test
    void anActOnSomeoneNamedIsAskedWithWas() {
        assertThat(prompts("Obwohl die Abgeordneten im Parlament eine Auslieferung Heinz-Christian Straches einstimmig "
            + "abgelehnt haben, ist die Fotocausa für den FPÖ-Chef juristisch noch lange nicht vom Tisch."))
            .contains("Was haben die Abgeordneten im Parlament einstimmig abgelehnt?")
            .noneMatch(p -> p.startsWith("Wen"));
    }

    /** Hand-read set 112 (DER STANDARD): "etwa" before a name gives an example, which a question leaves out. */
    @Test
    void forInstanceBeforeANamedSubjectIsLeftOutOfTheQuestion() {
        assertThat(prompts("Einen Widerruf nach der ZiB 2 musste im Februar etwa die grüne Nationalratsabgeordnete "
            + "Gabriela Moser veröffentlichen.")).contains(
                "Wann musste die grüne Nationalratsabgeordnete Gabriela Moser einen Widerruf nach der ZiB 2 "
                    + "veröffentlichen?")
            .noneMatch(p -> p.contains("etwa"));
        assertThat(prompts("Im Jahr 2015 verließen etwa 500 Menschen die Stadt."))
            .contains("Wann verließen etwa 500 Menschen die Stadt?");
    }

    /** Hand-read set 112 (DER STANDARD): a post shown as it was sent is someone's words, not what happened. */
    @Test
    void aPostShownAsSentIsNotAskedAbout() {
        String text = "Bundespräsident Heinz Fischer verurteilte den Protest vor dem Flüchtlingsquartier. FPÖ begrüßt "
            + "geflüchtete Kinder in Erdberg. pic.twitter.com/lmceQwMbYP Neben Strache klagt Christandl wie berichtet "
            + "auch den Wiener FPÖ-Obmann Johann Gudenus.";
        assertThat(prompts(text)).anyMatch(p -> p.contains("Flüchtlingsquartier"))
            .noneMatch(p -> p.contains("Erdberg") || p.contains("Gudenus"));
        assertThat(statements(text, 12, true)).noneMatch(s -> s.contains("Erdberg") || s.contains("Gudenus"));
        assertThat(statements(text, 12, false)).noneMatch(s -> s.contains("Erdberg") || s.contains("Gudenus"));
    }

    /** Hand-read set 112 (DER STANDARD): a clause cut at a dash, its verb's particle further on, is not asked. */
    @Test
    void aClauseCutBeforeItsVerbsParticleIsNotAsked() {
        assertThat(prompts("Google weist während der Einrichtung übrigens – zurecht – darauf hin, dass eine "
            + "Fingerabdrucksperre weniger Sicherheit bietet als ein guter PIN oder ein Passwort."))
            .noneMatch(p -> p.startsWith("Wer weist"));
    }

    /** Hand-read set 112 (DER STANDARD): "demnach", according to what the sentence before told, is no statement's. */
    @Test
    void aStatementDoesNotKeepDemnach() {
        String text = "Die Gesundheitsbehörde CDC hat eine Studie veröffentlicht. Rund 480.000 Todesfälle gehen in den "
            + "USA demnach jährlich auf Folgen des Rauchens zurück.";
        assertThat(statements(text, 12, true)).noneMatch(s -> s.contains("demnach"));
        assertThat(statements(text, 12, false)).noneMatch(s -> s.contains("demnach"));
    }

    /** Hand-read set 112 (DER STANDARD): an answer whose genitive the parse hung elsewhere is no whole phrase. */
    @Test
    void anAnswerCutFromItsGenitiveIsNotAsked() {
        assertThat(wh("Austria-Trainer Thorsten Fink muss wegen unsportlichen Verhaltens und Nichtbefolgung einer "
            + "Verbandsanordnung 200 Euro Strafe zahlen.")).isNotEmpty()
            .noneMatch(q -> q.solution().endsWith("Nichtbefolgung"));
    }

    /**
     * Hand-read set 113 (DER STANDARD): "an diesem Sonntag" is not made "an dem Sonntag", "dann" is left out, "nach
     * diesen Angaben" and an adverb said twice are not asked, and a "Lkw-Lenker" is asked with "wer".
     */
    @Test
    void pointingWordsAndADriverInSet113() {
        assertThat(prompts("Der Große Preis von Monaco startet an diesem Sonntag (14.00 Uhr/RTL und Sky)."))
            .noneMatch(p -> p.contains("an dem Sonntag"));
        assertThat(prompts("Die Fortsetzung gibt es dann ab Ende April in fünf Folgen."))
            .contains("Was gibt es ab Ende April in fünf Folgen?");
        assertThat(prompts("Insgesamt stellte die Polizei nach diesen Angaben vergangenes Jahr insgesamt 13.846 rechte "
            + "Straftaten fest.")).noneMatch(p -> p.contains("nach den Angaben") || p.contains("insgesamt"));
        assertThat(prompts("Der Lkw-Lenker bog rechts ab, zeitgleich fuhr die Zehnjährige über den Radweg."))
            .contains("Wer bog rechts ab?").doesNotContain("Was bog rechts ab?");
    }

    /** Hand-read set 112 (DER STANDARD): a model's number and a score are no counts. */
    @Test
    void aModelNumberAndAScoreAreNotAskedWithHowMany() {
        assertThat(prompts("Für Grafikaufgaben steht dem Prozessor eine Adreno 430 GPU zur Seite, die in dieser "
            + "Hinsicht absolute Topwerte liefert.")).noneMatch(p -> p.startsWith("Wie viele"));
        assertThat(prompts("Baumeister Richard Lugner liegt mit minus 45 Punkten klar an letzter Stelle."))
            .contains("Wer liegt mit minus 45 Punkten klar an letzter Stelle?")
            .noneMatch(p -> p.startsWith("Wie viele"));
        assertThat(prompts("Der Konzern hat in Jena 30 Mitarbeiter entlassen."))
            .contains("Wie viele Mitarbeiter hat der Konzern in Jena entlassen?");
    }

    /** Hand-read set 59: "Dabei wurden vier Menschen getötet" counts the dead of one attack, not of all. */
    @Test
    void aCountInTheEventJustToldIsNotAskedWithoutIt() {
        assertThat(prompts("Dabei wurden bisher vier Menschen getötet.")).noneMatch(p -> p.startsWith("Wie viele"));
        assertThat(prompts("Bei dem Anschlag in der Hauptstadt wurden bisher vier Menschen getötet."))
            .anyMatch(p -> p.startsWith("Wie viele"));
    }

    /** Hand-read set 59: "in dieser Beziehung", in this respect, is no "in der Beziehung", a relationship. */
    @Test
    void inThisRespectIsNotMadeARelationship() {
        assertThat(prompts("Ein Babyface wie Mario Götze lässt sich in dieser Beziehung weit weniger gut vermarkten als "
            + "ein markanter Typ wie Jerome Boateng.")).noneMatch(p -> p.contains("in der Beziehung"));
        assertThat(statements("Ein Babyface wie Mario Götze lässt sich in dieser Beziehung weit weniger gut vermarkten "
            + "als ein markanter Typ wie Jerome Boateng. Jerome Boateng wirbt für Sportschuhe.", 10, true))
            .noneMatch(p -> p.contains("in der Beziehung"));
    }

    /**
     * Hand-read set 59: "Wer sitzt … in Untersuchungshaft? – Die Politikerin" is answered right with the name of the
     * one person the sentence before names, of the role's gender; not where the sentence before names two.
     */
    @Test
    void aRoleIsAnsweredRightWithTheNameOfWhomItMeans() {
        assertThat(wh("Die frühere Regierungschefin Julia Timoschenko steht in Kiew vor Gericht. Die Politikerin sitzt "
            + "seit Anfang August 2011 in Untersuchungshaft.")).filteredOn(q -> q.solution().equals("Die Politikerin"))
            .isNotEmpty().allMatch(q -> q.answers().containsAll(List.of("Julia Timoschenko", "Timoschenko")));
        assertThat(wh("Die Anklage will Julia Timoschenko und Viktor Janukowitsch in Kiew vor Gericht sehen. Die "
            + "Politikerin sitzt seit Anfang August 2011 in Untersuchungshaft."))
            .filteredOn(q -> q.solution().equals("Die Politikerin")).isNotEmpty()
            .allMatch(q -> q.answers().stream().noneMatch(a -> a.contains("Timoschenko")));
    }

    /** Hand-read set 59: "derweil" ties the clause to the text before and is left out, as "unterdessen" is. */
    @Test
    void derweilIsLeftOutOfAQuestion() {
        assertThat(prompts("In Ländern wie Neuseeland und Japan entwickelte sich das Tätowieren derweil zur Kunstform."))
            .isNotEmpty().noneMatch(p -> p.contains("derweil"));
    }

    /**
     * From the corpus (art_068): "haben" read as a full verb, with the participle that ends the sentence hung inside
     * the words between the commas, is no clause to state ("Die jungen SPÖler haben einen … Antrag.").
     */
    @Test
    void aClauseWhoseParticipleTheParseCutOffIsNotStated() {
        String text = "Einen neuen Antrag haben die jungen SPÖler, vertreten durch JG-Bundeschefin und "
            + "Nationalratsabgeordnete Katharina Kucharowits, bereits beim vorletzten Bundesparteivorstand eingebracht.";
        assertThat(statements(text, 10, true)).noneMatch(s -> s.endsWith("Antrag."));
        assertThat(prompts(text)).noneMatch(p -> p.endsWith("Antrag?") || p.startsWith("Was hat"));
    }

    /** Hand-read set 60: "Piraten", which the headline's "Somalische Piraten" made a name, is no surname to swap. */
    @Test
    void aCommonNounIsNoSurnameToSwap() {
        String text = "Somalische Piraten ertrinken mit Lösegeld\n\nEin Motorboot, auf dem sich nach Angaben des "
            + "Piratenchefs Mohamed Said 300.000 US-Dollar befunden haben sollen, ist gekentert. Piraten hatten 2008 vor "
            + "der somalischen Küste über 100 Schiffe angegriffen, und ein Großteil davon konnte gekapert werden.";
        assertThat(falseStatements(text, 30)).noneMatch(s -> s.startsWith("Said") || s.startsWith("Mohamed Said"));
    }

    /** Hand-read set 60: "Der Tathergang stellt sich so dar: …": the verb's "so" is no connective to leave out. */
    @Test
    void theVerbsSoIsNotLeftOut() {
        assertThat(prompts("Der Tathergang stellt sich nach Polizeiangaben so dar: Die tödlichen Schüsse fielen nach "
            + "einer Geburtstagsfeier.")).noneMatch(p -> p.contains("stellt sich"));
        assertThat(statements("Der Tathergang stellt sich nach Polizeiangaben so dar: Die tödlichen Schüsse fielen "
            + "nach einer Geburtstagsfeier.", 10, true)).noneMatch(p -> p.contains("stellt sich"));
    }

    /** Hand-read set 60: "Wer hegt den Verdacht?" leaves out which, the clause after the comma. */
    @Test
    void aNounWhoseContentFollowsItsCommaIsNotAskedWithoutIt() {
        assertThat(prompts("Die Staatsanwaltschaft hegt den Verdacht, Ertel könnte seit 2012 wiederholt Reisekosten "
            + "falsch abgerechnet haben.")).noneMatch(p -> p.endsWith("den Verdacht?"));
    }

    /** Hand-read set 60: countries that do something together, and the Verfassungsschutz, are asked with "wer". */
    @Test
    void countriesTogetherAndAnOfficeThatActAreAskedWithWer() {
        assertThat(prompts("Im Frühjahr 2005 erarbeiteten Kamerun und Frankreich einen Maßnahmenplan zur "
            + "Mängelbeseitigung.")).anyMatch(p -> p.startsWith("Wer erarbeitete")).noneMatch(p -> p.startsWith("Was erarbeitete"));
        assertThat(prompts("Der Verfassungsschutz hält eine Veröffentlichung der Liste auf genannter Seite für "
            + "unbedenklich.")).anyMatch(p -> p.startsWith("Wer hält")).noneMatch(p -> p.startsWith("Was hält eine"));
    }

    /** Hand-read set 60: "könnte zur Sonne geschleudert werden": where to, not what for. */
    @Test
    void whereSomethingIsThrownIsAskedWithWohin() {
        assertThat(prompts("Das Objekt könnte aber auch zur Sonne geschleudert werden, wo es schmelzen würde."))
            .contains("Wohin könnte das Objekt auch geschleudert werden?").noneMatch(p -> p.startsWith("Wozu"));
    }

    /** Hand-read set 60: a negation keeps no "jedoch", which ties the sentence to one before as it no longer can. */
    @Test
    void aNegationKeepsNoConnective() {
        assertThat(falseStatements("Der Verfassungsschutz hält eine Veröffentlichung der Liste auf genannter Seite "
            + "jedoch für unbedenklich.", 10)).noneMatch(s -> s.contains("jedoch"));
    }

    /** Hand-read set 61: an inauguration is no body ("führung"), a boss is someone, and a family is no "aus wem". */
    @Test
    void anInaugurationIsNoBodyABossIsSomeoneAndAFamilyIsNoAusWem() {
        assertThat(prompts("Am 10. Dezember soll die Amtseinführung des neuen Präsidenten vorgenommen werden."))
            .contains("Was soll am 10. Dezember vorgenommen werden?").noneMatch(p -> p.startsWith("Wer"));
        assertThat(prompts("Der Gewerkschaftsboss setzte wegweisende Änderungen im Tarifwerk durch."))
            .contains("Wer setzte wegweisende Änderungen im Tarifwerk durch?");
        assertThat(prompts("Heinz Kluncker stammte aus einer Handwerkerfamilie in Wuppertal."))
            .noneMatch(p -> p.startsWith("Aus wem"));
    }

    /** Hand-read set 61: "der Mann" is no one the sentence before names only in the genitive. */
    @Test
    void aRoleAnyoneMayHaveIsNotTakenForWhomTheSentenceBeforeNames() {
        assertThat(wh("Das Grab des 1849 verstorbenen Schriftstellers Edgar Allan Poe wird seit 58 Jahren von einem "
            + "Unbekannten besucht. Der Mann lässt jährlich eine halbvolle Flasche Cognac und drei rote Rosen zurück."))
            .allMatch(q -> q.answers().stream().noneMatch(a -> a.contains("Poe") && !q.solution().contains("Poe")));
    }

    /** Hand-read set 61: "des „Red Bull Racing Teams“" names no one whose surname a false statement could swap in. */
    @Test
    void aNameInQuotationMarksBeforeANounIsNoOnes() {
        String text = "Formel-1-Pilot Christian Klien weist Vorwurf zurück\n\nNach dem Besuch wurde gegen Klien Anzeige "
            + "wegen Körperverletzung erstattet. Klien wurde vorgeworfen, an der Schlägerei beteiligt gewesen zu sein.\n\n"
            + "Klien ist derzeit Fahrer des „Red Bull Racing Teams“.";
        assertThat(falseStatements(text, 30)).noneMatch(s -> s.contains("Racing") && !s.contains("Red Bull"));
    }

    /**
     * Hand-read set 61: a company with "Motors" in its name acts ("wer"), a country that counts as something is "was",
     * and "Erdfalten" are no old people ("Durch wen …?").
     */
    @Test
    void aCompanyActsACountryCountedAsSomethingIsWasAndFoldsAreNoOne() {
        assertThat(prompts("Tesla Motors will nach eigenen Angaben weitere Joint-Ventures eingehen."))
            .contains("Wer will nach eigenen Angaben weitere Joint-Ventures eingehen?");
        assertThat(prompts("Haiti gilt als das ärmste Land der westlichen Hemisphäre."))
            .noneMatch(p -> p.startsWith("Wer gilt"));
        assertThat(prompts("Durch Erdfalten baut sich ein Kompessionsdruck in den aufeinander liegenden Platten auf."))
            .noneMatch(p -> p.startsWith("Durch wen"));
    }

    /** Hand-read set 61: "mit dem Ziel, …" inside the object says what for only with the clause after the comma. */
    @Test
    void aContentNounInsideAPhraseIsNotAskedWithoutItsClause() {
        assertThat(prompts("Der deutsche Innenminister Thomas de Maizière plant eine Ergänzung des "
            + "Bundesdatenschutzgesetzes mit dem Ziel, die Persönlichkeitsrechte von Internetnutzern zu stärken."))
            .noneMatch(p -> p.endsWith("mit dem Ziel?"));
    }

    /** Hand-read set 61: "nicht um einen Exklusivvertrag": what it is not, which no question asks for. */
    @Test
    void whatSomethingIsNotIsNotAskedFor() {
        assertThat(prompts("Allerdings handelt es sich bei der Vereinbarung nicht um einen Exklusivvertrag.")).isEmpty();
    }

    /** Hand-read set 61: the "als" phrase a comparative measures against stays after it in a statement. */
    @Test
    void whatAComparisonMeasuresAgainstIsNotPutFirst() {
        assertThat(statements("Die Demutsgesten von Franziskus werden bereits als viel mehr gesehen als ein "
            + "persönlicher bescheidener Lebensstil.", 20, true)).noneMatch(s -> s.startsWith("Als"));
    }

    /** Hand-read set 61: "im Wohnheim Domus Paolo IV" is a house, not whom the next sentence's "er" means. */
    @Test
    void aHousesNameIsNoOneAPronounCouldMean() {
        assertThat(prompts("An diesem Tag holte Franziskus auch noch persönlich sein Gepäck im Wohnheim Domus Paolo IV ab "
            + "und beglich die Rechnung. Persönlich rief er auch in Buenos Aires an, um sein Zeitungsabo zu kündigen."))
            .noneMatch(p -> p.contains("Domus Paolo") && !p.contains("im Wohnheim"));
    }

    /** From DER STANDARD (10kGNAD, hand-read set 104 for #13): "Jinping hatte angekündigt, … mit Xi …" for Obama. */
    @Test
    void noPersonIsSwappedInBesideThemselves() {
        String visit = "Chinas Präsident Xi Jinping besucht die USA. Xi war bereits am Dienstag in Seattle eingetroffen. "
            + "Barack Obama empfängt ihn. Obama hatte angekündigt, bei seinem Treffen mit Xi auch seinen Ärger über "
            + "Cyberattacken anzusprechen.";
        assertThat(falseStatements(visit, 60)).noneMatch(s -> s.contains("Jinping hatte") || s.contains("Xi Jinping hatte"))
            .anyMatch(s -> s.startsWith("Barack Obama") || s.contains("Xi war bereits am"));
    }

    /** From DER STANDARD (10kGNAD, hand-read set 104 for #13): "Kopf" was accepted for "Ein Kopf-an-Kopf-Rennen". */
    @Test
    void aCompoundTakenApartAtItsHyphensIsAcceptedWhole() {
        assertThat(wh("Ein Kopf-an-Kopf-Rennen gibt es auch im Bezirk Währing."))
            .filteredOn(q -> q.solution().contains("Rennen")).isNotEmpty()
            .allSatisfy(q -> assertThat(q.answers()).doesNotContain("Kopf").contains("Kopf-an-Kopf-Rennen"));
    }

    /** From DER STANDARD (10kGNAD, hand-read set 104 for #13): "das" and "solch eines" stood for the sentence before. */
    @Test
    void aSentenceWithDasOrSolchForWhatCameBeforeIsNotFalsified() {
        String text = "In Deutschland arbeiten viele Flüchtlinge bereits nach drei Monaten in Betrieben. "
            + "In Österreich geht das nur sehr begrenzt in Gastgewerbe und Landwirtschaft. "
            + "Ein gutes Passwort hat zwölf Zeichen. Um solch eines zu erraten, bräuchte man laut den Experten um die "
            + "811 Billionen Versuche.";
        assertThat(falseStatements(text, 40)).noneMatch(s -> s.contains("geht das") || s.contains("solch eines"));
        assertThat(statements("Die Stadt kaufte ein Werkzeug, das die Gewerkschaft in Wien entwickelt hatte. Die "
            + "Gewerkschaft sitzt in Graz.", 40, false)).anyMatch(s -> s.contains("Graz") || s.contains("Wien"));
    }

    /** From DER STANDARD (10kGNAD, hand-read set 104 for #13): "Womit werden startet das ZDF?" from two clauses read as one. */
    @Test
    void twoClausesOnEitherSideOfAColonAreNotAskedAsOne() {
        assertThat(prompts("Es soll das deutsche Gegenstück zum US-Hit Breaking Bad werden: Das ZDF startet mit einer "
            + "fünfteiligen Miniserie ins neue Jahr.")).noneMatch(p -> p.contains("werden startet"));
    }

    /** From the corpus (art_028, art_072): a participle at the end of a full verb's clause is no second finite verb. */
    @Test
    void aParticipleSayingHowSomeoneWasEndsTheQuestion() {
        assertThat(prompts("O’Keefe und sein Sohn überlebten den Absturz schwer verletzt."))
            .contains("Wer überlebte den Absturz schwer verletzt?");
        assertThat(prompts("Befürworter eines Austritts Großbritanniens aus der EU sahen sich durch den Times-Bericht "
            + "bestätigt.")).contains("Wer sah sich durch den Times-Bericht bestätigt?");
    }

    /** From the corpus (art_072): the place at the end of an English name is no place to swap. */
    @Test
    void theTownInAnEnglishNameStays() {
        String times = "Die Times of London berichtete über einen geheimen Plan. Der Plan wurde in Brüssel entworfen.";
        assertThat(falseStatements(times, 12)).noneMatch(s -> s.contains("of Brüssel"));
    }

    /** From DER STANDARD (hand-read set 105 for #13): after what, or the latest of what, the sentence before says. */
    @Test
    void thenAndTheLatestPointToTheSentenceBefore() {
        assertThat(Words.pointsBackAlone("Erst dann beginnen Verhandlungen über einen neuen Kredit.")).isTrue();
        assertThat(Words.pointsBackAlone("Im jüngsten gingen die Linzer als Sieger vom Feld.")).isTrue();
        assertThat(Words.pointsBackAlone("Im jüngsten Duell gingen die Linzer als Sieger vom Feld.")).isFalse();
        assertThat(Words.pointsBackAlone("Wenn es regnet, dann beginnen die Verhandlungen später.")).isFalse();
    }

    /** From DER STANDARD (hand-read set 105 for #13): a team named by its league and a firm of lawyers act as "wer". */
    @Test
    void aTeamByItsLeagueAndALawFirmAreWer() {
        assertThat(prompts("Vor zwei Jahren schaffte der Zweitligist unter Gerald Baumgartner den Einzug ins Finale."))
            .contains("Wer schaffte vor zwei Jahren unter Gerald Baumgartner den Einzug ins Finale?")
            .noneMatch(p -> p.startsWith("Was schaffte vor"));
        assertThat(prompts("Eingebunden war auch die Wiener Anwaltskanzlei Lansky, die bei der Kampagne in New York "
            + "helfen sollte.")).noneMatch(p -> p.startsWith("Was sollte"));
    }

    /** From DER STANDARD (hand-read set 105 for #13): "in die Regierung" after "den Eintritt" is the entry's. */
    @Test
    void theEntryKeepsWhereItLeads() {
        String sentence = "Theodorakis schloss am Montag den Eintritt seiner Partei in die Regierung aus.";
        assertThat(prompts(sentence)).doesNotContain("Was schloss Theodorakis am Montag in die Regierung aus?")
            .contains("Wer schloss am Montag den Eintritt seiner Partei in die Regierung aus?");
        assertThat(statements(sentence, 12, false)).noneMatch(s -> s.contains("Partei nicht in die Regierung"));
    }

    /**
     * From DER STANDARD (hand-read set 105 for #13): a country's genitive read as the subject, an adjective hung on the
     * noun before it and a passive's agent read as part of its subject are misparses that give nothing.
     */
    @Test
    void aGenitiveSubjectAnAdjectiveAfterItsNounAndAnAgentInTheSubjectAreMisparses() {
        String genitive = "Nach der langen Nacht von Brüssel ruft Griechenlands geschlagene Linke am Montagabend zur "
            + "Protestkundgebung auf.";
        assertThat(prompts(genitive)).noneMatch(p -> p.contains("Griechenlands nach"));
        assertThat(statements(genitive, 12, true)).noneMatch(s -> s.startsWith("Griechenlands ruft"));
        assertThat(statements("Mit Arsenal steht am Mittwoch zum Abschluss der Gruppenspiele der Champions League ein "
            + "Dauergast in der K.o.-Phase schwer unter Druck.", 12, true)).noneMatch(s -> s.startsWith("Ein Dauergast"));
        // "bekannt/amod" of "gab … bekannt" is the verb's particle, and "links vom Haupteingang" says where
        assertThat(prompts("Der Internationale Währungsfonds (IWF) gab gestern einen Schuldenerlass für 19 der 20 "
            + "ärmsten Länder der Erde bekannt.")).isNotEmpty();
        assertThat(statements("Der Hochhaus-Trakt links vom Haupteingang soll künftig zum Wohnen genutzt werden.", 12,
            true)).isNotEmpty();
        String agent = "Am Dienstagnachmittag wurde in Liesing ein Arbeiter von einer Betonplatte getroffen.";
        assertThat(statements(agent, 12, true)).noneMatch(s -> s.contains("Arbeiter von einer Betonplatte wurde"));
        assertThat(statements(agent, 12, false)).noneMatch(s -> s.contains("Arbeiter von einer Betonplatte"));
    }

    /** From DER STANDARD (hand-read set 105 for #13): "Olympique Lyon" and "Olympiakos Piräus" are clubs, no people. */
    @Test
    void clubsThatOpenLikeAGivenNameAreNoPeople() {
        assertThat(People.of(GermanAnalysis.analyze("Valencia hat das Schlusslicht Olympique Lyon zu Gast. Arsenal spielt "
            + "bei Olympiakos Piräus. Dani Alves ist gesperrt."), GermanAnalysis.MORPHOLOGY).persons())
            .extracting(People.Person::name).containsExactly("Dani Alves");
    }

    /** From DER STANDARD (hand-read set 105 for #13): "St." of "St. Petersburg" is no answer alone. */
    @Test
    void anAbbreviationOpeningANameIsNoAnswerAlone() {
        assertThat(wh("In Gruppe H ist St. Petersburg fix Erster.")).isNotEmpty()
            .allSatisfy(q -> assertThat(q.answers()).doesNotContain("St."));
    }

    /** From DER STANDARD (hand-read set 105 for #13): when the news came out is no fact of the story to falsify. */
    @Test
    void howTheNewsCameOutIsNotFalsified() {
        assertThat(falseStatements("Der LASK spielt am Dienstag in Wien. Wie ebenfalls am Montag bekannt wurde, zogen "
            + "sich Roi Kehat und Thomas Salamon in Grödig Bänderverletzungen zu.", 12))
            .noneMatch(s -> s.startsWith("Wie ebenfalls am Dienstag"));
    }

    /** From DER STANDARD (hand-read set 105 for #13): a teaser's "Team von Arsene Wenger", without its article. */
    @Test
    void aBodyWithoutItsArticleIsATeasersSubject() {
        String teaser = "Team von Arsene Wenger kämpft in Griechenland um die Serie.";
        assertThat(prompts(teaser)).isEmpty();
        assertThat(statements(teaser, 12, true)).isEmpty();
        assertThat(prompts("Das Team von Arsene Wenger kämpft in Griechenland um die Serie.")).isNotEmpty();
    }

    /** From DER STANDARD (hand-read set 105 for #13): "die Austria" of Austrian sports news is a club, asked with "wen". */
    @Test
    void theAustriaIsAClub() {
        assertThat(prompts("Gegen die Austria gingen bis dato sechs von acht Cup-Duellen verloren."))
            .contains("Gegen wen gingen bis dato sechs von acht Cup-Duellen verloren?").noneMatch(p -> p.startsWith("Wogegen"));
    }

    /**
     * Hand-read set 106: a grading word asked twice, a particle put before the subject, and an adverb tagged as a name.
     */
    @Test
    void aGradedTimeIsAskedOnceAndAPhraseAfterItsOwnParticleIsNotAsked() {
        assertThat(prompts("Die Expertise wird voraussichtlich erst im März vorliegen."))
            .contains("Wann wird die Expertise voraussichtlich vorliegen?")
            .doesNotContain("Wann wird die Expertise voraussichtlich erst vorliegen?");
        assertThat(prompts("Die Tageskontingente sollen aber offenbar auch in Österreich nicht starr gehandhabt werden."))
            .noneMatch(p -> p.startsWith("Wo sollen auch"));
        assertThat(prompts("Ganz starr sollen die Tageskontingente aber offenbar auch in Österreich nicht gehandhabt "
            + "werden.")).noneMatch(p -> p.contains("ganz starr aber"));
        assertThat(prompts("Eine Rolle spielt auch die Religion der Flüchtlinge in Polen."))
            .contains("Was spielt auch eine Rolle?");
    }

    /** Hand-read set 106: a name cut in two by the parse, and a verb before a name taken for a given name. */
    @Test
    void aOneWordNameBeforeTheRestOfItAndAVerbBeforeANameMakeNoPerson() {
        assertThat(wh("Mit anderer Besetzung tritt Iggy Pop am 4. Juni beim Festival Rock in Vienna auf."))
            .noneMatch(q -> q.prompt().contains("Iggy mit") || q.prompt().contains("Besetzung Pop")
                || q.answers().contains("Iggy"));
        assertThat(People.of(GermanAnalysis.analyze("Dennoch ist Iggy Pop müde. Sagt Iggy Pop. Er sang mit David Bowie."),
            GermanAnalysis.MORPHOLOGY).persons()).extracting(People.Person::name).doesNotContain("Sagt Iggy");
        assertThat(People.of(GermanAnalysis.analyze("Die Römer waren gegen den Zweitligisten Spezia Calcio ausgeschieden. "
            + "Massimo Maccarone traf zweimal."), GermanAnalysis.MORPHOLOGY).persons())
            .extracting(People.Person::name).containsExactly("Massimo Maccarone");
    }

    /**
     * Hand-read set 106: an adjective read as the subject, two versions of a sentence run together, and a title read
     * as a person's apposition.
     */
    @Test
    void misparsesOfSet106GiveNoQuestion() {
        assertThat(prompts("Fix ist FP-Landeschef Johann Tschürtz als Niessls Stellvertreter und Landesrat für Sicherheit."))
            .noneMatch(p -> p.startsWith("Wer ist FP-Landeschef"));
        assertThat(prompts("Als Grund nannte die Behörde einen Personalengpass angeführt."))
            .noneMatch(p -> p.contains("angeführt"));
        assertThat(prompts("Am Freitag veröffentlicht der 68-Jährige \"Post Pop Depression\"."))
            .doesNotContain("Wer veröffentlicht am Freitag?");
        assertThat(prompts("Die Polizei stoppte am Samstag in Mainz zahlreiche Autofahrer."))
            .contains("Wer stoppte am Samstag in Mainz zahlreiche Autofahrer?");
    }

    /** Hand-read set 106: a newspaper as the source of reported speech is not swapped for a person. */
    @Test
    void aNewspaperAsTheSourceIsNotSwappedForAPerson() {
        String text = "Chief Keef wird behördlich gesucht. Auch in seinen Texten habe der Musiker Gewalt verherrlicht, so "
            + "die Behörden laut New York Times. Deshalb habe Emmanuel Rahm, der Bürgermeister von Chicago, sämtliche "
            + "Auftritte untersagt. So waren der Rapper 2Pac oder Michael Jackson virtuell wieder zum Leben erweckt worden.";
        assertThat(falseStatements(text, 24)).noneMatch(s -> s.startsWith("Laut Michael Jackson")
            || s.startsWith("Laut Emmanuel Rahm"));
    }

    /** Hand-read set 107: a given name tagged as a noun, and a view whose second verb was asked without its speaker. */
    @Test
    void aGivenNameTaggedAsANounIsSomeonesAndASecondVerbOfAViewIsNotAskedAlone() {
        String record = "Den NHL-Rekord hält Wayne Gretzky mit 51 Spielen in der Saison 1983/84. Gretzky war ein Stürmer.";
        assertThat(People.of(GermanAnalysis.analyze(record), GermanAnalysis.MORPHOLOGY).persons())
            .extracting(People.Person::name).contains("Wayne Gretzky");
        assertThat(prompts(record)).noneMatch(p -> p.startsWith("Was hält den NHL-Rekord"));
        assertThat(prompts("Spaltung und Marginalisierung verletzen Menschen und untergraben die Sicherheit, betonte "
            + "der UN-Chef.")).noneMatch(p -> p.startsWith("Was untergraben"));
    }

    /**
     * Hand-read set 107: one of two guessed years, a caption before a colon, a film taken for a person, and an "er"
     * of the sentence before that stands for someone else than the name after its preposition.
     */
    @Test
    void guessesCaptionsFilmsAndAPronounBesideANameAreNotFalsifiedOrResolved() {
        String years = "Mit dem Nachweis des Higgs-Bosons schrieb das Cern 2012 Wissenschaftsgeschichte. Der LHC wurde 2008 "
            + "in Betrieb genommen. Die mühsame Aufgabe soll bis 2019 oder 2020 erledigt sein.";
        assertThat(falseStatements(years, 24)).noneMatch(s -> s.contains("bis 2019 oder") && !s.contains("2019 oder 2020")
            || s.contains("oder 2020") && !s.contains("2019 oder 2020"));
        String caption = "In Salzburg zählte man zuletzt. Der Vorher-nachher-Vergleich des Wahlergebnisses ohne und mit "
            + "Briefwählern in Linz: Mit 63,1 Prozent hat der Kaunertaler in der Stadt Innsbruck eines seiner besten "
            + "Ergebnisse in einer Landeshauptstadt eingefahren.";
        assertThat(falseStatements(caption, 24)).noneMatch(s -> s.contains("Briefwählern in Salzburg"));
        String film = "Quentin Tarantino liebt Videos. Tarantino, der vor seinem Durchbruch mit Pulp Fiction 1994 in der "
            + "Videothek arbeitete, sammelt Kassetten. Tarantino drehte zuletzt The Hateful Eight, der rund um "
            + "Weihnachten in den US-Kinos starten soll. Zur Besetzung gehört Kurt Russell.";
        assertThat(falseStatements(film, 24)).noneMatch(s -> s.startsWith("Fiction"));
        String pronoun = "Elio Vittorini starb 1966. Lange arbeitete er als Journalist und Übersetzer aus dem Englischen, "
            + "mit Cesare Pavese gab er eine Anthologie amerikanischer Literatur heraus. Zunächst war er dem Faschismus "
            + "nahegestanden.";
        assertThat(statements(pronoun, 12, true)).noneMatch(s -> s.contains("Cesare Pavese") && s.contains("Faschismus"));
    }

    /**
     * Hand-read set 108: an infinitive with "zu" read as a second verb, the time a record counts from asked with "seit
     * wann", a name after the verb read as the object, a measure asked with "wer", a possessive that opened the
     * sentence, and examples left behind.
     */
    @Test
    void misreadingsOfSet108GiveNoQuestion() {
        assertThat(prompts("Insgesamt drei Mal versuchten FPÖ und Grüne mit einem Misstrauensvotum den Rücktritt eines "
            + "Regierungsmitglieds bzw. der Bundesregierung zu erzwingen, jeweils ohne Erfolg."))
            .noneMatch(p -> p.endsWith("den Rücktritt eines Regierungsmitglieds?") || p.startsWith("Was versuchten"));
        assertThat(prompts("Im April begrüßte Nationalratspräsidentin Doris Bures den millionsten Besucher im Parlament "
            + "seit 2005.")).noneMatch(p -> p.startsWith("Seit wann"))
            .contains("Wer begrüßte im April den millionsten Besucher im Parlament seit 2005?");
        assertThat(prompts("Eine neue Serie will Lueftner 2017 drehen, um die Trilogie der Gier zu komplettieren."))
            .noneMatch(p -> p.contains("will eine neue Serie Lueftner"));
        assertThat(prompts("Die Zahl der Kinder und Jugendlichen, die seither an den Workshops teilgenommen haben, liegt "
            + "bereits bei 76.500.")).noneMatch(p -> p.startsWith("Wer liegt"));
        assertThat(wh("Slowenien ist klein. Seine Regierung wollte noch am Donnerstag über eine etwaige Obergrenze "
            + "entscheiden.")).noneMatch(q -> q.prompt().contains("seine Regierung")
                || q.solution().toLowerCase(java.util.Locale.GERMAN).startsWith("seine"));
        assertThat(prompts("Ins Sortiment werden immer wieder zeitweise auch außergewöhnliche Artikel aufgenommen, wie zum "
            + "Beispiel Einfamilienhäuser, Ultraleichtflugzeuge und jetzt eben Inseln."))
            .noneMatch(p -> p.contains("wie zum Beispiel"));
    }

    /**
     * Hand-read set 108: no "nicht" before a phrase the parse cut the object into, nor before the means; no statement
     * opening with "Dem" that stands for the sentence before; no teaser falsified.
     */
    @Test
    void negationsPointersAndTeasersOfSet108AreNotStated() {
        assertThat(falseStatements("Der Kaffeeröster bietet in einer auf fünf Wochen befristeten Aktion private Eilande "
            + "an.", 12)).noneMatch(s -> s.contains("bietet nicht in einer"));
        assertThat(falseStatements("Der 31-Jährige Thiem-Bezwinger sorgt mit einem Dreisatz-Erfolg gegen den Franzosen "
            + "Mathieu für den ersten deutschen Sieg seit 49 Jahren.", 12)).noneMatch(s -> s.contains("sorgt nicht mit"));
        assertThat(falseStatements("Am Donnerstag stockte der Verkehr in Slowenien. Dem widersprach am Mittwoch ein "
            + "Sprecher der Slowenischen Staatsbahnen, der angab, alle Bahnverbindungen im Land funktionierten "
            + "einwandfrei.", 24)).noneMatch(s -> s.startsWith("Dem widersprach"));
        String teaser = "Finanzminister Osborne sieht \"Jahre der Rezession\" – Österreichs Wirtschaft geht nicht von "
            + "Brexit aus.\n\nWien/London – Knapp fünf Wochen vor der Volksabstimmung in Großbritannien nehmen die "
            + "warnenden Stimmen zu. Am Montag war es Finanzminister George Osborne, der seinen Landsleuten für den Fall "
            + "eines Austritts aus der EU Jahre der Rezession vorausgesagt hat. Christian Kesberg, Wirtschaftsdelegierter "
            + "in London, warnt vor Panik. Wirtschaftskammer-Präsident Christoph Leitl erwartet geringe Folgen für "
            + "Österreich.";
        assertThat(falseStatements(teaser, 24)).noneMatch(s -> s.contains("sieht \"Jahre der Rezession\""));
        assertThat(falseStatements("Parlament beschloss im letzten Jahr 123 Gesetze – Rekord an schriftlichen Anfragen."
            + "\n\nWien – Der Nationalrat hat 123 Gesetze beschlossen. Es gab 69 Entschließungen.", 24))
            .noneMatch(s -> s.startsWith("Parlament beschloss"));
    }

    /**
     * Hand-read set 109: a negation the parse set aside, the teaser before the dateline, a name set off by commas, a
     * place in a ranking, a given name that shares the surname after it, and a condition the sentence before sets.
     */
    @Test
    void asidesTeasersRanksAndConditionsOfSet109() {
        String aside = "Der Windows-Konzern weist seit einiger Zeit die Geschäftszahlen seiner Online-Sparten – also der "
            + "Suchmaschine Bing und des Webportals MSN – nicht mehr gesondert aus.";
        assertThat(statements(aside, 12, true)).allMatch(s -> s.contains("nicht"));
        assertThat(prompts(aside)).allMatch(p -> p.contains("nicht"));
        String teaser = "2015 sackte Konzerngewinn ab, Aktie ebenso.\n\nMontabaur – Der Aktienkurs von United Internet fiel "
            + "am Donnerstagmittag in einem schwachen Markt um rund 5 Prozent. Im Oktober 2014 kaufte das Unternehmen "
            + "Versatel. Ralph Dommermuth selbst hält rund 40 Prozent der Anteile.";
        assertThat(wh(teaser)).isNotEmpty().noneMatch(q -> q.explanation().startsWith("2015"));
        assertThat(falseStatements(teaser, 24)).isNotEmpty().noneMatch(s -> s.contains("sackte"));
        assertThat(wh("Der Erfinder der Musikschule, Jürgen Kremb, erhebt nun schwere Vorwürfe an die Investoren und die "
            + "Stadt.")).filteredOn(q -> q.prompt().startsWith("Wer erhebt")).isNotEmpty()
            .allSatisfy(q -> assertThat(q.answers()).contains("Jürgen Kremb"));
        assertThat(prompts("Der Weltranglisten-Neunte besiegte den Russen Jewgeni Donskoj sicher mit 6:2,6:3,7:5 und trifft "
            + "nun am Freitag überraschend auf Michail Kukuschkin.")).noneMatch(p -> p.startsWith("Was trifft"));
        assertThat(falseStatements("Rafael Nadal gewann. Eine Überraschung gab es auch im Herren-Doppel: Die topgesetzten "
            + "Doppel-Superstars Bob und Mike Bryan verloren gleich zum Auftakt gegen ihre US-Landsleute Steve Johnson und "
            + "Sam Querrey.", 24)).noneMatch(s -> s.contains("Bob und") && !s.contains("Bob und Mike Bryan"));
        assertThat(wh("Österreich schließt bald die Grenze. Dann könnte Österreich gar keine Flüchtlinge mehr ins Land "
            + "lassen.")).noneMatch(q -> q.explanation().startsWith("Dann"));
        assertThat(prompts("Für alle genannten gilt die Unschuldsvermutung.")).noneMatch(p -> p.contains("genannten"));
    }

    /**
     * Hand-read set 110: an indefinite subject put back after the adverbs, "eigentlich" not fronted with a time, "die
     * anderen" pointing back, a genitive object hung on a name, a compound cut at its hyphen, and a question without
     * its source beside its twin with it.
     */
    @Test
    void orderPointersMisparsesAndTwinsOfSet110() {
        assertThat(statements("Eine schriftliche Anfrage bei Wehrschütz zum Thema interne Revision blieb vorerst ohne "
            + "Reaktion.", 12, true)).isNotEmpty().noneMatch(s -> s.endsWith("vorerst."));
        assertThat(statements("Nach rund dreieinhalbjährigen Verhandlungen wollten die Konfliktparteien eigentlich am "
            + "Mittwoch ein Friedensabkommen unterzeichnen.", 12, true)).noneMatch(s -> s.startsWith("Eigentlich am"));
        assertThat(statements("Zuerst haben die anderen Kinder gelacht.", 12, true))
            .noneMatch(s -> s.contains("anderen Kinder"));
        assertThat(prompts("Der Bericht der internen Revision belastet einen Mitarbeiter des Wiener "
            + "ORF-Korrespondentenbüros in der ORF-Generalintendanz, geleitet von Roland Adrowitzer."))
            .noneMatch(p -> p.endsWith("in der ORF?"));
        String ragger = "Der Parteiobmann Christian Ragger wurde von seinem Bundeschef Heinz-Christian Strache abserviert. "
            + "Bei Ragger dürfte eine strategische Überlegung dahinterstehen. Mit Ragger entledigt sich Strache des letzten "
            + "Repräsentanten aus der Truppe der Haider-Erben rund um den damaligen Landeshauptmann Gerhard Dörfler. Mit "
            + "dem Nationalratsabgeordneten Gernot Darmann schickt er einen loyalen Vertrauten nach Kärnten. Die Kärntner "
            + "Landespartei wird mit Darmann jetzt auf Bundeslinie gebracht, sagt die in Klagenfurt tätige "
            + "Politikwissenschaftlerin Katrin Stainer-Hämmerle. Strache will sich von allen Lasten der Vergangenheit "
            + "befreien, sagt Stainer-Hämmerle.";
        assertThat(prompts(ragger)).noneMatch(p -> p.startsWith("Wer entledigt"))
            .noneMatch(p -> p.startsWith("Mit wem wird") && !p.contains("laut"));
    }

    /** Hand-read set 111: a count of times moved keeps no capital, and "etwa" that gives an example is no guess. */
    @Test
    void aWordOfSmallLettersMovedAndAnExampleGivenWithEtwa() {
        assertThat(statements("Dreimal in Folge scheiterte Paris zuletzt im Viertelfinale.", 12, true))
            .noneMatch(s -> s.contains("Dreimal"));
        assertThat(prompts("In Nigeria etwa wurden 2013 drei Mediziner getötet, vermutlich von der Terrororganisation "
            + "Boko Haram.")).noneMatch(p -> p.contains("etwa"));
    }

    /**
     * Hand-read set 114 (DER STANDARD): a nominative the parse hung on the verb as an object, an initial after a
     * given name, an adverb of time that opens the sentence, a pronoun speaking in the frame after the words, and one
     * of two alternatives.
     */
    @Test
    void aNominativeReadAsAnObjectAnInitialAfterAGivenNameAndAnAdverbOfTime() {
        String cost = "Den damaligen Kärntner Landeshauptmann Hans Sima (SPÖ) kostete dieser Konflikt letztlich das Amt.";
        assertThat(prompts(cost)).noneMatch(p -> p.contains("das Amt der Konflikt") || p.endsWith("der Konflikt letztlich?"));
        assertThat(statements(cost, 12, true)).noneMatch(s -> s.startsWith("Das Amt kostete"));
        assertThat(prompts("Josef Ostermayer ist Kulturminister. Ostermayer, meint ein hochrangiger Museumsexperte, sei "
            + "beim Haus der Geschichte schlecht beraten worden, die finanziellen Konsequenzen schätzt er als enorm."))
            .noneMatch(p -> p.startsWith("Wen meint"));
        assertThat(prompts("Hasan E. war im März am Flughafen von Chicago festgenommen worden, wo ihn sein Cousin "
            + "abgesetzt hatte.")).contains("Wer war im März am Flughafen von Chicago festgenommen worden?")
            .noneMatch(p -> p.startsWith("Was war"));
        assertThat(prompts("Freitags läuft eine Folge auf Sky Atlantic HD auf Deutsch oder im Original."))
            .noneMatch(p -> p.startsWith("Wer läuft"));
        assertThat(prompts("Yanis Varoufakis gründet eine Bewegung. DiEM25 ist ein Beitrag gegen den Vormarsch der "
            + "radikalen Rechten in Europa, sagt er zum STANDARD.")).noneMatch(p -> p.equals("Was ist DiEM25?"));
        assertThat(prompts("Sein Anspruch ist kein geringer: Die EU wird demokratisiert werden oder sie wird zerfallen."))
            .noneMatch(p -> p.contains("demokratisiert"));
    }

    /**
     * Hand-read set 115 (DER STANDARD): "der Experte" is the one person the article titled so, whose name answers too,
     * and an oligarch is asked for with "wer".
     */
    @Test
    void aTitleAloneIsAnsweredByTheNameOfTheOnePersonItTitlesAndAnOligarchIsSomeone() {
        List<Question> questions = wh("Der Karlsruher Experte Christian Lölkes sagte am Dienstag in Hamburg, zehn Prozent "
            + "aller Druckerzeugnisse seien Ausschuss. Der Experte empfahl, den Plastikmüll zu schreddern und für andere "
            + "Druckerzeugnisse zu nutzen.");
        assertThat(questions).filteredOn(q -> q.prompt().startsWith("Wer empfahl")).singleElement()
            .satisfies(q -> assertThat(q.answers()).contains("Der Experte", "Christian Lölkes", "Lölkes"));
        assertThat(prompts("Nach einem US-Haftbefehl vom März 2014 wurde der österreich-affine Oligarch in Wien-Wieden "
            + "verhaftet.")).contains("Wer wurde nach einem US-Haftbefehl vom März 2014 in Wien-Wieden verhaftet?");
    }

    /** From the corpus (art_070): whose words, by a surname in the genitive, said again with "laut" and the full name. */
    @Test
    void someonesWordsByTheGenitiveOfASurnameAreSaidWithLaut() {
        assertThat(statements("Der russische Botschafter Sergej Andrejew sprach im Radio. Die polnisch-russischen "
            + "Beziehungen sind nach Andrejews Worten auf dem schlechtesten Stand seit 1945.", 12, true))
            .contains("Die polnisch-russischen Beziehungen sind laut Sergej Andrejew auf dem schlechtesten Stand seit 1945.");
    }

    /** From the corpus (art_003): "die Firma" in a statement is the firm the article named beside its kind. */
    @Test
    void aStatementNamesTheFirmTheArticleNamedBesideItsKind() {
        assertThat(statements("Die Führungsebene der Firma Conradty wurde inhaftiert. Die Firma Conradty war eine "
            + "alteingesessene Firma. Im Jahr 2002 wurde die Firma zahlungsunfähig und wies einen Schuldenberg von 40 "
            + "Millionen Euro aus. Von den ehemals 500 Mitarbeitern der Firma wurden 200 Mitarbeiter von einem indischen "
            + "Investor übernommen.", 12, false)).anyMatch(s -> s.contains("die Firma Conradty zahlungsunfähig"))
            .noneMatch(s -> s.contains("die Firma zahlungsunfähig"));
    }

    /** From DER STANDARD (10kGNAD test split, hand-read set 116 for #13): who is asked for, and what "wer" names. */
    @Test
    void aShareOfPeopleATitleAndAPronounBesideTheSubjectAskedFor() {
        assertThat(prompts("Rund 45 Prozent der Einwohner leben unterhalb der Armutsgrenze."))
            .anyMatch(p -> p.startsWith("Wie viel Prozent der Einwohner")).noneMatch(p -> p.startsWith("Was lebt"));
        assertThat(prompts("Der 26-jährige George Hotz hat im Alleingang ein selbstfahrendes Auto entwickelt. Der Hacker "
            + "betont, dass die Software derzeit noch in einer Frühphase ist, immerhin habe er mit der Entwicklung erst "
            + "im Oktober begonnen.")).isNotEmpty().noneMatch(p -> p.contains("habe George Hotz"));
        assertThat(prompts("Im Herbst 1990 kam \"Goodfellas\" in die Kinos. Goodfellas gilt als einer der Höhepunkte in "
            + "Scorseses Schaffen.")).contains("Was kam im Herbst 1990 in die Kinos?").noneMatch(p -> p.startsWith("Wer gilt"));
    }

    /** From DER STANDARD (10kGNAD test split, hand-read set 116 for #13): answers cut from what they need. */
    @Test
    void anAnswerKeepsTheClauseOfItsNounItsStuffAndItsCount() {
        assertThat(prompts("Auf Übermedien stellt man sich die Frage, was an diesem Rätsel dermaßen viele Nutzer anlockt."))
            .noneMatch(p -> p.equals("Was stellt man sich auf Übermedien?"));
        assertThat(prompts("Im Verfahren ging es um die Festlegung, welche Dateien der anwaltlichen Verschwiegenheitspflicht "
            + "unterliegen.")).noneMatch(p -> p.endsWith(" unterliegen?"));
        assertThat(prompts("Wälder speichern große Mengen Kohlenstoff und tragen erheblich zur Luftqualität bei."))
            .anyMatch(p -> p.startsWith("Wozu tragen Wälder")).noneMatch(p -> p.startsWith("Was speichern Wälder Kohlenstoff"));
        assertThat(prompts("Auch mittels Sonderzügen wurden mehrere Hundert Personen nach Wels gebracht."))
            .noneMatch(p -> p.contains("mehrere nach") || p.contains("mehrere Hundert nach"));
        assertThat(prompts("Deshalb gab es im WM-Ort von 2019 nur einen Wertungsdurchgang im Springen und einen "
            + "10-km-Langlauf.")).noneMatch(p -> p.contains(" nur "));
        assertThat(prompts("Mehr als 165.000 Antworten sind aber selbst für bekannte Persönlichkeiten viel."))
            .noneMatch(p -> p.startsWith("Wie viele Antworten"));
        assertThat(prompts("Alle drei Mobilfunker bauen aus. Der Anbieter hat seine LTE-Gebietsabfrage sowie die weiteren "
            + "Ausbaupläne veröffentlicht.")).noneMatch(p -> p.startsWith("Wer hat seine LTE-Gebietsabfrage"));
        assertThat(java.util.stream.Stream.of(true, false).flatMap(truth -> statements("Amazon verkauft ein Kostüm. Seit "
            + "März 2015 hat der Online-Versandriese die Verkleidung Flüchtling – 1./2. Weltkrieg im Sortiment.", 12, truth)
            .stream())).noneMatch(s -> s.endsWith("1./2."));
        String mama = "Erst dann landet Mama auch den richtigen Haupttreffer mit dem Nachbarn.";
        assertThat(prompts(mama)).noneMatch(p -> p.contains("erst dann"));
        assertThat(statements(mama, 12, true)).noneMatch(s -> s.contains("erst dann"));
    }

    /**
     * From DER STANDARD (10kGNAD test split, hand-read set 116 for #13): a phrase with "um" or "mit" right after a noun
     * stays with it, and a statement is a sentence with a verb, without its dateline.
     */
    @Test
    void aPhraseThatMayDescribeItsNounStaysWithItAndAStatementIsASentence() {
        String graz = "Am Dienstag meldete der steirische Fleisch- und Wursthersteller mit 269 Mitarbeitern und 276 "
            + "Gläubigern ein Sanierungsverfahren ohne Eigenverwaltung in Graz an. Als problematisch erwiesen sich die "
            + "Turbulenzen um Zielpunkt auch für den Schirnhofer-Einkauf.";
        assertThat(statements(graz, 12, true)).noneMatch(s -> s.startsWith("Mit 269") || s.startsWith("Um Zielpunkt")
            || s.contains("Wursthersteller meldete am Dienstag mit") || s.contains("problematisch um Zielpunkt"));
        assertThat(prompts(graz)).anyMatch(p -> p.startsWith("Wann meldete"))
            .noneMatch(p -> p.contains("problematisch um Zielpunkt"));
        assertThat(statements("Amsterdam, Amsterdam ArenA, 53.000 (ausverkauft), SR Kruzliak (SVK). Rapid Wien spielte "
            + "am Donnerstag in Amsterdam gegen Ajax.", 12, false)).noneMatch(s -> s.contains("ArenA"));
        assertThat(java.util.stream.Stream.of(true, false).flatMap(truth -> statements("Der Lenker war betrunken. Saalfelden / Zell am See – Ein "
            + "betrunkener Autofahrer ist in der Nacht auf Dienstag mit 100 km/h durch das Ortsgebiet von Saalfelden im "
            + "Salzburger Pinzgau gerast.", 12, truth).stream())).noneMatch(s -> s.contains("Zell am See –"));
        assertThat(statements("Derzeit würden in der ehemaligen Autobahnmeisterei teilweise mehr als 100 Asylwerber, die "
            + "in den Erstaufnahmezentren keinen Platz finden, aus humanitären Gründen mitversorgt.", 12, true))
            .noneMatch(s -> s.startsWith("100 Asylwerber"));
    }

    /**
     * From DER STANDARD (10kGNAD test split, hand-read set 116 for #13): "dieser" before a name, a particle of a
     * surname, and a hedge no statement denies.
     */
    @Test
    void aDemonstrativeBeforeANameASurnamesParticleAndAHedge() {
        String kunasek = "Die FPÖ schickte einen Sprecher. Am Samstagnachmittag hieß dieser Mario Kunasek. Fritz Grundnig "
            + "sprach am Sonntag für die Polizei.";
        assertThat(java.util.stream.Stream.of(true, false).flatMap(truth -> statements(kunasek, 12, truth).stream()))
            .noneMatch(s -> s.contains("hieß der"));
        assertThat(falseStatements("Mit Ray Liotta als Henry Hill wählte Scorsese einen unbekannten Schauspieler. Ihm zur "
            + "Seite stand mit Robert de Niro eine Hollywood-Größe. Hill wird sein restliches Leben als Trottel verbringen, "
            + "als Spießbürger im Reihenhaus.", 12)).noneMatch(s -> s.startsWith("Niro "));
        assertThat(falseStatements("Goodfellas ist ein durchaus stylischer Film. Die Figuren sind in hohem Maße "
            + "selbstbezogen.", 12)).noneMatch(s -> s.contains("kein durchaus") || s.contains("nicht ein durchaus"));
    }

    /**
     * From DER STANDARD (10kGNAD test split, hand-read set 117 for #13): one form of two verbs, a comparison with the
     * sentence before, an amount or a measure of the verb, a gapped count, someone's own words and a listing are not
     * asked about.
     */
    @Test
    void whatTheSentenceAloneCannotSayIsNotAsked() {
        String intervals = "Die Linie fährt häufiger. Zu Stoßzeiten betrügen die Intervalle zweieinhalb bis drei Minuten.";
        assertThat(prompts(intervals)).noneMatch(p -> p.contains("betrügt"));
        assertThat(statements(intervals, 12, true)).noneMatch(s -> s.contains("betrügen"));
        assertThat(prompts("Die Airlines jubeln. Nicht ganz so glatt stellt sich die Bundeswettbewerbsbehörde in einer "
            + "zweiten Frage auf die Seite der Luftlinien.")).noneMatch(p -> p.contains("so glatt"));
        assertThat(prompts("Die Ukraine hofft. Kiew schätzt die Kosten auf noch einmal 500 Millionen Dollar."))
            .doesNotContain("Was schätzt Kiew?");
        assertThat(prompts("Der Tiroler Landeshauptmann Günther Platter drehte das Dringlichkeitsrad eine Stufe weiter."))
            .noneMatch(p -> p.startsWith("Was drehte der Tiroler Landeshauptmann Günther Platter das"));
        assertThat(prompts("Der Weltcupleader gewann bei dichtem Schneetreiben 18,7 Sekunden vor dem Japaner Akito Watabe "
            + "und mehr als eine Minute vor seinem Landsmann Fabian Rießle.")).noneMatch(p -> p.startsWith("Wie viele"));
        assertThat(prompts("Der Salzburger fiel zurück. Als dieser Pulk das Tempo verschärfte, war ich weg, meinte der "
            + "Salzburger.")).noneMatch(p -> p.startsWith("Was verschärfte"));
        assertThat(prompts("Bis 20.15, Arte 19.52 MAGAZINFeierAbend: Verschwundene Kinder Journalistin Wal Ferrao setzt "
            + "sich seit Jahren für die Rechte der Kinder in Brasilien ein, denn jeden Tag verschwindet in Rio de Janeiro "
            + "ein Kind.")).noneMatch(p -> p.contains("Rechte der Kinder"));
        assertThat(prompts("Der ATX fiel 15,43 Punkte oder 0,64 Prozent auf 2.411,77 Einheiten."))
            .noneMatch(p -> p.startsWith("Wer fiel"));
    }

    /**
     * From DER STANDARD (10kGNAD test split, hand-read set 117 for #13): a city that agrees is asked with "wer" and
     * keeps its place before "noch"; "nicht" keeps the phrase it denies; "in etwa", a headline's dash and "in dieser
     * Frage" are not put first or made definite.
     */
    @Test
    void aStatementKeepsTheOrderThatCarriesItsMeaning() {
        String kiew = "Die Ukraine kann hoffen. Kiew muss den Konditionen für die Gaslieferungen allerdings noch zustimmen.";
        assertThat(prompts(kiew)).anyMatch(p -> p.startsWith("Wer muss den Konditionen"));
        assertThat(statements(kiew, 12, true)).noneMatch(s -> s.contains("noch Kiew"));
        assertThat(statements("Die Firma plant um. Veränderungen werden aber nicht über Nacht erzielt werden.", 12, true))
            .noneMatch(s -> s.contains("nicht Veränderungen"));
        assertThat(statements("Das Spiel erscheint 2016. Die Spieldauer wird in etwa 5 Stunden betragen, also eine Stunde "
            + "pro Nacht.", 12, true)).noneMatch(s -> s.startsWith("In etwa"));
        assertThat(statements("Die Börse schwankte. Griechenland beantragt überraschend neues Hilfspaket beim "
            + "Euro-Hilfsfonds ESM –  Merkel: Über Antrag kann nicht mehr vor Referendum beraten werden.", 12, true))
            .noneMatch(s -> s.contains("ESM – Merkel"));
        assertThat(falseStatements("Die ÖVP berät. In dieser Frage scheint die ÖVP ihrem Chef Vizekanzler Reinhold "
            + "Mitterlehner geschlossen zu folgen.", 12)).noneMatch(s -> s.startsWith("In der Frage"));
    }

    /**
     * From Wikinews (dev split, hand-read set 118 for #13): what the sentence before told ("ähnliche Zwischenfälle", "ein
     * Jahr zuvor", "dennoch", "dieser Kahlschlagspolitik"), an example, a genitive apart from its noun, a weight, a name
     * as the first part of a compound and an adverb put back in small letters.
     */
    @Test
    void whatTheSentenceBeforeToldAndWhatAPhraseHoldsStayTogether() {
        String similar = "Autos brannten. Erstmals wurden auch in entfernten Gebieten in Frankreich ähnliche Zwischenfälle "
            + "gemeldet.";
        assertThat(prompts(similar)).noneMatch(p -> p.startsWith("Was wurde erstmals"));
        assertThat(statements(similar, 12, true)).noneMatch(s -> s.contains("hnliche Zwischenfälle"));
        assertThat(statements("EADS verlor. Ein Jahr zuvor konnte EADS noch einen Gewinn von 1,572 Milliarden Euro "
            + "verbuchen.", 12, true)).noneMatch(s -> s.contains("ein Jahr zuvor"));
        String critical = "Die Regenfälle haben nachgelassen. Minister Sathit Wongnongtoey von der Kanzlei des "
            + "Ministerpräsidenten erklärte, die Lage bleibe dennoch weiterhin „kritisch“.";
        assertThat(statements(critical, 12, true)).noneMatch(s -> s.contains("dennoch"));
        // "deshalb …, weil …" gives its own reason (corpus art_069)
        assertThat(falseStatements("China und Vietnam streiten. Vietnam wird seine Position im Streit um das "
            + "Südchinesische Meer schon deshalb nicht ändern, weil jeder nachgiebigere Ansatz Ärger der breiten "
            + "Öffentlichkeit entfachen würde.", 12)).anyMatch(s -> s.contains("schon deshalb nicht ändern, weil"));
        assertThat(statements("Gewerkschaftschef Konrad Freiberg begründete dies mit den Kapazitäten der Bundeswehr. Der "
            + "GdP-Vorsitzende verwies darauf, dass in den Jahren 1998 bis 2004 insgesamt 7000 Stellen bei der Polizei "
            + "abgebaut worden seien. Die gegenwärtige Diskussion sei eine Folge dieser Kahlschlagspolitik.", 12, true))
            .noneMatch(s -> s.contains("dieser"));
        assertThat(prompts("Die FDP ist ungewiss, da beispielsweise auch die AfD zahlreiche FDP-Wähler abfischen konnte."))
            .noneMatch(p -> p.startsWith("Was konnte die AfD"));
        assertThat(prompts("Die Firma plant. Für EADS bedeutet der Verlust dieses Großauftrages nach Einschätzung von "
            + "Marktbeobachtern einen Tiefschlag.")).noneMatch(p -> p.contains("EADS des Großauftrages"));
        assertThat(prompts("Die Fracht hatte ein Gesamtgewicht von zweieinhalb Tonnen.")).doesNotContain("Was hatte die Fracht?");
        assertThat(falseStatements("Progress startete. Die Fracht hatte ein Gesamtgewicht von zweieinhalb Tonnen.", 12))
            .noneMatch(s -> s.contains("kein Gesamtgewicht"));
        assertThat(wh("Einige Mubarak-Gegner protestierten mit einer Sitzblockade vor dem Gebäude der "
            + "Jounalistengewerkschaft gegen die gewaltsame Auflösung der Demonstration. Präsident Husni Mubarak regiert "
            + "seit 1981."))
            .filteredOn(q -> q.prompt().startsWith("Wer protestierte")).isNotEmpty()
            .allSatisfy(q -> assertThat(q.answers()).doesNotContain("Mubarak"));
        assertThat(prompts("Italien zieht ab. Zurzeit befinden sich noch 3.000 italienische Soldaten im Irak."))
            .contains("Wie viele italienische Soldaten befinden sich zurzeit noch im Irak?");
    }

    /**
     * From Wikinews (dev split, hand-read set 119 for #13): a share a company has, an adverb read into a name, "dann"
     * after what the sentence before told, and an article with its adjective but not its noun.
     */
    @Test
    void aShareAnAdverbBeforeANameThenAndAnArticleWithoutItsNoun() {
        assertThat(prompts("Google wächst. Bei den Internet-Suchmaschinen hat Google inzwischen einen Marktanteil von rund "
            + "90 Prozent.")).noneMatch(p -> p.startsWith("Was hat Google"));
        assertThat(statements("Der Bundesrat tagte. Den Vorsitz führte turnusgemäß Matthias Platzeck, der "
            + "Ministerpräsident von Brandenburg.", 12, true)).noneMatch(s -> s.startsWith("Turnusgemäß"));
        assertThat(statements("Das Pfand steigt. Experten schätzen, dass dann mehr Einwegflaschen (und weniger "
            + "Mehrwegflaschen) verkauft werden.", 12, true)).noneMatch(s -> s.contains(" dann "));
        // a "dann" after "und" or after a clause of its own follows from what the sentence says (corpus art_007, art_076)
        assertThat(Words.followsFromWhatCameBefore("Das Flugzeug sei 50 Fuß über dem Boden gewesen, als es eine Kurve "
            + "flog und dann abstürzte.")).isFalse();
        assertThat(Words.followsFromWhatCameBefore("Geht es um Werke Egon Schieles, dann könnte der 15. Oktober 2015 als "
            + "Tag der Entscheidungen bezeichnet werden.")).isFalse();
        assertThat(prompts("Die SPD-Führung stellte heute ein 42-seitiges so genanntes Manifest vor, bei dem es sich um "
            + "die Ziele der SPD für den kommenden Bundestagswahlkampf handelt.")).isNotEmpty()
            .noneMatch(p -> p.startsWith("Was stellte die SPD-Führung"));
    }

    /**
     * From Wikinews (dev split, hand-read set 120 for #13): an adjective first keeps no capital, a stage of a named event
     * says when, "mit" before a preposition is no phrase of its own, a purpose is no "wozu" beside the verb's own "zu",
     * and a manner the parse hung on the subject is not moved with it.
     */
    @Test
    void anAdjectiveFirstTheCloseOfTradingMitImBootAndAPurposeBesideZu() {
        assertThat(prompts("Es bebte wieder. Starke Erdbeben sind in Mexiko regelmäßig zu beobachten."))
            .contains("Wo sind starke Erdbeben regelmäßig zu beobachten?");
        assertThat(prompts("Die Kurse fielen. Zum Handelsschluss lag der Deutsche Aktienindex um 4,18 Prozent niedriger als "
            + "am Vortag.")).contains("Wann lag der Deutsche Aktienindex um 4,18 Prozent niedriger als am Vortag?")
            .noneMatch(p -> p.startsWith("Wozu"));
        assertThat(prompts("Das Zentrum wurde eröffnet. Mit im Boot sitzen auch die Bundespolizei (BPol) und das "
            + "Zollkriminalamt (ZKA).")).noneMatch(p -> p.startsWith("Womit"));
        assertThat(prompts("Streiff trat zurück. Zu seinem Sanierungskonzept gehörte die Verlagerung der A-380 Produktion "
            + "von Hamburg nach Toulouse, um die Produktion des Großraumflugzeuges zu zentralisieren."))
            .noneMatch(p -> p.startsWith("Wozu") && p.contains("zu seinem Sanierungskonzept"));
        assertThat(prompts("Die G8 tagten. Nach dem Willen des G8-Gipfels von L′Aquila soll der Konflikt um das iranische "
            + "Atomprogramm auf dem Verhandlungsweg gelöst werden.")).noneMatch(p -> p.startsWith("Was soll"));
        assertThat(statements("Die G8 tagten. Nach dem Willen des G8-Gipfels von L′Aquila soll der Konflikt um das "
            + "iranische Atomprogramm auf dem Verhandlungsweg gelöst werden.", 12, true))
            .noneMatch(s -> s.startsWith("Der Konflikt um das iranische Atomprogramm auf dem Verhandlungsweg"));
    }

    /**
     * From Wikinews (dev split, hand-read set 120 for #13): a dative the parse hung on the subject as a genitive, a
     * share asked or moved apart from what it is a share of, someone's brother whose owner the main clause named, and
     * "bereits" left before the phrase it grades.
     */
    @Test
    void aDativeOnTheSubjectAShareApartAnOwnerLeftBehindAndAGradedPhrase() {
        assertThat(prompts("Die Börsen fielen. Auch in Asien schlossen sich die Märkte der allgemeinen Talfahrt der "
            + "Aktienindizes an.")).noneMatch(p -> p.startsWith("Was schloss sich"));
        assertThat(prompts("Die Luft ist schlecht. Von den 643 Messstationen, die in Deutschland betrieben werden, zeigten "
            + "52 Prozent bei verkehrsnahen Messungen eine Überschreitung.")).noneMatch(p -> p.startsWith("Wie viel"));
        assertThat(statements("Die Luft ist schlecht. Von den 643 Messstationen, die in Deutschland betrieben werden, "
            + "zeigten 52 Prozent bei verkehrsnahen Messungen eine Überschreitung.", 12, true))
            .noneMatch(s -> s.startsWith("52 Prozent zeigten von"));
        assertThat(statements("Die Kinder überlebten. Die jüngere Tochter versteckte sich im Hausflur, während sich ihr "
            + "Bruder hinter einem Fahrzeug verbergen konnte.", 12, true)).noneMatch(s -> s.contains("ihr Bruder"));
        assertThat(statements("Japan droht eine Rezession. Insgesamt ist die Wirtschaftsentwicklung in Japan bereits seit "
            + "Ende der 1980er Jahre schwach.", 12, true))
            .contains("Die Wirtschaftsentwicklung in Japan ist insgesamt bereits seit Ende der 1980er Jahre schwach.");
    }

    /**
     * From Wikinews (dev split, hand-read set 120 for #13): a count of many with a singular verb is the object the
     * parse took for the subject, a firm after "für" is no purpose, and a group by its kind alone no answer.
     */
    @Test
    void aCountOfManyWithASingularVerbAFirmAfterFuerAndAGroupAlone() {
        assertThat(prompts("Es bebte. Mindestens 9.000 Menschenleben, nach anderen Quellen bis zu 35.000 Opfer, forderte "
            + "in Mexiko ein Erdbeben am 19. September 1985.")).noneMatch(p -> p.startsWith("Wo forderte mindestens"));
        assertThat(prompts("Die Kurse fielen. In Deutschland kamen für Siemens ungünstige Gewinnwarnungen hinzu."))
            .contains("Was kam in Deutschland für Siemens hinzu?").noneMatch(p -> p.startsWith("Wofür"));
        assertThat(prompts("Die Fische sind vergiftet. Zu den Stoffen gehören neben DDT namentlich Dieldrin, Endosulfan "
            + "und das Insektizid Lindan.")).noneMatch(p -> p.startsWith("Wozu gehören"));
    }

    /**
     * From Wikinews (dev split, hand-read set 121 for #13): a person named by the predicate is asked with "wer" (a
     * superlative says what kind), a land with "das" that something is done to with "was", a genitive of quality is
     * no answer, "über" of a verb with that particle is the way across, and "im Mai dieses Jahres" is asked whole.
     */
    @Test
    void aPersonInThePredicateALandWithDasAGenitiveOfQualityAWayAcrossAndTheYearOfATime() {
        assertThat(prompts("Frankreich wählt. Der letzte Premierminister einer Cohabitation war der Sozialist Lionel "
            + "Jospin unter dem Rechtsgaullisten Jacques Chirac.")).contains("Wer war der letzte Premierminister einer "
            + "Cohabitation?");
        assertThat(prompts("Das Fest war schön. Der Bürgermeister ist der beste Freund des Festivals."))
            .noneMatch(p -> p.startsWith("Wer ist der Bürgermeister"));
        assertThat(prompts("Serbien protestiert. Das Kosovo wird von Serbien als serbische Provinz angesehen."))
            .noneMatch(p -> p.startsWith("Wer wird"));
        assertThat(prompts("Neapel erstickt im Müll. Die Ursachen des Müllproblems sind vielschichtiger Natur."))
            .noneMatch(p -> p.startsWith("Was sind"));
        assertThat(prompts("Es brannte. Über die Holzbalkendecke griff das Feuer auf die Räumlichkeiten im ersten Stock "
            + "über.")).contains("Was griff über die Holzbalkendecke auf die Räumlichkeiten im ersten Stock über?")
            .noneMatch(p -> p.startsWith("Worüber"));
        assertThat(prompts("Karma ist in Haft. Der ehemalige Beamte Filep Karma hatte im Mai dieses Jahres eine "
            + "15-jährige Freiheitsstrafe erhalten.")).noneMatch(p -> p.startsWith("Wann") && p.contains("dieses Jahres"));
        assertThat(prompts("Dem chinesischen Bürgerrechtler Hu Jia wurde am vergangenen Donnerstag vom Europäischen "
            + "Parlament der „Sacharow-Preis für geistige Freiheit“ verliehen. Einige Zeit später wurde Hu von der "
            + "Staatssicherheit verhaftet.")).contains("Wer wurde einige Zeit später von der "
            + "Staatssicherheit verhaftet?").noneMatch(p -> p.startsWith("Was wurde einige"));
    }

    /**
     * From Wikinews (dev split, hand-read set 121 for #13): a place after "auch" is one of several, a number swapped
     * in may not be one the sentence already gives, and "aus diesem Grunde" is the reason the sentence before gave.
     */
    @Test
    void aPlaceAfterAuchTheSameNumberAndForThatReason() {
        assertThat(falseStatements("Frankreich hat sich bereit erklärt, weitere 2.000 Soldaten in den Libanon zu "
            + "entsenden. Zusagen gibt es auch aus Italien.", 12)).noneMatch(s -> s.startsWith("Zusagen gibt es auch"));
        assertThat(falseStatements("Frankreich hat sich bereit erklärt, weitere 2.000 Soldaten in den Libanon zu "
            + "entsenden. Die Resolution sieht eine Verstärkung der UN-Truppen von derzeit 2000 auf rund 15.000 Soldaten "
            + "vor.", 12)).noneMatch(s -> s.contains("2000 auf rund 2.000"));
        assertThat(statements("Die UN suchen Soldaten. Aus diesem Grunde werden im UN-Hauptquartier Möglichkeiten "
            + "geprüft, im Rahmen der UN-Mission auch Soldaten aus islamischen Staaten im Libanon zu stationieren.", 12,
            true)).noneMatch(s -> s.contains("Grunde"));
        assertThat(prompts("Es war ein Unglück. Für die geschockten Zuschauer war eine psychologische Betreuung mit "
            + "Notfallbegleitern in einem Schützenheim eingerichtet worden.")).noneMatch(p -> p.equals("Was war für die "
            + "geschockten Zuschauer?"));
    }

    /** From Wikinews (dev split, hand-read set 121 for #13): a surname alone as the answer takes the full name too. */
    @Test
    void aSurnameAloneTakesTheFullNameToo() {
        assertThat(wh("Dem chinesischen Bürgerrechtler Hu Jia wurde am vergangenen Donnerstag vom Europäischen "
            + "Parlament der „Sacharow-Preis für geistige Freiheit“ verliehen. Einige Zeit später wurde Hu von der "
            + "Staatssicherheit verhaftet.")).filteredOn(q -> q.prompt().startsWith("Wer wurde einige Zeit")).isNotEmpty()
            .allSatisfy(q -> assertThat(q.answers()).contains("Hu", "Hu Jia"));
    }

    /**
     * From Wikinews (dev split, hand-read set 122 for #13): an adjective that opened the sentence loses its capital
     * before a weekday or a noun the parse made its apposition; "mit" before a preposition and a comparison are not put
     * first; a name whose bearer died is someone; a sentence cut in two, "laut" with an adjective that opened one, and
     * "bei weitem" read into an answer are refused.
     */
    @Test
    void capitalsMitAndWieFirstTheDeadAHalfSentenceAndLautLokaleMedien() {
        assertThat(prompts("Es gab Unruhen. Jugendliche Krawallmacher verbündeten sich mit den Streikenden."))
            .contains("Mit wem verbündeten sich jugendliche Krawallmacher?");
        assertThat(prompts("Es gab Unruhen. Vergangenen Dienstag erschossen regierungstreue Soldaten neun Polizisten."))
            .isNotEmpty().noneMatch(p -> p.contains("Vergangenen"));
        assertThat(statements("Ajax hat einen Trainer. Van Basten nimmt die Trainerassistenten John van't Schip und Rob "
            + "Witschge mit nach Amsterdam.", 12, true)).noneMatch(s -> s.startsWith("Mit nach"));
        assertThat(statements("Ein Album erscheint. Der Titel heißt wie die geplante Konzertreihe in London.", 12, true))
            .noneMatch(s -> s.startsWith("Wie"));
        assertThat(prompts("Bald neuer Jackson Song\n\nAm 26. Oktober soll der Film „Michael Jackson's This Is It“ auf "
            + "den Markt kommen. Jackson war am 25. Juni im Alter von 50 Jahren an "
            + "Herzversagen gestorben.")).contains("Wer war am 25. Juni im Alter von 50 Jahren an Herzversagen gestorben?");
        assertThat(prompts("Bremen ist vorn. unter Einbeziehung der Umlandgemeinden, liegt die Leistungsdichte in Bremen "
            + "sogar noch höher, da einige Gemeinden an der Nordseeküste fast 1,5 MW/km² erreichen.")).isEmpty();
        assertThat(prompts("Ein Heim brannte. Lokale Medien berichteten, dass Heimbewohner in Streit geraten waren. Das "
            + "Feuer habe sich anschließend rasend schnell im Gebäude ausgebreitet.")).noneMatch(p -> p.contains("laut Lokale"));
        assertThat(prompts("Tausende kamen. Die Daten beruhen auf einer Zählung der Polizei und übertreffen die anfängliche "
            + "Erwartung bei weitem.")).noneMatch(p -> p.equals("Was übertreffen die Daten?"));
    }

    /**
     * From Wikinews (dev split, hand-read set 122 for #13): a model's name between a count and what it counts is no
     * one to swap, nor an amount said again in another unit.
     */
    @Test
    void aModelBetweenACountAndItsNounAndAnAmountInTwoUnits() {
        assertThat(falseStatements("José Ramos-Horta bat um Hilfe. Die australische Luftwaffe ist mit vier Black Hawk "
            + "Hubschraubern und der HMAS Manoora vor Ort.", 12)).noneMatch(s -> s.contains("José Ramos-Horta Hub"));
        assertThat(falseStatements("Bremen liegt vorn. Die südlichen Bundesländer belegen die hinteren Plätze mit weniger "
            + "als 15 kW/km² bzw. 0,015 MW/km².", 12)).noneMatch(s -> s.contains("bzw. 0,015") && !s.contains(" 15 kW"));
    }

    /**
     * From Wikinews (dev split, hand-read set 123 for #13): "immer" before a comparative, a source after "gemäß", a
     * length as where to, a teenager or air traffic controllers as things, what for in an answer to when, an adjective
     * whose noun stays in the question, and "dabei" left out of a question of three words.
     */
    @Test
    void immerGemaessALengthPeopleAPurposeInATimeAnAdjectiveAloneAndDabei() {
        assertThat(prompts("Die SPD streitet. Die Krise in der SPD nimmt immer größere Ausmaße an."))
            .noneMatch(p -> p.startsWith("Was nimmt die Krise"));
        assertThat(prompts("Ein Flugzeug stürzte ab. Durch den Aufprall verteilten sich die Trümmer gemäß einem Augenzeugen "
            + "im weiten Umkreis.")).noneMatch(p -> p.startsWith("Gemäß"));
        assertThat(prompts("Ein Flugzeug landete auf der Autobahn. Der Vorfall führte zu mehreren Kilometern Stau."))
            .noneMatch(p -> p.startsWith("Wohin"));
        assertThat(prompts("An einer Schule fielen Schüsse. Der Teenager war mit einem Gewehr und einer Pistole bewaffnet."))
            .contains("Wer war mit einem Gewehr und einer Pistole bewaffnet?");
        assertThat(prompts("Spanien rief den Alarmzustand aus. Laut Innenminister Alfredo Pérez Rubalcaba werden die "
            + "Fluglotsen dem Militärrecht unterstellt.")).noneMatch(p -> p.startsWith("Was wird"));
        assertThat(prompts("Das Tanklager ist alt. Allerdings wurde das Tanklager seit der Zeit des Kalten Krieges auch "
            + "noch bis vor einigen Jahren für die Vorratshaltung betrieben.")).noneMatch(p -> p.startsWith("Bis wann"));
        assertThat(prompts("Die Sonde fliegt. Teilchendetektoren der Sonde sollen die vom Mond ausgehenden Wasser- und "
            + "sonstigen Teilchen auffangen, während die Sonde direkt durch diese Fontänen hindurchfliegt."))
            .noneMatch(p -> p.startsWith("Was soll Teilchendetektoren"));
        assertThat(prompts("In Japan lief ein Mann Amok. Dabei war ein Mensch gestorben, sieben weitere waren verletzt "
            + "worden.")).doesNotContain("Wer war gestorben?");
    }

    /**
     * From Wikinews (dev split, hand-read set 123 for #13): "beide" in a true statement, "unter dieser Bedingung" made
     * "unter der Bedingung", an amount said again in another unit, and "nicht" before a phrase of the object's noun.
     */
    @Test
    void bothAConditionAConvertedAmountAndAPhraseOfTheObject() {
        assertThat(statements("Chávez und Lula trafen sich. So demonstrierten beide Präsidenten heute bei einem öffentlichen "
            + "Auftritt Harmonie.", 12, true)).noneMatch(s -> s.startsWith("Beide Präsidenten"));
        assertThat(statements("Der Alarmzustand ist eine Maßnahme, die eine unmittelbare Vorstufe des Ausnahmezustandes "
            + "darstellt. Die Regierung erhält unter dieser Bedingung besondere Vollmachten.", 12, true))
            .noneMatch(s -> s.toLowerCase(java.util.Locale.GERMAN).contains("unter der bedingung"));
        assertThat(falseStatements("Die Sonde fliegt nah heran. Der Punkt soll sogar nur 30 Meilen von der Mondoberfläche "
            + "entfernt sein (umgerechnet etwa 48 Kilometer).", 12)).isEmpty();
        assertThat(falseStatements("Die Tour geht weiter. Der Amerikaner George Hincapie hat heute seine erste Etappe bei der "
            + "diesjährigen Tour de France gewonnen.", 12)).noneMatch(s -> s.contains("nicht bei der"));
    }

    /** From Wikinews (dev split, hand-read set 123 for #13): a country the dictionary did not tag that acts is asked "wer". */
    @Test
    void aCountryTheDictionaryDidNotTagActs() {
        assertThat(prompts("Der Gipfel beginnt. Bolivien möchte einen formalen Vorschlag für die Gründung eines Rates "
            + "vorlegen, der die Energiepreise regulieren soll.")).contains("Wer möchte einen formalen Vorschlag für die "
            + "Gründung eines Rates vorlegen?").noneMatch(p -> p.startsWith("Was möchte"));
    }

    /**
     * From Wikinews (dev split, hand-read set 121 for #13): "Hu", who is Hu Jia, is not swapped for "Jinyan", who is Zeng
     * Jinyan: a family name said first gives no surname to swap with.
     */
    @Test
    void aFamilyNameSaidFirstIsNotSwapped() {
        assertThat(falseStatements("Dem chinesischen Bürgerrechtler Hu Jia wurde der Sacharow-Preis verliehen. Eine Reise "
            + "von Hu und seiner Frau Zeng Jinyan wurde verhindert. Hu engagierte sich in China vor allem für Umweltschutz "
            + "und Gesundheit.", 12)).noneMatch(s -> s.contains("Jinyan engagierte"));
    }

    /**
     * From Wikinews (dev split, hand-read set 120 for #13, left open then): a bare plural the parse hung on a genitive
     * inside a phrase ("mit Hilfe ihrer Dozenten Plakate"), and a dative it read as a noun's attribute ("am Einsatz
     * beteiligten Männern"): neither is moved first in a statement.
     */
    @Test
    void aBarePluralAfterAGenitiveAndADativeReadAsAnAttribute() {
        assertThat(statements("Die Ausstellung ist eröffnet. Studenten des Instituts für Design in Düsseldorf haben mit "
            + "Hilfe ihrer Dozenten Plakate und Kinospots entworfen, die auch ausgestellt sind.", 12, true))
            .noneMatch(s -> s.contains("Dozenten Plakate"));
        assertThat(statements("Die Truppe landet. Australien stellt mit insgesamt 1.800 am Einsatz beteiligten Männern, wie "
            + "schon 1999 bei dem Abzug plündernder proindonesischer Milizen in den Westteil der Insel Timor, die Mehrheit "
            + "der Eingreiftruppe und entsendete mehrere Kriegsschiffe in die Region.", 12, true))
            .noneMatch(s -> s.startsWith("Am Einsatz"));
        assertThat(prompts("Die Ausstellung ist eröffnet. Die Studenten haben mit Hilfe ihrer Dozenten einen Kinospot "
            + "entworfen.")).as("a genitive inside a phrase, with nothing after it").contains("Was haben die Studenten mit "
            + "Hilfe ihrer Dozenten entworfen?");
    }

    /**
     * From Wikinews (dev split, hand-read set 122 for #13, left open then): a source named in the clause after a
     * semicolon says nothing of whose words the clause before it are.
     */
    @Test
    void aSourceAfterASemicolonIsNotTheClauseBefore() {
        String text = "An einer Schule fielen Schüsse. Die Tat des Jugendlichen, der vorher nicht polizeibekannt gewesen "
            + "war, sei gegen den Rektor der Schule gerichtet; nach Behördenangaben stecke aber keine terroristisch "
            + "motivierte Tat dahinter.";
        assertThat(prompts(text)).noneMatch(p -> p.contains("Behördenangaben") && p.contains("gerichtet"));
        assertThat(statements(text, 12, true)).noneMatch(s -> s.contains("Behördenangaben") && s.contains("gerichtet"));
    }

    /**
     * From Wikinews (dev split, hand-read set 122 for #13, left open then): "Was ist der Alarmzustand? – eine Maßnahme"
     * says nothing; the relative clause after the noun says what it is.
     */
    @Test
    void aPredicateThatNamesNoKindIsNotAskedFor() {
        assertThat(prompts("Spanien rief den Alarmzustand aus. Der Alarmzustand ist eine Maßnahme, die eine unmittelbare "
            + "Vorstufe des Ausnahmezustandes darstellt.")).doesNotContain("Was ist der Alarmzustand?");
        assertThat(prompts("Das Urlaubsparadies ist eröffnet. Tropical Island ist ein Wirtschaftsunternehmen, auf dem nun "
            + "ein großer Erfolgsdruck liegt.")).as("a noun that names a kind").contains("Was ist Tropical Island?");
    }

    /**
     * From Wikinews (dev split, hand-read set 123 for #13, left open then): a party's letters standing for election,
     * in a relative clause, are asked for with "wer".
     */
    @Test
    void aPartysLettersStandingForElectionAreSomeone() {
        List<String> asked = prompts("Wilders zieht in den Stadtrat ein. In Almere wurde die PVV, die zum ersten Mal bei "
            + "einer Kommunalwahl kandidiert hatte, auf Anhieb stärkste politische Kraft.");
        assertThat(asked).noneMatch(p -> p.startsWith("Was hatte zum ersten Mal"));
        assertThat(asked).contains("Wer hatte zum ersten Mal bei einer Kommunalwahl kandidiert?");
    }

    /**
     * From UD German PUD (news, hand-read set 124 for #13): "nichtsdestotrotz" points back as "dennoch" does, and
     * "letzterer" to the last of those the sentence before named.
     */
    @Test
    void nichtsdestotrotzAndLetztererPointBack() {
        String funds = "Die Fonds verlieren an Wert. Nichtsdestotrotz investieren die Geldgeber weiterhin scharenweise in "
            + "die Fonds.";
        assertThat(prompts(funds)).noneMatch(p -> p.toLowerCase(java.util.Locale.GERMAN).contains("nichtsdestotrotz"));
        assertThat(statements(funds, 12, true)).noneMatch(s -> s.contains(" Nichtsdestotrotz"));
        assertThat(prompts("Die Fonds verlieren an Wert. Die Geldgeber investieren weiterhin scharenweise in die Fonds."))
            .as("those who give money").contains("Wer investiert weiterhin scharenweise in die Fonds?");
        assertThat(prompts("Dati schrieb an Hortefeux. Letzterer überwacht die Vorwahlen der Konservativen, in denen "
            + "Rachida Dati Nicolas Sarkozy unterstützt.")).noneMatch(p -> p.toLowerCase(java.util.Locale.GERMAN)
                .contains("letzterer"));
    }

    /** From UD German PUD (news, hand-read set 124 for #13): "Was ist das Ergebnis? – wahrlich kein großer Wurf". */
    @Test
    void aPredicateDeniedWithKeinIsNotAskedFor() {
        assertThat(prompts("Der Gipfel ist vorbei. Das Ergebnis ist wahrlich kein großer Wurf."))
            .doesNotContain("Was ist das Ergebnis?");
    }

    /** From UD German PUD (news, hand-read set 124 for #13): a bare name that was born or worries is someone's. */
    @Test
    void aNameThatWasBornOrWorriesIsSomeones() {
        assertThat(prompts("Der Maler ist bekannt. Cotton wurde am 31. Oktober 1832 in einem Dorf in der Nähe von "
            + "Sunderland geboren.")).contains("Wer wurde am 31. Oktober 1832 in einem Dorf in der Nähe von Sunderland "
            + "geboren?").noneMatch(p -> p.startsWith("Was wurde"));
        assertThat(prompts("Die Umfragen sind klar. Trump ist nicht sehr besorgt in Bezug auf die Stimmen der Hispanics."))
            .noneMatch(p -> p.startsWith("Was ist"));
    }

    /** From UD German PUD (news, hand-read set 124 for #13): the amount in brackets says the one before it again. */
    @Test
    void anAmountInBracketsIsNotChangedAlone() {
        assertThat(falseStatements("Die U-Bahn ist alt. Mit einer Tiefe von 100 Metern (328 Fuß) unter der Erdoberfläche "
            + "ist die U-Bahn von Pjöngjang eines der am tiefsten angelegten Nahverkehrssysteme weltweit.", 12))
            .noneMatch(s -> s.contains("Metern (") && !s.contains("(328 Fuß)")).noneMatch(s -> s.contains("(328 Fuß)")
                && !s.contains("100 Metern"));
    }

    /** From UD German PUD (news, hand-read set 124 for #13): the council answers, not the adjective the parse made its head. */
    @Test
    void theNounAnswersNotTheAdjectiveTheParseMadeTheHead() {
        List<Question> asked = wh("Das Gesetz ist umstritten. Der Französische Digitale Rat, der zu Gesetzen bezüglich "
            + "Fragen digitaler Technologien berät, wird es auch eingehend prüfen.");
        assertThat(asked).filteredOn(q -> q.prompt().contains("berät")).isNotEmpty()
            .allSatisfy(q -> assertThat(q.answers()).contains("Rat").doesNotContain("Digitale"));
    }

    /**
     * From UD German PUD (news, hand-read set 124 for #13): "Investitionen in die Geschäftseinheit" at the end of another
     * phrase keeps its "in" phrase, which no statement moves first.
     */
    @Test
    void thePhraseOfTheNounAPhraseEndsWithStaysWithIt() {
        assertThat(statements("Der Konzern baut um. Die Internetbestrebungen wurden als Hauptantriebskraft für "
            + "Investitionen in die Geschäftseinheit betrachtet.", 12, true))
            .noneMatch(s -> s.startsWith("In die Geschäftseinheit"));
    }

    /** From UD German PUD (news, hand-read set 124 for #13): a comparative whose standard only the sentence before gives. */
    @Test
    void aComparativeWithoutItsStandardIsNotAskedAbout() {
        assertThat(prompts("Der Diesel kostet 1,335 Euro. Die Kosten sind signifikant höher und übersteigen eindeutig den "
            + "Durchchnittswert der Länder, die die Einheitswährung übernommen haben; er entspricht 1,335 Euro pro Liter."))
            .noneMatch(p -> p.contains("höher"));
        List<String> compared = prompts("Die Preise steigen. Die Mieten in München sind deutlich höher als in Berlin.");
        assertThat(compared).as("a comparison the sentence makes").contains("Was ist deutlich höher als in Berlin?");
        assertThat(compared).as("no place asked for after its \"als\"").noneMatch(p -> p.startsWith("Wo"));
    }

    /** From UD German PUD (news, hand-read set 124 for #13): a second object after the verb, joined by "sowie". */
    @Test
    void aSecondObjectAfterTheVerbIsNotLeftOut() {
        assertThat(prompts("Die Firmen einigen sich. Im Gegenzug wird Uber eine Milliarde Dollar Investitionsbeteiligung "
            + "erhalten sowie einen Sitz im Vorstand des chinesischen Unternehmens."))
            .noneMatch(p -> p.startsWith("Was wird Uber"));
    }

    /**
     * From UD German PUD (news, hand-read set 125 for #13): a body that says something, a crowd of supporters, and the
     * dative of a verb that takes no accusative.
     */
    @Test
    void aBodyThatSaysACrowdOfPeopleAndTheDativeOfFehlen() {
        assertThat(prompts("Die Makler sind in der Kritik. Die Vereinigung, die Immobilienmakler in Ontario vertritt, sagt, "
            + "dass mehr getan werden muss, um Kunden zu schützen.")).noneMatch(p -> p.startsWith("Was sagt"));
        assertThat(prompts("Die Wahl ist entschieden. Dutzende von FSLN-Anhängern feiern schon den Sieg auf der Plaza de las "
            + "Victorias.")).noneMatch(p -> p.startsWith("Was feiert"));
        assertThat(prompts("Huawei stellt ein Telefon vor. Den Mate 9 Smartphones fehlt eine Schnittstelle für künstliche "
            + "Intelligenz, wie der Google Assistant oder Siri (Apple).")).noneMatch(p -> p.startsWith("Was fehlt"));
        assertThat(prompts("Die Studie ist neu. Eine Analyse zeigte, dass riesige Datenmengen benutzt wurden."))
            .as("a thing that shows").contains("Was zeigte, dass riesige Datenmengen benutzt wurden?");
    }

    /** From UD German PUD (news, hand-read set 125 for #13): "Wie viele Tage … lang" leaves "lang" behind. */
    @Test
    void aCountThatMeasuresIsNotAskedWithWieViele() {
        assertThat(prompts("Die Luft ist schlecht. Ein Kohlekraftwerk in Badarpur im Südosten von Delhi und die "
            + "Dieselgeneratoren in der Stadt werden 10 Tage lang außer Betrieb gesetzt.")).noneMatch(p -> p.contains(" lang "));
    }

    /** From UD German PUD (news, hand-read set 125 for #13): "das" standing for what the sentence before told. */
    @Test
    void dasBeforeImmerPointsBack() {
        assertThat(prompts("Lange hat niemand auf den Klimawandel geachtet. Doch im Jahr 2016 verdient das immer mehr "
            + "Beachtung.")).noneMatch(p -> p.contains(" das immer"));
    }

    /** From UD German PUD (news, hand-read set 125 for #13): the examples after "wie" belong to the subject before them. */
    @Test
    void examplesAfterWieStayWithTheSubject() {
        assertThat(prompts("Die Partei ist gespalten. Die Präsidentin der Kommune von Madrid, Cristina Cifuentes, "
            + "repräsentiert die besonders Konvervativen, während Parteiführer wie der Staatssekretär Javier Maroto die "
            + "Progressivsten vertreten.")).noneMatch(p -> p.startsWith("Wer vertritt wie"));
    }

    /** From the corpus (art_030, for #13): a time asked about or moved goes before "wieder", as German puts it. */
    @Test
    void aTimeGoesBeforeWieder() {
        assertThat(prompts("Der Sturm ist vorbei. Seit Freitag funktionieren Flug- und Fährverbindungen wieder."))
            .contains("Was funktioniert seit Freitag wieder?").noneMatch(p -> p.contains("wieder seit"));
    }

    /** From the corpus (art_010, for #13): "hinzu" adds to what the sentence before told. */
    @Test
    void hinzuPointsBack() {
        assertThat(prompts("Beobachtet werden linke Parteien. Hinzu kommen antifaschistische und trotzkistische "
            + "Gruppierungen sowie Globalisierungsgegner.")).isEmpty();
    }

    /** From UD German PUD (wiki, hand-read set 126 for #13): what "es gibt" tells of is no one who acts. */
    @Test
    void whatThereIsIsNotAskedWithWer() {
        assertThat(prompts("Die Versorgung ist knapp. In den frühen 2000ern gab es fünf Ärzte für 100.000 Einwohner."))
            .noneMatch(p -> p.startsWith("Wer gab es"));
        assertThat(prompts("Die Stadt ist klein. In Jena gibt es heute drei Bahnhöfe."))
            .as("what there is, counted").contains("Wie viele Bahnhöfe gibt es heute in Jena?");
    }

    /** From UD German PUD (wiki, hand-read set 126 for #13): the gods are asked after with "wer". */
    @Test
    void godsAreSomeone() {
        assertThat(prompts("Die Religion war alt. Die Götter stellten unverwechselbar eindeutig die praktischen "
            + "Anforderungen des täglichen Lebens dar, und ihnen wurden gewissenhaft die Riten und Gaben gewährt."))
            .contains("Wer stellte unverwechselbar eindeutig die praktischen Anforderungen des täglichen Lebens dar?")
            .noneMatch(p -> p.startsWith("Was stellte unverwechselbar"));
    }

    /**
     * From UD German PUD (wiki, hand-read set 126 for #13): "mit dem Ziel" is a purpose, no "womit"; "der Überlieferung
     * nach" after a noun would read as its attribute; a participle's phrase of its own does not go inside the clause.
     */
    @Test
    void aPurposeWithMitAPostpositionAndAParticiplesPhrase() {
        assertThat(prompts("Er wollte Schauspieler werden. Mit dem Ziel, sich weiter mit Drama zu beschäftigen, schrieb "
            + "sich Winstone bei der Corona Stage Adademy in Hammersmith ein.")).noneMatch(p -> p.startsWith("Womit"));
        assertThat(prompts("Die Kathedrale ist berühmt. Der Überlieferung nach wurde das Thema absichtlich gewählt wegen "
            + "der großen Zahl konvertierter Juden, die in Palma lebten."))
            .noneMatch(p -> p.contains("das Thema der Überlieferung"));
        assertThat(prompts("Die Region ist gebirgig. Geformt von globalen plattentektonischen Kräften, die den "
            + "Ostafrikanischen Graben geschaffen haben, beherbergt Ostafrika den Kilimandscharo und den Mount Kenya, die "
            + "zwei höchsten Gipfel Afrikas.")).noneMatch(p -> p.contains(" geformt "));
    }

    /**
     * From UD German PUD (wiki, hand-read set 126 for #13): a title of nobility alone answers for no one; a noun that
     * names no kind answers nothing without its relative clause; "ihres" with "es" for a subject has no owner.
     */
    @Test
    void aTitleAloneAGeneralNounAndAPossessiveWithEs() {
        assertThat(wh("Die Krise wuchs. Lord Halifax, der Lord President of the Council, besuchte Deutschland im "
            + "November privat und traf sich mit Hitler.").stream()
            .filter(q -> q.prompt().equals("Wer besuchte Deutschland im November privat?")).findFirst().orElseThrow()
            .answers()).contains("Halifax").doesNotContain("Lord");
        assertThat(prompts("Der Fall ist ungeklärt. Die Blutspuren auf der Kleidung zeigen die Form, die sie nach den "
            + "bekannten Berichten vom Mordtag haben müßten.")).noneMatch(p -> p.startsWith("Was zeigen"));
        assertThat(prompts("Sie half vielen Menschen. Es gab bis zum Ende des kommunistischen Regimes in Polen jedoch keine "
            + "weitere öffentliche Anerkennung ihres Widerstandes zu Kriegszeiten und ihrer humanitäten Arbeit."))
            .noneMatch(p -> p.contains("ihres"));
    }

    /** From UD German PUD (wiki, hand-read set 126 for #13): two times joined by "und" are asked together or not. */
    @Test
    void twoTimesJoinedByUndAreOne() {
        assertThat(prompts("Mit dem Ziel, sich weiter mit Drama zu beschäftigen, schrieb sich Winstone bei der Corona Stage "
            + "Adademy in Hammersmith ein. Winstone traf seine Frau, Elaine, während der Dreharbeiten zu That Summer im Jahr "
            + "1979. Winstone wurde am 4. Oktober 1988 und erneut am 19. März 1993 für bankrott erklärt."))
            .noneMatch(p -> p.contains("und erneut für"));
    }

    /**
     * From UD German PUD (wiki, hand-read set 127 for #13): a verb after "und" is a second clause's, whose first the
     * tagger missed; "Hongkong wurde Britannien überlassen" may be read either way round; a span the "bevor" clause
     * measures is cut from it.
     */
    @Test
    void aSecondClausesVerbTwoBareNamesInAPassiveAndASpanCutFromItsClause() {
        assertThat(prompts("Die Wahl war knapp. Die Republikaner eroberten den Senat zum ersten Mal seit 1952 wieder und "
            + "erlangten 34 Sitze im Repräsentantenhaus, aber die Demokraten behielten eine Mehrheit."))
            .noneMatch(p -> p.contains("eroberten"));
        String ceded = "Der Krieg endete 1842. Hongkong wurde Britannien überlassen und einige Häfen, darunter Shanghai "
            + "und Guangzhou, wurden als Handels- und Aufenthaltsorte für Briten zugelassen.";
        assertThat(prompts(ceded)).noneMatch(p -> p.contains("Hongkong"));
        assertThat(statements(ceded, 6, true)).noneMatch(p -> p.startsWith("Britannien wurde"));
        String sighted = "Die Antarktis wurde 1820 entdeckt. Von Bellinghausen sichtete die Antarktis am 27. Januar 1820, "
            + "drei Tage, bevor Bransfield Land sichtete und 10 Monate, bevor Palmer es tat, im November 1820.";
        assertThat(prompts(sighted)).noneMatch(p -> p.contains("drei Tage?"));
        assertThat(statements(sighted, 6, true)).noneMatch(p -> p.endsWith("drei Tage."));
    }

    /**
     * From UD German PUD (wiki, hand-read set 127 for #13): a "zwar" relative clause and one on "jeder" ask nothing;
     * "mit dem Ersten Weltkrieg" says when; a question that names the answer in the genitive gives it away; half a
     * word cut at its hyphen answers nothing.
     */
    @Test
    void zwarJederAWarTheAnswersGenitiveAndHalfAWord() {
        assertThat(prompts("Der Roman ist alt. Jin Ping Mei, das zwar erst 1610 veröffentlicht worden war, doch auf "
            + "älterem Material basierte, markierte die Entwicklung hin zu einer unabhängigen Dichtung."))
            .noneMatch(p -> p.contains("zwar"));
        assertThat(prompts("Die Kirche war streng. Erzwungene Taufen standen den Gesetzen der Katholischen Kirche entgegen, "
            + "und theoretisch konnte jeder, der zur Taufe gezwungen worden war, legitim wieder zum Judentum zurückkehren."))
            .noneMatch(p -> p.startsWith("Was war zur Taufe") || p.startsWith("Wer war zur Taufe"));
        assertThat(prompts("Die Kolonien wurden neu verteilt. Mit dem Ersten Weltkrieg kam es zu Verschiebungen und neuen "
            + "Entwicklungen in der Kolonialpolitik.")).noneMatch(p -> p.startsWith("Womit"));
        assertThat(prompts("Kamerun wurde Kolonie. Frankreich integrierte die Wirtschaft Kameruns in die Frankreichs und "
            + "verbesserte die Infrastruktur mit Kapitalanlagen und ausgebildeten Arbeitern, wodurch das System der "
            + "Zwangsarbeit modifiziert wurde.")).noneMatch(p -> p.contains("Frankreichs"));
        assertThat(wh("Die Wüste wächst. Sand- und Staubstürme zählen zu den Naturereignissen, die in Trockengebieten "
            + "auftreten.").stream().flatMap(q -> q.answers().stream())).noneMatch(a -> a.endsWith("-"));
        assertThat(wh("Kamerun wurde unabhängig. Am 1. Oktober 1961 schloss sich das ehemals britische Südkamerun mit "
            + "Französisch-Kamerun zusammen, um die Bundesrepublik Kamerun zu bilden.").stream()
            .flatMap(q -> q.answers().stream())).doesNotContain("Französisch");
        assertThat(wh("Australien hat viele Parks. Der australische Royal-Nationalpark, der 1879 gegründet wurde, war der "
            + "weltweit zweite offiziell gegründete Nationalpark.").stream().flatMap(q -> q.answers().stream()))
            .doesNotContain("Royal");
    }

    /**
     * From UD German PUD (wiki, hand-read set 127 for #13): which years, which possibility, only the clause after the
     * noun says; "Kriegsführung" is what is done, no body.
     */
    @Test
    void aSpanOrAPossibilityCutFromItsClauseAndWarfare() {
        assertThat(prompts("Die Familie zog oft um. Während der Jahre, die die Familie in Kentucky und Indiana verbrachte, "
            + "arbeitete Thomas Lincoln als Landwirt, Tischler und Zimmermann.")).noneMatch(p -> p.contains("der Jahre"));
        assertThat(statements("Das Reich zerfiel. In den 1350ern bekam König Gongmin schließlich die Möglichkeit, die "
            + "Goryeo-Regierung zu reformieren, als die Yuan-Dynastie zu zerfallen begann.", 6, true))
            .noneMatch(p -> p.endsWith("die Möglichkeit."));
        assertThat(prompts("Der Krieg veränderte sich. Die Kriegsführung zu Lande wandelte sich von den starren Frontlinien "
            + "des Ersten Weltkriegs hin zu erhöhter Mobilität und der Verwendung von Verbundstreitkräften."))
            .contains("Was wandelte sich von den starren Frontlinien des Ersten Weltkriegs hin zu erhöhter Mobilität und "
                + "der Verwendung von Verbundstreitkräften?");
    }

    /**
     * From UD German GSD (test split, hand-read set 128 for #13): "laut UN" is no subject, "um ein Vielfaches" asks no
     * "worum", "zum Jahreswechsel" no "wozu", "keine Wahlmöglichkeit" answers nothing, a genitive attribute is no
     * relative clause's answer, and a chamber of a court is someone.
     */
    @Test
    void aSourceAMultipleATurnOfTheYearNothingAGenitiveAndACourtsChamber() {
        assertThat(prompts("Die Waffen werden zerstört. Die Vernichtung der irakischen C-Waffen soll laut UN in großem "
            + "Umfang in Kürze beginnen und rund ein Jahr dauern.")).noneMatch(p -> p.startsWith("Wer soll"));
        assertThat(prompts("Macht hat Folgen. Die bitteren Folgen übersteigen um ein Vielfaches den Lebensraum und die "
            + "Lebenszeit ihrer Nutznießer.")).noneMatch(p -> p.startsWith("Worum"));
        assertThat(prompts("Die Versicherungen werden teurer. Mehrere große Gesellschaften heben zum Jahreswechsel die "
            + "Beiträge in den Vollkosten-Tarifen an.")).noneMatch(p -> p.startsWith("Wozu"));
        assertThat(prompts("Der Tarifvertrag gilt ab Januar. Keine Wahlmöglichkeit besteht zunächst beim Übergang von "
            + "einer Ausbildung in ein festes Arbeitsverhältnis oder bei einem Wechsel im gleichen Unternehmen."))
            .noneMatch(p -> p.startsWith("Was besteht"));
        assertThat(wh("Das Land ist arm. Der Grad der Alphabetisierung, der bei den Männern des Landes mit 46 Prozent fast "
            + "die Hälfte erreicht hat, ist bei den Frauen um etliches geringer.").stream().map(Question::solution))
            .noneMatch(a -> a.startsWith("der Alphabetisierung"));
        assertThat(prompts("Der Prozess begann. Die 27. Große Strafkammer beriet zunächst hinter verschlossenen Türen, "
            + "dann eröffnete Bräutigam das Verfahren dennoch.")).contains("Wer beriet hinter verschlossenen Türen?");
    }

    /**
     * From UD German GSD (test split, hand-read set 128 for #13): "ebenso" before "wie" is no link to drop; "deren"
     * owns what the noun before it names, which another order changes; "darüberhinaus" links like "außerdem".
     */
    @Test
    void ebensoBeforeWieDerenAndDarueberhinaus() {
        assertThat(statements("Die Saar-CDU tagte. Der CDU-Chef warf dem Ministerpräsidenten Oskar Lafontaine vor, mit "
            + "seiner Finanzpolitik im Lande ebenso gescheitert zu sein wie mit seiner Stahl- oder Wirtschaftspolitik.", 8,
            true)).noneMatch(s -> s.contains("Lande gescheitert"));
        assertThat(statements("Die Grünen tagten. Nach einer Tagung des Länderrats der Bündnis-Grünen sagte deren "
            + "Vorstandssprecher Jürgen Trittin am Sonntag in Erfurt, die SPD-Spitze wolle sich mit ihren Vorbehalten gegen "
            + "die Währungsunion aus der Verantwortung stehlen.", 8, true)).noneMatch(s -> s.contains("sagte deren"));
        assertThat(prompts("Das Hotel ist gut. Darüberhinaus ist das Personal sehr freundlich und zuvorkommend und jeder "
            + "Gast wird persönlich vom Chef begrüßt.")).noneMatch(p -> p.contains("arüberhinaus"));
    }

    /**
     * From UD German GSD (test split, hand-read set 129 for #13): "zum Wochenbeginn" asks no "wozu"; "flogen die
     * Fetzen" is an idiom; two common nouns side by side may be a list, no apposition to restate.
     */
    @Test
    void zumWochenbeginnDieFetzenAndTwoCommonNouns() {
        assertThat(prompts("Die Kurse fielen. Die von einem Datenbankproblem vorübergehend lahmgelegte Frankfurter "
            + "Aktienbörse hat zum Wochenbeginn etwas schwächer geschlossen.")).noneMatch(p -> p.startsWith("Wozu"));
        assertThat(prompts("Die Debatte war hitzig. Im Abgeordnetenhaus, sonst ein Ort scharfer, aber peinlich auf gute "
            + "Formen achtender Debatten, flogen die Fetzen auf niedrigstem Niveau.")).noneMatch(p -> p.contains("flog"));
        assertThat(statements("Der Regisseur spricht über seine Arbeit. Am Anfang eines Films steht immer die "
            + "Musikalität, der Rhythmus.", 8, true)).doesNotContain("Die Musikalität ist der Rhythmus.");
    }

    /**
     * From UD German PUD (wiki, sets 126 and 127) and GSD (test split, sets 128 and 129), for #13: a name alone whose
     * bearer refuses, tries, finds out or is forced is someone, asked with "wer".
     */
    @Test
    void aNameAloneThatRefusesTriesOrIsForcedIsSomeone() {
        assertThat(prompts("Kabul bleibt umkämpft. Hekmatyar hatte sich geweigert, der Aufforderung des neuen Präsidenten "
            + "Burhanuddin Rabbani zum Rückzug aller schwer bewaffneten Mudjaheddin-Kämpfer aus Kabul nachzukommen."))
            .anyMatch(p -> p.startsWith("Wer hatte sich geweigert")).noneMatch(p -> p.startsWith("Was hatte sich"));
        assertThat(prompts("Der Krieg ging weiter. Pyrrhus war jedoch gezwungen worden, Sizilien zu verlassen, um "
            + "Geschäfte in Süditalien abzuwickeln.")).anyMatch(p -> p.startsWith("Wer war gezwungen worden"));
        assertThat(prompts("Der Film war ein Erfolg. Valentino versuchte, den Charakter von einem stereotypen Porträt eines "
            + "arabischen Mannes abzugrenzen.")).anyMatch(p -> p.startsWith("Wer versuchte"));
    }

    /** From UD German GSD (test split, hand-read set 129 for #13): a government that is formed is done to, no one who acts. */
    @Test
    void aGovernmentFormedIsAskedWithWas() {
        assertThat(prompts("Die Kurden wählten ein Parlament. Unter der Leitung von Ministerpräsident Fuad Maassum ist im "
            + "nordirakischen Erbil die erste kurdische Regierung gebildet worden."))
            .noneMatch(p -> p.startsWith("Wer ist")).anyMatch(p -> p.startsWith("Was ist"));
    }

    /**
     * From UD German GSD (test split, hand-read set 129 for #13): "zu einem … Preis" says for how much, no "wozu";
     * examples after ", vor allem" left in a question belong to its answer.
     */
    @Test
    void atAPriceAndExamplesLeftBehind() {
        assertThat(prompts("Der Konzern verkauft eine Tochter. Die Bielefelder veräußern den Nuß- und "
            + "Knabberartikelhersteller zu einem nicht genannten Preis an Maria May aus der Eigentümerfamilie der "
            + "May-Werke.")).noneMatch(p -> p.startsWith("Wozu"));
        assertThat(prompts("Das Restaurant ist gut. Das Personal ist klasse, vor allem der Chef und der nette "
            + "\"Oberkelner\" Dennis.")).noneMatch(p -> p.contains("vor allem"));
    }

    /** From UD German PUD (wiki, hand-read set 126 for #13): the north of a country is a place, asked with "was". */
    @Test
    void aQuarterOfACountryIsAPlace() {
        assertThat(prompts("Das Land ist groß. Nordalgerien liegt in der gemäßigten Klimazone und erfreut sich eines "
            + "milden, mediterranen Klimas.")).noneMatch(p -> p.startsWith("Wer"));
    }

    /**
     * A verb's prepositional object is asked with "wo(r)" and its preposition, as the comprehension issue (#13) lists
     * ("worüber, wofür, womit …"): what someone holds to, warns of, invests in or suffers from.
     */
    @Test
    void prepositionalObjectIsAskedWithWoAndItsPreposition() {
        assertThat(wh("Die Debatte geht weiter. Der Minister hält an der Reform fest.")).anySatisfy(q -> {
            assertThat(q.prompt()).isEqualTo("Woran hält der Minister fest?");
            assertThat(q.answers()).contains("an der Reform", "der Reform", "Reform");
        });
        assertThat(prompts("Die Debatte geht weiter. Der Verband warnte vor den Folgen der Reform."))
            .contains("Wovor warnte der Verband?");
        assertThat(prompts("Die Debatte geht weiter. Die Firma investiert in neue Anlagen."))
            .contains("Worin investiert die Firma?");
        assertThat(prompts("Der Sommer war heiß. Die Bauern leiden unter der anhaltenden Dürre."))
            .contains("Worunter leiden die Bauern?");
    }

    /**
     * The same preposition where the verb takes no such object, or in the other case, says where or when; a phrase right
     * after the object may be part of it; and "Antwort" ends in "ort" without being a place.
     */
    @Test
    void aPhraseIsAskedAsTheVerbsObjectOnlyWhenTheVerbTakesIt() {
        assertThat(prompts("Der Zug kam spät. Die Reisenden warteten auf dem Bahnsteig."))
            .noneMatch(p -> p.startsWith("Worauf"));
        assertThat(prompts("Das Spiel war hart. Die Polizei befragte nach dem Spiel die Zeugen."))
            .noneMatch(p -> p.startsWith("Wonach"));
        assertThat(prompts("Die Lage ist ernst. London setzt auf die Nato unter Beteiligung der USA."))
            .noneMatch(p -> p.startsWith("Worauf"));
        assertThat(prompts("Der Streit dauert an. Die Gewerkschaft wartet seit Wochen auf eine Antwort des Ministeriums."))
            .noneMatch(p -> p.startsWith("Wohin")).contains("Worauf wartet die Gewerkschaft seit Wochen?");
    }

    /**
     * "Zeugen" is witnesses as well as the begetting, and people are asked "wen"; what someone is asked about, hung on
     * the person asked, would make the answer "die Anwohner nach dem Täter".
     */
    @Test
    void witnessesAreSomeoneAndWhatTheyAreAskedAboutIsNoPartOfThem() {
        assertThat(prompts("Das Spiel war hart. Die Polizei befragte nach dem Spiel die Zeugen."))
            .contains("Wen befragte die Polizei nach dem Spiel?").noneMatch(p -> p.startsWith("Was befragte"));
        assertThat(wh("Die Suche geht weiter. Die Beamten fragten die Anwohner nach dem Täter."))
            .noneMatch(q -> q.answers().get(0).contains("Anwohner nach"));
    }

    /**
     * From UD German GSD (dev split, hand-read set 130 for #13): staff, delegations and thousands are people, asked
     * "wer"; "Ausserdem", Swiss for "außerdem", is left out of a question as "außerdem" is (since hand-read set 145).
     */
    @Test
    void staffDelegationsAndThousandsAreSomeone() {
        assertThat(prompts("Das Hotel liegt am See. Ausserdem ist das Personal sehr freundlich und der Service ist sehr gut."))
            .contains("Wer ist sehr freundlich?").noneMatch(p -> p.contains("usserdem"));
        assertThat(prompts("Der Verkehr brach zusammen. Mehrere Tausende saßen zum Teil über zwölf Stunden fest."))
            .anyMatch(p -> p.startsWith("Wer saß")).noneMatch(p -> p.startsWith("Was saß"));
        assertThat(prompts("Die Gespräche gehen weiter. Die Delegationen aus Bosnien, Serbien und Kroatien setzten sich "
            + "jetzt mit Vorschlägen auseinander.")).anyMatch(p -> p.startsWith("Wer setzte sich"));
    }

    /**
     * From UD German GSD (dev split, hand-read set 130 for #13): of two accusatives one says how far, and neither is
     * asked "was"; "selbst" at the end is "himself" and stays there; "von sich aus" stays whole.
     */
    @Test
    void twoAccusativesAndAnEmphaticSelbst() {
        String text = "Die Fahrt begann gut. Der begleitende Fahrer brach von sich aus nach einigen Minuten ohne Begründung "
            + "ab und fuhr den Panzer den Rest der Strecke selbst.";
        assertThat(wh(text)).noneMatch(q -> q.answers().get(0).equals("den Rest der Strecke"));
        assertThat(prompts(text)).contains("Wer fuhr den Panzer den Rest der Strecke selbst?")
            .noneMatch(p -> p.contains("fuhr selbst"));
        assertThat(statements(text, 4, true)).noneMatch(s -> s.startsWith("Aus "))
            .allMatch(s -> !s.contains("von sich") || s.contains("von sich aus"));
    }

    /** From UD German GSD (dev split, hand-read set 130 for #13): "rund 2000 Stellen" is a count, no year. */
    @Test
    void aboutSoManyIsACountNotAYear() {
        assertThat(falseStatements("Der Konzern spart. Rund 2000 Stellen werden bis Ende kommenden Jahres gestrichen.", 4))
            .noneMatch(s -> s.contains("1997")).anyMatch(s -> s.contains("4000"));
    }

    /**
     * From UD German GSD (dev split, hand-read set 131 for #13): a name after the noun of a person answers, though the
     * dictionary does not know its given name.
     */
    @Test
    void nameAfterAPersonNounAnswers() {
        assertThat(wh("Die Gespräche enden. Der US-Handelsbeauftragte Mickey Kantor äußerte sich über das bisherige "
            + "Ergebnis zufrieden.")).filteredOn(q -> q.prompt().startsWith("Wer äußerte"))
            .singleElement().satisfies(q -> assertThat(q.answers()).contains("Mickey Kantor", "Kantor"));
    }

    /** From UD German GSD (dev split, hand-read set 130 for #13): "der Dax", spelt so, is a stock index, no one. */
    @Test
    void theDaxIsNoOne() {
        assertThat(prompts("Die Börse war ruhig. Der Dax schloß mit 2192,82 Punkten und lag damit 20,52 Zähler über "
            + "seinem Endstand vom Mittwoch.")).noneMatch(p -> p.startsWith("Wer"));
    }

    /**
     * From UD German GSD (dev split, hand-read set 131 for #13): an indefinite subject put back after the verb goes before
     * an adverb of manner ("erfolglos"), though after one of time.
     */
    @Test
    void anIndefiniteSubjectGoesBeforeAnAdverbOfManner() {
        assertThat(statements("Die Schule blieb hart. Ein arbeitsloser argentinischer Kriegsveteran hat am Samstag "
            + "erfolglos versucht, die Schulgebühren seines Sohnes mit drei Tapferkeitsmedaillen aus dem Falklandkrieg von "
            + "1982 zu bezahlen.", 6, true)).noneMatch(s -> s.contains("erfolglos ein"))
            .anyMatch(s -> s.startsWith("Am Samstag hat ein arbeitsloser argentinischer Kriegsveteran erfolglos"));
    }

    /**
     * From GermEval 2014 NER (test split, news, hand-read set 132 for #13): "bewegten" in the singular is "bewegte", not
     * "bewog" of "jemanden zu etwas bewegen". (The article's "Die übrigen Basismetallpreise", all but those named
     * before, is no answer since set 169.)
     */
    @Test
    void theSingularKeepsThePluralsConjugation() {
        assertThat(prompts("Der Handel war ruhig. Die wichtigsten Basismetallpreise bewegten sich kaum."))
            .contains("Was bewegte sich kaum?").noneMatch(p -> p.contains("bewog"));
    }

    /**
     * From GermEval 2014 NER (test split, news, hand-read set 132 for #13): of "am Donnerstag und am Montag" no day is
     * swapped, the other bounding it ("Am Donnerstag und am Donnerstag will das Kabinett …" was made).
     */
    @Test
    void aDayListedWithAnotherAfterItsPrepositionStays() {
        assertThat(falseStatements("Die Regierung steht. Am Donnerstag und am Montag will das Kabinett über weitere "
            + "Regierungsposten entscheiden, kündigte Berlusconi an.", 8))
            .noneMatch(s -> s.matches(".*(\\p{L}+tag) und am \\1.*"))
            .allMatch(s -> s.contains("Am Donnerstag und am Montag"));
    }

    /** From GermEval 2014 NER (test split, news, hand-read set 132 for #13): an elite is people, asked "wer". */
    @Test
    void anEliteIsPeople() {
        assertThat(prompts("Das Turnier beginnt. Die Weltelite hat sich für Dortmund angekündigt, um alle Varianten des "
            + "Backflips zu zeigen.")).anyMatch(p -> p.startsWith("Wer hat sich für Dortmund angekündigt"))
            .noneMatch(p -> p.startsWith("Was hat sich"));
    }

    /**
     * From GermEval 2014 NER (test split, news, hand-read set 132 for #13): "Das letzte Wort scheint … noch nicht
     * gesprochen" is an idiom, whose word no one speaks.
     */
    @Test
    void theLastWordIsAnIdiom() {
        assertThat(prompts("Der Streit geht weiter. Das letzte Wort scheint in dem Konflikt noch nicht gesprochen."))
            .noneMatch(p -> p.contains("gesprochen"));
    }

    /**
     * From GermEval 2014 NER (test split, news, hand-read set 132 for #13): "…, die Formation vom See einen Zähler" is
     * a second clause with its verb left out, which no question runs into the first.
     */
    @Test
    void aSecondObjectAfterACommaIsAClauseWithoutItsVerb() {
        assertThat(prompts("Das Wochenende war gut. Die Crew vom Berg holte drei Punkte, die Formation vom See einen "
            + "Zähler.")).noneMatch(p -> p.contains("Formation"));
    }

    /**
     * From GermEval 2014 NER (test split, news, hand-read set 132 for #13): "Zum einen" opens the first of two points,
     * no phrase to ask or to leave behind.
     */
    @Test
    void zumEinenIsNoPhrase() {
        assertThat(prompts("Die Partei hat ein Programm. Zum einen stehen soziale Forderungen im Zentrum des "
            + "Parteiprogramms.")).noneMatch(p -> p.contains("zum einen") || p.startsWith("Wozu"));
        assertThat(statements("Die Partei hat ein Programm. Zum einen stehen soziale Forderungen im Zentrum des "
            + "Parteiprogramms.", 6, true)).noneMatch(s -> s.contains("zum einen"));
    }

    /**
     * From GermEval 2014 NER (test split, news, hand-read set 132 for #13): "Banken- und Finanztitel" are stocks, the
     * bank of the first half of the compound no body that acts.
     */
    @Test
    void theFirstHalfOfACompoundSaysNotWhatItIs() {
        assertThat(prompts("Die Börse schloss fester. Banken- und Finanztitel legten nach der bullischen "
            + "Goldman-Analyse deutlich zu.")).noneMatch(p -> p.startsWith("Wer"));
    }

    /**
     * From GermEval 2014 NER (test split, news, hand-read set 132 for #13): "über" with the dative says where, and
     * "worüber" asks what about.
     */
    @Test
    void uberWithTheDativeIsNoTopic() {
        assertThat(prompts("Im Bild ist viel los. Über der beschriebenen Szenerie reitet eine vierte Hexe auf einem "
            + "Ziegenbock.")).noneMatch(p -> p.startsWith("Worüber"));
    }

    /** From GermEval 2014 NER (test split, news, hand-read set 132 for #13): a club a copula names is asked "wer". */
    @Test
    void aClubAsThePredicateIsAskedWithWer() {
        assertThat(prompts("Der Spieltag ist vorbei. Der große Gewinner war indes die SG Argental."))
            .contains("Wer war der große Gewinner?").doesNotContain("Was war der große Gewinner?");
    }

    /**
     * From GermEval 2014 NER (test split, news, hand-read set 132 for #13): "…, sagten 38 Prozent der Briten": an
     * opinion, neither asked nor stated as a fact.
     */
    @Test
    void aShareOfPeopleSayingFramesTheClause() {
        String text = "Die Wahl naht. Die Konservativen machten von allen Parteien die beste Wirtschaftspolitik, sagten "
            + "38 Prozent der Briten jüngst in einer Umfrage.";
        assertThat(prompts(text)).noneMatch(p -> p.contains("Wirtschaftspolitik"));
        assertThat(statements(text, 6, true)).allMatch(s -> s.contains("38 Prozent der Briten"));
    }

    /**
     * From GermEval 2014 NER (test split, news, hand-read set 132 for #13): the object after an apposition and its
     * comma is the clause's, which a question cut at the first comma would leave out ("Wer kaufte 1869 in Stadthagen?").
     */
    @Test
    void anObjectAfterAnAppositionBelongsToTheClause() {
        assertThat(prompts("Die Firma hat eine lange Geschichte. Der Bremer Kaufmann Otto Bosse kaufte 1869 in "
            + "Stadthagen, der Heimat seiner Ehefrau, acht Morgen Land am Bahnhof."))
            .noneMatch(p -> p.endsWith("in Stadthagen?"));
    }

    /**
     * From GermEval 2014 NER (test split, news, hand-read set 133 for #13): "nicht" follows the time of the trading day
     * ("im frühen Handel") and a clock time; a sentence with a second clause after a dash is not negated.
     */
    @Test
    void nichtFollowsTimesOfTheDayAndNoClauseAfterADashIsNegated() {
        assertThat(falseStatements("Die Börsen öffneten ruhig. Der Kurs des Euro ist am Montag im frühen Handel gestiegen.",
            6)).noneMatch(s -> s.contains("nicht im frühen Handel"));
        assertThat(falseStatements("Die Streife war unterwegs. Bei der Lindenhofhalle begegnete der Beamte gegen 18.30 "
            + "Uhr einer Gruppe Jugendlicher.", 6)).noneMatch(s -> s.contains("nicht gegen"));
        assertThat(falseStatements("Die Saison läuft. Mit zwölf Punkten belegen die Spargelstädter derzeit den zehnten "
            + "Tabellenplatz - sechs Punkte beträgt der Vorsprung auf die Abstiegsplätze.", 6))
            .noneMatch(s -> s.contains("nicht"));
    }

    /**
     * From GermEval 2014 NER (test split, news, hand-read set 133 for #13): "warnt davor, … zu dramatisieren" is not
     * asked "Wer warnt, … zu dramatisieren?", which turns the warning round.
     */
    @Test
    void aWarningAgainstIsNotAskedWithoutItsDavor() {
        String text = "Artikel\n\nMit Medal of Honor hat Electronic Arts momentan allerdings einen Titel in der Mache, der "
            + "sich mit einem nicht weniger brisanten Thema beschäftigt: Afghanistan - inklusive spielbaren Taliban-Milizen. "
            + "Das entspricht einem Wachstum von 10,89 Prozent. Spitzenreiter VfB Lübeck war bereits am Freitag bei Preußen "
            + "Münster über ein 2:2 (1:1) nicht hinausgekommen. Klaus Strömer vom Verband Deutscher Dermatologen warnt "
            + "jedoch davor, diese Entwicklungen zu dramatisieren.";
        List<String> quotes = java.util.stream.IntStream.range(0, 12).boxed().flatMap(seed -> new QuoteGenerator(
                GermanAnalysis.MORPHOLOGY, GermanAnalysis.PARSER).questions(GermanAnalysis.analyze(text),
                new Random(seed)).stream())
            .map(Question::prompt).toList();
        assertThat(quotes).noneMatch(q -> q.startsWith("Wer warnt,"));
    }

    /**
     * From GermEval 2014 NER (test split, news, hand-read set 133 for #13): "der Haussegen hängt schief", "die Zukunft
     * gehört ihm", "die Schulbank drücken" are idioms, whose words no question asks.
     */
    @Test
    void moreIdiomsAreNotAsked() {
        assertThat(prompts("Der Verein hat Sorgen. Bei Vizemeister Rapid hängt der Haussegen schief."))
            .noneMatch(p -> p.startsWith("Was hängt"));
        assertThat(prompts("Der Verein hofft. Dem Talent Caligiuri kann die Zukunft gehören, aber er hat noch Vertrag "
            + "beim VfB Stuttgart bis 2008.")).noneMatch(p -> p.startsWith("Was kann dem Talent"));
        assertThat(prompts("Die Schule ist beliebt. Schüler aus der Türkei, Marokko und Bosnien drücken im Islamischen "
            + "Gymnasium in Wien die Schulbank.")).noneMatch(p -> p.contains("Schulbank?") || p.startsWith("Wen drücken"));
    }

    /** From GermEval 2014 NER (test split, news, hand-read set 133 for #13): "der Grossteil", spelt the Swiss way. */
    @Test
    void theGreaterPartOfPeopleSpeltTheSwissWayIsAskedWithWer() {
        assertThat(prompts("Die Krankheit ist verbreitet. Der Grossteil der Betroffenen lebt in Entwicklungs- und "
            + "Schwellenländern in Afrika und Südostasien.")).noneMatch(p -> p.startsWith("Was lebt"));
    }

    /**
     * From GermEval 2014 NER (test split, news, hand-read set 133 for #13): "…, was sie spielen möchten" is what the
     * children choose, not a relative clause to leave out ("Wer darf sich aussuchen?").
     */
    @Test
    void whatAReflexiveVerbChoosesStays() {
        assertThat(prompts("Das Fest beginnt. Die Kinder dürfen sich aussuchen, was sie spielen möchten."))
            .doesNotContain("Wer darf sich aussuchen?");
    }

    /**
     * From GermEval 2014 NER (test split, news, hand-read set 133 for #13): "vor Gericht stehen" is on trial, no
     * place; "ließ … verlauten" says with its infinitive.
     */
    @Test
    void onTrialIsNoPlaceAndLassenVerlautenSays() {
        assertThat(prompts("Der Prozess beginnt. Der 41-Jährige steht in seiner afghanischen Heimat wegen Abfalls vom "
            + "Glauben vor Gericht.")).noneMatch(p -> p.startsWith("Warum steht"));
        // the four sentences of the set, whose one other name gives the question its choices, and the set's seed
        List<String> quotes = java.util.stream.Stream.of(277243208L, 1L, 2L).flatMap(seed -> new QuoteGenerator(
                GermanAnalysis.MORPHOLOGY, GermanAnalysis.PARSER).questions(GermanAnalysis.analyze("Artikel\n\nAnfangs "
                + "lebte der Junge ohne Probleme, machte seinen Schulabschluss, arbeitete bei der Stadtverwaltung. Bei den "
                + "Kontrollen im Oberledingerland kamen solche Geräte sowie Radar zum Einsatz. Die Band sei sehr aufgeregt "
                + "und freue sich nach der langen Tour endlich wieder im Studio zu sein, ließ Frontfrau Kate Jackson "
                + "verlauten. Auf der IFA, die vom 31. August bis 5. September 2007 in Berlin stattfindet, präsentiert "
                + "Fujitsu Siemens Computers den SCALEO Home Server in Halle 13, Stand 101."), new Random(seed)).stream())
            .map(Question::prompt).toList();
        assertThat(quotes).noneMatch(q -> q.startsWith("Wer ließ,")).anyMatch(q -> q.startsWith("Wer ließ verlauten, die Band"));
    }

    /**
     * From GermEval 2014 NER (test split, news, hand-read set 133 for #13): "wegen Hakenkreuz-Schmierereien an
     * öffentlichen Gebäuden" is one phrase, whose "an" phrase the noun takes.
     */
    @Test
    void aCompoundTakesTheAnPhraseItsLastPartTakes() {
        assertThat(prompts("Die Stadt ist empört. Die Polizei ermittelt zurzeit wegen Hakenkreuz-Schmierereien an "
            + "öffentlichen Gebäuden.")).noneMatch(p -> p.startsWith("Warum"));
    }

    /** From GermEval 2014 NER (test split, news, hand-read set 132 for #13): "alleine" singles out, as "allein" does. */
    @Test
    void alleineIsNotNegated() {
        assertThat(falseStatements("Die Halle kostet viel. Alleine 60 000 Euro pro Saison fallen für die Blau-Schwarzen "
            + "an Energiekosten an.", 6)).noneMatch(s -> s.contains("nicht"));
    }

    /**
     * From GermEval 2014 NER (test split, news, hand-read set 134 for #13): "Mai" that ends "Chiang Mai" and the year of
     * the title «Agenda 2010» are no date to swap.
     */
    @Test
    void aMonthEndingAPlacesNameAndAYearInATitleAreNoDates() {
        assertThat(falseStatements("Der Mönch lebt in Thailand. Pisit Khetphasook wirkte vor seiner Arbeit in Chiang Mai "
            + "lange in Supan Buri.", 8)).allMatch(s -> s.contains("Chiang Mai"));
        assertThat(falseStatements("Schröder lobt die Reformen. Der gegenwärtige Wirtschaftsaufschwung ist nach Ansicht "
            + "des früheren SPD-Kanzlers Gerhard Schröder maßgeblich der unter Rot-Grün beschlossenen « Agenda 2010 » zu "
            + "verdanken.", 8)).allMatch(s -> s.contains("Agenda 2010"));
    }

    /**
     * From GermEval 2014 NER (test split, news, hand-read set 134 for #13): a straight closing quotation mark stays
     * against the word it closes.
     */
    @Test
    void aClosingQuotationMarkStaysAgainstItsWord() {
        assertThat(ClauseQuestions.closingQuotesTight("Wer hat mit \"Tropic Thunder \" Hollywoods Filmindustrie ins Visier "
            + "genommen?")).isEqualTo("Wer hat mit \"Tropic Thunder\" Hollywoods Filmindustrie ins Visier genommen?");
        assertThat(prompts("Der Film läuft an. Ben Stiller hat mit \"Tropic Thunder\" Hollywoods Filmindustrie ins Visier "
            + "genommen.")).noneMatch(p -> p.contains("Thunder \""));
    }

    /**
     * From GermEval 2014 NER (test split, news, hand-read set 134 for #13): "Die Grünen … wollen teure Überraschungen …
     * beenden" with the parse's roles the other way round: an adjective in "-e" with no article shows no case, so
     * neither phrase is asked; and a phrase the parse reads as a clause of its own with nothing setting it off is the
     * verb's ("Was rammte mit Tempo 64?").
     */
    @Test
    void anArticlelessAdjectiveShowsNoCaseAndAnUnsetParataxisIsTheVerbs() {
        assertThat(prompts("Die Partei hat einen Plan. Die Grünen im Bundestag wollen teure Überraschungen bei "
            + "Telefon-Warteschleifen mit einer Umleitung zu kostenlosen Nummern beenden.")).noneMatch(p -> p.startsWith("Wen"));
        assertThat(prompts("Der Test war hart. Der Wagen rammte mit Tempo 64 seitlich leicht versetzt eine verformbare "
            + "Alubarriere.")).doesNotContain("Was rammte mit Tempo 64?");
        assertThat(statements("Der Test war hart. Der Wagen rammte mit Tempo 64 seitlich leicht versetzt eine "
            + "verformbare Alubarriere.", 4, true)).doesNotContain("Mit Tempo 64 rammte der Wagen.");
    }

    /**
     * From GermEval 2014 NER (test split, news, hand-read set 134 for #13): "mit einem höheren Gewinn als im
     * Vorquartal" is asked whole or not at all ("Womit rechnet der Ölkonzern … als im Vorquartal?").
     */
    @Test
    void aComparativeIsNotAskedWithoutItsAls() {
        assertThat(prompts("Die Ölpreise steigen. Der Ölkonzern rechnet für das erste Quartal 2010 mit einem höheren "
            + "Gewinn als im Vorquartal.")).noneMatch(p -> p.startsWith("Womit") && p.contains(" als "));
    }

    /**
     * From GermEval 2014 NER (test split, news, hand-read set 134 for #13): "schätzt den Sachschaden auf rund 80 000
     * Euro", with the amount hung on the object, puts neither first ("Den Sachschaden auf rund 80 000 Euro schätzt …").
     */
    @Test
    void anObjectWithTheVerbsAmountInsideStaysInPlace() {
        assertThat(statements("Ein Haus brannte. Die Polizei schätzt den Sachschaden auf rund 80 000 Euro.", 6, true))
            .noneMatch(s -> s.startsWith("Den Sachschaden auf"));
    }

    /** From GermEval 2014 NER (test split, news, hand-read set 134 for #13): "auf den Markt kommen" is no "wohin". */
    @Test
    void comingOnTheMarketIsNoPlace() {
        String text = "Der Konzern ist spät dran. Eigentlich sollte das neue Betriebssystem rechtzeitig zum "
            + "Weihnachtsgeschäft auf den Markt kommen.";
        assertThat(prompts(text)).noneMatch(p -> p.startsWith("Wohin"));
        assertThat(statements(text, 6, true)).noneMatch(s -> s.startsWith("Zum Weihnachtsgeschäft auf den Markt"));
    }

    /**
     * From GermEval 2014 NER (test split, news, hand-read set 135 for #13): "nicht" neither doubts a "sicherlich" nor
     * goes between the years and their office ("nach zwölf Jahren nicht im Amt zurückgetreten").
     */
    @Test
    void nichtNeitherDoubtsACertaintyNorSplitsTheYearsInOffice() {
        assertThat(falseStatements("Die Konjunktur dreht. Der Beschäftigungsaufbau ist sicherlich zu Ende.", 6))
            .noneMatch(s -> s.contains("nicht sicherlich"));
        assertThat(falseStatements("Der Minister geht. Aghasadeh war nach zwölf Jahren im Amt zurückgetreten.", 6))
            .noneMatch(s -> s.contains("nicht im Amt"));
    }

    /**
     * From GermEval 2014 NER (test split, news, hand-read set 135 for #13): "auf den Fersen bleiben", "zur Schau
     * tragen" and "den Aufstieg Hamburgs zum Welthafen" keep their phrases; "Wer ist kein Steuersparmodell?" asks what
     * many things are not.
     */
    @Test
    void idiomsKeepTheirPhrasesAndANegatedPredicateAsksNoSubject() {
        assertThat(statements("Der Winter läuft. Maria Riesch bleibt ihrer schier unschlagbaren Freundin Lindsey Vonn "
            + "fünf Wochen vor Beginn der Olympischen Spiele in der alpinen Königsdisziplin weiter auf den Fersen.", 6, true))
            .noneMatch(s -> s.startsWith("Auf den Fersen"));
        assertThat(prompts("Das Rennen beginnt. Valentino Rossi trug die gute Laune über seinen zweiten Startplatz schon "
            + "offensichtlicher zur Schau.")).noneMatch(p -> p.startsWith("Wozu"));
        String rise = "Das Museum zeigt Bilder. Die Motive, von der Hansekogge bis zum Klipper, symbolisieren den Aufstieg "
            + "Hamburgs zum Welthafen.";
        assertThat(prompts(rise)).noneMatch(p -> p.startsWith("Wohin"));
        assertThat(statements(rise, 6, true)).noneMatch(s -> s.startsWith("Zum Welthafen"));
        assertThat(prompts("Die Stiftung hilft Kindern. Zu allererst: Die Stiftung ist kein Steuersparmodell!"))
            .noneMatch(p -> p.contains("kein Steuersparmodell"));
    }

    /**
     * From GermEval 2014 NER (test split, news, hand-read set 135 for #13): "Besucher ohne Auto" are visitors who have
     * none, and "von zwei Schwächephasen abgesehen" is closed by its "abgesehen": neither phrase is moved first.
     */
    @Test
    void ohneAfterANounAndAPhraseClosedByAbgesehenStay() {
        assertThat(statements("Das Fest ist gut erreichbar. Ein Shuttlebus bringt Besucher ohne Auto nach den "
            + "Veranstaltungen zur Haltestelle Walder Kirche.", 6, true)).noneMatch(s -> s.startsWith("Ohne Auto"));
        assertThat(statements("Das Spiel war gut. Die Österreicher zeigten von zwei Schwächephasen abgesehen, eine sehr "
            + "gute Vorstellung, die mit einem Unetschieden gegen die Tschechen belohnt wurde.", 12, true))
            .noneMatch(s -> s.startsWith("Von zwei Schwächephasen"));
    }

    /**
     * From GermEval 2014 NER (test split, news, hand-read sets 132 and 135 for #13): "Asahari", "Kremer": a name alone
     * the dictionary does not know, doing something, is asked "wer"; "für die Blau-Schwarzen an Energiekosten" is not
     * asked nor put first with the "an" phrase the parse hung on it.
     */
    @Test
    void anUnknownNameThatActsIsSomeoneAndABareAnPhraseIsTheVerbs() {
        assertThat(prompts("Die Lage ist neu. Heute soll Asahari ohne die JI-Struktur auskommen."))
            .noneMatch(p -> p.startsWith("Was soll")).anyMatch(p -> p.startsWith("Wer soll heute"));
        String costs = "Die Halle kostet viel. Alleine 60 000 Euro pro Saison fallen für die Blau-Schwarzen an "
            + "Energiekosten an.";
        assertThat(prompts(costs)).noneMatch(p -> p.startsWith("Wofür"));
        assertThat(statements(costs, 6, true)).noneMatch(s -> s.startsWith("Für die Blau-Schwarzen an Energiekosten"));
    }

    /**
     * From GermEval 2014 NER (test split, news, hand-read set 136 for #13): no restatement puts "nicht" before another
     * word ("Für so eine Behandlung kommen nicht gezüchtete Kräuter in Frage."); "Chancen auf" keep their phrase;
     * "aussehen" keeps its "als" clause; "erkältet" is a person.
     */
    @Test
    void negationScopeChancesLookingAndAColdSubject() {
        assertThat(statements("Der Arzt ist streng. Gezüchtete Kräuter kommen für so eine Behandlung nicht in Frage.", 6,
            true)).noneMatch(s -> s.contains("nicht gezüchtete"));
        assertThat(statements("Das Training war schwach. Button verspielte seine Chancen auf bessere Platzierungen "
            + "zuletzt immer im Training.", 6, true)).noneMatch(s -> s.startsWith("Auf bessere Platzierungen"));
        assertThat(prompts("Das Atelier ist alt. Der alte, stockfleckige Leinenschirm sieht aus, als habe schon Vincent "
            + "van Gogh darunter gearbeitet.")).doesNotContain("Was sieht aus?");
        assertThat(prompts("Die Form fehlt. Hanka Kupfernagel ist ein wenig erkältet."))
            .noneMatch(p -> p.startsWith("Was ist"));
    }

    /**
     * From GermEval 2014 NER (test split, news, hand-read set 136 for #13): a phrase that ends in a full name before its
     * relative clause is a person ("Was zählte … vor allem? – der Etappenachte Andreas Klöden" was made).
     */
    @Test
    void aFullNameBeforeItsRelativeClauseIsSomeone() {
        assertThat(prompts("Die Etappe war hart. Zu den Verlierern des Tages zählte neben Marcus Fothen, der das Weiße "
            + "Trikot des besten Jungprofis abgeben musste, vor allem der Etappenachte Andreas Klöden, der weder Landis "
            + "noch Sastre folgen konnte und auf Platz vier abrutschte.")).noneMatch(p -> p.startsWith("Was zählte"));
    }

    /**
     * From GermEval 2014 NER (test split, news, hand-read set 136 for #13): what only people or a body of them do
     * (agree, organise) makes its subject someone; floods that "claim" victims stay "was" (corpus art_030).
     */
    @Test
    void aBodyThatAgreesOrOrganisesIsSomeone() {
        assertThat(prompts("Der Streit ist beigelegt. Im Sommer 2004 einigte sich die Staatsgalerie Stuttgart mit der "
            + "einzigen noch lebenden Erbin.")).noneMatch(p -> p.startsWith("Was einigte"));
        assertThat(prompts("Die Lage ist ernst. Die Überschwemmungen in zehn Provinzen im Süden Thailands haben bisher "
            + "mindestens 35 Todesopfer gefordert.")).noneMatch(p -> p.startsWith("Wer hat"));
    }

    /**
     * From GermEval 2014 NER (test split, news, hand-read set 134 for #13): "Was hat … die Resonanz übertroffen?" reads
     * either way, "was" and "die Resonanz" both nominative or accusative; asked of a person ("Was hat die Frau …?") the
     * subject is plain.
     */
    @Test
    void wasForAnObjectBesideAThingSubjectOfEitherCaseIsNotAsked() {
        assertThat(prompts("Die Messe war gut besucht. Die Resonanz habe die Erwartungen übertroffen, sagten Stefani Korn, "
            + "die von Seiten des Wirtschaftsministeriums schon mehrere derartige Initiativen begleitet hat, und Felicitas "
            + "Steck.")).noneMatch(p -> p.contains("die Resonanz übertroffen"));
        assertThat(prompts("Die Messe war gut besucht. Die Ministerin hat die neue Halle am Montag eröffnet."))
            .contains("Was hat die Ministerin am Montag eröffnet?");
    }

    /**
     * From GermEval 2014 NER (test split, news, hand-read set 137 for #13): a police station that asks for witnesses is
     * someone; "man" stays right after the verb, before "laut …", also as the question's last word.
     */
    @Test
    void aBodyThatAsksIsSomeoneAndManStaysBeforeLaut() {
        assertThat(prompts("Der Unfall geschah am Abend. Zur Klärung des Unfallhergangs bittet das Polizeirevier "
            + "Biberach um Zeugenhinweise unter Telefon 07351/1447-0.")).noneMatch(p -> p.startsWith("Was bittet"))
            .anyMatch(p -> p.startsWith("Wer bittet"));
        assertThat(prompts("Der Umsatz sank. Dennoch rechne man mit einem deutlich positiven Konzernergebnis, erklärte "
            + "das Unternehmen am Freitag in München.")).noneMatch(p -> p.endsWith(" man?"))
            .contains("Womit rechnet man laut dem Unternehmen?");
    }

    /**
     * From GermEval 2014 NER (test split, news, hand-read set 137 for #13): the verb's particle in the Vorfeld stays
     * with it ("Wann kommt neu hinzu der Europaabgeordnete …?" was asked); "gleich" of an amount stays with the amount
     * ("Wie viele Tabus rührt die Titelgeschichte … gleich?"); "hierher" points to a place the statement does not name.
     */
    @Test
    void aParticleInTheVorfeldAmountFocusAndHierher() {
        assertThat(prompts("Das Kabinett wird umgebildet. Neu hinzu kommt am 1. Januar der Europaabgeordnete Joachim "
            + "Wuermeling als dritter beamteter Staatssekretär.")).noneMatch(p -> p.contains("kommt neu hinzu der"));
        assertThat(prompts("Das Heft ist mutig. Die Titelgeschichte \"Letzte Nacht\" hat einen geradezu empörenden Kick "
            + "und rührt gleich zwei Tabus.")).noneMatch(p -> p.startsWith("Wie viele Tabus"));
        assertThat(statements("Die Alpen locken viele. Hierher strömt eine andere Gruppe von Herausforderern.", 6, true))
            .noneMatch(s -> s.contains("hierher"));
    }

    /**
     * From GermEval 2014 NER (test split, news, hand-read set 137 for #13): a finite form after "wurde", where the
     * article lost a letter of the participle ("gleitet"), says nothing certain; a prize named after a company group
     * is no one; "ins Rennen" is the verb's, not the teams'.
     */
    @Test
    void aLostParticipleAPrizeOfAGroupAndTheVerbsIdiom() {
        String smoke = "Das Feuer brach im Keller aus. Der Rauch wurde über das Dachgebälk nach außen gleitet.";
        assertThat(prompts(smoke)).noneMatch(p -> p.contains("gleitet"));
        assertThat(statements(smoke, 6, true)).noneMatch(s -> s.contains("gleitet"));
        assertThat(prompts("Der Preis hat einen neuen Namen. Der Hypo Group Publikumspreis löst heuer den "
            + "Kelag-Publikumspreis ab.")).noneMatch(p -> p.startsWith("Wer löst"));
        assertThat(prompts("Das Turnier beginnt am Sonntag. Die Gastgeber schicken wie der RFV Frankenberg mehrere Teams "
            + "ins Rennen.")).noneMatch(p -> p.startsWith("Wen schicken") || p.startsWith("Was schicken"));
    }

    /**
     * From GermEval 2014 NER (test split, news, hand-read set 137 for #13): the date of a weekday says which one, and is
     * part of the answer ("Wann …? – Am Mittwoch" was made).
     */
    @Test
    void theDateOfAWeekdayIsPartOfTheAnswer() {
        List<Question> questions = wh("Die Minister reisten an. Am Montag, dem 3. Mai, trafen sich die Minister in "
            + "Berlin.");
        assertThat(questions).filteredOn(q -> q.prompt().startsWith("Wann")).isNotEmpty()
            .allMatch(q -> q.solution().equals("Am Montag, dem 3. Mai") && q.answers().stream().noneMatch(a -> a.endsWith(",")));
    }

    /**
     * From GermEval 2014 NER (dev split, news, hand-read set 138 for #13): a frame of saying inside the words it reports
     * is no clause to ask ("Wer sagt ein Vereinsmitglied, sei …?" was asked); a name set off after its noun answers
     * too; of a change and the total it comes to, neither is altered alone.
     */
    @Test
    void anInsertedFrameANameSetOffAndAChangeToATotal() {
        assertThat(prompts("Viele Paare trennen sich. Der Hintergrund von Scheidungen kurz nach der (Früh-) "
            + "Pensionierung, sagt ein Vereinsmitglied, sei nicht selten eine junge, heiratswillige und meist ausländische "
            + "Frau.")).noneMatch(p -> p.startsWith("Wer sagt") || p.startsWith("Wen sagt"));
        assertThat(wh("Die Gebühr ist umstritten. Der medienpolitische Sprecher der FDP-Bundestagsfraktion, Burkhardt "
            + "Müller-Sönksen, fordert die Abschaffung der bisherigen Rundfunkgebühr."))
            .filteredOn(q -> q.prompt().startsWith("Wer fordert")).isNotEmpty()
            .allMatch(q -> q.answers().containsAll(List.of("Burkhardt Müller-Sönksen", "Müller-Sönksen")));
        assertThat(falseStatements("Der Bau wird teurer. Die öffentlichen Ausgaben für das Gebäude der Schweizer "
            + "Architekten Herzog & de Meuron steigen um 209 Millionen Euro auf insgesamt 323 Millionen Euro.", 8))
            .noneMatch(s -> s.contains("418") || s.contains("646") || s.contains("104") || s.contains("161"));
    }

    /**
     * From GermEval 2014 NER (dev split, news, hand-read set 138 for #13): footballers listed by their full names are
     * people even when sold; a quintet of players is people; "bereits" of "bereits seit Jahren" stays with its time; a
     * subordinate clause alone makes no statement ("Besonders nachdem Teemu Tainio in den Wäldern gewütet hat." was made
     * false of "Orkan Kyrill").
     */
    @Test
    void listedFullNamesAQuintetATimesOwnAdverbAndAClauseAlone() {
        assertThat(prompts("Der Kader schrumpft. Dean Whitehead, Grant Leadbitter und Carlos Edwards wurden im Sommer "
            + "verkauft und Teemu Tainio spielt leihweise für Birmingham.")).noneMatch(p -> p.startsWith("Was wurde"));
        assertThat(prompts("Das Turnier war hart. Das Nesslauer Quintett musste bei der SK Wißgoldingen antreten."))
            .noneMatch(p -> p.startsWith("Was musste"));
        assertThat(prompts("Die Debatte ist alt. Der Präsident der Bundesärztekammer vertritt bereits seit Jahren die "
            + "These einer Rationierung.")).noneMatch(p -> p.startsWith("Seit wann"));
        String storm = "Teemu Tainio spielt für Birmingham. Besonders nachdem Orkan Kyrill in den Wäldern gewütet hat.";
        assertThat(statements(storm, 8, true)).noneMatch(s -> s.startsWith("Besonders nachdem"));
        assertThat(falseStatements(storm, 8)).noneMatch(s -> s.startsWith("Besonders nachdem"));
    }

    /**
     * From GermEval 2014 NER (dev split, news, hand-read set 138 for #13): one of the people a "zu den" phrase names is
     * someone, and the phrase asked "zu wem"; "Zehntausende" first is the subject ("Was schrieb Zehntausende …? –
     * Wut-Mails" was asked).
     */
    @Test
    void oneOfThePeopleAndTensOfThousandsWhoWrite() {
        assertThat(prompts("Der Minister hat Freunde. Pofalla gehört seit längerem zu den engsten Vertrauten Merkels."))
            .noneMatch(p -> p.startsWith("Was gehört") || p.startsWith("Wozu"))
            .anyMatch(p -> p.startsWith("Zu wem gehört"));
        assertThat(prompts("Der Ärger war groß. Zehntausende schrieben Wut-Mails im Internet."))
            .noneMatch(p -> p.startsWith("Was schrieb"));
    }

    /**
     * From GermEval 2014 NER (dev split, news, hand-read set 138 for #13): a bare object the parse hung on the phrase
     * before it ("Mit wem sollen Experten durchsprechen, …? – mit Bauherren … Energievarianten" was asked).
     */
    @Test
    void aBareObjectHungOnThePhraseBeforeIt() {
        String text = "Die Beratung ist neu. Experten sollen dann mit Bauherren oder Besitzern von bestehenden Häusern "
            + "Energievarianten durchsprechen, Vorschläge machen.";
        assertThat(prompts(text)).noneMatch(p -> p.startsWith("Mit wem") || p.startsWith("Wer soll"));
        assertThat(statements(text, 6, true)).isEmpty();
    }

    /**
     * From GermEval 2014 NER (dev split, news, hand-read set 139 for #13): a possessive first whose owner the sentence
     * before names ("Wer fährt …? – sein Mercedes 208", "Wovon profitiert …? – Von seinem …"); data "of that kind";
     * what a verb turns its object into; a question a left-out "dass" clause leaves empty; a name with a height; a small
     * place's adjective.
     */
    @Test
    void ownersBeforeKindsResultsEmptyQuestionsHeightsAndSmallPlaces() {
        assertThat(prompts("Er verließ Afrika 1990. Und sein Mercedes 208 fährt heute wohl immer noch als Taxi durch "
            + "Gambia.")).noneMatch(p -> p.startsWith("Wer fährt") || p.startsWith("Was fährt"));
        assertThat(prompts("Der Flughafen wächst. Von seinem \"Tor nach Europa\" profitiert auch die VG Kirchberg."))
            .noneMatch(p -> p.startsWith("Wovon"));
        String data = "Die Zahlen sind neu. Erstmals hat die FIFA derartige Daten veröffentlicht.";
        assertThat(prompts(data)).noneMatch(p -> p.startsWith("Was hat die FIFA"));
        assertThat(statements(data, 6, true)).noneMatch(s -> s.contains("derartige"));
        assertThat(prompts("Die Anlage ist neu. Bakterien zersetzen in der Anlage die organischen Stoffe zu Methan."))
            .noneMatch(p -> p.startsWith("Was zersetzen"));
        assertThat(prompts("Erziehung ist schwer. Die Eltern müssen lernen, daß es immer um beides geht, daß man das "
            + "Kind tröstet, aber auch frustriert.")).doesNotContain("Wer muss lernen?");
        assertThat(prompts("Er spielt in Frankfurt. Der nur 1,69 m große Marin fing mit dem Fußballspielen bei der SG 01 "
            + "Höchst an.")).noneMatch(p -> p.startsWith("Was fing"));
        assertThat(prompts("Die Straßen sind marode. Zudem befassten sich die Belmer Ausschussmitglieder mit dem "
            + "Straßenzustand in der Gemeinde.")).noneMatch(p -> p.contains("sich Ausschussmitglieder"));
    }

    /**
     * From GermEval 2014 NER (dev split, news, hand-read set 139 for #13): "sich befassen mit" hung on the subject ("Wer
     * befasste sich in der Gemeinde? – die Belmer Ausschussmitglieder mit dem Straßenzustand" was asked).
     */
    @Test
    void theVerbsMitObjectHungOnTheSubjectIsTheVerbs() {
        String text = "Die Straßen sind marode. Zudem befassten sich die Belmer Ausschussmitglieder mit dem "
            + "Straßenzustand in der Gemeinde.";
        assertThat(prompts(text)).noneMatch(p -> p.startsWith("Wer befasste sich in"));
        assertThat(statements(text, 6, true)).noneMatch(s -> s.contains("Ausschussmitglieder mit dem Straßenzustand "
            + "befassten"));
    }

    /**
     * From GermEval 2014 NER (dev split, news, hand-read set 140 for #13): "Tausende" before its noun counts it ("Im
     * Westen der USA Tausende will das BLM Wildpferde einfangen." was made); a clause whose indirect question after the
     * comma says what ("Wer hat vorgerechnet?"); an employer is someone; guillemets either way round are closed.
     */
    @Test
    void aCountBeforeItsNounIndirectQuestionsEmployersAndGuillemets() {
        assertThat(statements("Die Herden wachsen. Das BLM will im Westen der USA Tausende Wildpferde einfangen, da die "
            + "Population nach Ansicht der Behörde überhandnimmt.", 8, true)).noneMatch(s -> s.contains("USA Tausende will"));
        assertThat(prompts("Die Steuer ist umstritten. Die großen deutschen und französischen Autokonzerne haben "
            + "vorgerechnet, was das kosten würde.")).doesNotContain("Wer hat vorgerechnet?");
        assertThat(prompts("Das Team steht. Der Brötchengeber von Timo Glock erwägt einen Ausstieg aus dem F1-Zirkus."))
            .noneMatch(p -> p.startsWith("Was erwägt einen"));
        assertThat(prompts("Das Stadion ist bereit. Bei der symbolischen Schlüsselübergabe durch Franz Beckenbauer hofft "
            + "Jones auch auf den ersten Gedankenaustausch mit dem « Kaiser »."))
            .noneMatch(p -> p.contains("« Kaiser?"));
    }

    /**
     * From GermEval 2014 NER (dev split, news, hand-read set 140 for #13): a company led by someone is what is led ("Wer
     * wird von Wolfgang Prock-Schauer gesteuert? – Jet Airways" was asked).
     */
    @Test
    void aCompanyLedBySomeoneIsAskedWithWas() {
        assertThat(prompts("Die Airline wächst. Jet Airways wird seit 2003 von Wolfgang Prock-Schauer gesteuert."))
            .noneMatch(p -> p.startsWith("Wer wird"));
    }

    /**
     * From DER STANDARD (10kGNAD test split, hand-read set 141 for #13): a weekday's part written as one word is a time
     * ("Wer erfolgte dann eine Durchzündung? – Dienstagfrüh" was asked); an object first whose verb agrees only with
     * the subject after it ("Wer hatte die Ermittler … ausgeschlossen? – Vorsätzliche Brandstiftung").
     */
    @Test
    void aWeekdaysPartIsATimeAndAPluralVerbHasAPluralSubject() {
        assertThat(prompts("Die Halle brannte. Dienstagfrüh erfolgte dann eine Durchzündung."))
            .noneMatch(p -> p.startsWith("Wer erfolgte"));
        assertThat(prompts("Eine Zigarette gilt als Auslöser des Feuers. Vorsätzliche Brandstiftung hatten die "
            + "Ermittler des Landeskriminalamtes Niederösterreich bereits am Mittwochabend ausgeschlossen."))
            .noneMatch(p -> p.startsWith("Wer hatte die Ermittler"));
        assertThat(prompts("Der Konflikt dauert an. Kurdische Aufständische hatten im Jahr 1984 im Südosten der Türkei "
            + "einen Kampf um größere Autonomierechte begonnen.")).anyMatch(p -> p.startsWith("Wer hatte im Jahr 1984"));
        assertThat(prompts("Die Polizei ermittelt. Beamte der Hamburger Mordkommission haben einen 17-jährigen "
            + "Jugendlichen festgenommen.")).anyMatch(p -> p.startsWith("Wer hat einen 17-jährigen"));
    }

    /**
     * From DER STANDARD (hand-read set 141): a body that takes care of people is someone ("Was kümmert sich … um 1,8
     * Millionen Flüchtlinge …? – Das Welternährungsprogramm"), and so is a name that appeals ("Was appellierte …? –
     * Ban").
     */
    @Test
    void whoTakesCareOrAppealsIsSomeone() {
        assertThat(prompts("Die Lage ist ernst. Das Welternährungsprogramm kümmert sich nach eigenen Angaben um 1,8 "
            + "Millionen Flüchtlinge in der Region.")).noneMatch(p -> p.startsWith("Was kümmert"));
        assertThat(prompts("Die Lage ist ernst. Schon nach der weitgehenden Abriegelung der Balkanroute appellierte Ban, "
            + "die Grenzen offen zu lassen.")).noneMatch(p -> p.startsWith("Was appellierte"));
    }

    /**
     * From DER STANDARD (hand-read set 141): "nach oben offen" says there is no upper limit, which a question or a
     * statement without the sum before does not tell ("Was ist nach oben offen? – die Grenzen").
     */
    @Test
    void openAtTheTopIsAnIdiom() {
        String text = "Bei Sportwagen können es mehr als 5000 Euro sein. Nach oben sind die Grenzen offen.";
        assertThat(prompts(text)).noneMatch(p -> p.contains("nach oben offen"));
        assertThat(statements(text, 4, true)).noneMatch(s -> s.contains("nach oben offen"));
    }

    /**
     * From DER STANDARD (hand-read set 141): a second share whose verb the clause leaves out ("Worüber verfügen 33,47
     * Prozent der Asylwerber maximal, 56 Prozent über eine mittlere Ausbildung?").
     */
    @Test
    void aSecondShareWithoutItsVerbIsNotLeftInTheQuestion() {
        assertThat(prompts("Die Studie liegt vor. 33,47 Prozent der Asylwerber verfügen maximal über einen "
            + "Pflichtschulabschluss, 56 Prozent über eine mittlere Ausbildung.")).noneMatch(p -> p.contains("56 Prozent"));
    }

    /**
     * From DER STANDARD (hand-read set 141): a film's title with a colon inside ("Mad Max: Fury Road") is one name,
     * not a label and a clause ("Wer liegt … hinter dem Spitzenreiter? – Fury Road"), and nothing is swapped into it.
     */
    @Test
    void aTitleWithAColonIsOneName() {
        String text = "Der Film wurde bedacht. George Millers Actionspektakel Mad Max: Fury Road liegt mit zehn "
            + "Nominierungen unmittelbar hinter dem Spitzenreiter. Chancen hat auch Eddie Redmayne für The Danish Girl.";
        assertThat(wh(text)).noneMatch(q -> q.solution().equals("Fury Road"));
        assertThat(falseStatements(text, 8)).noneMatch(s -> s.contains("Mad Max: Eddie"));
    }

    /**
     * From DER STANDARD (hand-read set 141): a country after an adjective that says where it lies is not swapped for
     * another ("die Unruhen im afrikanischen Syrien" was made of Burundi).
     */
    @Test
    void aPlaceAfterItsAdjectiveIsNotSwapped() {
        assertThat(falseStatements("Angesichts der Konflikte in Syrien und Burundi sei das Leben von Millionen bedroht. Der "
            + "UN-Menschenrechtsrat berät bis zum 24. März über die Folgen des Syrien-Kriegs und der Unruhen im "
            + "afrikanischen Burundi.", 8)).noneMatch(s -> s.contains("afrikanischen Syrien"));
    }

    /**
     * From DER STANDARD (10kGNAD test split, hand-read set 142 for #13): idioms taken apart ("Wohin kam Tubman … ? – zur
     * Welt", "Was ging in den sozialen Netzwerken hoch? – die Wogen", "Wer geht in sich?"), and a date asked "wofür"
     * ("Wofür wurde ein neuer Termin … angesetzt? – für den 29. August").
     */
    @Test
    void bornWavesReflectingAndADateForWhen() {
        assertThat(prompts("Tubman war eine Sklavin. Tubman kam zirka 1822 als Araminta Ross im Bundesstaat Maryland zur "
            + "Welt.")).noneMatch(p -> p.startsWith("Wohin"));
        assertThat(prompts("Die Grünen unterstützten den Antrag. In den sozialen Netzwerken gingen die Wogen hoch."))
            .noneMatch(p -> p.contains("hoch?"));
        assertThat(prompts("Der Segler spricht. Der 49-Jährige geht in sich, der große Sager rückt näher, da ist er auch "
            + "schon: Welle ist Welle.")).noneMatch(p -> p.startsWith("Wer geht"));
        assertThat(prompts("Das Urteil wurde verschoben. Ein neuer Termin für den Urteilsspruch wurde nun für den 29. "
            + "August angesetzt.")).noneMatch(p -> p.startsWith("Wofür"));
    }

    /**
     * From DER STANDARD (hand-read set 142): an article's first line in a headline's words after an adjective ("Neuer
     * Weltrekord wurde live auf Twitch festgehalten.").
     */
    @Test
    void aHeadlineWithWurdeIsNoSentenceToAsk() {
        String text = "Neuer Weltrekord wurde live auf Twitch festgehalten. Ein Spieler hat das Spiel ohne einen einzigen "
            + "Gegentreffer durchgespielt.";
        assertThat(prompts(text)).noneMatch(p -> p.contains("Twitch"));
        assertThat(statements(text, 4, true)).noneMatch(s -> s.contains("Twitch"));
    }

    /**
     * From DER STANDARD (hand-read set 142): a nationality before a name the dictionary does not know opens it like a
     * title, and no one is swapped in with it (", sagt Österreicher Christof Petter." was made).
     */
    @Test
    void aNationalityBeforeAnUnknownGivenNameIsNoNameToSwapIn() {
        assertThat(People.opensWithATitle("Österreicher Christof Petter", GermanAnalysis.MORPHOLOGY)).isTrue();
        assertThat(People.opensWithATitle("Andreas Hanakamp", GermanAnalysis.MORPHOLOGY)).isFalse();
    }

    /**
     * From the corpus (coverage for #13): "Mir" as the given name of "Mir Hossein Mussawi" is no "mir" that makes the
     * sentence someone's own words, and a straight mark closes a quotation „ opened ("„Tod dem Diktator"), so that the
     * sentences after it are no one's words either.
     */
    @Test
    void aGivenNameMirAndAStraightClosingMarkLeaveTheSentenceTheArticles() {
        Sentence named = GermanAnalysis.analyze("Am Vormittag hatte Mir Hossein Mussawi die Demonstration auf dem Platz "
            + "abgesagt.").sentences().findFirst().orElseThrow();
        assertThat(Words.inTheFirstOrSecondPerson(named)).isFalse();
        assertThat(Words.inTheFirstOrSecondPerson(GermanAnalysis.analyze("Mir gefällt die neue Regel nicht.")
            .sentences().findFirst().orElseThrow())).isTrue();
        Article article = GermanAnalysis.analyze("Die Sprechchöre „Tod dem Diktator\" erklangen von den Dächern. Die Polizei "
            + "nahm am Montag in Teheran mehr als hundert Demonstranten fest.");
        assertThat(WhGenerator.insideAQuotation(article)).isEmpty();
    }

    /**
     * From DER STANDARD (hand-read set 142): a place inside the attribute before a noun is the attribute's, not where
     * the clause happens ("Wo wurde … das am Sonntag erwartete Urteil … verschoben? – in Kairo").
     */
    @Test
    void aPlaceInsideAnAttributeIsNotAskedWo() {
        assertThat(prompts("Das Gericht tagte. Unterdessen wurde das am Sonntag in Kairo erwartete Urteil gegen drei "
            + "Journalisten des katarischen Fernsehsenders Al-Jazeera erneut verschoben.")).noneMatch(p -> p.startsWith("Wo "));
    }

    /**
     * From DER STANDARD (hand-read set 141): a clause that happens now has no other time of its own ("Wann rechnet das
     * Innenministerium nunmehr bereits mit 70.000 Asylanträgen? – im Jahr 2015").
     */
    @Test
    void aClauseThatHappensNowIsNotAskedWann() {
        assertThat(prompts("Die Studie ging von 33.000 Anträgen aus. Das Innenministerium rechnet nunmehr bereits mit "
            + "70.000 Asylanträgen im Jahr 2015, also mehr als doppelt so vielen.")).noneMatch(p -> p.startsWith("Wann"));
        assertThat(prompts("Die Regierung hat am Mittwoch in Berlin ein neues Gesetz beschlossen."))
            .contains("Wann hat die Regierung in Berlin ein neues Gesetz beschlossen?");
    }

    /**
     * From Klexikon (dennlinger/klexikon test split, hand-read set 143 for #13): "heute" in the present tense says how
     * things are nowadays, which "wann" does not ask; a day's event told in the perfect is still asked "wann".
     */
    @Test
    void noWannForHeuteInThePresentTenseButForADaysEvent() {
        assertThat(prompts("Florida ist heute eine der reichsten Gegenden der USA."))
            .contains("Was ist heute eine der reichsten Gegenden der USA?").noneMatch(p -> p.startsWith("Wann"));
        assertThat(prompts("Die Maßeinheiten werden heute nach ihren Erfindern benannt."))
            .noneMatch(p -> p.startsWith("Wann"));
        assertThat(prompts("Aktivisten der Umweltorganisation Greenpeace haben heute das schleswig-holsteinische "
            + "Atomkraftwerk Krümmel mit Ketten vor dem Werktor versehen und mit einem Transparent die Schließung wegen "
            + "Unzuverlässigkeit „angekündigt“.")).anyMatch(p -> p.startsWith("Wann haben Aktivisten"));
    }

    /**
     * From Klexikon (dennlinger/klexikon test split, hand-read set 143 for #13): a Spanish club, which a player scores
     * against and which takes him in, is asked with "gegen wen" and "wer".
     */
    @Test
    void aSpanishClubIsAskedAsPeopleAre() {
        assertThat(prompts("Antoine Griezmann spielte für Real Sociedad. Sein erstes Tor erzielte er gegen den SD Huesca."))
            .contains("Gegen wen erzielte Antoine Griezmann sein erstes Tor?")
            .noneMatch(p -> p.startsWith("Wogegen"));
    }

    /**
     * From Klexikon (dennlinger/klexikon test split, hand-read sets 143 and 144 for #13): peoples and guilds are asked
     * with "wer".
     */
    @Test
    void peoplesAndGuildsAreAskedWithWer() {
        assertThat(prompts("In der Gegend von Ecuador herrschten früher die Inka."))
            .anyMatch(p -> p.startsWith("Wer herrschte")).noneMatch(p -> p.startsWith("Was herrschte"));
        assertThat(prompts("Am Montag gehen die Zünfte auf den Umzug."))
            .contains("Wer geht am Montag auf den Umzug?");
        assertThat(prompts("Im Winter essen die Eskimos viel Walfleisch."))
            .anyMatch(p -> p.startsWith("Wer isst")).noneMatch(p -> p.startsWith("Was isst"));
        assertThat(prompts("Tamilen aus Südindien wurden zur Arbeit auf den Plantagen angeworben."))
            .anyMatch(p -> p.startsWith("Wer wurde")).noneMatch(p -> p.startsWith("Was wurde"));
    }

    /**
     * From Klexikon (dennlinger/klexikon test split, hand-read set 143 for #13): "Vitamin C" is a thing with its letter,
     * which "wer" does not ask for; and from Wikipedia ("Bern", set 145), nor is the motorway "A1".
     */
    @Test
    void aThingsLetterAfterACommonNounIsNoOnesName() {
        assertThat(prompts("Vitamin C heißt Ascorbinsäure.")).noneMatch(p -> p.startsWith("Wer"));
        assertThat(prompts("Bern liegt an der Aare. Die A1 verbindet Bern mit Genf und Zürich."))
            .noneMatch(p -> p.startsWith("Wer"));
    }

    /**
     * From Klexikon ("Albrecht von Wallenstein", hand-read set 144 for #13): an opening "Er" in a sentence that names
     * the one person named before means someone else, here the emperor.
     */
    @Test
    void anOpeningPronounIsNotThePersonItsOwnSentenceNames() {
        String text = "Albrecht von Wallenstein stellte für den Kaiser riesige Heere auf. Der Kaiser war aber nicht "
            + "immer mit Wallenstein zufrieden. Er glaubte auch, dass Wallenstein zu reich und mächtig geworden war.";
        assertThat(statements(text, 10, true)).noneMatch(s -> s.contains("glaubte Albrecht von Wallenstein"));
        assertThat(prompts(text)).noneMatch(p -> p.contains("glaubte Albrecht von Wallenstein"));
    }

    /**
     * From Klexikon ("Heilbronn", hand-read set 144 for #13): a perfect's participle the parse joined to "haben" as a
     * second predicate is not left out ("Was haben einige historische Sehenswürdigkeiten?").
     */
    @Test
    void aPerfectsParticipleReadAsAConjunctIsNotLeftOut() {
        assertThat(prompts("Einige historische Sehenswürdigkeiten haben die Bombenangriffe der Amerikaner und Briten "
            + "aber trotzdem überstanden.")).noneMatch(p -> p.matches("Was haben [^?]*Sehenswürdigkeiten\\?"));
    }

    /**
     * From Klexikon ("Sri Lanka", hand-read set 144 for #13): a second subject with its own "für" after a comma or
     * "und" is a second clause whose verb is left out; a list of two under one "für" is asked.
     */
    @Test
    void aSecondSubjectWithThePhrasesPrepositionAgainIsAGappedClause() {
        assertThat(prompts("Der safranfarbene Streifen in der Nationalflagge steht für die Tamilen, der grüne für die "
            + "muslimischen Bewohner.")).isEmpty();
        assertThat(prompts("Der weinrote Hintergrund steht für Singhalesen und die gelbe Umrahmung für die Einheit des "
            + "Landes.")).isEmpty();
        assertThat(prompts("Die Hilfe ist für Kinder und Jugendliche gedacht, die in Armut leben."))
            .contains("Was ist für Kinder und Jugendliche gedacht?");
    }

    /**
     * From Wikipedia ("Bern", via dennlinger/klexikon, hand-read set 145 for #13): Swiss "ausserdem" ties the sentence to
     * the one before as "außerdem" does.
     */
    @Test
    void swissSpellingIsReadAsItsStandardSpelling() {
        assertThat(prompts("Bern liegt an der Aare. Ausserdem gehört Bern zu den Zähringerstädten."))
            .noneMatch(p -> p.contains("usserdem"));
    }

    /**
     * From Wikipedia ("Bern", via dennlinger/klexikon, hand-read set 145 for #13): what a place belongs to is asked
     * "wozu", not "wohin".
     */
    @Test
    void whatAPlaceBelongsToIsAskedWozu() {
        assertThat(prompts("Bern liegt an der Aare. Die Stadt Bern gehört zu den alten Zähringerstädten."))
            .contains("Wozu gehört die Stadt Bern?").noneMatch(p -> p.startsWith("Wohin"));
    }

    /**
     * From Klexikon and Wikipedia ("Knorpel", "Echo", hand-read sets 144 and 145 for #13): a question found by word
     * classes alone keeps no word that ties its sentence to the one before ("Was entspricht dann …?").
     */
    @Test
    void aQuestionKeepsNoWordThatTiesItsSentenceToTheOneBefore() {
        assertThat(prompts("Der Schall trifft auf ein Hindernis. Die Senderichtung entspricht dann der Richtung des "
            + "Hindernisses.")).contains("Was entspricht der Richtung des Hindernisses?")
            .noneMatch(p -> p.contains(" dann "));
    }

    /**
     * From Klexikon ("Otfried Preußler", "Bhutan", hand-read set 146 for #13): a statement keeps no possessive that
     * opened the sentence, whose owner only the sentence before names.
     */
    @Test
    void aStatementKeepsNoPossessiveThatOpenedTheSentence() {
        String language = "Bhutan ist ein Königreich neben Nepal. Die Einwohner sprechen Dzongkha. In ihrer Sprache "
            + "heißt Bhutan „Land des Donnerdrachens“.";
        String books = "Otfried Preußler war ein deutscher Schriftsteller. Von seinen Büchern wurden allein in "
            + "deutscher Sprache über 15 Millionen Stück verkauft.";
        assertThat(statements(books, 12, false)).contains("Otfried Preußler war kein deutscher Schriftsteller.")
            .noneMatch(s -> s.contains("seinen Büchern"));
        assertThat(statements(language, 12, false)).contains("Bhutan ist kein Königreich neben Nepal.")
            .noneMatch(s -> s.contains("ihrer Sprache"));
    }

    /**
     * From Klexikon ("Karotte", "Theater", hand-read set 146 for #13): "manche Leute" and "einige Autoren" singled out
     * by a relative clause are no one to ask for.
     */
    @Test
    void someoneNoOneCouldNameIsNoAnswer() {
        assertThat(prompts("Manche Leute genießen den Saft aus rohen Karotten.")).noneMatch(p -> p.startsWith("Wer"));
        assertThat(prompts("Die Kinder im Dorf genießen den Saft aus rohen Karotten."))
            .contains("Wer genießt den Saft aus rohen Karotten?");
        assertThat(prompts("Einige Autoren, die Theaterstücke geschrieben haben, sind auch nach Jahrhunderten noch "
            + "berühmt.")).noneMatch(p -> p.startsWith("Wer hat Theaterstücke"));
        assertThat(prompts("Der Zug, der aus Hamburg kam, hielt in Kassel."))
            .contains("Was kam aus Hamburg?");
    }

    /**
     * From Klexikon ("Chicago", hand-read set 146 for #13): "Wer ist auch bekannt?" says no more than that the answer
     * is one of several.
     */
    @Test
    void threeWordsAndAuchSayTooLittle() {
        assertThat(prompts("In Chicago sitzen viele Firmen. Bekannt ist auch der Flugzeughersteller Boeing, der seinen "
            + "Hauptsitz in einem Hochhaus am Chicago-River hat.")).noneMatch(p -> p.equals("Wer ist auch bekannt?"));
    }

    /**
     * From Klexikon ("Sierra Leone", hand-read set 146 for #13): "vielen Menschen", first in the sentence or after the
     * verb, is in the dative, as an adjective's weak ending without an article shows, and no one asked with "wer".
     */
    @Test
    void aWeakEndingWithoutAnArticleIsNoSubject() {
        assertThat(prompts("Vielen Menschen haben die Krankheiten HIV und Ebola das Leben gekostet."))
            .noneMatch(p -> p.startsWith("Wer hat"));
        assertThat(prompts("Die Krankheiten HIV und Ebola haben vielen Menschen das Leben gekostet."))
            .noneMatch(p -> p.startsWith("Wer hat"));
        assertThat(prompts("Junge Leute aus Freetown haben am Montag gegen die Regierung demonstriert."))
            .anyMatch(p -> p.startsWith("Wer hat"));
    }

    /**
     * From Klexikon ("Chicago", hand-read set 146 for #13): what a town grew into is asked "wozu"; where someone goes
     * stays "wohin".
     */
    @Test
    void whatATownGrewIntoIsAskedWozu() {
        assertThat(prompts("Die ersten Siedler im heutigen Chicago waren Franzosen. Im 19. Jahrhundert wuchs Chicago "
            + "zu einer großen und bedeutenden Stadt heran."))
            .contains("Wozu wuchs Chicago im 19. Jahrhundert heran?").noneMatch(p -> p.startsWith("Wohin"));
        assertThat(prompts("Der Präsident fuhr am Montag zum Flughafen."))
            .contains("Wohin fuhr der Präsident am Montag?");
    }

    /**
     * From Klexikon ("Sierra Leone", hand-read set 146 for #13): a predicate that lists several is not asked for with
     * its first item as the answer.
     */
    @Test
    void aListedPredicateIsNotCutToItsFirstItem() {
        assertThat(wh("Die hauptsächlichen Anbauprodukte sind Reis, Hirse, Erdnüsse und Maniok."))
            .noneMatch(q -> q.solution().equals("Reis"));
        assertThat(prompts("Sierra Leone ist ein kleines Land im Westen Afrikas.")).contains("Was ist Sierra Leone?");
    }

    /**
     * From Klexikon ("Brüder Dassler", hand-read set 147 for #13): a second clause that leaves its verb out, a name and
     * the first clause's noun again, is not asked as part of the first.
     */
    @Test
    void aNameAndTheSameNounAgainAfterUndIsAGappedClause() {
        assertThat(prompts("Adolf war der Gründer von Adidas und Rudolf der Gründer von Puma.")).isEmpty();
        assertThat(prompts("Adolf Dassler gründete die Firma Adidas und Rudolf die Firma Puma.")).isEmpty();
        assertThat(prompts("Adolf Dassler gründete im Jahr 1949 die Firma Adidas in Herzogenaurach."))
            .contains("Wann gründete Adolf Dassler die Firma Adidas in Herzogenaurach?");
    }

    /**
     * From Klexikon ("Napoleon Bonaparte", hand-read set 147 for #13): "das" before a preposition stands for what the
     * sentences before told, and no statement keeps it.
     */
    @Test
    void dasBeforeAPrepositionStandsForWhatWasToldBefore() {
        String text = "Napoleon war Kaiser von Frankreich und wollte Russland besiegen. Er kam zwar bis nach Moskau, "
            + "schon damals einer wichtigen "
            + "russischen Stadt. Aber auf dem Hinweg und Rückweg kamen die allermeisten seiner Soldaten um. Unter "
            + "anderem lag das an der Kälte in Russland. Eine schlimme Niederlage gegen die Briten erlitt er bei der "
            + "Seeschlacht von Trafalgar.";
        assertThat(statements(text, 12, false)).noneMatch(s -> s.contains("lag das"));
        assertThat(statements(text, 12, true)).noneMatch(s -> s.contains("lag das"));
    }

    /** From Klexikon ("Fehmarn", hand-read set 147 for #13): what something is made of is asked "woraus". */
    @Test
    void whatSomethingIsMadeOfIsAskedWoraus() {
        String text = "Fehmarn ist eine Insel in der Ostsee. Die Insel ist seit 2003 auch eine Stadt. Die Insel "
            + "besteht eigentlich aus vielen kleinen Dörfern.";
        assertThat(prompts(text)).contains("Woraus besteht die Insel eigentlich?")
            .noneMatch(p -> p.startsWith("Woher besteht"));
    }

    /**
     * From Klexikon ("Inka", "Brüder Dassler", hand-read set 147 for #13): conquered peoples and two brothers known by
     * their given names are asked with "wer", the Inca's realm not.
     */
    @Test
    void peoplesAndGivenNamesAreWer() {
        assertThat(prompts("Die eroberten Völker mussten als Sklaven für die Herrscher des Inka-Reichs arbeiten."))
            .anyMatch(p -> p.startsWith("Wer musste")).noneMatch(p -> p.startsWith("Was musste"));
        assertThat(prompts("Im Jahr 1528 sahen der Eroberer Francisco Pizarro aus Spanien und seine Leute das "
            + "Inka-Reich.")).noneMatch(p -> p.startsWith("Wen"));
        assertThat(prompts("Adolf und Rudolf wuchsen in Bamberg und Herzogenaurach auf."))
            .contains("Wer wuchs in Bamberg und Herzogenaurach auf?");
        // the place's apposition is not left behind the verb's particle
        String apart = "Adolf und Rudolf wuchsen in Herzogenaurach auf, einem kleinen Ort in Bayern.";
        assertThat(prompts(apart)).noneMatch(p -> p.contains("auf, einem"));
        assertThat(statements(apart, 12, true)).noneMatch(p -> p.contains("auf, einem"));
    }

    /**
     * From Klexikon ("Außerirdische", hand-read set 147 for #13): "So glaubte Anaximander …" is an example of what the
     * sentence before said, and no question or statement keeps its "so".
     */
    @Test
    void soBeforeTheVerbIsNotKept() {
        String text = "Schon früh dachten Menschen über fremde Welten nach. So glaubte Anaximander vor über 2500 "
            + "Jahren, dass andere Welten mit Lebewesen genauso entstanden sind wie die Erde.";
        assertThat(prompts(text)).noneMatch(p -> Words.containsWord(p, "so"));
        assertThat(statements(text, 12, true)).noneMatch(s -> Words.containsWord(s, "so"));
    }

    /**
     * From Klexikon ("Gelsenkirchen", "Milch", "Expedition", "Hummeln", hand-read set 148 for #13): "nur noch" left
     * behind its count, "zum großen Teil" asked with "wozu", and others than the ones the sentence before named.
     */
    @Test
    void aCountsQualifierHowMuchOfItAndOthersThanBefore() {
        assertThat(prompts("Gelsenkirchen liegt im Ruhrgebiet. Heute leben in Gelsenkirchen nur noch etwa 250.000 "
            + "Menschen.")).noneMatch(p -> p.endsWith("nur noch?"));
        assertThat(prompts("Beim Käse bleibt das Fett im Käse. Der Milchzucker bleibt zum großen Teil in der "
            + "Flüssigkeit zurück.")).noneMatch(p -> p.startsWith("Wozu"));
        assertThat(statements("Die erste Expedition führte zum Südpol. Eine andere Expedition war die Reise zum Mond "
            + "im Jahr 1969.", 12, false)).noneMatch(s -> s.contains("andere Expedition"));
        assertThat(statements("Die Feldmaus frisst Hummeln. Andere Säugetiere wie Dachse fressen Hummeln in den "
            + "Nestern.", 12, true)).noneMatch(s -> s.contains("andere Säugetiere"));
    }

    /**
     * From Klexikon ("Bulgarien", hand-read set 149 for #13): ", dann die Römer" at the end is a second clause whose
     * verb is left out.
     */
    @Test
    void thenAnotherSubjectAtTheEndIsAGappedClause() {
        assertThat(prompts("Die Thraker lebten lange in Bulgarien. Später besetzten die Griechen die Umgebung, dann "
            + "die Römer.")).noneMatch(p -> p.contains("dann die Römer") || p.startsWith("Was besetzten"));
        assertThat(prompts("Die Thraker lebten lange in Bulgarien. Später besetzten die Griechen die Umgebung von "
            + "Sofia.")).contains("Wer besetzte später die Umgebung von Sofia?");
    }

    /**
     * From Klexikon ("Seegurken", hand-read set 149 for #13): a count doubled into the other number of its own sentence
     * ("10 Jahre, manchmal sogar bis zu 10 Jahre") is no false statement a reader can judge.
     */
    @Test
    void aSwapGivesNoNumberTheSentenceAlreadyHas() {
        String text = "Seegurken leben im Meer. Seegurken können 5 Jahre, manchmal sogar bis zu 10 Jahre alt werden.";
        assertThat(statements(text, 12, false)).noneMatch(s -> s.contains("10 Jahre, manchmal sogar bis zu 10"));
    }

    /**
     * From Klexikon ("Maria (Mutter von Jesus)", "Engel", hand-read set 150 for #13): "Jesus", whom the dictionary
     * knows by no given name, and an angel are asked with "wer".
     */
    @Test
    void peopleKnownByOneNameAndAngelsAreWer() {
        assertThat(prompts("Maria lebte in Nazareth. Sie stand zusammen mit Johannes unter dem Kreuz, als Jesus "
            + "getötet wurde.")).contains("Wer wurde getötet?").noneMatch(p -> p.startsWith("Was wurde"));
        assertThat(prompts("Engel sind Boten von Gott. Engel leben dem Glauben nach vor allem in der Nähe von Gott."))
            .anyMatch(p -> p.startsWith("Wer lebt")).noneMatch(p -> p.startsWith("Was lebt"));
    }

    /**
     * From Klexikon ("Freikirche", "Rockmusik", "Tannen", "Jura (Gebirge)", "Maria (Mutter von Jesus)", hand-read set
     * 150 for #13): "eine Kirche" a relative clause singles out, a correlate "daher" before its "dass", "besser" after
     * "So", "vor allem" left behind its phrase, and "Wer wurde bekannt?" without why.
     */
    @Test
    void aBareIndefiniteACorrelateAComparisonAFocusAndAReasonLeftOut() {
        assertThat(prompts("Mit Freikirche meint man eine Kirche, die nicht zu den großen christlichen Kirchen "
            + "gehört.")).noneMatch(p -> p.startsWith("Was gehört nicht"));
        assertThat(prompts("Britpop ist eine Musikrichtung. Der Name kommt daher, dass sich Britpop-Bands ein "
            + "Vorbild an den Beatles nahmen.")).noneMatch(p -> p.startsWith("Was kommt, dass"))
            .anyMatch(p -> p.startsWith("Was kommt daher, dass sich Britpop-Bands"));
        String better = "Die Samen haben einen Flügel. So kann sich die Tanne besser vermehren.";
        assertThat(prompts(better)).noneMatch(p -> p.contains("besser"));
        assertThat(statements(better, 12, true)).noneMatch(p -> p.contains("besser"));
        assertThat(prompts("Im Schatten wächst die Tanne besser als die Kiefer."))
            .anyMatch(p -> p.contains("besser"));
        assertThat(prompts("Industrie gab es später vor allem in den großen Städten am Rand des Juras."))
            .noneMatch(p -> p.endsWith("vor allem?"));
        assertThat(prompts("Maria wurde bekannt, weil sie die Mutter von Jesus ist."))
            .doesNotContain("Wer wurde bekannt?");
    }

    /**
     * From Klexikon ("Rockmusik", hand-read set 150 for #13): "Rock", read as the surname of "Hard Rock", was swapped
     * for "Holly" of "Buddy Holly"; a common noun with a verb's first person beside it is no surname.
     */
    @Test
    void aCommonNounBesideAVerbsFirstPersonIsNoSurname() {
        var article = GermanAnalysis.analyze("Rock'n'Roll-Musiker wie Elvis Presley oder Buddy Holly machten sich "
            + "einen Namen.\n\nEnde der 1970er-Jahre entstand zudem Heavy Metal, eine besonders harte Richtung des "
            + "Rock. Besonderen Einfluss auf den späteren Heavy Metal hatte die britische Band \"Black Sabbath\".\n\n"
            + "In den USA war das vor allem die Grunge-Musik. Sie war eine Mischung aus Punk und Heavy Metal und "
            + "verdrängte Hard Rock und Heavy Metal.\n\nWenn Rock mit einer ganz anderen Musikrichtung verbunden wird, "
            + "spricht man auch von \"Crossover\".");
        People people = People.of(article, GermanAnalysis.MORPHOLOGY);
        assertThat(people.persons()).extracting(People.Person::name).contains("Hard Rock");
        var sentence = article.sentences().toList().get(5);
        assertThat(sentence.text()).startsWith("Wenn Rock");
        assertThat(new Facts(GermanAnalysis.MORPHOLOGY).in(sentence, people)).noneMatch(f -> f.text().equals("Rock"));
    }

    /**
     * From Klexikon ("Victor Hugo", hand-read set 150 for #13): no name is swapped in before another's pronunciation
     * ("Bonaparte, sprich: Ü-Goh"), and an "er" the sentence's own subject stands for is not replaced by the name.
     */
    @Test
    void noSwapBeforeAPronunciationAndNoNameTwice() {
        String text = "Victor Hugo war ein Schriftsteller aus Frankreich. Hugo, sprich: Ü-Goh, gilt als einer der "
            + "wichtigsten Schriftsteller aus der Zeit der Romantik. Im Jahr 1848 unterstützte er Louis-Napoleon "
            + "Bonaparte. Allerdings musste Hugo bald einsehen, dass er sich in Louis-Napoleon geirrt hatte.";
        assertThat(statements(text, 24, true)).noneMatch(s -> s.contains("dass Victor Hugo"));
        assertThat(falseStatements(text, 24)).noneMatch(s -> s.contains(", sprich: Ü-Goh"));
    }

    /** From Klexikon ("Shanghai", hand-read set 150 for #13): what came into being is asked with "was", not "wer". */
    @Test
    void whatCameIntoBeingIsAskedWithWas() {
        assertThat(prompts("Shanghai ist eine Stadt in China. Im Jahr 1921 entstand in Shanghai die Kommunistische "
            + "Partei Chinas.")).contains("Was entstand im Jahr 1921 in Shanghai?")
            .noneMatch(p -> p.startsWith("Wer entstand"));
    }

    /**
     * From Klexikon ("St. Lucia", "Ulm", hand-read set 151 for #13): a place named after a saint and a movement's
     * name, which a founding makes a thing ("Wen starteten …? – die Bewegung „Weiße Rose“"), are no one.
     */
    @Test
    void aSaintsPlaceAndWhatIsFoundedAreNoOne() {
        assertThat(prompts("St. Lucia ist ein kleiner Staat. Den Namen kann man Englisch aussprechen als Saint Lucia "
            + "oder Spanisch als Santa Lucia. Weil St. Lucia in den Tropen liegt, ist das Klima dort sehr warm."))
            .noneMatch(p -> p.startsWith("Wer liegt"));
        assertThat(prompts("Später starteten die Ulmer Geschwister Hans und Sophie Scholl mit ein paar Studienkollegen "
            + "in München die Bewegung \"Weiße Rose\".")).noneMatch(p -> p.startsWith("Wen starteten"))
            .anyMatch(p -> p.startsWith("Wer startete"));
    }

    /**
     * From Klexikon ("Moschee", "Fahrrad", hand-read set 151 for #13): "ein Haus" of "ein Haus, in dem die Anhänger des
     * Islam … beten" says what a mosque is only with the relative clause the answer leaves out.
     */
    @Test
    void aBareNounItsRelativeClauseDefinesIsNoAnswerToWhatItIs() {
        assertThat(prompts("Eine Moschee ist ein Haus, in dem die Anhänger des Islam sich treffen und gemeinsam "
            + "beten.")).doesNotContain("Was ist eine Moschee?");
        assertThat(prompts("Das Fahrrad ist ein Fahrzeug, das nur durch menschliche Muskelkraft angetrieben wird."))
            .doesNotContain("Was ist das Fahrrad?");
        assertThat(prompts("Ulm ist eine Stadt in Baden-Württemberg, die etwas mehr als 120.000 Einwohner hat."))
            .contains("Was ist Ulm?");
    }

    /**
     * From Klexikon ("Griechische Sprache", "Kreta", "Narkose", hand-read sets 150 and 152 for #13): "das heutige
     * Griechenland" is a land, asked with "was", and "der Kranke" someone, asked with "wer".
     */
    @Test
    void aLandWithItsArticleIsWasAndTheSickAreWer() {
        assertThat(prompts("Die Griechen hatten ein großes Reich. Das heutige Griechenland wurde am Ende des "
            + "Mittelalters von den Türken erobert.")).noneMatch(p -> p.startsWith("Wer wurde"));
        assertThat(prompts("Kreta ist eine Insel im Mittelmeer. Das heutige Kreta lebt vor allem vom Tourismus."))
            .noneMatch(p -> p.startsWith("Wer lebt"));
        assertThat(prompts("Der Arzt macht die Narkose. Nach der Narkose bleibt der Kranke meist noch ziemlich "
            + "schläfrig.")).anyMatch(p -> p.startsWith("Wer bleibt")).noneMatch(p -> p.startsWith("Was bleibt"));
    }

    /**
     * From Klexikon ("Kongo (Fluss)", hand-read set 152 for #13): "Portugiesen", missing from LanguageTool's dictionary
     * beside its "Portugiesin", are people.
     */
    @Test
    void aPluralTheDictionaryLacksBesideItsFeminineIsSomeone() {
        assertThat(prompts("Der Kongo ist ein Fluss in Afrika. Als erste Menschen aus Europa sahen einige Portugiesen "
            + "den Kongo.")).anyMatch(p -> p.startsWith("Wer sah")).noneMatch(p -> p.startsWith("Was sah als"));
    }

    /**
     * From Klexikon ("Englische Sprache", "Celsius", "Rocky Mountains", "Ku-Klux-Klan", hand-read set 153 for #13): a
     * language is spoken, a river flows and a man of two names lives; an informer is someone.
     */
    @Test
    void aLanguageAndARiverAreWasAManWhoLivedAndAnInformerWer() {
        assertThat(prompts("Die englische Sprache ist eine germanische Sprache. Englisch wird in vielen Ländern "
            + "gesprochen, als Muttersprache oder als Fremdsprache.")).noneMatch(p -> p.startsWith("Wer wird"))
            .anyMatch(p -> p.startsWith("Was wird in vielen Ländern gesprochen"));
        assertThat(prompts("Die Rocky Mountains sind ein Gebirge. Der Yukon fließt durch Alaska und mündet in die "
            + "Bering-See.")).noneMatch(p -> p.startsWith("Wer fließt")).contains("Was fließt durch Alaska?");
        assertThat(prompts("Eigentlich ist Celsius der Nachname eines schwedischen Forschers. Anders Celsius lebte vor "
            + "300 Jahren und interessierte sich für Temperaturen.")).contains("Wer lebte vor 300 Jahren?");
        assertThat(prompts("Um das Jahr 1970 konnte ein Spitzel der Polizei viele Informationen über den KKK sammeln."))
            .anyMatch(p -> p.startsWith("Wer konnte")).noneMatch(p -> p.startsWith("Was konnte um"));
    }

    /**
     * From Klexikon ("Englische Sprache", hand-read set 153 for #13): "nach England", which the parse hung on those
     * who came, stays with the verb, not with them moved to the front.
     */
    @Test
    void theWayOfThoseWhoComeStaysWithTheVerb() {
        assertThat(statements("Aber im Laufe des frühen Mittelalters kamen Menschen aus Skandinavien nach England.", 20,
            true)).noneMatch(s -> s.contains("nach England kamen"));
    }

    /**
     * From Klexikon ("Al Capone", "Charles Lindbergh", hand-read set 154 for #13): how a name is said ("sprich: Ell
     * Kapoun") and a firm named after its founder ("Ryan Aeronautical") are no one to swap in.
     */
    @Test
    void aPronunciationAndAFirmNamedAfterItsFounderAreNoOne() {
        String capone = "Al Capone, sprich: Ell Kapoun, war ein Mafioso aus den USA. Al Capone wurde im Jahr 1899 "
            + "geboren und wuchs im New Yorker Stadtteil Brooklyn auf. Er arbeitete für den Mafioso John Torrio.";
        assertThat(People.of(GermanAnalysis.analyze(capone), GermanAnalysis.MORPHOLOGY).persons())
            .extracting(People.Person::name).contains("Al Capone").doesNotContain("Ell Kapoun");
        assertThat(falseStatements(capone, 24)).noneMatch(s -> s.contains("Ell Kapoun wurde"));
        String lindbergh = "Charles Lindbergh war ein Pilot aus den USA. Lindbergh ließ sich vom Hersteller Ryan "
            + "Aeronautical ein Flugzeug bauen. Für eines seiner Bücher erhielt Charles Lindbergh den Pulitzer-Preis.";
        assertThat(People.of(GermanAnalysis.analyze(lindbergh), GermanAnalysis.MORPHOLOGY).persons())
            .extracting(People.Person::name).contains("Charles Lindbergh").doesNotContain("Ryan Aeronautical");
    }

    /**
     * From Klexikon ("Mecklenburg-Vorpommern", "Fußball", "Berufsschule", hand-read set 154 for #13): the phrase the
     * verb takes, which the parse hung on a noun ("leben von", "kommen aus") or read into a name ("in Englisch
     * Geschäftsbriefe"), is neither asked with the noun nor moved with it.
     */
    @Test
    void theVerbsPhraseHungOnANounIsNeitherAskedNorMovedWithIt() {
        String farming = "Mecklenburg-Vorpommern ist ein Bundesland. Ansonsten leben die meisten Menschen von der "
            + "Landwirtschaft.";
        assertThat(prompts(farming)).noneMatch(p -> p.startsWith("Wer lebt"));
        assertThat(statements(farming, 12, true)).noneMatch(s -> s.contains("Menschen von der Landwirtschaft leben"));
        assertThat(prompts("Fußball ist ein Ballspiel. Ursprünglich kommt das Fußballspiel aus England."))
            .noneMatch(p -> p.startsWith("Was kommt"));
        assertThat(statements("Die Berufsschule ist eine Schule. Kaufleute müssen in Englisch Geschäftsbriefe oder "
            + "Bestellungen schreiben.", 12, true)).noneMatch(s -> s.startsWith("In Englisch Geschäftsbriefe"));
        assertThat(prompts("Insgesamt geht die Zahl der von Österreich nach Bayern kommenden Flüchtlinge seit Anfang "
            + "der Woche leicht zurück.")).anyMatch(p -> p.startsWith("Was geht"));
    }

    /**
     * From Klexikon ("Al Capone", hand-read set 154 for #13): a reason clause the parse ran on into a main clause
     * ("weil er … schlug und war Mitglied …") gives no answer to "warum".
     */
    @Test
    void noReasonRunOnIntoAMainClause() {
        assertThat(prompts("Al Capone war ein Mafioso. Capone flog von der Schule, weil er seinem Lehrer ins Gesicht "
            + "schlug und war Mitglied in mehreren Straßenbanden.")).noneMatch(p -> p.startsWith("Warum"));
        assertThat(prompts("Al Capone war ein Mafioso. Capone flog von der Schule, weil er seinem Lehrer ins Gesicht "
            + "schlug.")).anyMatch(p -> p.startsWith("Warum flog"));
    }

    /**
     * From Klexikon ("Kuss", "Oskar Schindler", hand-read set 154 for #13): "Liebende" stays a noun and "insgeheim" an
     * adverb after the verb; a surname the tagger took for a noun stays before "auch"; a demonstrative in a statement
     * with its pronoun replaced becomes the article.
     */
    @Test
    void casesAndOrderOfWordsMovedAfterTheVerb() {
        assertThat(statements("Der Kuss ist eine Berührung. Liebende küssen sich auf den Mund.", 12, true))
            .noneMatch(s -> s.contains("liebende"));
        String schindler = "Oskar Schindler war ein deutscher Unternehmer. Insgeheim plante er jedoch, möglichst viele "
            + "Juden zu retten. Schindler lebte auch einige Jahre in Argentinien.";
        assertThat(prompts(schindler)).noneMatch(p -> p.contains("Insgeheim") || p.contains("auch Schindler"))
            .contains("Wo lebte Schindler auch einige Jahre?");
        assertThat(statements("Charles Lindbergh war ein Pilot. Er ließ sich ein Flugzeug bauen. Mit diesem Flugzeug "
            + "startete er am 20. Mai 1927 in Richtung Paris.", 24, true)).noneMatch(s -> s.contains("diesem"));
    }

    /**
     * From Klexikon ("Sofia", "Rost", "Michail Gorbatschow", hand-read set 155 for #13): a town with a given name's,
     * which the article says is a town, is "was", even beside the "Heilige Sofia"; rust is no opponent; what ends is
     * "was".
     */
    @Test
    void aTownNamedLikeAWomanRustAndWhatEndsAreWas() {
        String sofia = "Sofia ist die Hauptstadt von Bulgarien. Ihren Namen hat die Stadt Sofia von der Hagia Sophia "
            + "in Istanbul. Im Jahr 2000 wurde im Stadtzentrum eine Statue der \"Heiligen Sofia\" aufgestellt. Im "
            + "Mittelalter wurde Sofia von den Hunnen geplündert.";
        assertThat(prompts(sofia)).noneMatch(p -> p.startsWith("Wer")).contains("Was ist die Hauptstadt von Bulgarien?",
            "Was wurde im Mittelalter von den Hunnen geplündert?");
        assertThat(prompts("Rost ist ein Problem. Auch eine Schicht aus Öl schützt gegen Rost."))
            .noneMatch(p -> p.startsWith("Gegen wen")).contains("Wogegen schützt eine Schicht aus Öl?");
        assertThat(prompts("Die Sowjetunion war ein großer Staat. Im Jahr 1991 endete die Sowjetunion."))
            .noneMatch(p -> p.startsWith("Wer endete")).contains("Was endete im Jahr 1991?");
    }

    /**
     * From Klexikon ("Panama", "Thurgau", "Amoklauf", hand-read set 155 for #13): what a place has, hung on "liegt";
     * a language or an abstract noun read into the noun before it; "sich" read as an owner; "kein" on the subject of
     * what it is; and "stattdessen" left in a statement.
     */
    @Test
    void misreadAttributesAndWhatASubjectIsNot() {
        String azuero = "Panama ist ein Land. Im Süden liegt die Halbinsel Azuero mit viel Ackerland und schönen "
            + "Stränden.";
        assertThat(prompts(azuero)).noneMatch(p -> p.startsWith("Womit") || p.contains("mit viel Ackerland"));
        assertThat(statements(azuero, 12, true)).noneMatch(s -> s.endsWith("im Süden mit viel Ackerland und schönen "
            + "Stränden."));
        assertThat(prompts("Panama ist ein Land. Wie auch in den Nachbarländern spricht man in Panama Spanisch."))
            .noneMatch(p -> p.startsWith("Wo spricht"));
        String farming = "Der Thurgau ist ein Kanton. Auf fast zwei Dritteln der Fläche betreiben die Bauern "
            + "Landwirtschaft.";
        assertThat(prompts(farming)).noneMatch(p -> p.startsWith("Wer betreibt"));
        assertThat(statements(farming, 12, true)).noneMatch(s -> s.contains("Bauern Landwirtschaft betreiben"));
        assertThat(statements("Ein Amoklauf ist eine Tat. Zum Beispiel gucken viele Amokläufer sich Gewalt im "
            + "Fernsehen an.", 12, true)).noneMatch(s -> s.contains("zum Beispiel sich"));
        assertThat(falseStatements("Amok ist ein Wort. Heute ist ein Amok ein Zustand eines Menschen.", 24))
            .noneMatch(s -> s.contains("kein Amok"));
        assertThat(statements("Läden verkaufen Waren. Immer mehr Menschen kaufen stattdessen im Internet ein.", 12,
            true)).noneMatch(s -> s.contains("stattdessen"));
        assertThat(Words.followsFromWhatCameBefore("Es wurde darüber gestritten, ob man nicht stattdessen einen "
            + "Bahnhof neu baut.")).isFalse();
        assertThat(prompts("Die Statistik ist neu. Bayern liegt an sechster Stelle mit 77 registrierten Gewalttaten."))
            .anyMatch(p -> p.matches("(?:Wer|Was) liegt an sechster Stelle.*"));
    }

    /**
     * From Klexikon ("Miguel de Cervantes", "Peter Tschaikowski", "Wirbelsäule", "Hitlerjugend", hand-read set 156 for
     * #13): "sprich Dong Ki-Chote" is no speaker; a state in an "als" clause of time is not asked; the phrase a verb
     * of dividing takes is not asked with its object; a pronoun object stays before the time moved after the verb.
     */
    @Test
    void aPronunciationIsNoSpeakerAndTheVerbsOwnStayWithIt() {
        assertThat(prompts("Miguel de Cervantes war ein Schriftsteller. Das berühmteste Werk von Miguel de Cervantes "
            + "ist der Roman über \"Don Quixote\", sprich Dong Ki-Chote.")).noneMatch(p -> p.contains("laut Dong"))
            .contains("Was ist das berühmteste Werk von Miguel de Cervantes?");
        assertThat(prompts("Peter Tschaikowski war ein Komponist. Als Peter klein war, schenkte ihm sein Vater ein "
            + "mechanisches Klavier.")).noneMatch(p -> p.startsWith("Wer war klein"));
        assertThat(prompts("Die Wirbelsäule ist ein Teil des Skeletts. Man unterteilt die Wirbelsäule in verschiedene "
            + "Abschnitte.")).noneMatch(p -> p.equals("Was unterteilt man?"));
        assertThat(statements("Die Hitlerjugend war eine Organisation. Heute verbietet der deutsche Staat es auch, "
            + "eine neue Hitlerjugend zu gründen.", 12, true)).noneMatch(s -> s.contains("heute es"));
    }

    /**
     * From Klexikon ("Geburt", "Rübezahl", "Hochsprung", "Pfahlbauten", hand-read set 157 for #13): the womb and a
     * legend are no one; "eine Zeitlang" is no subject; "ansonsten" points back.
     */
    @Test
    void aWombAndALegendAreNoOneAndAWhileIsNoSubject() {
        assertThat(prompts("Die Geburt ist anstrengend. Etwa 15 Minuten nach der Geburt des Babys drückt die "
            + "Gebärmutter auch noch die Plazenta heraus.")).noneMatch(p -> p.startsWith("Wer drückt"));
        assertThat(prompts("Rübezahl ist ein Berggeist. Die Legende erzählt, dass Rübezahl sich eines Tages in ein "
            + "Mädchen verliebte.")).noneMatch(p -> p.startsWith("Wer erzählt"));
        assertThat(prompts("Hochsprung\n\nHochsprung ist ein Sport. Eine Zeitlang gab es auch Medaillen für Hochsprung "
            + "aus dem Stand, also ohne Anlauf.")).noneMatch(p -> p.contains("Eine Zeitlang"));
        String otherwise = "Pfahlbauten stehen oft am Ufer. Ansonsten stand ein Pfahlbau aber wirklich im Wasser.";
        assertThat(prompts(otherwise)).noneMatch(p -> p.contains("ansonsten"));
        assertThat(statements(otherwise, 12, true)).noneMatch(s -> s.contains("ansonsten"));
    }

    /**
     * From Klexikon ("Aprikose", "Gemeinde", "Tutanchamun", "Wollnashorn", hand-read set 158 for #13): the phrases
     * "zählen zu" and "erkennen an" take, hung on their objects; an apposition that runs on into the object; "daraus"
     * in a statement.
     */
    @Test
    void countedAmongRecognisedByAndAnAppositionRunOn() {
        assertThat(prompts("Die Aprikose ist eine Frucht. Deshalb zählt man die Aprikosen zu den Steinfrüchten."))
            .noneMatch(p -> p.equals("Was zählt man?"));
        assertThat(prompts("Eine Gemeinde ist ein Ort. Oft erkennt man noch das Zentrum an einer Kirche oder an einem "
            + "Marktplatz.")).noneMatch(p -> p.equals("Was erkennt man noch oft?"));
        String carter = "Tutanchamun war ein Pharao. Im Jahr 1922 fand Howard Carter, ein britischer Archäologe, "
            + "Tutanchamuns Grab und öffnete es.";
        assertThat(statements(carter, 12, true)).noneMatch(s -> s.contains("Archäologe, Tutanchamuns Grab."));
        assertThat(statements("Das Wollnashorn ist ausgestorben. Daraus konnten sich die Wissenschaftler ein ziemlich "
            + "genaues Bild der Wollnashörner machen.", 12, true)).noneMatch(s -> s.contains("daraus"));
        assertThat(statements("Gärten sind schön. In vielen Schlossgärten wurden früher nur der Schlossherr und seine "
            + "Freunde eingelassen, heute sind daraus aber öffentliche Parks geworden.", 12, true))
            .anyMatch(s -> s.startsWith("Früher wurden nur der Schlossherr"));
        assertThat(prompts("Kafka schrieb Erzählungen. In der Geschichte mit dem Käfer geht es vermutlich um die "
            + "Beziehung eines Sohnes zu seinem Vater.")).anyMatch(p -> p.startsWith("Worum geht es"));
    }

    /**
     * From Klexikon ("Aquarium", "Philadelphia", "Sauna", hand-read sets 158 and 159 for #13): a word or a name with
     * its noun, and benches, are no one.
     */
    @Test
    void aWordANameAndBenchesAreNoOne() {
        assertThat(prompts("Ein Aquarium ist ein Kasten. Das Wort Aqua kommt aus dem Lateinischen."))
            .noneMatch(p -> p.startsWith("Wer kommt"));
        assertThat(prompts("Philadelphia ist eine Großstadt. Der Name Philadelphia kommt ursprünglich aus dem "
            + "Altgriechischen.")).noneMatch(p -> p.startsWith("Wer kommt"));
        assertThat(prompts("Die Sauna ist ein Raum. Die Bänke sind auf verschiedenen Höhen angebracht."))
            .noneMatch(p -> p.startsWith("Wer ist")).contains("Was ist auf verschiedenen Höhen angebracht?");
    }

    /** From Klexikon ("Zement", hand-read set 160 for #13): "vor 2000 Jahren" counts years, and is no year to move. */
    @Test
    void yearsCountedAreNoYear() {
        assertThat(falseStatements("Zement ist ein Baustoff. Zement kannten schon die Römer vor 2000 Jahren.", 24))
            .noneMatch(s -> s.contains("vor 1997 Jahren"));
    }

    /** From Klexikon ("Dornröschen", hand-read set 161 for #13): "da" with its verb second is "then", no reason. */
    @Test
    void daWithItsVerbSecondIsNoReason() {
        assertThat(prompts("Dornröschen schläft hundert Jahre. Die Jahre vergehen, da macht sich ein weiterer "
            + "Königssohn auf, die schlafende Königstochter zu retten.")).noneMatch(p -> p.startsWith("Warum"));
        assertThat(prompts("Der Prinz wartete lange. Der Prinz blieb im Schloss, da die Dornenhecke den Weg "
            + "versperrte.")).anyMatch(p -> p.startsWith("Warum"));
    }

    /**
     * From Klexikon ("Formel 1", "Hamburger", "Krankenhaus", "Obst", "Elbe", hand-read set 163 for #13): a name said of
     * a person is "wer", and cooks are people; how a name is said after "sprich" is no one; a place that may be the
     * noun's stays with it; a correlate stays before its "dass"; a phrase whose list goes on after a comma is not
     * moved; no swap inside a time clause that opens the sentence.
     */
    @Test
    void aChampionsNameCooksAndCorrelates() {
        assertThat(prompts("Formel 1\n\nDie Formel 1 ist ein Wettbewerb. Der aktuelle Weltmeister ist Lewis Hamilton."))
            .contains("Wer ist der aktuelle Weltmeister?");
        String said = "Michael Schumacher war früher Weltmeister. Der aktuelle Weltmeister ist Lewis Hamilton, sprich "
            + "Louis Hämilten.";
        assertThat(falseStatements(said, 24)).noneMatch(s -> s.contains("sprich Michael"));
        assertThat(new QuoteGenerator(GermanAnalysis.MORPHOLOGY, GermanAnalysis.PARSER)
            .questions(GermanAnalysis.analyze(said), new Random(1)))
            .noneMatch(q -> q.prompt().startsWith("Wer sprich"));
        assertThat(prompts("In einem Krankenhaus arbeiten viele Menschen. Köche sorgen dafür, dass die Kranken etwas "
            + "zu essen haben.")).contains("Wer sorgt dafür, dass die Kranken etwas zu essen haben?");
        String race = "Die Formel 1 ist ein Wettbewerb. Jedes Rennen kann mit einem Spieltag in der Fußball-Bundesliga "
            + "verglichen werden.";
        assertThat(prompts(race)).noneMatch(p -> p.startsWith("Womit"));
        assertThat(statements(race, 12, true)).noneMatch(s -> s.startsWith("In der Fußball-Bundesliga"));
        String name = "Der Hamburger ist ein Essen. Jedenfalls soll der Name daher kommen, dass deutsche Einwanderer "
            + "ein Gericht so genannt haben.";
        assertThat(prompts(name)).noneMatch(p -> p.startsWith("Was soll kommen"));
        assertThat(statements(name, 12, true)).noneMatch(s -> s.contains("soll kommen,"))
            .anyMatch(s -> s.contains("soll daher kommen, dass"));
        assertThat(statements("Obst ist gesund. Obst wächst auf Obstbäumen, an Sträuchern oder Stauden.", 12, true))
            .noneMatch(s -> s.startsWith("Auf Obstbäumen"));
        String border = "Die Elbe fließt durch Tschechien und Deutschland. Als Deutschland nach dem Zweiten Weltkrieg "
            + "in zwei Staaten geteilt war, verlief die Grenze teilweise an der Elbe.";
        assertThat(falseStatements(border, 24)).noneMatch(s -> s.startsWith("Als Tschechien"));
    }

    /**
     * From Klexikon ("Formel 1", "Lüge", hand-read set 163 for #13): a phrase with a demonstrative that the verb can do
     * without is left out, not made definite ("trotz der Regeln": which rules, only the sentence before says).
     */
    @Test
    void aCircumstanceThatPointsBackIsLeftOut() {
        String rules = "Die Formel 1 hat viele Regeln. Trotz dieser Regeln und Vorschriften kommt es gelegentlich zu "
            + "einem Unfall.";
        assertThat(prompts(rules)).contains("Wozu kommt es gelegentlich?").noneMatch(p -> p.contains("Regeln"));
        String changes = "Beim Lügen verändert sich der Puls. Aus diesen Veränderungen versuchen die Wissenschaftler "
            + "zu schließen, ob ein Mensch lügt.";
        assertThat(prompts(changes)).noneMatch(p -> p.contains("Veränderungen"))
            .contains("Wer versucht zu schließen, ob ein Mensch lügt?");
        assertThat(statements(changes, 12, true)).noneMatch(s -> s.contains("Veränderungen"));
    }

    /**
     * From Klexikon ("Hanf", "Julirevolte", "Versicherung", "Bären", hand-read set 164 for #13): a name the article
     * says is a plant or a drug is "was", a mob is "wer", a hotplate no one; an island after "auf" is not swapped for a
     * land; a measure stays before its adjective; a bare plural predicate is denied with "keine"; a demonstrative
     * subject nothing else says which of is not made definite.
     */
    @Test
    void aPlantAMobAndAHotplate() {
        assertThat(prompts("Hanf\n\nHanf ist eine Pflanze. Hanf wird schon seit vielen Jahrhunderten vom Mensch als "
            + "Nutzpflanze gebraucht.")).noneMatch(p -> p.startsWith("Wer wird"))
            .contains("Was wird schon seit vielen Jahrhunderten vom Mensch als Nutzpflanze gebraucht?");
        assertThat(prompts("Hanf\n\nMarihuana ist in den meisten Ländern eine verbotene Droge. Unter anderem soll "
            + "Marihuana das Risiko für Herzinfarkte erhöhen.")).noneMatch(p -> p.startsWith("Wer soll"));
        assertThat(prompts("Die Arbeiter demonstrierten in Wien. Die Meute stürmte den Justizpalast und setzte ihn in "
            + "Brand."))
            .contains("Wer stürmte den Justizpalast?");
        assertThat(prompts("Versicherungen helfen. Eine Kerze oder eine Herdplatte kann unter Umständen einen Brand "
            + "auslösen.")).noneMatch(p -> p.startsWith("Wer kann"));
        assertThat(falseStatements("In Deutschland leben keine Eisbären mehr. Den Eisbären gibt es in der Arktis und "
            + "auf Grönland.", 24)).noneMatch(s -> s.contains("auf Deutschland"));
        assertThat(statements("Bären sind groß. Bären können ausnahmsweise bis 800 Kilogramm schwer werden.", 12, true))
            .noneMatch(s -> s.startsWith("Ausnahmsweise bis 800"));
        assertThat(falseStatements("Versicherungen helfen. Die Versicherungs-Gesellschaften sind "
            + "Dienstleistungs-Betriebe.", 24)).noneMatch(s -> s.contains("sind nicht Dienstleistungs"))
            .anyMatch(s -> s.contains("sind keine Dienstleistungs-Betriebe"));
        assertThat(prompts("Die Revolution hatte viele Anhänger. Diese Leute fanden die Revolution gut."))
            .noneMatch(p -> p.contains("die Leute"));
        assertThat(prompts("Seife kommt aus dem Orient. Die Kreuzritter brachten diese Technik im Mittelalter nach "
            + "Europa.")).noneMatch(p -> p.contains("die Technik"));
    }

    /**
     * From Klexikon ("Nicaragua", "Superman", hand-read set 165 for #13): "keine" only before a noun, whose adjective
     * would need declining anew; "mit diesem Namen" points back in a false statement too.
     */
    @Test
    void keineOnlyBeforeANounAndNoNameFromBefore() {
        assertThat(falseStatements("Nicaragua liegt in Mittelamerika. Der Großteil der Landschaft sind feuchte "
            + "Regenwald-Gebiete.", 24)).noneMatch(s -> s.contains("keine feuchte"));
        assertThat(falseStatements("Superman heißt eigentlich Kal-El. Eine Figur mit diesem Namen erschien zum ersten "
            + "Mal im Jahr 1933 in einem Comic. Im Jahr 1938 kam das erste Heft.", 24))
            .noneMatch(s -> s.contains("mit dem Namen"));
    }

    /** From Klexikon ("Temperatur", hand-read set 166 for #13): a unit named after someone is no one. */
    @Test
    void aUnitNamedAfterSomeoneIsNoOne() {
        String units = "Temperatur\n\nDie Temperatur misst man in Grad. In Großbritannien und in den USA verwendet man "
            + "die Maßeinheit Grad Fahrenheit. In Frankreich benutzt man zum Teil auch noch das Grad Reaumur.";
        assertThat(prompts(units)).noneMatch(p -> p.startsWith("Wen verwendet"));
        assertThat(wh(units)).filteredOn(q -> q.solution().contains("Reaumur"))
            .allMatch(q -> q.answers().stream().noneMatch(a -> a.contains("Fahrenheit")));
    }

    /**
     * From Klexikon ("Bronzezeit", "Oase", "Ren", "App", "Eisenzeit", hand-read set 168 for #13): an object the parse
     * made a passive subject is no subject of a singular verb; what something is added to is "wozu"; "um" around a
     * place is no "worum"; an article standing for the noun before asks and states nothing; a particle that focused the
     * phrase after it is not left behind it; the tip of a lance is no one.
     */
    @Test
    void addedToAroundAnArticleForANounAndALanceTip() {
        assertThat(prompts("Die Bronze war hart. Die Wissenschaftler haben aber auch bestimmte Erze entdeckt."))
            .contains("Was haben die Wissenschaftler auch entdeckt?")
            .noneMatch(p -> p.startsWith("Was hat die Wissenschaftler"));
        assertThat(prompts("Die Menschen hielten Rinder. Zu den Haustieren kam das Pferd hinzu."))
            .contains("Wozu kam das Pferd hinzu?").noneMatch(p -> p.startsWith("Wohin"));
        assertThat(prompts("Eine Oase ist eine Wasserstelle in der Wüste. Um die Wasserstelle wachsen Pflanzen, es ist "
            + "also ein grüner Fleck in der heißen Wüste.")).noneMatch(p -> p.startsWith("Worum"));
        assertThat(prompts("Märchen sind alt. In den meisten Geschichten geht es um eine Moral."))
            .contains("Worum geht es in den meisten Geschichten?");
        String bahn = "Viele Apps kosten nichts. Zu den beliebtesten Apps in Deutschland gehört die der Deutschen "
            + "Bahn.";
        assertThat(prompts(bahn)).noneMatch(p -> p.contains("die der"));
        assertThat(statements(bahn, 12, true)).noneMatch(s -> s.contains("ie der Deutschen"));
        assertThat(falseStatements("Apps gibt es seit 2005. Das Wort App kam aber erst im Jahr 2008 in die deutsche "
            + "Sprache.", 24)).isNotEmpty().noneMatch(s -> s.contains(" aber "));
        String mating = "Rentiere leben im Norden. Das Männchen paart sich möglichst mit allen Weibchen.";
        assertThat(statements(mating, 12, true)).noneMatch(s -> s.endsWith("möglichst."));
        assertThat(prompts("Pflüge aus Eisen sind fest. Pflüge ertragen auch mal einen Stein in der Erde."))
            .contains("Was ertragen Pflüge auch mal?");
        assertThat(prompts("Die Lanze war lang. Die Spitze einer Lanze, aus Bronze, wurde am Schaft mit einem "
            + "eisernen Niet befestigt.")).noneMatch(p -> p.startsWith("Wer wurde"));
    }

    /**
     * From Klexikon ("Bronzezeit", "Eisenzeit", "Meteorologie", "Ren", "Wale", hand-read set 168 for #13): the verb's
     * own object the parse hung on a noun ("schützen gegen", "einspeisen in", "ernähren von"), a purpose with "um … zu"
     * read as a phrase, a "mit" phrase after a noun the tagger took for a name, and an object first after "vor allem"
     * neither move nor are asked; "um" after a noun stays the verb's object with "sich kümmern".
     */
    @Test
    void theVerbsObjectInsideAPhraseAndAPurposeWithoutItsComma() {
        assertThat(statements("Die Menschen lebten im Wald. Vermutlich wollten sich die Menschen gegen wilde Tiere "
            + "oder gegen andere Menschen schützen.", 12, true)).noneMatch(s -> s.startsWith("Die Menschen gegen"));
        String data = "Das Wetter ist wichtig. Die Meteorologen speisen die Daten in große Computer mit besonderen "
            + "Programmen ein.";
        assertThat(wh(data)).noneMatch(q -> q.solution().contains("in große Computer"));
        assertThat(falseStatements(data, 24)).noneMatch(s -> s.endsWith("nicht ein."));
        assertThat(prompts("Die Steinzeit war lang. Die Menschen ernährten sich seit der Steinzeit vom Ackerbau und "
            + "von der Viehzucht.")).noneMatch(p -> p.startsWith("Seit wann"));
        String loads = "Rentiere leben im Norden. Rentiere eignen sich gut um Lasten zu tragen oder mit dem Schlitten "
            + "zu ziehen.";
        assertThat(statements(loads, 12, true)).noneMatch(s -> s.startsWith("Um Lasten"));
        assertThat(statements("Die Bronzezeit war lang. Die Menschen lebten in Großfamilien mit 8-10 Personen auf "
            + "einem Bauernhof zusammen.", 12, true)).noneMatch(s -> s.startsWith("Mit 8-10"));
        assertThat(statements("Wale sind groß. Vor allem Schwermetalle und chemische Stoffe schwächen die Wale.", 12,
            true)).noneMatch(s -> s.startsWith("Die Wale schwächen"));
        assertThat(prompts("Kranke brauchen Hilfe. Früher haben sich Tempel und Kirchen um Kranke gekümmert."))
            .contains("Um wen haben sich früher Tempel und Kirchen gekümmert?");
    }

    /**
     * From Klexikon ("Gustav Klimt", hand-read set 169 for #13): a statement whose "er" is resolved keeps no
     * "stattdessen", instead of what the sentence before told.
     */
    @Test
    void aResolvedStatementKeepsNoStattdessen() {
        assertThat(statements("Gustav Klimt war ein Maler aus Österreich. Sein Vater wollte, dass er Goldschmied wird. "
            + "Stattdessen studierte er jedoch mit 14 Jahren Kunst an einer Hochschule in Wien.", 12, true))
            .noneMatch(s -> s.contains("stattdessen"));
    }
    /**
     * From Klexikon ("Aborigines", "Wiener Türkenbelagerungen", "Skandinavien", hand-read set 170 for #13): people
     * by a noun in -erer or a listed name are asked with "wer"; a siege named with its town's adjective, a land that
     * lies somewhere and the tip of a land with "was".
     */
    @Test
    void whoForImmigrantsAndBesiegersWhatForASiegeALandAndItsTip() {
        assertThat(prompts("Die Einwanderer schleppten viele Krankheiten ein.")).contains("Wer schleppte viele "
            + "Krankheiten ein?");
        assertThat(prompts("Die osmanischen Belagerer waren zahlenmäßig klar überlegen.")).contains("Wer war "
            + "zahlenmäßig klar überlegen?");
        assertThat(prompts("Die Aborigines passten sich sehr gut an das Leben in dem heißen und trockenen Land an."))
            .contains("Wer passte sich sehr gut an das Leben in dem heißen und trockenen Land an?");
        List<Question> siege = wh("Die Erste Wiener Türkenbelagerung fand im Jahr 1529 statt.");
        assertThat(siege).extracting(Question::prompt).contains("Was fand im Jahr 1529 statt?")
            .doesNotContain("Wer fand im Jahr 1529 statt?");
        assertThat(siege).filteredOn(q -> q.prompt().equals("Was fand im Jahr 1529 statt?")).isNotEmpty()
            .allMatch(q -> q.answers().contains("Türkenbelagerung") && !q.answers().contains("Wiener"));
        assertThat(prompts("Skandinavien liegt im Norden von Europa.")).doesNotContain("Wer liegt im Norden von "
            + "Europa?");
        assertThat(prompts("Die nördliche Spitze von Norwegen, der Kinnarodden, ist auch der nördlichste Punkt des "
            + "europäischen Festlandes.")).noneMatch(p -> p.startsWith("Wer ist"));
    }

    /**
     * From Klexikon ("Carl Benz", "Michael Ende", "Lerchen", "Rhön", "Skandinavien", "Aborigines", hand-read set 170
     * for #13): a surname two people share answers for neither's full name; a surname that is a noun too stays with
     * its given name; a predicate read as a preposition and an object read into a name leave the clause unasked; a
     * noun's infinitive is not left out; an apposition is not said of the subject the object was read into, nor
     * "einander" put first.
     */
    @Test
    void aSharedSurnameASurnameThatIsANounAndMisreadWords() {
        List<Question> benz = wh("Carl Benz war ein Techniker aus Deutschland. Einige Tage später nahm sich Bertha "
            + "Benz den Motorwagen. Carl Benz wurde schließlich reich und berühmt. Benz gründete mehrere Unternehmen.");
        assertThat(benz).filteredOn(q -> q.prompt().startsWith("Wer wurde"))
            .isNotEmpty().allMatch(q -> q.answers().contains("Carl Benz") && !q.answers().contains("Bertha Benz"));
        assertThat(benz).filteredOn(q -> q.prompt().startsWith("Wer gründete"))
            .allMatch(q -> !q.answers().contains("Bertha Benz"));
        String ende = "Michael Ende war ein Schriftsteller. Geboren wurde Michael Ende 1929 in Garmisch in Bayern.";
        assertThat(prompts(ende)).noneMatch(p -> p.contains("Ende 1929"));
        assertThat(statements(ende, 12, true)).noneMatch(s -> s.startsWith("Michael wurde"));
        String land = "Lerchen leben auf Feldern. Manche Bauern lassen mitten in einem Acker ein Stück Land unberührt "
            + "für die Lerchen.";
        assertThat(wh(land)).noneMatch(q -> q.solution().contains("unberührt"));
        assertThat(statements(land, 12, true)).noneMatch(s -> s.endsWith("unberührt für die Lerchen."));
        assertThat(wh("Die Rhön ist ein Gebirge. Auf die Gipfel der höchsten Berge bauten die USA und die Sowjetunion "
            + "Radar-Stationen, mit denen sie Funkgespräche belauschen konnten.")).noneMatch(q -> q.solution()
                .contains("Radar-Stationen") && q.prompt().startsWith("Was baute"));
        assertThat(statements("Finnland liegt im Norden. Allerdings sprechen die meisten Einwohner Finnisch, eine ganz "
            + "andere Sprache.", 12, true)).noneMatch(s -> s.startsWith("Die meisten Einwohner Finnisch"));
        assertThat(statements("Die Aborigines leben in Australien. In langen Kämpfen holten sich die Aborigines "
            + "schließlich das Recht, so zu leben wie die Weißen.", 12, true))
            .noneMatch(s -> s.endsWith("das Recht.") || s.endsWith("das Recht"));
    }
    /**
     * From Klexikon ("John F. Kennedy", "Carl Benz", hand-read set 170 for #13): the son keeps his father's name; a
     * name after "außer" is not swapped, as anyone else in its place is as true.
     */
    @Test
    void aNameWithJuniorOrAfterAusserIsNotSwapped() {
        assertThat(falseStatements("John F. Kennedy war Präsident der USA. Martin Luther King war ein Bürgerrechtler. "
            + "Richard Nixon war sein Gegner. Im Jahr 1999 starb John F. Kennedy junior, der Sohn.", 40))
            .noneMatch(s -> s.contains(" junior") && !s.contains("John F. Kennedy junior"));
        assertThat(falseStatements("Carl Benz war ein Techniker. Wilhelm Maybach war ein Erfinder. Außer Carl Benz gab "
            + "es noch andere Erfinder und Unternehmen, die Autos bauten.", 40)).noneMatch(s -> s.startsWith("Außer"));
    }
    /**
     * From Klexikon ("Göttingen", "Adjektiv", "Mikrowellenofen", "Liberalismus", hand-read set 171 for #13): the
     * surname of a name with "von" answers; "was" for the subject beside an object in a form of either case would read
     * the other way round; a time read into the name before it is no part of the answer; the followers of a creed are
     * asked with "wer".
     */
    @Test
    void aSurnameAfterVonAnObjectOfEitherCaseATimeInANameAndFollowers() {
        assertThat(wh("Göttingen ist eine Stadt. Ein bekannter Student der Universität ist Otto von Bismarck."))
            .filteredOn(q -> q.prompt().startsWith("Wer ist ein bekannter Student")).isNotEmpty()
            .allMatch(q -> q.answers().contains("Bismarck") && !q.answers().contains("Otto"));
        assertThat(prompts("Das Adjektiv beschreibt also das Nomen näher.")).doesNotContain("Was beschreibt das Nomen "
            + "näher?");
        // a plural object the singular verb cannot have as its subject
        assertThat(prompts("Ein Mikrofon wandelte die Töne in elektrische Signale um."))
            .contains("Was wandelte die Töne in elektrische Signale um?");
        assertThat(wh("Der Mikrowellenofen ist ein Gerät. Erfunden wurde das Gerät von Percy Spencer um das Jahr "
            + "1947.")).noneMatch(q -> q.solution().contains("um das Jahr"));
        assertThat(prompts("Die Liberalen wollten, dass sich auf der Welt viel verändert, dass alte Gesetze "
            + "abgeschafft wurden.")).anyMatch(p -> p.startsWith("Wer wollte, dass"));
    }
    /**
     * From Klexikon ("Comedian Harmonists", "Kaliningrad", "Habsburger", hand-read set 172 for #13): those of whom
     * only the relative clause says which; a town that bears a name does nothing; a land the sentence names in a
     * hyphened name is not swapped in.
     */
    @Test
    void thoseARelativeClauseSaysWhichATownsNameAndAPartOfAHyphenedName() {
        assertThat(prompts("Die Gruppe ist bekannt. Im Jahr 1976 erschien ein Film mit Gesprächen derjenigen "
            + "Mitglieder, die noch lebten.")).noneMatch(p -> p.contains("derjenigen Mitglieder?"));
        assertThat(prompts("Kaliningrad ist eine Stadt. Bis zum Jahr 1946 trug die Stadt den Namen Königsberg und "
            + "wurde von Deutschen bewohnt.")).doesNotContain("Wer trug bis zum Jahr 1946 den Namen Königsberg?");
        assertThat(falseStatements("Österreich ist ein Land in Europa. Mexiko ist ein Land in Amerika. Aus der Familie "
            + "der Habsburger stammten Kaiser von Österreich-Ungarn und sogar einmal der Kaiser von Mexiko.", 40))
            .noneMatch(s -> s.endsWith("der Kaiser von Österreich."));
        // "hingegen" sets the sentence against the one before, which a statement leaves out, as it does "aber"
        String garde = "Nguyen Tan Dung ist Premierminister. Truong Tan Sang ist Präsident. Nong Duc Manh hingegen "
            + "gehört zur alten Garde.";
        assertThat(java.util.stream.Stream.concat(statements(garde, 24, true).stream(),
                falseStatements(garde, 24).stream()).toList())
            .anyMatch(s -> s.endsWith("gehört zur alten Garde.")).noneMatch(s -> s.contains("hingegen"));
    }
    /**
     * From Klexikon ("Lodz", "Habsburger", hand-read set 172 for #13): an object the parse read into the subject, as
     * an apposition in the plural, as an attribute with an article no genitive takes, or after the people of a town
     * read as its adjective, leaves the sentence unasked.
     */
    @Test
    void anObjectReadIntoTheSubject() {
        String lodz = "Lodz ist eine Stadt. Im Zweiten Weltkrieg sperrten die Nationalsozialisten Juden in einem Teil "
            + "der Stadt ein.";
        assertThat(wh(lodz)).noneMatch(q -> q.solution().contains("Nationalsozialisten Juden"));
        assertThat(falseStatements(lodz, 24)).noneMatch(s -> s.contains("Nationalsozialisten Juden nicht"));
        String burg = "Die Habsburg ist eine Burg. In einigen übrigen Räumen zeigt eine Ausstellung die Geschichte der "
            + "Burg.";
        assertThat(wh(burg)).noneMatch(q -> q.solution().contains("Ausstellung die Geschichte"));
        assertThat(statements("Die Habsburg ist eine Burg. Im Jahr 1415 eroberten die Berner weite Teile der Umgebung "
            + "und wurden somit Besitzer der Habsburg.", 24, true)).noneMatch(s -> s.startsWith("Die Berner weite"));
    }
    /**
     * From Klexikon ("Sowjetunion", "Akkordeon", hand-read set 173 for #13): an apposition said of a past sentence is
     * said in the past; "also" against the sentence before is left out as "aber" is.
     */
    @Test
    void anAppositionInThePastAndAlsoLeftOut() {
        assertThat(statements("Die Sowjetunion war groß. Dazu gehörte auch der Ostteil Deutschlands, die Deutsche "
            + "Demokratische Republik.", 12, true)).contains("Der Ostteil Deutschlands war die Deutsche Demokratische "
                + "Republik.").doesNotContain("Der Ostteil Deutschlands ist die Deutsche Demokratische Republik.");
        assertThat(prompts("Ein Akkordeon hat Knöpfe. Jeder Knopf kann also zwei verschiedene Töne erzeugen."))
            .isNotEmpty().noneMatch(p -> p.contains(" also "));
    }
    /**
     * From Klexikon ("Alaska", "Tuba", "Rotes Meer", hand-read set 174 for #13): a phrase with a demonstrative that the
     * verb takes is no circumstance to leave out; a funnel and lands that lie somewhere are no one; a particle before
     * the predicate asked for stays behind the subject.
     */
    @Test
    void aDemonstrativeArgumentAFunnelLyingLandsAndAParticleBeforeThePredicate() {
        assertThat(prompts("Früher kamen Siedler aus Asien. Von diesen Siedlern stammen alle Indianer Amerikas ab."))
            .noneMatch(p -> p.startsWith("Wer stammt ab"));
        assertThat(prompts("Die Strecke war lang. Normalerweise brauchte man für diese Strecke drei Wochen."))
            .noneMatch(p -> p.startsWith("Wie viele Wochen brauchte man"));
        assertThat(prompts("Die Tuba ist ein Instrument. Der riesige Schalltrichter schaut nach vorne."))
            .contains("Was schaut nach vorne?").doesNotContain("Wer schaut nach vorne?");
        assertThat(prompts("Das Rote Meer ist warm. Am Roten Meer liegen viele Länder."))
            .contains("Was liegt am Roten Meer?").doesNotContain("Wer liegt am Roten Meer?");
        assertThat(prompts("Alaska ist ein Bundesstaat. Heute ist Alaska auch das Ziel vieler Touristen."))
            .contains("Was ist Alaska heute auch?").doesNotContain("Was ist auch Alaska heute?");
    }
    /**
     * From Klexikon ("Céline Dion", "Model", "Rotes Meer", hand-read set 174 for #13): a family or a trade alone is
     * someone's the sentence before named; "wieder andere" are others than those; "sprich …" says how
     * a name is said; a vague "es gibt" asks nothing.
     */
    @Test
    void whoseFamilyYetOthersHowANameIsSaidAndThatThereAreSome() {
        List<Question> family = wh("Celine Dion ist eine Sängerin. Die Familie hatte viele Kinder und war arm.");
        assertThat(family).noneMatch(q -> q.solution().equals("Die Familie") || q.prompt().contains("die Familie"));
        assertThat(wh("Die Modelle zeigen Kleider. Den Beruf gibt es eigentlich erst seit etwa 100 Jahren."))
            .noneMatch(q -> q.solution().equals("Den Beruf"));
        assertThat(wh("Die Familie Müller wohnt seit dem Jahr 1990 in Berlin."))
            .anyMatch(q -> q.solution().equals("Die Familie Müller") || q.prompt().contains("die Familie Müller"));
        assertThat(prompts("Viele sehen den Ursprung in Indien. Wieder andere sehen den Ursprung bei persischen "
            + "Seefahrern.")).noneMatch(p -> p.contains("wieder andere"));
        assertThat(prompts("Celine Dion, sprich sselien-dioh, ist eine Sängerin aus Kanada."))
            .contains("Was ist Celine Dion?").noneMatch(p -> p.contains("sprich"));
        assertThat(prompts("Alaska hat viel Öl. Bei den Gewinnen aus dem Verkauf gibt es eine Besonderheit."))
            .noneMatch(p -> p.startsWith("Was gibt es"));
        assertThat(prompts("Esel sind Tiere. In der Natur gibt es verschiedene Arten."))
            .noneMatch(p -> p.startsWith("Was gibt es"));
    }
    /**
     * From Klexikon ("Luftwaffe", "Spanisches Kolonialreich", "Babylonien", "Alaska", hand-read set 174 for #13):
     * "das" before a plural and a bare plural hung on the subject are misparses; a verb's "in" inside its object is
     * the verb's; of two names joined by "oder" neither is swapped; a plural "sie" with two subjects before it to
     * stand for is not resolved.
     */
    @Test
    void misreadObjectsAlternativesAndAnOpenPlural() {
        String satellites = "Früher machten das Flugzeuge. Erst in den Jahren nach 1960 haben das Satelliten "
            + "übernommen.";
        assertThat(prompts(satellites)).noneMatch(p -> p.contains("das Satelliten"));
        assertThat(wh("Spanien war mächtig. Im Laufe der Jahrhunderte eroberten die Spanier Kolonien auf fast jedem "
            + "Kontinent.")).noneMatch(q -> q.solution().contains("Spanier Kolonien"));
        assertThat(wh("Die Babylonier kannten sich mit Mathematik aus. Sie teilten den Kreis in 360 Grad ein."))
            .noneMatch(q -> q.solution().contains("in 360 Grad"));
        assertThat(falseStatements("Babylon war eine Stadt. Der bekannteste Herrscher von Babylon hieß Hammurapi oder "
            + "Hammurabi. Zum Beispiel hat der deutsche Forscher Robert Koldewey genau aufgezeichnet, wo alle Steine "
            + "und Mauern lagen. So kennt man heute die Gesetze von König Hammurapi.", 40))
            .noneMatch(s -> s.contains("Koldewey oder") || s.contains("oder Koldewey"));
        assertThat(statements("Das Rennen ist berühmt. Die Temperaturen waren bei den letzten Rennen so hoch, dass "
            + "die Schlittenlenker nur nachts fuhren. Außerdem konnten sie nicht mehr über die Flüsse fahren.", 24,
            true))
            .noneMatch(s -> s.contains("Temperaturen nicht mehr"));
    }
    /**
     * From Klexikon ("Längengrad", "Havanna", "Spielplatz", "Petersilie", "Zeitung", hand-read set 175 for #13): "und
     * so weiter" leaves a list open; "nicht bei weitem" and "keine Eigentum" deny badly; the herb alone is the one the
     * article is about; "einmal" stays with its month; papers that appear are no one.
     */
    @Test
    void aListLeftOpenBadDenialsAHerbAloneARateTornAndPapersThatAppear() {
        String moscow = "Der Nullmeridian geht durch London. Moskau liegt auf etwa 37° O und so weiter.";
        assertThat(java.util.stream.Stream.concat(prompts(moscow).stream(), falseStatements(moscow, 24).stream()))
            .noneMatch(p -> p.contains("und so weiter"));
        assertThat(falseStatements("Havanna ist eine Stadt. Havanna ist bei weitem die wichtigste Stadt für die "
            + "kubanische Wirtschaft.", 24)).noneMatch(s -> s.contains("nicht bei weitem"));
        assertThat(falseStatements("Spielplätze sind für Kinder. Die öffentlichen Spielplätze sind normalerweise "
            + "Eigentum der Gemeinde.", 24)).noneMatch(s -> s.contains("keine Eigentum"));
        assertThat(wh("Petersilie ist ein Kraut. In der Schweiz nennt man das Kraut auch Peterli."))
            .noneMatch(q -> q.solution().equalsIgnoreCase("das Kraut"));
        String paid = "Zeitungen kann man abonnieren. Für alle gelieferten Zeitungen muss dann einmal im Monat oder im "
            + "Jahr ein Gesamtpreis bezahlt werden.";
        assertThat(wh(paid)).noneMatch(q -> q.solution().startsWith("im Monat"));
        assertThat(statements(paid, 12, true)).noneMatch(s -> s.startsWith("Im Monat"));
        assertThat(prompts("Zeitungen erscheinen regelmäßig, meist einmal am Tag oder in der Woche."))
            .contains("Was erscheint regelmäßig, meist einmal am Tag oder in der Woche?")
            .doesNotContain("Wer erscheint regelmäßig, meist einmal am Tag oder in der Woche?");
    }
    /**
     * From Klexikon ("Madagaskar", "Twitter", hand-read set 176 for #13): a separable particle moved first with the
     * phrase after it; a bare plural subject stays before the particle that singles out what is asked.
     */
    @Test
    void aParticleMovedWithItsPhraseAndABarePluralBeforeAuch() {
        assertThat(statements("Madagaskar ist eine Insel. Im Westen steigt die Küste sanft an bis zu einer Hochebene.",
            12, true)).noneMatch(s -> s.startsWith("An bis"));
        assertThat(prompts("Twitter ist ein Dienst. Nutzer können auch auf Nachrichten antworten."))
            .contains("Worauf können Nutzer auch antworten?").doesNotContain("Worauf können auch Nutzer antworten?");
    }

    /**
     * From Klexikon ("Ägäisches Meer", "Schach", "Motor", "Pony", "Malaria", hand-read set 177 for #13): "man" goes
     * before a "von … aus" moved out of the first place; a clause whose verb the list after it leaves out asks
     * nothing; what is not used for something has no purpose to ask; "von einem Ort zum anderen" is a way, not a
     * second point; "man" and the verb alone, with the link to the sentence before gone, say too little.
     */
    @Test
    void manBeforeACircumpositionAGappedListADeniedPurposeAWayAndManAlone() {
        assertThat(prompts("Die Ägäis ist ein Meer. Von der Ägäis aus gelangt man mit dem Schiff auch zu den "
            + "Dardanellen.")).contains("Womit gelangt man von der Ägäis aus auch zu den Dardanellen?")
            .noneMatch(p -> p.contains("aus man"));
        assertThat(prompts("Schach ist ein Spiel. In China gibt es das Xiangqi, in Japan das Shogi und in Thailand "
            + "das Makruk.")).noneMatch(p -> p.startsWith("Wo gibt es"));
        assertThat(prompts("Der Raketenmotor ist anders. Allerdings wird nicht das entstehende Gas genutzt, um "
            + "Bewegung zu erzeugen.")).noneMatch(p -> p.startsWith("Wozu"));
        assertThat(prompts("Die Römer hatten Pferde. So konnten Bauern schwere Dinge von einem Ort zum anderen "
            + "bringen.")).contains("Wer konnte schwere Dinge von einem Ort zum anderen bringen?")
            .noneMatch(p -> p.endsWith("von einem Ort bringen?"));
        assertThat(prompts("Man schläft unter einem Netz. Außerdem kann man feste Kleidung tragen, durch die die "
            + "Mücken nicht stechen können.")).doesNotContain("Was kann man tragen?");
    }

    /**
     * From Klexikon ("Berliner Fernsehturm", "FC Barcelona", "Gibraltar", "U-Bahn", "Ägäisches Meer", set 177): a
     * noun read as an adjective is a misparse; "aus" and a place after a name say where the one named comes from;
     * a people is "wer"; a "nämlich" hung on the next word stays no link in a statement; an indefinite noun whose
     * relative clause says which is not left in a question without it.
     */
    @Test
    void aNounReadAsAnAdjectiveWhereSomeoneIsFromAPeopleALinkInsideAndAnIndefiniteWithoutItsClause() {
        assertThat(statements("Der Turm ist hoch. Der Turm strahlt mit seiner Antenne Fernseh- und Radioprogramme "
            + "aus.", 12, true)).noneMatch(s -> s.startsWith("Mit seiner Antenne"));
        assertThat(prompts("Barcelona ist eine Stadt. Der FC Barcelona wurde im Jahr 1899 vom Geschäftsmann Hans "
            + "Gamper aus der Stadt Winterthur in der Schweiz gegründet.")).noneMatch(p -> p.startsWith("Von wem"));
        assertThat(prompts("Gibraltar ist britisch. Die Bevölkerung darf das meiste selbst entscheiden."))
            .contains("Wer darf das meiste selbst entscheiden?")
            .doesNotContain("Was darf das meiste selbst entscheiden?");
        assertThat(statements("Die ersten U-Bahnen wurden mit Dampf betrieben. Der Rauch der Dampfmaschinen ließ den "
            + "Fahrgästen nämlich kaum Luft zum Atmen.", 12, true)).noneMatch(s -> s.contains("nämlich"));
        assertThat(prompts("Die Ägäis ist ein Meer. An der Ostküste lag eine Stadt, die vielleicht das berühmte Troja "
            + "war.")).doesNotContain("Wo lag eine Stadt?");
    }

    /**
     * From Klexikon ("Deutsche Demokratische Republik", "Bern", "Ständestaat", hand-read set 178 for #13): a time
     * told by an event stays before "wieder"; an "aber" read as the clause's conjunction is left out; what something
     * is called is asked by no "wer"; a city that stays well kept is "was"; the verb's dative read as a year's
     * genitive, "das" read as the article of a man's name and an object first before "der" and the subject are
     * misparses.
     */
    @Test
    void anEventsTimeBeforeWiederAberLeftOutNamesCitiesAndThreeMisparses() {
        String border = "Die DDR hatte eine Grenze. Noch vor der Wiedervereinigung wurden die Grenzanlagen wieder "
            + "abgebaut.";
        assertThat(prompts(border)).contains("Was wurde noch vor der Wiedervereinigung wieder abgebaut?")
            .noneMatch(p -> p.contains("wieder noch"));
        assertThat(statements(border, 12, true)).noneMatch(s -> s.contains("wieder noch"));
        assertThat(prompts("Bern ist eine Stadt. Die Stadt Bern ist aber auch der Sitz des Bundesparlaments und der "
            + "Schweizerischen Landesregierung.")).contains("Was ist die Stadt Bern auch?")
            .noneMatch(p -> p.contains(" aber "));
        assertThat(prompts("Die Schweiz hat sieben Minister. Die Regierung heißt Bundesrat."))
            .noneMatch(p -> p.endsWith("heißt Bundesrat?"));
        assertThat(prompts("Bern ist alt. Weil die Stadt Bern so gut erhalten blieb, ist sie ein Weltkulturerbe der "
            + "Unesco.")).contains("Was blieb so gut erhalten?").doesNotContain("Wer blieb so gut erhalten?");
        assertThat(statements("Bern ist ein Kanton. Der Kanton Bern trat im Jahr 1353 der Eidgenossenschaft bei.", 12,
            true)).noneMatch(s -> s.startsWith("Im Jahr 1353 der"));
        assertThat(statements("Hitler wollte Österreich. Mit Drohungen und dem Einmarsch von deutschen Soldaten gelang "
            + "das Hitler auch.", 12, true)).noneMatch(s -> s.startsWith("Das Hitler"));
        assertThat(prompts("Der Ständestaat war eine Diktatur. Gegner bekämpfte der Ständestaat unter anderem im "
            + "Österreichischen Bürgerkrieg.")).noneMatch(p -> p.startsWith("Wer bekämpfte"));
    }

    /**
     * From Klexikon ("Faxgerät", "Münze", "Potsdam", "Ständestaat", set 178): the person a relative clause defines
     * answers nothing; what a verb decides, what "mehr" is compared with and the sentence's "so" stay with what they
     * need; "aus diesen Gründen" and "nach ihm" point back; an apposition that is a relative clause is none; a general
     * noun before a closing colon says which only after it.
     */
    @Test
    void aDefinedPersonAnObjectClauseAComparisonPointersARelativeClauseAndAColon() {
        assertThat(prompts("Ein Fax ist ein Brief. Die Person, die das Fax verschickt, behält ihr Blatt."))
            .doesNotContain("Wer verschickt das Fax?");
        assertThat(statements("Die DDR war kommunistisch. Außerdem wollte der kommunistische Staat bestimmen, was in "
            + "der Wirtschaft gemacht wurde.", 12, true)).doesNotContain("Der kommunistische Staat wollte bestimmen.");
        assertThat(prompts("Münzen sind aus Metall. Das Material ist also mehr wert, als was die Prägung sagt."))
            .doesNotContain("Was ist mehr wert?");
        assertThat(prompts("Ein Fax ist ein Brief. Per E-Mail kann man das Blatt dann auch so verschicken."))
            .noneMatch(p -> p.contains("auch so"));
        assertThat(statements("Silber wurde teuer. Aus diesen Gründen bestehen die Münzen heute nicht mehr aus "
            + "Edelmetall.", 12, true)).noneMatch(s -> s.contains("aus den Gründen"));
        assertThat(wh("Friedrich Wilhelm baute Potsdam aus. Viele preußische Könige nach ihm regierten auch in "
            + "Potsdam, darum gibt es in Potsdam viele Schlösser.")).noneMatch(q -> q.solution().contains("nach ihm"));
        assertThat(statements("In Potsdam gibt es viele Schlösser. Das bekannteste ist das Schloss Sanssouci, das "
            + "Friedrich der Große erbauen ließ.", 12, true)).noneMatch(s -> s.contains("ist das Friedrich"));
        assertThat(prompts("Das Parlament stritt. Bundeskanzler Engelbert Dollfuß nutzte die Gelegenheit:\nEr regierte "
            + "ohne Parlament.")).doesNotContain("Was nutzte Bundeskanzler Engelbert Dollfuß?");
    }

    /**
     * From Klexikon ("Schlacht von Stalingrad", "Amazon", "Nagel", "Glas", hand-read set 179 for #13): "währenddessen"
     * points to the sentence before, and an adverb the dictionary only guesses a noun for loses its capital; a nail's
     * "Spitze" is no one; "welche" are some of those named before; a second subject with "aber" and the preposition
     * again leaves the verb out; a second verb alone says too little.
     */
    @Test
    void meanwhileAGuessedAdverbAPointSomeOfThoseAGappedPairAndASecondVerbAlone() {
        assertThat(prompts("Die Truppen waren eingekesselt. Währenddessen ging der Kampf immer weiter und die "
            + "sowjetischen Truppen rückten weiter vor.")).noneMatch(p -> p.contains("ährenddessen"));
        assertThat(prompts("Bezos gründete Amazon. Letzlich setzte Bezos die Idee jedoch alleine um."))
            .noneMatch(p -> p.contains("Letzlich"));
        assertThat(prompts("Ein Nagel ist ein Werkzeug. Der lange Stift des Nagels endet unten mit einer Spitze."))
            .contains("Womit endet der lange Stift des Nagels unten?")
            .doesNotContain("Mit wem endet der lange Stift des Nagels unten?");
        assertThat(prompts("Nägel sind alt. Man hat in Sachsen welche gefunden, die über 7000 Jahre alt sind."))
            .noneMatch(p -> p.contains("welche"));
        assertThat(prompts("Nägel gibt es viele. Die meisten Nägel bestehen aus einem harten Metall, manche aber aus "
            + "Holz.")).noneMatch(p -> p.contains("manche aber"));
        assertThat(prompts("Glas ist hart. Der Glasbläser angelt mit einem Rohr etwas heiße Glas-Masse aus dem "
            + "Schmelztiegel und bläst hinein.")).noneMatch(p -> p.endsWith("bläst hinein?"));
        assertThat(prompts("Tornados sind Wirbelstürme. Tornados bewegen sich über die Landschaft und schlagen dabei "
            + "unberechenbare Haken.")).contains("Was schlagen Tornados?");
    }

    /**
     * From Klexikon ("Mann", "Amerikanischer Unabhängigkeitskrieg", set 179): a place the sentence before named,
     * left out, would say of everywhere what holds there; "wiederum" sets a statement against the sentence before.
     */
    @Test
    void aPlaceNamedBeforeAndWiederum() {
        assertThat(statements("Manche Berufe sind schwer. In diesen Bereichen arbeiten deshalb heute immer noch "
            + "deutlich mehr Männer als Frauen.", 12, true)).noneMatch(s -> s.startsWith("Heute arbeiten"));
        String soldiers = "Frankreich half den Kolonisten. Großbritannien wiederum kaufte Soldaten aus Deutschland. "
            + "Kanada blieb bei Großbritannien.";
        assertThat(java.util.stream.Stream.concat(statements(soldiers, 24, true).stream(),
            falseStatements(soldiers, 24).stream())).noneMatch(s -> s.contains("wiederum"));
    }

    /**
     * From Klexikon ("Urgeschichte", "São Tomé und Príncipe", "Radiergummi", "Krakau", "Korruption", hand-read set 180
     * for #13): "nicht" goes before a predicate that begins like a time; "durch" with all the clause says is not
     * denied after it; an adverb that grades the answer's adjective stays with it; a place with an indefinite
     * apposition is not swapped.
     */
    @Test
    void nichtBeforeAPredicateABareDurchAGradedAdjectiveAndAnApposition() {
        assertThat(falseStatements("Die Geschichte ist lang. Die Urgeschichte ist der längste Zeitabschnitt in der "
            + "Geschichte der Menschheit.", 24)).noneMatch(s -> s.endsWith("Menschheit nicht."));
        assertThat(falseStatements("Die Inseln liegen im Meer. Die Inseln sind durch Vulkane entstanden.", 24))
            .noneMatch(s -> s.contains("nicht entstanden"));
        assertThat(prompts("Radiergummis sind bunt. Viele Kinder sammeln besonders außergewöhnliche Radiergummis."))
            .noneMatch(p -> p.contains("Kinder besonders?"));
        assertThat(prompts("Korruption ist verboten. Die verschiedenen Staaten haben verschieden scharfe Gesetze gegen "
            + "die Korruption.")).noneMatch(p -> p.contains("Staaten verschieden?"));
        assertThat(falseStatements("Krakau liegt in Polen. Auschwitz ist ein Ort. In Auschwitz, einer Stadt in der "
            + "Nähe, ließen die Nationalsozialisten ein Konzentrationslager bauen.", 40))
            .noneMatch(s -> s.startsWith("In Krakau, einer Stadt"));
    }

    /**
     * From Klexikon ("Fische", "Radio", "Marie Curie", "Südstaaten", "Urin", hand-read set 181 for #13): a comparison
     * with a list first is not put behind the verb; what a word "lautet" asks no "was" the other way; "sprich …" is
     * left out of statements too, at the end as well; parts of longer names are not swapped; "auf andere Weise" is
     * other than the sentence before said.
     */
    @Test
    void aListedComparisonLautetHowANameIsSaidLongerNamesAndOtherWays() {
        assertThat(prompts("Fische leben im Wasser. Wie Säugetiere, Vögel, Reptilien und Amphibien gehören auch Fische "
            + "zu den Wirbeltieren, weil sie eine Wirbelsäule haben.")).noneMatch(p -> p.contains("gehören wie"));
        assertThat(prompts("Radio ist alt. Ein deutsches Wort für Radio lautet \"Hörfunk\"."))
            .noneMatch(p -> p.startsWith("Was lautet"));
        String curie = "Marie Curie, sprich: Kü-rieh, war eine Physikerin und Chemikerin aus Polen. Sie lebte in "
            + "Frankreich.";
        assertThat(java.util.stream.Stream.concat(statements(curie, 24, true).stream(),
            falseStatements(curie, 24).stream())).noneMatch(s -> s.contains("sprich"));
        String havanna = "Havanna ist die Hauptstadt von Kuba. Havanna ist eine der ältesten Städte Amerikas.\n\nDie "
            + "Altstadt von Havanna heißt La Habana Vieja, sprich: La Habana Vi-e-cha.";
        assertThat(falseStatements(havanna, 40)).anyMatch(s -> s.endsWith("heißt La Habana Vieja."))
            .noneMatch(s -> s.contains("sprich"));
        assertThat(falseStatements("Berlin ist groß. Im Jahr 1924 sendete man erstmals in Deutschland ein Hörspiel aus "
            + "Frankfurt am Main.", 40)).noneMatch(s -> s.contains("Berlin am Main"));
        assertThat(falseStatements("Frankreich half. Die Vereinigten Staaten von Amerika bestehen aus 50 "
            + "Gliedstaaten.", 40)).noneMatch(s -> s.contains("Staaten von Frankreich"));
        assertThat(statements("Der Körper scheidet Wasser aus. Andere Stoffe verlassen den Körper auf andere Weise.",
            12, true)).noneMatch(s -> s.startsWith("Auf andere Weise"));
    }

    /**
     * From Klexikon ("Marionette", "Taiga", hand-read set 182 for #13): "man" and the verb alone say too little when a
     * circumstance of the sentence before is left out too; a direction first is where, and the subject follows.
     */
    @Test
    void manAloneWithoutAPointingCircumstanceAndADirectionFirst() {
        assertThat(prompts("An den Gliedern sind Fäden befestigt. Dank dieser Fäden kann man die einzelnen Glieder "
            + "bewegen.")).doesNotContain("Was kann man bewegen?");
        assertThat(prompts("Die Taiga ist ein Wald. Nördlich der Taiga liegt die Tundra."))
            .contains("Was liegt nördlich der Taiga?").noneMatch(p -> p.startsWith("Wer liegt"));
    }

    /**
     * From Klexikon ("Schwimmen", "Mars", "Bozen", hand-read set 183 for #13): "andere" as the subject are others
     * than those named before; a phrase before a "zu" infinitive is the infinitive's; "den" before a name is where to;
     * an example is not denied.
     */
    @Test
    void othersAPhraseOfTheInfinitiveWhereToAndAnExample() {
        assertThat(prompts("Manche Frauen tragen einen Bikini. Andere Frauen mögen eher einen Badeanzug."))
            .noneMatch(p -> p.contains("andere Frauen"));
        assertThat(statements("Der Mars ist ein Planet. Im Jahr 1877 meinte ein Astronom, mit seinem Fernrohr Rillen "
            + "auf dem Mars zu sehen.", 24, true)).noneMatch(s -> s.startsWith("Auf dem Mars meinte"));
        assertThat(prompts("Der Mars ist rot. Viele Meteoriten aus dem Weltall sind auf den Mars eingeschlagen."))
            .contains("Wohin sind viele Meteoriten aus dem Weltall eingeschlagen?")
            .noneMatch(p -> p.startsWith("Wo sind"));
        assertThat(falseStatements("Bozen hat viele Plätze. Der zentrale Platz beispielsweise heißt Waltherplatz.", 24))
            .noneMatch(s -> s.contains("beispielsweise"));
    }

    /** From Klexikon ("Dschungelbuch", hand-read set 184 for #13): what a name means asks no subject the other way. */
    @Test
    void whatANameMeans() {
        assertThat(prompts("Im Dschungelbuch gibt es Elefanten. Der Name des Elefantenobersten \"Hathi\" bedeutet "
            + "Elefant.")).noneMatch(p -> p.startsWith("Was bedeutet"));
    }

    /**
     * From Klexikon ("Antibiotikum", "Recycling", hand-read set 185 for #13): a noun's infinitive with "zu" after a
     * genitive is still the noun's; "je" stays with what it distributes.
     */
    @Test
    void anInfinitiveAfterAGenitiveAndJe() {
        assertThat(wh("Schnupfen ist lästig. Die laufende Nase ist ein Versuch des Körpers, die Schnupfenviren "
            + "loszuwerden.")).noneMatch(q -> q.solution().equals("ein Versuch des Körpers"));
        assertThat(prompts("Müll wird getrennt. Dann hat man neben der Restmülltonne noch je eine Tonne für Papier, "
            + "Glas und Bioabfälle.")).noneMatch(p -> p.endsWith(" je?"));
    }

    /**
     * From Klexikon ("ABBA", "Demokratische Partei (USA)", "Hamm", "Feuerstein", "Kalender", "Weitsprung", hand-read
     * set 186 for #13): an article read apart from its noun; a time an "als" clause says; a name that acts as a
     * singer; a thing made of steel; a phrase said again after a comma and a beginning with its year stay together.
     */
    @Test
    void articleApartTimeOfAnAlsClauseSingersSteelAndPhrasesSaidAgain() {
        assertThat(falseStatements("Die Männer schrieben die Lieder. Nach dem Ende der Gruppe arbeiteten die Männer "
            + "manchmal weiter zusammen.", 24)).noneMatch(s -> s.contains("die nicht Männer"));
        assertThat(prompts("Die Partei ist alt. Andrew Jackson, der erste Präsident der Demokraten, lebte in einer "
            + "Zeit, als es in den Südstaaten noch die Sklaverei gab und ganze Indianerstämme von dort weggeschickt "
            + "wurden.")).noneMatch(p -> p.startsWith("Wann lebte") || p.endsWith("in einer Zeit?"));
        assertThat(prompts("Die Gruppe trennte sich. Agnetha und Anna-Frid machten einzeln als Sängerinnen weiter."))
            .contains("Wer machte einzeln als Sängerinnen weiter?");
        assertThat(prompts("Hamm ist alt. Die Grafen von Mark wohnten dann in Hamm und regierten von hier aus ihre "
            + "Grafschaft.")).contains("Wer wohnte in Hamm?");
        assertThat(prompts("Man brauchte Zunder. Der Pyrit oder Markasit wurde allerdings durch einen Feuerschläger "
            + "aus Stahl ersetzt.")).noneMatch(p -> p.startsWith("Durch wen"));
        assertThat(prompts("Die Halle ist leer. Ein Schläger aus Holz lag auf dem Boden."))
            .noneMatch(p -> p.startsWith("Wer lag"));
        assertThat(statements("Ein Monat ist kurz. Ein Jahr entspricht ungefähr der Länge eines Sonnenjahres, also "
            + "einer Runde der Erde um die Sonne.", 24, true)).noneMatch(s -> s.startsWith("Ungefähr der Länge"));
        assertThat(statements("Weitsprung ist alt. Bei den Olympischen Spielen der Neuzeit werden Wettbewerbe im "
            + "Weitsprung seit dem Beginn im Jahr 1896 ausgetragen.", 24, true))
            .noneMatch(s -> s.startsWith("Seit dem Beginn"));
    }

    /**
     * From Klexikon ("Hamster", "Feuerzeug", "Nahostkonflikt", "Kalifornien", "Demokratische Republik Kongo", hand-read
     * set 187 for #13): an adjective read as the noun; "weniger als" with its count; a purpose of the predicate's
     * thing; "zum Glühen" the verb's; a name's adjective is no one; a desert and the Kongolese; a name given.
     */
    @Test
    void adjectiveAsNounFewerThanPurposeGlowingNamesDesertsKongoleseAndNaming() {
        assertThat(prompts("Hamster schlafen viel. Die größeren Hamsterarten machen einen richtigen Winterschlaf."))
            .noneMatch(p -> p.startsWith("Wen machen"));
        assertThat(prompts("Hamster bekommen Junge. Eine Schwangerschaft dauert weniger als drei Wochen."))
            .noneMatch(p -> p.endsWith(" weniger?"));
        assertThat(prompts("Feuer ist nützlich. Ein Feuerzeug ist ein kleines Gerät, um Feuer zu machen."))
            .noneMatch(p -> p.startsWith("Wozu ist") || p.contains(", um Feuer"));
        assertThat(prompts("Die Lunte ist lang. Durch einen chemischen Stoff bringt man die Lunte zum Glühen."))
            .noneMatch(p -> p.startsWith("Was bringt man"));
        assertThat(wh("Es gab Hoffnung. Als der Kalte Krieg um das Jahr 1990 zu Ende ging, gab es Zeichen, dass auch "
            + "der Nahostkonflikt bald beendet werden könnte.")).noneMatch(q -> q.prompt().startsWith("Wer ging"))
            .noneMatch(q -> q.answers().contains("Kalte"));
        assertThat(prompts("Kalifornien ist groß. Die Wüste \"Tal des Todes\" ist zugleich der niedrigste Punkt und "
            + "der heißeste Ort der USA.")).noneMatch(p -> p.startsWith("Wer ist"));
        assertThat(prompts("Kinshasa ist groß. Die meisten Kongolesen leben um die Hauptstadt Kinshasa, also ganz im "
            + "Westen, oder in den Bergbau-Städten im Osten.")).noneMatch(p -> p.startsWith("Was lebt"));
        assertThat(falseStatements("Es gab Krieg. Die Israelis nannten diesen Krieg später Unabhängigkeitskrieg.", 24))
            .noneMatch(s -> s.endsWith("Unabhängigkeitskrieg nicht."));
    }

    /**
     * From Klexikon ("Schnecken", "Pristina", hand-read set 188 for #13): "etwas" done goes after an indefinite
     * subject; an example of what came before is not asked.
     */
    @Test
    void somethingDoneAfterTheSubjectAndAnExample() {
        assertThat(statements("Schnecken fressen Salat. Bauern und Gärtner müssen deshalb etwas gegen Schneckenplagen "
            + "unternehmen.", 24, true)).noneMatch(s -> s.contains("müssen etwas Bauern"));
        assertThat(prompts("Viele Organisationen helfen. Ein Beispiel ist eine Organisation der Vereinten Nationen, "
            + "die sich für den Frieden im Kosovo einsetzt.")).noneMatch(p -> p.equals("Was ist ein Beispiel?"));
    }

    /**
     * From Klexikon ("Weißes Haus", "Kalter Krieg", hand-read set 189 for #13): a thing's name of an adjective and a
     * noun is asked "was"; a count of things a colon's list names is not asked.
     */
    @Test
    void namesOfThingsAndACountBeforeAColon() {
        assertThat(prompts("Der Präsident arbeitet dort. Das Weiße Haus befindet sich in Washington, der Hauptstadt "
            + "der USA.")).noneMatch(p -> p.startsWith("Wer befindet"));
        assertThat(prompts("Es war eine Zeit. Der Kalte Krieg begann nach dem Zweiten Weltkrieg."))
            .noneMatch(p -> p.startsWith("Wer begann"));
        assertThat(prompts("Besucher müssen warten. Viele Dinge darf man nicht mitnehmen:\nWaffen und Tiere sind "
            + "verboten.")).noneMatch(p -> p.equals("Was darf man nicht mitnehmen?"));
    }

    /**
     * Also from set 189 ("Litauen", "Name", "Kalter Krieg", "Telegrafie", "Den Haag"): "fast jeder dritte" stays
     * whole; a name beside a phrase is neither denied nor moved; a pronoun and its predicate are no object; "der
     * bekannteste" of those before is not asked; "Den Haag" is no object; a copula's left-out second clause.
     */
    @Test
    void countsNamesPronounsSuperlativesDenHaagAndAGappedCopula() {
        assertThat(prompts("Litauen hat Bauern. In der Landwirtschaft arbeitet fast jeder dritte Litauer."))
            .noneMatch(p -> p.endsWith(" fast?"));
        assertThat(falseStatements("Namen sind verschieden. Der Nachname lautet in diesem Beispiel Smirnow.", 24))
            .noneMatch(s -> s.contains("lautet nicht in"));
        assertThat(prompts("Kuba bekam Raketen. Die USA fanden das zu nahe an ihrem eigenen Land und forderten, dass "
            + "die Raketen wieder von Kuba verschwanden.")).noneMatch(p -> p.equals("Was fanden die USA?"));
        assertThat(prompts("Viele Erfinder bauten Telegrafen. Der bekannteste ist wohl der Amerikaner Samuel Morse."))
            .noneMatch(p -> p.contains("bekannteste"));
        org.textquiz.core.article.Sentence denHaag = GermanAnalysis.analyze("Den Haag besitzt bis heute kein "
            + "Stadtrecht, obwohl dort mehr als eine halbe Million Menschen leben.").sentences().findFirst()
            .orElseThrow();
        assertThat(ClauseQuestions.placeNamedWithDen(GermanAnalysis.PARSER.parse(denHaag))).isTrue();
        org.textquiz.core.article.Sentence court = GermanAnalysis.analyze("Der Gerichtshof in Den Haag entschied den "
            + "Fall.").sentences().findFirst().orElseThrow();
        assertThat(ClauseQuestions.placeNamedWithDen(GermanAnalysis.PARSER.parse(court))).isFalse();
        assertThat(prompts("Es gibt viele Namen. \"Frankreich\" ist ein Landesname, \"Kopenhagen\" ein Ortsname und "
            + "\"Rhein\" der Name eines Flusses.")).noneMatch(p -> p.contains("Kopenhagen") || p.contains("Ortsname"));
    }

    /**
     * From Klexikon ("Kamala Harris", "Namibia", hand-read set 190 for #13): a verb's dative hung on a time phrase;
     * "zur Mitte des 19. Jahrhunderts" is when, not where to; an answer cut at its "und".
     */
    @Test
    void dativeOnATimeTheMiddleOfACenturyAndAnAnswerCutAtUnd() {
        assertThat(prompts("Harris ist Politikerin. Harris trat in den frühen 2000er Jahren der Demokratischen Partei "
            + "bei.")).noneMatch(p -> p.equals("Wann trat Harris bei?"));
        assertThat(prompts("Namibia war eine Kolonie. Zur Mitte des 19. Jahrhunderts kamen deutsche Kaufleute an die "
            + "Küste Namibias.")).noneMatch(p -> p.startsWith("Wohin kamen"));
        assertThat(wh("Namibia hat viele Speisen. In Namibia isst man unter anderem gern Wild und den Vetkoek, der "
            + "auch in Südafrika beliebt ist.")).noneMatch(q -> q.solution().startsWith("und "));
    }

    /**
     * From Klexikon ("Liverpool", "Prophet", "Beirut", "Kambodscha", "Denkmal", "Schneemann", "Terrarium",
     * "Wellington", hand-read set 191 for #13): a town by its kind alone is no answer; music clubs are places; a
     * prophet is someone; a predicate's second noun that shares its genitive stays; "später" goes before "wieder";
     * "Was gibt es für …?" reads "what kinds of"; "als" twice leaves out a verb; examples of the answer are not left
     * behind; a hedge over the sentence is not moved to its end; "das" of the sentence before is not stated.
     */
    @Test
    void townsClubsProphetsSharedGenitivesTimeBeforeWiederAndWhatIsLeftBehind() {
        assertThat(wh("Liverpool ist eine Stadt in England. Die Stadt liegt am Fluss Mersey, der etwas weiter nördlich "
            + "ins Meer mündet.")).noneMatch(q -> q.solution().equalsIgnoreCase("die Stadt"));
        assertThat(prompts("Liverpool hat viel Musik. An der Matthew Street in der Innenstadt findet man zahlreiche "
            + "Musikclubs.")).contains("Was findet man an der Matthew Street in der Innenstadt?")
            .noneMatch(p -> p.startsWith("Wen "));
        assertThat(prompts("Propheten sprechen für Gott. Der wichtigste Prophet im Christentum war Johannes der "
            + "Täufer.")).contains("Wer war der wichtigste Prophet im Christentum?");
        assertThat(prompts("Der Libanon ist ein Land. Beirut ist die Hauptstadt und größte Stadt des Libanon."))
            .noneMatch(p -> p.equals("Was ist die Hauptstadt?"));
        assertThat(prompts("Kambodscha war eine Republik. Später bekam Kambodscha wieder einen König."))
            .contains("Wer bekam später wieder einen König?").noneMatch(p -> p.contains("wieder später"));
        assertThat(prompts("Denkmäler sind wichtig. Für Kulturdenkmäler gibt es viele Regeln."))
            .noneMatch(p -> p.startsWith("Was gibt es für"));
        assertThat(prompts("Ein Schneemann ist eine Figur aus Schnee. Eine Karotte dient als Nase, Steine oder "
            + "Kohlestückchen als Augen, Mund und Knöpfe.")).noneMatch(p -> p.startsWith("Was dient"));
        assertThat(prompts("Ein Terrarium ist ein Kasten für Tiere. Manche Tiere sind sogar für Menschen gefährlich, "
            + "wie manche Arten von Schlangen und Spinnen.")).noneMatch(p -> p.contains(", wie manche"));
        assertThat(statements("Propheten sprechen für Gott. Zumindest sagen die Propheten jeweils, dass ihre Rede von "
            + "Gott kommt.", 24, true)).noneMatch(s -> s.contains("zumindest"));
        assertThat(falseStatements("In der Stadt wohnen 200.000 Menschen. Im Jahr 2003 wurde hier ein Film gezeigt. "
            + "Über 100.000 Menschen schauten sich das an.", 24)).noneMatch(s -> s.endsWith("sich das an."));
    }

    /**
     * From Klexikon ("Belarus", "Kamele", "Provence", "Fingerabdruck", "Schneewittchen", "Terroranschläge vom 11.
     * September", hand-read set 192 for #13): a superlative its relative clause narrows is not asked without it;
     * "ferner" is left out; an adverb of the verb opens no answer; a name given is not asked with what it names; a
     * French article is no answer; "die Gegend" alone is none; a predicate the parse hung on a phrase is not denied; a
     * sentence of others is not stated; a clause of time is not asked with its verb alone; a demonstrative that alone
     * says which is not denied; the agent and the means are not one answer.
     */
    @Test
    void superlativesAdverbsNamesOthersScenesAndAgentsWithTheirMeans() {
        // the generator asks this sentence only beside the rest of its article, so the check runs on its parse
        Sentence narrowed = GermanAnalysis.analyze("Belarus ist der größte Staat in Europa, der keine eigene "
            + "Meeresküste hat.").sentences().findFirst().orElseThrow();
        org.textquiz.core.syntax.Parse parse = GermanAnalysis.PARSER.parse(narrowed);
        assertThat(ClauseQuestions.superlativeNarrowedByARelativeClause(parse, parse.root())).isTrue();
        Sentence largest = GermanAnalysis.analyze("Berlin ist die größte Stadt in Deutschland, und sie wächst.")
            .sentences().findFirst().orElseThrow();
        org.textquiz.core.syntax.Parse whole = GermanAnalysis.PARSER.parse(largest);
        assertThat(ClauseQuestions.superlativeNarrowedByARelativeClause(whole, whole.root())).isFalse();
        assertThat(prompts("Belarus hat viele Einwohner. Ferner leben in Belarus auch Menschen mit Polnisch als "
            + "Muttersprache.")).isNotEmpty().noneMatch(p -> p.contains("ferner"));
        assertThat(wh("Kamele leben in der Wüste. Kamele können in ihrem Körper gut Wasser speichern."))
            .noneMatch(q -> q.solution().startsWith("gut "));
        assertThat(prompts("Kamele bekommen Junge. Wie bei den Pferden nennt man die Jungtiere \"Fohlen\"."))
            .noneMatch(p -> p.startsWith("Was nennt man"));
        assertThat(wh("Es gibt viele schöne kleine Dörfer. Das Dorf Les Baux-de-Provence liegt auf einem Felsen und "
            + "wird in vielen Reiseführern als schönstes Dorf Frankreichs bezeichnet. Bekannt ist Les Baux auch, weil "
            + "dort ein Erz gefunden wurde.")).anyMatch(q -> q.prompt().equals("Was liegt auf einem Felsen?"))
            .noneMatch(q -> q.answers().contains("Les"));
        assertThat(wh("Die Provence ist schön. Die Gegend liegt in der Region Provence-Alpes-Cote d'Azur."))
            .noneMatch(q -> q.solution().equalsIgnoreCase("die Gegend"));
        assertThat(falseStatements("Die Provence ist alt. Die Gegend war im Altertum die erste römische Provinz "
            + "jenseits der Alpen.", 24)).noneMatch(s -> s.contains("nicht im Altertum"));
        assertThat(statements("Viele glauben der Regierung. Andere Leute sprechen von anderen Tätern.", 24, true))
            .noneMatch(s -> s.contains("andere Leute"));
        assertThat(prompts("Die Römer herrschten lange. Als das Weströmische Reich zu Ende ging, kamen germanische "
            + "Stämme in die Gegend.")).noneMatch(p -> p.equals("Was ging zu Ende?"));
        assertThat(falseStatements("Fingerabdrücke helfen der Polizei. Bei dieser Methode wird der Abdruck im Labor "
            + "mit Chemikalien untersucht.", 24)).noneMatch(s -> s.contains("Methode"));
        assertThat(prompts("Disney änderte die Handlung. Im Film wird die Prinzessin vom Prinzen durch einen Kuss "
            + "wieder zum Leben erweckt.")).noneMatch(p -> p.startsWith("Von wem"));
    }

    /**
     * From Klexikon ("Abendmahl", "Depression", "Finken", "Handy", "Belgien", "Nashörner", "Wels", "Kamerun",
     * "Logistik", hand-read set 193 for #13): a sacrament is no union; "Eine Möglichkeit ist …" and a subject with
     * "nur" ask nothing; "schon" by a later year is no false statement; a count read with the article after it, parts
     * of what only the sentence before says, a supposition and a predicate read as an adverb are refused; a name's
     * adjective is no accepted answer; a word's piece after its hyphen is no predicate; powers that rule are "wer";
     * "sogar" before the object asked is not moved before the subject.
     */
    @Test
    void sacramentsPossibilitiesSuppositionsPiecesOfWordsAndPowersThatRule() {
        assertThat(prompts("Christen feiern Sakramente. Die Kommunion ist eines der sieben Sakramente."))
            .noneMatch(p -> p.startsWith("Wer ist"));
        assertThat(prompts("Depressionen kann man behandeln. Eine Möglichkeit ist eine Psycho-Therapie."))
            .noneMatch(p -> p.equals("Was ist eine Möglichkeit?"));
        assertThat(prompts("Finken sind Vögel. Nur wenige Finken im Norden sind Zugvögel."))
            .noneMatch(p -> p.startsWith("Was sind nur"));
        assertThat(falseStatements("Das Telefon ist alt. Schon in den Jahren um 1920 konnte man über Funk Gespräche "
            + "führen. Um das Jahr 1950 gab es die ersten Autos mit Mobiltelefon.", 24))
            .noneMatch(s -> s.matches("Schon in den Jahren um (?:19[3-9]\\d|20\\d\\d) .*"));
        assertThat(statements("Belgien hat drei Sprachen. Von zehn Belgiern haben sechs das Niederländische als "
            + "Muttersprache.", 24, true)).noneMatch(s -> s.startsWith("Sechs das"));
        assertThat(wh("Belgien war im Krieg. 1945 waren deshalb große Teile stark zerstört."))
            .noneMatch(q -> q.solution().equalsIgnoreCase("große Teile"));
        String supposed = "Depressionen haben Gründe. Vielleicht ist ein geliebter Mensch gestorben, oder man hat "
            + "besonders großen Ärger im Beruf.";
        assertThat(prompts(supposed)).noneMatch(p -> p.contains("vielleicht"));
        assertThat(statements(supposed, 24, true)).noneMatch(s -> s.contains("vielleicht"));
        assertThat(prompts("Depressionen sind häufig. Depressiv wird man oft, weil man etwas Schlimmes erlebt hat."))
            .noneMatch(p -> p.contains("depressiv oft"));
        assertThat(wh("Nashörner sind selten. Das Südliche Breitmaulnashorn galt als ausgestorben, da fand man noch "
            + "zehn Tiere an einem Ort.")).noneMatch(q -> q.answers().contains("Südliche"));
        assertThat(prompts("Wels ist eine Stadt. Heute ist Wels die dritt-wichtigste Messestadt Österreichs."))
            .noneMatch(p -> p.startsWith("Wer ist Wels"));
        assertThat(prompts("Kamerun war eine Kolonie. Nach dem Ersten Weltkrieg herrschten Großbritannien und "
            + "Frankreich in Kamerun.")).contains("Wer herrschte nach dem Ersten Weltkrieg in Kamerun?");
        assertThat(prompts("Logistik ist wichtig. Viele große Unternehmen haben hingegen sogar eigene Lastwagen und "
            + "Lagerhäuser.")).noneMatch(p -> p.startsWith("Was haben sogar"));
    }

    /**
     * From Klexikon ("Finnland", "Belgrad", "Deutsche Kolonien", "Kanada", "Prozent", hand-read set 194 for #13): a
     * country is no one for a noun the article once put before it; a country read into the subject is the object; a
     * patriarch is someone; "seit" or "schon" with a later year of a state, and "schon vor" fewer years, are no false
     * statements, nor a year swapped for a count; "gar" stays with "keine"; the ones counted are not named in the
     * question; "vor allem" of a reason left out is refused.
     */
    @Test
    void countriesPatriarchsLaterYearsCountsForYearsAndFocusOnAReason() {
        assertThat(prompts("Finnland\n\nIm Chaos des Zweiten Weltkriegs griff die Sowjetunion Finnland an. Finnland "
            + "liegt weit im Norden von Europa.")).noneMatch(p -> p.startsWith("Wer liegt"));
        String attack = "Finnland war neutral. Im Chaos des Zweiten Weltkriegs griff die Sowjetunion Finnland an.";
        assertThat(prompts(attack)).noneMatch(p -> p.startsWith("Wer griff"));
        assertThat(statements(attack, 24, true)).noneMatch(s -> s.startsWith("Die Sowjetunion Finnland"));
        assertThat(prompts("Belgrad ist eine Stadt. In Belgrad sitzt der Patriarch der Serbisch-Orthodoxen Kirche."))
            .noneMatch(p -> p.startsWith("Was sitzt"));
        assertThat(falseStatements("Kanada ist groß. Seit 1931 darf Kanada sich selbst Gesetze geben. Im Jahr 1960 "
            + "änderte sich das Wahlrecht.", 24)).noneMatch(s -> s.startsWith("Seit 1960"));
        // the generator swapped this number in beside the rest of its article only, so the gate runs on the statement
        String earlier = "Schon vor 12.000 Jahren kamen Menschen aus Asien in das Gebiet, das heute Kanada heißt.";
        assertThat(QualityGates.violations(new TrueFalseQuestion("truefalse-1", earlier.replace("12.000", "100"),
            List.of(TrueFalseQuestion.FALSE), List.of(), new org.textquiz.core.article.Span(0, 10), earlier)))
            .anyMatch(v -> v.contains("schon vor"));
        assertThat(QualityGates.violations(new TrueFalseQuestion("truefalse-1", earlier.replace("12.000", "20.000"),
            List.of(TrueFalseQuestion.FALSE), List.of(), new org.textquiz.core.article.Span(0, 10), earlier)))
            .noneMatch(v -> v.contains("schon vor"));
        assertThat(falseStatements("Eine deutsche Meile sind etwa 7.500 Meter, eine englische 1.600. Der Vertrag wurde "
            + "1546 aufgekündigt, weil es den Welsern nicht gelang, eine funktionierende Kolonie aufzubauen.", 24))
            .noneMatch(s -> s.contains("wurde 1.600"));
        assertThat(statements("Finnland hat viel Wald. Auf den Bergen im Norden des Landes wachsen gar keine Bäume.",
            24, true)).noneMatch(s -> s.endsWith(" gar."));
        assertThat(prompts("Kanada ist zweisprachig. In Kanada gibt es heute zwei Amtssprachen, Englisch und "
            + "Französisch.")).noneMatch(p -> p.startsWith("Wie viele Amtssprachen,"));
        assertThat(prompts("Prozente sind praktisch. Prozente werden vor allem deshalb so häufig benutzt, weil man sie "
            + "so gut miteinander vergleichen kann.")).noneMatch(p -> p.contains("vor allem so"));
    }

    /**
     * From Klexikon ("Teufel", "Schornsteinfeger", "Nationalsozialismus", "Belize", hand-read set 195 for #13): a true
     * statement keeps the word that denies; "sonst" points back; "aber" before a comma is left over; a plural noun the
     * tagger took for a name beside the subject is the object ("Erwachsene Aale" stay one subject).
     */
    @Test
    void denialsKeptOtherwiseLeftoverAberAndAnObjectTakenForAName() {
        assertThat(statements("Der Teufel kann sich verwandeln. Die Verwandlung gelingt dem Teufel aber nicht ganz.",
            24, true)).allMatch(s -> s.contains("nicht"));
        String otherwise = "Heizungen müssen sauber sein. Sonst muss der Schornsteinfeger zweimal oder dreimal im Jahr "
            + "vorbeikommen.";
        assertThat(prompts(otherwise)).noneMatch(p -> p.contains("sonst"));
        assertThat(statements(otherwise, 24, true)).noneMatch(s -> s.contains("sonst"));
        assertThat(prompts("Juden sind Menschen wie alle anderen. Nationalsozialisten denken aber, dass Juden eine "
            + "bösartige Menschenart seien.")).noneMatch(p -> p.contains("aber"));
        assertThat(prompts("Belize liegt am Meer. An den Küsten fangen die Menschen Fische."))
            .noneMatch(p -> p.startsWith("Wer fängt"));
        assertThat(prompts("Aale sind Fische. Erwachsene Aale können bis zu einem Meter lang werden."))
            .anyMatch(p -> p.contains("bis zu einem Meter"));
    }

    /**
     * From Klexikon ("Schottland", "Welthandelsorganisation", hand-read set 196 for #13): what "es gibt" tells of is
     * no "wer", in a relative clause too; a group of goods is no one.
     */
    @Test
    void whatThereIsAndGroupsOfGoods() {
        assertThat(prompts("Schottland hat viele Parteien. Viele Schotten wählen am liebsten ihre eigene Partei, die "
            + "es nur in Schottland gibt: Die Scottish National Party.")).noneMatch(p -> p.startsWith("Wer gibt es"));
        assertThat(prompts("Die WTO regelt den Handel. Die Schweiz gibt für Gruppen von Waren an, wie hoch der Tarif "
            + "ist.")).noneMatch(p -> p.startsWith("Für wen"));
    }

    /**
     * From Klexikon ("Abraham Lincoln", "Flaschenpost", "Kanaren", "Psychische Störung", "Schraube", "Weltkulturerbe",
     * hand-read set 197 for #13): a phrase a gapped half sets against; a year after a time read as a count; what
     * something has become; "kaum" before a bare noun; "überhaupt" after a superlative; where a thing is put; a verb's
     * clause taken for an aside; the text speaking of itself.
     */
    @Test
    void contrastsYearsBecomingHardlyAnyOfAllPlacingAndTheTextItself() {
        String contrast = "Lincoln war Präsident. Abraham Lincoln wurde von vielen Menschen verehrt, von anderen aber "
            + "gehasst.";
        assertThat(prompts(contrast)).noneMatch(p -> p.startsWith("Von wem"))
            .contains("Wer wurde von vielen Menschen verehrt, von anderen aber gehasst?");
        assertThat(prompts("Flaschenpost ist alt. Auch Wissenschaftler warfen seit den Jahren nach 1800 Flaschen ins "
            + "Meer.")).noneMatch(p -> p.startsWith("Seit wann"));
        assertThat(prompts("Flaschenpost ist alt. Die Flaschen sind mittlerweile aber Bojen mit kleinen Computern und "
            + "Messgeräten.")).contains("Was sind die Flaschen mittlerweile?").doesNotContain("Was sind die Flaschen?");
        String hardly = "Die Kanaren sind Inseln. Jahrhundertelang haben kaum Europäer die Kanaren gesehen.";
        assertThat(prompts(hardly)).isEmpty();
        assertThat(statements(hardly, 24, true)).isEmpty();
        String ofAll = "Störungen sind häufig. Psychische Störungen gehören zu den häufigsten Krankheiten überhaupt.";
        assertThat(prompts(ofAll)).contains("Was gehört zu den häufigsten Krankheiten überhaupt?")
            .noneMatch(p -> p.startsWith("Wozu"));
        assertThat(statements(ofAll, 24, true)).noneMatch(s -> s.contains("Krankheiten gehören"));
        assertThat(prompts("Schrauben halten. Bei der Inbus-Schraube steckt man einen sechskantigen Schlüssel in die "
            + "Vertiefung des Schraubenkopfs.")).noneMatch(p -> p.startsWith("Was steckt man"));
        assertThat(prompts("Die Liste ist lang. Das Welterbe-Komitee besteht aus 21 Menschen, die bestimmen, was auf "
            + "die Liste des Welterbes kommt.")).noneMatch(p -> p.endsWith("die bestimmen?"));
        assertThat(statements("Störungen sind häufig. Im Folgenden sind einige weitere der bekanntesten psychischen "
            + "Störungen aufgelistet.", 24, true)).isEmpty();
    }

    /**
     * From Klexikon ("Absolutismus", "Benito Mussolini", "Deutscher Bund", "Harnblase", "Kap Verde", "Schrift",
     * hand-read set 198 for #13): an adjective made a neuter noun is a thing; a phrase the word before governs; "sehr"
     * before a phrase grades the verb; an undeclined adjective before a predicate noun is an adverb; where something
     * goes, hung on the way; inhabitants the dictionary lacks; a separable particle read into a phrase; where a thing
     * was made, hung on the thing.
     */
    @Test
    void thingsMadeOfAdjectivesGovernedPhrasesGradingAdverbsParticlesAndPlacesOfEvents() {
        assertThat(prompts("Ludwig herrschte. Ludwigs Wille war das Wichtigste im Staat."))
            .noneMatch(p -> p.startsWith("Wer war")).contains("Was war Ludwigs Wille?");
        String governed = "Der König herrschte. Der absolute Herrscher handelt also losgelöst von Gesetzen.";
        assertThat(prompts(governed)).noneMatch(p -> p.startsWith("Wovon"))
            .contains("Wer handelt losgelöst von Gesetzen?");
        assertThat(statements(governed, 24, true)).noneMatch(s -> s.startsWith("Von Gesetzen"));
        assertThat(statements("Italien litt. Das italienische Volk litt sehr unter der Herrschaft von Mussolini.", 24,
            true)).noneMatch(s -> s.startsWith("Sehr"));
        assertThat(statements("Aachen ist alt. Aachen liegt ganz im Westen von Deutschland.", 24, true))
            .contains("Ganz im Westen von Deutschland liegt Aachen.");
        assertThat(prompts("Der Bund war groß. Der König der Niederlande war gleichzeitig Großherzog von Luxemburg."))
            .noneMatch(p -> p.startsWith("Was war der König"));
        assertThat(prompts("Die Nieren arbeiten. Der Urin rinnt durch die Harnleiter in die Blase."))
            .noneMatch(p -> p.startsWith("Durch wen") || p.startsWith("Wodurch"));
        assertThat(prompts("Kap Verde ist ein Staat. Auch in Portugal und in der niederländischen Stadt Rotterdam "
            + "leben viele Kapverdier.")).noneMatch(p -> p.startsWith("Was lebt"))
            .contains("Wer lebt auch in Portugal und in der niederländischen Stadt Rotterdam?");
        assertThat(statements("Kap Verde ist ein Staat. Die heutigen Einwohner der Inseln stammen ab von Europäern und "
            + "afrikanischen Sklaven.", 24, true)).noneMatch(s -> s.startsWith("Ab von"));
        String invented = "Schrift ist alt. Wahrscheinlich wurde die Schrift in Mesopotamien erfunden.";
        assertThat(prompts(invented)).noneMatch(p -> p.startsWith("Was wurde"));
        assertThat(statements(invented, 24, true)).noneMatch(s -> s.startsWith("Die Schrift in Mesopotamien"));
    }

    /**
     * What was so already by a year is falsified by an earlier year, the article's or three before, never a later
     * one ("seit 2000", art_014 of the corpus); a year told roughly ("um 1920", Klexikon "Handy") is not moved by
     * three.
     */
    @Test
    void soAlreadyByAYearTakesAnEarlierYearAndARoughYearStays() {
        List<String> since = falseStatements("Der Fonds hilft Migranten. Im Jahr 2006 gab er einen Bericht heraus. "
            + "Der Fonds untersucht die Geldtransfers von Migranten seit 2000.", 24);
        assertThat(since).anyMatch(s -> s.endsWith("seit 1997.")).noneMatch(s -> s.contains("seit 2006"));
        assertThat(falseStatements("Das Handy hat Vorläufer. Schon in den Jahren um 1920 konnte man über Funk Gespräche "
            + "führen.", 24)).noneMatch(s -> s.contains("um 1917"));
    }

    /**
     * From Klexikon ("Abtreibung", "Benjamin Franklin", "Deutsches Eck", "Fledermäuse", "Kapstadt", "Louvre",
     * "Neapel", "Ptolemäus", "Schriftsteller", hand-read set 199 for #13): how often said of a place; a date torn from
     * its year; a person by a given name the tagger took for a noun; a land's Latin name; "etwa" left behind; which
     * things a "mit" says; where someone sits, left out; a possessive whose owner came before; a thing's name and a
     * common noun taken for a name; what the object is made; something to see anywhere; "etwas anderes"; a list read
     * as appositions.
     */
    @Test
    void placesOfHowOftenDatesNamesRoughTimesWhichThingsPlacesLeftOutAndLists() {
        assertThat(statements("Abtreibung ist umstritten. Abtreibungen werden heute fast immer in einer Klinik "
            + "durchgeführt.", 24, true)).noneMatch(s -> s.startsWith("In einer Klinik"));
        assertThat(prompts("Franklin war ein Erfinder. Benjamin Franklin wurde am 17. Januar 1706 in Boston geboren."))
            .noneMatch(p -> p.contains("1706 in Boston geboren?"));
        assertThat(prompts("Benjamin Franklin war ein Erfinder. Mit nur zehn Jahren begann der kleine Benjamin im "
            + "Laden des Vaters zu arbeiten.")).noneMatch(p -> p.startsWith("Was begann"))
            .contains("Wer begann mit nur zehn Jahren im Laden des Vaters zu arbeiten?");
        assertThat(falseStatements("Das Denkmal zeigt Germania. Mit dem Denkmal feierte man die Reichsgründung: Seit "
            + "1871 war Deutschland ein einiger Staat.", 24)).noneMatch(s -> s.contains("war Germania"));
        assertThat(prompts("Fledermäuse fliegen nachts. Die Mutter gibt ihrem Jungen bis etwa im August ihre Milch zu "
            + "trinken.")).noneMatch(p -> p.contains("bis etwa"));
        assertThat(prompts("Fledermäuse fliegen nachts. Auch werden alte Bäume mit Baumhöhlen umgesägt."))
            .noneMatch(p -> p.contains("mit Baumhöhlen umgesägt"));
        assertThat(prompts("Neuseeland ist weit. Im Jahr 1839 kamen Briten mit einem Schiff an und gründeten einen "
            + "Hafen.")).contains("Wer kam im Jahr 1839 mit einem Schiff an?");
        assertThat(prompts("Robben Island ist eine Insel. Nelson Mandela saß fast 20 Jahre lang in diesem Gefängnis, "
            + "bevor er Präsident wurde.")).noneMatch(p -> p.startsWith("Wer saß"));
        assertThat(prompts("Der Tafelberg ist berühmt. Seinen flachen Gipfel erreicht man über eine Seilbahn oder "
            + "einen Wanderweg.")).noneMatch(p -> p.contains("seinen"));
        assertThat(prompts("Der Louvre ist groß. Das berühmteste Gemälde im Museum ist die Mona Lisa."))
            .contains("Was ist das berühmteste Gemälde im Museum?").noneMatch(p -> p.startsWith("Wer ist"));
        assertThat(prompts("Ptolemäus war ein Gelehrter. Die Erde stand in der Mitte des Weltalls."))
            .noneMatch(p -> p.startsWith("Wer stand"));
        String declared = "Neapel ist alt. Die UNESCO hat die gesamte Altstadt zum Weltkulturerbe erklärt.";
        assertThat(prompts(declared)).noneMatch(p -> p.startsWith("Was hat die UNESCO"));
        assertThat(falseStatements(declared, 24)).noneMatch(s -> s.contains("Weltkulturerbe nicht erklärt"));
        assertThat(falseStatements("Neapel liegt in Italien. Rom ist die Hauptstadt. Tatsächlich gibt es in Neapel "
            + "einiges zu sehen.", 24)).noneMatch(s -> s.contains("einiges zu sehen"));
        assertThat(falseStatements("Thailand liegt in Asien. China ist groß. In Thailand gibt es einen König, der noch "
            + "viel zu sagen hat.", 24)).anyMatch(s -> s.startsWith("In China gibt es einen König"));
        assertThat(prompts("Schreiben ist schwer. Viele Schriftsteller machen deshalb noch etwas anderes, sie "
            + "übersetzen oder unterrichten.")).noneMatch(p -> p.contains("etwas anderes"));
        assertThat(statements("Ptolemäus war ein Gelehrter. Um die Erde kreisten der Mond, die Sonne, die Planeten und "
            + "die Sterne.", 24, true)).noneMatch(s -> s.startsWith("Der Mond sind"));
    }

    /**
     * From Klexikon ("Achterbahn", "Deutsches Kaiserreich", "Karate", "Pubertät", "Theologie",
     * "Weltwirtschaftskrise", hand-read set 200 for #13): a number in a name; a country that consists of or finds
     * itself somewhere; "es" whose meaning came before; two nouns taken for a name; an undeclined adjective before a
     * subject; a share of those a relative clause names; a bare plural with its place; a span counted without a
     * number; a year as a bound.
     */
    @Test
    void numbersInNamesLandsThatAreEsTwoNounsSharesPlacesOfBarePluralsSpansAndBounds() {
        assertThat(falseStatements("Achterbahnen sind schnell. Die längste Achterbahn ist Steel Dragon 2000 in Japan.",
            24)).noneMatch(s -> s.matches(".*Steel Dragon (?!2000)\\d+.*"));
        assertThat(prompts("Preußen war groß. Deutschland bestand lange Zeit aus einzelnen Staaten. Deutschland befand "
            + "sich in der Zeit der Weimarer Republik und wurde von der Krise ebenfalls hart getroffen."))
            .noneMatch(p -> p.startsWith("Wer bestand") || p.startsWith("Wer befand"));
        String known = "Karate ist eine Sportart. In den Jahren nach 1900 hat ein Lehrer aus Okinawa es auch im Rest "
            + "von Japan bekannt gemacht.";
        assertThat(statements(known, 24, true)).noneMatch(s -> s.contains(" es "));
        assertThat(falseStatements(known, 24)).noneMatch(s -> s.contains("nach 1897"));
        String testes = "Die Pubertät ist eine Zeit. Im Lauf der Pubertät beginnen die Hoden Samenflüssigkeit "
            + "herzustellen.";
        assertThat(prompts(testes)).noneMatch(p -> p.startsWith("Was beginnt"));
        assertThat(statements(testes, 24, true)).noneMatch(s -> s.contains("Hoden Samenflüssigkeit"));
        assertThat(prompts("Die Pubertät ist eine Zeit. Auch unter den Achseln beginnen zunehmend Haare zu wachsen."))
            .noneMatch(p -> p.startsWith("Was beginnt"));
        assertThat(prompts("Theologie ist eine Wissenschaft. Die meisten Menschen, die Theologie studiert haben, "
            + "werden aber keine Forscher.")).noneMatch(p -> p.equals("Wer hat Theologie studiert?"));
        String lands = "Die Krise begann in den USA. Die Situation in den USA wirkte sich auf Länder in der ganzen "
            + "Welt aus.";
        assertThat(statements(lands, 24, true)).noneMatch(s -> s.startsWith("Auf Länder") || s.startsWith("In der"));
        assertThat(statements("Aktien sind Anteile. Der Wert der Aktien stieg einige Jahre lang rasant an.", 24, true))
            .noneMatch(s -> s.startsWith("Einige Jahre"));
        assertThat(prompts("Die Krise begann in den USA. In Deutschland beendete die Krise die \"Goldenen Zwanziger "
            + "Jahre\" zur Zeit der Weimarer Republik.")).anyMatch(p -> p.startsWith("Wo beendete die Krise"));
    }

    /**
     * From Klexikon ("Deutschland", "Schwalben", "Thermometer", hand-read set 201 for #13, and "Schweden" of its test
     * split): a language is no one; a land after "bei" is no one either; a border's other side may be the land swapped
     * in; the first of a list of places; how many times a year; "eher" stays with its place; a language read into the
     * subject.
     */
    @Test
    void languagesLandsBordersListsOfPlacesTimesAYearEherAndALanguageReadIntoTheSubject() {
        assertThat(prompts("Deutschland ist ein Land. Sorbisch wird in Teilen von Sachsen und Brandenburg gesprochen."))
            .noneMatch(p -> p.startsWith("Wer wird"));
        assertThat(prompts("Deutschland ist ein Land. Viele Menschen denken bei Deutschland allerdings auch an den "
            + "Nationalsozialismus.")).noneMatch(p -> p.startsWith("Bei wem"))
            .contains("Woran denken auch viele Menschen bei Deutschland?");
        assertThat(falseStatements("Deutschland grenzt an Polen. Die Oder, an der Grenze zu Polen, fließt in die "
            + "Ostsee.", 24)).noneMatch(s -> s.contains("Grenze zu Deutschland"));
        assertThat(prompts("Thermometer messen. Thermometer findet man heute auf der Straße, in der Wohnung, am "
            + "Fenster oder auch im Kühlschrank.")).noneMatch(p -> p.startsWith("Wo findet man"));
        assertThat(prompts("Anna Politkowskaja war Journalistin. Anna Politkowskaja interessierte sich für die "
            + "Probleme der Menschen, zum Beispiel von Flüchtlingen.")).anyMatch(p -> p.startsWith("Wofür"));
        assertThat(prompts("Schwalben sind Vögel. Das Weibchen legt zweimal im Jahr je drei bis fünf Eier."))
            .noneMatch(p -> p.startsWith("Wann legt"));
        assertThat(prompts("Nashörner sind groß. Dann kämpfen die Bullen manchmal um ein Weibchen."))
            .anyMatch(p -> p.startsWith("Worum kämpfen"));
        assertThat(statements("Schwalben sind Vögel. Die Felsenschwalben leben eher im Süden.", 24, true))
            .noneMatch(s -> s.startsWith("Im Süden"));
        String finnish = "In Schweden spricht man Schwedisch. An der Grenze zu Finnland sprechen einige Schweden "
            + "Finnisch als Muttersprache.";
        assertThat(prompts(finnish)).noneMatch(p -> p.startsWith("Wer spricht"));
        assertThat(statements(finnish, 24, true)).noneMatch(s -> s.startsWith("Einige Schweden Finnisch"));
    }

    /**
     * From Klexikon ("Ada Lovelace", "Nelson Mandela", "Schwangerschaft", hand-read set 202 for #13): a name that goes
     * on is not swapped in part; adjectives made nouns in the plural name people ("Reifen" are tyres, corpus art_080);
     * the way hung on what goes it.
     */
    @Test
    void namesThatGoOnPeopleNamedByAdjectivesAndTheWayOfWhatGoes() {
        assertThat(falseStatements("Ada war Mathematikerin. Ihre Mutter hieß Anne Isabelle Noel-Byron. Augusta Ada "
            + "Byron King wurde im Jahr 1815 geboren.", 24)).noneMatch(s -> s.contains("Noel-Byron King"));
        assertThat(prompts("In Südafrika gab es Rassismus. Die Schwarzen wurden oft sehr schlecht behandelt."))
            .contains("Wer wurde oft sehr schlecht behandelt?").noneMatch(p -> p.startsWith("Was wurde"));
        assertThat(prompts("In Teheran gab es Proteste. Auch am Montag brannten in der iranischen Hauptstadt Reifen "
            + "und Mülltonnen.")).noneMatch(p -> p.startsWith("Wer brannte"));
        assertThat(prompts("Eine Schwangerschaft dauert neun Monate. Jeden Monat bewegt sich eine Eizelle durch einen "
            + "Eileiter zur Gebärmutter.")).noneMatch(p -> p.startsWith("Was bewegt sich"));
    }

    /**
     * From Klexikon ("Karl Marx", "Adam und Eva", hand-read set 203 for #13): the friend named in "Zusammen mit seinem
     * Freund Friedrich Engels hat er …" is not whom the next sentence's "er" means; "Jeden Abend" read as the subject
     * cannot be one, so the verb coordinated with it has none to share; a singular subject of a plural verb leaves
     * the number of its apposition said as a statement in doubt; a title in quotation marks is not cut from the noun
     * it names; "Die Frage ist, was …" has no subject to ask for; a city is not swapped in for a river; "der
     * Höhepunkt" without what of is no answer.
     */
    @Test
    void aFriendAfterAPrepositionAndATimeReadAsTheSubject() {
        assertThat(statements("Karl Marx war ein deutscher Philosoph. Zusammen mit seinem Freund Friedrich Engels hat "
            + "er den Kommunismus begründet. Er wurde 1818 in Trier geboren.", 24, true))
            .noneMatch(s -> s.contains("Friedrich Engels in Trier") || s.contains("wurde Friedrich Engels"));
        assertThat(prompts("Adam und Eva lebten im Paradies. Jeden Abend kam Gott ins Paradies und unterhielt sich mit "
            + "Adam und Eva.")).noneMatch(p -> p.startsWith("Womit unterhielt"));
        assertThat(statements("Nepal ist ein Land in Asien. In Nepal befinden sich der Mount Everest, der höchste Berg "
            + "auf der Erde.", 24, true)).noneMatch(s -> s.contains("Mount Everest sind"));
        String ode = "Beethoven war ein Komponist. Im letzten Satz der neunten Sinfonie singt ein Chor jeweils das "
            + "Gedicht \"An die Freude\" von Friedrich Schiller.";
        assertThat(prompts(ode)).noneMatch(p -> p.startsWith("Was singt"));
        assertThat(statements(ode, 24, true)).noneMatch(s -> s.endsWith("das Gedicht."));
        assertThat(prompts("Rinder sind Tiere. Die Frage ist ja, was man mit den vielen männlichen Jungtieren machen "
            + "soll.")).noneMatch(p -> p.startsWith("Was ist"));
        assertThat(falseStatements("Die Weser ist ein Fluss in Deutschland. Die Quellflüsse Werra und Fulda kommen "
            + "beide aus kleinen Gebirgen in Thüringen und Hessen. Der größte Hafen liegt an der Wesermündung in "
            + "Bremerhaven. Die größte Stadt an der Weser ist Bremen.", 24))
            .noneMatch(s -> s.startsWith("Die Quellflüsse Werra und Bremen"));
        assertThat(prompts("Gott erschuf die Welt in sieben Tagen. Zuerst entstanden Himmel und Erde. Der Mensch war "
            + "dann der Höhepunkt.")).noneMatch(p -> p.startsWith("Was war der Mensch") || p.contains("Höhepunkt"));
    }

    /**
     * From Klexikon ("Wespen", "Dezimalzahl", "Berlin", "Karl May", "Neptun", "Hausrind", hand-read sets 203 and 204
     * for #13): an adjective before a plural the tagger took for a name loses its capital; "die Reihenfolge" is what
     * its relative clause says; a city said to be a thing is no "wer", nor what takes place; "heute" with "schon" or a
     * state reached long before is no "wann"; "die Teile" of what, the text before says; an indefinite subject's
     * definite apposition is said first; a possessive whose owner the sentence does not name is not swapped around.
     */
    @Test
    void capitalsOrdersPlacesEventsByNowPartsAndIndefiniteSubjects() {
        assertThat(prompts("Wespen sind Insekten. Ausgewachsene Wespen ernähren sich von Nektar, Pollen und "
            + "Steinfrüchten.")).contains("Wovon ernähren sich ausgewachsene Wespen?");
        assertThat(prompts("Die Zahlen sind schwierig. Dies ist für Kinder aus anderen Sprachen eine große "
            + "Schwierigkeit: In Französisch, Italienisch, Englisch und überhaupt in den meisten Sprachen liest man die "
            + "Zahlen in der Reihenfolge, in der sie aufgeschrieben sind."))
            .noneMatch(p -> p.endsWith("in der Reihenfolge?"));
        assertThat(prompts("Berlin ist die Hauptstadt Deutschlands und zugleich ein Bundesland. Vor fast 800 Jahren "
            + "wurde Berlin gegründet.")).noneMatch(p -> p.startsWith("Wer ist die Hauptstadt"));
        assertThat(prompts("Karl May war ein Schriftsteller. An verschiedenen Orten finden Karl-May-Festspiele statt."))
            .contains("Was findet an verschiedenen Orten statt?");
        assertThat(prompts("Neptun ist ein Planet. Heute hat man schon 14 Monde entdeckt."))
            .noneMatch(p -> p.startsWith("Wann"));
        assertThat(prompts("Das Hausrind stammt vom Auerochsen ab. Der Auerochse selber ist heute ausgestorben."))
            .noneMatch(p -> p.startsWith("Wann"));
        assertThat(prompts("Karl May schrieb Geschichten für Zeitschriften. Den Durchbruch schaffte er aber erst mit "
            + "40 Jahren, als die Teile als ganze Romane gedruckt wurden.")).noneMatch(p -> p.startsWith("Was wurde"));
        assertThat(statements("Karl May war ein Schriftsteller. Dort zeigt man den Besuchern auch eine Silberbüchse, "
            + "das Gewehr von Winnetou.", 24, true)).contains("Das Gewehr von Winnetou ist eine Silberbüchse.")
            .noneMatch(s -> s.startsWith("Eine Silberbüchse ist"));
        assertThat(falseStatements("Thomas Mann war ein deutscher Schriftsteller. Er wurde im Jahr 1875 in Lübeck "
            + "geboren und starb im Jahr 1955 in Zürich. Im Jahr 1912 wurde bei seiner Frau Tuberkulose vermutet, eine "
            + "Krankheit an der Lunge.", 24)).noneMatch(s -> s.contains("seiner Frau"));
    }

    /**
     * From Klexikon ("Haustiere", "Schwarzwald", hand-read set 205 for #13): "dagegen" alone points back; "das … los"
     * read as the subject is a misparse; a place said to lie only "im Westen" lies west of what the text before says.
     */
    @Test
    void againstWhatPronounsReadAsSubjectsAndBareCompassPoints() {
        assertThat(statements("Tierversuche sind umstritten. Immer wieder wehren sich Menschengruppen dagegen.", 24,
            true)).noneMatch(s -> s.contains("dagegen"));
        assertThat(prompts("Hunde sind Haustiere. Mit den Pferden ging das erst vor etwa 5.000 bis 6.000 Jahren los."))
            .noneMatch(p -> p.startsWith("Womit ging das"));
        String blackForest = "Der Schwarzwald ist ein Gebirge. Im Westen liegt das oberrheinische Tiefland.";
        assertThat(prompts(blackForest)).noneMatch(p -> p.contains("im Westen"));
        assertThat(statements(blackForest, 24, true)).noneMatch(s -> s.contains("im Westen"));
        assertThat(falseStatements(blackForest, 24)).noneMatch(s -> s.contains("Westen"));
    }

    /**
     * From Klexikon ("Luftschiff", "Nestlé", hand-read set 206 for #13): "erstens", "zweitens" count the points of the
     * text around and stay out; "Darin versprach Nestle, dass …" promised in a text the sentence before named.
     */
    @Test
    void countedPointsAndWhatATextBeforeSaid() {
        String airship = "Luftschiffe hatten Nachteile. Erstens war die Fahrt immer noch gefährlich.";
        assertThat(prompts(airship)).contains("Was war immer noch gefährlich?").noneMatch(p -> p.contains("erstens"));
        assertThat(statements(airship, 24, true)).noneMatch(s -> s.contains("erstens"));
        assertThat(prompts("Nestle ist eine Firma. Im Jahr 2015 gab es einen Bericht. Darin versprach Nestle, dass die "
            + "Produkte in Zukunft weniger Salz, Zucker und Fett enthalten würden."))
            .noneMatch(p -> p.contains("darin"));
    }

    /**
     * From Klexikon ("Neuenburg", "Schweiz", hand-read set 207 for #13): "im südöstlichen Teil" of what, and "der
     * größte Teil" of what, the sentences before say; "ein Teil der Schweizer" are people.
     */
    @Test
    void partsOfWhatTheTextBeforeSaysAndPartsOfPeople() {
        String lake = "Der Kanton liegt im Jura. Im südöstlichen Teil liegt der Neuenburgersee.";
        assertThat(prompts(lake)).noneMatch(p -> p.contains("südöstlichen Teil"));
        assertThat(falseStatements(lake, 24)).noneMatch(s -> s.contains("südöstlichen Teil"));
        String alps = "Die Schweiz hat viele Berge. Der größte Teil liegt jedoch in den Alpen.";
        assertThat(prompts(alps)).noneMatch(p -> p.contains("Teil"));
        assertThat(statements(alps, 24, true)).noneMatch(s -> s.contains("Teil"));
        assertThat(prompts("Die Schweiz hat viele Hotels. Ein Teil der Schweizer arbeitet im Tourismus."))
            .contains("Wer arbeitet im Tourismus?").noneMatch(p -> p.startsWith("Was arbeitet"));
    }

    /**
     * From Klexikon ("Bernhardiner", "Hawaii", "Wiederkäuer", hand-read set 208 for #13): a bare plural before "sind"
     * and "eine …" is the subject; "sehr" stays before the word it grades; a misspelt adverb first is not moved; an
     * island group is a place; two lands in a row are no name of two words.
     */
    @Test
    void barePluralSubjectsGradingWordsIslandGroupsAndTwoLands() {
        assertThat(prompts("Schwalben sind eine Familie von Tieren. Sie fliegen schnell."))
            .contains("Was sind Schwalben?");
        assertThat(statements("Bernhardiner sind Hunde. Ein Bernhardiner namens Barry wurde als Lawinenhund sehr "
            + "bekannt.", 24, true)).noneMatch(s -> s.contains("sehr ein"));
        assertThat(statements("Hawaii hat viele Strände. Danaben werden viele Produkte aus der Landwirtschaft ins "
            + "Ausland verkauft.", 24, true)).noneMatch(s -> s.toLowerCase(java.util.Locale.GERMAN).contains("danaben"));
        assertThat(prompts("Hawaii ist eine Inselgruppe im Pazifik. Hawaii liegt am Rand der Tropen."))
            .contains("Was liegt am Rand der Tropen?").noneMatch(p -> p.startsWith("Wer liegt"));
        assertThat(prompts("Hawaii wurde angegriffen. Nach diesem Angriff auf Pearl Harbor, erklärten die USA Japan den "
            + "Krieg.")).noneMatch(p -> p.startsWith("Wer erklärte"));
    }

    /**
     * From Klexikon ("Bernstein", "Die Flippers", "Flugzeugträger", "Wiedertäufer", hand-read set 209 for #13): the land
     * a king rules stays with him; "von den Mitgliedern … nur noch" says whom the subject is one of; "einen einzigen"
     * stands for a noun the sentence before names; where something is not is not asked.
     */
    @Test
    void rulersLandsPartitivesAdjectivesWithoutNounsAndDeniedPlaces() {
        assertThat(prompts("Bernstein ist ein Harz. Vor 300 Jahren hat der damalige König von Preußen dem russischen "
            + "Herrscher eine große Menge Bernstein geschenkt."))
            .contains("Was hat der damalige König von Preußen vor 300 Jahren dem russischen Herrscher geschenkt?");
        assertThat(prompts("Die Flippers waren eine Band. Von den ursprünglichen Mitgliedern war nur noch Manfred Durban "
            + "dabeigeblieben.")).contains("Wer war von den ursprünglichen Mitgliedern nur noch dabeigeblieben?")
            .noneMatch(p -> p.startsWith("Von wem"));
        String carriers = "Ein Flugzeugträger ist so teuer, dass nur wenige Staaten überhaupt welche haben. Deutschland "
            + "zum Beispiel hat nur einen einzigen gebaut. Im Zweiten Weltkrieg setzten Japan und die USA Flugzeugträger "
            + "ein.";
        assertThat(falseStatements(carriers, 24)).noneMatch(s -> s.contains("einen einzigen"));
        assertThat(statements(carriers, 24, true)).noneMatch(s -> s.contains("einen einzigen"));
        assertThat(prompts("Das Täufertum ist eine Form des Christentums. Die allermeisten Täufer leben heute nicht in "
            + "Europa, sondern in Amerika oder Russland.")).noneMatch(p -> p.contains("nicht?"));
    }

    /**
     * From Klexikon ("Beruf", "Die Schatzinsel", "Tibet", hand-read set 210 for #13): the people of a place the article
     * names are "wer"; "kein Pferd, das …" is nothing to ask about; "so ein" and "so hoch" point to what the sentence
     * before said; "ihr Schiff" with no owner in the sentence is not restated.
     */
    @Test
    void peopleOfANamedPlaceNothingSuchAndUnownedPossessives() {
        assertThat(prompts("Tibet ist ein gebirgiges Gebiet in China. Viele Tibeter sind nach Indien oder in andere "
            + "Länder geflohen.")).contains("Wer ist nach Indien oder in andere Länder geflohen?");
        assertThat(prompts("Früher gab es viele Schmiede. So gibt es kaum noch Schmiede, denn heute haben die Leute ein "
            + "Auto und kein Pferd, das Hufeisen braucht.")).noneMatch(p -> p.contains("Hufeisen"));
        assertThat(prompts("Ein Zeugnis ist ein Nachweis. Mit so einem Nachweis kann man sich um eine Arbeitsstelle "
            + "bewerben.")).noneMatch(p -> p.contains("so einem"));
        assertThat(prompts("Tibet ist ein Gebiet in China. Da Tibet so hoch liegt, gibt es dort so viele Gletscher."))
            .noneMatch(p -> p.endsWith("so hoch?"));
        assertThat(statements("Die Freunde finden den Schatz. Der Schatz wird auf ihr Schiff verladen.", 24, true))
            .noneMatch(s -> s.contains("ihr Schiff"));
        assertThat(statements("Spechte sind Vögel. Spechte hacken mit ihrem kräftigen Schnabel tiefe Höhlen in Bäume.", 24,
            true)).contains("Mit ihrem kräftigen Schnabel hacken Spechte tiefe Höhlen in Bäume.");
    }

    /**
     * From Klexikon ("Wien", hand-read set 211 for #13): "sehr" stays with the "viele" it grades; a city that became a
     * capital is "was".
     */
    @Test
    void gradedCountsAndCitiesThatBecameSomething() {
        assertThat(prompts("Wien ist eine Stadt. Es gibt sehr viele Theater und Museen, Geschäfte und Sehenswürdigkeiten."))
            .noneMatch(p -> p.contains("es sehr?"));
        assertThat(prompts("Wien liegt an der Donau. Im Jahr 1804 wurde Wien die Hauptstadt des neuen Kaisertums "
            + "Österreich.")).contains("Was wurde im Jahr 1804 die Hauptstadt des neuen Kaisertums Österreich?")
            .noneMatch(p -> p.startsWith("Wer wurde"));
    }

    /**
     * From Klexikon ("Afrika", "Quallen", hand-read set 212 for #13): what "führen" leads to is no place; a larva swims
     * somewhere; a picture of the page is not asked about.
     */
    @Test
    void resultsOfFuehrenSwimmingSomewhereAndPictures() {
        assertThat(prompts("Afrika ist ein Kontinent. Gewalt zwischen den Völkern führte zu vielen Toten."))
            .noneMatch(p -> p.startsWith("Wohin"));
        assertThat(prompts("Quallen leben im Meer. Die Larve schwimmt zu einem geeigneten Stein oder zu einer Koralle und "
            + "klebt sich dort fest.")).contains("Wohin schwimmt die Larve?").noneMatch(p -> p.startsWith("Wozu"));
        assertThat(prompts("Quallen leben im Meer. Bild 11 zeigt, wie sich einzelne Ringe ablösen."))
            .noneMatch(p -> p.startsWith("Was zeigt"));
    }

    /** From Klexikon ("New Orleans", hand-read set 213 for #13): "New" alone is no accepted answer for New Orleans. */
    @Test
    void theFirstWordOfAPlacesNameAloneIsNoAnswer() {
        Question lies = wh("New Orleans ist eine Stadt in den USA. New Orleans liegt im Bundesstaat Louisiana, wo der "
            + "Mississippi in den Atlantik mündet.").stream().filter(q -> q.prompt().equals("Was liegt im Bundesstaat "
            + "Louisiana?")).findFirst().orElseThrow();

        assertThat(lies.answers()).contains("New Orleans").doesNotContain("New");
    }

    /** From Klexikon ("Heilige Drei Könige", hand-read set 214 for #13): "Drei" alone is no accepted answer. */
    @Test
    void aNumberOpeningANameAloneIsNoAnswer() {
        Question feast = wh("Der 6. Januar ist ein Feiertag. Viele Christen feiern die Heiligen Drei Könige und spielen "
            + "sie in Gottesdiensten oder auf Paraden nach.").stream()
            .filter(q -> q.prompt().equals("Was feiern viele Christen?")).findFirst().orElseThrow();

        assertThat(feast.answers()).contains("die Heiligen Drei Könige").doesNotContain("Drei");
    }

    /** From Klexikon ("Tiger", hand-read set 215 for #13): "Vom … Tiger leben noch 300 Tiere" counts them, no food. */
    @Test
    void ofWhatACountedSubjectIs() {
        assertThat(prompts("Tiger sind Großkatzen. Vom Indochinesischen Tiger leben noch etwa 300 bis 400 Tiere."))
            .noneMatch(p -> p.startsWith("Wovon"));
    }

    /** From Klexikon ("Aktie", hand-read set 216 for #13): "Frankfurt am Main" is not torn from its river. */
    @Test
    void aCityIsNotTornFromItsRiver() {
        assertThat(prompts("Solche Börsen gibt es in vielen großen Städten. Die bekannteste deutsche Börse steht in "
            + "Frankfurt am Main."))
            .contains("Was steht in Frankfurt am Main?")
            .noneMatch(p -> p.contains("Börse am Main"));
    }

    /** From Klexikon ("Queen", hand-read set 216 for #13): a number word that opened the sentence is small inside. */
    @Test
    void aNumberWordMovedInsideIsWrittenSmall() {
        assertThat(statements(3, "Queen ist eine Band aus London. Achtzehn weitere Jahre machte Queen sehr "
            + "erfolgreich Musik. Im Fernsehen sahen Millionen Menschen zu."))
            .contains("Queen machte achtzehn weitere Jahre sehr erfolgreich Musik.")
            .noneMatch(s -> s.contains("Achtzehn") || s.contains("millionen"));
    }

    /** From Klexikon (hand-read set 216 for #13): what ends, or is made of people, does nothing, and is "was". */
    @Test
    void whatEndsOrIsMadeOfPeopleIsWhat() {
        assertThat(prompts("Das Heilige Römische Reich war ein Herrschaftsgebiet in der Mitte von Europa. Das Heilige "
            + "Römische Reich endete im Jahr 1806."))
            .contains("Was endete im Jahr 1806?")
            .noneMatch(p -> p.startsWith("Wer endete"));
        assertThat(prompts("Die Wikipedia gehört einer Stiftung. Der Vorstand besteht aus 10 Menschen aus verschiedenen "
            + "Ländern."))
            .contains("Was besteht aus 10 Menschen aus verschiedenen Ländern?")
            .noneMatch(p -> p.startsWith("Wer besteht"));
    }

    /** From Klexikon ("Schwäbische Alb", hand-read set 216 for #13): holidaymakers are people. */
    @Test
    void holidaymakersArePeople() {
        assertThat(prompts("Die Schwäbische Alb ist ein Mittelgebirge. Die Urlauber sehen sich gern alte Burgen, Klöster "
            + "und Dörfer an."))
            .contains("Wer sieht sich gern alte Burgen, Klöster und Dörfer an?")
            .noneMatch(p -> p.startsWith("Was sieht"));
    }

    /** From Klexikon ("Nibelungensage", hand-read set 216 for #13): "nur" because of a clause left out asks nothing. */
    @Test
    void onlyBecauseOfAClauseLeftOut() {
        assertThat(prompts("Siegfried ist ein Held. Gunther konnte Brünhild nur heiraten, weil Siegfried ihm heimlich "
            + "geholfen hatte."))
            .contains("Warum konnte Gunther Brünhild nur heiraten?")
            .noneMatch(p -> p.startsWith("Wer konnte"));
    }

    /** From Klexikon ("Kassettenrekorder", hand-read set 216 for #13): a memory card is no Spanish football club. */
    @Test
    void aCardIsNoClub() {
        assertThat(prompts("Kassetten sind heute selten. Eine SD-Karte kann mit MP3 viel mehr Ton speichern als eine "
            + "Kassette."))
            .noneMatch(p -> p.startsWith("Wer kann"));
    }

    /** From Klexikon ("Dienstleistung", hand-read set 216 for #13): "es gibt" asks for no one with "wen" either. */
    @Test
    void esGibtAsksForNoOne() {
        assertThat(prompts("Eine Dienstleistung ist eine Arbeit für andere. Es gibt manchmal viele Beteiligte an einer "
            + "einzigen Dienstleistung."))
            .noneMatch(p -> p.startsWith("Wen gibt"));
    }

    /** From Klexikon ("Forelle", hand-read set 216 for #13): the noun a pronoun stood for goes after "sich". */
    @Test
    void aResolvedPronounGoesAfterSich() {
        assertThat(statements(3, "Die Färbung der Bachforelle ist unterschiedlich. Sie passt sich dem Untergrund des "
            + "Gewässers an."))
            .contains("Dem Untergrund des Gewässers passt sich die Färbung der Bachforelle an.")
            .noneMatch(s -> s.contains("Bachforelle sich"));
    }

    /** From Klexikon ("Dienstleistung", hand-read set 216 for #13): "jeder" of the subject stays with it. */
    @Test
    void eachStaysWithItsSubject() {
        assertThat(prompts("Eine Frau vermietet eine Wohnung an einen Mann. Die Besitzerin der Wohnung und der Mann haben "
            + "jeder ein Konto bei einer Bank."))
            .noneMatch(p -> p.startsWith("Wer hat jeder"));
    }

    /** From Klexikon ("Kassettenrekorder", hand-read set 216 for #13): one of two years side by side is not swapped. */
    @Test
    void oneOfTwoYearsSideBySideIsNotSwapped() {
        assertThat(falseStatements("Die Kassette wurde im Jahr 1963 erfunden. 1993 und 1994 gab es die besten "
            + "Kassettenrekorder. Im Jahr 2017 wurden in England Radiorekorder angeboten.", 12))
            .noneMatch(s -> s.matches("\\d{4} und 1994.*") || s.matches("1993 und \\d{4}.*"));
    }

    /** From Klexikon ("Dieter Bohlen", hand-read set 217 for #13): a given name in -er is no town's adjective. */
    @Test
    void aGivenNameInErIsSomeones() {
        assertThat(prompts("Dieter Bohlen ist ein Musikproduzent aus Deutschland. Dieter Bohlen ist schon von Anfang an "
            + "in der Jury."))
            .contains("Wer ist schon von Anfang an in der Jury?")
            .noneMatch(p -> p.startsWith("Was ist schon"));
    }

    /** From Klexikon ("Albanien", hand-read set 217 for #13): businesses that are renewed are things done to. */
    @Test
    void whatIsRenewedIsNoOne() {
        assertThat(prompts("Nach dem Kommunismus wurde vieles anders. Viele Betriebe wurden erneuert."))
            .noneMatch(p -> p.startsWith("Wer wurde"));
    }

    /** From Klexikon ("Albanien", hand-read set 217 for #13): "aber" inside the clause joins no subject and object. */
    @Test
    void aberInsideTheClauseIsAnAdverb() {
        assertThat(statements(4, "Albanien hatte lange Probleme mit dem Strom. Inzwischen hat Albanien aber seine "
            + "Wasserkraftwerke erneuert."))
            .noneMatch(s -> s.contains("Albanien seine"));
    }

    /** From Klexikon ("Fortpflanzung", hand-read set 217 for #13): "sich aussuchen, welches …" keeps what is chosen. */
    @Test
    void anIndirectQuestionIsNotLeftOut() {
        assertThat(prompts("Bei Haustieren steuert der Mensch die Fortpflanzung. Der Mensch sucht sich dann aus, welches "
            + "Weibchen sich mit welchem Männchen fortpflanzt."))
            .contains("Wer steuert bei Haustieren die Fortpflanzung?")
            .noneMatch(p -> p.startsWith("Wer sucht sich"));
    }

    /** From Klexikon ("Fortpflanzung", hand-read set 217 for #13): "als dritte" counts on from the sentences before. */
    @Test
    void anOrdinalWithoutItsNounCountsOn() {
        assertThat(prompts("Es gibt zwei Arten der Fortpflanzung. Als dritte gibt es bei Blütenpflanzen, vielen Tieren "
            + "und bei den Menschen die zweigeschlechtliche Fortpflanzung."))
            .noneMatch(p -> p.contains("als dritte"));
    }

    /** From Klexikon (hand-read set 217 for #13): "in jenem Jahr" and "in beiden Sprachen" point back. */
    @Test
    void thatYearAndBothLanguagesPointBack() {
        assertThat(statements(8, "Herge zeichnete bis 1983. Der Zeichner Herge starb in jenem Jahr."))
            .noneMatch(s -> s.contains("jenem"));
        assertThat(statements(8, "Beides sind auch Amtssprachen. Deshalb heißt die Stadt Biel/Bienne. Viele "
            + "Straßenschilder und andere Hinweise sind in beiden Sprachen geschrieben."))
            .noneMatch(s -> s.contains("beiden Sprachen"));
    }

    /** From Klexikon ("Heinrich Heine", hand-read set 218 for #13): after "sich", a definite subject comes first. */
    @Test
    void aDefiniteSubjectAfterSichComesBeforeThePhraseMovedBack() {
        assertThat(prompts("Heinrich Heine war ein deutscher Schriftsteller. Auch in Frankreich stritt sich Heine mit "
            + "vielen Menschen."))
            .contains("Mit wem stritt sich Heine auch in Frankreich?")
            .noneMatch(p -> p.contains("Frankreich Heine"));
    }

    /** From Klexikon ("Maas", hand-read set 218 for #13): a town that plays a role does nothing; it is "was". */
    @Test
    void whatPlaysARoleIsNoOne() {
        assertThat(prompts("Die Maas ist ein Fluss in Europa. Die Stadt Verdun in Frankreich spielte eine wichtige Rolle "
            + "im Ersten Weltkrieg."))
            .noneMatch(p -> p.startsWith("Wer spielte"));
    }

    /** From Klexikon ("Albert Einstein", hand-read set 218 for #13): "trägt seinen Namen" is named after someone. */
    @Test
    void namedAfterSomeoneTheQuestionDoesNotShow() {
        String text = "Albert Einstein war ein berühmter Physiker. Das chemische Element Einsteinium trägt seinen Namen.";
        assertThat(prompts(text)).noneMatch(p -> p.contains("seinen Namen"));
        assertThat(statements(text, 8, false)).noneMatch(s -> s.contains("seinen Namen"));
    }

    /** From Klexikon ("Sechseck", hand-read set 218 for #13): "die nächstbessere Lösung" is better than one before. */
    @Test
    void theNextBestComparesWithWhatCameBefore() {
        String text = "Kreise bedecken eine Fläche nicht ganz. Die nächstbessere Lösung ist ein Vieleck.";
        assertThat(prompts(text)).noneMatch(p -> p.contains("nächstbessere"));
        assertThat(statements(text, 8, false)).noneMatch(s -> s.contains("nächstbessere"));
    }

    /** From Klexikon ("Niederlande", hand-read set 218 for #13): ", fünfzehn Jahre später" counts from the sentence before. */
    @Test
    void yearsLaterCountFromWhatCameBefore() {
        assertThat(prompts("Nach der französischen Zeit, 1815, wurde ein Königreich der Niederlande gegründet. Dazu "
            + "gehörte auch das heutige Belgien. Weil sie den niederländischen König nicht mochten, gründeten die Belgier "
            + "ihren eigenen Staat, fünfzehn Jahre später."))
            .noneMatch(p -> p.contains("Jahre später"));
    }

    /** From Klexikon ("Dinkel", hand-read set 218 for #13): where from is answered without the time beside it. */
    @Test
    void aPlaceIsAnsweredWithoutTheTimeBesideIt() {
        assertThat(wh("Die ältesten Funde von Dinkel stammen aus Asien, etwa aus dem Jahr 5.000 vor Christus. Etwa ab "
            + "1.700 vor Christus erreichte er die Schweiz.")).flatExtracting(Question::answers)
            .noneMatch(a -> a.contains("Jahr 5.000"));
    }

    /** From Klexikon ("Tintenfische", hand-read set 219 for #13): squids and octopuses are animals, not someone. */
    @Test
    void squidsAreAnimals() {
        assertThat(prompts("Kraken, Sepien und Kalmare sind Tintenfische. Kalmare leben im freien Wasser. Kraken haben "
            + "einen sackförmigen Körper mit zwei großen Augen."))
            .noneMatch(p -> p.startsWith("Wer"));
    }

    /** From Klexikon ("See", hand-read set 219 for #13): "das ein See ist" is one lake of many, asked for by none. */
    @Test
    void aRelativeClauseWithAnIndefinitePredicateIsNotAskedBackwards() {
        assertThat(prompts("Manche Seen heißen Meer. Umgekehrt gibt es in Norddeutschland das Steinhuder Meer, das ein "
            + "See ist."))
            .doesNotContain("Was ist ein See?");
    }

    /** From Klexikon ("Tintenkiller", hand-read set 220 for #13): an ink eraser is a device, whatever "Killer" says. */
    @Test
    void anInkEraserIsAThing() {
        assertThat(prompts("Mit Tinte schreibt man. Mit einem Tintenkiller kann man Tinte vom Papier entfernen. Der "
            + "Tintenkiller hat meistens zwei Enden."))
            .contains("Womit kann man Tinte vom Papier entfernen?", "Was hat meistens zwei Enden?")
            .noneMatch(p -> p.startsWith("Wer") || p.startsWith("Mit wem"));
    }

    /** From Klexikon ("Diplomatie", hand-read set 220 for #13): "andersherum" ties the sentence to the one before. */
    @Test
    void theOtherWayRoundPointsBack() {
        String text = "Ohne Diplomaten entstehen schneller Konflikte. Andersherum bedeutet das Entsenden von Diplomaten, "
            + "dass man den jeweiligen Staat anerkennt.";
        assertThat(prompts(text)).noneMatch(p -> p.contains("andersherum"));
        assertThat(statements(8, text)).noneMatch(s -> s.contains("andersherum"));
    }

    /** From Klexikon ("Tirana", hand-read set 221 for #13): what a town is declared is asked "wozu", not "wohin". */
    @Test
    void whatSomethingIsDeclaredIsAskedWozu() {
        assertThat(prompts("Tirana ist eine Stadt. Im Jahr 1920 wurde Tirana zur Hauptstadt Albaniens erklärt."))
            .contains("Wozu wurde Tirana im Jahr 1920 erklärt?")
            .noneMatch(p -> p.startsWith("Wohin"));
    }

    /** From Klexikon ("Niederschlag", hand-read set 221 for #13): "riesig … nicht" is not turned into "riesig nicht". */
    @Test
    void anAdjectiveFirstStaysThePredicateOfNicht() {
        String text = "In München gibt es den meisten Niederschlag im Mai. Riesig sind die Unterschiede allerdings nicht.";
        assertThat(prompts(text)).noneMatch(p -> p.contains("riesig nicht"));
        assertThat(statements(8, text)).noneMatch(s -> s.contains("riesig nicht"));
    }

    /**
     * From Klexikon ("Alchemie", hand-read set 222 for #13): "Was wird wer sich mit Alchemie beschäftigt genannt?" kept
     * the free relative clause that is the subject, without its comma.
     */
    @Test
    void aFreeRelativeClauseIsNotLeftInsideAQuestion() {
        assertThat(prompts("Wer sich mit Alchemie beschäftigt, wird Alchemist genannt."))
            .noneMatch(prompt -> prompt.contains(" wer "));
        assertThat(prompts("Wenigstens will man Eindruck machen auf die Zuhörer einer Diskussion."))
            .contains("Auf wen will man wenigstens Eindruck machen?");
    }

    /**
     * From Klexikon ("Katholische Kirche", hand-read set 222 for #13): "von der Kirche", what the Christians turned away
     * from, hung on "Europa" made "in Europa von der römisch-katholischen Kirche" the answer to "Wo …?".
     */
    @Test
    void whatSomeoneTurnsAwayFromIsNoPartOfAPlace() {
        assertThat(wh("Am Ende des Mittelalters haben sich viele Christen in Europa von der römisch-katholischen "
            + "Kirche abgewandt.")).flatExtracting(Question::answers).noneMatch(answer -> answer.contains("Europa von"));
    }

    /**
     * From Klexikon ("Katholische Kirche", hand-read set 222 for #13): "diesen Gedanken" made "den Gedanken" still
     * points to the thought the sentence before told.
     */
    @Test
    void aThoughtTheSentenceBeforeToldIsNotMadeDefinite() {
        assertThat(statements(8, "Die Katholiken glauben, dass Maria in den Himmel aufgenommen wurde. Im Jahr 1950 "
            + "legte der Papst diesen Gedanken als Glaubenswahrheit fest."))
            .noneMatch(statement -> statement.contains("Gedanken"));
    }

    /** From Klexikon ("Helgoland", hand-read set 223 for #13): the article before a count was left behind, doubled. */
    @Test
    void theArticleOfACountedNounGoesWithIt() {
        assertThat(prompts("Am Ende des Zweiten Weltkriegs im Jahr 1945 mussten die 3.000 Einwohner die Insel verlassen."))
            .contains("Wer musste am Ende des Zweiten Weltkriegs im Jahr 1945 die Insel verlassen?")
            .noneMatch(prompt -> prompt.contains("die die"));
    }

    /**
     * From Klexikon ("Radioaktivität", hand-read set 223 for #13): "Ein Becquerel", a unit, was asked "Wer …?" with
     * the physicist Antoine Becquerel accepted.
     */
    @Test
    void aUnitNamedAfterSomeoneIsNotThePerson() {
        assertThat(wh("Forscher wie Antoine Becquerel haben die Radioaktivität entdeckt. Ein Becquerel gibt die Anzahl "
            + "der Atomkerne an, die in einer Sekunde zerfallen."))
            .noneMatch(q -> q.prompt().startsWith("Wer gibt") || q.answers().contains("Antoine Becquerel"));
    }

    /**
     * From Klexikon ("Raffael", hand-read set 224 for #13): "er" after "Sein Vater Giovanni Santi …" was taken for the
     * father, where the article goes on about the son.
     */
    @Test
    void aPronounAfterSomeonesFatherIsNotTakenForTheFather() {
        assertThat(prompts("Raffael war ein Maler aus Italien. Sein Vater Giovanni Santi war ebenfalls ein bekannter "
            + "Maler. Er ging in die Stadt Perugia, um beim Maler Perugino zu lernen."))
            .noneMatch(prompt -> prompt.contains("Giovanni Santi ging") || prompt.startsWith("Wer ging"));
    }

    /**
     * From Klexikon ("Alexander von Humboldt", "Frankreich", "Seilbahn", hand-read set 225 for #13): "von" was
     * accepted for "Alexander von Humboldt"; "So sieht … die Landschaft aus" lost how it looks; an answer kept the
     * sentence's "Oder"; "sprich: Lu-ahr", how "Loire" is said, was stated as a river of its own.
     */
    @Test
    void aParticleIsNoAnswerALookNeedsItsWayAndAnAnswerNoConjunction() {
        assertThat(wh("Alexander von Humboldt war ein Naturforscher aus Preußen. Alexander von Humboldt arbeitete "
            + "zunächst als Fachmann für den Bergbau.")).filteredOn(q -> q.prompt().startsWith("Wer arbeitete"))
            .singleElement().satisfies(q -> assertThat(q.answers()).contains("Humboldt").doesNotContain("von"));
        assertThat(prompts("Im Winter liegt Schnee. So sieht dann auch oft die Landschaft aus."))
            .noneMatch(prompt -> prompt.endsWith(" aus?"));
        assertThat(statements(8, "Im Winter liegt Schnee. So sieht dann auch oft die Landschaft aus."))
            .noneMatch(statement -> statement.endsWith(" aus."));
        assertThat(wh("Die Kabinen hängen am Seil. Oder die Fahrzeuge werden vom Seil über Schienen gezogen."))
            .flatExtracting(Question::answers).noneMatch(answer -> answer.startsWith("Oder"));
        assertThat(statements(8, "Frankreich ist ein Land in Europa. Der größte Fluss, der nur durch Frankreich fließt "
            + "ist die Loire, sprich: Lu-ahr, die nahe der Stadt Nantes in den Atlantik mündet."))
            .noneMatch(statement -> statement.contains("Lu-ahr mündet"));
    }

    /**
     * From Klexikon ("Bildung", "Willy Brandt", hand-read set 226 for #13): what one thinks of was asked "Wohin", as if
     * a school were a way; "Frahm", the name Brandt was born with, was swapped in for him.
     */
    @Test
    void whatOneThinksOfIsNoWayAndABirthNameIsNoOneElse() {
        assertThat(prompts("Bildung ist wichtig. Normalerweise denkt man an eine Schule."))
            .contains("Woran denkt man normalerweise?").noneMatch(prompt -> prompt.startsWith("Wohin"));
        assertThat(falseStatements("Willy Brandt war ein deutscher Politiker. Brandt wurde geboren als Karl-Herbert Frahm "
            + "in der norddeutschen Stadt Lübeck. Im Jahr 1974 verzichtete Brandt darauf, weiterhin Bundeskanzler zu "
            + "sein. Brandt wollte mehr mit dem Osten zusammenarbeiten.", 16)).noneMatch(s -> s.contains("Frahm"));
    }

    /** From Klexikon ("Sekunde", hand-read set 227 for #13): the people a thing meant something for, asked "Wofür". */
    @Test
    void thePeopleOfAPlaceSomethingIsForAreAskedForWhom() {
        assertThat(prompts("Die Zahl 12 hatte für die Babylonier eine religiöse Bedeutung."))
            .contains("Für wen hatte die Zahl 12 eine religiöse Bedeutung?").noneMatch(p -> p.startsWith("Wofür"));
    }

    /**
     * From Klexikon ("Helgoland", "Mainz", hand-read sets 223 and 229 for #13): an adverb that opened the sentence went
     * to the end of the statement ("… schon Menschen auf der Insel anscheinend.", "… um das Legionslager bald.").
     */
    @Test
    void anAdverbFirstGoesWhereAdverbsGoInAStatement() {
        assertThat(statements(8, "Helgoland ist eine Insel. Anscheinend lebten in der Steinzeit schon Menschen auf der "
            + "Insel.")).contains("In der Steinzeit lebten anscheinend schon Menschen auf der Insel.")
            .noneMatch(statement -> statement.endsWith(" anscheinend."));
        assertThat(statements(8, "Mainz liegt am Rhein. Um das Legionslager entstanden bald kleine Siedlungen."))
            .contains("Kleine Siedlungen entstanden bald um das Legionslager.")
            .noneMatch(statement -> statement.endsWith(" bald."));
    }

    /** From Klexikon ("Franzosenzeit", hand-read set 230 for #13): an era suffered from was asked "Wann". */
    @Test
    void anEraSufferedFromIsNoTime() {
        assertThat(prompts("Napoleon war ein Kaiser. Die eroberten Gebiete litten noch lange an der Franzosenzeit."))
            .contains("Was litt noch lange an der Franzosenzeit?").noneMatch(prompt -> prompt.startsWith("Wann"));
    }

    /** From Klexikon ("Französische Sprache", hand-read set 231 for #13): a language asked "Wer". */
    @Test
    void aLanguageNamedByItsAdjectiveIsAskedWas() {
        assertThat(prompts("Französisch kommt aus dem Lateinischen. Das Lateinische setzte sich allmählich durch."))
            .contains("Was setzte sich allmählich durch?").noneMatch(prompt -> prompt.startsWith("Wer"));
    }

    /** From Klexikon ("Französische Sprache", hand-read set 231 for #13): how much of it, asked "Wozu". */
    @Test
    void aShareWithZuIsNoPurpose() {
        assertThat(prompts("Radiostationen müssen fast zur Hälfte französische Titel spielen."))
            .contains("Was müssen Radiostationen fast zur Hälfte spielen?").noneMatch(prompt -> prompt.startsWith("Wozu"));
    }

    /** From Klexikon ("Kiefern", hand-read set 231 for #13): "welche" standing for what the sentence before named. */
    @Test
    void welcheStandingAloneIsNotLeftInAQuestion() {
        assertThat(prompts("Alte Kiefern verlieren oft einen Teil ihrer Rinde und tragen nur noch welche an den "
            + "jüngeren Ästen.")).noneMatch(prompt -> prompt.contains("welche"));
    }

    /**
     * From Klexikon ("Rattenfänger von Hameln", hand-read set 231 for #13): what one cares for, hung on the phrase
     * before it, was asked "Wofür" with both phrases as the answer.
     */
    @Test
    void whatOneCaresForIsAskedWorum() {
        assertThat(prompts("Die UNESCO kümmert sich für die Vereinten Nationen um die Kultur der Welt."))
            .contains("Worum kümmert sich die UNESCO für die Vereinten Nationen?")
            .noneMatch(prompt -> prompt.startsWith("Wofür kümmert sich die UNESCO?"));
        assertThat(statements(8, "Die UNESCO kümmert sich für die Vereinten Nationen um die Kultur der Welt."))
            .noneMatch(statement -> statement.startsWith("Für die Vereinten Nationen um die Kultur"));
    }

    /** From Klexikon ("Serbische Sprache", hand-read set 231 for #13): "es" the object, for the language named before. */
    @Test
    void itAsTheObjectStandsForSomethingBefore() {
        String text = "Serbisch verwendet man in Serbien, aber auch in Montenegro. Kleine Gruppen sprechen es in "
            + "Kroatien, Nordmazedonien, Rumänien, Ungarn, im Kosovo und in der Slowakei. Dieses Alphabet verwendet man "
            + "in einigen Ländern in Osteuropa, wie Bulgarien und Russland.";
        assertThat(java.util.stream.Stream.concat(statements(8, text).stream(), falseStatements(text, 8).stream()))
            .noneMatch(statement -> statement.contains(" es "));
    }

    /**
     * From Klexikon ("Malawi", "Frau", hand-read set 232 for #13): a phrase with a preposition the parser hung on the
     * subject after it was taken into the subject ("In Malawi 13 verschiedene Volksgruppen leben insgesamt.").
     */
    @Test
    void aPhraseBeforeTheSubjectIsNoPartOfIt() {
        assertThat(prompts("Insgesamt leben in Malawi 13 verschiedene Volksgruppen."))
            .contains("Wo leben 13 verschiedene Volksgruppen insgesamt?");
        assertThat(statements(8, "Insgesamt leben in Malawi 13 verschiedene Volksgruppen."))
            .noneMatch(statement -> statement.startsWith("In Malawi 13"));
        assertThat(statements(8, "In den Brüsten bildet sich nach einer Schwangerschaft Milch für das Baby."))
            .contains("Nach einer Schwangerschaft bildet sich in den Brüsten Milch für das Baby.")
            .noneMatch(statement -> statement.startsWith("Nach einer Schwangerschaft Milch"));
    }

    /** From Klexikon ("Malawi", hand-read set 232 for #13): a number word that opened a share kept its capital. */
    @Test
    void aShareLosesTheCapitalOfItsNumberWord() {
        assertThat(prompts("Neun von zehn Menschen sind Bauern.")).contains("Was sind neun von zehn Menschen?");
    }

    /** From Klexikon ("Malawi", hand-read set 232 for #13): a population that grows, asked "Wer". */
    @Test
    void aGrowingPopulationIsAskedWas() {
        assertThat(prompts("Malawi ist ein Land in Afrika. Die Bevölkerung wächst sehr stark."))
            .contains("Was wächst sehr stark?").noneMatch(prompt -> prompt.startsWith("Wer"));
    }

    /** From Klexikon ("Winnetou", hand-read set 232 for #13): "Old" of "Old Shatterhand" was accepted alone. */
    @Test
    void theEnglishAdjectiveOfANicknameIsNoAnswerAlone() {
        assertThat(wh("Winnetous bester Freund ist Old Shatterhand, der aus Deutschland kommt.").stream()
            .filter(q -> q.prompt().equals("Wer ist Winnetous bester Freund?")).findFirst().orElseThrow().answers())
            .contains("Old Shatterhand").doesNotContain("Old");
    }

    /**
     * From Klexikon ("Birmingham", "Nordamerika", hand-read set 232 for #13): a land swapped for the kingdom it lies in,
     * or a continent for a country, made false statements that were true or of no land like it.
     */
    @Test
    void noLandIsSwappedForItsWholeOrForAContinent() {
        String text = "Birmingham ist eine Großstadt in Großbritannien. Birmingham liegt in der Mitte von England. "
            + "Die Grenze von Nordamerika zu Südamerika liegt zwischen Panama und Kolumbien. Viele Leute denken bei "
            + "Amerika vor allem an die USA.";
        assertThat(falseStatements(text, 16)).isNotEmpty()
            .noneMatch(statement -> statement.contains("Großstadt in England")
                || statement.contains("Mitte von Großbritannien") || statement.contains("zwischen Amerika"));
    }

    /** From Klexikon ("Winnetou", hand-read set 232 for #13): a character the article calls "eine Figur", asked "Was". */
    @Test
    void aCharacterOfAStoryIsAskedWer() {
        assertThat(prompts("Winnetou ist eine Figur aus Büchern, genau genommen aus Romanen. Winnetou ist der Häuptling "
            + "der Apachen, sprich: Appatschen.")).contains("Wer ist der Häuptling der Apachen?")
            .noneMatch(prompt -> prompt.startsWith("Was ist der Häuptling"));
    }

    /**
     * From Klexikon ("Alice im Wunderland", "Seven Summits", hand-read set 233 for #13): the writer named in the
     * genitive was accepted for the book, and "Mount" alone for the mountain.
     */
    @Test
    void aPersonOfAnAttributeAndMountAloneAreNoAnswers() {
        assertThat(wh("Alice im Wunderland ist ein Kinderbuch des britischen Schriftstellers Lewis Carroll.").stream()
            .filter(q -> q.prompt().equals("Was ist Alice im Wunderland?")).findFirst().orElseThrow().answers())
            .doesNotContain("Lewis Carroll", "Carroll");
        assertThat(wh("Im Land Australien liegt der Mount Kosciuszko.").stream()
            .filter(q -> q.prompt().equals("Was liegt im Land Australien?")).findFirst().orElseThrow().answers())
            .contains("Mount Kosciuszko").doesNotContain("Mount");
    }

    /**
     * From Klexikon ("Hermannsdenkmal", hand-read set 233 for #13): "diesen Rekord" made "den Rekord", and a statement
     * opened with "Nämlich", which the parse took into the phrase put first.
     */
    @Test
    void aRecordPointsBackAndNoStatementOpensWithAConnective() {
        assertThat(statements(8, "Das Denkmal war lange die höchste Statue der Welt. Dann übernahm die Freiheitsstatue "
            + "in New York diesen Rekord. Viele Leute interessierten sich nämlich lange Zeit nicht so sehr für Arminius."))
            .noneMatch(statement -> statement.contains("den Rekord") || statement.startsWith("Nämlich"));
    }

    /**
     * From Klexikon ("Alkohol", hand-read set 234 for #13): the body's way asked "Worüber", and "Das Allermeiste", most
     * of what the sentence before named, as an answer and in a statement.
     */
    @Test
    void theBodysWayIsNoTopicAndTheAllermeistePointsBack() {
        assertThat(prompts("Einen kleinen Teil des Alkohols verliert man über den Schweiß und den Atem."))
            .contains("Was verliert man über den Schweiß und den Atem?").noneMatch(prompt -> prompt.startsWith("Worüber"));
        String most = "Alkohol ist ein Stoff. Das Allermeiste geht aber über das Blut in die Leber.";
        assertThat(prompts(most)).noneMatch(prompt -> prompt.startsWith("Wer geht") || prompt.startsWith("Was geht"));
        assertThat(statements(8, most)).noneMatch(statement -> statement.contains("Allermeiste"));
    }

    /**
     * From Klexikon ("Kiew", "Freiburg im Breisgau", hand-read set 234 for #13): "das" read as the article of "vier
     * Männer" was restated ("Das vier Männer haben angeblich getan."), and a plural relative clause was said of the
     * name before it ("Freiburg herrschten schon über Österreich.").
     */
    @Test
    void dasBeforeACountAndAPluralRelativeClauseAfterANameMakeNoStatement() {
        assertThat(statements(8, "Angeblich haben das vier Männer getan, von denen einer Kyi hieß."))
            .noneMatch(statement -> statement.startsWith("Das vier"));
        assertThat(statements(8, "Ab dem Jahr 1368 herrschten die Habsburger über Freiburg, die schon über Österreich "
            + "herrschten.")).noneMatch(statement -> statement.startsWith("Freiburg herrschten"));
        assertThat(statements(8, "Kroatien, das zuvor Österreich besiegt hatte, trifft nun auf Deutschland."))
            .contains("Kroatien hatte zuvor Österreich besiegt.");
    }

    /**
     * From Klexikon ("Allah", "Winterschlaf", hand-read set 235 for #13): a word the predicate names, and "Alles
     * Lebendige", were asked "Wer".
     */
    @Test
    void aWordAndEverythingOfAKindAreAskedWas() {
        assertThat(prompts("Allah ist das arabische Wort für Gott oder für den Ausdruck \"der Gott\"."))
            .contains("Was ist das arabische Wort für Gott oder für den Ausdruck \"der Gott\"?")
            .noneMatch(prompt -> prompt.startsWith("Wer"));
        assertThat(prompts("Alles Lebendige im Tier wird beinahe auf Null gesetzt."))
            .contains("Was wird beinahe auf Null gesetzt?").noneMatch(prompt -> prompt.startsWith("Wer"));
    }

    /**
     * From Klexikon ("Allah", "Seychellen", hand-read set 235 for #13): how often read into the subject ("… – der
     * Ausdruck „Allah“ 2.699 Mal"), "zu wenig Platz" asked "Wohin", and "Inner" of "die Inner Islands" accepted.
     */
    @Test
    void howOftenTooLittleAndHalfAnEnglishNameAreNoAnswers() {
        String koran = "Im Koran erscheint der Ausdruck \"Allah\" 2.699 Mal.";
        assertThat(prompts(koran)).noneMatch(prompt -> prompt.startsWith("Was erscheint"));
        assertThat(statements(8, koran)).noneMatch(statement -> statement.startsWith("Der Ausdruck"));
        assertThat(prompts("Für viele Vorhaben gab es zu wenig Platz.")).noneMatch(prompt -> prompt.startsWith("Wohin"));
        assertThat(wh("Die Seychellen werden in die Inner Islands und die Outer Islands eingeteilt.").stream()
            .filter(q -> q.prompt().equals("Worin werden die Seychellen eingeteilt?")).findFirst().orElseThrow()
            .answers()).doesNotContain("Inner");
    }

    /** From Klexikon ("Seychellen", hand-read set 235 for #13): the month of "Vallee de Mai" was swapped. */
    @Test
    void aMonthInAForeignNameIsNoDate() {
        assertThat(falseStatements("Am 23. Juli 1976 erhielten die Seychellen die Unabhängigkeit. Im Gebiet des Vallee "
            + "de Mai leben unter anderem Papageien, Chamäleons und Geckos.", 16))
            .noneMatch(statement -> statement.contains("Vallee de") && !statement.contains("Vallee de Mai"));
    }

    /**
     * From Klexikon ("Blatt", "Malerei", "Herz", hand-read set 236 for #13): "keine" for what the sentence before named,
     * one turn of "mal …, mal …", a rate asked "Wann" and an adjective made a neuter noun asked "Wer".
     */
    @Test
    void keineMalARateAndANeuterAdjectiveMakeNoQuestionOrAreAskedWas() {
        assertThat(prompts("Blätter sind grün. Moose und Algen haben nämlich keine.")).noneMatch(p -> p.contains("keine"));
        assertThat(prompts("Bei der Malerei bringt man Farbe auf einen Untergrund. Der Untergrund ist mal Papier, mal "
            + "Leinwand oder eine andere Fläche.")).noneMatch(p -> p.contains(" mal "));
        assertThat(prompts("Das Herz eines Blauwals wiegt so viel wie ein kleines Auto und schlägt nur zwei bis sechs "
            + "Mal in der Minute.")).noneMatch(p -> p.startsWith("Wann"));
        assertThat(prompts("Das Gemalte, ein Gemälde, ist oft Kunst.")).contains("Was ist oft Kunst?")
            .noneMatch(p -> p.startsWith("Wer"));
    }

    /** From Klexikon ("Kilometer pro Stunde", hand-read set 236 for #13): "in diesem Tempo" made "in dem Tempo". */
    @Test
    void aSpeedThePreviousSentenceGavePointsBack() {
        String text = "Ein Auto fährt in einer Viertelstunde 20 Kilometer. Würde man genau in diesem Tempo weiterfahren, "
            + "würde man in einer ganzen Stunde das Vierfache von dem schaffen, was man in einer Viertelstunde schafft, "
            + "also 80 Kilometer.";
        assertThat(java.util.stream.Stream.concat(statements(8, text).stream(), falseStatements(text, 8).stream()))
            .noneMatch(statement -> statement.contains("in dem Tempo"));
    }

    /** From Klexikon ("Sherlock Holmes", hand-read set 237 for #13): "Arzt" of "der Arzt Dr. John Watson" was accepted. */
    @Test
    void theNounBeforeANameIsNoAnswerAlone() {
        assertThat(wh("Holmes bester Freund ist der Arzt Dr. John Watson.").stream()
            .filter(q -> q.prompt().equals("Wer ist Holmes bester Freund?")).findFirst().orElseThrow().answers())
            .contains("John Watson", "Watson").doesNotContain("Arzt");
    }

    /**
     * From Klexikon ("Nordmazedonien", "Herzinfarkt", "Sherlock Holmes", hand-read set 237 for #13): "den Rest", "Der
     * Teil" and "Die Figur", of what the sentence before named.
     */
    @Test
    void theRestAPartAndTheFigurePointBack() {
        String power = "Den größten Teil des elektrischen Stroms stellen zwei Kohle-Kraftwerke her. Für den Rest sorgen "
            + "mehrere Wasserkraftwerke.";
        assertThat(prompts(power)).noneMatch(p -> p.contains("den Rest"));
        assertThat(statements(8, power)).noneMatch(statement -> statement.contains("den Rest"));
        assertThat(prompts("Sherlock Holmes ist eine Figur aus Romanen. Die Figur ist schon weit über hundert Jahre alt."))
            .noneMatch(p -> p.startsWith("Was ist schon weit"));
    }

    /**
     * From Klexikon ("Alpen", "Nordpol", hand-read set 238 for #13): "Mont" of "Mont Blanc" accepted, and the year of
     * "im Jahr 1927 Menschen" doubled as a count ("im Jahr 3854").
     */
    @Test
    void montAloneAndAYearBeforeANoun() {
        assertThat(wh("Der höchste Berg der Alpen ist der Mont Blanc auf der Grenze zwischen Frankreich und Italien.")
            .stream().filter(q -> q.prompt().equals("Was ist der höchste Berg der Alpen?")).findFirst().orElseThrow()
            .answers()).contains("Mont Blanc").doesNotContain("Mont");
        assertThat(falseStatements("Sicher ist: Zum ersten Mal sind im Jahr 1927 Menschen mit dem Flugzeug über den "
            + "Nordpol geflogen.", 8)).isNotEmpty().noneMatch(statement -> statement.contains("3854"));
    }

    /**
     * From Klexikon ("Dreißigjähriger Krieg", "Malta", hand-read set 239 for #13): "genauso" and "so nahe", the same or
     * as near as what the question leaves out ("Wer dachte genauso?", "Was liegt so nahe an der libyschen Küste?").
     */
    @Test
    void genausoAndSoNaheCompareWithWhatTheQuestionLeavesOut() {
        assertThat(prompts("Der Kaiser wollte Frieden. Genauso dachte der König von Frankreich, obwohl er selbst "
            + "Katholik war.")).noneMatch(p -> p.contains("genauso"));
        String malta = "Weil Malta so nahe an der libyschen Küste liegt, kommen dort viele Flüchtlinge an, die Europa "
            + "über das Mittelmeer erreichen wollen.";
        assertThat(prompts(malta)).noneMatch(p -> p.contains("so nahe"));
        assertThat(statements(8, malta)).noneMatch(statement -> statement.contains("So nahe"));
    }

    /** From Klexikon ("Dreißigjähriger Krieg", hand-read set 239 for #13): the Protestants were asked "Was". */
    @Test
    void believersAreAskedWer() {
        assertThat(prompts("Die Protestanten in Deutschland waren in großer Not.")).contains("Wer war in großer Not?")
            .doesNotContain("Was war in großer Not?");
    }

    /**
     * From Klexikon ("Nordrhein-Westfalen", "Tower Bridge", "Reformation", hand-read set 239 for #13): the capital and
     * the style of what the sentence before named, and the second of its points.
     */
    @Test
    void aCapitalAStyleAndASecondPointSayNotWhose() {
        assertThat(prompts("Nordrhein-Westfalen ist ein Bundesland. Die Hauptstadt ist Düsseldorf, eine Stadt am Rhein."))
            .doesNotContain("Was ist die Hauptstadt?");
        assertThat(prompts("Es gibt die Brücke seit dem Jahr 1894. Der Baustil ist gotisch - sie sieht so aus, als wenn "
            + "sie im Mittelalter gebaut worden wäre.")).noneMatch(p -> p.startsWith("Was ist gotisch"));
        String point = "Der erste Punkt war der Ablass. Der zweite wichtige Punkt betraf die Bibel.";
        assertThat(prompts(point)).noneMatch(p -> p.contains("zweite"));
        assertThat(falseStatements(point, 8)).noneMatch(statement -> statement.contains("zweite"));
    }

    /** From Klexikon ("Nordrhein-Westfalen", hand-read set 239 for #13): "noch" left last, read as "what else". */
    @Test
    void nochLeftLastReadsAsWhatElse() {
        assertThat(prompts("Der Süden ist bergig. Der Norden ist noch ein Teil des norddeutschen Flachlandes."))
            .noneMatch(p -> p.endsWith("noch?"));
    }

    /**
     * From Klexikon ("Dreißigjähriger Krieg", "Freizeitpark", hand-read set 239 for #13): the second half of an object
     * the parse joined to the verb, dropped from a true statement ("Die Krieger des Kaisers Böhmen eroberten …"), and
     * what "Anders als …" compares with read as the subject.
     */
    @Test
    void anObjectJoinedToTheVerbAndASubjectAfterAls() {
        assertThat(statements(8, "In den folgenden Jahren eroberten die Krieger des Kaisers Böhmen und noch weitere "
            + "Gebiete.")).noneMatch(statement -> statement.contains("Kaisers Böhmen eroberten"));
        assertThat(prompts("Anders als eine Kirmes ist ein Freizeitpark für immer am selben Ort."))
            .noneMatch(p -> p.startsWith("Was ist anders"));
    }

    /** From Klexikon ("Tower Bridge", hand-read set 239 for #13): "für Autos und Fußgänger" was asked "für Autos". */
    @Test
    void aPredicateKeepsWhatIsJoinedToIt() {
        assertThat(prompts("Der untere Teil der Brücke ist für Autos und Fußgänger."))
            .contains("Was ist für Autos und Fußgänger?").doesNotContain("Was ist für Autos?");
    }

    /**
     * From Klexikon ("Wirtschaft", "Malta", "Dreißigjähriger Krieg", hand-read set 239 for #13): the examples of the
     * answer left in the question, a second answer after "ebenfalls" and "zuerst" read as the first to do it.
     */
    @Test
    void examplesASecondAnswerAndZuerst() {
        assertThat(prompts("Betriebswirte kennen sich mit einem Betrieb aus, wie einem Unternehmen, einem Bauernhof oder "
            + "einem Geschäft.")).noneMatch(p -> p.startsWith("Womit"));
        assertThat(prompts("Die Landwirtschaft ist wichtig, ebenfalls die Fischerei."))
            .doesNotContain("Was ist wichtig?");
        assertThat(prompts("Später stellte Friedrich Schiller den Krieg dar. Zuerst schrieb er ein Buch über die "
            + "Geschichte des Krieges.")).noneMatch(p -> p.startsWith("Wer schrieb zuerst"));
    }

    /**
     * From Klexikon ("Dreißigjähriger Krieg", hand-read set 239 for #13, and the sweep of that set's fixes): where they
     * were thrown from read into whom, "König Leopolds Herrschaft" asked "Wer" and "Was ist viel Land?".
     */
    @Test
    void thrownFromAWindowARulersReignAndAnAmount() {
        assertThat(prompts("Protestanten warfen dabei die Vertreter des Kaisers aus einem Fenster der Prager Burg."))
            .noneMatch(p -> p.startsWith("Wen "));
        assertThat(prompts("Der Kongo war eine Kolonie von Belgien. König Leopolds Herrschaft war aber ganz besonders "
            + "grausam und gierig.")).noneMatch(p -> p.startsWith("Wer war ganz besonders"));
        assertThat(prompts("Viel Land ist Prärie oder Wüste.")).doesNotContain("Was ist viel Land?");
    }

    /**
     * From Klexikon ("Fremdwort", "Kinderdorf", "Sieben Weltwunder", hand-read set 240 for #13): a gapped second half
     * after a comma ("…, die Deutschen mit e?"), what some of them are, brothers and sisters and a number asked "Wer".
     */
    @Test
    void aGappedHalfSomeOfThemSiblingsAndANumber() {
        assertThat(prompts("Die Franzosen sprechen das Wort „Garage“ ohne e am Ende, die Deutschen mit e."))
            .noneMatch(p -> p.contains("die Deutschen mit e"));
        assertThat(prompts("Viele Kinderdörfer sind eine Organisation für sich."))
            .doesNotContain("Was sind viele Kinderdörfer?");
        assertThat(prompts("Geschwister sollten nicht getrennt werden, sondern gemeinsam aufwachsen."))
            .contains("Wer sollte nicht getrennt werden?");
        assertThat(prompts("Die Zahl Sieben wurde wohl gewählt, weil viele Menschen sie magisch finden."))
            .noneMatch(p -> p.startsWith("Wer"));
    }

    /**
     * From Klexikon ("Reformationstag", "Sieben Weltwunder", "Tradition", hand-read set 240 for #13): the month torn
     * from its Sunday, what "es" was about, the way through "diesen Kanal" left out and the asked preposition again in
     * an afterthought.
     */
    @Test
    void aMonthTornFromItsDayWhatItWasAboutTheWayAndAnAfterthought() {
        assertThat(prompts("Bei der reformierten Kirche in der Schweiz wird der erste Sonntag im November als "
            + "Reformationssonntag gefeiert.")).noneMatch(p -> p.startsWith("Wann wird der erste Sonntag"));
        assertThat(prompts("Luther schrieb 95 Thesen. Vor allem ging es um den Ablass."))
            .noneMatch(p -> p.startsWith("Worum ging es"));
        String canal = "Der Panamakanal wurde im Jahr 1914 eröffnet. Durch diesen Kanal können Schiffe vom Atlantischen "
            + "in den Pazifischen Ozean fahren.";
        assertThat(prompts(canal)).noneMatch(p -> p.contains("Pazifischen"));
        assertThat(statements(8, canal)).noneMatch(statement -> statement.contains("Pazifischen"));
        assertThat(prompts("Mit vielen Traditionen wollen die Menschen den Winter vertreiben, meist mit Feuer."))
            .noneMatch(p -> p.startsWith("Womit"));
    }

    /** From Klexikon ("Sendung mit der Maus", the sweep of set 240's fixes): "zeigen, wie …" gives no examples. */
    @Test
    void whatSomethingShowsIsNoExample() {
        assertThat(prompts("Die Filme zeigen, wie ein Gegenstand hergestellt wird oder wie etwas funktioniert."))
            .contains("Was zeigt, wie ein Gegenstand hergestellt wird oder wie etwas funktioniert?");
    }

    /**
     * From Klexikon ("Blindheit", "Freundschaft", "Hexe", "Regen", hand-read set 241 for #13): people a relative clause
     * after the participle says which, the verb's "mit" read into the subject, the genitive object of "beschuldigen"
     * read into it, and "Was ist Regen?" of a word.
     */
    @Test
    void aDefiningClauseAVerbsPhraseAGenitiveObjectAndAWord() {
        assertThat(prompts("Geschäfte, Restaurants, Busse oder Hotels sind häufig nur für Menschen gebaut, die gut sehen "
            + "können.")).noneMatch(p -> p.contains("für Menschen gebaut?"));
        assertThat(prompts("Meist beginnt eine Freundschaft mit gegenseitiger Sympathie."))
            .doesNotContain("Was beginnt meist?");
        assertThat(prompts("Hexen waren meistens Frauen. Allerdings sind auch Männer der Zauberrei beschuldigt worden."))
            .noneMatch(p -> p.startsWith("Wer ist auch beschuldigt"));
        assertThat(prompts("Regen ist ein altes deutsches Wort, das man schon vor über 1000 Jahren als „regan“ kannte."))
            .doesNotContain("Was ist Regen?");
    }

    /**
     * From Klexikon ("Altersvorsorge", "Blindschleiche", "Hexenschuss", "Wladimir Putin", hand-read set 242 for #13): the
     * first of the systems the sentence before listed, the animals by their kind alone, where a name comes from read
     * into the subject, and whose opponents.
     */
    @Test
    void theFirstSystemTheAnimalsTheNamesOriginAndOpponents() {
        assertThat(prompts("Es gibt grundsätzlich drei verschiedene Systeme: Beim ersten System werden die Beiträge in "
            + "einer Kasse gesammelt und gleich darauf an die Rentner verteilt.")).noneMatch(p -> p.contains("ersten System"));
        assertThat(prompts("Blindschleichen sind Echsen. Die Tiere werden ungefähr 50 Zentimeter lang."))
            .doesNotContain("Was wird ungefähr 50 Zentimeter lang?");
        String name = "Ein Hexenschuss ist ein starker Schmerz im unteren Rücken. Den Namen hat der Hexenschuss aus dem "
            + "Mittelalter.";
        assertThat(prompts(name)).doesNotContain("Was hat den Namen?");
        assertThat(statements(8, name)).noneMatch(statement -> statement.endsWith("hat den Namen."));
        assertThat(prompts("Putin regiert mit harter Hand. Gegner wurden oft eingesperrt oder gar getötet."))
            .noneMatch(p -> p.startsWith("Wer wurde oft eingesperrt"));
    }

    /**
     * From Klexikon ("Wladimir Putin", hand-read set 242 for #13): "Anna Politkowskaja …, der wie Putin …" swapped a
     * woman in for the man the relative pronoun after the clause agrees with.
     */
    @Test
    void aNameSwappedInAgreesWithTheRelativePronounAfterIt() {
        String text = "Anna Politkowskaja war eine Journalistin. Boris Jelzin war Präsident. Für die kommende Amtszeit "
            + "wurde Dmitri Medwedew gewählt, der wie Putin zur Partei „Einiges Russland“ gehört.";
        assertThat(falseStatements(text, 16)).noneMatch(statement -> statement.contains("Anna Politkowskaja gewählt"));
    }

    /**
     * From Klexikon ("Altertum", "Blockflöte", "Hildegard von Bingen", "Wladiwostok", hand-read set 243 for #13): the
     * Visigoths asked "Was", "Eins" of the holes named before, a reason read into the answer and "Wo" for what a city
     * lies near.
     */
    @Test
    void gothsOneOfTheHolesAReasonAndWhatACityLiesNear() {
        assertThat(prompts("Im Jahr 376 nach Christus kamen die germanischen Westgoten auf den Balkan."))
            .noneMatch(p -> p.startsWith("Was kam")).anyMatch(p -> p.startsWith("Wer kam"));
        assertThat(prompts("Die Blockflöte hat acht Löcher. Sieben sind vorne. Eins ist hinten für den Daumen."))
            .noneMatch(p -> p.startsWith("Was ist hinten"));
        assertThat(prompts("Hildegard gründete ein Kloster. Viele Menschen förderten das Kloster wegen Hildegard."))
            .noneMatch(p -> p.startsWith("Was förderten"));
        assertThat(prompts("Wladiwostok liegt nahe an China, Japan und Korea.")).noneMatch(p -> p.startsWith("Wo liegt"));
    }

    /**
     * From Klexikon ("Druide", "Hildesheim", "Regenwald", "Manila", hand-read set 244 for #13): druids asked "Was",
     * "zum Glück" answered for "Wohin", "Morgens" kept capitalised inside a statement, and "Santiago" of "Fuerza de
     * Santiago" swapped for a town.
     */
    @Test
    void druidsZumGlueckMorgensAndATownInsideAName() {
        assertThat(prompts("Druiden waren Priester der Kelten. Druiden kommen auch in Büchern vor, wie der Druide "
            + "Miraculix in den Comics von Asterix und Obelix.")).noneMatch(p -> p.startsWith("Was kommt"));
        assertThat(prompts("Die Kunstwerke waren zum Glück vor dem Krieg an einen sicheren Ort gebracht worden."))
            .noneMatch(p -> p.startsWith("Wohin"));
        assertThat(statements(8, "Morgens erwärmt die Sonne den Boden im Regenwald."))
            .noneMatch(statement -> statement.contains(" Morgens"));
        assertThat(falseStatements("Manila liegt auf den Philippinen. Zürich liegt in der Schweiz. Bekannt sind die "
            + "Festung „Fuerza de Santiago“ und die Kirche San Augustin.", 16)).noneMatch(s -> s.contains("Fuerza de")
                && !s.contains("Fuerza de Santiago"));
    }

    /**
     * From Klexikon ("Silvester", hand-read set 245 for #13): "Eins der … Silvesterfeste" kept its capital inside the
     * question and the statement, and "Eins" alone was accepted.
     */
    @Test
    void einsOfThemIsASmallWordInsideAndNoAnswerAlone() {
        String text = "Silvester ist der letzte Tag des Jahres. Eins der weltweit größten Silvesterfeste findet jährlich "
            + "in Berlin am Brandenburger Tor statt.";
        assertThat(prompts(text)).noneMatch(p -> p.contains(" Eins der"));
        assertThat(statements(8, text)).noneMatch(statement -> statement.contains(" Eins der"));
        assertThat(wh(text)).noneMatch(q -> q.answers().contains("Eins"));
    }

    /** From Klexikon ("Friedrich Ebert", hand-read set 246 for #13): "Ebert-Stiftung" was swapped in for Ebert. */
    @Test
    void aFoundationNamedAfterSomeoneIsNoOneToSwapIn() {
        String text = "Friedrich Ebert war ein deutscher Politiker. Heute gibt es die Friedrich-Ebert-Stiftung. Ebert "
            + "blieb auch später Reichspräsident, als es schon die neue Verfassung gab. Max von Baden war Reichskanzler.";
        assertThat(falseStatements(text, 16)).noneMatch(statement -> statement.contains("Stiftung blieb"));
    }

    /**
     * From Klexikon ("Alzheimer-Krankheit", "Hinduismus", "Kirgistan", hand-read set 248 for #13): plaques the article
     * named so, a word that means something and a state that fell apart were asked "Wer"; nomad tribes "Was"; "ein so
     * langes Gedicht" answered without what it is as long as; a false statement swapped in another name of the same
     * country.
     */
    @Test
    void namedThingsMeaningsFallingApartTribesSoLongAndAnotherName() {
        assertThat(prompts("Im Gehirn lagern sich Eiweiße ab. Diese Ablagerungen werden Plaques genannt. Die Plaques "
            + "verhindern, dass die Gehirnzellen mit Nahrung versorgt werden können.")).noneMatch(p -> p.startsWith("Wer"));
        assertThat(prompts("Das Ziel ist die Erlösung. Moksha bedeutet die Befreiung der Seele aus dem Kreislauf des "
            + "Samsara.")).noneMatch(p -> p.startsWith("Wer"));
        assertThat(prompts("Dann gehörte alles für viele Jahre zur Sowjetunion. Im Jahr 1991 zerfiel die Sowjetunion."))
            .noneMatch(p -> p.startsWith("Wer"));
        assertThat(prompts("Viele Jahrhunderte lebten in den Steppen Stämme von Reiternomaden. Einige Nomadenstämme "
            + "lebten friedlich als Nachbarn zusammen, andere bekriegten sich.")).noneMatch(p -> p.startsWith("Was lebte"));
        assertThat(wh("Aus Kirgistan kommt das längste Gedicht der Welt. Ein so langes Gedicht, das eine Geschichte "
            + "erzählt, nennt man Epos.")).noneMatch(q -> q.solution().contains("so langes"));
        assertThat(falseStatements("Kirgistan ist ein Land in der Mitte von Asien. Manchmal wird es auch "
            + "Kirgisistan oder Kirgisien genannt. Nachdem das große Reich der Mongolen zerfallen war, gehörte fast das "
            + "ganze Gebiet des heutigen Kirgistan zu China.", 16))
            .noneMatch(statement -> statement.contains("zu Kirgisistan") || statement.contains("zu Kirgisien"));
    }

    /**
     * From Klexikon ("Marco Polo", "Hiob", "Triest", "Wolke", "Skifahren", hand-read set 250 for #13): Marco Polo taken
     * for his father Niccolo, whose given name the dictionary lacks; "Er" after "einen Roman" taken for its author;
     * "Triestiner" asked "Was"; the "Wolkenkunde" asked "Wer"; "Nansen" not accepted for "der Norweger Fridtjof Nansen".
     */
    @Test
    void aFamilyAWorkAfterItsAuthorInhabitantsAFieldAndANameAfterAPeople() {
        String polo = "Marco Polo war ein Kaufmann, wie schon sein Vater und sein Onkel. Sie lebten im 13. Jahrhundert "
            + "in der Stadt Venedig in Italien. Die drei reisten durch Asien bis nach China. Das war damals "
            + "eine außergewöhnlich lange Reise.\n\nNach vielen Jahren kam Polo wieder zurück in seine Heimat. "
            + "Als er später einmal in einem Krieg Gefangener wurde, ließ er seine Erlebnisse aufschreiben. Er "
            + "berichtete nicht nur vom Reichtum in China, sondern von vielen Erfindungen, wie Geld aus Papier "
            + "statt aus Münzen. Damals hielten die Menschen in Europa ihn für einen Angeber und Lügner. Heute "
            + "denken die meisten Wissenschaftler, dass er wirklich in China gewesen ist, weil er so viel "
            + "Richtiges berichtet hat.\n\nNiccolo Polo war ein reicher Kaufmann aus Venedig, einem wichtigen "
            + "Staat in Italien. Zusammen mit seinem Bruder Matteo oder Maffeo reiste er nach Konstantinopel. "
            + "Damals war sein Sohn Marco noch nicht geboren. Sie wollten Edelsteine verkaufen und reisten zur "
            + "Halbinsel Krim im Schwarzen Meer. Sie gelangten immer weiter nach Osten, unter anderem wegen "
            + "Kriege in Asien. Im Jahr 1266 sollen sie es bis nach Peking geschafft haben.\n\nDie Stadt Peking "
            + "war viel beeindruckender als alles, was Marco Polo aus Europa kannte. Er sah goldene Dächer und "
            + "riesige Paläste. Marco Polo diente dem Großkhan Kublai.";
        assertThat(wh(polo)).noneMatch(q -> q.prompt().contains("Niccolo") && !q.prompt().startsWith("Was war Niccolo")
            || q.answers().contains("Niccolo Polo"));
        assertThat(prompts(polo)).contains("Was sah Marco Polo?");
        assertThat(prompts("Hiob ist ein Prophet. Im Jahr 1930 etwa schrieb Joseph Roth einen Roman mit dem Titel "
            + "„Hiob“. Er spielt um das Jahr 1900 in Russland und erzählt die Geschichte eines Toralehrers."))
            .noneMatch(p -> p.contains("spielt Joseph Roth") || p.startsWith("Wer spielt"));
        assertThat(prompts("Triest ist eine italienische Hafenstadt in der Region Friaul-Julisch-Venetien. Nach dem "
            + "Ersten Weltkrieg wollten allerdings viele Triestiner lieber zu Italien gehören."))
            .contains("Wer wollte nach dem Ersten Weltkrieg lieber zu Italien gehören?");
        assertThat(prompts("Eine Wolke ist eine Ansammlung von Wassertröpfchen. Daher gilt die Wolkenkunde auch als "
            + "eigener Teilbereich innerhalb der Wetterkunde.")).noneMatch(p -> p.startsWith("Wer"));
        assertThat(wh("Skifahren ist ein Sport. Im Jahr 1888 hat der Norweger Fridtjof Nansen als erster Grönland auf "
            + "Skiern durchquert.")).filteredOn(q -> q.prompt().startsWith("Wer")).isNotEmpty()
            .allMatch(q -> q.answers().contains("Nansen"));
    }

    /**
     * From Klexikon ("Kirsten Boie", "Marder", "Trinidad und Tobago", hand-read set 251 for #13): "Kirsten" read as a
     * noun ("Kirsten hatte Boie ihr erstes Kind adoptiert."), "Wen haben Marder?", "Wer besteht … aus den Nachkommen …?
     * – Das Volk" and "Wer handelt von einem Mädchen? – „Das Ausgleichskind“".
     */
    @Test
    void aGivenNameBeforeASurnameWhatOneHasAPeopleMadeOfAndABookAbout() {
        String boie = "Kirsten Boie ist eine Autorin. Nachdem Kirsten Boie ihr erstes Kind adoptiert hatte, fing sie an, "
            + "Kinderbücher zu schreiben.";
        assertThat(statements(12, boie)).noneMatch(s -> s.contains("Kirsten hatte Boie"));
        assertThat(prompts("Marder sind Raubtiere. Marder haben wenige Feinde, weil sie so flink sind."))
            .contains("Was haben Marder?").doesNotContain("Wen haben Marder?");
        assertThat(prompts("Trinidad ist eine Insel. Das Volk besteht hauptsächlich aus den Nachkommen afrikanischer "
            + "Sklaven und indischen Vertragsarbeitern.")).noneMatch(p -> p.startsWith("Wer besteht"));
        assertThat(prompts("Kirsten Boie schreibt Bücher. „Das Ausgleichskind“ handelt von einem Mädchen, das denkt, es "
            + "müsse die Probleme in seiner Familie lösen.")).noneMatch(p -> p.startsWith("Wer handelt"));
    }

    /** From Klexikon ("Amerika", hand-read set 253 for #13): a continent that stretches somewhere was asked "Wer". */
    @Test
    void aLandThatStretchesIsNoOne() {
        assertThat(prompts("Amerika ist ein Doppelkontinent. Amerika erstreckt sich von der Arktis bis fast an die "
            + "Antarktis.")).noneMatch(p -> p.startsWith("Wer"));
    }
}
