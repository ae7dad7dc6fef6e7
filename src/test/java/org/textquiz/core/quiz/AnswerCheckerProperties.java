package org.textquiz.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.List;

import org.junit.jupiter.api.Test;

class AnswerCheckerProperties {

    private static final int TRIES = 1000;

    private final AnswerChecker checker = new AnswerChecker();

    @Test
    void everyAnswerGetsAVerdict() {
        qt().withExamples(TRIES)
            .forAll(strings().allPossible().ofLengthBetween(0, 40), strings().allPossible().ofLengthBetween(1, 20))
            .checkAssert((given, answer) -> assertThat(checker.check(given, List.of(answer))).isNotNull());
    }

    @Test
    void theAnswerItselfIsAlwaysCorrect() {
        qt().withExamples(TRIES).forAll(strings().allPossible().ofLengthBetween(1, 30))
            .checkAssert(answer -> assertThat(checker.check(answer, List.of(answer)).kind())
                .isEqualTo(Verdict.Kind.CORRECT));
    }
}
