package org.textquiz.core.analysis;

import java.util.List;

import org.textquiz.core.article.Upos;

/** Finds the base form of each token of a tagged sentence. */
public interface Lemmatizer {

    List<Lemma> lemmatize(List<String> tokens, List<Upos> tags);

    /** @param known whether a dictionary confirmed this word form */
    record Lemma(String form, boolean known) {
    }
}
