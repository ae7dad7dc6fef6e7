package org.textquiz.core.question;

import java.nio.charset.StandardCharsets;

import org.textquiz.core.article.ArticleText;
import org.textquiz.core.article.Span;

/**
 * Question ids that stay the same for the same question on the same article, so that progress
 * can follow a question across sessions and quiz files.
 */
public final class QuestionIds {

    private static final int HEX_DIGITS = 10;

    private QuestionIds() {
    }

    public static String of(String articleSha256, QuestionType type, Span sentence, Span gap, String answer) {
        String key = articleSha256 + '|' + type.id() + '|' + sentence.start() + '-' + sentence.end() + '|'
            + gap.start() + '-' + gap.end() + '|' + answer;
        return type.id() + "-" + ArticleText.sha256(key.getBytes(StandardCharsets.UTF_8)).substring(0, HEX_DIGITS);
    }
}
