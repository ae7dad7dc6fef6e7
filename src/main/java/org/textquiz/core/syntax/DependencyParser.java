package org.textquiz.core.syntax;

import java.util.List;

import org.textquiz.core.article.Sentence;

/** Finds the syntactic structure of a sentence: for every word, the word it depends on and how. */
public interface DependencyParser {

    Parse parse(Sentence sentence);

    /**
     * Tells the parser which sentences {@link #parse} will be asked for next, so that one that remembers its parses
     * can make them at once, on every core it may use; one that does not remember ignores it.
     */
    default void parseAhead(List<Sentence> sentences) {
    }
}
