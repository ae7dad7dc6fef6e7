package org.textquiz.core.analysis;

import java.util.List;
import java.util.Set;
import org.textquiz.core.article.Upos;

/** A morphology dictionary: how a word form can be read, and which forms a lemma has. */
public interface Morphology {

    /** Every reading of the form as it appears in running text; empty when the dictionary does not know it. */
    List<Morph> readings(String form);

    /**
     * The forms of {@code lemma} in word class {@code upos} that carry all of {@code features}, most usual
     * spelling first; empty when the dictionary knows none.
     */
    List<String> forms(String lemma, Upos upos, Set<Feature> features);
}
