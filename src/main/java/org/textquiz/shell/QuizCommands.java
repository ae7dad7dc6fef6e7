package org.textquiz.shell;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.shell.core.command.annotation.Option;
import org.springframework.stereotype.Component;
import org.textquiz.core.TextquizException;
import org.textquiz.core.article.Article;
import org.textquiz.core.article.ArticleText;
import org.textquiz.core.question.Focus;
import org.textquiz.nlp.de.BackgroundParser;
import org.textquiz.core.question.QuestionType;
import org.textquiz.core.question.QuizGenerator;
import org.textquiz.core.question.QuizRequest;
import org.textquiz.core.quiz.AnswerChecker;
import org.textquiz.core.quiz.Quiz;
import org.textquiz.core.quiz.QuizSession;
import org.textquiz.quizfile.QuizFiles;

@Component
class QuizCommands {

    private static final String DEFAULT_TYPES = "cloze,choice,wh,quote,truefalse,headline";
    /** Grammar practice asks about gaps only: typed or with choices. */
    private static final String GRAMMAR_TYPES = "choice,cloze";
    private static final long MAX_RANDOM_SEED = 1_000_000;
    private static final String NO_QUESTIONS = "this article gives no questions of the types asked for; try other "
        + "--types, or a longer German article with sentences of 6 to 60 words";

    private final Workspace workspace;
    /** Made on first use: it holds the dictionary and the morphology, which need not load before the prompt. */
    private final ObjectProvider<QuizGenerator> generator;
    private final QuizFiles quizFiles;
    private final AnswerChecker checker;
    private final InstantSource clock;
    private final Progress progress;
    private final SessionRunner sessions;
    private final Notices notices;
    /** Loading starts as a command that needs it starts, so that it overlaps reading and analysing the article. */
    private final org.springframework.beans.factory.ObjectProvider<BackgroundParser> parser;

    QuizCommands(Workspace workspace, ObjectProvider<QuizGenerator> generator, QuizFiles quizFiles, AnswerChecker checker,
                 InstantSource clock, Progress progress, SessionRunner sessions, Notices notices,
                 org.springframework.beans.factory.ObjectProvider<BackgroundParser> parser) {
        this.parser = parser;
        this.notices = notices;
        this.progress = progress;
        this.sessions = sessions;
        this.workspace = workspace;
        this.generator = generator;
        this.quizFiles = quizFiles;
        this.checker = checker;
        this.clock = clock;
    }

    @Command(name = "play", description = "Answer questions on the loaded article, or on a saved quiz",
        help = "play [--article PATH | --quiz FILE] [--count N] [--types cloze,choice,wh,quote,truefalse,headline] [--focus F,…] [--seed S]",
        group = "Quiz", exitStatusExceptionMapper = "userErrors", completionProvider = "pathCompletion")
    void play(CommandContext context,
              @Option(longName = "article", description = "article file to play instead of the loaded one")
              String articlePath,
              @Option(longName = "quiz", description = "saved quiz JSON file to play as saved") String quizPath,
              @Option(longName = "count", description = "number of questions (default 10)") String count,
              @Option(longName = "types", description = "question types, comma-separated: cloze, choice, wh, quote, truefalse, headline (default all)")
              String types,
              @Option(longName = "focus", description = "what the gaps practise, comma-separated: vocabulary, articles, prepositions, verbs, adjectives, genders (default vocabulary)")
              String focus,
              @Option(longName = "seed", description = "seed that fixes the questions and their order")
              String seed) {
        Options.requireKnown(context);
        PrintWriter out = context.outputWriter();
        progress.openInBackground();
        if (quizPath == null) {
            parser.getObject().start();
        }
        Quiz quiz;
        SentenceText sentences;
        if (quizPath != null) {
            if (articlePath != null || count != null || types != null || seed != null || focus != null) {
                throw new UsageException("--quiz plays a saved quiz as it is; leave out --article, --count, --types, "
                    + "--focus and --seed");
            }
            quiz = quizFiles.read(Path.of(quizPath));
            requireQuestions(quiz, "this quiz has no questions; add some, or make a new one with: generate");
            sentences = sentencesOf(quiz, quizPath, out);
            out.printf("Quiz %s · %d questions · seed %d%s · %s%n", quizPath, quiz.questions().size(), quiz.seed(),
                quiz.variant().isEmpty() ? "" : ", variant " + quiz.variant(), quiz.article().title());
        } else {
            Article article = articlePath == null ? workspace.article() : load(context, articlePath);
            notices.printTo(out);
            QuizRequest request = request(count, types, seed, focus);
            quiz = fromArticle(context, article, request, 1, a -> List.of(generator.getObject().generate(a, request))).get(0);
            requireQuestions(quiz, NO_QUESTIONS);
            sentences = new SentenceText(article.text());
            out.printf("Seed %d · %s · %s%n", quiz.seed(), Describe.count(quiz.questions().size(), "question"),
                article.title());
            tellIfShort(quiz, request, out);
        }
        out.println("Learner: " + progress.learner());
        AnswerRecorder recorder = progress.start(quiz);
        sessions.play(context, new QuizSession(quiz, checker, clock), sentences, recorder, false);
    }

