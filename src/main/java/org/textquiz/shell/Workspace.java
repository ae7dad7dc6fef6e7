package org.textquiz.shell;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Stream;

import org.textquiz.core.TextquizException;
import org.textquiz.core.analysis.Analyzer;
import org.textquiz.core.analysis.GermanCheck;
import org.textquiz.core.analysis.Passages;
import org.textquiz.core.article.Article;
import org.textquiz.core.article.ArticleText;
import org.textquiz.core.quiz.QuizSession;
import org.textquiz.files.ArticleFiles;

/**
 * What the shell is working on: the loaded article and the last session. The bundled article is
 * analysed in the background once the prompt is up ({@link #prepare()}), or when first asked for: on
 * two cores, analysing it during start-up slowed the prompt, and a command given its own article never
 * needs it.
 */
public class Workspace {

    /** How much of a long text's opening is analysed to tell its language. */
    private static final int OPENING_CHARS = 5_000;

    private final Analyzer analyzer;
    private final GermanCheck germanCheck;
    private final Consumer<String> notices;
    private final Path quizzesDir;
    private final Path bundled;
    private final Consumer<Article> readAhead;
    private CompletableFuture<Article> article;
    private volatile QuizSession lastSession;

    public Workspace(Analyzer analyzer, GermanCheck germanCheck, Consumer<String> notices, Path quizzesDir,
                     String bundledArticle) {
        this(analyzer, germanCheck, notices, quizzesDir, bundledArticle, prepared -> { });
    }

    /**
     * @param readAhead what to do with the bundled article once {@link #prepare()} has analysed it, on the same
     *                  background thread, while the article is already available: parse it ahead, so that the
     *                  first quiz finds its parses made
     */
    public Workspace(Analyzer analyzer, GermanCheck germanCheck, Consumer<String> notices, Path quizzesDir,
                     String bundledArticle, Consumer<Article> readAhead) {
        this.readAhead = readAhead;
        this.analyzer = analyzer;
        this.germanCheck = germanCheck;
        this.notices = notices;
        this.quizzesDir = quizzesDir.toAbsolutePath().normalize();
        this.bundled = this.quizzesDir.resolve(bundledArticle);
    }

    /**
     * Starts analysing the bundled article in the background, and then reading it ahead, unless an article is
     * loaded or loading: the interactive shell calls this once its prompt is up, and the learner's first quiz
     * finds the work done.
     */
    public synchronized void prepare() {
        if (article == null) {
            loadedOrLoading().thenAccept(readAhead);
        }
    }

    /** The loaded article or the one loading, else the bundled one, analysed now and not read ahead. */
    private synchronized CompletableFuture<Article> loadedOrLoading() {
        if (article == null) {
            article = CompletableFuture.supplyAsync(() -> load(bundled));
        }
        return article;
    }

    public Path quizzesDir() {
        return quizzesDir;
    }

    /** The loaded article, waiting for its analysis to finish. */
    public Article article() {
        return join(loadedOrLoading());
    }

    /** Loads and analyses an article; the loaded one stays when this fails. */
    public Article open(Path path, DoubleConsumer progress) {
        Article opened = load(path, progress);
        synchronized (this) {
            article = CompletableFuture.completedFuture(opened);
        }
        return opened;
    }

    /** Analyses an article without making it the loaded one. */
    public Article load(Path path) {
        return load(path, done -> { });
    }

    /**
     * Reads and analyses an article. A long text ({@link Passages#sampled}) is only cut into its lines and
     * headlines here, and its opening analysed to tell its language: each quiz analyses the passages it
     * needs ({@link #forQuiz}).
     */
    public Article load(Path path, DoubleConsumer progress) {
        Path absolute = path.toAbsolutePath().normalize();
        ArticleText text = ArticleFiles.read(path, sourceName(absolute));
        if (Passages.sampled(text.text())) {
            Article opening = analyzer.analyze(text, Passages.opening(text.text(), OPENING_CHARS), progress);
            germanCheck.warning(opening).ifPresent(notices);
            return opening;
        }
        Article analysed = analyzer.analyze(text, progress);
        if (analysed.sentences().noneMatch(s -> s.wordCount() > 0)) {
            throw new TextquizException(path + " contains no sentence to make questions from");
        }
        germanCheck.warning(analysed).ifPresent(notices);
        return analysed;
    }

    /**
     * Makes a quiz, or a class's versions of one, from the article: a short article whole; a long one from
     * a sample of its passages chosen by the seed, analysed now and widened fourfold while the quiz falls
     * short of the questions asked, up to the whole text. The same seed always gives the same quiz.
     */
    public <T> T forQuiz(Article article, long seed, int questions, Function<Article, T> make,
                         ToIntFunction<T> made, DoubleConsumer progress) {
        String text = article.text();
        if (!Passages.sampled(text)) {
            return make.apply(article);
        }
        ArticleText source = new ArticleText(article.title(), article.source(), article.sha256(), text,
            article.encoding());
        int budget = Passages.budget(questions);
        while (true) {
            T quiz = make.apply(analyzer.analyze(source, Passages.sample(text, seed, budget), progress));
            if (made.applyAsInt(quiz) >= questions || budget >= text.length()) {
                return quiz;
            }
            budget = (int) Math.min(text.length(), 4L * budget);
        }
    }

    /** The path a quiz records: relative to {@code quizzes/} for the articles kept there. */
    public String sourceName(Path absolute) {
        return absolute.startsWith(quizzesDir) ? quizzesDir.relativize(absolute).toString() : absolute.toString();
    }

    public Path resolveSource(String source) {
        return quizzesDir.resolve(source);
    }

    public List<Path> articleFiles() {
        if (!Files.isDirectory(quizzesDir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(quizzesDir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        } catch (java.io.IOException e) {
            throw new TextquizException("cannot list " + quizzesDir + ": " + e.getMessage());
        }
    }

    public Optional<QuizSession> lastSession() {
        return Optional.ofNullable(lastSession);
    }

    public void lastSession(QuizSession session) {
        this.lastSession = session;
    }

    private static Article join(CompletableFuture<Article> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw e;
        }
    }
}
