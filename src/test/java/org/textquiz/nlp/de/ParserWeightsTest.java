package org.textquiz.nlp.de;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;

import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import org.junit.jupiter.api.Test;

class ParserWeightsTest {

    /** Where the build unpacks CoreNLP's text model before making the compact weights from it. */
    private static final Path TEXT_MODEL =
        Path.of("target/parser-model/edu/stanford/nlp/models/parser/nndep/UD_German.gz");

    private static final String TINY_MODEL = """
        dict=4
        pos=4
        label=2
        embeddingSize=2
        hiddenSize=3
        numTokens=1
        preComputed=0
        -UNKNOWN- 0.0012 -0.0000
        -NULL- 0.5 -0.9069
        -ROOT- 0.0 0.1
        Haus 0.25 -0.25
        -UNKNOWN- 0.1 0.2
        -NULL- 0.3 0.4
        -ROOT- 0.5 0.6
        NOUN -0.7 0.8
        -NULL- 0.01 0.02
        nsubj -0.03 0.04
        0.1 0.2 0.3
        -0.4 -0.5 -0.6
        0.0001 0.0002 -0.0003
        0.7 0.8 0.9
        0.11 0.12 0.13
        0.14 0.15 0.16
        """;

    @Test
    void readsCoreNlpsTextLayoutWithTheHiddenLayerStoredColumnByColumn() throws IOException {
        ParserWeights weights = ParserWeights.readCoreNlpText(text(TINY_MODEL));

        assertThat(weights.words()).containsExactly("-UNKNOWN-", "-NULL-", "-ROOT-", "Haus");
        assertThat(weights.tags()).containsExactly("-UNKNOWN-", "-NULL-", "-ROOT-", "NOUN");
        assertThat(weights.labels()).containsExactly("-NULL-", "nsubj");
        assertThat(weights.embeddings()[3]).containsExactly(0.25f, -0.25f);
        assertThat(weights.hidden()[0]).containsExactly(0.1f, -0.4f);
        assertThat(weights.hidden()[2]).containsExactly(0.3f, -0.6f);
        assertThat(weights.hiddenBias()).containsExactly(0.0001f, 0.0002f, -0.0003f);
        assertThat(weights.output()[0]).containsExactly(0.7f, 0.11f, 0.14f);
        assertThat(weights.output()[2]).containsExactly(0.9f, 0.13f, 0.16f);
    }

    @Test
    void theCompactFormReadsBackToExactlyTheParsedFloats() throws IOException {
        ParserWeights weights = ParserWeights.readCoreNlpText(text(TINY_MODEL));

        ParserWeights back = roundTrip(weights);

        assertThat(back.words()).isEqualTo(weights.words());
        assertThat(back.tags()).isEqualTo(weights.tags());
        assertThat(back.labels()).isEqualTo(weights.labels());
        assertThat(back.embeddings()).isDeepEqualTo(weights.embeddings());
        assertThat(back.hidden()).isDeepEqualTo(weights.hidden());
        assertThat(back.hiddenBias()).isEqualTo(weights.hiddenBias());
        assertThat(back.output()).isDeepEqualTo(weights.output());
    }

    @Test
    void refusesAWeightItCannotHoldExactly() throws IOException {
        ParserWeights weights = ParserWeights.readCoreNlpText(text(TINY_MODEL.replace("0.0012", "0.00125")));

        assertThatThrownBy(() -> weights.write(new ByteArrayOutputStream()))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining("0.00125");
    }

    @Test
    void refusesAFileThatIsNotOneOfItsOwn() {
        assertThatThrownBy(() -> ParserWeights.read(text(TINY_MODEL)))
            .isInstanceOf(IOException.class)
            .hasMessageContaining("not a textquiz parser weights file");
    }

    /** The German model as the application reads it and as CoreNLP reads its own text file: the same numbers. */
    @Test
    void theApplicationsWeightsAreTheOnesCoreNlpReadsFromItsModel() throws ReflectiveOperationException {
        assertThat(TEXT_MODEL).as("unpacked by the build").exists();
        Properties properties = new Properties();
        properties.setProperty("numPreComputed", "0");
        Classifier coreNlp = classifier(DependencyParser.loadFromModelFile(TEXT_MODEL.toString(), properties));
        ParserWeights ours = CoreNlpEngine.weights();

        assertThat(ours.embeddings()).isDeepEqualTo(coreNlp.getE());
        assertThat(ours.hidden()).isDeepEqualTo(coreNlp.getW1());
        assertThat(ours.hiddenBias()).isEqualTo(coreNlp.getb1());
        assertThat(ours.output()).isDeepEqualTo(coreNlp.getW2());
        DependencyParser fromWeights = CoreNlpEngine.over(ours).coreNlp();
        for (String word : List.of("Kanzlerin", "Berlin", "gesagt", "-UNKNOWN-", "unbekanntesWort")) {
            assertThat(fromWeights.getWordID(word)).as(word)
                .isEqualTo(DependencyParser.loadFromModelFile(TEXT_MODEL.toString(), properties).getWordID(word));
        }
    }

    @Test
    void theBuildMakesTheWeightsAgainWhenAnyInputIsNewer(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path model = Files.writeString(dir.resolve("model.txt"), TINY_MODEL);
        Path pom = Files.writeString(dir.resolve("pom.xml"), "<project/>");
        Path weights = dir.resolve("weights");
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.fromMillis(1_000_000L);
        java.nio.file.attribute.FileTime made = java.nio.file.attribute.FileTime.fromMillis(2_000_000L);
        Files.setLastModifiedTime(model, old);
        Files.setLastModifiedTime(pom, old);

        assertThat(ParserWeights.upToDate(weights, List.of(model, pom))).as("no weights yet").isFalse();
        ParserWeights.main(new String[] {model.toString(), weights.toString(), pom.toString()});
        Files.setLastModifiedTime(weights, made);
        assertThat(ParserWeights.upToDate(weights, List.of(model, pom))).isTrue();
        Files.setLastModifiedTime(pom, java.nio.file.attribute.FileTime.fromMillis(3_000_000L));
        assertThat(ParserWeights.upToDate(weights, List.of(model, pom))).as("a newer pom.xml").isFalse();
        try (java.io.InputStream in = Files.newInputStream(weights)) {
            assertThat(ParserWeights.read(in).words()).contains("Haus");
        }
    }

    private static Classifier classifier(DependencyParser parser) throws ReflectiveOperationException {
        Field field = DependencyParser.class.getDeclaredField("classifier");
        field.setAccessible(true);
        return (Classifier) field.get(parser);
    }

    private static ParserWeights roundTrip(ParserWeights weights) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        weights.write(out);
        return ParserWeights.read(new ByteArrayInputStream(out.toByteArray()));
    }

    private static ByteArrayInputStream text(String model) {
        return new ByteArrayInputStream(model.getBytes(StandardCharsets.UTF_8));
    }
}
