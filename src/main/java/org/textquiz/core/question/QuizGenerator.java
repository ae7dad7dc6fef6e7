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
import org.textquiz.core.TextquizException;
import org.textquiz.core.article.Sentence;
import org.textquiz.core.article.Span;
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
    private static final String VARIANT_NAMES = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final long VARIANT_STRIDE = 1_000_003L;

    private final GapFinder gapFinder;
    private final Map<QuestionType, QuestionGenerator> generators;

    public QuizGenerator(GapFinder gapFinder, List<QuestionGenerator> generators) {
        this.gapFinder = gapFinder;
        this.generators = generators.stream().collect(Collectors.toMap(QuestionGenerator::type, Function.identity()));
    }

    public Quiz generate(Article article, QuizRequest request) {
        Random random = new Random(request.seed());
        List<Sentence> sentences = shuffled(article.sentences().toList(), random);
        List<QuestionType> types = shuffled(request.types(), random);
        return build(article, request, sentences, types, false, Set.of(), random);
    }

    /**
     * Versions of one quiz for a class: each with other gaps where the article allows, another order of
     * questions and of choices, and the same number and mix of question types. Named A, B, C… .
     */
    public List<Quiz> variants(Article article, QuizRequest request, int count) {
        if (count < 1 || count > VARIANT_NAMES.length()) {
            throw new TextquizException("--variants must be between 1 and " + VARIANT_NAMES.length());
        }
        List<QuestionType> types = shuffled(request.types(), new Random(request.seed()));
        Set<Span> gapsUsed = new HashSet<>();
        List<Quiz> variants = new ArrayList<>();
        for (int v = 0; v < count; v++) {
            Random random = new Random(request.seed() * VARIANT_STRIDE + v + 1);
            List<Sentence> sentences = shuffled(article.sentences().toList(), random);
            Quiz quiz = build(article, request, sentences, types, true, gapsUsed, random);
            quiz.questions().forEach(q -> gapsUsed.add(gapOf(q)));
            variants.add(quiz);
        }
        int size = variants.stream().mapToInt(q -> q.questions().size()).min().orElse(0);
        List<Quiz> named = new ArrayList<>();
        for (int v = 0; v < count; v++) {
            Quiz quiz = variants.get(v);
            named.add(quiz.withVariant(String.valueOf(VARIANT_NAMES.charAt(v)), quiz.questions().subList(0, size)));
        }
        return named;
    }

    /**
     * @param strict every question must be of the type its place in the round of types gives it
     *               (variants keep the same mix); otherwise another type stands in when one cannot be made
     * @param avoid gaps to leave out while the sentence offers others
     */
    private Quiz build(Article article, QuizRequest request, List<Sentence> sentences, List<QuestionType> types,
                       boolean strict, Set<Span> avoid, Random random) {
        List<Question> questions = new ArrayList<>();
        Set<String> answersUsed = new HashSet<>();
        for (Sentence sentence : sentences) {
            if (questions.size() == request.count()) {
                break;
            }
            List<Gap> gaps = gapFinder.gaps(sentence).stream()
                .filter(g -> !answersUsed.contains(g.token().text().toLowerCase(Locale.GERMAN)))
                .toList();
            List<Gap> fresh = gaps.stream().filter(g -> !avoid.contains(g.token().span())).toList();
            if (!fresh.isEmpty()) {
                gaps = fresh;
            }
            if (gaps.isEmpty()) {
                continue;
            }
            Gap gap = draw(gaps, random);
            QuestionType preferred = types.get(questions.size() % types.size());
            question(gap, article, preferred, strict ? List.of(preferred) : types, random).ifPresent(question -> {
                questions.add(question);
                answersUsed.add(gap.token().text().toLowerCase(Locale.GERMAN));
            });
        }
        ArticleRef ref = new ArticleRef(article.title(), article.source(), article.sha256(), article.encoding());
        return new Quiz(Quiz.SCHEMA, ref, "de", request.seed(), questions);
    }

    private static <T> List<T> shuffled(List<T> items, Random random) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, random);
        return copy;
    }

    private static Span gapOf(Question question) {
        if (question instanceof ClozeQuestion cloze) {
            return cloze.gap();
        }
        return ((ChoiceQuestion) question).gap();
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
