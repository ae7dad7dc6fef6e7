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
 * prompt is up), so that its loading overlaps the learner's reading; the first parse waits for it.
 * The last parses are remembered, and so are parses under way: each generator reads the sentences around a question
 * again, a sentence parsed ahead on another thread is waited for rather than parsed twice, and a parse costs far
 * more than looking it up.
 */
public final class BackgroundParser implements DependencyParser {

    private static final int REMEMBERED = 2048;
    private static final AtomicReference<CompletableFuture<GermanDependencyParser>> EARLY = new AtomicReference<>();

    private volatile CompletableFuture<GermanDependencyParser> loading;
    private final Map<Sentence, CompletableFuture<Parse>> remembered = new LinkedHashMap<>(REMEMBERED, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Sentence, CompletableFuture<Parse>> eldest) {
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
        Map<Sentence, CompletableFuture<Parse>> mine = new LinkedHashMap<>();
        synchronized (remembered) {
            for (Sentence sentence : sentences) {
                if (!remembered.containsKey(sentence) && !mine.containsKey(sentence)) {
                    CompletableFuture<Parse> parse = new CompletableFuture<>();
                    mine.put(sentence, parse);
                    remembered.put(sentence, parse);
                }
            }
        }
        if (mine.isEmpty()) {
            return;
        }
        try {
            List<Sentence> unknown = List.copyOf(mine.keySet());
            List<Parse> parses = loaded().parseAll(unknown);
            for (int i = 0; i < unknown.size(); i++) {
                mine.get(unknown.get(i)).complete(parses.get(i));
            }
        } catch (RuntimeException e) {
            forget(mine, e);
            throw e;
        }
    }

    @Override
    public Parse parse(Sentence sentence) {
        start();
        CompletableFuture<Parse> known;
        CompletableFuture<Parse> mine = new CompletableFuture<>();
        synchronized (remembered) {
            known = remembered.get(sentence);
            if (known == null) {
                remembered.put(sentence, mine);
            }
        }
        if (known != null) {
            return join(known);
        }
        try {
            Parse parse = loaded().parse(sentence);
            mine.complete(parse);
            return parse;
        } catch (RuntimeException e) {
            forget(Map.of(sentence, mine), e);
            throw e;
        }
    }

    /** Parses that failed are not remembered: whoever waits on them learns why, and the next asks again. */
    private void forget(Map<Sentence, CompletableFuture<Parse>> failed, RuntimeException why) {
        synchronized (remembered) {
            failed.forEach((sentence, parse) -> remembered.remove(sentence, parse));
        }
        failed.values().forEach(parse -> parse.completeExceptionally(why));
    }

    private GermanDependencyParser loaded() {
        return join(loading);
    }

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }
}
