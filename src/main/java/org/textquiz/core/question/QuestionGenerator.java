package org.textquiz.core.question;

import java.util.Optional;
import java.util.Random;

import org.textquiz.core.article.Article;

/** Makes one kind of question from a gap, or none when the gap does not suit that kind. */
public interface QuestionGenerator {

    QuestionType type();

    Optional<Question> generate(Gap gap, Article article, Random random);
}
