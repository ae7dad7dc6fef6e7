package org.textquiz.core.question;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.textquiz.core.article.Article;
import org.textquiz.core.article.Sentence;
import org.textquiz.core.quiz.ArticleRef;
import org.textquiz.core.quiz.Quiz;

/**
 * Builds a quiz from an analysed article: at most one question per sentence and no answer twice,
 * sentences and question kinds drawn in an order fixed by the seed, so the same seed and article give
 * the same quiz.
 */
public final class QuizGenerator {

    /** How far below the best gap of a sentence another gap may score and still be drawn. */
    private static final double GAP_SPREAD = 1.0;

    private final GapFinder gapFinder;
    private final Map<QuestionType, QuestionGenerator> generators;

    public QuizGenerator(GapFinder gapFinder, List<QuestionGenerator> generators) {
        this.gapFinder = gapFinder;
        this.generators = generators.stream().collect(Collectors.toMap(QuestionGenerator::type, Function.identity()));
    }

    public Quiz generate(Article article, QuizRequest request) {
        Random random = new Random(request.seed());
        List<Sentence> sentences = new ArrayList<>(article.sentences().toList());
        Collections.shuffle(sentences, random);
        List<QuestionType> types = new ArrayList<>(request.types());
        Collections.shuffle(types, random);

        List<Question> questions = new ArrayList<>();
        Set<String> answersUsed = new HashSet<>();
        for (Sentence sentence : sentences) {
            if (questions.size() == request.count()) {
                break;
            }
            List<Gap> gaps = gapFinder.gaps(sentence).stream()
                .filter(g -> !answersUsed.contains(g.token().text().toLowerCase(Locale.GERMAN)))
                .toList();
            if (gaps.isEmpty()) {
                continue;
            }
            Gap gap = draw(gaps, random);
            QuestionType preferred = types.get(questions.size() % types.size());
            question(gap, article, preferred, types, random).ifPresent(question -> {
                questions.add(question);
                answersUsed.add(gap.token().text().toLowerCase(Locale.GERMAN));
            });
        }
        ArticleRef ref = new ArticleRef(article.title(), article.source(), article.sha256());
        return new Quiz(Quiz.SCHEMA, ref, "de", request.seed(), questions);
    }

    private static Gap draw(List<Gap> gaps, Random random) {
        double best = gaps.get(0).score();
        List<Gap> good = gaps.stream().filter(g -> g.score() >= best - GAP_SPREAD).toList();
        return good.get(random.nextInt(good.size()));
    }

    private Optional<Question> question(Gap gap, Article article, QuestionType preferred, List<QuestionType> types,
                                        Random random) {
        List<QuestionType> order = new ArrayList<>(types);
        order.remove(preferred);
        order.add(0, preferred);
        for (QuestionType type : order) {
            QuestionGenerator generator = generators.get(type);
            if (generator == null) {
                throw new UnknownQuestionTypeException(type.id());
            }
            Optional<Question> question = generator.generate(gap, article, random);
            if (question.isPresent()) {
                return question;
            }
        }
        return Optional.empty();
    }
}
