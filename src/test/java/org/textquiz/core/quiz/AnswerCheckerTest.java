package org.textquiz.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.textquiz.core.article.Span;
import org.textquiz.core.question.ChoiceQuestion;
import org.textquiz.core.question.ClozeQuestion;
import org.textquiz.core.question.HeadlineQuestion;
import org.textquiz.core.question.QuoteQuestion;
import org.textquiz.core.question.TrueFalseQuestion;
import org.textquiz.core.quiz.Verdict.Kind;

class AnswerCheckerTest {

    private final AnswerChecker checker = new AnswerChecker();

    @ParameterizedTest(name = "\"{0}\" for \"{1}\" is {2}")
    @CsvSource(delimiter = '|', value = {
        "traf|traf|CORRECT",
        "  traf  |traf|CORRECT",
        "am  Montag|am Montag|CORRECT",
        "„Kampagne“|\"Kampagne\"|CORRECT",
        // NFD: a + combining diaeresis is the same text as ä
        "Bu\u0308ndnis|Bündnis|CORRECT",
        "Traf|traf|ALMOST",
        "montag|Montag|ALMOST",
        "Buendnis|Bündnis|ALMOST",
        "Strasse|Straße|ALMOST",
        "droege|dröge|ALMOST",
        "Soldaen|Soldaten|ALMOST",
        "Soldtaen|Soldaten|ALMOST",
        "Soldatenn|Soldaten|ALMOST",
        "Droge|dröge|WRONG",
        "Bundnis|Bündnis|WRONG",
        "trif|traf|WRONG",
        "Sold|Soldaten|WRONG",
        "''|traf|WRONG",
        "Montag|Dienstag|WRONG"})
    void judgesTypedAnswers(String given, String answer, Kind expected) {
        assertThat(checker.check(given, List.of(answer)).kind()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" for \"{1}\" is {2}")
    @CsvSource(delimiter = '|', value = {
        "weil die Flugverbindungen eingestellt wurden|*Flugverbindungen*eingestellt*|CORRECT",
        "Die Flugverbindungen zum Festland wurden eingestellt.|*Flugverbindungen*eingestellt*|CORRECT",
        "weil die FLUGVERBINDUNGEN eingestellt wurden|*Flugverbindungen*eingestellt*|CORRECT",
        "eingestellt, die Flugverbindungen|*Flugverbindungen*eingestellt*|WRONG",
        "weil die Flugverbindungen fehlten|*Flugverbindungen*eingestellt*|WRONG",
        "Flugverbindungen eingestellt|Flugverbindungen*eingestellt|CORRECT",
        "die Flugverbindungen eingestellt|Flugverbindungen*eingestellt|WRONG",
        "Mitarbeiter*innen|Mitarbeiter*innen|CORRECT",
        "''|*Flugverbindungen*|WRONG",
        "irgendwas|*|WRONG"})
    void takesAnAsteriskInAnAcceptedAnswerForAnyTextAsMoodleDoes(String given, String answer, Kind expected) {
        assertThat(checker.check(given, List.of(answer)).kind()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" for a statement that is {1} is {2}")
    @CsvSource(delimiter = '|', value = {
        "r|true|CORRECT", "richtig|true|CORRECT", "R|true|CORRECT", "wahr|true|CORRECT", "true|true|CORRECT",
        "f|true|WRONG", "falsch|false|CORRECT", "F|false|CORRECT", "false|false|CORRECT", "r|false|WRONG"})
    void judgesTrueOrFalse(String given, String key, Kind expected) {
        TrueFalseQuestion statement = new TrueFalseQuestion("truefalse-1", "Rutte traf Scholz.", List.of(key),
            List.of(), new Span(0, 18), "Rutte traf Scholz.");

        assertThat(checker.checkTrueFalse(given, statement)).map(Verdict::kind).contains(expected);
    }

    @Test
    void anAnswerThatIsNeitherTrueNorFalseIsAskedAgain() {
        TrueFalseQuestion statement = new TrueFalseQuestion("truefalse-1", "Rutte traf Scholz.", List.of("true"),
            List.of(), new Span(0, 18), "");

        assertThat(checker.checkTrueFalse("vielleicht", statement)).isEmpty();
        assertThat(checker.checkTrueFalse("3", statement)).isEmpty();
    }

    @Test
    void aWQuestionAcceptsTheKeyItsHeadWordAndNumbersWithOrWithoutDots() {
        assertThat(checker.check("am Montag", List.of("am Montag", "Montag")).kind()).isEqualTo(Kind.CORRECT);
        assertThat(checker.check("Montag", List.of("am Montag", "Montag")).kind()).isEqualTo(Kind.CORRECT);
        assertThat(checker.check("Rutte", List.of("Mark Rutte", "Rutte")).kind()).isEqualTo(Kind.CORRECT);
        assertThat(checker.check("8000", List.of("8.000", "8000")).kind()).isEqualTo(Kind.CORRECT);
        assertThat(checker.check("Scholz", List.of("Mark Rutte", "Rutte")).kind()).isEqualTo(Kind.WRONG);
    }

    @Test
    void theFeedbackSaysWhatWasOff() {
        assertThat(checker.check("traf ", List.of("Traf")).feedback()).contains("capital");
        assertThat(checker.check("Buendnis", List.of("Bündnis")).feedback()).contains("ä, ö, ü");
        assertThat(checker.check("Bundnis", List.of("Bündnis")).feedback()).contains("umlaut");
        assertThat(checker.check("Soldaen", List.of("Soldaten")).feedback()).contains("one letter");
    }

    @Test
    void anyAcceptedSpellingCounts() {
        assertThat(checker.check("8000", List.of("8.000", "8000")).kind()).isEqualTo(Kind.CORRECT);
        assertThat(checker.check("8.000", List.of("8.000", "8000")).kind()).isEqualTo(Kind.CORRECT);
    }

    @Test
    void aChoiceIsAnsweredByItsNumberOrItsText() {
        ChoiceQuestion question = new ChoiceQuestion("q1", "Er _____ Scholz.", List.of("dankte"),
            List.of("zeigte", "dankte", "warnte", "betonte"), List.of(), new Span(0, 16), new Span(3, 9));

        assertThat(checker.checkChoice("2", question)).contains(Verdict.correct());
        assertThat(checker.checkChoice(" Dankte ", question)).contains(Verdict.correct());
        assertThat(checker.checkChoice("1", question).orElseThrow().kind()).isEqualTo(Kind.WRONG);
        assertThat(checker.checkChoice("warnte", question).orElseThrow().kind()).isEqualTo(Kind.WRONG);
        assertThat(checker.checkChoice("5", question)).isEmpty();
        assertThat(checker.checkChoice("Montag", question)).isEmpty();
    }

    @Test
    void everyAcceptedAnswerTypedOutIsRightOnAChoiceQuestionToo() {
        QuoteQuestion quote = new QuoteQuestion("q2", "Wer sagte: „Dazu wird Europa …“?", List.of("Olaf Scholz", "Scholz"),
            List.of("Mark Rutte", "Olaf Scholz", "Wladimir Putin"), List.of(), new Span(0, 16), "");
        HeadlineQuestion headline = new HeadlineQuestion("q3", "Welche Zwischenüberschrift …?",
            List.of("Mindestens 8.000 Nordkoreaner in Russland", "8000 Nordkoreaner"),
            List.of("Mindestens 8.000 Nordkoreaner in Russland", "Rutte will mehr Geld"), List.of(), new Span(0, 16));

        assertThat(checker.judge("Scholz", quote)).contains(Verdict.correct());
        assertThat(checker.judge("olaf scholz", quote)).contains(Verdict.correct());
        assertThat(checker.judge("Putin", quote)).as("names no option and no accepted answer: asked again").isEmpty();
        assertThat(checker.judge("Wladimir Putin", quote).orElseThrow().kind()).isEqualTo(Kind.WRONG);
        assertThat(checker.judge("8000 Nordkoreaner", headline)).as("a teacher's added spelling")
            .contains(Verdict.correct());
    }

    @Test
    void aGapThatOpensTheSentenceTakesEitherCapital() {
        ClozeQuestion opening = new ClozeQuestion("q4", "_____ (d-) Erwartungen wurden heruntergespielt.", List.of("Die"),
            List.of(), new Span(0, 40), new Span(0, 3));
        ClozeQuestion quoted = new ClozeQuestion("q5", "„_____ ist der Koalitionsvertrag.“", List.of("Das"),
            List.of(), new Span(0, 40), new Span(1, 4));
        ClozeQuestion inside = new ClozeQuestion("q6", "Rutte _____ Scholz.", List.of("traf"), List.of(),
            new Span(0, 18), new Span(6, 10));

        assertThat(checker.judge("Die", opening)).contains(Verdict.correct());
        assertThat(checker.judge("die", opening)).contains(Verdict.correct());
        assertThat(checker.judge("das", quoted)).contains(Verdict.correct());
        assertThat(checker.judge("Traf", inside).orElseThrow().kind()).as("mid-sentence case still counts")
            .isEqualTo(Kind.ALMOST);
    }
}
