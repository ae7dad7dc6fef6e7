package org.textquiz.nlp.de;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;

import edu.stanford.nlp.ling.TaggedWord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.textquiz.GermanAnalysis;
import org.textquiz.core.article.Sentence;
import org.textquiz.core.article.Token;
import org.textquiz.nlp.TreebankQuotes;

class TransitionNetworkTest {

    private static TransitionNetwork network;
    private static CoreNlpEngine coreNlp;

    @BeforeAll
    static void load() throws IOException {
        try (InputStream in = TransitionNetworkTest.class.getClassLoader().getResourceAsStream(ParserWeights.RESOURCE)) {
            network = TransitionNetwork.read(in);
        }
        coreNlp = CoreNlpEngine.over(CoreNlpEngine.weights());
    }

    /** Every sentence of the bundled article, and the same words with every tag a word can have: CoreNLP's parse. */
    @Test
    void parsesAsCoreNlpDoes() {
        List<Sentence> sentences = GermanAnalysis.bundled().sentences().toList();
        assertThat(sentences).hasSizeGreaterThan(20);
        List<String> tags = List.of("NOUN", "VERB", "ADP", "DET", "PUNCT", "PROPN", "ADJ", "AUX", "X");
        int compared = 0;
        for (Sentence sentence : sentences) {
            List<String> forms = TreebankQuotes.of(sentence.tokens().stream().map(Token::text).toList());
            List<String> ownTags = sentence.tokens().stream().map(token -> token.upos().name()).toList();
            assertSameParse(forms, ownTags, sentence.text());
            List<String> shifted = new ArrayList<>();
            for (int i = 0; i < forms.size(); i++) {
                shifted.add(tags.get((i + forms.size()) % tags.size()));
            }
            assertSameParse(forms, shifted, "tags shifted: " + sentence.text());
            compared += 2;
        }
        assertThat(compared).isGreaterThan(40);
    }

    @Test
    void parsesUnknownWordsOneWordAndUnknownTagsAsCoreNlpDoes() {
        assertSameParse(List.of("Xyzzyplotz", "frobnizierte", "Quuxe", "."), List.of("PROPN", "VERB", "NOUN",
            "PUNCT"), "unknown words");
        assertSameParse(List.of("Ja"), List.of("INTJ"), "one word");
        assertSameParse(List.of("Merz", "sagte", "nichts"), List.of("NOTATAG", "VERB", "PRON"), "a tag not known");
    }

    @Test
    void aLongSentenceParsesAsCoreNlpDoes() {
        List<String> forms = new ArrayList<>();
        List<String> tags = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            forms.addAll(List.of("der", "Kanzler", "sagte", ",", "dass", "die", "NATO", "stark", "sei"));
            tags.addAll(List.of("DET", "NOUN", "VERB", "PUNCT", "SCONJ", "DET", "PROPN", "ADJ", "AUX"));
        }
        assertSameParse(forms, tags, "108 words");
    }

    @Test
    void refusesWeightsOfAnotherLayout() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(ParserWeights.RESOURCE);
             DataInputStream data = new DataInputStream(in);
             DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(data.readNBytes("textquiz nndep weights 1\n".length()));
            int[] sizes = new int[5];
            for (int i = 0; i < sizes.length; i++) {
                sizes[i] = data.readInt();
                out.writeInt(sizes[i]);
            }
            int embeddingSize = sizes[3];
            out.writeInt(data.readInt() + embeddingSize);
        }

        assertThatThrownBy(() -> TransitionNetwork.read(new ByteArrayInputStream(bytes.toByteArray())))
            .isInstanceOf(IOException.class)
            .hasMessageContaining("49 inputs, not 48");
        assertThatThrownBy(() -> TransitionNetwork.read(new ByteArrayInputStream("no weights".getBytes())))
            .isInstanceOf(IOException.class)
            .hasMessageContaining("not a textquiz parser weights file");
    }

    private static void assertSameParse(List<String> forms, List<String> tags, String what) {
        List<TaggedWord> words = new ArrayList<>();
        for (int i = 0; i < forms.size(); i++) {
            words.add(new TaggedWord(forms.get(i), tags.get(i)));
        }
        CoreNlpEngine.Parsed expected = coreNlp.predict(words);

        TransitionNetwork.CoreNlpParse ours = network.parse(forms, tags);

        assertThat(ours.heads()).as(what).containsExactly(expected.heads());
        assertThat(ours.relations()).as(what).containsExactly(expected.relations());
    }
}
