package org.textquiz;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class GlobalOptionsTest {

    @Test
    void takesTheOptionsForEveryCommandAndLeavesTheCommand() {
        assertThat(GlobalOptions.apply(new String[] {"--data-dir", "/tmp/x", "play", "--count", "3"}))
            .containsExactly("play", "--count", "3");
        assertThat(System.getProperty("textquiz.data-dir")).isEqualTo("/tmp/x");
        System.clearProperty("textquiz.data-dir");
    }

    @Test
    void loadsTheParserEarlyOnlyForACommandThatMakesAQuizFromAnArticle() {
        assertThat(GlobalOptions.parsesAtOnce(new String[] {"generate", "--count", "10"})).isTrue();
        assertThat(GlobalOptions.parsesAtOnce(new String[] {"play", "--article", "a.txt"})).isTrue();

        assertThat(GlobalOptions.parsesAtOnce(new String[] {})).as("the interactive shell").isFalse();
        assertThat(GlobalOptions.parsesAtOnce(new String[] {"play", "--quiz", "q.json"})).isFalse();
        assertThat(GlobalOptions.parsesAtOnce(new String[] {"play", "--quiz=q.json"})).isFalse();
        assertThat(GlobalOptions.parsesAtOnce(new String[] {"generate", "--help"})).isFalse();
        assertThat(GlobalOptions.parsesAtOnce(new String[] {"score"})).isFalse();
    }
}
