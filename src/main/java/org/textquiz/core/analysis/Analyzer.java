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
    Article analyze(ArticleText text, DoubleConsumer progress);
}
