package org.textquiz.core.analysis;

import java.util.List;

import org.textquiz.core.article.Span;

/** Finds sentences in one line of text. */
public interface SentenceSplitter {

    /** Spans relative to {@code line}, in order, not overlapping. */
    List<Span> split(String line);
}
