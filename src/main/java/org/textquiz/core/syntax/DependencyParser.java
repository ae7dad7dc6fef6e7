package org.textquiz.core.syntax;

import org.textquiz.core.article.Sentence;

/** Finds the syntactic structure of a sentence: for every word, the word it depends on and how. */
public interface DependencyParser {

    Parse parse(Sentence sentence);
}
