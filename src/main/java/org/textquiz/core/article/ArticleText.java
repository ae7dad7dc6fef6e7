package org.textquiz.core.article;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * The raw text of an article before analysis.
 *
 * @param source the path or name it was read from
 * @param sha256 hex digest of the original bytes
 * @param encoding the character encoding the bytes were read in, such as UTF-8 or windows-1252
 */
public record ArticleText(String title, String source, String sha256, String text, String encoding) {

    public static final String UTF_8 = "UTF-8";

    public ArticleText {
        Objects.requireNonNull(encoding, "encoding");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(text, "text");
    }

    /** Builds an article from a plain string, hashing its UTF-8 bytes; handy for tests and pasted text. */
    public static ArticleText of(String source, String text) {
        return new ArticleText(Titles.firstLine(text, source), source,
            sha256(text.getBytes(StandardCharsets.UTF_8)), text, UTF_8);
    }

    /** An article read from a file: its title is its first line. */
    public static ArticleText of(String source, String sha256, String text, String encoding) {
        return new ArticleText(Titles.firstLine(text, source), source, sha256, text, encoding);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException("every Java platform has SHA-256", impossible);
        }
    }
}
