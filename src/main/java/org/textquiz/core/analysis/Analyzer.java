package org.textquiz.core.analysis;

import java.util.function.DoubleConsumer;

import org.textquiz.core.article.Article;
import org.textquiz.core.article.ArticleText;

/** Turns an article's raw text into paragraphs, sentences and tagged, lemmatised tokens. */
public interface Analyzer {

    default Article analyze(ArticleText text) {
        return analyze(text, done -> { });
    }

    /** @param progress told the share of the text done so far, from 0 to 1, as the analysis goes on */
    default Article analyze(ArticleText text, DoubleConsumer progress) {
        return analyze(text, Passages.all(), progress);
    }

    /**
     * Analyses only the selected lines; the others stay in the article as paragraphs without sentences (a
     * headline as its one sentence without tokens, for the headline questions' choices), so that every
     * offset and paragraph number is the whole text's.
     */
    Article analyze(ArticleText text, LineSelection lines, DoubleConsumer progress);
}
