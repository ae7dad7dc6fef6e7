package org.textquiz.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each format's output for the special-characters quiz, compared with a golden file that was checked
 * by reading it. A changed output is written to target/export-actual/ for review; the golden file is
 * only replaced by hand after reading the difference.
 */
class ExportGoldenFilesTest {

    static Stream<TextExporter> exporters() {
        return Stream.of(new GiftExporter(), new MoodleXmlExporter(), new AnkiExporter(),
            new HtmlWorksheetExporter(), new MarkdownExporter());
    }

    @ParameterizedTest
    @MethodSource("exporters")
    void matchesTheReviewedGoldenFile(TextExporter exporter) throws IOException {
        String actual = exporter.export(SpecialCharactersQuiz.quiz());
        String name = "special" + exporter.extension();
        Path review = Path.of("target/export-actual", name);
        Files.createDirectories(review.getParent());
        Files.writeString(review, actual, StandardCharsets.UTF_8);

        try (InputStream golden = getClass().getResourceAsStream("/export/" + name)) {
            assertThat(golden).as("golden file src/test/resources/export/" + name + " (compare with " + review + ")")
                .isNotNull();
            assertThat(actual).isEqualTo(new String(golden.readAllBytes(), StandardCharsets.UTF_8));
        }
    }
}