    @Command(name = "generate", description = "Write a quiz on an article as JSON, to play or share later",
        help = "generate [--article PATH] [--count N] [--types cloze,choice,wh,quote,truefalse,headline] [--focus F,…] [--seed S] [--variants N] [--out FILE] "
            + "[--force]",
        group = "Quiz", exitStatusExceptionMapper = "userErrors", completionProvider = "pathCompletion")
    void generate(CommandContext context,
                  @Option(longName = "article", description = "article file (default: the loaded article)")
                  String articlePath,
                  @Option(longName = "count", description = "number of questions (default 10)") String count,
                  @Option(longName = "types", description = "question types, comma-separated: cloze, choice, wh, quote, truefalse, headline (default all)")
                  String types,
                  @Option(longName = "focus", description = "what the gaps practise, comma-separated: vocabulary, articles, prepositions, verbs, adjectives, genders (default vocabulary)")
                  String focus,
                  @Option(longName = "seed", description = "seed that fixes the questions and their order")
                  String seed,
                  @Option(longName = "variants", description = "write N versions for a class, named …-A, …-B")
                  String variants,
                  @Option(longName = "out", description = "file to write (default: in the quizzes folder)")
                  String outPath,
                  @Option(longName = "force", description = "replace an existing file") boolean force) {
        Options.requireKnown(context);
        PrintWriter out = context.outputWriter();
        parser.getObject().start();
        Article article = articlePath == null ? workspace.article() : load(context, articlePath);
        notices.printTo(out);
        QuizRequest request = request(count, types, seed, focus);
        Path target = outPath != null ? Path.of(outPath)
            : workspace.quizzesDir().resolve(stem(article.source()) + "-" + request.seed() + ".quiz.json");
        int versions = variants == null ? 1 : positive("--variants", variants);
        List<Quiz> quizzes = fromArticle(context, article, request, versions, a -> versions == 1
            ? List.of(generator.getObject().generate(a, request)) : generator.getObject().variants(a, request, versions));
        requireQuestions(quizzes.get(0), NO_QUESTIONS);
        if (quizzes.size() > 1 && quizzes.get(0).questions().size() < request.count()) {
            out.printf("Each of the %d versions has %s, not %d: the article has too few different questions of some "
                + "kinds for %d versions; ask for fewer --variants, other --types, or use a longer article.%n",
                quizzes.size(), Describe.count(quizzes.get(0).questions().size(), "question"), request.count(),
                quizzes.size());
        } else {
            tellIfShort(quizzes.get(0), request, out);
        }
        for (Quiz quiz : quizzes) {
            Path file = quiz.variant().isEmpty() ? target : QuizFileNames.withVariant(target, quiz.variant());
            boolean written = quizFiles.write(quiz, file, force);
            out.printf("%s %s: %s (%s) on \"%s\", seed %d%s%n", written ? "Wrote" : "Unchanged", file,
                Describe.count(quiz.questions().size(), "question"), Describe.types(quiz), quiz.article().title(), quiz.seed(),
                quiz.variant().isEmpty() ? "" : ", variant " + quiz.variant());
        }
        out.flush();
    }


