package org.textquiz.nlp.de;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import org.textquiz.core.article.Sentence;
import org.textquiz.core.syntax.DependencyParser;
import org.textquiz.core.syntax.Parse;

/**
 * The German parser, loaded on a background thread once {@link #start()} is called (the shell calls it when its
 * prompt is up), so that its few seconds of loading overlap the learner's reading; the first parse waits for it.
 */
public final class BackgroundParser implements DependencyParser {

    private volatile CompletableFuture<GermanDependencyParser> loading;

    /** Starts loading the model, once; later calls do nothing. */
    public synchronized void start() {
        if (loading == null) {
            loading = CompletableFuture.supplyAsync(GermanDependencyParser::load, runnable -> {
                Thread thread = new Thread(runnable, "textquiz-parser-load");
                thread.setDaemon(true);
                thread.setPriority(Thread.MIN_PRIORITY);
                thread.start();
            });
        }
    }

    @Override
    public Parse parse(Sentence sentence) {
        start();
        try {
            return loading.join().parse(sentence);
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }
}
