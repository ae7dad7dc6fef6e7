package org.textquiz.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** A teacher hands out a quiz, three students hand in result files, the teacher reads the report. */
@SpringBootTest(properties = {"spring.shell.interactive.enabled=false",
    "textquiz.data-dir=target/test-class-results"})
class ClassResultsTest {

    @Autowired
    ScriptRunner runner;

    CommandRun run(String commandLine, String input) {
        return CommandRun.of(runner, commandLine, input);
    }

    @Test
    void threeStudentsResultFilesMakeAReportInTheTerminalAsCsvAndAsHtml(@TempDir Path dir) throws Exception {
        Path quiz = dir.resolve("q.quiz.json");
        assertThat(run("generate --seed 3 --count 5 --types truefalse --out " + quiz, "").exitCode()).isZero();
        Path in = Files.createDirectories(dir.resolve("in"));
        String[][] students = {{"Anna", "r\nr\nr\nr\nr\n"}, {"Ben", "f\nf\nf\nf\nf\n"},
            {"Cem", "r\nf\nr\nf\nr\n"}};
        for (String[] student : students) {
            run("learner " + student[0], "");
            CommandRun played = run("play --quiz " + quiz, student[1]);
            assertThat(played.exitCode()).as(played.err()).isZero();
            CommandRun written = run("results --quiz " + quiz + " --out " + in.resolve(student[0] + ".json"), "");
            assertThat(written.exitCode()).as(written.err()).isZero();
            assertThat(written.out()).contains("5 of 5 answers");
        }
        assertThat(Files.readString(in.resolve("Anna.json"))).contains("\"given\" : \"richtig\"");

        CommandRun report = run("report --quiz " + quiz + " --results " + in + " --csv " + dir.resolve("r.csv")
            + " --html " + dir.resolve("r.html"), "");

        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(report.out()).contains("3 learners", "Anna", "Ben", "Cem", "disc")
            .doesNotContain("refused");
        String csv = Files.readString(dir.resolve("r.csv"));
        assertThat(csv.lines().filter(line -> line.startsWith("truefalse-") || line.matches("\\d+,truefalse-.*")))
            .hasSize(5);
        assertThat(csv).contains("Anna,5,").contains("most_chosen_wrong");
        // each true/false question was answered richtig by two students and falsch by one, or the reverse
        assertThat(csv.lines().filter(line -> line.matches("\\d+,.*")).map(line -> line.contains(",richtig,")
            || line.contains(",falsch,"))).containsOnly(true);
        assertThat(Files.readString(dir.resolve("r.html"))).startsWith("<!DOCTYPE html>").contains("<td>Cem</td>")
            .contains("von den meisten verfehlt");

        Files.writeString(in.resolve("copy.json"), Files.readString(in.resolve("Ben.json")));
        Files.writeString(in.resolve("edited.json"), Files.readString(in.resolve("Cem.json"))
            .replace("\"learner\" : \"Cem\"", "\"learner\" : \"Dora\"")
            .replaceFirst("\"points\" : 0", "\"points\" : 10"));
        Files.writeString(in.resolve("broken.json"), "{\"format\" : \"textquiz-results\", ");
        CommandRun refusing = run("report --quiz " + quiz + " --results " + in, "");

        assertThat(refusing.out()).contains("refused copy.json (Ben): a second result file of Ben")
            .contains("refused edited.json (Dora): its points for question")
            .contains("refused broken.json: damaged")
            .contains("3 learners");
    }

    @Test
    void withoutResultFilesTheReportIsLiveFromTheProgressDatabaseAndMarksQuestionsNoOneAnsweredYet(@TempDir Path dir) {
        Path quiz = dir.resolve("q.quiz.json");
        assertThat(run("generate --seed 77 --count 3 --types truefalse --out " + quiz, "").exitCode()).isZero();
        run("learner Lotte", "");
        run("play --quiz " + quiz, "r\n");

        CommandRun report = run("report --quiz " + quiz, "");

        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(report.out()).contains("1 learner · live from ", "Lotte").containsPattern("1/3\\s+answered");
        assertThat(report.out().lines().filter(line -> line.endsWith("no answers yet"))).hasSize(2);
    }

    @Test
    void aResultFileOfAnotherQuizOrAnotherVersionIsRefused(@TempDir Path dir) throws Exception {
        Path quiz = dir.resolve("q.quiz.json");
        Path other = dir.resolve("other.quiz.json");
        run("generate --seed 4 --count 3 --types truefalse --out " + quiz, "");
        run("generate --seed 5 --count 3 --types truefalse --out " + other, "");
        Path in = Files.createDirectories(dir.resolve("in"));
        run("learner Fritz", "");
        run("play --quiz " + other, "r\nr\nr\n");
        assertThat(run("results --quiz " + other + " --out " + in.resolve("fritz.json"), "").exitCode()).isZero();
        run("play --quiz " + quiz, "r\nr\nr\n");
        assertThat(run("results --quiz " + quiz + " --out " + in.resolve("fritz-q.json"), "").exitCode()).isZero();
        Files.writeString(quiz, Files.readString(quiz).replaceFirst("\"prompt\" : \"", "\"prompt\" : \"Neu: "));

        CommandRun report = run("report --quiz " + quiz + " --results " + in, "");

        assertThat(report.out()).contains("refused fritz.json (Fritz): it is for another quiz")
            .contains("refused fritz-q.json (Fritz): it is for another version of this quiz")
            .contains("No result files for");
    }

    @Test
    void aLearnerWhoHasNotPlayedTheQuizIsToldToPlayItFirst(@TempDir Path dir) {
        Path quiz = dir.resolve("q.quiz.json");
        run("generate --seed 4 --count 3 --types truefalse --out " + quiz, "");
        run("learner Nobody", "");

        CommandRun results = run("results --quiz " + quiz + " --out " + dir.resolve("x.json"), "");

        assertThat(results.exitCode()).isNotZero();
        assertThat(results.err()).contains("Nobody has not answered").contains("play --quiz");
        assertThat(dir.resolve("x.json")).doesNotExist();
    }
}
