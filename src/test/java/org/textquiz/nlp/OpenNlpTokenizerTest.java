package org.textquiz.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;

import opennlp.tools.tokenize.TokenizerME;
import org.junit.jupiter.api.Test;
import org.textquiz.GermanAnalysis;
import org.textquiz.core.article.Span;

class OpenNlpTokenizerTest {

    /** Every piece is split as OpenNLP splits it, the first time and when it is remembered. */
    @Test
    void remembersEachPieceAndSplitsItAsOpenNlpDoes() throws IOException {
        List<String> lines = Files.readAllLines(GermanAnalysis.BUNDLED).stream().filter(l -> !l.isBlank()).toList();
        assertThat(lines).hasSizeGreaterThan(10);
        TokenizerME plain = new TokenizerME(GermanModels.wholeWordTokens());
        OpenNlpTokenizer ours = new OpenNlpTokenizer();
        for (int round = 0; round < 2; round++) {
            for (String line : lines) {
                List<Span> expected = AcronymsAtTheEnd.splitOff(line, QuotationMarks.splitOff(line,
                    Arrays.stream(plain.tokenizePos(line)).map(s -> new Span(s.getStart(), s.getEnd())).toList()));
                assertThat(ours.tokenize(line)).as(line).isEqualTo(expected);
            }
        }
        String odd = "  „Berlin.“ sagte:\tz.B. 1.000,50 Euro…  (dpa)\u00a0Nato-Chef ";
        assertThat(ours.tokenize(odd).stream().map(s -> s.cut(odd)).toList())
            .isEqualTo(QuotationMarks.splitOff(odd, Arrays.stream(plain.tokenizePos(odd))
                .map(s -> new Span(s.getStart(), s.getEnd())).toList()).stream().map(s -> s.cut(odd)).toList());
    }

    /** "bei der FES.": an acronym takes no full stop, so the one after it ends the sentence; "Dr." keeps its own. */
    @Test
    void anAcronymThatEndsTheSentenceGivesItsFullStopBack() {
        OpenNlpTokenizer tokenizer = new OpenNlpTokenizer();
        for (String sentence : List.of("Er arbeitet seit Jahren bei der FES.", "Er wechselte zur AfD.",
            "Er wechselte zur AfD.“")) {
            List<String> tokens = tokenizer.tokenize(sentence).stream().map(s -> s.cut(sentence)).toList();
            assertThat(tokens).as(sentence).contains(".").noneMatch(t -> t.length() > 1 && t.endsWith("."));
        }
        String title = "Das sagte ihr Arzt, Dr. Müller.";
        assertThat(tokenizer.tokenize(title).stream().map(s -> s.cut(title)).toList()).contains("Dr.", "Müller", ".");
    }
}
