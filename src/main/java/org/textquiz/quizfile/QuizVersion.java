package org.textquiz.quizfile;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.textquiz.core.quiz.Quiz;

/** Names a saved quiz and the exact version of it, so result files can be matched to it. */
public final class QuizVersion {

    private static final int ID_HASH_CHARS = 12;

    private final QuizJson json;

    public QuizVersion(QuizJson json) {
        this.json = json;
    }

    /** The article's hash, the seed and the variant: the same for every regeneration with the same settings. */
    public static String id(Quiz quiz) {
        String article = quiz.article().sha256();
        return article.substring(0, Math.min(ID_HASH_CHARS, article.length())) + "-" + quiz.seed() + quiz.variant();
    }

    /** The SHA-256 of the quiz's canonical JSON, which changes with any question. */
    public String sha256(Quiz quiz) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(json.write(quiz).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
