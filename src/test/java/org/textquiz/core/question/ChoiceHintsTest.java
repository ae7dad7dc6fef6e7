package org.textquiz.core.question;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class ChoiceHintsTest {

    @Test
    void fourOptionsLoseTwo() {
        assertThat(ChoiceHints.rulingOut(List.of("warnte", "lobte", "zeigte"), 4))
            .containsExactly("Es ist weder warnte noch lobte.");
    }

    @Test
    void threeOptionsLoseOnlyOneSoTheHintNeverLeavesTheAnswerAlone() {
        assertThat(ChoiceHints.rulingOut(List.of("Olaf Scholz", "Wladimir Putin"), 3))
            .containsExactly("Es ist nicht Olaf Scholz.");
    }

    @Test
    void twoOptionsGetNoHint() {
        assertThat(ChoiceHints.rulingOut(List.of("Olaf Scholz"), 2)).isEmpty();
    }
}
