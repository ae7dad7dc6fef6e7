package org.textquiz.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.util.FileSystemUtils;

@SpringBootTest(properties = {"spring.shell.interactive.enabled=false",
    "textquiz.quizzes-dir=target/quizzes-command-test", "textquiz.data-dir=target/test-progress"})
class QuizzesCommandTest {

    static final Path DIR = Path.of("target/quizzes-command-test");

    @Autowired
    ScriptRunner runner;

    @BeforeAll
    static void aQuizzesFolderWithTheBundledArticle() throws IOException {
        FileSystemUtils.deleteRecursively(DIR);
        Files.createDirectories(DIR);
        Files.copy(Path.of("quizzes/rutte-scholz-berlin.txt"), DIR.resolve("rutte-scholz-berlin.txt"),
            StandardCopyOption.REPLACE_EXISTING);
        Files.writeString(DIR.resolve("broken.json"), "{ \"schema\": 1 ");
    }

    private String run(String commandLine) {
        CommandRun run = CommandRun.of(runner, commandLine, "");
        assertThat(run.exitCode()).as(run.err()).isZero();
        return run.out();
    }

    @Test
    void listsEachSavedQuizWithItsCountTypesAndArticleAndSaysWhichCannotBePlayed() {
        run("generate --seed 3 --count 4 --types cloze,choice");
        run("generate --seed 5 --count 2 --types cloze");

        String list = run("quizzes");

        assertThat(list.lines()).as("a line with the file, an indented line about it").hasSize(6);
        assertThat(list).containsPattern("rutte-scholz-berlin-3\\.quiz\\.json\n +4 questions \\(2 choice, 2 cloze\\) · "
            + "NATO-Generalsekretär Mark Rutte")
            .containsPattern("rutte-scholz-berlin-5\\.quiz\\.json\n +2 questions \\(2 cloze\\)")
            .containsPattern("broken\\.json\n +cannot be played: invalid quiz file .*not valid JSON");
    }

    @Test
    void articlesListsTheTextFiles() {
        assertThat(run("articles")).contains("rutte-scholz-berlin.txt").doesNotContain(".json");
    }
}
