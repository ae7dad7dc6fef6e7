package org.textquiz.core.quiz;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.textquiz.core.question.Question;

/**
 * A list of questions about one article, made with one seed.
 *
 * @param variant the letter of one student's version when a class gets several ("A", "B", …), else empty
 */
public record Quiz(int schema, ArticleRef article, String language, long seed, String variant,
                   List<Question> questions) {

    public static final int SCHEMA = 1;

    public Quiz {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(variant, "variant");
        Objects.requireNonNull(language, "language");
        questions = List.copyOf(questions);
        if (schema != SCHEMA) {
            throw new IllegalArgumentException("unsupported quiz schema " + schema + "; this textquiz reads schema "
                + SCHEMA);
        }
        if (!variant.matches("[A-Z]*")) {
            throw new IllegalArgumentException("a variant is named by capital letters, not '" + variant + "'");
        }
        Set<String> ids = new HashSet<>();
        for (Question question : questions) {
            if (!ids.add(question.id())) {
                throw new IllegalArgumentException("question id " + question.id() + " appears twice");
            }
        }
    }

    public Quiz(int schema, ArticleRef article, String language, long seed, List<Question> questions) {
        this(schema, article, language, seed, "", questions);
    }

    public Quiz withVariant(String letter, List<Question> kept) {
        return new Quiz(schema, article, language, seed, letter, kept);
    }
}
