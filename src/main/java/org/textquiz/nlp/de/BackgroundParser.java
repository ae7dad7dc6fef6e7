package org.textquiz.nlp.de;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicReference;

import org.textquiz.core.article.Sentence;
import org.textquiz.core.syntax.DependencyParser;
import org.textquiz.core.syntax.Parse;

/**
 * The German parser, loaded on a background thread once {@link #start()} is called (the shell calls it when its
 * prompt is up), so that its few seconds of loading overlap the learner's reading; the first parse waits for it.
 * The last parses are remembered: each generator reads the sentences around a question again, and a parse costs
 * far more than looking it up.
 */
public final class BackgroundParser implements DependencyParser {

    private static final int REMEMBERED = 2048;
    private static final AtomicReference<CompletableFuture<GermanDependencyParser>> EARLY = new AtomicReference<>();

    private volatile CompletableFuture<GermanDependencyParser> loading;
    private final Map<Sentence, Parse> remembered = new LinkedHashMap<>(REMEMBERED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Sentence, Parse> eldest) {
            return size() > REMEMBERED;
        }
    };

    /**
     * Starts loading the model for the process before anything else is up: a one-shot command that parses
     * ({@code generate}, {@code play}) then finds it loaded while Spring was starting on the other core. The
     * interactive shell never calls this, so that its prompt comes first.
     */
    public static void loadEarly() {
        EARLY.compareAndSet(null, loadInBackground());
    }

    /** Starts loading the model, once (or takes the early load); later calls do nothing. */
    public synchronized void start() {
        if (loading == null) {
            CompletableFuture<GermanDependencyParser> early = EARLY.get();
            loading = early != null ? early : loadInBackground();
        }
    }

    private static CompletableFuture<GermanDependencyParser> loadInBackground() {
        return CompletableFuture.supplyAsync(GermanDependencyParser::load, runnable -> {
            Thread thread = new Thread(runnable, "textquiz-parser-load");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            thread.start();
        });
    }

    @Override
    public void parseAhead(List<Sentence> sentences) {
        start();
        List<Sentence> unknown;
        synchronized (remembered) {
            unknown = sentences.stream().distinct().filter(s -> !remembered.containsKey(s)).toList();
        }
        if (unknown.size() > 1) {
            List<Parse> parses = loaded().parseAll(unknown);
            synchronized (remembered) {
                parses.forEach(parse -> remembered.put(parse.sentence(), parse));
            }
        }
    }

    @Override
    public Parse parse(Sentence sentence) {
        start();
        synchronized (remembered) {
            Parse known = remembered.get(sentence);
            if (known != null) {
                return known;
            }
        }
        Parse parse = loaded().parse(sentence);
        synchronized (remembered) {
            remembered.put(sentence, parse);
        }
        return parse;
    }

    private GermanDependencyParser loaded() {
        try {
            return loading.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }
}
