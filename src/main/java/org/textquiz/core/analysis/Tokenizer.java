package org.textquiz.core.analysis;

import java.util.List;

import org.textquiz.core.article.Span;

/** Splits one sentence into words and punctuation marks. */
public interface Tokenizer {

    /** Spans relative to {@code sentence}, in order, not overlapping, never empty. */
    List<Span> tokenize(String sentence);
}
