package org.textquiz.core.question;

import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.textquiz.core.article.Article;

/** The learner types the missing word. */
public final class ClozeGenerator implements QuestionGenerator {

    @Override
    public QuestionType type() {
        return QuestionType.CLOZE;
    }

    @Override
    public Optional<Question> generate(Gap gap, Article article, Random random) {
        List<String> answers = AcceptedAnswers.of(gap.token().text());
        String id = QuestionIds.of(article.sha256(), type(), gap.sentence().span(), gap.token().span(),
            answers.get(0));
        return Optional.of(new ClozeQuestion(id, gap.prompt(), answers, Hints.of(gap.token()),
            gap.sentence().span(), gap.token().span(), gap.token().upos().name()));
    }
}
