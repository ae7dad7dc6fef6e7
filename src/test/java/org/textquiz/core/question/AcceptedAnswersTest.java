package org.textquiz.core.question;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AcceptedAnswersTest {

    @Test
    void aNumberIsAcceptedWithAndWithoutGroupingDots() {
        assertThat(AcceptedAnswers.of("8.000")).containsExactly("8.000", "8000");
        assertThat(AcceptedAnswers.of("15300")).containsExactly("15300", "15.300");
        assertThat(AcceptedAnswers.of("1234567")).containsExactly("1234567", "1.234.567");
    }

    @Test
    void yearsAndWordsAreAcceptedAsWritten() {
        assertThat(AcceptedAnswers.of("2023")).containsExactly("2023");
        assertThat(AcceptedAnswers.of("Montag")).containsExactly("Montag");
    }
}
