package org.textquiz.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import opennlp.tools.tokenize.ThreadSafeTokenizerME;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import org.textquiz.core.analysis.Tokenizer;
import org.textquiz.core.article.Span;

/**
 * OpenNLP's German tokenizer. It splits a text at white space and asks its model about each position inside each
 * piece, from that piece alone ({@code TokenizerME.tokenizePos}), so the same piece is always split the same way:
 * each is asked about once and remembered ("Berlin.", "sagte:", "„Wir"), which spares the model's evaluations, a
 * quarter of the time a text's analysis took. Quotation marks ({@link QuotationMarks}) and the full stop after an
 * acronym that ends the sentence ({@link AcronymsAtTheEnd}) are then split off.
 */
public final class OpenNlpTokenizer implements Tokenizer {

    /** Enough for the distinct pieces of a long book; past it the memory starts again. */
    private static final int REMEMBERED = 200_000;

    private final ThreadSafeTokenizerME tokenizer = new ThreadSafeTokenizerME(GermanModels.wholeWordTokens());
    /** Each piece's tokens, as their starts and ends within it, one after the other. */
    private final Map<String, int[]> pieces = new ConcurrentHashMap<>();

    @Override
    public List<Span> tokenize(String sentence) {
        List<Span> tokens = new ArrayList<>();
        for (opennlp.tools.util.Span piece : WhitespaceTokenizer.INSTANCE.tokenizePos(sentence)) {
            int start = piece.getStart();
            int[] bounds = bounds(sentence.substring(start, piece.getEnd()));
            for (int i = 0; i < bounds.length; i += 2) {
                tokens.add(new Span(start + bounds[i], start + bounds[i + 1]));
            }
        }
        return AcronymsAtTheEnd.splitOff(sentence, QuotationMarks.splitOff(sentence, tokens));
    }

    private int[] bounds(String piece) {
        int[] known = pieces.get(piece);
        if (known != null) {
            return known;
        }
        opennlp.tools.util.Span[] spans = tokenizer.tokenizePos(piece);
        int[] bounds = new int[2 * spans.length];
        for (int i = 0; i < spans.length; i++) {
            bounds[2 * i] = spans[i].getStart();
            bounds[2 * i + 1] = spans[i].getEnd();
        }
        if (pieces.size() >= REMEMBERED) {
            pieces.clear();
        }
        pieces.put(piece, bounds);
        return bounds;
    }
}
