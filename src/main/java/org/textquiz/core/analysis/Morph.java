package org.textquiz.core.analysis;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.textquiz.core.article.Upos;

/** One reading of a word form: its lemma, word class and grammatical features. */
public record Morph(String lemma, Upos upos, Set<Feature> features) {

    public Morph {
        Objects.requireNonNull(lemma, "lemma");
        Objects.requireNonNull(upos, "upos");
        features = features.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(features));
    }

    public boolean has(Feature feature) {
        return features.contains(feature);
    }

    public boolean hasAll(Set<Feature> wanted) {
        return features.containsAll(wanted);
    }
}
