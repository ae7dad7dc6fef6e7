package org.textquiz.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.textquiz.core.analysis.Analyzer;
import org.textquiz.core.analysis.GermanCheck;
import org.textquiz.core.article.Article;
import org.textquiz.core.article.Paragraph;
import org.textquiz.core.article.Sentence;
import org.textquiz.core.article.Span;
import org.textquiz.core.article.Token;
import org.textquiz.core.article.Upos;

/** The bundled article costs nothing until the prompt is up or it is asked for, and is analysed once. */
class WorkspaceTest {

    @TempDir
    Path dir;

    private final List<String> analysed = new CopyOnWriteArrayList<>();
    private final Analyzer recording = (text, lines, progress) -> {
        analysed.add(text.title());
        Span word = new Span(0, 3);
        Sentence sentence = new Sentence(word, "Die", List.of(new Token(word, "Die", Upos.DET, 1.0, "die", true)), false);
        return new Article(text.title(), text.source(), text.sha256(), text.text(), text.encoding(),
            List.of(new Paragraph(word, List.of(sentence))));
    };

    private Workspace workspace() throws Exception {
        Files.writeString(dir.resolve("bundled.txt"), "Die gebündelte Meldung\n\nEin Satz steht hier.\n");
        Files.writeString(dir.resolve("own.txt"), "Die eigene Meldung\n\nEin anderer Satz steht dort.\n");
        return new Workspace(recording, new GermanCheck(text -> Optional.empty()), notice -> { }, dir, "bundled.txt");
    }

    @Test
    void preparedTheBundledArticleIsReadAheadOnceAnalysedButAskedForItIsNot() throws Exception {
        Files.writeString(dir.resolve("bundled.txt"), "Die gebündelte Meldung\n\nEin Satz steht hier.\n");
        List<String> readAhead = new CopyOnWriteArrayList<>();
        java.util.concurrent.CountDownLatch read = new java.util.concurrent.CountDownLatch(1);
        Workspace prepared = new Workspace(recording, new GermanCheck(text -> Optional.empty()), notice -> { }, dir,
            "bundled.txt", article -> {
                readAhead.add(article.title());
                read.countDown();
            });
        Workspace asked = new Workspace(recording, new GermanCheck(text -> Optional.empty()), notice -> { }, dir,
            "bundled.txt", article -> readAhead.add("asked: " + article.title()));

        prepared.prepare();
        asked.article();

        assertThat(read.await(10, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(readAhead).containsExactly("Die gebündelte Meldung");
    }

    @Test
    void nothingIsAnalysedBeforeThePromptOrAQuestion() throws Exception {
        workspace();

        assertThat(analysed).isEmpty();
    }

    @Test
    void preparedOnceTheBundledArticleIsAnalysedOnceForEveryLaterUse() throws Exception {
        Workspace workspace = workspace();

        workspace.prepare();
        workspace.prepare();

        assertThat(workspace.article().title()).isEqualTo("Die gebündelte Meldung");
        assertThat(workspace.article().title()).isEqualTo("Die gebündelte Meldung");
        assertThat(analysed).containsExactly("Die gebündelte Meldung");
    }

    @Test
    void askedForWithoutPreparingTheBundledArticleIsAnalysedThen() throws Exception {
        assertThat(workspace().article().title()).isEqualTo("Die gebündelte Meldung");
    }

    @Test
    void anArticleOpenedBeforeThePromptIsKeptAndTheBundledOneNeverAnalysed() throws Exception {
        Workspace workspace = workspace();

        workspace.open(dir.resolve("own.txt"), done -> { });
        workspace.prepare();

        assertThat(workspace.article().title()).isEqualTo("Die eigene Meldung");
        assertThat(analysed).containsExactly("Die eigene Meldung");
    }
}
