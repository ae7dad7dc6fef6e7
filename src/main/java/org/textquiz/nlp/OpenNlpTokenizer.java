package org.textquiz.nlp;

import java.util.Arrays;
import java.util.List;

import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import org.textquiz.core.analysis.Tokenizer;
import org.textquiz.core.article.Span;

public final class OpenNlpTokenizer implements Tokenizer {

    private final ThreadSafeTokenizerME tokenizer = new ThreadSafeTokenizerME(GermanModels.wholeWordTokens());

    @Override
    public List<Span> tokenize(String sentence) {
        return QuotationMarks.splitOff(sentence, Arrays.stream(tokenizer.tokenizePos(sentence))
            .map(s -> new Span(s.getStart(), s.getEnd()))
            .toList());
    }
}
