package org.textquiz.core.question;

import java.util.List;
import java.util.Random;

import org.textquiz.core.article.Article;

/**
 * Makes questions about what an article says, rather than about one word of it: every candidate that
 * passes its quality checks, best first; {@code random} only breaks ties and orders choices.
 */
public interface ComprehensionGenerator {

    QuestionType type();

    List<Question> questions(Article article, Random random);
}
