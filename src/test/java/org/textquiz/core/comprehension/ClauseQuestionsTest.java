package org.textquiz.core.comprehension;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.textquiz.GermanAnalysis;
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

    @Test
    void aRelativeClauseInsideAnotherConstituentIsLeftOutOfTheQuestion() {
        assertThat(prompts("Der Beschluss, dem das Direktorium nun zugestimmt hat, umfasst ein Volumen von drei "
            + "Milliarden Dollar."))
            .contains("Was umfasst der Beschluss?");
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
}
