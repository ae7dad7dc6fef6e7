package org.textquiz.core.question;

import org.textquiz.core.article.Sentence;
import org.textquiz.core.article.Token;

/** A word of a sentence that can be left out, with how good a gap it makes. */
public record Gap(Sentence sentence, Token token, double score) {

    /** The sentence with the word replaced by the gap marker; every other character stays as it is. */
    public String prompt() {
        int from = token.span().start() - sentence.span().start();
        int to = token.span().end() - sentence.span().start();
        String text = sentence.text();
        return text.substring(0, from) + Question.GAP + text.substring(to);
    }
}
