package org.textquiz.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.textquiz.core.analysis.Passages;
import org.textquiz.core.quiz.Quiz;
import org.textquiz.quizfile.QuizFiles;
import org.textquiz.quizfile.QuizJson;

/**
 * A text too long to analyse whole for every quiz: each quiz comes from passages its seed chooses, and the
 * same seed always gives the same quiz.
 */
@SpringBootTest(properties = {"spring.shell.interactive.enabled=false",
    "textquiz.data-dir=target/test-long-text"})
class LongTextTest {

    @TempDir
    static Path dir;
    static Path book;

    @Autowired
    ScriptRunner runner;

    /** The bundled article and a short one written for the tests, in turn, each part under its own headline. */
    @BeforeAll
    static void aLongText() throws Exception {
        String nato = Files.readString(Path.of("quizzes/rutte-scholz-berlin.txt"));
        String fest = Files.readString(Path.of("src/test/resources/fairness/stadtfest.txt"));
        StringBuilder text = new StringBuilder("Ein Jahr in der Zeitung\n\n");
        for (int part = 1; text.length() <= Passages.WHOLE_TEXT * 1.2; part++) {
            text.append("Teil ").append(part).append(" der Sammlung\n\n").append(part % 2 == 0 ? fest : nato)
                .append("\n\n");
        }
        book = dir.resolve("sammlung.txt");
        Files.writeString(book, text);
    }

    CommandRun run(String commandLine) {
        return CommandRun.of(runner, commandLine, "");
    }

    @Test
    void theSameSeedGivesTheSameQuizAndEveryQuestionLiesInTheText() throws Exception {
        Path first = dir.resolve("a.quiz.json");
        Path second = dir.resolve("b.quiz.json");
        Path other = dir.resolve("c.quiz.json");

        CommandRun made = run("generate --article " + book + " --seed 5 --count 10 --out " + first);
        run("generate --article " + book + " --seed 5 --count 10 --out " + second);
        run("generate --article " + book + " --seed 6 --count 10 --out " + other);

        assertThat(made.exitCode()).as(made.err()).isZero();
        assertThat(made.out()).contains("10 questions");
        assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
        assertThat(Files.readString(other)).isNotEqualTo(Files.readString(first));
        String text = Files.readString(book);
        Quiz quiz = new QuizFiles(new QuizJson()).read(first);
        assertThat(quiz.questions()).allSatisfy(question ->
            assertThat(question.sentence().end()).isLessThanOrEqualTo(text.length()));
    }

    @Test
    void openingItSaysHowLongItIsAndPlayAsksFromIt() {
        CommandRun opened = run("open " + book);
        assertThat(opened.out()).contains("MB of text", "each quiz analyses passages of it chosen by its seed");

        CommandRun played = CommandRun.of(runner, "play --seed 3 --count 4", ":skip\n:skip\n:skip\n:skip\n");
        assertThat(played.exitCode()).as(played.err()).isZero();
        assertThat(played.out()).contains("[4/4]");
    }

    @Test
    void aSampleTooSmallForTheQuestionsAskedIsWidenedFourfoldUpToTheWholeText() throws Exception {
        java.util.List<Integer> analysedLines = new java.util.ArrayList<>();
        org.textquiz.core.analysis.Analyzer counting = (text, lines, progress) -> {
            analysedLines.add((int) java.util.stream.IntStream.range(0, 100_000).filter(lines::analyses).count());
            return new org.textquiz.core.article.Article(text.title(), text.source(), text.sha256(), text.text(),
                text.encoding(), java.util.List.of());
        };
        Workspace workspace = new Workspace(counting, new org.textquiz.core.analysis.GermanCheck(t ->
            java.util.Optional.empty()), notice -> { }, dir, "none.txt");
        var article = workspace.load(book);
        analysedLines.clear();

        int asked = 20;
        int made = workspace.forQuiz(article, 4, asked, a -> analysedLines.size() == 3 ? asked : 0, n -> n,
            done -> { });

        assertThat(made).isEqualTo(asked);
        assertThat(analysedLines).hasSize(3);
        assertThat(analysedLines.get(1)).isGreaterThan(analysedLines.get(0));
        assertThat(analysedLines.get(2)).isGreaterThan(analysedLines.get(1));
    }
}
