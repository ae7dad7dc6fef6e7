package org.textquiz.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.textquiz.core.article.Span;
import org.textquiz.core.question.ChoiceQuestion;
import org.textquiz.core.question.TrueFalseQuestion;

/** The small pieces behind the shell's manners: suggestions, paragraphs, folders, colours, wrapping, words. */
class ShellPartsTest {

    @Test
    void aMistypedCommandSuggestsTheNearestOneWithinTwoEdits() {
        List<String> commands = List.of("play", "practice", "generate", "review", "resume", "read");

        assertThat(Nearest.of("plya", commands)).isEqualTo("play");
        assertThat(Nearest.of("reveiw", commands)).isEqualTo("review");
        assertThat(Nearest.of("generat", commands)).isEqualTo("generate");
        assertThat(Nearest.of("dance", commands)).isEmpty();
    }

    @Test
    void paragraphsAreNumberedAsTheQuestionsNameThemAndHeadlinesAreNot() {
        String text = "Erster Absatz mit einem Satz.\nEine Zwischenüberschrift\n\nZweiter Absatz. Noch ein Satz.\n";
        ArticleView view = ArticleView.of(text);

        assertThat(view.paragraphAt(0)).isEqualTo(1);
        assertThat(view.paragraphAt(text.indexOf("Zwischen"))).isZero();
        assertThat(view.paragraphAt(text.indexOf("Noch"))).isEqualTo(2);
        assertThat(view.render(0)).containsExactly("  1  Erster Absatz mit einem Satz.", "", "Eine Zwischenüberschrift",
            "", "  2  Zweiter Absatz. Noch ein Satz.");
        assertThat(String.join("\n", view.render(30))).contains("  2  Zweiter Absatz. Noch ein\n     Satz.");
    }

    @Test
    void theHistoryFollowsXdgConfigHomeThenHomeNeverJavasIdeaOfIt() {
        assertThat(ConfigDirectory.resolve(Map.of("XDG_CONFIG_HOME", "/x/conf", "HOME", "/h"), "/passwd"))
            .isEqualTo(Path.of("/x/conf/textquiz"));
        assertThat(ConfigDirectory.resolve(Map.of("HOME", "/h"), "/passwd")).isEqualTo(Path.of("/h/.config/textquiz"));
        assertThat(ConfigDirectory.resolve(Map.of("XDG_CONFIG_HOME", "relative"), "/passwd"))
            .isEqualTo(Path.of("/passwd/.config/textquiz"));
    }

    @Test
    void noColorWithAnyValueTurnsColoursOff() {
        assertThat(Colors.enabled(Map.of())).isTrue();
        assertThat(Colors.enabled(Map.of("NO_COLOR", ""))).isTrue();
        assertThat(Colors.enabled(Map.of("NO_COLOR", "1"))).isFalse();
    }

    @Test
    void aDescriptionWrapsUnderItselfNotUnderItsName() {
        assertThat(Wrap.hanging("  play         ", "Answer questions on the loaded article, or on a saved quiz", 50))
            .isEqualTo("  play         Answer questions on the loaded\n"
                + "               article, or on a saved quiz");
    }

    @Test
    void reviewShowsTheVerdictWordsPlayShowed() {
        TrueFalseQuestion statement = new TrueFalseQuestion("t", "Rutte traf Scholz am Dienstag.", List.of("false"),
            List.of(), new Span(0, 10), "Rutte traf Scholz am Montag.");
        ChoiceQuestion choice = new ChoiceQuestion("c", "Er _____ Scholz.", List.of("dankte"),
            List.of("zeigte", "dankte", "warnte"), List.of(), new Span(0, 16), new Span(3, 9));

        assertThat(Reports.given(statement, "r")).isEqualTo("you answered richtig");
        assertThat(Reports.given(choice, "3")).isEqualTo("you picked 3) warnte");
        assertThat(Reports.given(choice, "")).isEqualTo("skipped");
        assertThat(Reports.wordClass("NOUN")).isEqualTo("Nomen");
        assertThat(Reports.wordClass("ADJ")).isEqualTo("Adjektiv");
        assertThat(Reports.wordClass("ADP")).isEqualTo("Präposition");
    }
}
