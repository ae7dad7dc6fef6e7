package org.textquiz.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.textquiz.core.question.Question;
import org.textquiz.core.question.Focus;
import org.textquiz.core.question.MultipleChoice;
import org.textquiz.core.question.QuestionType;
import org.textquiz.core.question.TrueFalseQuestion;
import org.textquiz.core.question.QuizGenerator;
import org.textquiz.core.question.QuizRequest;
import org.textquiz.core.quiz.Quiz;

/** Drives the real commands as {@code ./textquiz COMMAND} does, with answers piped in. */
@SpringBootTest(properties = {"spring.shell.interactive.enabled=false",
    "textquiz.data-dir=target/test-progress"})
class ScriptedPlayTest {

    @Autowired
    ScriptRunner runner;
    @Autowired
    Workspace workspace;
    @Autowired
    QuizGenerator generator;

    CommandRun run(String commandLine, String input) {
        return CommandRun.of(runner, commandLine, input);
    }

    @Test
    void aPipedSessionEndsWithItsScore() {
        Quiz quiz = generator.generate(workspace.article(), new QuizRequest(3, List.of(QuestionType.CLOZE), 7));
        List<Question> questions = quiz.questions();
        String answers = questions.get(0).solution() + "\n:hint\n" + questions.get(1).solution() + "\n:skip\n";

        CommandRun run = run("play --seed 7 --count 3 --types cloze", answers);

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
            .contains("Seed 7 · 3 questions")
            .contains("[1/3] gap-fill", "[3/3] gap-fill")
            .contains(questions.get(0).prompt())
            .contains("✓ correct  +10 points")
            .contains("✓ correct  +8 points, 1 hint")
            .contains("→ skipped  +0 points")
            .contains("answer: " + questions.get(2).solution())
            .contains("Score: 18 points · 2/3 correct (67%)")
            .contains("streak 0, best 2");
    }

