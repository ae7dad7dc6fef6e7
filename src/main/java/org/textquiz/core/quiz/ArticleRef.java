package org.textquiz.core.quiz;

import java.util.Objects;

/** Which article a quiz was made from; {@code sha256} is the digest of the article file's bytes. */
public record ArticleRef(String title, String source, String sha256) {

    public ArticleRef {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sha256, "sha256");
    }
}
