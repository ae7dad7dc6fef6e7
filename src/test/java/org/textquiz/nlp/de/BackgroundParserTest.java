package org.textquiz.nlp.de;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.textquiz.GermanAnalysis;
import org.textquiz.core.article.Sentence;
import org.textquiz.core.syntax.Parse;

class BackgroundParserTest {

    @Test
    void parsesAsTheParserDoesAndRemembersTheParse() {
        Sentence sentence = GermanAnalysis.analyze("Mark Rutte traf am Montag in Berlin Olaf Scholz.").sentences()
            .findFirst().orElseThrow();
        BackgroundParser parser = new BackgroundParser();
        Parse first = parser.parse(sentence);
        assertThat(first).isEqualTo(GermanDependencyParser.load(1).parse(sentence));
        assertThat(parser.parse(sentence)).isSameAs(first);
    }

    @Test
    void parsesAheadAtOnceAndThenAnswersFromWhatItRemembers() throws ReflectiveOperationException {
        List<Sentence> sentences = GermanAnalysis.bundled().sentences().limit(12).toList();
        BackgroundParser parser = new BackgroundParser();
        Parse known = parser.parse(sentences.get(3));

        parser.parseAhead(sentences);

        assertThat(remembered(parser)).containsOnlyKeys(sentences);
        assertThat(parser.parse(sentences.get(3))).isSameAs(known);
        GermanDependencyParser one = GermanDependencyParser.load(1);
        for (Sentence sentence : sentences) {
            assertThat(parser.parse(sentence)).isSameAs(remembered(parser).get(sentence))
                .isEqualTo(one.parse(sentence));
        }
    }

    @Test
    void aSentenceBeingParsedAheadIsWaitedForNotParsedTwice() throws Exception {
        List<Sentence> sentences = GermanAnalysis.bundled().sentences().limit(20).toList();
        BackgroundParser parser = new BackgroundParser();
        Thread ahead = new Thread(() -> parser.parseAhead(sentences));
        ahead.start();
        while (remembered(parser).size() < sentences.size() && ahead.isAlive()) {
            Thread.onSpinWait();
        }

        Parse last = parser.parse(sentences.get(sentences.size() - 1));
        ahead.join();

        assertThat(remembered(parser).get(sentences.get(sentences.size() - 1))).isSameAs(last);
    }

    @SuppressWarnings("unchecked")
    private static java.util.Map<Sentence, Parse> remembered(BackgroundParser parser)
            throws ReflectiveOperationException {
        java.lang.reflect.Field field = BackgroundParser.class.getDeclaredField("remembered");
        field.setAccessible(true);
        java.util.Map<Sentence, java.util.concurrent.CompletableFuture<Parse>> remembered =
            (java.util.Map<Sentence, java.util.concurrent.CompletableFuture<Parse>>) field.get(parser);
        java.util.Map<Sentence, Parse> done = new java.util.HashMap<>();
        synchronized (remembered) {
            remembered.forEach((sentence, parse) -> done.put(sentence, parse.getNow(null)));
        }
        return done;
    }
}
