package org.textquiz.core.grammar;

import org.textquiz.core.article.Sentence;
import org.textquiz.core.article.Span;

/** The sentence with some of its characters replaced, every other character as in the article. */
final class Gaps {

    private Gaps() {
    }

    static String replace(Sentence sentence, Span span, String marker) {
        int from = span.start() - sentence.span().start();
        int to = span.end() - sentence.span().start();
        String text = sentence.text();
        return text.substring(0, from) + marker + text.substring(to);
    }
}
