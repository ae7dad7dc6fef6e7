package org.textquiz.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.Test;
import org.textquiz.CorpusSweep;
import org.textquiz.GermanAnalysis;
import org.textquiz.core.article.Span;

/**
 * textquiz keeps runs of letters and digits whole without asking the tokenizer model about each of their
 * characters; on real German text that must give exactly the tokens of the model as published (with quotation marks
 * and the full stop after an acronym that ends the text split off in both).
 */
@CorpusSweep
class WholeWordTokenizerTest {

    @Test
    void givesTheSameTokensAsThePublishedModelOnTheCorpusAndTheTreebank() throws IOException {
        List<String> lines = new ArrayList<>();
        for (Path article : GermanAnalysis.corpus()) {
            lines.addAll(Files.readAllLines(article));
        }
        for (String line : Files.readAllLines(GermanAnalysis.CORPUS.resolveSibling("de_gsd-ud-dev.conllu"))) {
            if (line.startsWith("# text = ")) {
                lines.add(line.substring("# text = ".length()));
            }
        }
        TokenizerME published = new TokenizerME(GermanModels.tokens());
        OpenNlpTokenizer ours = new OpenNlpTokenizer();
        long tokens = 0;
        for (String line : lines) {
            List<String> expected = AcronymsAtTheEnd.splitOff(line, QuotationMarks.splitOff(line,
                Arrays.stream(published.tokenizePos(line)).map(s -> new Span(s.getStart(), s.getEnd())).toList()))
                .stream().map(s -> s.cut(line)).toList();
            List<String> actual = ours.tokenize(line).stream().map(s -> s.cut(line)).toList();
            assertThat(actual).as(line).isEqualTo(expected);
            tokens += expected.size();
        }
        assertThat(tokens).isGreaterThan(25_000);
    }
}
