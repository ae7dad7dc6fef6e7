package org.textquiz.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.textquiz.CorpusSweep;
import org.textquiz.GermanAnalysis;
import org.textquiz.core.question.ChoiceQuestion;
import org.textquiz.core.question.Question;
import org.textquiz.core.question.QuestionType;
import org.textquiz.core.question.QuizRequest;

/**
 * Every corpus article saved as UTF-16 gives the same questions as the UTF-8 original, and so does every
 * article saved as Windows-1252 (45 of the 48: three name a person with a letter that Windows-1252 lacks).
 */
@CorpusSweep
class ReencodedCorpusTest {

    static List<Path> articles() throws IOException {
        return GermanAnalysis.corpus();
    }

    record Asked(String prompt, List<String> answers, List<String> choices, List<String> hints) {
    }

    private static List<Asked> questions(Path file) {
        var article = GermanAnalysis.ANALYZER.analyze(ArticleFiles.read(file, "article.txt"));
        return GermanAnalysis.QUIZZES.generate(article, new QuizRequest(1000,
                List.of(QuestionType.CLOZE, QuestionType.CHOICE), 42)).questions().stream()
            .map(ReencodedCorpusTest::asked).toList();
    }

    private static Asked asked(Question q) {
        return new Asked(q.prompt(), q.answers(), q instanceof ChoiceQuestion c ? c.choices() : List.of(), q.hints());
    }

    @ParameterizedTest
    @MethodSource("articles")
    void savedAsUtf16OrWindows1252TheArticleGivesTheSameQuestions(Path original, @TempDir Path dir) throws IOException {
        String text = Files.readString(original);
        List<Asked> expected = questions(original);

        Path utf16 = dir.resolve("utf16.txt");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        bytes.write(text.getBytes(StandardCharsets.UTF_16LE));
        Files.write(utf16, bytes.toByteArray());
        assertThat(questions(utf16)).isEqualTo(expected);

        Optional<byte[]> cp1252 = encodable(text, Charset.forName("windows-1252"));
        if (cp1252.isPresent()) {
            Path windows = Files.write(dir.resolve("cp1252.txt"), cp1252.get());
            assertThat(ArticleFiles.read(windows, "x").encoding()).isEqualTo("windows-1252");
            assertThat(questions(windows)).isEqualTo(expected);
        }
    }

    @org.junit.jupiter.api.Test
    void mostOfTheCorpusCanBeSavedAsWindows1252() throws IOException {
        long encodable = articles().stream().filter(p -> {
            try {
                return encodable(Files.readString(p), Charset.forName("windows-1252")).isPresent();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).count();
        assertThat(encodable).isEqualTo(45);
    }

    private static Optional<byte[]> encodable(String text, Charset charset) {
        CharsetEncoder encoder = charset.newEncoder();
        return encoder.canEncode(text) ? Optional.of(text.getBytes(charset)) : Optional.empty();
    }
}
