package org.textquiz.core.article;

import java.util.List;
import java.util.Objects;

/** A sentence, or a headline line, with its tokens in text order. */
public record Sentence(Span span, String text, List<Token> tokens, boolean headline) {

    public Sentence {
        Objects.requireNonNull(span, "span");
        Objects.requireNonNull(text, "text");
        tokens = List.copyOf(tokens);
        if (text.length() != span.length()) {
            throw new IllegalArgumentException("sentence text does not fit its span " + span);
        }
        for (Token token : tokens) {
            if (!span.contains(token.span())) {
                throw new IllegalArgumentException("token " + token.span() + " lies outside sentence " + span);
            }
        }
    }

    public long wordCount() {
        return tokens.stream().filter(Token::isWord).count();
    }
}
