package org.textquiz.core.article;

import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * An analysed article: its exact text and the structure found in it.
 *
 * @param source where the text came from (a path), shown to the learner and stored in quizzes
 * @param sha256 hex digest of the article file's bytes
 * @param encoding the character encoding the file was read in
 */
public record Article(String title, String source, String sha256, String text, String encoding,
                      List<Paragraph> paragraphs) {

    public Article {
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(text, "text");
        paragraphs = List.copyOf(paragraphs);
        for (Paragraph paragraph : paragraphs) {
            if (paragraph.span().end() > text.length()) {
                throw new IllegalArgumentException("paragraph " + paragraph.span() + " lies outside the text");
            }
        }
    }

    public Stream<Sentence> sentences() {
        return paragraphs.stream().flatMap(p -> p.sentences().stream());
    }

    public Stream<Token> tokens() {
        return sentences().flatMap(s -> s.tokens().stream());
    }
}
