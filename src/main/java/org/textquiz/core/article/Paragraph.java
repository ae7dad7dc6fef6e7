package org.textquiz.core.article;

import java.util.List;
import java.util.Objects;

/** One line of the article: a headline or a run of sentences. */
public record Paragraph(Span span, List<Sentence> sentences) {

    public Paragraph {
        Objects.requireNonNull(span, "span");
        sentences = List.copyOf(sentences);
    }

    public boolean isHeadline() {
        return sentences.size() == 1 && sentences.get(0).headline();
    }
}
