package org.textquiz.core.analysis;

import java.util.Set;

import org.textquiz.core.article.Upos;

/** What a dictionary knows about a single word form, independent of its context. */
public interface Lexicon {

    /** The word classes the form can belong to; empty when the dictionary does not know it. */
    Set<Upos> wordClasses(String form);

    /**
     * The grammatical readings of the form (case, number, gender, person, tense…) as the dictionary
     * writes them; two forms that share a reading fit the same slot of a sentence. Empty when unknown.
     */
    Set<String> grammaticalReadings(String form);
}
