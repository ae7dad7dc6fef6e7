package org.textquiz.nlp.de;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

class VocabularyTest {

    private static final List<String> NAMES = List.of("-UNKNOWN-", "Straße", "Øresund", "Bündnis", "Haus", "",
        "日本", "😀", "nul\u0000l", "Haus", "Aa", "BB");

    @Test
    void numbersEveryNameAsWrittenAndKnowsNoOther() throws IOException {
        Vocabulary vocabulary = Vocabulary.read(written(NAMES), NAMES.size());

        assertThat(vocabulary.size()).isEqualTo(NAMES.size());
        for (int id = 0; id < NAMES.size(); id++) {
            assertThat(vocabulary.name(id)).isEqualTo(NAMES.get(id));
            if (!NAMES.get(id).equals("Haus")) {
                assertThat(vocabulary.id(NAMES.get(id))).as(NAMES.get(id)).isEqualTo(id);
            }
        }
        assertThat(vocabulary.id("Strasse")).isEqualTo(-1);
        assertThat(vocabulary.id("haus")).isEqualTo(-1);
        assertThat(vocabulary.id("Hau")).isEqualTo(-1);
    }

    /** "Aa" and "BB" have the same hash code; "Haus" is given twice and, as in CoreNLP's maps, the later counts. */
    @Test
    void tellsApartNamesOfTheSameHashAndTakesTheLaterOfTwoEqualNames() throws IOException {
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());

        Vocabulary vocabulary = Vocabulary.read(written(NAMES), NAMES.size());

        assertThat(vocabulary.id("Aa")).isEqualTo(10);
        assertThat(vocabulary.id("BB")).isEqualTo(11);
        assertThat(vocabulary.id("Haus")).isEqualTo(9);
    }

    private static DataInputStream written(List<String> names) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        for (String name : names) {
            out.writeUTF(name);
        }
        return new DataInputStream(new ByteArrayInputStream(bytes.toByteArray()));
    }
}
