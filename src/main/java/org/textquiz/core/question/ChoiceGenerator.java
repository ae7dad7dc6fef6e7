package org.textquiz.core.question;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.textquiz.core.analysis.Lexicon;
import org.textquiz.core.analysis.WordFields;
import org.textquiz.core.article.Article;

/**
 * The learner picks the missing word among options; there is none when the article offers too few.
 * Its one hint rules out wrong options ({@link ChoiceHints}), as a first letter or base form would give the answer away.
 */
public final class ChoiceGenerator implements QuestionGenerator {

    public static final int OPTIONS = 4;

    private final Distractors distractors;

    public ChoiceGenerator(Lexicon lexicon, WordFields fields) {
        this.distractors = new Distractors(lexicon, fields);
    }

    @Override
    public QuestionType type() {
        return QuestionType.CHOICE;
    }

    @Override
    public Optional<Question> generate(Gap gap, Article article, Random random) {
        List<String> answers = AcceptedAnswers.of(gap.token().text());
        List<String> wrong = distractors.pick(gap, article, answers, OPTIONS - 1, random);
        if (wrong.size() < OPTIONS - 1) {
            return Optional.empty();
        }
        List<String> choices = new ArrayList<>(wrong);
        choices.add(answers.get(0));
        Collections.shuffle(choices, random);
        String id = QuestionIds.of(article.sha256(), type(), gap.sentence().span(), gap.token().span(),
            answers.get(0));
        List<String> hints = ChoiceHints.rulingOut(wrong, choices.size());
        return Optional.of(new ChoiceQuestion(id, gap.prompt(), answers, choices, hints,
            gap.sentence().span(), gap.token().span(), gap.token().upos().name()));
    }
}
