package org.textquiz.shell;

import org.textquiz.core.question.Question;

/**
 * The original sentence of a question: cut from the article when its text is at hand and unchanged,
 * otherwise the prompt with the solution put back in the gap.
 */
final class SentenceText {

    private final String articleText;

    SentenceText(String articleText) {
        this.articleText = articleText;
    }

    /** The article's text, when it is at hand. */
    java.util.Optional<String> article() {
        return java.util.Optional.ofNullable(articleText);
    }

    static SentenceText withoutArticle() {
        return new SentenceText(null);
    }

    String of(Question question) {
        if (articleText != null && question.sentence().end() <= articleText.length()) {
            return question.sentence().cut(articleText);
        }
        return question.explanation().isEmpty() ? question.filledIn() : question.explanation();
    }
}
