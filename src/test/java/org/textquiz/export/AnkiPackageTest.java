package org.textquiz.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.textquiz.GermanAnalysis;
import org.textquiz.core.question.QuestionType;
import org.textquiz.core.question.QuizRequest;
import org.textquiz.core.quiz.Quiz;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The .apkg read back as Anki reads it: a zip with a schema 11 collection, textquiz's own cloze note type. */
class AnkiPackageTest {

    private final Quiz quiz = GermanAnalysis.QUIZZES.generate(GermanAnalysis.bundled(),
        new QuizRequest(12, List.of(QuestionType.values()), 4));

    @Test
    void thePackageHoldsACollectionWithItsOwnNoteTypeOneNoteAndCardPerQuestionADeckAndTags(@TempDir Path dir)
        throws IOException, SQLException {
        byte[] apkg = new AnkiPackageExporter().bytes(quiz, Optional.of("Eine Überschrift\nErster Absatz. Ja.\n"));
        List<String> entries = new ArrayList<>();
        Path collection = dir.resolve("collection.anki2");
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(apkg))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.add(entry.getName());
                if (entry.getName().equals("collection.anki2")) {
                    Files.write(collection, zip.readAllBytes());
                } else {
                    assertThat(new String(zip.readAllBytes())).isEqualTo("{}");
                }
            }
        }
        assertThat(entries).containsExactly("collection.anki2", "media");

        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + collection);
             Statement sql = db.createStatement()) {
            ResultSet col = sql.executeQuery("SELECT ver, models, decks FROM col");
            assertThat(col.next()).isTrue();
            assertThat(col.getInt(1)).isEqualTo(11);
            JsonNode models = JsonMapper.builder().build().readTree(col.getString(2));
            JsonNode model = models.get(String.valueOf(AnkiPackageExporter.NOTE_TYPE_ID));
            assertThat(model.get("name").asString()).isEqualTo("textquiz Lückentext");
            assertThat(model.get("type").asInt()).as("a cloze note type").isEqualTo(1);
            assertThat(model.get("flds").findValuesAsString("name")).containsExactly("Text", "Back Extra");
            assertThat(model.get("tmpls").get(0).get("qfmt").asString()).isEqualTo("{{cloze:Text}}");
            JsonNode decks = JsonMapper.builder().build().readTree(col.getString(3));
            assertThat(decks.findValuesAsString("name")).contains("textquiz::Eine Überschrift");

            ResultSet notes = sql.executeQuery("SELECT flds, tags, mid FROM notes");
            int count = 0;
            while (notes.next()) {
                count++;
                String[] fields = notes.getString(1).split("\u001f");
                assertThat(fields).hasSize(2);
                assertThat(fields[0]).containsPattern("\\{\\{c1::[^{}]+?(::[^{}]+)?}}");
                assertThat(fields[1]).isNotBlank();
                assertThat(notes.getString(2)).contains("textquiz");
                assertThat(notes.getLong(3)).isEqualTo(AnkiPackageExporter.NOTE_TYPE_ID);
            }
            assertThat(count).isEqualTo(quiz.questions().size());
            ResultSet cards = sql.executeQuery("SELECT count(*), count(DISTINCT nid) FROM cards");
            cards.next();
            assertThat(cards.getInt(1)).isEqualTo(quiz.questions().size()).isEqualTo(cards.getInt(2));
        }
    }

    @Test
    void aFalseStatementShowsWhatTheArticleSaysAfterTheAnswer() {
        String text = new AnkiExporter().export(quiz);

        assertThat(quiz.questions()).anyMatch(q -> q instanceof org.textquiz.core.question.TrueFalseQuestion t && !t.isTrue());
        assertThat(text).contains("\tIm Text: ").contains("\ttextquiz truefalse").contains("#tags column:3");
    }
}