    @Test
    void comprehensionQuestionsArePlayedCheckedAndExplained() {
        Quiz quiz = generator.generate(workspace.article(),
            new QuizRequest(4, List.of(QuestionType.WH, QuestionType.TRUEFALSE, QuestionType.QUOTE), 11));
        StringBuilder answers = new StringBuilder();
        for (Question question : quiz.questions()) {
            if (question instanceof TrueFalseQuestion statement) {
                answers.append("vielleicht\n").append(statement.isTrue() ? "r" : "f").append('\n');
            } else if (question instanceof MultipleChoice choice) {
                answers.append(choice.answerNumber()).append('\n');
            } else {
                answers.append(question.answers().get(question.answers().size() > 1 ? 1 : 0)).append('\n');
            }
        }

        CommandRun run = run("play --seed 11 --count 4 --types wh,truefalse,quote", answers.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
            .contains("W-question", "true or false", "who said it", "richtig oder falsch? (r/f)")
            .contains("(answer r for richtig or f for falsch)")
            .contains("Score: 40 points · 4/4 correct");
        for (Question question : quiz.questions()) {
            assertThat(run.out()).contains(question.prompt());
            if (question instanceof TrueFalseQuestion statement) {
                assertThat(run.out()).contains("sentence: " + statement.explanation());
            }
        }
    }

    @Test
    void grammarExercisesShowTheirTopicAndGrammarAndAreScoredByTopic() {
        Quiz quiz = generator.generate(workspace.article(), new QuizRequest(4,
            List.of(QuestionType.CHOICE, QuestionType.CLOZE), 4, List.of(Focus.ARTICLES, Focus.VERBS)));
        StringBuilder answers = new StringBuilder();
        for (Question question : quiz.questions()) {
            answers.append(question.solution()).append('\n');
        }

        CommandRun run = run("play --seed 4 --count 4 --focus articles,verbs", answers.toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(quiz.questions()).extracting(Question::focus).containsOnly(Focus.ARTICLES, Focus.VERBS);
        assertThat(run.out()).contains("Score: 40 points · 4/4 correct");
        for (Question question : quiz.questions()) {
            assertThat(run.out()).contains(question.focus().label(), "grammar: " + question.note());
        }
        assertThat(run.out()).containsPattern("grammar: (articles and case|verb forms) +\\d/\\d correct");
    }

    @Test
    void generateWritesTheFocusAndTheGrammarNoteIntoTheQuiz(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("adjectives.quiz.json");

        CommandRun run = run("generate --seed 5 --count 3 --focus adjectives --types cloze --out " + file, "");

        assertThat(run.exitCode()).as(run.err()).isZero();
        String json = Files.readString(file);
        assertThat(json).contains("\"focus\" : \"adjectives\"", "\"note\" : ", "__");
        assertThat(run("play --quiz " + file, "e\n:quit\n").out()).contains("adjective endings");
    }

    @Test
    void theEndOfInputEndsTheSessionAndKeepsTheScore() {
        Quiz quiz = generator.generate(workspace.article(), new QuizRequest(5, List.of(QuestionType.CLOZE), 9));

        CommandRun run = run("play --seed 9 --count 5 --types cloze", quiz.questions().get(0).solution() + "\n");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Score: 10 points · 1/1 correct (100%)");
        assertThat(workspace.lastSession().orElseThrow().score().points()).isEqualTo(10);
    }

    @Test
    void reviewListsTheMissedQuestionsWithTheirAnswers() {
        Quiz quiz = generator.generate(workspace.article(), new QuizRequest(2, List.of(QuestionType.CLOZE), 4));
        run("play --seed 4 --count 2 --types cloze", "falsch\n" + quiz.questions().get(1).solution() + "\n");

        CommandRun review = run("review", "");

        assertThat(review.out()).contains("Missed questions:").contains(quiz.questions().get(0).prompt())
            .contains("answer: " + quiz.questions().get(0).solution()).contains("you wrote \"falsch\"")
            .doesNotContain(quiz.questions().get(1).prompt());
    }

    @Test
    void generateWritesTheSameFileForTheSameSeed(@TempDir Path dir) throws Exception {
        Path first = dir.resolve("a.json");
        Path second = dir.resolve("b.json");

        CommandRun run = run("generate --seed 5 --count 4 --out " + first, "");
        run("generate --seed 5 --count 4 --out " + second, "");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Wrote " + first + ": 4 questions (");
        assertThat(Files.readString(first)).isEqualTo(Files.readString(second)).contains("\"seed\" : 5");
    }

    @Test
    void aSavedQuizIsPlayedAsSaved(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("q.json");
        run("generate --seed 6 --count 2 --types cloze --out " + file, "");
        String edited = Files.readString(file).replaceFirst("\"answers\" : \\[ \"[^\"]+\"", "\"answers\" : [ \"Zebra\"");
        Files.writeString(file, edited);

        CommandRun run = run("play --quiz " + file, "Zebra\n:quit\n");

        assertThat(run.out()).contains("✓ correct  +10 points").contains("Score: 10 points · 1/1 correct");
    }

    @Test
    void anExistingFileIsNotOverwrittenWithoutForce(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("q.json");
        Files.writeString(file, "keep me");

        CommandRun refused = run("generate --seed 1 --out " + file, "");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).isEqualTo("textquiz: " + file + " already exists; choose another --out or add "
            + "--force to replace it\n");
        assertThat(Files.readString(file)).isEqualTo("keep me");

        assertThat(run("generate --seed 1 --force --out " + file, "").exitCode()).isZero();
        assertThat(Files.readString(file)).startsWith("{");
    }

    @Test
    void badInputGetsOneLineAndAnExitCode(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "  \n\t\n");
        Path noSentence = Files.writeString(dir.resolve("dots.txt"), "... --- !!!\n");
        Path notJson = Files.writeString(dir.resolve("q.json"), "{ not json");

        assertOneLineError(run("open " + dir.resolve("missing.txt"), ""), 1, "no such file: ");
        assertOneLineError(run("open " + dir, ""), 1, "is a directory");
        assertOneLineError(run("open " + empty, ""), 1, "is empty");
        assertOneLineError(run("open " + noSentence, ""), 1, "contains no sentence");
        assertOneLineError(run("play --count abc", ""), 2, "--count must be a whole number, not 'abc'");
        assertOneLineError(run("play --count 0", ""), 2, "--count must be at least 1, not 0");
        assertOneLineError(run("play --count -2", ""), 2, "--count must be at least 1, not -2");
        assertOneLineError(run("generate --variants -1", ""), 2, "--variants must be at least 1, not -1");
        assertOneLineError(run("learner anna bert", ""), 2, "'learner' takes one argument, not 'bert'");
        assertOneLineError(run("score now", ""), 2, "'score' takes no argument, not 'now'");
        assertOneLineError(run("plya", ""), 2, "unknown command 'plya'; did you mean 'play'?");
        assertOneLineError(run("play --colour red", ""), 2, "unknown option --colour for 'play'");
        assertOneLineError(run("play --types essay", ""), 1, "unknown question type 'essay'");
        assertOneLineError(run("play --focus tenses", ""), 1, "unknown focus 'tenses'; known: vocabulary, articles");
        assertOneLineError(run("play --quiz " + notJson, ""), 1, "not valid JSON");
        assertOneLineError(run("dance", ""), 2, "unknown command 'dance'");
        assertThat(run("dance", "").err()).doesNotContain("did you mean");
        assertOneLineError(run("play --count", ""), 2, "requires a value");
    }

    @Test
    void aFailedOpenKeepsTheLoadedArticle(@TempDir Path dir) {
        String before = workspace.article().sha256();

        run("open " + dir.resolve("missing.txt"), "");

        assertThat(workspace.article().sha256()).isEqualTo(before);
    }

    @Test
    void aCountLargerThanTheArticleAllowsIsSaid() {
        CommandRun run = run("play --seed 3 --count 400", ":quit\n");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).containsPattern("This article gives \\d+ questions of the types asked for, not 400\\.");
    }

    private static void assertOneLineError(CommandRun run, int code, String message) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(code);
        assertThat(run.err()).startsWith("textquiz: ").contains(message).endsWith("\n");
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.err()).doesNotContain("Exception", "\tat ");
    }
}
