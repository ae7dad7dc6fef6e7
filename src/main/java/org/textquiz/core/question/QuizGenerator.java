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
import org.textquiz.core.grammar.Exercise;
import org.textquiz.core.grammar.ExerciseFinder;
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
    private final Map<QuestionType, ComprehensionGenerator> comprehension;
    private final Map<Focus, ExerciseFinder> grammar;

    public QuizGenerator(GapFinder gapFinder, List<QuestionGenerator> generators) {
        this(gapFinder, generators, List.of(), List.of());
    }

    public QuizGenerator(GapFinder gapFinder, List<QuestionGenerator> generators,
                         List<ComprehensionGenerator> comprehension, List<ExerciseFinder> grammar) {
        this.gapFinder = gapFinder;
        this.grammar = grammar.stream().collect(Collectors.toMap(ExerciseFinder::focus, Function.identity()));
        this.generators = generators.stream().collect(Collectors.toMap(QuestionGenerator::type, Function.identity()));
        this.comprehension = comprehension.stream()
            .collect(Collectors.toMap(ComprehensionGenerator::type, Function.identity()));
    }

    public Quiz generate(Article article, QuizRequest request) {
        Random random = new Random(request.seed());
        List<Sentence> sentences = shuffled(article.sentences().toList(), random);
        List<QuestionType> types = shuffled(request.types(), random);
        return build(article, request, sentences, types, false, Set.of(), random);
    }

    /**
     * Versions of one quiz for a class: each with other gaps and questions where the article allows, another
     * order of questions (and of their kinds) and of choices, and the same number and mix of question types: the
     * first version takes what the article gives (a kind it cannot give replaced as in a single quiz), the others
     * the same kinds in another order. Named A, B, C… ; all as long as the shortest.
     */
    public List<Quiz> variants(Article article, QuizRequest request, int count) {
        if (count < 1 || count > VARIANT_NAMES.length()) {
            throw new TextquizException("--variants must be between 1 and " + VARIANT_NAMES.length());
        }
        Set<Object> used = new HashSet<>();
        List<Quiz> variants = new ArrayList<>();
        List<QuestionType> mix = null;
        for (int v = 0; v < count; v++) {
            Random random = new Random(request.seed() * VARIANT_STRIDE + v + 1);
            List<Sentence> sentences = shuffled(article.sentences().toList(), random);
            Quiz quiz;
            if (mix == null) {
                quiz = build(article, request, sentences, shuffled(request.types(), random), false, used, random);
                mix = quiz.questions().isEmpty() ? null : quiz.questions().stream().map(Question::type).toList();
            } else {
                quiz = build(article, request.withCount(mix.size()), sentences, shuffled(mix, random), true, used,
                    random);
            }
            quiz.questions().forEach(q -> used.add(q instanceof Gapped gapped ? gapped.gap() : q.id()));
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
     * Fills the quiz in the round of types, one question per sentence.
     *
     * @param strict every question must be of the type its place in the round of types gives it
     *               (variants keep the same mix); otherwise another type stands in when one cannot be made
     * @param avoid gaps and question ids to leave out while the article offers others
     */
    private Quiz build(Article article, QuizRequest request, List<Sentence> sentences, List<QuestionType> types,
                       boolean strict, Set<Object> avoid, Random random) {
        Draw draw = new Draw(article, sentences, avoid, random, request.focus());
        List<Question> questions = new ArrayList<>();
        while (questions.size() < request.count()) {
            QuestionType preferred = types.get(questions.size() % types.size());
            List<QuestionType> order = new ArrayList<>(List.of(preferred));
            if (!strict) {
                standIns(preferred, types).forEach(order::add);
            }
            Optional<Question> next = Optional.empty();
            for (int t = 0; t < order.size() && next.isEmpty(); t++) {
                QuestionType type = order.get(t);
                next = type.isGap()
                    ? draw.gapQuestion(order.subList(t, order.size()).stream().filter(QuestionType::isGap).toList())
                    : draw.comprehensionQuestion(type);
            }
            if (next.isEmpty()) {
                break;
            }
            questions.add(next.get());
            draw.used(next.get());
        }
        ArticleRef ref = new ArticleRef(article.title(), article.source(), article.sha256(), article.encoding());
        return new Quiz(Quiz.SCHEMA, ref, "de", request.seed(), questions);
    }

    /**
     * What stands in for a kind the article cannot give, best first: a W-question for a quote or a statement
     * (the question that tests understanding most), a gap for a headline question, so that comprehension stays
     * about half of a mixed quiz and W-questions its largest part; then every other kind asked for.
     */
    private static List<QuestionType> standIns(QuestionType preferred, List<QuestionType> types) {
        List<QuestionType> first = switch (preferred) {
            case QUOTE, TRUEFALSE -> List.of(QuestionType.WH);
            case HEADLINE -> List.of(QuestionType.CHOICE, QuestionType.CLOZE);
            default -> List.of();
        };
        List<QuestionType> order = new ArrayList<>();
        first.stream().filter(types::contains).forEach(order::add);
        types.stream().filter(t -> t != preferred && !order.contains(t)).forEach(order::add);
        return order;
    }

    /** The state of filling one quiz: sentences and answers used, and what each source has left. */
    private final class Draw {

        private final Article article;
        private final List<Sentence> sentences;
        private final Set<Object> avoid;
        private final Random random;
        private final Set<Span> sentencesUsed = new HashSet<>();
        private final Set<String> answersUsed = new HashSet<>();
        private final Map<QuestionType, List<Question>> pools = new java.util.EnumMap<>(QuestionType.class);
        private final List<Focus> focus;
        private int nextSentence;

        Draw(Article article, List<Sentence> sentences, Set<Object> avoid, Random random, List<Focus> focus) {
            this.article = article;
            this.sentences = sentences;
            this.avoid = avoid;
            this.random = random;
            this.focus = focus;
        }

        void used(Question question) {
            sentencesUsed.add(question.sentence());
            if (question instanceof Gapped && !question.focus().isGrammar()) {
                answersUsed.add(question.solution().toLowerCase(Locale.GERMAN));
            }
        }

        /** A question on the next sentence that has a gap, of the first of {@code types} that can be made. */
        Optional<Question> gapQuestion(List<QuestionType> types) {
            while (nextSentence < sentences.size()) {
                Sentence sentence = sentences.get(nextSentence++);
                if (sentencesUsed.contains(sentence.span())) {
                    continue;
                }
                for (Focus practised : shuffled(focus, random)) {
                    Optional<Question> question = practised.isGrammar()
                        ? exerciseQuestion(sentence, practised, types) : vocabularyQuestion(sentence, types);
                    if (question.isPresent()) {
                        return question;
                    }
                }
            }
            return Optional.empty();
        }

        private Optional<Question> vocabularyQuestion(Sentence sentence, List<QuestionType> types) {
            List<Gap> gaps = gapFinder.gaps(sentence).stream()
                .filter(g -> !answersUsed.contains(g.token().text().toLowerCase(Locale.GERMAN)))
                .toList();
            List<Gap> fresh = gaps.stream().filter(g -> !avoid.contains(g.token().span())).toList();
            if (!fresh.isEmpty()) {
                gaps = fresh;
            }
            if (gaps.isEmpty()) {
                return Optional.empty();
            }
            return question(draw(gaps, random), article, types, random);
        }

        /** A grammar exercise of this sentence, typed or with choices as the first of {@code types} allows. */
        private Optional<Question> exerciseQuestion(Sentence sentence, Focus practised, List<QuestionType> types) {
            ExerciseFinder finder = grammar.get(practised);
            if (finder == null) {
                throw new UnknownFocusException(practised.id());
            }
            List<Exercise> exercises = sentence.headline() ? List.of() : finder.exercises(sentence);
            List<Exercise> fresh = exercises.stream().filter(e -> !avoid.contains(e.gap())).toList();
            if (!fresh.isEmpty()) {
                exercises = fresh;
            }
            if (exercises.isEmpty()) {
                return Optional.empty();
            }
            Exercise exercise = exercises.get(random.nextInt(exercises.size()));
            for (QuestionType type : types) {
                Optional<Question> question = Exercises.question(exercise, type, article, random);
                if (question.isPresent()) {
                    return question;
                }
            }
            return Optional.empty();
        }

        /** The best question of this kind left whose sentence is not asked about yet, one not avoided if any. */
        Optional<Question> comprehensionQuestion(QuestionType type) {
            ComprehensionGenerator generator = comprehension.get(type);
            if (generator == null) {
                throw new UnknownQuestionTypeException(type.id());
            }
            List<Question> pool = pools.computeIfAbsent(type, t -> generator.questions(article, random));
            Optional<Question> fresh = pool.stream()
                .filter(q -> !sentencesUsed.contains(q.sentence()) && !avoid.contains(q.id()))
                .findFirst();
            return fresh.isPresent() ? fresh
                : pool.stream().filter(q -> !sentencesUsed.contains(q.sentence())).findFirst();
        }
    }

    private static <T> List<T> shuffled(List<T> items, Random random) {
        List<T> copy = new ArrayList<>(items);
        Collections.shuffle(copy, random);
        return copy;
    }

    private static Gap draw(List<Gap> gaps, Random random) {
        double best = gaps.get(0).score();
        List<Gap> good = gaps.stream().filter(g -> g.score() >= best - GAP_SPREAD).toList();
        return good.get(random.nextInt(good.size()));
    }

    private Optional<Question> question(Gap gap, Article article, List<QuestionType> types, Random random) {
        for (QuestionType type : types) {
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
