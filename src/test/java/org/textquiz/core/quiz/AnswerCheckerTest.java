package org.textquiz.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.textquiz.core.article.Span;
import org.textquiz.core.question.ChoiceQuestion;
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
}
