package org.textquiz.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.textquiz.core.question.ChoiceQuestion;
import org.textquiz.core.question.ClozeQuestion;
import org.textquiz.core.question.Question;
import org.textquiz.core.question.QuestionType;
import org.textquiz.core.quiz.Quiz;
import org.textquiz.quizfile.QuizJson;

/** A teacher's work: variants for a class, hand-edited quizzes, exports, through the real commands. */
@SpringBootTest(properties = {"spring.shell.interactive.enabled=false",
    "textquiz.data-dir=target/test-progress"})
class ClassroomTest {

    @Autowired
    ScriptRunner runner;
    @Autowired
    QuizJson json;

    CommandRun run(String commandLine, String input) {
        return CommandRun.of(runner, commandLine, input);
    }

    private Quiz read(Path file) throws Exception {
        return json.read(Files.readString(file), file.toString());
    }

    @Test
    void variantsHaveTheSameSizeAndMixButOtherGapsAndOrder(@TempDir Path dir) throws Exception {
        CommandRun run = run("generate --seed 9 --count 6 --types cloze,choice --variants 3 --out " + dir.resolve("klasse.quiz.json"), "");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<Quiz> variants = List.of(read(dir.resolve("klasse-A.quiz.json")), read(dir.resolve("klasse-B.quiz.json")),
            read(dir.resolve("klasse-C.quiz.json")));
        assertThat(variants).extracting(Quiz::variant).containsExactly("A", "B", "C");
        for (Quiz variant : variants) {
            assertThat(variant.questions()).hasSize(6);
            assertThat(variant.questions().stream().filter(q -> q.type() == QuestionType.CHOICE)).hasSize(3);
        }
        Set<String> gapsA = gaps(variants.get(0));
        assertThat(gaps(variants.get(1))).doesNotContainAnyElementsOf(gapsA);
        assertThat(gaps(variants.get(2))).doesNotContainAnyElementsOf(gapsA);
    }

    @Test
    void variantsOfAMixedQuizKeepTheMixOfTypesAndAskOtherComprehensionQuestions(@TempDir Path dir) throws Exception {
        CommandRun run = run("generate --seed 2 --count 8 --variants 2 --out " + dir.resolve("mix.quiz.json"), "");

        assertThat(run.exitCode()).as(run.err()).isZero();
        Quiz a = read(dir.resolve("mix-A.quiz.json"));
        Quiz b = read(dir.resolve("mix-B.quiz.json"));
        assertThat(a.questions()).hasSize(8);
        assertThat(types(b)).isEqualTo(types(a));
        assertThat(types(a)).containsKeys(QuestionType.CLOZE, QuestionType.WH, QuestionType.QUOTE, QuestionType.TRUEFALSE);
        Set<QuestionType> plentiful = Set.of(QuestionType.WH, QuestionType.QUOTE, QuestionType.TRUEFALSE);
        Set<String> askedInA = a.questions().stream().filter(q -> plentiful.contains(q.type())).map(Question::id)
            .collect(Collectors.toSet());
        assertThat(b.questions().stream().filter(q -> plentiful.contains(q.type())).map(Question::id))
            .doesNotContainAnyElementsOf(askedInA);
        assertThat(b.questions().stream().map(Question::type).toList())
            .as("another order of question kinds").isNotEqualTo(a.questions().stream().map(Question::type).toList());
    }

    @Test
    void tenQuestionsInThreeVersionsOfTheBundledArticleStayTenWithTheirOwnQuotes(@TempDir Path dir) throws Exception {
        CommandRun run = run("generate --seed 12 --count 10 --variants 3 --out " + dir.resolve("k.quiz.json"), "");

        assertThat(run.exitCode()).as(run.err()).isZero();
        List<Quiz> versions = List.of(read(dir.resolve("k-A.quiz.json")), read(dir.resolve("k-B.quiz.json")),
            read(dir.resolve("k-C.quiz.json")));
        assertThat(versions).allSatisfy(v -> assertThat(v.questions()).hasSize(10));
        List<Set<String>> quotes = versions.stream().map(v -> v.questions().stream()
            .filter(q -> q.type() == QuestionType.QUOTE).map(Question::prompt).collect(Collectors.toSet())).toList();
        assertThat(quotes.get(0)).isNotEmpty().doesNotContainAnyElementsOf(quotes.get(1))
            .doesNotContainAnyElementsOf(quotes.get(2));
    }

    private static java.util.Map<QuestionType, Long> types(Quiz quiz) {
        return quiz.questions().stream().collect(Collectors.groupingBy(Question::type, java.util.TreeMap::new,
            Collectors.counting()));
    }

    @Test
    void theSameSeedGivesTheSameVariants(@TempDir Path dir) throws Exception {
        run("generate --seed 4 --count 5 --variants 2 --out " + dir.resolve("a.json"), "");
        run("generate --seed 4 --count 5 --variants 2 --out " + dir.resolve("b.json"), "");

        assertThat(Files.readString(dir.resolve("a-A.json"))).isEqualTo(Files.readString(dir.resolve("b-A.json")));
        assertThat(Files.readString(dir.resolve("a-B.json"))).isEqualTo(Files.readString(dir.resolve("b-B.json")));
        assertThat(Files.readString(dir.resolve("a-A.json"))).isNotEqualTo(Files.readString(dir.resolve("a-B.json")));
    }

