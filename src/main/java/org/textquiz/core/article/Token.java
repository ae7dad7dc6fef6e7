package org.textquiz.core.article;

import java.util.Objects;

/**
 * A word or punctuation mark, with its exact place in the article text.
 *
 * @param probability the tagger's confidence in {@code upos}, between 0 and 1
 * @param known whether the morphology dictionary knows the word form
 */
public record Token(Span span, String text, Upos upos, double probability, String lemma, boolean known) {

    public Token {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(upos, "upos");
        Objects.requireNonNull(lemma, "lemma");
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("token text '" + text + "' does not fit its span " + span);
        }
        if (probability < 0 || probability > 1) {
            throw new IllegalArgumentException("probability out of range: " + probability);
        }
    }

    public boolean isWord() {
        return text.codePoints().anyMatch(Character::isLetterOrDigit);
    }
}
