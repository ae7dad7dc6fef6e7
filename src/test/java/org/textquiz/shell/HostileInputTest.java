package org.textquiz.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Every file a teacher might open and every line a learner might type, through the real commands. */
@SpringBootTest(properties = {"spring.shell.interactive.enabled=false", "textquiz.data-dir=target/test-progress"})
class HostileInputTest {

    static final String GERMAN = "Die Ankündigung des Bündnisses kam „überraschend“ am Montag in Berlin, sagte der "
        + "Kanzler vor der versammelten Presse.\nDie Minister begrüßten die Entscheidung der Regierung nach langen "
        + "Verhandlungen über das Budget.\n";

    @Autowired
    ScriptRunner runner;

    @TempDir
    Path dir;

    CommandRun run(String commandLine, String input) {
        CommandRun run = CommandRun.of(runner, commandLine, input);
        assertNothingRaw(run.out());
        assertNothingRaw(run.err());
        return run;
    }

    private static void assertNothingRaw(String text) {
        assertThat(text.chars().filter(c -> (c < 0x20 && c != '\n' && c != '\t') || c == 0x7F
            || (c >= 0x80 && c < 0xA0) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069)))
            .as("raw control characters in: " + text).isEmpty();
    }

    private CommandRun generate(Path article) {
        return run("generate --article " + article + " --seed 1 --count 3 --types cloze --force --out "
            + dir.resolve("q.json"), "");
    }

    private static void assertOneLine(CommandRun run, int exitCode, String message) {
        assertThat(run.exitCode()).as(run.err()).isEqualTo(exitCode);
        assertThat(run.err()).startsWith("textquiz: ").contains(message);
        assertThat(run.err().lines()).hasSize(1);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"UTF-8 with BOM, UTF-8, EFBBBF", "UTF-16LE with BOM, UTF-16LE, FFFE", "UTF-16BE with BOM, UTF-16BE, FEFF",
        "Windows-1252, windows-1252, ''", "ISO-8859-1, ISO-8859-1, ''"})
    void germanTextInEveryCommonEncodingReadsTheSame(String name, String charset, String bomHex) throws IOException {
        String text = charset.equals("ISO-8859-1") ? GERMAN.replace('„', '"').replace('“', '"') : GERMAN;
        byte[] bom = java.util.HexFormat.of().parseHex(bomHex);
        byte[] body = text.getBytes(Charset.forName(charset));
        Path file = dir.resolve("artikel.txt");
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(bom);
            out.write(body);
        }

        CommandRun run = generate(file);

        assertThat(run.exitCode()).as(run.err()).isZero();
        String quiz = Files.readString(dir.resolve("q.json"));
        assertThat(quiz).contains("Bündnisses").doesNotContain("BÃ");
        assertThat(quiz).contains("\"encoding\" : \"" + (charset.equals("ISO-8859-1") ? "windows-1252" : charset)
            + "\"");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"a PDF document, 255044462D312E340A25E2E3CFD30A", "a PNG image, 89504E470D0A1A0A0000000D49484452",
        "a ZIP archive, 504B0304140000000800", "a compiled Java class, CAFEBABE00000041",
        "a binary file, 48616C6C6F00576F726C64"})
    void binaryFilesAreRefusedByTheirFirstBytes(String kind, String hex) throws IOException {
        Path file = Files.write(dir.resolve("datei.txt"), java.util.HexFormat.of().parseHex(hex));

        assertOneLine(generate(file), 1, "is " + kind);
    }

    @Test
    void specialFilesAreRefusedAtOnceWithoutReadingThem() throws Exception {
        Path fifo = dir.resolve("pipe");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        Path broken = Files.createSymbolicLink(dir.resolve("broken"), dir.resolve("nowhere"));
        Path loop = Files.createSymbolicLink(dir.resolve("loop"), dir.resolve("loop"));

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            assertOneLine(generate(fifo), 1, "is not a regular file (a device, a pipe or a socket)");
            assertOneLine(generate(Path.of("/dev/zero")), 1, "is not a regular file");
            assertOneLine(generate(broken), 1, "is a symbolic link that leads nowhere");
            assertOneLine(generate(loop), 1, "is a symbolic link that leads nowhere");
            assertOneLine(generate(dir), 1, "is a directory");
        });
    }

    @Test
    void aFileAboveTheSizeLimitIsRefused() throws IOException {
        Path big = dir.resolve("buch.txt");
        byte[] line = "Ein langer Satz über das Wetter in Berlin und anderswo im ganzen Land.\n"
            .getBytes(StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(big)) {
            for (long written = 0; written <= 21L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }

        assertOneLine(generate(big), 1, "textquiz reads articles of up to 20 MB, so split it into smaller files");
    }

    @Test
    void anEnglishArticleIsNamedAndTheLearnerMayGoOn() throws IOException {
        Path english = Files.writeString(dir.resolve("english.txt"), "The secretary general met the chancellor in "
            + "Berlin on Monday, on his first visit to the country as head of the alliance. Both leaders spoke about "
            + "the war, the budget and the coming elections in the United States, which could change a great deal.\n");

        CommandRun run = run("play --article " + english + " --count 1", ":quit\n");

        assertThat(run.out()).contains("Note: " + english + " looks like English, not German; textquiz builds its "
            + "questions for German, so expect poor ones");
    }

    @Test
    void escapeSequencesAndBidiOverridesInAnArticleAreShownNeutralised() throws IOException {
        Path article = Files.writeString(dir.resolve("ansi.txt"), "Die Regierung \u001b[31mbeschloss\u001b[0m am "
            + "Montag in Berlin einen neuen Plan \u202Efür die Schulen\u202C und die Lehrer des Landes.\n");

        CommandRun run = run("play --article " + article + " --seed 2 --count 1 --types cloze", ":skip\n");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("␛[31m").contains("<U+202E>");
    }

    @Test
    void decomposedUmlautsAreReadLikeComposedOnes() throws IOException {
        Path composed = Files.writeString(dir.resolve("nfc.txt"), GERMAN);
        Path decomposed = Files.writeString(dir.resolve("nfd.txt"),
            java.text.Normalizer.normalize(GERMAN, java.text.Normalizer.Form.NFD));

        generate(composed);
        String fromComposed = Files.readString(dir.resolve("q.json")).replaceAll("\"(id|sha256|source)\" : \"[^\"]*\"", "");
        generate(decomposed);
        String fromDecomposed = Files.readString(dir.resolve("q.json")).replaceAll("\"(id|sha256|source)\" : \"[^\"]*\"",
            "");

        assertThat(fromDecomposed).isEqualTo(fromComposed);
    }

    @Test
    void aQuizFileAnExportOrOtherMarkupIsNoArticleAndSaysWhatToDoInstead() throws IOException {
        assertThat(generate(Files.writeString(dir.resolve("article.txt"), GERMAN)).exitCode()).isZero();
        Path quiz = dir.resolve("q.json");
        Path gift = dir.resolve("q.gift.txt");
        run("export --quiz " + quiz + " --format gift --out " + gift, "");

        assertOneLine(run("open " + quiz, ""), 1, "is a saved quiz, not an article; play it with: play --quiz " + quiz);
        assertOneLine(run("open " + Files.writeString(dir.resolve("list.json"), "[1, 2, 3]\n"), ""), 1,
            "is a JSON file, not an article; to play a saved quiz: play --quiz");
        assertOneLine(run("open " + gift, ""), 1, "is a quiz exported in GIFT format, not an article");
        assertOneLine(run("open " + Files.writeString(dir.resolve("page.html"), "<!DOCTYPE html><html><body><p>"
            + GERMAN + "</p></body></html>"), ""), 1, "is XML or HTML, not plain text");
        assertThat(generate(Files.writeString(dir.resolve("brackets.txt"), "[Anzeige] " + GERMAN)).exitCode())
            .as("running text that starts with a bracket is still an article").isZero();
    }

    @Test
    void textWithoutSentencesOrQuestionsIsRefusedInOneLine() throws IOException {
        assertOneLine(generate(Files.writeString(dir.resolve("punct.txt"), "... !!! --- ??? ,,,\n")), 1,
            "contains no sentence to make questions from");
        assertOneLine(generate(Files.writeString(dir.resolve("numbers.txt"), "1 2 3 4 5 6 7 8 9 10 11 12.\n")), 1,
            "this article gives no questions");
    }

    @Test
    void pathologicalTextsAreAnalysedAndGiveNoQuestionsFromUnreasonableSentences() throws IOException {
        String[] words = "Haus Baum laufen schnell der die das Regierung sagte Berlin heute gut".split(" ");
        StringBuilder oneSentence = new StringBuilder();
        StringBuilder oneWordLines = new StringBuilder();
        for (int i = 0; i < 100_000; i++) {
            if (i < 5000) {
                oneSentence.append(words[i % words.length]).append(' ');
            }
            oneWordLines.append(words[(i * 7) % words.length]).append('\n');
        }
        Path longSentence = Files.writeString(dir.resolve("long.txt"), oneSentence + "\n");
        Path manyLines = Files.writeString(dir.resolve("lines.txt"), oneWordLines);

        assertOneLine(generate(longSentence), 1, "this article gives no questions");
        assertOneLine(generate(manyLines), 1, "this article gives no questions");
    }

    @Test
    void aQuizFileThatIsTooDeepOrOutOfRangeIsRefusedInOneLine() throws IOException {
        Path deep = Files.writeString(dir.resolve("deep.json"), "[".repeat(100_000) + "]".repeat(100_000));
        Path number = Files.writeString(dir.resolve("number.json"), "{\"schema\": 1" + "0".repeat(5000) + "}");

        assertOneLine(run("play --quiz " + deep, ""), 1, "invalid quiz file " + deep + ": not valid JSON");
        assertOneLine(run("play --quiz " + number, ""), 1, "invalid quiz file " + number);
    }

    @Test
    void aQuizWhoseOffsetsLieOutsideItsArticleIsRefused() throws IOException {
        Path article = Files.writeString(dir.resolve("kurz.txt"), GERMAN);
        Path quiz = dir.resolve("q.json");
        run("generate --article " + article + " --seed 1 --count 1 --types cloze --out " + quiz, "");
        Files.writeString(quiz, Files.readString(quiz).replaceFirst("\"end\" : \\d+", "\"end\" : 99999")
            .replaceFirst("\"start\" : \\d+,\\s*\"end\" : (\\d+)\\s*}\\s*}", "$0"));

        CommandRun run = run("play --quiz " + quiz, ":quit\n");

        assertOneLine(run, 1, "invalid quiz file " + quiz + ": question ");
        assertThat(run.err()).contains("beyond the article's");
    }

    @Test
    void anyAnswerLineIsHandledAndTheSessionGoesOn() {
        String huge = "ä".repeat(1_000_000);
        String input = huge + "\n\n\u001b[2J\u0007\n😀🇩🇪\n\u202Eשלום\n:quit\n";

        CommandRun run = run("play --seed 3 --count 4 --types cloze", input);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("[1/4]", "[2/4]", "[3/4]", "[4/4]").contains("(type an answer, or :skip to skip)")
            .contains("␛[2J␇").contains("😀🇩🇪").contains("<U+202E>שלום").contains("Score: 0 points · 0/4 correct");
        assertThat(run.out().length()).isLessThan(50_000);
    }
}
