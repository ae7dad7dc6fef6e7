package org.textquiz.core.quiz;

import java.util.Objects;

/**
 * Which article a quiz was made from; {@code sha256} is the digest of the article file's bytes,
 * {@code encoding} the character encoding they were read in (empty when not recorded).
 */
public record ArticleRef(String title, String source, String sha256, String encoding) {

    public ArticleRef {
        encoding = encoding == null ? "" : encoding;
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sha256, "sha256");
    }

    public ArticleRef(String title, String source, String sha256) {
        this(title, source, sha256, "");
    }
}
