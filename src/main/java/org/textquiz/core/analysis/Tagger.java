package org.textquiz.core.analysis;

import java.util.List;

import org.textquiz.core.article.Upos;

/** Assigns a part-of-speech tag, with its probability, to each token of a sentence. */
public interface Tagger {

    List<Tag> tag(List<String> tokens);

    record Tag(Upos upos, double probability) {
    }
}