    private SentenceText sentencesOf(Quiz quiz, String quizFile, PrintWriter out) {
        Path source = workspace.resolveSource(quiz.article().source());
        try {
            if (Files.isRegularFile(source)) {
                byte[] bytes = Files.readAllBytes(source);
                if (ArticleText.sha256(bytes).equals(quiz.article().sha256())) {
                    String text = org.textquiz.files.ArticleFiles.read(source, quiz.article().source()).text();
                    requireInside(quiz, quizFile, text.length());
                    return new SentenceText(text);
                }
                out.println("Note: " + source + " changed since this quiz was made (its sha256 differs); playing the "
                    + "quiz's own prompts.");
            }
        } catch (org.textquiz.quizfile.InvalidQuizFileException outside) {
            throw outside;
        } catch (java.io.IOException | RuntimeException unreadable) {
            out.println("Note: cannot read the quiz's article " + source + "; playing the quiz's own prompts.");
        }
        return SentenceText.withoutArticle();
    }

    /** The quiz or versions from the article, a long one sampled by the request's seed (see Workspace). */
    private List<Quiz> fromArticle(CommandContext context, Article article, QuizRequest request, int versions,
                                   java.util.function.Function<Article, List<Quiz>> make) {
        try (ProgressBar bar = sessions.progressBar(context)) {
            return bar.run(() -> workspace.forQuiz(article, request.seed(), request.count() * versions, make,
                made -> made.stream().mapToInt(q -> q.questions().size()).sum(), bar));
        }
    }

    private Article load(CommandContext context, String path) {
        try (ProgressBar bar = sessions.progressBar(context)) {
            return bar.run(() -> workspace.load(Path.of(path), bar));
        }
    }

    /** Every sentence of the quiz must lie within its article's text. */
    private static void requireInside(Quiz quiz, String quizFile, int length) {
        for (org.textquiz.core.question.Question question : quiz.questions()) {
            if (question.sentence().end() > length) {
                throw new org.textquiz.quizfile.InvalidQuizFileException(quizFile, "question "
                    + question.id() + ": field 'sentence' ends at " + question.sentence().end() + ", beyond the "
                    + "article's " + length + " characters");
            }
        }
    }

    private static void requireQuestions(Quiz quiz, String problem) {
        if (quiz.questions().isEmpty()) {
            throw new TextquizException(problem);
        }
    }

    private static void tellIfShort(Quiz quiz, QuizRequest request, PrintWriter out) {
        if (quiz.questions().size() < request.count()) {
            out.printf("This article gives %d questions of the types asked for, not %d.%n", quiz.questions().size(),
                request.count());
        }
    }

    static QuizRequest request(String count, String types, String seed, String focus) {
        int n = count == null ? QuizRequest.DEFAULT_COUNT : positive("--count", count);
        List<Focus> practised = focus == null ? List.of(Focus.VOCABULARY) : Arrays.stream(focus.split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .map(Focus::of)
            .distinct()
            .toList();
        boolean grammarOnly = practised.stream().allMatch(Focus::isGrammar);
        String defaultTypes = grammarOnly ? GRAMMAR_TYPES : DEFAULT_TYPES;
        List<QuestionType> kinds = Arrays.stream((types == null ? defaultTypes : types).split(","))
            .map(String::strip)
            .filter(s -> !s.isEmpty())
            .map(QuestionType::of)
            .distinct()
            .toList();
        long s = seed == null ? ThreadLocalRandom.current().nextLong(1, MAX_RANDOM_SEED) : number("--seed", seed);
        return new QuizRequest(n, kinds, s, practised);
    }

    static int positive(String option, String value) {
        long n = number(option, value);
        if (n < 1) {
            throw new UsageException(option + " must be at least 1, not " + n);
        }
        if (n > Integer.MAX_VALUE) {
            throw new UsageException(option + " must be at most " + Integer.MAX_VALUE + ", not " + n);
        }
        return (int) n;
    }

    private static long number(String option, String value) {
        try {
            return Long.parseLong(value.strip());
        } catch (NumberFormatException e) {
            throw new UsageException(option + " must be a whole number, not '" + Terminal.safe(value) + "'");
        }
    }

    private static String stem(String source) {
        String name = Path.of(source).getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