    @Test
    void aHandEditedQuizIsPlayedAsEdited(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("q.quiz.json");
        run("generate --seed 6 --count 3 --types cloze --out " + file, "");
        Quiz quiz = read(file);
        ClozeQuestion first = (ClozeQuestion) quiz.questions().get(0);
        ClozeQuestion reworded = new ClozeQuestion(first.id(), "Neu formuliert: _____ ist gemeint.",
            List.of(first.solution(), "Zebra"), first.hints(), first.sentence(), first.gap());
        Quiz edited = new Quiz(quiz.schema(), quiz.article(), quiz.language(), quiz.seed(),
            List.of(quiz.questions().get(2), reworded));
        Files.writeString(file, json.write(edited));

        CommandRun play = run("play --quiz " + file, "x\nZebra\n");

        assertThat(play.out()).contains("Quiz " + file + " · 2 questions")
            .contains("[1/2] gap-fill\n  " + quiz.questions().get(2).prompt())
            .contains("[2/2] gap-fill\n  Neu formuliert: _____ ist gemeint.")
            .contains("Score: 10 points · 1/2 correct");
    }

    @Test
    void aQuizWhoseArticleChangedIsStillPlayedWithANote(@TempDir Path dir) throws Exception {
        Path article = Files.writeString(dir.resolve("artikel.txt"), "Die Regierung hat am Montag in Berlin einen "
            + "neuen Plan für die Schulen vorgestellt. Die Lehrer begrüßten den Plan und forderten mehr Geld.\n");
        Path file = dir.resolve("q.json");
        run("generate --article " + article + " --seed 1 --count 1 --types cloze --out " + file, "");
        Files.writeString(article, "Ganz anderer Text.\n");

        CommandRun play = run("play --quiz " + file, ":quit\n");

        assertThat(play.exitCode()).isZero();
        assertThat(play.out()).contains("changed since this quiz was made (its sha256 differs); playing the quiz's "
            + "own prompts").contains("[1/1] gap-fill");
    }

    @Test
    void everyFormatIsExportedBesideTheQuiz(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("klasse.quiz.json");
        run("generate --seed 2 --count 4 --out " + file, "");

        for (String format : List.of("gift", "moodle-xml", "anki", "anki-text", "html", "markdown")) {
            CommandRun export = run("export --quiz " + file + " --format " + format, "");
            assertThat(export.exitCode()).as(export.err()).isZero();
            assertThat(export.out()).startsWith("Wrote " + dir.resolve("klasse")).endsWith("4 questions as "
                + format + "\n");
        }
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()).collect(Collectors.toSet()))
            .contains("klasse.gift.txt", "klasse.moodle.xml", "klasse.apkg", "klasse.anki.txt", "klasse.html",
                "klasse.md");
    }

    @Test
    void theNameGivenToGenerateExportsEveryVersion(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("klasse.quiz.json");
        run("generate --seed 2 --count 4 --types cloze,choice --variants 3 --out " + file, "");

        CommandRun export = run("export --quiz " + file + " --format html,gift", "");

        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(Files.list(dir).map(p -> p.getFileName().toString()).collect(Collectors.toSet()))
            .contains("klasse-A.html", "klasse-B.html", "klasse-C.html", "klasse-A.gift.txt", "klasse-C.gift.txt");
    }

    @Test
    void oneRunExportsSeveralFormats(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("klasse.quiz.json");
        run("generate --seed 2 --count 4 --out " + file, "");

        CommandRun export = run("export --quiz " + file + " --format gift,moodle-xml,anki,html", "");

        assertThat(export.exitCode()).as(export.err()).isZero();
        assertThat(export.out().lines()).filteredOn(l -> l.startsWith("Wrote ")).hasSize(4);
        assertThat(run("export --quiz " + file + " --format gift,html --out " + dir.resolve("x"), "").err())
            .contains("--out names one file");
    }

    @Test
    void anExportNeverOverwritesWithoutForce(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("q.json");
        run("generate --seed 2 --count 2 --out " + file, "");
        Path out = Files.writeString(dir.resolve("sheet.html"), "mine");

        CommandRun refused = run("export --quiz " + file + " --format html --out " + out, "");
        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("already exists").contains("--force");
        assertThat(Files.readString(out)).isEqualTo("mine");

        assertThat(run("export --quiz " + file + " --format html --force --out " + out, "").exitCode()).isZero();
        assertThat(Files.readString(out)).startsWith("<!DOCTYPE html>");
    }

    @Test
    void exportErrorsAreOneLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("q.json");
        run("generate --seed 2 --count 2 --out " + file, "");

        assertOneLine(run("export --quiz " + file + " --format pdf", ""), "unknown format 'pdf'; choose one of gift, "
            + "moodle-xml, anki, anki-text, html, markdown");
        assertOneLine(run("export --quiz " + file + " --format gift --out " + dir.resolve("nope/x.txt"), ""),
            "does not exist; create it or choose another --out");
        assertOneLine(run("export --format gift", ""), "export needs --quiz FILE and --format");
        assertOneLine(run("export --quiz " + dir.resolve("missing.json") + " --format gift", ""),
            "no such quiz file");
    }

    private static void assertOneLine(CommandRun run, String message) {
        assertThat(run.exitCode()).isNotZero();
        assertThat(run.err()).startsWith("textquiz: ").contains(message);
        assertThat(run.err().lines()).hasSize(1);
    }

    private static Set<String> gaps(Quiz quiz) {
        return quiz.questions().stream().map(ClassroomTest::gap).collect(Collectors.toSet());
    }

    private static String gap(Question question) {
        return question instanceof ClozeQuestion c ? c.gap().toString() : ((ChoiceQuestion) question).gap().toString();
    }
}
