package org.textquiz.core.quiz;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.textquiz.core.question.Question;

/** A list of questions about one article, made with one seed. */
public record Quiz(int schema, ArticleRef article, String language, long seed, List<Question> questions) {

    public static final int SCHEMA = 1;

    public Quiz {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(language, "language");
        questions = List.copyOf(questions);
        if (schema != SCHEMA) {
            throw new IllegalArgumentException("unsupported quiz schema " + schema + "; this textquiz reads schema "
                + SCHEMA);
        }
        Set<String> ids = new HashSet<>();
        for (Question question : questions) {
            if (!ids.add(question.id())) {
                throw new IllegalArgumentException("question id " + question.id() + " appears twice");
            }
        }
    }
}
