package org.textquiz.core.article;

/** Universal Dependencies part-of-speech tags. */
public enum Upos {
    ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X;

    /** Parses a tagger's label, mapping anything unknown to {@link #X}. */
    public static Upos of(String label) {
        try {
            return valueOf(label);
        } catch (IllegalArgumentException unknown) {
            return X;
        }
    }
}
