package org.textquiz.core.quiz;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

class AnswerCheckerProperties {

    private final AnswerChecker checker = new AnswerChecker();

    @Property
    void everyAnswerGetsAVerdict(@ForAll @StringLength(max = 40) String given,
                                 @ForAll @StringLength(min = 1, max = 20) String answer) {
        assertThat(checker.check(given, List.of(answer))).isNotNull();
    }

    @Property
    void theAnswerItselfIsAlwaysCorrect(@ForAll @StringLength(min = 1, max = 30) String answer) {
        assertThat(checker.check(answer, List.of(answer)).kind()).isEqualTo(Verdict.Kind.CORRECT);
    }
}
